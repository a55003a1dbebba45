//! Every row of docs/bad-inputs.md, run through the real binary: what the user sees (one line
//! naming the file, the line or the URL), the exit code, no panic or backtrace, and the store left
//! byte-identical whenever the command failed.

mod fetch_server;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use fetch_server::{respond, start};
use incmap::store::Store;

const ARTICLE: &str = " date 2021-02-16 At least three rockets hit Erbil airport late on Monday, officials said.\n";

/// A folder with a store that already holds one article, so "untouched" means something.
struct Setup {
    dir: tempfile::TempDir,
    store: PathBuf,
    before: Vec<u8>,
}

impl Setup {
    fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("store.gpkg");
        let good = dir.path().join("good.txt");
        std::fs::write(&good, ARTICLE).unwrap();
        let out = incmap(&["ingest", "--store", s(&store), s(&good)]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let before = std::fs::read(&store).unwrap();
        Setup { dir, store, before }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    fn store(&self) -> &str {
        s(&self.store)
    }

    fn ingest(&self, input: &str) -> Output {
        incmap(&["ingest", "--store", self.store(), input])
    }

    fn assert_store_untouched(&self) {
        assert!(std::fs::read(&self.store).unwrap() == self.before, "the store changed");
        assert_eq!(leftovers(self.dir.path()), 0, "temp files left behind");
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_incmap"));
    // A backtrace would show if anything panicked; no cache, so every URL is fetched.
    c.args(args).env("RUST_BACKTRACE", "1").env("INCMAP_CACHE", "").env("HOME", "/nonexistent");
    c.env_remove("XDG_CACHE_HOME").env_remove("INCMAP_PLACES");
    c
}

fn incmap(args: &[&str]) -> Output {
    command(args).output().unwrap()
}

fn assert_no_panic(out: &Output) {
    let stderr = text(&out.stderr);
    for bad in ["panicked", "RUST_BACKTRACE", "stack backtrace"] {
        assert!(!stderr.contains(bad), "{bad}: {stderr}");
    }
}

/// The command failed with `code` and said so in exactly one line, containing every `want`.
fn assert_one_line_error(out: &Output, code: i32, want: &[&str]) -> String {
    assert_no_panic(out);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line: {stderr}");
    assert!(lines[0].starts_with("incmap: "), "{stderr}");
    for w in want {
        assert!(lines[0].contains(w), "{w:?} not in {stderr}");
    }
    lines[0].to_string()
}

/// An ingest with a failed input: exit 1, one line naming the input and the cause (then the
/// summary line and the list of failed inputs).
fn assert_input_failed(out: &Output, input: &str, cause: &str) -> String {
    assert_no_panic(out);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let line = stderr.lines().find(|l| l.starts_with(&format!("incmap: {input}: "))).unwrap_or_else(|| {
        panic!("no line naming {input}: {stderr}");
    });
    assert!(line.contains(cause), "{cause:?} not in {line}");
    assert!(stderr.lines().last().unwrap().contains(&format!("failed: {input}")), "{stderr}");
    line.to_string()
}

fn leftovers(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with("-tmp"))
        .count()
}

/// The store's incidents as GeoJSON features.
fn features(store: &Path) -> Vec<serde_json::Value> {
    let json: serde_json::Value = serde_json::from_str(&Store::read(store).unwrap().to_json()).unwrap();
    json["features"].as_array().unwrap().clone()
}

/// Runs SQL on a store as another program would.
fn sql(store: &Path, batch: &str) {
    let conn = rusqlite::Connection::open(store).unwrap();
    incmap::store::register_functions(&conn).unwrap(); // the R-tree triggers call them, as in GDAL
    conn.execute_batch(batch).unwrap();
}

// ---- articles ----

#[test]
fn empty_file() {
    let t = Setup::new();
    let f = t.file("empty.txt", b"  \n\n");
    assert_input_failed(&t.ingest(s(&f)), s(&f), "empty file; no article text");
    t.assert_store_untouched();
}

#[test]
fn binary_file() {
    let t = Setup::new();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..4000u32).map(|i| (i * 7 % 251) as u8));
    let f = t.file("photo.txt", &png);
    assert_input_failed(&t.ingest(s(&f)), s(&f), "binary file (NUL bytes); not an article");
    t.assert_store_untouched();
}

