//! Geodesic measures on the WGS84 ellipsoid (Karney's algorithms, through `geo`).
//!
//! Everything that draws or measures distance uses these, so a "10 km" ring, query and scale bar agree.

use geo::{Bearing, Destination, Distance, Geodesic};

use crate::model::LatLon;

/// Distance in km along the ellipsoid.
pub fn distance_km(a: LatLon, b: LatLon) -> f64 {
    Geodesic.distance(a.to_point(), b.to_point()) / 1000.0
}

/// Initial bearing from `a` to `b`, degrees clockwise from north in [0, 360).
pub fn bearing_deg(a: LatLon, b: LatLon) -> f64 {
    Geodesic.bearing(a.to_point(), b.to_point()).rem_euclid(360.0)
}

/// The point `km` away from `from` along `bearing_deg`.
pub fn destination(from: LatLon, bearing_deg: f64, km: f64) -> LatLon {
    let p = Geodesic.destination(from.to_point(), bearing_deg, km * 1000.0);
    LatLon::new(p.y(), p.x())
}

/// A closed geodesic circle of `vertices` points (plus the closing one), counter-clockwise as
/// RFC 7946 wants exterior rings: bearings run from north through west.
pub fn circle(center: LatLon, radius_km: f64, vertices: usize) -> Vec<LatLon> {
    let n = vertices.max(3);
    let mut ring: Vec<LatLon> =
        (0..n).map(|i| destination(center, 360.0 - 360.0 * i as f64 / n as f64, radius_km)).collect();
    ring.push(ring[0]);
    ring
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circle_vertices_lie_on_the_radius() {
        let erbil = LatLon::new(36.2375, 43.963056);
        let ring = circle(erbil, 10.0, 128);
        assert_eq!(ring.len(), 129);
        assert_eq!(ring.first(), ring.last());
        for v in &ring {
            assert!((distance_km(erbil, *v) - 10.0).abs() < 1e-6);
        }
    }

    #[test]
    fn circle_is_counter_clockwise() {
        let ring = circle(LatLon::new(33.0, 44.0), 50.0, 64);
        // Shoelace sum in lon/lat: positive for counter-clockwise.
        let area2: f64 = ring.windows(2).map(|w| w[0].lon * w[1].lat - w[1].lon * w[0].lat).sum();
        assert!(area2 > 0.0);
    }

    #[test]
    fn one_degree_of_latitude_is_about_111_km() {
        let d = distance_km(LatLon::new(33.0, 44.0), LatLon::new(34.0, 44.0));
        assert!((d - 110.9).abs() < 0.3, "{d}");
        assert!((bearing_deg(LatLon::new(33.0, 44.0), LatLon::new(34.0, 44.0))).abs() < 1e-6);
    }
}
