//! Timings at the size issue 6 asks for: corrections, undo and redo with the 256 TimeBank and
//! AQUAINT articles of `../shared/data/tbaq` opened 40 times (10,240 articles). It prints, it
//! asserts no timing (the machine's speed drifts); the README's Performance table quotes it.
//!
//! `cargo test --release --no-default-features --test large_corpus -- --ignored --nocapture`

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chronicle::corpus::Corpus;
use chronicle::corrections::{Anchor, Correction, DateEdit, EventPatch};
use chronicle::model::{Article, EventKind, TimeSpan};

const COPIES: usize = 40;

fn tbaq_dir() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [manifest.join("../shared/data/tbaq"), manifest.join("../../shared/data/tbaq")]
        .into_iter()
        .find(|p| p.is_dir())
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

#[test]
#[ignore = "needs ../shared/data/tbaq; prints timings"]
fn corrections_undo_and_redo_with_10240_articles_open() {
    let Some(dir) = tbaq_dir() else {
        eprintln!("../shared/data/tbaq not found");
        return;
    };
    let files = chronicle::eval::timeml_files(&[dir]);
    let originals: Vec<Article> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|xml| chronicle::timeml::read_article(&xml).ok())
        .collect();
    let articles: Vec<Article> = (0..COPIES).flat_map(|_| originals.iter().cloned()).collect();
    let mut corpus = Corpus::new();
    let (_, took) = timed(|| corpus.add_analysed(chronicle::extract::analyse_all(articles)));
    eprintln!(
        "{} articles, {} events, opened in {} ms",
        corpus.articles().len(),
        corpus.events().len(),
        ms(took)
    );

    // Events spread over the list: one near the front (removing it moves every later event),
    // one in the middle, one near the end, and the first that has two mentions to split.
    let events = corpus.events();
    let n = events.len();
    let anchor_at = |i: usize| Anchor::of_event(&events[i]).expect("a mention");
    let split = events.iter().find(|e| e.mentions.len() >= 2).map(|e| Anchor::of(&e.mentions[1]));
    let (front, middle, end) = (anchor_at(10), anchor_at(n / 2), anchor_at(n - 10));
    let mut corrections = vec![
        (
            "kind",
            Correction::Edit {
                event: middle,
                patch: EventPatch { kind: Some(EventKind::Summit), ..Default::default() },
            },
        ),
        (
            "date",
            Correction::Edit {
                event: end,
                patch: EventPatch {
                    when: Some(DateEdit::Span(TimeSpan::day(jiff::civil::date(2001, 9, 11)))),
                    ..Default::default()
                },
            },
        ),
        (
            "participants",
            Correction::Edit {
                event: front,
                patch: EventPatch { participants: Some(vec!["Kofi Annan".into()]), ..Default::default() },
            },
        ),
        ("delete", Correction::Delete { event: front }),
        ("merge", Correction::Merge { into: end, other: middle }),
    ];
    if let Some(mention) = split {
        corrections.push(("split", Correction::Split { mention }));
    }
    let article = corpus.articles()[corpus.articles().len() / 2].id;
    let add = corpus.added_event(article, 0, 20, EventKind::Meeting).expect("a selection");
    corrections.push(("add", add));

    eprintln!("{:>14} {:>9} {:>9} {:>9}", "correction", "edit ms", "undo ms", "redo ms");
    let count = corrections.len();
    for (name, correction) in corrections {
        let (_, edit) = timed(|| corpus.correct(correction));
        let (_, undo) = timed(|| corpus.undo());
        let (_, redo) = timed(|| corpus.redo());
        eprintln!("{name:>14} {:>9} {:>9} {:>9}", ms(edit), ms(undo), ms(redo));
    }
    let (_, undo_all) = timed(|| (0..count).for_each(|_| assert!(corpus.undo().is_some())));
    let (_, redo_all) = timed(|| (0..count).for_each(|_| assert!(corpus.redo().is_some())));
    eprintln!("undo all {count}: {} ms; redo all: {} ms", ms(undo_all), ms(redo_all));
}
