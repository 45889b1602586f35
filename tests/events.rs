//! Event extraction on our own test articles (tests/articles/): kinds, dates, participants,
//! places and status, the traps that are not events, and one call reported by three wires
//! merged into one event with three sources.

use std::path::{Path, PathBuf};

use chronicle::corpus::Corpus;
use chronicle::ingest::{self, IngestOptions};
use chronicle::model::{Event, EventKind, EventStatus};
use chronicle::timex::calendar;
use serde::Deserialize;

#[derive(Deserialize)]
struct Expectations {
    article: Vec<ArticleExpectation>,
}

#[derive(Deserialize)]
struct ArticleExpectation {
    file: String,
    #[serde(default)]
    events: Vec<Expected>,
    #[serde(default)]
    none: Vec<String>,
    #[serde(default)]
    not_happened: Vec<String>,
}

#[derive(Deserialize)]
struct Expected {
    kind: String,
    when: String,
    #[serde(default)]
    participants: Vec<String>,
    location: Option<String>,
    status: Option<String>,
    /// The participants are exactly those listed, no others.
    #[serde(default)]
    only: bool,
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles")
}

fn corpus_of(files: &[&str]) -> Corpus {
    let mut corpus = Corpus::new();
    for file in files {
        let articles =
            ingest::load_path(&dir().join(file), &IngestOptions::default()).expect("test article loads");
        corpus.add(articles);
    }
    corpus
}

