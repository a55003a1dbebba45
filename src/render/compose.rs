//! Lays out and draws one briefing map: basemap, rings, symbols, labels, furniture and side panel.

use std::collections::{BTreeSet, HashSet};

use anyhow::Result;

use super::basemap::Basemap;
use super::canvas::{Align, Canvas, Font, Px, rgb};
use super::furniture::{Furniture, arrange, draw_inset, draw_north_arrow, draw_scale_bar, projection_text};
use super::labels::{Scene, draw_label, place_labels};
use super::layout::Placer;
use super::marks::{
    arrow_boxes, arrow_path, base_frames, draw_arrow, draw_basemap, draw_bases, draw_launch_site, draw_marker,
    draw_town, project_line,
};
use super::palette::{INK, MUTED, PAGE};
use super::panel::{Legend, Row, draw_legend, draw_list, draw_title};
use super::projection::{Extent, Rect};
use super::rings::{Ring, candidate_rings, draw_ring};
use super::symbols::{casualties, marker_radius, weapon_style};
use super::{Fetch, MapIncident};
use super::{MapOptions, RenderedMap, clip};
use crate::gazetteer::{Gazetteer, Place, PlaceKind};
use crate::geodesy;
use crate::model::{Incident, LatLon};

/// Iraq, Syria and Jordan: the default view, and what the locator inset always shows.
pub(super) const REGION: Extent = Extent { west: 34.0, south: 28.0, east: 49.0, north: 38.5 };

/// Rings larger than this do not widen the fitted extent (a 300 km missile range would hide the target).
pub(super) const FIT_RING_KM: f64 = 60.0;

/// The smallest area a fitted map shows across: one incident still gets its surroundings.
pub(super) const MIN_FIT_KM: f64 = 30.0;

/// Above this many incidents markers are smaller, translucent and never fanned out.
pub(super) const DENSE: usize = 300;

/// At most this many markers of a stack at one spot are set apart; the rest go on the top one.
const MAX_FAN: usize = 3;

/// Above this many rings, only the numbered incidents get theirs.
pub(super) const MAX_RINGS: usize = 100;

/// Page areas in output pixels.
pub(super) struct Page {
    pub(super) k: f64,
    pub(super) w: f64,
    pub(super) h: f64,
    pub(super) frame: Rect,
    pub(super) panel: Rect,
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

pub fn draw(
    cv: &mut Canvas,
    incidents: &[&MapIncident],
    fetch: &mut Fetch,
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
    // With a search radius, only what lies within it: the title says "within N km of X", and the
    // frame's corners reach further than that.
    let in_window = |l: LatLon| opts.focus.as_ref().is_none_or(|f| geodesy::distance_km(f.at, l) <= f.km);
    let mut shown: Vec<&MapIncident> = incidents
        .iter()
        .copied()
        .filter(|i| i.location.is_some_and(|l| frame.contains(proj.to_px(l)) && in_window(l)))
        .collect();
    shown.sort_by_key(|i| std::cmp::Reverse(casualties(i)));
    let mk = marker_scale(shown.len(), k);

    // A base closed before the first attack shown is history, not a reference of this map.
    let first_year = shown.iter().filter_map(|i| i.date).map(|d| chrono::Datelike::year(&d)).min();
    let bases: Vec<&Place> = gazetteer
        .places()
        .iter()
        .filter(|p| p.kind.is_military() && p.stands_in(first_year) && proj.shows(p.location))
        .collect();
    let local = is_local(&view);
    let mut towns: Vec<&Place> =
        gazetteer.places().iter().filter(|p| is_town_shown(p.kind, local) && proj.shows(p.location)).collect();
    // Capitals, then governorate seats, then cities, then towns.
    towns.sort_by_key(|p| (p.kind != PlaceKind::Capital, !basemap.is_major_town(p), p.kind == PlaceKind::Town));

    // Panel capacity decides how many incidents get numbers: the legend above the list holds at most
    // these rows.
    let all_rings = candidate_rings(&shown);
    let upper = Legend {
        launch: shown.iter().any(|i| i.launch_location().is_some()),
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
    let mut room = capacity(&upper);
    let mut numbered = number(&shown, room);
    // Rings and launch arrows for every incident, or only the numbered ones when there are too many.
    let ringed = |numbered: &[usize]| -> Vec<&MapIncident> {
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
                (numbered, with_rings, rings, room) = (again, w, r, more);
            }
        }
    }

