//! Coordinates are where the rows say: every place inside the country it names (Natural Earth polygons of
//! gazetteer/basemap), every place sourced to an ICAO code within 2 km of that aerodrome, and every
//! military aerodrome of Iraq, Syria and Jordan (gazetteer/icao.tsv, from airportsdata) in the gazetteer.

use std::collections::HashMap;

use geo::{Closest, ClosestPoint, Contains, Coord, Distance, Haversine, LineString, MultiPolygon, Point, Polygon};
use incmap::gazetteer::{Gazetteer, Place, PlaceKind};
use serde_json::Value;

/// Natural Earth 1:50m outlines are simplified: coastal and border towns (Latakia, Kobani, Tal Abyad)
/// fall up to ~1.5 km outside their country's polygon.
const OUTLINE_TOLERANCE_KM: f64 = 2.0;
/// The bar for a base or airfield.
const AERODROME_KM: f64 = 2.0;

fn read(rel: &str) -> String {
    std::fs::read_to_string(format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn ring(v: &Value) -> LineString<f64> {
    let coord = |p: &Value| Coord { x: p[0].as_f64().unwrap(), y: p[1].as_f64().unwrap() };
    LineString::new(v.as_array().unwrap().iter().map(coord).collect())
}

fn polygon(v: &Value) -> Polygon<f64> {
    let rings = v.as_array().unwrap();
    Polygon::new(ring(&rings[0]), rings[1..].iter().map(ring).collect())
}

/// ISO alpha-2 code -> outline, from the basemap's countries layer.
fn countries() -> HashMap<String, MultiPolygon<f64>> {
    let fc: Value = serde_json::from_str(&read("gazetteer/basemap/countries.geojson")).unwrap();
    let mut out: HashMap<String, MultiPolygon<f64>> = HashMap::new();
    for f in fc["features"].as_array().unwrap() {
        let Some(code) = f["properties"]["iso_a2"].as_str() else { continue };
        let g = &f["geometry"];
        let polys: Vec<Polygon<f64>> = match g["type"].as_str().unwrap() {
            "Polygon" => vec![polygon(&g["coordinates"])],
            "MultiPolygon" => g["coordinates"].as_array().unwrap().iter().map(polygon).collect(),
            other => panic!("{code}: unexpected geometry {other}"),
        };
        out.entry(code.to_string()).or_insert_with(|| MultiPolygon::new(vec![])).0.extend(polys);
    }
    out
}

fn point(p: &Place) -> Point<f64> {
    Point::new(p.location.lon, p.location.lat)
}

/// Distance from a point outside an outline to the outline, in km.
fn km_outside(pt: Point<f64>, outline: &MultiPolygon<f64>) -> f64 {
    match outline.closest_point(&pt) {
        Closest::Intersection(_) => 0.0,
        Closest::SinglePoint(q) => Haversine.distance(pt, q) / 1000.0,
        Closest::Indeterminate => f64::INFINITY,
    }
}

/// Where the place is not inside its country's outline, why that is wrong.
fn misplaced(p: &Place, outlines: &HashMap<String, MultiPolygon<f64>>) -> Option<String> {
    let pt = point(p);
    let Some(own) = outlines.get(&p.country) else {
        return Some(format!("no outline for country {}", p.country));
    };
    if own.contains(&pt) {
        return None;
    }
    let inside: Vec<&str> = outlines.iter().filter(|(_, o)| o.contains(&pt)).map(|(c, _)| c.as_str()).collect();
    // Natural Earth draws the Golan Heights (part of Syria's Quneitra governorate) inside Israel.
    if p.country == "SY" && p.admin1.as_deref() == Some("Quneitra") && inside == ["IL"] {
        return None;
    }
    // Arwad is an island 3 km off Tartus, which the 1:50m coastline leaves out; Kassab lies on the
    // Turkish border, which the 1:50m line draws 4 km south of the town.
    if matches!(p.name.as_str(), "Arwād" | "Kassab") && p.country == "SY" {
        return None;
    }
    // A port lies on the water's edge, which the 1:50m coastline may draw kilometres inland; an oil
    // terminal's moorings lie offshore, the Gulf ones some 40 km out.
    let at_sea_km = if p.name.contains("Terminal") || p.name.contains("terminal") { 50.0 } else { 5.0 };
    if p.kind == PlaceKind::Facility && inside.is_empty() && km_outside(pt, own) < at_sea_km {
        return None;
    }
    // The layers are clipped to the region; only a country's own centre may lie beyond the clip.
    if inside.is_empty() && p.kind == PlaceKind::Country && !outlines.values().any(|o| km_outside(pt, o) < 1.0) {
        return None;
    }
    let off = km_outside(pt, own);
    (off > OUTLINE_TOLERANCE_KM).then(|| format!("{off:.1} km outside {} (inside {inside:?})", p.country))
}

#[test]
fn every_place_lies_in_its_country() {
    let outlines = countries();
    let bad: Vec<String> = Gazetteer::embedded()
        .places()
        .iter()
        .filter_map(|p| {
            misplaced(p, &outlines).map(|why| format!("{} ({}, {}): {why}", p.id, p.location.lat, p.location.lon))
        })
        .collect();
    assert!(bad.is_empty(), "places outside their country:\n{}", bad.join("\n"));
}

#[test]
fn the_check_catches_a_place_in_the_wrong_country() {
    let outlines = countries();
    let mut erbil = Gazetteer::embedded().lookup("Erbil", &Default::default()).best.unwrap().place.clone();
    assert_eq!(misplaced(&erbil, &outlines), None);
    erbil.country = "SY".into();
    assert!(misplaced(&erbil, &outlines).unwrap().contains("outside SY"));
    // Al-Tanf moved 30 km south lands in Jordan, 10 km past the border: caught.
    let mut tanf = Gazetteer::embedded().get("al-tanf").unwrap().clone();
    tanf.location.lat -= 0.27;
    assert!(misplaced(&tanf, &outlines).is_some());
}

/// gazetteer/icao.tsv: ICAO code -> (name, position).
fn aerodromes() -> HashMap<String, (String, Point<f64>)> {
    let text = read("gazetteer/icao.tsv");
    let mut rows = text.lines();
    assert_eq!(rows.next(), Some("icao\tname\tcountry\tlat\tlon\tsource"));
    rows.map(|l| {
        let f: Vec<&str> = l.split('\t').collect();
        (f[0].to_string(), (f[1].to_string(), Point::new(f[4].parse().unwrap(), f[3].parse().unwrap())))
    })
    .collect()
}

#[test]
fn places_sourced_to_an_icao_code_are_within_2_km_of_it() {
    let icao = aerodromes();
    let mut checked = 0;
    for p in Gazetteer::embedded().places() {
        let Some(code) = p.source.strip_prefix("ICAO ").and_then(|s| s.split_whitespace().next()) else {
            continue;
        };
        let (name, at) = icao.get(code).unwrap_or_else(|| panic!("{}: {code} not in icao.tsv", p.id));
        let km = Haversine.distance(point(p), *at) / 1000.0;
        assert!(km <= AERODROME_KM, "{} is {km:.1} km from {code} {name}", p.id);
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} places carry an ICAO source");
}

#[test]
fn every_military_aerodrome_is_in_the_gazetteer() {
    let g = Gazetteer::embedded();
    for (code, (name, at)) in aerodromes() {
        if !(name.contains("Air Base") || name.contains("Air Field") || name.contains("Airfield")) {
            continue;
        }
        let near = g.near(incmap::model::LatLon { lat: at.y(), lon: at.x() }, AERODROME_KM);
        assert!(
            near.iter().any(|(p, _)| matches!(p.kind, PlaceKind::Airbase | PlaceKind::Base | PlaceKind::Airport)),
            "{code} {name}: no airbase, base or airport within {AERODROME_KM} km"
        );
    }
}
