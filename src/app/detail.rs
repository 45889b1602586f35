//! The detail panel: everything known about the selected event, and every mention of it
//! grouped by article. Clicking a mention asks the article view to show it.

use eframe::egui;

use super::{Focus, kind_color};
use crate::corpus::Corpus;
use crate::model::EventId;

#[derive(Default)]
pub struct DetailPanel;

impl DetailPanel {
    /// Returns the mention the user clicked, if any.
    pub fn ui(&mut self, ui: &mut egui::Ui, corpus: &Corpus, selected: Option<EventId>) -> Option<Focus> {
        let Some(event) = selected.and_then(|id| corpus.event(id)) else {
            ui.heading("Event");
            ui.label(
                "Click an event on the timeline to see what it is, when, who took part, and its sources.",
            );
            return None;
        };
        let mut jump = None;
        egui::ScrollArea::vertical().id_salt("detail-scroll").show(ui, |ui| {
            ui.label(egui::RichText::new(event.kind.as_str().to_uppercase()).color(kind_color(event.kind)).strong());
            ui.heading(&event.title);
            egui::Grid::new("detail-grid").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
                ui.strong("When");
                match &event.when {
                    Some(when) => {
                        ui.vertical(|ui| {
                            ui.label(format!("{} ({})", when.span.describe(), when.span.value));
                            let how = match (&when.expression, when.anchor, when.approximate) {
                                (Some(expression), Some(anchor), _) => {
                                    format!("from \"{expression}\", relative to {anchor} → {}", when.span.describe())
                                }
                                (Some(expression), None, _) => format!("from \"{expression}\""),
                                (None, Some(anchor), true) => {
                                    format!("approximate: no date in the text; taken from the article's date {anchor}")
                                }
                                _ => String::new(),
                            };
                            if !how.is_empty() {
                                ui.weak(how);
                            }
                        });
                    }
                    None => {
                        ui.label("undated");
                    }
                }
                ui.end_row();
                ui.strong("Who");
                ui.label(if event.participants.is_empty() { "—".to_owned() } else { event.participants.join(", ") });
                ui.end_row();
                ui.strong("Where");
                ui.label(event.location.clone().unwrap_or_else(|| "—".into()));
                ui.end_row();
                ui.strong("Status");
                ui.label(event.status.as_str());
                ui.end_row();
            });
            ui.separator();
            ui.strong(format!("Sources ({} mentions)", event.mentions.len()));
            let mut last_article = None;
            for mention in &event.mentions {
                let Some(article) = corpus.article(mention.article) else { continue };
                if last_article != Some(mention.article) {
                    ui.add_space(4.0);
                    ui.label(egui::RichText::new(&article.title).italics());
                    last_article = Some(mention.article);
                }
                let sentence = corpus.sentence(mention);
                let response = ui
                    .add(egui::Button::selectable(false, sentence).wrap())
                    .on_hover_text("Show this sentence in the article");
                if response.clicked() {
                    jump = Some(Focus {
                        article: mention.article,
                        sentence: (mention.sentence_start, mention.sentence_end),
                        trigger: (mention.trigger_start, mention.trigger_end),
                    });
                }
            }
            if !event.merge_reasons.is_empty() {
                ui.separator();
                egui::CollapsingHeader::new(format!("Why these mentions are one event ({})", event.merge_reasons.len()))
                    .id_salt("merge-reasons")
                    .show(ui, |ui| {
                        for reason in &event.merge_reasons {
                            ui.weak(reason);
                        }
                    });
            }
        });
        jump
    }
}
