#!/usr/bin/env bash
# Times `incmap render` against geopandas + matplotlib on the same 10,000 incidents and basemap:
# alternating rounds, median of the per-round ratios (benches/render_vs_geopandas.py).
# Makes a venv under /tmp (pip install geopandas matplotlib) and a release build; extra arguments go
# to the Python script (--rounds N, --n INCIDENTS, --out DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-/tmp/incmap-bench-venv}
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import geopandas, matplotlib" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet geopandas matplotlib
fi
cargo build --release --locked --quiet
# A copy: others building in the same checkout must not swap the binary between rounds.
bin=$(mktemp -d)/incmap
cp target/release/incmap "$bin"
"$venv/bin/python" benches/render_vs_geopandas.py --incmap "$bin" --basemap gazetteer/basemap "$@"
