//! iCalendar (RFC 5545): every dated event as an all-day VEVENT spanning its days, so a
//! calendar shows "April 2017" as the whole month. Undated events are left out.

use crate::corpus::Corpus;
use crate::model::EventStatus;

/// The whole calendar. Lines end in CRLF and are folded at 75 octets, text is escaped.
pub fn to_ics(corpus: &Corpus, stamp: jiff::Timestamp) -> String {
    let stamp = stamp.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Chronicle//Chronicle timeline//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
    ];
    for event in corpus.events() {
        let Some(when) = &event.when else { continue };
        // DTEND of an all-day event is exclusive: the day after the last.
        let Ok(end) = when.span.end.tomorrow() else { continue };
        let description = event
            .mentions
            .first()
            .and_then(|m| {
                corpus.article(m.article).and_then(|a| a.text.get(m.sentence_start..m.sentence_end))
            })
            .unwrap_or_default();
        lines.push("BEGIN:VEVENT".to_owned());
        lines.push(format!("UID:chronicle-{}-{}@chronicle.local", event.id.0, when.span.value));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", when.span.start.strftime("%Y%m%d")));
        lines.push(format!("DTEND;VALUE=DATE:{}", end.strftime("%Y%m%d")));
        lines.push(format!("SUMMARY:{}", escape(&event.title)));
        if !description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(description)));
        }
        if let Some(place) = &event.location {
            lines.push(format!("LOCATION:{}", escape(place)));
        }
        lines.push(format!("CATEGORIES:{}", event.kind.as_str().to_uppercase()));
        let status = match event.status {
            EventStatus::Planned => "TENTATIVE",
            EventStatus::Cancelled | EventStatus::Unreal => "CANCELLED",
            EventStatus::Happened | EventStatus::Ongoing => "CONFIRMED",
        };
        lines.push(format!("STATUS:{status}"));
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    out
}

/// TEXT escaping of RFC 5545 section 3.3.11.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line so no line exceeds 75 octets, never splitting a character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_lines_within_75_octets_and_characters_whole() {
        let mut out = String::new();
        fold(&format!("SUMMARY:{}", "é".repeat(100)), &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), format!("SUMMARY:{}", "é".repeat(100)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
