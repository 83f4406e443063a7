#!/usr/bin/env bash
# Bundles the engine as it was at a commit, for `npm run bench -- --against <file>` (the same texts, the same run).
#   scripts/engine-at.sh [REV] [OUT]   (default: 3f3746c, the main the speed work of issue 10 started from)
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-3f3746c}; out=${2:-.cache/engine-before.js}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
git archive "$rev" src | tar -x -C "$tmp"
npx esbuild "$tmp/src/engine/index.ts" --bundle --platform=node --format=cjs --minify --log-level=warning --outfile="$out"
echo "engine at $(git rev-parse --short "$rev") -> $out"
