#!/usr/bin/env bash
# Bundles the pipeline's stages as they were at a commit, for `npm run bench:stages -- --against REV`.
#   scripts/stages-at.sh REV
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: scripts/stages-at.sh REV}; out=.cache/stages-$rev.cjs
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
git archive "$rev" src | tar -x -C "$tmp"
mkdir -p .cache
npx esbuild "$tmp/src/engine/analyze.ts" --bundle --platform=node --format=cjs --log-level=warning --outfile="$out"
echo "stages at $(git rev-parse --short "$rev") -> $out"
