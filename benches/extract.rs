//! Extraction throughput (issue 6): the whole pipeline — decoding, sentences, temporal
//! tagging, events, participants, merging — over news text, on one thread and on two.
//!
//! The corpus is the TimeBank + AQUAINT article texts from `../shared/data/tbaq`, repeated
//! until it passes 50 MB; it is built in memory at bench time and never committed. Each
//! repetition is its own article with its own reference date, as a folder of reports would be.
//! Each is held as the bytes of a text file with its date in front matter, as
//! `chronicle extract` reads one from disk: what is timed starts from those bytes (checked for
//! binary content, decoded, front matter read) and ends with the merged events. Only reading
//! the files from disk is left out.
//!
//! `cargo bench --bench extract`; criterion prints MiB/s for each case.

use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use rayon::prelude::*;

use chronicle::model::Article;

const TARGET_BYTES: usize = 50 * 1024 * 1024;

fn tbaq_dir() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [manifest.join("../shared/data/tbaq"), manifest.join("../../shared/data/tbaq")]
        .into_iter()
        .find(|p| p.is_dir())
}

/// The news texts of TimeBank + AQUAINT as the bytes of text files (name and contents),
/// repeated to at least `TARGET_BYTES`.
fn news_corpus() -> Vec<(PathBuf, Vec<u8>)> {
    let Some(dir) = tbaq_dir() else {
        eprintln!("../shared/data/tbaq not found: no extraction benchmark");
        return Vec::new();
    };
    let files: Vec<(PathBuf, Vec<u8>)> = chronicle::eval::timeml_files(&[dir])
        .iter()
        .filter_map(|path| {
            let xml = std::fs::read_to_string(path).ok()?;
            let article = chronicle::timeml::read_article(&xml).ok()?;
            Some(text_file(&article, path))
        })
        .collect();
    if files.is_empty() {
        eprintln!("no TimeML article could be read: no extraction benchmark");
        return Vec::new();
    }
    let mut corpus = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for file in &files {
            bytes += file.1.len();
            corpus.push(file.clone());
        }
    }
    corpus
}

/// An article as `name.txt` with its reference date in front matter.
fn text_file(article: &Article, source: &Path) -> (PathBuf, Vec<u8>) {
    let mut contents = String::new();
    if let Some(reference) = article.reference {
        contents.push_str(&format!("---\ndate: {}\n---\n\n", reference.date));
    }
    contents.push_str(&article.text);
    (source.with_extension("txt"), contents.into_bytes())
}

/// Decodes every file and extracts the events of all of them, as `chronicle extract` does;
/// the articles are returned with the events, to be kept as they are.
fn decode_and_extract(corpus: &[(PathBuf, Vec<u8>)]) -> (Vec<Article>, chronicle::extract::Extraction) {
    let articles: Vec<Article> = corpus
        .par_iter()
        .flat_map_iter(|(path, bytes)| chronicle::ingest::load_bytes(path, bytes).unwrap_or_default())
        .collect();
    let extraction = chronicle::extract::extract(&articles);
    (articles, extraction)
}

fn extraction(c: &mut Criterion) {
    let corpus = news_corpus();
    if corpus.is_empty() {
        return;
    }
    // As `chronicle extract --stats` counts: the articles' text, without the front matter.
    let bytes: usize = corpus
        .iter()
        .flat_map(|(path, contents)| chronicle::ingest::load_bytes(path, contents).unwrap_or_default())
        .map(|article| article.text.len())
        .sum();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool");
        group.bench_function(format!("{threads}_thread{}", if threads > 1 { "s" } else { "" }), |b| {
            // The articles and events are kept, as the app and the CLI keep them: freeing them
            // is not timed.
            b.iter_with_large_drop(|| pool.install(|| decode_and_extract(&corpus)))
        });
    }
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
