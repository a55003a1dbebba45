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
    assert_labels_apart(&map);
}

/// Distance from `c` to the ring drawn in `color` along each ray (bearing in degrees, radius in px)
/// that finds it, skipping rays within 50° of `skip_bearing`.
fn ring_radii_px(
    img: &image::RgbImage,
    c: (f64, f64),
    color: [u8; 3],
    guess: f64,
    skip_bearing: f64,
) -> Vec<(f64, f64)> {
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
            radii.push((deg as f64, hits.iter().sum::<f64>() / hits.len() as f64));
        }
    }
    assert!(radii.len() > 90, "ring found along {} rays only", radii.len());
    radii
}

/// The median radius along the rays within 30° of `bearing` or of its opposite.
fn radius_towards(radii: &[(f64, f64)], bearing: f64) -> f64 {
    let mut v: Vec<f64> = radii
        .iter()
        .filter(|(deg, _)| {
            let off = ((deg - bearing).rem_euclid(180.0) + 90.0).rem_euclid(180.0) - 90.0;
            off.abs() <= 30.0
        })
        .map(|(_, r)| *r)
        .collect();
    assert!(v.len() > 20, "only {} rays towards {bearing}°", v.len());
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Kilometres per pixel by the scale bar as drawn. The bar is four quarters, dark, white, dark, white;
/// the dark-to-white edges at its quarter and three-quarter marks, found to a tenth of a pixel where
/// the brightness crosses half way, are half the bar apart.
fn scale_bar_km_per_px(img: &image::RgbImage, map: &RenderedMap) -> f64 {
    let bar = map.scale_bar;
    let y = (bar.y + 2.5).round() as u32;
    let lum = |x: u32| img.get_pixel(x, y).0.iter().map(|&v| v as f64).sum::<f64>() / 3.0;
    let mid = (30.0 + 255.0) / 2.0;
    let rising: Vec<f64> = ((bar.x0 - 10.0) as u32..(bar.x1 + 10.0) as u32)
        .filter(|&x| lum(x) < mid && lum(x + 1) >= mid)
        .map(|x| x as f64 + (mid - lum(x)) / (lum(x + 1) - lum(x)))
        .collect();
    assert!(rising.len() >= 2, "no quarter marks on the scale bar: {rising:?}");
    let bar_px = 2.0 * (rising[1] - rising[0]);
    assert!((bar_px - (bar.x1 - bar.x0)).abs() <= 1.0, "bar drawn {bar_px:.1} px, meant {:.1}", bar.x1 - bar.x0);
    bar.km / bar_px
}

/// The ring's radius east-west and north-south, in km by the scale bar, each within 2 % of `km`.
fn assert_ring_matches_scale_bar(img: &image::RgbImage, map: &RenderedMap, center: LatLon, km: f64, skip: f64) {
    let km_per_px = scale_bar_km_per_px(img, map);
    let c = map.projection.to_px(center);
    let guess = km / km_per_px;
    let radii = ring_radii_px(img, c, rgb_of(Weapon::Rocket), guess, skip);
    for (dir, bearing) in [("east-west", 90.0), ("north-south", 0.0)] {
        let r_px = radius_towards(&radii, bearing);
        let measured = r_px * km_per_px;
        eprintln!("{dir}: the {km} km ring measures {measured:.2} km by the scale bar ({r_px:.1} px)");
        assert!(
            (measured / km - 1.0).abs() < 0.02,
            "{dir}: the {km} km ring measures {measured:.2} km by the scale bar ({r_px:.1} px)"
        );
    }
}

#[test]
fn the_range_ring_is_as_long_as_the_scale_bar_says() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("erbil.png");
    let map = render(&[erbil_rockets()], &MapOptions::default(), &out);
    let img = image::open(&out).unwrap().to_rgb8();
    assert!(8.0 * map.projection.px_per_km() > 100.0, "the map is zoomed on Erbil");
    assert_ring_matches_scale_bar(&img, &map, erbil_rockets().launch_location.unwrap(), 8.0, 45.0);
}

