//! Merging rules on synthetic reports: what an analyst expects to see as one incident or two.

use chrono::NaiveDate;
use incmap::merge::{MergeStats, merge};
use incmap::model::{DatePrecision, GeoPrecision, Incident, LatLon, Role, Weapon};

const ERBIL_AIRPORT: LatLon = LatLon { lat: 36.2375, lon: 43.963056 };
const ERBIL_TOWN: LatLon = LatLon { lat: 36.1912, lon: 44.0092 };
const K1_KIRKUK: LatLon = LatLon { lat: 35.5123, lon: 44.3106 };

fn day(s: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
}

fn at_erbil_airport(source: &str, date: &str) -> Incident {
    Incident {
        id: format!("{source}-1"),
        source: source.into(),
        sources: vec![source.into()],
        role: Role::Main,
        date: day(date),
        date_precision: Some(DatePrecision::Day),
        place: Some("Erbil International Airport".into()),
        place_text: Some("Erbil airport".into()),
        country: Some("IQ".into()),
        geo_precision: Some(GeoPrecision::Site),
        location: Some(ERBIL_AIRPORT),
        weapon: Weapon::Rocket,
        evidence: Some(format!("sentence from {source}")),
        reports: 1,
        ..Default::default()
    }
}

fn at_k1(source: &str, date: Option<&str>) -> Incident {
    Incident {
        place: Some("K-1 Air Base".into()),
        place_text: Some("a base in Kirkuk".into()),
        location: Some(K1_KIRKUK),
        date: date.and_then(day),
        date_precision: date.map(|_| DatePrecision::Day),
        ..at_erbil_airport(source, "2019-12-27")
    }
}

/// Each report merged as its own article's, in order, into an empty store.
fn merged(reports: Vec<Incident>) -> (Vec<Incident>, MergeStats) {
    let mut store = Vec::new();
    let new = reports.into_iter().map(|r| merge(&mut store, vec![r]).stats.new).sum();
    (store, MergeStats { new, updated: 0 })
}

#[test]
fn same_event_from_two_outlets_is_one_incident_with_both_sources_and_the_ranges() {
    let mut a = at_erbil_airport("a.txt", "2021-02-15");
    a.killed = Some(1);
    a.injured = Some(6);
    a.count_min = Some(3);
    let mut b = at_erbil_airport("b.txt", "2021-02-16");
    b.killed = Some(1);
    b.injured = Some(9);
    b.count_min = Some(3);
    b.count_max = Some(14);
    b.claimed_by = Some("Saraya Awliya al-Dam".into());

    let (store, stats) = merged(vec![a, b]);
    assert_eq!(store.len(), 1, "{store:#?}");
    assert_eq!(stats, MergeStats { new: 1, updated: 0 });
    let i = &store[0];
    assert_eq!(i.id, "a.txt-1", "the first report's id stays");
    assert_eq!(i.source, "a.txt");
    assert_eq!(i.sources, vec!["a.txt", "b.txt"]);
    assert_eq!(i.reports, 2);
    assert_eq!((i.killed, i.killed_max), (Some(1), None));
    assert_eq!((i.injured, i.injured_max), (Some(6), Some(9)));
    assert_eq!((i.count_min, i.count_max), (Some(3), Some(14)));
    assert_eq!(i.claimed_by.as_deref(), Some("Saraya Awliya al-Dam"));
    assert_eq!(i.evidence.as_deref(), Some("sentence from a.txt | sentence from b.txt"));
}

#[test]
fn a_known_event_in_a_later_ingest_updates_the_incident_and_keeps_its_id() {
    let mut store = Vec::new();
    merge(&mut store, vec![at_erbil_airport("a.txt", "2021-02-15")]);
    let id = store[0].id.clone();
    let stats = merge(&mut store, vec![at_erbil_airport("b.txt", "2021-02-15")]).stats;
    assert_eq!(stats, MergeStats { new: 0, updated: 1 });
    assert_eq!(store.len(), 1);
    assert_eq!(store[0].id, id);
}

#[test]
fn two_attacks_on_one_base_a_week_apart_stay_two() {
    let (store, stats) = merged(vec![at_erbil_airport("a.txt", "2021-02-15"), at_erbil_airport("b.txt", "2021-02-22")]);
    assert_eq!(store.len(), 2);
    assert_eq!(stats.new, 2);
}

#[test]
fn dates_two_days_apart_are_different_events() {
    let (store, _) = merged(vec![at_erbil_airport("a.txt", "2021-02-15"), at_erbil_airport("b.txt", "2021-02-17")]);
    assert_eq!(store.len(), 2);
}

