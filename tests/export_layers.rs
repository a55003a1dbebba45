//! Export layers checked the way a GIS user would: geometry, winding, ring radii, property sets, CSV and KML.
use chrono::NaiveDate;
use geo::{Distance, Geodesic, Point};
use incmap::export::{ExportOptions, PlaceRing, ring_geometry, write_layers};
use incmap::gazetteer::Gazetteer;
use incmap::geodesy;
use incmap::model::{Incident, LatLon, Weapon};
use serde_json::Value;

fn erbil_rockets() -> Incident {
    let target = LatLon::new(36.2375, 43.963056);
    Incident {
        id: "erbil-1".into(),
        source: "fixture".into(),
        date: NaiveDate::from_ymd_opt(2021, 2, 15),
        place: Some("Erbil International Airport".into()),
        location: Some(target),
        weapon: Weapon::Rocket,
        killed: Some(1),
        injured: Some(9),
        launch_site: Some("a field <south> & west".into()),
        launch_distance_km: Some(7.0),
        launch_location: Some(geodesy::destination(target, 225.0, 7.0)),
        range_km: Some(20.0),
        ..Default::default()
    }
}

fn incidents() -> Vec<Incident> {
    vec![
        erbil_rockets(),
        Incident {
            id: "k1".into(),
            source: "fixture".into(),
            date: NaiveDate::from_ymd_opt(2019, 12, 27),
            place: Some("K-1 Air Base".into()),
            location: Some(LatLon::new(35.5125, 44.28417)),
            weapon: Weapon::Rocket,
            killed: Some(1),
            range_km: Some(40.0),
            ..Default::default()
        },
        Incident {
            id: "omar".into(),
            source: "fixture".into(),
            date: None,
            place: Some("al-Omar oil field".into()),
            location: Some(LatLon::new(35.06, 40.56)),
            weapon: Weapon::Drone,
            ..Default::default()
        },
        Incident { id: "nowhere".into(), source: "fixture".into(), weapon: Weapon::Mortar, ..Default::default() },
    ]
}

fn read(dir: &std::path::Path, name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join(name)).unwrap()).unwrap()
}

fn positions(v: &Value) -> Vec<(f64, f64)> {
    v.as_array().unwrap().iter().map(|p| (p[0].as_f64().unwrap(), p[1].as_f64().unwrap())).collect()
}

fn signed_area(ring: &[(f64, f64)]) -> f64 {
    ring.windows(2).map(|w| w[0].0 * w[1].1 - w[1].0 * w[0].1).sum::<f64>() / 2.0
}

fn export() -> (tempfile::TempDir, Value) {
    let dir = tempfile::tempdir().unwrap();
    let opts = ExportOptions { rings: vec![PlaceRing { place: "Erbil airport".into(), km: 10.0 }] };
    write_layers(&incidents(), Gazetteer::embedded(), dir.path(), &opts).unwrap();
    let rings = read(dir.path(), "range_rings.geojson");
    (dir, rings)
}

#[test]
fn every_layer_is_a_feature_collection_of_one_geometry_type_with_one_property_set() {
    let (dir, _) = export();
    for (name, ty, count) in [
        ("incidents", "Point", 4),
        ("launch_sites", "Point", 1),
        ("launch_lines", "LineString", 1),
        ("range_rings", "Polygon", 3),
    ] {
        let fc = read(dir.path(), &format!("{name}.geojson"));
        assert_eq!(fc["type"], "FeatureCollection");
        assert!(fc.get("crs").is_none());
        let feats = fc["features"].as_array().unwrap();
        assert_eq!(feats.len(), count, "{name}");
        let keys: Vec<Vec<&String>> =
            feats.iter().map(|f| f["properties"].as_object().unwrap().keys().collect()).collect();
        assert!(keys.windows(2).all(|w| w[0] == w[1]), "{name}: property sets differ");
        for f in feats {
            if !f["geometry"].is_null() {
                assert_eq!(f["geometry"]["type"], ty, "{name}");
            }
            for (k, v) in f["properties"].as_object().unwrap() {
                assert!(v != "" && v != "null", "{name}.{k} is {v}");
            }
        }
        assert!(dir.path().join(format!("{name}.qml")).exists());
    }
    let inc = read(dir.path(), "incidents.geojson");
    let erbil = &inc["features"][0];
    assert_eq!(erbil["properties"]["date"], "2021-02-15");
    assert!(erbil["properties"]["killed"].is_u64());
    assert_eq!(erbil["geometry"]["coordinates"][0], 43.963056, "lon first");
    assert!(inc["features"][3]["geometry"].is_null(), "unlocated incident kept with null geometry");
    let places = read(dir.path(), "places.geojson");
    assert!(places["features"].as_array().unwrap().iter().any(|f| f["properties"]["id"] == "erbil-airport"));
}

