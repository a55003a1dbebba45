//! Map extents and the projection from WGS84 to canvas pixels.
//!
//! The projection is equirectangular with its standard parallel at the centre of the extent, scaled
//! by the geodesic length of a degree of longitude and of latitude there: at the centre a kilometre
//! is the same number of pixels east-west and north-south, so rings, scale bar and distances agree.
//! Over one country (±5° of latitude) the east-west scale drifts by a few percent at the edges.

use std::fmt;
use std::str::FromStr;

use crate::geodesy;
use crate::model::LatLon;

/// A longitude/latitude box: west, south, east, north in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extent {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl Extent {
    /// The smallest box holding every point; `None` for no points.
    pub fn of_points(points: impl IntoIterator<Item = LatLon>) -> Option<Extent> {
        points.into_iter().fold(None, |acc, p| {
            Some(match acc {
                None => Extent { west: p.lon, south: p.lat, east: p.lon, north: p.lat },
                Some(e) => e.including(p),
            })
        })
    }

    /// The box of a geodesic circle: everything within `km` of `center`.
    pub fn around(center: LatLon, km: f64) -> Extent {
        let (n, s) = (geodesy::destination(center, 0.0, km), geodesy::destination(center, 180.0, km));
        let (e, w) = (geodesy::destination(center, 90.0, km), geodesy::destination(center, 270.0, km));
        // East and west points of a circle are not its widest in longitude, but within 0.1 % here.
        Extent { west: w.lon, south: s.lat, east: e.lon, north: n.lat }
    }

    pub fn including(self, p: LatLon) -> Extent {
        Extent {
            west: self.west.min(p.lon),
            south: self.south.min(p.lat),
            east: self.east.max(p.lon),
            north: self.north.max(p.lat),
        }
    }

    pub fn union(self, o: Extent) -> Extent {
        Extent {
            west: self.west.min(o.west),
            south: self.south.min(o.south),
            east: self.east.max(o.east),
            north: self.north.max(o.north),
        }
    }

    pub fn center(&self) -> LatLon {
        LatLon::new((self.south + self.north) / 2.0, (self.west + self.east) / 2.0)
    }

    pub fn contains(&self, p: LatLon) -> bool {
        p.lon >= self.west && p.lon <= self.east && p.lat >= self.south && p.lat <= self.north
    }

    pub fn intersects(&self, o: &Extent) -> bool {
        self.west <= o.east && o.west <= self.east && self.south <= o.north && o.south <= self.north
    }

    /// Grown by `km` on every side, and to at least `min_km` across.
    pub fn padded(self, km: f64, min_km: f64) -> Extent {
        let c = self.center();
        let (kx, ky) = km_per_degree(c);
        let half_w = ((self.east - self.west) * kx / 2.0 + km).max(min_km / 2.0);
        let half_h = ((self.north - self.south) * ky / 2.0 + km).max(min_km / 2.0);
        Extent {
            west: c.lon - half_w / kx,
            east: c.lon + half_w / kx,
            south: (c.lat - half_h / ky).max(-89.0),
            north: (c.lat + half_h / ky).min(89.0),
        }
    }

    /// Width and height in km, measured through the centre.
    pub fn size_km(&self) -> (f64, f64) {
        let (kx, ky) = km_per_degree(self.center());
        ((self.east - self.west) * kx, (self.north - self.south) * ky)
    }
}

impl FromStr for Extent {
    type Err = String;

    /// `W,S,E,N` in degrees, as `--bbox` takes it.
    fn from_str(s: &str) -> Result<Extent, String> {
        let v: Vec<f64> = s
            .split(',')
            .map(|x| x.trim().parse::<f64>().map_err(|_| format!("bbox {s:?}: {x:?} is not a number")))
            .collect::<Result<_, _>>()?;
        let [west, south, east, north] = v[..] else {
            return Err(format!("bbox {s:?}: expected W,S,E,N (four numbers)"));
        };
        if !(west < east && south < north) || west < -180.0 || east > 180.0 || south < -90.0 || north > 90.0 {
            return Err(format!("bbox {s:?}: expected W < E and S < N within -180..180, -90..90"));
        }
        Ok(Extent { west, south, east, north })
    }
}

impl fmt::Display for Extent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.4},{:.4},{:.4},{:.4}", self.west, self.south, self.east, self.north)
    }
}

/// Kilometres per degree of longitude and of latitude at `at`, on the ellipsoid.
pub fn km_per_degree(at: LatLon) -> (f64, f64) {
    let d = 0.01;
    let lat = at.lat.clamp(-89.0, 89.0);
    let kx = geodesy::distance_km(LatLon::new(lat, at.lon - d / 2.0), LatLon::new(lat, at.lon + d / 2.0)) / d;
    let ky = geodesy::distance_km(LatLon::new(lat - d / 2.0, at.lon), LatLon::new(lat + d / 2.0, at.lon)) / d;
    (kx, ky)
}

