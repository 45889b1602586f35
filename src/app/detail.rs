//! The detail panel: everything known about the selected event, every mention of it grouped
//! by article, and the corrections a user can make to it (edit, delete, merge, split, note).
//! Clicking a mention asks the article view to show it.

use eframe::egui;

use super::{Focus, kind_color};
use crate::corpus::Corpus;
use crate::corrections::{Anchor, Correction, DateEdit, EventPatch};
use crate::model::{Event, EventId, EventKind, EventStatus};

/// What the user asked for in the panel.
pub enum DetailAction {
    Jump(Focus),
    Correct(Correction),
    /// The edit form closed without a change.
    Close,
}

/// The edit form, filled from the event when editing starts.
#[derive(Clone, PartialEq)]
struct Form {
    event: EventId,
    kind: EventKind,
    title: String,
    date: String,
    participants: String,
    location: String,
    status: EventStatus,
    note: String,
}

impl Form {
    fn of(event: &Event) -> Form {
        Form {
            event: event.id,
            kind: event.kind,
            title: event.title.clone(),
            date: DateEdit::text(event.when.as_ref().map(|w| &w.span)),
            participants: event.participants.join(", "),
            location: event.location.clone().unwrap_or_default(),
            status: event.status,
            note: event.note.clone().unwrap_or_default(),
        }
    }

    /// The patch of the fields that differ from the event; an error for a bad date.
    fn patch(&self, event: &Event) -> Result<EventPatch, String> {
        let was = Form::of(event);
        let mut patch = EventPatch::default();
        if self.kind != was.kind {
            patch.kind = Some(self.kind);
        }
        if self.title.trim() != was.title && !self.title.trim().is_empty() {
            patch.title = Some(self.title.trim().to_owned());
        }
        if self.date.trim() != was.date {
            patch.when = Some(DateEdit::parse(&self.date)?);
        }
        let participants: Vec<String> =
            self.participants.split(',').map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect();
        if participants != event.participants {
            patch.participants = Some(participants);
        }
        if self.location.trim() != was.location {
            patch.location = Some(self.location.trim().to_owned());
        }
        if self.status != was.status {
            patch.status = Some(self.status);
        }
        if self.note.trim() != was.note {
            patch.note = Some(self.note.trim().to_owned());
        }
        Ok(patch)
    }
}

#[derive(Default)]
pub struct DetailPanel {
    form: Option<Form>,
    error: Option<String>,
    merge_with: Option<EventId>,
}

impl DetailPanel {
    /// True while the edit form is open.
    pub fn editing(&self) -> bool {
        self.form.is_some()
    }

    /// Opens the edit form for an event.
    pub fn start_editing(&mut self, event: &Event) {
        self.form = Some(Form::of(event));
        self.error = None;
    }

