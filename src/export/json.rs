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
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::corpus::Corpus;
use crate::model::{Article, ArticleId, Event, EventId, EventKind, EventStatus, ReferenceSource, TimexType};

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
    /// The document of a corpus, built whole: for reading it back or comparing. To write one,
    /// [`CorpusDocument`] gives the same JSON without a copy of every text in memory first.
    pub fn from_corpus(corpus: &Corpus) -> Document {
        Document {
            articles: corpus.articles().iter().map(article_record).collect(),
            events: corpus.events().iter().map(|e| event_record(corpus, e)).collect(),
            timexes: timex_records(corpus).collect(),
        }
    }
}

/// A corpus's [`Document`], serialised record by record as it is written: each record is
/// made, written and dropped, so writing 100,000 events' sentences does not first copy them
/// all (a fifth more memory at the end of a 50 MB CLI run). Serialises exactly as the
/// document [`Document::from_corpus`] builds.
pub struct CorpusDocument<'a>(pub &'a Corpus);

impl Serialize for CorpusDocument<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let corpus = self.0;
        let mut document = serializer.serialize_struct("Document", 3)?;
        document.serialize_field("articles", &Records(|| corpus.articles().iter().map(article_record)))?;
        document.serialize_field(
            "events",
            &Records(|| corpus.events().iter().map(|e| event_record(corpus, e))),
        )?;
        document.serialize_field("timexes", &Records(|| timex_records(corpus)))?;
        document.end()
    }
}

/// A list serialised from the records an iterator makes.
struct Records<F>(F);

impl<F, I> Serialize for Records<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

fn article_record(a: &Article) -> ArticleRecord {
    ArticleRecord {
        id: a.id,
        path: a.path.as_ref().map(|p| p.display().to_string()),
        title: a.title.clone(),
        reference_date: a.reference.map(|r| r.date),
        reference_date_source: a.reference.map(|r| r.source),
    }
}

fn event_record(corpus: &Corpus, e: &Event) -> EventRecord {
    let text_of =
        |article: ArticleId, start: usize, end: usize| corpus.text_of(article, start, end).to_owned();
    EventRecord {
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
    }
}

fn timex_records(corpus: &Corpus) -> impl Iterator<Item = TimexRecord> + '_ {
    corpus.analyses().flat_map(move |analysis| {
        analysis.timexes.iter().map(move |t| TimexRecord {
            article: analysis.article,
            start: t.start,
            end: t.end,
            text: corpus.text_of(analysis.article, t.start, t.end).to_owned(),
            kind: t.kind,
            value: t.value.clone(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_streamed_document_is_the_built_one() {
        let mut corpus = Corpus::default();
        corpus.add(vec![crate::ingest::sample_article()]);
        let built = Document::from_corpus(&corpus);
        assert!(!built.events.is_empty() && !built.timexes.is_empty());
        let streamed = serde_json::to_string_pretty(&CorpusDocument(&corpus)).expect("serialise");
        assert_eq!(streamed, serde_json::to_string_pretty(&built).expect("serialise"));
        let read: Document = serde_json::from_str(&streamed).expect("read back");
        assert_eq!(read, built);
    }
}
