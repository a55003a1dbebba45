//! Lays out and draws one briefing map: basemap, rings, symbols, labels, furniture and side panel.

use std::collections::{BTreeSet, HashSet};

use anyhow::Result;
use plotters::backend::DrawingBackend;
use plotters::style::RGBAColor;

use super::basemap::{Basemap, Polyline};
use super::canvas::{Align, CAP_HEIGHT, Canvas, Font, Px, rgb, rgba};
use super::layout::{self, Placer};
use super::projection::{Extent, Projection, Rect};
use super::symbols::{self, Shape, casualties, marker_radius, weapon_style};
use super::{MapOptions, RenderedMap, ScaleBar, clip};
use crate::gazetteer::{Gazetteer, Place, PlaceKind};
use crate::geodesy;
use crate::model::{DatePrecision, Incident, LatLon, Weapon};

const PAGE: u32 = 0xffffff;
const SEA: u32 = 0xc9dcea;
const LAND: u32 = 0xfbf9f4;
const LAND_OTHER: u32 = 0xe9e5dd;
const BORDER: u32 = 0x5c5c5c;
const BORDER_HALO: u32 = 0xd8d2c6;
const ADMIN1: u32 = 0x9e9a94;
const WATER_LINE: u32 = 0x5b93c7;
const INK: u32 = 0x1e1e1e;
const MUTED: u32 = 0x5f5f5f;
const BASE: u32 = 0x1f3b73;
const EXTENT_BOX: u32 = 0xd7301f;

/// Iraq, Syria and Jordan: the default view, and what the locator inset always shows.
const REGION: Extent = Extent { west: 34.0, south: 28.0, east: 49.0, north: 38.5 };
/// Rings larger than this do not widen the fitted extent (a 300 km missile range would hide the target).
const FIT_RING_KM: f64 = 60.0;
/// The smallest area a fitted map shows across: one incident still gets its surroundings.
const MIN_FIT_KM: f64 = 30.0;
/// Above this many incidents markers are smaller, translucent and never fanned out.
const DENSE: usize = 300;
/// At most this many markers of a stack at one spot are set apart; the rest go on the top one.
const MAX_FAN: usize = 3;
/// Above this many rings, only the numbered incidents get theirs.
const MAX_RINGS: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum RingKind {
    /// Weapon range around the launch site.
    Range,
    /// Weapon range around the target: where it could have come from.
    PossibleOrigin,
    /// Stated launch distance around the target, when the direction is unknown.
    LaunchDistance,
}

struct Ring {
    center: LatLon,
    km: f64,
    kind: RingKind,
    weapon: Weapon,
}

/// Page areas in output pixels.
struct Page {
    k: f64,
    w: f64,
    h: f64,
    frame: Rect,
    panel: Rect,
}

impl Page {
    fn new(opts: &MapOptions) -> Page {
        let k = opts.dpi / 96.0;
        let (w, h) = (opts.width as f64, opts.height as f64);
        let m = 12.0 * k;
        let top = 70.0 * k;
        let foot = 26.0 * k;
        let panel_w = (w * 0.27).clamp(220.0 * k, 440.0 * k).min(w * 0.45);
        let frame = Rect::new(m, top, (w - panel_w - 3.0 * m).max(50.0), (h - top - foot).max(50.0));
        let panel = Rect::new(frame.right() + m, top, panel_w, frame.h);
        Page { k, w, h, frame, panel }
    }
}

/// One numbered incident or a stack of them at the same spot.
struct Callout {
    at: Px,
    radius: f64,
    numbers: Vec<usize>,
}

struct Label {
    text: String,
    rect: Rect,
    font: Font,
    color: RGBAColor,
    style: LabelStyle,
}

enum LabelStyle {
    /// Text with a white halo.
    Halo,
    /// A boxed callout number, with a leader line from the marker when set apart from it.
    Boxed { leader: Option<(Px, f64)> },
}

