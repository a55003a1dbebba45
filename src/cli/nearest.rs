//! `incmap nearest`: the N incidents nearest to a place or coordinate.

use anyhow::Result;

use incmap::query;

use super::args::{FilterArgs, StoreArg, WhereArgs, count};
use super::output::{FormatArg, RowWriter};
use super::rows;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: StoreArg,
    #[command(flatten)]
    at: WhereArgs,
    /// How many incidents.
    #[arg(short, long, default_value_t = 10)]
    n: usize,
    #[command(flatten)]
    filter: FilterArgs,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run(a: Args) -> Result<()> {
    let g = a.gazetteer.load()?;
    let filter = a.filter.filter()?;
    let (at, name) = a.at.locate(g)?;
    let found = query::nearest(&a.store.store, at, a.n, &filter)?;
    match found.len() {
        0 => eprintln!("no incidents near {name}"),
        n => eprintln!("the {} nearest to {name}", count(n, "incident")),
    }
    let mut out = RowWriter::new(a.format.format, rows::NEAR_INCIDENT);
    for f in &found {
        out.push(&rows::near_incident(f))?;
    }
    out.finish()
}
