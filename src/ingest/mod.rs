//! Turning files into `Article`s: decoding bytes, reading front matter and metadata, and
//! refusing what is not an article (binary files, oversized files) with a message a user can
//! act on.
//!
//! Not for: finding events or dates in the text (that is `extract` and `timex`). Ingest only
//! finds the *reference date* when the file states it as metadata.

mod front_matter;

use std::path::{Path, PathBuf};

use crate::model::{Article, ArticleId, ReferenceDate, ReferenceSource};

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
    #[error("{path} is a folder; open it with File > Open Folder")]
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
    let Decoded { text, encoding } = decode(path, bytes)?;
    if crate::eval::is_timeml(path) {
        let mut article = crate::timeml::read_article(&text).map_err(|why| IngestError::Malformed {
            path: path.to_owned(),
            why: format!("not a TimeML document: {why}"),
        })?;
        article.path = Some(path.to_owned());
        article.encoding = Some(encoding.to_owned());
        return Ok(vec![article]);
    }
    let fallback_title = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut article = parse_front_matter(&text, &fallback_title);
    if article.reference.is_none() {
        article.reference = crate::timex::find_dateline(&article.text)
            .map(|date| ReferenceDate { date, source: ReferenceSource::Text });
    }
    article.path = Some(path.to_owned());
    article.encoding = Some(encoding.to_owned());
    Ok(vec![article])
}

/// A decoded text and the name of the encoding it was read as.
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decodes a text file's bytes: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise
/// valid UTF-8 is UTF-8, and anything else is detected with `chardetng` among the legacy
/// single-byte and CJK encodings. Binary files (NUL bytes outside UTF-16, image and
/// executable signatures) are refused.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<Decoded, IngestError> {
    if let Some((encoding, bom_length)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        if had_errors && encoding != encoding_rs::UTF_8 {
            return Err(IngestError::Undecodable {
                path: path.to_owned(),
                why: format!("it is not valid {}", encoding.name()),
            });
        }
        return Ok(Decoded { text: text.into_owned(), encoding: encoding.name() });
    }
    if let Some(why) = binary_signature(bytes) {
        return Err(IngestError::Binary { path: path.to_owned(), why: why.to_owned() });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded { text: text.to_owned(), encoding: "UTF-8" });
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors {
        return Err(IngestError::Undecodable {
            path: path.to_owned(),
            why: "it is not UTF-8 and no single-byte encoding fits it".into(),
        });
    }
    Ok(Decoded { text: text.into_owned(), encoding: encoding.name() })
}

/// Why the bytes look like a binary file, if they do.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG", "it is a PNG image"),
        (b"\xFF\xD8\xFF", "it is a JPEG image"),
        (b"GIF8", "it is a GIF image"),
        (b"%PDF", "it is a PDF; Chronicle reads text, Markdown, HTML-free text and TimeML"),
        (b"PK\x03\x04", "it is a ZIP archive (or an office document)"),
        (b"\x7FELF", "it is an executable program"),
        (b"MZ", "it is a Windows executable"),
    ];
    if let Some((_, why)) = SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(why);
    }
    let head = &bytes[..bytes.len().min(8192)];
    head.contains(&0).then_some("it contains NUL bytes")
}

/// Decodes a text file's bytes (see `decode`), keeping only the text.
pub fn decode_text(path: &Path, bytes: &[u8]) -> Result<String, IngestError> {
    decode(path, bytes).map(|d| d.text)
}

/// Every file under `folder` (recursively, in name order) that Chronicle can read, skipping
/// hidden files and folders.
pub fn supported_files(folder: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
        // Symlink loops and absurd depths end here rather than never.
        if depth > 32 {
            return;
        }
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut children: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        children.sort();
        for child in children {
            let hidden = child.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                continue;
            }
            if child.is_dir() {
                walk(&child, depth + 1, out);
            } else if is_supported(&child) {
                out.push(child);
            }
        }
    }
    let mut out = Vec::new();
    walk(folder, 0, &mut out);
    out
}

/// The file kinds Chronicle reads, by extension.
pub fn is_supported(path: &Path) -> bool {
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    matches!(extension.as_deref(), Some("txt" | "md" | "markdown" | "text" | "tml" | "te3input"))
}

/// The embedded sample article, ready to open.
pub fn sample_article() -> Article {
    let mut article = parse_front_matter(crate::SAMPLE_ARTICLE, "sample");
    article.id = ArticleId(0);
    article.path = Some(PathBuf::from(crate::SAMPLE_NAME));
    article
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8]) -> (String, &'static str) {
        let d = decode(Path::new("x.txt"), bytes).expect("decodes");
        (d.text, d.encoding)
    }

    #[test]
    fn every_common_encoding() {
        assert_eq!(decoded(b"caf\xC3\xA9"), ("café".into(), "UTF-8"));
        assert_eq!(decoded(b"\xEF\xBB\xBFcaf\xC3\xA9"), ("café".into(), "UTF-8"));
        assert_eq!(decoded(b"\xFF\xFEc\x00a\x00f\x00\xE9\x00"), ("café".into(), "UTF-16LE"));
        assert_eq!(decoded(b"\xFE\xFF\x00c\x00a\x00f\x00\xE9"), ("café".into(), "UTF-16BE"));
        let (text, encoding) = decoded(b"Le caf\xE9 de la gare \x96 un r\xE9sum\xE9 na\xEFf.");
        assert!(text.contains("café") && text.contains("résumé"), "{text}");
        assert_eq!(encoding, "windows-1252");
    }

    #[test]
    fn binary_files_are_refused_with_a_reason() {
        for bytes in [&b"\x89PNG\r\n\x1a\n...."[..], b"\x7FELF\x02\x01", b"text\x00with nul"] {
            let error = decode(Path::new("x.bin"), bytes).err().expect("refused");
            assert!(error.to_string().contains("x.bin"), "{error}");
        }
    }

    #[test]
    fn a_folder_lists_supported_files_recursively() {
        let dir = std::env::temp_dir().join(format!("chronicle-folder-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub/.hidden")).expect("dirs");
        for f in ["a.txt", "b.jpg", "sub/c.md", "sub/.hidden/d.txt"] {
            std::fs::write(dir.join(f), "x").expect("write");
        }
        let files = supported_files(&dir);
        let names: Vec<String> =
            files.iter().map(|p| p.strip_prefix(&dir).expect("under").display().to_string()).collect();
        assert_eq!(names, vec!["a.txt", "sub/c.md"]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
