//! `incmap web --out output/map.html`: the interactive map of a store, one self-contained page.
use std::path::PathBuf;

use anyhow::Result;

use incmap::{store, web};

#[derive(clap::Args)]
pub struct Args {
    /// The incident store (GeoJSON FeatureCollection).
    #[arg(long, default_value = "output/incidents.geojson")]
    store: PathBuf,
    /// Output file (HTML; works offline, open it in any browser).
    #[arg(long, default_value = "output/map.html")]
    out: PathBuf,
    /// The page's title.
    #[arg(long, default_value = "Reported attacks")]
    title: String,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run(a: Args) -> Result<()> {
    let incidents = store::load(&a.store)?;
    let s = web::write_page(&incidents, a.gazetteer.load()?, &a.title, &a.out)?;
    eprintln!(
        "incmap: wrote {} ({} incidents on the map, {} without a location in the table only)",
        a.out.display(),
        s.located,
        s.unlocated
    );
    Ok(())
}
