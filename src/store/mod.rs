//! The incident store: a GeoPackage 1.3 file (SQLite) that QGIS and GDAL open as it is.
//!
//! Tables: `incidents` (points, nullable geometry, typed columns: the contract's properties plus
//! `first_seen`/`updated`), `sources` (one row per incident and article, with that article's own
//! figures and evidence), `articles` (hash, source, dates, extractor, text), the derived feature
//! tables `launch_sites`, `launch_lines`, `range_rings` and `places`, each with the R-tree index
//! extension, and QGIS styles in `layer_styles`. `incmap_meta` marks the file as ours.
//!
//! This module is the database only: [`Db`] reads through SQL and the R-tree, [`Writer`] is one
//! transaction (WAL journal, busy timeout: concurrent writers queue, a crash leaves the old or
//! the new state). What goes in is decided by the ingest use case (`crate::ingest`).
//!
//! Commands also read the GeoJSON stores of earlier versions and any FeatureCollection of
//! incidents ([`geojson`]), by content: a file starting with SQLite's magic is a GeoPackage.

pub mod geojson;
mod gpkg;

use std::path::{Path, PathBuf};
use std::time::Duration;

use ::geojson::{Feature, JsonValue};
use anyhow::{Context, Result, anyhow, bail};
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params_from_iter};

pub use crate::atomic::{AtomicFile, write_file_atomically};
use crate::index::RadiusSearch;
use crate::merge::{self, MergeStats};
use crate::model::{Article, Incident, LatLon, PROPERTY_NAMES, article_hash, report_id};
pub use gpkg::FeatureTable;
use gpkg::GEOM;
pub use gpkg::{Geometry, register_functions};

/// The incmap GeoPackage layout this build reads and writes (`incmap_meta.format`).
pub const FORMAT: i64 = 1;
/// How long a writer waits for another one before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// An article in the store, known by the hash of its text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ArticleRecord {
    pub sha256: String,
    pub source: String,
}

// ---------------------------------------------------------------------------------------------
// Schema

const INCIDENTS: FeatureTable = FeatureTable {
    name: "incidents",
    geometry_type: "POINT",
    description: "Attacks, one row per real event (merged from every report of it)",
    columns: &[
        ("id", "TEXT NOT NULL UNIQUE"),
        ("source", "TEXT"),
        ("sources", "TEXT"),
        ("role", "TEXT"),
        ("date", "DATE"),
        ("date_precision", "TEXT"),
        ("place", "TEXT"),
        ("place_text", "TEXT"),
        ("country", "TEXT"),
        ("geo_precision", "TEXT"),
        ("weapon", "TEXT"),
        ("count_min", "INTEGER"),
        ("count_max", "INTEGER"),
        ("killed", "INTEGER"),
        ("killed_max", "INTEGER"),
        ("injured", "INTEGER"),
        ("injured_max", "INTEGER"),
        ("claimed_by", "TEXT"),
        ("claimed_by_canonical", "TEXT"),
        ("attacker", "TEXT"),
        ("launch_site", "TEXT"),
        ("launch_distance_km", "REAL"),
        ("launch_bearing_deg", "REAL"),
        ("launch_lat", "REAL"),
        ("launch_lon", "REAL"),
        ("range_km", "REAL"),
        ("evidence", "TEXT"),
        ("reports", "INTEGER"),
        ("first_seen", "DATETIME"),
        ("updated", "DATETIME"),
    ],
};

/// The declared type of an `incidents` column (TEXT, DATE, INTEGER, REAL, ...), `None` if there is
/// no such column.
pub fn incident_column_type(name: &str) -> Option<&'static str> {
    INCIDENTS.columns.iter().find(|(n, _)| *n == name).map(|(_, t)| t.split(' ').next().unwrap_or(t))
}

/// The layers derived from each incident (launch sites, lines, rings), refreshed when it changes.
pub const LAUNCH_SITES: FeatureTable = FeatureTable {
    name: "launch_sites",
    geometry_type: "POINT",
    description: "Where attacks were launched from, as stated",
    columns: &[
        ("incident_id", "TEXT NOT NULL"),
        ("date", "DATE"),
        ("weapon", "TEXT"),
        ("place", "TEXT"),
        ("launch_site", "TEXT"),
        ("launch_distance_km", "REAL"),
    ],
};
pub const LAUNCH_LINES: FeatureTable = FeatureTable {
    name: "launch_lines",
    geometry_type: "LINESTRING",
    description: "Geodesic lines from launch site to target",
    columns: &[
        ("incident_id", "TEXT NOT NULL"),
        ("date", "DATE"),
        ("weapon", "TEXT"),
        ("place", "TEXT"),
        ("launch_site", "TEXT"),
        ("distance_km", "REAL"),
    ],
};
pub const RANGE_RINGS: FeatureTable = FeatureTable {
    name: "range_rings",
    geometry_type: "MULTIPOLYGON",
    description: "Geodesic rings of the weapon's range around the launch site, or the target when it is unknown",
    columns: &[
        ("ring_kind", "TEXT"),
        ("radius_km", "REAL"),
        ("center", "TEXT"),
        ("incident_id", "TEXT NOT NULL"),
        ("date", "DATE"),
        ("weapon", "TEXT"),
    ],
};
pub const PLACES: FeatureTable = FeatureTable {
    name: "places",
    geometry_type: "POINT",
    description: "The gazetteer: bases, airports, towns, regions",
    columns: &[
        ("id", "TEXT"),
        ("name", "TEXT"),
        ("kind", "TEXT"),
        ("country", "TEXT"),
        ("admin1", "TEXT"),
        ("source", "TEXT"),
        ("until", "INTEGER"),
    ],
};
const DERIVED: [&FeatureTable; 3] = [&LAUNCH_SITES, &LAUNCH_LINES, &RANGE_RINGS];

const SOURCES_COLUMNS: &[(&str, &str)] = &[
    ("incident_id", "TEXT NOT NULL"),
    ("article_sha256", "TEXT"),
    ("source", "TEXT"),
    ("published", "DATE"),
    ("report_id", "TEXT"),
    ("role", "TEXT"),
    ("date", "DATE"),
    ("date_precision", "TEXT"),
    ("place", "TEXT"),
    ("place_text", "TEXT"),
    ("country", "TEXT"),
    ("geo_precision", "TEXT"),
    ("weapon", "TEXT"),
    ("count_min", "INTEGER"),
    ("count_max", "INTEGER"),
    ("killed", "INTEGER"),
    ("killed_max", "INTEGER"),
    ("injured", "INTEGER"),
    ("injured_max", "INTEGER"),
    ("claimed_by", "TEXT"),
    ("attacker", "TEXT"),
    ("launch_site", "TEXT"),
    ("range_km", "REAL"),
    ("lat", "REAL"),
    ("lon", "REAL"),
    ("evidence", "TEXT"),
    // JSON: where each field was read (model::Evidence), for `incmap show`.
    ("provenance", "TEXT"),
];

const CORRECTIONS_COLUMNS: &[(&str, &str)] = &[
    ("incident_id", "TEXT NOT NULL"),
    ("field", "TEXT NOT NULL"),
    ("value", "TEXT"),
    ("note", "TEXT"),
    ("author", "TEXT"),
    ("at", "DATETIME"),
];

const ARTICLES_COLUMNS: &[(&str, &str)] = &[
    ("sha256", "TEXT NOT NULL UNIQUE"),
    ("source", "TEXT NOT NULL"),
    ("published", "DATE"),
    ("ingested", "DATETIME"),
    ("extractor", "TEXT"),
    ("text", "TEXT"),
];

/// The figures of a source row shown beside the merged incident's.
const SOURCE_FIELDS: &[&str] = &[
    "date",
    "date_precision",
    "place",
    "place_text",
    "weapon",
    "count_min",
    "count_max",
    "killed",
    "injured",
    "claimed_by",
    "attacker",
    "launch_site",
    "range_km",
];

/// One article's report of an incident, as the `sources` table keeps it.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceRecord {
    pub source: String,
    pub published: Option<String>,
    /// That article's own figures: column name and value as text (`None` where it stated none).
    pub fields: Vec<(String, Option<String>)>,
    pub provenance: Vec<crate::model::Evidence>,
}

/// An analyst's correction of one field.
#[derive(Clone, Debug, PartialEq)]
pub struct Correction {
    pub field: String,
    pub value: Option<String>,
    pub note: Option<String>,
    pub author: Option<String>,
    pub at: Option<String>,
}

/// The `extractor` written with each article: which rules read it.
pub const EXTRACTOR: &str = concat!("incmap ", env!("CARGO_PKG_VERSION"));

fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

