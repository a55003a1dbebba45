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

#[test]
fn a_wire_dateline_dates_the_story_not_the_attack() {
    let v = incidents(
        "WASHINGTON (March 24, 2023) — A U.S. contractor was killed and five American service members and a \
         second contractor were wounded when a one-way attack drone struck a coalition base near Hasakah on Thursday.",
    );
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(v[0].date, d(2023, 3, 23), "Thursday before the dateline's Friday");
    assert_eq!((v[0].killed, v[0].injured), (Some(1), Some(6)));
    let hasakah = incmap::model::LatLon::new(36.50, 40.75);
    assert!(incmap::geodesy::distance_km(v[0].location.unwrap(), hasakah) < 30.0, "'a base near Hasakah': {v:#?}");
}

#[test]
fn the_dateline_city_places_an_attack_that_names_no_other_place() {
    let v = incidents("13/03/2022\nIRBIL — Twelve ballistic missiles hit the city early on Sunday, officials said.");
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(v[0].place.as_deref(), Some("Erbil"));
    assert_eq!(v[0].count_min, Some(12));
}

#[test]
fn the_next_morning_and_the_same_day_count_from_the_attack_before() {
    let v = incidents(
        "Published Oct. 26, 2023\nOn Oct. 17, drones targeted Ain al-Asad air base in western Iraq. On the same day a \
         pair of drones went after al-Harir air base north of Erbil.\nThe next morning, two drones hit al-Tanf garrison.",
    );
    let date_of = |place: &str| v.iter().find(|i| i.place.as_deref() == Some(place)).and_then(|i| i.date);
    assert_eq!(date_of("Al Asad Air Base"), d(2023, 10, 17), "{v:#?}");
    assert_eq!(date_of("Harir Air Base"), d(2023, 10, 17), "{v:#?}");
    assert_eq!(date_of("Al-Tanf Garrison"), d(2023, 10, 18), "{v:#?}");
    assert_eq!(v.iter().find(|i| i.place.as_deref() == Some("Harir Air Base")).unwrap().count_min, Some(2));
}

#[test]
fn a_site_named_by_kind_and_town_is_that_site() {
    let v = incidents(
        "Friday 8 December 2023\nRockets were fired at the U.S. embassy compound in Baghdad early on Friday.\n\
         About seven rockets were launched, the source said.\nNo damage or casualties were immediately reported.",
    );
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(v[0].place.as_deref(), Some("U.S. Embassy Baghdad"));
    assert_eq!(
        (v[0].count_min, v[0].killed, v[0].injured),
        (Some(7), Some(0), Some(0)),
        "casualties a paragraph later"
    );
}

#[test]
fn a_foiled_attack_is_not_an_incident() {
    let v = incidents(
        "Published 14 March 2021\nIraqi security forces foiled a planned rocket attack on Baghdad International \
         Airport on Saturday after finding a launch platform loaded with six 107mm rockets.\nThe rockets had not been \
         fired, the cell said.",
    );
    assert!(v.is_empty(), "{v:#?}");
}

#[test]
fn the_claimant_is_the_subject_of_the_claim() {
    let v = incidents(
        "By staff writers | Dec 26, 2023\nThree U.S. service members were wounded in a one-way drone attack on Erbil \
         Air Base early Monday. Kataib Hezbollah and affiliated groups under the Islamic Resistance in Iraq umbrella \
         claimed responsibility for the strike.",
    );
    assert_eq!(v[0].claimed_by.as_deref(), Some("Kataib Hezbollah"), "{v:#?}");
    assert_eq!(v[0].date, d(2023, 12, 25));
    assert_eq!(v[0].injured, Some(3));
}

#[test]
fn tracker_rows_in_capitals_are_one_incident_each() {
    let v = incidents(
        "Tracker, last updated 2020-01-31\n\n08 JAN 2020 | Ain al-Asad Air Base, Anbar | ballistic missile | IRGC (claimed) | 11 missiles struck the base.\n\
         12 JAN 2020 | Balad AB, Salah al-Din | 8 Katyusha rockets | none | 4 Iraqi Air Force personnel wounded.",
    );
    assert_eq!(v.len(), 2, "{v:#?}");
    assert_eq!(
        (v[0].date, v[0].place.as_deref(), v[0].claimed_by.as_deref()),
        (d(2020, 1, 8), Some("Al Asad Air Base"), Some("IRGC"))
    );
    assert_eq!(
        (v[1].date, v[1].place.as_deref(), v[1].count_min, v[1].injured),
        (d(2020, 1, 12), Some("Balad Air Base"), Some(8), Some(4))
    );
}

