//! TimeML: reading `.tml` / `.TE3input` files (their TEXT, DCT and gold TIMEX3 tags) and
//! writing a document back with Chronicle's own TIMEX3 tags in its TEXT.
//!
//! Not a general XML parser: TimeML news files are flat (DCT, TEXT, inline tags), and this
//! reads exactly that, tolerating unknown tags and attributes.

use jiff::civil::Date;

use crate::model::{Article, ArticleId, ReferenceDate, ReferenceSource, Timex, TimexType};

/// A TimeML document split into what Chronicle needs.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMlDocument {
    /// Everything before the TEXT content, verbatim (declaration, DOCID, DCT ...).
    pub head: String,
    /// The TEXT content with every tag removed and entities left as written, so that writing
    /// it back preserves the text byte for byte.
    pub raw_text: String,
    /// Everything after the TEXT content, verbatim.
    pub tail: String,
    pub dct: Option<Date>,
    pub title: Option<String>,
    /// The gold TIMEX3s inside TEXT, with offsets into `raw_text`.
    pub gold: Vec<Timex>,
}

/// Reads a TimeML document. Errors say what is missing.
pub fn parse(xml: &str) -> Result<TimeMlDocument, String> {
    let Parts { content_start, content_end, dct, title } = parts(xml)?;
    let (raw_text, gold) = strip_tags(&xml[content_start..content_end], true);
    Ok(TimeMlDocument {
        head: xml[..content_start].to_owned(),
        raw_text,
        tail: xml[content_end..].to_owned(),
        dct,
        title,
        gold,
    })
}

/// Where TEXT's content lies, and the DCT and title.
struct Parts {
    content_start: usize,
    content_end: usize,
    dct: Option<Date>,
    title: Option<String>,
}

fn parts(xml: &str) -> Result<Parts, String> {
    let text_open = find_tag(xml, "TEXT", 0).ok_or("no <TEXT> element")?;
    let content_start = text_open.1;
    let content_end = xml[content_start..].find("</TEXT>").map(|i| content_start + i).ok_or("no </TEXT>")?;
    let dct = xml
        .find("<DCT>")
        .and_then(|i| {
            let end = xml[i..].find("</DCT>").map(|e| i + e)?;
            attribute(&xml[i..end], "value")
        })
        .and_then(|v| v.get(..10).and_then(|d| d.parse::<Date>().ok()));
    let title = xml.find("<DOCID>").and_then(|i| {
        let rest = &xml[i + 7..];
        rest.find("</DOCID>").map(|e| rest[..e].trim().to_owned())
    });
    Ok(Parts { content_start, content_end, dct, title })
}

/// Reads a TimeML document as an article: its TEXT (tags removed, entities decoded) and its
/// DCT as the reference date (source: metadata).
pub fn read_article(xml: &str) -> Result<Article, String> {
    // What `parse` reads, without the copies of head and tail or the gold tags (their
    // attributes took a tenth of reading a TimeML file).
    let Parts { content_start, content_end, dct, title } = parts(xml)?;
    let (raw_text, _) = strip_tags(&xml[content_start..content_end], false);
    Ok(Article {
        id: ArticleId(0),
        path: None,
        title: title.unwrap_or_else(|| "TimeML document".to_owned()),
        text: decode_entities(&raw_text),
        reference: dct.map(|date| ReferenceDate { date, source: ReferenceSource::Metadata }),
        source: None,
        encoding: None,
    })
}

/// The opening TIMEX3 tag of the `index`th expression: tid, type, value and mod.
fn open_timex3(out: &mut String, index: usize, t: &Timex) {
    out.push_str(&format!(
        "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"",
        index + 1,
        t.kind.as_str(),
        escape_attribute(&t.value)
    ));
    if let Some(m) = &t.modifier {
        out.push_str(&format!(" mod=\"{}\"", escape_attribute(m)));
    }
    out.push('>');
}