fn create_schema(conn: &Connection) -> rusqlite::Result<()> {
    gpkg::create_core(conn)?;
    for t in [&INCIDENTS, &LAUNCH_SITES, &LAUNCH_LINES, &RANGE_RINGS, &PLACES] {
        gpkg::create_feature_table(conn, t)?;
    }
    gpkg::create_attribute_table(
        conn,
        "sources",
        "Every report of every incident, as its article told it",
        SOURCES_COLUMNS,
    )?;
    gpkg::create_attribute_table(conn, "articles", "Every article ingested, with its text", ARTICLES_COLUMNS)?;
    gpkg::create_attribute_table(
        conn,
        "corrections",
        "An analyst's overrides, applied again after every merge and re-extraction",
        CORRECTIONS_COLUMNS,
    )?;
    conn.execute_batch(
        "CREATE INDEX incidents_date ON incidents(date);
         CREATE INDEX incidents_place ON incidents(place, date);
         CREATE INDEX incidents_precision ON incidents(geo_precision, date);
         CREATE INDEX sources_incident ON sources(incident_id);
         CREATE INDEX corrections_incident ON corrections(incident_id);
         CREATE INDEX launch_sites_incident ON launch_sites(incident_id);
         CREATE INDEX launch_lines_incident ON launch_lines(incident_id);
         CREATE INDEX range_rings_incident ON range_rings(incident_id);
         CREATE TABLE incmap_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
         -- The table QGIS reads styles from (its own layout, as QGIS and GDAL create it).
         CREATE TABLE layer_styles (
           id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), f_table_schema TEXT(256),
           f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT,
           styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
           update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));",
    )?;
    // Registered as GDAL registers the table QGIS creates: QGIS finds styles through GDAL.
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
         VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS styles of the layers')",
        [],
    )?;
    conn.execute("INSERT INTO incmap_meta VALUES ('format', ?1)", [FORMAT.to_string()])?;
    conn.execute("INSERT INTO incmap_meta VALUES ('created_by', ?1)", [EXTRACTOR])?;
    // QGIS styles: the ones `export` writes beside the GeoJSON layers.
    for (table, qml) in crate::export::layer_styles() {
        conn.execute(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column,
               styleName, styleQML, styleSLD, useAsDefault, description, owner)
             VALUES ('', '', ?1, ?2, ?1, ?3, '', 1, 'incmap', '')",
            rusqlite::params![table, GEOM, qml],
        )?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Opening

/// What a store path holds, by its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Missing,
    /// A SQLite file (a GeoPackage, or an empty file, which SQLite takes for an empty database).
    GeoPackage,
    /// Anything else: read as GeoJSON, which says what is wrong with it if it is not.
    GeoJson,
}

pub fn kind_of(path: &Path) -> Result<Kind> {
    use std::io::Read;
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Kind::Missing),
        Err(e) => return Err(e).with_context(|| format!("{}: cannot read store", path.display())),
    };
    let mut magic = [0u8; 16];
    let mut n = 0;
    while n < 16 {
        match f.read(&mut magic[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) => return Err(e).with_context(|| format!("{}: cannot read store", path.display())),
        }
    }
    Ok(if n == 0 || magic == *b"SQLite format 3\0" { Kind::GeoPackage } else { Kind::GeoJson })
}

/// Whether a file starts, after white space, with `{`: a GeoJSON file rather than random bytes.
fn looks_like_json(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 256];
    let n = std::fs::File::open(path).and_then(|mut f| f.read(&mut head)).unwrap_or(0);
    head[..n].iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// An open incmap GeoPackage.
pub struct Db {
    conn: Connection,
    path: PathBuf,
    busy_timeout: Duration,
}

/// Says which file a database error is about, and what it means for the user.
fn db_error(path: &Path, e: rusqlite::Error) -> anyhow::Error {
    use rusqlite::ErrorCode as C;
    let p = path.display();
    let code = e.sqlite_error_code();
    // One line: SQLite quotes the schema of a malformed file, line breaks and all.
    let e = e.to_string().split_whitespace().collect::<Vec<_>>().join(" ");
    match code {
        Some(C::DatabaseBusy | C::DatabaseLocked) => {
            anyhow!("{p}: the store is locked by another writer (waited {} s); try again later", BUSY_TIMEOUT.as_secs())
        }
        Some(C::NotADatabase | C::DatabaseCorrupt) => anyhow!("{p}: not a readable GeoPackage ({e})"),
        Some(C::ReadOnly) => anyhow!("{p}: cannot write the store: it is read-only ({e})"),
        Some(C::DiskFull) => anyhow!("{p}: cannot write the store: the disk is full; the store is as it was"),
        Some(C::CannotOpen | C::PermissionDenied) => anyhow!("{p}: cannot open the store ({e})"),
        // A write past a file size limit (EFBIG), a failing disk: SQLite rolled back.
        Some(C::SystemIoFailure) => anyhow!("{p}: disk I/O error (is the disk full?); the store is as it was"),
        _ => anyhow!("{p}: {e}"),
    }
}

