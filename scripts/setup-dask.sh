#!/usr/bin/env bash
# Debian's Dask distributed (python3-distributed) for scripts/dask/map.py and the dask test suite; nothing to do
# when Debian's python3 already imports it. Needs root (apt-get), as on CI.
set -euo pipefail
if /usr/bin/python3 -c "import distributed" 2>/dev/null; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y python3-distributed
/usr/bin/python3 -c "import distributed; print('python3-distributed', distributed.__version__)"
