//! `incmap render`: a static map of a store (PNG or SVG, by the file extension).
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Result;

use incmap::render::{self, Basemap, Extent, MapOptions};

use super::args::{AroundArgs, FilterArgs, count};

#[derive(clap::Args)]
pub struct Args {
    /// The incident store (a GeoPackage; a GeoJSON FeatureCollection of incidents is read too).
    #[arg(long, default_value = super::DEFAULT_STORE)]
    store: PathBuf,
    /// Output file: .png or .svg.
    #[arg(long, default_value = "output/map.png")]
    out: PathBuf,
    /// Area to show as W,S,E,N degrees (default: fitted to the incidents).
    #[arg(long, value_name = "W,S,E,N", conflicts_with = "around", allow_hyphen_values = true)]
    bbox: Option<Extent>,
    // --around PLACE --km N: centre the map on a place, showing only the incidents within N km.
    #[command(flatten)]
    around: AroundArgs,
    #[command(flatten)]
    filter: FilterArgs,
    #[arg(long)]
    title: Option<String>,
    /// Width in pixels.
    #[arg(long, default_value_t = 1600)]
    width: u32,
    /// Height in pixels.
    #[arg(long, default_value_t = 1000)]
    height: u32,
    /// Text and symbol scale: 96 is nominal size, 192 doubles them (for a 2x larger image).
    #[arg(long, default_value_t = 96.0)]
    dpi: f64,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
    /// Folder with the basemap layers (default: the embedded Natural Earth subset).
    #[arg(long)]
    basemap: Option<PathBuf>,
    /// SVG: text as glyph outlines (for editors or printers without DejaVu Sans).
    #[arg(long)]
    text_as_paths: bool,
}

pub fn run(a: Args) -> Result<()> {
    let gazetteer = a.gazetteer.load()?;
    let filter = a.filter.filter()?;
    let focus = a.around.focus(gazetteer)?;
    let basemap = a.basemap.as_deref().map(Basemap::from_dir).transpose()?.map(Arc::new);
    let opts = MapOptions {
        width: a.width,
        height: a.height,
        dpi: a.dpi,
        title: a.title,
        extent: a.bbox,
        since: filter.since,
        until: filter.until,
        filter,
        focus,
        basemap,
        svg_text_as_paths: a.text_as_paths,
    };
    // Streamed: a map of a big store holds a small record per incident, not the store.
    let map = render::render_store(&a.store, gazetteer, &opts, &a.out)?;
    eprintln!(
        "wrote {} ({} on the map, {} numbered, {}; extent {})",
        a.out.display(),
        count(map.shown, "incident"),
        map.numbered.len(),
        count(map.rings, "ring"),
        map.projection.visible_extent()
    );
    Ok(())
}