#[test]
fn invalid_utf8_is_decoded_as_windows_1252() {
    let t = Setup::new();
    let f = t.file("latin.txt", b" date 2021-03-03 Rockets hit Erbil airport \x96 the caf\xe9 nearby was damaged.\n");
    let out = t.ingest(s(&f));
    assert_no_panic(&out);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let evidence: Vec<String> =
        features(&t.store).iter().filter_map(|f| f["properties"]["evidence"].as_str().map(String::from)).collect();
    assert!(evidence.iter().any(|e| e.contains("\u{2013} the caf\u{e9}")), "{evidence:?}");
    assert!(!evidence.iter().any(|e| e.contains('\u{fffd}')), "decoded, not replaced: {evidence:?}");
}

#[test]
fn extract_decodes_windows_1252_too() {
    let t = Setup::new();
    let f = t.file("latin.txt", b" date 2021-03-03 Rockets hit Erbil airport \x96 the caf\xe9 nearby was damaged.\n");
    let out = incmap(&["extract", s(&f)]);
    assert_no_panic(&out);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("\u{2013} the caf\u{e9}") && !stdout.contains('\u{fffd}'), "{stdout}");
}

#[test]
fn html_in_a_declared_legacy_charset_is_decoded() {
    let t = Setup::new();
    // "airport" in Arabic, in the page's declared Windows-1256.
    let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">\
        <meta name=\"date\" content=\"2021-03-03\"></head><body><article>\
        <p>Rockets hit Erbil airport (\xe3\xd8\xc7\xd1) late on Monday, officials said.</p></article></body></html>";
    let f = t.file("arabic.html", page);
    let out = t.ingest(s(&f));
    assert_no_panic(&out);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let all = Store::read(&t.store).unwrap().to_json();
    assert!(all.contains("(\u{645}\u{637}\u{627}\u{631})"), "Arabic decoded: {all}");
}

#[test]
fn a_100_mb_file() {
    let t = Setup::new();
    let f = t.path("huge.txt");
    std::fs::File::create(&f).unwrap().set_len(100 * 1024 * 1024).unwrap(); // sparse: no disk used
    let started = Instant::now();
    assert_input_failed(&t.ingest(s(&f)), s(&f), "file larger than 10485760 bytes; not an article");
    assert!(started.elapsed() < Duration::from_secs(20), "refused before reading");
    t.assert_store_untouched();
}

#[test]
fn a_second_report_of_a_known_attack_is_counted_as_an_update() {
    let t = Setup::new();
    let f = t.file("again.txt", b" date 2021-02-16 Rockets struck Erbil airport on Monday night, police said.\n");
    let out = t.ingest(s(&f));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("1 article read, 0 skipped as already ingested, 1 report, 0 new incidents, 1 updated"),
        "{stderr}"
    );
    let out = t.ingest(s(&f));
    assert!(text(&out.stderr).contains("1 skipped as already ingested, 0 reports, 0 new incidents, 0 updated"));
}

#[test]
fn an_article_with_no_date_is_kept_with_a_null_date() {
    let t = Setup::new();
    let f = t.file("nodate.txt", b"Two drones struck Ain al-Asad air base, officials said.\n");
    let out = t.ingest(s(&f));
    assert_no_panic(&out);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let found = features(&t.store);
    let from_it: Vec<&serde_json::Value> =
        found.iter().filter(|x| x["properties"]["source"].as_str() == Some(s(&f))).collect();
    assert_eq!(from_it.len(), 1, "{found:?}");
    assert!(from_it[0]["properties"]["date"].is_null(), "an unknown date is null, not guessed");
}

#[test]
fn html_junk() {
    let t = Setup::new();
    let f = t.file("junk.html", b"<html><<<>>><script>var a = '</p>';</script><div><span></div></b></html");
    assert_input_failed(&t.ingest(s(&f)), s(&f), "no article text in the HTML");
    t.assert_store_untouched();
}

#[test]
fn a_missing_file() {
    let t = Setup::new();
    let f = t.path("missing.txt");
    assert_input_failed(&t.ingest(s(&f)), s(&f), "No such file or directory");
    t.assert_store_untouched();
}

