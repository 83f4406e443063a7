#!/usr/bin/env bash
# Byte-identity guard for engine refactors: writes the CLI's output on every dev corpus (../shared/corpus)
# and on the samples into a folder, or compares against one.
#   scripts/snapshot.sh save .cache/baseline     (before)
#   scripts/snapshot.sh check .cache/baseline    (after: lists what differs, exit 1 if anything does)
# CLI=path/to/cli.js checks another build.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?save or check}; dir=${2:?folder}
corpus=${CORPUS_DIR:-../shared/corpus}
cli=${CLI:-bin/who-said-what.js}
out=$dir; [ "$mode" = check ] && out=$(mktemp -d)
mkdir -p "$out"
for f in "$corpus"/*.dev.jsonl; do
  node "$cli" --input jsonl --format jsonl < "$f" > "$out/$(basename "$f" .dev.jsonl).jsonl" &
done
node "$cli" --format json seeds/*.txt > "$out/seeds.json" &
wait
[ "$mode" = save ] && { echo "saved to $dir"; exit 0; }
bad=0
for f in "$dir"/*; do
  n=$(basename "$f")
  if cmp -s "$f" "$out/$n"; then echo "same  $n"; else echo "DIFF  $n ($(diff <(tr '}' '\n' < "$f") <(tr '}' '\n' < "$out/$n") | grep -c '^[<>]') lines)"; bad=1; fi
done
rm -rf "$out"
exit $bad
