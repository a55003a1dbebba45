//! `incmap near`, `nearest`, `bases`, `bbox`, `exposure`, `threat`: proximity queries over the store
//! and the gazetteer, printed as a table, JSON, CSV or GeoJSON.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use geojson::{Feature, Geometry, GeometryValue, JsonObject, JsonValue};

use incmap::gazetteer::{Gazetteer, Place, PlaceKind, normalize};
use incmap::geodesy::bearing_deg;
use incmap::index::{BBox, Filter, Index, Near, RadiusSearch, exposure, nearest_base};
use incmap::model::{DatePrecision, Incident, LatLon, Weapon, round6};
use incmap::store::corners;
use incmap::weapons::{WeaponSystem, WeaponTable};

/// The store `incmap map` writes.
pub const DEFAULT_STORE: &str = "output/incmap.gpkg";

#[derive(clap::Args)]
pub struct Store {
    /// The incident store (a GeoPackage; a GeoJSON FeatureCollection of incidents is read too).
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
}

#[derive(clap::Args)]
pub struct Where {
    /// A gazetteer place name, any spelling the gazetteer knows.
    #[arg(long, required_unless_present = "lat", conflicts_with_all = ["lat", "lon"])]
    place: Option<String>,
    /// Latitude in degrees (WGS84), with --lon.
    #[arg(long, requires = "lon", allow_negative_numbers = true)]
    lat: Option<f64>,
    /// Longitude in degrees (WGS84), with --lat.
    #[arg(long, requires = "lat", allow_negative_numbers = true)]
    lon: Option<f64>,
}

#[derive(clap::Args)]
pub struct When {
    /// Only incidents on or after this day (YYYY-MM-DD); a month or year date counts if it overlaps.
    #[arg(long)]
    since: Option<NaiveDate>,
    /// Only incidents on or before this day (YYYY-MM-DD).
    #[arg(long)]
    until: Option<NaiveDate>,
    /// Only incidents with this weapon (repeatable): rocket, missile, drone, mortar, airstrike, ...
    #[arg(long)]
    weapon: Vec<Weapon>,
}

#[derive(clap::Args)]
pub struct Output {
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

#[derive(clap::Args)]
pub struct Range {
    /// The radius is this weapon's range from the weapon table: a name or alias such as "122mm Grad",
    /// "Katyusha" or "Fateh-110".
    #[arg(long, value_name = "WEAPON", visible_alias = "within-range-of", conflicts_with = "km")]
    range_of: Option<String>,
    /// A weapons file (TSV, as gazetteer/weapons.tsv) to use instead of the built-in table.
    #[arg(long, value_name = "FILE", requires = "range_of")]
    weapons: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    Geojson,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: Store,
    #[command(flatten)]
    at: Where,
    /// Search radius in km (geodesic, WGS84).
    #[arg(long, value_parser = distance, required_unless_present = "range_of")]
    km: Option<f64>,
    #[command(flatten)]
    range: Range,
    #[command(flatten)]
    when: When,
    /// List the gazetteer places inside the radius instead of incidents.
    #[arg(long)]
    places: bool,
    /// With --places: only places of this kind (repeatable): airbase, base, airport, city, ...
    #[arg(long, requires = "places")]
    kind: Vec<PlaceKind>,
    #[command(flatten)]
    out: Output,
}

#[derive(clap::Args)]
pub struct NearestArgs {
    #[command(flatten)]
    store: Store,
    #[command(flatten)]
    at: Where,
    /// How many incidents.
    #[arg(short, long, default_value_t = 10)]
    n: usize,
    #[command(flatten)]
    when: When,
    #[command(flatten)]
    out: Output,
}

#[derive(clap::Args)]
pub struct BasesArgs {
    #[command(flatten)]
    store: Store,
    #[command(flatten)]
    when: When,
    /// Only incidents at most this far (km) from their nearest base.
    #[arg(long, value_parser = distance)]
    max_km: Option<f64>,
    #[command(flatten)]
    out: Output,
}

#[derive(clap::Args)]
pub struct BboxArgs {
    #[command(flatten)]
    store: Store,
    /// west,south,east,north in degrees; west > east crosses the antimeridian.
    #[arg(long, allow_hyphen_values = true)]
    bbox: String,
    #[command(flatten)]
    when: When,
    #[command(flatten)]
    out: Output,
}

#[derive(clap::Args)]
pub struct ExposureArgs {
    #[command(flatten)]
    store: Store,
    /// Count attacks within this many km of each place.
    #[arg(long, value_parser = distance)]
    km: f64,
    #[command(flatten)]
    when: When,
    /// Places of this kind (repeatable); default: where forces are based (airbase, base, airport).
    #[arg(long)]
    kind: Vec<PlaceKind>,
    #[command(flatten)]
    out: Output,
}

#[derive(clap::Args)]
pub struct ThreatArgs {
    /// The launch site: a gazetteer place.
    #[arg(long, conflicts_with_all = ["lat", "lon", "incident"])]
    place: Option<String>,
    #[arg(long, requires = "lon", allow_negative_numbers = true, conflicts_with = "incident")]
    lat: Option<f64>,
    #[arg(long, requires = "lat", allow_negative_numbers = true)]
    lon: Option<f64>,
    /// The launch site stated in this incident of the store (its launch_lat/launch_lon; its range_km
    /// when --km is not given).
    #[arg(long)]
    incident: Option<String>,
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
    /// The weapon's range in km.
    #[arg(long, alias = "weapon-range-km", value_parser = distance)]
    km: Option<f64>,
    #[command(flatten)]
    range: Range,
    /// Places of this kind (repeatable); default: where forces are based (airbase, base, airport).
    #[arg(long)]
    kind: Vec<PlaceKind>,
    #[command(flatten)]
    out: Output,
}

/// A distance in km: a number, not negative.
fn distance(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(km) if km >= 0.0 => Ok(km),
        _ => Err(format!("{s:?} is not a distance in km (a number >= 0)")),
    }
}

