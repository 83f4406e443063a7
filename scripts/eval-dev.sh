#!/usr/bin/env bash
# Scores the engine on the annotated dev corpora (../shared/corpus), through the CLI's jsonl contract.
# Optional: it needs the corpus folder next to the repo; nothing in the project depends on it.
#   scripts/eval-dev.sh [corpus ...]     (default: every *.dev.jsonl)
#   CLI=.cache/me/cli.js OUT_DIR=.cache/me scripts/eval-dev.sh ggt   (a private build and output folder)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS_DIR:-../shared/corpus}
[ -f "$corpus/score.js" ] || { echo "no corpus at $corpus (set CORPUS_DIR)"; exit 2; }
out=${OUT_DIR:-.cache/eval}
# CLI=path/to/cli.js scores another build (e.g. a private bundle while others edit the tree).
cli=${CLI:-bin/who-said-what.js}
mkdir -p "$out"
names=("$@")
[ ${#names[@]} -gt 0 ] || names=($(cd "$corpus" && ls *.dev.jsonl | sed 's/\.dev\.jsonl$//'))
for c in "${names[@]}"; do
  start=$(date +%s.%N)
  node "$cli" --input jsonl --format jsonl < "$corpus/$c.dev.jsonl" > "$out/$c.pred.jsonl"
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  echo "### $c ($(du -k "$corpus/$c.dev.jsonl" | cut -f1) KB of JSON in ${secs}s)"
  node "$corpus/score.js" "$corpus/$c.dev.jsonl" "$out/$c.pred.jsonl" | sed -n '/== ALL/,/== lang/p' | grep -v "^== lang"
  node "$corpus/score.js" "$corpus/$c.dev.jsonl" "$out/$c.pred.jsonl" | grep -A12 "== lang" | grep -E "== lang|people overlap|places overlap" || true
done
