//! The left panel: the open articles (reference date, "only this article"), the participants
//! and places with their event counts (click one to filter to it), the undated events, and
//! the problems list.

use eframe::egui;

use super::ChronicleApp;
use crate::corpus::Corpus;
use crate::filter;
use crate::model::{ArticleId, EventId};

/// How many names each side list shows.
const FACET_LIMIT: usize = 60;

/// Participant and place counts, recomputed only when the events change.
#[derive(Default)]
pub struct Facets {
    built_for: Option<u64>,
    participants: Vec<(String, usize)>,
    places: Vec<(String, usize)>,
}

impl Facets {
    pub fn refresh(&mut self, corpus: &Corpus) {
        if self.built_for == Some(corpus.generation()) {
            return;
        }
        self.participants = filter::participant_counts(corpus.events());
        self.places = filter::place_counts(corpus.events());
        self.built_for = Some(corpus.generation());
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Facet {
    Participant,
    Place,
}

/// A collapsible list of names with counts; clicking one filters the timeline to it.
fn facet_list(app: &mut ChronicleApp, ui: &mut egui::Ui, facet: Facet) {
    let (title, names) = match facet {
        Facet::Participant => ("Participants", &app.facets.participants),
        Facet::Place => ("Places", &app.facets.places),
    };
    if names.is_empty() {
        return;
    }
    let mut clicked = None;
    let current = match facet {
        Facet::Participant => app.timeline.options.filter.participant.clone(),
        Facet::Place => app.timeline.options.filter.place.clone(),
    };
    ui.separator();
    egui::CollapsingHeader::new(format!("{title} ({})", names.len())).id_salt(title).default_open(true).show(
        ui,
        |ui| {
            for (name, count) in names.iter().take(FACET_LIMIT) {
                let on = current.as_ref() == Some(name);
                if ui
                    .selectable_label(on, format!("{name} ({count})"))
                    .on_hover_text("Show only these events")
                    .clicked()
                {
                    clicked = Some(if on { None } else { Some(name.clone()) });
                }
            }
            if names.len() > FACET_LIMIT {
                ui.weak(format!("and {} more", names.len() - FACET_LIMIT));
            }
        },
    );
    if let Some(choice) = clicked {
        match facet {
            Facet::Participant => app.timeline.options.filter.participant = choice,
            Facet::Place => app.timeline.options.filter.place = choice,
        }
        app.timeline.invalidate();
    }
}

/// Up to this many articles, each has its card; beyond, one line each (only the visible lines
/// are laid out) and the card of the article being read.
const FULL_CARDS: usize = 30;

/// Many articles: the card of the one in the article view, then one line per article, of
/// which only those scrolled into view are built, so that 10,000 open articles cost what
/// a dozen do.
fn article_rows(app: &mut ChronicleApp, ui: &mut egui::Ui) {
    let count = app.corpus.articles().len();
    let shown = app
        .article_view
        .shown
        .filter(|id| app.corpus.article(*id).is_some())
        .or_else(|| app.corpus.articles().first().map(|a| a.id));
    if let Some(id) = shown {
        article_card(app, ui, id);
    }
    ui.weak(format!("{count} articles; click one to read it and set its date"));
    let row_height = ui.spacing().interact_size.y;
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .id_salt("article-rows")
        .max_height(320.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, count, |ui, rows| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            for article in &app.corpus.articles()[rows] {
                let date = article.reference.map_or_else(|| "no date".to_owned(), |r| r.date.to_string());
                let label = format!("{date}  {}", article.title);
                if ui.selectable_label(Some(article.id) == shown, label).clicked() {
                    clicked = Some(article.id);
                }
            }
        });
    if let Some(id) = clicked {
        app.article_view.shown = Some(id);
        app.focus = None;
    }
}

/// One article: title, file, encoding, reference date and where it came from, and the
/// field to change it.
fn article_card(app: &mut ChronicleApp, ui: &mut egui::Ui, id: ArticleId) {
    let Some(article) = app.corpus.article(id) else { return };
    let title = article.title.clone();
    let reference = article.reference.map(|r| (r.date.to_string(), r.source));
    let path = article.path.as_ref().map(|p| p.display().to_string());
    let encoding = article.encoding.clone();
    ui.group(|ui| {
        ui.strong(&title);
        if let Some(path) = path {
            ui.weak(path);
        }
        if let Some(encoding) = encoding {
            ui.weak(format!("Read as {encoding}"));
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
        let index = match app.date_edits.iter().position(|(a, _)| *a == id) {
            Some(i) => i,
            None => {
                let initial = reference.as_ref().map(|(d, _)| d.clone()).unwrap_or_default();
                app.date_edits.push((id, initial));
                app.date_edits.len() - 1
            }
        };
        ui.horizontal(|ui| {
            let edit = egui::TextEdit::singleline(&mut app.date_edits[index].1)
                .hint_text("YYYY-MM-DD")
                .desired_width(100.0);
            let response = ui.add(edit).on_hover_text("The reference date: every relative date resolves against it");
            let submitted = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button("Set date").clicked() || submitted {
                let text = app.date_edits[index].1.clone();
                if let Err(error) = app.apply_reference_date(id, &text) {
                    app.notices.push(error);
                }
            }
        });
    });
}

pub fn ui(app: &mut ChronicleApp, ui: &mut egui::Ui) {
    app.facets.refresh(&app.corpus);
    ui.heading("Articles");
    egui::ScrollArea::vertical().id_salt("articles-scroll").show(ui, |ui| {
        let count = app.corpus.articles().len();
        if count <= FULL_CARDS {
            let ids: Vec<ArticleId> = app.corpus.articles().iter().map(|a| a.id).collect();
            for id in ids {
                article_card(app, ui, id);
            }
        } else {
            article_rows(app, ui);
        }
        facet_list(app, ui, Facet::Participant);
        facet_list(app, ui, Facet::Place);
        let all_undated = app.timeline.layout().undated.len();
        let undated: Vec<(EventId, String)> = app
            .timeline
            .layout()
            .undated
            .iter()
            .take(FACET_LIMIT * 4)
            .filter_map(|id| app.corpus.event(*id).map(|e| (e.id, e.title.clone())))
            .collect();
        if !undated.is_empty() {
            ui.separator();
            ui.heading(format!("Undated events ({all_undated})"));
            for (id, title) in undated {
                if ui.selectable_label(app.selected == Some(id), title).clicked() {
                    app.select(Some(id));
                }
            }
            if all_undated > FACET_LIMIT * 4 {
                ui.weak(format!("and {} more", all_undated - FACET_LIMIT * 4));
            }
        }
        if !app.notices.is_empty() {
            ui.separator();
            ui.horizontal(|ui| {
                ui.heading("Problems");
                if ui.small_button("Clear").clicked() {
                    app.notices.clear();
                }
            });
            // The newest problems first; a folder of thousands of bad files lists a few
            // hundred and counts the rest.
            for notice in app.notices.iter().rev().take(FACET_LIMIT * 4) {
                ui.colored_label(ui.visuals().error_fg_color, notice);
            }
            if app.notices.len() > FACET_LIMIT * 4 {
                ui.weak(format!("and {} earlier ones", app.notices.len() - FACET_LIMIT * 4));
            }
        }
    });
}
