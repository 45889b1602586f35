//! PDF files that carry a text layer (the ones saved from a browser or a word processor), read
//! with `lopdf`: the text of every page in order, and the title from the document info.
//!
//! Not for: scanned pages (images of text, no text layer), which are refused with a message
//! saying so; there is no OCR. The PDF's creation date is not a reference date: it is when
//! the file was made, often long after the article was published.
//!
//! `lopdf` bounds how deeply objects nest and how far a stream may inflate; a panic inside it
//! is caught here and reported as this file's failure.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::model::{Article, ArticleId};

/// How far one stream may inflate. A news article's page content is a few hundred KB; this
/// keeps a small crafted file from asking for gigabytes.
const MAX_INFLATED: usize = 32 * 1024 * 1024;

/// More text than this from one PDF is refused: the same bound as a text file's default size
/// limit, so a PDF cannot smuggle in what a text file could not.
const MAX_TEXT: usize = super::DEFAULT_SIZE_LIMIT as usize;

/// Reads a PDF's text layer as an article; the error says in words why it could not.
pub fn read_pdf(bytes: &[u8], fallback_title: &str) -> Result<Article, String> {
    catch_unwind(AssertUnwindSafe(|| read_unguarded(bytes, fallback_title))).unwrap_or_else(|_| {
        Err("the PDF reader failed on this file (it is probably damaged); try saving the article as text or HTML"
            .into())
    })
}

fn read_unguarded(bytes: &[u8], fallback_title: &str) -> Result<Article, String> {
    let options = lopdf::LoadOptions { max_decompressed_size: Some(MAX_INFLATED), ..Default::default() };
    let document = lopdf::Document::load_mem_with_options(bytes, options).map_err(|e| match e {
        lopdf::Error::Decryption(_)
        | lopdf::Error::InvalidPassword
        | lopdf::Error::UnsupportedSecurityHandler(_) => {
            "the PDF is password-protected; open it elsewhere and save the article as text".to_owned()
        }
        e => format!("not a readable PDF ({e})"),
    })?;
    if document.is_encrypted() {
        return Err("the PDF is password-protected; open it elsewhere and save the article as text".into());
    }
    let pages: Vec<u32> = document.get_pages().into_keys().collect();
    if pages.is_empty() {
        return Err("the PDF has no pages".into());
    }
    let mut text = String::new();
    for page in &pages {
        // A page that cannot be read (an odd font, a broken stream) is skipped, not fatal.
        for chunk in document.extract_text_chunks_with_limit(&[*page], MAX_INFLATED).into_iter().flatten() {
            text.push_str(&chunk);
        }
        if text.len() > MAX_TEXT {
            return Err("the PDF holds more text than one article could".into());
        }
        text.push('\n');
    }
    let text = tidy(&text);
    if text.chars().filter(|c| c.is_alphanumeric()).count() == 0 {
        return Err(
            "the PDF has no text layer (a scan or images of pages?); Chronicle cannot read text from images"
                .into(),
        );
    }
    let title = info_title(&document)
        .or_else(|| text.lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_owned))
        .unwrap_or_else(|| fallback_title.to_owned());
    Ok(Article { id: ArticleId(0), path: None, title, text, reference: None, source: None, encoding: None })
}

/// The document info's `/Title`, when it says something.
fn info_title(document: &lopdf::Document) -> Option<String> {
    let info = document.trailer.get(b"Info").ok()?;
    let info = match info {
        lopdf::Object::Reference(id) => document.get_dictionary(*id).ok()?,
        lopdf::Object::Dictionary(dict) => dict,
        _ => return None,
    };
    let title = lopdf::decode_text_string(info.get(b"Title").ok()?).ok()?;
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    (!title.is_empty() && title.chars().count() <= 300).then_some(title)
}

/// Lines trimmed, runs of blank lines squeezed to one, NULs and other controls dropped (some
/// fonts map glyphs to them).
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line: String = line.chars().filter(|c| !c.is_control() || *c == '\t').collect();
        let line = line.trim();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank = 0;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_runs_and_controls_are_tidied() {
        assert_eq!(tidy("  Talks \n\n\n\nended\0 on\u{1} Monday \n"), "Talks\n\nended on Monday");
    }

    #[test]
    fn garbage_is_refused_not_a_panic() {
        for bytes in [&b""[..], b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"] {
            assert!(read_pdf(bytes, "x").is_err());
        }
    }
}
