//! The `chronicle` binary: a command (`chronicle extract ...`) runs headless; otherwise the
//! app opens on the given paths, or on the embedded sample article.

use std::process::ExitCode;

use clap::Parser;

use chronicle::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => cli::run(command),
        None => open_app(cli.paths),
    }
}

#[cfg(feature = "gui")]
fn open_app(paths: Vec<std::path::PathBuf>) -> ExitCode {
    match chronicle::app::run(paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("chronicle: could not open the window: {error}");
            ExitCode::from(1)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_app(_paths: Vec<std::path::PathBuf>) -> ExitCode {
    eprintln!("chronicle: built without the app (feature `gui`); try `chronicle extract --help`");
    ExitCode::from(2)
}
