//! TimelineJS3 JSON, so a newsroom can publish the timeline: `{"title": {...}, "events":
//! [{"start_date", "end_date", "text": {"headline", "text"}, "group", "unique_id"}]}` as
//! TimelineJS3's documented JSON format describes. Dates carry only the precision the event
//! has (a month is `{year, month}`), and undated events are left out.

use serde::Serialize;

use crate::corpus::Corpus;
use crate::model::TimeSpan;

#[derive(Debug, Serialize)]
pub struct Timeline {
    pub title: Slide,
    pub events: Vec<Slide>,
}

#[derive(Debug, Serialize)]
pub struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<SlideDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<SlideDate>,
    pub text: SlideText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique_id: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SlideText {
    pub headline: String,
    pub text: String,
}

/// TimelineJS3 wants numbers as strings or numbers; numbers are accepted.
#[derive(Debug, Serialize)]
pub struct SlideDate {
    pub year: i16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<i8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<i8>,
    pub display_date: String,
}

pub fn to_timelinejs(corpus: &Corpus) -> Timeline {
    let title = corpus.articles().first().map(|a| a.title.clone()).unwrap_or_else(|| "Chronicle".into());
    let events = corpus
        .events()
        .iter()
        .filter_map(|event| {
            let when = event.when.as_ref()?;
            let (start, end) = slide_dates(&when.span);
            let sources: Vec<String> = event
                .mentions
                .iter()
                .filter_map(|m| {
                    corpus.article(m.article).and_then(|a| a.text.get(m.sentence_start..m.sentence_end))
                })
                .take(3)
                .map(|s| format!("<p>{}</p>", html_escape(s)))
                .collect();
            let who = if event.participants.is_empty() {
                String::new()
            } else {
                format!("<p><b>Who:</b> {}</p>", html_escape(&event.participants.join(", ")))
            };
            Some(Slide {
                start_date: Some(start),
                end_date: end,
                text: SlideText {
                    headline: html_escape(&event.title),
                    text: format!("{who}{}", sources.join("")),
                },
                group: Some(event.kind.as_str().to_owned()),
                unique_id: Some(format!("event-{}", event.id.0)),
            })
        })
        .collect();
    Timeline {
        title: Slide {
            start_date: None,
            end_date: None,
            text: SlideText { headline: html_escape(&title), text: "Events found by Chronicle".into() },
            group: None,
            unique_id: Some("title".into()),
        },
        events,
    }
}

/// A day is one date; a month or longer span gets start and end at the span's precision.
fn slide_dates(span: &TimeSpan) -> (SlideDate, Option<SlideDate>) {
    let date = |d: jiff::civil::Date, precise_day: bool, month: bool| SlideDate {
        year: d.year(),
        month: month.then_some(d.month()),
        day: precise_day.then_some(d.day()),
        display_date: span.describe(),
    };
    if span.is_day() {
        return (date(span.start, true, true), None);
    }
    let whole_months = span.start.day() == 1 && span.end == span.end.last_of_month();
    let whole_years = whole_months && span.start.month() == 1 && span.end.month() == 12;
    let (day, month) = (!whole_months, !whole_years);
    (date(span.start, day, month), Some(date(span.end, day, month)))
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
