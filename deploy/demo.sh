#!/usr/bin/env bash
# The main command: builds if needed, starts `serve` (embedded Kafka broker), streams a recording
# into it and shows the scores and alarms that flow. The service keeps running until Ctrl-C.
#
#   deploy/demo.sh [RECORDING.edf | BIDS-DIR]     (default: a freshly simulated patient)
#
# Environment: PORT (HTTP, default 8080), SPEED (replay speed, default 30x; 0 = as fast as possible),
# HOURS (simulated hours, default 1), SEIZURES (simulated seizures, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"
SPEED="${SPEED:-30}"
HOURS="${HOURS:-1}"
JAR=target/quarkus-app/quarkus-run.jar
JAVA=(java -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED)

if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml models -newer "$JAR" -print -quit 2>/dev/null)" ]; then
  echo "building (./mvnw -B -q package -DskipTests) ..." >&2
  ./mvnw -B -q package -DskipTests
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/seizure-demo.XXXXXX")"
RECORDING="${1:-}"
if [ -z "$RECORDING" ]; then
  if "${JAVA[@]}" -jar "$JAR" simulate --help >/dev/null 2>&1; then
    echo "simulating one patient, ${HOURS} h, into $WORK/sim ..." >&2
    "${JAVA[@]}" -jar "$JAR" simulate "$WORK/sim" --patients 1 --hours "$HOURS" --seizures "${SEIZURES:-2}" --seed 7
    RECORDING="$WORK/sim"
  else
    RECORDING="../shared/data/chbmit-excerpts/edf/chb01_03_2995-3036s.edf"
  fi
fi

ADDRESS_FILE="$WORK/broker-address"
"${JAVA[@]}" -Dquarkus.http.port="$PORT" -Dseizure.kafka.address-file="$ADDRESS_FILE" -jar "$JAR" serve \
  > "$WORK/serve.log" 2>&1 &
SERVE=$!
trap 'kill $SERVE 2>/dev/null; wait $SERVE 2>/dev/null; rm -rf "$WORK"' EXIT
echo "starting serve on http://localhost:$PORT (log: $WORK/serve.log) ..." >&2
for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 $SERVE 2>/dev/null || { cat "$WORK/serve.log"; exit 1; }
  sleep 0.5
done
curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null || { echo "serve did not become ready" >&2; exit 1; }

echo "replaying $RECORDING at ${SPEED}x ..." >&2
"${JAVA[@]}" -jar "$JAR" replay "$RECORDING" --speed "$SPEED" --address-file "$ADDRESS_FILE"

# The replay can finish before the service has scored its backlog (SPEED=0, or the ONNX models on
# a slow machine): wait until the count of scored windows stops growing.
scored() { curl -fs "http://localhost:$PORT/api/v1/patients" | grep -o '"windowsScored":[0-9]*' | awk -F: '{n += $2} END {print n + 0}'; }
previous=-1
for _ in $(seq 1 240); do
  now=$(scored)
  [ "$now" = "$previous" ] && break
  previous=$now
  sleep 1
done
echo "the service has scored $previous windows" >&2

echo; echo "== patients (GET /api/v1/patients)"
curl -fs "http://localhost:$PORT/api/v1/patients"; echo
echo; echo "== alarms (GET /api/v1/alarms)"
curl -fs "http://localhost:$PORT/api/v1/alarms"; echo
echo
echo "The service keeps running: dashboard http://localhost:$PORT/ , API http://localhost:$PORT/q/openapi ,"
echo "live events: curl -N http://localhost:$PORT/api/v1/stream . Ctrl-C to stop."
wait $SERVE
