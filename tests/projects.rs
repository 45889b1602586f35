//! Projects and corrections: saved work round-trips, survives a crash during save, refuses
//! damaged and newer files without touching them, and every correction survives
//! re-extraction.

use std::fs;

use chronicle::corpus::Corpus;
use chronicle::corrections::{Anchor, Correction, DateEdit, EventPatch};
use chronicle::model::{EventKind, EventStatus, Mention, TimeSpan};
use chronicle::project::{self, ProjectError, ViewState};
use chronicle::{ingest, timex};
use jiff::civil::date;

fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("chronicle-projects-{name}-")).tempdir().expect("temp dir")
}

fn sample() -> Corpus {
    let mut corpus = Corpus::new();
    corpus.add([ingest::sample_article()]);
    corpus
}

fn anchor_of(corpus: &Corpus, kind: EventKind) -> Anchor {
    let event = corpus.events().iter().find(|e| e.kind == kind).expect("the sample has this kind");
    Anchor::of_event(event).unwrap()
}

/// A corpus with one of every kind of correction applied.
fn corrected() -> Corpus {
    let mut corpus = sample();
    let call = anchor_of(&corpus, EventKind::Call);
    let strike = anchor_of(&corpus, EventKind::Strike);
    let summit = anchor_of(&corpus, EventKind::Summit);
    corpus.correct(Correction::Edit {
        event: call,
        patch: EventPatch {
            title: Some("Trump–Putin call on Syria".into()),
            note: Some("confirmed by the Kremlin readout".into()),
            participants: Some(vec!["Donald Trump".into(), "Vladimir Putin".into()]),
            ..Default::default()
        },
    });
    corpus.correct(Correction::Edit {
        event: strike,
        patch: EventPatch {
            when: Some(DateEdit::Span(TimeSpan::day(date(2017, 4, 7)))),
            status: Some(EventStatus::Happened),
            ..Default::default()
        },
    });
    corpus.correct(Correction::Delete { event: summit });
    let article = corpus.articles()[0].id;
    let text = &corpus.articles()[0].text;
    let at = text.find("Syria").unwrap();
    corpus.correct(Correction::Add {
        mention: Mention {
            article,
            trigger_start: at,
            trigger_end: at + 5,
            sentence_start: at,
            sentence_end: at + 5,
        },
        kind: EventKind::Talks,
        title: "Talks on Syria".into(),
        when: Some(TimeSpan::day(date(2017, 5, 3))),
    });
    corpus
}

/// What a user sees of each event: kind, title, date, who, what they changed, note.
type Row = (EventKind, String, Option<TimeSpan>, Vec<String>, Vec<String>, Option<String>);

fn summary(corpus: &Corpus) -> Vec<Row> {
    let mut rows: Vec<_> = corpus
        .events()
        .iter()
        .map(|e| {
            (
                e.kind,
                e.title.clone(),
                e.when.as_ref().map(|w| w.span.clone()),
                e.participants.clone(),
                e.corrected.clone(),
                e.note.clone(),
            )
        })
        .collect();
    rows.sort_by(|a, b| a.1.cmp(&b.1));
    rows
}

#[test]
fn corrections_change_what_is_shown_and_can_be_undone() {
    let before = summary(&sample());
    let mut corpus = corrected();
    let after = summary(&corpus);
    assert_ne!(before, after);
    let call = corpus.events().iter().find(|e| e.title == "Trump–Putin call on Syria").unwrap();
    assert_eq!(call.kind, EventKind::Call);
    assert_eq!(call.note.as_deref(), Some("confirmed by the Kremlin readout"));
    assert_eq!(call.corrected, vec!["title", "participants", "note"]);
    let strike = corpus.events().iter().find(|e| e.kind == EventKind::Strike).unwrap();
    assert_eq!(strike.when.as_ref().unwrap().span, TimeSpan::day(date(2017, 4, 7)));
    assert!(corpus.events().iter().all(|e| e.kind != EventKind::Summit));
    assert!(corpus.events().iter().any(|e| e.title == "Talks on Syria" && e.corrected == vec!["added"]));
    assert_eq!(corpus.orphaned_corrections().count(), 0);

    assert_eq!(corpus.undo_label().as_deref(), Some("add \"Talks on Syria\""));
    for _ in 0..4 {
        assert!(corpus.undo().is_some());
    }
    assert!(corpus.undo().is_none());
    assert_eq!(summary(&corpus), before, "undoing everything restores the extraction");
    for _ in 0..4 {
        assert!(corpus.redo().is_some());
    }
    assert_eq!(summary(&corpus), after, "redo reapplies every correction");
    // A new change clears what could be redone.
    corpus.undo();
    corpus.correct(Correction::Delete { event: anchor_of(&corpus, EventKind::Call) });
    assert!(corpus.redo().is_none());
}

#[test]
fn reference_date_changes_are_undoable_too() {
    let mut corpus = sample();
    let id = corpus.articles()[0].id;
    let before = summary(&corpus);
    assert!(corpus.set_reference_date(id, date(2018, 3, 5)));
    assert_ne!(summary(&corpus), before);
    assert_eq!(corpus.undo().as_deref(), Some("change a reference date"));
    assert_eq!(summary(&corpus), before);
    assert_eq!(corpus.articles()[0].reference.unwrap().date, date(2017, 5, 2));
}