#[test]
fn empty_export_writes_valid_empty_layers() {
    let dir = tempfile::tempdir().unwrap();
    write_layers(&[], Gazetteer::embedded(), dir.path(), &ExportOptions::default()).unwrap();
    for name in ["incidents", "launch_sites", "launch_lines", "range_rings", "places"] {
        let fc = read(dir.path(), &format!("{name}.geojson"));
        assert_eq!(fc["type"], "FeatureCollection");
        assert_eq!(fc["features"].as_array().unwrap().len(), 0);
    }
    let csv = std::fs::read_to_string(dir.path().join("incidents.csv")).unwrap();
    assert!(csv.starts_with("id,") && csv.trim_end().ends_with("wkt,lat,lon"));
}

#[test]
fn rings_are_counter_clockwise_geodesic_circles_of_the_right_radius() {
    let (_dir, rings) = export();
    let mut kinds = vec![];
    for f in rings["features"].as_array().unwrap() {
        let p = &f["properties"];
        kinds.push(p["ring_kind"].as_str().unwrap().to_string());
        let km = p["radius_km"].as_f64().unwrap();
        let ring = positions(&f["geometry"]["coordinates"][0]);
        assert!(ring.len() >= 129);
        assert_eq!(ring.first(), ring.last(), "closed");
        assert!(signed_area(&ring) > 0.0, "counter-clockwise");
        // The centre is the mean of the vertices only roughly; take it from the feature's meaning instead.
        let center = match p["ring_kind"].as_str().unwrap() {
            "weapon_range_from_launch" => geodesy::destination(LatLon::new(36.2375, 43.963056), 225.0, 7.0),
            "possible_origin" => LatLon::new(35.5125, 44.28417),
            // A place ring is centred on the gazetteer's coordinate for the place.
            _ => {
                incmap::gazetteer::Gazetteer::embedded()
                    .lookup("Erbil airport", &Default::default())
                    .best
                    .expect("Erbil airport is in the gazetteer")
                    .place
                    .location
            }
        };
        for (lon, lat) in &ring {
            let d = Geodesic.distance(Point::new(center.lon, center.lat), Point::new(*lon, *lat)) / 1000.0;
            assert!((d - km).abs() / km < 0.001, "vertex at {d} km, ring of {km} km");
        }
    }
    assert_eq!(kinds, ["weapon_range_from_launch", "possible_origin", "place_ring"]);
}

#[test]
fn a_ring_across_the_antimeridian_is_split_into_a_multipolygon() {
    let g = ring_geometry(LatLon::new(-17.0, 179.8), 100.0);
    let v = serde_json::to_value(&g).unwrap();
    assert_eq!(v["type"], "MultiPolygon");
    let polys = v["coordinates"].as_array().unwrap();
    assert_eq!(polys.len(), 2);
    for poly in polys {
        let ring = positions(&poly[0]);
        assert_eq!(ring.first(), ring.last());
        assert!(signed_area(&ring) > 0.0);
        assert!(ring.iter().all(|(lon, _)| (-180.0..=180.0).contains(lon)));
    }
    let west: Vec<_> = positions(&polys[0][0]);
    let east: Vec<_> = positions(&polys[1][0]);
    assert!(west.iter().all(|p| p.0 >= 170.0) && east.iter().all(|p| p.0 <= -170.0));
    // Not split when it does not need to be.
    assert_eq!(serde_json::to_value(ring_geometry(LatLon::new(33.0, 44.0), 100.0)).unwrap()["type"], "Polygon");
}

#[test]
fn launch_lines_follow_the_geodesic_from_launch_to_target() {
    let (dir, _) = export();
    let lines = read(dir.path(), "launch_lines.geojson");
    let line = positions(&lines["features"][0]["geometry"]["coordinates"]);
    let launch = geodesy::destination(LatLon::new(36.2375, 43.963056), 225.0, 7.0);
    assert!((line[0].0 - launch.lon).abs() < 1e-6 && (line[0].1 - launch.lat).abs() < 1e-6);
    assert_eq!(*line.last().unwrap(), (43.963056, 36.2375));
    assert!(line.len() >= 3, "densified");
    assert!((lines["features"][0]["properties"]["distance_km"].as_f64().unwrap() - 7.0).abs() < 0.01);
}

#[test]
fn csv_and_kml_carry_the_incidents() {
    let (dir, _) = export();
    let mut r = csv::Reader::from_path(dir.path().join("incidents.csv")).unwrap();
    let h = r.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    let col = |n: &str| h.iter().position(|x| x == n).unwrap();
    assert_eq!(&rows[0][col("wkt")], "POINT (43.963056 36.2375)");
    assert_eq!(&rows[0][col("lat")], "36.2375");
    assert_eq!(&rows[0][col("date")], "2021-02-15");
    assert_eq!(&rows[3][col("wkt")], "");
    let kml = std::fs::read_to_string(dir.path().join("incidents.kml")).unwrap();
    assert_eq!(kml.matches("<Placemark>").count(), 3);
    assert!(kml.contains("a field &lt;south&gt; &amp; west"));
    assert!(!kml.contains("<south>"));
    assert!(kml.contains("<coordinates>43.963056,36.2375</coordinates>"));
}

