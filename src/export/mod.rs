//! GIS layers: one GeoJSON file per layer (one geometry type each) with a QGIS `.qml` style beside it,
//! plus CSV and KML for people without a GIS. Every file is written atomically.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use geojson::{Feature, Geometry, GeometryValue, JsonObject, JsonValue};

mod styles;
pub mod text;

use crate::atomic::{AtomicFile, write_file_atomically};
use crate::gazetteer::Gazetteer;
use crate::geodesy;
use crate::model::{Incident, LatLon, round6};
use crate::store::{DerivedRow, DerivedRows};
use text::Cell;

/// The QGIS style of every layer, from the maps' palette: the same for the `.qml` files beside the
/// GeoJSON layers and the GeoPackage's `layer_styles`.
pub fn layer_styles() -> [(&'static str, String); 5] {
    [
        ("incidents", styles::incidents_qml()),
        ("launch_sites", include_str!("launch_sites.qml").to_string()),
        ("launch_lines", styles::launch_lines_qml()),
        ("range_rings", styles::range_rings_qml()),
        ("places", include_str!("places.qml").to_string()),
    ]
}

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

/// Writes every layer of `incidents` into `out_dir` (created if missing).
pub fn write_layers(
    incidents: &[Incident],
    gazetteer: &Gazetteer,
    out_dir: &Path,
    opts: &ExportOptions,
) -> Result<Summary> {
    let mut layers = LayerWriter::create(gazetteer, out_dir, opts)?;
    for i in incidents {
        layers.add(i)?;
    }
    layers.finish()
}

/// The layers being written as incidents come one at a time (say, streamed from a big store):
/// memory holds one incident's features, never a layer. Nothing replaces the files in `out_dir`
/// until [`LayerWriter::finish`], so a failed export leaves the old layers as they were.
pub struct LayerWriter<'g> {
    gazetteer: &'g Gazetteer,
    out_dir: PathBuf,
    place_rings: Vec<(LatLon, f64, String)>,
    incidents: LayerFile,
    launch_sites: LayerFile,
    launch_lines: LayerFile,
    range_rings: LayerFile,
    /// A ring was split at the antimeridian: the ring layer must become all MultiPolygons.
    split_ring: bool,
    csv: csv::Writer<AtomicFile>,
    csv_rows: usize,
    kml: AtomicFile,
    kml_placemarks: usize,
    /// What the places layer needs: the place names used and the extent of every located point.
    used_places: BTreeSet<String>,
    extent: Option<Extent>,
    /// A cell's text on its way into the CSV or KML.
    scratch: Vec<u8>,
    /// The KML placemark being written.
    placemark: Vec<u8>,
}

/// South, west, north, east in degrees.
type Extent = (f64, f64, f64, f64);

