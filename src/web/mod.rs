//! The interactive map: one self-contained HTML page that works offline.
//!
//! Leaflet (vendored from npm, BSD-2-Clause, `assets/web/leaflet/`) is embedded in the page with the
//! basemap layers the static maps draw (`gazetteer/basemap`), the gazetteer's bases and major towns,
//! and every incident with all its fields, evidence and sources. Colours, symbol shapes and sizes,
//! and ring dash patterns come from [`crate::render`], so the page reads like the PNG.

use std::path::Path;

use anyhow::{Context, Result};
use serde_json::{Value, json};

use crate::gazetteer::{Gazetteer, PlaceKind};
use crate::model::{Incident, Weapon};
use crate::render::basemap::{Basemap, LAYERS};
use crate::render::palette::{ADMIN1, BASE, BORDER, BORDER_HALO, LAND, LAND_OTHER, SEA, WATER_LINE};
use crate::render::{RingKind, css, darker, incident_rings, marker_radius, outline, ring_look, weapon_style};

const LEAFLET_JS: &str = include_str!("../../assets/web/leaflet/leaflet.js");
const LEAFLET_CSS: &str = include_str!("../../assets/web/leaflet/leaflet.css");
const LEAFLET_LICENSE: &str = include_str!("../../assets/web/leaflet/LICENSE");
const PAGE: &str = include_str!("../../assets/web/map.html");
const PAGE_JS: &str = include_str!("../../assets/web/map.js");
const PAGE_CSS: &str = include_str!("../../assets/web/map.css");

/// What the page holds.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WebSummary {
    /// Incidents with a location: one marker each.
    pub located: usize,
    /// Incidents listed in the table only (no location).
    pub unlocated: usize,
}

/// Writes the page for `incidents` to `out`, atomically (its folder made if missing).
pub fn write_page(incidents: &[Incident], gazetteer: &Gazetteer, title: &str, out: &Path) -> Result<WebSummary> {
    let (html, summary) = page(incidents, gazetteer, title);
    let dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create folder", dir.display()))?;
    crate::store::write_file_atomically(out, html.as_bytes())?;
    Ok(summary)
}

