//! The query subcommands, run as a user would, on a small store and places file written here.
//!
//! Expected distances were worked out by hand with the haversine formula (R = 6371 km); the
//! ellipsoid differs from the sphere by well under 0.5 % at these latitudes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;
use incmap::model::{DatePrecision, Incident, LatLon, Weapon, feature_collection};
use incmap::store::Store;
use serde_json::Value;

const ERBIL_AIRPORT: LatLon = LatLon { lat: 36.2375, lon: 43.963056 };
const ERBIL_CITY: LatLon = LatLon { lat: 36.1912, lon: 44.0092 };
const K1: LatLon = LatLon { lat: 35.5125, lon: 44.28417 };
const AL_OMAR: LatLon = LatLon { lat: 35.06, lon: 40.56 };
/// 1.8 km north-west of the airport.
const NEAR_AIRPORT: LatLon = LatLon { lat: 36.25, lon: 43.95 };

const PLACES: &str = "id\tname\taliases\tkind\tcountry\tadmin1\tlat\tlon\tsource\tuntil
erbil-airport\tErbil International Airport\tErbil airport;Irbil airport\tairport\tIQ\tErbil\t36.2375\t43.963056\ttest\t
erbil\tErbil\tIrbil\tcity\tIQ\tErbil\t36.1912\t44.0092\ttest\t
k1\tK-1 Air Base\tK-1\tairbase\tIQ\tKirkuk\t35.5125\t44.28417\ttest\t
al-omar\tAl-Omar base\tal-Omar\tbase\tSY\tDeir ez-Zor\t35.06\t40.56\ttest\t
ain-al-asad\tAin al-Asad Air Base\tAin al-Asad\tairbase\tIQ\tAnbar\t33.7856\t42.4412\ttest\t
qayyarah\tQayyarah\t\ttown\tIQ\tNinawa\t35.8576\t43.2938\ttest\t
qayyarah-west\tQayyarah Airfield West\tQayyarah\tairbase\tIQ\tNinawa\t35.7669\t43.1253\ttest\t
fob-old\tFOB Old\t\tbase\tIQ\tErbil\t36.24\t43.97\ttest\t2011
";

fn incident(id: &str, at: Option<LatLon>, date: &str, precision: DatePrecision, weapon: Weapon) -> Incident {
    Incident {
        id: id.into(),
        source: format!("{id}.txt"),
        sources: vec![format!("{id}.txt")],
        date: Some(NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap()),
        date_precision: Some(precision),
        place: Some(format!("place of {id}")),
        location: at,
        weapon,
        reports: 1,
        ..Default::default()
    }
}

fn seed_incidents() -> Vec<Incident> {
    let mut airport = incident("airport", Some(ERBIL_AIRPORT), "2021-02-15", DatePrecision::Day, Weapon::Rocket);
    airport.killed = Some(1);
    airport.injured = Some(6);
    let mut launch = incident("launch", Some(K1), "2021-03-03", DatePrecision::Day, Weapon::Rocket);
    // A launch site 30 km north-west of K-1 with a stated 40 km range.
    launch.launch_site = Some("a field near Dibis".into());
    launch.launch_location = Some(LatLon::new(35.70, 44.03));
    launch.range_km = Some(40.0);
    vec![
        airport,
        incident("city", Some(ERBIL_CITY), "2021-02-16", DatePrecision::Day, Weapon::Rocket),
        incident("k1", Some(K1), "2020-12-27", DatePrecision::Day, Weapon::Rocket),
        incident("omar", Some(AL_OMAR), "2023-10-23", DatePrecision::Day, Weapon::Drone),
        incident("feb", Some(NEAR_AIRPORT), "2021-02-01", DatePrecision::Month, Weapon::Drone),
        incident("nowhere", None, "2021-02-15", DatePrecision::Day, Weapon::Rocket),
        launch,
    ]
}

struct Fixture {
    _dir: tempfile::TempDir,
    store: PathBuf,
    places: PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("incmap.gpkg");
    Store { incidents: seed_incidents(), articles: vec![] }.write(&store).unwrap();
    let places = dir.path().join("places.tsv");
    std::fs::write(&places, PLACES).unwrap();
    Fixture { _dir: dir, store, places }
}

fn run(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_incmap")).current_dir(cwd).args(args).output().unwrap()
}

