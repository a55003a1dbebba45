//! `incmap ingest --store PATH INPUT...`
use std::path::PathBuf;

use anyhow::{Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use incmap::ingest::{self, IngestSummary};

use super::args::plural;

#[derive(clap::Args)]
pub struct Args {
    /// The store (a GeoPackage file); created when missing.
    #[arg(long, default_value = super::DEFAULT_STORE)]
    store: PathBuf,
    /// Article files, folders (text and HTML files, recursively), http(s) URLs, or - for standard
    /// input.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

/// A progress bar on stderr, drawn on a terminal only (indicatif hides it when stderr is piped).
pub fn progress_bar() -> ProgressBar {
    let progress = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    progress.set_style(ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}").expect("valid template"));
    progress
}

/// "3 articles read, 1 skipped as already ingested, 2 reports, 1 new incident, 0 updated".
pub fn summary_line(s: &IngestSummary) -> String {
    format!(
        "{} read, {} skipped as already ingested, {}, {}, {} updated",
        plural(s.articles, "article"),
        s.already_ingested,
        plural(s.reports, "report"),
        plural(s.new, "new incident"),
        s.updated
    )
}

/// Each failed input on its own line, then an error naming how many.
pub fn failures(s: &IngestSummary) -> Result<()> {
    for (input, reason) in &s.failures {
        eprintln!("incmap: {input}: {reason}");
    }
    if !s.failures.is_empty() {
        let names: Vec<&str> = s.failures.iter().map(|(i, _)| i.as_str()).collect();
        bail!("{} failed: {}", plural(s.failures.len(), "input"), names.join(", "));
    }
    Ok(())
}

pub fn run(args: Args) -> Result<()> {
    let progress = progress_bar();
    let s = ingest::ingest_with(&args.store, &args.inputs, args.gazetteer.load()?, &progress)?;
    progress.finish_and_clear();
    eprintln!("{}: {}", args.store.display(), summary_line(&s));
    failures(&s)
}
