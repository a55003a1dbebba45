//! `incmap export`: the GIS layers of a store.
use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};

use incmap::export::{ExportOptions, LayerWriter, PlaceRing};

use super::args::{FilterArgs, Km};

#[derive(clap::Args)]
pub struct Args {
    /// The incident store (a GeoPackage; a GeoJSON FeatureCollection of incidents is read too).
    #[arg(long, default_value = super::DEFAULT_STORE)]
    store: PathBuf,
    /// Directory for the layers (created if missing).
    #[arg(long)]
    out_dir: PathBuf,
    /// Radius in km of a ring around the matching --ring-place (repeatable).
    #[arg(long = "ring", value_name = "KM", allow_hyphen_values = true)]
    rings: Vec<Km>,
    /// Place name for the matching --ring (repeatable).
    #[arg(long = "ring-place", value_name = "PLACE")]
    ring_places: Vec<String>,
    #[command(flatten)]
    filter: FilterArgs,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run(args: Args) -> Result<()> {
    let filter = args.filter.filter()?;
    if args.rings.len() != args.ring_places.len() {
        bail!("--ring and --ring-place must be given in pairs ({} vs {})", args.rings.len(), args.ring_places.len());
    }
    if let Some(km) = args.rings.iter().find(|k| k.0 <= 0.0) {
        bail!("--ring {}: a ring needs a radius above 0 km", km.0);
    }
    let rings =
        args.rings.iter().zip(&args.ring_places).map(|(km, p)| PlaceRing { place: p.clone(), km: km.0 }).collect();
    // Streamed: each incident goes into the layers as it is read, so a big store stays on disk.
    let mut layers = LayerWriter::create(args.gazetteer.load()?, &args.out_dir, &ExportOptions { rings })?;
    // A GeoPackage's launch lines and range rings come with each incident, as stored.
    incmap::store::for_each_with_derived(&args.store, |i, stored| {
        if filter.matches(&i) { layers.add_with(&i, stored) } else { Ok(()) }
    })?;
    let summary = layers.finish()?;
    let mut out = super::output::stdout();
    for (path, n) in summary.files {
        writeln!(out, "{n:>6}  {}", path.display())?;
    }
    out.flush()?;
    Ok(())
}