/// Runs with `--store` and `--gazetteer` from the fixture and `--format json`; the rows as JSON.
fn json(f: &Fixture, args: &[&str]) -> Vec<Value> {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--format", "json"]);
    if args[0] != "bbox" {
        all.extend(["--gazetteer", f.places.to_str().unwrap()]);
    }
    if args[0] != "threat" || args.contains(&"--incident") {
        all.extend(["--store", f.store.to_str().unwrap()]);
    }
    let out = run(f.store.parent().unwrap(), &all);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice::<Value>(&out.stdout).unwrap().as_array().unwrap().clone()
}

fn ids(rows: &[Value], key: &str) -> Vec<String> {
    rows.iter().map(|r| r[key].as_str().unwrap().to_string()).collect()
}

#[test]
fn near_erbil_airport_finds_the_airport_city_and_drone_attacks() {
    let f = fixture();
    let rows = json(&f, &["near", "--place", "Erbil airport", "--km", "10"]);
    assert_eq!(ids(&rows, "id"), ["airport", "feb", "city"]);
    assert_eq!(rows[0]["km"], 0.0);
    assert_eq!(rows[0]["bearing"], Value::Null, "no bearing to the query point itself");
    let feb_km = rows[1]["km"].as_f64().unwrap();
    assert!((feb_km - 1.82).abs() < 0.01, "{feb_km}");
    let city_km = rows[2]["km"].as_f64().unwrap();
    assert!((city_km - 6.61).abs() < 0.03, "{city_km}");
    let city_bearing = rows[2]["bearing"].as_f64().unwrap();
    assert!((city_bearing - 141.2).abs() < 0.5, "south-east: {city_bearing}");
    assert_eq!(rows[0]["killed"], 1);
    assert_eq!(rows[0]["injured"], 6);
    assert_eq!(rows[0]["sources"], "airport.txt");
    assert_eq!(rows[1]["date"], "2021-02", "a month date is shown as a month");
}

#[test]
fn near_a_coordinate_and_the_radius_edge() {
    let f = fixture();
    let rows = json(&f, &["near", "--lat", "35.5125", "--lon", "44.28417", "--km", "10"]);
    assert_eq!(ids(&rows, "id"), ["k1", "launch"], "both at K-1: ties keep store order");
    // Erbil city is 6.61 km from the airport: in at 6.62 km, out at 6.58 km.
    assert_eq!(ids(&json(&f, &["near", "--place", "Erbil airport", "--km", "6.62"]), "id").len(), 3);
    assert_eq!(ids(&json(&f, &["near", "--place", "Erbil airport", "--km", "6.58"]), "id"), ["airport", "feb"]);
}

#[test]
fn time_window_counts_a_month_date_that_overlaps() {
    let f = fixture();
    let rows = json(&f, &["near", "--place", "Erbil airport", "--km", "10", "--since", "2021-02-20"]);
    assert_eq!(ids(&rows, "id"), ["feb"], "February 2021 overlaps; the 15th and 16th are before the window");
    let rows = json(&f, &["near", "--place", "Erbil airport", "--km", "10", "--until", "2021-02-15"]);
    assert_eq!(ids(&rows, "id"), ["airport", "feb"]);
}

#[test]
fn weapon_filter() {
    let f = fixture();
    let rows = json(&f, &["near", "--place", "Erbil airport", "--km", "10", "--weapon", "rocket"]);
    assert_eq!(ids(&rows, "id"), ["airport", "city"]);
    let rows = json(&f, &["near", "--place", "Erbil", "--km", "1000", "--weapon", "drone"]);
    assert_eq!(ids(&rows, "id"), ["feb", "omar"]);
}

#[test]
fn places_inside_the_range_ring() {
    let f = fixture();
    let rows = json(&f, &["near", "--place", "Erbil airport", "--km", "90", "--places"]);
    // Qayyarah town is 73.5 km away, K-1 85.7 km, Qayyarah Airfield West 91.7 km; FOB Old closed in 2011.
    assert_eq!(ids(&rows, "id"), ["erbil-airport", "erbil", "qayyarah", "k1"]);
    let k1 = rows[3]["km"].as_f64().unwrap();
    assert!((k1 - 85.65).abs() < 0.4, "{k1}");
    let rows = json(&f, &["near", "--place", "Erbil airport", "--km", "90", "--places", "--kind", "airbase"]);
    assert_eq!(ids(&rows, "id"), ["k1"]);
}

