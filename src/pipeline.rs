//! The main job: ingest the inputs into a store, then write the GIS layers (and maps) from it.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use crate::{export, gazetteer::Gazetteer, store};

/// Where `incmap map` reads and writes by default, relative to the working directory.
pub const SAMPLE_REPORTS: &str = "examples/reports";
pub const OUTPUT_DIR: &str = "output";
/// The store keeps the article hashes; `incidents.geojson` beside it is the clean GIS layer.
pub const STORE_FILE: &str = "store.geojson";

/// What one run did, for the summary line.
#[derive(Debug)]
pub struct MapSummary {
    pub ingest: store::IngestSummary,
    pub incidents: usize,
    pub files: Vec<PathBuf>,
}

/// Ingests `inputs` into `out_dir/store.geojson` and writes every layer into `out_dir`.
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
    std::fs::create_dir_all(out_dir)?;
    let store_path = out_dir.join(STORE_FILE);
    let ingest = store::ingest_with(&store_path, inputs, gazetteer, progress)?;
    let incidents = store::load(&store_path)?;
    let written = export::write_layers(&incidents, gazetteer, out_dir, &export::ExportOptions::default())?;
    Ok(MapSummary { ingest, incidents: incidents.len(), files: written.files.into_iter().map(|(p, _)| p).collect() })
}
