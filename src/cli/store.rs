//! `incmap store import OLD.geojson --store NEW.gpkg`: brings a GeoJSON store of an earlier
//! version over into a GeoPackage.
use std::path::PathBuf;

use anyhow::Result;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Copy an old GeoJSON store (incidents, their sources, the ingested articles) into a new
    /// GeoPackage store; the old file is left as it was.
    Import {
        /// The old store (GeoJSON with the `incmap` member).
        old: PathBuf,
        /// The new store (a GeoPackage; must be new or empty).
        #[arg(long)]
        store: PathBuf,
        #[command(flatten)]
        gazetteer: super::GazetteerArg,
    },
}

pub fn run(c: Command) -> Result<()> {
    match c {
        Command::Import { old, store, gazetteer } => {
            let (incidents, articles) = incmap::ingest::import_geojson(&old, &store, gazetteer.load()?)?;
            eprintln!(
                "{}: imported {incidents} incidents and {articles} articles from {}",
                store.display(),
                old.display()
            );
            Ok(())
        }
    }
}