#[test]
fn a_folder_without_articles() {
    let t = Setup::new();
    let d = t.path("scans");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(d.join("scan.pdf"), b"%PDF-1.4").unwrap();
    assert_input_failed(&t.ingest(s(&d)), s(&d), "no article files (.txt, .text, .md, .html, .htm) in this folder");
    t.assert_store_untouched();
}

#[test]
fn a_failed_run_does_not_create_a_store() {
    let t = Setup::new();
    let f = t.file("empty.txt", b"");
    let fresh = t.path("new.gpkg");
    let out = incmap(&["ingest", "--store", s(&fresh), s(&f)]);
    assert_input_failed(&out, s(&f), "empty file");
    assert!(!fresh.exists());
}

// ---- stores ----

#[test]
fn a_corrupt_store() {
    let t = Setup::new();
    // Cut past the header: SQLite opens it, then finds the pages missing.
    let cut = &t.before[..t.before.len() / 2];
    std::fs::write(&t.store, cut).unwrap();
    let good = t.file("new.txt", ARTICLE.replace("Erbil", "Baghdad").as_bytes());
    assert_one_line_error(&t.ingest(s(&good)), 1, &[t.store(), "not a readable GeoPackage"]);
    assert_eq!(std::fs::read(&t.store).unwrap(), cut, "corrupt store left as it was");
    assert_one_line_error(
        &incmap(&["near", "--store", t.store(), "--place", "Erbil", "--km", "10"]),
        1,
        &[t.store(), "not a readable GeoPackage"],
    );
}

#[test]
fn a_binary_store() {
    let t = Setup::new();
    let junk: Vec<u8> = (0..5000u32).map(|i| (i * 13 % 256) as u8).collect();
    std::fs::write(&t.store, &junk).unwrap();
    let good = t.file("new.txt", ARTICLE.as_bytes());
    assert_one_line_error(&t.ingest(s(&good)), 1, &[t.store(), "not a GeoPackage"]);
    assert_eq!(std::fs::read(&t.store).unwrap(), junk);
    // Read as GeoJSON by the commands that take any FeatureCollection: still one line.
    let out = incmap(&["render", "--store", t.store(), "--out", s(&t.path("m.png"))]);
    assert_one_line_error(&out, 1, &[t.store(), "not valid JSON"]);
    assert!(!t.path("m.png").exists());
}

#[test]
fn a_store_from_another_program() {
    let t = Setup::new();
    let good = t.file("new.txt", ARTICLE.as_bytes());
    // A GeoJSON layer QGIS wrote, an old GeoJSON store, a GeoPackage of someone else's data, a
    // SQLite file that is no GeoPackage.
    let qgis = br#"{"type":"FeatureCollection","name":"bases","features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[43.96,36.24]},"properties":{"name":"Erbil"}}]}"#;
    std::fs::write(&t.store, qgis).unwrap();
    assert_one_line_error(&t.ingest(s(&good)), 1, &[t.store(), "not a GeoPackage", "incmap store import"]);
    assert_eq!(std::fs::read(&t.store).unwrap(), qgis);
    let other = t.path("bases.gpkg");
    sql(&other, "PRAGMA application_id = 1196444487; CREATE TABLE bases (fid INTEGER PRIMARY KEY, name TEXT);");
    let before = std::fs::read(&other).unwrap();
    let out = incmap(&["ingest", "--store", s(&other), s(&good)]);
    assert_one_line_error(&out, 1, &[s(&other), "a GeoPackage but not an incmap store", "refusing"]);
    assert_eq!(std::fs::read(&other).unwrap(), before);
    let plain = t.path("plain.sqlite");
    sql(&plain, "CREATE TABLE t (x);");
    let before = std::fs::read(&plain).unwrap();
    let out = incmap(&["ingest", "--store", s(&plain), s(&good)]);
    assert_one_line_error(&out, 1, &[s(&plain), "a SQLite file but not a GeoPackage"]);
    assert_eq!(std::fs::read(&plain).unwrap(), before);
    // An incmap store whose incidents table another program dropped.
    let other = Setup::new();
    let gutted = t.path("gutted.gpkg");
    std::fs::copy(&other.store, &gutted).unwrap();
    sql(&gutted, "DROP TABLE incidents;");
    let before = std::fs::read(&gutted).unwrap();
    for out in [
        incmap(&["ingest", "--store", s(&gutted), s(&good)]),
        incmap(&["near", "--store", s(&gutted), "--place", "Erbil", "--km", "10"]),
    ] {
        assert_one_line_error(&out, 1, &[s(&gutted), "an incmap store without its incidents table"]);
    }
    assert_eq!(std::fs::read(&gutted).unwrap(), before);
}