/// On a map of all Iraq a ring near the northern edge, 3° from the centre, still has the scale bar's
/// kilometres, east-west as well as north-south (an equirectangular map stretches it by 4 % there).
#[test]
fn a_ring_near_the_edge_of_a_country_map_matches_the_scale_bar_too() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("iraq.png");
    let target = LatLon::new(36.5, 43.2);
    let launch = geodesy::destination(target, 225.0, 20.0);
    let far = Incident {
        launch_location: Some(launch),
        launch_site: Some("20 km south-west".into()),
        range_km: Some(110.0),
        ..incident("northern target", target, Weapon::Rocket, "2023-05-01")
    };
    let bbox: Extent = "38.5,29,48.5,37.5".parse().unwrap();
    let map = render(&[far], &MapOptions { extent: Some(bbox), ..Default::default() }, &out);
    let img = image::open(&out).unwrap().to_rgb8();
    let frame = map.projection.frame();
    let c = map.projection.to_px(launch);
    assert!(c.1 - frame.y < frame.h * 0.25, "the ring is in the top quarter of the map: {c:?}");
    assert_ring_matches_scale_bar(&img, &map, launch, 110.0, 45.0);
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
    // The viewer is asked for the font the labels were measured with.
    let families: std::collections::BTreeSet<&str> =
        doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.attribute("font-family")).collect();
    assert_eq!(families.into_iter().collect::<Vec<_>>(), ["DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif"]);
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
    // The whole box is on the map, and fills it one way: its sides touch the frame's left and right,
    // or its top corners and bottom middle touch the frame's top and bottom (parallels are curves).
    let (p, f) = (&map.projection, map.projection.frame());
    let corners = [(34.0, 42.5), (34.0, 47.0), (37.5, 42.5), (37.5, 47.0), (34.0, 44.75), (37.5, 44.75)]
        .map(|(lat, lon)| p.to_px(LatLon::new(lat, lon)));
    assert!(corners.iter().all(|c| f.inflate(0.01).contains(*c)), "{corners:?} in {f:?}");
    let fills_w = (corners[0].0 - f.x).abs() < 0.5 && (corners[1].0 - f.right()).abs() < 0.5;
    let fills_h = (corners[2].1 - f.y).abs() < 0.5 && (corners[4].1 - f.bottom()).abs() < 0.5;
    assert!(fills_w || fills_h, "{corners:?} in {f:?}");
    let v = p.visible_extent();
    let inside = seeds().iter().filter(|i| p.shows(i.location.unwrap())).count();
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
    assert_labels_apart(&map);
    assert!(!map.numbered.is_empty() && map.numbered.len() < 40, "{} numbered", map.numbered.len());
    assert!(map.rings <= map.numbered.len(), "rings only for the numbered incidents when there are hundreds");
}

/// `incmap render` streams the store (a small record per incident, the listed ones fetched in a
/// second pass); the map must be the one drawn from the incidents in memory, numbers and pixels.
#[test]
fn a_map_drawn_from_the_store_file_is_the_map_drawn_from_memory() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = seeds();
    // Undated and unlocated ones are left out of both; ties on casualties and date exercise the order.
    v.push(Incident { date: None, ..incident("undated", LatLon::new(33.3, 44.4), Weapon::Drone, "2020-01-01") });
    v.push(Incident { location: None, ..incident("nowhere", LatLon::new(0.0, 0.0), Weapon::Rocket, "2021-02-15") });
    v.push(Incident { killed: Some(1), ..incident("tie", LatLon::new(33.3, 44.4), Weapon::Mortar, "2021-02-15") });
    let store = dir.path().join("store.geojson");
    incmap::store::Store { incidents: v.clone(), articles: vec![] }.write(&store).unwrap();
    let v = incmap::store::load(&store).unwrap(); // as the file rounds them
    let g = Gazetteer::embedded();
    for opts in [
        MapOptions::default(),
        MapOptions { since: chrono::NaiveDate::from_ymd_opt(2020, 1, 1), ..Default::default() },
        MapOptions { width: 700, height: 500, ..Default::default() },
    ] {
        let (a, b) = (dir.path().join("memory.png"), dir.path().join("store.png"));
        let from_memory = render::render_map(&v, g, &opts, &a).unwrap();
        let from_store = render::render_store(&store, g, &opts, &b).unwrap();
        assert!(!from_store.numbered.is_empty());
        assert_eq!(from_store.numbered, from_memory.numbered);
        assert_eq!(from_store.shown, from_memory.shown);
        assert!(std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap(), "the PNGs differ");
    }
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

