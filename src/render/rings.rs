//! Range rings: which to draw (around the launch site when it is known, else around the target) and
//! how (dashed, geodesic).

use std::collections::HashSet;

use anyhow::Result;
use plotters::backend::DrawingBackend;
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
pub(super) enum RingKind {
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

/// Rings for these incidents, each drawn once.
pub(super) fn candidate_rings(incidents: &[&MapIncident]) -> Vec<Ring> {
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
        match (i.launch_location(), i.range_km, i.launch_distance_km()) {
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

pub(super) fn draw_ring<B: DrawingBackend>(cv: &mut Canvas<B>, proj: &Projection, ring: &Ring, k: f64) -> Result<()> {
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
