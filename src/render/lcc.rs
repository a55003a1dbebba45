//! Lambert conformal conic on the WGS84 ellipsoid (Snyder, *Map Projections: A Working Manual*,
//! 1987, §15), with Mercator for extents around the equator, where the cone flattens into a cylinder.
//!
//! Conformal: a small circle stays a circle everywhere on the map, so a geodesic range ring is round
//! wherever it is drawn. The scale is exact on the two standard parallels and off by a factor
//! [`Conic::scale`] elsewhere; with the parallels at 1/6 and 5/6 of the extent's latitude span
//! (Kavraiskiy's rule) that factor stays within about 0.5 % of 1 over Iraq and Syria.

use crate::model::LatLon;

const A_KM: f64 = 6378.137;
const F: f64 = 1.0 / 298.257_223_563;
/// Latitudes are held this far from the poles, where the formulas divide by zero.
const MAX_LAT: f64 = 89.5;

fn e2() -> f64 {
    F * (2.0 - F)
}

/// Radius of the parallel over the semi-major axis: cos φ / sqrt(1 − e² sin² φ).
fn m(phi: f64) -> f64 {
    phi.cos() / (1.0 - e2() * phi.sin().powi(2)).sqrt()
}

/// Snyder's t (15-9): tan(π/4 − φ/2) over the ellipsoid's correction.
fn t(phi: f64) -> f64 {
    let e = e2().sqrt();
    let es = e * phi.sin();
    (std::f64::consts::FRAC_PI_4 - phi / 2.0).tan() / ((1.0 - es) / (1.0 + es)).powf(e / 2.0)
}

/// Latitude from t, by Snyder's iteration (7-9); converges to 1e-12 rad in a few steps.
fn phi_of_t(t: f64) -> f64 {
    let e = e2().sqrt();
    let mut phi = std::f64::consts::FRAC_PI_2 - 2.0 * t.atan();
    for _ in 0..15 {
        let es = e * phi.sin();
        let next = std::f64::consts::FRAC_PI_2 - 2.0 * (t * ((1.0 - es) / (1.0 + es)).powf(e / 2.0)).atan();
        if (next - phi).abs() < 1e-12 {
            return next;
        }
        phi = next;
    }
    phi
}

fn clamp_lat(lat: f64) -> f64 {
    lat.clamp(-MAX_LAT, MAX_LAT).to_radians()
}

/// Longitude difference in radians, wrapped to (−π, π].
fn dlon(lon: f64, lon0: f64) -> f64 {
    let d = (lon - lon0).rem_euclid(360.0);
    (if d > 180.0 { d - 360.0 } else { d }).to_radians()
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    /// Cone constant n, Snyder's F and the origin's ρ0.
    Conic { n: f64, big_f: f64, rho0: f64 },
    /// Northings from the origin's latitude.
    Mercator { y0: f64 },
}

/// One conic: projects to kilometres on the map plane, x east and y north of the origin.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conic {
    kind: Kind,
    lon0: f64,
    /// Standard parallels in degrees, south first.
    parallels: (f64, f64),
}

impl Conic {
    /// Standard parallels at 1/6 and 5/6 of `south..north`, origin at `origin`.
    pub fn for_span(south: f64, north: f64, origin: LatLon) -> Conic {
        let span = north - south;
        Conic::new(south + span / 6.0, north - span / 6.0, origin)
    }

    /// A conic with standard parallels `lat1`, `lat2` (degrees) and its origin at `origin`.
    /// Parallels on both sides of the equator, or both within 2° of it, make a Mercator.
    pub fn new(lat1: f64, lat2: f64, origin: LatLon) -> Conic {
        let (lo, hi) = (lat1.min(lat2), lat1.max(lat2));
        let (p1, p2, p0) = (clamp_lat(lo), clamp_lat(hi), clamp_lat(origin.lat));
        let (m1, m2, t1, t2) = (m(p1), m(p2), t(p1), t(p2));
        let n = if (p2 - p1).abs() < 1e-9 { p1.sin() } else { (m1.ln() - m2.ln()) / (t1.ln() - t2.ln()) };
        let kind = if lo * hi <= 0.0 || n.abs() < 2f64.to_radians().sin() {
            Kind::Mercator { y0: -A_KM * t(p0).ln() }
        } else {
            let big_f = m1 / (n * t1.powf(n));
            Kind::Conic { n, big_f, rho0: A_KM * big_f * t(p0).powf(n) }
        };
        Conic { kind, lon0: origin.lon, parallels: (lo, hi) }
    }

    /// Map-plane kilometres east and north of the origin.
    pub fn forward(&self, p: LatLon) -> (f64, f64) {
        let phi = clamp_lat(p.lat);
        let lam = dlon(p.lon, self.lon0);
        match self.kind {
            Kind::Conic { n, big_f, rho0 } => {
                let rho = A_KM * big_f * t(phi).powf(n);
                let theta = n * lam;
                (rho * theta.sin(), rho0 - rho * theta.cos())
            }
            Kind::Mercator { y0 } => (A_KM * lam, -A_KM * t(phi).ln() - y0),
        }
    }

