//! Renders known incidents and checks the pixels: markers where the projection puts them, rings the
//! size the scale bar says, valid SVG, text drawn without any system font.

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use incmap::gazetteer::Gazetteer;
use incmap::geodesy;
use incmap::model::{DatePrecision, Incident, LatLon, Weapon};
use incmap::render::{self, Extent, MapOptions, RenderedMap, weapon_style};

const ERBIL_AIRPORT: LatLon = LatLon { lat: 36.2375, lon: 43.963056 };

fn incident(id: &str, at: LatLon, weapon: Weapon, date: &str) -> Incident {
    Incident {
        id: id.into(),
        source: format!("{id}.txt"),
        sources: vec![format!("{id}.txt")],
        date: Some(NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap()),
        date_precision: Some(DatePrecision::Day),
        place: Some(id.into()),
        country: Some("IQ".into()),
        location: Some(at),
        weapon,
        reports: 1,
        ..Default::default()
    }
}

/// The Erbil airport rocket attack: launched 7 km to the south-west, 8 km range.
fn erbil_rockets() -> Incident {
    Incident {
        count_min: Some(3),
        killed: Some(1),
        injured: Some(6),
        launch_site: Some("7 km south-west of the airport".into()),
        launch_distance_km: Some(7.0),
        launch_location: Some(geodesy::destination(ERBIL_AIRPORT, 225.0, 7.0)),
        range_km: Some(8.0),
        ..incident("Erbil International Airport", ERBIL_AIRPORT, Weapon::Rocket, "2021-02-15")
    }
}

fn seeds() -> Vec<Incident> {
    vec![
        erbil_rockets(),
        incident("K-1 Air Base", LatLon::new(35.5125, 44.28417), Weapon::Rocket, "2019-12-27"),
        incident("Al Asad Airbase", LatLon::new(33.7856, 42.4411), Weapon::Missile, "2020-01-08"),
        incident("Qayyarah Airfield West", LatLon::new(35.76583, 43.12167), Weapon::Rocket, "2019-11-08"),
        incident("Baghdad International Airport", LatLon::new(33.2625, 44.2346), Weapon::Drone, "2020-01-03"),
        Incident {
            range_km: Some(30.0),
            ..incident("al-Omar", LatLon::new(35.06, 40.56), Weapon::Drone, "2021-06-28")
        },
        incident("Erbil drones", ERBIL_AIRPORT, Weapon::Drone, "2021-04-14"),
    ]
}

fn render(incidents: &[Incident], opts: &MapOptions, out: &Path) -> RenderedMap {
    render::render_map(incidents, Gazetteer::embedded(), opts, out).unwrap()
}

fn pixel(img: &image::RgbImage, (x, y): (f64, f64)) -> [u8; 3] {
    img.get_pixel(x.round() as u32, y.round() as u32).0
}

fn close(a: [u8; 3], b: [u8; 3], tol: i32) -> bool {
    a.iter().zip(b).all(|(x, y)| (*x as i32 - y as i32).abs() <= tol)
}

fn rgb_of(w: Weapon) -> [u8; 3] {
    let c = weapon_style(w).color;
    [c.0, c.1, c.2]
}

#[test]
fn the_erbil_airport_marker_is_where_the_projection_puts_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("seeds.png");
    // Only the rocket attack at Erbil, so no other marker sits on it.
    let mut v = seeds();
    v.retain(|i| i.id != "Erbil drones");
    let map = render(&v, &MapOptions::default(), &out);
    let img = image::open(&out).unwrap().to_rgb8();
    assert_eq!(img.dimensions(), (1600, 1000));
    let at = map.projection.to_px(ERBIL_AIRPORT);
    assert!(map.projection.frame().contains(at));
    assert!(close(pixel(&img, at), rgb_of(Weapon::Rocket), 8), "{:?} at {at:?}", pixel(&img, at));
    // Al Asad's marker is the missile colour, and a point between the two is not either.
    let asad = map.projection.to_px(LatLon::new(33.7856, 42.4411));
    assert!(close(pixel(&img, asad), rgb_of(Weapon::Missile), 8), "{:?}", pixel(&img, asad));
    let between = map.projection.to_px(LatLon::new(35.0, 43.2));
    assert!(!close(pixel(&img, between), rgb_of(Weapon::Rocket), 40));
    assert_eq!(map.shown, 6);
    assert_eq!(map.numbered.len(), 6, "every incident is numbered and listed");
    assert_eq!(map.numbered[0], "Qayyarah Airfield West", "numbers run in date order");
}

