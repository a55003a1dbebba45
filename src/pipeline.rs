//! The main job: ingest the inputs into a store, then write the GIS layers and maps from it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::model::Incident;
use crate::render::{self, MapOptions};
use crate::{export, gazetteer::Gazetteer, ingest, store};

/// Where `incmap map` reads and writes by default, relative to the working directory.
pub const SAMPLE_REPORTS: &str = "examples/reports";
pub const OUTPUT_DIR: &str = "output";
/// The store (a GeoPackage: incidents, sources, articles, derived layers, styles), in the output folder.
pub const STORE_FILE: &str = "incmap.gpkg";
/// The GeoJSON store of earlier versions, imported once into [`STORE_FILE`] when found beside it.
pub const OLD_STORE_FILE: &str = "store.geojson";
/// The overview map, in the output folder.
pub const OVERVIEW_MAP: &str = "map.png";
/// The timeline of the store (attacks per week or month, killed and injured), in the output folder.
pub const TIMELINE: &str = "timeline.png";
/// One map per cluster of incidents goes into this folder of the output folder.
pub const CLUSTER_MAPS_DIR: &str = "maps";
/// Incidents closer than this share a cluster map: the attacks around one city or base.
pub const CLUSTER_LINK_KM: f64 = 50.0;
/// A cluster map shows at least this much across, so a single attack keeps its surroundings.
pub const CLUSTER_MIN_KM: f64 = 80.0;
/// The largest clusters get maps; a store of thousands of scattered incidents would make too many.
pub const MAX_CLUSTER_MAPS: usize = 40;

/// What one run did, for the summary line.
#[derive(Debug)]
pub struct MapSummary {
    pub ingest: ingest::IngestSummary,
    /// The old GeoJSON store this run imported, if any.
    pub imported: Option<PathBuf>,
    pub incidents: usize,
    /// The GIS layers.
    pub files: Vec<PathBuf>,
    /// The maps, overview first, each with the number of incidents on it.
    pub maps: Vec<(PathBuf, usize)>,
    /// Clusters left without a map (beyond [`MAX_CLUSTER_MAPS`]).
    pub unmapped_clusters: usize,
    /// The timeline beside the maps, and what it shows.
    pub timeline: (PathBuf, render::RenderedTimeline),
}

/// Ingests `inputs` into `out_dir/incmap.gpkg` and writes every layer and map into `out_dir`.
pub fn run(inputs: &[String], out_dir: &Path, progress: &indicatif::ProgressBar) -> Result<MapSummary> {
    run_with(inputs, out_dir, Gazetteer::embedded(), progress)
}

/// `run`, resolving place names with `gazetteer` (e.g. a user's places file).
pub fn run_with(
    inputs: &[String],
    out_dir: &Path,
    gazetteer: &Gazetteer,
    progress: &indicatif::ProgressBar,
) -> Result<MapSummary> {
    if inputs.is_empty() {
        bail!("no inputs");
    }
    let created = !out_dir.exists();
    std::fs::create_dir_all(out_dir).with_context(|| format!("{}: cannot create the folder", out_dir.display()))?;
    let store_path = out_dir.join(STORE_FILE);
    let imported = import_old_store(out_dir, gazetteer)?;
    let ingest = ingest::ingest_with(&store_path, inputs, gazetteer, progress)?;
    if !store_path.exists() {
        // Nothing could be read into a new store: say why, and leave no empty folder behind.
        if created {
            let _ = std::fs::remove_dir(out_dir);
        }
        let causes: Vec<String> = ingest.failures.iter().map(|(input, reason)| format!("{input}: {reason}")).collect();
        bail!("{}", if causes.is_empty() { "nothing to ingest".to_string() } else { causes.join("; ") });
    }
    let incidents = store::load(&store_path)?;
    let written = export::write_layers(&incidents, gazetteer, out_dir, &export::ExportOptions::default())?;
    let (maps, unmapped_clusters) = write_maps(&incidents, gazetteer, out_dir)?;
    let timeline_path = out_dir.join(TIMELINE);
    let timeline = render::render_timeline(&incidents, &render::TimelineOptions::default(), &timeline_path)?;
    Ok(MapSummary {
        ingest,
        imported,
        incidents: incidents.len(),
        files: written.files.into_iter().map(|(p, _)| p).collect(),
        maps,
        unmapped_clusters,
        timeline: (timeline_path, timeline),
    })
}

