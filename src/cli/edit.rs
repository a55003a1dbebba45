//! `incmap edit ID --set FIELD=VALUE... --note TEXT` and `incmap reextract`: an analyst's
//! corrections, and the current rules run again over the stored articles.
use std::path::PathBuf;

use anyhow::{Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget};

use incmap::ingest;

#[derive(clap::Args)]
pub struct EditArgs {
    /// The incident's id.
    id: String,
    /// FIELD=VALUE to set (repeatable); VALUE `null` or empty clears the field.
    #[arg(long = "set", value_name = "FIELD=VALUE", required = true)]
    sets: Vec<String>,
    /// Why: kept with the correction.
    #[arg(long)]
    note: Option<String>,
    #[arg(long, default_value = super::DEFAULT_STORE)]
    store: PathBuf,
}

pub fn run_edit(a: EditArgs) -> Result<()> {
    let mut sets = Vec::new();
    for s in &a.sets {
        let Some((field, value)) = s.split_once('=') else { bail!("--set {s}: expected FIELD=VALUE") };
        sets.push((field.trim().to_string(), value.to_string()));
    }
    let author = std::env::var("USER").ok().filter(|u| !u.is_empty());
    let i = ingest::edit(&a.store, &a.id, &sets, a.note.as_deref(), author.as_deref())?;
    let fields: Vec<&str> = sets.iter().map(|(f, _)| f.as_str()).collect();
    eprintln!(
        "{}: incident {} corrected ({}); the correction survives merges and reextract",
        a.store.display(),
        i.id,
        fields.join(", ")
    );
    Ok(())
}

#[derive(clap::Args)]
pub struct ReextractArgs {
    #[arg(long, default_value = super::DEFAULT_STORE)]
    store: PathBuf,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run_reextract(a: ReextractArgs) -> Result<()> {
    let progress = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let s = ingest::reextract(&a.store, a.gazetteer.load()?, &progress)?;
    progress.finish_and_clear();
    eprintln!(
        "{}: {} articles read again, {} reports, {} incidents",
        a.store.display(),
        s.articles,
        s.reports,
        s.incidents
    );
    if !s.orphaned_corrections.is_empty() {
        eprintln!(
            "incmap: corrections kept for incidents the current rules no longer produce: {}",
            s.orphaned_corrections.join(", ")
        );
    }
    Ok(())
}