/// Distance from `c` to the ring drawn in `color`, measured along rays that avoid `skip_bearing`.
fn ring_radius_px(img: &image::RgbImage, c: (f64, f64), color: [u8; 3], guess: f64, skip_bearing: f64) -> f64 {
    let mut radii = Vec::new();
    for deg in 0..360 {
        let off = ((deg as f64 - skip_bearing + 540.0) % 360.0 - 180.0).abs();
        if off < 50.0 {
            continue; // the target marker and the arrow lie that way
        }
        let (s, co) = (deg as f64).to_radians().sin_cos();
        let hits: Vec<f64> = (0..=((guess * 0.6) * 10.0) as usize)
            .map(|i| guess * 0.7 + i as f64 / 10.0)
            .filter(|r| {
                let (x, y) = (c.0 + r * s, c.1 - r * co);
                close(img.get_pixel(x.round() as u32, y.round() as u32).0, color, 60)
            })
            .collect();
        if !hits.is_empty() {
            radii.push(hits.iter().sum::<f64>() / hits.len() as f64);
        }
    }
    assert!(radii.len() > 90, "ring found along {} rays only", radii.len());
    radii.sort_by(f64::total_cmp);
    radii[radii.len() / 2]
}

#[test]
fn the_range_ring_is_as_long_as_the_scale_bar_says() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("erbil.png");
    let map = render(&[erbil_rockets()], &MapOptions::default(), &out);
    let img = image::open(&out).unwrap().to_rgb8();

    // The scale bar as drawn: first to last dark pixel along the middle of the bar.
    let bar = map.scale_bar;
    let y = (bar.y + 2.5).round() as u32;
    let dark: Vec<u32> = ((bar.x0 - 10.0) as u32..(bar.x1 + 10.0) as u32)
        .filter(|&x| img.get_pixel(x, y).0.iter().all(|&v| v < 80))
        .collect();
    let bar_px = (dark.last().unwrap() - dark.first().unwrap() + 1) as f64;
    assert!((bar_px - (bar.x1 - bar.x0)).abs() <= 2.0, "bar drawn {bar_px} px, meant {}", bar.x1 - bar.x0);
    let km_per_px = bar.km / bar_px;

    let launch = erbil_rockets().launch_location.unwrap();
    let c = map.projection.to_px(launch);
    let guess = 8.0 * map.projection.px_per_km();
    assert!(guess > 100.0, "the map is zoomed on Erbil: ring radius {guess} px");
    let r_px = ring_radius_px(&img, c, rgb_of(Weapon::Rocket), guess, 45.0);
    let km = r_px * km_per_px;
    assert!((km / 8.0 - 1.0).abs() < 0.02, "ring measures {km:.3} km by the scale bar ({r_px:.1} px)");
}

#[test]
fn svg_output_is_valid_xml_with_the_title_and_labels() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("map.svg");
    let opts = MapOptions { title: Some("Rockets & drones <Iraq>".into()), ..Default::default() };
    render(&seeds(), &opts, &out);
    let text = std::fs::read_to_string(&out).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("valid XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").trim().to_string())
        .collect();
    assert!(texts.iter().any(|t| t == "Rockets & drones <Iraq>"), "title missing");
    assert!(texts.iter().any(|t| t.contains("Erbil International Airport")), "incident list missing");
    assert!(texts.iter().any(|t| t.contains("km")), "scale bar missing");
    assert!(doc.descendants().filter(|n| n.has_tag_name("polygon")).count() > 10);
}

#[test]
fn text_is_drawn_with_the_embedded_font_and_no_system_fonts() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store.geojson");
    let fc = incmap::model::feature_collection(&seeds());
    std::fs::write(&store, serde_json::to_string(&fc).unwrap()).unwrap();
    let out = dir.path().join("map.png");
    // No fontconfig configuration and no font folders: a font lookup would find nothing.
    let status = Command::new(env!("CARGO_BIN_EXE_incmap"))
        .env_clear()
        .env("FONTCONFIG_FILE", "/nonexistent/fonts.conf")
        .env("FONTCONFIG_PATH", "/nonexistent")
        .env("XDG_DATA_DIRS", "/nonexistent")
        .args(["render", "--store"])
        .arg(&store)
        .arg("--out")
        .arg(&out)
        .args(["--title", "WWWWWWWWWW"])
        .status()
        .unwrap();
    assert!(status.success());
    let img = image::open(&out).unwrap().to_rgb8();
    // The title's glyphs: many dark pixels in the title band, none without text.
    let dark =
        (12..400u32).flat_map(|x| (10..40u32).map(move |y| (x, y))).filter(|&(x, y)| img.get_pixel(x, y).0[0] < 100);
    assert!(dark.count() > 500, "no title text drawn");
}

#[test]
fn dates_filter_and_bbox_frame_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.png");
    let since = NaiveDate::from_ymd_opt(2021, 1, 1);
    let map = render(&seeds(), &MapOptions { since, ..Default::default() }, &out);
    assert_eq!(map.shown, 3, "Erbil rockets, al-Omar, Erbil drones");
    let bbox: Extent = "42.5,34,47,37.5".parse().unwrap();
    let map = render(&seeds(), &MapOptions { extent: Some(bbox), ..Default::default() }, &out);
    let v = map.projection.visible_extent();
    // The box is padded to the frame's shape on one side only.
    assert!(v.west <= 42.5 && v.east >= 47.0 && v.south <= 34.0 && v.north >= 37.5);
    assert!((v.west - 42.5).abs() < 1e-6 || (v.south - 34.0).abs() < 1e-6, "{v}");
    let inside = seeds().iter().filter(|i| v.contains(i.location.unwrap())).count();
    assert_eq!(map.shown, inside);
    assert!(!v.contains(LatLon::new(35.06, 40.56)), "al-Omar in Syria is outside");
}