pub fn draw<B: DrawingBackend>(
    cv: &mut Canvas<B>,
    incidents: &[&Incident],
    gazetteer: &Gazetteer,
    basemap: &Basemap,
    opts: &MapOptions,
) -> Result<RenderedMap> {
    let page = Page::new(opts);
    let k = page.k;
    let extent = opts
        .extent
        .or_else(|| opts.focus.as_ref().map(|f| Extent::around(f.at, f.km * 1.08)))
        .unwrap_or_else(|| fit_extent(incidents, MIN_FIT_KM));
    // A box the user asked for is kept; a fitted one may grow to keep the furniture off the incidents.
    let (proj, furniture) = arrange(&page, extent, opts.extent.is_none(), incidents, basemap);
    let view = proj.visible_extent();
    let frame = page.frame;

    // Incidents in view, biggest first so small markers stay visible on top.
    let mut shown: Vec<&Incident> =
        incidents.iter().copied().filter(|i| i.location.is_some_and(|l| frame.contains(proj.to_px(l)))).collect();
    shown.sort_by_key(|i| std::cmp::Reverse(casualties(i)));
    let mk = marker_scale(shown.len(), k);

    let bases: Vec<&Place> =
        gazetteer.places().iter().filter(|p| p.kind.is_military() && proj.shows(p.location)).collect();
    let local = is_local(&view);
    let mut towns: Vec<&Place> =
        gazetteer.places().iter().filter(|p| is_town_shown(p.kind, local) && proj.shows(p.location)).collect();
    // Capitals, then governorate seats, then cities, then towns.
    towns.sort_by_key(|p| (p.kind != PlaceKind::Capital, !basemap.is_major_town(p), p.kind == PlaceKind::Town));

    // Panel capacity decides how many incidents get numbers: the legend above the list holds at most
    // these rows.
    let all_rings = candidate_rings(&shown);
    let upper = Legend {
        launch: shown.iter().any(|i| i.launch_location.is_some()),
        bases: !bases.is_empty(),
        bases_hit: !bases.is_empty() && !shown.is_empty(),
        capitals: towns.iter().any(|t| t.kind == PlaceKind::Capital),
        cities: towns.iter().any(|t| t.kind != PlaceKind::Capital),
        focus: opts.focus.is_some(),
        ..Legend::of(&shown, &all_rings)
    };
    let row_h = 34.0 * k;
    let list_bottom = if furniture.inset_in_panel { furniture.inset.y - 12.0 * k } else { page.panel.bottom() };
    let capacity = |lg: &Legend| {
        let list_top = page.panel.y + lg.height(k) + 44.0 * k;
        ((list_bottom - list_top) / row_h).floor().max(0.0) as usize
    };
    let few_rings = all_rings.len() <= MAX_RINGS;
    let mut numbered = number(&shown, capacity(&upper));
    // Rings and launch arrows for every incident, or only the numbered ones when there are too many.
    let ringed = |numbered: &[usize]| -> Vec<&Incident> {
        if few_rings { shown.clone() } else { numbered.iter().map(|&i| shown[i]).collect() }
    };
    let mut with_rings = ringed(&numbered);
    let mut rings = if few_rings { all_rings } else { candidate_rings(&with_rings) };
    if !few_rings {
        // The numbered incidents' rings are of fewer kinds than all: the rows saved hold more numbers.
        let kinds = |r: &[Ring]| r.iter().map(|r| r.kind).collect::<BTreeSet<_>>().len();
        let more = capacity(&Legend { rings: Legend::of(&[], &rings).rings, ..upper.clone() });
        if more > numbered.len() && numbered.len() < shown.len() {
            let again = number(&shown, more);
            let w = ringed(&again);
            let r = candidate_rings(&w);
            if kinds(&r) <= kinds(&rings) {
                (numbered, with_rings, rings) = (again, w, r);
            }
        }
    }

    // Furniture first: labels keep clear of it.
    let Furniture { north, bar, bar_box, inset, .. } = furniture;
    let mut placer = Placer::new(frame.inflate(-2.0 * k));
    for r in [north, bar_box, inset.inflate(4.0 * k)] {
        placer.block(r);
    }

    // Then every symbol and label finds its place; drawing comes after.
    let launch_sites: Vec<(Px, &Incident)> = with_rings
        .iter()
        .filter_map(|i| i.launch_location.map(|l| (proj.to_px(l), *i)))
        .filter(|(p, _)| frame.contains(*p))
        .collect();
    let square = |p: Px, half: f64| Rect::new(p.0 - half, p.1 - half, 2.0 * half, 2.0 * half);
    for (p, _) in &launch_sites {
        placer.block_symbol(square(*p, 5.0 * k));
    }
    let is_numbered: HashSet<usize> = numbered.iter().copied().collect();
    // Drawing order: `shown` runs from the largest down; numbered ones go on top of the rest.
    let order: Vec<usize> = (0..shown.len())
        .filter(|i| !is_numbered.contains(i))
        .chain((0..shown.len()).filter(|i| is_numbered.contains(i)))
        .collect();
    let dense = shown.len() > DENSE;
    // Where each incident is, in pixels (projected once: 10,000 incidents are looked at many times).
    let loc: Vec<Px> = shown.iter().map(|i| proj.to_px(i.location.expect("shown incidents are located"))).collect();
    let at = marker_positions(&loc, &order, mk, dense);
    let frames = base_frames(&bases, &shown, &loc, &at, &proj, mk, k);
    for (b, f) in bases.iter().zip(&frames) {
        placer.block_symbol(f.map_or_else(|| square(proj.to_px(b.location), 5.0 * k), |r| r.inflate(1.0 * k)));
    }
    for (idx, i) in shown.iter().enumerate() {
        let bounds = square(at[idx], marker_radius(casualties(i), mk));
        // No callout may hide a numbered incident.
        if is_numbered.contains(&idx) { placer.block_key_symbol(bounds) } else { placer.block_symbol(bounds) }
    }
    let scene = Scene {
        proj: &proj,
        k,
        mk,
        shown: &shown,
        numbered: &numbered,
        rings: &rings,
        launch_sites: &launch_sites,
        bases: &bases,
        frames: &frames,
        towns: &towns,
        loc: &loc,
        at: &at,
    };
    let (labels, placed_towns) = place_labels(cv, &mut placer, &scene, basemap);

    // Background and basemap.
    cv.fill_rect(Rect::new(0.0, 0.0, page.w, page.h), rgb(PAGE))?;
    let highlight = highlighted_countries(&shown);
    draw_basemap(cv, basemap, &proj, &view, &highlight, k, true)?;
    if let Some(f) = &opts.focus {
        let pts = project_line(&proj, &geodesy::circle(f.at, f.km, 256));
        for part in clip::polyline(&pts, &frame) {
            cv.dashed(&part, rgb(INK), 1.2 * k, 9.0 * k, 5.0 * k)?;
        }
    }

    // Rings, launch sites and arrows under the markers.
    for ring in &rings {
        draw_ring(cv, &proj, ring, k)?;
    }
    for i in &with_rings {
        if let (Some(target), Some(launch)) = (i.location, i.launch_location) {
            let trim = marker_radius(casualties(i), mk);
            draw_arrow(cv, &proj, launch, target, trim, weapon_style(i.weapon).color, k)?;
        }
    }
    for (p, i) in &launch_sites {
        draw_launch_site(cv, *p, weapon_style(i.weapon).color, k)?;
    }
    if !dense {
        draw_bases(cv, &bases, &frames, &proj, k)?;
    }
    // A town is shown with its name or not at all: an unnamed dot tells nothing.
    for t in &placed_towns {
        draw_town(cv, proj.to_px(t.location), t.kind == PlaceKind::Capital, k)?;
    }

    for (n, &idx) in order.iter().enumerate() {
        // On a dense map bases go over the plain markers, else they would all be buried; never over
        // a numbered one.
        if dense && n == order.len() - numbered.len() {
            draw_bases(cv, &bases, &frames, &proj, k)?;
        }
        let i = shown[idx];
        let st = weapon_style(i.weapon);
        draw_marker(cv, st.shape, st.color, at[idx], marker_radius(casualties(i), mk), dense, k)?;
    }
    if dense && numbered.is_empty() {
        draw_bases(cv, &bases, &frames, &proj, k)?;
    }
    for l in &labels {
        draw_label(cv, l, k)?;
    }

    // Furniture.
    cv.stroke_rect(frame, rgb(INK), 1.0 * k)?;
    draw_north_arrow(cv, north, k)?;
    draw_scale_bar(cv, &bar, bar_box, k)?;
    draw_inset(cv, basemap, inset, &proj, &highlight, k)?;

    // Title, panel, credit.
    draw_title(cv, &page, opts, &shown)?;
    let legend = Legend {
        launch: with_rings.iter().any(|i| i.location.is_some() && i.launch_location.is_some()),
        bases: frames.iter().any(Option::is_none),
        bases_hit: frames.iter().any(Option::is_some),
        capitals: placed_towns.iter().any(|t| t.kind == PlaceKind::Capital),
        cities: placed_towns.iter().any(|t| t.kind != PlaceKind::Capital),
        focus: opts.focus.is_some(),
        ..Legend::of(&shown, &rings)
    };
    let list_y = draw_legend(cv, &page, &legend, mk)?;
    draw_list(cv, &page, &shown, &numbered, list_y, row_h)?;
    let sources: BTreeSet<&str> = shown
        .iter()
        .flat_map(|i| {
            if i.sources.is_empty() { vec![i.source.as_str()] } else { i.sources.iter().map(String::as_str).collect() }
        })
        .filter(|s| !s.is_empty())
        .collect();
    let credit = format!(
        "Sources: {} report{}; basemap: Natural Earth. {}. Made with incmap.",
        sources.len(),
        if sources.len() == 1 { "" } else { "s" },
        projection_text(&proj)
    );
    cv.text(&credit, (frame.x, page.h - 9.0 * k), Font::new(11.0 * k), rgb(MUTED), Align::Left)?;

    Ok(RenderedMap {
        projection: proj,
        scale_bar: bar,
        shown: shown.len(),
        numbered: numbered.iter().map(|&i| shown[i].id.clone()).collect(),
        rings: rings.len(),
        inset,
    })
}

/// Marker scale: smaller symbols where there are hundreds, so they do not bury the map.
fn marker_scale(shown: usize, k: f64) -> f64 {
    k * if shown > 2000 {
        0.5
    } else if shown > DENSE {
        0.65
    } else {
        1.0
    }
}

/// North arrow, scale bar and locator inset, in output pixels.
struct Furniture {
    north: Rect,
    bar: ScaleBar,
    bar_box: Rect,
    inset: Rect,
    /// The inset went to the foot of the side panel: no corner of the map was free of incidents.
    inset_in_panel: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Corner {
    TopLeft,
    TopRight,
    BottomLeft,
    BottomRight,
}

/// How often a fitted extent may grow by a tenth of its size on each side to clear a corner: more
/// would shrink a dense map for the sake of its furniture.
const MAX_GROW_STEPS: usize = 1;

/// The projection and the furniture's places: each piece in a corner of the frame that covers no
/// incident, launch site or the room for its callout. A fitted extent grows a little when that frees
/// the corners; failing that the inset goes to the side panel and the arrow and bar to the corners
/// that cover the fewest incidents.
fn arrange(
    page: &Page,
    extent: Extent,
    may_grow: bool,
    incidents: &[&Incident],
    basemap: &Basemap,
) -> (Projection, Furniture) {
    let k = page.k;
    let (w_km, h_km) = extent.size_km();
    let steps = if may_grow { MAX_GROW_STEPS } else { 0 };
    let mut first = None;
    for step in 0..=steps {
        let e = if step == 0 { extent } else { extent.padded(0.1 * step as f64 * w_km.max(h_km), 0.0) };
        let proj = Projection::fit(e, page.frame);
        let obstacles = incident_boxes(&proj, incidents, k);
        let covered = |r: &Rect| obstacles.iter().filter(|o| o.overlaps(r)).count();
        let (inset_w, inset_h) = inset_size(page, basemap, &proj.visible_extent());
        let bar_km = scale_bar_km(&proj);
        let bar_len = bar_km * proj.px_per_km();
        let bar_size = (bar_len + 44.0 * k, 38.0 * k);
        let north_size = (28.0 * k, 48.0 * k);
        use Corner::*;
        let pieces = [
            ((inset_w, inset_h), [BottomRight, BottomLeft, TopRight, TopLeft]),
            (bar_size, [BottomLeft, BottomRight, TopLeft, TopRight]),
            (north_size, [TopLeft, TopRight, BottomLeft, BottomRight]),
        ];
        // Each piece in its first free corner, or (`Err`) the piece that found none.
        let mut taken: Vec<(Corner, Rect)> = Vec::new();
        let mut clear = true;
        for ((w, h), prefs) in pieces {
            let fits = |c: &Corner, r: &Rect| taken.iter().all(|(tc, tr)| tc != c && !tr.overlaps(r));
            let options = prefs.map(|c| (c, corner_rect(page.frame, c, w, h, 10.0 * k)));
            let free = options.iter().find(|(c, r)| fits(c, r) && covered(r) == 0);
            let pick = free.copied().unwrap_or_else(|| {
                clear = false;
                *options.iter().filter(|(c, r)| fits(c, r)).min_by_key(|(_, r)| covered(r)).unwrap_or(&options[0])
            });
            taken.push(pick);
        }
        let furniture = |inset_in_panel: bool| {
            let bar_box = taken[1].1;
            let x0 = bar_box.x + 8.0 * k;
            let bar = ScaleBar { km: bar_km, x0, x1: x0 + bar_len, y: bar_box.y + 20.0 * k };
            let inset = if inset_in_panel { panel_inset(page, inset_w, inset_h) } else { taken[0].1 };
            Furniture { north: taken[2].1, bar, bar_box, inset, inset_in_panel }
        };
        if clear {
            return (proj, furniture(false));
        }
        if step == 0 {
            // Arrow and bar where they cover least; the inset beside the map.
            let inset_in_panel = covered(&taken[0].1) > 0;
            first = Some((proj, furniture(inset_in_panel)));
        }
    }
    first.expect("step 0 always runs")
}

/// What furniture must not cover: incident markers with room around them for a callout, and launch sites.
fn incident_boxes(proj: &Projection, incidents: &[&Incident], k: f64) -> Vec<Rect> {
    let frame = proj.frame();
    let in_frame = |l: &LatLon| Some(proj.to_px(*l)).filter(|p| frame.contains(*p));
    let n = incidents.iter().filter(|i| i.location.as_ref().and_then(in_frame).is_some()).count();
    let mk = marker_scale(n, k);
    let square = |p: Px, half: f64| Rect::new(p.0 - half, p.1 - half, 2.0 * half, 2.0 * half);
    let mut out = Vec::new();
    for i in incidents {
        if let Some(p) = i.location.as_ref().and_then(in_frame) {
            out.push(square(p, marker_radius(casualties(i), mk) + 12.0 * k));
        }
        if let Some(p) = i.launch_location.as_ref().and_then(in_frame) {
            out.push(square(p, 6.0 * k));
        }
    }
    out
}

fn corner_rect(frame: Rect, c: Corner, w: f64, h: f64, m: f64) -> Rect {
    let x = match c {
        Corner::TopLeft | Corner::BottomLeft => frame.x + m,
        Corner::TopRight | Corner::BottomRight => frame.right() - m - w,
    };
    let y = match c {
        Corner::TopLeft | Corner::TopRight => frame.y + m,
        Corner::BottomLeft | Corner::BottomRight => frame.bottom() - m - h,
    };
    Rect::new(x, y, w, h)
}

/// What the map shows, for label placement.
struct Scene<'a, 'g> {
    proj: &'a Projection,
    /// Symbol scale and marker scale.
    k: f64,
    mk: f64,
    shown: &'a [&'g Incident],
    numbered: &'a [usize],
    rings: &'a [Ring],
    launch_sites: &'a [(Px, &'g Incident)],
    bases: &'a [&'g Place],
    /// For each of `bases`, the frame drawn around the markers on it.
    frames: &'a [Option<Rect>],
    /// Most important first.
    towns: &'a [&'g Place],
    /// Where each of `shown` is, and where its marker is drawn (fanned out of a stack).
    loc: &'a [Px],
    at: &'a [Px],
}