#[test]
fn nearest_n() {
    let f = fixture();
    let rows = json(&f, &["nearest", "--place", "Erbil airport", "-n", "2"]);
    assert_eq!(ids(&rows, "id"), ["airport", "feb"]);
    let rows = json(&f, &["nearest", "--lat", "35.0", "--lon", "40.0", "-n", "10", "--weapon", "drone"]);
    assert_eq!(ids(&rows, "id"), ["omar", "feb"], "only two drone attacks, nearest first");
}

#[test]
fn each_incident_with_its_nearest_base() {
    let f = fixture();
    let rows = json(&f, &["bases"]);
    let base_of = |id: &str| rows.iter().find(|r| r["id"] == id).map(|r| r["base"].as_str().unwrap().to_string());
    // The coalition base at Erbil is inside the airport: an attack there is at its base.
    assert_eq!(base_of("airport").unwrap(), "Erbil International Airport");
    assert_eq!(base_of("k1").unwrap(), "K-1 Air Base");
    assert_eq!(base_of("omar").unwrap(), "Al-Omar base");
    assert_eq!(base_of("nowhere"), None, "unlocated incidents have no nearest base");
    let city = rows.iter().find(|r| r["id"] == "city").unwrap();
    let km = city["base_km"].as_f64().unwrap();
    assert!((km - 6.61).abs() < 0.05, "Erbil city to the airport: {km}");
    let rows = json(&f, &["bases", "--max-km", "1"]);
    assert_eq!(ids(&rows, "id"), ["airport", "k1", "omar", "launch"]);
}

#[test]
fn bbox_and_time_window() {
    let f = fixture();
    let rows = json(&f, &["bbox", "--bbox", "43,35,45,37"]);
    assert_eq!(ids(&rows, "id"), ["k1", "feb", "airport", "city", "launch"], "oldest first");
    let rows = json(&f, &["bbox", "--bbox", "43,35,45,37", "--since", "2021-01-01", "--until", "2021-02-28"]);
    assert_eq!(ids(&rows, "id"), ["feb", "airport", "city"]);
    // A month or a year as a bound: February 2021 is the window.
    let rows = json(&f, &["bbox", "--bbox", "43,35,45,37", "--since", "2021-02", "--until", "2021-02"]);
    assert_eq!(ids(&rows, "id"), ["feb", "airport", "city"]);
    let rows = json(&f, &["bbox", "--bbox", "43,35,45,37", "--since", "2021"]);
    assert_eq!(ids(&rows, "id"), ["feb", "airport", "city", "launch"]);
}

#[test]
fn exposure_ranks_bases_by_attacks() {
    let f = fixture();
    let rows = json(&f, &["exposure", "--km", "10"]);
    // FOB Old, beside the airport, closed in 2011: the attacks of 2021 are not on it.
    assert_eq!(ids(&rows, "place"), ["Erbil International Airport", "K-1 Air Base", "Al-Omar base"]);
    assert_eq!(rows[0]["attacks"], 3);
    assert_eq!(rows[1]["attacks"], 2);
    assert_eq!(rows[1]["last"], "2021-03-03");
    let rows = json(&f, &["exposure", "--km", "10", "--since", "2021-01-01", "--kind", "airport"]);
    assert_eq!(ids(&rows, "place"), ["Erbil International Airport"]);
    assert_eq!(rows[0]["attacks"], 3);
    assert_eq!(rows[0]["killed"], 1);
}

#[test]
fn threat_lists_bases_in_range_of_a_launch_site() {
    let f = fixture();
    // K-1 is 85.7 km from the airport, Qayyarah Airfield West 91.7 km; both military.
    // FOB Old, 0.7 km off, closed in 2011: no longer a base to threaten.
    let rows = json(&f, &["threat", "--place", "Erbil airport", "--km", "100"]);
    assert_eq!(ids(&rows, "id"), ["erbil-airport", "k1", "qayyarah-west"]);
    let rows = json(&f, &["threat", "--place", "Erbil airport", "--km", "50", "--kind", "airbase", "--kind", "base"]);
    assert!(rows.is_empty(), "no military base within 50 km: {rows:?}");
    // The incident's own launch site and stated range: K-1 is about 30 km away.
    let rows = json(&f, &["threat", "--incident", "launch"]);
    assert_eq!(ids(&rows, "id"), ["k1"]);
    let km = rows[0]["km"].as_f64().unwrap();
    assert!((km - 30.0).abs() < 3.0, "{km}");
}

