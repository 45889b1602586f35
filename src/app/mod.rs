//! The desktop app: draws a `Corpus` and lets the user explore it. Every panel is a struct
//! with one `ui` method; heavy work never happens inside a frame.

use std::path::PathBuf;

use eframe::egui;

use crate::corpus::Corpus;
use crate::ingest;

/// The application state.
pub struct ChronicleApp {
    pub corpus: Corpus,
}

impl ChronicleApp {
    /// Opens the given paths, or the embedded sample when there are none.
    pub fn new(paths: Vec<PathBuf>) -> ChronicleApp {
        let mut corpus = Corpus::new();
        if paths.is_empty() {
            corpus.add([ingest::sample_article()]);
        } else {
            let options = ingest::IngestOptions::default();
            for path in paths {
                if let Ok(articles) = ingest::load_path(&path, &options) {
                    corpus.add(articles);
                }
            }
        }
        ChronicleApp { corpus }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) {
        egui::CentralPanel::default().show(ui, |ui| {
            for article in self.corpus.articles() {
                ui.heading(&article.title);
            }
        });
    }
}

impl eframe::App for ChronicleApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ChronicleApp::ui(self, ui);
    }
}

/// Opens the window and runs until it is closed.
pub fn run(paths: Vec<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions::default();
    eframe::run_native("Chronicle", options, Box::new(|_cc| Ok(Box::new(ChronicleApp::new(paths)))))
}