#[test]
fn a_store_of_a_newer_format() {
    let t = Setup::new();
    sql(&t.store, "UPDATE incmap_meta SET value = '2' WHERE key = 'format'");
    let before = std::fs::read(&t.store).unwrap();
    let good = t.file("new.txt", ARTICLE.as_bytes());
    let want = "incmap store format 2 is not supported (this build reads format 1)";
    assert_one_line_error(&t.ingest(s(&good)), 1, &[t.store(), want]);
    assert_one_line_error(&incmap(&["bbox", "--store", t.store(), "--bbox", "43,35,45,37"]), 1, &[t.store(), want]);
    assert_eq!(std::fs::read(&t.store).unwrap(), before);
}

#[test]
fn an_out_of_range_coordinate_in_a_store() {
    let t = Setup::new();
    // A GeoJSON collection, as queries read them.
    let bad = br#"{"type":"FeatureCollection","incmap":{"format":1,"articles":[]},"features":[
        {"type":"Feature","geometry":null,"properties":{"id":"a"}},
        {"type":"Feature","geometry":{"type":"Point","coordinates":[44.0,95.0]},"properties":{"id":"b"}}]}"#;
    let fc = t.file("bad.geojson", bad);
    let want = [s(&fc), "feature 2: coordinate out of range: [44, 95]"];
    assert_one_line_error(&incmap(&["near", "--store", s(&fc), "--lat", "36", "--lon", "44", "--km", "5"]), 1, &want);
    // A row another program wrote into the GeoPackage.
    let point = "X'47500001E6100000010100000000000000000046400000000000C05740'"; // (44, 95)
    sql(&t.store, &format!("UPDATE incidents SET geom = {point}"));
    let out = incmap(&["bases", "--store", t.store()]);
    assert_one_line_error(&out, 1, &[t.store(), "coordinate out of range: [44, 95]"]);
}

/// Export streams the store into its layers: a store that turns bad half-way must leave the
/// layers of the last good export, whole, and no temp files.
#[test]
fn a_store_that_turns_bad_half_way_through_an_export() {
    let t = Setup::new();
    let layers = t.path("layers");
    let out = incmap(&["export", "--store", t.store(), "--out-dir", s(&layers)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let snapshot = |dir: &Path| -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
            .collect();
        files.sort();
        files
    };
    let before = snapshot(&layers);
    let bad = br#"{"type":"FeatureCollection","incmap":{"format":1,"articles":[]},"features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[44.0,36.0]},"properties":{"id":"a"}},
        {"type":"Feature","geometry":{"type":"Point","coordinates":[44.0,95.0]},"properties":{"id":"b"}}]}"#;
    std::fs::write(&t.store, bad).unwrap();
    let out = incmap(&["export", "--store", t.store(), "--out-dir", s(&layers)]);
    assert_one_line_error(&out, 1, &[t.store(), "feature 2: coordinate out of range"]);
    assert!(snapshot(&layers) == before, "the layers changed");
    assert_eq!(leftovers(&layers), 0, "temp files left behind");
}

#[test]
fn a_huge_number_in_a_store() {
    let t = Setup::new();
    let bad = br#"{"type":"FeatureCollection","incmap":{"format":1,"articles":[]},"features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[44.0,1e999]},"properties":{}}]}"#;
    std::fs::write(&t.store, bad).unwrap();
    let out = incmap(&["export", "--store", t.store(), "--out-dir", s(&t.path("layers"))]);
    assert_one_line_error(&out, 1, &[t.store(), "number out of range at line 2"]);
    assert_eq!(std::fs::read(&t.store).unwrap(), bad);
}

