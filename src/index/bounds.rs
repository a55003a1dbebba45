//! Conservative degree boxes and cheap distance bounds for geodesic radius searches on WGS84.
//!
//! On the ellipsoid the length element is `ds² = M(φ)² dφ² + P(φ)² dλ²`, with `M` the meridian
//! radius of curvature (growing with |φ|) and `P = N cos φ` the radius of the parallel (shrinking
//! with |φ|). Two consequences make the search exact:
//! - a point within `r` of the centre has |Δφ| ≤ r / min M, so the latitude band is bounded; every
//!   point of the shortest path to it lies in that band too, so inside the band |Δλ| ≤ r / min P.
//!   Where the band reaches a pole or |Δλ| would pass 180°, every longitude is searched.
//! - with the extreme `M` and `P` over the band, `sqrt((M_min Δφ)² + (P_min Δλ)²)` is a lower bound of
//!   the geodesic distance and `sqrt((M_max Δφ)² + (P_max Δλ)²)` (the length of the straight path in
//!   φ/λ) an upper bound. Only points between the two bounds need the exact (slow) geodesic.

use rstar::AABB;

use super::short_line::geodesic_km_about;
use crate::geodesy::distance_km;
use crate::model::LatLon;

/// WGS84 semi-major axis in km and flattening.
const A_KM: f64 = 6378.137;
const FLATTENING: f64 = 1.0 / 298.257223563;
const E2: f64 = FLATTENING * (2.0 - FLATTENING);

/// Relative slack for rounding in the bounds and in the geodesic solver (which is good to ~15 nm).
const SLACK: f64 = 1e-9;

fn meridian_radius_km(lat_deg: f64) -> f64 {
    let s = lat_deg.to_radians().sin();
    A_KM * (1.0 - E2) / (1.0 - E2 * s * s).powf(1.5)
}

fn parallel_radius_km(lat_deg: f64) -> f64 {
    let (s, c) = lat_deg.to_radians().sin_cos();
    (A_KM * c / (1.0 - E2 * s * s).sqrt()).max(0.0)
}

/// What a radius search looks at: one or two degree boxes (two when it crosses the antimeridian)
/// and the coefficients of the distance bounds over its latitude band.
#[derive(Clone, Debug)]
pub struct RadiusSearch {
    center: LatLon,
    km: f64,
    boxes: Vec<AABB<[f64; 2]>>,
    /// Extreme km per degree of latitude (meridian) and of longitude (parallel) over the band.
    lat_km_min: f64,
    lat_km_max: f64,
    lon_km_min: f64,
    lon_km_max: f64,
    /// Squared distances beyond which a lower bound means outside, below which an upper bound inside.
    outside2: f64,
    inside2: f64,
}

/// Where a point stands with respect to the search circle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Inside,
    Outside,
    /// Too close to the circle for the bounds to tell: ask the geodesic.
    Unsure,
}

impl RadiusSearch {
    pub fn new(center: LatLon, km: f64) -> RadiusSearch {
        let km = km.max(0.0);
        let padded = km * (1.0 + SLACK) + SLACK;
        // The meridian radius is smallest at the equator.
        let dlat = (padded / meridian_radius_km(0.0)).to_degrees();
        let (south, north) = (center.lat - dlat, center.lat + dlat);
        let near_abs = if south <= 0.0 && north >= 0.0 { 0.0 } else { south.abs().min(north.abs()) };
        let far_abs = south.abs().max(north.abs()).min(90.0);
        let p_min = parallel_radius_km(far_abs);
        let (south, north) = (south.max(-90.0), north.min(90.0));
        let all_lons = far_abs >= 90.0 || p_min <= 0.0 || (padded / p_min) >= std::f64::consts::PI;
        let boxes = if all_lons {
            vec![AABB::from_corners([-180.0, south], [180.0, north])]
        } else {
            let dlon = (padded / p_min).to_degrees();
            let (west, east) = (center.lon - dlon, center.lon + dlon);
            if west < -180.0 {
                vec![
                    AABB::from_corners([west + 360.0, south], [180.0, north]),
                    AABB::from_corners([-180.0, south], [east, north]),
                ]
            } else if east > 180.0 {
                vec![
                    AABB::from_corners([west, south], [180.0, north]),
                    AABB::from_corners([-180.0, south], [east - 360.0, north]),
                ]
            } else {
                vec![AABB::from_corners([west, south], [east, north])]
            }
        };
        let per_degree = 1f64.to_radians();
        RadiusSearch {
            center,
            km,
            boxes,
            lat_km_min: meridian_radius_km(near_abs) * per_degree,
            lat_km_max: meridian_radius_km(far_abs) * per_degree,
            lon_km_min: p_min * per_degree,
            lon_km_max: parallel_radius_km(near_abs) * per_degree,
            outside2: padded * padded,
            inside2: (km * (1.0 - SLACK)).powi(2),
        }
    }

    /// Degree boxes (lon, lat corners) that hold every point within the radius.
    pub fn boxes(&self) -> &[AABB<[f64; 2]>] {
        &self.boxes
    }