impl TimeMlDocument {
    /// The document with `timexes` (offsets into `raw_text`) as its only tags in TEXT.
    pub fn with_timexes(&self, timexes: &[Timex]) -> String {
        let mut out = String::with_capacity(self.head.len() + self.raw_text.len() * 2 + self.tail.len());
        out.push_str(&self.head);
        let mut at = 0;
        for (index, t) in timexes.iter().enumerate() {
            if t.start < at || t.end > self.raw_text.len() {
                continue;
            }
            out.push_str(&self.raw_text[at..t.start]);
            open_timex3(&mut out, index, t);
            out.push_str(&self.raw_text[t.start..t.end]);
            out.push_str("</TIMEX3>");
            at = t.end;
        }
        out.push_str(&self.raw_text[at..]);
        out.push_str(&self.tail);
        out
    }
}

/// Removes tags from TEXT content, collecting TIMEX3s with their offsets in the result
/// when `gold_wanted`.
fn strip_tags(content: &str, gold_wanted: bool) -> (String, Vec<Timex>) {
    let mut text = String::with_capacity(content.len());
    let mut gold = Vec::new();
    let mut open: Option<(usize, TimexType, String, Option<String>)> = None;
    let mut rest = content;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            // A stray '<' with no tag after it is text.
            text.push_str(&rest[lt..]);
            rest = "";
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        if gold_wanted && tag.starts_with("TIMEX3") {
            let kind = match attribute(tag, "type").as_deref() {
                Some("TIME") => TimexType::Time,
                Some("DURATION") => TimexType::Duration,
                Some("SET") => TimexType::Set,
                _ => TimexType::Date,
            };
            open =
                Some((text.len(), kind, attribute(tag, "value").unwrap_or_default(), attribute(tag, "mod")));
        } else if gold_wanted
            && tag.starts_with("/TIMEX3")
            && let Some((start, kind, value, modifier)) = open.take()
        {
            gold.push(Timex { start, end: text.len(), kind, value, modifier, span: None });
        }
        rest = &rest[lt + gt + 1..];
    }
    text.push_str(rest);
    (text, gold)
}

/// The tag that opens `<NAME>` or `<NAME ...>` at or after `from`: (start, end after '>').
fn find_tag(xml: &str, name: &str, from: usize) -> Option<(usize, usize)> {
    let mut at = from;
    while let Some(i) = xml[at..].find(&format!("<{name}")) {
        let start = at + i;
        let after = xml[start + 1 + name.len()..].chars().next()?;
        if after == '>' || after.is_whitespace() {
            let end = xml[start..].find('>')? + start + 1;
            return Some((start, end));
        }
        at = start + 1;
    }
    None
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let mut at = 0;
    while let Some(i) = tag[at..].find(&key) {
        let start = at + i;
        let preceded_by_space = tag[..start].chars().next_back().is_some_and(char::is_whitespace);
        let value_start = start + key.len();
        if preceded_by_space {
            let end = tag[value_start..].find('"')? + value_start;
            return Some(tag[value_start..end].to_owned());
        }
        at = value_start;
    }
    None
}

