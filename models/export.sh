#!/usr/bin/env bash
# Regenerates models/*.onnx, models/golden/*.npy and models/manifest.json from models/checkpoints/.
# Run from anywhere; needs Debian's python3-torch and python3-onnx (see models/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${PYTHON:-/usr/bin/python3}" -m models.export "$@"