/// No two labels overlap, each lies inside the map frame, and none lies on the locator inset.
fn assert_labels_apart(map: &RenderedMap) {
    let frame = map.projection.frame();
    assert!(map.labels.len() > 5, "{} labels", map.labels.len());
    for (i, a) in map.labels.iter().enumerate() {
        assert!(frame.contains_rect(a), "label {a:?} leaves the frame");
        assert!(!a.overlaps(&map.inset), "label {a:?} on the inset");
        for b in &map.labels[i + 1..] {
            assert!(!a.overlaps(b), "labels overlap: {a:?} {b:?}");
        }
    }
}

fn svg_texts(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("valid XML");
    doc.descendants().filter(|n| n.has_tag_name("text")).map(|n| n.text().unwrap_or("").trim().to_string()).collect()
}

#[test]
fn a_launch_site_is_marked_and_an_arrow_points_at_the_target() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("launch.png");
    let map = render(&[erbil_rockets()], &MapOptions::default(), &out);
    let img = image::open(&out).unwrap().to_rgb8();
    let launch = map.projection.to_px(erbil_rockets().launch_location.unwrap());
    let target = map.projection.to_px(ERBIL_AIRPORT);
    // The launch site: a white disc with a dark red ring and cross; its centre is on the cross.
    let dark_red = rgb_of(Weapon::Rocket).map(|c| (c as f64 * 0.75) as u8);
    assert!(close(pixel(&img, launch), dark_red, 40), "launch site centre {:?}", pixel(&img, launch));
    let symbol: Vec<[u8; 3]> = (-4..=4)
        .flat_map(|dy| (-4..=4).map(move |dx| (launch.0 + dx as f64, launch.1 + dy as f64)))
        .map(|p| pixel(&img, p))
        .collect();
    let white = symbol.iter().filter(|c| close(**c, [255, 255, 255], 30)).count();
    let red = symbol.iter().filter(|c| close(**c, dark_red, 40)).count();
    assert!(white >= 4 && red >= 12, "launch site symbol: {white} white, {red} dark red pixels of 81");
    // The arrow: dark red along the line from launch to target, half way and close to the target.
    for t in [0.5, 0.75] {
        let p = (launch.0 + (target.0 - launch.0) * t, launch.1 + (target.1 - launch.1) * t);
        let near = (-1..=1).flat_map(|d| (-1..=1).map(move |e| (p.0 + d as f64, p.1 + e as f64)));
        assert!(near.map(|q| pixel(&img, q)).any(|c| close(c, dark_red, 40)), "no arrow at {t} of the way");
    }
    let svg = dir.path().join("launch.svg");
    render(&[erbil_rockets()], &MapOptions::default(), &svg);
    let texts = svg_texts(&svg);
    assert!(texts.iter().any(|t| t == "Launch site and direction of fire"), "legend: {texts:?}");
    assert!(texts.iter().any(|t| t == "Launch site · 7 km SW"), "launch site label: {texts:?}");
    assert!(texts.iter().any(|t| t == "Weapon range from launch site"), "legend: the ring");
}

#[test]
fn a_base_with_an_attack_on_it_is_framed_and_the_legend_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let k1 = Gazetteer::embedded().lookup("K-1 Air Base", &Default::default()).best.unwrap().place;
    let on_base = incident("K-1 Air Base", k1.location, Weapon::Rocket, "2019-12-27");
    let out = dir.path().join("k1.png");
    let map = render(std::slice::from_ref(&on_base), &MapOptions::default(), &out);
    let img = image::open(&out).unwrap().to_rgb8();
    let (cx, cy) = map.projection.to_px(k1.location);
    assert!(close(pixel(&img, (cx, cy)), rgb_of(Weapon::Rocket), 8), "the marker is on top");
    // The frame: base-blue pixels on all four sides of the marker, a few pixels beyond it.
    let navy = [0x1f, 0x3b, 0x73];
    for (dx, dy) in [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0)] {
        let hit = (8..30).any(|r| close(pixel(&img, (cx + dx * r as f64, cy + dy * r as f64)), navy, 40));
        assert!(hit, "no frame towards {dx},{dy}");
    }
    let svg = dir.path().join("k1.svg");
    render(&[on_base], &MapOptions::default(), &svg);
    let texts = svg_texts(&svg);
    assert!(texts.iter().any(|t| t == "Military base with attacks on it"), "{texts:?}");
}

