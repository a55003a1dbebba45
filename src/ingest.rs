//! The ingest use case: inputs (files, folders, URLs) → articles → extracted reports → merged into
//! the store, a batch of articles per transaction. The store ([`crate::store`]) only keeps data;
//! what joins what is decided here with [`crate::merge`].

use std::collections::HashSet;
use std::path::Path;
use std::time::Instant;

use anyhow::Result;
use geojson::Feature;

use crate::gazetteer::Gazetteer;
use crate::merge;
use crate::model::{Article, Incident};
use crate::store::{self, Db, FeatureTable, Kind, Stored, Writer};

/// Articles are merged in batches, each one transaction: a long ingest saves as it goes (a crash
/// loses at most one batch) and other writers get turns.
const BATCH_ARTICLES: usize = 200;
const BATCH_SECONDS: u64 = 10;

/// What an ingest did, for the summary line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IngestSummary {
    /// Articles read and extracted (including those already in the store).
    pub articles: usize,
    pub already_ingested: usize,
    /// Incident reports extracted from new articles.
    pub reports: usize,
    /// Incidents this ingest created.
    pub new: usize,
    /// Incidents that existed before this ingest and gained a report.
    pub updated: usize,
    /// Inputs that could not be read, with the reason.
    pub failures: Vec<(String, String)>,
}

/// Reads, extracts and merges `inputs` into the store at `path` with the built-in gazetteer.
pub fn ingest(path: &Path, inputs: &[String], progress: &indicatif::ProgressBar) -> Result<IngestSummary> {
    ingest_with(path, inputs, Gazetteer::embedded(), progress)
}

/// `ingest`, resolving place names with `gazetteer` (e.g. a user's places file). A failed input is
/// recorded in the summary and the others still go in; only a store that cannot be opened or
/// written is an error.
pub fn ingest_with(
    path: &Path,
    inputs: &[String],
    gazetteer: &Gazetteer,
    progress: &indicatif::ProgressBar,
) -> Result<IngestSummary> {
    // Refuse a foreign or corrupt store before doing any work; a missing one is created only by
    // the first batch, or at the end of a run with no failures.
    let mut db = match store::kind_of(path)? {
        Kind::Missing => None,
        _ => Some(Db::open_or_create(path)?),
    };
    let mut summary = IngestSummary::default();
    let mut sources = Vec::new();
    for input in inputs {
        match crate::fetch::expand_input(input) {
            Ok(found) => sources.extend(found),
            Err(e) => summary.failures.push((input.clone(), format!("{e:#}"))),
        }
    }
    progress.set_length(sources.len() as u64);
    let mut fetcher = None;
    let mut ids = ChangedIds::default();
    let mut batch = Vec::new();
    let mut last_save = Instant::now();
    for (n, src) in sources.iter().enumerate() {
        progress.set_message(src.to_string());
        match crate::fetch::read_article(src, &mut fetcher) {
            // Known articles are not extracted again (checked once more inside the transaction).
            Ok(article) if db.as_ref().map(|d| d.has_article(&article.hash())).transpose()? == Some(true) => {
                summary.articles += 1;
                summary.already_ingested += 1;
            }
            Ok(article) => {
                let reports = crate::extract::extract(&article, gazetteer);
                batch.push((article, reports));
            }
            Err(e) => summary.failures.push((src.to_string(), format!("{e:#}"))),
        }
        progress.inc(1);
        let last = n + 1 == sources.len();
        let due = last || batch.len() >= BATCH_ARTICLES || last_save.elapsed().as_secs() >= BATCH_SECONDS;
        if due && !batch.is_empty() {
            let db = match &mut db {
                Some(db) => db,
                None => db.insert(Db::open_or_create(path)?),
            };
            merge_batch(db, std::mem::take(&mut batch), gazetteer, &mut summary, &mut ids)?;
            last_save = Instant::now();
        }
    }
    if db.is_none() && summary.failures.is_empty() {
        merge_batch(&mut Db::open_or_create(path)?, Vec::new(), gazetteer, &mut summary, &mut ids)?;
    }
    summary.new = ids.new.len();
    summary.updated = ids.updated.len();
    Ok(summary)
}

/// Ids of the incidents one ingest created or changed, over all its batches.
#[derive(Default)]
struct ChangedIds {
    new: HashSet<String>,
    updated: HashSet<String>,
}