fn describe(events: &[Event]) -> String {
    events
        .iter()
        .filter(|e| e.kind != EventKind::Other)
        .map(|e| {
            format!(
                "{} {} {:?} {:?} {:?}",
                e.kind.as_str(),
                e.status.as_str(),
                e.when.as_ref().map(|w| &w.span.value),
                e.participants,
                e.location
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn there_are_at_least_fifteen_test_articles() {
    let count = std::fs::read_dir(dir()).expect("tests/articles").flatten().count();
    assert!(count >= 15, "{count} articles");
}

#[test]
fn each_article_yields_its_events_and_none_of_its_traps() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected/articles.toml");
    let expectations: Expectations =
        toml::from_str(&std::fs::read_to_string(path).expect("read")).expect("parse");
    for article in expectations.article {
        let corpus = corpus_of(&[article.file.as_str()]);
        let events = corpus.events();
        for expected in &article.events {
            let kind = EventKind::parse(&expected.kind).expect("kind");
            let span = calendar::span_of(&expected.when).expect("expected value");
            let found = events.iter().any(|e| {
                e.kind == kind
                    && e.when.as_ref().is_some_and(|w| span.start <= w.span.start && w.span.end <= span.end)
                    && expected.participants.iter().all(|p| e.participants.contains(p))
                    && (!expected.only || e.participants.len() == expected.participants.len())
                    && expected.location.as_ref().is_none_or(|l| e.location.as_ref() == Some(l))
                    && expected.status.as_ref().is_none_or(|s| e.status.as_str() == s)
            });
            assert!(
                found,
                "{}: no {} at {} with {:?} {:?} {:?}; found:\n{}",
                article.file,
                expected.kind,
                expected.when,
                expected.participants,
                expected.location,
                expected.status,
                describe(events)
            );
        }
        for kind in &article.none {
            let kind = EventKind::parse(kind).expect("kind");
            assert!(
                events.iter().all(|e| e.kind != kind),
                "{}: a trap became a {}:\n{}",
                article.file,
                kind.as_str(),
                describe(events)
            );
        }
        for kind in &article.not_happened {
            let kind = EventKind::parse(kind).expect("kind");
            assert!(
                events.iter().filter(|e| e.kind == kind).all(|e| e.status != EventStatus::Happened),
                "{}: a {} that did not happen is shown as happened:\n{}",
                article.file,
                kind.as_str(),
                describe(events)
            );
        }
    }
}

#[test]
fn three_reports_of_one_call_are_one_event_with_three_sources() {
    let corpus = corpus_of(&["13-call-report-a.md", "14-call-report-b.md", "15-call-report-c.md"]);
    let calls: Vec<&Event> = corpus.events().iter().filter(|e| e.kind == EventKind::Call).collect();
    assert_eq!(calls.len(), 1, "{}", describe(corpus.events()));
    let call = calls[0];
    let mut articles: Vec<_> = call.mentions.iter().map(|m| m.article).collect();
    articles.dedup();
    assert_eq!(articles.len(), 3);
    assert_eq!(call.when.as_ref().map(|w| w.span.value.as_str()), Some("2020-03-05"));
    for who in ["Vladimir Putin", "Recep Tayyip Erdogan"] {
        assert!(call.participants.iter().any(|p| p == who), "{:?}", call.participants);
    }
    assert!(!call.merge_reasons.is_empty(), "the merge is explained");
}

#[test]
fn a_calls_date_inside_a_month_merges_and_the_finer_date_wins() {
    let mut corpus = Corpus::new();
    let mut a = ingest::parse_front_matter(
        "---\ndate: 2020-04-02\n---\nPresident Vladimir Putin spoke by phone with President Emmanuel Macron in March.",
        "a",
    );
    a.title = "a".into();
    let mut b = ingest::parse_front_matter(
        "---\ndate: 2020-04-02\n---\nPresident Emmanuel Macron telephoned President Vladimir Putin on March 12.",
        "b",
    );
    b.title = "b".into();
    corpus.add([a, b]);
    let calls: Vec<&Event> = corpus.events().iter().filter(|e| e.kind == EventKind::Call).collect();
    assert_eq!(calls.len(), 1, "{}", describe(corpus.events()));
    assert_eq!(calls[0].when.as_ref().map(|w| w.span.value.as_str()), Some("2020-03-12"));
}

#[test]
fn a_lede_event_dated_only_by_the_article_joins_its_earlier_exact_date() {
    let mut corpus = Corpus::new();
    let mut a = ingest::parse_front_matter(
        "---\ndate: 1998-08-08\n---\nTerrorist bombings at two embassies killed dozens, officials said. Rescuers worked all night. The car bombings occurred minutes apart on Friday.",
        "a",
    );
    a.title = "a".into();
    corpus.add([a]);
    let strikes: Vec<&Event> = corpus.events().iter().filter(|e| e.kind == EventKind::Strike).collect();
    assert_eq!(strikes.len(), 1, "{}", describe(corpus.events()));
    assert_eq!(strikes[0].when.as_ref().map(|w| w.span.value.as_str()), Some("1998-08-07"));
}

#[test]
fn business_meetings_and_bomb_blasts_are_told_apart() {
    let mut corpus = Corpus::new();
    let a = ingest::parse_front_matter(
        "---\ndate: 1998-08-08\n---\nHolders adopted the plan at the annual meeting. A bomb blast damaged the embassy on Friday.",
        "a",
    );
    corpus.add([a]);
    let kinds: Vec<EventKind> =
        corpus.events().iter().map(|e| e.kind).filter(|k| *k != EventKind::Other).collect();
    assert_eq!(kinds, vec![EventKind::Strike], "{}", describe(corpus.events()));
}

#[test]
fn visits_to_two_places_are_two_visits_and_a_city_is_in_its_country() {
    let mut corpus = Corpus::new();
    let mut a = ingest::parse_front_matter(
        "---\ndate: 2024-03-14\n---\nSecretary of State Antony Blinken is expected to visit Yerevan later this month. \
         Blinken, ending a three-day visit to Turkey, said on Tuesday that Washington wanted peace.",
        "a",
    );
    a.title = "a".into();
    let mut b = ingest::parse_front_matter(
        "---\ndate: 1999-02-27\n---\nSecretary of State Madeleine Albright has invited Foreign Minister Bronislaw Geremek to visit the United States. \
         Geremek will then travel to Washington on March 12 to submit the document.",
        "b",
    );
    b.title = "b".into();
    corpus.add([a, b]);
    let visits: Vec<&Event> = corpus.events().iter().filter(|e| e.kind == EventKind::Visit).collect();
    assert_eq!(visits.len(), 3, "{}", describe(corpus.events()));
    let turkey = visits.iter().find(|e| e.location.as_deref() == Some("Turkey")).expect("Turkey");
    let span = &turkey.when.as_ref().expect("dated").span;
    assert_eq!((span.start.to_string(), span.end.to_string()), ("2024-03-10".into(), "2024-03-12".into()));
    assert!(visits.iter().any(|e| e.location.as_deref() == Some("Yerevan")));
}

#[test]
fn one_travellers_legs_in_one_sentence_are_one_trip() {
    let mut corpus = Corpus::new();
    let mut a = ingest::parse_front_matter(
        "---\ndate: 2011-05-09\n---\nPresident Rui Almada flew home on Monday at the end of a three-day visit to Brazil. \
         Almada arrived on Saturday and went first to a factory in Manaus, before flying on to the capital.",
        "a",
    );
    a.title = "a".into();
    corpus.add([a]);
    let visits: Vec<&Event> = corpus.events().iter().filter(|e| e.kind == EventKind::Visit).collect();
    assert_eq!(visits.len(), 1, "{}", describe(corpus.events()));
    let span = &visits[0].when.as_ref().expect("dated").span;
    assert_eq!((span.start.to_string(), span.end.to_string()), ("2011-05-07".into(), "2011-05-09".into()));
}

#[test]
fn an_anaphors_date_right_after_it_keeps_it_from_another_date() {
    let mut corpus = Corpus::new();
    let mut a = ingest::parse_front_matter(
        "---\ndate: 1999-09-14\n---\nThe referendum on 30 August was supposed to settle the question. \
         The parliamentary elections in June were the freest Indonesia has had.",
        "a",
    );
    a.title = "a".into();
    corpus.add([a]);
    let votes: Vec<&Event> = corpus.events().iter().filter(|e| e.kind == EventKind::Election).collect();
    assert_eq!(votes.len(), 2, "{}", describe(corpus.events()));
}

/// Merging runs batch by batch while later articles are analysed, and a corpus merges new
/// articles after those already open: either way the events are exactly those one merge over
/// all the analyses gives, in the same order.
#[test]
fn merging_in_batches_gives_the_events_of_one_merge() {
    let mut articles = Vec::new();
    // Enough articles for several batches, with the same events reported many times over.
    for _ in 0..4 {
        for entry in std::fs::read_dir(dir()).expect("test articles") {
            let path = entry.expect("entry").path();
            articles.extend(ingest::load_path(&path, &IngestOptions::default()).expect("test article loads"));
        }
    }
    articles.sort_by(|a, b| a.title.cmp(&b.title));
    for (i, article) in articles.iter_mut().enumerate() {
        article.id = chronicle::model::ArticleId(i as u32);
    }
    assert!(articles.len() > 64, "{} articles", articles.len());
    let extraction = chronicle::extract::extract(&articles);
    let whole = chronicle::extract::merge(&extraction.analyses);
    assert!(whole.iter().any(|e| e.mentions.len() >= 3), "some event is reported many times");
    assert_eq!(extraction.events, whole);

    let (first, rest) = articles.split_at(articles.len() / 3);
    let mut corpus = Corpus::new();
    corpus.add(first.to_vec());
    corpus.add(rest.to_vec());
    assert_eq!(corpus.events(), whole.as_slice());
}

/// One person meeting two others on one day is two meetings, not one of three; another
/// report of the same pair is the same meeting.
#[test]
fn meetings_with_different_counterparts_stay_apart() {
    let mut corpus = Corpus::new();
    let mut a = ingest::parse_front_matter(
        "---\ndate: 2024-03-12\n---\nChancellor Olaf Scholz met President Joe Biden in Berlin on Monday. Later on Monday, Scholz met Prime Minister Rishi Sunak at the chancellery.",
        "a",
    );
    a.title = "a".into();
    let mut b = ingest::parse_front_matter(
        "---\ndate: 2024-03-12\n---\nPresident Joe Biden and Chancellor Olaf Scholz met on Monday in Berlin, officials said.",
        "b",
    );
    b.title = "b".into();
    corpus.add([a, b]);
    let meetings: Vec<&Event> = corpus.events().iter().filter(|e| e.kind == EventKind::Meeting).collect();
    assert_eq!(meetings.len(), 2, "{}", describe(corpus.events()));
    let with = |name: &str| meetings.iter().find(|e| e.participants.iter().any(|p| p.contains(name)));
    let biden = with("Biden").expect("the meeting with Biden");
    assert!(!biden.participants.iter().any(|p| p.contains("Sunak")), "{:?}", biden.participants);
    assert_eq!(biden.mentions.len(), 2, "both reports of the meeting with Biden");
    assert!(with("Sunak").is_some_and(|e| !e.participants.iter().any(|p| p.contains("Biden"))));
}

#[test]
fn what_a_dated_statement_reports_is_undated_and_a_planned_summit_is_not_a_past_one() {
    let corpus = corpus_of(&["23-an-offensive-an-invitation-and-two-summits.md"]);
    let events = corpus.events();
    let meeting = events.iter().find(|e| e.kind == EventKind::Meeting).expect("the envoy's meeting");
    assert!(meeting.when.is_none(), "{}", describe(events));
    let summits: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Summit).collect();
    assert_eq!(summits.len(), 2, "{}", describe(events));
    assert!(
        summits.iter().any(|s| s.status == EventStatus::Planned && s.when.is_none()),
        "{}",
        describe(events)
    );
}
