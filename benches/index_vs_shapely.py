"""Shapely 2 STRtree on the points `cargo bench --bench index` wrote, and the side-by-side table.

Usage: index_vs_shapely.py DIR   (DIR holds points.f64, queries.f64 and rust.json from the Rust bench)

Shapely measures in the plane of its coordinates, so the points are first projected to an
equirectangular plane in km around the middle latitude (what a shapely user would do for a
"10 km" query); the hit counts printed next to the times show the two answer the same question.
"""

import json
import math
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import shapely
from shapely import STRtree

QUERY_LIMIT = 2000


def vm_mb(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1]) / 1024
    return float("nan")


def load_pairs(path):
    xy = np.fromfile(path, dtype="<f8").reshape(-1, 2)
    return xy[:, 0], xy[:, 1]


def project(lon, lat, lat0):
    # Equirectangular in km: a degree of latitude ~110.6 km, of longitude 111.3 km * cos(lat0).
    return lon * 111.32 * math.cos(math.radians(lat0)), lat * 110.57


def median_us(times):
    return statistics.median(times) * 1e6


def main():
    d = Path(sys.argv[1])
    rust = json.loads((d / "rust.json").read_text())
    lon, lat = load_pairs(d / "points.f64")
    qlon, qlat = load_pairs(d / "queries.f64")
    qlon, qlat = qlon[:QUERY_LIMIT], qlat[:QUERY_LIMIT]
    lat0 = float((lat.min() + lat.max()) / 2)
    x, y = project(lon, lat, lat0)
    qx, qy = project(qlon, qlat, lat0)
    radius = rust["radius_km"]

    rss_before = vm_mb("VmRSS:")
    t = time.perf_counter()
    geoms = shapely.points(x, y)
    tree = STRtree(geoms)
    build_s = time.perf_counter() - t
    shapely_mb = vm_mb("VmRSS:") - rss_before
    queries = shapely.points(qx, qy)

    times, hits = [], 0
    for q in queries:
        t = time.perf_counter()
        found = tree.query(q, predicate="dwithin", distance=radius)
        times.append(time.perf_counter() - t)
        hits += len(found)
    dwithin_us = median_us(times)
    t = time.perf_counter()
    pairs = tree.query(queries, predicate="dwithin", distance=radius)
    bulk_us = (time.perf_counter() - t) / len(queries) * 1e6
    assert pairs.shape[1] == hits

    times = []
    for q in queries:
        t = time.perf_counter()
        tree.query_nearest(q)
        times.append(time.perf_counter() - t)
    nearest1_us = median_us(times)

    s = {
        "build_s": build_s,
        "index_mb": shapely_mb,
        "peak_rss_mb": vm_mb("VmHWM:"),
        "dwithin_us": dwithin_us,
        "dwithin_bulk_us": bulk_us,
        "dwithin_mean_hits": hits / len(queries),
        "nearest1_us": nearest1_us,
    }
    print(f"shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), numpy {np.__version__}")
    print(f"{rust['points']:,} points over Iraq/Syria; {len(queries)} query centres; radius {radius} km\n")
    rows = [
        ("build (s)", rust["build_s"], s["build_s"], None),
        ("index memory, RSS growth (MB)", rust["index_mb"], s["index_mb"], None),
        ("process peak RSS (MB)", rust["peak_rss_mb"], s["peak_rss_mb"], None),
        ("10 km radius, median per query (us)", rust["within_us"], s["dwithin_us"], rust["brute_within_us"]),
        ("  same, shapely given all centres in one call", rust["within_us"], s["dwithin_bulk_us"], None),
        ("  same, incmap with exact distances, sorted", rust["within_sorted_us"], s["dwithin_us"], None),
        ("  mean hits per query", rust["within_mean_hits"], s["dwithin_mean_hits"], None),
        ("nearest 1, median per query (us)", rust["nearest1_us"], s["nearest1_us"], None),
        ("nearest 10, median per query (us)", rust["nearest10_us"], None, rust["brute_nearest10_us"]),
    ]
    print(f"{'':48}{'incmap':>12}{'shapely':>12}{'brute':>14}{'shapely/incmap':>16}{'brute/incmap':>14}")
    for name, ours, theirs, brute in rows:
        cells = [f"{ours:12.3f}", f"{theirs:12.3f}" if theirs is not None else f"{'-':>12}"]
        cells.append(f"{brute:14.1f}" if brute is not None else f"{'-':>14}")
        timing = "(us)" in name or name.startswith("  same") or name.startswith("build")
        ratio = f"{theirs / ours:15.1f}x" if theirs is not None and timing else f"{'':16}"
        bratio = f"{brute / ours:13.0f}x" if brute is not None else ""
        print(f"{name:48}" + "".join(cells) + ratio + bratio)
    print(f"\nbrute force: a geodesic distance to every point, over {rust['brute_queries']} centres")


if __name__ == "__main__":
    main()
