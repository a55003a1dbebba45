//! `incmap near`: incidents (or gazetteer places) within a radius of a place or coordinate.

use anyhow::{Result, bail};

use incmap::gazetteer::PlaceKind;
use incmap::query;

use super::args::{FilterArgs, Km, RangeArgs, StoreArg, WhereArgs, count};
use super::output::{FormatArg, RowWriter};
use super::rows;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: StoreArg,
    #[command(flatten)]
    at: WhereArgs,
    /// Search radius in km (geodesic, WGS84).
    #[arg(long, required_unless_present = "range_of", allow_hyphen_values = true)]
    km: Option<Km>,
    #[command(flatten)]
    range: RangeArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// List the gazetteer places inside the radius instead of incidents.
    #[arg(long)]
    places: bool,
    /// With --places: only places of this kind (repeatable): airbase, base, airport, city, ...
    #[arg(long, requires = "places")]
    kind: Vec<PlaceKind>,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run(a: Args) -> Result<()> {
    let g = a.gazetteer.load()?;
    let filter = a.filter.filter()?;
    let (at, name) = a.at.locate(g)?;
    let (km, radius) = match (a.km, a.range.km()?) {
        (Some(Km(km)), _) => (km, format!("{km} km")),
        (None, Some((km, weapon))) => (km, format!("{km} km ({weapon})")),
        (None, None) => bail!("give --km or --range-of"),
    };
    let out = if a.places {
        // The places standing now: a camp closed years ago is no place in the ring.
        let found =
            query::places_near(g, at, km, |p| p.stands_in(None) && (a.kind.is_empty() || a.kind.contains(&p.kind)));
        eprintln!("{} within {radius} of {name}", count(found.len(), "place"));
        let mut out = RowWriter::new(a.format.format, rows::NEAR_PLACE);
        for f in &found {
            out.push(&rows::near_place(f))?;
        }
        out
    } else {
        let found = query::near(&a.store.store, at, km, &filter)?;
        eprintln!("{} within {radius} of {name}", count(found.len(), "incident"));
        let mut out = RowWriter::new(a.format.format, rows::NEAR_INCIDENT);
        for f in &found {
            out.push(&rows::near_incident(f))?;
        }
        out
    };
    out.finish()
}
