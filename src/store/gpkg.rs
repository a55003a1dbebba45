//! GeoPackage 1.3 plumbing: geometry blobs, the required metadata tables, feature tables with the
//! R-tree spatial index extension, and the SQL functions its triggers call.
//!
//! Only what incmap writes is encoded (2D Point, LineString, Polygon, MultiPolygon in EPSG:4326);
//! any 2D WKB is measured for the R-tree, so rows QGIS or GDAL add are indexed too.

use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, params};

/// `PRAGMA application_id` of a GeoPackage: "GPKG".
pub const APPLICATION_ID: i32 = 0x4750_4B47;
/// `PRAGMA user_version` of GeoPackage 1.3.0.
pub const USER_VERSION: i32 = 10300;
/// WGS 84 geographic 2D, the only CRS incmap writes.
pub const SRS_ID: i32 = 4326;

/// A 2D geometry, lon/lat order (x = longitude).
#[derive(Clone, Debug, PartialEq)]
pub enum Geometry {
    Point([f64; 2]),
    LineString(Vec<[f64; 2]>),
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

impl Geometry {
    /// From a GeoJSON geometry of the kinds incmap writes; `None` for others.
    pub fn from_geojson(g: &geojson::Geometry) -> Option<Geometry> {
        use geojson::GeometryValue as V;
        use geojson::Position;
        let xy = |p: &Position| -> Option<[f64; 2]> { Some([*p.as_slice().first()?, *p.as_slice().get(1)?]) };
        let line = |l: &Vec<Position>| l.iter().map(xy).collect::<Option<Vec<_>>>();
        let poly = |r: &Vec<Vec<Position>>| r.iter().map(line).collect::<Option<Vec<_>>>();
        Some(match &g.value {
            V::Point { coordinates } => Geometry::Point(xy(coordinates)?),
            V::LineString { coordinates } => Geometry::LineString(line(coordinates)?),
            V::Polygon { coordinates } => Geometry::Polygon(poly(coordinates)?),
            V::MultiPolygon { coordinates } => {
                Geometry::MultiPolygon(coordinates.iter().map(poly).collect::<Option<Vec<_>>>()?)
            }
            _ => return None,
        })
    }

    /// This geometry as the multi type (a Polygon becomes a MultiPolygon of one).
    pub fn into_multi(self) -> Geometry {
        match self {
            Geometry::Polygon(p) => Geometry::MultiPolygon(vec![p]),
            g => g,
        }
    }

    fn points(&self) -> Box<dyn Iterator<Item = &[f64; 2]> + '_> {
        match self {
            Geometry::Point(p) => Box::new(std::iter::once(p)),
            Geometry::LineString(l) => Box::new(l.iter()),
            Geometry::Polygon(r) => Box::new(r.iter().flatten()),
            Geometry::MultiPolygon(m) => Box::new(m.iter().flatten().flatten()),
        }
    }

    /// min x, max x, min y, max y: the envelope order of the GeoPackage header.
    pub fn envelope(&self) -> [f64; 4] {
        self.points().fold([f64::MAX, f64::MIN, f64::MAX, f64::MIN], |e, p| {
            [e[0].min(p[0]), e[1].max(p[0]), e[2].min(p[1]), e[3].max(p[1])]
        })
    }

