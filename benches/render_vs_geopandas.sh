#!/usr/bin/env bash
# Times `incmap render` against geopandas + matplotlib on the same 10,000 incidents and basemap.
# Makes a venv under /tmp (pip install geopandas matplotlib) and a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-/tmp/incmap-bench-venv}
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet geopandas matplotlib
fi
cargo build --release --quiet
"$venv/bin/python" benches/render_vs_geopandas.py --incmap target/release/incmap --basemap gazetteer/basemap "$@"
