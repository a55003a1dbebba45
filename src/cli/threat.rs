//! `incmap threat`: the bases within a weapon's range of a launch site.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};

use incmap::gazetteer::{Place, PlaceKind};
use incmap::query;

use super::args::{Km, RangeArgs, count};
use super::output::{FormatArg, RowWriter};
use super::rows;

#[derive(clap::Args)]
pub struct Args {
    /// The launch site: a gazetteer place.
    #[arg(long, conflicts_with_all = ["lat", "lon", "incident"])]
    place: Option<String>,
    #[arg(long, requires = "lon", allow_negative_numbers = true, conflicts_with = "incident")]
    lat: Option<f64>,
    #[arg(long, requires = "lat", allow_negative_numbers = true)]
    lon: Option<f64>,
    /// The launch site stated in this incident of the store (its launch_lat/launch_lon; its range_km
    /// when --km is not given).
    #[arg(long)]
    incident: Option<String>,
    /// The incident store (a GeoPackage; a GeoJSON FeatureCollection of incidents is read too).
    #[arg(long, default_value = super::DEFAULT_STORE)]
    store: PathBuf,
    /// The weapon's range in km.
    #[arg(long, alias = "weapon-range-km", allow_hyphen_values = true)]
    km: Option<Km>,
    #[command(flatten)]
    range: RangeArgs,
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
    let (at, name, stated_range) = match &a.incident {
        Some(id) => {
            let i = incmap::store::find(&a.store, id)?
                .with_context(|| format!("{}: no incident with id {id:?}", a.store.display()))?;
            let launch = i.launch_location.with_context(|| {
                format!("incident {id} has no located launch site (launch site: {:?})", i.launch_site)
            })?;
            let name = i.launch_site.clone().unwrap_or_else(|| format!("the launch site of {id}"));
            (launch, name, i.range_km)
        }
        None => {
            let (at, name) = query::locate(g, a.place.as_deref(), a.lat, a.lon)?;
            (at, name, None)
        }
    };
    let (km, radius) = match (a.km, a.range.km()?, stated_range) {
        (Some(Km(km)), ..) => (km, format!("{km} km")),
        (None, Some((km, weapon)), _) => (km, format!("{km} km ({weapon})")),
        (None, None, Some(km)) => (km, format!("{km} km (the stated range)")),
        (None, None, None) => bail!("give the weapon with --range-of or its range with --km"),
    };
    // The sites in reach now: a camp closed years ago is under no threat.
    let kinds = |p: &Place| {
        p.stands_in(None) && if a.kind.is_empty() { p.kind.hosts_forces() } else { a.kind.contains(&p.kind) }
    };
    let found = query::places_near(g, at, km, kinds);
    eprintln!("{} within {radius} of {name}", count(found.len(), "place"));
    let mut out = RowWriter::new(a.format.format, rows::NEAR_PLACE);
    for f in &found {
        out.push(&rows::near_place(f))?;
    }
    out.finish()
}