#[test]
fn a_launch_site_measured_from_the_base_is_placed() {
    let v = incidents(
        " date 2020-03-12 At least 15 rockets hit Camp Taji late Wednesday. The rockets were fired from a truck in the \
         Rashidiya area, about 8 km east of the base.",
    );
    let target = v[0].location.unwrap();
    let launch = v[0].launch_location.expect("placed from the target");
    let km = incmap::geodesy::distance_km(target, launch);
    assert!((km - 8.0).abs() < 0.05, "{km} km");
    assert!(launch.lon > target.lon, "east of the base");
}

#[test]
fn a_feature_lead_dates_the_attack_from_the_scene_and_holidays_are_dates() {
    let v = incidents(
        "February 9, 2024\nHow a strike in east Baghdad closed a chapter of the militia campaign\n\
         The car was still burning on the main road of eastern Baghdad on Wednesday night. A U.S. drone strike had hit \
         the vehicle, killing three members of Kataib Hezbollah.\n\
         The campaign began in mid-October, when the factions started firing drones and rockets at bases. On Christmas \
         Day, a one-way attack drone struck Erbil air base, wounding three U.S. service members.",
    );
    let main = v.iter().find(|i| i.role == Role::Main).unwrap();
    assert_eq!((main.date, main.killed, main.weapon), (d(2024, 2, 7), Some(3), Weapon::Drone), "{v:#?}");
    let bg: Vec<&Incident> = v.iter().filter(|i| i.role == Role::Background).collect();
    assert_eq!(bg.len(), 1, "the campaign's start is no attack: {v:#?}");
    assert_eq!((bg[0].date, bg[0].injured), (d(2023, 12, 25), Some(3)));
}

#[test]
fn an_agency_dateline_with_its_own_date_is_not_the_attack_date() {
    let v = incidents(
        "BAGHDAD, Nov. 9, 2019 (Xinhua) -- Around 17 Katyusha rockets struck Qayyarah air base south of Mosul on \
         Friday, an Iraqi security source said. The rockets were launched from a rural area about 8 km west of the base.",
    );
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!((v[0].date, v[0].count_min, v[0].launch_distance_km), (d(2019, 11, 8), Some(17), Some(8.0)));
    assert!(v[0].launch_location.unwrap().lon < v[0].location.unwrap().lon, "west of the base");
}

#[test]
fn an_attack_that_came_a_day_after_another_dates_the_other() {
    let v = incidents(
        "Wed 7 July 2021\nAn explosive-laden drone struck Erbil International Airport on Tuesday, causing no \
         casualties. The airport was first hit by an armed drone in April. The attack came a day after three rockets \
         landed on the perimeter of Ain al-Asad air base, causing no injuries.",
    );
    let asad = v.iter().find(|i| i.place.as_deref() == Some("Al Asad Air Base")).expect("the earlier attack");
    assert_eq!((asad.date, asad.count_min, asad.injured), (d(2021, 7, 5), Some(3), Some(0)), "{v:#?}");
    let main = v.iter().find(|i| i.role == Role::Main).unwrap();
    assert_eq!((main.date, main.killed, main.injured), (d(2021, 7, 6), Some(0), Some(0)));
}

#[test]
fn an_explosion_at_a_site_is_an_attack_and_the_weapon_told_later_joins_it() {
    let text = "Published 12 June 2022\n\
        An explosion hit the perimeter of Baghdad International Airport on Saturday night, police said. \
        Two guards were wounded.\n\
        Security sources later said the perimeter had been targeted by a small drone.";
    let v = incidents(text);
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(v[0].place.as_deref(), Some("Baghdad International Airport"));
    assert_eq!(v[0].date, d(2022, 6, 11));
    assert_eq!(v[0].weapon, Weapon::Drone);
    assert_eq!(v[0].injured, Some(2));
}

#[test]
fn a_site_struck_on_a_given_day_is_an_attack_without_a_weapon_word() {
    let v = incidents(
        "Posted 3 March 2024\nThe group said its fighters struck the base at the Omar oil field at dawn today.",
    );
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(v[0].date, d(2024, 3, 3));
    assert_eq!(v[0].weapon, Weapon::Unknown);
    // A verb alone, without a site and a day, is not enough.
    assert!(incidents("Posted 3 March 2024\nThe group said its fighters struck back in Deir ez-Zor.").is_empty());
    assert!(incidents("Posted 3 March 2024\nThe air force continues to strike hideouts near Mosul.").is_empty());
}