#[test]
fn a_small_map_keeps_its_text_inside_the_image() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("small.png");
    let mut v = seeds();
    v[0].claimed_by = Some("a very long name of a group that claimed the attack in a statement".into());
    render(&v, &MapOptions { width: 800, height: 600, ..Default::default() }, &out);
    let img = image::open(&out).unwrap().to_rgb8();
    let (w, h) = img.dimensions();
    let inked: Vec<(u32, u32)> = (w - 4..w)
        .flat_map(|x| (0..h).map(move |y| (x, y)))
        .filter(|&(x, y)| img.get_pixel(x, y).0 != [255, 255, 255])
        .collect();
    assert!(inked.is_empty(), "text runs off the right edge at {:?}", &inked[..inked.len().min(5)]);
}

#[test]
fn the_date_range_is_as_precise_as_the_dates() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.svg");
    let mut v = seeds();
    // Al Asad, dated to the month only.
    v.push(Incident {
        date_precision: Some(DatePrecision::Month),
        ..incident("Al Asad Air Base", LatLon::new(33.7856, 42.4411), Weapon::Rocket, "2019-10-01")
    });
    render(&v, &MapOptions::default(), &out);
    let texts = svg_texts(&out);
    assert!(texts.iter().any(|t| t.starts_with("Oct 2019 – 28 Jun 2021")), "{texts:?}");
}

/// Launched from due east: the callout's first choice, right of the marker, would sit on the arrow.
#[test]
fn no_label_covers_the_arrow_from_a_launch_site() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("east.png");
    let taji = LatLon::new(33.5239, 44.2567);
    let launch = geodesy::destination(taji, 90.0, 8.0);
    let v = vec![
        Incident {
            killed: Some(3),
            injured: Some(12),
            launch_site: Some("a truck found in the Rashidiya area, about 8 km east of the base".into()),
            launch_location: Some(launch),
            range_km: Some(20.0),
            ..incident("Camp Taji", taji, Weapon::Rocket, "2020-03-11")
        },
        Incident { injured: Some(5), ..incident("Camp Taji", taji, Weapon::Rocket, "2020-03-14") },
    ];
    let map = render(&v, &MapOptions::default(), &out);
    let (a, b) = (map.projection.to_px(launch), map.projection.to_px(taji));
    // The shaft between the launch site's symbol and the marker's edge, with the head.
    let len = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
    let covered: Vec<(f64, f64)> = (0..=100)
        .map(|i| i as f64 / 100.0)
        .filter(|t| t * len > 7.0 && (1.0 - t) * len > 16.0)
        .map(|t| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t))
        .filter(|p| map.labels.iter().any(|l| l.contains(*p)))
        .collect();
    assert!(covered.is_empty(), "labels on the arrow at {covered:?}");
    assert_labels_apart(&map);
}

/// Inkscape and Illustrator show an SVG's groups as layers: each map layer is one, and a dashed ring
/// is one path (its dashes a stroke pattern), not hundreds of little lines.
#[test]
fn svg_layers_are_groups_and_a_dashed_ring_is_one_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("map.svg");
    let map = render(&seeds(), &MapOptions::default(), &out);
    let text = std::fs::read_to_string(&out).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let group = |id: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name("g") && n.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("no layer {id}"))
    };
    for id in [
        "basemap",
        "range-rings",
        "launch-lines",
        "launch-sites",
        "bases",
        "towns",
        "incidents",
        "labels",
        "legend",
        "incident-list",
        "title",
    ] {
        group(id);
    }
    let rings: Vec<_> = group("range-rings").children().filter(|n| n.has_tag_name("path")).collect();
    assert_eq!(map.rings, 2, "Erbil's range from its launch site, al-Omar's possible origin");
    assert_eq!(rings.len(), map.rings);
    assert!(rings.iter().all(|r| r.attribute("stroke-dasharray").is_some()));
    // Each incident: a white halo and its symbol.
    assert_eq!(group("incidents").children().filter(|n| n.has_tag_name("polygon")).count(), 2 * map.shown);
}