#[test]
fn unknown_ring_place_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let opts = ExportOptions { rings: vec![PlaceRing { place: "Nowhere-on-earth".into(), km: 5.0 }] };
    let err = write_layers(&[], Gazetteer::embedded(), dir.path(), &opts).unwrap_err();
    assert!(format!("{err:#}").contains("no place named \"Nowhere-on-earth\""), "{err:#}");
}

#[test]
fn a_layer_with_one_split_ring_holds_only_multipolygons() {
    let dir = tempfile::tempdir().unwrap();
    let fiji = Incident {
        id: "fiji".into(),
        location: Some(LatLon::new(-17.0, 179.9)),
        range_km: Some(50.0),
        ..Default::default()
    };
    let iraq = Incident {
        id: "iraq".into(),
        location: Some(LatLon::new(33.0, 44.0)),
        range_km: Some(50.0),
        ..Default::default()
    };
    write_layers(&[fiji, iraq], Gazetteer::embedded(), dir.path(), &ExportOptions::default()).unwrap();
    let rings = read(dir.path(), "range_rings.geojson");
    let types: Vec<&str> =
        rings["features"].as_array().unwrap().iter().map(|f| f["geometry"]["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["MultiPolygon", "MultiPolygon"]);
}

#[cfg(unix)]
#[test]
fn layers_are_readable_by_others_and_keep_the_mode_they_had() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, _) = export();
    let mode = |name: &str| std::fs::metadata(dir.path().join(name)).unwrap().permissions().mode() & 0o777;
    for name in ["incidents.geojson", "launch_sites.geojson", "range_rings.geojson", "incidents.csv", "incidents.kml"] {
        assert_eq!(mode(name), 0o644, "{name}: a layer is a file to share, not a private temp file");
    }
    // A user who made a layer group-writable keeps that on the next export.
    let path = dir.path().join("incidents.geojson");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
    write_layers(&incidents(), Gazetteer::embedded(), dir.path(), &ExportOptions::default()).unwrap();
    assert_eq!(mode("incidents.geojson"), 0o664);
}

/// One palette: QGIS draws each weapon in the colour (and shape) the maps use, drones orange in both.
#[test]
fn qgis_styles_use_the_maps_palette() {
    let dir = tempfile::tempdir().unwrap();
    write_layers(&incidents(), Gazetteer::embedded(), dir.path(), &ExportOptions::default()).unwrap();
    let qml = std::fs::read_to_string(dir.path().join("incidents.qml")).unwrap();
    let parse = |s: &str| {
        let opt = roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() };
        roxmltree::Document::parse_with_options(s, opt).map(|_| ()).unwrap();
    };
    let doc = roxmltree::Document::parse_with_options(
        &qml,
        roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() },
    )
    .unwrap();
    let rgb = |w: Weapon| {
        let c = incmap::render::weapon_style(w).color;
        format!("{},{},{},255", c.0, c.1, c.2)
    };
    for w in Weapon::ALL {
        let value = if w == Weapon::Unknown { "" } else { w.as_str() };
        let cat =
            doc.descendants().find(|n| n.has_tag_name("category") && n.attribute("value") == Some(value)).unwrap();
        let sym = doc
            .descendants()
            .find(|n| n.has_tag_name("symbol") && n.attribute("name") == cat.attribute("symbol"))
            .unwrap();
        let color = sym.descendants().find(|n| n.attribute("name") == Some("color")).unwrap();
        assert_eq!(color.attribute("value"), Some(rgb(w).as_str()), "{w}");
    }
    assert_eq!(rgb(Weapon::Drone), "230,159,0,255", "drones are orange");
    // Rings and launch arrows take the weapon's colour by expression; the two ring kinds differ.
    let rings = std::fs::read_to_string(dir.path().join("range_rings.qml")).unwrap();
    let doc = roxmltree::Document::parse_with_options(
        &rings,
        roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() },
    )
    .unwrap();
    assert!(rings.contains(&format!("'drone' THEN '{}'", rgb(Weapon::Drone))), "{rings}");
    let dash = |kind: &str| {
        let cat = doc.descendants().find(|n| n.attribute("value") == Some(kind)).unwrap();
        let sym = doc
            .descendants()
            .find(|n| n.has_tag_name("symbol") && n.attribute("name") == cat.attribute("symbol"))
            .unwrap();
        sym.descendants()
            .find(|n| n.attribute("name") == Some("customdash"))
            .unwrap()
            .attribute("value")
            .unwrap()
            .to_string()
    };
    assert_ne!(dash("weapon_range_from_launch"), dash("possible_origin"));
    let lines = std::fs::read_to_string(dir.path().join("launch_lines.qml")).unwrap();
    assert!(lines.contains("fillColor"));
    parse(&lines);
}