impl<'g> LayerWriter<'g> {
    /// Starts every layer file; refuses a ring place the gazetteer does not know before any work.
    pub fn create(gazetteer: &'g Gazetteer, out_dir: &Path, opts: &ExportOptions) -> Result<LayerWriter<'g>> {
        let place_rings = opts
            .rings
            .iter()
            .map(|r| {
                let place = gazetteer.resolve(&r.place).context("--ring-place")?;
                Ok((place.location, r.km, place.name.clone()))
            })
            .collect::<Result<_>>()?;
        std::fs::create_dir_all(out_dir).with_context(|| format!("{}: cannot create directory", out_dir.display()))?;
        let layer = |name: &str| LayerFile::create(&out_dir.join(format!("{name}.geojson")));
        let mut csv = csv::Writer::from_writer(AtomicFile::create(&out_dir.join("incidents.csv"))?);
        let header = crate::model::PROPERTY_NAMES.iter().copied().chain(["wkt", "lat", "lon"]);
        csv.write_record(header)?;
        let mut kml = AtomicFile::create(&out_dir.join("incidents.kml"))?;
        kml.write_all(KML_HEAD.as_bytes())?;
        Ok(LayerWriter {
            gazetteer,
            out_dir: out_dir.to_path_buf(),
            place_rings,
            incidents: layer("incidents")?,
            launch_sites: layer("launch_sites")?,
            launch_lines: layer("launch_lines")?,
            range_rings: layer("range_rings")?,
            split_ring: false,
            csv,
            csv_rows: 0,
            kml,
            kml_placemarks: 0,
            used_places: BTreeSet::new(),
            extent: None,
            scratch: Vec::new(),
            placemark: Vec::new(),
        })
    }

    /// Adds one incident to every layer it belongs in.
    pub fn add(&mut self, i: &Incident) -> Result<()> {
        self.add_with(i, None)
    }

    /// [`LayerWriter::add`], taking the incident's launch line and range ring from its rows in
    /// the store's derived layers when they still fit it (same columns, same end points or first
    /// vertex), instead of computing the geodesics again: the same bytes, without the cost.
    pub fn add_with(&mut self, i: &Incident, stored: Option<&DerivedRows>) -> Result<()> {
        // Unlocated incidents are kept with a null geometry (RFC 7946 allows it, QGIS shows them in
        // the attribute table) so the layer holds the whole dataset; the map simply does not draw them.
        let cells = text::incident_cells(i);
        self.incidents.push_with(|w| text::write_incident_feature(w, i, &cells))?;
        if let Some(at) = i.launch_location {
            let p = site_cells(i);
            self.launch_sites.push_with(|w| text::write_feature(w, Some(&text::point(at)), pairs(&p)))?;
        }
        if let (Some(from), Some(to)) = (i.launch_location, i.location) {
            let p = line_cells(i, from, to);
            let row = stored.and_then(|d| d.launch_line.as_ref());
            match row.and_then(|r| stored_line(r, &p, from, to)) {
                Some(g) => self.launch_lines.push_with(|w| text::write_feature(w, Some(g), pairs(&p)))?,
                None => self.launch_lines.push_with(|w| {
                    let line = geodesic_line(from, to).iter().map(|l| [round6(l.lon), round6(l.lat)]).collect();
                    text::write_feature(w, Some(&crate::store::Geometry::LineString(line)), pairs(&p))
                })?,
            }
        }
        if let Some((center, km, kind, name)) = ring_of(i) {
            let p = ring_cells(kind, km, name, i);
            let row = stored.and_then(|d| d.range_ring.as_ref());
            match row.and_then(|r| stored_ring(r, &p, center, km)) {
                Some(g) => self.range_rings.push_with(|w| text::write_feature(w, Some(&g), pairs(&p)))?,
                None => {
                    if let Some(f) = range_ring_feature(i) {
                        self.push_ring(f)?;
                    }
                }
            }
        }
        for c in &cells {
            self.scratch.clear();
            c.write_plain(&mut self.scratch)?;
            self.csv.write_field(&self.scratch)?;
        }
        match i.location {
            Some(l) => {
                let (lon, lat) = (round6(l.lon), round6(l.lat));
                self.csv.write_field(format!("POINT ({lon} {lat})"))?;
                self.csv.write_field(lat.to_string())?;
                self.csv.write_field(lon.to_string())?;
            }
            None => {
                for _ in 0..3 {
                    self.csv.write_field("")?;
                }
            }
        }
        self.csv.write_record(None::<&[u8]>)?;
        self.csv_rows += 1;
        let mut placemark = std::mem::take(&mut self.placemark);
        placemark.clear();
        if text::write_kml_placemark(&mut placemark, i, &cells, &mut self.scratch)? {
            self.kml.write_all(&placemark)?;
            self.kml_placemarks += 1;
        }
        self.placemark = placemark;
        if let Some(name) = &i.place
            && !self.used_places.contains(name)
        {
            self.used_places.insert(name.clone());
        }
        for l in [i.location, i.launch_location].into_iter().flatten() {
            let (s, w, n, e) = self.extent.unwrap_or((l.lat, l.lon, l.lat, l.lon));
            self.extent = Some((s.min(l.lat), w.min(l.lon), n.max(l.lat), e.max(l.lon)));
        }
        Ok(())
    }

    fn push_ring(&mut self, f: Feature) -> Result<()> {
        self.split_ring |= is_multipolygon(&f);
        self.range_rings.push(&f)
    }

    /// Writes the rings around places and the places layer, then replaces every file at once.
    pub fn finish(mut self) -> Result<Summary> {
        for (at, km, name) in std::mem::take(&mut self.place_rings) {
            self.push_ring(feature(Some(ring_geometry(at, km)), ring_props("place_ring", km, &name, None)))?;
        }
        let mut places = LayerFile::create(&self.out_dir.join("places.geojson"))?;
        for f in place_features(&self.used_places, self.extent, self.gazetteer) {
            places.push(&f)?;
        }
        // One geometry type per layer: if any ring had to be split, all become MultiPolygons.
        let rings = if self.split_ring { self.range_rings.into_multipolygons()? } else { self.range_rings };
        let mut summary = Summary::default();
        let [incidents_qml, launch_sites_qml, launch_lines_qml, range_rings_qml, places_qml] =
            layer_styles().map(|(_, qml)| qml);
        for (name, layer, qml) in [
            ("incidents", self.incidents, incidents_qml),
            ("launch_sites", self.launch_sites, launch_sites_qml),
            ("launch_lines", self.launch_lines, launch_lines_qml),
            ("range_rings", rings, range_rings_qml),
            ("places", places, places_qml),
        ] {
            let path = layer.path.clone();
            let n = layer.commit()?;
            write_file_atomically(&self.out_dir.join(format!("{name}.qml")), qml.as_bytes())?;
            summary.files.push((path, n));
        }
        let csv_path = self.out_dir.join("incidents.csv");
        self.csv
            .into_inner()
            .map_err(|e| e.into_error())
            .with_context(|| format!("{}: cannot write", csv_path.display()))?
            .commit()?;
        summary.files.push((csv_path, self.csv_rows));
        self.kml.write_all(b"</Document>\n</kml>\n")?;
        self.kml.commit()?;
        summary.files.push((self.out_dir.join("incidents.kml"), self.kml_placemarks));
        Ok(summary)
    }
}

/// A GeoJSON FeatureCollection written a feature per line (so it can be read back a line at a time).
struct LayerFile {
    path: PathBuf,
    file: AtomicFile,
    count: usize,
    /// The feature being written.
    buf: Vec<u8>,
}

impl LayerFile {
    fn create(path: &Path) -> Result<LayerFile> {
        let mut file = AtomicFile::create(path)?;
        file.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")?;
        Ok(LayerFile { path: path.to_path_buf(), file, count: 0, buf: Vec::new() })
    }

