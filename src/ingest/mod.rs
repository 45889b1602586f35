//! Turning files into `Article`s: decoding bytes, reading front matter and metadata, and
//! refusing what is not an article (binary files, oversized files) with a message a user can
//! act on.
//!
//! Not for: finding events or dates in the text (that is `extract` and `timex`). Ingest only
//! finds the *reference date* when the file states it as metadata.
//!
//! Readers by extension: text and Markdown (`front_matter`), saved web pages (`html`), feeds
//! (`feed`), TimeML (`crate::timeml`), PDF text layers (`pdf`). Folders are walked by
//! `load_folder`; `Loader` does all of it on a background thread for the app.

mod feed;
mod front_matter;
mod html;
mod loader;
mod pdf;

use std::path::{Path, PathBuf};

use crate::model::{Article, ArticleId, ReferenceDate, ReferenceSource};

pub use front_matter::parse_front_matter;
pub use loader::{CancelHandle, Loader, Progress};

/// Files larger than this are refused before they are read whole.
pub const DEFAULT_SIZE_LIMIT: u64 = 50 * 1024 * 1024;

/// Why a file could not be opened as an article. Every message names the file and says why
/// in words a user understands.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("could not read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path} is {}, over the {} limit for one file", human_size(*size), human_size(*limit))]
    TooLarge { path: PathBuf, size: u64, limit: u64 },
    #[error("{path} looks like a binary file ({why}), not an article")]
    Binary { path: PathBuf, why: String },
    #[error("could not decode {path} as text: {why}")]
    Undecodable { path: PathBuf, why: String },
    #[error("{path} is a folder; open it with File > Open Folder or pass its files")]
    IsDirectory { path: PathBuf },
    #[error("{path}: {why}")]
    Malformed { path: PathBuf, why: String },
    #[error("{path}: {why}")]
    Unsupported { path: PathBuf, why: String },
    #[error("{path} could not be read because of a bug in Chronicle ({why}); please report it")]
    Bug { path: PathBuf, why: String },
}

impl IngestError {
    /// The failure of a reader that panicked on `path` (a bug; the file is refused, nothing
    /// else is affected).
    pub(crate) fn from_panic(path: &Path, panic: &(dyn std::any::Any + Send)) -> IngestError {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".into());
        IngestError::Bug { path: path.to_owned(), why }
    }
}

/// "2.2 MB", "900 KB", "12 bytes": sizes as a user reads them (powers of 1024, like the
/// limit is given).
fn human_size(bytes: u64) -> String {
    const UNITS: [(u64, &str); 3] = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")];
    match UNITS.iter().find(|(scale, _)| bytes >= *scale) {
        Some((scale, unit)) if bytes.is_multiple_of(*scale) => format!("{} {unit}", bytes / scale),
        Some((scale, unit)) => format!("{:.1} {unit}", bytes as f64 / *scale as f64),
        None => format!("{bytes} bytes"),
    }
}

/// Options for reading files.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Files over this many bytes are refused before they are read.
    pub size_limit: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { size_limit: DEFAULT_SIZE_LIMIT }
    }
}

/// The kinds of file Chronicle reads, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Html,
    Feed,
    TimeMl,
    Pdf,
}

/// Every file extension Chronicle reads (lower case), for open dialogs' filters.
pub const EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "rss", "atom", "xml", "json", "tml", "te3input",
    "pdf",
];

fn kind_of(path: &Path) -> Option<Kind> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "txt" | "text" | "md" | "markdown" => Some(Kind::Text),
        "html" | "htm" | "xhtml" => Some(Kind::Html),
        "rss" | "atom" | "xml" | "json" => Some(Kind::Feed),
        "tml" | "te3input" => Some(Kind::TimeMl),
        "pdf" => Some(Kind::Pdf),
        _ => None,
    }
}

/// Whether `load_folder` picks this file up.
pub fn is_supported(path: &Path) -> bool {
    kind_of(path).is_some()
}

/// Reads one file into the articles it holds (a feed holds many; most files hold one).
/// Article ids are left at 0: the `Corpus` assigns them when the articles are added.
/// The size limit is checked from the file's metadata, before anything is read.
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
    let bytes = read_limited(path, options.size_limit, meta.len())?;
    load_owned(path, bytes)
}

/// Reads at most `limit + 1` bytes, so a file that grows after `metadata` (or a device that
/// never ends) is still refused instead of filling memory.
/// `expected` is the size the metadata gave: room for it (and the byte that would show the
/// file grew) is made at once, instead of growing the buffer from nothing by doubling.
fn read_limited(path: &Path, limit: u64, expected: u64) -> Result<Vec<u8>, IngestError> {
    use std::io::Read;
    let io = |source| IngestError::Io { path: path.to_owned(), source };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(usize::try_from(expected.min(limit).saturating_add(1)).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(IngestError::TooLarge { path: path.to_owned(), size: bytes.len() as u64, limit });
    }
    Ok(bytes)
}