#[test]
fn same_day_far_apart_places_stay_separate() {
    let (store, _) = merged(vec![at_erbil_airport("a.txt", "2019-12-27"), at_k1("b.txt", Some("2019-12-27"))]);
    assert_eq!(store.len(), 2);
}

#[test]
fn different_weapons_stay_separate_but_unknown_joins() {
    let mut drone = at_erbil_airport("b.txt", "2021-02-15");
    drone.weapon = Weapon::Drone;
    let (store, _) = merged(vec![at_erbil_airport("a.txt", "2021-02-15"), drone]);
    assert_eq!(store.len(), 2);

    let mut unknown = at_erbil_airport("b.txt", "2021-02-15");
    unknown.weapon = Weapon::Unknown;
    let (store, _) = merged(vec![unknown, at_erbil_airport("a.txt", "2021-02-15")]);
    assert_eq!(store.len(), 1);
    assert_eq!(store[0].weapon, Weapon::Rocket, "the known weapon wins");
}

#[test]
fn an_undated_report_joins_the_dated_incident_in_either_order() {
    let mut undated = at_k1("undated.txt", None);
    undated.killed = Some(1);
    let mut dated = at_k1("dated.txt", Some("2019-12-27"));
    dated.killed = Some(1);

    for reports in [vec![undated.clone(), dated.clone()], vec![dated.clone(), undated.clone()]] {
        let (store, _) = merged(reports);
        assert_eq!(store.len(), 1, "{store:#?}");
        assert_eq!(store[0].date, day("2019-12-27"), "the incident carries the date");
        assert_eq!(store[0].date_precision, Some(DatePrecision::Day));
        assert_eq!(store[0].reports, 2);
    }
}

#[test]
fn an_undated_report_with_contradicting_casualties_stays_separate() {
    // "Nobody was killed" against one dead: two attacks. (Two tolls that both tell dead, "one" and
    // later "five", may be one toll grown: see merge's own tests.)
    let mut undated = at_k1("undated.txt", None);
    undated.killed = Some(0);
    let mut dated = at_k1("dated.txt", Some("2019-12-27"));
    dated.killed = Some(1);
    let (store, _) = merged(vec![dated, undated]);
    assert_eq!(store.len(), 2);
}

#[test]
fn an_undated_report_needs_a_known_weapon() {
    let mut undated = at_k1("undated.txt", None);
    undated.weapon = Weapon::Unknown;
    let (store, _) = merged(vec![at_k1("dated.txt", Some("2019-12-27")), undated]);
    assert_eq!(store.len(), 2);
}

#[test]
fn an_undated_report_picks_the_attack_whose_casualties_agree() {
    let mut first = at_k1("first.txt", Some("2019-12-27"));
    first.killed = Some(1);
    let mut second = at_k1("second.txt", Some("2020-01-10"));
    second.killed = Some(0);
    second.injured = Some(3);
    let mut undated = at_k1("undated.txt", None);
    undated.killed = Some(1);
    let (store, _) = merged(vec![first, second, undated]);
    assert_eq!(store.len(), 2);
    let first = store.iter().find(|i| i.source == "first.txt").unwrap();
    assert_eq!(first.sources, vec!["first.txt", "undated.txt"]);
}

#[test]
fn a_month_precise_mention_joins_the_day_report_and_the_day_is_kept() {
    let mut background = at_erbil_airport("later.txt", "2021-02-01");
    background.date_precision = Some(DatePrecision::Month);
    background.role = Role::Background;
    let (store, _) = merged(vec![background, at_erbil_airport("a.txt", "2021-02-15")]);
    assert_eq!(store.len(), 1);
    assert_eq!(store[0].date, day("2021-02-15"));
    assert_eq!(store[0].date_precision, Some(DatePrecision::Day));
    assert_eq!(store[0].role, Role::Main, "main if any report has it as main");
}

#[test]
fn a_site_beats_a_town_report_of_the_same_event() {
    let mut town = at_erbil_airport("a.txt", "2021-02-15");
    town.place = Some("Erbil".into());
    town.place_text = Some("Erbil".into());
    town.geo_precision = Some(GeoPrecision::Town);
    town.location = Some(ERBIL_TOWN);
    let (store, _) = merged(vec![town, at_erbil_airport("b.txt", "2021-02-16")]);
    assert_eq!(store.len(), 1);
    assert_eq!(store[0].place.as_deref(), Some("Erbil International Airport"));
    assert_eq!(store[0].geo_precision, Some(GeoPrecision::Site));
    assert_eq!(store[0].location, Some(ERBIL_AIRPORT));
}

#[test]
fn two_different_sites_in_one_town_stay_separate() {
    // Sites more than a few km apart are different targets even on the same day.
    let mut other = at_erbil_airport("b.txt", "2021-02-15");
    other.place = Some("Harir Air Base".into());
    other.location = Some(LatLon::new(36.5403, 44.3472));
    let (store, _) = merged(vec![at_erbil_airport("a.txt", "2021-02-15"), other]);
    assert_eq!(store.len(), 2);
}

