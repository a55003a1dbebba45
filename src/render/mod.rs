//! Static briefing maps (PNG, SVG) with plotters.
//!
//! [`render_map`] draws incidents over a Natural Earth basemap with a title, legend, numbered
//! callouts listed in a side panel, range rings, scale bar, north arrow and locator inset;
//! [`render_store`] draws a store file the same way without holding it (a [`MapIncident`] each).
//! [`clusters`] groups incidents that lie close together, one map each.

pub(crate) mod basemap;
pub(crate) mod canvas;
mod clip;
mod compose;
mod furniture;
mod labels;
mod layout;
mod lcc;
mod marks;
pub mod palette;
mod panel;
mod projection;
mod rings;
mod symbols;
mod timeline;

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use image::ImageEncoder;
use plotters::prelude::BitMapBackend;

use crate::gazetteer::Gazetteer;
use crate::geodesy;
use crate::model::{DatePrecision, Incident, LatLon, Weapon};

pub use basemap::Basemap;
pub use canvas::css;
pub use palette::darker;
pub use projection::{Extent, Projection, Rect};
pub use rings::{RingKind, RingLook, incident_rings, ring_look, tint};
pub use symbols::{Shape, WeaponStyle, weapon_style};
pub use symbols::{marker_radius, outline};
pub use timeline::{BinSize, RenderedTimeline, TimeBin, TimelineOptions, render_timeline, timeline_store};

/// What a map draws of one incident: small (a tenth of an [`Incident`]), so a map of a million
/// incidents holds them all. The few it lists in the panel are fetched in full when chosen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapIncident {
    /// Where it came from: its index in the slice or the store's feature order, to fetch it by.
    pub pos: usize,
    pub location: Option<LatLon>,
    /// What is known of where it was launched from; most incidents say nothing.
    pub launch: Option<Box<MapLaunch>>,
    pub weapon: Weapon,
    pub date: Option<NaiveDate>,
    pub date_precision: Option<DatePrecision>,
    pub killed: Option<u32>,
    pub injured: Option<u32>,
    pub range_km: Option<f64>,
    /// ISO 3166-1 alpha-2, when the incident gives a two-letter code.
    pub country: Option<[u8; 2]>,
    /// Hashes of its sources: the map's credit counts the distinct reports behind what it shows.
    pub sources: Box<[u64]>,
}

/// The launch site of a [`MapIncident`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapLaunch {
    pub location: Option<LatLon>,
    pub site: Option<Box<str>>,
    pub distance_km: Option<f64>,
}

impl MapIncident {
    pub fn of(pos: usize, i: &Incident) -> MapIncident {
        let country = i.country.as_deref().and_then(|c| <[u8; 2]>::try_from(c.as_bytes()).ok());
        let launch = MapLaunch {
            location: i.launch_location,
            site: i.launch_site.as_deref().map(Box::from),
            distance_km: i.launch_distance_km,
        };
        MapIncident {
            pos,
            location: i.location,
            launch: (launch != MapLaunch::default()).then(|| Box::new(launch)),
            weapon: i.weapon,
            date: i.date,
            date_precision: i.date_precision,
            killed: i.killed,
            injured: i.injured,
            range_km: i.range_km,
            country,
            sources: i.all_sources().map(source_hash).collect(),
        }
    }

    pub fn launch_location(&self) -> Option<LatLon> {
        self.launch.as_ref().and_then(|l| l.location)
    }

    pub fn launch_site(&self) -> Option<&str> {
        self.launch.as_ref().and_then(|l| l.site.as_deref())
    }

    pub fn launch_distance_km(&self) -> Option<f64> {
        self.launch.as_ref().and_then(|l| l.distance_km)
    }
}

/// A source's hash, the same in every run (the std hasher with fixed keys).
fn source_hash(s: &str) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// What to draw and how large.
#[derive(Clone, Debug)]
pub struct MapOptions {
    /// Output size in pixels.
    pub width: u32,
    pub height: u32,
    /// Scales text, symbols and lines: 96 draws them at their nominal pixel sizes.
    pub dpi: f64,
    /// Defaults to "Reported attacks" (or "... within N km of PLACE" with `focus`).
    pub title: Option<String>,
    /// The area to show; fitted to the incidents when `None`.
    pub extent: Option<Extent>,
    /// Incidents before `since` or after `until` are left out (and undated ones, when either is set).
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// Which incidents are drawn besides the time window (weapons, countries, roles, attackers),
    /// as every query reads them.
    pub filter: crate::index::Filter,
    /// A reference circle (`--around PLACE --km N`), drawn and named in the title.
    pub focus: Option<Focus>,
    /// Another basemap than the embedded one.
    pub basemap: Option<Arc<Basemap>>,
    /// SVG text as glyph outlines, for editors and printers without DejaVu Sans.
    pub svg_text_as_paths: bool,
}

