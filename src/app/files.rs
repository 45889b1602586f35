//! What the app reads and writes: the file tasks behind the File menu (open articles or a
//! project, save, export), the native dialogs for them (on a background thread, so the
//! window keeps drawing), and the writers, which all go through the core's atomic write.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use eframe::egui;

use crate::corpus::Corpus;
use crate::export;
use crate::project::{self, write_atomically};

/// An export format of the File > Export menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Json,
    TimelineJs,
    Csv,
    Ics,
    Png,
    TimeMl,
}

impl ExportKind {
    pub const ALL: [ExportKind; 6] = [
        ExportKind::Json,
        ExportKind::TimelineJs,
        ExportKind::Csv,
        ExportKind::Ics,
        ExportKind::Png,
        ExportKind::TimeMl,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ExportKind::Json => "JSON (chronicle extract format)…",
            ExportKind::TimelineJs => "TimelineJS3 JSON…",
            ExportKind::Csv => "CSV…",
            ExportKind::Ics => "iCalendar (.ics)…",
            ExportKind::Png => "PNG of the timeline view…",
            ExportKind::TimeMl => "TimeML, one file per article…",
        }
    }

    /// The suggested file name; TimeML goes to a folder.
    pub fn default_name(self) -> &'static str {
        match self {
            ExportKind::Json => "chronicle.json",
            ExportKind::TimelineJs => "timeline.json",
            ExportKind::Csv => "events.csv",
            ExportKind::Ics => "events.ics",
            ExportKind::Png => "timeline.png",
            ExportKind::TimeMl => "",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            ExportKind::Json | ExportKind::TimelineJs => "json",
            ExportKind::Csv => "csv",
            ExportKind::Ics => "ics",
            ExportKind::Png => "png",
            ExportKind::TimeMl => "tml",
        }
    }
}

/// Something the user asked to open or save, waiting for a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileTask {
    OpenArticles,
    OpenFolder,
    OpenProject,
    SaveProject,
    Export(ExportKind),
}

impl FileTask {
    /// True when the task picks a folder rather than files.
    pub fn folder(self) -> bool {
        matches!(self, FileTask::OpenFolder | FileTask::Export(ExportKind::TimeMl))
    }

    /// True when the task writes a new file (a save dialog, not an open dialog).
    pub fn saves(self) -> bool {
        match self {
            FileTask::SaveProject => true,
            FileTask::Export(kind) => kind != ExportKind::TimeMl,
            _ => false,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            FileTask::OpenArticles => "Open articles",
            FileTask::OpenFolder => "Open a folder of articles",
            FileTask::OpenProject => "Open project",
            FileTask::SaveProject => "Save project as",
            FileTask::Export(ExportKind::TimeMl) => "Export TimeML into folder",
            FileTask::Export(_) => "Export",
        }
    }

    pub fn default_name(self) -> &'static str {
        match self {
            FileTask::SaveProject => "timeline.chronicle",
            FileTask::Export(kind) => kind.default_name(),
            _ => "",
        }
    }

    /// Runs the native dialog for this task (blocking: call it off the UI thread).
    pub fn native_dialog(self) -> Option<Vec<PathBuf>> {
        let dialog = rfd::FileDialog::new().set_title(self.title());
        match self {
            FileTask::OpenArticles => dialog
                .add_filter("Articles, web pages, feeds, PDFs", ingest_extensions().as_slice())
                .add_filter("All files", &["*"])
                .pick_files(),
            FileTask::OpenFolder | FileTask::Export(ExportKind::TimeMl) => {
                dialog.pick_folder().map(|f| vec![f])
            }
            FileTask::OpenProject => dialog
                .add_filter("Chronicle project", &[project::EXTENSION])
                .add_filter("All files", &["*"])
                .pick_file()
                .map(|f| vec![f]),
            FileTask::SaveProject => dialog
                .add_filter("Chronicle project", &[project::EXTENSION])
                .set_file_name(self.default_name())
                .save_file()
                .map(|f| vec![f]),
            FileTask::Export(kind) => dialog
                .add_filter(kind.extension(), &[kind.extension()])
                .set_file_name(self.default_name())
                .save_file()
                .map(|f| vec![f]),
        }
    }
}

/// Writes an export of `corpus` (every format but PNG, which needs the rendered view).
/// Returns what was written, in words.
pub fn write_export(corpus: &Corpus, kind: ExportKind, path: &Path) -> Result<String, String> {
    let fail = |e: std::io::Error| format!("could not write {}: {e}", path.display());
    let text = match kind {
        ExportKind::Json => {
            serde_json::to_string_pretty(&export::json::CorpusDocument(corpus)).map_err(|e| e.to_string())?
        }
        ExportKind::TimelineJs => serde_json::to_string_pretty(&export::timelinejs::to_timelinejs(corpus))
            .map_err(|e| e.to_string())?,
        ExportKind::Csv => export::csv::to_csv(corpus),
        ExportKind::Ics => export::ics::to_ics(corpus, jiff::Timestamp::now()),
        ExportKind::TimeMl => return write_timeml(corpus, path),
        ExportKind::Png => return Err("a PNG is taken from the window".into()),
    };
    write_atomically(path, |file| file.write_all(text.as_bytes())).map_err(fail)?;
    Ok(format!("Exported {} events to {}", corpus.events().len(), path.display()))
}