/// "0 injured" or "no casualties reported" claim what no report said: a figure not given is "not
/// stated", totals count only the figures given and say how many incidents have none.
#[test]
fn an_unknown_toll_is_never_shown_as_zero() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.svg");
    // Only the Erbil rocket attack gives figures (1 killed, 6 injured).
    render(&seeds(), &MapOptions::default(), &out);
    let texts = svg_texts(&out);
    let sub = texts.iter().find(|t| t.contains("incidents on the map")).unwrap();
    assert!(sub.contains("killed: at least 1 (no figure for 6 of 7)"), "{sub}");
    assert!(sub.contains("injured: at least 6 (no figure for 6 of 7)"), "{sub}");
    // "injuring several American personnel": injured, number unknown.
    let several = Incident { evidence: Some("injuring several American personnel".into()), ..seeds()[2].clone() };
    render(&[several], &MapOptions::default(), &out);
    let texts = svg_texts(&out);
    let sub = texts.iter().find(|t| t.contains("incident on the map")).unwrap();
    assert!(sub.ends_with("killed: not stated  ·  injured: not stated"), "{sub}");
    assert!(texts.iter().any(|t| t.contains("casualties not stated")), "{texts:?}");
    for t in &texts {
        assert!(!t.contains("0 killed") && !t.contains("0 injured") && !t.contains("no casualties"), "{t}");
    }
    // Known zeros are said as such.
    let none = Incident { killed: Some(0), injured: Some(0), ..seeds()[2].clone() };
    render(&[none], &MapOptions::default(), &out);
    let texts = svg_texts(&out);
    assert!(texts.iter().any(|t| t.ends_with("killed: 0  ·  injured: 0")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("no casualties")), "{texts:?}");
}

/// `--around "Erbil International Airport" --km 25` is titled for 25 km: an attack 33 km east,
/// inside the frame (wider than tall), is not on it (the issue saw Harir, 47 km away, on such a map).
#[test]
fn a_map_around_a_place_shows_only_what_lies_within_its_radius() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("around.svg");
    let harir = geodesy::destination(ERBIL_AIRPORT, 90.0, 33.0);
    let v = vec![erbil_rockets(), incident("Harir Air Base", harir, Weapon::Drone, "2023-10-26")];
    let focus = render::Focus { name: "Erbil International Airport".into(), at: ERBIL_AIRPORT, km: 25.0 };
    let map = render(&v, &MapOptions { focus: Some(focus), ..Default::default() }, &out);
    assert!(map.projection.shows(harir), "the frame reaches 33 km east");
    assert_eq!(map.shown, 1);
    let texts = svg_texts(&out);
    assert!(texts.iter().any(|t| t == "Reported attacks within 25 km of Erbil International Airport"));
    assert!(texts.iter().any(|t| t.contains("1 incident on the map")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("Harir") && t.contains("2023")), "Harir listed: {texts:?}");
}

/// A base is drawn with its name or not at all (like a town): where the names crowd, as around
/// Baghdad, a base whose name found no room leaves no anonymous symbol either.
#[test]
fn every_base_on_the_map_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.svg");
    for opts in [MapOptions::default(), MapOptions { width: 700, height: 500, ..Default::default() }] {
        let map = render(&seeds(), &opts, &out);
        let in_view = Gazetteer::embedded()
            .places()
            .iter()
            .filter(|p| p.kind.is_military() && map.projection.shows(p.location))
            .count();
        assert!(map.bases.len() < in_view, "some names must not fit for this test: {} of {in_view}", map.bases.len());
        let text = std::fs::read_to_string(&out).unwrap();
        let doc = roxmltree::Document::parse(&text).unwrap();
        let group =
            |id: &str| doc.descendants().find(|n| n.has_tag_name("g") && n.attribute("id") == Some(id)).unwrap();
        let labels: Vec<&str> = group("labels").descendants().filter_map(|n| n.text()).collect();
        // A long name wraps onto a second line: the lines read in order (each drawn twice, halo and ink).
        let mut lines: Vec<&str> = labels.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
        lines.dedup();
        let all = lines.join(" ");
        for b in &map.bases {
            assert!(all.contains(b.trim_end_matches('…')), "{b} drawn without its name");
        }
        // A base symbol is three squares; a base under attack markers a frame of two strokes.
        let bases = group("bases");
        let symbols = bases.children().filter(|n| n.has_tag_name("rect")).count() / 3
            + bases.children().filter(|n| n.has_tag_name("path")).count() / 2;
        assert_eq!(symbols, map.bases.len());
    }
}

