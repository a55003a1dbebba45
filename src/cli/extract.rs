//! `incmap extract INPUT...`: every incident report found in the inputs, as one GeoJSON
//! FeatureCollection on standard output. Inputs are read as `ingest` reads them (files, folders,
//! URLs, `-` for standard input; HTML reduced to its article text). `--explain` prints instead,
//! for each incident, every field with the rule and the sentence it was read from.
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
    /// Print each incident field by field, with the rule and the sentence each value was read
    /// from, instead of GeoJSON.
    #[arg(long)]
    explain: bool,
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
    let mut out = super::output::stdout();
    for src in &sources {
        match fetch::read_article(src, &mut fetcher) {
            Ok(article) => {
                read += 1;
                let found = extract::extract(&article, g);
                if args.explain {
                    explain(&mut out, &article, &found)?;
                } else {
                    all.extend(found);
                }
            }
            Err(e) => failures.push((src.to_string(), format!("{e:#}"))),
        }
    }
    // What was read is printed; when nothing could be, only the reason.
    if !args.explain && (read > 0 || failures.is_empty()) {
        writeln!(out, "{}", feature_collection(&all))?;
    }
    out.flush()?;
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

fn explain(out: &mut impl Write, article: &incmap::model::Article, found: &[incmap::model::Incident]) -> Result<()> {
    if found.is_empty() {
        writeln!(out, "{}: no incident\n", article.source)?;
    }
    let published = article.published.map(|d| d.format("%Y-%m-%d").to_string());
    for (n, i) in found.iter().enumerate() {
        let title = format!("{} · incident {} of {} ({})", article.source, n + 1, found.len(), i.role.as_str());
        let told = super::explain::Told {
            source: &article.source,
            published: published.as_deref(),
            provenance: &i.provenance,
        };
        super::explain::write(out, &title, i, &[told])?;
        writeln!(out)?;
    }
    Ok(())
}
