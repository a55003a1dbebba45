//! `incmap export`: the GIS layers of a store.
use std::path::PathBuf;

use anyhow::{Result, bail};

use incmap::export::{ExportOptions, LayerWriter, PlaceRing};

#[derive(clap::Args)]
pub struct Args {
    /// The incident store (a GeoPackage; a GeoJSON FeatureCollection of incidents is read too).
    #[arg(long)]
    store: PathBuf,
    /// Directory for the layers (created if missing).
    #[arg(long)]
    out_dir: PathBuf,
    /// Radius in km of a ring around the matching --ring-place (repeatable).
    #[arg(long = "ring")]
    rings: Vec<f64>,
    /// Place name for the matching --ring (repeatable).
    #[arg(long = "ring-place")]
    ring_places: Vec<String>,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run(args: Args) -> Result<()> {
    if args.rings.len() != args.ring_places.len() {
        bail!("--ring and --ring-place must be given in pairs ({} vs {})", args.rings.len(), args.ring_places.len());
    }
    if let Some(km) = args.rings.iter().find(|k| !(k.is_finite() && **k > 0.0)) {
        bail!("--ring {km}: radius must be a positive number of km");
    }
    let rings =
        args.rings.iter().zip(&args.ring_places).map(|(km, p)| PlaceRing { place: p.clone(), km: *km }).collect();
    // Streamed: each incident goes into the layers as it is read, so a big store stays on disk.
    let mut layers = LayerWriter::create(args.gazetteer.load()?, &args.out_dir, &ExportOptions { rings })?;
    incmap::store::for_each(&args.store, |i| layers.add(&i))?;
    let summary = layers.finish()?;
    for (path, n) in summary.files {
        println!("{n:>6}  {}", path.display());
    }
    Ok(())
}
