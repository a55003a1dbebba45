//! `incmap map [INPUT...] [--out-dir DIR]`: ingest, then write the GIS layers, the overview map
//! (`map.png`) and one map per cluster of incidents (`maps/<place>.png`).
use std::path::PathBuf;

use anyhow::{Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget};

use incmap::pipeline;

#[derive(clap::Args)]
pub struct Args {
    /// Article files, folders or URLs; default: the sample reports shipped in the repo.
    inputs: Vec<String>,
    /// Where the store, layers and maps go.
    #[arg(long, default_value = pipeline::OUTPUT_DIR)]
    out_dir: PathBuf,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run(args: Args) -> Result<()> {
    let inputs = if args.inputs.is_empty() {
        if !std::path::Path::new(pipeline::SAMPLE_REPORTS).is_dir() {
            bail!("{}: no such folder; run from the repository root or name the inputs", pipeline::SAMPLE_REPORTS);
        }
        vec![pipeline::SAMPLE_REPORTS.to_string()]
    } else {
        args.inputs
    };
    let progress = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let s = pipeline::run_with(&inputs, &args.out_dir, args.gazetteer.load()?, &progress)?;
    progress.finish_and_clear();
    if let Some(old) = &s.imported {
        eprintln!(
            "incmap: imported the old store {} into {} (the old file is left as it was; delete it when done)",
            old.display(),
            args.out_dir.join(pipeline::STORE_FILE).display()
        );
    }
    for (input, reason) in &s.ingest.failures {
        eprintln!("incmap: {input}: {reason}");
    }
    eprintln!(
        "{} articles read, {} reports, {} incidents in the store; wrote {} layers to {}",
        s.ingest.articles,
        s.ingest.reports,
        s.incidents,
        s.files.len(),
        args.out_dir.display()
    );
    for (path, shown) in &s.maps {
        eprintln!("wrote {} ({shown} incident{} on the map)", path.display(), if *shown == 1 { "" } else { "s" });
    }
    if s.unmapped_clusters > 0 {
        eprintln!("{} smaller clusters have no map of their own (see the overview)", s.unmapped_clusters);
    }
    if !s.ingest.failures.is_empty() {
        bail!("{} input(s) failed", s.ingest.failures.len());
    }
    Ok(())
}