/// An output folder of an earlier version has its store in `store.geojson`: brought over into a new
/// `incmap.gpkg` once (the old file is left as it was), so nothing ingested is lost or re-read.
fn import_old_store(out_dir: &Path, gazetteer: &Gazetteer) -> Result<Option<PathBuf>> {
    let (old, new) = (out_dir.join(OLD_STORE_FILE), out_dir.join(STORE_FILE));
    if new.exists() || !old.exists() {
        return Ok(None);
    }
    ingest::import_geojson(&old, &new, gazetteer)
        .with_context(|| format!("{}: cannot import the old store into {}", old.display(), new.display()))?;
    Ok(Some(old))
}

/// Writes the overview map and one map per cluster (`maps/<place>.png`); maps of clusters that no
/// longer exist are removed, so the folder matches the store.
fn write_maps(incidents: &[Incident], gazetteer: &Gazetteer, out_dir: &Path) -> Result<(Vec<(PathBuf, usize)>, usize)> {
    let mut maps = Vec::new();
    let overview = out_dir.join(OVERVIEW_MAP);
    let map = render::render_map(incidents, gazetteer, &MapOptions::default(), &overview)?;
    maps.push((overview, map.shown));

    let dir = out_dir.join(CLUSTER_MAPS_DIR);
    let clusters = render::clusters(incidents, CLUSTER_LINK_KM);
    let unmapped = clusters.len().saturating_sub(MAX_CLUSTER_MAPS);
    let mut names = HashSet::new();
    for cluster in clusters.iter().take(MAX_CLUSTER_MAPS) {
        let place = main_place(incidents, &cluster.members);
        let mut slug = slug(&place);
        for n in 2.. {
            if names.insert(slug.clone()) {
                break;
            }
            slug = format!("{}-{n}", self::slug(&place));
        }
        let opts = MapOptions {
            title: Some(format!("Reported attacks: {place}")),
            extent: Some(render::cluster_extent(incidents, cluster, CLUSTER_MIN_KM)),
            ..Default::default()
        };
        let path = dir.join(format!("{slug}.png"));
        let map = render::render_map(incidents, gazetteer, &opts, &path)?;
        maps.push((path, map.shown));
    }
    remove_stale_maps(&dir, &names)?;
    Ok((maps, unmapped))
}

/// The place named most often among `members`; ties go to the one with more casualties, then by name.
fn main_place(incidents: &[Incident], members: &[usize]) -> String {
    let mut tally: std::collections::BTreeMap<&str, (usize, u32)> = std::collections::BTreeMap::new();
    for &m in members {
        let i = &incidents[m];
        let name = i.place.as_deref().or(i.place_text.as_deref()).unwrap_or("unnamed place");
        let e = tally.entry(name).or_default();
        e.0 += 1;
        e.1 += i.casualties();
    }
    // BTreeMap order makes the name the last tie-break; `max_by_key` keeps the last maximum, so reverse.
    tally.into_iter().rev().max_by_key(|(_, score)| *score).map(|(n, _)| n.to_string()).unwrap_or_default()
}

/// "Al Asad Air Base" -> "al-asad-air-base": safe as a file name everywhere.
fn slug(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_lowercase();
    let words: Vec<&str> = ascii.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let s = words.join("-");
    let s: String = s.chars().take(60).collect();
    let s = s.trim_end_matches('-').to_string();
    if s.is_empty() { "unnamed".to_string() } else { s }
}

/// PNGs in the cluster folder that this run did not write.
fn remove_stale_maps(dir: &Path, keep: &HashSet<String>) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(()) };
    for e in entries.flatten() {
        let path = e.path();
        let stale = path.extension().is_some_and(|x| x == "png")
            && path.file_stem().and_then(|s| s.to_str()).is_some_and(|s| !keep.contains(s));
        if stale {
            std::fs::remove_file(&path).with_context(|| format!("{}: cannot remove the old map", path.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_file_names() {
        assert_eq!(slug("Al Asad Air Base"), "al-asad-air-base");
        assert_eq!(slug("Ṭūz Khurmātū"), "tuz-khurmatu");
        assert_eq!(slug("New U.S. Consulate (Erbil)"), "new-u-s-consulate-erbil");
        assert_eq!(slug("../.."), "unnamed");
    }

    #[test]
    fn the_main_place_is_the_most_named_then_the_most_hit() {
        let at = |place: &str, killed: u32| Incident {
            place: Some(place.into()),
            killed: Some(killed),
            ..Default::default()
        };
        let v = vec![at("Erbil International Airport", 0), at("Erbil", 2), at("Erbil", 0), at("Consulate", 5)];
        assert_eq!(main_place(&v, &[0, 1, 2, 3]), "Erbil");
        assert_eq!(main_place(&v, &[0, 3]), "Consulate");
        assert_eq!(main_place(&v, &[0]), "Erbil International Airport");
    }
}
