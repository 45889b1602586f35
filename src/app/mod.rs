//! The desktop app: draws a `Corpus` and lets the user explore and correct it. Every panel is
//! a struct (or a function over the app state) with one `ui` method; heavy work never
//! happens inside a frame: files load, projects save and exports write on background
//! threads, and the timeline layout is cached.

mod article_view;
mod detail;
mod file_dialog;
mod files;
mod side;
mod timeline_view;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use eframe::egui;
use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use crate::corrections::{Anchor, Correction};
use crate::filter;
use crate::ingest::{self, IngestOptions};
use crate::model::{ArticleId, EventId, EventKind, EventStatus};
use crate::project::{self, Autosave, ViewState};
use crate::timeline::LaneMode;

pub use article_view::ArticleView;
pub use detail::{DetailAction, DetailPanel};
pub use file_dialog::FileBrowser;
pub use files::{ExportKind, FileTask, encode_png};
pub use timeline_view::{TimelineView, kind_color};

/// How often unsaved work is autosaved.
const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);
/// How often articles read in the background are added to the timeline.
const ARRIVAL_BATCH: Duration = Duration::from_millis(300);
/// How many files File > Open Recent remembers.
const RECENT_LIMIT: usize = 10;

/// Which mention of the selected event the article view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Focus {
    pub article: ArticleId,
    pub sentence: (usize, usize),
    pub trigger: (usize, usize),
}

/// Results of background work.
enum Loaded {
    /// A project read finished (after its `Project` or `Failed`).
    ProjectFinished,
    Failed(String),
    /// A native dialog returned: the chosen paths, or `None` if it was cancelled or could
    /// not open.
    Picked(FileTask, Option<Vec<PathBuf>>, Duration),
    /// A project was read and its articles extracted.
    Project(Box<Corpus>, ViewState, PathBuf),
    /// A project was saved (or not) at this corpus generation.
    Saved(Result<PathBuf, String>, u64),
    /// An export or autosave finished: what to tell the user.
    Done(Result<String, String>),
    /// Articles read by a loader, analysed on a worker thread, for the corpus of this epoch.
    Analysed(u64, Vec<(crate::model::Article, crate::extract::ArticleAnalysis)>),
    /// The corpus's staged articles, merged on a worker thread.
    Merged(crate::corpus::Merged),
}

/// Light, dark, or whatever the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// What the app remembers between runs (with eframe's persistence, beside the window size
/// and panel layout it keeps itself).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(default)]
    pub recent: Vec<PathBuf>,
    #[serde(default)]
    pub theme: ThemeChoice,
}

const SETTINGS_KEY: &str = "chronicle-settings";

/// The search box: its text, the matching events in timeline order, and which match Enter
/// last stepped to.
#[derive(Default)]
pub struct Search {
    pub query: String,
    pub matches: Vec<EventId>,
    pub current: Option<usize>,
    built_for: Option<(u64, String)>,
    focus_requested: bool,
}

/// One background load and how far it got: (files done, total, current file).
struct Loading {
    loader: ingest::Loader,
    progress: Option<(usize, usize, PathBuf)>,
}

/// Work waiting for the user to confirm it may replace unsaved changes.
enum Confirm {
    Replace(Box<(Corpus, ViewState, PathBuf)>),
    Close,
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
    pub search: Search,
    /// Problems to show the user: files that failed, dialogs that could not open.
    pub notices: Vec<String>,
    /// The last thing that happened, shown in the menu bar ("Saved …", "Undid …").
    pub status: Option<String>,
    pub settings: Settings,
    /// The project file this work was last saved to or opened from.
    pub project_path: Option<PathBuf>,
    /// The corpus generation last saved; unsaved changes when it differs.
    saved_generation: Option<u64>,
    /// Where autosaves go; `None` disables autosave and recovery (tests).
    data_dir: Option<PathBuf>,
    /// An autosave left by a session that did not close cleanly, offered for recovery.
    pub recovery: Option<Autosave>,
    autosaved: (Instant, u64),
    confirm: Option<Confirm>,
    /// Set when the user confirmed closing with unsaved changes.
    close_confirmed: bool,
    /// The reference-date text being edited, per article.
    date_edits: Vec<(ArticleId, String)>,
    facets: side::Facets,
    sender: mpsc::Sender<Loaded>,
    receiver: mpsc::Receiver<Loaded>,
    /// Projects being read in the background.
    pending_loads: usize,
    /// Files being read in the background.
    loading: Vec<Loading>,
    /// Batches of read articles being analysed on the worker thread.
    analysing: usize,
    /// The analysis worker, started with the first batch: one thread, so batches come back
    /// in the order the files were read (each batch is analysed in parallel).
    analysis_queue: Option<mpsc::Sender<(u64, Vec<crate::model::Article>)>>,
    /// Bumped when everything open is closed: analyses started before are dropped.
    epoch: u64,
    /// Articles analysed but not yet added (see `poll_loaders`), and when the last batch
    /// went in.
    arrived: Vec<(crate::model::Article, crate::extract::ArticleAnalysis)>,
    last_arrival: Instant,
    /// A merge of staged articles is running on a worker thread.
    merging: bool,
    window_title: String,
    /// Which figure `CHRONICLE_TIMING=1` reports next.
    timing: Timing,
}

