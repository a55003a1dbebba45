//! One module per subcommand: argument parsing and output formatting only.

pub mod args;
pub mod bases;
pub mod bbox;
pub mod edit;
pub mod explain;
pub mod export;
pub mod exposure;
pub mod extract;
pub mod gazetteer;
pub mod ingest;
pub mod map;
pub mod near;
pub mod nearest;
pub mod output;
pub mod render;
pub mod rows;
pub mod show;
pub mod store;
pub mod threat;
pub mod timeline;
pub mod web;

use std::path::{Path, PathBuf};

use anyhow::Result;

use incmap::gazetteer::Gazetteer;

/// The store `incmap map` writes, which the queries read by default.
pub const DEFAULT_STORE: &str = "output/incmap.gpkg";

/// `--gazetteer FILE`, shared by every command that resolves place names.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct GazetteerArg {
    /// A places file (TSV, as gazetteer/places.tsv) to use instead of the built-in gazetteer
    /// (default: $INCMAP_PLACES if set).
    // Its own id: commands also take a positional `file`.
    #[arg(long = "gazetteer", value_name = "FILE", id = "gazetteer")]
    pub file: Option<PathBuf>,
}

impl GazetteerArg {
    pub fn load(&self) -> Result<&'static Gazetteer> {
        load_gazetteer(self.file.as_deref())
    }
}

/// The given places file, else `$INCMAP_PLACES`, else the built-in places. Loaded once per run,
/// so it may live until exit.
pub fn load_gazetteer(file: Option<&Path>) -> Result<&'static Gazetteer> {
    let g = match file {
        Some(p) => Gazetteer::from_path(p)?,
        None => match Gazetteer::from_env()? {
            std::borrow::Cow::Borrowed(g) => return Ok(g),
            std::borrow::Cow::Owned(g) => g,
        },
    };
    Ok(Box::leak(Box::new(g)))
}