impl Db {
    /// Opens an existing store to read; refuses anything that is not an incmap GeoPackage.
    pub fn open(path: &Path) -> Result<Db> {
        match kind_of(path)? {
            Kind::Missing => bail!("{}: cannot read store (no such file)", path.display()),
            Kind::GeoJson => {
                bail!("{}: not a GeoPackage (an older GeoJSON store? see `incmap store import`)", path.display())
            }
            Kind::GeoPackage => {}
        }
        // Read-write (never created) so that the first reader after a crash can recover the WAL;
        // SQLite opens a file it cannot write read-only. Nothing writes through this connection.
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| db_error(path, e))?;
        conn.pragma_update(None, "query_only", true).map_err(|e| db_error(path, e))?;
        let db = Db::configure(conn, path)?;
        db.check_ours()?;
        Ok(db)
    }

    /// Opens a store to write, creating it (or laying the schema into an empty file) when missing.
    /// Refuses a GeoJSON file, a foreign SQLite file or GeoPackage, and a corrupt one, untouched.
    pub fn open_or_create(path: &Path) -> Result<Db> {
        match kind_of(path)? {
            Kind::GeoJson if looks_like_json(path) => bail!(
                "{}: not a GeoPackage; incmap keeps its store in a GeoPackage now: bring an older GeoJSON \
                 store over with `incmap store import {} --store NEW.gpkg`",
                path.display(),
                path.display()
            ),
            Kind::GeoJson => {
                bail!("{}: not a GeoPackage (not a SQLite file); refusing to use it as a store", path.display())
            }
            Kind::Missing => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.is_dir()) {
                    bail!("{}: cannot create the store: no such folder {}", path.display(), dir.display());
                }
            }
            Kind::GeoPackage => {}
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| db_error(path, e))?;
        let mut db = Db::configure(conn, path)?;
        if db.is_blank()? {
            // Two processes may both find the file blank: the schema goes in under the write lock,
            // and the one that comes second finds it there.
            let tx = db
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .map_err(|e| db_error(path, e))?;
            let blank: i64 =
                tx.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).map_err(|e| db_error(path, e))?;
            if blank == 0 {
                create_schema(&tx).map_err(|e| db_error(path, e))?;
            }
            tx.commit().map_err(|e| db_error(path, e))?;
        }
        db.check_ours()?;
        db.add_missing_columns()?;
        db.use_wal()?;
        Ok(db)
    }

    /// WAL: readers never block the writer and a commit is one append; kept in the file. Switching
    /// needs the file to itself, and SQLite says "busy" at once, without waiting, when another
    /// process has it open (two ingests creating one store): so wait here, as for a writer.
    fn use_wal(&self) -> Result<()> {
        let deadline = std::time::Instant::now() + self.busy_timeout;
        let mode = |sql: &str| self.conn.query_row(sql, [], |r| r.get::<_, String>(0));
        loop {
            if mode("PRAGMA journal_mode").map_err(|e| db_error(&self.path, e))?.eq_ignore_ascii_case("wal") {
                return Ok(());
            }
            match mode("PRAGMA journal_mode = WAL") {
                Ok(m) if m.eq_ignore_ascii_case("wal") => return Ok(()),
                Ok(m) => {
                    eprintln!("incmap: {}: WAL journal not available here (journal mode {m})", self.path.display());
                    return Ok(());
                }
                Err(e)
                    if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                        && std::time::Instant::now() < deadline =>
                {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(e) => return Err(db_error(&self.path, e)),
            }
        }
    }

    fn configure(conn: Connection, path: &Path) -> Result<Db> {
        conn.busy_timeout(BUSY_TIMEOUT).map_err(|e| db_error(path, e))?;
        rusqlite::vtab::array::load_module(&conn).map_err(|e| db_error(path, e))?;
        gpkg::register_functions(&conn).map_err(|e| db_error(path, e))?;
        Ok(Db { conn, path: path.to_path_buf(), busy_timeout: BUSY_TIMEOUT })
    }

    fn is_blank(&self) -> Result<bool> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(|e| db_error(&self.path, e))?;
        Ok(n == 0)
    }

    /// Refuses a SQLite file that is not an incmap GeoPackage of a format this build knows.
    fn check_ours(&self) -> Result<()> {
        let p = self.path.display();
        let app: i32 =
            self.conn.query_row("PRAGMA application_id", [], |r| r.get(0)).map_err(|e| db_error(&self.path, e))?;
        if app != gpkg::APPLICATION_ID {
            bail!("{p}: a SQLite file but not a GeoPackage; refusing to use it as a store");
        }
        let format: Option<String> = self
            .conn
            .query_row("SELECT value FROM incmap_meta WHERE key = 'format'", [], |r| r.get(0))
            .optional()
            .or_else(|e| match e {
                rusqlite::Error::SqliteFailure(_, Some(ref m)) if m.contains("no such table") => Ok(None),
                e => Err(e),
            })
            .map_err(|e| db_error(&self.path, e))?;
        match format {
            None => bail!("{p}: a GeoPackage but not an incmap store (no incmap_meta table); refusing to use it"),
            Some(f) if f != FORMAT.to_string() => {
                bail!("{p}: incmap store format {f} is not supported (this build reads format {FORMAT})")
            }
            Some(_) => {
                // A file that says it is ours but lost a table (dropped in another program).
                let mut st = self
                    .conn
                    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1")
                    .map_err(|e| db_error(&self.path, e))?;
                for table in [INCIDENTS.name, "sources", "articles"] {
                    if !st.exists([table]).map_err(|e| db_error(&self.path, e))? {
                        bail!("{p}: an incmap store without its {table} table; refusing to use it");
                    }
                }
                Ok(())
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether `table` has `column` (a store made by an older build may lack the newest).
    fn has_column(&self, table: &str, column: &str) -> Result<bool> {
        self.conn
            .prepare_cached("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2")
            .and_then(|mut st| st.exists([table, column]))
            .map_err(|e| db_error(&self.path, e))
    }

    /// Columns added to the format since a store was made (all nullable): added before writing.
    fn add_missing_columns(&self) -> Result<()> {
        if !self.has_column("sources", "provenance")? {
            self.conn
                .execute("ALTER TABLE sources ADD COLUMN provenance TEXT", [])
                .map_err(|e| db_error(&self.path, e))?;
        }
        // The year a site closed: the next ingest fills it in (see `refresh_places`).
        if !self.has_column("places", "until")? {
            self.conn
                .execute("ALTER TABLE places ADD COLUMN until INTEGER", [])
                .map_err(|e| db_error(&self.path, e))?;
        }
        Ok(())
    }

    /// Every article's report of an incident, first ingested first: its source, publication date,
    /// its own figures as the store holds them (column, value as text) and where each was read.
    pub fn sources_of(&self, incident_id: &str) -> Result<Vec<SourceRecord>> {
        let provenance = if self.has_column("sources", "provenance")? { "provenance" } else { "NULL" };
        let shown = SOURCE_FIELDS.iter().map(|n| format!("CAST(\"{n}\" AS TEXT)")).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "SELECT source, CAST(published AS TEXT), {provenance}, {shown} FROM sources WHERE incident_id = ?1 ORDER BY fid"
        );
        let mut st = self.conn.prepare(&sql).map_err(|e| db_error(&self.path, e))?;
        let mut rows = st.query([incident_id]).map_err(|e| db_error(&self.path, e))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|e| db_error(&self.path, e))? {
            let get = |i: usize| row.get::<_, Option<String>>(i).map_err(|e| db_error(&self.path, e));
            let source = get(0)?.unwrap_or_default();
            let provenance = match get(2)? {
                None => Vec::new(),
                Some(json) => serde_json::from_str(&json).map_err(|e| {
                    anyhow!("{}: incident {incident_id}: source {source}: bad provenance: {e}", self.path.display())
                })?,
            };
            let mut fields = Vec::new();
            for (k, name) in SOURCE_FIELDS.iter().enumerate() {
                fields.push((name.to_string(), get(3 + k)?));
            }
            out.push(SourceRecord { source, published: get(1)?, fields, provenance });
        }
        Ok(out)
    }

    /// An incident's corrections, oldest first: (field, value, note, author, when).
    pub fn corrections_of(&self, incident_id: &str) -> Result<Vec<Correction>> {
        let mut st = self
            .conn
            .prepare("SELECT field, value, note, author, CAST(at AS TEXT) FROM corrections WHERE incident_id = ?1 ORDER BY fid")
            .map_err(|e| db_error(&self.path, e))?;
        let rows = st
            .query_map([incident_id], |r| {
                Ok(Correction { field: r.get(0)?, value: r.get(1)?, note: r.get(2)?, author: r.get(3)?, at: r.get(4)? })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| db_error(&self.path, e))?;
        Ok(rows)
    }

    /// Whether an article with this text hash is in the store.
    pub fn has_article(&self, sha256: &str) -> Result<bool> {
        has_article(&self.conn, sha256).map_err(|e| db_error(&self.path, e))
    }

    /// Every article, in the order ingested.
    pub fn articles(&self) -> Result<Vec<ArticleRecord>> {
        let mut st = self
            .conn
            .prepare("SELECT sha256, source FROM articles ORDER BY fid")
            .map_err(|e| db_error(&self.path, e))?;
        let rows = st
            .query_map([], |r| Ok(ArticleRecord { sha256: r.get(0)?, source: r.get(1)? }))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| db_error(&self.path, e))?;
        Ok(rows)
    }

    /// Hands every incident to `each` in store order, one at a time.
    pub fn for_each(&self, each: impl FnMut(Incident) -> Result<()>) -> Result<()> {
        self.select("", [], each)
    }

    /// Hands every incident to `each` in store order with its rows in the derived layers (launch
    /// site, launch line, range ring) as stored, in one pass: what `export` reads instead of
    /// computing geodesic rings and lines again. A row that is missing or unreadable is `None`;
    /// whether a stored row still fits its incident is the reader's to check.
    pub fn for_each_with_derived(&self, mut each: impl FnMut(Incident, &DerivedRows) -> Result<()>) -> Result<()> {
        let tables = [&LAUNCH_SITES, &LAUNCH_LINES, &RANGE_RINGS];
        let mut cols = vec![
            format!("i.fid, i.{GEOM}"),
            PROPERTY_NAMES.iter().map(|n| format!("i.\"{n}\"")).collect::<Vec<_>>().join(", "),
        ];
        let mut joins = String::new();
        for (k, t) in tables.iter().enumerate() {
            cols.push(format!("d{k}.{GEOM}"));
            cols.extend(t.columns.iter().map(|(n, _)| format!("d{k}.\"{n}\"")));
            joins.push_str(&format!(" LEFT JOIN \"{}\" d{k} ON d{k}.incident_id = i.id", t.name));
        }
        // The derived tables are looked up by their incident_id index, incidents read in row order.
        let sql = format!("SELECT {} FROM incidents i{joins} ORDER BY i.fid", cols.join(", "));
        let err = |e| db_error(&self.path, e);
        let mut st = self.conn.prepare(&sql).map_err(err)?;
        let mut rows = st.query([]).map_err(err)?;
        let mut last_fid = None;
        let mut derived = DerivedRows::default();
        while let Some(row) = rows.next().map_err(err)? {
            let fid: i64 = row.get(0).map_err(err)?;
            if last_fid == Some(fid) {
                continue; // a second row of one incident in a derived table (not incmap's): the first counts
            }
            last_fid = Some(fid);
            let incident = incident_of_at(row, 1).map_err(|e| anyhow!("{}: {e}", self.path.display()))?;
            let mut at = 2 + PROPERTY_NAMES.len();
            for (k, t) in tables.iter().enumerate() {
                let slot = match k {
                    0 => &mut derived.launch_site,
                    1 => &mut derived.launch_line,
                    _ => &mut derived.range_ring,
                };
                *slot = derived_row(row, at, t.columns.len()).map_err(err)?;
                at += 1 + t.columns.len();
            }
            each(incident, &derived)?;
        }
        Ok(())
    }

    /// The incidents whose points fall in any of the boxes (west, south, east, north in degrees),
    /// found through the R-tree (one query a box), in store order, each once.
    pub fn in_boxes(&self, boxes: &[[f64; 4]], each: impl FnMut(Incident) -> Result<()>) -> Result<()> {
        self.select_fids(self.fids_in_boxes(boxes)?, each)
    }

    /// The row ids of the points in any of the boxes, from the R-tree alone.
    fn fids_in_boxes(&self, boxes: &[[f64; 4]]) -> Result<std::collections::BTreeSet<i64>> {
        let err = |e| db_error(&self.path, e);
        let mut fids = std::collections::BTreeSet::new();
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT id FROM rtree_incidents_{GEOM} WHERE minx <= ?1 AND maxx >= ?2 AND miny <= ?3 AND maxy >= ?4"
            ))
            .map_err(err)?;
        for [w, s, e, n] in boxes {
            for fid in st.query_map([e, w, n, s], |r| r.get::<_, i64>(0)).map_err(err)? {
                fids.insert(fid.map_err(err)?);
            }
        }
        Ok(fids)
    }

    /// The incidents with these row ids, in store order.
    fn select_fids(&self, fids: impl IntoIterator<Item = i64>, each: impl FnMut(Incident) -> Result<()>) -> Result<()> {
        let ids: Vec<Value> = fids.into_iter().map(Value::Integer).collect();
        self.select("WHERE fid IN rarray(?)", [std::rc::Rc::new(ids)], each)
    }

    /// At least the `n` incidents nearest to `at` that `keep` accepts (all of them when fewer):
    /// radius searches through the R-tree, doubled until `n` points lie inside the radius. Rows
    /// are read only once the R-tree alone counts enough points in the boxes.
    pub fn nearest(&self, at: LatLon, n: usize, mut keep: impl FnMut(&Incident) -> bool) -> Result<Vec<Incident>> {
        let mut km = NEAREST_FIRST_KM;
        loop {
            let search = RadiusSearch::new(at, km);
            let boxes: Vec<[f64; 4]> = search.boxes().iter().map(corners).collect();
            let whole_earth = km >= HALF_EARTH_KM;
            let fids = self.fids_in_boxes(&boxes)?;
            if fids.len() >= n || whole_earth {
                let mut found = Vec::new();
                self.select_fids(fids, |i| {
                    if keep(&i) {
                        found.push(i);
                    }
                    Ok(())
                })?;
                let inside = found.iter().filter(|i| i.location.is_some_and(|l| search.contains(l))).count();
                // Every point within `km` is in the boxes: with `n` inside, the `n` nearest are among them.
                if inside >= n || whole_earth {
                    return Ok(found);
                }
            }
            km *= 2.0;
        }
    }

    /// The incident with this id.
    pub fn find(&self, id: &str) -> Result<Option<Incident>> {
        let mut found = None;
        self.select("WHERE id = ?", [id], |i| {
            found = Some(i);
            Ok(())
        })?;
        Ok(found)
    }

    /// Runs `SELECT <incident columns> FROM incidents <tail> ORDER BY fid`, each row as an
    /// [`Incident`] (checked as a GeoJSON feature is: a bad row is an error naming its id).
    fn select(
        &self,
        tail: &str,
        args: impl rusqlite::Params,
        mut each: impl FnMut(Incident) -> Result<()>,
    ) -> Result<()> {
        let sql = format!("SELECT {GEOM}, {} FROM incidents {tail} ORDER BY fid", quoted(PROPERTY_NAMES));
        let mut st = self.conn.prepare_cached(&sql).map_err(|e| db_error(&self.path, e))?;
        let mut rows = st.query(args).map_err(|e| db_error(&self.path, e))?;
        while let Some(row) = rows.next().map_err(|e| db_error(&self.path, e))? {
            let incident = incident_of(row).map_err(|e| anyhow!("{}: {e}", self.path.display()))?;
            each(incident)?;
        }
        Ok(())
    }

    /// Starts the one write transaction of a batch: it holds the store's write lock (waiting up
    /// to [`BUSY_TIMEOUT`] for another writer) until [`Writer::commit`]; dropped, it rolls back.
    pub fn write(&mut self) -> Result<Writer<'_>> {
        let path = self.path.clone();
        let immediate = rusqlite::TransactionBehavior::Immediate;
        // Try once without waiting, so a wait can be said; then wait up to the timeout.
        self.conn.busy_timeout(Duration::ZERO).map_err(|e| db_error(&path, e))?;
        let busy = match self.conn.transaction_with_behavior(immediate) {
            Ok(tx) => {
                drop(tx);
                false
            }
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) => true,
            Err(e) => return Err(db_error(&path, e)),
        };
        if busy {
            eprintln!("incmap: {}: waiting for another writer", path.display());
        }
        self.conn.busy_timeout(self.busy_timeout).map_err(|e| db_error(&path, e))?;
        let timeout = self.busy_timeout;
        let tx = self.conn.transaction_with_behavior(immediate).map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy) => anyhow!(
                "{}: the store is locked by another writer (waited {:.1} s); try again later",
                path.display(),
                timeout.as_secs_f64()
            ),
            _ => db_error(&path, e),
        })?;
        Ok(Writer { tx, path, grown: Default::default(), stamp: now() })
    }

    /// How long [`Db::write`] waits for another writer (default [`BUSY_TIMEOUT`]).
    pub fn set_busy_timeout(&mut self, timeout: Duration) {
        self.busy_timeout = timeout;
    }
}