impl When {
    fn filter(&self) -> Filter {
        Filter { since: self.since, until: self.until, weapons: self.weapon.clone() }
    }
}

/// The query point and how to name it.
fn locate(g: &Gazetteer, place: Option<&str>, lat: Option<f64>, lon: Option<f64>) -> Result<(LatLon, String)> {
    if let Some(name) = place {
        let p = g.resolve(name)?;
        return Ok((p.location, p.name.clone()));
    }
    let (Some(lat), Some(lon)) = (lat, lon) else { bail!("give --place or --lat and --lon") };
    let at = LatLon::new(lat, lon);
    if !at.is_valid() {
        bail!("--lat {lat} --lon {lon} is not a coordinate (-90..90, -180..180)");
    }
    Ok((at, format!("{lat}, {lon}")))
}

impl Range {
    /// The range of the `--range-of` weapon (km) and how to name it, if one is given.
    fn km(&self) -> Result<Option<(f64, String)>> {
        let Some(name) = &self.range_of else { return Ok(None) };
        let table = match &self.weapons {
            Some(path) => &WeaponTable::from_path(path)?,
            None => WeaponTable::embedded(),
        };
        let w = weapon(table, name)?;
        let km = w.range_km.with_context(|| format!("no range is known for {}; give --km", w.name))?;
        Ok(Some((km, format!("the range of the {}", w.name))))
    }
}

/// The weapon system a name means: one whose name or alias it is, else the only one whose names it
/// mentions as whole words ("122mm Grad"); otherwise an error listing the nearest names.
fn weapon<'t>(table: &'t WeaponTable, name: &str) -> Result<&'t WeaponSystem> {
    if let Some(w) = table.lookup(name) {
        return Ok(w);
    }
    let key = normalize(name);
    let names = |w: &'t WeaponSystem| std::iter::once(&w.name).chain(&w.aliases).map(|a| normalize(a));
    let padded = format!(" {key} ");
    let mentioned: Vec<&WeaponSystem> = table
        .systems()
        .iter()
        .filter(|w| names(w).any(|a| !a.is_empty() && padded.contains(&format!(" {a} "))))
        .collect();
    match mentioned[..] {
        [w] => return Ok(w),
        [_, _, ..] => {
            let list: Vec<&str> = mentioned.iter().map(|w| w.name.as_str()).collect();
            bail!("{name:?} names more than one weapon: {}", list.join(", "));
        }
        [] => {}
    }
    let mut scored: Vec<(f64, &WeaponSystem)> = table
        .systems()
        .iter()
        .map(|w| (names(w).map(|a| strsim::jaro_winkler(&key, &a)).fold(0.0, f64::max), w))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let close: Vec<String> = scored
        .iter()
        .take_while(|(score, _)| *score >= 0.75)
        .take(5)
        .map(|(_, w)| match (w.aliases.first(), w.range_km) {
            (Some(alias), Some(km)) => format!("{alias} ({}, {km} km)", w.name),
            (Some(alias), None) => format!("{alias} ({})", w.name),
            (None, _) => w.name.clone(),
        })
        .collect();
    if close.is_empty() {
        let all: Vec<&str> = table.systems().iter().map(|w| w.name.as_str()).collect();
        bail!("no weapon named {name:?} in the weapon table; it knows: {}", all.join(", "));
    }
    bail!("no weapon named {name:?} in the weapon table; close names: {}", close.join("; "))
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}

