#!/usr/bin/env bash
# The real CHB-MIT chb01 excerpts (validation only, never trained on): detect with DETECTOR on each
# excerpt alone and print its annotated seizure next to the detect rows.
#
#   models/eval/chb01.sh DETECTOR [OUT_DIR] [-Dkey=value ...]
set -euo pipefail
det=$1 out=${2:-/tmp/chb01-$1}
shift $(( $# >= 2 ? 2 : 1 ))
cd "$(dirname "$0")/../.."
edf_dir=../shared/data/chbmit-excerpts/edf
mkdir -p "$out"
for edf in "$edf_dir"/*.edf; do
  name=$(basename "$edf" .edf)
  java -Dseizure.detector="$det" "$@" -jar target/quarkus-app/quarkus-run.jar detect "$edf" "$out/$name.tsv" \
      --scores-out "$out/${name}_scores.tsv" 2>/dev/null
  rows=$(tail -n +2 "$out/$name.tsv" | awk -F'\t' '$3 != "bckg" {printf "%s+%s s (p %s) ", $1, $2, $4}')
  peak=$(tail -n +2 "$out/${name}_scores.tsv" | awk -F'\t' 'BEGIN{m=0} $3>m{m=$3} END{printf "%.3f", m}')
  echo -e "$name\tmax ictal p $peak\t${rows:-none}"
done