    // The listed incidents in full, numbered in date order. Rows that wrap take more room: the
    // least important are left out until the rest fit.
    let mut listed: Vec<(usize, Incident)> =
        numbered.iter().copied().zip(fetch(&numbered.iter().map(|&i| shown[i].pos).collect::<Vec<_>>())?).collect();
    let fitting = |lines: usize| {
        let mut height = 0.0;
        listed
            .iter()
            .take_while(|(_, inc)| {
                height += Row::of(inc, &page, lines).height(k);
                height <= room as f64 * row_h + 0.5
            })
            .count()
    };
    // On a panel with no room for a wrapped row, rows are cut to one line each (every one fits).
    let lines = if fitting(2) > 0 || listed.is_empty() { 2 } else { 1 };
    listed.truncate(fitting(lines));
    if listed.len() < numbered.len() && !few_rings {
        with_rings = ringed(&listed.iter().map(|(i, _)| *i).collect::<Vec<_>>());
        rings = candidate_rings(&with_rings);
    }
    listed.sort_by(|(_, x), (_, y)| {
        (x.date.is_none(), x.date, &x.place, &x.id).cmp(&(y.date.is_none(), y.date, &y.place, &y.id))
    });
    let (numbered, listed): (Vec<usize>, Vec<Incident>) = listed.into_iter().unzip();

    // Furniture first: labels keep clear of it.
    let Furniture { north, bar, bar_box, inset, .. } = furniture;
    let mut placer = Placer::new(frame.inflate(-2.0 * k));
    for r in [north, bar_box, inset.inflate(4.0 * k)] {
        placer.block(r);
    }

    // Then every symbol and label finds its place; drawing comes after.
    let launch_sites: Vec<(Px, &MapIncident)> = with_rings
        .iter()
        .filter_map(|i| i.launch_location().map(|l| (proj.to_px(l), *i)))
        .filter(|(p, _)| frame.contains(*p))
        .collect();
    let square = |p: Px, half: f64| Rect::new(p.0 - half, p.1 - half, 2.0 * half, 2.0 * half);
    for (p, _) in &launch_sites {
        placer.block_symbol(square(*p, 5.0 * k));
    }
    // Arrows from launch sites: labels keep off them, so no callout hides an arrow's head.
    for i in &with_rings {
        if let (Some(target), Some(launch)) = (i.location, i.launch_location())
            && let Some((path, _)) = arrow_path(&proj, launch, target, marker_radius(casualties(i), mk), k)
        {
            for r in arrow_boxes(&path, k) {
                placer.block_symbol(r);
            }
        }
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
        listed: &listed,
        rings: &rings,
        launch_sites: &launch_sites,
        bases: &bases,
        frames: &frames,
        towns: &towns,
        loc: &loc,
        at: &at,
    };
    let (labels, placed_towns, named_bases) = place_labels(cv, &mut placer, &scene, basemap);
    // A base is shown with its name or not at all, like a town: an unnamed symbol tells nothing.
    let (bases, frames): (Vec<&Place>, Vec<Option<Rect>>) =
        bases.iter().zip(&frames).zip(&named_bases).filter(|(_, named)| **named).map(|((b, f), _)| (*b, *f)).unzip();

    // Background and basemap.
    cv.layer("basemap");
    cv.fill_rect(Rect::new(0.0, 0.0, page.w, page.h), rgb(PAGE))?;
    let highlight = highlighted_countries(&shown);
    draw_basemap(cv, basemap, &proj, &view, &highlight, k, true)?;
    if let Some(f) = &opts.focus {
        cv.layer("search-radius");
        let pts = project_line(&proj, &geodesy::circle(f.at, f.km, 256));
        cv.dashed(&clip::polyline(&pts, &frame), rgb(INK), 1.2 * k, 9.0 * k, 5.0 * k)?;
    }

    // Rings, launch sites and arrows under the markers.
    cv.layer("range-rings");
    for ring in &rings {
        draw_ring(cv, &proj, ring, k)?;
    }
    cv.layer("launch-lines");
    for i in &with_rings {
        if let (Some(target), Some(launch)) = (i.location, i.launch_location()) {
            let trim = marker_radius(casualties(i), mk);
            draw_arrow(cv, &proj, launch, target, trim, weapon_style(i.weapon).color, k)?;
        }
    }
    cv.layer("launch-sites");
    for (p, i) in &launch_sites {
        draw_launch_site(cv, *p, weapon_style(i.weapon).color, k)?;
    }
    cv.layer("bases");
    if !dense {
        draw_bases(cv, &bases, &frames, &proj, k)?;
    }
    cv.layer("towns");
    // A town is shown with its name or not at all: an unnamed dot tells nothing.
    for t in &placed_towns {
        draw_town(cv, proj.to_px(t.location), t.kind == PlaceKind::Capital, k)?;
    }

