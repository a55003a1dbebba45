"""Side by side: `incmap render` and geopandas + matplotlib drawing the same layers.

Both draw a 1600x1000 PNG of the same 10,000 incidents (symbol and colour by weapon, size by
casualties) over the same basemap GeoJSON (gazetteer/basemap/: countries, governorate and country
borders, rivers, lakes, coastline), in the same kind of projection (Lambert conformal conic, parallels
at 1/6 and 5/6 of the extent incmap showed) and over the same area. incmap also draws its labels,
callouts, legend, side panel, scale bar and inset; the geopandas side draws only the layers, so the
comparison flatters it. incmap is timed as a whole process (start-up and reading the store included),
geopandas in a warm session (imports excluded), which flatters geopandas again.

Run through benches/render_vs_geopandas.sh (it makes the venv and builds incmap).
"""

import argparse
import json
import random
import re
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


def lcc_for(extent):
    """The conic incmap draws an extent with: standard parallels at 1/6 and 5/6 of its latitudes."""
    w, s, e, n = extent
    span = n - s
    return (f"+proj=lcc +lat_1={s + span / 6:.6f} +lat_2={n - span / 6:.6f} +lat_0={(s + n) / 2:.6f} "
            f"+lon_0={(w + e) / 2:.6f} +datum=WGS84 +units=m +no_defs")


def geopandas_map(store, basemap, out, extent):
    """Reads the layers and the store, reprojects them to incmap's conic and plots them; seconds."""
    import geopandas as gpd
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from shapely.geometry import box

    t0 = time.perf_counter()
    crs = lcc_for(extent)
    layer = lambda name: gpd.read_file(basemap / f"{name}.geojson").to_crs(crs)
    countries, borders, rivers, lakes, coast = (layer(n) for n in ["countries", "borders", "rivers", "lakes", "coastline"])
    pts = gpd.read_file(store).to_crs(crs)
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
    # The area incmap showed, in the same projection.
    x0, y0, x1, y1 = gpd.GeoSeries([box(*extent)], crs="EPSG:4326").segmentize(0.1).to_crs(crs).total_bounds
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")
    ax.set_title("Reported attacks")
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return time.perf_counter() - t0


def run_incmap(binary, store, out):
    """Seconds for the whole `incmap render` process, and the extent it printed."""
    t0 = time.perf_counter()
    done = subprocess.run([binary, "render", "--store", str(store), "--out", str(out)],
                          check=True, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t0
    m = re.search(r"extent (-?[\d.]+),(-?[\d.]+),(-?[\d.]+),(-?[\d.]+)", done.stderr)
    return elapsed, tuple(float(v) for v in m.groups())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--incmap", required=True)
    ap.add_argument("--basemap", required=True)
    ap.add_argument("--out", default="/tmp/incmap-bench")
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    store = out / "store.geojson"
    make_store(store, a.n)
    import geopandas  # noqa: F401  imported once, outside the timings (a warm Python session)

    # One warm-up of each, untimed: file caches, the first savefig.
    _, extent = run_incmap(a.incmap, store, out / "incmap.png")
    geopandas_map(store, Path(a.basemap), out / "geopandas.png", extent)

    # Rounds alternate, and so does who goes first, so a busy spell on a shared machine slows both
    # sides alike; the figure is the median of the per-round ratios.
    rows = []
    for r in range(a.rounds):
        order = ["incmap", "geopandas"] if r % 2 == 0 else ["geopandas", "incmap"]
        t = {}
        for side in order:
            if side == "incmap":
                t[side], extent = run_incmap(a.incmap, store, out / "incmap.png")
            else:
                t[side] = geopandas_map(store, Path(a.basemap), out / "geopandas.png", extent)
        rows.append((t["incmap"], t["geopandas"], t["geopandas"] / t["incmap"]))
        print(f"round {r + 1} ({order[0]} first): incmap {t['incmap']:.3f} s, geopandas {t['geopandas']:.3f} s, "
              f"ratio {rows[-1][2]:.2f}x", flush=True)

    ti = statistics.median(r[0] for r in rows)
    tg = statistics.median(r[1] for r in rows)
    ratio = statistics.median(r[2] for r in rows)
    print(f"incidents: {a.n}, 1600x1000 PNG, rounds: {a.rounds}, images in {out}")
    print(f"incmap render (whole process: start, read store, draw, encode PNG): median {ti:.3f} s")
    print(f"geopandas + matplotlib (warm session, imports excluded: read, reproject, plot, savefig): median {tg:.3f} s")
    print(f"ratio geopandas / incmap, median of per-round ratios: {ratio:.1f}x "
          f"(rounds {min(r[2] for r in rows):.1f}x..{max(r[2] for r in rows):.1f}x)")


if __name__ == "__main__":
    main()
