#!/usr/bin/env python3
"""Queries and a one-article ingest on a big store: the GeoPackage against the GeoJSON store of
earlier versions on the same data, and GDAL's ogrinfo on the same GeoPackage. Each command runs
as a whole cold process; rounds alternate the order; the figures are medians and the ratio is the
median of the per-round ratios.

  benches/store_vs_geojson.py BIN DIR [ROUNDS] [BASELINE_BIN]

DIR holds store-N.geojson (benches/scale_gen.py store) and its import big.gpkg
(`incmap store import`); BASELINE_BIN (an incmap that ingests into GeoJSON) adds the ingest
comparison.
"""

import os
import shutil
import statistics
import subprocess
import sys
import time


def timed(cmd):
    t = time.perf_counter()
    out = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}: {out.stderr.decode()[-300:]}")
    return dt


def main():
    binary, d = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    baseline = sys.argv[4] if len(sys.argv) > 4 else None
    geojson = next(os.path.join(d, f) for f in os.listdir(d) if f.startswith("store-") and f.endswith(".geojson"))
    gpkg = os.path.join(d, "big.gpkg")
    one = os.path.join(d, "one.txt")
    with open(one, "w") as f:
        f.write(" date 2024-01-20 At least four missiles struck Ain al-Asad air base on Saturday, officials said.\n")
    # Erbil airport: the 10 km box around it, for ogrinfo's spatial filter.
    lat, lon = 36.2376, 43.9632
    dlat, dlon = 10 / 110.5, 10 / (111.3 * 0.807)
    queries = {
        "near 10 km": ["near", "--lat", str(lat), "--lon", str(lon), "--km", "10", "--format", "csv"],
        "bbox 1x1 deg": ["bbox", "--bbox", "43.5,35.5,44.5,36.5", "--format", "csv"],
        "nearest 10": ["nearest", "--lat", str(lat), "--lon", str(lon), "-n", "10"],
    }
    rows = {}

    def add(name, side, dt):
        rows.setdefault(name, {}).setdefault(side, []).append(dt)

    for r in range(rounds):
        for name, q in queries.items():
            sides = [("gpkg", [binary, *q, "--store", gpkg]), ("geojson", [binary, *q, "--store", geojson])]
            if name == "near 10 km":
                spat = [str(lon - dlon), str(lat - dlat), str(lon + dlon), str(lat + dlat)]
                sides.append(("ogrinfo", ["ogrinfo", "-ro", "-q", "-spat", *spat, gpkg, "incidents"]))
            if r % 2:
                sides.reverse()
            for side, cmd in sides:
                add(name, side, timed(cmd))
        # One article into a copy of each store (the copy is not timed).
        copies = [("gpkg", gpkg, [binary]), ("geojson", geojson, [baseline] if baseline else None)]
        if r % 2:
            copies.reverse()
        for side, src, bin_ in copies:
            if bin_ is None:
                continue
            dst = os.path.join(d, "copy" + os.path.splitext(src)[1])
            for suffix in ["", "-wal", "-shm", ".lock"]:
                if os.path.exists(dst + suffix):
                    os.remove(dst + suffix)
            shutil.copyfile(src, dst)
            os.sync()  # the copy written out first: its writeback is not the ingest's cost
            add("ingest 1 article", side, timed([*bin_, "ingest", "--store", dst, one]))
            os.remove(dst)
        print(f"round {r + 1} done", file=sys.stderr)

    print(f"{'':20} {'gpkg s':>9} {'geojson s':>10} {'ratio':>8}   {'ogrinfo s':>9}")
    for name, sides in rows.items():
        g = sides.get("gpkg", [])
        j = sides.get("geojson", [])
        o = sides.get("ogrinfo", [])
        ratio = statistics.median(b / a for a, b in zip(g, j)) if j else None
        print(
            f"{name:20} {statistics.median(g):9.3f} "
            + (f"{statistics.median(j):10.3f} {ratio:7.0f}x" if j else f"{'-':>10} {'-':>8}")
            + (f"   {statistics.median(o):9.3f}" if o else "")
        )


if __name__ == "__main__":
    main()