pub fn run(a: Args) -> Result<()> {
    let g = a.out.gazetteer.load()?;
    let (at, name) = locate(g, a.at.place.as_deref(), a.at.lat, a.at.lon)?;
    let (km, radius) = match (a.km, a.range.km()?) {
        (Some(km), _) => (km, format!("{km} km")),
        (None, Some((km, weapon))) => (km, format!("{km} km ({weapon})")),
        (None, None) => bail!("give --km or --range-of"),
    };
    if a.places {
        let index = Index::new(g.places());
        let found = index.within(at, km, |p| a.kind.is_empty() || a.kind.contains(&p.kind));
        eprintln!("{} within {radius} of {name}", plural(found.len(), "place"));
        return print(&place_rows(&found), a.out.format);
    }
    let filter = a.when.filter();
    // Only what lies in the circle's boxes is read (through the store's R-tree); the index ranks it.
    let boxes: Vec<[f64; 4]> = RadiusSearch::new(at, km).boxes().iter().map(corners).collect();
    let incidents = incmap::store::load_in_boxes(&a.store.store, &boxes, |i| filter.matches(i))?;
    let found = Index::new(&incidents).within(at, km, |i| filter.matches(i));
    eprintln!("{} within {radius} of {name}", plural(found.len(), "incident"));
    print(&incident_rows(&found), a.out.format)
}

pub fn run_nearest(a: NearestArgs) -> Result<()> {
    let g = a.out.gazetteer.load()?;
    let (at, name) = locate(g, a.at.place.as_deref(), a.at.lat, a.at.lon)?;
    let filter = a.when.filter();
    // A few more than N are read (through the R-tree); the index gives the exact ranking.
    let incidents = incmap::store::load_nearest(&a.store.store, at, a.n, |i| filter.matches(i))?;
    let found = Index::new(&incidents).nearest(at, a.n, |i| filter.matches(i));
    eprintln!("the {} nearest to {name}", plural(found.len(), "incident"));
    print(&incident_rows(&found), a.out.format)
}

pub fn run_bases(a: BasesArgs) -> Result<()> {
    let g = a.out.gazetteer.load()?;
    if !g.places().iter().any(|p| p.kind.hosts_forces()) {
        bail!("the gazetteer has no bases (places of kind airbase, base or airport)");
    }
    let places = Index::new(g.places());
    let filter = a.when.filter();
    // A row per incident, printed as it is read: a big store is neither held nor listed in memory.
    let mut out = RowWriter::new(a.out.format);
    incmap::store::for_each(&a.store.store, |i| {
        let Some(at) = i.location.filter(|_| filter.matches(&i)) else { return Ok(()) };
        let Some(base) = nearest_base(at, &places).filter(|b| a.max_km.is_none_or(|m| b.km <= m)) else {
            return Ok(());
        };
        let row = Row {
            at: Some(at),
            cells: vec![
                ("base", base.item.name.clone().into()),
                ("base_km", km3(base.km)),
                // From the base to the incident: "5 km north-east of the base".
                (
                    "bearing_from_base",
                    if base.km > 0.0 { deg1(bearing_deg(base.item.location, at)) } else { JsonValue::Null },
                ),
                ("date", date_cell(&i)),
                ("place", opt_str(&i.place)),
                ("weapon", i.weapon.as_str().into()),
                ("killed", i.killed.into()),
                ("injured", i.injured.into()),
                ("id", i.id.into()),
            ],
        };
        out.push(&row)
    })?;
    eprintln!("{} with their nearest base", plural(out.rows, "incident"));
    out.finish()
}