    /// The GeoPackage blob (spec §2.1.3): "GP", version 0, flags (little-endian, envelope
    /// [minx, maxx, miny, maxy] except for points, whose envelope is the point itself), the SRS id,
    /// then little-endian WKB.
    pub fn to_blob(&self) -> Vec<u8> {
        let is_point = matches!(self, Geometry::Point(_));
        let mut b = Vec::with_capacity(64);
        b.extend_from_slice(b"GP");
        b.push(0);
        b.push(if is_point { 0b0000_0001 } else { 0b0000_0011 });
        b.extend_from_slice(&SRS_ID.to_le_bytes());
        if !is_point {
            for v in self.envelope() {
                b.extend_from_slice(&v.to_le_bytes());
            }
        }
        let xy = |b: &mut Vec<u8>, p: &[f64; 2]| {
            b.extend_from_slice(&p[0].to_le_bytes());
            b.extend_from_slice(&p[1].to_le_bytes());
        };
        let head = |b: &mut Vec<u8>, kind: u32| {
            b.push(1);
            b.extend_from_slice(&kind.to_le_bytes());
        };
        let count = |b: &mut Vec<u8>, n: usize| b.extend_from_slice(&(n as u32).to_le_bytes());
        let ring = |b: &mut Vec<u8>, r: &[[f64; 2]]| {
            count(b, r.len());
            r.iter().for_each(|p| xy(b, p));
        };
        match self {
            Geometry::Point(p) => {
                head(&mut b, 1);
                xy(&mut b, p);
            }
            Geometry::LineString(l) => {
                head(&mut b, 2);
                ring(&mut b, l);
            }
            Geometry::Polygon(rings) => {
                head(&mut b, 3);
                count(&mut b, rings.len());
                rings.iter().for_each(|r| ring(&mut b, r));
            }
            Geometry::MultiPolygon(polys) => {
                head(&mut b, 6);
                count(&mut b, polys.len());
                for rings in polys {
                    head(&mut b, 3);
                    count(&mut b, rings.len());
                    rings.iter().for_each(|r| ring(&mut b, r));
                }
            }
        }
        b
    }
}

/// The WKB part of a GeoPackage blob and whether its header flags it empty; `None` when the bytes
/// are not a standard GeoPackage geometry.
fn wkb_of(blob: &[u8]) -> Option<(&[u8], bool)> {
    if blob.len() < 8 || &blob[..2] != b"GP" || blob[2] != 0 {
        return None;
    }
    let flags = blob[3];
    if flags & 0b0010_0000 != 0 {
        return None; // extended geometry types are not ours to read
    }
    let envelope = match (flags >> 1) & 0b111 {
        0 => 0,
        1 => 32,
        2 | 3 => 48,
        4 => 64,
        _ => return None,
    };
    Some((blob.get(8 + envelope..)?, flags & 0b0001_0000 != 0))
}

/// The point of a GeoPackage Point blob, `None` for an empty point; an error for anything else.
pub fn point_of(blob: &[u8]) -> Result<Option<[f64; 2]>, String> {
    let (wkb, empty) = wkb_of(blob).ok_or("geometry is not a GeoPackage geometry blob")?;
    if empty {
        return Ok(None);
    }
    let mut r = Wkb { b: wkb, at: 0, le: true };
    r.order().ok_or("truncated geometry")?;
    if r.u32().ok_or("truncated geometry")? % 1000 != 1 {
        return Err("geometry is not a Point".into());
    }
    let (x, y) = (r.f64().ok_or("truncated geometry")?, r.f64().ok_or("truncated geometry")?);
    Ok((!x.is_nan() && !y.is_nan()).then_some([x, y]))
}

/// The geometry of a GeoPackage blob as incmap writes them (2D Point, LineString, Polygon,
/// MultiPolygon); `None` for an empty, unreadable or other geometry (say, one with Z or M).
pub fn geometry_of(blob: &[u8]) -> Option<Geometry> {
    let (wkb, empty) = wkb_of(blob)?;
    if empty {
        return None;
    }
    let mut r = Wkb { b: wkb, at: 0, le: true };
    let g = r.geometry(true)?;
    (r.at == wkb.len()).then_some(g)
}

/// A reader over WKB bytes.
struct Wkb<'a> {
    b: &'a [u8],
    at: usize,
    le: bool,
}

