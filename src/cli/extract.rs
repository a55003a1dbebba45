use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result};

use incmap::extract::{self, MAX_ARTICLE_BYTES};
use incmap::model::feature_collection;

#[derive(clap::Args)]
pub struct Args {
    /// Plain-text articles (at most the first 1 MiB of each is read).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    #[command(flatten)]
    gazetteer: super::GazetteerArg,
}

pub fn run(args: Args) -> Result<()> {
    let g = args.gazetteer.load()?;
    let mut all = Vec::new();
    for path in &args.files {
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(MAX_ARTICLE_BYTES as u64).read_to_end(&mut bytes))
            .with_context(|| format!("{}: cannot read", path.display()))?;
        let text = incmap::fetch::decode_text(&bytes); // legacy encodings, as ingest reads them
        let article = extract::article_from_text(&path.display().to_string(), &text);
        all.extend(extract::extract(&article, g));
    }
    println!("{}", feature_collection(&all));
    Ok(())
}
