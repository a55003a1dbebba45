//! `incmap bbox`: incidents inside a lon/lat box, oldest first.

use anyhow::Result;

use incmap::index::BBox;
use incmap::query;

use super::args::{FilterArgs, StoreArg, count};
use super::output::{FormatArg, RowWriter};
use super::rows;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: StoreArg,
    /// west,south,east,north in degrees; west > east crosses the antimeridian.
    #[arg(long, value_name = "W,S,E,N", allow_hyphen_values = true, value_parser = parse_bbox)]
    bbox: BBox,
    #[command(flatten)]
    filter: FilterArgs,
    #[command(flatten)]
    format: FormatArg,
}

fn parse_bbox(s: &str) -> Result<BBox, String> {
    BBox::parse(s)
}

pub fn run(a: Args) -> Result<()> {
    let filter = a.filter.filter()?;
    let found = query::in_bbox(&a.store.store, &a.bbox, &filter)?;
    eprintln!("{} in the box", count(found.len(), "incident"));
    let mut out = RowWriter::new(a.format.format, rows::INCIDENT);
    for i in &found {
        out.push(&rows::incident(i))?;
    }
    out.finish()
}
