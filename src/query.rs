//! The questions the command line asks of a store and the gazetteer: where a place is, which
//! weapon a word names, and the proximity queries (near, nearest, bbox, bases, exposure, places in
//! range). Answers come back as values, ordered the same way for every command: nearest first,
//! then the older incident first, then by id. Nothing here prints.

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::gazetteer::{Gazetteer, Place, normalize};
use crate::index::{self, BBox, Index, Near, RadiusSearch};
use crate::model::{Incident, LatLon, Weapon};
use crate::store::{self, corners};
use crate::weapons::{WeaponSystem, WeaponTable};

pub use crate::index::Filter;

/// A found item with its geodesic distance (km) and bearing (degrees from north) from the query
/// point; no bearing when it is at the point.
#[derive(Clone, Debug)]
pub struct Found<T> {
    pub item: T,
    pub km: f64,
    pub bearing_deg: Option<f64>,
}

impl<'a, T: Clone> From<Near<'a, T>> for Found<T> {
    fn from(n: Near<'a, T>) -> Found<T> {
        Found { item: n.item.clone(), km: n.km, bearing_deg: n.bearing_deg }
    }
}

/// Distances are compared as they are shown (to 10 m), so that what prints as a tie is ordered
/// by date, then id.
pub const KM_DECIMALS: usize = 2;

fn shown_km(km: f64) -> i64 {
    (km * 10f64.powi(KM_DECIMALS as i32)).round() as i64
}

/// Nearest first; ties (as shown) by date (undated last), then id.
fn order_incidents(found: &mut [Found<Incident>]) {
    found.sort_by(|a, b| shown_km(a.km).cmp(&shown_km(b.km)).then_with(|| by_date(&a.item, &b.item)));
}

/// Older first, undated last, then by id.
pub fn by_date(a: &Incident, b: &Incident) -> std::cmp::Ordering {
    (a.date.is_none(), a.date, &a.id).cmp(&(b.date.is_none(), b.date, &b.id))
}

/// The query point given as a gazetteer name or a coordinate, and how to name it.
pub fn locate(g: &Gazetteer, place: Option<&str>, lat: Option<f64>, lon: Option<f64>) -> Result<(LatLon, String)> {
    if let Some(name) = place {
        let p = g.resolve(name)?;
        return Ok((p.location, p.name.clone()));
    }
    let (Some(lat), Some(lon)) = (lat, lon) else { bail!("give --place or --lat and --lon") };
    let at = LatLon::new(lat, lon);
    if !at.is_valid() {
        bail!("--lat {lat} --lon {lon} is not a coordinate (-90..90, -180..180)");
    }
    Ok((at, format!("{lat}, {lon}")))
}

/// A gazetteer name, or "LAT,LON".
pub fn point_or_place(g: &Gazetteer, place: &str) -> Result<(String, LatLon)> {
    if let Some((a, b)) = place.split_once(',')
        && let (Ok(lat), Ok(lon)) = (a.trim().parse::<f64>(), b.trim().parse::<f64>())
    {
        let at = LatLon::new(lat, lon);
        if !at.is_valid() {
            bail!("{place:?} is not a valid LAT,LON");
        }
        return Ok((format!("{lat:.4}, {lon:.4}"), at));
    }
    let p = g.resolve(place)?;
    Ok((p.name.clone(), p.location))
}

/// The lexicon compiled into the binary: its `weapon` rows name a class for a word.
const LEXICON: &str = include_str!("../gazetteer/lexicon.tsv");

/// The weapon class a word names: a class ("rocket"), in any case, singular or plural
/// ("Rockets"), or any weapon word of the lexicon and the weapon table ("uav", "Katyusha",
/// "Shahed-136"). The error lists the classes.
pub fn weapon_class(word: &str) -> Result<Weapon, String> {
    let key = normalize(word);
    let singular = |k: &str| -> Vec<String> {
        let mut v = vec![k.to_string()];
        for suffix in ["s", "es"] {
            if let Some(s) = k.strip_suffix(suffix) {
                v.push(s.to_string());
            }
        }
        v
    };
    let forms = singular(&key);
    if let Some(w) = Weapon::ALL.into_iter().find(|w| forms.iter().any(|f| f == w.as_str())) {
        return Ok(w);
    }
    // "air strike", "airstrikes", "IED"
    let squashed: Vec<String> = forms.iter().map(|f| f.replace([' ', '-'], "")).collect();
    if let Some(w) = Weapon::ALL.into_iter().find(|w| squashed.iter().any(|f| f == w.as_str())) {
        return Ok(w);
    }
    let lexicon = LEXICON.lines().filter(|l| !l.starts_with('#')).filter_map(|l| {
        let f: Vec<&str> = l.split('\t').collect();
        match f[..] {
            [term, "weapon", class, ..] => Some((term.to_string(), class.trim().parse::<Weapon>().ok()?)),
            _ => None,
        }
    });
    let table = WeaponTable::embedded()
        .systems()
        .iter()
        .flat_map(|w| std::iter::once(&w.name).chain(&w.aliases).map(move |n| (n.clone(), w.class)));
    for (term, class) in lexicon.chain(table) {
        if forms.iter().any(|f| *f == normalize(&term)) {
            return Ok(class);
        }
    }
    let all: Vec<&str> = Weapon::ALL.iter().map(|w| w.as_str()).collect();
    Err(format!(
        "{word:?} is not a weapon; use one of {} (or a word for one: uav, katyusha, shahed, ...)",
        all.join(", ")
    ))
}

