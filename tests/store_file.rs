//! The store file through the real binary: a GeoPackage created when missing, idempotent, foreign
//! or corrupt files refused and left untouched; and through the library: ids stable across
//! ingests, ingest article by article equal to merging in memory.

use std::path::Path;
use std::process::{Command, Output};

use incmap::model::{Article, DatePrecision, GeoPrecision, Incident, LatLon, Weapon};
use incmap::store::{self, Store};

fn incmap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_incmap")).args(args).env("INCMAP_CACHE", "/nonexistent").output().unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn ingest(store: &Path, inputs: &[&str]) -> Output {
    let mut args = vec!["ingest", "--store", store.to_str().unwrap()];
    args.extend_from_slice(inputs);
    incmap(&args)
}

fn sql(store: &Path, query: &str) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open_with_flags(store, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut st = conn.prepare(query).unwrap();
    let n = st.column_count();
    st.query_map([], |r| {
        (0..n)
            .map(|k| {
                Ok(match r.get_ref(k)? {
                    rusqlite::types::ValueRef::Null => "NULL".to_string(),
                    rusqlite::types::ValueRef::Integer(i) => i.to_string(),
                    rusqlite::types::ValueRef::Real(x) => x.to_string(),
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    rusqlite::types::ValueRef::Blob(b) => format!("{} bytes", b.len()),
                })
            })
            .collect()
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

#[test]
fn a_missing_store_is_created_as_a_geopackage_with_typed_columns_sources_and_articles() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", " date 2021-02-16 Three rockets hit Erbil airport, killing one contractor.");
    let b = write(dir.path(), "b.txt", " date 2021-02-16 Rockets struck Erbil airport, killing two.");
    let store = dir.path().join("incmap.gpkg");
    let out = ingest(&store, &[&a, &b]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 articles read"));
    assert_eq!(&std::fs::read(&store).unwrap()[..16], b"SQLite format 3\0");
    assert_eq!(sql(&store, "PRAGMA application_id"), [["1196444487"]], "GPKG");
    assert_eq!(sql(&store, "PRAGMA integrity_check"), [["ok"]]);
    // The column types GDAL and QGIS read: Date, Integer, Real, String.
    let types: Vec<Vec<String>> = sql(&store, "SELECT name, type FROM pragma_table_info('incidents')");
    let ty = |c: &str| types.iter().find(|r| r[0] == c).map(|r| r[1].clone()).unwrap_or_default();
    assert_eq!(
        (ty("geom"), ty("date"), ty("killed"), ty("range_km"), ty("place")),
        ("POINT".into(), "DATE".into(), "INTEGER".into(), "REAL".into(), "TEXT".into())
    );
    assert_eq!(ty("first_seen"), "DATETIME");
    // The places layer tells the year a camp closed, as an integer; null while a site stands.
    assert_eq!(
        sql(&store, "SELECT typeof(until) FROM places WHERE id IN ('camp-bucca', 'erbil-airport') ORDER BY id"),
        [["integer"], ["null"]]
    );
    assert_eq!(sql(&store, "SELECT until FROM places WHERE id = 'camp-bucca'"), [["2009"]]);
    assert_eq!(
        sql(&store, "SELECT date, killed, killed_max, reports, sources FROM incidents"),
        [["2021-02-16".to_string(), "1".into(), "2".into(), "2".into(), format!("{a}; {b}")]]
    );
    // One source row per article, each with its own figures.
    assert_eq!(
        sql(&store, "SELECT source, killed FROM sources ORDER BY fid"),
        [[a.clone(), "1".into()], [b.clone(), "2".into()]]
    );
    let articles =
        sql(&store, "SELECT source, length(sha256), published, text IS NOT NULL, extractor FROM articles ORDER BY fid");
    assert_eq!(articles[0][..4], [a.clone(), "64".into(), "2021-02-16".into(), "1".into()]);
    assert!(articles[0][4].starts_with("incmap "));
    // The R-tree and its registration, as GDAL looks for them.
    assert_eq!(sql(&store, "SELECT count(*) FROM rtree_incidents_geom"), [["1"]]);
    let ext =
        sql(&store, "SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' ORDER BY 1");
    assert_eq!(ext.concat(), ["incidents", "launch_lines", "launch_sites", "places", "range_rings"]);
    let styled = sql(&store, "SELECT f_table_name FROM layer_styles WHERE useAsDefault ORDER BY 1");
    assert_eq!(styled.concat(), ["incidents", "launch_lines", "launch_sites", "places", "range_rings"]);
}

#[test]
fn ingesting_the_same_input_twice_leaves_the_store_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", " date 2021-02-16 Rockets hit Erbil airport.");
    let b = write(dir.path(), "b.md", " date 2019-12-27 A rocket attack on K-1 air base in Kirkuk.");
    let store = dir.path().join("s.gpkg");
    assert!(ingest(&store, &[&a, &b]).status.success());
    let first = std::fs::read(&store).unwrap();
    let mtime = std::fs::metadata(&store).unwrap().modified().unwrap();
    let out = ingest(&store, &[&a, dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(std::fs::read(&store).unwrap(), first);
    assert_eq!(std::fs::metadata(&store).unwrap().modified().unwrap(), mtime, "not rewritten");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("3 articles read, 3 skipped as already ingested"), "{stderr}");
}

#[test]
fn folders_are_read_recursively_for_text_and_html_only() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join("deeper")).unwrap();
    write(&corpus, "a.txt", "one");
    write(&corpus.join("deeper"), "b.html", "<html><body><p>two</p></body></html>");
    write(&corpus, "c.pdf", "%PDF-1.4");
    write(&corpus, "d.json", "{}");
    let store = dir.path().join("s.gpkg");
    let out = ingest(&store, &[corpus.to_str().unwrap()]);
    assert!(out.status.success());
    let s = Store::read(&store).unwrap();
    let names: Vec<&str> = s.articles.iter().map(|a| a.source.rsplit('/').next().unwrap()).collect();
    assert_eq!(names, vec!["a.txt", "b.html"]);
}

#[test]
fn a_failed_input_is_reported_and_the_rest_kept() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", "fine");
    let missing = dir.path().join("missing.txt").display().to_string();
    let store = dir.path().join("s.gpkg");
    let out = ingest(&store, &[&missing, &a]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.lines().any(|l| l.contains("missing.txt") && l.contains("No such file")), "{stderr}");
    assert!(stderr.lines().last().unwrap().contains("1 input failed"), "{stderr}");
    assert_eq!(Store::read(&store).unwrap().articles.len(), 1);
}

