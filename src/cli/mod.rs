//! The command line: argument definitions and the headless commands. The binary is thin: it
//! parses these and either runs a command here or opens the app.

mod eval;
mod eval_events;
pub(crate) mod extract;

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
    /// Score event extraction against hand-annotated gold events on TimeML news.
    EvalEvents(EvalEventsArgs),
}

#[derive(Debug, clap::Args)]
pub struct EvalEventsArgs {
    /// Which articles of the gold file to score (all: dev, heldout, fresh, blind, fresh2, fresh3 and blind2, each and together).
    #[arg(long, value_enum, default_value_t = crate::eval::events::Set::All)]
    pub set: crate::eval::events::Set,
    /// The folder holding the gold file's TimeML articles (searched recursively).
    #[arg(long, value_name = "DIR", default_value = "../shared/data/tbaq")]
    pub tbaq: PathBuf,
    /// List every missed, spurious, duplicated and wrongly dated or peopled event.
    #[arg(long)]
    pub misses: bool,
    /// Count the errors by class (kind, how the date is wrong, which participants are
    /// missing or extra): figures only, never an article, so fit for every set.
    #[arg(long)]
    pub classes: bool,
    /// The gold events (e.g. tests/expected/tbaq_events.toml).
    pub gold: PathBuf,
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
    /// Refuse files larger than this, before reading them: 50MB, 500KB, 1GB, 2000B; a bare
    /// number is megabytes (KB, MB and GB are powers of 1024).
    #[arg(long, value_name = "SIZE", default_value = "50MB", value_parser = parse_size)]
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

/// A size in bytes from "50MB", "1.5 GB", "500kb", "2000B" or "50" (megabytes).
fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: f64 = number.parse().map_err(|_| format!("'{text}' is not a size like 50MB"))?;
    let unit = unit.trim().to_ascii_lowercase();
    let scale: u64 = match unit.trim_end_matches("ib").trim_end_matches('b') {
        "" if unit.is_empty() => 1 << 20,
        "" => 1,
        "k" => 1 << 10,
        "m" => 1 << 20,
        "g" => 1 << 30,
        _ => return Err(format!("'{unit}' is not a size unit; use B, KB, MB or GB")),
    };
    let bytes = number * scale as f64;
    if !bytes.is_finite() || bytes < 1.0 || bytes > u64::MAX as f64 {
        return Err(format!("'{text}' is not a usable size"));
    }
    Ok(bytes as u64)
}

/// Tells the user something on standard error, as `chronicle: {message}`. Unlike
/// `eprintln!`, a closed standard error (`chronicle ... 2>&1 | head`) is no panic: there is
/// no one left to tell.
pub fn tell(message: impl std::fmt::Display) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "chronicle: {message}");
}

/// Runs a headless command and returns the process exit code.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Extract(args) => extract::run(&args),
        Command::Eval(args) => eval::run(&args),
        Command::EvalEvents(args) => eval_events::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            tell(message);
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_with_and_without_units() {
        assert_eq!(parse_size("50MB"), Ok(50 << 20));
        assert_eq!(parse_size("50"), Ok(50 << 20));
        assert_eq!(parse_size("1.5 GB"), Ok(3 << 29));
        assert_eq!(parse_size("500kb"), Ok(500 << 10));
        assert_eq!(parse_size("2MiB"), Ok(2 << 20));
        assert_eq!(parse_size("2000B"), Ok(2000));
        assert!(parse_size("0").is_err());
        assert!(parse_size("MB").is_err());
        assert!(parse_size("5 parsecs").is_err());
        assert!(parse_size("1e400").is_err());
    }
}
