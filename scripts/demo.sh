#!/usr/bin/env bash
# `npm run demo`: build, print the command-line summary of the sample articles, then open seeds/ in a real
# VS Code with the extension loaded from this folder:
#   - the desktop `code` when it is on PATH;
#   - otherwise the headless VS Code server (installed by scripts/setup-runtime.sh): prints a local URL to open
#     in a browser and stays in the foreground until Ctrl-C.
# `npm run demo -- --screenshot [file]` (or DEMO_SCREENSHOT=file) saves a screenshot with chromium and exits.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

node esbuild.js
if [ -f bin/who-said-what.js ]; then
  echo "== node bin/who-said-what.js seeds/*.txt"
  node bin/who-said-what.js seeds/*.txt
  echo
fi

screenshot="${DEMO_SCREENSHOT:-}"
if [ "${1:-}" = --screenshot ]; then screenshot="${2:-test-results/demo.png}"; fi

if [ -z "$screenshot" ] && command -v code >/dev/null 2>&1; then
  echo "== code --extensionDevelopmentPath=$ROOT seeds seeds/000_f28c37849755220d.txt"
  exec code --extensionDevelopmentPath="$ROOT" "$ROOT/seeds" "$ROOT/seeds/000_f28c37849755220d.txt"
fi

bash scripts/setup-runtime.sh
if [ -n "$screenshot" ]; then
  exec node test/harness/demo.mjs --screenshot "$screenshot"
fi
exec node test/harness/demo.mjs
