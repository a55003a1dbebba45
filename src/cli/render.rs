use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

use incmap::gazetteer::Gazetteer;
use incmap::model::LatLon;
use incmap::render::{self, Basemap, Extent, Focus, MapOptions};

#[derive(clap::Args)]
pub struct Args {
    /// The incident store (a GeoPackage; a GeoJSON FeatureCollection of incidents is read too).
    #[arg(long, default_value = super::near::DEFAULT_STORE)]
    store: PathBuf,
    /// Output file: .png or .svg.
    #[arg(long, default_value = "output/map.png")]
    out: PathBuf,
    /// Area to show as W,S,E,N degrees (default: fitted to the incidents).
    #[arg(long, value_name = "W,S,E,N", conflicts_with = "around", allow_hyphen_values = true)]
    bbox: Option<Extent>,
    /// Centre the map on a place (gazetteer name or "LAT,LON"), with --km.
    #[arg(long, value_name = "PLACE", requires = "km")]
    around: Option<String>,
    /// Radius around --around, in km.
    #[arg(long, requires = "around")]
    km: Option<f64>,
    /// Only incidents on or after this date (YYYY-MM-DD).
    #[arg(long)]
    since: Option<NaiveDate>,
    /// Only incidents on or before this date (YYYY-MM-DD).
    #[arg(long)]
    until: Option<NaiveDate>,
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
}

pub fn run(a: Args) -> Result<()> {
    let gazetteer = a.gazetteer.load()?;
    let focus = match (&a.around, a.km) {
        (Some(place), Some(km)) => {
            if !(km > 0.0 && km <= 5000.0) {
                bail!("--km {km}: expected a radius in (0, 5000]");
            }
            let (name, at) = resolve(gazetteer, place)?;
            Some(Focus { name, at, km })
        }
        _ => None,
    };
    if let (Some(s), Some(u)) = (a.since, a.until)
        && s > u
    {
        bail!("--since {s} is after --until {u}");
    }
    let basemap = a.basemap.as_deref().map(Basemap::from_dir).transpose()?.map(Arc::new);
    let opts = MapOptions {
        width: a.width,
        height: a.height,
        dpi: a.dpi,
        title: a.title,
        extent: a.bbox,
        since: a.since,
        until: a.until,
        focus,
        basemap,
    };
    // Streamed: a map of a big store holds a small record per incident, not the store.
    let map = render::render_store(&a.store, gazetteer, &opts, &a.out)?;
    eprintln!(
        "incmap: wrote {} ({} incidents on the map, {} numbered, {} rings; extent {})",
        a.out.display(),
        map.shown,
        map.numbered.len(),
        map.rings,
        map.projection.visible_extent()
    );
    Ok(())
}

/// A gazetteer name, or "LAT,LON".
fn resolve(g: &Gazetteer, place: &str) -> Result<(String, LatLon)> {
    if let Some((a, b)) = place.split_once(',')
        && let (Ok(lat), Ok(lon)) = (a.trim().parse::<f64>(), b.trim().parse::<f64>())
    {
        let at = LatLon::new(lat, lon);
        if !at.is_valid() {
            bail!("--around {place:?}: not a valid LAT,LON");
        }
        return Ok((format!("{lat:.4}, {lon:.4}"), at));
    }
    let p = g.resolve(place).context("--around")?;
    Ok((p.name.clone(), p.location))
}