/// The weapon system a name means: one whose name or alias it is, else the only one whose names it
/// mentions as whole words ("122mm Grad"); otherwise an error listing the nearest names.
pub fn weapon_system<'t>(table: &'t WeaponTable, name: &str) -> Result<&'t WeaponSystem> {
    if let Some(w) = table.lookup(name) {
        return Ok(w);
    }
    let key = normalize(name);
    let names = |w: &'t WeaponSystem| std::iter::once(&w.name).chain(&w.aliases).map(|a| normalize(a));
    let padded = format!(" {key} ");
    let mentioned: Vec<&WeaponSystem> = table
        .systems()
        .iter()
        .filter(|w| names(w).any(|a| !a.is_empty() && padded.contains(&format!(" {a} "))))
        .collect();
    match mentioned[..] {
        [w] => return Ok(w),
        [_, _, ..] => {
            let list: Vec<&str> = mentioned.iter().map(|w| w.name.as_str()).collect();
            bail!("{name:?} names more than one weapon: {}", list.join(", "));
        }
        [] => {}
    }
    let mut scored: Vec<(f64, &WeaponSystem)> = table
        .systems()
        .iter()
        .map(|w| (names(w).map(|a| strsim::jaro_winkler(&key, &a)).fold(0.0, f64::max), w))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let close: Vec<String> = scored
        .iter()
        .take_while(|(score, _)| *score >= 0.75)
        .take(5)
        .map(|(_, w)| match (w.aliases.first(), w.range_km) {
            (Some(alias), Some(km)) => format!("{alias} ({}, {km} km)", w.name),
            (Some(alias), None) => format!("{alias} ({})", w.name),
            (None, _) => w.name.clone(),
        })
        .collect();
    if close.is_empty() {
        let all: Vec<&str> = table.systems().iter().map(|w| w.name.as_str()).collect();
        bail!("no weapon named {name:?} in the weapon table; it knows: {}", all.join(", "));
    }
    bail!("no weapon named {name:?} in the weapon table; close names: {}", close.join("; "))
}

/// The range (km) of a weapon named as [`weapon_system`] reads it, and the system's name.
pub fn weapon_range(table: &WeaponTable, name: &str) -> Result<(f64, String)> {
    let w = weapon_system(table, name)?;
    let km = w.range_km.with_context(|| format!("no range is known for {}; give --km", w.name))?;
    Ok((km, w.name.clone()))
}

/// Incidents `filter` keeps within `km` of `at`. Only what lies in the circle's boxes is read
/// (through the store's R-tree).
pub fn near(store_path: &Path, at: LatLon, km: f64, filter: &Filter) -> Result<Vec<Found<Incident>>> {
    let boxes: Vec<[f64; 4]> = RadiusSearch::new(at, km).boxes().iter().map(corners).collect();
    let incidents = store::load_in_boxes(store_path, &boxes, |i| filter.matches(i))?;
    let mut found: Vec<Found<Incident>> =
        Index::new(&incidents).within(at, km, |i| filter.matches(i)).into_iter().map(Found::from).collect();
    order_incidents(&mut found);
    Ok(found)
}

/// The `n` incidents `filter` keeps nearest to `at`.
pub fn nearest(store_path: &Path, at: LatLon, n: usize, filter: &Filter) -> Result<Vec<Found<Incident>>> {
    let incidents = store::load_nearest(store_path, at, n, |i| filter.matches(i))?;
    let mut found: Vec<Found<Incident>> =
        Index::new(&incidents).nearest(at, n, |i| filter.matches(i)).into_iter().map(Found::from).collect();
    order_incidents(&mut found);
    // Incidents tied with the last one (as shown) are ordered by date too: all within its
    // distance are read, ordered, and the first N kept.
    if let Some(last) = found.last().filter(|_| found.len() == n) {
        let edge = (shown_km(last.km) as f64 + 0.5) / 10f64.powi(KM_DECIMALS as i32);
        let mut all = near(store_path, at, edge, filter)?;
        all.truncate(n);
        return Ok(all);
    }
    Ok(found)
}

