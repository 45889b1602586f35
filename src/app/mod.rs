//! The desktop app: draws a `Corpus` and lets the user explore it. Every panel is a struct
//! (or a function over the app state) with one `ui` method; heavy work never happens inside
//! a frame: files load on a background thread and the timeline layout is cached.

mod article_view;
mod detail;
mod file_dialog;
mod timeline_view;

use std::path::PathBuf;
use std::sync::mpsc;

use eframe::egui;

use crate::corpus::Corpus;
use crate::ingest::{self, IngestOptions};
use crate::model::{Article, ArticleId, EventId, EventKind, ReferenceSource};
use crate::timeline::LaneMode;

pub use article_view::ArticleView;
pub use detail::DetailPanel;
pub use file_dialog::FileBrowser;
pub use timeline_view::{TimelineView, kind_color};

/// Which mention of the selected event the article view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Focus {
    pub article: ArticleId,
    pub sentence: (usize, usize),
    pub trigger: (usize, usize),
}

/// Results of background file loading.
enum Loaded {
    Articles(Vec<Article>),
    Failed(String),
    /// The native dialog returned: the chosen paths, or `None` if it was cancelled or could
    /// not open.
    Picked(Option<Vec<PathBuf>>, std::time::Duration),
}

/// The application state.
pub struct ChronicleApp {
    pub corpus: Corpus,
    pub timeline: TimelineView,
    pub detail: DetailPanel,
    pub article_view: ArticleView,
    pub browser: FileBrowser,
    pub selected: Option<EventId>,
    pub focus: Option<Focus>,
    /// Problems to show the user: files that failed, dialogs that could not open.
    pub notices: Vec<String>,
    /// The reference-date text being edited, per article.
    date_edits: Vec<(ArticleId, String)>,
    sender: mpsc::Sender<Loaded>,
    receiver: mpsc::Receiver<Loaded>,
    pending_loads: usize,
    /// Whether the start-up time is still to be reported (`CHRONICLE_TIMING=1`).
    timing_pending: bool,
}

impl ChronicleApp {
    /// Opens the given paths, or the embedded sample when there are none.
    pub fn new(paths: Vec<PathBuf>) -> ChronicleApp {
        let (sender, receiver) = mpsc::channel();
        let mut app = ChronicleApp {
            corpus: Corpus::new(),
            timeline: TimelineView::default(),
            detail: DetailPanel,
            article_view: ArticleView::default(),
            browser: FileBrowser::default(),
            selected: None,
            focus: None,
            notices: Vec::new(),
            date_edits: Vec::new(),
            sender,
            receiver,
            pending_loads: 0,
            timing_pending: true,
        };
        if paths.is_empty() {
            app.corpus.add([ingest::sample_article()]);
        } else {
            app.open_paths_now(&paths);
        }
        app
    }

    /// Reads files on this thread (used at start-up and by tests): errors become notices.
    pub fn open_paths_now(&mut self, paths: &[PathBuf]) {
        let options = IngestOptions::default();
        for path in paths {
            match ingest::load_path(path, &options) {
                Ok(articles) => {
                    self.corpus.add(articles);
                }
                Err(error) => self.notices.push(error.to_string()),
            }
        }
    }

    /// Reads files on a background thread; their events appear when they arrive.
    pub fn open_paths(&mut self, paths: Vec<PathBuf>) {
        let sender = self.sender.clone();
        self.pending_loads += 1;
        std::thread::spawn(move || {
            let options = IngestOptions::default();
            // A folder opens every supported file under it.
            let paths: Vec<PathBuf> = paths
                .into_iter()
                .flat_map(|p| if p.is_dir() { ingest::supported_files(&p) } else { vec![p] })
                .collect();
            for path in paths {
                let message = match ingest::load_path(&path, &options) {
                    Ok(articles) => Loaded::Articles(articles),
                    Err(error) => Loaded::Failed(error.to_string()),
                };
                if sender.send(message).is_err() {
                    return;
                }
            }
            let _ = sender.send(Loaded::Articles(Vec::new()));
        });
    }

    /// Opens the native file (or folder) dialog on a background thread so the window keeps
    /// drawing.
    fn open_dialog(&mut self, folder: bool) {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() && cfg!(target_os = "linux") {
            self.notices.push(
                "The system file dialog is not available here (no desktop portal). Choose files below, drop them on the window, or pass paths on the command line."
                    .into(),
            );
            self.browser.open = true;
            return;
        }
        let sender = self.sender.clone();
        std::thread::spawn(move || {
            let started = std::time::Instant::now();
            let dialog = rfd::FileDialog::new();
            let picked = if folder {
                dialog.pick_folder().map(|f| vec![f])
            } else {
                dialog
                    .add_filter("Articles", &["txt", "md", "markdown", "text", "tml", "TE3input"])
                    .add_filter("All files", &["*"])
                    .pick_files()
            };
            let _ = sender.send(Loaded::Picked(picked, started.elapsed()));
        });
    }