/// A TimeML document for any article: its reference date as the DCT and its text with
/// `timexes` (offsets into `article.text`) tagged, so a reader's articles can be checked in
/// TimeML tools. Text is XML-escaped; nothing else is added to it.
pub fn article_document(article: &Article, timexes: &[Timex]) -> String {
    let text = &article.text;
    let mut out = String::with_capacity(text.len() * 2 + 512);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
    out.push_str(&format!("<DOCID>{}</DOCID>\n", escape_text(&article.title)));
    if let Some(date) = article.reference_date() {
        out.push_str(&format!(
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{date}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{date}</TIMEX3></DCT>\n"
        ));
    }
    out.push_str("<TEXT>");
    let mut at = 0;
    for (index, t) in timexes.iter().enumerate() {
        if t.start < at
            || t.end > text.len()
            || !text.is_char_boundary(t.start)
            || !text.is_char_boundary(t.end)
        {
            continue;
        }
        out.push_str(&escape_text(&text[at..t.start]));
        open_timex3(&mut out, index, t);
        out.push_str(&escape_text(&text[t.start..t.end]));
        out.push_str("</TIMEX3>");
        at = t.end;
    }
    out.push_str(&escape_text(&text[at..]));
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn escape_attribute(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

/// Decodes the five XML entities and numeric references; anything else stays as written.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let semi = after.find(';').filter(|&s| s <= 10);
        let decoded = semi.and_then(|s| {
            let entity = &after[1..s];
            let c = match entity {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                e if e.starts_with("#x") => char::from_u32(u32::from_str_radix(&e[2..], 16).ok()?)?,
                e if e.starts_with('#') => char::from_u32(e[1..].parse().ok()?)?,
                _ => return None,
            };
            Some((c, s + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-06\" functionInDocument=\"CREATION_TIME\">02/06/1998</TIMEX3></DCT>\n<TEXT>\nAT&amp;T <EVENT eid=\"e1\">said</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-05\">Thursday</TIMEX3> it would cut jobs over <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2Y\">two years</TIMEX3>.\n</TEXT>\n</TimeML>\n";

    #[test]
    fn any_article_becomes_valid_timeml_that_reads_back() {
        let text = "Trade <news> & views: on May 2, 2017 the talks ended; last month they began.";
        let article = Article {
            id: ArticleId(0),
            path: None,
            title: "A & B".into(),
            text: text.into(),
            reference: Some(ReferenceDate {
                date: jiff::civil::date(2017, 5, 3),
                source: ReferenceSource::User,
            }),
            source: None,
            encoding: None,
        };
        let timexes = crate::timex::Tagger::english().tag(text, article.reference_date());
        assert!(timexes.len() >= 2);
        let xml = article_document(&article, &timexes);
        let back = parse(&xml).expect("well-formed TimeML");
        assert_eq!(back.dct, Some(jiff::civil::date(2017, 5, 3)));
        assert_eq!(decode_entities(&back.raw_text), text, "text survives, escaped");
        assert_eq!(back.gold.len(), timexes.len());
        for (gold, ours) in back.gold.iter().zip(&timexes) {
            assert_eq!(decode_entities(&back.raw_text[gold.start..gold.end]), &text[ours.start..ours.end]);
            assert_eq!(gold.value, ours.value);
        }
    }

    #[test]
    fn reads_dct_text_and_gold_timexes() {
        let d = parse(DOC).expect("parses");
        assert_eq!(d.dct, Some(jiff::civil::date(1998, 2, 6)));
        assert_eq!(d.raw_text, "\nAT&amp;T said Thursday it would cut jobs over two years.\n");
        assert_eq!(d.gold.len(), 2);
        assert_eq!(&d.raw_text[d.gold[0].start..d.gold[0].end], "Thursday");
        assert_eq!(d.gold[1].kind, TimexType::Duration);
        assert_eq!(d.gold[1].value, "P2Y");
    }

    #[test]
    fn article_text_decodes_entities_and_takes_the_dct() {
        let a = read_article(DOC).expect("reads");
        assert!(a.text.contains("AT&T said"));
        assert_eq!(a.reference.map(|r| r.source), Some(ReferenceSource::Metadata));
        assert_eq!(a.title, "X1");
    }

    #[test]
    fn writing_back_preserves_the_text_byte_for_byte() {
        let d = parse(DOC).expect("parses");
        let out = d.with_timexes(&d.gold);
        let again = parse(&out).expect("reparses");
        assert_eq!(again.raw_text, d.raw_text);
        assert_eq!(again.gold.len(), 2);
        assert!(!out[out.find("<TEXT>").unwrap_or(0)..].contains("<EVENT"));
    }

    #[test]
    fn broken_input_is_an_error_or_text_never_a_panic() {
        assert!(parse("no tags at all").is_err());
        assert!(parse("<TEXT>unterminated").is_err());
        let d = parse("<TEXT>a < b <TIMEX3 type=\"DATE\" value=\"x\">open</TEXT>").expect("lenient");
        assert!(d.gold.is_empty());
        assert_eq!(decode_entities("&bogus; &#99999999; &amp"), "&bogus; &#99999999; &amp");
    }
}