#[test]
fn corrupt_or_foreign_stores_are_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", " date 2021-02-16 Rockets hit Erbil airport.");
    let foreign = dir.path().join("foreign.sqlite");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let mut header = std::fs::read(&foreign).unwrap();
    header.truncate(100);
    header.extend(vec![0xa5; 4000]);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "old.geojson",
            br#"{"type":"FeatureCollection","incmap":{"format":1,"articles":[]},"features":[]}"#.to_vec(),
            "incmap store import",
        ),
        ("invalid.gpkg", b"{\"type\": \"FeatureCollection\", \"features\": [".to_vec(), "not a GeoPackage"),
        ("text.gpkg", b"hello".to_vec(), "not a GeoPackage"),
        ("foreign.gpkg", std::fs::read(&foreign).unwrap(), "not a GeoPackage"),
        ("torn.gpkg", header, "not a readable GeoPackage"),
    ];
    for (name, content, why) in cases {
        let store = dir.path().join(name);
        std::fs::write(&store, &content).unwrap();
        let out = ingest(&store, &[&a]);
        assert!(!out.status.success(), "{name} accepted");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
        assert!(stderr.contains(name) && stderr.contains(why), "{name}: {stderr}");
        assert_eq!(std::fs::read(&store).unwrap(), content, "{name} modified");
    }
}

fn report(source: &str, date: &str) -> Incident {
    Incident {
        source: source.into(),
        date: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
        date_precision: Some(DatePrecision::Day),
        place: Some("Erbil International Airport".into()),
        geo_precision: Some(GeoPrecision::Site),
        location: Some(LatLon::new(36.2375, 43.963056)),
        weapon: Weapon::Rocket,
        ..Default::default()
    }
}

