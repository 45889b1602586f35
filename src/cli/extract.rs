//! `chronicle extract`: read files, extract, print one document for all inputs together.

use std::io::Write;
use std::process::ExitCode;

use super::{ExtractArgs, Format};
use crate::corpus::Corpus;
use crate::export::json::Document;
use crate::ingest::{self, IngestOptions};
use crate::model::{ReferenceDate, ReferenceSource};

pub fn run(args: &ExtractArgs) -> Result<ExitCode, String> {
    let options = IngestOptions::default();
    let mut articles = Vec::new();
    let mut failures = 0;
    for path in &args.paths {
        let results = if path.is_dir() {
            ingest::load_folder(path, &options)
        } else {
            vec![(path.clone(), ingest::load_path(path, &options))]
        };
        for (_, result) in results {
            match result {
                Ok(found) => articles.extend(found),
                Err(error) => {
                    eprintln!("chronicle: {error}");
                    failures += 1;
                }
            }
        }
    }
    if articles.is_empty() {
        return Err("no article could be read".into());
    }
    if let Some(date) = args.reference_date {
        for article in &mut articles {
            article.reference = Some(ReferenceDate { date, source: ReferenceSource::User });
        }
    }
    let mut corpus = Corpus::new();
    corpus.add(articles);
    match args.format {
        Format::Json => {
            let document = Document::from_corpus(&corpus);
            let mut out = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &document)
                .map_err(|e| format!("could not write JSON: {e}"))?;
            writeln!(out).map_err(|e| format!("could not write output: {e}"))?;
        }
        Format::Timeml => return Err("--format timeml is not available yet".into()),
    }
    Ok(if failures > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
