//! Map extents and the projection from WGS84 to canvas pixels.
//!
//! The projection is a Lambert conformal conic ([`super::lcc`]) with standard parallels at 1/6 and
//! 5/6 of the extent's latitudes: a kilometre is the same number of pixels in every direction at any
//! point, and that number varies by under 0.5 % across a map of Iraq and Syria, so rings, the scale
//! bar and distances agree everywhere on the map, not only at its centre.

use std::fmt;
use std::str::FromStr;

use super::lcc::Conic;
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

    /// The smallest rectangle holding both.
    pub fn union(&self, o: &Rect) -> Rect {
        let (x, y) = (self.x.min(o.x), self.y.min(o.y));
        Rect::new(x, y, self.right().max(o.right()) - x, self.bottom().max(o.bottom()) - y)
    }

    pub fn inflate(&self, d: f64) -> Rect {
        Rect::new(self.x - d, self.y - d, self.w + 2.0 * d, self.h + 2.0 * d)
    }
}

/// WGS84 to pixels for one map frame: a Lambert conformal conic fitted to the extent, scaled and
/// centred into the frame.
#[derive(Clone, Copy, Debug)]
pub struct Projection {
    conic: Conic,
    /// Map-plane km at the frame's centre.
    center: (f64, f64),
    /// Pixels per map-plane km.
    px_per_map_km: f64,
    frame: Rect,
}

/// Points along each side of an extent or frame when its outline is projected.
const OUTLINE_STEPS: usize = 16;

impl Projection {
    /// Fits `extent` into `frame`, centred, keeping the aspect ratio: the extent's outline touches two
    /// opposite sides of the frame and the map fills it.
    pub fn fit(extent: Extent, frame: Rect) -> Projection {
        let conic = Conic::for_span(extent.south, extent.north, extent.center());
        let pts: Vec<(f64, f64)> = extent_outline(&extent).into_iter().map(|p| conic.forward(p)).collect();
        let (x0, x1) = pts.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
        let (y0, y1) = pts.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
        let px_per_map_km = (frame.w / (x1 - x0).max(1e-6)).min(frame.h / (y1 - y0).max(1e-6));
        Projection { conic, center: ((x0 + x1) / 2.0, (y0 + y1) / 2.0), px_per_map_km, frame }
    }

    /// Pixel position of a coordinate (may fall outside the frame).
    pub fn to_px(&self, p: LatLon) -> (f64, f64) {
        let (x, y) = self.conic.forward(p);
        let f = self.frame;
        (
            f.x + f.w / 2.0 + (x - self.center.0) * self.px_per_map_km,
            f.y + f.h / 2.0 - (y - self.center.1) * self.px_per_map_km,
        )
    }

    pub fn to_latlon(&self, (x, y): (f64, f64)) -> LatLon {
        let f = self.frame;
        let mx = self.center.0 + (x - f.x - f.w / 2.0) / self.px_per_map_km;
        let my = self.center.1 + (f.y + f.h / 2.0 - y) / self.px_per_map_km;
        self.conic.inverse((mx, my))
    }

    /// Whether `p` falls inside the frame.
    pub fn shows(&self, p: LatLon) -> bool {
        self.frame.contains(self.to_px(p))
    }

    /// Pixels per ground kilometre at latitude `lat`, in every direction.
    pub fn px_per_km_at(&self, lat: f64) -> f64 {
        self.px_per_map_km * self.conic.scale(lat)
    }

    /// Pixels per ground kilometre at the centre of the frame: what the scale bar shows.
    pub fn px_per_km(&self) -> f64 {
        let f = self.frame;
        self.px_per_km_at(self.to_latlon((f.x + f.w / 2.0, f.y + f.h / 2.0)).lat)
    }

    pub fn frame(&self) -> Rect {
        self.frame
    }

    /// The standard parallels, south first; `None` when the map straddles the equator (Mercator).
    pub fn standard_parallels(&self) -> Option<(f64, f64)> {
        self.conic.standard_parallels()
    }

    /// The frame's outline in WGS84, clockwise from the top left.
    pub fn frame_outline(&self) -> Vec<LatLon> {
        let f = self.frame;
        let corners = [(f.x, f.y), (f.right(), f.y), (f.right(), f.bottom()), (f.x, f.bottom()), (f.x, f.y)];
        let mut out = Vec::with_capacity(4 * OUTLINE_STEPS + 1);
        for w in corners.windows(2) {
            for s in 0..OUTLINE_STEPS {
                let t = s as f64 / OUTLINE_STEPS as f64;
                out.push(self.to_latlon((w[0].0 + (w[1].0 - w[0].0) * t, w[0].1 + (w[1].1 - w[0].1) * t)));
            }
        }
        out.push(out[0]);
        out
    }