#[test]
fn a_new_article_about_a_known_event_updates_it_and_keeps_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.gpkg");
    let art = |s: &str| Article { source: s.into(), text: format!("text of {s}"), published: None };

    let mut s = Store::default();
    s.add_article(&art("a.txt"), vec![report("a.txt", "2021-02-15")]);
    s.write(&path).unwrap();
    let id = store::load(&path).unwrap()[0].id.clone();
    assert!(!id.is_empty());

    let mut s = Store::read(&path).unwrap();
    let out = s.add_article(&art("b.txt"), vec![report("b.txt", "2021-02-16"), report("b.txt", "2021-03-20")]);
    assert_eq!((out.merge.new, out.merge.updated), (1, 1));
    let path = dir.path().join("t.gpkg");
    s.write(&path).unwrap();
    let incidents = store::load(&path).unwrap();
    assert_eq!(incidents.len(), 2);
    assert_eq!(incidents[0].id, id);
    assert_eq!(incidents[0].sources, vec!["a.txt", "b.txt"]);
    assert_ne!(incidents[1].id, id, "ids are unique");
    assert_eq!(Store::read(&path).unwrap(), s, "what is written reads back the same");
}

/// Ingest streams the store (it holds only the incidents a batch can join); what it writes must be
/// what merging everything in memory writes, over a corpus with many reports of the same events.
#[test]
fn ingest_article_by_article_writes_what_merging_in_memory_writes() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    let mut files: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    assert!(files.len() >= 50, "{}", files.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.gpkg");
    let hidden = indicatif::ProgressBar::hidden();
    let mut memory = Store::default();
    let mut merged_reports = 0;
    for f in &files {
        incmap::ingest::ingest(&path, std::slice::from_ref(f), &hidden).unwrap();
        let src = &incmap::fetch::expand_input(f).unwrap()[0];
        let article = incmap::fetch::read_article(src, &mut None).unwrap();
        let reports = incmap::extract::extract(&article, incmap::gazetteer::Gazetteer::embedded());
        let n = reports.len();
        let out = memory.add_article(&article, reports);
        merged_reports += n - out.merge.new;
    }
    assert!(merged_reports >= 10, "the corpus should repeat events: {merged_reports} reports merged");
    assert_eq!(Store::read(&path).unwrap().to_json(), memory.to_json());
    // One batch of everything: the merge within a batch agrees too.
    let again = dir.path().join("t.gpkg");
    incmap::ingest::ingest(&again, &files, &hidden).unwrap();
    assert_eq!(Store::read(&again).unwrap().to_json(), memory.to_json());
    // Every report has its source row, on the incident it went into.
    let rows = sql(&again, "SELECT count(*), count(DISTINCT incident_id) FROM sources");
    let reports: u32 = memory.incidents.iter().map(|i| i.reports).sum();
    assert_eq!(rows, [[reports.to_string(), memory.incidents.len().to_string()]]);
    let per_incident = sql(&again, "SELECT incident_id, count(*) FROM sources GROUP BY incident_id ORDER BY 1");
    let mut want: Vec<Vec<String>> =
        memory.incidents.iter().map(|i| vec![i.id.clone(), i.reports.to_string()]).collect();
    want.sort();
    assert_eq!(per_incident, want, "each incident has a source row per report");
}

/// The GeoJSON store of earlier versions, as they wrote it, from the sample reports.
fn old_store_of_the_samples() -> Store {
    let mut old = Store::default();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/reports");
    for src in incmap::fetch::expand_input(dir.to_str().unwrap()).unwrap() {
        let article = incmap::fetch::read_article(&src, &mut None).unwrap();
        let reports = incmap::extract::extract(&article, incmap::gazetteer::Gazetteer::embedded());
        old.add_article(&article, reports);
    }
    old
}

