#!/usr/bin/env bash
# Simulates patients, runs `detect` on every recording with the chosen detector, scores the
# detections against the simulator's annotations with `score`, and prints the SzCORE results.
#
#   docs/scripts/evaluate-detection.sh [DETECTOR] [PATIENTS] [HOURS] [SEIZURES] [SEED] [WORKDIR]
#   defaults: baseline 3 24 6 11 /tmp/seizure-eval
set -euo pipefail
cd "$(dirname "$0")/../.."
DETECTOR="${1:-baseline}"; PATIENTS="${2:-3}"; HOURS="${3:-24}"; SEIZURES="${4:-6}"; SEED="${5:-11}"
WORK="${6:-/tmp/seizure-eval}"
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
J=(java -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED)
REF="$WORK/ref-p${PATIENTS}-h${HOURS}-s${SEIZURES}-seed${SEED}"
HYP="$WORK/hyp-$DETECTOR-p${PATIENTS}-h${HOURS}-s${SEIZURES}-seed${SEED}"
if [ ! -d "$REF" ]; then
  "${J[@]}" -jar "$JAR" simulate "$REF" --patients "$PATIENTS" --hours "$HOURS" --seizures "$SEIZURES" \
    --seed "$SEED" --run-hours "$HOURS"
fi
rm -rf "$HYP"
start=$(date +%s)
find "$REF" -path "$REF/derivatives" -prune -o -name '*_eeg.edf' -print | sort | while read -r edf; do
  rel="${edf#"$REF"/}"
  mkdir -p "$HYP/$(dirname "$rel")"
  "${J[@]}" -Dseizure.detector="$DETECTOR" -jar "$JAR" detect "$edf" "$HYP/${rel%_eeg.edf}_events.tsv" 2>&1 | grep -v '%'
done
echo "detect took $(( $(date +%s) - start )) s for ${PATIENTS} x ${HOURS} h"
"${J[@]}" -jar "$JAR" score "$REF" "$HYP" "$HYP.json"
python3 - "$HYP.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for kind in ("event_results", "sample_results"):
    r = d[kind]
    print(f"{kind:15s} sensitivity {r['sensitivity']:.3f}  precision {r['precision']:.3f}  "
          f"F1 {r['f1']:.3f}  FP/24h {r['fpRate']:.2f}")
for s, v in d.get("subjects", {}).items():
    e = v["event_results"] if "event_results" in v else v.get("event", {})
    print(s, json.dumps(e)[:300])
PY
