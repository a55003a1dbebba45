//! `incmap bases`: each incident with its nearest military base.

use anyhow::Result;

use incmap::geodesy::bearing_deg;
use incmap::query;

use super::args::{FilterArgs, Km, StoreArg, count};
use super::output::{Cell, FormatArg, Row, RowWriter};

const COLUMNS: &[&str] =
    &["base", "base_km", "bearing_from_base", "date", "place", "weapon", "killed", "injured", "id"];

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: StoreArg,
    #[command(flatten)]
    filter: FilterArgs,
    /// Only incidents at most this far (km) from their nearest base.
    #[arg(long, allow_hyphen_values = true)]
    max_km: Option<Km>,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run(a: Args) -> Result<()> {
    let g = a.gazetteer.load()?;
    let filter = a.filter.filter()?;
    // A row per incident, printed as it is read: a big store is neither held nor listed in memory.
    let mut out = RowWriter::new(a.format.format, COLUMNS);
    query::with_nearest_base(&a.store.store, g, &filter, a.max_km.map(|k| k.0), |i, base| {
        let at = i.location.expect("located");
        out.push(&Row {
            at: Some(at),
            cells: vec![
                Cell::Text(base.item.name.clone()),
                Cell::Km(base.km),
                // From the base to the incident: "5 km north-east of the base".
                if base.km > 0.0 { Cell::Deg(bearing_deg(base.item.location, at)) } else { Cell::Null },
                Cell::date(&i),
                Cell::opt_text(i.place.as_deref()),
                Cell::Text(i.weapon.as_str().into()),
                Cell::opt_int(i.killed),
                Cell::opt_int(i.injured),
                Cell::Text(i.id.clone()),
            ],
        })
    })?;
    eprintln!("{} with their nearest base", count(out.rows(), "incident"));
    out.finish()
}