    /// The longitude/latitude box around everything the frame shows (parallels and meridians are
    /// curved on the map, so the box reaches a little beyond the frame at some corners).
    pub fn visible_extent(&self) -> Extent {
        Extent::of_points(self.frame_outline()).expect("an outline has points")
    }
}

/// An extent's boundary, `OUTLINE_STEPS` points a side: its parallels are curves on the map.
fn extent_outline(e: &Extent) -> Vec<LatLon> {
    let lerp = |a: f64, b: f64, s: usize| a + (b - a) * s as f64 / OUTLINE_STEPS as f64;
    (0..=OUTLINE_STEPS)
        .flat_map(|s| {
            let (lon, lat) = (lerp(e.west, e.east, s), lerp(e.south, e.north, s));
            [LatLon::new(e.south, lon), LatLon::new(e.north, lon), LatLon::new(lat, e.west), LatLon::new(lat, e.east)]
        })
        .collect()
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
    fn fit_puts_the_whole_extent_in_the_frame_and_fills_it_one_way() {
        let frame = Rect::new(10.0, 20.0, 1000.0, 400.0);
        for bbox in ["40,30,48,37", "42.5,34,47,37.5", "-10,-5,10,5", "43.9,36.2,44.0,36.3"] {
            let e: Extent = bbox.parse().unwrap();
            let p = Projection::fit(e, frame);
            let px: Vec<(f64, f64)> = extent_outline(&e).into_iter().map(|q| p.to_px(q)).collect();
            assert!(px.iter().all(|q| frame.inflate(1e-6).contains(*q)), "{bbox}: outline leaves the frame");
            let (x0, x1) = px.iter().fold((f64::MAX, f64::MIN), |(a, b), q| (a.min(q.0), b.max(q.0)));
            let (y0, y1) = px.iter().fold((f64::MAX, f64::MIN), |(a, b), q| (a.min(q.1), b.max(q.1)));
            let fills_w = (x0 - frame.x).abs() < 1e-6 && (x1 - frame.right()).abs() < 1e-6;
            let fills_h = (y0 - frame.y).abs() < 1e-6 && (y1 - frame.bottom()).abs() < 1e-6;
            assert!(fills_w || fills_h, "{bbox}: {x0} {x1} {y0} {y1}");
            // What the frame shows holds the extent.
            let (v, eps) = (p.visible_extent(), 1e-9);
            assert!(
                v.west <= e.west + eps
                    && v.east >= e.east - eps
                    && v.south <= e.south + eps
                    && v.north >= e.north - eps,
                "{bbox}: {v}"
            );
            let q = e.center();
            let back = p.to_latlon(p.to_px(q));
            assert!((back.lat - q.lat).abs() < 1e-9 && (back.lon - q.lon).abs() < 1e-9);
        }
    }

    #[test]
    fn north_is_up_at_the_centre_and_meridians_converge_to_the_pole() {
        let e: Extent = "38,29,49,38".parse().unwrap();
        let p = Projection::fit(e, Rect::new(0.0, 0.0, 1000.0, 800.0));
        let c = e.center();
        let (a, b) = (p.to_px(LatLon::new(c.lat - 1.0, c.lon)), p.to_px(LatLon::new(c.lat + 1.0, c.lon)));
        assert!((a.0 - b.0).abs() < 1e-6 && b.1 < a.1, "the central meridian is vertical");
        // The western and eastern edges lean in towards the top.
        let (sw, nw) = (p.to_px(LatLon::new(29.0, 38.0)), p.to_px(LatLon::new(38.0, 38.0)));
        let (se, ne) = (p.to_px(LatLon::new(29.0, 49.0)), p.to_px(LatLon::new(38.0, 49.0)));
        assert!(nw.0 > sw.0 && ne.0 < se.0);
        // Across the whole map the scale varies by under 0.5 %.
        let (lo, hi) = (p.px_per_km_at(29.0).min(p.px_per_km_at(33.5)), p.px_per_km_at(29.0).max(p.px_per_km_at(33.5)));
        assert!(hi / lo < 1.005, "{lo} {hi}");
    }

    #[test]
    fn bad_bboxes_are_clear_errors() {
        assert!("1,2,3".parse::<Extent>().unwrap_err().contains("four numbers"));
        assert!("48,30,40,37".parse::<Extent>().unwrap_err().contains("W < E"));
        assert!("a,30,40,37".parse::<Extent>().unwrap_err().contains("not a number"));
    }
}
