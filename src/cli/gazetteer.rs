use anyhow::{Result, bail};

#[derive(clap::Subcommand)]
pub enum Command {
    /// The best match for a name, with scored candidates.
    Lookup { name: String },
}

pub fn run(_c: Command) -> Result<()> {
    bail!("not implemented yet")
}
