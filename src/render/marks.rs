//! Drawing the basemap and the map's symbols: incident markers, bases (and the frames of bases under
//! markers), towns, launch sites and the arrows to their targets.

use std::collections::HashSet;

use anyhow::Result;
use plotters::style::RGBAColor;

use super::MapIncident;
use super::basemap::{Basemap, Polyline};
use super::canvas::{Canvas, Px, dist, rgb, rgba};
use super::clip;
use super::palette::{ADMIN1, BASE, BORDER, BORDER_HALO, INK, LAND, LAND_OTHER, SEA, WATER_LINE, darker};
use super::projection::{Extent, Projection, Rect};
use super::symbols::{self, Shape, casualties, marker_radius};
use crate::gazetteer::Place;
use crate::geodesy;
use crate::model::LatLon;

pub(super) fn project_line(proj: &Projection, pts: &[LatLon]) -> Vec<Px> {
    pts.iter().map(|p| proj.to_px(*p)).collect()
}

/// Projected and thinned: points under half a pixel from the last kept one add nothing.
pub(super) fn project_thin(proj: &Projection, line: &Polyline) -> Vec<Px> {
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

pub(super) fn draw_basemap(
    cv: &mut Canvas,
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
        cv.lines(&lines(&b.rivers), rgb(WATER_LINE), 1.3 * k, None)?;
        cv.dashed(&lines(&b.admin1_borders), rgb(ADMIN1), 0.9 * k, 6.0 * k, 3.0 * k)?;
    }
    let borders = lines(&b.country_borders);
    if detailed {
        cv.lines(&borders, rgb(BORDER_HALO), 5.0 * k, None)?;
    }
    cv.lines(&borders, rgb(BORDER), if detailed { 1.4 } else { 0.8 } * k, None)?;
    cv.lines(&lines(&b.coastline), rgb(WATER_LINE), 0.9 * k, None)
}

/// The arrow from a launch site to its target as drawn: the geodesic in pixels, stopping `trim`
/// pixels short of the target (the marker's edge), and the unit direction at its tip.
pub(super) fn arrow_path(proj: &Projection, from: LatLon, to: LatLon, trim: f64, k: f64) -> Option<(Vec<Px>, Px)> {
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
        return None;
    }
    let (ux, uy) = ((end.0 - prev.0) / d, (end.1 - prev.1) / d);
    let tip = (end.0 - ux * (trim + 2.0 * k), end.1 - uy * (trim + 2.0 * k));
    *pts.last_mut().expect("at least 2 points") = tip;
    Some((pts, (ux, uy)))
}

/// Squares along an arrow, for labels to keep off it.
pub(super) fn arrow_boxes(path: &[Px], k: f64) -> Vec<Rect> {
    let step = 4.0 * k;
    let half = 3.0 * k;
    let mut out = Vec::new();
    for w in path.windows(2) {
        let n = (dist(w[0], w[1]) / step).ceil().max(1.0) as usize;
        for i in 0..=n {
            let t = i as f64 / n as f64;
            let p = (w[0].0 + (w[1].0 - w[0].0) * t, w[0].1 + (w[1].1 - w[0].1) * t);
            out.push(Rect::new(p.0 - half, p.1 - half, 2.0 * half, 2.0 * half));
        }
    }
    out
}

pub(super) fn draw_arrow(
    cv: &mut Canvas,
    proj: &Projection,
    from: LatLon,
    to: LatLon,
    trim: f64,
    color: RGBAColor,
    k: f64,
) -> Result<()> {
    let Some((pts, (ux, uy))) = arrow_path(proj, from, to, trim, k) else { return Ok(()) };
    let tip = *pts.last().expect("at least 2 points");
    let frame = proj.frame();
    let c = darker(color);
    cv.lines(&clip::polyline(&pts, &frame), c, 1.6 * k, None)?;
    let (l, w) = (10.0 * k, 4.5 * k);
    let head =
        [tip, (tip.0 - ux * l - uy * w, tip.1 - uy * l + ux * w), (tip.0 - ux * l + uy * w, tip.1 - uy * l - ux * w)];
    if head.iter().all(|p| frame.contains(*p)) {
        cv.polygon(&head, c)?;
    }
    Ok(())
}

pub(super) fn draw_launch_site(cv: &mut Canvas, p: Px, color: RGBAColor, k: f64) -> Result<()> {
    let c = darker(color);
    cv.circle(p, 5.0 * k, rgb(0xffffff))?;
    cv.ring(p, 4.5 * k, c, 1.6 * k)?;
    cv.polyline(&[(p.0 - 3.0 * k, p.1), (p.0 + 3.0 * k, p.1)], c, 1.2 * k)?;
    cv.polyline(&[(p.0, p.1 - 3.0 * k), (p.0, p.1 + 3.0 * k)], c, 1.2 * k)
}

/// For each base, a frame around the incident markers on it, or `None` when no marker covers it:
/// a marker drawn on a base hides its symbol, so such a base is drawn as a frame around the markers.
pub(super) fn base_frames(
    bases: &[&Place],
    shown: &[&MapIncident],
    loc: &[Px],
    at: &[Px],
    proj: &Projection,
    mk: f64,
    k: f64,
) -> Vec<Option<Rect>> {
    // Not collected: a map of a million incidents would hold another copy of their positions.
    let spots = || shown.iter().zip(loc).zip(at).map(|((i, q), a)| (*q, *a, marker_radius(casualties(i), mk)));
    bases
        .iter()
        .map(|b| {
            let p = proj.to_px(b.location);
            spots()
                .filter(|(q, _, r)| dist(p, *q) < *r)
                // Shapes reach a little past their nominal radius (a triangle's tip, a star's points).
                .map(|(_, a, r)| Rect::new(a.0 - 1.4 * r, a.1 - 1.4 * r, 2.8 * r, 2.8 * r))
                .reduce(|a, b| a.union(&b))
                .map(|r| r.inflate(2.0 * k))
        })
        .collect()
}

/// Centre and half-size of the smallest square about a frame's centre that holds it.
pub(super) fn frame_radius(r: &Rect) -> (Px, f64) {
    ((r.x + r.w / 2.0, r.y + r.h / 2.0), r.w.max(r.h) / 2.0)
}

pub(super) fn draw_bases(
    cv: &mut Canvas,
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
pub(super) fn draw_base_frame(cv: &mut Canvas, r: Rect, k: f64) -> Result<()> {
    cv.stroke_rect(r, rgba(0xffffff, 0.9), 3.6 * k)?;
    cv.stroke_rect(r, rgb(BASE), 1.8 * k)
}

pub(super) fn draw_base(cv: &mut Canvas, p: Px, k: f64) -> Result<()> {
    let sq = |h: f64| Rect::new(p.0 - h, p.1 - h, 2.0 * h, 2.0 * h);
    cv.fill_rect(sq(5.5 * k), rgb(0xffffff))?;
    cv.fill_rect(sq(4.5 * k), rgb(BASE))?;
    cv.fill_rect(sq(1.6 * k), rgb(0xffffff))
}

pub(super) fn draw_town(cv: &mut Canvas, p: Px, capital: bool, k: f64) -> Result<()> {
    if capital {
        cv.circle(p, 5.0 * k, rgb(0xffffff))?;
        cv.ring(p, 4.0 * k, rgb(INK), 1.4 * k)?;
        cv.circle(p, 1.8 * k, rgb(INK))
    } else {
        cv.circle(p, 3.6 * k, rgb(0xffffff))?;
        cv.circle(p, 2.6 * k, rgb(0x3a3a3a))
    }
}

pub(super) fn draw_marker(
    cv: &mut Canvas,
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