#[test]
fn a_store_locked_by_another_ingest_waits_then_keeps_both() {
    let t = Setup::new();
    // Another writer holds the store's write lock (an open write transaction).
    let holder = rusqlite::Connection::open(&t.store).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let other = t.file("other.txt", b" date 2020-01-08 Missiles struck Ain al-Asad air base.\n");
    let mut child = command(&["ingest", "--store", t.store(), s(&other)]).stderr(Stdio::piped()).spawn().unwrap();
    // Its first word is that it waits (read as it comes: a loaded machine may take seconds to start it).
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stderr, &mut first).unwrap();
    assert!(first.contains("waiting for another writer") && first.contains(t.store()), "{first}");
    assert!(child.try_wait().unwrap().is_none(), "waits for the lock");
    // What the lock holder writes meanwhile is kept.
    holder.execute_batch("INSERT INTO articles (sha256, source) VALUES ('held', 'held.txt'); COMMIT").unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    let status = child.wait().unwrap();
    assert!(!rest.contains("panicked"), "{rest}");
    assert!(status.success(), "{rest}");
    let sources: Vec<String> = Store::read(&t.store).unwrap().articles.into_iter().map(|r| r.source).collect();
    assert_eq!(sources.len(), 3, "{sources:?}");
    assert!(sources.contains(&"held.txt".to_string()) && sources.contains(&s(&other).to_string()));
}

#[test]
fn a_store_locked_past_the_timeout() {
    let t = Setup::new();
    let holder = rusqlite::Connection::open(&t.store).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let mut db = incmap::store::Db::open_or_create(&t.store).unwrap();
    db.set_busy_timeout(Duration::from_millis(300));
    let e = db.write().err().unwrap().to_string();
    assert!(e.contains(t.store()) && e.contains("locked by another writer (waited 0.3 s)"), "{e}");
    drop(holder);
    drop(db);
    t.assert_store_untouched();
}

#[test]
fn a_read_only_store() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let t = Setup::new();
    std::fs::set_permissions(&t.store, std::fs::Permissions::from_mode(0o444)).unwrap();
    let good = t.file("new.txt", ARTICLE.replace("Erbil", "Baghdad").as_bytes());
    let mut ingest = command(&["ingest", "--store", t.store(), s(&good)]);
    if std::fs::OpenOptions::new().append(true).open(&t.store).is_ok() {
        // Root ignores file modes: the ingest runs as nobody, in a folder it may write (as the
        // owner of a read-only store may), so only the store's own mode stops it.
        std::fs::set_permissions(t.dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        ingest.uid(65534).gid(65534);
    }
    let out = ingest.output().unwrap();
    assert_one_line_error(&out, 1, &[t.store(), "cannot write the store: it is read-only"]);
    t.assert_store_untouched();
}

/// The script that runs `incmap ingest` on a copy of the store in a filesystem of `size_kb`,
/// then says whether the copy is byte-identical to the store.
const ON_A_SMALL_DISK: &str = r#"
    mount -t tmpfs -o size="$SIZE_KB"k incmap-full "$DISK" || exit 97
    cp "$STORE" "$DISK/store.gpkg" || exit 98
    "$INCMAP" ingest --store "$DISK/store.gpkg" "$ARTICLE"
    code=$?
    cmp -s "$STORE" "$DISK/store.gpkg" && echo untouched > "$DISK/../verdict"
    exit $code
"#;

