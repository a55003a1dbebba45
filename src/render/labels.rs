//! Labels: numbered callouts, names of towns, sites, bases, rings and countries, each placed where it
//! overlaps no other label.

use std::collections::HashSet;

use anyhow::Result;
use plotters::style::RGBAColor;

use super::MapIncident;
use super::basemap::Basemap;
use super::canvas::{Align, CAP_HEIGHT, Canvas, Font, Px, dist, rgb};
use super::clip;
use super::compose::is_local;
use super::layout::{self, Placer};
use super::marks::{frame_radius, project_thin};
use super::palette::{BASE, INK, darker};
use super::projection::{Extent, Projection, Rect};
use super::rings::{Ring, RingKind};
use super::symbols::{casualties, marker_radius, weapon_style};
use crate::gazetteer::{Place, PlaceKind};
use crate::geodesy;
use crate::model::{Incident, LatLon};

/// One numbered incident or a stack of them at the same spot.
pub(super) struct Callout {
    pub(super) at: Px,
    pub(super) radius: f64,
    pub(super) numbers: Vec<usize>,
}

pub(super) struct Label {
    /// One or more lines, each centred (boxed) or left-aligned (halo) in `rect`.
    pub(super) lines: Vec<String>,
    pub(super) rect: Rect,
    pub(super) font: Font,
    pub(super) color: RGBAColor,
    pub(super) style: LabelStyle,
}

pub(super) enum LabelStyle {
    /// Text with a white halo.
    Halo,
    /// A boxed callout number, with a leader line from the marker when set apart from it.
    Boxed { leader: Option<(Px, f64)> },
}

/// What the map shows, for label placement.
pub(super) struct Scene<'a, 'g> {
    pub(super) proj: &'a Projection,
    /// Symbol scale and marker scale.
    pub(super) k: f64,
    pub(super) mk: f64,
    pub(super) shown: &'a [&'g MapIncident],
    pub(super) numbered: &'a [usize],
    /// The full record of each of `numbered`, in the same order.
    pub(super) listed: &'a [Incident],
    pub(super) rings: &'a [Ring],
    pub(super) launch_sites: &'a [(Px, &'g MapIncident)],
    pub(super) bases: &'a [&'g Place],
    /// For each of `bases`, the frame drawn around the markers on it.
    pub(super) frames: &'a [Option<Rect>],
    /// Most important first.
    pub(super) towns: &'a [&'g Place],
    /// Where each of `shown` is, and where its marker is drawn (fanned out of a stack).
    pub(super) loc: &'a [Px],
    pub(super) at: &'a [Px],
}

