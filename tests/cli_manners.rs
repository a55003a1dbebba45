//! Issue 17: the command line as a new user meets it. Each test is one defect found, asserted as
//! the user sees it: exit code, the stderr line, stdout.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use chrono::NaiveDate;
use incmap::model::{DatePrecision, Incident, LatLon, Weapon};
use incmap::store::Store;

fn incmap() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_incmap"));
    c.env_remove("INCMAP_PLACES").env("RUST_BACKTRACE", "0");
    c
}

fn run(args: &[&str]) -> Output {
    incmap().args(args).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs with standard output closed by the reader before anything is read (`| head -c 0`).
fn closed_pipe(args: &[&str]) -> Output {
    let mut child =
        incmap().args(args).current_dir(repo()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

fn assert_quiet_success(o: &Output, what: &str) {
    assert!(o.status.success(), "{what}: exit {:?}, {}", o.status.code(), stderr(o));
    let err = stderr(o);
    assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{what}: {err}");
}

fn incident(id: &str, at: LatLon, date: &str, precision: DatePrecision, weapon: Weapon) -> Incident {
    Incident {
        id: id.into(),
        source: format!("{id}.txt"),
        sources: vec![format!("{id}.txt")],
        date: Some(NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap()),
        date_precision: Some(precision),
        place: Some(format!("place of {id}")),
        country: Some("IQ".into()),
        location: Some(at),
        weapon,
        reports: 1,
        ..Default::default()
    }
}

const ERBIL_AIRPORT: LatLon = LatLon { lat: 36.2375, lon: 43.963056 };

/// A store: two attacks at the airport on different days (a tie in distance), a month-precision
/// drone attack in January 2020 and a Syrian one by another attacker.
fn store(dir: &Path) -> PathBuf {
    let path = dir.join("incmap.gpkg");
    let mut syria = incident("syria", LatLon::new(35.06, 40.56), "2020-01-20", DatePrecision::Day, Weapon::Drone);
    syria.country = Some("SY".into());
    syria.attacker = Some("Islamic Resistance in Iraq".into());
    let mut late = incident("late", ERBIL_AIRPORT, "2021-02-15", DatePrecision::Day, Weapon::Rocket);
    late.attacker = Some("United States".into());
    let incidents = vec![
        late,
        incident("early", ERBIL_AIRPORT, "2020-09-30", DatePrecision::Day, Weapon::Rocket),
        incident("january", LatLon::new(36.25, 43.95), "2020-01-01", DatePrecision::Month, Weapon::Drone),
        syria,
    ];
    Store { incidents, articles: vec![] }.write(&path).unwrap();
    path
}

#[test]
fn a_closed_pipe_ends_quietly_with_success() {
    let articles: Vec<String> = std::fs::read_dir(repo().join("tests/articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    let mut extract = vec!["extract"];
    extract.extend(articles.iter().map(String::as_str));
    assert_quiet_success(&closed_pipe(&extract), "extract | head");
    assert_quiet_success(&closed_pipe(&["gazetteer", "near", "33.3", "44.4", "--km", "500"]), "gazetteer near | head");
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let s = s.to_str().unwrap();
    for format in ["table", "json", "csv", "geojson"] {
        let o = closed_pipe(&["near", "--store", s, "--lat", "36", "--lon", "43", "--km", "1000", "--format", format]);
        assert_quiet_success(&o, format);
    }
    assert_quiet_success(&closed_pipe(&["bases", "--store", s]), "bases | head");
}

#[test]
fn a_negative_distance_says_what_is_wrong_with_it() {
    let o = run(&["near", "--lat", "33.3", "--lon", "44.4", "--km", "-5"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("-5 is negative; a distance is 0 km or more"), "{}", stderr(&o));
    let o = run(&["export", "--out-dir", "nowhere", "--ring", "-10", "--ring-place", "Erbil"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("'-10'") && stderr(&o).contains("negative"), "{}", stderr(&o));
    let o = run(&["gazetteer", "near", "33.3", "44.4", "--km", "-5"]);
    assert!(stderr(&o).contains("negative"), "{}", stderr(&o));
}

#[test]
fn weapons_in_any_case_plural_or_word_and_the_error_lists_them() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let s = s.to_str().unwrap();
    for (word, n) in [("Rocket", 2), ("rockets", 2), ("uav", 2), ("Drones", 2)] {
        let o = run(&["bbox", "--store", s, "--bbox", "39,34,45,37", "--weapon", word, "--format", "csv"]);
        assert!(o.status.success(), "{word}: {}", stderr(&o));
        assert_eq!(stdout(&o).lines().count(), 1 + n, "{word}: {}", stdout(&o));
    }
    let o = run(&["bbox", "--store", s, "--bbox", "39,34,45,37", "--weapon", "banana"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("rocket, missile, drone, mortar, airstrike, artillery, ied"), "{}", stderr(&o));
}

#[test]
fn dates_by_year_or_month_and_a_bad_one_names_the_forms() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let s = s.to_str().unwrap();
    let ids = |args: &[&str]| {
        let mut all = vec!["bbox", "--store", s, "--bbox", "39,34,45,37", "--format", "json"];
        all.extend(args);
        let o = run(&all);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&["--since", "2021"]), ["late"]);
    assert_eq!(ids(&["--until", "2020-01"]), ["january", "syria"]);
    assert_eq!(ids(&["--since", "2020", "--until", "2020"]), ["january", "syria", "early"]);
    let o = run(&["bbox", "--store", s, "--bbox", "39,34,45,37", "--since", "March 2021"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("use YYYY-MM-DD, YYYY-MM or YYYY"), "{}", stderr(&o));
}

#[test]
fn the_same_filters_for_queries_export_and_render() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let s = s.to_str().unwrap();
    let count = |args: &[&str]| -> usize {
        let mut all = vec!["bbox", "--store", s, "--bbox", "39,34,45,37", "--format", "csv"];
        all.extend(args);
        stdout(&run(&all)).lines().count() - 1
    };
    assert_eq!(count(&["--country", "sy"]), 1);
    assert_eq!(count(&["--attacker", "islamic resistance"]), 1);
    assert_eq!(count(&["--role", "main"]), 4);
    assert_eq!(count(&["--role", "background"]), 0);
    // export: only what the filter keeps goes into the layers.
    let layers = dir.path().join("layers");
    let o =
        run(&["export", "--store", s, "--out-dir", layers.to_str().unwrap(), "--weapon", "drone", "--country", "IQ"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let fc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(layers.join("incidents.geojson")).unwrap()).unwrap();
    let ids: Vec<&str> =
        fc["features"].as_array().unwrap().iter().map(|f| f["properties"]["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["january"]);
    // A date window means one thing: a month-precision incident in the window is on the map too.
    let window = ["--since", "2020-01-15", "--until", "2020-01-31"];
    assert_eq!(count(&window), 2, "january (the month overlaps) and syria");
    let map = dir.path().join("map.svg");
    let mut args = vec!["render", "--store", s, "--out", map.to_str().unwrap()];
    args.extend(window);
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("(2 incidents on the map"), "{}", stderr(&o));
    let mut args = vec!["render", "--store", s, "--out", map.to_str().unwrap(), "--weapon", "rockets"];
    args.extend(["--country", "IQ"]);
    let o = run(&args);
    assert!(stderr(&o).contains("(2 incidents on the map"), "{}", stderr(&o));
}

#[test]
fn render_says_what_it_wrote_without_the_error_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let map = dir.path().join("map.png");
    let o = run(&["render", "--store", s.to_str().unwrap(), "--out", map.to_str().unwrap(), "--weapon", "missile"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let line = stderr(&o);
    assert!(line.starts_with("wrote ") && !line.contains("incmap:"), "{line}");
    assert!(line.contains("(no incidents on the map") && line.contains("no rings"), "{line}");
}

#[test]
fn extract_reads_what_ingest_reads() {
    let dir = tempfile::tempdir().unwrap();
    let text = " date 2021-02-16 Three rockets hit Erbil airport late Monday, killing one contractor.";
    // Standard input.
    let mut child = incmap().args(["extract", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["features"][0]["properties"]["source"], "-");
    assert_eq!(v["features"][0]["properties"]["weapon"], "rocket");
    // A folder, and HTML cleaned of its markup as ingest cleans it.
    let folder = dir.path().join("articles");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("a.txt"), text).unwrap();
    std::fs::write(
        folder.join("b.html"),
        "<html><head><title>x</title></head><body><nav>Home | World</nav><article><p><b>Three rockets</b> hit \
         <a href=\"/erbil\">Erbil airport</a> on 16 February 2021, killing one contractor.</p></article></body></html>",
    )
    .unwrap();
    let o = run(&["extract", folder.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let features = v["features"].as_array().unwrap();
    assert_eq!(features.len(), 2, "{v:#}");
    let evidence = features[1]["properties"]["evidence"].as_str().unwrap();
    assert!(!evidence.contains('<') && !evidence.contains("href"), "markup kept as evidence: {evidence}");
}

#[test]
fn a_pdf_named_explicitly_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("x.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n").unwrap();
    let o = run(&["extract", pdf.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("x.pdf: a PDF file; not an article"), "{}", stderr(&o));
    let out = dir.path().join("out");
    let o = run(&["map", pdf.to_str().unwrap(), "--out-dir", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("a PDF file; not an article"), "{}", stderr(&o));
    assert!(!out.join("map.png").exists(), "no empty map");
}

#[test]
fn map_of_a_missing_input_says_so_first_and_leaves_no_folder() {
    let dir = tempfile::tempdir().unwrap();
    let o1 = dir.path().join("o1");
    let o = incmap()
        .args(["map", "nosuch.txt", "--out-dir", o1.to_str().unwrap()])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let first = stderr(&o).lines().next().unwrap_or_default().to_string();
    assert!(first.starts_with("incmap: nosuch.txt: No such file"), "{first}");
    assert!(!o1.exists(), "an empty o1/ was left");
}

#[test]
fn map_reruns_say_what_was_skipped_with_plurals_and_leave_no_lock() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, " date 2021-02-16 Three rockets hit Erbil airport late Monday, killing one contractor.")
        .unwrap();
    let out = dir.path().join("out");
    let args = ["map", article.to_str().unwrap(), "--out-dir", out.to_str().unwrap()];
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with("1 article read, 0 skipped as already ingested, 1 report, 1 new incident"),
        "{}",
        stderr(&o)
    );
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).starts_with("1 article read, 1 skipped as already ingested, 0 reports"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("incmap:"), "success is not an error: {}", stderr(&o));
    for e in std::fs::read_dir(&out).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.ends_with(".lock"), "{name} left in the output folder");
    }
}

#[test]
fn gazetteer_tables_have_the_one_layout_and_an_empty_answer_says_so() {
    let o = run(&["gazetteer", "near", "36.2375", "43.963", "--km", "5"]);
    assert!(o.status.success());
    let text = stdout(&o);
    let header: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["km", "bearing", "place", "kind", "country", "id"], "as near --places: {text}");
    let row = text.lines().nth(1).unwrap();
    assert_eq!(row.split_whitespace().next().unwrap().split('.').nth(1).unwrap().len(), 2, "{row}");
    let o = run(&["gazetteer", "lookup", "Erbil"]);
    let header: Vec<String> = stdout(&o).lines().next().unwrap().split_whitespace().map(String::from).collect();
    assert_eq!(header[..3], ["score", "place", "kind"]);
    let o = run(&["gazetteer", "near", "0", "-30", "--km", "50"]);
    assert!(o.status.success());
    assert!(o.stdout.is_empty());
    assert_eq!(stderr(&o).trim(), "no places within 50 km of 0, -30");
}

#[test]
fn ties_in_distance_are_ordered_by_date_and_km_has_fixed_decimals() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let o = run(&["near", "--store", s.to_str().unwrap(), "--lat", "36.2375", "--lon", "43.963056", "--km", "5"]);
    let text = stdout(&o);
    let rows: Vec<Vec<&str>> = text.lines().skip(1).map(|l| l.split_whitespace().collect()).collect();
    let ids: Vec<&str> = rows.iter().map(|r| *r.last().unwrap()).collect();
    assert_eq!(ids, ["early", "late", "january"], "{text}");
    assert_eq!(rows[0][0], "0.00");
    assert_eq!(rows[2][0], "1.82");
    let o = run(&["near", "--store", s.to_str().unwrap(), "--lat", "0", "--lon", "0", "--km", "50"]);
    assert!(o.stdout.is_empty());
    assert_eq!(stderr(&o).trim(), "no incidents within 50 km of 0, 0");
}

#[test]
fn completions_and_a_man_page_from_the_clap_definition() {
    for shell in ["bash", "zsh", "fish"] {
        let o = run(&["completions", shell]);
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        assert!(stdout(&o).contains("gazetteer") && stdout(&o).contains("nearest"), "{shell}");
    }
    let o = run(&["man"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains(".TH incmap 1"), "{}", stdout(&o));
    assert_quiet_success(&closed_pipe(&["man"]), "man | head");
}
