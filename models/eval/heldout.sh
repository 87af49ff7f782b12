#!/usr/bin/env bash
# Held-out evaluation through the service's own tools: detect (the live pipeline and alarm policies)
# on every recording of a BIDS dataset, then score (SzCORE event/sample) and score --forecast.
#
#   models/eval/heldout.sh DETECTOR BIDS_ROOT OUT_DIR [-Dkey=value ...]
#
# DETECTOR is baseline or onnx; extra -D options go to the JVM (e.g. alarm thresholds). Writes
# OUT_DIR/{hyp,alarms,scores}/... mirroring BIDS_ROOT, OUT_DIR/detection.json (score) and
# OUT_DIR/forecast.json (score --forecast, SPH 5 min, SOP 45 min). Run from anywhere after
# ./mvnw package -DskipTests.
set -euo pipefail
det=$1 root=$(cd "$2" && pwd) out=$3
shift 3
cd "$(dirname "$0")/../.."
jar=target/quarkus-app/quarkus-run.jar
mkdir -p "$out"
out=$(cd "$out" && pwd)
for edf in "$root"/sub-*/ses-*/eeg/*_eeg.edf; do
  rel=${edf#"$root"/}
  base=${rel%_eeg.edf}
  for d in hyp alarms scores; do mkdir -p "$out/$d/$(dirname "$rel")"; done
  java -Dseizure.detector="$det" "$@" -jar "$jar" detect "$edf" "$out/hyp/${base}_events.tsv" \
      --forecast-out "$out/alarms/${base}_events.tsv" --scores-out "$out/scores/${base}_scores.tsv" \
      2>>"$out/detect.log"
  tail -c 300 "$out/detect.log" | tr '\r' '\n' | grep -v '%' | tail -2
done
java -jar "$jar" score "$root" "$out/hyp" "$out/detection.json"
java -jar "$jar" score "$root" "$out/alarms" "$out/forecast.json" --forecast --sph 5 --sop 45
