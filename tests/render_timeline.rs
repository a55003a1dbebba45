//! The timeline (`incmap timeline`): what a reader of it would check. Its bars add up to the dated
//! incidents in the window, the filters change them, what has no date is said and not drawn, an
//! unknown toll is never a zero, and the SVG edits cleanly (a group per layer, the labels as text).

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use incmap::index::Filter;
use incmap::model::{DatePrecision, Incident, LatLon, Weapon};
use incmap::render::{self, BinSize, RenderedTimeline, TimelineOptions, weapon_style};

const ERBIL_AIRPORT: LatLon = LatLon { lat: 36.2375, lon: 43.963056 };
const AL_ASAD: LatLon = LatLon { lat: 33.7856, lon: 42.4411 };

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn incident(id: &str, at: LatLon, weapon: Weapon, date: &str) -> Incident {
    Incident {
        id: id.into(),
        source: format!("{id}.txt"),
        sources: vec![format!("{id}.txt")],
        date: Some(day(date)),
        date_precision: Some(DatePrecision::Day),
        place: Some(id.into()),
        country: Some("IQ".into()),
        location: Some(at),
        weapon,
        killed: Some(0),
        injured: Some(0),
        reports: 1,
        ..Default::default()
    }
}

/// A season of attacks in 2021 with one before and one after it, and one with no date.
fn season() -> Vec<Incident> {
    vec![
        Incident {
            killed: Some(1),
            injured: Some(6),
            ..incident("Erbil International Airport", ERBIL_AIRPORT, Weapon::Rocket, "2021-02-15")
        },
        incident("Erbil", LatLon::new(36.19, 44.01), Weapon::Rocket, "2021-02-16"),
        Incident { injured: Some(1), ..incident("Al Asad Air Base", AL_ASAD, Weapon::Rocket, "2021-03-03") },
        incident("Al Asad drones", AL_ASAD, Weapon::Drone, "2021-03-05"),
        Incident { killed: Some(2), ..incident("Camp Taji", LatLon::new(33.52, 44.26), Weapon::Mortar, "2021-04-14") },
        incident("Ain al-Asad", AL_ASAD, Weapon::Drone, "2021-06-28"),
        incident("K-1 Air Base", LatLon::new(35.5125, 44.28417), Weapon::Rocket, "2019-12-27"),
        incident("Tower 22", LatLon::new(33.31, 38.69), Weapon::Drone, "2024-01-28"),
        Incident { date: None, date_precision: None, ..incident("Undated", AL_ASAD, Weapon::Rocket, "2021-01-01") },
    ]
}

fn draw(incidents: &[Incident], opts: &TimelineOptions, out: &Path) -> RenderedTimeline {
    render::render_timeline(incidents, opts, out).unwrap()
}

fn window(since: &str, until: &str) -> Filter {
    Filter { since: Some(day(since)), until: Some(day(until)), ..Default::default() }
}

fn total(t: &RenderedTimeline) -> usize {
    t.bins.iter().map(|b| b.total()).sum()
}

/// Every text of the SVG's group `id`.
fn texts(svg: &str, id: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let g = doc.descendants().find(|n| n.has_tag_name("g") && n.attribute("id") == Some(id));
    let g = g.unwrap_or_else(|| panic!("no <g id={id:?}>"));
    g.descendants().filter(|n| n.has_tag_name("text")).map(|n| n.text().unwrap_or_default().to_string()).collect()
}

#[test]
fn the_bins_add_up_to_the_dated_incidents_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let v = season();
    let opts = TimelineOptions { filter: window("2021-01-01", "2021-12-31"), ..Default::default() };
    let t = draw(&v, &opts, &dir.path().join("t.png"));
    let in_window = v.iter().filter(|i| i.date.is_some_and(|d| d >= day("2021-01-01") && d <= day("2021-12-31")));
    assert_eq!(total(&t), in_window.count());
    assert_eq!(total(&t), 6);
    assert_eq!(t.shown, 6);
    // A year drawn by week, Monday to Sunday, from the week holding 1 January to the one holding 31 December.
    assert_eq!(t.bin, BinSize::Week);
    assert_eq!(t.bins[0].first, day("2020-12-28"));
    assert_eq!(t.bins.last().unwrap().last, day("2022-01-02"));
    assert!(t.bins.windows(2).all(|w| w[0].last.succ_opt() == Some(w[1].first)), "bins are contiguous");
    // The two Erbil attacks of 15 and 16 February share their week; the week is the one holding them.
    let feb = t.bins.iter().find(|b| b.first <= day("2021-02-15") && day("2021-02-15") <= b.last).unwrap();
    assert_eq!((feb.first, feb.count(Weapon::Rocket), feb.total()), (day("2021-02-15"), 2, 2));
    assert!(t.subtitle[0].starts_with("1 Jan 2021 – 31 Dec 2021  ·  6 attacks"), "{:?}", t.subtitle);
    // With no window the axis runs from the first attack to the last, by month over four years.
    let all = draw(&v, &TimelineOptions::default(), &dir.path().join("all.png"));
    assert_eq!(all.bin, BinSize::Month);
    assert_eq!(total(&all), 8);
    assert_eq!((all.bins[0].first, all.bins.last().unwrap().first), (day("2019-12-01"), day("2024-01-01")));
    assert_eq!(all.bins.len(), 50);
}

