//! The shipped places file: every row valid, no place twice, the places the issue asks for present.

use std::collections::HashMap;

use incmap::gazetteer::{Gazetteer, Hint, PlaceKind, normalize};

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
                let near = g.near(a.location, 0.5);
                assert!(!near.iter().any(|(q, _)| q.id == b.id), "{} and {} are the same place", a.id, b.id);
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
