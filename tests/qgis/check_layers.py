"""Loads every incmap export layer with real QGIS and checks what a GIS user relies on.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 check_layers.py OUT_DIR PNG
Expected counts come from the fixture written by .ci/qgis-check.
"""
import os
import sys

from qgis.core import (QgsApplication, QgsExpression, QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle,
                       QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QSize, QVariant
from qgis.PyQt.QtGui import QColor

out_dir, png = sys.argv[1], sys.argv[2]
app = QgsApplication([], False)
app.initQgis()

EXPECTED = {  # layer: (features, geometry type)
    "incidents": (4, QgsWkbTypes.PointGeometry),
    "launch_sites": (1, QgsWkbTypes.PointGeometry),
    "launch_lines": (1, QgsWkbTypes.LineGeometry),
    "range_rings": (3, QgsWkbTypes.PolygonGeometry),
    "places": (None, QgsWkbTypes.PointGeometry),
}
RENDERERS = {"incidents": "categorizedSymbol", "launch_sites": "singleSymbol", "launch_lines": "singleSymbol",
             "range_rings": "categorizedSymbol", "places": "singleSymbol"}
failures = []


def check(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        failures.append(msg)


layers = {}
for name, (count, gtype) in EXPECTED.items():
    layer = QgsVectorLayer(os.path.join(out_dir, name + ".geojson"), name, "ogr")
    check(layer.isValid(), f"{name}: valid")
    if not layer.isValid():
        continue
    layers[name] = layer
    n = layer.featureCount()
    check(n == count if count is not None else n >= 1, f"{name}: {n} features")
    check(layer.geometryType() == gtype, f"{name}: geometry type {QgsWkbTypes.geometryDisplayString(layer.geometryType())}")
    msg, ok = layer.loadNamedStyle(os.path.join(out_dir, name + ".qml"))
    check(ok, f"{name}: style {name}.qml loads ({msg})")
    check(layer.renderer() is not None and layer.renderer().type() == RENDERERS[name],
          f"{name}: renderer {layer.renderer().type() if layer.renderer() else None}")
    if layer.labelsEnabled():
        expr = QgsExpression(layer.labeling().settings().fieldName)
        check(not expr.hasParserError(), f"{name}: label expression parses {expr.parserErrorString()}")
    fields = layer.fields()
    for field in ("date",) if name in ("incidents", "launch_sites", "launch_lines") else ():
        f = fields.field(field)
        check(f.type() == QVariant.Date, f"{name}.{field}: {f.typeName()}")
    if name == "incidents":
        cats = sorted(c.value() for c in layer.renderer().categories())
        check(cats == ["", "airstrike", "artillery", "drone", "ied", "missile", "mortar", "rocket"], f"weapon categories {cats}")
        for field in ("killed", "injured", "reports"):
            f = fields.field(field)
            check(f.type() in (QVariant.Int, QVariant.LongLong), f"{name}.{field}: {f.typeName()}")
        check(fields.field("launch_distance_km").type() == QVariant.Double, "incidents.launch_distance_km: Real")
    if name == "range_rings":
        kinds = sorted(f["ring_kind"] for f in layer.getFeatures())
        # Each kind drawn as on the maps: its own dash pattern, coloured by weapon (data-defined).
        dashes = {}
        for c in layer.renderer().categories():
            lines = [l for l in c.symbol().symbolLayers() if l.layerType() == "SimpleLine"]
            check(len(lines) == 1, f"range_rings {c.value()}: one outline")
            if lines:
                dashes[c.value()] = tuple(lines[0].customDashVector()) if lines[0].useCustomDashPattern() else ()
        check(dashes.get("weapon_range_from_launch") not in (None, ()) and dashes.get("possible_origin") not in (None, ())
              and dashes["weapon_range_from_launch"] != dashes["possible_origin"], f"range_rings: two dash patterns {dashes}")
        check(kinds == ["place_ring", "possible_origin", "weapon_range_from_launch"], f"ring kinds {kinds}")
        for f in layer.getFeatures():
            check(f.geometry().isGeosValid(), f"ring {f['ring_kind']}: GEOS-valid polygon")
    if name == "incidents":
        drone = [c for c in layer.renderer().categories() if c.value() == "drone"][0]
        color = drone.symbol().color()
        check((color.red(), color.green(), color.blue()) == (230, 159, 0), f"incidents: drones orange as on the maps {color.name()}")

# Render the styled layers to PNG, rings at the bottom, incidents on top.
settings = QgsMapSettings()
order = [n for n in ("incidents", "launch_sites", "launch_lines", "places", "range_rings") if n in layers]
settings.setLayers([layers[n] for n in order])
extent = QgsRectangle()
for n in order:
    extent.combineExtentWith(layers[n].extent())
extent.scale(1.3)
settings.setExtent(extent)
settings.setOutputSize(QSize(1000, 800))
settings.setBackgroundColor(QColor(245, 243, 235))
settings.setDestinationCrs(layers["incidents"].crs())
job = QgsMapRendererSequentialJob(settings)
job.start()
job.waitForFinished()
check(job.renderedImage().save(png, "PNG"), f"rendered {png}")

if failures:
    print(f"{len(failures)} check(s) failed")
else:
    print("all QGIS checks passed")
sys.stdout.flush()
# QgsApplication.exitQgis() can segfault when Python tears down after it; leave directly.
os._exit(1 if failures else 0)
