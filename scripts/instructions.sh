#!/usr/bin/env bash
# Instructions per round of the news articles, per engine bundle, counted by valgrind: on a machine shared by
# several people the clocks (even CPU time) vary by ±20 % from run to run; instruction counts do not depend on
# the load, though when the JIT's background compiles land still moves them by a few %: compare runs, not digits.
#   bash scripts/instructions.sh dist/engine.js .cache/engine-before.js    (slow: ~5 min a bundle, run one at a time)
# Each bundle runs 1 and then 3 rounds over the dev corpora of the bench (ggt, frnews, hipe); the difference
# divided by 2 is one warm round, without start-up and warm-up. Lower is faster; read the ratio between bundles.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind not found"; exit 1; }
loop=$(mktemp --suffix=.cjs); trap 'rm -f "$loop"' EXIT
cat > "$loop" <<'JS'
const fs = require("fs"), path = require("path");
const analyze = require(path.resolve(process.argv[2])).analyze;
const dir = path.join(process.cwd(), "..", "shared", "corpus");
const arts = [];
for (const n of ["ggt", "frnews", "hipe"]) for (const l of fs.readFileSync(path.join(dir, `${n}.dev.jsonl`), "utf8").split("\n")) {
  if (!l.trim()) continue;
  const r = JSON.parse(l);
  arts.push({ text: r.text, lang: r.lang === "fr" || r.lang === "en" ? r.lang : undefined });
}
for (let r = 0; r < Number(process.argv[3]); r++) for (const a of arts) analyze(a.text, { lang: a.lang });
JS
count() {
  valgrind --tool=cachegrind --cache-sim=no --smc-check=all-non-file --cachegrind-out-file=/dev/null node "$loop" "$1" "$2" 2>&1 |
    awk '/I *refs/ { gsub(",", "", $NF); print $NF }'
}
for bundle in "$@"; do
  one=$(count "$bundle" 1); three=$(count "$bundle" 3)
  echo "$bundle: $(( (three - one) / 2 / 1000000 ))M instructions per warm round"
done
