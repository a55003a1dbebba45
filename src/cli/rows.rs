//! The rows the queries print: one layout per kind of answer, shared by every command.

use incmap::gazetteer::Place;
use incmap::model::Incident;
use incmap::query::Found;

use super::output::{Cell, Row};

/// An incident found from a point.
pub const NEAR_INCIDENT: &[&str] = &["km", "bearing", "date", "place", "weapon", "killed", "injured", "sources", "id"];
/// An incident found in an area.
pub const INCIDENT: &[&str] = &["date", "place", "weapon", "killed", "injured", "sources", "id"];
/// A place found from a point.
pub const NEAR_PLACE: &[&str] = &["km", "bearing", "place", "kind", "country", "id"];

fn bearing(b: Option<f64>) -> Cell {
    b.map_or(Cell::Null, Cell::Deg)
}

fn incident_cells(i: &Incident) -> Vec<Cell> {
    vec![
        Cell::date(i),
        Cell::opt_text(i.place.as_deref()),
        Cell::Text(i.weapon.as_str().into()),
        Cell::opt_int(i.killed),
        Cell::opt_int(i.injured),
        Cell::Text(i.sources_joined()),
        Cell::Text(i.id.clone()),
    ]
}

pub fn incident(i: &Incident) -> Row {
    Row { cells: incident_cells(i), at: i.location }
}

pub fn near_incident(f: &Found<Incident>) -> Row {
    let mut cells = vec![Cell::Km(f.km), bearing(f.bearing_deg)];
    cells.extend(incident_cells(&f.item));
    Row { cells, at: f.item.location }
}

pub fn near_place(f: &Found<&Place>) -> Row {
    let p = f.item;
    Row {
        cells: vec![
            Cell::Km(f.km),
            bearing(f.bearing_deg),
            Cell::Text(p.name.clone()),
            Cell::Text(p.kind.as_str().into()),
            Cell::Text(p.country.clone()),
            Cell::Text(p.id.clone()),
        ],
        at: Some(p.location),
    }
}