/// Labels in order of importance: callouts, capitals and governorate seats, bases, rings, launch sites, other towns,
/// countries.
/// Also returns the towns whose names found a place.
fn place_labels<'g, B: DrawingBackend>(
    cv: &Canvas<B>,
    placer: &mut Placer,
    sc: &Scene<'_, 'g>,
    basemap: &Basemap,
) -> (Vec<Label>, Vec<&'g Place>) {
    let (proj, k) = (sc.proj, sc.k);
    let mut labels: Vec<Label> = Vec::new();
    for mut c in callouts(sc.shown, sc.numbered, sc.loc, sc.at, sc.mk) {
        // Clear of the frame of a base the markers are on.
        for f in sc.frames.iter().flatten() {
            let (fc, half) = frame_radius(f);
            let d = dist(c.at, fc);
            if f.contains(c.at) {
                c.radius = c.radius.max(half + d + 1.0 * k);
            }
        }
        let font = Font::bold(11.5 * k);
        let text = number_list(&c.numbers);
        let (w, h) = (cv.text_width(&text, font) + 8.0 * k, 16.0 * k);
        let near = layout::around(c.at.0, c.at.1, c.radius, w, h);
        let mid = layout::around(c.at.0, c.at.1, c.radius + 14.0 * k, w, h);
        let far = layout::around(c.at.0, c.at.1, c.radius + 32.0 * k, w, h);
        let n_near = near.len();
        let cands: Vec<Rect> = near.into_iter().chain(mid).chain(far).collect();
        let Some(rect) = placer.place_over_symbols(&cands) else { continue };
        let apart = cands.iter().position(|r| *r == rect).is_some_and(|pos| pos >= n_near);
        let leader = apart.then_some((c.at, c.radius));
        labels.push(Label { text, rect, font, color: rgb(INK), style: LabelStyle::Boxed { leader } });
    }

    let mut placed_towns = Vec::new();
    let mut town = |placer: &mut Placer, t: &'g Place| -> Option<Label> {
        let p = proj.to_px(t.location);
        let dot = Rect::new(p.0 - 3.0 * k, p.1 - 3.0 * k, 6.0 * k, 6.0 * k);
        if !placer.is_clear_of_labels(&dot) {
            return None;
        }
        let font = if t.kind == PlaceKind::Capital { Font::bold(12.5 * k) } else { Font::new(11.0 * k) };
        let (w, h) = (cv.text_width(&t.name, font), font.em * 1.15);
        // Well-known towns may sit a little apart from their dot rather than go unnamed.
        let far = if basemap.is_major_town(t) {
            [12.0, 24.0].iter().flat_map(|d| layout::around(p.0, p.1, d * k, w, h)).collect()
        } else {
            vec![]
        };
        let r = if t.kind == PlaceKind::Capital { 5.0 } else { 3.0 } * k;
        let cands: Vec<Rect> = layout::around(p.0, p.1, r, w, h).into_iter().chain(far).collect();
        // A capital is named even over plain incident markers (its halo keeps both legible).
        let rect = if t.kind == PlaceKind::Capital { placer.place_over_symbols(&cands) } else { placer.place(cands) }?;
        placer.block_symbol(dot);
        placed_towns.push(t);
        Some(Label { text: t.name.clone(), rect, font, color: rgb(INK), style: LabelStyle::Halo })
    };
    for t in sc.towns.iter().filter(|t| basemap.is_major_town(t)) {
        labels.extend(town(placer, t));
    }

    // Sites: the places hit (airports, consulates, fields) and the bases, named clear of the markers on them.
    let small = Font::new(10.5 * k);
    let clearance = |p: Px| {
        let on_site = sc.shown.iter().zip(sc.loc).filter_map(|(i, q)| {
            ((q.0 - p.0).abs() < 3.0 * k && (q.1 - p.1).abs() < 3.0 * k).then(|| marker_radius(casualties(i), sc.mk))
        });
        on_site.fold(5.0 * k, f64::max)
    };
    let named: HashSet<&str> = sc.bases.iter().chain(sc.towns).map(|p| p.name.as_str()).collect();
    let mut targets: Vec<(&str, LatLon)> = Vec::new();
    for &n in sc.numbered {
        let i = sc.shown[n];
        if let (Some(place), Some(at)) = (i.place.as_deref(), i.location)
            && !named.contains(place)
            && !targets.iter().any(|(t, _)| *t == place)
        {
            targets.push((place, at));
        }
    }
    let sites = targets.into_iter().map(|(name, at)| (name, at, rgb(INK), None));
    let sites = sites.chain(sc.bases.iter().zip(sc.frames).map(|(b, f)| (b.name.as_str(), b.location, rgb(BASE), *f)));
    for (name, at, color, frame) in sites.collect::<Vec<_>>() {
        // Beside the frame of a base with markers on it, else beside the symbol or the markers.
        let (p, r) = match frame {
            Some(f) => {
                let (c, half) = frame_radius(&f);
                (c, half + 1.0 * k)
            }
            None => (proj.to_px(at), clearance(proj.to_px(at))),
        };
        let text = layout::fit_text(name, 220.0 * k, |s| cv.text_width(s, small));
        let (w, h) = (cv.text_width(&text, small), 13.0 * k);
        let cands = layout::around(p.0, p.1, r, w, h).into_iter().chain(layout::around(p.0, p.1, r + 8.0 * k, w, h));
        if let Some(rect) = placer.place(cands) {
            labels.push(Label { text, rect, font: small, color, style: LabelStyle::Halo });
        }
    }
    for ring in sc.rings {
        let text = match ring.kind {
            RingKind::Range => format!("{} range", km_text(ring.km)),
            RingKind::PossibleOrigin => format!("possible origin (≤{})", km_text(ring.km)),
            RingKind::LaunchDistance => format!("launch site ~{}", km_text(ring.km)),
        };
        let (w, h) = (cv.text_width(&text, small), 13.0 * k);
        // The compass points first, then anywhere along the ring (a large ring may show only an arc);
        // just outside the ring, else just inside.
        let bearings =
            [0.0, 180.0, 90.0, 270.0, 45.0, 315.0, 135.0, 225.0].into_iter().chain((0..36).map(|i| i as f64 * 10.0));
        let cands = bearings.flat_map(|b: f64| {
            let (x, y) = proj.to_px(geodesy::destination(ring.center, b, ring.km));
            let (sin, cos) = b.to_radians().sin_cos();
            let (ox, oy) = (sin * (3.0 * k + w / 2.0), -cos * (2.0 * k + h / 2.0));
            [1.0, -1.0].map(|side| Rect::new(x + side * ox - w / 2.0, y + side * oy - h / 2.0, w, h))
        });
        if let Some(rect) = placer.place(cands) {
            let color = darker(weapon_style(ring.weapon).color);
            labels.push(Label { text, rect, font: small, color, style: LabelStyle::Halo });
        }
    }
    for (p, i) in sc.launch_sites {
        let name = i.launch_site.as_deref().unwrap_or("launch site");
        let text = layout::fit_text(name, 180.0 * k, |s| cv.text_width(s, small));
        let (w, h) = (cv.text_width(&text, small), 13.0 * k);
        if let Some(rect) = placer.place(layout::around(p.0, p.1, 5.0 * k, w, h)) {
            let color = darker(weapon_style(i.weapon).color);
            labels.push(Label { text, rect, font: small, color, style: LabelStyle::Halo });
        }
    }
    for t in sc.towns.iter().filter(|t| !basemap.is_major_town(t)) {
        labels.extend(town(placer, t));
    }

    // Country names where the map spans a region or a border: on a city map they would name the obvious.
    let view = proj.visible_extent();
    let mut country_names = country_labels(basemap, proj, &view);
    if is_local(&view) && country_names.len() < 2 {
        country_names.clear();
    }
    for (name, at) in country_names {
        let font = Font::bold(15.0 * k);
        let text = name.to_uppercase();
        let (w, h) = (cv.text_width(&text, font), 18.0 * k);
        let cands = [(0.0, 0.0), (0.0, -40.0), (0.0, 40.0), (-60.0, 0.0), (60.0, 0.0)]
            .map(|(dx, dy)| Rect::new(at.0 - w / 2.0 + dx * k, at.1 - h / 2.0 + dy * k, w, h));
        if let Some(rect) = placer.place(cands) {
            labels.push(Label { text, rect, font, color: rgb(0x958e82), style: LabelStyle::Halo });
        }
    }
    (labels, placed_towns)
}

