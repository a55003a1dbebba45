//! `incmap extract INPUT...`: every incident report found in the inputs, as one GeoJSON
//! FeatureCollection on standard output. Inputs are read as `ingest` reads them (files, folders,
//! URLs, `-` for standard input; HTML reduced to its article text).
use std::io::Write;

use anyhow::{Result, bail};

use incmap::extract;
use incmap::fetch::{self, Source};
use incmap::model::feature_collection;

use super::args::count;

#[derive(clap::Args)]
pub struct Args {
    /// Article files (text or HTML), folders (their text and HTML files, recursively), http(s)
    /// URLs, or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run(args: Args) -> Result<()> {
    let g = args.gazetteer.load()?;
    let mut sources: Vec<Source> = Vec::new();
    let mut failures: Vec<(String, String)> = Vec::new();
    for input in &args.inputs {
        match fetch::expand_input(input) {
            Ok(found) => sources.extend(found),
            Err(e) => failures.push((input.clone(), format!("{e:#}"))),
        }
    }
    let mut fetcher = None;
    let mut all = Vec::new();
    let mut read = 0;
    for src in &sources {
        match fetch::read_article(src, &mut fetcher) {
            Ok(article) => {
                read += 1;
                all.extend(extract::extract(&article, g));
            }
            Err(e) => failures.push((src.to_string(), format!("{e:#}"))),
        }
    }
    // What was read is printed; when nothing could be, only the reason.
    if read > 0 || failures.is_empty() {
        let mut out = super::output::stdout();
        writeln!(out, "{}", feature_collection(&all))?;
        out.flush()?;
    }
    match &failures[..] {
        [] => Ok(()),
        [(input, reason)] => bail!("{input}: {reason}"),
        _ => {
            for (input, reason) in &failures {
                eprintln!("incmap: {input}: {reason}");
            }
            bail!("{} failed", count(failures.len(), "input"))
        }
    }
}