    fn receive(&mut self) {
        while let Ok(message) = self.receiver.try_recv() {
            match message {
                Loaded::Articles(articles) if articles.is_empty() => {
                    self.pending_loads = self.pending_loads.saturating_sub(1);
                }
                Loaded::Articles(articles) => {
                    self.corpus.add(articles);
                }
                Loaded::Failed(error) => self.notices.push(error),
                Loaded::Picked(Some(paths), _) => self.open_paths(paths),
                Loaded::Picked(None, elapsed) => {
                    // A dialog that "returns" at once never showed: say so and offer ours.
                    if elapsed < std::time::Duration::from_millis(300) {
                        self.notices.push(
                            "The system file dialog could not open. Choose files below instead.".into(),
                        );
                        self.browser.open = true;
                    }
                }
            }
        }
    }

    /// Selects an event and focuses its first mention.
    pub fn select(&mut self, event: Option<EventId>) {
        self.selected = event;
        self.focus =
            event.and_then(|id| self.corpus.event(id)).and_then(|e| e.mentions.first()).map(|m| Focus {
                article: m.article,
                sentence: (m.sentence_start, m.sentence_end),
                trigger: (m.trigger_start, m.trigger_end),
            });
        self.article_view.scroll_pending = true;
    }

    /// Sets an article's reference date from text the user typed.
    pub fn apply_reference_date(&mut self, article: ArticleId, text: &str) -> Result<(), String> {
        let date: jiff::civil::Date =
            text.trim().parse().map_err(|_| format!("\"{}\" is not a date like 2017-05-02", text.trim()))?;
        self.corpus.set_reference_date(article, date);
        // Event ids may change when events are re-merged: keep the selection by its mention.
        if let Some(focus) = self.focus {
            let again = self
                .corpus
                .events()
                .iter()
                .find(|e| {
                    e.mentions
                        .iter()
                        .any(|m| m.article == focus.article && m.trigger_start == focus.trigger.0)
                })
                .map(|e| e.id);
            self.selected = again;
        }
        Ok(())
    }

