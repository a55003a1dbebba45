//! The shipped places file: every row valid, no place twice, the places the issue asks for present.

use std::collections::HashMap;

use incmap::gazetteer::{Gazetteer, Hint, PlaceKind, normalize};
use incmap::geodesy::distance_km;

#[test]
fn places_file_is_valid_and_large_enough() {
    // Parsing checks every row (fields, numbers, ranges, kinds, unique ids); this names the bad line.
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/gazetteer/places.tsv")).unwrap();
    let g = Gazetteer::from_tsv_str("gazetteer/places.tsv", &text).unwrap();
    assert!(g.places().len() >= 250, "{} places", g.places().len());
    for p in g.places() {
        assert!(!p.source.is_empty(), "{}: no source", p.id);
        assert_eq!(p.country.len(), 2, "{}", p.id);
        assert!(p.kind == PlaceKind::Country || p.admin1.is_some(), "{}: no admin1", p.id);
    }
}

#[test]
fn no_place_is_listed_twice() {
    let g = Gazetteer::embedded();
    let mut seen: HashMap<(String, PlaceKind, String), &str> = HashMap::new();
    for p in g.places() {
        let k = (normalize(&p.name), p.kind, p.country.clone());
        if let Some(other) = seen.insert(k, &p.id) {
            panic!("{} and {} are the same place", other, p.id);
        }
    }
    // Two rows of one kind within 500 m are one place entered twice.
    let ps = g.places();
    for (i, a) in ps.iter().enumerate() {
        for b in &ps[i + 1..] {
            if a.kind == b.kind && a.kind != PlaceKind::Governorate {
                let km = distance_km(a.location, b.location);
                assert!(km > 0.5, "{} and {} are the same place ({km:.2} km apart)", a.id, b.id);
            }
        }
    }
}

#[test]
fn an_alias_names_one_place_of_a_kind() {
    // The same alias on two places of one kind in one country is a data error (or needs context).
    let g = Gazetteer::embedded();
    let mut owner: HashMap<(String, PlaceKind, String), &str> = HashMap::new();
    for p in g.places() {
        for a in std::iter::once(&p.name).chain(&p.aliases) {
            let k = (normalize(a), p.kind, p.country.clone());
            if let Some(o) = owner.insert(k, &p.id) {
                assert_eq!(o, p.id, "alias {a:?} on {o} and {}", p.id);
            }
        }
    }
}

#[test]
fn governorates_and_required_sites_are_present() {
    let g = Gazetteer::embedded();
    let count = |cc: &str| g.places().iter().filter(|p| p.kind == PlaceKind::Governorate && p.country == cc).count();
    assert!(count("IQ") >= 18);
    assert_eq!(count("SY"), 14);
    for name in [
        "Ain al-Asad",
        "Erbil airport",
        "K-1",
        "Q-West",
        "Taji",
        "Balad Air Base",
        "Camp Victory",
        "BIAP",
        "Union III",
        "Harir air base",
        "Bashur",
        "al-Tanf",
        "al-Omar oil field",
        "Conoco",
        "Green Village",
        "Rumalyn",
        "Shaddadi base",
        "Tower 22",
        "Ain Issa",
        "Kobani LZ",
        "US embassy in Baghdad",
        "US Consulate in Erbil",
        "new consulate compound",
        "US Consulate in Basra",
        "Iraq",
        "Syria",
        "Jordan",
        "Iran",
        "Turkey",
        "Hewler",
        "Arbil",
        "Ayn al-Asad",
        "Al-Assad air base",
        "Qayyarah Airfield West",
        "K1",
        "K-1 Air Base",
        "Victory Base",
        "Baghdad airport",
        "Omar oil field",
        "Al Omar",
    ] {
        assert!(g.lookup(name, &Hint::default()).best.is_some(), "{name} does not resolve");
    }
}

// ---------------------------------------------------------------------------------------------
// Published positions (issue 15): every site row is either sourced to an ICAO code (checked against
// gazetteer/icao.tsv by gazetteer_countries.rs), or quotes the published coordinate it was placed at
// in its `source` (the first coordinate written there, as published: `33°30′21″N 38°37′04″E`,
// `30°20.589′N 036°08.856′E` or `35.5125 N, 44.2842 E`), or says it has none (`approximate: ...`,
// with what it was placed from). A quoted position is checked against the row: a site within 2 km,
// a town or any other place within 5 km, so a later edit cannot move a base without changing the
// published value it quotes.

/// Issue 15's bars.
const SITE_KM: f64 = 2.0;
const TOWN_KM: f64 = 5.0;