/// The extent of the incidents, launch sites and small rings, with a margin, at least `min_km` across.
pub fn fit_extent(incidents: &[&Incident], min_km: f64) -> Extent {
    let mut pts: Vec<LatLon> = incidents.iter().flat_map(|i| [i.location, i.launch_location]).flatten().collect();
    for r in candidate_rings(incidents) {
        if r.km <= FIT_RING_KM {
            let e = Extent::around(r.center, r.km);
            pts.extend([LatLon::new(e.south, e.west), LatLon::new(e.north, e.east)]);
        }
    }
    match Extent::of_points(pts) {
        None => REGION,
        Some(e) => {
            let (w, h) = e.size_km();
            e.padded(0.08 * w.max(h) + 4.0, min_km)
        }
    }
}

/// Maps narrower than this show towns as well as cities, and name countries only at borders.
const LOCAL_MAP_KM: f64 = 300.0;

fn is_local(view: &Extent) -> bool {
    view.size_km().0 < LOCAL_MAP_KM
}

/// Capitals and cities are on every map; smaller towns only on local maps, where they are the landmarks.
fn is_town_shown(kind: PlaceKind, local: bool) -> bool {
    matches!(kind, PlaceKind::Capital | PlaceKind::City) || (local && kind == PlaceKind::Town)
}

/// Rings for these incidents, each drawn once.
fn candidate_rings(incidents: &[&Incident]) -> Vec<Ring> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for i in incidents {
        let Some(target) = i.location else { continue };
        let mut push = |center: LatLon, km: f64, kind: RingKind| {
            let key = ((center.lat * 1e4) as i64, (center.lon * 1e4) as i64, (km * 10.0) as i64, kind);
            if km > 0.0 && km.is_finite() && seen.insert(key) {
                out.push(Ring { center, km, kind, weapon: i.weapon });
            }
        };
        match (i.launch_location, i.range_km, i.launch_distance_km) {
            (Some(launch), Some(r), _) => push(launch, r, RingKind::Range),
            (Some(_), None, _) => {}
            (None, r, d) => {
                if let Some(r) = r {
                    push(target, r, RingKind::PossibleOrigin);
                }
                if let Some(d) = d {
                    push(target, d, RingKind::LaunchDistance);
                }
            }
        }
    }
    out
}

/// Up to `capacity` incidents to number (indices into `shown`): the most killed and injured first,
/// then the latest; numbered in date order.
fn number(shown: &[&Incident], capacity: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..shown.len()).collect();
    idx.sort_by(|&a, &b| {
        let (x, y) = (shown[a], shown[b]);
        (x.killed.unwrap_or(0), casualties(x), x.date).cmp(&(y.killed.unwrap_or(0), casualties(y), y.date)).reverse()
    });
    idx.truncate(capacity);
    idx.sort_by(|&a, &b| {
        let (x, y) = (shown[a], shown[b]);
        (x.date.is_none(), x.date, &x.place, &x.id).cmp(&(y.date.is_none(), y.date, &y.place, &y.id))
    });
    idx
}

/// Where each marker is drawn: at its place, or when several share a spot, each a little up and to
/// the right of the one below, like fanned cards, so every weapon in the stack shows. Not on dense maps,
/// where the fan would only add clutter.
fn marker_positions(loc: &[Px], order: &[usize], mk: f64, dense: bool) -> Vec<Px> {
    let mut at = loc.to_vec();
    if dense {
        return at;
    }
    let mut stacks: Vec<(Px, usize)> = Vec::new();
    for &idx in order {
        let p = at[idx];
        let below = match stacks.iter_mut().find(|(q, _)| (q.0 - p.0).abs() < 2.0 * mk && (q.1 - p.1).abs() < 2.0 * mk)
        {
            Some((_, n)) => {
                *n += 1;
                *n - 1
            }
            None => {
                stacks.push((p, 1));
                0
            }
        };
        let step = below.min(MAX_FAN) as f64 * 6.0 * mk;
        at[idx] = (p.0 + step, p.1 - step);
    }
    at
}

/// Numbered incidents grouped where their markers coincide; `at` is where each marker is drawn.
fn callouts(shown: &[&Incident], numbered: &[usize], loc: &[Px], at: &[Px], k: f64) -> Vec<Callout> {
    let mut out: Vec<Callout> = Vec::new();
    for (n, &i) in numbered.iter().enumerate() {
        let p = loc[i];
        // A fanned marker is further out: the callout keeps clear of the whole fan.
        let r = marker_radius(casualties(shown[i]), k) + dist(at[i], p);
        match out.iter_mut().find(|c| (c.at.0 - p.0).abs() < 3.0 * k && (c.at.1 - p.1).abs() < 3.0 * k) {
            Some(c) => {
                c.numbers.push(n + 1);
                c.radius = c.radius.max(r);
            }
            None => out.push(Callout { at: p, radius: r, numbers: vec![n + 1] }),
        }
    }
    out
}

/// "1–3, 7" for 1, 2, 3, 7.
fn number_list(ns: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < ns.len() {
        let mut j = i;
        while j + 1 < ns.len() && ns[j + 1] == ns[j] + 1 {
            j += 1;
        }
        parts.push(if j > i + 1 { format!("{}–{}", ns[i], ns[j]) } else { ns[i].to_string() });
        if j == i + 1 {
            parts.push(ns[j].to_string());
        }
        i = j + 1;
    }
    parts.join(", ")
}

fn km_text(km: f64) -> String {
    if km >= 10.0 || km.fract() == 0.0 { format!("{km:.0} km") } else { format!("{km:.1} km") }
}

fn darker(c: RGBAColor) -> RGBAColor {
    RGBAColor((c.0 as f64 * 0.75) as u8, (c.1 as f64 * 0.75) as u8, (c.2 as f64 * 0.75) as u8, 1.0)
}

/// Countries the incidents are in (lighter land); Iraq and Syria when none say.
fn highlighted_countries(shown: &[&Incident]) -> HashSet<String> {
    let mut s: HashSet<String> = shown.iter().filter_map(|i| i.country.clone()).collect();
    if s.is_empty() {
        s.extend(["IQ".to_string(), "SY".to_string()]);
    }
    s
}

fn project_line(proj: &Projection, pts: &[LatLon]) -> Vec<Px> {
    pts.iter().map(|p| proj.to_px(*p)).collect()
}