#[test]
fn other_formats() {
    let f = fixture();
    let dir = f.store.parent().unwrap();
    let base = [
        "near",
        "--place",
        "Erbil airport",
        "--km",
        "10",
        "--store",
        f.store.to_str().unwrap(),
        "--gazetteer",
        f.places.to_str().unwrap(),
    ];
    let out = run(dir, &[&base[..], &["--format", "geojson"]].concat());
    assert!(out.status.success());
    let fc: geojson::FeatureCollection = String::from_utf8(out.stdout).unwrap().parse().unwrap();
    assert_eq!(fc.features.len(), 3);
    let first = fc.features[0].geometry.as_ref().unwrap();
    assert_eq!(first.value, geojson::GeometryValue::new_point([43.963056, 36.2375]));

    let out = run(dir, &[&base[..], &["--format", "csv"]].concat());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next().unwrap(), "km,bearing,date,place,weapon,killed,injured,sources,id,lat,lon");
    assert!(lines.next().unwrap().starts_with("0.00,"), "km with two decimals");
    assert_eq!(lines.count(), 2);

    let out = run(dir, &base);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let header: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(header[..4], ["km", "bearing", "date", "place"], "{text}");
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[1].contains("2021-02-15") && lines[1].contains("  -  "), "no bearing at distance 0: {text}");
    assert!(lines[3].starts_with("6.60") && lines[3].contains("place of city"), "{text}");
    assert!(String::from_utf8(out.stderr).unwrap().contains("3 incidents within 10 km of Erbil International Airport"));
}