    /// Returns what the user asked for, if anything.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        corpus: &Corpus,
        selected: Option<EventId>,
    ) -> Option<DetailAction> {
        let Some(event) = selected.and_then(|id| corpus.event(id)) else {
            self.form = None;
            ui.heading("Event");
            ui.label(
                "Click an event on the timeline to see what it is, when, who took part, and its sources.",
            );
            return None;
        };
        if self.form.as_ref().is_some_and(|f| f.event != event.id) {
            self.form = None;
        }
        let mut action = None;
        egui::ScrollArea::vertical().id_salt("detail-scroll").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    egui::RichText::new(event.kind.as_str().to_uppercase())
                        .color(kind_color(event.kind))
                        .strong(),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if self.form.is_none()
                        && ui
                            .button("Edit this event")
                            .on_hover_text("Correct its kind, title, date, people, place, status or note")
                            .clicked()
                    {
                        self.start_editing(event);
                    }
                });
            });
            if let Some(form) = &mut self.form {
                action = edit_form(ui, form, &mut self.error, event);
                if action.is_some() || ui.ctx().input(|i| i.key_pressed(egui::Key::Escape)) {
                    self.form = None;
                }
                ui.separator();
            } else {
                ui.heading(&event.title);
                facts(ui, event);
            }
            if !event.corrected.is_empty() {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!("Corrected by you: {}", event.corrected.join(", ")),
                );
            }
            if let Some(note) = &event.note {
                ui.label(egui::RichText::new(format!("Note: {note}")).italics());
            }
            if let Some(anchor) = Anchor::of_event(event) {
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .button("Delete event")
                        .on_hover_text("Remove it from the timeline and exports")
                        .clicked()
                    {
                        action = Some(DetailAction::Correct(Correction::Delete { event: anchor }));
                    }
                    if let Some(merge) = self.merge_picker(ui, corpus, event, anchor) {
                        action = Some(DetailAction::Correct(merge));
                    }
                });
            }
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
                    action = Some(DetailAction::Jump(Focus {
                        article: mention.article,
                        sentence: (mention.sentence_start, mention.sentence_end),
                        trigger: (mention.trigger_start, mention.trigger_end),
                    }));
                }
                if event.mentions.len() > 1
                    && ui
                        .small_button("Split off")
                        .on_hover_text("This mention is a different event: make it one of its own")
                        .clicked()
                {
                    action = Some(DetailAction::Correct(Correction::Split { mention: Anchor::of(mention) }));
                }
            }
            if !event.merge_reasons.is_empty() {
                ui.separator();
                egui::CollapsingHeader::new(format!(
                    "Why these mentions are one event ({})",
                    event.merge_reasons.len()
                ))
                .id_salt("merge-reasons")
                .show(ui, |ui| {
                    for reason in &event.merge_reasons {
                        ui.weak(reason);
                    }
                });
            }
        });
        action
    }

    /// "Merge with…": other events of the same kind first, nearest in time first.
    fn merge_picker(
        &mut self,
        ui: &mut egui::Ui,
        corpus: &Corpus,
        event: &Event,
        anchor: Anchor,
    ) -> Option<Correction> {
        let day = |e: &Event| e.when.as_ref().map(|w| crate::timeline::day_number(w.span.start));
        let here = day(event);
        let mut others: Vec<&Event> = corpus.events().iter().filter(|e| e.id != event.id).collect();
        others.sort_by(|a, b| {
            let distance = |e: &Event| match (here, day(e)) {
                (Some(h), Some(d)) => (h - d).abs(),
                _ => f64::MAX,
            };
            (a.kind != event.kind).cmp(&(b.kind != event.kind)).then(distance(a).total_cmp(&distance(b)))
        });
        others.truncate(40);
        let chosen = self.merge_with.and_then(|id| corpus.event(id)).filter(|e| e.id != event.id);
        let label = |e: &Event| {
            let date = e.when.as_ref().map(|w| w.span.describe()).unwrap_or_else(|| "undated".into());
            format!("{} · {} · {date}", e.kind.as_str(), e.title)
        };
        egui::ComboBox::from_id_salt("merge-with")
            .selected_text(chosen.map(label).unwrap_or_else(|| "Merge with…".into()))
            .width(200.0)
            .show_ui(ui, |ui| {
                for other in others {
                    ui.selectable_value(&mut self.merge_with, Some(other.id), label(other));
                }
            })
            .response
            .on_hover_text("Another event that is the same real-world event");
        let chosen = self.merge_with.and_then(|id| corpus.event(id)).filter(|e| e.id != event.id)?;
        let other = Anchor::of_event(chosen)?;
        if ui.button("Merge").on_hover_text("These are the same real-world event").clicked() {
            self.merge_with = None;
            return Some(Correction::Merge { into: anchor, other });
        }
        None
    }
}

