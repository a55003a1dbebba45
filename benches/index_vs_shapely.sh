#!/usr/bin/env bash
# The index against shapely 2's STRtree and brute force, on the same 1,000,000 points, in one run:
# ROUNDS (default 5) alternating rounds of the Rust bench and the shapely side, so both see the same
# machine load; the table gives per-round medians and the median (and range) of the per-round ratios.
#   benches/index_vs_shapely.sh            (INDEX_BENCH_N=100000 ROUNDS=3 for a quicker run)
# Needs python3 with venv; shapely and numpy go into a venv under /tmp (INDEX_BENCH_VENV to move it).
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${INDEX_BENCH_VENV:-/tmp/incmap-bench-venv}"
rounds="${ROUNDS:-5}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check 'shapely>=2,<3' numpy
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cargo bench --quiet --bench index --no-run
for i in $(seq 1 "$rounds"); do
    # Brute force (and its check of every answer) only in the first round: it takes seconds per centre.
    brute=0
    [ "$i" = 1 ] && brute="${INDEX_BENCH_BRUTE:-10}"
    INDEX_BENCH_DIR="$dir" INDEX_BENCH_BRUTE="$brute" cargo bench --quiet --bench index >"$dir/rust.$i.json"
    "$venv/bin/python" benches/index_vs_shapely.py measure "$dir" >"$dir/shapely.$i.json"
    echo "round $i of $rounds done" >&2
done
"$venv/bin/python" benches/index_vs_shapely.py table "$dir" "$rounds"
