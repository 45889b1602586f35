//! A `Corpus` is the set of open articles and what was extracted from them. The GUI and the
//! CLI both hold one; every change (articles added, a reference date edited) goes through it
//! so the events always agree with the articles.

use jiff::civil::Date;

use crate::extract::{self, ArticleAnalysis, Extraction};
use crate::model::{Article, ArticleId, Event, EventId, Mention, ReferenceDate, ReferenceSource};

#[derive(Debug, Clone, Default)]
pub struct Corpus {
    articles: Vec<Article>,
    extraction: Extraction,
    next_id: u32,
    /// Bumped on every change, so views can cache what they derive from the corpus.
    generation: u64,
}

impl Corpus {
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// Adds articles, giving each a fresh id, and extracts their events.
    pub fn add(&mut self, articles: impl IntoIterator<Item = Article>) -> Vec<ArticleId> {
        let mut fresh: Vec<Article> = articles
            .into_iter()
            .map(|mut article| {
                article.id = ArticleId(self.next_id);
                self.next_id += 1;
                article
            })
            .collect();
        let ids = fresh.iter().map(|a| a.id).collect();
        let new = extract::extract(&fresh);
        self.articles.append(&mut fresh);
        self.extraction.analyses.extend(new.analyses);
        self.remerge();
        ids
    }

    /// A corpus with events given directly, not extracted: for benchmarks and tests of the
    /// views at sizes no test article set reaches.
    #[doc(hidden)]
    pub fn with_events(articles: Vec<Article>, events: Vec<Event>) -> Corpus {
        let next_id = articles.iter().map(|a| a.id.0 + 1).max().unwrap_or(0);
        Corpus { articles, extraction: Extraction { analyses: Vec::new(), events }, next_id, generation: 1 }
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn events(&self) -> &[Event] {
        &self.extraction.events
    }

    /// Events are numbered by their position, so this is a lookup, not a search.
    pub fn event(&self, id: EventId) -> Option<&Event> {
        let events = &self.extraction.events;
        events.get(id.0 as usize).filter(|e| e.id == id).or_else(|| events.iter().find(|e| e.id == id))
    }

    /// The text of `start..end` in an article, or "" if either is out of range.
    pub fn text_of(&self, article: ArticleId, start: usize, end: usize) -> &str {
        self.article(article).and_then(|a| a.text.get(start..end)).unwrap_or_default()
    }

    /// The sentence a mention stands in.
    pub fn sentence(&self, mention: &Mention) -> &str {
        self.text_of(mention.article, mention.sentence_start, mention.sentence_end)
    }

    pub fn analysis(&self, id: ArticleId) -> Option<&ArticleAnalysis> {
        self.extraction.analyses.iter().find(|a| a.article == id)
    }

    pub fn analyses(&self) -> &[ArticleAnalysis] {
        &self.extraction.analyses
    }

    /// Sets an article's reference date (as the user's) and re-resolves every relative date
    /// in it. Returns false if there is no such article.
    pub fn set_reference_date(&mut self, id: ArticleId, date: Date) -> bool {
        self.set_reference(id, Some(ReferenceDate { date, source: ReferenceSource::User }))
    }

    /// Replaces an article's reference date and re-analyses it.
    pub fn set_reference(&mut self, id: ArticleId, reference: Option<ReferenceDate>) -> bool {
        let Some(index) = self.articles.iter().position(|a| a.id == id) else { return false };
        self.articles[index].reference = reference;
        let analysis = extract::analyse(&self.articles[index]);
        if let Some(slot) = self.extraction.analyses.iter_mut().find(|a| a.article == id) {
            *slot = analysis;
        }
        self.remerge();
        true
    }

    /// Closes an article and drops its events.
    pub fn remove(&mut self, id: ArticleId) {
        self.articles.retain(|a| a.id != id);
        self.extraction.analyses.retain(|a| a.article != id);
        self.remerge();
    }

    fn remerge(&mut self) {
        self.extraction.events = extract::merge(&self.extraction.analyses);
        self.generation += 1;
    }

    /// Changes every time the articles or events change.
    pub fn generation(&self) -> u64 {
        self.generation
    }
}