fn has_article(conn: &Connection, sha256: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM articles WHERE sha256 = ?1")?.exists([sha256])
}

fn quoted(names: &[&str]) -> String {
    names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
}

/// A row of `SELECT geom, <PROPERTY_NAMES>` as an incident, checked as a GeoJSON feature is
/// (types, vocabularies, ranges): a row another program wrote wrong is an error naming its id.
fn incident_of(row: &rusqlite::Row) -> Result<Incident, String> {
    incident_of_at(row, 0)
}

/// [`incident_of`] for a row whose `geom` column is at `first`.
fn incident_of_at(row: &rusqlite::Row, first: usize) -> Result<Incident, String> {
    use rusqlite::types::ValueRef as V;
    // By position (geom first, then PROPERTY_NAMES): looking columns up by name costs more than
    // reading them, and so does searching PROPERTY_NAMES for each (a table built once).
    static POSITIONS: std::sync::OnceLock<std::collections::HashMap<&'static str, usize>> = std::sync::OnceLock::new();
    let positions = POSITIONS.get_or_init(|| PROPERTY_NAMES.iter().enumerate().map(|(p, n)| (*n, p + 1)).collect());
    let at = |k: &str| match k {
        GEOM => first,
        _ => positions.get(k).map_or(usize::MAX, |p| first + p),
    };
    let id: String = match row.get_ref(at("id")) {
        Ok(V::Text(t)) => String::from_utf8_lossy(t).into_owned(),
        _ => "?".into(),
    };
    let fail = |e: String| format!("incident {id}: {e}");
    let get = |k: &str| row.get_ref(at(k)).map_err(|e| fail(e.to_string()));
    let text = |k: &str| -> Result<Option<String>, String> {
        match get(k)? {
            V::Null => Ok(None),
            V::Text(b"") => Ok(None),
            V::Text(t) => Ok(Some(String::from_utf8_lossy(t).into_owned())),
            _ => Err(fail(format!("property {k:?} should be a string"))),
        }
    };
    let count = |k: &str| -> Result<Option<u32>, String> {
        match get(k)? {
            V::Null => Ok(None),
            V::Integer(n) => u32::try_from(n)
                .map(Some)
                .map_err(|_| fail(format!("property {k:?} should be a non-negative integer, found {n}"))),
            _ => Err(fail(format!("property {k:?} should be a non-negative integer"))),
        }
    };
    let real = |k: &str| -> Result<Option<f64>, String> {
        match get(k)? {
            V::Null => Ok(None),
            V::Integer(n) => Ok(Some(n as f64)),
            V::Real(x) if x.is_finite() => Ok(Some(x)),
            _ => Err(fail(format!("property {k:?} should be a number"))),
        }
    };
    fn parsed<T: std::str::FromStr<Err = String>>(v: Option<String>) -> Result<Option<T>, String> {
        v.map(|s| s.parse()).transpose()
    }
    let location = match get(GEOM)? {
        V::Null => None,
        V::Blob(b) => match gpkg::point_of(b).map_err(fail)? {
            None => None,
            Some([lon, lat]) => {
                let l = LatLon::new(lat, lon);
                if !l.is_valid() {
                    return Err(fail(format!("coordinate out of range: [{lon}, {lat}]")));
                }
                Some(l)
            }
        },
        _ => return Err(fail("geometry is not a GeoPackage geometry blob".into())),
    };
    let date = match text("date")? {
        None => None,
        Some(d) => Some(
            chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .map_err(|_| fail(format!("property \"date\" is not YYYY-MM-DD: {d:?}")))?,
        ),
    };
    let source = text("source")?.unwrap_or_default();
    let sources: Vec<String> = match text("sources")? {
        Some(all) => all.split("; ").filter(|x| !x.is_empty()).map(str::to_string).collect(),
        None if !source.is_empty() => vec![source.clone()],
        None => vec![],
    };
    let launch_location = match (real("launch_lat")?, real("launch_lon")?) {
        (Some(lat), Some(lon)) => Some(LatLon::new(lat, lon)),
        _ => None,
    };
    Ok(Incident {
        id: id.clone(),
        source,
        sources,
        role: parsed(text("role")?).map_err(fail)?.unwrap_or_default(),
        date,
        date_precision: parsed(text("date_precision")?).map_err(fail)?,
        place: text("place")?,
        place_text: text("place_text")?,
        country: text("country")?,
        geo_precision: parsed(text("geo_precision")?).map_err(fail)?,
        location,
        weapon: parsed(text("weapon")?).map_err(fail)?.unwrap_or_default(),
        count_min: count("count_min")?,
        count_max: count("count_max")?,
        killed: count("killed")?,
        killed_max: count("killed_max")?,
        injured: count("injured")?,
        injured_max: count("injured_max")?,
        claimed_by: text("claimed_by")?,
        claimed_by_canonical: text("claimed_by_canonical")?,
        attacker: text("attacker")?,
        launch_site: text("launch_site")?,
        launch_distance_km: real("launch_distance_km")?,
        launch_bearing_deg: real("launch_bearing_deg")?,
        launch_location,
        range_km: real("range_km")?,
        evidence: text("evidence")?,
        // Kept per source (the `sources` table), not per merged incident.
        provenance: Vec::new(),
        reports: count("reports")?.unwrap_or(1),
    })
}