#[test]
fn unlocated_reports_merge_only_on_the_same_place_text_and_date() {
    let unlocated = |source: &str, text: &str, date: Option<&str>| Incident {
        place: None,
        place_text: Some(text.into()),
        location: None,
        geo_precision: None,
        date: date.and_then(day),
        date_precision: date.map(|_| DatePrecision::Day),
        ..at_erbil_airport(source, "2021-02-15")
    };
    let (store, _) = merged(vec![
        unlocated("a.txt", "Camp Nowhere", Some("2021-03-01")),
        unlocated("b.txt", "camp  nowhere", Some("2021-03-02")),
    ]);
    assert_eq!(store.len(), 1, "same words, compatible dates");

    let (store, _) = merged(vec![
        unlocated("a.txt", "Camp Nowhere", Some("2021-03-01")),
        unlocated("b.txt", "Camp Elsewhere", Some("2021-03-01")),
    ]);
    assert_eq!(store.len(), 2, "different words");

    let (store, _) =
        merged(vec![unlocated("a.txt", "Camp Nowhere", Some("2021-03-01")), unlocated("b.txt", "Camp Nowhere", None)]);
    assert_eq!(store.len(), 2, "no date: not enough evidence");

    let (store, _) =
        merged(vec![at_erbil_airport("a.txt", "2021-02-15"), unlocated("b.txt", "Erbil airport", Some("2021-02-15"))]);
    assert_eq!(store.len(), 2, "unlocated does not join a located incident");
}

#[test]
fn disagreeing_death_tolls_keep_lowest_and_highest() {
    let mut a = at_erbil_airport("a.txt", "2021-02-15");
    a.killed = Some(2);
    let mut b = at_erbil_airport("b.txt", "2021-02-15");
    b.killed = Some(1);
    let mut c = at_erbil_airport("c.txt", "2021-02-15");
    c.killed = Some(4);
    let (store, _) = merged(vec![a, b, c]);
    assert_eq!(store.len(), 1);
    assert_eq!((store[0].killed, store[0].killed_max), (Some(1), Some(4)));
}

#[test]
fn the_same_source_is_listed_once() {
    let a = at_erbil_airport("a.txt", "2021-02-15");
    let (store, _) = merged(vec![a.clone(), a]);
    assert_eq!(store[0].sources, vec!["a.txt"]);
    assert_eq!(store[0].evidence.as_deref(), Some("sentence from a.txt"));
}

#[test]
fn an_undated_report_naming_the_town_joins_the_dated_report_of_its_base() {
    let mut undated = at_k1("undated.txt", None);
    undated.place = Some("Kirkuk".into());
    undated.geo_precision = Some(GeoPrecision::Town);
    undated.location = Some(LatLon::new(35.4681, 44.3922));
    let (store, _) = merged(vec![undated.clone(), at_k1("dated.txt", Some("2019-12-27"))]);
    assert_eq!(store.len(), 1);
    assert_eq!(store[0].place.as_deref(), Some("K-1 Air Base"), "the site wins");

    // A region is too vague to tie a date-less report to a dated attack.
    undated.place = Some("Kirkuk Governorate".into());
    undated.geo_precision = Some(GeoPrecision::Region);
    let (store, _) = merged(vec![undated, at_k1("dated.txt", Some("2019-12-27"))]);
    assert_eq!(store.len(), 2);
}

#[test]
fn two_undated_reports_at_one_base_stay_separate() {
    let (store, _) = merged(vec![at_k1("a.txt", None), at_k1("b.txt", None)]);
    assert_eq!(store.len(), 2);
}

#[test]
fn sources_a_day_apart_give_the_earlier_day_whatever_the_order() {
    for order in [["a.txt", "b.txt"], ["b.txt", "a.txt"]] {
        let date = |s: &str| if s == "a.txt" { "2021-02-15" } else { "2021-02-16" };
        let (store, _) = merged(order.iter().map(|s| at_erbil_airport(s, date(s))).collect());
        assert_eq!(store.len(), 1);
        assert_eq!(store[0].date, day("2021-02-15"));
    }
}

#[test]
fn reports_in_different_countries_stay_separate() {
    let mut syria = at_erbil_airport("b.txt", "2021-02-15");
    syria.country = Some("SY".into());
    syria.place = Some("Somewhere across the border".into());
    syria.geo_precision = Some(GeoPrecision::Region);
    let (store, _) = merged(vec![at_erbil_airport("a.txt", "2021-02-15"), syria]);
    assert_eq!(store.len(), 2);
}