/// One TimeML file per article in `folder`, named after the article.
fn write_timeml(corpus: &Corpus, folder: &Path) -> Result<String, String> {
    std::fs::create_dir_all(folder).map_err(|e| format!("could not create {}: {e}", folder.display()))?;
    let mut used = std::collections::HashSet::new();
    for article in corpus.articles() {
        let timexes = corpus.analysis(article.id).map(|a| a.timexes.as_slice()).unwrap_or_default();
        let stem = article
            .path
            .as_ref()
            .and_then(|p| p.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| article.title.chars().filter(|c| c.is_alphanumeric() || *c == ' ').collect());
        let stem =
            if stem.trim().is_empty() { format!("article-{}", article.id.0) } else { stem.trim().to_owned() };
        let mut name = format!("{stem}.tml");
        let mut n = 2;
        while !used.insert(name.clone()) {
            name = format!("{stem}-{n}.tml");
            n += 1;
        }
        let target = folder.join(&name);
        let xml = crate::timeml::article_document(article, timexes);
        write_atomically(&target, |file| file.write_all(xml.as_bytes()))
            .map_err(|e| format!("could not write {}: {e}", target.display()))?;
    }
    Ok(format!("Exported {} TimeML files to {}", corpus.articles().len(), folder.display()))
}

/// Encodes an RGBA image as PNG.
pub fn encode_png(image: &egui::ColorImage) -> Result<Vec<u8>, String> {
    let [width, height] = image.size;
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, width as u32, height as u32);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        let data: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
        writer.write_image_data(&data).map_err(|e| e.to_string())?;
    }
    Ok(bytes)
}

/// Crops a window screenshot to `rect` (in points) and writes it as PNG.
pub fn write_png(
    image: &Arc<egui::ColorImage>,
    rect: egui::Rect,
    pixels_per_point: f32,
    path: &Path,
) -> Result<String, String> {
    let cropped = image.region(&rect, Some(pixels_per_point));
    let bytes = encode_png(&cropped)?;
    write_atomically(path, |file| file.write_all(&bytes))
        .map_err(|e| format!("could not write {}: {e}", path.display()))?;
    Ok(format!(
        "Saved the timeline view ({}×{} pixels) to {}",
        cropped.size[0],
        cropped.size[1],
        path.display()
    ))
}

/// The extensions the open dialog offers: what ingest reads, in both cases (some desktop
/// dialogs match case-sensitively: "TE3input", "PDF").
fn ingest_extensions() -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for ext in crate::ingest::EXTENSIONS {
        all.push((*ext).to_owned());
        all.push(ext.to_ascii_uppercase());
    }
    all.push("TE3input".to_owned());
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_export_is_a_valid_png_of_the_region() {
        let mut image = egui::ColorImage::filled([40, 30], egui::Color32::WHITE);
        image.pixels[0] = egui::Color32::RED;
        let tmp = tempfile::Builder::new().prefix("chronicle-png-").tempdir().expect("temp dir");
        let dir = tmp.path().to_path_buf();
        let path = dir.join("view.png");
        let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(20.0, 15.0));
        let message = write_png(&Arc::new(image), rect, 1.0, &path).unwrap();
        assert!(message.contains("20×15"), "{message}");
        let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&path).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buffer).unwrap();
        assert_eq!((info.width, info.height), (20, 15));
        assert_eq!(&buffer[..4], &[255, 0, 0, 255], "top-left pixel is the red one");
    }

    #[test]
    fn every_text_export_writes_its_file() {
        let mut corpus = Corpus::new();
        corpus.add([crate::ingest::sample_article()]);
        let tmp = tempfile::Builder::new().prefix("chronicle-exports-").tempdir().expect("temp dir");
        let dir = tmp.path().to_path_buf();
        for kind in ExportKind::ALL.into_iter().filter(|k| *k != ExportKind::Png) {
            let path = dir.join(if kind == ExportKind::TimeMl {
                "tml".into()
            } else {
                kind.default_name().to_owned()
            });
            write_export(&corpus, kind, &path).unwrap();
            assert!(path.exists(), "{kind:?}");
        }
        let tml = std::fs::read_dir(dir.join("tml")).unwrap().count();
        assert_eq!(tml, 1);
    }
}