/// Long names wrap instead of losing their ends ("New U.S. Consulate General compound…", "Iran's
/// Revolutionary Gu…"), and a launch site is labelled with a short name, not the report's phrase.
#[test]
fn long_names_wrap_and_launch_sites_have_short_names() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.svg");
    let consulate = LatLon::new(36.2146, 43.9357);
    let taji = LatLon::new(33.5239, 44.2567);
    let v = vec![
        Incident {
            claimed_by: Some("Iran's Revolutionary Guards".into()),
            injured: Some(1),
            ..incident("New U.S. Consulate General compound Erbil", consulate, Weapon::Missile, "2022-03-13")
        },
        Incident {
            launch_site: Some("a truck found in the Rashidiya area, about 8 km east of the base".into()),
            launch_location: Some(geodesy::destination(taji, 90.0, 8.0)),
            range_km: Some(20.0),
            ..incident("Camp Taji", taji, Weapon::Rocket, "2020-03-11")
        },
    ];
    render(&v, &MapOptions { width: 1200, height: 800, ..Default::default() }, &out);
    let texts = svg_texts(&out);
    assert!(!texts.iter().any(|t| t.contains('…')), "a cut label: {texts:?}");
    let all = texts.join(" ");
    assert!(all.contains("Iran's Revolutionary Guards"), "{texts:?}");
    assert!(all.contains("New U.S. Consulate General compound Erbil"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "Rashidiya · 8 km E"), "{texts:?}");
    assert!(!all.contains("a truck found"), "the report's phrase as a label: {texts:?}");
}

/// Incidents stacked at one site are listed by number beside it, every number written out ("1–3"
/// read as a count of three), four to a row.
#[test]
fn a_stack_of_incidents_lists_every_number() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stack.svg");
    let asad = LatLon::new(33.7856, 42.4411);
    let v: Vec<Incident> =
        (1..=5).map(|d| incident(&format!("a{d}"), asad, Weapon::Rocket, &format!("2020-01-0{d}"))).collect();
    render(&v, &MapOptions::default(), &out);
    let text = std::fs::read_to_string(&out).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let labels = doc.descendants().find(|n| n.attribute("id") == Some("labels")).unwrap();
    let texts: Vec<&str> = labels.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect();
    assert!(texts.contains(&"1, 2, 3, 4") && texts.contains(&"5"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains('–')), "{texts:?}");
}

/// A base closed before the attacks shown is history: a map of 2020 leaves out the US camps of the
/// 2000s that a map of 2007 draws.
#[test]
fn bases_closed_before_the_attacks_are_not_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.svg");
    let (qwest, erbil) = (LatLon::new(35.7672, 43.1251), LatLon::new(36.2376, 43.9632));
    let opts = MapOptions { width: 1200, height: 800, ..Default::default() };
    let of = |date: &str| {
        let v = [
            incident("Qayyarah West Airfield", qwest, Weapon::Rocket, date),
            incident("Erbil International Airport", erbil, Weapon::Drone, date),
        ];
        render(&v, &opts, &out).bases
    };
    let (then, now) = (of("2007-06-01"), of("2020-03-11"));
    assert!(then.iter().any(|b| b == "FOB Marez"), "{then:?}");
    assert!(!now.iter().any(|b| b == "FOB Marez"), "{now:?}");
    assert!(now.iter().any(|b| b == "Qayyarah West Airfield"), "{now:?}");
}
