//! The `incmap` command line: a thin clap layer over the library.

mod cli;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    Nearest(cli::near::NearestArgs),
    /// Each incident with its nearest military base.
    Bases(cli::near::BasesArgs),
    /// Incidents inside a lon/lat box.
    Bbox(cli::near::BboxArgs),
    /// For each base, the attacks within a radius: most attacked first.
    Exposure(cli::near::ExposureArgs),
    /// The bases within a weapon's range of a launch site.
    Threat(cli::near::ThreatArgs),
    /// Write the GIS layers (GeoJSON with QGIS styles, CSV, KML).
    Export(cli::export::Args),
    /// Write a static map (PNG or SVG, by the file extension).
    Render(cli::render::Args),
    /// The main job: ingest, export and render; with no arguments, on the shipped sample reports.
    Map(cli::map::Args),
    /// Correct an incident's fields; the correction survives merges and re-extraction.
    Edit(cli::edit::EditArgs),
    /// Run the current extraction rules again over the articles stored in the store.
    Reextract(cli::edit::ReextractArgs),
    /// Manage the store: import an old GeoJSON store.
    #[command(subcommand)]
    Store(cli::store::Command),
    /// Look up places in the gazetteer.
    #[command(subcommand)]
    Gazetteer(cli::gazetteer::Command),
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
        Command::Nearest(a) => cli::near::run_nearest(a),
        Command::Bases(a) => cli::near::run_bases(a),
        Command::Bbox(a) => cli::near::run_bbox(a),
        Command::Exposure(a) => cli::near::run_exposure(a),
        Command::Threat(a) => cli::near::run_threat(a),
        Command::Export(a) => cli::export::run(a),
        Command::Render(a) => cli::render::run(a),
        Command::Map(a) => cli::map::run(a),
        Command::Edit(a) => cli::edit::run_edit(a),
        Command::Reextract(a) => cli::edit::run_reextract(a),
        Command::Store(c) => cli::store::run(c),
        Command::Gazetteer(c) => cli::gazetteer::run(c),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
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