#[test]
fn an_old_geojson_store_is_imported_with_nothing_lost() {
    let dir = tempfile::tempdir().unwrap();
    let old = old_store_of_the_samples();
    assert!(old.incidents.len() >= 10 && old.incidents.iter().any(|i| i.sources.len() > 1));
    let old_path = dir.path().join("store.geojson");
    std::fs::write(&old_path, old.to_json()).unwrap();
    let new = dir.path().join("incmap.gpkg");
    let out = incmap(&["store", "import", old_path.to_str().unwrap(), "--store", new.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Value for value: what the old file held (its numbers as written) is what the new one holds.
    let back = Store::read(&new).unwrap();
    let was = Store::read(&old_path).unwrap();
    assert!(back == was, "an incident or article changed on the way");
    assert!(back.to_json() == old.to_json(), "the GeoJSON text differs");
    let sources: usize = old.incidents.iter().map(|i| i.sources.len()).sum();
    assert_eq!(
        sql(&new, "SELECT count(*), count(article_sha256) FROM sources"),
        [[sources.to_string(), sources.to_string()]]
    );
    // Importing again into the same store is refused; the old file is untouched.
    let out = incmap(&["store", "import", old_path.to_str().unwrap(), "--store", new.to_str().unwrap()]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("not empty"));
    assert_eq!(std::fs::read_to_string(&old_path).unwrap(), old.to_json());
}

#[test]
fn map_imports_the_old_store_of_its_output_folder_once() {
    let dir = tempfile::tempdir().unwrap();
    let old = old_store_of_the_samples();
    std::fs::write(dir.path().join("store.geojson"), old.to_json()).unwrap();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/reports");
    let out = incmap(&["map", samples.to_str().unwrap(), "--out-dir", dir.path().to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("imported the old store"), "{stderr}");
    let n = old.articles.len();
    let skipped = format!("{n} articles read, {n} skipped as already ingested, 0 reports");
    assert!(stderr.contains(&skipped), "nothing re-read: {stderr}");
    assert!(Store::read(&dir.path().join("incmap.gpkg")).unwrap().to_json() == old.to_json());
    let out = incmap(&["map", samples.to_str().unwrap(), "--out-dir", dir.path().to_str().unwrap()]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("imported"), "once");
}

#[test]
fn a_correction_survives_a_merge_and_a_reextraction() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", " date 2021-02-16 Three rockets hit Erbil airport, killing one contractor.");
    let b = write(dir.path(), "b.txt", " date 2021-02-16 Rockets struck Erbil airport, killing two.");
    let store = dir.path().join("incmap.gpkg");
    assert!(ingest(&store, &[&a]).status.success());
    let id = store::load(&store).unwrap()[0].id.clone();
    let s = store.to_str().unwrap();
    let out = incmap(&[
        "edit",
        &id,
        "--set",
        "killed=3",
        "--set",
        "claimed_by=Ashab al-Kahf",
        "--note",
        "CENTCOM release",
        "--store",
        s,
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let check = |when: &str| {
        let i = &store::load(&store).unwrap()[0];
        assert_eq!((i.killed, i.claimed_by.as_deref()), (Some(3), Some("Ashab al-Kahf")), "{when}");
    };
    check("after the edit");
    assert_eq!(
        sql(&store, "SELECT field, value, note FROM corrections ORDER BY fid"),
        [["killed", "3", "CENTCOM release"], ["claimed_by", "Ashab al-Kahf", "CENTCOM release"]]
    );
    // Another report of the same attack merges in (it says two killed): the analyst's 3 stands.
    assert!(ingest(&store, &[&b]).status.success());
    assert_eq!(store::load(&store).unwrap().len(), 1);
    check("after a merge");
    let out = incmap(&["reextract", "--store", s]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 articles read again"));
    check("after reextract");
    assert_eq!(sql(&store, "SELECT count(*) FROM sources"), [["2"]]);
    assert_eq!(sql(&store, "PRAGMA integrity_check"), [["ok"]]);
    // Bad corrections are refused, the store untouched.
    for (set, why) in
        [("killed=-1", "killed"), ("date=yesterday", "date"), ("weapon=laser", "weapon"), ("id=x", "can be corrected")]
    {
        let out = incmap(&["edit", &id, "--set", set, "--store", s]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && err.contains(why) && err.lines().count() == 1, "{set}: {err}");
    }
    check("after refused edits");
    let out = incmap(&["edit", "no-such-id", "--set", "killed=1", "--store", s]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no incident with id"));
}

#[test]
fn reextract_gives_what_a_fresh_ingest_gives() {
    let dir = tempfile::tempdir().unwrap();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/reports");
    let store = dir.path().join("incmap.gpkg");
    assert!(ingest(&store, &[samples.to_str().unwrap()]).status.success());
    let before = Store::read(&store).unwrap();
    let out = incmap(&["reextract", "--store", store.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(Store::read(&store).unwrap() == before, "the same rules give the same store");
    // An imported store has no article texts: refused, untouched.
    let old = dir.path().join("old.geojson");
    std::fs::write(&old, before.to_json()).unwrap();
    let imported = dir.path().join("imported.gpkg");
    assert!(
        incmap(&["store", "import", old.to_str().unwrap(), "--store", imported.to_str().unwrap()]).status.success()
    );
    let bytes = std::fs::read(&imported).unwrap();
    let out = incmap(&["reextract", "--store", imported.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("imported without its text"));
    assert_eq!(std::fs::read(&imported).unwrap(), bytes);
}
