"""Opens incmap's GeoPackage store in real QGIS: every layer valid with all its rows, the styles of
`layer_styles` applied on load (also to an empty layer), typed fields, the R-tree seen as a
spatial index.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 check_gpkg.py STORE.gpkg EMPTY_STORE.gpkg
"""
import os
import sqlite3
import sys

from qgis.core import QgsApplication, QgsFeatureSource, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

store, empty_store = sys.argv[1], sys.argv[2]
app = QgsApplication([], False)
app.initQgis()

LAYERS = {  # layer: (geometry type, renderer its style sets)
    "incidents": (QgsWkbTypes.PointGeometry, "categorizedSymbol"),
    "launch_sites": (QgsWkbTypes.PointGeometry, "singleSymbol"),
    "launch_lines": (QgsWkbTypes.LineGeometry, "singleSymbol"),
    "range_rings": (QgsWkbTypes.PolygonGeometry, "categorizedSymbol"),
    "places": (QgsWkbTypes.PointGeometry, "singleSymbol"),
}
TYPES = {  # layer: {field: accepted QVariant types}
    "incidents": {
        "date": (QVariant.Date,),
        "killed": (QVariant.Int, QVariant.LongLong),
        "injured": (QVariant.Int, QVariant.LongLong),
        "count_min": (QVariant.Int, QVariant.LongLong),
        "reports": (QVariant.Int, QVariant.LongLong),
        "launch_distance_km": (QVariant.Double,),
        "range_km": (QVariant.Double,),
        "weapon": (QVariant.String,),
        "first_seen": (QVariant.DateTime,),
    },
    "launch_sites": {"date": (QVariant.Date,), "launch_distance_km": (QVariant.Double,)},
    "launch_lines": {"date": (QVariant.Date,), "distance_km": (QVariant.Double,)},
    "range_rings": {"date": (QVariant.Date,), "radius_km": (QVariant.Double,)},
}
failures = []


def check(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        failures.append(msg)


def rows(path, table):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()


for path, label in ((store, "store"), (empty_store, "empty store")):
    for name, (gtype, renderer) in LAYERS.items():
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        what = f"{label} {name}"
        check(layer.isValid(), f"{what}: valid")
        if not layer.isValid():
            continue
        n, want = layer.featureCount(), rows(path, name)
        check(n == want, f"{what}: {n} features (table has {want})")
        check(layer.geometryType() == gtype, f"{what}: {QgsWkbTypes.geometryDisplayString(layer.geometryType())}")
        check(layer.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresent, f"{what}: spatial index present")
        # QGIS applies the default style of layer_styles when it loads the layer.
        kind = layer.renderer().type() if layer.renderer() else None
        check(kind == renderer, f"{what}: style from layer_styles applied (renderer {kind})")
        count, ids, names, _, _ = layer.listStylesInDatabase()
        check(count >= 1 and name in names, f"{what}: style listed in the database ({names[:count]})")
        fields = layer.fields()
        for field, types in TYPES.get(name, {}).items():
            f = fields.field(field)
            check(f.type() in types, f"{what}.{field}: {f.typeName()}")
        if name == "incidents" and label == "store":
            cats = sorted(c.value() for c in layer.renderer().categories())
            check("rocket" in cats and "drone" in cats, f"weapon categories {cats}")
            located = sum(1 for f in layer.getFeatures() if f.hasGeometry())
            check(located >= 1, f"{what}: {located} located")
        if name == "range_rings":
            # The palette's style draws each kind of ring: every ring's kind is one of its categories.
            kinds = {c.value() for c in layer.renderer().categories()}
            for f in layer.getFeatures():
                check(f.geometry().isGeosValid(), f"{what} {f['ring_kind']}: GEOS-valid polygon")
                check(f["ring_kind"] in kinds, f"{what} {f['ring_kind']}: a category of the style {sorted(kinds)}")

if failures:
    print(f"{len(failures)} check(s) failed")
else:
    print("all GeoPackage checks passed")
sys.stdout.flush()
# QgsApplication.exitQgis() can segfault when Python tears down after it; leave directly.
os._exit(1 if failures else 0)