    pub fn inverse(&self, (x, y): (f64, f64)) -> LatLon {
        match self.kind {
            Kind::Conic { n, big_f, rho0 } => {
                let s = n.signum();
                let (dx, dy) = (s * x, s * (rho0 - y));
                let rho = s * (dx * dx + dy * dy).sqrt();
                let theta = dx.atan2(dy);
                let t = (rho / (A_KM * big_f)).powf(1.0 / n);
                LatLon::new(phi_of_t(t).to_degrees(), self.lon0 + (theta / n).to_degrees())
            }
            Kind::Mercator { y0 } => {
                let t = (-(y + y0) / A_KM).exp();
                LatLon::new(phi_of_t(t).to_degrees(), self.lon0 + (x / A_KM).to_degrees())
            }
        }
    }

    /// Map kilometres per ground kilometre at `lat`, the same in every direction (conformal).
    pub fn scale(&self, lat: f64) -> f64 {
        let phi = clamp_lat(lat);
        match self.kind {
            Kind::Conic { n, big_f, .. } => big_f * t(phi).powf(n) * n / m(phi),
            Kind::Mercator { .. } => 1.0 / m(phi),
        }
    }

    /// The standard parallels, south first; `None` for a Mercator.
    pub fn standard_parallels(&self) -> Option<(f64, f64)> {
        matches!(self.kind, Kind::Conic { .. }).then_some(self.parallels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodesy;

    fn conic_iraq() -> Conic {
        Conic::for_span(29.0, 37.5, LatLon::new(33.25, 43.5))
    }

    #[test]
    fn snyder_worked_example() {
        // Snyder p. 296 (Clarke 1866 there; WGS84 here moves the figures by well under 1 km):
        // parallels 33° and 45° N, origin 23° N 96° W; 35° N 75° W is at x 1894.4 km, y 1564.6 km,
        // scale factor 0.9970171.
        let c = Conic::new(33.0, 45.0, LatLon::new(23.0, -96.0));
        let (x, y) = c.forward(LatLon::new(35.0, -75.0));
        assert!((x - 1894.4).abs() < 0.5 && (y - 1564.6).abs() < 0.5, "{x} {y}");
        assert!((c.scale(35.0) - 0.997_017_1).abs() < 1e-6, "{}", c.scale(35.0));
    }

    #[test]
    fn round_trips_and_exact_scale_on_the_standard_parallels() {
        for c in [
            conic_iraq(),
            Conic::for_span(-40.0, -30.0, LatLon::new(-35.0, 150.0)),
            Conic::for_span(-5.0, 5.0, LatLon::new(0.0, 30.0)),
        ] {
            for (lat, lon) in [(33.3, 44.4), (37.0, 38.0), (29.5, 48.0), (-33.9, 151.2), (1.0, 31.0)] {
                let p = LatLon::new(lat, lon);
                let q = c.inverse(c.forward(p));
                assert!((q.lat - lat).abs() < 1e-9 && (q.lon - lon).abs() < 1e-9, "{c:?}: {p:?} -> {q:?}");
            }
        }
        let c = conic_iraq();
        let (s, n) = c.standard_parallels().unwrap();
        assert!((c.scale(s) - 1.0).abs() < 1e-9 && (c.scale(n) - 1.0).abs() < 1e-9);
        // Between the parallels the map is a little small, outside a little large.
        assert!(c.scale(33.25) < 1.0 && c.scale(33.25) > 0.996);
        assert!(c.scale(29.0) > 1.0 && c.scale(29.0) < 1.005);
        assert!(Conic::for_span(-5.0, 5.0, LatLon::new(0.0, 30.0)).standard_parallels().is_none(), "Mercator");
    }

    #[test]
    fn a_geodesic_circle_is_round_and_as_large_as_the_scale_says() {
        let c = conic_iraq();
        let at = LatLon::new(37.0, 42.7);
        let o = c.forward(at);
        let radii: Vec<f64> = geodesy::circle(at, 50.0, 72)
            .iter()
            .map(|p| {
                let (x, y) = c.forward(*p);
                ((x - o.0).powi(2) + (y - o.1).powi(2)).sqrt()
            })
            .collect();
        let (lo, hi) = radii.iter().fold((f64::MAX, 0.0f64), |(a, b), r| (a.min(*r), b.max(*r)));
        assert!(hi / lo - 1.0 < 0.002, "round within 0.2 %: {lo}..{hi}");
        let expect = 50.0 * c.scale(37.0);
        assert!((lo / expect - 1.0).abs() < 0.003 && (hi / expect - 1.0).abs() < 0.003);
    }
}