/// An incident's rows in the derived layers, as stored (see [`Db::for_each_with_derived`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DerivedRows {
    pub launch_site: Option<DerivedRow>,
    pub launch_line: Option<DerivedRow>,
    pub range_ring: Option<DerivedRow>,
}

/// A row of a derived layer: its geometry and its columns, in the table's column order.
#[derive(Clone, Debug, PartialEq)]
pub struct DerivedRow {
    pub geometry: Geometry,
    pub columns: Vec<Value>,
}

/// The derived row whose `geom` is at column `at`, followed by `n` columns; `None` when the join
/// found none (a null geometry) or the blob is not one incmap writes.
fn derived_row(row: &rusqlite::Row, at: usize, n: usize) -> rusqlite::Result<Option<DerivedRow>> {
    use rusqlite::types::ValueRef as V;
    let Some(geometry) = (match row.get_ref(at)? {
        V::Blob(b) => gpkg::geometry_of(b),
        _ => None,
    }) else {
        return Ok(None);
    };
    let columns = (1..=n).map(|k| row.get::<_, Value>(at + k)).collect::<rusqlite::Result<_>>()?;
    Ok(Some(DerivedRow { geometry, columns }))
}

/// A property value as SQL: strings, integers and reals as they are, anything else as JSON text.
fn sql_value(v: Option<&JsonValue>) -> Value {
    match v {
        None | Some(JsonValue::Null) => Value::Null,
        Some(JsonValue::String(s)) => Value::Text(s.clone()),
        Some(JsonValue::Bool(b)) => Value::Integer(i64::from(*b)),
        Some(JsonValue::Number(n)) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => n.as_f64().map(Value::Real).unwrap_or(Value::Null),
        },
        Some(other) => Value::Text(other.to_string()),
    }
}

// ---------------------------------------------------------------------------------------------
// Writing

/// One write transaction on the store.
pub struct Writer<'db> {
    tx: rusqlite::Transaction<'db>,
    path: PathBuf,
    /// The extent of what this transaction wrote, per feature table, for `gpkg_contents`.
    grown: std::cell::RefCell<std::collections::HashMap<&'static str, [f64; 4]>>,
    /// The time written into `first_seen`, `updated` and `ingested` by this transaction.
    stamp: String,
}

/// An incident as stored: its row (`None` until first saved) and its content.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub fid: Option<i64>,
    pub incident: Incident,
}