/// Labels in order of importance: callouts, capitals and governorate seats, bases, rings, launch sites, other towns,
/// countries.
/// Also returns the towns whose names found a place, and which of the bases did.
pub(super) fn place_labels<'g>(
    cv: &Canvas,
    placer: &mut Placer,
    sc: &Scene<'_, 'g>,
    basemap: &Basemap,
) -> (Vec<Label>, Vec<&'g Place>, Vec<bool>) {
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
        let lines = number_rows(&c.numbers);
        let widest = lines.iter().map(|l| cv.text_width(l, font)).fold(0.0, f64::max);
        let (w, h) = (widest + 8.0 * k, 16.0 * k + LINE * font.em * (lines.len() - 1) as f64);
        let near = layout::around(c.at.0, c.at.1, c.radius, w, h);
        let mid = layout::around(c.at.0, c.at.1, c.radius + 14.0 * k, w, h);
        let far = layout::around(c.at.0, c.at.1, c.radius + 32.0 * k, w, h);
        let n_near = near.len();
        let cands: Vec<Rect> = near.into_iter().chain(mid).chain(far).collect();
        let Some(rect) = placer.place_over_symbols(&cands) else { continue };
        let apart = cands.iter().position(|r| *r == rect).is_some_and(|pos| pos >= n_near);
        let leader = apart.then_some((c.at, c.radius));
        labels.push(Label { lines, rect, font, color: rgb(INK), style: LabelStyle::Boxed { leader } });
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
        Some(Label { lines: vec![t.name.clone()], rect, font, color: rgb(INK), style: LabelStyle::Halo })
    };
    for t in sc.towns.iter().filter(|t| basemap.is_major_town(t)) {
        labels.extend(town(placer, t));
    }

    // Sites: the places hit (airports, consulates, fields) and the bases, named clear of the markers on them.
    let small = Font::new(10.5 * k);
    let clearance = |p: Px| {
        let on_site =
            sc.shown.iter().zip(sc.loc).filter(|(_, q)| (q.0 - p.0).abs() < 3.0 * k && (q.1 - p.1).abs() < 3.0 * k);
        on_site.map(|(i, _)| marker_radius(casualties(i), sc.mk)).fold(5.0 * k, f64::max)
    };
    let named: HashSet<&str> = sc.bases.iter().chain(sc.towns).map(|p| p.name.as_str()).collect();
    let mut targets: Vec<(&str, LatLon)> = Vec::new();
    for i in sc.listed {
        if let (Some(place), Some(at)) = (i.place.as_deref(), i.location)
            && !named.contains(place)
            && !targets.iter().any(|(t, _)| *t == place)
        {
            targets.push((place, at));
        }
    }
    let sites = targets.into_iter().map(|(name, at)| (name, at, rgb(INK), None, None));
    let sites = sites.chain(
        sc.bases
            .iter()
            .zip(sc.frames)
            .enumerate()
            .map(|(n, (b, f))| (b.name.as_str(), b.location, rgb(BASE), *f, Some(n))),
    );
    let mut named_bases = vec![false; sc.bases.len()];
    // The places hit and the bases with attacks on them first; the other bases after the range rings
    // and launch sites, which say more about the attacks shown.
    let (first, rest): (Vec<_>, Vec<_>) = sites.partition(|s| s.4.is_none() || s.3.is_some());
    let mut name_sites =
        |placer: &mut Placer, labels: &mut Vec<Label>, sites: Vec<(&str, LatLon, _, Option<_>, Option<usize>)>| {
            for (name, at, color, frame, base) in sites {
                // Beside the frame of a base with markers on it, else beside the symbol or the markers.
                let (p, r) = match frame {
                    Some(f) => {
                        let (c, half) = frame_radius(&f);
                        (c, half + 1.0 * k)
                    }
                    None => (proj.to_px(at), clearance(proj.to_px(at))),
                };
                // Long names wrap onto a second line rather than lose their end.
                let lines = layout::wrap(name, 150.0 * k, 2, |s| cv.text_width(s, small));
                let (w, h) = block_size(cv, &lines, small);
                let cands =
                    layout::around(p.0, p.1, r, w, h).into_iter().chain(layout::around(p.0, p.1, r + 8.0 * k, w, h));
                if let Some(rect) = placer.place(cands) {
                    labels.push(Label { lines, rect, font: small, color, style: LabelStyle::Halo });
                    if let Some(n) = base {
                        named_bases[n] = true;
                    }
                }
            }
        };
    name_sites(placer, &mut labels, first);
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
            labels.push(Label { lines: vec![text], rect, font: small, color, style: LabelStyle::Halo });
        }
    }
    for (p, i) in sc.launch_sites {
        let text = layout::fit_text(&launch_label(i), 180.0 * k, |s| cv.text_width(s, small));
        let (w, h) = (cv.text_width(&text, small), 13.0 * k);
        // Beside the site, else a little apart where names crowd it.
        let cands = [5.0, 12.0, 20.0].into_iter().flat_map(|r| layout::around(p.0, p.1, r * k, w, h));
        if let Some(rect) = placer.place(cands) {
            let color = darker(weapon_style(i.weapon).color);
            labels.push(Label { lines: vec![text], rect, font: small, color, style: LabelStyle::Halo });
        }
    }
    name_sites(placer, &mut labels, rest);
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
            labels.push(Label { lines: vec![text], rect, font, color: rgb(0x958e82), style: LabelStyle::Halo });
        }
    }
    (labels, placed_towns, named_bases)
}

