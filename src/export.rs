//! GIS layers: GeoJSON per layer with QGIS styles, CSV and KML.
