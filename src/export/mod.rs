//! GIS layers: one GeoJSON file per layer (one geometry type each) with a QGIS `.qml` style beside it,
//! plus CSV and KML for people without a GIS. Every file is written atomically.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use geojson::{Feature, FeatureCollection, Geometry, GeometryValue, JsonObject, JsonValue};

use crate::gazetteer::Gazetteer;
use crate::geodesy;
use crate::model::{Incident, LatLon, round6};
use crate::store::write_file_atomically;

/// Vertices of every drawn ring: enough that a 100 km ring deviates < 30 m from the true circle.
pub const RING_VERTICES: usize = 128;
/// Launch lines are densified every this many km along the geodesic.
const LINE_STEP_KM: f64 = 5.0;
/// Military bases within this margin (degrees) of the incidents' extent are added to the places layer.
const EXTENT_MARGIN_DEG: f64 = 0.5;

/// A ring of `km` around a named place (e.g. a base).
#[derive(Clone, Debug)]
pub struct PlaceRing {
    pub place: String,
    pub km: f64,
}

#[derive(Clone, Debug, Default)]
pub struct ExportOptions {
    pub rings: Vec<PlaceRing>,
}

/// Feature counts per written file.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub files: Vec<(PathBuf, usize)>,
}

/// Writes every layer into `out_dir` (created if missing).
pub fn write_layers(
    incidents: &[Incident],
    gazetteer: &Gazetteer,
    out_dir: &Path,
    opts: &ExportOptions,
) -> Result<Summary> {
    std::fs::create_dir_all(out_dir).with_context(|| format!("{}: cannot create directory", out_dir.display()))?;
    let mut summary = Summary::default();
    let layers = [
        ("incidents", incident_features(incidents), include_str!("incidents.qml")),
        ("launch_sites", launch_site_features(incidents), include_str!("launch_sites.qml")),
        ("launch_lines", launch_line_features(incidents), include_str!("launch_lines.qml")),
        ("range_rings", range_ring_features(incidents, gazetteer, &opts.rings)?, include_str!("range_rings.qml")),
        ("places", place_features(incidents, gazetteer), include_str!("places.qml")),
    ];
    for (name, features, qml) in layers {
        let n = features.len();
        let fc = FeatureCollection { bbox: None, features, foreign_members: None };
        let path = out_dir.join(format!("{name}.geojson"));
        write_file_atomically(&path, serde_json::to_string(&fc)?.as_bytes())?;
        write_file_atomically(&out_dir.join(format!("{name}.qml")), qml.as_bytes())?;
        summary.files.push((path, n));
    }
    let csv_path = out_dir.join("incidents.csv");
    write_file_atomically(&csv_path, &incidents_csv(incidents)?)?;
    summary.files.push((csv_path, incidents.len()));
    let kml_path = out_dir.join("incidents.kml");
    write_file_atomically(&kml_path, incidents_kml(incidents).as_bytes())?;
    summary.files.push((kml_path, incidents.iter().filter(|i| i.location.is_some()).count()));
    Ok(summary)
}

fn point(l: LatLon) -> Geometry {
    Geometry::new(GeometryValue::new_point([round6(l.lon), round6(l.lat)]))
}

fn feature(geometry: Option<Geometry>, properties: JsonObject) -> Feature {
    Feature { bbox: None, geometry, id: None, properties: Some(properties), foreign_members: None }
}

