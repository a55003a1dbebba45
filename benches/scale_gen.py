#!/usr/bin/env python3
"""Generates scale-test inputs for benches/scale.sh.

  scale_gen.py articles DIR N   N short news articles (plain text with a dateline) naming
                                gazetteer places, weapons, counts and casualties
  scale_gen.py store FILE N     an incmap store (GeoJSON, format 1) with N incidents spread over
                                Iraq and Syria, written as a stream so N = 1,000,000 is cheap

Seeded, so every run writes the same files.
"""

import csv
import datetime
import json
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WEAPONS = [
    ("rocket", "rockets", "Katyusha rockets"),
    ("drone", "drones", "explosive-laden drones"),
    ("missile", "missiles", "ballistic missiles"),
    ("mortar", "mortar rounds", "mortar shells"),
]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "a dozen"]
GROUPS = ["Saraya Awliya al-Dam", "Ashab al-Kahf", "the Islamic Resistance in Iraq", "Kataib Hezbollah"]
OUTLETS = ["Wire", "Daily", "Monitor", "Observer", "Herald"]


def places():
    with open(os.path.join(ROOT, "gazetteer", "places.tsv"), encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if not r["id"].startswith("#")]
    return [(r["name"], float(r["lat"]), float(r["lon"]), r["country"]) for r in rows]


def day(rng):
    return datetime.date(2014, 1, 1) + datetime.timedelta(days=rng.randrange(0, 11 * 365))


def article(rng, i, gaz):
    name = rng.choice(gaz)[0]
    weapon, plural, fancy = rng.choice(WEAPONS)
    d = day(rng)
    attack = d - datetime.timedelta(days=rng.choice([0, 1]))
    when = "on Tuesday" if attack == d else f"late on {attack.strftime('%d %B')}"
    n = rng.choice(NUMBERS)
    lines = [
        f" date {d.isoformat()} {rng.choice(OUTLETS)} report {i}.",
        "",
        f"At least {n} {plural} struck {name} {when}, security officials said.",
    ]
    if rng.random() < 0.5:
        lines.append(f"{rng.randrange(1, 9)} people were wounded and {rng.randrange(0, 4)} killed in the attack.")
    if rng.random() < 0.4:
        lines.append(f"A group calling itself {rng.choice(GROUPS)} claimed responsibility for the {fancy}.")
    if rng.random() < 0.3:
        lines.append(f"The {plural} were launched from a village {rng.randrange(5, 40)} km south of the town.")
    lines.append("Officials gave no further details. The investigation is continuing, a spokesman said.")
    return "\n".join(lines) + "\n"


def write_articles(out, n):
    rng = random.Random(8)
    gaz = places()
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        sub = os.path.join(out, f"{i // 1000:02d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(article(rng, i, gaz))


def feature(rng, i, gaz):
    name, lat, lon, country = rng.choice(gaz)
    lat += rng.uniform(-0.3, 0.3)
    lon += rng.uniform(-0.3, 0.3)
    weapon, plural, _ = rng.choice(WEAPONS)
    nsrc = rng.choice([1, 1, 1, 2, 3])
    sources = [f"reports/{rng.randrange(0, 10**7):07d}.txt" for _ in range(nsrc)]
    cmin = rng.randrange(1, 12)
    killed = rng.randrange(0, 4) if rng.random() < 0.3 else None
    props = {
        "id": f"{rng.getrandbits(64):016x}-{i % 7 + 1}",
        "source": sources[0],
        "sources": "; ".join(sources),
        "role": "main" if rng.random() < 0.85 else "background",
        "date": day(rng).isoformat(),
        "date_precision": "day",
        "place": name,
        "place_text": name,
        "country": country,
        "geo_precision": rng.choice(["site", "town"]),
        "weapon": weapon,
        "count_min": cmin,
        "count_max": cmin if rng.random() < 0.8 else cmin + 5,
        "killed": killed,
        "killed_max": None,
        "injured": rng.randrange(0, 9) if rng.random() < 0.4 else None,
        "injured_max": None,
        "claimed_by": rng.choice(GROUPS) if rng.random() < 0.3 else None,
        "launch_site": None,
        "launch_distance_km": None,
        "launch_bearing_deg": None,
        "launch_lat": None,
        "launch_lon": None,
        "range_km": {"rocket": 20.0, "drone": 150.0, "missile": 300.0, "mortar": 6.0}[weapon],
        "evidence": f"At least {NUMBERS[cmin % len(NUMBERS)]} {plural} struck {name} late on Monday, "
        f"officials said, in the {i % 97 + 1}th attack reported this year.",
        "reports": nsrc,
    }
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
        "properties": props,
    }


def write_store(path, n):
    rng = random.Random(1_000_000)
    gaz = places()
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "incmap": {"format": 1, "articles": [\n')
        for i in range(n):
            sep = ",\n" if i + 1 < n else "\n"
            rec = {"sha256": f"{rng.getrandbits(256):064x}", "source": f"reports/{i:07d}.txt"}
            f.write(json.dumps(rec) + sep)
        f.write(']},\n"features": [\n')
        for i in range(n):
            sep = ",\n" if i + 1 < n else "\n"
            f.write(json.dumps(feature(rng, i, gaz), separators=(",", ":")) + sep)
        f.write("]}\n")


if __name__ == "__main__":
    what, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    {"articles": write_articles, "store": write_store}[what](out, n)
