//! Extraction: article text in, incident reports out.
//!
//! FIRST CUT: the public API only; the extraction work fills it in.

use crate::gazetteer::Gazetteer;
use crate::model::{Article, Incident};

/// Reads a plain-text article, taking the publication date from its dateline when present.
pub fn article_from_text(source: &str, text: &str) -> Article {
    Article { source: source.to_string(), text: text.to_string(), published: None }
}

/// Every incident the article reports: its subject (`role` main) and earlier attacks it mentions.
pub fn extract(_article: &Article, _gazetteer: &Gazetteer) -> Vec<Incident> {
    Vec::new()
}