/// Merges a batch of extracted articles into the store in one transaction: articles already in
/// it are skipped, the stored incidents the reports could join are fetched through the R-tree and
/// a date window, the merge runs on those, and what changed is written back with a source row per
/// report and the derived layers of each changed incident. What the store ends up holding is
/// what merging into the whole store in memory gives.
fn merge_batch(
    db: &mut Db,
    batch: Vec<(Article, Vec<Incident>)>,
    gazetteer: &Gazetteer,
    summary: &mut IngestSummary,
    ids: &mut ChangedIds,
) -> Result<()> {
    let w = db.write()?;
    let mut fresh = Vec::new();
    let mut seen = HashSet::new();
    for (article, reports) in batch {
        summary.articles += 1;
        let sha = article.hash();
        if seen.contains(&sha) || w.has_article(&sha)? {
            summary.already_ingested += 1;
            continue;
        }
        summary.reports += reports.len();
        seen.insert(sha.clone());
        fresh.push((article, sha, reports));
    }
    merge_into(&w, &fresh, ids)?;
    for (article, sha, _) in &fresh {
        w.add_article(sha, &article.source, article.published, Some(&article.text))?;
    }
    let places: Vec<Feature> = gazetteer.places().iter().map(crate::export::place_feature).collect();
    let places_changed = w.refresh_places(&places)?;
    if fresh.is_empty() && !places_changed {
        return Ok(()); // nothing new: the store is left as it was, byte for byte
    }
    w.commit()
}

/// Merges the reports of new articles (each with its hash) into the store inside `w`: the stored
/// incidents the reports could join are fetched through the R-tree and a date window, the merge
/// runs on those, and what changed is written back (an analyst's corrections applied again) with
/// a source row per report and the derived layers of each changed incident. What the store ends
/// up holding is what merging into the whole store in memory gives.
fn merge_into(w: &Writer, fresh: &[(Article, String, Vec<Incident>)], ids: &mut ChangedIds) -> Result<()> {
    let all: Vec<&Incident> = fresh.iter().flat_map(|(_, _, reports)| reports).collect();
    let probe = merge::Probe::new(all.iter().copied());
    let owned: Vec<Incident> = all.into_iter().cloned().collect();
    let stored: Vec<Stored> = w.merge_candidates(&owned)?.into_iter().filter(|s| probe.may_join(&s.incident)).collect();
    let mut incidents: Vec<Incident> = stored.iter().map(|s| s.incident.clone()).collect();
    // Article by article, noting where each report went.
    let mut reported = Vec::new();
    for (k, (_, sha, reports)) in fresh.iter().enumerate() {
        let mut reports = reports.clone();
        for (n, report) in reports.iter_mut().enumerate() {
            report.id = crate::model::report_id(sha, n);
        }
        let placed = merge::merge(&mut incidents, reports.clone()).placed;
        reported.extend(placed.into_iter().zip(reports).map(|(at, report)| (at, k, report)));
    }
    for (k, inc) in incidents.iter_mut().enumerate() {
        let before = stored.get(k);
        if before.is_some_and(|s| s.incident == *inc) {
            continue;
        }
        // A merge may have changed a field an analyst set: the correction stands.
        apply_corrections(inc, &w.corrections(&inc.id)?)?;
        w.save_incident(&Stored { fid: before.and_then(|s| s.fid), incident: inc.clone() })?;
        w.replace_derived(&inc.id, &derived_features(inc))?;
        if before.is_none() {
            ids.new.insert(inc.id.clone());
        } else if !ids.new.contains(&inc.id) {
            ids.updated.insert(inc.id.clone());
        }
    }
    for (at, k, report) in &reported {
        let (article, sha, _) = &fresh[*k];
        w.add_source(&incidents[*at].id, Some(sha), article.published, report)?;
    }
    Ok(())
}

/// Brings an old GeoJSON store over into a new GeoPackage at `new`, streaming (a million incidents
/// need not fit in memory), in one transaction: every incident as it was with its derived layers,
/// a source row per source it lists (tied to its article by source name; the per-article figures
/// were never kept), every article without its text. Refuses a `new` store that already holds
/// data. The counts of incidents and articles brought over.
pub fn import_geojson(old: &Path, new: &Path, gazetteer: &Gazetteer) -> Result<(usize, usize)> {
    if store::kind_of(old)? != Kind::GeoJson {
        anyhow::bail!("{}: not a GeoJSON store (already a GeoPackage, or missing)", old.display());
    }
    let mut db = Db::open_or_create(new)?;
    let w = db.write()?;
    w.refuse_if_used()?;
    let mut incidents = 0;
    let articles = store::geojson::scan_store(old, |i| {
        incidents += 1;
        w.save_copied(&i)?;
        w.replace_derived(&i.id, &derived_features(&i))
    })?;
    for a in &articles {
        w.add_article(&a.sha256, &a.source, None, None)?;
    }
    w.link_sources_to_articles()?;
    let places: Vec<Feature> = gazetteer.places().iter().map(crate::export::place_feature).collect();
    w.refresh_places(&places)?;
    w.commit()?;
    Ok((incidents, articles.len()))
}

