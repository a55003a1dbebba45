//! The interactive map in a real headless browser (Debian's Chromium): it loads without a console
//! error, shows one marker per located incident, its filters change what it shows, and it draws.
//! Skipped, with a message, when no Chromium is installed (`.ci/run` installs it).

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use incmap::model::{DatePrecision, Incident, LatLon, Weapon};

fn chromium() -> Option<PathBuf> {
    let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
    let from_env = std::env::var_os("INCMAP_CHROMIUM").map(PathBuf::from);
    from_env.into_iter().chain(names.iter().filter_map(|n| which(n))).find(|p| p.is_file())
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(name)).find(|p| p.is_file())
}

macro_rules! chromium_or_skip {
    () => {
        match chromium() {
            Some(c) => c,
            None => {
                eprintln!("SKIPPED: no Chromium found (apt-get install chromium, or set INCMAP_CHROMIUM)");
                return;
            }
        }
    };
}

fn incident(id: &str, at: Option<LatLon>, weapon: Weapon, date: &str) -> Incident {
    Incident {
        id: id.into(),
        source: format!("https://example.org/{id}"),
        sources: vec![format!("https://example.org/{id}"), format!("reports/{id}.txt")],
        date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
        date_precision: Some(DatePrecision::Day),
        place: Some(id.into()),
        country: Some("IQ".into()),
        location: at,
        weapon,
        evidence: Some(format!("A {weapon} attack struck {id} </script> <b>not bold</b>.")),
        reports: 1,
        ..Default::default()
    }
}

fn sample() -> Vec<Incident> {
    vec![
        Incident {
            killed: Some(1),
            injured: Some(6),
            attacker: Some("Saraya Awliya al-Dam".into()),
            launch_location: Some(LatLon::new(36.19, 43.91)),
            launch_site: Some("a field south-west of the city".into()),
            range_km: Some(8.0),
            ..incident("Erbil International Airport", Some(LatLon::new(36.2375, 43.963)), Weapon::Rocket, "2021-02-15")
        },
        incident("K-1 Air Base", Some(LatLon::new(35.5125, 44.284)), Weapon::Rocket, "2019-12-27"),
        Incident {
            attacker: Some("Iran".into()),
            ..incident("Al Asad Air Base", Some(LatLon::new(33.7856, 42.4411)), Weapon::Missile, "2020-01-08")
        },
        Incident {
            range_km: Some(30.0),
            ..incident("al-Omar", Some(LatLon::new(35.06, 40.56)), Weapon::Drone, "2021-06-28")
        },
        incident("Tower 22", Some(LatLon::new(33.32, 38.69)), Weapon::Drone, "2024-01-28"),
        incident("somewhere", None, Weapon::Mortar, "2020-03-11"),
    ]
}

/// Writes the store and the page with `incmap web`; the page's path.
fn write_page(dir: &Path, incidents: &[Incident]) -> PathBuf {
    let store = dir.join("store.geojson");
    let fc = incmap::model::feature_collection(incidents);
    std::fs::write(&store, serde_json::to_string(&fc).unwrap()).unwrap();
    let out = dir.join("map.html");
    let run = Command::new(env!("CARGO_BIN_EXE_incmap"))
        .args(["web", "--store"])
        .arg(&store)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    out
}

fn browser(chromium: &Path, profile: &Path) -> Command {
    let mut c = Command::new(chromium);
    c.args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--enable-logging=stderr", "--v=0"])
        .arg(format!("--user-data-dir={}", profile.display()));
    c
}

/// The page's `<body>` attributes after it loaded (`data-markers`, `data-errors`, ...), and the
/// console's error lines.
fn load(chromium: &Path, page: &Path, fragment: &str) -> (std::collections::HashMap<String, String>, Vec<String>) {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}{fragment}", page.display());
    let out = browser(chromium, profile.path()).arg("--dump-dom").arg(&url).output().unwrap();
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    let dom = String::from_utf8_lossy(&out.stdout);
    let body = &dom[dom.find("<body").expect("a body")..];
    let tag = &body[..body.find('>').unwrap()];
    let attrs = tag
        .split_whitespace()
        .filter_map(|a| a.split_once('='))
        .map(|(k, v)| (k.to_string(), v.trim_matches('"').to_string()))
        .collect();
    // Chromium logs the page's console as `CONSOLE` lines: errors and uncaught exceptions.
    let log = String::from_utf8_lossy(&out.stderr);
    let errors = log
        .lines()
        .filter(|l| {
            l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains("ERROR:CONSOLE") || l.contains("Error"))
        })
        .map(str::to_string)
        .collect();
    (attrs, errors)
}