impl Writer<'_> {
    fn err(&self, e: rusqlite::Error) -> anyhow::Error {
        db_error(&self.path, e)
    }

    fn grow(&self, table: &'static str, g: &Geometry) {
        let [x0, x1, y0, y1] = g.envelope();
        let mut grown = self.grown.borrow_mut();
        let e = grown.entry(table).or_insert([x0, x1, y0, y1]);
        *e = [e[0].min(x0), e[1].max(x1), e[2].min(y0), e[3].max(y1)];
    }

    pub fn has_article(&self, sha256: &str) -> Result<bool> {
        has_article(&self.tx, sha256).map_err(|e| self.err(e))
    }

    /// Every stored incident some of `reports` could be merged into, in store order: through the
    /// R-tree within 100 km (the widest distance two reports of one event may lie apart), the same
    /// place by name at any distance, and unlocated ones of a fitting date, each within a date
    /// window that holds every date the merge rules accept. A superset of what
    /// [`merge::Probe::may_join`] accepts, which then decides.
    pub fn merge_candidates(&self, reports: &[Incident]) -> Result<Vec<Stored>> {
        let mut fids = std::collections::BTreeSet::new();
        let mut add = |sql: String, args: Vec<Value>| -> Result<()> {
            let mut st = self.tx.prepare_cached(&sql).map_err(|e| self.err(e))?;
            let found = st
                .query_map(params_from_iter(args), |r| r.get::<_, i64>(0))
                .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
                .map_err(|e| self.err(e))?;
            fids.extend(found);
            Ok(())
        };
        for r in reports {
            let (dates, mut args) = date_window(r);
            let day = r.date.filter(|_| r.date_precision.is_none_or(|p| p == crate::model::DatePrecision::Day));
            let day = day.map(|d| Value::Text(d.format("%Y-%m-%d").to_string()));
            match r.location {
                Some(at) => {
                    // Two sites or towns are one target within 15 km at most; only a region (or
                    // an unknown precision) on either side stretches that to 100 km. Regions are
                    // few: those are fetched by precision rather than by a wide box.
                    let fine = r.geo_precision.is_some_and(|p| p >= crate::model::GeoPrecision::Town);
                    let km = if fine { FINE_MERGE_RADIUS_KM } else { MERGE_RADIUS_KM };
                    for b in RadiusSearch::new(at, km).boxes() {
                        let (lo, hi) = (b.lower(), b.upper());
                        let mut a =
                            vec![Value::Real(hi[0]), Value::Real(lo[0]), Value::Real(hi[1]), Value::Real(lo[1])];
                        a.extend(args.iter().cloned());
                        add(
                            format!(
                                // CROSS JOIN keeps the R-tree the outer loop (else SQLite may
                                // walk the date index and probe the R-tree per row).
                                "SELECT i.fid FROM rtree_incidents_{GEOM} r CROSS JOIN incidents i ON i.fid = r.id
                                 WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? AND {dates}"
                            ),
                            a,
                        )?;
                    }
                    if fine {
                        add(
                            format!(
                                "SELECT fid FROM incidents WHERE (geo_precision = 'region' OR geo_precision IS NULL)
                                 AND {GEOM} IS NOT NULL AND {dates}"
                            ),
                            args.clone(),
                        )?;
                    }
                    if let Some(place) = &r.place {
                        args.insert(0, Value::Text(place.clone()));
                        add(format!("SELECT fid FROM incidents WHERE place = ? AND {dates}"), args)?;
                    }
                    if let Some(day) = day {
                        add(format!("SELECT fid FROM incidents WHERE {GEOM} IS NULL AND date = ?"), vec![day])?;
                    }
                }
                None if r.date.is_some() => {
                    add(format!("SELECT fid FROM incidents WHERE {GEOM} IS NULL AND {dates}"), args)?;
                    if let Some(day) = day {
                        add("SELECT fid FROM incidents WHERE date = ?".into(), vec![day])?;
                    }
                }
                None => {}
            }
        }
        let mut out = Vec::with_capacity(fids.len());
        for fid in fids {
            let mut st = self
                .tx
                .prepare_cached(&format!("SELECT {GEOM}, {} FROM incidents WHERE fid = ?", quoted(PROPERTY_NAMES)))
                .map_err(|e| self.err(e))?;
            let mut rows = st.query([fid]).map_err(|e| self.err(e))?;
            if let Some(row) = rows.next().map_err(|e| self.err(e))? {
                let incident = incident_of(row).map_err(|e| anyhow!("{}: {e}", self.path.display()))?;
                out.push(Stored { fid: Some(fid), incident });
            }
        }
        Ok(out)
    }

    /// Inserts a new incident or updates a stored one; its row id.
    pub fn save_incident(&self, s: &Stored) -> Result<i64> {
        let p = s.incident.properties();
        let geom =
            s.incident.location.map(|l| Geometry::Point([crate::model::round6(l.lon), crate::model::round6(l.lat)]));
        let mut values: Vec<Value> = vec![geom.map(|g| Value::Blob(g.to_blob())).unwrap_or(Value::Null)];
        values.extend(PROPERTY_NAMES.iter().map(|k| sql_value(p.get(*k))));
        values.push(Value::Text(self.stamp.clone()));
        let cols = quoted(PROPERTY_NAMES);
        match s.fid {
            None => {
                let marks = vec!["?"; PROPERTY_NAMES.len() + 3].join(", ");
                self.tx
                    .prepare_cached(&format!(
                        "INSERT INTO incidents ({GEOM}, {cols}, first_seen, updated) VALUES ({marks})"
                    ))
                    .and_then(|mut st| {
                        values.push(Value::Text(self.stamp.clone()));
                        st.execute(params_from_iter(values))
                    })
                    .map_err(|e| self.err(e))?;
                Ok(self.tx.last_insert_rowid())
            }
            Some(fid) => {
                let sets: Vec<String> = std::iter::once(GEOM)
                    .chain(PROPERTY_NAMES.iter().copied())
                    .chain(["updated"])
                    .map(|c| format!("\"{c}\" = ?"))
                    .collect();
                values.push(Value::Integer(fid));
                self.tx
                    .prepare_cached(&format!("UPDATE incidents SET {} WHERE fid = ?", sets.join(", ")))
                    .and_then(|mut st| st.execute(params_from_iter(values)))
                    .map_err(|e| self.err(e))?;
                Ok(fid)
            }
        }
    }

    /// Records one article's report of an incident, with the article's own figures.
    pub fn add_source(
        &self,
        incident_id: &str,
        article_sha256: Option<&str>,
        published: Option<chrono::NaiveDate>,
        report: &Incident,
    ) -> Result<()> {
        let p = report.properties();
        let values: Vec<Value> = SOURCES_COLUMNS
            .iter()
            .map(|(name, _)| match *name {
                "incident_id" => Value::Text(incident_id.to_string()),
                "article_sha256" => article_sha256.map(|s| Value::Text(s.to_string())).unwrap_or(Value::Null),
                "published" => published.map(|d| Value::Text(d.format("%Y-%m-%d").to_string())).unwrap_or(Value::Null),
                "report_id" => sql_value(p.get("id")),
                "lat" => report.location.map(|l| Value::Real(crate::model::round6(l.lat))).unwrap_or(Value::Null),
                "lon" => report.location.map(|l| Value::Real(crate::model::round6(l.lon))).unwrap_or(Value::Null),
                other => sql_value(p.get(other)),
            })
            .collect();
        let names: Vec<&str> = SOURCES_COLUMNS.iter().map(|(n, _)| *n).collect();
        let sql = format!("INSERT INTO sources ({}) VALUES ({})", quoted(&names), vec!["?"; names.len()].join(", "));
        self.tx
            .prepare_cached(&sql)
            .and_then(|mut st| st.execute(params_from_iter(values)))
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Records an article as ingested; `text` is kept so newer rules can read it again.
    pub fn add_article(
        &self,
        sha256: &str,
        source: &str,
        published: Option<chrono::NaiveDate>,
        text: Option<&str>,
    ) -> Result<()> {
        self.tx
            .prepare_cached("INSERT INTO articles (sha256, source, published, ingested, extractor, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .and_then(|mut st| {
                st.execute(rusqlite::params![
                    sha256,
                    source,
                    published.map(|d| d.format("%Y-%m-%d").to_string()),
                    self.stamp,
                    text.map(|_| EXTRACTOR),
                    text
                ])
            })
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Replaces the rows an incident has in the derived layers (launch sites, lines, rings) with
    /// `features` (GeoJSON features whose properties name the table's columns).
    pub fn replace_derived(&self, incident_id: &str, features: &[(&'static FeatureTable, Feature)]) -> Result<()> {
        for t in DERIVED {
            self.tx
                .prepare_cached(&format!("DELETE FROM \"{}\" WHERE incident_id = ?1", t.name))
                .and_then(|mut st| st.execute([incident_id]))
                .map_err(|e| self.err(e))?;
        }
        for (t, f) in features {
            self.insert_feature(t, f)?;
        }
        Ok(())
    }

    /// Replaces the `places` layer when it differs in size from `features` (a new store, or
    /// another places file), or in how many sites have closed (a store made before the `until`
    /// column).
    pub fn refresh_places(&self, features: &[Feature]) -> Result<bool> {
        let (n, closed): (i64, i64) = self
            .tx
            .query_row("SELECT count(*), count(until) FROM places", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?;
        let closing = features.iter().filter(|f| f.property("until").is_some_and(|v| !v.is_null())).count();
        if n == features.len() as i64 && closed == closing as i64 {
            return Ok(false);
        }
        self.tx.execute("DELETE FROM places", []).map_err(|e| self.err(e))?;
        for f in features {
            self.insert_feature(&PLACES, f)?;
        }
        Ok(true)
    }

    fn insert_feature(&self, t: &'static FeatureTable, f: &Feature) -> Result<()> {
        let geom = f.geometry.as_ref().and_then(Geometry::from_geojson).map(|g| match t.geometry_type {
            "MULTIPOLYGON" => g.into_multi(),
            _ => g,
        });
        if let Some(g) = &geom {
            self.grow(t.name, g);
        }
        let names: Vec<&str> = t.columns.iter().map(|(n, _)| *n).collect();
        let mut values = vec![geom.map(|g| Value::Blob(g.to_blob())).unwrap_or(Value::Null)];
        values.extend(names.iter().map(|n| sql_value(f.properties.as_ref().and_then(|p| p.get(*n)))));
        let sql = format!(
            "INSERT INTO \"{}\" ({GEOM}, {}) VALUES (?, {})",
            t.name,
            quoted(&names),
            vec!["?"; names.len()].join(", ")
        );
        self.tx
            .prepare_cached(&sql)
            .and_then(|mut st| st.execute(params_from_iter(values)))
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Refuses to copy another store's content into one that holds incidents or articles.
    pub fn refuse_if_used(&self) -> Result<()> {
        let used: i64 = self
            .tx
            .query_row("SELECT (SELECT count(*) FROM incidents) + (SELECT count(*) FROM articles)", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        if used > 0 {
            bail!("{}: the store is not empty; copy into a new file", self.path.display());
        }
        Ok(())
    }

    /// Saves an incident copied from another store, with a source row per source it lists (the
    /// figures each article stated were not kept there).
    pub fn save_copied(&self, i: &Incident) -> Result<()> {
        self.save_incident(&Stored { fid: None, incident: i.clone() })?;
        for s in i.all_sources() {
            let only = Incident { source: s.to_string(), sources: vec![s.to_string()], ..Default::default() };
            self.add_source(&i.id, None, None, &only)?;
        }
        Ok(())
    }

    /// Ties source rows without an article to the article of the same source.
    pub fn link_sources_to_articles(&self) -> Result<()> {
        self.tx
            .execute_batch(
                "CREATE TEMP TABLE link AS SELECT source, min(sha256) AS sha256 FROM articles GROUP BY source;
                 CREATE INDEX temp.link_source ON link(source);
                 UPDATE sources SET article_sha256 = (SELECT sha256 FROM link WHERE link.source = sources.source)
                   WHERE article_sha256 IS NULL;
                 DROP TABLE temp.link;",
            )
            .map_err(|e| self.err(e))
    }

    /// The incident with this id.
    pub fn find(&self, id: &str) -> Result<Option<Stored>> {
        let sql = format!("SELECT fid, {GEOM}, {} FROM incidents WHERE id = ?", quoted(PROPERTY_NAMES));
        let mut st = self.tx.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let mut rows = st.query([id]).map_err(|e| self.err(e))?;
        let Some(row) = rows.next().map_err(|e| self.err(e))? else { return Ok(None) };
        let fid: i64 = row.get(0).map_err(|e| self.err(e))?;
        // The incident's columns follow the fid.
        let incident = incident_of_at(row, 1).map_err(|e| anyhow!("{}: {e}", self.path.display()))?;
        Ok(Some(Stored { fid: Some(fid), incident }))
    }

    /// Records an analyst's correction of one field (the value as a property's text).
    pub fn add_correction(
        &self,
        incident_id: &str,
        field: &str,
        value: Option<&str>,
        note: Option<&str>,
        author: Option<&str>,
    ) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO corrections (incident_id, field, value, note, author, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                rusqlite::params![incident_id, field, value, note, author, self.stamp],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// The corrections of an incident, oldest first: (field, value).
    pub fn corrections(&self, incident_id: &str) -> Result<Vec<(String, Option<String>)>> {
        let mut st = self
            .tx
            .prepare_cached("SELECT field, value FROM corrections WHERE incident_id = ?1 ORDER BY fid")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([incident_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// The ids of the incidents that have corrections.
    pub fn corrected_ids(&self) -> Result<Vec<String>> {
        let mut st = self.tx.prepare("SELECT DISTINCT incident_id FROM corrections").map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<String>>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// Every stored article with its text, in the order ingested; `None` for the text of an
    /// article imported from an old store (it was never kept).
    pub fn articles_with_text(&self) -> Result<Vec<(Article, String)>> {
        let mut st = self
            .tx
            .prepare("SELECT sha256, source, published, text FROM articles ORDER BY fid")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| {
                let published: Option<String> = r.get(2)?;
                let text: Option<String> = r.get(3)?;
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, published, text))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        let mut out = Vec::with_capacity(rows.len());
        for (sha, source, published, text) in rows {
            let Some(text) = text else {
                bail!(
                    "{}: article {source} was imported without its text; it cannot be read again",
                    self.path.display()
                );
            };
            let published = published.and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
            out.push((Article { source, text, published }, sha));
        }
        Ok(out)
    }

    /// Empties the incidents, their sources and derived layers (articles and corrections stay),
    /// for a re-extraction inside this transaction.
    pub fn clear_incidents(&self) -> Result<()> {
        self.tx
            .execute_batch(
                "DELETE FROM incidents; DELETE FROM sources; DELETE FROM launch_sites;
                 DELETE FROM launch_lines; DELETE FROM range_rings;",
            )
            .map_err(|e| self.err(e))
    }

    /// Marks every article as read by this build's rules.
    pub fn set_extractor(&self) -> Result<()> {
        self.tx
            .execute("UPDATE articles SET extractor = ?1 WHERE text IS NOT NULL", [EXTRACTOR])
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Makes the transaction's changes durable and visible; records them in `gpkg_contents`.
    pub fn commit(self) -> Result<()> {
        for t in [&INCIDENTS, &LAUNCH_SITES, &LAUNCH_LINES, &RANGE_RINGS, &PLACES] {
            let grown = self.grown.borrow().get(t.name).copied();
            gpkg::touch_contents(&self.tx, t.name, grown).map_err(|e| self.err(e))?;
        }
        for t in ["sources", "articles"] {
            gpkg::touch_contents(&self.tx, t, None).map_err(|e| self.err(e))?;
        }
        let path = self.path;
        self.tx.commit().map_err(|e| db_error(&path, e))
    }
}

/// The first radius of a nearest search, and the one past which it covers the whole earth.
const NEAREST_FIRST_KM: f64 = 1.0;
const HALF_EARTH_KM: f64 = 20_040.0;

/// An R-tree box as west, south, east, north.
pub fn corners(b: &rstar::AABB<[f64; 2]>) -> [f64; 4] {
    let (lo, hi) = (b.lower(), b.upper());
    [lo[0], lo[1], hi[0], hi[1]]
}

/// How far apart two reports of one event may be placed (a region's 100 km, see
/// [`crate::model::GeoPrecision::one_target_km`]), with a margin; and when both are sites or
/// towns (a town's 15 km, two sites of one town).
const MERGE_RADIUS_KM: f64 = 101.0;
const FINE_MERGE_RADIUS_KM: f64 = 16.0;

/// The SQL condition on `date` that holds every stored date the merge rules can pair with the
/// report's, and its arguments: a dated report pairs with undated incidents; two dates to the day
/// pair a day apart at most (which can cross a new year); a month or year date pairs with the
/// dates it contains, so a report dated to the day looks for those in its year only among coarse
/// dates, and a coarse report at every date of its year. An undated report pairs only with dated
/// incidents. (A store of many attacks on one place holds hundreds in a year: fetching only the
/// days that can pair keeps a one-article ingest from reading them all.)
fn date_window(r: &Incident) -> (String, Vec<Value>) {
    use crate::model::DatePrecision;
    use chrono::Datelike;
    let text = |d: chrono::NaiveDate| Value::Text(d.format("%Y-%m-%d").to_string());
    let year = |d: chrono::NaiveDate| {
        let first = d.with_ordinal(1).unwrap_or(d);
        (first, chrono::NaiveDate::from_ymd_opt(d.year(), 12, 31).unwrap_or(d))
    };
    match r.date {
        None => ("date IS NOT NULL".into(), vec![]),
        Some(d) if r.date_precision.is_none_or(|p| p == DatePrecision::Day) => {
            let (before, after) = (d.pred_opt().unwrap_or(d), d.succ_opt().unwrap_or(d));
            let (first, last) = year(d);
            (
                "(date IS NULL OR date BETWEEN ? AND ? OR (date_precision IN ('month', 'year') AND date BETWEEN ? AND ?))"
                    .into(),
                vec![text(before), text(after), text(first), text(last)],
            )
        }
        Some(d) => {
            let (first, last) = year(d);
            ("(date IS NULL OR date BETWEEN ? AND ?)".into(), vec![text(first), text(last)])
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading any store by path

/// Hands every incident of a store (GeoPackage) or of any FeatureCollection of incident features
/// (an old GeoJSON store, `incmap extract` output, an exported layer) to `each`, in order, one at
/// a time. Errors name the file; an error of `each` is returned as it is.
pub fn for_each(path: &Path, each: impl FnMut(Incident) -> Result<()>) -> Result<()> {
    match kind_of(path)? {
        Kind::GeoPackage => Db::open(path)?.for_each(each),
        Kind::GeoJson => geojson::for_each(path, each),
        Kind::Missing => bail!("{}: cannot read store (No such file or directory)", path.display()),
    }
}

/// [`for_each`] with each incident's stored rows in the derived layers (GeoPackage; `None` for a
/// GeoJSON file, which has none).
pub fn for_each_with_derived(
    path: &Path,
    mut each: impl FnMut(Incident, Option<&DerivedRows>) -> Result<()>,
) -> Result<()> {
    match kind_of(path)? {
        Kind::GeoPackage => Db::open(path)?.for_each_with_derived(|i, d| each(i, Some(d))),
        Kind::GeoJson => geojson::for_each(path, |i| each(i, None)),
        Kind::Missing => bail!("{}: cannot read store (No such file or directory)", path.display()),
    }
}

/// Every incident of a store (see [`for_each`]).
pub fn load(path: &Path) -> Result<Vec<Incident>> {
    load_where(path, |_| true)
}

/// Like [`load`], keeping only what `keep` accepts as it is read.
pub fn load_where(path: &Path, mut keep: impl FnMut(&Incident) -> bool) -> Result<Vec<Incident>> {
    let mut out = Vec::new();
    for_each(path, |i| {
        if keep(&i) {
            out.push(i);
        }
        Ok(())
    })?;
    out.shrink_to_fit();
    Ok(out)
}

/// The incidents located in any of the boxes (west, south, east, north; west <= east) that
/// `keep` accepts: through the R-tree of a GeoPackage, by a pass over a GeoJSON file.
pub fn load_in_boxes(
    path: &Path,
    boxes: &[[f64; 4]],
    mut keep: impl FnMut(&Incident) -> bool,
) -> Result<Vec<Incident>> {
    let mut out = Vec::new();
    let mut sink = |i: Incident| {
        if keep(&i) {
            out.push(i);
        }
        Ok(())
    };
    match kind_of(path)? {
        Kind::GeoPackage => Db::open(path)?.in_boxes(boxes, sink)?,
        _ => {
            let inside = |i: &Incident| {
                i.location.is_some_and(|l| {
                    boxes.iter().any(|[w, s, e, n]| (*w..=*e).contains(&l.lon) && (*s..=*n).contains(&l.lat))
                })
            };
            for_each(path, |i| if inside(&i) { sink(i) } else { Ok(()) })?
        }
    }
    Ok(out)
}

/// At least the `n` incidents nearest to `at` that `keep` accepts, for an exact ranking after:
/// through the R-tree of a GeoPackage, by one pass keeping the closest few of a GeoJSON file.
pub fn load_nearest(
    path: &Path,
    at: LatLon,
    n: usize,
    mut keep: impl FnMut(&Incident) -> bool,
) -> Result<Vec<Incident>> {
    if kind_of(path)? == Kind::GeoPackage {
        return Db::open(path)?.nearest(at, n, keep);
    }
    // A margin over N leaves the caller's ranking the final say on near-equal distances.
    let size = n.saturating_mul(2).saturating_add(8);
    let mut closest: Vec<(f64, Incident)> = Vec::new();
    for_each(path, |i| {
        if let Some(l) = i.location.filter(|_| keep(&i)) {
            let d = crate::geodesy::distance_km(at, l);
            if closest.len() < size || closest.last().is_some_and(|(far, _)| d < *far) {
                let k = closest.partition_point(|(e, _)| *e <= d);
                closest.insert(k, (d, i));
                closest.truncate(size);
            }
        }
        Ok(())
    })?;
    Ok(closest.into_iter().map(|(_, i)| i).collect())
}

/// The incident with this id, if the store has it.
pub fn find(path: &Path, id: &str) -> Result<Option<Incident>> {
    match kind_of(path)? {
        Kind::GeoPackage => Db::open(path)?.find(id),
        _ => Ok(load_where(path, |i| i.id == id)?.into_iter().next()),
    }
}

// ---------------------------------------------------------------------------------------------
// A store in memory

/// A store's content in memory: what tests and the fuzz targets work with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Store {
    pub incidents: Vec<Incident>,
    pub articles: Vec<ArticleRecord>,
}

/// What adding one article did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AddOutcome {
    /// The article's text was already in the store: nothing changed.
    pub already_ingested: bool,
    pub merge: MergeStats,
}

impl Store {
    /// Reads a whole store (GeoPackage, or an old GeoJSON store); a missing file is an empty store.
    pub fn read(path: &Path) -> Result<Store> {
        match kind_of(path)? {
            Kind::Missing => Ok(Store::default()),
            Kind::GeoPackage => {
                let db = Db::open(path)?;
                let mut incidents = Vec::new();
                db.for_each(|i| {
                    incidents.push(i);
                    Ok(())
                })?;
                Ok(Store { incidents, articles: db.articles()? })
            }
            Kind::GeoJson => {
                let file =
                    std::fs::File::open(path).with_context(|| format!("{}: cannot read store", path.display()))?;
                geojson::read_store(std::io::BufReader::new(file)).map_err(|e| anyhow!("{}: {e}", path.display()))
            }
        }
    }

    /// Reads an old GeoJSON store from its bytes (errors do not name a file).
    pub fn from_reader(reader: impl std::io::Read) -> Result<Store> {
        geojson::read_store(reader)
    }

    pub fn contains_article(&self, sha256: &str) -> bool {
        self.articles.iter().any(|a| a.sha256 == sha256)
    }

    /// Merges an article's reports unless its text is already in the store, as ingest does.
    pub fn add_article(&mut self, article: &Article, mut reports: Vec<Incident>) -> AddOutcome {
        let sha = article_hash(&article.text);
        if self.contains_article(&sha) {
            return AddOutcome { already_ingested: true, merge: MergeStats::default() };
        }
        for (i, r) in reports.iter_mut().enumerate() {
            r.id = report_id(&sha, i);
        }
        let merge = merge::merge(&mut self.incidents, reports).stats;
        self.articles.push(ArticleRecord { sha256: sha, source: article.source.clone() });
        AddOutcome { already_ingested: false, merge }
    }

    /// The store as GeoJSON text (the layout of the old GeoJSON store), deterministic for the
    /// same content: what tests compare.
    pub fn to_json(&self) -> String {
        let mut out = Vec::new();
        geojson::write_store_json(&mut out, &self.articles, |each| self.incidents.iter().try_for_each(each))
            .expect("writing to memory cannot fail");
        String::from_utf8(out).expect("serde_json writes UTF-8")
    }

    /// Writes this content into a new GeoPackage store at `path` (refusing one that holds
    /// articles or incidents already), in one transaction: each incident with one source row per
    /// source it lists (their own figures are not known), each article without its text. The
    /// data only: derived layers are the ingest's (see `ingest::import_geojson`).
    pub fn write(&self, path: &Path) -> Result<()> {
        let mut db = Db::open_or_create(path)?;
        let w = db.write()?;
        w.refuse_if_used()?;
        for i in &self.incidents {
            w.save_copied(i)?;
        }
        for a in &self.articles {
            w.add_article(&a.sha256, &a.source, None, None)?;
        }
        w.link_sources_to_articles()?;
        w.commit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DatePrecision, GeoPrecision, LatLon, Weapon};

    fn sample(id: &str, lat: f64) -> Incident {
        Incident {
            id: id.into(),
            source: "a.txt".into(),
            sources: vec!["a.txt".into(), "b.txt".into()],
            date: chrono::NaiveDate::from_ymd_opt(2021, 2, 15),
            date_precision: Some(DatePrecision::Day),
            place: Some("Erbil International Airport".into()),
            geo_precision: Some(GeoPrecision::Site),
            location: Some(LatLon::new(lat, 43.963056)),
            weapon: Weapon::Rocket,
            count_min: Some(3),
            killed: Some(1),
            injured: Some(6),
            injured_max: Some(9),
            launch_distance_km: Some(7.5),
            launch_location: Some(LatLon::new(36.19, 43.9)),
            evidence: Some("Three rockets fell.".into()),
            reports: 2,
            ..Default::default()
        }
    }

    #[test]
    fn a_written_store_reads_back_the_same_and_queries_go_through_the_rtree() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.gpkg");
        let unlocated = Incident { id: "u".into(), location: None, reports: 1, ..Default::default() };
        let store = Store {
            incidents: vec![sample("a", 36.2375), unlocated, sample("far", 30.0)],
            articles: vec![ArticleRecord { sha256: article_hash("x"), source: "a.txt".into() }],
        };
        store.write(&path).unwrap();
        assert_eq!(Store::read(&path).unwrap(), store);
        let near = load_in_boxes(&path, &[[43.0, 36.0, 44.5, 37.0]], |_| true).unwrap();
        assert_eq!(near.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["a"]);
        assert_eq!(find(&path, "far").unwrap().unwrap().location, Some(LatLon::new(30.0, 43.963056)));
        let e = store.write(&path).unwrap_err().to_string();
        assert!(e.contains("not empty"), "{e}");
    }

    #[test]
    fn foreign_sqlite_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.sqlite");
        Connection::open(&path).unwrap().execute_batch("CREATE TABLE t (x);").unwrap();
        let e = Db::open_or_create(&path).err().unwrap().to_string();
        assert!(e.contains("other.sqlite") && e.contains("not a GeoPackage"), "{e}");
        let gpkg = dir.path().join("gdal.gpkg");
        let c = Connection::open(&gpkg).unwrap();
        gpkg::create_core(&c).unwrap();
        drop(c);
        let e = Db::open(&gpkg).err().unwrap().to_string();
        assert!(e.contains("not an incmap store"), "{e}");
    }

    #[test]
    fn the_date_window_holds_every_date_a_merge_accepts() {
        use crate::model::DatePrecision;
        let at = |y, m, d| Incident { date: chrono::NaiveDate::from_ymd_opt(y, m, d), ..Default::default() };
        let t = |s: &str| Value::Text(s.into());
        // To the day: a day either side (across a new year), coarse dates of its year.
        let (_, args) = date_window(&at(2021, 1, 1));
        assert_eq!(args, [t("2020-12-31"), t("2021-01-02"), t("2021-01-01"), t("2021-12-31")]);
        let (_, args) = date_window(&at(2021, 12, 31));
        assert_eq!(args, [t("2021-12-30"), t("2022-01-01"), t("2021-01-01"), t("2021-12-31")]);
        // A month or a year: every date of its year.
        let month = Incident { date_precision: Some(DatePrecision::Month), ..at(2021, 3, 1) };
        assert_eq!(date_window(&month).1, [t("2021-01-01"), t("2021-12-31")]);
        assert_eq!(date_window(&Incident::default()).0, "date IS NOT NULL");
        // Against the merge rules: every stored date (and precision) a report pairs with is in
        // the window; checked through SQLite on a table of every date of three years.
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE incidents (date DATE, date_precision TEXT)").unwrap();
        let start = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        let mut stored = vec![Incident::default()];
        for k in 0..3 * 366 {
            let d = start + chrono::Duration::days(k);
            for p in [None, Some(DatePrecision::Day), Some(DatePrecision::Month), Some(DatePrecision::Year)] {
                stored.push(Incident { date: Some(d), date_precision: p, ..Default::default() });
            }
        }
        for s in &stored {
            conn.execute(
                "INSERT INTO incidents VALUES (?1, ?2)",
                rusqlite::params![s.date_string(), s.date_precision.map(|p| p.as_str())],
            )
            .unwrap();
        }
        let reports = [
            at(2021, 1, 1),
            at(2021, 6, 15),
            at(2021, 12, 31),
            month.clone(),
            Incident { date_precision: Some(DatePrecision::Year), ..at(2021, 1, 1) },
        ];
        for r in &reports {
            let (cond, args) = date_window(r);
            let mut st = conn
                .prepare(&format!(
                    "SELECT count(*) FROM incidents WHERE date IS ?1 AND date_precision IS ?2 AND {cond}"
                ))
                .unwrap();
            for s in &stored {
                if !crate::merge::dates_may_pair(r, s) {
                    continue;
                }
                let mut a = vec![
                    s.date_string().map_or(Value::Null, Value::Text),
                    s.date_precision.map_or(Value::Null, |p| Value::Text(p.as_str().into())),
                ];
                a.extend(args.iter().cloned());
                let n: i64 = st.query_row(params_from_iter(a), |row| row.get(0)).unwrap();
                assert!(
                    n > 0,
                    "{:?} {:?} pairs with {:?} {:?} but is outside {cond}",
                    r.date,
                    r.date_precision,
                    s.date,
                    s.date_precision
                );
            }
        }
    }
}
