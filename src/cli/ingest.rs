//! `incmap ingest --store PATH INPUT...`
use std::path::PathBuf;

use anyhow::{Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use incmap::ingest;

#[derive(clap::Args)]
pub struct Args {
    /// The store (a GeoPackage file); created when missing.
    #[arg(long)]
    store: PathBuf,
    /// Article files, folders (text and HTML files, recursively) or http(s) URLs.
    #[arg(required = true)]
    inputs: Vec<String>,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run(args: Args) -> Result<()> {
    // Drawn on a terminal only: indicatif hides a stderr bar when stderr is piped.
    let progress = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    progress.set_style(ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}").expect("valid template"));
    let s = ingest::ingest_with(&args.store, &args.inputs, args.gazetteer.load()?, &progress)?;
    progress.finish_and_clear();
    for (input, reason) in &s.failures {
        eprintln!("incmap: {input}: {reason}");
    }
    eprintln!(
        "{}: {} articles read, {} skipped as already ingested, {} reports, {} new incidents, {} updated, {} failed",
        args.store.display(),
        s.articles,
        s.already_ingested,
        s.reports,
        s.new,
        s.updated,
        s.failures.len()
    );
    if !s.failures.is_empty() {
        let names: Vec<&str> = s.failures.iter().map(|(i, _)| i.as_str()).collect();
        bail!("{} input(s) failed: {}", names.len(), names.join(", "));
    }
    Ok(())
}
