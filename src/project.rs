//! Projects: a person's work, saved. A project file is self-contained JSON holding the
//! articles (their full text), reference-date overrides (an article's reference date with
//! source "user"), every correction, and the view (lanes, filters, visible range).
//! Events are not stored: they are extracted again on load and the corrections replayed,
//! so a better extractor improves old projects without losing a single edit.
//!
//! Files are written atomically (a temporary file beside the target, synced, then renamed
//! over it), so a crash mid-save leaves the old file whole. A damaged file or one from a
//! newer Chronicle is refused with a clear error, and never written over by the load.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::corrections::{Anchor, Correction};
use crate::filter::Filter;
use crate::model::{Article, EventKind};
use crate::timeline::LaneMode;

/// The `format` field every project file starts with.
pub const FORMAT: &str = "chronicle-project";
/// The newest format version this build reads and the one it writes.
pub const VERSION: u32 = 1;
/// The file extension the app suggests.
pub const EXTENSION: &str = "chronicle";
/// Larger files are refused before being read (a project holds article text, not media).
const MAX_PROJECT_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// What the user was looking at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ViewState {
    #[serde(default)]
    pub lanes: LaneMode,
    #[serde(default)]
    pub hidden_kinds: Vec<EventKind>,
    #[serde(default)]
    pub filter: Filter,
    /// The visible time range, in days since 1970-01-01.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible: Option<(f64, f64)>,
    /// The selected event, by one of its mentions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected: Option<Anchor>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub search: String,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            lanes: LaneMode::Kind,
            hidden_kinds: vec![EventKind::Other],
            filter: Filter::default(),
            visible: None,
            selected: None,
            search: String::new(),
        }
    }
}

/// A saved project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub format: String,
    pub version: u32,
    pub articles: Vec<Article>,
    #[serde(default)]
    pub corrections: Vec<Correction>,
    #[serde(default)]
    pub view: ViewState,
}

impl Project {
    pub fn new(articles: Vec<Article>, corrections: Vec<Correction>, view: ViewState) -> Project {
        Project { format: FORMAT.into(), version: VERSION, articles, corrections, view }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error("could not read {path}: {source}")]
    Read { path: PathBuf, source: io::Error },
    #[error("could not save {path}: {source}. The previous file, if any, is unchanged.")]
    Write { path: PathBuf, source: io::Error },
    #[error("{path} is damaged and cannot be opened ({detail}). It has not been changed.")]
    Damaged { path: PathBuf, detail: String },
    #[error("{path} is not a Chronicle project. It has not been changed.")]
    NotAProject { path: PathBuf },
    #[error(
        "{path} was saved by a newer Chronicle (project format {found}; this version reads up to {VERSION}). Update Chronicle to open it; the file has not been changed."
    )]
    Newer { path: PathBuf, found: u32 },
    #[error("{path} is too large to be a project ({size} bytes)")]
    TooLarge { path: PathBuf, size: u64 },
}

/// Just enough of a file to tell whether (and which version of) a project it is.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

/// Reads a project from JSON text; `path` only names it in errors.
pub fn from_json(text: &str, path: &Path) -> Result<Project, ProjectError> {
    let damaged =
        |e: serde_json::Error| ProjectError::Damaged { path: path.to_owned(), detail: e.to_string() };
    let header: Header = serde_json::from_str(text).map_err(damaged)?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(ProjectError::NotAProject { path: path.to_owned() });
    }
    let version = header
        .version
        .ok_or_else(|| ProjectError::Damaged { path: path.to_owned(), detail: "no format version".into() })?;
    if version > VERSION {
        return Err(ProjectError::Newer { path: path.to_owned(), found: version });
    }
    serde_json::from_str(text).map_err(damaged)
}

/// Reads a project file.
pub fn load(path: &Path) -> Result<Project, ProjectError> {
    let read = |source| ProjectError::Read { path: path.to_owned(), source };
    let size = fs::metadata(path).map_err(read)?.len();
    if size > MAX_PROJECT_BYTES {
        return Err(ProjectError::TooLarge { path: path.to_owned(), size });
    }
    let bytes = fs::read(path).map_err(read)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| ProjectError::Damaged { path: path.to_owned(), detail: "not UTF-8 text".into() })?;
    from_json(&text, path)
}

/// The project as the JSON saved to disk.
pub fn to_json(project: &Project) -> String {
    // Serialising plain data to a string cannot fail; the fallback is unreachable.
    serde_json::to_string_pretty(project).unwrap_or_default()
}

/// Saves a project atomically.
pub fn save(project: &Project, path: &Path) -> Result<(), ProjectError> {
    let json = to_json(project);
    write_atomically(path, |file| file.write_all(json.as_bytes()))
        .map_err(|source| ProjectError::Write { path: path.to_owned(), source })
}

/// Writes a file by letting `write` fill a temporary file beside it, syncing it, and
/// renaming it over `path`. If `write` fails (or the process dies) the old file is intact and
/// the temporary file is removed (or, after a crash, left beside it under a hidden name).
pub fn write_atomically(path: &Path, write: impl FnOnce(&mut fs::File) -> io::Result<()>) -> io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "project".into());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temp)?;
        write(&mut file)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Where the app keeps autosaves and settings: `$CHRONICLE_DATA_DIR`, else the platform's
/// per-user data folder.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CHRONICLE_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    if cfg!(windows) {
        return std::env::var_os("APPDATA").map(|d| PathBuf::from(d).join("Chronicle"));
    }
    if cfg!(target_os = "macos") {
        return std::env::var_os("HOME")
            .map(|h| PathBuf::from(h).join("Library/Application Support/Chronicle"));
    }
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .map(|d| d.join("chronicle"))
}

/// The autosave file in a data folder.
pub fn autosave_path(data_dir: &Path) -> PathBuf {
    data_dir.join("autosave.chronicle")
}

/// An autosave: the project plus the file it belongs to, if it had been saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Autosave {
    pub saved_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_path: Option<PathBuf>,
    pub project: Project,
}

/// Writes an autosave atomically, creating the data folder if needed.
pub fn write_autosave(data_dir: &Path, autosave: &Autosave) -> io::Result<()> {
    fs::create_dir_all(data_dir)?;
    let json = serde_json::to_string(autosave).unwrap_or_default();
    write_atomically(&autosave_path(data_dir), |file| file.write_all(json.as_bytes()))
}

/// The autosave left by a session that did not close cleanly, if any. A damaged autosave
/// is reported as an error rather than deleted, so nothing is lost by accident.
pub fn read_autosave(data_dir: &Path) -> Result<Option<Autosave>, ProjectError> {
    let path = autosave_path(data_dir);
    if !path.exists() {
        return Ok(None);
    }
    let text =
        fs::read_to_string(&path).map_err(|source| ProjectError::Read { path: path.clone(), source })?;
    let autosave: Autosave = serde_json::from_str(&text)
        .map_err(|e| ProjectError::Damaged { path: path.clone(), detail: e.to_string() })?;
    if autosave.project.version > VERSION {
        return Err(ProjectError::Newer { path, found: autosave.project.version });
    }
    Ok(Some(autosave))
}

/// Removes the autosave (after a clean exit or an explicit save).
pub fn clear_autosave(data_dir: &Path) {
    let _ = fs::remove_file(autosave_path(data_dir));
}
