//! Event extraction: from an article's text and its temporal expressions to the events it
//! reports (kind, title, date, participants, location, status), and the merging of every
//! mention of one real-world event, within and across articles.
//!
//! `analyse` works on one article and is what runs in parallel; `merge` runs after it over
//! all articles. Not for: reading files (`ingest`) or normalising dates (`timex`).

use std::ops::Range;

use rayon::prelude::*;

use crate::model::{Article, ArticleId, Event, EventKind, EventStatus, Mention, Timex, When};
use crate::timex::Tagger;

/// What one article yields before merging.
#[derive(Debug, Clone, Default)]
pub struct ArticleAnalysis {
    pub article: ArticleId,
    /// Byte ranges of the sentences, in order.
    pub sentences: Vec<Range<usize>>,
    pub timexes: Vec<Timex>,
    pub mentions: Vec<EventMention>,
}

/// One mention of an event, with what its own sentence and context say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    pub kind: EventKind,
    pub title: String,
    pub when: Option<When>,
    pub status: EventStatus,
    pub participants: Vec<String>,
    pub location: Option<String>,
    pub mention: Mention,
}

/// Everything found in a set of articles.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// One per article, in the order of the articles given.
    pub analyses: Vec<ArticleAnalysis>,
    pub events: Vec<Event>,
}

/// Finds the temporal expressions and event mentions of one article.
pub fn analyse(article: &Article) -> ArticleAnalysis {
    let timexes = Tagger::english().tag(&article.text, article.reference_date());
    ArticleAnalysis { article: article.id, sentences: Vec::new(), timexes, mentions: Vec::new() }
}

/// Merges the mentions of all analyses into events.
pub fn merge(analyses: &[ArticleAnalysis]) -> Vec<Event> {
    let _ = analyses;
    Vec::new()
}

/// Analyses every article (in parallel) and merges the results.
pub fn extract(articles: &[Article]) -> Extraction {
    let analyses: Vec<ArticleAnalysis> = articles.par_iter().map(analyse).collect();
    let events = merge(&analyses);
    Extraction { analyses, events }
}
