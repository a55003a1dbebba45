//! `incmap show ID`: one stored incident, field by field, with every source's sentences and the
//! rules that read them, and the analyst's corrections: why a dot is where it is.
use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};

use incmap::store::Db;

#[derive(clap::Args)]
pub struct Args {
    /// The incident's id (as `near`, `bbox` and the layers print it).
    id: String,
    #[arg(long, default_value = super::DEFAULT_STORE)]
    store: PathBuf,
}

pub fn run(a: Args) -> Result<()> {
    let db = Db::open(&a.store)?;
    let Some(incident) = db.find(&a.id)? else { bail!("{}: no incident with id {}", a.store.display(), a.id) };
    let sources = db.sources_of(&incident.id)?;
    let corrections = db.corrections_of(&incident.id)?;
    let told: Vec<super::explain::Told> = sources
        .iter()
        .map(|s| super::explain::Told {
            source: &s.source,
            published: s.published.as_deref(),
            provenance: &s.provenance,
        })
        .collect();
    let mut out = super::output::stdout();
    let title = format!(
        "incident {} ({}, {} of {} source{})",
        incident.id,
        incident.role.as_str(),
        if incident.reports > 1 { "merged" } else { "read" },
        sources.len(),
        if sources.len() == 1 { "" } else { "s" }
    );
    super::explain::write(&mut out, &title, &incident, &told)?;
    if sources.iter().any(|s| s.provenance.is_empty()) {
        writeln!(out, "  (sources ingested before evidence was kept have none: `incmap reextract` reads them again)")?;
    }
    // Each source's own figures where they differ from the incident's.
    for (k, s) in sources.iter().enumerate().filter(|_| sources.len() > 1) {
        let own: Vec<String> =
            s.fields.iter().filter_map(|(name, v)| v.as_ref().map(|v| format!("{name}={v}"))).collect();
        writeln!(out, "  source {} said: {}", k + 1, own.join(", "))?;
    }
    for c in &corrections {
        let by = [c.author.as_deref(), c.at.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
        let note = c.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
        let value = c.value.as_deref().unwrap_or("(cleared)");
        writeln!(out, "  corrected {} = {value} ({by}){note}", c.field)?;
    }
    out.flush()?;
    Ok(())
}
