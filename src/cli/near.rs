use anyhow::{Result, bail};

#[derive(clap::Args)]
pub struct Args {}

#[derive(clap::Args)]
pub struct NearestArgs {}

pub fn run(_args: Args) -> Result<()> {
    bail!("not implemented yet")
}

pub fn run_nearest(_args: NearestArgs) -> Result<()> {
    bail!("not implemented yet")
}
