#!/usr/bin/env bash
# The index against shapely 2's STRtree and brute force, on the same 1,000,000 points, in one run.
#   benches/index_vs_shapely.sh            (INDEX_BENCH_N=100000 for a quicker run)
# Needs python3 with venv; shapely and numpy go into a venv under /tmp (INDEX_BENCH_VENV to move it).
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${INDEX_BENCH_VENV:-/tmp/incmap-bench-venv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check 'shapely>=2,<3' numpy
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
INDEX_BENCH_DIR="$dir" cargo bench --quiet --bench index >"$dir/rust.json"
"$venv/bin/python" benches/index_vs_shapely.py "$dir"
