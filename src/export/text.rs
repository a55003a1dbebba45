//! The layers' text written straight from an incident's values: the same bytes as serialising
//! the [`geojson::Feature`]s of [`crate::export`] (keys in order, numbers as serde_json writes
//! them), the CSV rows and KML placemarks, without building a JSON map per feature. On a
//! million incidents that map building, not the writing, was most of the time.

use std::io::{self, Write};
use std::sync::OnceLock;

use crate::model::{Incident, LatLon, PROPERTY_NAMES, round6};
use crate::store::Geometry;

/// A property value as the layers write it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    Null,
    Str(&'a str),
    Owned(String),
    UInt(u64),
    /// Finite (a non-finite number is written as null, as serde_json does).
    Float(f64),
}

impl Cell<'_> {
    fn str(&self) -> Option<&str> {
        match self {
            Cell::Str(s) => Some(s),
            Cell::Owned(s) => Some(s),
            _ => None,
        }
    }

    /// JSON text of the value.
    pub fn write_json(&self, w: &mut impl Write) -> io::Result<()> {
        match self {
            Cell::Null => w.write_all(b"null"),
            Cell::Str(_) | Cell::Owned(_) => {
                serde_json::to_writer(w, self.str().unwrap_or_default()).map_err(io::Error::from)
            }
            Cell::UInt(n) => write_u64(w, *n),
            Cell::Float(x) => write_f64(w, *x),
        }
    }

    /// The text of a CSV cell or a KML value: a string as it is, a number as in JSON, null empty.
    pub fn write_plain(&self, w: &mut impl Write) -> io::Result<()> {
        match self {
            Cell::Null => Ok(()),
            Cell::Str(_) | Cell::Owned(_) => w.write_all(self.str().unwrap_or_default().as_bytes()),
            Cell::UInt(n) => write_u64(w, *n),
            Cell::Float(x) => write_f64(w, *x),
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Cell::Null)
    }
}

/// A float as serde_json writes it (shortest round-trip text; `null` when not finite).
pub fn write_f64(w: &mut impl Write, x: f64) -> io::Result<()> {
    match micro_units(x) {
        Some(k) => write_micro_units(w, k, x < 0.0),
        None => serde_json::to_writer(w, &x).map_err(io::Error::from),
    }
}

/// `x` as a whole number of millionths when `x` is the double nearest to one (what rounding to 6
/// decimals gives: every coordinate and most values a layer writes) and of a size serde_json
/// writes without an exponent. The shortest text that reads back as such an `x` is then its six
/// decimals without trailing zeros: two numbers of six decimals lie more than two doubles apart
/// below 10^7, so no shorter decimal reads back as `x` (a test holds it to serde_json's text).
fn micro_units(x: f64) -> Option<i64> {
    if !(1e-3..1e7).contains(&x.abs()) {
        return None;
    }
    let k = (x * 1e6).round();
    (k / 1e6 == x).then_some(k as i64)
}

/// Writes `k` millionths as `[-]int.frac`, the fraction without trailing zeros but at least one
/// digit (serde_json's `45.0`).
fn write_micro_units(w: &mut impl Write, k: i64, negative: bool) -> io::Result<()> {
    // By hand, right to left: `write!` costs more than everything else of a ring's vertex.
    let m = k.unsigned_abs();
    let (mut int, mut frac) = (m / 1_000_000, m % 1_000_000);
    let mut digits = 6;
    while digits > 1 && frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    let mut buf = [0u8; 32];
    let mut at = buf.len();
    for _ in 0..digits {
        at -= 1;
        buf[at] = b'0' + (frac % 10) as u8;
        frac /= 10;
    }
    at -= 1;
    buf[at] = b'.';
    loop {
        at -= 1;
        buf[at] = b'0' + (int % 10) as u8;
        int /= 10;
        if int == 0 {
            break;
        }
    }
    if negative {
        at -= 1;
        buf[at] = b'-';
    }
    w.write_all(&buf[at..])
}

/// A whole number as decimal digits (what `write!` gives, for less).
fn write_u64(w: &mut impl Write, mut n: u64) -> io::Result<()> {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    w.write_all(&buf[at..])
}

/// A string property as [`Incident::properties`] writes it: absent or blank is null.
fn opt_str(v: &Option<String>) -> Cell<'_> {
    match v {
        Some(s) if !s.trim().is_empty() => Cell::Str(s),
        _ => Cell::Null,
    }
}

fn opt_u32(v: Option<u32>) -> Cell<'static> {
    v.map_or(Cell::Null, |n| Cell::UInt(n.into()))
}

/// A number rounded to `digits` decimals, as [`Incident::properties`] writes it.
fn opt_f(v: Option<f64>, digits: i32) -> Cell<'static> {
    match v {
        Some(x) if x.is_finite() => {
            let p = 10f64.powi(digits);
            float((x * p).round() / p)
        }
        _ => Cell::Null,
    }
}