    /// One frame of the whole window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.receive();
        self.shortcuts(ui);
        self.dropped_files(ui);

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        egui::Panel::left("articles")
            .default_size(260.0)
            .resizable(true)
            .show(ui, |ui| self.articles_panel(ui));
        egui::Panel::right("detail").default_size(340.0).resizable(true).show(ui, |ui| {
            if let Some(jump) = self.detail.ui(ui, &self.corpus, self.selected) {
                self.focus = Some(jump);
                self.article_view.scroll_pending = true;
            }
        });
        egui::Panel::bottom("article").default_size(220.0).resizable(true).show(ui, |ui| {
            self.article_view.ui(ui, &self.corpus, self.focus);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            self.toolbar(ui);
            if let Some(clicked) = self.timeline.ui(ui, &self.corpus, self.selected) {
                self.select(Some(clicked));
            }
        });
        if let Some(paths) = self.browser.ui(ui.ctx()) {
            self.open_paths(paths);
        }
    }

    fn shortcuts(&mut self, ui: &egui::Ui) {
        let open = ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::O));
        if open {
            self.open_dialog(false);
        }
    }

    fn dropped_files(&mut self, ui: &egui::Ui) {
        let dropped: Vec<PathBuf> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.open_paths(dropped);
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.add(egui::Button::new("Open…").shortcut_text("Ctrl+O")).clicked() {
                    self.open_dialog(false);
                    ui.close();
                }
                if ui.button("Open folder…").clicked() {
                    self.open_dialog(true);
                    ui.close();
                }
                if ui.button("Open with Chronicle's browser…").clicked() {
                    self.browser.open = true;
                    ui.close();
                }
                if ui.button("Close all articles").clicked() {
                    let ids: Vec<ArticleId> = self.corpus.articles().iter().map(|a| a.id).collect();
                    for id in ids {
                        self.corpus.remove(id);
                    }
                    self.select(None);
                    ui.close();
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                if ui.add(egui::Button::new("Fit all").shortcut_text("Home")).clicked() {
                    self.timeline.fit_all();
                    ui.close();
                }
            });
            if self.pending_loads > 0 {
                ui.spinner();
                ui.label("Loading…");
            }
        });
    }

    fn toolbar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            ui.label("Lanes by");
            for mode in [LaneMode::Kind, LaneMode::Article, LaneMode::Participant] {
                if ui
                    .selectable_label(
                        self.timeline.options.mode == mode,
                        timeline_view::lane_mode_label(mode),
                    )
                    .clicked()
                {
                    self.timeline.options.mode = mode;
                    self.timeline.invalidate();
                }
            }
            ui.separator();
            for kind in EventKind::ALL {
                let hidden = self.timeline.options.hidden_kinds.contains(&kind);
                let color = if hidden { ui.visuals().weak_text_color() } else { kind_color(kind) };
                let text = egui::RichText::new(kind.as_str()).color(color).strong();
                let response = ui.selectable_label(!hidden, text).on_hover_text(if hidden {
                    "Hidden: click to show"
                } else {
                    "Shown: click to hide"
                });
                if response.clicked() {
                    if hidden {
                        self.timeline.options.hidden_kinds.retain(|k| *k != kind);
                    } else {
                        self.timeline.options.hidden_kinds.push(kind);
                    }
                    self.timeline.invalidate();
                }
            }
            ui.separator();
            ui.weak("Scroll to zoom, drag to pan, double-click or Home to fit; + and - zoom, arrow keys pan");
        });
    }

    fn articles_panel(&mut self, ui: &mut egui::Ui) {
        ui.heading("Articles");
        egui::ScrollArea::vertical().id_salt("articles-scroll").show(ui, |ui| {
            type Row = (ArticleId, String, Option<(String, ReferenceSource)>, Option<String>);
            let articles: Vec<Row> = self
                .corpus
                .articles()
                .iter()
                .map(|a| {
                    (
                        a.id,
                        a.title.clone(),
                        a.reference.map(|r| (r.date.to_string(), r.source)),
                        a.path.as_ref().map(|p| p.display().to_string()),
                    )
                })
                .collect();
            for (id, title, reference, path) in articles {
                ui.group(|ui| {
                    ui.strong(&title);
                    if let Some(path) = path {
                        ui.weak(path);
                    }
                    match &reference {
                        Some((date, source)) => {
                            ui.label(format!("Reference date {date} (from {})", source.label()));
                        }
                        None => {
                            ui.colored_label(
                                ui.visuals().warn_fg_color,
                                "No reference date found. Enter the date the article was written so relative dates resolve:",
                            );
                        }
                    }
                    let index = match self.date_edits.iter().position(|(a, _)| *a == id) {
                        Some(i) => i,
                        None => {
                            let initial = reference.as_ref().map(|(d, _)| d.clone()).unwrap_or_default();
                            self.date_edits.push((id, initial));
                            self.date_edits.len() - 1
                        }
                    };
                    ui.horizontal(|ui| {
                        let edit = egui::TextEdit::singleline(&mut self.date_edits[index].1)
                            .hint_text("YYYY-MM-DD")
                            .desired_width(100.0);
                        let response = ui.add(edit).on_hover_text("The reference date: every relative date resolves against it");
                        let submitted = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if ui.button("Set date").clicked() || submitted {
                            let text = self.date_edits[index].1.clone();
                            if let Err(error) = self.apply_reference_date(id, &text) {
                                self.notices.push(error);
                            }
                        }
                    });
                });
            }
            let undated: Vec<(EventId, String)> = self
                .timeline
                .layout()
                .undated
                .iter()
                .filter_map(|id| self.corpus.event(*id).map(|e| (e.id, e.title.clone())))
                .collect();
            if !undated.is_empty() {
                ui.separator();
                ui.heading("Undated events");
                for (id, title) in undated {
                    if ui.selectable_label(self.selected == Some(id), title).clicked() {
                        self.select(Some(id));
                    }
                }
            }
            if !self.notices.is_empty() {
                ui.separator();
                ui.horizontal(|ui| {
                    ui.heading("Problems");
                    if ui.small_button("Clear").clicked() {
                        self.notices.clear();
                    }
                });
                for notice in &self.notices {
                    ui.colored_label(ui.visuals().error_fg_color, notice);
                }
            }
        });
    }
}

/// When the process started, for the start-to-first-frame figure (`CHRONICLE_TIMING=1`).
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

impl eframe::App for ChronicleApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ChronicleApp::ui(self, ui);
        if std::env::var_os("CHRONICLE_TIMING").is_some() && self.timing_pending {
            self.timing_pending = false;
            if let Some(started) = STARTED.get() {
                eprintln!("start to first frame: {:.3} s", started.elapsed().as_secs_f64());
            }
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if self.pending_loads > 0 {
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(50));
        }
    }
}

/// A span in words for the UI.
pub fn describe_span(span: &crate::model::TimeSpan) -> String {
    span.describe()
}

/// Opens the window and runs until it is closed.
pub fn run(paths: Vec<PathBuf>) -> eframe::Result {
    STARTED.get_or_init(std::time::Instant::now);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Chronicle")
            .with_inner_size([1400.0, 900.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native("Chronicle", options, Box::new(|_cc| Ok(Box::new(ChronicleApp::new(paths)))))
}