#[test]
fn a_sentence_about_the_attack_goes_to_the_one_just_told_or_to_each_in_the_paragraph() {
    let text = "Published 10 May 2021\n\
        Two rockets hit Balad air base on Monday. On Tuesday a drone struck Ain al-Asad air base. \
        The attack is under investigation, with two soldiers wounded, an army statement said.\n\
        Three rockets fell near Erbil airport on Friday. A drone hit Harir air base on Saturday. \
        No one was hurt in either attack.";
    let v = incidents(text);
    let at = |p: &str| v.iter().find(|i| i.place.as_deref() == Some(p)).unwrap_or_else(|| panic!("{p}: {v:#?}"));
    assert_eq!(at("Al Asad Air Base").injured, Some(2));
    assert_eq!(at("Balad Air Base").injured, None);
    assert_eq!(at("Erbil International Airport").injured, Some(0));
    assert_eq!(at("Harir Air Base").injured, Some(0));
}

#[test]
fn strikes_on_two_towns_named_together_are_two_incidents() {
    let text = "Published 5 March 2024\n\
        Warplanes struck a depot near Albu Kamal and a headquarters in Mayadin on Monday night, monitors said. \
        Nine fighters were killed.";
    let v = incidents(text);
    let places: Vec<&str> = v.iter().filter_map(|i| i.place.as_deref()).collect();
    assert_eq!(places, ["Albu Kamal", "Mayadin"], "{v:#?}");
    assert!(v.iter().all(|i| i.date == d(2024, 3, 4) && i.role == Role::Main));
    assert_eq!(v[0].killed, Some(9));
    assert_eq!(v[1].killed, None, "the toll is not split between the towns");
    // A reference point is no second target, nor is a place named beside another that is not struck.
    let one = incidents("Published 5 March 2024\nRockets hit Ain al-Asad air base, 180 km west of Baghdad, on Monday.");
    assert_eq!(one.len(), 1, "{one:#?}");
    let near = incidents("Published 5 March 2024\nRockets hit Balad air base and the nearby town of Balad on Monday.");
    assert_eq!(near.len(), 1, "{near:#?}");
}

/// The shipped sample reports are what `incmap map` shows first: their figures must hold.
#[test]
fn the_sample_camp_taji_report_keeps_its_toll() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/reports/2020-03-11-camp-taji-rockets.txt");
    let a = extract::article_from_text(path, &std::fs::read_to_string(path).unwrap());
    let v = extract::extract(&a, Gazetteer::embedded());
    let taji = v.iter().find(|i| i.place.as_deref() == Some("Camp Taji")).expect("the Taji attack");
    assert_eq!(taji.date, d(2020, 3, 11));
    assert_eq!((taji.killed, taji.injured), (Some(3), Some(12)), "two Americans and a Briton killed, a dozen wounded");
    assert_eq!(taji.weapon, Weapon::Rocket);
}

#[test]
fn an_event_told_in_a_when_clause_after_since_is_read() {
    let text =
        "Published 20 May 2024\nThe city has been on edge since the 9th of May, when a drone struck Erbil airport.";
    let v = incidents(text);
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(v[0].date, d(2024, 5, 9));
    assert_eq!(v[0].place.as_deref(), Some("Erbil International Airport"));
    // A cumulative "since" is still no event.
    assert!(incidents("Published 20 May 2024\nDrones have struck Erbil airport ten times since March.").is_empty());
}

#[test]
fn an_attack_told_without_a_date_is_of_the_story_day_and_history_keeps_its_own() {
    let text = "Published 2 October 2022\n\
        Missiles struck a camp near Koya on Sunday, killing two people.\n\
        At Sinjar, a drone hit a checkpoint, wounding four.\n\
        In 2018 a missile strike on Koya killed fourteen people.";
    let v = incidents(text);
    let day = |p: &str| {
        v.iter().find(|i| i.place.as_deref() == Some(p) && i.date_precision == Some(DatePrecision::Day)).map(|i| i.date)
    };
    assert_eq!(day("Koya"), Some(d(2022, 10, 2)), "{v:#?}");
    assert_eq!(day("Sinjar"), Some(d(2022, 10, 2)), "{v:#?}");
    let history = v.iter().find(|i| i.date_precision == Some(DatePrecision::Year)).expect("the 2018 strike");
    assert_eq!((history.date, history.killed), (d(2018, 1, 1), Some(14)));
}