fn float(x: f64) -> Cell<'static> {
    if x.is_finite() { Cell::Float(x) } else { Cell::Null }
}

/// An incident's properties in [`PROPERTY_NAMES`] order, with the values of
/// [`Incident::properties`] (a test holds the two together).
pub fn incident_cells(i: &Incident) -> [Cell<'_>; 28] {
    let date = i.date_string().map_or(Cell::Null, Cell::Owned);
    [
        Cell::Str(&i.id),
        Cell::Str(&i.source),
        Cell::Owned(i.sources_joined()),
        Cell::Str(i.role.as_str()),
        date,
        i.date_precision.map_or(Cell::Null, |d| Cell::Str(d.as_str())),
        opt_str(&i.place),
        opt_str(&i.place_text),
        opt_str(&i.country),
        i.geo_precision.map_or(Cell::Null, |g| Cell::Str(g.as_str())),
        Cell::Str(i.weapon.as_str()),
        opt_u32(i.count_min),
        opt_u32(i.count_max),
        opt_u32(i.killed),
        opt_u32(i.killed_max),
        opt_u32(i.injured),
        opt_u32(i.injured_max),
        opt_str(&i.claimed_by),
        opt_str(&i.claimed_by_canonical),
        opt_str(&i.attacker),
        opt_str(&i.launch_site),
        opt_f(i.launch_distance_km, 3),
        opt_f(i.launch_bearing_deg, 1),
        opt_f(i.launch_location.map(|l| l.lat), 6),
        opt_f(i.launch_location.map(|l| l.lon), 6),
        opt_f(i.range_km, 3),
        opt_str(&i.evidence),
        Cell::UInt(i.reports.max(1).into()),
    ]
}

/// The positions of [`PROPERTY_NAMES`] in key order: the order a JSON map (serde_json's, sorted)
/// writes them in.
pub fn sorted_property_order() -> &'static [usize] {
    static ORDER: OnceLock<Vec<usize>> = OnceLock::new();
    ORDER.get_or_init(|| {
        let mut order: Vec<usize> = (0..PROPERTY_NAMES.len()).collect();
        order.sort_by_key(|k| PROPERTY_NAMES[*k]);
        order
    })
}

/// A feature's properties given as (key, value) pairs in key order: `{"k":v,...}`.
pub fn write_properties<'a>(
    w: &mut impl Write,
    pairs: impl IntoIterator<Item = (&'a str, &'a Cell<'a>)>,
) -> io::Result<()> {
    w.write_all(b"{")?;
    for (n, (k, v)) in pairs.into_iter().enumerate() {
        if n > 0 {
            w.write_all(b",")?;
        }
        serde_json::to_writer(&mut *w, k).map_err(io::Error::from)?;
        w.write_all(b":")?;
        v.write_json(w)?;
    }
    w.write_all(b"}")
}

fn write_position(w: &mut impl Write, p: &[f64; 2]) -> io::Result<()> {
    w.write_all(b"[")?;
    write_f64(w, p[0])?;
    w.write_all(b",")?;
    write_f64(w, p[1])?;
    w.write_all(b"]")
}

fn write_positions(w: &mut impl Write, line: &[[f64; 2]]) -> io::Result<()> {
    w.write_all(b"[")?;
    for (n, p) in line.iter().enumerate() {
        if n > 0 {
            w.write_all(b",")?;
        }
        write_position(w, p)?;
    }
    w.write_all(b"]")
}

fn write_rings(w: &mut impl Write, rings: &[Vec<[f64; 2]>]) -> io::Result<()> {
    w.write_all(b"[")?;
    for (n, r) in rings.iter().enumerate() {
        if n > 0 {
            w.write_all(b",")?;
        }
        write_positions(w, r)?;
    }
    w.write_all(b"]")
}

/// A geometry as the geojson crate writes it: `{"type":"...","coordinates":...}`.
pub fn write_geometry(w: &mut impl Write, g: &Geometry) -> io::Result<()> {
    match g {
        Geometry::Point(p) => {
            w.write_all(b"{\"type\":\"Point\",\"coordinates\":")?;
            write_position(w, p)?;
        }
        Geometry::LineString(l) => {
            w.write_all(b"{\"type\":\"LineString\",\"coordinates\":")?;
            write_positions(w, l)?;
        }
        Geometry::Polygon(r) => {
            w.write_all(b"{\"type\":\"Polygon\",\"coordinates\":")?;
            write_rings(w, r)?;
        }
        Geometry::MultiPolygon(m) => {
            w.write_all(b"{\"type\":\"MultiPolygon\",\"coordinates\":[")?;
            for (n, p) in m.iter().enumerate() {
                if n > 0 {
                    w.write_all(b",")?;
                }
                write_rings(w, p)?;
            }
            w.write_all(b"]")?;
        }
    }
    w.write_all(b"}")
}

