//! The article text view: the focused article's text with the selected mention's sentence
//! highlighted and its trigger words marked, scrolled into view when the focus changes.
//! The text can be selected; a selection can become a new event (a correction).

use eframe::egui;
use egui::text::{CCursor, LayoutJob, TextFormat};

use super::Focus;
use crate::corpus::Corpus;
use crate::model::{ArticleId, EventKind};

pub struct ArticleView {
    /// Set when the focus changed: the next frame scrolls the highlight into view.
    pub scroll_pending: bool,
    /// The article shown when nothing is focused.
    pub shown: Option<ArticleId>,
    /// The selected text, as a byte range in the shown article.
    pub selection: Option<(ArticleId, usize, usize)>,
    /// The kind a new event from the selection gets.
    pub new_kind: EventKind,
}

impl Default for ArticleView {
    fn default() -> Self {
        ArticleView { scroll_pending: false, shown: None, selection: None, new_kind: EventKind::Meeting }
    }
}

/// A request from the article view: add an event for the selected text.
pub struct AddEvent {
    pub article: ArticleId,
    pub start: usize,
    pub end: usize,
    pub kind: EventKind,
}

impl ArticleView {
    pub fn ui(&mut self, ui: &mut egui::Ui, corpus: &Corpus, focus: Option<Focus>) -> Option<AddEvent> {
        let article_id =
            focus.map(|f| f.article).or(self.shown).or_else(|| corpus.articles().first().map(|a| a.id));
        let Some(article) = article_id.and_then(|id| corpus.article(id)) else {
            ui.label("No article open. Use File > Open…, drop files on the window, or pass paths on the command line.");
            return None;
        };
        self.shown = Some(article.id);
        let mut add = None;
        ui.horizontal(|ui| {
            ui.strong(&article.title);
            if let Some(source) = &article.source {
                ui.weak(format!("· {source}"));
            }
            let selection = self.selection.filter(|(a, s, e)| *a == article.id && s < e);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let button =
                    ui.add_enabled(selection.is_some(), egui::Button::new("Add event from selection"));
                let button =
                    button.on_hover_text("Select the words of an event the extractor missed, then add it");
                egui::ComboBox::from_id_salt("new-event-kind")
                    .selected_text(self.new_kind.as_str())
                    .show_ui(ui, |ui| {
                        for kind in EventKind::ALL {
                            ui.selectable_value(&mut self.new_kind, kind, kind.as_str());
                        }
                    })
                    .response
                    .on_hover_text("The kind of the new event");
                if button.clicked()
                    && let Some((article, start, end)) = selection
                {
                    add = Some(AddEvent { article, start, end, kind: self.new_kind });
                    self.selection = None;
                }
            });
        });
        let text = &article.text;
        let style = ui.style();
        let font = egui::TextStyle::Body.resolve(style);
        let color = ui.visuals().text_color();
        let highlight = ui.visuals().selection.bg_fill.gamma_multiply(0.6);
        let mut job = LayoutJob::default();
        let plain = TextFormat { font_id: font.clone(), color, ..Default::default() };
        let marked = TextFormat { background: highlight, ..plain.clone() };
        let trigger = TextFormat { underline: egui::Stroke::new(2.0, color), ..marked.clone() };
        let focus = focus
            .filter(|f| f.article == article.id && f.sentence.1 <= text.len() && f.trigger.1 <= text.len());
        match focus {
            Some(f) if text.is_char_boundary(f.sentence.0) && text.is_char_boundary(f.sentence.1) => {
                let (t0, t1) = if f.sentence.0 <= f.trigger.0 && f.trigger.1 <= f.sentence.1 {
                    f.trigger
                } else {
                    (f.sentence.0, f.sentence.0)
                };
                job.append(&text[..f.sentence.0], 0.0, plain.clone());
                job.append(&text[f.sentence.0..t0], 0.0, marked.clone());
                job.append(&text[t0..t1], 0.0, trigger);
                job.append(&text[t1..f.sentence.1], 0.0, marked);
                job.append(&text[f.sentence.1..], 0.0, plain);
            }
            _ => job.append(text, 0.0, plain),
        }
        egui::ScrollArea::vertical().id_salt("article-scroll").auto_shrink([false, false]).show(ui, |ui| {
            // A read-only text edit: selectable, drawn with our highlighting.
            let mut layouter = |ui: &egui::Ui, _text: &dyn egui::TextBuffer, wrap_width: f32| {
                let mut job = job.clone();
                job.wrap.max_width = wrap_width;
                ui.fonts_mut(|f| f.layout_job(job))
            };
            let mut shown: &str = text;
            let output = egui::TextEdit::multiline(&mut shown)
                .id_salt(("article-text", article.id))
                .frame(egui::Frame::NONE)
                .desired_width(f32::INFINITY)
                .layouter(&mut layouter)
                .show(ui);
            if let Some(range) = output.cursor_range
                && !range.is_empty()
            {
                let [a, b] = range.sorted_cursors();
                let byte = |chars: usize| text.char_indices().nth(chars).map_or(text.len(), |(i, _)| i);
                self.selection = Some((article.id, byte(a.index.0), byte(b.index.0)));
            }
            if self.scroll_pending
                && let Some(f) = focus
            {
                let chars = text[..f.sentence.0].chars().count();
                let at =
                    output.galley.pos_from_cursor(CCursor::new(chars)).translate(output.galley_pos.to_vec2());
                ui.scroll_to_rect(at.expand(30.0), Some(egui::Align::Center));
                self.scroll_pending = false;
            }
        });
        add
    }
}