pub fn run_bbox(a: BboxArgs) -> Result<()> {
    let bbox = BBox::parse(&a.bbox).map_err(anyhow::Error::msg)?;
    let filter = a.when.filter();
    let boxes: Vec<[f64; 4]> = bbox.boxes().iter().map(corners).collect();
    let incidents = incmap::store::load_in_boxes(&a.store.store, &boxes, |i| filter.matches(i))?;
    let found = Index::new(&incidents).in_bbox(&bbox, |i| filter.matches(i));
    eprintln!("{} in the box", plural(found.len(), "incident"));
    let rows: Vec<Row> = found
        .into_iter()
        .map(|i| Row { at: i.location, cells: [vec![("date", date_cell(i))], incident_cells(i)].concat() })
        .collect();
    print(&rows, a.out.format)
}

pub fn run_exposure(a: ExposureArgs) -> Result<()> {
    let g = a.out.gazetteer.load()?;
    let kinds = |p: &Place| if a.kind.is_empty() { p.kind.hosts_forces() } else { a.kind.contains(&p.kind) };
    // Only attacks in the boxes around the places are read (through the store's R-tree), and of
    // those the ones that can be near a place kept (a margin leaves the index the final say).
    let places = Index::new(g.places());
    let filter = a.when.filter();
    let boxes: Vec<[f64; 4]> = g
        .places()
        .iter()
        .filter(|p| kinds(p))
        .flat_map(|p| RadiusSearch::new(p.location, a.km).boxes().iter().map(corners).collect::<Vec<_>>())
        .collect();
    let incidents = incmap::store::load_in_boxes(&a.store.store, &boxes, |i| {
        filter.matches(i) && i.location.is_some_and(|l| !places.within(l, a.km * 1.01 + 1.0, |p| kinds(p)).is_empty())
    })?;
    let index = Index::new(&incidents);
    let table = exposure(g.places().iter().filter(|p| kinds(p)), &index, a.km, &a.when.filter());
    eprintln!("{} with attacks within {} km", plural(table.len(), "place"), a.km);
    let rows: Vec<Row> = table
        .iter()
        .map(|e| Row {
            at: Some(e.place.location),
            cells: vec![
                ("place", e.place.name.clone().into()),
                ("kind", e.place.kind.as_str().into()),
                ("country", e.place.country.clone().into()),
                ("attacks", e.attacks.len().into()),
                ("killed", e.killed().into()),
                ("injured", e.injured().into()),
                ("last", e.last().map(date_cell).unwrap_or(JsonValue::Null)),
                ("nearest_km", km3(e.attacks[0].km)),
            ],
        })
        .collect();
    print(&rows, a.out.format)
}

pub fn run_threat(a: ThreatArgs) -> Result<()> {
    let g = a.out.gazetteer.load()?;
    let (at, name, stated_range) = match &a.incident {
        Some(id) => {
            let i = incmap::store::find(&a.store, id)?
                .with_context(|| format!("{}: no incident with id {id:?}", a.store.display()))?;
            let launch = i.launch_location.with_context(|| {
                format!("incident {id} has no located launch site (launch site: {:?})", i.launch_site)
            })?;
            let name = i.launch_site.clone().unwrap_or_else(|| format!("the launch site of {id}"));
            (launch, name, i.range_km)
        }
        None => {
            let (at, name) = locate(g, a.place.as_deref(), a.lat, a.lon)?;
            (at, name, None)
        }
    };
    let (km, radius) = match (a.km, a.range.km()?, stated_range) {
        (Some(km), ..) => (km, format!("{km} km")),
        (None, Some((km, weapon)), _) => (km, format!("{km} km ({weapon})")),
        (None, None, Some(km)) => (km, format!("{km} km (the stated range)")),
        (None, None, None) => bail!("give the weapon with --range-of or its range with --km"),
    };
    let kinds = |p: &Place| if a.kind.is_empty() { p.kind.hosts_forces() } else { a.kind.contains(&p.kind) };
    let found = Index::new(g.places()).within(at, km, |p| kinds(p));
    eprintln!("{} within {radius} of {name}", plural(found.len(), "place"));
    print(&place_rows(&found), a.out.format)
}

