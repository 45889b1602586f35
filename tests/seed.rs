//! The first acceptance test: the sample article yields the events of
//! `tests/expected/seed.toml` (our copy of `../shared/seed/EXPECTED.md`) and none of the
//! forbidden ones, through the same JSON the CLI prints.

use chronicle::corpus::Corpus;
use chronicle::export::json::{Document, EventRecord};
use chronicle::timex::calendar;
use serde::Deserialize;

#[derive(Deserialize)]
struct Expectations {
    reference_date: String,
    event: Vec<Expected>,
    forbidden: Forbidden,
}

#[derive(Deserialize)]
struct Expected {
    kind: String,
    when: String,
    #[serde(default)]
    participants: Vec<String>,
    location: Option<String>,
    status: Option<String>,
    evidence: Vec<String>,
}

#[derive(Deserialize)]
struct Forbidden {
    caption_dates: Vec<String>,
    caption_kinds: Vec<String>,
    single: Vec<String>,
    spans: Vec<String>,
}

fn expectations() -> Expectations {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expected/seed.toml");
    toml::from_str(&std::fs::read_to_string(path).expect("read expectations")).expect("parse expectations")
}

fn sample_document() -> Document {
    let mut corpus = Corpus::new();
    corpus.add([chronicle::ingest::sample_article()]);
    // Through JSON and back: the test reads what `chronicle extract` prints.
    let json = serde_json::to_string(&Document::from_corpus(&corpus)).expect("serialize");
    serde_json::from_str(&json).expect("deserialize")
}

fn kind(event: &EventRecord) -> String {
    serde_json::to_value(event.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn status(event: &EventRecord) -> String {
    serde_json::to_value(event.status).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// True when the event's interval lies inside the interval the expected value names.
fn inside(event: &EventRecord, value: &str) -> bool {
    let expected = calendar::span_of(value).unwrap_or_else(|| panic!("bad expected value {value}"));
    event.when.as_ref().is_some_and(|w| expected.start <= w.start && w.end <= expected.end)
}

fn describe(document: &Document) -> String {
    document
        .events
        .iter()
        .map(|e| {
            format!(
                "{} {:?} {:?} {:?}",
                kind(e),
                e.when.as_ref().map(|w| &w.value),
                e.participants,
                e.location
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_sample_article_has_its_reference_date_as_metadata() {
    let document = sample_document();
    let expected = expectations();
    assert_eq!(document.articles[0].reference_date.map(|d| d.to_string()), Some(expected.reference_date));
}

#[test]
fn every_expected_event_is_found_with_its_date_participants_and_evidence() {
    let document = sample_document();
    for expected in expectations().event {
        let found = document.events.iter().find(|e| {
            kind(e) == expected.kind
                && inside(e, &expected.when)
                && expected.participants.iter().all(|p| e.participants.contains(p))
                && expected.location.as_ref().is_none_or(|l| e.location.as_ref() == Some(l))
                && expected.status.as_ref().is_none_or(|s| status(e) == *s)
        });
        let event = found.unwrap_or_else(|| {
            panic!(
                "no {} at {} with {:?}; found:\n{}",
                expected.kind,
                expected.when,
                expected.participants,
                describe(&document)
            )
        });
        for evidence in &expected.evidence {
            assert!(
                event.mentions.iter().any(|m| m.text.contains(evidence.as_str())),
                "{} at {}: no mention contains {evidence:?}",
                expected.kind,
                expected.when
            );
        }
    }
}

#[test]
fn caption_dates_make_no_call_strike_talks_or_summit() {
    let document = sample_document();
    let forbidden = expectations().forbidden;
    for event in &document.events {
        if forbidden.caption_kinds.contains(&kind(event)) {
            let value = event.when.as_ref().map(|w| w.value.clone()).unwrap_or_default();
            assert!(
                !forbidden.caption_dates.contains(&value),
                "{} dated by a photo caption: {value}",
                kind(event)
            );
        }
    }
}

#[test]
fn the_call_is_one_event() {
    let document = sample_document();
    for single in expectations().forbidden.single {
        let count = document.events.iter().filter(|e| kind(e) == single).count();
        assert_eq!(count, 1, "{single} appears as {count} events:\n{}", describe(&document));
    }
}

#[test]
fn relative_expressions_are_spans_not_days() {
    let document = sample_document();
    for value in expectations().forbidden.spans {
        let event = document.events.iter().find(|e| e.when.as_ref().is_some_and(|w| w.value == value));
        let when = event.and_then(|e| e.when.as_ref()).unwrap_or_else(|| panic!("no event at {value}"));
        assert!(when.start < when.end, "{value} drawn as a single day");
    }
}