impl ChronicleApp {
    /// Opens the given paths, or the embedded sample when there are none. No autosave, no
    /// remembered settings: what tests and embedders want.
    pub fn new(paths: Vec<PathBuf>) -> ChronicleApp {
        ChronicleApp::with_settings(paths, Settings::default(), None)
    }

    /// The app with remembered settings and an autosave folder (checked for work to recover).
    pub fn with_settings(paths: Vec<PathBuf>, settings: Settings, data_dir: Option<PathBuf>) -> ChronicleApp {
        let (sender, receiver) = mpsc::channel();
        let mut app = ChronicleApp {
            corpus: Corpus::new(),
            timeline: TimelineView::default(),
            detail: DetailPanel::default(),
            article_view: ArticleView::default(),
            browser: FileBrowser::default(),
            selected: None,
            focus: None,
            search: Search::default(),
            notices: Vec::new(),
            status: None,
            settings,
            project_path: None,
            saved_generation: None,
            data_dir,
            recovery: None,
            autosaved: (Instant::now(), 0),
            confirm: None,
            close_confirmed: false,
            date_edits: Vec::new(),
            facets: side::Facets::default(),
            sender,
            receiver,
            pending_loads: 0,
            loading: Vec::new(),
            analysing: 0,
            analysis_queue: None,
            epoch: 0,
            arrived: Vec::new(),
            last_arrival: Instant::now(),
            merging: false,
            window_title: String::new(),
            timing: Timing::FirstFrame,
        };
        if let Some(dir) = &app.data_dir {
            match project::read_autosave(dir) {
                Ok(found) => app.recovery = found,
                Err(error) => app.notices.push(format!("The autosave could not be read: {error}")),
            }
        }
        if paths.is_empty() {
            app.corpus.add([ingest::sample_article()]);
        } else {
            // A project opens at once; files and folders load in the background, with
            // progress, so the window appears immediately.
            let (projects, files): (Vec<PathBuf>, Vec<PathBuf>) =
                paths.into_iter().partition(|p| is_project(p));
            app.open_paths_now(&projects);
            app.open_paths(files);
        }
        app
    }

    /// Reads files (or a project) on this thread (used at start-up and by tests): errors
    /// become notices.
    pub fn open_paths_now(&mut self, paths: &[PathBuf]) {
        let options = IngestOptions::default();
        for path in paths {
            if is_project(path) {
                match project::load(path) {
                    Ok(saved) => {
                        let view = saved.view.clone();
                        self.replace_corpus(Corpus::from_project(saved), view, path.clone());
                    }
                    Err(error) => self.notices.push(error.to_string()),
                }
                continue;
            }
            match ingest::load_path(path, &options) {
                Ok(articles) => {
                    self.corpus.add(articles);
                }
                Err(error) => self.notices.push(error.to_string()),
            }
        }
    }

    /// Reads files and folders on a background thread; their events appear as each file
    /// finishes, with a progress bar and a Cancel button. A project file among them opens as
    /// a project.
    pub fn open_paths(&mut self, paths: Vec<PathBuf>) {
        let (projects, paths): (Vec<PathBuf>, Vec<PathBuf>) = paths.into_iter().partition(|p| is_project(p));
        for path in projects {
            self.open_project(path);
        }
        if paths.is_empty() {
            return;
        }
        for path in &paths {
            self.remember(path);
        }
        self.loading
            .push(Loading { loader: ingest::Loader::start(paths, IngestOptions::default()), progress: None });
    }

