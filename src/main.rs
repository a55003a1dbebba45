//! The `incmap` command line: a thin clap layer over the library.

mod cli;

use std::process::ExitCode;

use std::io::Write;

use clap::{CommandFactory, Parser, Subcommand};

/// Turns news reports of attacks into a geocoded, deduplicated incident dataset, GIS layers and maps.
#[derive(Parser)]
#[command(name = "incmap", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print every incident report found in the inputs as one GeoJSON FeatureCollection.
    Extract(cli::extract::Args),
    /// Extract, resolve and merge inputs (files, folders, URLs) into a store.
    Ingest(cli::ingest::Args),
    /// Incidents or places within a radius of a place or coordinate.
    Near(cli::near::Args),
    /// The N incidents nearest to a place or coordinate.
    Nearest(cli::nearest::Args),
    /// Each incident with its nearest military base.
    Bases(cli::bases::Args),
    /// Incidents inside a lon/lat box, oldest first.
    Bbox(cli::bbox::Args),
    /// For each base, the attacks within a radius: most attacked first.
    Exposure(cli::exposure::Args),
    /// The bases within a weapon's range of a launch site.
    Threat(cli::threat::Args),
    /// Write the GIS layers (GeoJSON with QGIS styles, CSV, KML).
    Export(cli::export::Args),
    /// Write a static map (PNG or SVG, by the file extension).
    Render(cli::render::Args),
    /// Write a timeline: attacks per day, week or month by weapon, killed and injured below (PNG or SVG).
    Timeline(cli::timeline::Args),
    /// Write the interactive map: one HTML page that works offline.
    Web(cli::web::Args),
    /// The main job: ingest, export and render; with no arguments, on the shipped sample reports.
    Map(cli::map::Args),
    /// Correct an incident's fields; the correction survives merges and re-extraction.
    Edit(cli::edit::EditArgs),
    /// Run the current extraction rules again over the articles stored in the store.
    Reextract(cli::edit::ReextractArgs),
    /// Show one stored incident field by field: each value's sources, sentences and rules.
    Show(cli::show::Args),
    /// Manage the store: import an old GeoJSON store.
    #[command(subcommand)]
    Store(cli::store::Command),
    /// Look up places in the gazetteer.
    #[command(subcommand)]
    Gazetteer(cli::gazetteer::Command),
    /// Print a shell completion script (e.g. `incmap completions bash > ~/.local/share/bash-completion/completions/incmap`).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff): `incmap man > incmap.1`.
    Man,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // --help, --version, and the full help when no subcommand is given
        Err(e) if !e.use_stderr() || e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            e.exit()
        }
        Err(e) => {
            eprintln!("incmap: {}", one_line(&e));
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Extract(a) => cli::extract::run(a),
        Command::Ingest(a) => cli::ingest::run(a),
        Command::Near(a) => cli::near::run(a),
        Command::Nearest(a) => cli::nearest::run(a),
        Command::Bases(a) => cli::bases::run(a),
        Command::Bbox(a) => cli::bbox::run(a),
        Command::Exposure(a) => cli::exposure::run(a),
        Command::Threat(a) => cli::threat::run(a),
        Command::Export(a) => cli::export::run(a),
        Command::Render(a) => cli::render::run(a),
        Command::Timeline(a) => cli::timeline::run(a),
        Command::Web(a) => cli::web::run(a),
        Command::Map(a) => cli::map::run(a),
        Command::Edit(a) => cli::edit::run_edit(a),
        Command::Reextract(a) => cli::edit::run_reextract(a),
        Command::Show(a) => cli::show::run(a),
        Command::Store(c) => cli::store::run(c),
        Command::Gazetteer(c) => cli::gazetteer::run(c),
        Command::Completions { shell } => completions(shell),
        Command::Man => man(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader stopped early (`incmap ... | head`): what it wanted was written.
        Err(e) if cli::output::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            // One line: the cause chain joined, as the contract asks.
            let chain: Vec<String> = e.chain().map(|c| c.to_string()).collect();
            eprintln!("incmap: {}", chain.join(": "));
            ExitCode::FAILURE
        }
    }
}

/// A usage error on one line, as the contract asks: clap's message without its usage block.
fn one_line(e: &clap::Error) -> String {
    let text = e.to_string();
    let lines: Vec<&str> = text
        .lines()
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(" ").trim_start_matches("error: ").to_string()
}

/// The completion script, from the clap definition (written whole, so a closed pipe is an error
/// like any other write).
fn completions(shell: clap_complete::Shell) -> anyhow::Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "incmap", &mut script);
    let mut out = cli::output::stdout();
    out.write_all(&script)?;
    out.flush()?;
    Ok(())
}

/// The man page, from the clap definition.
fn man() -> anyhow::Result<()> {
    let mut out = cli::output::stdout();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    out.flush()?;
    Ok(())
}