/// A whole feature: `{"type":"Feature","geometry":...,"properties":{...}}`.
pub fn write_feature<'a>(
    w: &mut impl Write,
    geometry: Option<&Geometry>,
    pairs: impl IntoIterator<Item = (&'a str, &'a Cell<'a>)>,
) -> io::Result<()> {
    w.write_all(b"{\"type\":\"Feature\",\"geometry\":")?;
    match geometry {
        Some(g) => write_geometry(w, g)?,
        None => w.write_all(b"null")?,
    }
    w.write_all(b",\"properties\":")?;
    write_properties(w, pairs)?;
    w.write_all(b"}")
}

/// The point a layer writes for a location (rounded to 6 decimals, lon/lat).
pub fn point(l: LatLon) -> Geometry {
    Geometry::Point([round6(l.lon), round6(l.lat)])
}

/// An incident as a feature of the incidents layer.
pub fn write_incident_feature(w: &mut impl Write, i: &Incident, cells: &[Cell<'_>; 28]) -> io::Result<()> {
    let geometry = i.location.map(point);
    let pairs = sorted_property_order().iter().map(|k| (PROPERTY_NAMES[*k], &cells[*k]));
    write_feature(w, geometry.as_ref(), pairs)
}

/// Text with `&`, `<`, `>`, `"`, `'` escaped for XML.
pub fn write_xml_escaped(w: &mut impl Write, s: &str) -> io::Result<()> {
    let mut rest = s;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        w.write_all(&rest.as_bytes()[..at])?;
        w.write_all(match rest.as_bytes()[at] {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            _ => b"&apos;",
        })?;
        rest = &rest[at + 1..];
    }
    w.write_all(rest.as_bytes())
}

/// A KML 2.2 placemark for a located incident (nothing for an unlocated one): its title, date and
/// every non-null property in key order.
pub fn write_kml_placemark(
    w: &mut impl Write,
    i: &Incident,
    cells: &[Cell<'_>; 28],
    scratch: &mut Vec<u8>,
) -> io::Result<bool> {
    let Some(l) = i.location else { return Ok(false) };
    let date = i.date.map(|d| d.format("%Y-%m-%d").to_string());
    let title =
        format!("{} {} {}", date.as_deref().unwrap_or_default(), i.weapon.as_str(), i.place.as_deref().unwrap_or(""));
    w.write_all(b"<Placemark>\n<name>")?;
    write_xml_escaped(w, title.trim())?;
    w.write_all(b"</name>\n")?;
    if let Some(d) = &date {
        writeln!(w, "<TimeStamp><when>{d}</when></TimeStamp>")?;
    }
    w.write_all(b"<ExtendedData>\n")?;
    for k in sorted_property_order() {
        let v = &cells[*k];
        if v.is_null() {
            continue;
        }
        w.write_all(b"<Data name=\"")?;
        write_xml_escaped(w, PROPERTY_NAMES[*k])?;
        w.write_all(b"\"><value>")?;
        scratch.clear();
        v.write_plain(scratch)?;
        write_xml_escaped(w, std::str::from_utf8(scratch).unwrap_or_default())?;
        w.write_all(b"</value></Data>\n")?;
    }
    // Coordinates as Rust prints them (never an exponent), not as JSON numbers.
    write!(
        w,
        "</ExtendedData>\n<Point><coordinates>{},{}</coordinates></Point>\n</Placemark>\n",
        round6(l.lon),
        round6(l.lat)
    )?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_text(x: f64) -> String {
        serde_json::to_string(&x).unwrap()
    }

    fn ours(x: f64) -> String {
        let mut out = Vec::new();
        write_f64(&mut out, x).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn floats_are_written_as_serde_json_writes_them() {
        let mut values = vec![
            0.0,
            -0.0,
            1e-3,
            -1e-3,
            0.000999,
            0.0012,
            1.0,
            45.0,
            -45.5,
            6.0,
            43.963056,
            36.2375,
            179.999999,
            -180.0,
            9999999.999999,
            1e7,
            1e-6,
            1e-7,
            0.1 + 0.2,
            1.0 / 3.0,
            1e300,
            123.4567891,
            f64::MIN_POSITIVE,
        ];
        // Pseudo-random values over the whole fast range and beyond, rounded as layers round them.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mantissa = (seed >> 11) as f64 / (1u64 << 53) as f64;
            let exp = (seed % 14) as i32 - 5;
            let x = mantissa * 10f64.powi(exp) * if seed & 1 == 0 { 1.0 } else { -1.0 };
            values.push(x);
            values.push((x * 1e6).round() / 1e6);
            values.push((x * 1e3).round() / 1e3);
            values.push(x.round());
        }
        for x in values {
            assert_eq!(ours(x), serde_text(x), "{x:e}");
        }
        for n in [0, 7, 10, 99, 100, 4_294_967_295, u64::MAX] {
            let mut out = Vec::new();
            write_u64(&mut out, n).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
    }

    #[test]
    fn xml_text_is_escaped() {
        let mut out = Vec::new();
        write_xml_escaped(&mut out, "a <b> & \"c\" 'd' \u{e9}").unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; \u{e9}");
    }
}