    /// Takes what the background loaders have read so far and has it analysed on a worker
    /// thread; adds what is analysed in batches (every `ARRIVAL_BATCH`, and when loading
    /// ends), and has each batch merged on another worker thread, so the window keeps
    /// drawing while a large folder loads. One merge runs at a time; what arrives meanwhile
    /// waits for the next.
    fn poll_loaders(&mut self) {
        let mut read = Vec::new();
        for loading in &mut self.loading {
            for message in loading.loader.poll() {
                match message {
                    ingest::Progress::Started { .. } => {}
                    ingest::Progress::Progress { done, total, current } => {
                        loading.progress = Some((done, total, current));
                    }
                    ingest::Progress::Loaded(articles) => read.extend(articles),
                    ingest::Progress::Failed { error, .. } => self.notices.push(error.to_string()),
                    ingest::Progress::Finished { cancelled } => {
                        if cancelled {
                            self.status = Some("Loading cancelled; what was read is kept".into());
                        }
                    }
                }
            }
        }
        self.loading.retain(|l| !l.loader.is_finished());
        if !read.is_empty() {
            let queue = self.analysis_queue.get_or_insert_with(|| {
                let (queue, batches) = mpsc::channel::<(u64, Vec<crate::model::Article>)>();
                let sender = self.sender.clone();
                std::thread::spawn(move || {
                    for (epoch, batch) in batches {
                        let analysed = crate::extract::analyse_all(batch);
                        if sender.send(Loaded::Analysed(epoch, analysed)).is_err() {
                            break;
                        }
                    }
                });
                queue
            });
            if queue.send((self.epoch, read)).is_ok() {
                self.analysing += 1;
            }
        }
        if self.merging {
            return;
        }
        let due =
            (self.loading.is_empty() && self.analysing == 0) || self.last_arrival.elapsed() >= ARRIVAL_BATCH;
        if !self.arrived.is_empty() && due {
            self.last_arrival = Instant::now();
            self.corpus.stage(std::mem::take(&mut self.arrived));
        }
        if let Some(job) = self.corpus.merge_job() {
            self.merging = true;
            let sender = self.sender.clone();
            std::thread::spawn(move || {
                let _ = sender.send(Loaded::Merged(job.run()));
            });
        }
    }

    /// Closes every article, stops loading, and drops what is still being analysed.
    fn close_all(&mut self) {
        for loading in &self.loading {
            loading.loader.cancel();
        }
        self.loading.clear();
        self.arrived.clear();
        self.epoch += 1;
        let ids: Vec<ArticleId> = self.corpus.articles().iter().map(|a| a.id).collect();
        self.corpus.remove_many(&ids);
        self.select(None);
    }

    /// True while files are being read in the background.
    pub fn is_loading(&self) -> bool {
        !self.loading.is_empty()
            || self.pending_loads > 0
            || self.analysing > 0
            || !self.arrived.is_empty()
            || self.merging
            || self.corpus.merge_pending()
    }