/// One output line: named cells (in column order) and where it is on the map.
struct Row {
    cells: Vec<(&'static str, JsonValue)>,
    at: Option<LatLon>,
}

fn km3(km: f64) -> JsonValue {
    ((km * 1000.0).round() / 1000.0).into()
}

fn deg1(d: f64) -> JsonValue {
    ((d * 10.0).round() / 10.0).into()
}

fn opt_str(s: &Option<String>) -> JsonValue {
    s.clone().map(JsonValue::from).unwrap_or(JsonValue::Null)
}

/// The date written only as precisely as it is known: 2021-02-15, 2021-02 or 2021.
fn date_cell(i: &Incident) -> JsonValue {
    let Some(d) = i.date else { return JsonValue::Null };
    let format = match i.date_precision.unwrap_or(DatePrecision::Day) {
        DatePrecision::Day => "%Y-%m-%d",
        DatePrecision::Month => "%Y-%m",
        DatePrecision::Year => "%Y",
    };
    d.format(format).to_string().into()
}

fn incident_cells(i: &Incident) -> Vec<(&'static str, JsonValue)> {
    vec![
        ("place", opt_str(&i.place)),
        ("weapon", i.weapon.as_str().into()),
        ("killed", i.killed.into()),
        ("injured", i.injured.into()),
        ("sources", i.sources_joined().into()),
        ("id", i.id.clone().into()),
    ]
}

fn incident_rows(found: &[Near<Incident>]) -> Vec<Row> {
    found
        .iter()
        .map(|n| Row {
            at: n.item.location,
            cells: [
                vec![
                    ("km", km3(n.km)),
                    ("bearing", n.bearing_deg.map(deg1).unwrap_or(JsonValue::Null)),
                    ("date", date_cell(n.item)),
                ],
                incident_cells(n.item),
            ]
            .concat(),
        })
        .collect()
}

fn place_rows(found: &[Near<Place>]) -> Vec<Row> {
    found
        .iter()
        .map(|n| Row {
            at: Some(n.item.location),
            cells: vec![
                ("km", km3(n.km)),
                ("bearing", n.bearing_deg.map(deg1).unwrap_or(JsonValue::Null)),
                ("place", n.item.name.clone().into()),
                ("kind", n.item.kind.as_str().into()),
                ("country", n.item.country.clone().into()),
                ("id", n.item.id.clone().into()),
            ],
        })
        .collect()
}

fn print(rows: &[Row], format: Format) -> Result<()> {
    let mut w = RowWriter::new(format);
    for r in rows {
        w.push(r)?;
    }
    w.finish()
}

/// Prints rows as they come, so a query over a big store holds no list of them: CSV, JSON and
/// GeoJSON are written at once; a table keeps each row's text (not its values) until the end,
/// when the column widths are known.
struct RowWriter {
    format: Format,
    out: std::io::BufWriter<std::io::Stdout>,
    rows: usize,
    /// CSV is written through its own buffer.
    csv: Option<csv::Writer<std::io::Stdout>>,
    table: Table,
}

/// A terminal table being collected: each row as its cell texts joined by [`Table::SEP`].
#[derive(Default)]
struct Table {
    header: Vec<&'static str>,
    lines: Vec<String>,
    widths: Vec<usize>,
    numeric: Vec<bool>,
}

impl Table {
    const SEP: char = '\u{1f}';
}

impl RowWriter {
    fn new(format: Format) -> RowWriter {
        RowWriter {
            format,
            out: std::io::BufWriter::new(std::io::stdout()),
            rows: 0,
            csv: matches!(format, Format::Csv).then(|| csv::Writer::from_writer(std::io::stdout())),
            table: Table::default(),
        }
    }

