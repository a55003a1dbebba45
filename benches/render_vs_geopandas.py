"""Side by side: `incmap render` and geopandas + matplotlib drawing the same layers.

Both draw a 1600x1000 PNG of the same 10,000 incidents (symbol and colour by weapon, size by
casualties) over the same basemap GeoJSON (gazetteer/basemap/: countries, governorate and country
borders, rivers, lakes, coastline). incmap also draws its labels, callouts, legend, side panel,
scale bar and inset; the geopandas side draws only the layers, so the comparison flatters it.

Run through benches/render_vs_geopandas.sh (it makes the venv and builds incmap).
"""

import argparse
import json
import math
import random
import statistics
import subprocess
import time
from pathlib import Path

WEAPONS = ["rocket", "missile", "drone", "mortar", "airstrike", "artillery", "ied", "unknown"]
# The same colours and shapes as src/render/symbols.rs.
STYLE = {
    "rocket": ("#d7301f", "^"), "missile": ("#7a0177", "D"), "drone": ("#e69f00", "v"),
    "mortar": ("#8c510a", "s"), "airstrike": ("#0072b2", "*"), "artillery": ("#4d7f17", "h"),
    "ied": ("#cc79a7", "X"), "unknown": ("#6e6e6e", "o"),
}


def make_store(path, n, seed=42):
    rnd = random.Random(seed)
    feats = []
    for i in range(n):
        lat, lon = 29.5 + rnd.random() * 7.5, 38.5 + rnd.random() * 9.5
        killed = int(rnd.random() * 20) if rnd.random() < 0.5 else None
        injured = int(rnd.random() * 30) if rnd.random() < 0.5 else None
        props = {
            "id": f"b{i}", "source": f"bench/{i}.txt", "sources": f"bench/{i}.txt", "role": "main",
            "date": f"{2019 + rnd.randrange(6)}-{1 + rnd.randrange(12):02d}-{1 + rnd.randrange(28):02d}",
            "date_precision": "day", "place": f"Place {i}", "country": "IQ",
            "weapon": WEAPONS[rnd.randrange(8)], "killed": killed, "injured": injured,
            "range_km": 20.0 if rnd.random() < 0.3 else None, "reports": 1,
        }
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))


def geopandas_map(store, basemap, out):
    import geopandas as gpd
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    t0 = time.perf_counter()
    countries = gpd.read_file(basemap / "countries.geojson")
    borders = gpd.read_file(basemap / "borders.geojson")
    rivers = gpd.read_file(basemap / "rivers.geojson")
    lakes = gpd.read_file(basemap / "lakes.geojson")
    coast = gpd.read_file(basemap / "coastline.geojson")
    pts = gpd.read_file(store)
    fig, ax = plt.subplots(figsize=(16, 10), dpi=100)
    ax.set_facecolor("#c9dcea")
    countries.plot(ax=ax, color=["#fbf9f4" if c in ("IQ", "SY") else "#e9e5dd" for c in countries["iso_a2"]])
    lakes.plot(ax=ax, color="#c9dcea")
    rivers.plot(ax=ax, color="#5b93c7", linewidth=1.3)
    borders[borders["level"] == "admin1"].plot(ax=ax, color="#9e9a94", linewidth=0.9, linestyle="--")
    borders[borders["level"] == "country"].plot(ax=ax, color="#5c5c5c", linewidth=1.4)
    coast.plot(ax=ax, color="#5b93c7", linewidth=0.9)
    cas = pts["killed"].fillna(0) + pts["injured"].fillna(0)
    # incmap's marker radius in px (scaled by 0.5 above 2,000 incidents) as a diameter in points at 100 dpi.
    size = (5.5 + 1.5 * cas**0.5).clip(upper=18) * 0.5 * 2 * 72 / 100
    for w, (color, marker) in STYLE.items():
        sel = pts["weapon"] == w
        ax.scatter(pts.geometry.x[sel], pts.geometry.y[sel], s=size[sel] ** 2, c=color, marker=marker,
                   edgecolors="white", linewidths=0.5, alpha=0.8)
    # The same projection: equirectangular, standard parallel at the centre.
    ax.set_xlim(35.9, 50.6)
    ax.set_ylim(28.5, 38.3)
    ax.set_aspect(1 / math.cos(math.radians(33.4)))
    ax.set_title("Reported attacks")
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--incmap", required=True)
    ap.add_argument("--basemap", required=True)
    ap.add_argument("--out", default="/tmp/incmap-bench")
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    store = out / "store.geojson"
    make_store(store, a.n)

    # Runs alternate, so a busy spell on a shared machine slows both sides alike.
    incmap_times, gpd_times = [], []
    for _ in range(a.runs):
        t0 = time.perf_counter()
        subprocess.run([a.incmap, "render", "--store", str(store), "--out", str(out / "incmap.png")],
                       check=True, stderr=subprocess.DEVNULL)
        incmap_times.append(time.perf_counter() - t0)
        gpd_times.append(geopandas_map(store, Path(a.basemap), out / "geopandas.png"))

    ti, tg = statistics.median(incmap_times), statistics.median(gpd_times)
    print(f"incidents: {a.n}, runs: {a.runs}, images in {out}")
    print(f"incmap render (whole process: start, read store, draw, encode PNG): median {ti:.3f} s")
    print(f"geopandas + matplotlib (in process, imports excluded: read layers, plot, savefig): median {tg:.3f} s")
    print(f"ratio geopandas / incmap: {tg / ti:.1f}x")


if __name__ == "__main__":
    main()