#[test]
fn a_project_round_trips_through_save_and_load() {
    let tmp = scratch("roundtrip");
    let dir = tmp.path();
    let path = dir.join("syria.chronicle");
    let mut corpus = corrected();
    let id = corpus.articles()[0].id;
    corpus.set_reference_date(id, date(2017, 5, 3));
    let view = ViewState {
        visible: Some((17_000.0, 17_400.0)),
        search: "putin".into(),
        hidden_kinds: vec![EventKind::Other, EventKind::Election],
        ..ViewState::default()
    };
    let saved = corpus.to_project(view.clone());
    project::save(&saved, &path).unwrap();
    let loaded = project::load(&path).unwrap();
    assert_eq!(loaded, saved);
    assert_eq!(loaded.view, view);
    let reopened = Corpus::from_project(loaded);
    assert_eq!(summary(&reopened), summary(&corpus));
    assert_eq!(reopened.articles(), corpus.articles(), "article text and reference overrides are stored");
    // No temporary files are left behind.
    let names: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn re_extraction_keeps_every_correction() {
    let mut corpus = corrected();
    let expected = summary(&corpus);
    // The extractor runs again (a new version of it would do the same on a saved project).
    corpus.reextract();
    assert_eq!(summary(&corpus), expected);
    // Re-resolving the article against another reference date re-extracts it: the
    // user's explicit date for the strike and everything else stay.
    let id = corpus.articles()[0].id;
    corpus.set_reference_date(id, date(2017, 6, 1));
    let strike = corpus.events().iter().find(|e| e.kind == EventKind::Strike).unwrap();
    assert_eq!(strike.when.as_ref().unwrap().span, TimeSpan::day(date(2017, 4, 7)));
    assert!(corpus.events().iter().any(|e| e.title == "Trump–Putin call on Syria"));
    assert_eq!(corpus.orphaned_corrections().count(), 0);
    // The tagger really re-ran: "last month" is now May.
    let tagged = timex::Tagger::english().tag("last month", Some(date(2017, 6, 1)));
    assert_eq!(tagged[0].value, "2017-05");
}

#[test]
fn a_crash_during_save_leaves_the_old_file_intact() {
    let tmp = scratch("crash");
    let dir = tmp.path();
    let path = dir.join("work.chronicle");
    let first = corrected().to_project(ViewState::default());
    project::save(&first, &path).unwrap();
    let old = fs::read(&path).unwrap();
    // The next save dies half-way through writing.
    let result = project::write_atomically(&path, |file| {
        use std::io::Write;
        file.write_all(&old[..old.len() / 2])?;
        Err(std::io::Error::other("simulated crash"))
    });
    assert!(result.is_err());
    assert_eq!(fs::read(&path).unwrap(), old, "the old project is untouched");
    assert_eq!(project::load(&path).unwrap(), first);
    let names: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "the half-written temporary file is removed: {names:?}");
}

#[test]
fn damaged_and_newer_files_are_refused_and_left_alone() {
    let tmp = scratch("refuse");
    let dir = tmp.path();
    let good = project::to_json(&corrected().to_project(ViewState::default()));
    let cases: Vec<(&str, String)> = vec![
        ("truncated.chronicle", good[..good.len() / 3].to_owned()),
        ("garbage.chronicle", "\u{0}\u{1}binary".to_owned()),
        ("other.chronicle", r#"{"hello": "world"}"#.to_owned()),
        ("newer.chronicle", good.replacen("\"version\": 1", "\"version\": 99", 1)),
        ("wrong-shape.chronicle", r#"{"format":"chronicle-project","version":1,"articles":7}"#.to_owned()),
    ];
    for (name, content) in &cases {
        let path = dir.join(name);
        fs::write(&path, content).unwrap();
        let error = project::load(&path).unwrap_err();
        let message = error.to_string();
        match *name {
            "newer.chronicle" => {
                assert!(matches!(error, ProjectError::Newer { found: 99, .. }), "{message}");
                assert!(message.contains("newer Chronicle"), "{message}");
            }
            "other.chronicle" => assert!(matches!(error, ProjectError::NotAProject { .. }), "{message}"),
            _ => assert!(matches!(error, ProjectError::Damaged { .. }), "{name}: {message}"),
        }
        assert!(message.contains("not been changed"), "{message}");
        assert_eq!(&fs::read_to_string(&path).unwrap_or_default(), content, "{name} was modified");
    }
    assert!(matches!(project::load(&dir.join("missing.chronicle")), Err(ProjectError::Read { .. })));
}

#[test]
fn autosave_is_written_read_and_cleared() {
    let tmp = scratch("autosave");
    let dir = tmp.path();
    assert!(project::read_autosave(dir).unwrap().is_none());
    let autosave = project::Autosave {
        saved_at: "2026-11-25 10:00".into(),
        project_path: Some(dir.join("work.chronicle")),
        project: corrected().to_project(ViewState::default()),
    };
    project::write_autosave(dir, &autosave).unwrap();
    assert_eq!(project::read_autosave(dir).unwrap(), Some(autosave));
    project::clear_autosave(dir);
    assert!(project::read_autosave(dir).unwrap().is_none());
}

#[test]
fn the_command_line_exports_a_project_with_its_corrections() {
    let tmp = scratch("cli");
    let dir = tmp.path();
    let path = dir.join("work.chronicle");
    project::save(&corrected().to_project(ViewState::default()), &path).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(["extract", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let events = document["events"].as_array().unwrap();
    let call = events.iter().find(|e| e["title"] == "Trump–Putin call on Syria").expect("the edited call");
    assert_eq!(call["note"], "confirmed by the Kremlin readout");
    assert_eq!(call["corrected"], serde_json::json!(["title", "participants", "note"]));
    assert!(events.iter().all(|e| e["kind"] != "summit"), "the deleted summit stays deleted");

    let damaged = dir.join("damaged.chronicle");
    fs::write(&damaged, "{\"format\": \"chronicle-project\", \"version\": 1, \"articles\": [").unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .arg("extract")
        .arg(&damaged)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("damaged"));
}
