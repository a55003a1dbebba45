//! One module per subcommand: argument parsing and output formatting only.

pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod ingest;
pub mod map;
pub mod near;
pub mod render;
