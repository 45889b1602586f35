//! Each export format checked against its own rules, on the sample article.

use chronicle::corpus::Corpus;
use chronicle::export::{csv, ics, timelinejs};

fn sample() -> Corpus {
    let mut corpus = Corpus::new();
    corpus.add([chronicle::ingest::sample_article()]);
    corpus
}

/// A strict RFC 4180 reader: fields, quoted fields with doubled quotes, CRLF records.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("bare LF ends a record"),
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted && field.is_empty() && record.is_empty(), "unterminated record");
    records
}

#[test]
fn csv_has_one_well_formed_row_per_event() {
    let corpus = sample();
    let rows = parse_csv(&csv::to_csv(&corpus));
    let columns = csv::HEADER.split(',').count();
    assert_eq!(rows[0].join(","), csv::HEADER);
    assert_eq!(rows.len() - 1, corpus.events().len());
    for row in &rows {
        assert_eq!(row.len(), columns, "{row:?}");
    }
    assert!(rows.iter().any(|r| r[1] == "call" && r[7].contains("Vladimir Putin")));
}

#[test]
fn ics_follows_rfc_5545() {
    let corpus = sample();
    let text = ics::to_ics(&corpus, jiff::Timestamp::UNIX_EPOCH);
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let unfolded = text.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
    assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0") && lines.iter().any(|l| l.starts_with("PRODID:")));
    let events: Vec<&[&str]> = lines
        .split(|l| *l == "BEGIN:VEVENT")
        .skip(1)
        .map(|chunk| &chunk[..chunk.iter().position(|l| *l == "END:VEVENT").expect("END:VEVENT")])
        .collect();
    let dated = corpus.events().iter().filter(|e| e.when.is_some()).count();
    assert_eq!(events.len(), dated);
    for event in events {
        for property in ["UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:", "DTEND;VALUE=DATE:", "SUMMARY:"] {
            assert!(event.iter().any(|l| l.starts_with(property)), "missing {property} in {event:?}");
        }
        let value = |p: &str| event.iter().find_map(|l| l.strip_prefix(p)).unwrap_or_default().to_owned();
        assert!(
            value("DTEND;VALUE=DATE:") > value("DTSTART;VALUE=DATE:"),
            "DTEND is exclusive and after DTSTART"
        );
    }
    // "last month" is the whole of April: 1 April to (exclusive) 1 May.
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20170401\r\nDTEND;VALUE=DATE:20170501"));
}

#[test]
fn timelinejs_events_have_dates_and_headlines() {
    let corpus = sample();
    let json = serde_json::to_value(timelinejs::to_timelinejs(&corpus)).expect("serializes");
    let events = json["events"].as_array().expect("events array");
    assert!(!events.is_empty());
    assert!(json["title"]["text"]["headline"].is_string());
    for event in events {
        let start = &event["start_date"];
        assert!(start["year"].is_i64(), "{event}");
        if let Some(month) = start["month"].as_i64() {
            assert!((1..=12).contains(&month));
        }
        assert!(event["text"]["headline"].as_str().is_some_and(|h| !h.is_empty()));
        if let Some(end) = event.get("end_date") {
            let key = |d: &serde_json::Value| {
                (d["year"].as_i64(), d["month"].as_i64().unwrap_or(1), d["day"].as_i64().unwrap_or(1))
            };
            assert!(key(end) >= key(start));
        }
    }
    let summer = events.iter().find(|e| e["group"] == "summit").expect("the summit");
    assert_eq!(summer["start_date"]["month"], 6);
    assert_eq!(summer["end_date"]["month"], 8);
}
