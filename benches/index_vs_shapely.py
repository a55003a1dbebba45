"""Shapely 2 STRtree on the points `cargo bench --bench index` wrote, and the side-by-side table.

Usage: index_vs_shapely.py measure DIR          (DIR holds points.f64 and queries.f64; prints JSON)
       index_vs_shapely.py table DIR ROUNDS     (reads rust.N.json and shapely.N.json, N = 1..ROUNDS)

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
RADIUS_KM = 10.0


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


def time_each(queries, f):
    times, found = [], 0
    for q in queries:
        t = time.perf_counter()
        found += f(q)
        times.append(time.perf_counter() - t)
    return median_us(times), found / len(queries)


def measure(d):
    lon, lat = load_pairs(d / "points.f64")
    qlon, qlat = load_pairs(d / "queries.f64")
    qlon, qlat = qlon[:QUERY_LIMIT], qlat[:QUERY_LIMIT]
    lat0 = float((lat.min() + lat.max()) / 2)
    x, y = project(lon, lat, lat0)
    qx, qy = project(qlon, qlat, lat0)

    rss_before = vm_mb("VmRSS:")
    t = time.perf_counter()
    geoms = shapely.points(x, y)
    tree = STRtree(geoms)
    build_s = time.perf_counter() - t
    shapely_mb = vm_mb("VmRSS:") - rss_before
    queries = shapely.points(qx, qy)

    dwithin_us, hits = time_each(queries, lambda q: len(tree.query(q, predicate="dwithin", distance=RADIUS_KM)))

    # The same answer as incmap's ranked query: the hits with their distances, nearest first.
    def ranked(q):
        found = tree.query(q, predicate="dwithin", distance=RADIUS_KM)
        dist = shapely.distance(geoms[found], q)
        order = np.argsort(dist, kind="stable")
        return len(found[order])

    ranked_us, _ = time_each(queries, ranked)
    t = time.perf_counter()
    pairs = tree.query(queries, predicate="dwithin", distance=RADIUS_KM)
    bulk_us = (time.perf_counter() - t) / len(queries) * 1e6
    assert pairs.shape[1] == round(hits * len(queries))
    nearest1_us, _ = time_each(queries, lambda q: len(tree.query_nearest(q)))
    return {
        "version": f"shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), numpy {np.__version__}",
        "queries": len(queries),
        "build_s": build_s,
        "index_mb": shapely_mb,
        "peak_rss_mb": vm_mb("VmHWM:"),
        "dwithin_us": dwithin_us,
        "dwithin_ranked_us": ranked_us,
        "dwithin_bulk_us": bulk_us,
        "dwithin_mean_hits": hits,
        "nearest1_us": nearest1_us,
    }


def table(d, rounds):
    rust = [json.loads((d / f"rust.{i}.json").read_text()) for i in range(1, rounds + 1)]
    shp = [json.loads((d / f"shapely.{i}.json").read_text()) for i in range(1, rounds + 1)]
    first = rust[0]
    print(shp[0]["version"])
    print(f"{first['points']:,} points over Iraq/Syria; {shp[0]['queries']} query centres; radius {first['radius_km']} km;")
    print(f"{rounds} alternating rounds: median over rounds of each round's median, and of the per-round ratios\n")
    med = lambda rows, key: statistics.median(r[key] for r in rows)  # noqa: E731

    def ratio(ours, theirs):
        rs = sorted(t[theirs] / r[ours] for r, t in zip(rust, shp))
        return f"{statistics.median(rs):8.1f}x  [{rs[0]:.1f}-{rs[-1]:.1f}]"

    rows = [
        ("build (s)", "build_s", "build_s"),
        ("10 km radius: indices only (us)", "within_us", "dwithin_us"),
        ("  vs shapely given all centres in one call (mean)", "within_us", "dwithin_bulk_us"),
        ("10 km radius, exact distances, sorted (us)", "within_sorted_us", "dwithin_us"),
        ("  same vs shapely dwithin + distance + argsort", "within_sorted_us", "dwithin_ranked_us"),
        ("nearest 1 (us)", "nearest1_us", "nearest1_us"),
    ]
    print(f"{'':54}{'incmap':>10}{'shapely':>10}   shapely/incmap [range]")
    for name, ours, theirs in rows:
        print(f"{name:54}{med(rust, ours):10.3f}{med(shp, theirs):10.3f}   {ratio(ours, theirs)}")
    print(f"{'nearest 10 (us)':54}{med(rust, 'nearest10_us'):10.3f}{'-':>10}")
    print(f"{'mean hits per radius query':54}{first['within_mean_hits']:10.1f}{shp[0]['dwithin_mean_hits']:10.1f}")
    print(f"{'index memory, RSS growth (MB)':54}{first['index_mb']:10.1f}{shp[0]['index_mb']:10.1f}")
    print(f"{'process peak RSS (MB)':54}{first['peak_rss_mb']:10.1f}{shp[0]['peak_rss_mb']:10.1f}")
    if first["brute_queries"]:
        bw, bn = first["brute_within_us"], first["brute_nearest10_us"]
        print(f"\nbrute force (round 1, a geodesic distance to every point, {first['brute_queries']} centres):")
        print(f"  10 km radius {bw:,.0f} us: {bw / first['within_us']:,.0f}x the index, "
              f"{bw / first['within_sorted_us']:,.0f}x the sorted query")
        print(f"  nearest 10 {bn:,.0f} us: {bn / first['nearest10_us']:,.0f}x the index")


if __name__ == "__main__":
    if sys.argv[1] == "measure":
        json.dump(measure(Path(sys.argv[2])), sys.stdout)
    else:
        table(Path(sys.argv[2]), int(sys.argv[3]))
