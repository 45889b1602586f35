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
    // The reference-date field holds the article's date.
    let is_date_field = |n: &egui_kittest::Node<'_>| n.value().as_deref() == Some("2017-05-02");
    harness.get_all_by_role(Role::TextInput).find(is_date_field).expect("date field").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_all_by_role(Role::TextInput).find(is_date_field).expect("date field").type_text("2018-03-15");
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
    let tmp = tempfile::Builder::new().prefix("chronicle-gui-").tempdir().expect("temp dir");
    let dir = tmp.path().to_path_buf();
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
        // The article opens first; its events follow from a merge on a worker thread.
        if harness.state().corpus.articles().len() == 2 && !harness.state().is_loading() {
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

fn press(harness: &mut Harness<'static, ChronicleApp>, modifiers: egui::Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_steps(2);
}

#[test]
fn search_highlights_the_matching_events_and_enter_steps_through_them() {
    let mut harness = harness(ChronicleApp::new(Vec::new()));
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::F);
    harness.event(egui::Event::Text("spoke".into()));
    harness.run_steps(2);
    let app = harness.state();
    assert_eq!(app.search.query, "spoke", "Ctrl+F focused the search box");
    let call = event_of_kind(app, EventKind::Call);
    let strike = event_of_kind(app, EventKind::Strike);
    assert!(app.search.matches.contains(&call.id), "the call (\"spoke by phone\") matches");
    assert!(!app.search.matches.contains(&strike.id), "the missile strike does not");
    assert!(app.timeline.is_highlighted(call.id));
    assert!(app.timeline.is_dimmed(strike.id));
    let count = app.search.matches.len();
    assert!(harness.query_by_label_contains(&format!("{count} matches")).is_some());

    press(&mut harness, egui::Modifiers::NONE, egui::Key::Enter);
    let app = harness.state();
    let first = app.search.matches[0];
    assert_eq!(app.selected, Some(first), "Enter selects the first match");
    assert!(harness.query_by_label_contains(&format!("1 of {count} matches")).is_some());
    if count > 1 {
        press(&mut harness, egui::Modifiers::NONE, egui::Key::Enter);
        assert_eq!(harness.state().selected, Some(harness.state().search.matches[1]), "and the next");
    }
    // Clearing the search shows every event alike again.
    press(&mut harness, egui::Modifiers::NONE, egui::Key::Escape);
    let app = harness.state();
    assert!(app.search.query.is_empty());
    assert!(!app.timeline.is_dimmed(strike.id));
}

#[test]
fn a_correction_can_be_undone_and_redone() {
    let mut harness = harness(ChronicleApp::new(Vec::new()));
    let strike = event_of_kind(harness.state(), EventKind::Strike);
    let pos = harness.state().timeline.screen_position(strike.id).expect("strike drawn");
    click_at(&mut harness, pos);
    assert_eq!(harness.state().selected, Some(strike.id));
    harness.get_by_label("Edit this event").click();
    harness.run_steps(2);
    // The title field holds the event's title.
    let title = strike.title.clone();
    let is_title = |n: &egui_kittest::Node<'_>| n.value().as_deref() == Some(title.as_str());
    harness.get_all_by_role(Role::TextInput).find(is_title).expect("title field").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_all_by_role(Role::TextInput)
        .find(is_title)
        .expect("title field")
        .type_text("US strike on Shayrat");
    harness.run_steps(1);
    harness.get_by_label("Apply").click();
    harness.run_steps(3);

    let strike_title =
        |harness: &Harness<'static, ChronicleApp>| event_of_kind(harness.state(), EventKind::Strike).title;
    assert_eq!(strike_title(&harness), "US strike on Shayrat");
    assert!(harness.query_by_label_contains("Corrected by you: title").is_some());
    assert_eq!(
        harness.state().selected.map(|id| harness.state().corpus.event(id).unwrap().kind),
        Some(EventKind::Strike)
    );

    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(strike_title(&harness), title, "Ctrl+Z undoes the edit");
    assert!(harness.query_by_label_contains("Corrected by you").is_none());
    press(&mut harness, egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::Z);
    assert_eq!(strike_title(&harness), "US strike on Shayrat", "Ctrl+Shift+Z redoes it");

    // Deleting is a correction too, and undoable.
    harness.get_by_label("Delete event").click();
    harness.run_steps(2);
    assert!(harness.state().corpus.events().iter().all(|e| e.kind != EventKind::Strike));
    assert_eq!(harness.state().selected, None);
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(strike_title(&harness), "US strike on Shayrat");
}