/// Reads an in-memory file, choosing the reader by the file name's extension (unknown
/// extensions are read as plain text).
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Result<Vec<Article>, IngestError> {
    let fallback_title = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let kind = kind_of(path).unwrap_or(Kind::Text);
    let (articles, encoding) = if kind == Kind::Pdf || bytes.starts_with(b"%PDF-") {
        let article = pdf::read_pdf(bytes, &fallback_title)
            .map_err(|why| IngestError::Unsupported { path: path.to_owned(), why })?;
        (vec![article], None)
    } else {
        let (text, encoding) = decode_with_name(path, bytes)?;
        (read_text(path, kind, text, &fallback_title)?, Some(encoding))
    };
    Ok(finish_articles(path, articles, encoding))
}

/// As [`load_bytes`], for bytes read into memory here: UTF-8 text (what most files are)
/// becomes the decoded string without a copy of the file.
fn load_owned(path: &Path, bytes: Vec<u8>) -> Result<Vec<Article>, IngestError> {
    let kind = kind_of(path).unwrap_or(Kind::Text);
    if kind == Kind::Pdf || bytes.starts_with(b"%PDF-") || encoding_rs::Encoding::for_bom(&bytes).is_some() {
        return load_bytes(path, &bytes);
    }
    // What `decode_with_name` does without a byte order mark.
    check_binary(path, &bytes)?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => return load_bytes(path, error.as_bytes()),
    };
    let fallback_title = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let articles = read_text(path, kind, text, &fallback_title)?;
    Ok(finish_articles(path, articles, Some("UTF-8")))
}

/// Where the articles came from, and a reference date from a dateline when the metadata
/// gave none.
fn finish_articles(path: &Path, mut articles: Vec<Article>, encoding: Option<&str>) -> Vec<Article> {
    for article in &mut articles {
        article.id = ArticleId(0);
        article.path = Some(path.to_owned());
        article.encoding = encoding.map(str::to_owned);
        // No date in the metadata: a dateline that gives the year ("MOSCOW, May 2, 2017
        // (Reuters) -") is the next best source.
        if article.reference.is_none() {
            article.reference = crate::timex::find_dateline(&article.text)
                .map(|date| ReferenceDate { date, source: ReferenceSource::Text });
        }
    }
    articles
}

/// The articles in a decoded text file, by its kind.
fn read_text(
    path: &Path,
    kind: Kind,
    text: String,
    fallback_title: &str,
) -> Result<Vec<Article>, IngestError> {
    Ok(match kind {
        Kind::Text | Kind::Pdf => vec![front_matter::front_matter_article(text, fallback_title)],
        Kind::Html => vec![html::read_page(&text, fallback_title)],
        Kind::Feed => feed::read_feed(text.as_bytes())
            .map_err(|why| IngestError::Malformed { path: path.to_owned(), why })?,
        Kind::TimeMl => vec![
            crate::timeml::read_article(&text)
                .map_err(|why| IngestError::Malformed { path: path.to_owned(), why })?,
        ],
    })
}

/// Decodes a text file's bytes in whatever common encoding it uses.
pub fn decode_text(path: &Path, bytes: &[u8]) -> Result<String, IngestError> {
    decode_with_name(path, bytes).map(|(text, _)| text)
}

/// Decodes bytes and names the encoding used: a byte-order mark wins (UTF-8, UTF-16 LE/BE);
/// then valid UTF-8; otherwise `chardetng` guesses among the legacy encodings (Windows-1252,
/// ISO-8859-x, Shift_JIS, ...). Binary files are refused first.
pub fn decode_with_name(path: &Path, bytes: &[u8]) -> Result<(String, &'static str), IngestError> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        if encoding == encoding_rs::UTF_8 {
            check_binary(path, body)?;
        }
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors && encoding != encoding_rs::UTF_8 && text.contains('\0') {
            return Err(binary(path, "it contains NUL characters"));
        }
        if text.contains('\0') {
            return Err(binary(path, "it contains NUL characters"));
        }
        return Ok((text.into_owned(), encoding.name()));
    }
    check_binary(path, bytes)?;
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), "UTF-8"));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Ok((text.into_owned(), encoding.name()))
}

fn binary(path: &Path, why: &str) -> IngestError {
    IngestError::Binary { path: path.to_owned(), why: why.to_owned() }
}

/// Magic numbers of the binary formats people most often drop by mistake.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image or WAV audio)"),
    (b"\x7FELF", "an executable program"),
    (b"MZ", "a Windows executable"),
    (b"\xCA\xFE\xBA\xBE", "a Mac executable or Java class"),
    (b"\xCF\xFA\xED\xFE", "a Mac executable"),
    (b"\0asm", "a WebAssembly module"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenOffice document)"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xFD7zXZ", "an xz archive"),
    (b"7z\xBC\xAF", "a 7-Zip archive"),
    (b"\xD0\xCF\x11\xE0", "an old Office document"),
    (b"II*\0", "a TIFF image"),
    (b"MM\0*", "a TIFF image"),
    (b"OggS", "an Ogg audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"SQLite format 3", "an SQLite database"),
];