    fn push(&mut self, f: &Feature) -> Result<()> {
        self.push_with(|w| serde_json::to_writer(w, f).map_err(std::io::Error::from))
    }

    /// Adds a feature that `write` writes as text (see [`text`]), into memory first: one write
    /// of the file a feature, not one per number.
    fn push_with(&mut self, write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> Result<()> {
        self.buf.clear();
        self.buf.extend_from_slice(if self.count == 0 { b"\n" } else { b",\n" });
        write(&mut self.buf)?;
        self.file.write_all(&self.buf)?;
        self.count += 1;
        Ok(())
    }

    /// The same layer with every Polygon made a MultiPolygon, read back from what was written.
    fn into_multipolygons(mut self) -> Result<LayerFile> {
        self.file.flush()?;
        let written = BufReader::new(self.file.reopen()?);
        let mut out = LayerFile::create(&self.path)?;
        for line in written.lines().skip(1) {
            let line = line?;
            let mut f: Feature = serde_json::from_str(line.trim_end_matches(','))?;
            if let Some(GeometryValue::Polygon { coordinates }) = f.geometry.as_ref().map(|g| g.value.clone()) {
                f.geometry = Some(Geometry::new(GeometryValue::new_multi_polygon(vec![coordinates])));
            }
            out.push(&f)?;
        }
        Ok(out)
    }

    /// Closes the collection and replaces the file; the number of features.
    fn commit(mut self) -> Result<usize> {
        self.file.write_all(if self.count == 0 { b"]}\n" } else { b"\n]}\n" })?;
        self.file.commit()?;
        Ok(self.count)
    }
}

fn is_multipolygon(f: &Feature) -> bool {
    matches!(f.geometry.as_ref().map(|g| &g.value), Some(GeometryValue::MultiPolygon { .. }))
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

fn incident_ref(i: &Incident) -> Vec<(&'static str, JsonValue)> {
    vec![
        ("incident_id", JsonValue::from(i.id.clone())),
        ("date", i.date_string().map(JsonValue::from).unwrap_or(JsonValue::Null)),
        ("weapon", JsonValue::from(i.weapon.as_str())),
        ("place", opt_str(i.place.as_deref())),
    ]
}

pub fn launch_site_feature(i: &Incident) -> Option<Feature> {
    let at = i.launch_location?;
    let mut p = incident_ref(i);
    p.push(("launch_site", opt_str(i.launch_site.as_deref())));
    p.push(("launch_distance_km", opt_km(i.launch_distance_km)));
    Some(feature(Some(point(at)), props(p)))
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

pub fn launch_line_feature(i: &Incident) -> Option<Feature> {
    let (from, to) = (i.launch_location?, i.location?);
    let line: Vec<Vec<f64>> = geodesic_line(from, to).iter().map(|l| vec![round6(l.lon), round6(l.lat)]).collect();
    let mut p = incident_ref(i);
    p.push(("launch_site", opt_str(i.launch_site.as_deref())));
    p.push(("distance_km", opt_km(Some(geodesy::distance_km(from, to)))));
    Some(feature(Some(Geometry::new(GeometryValue::new_line_string(line))), props(p)))
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

/// The ring of an incident's stated range: around its launch site when placed, else around the
/// target (where it could have come from).
pub fn range_ring_feature(i: &Incident) -> Option<Feature> {
    let (center, km, kind, name) = ring_of(i)?;
    Some(feature(Some(ring_geometry(center, km)), ring_props(kind, km, name, Some(i))))
}

/// The centre, radius, kind and centre's name of an incident's range ring, if it has one.
fn ring_of(i: &Incident) -> Option<(LatLon, f64, &'static str, &str)> {
    let km = i.range_km.filter(|k| k.is_finite() && *k > 0.0)?;
    fn name(n: &Option<String>) -> &str {
        n.as_deref().unwrap_or_default()
    }
    match (i.launch_location, i.location) {
        (Some(l), _) => Some((l, km, "weapon_range_from_launch", name(&i.launch_site))),
        (None, Some(t)) => Some((t, km, "possible_origin", name(&i.place))),
        (None, None) => None,
    }
}

/// Properties in key order, as [`text::write_feature`] takes them.
fn pairs<'a, const N: usize>(p: &'a [(&'static str, Cell<'a>); N]) -> impl Iterator<Item = (&'a str, &'a Cell<'a>)> {
    p.iter().map(|(k, v)| (*k, v))
}

fn date_cell(i: &Incident) -> Cell<'static> {
    i.date_string().map_or(Cell::Null, Cell::Owned)
}

fn opt_str_cell(v: Option<&str>) -> Cell<'_> {
    v.filter(|s| !s.trim().is_empty()).map_or(Cell::Null, Cell::Str)
}

fn km_cell(v: Option<f64>) -> Cell<'static> {
    match v.filter(|x| x.is_finite()).map(|x| (x * 1000.0).round() / 1000.0) {
        Some(x) if x.is_finite() => Cell::Float(x),
        _ => Cell::Null,
    }
}

/// The properties of [`launch_site_feature`], in key order.
fn site_cells(i: &Incident) -> [(&'static str, Cell<'_>); 6] {
    [
        ("date", date_cell(i)),
        ("incident_id", Cell::Str(&i.id)),
        ("launch_distance_km", km_cell(i.launch_distance_km)),
        ("launch_site", opt_str_cell(i.launch_site.as_deref())),
        ("place", opt_str_cell(i.place.as_deref())),
        ("weapon", Cell::Str(i.weapon.as_str())),
    ]
}

/// The properties of [`launch_line_feature`], in key order.
fn line_cells(i: &Incident, from: LatLon, to: LatLon) -> [(&'static str, Cell<'_>); 6] {
    [
        ("date", date_cell(i)),
        ("distance_km", km_cell(Some(geodesy::distance_km(from, to)))),
        ("incident_id", Cell::Str(&i.id)),
        ("launch_site", opt_str_cell(i.launch_site.as_deref())),
        ("place", opt_str_cell(i.place.as_deref())),
        ("weapon", Cell::Str(i.weapon.as_str())),
    ]
}

/// The properties of [`range_ring_feature`], in key order.
fn ring_cells<'a>(kind: &'static str, km: f64, center: &'a str, i: &'a Incident) -> [(&'static str, Cell<'a>); 6] {
    [
        ("center", Cell::Str(center)),
        ("date", date_cell(i)),
        ("incident_id", Cell::Str(&i.id)),
        ("radius_km", km_cell(Some(km))),
        ("ring_kind", Cell::Str(kind)),
        ("weapon", Cell::Str(i.weapon.as_str())),
    ]
}