/// The read-only facts: when (and how it was worked out), who, where, status.
fn facts(ui: &mut egui::Ui, event: &Event) {
    egui::Grid::new("detail-grid").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
        ui.strong("When");
        match &event.when {
            Some(when) => {
                ui.vertical(|ui| {
                    ui.label(format!("{} ({})", when.span.describe(), when.span.value));
                    let how = match (&when.expression, when.anchor, when.approximate) {
                        (Some(expression), Some(anchor), _) => {
                            format!("from \"{expression}\", relative to {anchor}: {}", when.span.describe())
                        }
                        (Some(expression), None, _) => format!("from \"{expression}\""),
                        (None, Some(anchor), true) => {
                            format!(
                                "approximate: no date in the text; taken from the article's date {anchor}"
                            )
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
        ui.label(if event.participants.is_empty() {
            "—".to_owned()
        } else {
            event.participants.join(", ")
        });
        ui.end_row();
        ui.strong("Where");
        ui.label(event.location.clone().unwrap_or_else(|| "—".into()));
        ui.end_row();
        ui.strong("Status");
        ui.label(event.status.as_str());
        ui.end_row();
    });
}

/// The edit form; returns the correction when the user applies a change.
fn edit_form(
    ui: &mut egui::Ui,
    form: &mut Form,
    error: &mut Option<String>,
    event: &Event,
) -> Option<DetailAction> {
    let mut action = None;
    egui::Grid::new("edit-grid").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
        ui.strong("Kind");
        egui::ComboBox::from_id_salt("edit-kind")
            .selected_text(form.kind.as_str())
            .show_ui(ui, |ui| {
                for kind in EventKind::ALL {
                    ui.selectable_value(&mut form.kind, kind, kind.as_str());
                }
            })
            .response
            .on_hover_text("Kind");
        ui.end_row();
        ui.strong("Title");
        ui.add(egui::TextEdit::singleline(&mut form.title).desired_width(220.0));
        ui.end_row();
        ui.strong("When");
        ui.add(
            egui::TextEdit::singleline(&mut form.date)
                .hint_text("2017-04-07, 2017-04, 2017-W18, a..b; empty: undated")
                .desired_width(220.0),
        );
        ui.end_row();
        ui.strong("Who");
        ui.add(
            egui::TextEdit::singleline(&mut form.participants)
                .hint_text("comma-separated")
                .desired_width(220.0),
        );
        ui.end_row();
        ui.strong("Where");
        ui.add(egui::TextEdit::singleline(&mut form.location).desired_width(220.0));
        ui.end_row();
        ui.strong("Status");
        egui::ComboBox::from_id_salt("edit-status")
            .selected_text(form.status.as_str())
            .show_ui(ui, |ui| {
                for status in [
                    EventStatus::Happened,
                    EventStatus::Ongoing,
                    EventStatus::Planned,
                    EventStatus::Cancelled,
                    EventStatus::Unreal,
                ] {
                    ui.selectable_value(&mut form.status, status, status.as_str());
                }
            })
            .response
            .on_hover_text("Status");
        ui.end_row();
        ui.strong("Note");
        ui.add(egui::TextEdit::multiline(&mut form.note).desired_rows(2).desired_width(220.0));
        ui.end_row();
    });
    if let Some(message) = error.as_ref() {
        ui.colored_label(ui.visuals().error_fg_color, message);
    }
    ui.horizontal(|ui| {
        if ui.button("Apply").clicked() {
            match form.patch(event) {
                Ok(patch) if patch.is_empty() => action = Some(None),
                Ok(patch) => {
                    *error = None;
                    if let Some(anchor) = Anchor::of_event(event) {
                        action = Some(Some(DetailAction::Correct(Correction::Edit { event: anchor, patch })));
                    }
                }
                Err(message) => *error = Some(message),
            }
        }
        if ui.button("Cancel").clicked() {
            action = Some(None);
        }
    });
    // Some(None): close the form without a change.
    action.map(|a| {
        a.unwrap_or_else(|| {
            *error = None;
            DetailAction::Close
        })
    })
}