    /// "12 of 240 files: report.html" with a bar and Cancel, while loading.
    fn progress_ui(&mut self, ui: &mut egui::Ui) {
        for loading in &self.loading {
            let Some((done, total, current)) = &loading.progress else {
                ui.spinner();
                ui.label("Finding files…");
                continue;
            };
            let name = current.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let fraction = if *total == 0 { 1.0 } else { *done as f32 / *total as f32 };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(260.0)
                    .text(format!("{} of {total} files: {name}", done + 1)),
            );
            if ui.button("Cancel").on_hover_text("Stop loading; files already read stay open").clicked() {
                loading.loader.cancel();
            }
        }
        if self.pending_loads > 0 {
            ui.spinner();
            ui.label("Opening project…");
        }
    }

    /// Reads a project on a background thread. A damaged or newer file is reported and
    /// nothing open is touched.
    pub fn open_project(&mut self, path: PathBuf) {
        let sender = self.sender.clone();
        self.pending_loads += 1;
        std::thread::spawn(move || {
            let message = match project::load(&path) {
                Ok(saved) => {
                    let view = saved.view.clone();
                    Loaded::Project(Box::new(Corpus::from_project(saved)), view, path)
                }
                Err(error) => Loaded::Failed(error.to_string()),
            };
            let _ = sender.send(message);
            let _ = sender.send(Loaded::ProjectFinished);
        });
    }

    /// Saves the project on a background thread (atomically).
    pub fn save_project(&mut self, path: PathBuf) {
        let saved = self.corpus.to_project(self.view_state());
        let generation = self.corpus.generation();
        let sender = self.sender.clone();
        std::thread::spawn(move || {
            let result = project::save(&saved, &path).map(|()| path).map_err(|e| e.to_string());
            let _ = sender.send(Loaded::Saved(result, generation));
        });
    }

    /// Saves on this thread; for tests and the close prompt.
    pub fn save_project_now(&mut self, path: &Path) -> Result<(), String> {
        let saved = self.corpus.to_project(self.view_state());
        project::save(&saved, path).map_err(|e| e.to_string())?;
        self.saved(path.to_owned(), self.corpus.generation());
        Ok(())
    }

    fn saved(&mut self, path: PathBuf, generation: u64) {
        self.status = Some(format!("Saved {}", path.display()));
        self.remember(&path);
        self.project_path = Some(path);
        self.saved_generation = Some(generation);
        if let Some(dir) = &self.data_dir {
            project::clear_autosave(dir);
        }
    }

    /// Save: to the project's file, or ask where.
    fn save(&mut self) {
        match self.project_path.clone() {
            Some(path) => self.save_project(path),
            None => self.ask_path(FileTask::SaveProject),
        }
    }

    /// True when there are changes the user has not saved.
    pub fn dirty(&self) -> bool {
        (self.corpus.has_user_changes() || self.project_path.is_some())
            && self.saved_generation != Some(self.corpus.generation())
    }

    /// What is on screen, for saving with the project.
    pub fn view_state(&self) -> ViewState {
        ViewState {
            lanes: self.timeline.options.mode,
            hidden_kinds: self.timeline.options.hidden_kinds.clone(),
            filter: self.timeline.options.filter.clone(),
            visible: self.timeline.visible_range(),
            selected: self.selected_anchor(),
            search: self.search.query.clone(),
        }
    }

    fn apply_view(&mut self, view: ViewState) {
        self.timeline.options.mode = view.lanes;
        self.timeline.options.hidden_kinds = view.hidden_kinds;
        self.timeline.options.filter = view.filter;
        self.timeline.invalidate();
        if let Some((lo, hi)) = view.visible {
            self.timeline.set_visible_range(lo, hi);
        }
        self.search.query = view.search;
        self.search.built_for = None;
        self.reselect(view.selected);
    }

    /// Replaces everything open with a loaded project.
    fn replace_corpus(&mut self, corpus: Corpus, view: ViewState, path: PathBuf) {
        self.corpus = corpus;
        self.date_edits.clear();
        self.timeline = TimelineView::default();
        self.article_view = ArticleView::default();
        self.select(None);
        self.apply_view(view);
        self.saved_generation = Some(self.corpus.generation());
        self.status = Some(format!("Opened {}", path.display()));
        self.remember(&path);
        self.project_path = Some(path);
        let orphans = self.corpus.orphaned_corrections().count();
        if orphans > 0 {
            self.notices.push(format!(
                "{orphans} of your corrections no longer match an event the extractor finds; they are kept in the project."
            ));
        }
    }

    fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.settings.recent.retain(|p| *p != path);
        self.settings.recent.insert(0, path);
        self.settings.recent.truncate(RECENT_LIMIT);
    }

    /// Asks for a path for a task: the native dialog on a background thread, or Chronicle's
    /// own browser when there is no desktop portal.
    pub fn ask_path(&mut self, task: FileTask) {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() && cfg!(target_os = "linux") {
            self.browser.show_for(task);
            return;
        }
        let sender = self.sender.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let picked = task.native_dialog();
            let _ = sender.send(Loaded::Picked(task, picked, started.elapsed()));
        });
    }

    /// Carries out a task once its path is known.
    pub fn run_task(&mut self, task: FileTask, paths: Vec<PathBuf>, ctx: &egui::Context) {
        let Some(first) = paths.first().cloned() else { return };
        match task {
            FileTask::OpenArticles | FileTask::OpenFolder => self.open_paths(paths),
            FileTask::OpenProject => self.open_project(first),
            FileTask::SaveProject => {
                let path = if first.extension().is_none() {
                    first.with_extension(project::EXTENSION)
                } else {
                    first
                };
                self.save_project(path);
            }
            FileTask::Export(ExportKind::Png) => self.export_png(first, ctx),
            FileTask::Export(kind) => {
                let corpus = self.corpus.clone();
                let sender = self.sender.clone();
                std::thread::spawn(move || {
                    let _ = sender.send(Loaded::Done(files::write_export(&corpus, kind, &first)));
                });
            }
        }
    }

    /// Takes a screenshot of the window and writes the timeline's part of it.
    fn export_png(&mut self, path: PathBuf, ctx: &egui::Context) {
        let Some(rect) = self.timeline.frame_rect else {
            self.notices.push("There is no timeline on screen to export.".into());
            return;
        };
        let pixels_per_point = ctx.pixels_per_point();
        let sender = self.sender.clone();
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            std::thread::spawn(move || {
                let _ = sender.send(Loaded::Done(files::write_png(&image, rect, pixels_per_point, &path)));
                repaint.request_repaint();
            });
        });
        ctx.request_repaint();
    }

    fn receive(&mut self, ctx: &egui::Context) {
        while let Ok(message) = self.receiver.try_recv() {
            match message {
                Loaded::ProjectFinished => {
                    self.pending_loads = self.pending_loads.saturating_sub(1);
                }
                Loaded::Failed(error) => self.notices.push(error),
                Loaded::Picked(task, Some(paths), _) => self.run_task(task, paths, ctx),
                Loaded::Picked(task, None, elapsed) => {
                    // A dialog that "returns" at once never showed: say so and offer ours.
                    if elapsed < Duration::from_millis(300) {
                        self.notices
                            .push("The system file dialog could not open. Choose below instead.".into());
                        self.browser.show_for(task);
                    }
                }
                Loaded::Project(corpus, view, path) => {
                    if self.dirty() {
                        self.confirm = Some(Confirm::Replace(Box::new((*corpus, view, path))));
                    } else {
                        self.replace_corpus(*corpus, view, path);
                    }
                }
                Loaded::Saved(Ok(path), generation) => self.saved(path, generation),
                Loaded::Saved(Err(error), _) => self.notices.push(error),
                Loaded::Done(Ok(message)) => self.status = Some(message),
                Loaded::Done(Err(error)) => self.notices.push(error),
                Loaded::Analysed(epoch, analysed) => {
                    self.analysing = self.analysing.saturating_sub(1);
                    if epoch == self.epoch {
                        self.arrived.extend(analysed);
                    }
                }
                Loaded::Merged(merged) => {
                    self.merging = false;
                    // A merge that comes back after the corpus changed is dropped; the change
                    // merged everything itself.
                    let keep = self.selected_anchor();
                    if self.corpus.take_merge(merged) {
                        self.reselect(keep);
                    }
                }
            }
        }
    }

    /// The selected event's anchor, to find it again after events are re-merged.
    fn selected_anchor(&self) -> Option<Anchor> {
        self.selected.and_then(|id| self.corpus.event(id)).and_then(Anchor::of_event)
    }

    /// Selects the event holding `anchor`, if it still exists.
    fn reselect(&mut self, anchor: Option<Anchor>) {
        let found = anchor.and_then(|a| {
            self.corpus.events().iter().find(|e| e.mentions.iter().any(|m| Anchor::of(m) == a)).map(|e| e.id)
        });
        if found != self.selected || found.is_none() {
            let focus = self.focus;
            self.select(found);
            // Keep showing the mention the user was reading when it is still there.
            if found.is_some()
                && let Some(f) = focus
                && anchor.is_some_and(|a| a.article == f.article)
            {
                self.focus = Some(f);
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

    /// Applies a user correction (undoable) and keeps the selection on the same event.
    pub fn correct(&mut self, correction: Correction) {
        let keep = match &correction {
            Correction::Delete { .. } => None,
            Correction::Add { mention, .. } => Some(Anchor::of(mention)),
            _ => self.selected_anchor(),
        };
        self.status = Some(format!("Done: {}", correction.describe()));
        self.corpus.correct(correction);
        self.reselect(keep);
    }

    pub fn undo(&mut self) {
        let keep = self.selected_anchor();
        self.status = Some(match self.corpus.undo() {
            Some(what) => format!("Undid: {what}"),
            None => "Nothing to undo".into(),
        });
        self.date_edits.clear();
        self.reselect(keep);
    }

    pub fn redo(&mut self) {
        let keep = self.selected_anchor();
        self.status = Some(match self.corpus.redo() {
            Some(what) => format!("Redid: {what}"),
            None => "Nothing to redo".into(),
        });
        self.date_edits.clear();
        self.reselect(keep);
    }

    /// Sets an article's reference date from text the user typed.
    pub fn apply_reference_date(&mut self, article: ArticleId, text: &str) -> Result<(), String> {
        let date: jiff::civil::Date =
            text.trim().parse().map_err(|_| format!("\"{}\" is not a date like 2017-05-02", text.trim()))?;
        let keep = self.selected_anchor();
        self.corpus.set_reference_date(article, date);
        self.reselect(keep);
        Ok(())
    }

    /// Recomputes the search matches when the query or the events changed.
    fn refresh_search(&mut self) {
        let key = (self.corpus.generation(), self.search.query.clone());
        if self.search.built_for.as_ref() == Some(&key) {
            return;
        }
        self.search.matches = filter::search(&self.corpus, &self.search.query);
        self.search.current = None;
        let active = !self.search.query.trim().is_empty();
        self.timeline.set_highlight(active.then_some(&self.search.matches[..]), self.corpus.events().len());
        self.search.built_for = Some(key);
    }

    /// Enter in the search box: the next (or previous) match, selected and scrolled to.
    pub fn step_search(&mut self, forwards: bool) {
        self.refresh_search();
        let count = self.search.matches.len();
        if count == 0 {
            return;
        }
        let next = match (self.search.current, forwards) {
            (None, true) => 0,
            (None, false) => count - 1,
            (Some(i), true) => (i + 1) % count,
            (Some(i), false) => (i + count - 1) % count,
        };
        self.search.current = Some(next);
        let id = self.search.matches[next];
        self.select(Some(id));
        self.timeline.center_on(id);
    }

    /// One frame of the whole window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.receive(&ctx);
        self.poll_loaders();
        self.shortcuts(ui);
        self.dropped_files(ui);
        self.refresh_search();
        self.autosave();
        self.window_title(&ctx);
        self.close_request(&ctx);

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        if self.recovery.is_some() {
            egui::Panel::top("recovery").show(ui, |ui| self.recovery_banner(ui));
        }
        egui::Panel::left("articles").default_size(260.0).resizable(true).show(ui, |ui| side::ui(self, ui));
        egui::Panel::right("detail").default_size(340.0).resizable(true).show(ui, |ui| {
            match self.detail.ui(ui, &self.corpus, self.selected) {
                Some(DetailAction::Jump(jump)) => {
                    self.focus = Some(jump);
                    self.article_view.scroll_pending = true;
                }
                Some(DetailAction::Correct(correction)) => self.correct(correction),
                Some(DetailAction::Close) | None => {}
            }
        });
        egui::Panel::bottom("article").default_size(220.0).resizable(true).show(ui, |ui| {
            if let Some(add) = self.article_view.ui(ui, &self.corpus, self.focus)
                && let Some(correction) = self.corpus.added_event(add.article, add.start, add.end, add.kind)
            {
                self.correct(correction);
            }
        });
        egui::CentralPanel::default().show(ui, |ui| {
            self.toolbar(ui);
            if let Some(clicked) = self.timeline.ui(ui, &self.corpus, self.selected) {
                self.select(Some(clicked));
            }
        });
        if let Some((task, paths)) = self.browser.ui(&ctx) {
            self.run_task(task, paths, &ctx);
        }
        self.confirm_window(&ctx);
    }

    fn shortcuts(&mut self, ui: &egui::Ui) {
        use egui::{Key, Modifiers};
        let shift_command = Modifiers::COMMAND | Modifiers::SHIFT;
        let typing = ui.ctx().egui_wants_keyboard_input();
        let (open, save_as, save, find) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::COMMAND, Key::O),
                i.consume_key(shift_command, Key::S),
                i.consume_key(Modifiers::COMMAND, Key::S),
                i.consume_key(Modifiers::COMMAND, Key::F),
            )
        });
        if open {
            self.ask_path(FileTask::OpenArticles);
        }
        if save_as {
            self.ask_path(FileTask::SaveProject);
        } else if save {
            self.save();
        }
        if find {
            self.search.focus_requested = true;
        }
        // While a text field has focus, Ctrl+Z belongs to it.
        if !typing {
            let (redo, undo) = ui.input_mut(|i| {
                let redo = i.consume_key(shift_command, Key::Z) || i.consume_key(Modifiers::COMMAND, Key::Y);
                (redo, i.consume_key(Modifiers::COMMAND, Key::Z))
            });
            if redo {
                self.redo();
            } else if undo {
                self.undo();
            }
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

    /// Autosaves unsaved work every `AUTOSAVE_EVERY`, on a background thread.
    fn autosave(&mut self) {
        let Some(dir) = self.data_dir.clone() else { return };
        let generation = self.corpus.generation();
        // An unanswered recovery offer must not be overwritten by this session's work.
        if self.recovery.is_some()
            || !self.dirty()
            || self.autosaved.1 == generation
            || self.autosaved.0.elapsed() < AUTOSAVE_EVERY
        {
            return;
        }
        let autosave = Autosave {
            saved_at: jiff::Timestamp::now().strftime("%Y-%m-%d %H:%M UTC").to_string(),
            project_path: self.project_path.clone(),
            project: self.corpus.to_project(self.view_state()),
        };
        self.autosaved = (Instant::now(), generation);
        let sender = self.sender.clone();
        std::thread::spawn(move || {
            if let Err(error) = project::write_autosave(&dir, &autosave) {
                let _ = sender.send(Loaded::Done(Err(format!("Autosave failed: {error}"))));
            }
        });
    }

    fn window_title(&mut self, ctx: &egui::Context) {
        let name = self
            .project_path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "unsaved".into());
        let title = format!("{}{name} — Chronicle", if self.dirty() { "* " } else { "" });
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// Closing with unsaved changes asks first.
    fn close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.dirty() && !self.close_confirmed {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Confirm::Close);
        }
    }

    fn confirm_window(&mut self, ctx: &egui::Context) {
        let Some(confirm) = &self.confirm else { return };
        let question = match confirm {
            Confirm::Replace(replacement) => {
                let path = &replacement.2;
                format!("Open {}? The work open now has unsaved changes, which will be lost.", path.display())
            }
            Confirm::Close => "Close Chronicle? The work open now has unsaved changes.".to_owned(),
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
            ui.label(question);
            ui.horizontal(|ui| {
                if ui.button("Save first").clicked() {
                    answer = Some("save");
                }
                if ui.button("Discard changes").clicked() {
                    answer = Some("discard");
                }
                if ui.button("Cancel").clicked() {
                    answer = Some("cancel");
                }
            });
        });
        let Some(answer) = answer else { return };
        let Some(confirm) = self.confirm.take() else { return };
        if answer == "cancel" {
            return;
        }
        if answer == "save" {
            let Some(path) = self.project_path.clone() else {
                self.notices.push("Choose where to save, then open the project again.".into());
                self.ask_path(FileTask::SaveProject);
                return;
            };
            if let Err(error) = self.save_project_now(&path) {
                self.notices.push(error);
                return;
            }
        }
        match confirm {
            Confirm::Replace(replacement) => {
                let (corpus, view, path) = *replacement;
                self.replace_corpus(corpus, view, path)
            }
            Confirm::Close => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn recovery_banner(&mut self, ui: &mut egui::Ui) {
        let Some(autosave) = &self.recovery else { return };
        let mut choice = None;
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "Chronicle did not close cleanly. Work autosaved at {} ({} articles, {} corrections) can be recovered.",
                    autosave.saved_at,
                    autosave.project.articles.len(),
                    autosave.project.corrections.len()
                ),
            );
            if ui.button("Recover").clicked() {
                choice = Some(true);
            }
            if ui.button("Discard").clicked() {
                choice = Some(false);
            }
        });
        let Some(recover) = choice else { return };
        let Some(autosave) = self.recovery.take() else { return };
        if recover {
            let view = autosave.project.view.clone();
            let path = autosave.project_path.clone();
            let corpus = Corpus::from_project(autosave.project);
            self.replace_corpus(corpus, view, path.clone().unwrap_or_default());
            self.project_path = path;
            // Recovered work is unsaved until the user saves it.
            self.saved_generation = None;
            self.status = Some("Recovered the autosaved work: save it to keep it".into());
        } else if let Some(dir) = &self.data_dir {
            project::clear_autosave(dir);
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.add(egui::Button::new("Open articles…").shortcut_text("Ctrl+O")).clicked() {
                    self.ask_path(FileTask::OpenArticles);
                    ui.close();
                }
                if ui.button("Open folder…").clicked() {
                    self.ask_path(FileTask::OpenFolder);
                    ui.close();
                }
                if ui.button("Open project…").clicked() {
                    self.ask_path(FileTask::OpenProject);
                    ui.close();
                }
                ui.menu_button("Open recent", |ui| {
                    if self.settings.recent.is_empty() {
                        ui.weak("Nothing yet");
                    }
                    for path in self.settings.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.open_paths(vec![path]);
                            ui.close();
                        }
                    }
                });
                ui.separator();
                if ui.add(egui::Button::new("Save project").shortcut_text("Ctrl+S")).clicked() {
                    self.save();
                    ui.close();
                }
                if ui.add(egui::Button::new("Save project as…").shortcut_text("Ctrl+Shift+S")).clicked() {
                    self.ask_path(FileTask::SaveProject);
                    ui.close();
                }
                ui.menu_button("Export", |ui| {
                    for kind in ExportKind::ALL {
                        if ui.button(kind.label()).clicked() {
                            self.ask_path(FileTask::Export(kind));
                            ui.close();
                        }
                    }
                });
                ui.separator();
                if ui.button("Close all articles").clicked() {
                    self.close_all();
                    ui.close();
                }
                if ui.button("Quit").clicked() {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("Edit", |ui| {
                let undo = self.corpus.undo_label();
                let label = undo.as_ref().map_or("Undo".to_owned(), |w| format!("Undo {w}"));
                if ui.add_enabled(undo.is_some(), egui::Button::new(label).shortcut_text("Ctrl+Z")).clicked()
                {
                    self.undo();
                    ui.close();
                }
                let redo = self.corpus.redo_label();
                let label = redo.as_ref().map_or("Redo".to_owned(), |w| format!("Redo {w}"));
                if ui
                    .add_enabled(redo.is_some(), egui::Button::new(label).shortcut_text("Ctrl+Shift+Z"))
                    .clicked()
                {
                    self.redo();
                    ui.close();
                }
                ui.separator();
                if ui.add(egui::Button::new("Find…").shortcut_text("Ctrl+F")).clicked() {
                    self.search.focus_requested = true;
                    ui.close();
                }
                let selected = self.selected.and_then(|id| self.corpus.event(id)).cloned();
                if ui.add_enabled(selected.is_some(), egui::Button::new("Edit selected event")).clicked() {
                    if let Some(event) = selected {
                        self.detail.start_editing(&event);
                    }
                    ui.close();
                }
            });
            ui.menu_button("View", |ui| {
                if ui.add(egui::Button::new("Fit all").shortcut_text("Home")).clicked() {
                    self.timeline.fit_all();
                    ui.close();
                }
                ui.separator();
                for (choice, label) in [
                    (ThemeChoice::System, "System theme"),
                    (ThemeChoice::Light, "Light"),
                    (ThemeChoice::Dark, "Dark"),
                ] {
                    if ui.radio(self.settings.theme == choice, label).clicked() {
                        self.settings.theme = choice;
                        ctx.set_theme(choice.preference());
                        ui.close();
                    }
                }
            });
            self.progress_ui(ui);
            if let Some(status) = &self.status {
                ui.weak(status);
            }
        });
    }

    fn toolbar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            ui.label("Find");
            let response = ui.add(
                egui::TextEdit::singleline(&mut self.search.query)
                    .id(egui::Id::unique("search-box"))
                    .hint_text("Ctrl+F: titles, people, places, text")
                    .desired_width(200.0),
            );
            if std::mem::take(&mut self.search.focus_requested) {
                response.request_focus();
            }
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                let backwards = ui.input(|i| i.modifiers.shift);
                self.step_search(!backwards);
                response.request_focus();
            }
            if (response.has_focus() || response.lost_focus())
                && ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                self.search.query.clear();
            }
            if !self.search.query.trim().is_empty() {
                self.refresh_search();
                let count = self.search.matches.len();
                let text = match (count, self.search.current) {
                    (0, _) => "no matches".to_owned(),
                    (n, Some(i)) => format!("{} of {n} matches", i + 1),
                    (n, None) => format!("{n} matches: Enter steps through them"),
                };
                ui.label(text);
            }
            ui.separator();
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
        });
        ui.horizontal_wrapped(|ui| {
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
            for status in [
                EventStatus::Happened,
                EventStatus::Ongoing,
                EventStatus::Planned,
                EventStatus::Cancelled,
                EventStatus::Unreal,
            ] {
                let hidden = self.timeline.options.filter.hidden_statuses.contains(&status);
                if ui
                    .selectable_label(!hidden, status.as_str())
                    .on_hover_text("Show or hide this status")
                    .clicked()
                {
                    let statuses = &mut self.timeline.options.filter.hidden_statuses;
                    if hidden {
                        statuses.retain(|s| *s != status);
                    } else {
                        statuses.push(status);
                    }
                    self.timeline.invalidate();
                }
            }
            let filter = &self.timeline.options.filter;
            if filter.participant.is_some() || filter.place.is_some() || filter.article.is_some() {
                ui.separator();
                ui.label(format!("Only: {}", filter.describe(&self.corpus)));
                if ui.button("Clear filters").clicked() {
                    self.timeline.options.filter = filter::Filter::default();
                    self.timeline.invalidate();
                }
            }
        });
        ui.weak(
            "Scroll to zoom, drag to pan, double-click or Home to fit; + and - zoom, arrow keys pan. A dot on an event: you corrected it.",
        );
    }
}

