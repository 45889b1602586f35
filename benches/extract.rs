//! Extraction throughput (issue 6): the whole pipeline — sentences, temporal tagging, events,
//! participants, merging — over news text, on one thread and on two.
//!
//! The corpus is the TimeBank + AQUAINT article texts from `../shared/data/tbaq`, repeated
//! until it passes 50 MB; it is built in memory at bench time and never committed. Each
//! repetition is its own article with its own reference date, as a folder of reports would be.
//!
//! `cargo bench --bench extract`; criterion prints MiB/s for each case.

use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use chronicle::model::Article;

const TARGET_BYTES: usize = 50 * 1024 * 1024;

fn tbaq_dir() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [manifest.join("../shared/data/tbaq"), manifest.join("../../shared/data/tbaq")]
        .into_iter()
        .find(|p| p.is_dir())
}

fn timeml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            timeml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "tml") {
            out.push(path);
        }
    }
}

/// The news texts of TimeBank + AQUAINT as articles, repeated to at least `TARGET_BYTES`.
fn news_corpus() -> Vec<Article> {
    let Some(dir) = tbaq_dir() else {
        eprintln!("../shared/data/tbaq not found: no extraction benchmark");
        return Vec::new();
    };
    let mut files = Vec::new();
    timeml_files(&dir, &mut files);
    files.sort();
    let originals: Vec<Article> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|xml| chronicle::timeml::read_article(&xml).ok())
        .collect();
    if originals.is_empty() {
        eprintln!("no TimeML article could be read: no extraction benchmark");
        return Vec::new();
    }
    let mut corpus = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for article in &originals {
            bytes += article.text.len();
            corpus.push(article.clone());
        }
    }
    corpus
}

fn extraction(c: &mut Criterion) {
    let corpus = news_corpus();
    if corpus.is_empty() {
        return;
    }
    let bytes: usize = corpus.iter().map(|a| a.text.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool");
        group.bench_function(format!("{threads}_thread{}", if threads > 1 { "s" } else { "" }), |b| {
            // The events are kept, as the app and the CLI keep them: freeing them is not timed.
            b.iter_with_large_drop(|| pool.install(|| chronicle::extract::extract(&corpus)))
        });
    }
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