    fn push(&mut self, r: &Row) -> Result<()> {
        let first = self.rows == 0;
        self.rows += 1;
        match self.format {
            Format::Table => {
                let t = &mut self.table;
                if first {
                    t.header = r.cells.iter().map(|(k, _)| *k).collect();
                    t.widths = t.header.iter().map(|h| h.len()).collect();
                    t.numeric = vec![true; t.header.len()];
                }
                let mut line = String::new();
                for (c, (_, v)) in r.cells.iter().enumerate() {
                    let text = if v.is_null() { "-".to_string() } else { text(v) };
                    let cut: String = if text.chars().count() > MAX_CELL {
                        text.chars().take(MAX_CELL - 1).chain(['…']).collect()
                    } else {
                        text
                    };
                    t.widths[c] = t.widths[c].max(cut.chars().count());
                    t.numeric[c] &= v.is_number() || v.is_null();
                    if c > 0 {
                        line.push(Table::SEP);
                    }
                    line.push_str(&cut);
                }
                t.lines.push(line);
            }
            Format::Json => {
                let obj = serde_json::to_string_pretty(&JsonValue::Object(with_coordinates(r)))?;
                write!(self.out, "{}{}", if first { "[\n" } else { ",\n" }, indent(&obj, 2))?;
            }
            Format::Csv => {
                let w = self.csv.as_mut().expect("a CSV writer for CSV output");
                if first {
                    let header: Vec<&str> = r.cells.iter().map(|(k, _)| *k).chain(["lat", "lon"]).collect();
                    w.write_record(header)?;
                }
                let coords = [r.at.map(|l| l.lat), r.at.map(|l| l.lon)].map(|c| c.map(round6).into());
                w.write_record(r.cells.iter().map(|(_, v)| v).chain(&coords).map(text))?;
            }
            Format::Geojson => {
                let f = Feature {
                    bbox: None,
                    geometry: r.at.map(|l| Geometry::new(GeometryValue::new_point([round6(l.lon), round6(l.lat)]))),
                    id: None,
                    properties: Some(r.cells.iter().cloned().map(|(k, v)| (k.to_string(), v)).collect()),
                    foreign_members: None,
                };
                let head = if first { "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n" } else { ",\n" };
                write!(self.out, "{head}{}", indent(&serde_json::to_string_pretty(&f)?, 4))?;
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        let empty = self.rows == 0;
        match self.format {
            Format::Table => write_table(&mut self.out, &self.table)?,
            Format::Json => writeln!(self.out, "{}", if empty { "[]" } else { "\n]" })?,
            Format::Csv => self.csv.as_mut().expect("a CSV writer for CSV output").flush()?,
            Format::Geojson if empty => {
                writeln!(self.out, "{{\n  \"type\": \"FeatureCollection\",\n  \"features\": []\n}}")?
            }
            Format::Geojson => writeln!(self.out, "\n  ]\n}}")?,
        }
        self.out.flush().context("cannot write to stdout")
    }
}

/// `text` with every line indented by `n` spaces (a pretty-printed value nested in a list).
fn indent(text: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    text.lines().map(|l| format!("{pad}{l}")).collect::<Vec<_>>().join("\n")
}

fn with_coordinates(r: &Row) -> JsonObject {
    let mut o: JsonObject = r.cells.iter().cloned().map(|(k, v)| (k.to_string(), v)).collect();
    o.insert("lat".into(), r.at.map(|l| round6(l.lat)).into());
    o.insert("lon".into(), r.at.map(|l| round6(l.lon)).into());
    o
}

/// A cell as plain text: strings without quotes, null as empty.
fn text(v: &JsonValue) -> String {
    match v {
        JsonValue::Null => String::new(),
        JsonValue::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Cells wider than this are cut with an ellipsis in the terminal table.
const MAX_CELL: usize = 48;

fn write_table(out: &mut impl Write, t: &Table) -> Result<()> {
    if t.header.is_empty() {
        return Ok(());
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| -> String {
        let parts: Vec<String> = cells
            .enumerate()
            .map(|(c, text)| {
                let w = t.widths[c];
                if t.numeric[c] { format!("{text:>w$}") } else { format!("{text:<w$}") }
            })
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(&mut t.header.iter().copied()))?;
    for l in &t.lines {
        writeln!(out, "{}", line(&mut l.split(Table::SEP)))?;
    }
    Ok(())
}
