//! Turning files into `Article`s: decoding bytes, reading front matter and metadata, and
//! refusing what is not an article (binary files, oversized files) with a message a user can
//! act on.
//!
//! Not for: finding events or dates in the text (that is `extract` and `timex`). Ingest only
//! finds the *reference date* when the file states it as metadata.

mod front_matter;

use std::path::{Path, PathBuf};

use crate::model::{Article, ArticleId};

pub use front_matter::parse_front_matter;

/// Files larger than this are refused before they are read whole.
pub const DEFAULT_SIZE_LIMIT: u64 = 50 * 1024 * 1024;

/// Why a file could not be opened as an article. Every message names the file and says why
/// in words a user understands.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("could not read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path} is {size} bytes, over the {limit}-byte limit for one article")]
    TooLarge { path: PathBuf, size: u64, limit: u64 },
    #[error("{path} looks like a binary file ({why}), not an article")]
    Binary { path: PathBuf, why: String },
    #[error("could not decode {path} as text: {why}")]
    Undecodable { path: PathBuf, why: String },
    #[error("{path} is a folder; open it with File > Open Folder or pass its files")]
    IsDirectory { path: PathBuf },
    #[error("{path}: {why}")]
    Malformed { path: PathBuf, why: String },
}

/// Options for reading files.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub size_limit: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { size_limit: DEFAULT_SIZE_LIMIT }
    }
}

/// Reads one file into the articles it holds (a feed holds many; most files hold one).
/// Article ids are left at 0: the `Corpus` assigns them when the articles are added.
pub fn load_path(path: &Path, options: &IngestOptions) -> Result<Vec<Article>, IngestError> {
    let meta = std::fs::metadata(path).map_err(|source| IngestError::Io { path: path.to_owned(), source })?;
    if meta.is_dir() {
        return Err(IngestError::IsDirectory { path: path.to_owned() });
    }
    if meta.len() > options.size_limit {
        return Err(IngestError::TooLarge {
            path: path.to_owned(),
            size: meta.len(),
            limit: options.size_limit,
        });
    }
    let bytes = std::fs::read(path).map_err(|source| IngestError::Io { path: path.to_owned(), source })?;
    load_bytes(path, &bytes)
}

/// Reads an in-memory file, choosing the reader by the file name's extension.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Result<Vec<Article>, IngestError> {
    let text = decode_text(path, bytes)?;
    if crate::eval::is_timeml(path) {
        let mut article = crate::timeml::read_article(&text).map_err(|why| IngestError::Malformed {
            path: path.to_owned(),
            why: format!("not a TimeML document: {why}"),
        })?;
        article.path = Some(path.to_owned());
        article.encoding = Some("UTF-8".to_owned());
        return Ok(vec![article]);
    }
    let fallback_title = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut article = parse_front_matter(&text, &fallback_title);
    article.path = Some(path.to_owned());
    article.encoding = Some("UTF-8".to_owned());
    Ok(vec![article])
}

/// Decodes a text file's bytes. (The ingest issue widens this to every common encoding.)
pub fn decode_text(path: &Path, bytes: &[u8]) -> Result<String, IngestError> {
    if bytes.contains(&0) {
        return Err(IngestError::Binary { path: path.to_owned(), why: "it contains NUL bytes".into() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8(bytes.to_vec())
        .map_err(|e| IngestError::Undecodable { path: path.to_owned(), why: e.to_string() })
}

/// The embedded sample article, ready to open.
pub fn sample_article() -> Article {
    let mut article = parse_front_matter(crate::SAMPLE_ARTICLE, "sample");
    article.id = ArticleId(0);
    article.path = Some(PathBuf::from(crate::SAMPLE_NAME));
    article
}
