#!/usr/bin/env bash
# Training entry point. Run from the repository root. One thread by default (2-core box, shared).
#
#   models/train.sh smoke                 synthetic data + a few steps of each model (proves the loops;
#                                         what phase 1 ships, labelled "smoke"/UNTRAINED everywhere)
#   models/train.sh stan --data DIR [--val DIR] [--epochs 30] [...]   (python3 -m models.stan.train -h)
#   models/train.sh atat --data DIR [--epochs 50] [...]               (python3 -m models.atat.train -h)
#
# Then models/export.sh regenerates the ONNX files, golden pairs and models/manifest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-/usr/bin/python3}
what=${1:-}
shift || true
case "$what" in
  smoke)
    data=models/data/synthetic
    "$PY" -m models.stan.data --synthetic "$data/stan" --n 256 --seed 1
    "$PY" -m models.atat.data --synthetic "$data/atat" --seed 1
    "$PY" -m models.stan.train --data "$data/stan" --epochs 2 --max-steps 12 "$@"
    "$PY" -m models.atat.train --data "$data/atat" --epochs 3 --max-steps 60 "$@"
    ;;
  stan) exec "$PY" -m models.stan.train "$@" ;;
  atat) exec "$PY" -m models.atat.train "$@" ;;
  *) sed -n '2,11p' "$0"; exit 2 ;;
esac