/// The first coordinate pair written in `text`, in decimal degrees, or None.
fn published_point(text: &str) -> Option<(f64, f64)> {
    use regex::Regex;
    use std::sync::LazyLock;
    // degrees, optional (decimal) minutes, optional seconds, hemisphere
    static DMS: LazyLock<Regex> = LazyLock::new(|| {
        let part = |h: &str| {
            format!(
                r#"(\d{{1,3}})\s*°\s*(?:(\d{{1,2}}(?:\.\d+)?)\s*[′']\s*)?(?:(\d{{1,2}}(?:\.\d+)?)\s*(?:″|"|'')\s*)?([{h}])"#
            )
        };
        Regex::new(&format!(r"{}[\s,/]+{}", part("NS"), part("EW"))).unwrap()
    });
    static DEC: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(\d{1,2}\.\d+)\s*°?\s*([NS])[\s,;/]+(\d{1,3}\.\d+)\s*°?\s*([EW])").unwrap());
    let num = |c: &regex::Captures, i: usize| c.get(i).map_or(0.0, |m| m.as_str().parse::<f64>().unwrap());
    let sign = |h: &str| if h == "S" || h == "W" { -1.0 } else { 1.0 };
    let dms = DMS.captures(text).map(|c| {
        let lat = sign(&c[4]) * (num(&c, 1) + num(&c, 2) / 60.0 + num(&c, 3) / 3600.0);
        let lon = sign(&c[8]) * (num(&c, 5) + num(&c, 6) / 60.0 + num(&c, 7) / 3600.0);
        (c.get(0).unwrap().start(), (lat, lon))
    });
    let dec =
        DEC.captures(text).map(|c| (c.get(0).unwrap().start(), (sign(&c[2]) * num(&c, 1), sign(&c[4]) * num(&c, 3))));
    [dms, dec].into_iter().flatten().min_by_key(|(at, _)| *at).map(|(_, p)| p)
}

/// Why the row's position does not match the coordinate its source quotes, if it does not.
fn off_published(p: &incmap::gazetteer::Place) -> Option<String> {
    if p.source.starts_with("approximate:") || p.source.starts_with("ICAO ") {
        return None;
    }
    let (lat, lon) = published_point(&p.source)?;
    let km = incmap::geodesy::distance_km(p.location, incmap::model::LatLon { lat, lon });
    let bar = if p.kind.geo_precision() == incmap::model::GeoPrecision::Site { SITE_KM } else { TOWN_KM };
    (km > bar).then(|| format!("{} is {km:.2} km from the published {lat:.5}, {lon:.5} (bar {bar} km)", p.id))
}

#[test]
fn published_coordinates_are_read_as_written() {
    let close = |text: &str, lat: f64, lon: f64| {
        let (a, b) = published_point(text).unwrap_or_else(|| panic!("nothing read in {text:?}"));
        assert!((a - lat).abs() < 1e-4 && (b - lon).abs() < 1e-4, "{text:?} -> {a}, {b}");
    };
    close("Wikipedia (en): 33°30′21″N 38°37′04″E (Al-Tanf)", 33.50583, 38.61778);
    close("K-1 Air Base: 35°30′45″N 044°17′03″E", 35.5125, 44.28417);
    close("King Faisal Air Base: 30°20.589′N 036°08.856′E", 30.34315, 36.1476);
    close("de Wikipedia: 31° 49′ 33″ N, 36° 46′ 55″ E", 31.82583, 36.78194);
    close("Rabia (Irak): 36°48′N 42°5′E (the town)", 36.8, 42.08333);
    close("GlobalSecurity: 31°49'59\"N 36°47'02\"E", 31.83306, 36.78389);
    close("reporting of the 2019 attack: 35.5125 N, 44.2842 E", 35.5125, 44.2842);
    close("Al-Qaim: 34°23′51″N 40°58′37.2″E", 34.3975, 40.977);
    // the first pair written is the published one; later ones are other sources
    close("Zumar: 36°39′N 42°36′E (en: 36°46′13″N 42°38′18″E)", 36.65, 42.6);
    assert_eq!(published_point("GeoNames 98926 (Al Yūsufīyah), geonames.org"), None);
    assert_eq!(published_point("ICAO ORAA Al Asad Air Base (airportsdata)"), None);
}

#[test]
fn every_site_row_is_at_its_published_position_or_says_it_has_none() {
    let g = Gazetteer::embedded();
    let (mut quoted, mut icao, mut approximate) = (0, 0, 0);
    let mut bad = Vec::new();
    for p in g.places() {
        let site = p.kind.geo_precision() == incmap::model::GeoPrecision::Site;
        if let Some(rest) = p.source.strip_prefix("approximate:") {
            // An approximate row says what it was placed from.
            assert!(rest.trim().len() >= 40, "{}: an approximate row says what it was placed from", p.id);
            approximate += usize::from(site);
            continue;
        }
        if p.source.starts_with("ICAO ") {
            icao += usize::from(site);
        } else if published_point(&p.source).is_some() {
            quoted += usize::from(site);
        } else if site {
            bad.push(format!("{}: a site row quotes no published coordinate and is not marked approximate", p.id));
        }
        bad.extend(off_published(p));
    }
    assert!(bad.is_empty(), "rows off their published position:\n{}", bad.join("\n"));
    eprintln!("site rows: {quoted} at a quoted published point, {icao} at an ICAO point, {approximate} approximate");
    assert!(quoted + icao >= 60, "only {} site rows verified", quoted + icao);
}

#[test]
fn the_check_catches_a_base_moved_off_its_published_position() {
    let mut tanf = Gazetteer::embedded().get("al-tanf").unwrap().clone();
    assert_eq!(off_published(&tanf), None);
    tanf.location.lat += 0.025; // 2.8 km north
    assert!(off_published(&tanf).unwrap().contains("al-tanf is 2.7"), "{:?}", off_published(&tanf));
    // A town has the looser bar: Jalawla 3 km off is still within it, 6 km off is not.
    let mut jalawla = Gazetteer::embedded().get("jalawla").unwrap().clone();
    jalawla.location.lat += 0.027;
    assert_eq!(off_published(&jalawla), None);
    jalawla.location.lat += 0.027;
    assert!(off_published(&jalawla).is_some());
}
