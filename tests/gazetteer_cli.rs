//! `incmap gazetteer ...` as a user runs it.

use std::process::Command;

fn incmap() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_incmap"));
    c.env_remove("INCMAP_PLACES");
    c
}

#[test]
fn lookup_json_has_the_contract_fields() {
    let out = incmap().args(["gazetteer", "lookup", "Ain al-Asad", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["name"], "Al Asad Air Base");
    assert_eq!(v["kind"], "airbase");
    assert_eq!(v["country"], "IQ");
    assert!((v["lat"].as_f64().unwrap() - 33.7856).abs() < 0.02);
    assert!((v["lon"].as_f64().unwrap() - 42.4412).abs() < 0.02);
    let c = &v["candidates"][0];
    for k in ["name", "lat", "lon", "kind", "country", "score"] {
        assert!(!c[k].is_null(), "candidate lacks {k}");
    }
}

#[test]
fn no_match_fails_with_one_line() {
    let out = incmap().args(["gazetteer", "lookup", "Atlantis", "--format", "json"]).output().unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert_eq!(String::from_utf8_lossy(&out.stderr).trim().lines().count(), 1);
}

#[test]
fn near_lists_places_nearest_first() {
    let out =
        incmap().args(["gazetteer", "near", "36.2375", "43.963", "--km", "5", "--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["id"], "erbil-airport");
    assert!(v.as_array().unwrap().iter().all(|p| p["distance_km"].as_f64().unwrap() <= 5.0));
}

#[test]
fn user_places_file_by_option_and_env_and_geonames_import() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("XX.txt");
    std::fs::write(
        &dump,
        "7\tSpringfield\tSpringfield\tSpringfeld\t39.8\t-89.65\tP\tPPLA\tUS\t\tIL\t\t\t\t116000\t\t180\tAmerica/Chicago\t2020-01-01\n\
         8\tShelbyville\tShelbyville\t\t39.4\t-88.8\tP\tPPL\tUS\t\tIL\t\t\t\t4000\t\t180\tAmerica/Chicago\t2020-01-01\n",
    )
    .unwrap();
    let places = dir.path().join("places.tsv");
    let out = incmap()
        .args(["gazetteer", "import-geonames"])
        .arg(&dump)
        .args(["--country", "US", "--min-population", "5000", "--out"])
        .arg(&places)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&places).unwrap();
    assert_eq!(text.lines().count(), 2, "header and Springfield only:\n{text}");

    let by_option = incmap().args(["gazetteer", "lookup", "Springfeld", "--places"]).arg(&places).output().unwrap();
    assert!(by_option.status.success());
    assert!(String::from_utf8_lossy(&by_option.stdout).contains("gn7"));

    let by_env = incmap().args(["gazetteer", "lookup", "Springfield"]).env("INCMAP_PLACES", &places).output().unwrap();
    assert!(by_env.status.success());
    let not_there = incmap().args(["gazetteer", "lookup", "Erbil"]).env("INCMAP_PLACES", &places).output().unwrap();
    assert!(!not_there.status.success(), "the user file replaces the built-in places");

    std::fs::write(&places, "id\tname\n").unwrap();
    let bad = incmap().args(["gazetteer", "lookup", "X", "--places"]).arg(&places).output().unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("places.tsv:1:"));
}

/// The built-in places with Erbil International Airport moved to 36.5 N 44.5 E: what a command
/// geocodes shows which places file it used.
fn moved_airport(dir: &std::path::Path) -> std::path::PathBuf {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/gazetteer/places.tsv")).unwrap();
    let moved: Vec<String> = text
        .lines()
        .map(|l| {
            let mut f: Vec<&str> = l.split('\t').collect();
            if f[0] == "erbil-airport" {
                (f[6], f[7]) = ("36.5", "44.5");
            }
            f.join("\t")
        })
        .collect();
    let path = dir.join("moved.tsv");
    std::fs::write(&path, moved.join("\n") + "\n").unwrap();
    path
}