impl Default for MapOptions {
    fn default() -> Self {
        MapOptions {
            width: 1600,
            height: 1000,
            dpi: 96.0,
            title: None,
            extent: None,
            since: None,
            until: None,
            filter: crate::index::Filter::default(),
            focus: None,
            basemap: None,
            svg_text_as_paths: false,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Focus {
    pub name: String,
    pub at: LatLon,
    pub km: f64,
}

/// What a rendered map shows, for callers and tests to check against the pixels.
#[derive(Clone, Debug)]
pub struct RenderedMap {
    pub projection: Projection,
    pub scale_bar: ScaleBar,
    /// Incidents drawn (located, in the date range and in view).
    pub shown: usize,
    /// The ids of the numbered incidents, number 1 first.
    pub numbered: Vec<String>,
    /// Range and launch-distance rings drawn.
    pub rings: usize,
    /// Where the locator inset sits, in output pixels; no incident marker lies under it.
    pub inset: Rect,
    /// The boxes of the labels on the map (callout numbers, names of places, rings and countries).
    pub labels: Vec<Rect>,
    /// The bases drawn, each with its name beside it.
    pub bases: Vec<String>,
}

/// The scale bar: `km` long from `x0` to `x1` output pixels, its bar's top at `y`.
#[derive(Clone, Copy, Debug)]
pub struct ScaleBar {
    pub km: f64,
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
}

/// Incidents close to each other: `members` index the slice given to [`clusters`].
#[derive(Clone, Debug)]
pub struct Cluster {
    pub members: Vec<usize>,
    /// The box of the members' locations (and launch sites), unpadded.
    pub extent: Extent,
}

/// The area a cluster's map shows: its incidents, launch sites and the rings that fit, with a margin,
/// and at least `min_km` across.
pub fn cluster_extent(incidents: &[Incident], cluster: &Cluster, min_km: f64) -> Extent {
    let members: Vec<MapIncident> = cluster.members.iter().map(|&i| MapIncident::of(i, &incidents[i])).collect();
    compose::fit_extent(&members.iter().collect::<Vec<_>>(), min_km)
}

/// Renders `incidents` to `out` (PNG or SVG, by extension), atomically.
pub fn render_map(incidents: &[Incident], gazetteer: &Gazetteer, opts: &MapOptions, out: &Path) -> Result<RenderedMap> {
    let marks: Vec<MapIncident> =
        incidents.iter().enumerate().filter(|(_, i)| in_range(i, opts)).map(|(n, i)| MapIncident::of(n, i)).collect();
    let mut fetch = |positions: &[usize]| Ok(positions.iter().map(|&n| incidents[n].clone()).collect());
    render_marks(&marks, &mut fetch, gazetteer, opts, out)
}

/// Renders the incidents of a store file, read twice as a stream: once for what the map draws of
/// each, once for the full records of the few it lists. So a map of a million incidents takes the
/// memory of their [`MapIncident`]s, not of the store.
pub fn render_store(store: &Path, gazetteer: &Gazetteer, opts: &MapOptions, out: &Path) -> Result<RenderedMap> {
    let mut marks = Vec::new();
    let mut n = 0;
    crate::store::for_each(store, |i| {
        if in_range(&i, opts) {
            marks.push(MapIncident::of(n, &i));
        }
        n += 1;
        Ok(())
    })?;
    marks.shrink_to_fit();
    let mut fetch = store_fetch(store);
    render_marks(&marks, &mut fetch, gazetteer, opts, out)
}

/// Full incidents for these positions, in the same order.
type Fetch<'a> = dyn FnMut(&[usize]) -> Result<Vec<Incident>> + 'a;

/// Fetches full incidents from a store file by their position in its feature order, reading it
/// once more: what a map or timeline lists is fetched when chosen, not held all along.
fn store_fetch(store: &Path) -> impl FnMut(&[usize]) -> Result<Vec<Incident>> + '_ {
    move |positions: &[usize]| {
        let wanted: std::collections::HashMap<usize, usize> =
            positions.iter().enumerate().map(|(k, &p)| (p, k)).collect();
        let mut found: Vec<Option<Incident>> = vec![None; positions.len()];
        let mut n = 0;
        crate::store::for_each(store, |i| {
            if let Some(&k) = wanted.get(&n) {
                found[k] = Some(i);
            }
            n += 1;
            Ok(())
        })?;
        found
            .into_iter()
            .map(|i| i.with_context(|| format!("{}: changed while the map was drawn", store.display())))
            .collect()
    }
}

fn render_marks(
    marks: &[MapIncident],
    fetch: &mut Fetch,
    gazetteer: &Gazetteer,
    opts: &MapOptions,
    out: &Path,
) -> Result<RenderedMap> {
    let basemap: &Basemap = opts.basemap.as_deref().unwrap_or_else(|| Basemap::embedded());
    let selected: Vec<&MapIncident> = marks.iter().collect();
    draw_to(out, (opts.width, opts.height), opts.dpi, opts.svg_text_as_paths, |cv| {
        compose::draw(cv, &selected, fetch, gazetteer, basemap, opts)
    })
}

/// Draws a page of `w`×`h` pixels with `draw` and writes it to `out` (PNG or SVG, by extension),
/// atomically: the one output path of maps and timelines.
fn draw_to<T>(
    out: &Path,
    (w, h): (u32, u32),
    dpi: f64,
    text_as_paths: bool,
    draw: impl FnOnce(&mut canvas::Canvas) -> Result<T>,
) -> Result<T> {
    let format = Format::of(out)?;
    if w < 200 || h < 150 || w > 20_000 || h > 20_000 {
        bail!("map size {w}x{h}: expected 200..20000 by 150..20000 pixels");
    }
    if !(24.0..=1200.0).contains(&dpi) {
        bail!("dpi {dpi}: expected 24..1200");
    }
    match format {
        Format::Png => {
            // Drawn at twice the size and shrunk: plotters does not anti-alias lines or polygons.
            const SS: u32 = 2;
            let mut buf = vec![0u8; (w * SS * h * SS * 3) as usize];
            let backend = BitMapBackend::with_buffer(&mut buf, (w * SS, h * SS));
            let mut cv = canvas::Canvas::raster(backend, SS as f64);
            let drawn = draw(&mut cv)?;
            cv.finish()?;
            let small = downsample(&buf, w, h, SS);
            let mut png = Vec::new();
            image::codecs::png::PngEncoder::new(&mut png)
                .write_image(&small, w, h, image::ColorType::Rgb8)
                .context("encoding the PNG")?;
            write_atomic(out, &png)?;
            Ok(drawn)
        }
        Format::Svg => {
            let mut text = String::new();
            let drawn = {
                let mut cv = canvas::Canvas::svg(&mut text, w, h, text_as_paths);
                let drawn = draw(&mut cv)?;
                cv.finish()?;
                drawn
            };
            write_atomic(out, text.as_bytes())?;
            Ok(drawn)
        }
    }
}

enum Format {
    Png,
    Svg,
}

impl Format {
    fn of(out: &Path) -> Result<Format> {
        let ext = out.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
        match ext.as_str() {
            "png" => Ok(Format::Png),
            "svg" => Ok(Format::Svg),
            _ => bail!("{}: unknown map format {ext:?}; use a .png or .svg file name", out.display()),
        }
    }
}

fn in_range(i: &Incident, opts: &MapOptions) -> bool {
    let located = i.location.is_some_and(|l| l.is_valid());
    // The one window rule of every query: a month or year date counts when it overlaps.
    let window = crate::index::Filter { since: opts.since, until: opts.until, ..Default::default() };
    located && window.matches(i) && opts.filter.matches(i)
}

/// Averages `ss`×`ss` blocks of an RGB buffer.
fn downsample(buf: &[u8], w: u32, h: u32, ss: u32) -> Vec<u8> {
    let (w, h, ss) = (w as usize, h as usize, ss as usize);
    let big_w = w * ss;
    let mut out = vec![0u8; w * h * 3];
    for y in 0..h {
        for x in 0..w {
            for c in 0..3 {
                let mut sum = 0u32;
                for dy in 0..ss {
                    let row = (y * ss + dy) * big_w;
                    for dx in 0..ss {
                        sum += buf[(row + x * ss + dx) * 3 + c] as u32;
                    }
                }
                out[(y * w + x) * 3 + c] = ((sum + (ss * ss / 2) as u32) / (ss * ss) as u32) as u8;
            }
        }
    }
    out
}

/// Writes the map atomically, into a folder made if missing.
fn write_atomic(out: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create folder", dir.display()))?;
    crate::store::write_file_atomically(out, bytes)
}

/// Groups located incidents into clusters: two incidents within `link_km` of each other are in the
/// same cluster (single linkage), so a chain of attacks along a road stays one map.
/// Largest cluster first.
pub fn clusters(incidents: &[Incident], link_km: f64) -> Vec<Cluster> {
    let located: Vec<(usize, LatLon)> =
        incidents.iter().enumerate().filter_map(|(i, x)| x.location.filter(|l| l.is_valid()).map(|l| (i, l))).collect();
    if located.is_empty() {
        return Vec::new();
    }
    // Grid cells at least `link_km` wide everywhere in the data, so neighbours are in adjacent cells.
    let max_lat = located.iter().map(|(_, l)| l.lat.abs()).fold(0.0, f64::max).min(85.0);
    let dlat = link_km / 110.5;
    let dlon = link_km / (111.3 * max_lat.to_radians().cos());
    let key = |l: LatLon| ((l.lon / dlon).floor() as i64, (l.lat / dlat).floor() as i64);
    let mut grid: std::collections::HashMap<(i64, i64), Vec<usize>> = std::collections::HashMap::new();
    for (j, (_, l)) in located.iter().enumerate() {
        grid.entry(key(*l)).or_default().push(j);
    }
    let mut parent: Vec<usize> = (0..located.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for (j, (_, l)) in located.iter().enumerate() {
        let (cx, cy) = key(*l);
        for nx in cx - 1..=cx + 1 {
            for ny in cy - 1..=cy + 1 {
                for &m in grid.get(&(nx, ny)).map(Vec::as_slice).unwrap_or_default() {
                    if m > j && geodesy::distance_km(*l, located[m].1) <= link_km {
                        let (a, b) = (root(&mut parent, j), root(&mut parent, m));
                        parent[a] = b;
                    }
                }
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = std::collections::BTreeMap::new();
    for (j, (i, _)) in located.iter().enumerate() {
        let r = root(&mut parent, j);
        groups.entry(r).or_default().push(*i);
    }
    let mut out: Vec<Cluster> = groups
        .into_values()
        .map(|members| {
            let pts = members.iter().flat_map(|&i| [incidents[i].location, incidents[i].launch_location]).flatten();
            let extent = Extent::of_points(pts).expect("every member is located");
            Cluster { members, extent }
        })
        .collect();
    out.sort_by(|a, b| b.members.len().cmp(&a.members.len()).then(a.members[0].cmp(&b.members[0])));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> Incident {
        Incident { location: Some(LatLon::new(lat, lon)), ..Default::default() }
    }

    #[test]
    fn clusters_link_chains_and_split_far_groups() {
        let v = vec![
            at(36.2375, 43.963056), // Erbil airport
            at(36.19, 44.01),       // Erbil city, 6 km
            at(35.5125, 44.28417),  // K-1, ~85 km from Erbil
            at(33.7856, 42.4411),   // Al Asad
            at(33.80, 42.45),
            Incident::default(), // unlocated: in no cluster
        ];
        let c = clusters(&v, 50.0);
        let sets: Vec<Vec<usize>> = c.iter().map(|c| c.members.clone()).collect();
        assert_eq!(sets, vec![vec![0, 1], vec![3, 4], vec![2]]);
        assert!(c[0].extent.contains(LatLon::new(36.2, 44.0)));
        // With a 100 km link, Erbil and K-1 join.
        assert_eq!(clusters(&v, 100.0)[0].members, vec![0, 1, 2]);
    }

    #[test]
    fn unknown_extensions_and_sizes_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let g = Gazetteer::embedded();
        let e = render_map(&[], g, &MapOptions::default(), &dir.path().join("m.jpg")).unwrap_err();
        assert!(e.to_string().contains(".png or .svg"), "{e}");
        let small = MapOptions { width: 10, ..Default::default() };
        assert!(render_map(&[], g, &small, &dir.path().join("m.png")).is_err());
    }
}