impl Wkb<'_> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let v = self.b.get(self.at..self.at + N)?.try_into().ok()?;
        self.at += N;
        Some(v)
    }
    fn order(&mut self) -> Option<()> {
        self.le = match self.take::<1>()?[0] {
            0 => false,
            1 => true,
            _ => return None,
        };
        Some(())
    }
    fn u32(&mut self) -> Option<u32> {
        let b = self.take::<4>()?;
        Some(if self.le { u32::from_le_bytes(b) } else { u32::from_be_bytes(b) })
    }
    fn f64(&mut self) -> Option<f64> {
        let b = self.take::<8>()?;
        Some(if self.le { f64::from_le_bytes(b) } else { f64::from_be_bytes(b) })
    }

    /// A 2D geometry of the kinds [`Geometry`] holds (a MultiPolygon's parts are Polygons).
    fn geometry(&mut self, multi: bool) -> Option<Geometry> {
        self.order()?;
        let kind = self.u32()?;
        // Every count is checked against the bytes left, so a lying count allocates nothing.
        let count = |r: &mut Self, item: usize| -> Option<usize> {
            let n = r.u32()? as usize;
            (n.checked_mul(item)? <= r.b.len() - r.at).then_some(n)
        };
        let point = |r: &mut Self| -> Option<[f64; 2]> { Some([r.f64()?, r.f64()?]) };
        let line = |r: &mut Self| -> Option<Vec<[f64; 2]>> { (0..count(r, 16)?).map(|_| point(r)).collect() };
        let rings = |r: &mut Self| -> Option<Vec<Vec<[f64; 2]>>> { (0..count(r, 4)?).map(|_| line(r)).collect() };
        Some(match kind {
            1 => Geometry::Point(point(self)?),
            2 => Geometry::LineString(line(self)?),
            3 => Geometry::Polygon(rings(self)?),
            6 if multi => Geometry::MultiPolygon(
                (0..count(self, 9)?)
                    .map(|_| match self.geometry(false)? {
                        Geometry::Polygon(p) => Some(p),
                        _ => None,
                    })
                    .collect::<Option<_>>()?,
            ),
            _ => return None,
        })
    }

    /// Folds every x, y of one WKB geometry (2D, Z, M or ZM; the extra ordinates are skipped).
    fn visit(&mut self, each: &mut dyn FnMut(f64, f64)) -> Option<()> {
        self.order()?;
        let code = self.u32()?;
        let (kind, dims) = (code % 1000, [2, 3, 3, 4][(code / 1000) as usize % 4]);
        let mut point = |r: &mut Self| -> Option<()> {
            let (x, y) = (r.f64()?, r.f64()?);
            for _ in 2..dims {
                r.f64()?;
            }
            if !x.is_nan() && !y.is_nan() {
                each(x, y);
            }
            Some(())
        };
        match kind {
            1 => point(self),
            2 => (0..self.u32()?).try_for_each(|_| point(self)),
            3 => (0..self.u32()?).try_for_each(|_| (0..self.u32()?).try_for_each(|_| point(self))),
            4..=7 => (0..self.u32()?).try_for_each(|_| self.visit(each)),
            _ => None,
        }
    }
}

/// min x, max x, min y, max y of a blob; `None` for an empty, invalid or unreadable one.
pub fn envelope_of(blob: &[u8]) -> Option<[f64; 4]> {
    let (wkb, empty) = wkb_of(blob)?;
    if empty {
        return None;
    }
    let mut e = [f64::MAX, f64::MIN, f64::MAX, f64::MIN];
    Wkb { b: wkb, at: 0, le: true }.visit(&mut |x, y| e = [e[0].min(x), e[1].max(x), e[2].min(y), e[3].max(y)])?;
    (e[0] <= e[1]).then_some(e)
}

/// Registers `ST_IsEmpty`, `ST_MinX`, `ST_MaxX`, `ST_MinY`, `ST_MaxY` as GDAL does: the R-tree
/// triggers of the GeoPackage extension call them on every write.
pub fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    let blob = |ctx: &Context| match ctx.get_raw(0) {
        ValueRef::Blob(b) => Some(b.to_vec()),
        _ => None,
    };
    conn.create_scalar_function("ST_IsEmpty", 1, flags, move |ctx| {
        Ok(blob(ctx).map(|b| i64::from(envelope_of(&b).is_none())))
    })?;
    for (name, k) in [("ST_MinX", 0), ("ST_MaxX", 1), ("ST_MinY", 2), ("ST_MaxY", 3)] {
        conn.create_scalar_function(name, 1, flags, move |ctx| {
            Ok(blob(ctx).and_then(|b| envelope_of(&b)).map(|e| e[k]))
        })?;
    }
    Ok(())
}