    cv.layer("incidents");
    for (n, &idx) in order.iter().enumerate() {
        // On a dense map bases go over the plain markers, else they would all be buried; never over
        // a numbered one.
        if dense && n == order.len() - numbered.len() {
            cv.layer("bases");
            draw_bases(cv, &bases, &frames, &proj, k)?;
            cv.layer("incidents-numbered");
        }
        let i = shown[idx];
        let st = weapon_style(i.weapon);
        draw_marker(cv, st.shape, st.color, at[idx], marker_radius(casualties(i), mk), dense, k)?;
    }
    if dense && numbered.is_empty() {
        cv.layer("bases");
        draw_bases(cv, &bases, &frames, &proj, k)?;
    }
    cv.layer("labels");
    for l in &labels {
        draw_label(cv, l, k)?;
    }

    // Furniture.
    cv.layer("furniture");
    cv.stroke_rect(frame, rgb(INK), 1.0 * k)?;
    draw_north_arrow(cv, north, k)?;
    draw_scale_bar(cv, &bar, bar_box, k)?;
    cv.layer("locator-inset");
    draw_inset(cv, basemap, inset, &proj, &highlight, k)?;

    // Title, panel, credit.
    cv.layer("title");
    draw_title(cv, &page, opts, &shown)?;
    let legend = Legend {
        launch: with_rings.iter().any(|i| i.location.is_some() && i.launch_location().is_some()),
        bases: frames.iter().any(Option::is_none),
        bases_hit: frames.iter().any(Option::is_some),
        capitals: placed_towns.iter().any(|t| t.kind == PlaceKind::Capital),
        cities: placed_towns.iter().any(|t| t.kind != PlaceKind::Capital),
        focus: opts.focus.is_some(),
        ..Legend::of(&shown, &rings)
    };
    cv.layer("legend");
    let list_y = draw_legend(cv, &page, &legend, mk)?;
    cv.layer("incident-list");
    draw_list(cv, &page, shown.len(), &listed, lines, list_y)?;
    let sources: HashSet<u64> = shown.iter().flat_map(|i| i.sources.iter().copied()).collect();
    let credit = format!(
        "Sources: {} report{}; basemap: Natural Earth. {}. Made with incmap.",
        sources.len(),
        if sources.len() == 1 { "" } else { "s" },
        projection_text(&proj)
    );
    cv.layer("credit");
    cv.text(&credit, (frame.x, page.h - 9.0 * k), Font::new(11.0 * k), rgb(MUTED), Align::Left)?;

    Ok(RenderedMap {
        bases: bases.iter().map(|b| b.name.clone()).collect(),
        projection: proj,
        scale_bar: bar,
        shown: shown.len(),
        numbered: listed.into_iter().map(|i| i.id).collect(),
        rings: rings.len(),
        inset,
        labels: labels.iter().map(|l| l.rect).collect(),
    })
}

/// Marker scale: smaller symbols where there are hundreds, so they do not bury the map.
pub(super) fn marker_scale(shown: usize, k: f64) -> f64 {
    k * if shown > 2000 {
        0.5
    } else if shown > DENSE {
        0.65
    } else {
        1.0
    }
}

/// The extent of the incidents, launch sites and small rings, with a margin, at least `min_km` across.
pub fn fit_extent(incidents: &[&MapIncident], min_km: f64) -> Extent {
    let mut pts: Vec<LatLon> = incidents.iter().flat_map(|i| [i.location, i.launch_location()]).flatten().collect();
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
pub(super) const LOCAL_MAP_KM: f64 = 300.0;

pub(super) fn is_local(view: &Extent) -> bool {
    view.size_km().0 < LOCAL_MAP_KM
}

/// Capitals and cities are on every map; smaller towns only on local maps, where they are the landmarks.
pub(super) fn is_town_shown(kind: PlaceKind, local: bool) -> bool {
    matches!(kind, PlaceKind::Capital | PlaceKind::City) || (local && kind == PlaceKind::Town)
}

/// Up to `capacity` incidents to number (indices into `shown`): the most killed and injured first,
/// then the latest.
fn number(shown: &[&MapIncident], capacity: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..shown.len()).collect();
    let rank = |i: usize| {
        let x = shown[i];
        std::cmp::Reverse((x.killed.unwrap_or(0), casualties(x), x.date))
    };
    // Only the first `capacity` need sorting: a map of a million incidents numbers a few dozen.
    if capacity < idx.len() {
        if capacity == 0 {
            return Vec::new();
        }
        idx.select_nth_unstable_by_key(capacity - 1, |&i| (rank(i), i));
        idx.truncate(capacity);
    }
    idx.sort_by_key(|&i| (rank(i), i));
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

/// Countries the incidents are in (lighter land); Iraq and Syria when none say.
pub(super) fn highlighted_countries(shown: &[&MapIncident]) -> HashSet<String> {
    let mut s: HashSet<String> =
        shown.iter().filter_map(|i| i.country.map(|c| String::from_utf8_lossy(&c).into_owned())).collect();
    if s.is_empty() {
        s.extend(["IQ".to_string(), "SY".to_string()]);
    }
    s
}
