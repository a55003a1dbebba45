//! `incmap timeline`: attacks per day, week or month stacked by weapon, killed and injured below,
//! the largest events labelled (PNG or SVG, by the file extension).
use std::path::PathBuf;

use anyhow::Result;

use incmap::render::{self, BinSize, TimelineOptions};

use super::args::{AroundArgs, FilterArgs, count, plural};

#[derive(clap::Args)]
pub struct Args {
    /// The incident store (a GeoPackage; a GeoJSON FeatureCollection of incidents is read too).
    #[arg(long, default_value = super::DEFAULT_STORE)]
    store: PathBuf,
    /// Output file: .png or .svg.
    #[arg(long, default_value = "output/timeline.png")]
    out: PathBuf,
    // --around PLACE --km N: only the incidents within N km of a place.
    #[command(flatten)]
    around: AroundArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Bar length: day, week or month (default: by the span, up to 2 months by day, up to 2 years
    /// by week, beyond by month).
    #[arg(long, value_name = "SIZE")]
    bin: Option<BinSize>,
    /// How many of the largest events (by killed + injured) get a label.
    #[arg(long, value_name = "N", default_value_t = 3)]
    annotate: usize,
    /// The title (default: "Reported attacks per month", or "... within N km of PLACE, per week").
    #[arg(long)]
    title: Option<String>,
    /// Width in pixels.
    #[arg(long, default_value_t = 1600)]
    width: u32,
    /// Height in pixels.
    #[arg(long, default_value_t = 900)]
    height: u32,
    /// Text and line scale: 96 is nominal size, 192 doubles them (for a 2x larger image).
    #[arg(long, default_value_t = 96.0)]
    dpi: f64,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
    /// SVG: text as glyph outlines (for editors or printers without DejaVu Sans).
    #[arg(long)]
    text_as_paths: bool,
}

pub fn run(a: Args) -> Result<()> {
    // The gazetteer is read only to resolve --around.
    let focus = match a.around.around {
        Some(_) => a.around.focus(a.gazetteer.load()?)?,
        None => None,
    };
    let opts = TimelineOptions {
        width: a.width,
        height: a.height,
        dpi: a.dpi,
        title: a.title,
        filter: a.filter.filter()?,
        focus,
        bin: a.bin,
        annotate: a.annotate,
        svg_text_as_paths: a.text_as_paths,
    };
    let t = render::timeline_store(&a.store, &opts, &a.out)?;
    eprintln!("wrote {} ({})", a.out.display(), summary(&t));
    Ok(())
}

/// "12 incidents in 50 bars by month, 1 undated not shown".
pub fn summary(t: &render::RenderedTimeline) -> String {
    let mut s = format!("{} in {} by {}", count(t.shown, "incident"), plural(t.bins.len(), "bar"), t.bin.as_str());
    if t.undated > 0 {
        s += &format!(", {} undated not shown", t.undated);
    }
    if t.year_only > 0 {
        s += &format!(", {} dated only to the year not shown", t.year_only);
    }
    s
}
