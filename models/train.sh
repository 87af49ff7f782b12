#!/usr/bin/env bash
# Training entry point. Run from the repository root. One thread by default (2-core box, shared).
#
#   models/train.sh smoke                 synthetic data + a few steps of each model (proves the loops;
#                                         what phase 1 ships, labelled "smoke"/UNTRAINED everywhere)
#   models/train.sh stan --data DIR [--val DIR] [--epochs 30] [...]   (python3 -m models.stan.train -h)
#   models/train.sh atat --data DIR [--epochs 50] [...]               (python3 -m models.atat.train -h)
#   models/train.sh all WORK_DIR          the whole recipe behind the shipped 0.2.0 weights: simulate
#                                         the training/validation/held-out patients and the EMG set,
#                                         cut windows, train AT-AT, clean STAN's windows with it, train
#                                         STAN, export. About 2 h on this 2-core box (STAN alone 43 min);
#                                         needs ./mvnw package -DskipTests first. WORK_DIR gets ~37 GB.
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
  all)
    work=${1:?usage: models/train.sh all WORK_DIR}
    jar=target/quarkus-app/quarkus-run.jar
    [ -f "$jar" ] || { echo "build the service first: ./mvnw -B package -DskipTests" >&2; exit 2; }
    J=(java -jar "$jar")
    mkdir -p "$work"
    # Seeds 5001/5002/5003: training, validation and held-out patients (models/README.md).
    "${J[@]}" simulate "$work/sim-train" --patients 24 --hours 24 --run-hours 24 --seizures 3 --seed 5001 --threads 1
    "${J[@]}" simulate "$work/sim-val" --patients 4 --hours 24 --run-hours 24 --seizures 3 --seed 5002 --threads 1
    "${J[@]}" simulate "$work/sim-test" --patients 6 --hours 24 --run-hours 24 --seizures 4 --seed 5003 --threads 1
    "${J[@]}" simulate "$work/emg" --emg-set --emg-train-repeats 8
    for split in train val; do
      "${J[@]}" export-windows "$work/sim-$split" "$work/win-$split" \
          --preictal-minutes 20,5 --interictal-every 8 --unlabelled-every 16
    done
    "$PY" -m models.atat.train --data "$work/emg" --epochs 40 --patience 5 --threads 1
    for split in train val; do
      "$PY" -m models.pipeline --clean "$work/win-$split" --out "$work/win-$split-clean"
    done
    "$PY" -m models.stan.train --data "$work/win-train-clean" --val "$work/win-val-clean" \
        --epochs 14 --patience 4 --ictal-repeat 3 --max-preictal 6000 --interictal-ratio 1.5 \
        --max-val 6000 --threads 1
    exec models/export.sh
    ;;
  stan) exec "$PY" -m models.stan.train "$@" ;;
  atat) exec "$PY" -m models.atat.train "$@" ;;
  *) sed -n '2,16p' "$0"; exit 2 ;;
esac