/// Projected and thinned: points under half a pixel from the last kept one add nothing.
fn project_thin(proj: &Projection, line: &Polyline) -> Vec<Px> {
    let mut out: Vec<Px> = Vec::with_capacity(line.points.len());
    for (n, p) in line.points.iter().enumerate() {
        let q = proj.to_px(*p);
        let keep = match out.last() {
            None => true,
            Some(l) => n + 1 == line.points.len() || (q.0 - l.0).abs() + (q.1 - l.1).abs() >= 0.5,
        };
        if keep {
            out.push(q);
        }
    }
    out
}

fn draw_basemap<B: DrawingBackend>(
    cv: &mut Canvas<B>,
    b: &Basemap,
    proj: &Projection,
    view: &Extent,
    highlight: &HashSet<String>,
    k: f64,
    detailed: bool,
) -> Result<()> {
    let frame = proj.frame();
    cv.fill_rect(frame, rgb(SEA))?;
    for c in &b.countries {
        let fill = if highlight.contains(&c.iso_a2) { LAND } else { LAND_OTHER };
        for ring in c.rings.iter().filter(|r| r.extent.intersects(view)) {
            cv.polygon(&clip::polygon(&project_thin(proj, ring), &frame), rgb(fill))?;
        }
    }
    let lines = |layer: &[Polyline]| -> Vec<Vec<Px>> {
        layer
            .iter()
            .filter(|l| l.extent.intersects(view))
            .flat_map(|l| clip::polyline(&project_thin(proj, l), &frame))
            .collect()
    };
    for lake in b.lakes.iter().filter(|r| r.extent.intersects(view)) {
        let pts = clip::polygon(&project_thin(proj, lake), &frame);
        cv.polygon(&pts, rgb(SEA))?;
    }
    if detailed {
        for l in lines(&b.rivers) {
            cv.polyline(&l, rgb(WATER_LINE), 1.3 * k)?;
        }
        for l in lines(&b.admin1_borders) {
            cv.dashed(&l, rgb(ADMIN1), 0.9 * k, 6.0 * k, 3.0 * k)?;
        }
    }
    let borders = lines(&b.country_borders);
    if detailed {
        for l in &borders {
            cv.polyline(l, rgb(BORDER_HALO), 5.0 * k)?;
        }
    }
    for l in &borders {
        cv.polyline(l, rgb(BORDER), if detailed { 1.4 } else { 0.8 } * k)?;
    }
    for l in lines(&b.coastline) {
        cv.polyline(&l, rgb(WATER_LINE), 0.9 * k)?;
    }
    Ok(())
}

fn draw_ring<B: DrawingBackend>(cv: &mut Canvas<B>, proj: &Projection, ring: &Ring, k: f64) -> Result<()> {
    let frame = proj.frame();
    // Enough vertices that no chord is longer than a few pixels, and never fewer than 128.
    let r_px = ring.km * proj.px_per_km();
    let n = ((r_px * std::f64::consts::TAU / 4.0) as usize).clamp(128, 2048);
    let pts = project_line(proj, &geodesy::circle(ring.center, ring.km, n));
    let color = weapon_style(ring.weapon).color;
    // Tint the area a possible origin could be in, unless the ring is larger than the map.
    if ring.kind == RingKind::PossibleOrigin && r_px < frame.h.min(frame.w) / 2.0 {
        let RGBAColor(r, g, b, _) = color;
        cv.polygon(&clip::polygon(&pts, &frame), RGBAColor(r, g, b, 0.06))?;
    }
    for part in clip::polyline(&pts, &frame) {
        match ring.kind {
            RingKind::Range | RingKind::PossibleOrigin => cv.dashed(&part, color, 1.6 * k, 8.0 * k, 4.0 * k)?,
            RingKind::LaunchDistance => cv.dashed(&part, darker(color), 1.4 * k, 2.0 * k, 3.0 * k)?,
        }
    }
    Ok(())
}

fn draw_arrow<B: DrawingBackend>(
    cv: &mut Canvas<B>,
    proj: &Projection,
    from: LatLon,
    to: LatLon,
    trim: f64,
    color: RGBAColor,
    k: f64,
) -> Result<()> {
    let km = geodesy::distance_km(from, to);
    let bearing = geodesy::bearing_deg(from, to);
    let mut pts: Vec<Px> =
        (0..=24).map(|s| proj.to_px(geodesy::destination(from, bearing, km * s as f64 / 24.0))).collect();
    // Stop at the marker's edge so the head stays visible.
    let end = *pts.last().expect("25 points");
    while pts.len() > 2 && dist(pts[pts.len() - 2], end) < trim + 2.0 * k {
        pts.pop();
    }
    let prev = pts[pts.len() - 2];
    let d = dist(prev, end);
    if d < 1e-6 {
        return Ok(());
    }
    let (ux, uy) = ((end.0 - prev.0) / d, (end.1 - prev.1) / d);
    let tip = (end.0 - ux * (trim + 2.0 * k), end.1 - uy * (trim + 2.0 * k));
    *pts.last_mut().expect("at least 2 points") = tip;
    let frame = proj.frame();
    let c = darker(color);
    for part in clip::polyline(&pts, &frame) {
        cv.polyline(&part, c, 1.6 * k)?;
    }
    let (l, w) = (10.0 * k, 4.5 * k);
    let head =
        [tip, (tip.0 - ux * l - uy * w, tip.1 - uy * l + ux * w), (tip.0 - ux * l + uy * w, tip.1 - uy * l - ux * w)];
    if head.iter().all(|p| frame.contains(*p)) {
        cv.polygon(&head, c)?;
    }
    Ok(())
}

fn dist(a: Px, b: Px) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

fn draw_launch_site<B: DrawingBackend>(cv: &mut Canvas<B>, p: Px, color: RGBAColor, k: f64) -> Result<()> {
    let c = darker(color);
    cv.circle(p, 5.0 * k, rgb(0xffffff))?;
    cv.ring(p, 4.5 * k, c, 1.6 * k)?;
    cv.polyline(&[(p.0 - 3.0 * k, p.1), (p.0 + 3.0 * k, p.1)], c, 1.2 * k)?;
    cv.polyline(&[(p.0, p.1 - 3.0 * k), (p.0, p.1 + 3.0 * k)], c, 1.2 * k)
}

/// For each base, a frame around the incident markers on it, or `None` when no marker covers it:
/// a marker drawn on a base hides its symbol, so such a base is drawn as a frame around the markers.
fn base_frames(
    bases: &[&Place],
    shown: &[&Incident],
    loc: &[Px],
    at: &[Px],
    proj: &Projection,
    mk: f64,
    k: f64,
) -> Vec<Option<Rect>> {
    let spots: Vec<(Px, Px, f64)> =
        shown.iter().zip(loc).zip(at).map(|((i, q), a)| (*q, *a, marker_radius(casualties(i), mk))).collect();
    bases
        .iter()
        .map(|b| {
            let p = proj.to_px(b.location);
            spots
                .iter()
                .filter(|(q, _, r)| dist(p, *q) < *r)
                // Shapes reach a little past their nominal radius (a triangle's tip, a star's points).
                .map(|(_, a, r)| Rect::new(a.0 - 1.4 * r, a.1 - 1.4 * r, 2.8 * r, 2.8 * r))
                .reduce(|a, b| a.union(&b))
                .map(|r| r.inflate(2.0 * k))
        })
        .collect()
}

/// Centre and half-size of the smallest square about a frame's centre that holds it.
fn frame_radius(r: &Rect) -> (Px, f64) {
    ((r.x + r.w / 2.0, r.y + r.h / 2.0), r.w.max(r.h) / 2.0)
}

fn draw_bases<B: DrawingBackend>(
    cv: &mut Canvas<B>,
    bases: &[&Place],
    frames: &[Option<Rect>],
    proj: &Projection,
    k: f64,
) -> Result<()> {
    for (b, f) in bases.iter().zip(frames) {
        match f {
            Some(r) => draw_base_frame(cv, *r, k)?,
            None => draw_base(cv, proj.to_px(b.location), k)?,
        }
    }
    Ok(())
}

/// A base under incident markers: a frame in the base colour around them.
fn draw_base_frame<B: DrawingBackend>(cv: &mut Canvas<B>, r: Rect, k: f64) -> Result<()> {
    cv.stroke_rect(r, rgba(0xffffff, 0.9), 3.6 * k)?;
    cv.stroke_rect(r, rgb(BASE), 1.8 * k)
}

