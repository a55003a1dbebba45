//! Evidence for every field (issue 14, part 5): each value an incident carries says which sentence
//! of which article it was read from, where that sentence lies in the text, and which rule read it;
//! `extract --explain` and `show` print it for an analyst.

use std::path::Path;
use std::process::Command;

use incmap::extract;
use incmap::gazetteer::Gazetteer;
use incmap::model::Evidence;

fn incmap(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_incmap")).args(args).output().expect("run incmap");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

const ARTICLE: &str = " date 2024-01-21 \nBAGHDAD (Wire) - Two drones struck Erbil airport late on Saturday, officials said.\nThree soldiers were wounded in the attack.\nThe Islamic Resistance in Iraq claimed responsibility for the strike in a statement.\n";

fn evidence(text: &str) -> Vec<(String, Vec<Evidence>)> {
    let a = extract::article_from_text("row.txt", text);
    extract::extract(&a, Gazetteer::embedded()).into_iter().map(|i| (i.id.clone(), i.provenance)).collect()
}

fn rule_of<'a>(p: &'a [Evidence], field: &str) -> Option<&'a Evidence> {
    p.iter().find(|e| e.field == field)
}

#[test]
fn every_stated_field_names_its_sentence_and_rule_and_the_range_is_the_sentence() {
    let found = evidence(ARTICLE);
    assert_eq!(found.len(), 1);
    let p = &found[0].1;
    for (field, rule, words) in [
        ("date", "date/stated", "late on Saturday"),
        ("place", "place/target", "Erbil airport"),
        ("weapon", "weapon/word", "drones"),
        ("count", "count/number-before-weapon", "Two drones"),
        ("injured", "casualties/injured-passive", "Three soldiers were wounded"),
        ("claimed_by", "claim/subject-group-claimed", "claimed responsibility"),
        ("attacker", "attacker/the-claimant", "claimed responsibility"),
    ] {
        let e = rule_of(p, field).unwrap_or_else(|| panic!("no evidence for {field}: {p:#?}"));
        assert_eq!(e.rule, rule, "{field}");
        assert!(e.text.contains(words), "{field}: {:?}", e.text);
        assert_eq!(e.source, "row.txt");
        // The byte range is where the sentence lies in the article.
        let (start, end) = (e.start.unwrap(), e.end.unwrap());
        assert_eq!(&ARTICLE[start..end], e.text, "{field}");
    }
    // Nothing says how many died: no evidence is invented for it.
    assert!(rule_of(p, "killed").is_none(), "{p:#?}");
}

#[test]
fn values_told_by_the_discourse_name_the_discourse_rule() {
    // A date counted from the attack before, a stated zero, and the story's place from its dateline.
    let text = " date 2023-05-02 \nRockets hit Ain al-Asad air base on Sunday, the army said.\nThe next morning, a drone struck the base. Nobody was hurt.\n";
    let found = evidence(text);
    let second = found
        .iter()
        .find(|(_, p)| rule_of(p, "date").is_some_and(|e| e.rule == "date/counted-from-the-attack-before"))
        .unwrap_or_else(|| panic!("no date counted from the attack before: {found:#?}"));
    assert_eq!(rule_of(&second.1, "place").map(|e| e.rule.as_str()), Some("place/the-site-told"));
    assert_eq!(rule_of(&second.1, "killed").map(|e| e.rule.as_str()), Some("casualties/no-casualties"));

    let dateline =
        " date 2024-02-03 \nERBIL, Iraq (Wire) - A drone attack was repelled on Friday night, officials said.\n";
    let found = evidence(dateline);
    assert_eq!(found.len(), 1, "{found:#?}");
    let place = rule_of(&found[0].1, "place").expect("place evidence");
    assert_eq!(place.rule, "place/dateline");
    assert_eq!(&dateline[place.start.unwrap()..place.end.unwrap()], "ERBIL");
}

#[test]
fn an_undated_story_is_dated_by_its_publication_and_says_so() {
    let found = evidence(" date 2024-03-09 \nA rocket struck Ain al-Asad air base, the army said.\n");
    let date = rule_of(&found[0].1, "date").expect("date evidence");
    assert_eq!(date.rule, "date/publication-day");
    assert_eq!(date.start, None, "no sentence told the day");
}