/// A disk that fills up during an ingest: a real filesystem of its own (tmpfs, mounted in a user
/// and mount namespace, which needs no privilege where user namespaces are allowed) only a little
/// larger than the store, so the ingest's write-ahead log runs out of space half-way and the
/// kernel answers ENOSPC, as a full disk does. Skipped (said on stderr) where `unshare -Urm`
/// cannot run.
#[test]
fn a_full_disk() {
    let t = Setup::new();
    let good = t.file("new.txt", b" date 2020-01-08 Missiles struck Ain al-Asad air base, officials said.\n");
    let disk = t.path("disk");
    std::fs::create_dir(&disk).unwrap();
    let probe = Command::new("unshare").args(["-Urm", "true"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("a_full_disk: skipped: no user namespaces here (unshare -Urm)");
        return;
    }
    // The store, its shared-memory index (32 KB) and 8 KB more: not the log of a new article.
    let size_kb = std::fs::metadata(&t.store).unwrap().len() / 1024 + 32 + 8;
    let mut c = Command::new("unshare");
    c.args(["-Urm", "sh", "-c", ON_A_SMALL_DISK]).env("RUST_BACKTRACE", "1").env("INCMAP_CACHE", "");
    c.env("SIZE_KB", size_kb.to_string()).env("DISK", &disk).env("STORE", &t.store);
    c.env("INCMAP", env!("CARGO_BIN_EXE_incmap")).env("ARTICLE", &good);
    let out = c.output().unwrap();
    assert_one_line_error(
        &out,
        1,
        &[&format!("{}/store.gpkg", disk.display()), "the disk is full; the store is as it was"],
    );
    assert!(t.path("verdict").exists(), "the store on the full disk changed");
    t.assert_store_untouched();
}

/// A store file that may not grow (the file size limit, `ulimit -f`, as a quota): the kernel
/// refuses the write-ahead log's growth (EFBIG; SIGXFSZ ignored) and SQLite rolls back.
#[test]
fn a_store_that_may_not_grow() {
    let t = Setup::new();
    let good = t.file("new.txt", b" date 2020-01-08 Missiles struck Ain al-Asad air base, officials said.\n");
    // 40 KB: room for the shared-memory index (32 KB), not for the log of a new article.
    let script = r#"ulimit -f 80 && trap '' XFSZ && exec "$INCMAP" ingest --store "$STORE" "$ARTICLE""#;
    let mut c = Command::new("sh");
    c.args(["-c", script]).env("RUST_BACKTRACE", "1").env("INCMAP_CACHE", "");
    c.env("INCMAP", env!("CARGO_BIN_EXE_incmap")).env("STORE", &t.store).env("ARTICLE", &good);
    let out = c.output().unwrap();
    assert_one_line_error(&out, 1, &[t.store(), "disk I/O error (is the disk full?); the store is as it was"]);
    t.assert_store_untouched();
    // And the store still reads, with its one article.
    assert_eq!(Store::read(&t.store).unwrap().articles.len(), 1);
}

/// A folder this process cannot write to: read-only by mode, or (as root, which ignores modes)
/// sysfs, which nobody can create files in.
fn read_only_dir(t: &Setup) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let d = t.path("readonly");
    std::fs::create_dir(&d).unwrap();
    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(d.join("probe"), b"").is_ok() { PathBuf::from("/sys") } else { d }
}

#[test]
fn a_read_only_output_folder() {
    let t = Setup::new();
    let ro = read_only_dir(&t);
    let store = ro.join("store.gpkg");
    let good = t.file("new.txt", ARTICLE.as_bytes());
    let out = incmap(&["ingest", "--store", s(&store), s(&good)]);
    assert_one_line_error(&out, 1, &[s(&store), "cannot open the store"]);
    let out = incmap(&["export", "--store", t.store(), "--out-dir", s(&ro)]);
    assert_one_line_error(&out, 1, &[s(&ro)]);
    let png = ro.join("map.png");
    let out = incmap(&["render", "--store", t.store(), "--out", s(&png)]);
    assert_one_line_error(&out, 1, &[&format!("{}: cannot write", ro.display())]);
    t.assert_store_untouched();
}

#[test]
fn a_store_in_a_folder_that_does_not_exist() {
    let t = Setup::new();
    let good = t.file("new.txt", ARTICLE.as_bytes());
    let store = t.path("no/such/folder/store.gpkg");
    let out = incmap(&["ingest", "--store", s(&store), s(&good)]);
    assert_one_line_error(&out, 1, &[s(&store), "no such folder"]);
    let out = incmap(&["near", "--store", s(&store), "--place", "Erbil", "--km", "10"]);
    assert_one_line_error(&out, 1, &[s(&store), "cannot read store", "No such file"]);
}

// ---- places files and coordinates ----

const HEADER: &str = "id\tname\taliases\tkind\tcountry\tadmin1\tlat\tlon\tsource\n";
const ERBIL: &str = "erbil\tErbil\tHawler\tcity\tIQ\tErbil\t36.19\t44.01\ttest\n";

fn places_case(row: &str, want: &str) {
    let t = Setup::new();
    let g = t.file("places.tsv", format!("{HEADER}{ERBIL}# a comment\n{row}").as_bytes());
    let out = incmap(&["near", "--store", t.store(), "--place", "Erbil", "--km", "10", "--gazetteer", s(&g)]);
    assert_one_line_error(&out, 1, &[&format!("{}:4: ", g.display()), want]);
    t.assert_store_untouched();
}