fn is_project(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case(project::EXTENSION))
}

/// The figures `CHRONICLE_TIMING=1` reports, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Timing {
    FirstFrame,
    CompleteTimeline,
    Reported,
}

/// When the process started, for the start-to-first-frame and start-to-complete-timeline
/// figures (`CHRONICLE_TIMING=1`: the app reports them and closes).
static STARTED: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

impl eframe::App for ChronicleApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ChronicleApp::ui(self, ui);
        if std::env::var_os("CHRONICLE_TIMING").is_some()
            && let Some(started) = STARTED.get()
        {
            if self.timing == Timing::FirstFrame {
                self.timing = Timing::CompleteTimeline;
                eprintln!("start to first frame: {:.3} s", started.elapsed().as_secs_f64());
            }
            // The files given are read, analysed and merged, and this frame drew the timeline.
            if self.timing == Timing::CompleteTimeline && !self.is_loading() {
                self.timing = Timing::Reported;
                let peak =
                    crate::cli::extract::peak_resident_bytes().map(|b| b as f64 / 1_000_000.0).unwrap_or(0.0);
                eprintln!(
                    "start to complete timeline: {:.3} s (articles: {}, events: {}, peak resident {peak:.0} MB)",
                    started.elapsed().as_secs_f64(),
                    self.corpus.articles().len(),
                    self.corpus.events().len(),
                );
                self.close_confirmed = true;
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
        if self.is_loading() {
            ui.ctx().request_repaint_after(Duration::from_millis(50));
        } else if self.data_dir.is_some() && self.dirty() {
            // Wake up for the next autosave even when idle.
            ui.ctx().request_repaint_after(AUTOSAVE_EVERY);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A clean exit: the user saved or chose not to, so there is nothing to recover.
        if let Some(dir) = &self.data_dir
            && self.recovery.is_none()
        {
            project::clear_autosave(dir);
        }
    }
}

/// A span in words for the UI.
pub fn describe_span(span: &crate::model::TimeSpan) -> String {
    span.describe()
}

/// Opens the window and runs until it is closed.
pub fn run(paths: Vec<PathBuf>) -> eframe::Result {
    STARTED.get_or_init(Instant::now);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Chronicle")
            .with_inner_size([1400.0, 900.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Chronicle",
        options,
        Box::new(|cc| {
            let settings: Settings =
                cc.storage.and_then(|s| eframe::get_value(s, SETTINGS_KEY)).unwrap_or_default();
            cc.egui_ctx.set_theme(settings.theme.preference());
            Ok(Box::new(ChronicleApp::with_settings(paths, settings, project::data_dir())))
        }),
    )
}