#[test]
fn selected_text_becomes_a_new_event_and_work_survives_a_save() {
    let mut harness = harness(ChronicleApp::new(Vec::new()));
    let app = harness.state_mut();
    let article = app.corpus.articles()[0].id;
    let text = app.corpus.articles()[0].text.clone();
    let start = text.find("Syria").expect("sample mentions Syria");
    // As if the user had dragged over the word in the article view.
    app.article_view.selection = Some((article, start, start + "Syria".len()));
    app.article_view.new_kind = EventKind::Talks;
    harness.run_steps(1);
    harness.get_by_label("Add event from selection").click();
    harness.run_steps(2);
    let app = harness.state();
    let added = app.corpus.events().iter().find(|e| e.corrected == vec!["added"]).expect("added event");
    assert_eq!(added.kind, EventKind::Talks);
    assert_eq!(added.title, "Syria");
    assert_eq!(app.selected, Some(added.id), "the new event is selected");
    assert!(app.dirty(), "unsaved changes");

    let tmp = tempfile::Builder::new().prefix("chronicle-gui-project-").tempdir().expect("temp dir");
    let dir = tmp.path().to_path_buf();
    let path = dir.join("work.chronicle");
    harness.state_mut().save_project_now(&path).expect("saved");
    assert!(!harness.state().dirty());
    let reopened = ChronicleApp::new(vec![path.clone()]);
    assert_eq!(reopened.project_path.as_deref(), Some(path.as_path()));
    assert!(reopened.corpus.events().iter().any(|e| e.kind == EventKind::Talks && e.title == "Syria"));
}

/// A folder given on the command line loads in the background (read, then analysed on a
/// worker thread, then merged in batches); every article arrives; "Close all articles"
/// closes them all at once and nothing arrives afterwards.
#[test]
fn a_folder_loads_in_the_background_and_close_all_empties_it() {
    let tmp = tempfile::Builder::new().prefix("chronicle-gui-folder-").tempdir().expect("temp dir");
    let dir = tmp.path().to_path_buf();
    for i in 0..300 {
        let day = i % 28 + 1;
        std::fs::write(
            dir.join(format!("report-{i:03}.md")),
            format!(
                "---\ntitle: Report {i}\ndate: 2019-03-{day:02}\n---\nPresident Emmanuel Macron spoke by phone with Chancellor Angela Merkel on Tuesday.\n"
            ),
        )
        .expect("write article");
    }
    let mut harness = harness(ChronicleApp::new(vec![dir.clone()]));
    for _ in 0..3000 {
        harness.run_steps(1);
        if !harness.state().is_loading() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let app = harness.state();
    assert!(!app.is_loading());
    assert_eq!(app.corpus.articles().len(), 300, "notices: {:?}", app.notices);
    assert!(app.corpus.events().iter().any(|e| e.kind == EventKind::Call));

    // 300 articles: one line each (only those in view are built), and a click opens one.
    let second = app.corpus.articles().iter().find(|a| a.title == "Report 1").expect("Report 1").id;
    // In the order the files were read: report-000, report-001, ...
    assert_eq!(app.corpus.articles()[1].id, second);
    harness.get_by_label("2019-03-02  Report 1").click_accesskit();
    harness.run_steps(2);
    assert_eq!(harness.state().article_view.shown, Some(second));
    assert!(harness.query_by_label_contains("Report 299").is_none(), "rows out of view are not built");

    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("Close all articles").click();
    harness.run_steps(3);
    assert!(harness.state().corpus.articles().is_empty());
    assert!(harness.state().corpus.events().is_empty());
}
