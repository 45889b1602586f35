//! `chronicle extract`: read files, extract, print one document for all inputs together.

use std::io::Write;

use rayon::prelude::*;
use std::process::ExitCode;
use std::time::Instant;

use super::{ExtractArgs, Format};
use crate::corpus::Corpus;
use crate::export::json::CorpusDocument;
use crate::ingest::{self, IngestOptions};
use crate::model::{ReferenceDate, ReferenceSource};

pub fn run(args: &ExtractArgs) -> Result<ExitCode, String> {
    match args.format {
        Format::Timeml => write_timeml(args),
        format => write_document(args, format),
    }
}

/// One document for all inputs together, on stdout.
fn write_document(args: &ExtractArgs, format: Format) -> Result<ExitCode, String> {
    let started = Instant::now();
    let options = IngestOptions { size_limit: args.max_size };
    let mut articles = Vec::new();
    let mut failures = 0;
    // A saved project brings its articles and the user's corrections.
    let (projects, inputs): (Vec<_>, Vec<_>) = args
        .paths
        .iter()
        .partition(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case(crate::project::EXTENSION)));
    if projects.len() > 1 {
        return Err("give one project (.chronicle) at a time".into());
    }
    let mut corpus = match projects.first() {
        Some(path) => Corpus::from_project(crate::project::load(path).map_err(|e| e.to_string())?),
        None => Corpus::new(),
    };
    // The directory walk and the reading run while the rules compile, so that on two
    // threads neither waits for the other.
    let (loaded, ()) = rayon::join(
        || {
            let mut paths = Vec::new();
            for path in inputs {
                if path.is_dir() {
                    let (files, unreadable) = ingest::supported_files(path);
                    for (_, error) in unreadable {
                        if let Err(error) = error {
                            super::tell(error);
                            failures += 1;
                        }
                    }
                    paths.extend(files);
                } else {
                    paths.push(path.clone());
                }
            }
            // Files are read and decoded in parallel; results keep the order of the paths.
            paths.par_iter().map(|path| ingest::load_path(path, &options)).collect::<Vec<_>>()
        },
        crate::extract::prepare,
    );
    for result in loaded {
        match result {
            Ok(found) => articles.extend(found),
            Err(error) => {
                super::tell(error);
                failures += 1;
            }
        }
    }
    if articles.is_empty() && corpus.articles().is_empty() {
        return Err("no article could be read".into());
    }
    if let Some(date) = args.reference_date {
        for article in &mut articles {
            article.reference = Some(ReferenceDate { date, source: ReferenceSource::User });
        }
    }
    let bytes: usize = articles.iter().chain(corpus.articles()).map(|a| a.text.len()).sum();
    corpus.add(articles);
    if args.stats {
        print_stats(&corpus, bytes, started.elapsed().as_secs_f64());
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &CorpusDocument(&corpus))
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out)),
        Format::Timelinejs => {
            serde_json::to_writer_pretty(&mut out, &crate::export::timelinejs::to_timelinejs(&corpus))
                .map_err(std::io::Error::other)
                .and_then(|()| writeln!(out))
        }
        Format::Csv => out.write_all(crate::export::csv::to_csv(&corpus).as_bytes()),
        Format::Ics => out.write_all(crate::export::ics::to_ics(&corpus, jiff::Timestamp::now()).as_bytes()),
        Format::Timeml => Ok(()),
    };
    written.and_then(|()| out.flush()).map_err(|e| format!("could not write output: {e}"))?;
    // The process ends here: freeing 100,000 events one allocation at a time took 8% of a
    // 50 MB run, and the OS takes the memory back at once.
    std::mem::forget(corpus);
    Ok(if failures > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The throughput figures `--stats` prints, measured from start (reading the files) to the
/// merged events, before any output is written.
fn print_stats(corpus: &Corpus, bytes: usize, seconds: f64) {
    let megabytes = bytes as f64 / 1_000_000.0;
    // Written as `tell` writes: a closed standard error is no panic.
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "bytes: {bytes}\narticles: {}\nevents: {}\nseconds: {seconds:.3}\nMB/s: {:.1}",
        corpus.articles().len(),
        corpus.events().len(),
        if seconds > 0.0 { megabytes / seconds } else { 0.0 },
    );
    if let Some(peak) = peak_resident_bytes() {
        let _ = writeln!(err, "peak resident MB: {:.1}", peak as f64 / 1_000_000.0);
    }
}

/// The process's peak resident set size, where the OS reports it (Linux: VmHWM).
pub(crate) fn peak_resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kilobytes: u64 =
        line.trim_start_matches("VmHWM:").trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kilobytes * 1024)
}

/// `--format timeml --out-dir DIR`: each TimeML input written back with Chronicle's TIMEX3s.
fn write_timeml(args: &ExtractArgs) -> Result<ExitCode, String> {
    let out_dir = args.out_dir.as_ref().ok_or("--format timeml needs --out-dir DIR")?;
    std::fs::create_dir_all(out_dir).map_err(|e| format!("could not create {}: {e}", out_dir.display()))?;
    let mut failures = 0;
    let files = crate::eval::timeml_files(&args.paths);
    if files.is_empty() {
        return Err("no TimeML files (.tml, .TE3input) among the inputs".into());
    }
    for path in files {
        let result = std::fs::read_to_string(&path)
            .map_err(|e| format!("could not read {}: {e}", path.display()))
            .and_then(|xml| crate::timeml::parse(&xml).map_err(|e| format!("{}: {e}", path.display())))
            .and_then(|document| {
                let reference = args.reference_date.or(document.dct);
                // Without `--day-first` the text shows its own order of numeric dates.
                let options = if args.day_first {
                    crate::timex::TagOptions { day_first: true }
                } else {
                    crate::timex::TagOptions::sensed(&document.raw_text)
                };
                let timexes =
                    crate::timex::Tagger::english().tag_with(&document.raw_text, reference, &options);
                let name = path.file_name().ok_or_else(|| format!("{} has no file name", path.display()))?;
                let target = out_dir.join(name);
                std::fs::write(&target, document.with_timexes(&timexes))
                    .map_err(|e| format!("could not write {}: {e}", target.display()))
            });
        if let Err(message) = result {
            super::tell(message);
            failures += 1;
        }
    }
    Ok(if failures > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
