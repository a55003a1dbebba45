//! `incmap exposure`: for each base, the attacks within a radius, most attacked first.

use anyhow::Result;

use incmap::gazetteer::{Place, PlaceKind};
use incmap::query;

use super::args::{FilterArgs, Km, StoreArg, count};
use super::output::{Cell, FormatArg, Row, RowWriter};

const COLUMNS: &[&str] = &["place", "kind", "country", "attacks", "killed", "injured", "last", "nearest_km"];

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: StoreArg,
    /// Count attacks within this many km of each place.
    #[arg(long, allow_hyphen_values = true)]
    km: Km,
    #[command(flatten)]
    filter: FilterArgs,
    /// Places of this kind (repeatable); default: where forces are based (airbase, base, airport).
    #[arg(long)]
    kind: Vec<PlaceKind>,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run(a: Args) -> Result<()> {
    let g = a.gazetteer.load()?;
    let filter = a.filter.filter()?;
    let kinds = |p: &Place| if a.kind.is_empty() { p.kind.hosts_forces() } else { a.kind.contains(&p.kind) };
    let table = query::exposure(&a.store.store, g, a.km.0, &filter, kinds)?;
    eprintln!("{} with attacks within {}", count(table.len(), "place"), a.km);
    let mut out = RowWriter::new(a.format.format, COLUMNS);
    for e in &table {
        out.push(&Row {
            at: Some(e.place.location),
            cells: vec![
                Cell::Text(e.place.name.clone()),
                Cell::Text(e.place.kind.as_str().into()),
                Cell::Text(e.place.country.clone()),
                Cell::Int(e.attacks as i64),
                Cell::Int(e.killed.into()),
                Cell::Int(e.injured.into()),
                e.last.as_ref().map_or(Cell::Null, Cell::date),
                Cell::Km(e.nearest_km),
            ],
        })?;
    }
    out.finish()
}
