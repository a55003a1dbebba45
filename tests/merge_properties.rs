//! Invariants of merging on random reports: nothing lost, figures stay ranges.

use chrono::NaiveDate;
use incmap::merge::merge;
use incmap::model::{DatePrecision, GeoPrecision, Incident, LatLon, Weapon};
use proptest::prelude::*;

const PLACES: [(&str, f64, f64, GeoPrecision); 4] = [
    ("Erbil International Airport", 36.2375, 43.963056, GeoPrecision::Site),
    ("Erbil", 36.1912, 44.0092, GeoPrecision::Town),
    ("K-1 Air Base", 35.5123, 44.3106, GeoPrecision::Site),
    ("Kirkuk", 35.4681, 44.3922, GeoPrecision::Town),
];

fn report() -> impl Strategy<Value = Incident> {
    (
        0..PLACES.len(),
        proptest::option::of(0i64..20),
        0..3usize,
        prop_oneof![Just(Weapon::Rocket), Just(Weapon::Drone), Just(Weapon::Unknown)],
        proptest::option::of(0u32..4),
        proptest::option::of(0u32..10),
        0..1000u32,
    )
        .prop_map(|(p, day, precision, weapon, killed, injured, n)| {
            let (name, lat, lon, geo) = PLACES[p];
            let precision = [DatePrecision::Day, DatePrecision::Month, DatePrecision::Year][precision];
            let date = day.map(|d| NaiveDate::from_ymd_opt(2021, 1, 20).unwrap() + chrono::Days::new(d as u64));
            Incident {
                id: format!("r{n}"),
                source: format!("article-{n}.txt"),
                sources: vec![format!("article-{n}.txt")],
                date,
                date_precision: date.map(|_| precision),
                place: Some(name.into()),
                geo_precision: Some(geo),
                location: Some(LatLon::new(lat, lon)),
                weapon,
                killed,
                injured,
                reports: 1,
                ..Default::default()
            }
        })
}

proptest! {
    #[test]
    fn merging_loses_no_report_and_no_source(reports in proptest::collection::vec(report(), 0..30)) {
        // Each report its own article's, and then all of them one article's.
        let mut store = Vec::new();
        let new: usize = reports.iter().map(|r| merge(&mut store, vec![r.clone()]).stats.new).sum();
        prop_assert_eq!(new, store.len());
        let mut one_article = Vec::new();
        let merged = merge(&mut one_article, reports.clone());
        prop_assert_eq!(merged.placed.len(), reports.len());
        prop_assert_eq!(one_article.iter().map(|i| i.reports as usize).sum::<usize>(), reports.len());
        prop_assert_eq!(store.iter().map(|i| i.reports as usize).sum::<usize>(), reports.len());
        for r in &reports {
            prop_assert!(store.iter().any(|i| i.sources.contains(&r.source)), "lost {}", r.source);
        }
        for i in &store {
            prop_assert!(i.killed_max.is_none_or(|m| Some(m) > i.killed));
            prop_assert!(i.injured_max.is_none_or(|m| Some(m) > i.injured));
            prop_assert_eq!(Some(&i.source), i.sources.first());
        }
    }

    #[test]
    fn merging_in_two_steps_keeps_every_report(
        first in proptest::collection::vec(report(), 0..15),
        second in proptest::collection::vec(report(), 0..15),
    ) {
        let mut store = Vec::new();
        for r in &first {
            merge(&mut store, vec![r.clone()]);
        }
        let ids: Vec<String> = store.iter().map(|i| i.id.clone()).collect();
        for r in &second {
            merge(&mut store, vec![r.clone()]);
        }
        prop_assert_eq!(store.iter().map(|i| i.reports as usize).sum::<usize>(), first.len() + second.len());
        prop_assert!(ids.iter().zip(&store).all(|(id, i)| *id == i.id), "ids stay in place");
    }
}