#[test]
fn default_store_is_the_one_map_writes() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("output")).unwrap();
    std::fs::copy(&f.store, dir.path().join("output/incmap.gpkg")).unwrap();
    let out = run(dir.path(), &["near", "--place", "Erbil airport", "--km", "10", "--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap().as_array().unwrap().len(), 3);
}

/// Queries read a GeoJSON FeatureCollection of incidents too (an exported layer, an old store),
/// and answer as they do over the GeoPackage.
#[test]
fn a_geojson_collection_answers_as_the_geopackage() {
    let f = fixture();
    let fc = f.store.with_file_name("incidents.geojson");
    std::fs::write(&fc, feature_collection(&seed_incidents()).to_string()).unwrap();
    let g = f.places.to_str().unwrap();
    for args in [
        &["near", "--place", "Erbil airport", "--km", "50"][..],
        &["nearest", "--lat", "36", "--lon", "44", "-n", "3"],
        &["bbox", "--bbox", "43,35,45,37"],
        &["exposure", "--km", "20"],
        &["bases"],
    ] {
        let answer = |store: &Path| {
            let mut all = args.to_vec();
            all.extend(["--format", "json", "--store", store.to_str().unwrap()]);
            if args[0] != "bbox" {
                all.extend(["--gazetteer", g]);
            }
            let out = run(store.parent().unwrap(), &all);
            assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
            out.stdout
        };
        assert_eq!(answer(&fc), answer(&f.store), "{args:?}");
    }
}

#[test]
fn ambiguous_or_unknown_place_and_bad_input_fail_with_one_line() {
    let f = fixture();
    let dir = f.store.parent().unwrap();
    let g = f.places.to_str().unwrap();
    let s = f.store.to_str().unwrap();
    let out = run(dir, &["near", "--place", "Qayyarah", "--km", "10", "--gazetteer", g, "--store", s]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("ambiguous") && err.contains("Qayyarah Airfield West") && err.contains("(town"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let out = run(dir, &["near", "--place", "Atlantis", "--km", "10", "--gazetteer", g, "--store", s]);
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("no place named \"Atlantis\""));

    let missing = dir.join("missing.geojson");
    let out = run(dir, &["near", "--lat", "36", "--lon", "44", "--km", "10", "--store", missing.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("missing.geojson"));

    let out = run(dir, &["near", "--lat", "96", "--lon", "44", "--km", "10", "--store", s]);
    assert!(!out.status.success());
    let out = run(dir, &["bbox", "--bbox", "1,2,3", "--store", s]);
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("west,south,east,north"));
}

#[test]
fn ring_radius_from_the_weapon_table() {
    let f = fixture();
    // A launch site 18 km south-west of Erbil airport. By hand (haversine): to the airport
    // 15.30 km north and 10.17 km east, 18.37 km; to Erbil city 10.13 km north and 14.33 km east, 17.55 km.
    let site = ["--lat", "36.10", "--lon", "43.85", "--kind", "airport", "--kind", "city"];
    let rows = json(&f, &[&["threat", "--range-of", "122mm Grad"][..], &site].concat());
    assert_eq!(ids(&rows, "id"), ["erbil", "erbil-airport"], "Grad: 20.4 km");
    assert!((rows[0]["km"].as_f64().unwrap() - 17.55).abs() < 0.05, "{:?}", rows[0]);
    assert!((rows[1]["km"].as_f64().unwrap() - 18.37).abs() < 0.05, "{:?}", rows[1]);
    assert_eq!(json(&f, &[&["threat", "--range-of", "Katyusha"][..], &site].concat()).len(), 2);
    assert!(json(&f, &[&["threat", "--range-of", "107 mm"][..], &site].concat()).is_empty(), "8 km");
    // Bases and airports by default. By hand: Erbil airport 18.37 km, Qayyarah Airfield West 75.1 km, K-1
    // 76.1 km, Ain al-Asad 287 km, al-Omar 320 km: a Fateh-110 (300 km) reaches four, a Fajr-3 (43 km) one.
    let rows = json(&f, &["threat", "--lat", "36.10", "--lon", "43.85", "--range-of", "Fateh 110"]);
    assert_eq!(ids(&rows, "id"), ["erbil-airport", "qayyarah-west", "k1", "ain-al-asad"]);
    let rows = json(&f, &["threat", "--lat", "36.10", "--lon", "43.85", "--range-of", "Fajr-3"]);
    assert_eq!(ids(&rows, "id"), ["erbil-airport"]);
    // An own weapons file: an 18 km Grad reaches the city but not the airport.
    let weapons = f.store.parent().unwrap().join("weapons.tsv");
    std::fs::write(&weapons, "id\tname\taliases\tclass\trange_km\tsource\ng\tShort Grad\tGrad\trocket\t18\ttest\n")
        .unwrap();
    let rows =
        json(&f, &[&["threat", "--range-of", "Grad", "--weapons", weapons.to_str().unwrap()][..], &site].concat());
    assert_eq!(ids(&rows, "id"), ["erbil"]);
    // `near` takes the radius from the table too.
    let rows = json(&f, &["near", "--lat", "36.10", "--lon", "43.85", "--within-range-of", "Grad"]);
    assert_eq!(ids(&rows, "id"), ["city", "airport", "feb"]);
}

#[test]
fn unknown_weapon_names_the_close_ones() {
    let f = fixture();
    let dir = f.store.parent().unwrap();
    let out = run(dir, &["threat", "--lat", "36.1", "--lon", "43.85", "--range-of", "Gard"]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no weapon named \"Gard\"") && err.contains("122 mm Grad rocket, 20.4 km"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let out = run(dir, &["threat", "--lat", "36.1", "--lon", "43.85", "--range-of", "Katyusha Grad"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("more than one weapon"), "{err}");
    let out = run(dir, &["threat", "--lat", "36.1", "--lon", "43.85", "--range-of", "Grad", "--km", "5"]);
    assert!(!out.status.success(), "a range twice");
}

/// `nearest` keeps only the closest few while streaming the store: on a store far bigger than N it
/// must still give exactly the N nearest, as a full scan orders them.
#[test]
fn nearest_on_a_big_store_is_the_scan_answer() {
    let f = fixture();
    let mut v = Vec::new();
    for k in 0..2000u32 {
        // A deterministic scatter over northern Iraq.
        let (a, b) = ((k * 7919 % 1000) as f64 / 1000.0, (k * 104729 % 1000) as f64 / 1000.0);
        let at = LatLon::new(34.0 + 3.0 * a, 41.0 + 4.0 * b);
        v.push(incident(&format!("p{k}"), Some(at), "2021-01-01", DatePrecision::Day, Weapon::Rocket));
    }
    std::fs::remove_file(&f.store).unwrap();
    Store { incidents: v.clone(), articles: vec![] }.write(&f.store).unwrap();
    let c = LatLon::new(35.5, 43.0);
    let mut want: Vec<(f64, String)> =
        v.iter().map(|i| (incmap::geodesy::distance_km(c, i.location.unwrap()), i.id.clone())).collect();
    // Nearest first; a tie (as shown, to 10 m) by date, then id.
    want.sort_by(|x, y| ((x.0 * 100.0).round() as i64, &x.1).cmp(&((y.0 * 100.0).round() as i64, &y.1)));
    let rows = json(&f, &["nearest", "--lat", "35.5", "--lon", "43.0", "-n", "25"]);
    let want_ids: Vec<String> = want.iter().take(25).map(|w| w.1.clone()).collect();
    assert_eq!(ids(&rows, "id"), want_ids);
}