/// Runs the current extraction rules again over every article stored with its text and rebuilds
/// the incidents, their sources and layers from them, in one transaction (the store is old or
/// new, never half); analysts' corrections are applied again to the incidents that keep their
/// ids. Refuses a store with articles imported without their text (their incidents would be lost).
pub fn reextract(path: &Path, gazetteer: &Gazetteer, progress: &indicatif::ProgressBar) -> Result<ReextractSummary> {
    let mut db = Db::open_or_create(path)?;
    let w = db.write()?;
    let articles = w.articles_with_text()?;
    w.clear_incidents()?;
    progress.set_length(articles.len() as u64);
    let mut ids = ChangedIds::default();
    let mut summary = ReextractSummary { articles: articles.len(), ..Default::default() };
    for chunk in articles.chunks(BATCH_ARTICLES) {
        let fresh: Vec<(Article, String, Vec<Incident>)> = chunk
            .iter()
            .map(|(article, sha)| {
                progress.inc(1);
                (article.clone(), sha.clone(), crate::extract::extract(article, gazetteer))
            })
            .collect();
        summary.reports += fresh.iter().map(|(_, _, r)| r.len()).sum::<usize>();
        merge_into(&w, &fresh, &mut ids)?;
    }
    summary.incidents = ids.new.len();
    for id in w.corrected_ids()? {
        if w.find(&id)?.is_none() {
            summary.orphaned_corrections.push(id);
        }
    }
    w.set_extractor()?;
    let places: Vec<Feature> = gazetteer.places().iter().map(crate::export::place_feature).collect();
    w.refresh_places(&places)?;
    w.commit()?;
    Ok(summary)
}

/// What a re-extraction did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReextractSummary {
    pub articles: usize,
    pub reports: usize,
    pub incidents: usize,
    /// Incidents with corrections that the current rules no longer produce.
    pub orphaned_corrections: Vec<String>,
}

/// Fields an analyst may not set: the id, and what the sources determine.
const NOT_EDITABLE: [&str; 4] = ["id", "source", "sources", "reports"];

/// An analyst's correction: sets `field=value` pairs on incident `id` (a value of `null` or
/// nothing clears it), recorded with the note and author in `corrections` so it survives merges and
/// re-extraction; in one transaction. The incident as corrected.
pub fn edit(
    path: &Path,
    id: &str,
    sets: &[(String, String)],
    note: Option<&str>,
    author: Option<&str>,
) -> Result<Incident> {
    if store::kind_of(path)? == Kind::Missing {
        anyhow::bail!("{}: no such store", path.display());
    }
    let mut db = Db::open_or_create(path)?;
    let w = db.write()?;
    let mut stored = w.find(id)?.ok_or_else(|| anyhow::anyhow!("{}: no incident with id {id:?}", path.display()))?;
    let mut corrections = Vec::new();
    for (field, value) in sets {
        if NOT_EDITABLE.contains(&field.as_str()) || store::incident_column_type(field).is_none() {
            anyhow::bail!("--set {field}=...: not a field that can be corrected");
        }
        let value = Some(value.trim()).filter(|v| !v.is_empty() && *v != "null").map(str::to_string);
        corrections.push((field.clone(), value));
    }
    apply_corrections(&mut stored.incident, &corrections)?;
    for (field, value) in &corrections {
        w.add_correction(id, field, value.as_deref(), note, author)?;
    }
    w.save_incident(&stored)?;
    w.replace_derived(id, &derived_features(&stored.incident))?;
    w.commit()?;
    Ok(stored.incident)
}

/// Sets each (field, value) on the incident, checked as a store row is (a count must be a
/// non-negative integer, a date YYYY-MM-DD, a weapon one of the vocabulary...).
pub fn apply_corrections(incident: &mut Incident, corrections: &[(String, Option<String>)]) -> Result<()> {
    if corrections.is_empty() {
        return Ok(());
    }
    let mut f = incident.to_feature();
    let p = f.properties.get_or_insert_with(Default::default);
    for (field, value) in corrections {
        let v = match (value, store::incident_column_type(field)) {
            (None, _) => geojson::JsonValue::Null,
            (Some(v), Some("INTEGER" | "REAL")) => serde_json::from_str::<serde_json::Number>(v)
                .map(geojson::JsonValue::Number)
                .map_err(|_| anyhow::anyhow!("{field}={v}: not a number"))?,
            (Some(v), _) => geojson::JsonValue::from(v.clone()),
        };
        p.insert(field.clone(), v);
    }
    *incident = Incident::from_feature(&f).map_err(|e| anyhow::anyhow!("incident {}: {e}", incident.id))?;
    Ok(())
}

/// An incident's rows in the derived layers: its launch site, the line from it, its range ring
/// (the same features `export` writes as GeoJSON).
pub fn derived_features(i: &Incident) -> Vec<(&'static FeatureTable, Feature)> {
    use crate::export;
    [
        (&store::LAUNCH_SITES, export::launch_site_feature(i)),
        (&store::LAUNCH_LINES, export::launch_line_feature(i)),
        (&store::RANGE_RINGS, export::range_ring_feature(i)),
    ]
    .into_iter()
    .filter_map(|(t, f)| Some((t, f?)))
    .collect()
}