fn draw_base<B: DrawingBackend>(cv: &mut Canvas<B>, p: Px, k: f64) -> Result<()> {
    let sq = |h: f64| Rect::new(p.0 - h, p.1 - h, 2.0 * h, 2.0 * h);
    cv.fill_rect(sq(5.5 * k), rgb(0xffffff))?;
    cv.fill_rect(sq(4.5 * k), rgb(BASE))?;
    cv.fill_rect(sq(1.6 * k), rgb(0xffffff))
}

fn draw_town<B: DrawingBackend>(cv: &mut Canvas<B>, p: Px, capital: bool, k: f64) -> Result<()> {
    if capital {
        cv.circle(p, 5.0 * k, rgb(0xffffff))?;
        cv.ring(p, 4.0 * k, rgb(INK), 1.4 * k)?;
        cv.circle(p, 1.8 * k, rgb(INK))
    } else {
        cv.circle(p, 3.6 * k, rgb(0xffffff))?;
        cv.circle(p, 2.6 * k, rgb(0x3a3a3a))
    }
}

fn draw_marker<B: DrawingBackend>(
    cv: &mut Canvas<B>,
    shape: Shape,
    color: RGBAColor,
    p: Px,
    r: f64,
    dense: bool,
    k: f64,
) -> Result<()> {
    let halo = if dense { 0.8 } else { 1.5 } * k;
    cv.polygon(&symbols::outline(shape, p, r + halo), rgba(0xffffff, if dense { 0.7 } else { 1.0 }))?;
    let RGBAColor(cr, cg, cb, _) = color;
    cv.polygon(&symbols::outline(shape, p, r), RGBAColor(cr, cg, cb, if dense { 0.8 } else { 1.0 }))
}

fn draw_label<B: DrawingBackend>(cv: &mut Canvas<B>, l: &Label, k: f64) -> Result<()> {
    let r = l.rect;
    let baseline = r.y + r.h / 2.0 + CAP_HEIGHT * l.font.em / 2.0;
    match l.style {
        LabelStyle::Halo => cv.text_halo(&l.text, (r.x, baseline), l.font, l.color, Align::Left),
        LabelStyle::Boxed { leader } => {
            if let Some((at, radius)) = leader {
                let target = (at.0.clamp(r.x, r.right()), at.1.clamp(r.y, r.bottom()));
                let d = dist(at, target);
                if d > radius {
                    let start = (at.0 + (target.0 - at.0) * radius / d, at.1 + (target.1 - at.1) * radius / d);
                    cv.polyline(&[start, target], rgb(INK), 1.0 * k)?;
                }
            }
            cv.fill_rect(r, rgb(0xffffff))?;
            cv.stroke_rect(r, rgb(INK), 1.0 * k)?;
            cv.text(&l.text, (r.x + r.w / 2.0, baseline), l.font, l.color, Align::Center)
        }
    }
}

/// Where to write each country's name: the in-view point deepest inside it, when there is room.
fn country_labels(b: &Basemap, proj: &Projection, view: &Extent) -> Vec<(String, Px)> {
    let frame = proj.frame();
    let step = 24.0;
    let mut out = Vec::new();
    for c in b.countries.iter().filter(|c| !c.name.is_empty()) {
        let rings: Vec<Vec<Px>> = c
            .rings
            .iter()
            .filter(|r| r.extent.intersects(view))
            .map(|r| clip::polygon(&project_thin(proj, r), &frame))
            .filter(|r| r.len() >= 3)
            .collect();
        if rings.is_empty() {
            continue;
        }
        let mut best: Option<(f64, Px)> = None;
        let mut y = frame.y + step / 2.0;
        while y < frame.bottom() {
            let mut x = frame.x + step / 2.0;
            while x < frame.right() {
                if let Some(ring) = rings.iter().find(|r| inside((x, y), r)) {
                    let depth = edge_distance((x, y), ring);
                    if best.is_none_or(|(d, _)| depth > d) {
                        best = Some((depth, (x, y)));
                    }
                }
                x += step;
            }
            y += step;
        }
        // Room for a name: the point is at least this far from the border or the frame.
        if let Some((depth, at)) = best.filter(|(d, _)| *d > 40.0) {
            let _ = depth;
            out.push((c.name.clone(), at));
        }
    }
    out
}

fn inside(p: Px, ring: &[Px]) -> bool {
    let mut inside = false;
    let mut j = ring.len() - 1;
    for i in 0..ring.len() {
        let (a, b) = (ring[i], ring[j]);
        if (a.1 > p.1) != (b.1 > p.1) && p.0 < a.0 + (p.1 - a.1) * (b.0 - a.0) / (b.1 - a.1) {
            inside = !inside;
        }
        j = i;
    }
    inside
}