#[test]
fn extract_explain_prints_each_field_with_rule_and_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(&a, ARTICLE).unwrap();
    let (ok, out, err) = incmap(&["extract", "--explain", a.to_str().unwrap()]);
    assert!(ok, "{err}");
    let line = |label: &str| out.lines().find(|l| l.trim_start().starts_with(label)).unwrap_or_default().to_string();
    assert!(line("injured").contains('3') && line("injured").contains("casualties/injured-passive [2]"), "{out}");
    assert!(line("killed").contains("not stated"), "unknown is said, never 0: {out}");
    assert!(line("place").contains("Erbil International Airport") && line("place").contains("[1]"), "{out}");
    assert!(out.contains("[2] bytes ") && out.contains("Three soldiers were wounded in the attack."), "{out}");
    assert!(!out.contains("FeatureCollection"), "explain prints no GeoJSON");
}

#[test]
fn show_explains_a_stored_incident_from_every_source_and_its_corrections() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.gpkg");
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    std::fs::write(&a, ARTICLE).unwrap();
    std::fs::write(
        &b,
        " date 2024-01-22 \nErbil, Iraq - A drone attack hit Erbil International Airport on Saturday night, officials said.\nNobody was hurt, the airport said.\n",
    )
    .unwrap();
    let s = store.to_str().unwrap();
    let (ok, _, err) = incmap(&["ingest", "--store", s, a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(ok, "{err}");
    let id = stored_id(&store);
    let (ok, _, err) = incmap(&["edit", &id, "--set", "killed=1", "--note", "hospital figure", "--store", s]);
    assert!(ok, "{err}");
    let (ok, out, err) = incmap(&["show", &id, "--store", s]);
    assert!(ok, "{err}");
    assert!(out.contains("from ") && out.contains("a.txt") && out.contains("b.txt"), "{out}");
    // Both sources told the date; the second stated nobody hurt, the first three wounded.
    assert!(out.contains("date/stated [1.1]; date/stated [2.1]"), "{out}");
    assert!(out.contains("0–3 (sources differ)"), "{out}");
    assert!(out.contains("[2.2] bytes ") && out.contains("Nobody was hurt"), "{out}");
    assert!(out.contains("corrected killed = 1") && out.contains("hospital figure"), "{out}");
    let (ok, _, err) = incmap(&["show", "nosuch", "--store", s]);
    assert!(!ok && err.contains("no incident with id nosuch"), "{err}");
}

#[test]
fn a_store_made_before_evidence_was_kept_takes_new_articles_and_shows_what_it_has() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.gpkg");
    let a = dir.path().join("a.txt");
    std::fs::write(&a, ARTICLE).unwrap();
    let s = store.to_str().unwrap();
    assert!(incmap(&["ingest", "--store", s, a.to_str().unwrap()]).0);
    // As an older build made it: no provenance column.
    let conn = rusqlite::Connection::open(&store).unwrap();
    conn.execute_batch("ALTER TABLE sources DROP COLUMN provenance").unwrap();
    drop(conn);
    let id = stored_id(&store);
    let (ok, out, err) = incmap(&["show", &id, "--store", s]);
    assert!(ok, "{err}");
    assert!(out.contains("incmap reextract"), "says how to get the evidence: {out}");
    let b = dir.path().join("b.txt");
    std::fs::write(&b, " date 2024-05-02 \nThree rockets hit Ain al-Asad air base on Wednesday.\n").unwrap();
    let (ok, _, err) = incmap(&["ingest", "--store", s, b.to_str().unwrap()]);
    assert!(ok, "an older store takes new articles: {err}");
}

fn stored_id(store: &Path) -> String {
    let conn = rusqlite::Connection::open(store).unwrap();
    conn.query_row("SELECT id FROM incidents ORDER BY fid LIMIT 1", [], |r| r.get(0)).unwrap()
}

#[test]
fn the_id_extract_prints_is_the_id_the_store_keeps_and_show_finds() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.gpkg");
    let a = dir.path().join("a.txt");
    let two = " date 2024-01-21 \nTwo drones struck Erbil airport on Saturday, officials said.\n\
        Separately, three rockets hit Ain al-Asad air base on Friday.\n";
    std::fs::write(&a, two).unwrap();
    let (ok, out, err) = incmap(&["extract", a.to_str().unwrap()]);
    assert!(ok, "{err}");
    let printed: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<String> = printed["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["id"].as_str().unwrap().into())
        .collect();
    assert_eq!(ids.len(), 2, "{out}");
    let s = store.to_str().unwrap();
    assert!(incmap(&["ingest", "--store", s, a.to_str().unwrap()]).0);
    let conn = rusqlite::Connection::open(&store).unwrap();
    let mut stored: Vec<String> = conn
        .prepare("SELECT id FROM incidents")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    stored.sort();
    let mut want = ids.clone();
    want.sort();
    assert_eq!(stored, want, "the store keeps the ids extract printed");
    for id in &ids {
        let (ok, _, err) = incmap(&["show", id, "--store", s]);
        assert!(ok, "show {id}: {err}");
    }
}
