//! `incmap map [INPUT...] [--out-dir DIR]`: ingest, then write the GIS layers, the overview map
//! (`map.png`), one map per cluster of incidents (`maps/<place>.png`), the timeline
//! (`timeline.png`) and the interactive map (`map.html`).
use std::path::PathBuf;

use anyhow::{Result, bail};

use incmap::pipeline;

use super::args::plural;

/// The interactive map, in the output folder.
const WEB_PAGE: &str = "map.html";

#[derive(clap::Args)]
pub struct Args {
    /// Article files, folders, URLs or - (standard input); default: the sample reports shipped in
    /// the repo.
    #[arg(value_name = "INPUT")]
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
    let progress = super::ingest::progress_bar();
    let gazetteer = args.gazetteer.load()?;
    let s = pipeline::run_with(&inputs, &args.out_dir, gazetteer, &progress)?;
    progress.finish_and_clear();
    if let Some(old) = &s.imported {
        eprintln!(
            "imported the old store {} into {} (the old file is left as it was; delete it when done)",
            old.display(),
            args.out_dir.join(pipeline::STORE_FILE).display()
        );
    }
    eprintln!(
        "{}; {} in the store; wrote {} to {}",
        super::ingest::summary_line(&s.ingest),
        plural(s.incidents, "incident"),
        plural(s.files.len(), "layer"),
        args.out_dir.display()
    );
    for (path, shown) in &s.maps {
        eprintln!("wrote {} ({} on the map)", path.display(), plural(*shown, "incident"));
    }
    let (path, timeline) = &s.timeline;
    eprintln!("wrote {} ({})", path.display(), super::timeline::summary(timeline));
    // The interactive map beside the PNG, from the store just written.
    let page = args.out_dir.join(WEB_PAGE);
    let incidents = incmap::store::load(&args.out_dir.join(pipeline::STORE_FILE))?;
    let w = incmap::web::write_page(&incidents, gazetteer, "Reported attacks", &page)?;
    eprintln!("wrote {} ({} on the map)", page.display(), plural(w.located, "incident"));
    if s.unmapped_clusters > 0 {
        eprintln!("{} have no map of their own (see the overview)", plural(s.unmapped_clusters, "smaller cluster"));
    }
    super::ingest::failures(&s.ingest)
}
