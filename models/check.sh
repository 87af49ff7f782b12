#!/usr/bin/env bash
# Python gates of models/ (run by .ci/run): formatting, imports, lint, then the pytest tests.
# Needs Debian's python3-torch python3-onnx python3-numpy python3-scipy python3-pytest black isort flake8.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-/usr/bin/python3}
black --check --quiet models
isort --check-only --quiet --settings-path models/pyproject.toml models
flake8 --config models/.flake8 models
"$PY" -m pytest -q -p no:cacheprovider -c models/pyproject.toml --rootdir . models/tests "$@"
