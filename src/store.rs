//! The incident store: a GeoJSON FeatureCollection written atomically under a lock.
//!
//! FIRST CUT: reading only; the store work adds locking, atomic writes and format checks.

use std::path::Path;

use anyhow::{Context, Result};

use crate::model::Incident;

/// Reads every incident of a store file; errors name the file and the feature.
pub fn load(path: &Path) -> Result<Vec<Incident>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read store", path.display()))?;
    let fc: geojson::FeatureCollection =
        text.parse().with_context(|| format!("{}: not a GeoJSON FeatureCollection", path.display()))?;
    fc.features
        .iter()
        .enumerate()
        .map(|(i, f)| {
            Incident::from_feature(f).map_err(|e| anyhow::anyhow!("{}: feature {}: {e}", path.display(), i + 1))
        })
        .collect()
}