/// A pixel rectangle: left, top, width, height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }

    pub fn contains_rect(&self, o: &Rect) -> bool {
        o.x >= self.x && o.y >= self.y && o.right() <= self.right() && o.bottom() <= self.bottom()
    }

    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        x >= self.x && x <= self.right() && y >= self.y && y <= self.bottom()
    }

    pub fn inflate(&self, d: f64) -> Rect {
        Rect::new(self.x - d, self.y - d, self.w + 2.0 * d, self.h + 2.0 * d)
    }
}

/// WGS84 to pixels for one map frame.
#[derive(Clone, Copy, Debug)]
pub struct Projection {
    center: LatLon,
    km_per_deg_lon: f64,
    km_per_deg_lat: f64,
    px_per_km: f64,
    frame: Rect,
}

impl Projection {
    /// Fits `extent` into `frame`, centred, keeping the aspect ratio: the extent is padded on the
    /// short side so the map fills the frame.
    pub fn fit(extent: Extent, frame: Rect) -> Projection {
        let center = extent.center();
        let (kx, ky) = km_per_degree(center);
        let (w_km, h_km) = ((extent.east - extent.west) * kx, (extent.north - extent.south) * ky);
        let px_per_km = (frame.w / w_km.max(1e-6)).min(frame.h / h_km.max(1e-6));
        Projection { center, km_per_deg_lon: kx, km_per_deg_lat: ky, px_per_km, frame }
    }

    /// Pixel position of a coordinate (may fall outside the frame).
    pub fn to_px(&self, p: LatLon) -> (f64, f64) {
        let x = (p.lon - self.center.lon) * self.km_per_deg_lon * self.px_per_km;
        let y = (p.lat - self.center.lat) * self.km_per_deg_lat * self.px_per_km;
        (self.frame.x + self.frame.w / 2.0 + x, self.frame.y + self.frame.h / 2.0 - y)
    }

    pub fn to_latlon(&self, (x, y): (f64, f64)) -> LatLon {
        let dx = (x - self.frame.x - self.frame.w / 2.0) / self.px_per_km;
        let dy = (self.frame.y + self.frame.h / 2.0 - y) / self.px_per_km;
        LatLon::new(self.center.lat + dy / self.km_per_deg_lat, self.center.lon + dx / self.km_per_deg_lon)
    }

    /// Pixels per kilometre at the standard parallel.
    pub fn px_per_km(&self) -> f64 {
        self.px_per_km
    }

    pub fn frame(&self) -> Rect {
        self.frame
    }

    /// The standard parallel (centre latitude).
    pub fn standard_parallel(&self) -> f64 {
        self.center.lat
    }

    /// What the frame shows, after padding to its aspect ratio.
    pub fn visible_extent(&self) -> Extent {
        let nw = self.to_latlon((self.frame.x, self.frame.y));
        let se = self.to_latlon((self.frame.right(), self.frame.bottom()));
        Extent { west: nw.lon, south: se.lat, east: se.lon, north: nw.lat }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kilometre_is_the_same_number_of_pixels_both_ways_at_the_centre() {
        let erbil = LatLon::new(36.2375, 43.963056);
        let p = Projection::fit(Extent::around(erbil, 20.0), Rect::new(0.0, 0.0, 800.0, 500.0));
        let (cx, cy) = p.to_px(erbil);
        assert!((cx - 400.0).abs() < 0.5 && (cy - 250.0).abs() < 0.5);
        let east = p.to_px(geodesy::destination(erbil, 90.0, 10.0));
        let north = p.to_px(geodesy::destination(erbil, 0.0, 10.0));
        let (ex, nx) = (east.0 - cx, cy - north.1);
        assert!((ex / nx - 1.0).abs() < 0.002, "{ex} vs {nx}");
        assert!((ex / (10.0 * p.px_per_km()) - 1.0).abs() < 0.002);
    }

    #[test]
    fn fit_pads_the_short_side_and_round_trips() {
        let e: Extent = "40,30,48,37".parse().unwrap();
        let p = Projection::fit(e, Rect::new(10.0, 20.0, 1000.0, 400.0));
        let v = p.visible_extent();
        // The wide frame shows more longitude than asked, exactly the latitude asked.
        assert!(v.west < e.west && v.east > e.east);
        assert!((v.north - e.north).abs() < 1e-9 && (v.south - e.south).abs() < 1e-9);
        let q = LatLon::new(33.3, 44.4);
        let back = p.to_latlon(p.to_px(q));
        assert!((back.lat - q.lat).abs() < 1e-9 && (back.lon - q.lon).abs() < 1e-9);
    }

    #[test]
    fn bad_bboxes_are_clear_errors() {
        assert!("1,2,3".parse::<Extent>().unwrap_err().contains("four numbers"));
        assert!("48,30,40,37".parse::<Extent>().unwrap_err().contains("W < E"));
        assert!("a,30,40,37".parse::<Extent>().unwrap_err().contains("not a number"));
    }
}