/// Whether a stored row's columns (named in its table) hold the values of `cells`.
fn columns_match(table: &crate::store::FeatureTable, row: &DerivedRow, cells: &[(&'static str, Cell<'_>)]) -> bool {
    use rusqlite::types::Value as V;
    table.columns.len() == row.columns.len()
        && table.columns.iter().zip(&row.columns).all(|((name, _), v)| {
            cells.iter().find(|(k, _)| k == name).is_some_and(|(_, c)| match (c, v) {
                (Cell::Null, V::Null) => true,
                (Cell::Str(_) | Cell::Owned(_), V::Text(t)) => Some(t.as_str()) == c_str(c),
                (Cell::Float(x), V::Real(y)) => x == y,
                (Cell::UInt(n), V::Integer(m)) => i64::try_from(*n) == Ok(*m),
                _ => false,
            })
        })
}

fn c_str<'a>(c: &'a Cell<'_>) -> Option<&'a str> {
    match c {
        Cell::Str(s) => Some(s),
        Cell::Owned(s) => Some(s),
        _ => None,
    }
}

/// The stored launch line, if its columns are the incident's and it runs between the incident's
/// points, with as many vertices as [`geodesic_line`] gives.
fn stored_line<'r>(
    row: &'r DerivedRow,
    cells: &[(&'static str, Cell<'_>)],
    from: LatLon,
    to: LatLon,
) -> Option<&'r crate::store::Geometry> {
    let crate::store::Geometry::LineString(line) = &row.geometry else { return None };
    let steps = (geodesy::distance_km(from, to) / LINE_STEP_KM).ceil().max(1.0) as usize;
    let ends = line.first() == Some(&[round6(from.lon), round6(from.lat)])
        && line.last() == Some(&[round6(to.lon), round6(to.lat)]);
    (ends && line.len() == steps + 1 && columns_match(&crate::store::LAUNCH_LINES, row, cells)).then_some(&row.geometry)
}

