//! Range rings: which to draw (around the launch site when it is known, else around the target) and
//! how (dashed, geodesic).

use std::collections::HashSet;

use anyhow::Result;
use plotters::style::RGBAColor;

use super::MapIncident;
use super::canvas::Canvas;
use super::clip;
use super::marks::project_line;
use super::palette::darker;
use super::projection::Projection;
use super::symbols::weapon_style;
use crate::geodesy;
use crate::model::{LatLon, Weapon};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RingKind {
    /// Weapon range around the launch site.
    Range,
    /// Weapon range around the target: where it could have come from.
    PossibleOrigin,
    /// Stated launch distance around the target, when the direction is unknown.
    LaunchDistance,
}

pub(super) struct Ring {
    pub(super) center: LatLon,
    pub(super) km: f64,
    pub(super) kind: RingKind,
    pub(super) weapon: Weapon,
}

/// An incident's rings: its weapon's range around the launch site when that is placed, else around
/// the target (where it could have come from), with the stated launch distance around the target.
pub fn incident_rings(
    target: LatLon,
    launch: Option<LatLon>,
    range_km: Option<f64>,
    launch_km: Option<f64>,
) -> Vec<(LatLon, f64, RingKind)> {
    let mut out = Vec::new();
    let mut push = |center: LatLon, km: f64, kind: RingKind| {
        if km > 0.0 && km.is_finite() {
            out.push((center, km, kind));
        }
    };
    match (launch, range_km, launch_km) {
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
    out
}

/// Rings for these incidents, each drawn once.
pub(super) fn candidate_rings(incidents: &[&MapIncident]) -> Vec<Ring> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for i in incidents {
        let Some(target) = i.location else { continue };
        for (center, km, kind) in incident_rings(target, i.launch_location(), i.range_km, i.launch_distance_km()) {
            let key = ((center.lat * 1e4) as i64, (center.lon * 1e4) as i64, (km * 10.0) as i64, kind);
            if seen.insert(key) {
                out.push(Ring { center, km, kind, weapon: i.weapon });
            }
        }
    }
    out
}

/// How a ring of each kind is drawn, on the map and in its legend: the dash pattern (pixels at
/// nominal size), the line width, whether its colour is darkened and whether its area is tinted.
pub struct RingLook {
    pub dash: &'static [f64],
    pub width: f64,
    pub darker: bool,
    pub tint: bool,
}

pub fn ring_look(kind: RingKind) -> RingLook {
    match kind {
        // Dash-dot: a reach from a known point.
        RingKind::Range => RingLook { dash: &[10.0, 3.0, 2.0, 3.0], width: 1.6, darker: false, tint: false },
        // Dashed around a tinted area: where the attack could have come from.
        RingKind::PossibleOrigin => RingLook { dash: &[7.0, 4.0], width: 1.6, darker: false, tint: true },
        // Dotted: a stated distance, direction unknown.
        RingKind::LaunchDistance => RingLook { dash: &[2.0, 3.0], width: 1.4, darker: true, tint: false },
    }
}

/// The tint of an area a possible origin could be in.
pub fn tint(c: RGBAColor) -> RGBAColor {
    RGBAColor(c.0, c.1, c.2, 0.08)
}

pub(super) fn draw_ring(cv: &mut Canvas, proj: &Projection, ring: &Ring, k: f64) -> Result<()> {
    let frame = proj.frame();
    // Enough vertices that no chord is longer than a few pixels, and never fewer than 128.
    let r_px = ring.km * proj.px_per_km();
    let n = ((r_px * std::f64::consts::TAU / 4.0) as usize).clamp(128, 2048);
    let pts = project_line(proj, &geodesy::circle(ring.center, ring.km, n));
    let look = ring_look(ring.kind);
    let base = weapon_style(ring.weapon).color;
    let color = if look.darker { darker(base) } else { base };
    // Tint the area, unless the ring is larger than the map.
    if look.tint && r_px < frame.h.min(frame.w) / 2.0 {
        cv.polygon(&clip::polygon(&pts, &frame), tint(base))?;
    }
    let dash: Vec<f64> = look.dash.iter().map(|d| d * k).collect();
    // One path per ring (in SVG): the dashes are its stroke pattern.
    cv.lines(&clip::polyline(&pts, &frame), color, look.width * k, Some(&dash))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Incident;

    #[test]
    fn rings_go_around_the_launch_site_when_known_else_the_target() {
        let target = LatLon::new(36.2375, 43.963056);
        let launch = geodesy::destination(target, 200.0, 7.0);
        let known = MapIncident::of(
            0,
            &Incident {
                location: Some(target),
                launch_location: Some(launch),
                range_km: Some(8.0),
                ..Default::default()
            },
        );
        let unknown = MapIncident::of(
            1,
            &Incident {
                location: Some(target),
                range_km: Some(8.0),
                launch_distance_km: Some(7.0),
                ..Default::default()
            },
        );
        let r = candidate_rings(&[&known]);
        assert!(r.len() == 1 && r[0].center == launch && r[0].kind == RingKind::Range);
        let r = candidate_rings(&[&unknown, &unknown]);
        let kinds: Vec<RingKind> = r.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, vec![RingKind::PossibleOrigin, RingKind::LaunchDistance], "each drawn once");
        assert!(r.iter().all(|r| r.center == target));
    }
}