#[test]
fn an_empty_store_still_draws_the_region() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("empty.png");
    let map = render(&[], &MapOptions::default(), &out);
    assert_eq!(map.shown, 0);
    let v = map.projection.visible_extent();
    assert!(v.contains(LatLon::new(33.3, 44.4)) && v.contains(LatLon::new(35.0, 40.0)), "Iraq and Syria in view");
}

#[test]
fn a_thousand_incidents_render_with_a_bounded_list() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("dense.png");
    let mut state = 7u64;
    let mut next = || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let v: Vec<Incident> = (0..1000)
        .map(|n| {
            let at = LatLon::new(29.5 + next() * 7.5, 38.5 + next() * 9.5);
            let w = Weapon::ALL[(next() * 8.0) as usize % 8];
            Incident {
                killed: Some((next() * 20.0) as u32),
                range_km: (next() < 0.3).then_some(20.0),
                ..incident(&format!("r{n}"), at, w, "2022-03-01")
            }
        })
        .collect();
    let map = render(&v, &MapOptions::default(), &out);
    assert_eq!(map.shown, 1000);
    assert!(!map.numbered.is_empty() && map.numbered.len() < 40, "{} numbered", map.numbered.len());
    assert!(map.rings <= map.numbered.len(), "rings only for the numbered incidents when there are hundreds");
}

fn covered_by_inset(map: &RenderedMap, v: &[Incident]) -> Vec<String> {
    let frame = map.projection.frame();
    v.iter()
        .filter(|i| {
            let p = map.projection.to_px(i.location.unwrap());
            // The marker's radius and halo around its centre.
            frame.contains(p) && map.inset.inflate(8.0).contains(p)
        })
        .map(|i| i.id.clone())
        .collect()
}

#[test]
fn the_locator_inset_hides_no_incident() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("seeds.png");
    // Camp Taji lies near the bottom right of the seeds' extent, where an inset usually goes.
    let taji = LatLon::new(33.5239, 44.2567);
    let mut v = seeds();
    v.push(Incident { killed: Some(2), injured: Some(5), ..incident("Camp Taji", taji, Weapon::Rocket, "2020-03-14") });
    let map = render(&v, &MapOptions::default(), &out);
    assert_eq!(map.shown, v.len());
    assert_eq!(covered_by_inset(&map, &v), Vec::<String>::new());
    assert!(map.projection.frame().contains_rect(&map.inset), "a corner of the map is free here: {:?}", map.inset);
    let img = image::open(&out).unwrap().to_rgb8();
    let at = map.projection.to_px(taji);
    assert!(close(pixel(&img, at), rgb_of(Weapon::Rocket), 8), "Camp Taji's marker is hidden: {:?}", pixel(&img, at));
}

#[test]
fn on_a_map_full_of_incidents_the_inset_moves_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("dense.png");
    let v: Vec<Incident> = (0..900)
        .map(|n| {
            let at = LatLon::new(30.0 + (n / 30) as f64 * 0.23, 39.0 + (n % 30) as f64 * 0.3);
            incident(&format!("g{n}"), at, Weapon::Mortar, "2022-03-01")
        })
        .collect();
    let map = render(&v, &MapOptions::default(), &out);
    assert_eq!(map.shown, 900);
    assert_eq!(covered_by_inset(&map, &v), Vec::<String>::new());
    assert!(map.inset.x > map.projection.frame().right(), "no corner is free: the inset goes to the side panel");
}

#[test]
fn incidents_at_one_spot_each_show() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stack.png");
    let asad = LatLon::new(33.7856, 42.4411);
    let v = vec![
        incident("a", asad, Weapon::Rocket, "2019-12-01"),
        incident("b", asad, Weapon::Missile, "2020-01-08"),
        incident("c", asad, Weapon::Drone, "2021-03-03"),
        incident("K-1 Air Base", LatLon::new(35.5125, 44.28417), Weapon::Mortar, "2019-12-27"),
    ];
    let map = render(&v, &MapOptions::default(), &out);
    let img = image::open(&out).unwrap().to_rgb8();
    let (cx, cy) = map.projection.to_px(asad);
    let near: Vec<[u8; 3]> = (-30..=30)
        .flat_map(|dy| (-30..=30).map(move |dx| (cx + dx as f64, cy + dy as f64)))
        .map(|p| pixel(&img, p))
        .collect();
    for w in [Weapon::Rocket, Weapon::Missile, Weapon::Drone] {
        let n = near.iter().filter(|p| close(**p, rgb_of(w), 8)).count();
        assert!(n > 20, "{w:?}: {n} pixels of its colour at the spot");
    }
}