#[test]
fn a_filter_changes_the_bars() {
    let dir = tempfile::tempdir().unwrap();
    let v = season();
    let all = draw(&v, &TimelineOptions::default(), &dir.path().join("all.svg"));
    let drones =
        TimelineOptions { filter: Filter { weapons: vec![Weapon::Drone], ..Default::default() }, ..Default::default() };
    let d = draw(&v, &drones, &dir.path().join("drones.svg"));
    assert_eq!(total(&d), 3);
    assert!(d.bins.iter().all(|b| b.total() == b.count(Weapon::Drone)), "only drone attacks are counted");
    assert!(all.bins.iter().map(|b| b.count(Weapon::Rocket)).sum::<usize>() == 4);
    // The legend lists what the bars show.
    let svg = std::fs::read_to_string(dir.path().join("drones.svg")).unwrap();
    let legend = texts(&svg, "legend").join("\n");
    assert!(legend.contains("Drone  (3)") && !legend.contains("Rocket"), "{legend}");
    // --around keeps to a circle: 25 km around Erbil airport holds the two Erbil attacks only.
    let erbil = TimelineOptions {
        focus: Some(render::Focus { name: "Erbil International Airport".into(), at: ERBIL_AIRPORT, km: 25.0 }),
        ..Default::default()
    };
    let e = draw(&v, &erbil, &dir.path().join("erbil.png"));
    assert_eq!(total(&e), 2);
    assert_eq!(e.undated, 0, "the undated attack at Al Asad is outside the circle");
    assert!(e.title.contains("within 25 km of Erbil International Airport"), "{}", e.title);
    assert_eq!(e.bin, BinSize::Day, "two days apart: drawn by day");
}

#[test]
fn an_undated_incident_is_not_drawn_and_is_counted_in_the_subtitle() {
    let dir = tempfile::tempdir().unwrap();
    let v = season();
    let out = dir.path().join("t.svg");
    let t = draw(&v, &TimelineOptions::default(), &out);
    assert_eq!(t.undated, 1);
    assert_eq!(total(&t), v.len() - 1);
    let svg = std::fs::read_to_string(&out).unwrap();
    let title = texts(&svg, "title").join("  ·  ");
    assert!(title.contains("1 undated, not shown"), "{title}");
    // A window leaves it out as well, and still says so: no date can be in a window.
    let t = draw(&v, &TimelineOptions { filter: window("2021-02-01", "2021-03-31"), ..Default::default() }, &out);
    assert_eq!((t.undated, total(&t)), (1, 4));
    assert!(t.subtitle.iter().any(|l| l.contains("1 undated, not shown")), "{:?}", t.subtitle);
    // Nothing undated, nothing said.
    let dated: Vec<Incident> = v.into_iter().filter(|i| i.date.is_some()).collect();
    let t = draw(&dated, &TimelineOptions::default(), &out);
    assert!(!t.subtitle.join(" ").contains("undated"), "{:?}", t.subtitle);
}

