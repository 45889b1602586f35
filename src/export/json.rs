//! The `chronicle extract --format json` document. Its shape is a contract read by other
//! tools and by later features: add fields, never rename or remove them.
//!
//! ```text
//! { "articles": [{"id", "path", "title", "reference_date", "reference_date_source"}],
//!   "events":   [{"id", "kind", "title", "when": {"value", "start", "end"} | null, "status",
//!                 "participants": [..], "location": ".." | null,
//!                 "mentions": [{"article", "start", "end", "text"}],
//!                 "note"?, "corrected"?: [..]}],
//!   "timexes":  [{"article", "start", "end", "text", "type", "value"}] }
//! ```
//! Offsets are bytes into the article text; a mention's `start..end` is its whole sentence
//! and `text` that sentence; `trigger_start..trigger_end` are the trigger words.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use crate::model::{ArticleId, EventId, EventKind, EventStatus, ReferenceSource, TimexType};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub articles: Vec<ArticleRecord>,
    pub events: Vec<EventRecord>,
    pub timexes: Vec<TimexRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    pub id: ArticleId,
    pub path: Option<String>,
    pub title: String,
    pub reference_date: Option<Date>,
    pub reference_date_source: Option<ReferenceSource>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: EventId,
    pub kind: EventKind,
    pub title: String,
    pub when: Option<WhenRecord>,
    pub status: EventStatus,
    pub participants: Vec<String>,
    pub location: Option<String>,
    pub mentions: Vec<MentionRecord>,
    /// The user's note, from a project's corrections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// What the user corrected on this event ("kind", "date", "added" ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrected: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhenRecord {
    pub value: String,
    pub start: Date,
    pub end: Date,
    /// The expression the date was resolved from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    #[serde(default)]
    pub approximate: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord {
    pub article: ArticleId,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub trigger_start: usize,
    pub trigger_end: usize,
    pub trigger: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimexRecord {
    pub article: ArticleId,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    pub value: String,
}

impl Document {
    pub fn from_corpus(corpus: &Corpus) -> Document {
        let text_of =
            |article: ArticleId, start: usize, end: usize| corpus.text_of(article, start, end).to_owned();
        let articles = corpus
            .articles()
            .iter()
            .map(|a| ArticleRecord {
                id: a.id,
                path: a.path.as_ref().map(|p| p.display().to_string()),
                title: a.title.clone(),
                reference_date: a.reference.map(|r| r.date),
                reference_date_source: a.reference.map(|r| r.source),
            })
            .collect();
        let events = corpus
            .events()
            .iter()
            .map(|e| EventRecord {
                id: e.id,
                kind: e.kind,
                title: e.title.clone(),
                when: e.when.as_ref().map(|w| WhenRecord {
                    value: w.span.value.clone(),
                    start: w.span.start,
                    end: w.span.end,
                    expression: w.expression.clone(),
                    approximate: w.approximate,
                }),
                status: e.status,
                participants: e.participants.clone(),
                location: e.location.clone(),
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| MentionRecord {
                        article: m.article,
                        start: m.sentence_start,
                        end: m.sentence_end,
                        text: text_of(m.article, m.sentence_start, m.sentence_end),
                        trigger_start: m.trigger_start,
                        trigger_end: m.trigger_end,
                        trigger: text_of(m.article, m.trigger_start, m.trigger_end),
                    })
                    .collect(),
                note: e.note.clone(),
                corrected: e.corrected.clone(),
            })
            .collect();
        let timexes = corpus
            .analyses()
            .flat_map(|analysis| {
                analysis.timexes.iter().map(move |t| TimexRecord {
                    article: analysis.article,
                    start: t.start,
                    end: t.end,
                    text: text_of(analysis.article, t.start, t.end),
                    kind: t.kind,
                    value: t.value.clone(),
                })
            })
            .collect();
        Document { articles, events, timexes }
    }
}