#[test]
fn a_places_file_with_a_bad_row() {
    places_case("bad\tBad\t\tcity\tIQ\t\t36.1\n", "expected 9 tab-separated fields, found 7");
}

#[test]
fn a_places_file_with_a_text_coordinate() {
    places_case("bad\tBad\t\tcity\tIQ\t\tnorth\t44\ttest\n", "lat \"north\" is not a number");
}

#[test]
fn a_places_file_with_a_nan_coordinate() {
    places_case("bad\tBad\t\tcity\tIQ\t\tNaN\t44\ttest\n", "lat \"NaN\" is not a number");
}

#[test]
fn a_places_file_with_an_out_of_range_coordinate() {
    places_case("bad\tBad\t\tcity\tIQ\t\t36.1\t244\ttest\n", "coordinate 36.1, 244 is out of range");
}

#[test]
fn a_places_file_given_to_ingest_through_the_environment() {
    let t = Setup::new();
    let g = t.file("places.tsv", format!("{HEADER}{ERBIL}bad\tBad\t\tcity\tIQ\t\tNaN\t44\ttest\n").as_bytes());
    let out = command(&["gazetteer", "lookup", "Erbil"]).env("INCMAP_PLACES", &g).output().unwrap();
    assert_one_line_error(&out, 1, &[&format!("{}:3: ", g.display()), "lat \"NaN\" is not a number"]);
}

#[test]
fn near_with_a_nan_or_out_of_range_coordinate() {
    let t = Setup::new();
    for (lat, lon) in [("NaN", "44"), ("95", "44"), ("36", "-181"), ("inf", "44")] {
        let out = incmap(&["near", "--store", t.store(), "--lat", lat, "--lon", lon, "--km", "10"]);
        assert_one_line_error(&out, 1, &[&format!("--lat {lat} --lon {lon} is not a coordinate (-90..90, -180..180)")]);
    }
    let out = incmap(&["near", "--store", t.store(), "--lat", "36", "--lon", "44", "--km", "NaN"]);
    assert_one_line_error(&out, 2, &["invalid value 'NaN' for '--km <KM>'", "is not a distance; give a number of km"]);
    t.assert_store_untouched();
}

#[test]
fn an_unknown_place() {
    let t = Setup::new();
    let out = incmap(&["near", "--store", t.store(), "--place", "Atlantis", "--km", "10"]);
    assert_one_line_error(&out, 1, &["no place named \"Atlantis\" in the gazetteer"]);
    let out = incmap(&["render", "--store", t.store(), "--around", "Atlantis", "--km", "10", "--out", "x.png"]);
    assert_one_line_error(&out, 1, &["--around: no place named \"Atlantis\" in the gazetteer"]);
    // A misspelling: suggestions on the same line, from the one resolver every command uses.
    let mean = "no place named \"Erbl\" in the gazetteer; did you mean Erbil, Erbil International Airport?";
    let out = incmap(&["near", "--store", t.store(), "--place", "Erbl", "--km", "10"]);
    assert_one_line_error(&out, 1, &[mean]);
    let out = incmap(&["render", "--store", t.store(), "--around", "Erbl", "--km", "10", "--out", "x.png"]);
    assert_one_line_error(&out, 1, &[&format!("--around: {mean}")]);
    let out = incmap(&["gazetteer", "lookup", "Erbil airprot"]);
    assert_one_line_error(&out, 1, &["did you mean Erbil International Airport?"]);
    t.assert_store_untouched();
}

#[test]
fn a_bad_bbox() {
    let t = Setup::new();
    let cases = [
        ("1,2,3", "bbox: expected west,south,east,north, found 3 numbers"),
        ("44,40,45,30", "bbox: south 40 is north of north 30"),
        ("a,b,c,d", "bbox: \"a\" is not a number"),
    ];
    for (bbox, want) in cases {
        let out = incmap(&["bbox", "--store", t.store(), "--bbox", bbox]);
        // A bad value is a usage error, as for render.
        assert_one_line_error(&out, 2, &[&format!("invalid value '{bbox}' for '--bbox <W,S,E,N>'"), want]);
    }
    let out = incmap(&["render", "--store", t.store(), "--bbox", "1,2,3", "--out", "x.png"]);
    assert_one_line_error(&out, 2, &["invalid value '1,2,3' for '--bbox <W,S,E,N>'", "four numbers"]);
    t.assert_store_untouched();
}

