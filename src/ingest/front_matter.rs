//! Front matter: an optional `---` block of `key: value` lines at the top of a text or
//! Markdown file, giving the article's title, date (or published) and source.

use jiff::civil::Date;

use crate::model::{Article, ArticleId, ReferenceDate, ReferenceSource, shorten};

/// Splits off a front-matter block, if any, and builds the article from it and the body.
/// The article text is the body only, so offsets point into what the user reads.
pub fn parse_front_matter(input: &str, fallback_title: &str) -> Article {
    front_matter_article(input.to_owned(), fallback_title)
}

/// A headline is a line; a first line longer than this is a paragraph, and only its start
/// names the article.
const MAX_TITLE_CHARS: usize = 100;

/// As [`parse_front_matter`], taking the text it reads: the body becomes the article text
/// where it lies, not a copy (a copy of every file read was a fifth of a one-shot CLI run's
/// fresh memory).
pub(crate) fn front_matter_article(mut input: String, fallback_title: &str) -> Article {
    let bom = if input.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let (fields, body) = split_block(&input[bom..]).unwrap_or((Vec::new(), &input[bom..]));
    let mut title = None;
    let mut reference = None;
    let mut source = None;
    for (key, value) in fields {
        match key.to_ascii_lowercase().as_str() {
            "title" => title = Some(value.to_owned()),
            "date" | "published" | "published_at" | "pubdate" => {
                if let Some(date) = parse_date_field(value) {
                    reference = Some(ReferenceDate { date, source: ReferenceSource::Metadata });
                }
            }
            "source" | "publisher" => source = Some(value.to_owned()),
            _ => {}
        }
    }
    let title = title
        .filter(|t| !t.is_empty())
        .or_else(|| {
            body.lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(|l| shorten(l.trim_start_matches('#').trim(), MAX_TITLE_CHARS))
        })
        .unwrap_or_else(|| fallback_title.to_owned());
    let body_start = input.len() - body.len();
    input.drain(..body_start);
    Article { id: ArticleId(0), path: None, title, text: input, reference, source, encoding: None }
}

/// Returns the `key: value` pairs and the body after the block, or `None` if the input does
/// not start with a well-formed block.
fn split_block(input: &str) -> Option<(Vec<(&str, &str)>, &str)> {
    let rest = input.strip_prefix("---")?;
    let rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n'))?;
    let mut fields = Vec::new();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let trimmed = line.trim_end_matches(['\r', '\n']);
        if trimmed.trim() == "---" {
            return Some((fields, &rest[offset..]));
        }
        if let Some((key, value)) = trimmed.split_once(':') {
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
            fields.push((key.trim(), value));
        }
    }
    None
}

/// Accepts "2017-05-02", "2017-05-02T10:00:00Z" and the like: the calendar day is what counts.
pub(crate) fn parse_date_field(value: &str) -> Option<Date> {
    let day = value.get(..10)?;
    day.parse::<Date>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn reads_title_date_and_source() {
        let a =
            parse_front_matter("---\ntitle: \"Talks\"\ndate: 2017-05-02\nsource: CGTN\n---\nBody text.", "x");
        assert_eq!(a.title, "Talks");
        assert_eq!(
            a.reference,
            Some(ReferenceDate { date: date(2017, 5, 2), source: ReferenceSource::Metadata })
        );
        assert_eq!(a.source.as_deref(), Some("CGTN"));
        assert_eq!(a.text, "Body text.");
    }

    #[test]
    fn published_timestamp_gives_its_day() {
        let a = parse_front_matter("---\npublished: 2020-02-29T23:10:00Z\n---\nx", "x");
        assert_eq!(a.reference.map(|r| r.date), Some(date(2020, 2, 29)));
    }

    #[test]
    fn a_first_line_that_is_a_paragraph_gives_only_its_opening_words_as_title() {
        let paragraph = "Ministers from both countries met in Geneva on Tuesday for a second round of talks \
                         on the border, the first since the ceasefire was signed in the spring.";
        let a = parse_front_matter(&format!("{paragraph}\n\nMore."), "f");
        assert_eq!(
            a.title,
            "Ministers from both countries met in Geneva on Tuesday for a second round of talks on the border,…"
        );
        assert!(a.title.chars().count() <= MAX_TITLE_CHARS + 1);
        assert!(a.text.starts_with(paragraph), "the text keeps the whole paragraph");
    }

    #[test]
    fn the_body_after_a_byte_order_mark_and_a_block_is_the_text_exactly() {
        let a = parse_front_matter("\u{feff}---\ntitle: T\n---\nBody é text.\n", "f");
        assert_eq!(a.title, "T");
        assert_eq!(a.text, "Body é text.\n");
        let plain = parse_front_matter("\u{feff}Just text.", "f");
        assert_eq!(plain.text, "Just text.");
    }

    #[test]
    fn no_block_means_whole_text_and_first_line_title() {
        let a = parse_front_matter("# Headline\n\nBody.", "fallback");
        assert_eq!(a.title, "Headline");
        assert_eq!(a.text, "# Headline\n\nBody.");
        assert_eq!(a.reference, None);
    }

    #[test]
    fn unterminated_block_is_plain_text_and_bad_dates_are_ignored() {
        let a = parse_front_matter("---\ntitle: x\nno end", "f");
        assert_eq!(a.text, "---\ntitle: x\nno end");
        let b = parse_front_matter("---\ndate: 99999-99-99\n---\nx", "f");
        assert_eq!(b.reference, None);
    }
}
