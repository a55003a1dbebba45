//! Every place name in the seed articles resolves to the right place.

use incmap::gazetteer::Gazetteer;

/// The seed corpus: `$INCMAP_CORPUS`, or `shared/corpus` beside the repository (the worktree layout
/// and CI's fresh clone differ in depth).
fn corpus(name: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs: Vec<std::path::PathBuf> = std::env::var_os("INCMAP_CORPUS")
        .map(std::path::PathBuf::from)
        .into_iter()
        .chain([root.join("../shared/corpus"), root.join("../../shared/corpus"), "/work/shared/corpus".into()])
        .collect();
    let dir = dirs.iter().find(|d| d.is_dir()).unwrap_or_else(|| panic!("seed corpus not found in {dirs:?}"));
    let entry = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(name))
        .unwrap_or_else(|| panic!("no {name}* article in {}", dir.display()));
    std::fs::read_to_string(entry.path()).unwrap()
}

/// (written text, place id) pairs the article must yield, in any order.
fn assert_mentions(article: &str, expected: &[(&str, &str)]) {
    assert_mentions_with_ambiguous(article, expected, &[]);
}

/// As `assert_mentions`, and `ambiguous` names must come back without a best match but with
/// these candidates among the scored ones.
fn assert_mentions_with_ambiguous(article: &str, expected: &[(&str, &str)], ambiguous: &[(&str, &[&str])]) {
    let text = corpus(article);
    let g = Gazetteer::embedded();
    let found: Vec<(String, Option<String>)> =
        g.mentions(&text).into_iter().map(|m| (m.text, m.lookup.best.map(|b| b.place.id.clone()))).collect();
    for (written, id) in expected {
        assert!(
            found.iter().any(|(t, b)| t == written && b.as_deref() == Some(*id)),
            "{article}: {written:?} should resolve to {id}; found {found:?}"
        );
    }
    let mentions = g.mentions(&text);
    for (written, ids) in ambiguous {
        let m = mentions.iter().find(|m| m.text == *written).unwrap_or_else(|| panic!("{written:?} not found"));
        assert!(m.lookup.best.is_none(), "{written:?} should be ambiguous");
        for id in *ids {
            assert!(m.lookup.candidates.iter().any(|c| c.place.id == *id), "{written:?} should list {id}");
        }
    }
    for (t, b) in &found {
        assert!(b.is_some() || ambiguous.iter().any(|(w, _)| w == t), "{article}: {t:?} left ambiguous");
    }
}

#[test]
fn seed_000_irbil_airport_and_a_base_north_of_baghdad() {
    assert_mentions_with_ambiguous(
        "000_",
        &[
            ("Irbil’s airport", "erbil-airport"),
            ("Irbil", "erbil"),
            ("Erbil", "erbil"),
            ("Iraqi Kurdistan Region", "kurdistan-region"),
        ],
        // Taji and Balad both lie north of Baghdad: the text does not say which.
        &[("base north of Baghdad", &["camp-taji", "balad"])],
    );
}

#[test]
fn seed_001_kirkuk_base_al_asad_and_qayyarah() {
    assert_mentions(
        "001_",
        &[
            ("military base of Kirkuk", "k1"),
            ("military base in Kirkuk", "k1"),
            ("Al Assad air base", "ain-al-asad"),
            ("Al-Asad airbase", "ain-al-asad"),
            ("Qayyarah Airbase", "qayyarah-west"),
        ],
    );
}

#[test]
fn seed_002_base_in_kirkuk_and_baghdad() {
    assert_mentions("002_", &[("military base in Kirkuk", "k1"), ("Baghdad", "baghdad")]);
}

#[test]
fn seed_003_erbil_airport_consulate_sulaimaniyah_kirkuk_province() {
    assert_mentions(
        "003_",
        &[
            ("Sulaimaniyah", "sulaymaniyah-city"),
            ("Erbil Airport", "erbil-airport"),
            ("US Consulate General in Erbil", "us-consulate-erbil"),
            ("Kurdistan region", "kurdistan-region"),
            ("base in Kirkuk province", "k1"),
            ("Baghdad airport", "baghdad-airport"),
        ],
    );
}

#[test]
fn seed_004_al_omar_diyala_irbil_province_new_consulate() {
    assert_mentions(
        "004_",
        &[
            ("al-Omar oil field", "al-omar"),
            ("Syria", "syria"),
            ("Diyala", "diyala-gov"),
            ("Irbil province", "erbil-gov"),
            ("new U.S. Consulate", "us-consulate-erbil-new"),
        ],
    );
}