/// Numbered incidents grouped where their markers coincide; `at` is where each marker is drawn.
pub(super) fn callouts(shown: &[&MapIncident], numbered: &[usize], loc: &[Px], at: &[Px], k: f64) -> Vec<Callout> {
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

/// Line spacing of multi-line labels, in ems.
const LINE: f64 = 1.2;

/// Width and height of a block of lines.
fn block_size(cv: &Canvas, lines: &[String], font: Font) -> (f64, f64) {
    let w = lines.iter().map(|l| cv.text_width(l, font)).fold(0.0, f64::max);
    (w, font.em * (0.2 + LINE * lines.len() as f64))
}

/// The numbers of a stack of incidents as a list to read, never a range ("1–3" reads as a count):
/// "1, 2, 3", at most four to a row.
pub(super) fn number_rows(ns: &[usize]) -> Vec<String> {
    ns.chunks(4).map(|row| row.iter().map(usize::to_string).collect::<Vec<_>>().join(", ")).collect()
}

/// A launch site's label: the place its description names ("a truck found in the Rashidiya area"
/// is "Rashidiya"), else "Launch site"; then its distance and direction from the target, which
/// the map shows anyway: "Rashidiya · 8 km E".
pub(super) fn launch_label(i: &MapIncident) -> String {
    let name = i.launch_site().and_then(proper_name).unwrap_or_else(|| "Launch site".to_string());
    match (i.location, i.launch_location()) {
        (Some(t), Some(l)) => {
            let km = geodesy::distance_km(t, l);
            // Whole kilometres: the distance is as stated, rarely finer than that.
            let km = if km >= 3.0 { format!("{km:.0} km") } else { km_text(km) };
            format!("{name} · {km} {}", compass(geodesy::bearing_deg(t, l)))
        }
        _ => name,
    }
}

/// The first run of capitalised words in a description, past its first word (which a sentence
/// capitalises anyway): "al-Rashidiya", "Tuz Khurmatu".
fn proper_name(text: &str) -> Option<String> {
    let capital = |w: &str| {
        let w = w.trim_start_matches("al-").trim_start_matches("Al-");
        w.chars().next().is_some_and(char::is_uppercase)
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let start = words.iter().skip(1).position(|w| capital(w))? + 1;
    let mut run: Vec<&str> = Vec::new();
    for w in &words[start..] {
        if !capital(w) {
            break;
        }
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        run.push(bare);
        // A comma or full stop ends the name ("Tuz Khurmatu, Salahuddin").
        if bare.len() < w.len() {
            break;
        }
    }
    Some(run.join(" ")).filter(|s| !s.is_empty())
}

/// The 8-point compass direction of a bearing.
fn compass(deg: f64) -> &'static str {
    const POINTS: [&str; 8] = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];
    POINTS[((deg.rem_euclid(360.0) + 22.5) / 45.0) as usize % 8]
}

pub(super) fn km_text(km: f64) -> String {
    if km >= 10.0 || km.fract() == 0.0 { format!("{km:.0} km") } else { format!("{km:.1} km") }
}

pub(super) fn draw_label(cv: &mut Canvas, l: &Label, k: f64) -> Result<()> {
    let r = l.rect;
    let step = LINE * l.font.em;
    // The first line's baseline: the block of lines centred in the box.
    let first = r.y + r.h / 2.0 + CAP_HEIGHT * l.font.em / 2.0 - step * (l.lines.len() - 1) as f64 / 2.0;
    match l.style {
        LabelStyle::Halo => {
            for (n, line) in l.lines.iter().enumerate() {
                cv.text_halo(line, (r.x, first + step * n as f64), l.font, l.color, Align::Left)?;
            }
            Ok(())
        }
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
            for (n, line) in l.lines.iter().enumerate() {
                cv.text(line, (r.x + r.w / 2.0, first + step * n as f64), l.font, l.color, Align::Center)?;
            }
            Ok(())
        }
    }
}

/// Where to write each country's name: the in-view point deepest inside it, when there is room.
pub(super) fn country_labels(b: &Basemap, proj: &Projection, view: &Extent) -> Vec<(String, Px)> {
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

pub(super) fn inside(p: Px, ring: &[Px]) -> bool {
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

pub(super) fn edge_distance(p: Px, ring: &[Px]) -> f64 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stacks_list_every_number() {
        assert_eq!(number_rows(&[1]), ["1"]);
        assert_eq!(number_rows(&[1, 2, 3, 7]), ["1, 2, 3, 7"]);
        assert_eq!(number_rows(&[2, 4, 5, 6, 9, 10]), ["2, 4, 5, 6", "9, 10"]);
    }

    #[test]
    fn launch_sites_get_short_names() {
        assert_eq!(
            proper_name("a truck found in the Rashidiya area, about 8 km east of the base"),
            Some("Rashidiya".into())
        );
        assert_eq!(proper_name("7 km south-west of the airport"), None);
        assert_eq!(proper_name("near Tuz Khurmatu, Salahuddin"), Some("Tuz Khurmatu".into()));
        assert_eq!(proper_name("Fields north of al-Qaim"), Some("al-Qaim".into()));
        assert_eq!(compass(225.0), "SW");
        assert_eq!(compass(359.0), "N");
    }
}
