#!/usr/bin/env bash
# Installs a real, headless VS Code for the integration and UI tests and for `npm run demo`:
#   - the VS Code server + web workbench shipped in the npm package code-server@4.100.3 (= VS Code 1.100.3,
#     runs on node 20) into the git-ignored .cache/vscode-runtime/
#   - Debian's chromium (the browser Playwright drives), ripgrep and libkrb5-dev (build needs of code-server)
# Idempotent: a stamp file makes a second run return at once.
# Only the npm registry and Debian's apt repositories are used (no GitHub downloads).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CS_VERSION=4.100.3
RUNTIME_DIR="${WSW_RUNTIME_DIR:-$ROOT/.cache/vscode-runtime}"
SERVER_MAIN="$RUNTIME_DIR/node_modules/code-server/lib/vscode/out/server-main.js"
STAMP="$RUNTIME_DIR/.installed"
STAMP_TEXT="code-server@$CS_VERSION node-$(node -p 'process.versions.node.split(".")[0]')"
T0=$(date +%s)
log() { echo "[setup-runtime +$(( $(date +%s) - T0 ))s] $*"; }

have_system_deps() { [ -x /usr/bin/chromium ] && command -v rg >/dev/null && [ -e /usr/include/gssapi/gssapi.h ]; }

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$STAMP_TEXT" ] && [ -f "$SERVER_MAIN" ] && have_system_deps; then
  echo "setup-runtime: VS Code runtime already installed in ${RUNTIME_DIR#$ROOT/} ($STAMP_TEXT)"
  exit 0
fi

# 1. Debian packages. chromium: the browser; libkrb5-dev: headers for the `kerberos` native module;
#    ripgrep: stands in for the rg binary that @vscode/ripgrep would download from GitHub.
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
command -v rg >/dev/null || need_apt+=(ripgrep)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup-runtime: missing Debian packages: ${need_apt[*]} (run as root, or: sudo apt-get install ${need_apt[*]})" >&2
    exit 1
  fi
  log "apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# 2. @vscode/ripgrep (a code-server 4.100.x dependency) looks in $TMPDIR/vscode-ripgrep-cache-<ver>/<asset>
#    before downloading from GitHub: pre-seed that cache with Debian's rg.
rgcache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
rgasset="$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$rgasset" ]; then
  mkdir -p "$rgcache" "$RUNTIME_DIR/rg"
  cp "$(command -v rg)" "$RUNTIME_DIR/rg/rg"
  tar czf "$rgasset" -C "$RUNTIME_DIR/rg" rg
fi

# 3. code-server, in its own npm prefix (never in the project's node_modules).
mkdir -p "$RUNTIME_DIR"
[ -f "$RUNTIME_DIR/package.json" ] || echo '{ "name": "vscode-runtime", "private": true }' > "$RUNTIME_DIR/package.json"
if [ ! -f "$SERVER_MAIN" ] || \
   [ "$(node -p "require('$RUNTIME_DIR/node_modules/code-server/package.json').version" 2>/dev/null)" != "$CS_VERSION" ]; then
  log "npm install code-server@$CS_VERSION with node $(node -v) (native builds, ~1-2 min)"
  # unsafe_perm: code-server's postinstall refuses to run as root without it.
  # yes: node-pty's postinstall runs `npx node-gyp ...`, which must not prompt.
  (cd "$RUNTIME_DIR" && npm_config_unsafe_perm=true npm_config_yes=true \
     npm install --no-audit --no-fund --save-exact "code-server@$CS_VERSION" > npm-install.log 2>&1) \
    || { tail -40 "$RUNTIME_DIR/npm-install.log" >&2; echo "setup-runtime: npm install failed (log: $RUNTIME_DIR/npm-install.log)" >&2; exit 1; }
fi
[ -f "$SERVER_MAIN" ] || { echo "setup-runtime: $SERVER_MAIN missing after install" >&2; exit 1; }

echo "$STAMP_TEXT" > "$STAMP"
log "done: VS Code $(node -p "require('$RUNTIME_DIR/node_modules/code-server/lib/vscode/package.json').version") \
($STAMP_TEXT), $(du -sh "$RUNTIME_DIR/node_modules" | cut -f1) in ${RUNTIME_DIR#$ROOT/}; chromium: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