/// The metadata tables every GeoPackage has, with the three required CRS rows.
pub fn create_core(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(&format!(
        "PRAGMA application_id = {APPLICATION_ID};
         PRAGMA user_version = {USER_VERSION};
         CREATE TABLE gpkg_spatial_ref_sys (
           srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
           organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
         CREATE TABLE gpkg_contents (
           table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
           description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
           min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
           CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
         CREATE TABLE gpkg_geometry_columns (
           table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
           srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
           CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
           CONSTRAINT uk_gc_table_name UNIQUE (table_name),
           CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
           CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
         CREATE TABLE gpkg_extensions (
           table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
           scope TEXT NOT NULL,
           CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));"
    ))?;
    let mut srs = conn.prepare("INSERT INTO gpkg_spatial_ref_sys VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
    srs.execute(params![
        "Undefined cartesian SRS",
        -1,
        "NONE",
        -1,
        "undefined",
        "undefined cartesian coordinate reference system"
    ])?;
    srs.execute(params![
        "Undefined geographic SRS",
        0,
        "NONE",
        0,
        "undefined",
        "undefined geographic coordinate reference system"
    ])?;
    srs.execute(params![
        "WGS 84 geodetic",
        SRS_ID,
        "EPSG",
        SRS_ID,
        WGS84_WKT,
        "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"
    ])?;
    Ok(())
}

const WGS84_WKT: &str = r#"GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]"#;

/// A feature table as incmap lays it out: `fid`, `geom`, then typed columns.
pub struct FeatureTable {
    pub name: &'static str,
    /// POINT, LINESTRING, MULTIPOLYGON.
    pub geometry_type: &'static str,
    pub description: &'static str,
    /// Column names and GeoPackage types (TEXT, INTEGER, REAL, DATE, DATETIME), with constraints.
    pub columns: &'static [(&'static str, &'static str)],
}

/// The geometry column of every feature table.
pub const GEOM: &str = "geom";

/// Creates a feature table, registers it, and adds its R-tree index with the triggers of the
/// extension (GeoPackage 1.3, Annex F.3).
pub fn create_feature_table(conn: &Connection, t: &FeatureTable) -> rusqlite::Result<()> {
    let cols: Vec<String> = t.columns.iter().map(|(n, ty)| format!("\"{n}\" {ty}")).collect();
    let (name, gtype) = (t.name, t.geometry_type);
    conn.execute_batch(&format!(
        "CREATE TABLE \"{name}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {GEOM} {gtype}, {});",
        cols.join(", ")
    ))?;
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
         VALUES (?1, 'features', ?1, ?2, ?3)",
        params![name, t.description, SRS_ID],
    )?;
    conn.execute(
        "INSERT INTO gpkg_geometry_columns VALUES (?1, ?2, ?3, ?4, 0, 0)",
        params![name, GEOM, gtype, SRS_ID],
    )?;
    conn.execute(
        "INSERT INTO gpkg_extensions VALUES (?1, ?2, 'gpkg_rtree_index',
         'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
        params![name, GEOM],
    )?;
    let (t, c, i) = (name, GEOM, "fid");
    let rtree = format!("rtree_{t}_{c}");
    let row = format!("NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})");
    conn.execute_batch(&format!(
        "CREATE VIRTUAL TABLE {rtree} USING rtree(id, minx, maxx, miny, maxy);
         CREATE TRIGGER {rtree}_insert AFTER INSERT ON \"{t}\"
           WHEN (NEW.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c}))
           BEGIN INSERT OR REPLACE INTO {rtree} VALUES ({row}); END;
         CREATE TRIGGER {rtree}_update1 AFTER UPDATE OF {c} ON \"{t}\"
           WHEN OLD.{i} = NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
           BEGIN INSERT OR REPLACE INTO {rtree} VALUES ({row}); END;
         CREATE TRIGGER {rtree}_update2 AFTER UPDATE OF {c} ON \"{t}\"
           WHEN OLD.{i} = NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
           BEGIN DELETE FROM {rtree} WHERE id = OLD.{i}; END;
         CREATE TRIGGER {rtree}_update3 AFTER UPDATE ON \"{t}\"
           WHEN OLD.{i} != NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
           BEGIN DELETE FROM {rtree} WHERE id = OLD.{i}; INSERT OR REPLACE INTO {rtree} VALUES ({row}); END;
         CREATE TRIGGER {rtree}_update4 AFTER UPDATE ON \"{t}\"
           WHEN OLD.{i} != NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
           BEGIN DELETE FROM {rtree} WHERE id IN (OLD.{i}, NEW.{i}); END;
         CREATE TRIGGER {rtree}_delete AFTER DELETE ON \"{t}\"
           WHEN OLD.{c} NOT NULL
           BEGIN DELETE FROM {rtree} WHERE id = OLD.{i}; END;"
    ))
}