#[test]
fn the_page_loads_clean_shows_every_located_incident_and_filters() {
    let chromium = chromium_or_skip!();
    let dir = tempfile::tempdir().unwrap();
    let v = sample();
    let page = write_page(dir.path(), &v);
    let located = v.iter().filter(|i| i.location.is_some()).count();

    let (body, errors) = load(&chromium, &page, "");
    assert!(errors.is_empty(), "console errors: {errors:?}");
    assert_eq!(body.get("data-errors").map(String::as_str), Some("0"));
    assert_eq!(body.get("data-ready").map(String::as_str), Some("1"), "{body:?}");
    assert_eq!(body["data-markers"], located.to_string());
    assert_eq!(body["data-rows"], v.len().to_string(), "the table lists the unlocated one too");

    // Filters (kept in the URL's #fragment) change the count.
    let (body, errors) = load(&chromium, &page, "#weapon=drone");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(body["data-markers"], "2");
    let (body, _) = load(&chromium, &page, "#attacker=Iran");
    assert_eq!(body["data-markers"], "1");
    let (body, _) = load(&chromium, &page, "#from=2021-01-01&undated=0");
    assert_eq!(body["data-markers"], "3", "Erbil, al-Omar, Tower 22");
    assert_eq!(body["data-rows"], "3");
}

#[test]
fn a_screenshot_of_the_page_shows_the_map() {
    let chromium = chromium_or_skip!();
    let dir = tempfile::tempdir().unwrap();
    let page = write_page(dir.path(), &sample());
    let shot = dir.path().join("page.png");
    let profile = tempfile::tempdir().unwrap();
    let out = browser(&chromium, profile.path())
        .args(["--hide-scrollbars", "--window-size=1400,900", "--virtual-time-budget=3000"])
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let img = image::open(&shot).unwrap().to_rgb8();
    assert_eq!(img.dimensions(), (1400, 900));
    // Not blank: land, sea, text, and the markers in the weapons' colours.
    let colours: std::collections::HashSet<[u8; 3]> = img.pixels().map(|p| p.0).collect();
    assert!(colours.len() > 100, "{} colours: a blank page?", colours.len());
    let count = |w: Weapon| {
        let c = incmap::render::weapon_style(w).color;
        img.pixels().filter(|p| p.0.iter().zip([c.0, c.1, c.2]).all(|(a, b)| (*a as i32 - b as i32).abs() < 12)).count()
    };
    for w in [Weapon::Rocket, Weapon::Drone, Weapon::Missile] {
        assert!(count(w) > 30, "{w}: {} pixels of its colour", count(w));
    }
    let sea = [0xc9, 0xdc, 0xea];
    assert!(img.pixels().filter(|p| p.0 == sea).count() > 1000, "no sea: no basemap drawn");
}

/// 10,000 incidents: every one is drawn, without a console error. How fast is measured, not
/// asserted (shared machines are noisy; the brief keeps timings out of tests): the time from
/// navigation to a drawn page is printed (`cargo test --release --test web_map ten_thousand --
/// --nocapture`).
#[test]
fn ten_thousand_incidents_are_all_drawn() {
    let chromium = chromium_or_skip!();
    let dir = tempfile::tempdir().unwrap();
    let mut state = 11u64;
    let mut next = || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let v: Vec<Incident> = (0..10_000)
        .map(|n| {
            let at = LatLon::new(29.5 + next() * 7.5, 38.5 + next() * 9.5);
            let w = Weapon::ALL[(next() * 8.0) as usize % 8];
            let day = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap() + chrono::Days::new((next() * 1800.0) as u64);
            Incident {
                killed: (next() < 0.5).then(|| (next() * 10.0) as u32),
                range_km: (next() < 0.2).then_some(20.0),
                ..incident(&format!("r{n}"), Some(at), w, &day.to_string())
            }
        })
        .collect();
    let page = write_page(dir.path(), &v);
    let (body, errors) = load(&chromium, &page, "");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(body["data-markers"], "10000");
    let ms: u64 = body["data-load-ms"].parse().unwrap();
    eprintln!("10,000 incidents: page ready {ms} ms after navigation");
}