    /// Classifies a point without the geodesic when the bounds can tell (squared, to skip the roots).
    pub fn side(&self, p: LatLon) -> Side {
        let dlat = (p.lat - self.center.lat).abs();
        // Both longitudes are in [-180, 180]: fold the gap into [0, 180] across the antimeridian.
        let dlon = (p.lon - self.center.lon).abs();
        let dlon = if dlon > 180.0 { 360.0 - dlon } else { dlon };
        let lower2 = (self.lat_km_min * dlat).powi(2) + (self.lon_km_min * dlon).powi(2);
        if lower2 > self.outside2 {
            return Side::Outside;
        }
        let upper2 = (self.lat_km_max * dlat).powi(2) + (self.lon_km_max * dlon).powi(2);
        if upper2 < self.inside2 { Side::Inside } else { Side::Unsure }
    }

    /// Whether every point of a lon/lat box is inside (by the upper bound, so never wrongly).
    pub fn holds(&self, b: &AABB<[f64; 2]>) -> bool {
        let (lo, hi) = (b.lower(), b.upper());
        let dlat = (lo[1] - self.center.lat).abs().max((hi[1] - self.center.lat).abs());
        // The unfolded gap bounds the folded one from above.
        let dlon = (lo[0] - self.center.lon).abs().max((hi[0] - self.center.lon).abs());
        (self.lat_km_max * dlat).powi(2) + (self.lon_km_max * dlon).powi(2) < self.inside2
    }

    /// Whether no point of a lon/lat box can be inside (by the lower bound, so never wrongly).
    pub fn misses(&self, b: &AABB<[f64; 2]>) -> bool {
        let (lo, hi) = (b.lower(), b.upper());
        let gap = |v: f64, from: f64, to: f64| {
            if v < from {
                from - v
            } else if v > to {
                v - to
            } else {
                0.0
            }
        };
        let dlat = gap(self.center.lat, lo[1], hi[1]);
        // Off the box, the folded longitude gap is smallest at one of its edges.
        let fold = |d: f64| if d > 180.0 { 360.0 - d } else { d };
        let dlon = if (lo[0]..=hi[0]).contains(&self.center.lon) {
            0.0
        } else {
            fold((lo[0] - self.center.lon).abs()).min(fold((hi[0] - self.center.lon).abs()))
        };
        (self.lat_km_min * dlat).powi(2) + (self.lon_km_min * dlon).powi(2) > self.outside2
    }

    /// Exact membership: the geodesic distance is at most the radius.
    pub fn contains(&self, p: LatLon) -> bool {
        match self.side(p) {
            Side::Inside => true,
            Side::Outside => false,
            // A ring about 0.1 % of the radius wide: few points.
            Side::Unsure => distance_km(self.center, p) <= self.km,
        }
    }

    /// The geodesic distance from the centre: the short-line formula, exact (Karney's) within its
    /// error of the radius, so a point inside is never reported beyond the radius.
    pub fn distance_km(&self, p: LatLon) -> f64 {
        geodesic_km_about(self.center, p, self.km)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn box_is_wider_in_longitude_at_high_latitude() {
        let width = |lat: f64| {
            let b = RadiusSearch::new(LatLon::new(lat, 10.0), 100.0).boxes()[0];
            b.upper()[0] - b.lower()[0]
        };
        assert!(width(60.0) > 1.9 * width(0.0), "{} vs {}", width(60.0), width(0.0));
    }

    #[test]
    fn box_splits_across_the_antimeridian() {
        let s = RadiusSearch::new(LatLon::new(-17.0, 179.95), 20.0);
        assert_eq!(s.boxes().len(), 2);
        assert!(s.contains(LatLon::new(-17.0, -179.95)), "11 km east, across the antimeridian");
    }

    #[test]
    fn band_over_a_pole_covers_every_longitude() {
        let s = RadiusSearch::new(LatLon::new(89.95, 0.0), 20.0);
        let b = s.boxes()[0];
        assert_eq!((b.lower()[0], b.upper()[0], b.upper()[1]), (-180.0, 180.0, 90.0));
        assert!(s.contains(LatLon::new(89.95, 180.0)), "11 km away over the pole");
    }

    #[test]
    fn a_box_is_held_only_when_its_corners_are_inside() {
        let c = LatLon::new(33.0, 44.0);
        let s = RadiusSearch::new(c, 10.0);
        assert!(s.holds(&AABB::from_corners([43.98, 32.98], [44.03, 33.03])));
        assert!(!s.holds(&AABB::from_corners([43.98, 32.98], [44.11, 33.03])), "44.11 E is 10.3 km east");
    }

    #[test]
    fn bounds_bracket_the_geodesic() {
        let c = LatLon::new(36.2375, 43.963056);
        let s = RadiusSearch::new(c, 10.0);
        for (lat, lon) in [(36.2375, 44.0), (36.3, 43.963056), (36.29, 44.02), (36.2, 43.9), (36.33, 43.963)] {
            let p = LatLon::new(lat, lon);
            let d = distance_km(c, p);
            match s.side(p) {
                Side::Inside => assert!(d <= 10.0, "{p:?} at {d}"),
                Side::Outside => assert!(d > 10.0, "{p:?} at {d}"),
                Side::Unsure => assert!((d - 10.0).abs() < 0.05, "bounds too loose at {d}"),
            }
        }
    }
}