fn edge_distance(p: Px, ring: &[Px]) -> f64 {
    let mut best = f64::MAX;
    for i in 0..ring.len() {
        let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len2 = dx * dx + dy * dy;
        let t = if len2 > 0.0 { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
        best = best.min(dist(p, (a.0 + t * dx, a.1 + t * dy)));
    }
    best
}

/// The scale bar's round length in km, about a fifth of the frame at the standard parallel.
fn scale_bar_km(proj: &Projection) -> f64 {
    layout::round_km(proj.frame().w * 0.2 / proj.px_per_km())
}

fn draw_scale_bar<B: DrawingBackend>(cv: &mut Canvas<B>, bar: &ScaleBar, bx: Rect, k: f64) -> Result<()> {
    cv.fill_rect(bx, rgba(0xffffff, 0.85))?;
    let h = 5.0 * k;
    let quarter = (bar.x1 - bar.x0) / 4.0;
    for q in 0..4 {
        let seg = Rect::new(bar.x0 + q as f64 * quarter, bar.y, quarter, h);
        cv.fill_rect(seg, rgb(if q % 2 == 0 { INK } else { 0xffffff }))?;
    }
    cv.stroke_rect(Rect::new(bar.x0, bar.y, bar.x1 - bar.x0, h), rgb(INK), 1.0 * k)?;
    let font = Font::new(10.5 * k);
    let y = bar.y - 4.0 * k;
    cv.text("0", (bar.x0, y), font, rgb(INK), Align::Center)?;
    cv.text(&trim_km(bar.km / 2.0), ((bar.x0 + bar.x1) / 2.0, y), font, rgb(INK), Align::Center)?;
    cv.text(&format!("{} km", trim_km(bar.km)), (bar.x1 - 4.0 * k, y), font, rgb(INK), Align::Left)
}

fn trim_km(km: f64) -> String {
    let s = format!("{km:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn draw_north_arrow<B: DrawingBackend>(cv: &mut Canvas<B>, r: Rect, k: f64) -> Result<()> {
    cv.fill_rect(r, rgba(0xffffff, 0.85))?;
    let cx = r.x + r.w / 2.0;
    let (top, bottom) = (r.y + 20.0 * k, r.bottom() - 5.0 * k);
    let w = 7.0 * k;
    let notch = bottom - 7.0 * k;
    cv.polygon(&[(cx, top), (cx - w, bottom), (cx, notch)], rgb(INK))?;
    cv.polygon(&[(cx, top), (cx + w, bottom), (cx, notch)], rgb(0xffffff))?;
    cv.polyline(&[(cx, top), (cx + w, bottom), (cx, notch), (cx - w, bottom), (cx, top)], rgb(INK), 1.0 * k)?;
    cv.text("N", (cx, r.y + 16.0 * k), Font::bold(13.0 * k), rgb(INK), Align::Center)
}

/// The locator inset's size, shaped like the region it shows.
fn inset_size(page: &Page, basemap: &Basemap, view: &Extent) -> (f64, f64) {
    let region = inset_region(basemap, view);
    let (w_km, h_km) = region.size_km();
    let w = (page.frame.w * 0.24).min(240.0 * page.k);
    let h = (w * h_km / w_km).min(page.frame.h * 0.4);
    (h * w_km / h_km, h)
}

/// The inset at the foot of the side panel, as wide as the panel allows.
fn panel_inset(page: &Page, w: f64, h: f64) -> Rect {
    let p = page.panel;
    let scale = ((p.w - 8.0 * page.k) / w).min(p.h * 0.25 / h);
    let (w, h) = (w * scale, h * scale);
    Rect::new(p.x + 4.0 * page.k, p.bottom() - h, w, h)
}

fn inset_region(basemap: &Basemap, view: &Extent) -> Extent {
    let region = REGION.union(*view).padded(40.0, 0.0);
    match basemap.coverage() {
        // Never wider than the basemap, unless the map itself is.
        Some(c)
            if c.contains(LatLon::new(region.south, region.west))
                && c.contains(LatLon::new(region.north, region.east)) =>
        {
            region
        }
        _ => REGION.union(*view),
    }
}

fn draw_inset<B: DrawingBackend>(
    cv: &mut Canvas<B>,
    basemap: &Basemap,
    r: Rect,
    main: &Projection,
    highlight: &HashSet<String>,
    k: f64,
) -> Result<()> {
    let view = main.visible_extent();
    let region = inset_region(basemap, &view);
    let proj = Projection::fit(region, r);
    cv.fill_rect(r.inflate(3.0 * k), rgb(0xffffff))?;
    draw_basemap(cv, basemap, &proj, &proj.visible_extent(), highlight, k, false)?;
    // The main map's frame as the inset's projection draws it (its sides curve a little).
    let outline = project_line(&proj, &main.frame_outline());
    let (x0, x1) = outline.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (y0, y1) = outline.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let min = 6.0 * k;
    let outline = if x1 - x0 >= min && y1 - y0 >= min {
        outline
    } else {
        // Never smaller than a few pixels, so a map of one town still shows where it is.
        let (cx, cy, h) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0, min / 2.0);
        vec![(cx - h, cy - h), (cx + h, cy - h), (cx + h, cy + h), (cx - h, cy + h), (cx - h, cy - h)]
    };
    for part in clip::polyline(&outline, &r) {
        cv.polyline(&part, rgb(EXTENT_BOX), 2.0 * k)?;
    }
    cv.stroke_rect(r, rgb(INK), 1.0 * k)
}

/// The projection as the credit line names it.
fn projection_text(proj: &Projection) -> String {
    let lat = |v: f64| format!("{:.1}°{}", v.abs(), if v >= 0.0 { "N" } else { "S" });
    match proj.standard_parallels() {
        Some((a, b)) => format!("Lambert conformal conic, standard parallels {} and {}", lat(a), lat(b)),
        None => "Mercator".to_string(),
    }
}

/// Day-precise dates rank above month, month above year.
fn precision_rank(i: &Incident) -> u8 {
    match i.date_precision {
        Some(DatePrecision::Year) => 0,
        Some(DatePrecision::Month) => 1,
        _ => 2,
    }
}

fn date_text(i: &Incident) -> String {
    match (i.date, i.date_precision) {
        (None, _) => "date unknown".into(),
        (Some(d), Some(DatePrecision::Year)) => d.format("%Y").to_string(),
        (Some(d), Some(DatePrecision::Month)) => d.format("%b %Y").to_string(),
        (Some(d), _) => d.format("%-d %b %Y").to_string(),
    }
}

fn draw_title<B: DrawingBackend>(
    cv: &mut Canvas<B>,
    page: &Page,
    opts: &MapOptions,
    shown: &[&Incident],
) -> Result<()> {
    let k = page.k;
    let title = match (&opts.title, &opts.focus) {
        (Some(t), _) => t.clone(),
        (None, Some(f)) => format!("Reported attacks within {} of {}", km_text(f.km), f.name),
        (None, None) => "Reported attacks".to_string(),
    };
    let x = page.frame.x;
    let max_w = page.w - 2.0 * x;
    let font = Font::bold(24.0 * k);
    cv.text(&layout::fit_text(&title, max_w, |s| cv.text_width(s, font)), (x, 34.0 * k), font, rgb(INK), Align::Left)?;
    // The first and last incident as precisely as they are dated ("Dec 2019"), or the dates asked for.
    let dated = || shown.iter().filter(|i| i.date.is_some());
    let first = dated().min_by_key(|i| (i.date, std::cmp::Reverse(precision_rank(i)))).map(|i| date_text(i));
    let last = dated().max_by_key(|i| (i.date, precision_rank(i))).map(|i| date_text(i));
    let fmt = |d: chrono::NaiveDate| d.format("%-d %b %Y").to_string();
    let range = match (opts.since.map(fmt).or(first), opts.until.map(fmt).or(last)) {
        (Some(a), Some(b)) if a == b => a,
        (Some(a), Some(b)) => format!("{a} – {b}"),
        (Some(a), None) => format!("since {a}"),
        (None, Some(b)) => format!("until {b}"),
        (None, None) => "dates unknown".to_string(),
    };
    // Tolls only where some report gave one: "0 injured" would claim what no one said.
    let toll = |f: fn(&Incident) -> Option<u32>| {
        let known: Vec<u32> = shown.iter().filter_map(|i| f(i)).collect();
        (!known.is_empty()).then(|| known.iter().sum::<u32>())
    };
    let tolls: Vec<(u32, &str)> = [(toll(|i| i.killed), "killed"), (toll(|i| i.injured), "injured")]
        .into_iter()
        .filter_map(|(n, what)| Some((n?, what)))
        .collect();
    let mut sub = format!("{range}  ·  {} incident{} on the map", shown.len(), if shown.len() == 1 { "" } else { "s" });
    if !tolls.is_empty() {
        // Sums of the lowest reported figures: "at least", unless all are none.
        let at_least = if tolls.iter().any(|(n, _)| *n > 0) { "at least " } else { "" };
        let parts: Vec<String> = tolls.iter().map(|(n, what)| format!("{n} {what}")).collect();
        sub += &format!("  ·  {at_least}{}", parts.join(", "));
    }
    let font = Font::new(14.0 * k);
    cv.text(&layout::fit_text(&sub, max_w, |s| cv.text_width(s, font)), (x, 57.0 * k), font, rgb(MUTED), Align::Left)
}

/// What the legend lists: only what the map shows.
#[derive(Clone, Debug, Default)]
struct Legend {
    weapons: Vec<(Weapon, usize)>,
    casualties: bool,
    rings: Vec<RingKind>,
    /// Launch site symbols or arrows.
    launch: bool,
    /// Base symbols, and frames of bases with markers on them.
    bases: bool,
    bases_hit: bool,
    capitals: bool,
    cities: bool,
    focus: bool,
}

impl Legend {
    /// Weapons and rings; the other rows are set by the caller from what is drawn.
    fn of(shown: &[&Incident], rings: &[Ring]) -> Legend {
        let weapons = Weapon::ALL
            .iter()
            .map(|w| (*w, shown.iter().filter(|i| i.weapon == *w).count()))
            .filter(|(_, n)| *n > 0)
            .collect();
        let kinds: BTreeSet<RingKind> = rings.iter().map(|r| r.kind).collect();
        Legend { weapons, casualties: !shown.is_empty(), rings: kinds.into_iter().collect(), ..Default::default() }
    }

    fn height(&self, k: f64) -> f64 {
        let flags = [self.launch, self.bases, self.bases_hit, self.capitals, self.cities, self.focus];
        let rows = self.weapons.len() + self.rings.len() + flags.iter().filter(|b| **b).count();
        (26.0 + 20.0 * rows as f64 + if self.casualties { 58.0 } else { 0.0 }) * k
    }
}

/// `mk` is the marker scale of the map, so the size key matches it.
fn draw_legend<B: DrawingBackend>(cv: &mut Canvas<B>, page: &Page, lg: &Legend, mk: f64) -> Result<f64> {
    let k = page.k;
    let p = page.panel;
    cv.polyline(&[(p.x - 6.0 * k, p.y), (p.x - 6.0 * k, p.bottom())], rgb(0xcccccc), 1.0 * k)?;
    let x = p.x + 4.0 * k;
    let sym = x + 10.0 * k;
    let tx = x + 28.0 * k;
    let max_w = p.right() - tx;
    let font = Font::new(12.0 * k);
    let mut y = p.y + 14.0 * k;
    cv.text("LEGEND", (x, y), Font::bold(12.5 * k), rgb(INK), Align::Left)?;
    y += 12.0 * k;
    let row = |y: f64| y + 10.0 * k;
    for (w, n) in &lg.weapons {
        let st = weapon_style(*w);
        let c = (sym, row(y));
        cv.polygon(&symbols::outline(st.shape, c, 7.5 * k), rgb(0xffffff))?;
        cv.polygon(&symbols::outline(st.shape, c, 6.0 * k), st.color)?;
        let name = format!("{}{}  ({n})", w.as_str()[..1].to_uppercase(), &w.as_str()[1..]);
        let name = if *w == Weapon::Ied { format!("IED  ({n})") } else { name };
        cv.text_fit(&name, (tx, row(y) + CAP_HEIGHT * font.em / 2.0), max_w, font, rgb(INK), Align::Left)?;
        y += 20.0 * k;
    }
    if lg.casualties {
        cv.text("Size: killed + injured", (x, y + 14.0 * k), font, rgb(INK), Align::Left)?;
        let cy = y + 38.0 * k;
        let mut cx = x + 8.0 * k;
        for n in [0u32, 10, 50] {
            let r = marker_radius(n, mk);
            cx += r;
            cv.polygon(&symbols::outline(Shape::Circle, (cx, cy), r), rgb(0xb9b9b9))?;
            cx += r + 4.0 * k;
            let t = n.to_string();
            cv.text(&t, (cx, cy + CAP_HEIGHT * font.em / 2.0), font, rgb(INK), Align::Left)?;
            cx += cv.text_width(&t, font) + 16.0 * k;
        }
        y += 58.0 * k;
    }
    let sample = |y: f64| [(sym - 10.0 * k, row(y)), (sym + 10.0 * k, row(y))];
    let red = weapon_style(Weapon::Rocket).color;
    for kind in &lg.rings {
        let (text, dash) = match kind {
            RingKind::Range => ("Weapon range from launch site", (8.0, 4.0)),
            RingKind::PossibleOrigin => ("Possible origin: range around target", (8.0, 4.0)),
            RingKind::LaunchDistance => ("Stated launch distance from target", (2.0, 3.0)),
        };
        let c = if *kind == RingKind::LaunchDistance { darker(red) } else { red };
        cv.dashed(&sample(y), c, 1.6 * k, dash.0 * k, dash.1 * k)?;
        cv.text_fit(text, (tx, row(y) + CAP_HEIGHT * font.em / 2.0), max_w, font, rgb(INK), Align::Left)?;
        y += 20.0 * k;
    }
    let item = |cv: &mut Canvas<B>, y: &mut f64, text: &str| -> Result<()> {
        cv.text_fit(text, (tx, row(*y) + CAP_HEIGHT * font.em / 2.0), max_w, font, rgb(INK), Align::Left)?;
        *y += 20.0 * k;
        Ok(())
    };
    if lg.launch {
        draw_launch_site(cv, (sym - 6.0 * k, row(y)), red, k)?;
        cv.polyline(&[(sym - 1.0 * k, row(y)), (sym + 8.0 * k, row(y))], darker(red), 1.6 * k)?;
        let tip = (sym + 12.0 * k, row(y));
        cv.polygon(&[tip, (tip.0 - 7.0 * k, tip.1 - 3.5 * k), (tip.0 - 7.0 * k, tip.1 + 3.5 * k)], darker(red))?;
        item(cv, &mut y, "Launch site and direction of fire")?;
    }
    if lg.bases {
        draw_base(cv, (sym, row(y)), k)?;
        item(cv, &mut y, "Military base")?;
    }
    if lg.bases_hit {
        let c = (sym, row(y));
        cv.polygon(&symbols::outline(Shape::Circle, c, 4.0 * k), rgb(0xb9b9b9))?;
        draw_base_frame(cv, Rect::new(c.0 - 7.0 * k, c.1 - 7.0 * k, 14.0 * k, 14.0 * k), k)?;
        item(cv, &mut y, "Military base with attacks on it")?;
    }
    if lg.capitals {
        draw_town(cv, (sym, row(y)), true, k)?;
        item(cv, &mut y, "Capital")?;
    }
    if lg.cities {
        draw_town(cv, (sym, row(y)), false, k)?;
        item(cv, &mut y, "Town")?;
    }
    if lg.focus {
        cv.dashed(&sample(y), rgb(INK), 1.2 * k, 9.0 * k, 5.0 * k)?;
        item(cv, &mut y, "Search radius")?;
    }
    Ok(y)
}

fn draw_list<B: DrawingBackend>(
    cv: &mut Canvas<B>,
    page: &Page,
    shown: &[&Incident],
    numbered: &[usize],
    top: f64,
    row_h: f64,
) -> Result<()> {
    let k = page.k;
    let p = page.panel;
    let x = p.x + 4.0 * k;
    let mut y = top + 20.0 * k;
    cv.text("INCIDENTS", (x, y), Font::bold(12.5 * k), rgb(INK), Align::Left)?;
    let note = if numbered.len() < shown.len() {
        format!("{} of {} listed: most killed and injured first", numbered.len(), shown.len())
    } else {
        String::new()
    };
    let small = Font::new(10.5 * k);
    let note_x = x + cv.text_width("INCIDENTS", Font::bold(12.5 * k)) + 8.0 * k;
    cv.text_fit(&note, (note_x, y), p.right() - note_x, small, rgb(MUTED), Align::Left)?;
    y += 8.0 * k;
    let tx = x + 34.0 * k;
    let max_w = p.right() - tx - 4.0 * k;
    let head = Font::bold(11.5 * k);
    let body = Font::new(11.0 * k);
    for (n, &i) in numbered.iter().enumerate() {
        let inc = shown[i];
        let badge = Rect::new(x, y + 4.0 * k, 26.0 * k, 16.0 * k);
        cv.fill_rect(badge, rgb(0xffffff))?;
        cv.stroke_rect(badge, rgb(INK), 1.0 * k)?;
        let num = (n + 1).to_string();
        let by = badge.y + badge.h / 2.0 + CAP_HEIGHT * head.em / 2.0;
        cv.text(&num, (badge.x + badge.w / 2.0, by), head, rgb(INK), Align::Center)?;
        let place = inc.place.as_deref().or(inc.place_text.as_deref()).unwrap_or("unknown place");
        let line1 = format!("{}  ·  {}", date_text(inc), place);
        cv.text_fit(&line1, (tx, by), max_w, head, rgb(INK), Align::Left)?;
        let line2 = detail_text(inc);
        let y2 = by + 15.0 * k;
        let st = weapon_style(inc.weapon);
        cv.polygon(&symbols::outline(st.shape, (x + 13.0 * k, y2 - 4.0 * k), 4.5 * k), st.color)?;
        cv.text_fit(&line2, (tx, y2), max_w, body, rgb(MUTED), Align::Left)?;
        y += row_h;
    }
    Ok(())
}

/// "Rocket ×3 · 1 killed, 6–9 injured · claimed: X".
fn detail_text(i: &Incident) -> String {
    let w = i.weapon.as_str();
    let mut weapon =
        if i.weapon == Weapon::Ied { "IED".to_string() } else { format!("{}{}", w[..1].to_uppercase(), &w[1..]) };
    match (i.count_min, i.count_max) {
        (Some(a), Some(b)) if b > a => weapon += &format!(" ×{a}–{b}"),
        (Some(a), _) | (None, Some(a)) => weapon += &format!(" ×{a}"),
        _ => {}
    }
    let span = |lo: Option<u32>, hi: Option<u32>, what: &str| match (lo, hi) {
        (Some(a), Some(b)) if b > a => Some(format!("{a}–{b} {what}")),
        (Some(a), _) => Some(format!("{a} {what}")),
        _ => None,
    };
    let toll: Vec<String> = [span(i.killed, i.killed_max, "killed"), span(i.injured, i.injured_max, "injured")]
        .into_iter()
        .flatten()
        .collect();
    let mut parts = vec![weapon, if toll.is_empty() { "no casualties reported".into() } else { toll.join(", ") }];
    if let Some(c) = &i.claimed_by {
        parts.push(format!("claimed: {c}"));
    }
    if i.reports > 1 {
        parts.push(format!("{} reports", i.reports));
    }
    parts.join("  ·  ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_lists_collapse_runs() {
        assert_eq!(number_list(&[1]), "1");
        assert_eq!(number_list(&[1, 2]), "1, 2");
        assert_eq!(number_list(&[1, 2, 3, 7]), "1–3, 7");
        assert_eq!(number_list(&[2, 4, 5, 6, 9, 10]), "2, 4–6, 9, 10");
    }

    #[test]
    fn details_read_like_a_briefing_line() {
        let i = Incident {
            weapon: Weapon::Rocket,
            count_min: Some(3),
            count_max: Some(14),
            killed: Some(1),
            injured: Some(6),
            injured_max: Some(9),
            claimed_by: Some("Saraya Awliya al-Dam".into()),
            reports: 2,
            ..Default::default()
        };
        assert_eq!(
            detail_text(&i),
            "Rocket ×3–14  ·  1 killed, 6–9 injured  ·  claimed: Saraya Awliya al-Dam  ·  2 reports"
        );
        assert_eq!(
            detail_text(&Incident { weapon: Weapon::Ied, ..Default::default() }),
            "IED  ·  no casualties reported"
        );
    }

    #[test]
    fn rings_go_around_the_launch_site_when_known_else_the_target() {
        let target = LatLon::new(36.2375, 43.963056);
        let launch = geodesy::destination(target, 200.0, 7.0);
        let known = Incident {
            location: Some(target),
            launch_location: Some(launch),
            range_km: Some(8.0),
            ..Default::default()
        };
        let unknown = Incident {
            location: Some(target),
            range_km: Some(8.0),
            launch_distance_km: Some(7.0),
            ..Default::default()
        };
        let r = candidate_rings(&[&known]);
        assert!(r.len() == 1 && r[0].center == launch && r[0].kind == RingKind::Range);
        let r = candidate_rings(&[&unknown, &unknown]);
        let kinds: Vec<RingKind> = r.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, vec![RingKind::PossibleOrigin, RingKind::LaunchDistance], "each drawn once");
        assert!(r.iter().all(|r| r.center == target));
    }
}