/// An attribute table (no geometry), registered so GIS programs list it.
pub fn create_attribute_table(
    conn: &Connection,
    name: &str,
    description: &str,
    columns: &[(&str, &str)],
) -> rusqlite::Result<()> {
    let cols: Vec<String> = columns.iter().map(|(n, ty)| format!("\"{n}\" {ty}")).collect();
    conn.execute_batch(&format!(
        "CREATE TABLE \"{name}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {});",
        cols.join(", ")
    ))?;
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?1, 'attributes', ?1, ?2)",
        params![name, description],
    )?;
    Ok(())
}

/// Records a change of `table` in `gpkg_contents`, as the spec asks of every writer, widening
/// its extent to hold `grown` (min x, max x, min y, max y) when rows were written: the spec lets
/// the extent be larger than the data, and recomputing it would read the whole R-tree.
pub fn touch_contents(conn: &Connection, table: &str, grown: Option<[f64; 4]>) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?1",
        [table],
    )?;
    if let Some([x0, x1, y0, y1]) = grown {
        conn.execute(
            "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?2), ?2), max_x = max(coalesce(max_x, ?3), ?3),
               min_y = min(coalesce(min_y, ?4), ?4), max_y = max(coalesce(max_y, ?5), ?5)
             WHERE table_name = ?1",
            params![table, x0, x1, y0, y1],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_blob_has_the_header_the_spec_lays_out() {
        let b = Geometry::Point([43.96, 36.24]).to_blob();
        assert_eq!(&b[..4], b"GP\x00\x01", "magic, version 0, flags: little-endian, no envelope");
        assert_eq!(i32::from_le_bytes(b[4..8].try_into().unwrap()), 4326);
        assert_eq!(b[8], 1, "WKB little-endian");
        assert_eq!(u32::from_le_bytes(b[9..13].try_into().unwrap()), 1, "WKB Point");
        assert_eq!(f64::from_le_bytes(b[13..21].try_into().unwrap()), 43.96);
        assert_eq!(f64::from_le_bytes(b[21..29].try_into().unwrap()), 36.24);
        assert_eq!(b.len(), 29);
        assert_eq!(point_of(&b), Ok(Some([43.96, 36.24])));
        assert_eq!(envelope_of(&b), Some([43.96, 43.96, 36.24, 36.24]));
    }

    #[test]
    fn other_blobs_carry_their_envelope_and_measure_back() {
        let ring = vec![[44.0, 36.0], [45.0, 36.0], [45.0, 37.5], [44.0, 36.0]];
        let g = Geometry::Polygon(vec![ring]).into_multi();
        let b = g.to_blob();
        assert_eq!(b[3], 0b11, "little-endian, envelope [minx, maxx, miny, maxy]");
        let env: Vec<f64> = (0..4).map(|k| f64::from_le_bytes(b[8 + 8 * k..16 + 8 * k].try_into().unwrap())).collect();
        assert_eq!(env, [44.0, 45.0, 36.0, 37.5]);
        assert_eq!(u32::from_le_bytes(b[41..45].try_into().unwrap()), 6, "WKB MultiPolygon");
        assert_eq!(envelope_of(&b), Some([44.0, 45.0, 36.0, 37.5]));
        assert!(point_of(&b).unwrap_err().contains("not a Point"));
        let line = Geometry::LineString(vec![[1.0, 2.0], [3.0, -4.0]]).to_blob();
        assert_eq!(envelope_of(&line), Some([1.0, 3.0, -4.0, 2.0]));
    }

    #[test]
    fn blobs_read_back_as_the_geometry_written() {
        let ring = vec![[44.0, 36.0], [45.0, 36.0], [45.0, 37.5], [44.0, 36.0]];
        let hole = vec![[44.2, 36.2], [44.3, 36.2], [44.3, 36.3], [44.2, 36.2]];
        for g in [
            Geometry::Point([43.96, 36.24]),
            Geometry::LineString(vec![[1.0, 2.0], [3.0, -4.0], [5.5, 6.25]]),
            Geometry::Polygon(vec![ring.clone(), hole.clone()]),
            Geometry::MultiPolygon(vec![vec![ring.clone()], vec![hole.clone(), ring.clone()]]),
        ] {
            assert_eq!(geometry_of(&g.to_blob()), Some(g.clone()), "{g:?}");
            // Cut anywhere, or with bytes after it, it is no geometry (and no panic).
            let b = g.to_blob();
            for n in 0..b.len() {
                assert_eq!(geometry_of(&b[..n]), None, "{g:?} cut at {n}");
            }
            let mut longer = b.clone();
            longer.push(0);
            assert_eq!(geometry_of(&longer), None);
        }
        // A count far beyond the bytes left is refused before anything is allocated.
        let mut lying = Geometry::LineString(vec![[1.0, 2.0]]).to_blob();
        let count = lying.len() - 16 - 4; // the point count, before the one point
        lying[count..count + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(geometry_of(&lying), None);
        // A big-endian point as other programs may write it.
        let mut be = b"GP\x00\x00\x00\x00\x10\xe6\x00\x00\x00\x00\x01".to_vec();
        be.extend_from_slice(&5.5f64.to_be_bytes());
        be.extend_from_slice(&(-7.25f64).to_be_bytes());
        assert_eq!(geometry_of(&be), Some(Geometry::Point([5.5, -7.25])));
    }

    #[test]
    fn empty_big_endian_and_broken_blobs() {
        // An empty point as GDAL writes it: the empty flag and a NaN point.
        let mut empty = b"GP\x00\x11\xe6\x10\x00\x00\x01\x01\x00\x00\x00".to_vec();
        empty.extend_from_slice(&f64::NAN.to_le_bytes());
        empty.extend_from_slice(&f64::NAN.to_le_bytes());
        assert_eq!(point_of(&empty), Ok(None));
        assert_eq!(envelope_of(&empty), None);
        // Big-endian header and WKB.
        let mut be = b"GP\x00\x00\x00\x00\x10\xe6\x00\x00\x00\x00\x01".to_vec();
        be.extend_from_slice(&5.5f64.to_be_bytes());
        be.extend_from_slice(&(-7.25f64).to_be_bytes());
        assert_eq!(point_of(&be), Ok(Some([5.5, -7.25])));
        for junk in [&b""[..], b"GP", b"XX\x00\x01\xe6\x10\x00\x00\x01\x01\x00\x00\x00", &be[..20]] {
            assert!(point_of(junk).is_err(), "{junk:?}");
            assert_eq!(envelope_of(junk), None);
        }
    }
}
