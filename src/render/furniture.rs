//! Map furniture: where the north arrow, scale bar and locator inset go (corners free of incidents),
//! and drawing them.

use std::collections::HashSet;

use anyhow::Result;

use super::MapIncident;
use super::basemap::Basemap;
use super::canvas::{Align, Canvas, Font, Px, rgb, rgba};
use super::compose::{Page, REGION, marker_scale};
use super::layout;
use super::marks::{draw_basemap, project_line};
use super::palette::{EXTENT_BOX, INK};
use super::projection::{Extent, Projection, Rect};
use super::symbols::{casualties, marker_radius};
use super::{ScaleBar, clip};
use crate::model::LatLon;

/// North arrow, scale bar and locator inset, in output pixels.
pub(super) struct Furniture {
    pub(super) north: Rect,
    pub(super) bar: ScaleBar,
    pub(super) bar_box: Rect,
    pub(super) inset: Rect,
    /// The inset went to the foot of the side panel: no corner of the map was free of incidents.
    pub(super) inset_in_panel: bool,
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Corner {
    TopLeft,
    TopRight,
    BottomLeft,
    BottomRight,
}

/// How often a fitted extent may grow by a tenth of its size on each side to clear a corner: more
/// would shrink a dense map for the sake of its furniture.
pub(super) const MAX_GROW_STEPS: usize = 1;

/// The projection and the furniture's places: each piece in a corner of the frame that covers no
/// incident, launch site or the room for its callout. A fitted extent grows a little when that frees
/// the corners; failing that the inset goes to the side panel and the arrow and bar to the corners
/// that cover the fewest incidents.
pub(super) fn arrange(
    page: &Page,
    extent: Extent,
    may_grow: bool,
    incidents: &[&MapIncident],
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
pub(super) fn incident_boxes(proj: &Projection, incidents: &[&MapIncident], k: f64) -> Vec<Rect> {
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
        if let Some(p) = i.launch_location().as_ref().and_then(in_frame) {
            out.push(square(p, 6.0 * k));
        }
    }
    out
}

pub(super) fn corner_rect(frame: Rect, c: Corner, w: f64, h: f64, m: f64) -> Rect {
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

/// The scale bar's round length in km, about a fifth of the frame at the standard parallel.
pub(super) fn scale_bar_km(proj: &Projection) -> f64 {
    layout::round_km(proj.frame().w * 0.2 / proj.px_per_km())
}

pub(super) fn draw_scale_bar(cv: &mut Canvas, bar: &ScaleBar, bx: Rect, k: f64) -> Result<()> {
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

pub(super) fn trim_km(km: f64) -> String {
    let s = format!("{km:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub(super) fn draw_north_arrow(cv: &mut Canvas, r: Rect, k: f64) -> Result<()> {
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
pub(super) fn inset_size(page: &Page, basemap: &Basemap, view: &Extent) -> (f64, f64) {
    let region = inset_region(basemap, view);
    let (w_km, h_km) = region.size_km();
    let w = (page.frame.w * 0.24).min(240.0 * page.k);
    let h = (w * h_km / w_km).min(page.frame.h * 0.4);
    (h * w_km / h_km, h)
}

/// The inset at the foot of the side panel, as wide as the panel allows.
pub(super) fn panel_inset(page: &Page, w: f64, h: f64) -> Rect {
    let p = page.panel;
    let scale = ((p.w - 8.0 * page.k) / w).min(p.h * 0.25 / h);
    let (w, h) = (w * scale, h * scale);
    Rect::new(p.x + 4.0 * page.k, p.bottom() - h, w, h)
}

pub(super) fn inset_region(basemap: &Basemap, view: &Extent) -> Extent {
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

pub(super) fn draw_inset(
    cv: &mut Canvas,
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
    cv.lines(&clip::polyline(&outline, &r), rgb(EXTENT_BOX), 2.0 * k, None)?;
    cv.stroke_rect(r, rgb(INK), 1.0 * k)
}

/// The projection as the credit line names it.
pub(super) fn projection_text(proj: &Projection) -> String {
    let lat = |v: f64| format!("{:.1}°{}", v.abs(), if v >= 0.0 { "N" } else { "S" });
    match proj.standard_parallels() {
        Some((a, b)) => format!("Lambert conformal conic, standard parallels {} and {}", lat(a), lat(b)),
        None => "Mercator".to_string(),
    }
}