/// The stored range ring as the Polygon the layer writes, if its columns are the incident's and
/// it is one ring of [`RING_VERTICES`] starting where [`ring_geometry`] starts (a ring split at
/// the antimeridian is computed again).
fn stored_ring(
    row: &DerivedRow,
    cells: &[(&'static str, Cell<'_>)],
    center: LatLon,
    km: f64,
) -> Option<crate::store::Geometry> {
    let crate::store::Geometry::MultiPolygon(parts) = &row.geometry else { return None };
    let [rings] = &parts[..] else { return None };
    let [ring] = &rings[..] else { return None };
    let first = unwrapped(center, geodesy::destination(center, 360.0, km));
    let starts = ring.first() == Some(&[round6(first.0), round6(first.1)]);
    let fits = starts
        && ring.len() == RING_VERTICES + 1
        && ring.first() == ring.last()
        && (-180.0..=180.0).contains(&ring[0][0]);
    (fits && columns_match(&crate::store::RANGE_RINGS, row, cells))
        .then(|| crate::store::Geometry::Polygon(rings.clone()))
}

/// A ring vertex's (lon, lat) with its longitude continuous around the centre.
fn unwrapped(center: LatLon, l: LatLon) -> (f64, f64) {
    (center.lon + (l.lon - center.lon + 540.0).rem_euclid(360.0) - 180.0, l.lat)
}