fn props(pairs: Vec<(&str, JsonValue)>) -> JsonObject {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

fn opt_str(v: Option<&str>) -> JsonValue {
    v.filter(|s| !s.trim().is_empty()).map(JsonValue::from).unwrap_or(JsonValue::Null)
}

fn opt_km(v: Option<f64>) -> JsonValue {
    v.filter(|x| x.is_finite()).map(|x| JsonValue::from((x * 1000.0).round() / 1000.0)).unwrap_or(JsonValue::Null)
}

/// Unlocated incidents are kept with a null geometry (RFC 7946 allows it, QGIS shows them in the
/// attribute table) so the layer holds the whole dataset; the map simply does not draw them.
fn incident_features(incidents: &[Incident]) -> Vec<Feature> {
    incidents.iter().map(Incident::to_feature).collect()
}

fn incident_ref(i: &Incident) -> Vec<(&'static str, JsonValue)> {
    vec![
        ("incident_id", JsonValue::from(i.id.clone())),
        ("date", i.date_string().map(JsonValue::from).unwrap_or(JsonValue::Null)),
        ("weapon", JsonValue::from(i.weapon.as_str())),
        ("place", opt_str(i.place.as_deref())),
    ]
}

fn launch_site_features(incidents: &[Incident]) -> Vec<Feature> {
    incidents
        .iter()
        .filter_map(|i| {
            let at = i.launch_location?;
            let mut p = incident_ref(i);
            p.push(("launch_site", opt_str(i.launch_site.as_deref())));
            p.push(("launch_distance_km", opt_km(i.launch_distance_km)));
            Some(feature(Some(point(at)), props(p)))
        })
        .collect()
}

/// The geodesic from `a` to `b` as points at most `LINE_STEP_KM` apart.
pub fn geodesic_line(a: LatLon, b: LatLon) -> Vec<LatLon> {
    let d = geodesy::distance_km(a, b);
    let steps = (d / LINE_STEP_KM).ceil().max(1.0) as usize;
    let bearing = geodesy::bearing_deg(a, b);
    let mut pts: Vec<LatLon> =
        (0..steps).map(|k| geodesy::destination(a, bearing, d * k as f64 / steps as f64)).collect();
    pts.push(b);
    pts
}

fn launch_line_features(incidents: &[Incident]) -> Vec<Feature> {
    incidents
        .iter()
        .filter_map(|i| {
            let (from, to) = (i.launch_location?, i.location?);
            let line: Vec<Vec<f64>> =
                geodesic_line(from, to).iter().map(|l| vec![round6(l.lon), round6(l.lat)]).collect();
            let mut p = incident_ref(i);
            p.push(("launch_site", opt_str(i.launch_site.as_deref())));
            p.push(("distance_km", opt_km(Some(geodesy::distance_km(from, to)))));
            Some(feature(Some(Geometry::new(GeometryValue::new_line_string(line))), props(p)))
        })
        .collect()
}

fn ring_props(kind: &str, km: f64, center: &str, i: Option<&Incident>) -> JsonObject {
    props(vec![
        ("ring_kind", JsonValue::from(kind)),
        ("radius_km", opt_km(Some(km))),
        ("center", JsonValue::from(center)),
        ("incident_id", i.map(|i| JsonValue::from(i.id.clone())).unwrap_or(JsonValue::Null)),
        ("date", i.and_then(Incident::date_string).map(JsonValue::from).unwrap_or(JsonValue::Null)),
        ("weapon", i.map(|i| JsonValue::from(i.weapon.as_str())).unwrap_or(JsonValue::Null)),
    ])
}

fn range_ring_features(incidents: &[Incident], gazetteer: &Gazetteer, rings: &[PlaceRing]) -> Result<Vec<Feature>> {
    let mut out = Vec::new();
    for i in incidents {
        let Some(km) = i.range_km.filter(|k| k.is_finite() && *k > 0.0) else { continue };
        let (center, kind, name) = match (i.launch_location, i.location) {
            (Some(l), _) => (l, "weapon_range_from_launch", i.launch_site.clone().unwrap_or_default()),
            (None, Some(t)) => (t, "possible_origin", i.place.clone().unwrap_or_default()),
            (None, None) => continue,
        };
        out.push(feature(Some(ring_geometry(center, km)), ring_props(kind, km, &name, Some(i))));
    }
    for r in rings {
        let place = gazetteer
            .lookup(&r.place, &Default::default())
            .best
            .with_context(|| format!("--ring-place {:?}: not in the gazetteer", r.place))?
            .place;
        out.push(feature(Some(ring_geometry(place.location, r.km)), ring_props("place_ring", r.km, &place.name, None)));
    }
    // One geometry type per layer: if any ring had to be split at the antimeridian, all become MultiPolygons.
    let split = |f: &Feature| matches!(f.geometry.as_ref().map(|g| &g.value), Some(GeometryValue::MultiPolygon { .. }));
    if out.iter().any(split) {
        for f in &mut out {
            if let Some(GeometryValue::Polygon { coordinates }) = f.geometry.as_ref().map(|g| g.value.clone()) {
                f.geometry = Some(Geometry::new(GeometryValue::new_multi_polygon(vec![coordinates])));
            }
        }
    }
    Ok(out)
}

/// A geodesic circle as a GeoJSON Polygon, or a MultiPolygon split at the antimeridian (RFC 7946 §3.1.9).
pub fn ring_geometry(center: LatLon, km: f64) -> Geometry {
    let ring = geodesy::circle(center, km, RING_VERTICES);
    // Unwrap longitudes so the ring is continuous around its centre, then cut it at ±180.
    let unwrapped: Vec<(f64, f64)> =
        ring.iter().map(|l| (center.lon + (l.lon - center.lon + 540.0).rem_euclid(360.0) - 180.0, l.lat)).collect();
    let pos = |pts: &[(f64, f64)], shift: f64| -> Vec<Vec<f64>> {
        pts.iter().map(|(x, y)| vec![round6(x + shift), round6(*y)]).collect()
    };
    let max = unwrapped.iter().map(|p| p.0).fold(f64::MIN, f64::max);
    let min = unwrapped.iter().map(|p| p.0).fold(f64::MAX, f64::min);
    if max <= 180.0 && min >= -180.0 {
        return Geometry::new(GeometryValue::new_polygon(vec![pos(&unwrapped, 0.0)]));
    }
    let cut = if max > 180.0 { 180.0 } else { -180.0 };
    let shift = if max > 180.0 { -360.0 } else { 360.0 };
    let west = clip(&unwrapped, cut, true);
    let east = clip(&unwrapped, cut, false);
    let (inside, outside) = if cut > 0.0 { (west, east) } else { (east, west) };
    Geometry::new(GeometryValue::new_multi_polygon(vec![vec![pos(&inside, 0.0)], vec![pos(&outside, shift)]]))
}

/// Sutherland–Hodgman clip of a closed ring to `lon <= cut` (`keep_below`) or `lon >= cut`; keeps orientation.
fn clip(ring: &[(f64, f64)], cut: f64, keep_below: bool) -> Vec<(f64, f64)> {
    let inside = |p: (f64, f64)| if keep_below { p.0 <= cut } else { p.0 >= cut };
    let mut out = Vec::new();
    for w in ring.windows(2) {
        let (a, b) = (w[0], w[1]);
        if inside(a) {
            out.push(a);
        }
        if inside(a) != inside(b) {
            let t = (cut - a.0) / (b.0 - a.0);
            out.push((cut, a.1 + t * (b.1 - a.1)));
        }
    }
    if let Some(&first) = out.first() {
        out.push(first);
    }
    out
}

fn place_features(incidents: &[Incident], gazetteer: &Gazetteer) -> Vec<Feature> {
    let used: std::collections::BTreeSet<&str> = incidents.iter().filter_map(|i| i.place.as_deref()).collect();
    let located: Vec<LatLon> = incidents.iter().flat_map(|i| [i.location, i.launch_location]).flatten().collect();
    let in_extent = |l: LatLon| {
        let (mut s, mut w, mut n, mut e) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in &located {
            (s, w, n, e) = (s.min(p.lat), w.min(p.lon), n.max(p.lat), e.max(p.lon));
        }
        !located.is_empty()
            && (s - EXTENT_MARGIN_DEG..=n + EXTENT_MARGIN_DEG).contains(&l.lat)
            && (w - EXTENT_MARGIN_DEG..=e + EXTENT_MARGIN_DEG).contains(&l.lon)
    };
    gazetteer
        .places()
        .iter()
        .filter(|p| used.contains(p.name.as_str()) || (p.kind.is_military() && in_extent(p.location)))
        .map(|p| {
            let pr = props(vec![
                ("id", JsonValue::from(p.id.clone())),
                ("name", JsonValue::from(p.name.clone())),
                ("kind", JsonValue::from(p.kind.as_str())),
                ("country", JsonValue::from(p.country.clone())),
                ("admin1", opt_str(p.admin1.as_deref())),
                ("source", JsonValue::from(p.source.clone())),
            ]);
            feature(Some(point(p.location)), pr)
        })
        .collect()
}

/// The incident properties plus `wkt`, `lat`, `lon` columns; nulls are empty cells.
fn incidents_csv(incidents: &[Incident]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let keys: Vec<String> = match incidents.first() {
        Some(i) => i.properties().keys().cloned().collect(),
        None => crate::model::PROPERTY_NAMES.iter().map(|s| s.to_string()).collect(),
    };
    let mut header = keys.clone();
    header.extend(["wkt", "lat", "lon"].map(String::from));
    w.write_record(&header)?;
    for i in incidents {
        let p = i.properties();
        let mut row: Vec<String> = keys
            .iter()
            .map(|k| match p.get(k) {
                None | Some(JsonValue::Null) => String::new(),
                Some(JsonValue::String(s)) => s.clone(),
                Some(v) => v.to_string(),
            })
            .collect();
        match i.location {
            Some(l) => row.extend([
                format!("POINT ({} {})", round6(l.lon), round6(l.lat)),
                round6(l.lat).to_string(),
                round6(l.lon).to_string(),
            ]),
            None => row.extend([String::new(), String::new(), String::new()]),
        }
        w.write_record(&row)?;
    }
    Ok(w.into_inner()?)
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

/// KML 2.2 placemarks for the located incidents.
fn incidents_kml(incidents: &[Incident]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>incmap incidents</name>\n",
    );
    for i in incidents {
        let Some(l) = i.location else { continue };
        let title = format!(
            "{} {} {}",
            i.date_string().unwrap_or_default(),
            i.weapon.as_str(),
            i.place.as_deref().unwrap_or("")
        );
        s.push_str(&format!("<Placemark>\n<name>{}</name>\n", xml_escape(title.trim())));
        if let Some(d) = i.date_string() {
            s.push_str(&format!("<TimeStamp><when>{d}</when></TimeStamp>\n"));
        }
        s.push_str("<ExtendedData>\n");
        for (k, v) in i.properties() {
            let v = match v {
                JsonValue::Null => continue,
                JsonValue::String(s) => s,
                v => v.to_string(),
            };
            s.push_str(&format!("<Data name=\"{}\"><value>{}</value></Data>\n", xml_escape(&k), xml_escape(&v)));
        }
        s.push_str(&format!(
            "</ExtendedData>\n<Point><coordinates>{},{}</coordinates></Point>\n</Placemark>\n",
            round6(l.lon),
            round6(l.lat)
        ));
    }
    s.push_str("</Document>\n</kml>\n");
    s
}