/// [lon, lat] of every feature in a FeatureCollection.
fn points(geojson: &[u8]) -> Vec<(f64, f64)> {
    let v: serde_json::Value = serde_json::from_slice(geojson).unwrap();
    let c = |f: &serde_json::Value, i: usize| f["geometry"]["coordinates"][i].as_f64().unwrap();
    v["features"].as_array().unwrap().iter().map(|f| (c(f, 0), c(f, 1))).collect()
}

#[test]
fn every_command_takes_the_places_file_by_option_or_env() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("erbil.txt");
    std::fs::write(
        &article,
        "ERBIL, Iraq - Three rockets struck Erbil International Airport on 14 April 2021, the Kurdistan \
         Region interior ministry said. No casualties were reported.\n",
    )
    .unwrap();
    let places = moved_airport(dir.path());
    let extract = |c: &mut Command, option: &[&str]| {
        let out = c.arg("extract").arg(&article).args(option).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        points(&out.stdout)
    };
    let file = places.to_str().unwrap();
    assert_eq!(extract(&mut incmap(), &[]), vec![(43.9632, 36.2376)], "built-in: the airport's ICAO position");
    let moved = vec![(44.5, 36.5)];
    assert_eq!(extract(&mut incmap(), &["--gazetteer", file]), moved, "--gazetteer FILE");
    assert_eq!(extract(incmap().env("INCMAP_PLACES", &places), &[]), moved, "$INCMAP_PLACES");

    // ingest and map write what they resolved into their store.
    let store = dir.path().join("incmap.gpkg");
    let out = incmap().arg("ingest").arg("--store").arg(&store).arg(&article).env("INCMAP_PLACES", &places).output();
    assert!(out.unwrap().status.success());
    let stored = |p: &std::path::Path| -> Vec<(f64, f64)> {
        let v = incmap::store::load(p).unwrap();
        v.iter().map(|i| i.location.map(|l| (l.lon, l.lat)).unwrap()).collect()
    };
    assert_eq!(stored(&store), moved, "ingest with $INCMAP_PLACES");
    let out_dir = dir.path().join("out");
    let out = incmap().arg("map").arg(&article).arg("--out-dir").arg(&out_dir).arg("--gazetteer").arg(&places).output();
    assert!(out.unwrap().status.success());
    assert_eq!(stored(&out_dir.join("incmap.gpkg")), moved, "map --gazetteer");
    assert_eq!(points(&std::fs::read(out_dir.join("incidents.geojson")).unwrap()), moved, "map --gazetteer");

    // Query commands resolve names against the same file.
    let lookup_lat = |c: &mut Command, option: &[&str]| {
        let out = c.args(["gazetteer", "lookup", "Erbil airport", "--format", "json"]).args(option).output().unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["lat"].as_f64().unwrap()
    };
    assert_eq!(lookup_lat(incmap().env("INCMAP_PLACES", &places), &[]), 36.5);
    assert_eq!(lookup_lat(&mut incmap(), &["--gazetteer", file]), 36.5);
    assert_eq!(lookup_lat(&mut incmap(), &["--places", file]), 36.5, "--places, the old spelling there");
    assert_eq!(lookup_lat(&mut incmap(), &[]), 36.2376);

    // near keeps its --places flag (list places, not incidents) beside --gazetteer.
    let out = incmap()
        .args([
            "near",
            "--lat",
            "36.5",
            "--lon",
            "44.5",
            "--km",
            "1",
            "--places",
            "--format",
            "json",
            "--gazetteer",
            file,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("erbil-airport"), "the moved airport is listed");

    // One spelling in the help; a bad file is named.
    let help = incmap().args(["extract", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("--gazetteer <FILE>") && !help.contains("--places"), "{help}");
    let missing = dir.path().join("missing.tsv");
    let out = incmap().arg("extract").arg(&article).arg("--gazetteer").arg(&missing).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.tsv"));
}
