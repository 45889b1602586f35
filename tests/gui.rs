//! The real app driven headless with egui_kittest: no display, no GPU.

use std::time::Duration;

use chronicle::app::ChronicleApp;
use chronicle::model::EventKind;
use eframe::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness(app: ChronicleApp) -> Harness<'static, ChronicleApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut ChronicleApp| app.ui(ui), app);
    harness.run_steps(3);
    harness
}

fn click_at(harness: &mut Harness<'static, ChronicleApp>, pos: egui::Pos2) {
    harness.event(egui::Event::PointerMoved(pos));
    harness.run_steps(1);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run_steps(2);
}

fn event_of_kind(app: &ChronicleApp, kind: EventKind) -> chronicle::model::Event {
    app.corpus
        .events()
        .iter()
        .find(|e| e.kind == kind)
        .cloned()
        .unwrap_or_else(|| panic!("no {kind:?} event"))
}

#[test]
fn starts_on_the_sample_article_with_its_events_on_the_timeline() {
    let harness = harness(ChronicleApp::new(Vec::new()));
    let app = harness.state();
    assert_eq!(app.corpus.articles().len(), 1);
    let call = event_of_kind(app, EventKind::Call);
    assert!(app.timeline.screen_position(call.id).is_some(), "the call is drawn");
    assert!(harness.query_by_label_contains("Reference date 2017-05-02 (from metadata)").is_some());
}

#[test]
fn clicking_an_event_shows_its_source_sentence_in_the_detail_panel() {
    let mut harness = harness(ChronicleApp::new(Vec::new()));
    let call = event_of_kind(harness.state(), EventKind::Call);
    let pos = harness.state().timeline.screen_position(call.id).expect("call drawn");
    click_at(&mut harness, pos);
    assert_eq!(harness.state().selected, Some(call.id));
    assert!(
        harness
            .query_by_label_contains(
                "Russian President Vladimir Putin spoke by phone with U.S. President Donald Trump"
            )
            .is_some(),
        "the detail panel lists the source sentence"
    );
    assert!(harness.query_by_label_contains("Sources (").is_some());
}

#[test]
fn editing_the_reference_date_moves_the_events() {
    let mut harness = harness(ChronicleApp::new(Vec::new()));
    let before = event_of_kind(harness.state(), EventKind::Strike).when.expect("dated").span.value;
    assert_eq!(before, "2017-04");
    let field = harness.get_by_role(Role::TextInput);
    field.focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role(Role::TextInput).type_text("2018-03-15");
    harness.run_steps(1);
    harness.get_by_label("Set date").click();
    harness.run_steps(2);
    let app = harness.state();
    let after = event_of_kind(app, EventKind::Strike).when.expect("dated").span.value;
    assert_eq!(after, "2018-02", "last month, relative to the new date");
    assert!(harness.query_by_label_contains("Reference date 2018-03-15 (from user)").is_some());
}

#[test]
fn opening_a_file_by_path_adds_its_events() {
    let dir = std::env::temp_dir().join(format!("chronicle-gui-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("summit.md");
    std::fs::write(
        &path,
        "---\ntitle: Leaders meet\ndate: 2019-06-30\n---\nPresident Emmanuel Macron will host a summit in Biarritz in August.\n",
    )
    .expect("write article");
    let mut harness = harness(ChronicleApp::new(Vec::new()));
    harness.state_mut().browser.open = true;
    harness.run_steps(2);
    // The browser's path field is the last text field (the first is the article's date).
    let field = harness.get_all_by_role(Role::TextInput).last().expect("path field");
    field.focus();
    field.type_text(&path.display().to_string());
    harness.run_steps(1);
    harness.get_by_label_contains("Open 1 file").click();
    for _ in 0..200 {
        harness.run_steps(1);
        if harness.state().corpus.articles().len() == 2 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let app = harness.state();
    assert_eq!(app.corpus.articles().len(), 2, "notices: {:?}", app.notices);
    let summit = app
        .corpus
        .events()
        .iter()
        .find(|e| e.kind == EventKind::Summit && e.when.as_ref().is_some_and(|w| w.span.value == "2019-08"))
        .expect("the new article's summit");
    assert_eq!(summit.location.as_deref(), Some("Biarritz"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_file_is_reported_and_loses_nothing() {
    let mut app = ChronicleApp::new(Vec::new());
    let events = app.corpus.events().len();
    app.open_paths_now(&["/nonexistent/article.txt".into()]);
    assert_eq!(app.corpus.events().len(), events);
    assert!(app.notices.iter().any(|n| n.contains("/nonexistent/article.txt")));
    let harness = harness(app);
    assert!(harness.query_by_label_contains("/nonexistent/article.txt").is_some());
}
