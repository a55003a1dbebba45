//! `incmap gazetteer`: look names up, list places near a point, find place names in text, import GeoNames.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use incmap::gazetteer::{Candidate, Hint, Place, geonames};
use incmap::model::LatLon;

use super::args::{Km, count, plural};
use super::output::{Cell, Row, RowWriter};
use super::rows;

#[derive(clap::Subcommand)]
pub enum Command {
    /// The best match for a name, with scored candidates.
    Lookup {
        name: String,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        #[command(flatten)]
        gazetteer: GazetteerFile,
    },
    /// Places within a distance of a point, nearest first.
    #[command(allow_negative_numbers = true)]
    Near {
        lat: f64,
        lon: f64,
        /// Radius in km.
        #[arg(long, default_value = "10", allow_hyphen_values = true)]
        km: Km,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        #[command(flatten)]
        gazetteer: GazetteerFile,
    },
    /// The place names found in a text file, with what they resolve to.
    Mentions {
        file: PathBuf,
        #[command(flatten)]
        gazetteer: GazetteerFile,
    },
    /// Converts a GeoNames dump (allCountries.txt, IQ.txt, ...) to a places file.
    ImportGeonames {
        file: PathBuf,
        /// ISO country code to keep (repeatable; default: all).
        #[arg(long)]
        country: Vec<String>,
        /// Skip towns and villages with fewer people.
        #[arg(long, default_value_t = 0)]
        min_population: u64,
        #[arg(long)]
        out: PathBuf,
    },
}

/// `--gazetteer FILE` as elsewhere; `--places FILE`, its old name on these subcommands, still works.
#[derive(clap::Args)]
pub struct GazetteerFile {
    /// A places file (TSV, as gazetteer/places.tsv) to use instead of the built-in gazetteer
    /// (default: $INCMAP_PLACES if set).
    #[arg(long = "gazetteer", alias = "places", value_name = "FILE", id = "gazetteer")]
    file: Option<PathBuf>,
}

impl GazetteerFile {
    fn load(&self) -> Result<&'static incmap::gazetteer::Gazetteer> {
        super::load_gazetteer(self.file.as_deref())
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
}

fn place_json(p: &Place) -> Value {
    json!({
        "id": p.id,
        "name": p.name,
        "lat": p.location.lat,
        "lon": p.location.lon,
        "kind": p.kind.as_str(),
        "country": p.country,
        "admin1": p.admin1,
        "geo_precision": p.kind.geo_precision().as_str(),
        "source": p.source,
    })
}

fn candidate_json(c: &Candidate) -> Value {
    let mut v = place_json(c.place);
    v["score"] = json!((c.score * 1000.0).round() / 1000.0);
    v
}

pub fn run(c: Command) -> Result<()> {
    match c {
        Command::Lookup { name, format, gazetteer } => {
            let g = gazetteer.load()?;
            let l = g.lookup(&name, &Hint::default());
            if l.candidates.is_empty() {
                // Nothing bears the name: one line, with what it may be a misspelling of.
                l.one(&name)?;
            }
            let mut out = super::output::stdout();
            match format {
                Format::Json => {
                    let candidates: Vec<Value> = l.candidates.iter().map(candidate_json).collect();
                    let mut v = match &l.best {
                        Some(b) => candidate_json(b),
                        None => json!({"name": null, "lat": null, "lon": null, "kind": null, "country": null,
                                       "ambiguous": true}),
                    };
                    v["candidates"] = Value::Array(candidates);
                    writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
                    out.flush()?;
                }
                Format::Table => {
                    if l.best.is_none() {
                        eprintln!("{name:?} is ambiguous; candidates:");
                    }
                    const COLUMNS: &[&str] = &["score", "place", "kind", "country", "id", "lat", "lon"];
                    let mut table = RowWriter::to(out, super::output::Format::Table, COLUMNS);
                    for c in &l.candidates {
                        let p = c.place;
                        table.push(&Row {
                            cells: vec![
                                Cell::Score(c.score),
                                Cell::Text(p.name.clone()),
                                Cell::Text(p.kind.as_str().into()),
                                Cell::Text(p.country.clone()),
                                Cell::Text(p.id.clone()),
                                Cell::Text(format!("{:.5}", p.location.lat)),
                                Cell::Text(format!("{:.5}", p.location.lon)),
                            ],
                            at: Some(p.location),
                        })?;
                    }
                    table.finish()?;
                }
            }
            if l.best.is_none() {
                bail!("{name:?} is ambiguous between {} places", l.candidates.len());
            }
            Ok(())
        }
        Command::Near { lat, lon, km: Km(km), format, gazetteer } => {
            let at = LatLon::new(lat, lon);
            if !at.is_valid() {
                bail!("{lat}, {lon} is not a coordinate (latitude -90..90, longitude -180..180)");
            }
            let g = gazetteer.load()?;
            let found = incmap::query::places_near(g, at, km, |_| true);
            eprintln!("{} within {km} km of {lat}, {lon}", count(found.len(), "place"));
            let mut out = super::output::stdout();
            match format {
                Format::Json => {
                    let v: Vec<Value> = found
                        .iter()
                        .map(|f| {
                            let mut v = place_json(f.item);
                            v["distance_km"] = Cell::Km(f.km).json();
                            v
                        })
                        .collect();
                    writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
                    out.flush()?;
                }
                Format::Table => {
                    let mut table = RowWriter::to(out, super::output::Format::Table, rows::NEAR_PLACE);
                    for f in &found {
                        table.push(&rows::near_place(f))?;
                    }
                    table.finish()?;
                }
            }
            Ok(())
        }
        Command::Mentions { file, gazetteer } => {
            let g = gazetteer.load()?;
            let text = std::fs::read_to_string(&file).with_context(|| format!("{}: cannot read", file.display()))?;
            let mentions = g.mentions(&text);
            eprintln!("{} in {}", count(mentions.len(), "place name"), file.display());
            let mut out = super::output::stdout();
            for m in mentions {
                let answer = match &m.lookup.best {
                    Some(b) => format!("{} ({})", b.place.id, b.place.kind.as_str()),
                    None => {
                        let ids: Vec<&str> = m.lookup.candidates.iter().map(|c| c.place.id.as_str()).collect();
                        format!("ambiguous: {}", ids.join(", "))
                    }
                };
                writeln!(out, "{}..{}\t{}\t{}", m.start, m.end, m.text, answer)?;
            }
            out.flush()?;
            Ok(())
        }
        Command::ImportGeonames { file, country, min_population, out } => {
            let f = std::fs::File::open(&file).with_context(|| format!("{}: cannot open", file.display()))?;
            let filter = geonames::Filter { countries: country, min_population };
            let places = geonames::import(std::io::BufReader::new(f), &file.display().to_string(), &filter)?;
            geonames::write_tsv(&places, &out)?;
            eprintln!("{} written to {}", plural(places.len(), "place"), out.display());
            Ok(())
        }
    }
}
