//! Whole-article extraction on snippets written in other outlets' styles.

use chrono::NaiveDate;
use incmap::extract;
use incmap::gazetteer::Gazetteer;
use incmap::model::{DatePrecision, Incident, Role, Weapon};

fn incidents(text: &str) -> Vec<Incident> {
    let a = extract::article_from_text("snippet.txt", text);
    extract::extract(&a, Gazetteer::embedded())
}

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

#[test]
fn wire_style_report_with_background_attack() {
    let text = "Updated: Mar 5, 2021 10:30 AM\n\
        BAGHDAD (Wire) - At least 10 rockets slammed into the Ain al-Asad air base in western Iraq early Wednesday, \
        the coalition said. A civilian contractor died of a heart attack while sheltering, officials said. \
        No group claimed responsibility for the attack.\n\
        Iraqi officials condemned the attack.\n\
        In January 2020, Iran fired ballistic missiles at the same base.";
    let v = incidents(text);
    let main: Vec<&Incident> = v.iter().filter(|i| i.role == Role::Main).collect();
    assert_eq!(main.len(), 1, "{v:#?}");
    let m = main[0];
    assert_eq!(m.place.as_deref(), Some("Al Asad Air Base"));
    assert_eq!(m.date, d(2021, 3, 3));
    assert_eq!(m.weapon, Weapon::Rocket);
    assert_eq!(m.count_min, Some(10));
    assert_eq!(m.claimed_by, None);
    let bg: Vec<&Incident> = v.iter().filter(|i| i.role == Role::Background).collect();
    assert_eq!(bg.len(), 1, "{v:#?}");
    assert_eq!(bg[0].weapon, Weapon::Missile);
    assert_eq!(bg[0].date, d(2020, 1, 1));
    assert_eq!(bg[0].date_precision, Some(DatePrecision::Month));
}

#[test]
fn repeated_reports_merge_into_one_incident() {
    let text = " date 2021-02-16 Two drones hit Erbil airport on Monday night, wounding three people.\n\
        The drones struck near the airport's cargo terminal, officials said.\n\
        Smoke rose over Erbil after the drone attack near the airport on February 15, 2021.";
    let v = incidents(text);
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(v[0].weapon, Weapon::Drone);
    assert_eq!((v[0].count_min, v[0].count_max), (Some(2), Some(2)));
    assert_eq!(v[0].injured, Some(3));
    assert_eq!(v[0].date, d(2021, 2, 15));
    assert!(v[0].evidence.as_deref().unwrap().contains(" | "));
}

#[test]
fn no_publication_date_leaves_relative_dates_null() {
    let v = incidents("A rocket attack on Friday hit Kirkuk airport, killing one soldier.");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].date, None);
    assert_eq!(v[0].killed, Some(1));
}

#[test]
fn statements_threats_and_parades_are_not_incidents() {
    let text = " date 2021-06-29 Officials warned of the growing drone threat to bases in Iraq.\n\
        Thousands of fighters marched in a parade in Baghdad with rocket launchers.\n\
        The ministry condemned attacks on diplomatic missions.";
    assert!(incidents(text).is_empty());
}

#[test]
fn launch_site_with_bearing_is_placed() {
    let text = " date 2021-04-14 Three Katyusha rockets hit Kirkuk airport on Wednesday. \
        The rockets were fired from a farm 10 km north of Kirkuk, police said.";
    let v = incidents(text);
    assert_eq!(v.len(), 1, "{v:#?}");
    let i = &v[0];
    assert_eq!(i.launch_distance_km, Some(10.0));
    assert_eq!(i.launch_bearing_deg, Some(0.0));
    let l = i.launch_location.expect("distance and bearing from a known place give a location");
    assert!(l.lat > 35.5, "{l:?}");
    assert_eq!(i.range_km, Some(20.0), "the Katyusha range from the weapon table");
}

#[test]
fn ids_are_stable_and_distinct() {
    let text = " date 2019-12-28 On December 3, five rockets hit Al-Asad airbase. In November, more than a dozen rockets hit Qayyarah airbase.";
    let a = incidents(text);
    let b = incidents(text);
    assert_eq!(a.len(), 2, "{a:#?}");
    assert_eq!(a.iter().map(|i| &i.id).collect::<Vec<_>>(), b.iter().map(|i| &i.id).collect::<Vec<_>>());
    assert_ne!(a[0].id, a[1].id);
    assert_eq!(a[1].count_min, Some(13));
}