fn check_binary(path: &Path, bytes: &[u8]) -> Result<(), IngestError> {
    for (magic, what) in MAGIC {
        // "MZ" and "BZh" are also how ordinary words start: only trust them with a NUL near.
        let weak = magic.len() <= 3 && magic.is_ascii();
        if bytes.starts_with(magic) && (!weak || bytes.iter().take(512).any(|&b| b == 0)) {
            return Err(binary(path, &format!("it is {what}")));
        }
    }
    if bytes.contains(&0) {
        return Err(binary(path, "it contains NUL bytes"));
    }
    Ok(())
}

/// The result of loading one file found in a folder.
pub type FileResult = (PathBuf, Result<Vec<Article>, IngestError>);

/// Every supported file under `root`, recursively, in a stable (sorted) order. Symbolic
/// links to folders are not followed, so a link loop cannot trap the walk. Folders that
/// cannot be read are reported as failures.
pub fn supported_files(root: &Path) -> (Vec<PathBuf>, Vec<FileResult>) {
    let mut files = Vec::new();
    let mut failures = Vec::new();
    let mut stack = vec![root.to_owned()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(source) => {
                failures.push((dir.clone(), Err(IngestError::Io { path: dir, source })));
                continue;
            }
        };
        let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        children.sort();
        for child in children.into_iter().rev() {
            let Ok(meta) = std::fs::symlink_metadata(&child) else { continue };
            let hidden = child.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                continue;
            }
            if meta.is_dir() {
                stack.push(child);
            } else if is_supported(&child) {
                files.push(child);
            }
        }
    }
    files.sort();
    (files, failures)
}

/// Loads every supported file under `root`, recursively, returning each file's own result:
/// one bad file never stops the others.
pub fn load_folder(root: &Path, options: &IngestOptions) -> Vec<FileResult> {
    let (files, mut results) = supported_files(root);
    results.extend(files.into_iter().map(|path| {
        let result = load_path(&path, options);
        (path, result)
    }));
    results
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

    fn decode(bytes: &[u8]) -> Result<(String, &'static str), IngestError> {
        decode_with_name(Path::new("a.txt"), bytes)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("Café".as_bytes()).unwrap(), ("Café".to_owned(), "UTF-8"));
        assert_eq!(decode(b"\xEF\xBB\xBFCaf\xC3\xA9").unwrap(), ("Café".to_owned(), "UTF-8"));
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Talks".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Talks".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&le).unwrap(), ("Talks".to_owned(), "UTF-16LE"));
        assert_eq!(decode(&be).unwrap(), ("Talks".to_owned(), "UTF-16BE"));
    }

    #[test]
    fn legacy_encodings_are_detected() {
        let (text, name) =
            decode(b"The minister\x92s caf\xE9 talks \x93ended\x94 on Tuesday in Paris.").unwrap();
        assert_eq!(name, "windows-1252");
        assert!(text.contains("minister\u{2019}s café"));
        let cyrillic =
            encoding_rs::ISO_8859_5.encode("Переговоры в Москве прошли во вторник, министр заявил.").0;
        let (text, name) = decode(&cyrillic).unwrap();
        assert!(text.contains("Москве"), "{name}: {text}");
    }

    #[test]
    fn binary_files_are_refused_with_a_reason() {
        let png = decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err().to_string();
        assert!(png.contains("PNG image"), "{png}");
        let elf = decode(b"\x7FELF\x02\x01\x01\0").unwrap_err().to_string();
        assert!(elf.contains("executable"), "{elf}");
        let nul = decode(b"text\0more").unwrap_err().to_string();
        assert!(nul.contains("NUL"), "{nul}");
        assert!(decode(b"MZ is how this sentence starts.").is_ok());
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(human_size(50 << 20), "50 MB");
        assert_eq!(human_size(2_300_000), "2.2 MB");
        assert_eq!(human_size(1536), "1.5 KB");
        assert_eq!(human_size(12), "12 bytes");
    }

    #[test]
    fn every_listed_extension_is_read() {
        for ext in EXTENSIONS {
            assert!(is_supported(Path::new(&format!("a.{ext}"))), "{ext}");
        }
    }

    #[test]
    fn extensions_choose_the_reader() {
        assert_eq!(kind_of(Path::new("a/B.HTM")), Some(Kind::Html));
        assert_eq!(kind_of(Path::new("x.TE3input")), Some(Kind::TimeMl));
        assert_eq!(kind_of(Path::new("feed.rss")), Some(Kind::Feed));
        assert_eq!(kind_of(Path::new("notes.md")), Some(Kind::Text));
        assert_eq!(kind_of(Path::new("photo.jpg")), None);
    }
}