#[test]
fn month_dates_go_in_their_month_and_year_dates_are_counted_not_placed() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = season();
    v.push(Incident {
        date_precision: Some(DatePrecision::Month),
        ..incident("Baghdad", LatLon::new(33.31, 44.36), Weapon::Rocket, "2021-03-01")
    });
    v.push(Incident {
        date_precision: Some(DatePrecision::Year),
        ..incident("Somewhere in 2021", AL_ASAD, Weapon::Rocket, "2021-01-01")
    });
    let opts = TimelineOptions { filter: window("2021-01-01", "2021-12-31"), ..Default::default() };
    let out = dir.path().join("t.svg");
    let t = draw(&v, &opts, &out);
    assert_eq!(t.bin, BinSize::Week);
    // In the week of 1 March 2021 (a Monday), with the 3 and 5 March attacks, and said to be so.
    let week = t.bins.iter().find(|b| b.first == day("2021-03-01")).unwrap();
    assert_eq!((week.total(), week.month_only.iter().sum::<usize>()), (3, 1));
    assert_eq!((t.month_only, t.year_only, total(&t)), (1, 1, 7));
    let svg = std::fs::read_to_string(&out).unwrap();
    let axes = texts(&svg, "axes").join("\n");
    assert!(axes.contains("paler: 1 dated only to the month, in the week of its 1st"), "{axes}");
    assert!(t.subtitle.join(" ").contains("1 dated only to the year, not shown"), "{:?}", t.subtitle);
    // By month it is simply in its month.
    let t = draw(&v, &TimelineOptions { bin: Some(BinSize::Month), ..opts }, &out);
    let march = t.bins.iter().find(|b| b.first == day("2021-03-01")).unwrap();
    assert_eq!((march.total(), march.month_only.iter().sum::<usize>()), (3, 0));
}

#[test]
fn unknown_casualties_are_not_zero() {
    let dir = tempfile::tempdir().unwrap();
    let none = |id: &str, date: &str, killed: Option<u32>| Incident {
        killed,
        injured: None,
        ..incident(id, AL_ASAD, Weapon::Rocket, date)
    };
    let v = vec![
        none("a", "2021-03-01", Some(2)),
        none("b", "2021-03-02", None),
        none("c", "2021-03-20", None),
        incident("d", AL_ASAD, Weapon::Drone, "2021-03-21"),
    ];
    let out = dir.path().join("t.svg");
    let t = draw(&v, &TimelineOptions { bin: Some(BinSize::Week), ..Default::default() }, &out);
    let first = &t.bins[0];
    assert_eq!((first.killed, first.killed_unknown, first.injured, first.injured_unknown), (2, 1, 0, 2));
    let third = t.bins.iter().find(|b| b.first == day("2021-03-15")).unwrap();
    assert_eq!((third.killed, third.killed_unknown, third.injured_unknown), (0, 1, 1));
    let sub = t.subtitle.join("  ·  ");
    assert!(sub.contains("killed: at least 2 (no figure for 2 of 4)"), "{sub}");
    assert!(sub.contains("injured: at least 0 (no figure for 3 of 4)"), "{sub}");
    assert!(t.casualty_note.contains("no killed figure for 2 of 4, no injured figure for 3"), "{}", t.casualty_note);
    let svg = std::fs::read_to_string(&out).unwrap();
    // Each bar with an incident of unknown toll is marked; the panel says what it leaves out.
    let marks = texts(&svg, "casualties");
    assert_eq!(marks.iter().filter(|t| *t == "?").count(), 2, "{marks:?}");
    assert!(texts(&svg, "axes").iter().any(|l| l.contains("no killed figure for 2 of 4")));
    // The largest event is labelled with what is known of it, never "0 injured".
    let notes = texts(&svg, "annotations");
    assert!(notes.contains(&"2 killed, injured not stated".to_string()), "{notes:?}");

    // When no figure is given at all, none is summed.
    let unknown: Vec<Incident> = v.iter().map(|i| Incident { killed: None, injured: None, ..i.clone() }).collect();
    let t = draw(&unknown, &TimelineOptions::default(), &out);
    let sub = t.subtitle.join("  ·  ");
    assert!(sub.contains("killed: not stated") && sub.contains("injured: not stated"), "{sub}");
    assert!(!sub.contains("killed: 0") && !sub.contains("injured: 0"), "{sub}");
    assert!(t.bins.iter().all(|b| b.killed == 0 && b.killed_unknown == b.total()));
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(texts(&svg, "axes").join(" ").contains("No killed or injured figure stated"));
}

#[test]
fn a_filter_that_keeps_nothing_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("t.svg");
    let none = Filter { weapons: vec![Weapon::Ied], ..Default::default() };
    let t = draw(&season(), &TimelineOptions { filter: none, ..Default::default() }, &out);
    assert_eq!((t.shown, t.bins.len()), (0, 0));
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(texts(&svg, "axes").contains(&"No dated incidents to show".to_string()));
    // A window after every attack: its one day, empty.
    let later = TimelineOptions { filter: window("2030-01-01", "2030-01-31"), ..Default::default() };
    let t = draw(&season(), &later, &out);
    assert_eq!((t.shown, t.bin, t.bins.len(), total(&t)), (0, BinSize::Day, 31, 0));
}

