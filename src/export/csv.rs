//! CSV: one row per event, RFC 4180 quoting, for spreadsheets.
//!
//! Columns: id, kind, title, value, start, end, status, participants (joined with "; "),
//! location, sources (number of mentions), first_sentence.

use crate::corpus::Corpus;

pub const HEADER: &str = "id,kind,title,value,start,end,status,participants,location,sources,first_sentence";

/// The whole CSV document, CRLF line endings as RFC 4180 asks.
pub fn to_csv(corpus: &Corpus) -> String {
    let mut out = String::new();
    out.push_str(HEADER);
    out.push_str("\r\n");
    for event in corpus.events() {
        let (value, start, end) = match &event.when {
            Some(w) => (w.span.value.clone(), w.span.start.to_string(), w.span.end.to_string()),
            None => (String::new(), String::new(), String::new()),
        };
        let sentence = event
            .mentions
            .first()
            .and_then(|m| {
                corpus.article(m.article).and_then(|a| a.text.get(m.sentence_start..m.sentence_end))
            })
            .unwrap_or_default();
        let fields = [
            event.id.0.to_string(),
            event.kind.as_str().to_owned(),
            event.title.clone(),
            value,
            start,
            end,
            event.status.as_str().to_owned(),
            event.participants.join("; "),
            event.location.clone().unwrap_or_default(),
            event.mentions.len().to_string(),
            sentence.to_owned(),
        ];
        let row: Vec<String> = fields.iter().map(|f| quote(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A field quoted when it holds a comma, quote or line break; quotes doubled.
fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_rfc_4180() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a, b"), "\"a, b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
    }
}