/// Incidents `filter` keeps inside the box, oldest first (undated last), then by id.
pub fn in_bbox(store_path: &Path, bbox: &BBox, filter: &Filter) -> Result<Vec<Incident>> {
    let boxes: Vec<[f64; 4]> = bbox.boxes().iter().map(corners).collect();
    // The R-tree's boxes are rounded outwards (32-bit floats): the box itself has the last word.
    let inside = |i: &Incident| i.location.is_some_and(|l| bbox.contains(l));
    let mut found = store::load_in_boxes(store_path, &boxes, |i| inside(i) && filter.matches(i))?;
    // Ids are unique, so the order is total: the unstable sort gives the stable one's; sorting
    // references moves 8 bytes, not an incident.
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_unstable_by(|a, b| by_date(&found[*a], &found[*b]));
    Ok(order.into_iter().map(|k| std::mem::take(&mut found[k])).collect())
}

/// Gazetteer places `keep` accepts within `km` of `at`: nearest first, then by name.
pub fn places_near(g: &Gazetteer, at: LatLon, km: f64, keep: impl Fn(&Place) -> bool) -> Vec<Found<&Place>> {
    let index = Index::new(g.places());
    let mut found: Vec<Found<&Place>> = index
        .within(at, km, keep)
        .into_iter()
        .map(|n| Found { item: n.item, km: n.km, bearing_deg: n.bearing_deg })
        .collect();
    found.sort_by(|a, b| shown_km(a.km).cmp(&shown_km(b.km)).then_with(|| a.item.name.cmp(&b.item.name)));
    found
}

/// Each incident `filter` keeps with its nearest base (at most `max_km` away when given), in store
/// order, streamed: a big store is neither held nor listed in memory.
pub fn with_nearest_base<'g>(
    store_path: &Path,
    g: &'g Gazetteer,
    filter: &Filter,
    max_km: Option<f64>,
    mut each: impl FnMut(Incident, Found<&'g Place>) -> Result<()>,
) -> Result<()> {
    if !g.places().iter().any(|p| p.kind.hosts_forces()) {
        bail!("the gazetteer has no bases (places of kind airbase, base or airport)");
    }
    let places = Index::new(g.places());
    store::for_each(store_path, |i| {
        let Some(at) = i.location.filter(|_| filter.matches(&i)) else { return Ok(()) };
        let Some(base) = index::nearest_base(at, i.year(), &places).filter(|b| max_km.is_none_or(|m| b.km <= m)) else {
            return Ok(());
        };
        let base = Found { item: base.item, km: base.km, bearing_deg: base.bearing_deg };
        each(i, base)
    })
}

/// One place's exposure: the attacks within the radius.
#[derive(Clone, Debug)]
pub struct Exposure<'g> {
    pub place: &'g Place,
    pub attacks: usize,
    pub killed: u32,
    pub injured: u32,
    /// The latest dated attack.
    pub last: Option<Incident>,
    pub nearest_km: f64,
}

/// For each place `kinds` accepts, the attacks `filter` keeps within `km`: most attacked first,
/// then by name; places with none left out. Only attacks in the boxes around the places are read.
pub fn exposure<'g>(
    store_path: &Path,
    g: &'g Gazetteer,
    km: f64,
    filter: &Filter,
    kinds: impl Fn(&Place) -> bool,
) -> Result<Vec<Exposure<'g>>> {
    let places = Index::new(g.places());
    let boxes: Vec<[f64; 4]> = g
        .places()
        .iter()
        .filter(|p| kinds(p))
        .flat_map(|p| RadiusSearch::new(p.location, km).boxes().iter().map(corners).collect::<Vec<_>>())
        .collect();
    // A margin leaves the index the final say.
    let incidents = store::load_in_boxes(store_path, &boxes, |i| {
        filter.matches(i) && i.location.is_some_and(|l| !places.within(l, km * 1.01 + 1.0, |p| kinds(p)).is_empty())
    })?;
    let index = Index::new(&incidents);
    let table = index::exposure(g.places().iter().filter(|p| kinds(p)), &index, km, filter);
    Ok(table
        .into_iter()
        .map(|e| Exposure {
            place: e.place,
            attacks: e.attacks.len(),
            killed: e.killed(),
            injured: e.injured(),
            last: e.last().cloned(),
            nearest_km: e.attacks[0].km,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weapon_words_in_any_case_and_number() {
        for (word, w) in [
            ("Rocket", Weapon::Rocket),
            ("rockets", Weapon::Rocket),
            ("ROCKETS", Weapon::Rocket),
            ("uav", Weapon::Drone),
            ("UAVs", Weapon::Drone),
            ("drones", Weapon::Drone),
            ("Katyusha", Weapon::Rocket),
            ("air strikes", Weapon::Airstrike),
            ("IEDs", Weapon::Ied),
            ("missiles", Weapon::Missile),
        ] {
            assert_eq!(weapon_class(word), Ok(w), "{word}");
        }
        let e = weapon_class("banana").unwrap_err();
        assert!(e.contains("rocket, missile, drone"), "{e}");
    }
}
