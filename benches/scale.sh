#!/usr/bin/env bash
# Scale check for issue 8: ingest of 10,000 generated articles, then load / query / render of a
# 1,000,000-incident store, each with wall time and peak RSS (GNU time). Target: <= 400 MB.
# Since issue 16 the store is a GeoPackage: the generated GeoJSON store is imported once
# (`incmap store import`); benches/store_vs_geojson.py compares it with the GeoJSON store, and
# benches/gpkg_builds.py two builds on the same GeoPackage (queries, ingest, --export).
#
#   benches/scale.sh                      10,000 articles and 1,000,000 incidents
#   ARTICLES=1000 INCIDENTS=100000 benches/scale.sh     a quicker run
#   BASELINE=/path/to/old/incmap benches/scale.sh       the same steps with another build, side by side
#
# Needs python3 and /usr/bin/time (Debian: apt-get install time). Writes under $SCALE_DIR
# (default /tmp/incmap-scale; about 1 GB for a million incidents).
#
# Measured 2026-12-01 on the shared 2-core box (release build; times vary with load; MB = MiB):
#   ingest 10,000 articles, new store        8.4 s     29 MB
#   re-ingest them (all known)               0.3 s     10 MB
#   near 50 km, 1M store (streamed filter)  10.5 s     60 MB
#   bbox 1x1 deg, 1M store                   8.4 s     56 MB
#   nearest 10, 1M store (streamed top-N)    8.5 s      7 MB   was 899 MB (full load)
#   exposure 15 km, 1M store                 8.7 s    164 MB   keeps the attacks near places
#   bases, CSV / table, 1M store          14-16 s   7 / 159 MB rows printed as read; a table keeps text
#   render PNG, 1M store                    27.2 s    347 MB   was 1046 MB: a small record per incident
#   export every layer, 1M store           107.7 s      8 MB   was 1.7 GB for 100k: streamed layers
#   ingest 1 article into the 1M store      34.7 s    259 MB   was 1201 MB: two passes, touched incidents
#                                                              only; the rest is the article list
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${ARTICLES:-10000}
incidents=${INCIDENTS:-1000000}
dir=${SCALE_DIR:-/tmp/incmap-scale}
mkdir -p "$dir"
cargo build --release --quiet
export INCMAP_CACHE=""

[ -d "$dir/articles-$articles" ] || python3 benches/scale_gen.py articles "$dir/articles-$articles" "$articles"
[ -f "$dir/store-$incidents.geojson" ] || python3 benches/scale_gen.py store "$dir/store-$incidents.geojson" "$incidents"
[ -f "$dir/store-$incidents.gpkg" ] || target/release/incmap store import "$dir/store-$incidents.geojson" --store "$dir/store-$incidents.gpkg"
big="$dir/store-$incidents.gpkg"
one="$dir/one.txt"
printf ' date 2024-01-20 At least four missiles struck Ain al-Asad air base on Saturday, officials said.\n' > "$one"

# measure LABEL BINARY ARGS...: one line "LABEL  seconds  peak-MB".
measure() {
    local label=$1 bin=$2
    shift 2
    local log
    log=$(mktemp)
    if ! /usr/bin/time -f "%e %M" -o "$log" "$bin" "$@" > /dev/null 2> "$log.err"; then
        echo "$label: failed: $(tail -1 "$log.err")" >&2
    fi
    read -r secs kb < <(tail -1 "$log")
    printf "%-44s %8.2f s %8.0f MB\n" "$label" "$secs" "$((kb / 1024))"
    rm -f "$log" "$log.err"
}

run() {
    local name=$1 bin=$2
    echo "== $name ($bin)"
    rm -f "$dir/ingest.gpkg"
    measure "ingest $articles articles into a new store" "$bin" ingest --store "$dir/ingest.gpkg" "$dir/articles-$articles"
    measure "re-ingest them (all already in the store)" "$bin" ingest --store "$dir/ingest.gpkg" "$dir/articles-$articles"
    measure "near, 50 km ($incidents incidents)" "$bin" near --store "$big" --place "Erbil International Airport" --km 50 --format csv
    measure "bbox, 1 x 1 degree ($incidents incidents)" "$bin" bbox --store "$big" --bbox 43.5,35.5,44.5,36.5 --format csv
    measure "nearest 10 ($incidents incidents)" "$bin" nearest --store "$big" --place "Al Asad Air Base" -n 10
    measure "exposure of bases, 15 km ($incidents incidents)" "$bin" exposure --store "$big" --km 15
    measure "bases, CSV ($incidents incidents)" "$bin" bases --store "$big" --format csv
    measure "bases, table ($incidents incidents)" "$bin" bases --store "$big"
    measure "render PNG ($incidents incidents)" "$bin" render --store "$big" --out "$dir/map.png"
    measure "export every layer ($incidents incidents)" "$bin" export --store "$big" --out-dir "$dir/layers"
    rm -rf "$dir/layers"
    cp "$big" "$dir/big-copy.gpkg"
    measure "ingest 1 article into the $incidents store" "$bin" ingest --store "$dir/big-copy.gpkg" "$one"
    rm -f "$dir/big-copy.gpkg"
}

run "this build" target/release/incmap
if [ -n "${BASELINE:-}" ]; then
    run "baseline" "$BASELINE"
fi
