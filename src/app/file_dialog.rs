//! Chronicle's own file browser: the fallback when the system file dialog cannot open (a
//! bare Linux session without a desktop portal). A folder listing and a path field; for
//! saving, a file name; for folder tasks, "choose this folder".

use std::path::{Path, PathBuf};

use eframe::egui;

use super::files::FileTask;

pub struct FileBrowser {
    pub open: bool,
    pub task: FileTask,
    folder: Option<PathBuf>,
    entries: Vec<(PathBuf, bool)>,
    listed_for: Option<PathBuf>,
    typed: String,
    chosen: Vec<PathBuf>,
    error: Option<String>,
}

impl Default for FileBrowser {
    fn default() -> Self {
        FileBrowser {
            open: false,
            task: FileTask::OpenArticles,
            folder: None,
            entries: Vec::new(),
            listed_for: None,
            typed: String::new(),
            chosen: Vec::new(),
            error: None,
        }
    }
}

impl FileBrowser {
    /// Opens the browser for a task.
    pub fn show_for(&mut self, task: FileTask) {
        self.open = true;
        self.task = task;
        self.chosen.clear();
        self.typed = task.default_name().to_owned();
    }

    /// Shows the browser window when open; returns the task and the paths the user chose.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<(FileTask, Vec<PathBuf>)> {
        if !self.open {
            return None;
        }
        let folder = self
            .folder
            .clone()
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        if self.listed_for.as_ref() != Some(&folder) {
            self.list(&folder);
        }
        let mut result = None;
        let mut open = self.open;
        let task = self.task;
        egui::Window::new(task.title())
            .id(egui::Id::unique("file-browser"))
            .open(&mut open)
            .default_size([520.0, 420.0])
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    if ui.button("Up one folder").clicked()
                        && let Some(parent) = folder.parent()
                    {
                        self.folder = Some(parent.to_owned());
                    }
                    ui.monospace(folder.display().to_string());
                });
                if let Some(error) = &self.error {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
                egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
                    for (path, is_dir) in self.entries.clone() {
                        let name =
                            path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                        if is_dir {
                            if ui.selectable_label(false, format!("{name}/")).clicked() {
                                self.folder = Some(path);
                            }
                        } else if task.saves() {
                            if ui.selectable_label(false, name.clone()).clicked() {
                                self.typed = name;
                            }
                        } else if !task.folder() {
                            let chosen = self.chosen.contains(&path);
                            if ui.selectable_label(chosen, name.clone()).clicked() {
                                if chosen {
                                    self.chosen.retain(|p| p != &path);
                                } else {
                                    self.chosen.push(path);
                                }
                            }
                        }
                    }
                });
                if task.saves() {
                    ui.horizontal(|ui| {
                        ui.label("File name:");
                        ui.add(egui::TextEdit::singleline(&mut self.typed).desired_width(300.0));
                    });
                    ui.horizontal(|ui| {
                        if ui.button("Save here").clicked() && !self.typed.trim().is_empty() {
                            result = Some((task, vec![folder.join(self.typed.trim())]));
                            self.open = false;
                        }
                        if ui.button("Cancel").clicked() {
                            self.open = false;
                        }
                    });
                    return;
                }
                if task.folder() {
                    ui.horizontal(|ui| {
                        if ui.button("Choose this folder").clicked() {
                            result = Some((task, vec![folder.clone()]));
                            self.open = false;
                        }
                        if ui.button("Cancel").clicked() {
                            self.open = false;
                        }
                    });
                    return;
                }
                ui.horizontal(|ui| {
                    ui.label("Or a path:");
                    ui.add(
                        egui::TextEdit::singleline(&mut self.typed)
                            .hint_text("/path/to/article.txt")
                            .desired_width(300.0),
                    );
                });
                ui.horizontal(|ui| {
                    let label = format!(
                        "Open {} file(s)",
                        self.chosen.len() + usize::from(!self.typed.trim().is_empty())
                    );
                    if ui.button(label).clicked() {
                        let mut paths = std::mem::take(&mut self.chosen);
                        if !self.typed.trim().is_empty() {
                            paths.push(PathBuf::from(self.typed.trim()));
                            self.typed.clear();
                        }
                        if !paths.is_empty() {
                            result = Some((task, paths));
                            self.open = false;
                        }
                    }
                    if ui.button("Cancel").clicked() {
                        self.open = false;
                    }
                });
            });
        self.open &= open;
        result
    }

    fn list(&mut self, folder: &Path) {
        self.listed_for = Some(folder.to_owned());
        self.entries.clear();
        self.error = None;
        match std::fs::read_dir(folder) {
            Ok(entries) => {
                let mut list: Vec<(PathBuf, bool)> =
                    entries.flatten().map(|e| (e.path(), e.file_type().is_ok_and(|t| t.is_dir()))).collect();
                list.retain(|(p, _)| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')));
                list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                self.entries = list;
            }
            Err(error) => self.error = Some(format!("could not list {}: {error}", folder.display())),
        }
    }
}
