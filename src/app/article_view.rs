//! The article text view: the focused article's text with the selected mention's sentence
//! highlighted and its trigger words marked, scrolled into view when the focus changes.

use eframe::egui;
use egui::text::{CCursor, LayoutJob, TextFormat};

use super::Focus;
use crate::corpus::Corpus;
use crate::model::ArticleId;

#[derive(Default)]
pub struct ArticleView {
    /// Set when the focus changed: the next frame scrolls the highlight into view.
    pub scroll_pending: bool,
    /// The article shown when nothing is focused.
    pub shown: Option<ArticleId>,
}

impl ArticleView {
    pub fn ui(&mut self, ui: &mut egui::Ui, corpus: &Corpus, focus: Option<Focus>) {
        let article_id =
            focus.map(|f| f.article).or(self.shown).or_else(|| corpus.articles().first().map(|a| a.id));
        let Some(article) = article_id.and_then(|id| corpus.article(id)) else {
            ui.label("No article open. Use File > Open…, drop files on the window, or pass paths on the command line.");
            return;
        };
        self.shown = Some(article.id);
        ui.horizontal(|ui| {
            ui.strong(&article.title);
            if let Some(source) = &article.source {
                ui.weak(format!("· {source}"));
            }
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
        job.wrap.max_width = ui.available_width() - 16.0;
        egui::ScrollArea::vertical().id_salt("article-scroll").auto_shrink([false, false]).show(ui, |ui| {
            let galley = ui.fonts_mut(|f| f.layout_job(job));
            let (rect, _) = ui.allocate_exact_size(galley.size(), egui::Sense::hover());
            if self.scroll_pending
                && let Some(f) = focus
            {
                let chars = text[..f.sentence.0].chars().count();
                let at = galley.pos_from_cursor(CCursor::new(chars)).translate(rect.min.to_vec2());
                ui.scroll_to_rect(at.expand(30.0), Some(egui::Align::Center));
                self.scroll_pending = false;
            }
            ui.painter().galley(rect.min, galley, color);
        });
    }
}