/// The page's HTML.
pub fn page(incidents: &[Incident], gazetteer: &Gazetteer, title: &str) -> (String, WebSummary) {
    let located = incidents.iter().filter(|i| i.location.is_some_and(|l| l.is_valid())).count();
    let summary = WebSummary { located, unlocated: incidents.len() - located };
    let data = json!({
        "title": title,
        "style": style(),
        "basemap": basemap(gazetteer, incidents),
        "incidents": incidents.iter().map(incident).collect::<Vec<_>>(),
    });
    // In a <script> element "</" would end it early; "<\/" is the same JSON string.
    let data = serde_json::to_string(&data).expect("JSON values serialise").replace("</", "<\\/");
    let html = PAGE
        .replace("{{title}}", &escape_html(title))
        .replace("/*{{leaflet.css}}*/", LEAFLET_CSS)
        .replace("/*{{map.css}}*/", PAGE_CSS)
        .replace("{{leaflet.license}}", &escape_html(LEAFLET_LICENSE).replace("--", "- -"))
        .replace("/*{{leaflet.js}}*/", &LEAFLET_JS.replace("</script", "<\\/script"))
        .replace("{{data}}", &data)
        .replace("/*{{map.js}}*/", PAGE_JS);
    (html, summary)
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The static maps' symbology, for the page to draw with.
fn style() -> Value {
    let weapons: Vec<Value> = Weapon::ALL
        .iter()
        .map(|w| {
            let st = weapon_style(*w);
            let shape: Vec<[f64; 2]> =
                outline(st.shape, (0.0, 0.0), 1.0).iter().map(|(x, y)| [round3(*x), round3(*y)]).collect();
            let label = if *w == Weapon::Ied { "IED".to_string() } else { capitalised(w.as_str()) };
            json!({"id": w.as_str(), "label": label, "color": css(st.color), "dark": css(darker(st.color)), "shape": shape})
        })
        .collect();
    let ring = |kind: RingKind, label: &str| {
        let look = ring_look(kind);
        json!({"label": label, "dash": look.dash, "width": look.width, "darker": look.darker, "tint": look.tint})
    };
    json!({
        "weapons": weapons,
        "rings": {
            "range": ring(RingKind::Range, "Weapon range from launch site"),
            "possible_origin": ring(RingKind::PossibleOrigin, "Possible origin: range around target"),
            "launch_distance": ring(RingKind::LaunchDistance, "Stated launch distance from target"),
        },
        "palette": {
            "sea": hex(SEA), "land": hex(LAND), "land_other": hex(LAND_OTHER), "border": hex(BORDER),
            "border_halo": hex(BORDER_HALO), "admin1": hex(ADMIN1), "water": hex(WATER_LINE), "base": hex(BASE),
        },
    })
}

fn hex(c: u32) -> String {
    format!("#{c:06x}")
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The basemap layers as GeoJSON, and the bases and major towns the static maps show.
fn basemap(gazetteer: &Gazetteer, incidents: &[Incident]) -> Value {
    // As on the static map: a base closed before the first attack is history.
    let first_year = incidents.iter().filter_map(Incident::year).min();
    let layers: serde_json::Map<String, Value> = LAYERS
        .iter()
        .map(|(file, text)| {
            let name = file.trim_end_matches(".geojson").to_string();
            (name, serde_json::from_str(text).expect("the embedded basemap is valid GeoJSON (checked by tests)"))
        })
        .collect();
    let b = Basemap::embedded();
    let places = |keep: &dyn Fn(&crate::gazetteer::Place) -> bool| -> Vec<Value> {
        gazetteer
            .places()
            .iter()
            .filter(|p| keep(p))
            .map(|p| json!([p.name, round5(p.location.lat), round5(p.location.lon), p.kind == PlaceKind::Capital]))
            .collect()
    };
    json!({
        "layers": layers,
        "bases": places(&|p| p.kind.is_military() && p.stands_in(first_year)),
        "towns": places(&|p| matches!(p.kind, PlaceKind::Capital | PlaceKind::City) && b.is_major_town(p)),
    })
}

fn round5(v: f64) -> f64 {
    (v * 1e5).round() / 1e5
}

/// One incident: every field as the GIS layers write it, its sources as a list, its symbol size
/// and its rings.
fn incident(i: &Incident) -> Value {
    let mut p = i.properties();
    p.insert("sources".into(), json!(i.all_sources().collect::<Vec<_>>()));
    let loc = i.location.filter(|l| l.is_valid());
    p.insert("lat".into(), json!(loc.map(|l| round5(l.lat))));
    p.insert("lon".into(), json!(loc.map(|l| round5(l.lon))));
    p.insert("radius".into(), json!(round3(marker_radius(i.casualties(), 1.0))));
    let rings: Vec<Value> = loc
        .map(|t| incident_rings(t, i.launch_location, i.range_km, i.launch_distance_km))
        .unwrap_or_default()
        .into_iter()
        .map(|(c, km, kind)| {
            let kind = match kind {
                RingKind::Range => "range",
                RingKind::PossibleOrigin => "possible_origin",
                RingKind::LaunchDistance => "launch_distance",
            };
            json!({"lat": round5(c.lat), "lon": round5(c.lon), "km": km, "kind": kind})
        })
        .collect();
    p.insert("rings".into(), json!(rings));
    Value::Object(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LatLon;

    #[test]
    fn the_page_is_self_contained_and_its_data_cannot_end_the_script() {
        let i = Incident {
            id: "x".into(),
            location: Some(LatLon::new(36.2, 44.0)),
            evidence: Some("a </script><script>alert(1)</script> in a report".into()),
            ..Default::default()
        };
        let (html, summary) = page(&[i, Incident::default()], Gazetteer::embedded(), "Attacks <test>");
        assert_eq!(summary, WebSummary { located: 1, unlocated: 1 });
        assert!(!html.contains("</script><script>alert"));
        assert!(html.contains("<title>Attacks &lt;test&gt;</title>"));
        // Nothing is fetched: no external script, stylesheet or tile.
        for needle in ["<script src", "<link", "tile.openstreetmap", "@import"] {
            assert!(!html.contains(needle), "{needle}");
        }
        assert!(html.contains("BSD 2-Clause License"), "Leaflet's licence travels with it");
    }
}