/// A geodesic circle as a GeoJSON Polygon, or a MultiPolygon split at the antimeridian (RFC 7946 §3.1.9).
pub fn ring_geometry(center: LatLon, km: f64) -> Geometry {
    let ring = geodesy::circle(center, km, RING_VERTICES);
    // Unwrap longitudes so the ring is continuous around its centre, then cut it at ±180.
    let unwrapped: Vec<(f64, f64)> = ring.iter().map(|l| unwrapped(center, *l)).collect();
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

/// The gazetteer places the incidents name, and the military sites in (or near) their extent.
fn place_features(used: &BTreeSet<String>, extent: Option<Extent>, gazetteer: &Gazetteer) -> Vec<Feature> {
    let m = EXTENT_MARGIN_DEG;
    let in_extent = |l: LatLon| {
        extent.is_some_and(|(s, w, n, e)| (s - m..=n + m).contains(&l.lat) && (w - m..=e + m).contains(&l.lon))
    };
    gazetteer
        .places()
        .iter()
        .filter(|p| used.contains(p.name.as_str()) || (p.kind.is_military() && in_extent(p.location)))
        .map(place_feature)
        .collect()
}

/// A gazetteer place as a feature of the `places` layer.
pub fn place_feature(p: &crate::gazetteer::Place) -> Feature {
    let pr = props(vec![
        ("id", JsonValue::from(p.id.clone())),
        ("name", JsonValue::from(p.name.clone())),
        ("kind", JsonValue::from(p.kind.as_str())),
        ("country", JsonValue::from(p.country.clone())),
        ("admin1", opt_str(p.admin1.as_deref())),
        ("source", JsonValue::from(p.source.clone())),
        // The year the site closed (camps of the US years); null while it stands.
        ("until", p.until.map_or(JsonValue::Null, JsonValue::from)),
    ]);
    feature(Some(point(p.location)), pr)
}

const KML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>incmap incidents</name>\n";

#[cfg(test)]
mod tests {
    //! The layers' text written straight from values ([`text`]) is the text serialising the
    //! features gives, and the CSV and KML of the writers that built a JSON map per incident.
    use super::*;
    use crate::model::{DatePrecision, GeoPrecision, PROPERTY_NAMES, Role, Weapon};

    /// The reference: the incident properties (in [`PROPERTY_NAMES`] order) plus `wkt`, `lat`, `lon` columns; nulls
    /// are empty cells.
    fn csv_row(i: &Incident) -> Vec<String> {
        let p = i.properties();
        let mut row: Vec<String> = PROPERTY_NAMES
            .iter()
            .map(|k| match p.get(*k) {
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
        row
    }

    fn xml_escape(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
    }

    /// The reference: a KML 2.2 placemark for a located incident.
    fn kml_placemark(i: &Incident) -> Option<String> {
        let l = i.location?;
        let title = format!(
            "{} {} {}",
            i.date_string().unwrap_or_default(),
            i.weapon.as_str(),
            i.place.as_deref().unwrap_or("")
        );
        let mut s = format!("<Placemark>\n<name>{}</name>\n", xml_escape(title.trim()));
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
        Some(s)
    }

    fn incidents() -> Vec<Incident> {
        let base = Incident {
            id: "a-1".into(),
            source: "a.txt".into(),
            sources: vec!["a.txt".into(), "b <&> \"c\".txt".into()],
            date: chrono::NaiveDate::from_ymd_opt(2021, 2, 15),
            date_precision: Some(DatePrecision::Day),
            place: Some("Erbil International Airport".into()),
            place_text: Some("Erbil's airport".into()),
            country: Some("IQ".into()),
            geo_precision: Some(GeoPrecision::Site),
            location: Some(LatLon::new(36.2375, 43.963056)),
            weapon: Weapon::Rocket,
            count_min: Some(3),
            count_max: Some(14),
            killed: Some(1),
            injured: Some(6),
            injured_max: Some(9),
            claimed_by: Some("Saraya \u{201c}Awliya\u{201d} al-Dam".into()),
            launch_site: Some("a field <south> & west".into()),
            launch_distance_km: Some(7.51234),
            launch_bearing_deg: Some(211.26),
            launch_location: Some(LatLon::new(36.1900004, 43.9000006)),
            range_km: Some(40.0),
            evidence: Some("Three rockets fell.\nTabs\there, 'quotes' and \u{0}".into()),
            reports: 2,
            ..Default::default()
        };
        vec![
            base.clone(),
            Incident { id: "b-1".into(), location: None, launch_location: None, range_km: Some(1e-7), ..base.clone() },
            Incident {
                id: "c-1".into(),
                date: None,
                date_precision: None,
                place: Some("   ".into()),
                role: Role::Background,
                launch_location: None,
                location: Some(LatLon::new(-0.0000004, 179.9)),
                range_km: Some(120.0),
                launch_distance_km: Some(f64::NAN),
                launch_bearing_deg: Some(1e300),
                count_min: Some(u32::MAX),
                reports: 0,
                ..base.clone()
            },
            Incident { id: "d-1".into(), ..Default::default() },
        ]
    }

    #[test]
    fn incident_features_are_the_serialised_features() {
        for i in incidents() {
            let mut out = Vec::new();
            text::write_incident_feature(&mut out, &i, &text::incident_cells(&i)).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&i.to_feature()).unwrap(), "{}", i.id);
        }
    }

    #[test]
    fn csv_and_kml_are_the_reference_writers_text() {
        let dir = tempfile::tempdir().unwrap();
        let mut layers =
            LayerWriter::create(crate::gazetteer::Gazetteer::embedded(), dir.path(), &Default::default()).unwrap();
        let mut csv_want = csv::Writer::from_writer(Vec::new());
        csv_want.write_record(PROPERTY_NAMES.iter().copied().chain(["wkt", "lat", "lon"])).unwrap();
        let mut kml_want = KML_HEAD.to_string();
        for i in incidents() {
            layers.add(&i).unwrap();
            csv_want.write_record(csv_row(&i)).unwrap();
            kml_want.push_str(&kml_placemark(&i).unwrap_or_default());
        }
        kml_want.push_str("</Document>\n</kml>\n");
        layers.finish().unwrap();
        let csv_got = std::fs::read(dir.path().join("incidents.csv")).unwrap();
        assert_eq!(String::from_utf8(csv_got).unwrap(), String::from_utf8(csv_want.into_inner().unwrap()).unwrap());
        assert_eq!(std::fs::read_to_string(dir.path().join("incidents.kml")).unwrap(), kml_want);
    }

    /// Each layer's features as serialising the features of `launch_site_feature`,
    /// `launch_line_feature` and `range_ring_feature` gives them, whether the geodesics are
    /// computed or taken from stored rows.
    #[test]
    fn derived_features_are_the_serialised_features_computed_or_stored() {
        let all = incidents();
        let want = |f: fn(&Incident) -> Option<Feature>| -> Vec<String> {
            all.iter().filter_map(f).map(|f| serde_json::to_string(&f).unwrap()).collect()
        };
        fn stored(i: &Incident) -> DerivedRows {
            let row = |table: &crate::store::FeatureTable, f: Option<Feature>| {
                let f = f?;
                let mut g = crate::store::Geometry::from_geojson(f.geometry.as_ref()?)?;
                if table.geometry_type == "MULTIPOLYGON" {
                    g = g.into_multi();
                }
                let p = f.properties.as_ref()?;
                let columns = table
                    .columns
                    .iter()
                    .map(|(n, _)| match p.get(*n) {
                        Some(JsonValue::String(s)) => rusqlite::types::Value::Text(s.clone()),
                        Some(JsonValue::Number(n)) => rusqlite::types::Value::Real(n.as_f64().unwrap()),
                        _ => rusqlite::types::Value::Null,
                    })
                    .collect();
                Some(DerivedRow { geometry: g, columns })
            };
            DerivedRows {
                launch_site: row(&crate::store::LAUNCH_SITES, launch_site_feature(i)),
                launch_line: row(&crate::store::LAUNCH_LINES, launch_line_feature(i)),
                range_ring: row(&crate::store::RANGE_RINGS, range_ring_feature(i)),
            }
        }
        // A stored row that no longer fits (another radius, moved points) is not used.
        fn stale(i: &Incident) -> DerivedRows {
            let moved = Incident {
                range_km: i.range_km.map(|k| k + 1.0),
                launch_location: i.launch_location.map(|l| LatLon::new(l.lat + 0.01, l.lon)),
                location: i.location.map(|l| LatLon::new(l.lat, l.lon + 0.01)),
                ..i.clone()
            };
            stored(&moved)
        }
        for (how, rows) in [
            ("computed", None),
            ("stored", Some(stored as fn(&Incident) -> DerivedRows)),
            ("stale", Some(stale as fn(&Incident) -> DerivedRows)),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let mut layers =
                LayerWriter::create(crate::gazetteer::Gazetteer::embedded(), dir.path(), &Default::default()).unwrap();
            for i in &all {
                layers.add_with(i, rows.map(|r| r(i)).as_ref()).unwrap();
            }
            layers.finish().unwrap();
            let got = |name: &str| -> Vec<String> {
                let text = std::fs::read_to_string(dir.path().join(name)).unwrap();
                text.lines()
                    .skip(1)
                    .filter(|l| l.starts_with('{'))
                    .map(|l| l.trim_end_matches(',').to_string())
                    .collect()
            };
            assert_eq!(got("launch_sites.geojson"), want(launch_site_feature), "{how}");
            assert_eq!(got("launch_lines.geojson"), want(launch_line_feature), "{how}");
            let rings = got("range_rings.geojson");
            assert_eq!(rings.len(), 2, "{how}");
            // The ring across the antimeridian makes every ring a MultiPolygon.
            let multi = |f: Option<Feature>| {
                let mut f = f?;
                if let Some(GeometryValue::Polygon { coordinates }) = f.geometry.as_ref().map(|g| g.value.clone()) {
                    f.geometry = Some(Geometry::new(GeometryValue::new_multi_polygon(vec![coordinates])));
                }
                Some(serde_json::to_string(&f).unwrap())
            };
            assert_eq!(rings, all.iter().filter_map(|i| multi(range_ring_feature(i))).collect::<Vec<_>>(), "{how}");
        }
    }

    #[test]
    fn a_stored_ring_is_used_only_while_it_fits() {
        let i = &incidents()[0];
        let (center, km, kind, name) = ring_of(i).unwrap();
        let cells = ring_cells(kind, km, name, i);
        let f = range_ring_feature(i).unwrap();
        let g = crate::store::Geometry::from_geojson(f.geometry.as_ref().unwrap()).unwrap().into_multi();
        let columns: Vec<rusqlite::types::Value> = crate::store::RANGE_RINGS
            .columns
            .iter()
            .map(|(n, _)| match &f.properties.as_ref().unwrap()[*n] {
                JsonValue::String(s) => rusqlite::types::Value::Text(s.clone()),
                JsonValue::Number(n) => rusqlite::types::Value::Real(n.as_f64().unwrap()),
                _ => rusqlite::types::Value::Null,
            })
            .collect();
        let row = DerivedRow { geometry: g, columns };
        assert!(stored_ring(&row, &cells, center, km).is_some());
        assert!(stored_ring(&row, &cells, center, km + 0.001).is_none(), "another radius");
        assert!(stored_ring(&row, &cells, LatLon::new(center.lat, center.lon + 1e-5), km).is_none(), "moved");
        let other = ring_cells(kind, km, "elsewhere", i);
        assert!(stored_ring(&row, &other, center, km).is_none(), "another centre's name");
    }
}
