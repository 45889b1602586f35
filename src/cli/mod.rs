//! The command line: argument definitions and the headless commands. The binary is thin: it
//! parses these and either runs a command here or opens the app.

mod eval;
mod extract;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

#[derive(Debug, Parser)]
#[command(
    name = "chronicle",
    version,
    about = "Read news articles and see their dated events on a timeline."
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles to open in the app (with none, the embedded sample article opens).
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract events and temporal expressions and print them (JSON by default).
    Extract(ExtractArgs),
    /// Score the temporal tagger against gold TimeML (TempEval-3 Task A figures).
    Eval(EvalArgs),
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// List every missed, spurious and wrongly normalised expression.
    #[arg(long)]
    pub misses: bool,
    /// Exit non-zero when value F1 is below this (CI's accuracy floor).
    #[arg(long, value_name = "F1")]
    pub min_value_f1: Option<f64>,
    /// Folders or files of gold TimeML (.tml, .TE3input).
    #[arg(required = true)]
    pub gold: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Resolve relative dates against this day (YYYY-MM-DD) instead of each article's own.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub reference_date: Option<Date>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Where per-article outputs go (required by --format timeml).
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Print bytes, articles, events, seconds and MB/s to stderr.
    #[arg(long)]
    pub stats: bool,
    /// Read numeric dates like 05/02/2017 as day/month/year.
    #[arg(long)]
    pub day_first: bool,
    /// Refuse files larger than this many megabytes, before reading them.
    #[arg(long, value_name = "MB", default_value_t = 50)]
    pub max_size: u64,
    /// Files or folders to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The Chronicle JSON document (articles, events, timexes).
    Json,
    /// One TimeML file per input with Chronicle's TIMEX3 tags (needs --out-dir).
    Timeml,
    /// TimelineJS3 JSON, for publishing the timeline.
    Timelinejs,
    /// One row per event.
    Csv,
    /// iCalendar: dated events as all-day events.
    Ics,
}

/// Runs a headless command and returns the process exit code.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Extract(args) => extract::run(&args),
        Command::Eval(args) => eval::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("chronicle: {message}");
            ExitCode::from(2)
        }
    }
}
