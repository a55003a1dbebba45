#!/usr/bin/env python3
"""Two builds of incmap on the same GeoPackage store: the queries of issue 16, a one-article
ingest and (optionally) the export of every layer, each as a whole cold process under GNU time,
in alternating rounds (the order flips every round). Prints per command the median wall time and
peak RSS of each build, and the median of the per-round ratios (old / new).

  benches/gpkg_builds.py OLD_BIN NEW_BIN STORE.gpkg [ROUNDS] [--export]

The ingest runs on a copy of the store per build, made once (not timed), each round with an
article of its own. The export writes to a folder beside the store (removed after each run).
Needs /usr/bin/time.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile


def timed(cmd):
    with tempfile.NamedTemporaryFile("r") as log:
        out = subprocess.run(
            ["/usr/bin/time", "-f", "%e %M", "-o", log.name, *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        if out.returncode != 0:
            sys.exit(f"failed: {' '.join(cmd)}: {out.stderr.decode()[-300:]}")
        secs, kb = log.read().split()[-2:]
    return float(secs), int(kb) / 1024


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    export = "--export" in sys.argv
    old, new, store = args[:3]
    rounds = int(args[3]) if len(args) > 3 else 5
    d = os.path.dirname(os.path.abspath(store))
    lat, lon = "36.2376", "43.9632"  # Erbil airport
    queries = {
        "near 10 km": ["near", "--lat", lat, "--lon", lon, "--km", "10", "--format", "csv", "--store", store],
        "bbox 1x1 deg": ["bbox", "--bbox", "43.5,35.5,44.5,36.5", "--format", "csv", "--store", store],
        "nearest 10": ["nearest", "--lat", lat, "--lon", lon, "-n", "10", "--store", store],
    }
    builds = {"old": old, "new": new}
    copies = {}
    for name in builds:
        copies[name] = os.path.join(d, f"ingest-copy-{name}.gpkg")
        shutil.copyfile(store, copies[name])
    os.sync()
    rows = {}
    for r in range(rounds):
        order = ["old", "new"] if r % 2 == 0 else ["new", "old"]
        for label, q in queries.items():
            for name in order:
                rows.setdefault(label, {}).setdefault(name, []).append(timed([builds[name], *q]))
        for name in order:
            art = os.path.join(d, f"article-{name}-{r}.txt")
            with open(art, "w") as f:
                f.write(f" date 2024-05-{r + 1:02d} At least four missiles struck Ain al-Asad air base, officials said ({name} {r}).\n")
            rows.setdefault("ingest 1 article", {}).setdefault(name, []).append(
                timed([builds[name], "ingest", "--store", copies[name], art])
            )
            os.remove(art)
        if export:
            for name in order:
                out = os.path.join(d, f"layers-{name}")
                rows.setdefault("export every layer", {}).setdefault(name, []).append(
                    timed([builds[name], "export", "--store", store, "--out-dir", out])
                )
                shutil.rmtree(out)
        print(f"round {r + 1} done", file=sys.stderr)
    for name in builds:
        for suffix in ["", "-wal", "-shm"]:
            if os.path.exists(copies[name] + suffix):
                os.remove(copies[name] + suffix)
    print(f"{'':20} {'old s':>8} {'new s':>8} {'old/new':>8} {'old MB':>8} {'new MB':>8}")
    for label, sides in rows.items():
        o, n = sides["old"], sides["new"]
        ratio = statistics.median(a[0] / b[0] for a, b in zip(o, n))
        print(
            f"{label:20} {statistics.median(x[0] for x in o):8.3f} {statistics.median(x[0] for x in n):8.3f}"
            f" {ratio:7.2f}x {max(x[1] for x in o):8.0f} {max(x[1] for x in n):8.0f}"
        )


if __name__ == "__main__":
    main()
