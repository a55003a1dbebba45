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