#[test]
fn the_svg_has_a_group_per_layer_and_the_labels_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("t.svg");
    let t = draw(&season(), &TimelineOptions::default(), &out);
    let svg = std::fs::read_to_string(&out).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let ids: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("g")).filter_map(|n| n.attribute("id")).collect();
    for id in ["background", "grid", "attacks", "casualties", "axes", "annotations", "title", "legend", "credit"] {
        assert_eq!(ids.iter().filter(|x| **x == id).count(), 1, "{id} in {ids:?}");
    }
    // The largest events by killed and injured: Erbil airport (7), then Camp Taji (2), then Al Asad (1).
    let notes = texts(&svg, "annotations");
    for label in
        ["15 Feb 2021 · Erbil International Airport", "14 Apr 2021 · Camp Taji", "3 Mar 2021 · Al Asad Air Base"]
    {
        assert!(notes.iter().any(|n| n == label), "{label} not in {notes:?}");
    }
    assert_eq!(t.annotations.len(), 3);
    assert!(t.annotations[0].starts_with("15 Feb 2021 · Erbil International Airport / 1 killed, 6 injured"));
    // Bars are filled with the maps' weapon colours.
    let rocket = render::css(weapon_style(Weapon::Rocket).color);
    let attacks = doc.descendants().find(|n| n.attribute("id") == Some("attacks")).unwrap();
    let fills: Vec<&str> = attacks.descendants().filter_map(|n| n.attribute("fill")).collect();
    assert!(fills.contains(&rocket.as_str()), "{fills:?}");
    // With text as outlines there is no <text> left, and each label is a path titled with it.
    let paths = dir.path().join("paths.svg");
    draw(&season(), &TimelineOptions { svg_text_as_paths: true, ..Default::default() }, &paths);
    let svg = std::fs::read_to_string(&paths).unwrap();
    assert!(!svg.contains("<text"));
    assert!(svg.contains("<title>15 Feb 2021 · Erbil International Airport</title>"));
}

#[test]
fn the_png_is_drawn_with_the_embedded_font_and_the_maps_colours() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("t.png");
    let opts = TimelineOptions { width: 1200, height: 700, ..Default::default() };
    draw(&season(), &opts, &out);
    let img = image::open(&out).unwrap().to_rgb8();
    assert_eq!(img.dimensions(), (1200, 700));
    // Ink in the title's line (no system font needed), and bars in the rocket and drone colours.
    let dark = |x0: u32, y0: u32, x1: u32, y1: u32| {
        (y0..y1).flat_map(|y| (x0..x1).map(move |x| (x, y))).filter(|(x, y)| img.get_pixel(*x, *y).0[0] < 80).count()
    };
    assert!(dark(10, 10, 400, 40) > 300, "no title drawn");
    for w in [Weapon::Rocket, Weapon::Drone, Weapon::Mortar] {
        let c = weapon_style(w).color;
        let n = img.pixels().filter(|p| p.0.iter().zip([c.0, c.1, c.2]).all(|(a, b)| a.abs_diff(b) <= 4)).count();
        assert!(n > 100, "{w}: {n} pixels of its colour");
    }
}

#[test]
fn the_command_takes_the_shared_filters_and_around() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store.geojson");
    let fc = incmap::model::feature_collection(&season());
    std::fs::write(&store, serde_json::to_string(&fc).unwrap()).unwrap();
    let out = dir.path().join("erbil.svg");
    let run = Command::new(env!("CARGO_BIN_EXE_incmap"))
        .args(["timeline", "--store"])
        .arg(&store)
        .arg("--out")
        .arg(&out)
        .args(["--around", "Erbil International Airport", "--km", "25", "--weapon", "rockets", "--since", "2021"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(stderr.contains("2 incidents in"), "{stderr}");
    let svg = std::fs::read_to_string(&out).unwrap();
    let title = texts(&svg, "title");
    assert!(title[0].starts_with("Reported attacks within 25 km of Erbil International Airport"), "{title:?}");
    assert!(title[1].contains("2 attacks"), "{title:?}");

    let bad = Command::new(env!("CARGO_BIN_EXE_incmap"))
        .args(["timeline", "--store"])
        .arg(&store)
        .args(["--bin", "fortnight"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("use day, week or month"));
    let nowhere = Command::new(env!("CARGO_BIN_EXE_incmap"))
        .args(["timeline", "--store"])
        .arg(&store)
        .args(["--around", "Atlantis", "--km", "5", "--out"])
        .arg(dir.path().join("x.png"))
        .output()
        .unwrap();
    assert_eq!(nowhere.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&nowhere.stderr).starts_with("incmap: --around"));
}