#[test]
fn bad_dates_in_since() {
    let t = Setup::new();
    for date in ["2021-13-01", "yesterday"] {
        let out = incmap(&["near", "--store", t.store(), "--place", "Erbil", "--km", "10", "--since", date]);
        let why = format!(
            "invalid value '{date}' for '--since <DATE>': \"{date}\" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY"
        );
        assert_one_line_error(&out, 2, &[&why]);
    }
    let out = incmap(&["render", "--store", t.store(), "--since", "2022-01-01", "--until", "2021-01-01"]);
    assert_one_line_error(&out, 1, &["--since 2022-01-01 is after --until 2021-01-01"]);
    t.assert_store_untouched();
}

// ---- URLs, against a local server ----

fn url_case(
    path: &str,
    handler: impl Fn(&str, usize, &mut std::net::TcpStream) + Send + Sync + 'static,
) -> (Setup, String, Output) {
    let t = Setup::new();
    let server = start(handler);
    let url = format!("{}{path}", server.base);
    let out = command(&["ingest", "--store", t.store(), &url]).env("INCMAP_HTTP_TIMEOUT", "2").output().unwrap();
    assert!(server.requests.lock().unwrap().len() <= 6, "bounded: at most 5 redirects and no retries");
    assert!(server.hits(path) == 1, "{path} asked once");
    (t, url, out)
}

#[test]
fn a_url_that_404s() {
    let (t, url, out) = url_case("/gone", |_, _, s| respond(s, "404 Not Found", "text/html", b"<p>not here</p>"));
    assert_input_failed(&out, &url, "HTTP 404 Not Found");
    t.assert_store_untouched();
}

#[test]
fn a_url_that_times_out() {
    let started = Instant::now();
    let (t, url, out) = url_case("/slow", |_, _, _| std::thread::sleep(Duration::from_secs(30)));
    assert_input_failed(&out, &url, "timed out");
    assert!(started.elapsed() < Duration::from_secs(15), "INCMAP_HTTP_TIMEOUT=2 is honoured");
    t.assert_store_untouched();
}

#[test]
fn a_url_that_redirects_forever() {
    let (t, url, out) = url_case("/loop", |path, _, s| {
        let next = format!("HTTP/1.1 302 Found\r\nLocation: {path}x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        let _ = s.write_all(next.as_bytes());
    });
    assert_input_failed(&out, &url, "too many redirects");
    t.assert_store_untouched();
}

#[test]
fn a_url_that_returns_50_mb() {
    // No Content-Length: the cap has to hold while the body streams in.
    let (t, url, out) = url_case("/big", |_, _, s| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body><p>");
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..50 {
            if s.write_all(&chunk).is_err() {
                return;
            }
        }
    });
    assert_input_failed(&out, &url, "page larger than 10485760 bytes");
    t.assert_store_untouched();
}

#[test]
fn a_url_that_declares_50_mb() {
    let (t, url, out) = url_case("/big", |_, _, s| {
        let head =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 52428800\r\nConnection: close\r\n\r\n";
        let _ = s.write_all(head.as_bytes());
    });
    assert_input_failed(&out, &url, "page larger than 10485760 bytes");
    t.assert_store_untouched();
}

#[test]
fn a_url_that_returns_an_image() {
    let (t, url, out) =
        url_case("/photo", |_, _, s| respond(s, "200 OK", "image/jpeg", b"\xff\xd8\xff\xe0\0\x10JFIF\0"));
    assert_input_failed(&out, &url, "content type \"image/jpeg\" is not an HTML or text page");
    t.assert_store_untouched();
}

#[test]
fn a_url_that_returns_an_image_labelled_as_html() {
    let (t, url, out) =
        url_case("/photo", |_, _, s| respond(s, "200 OK", "text/html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"));
    assert_input_failed(&out, &url, "binary page (NUL bytes); not an article");
    t.assert_store_untouched();
}

#[test]
fn a_url_nobody_answers() {
    let t = Setup::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port(); // closed again
    let url = format!("http://127.0.0.1:{port}/news");
    assert_input_failed(&t.ingest(&url), &url, "cannot connect: Connection refused");
    t.assert_store_untouched();
}
