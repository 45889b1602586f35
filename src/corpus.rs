//! A `Corpus` is the set of open articles and what was extracted from them. The GUI and the
//! CLI both hold one; every change (articles added, a reference date edited) goes through it
//! so the events always agree with the articles.

use jiff::civil::Date;

use crate::corrections::{self, Correction};
use crate::extract::{self, ArticleAnalysis, Extraction};
use crate::model::{Article, ArticleId, Event, EventId, Mention, ReferenceDate, ReferenceSource};
use crate::project::{Project, ViewState};

#[derive(Debug, Clone, Default)]
pub struct Corpus {
    articles: Vec<Article>,
    extraction: Extraction,
    next_id: u32,
    /// Bumped on every change, so views can cache what they derive from the corpus.
    generation: u64,
    /// The user's corrections, replayed on every extraction.
    corrections: Vec<Correction>,
    /// Indices of corrections that found no event last time they were applied.
    orphaned: Vec<usize>,
    /// Undo and redo stacks of the user's changes.
    done: Vec<Step>,
    undone: Vec<Step>,
}

/// One undoable change.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Correction(Correction),
    Reference { article: ArticleId, before: Option<ReferenceDate>, after: Option<ReferenceDate> },
}

impl Step {
    fn describe(&self) -> String {
        match self {
            Step::Correction(c) => c.describe(),
            Step::Reference { .. } => "change a reference date".into(),
        }
    }
}

impl Corpus {
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// Adds articles, giving each a fresh id, and extracts their events.
    pub fn add(&mut self, articles: impl IntoIterator<Item = Article>) -> Vec<ArticleId> {
        let mut articles: Vec<Article> = articles.into_iter().collect();
        if articles.is_empty() {
            return Vec::new();
        }
        let ids: Vec<ArticleId> = articles
            .iter_mut()
            .map(|article| {
                article.id = ArticleId(self.next_id);
                self.next_id += 1;
                article.id
            })
            .collect();
        // The new articles' mentions merge after those already open, as a re-merge would.
        let extraction = extract::extract_after(&self.extraction.analyses, &articles);
        self.articles.extend(articles);
        self.extraction.analyses.extend(extraction.analyses);
        self.set_merged(extraction.events);
        ids
    }

    /// Adds articles already analysed (on another thread, by [`extract::analyse_all`]), giving each
    /// a fresh id: only the merge runs here.
    pub fn add_analysed(&mut self, analysed: Vec<(Article, ArticleAnalysis)>) -> Vec<ArticleId> {
        let mut ids = Vec::with_capacity(analysed.len());
        for (mut article, mut analysis) in analysed {
            let id = ArticleId(self.next_id);
            self.next_id += 1;
            article.id = id;
            analysis.article = id;
            for mention in &mut analysis.mentions {
                mention.mention.article = id;
            }
            ids.push(id);
            self.articles.push(article);
            self.extraction.analyses.push(analysis);
        }
        if !ids.is_empty() {
            self.remerge();
        }
        ids
    }

    /// A corpus with events given directly, not extracted: for benchmarks and tests of the
    /// views at sizes no test article set reaches.
    #[doc(hidden)]
    pub fn with_events(articles: Vec<Article>, events: Vec<Event>) -> Corpus {
        let next_id = articles.iter().map(|a| a.id.0 + 1).max().unwrap_or(0);
        Corpus {
            articles,
            extraction: Extraction { analyses: Vec::new(), events },
            next_id,
            generation: 1,
            ..Corpus::default()
        }
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// Articles are numbered in the order they were added, so until one is closed this is a
    /// lookup, not a search: exporting 4,000 articles' mentions searched 4,000 times each.
    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        let articles = &self.articles;
        articles.get(id.0 as usize).filter(|a| a.id == id).or_else(|| articles.iter().find(|a| a.id == id))
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
        let analyses = &self.extraction.analyses;
        analyses
            .get(id.0 as usize)
            .filter(|a| a.article == id)
            .or_else(|| analyses.iter().find(|a| a.article == id))
    }

    pub fn analyses(&self) -> &[ArticleAnalysis] {
        &self.extraction.analyses
    }

    /// Sets an article's reference date (as the user's) and re-resolves every relative date
    /// in it. Returns false if there is no such article.
    /// The change can be undone.
    pub fn set_reference_date(&mut self, id: ArticleId, date: Date) -> bool {
        let Some(before) = self.article(id).map(|a| a.reference) else { return false };
        let after = Some(ReferenceDate { date, source: ReferenceSource::User });
        if before == after {
            return true;
        }
        self.do_step(Step::Reference { article: id, before, after })
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
        self.remove_many(&[id]);
    }

    /// Closes several articles with one re-merge (closing 10,000 one by one would re-merge
    /// 10,000 times).
    pub fn remove_many(&mut self, ids: &[ArticleId]) {
        let gone: std::collections::HashSet<ArticleId> = ids.iter().copied().collect();
        let before = self.articles.len();
        self.articles.retain(|a| !gone.contains(&a.id));
        self.extraction.analyses.retain(|a| !gone.contains(&a.article));
        if self.articles.len() != before {
            self.remerge();
        }
    }

    fn remerge(&mut self) {
        self.set_merged(extract::merge(&self.extraction.analyses));
    }

    /// Takes the merged events of all the analyses, with the user's corrections replayed.
    fn set_merged(&mut self, merged: Vec<Event>) {
        let applied = corrections::apply(merged, &self.corrections);
        self.extraction.events = applied.events;
        self.orphaned = applied.orphaned;
        self.generation += 1;
    }

    /// Extracts every article again (after the extractor changed, or on loading a project)
    /// and replays the corrections on the result.
    pub fn reextract(&mut self) {
        let extraction = extract::extract(&self.articles);
        self.extraction.analyses = extraction.analyses;
        self.set_merged(extraction.events);
    }

    /// Applies a correction; it can be undone.
    pub fn correct(&mut self, correction: Correction) {
        self.do_step(Step::Correction(correction));
    }

    /// True once the user changed anything (a correction or a reference date).
    pub fn has_user_changes(&self) -> bool {
        !self.done.is_empty() || !self.corrections.is_empty()
    }

    pub fn corrections(&self) -> &[Correction] {
        &self.corrections
    }

    /// Corrections whose event the extraction no longer finds.
    pub fn orphaned_corrections(&self) -> impl Iterator<Item = &Correction> {
        self.orphaned.iter().filter_map(|&i| self.corrections.get(i))
    }

    fn do_step(&mut self, step: Step) -> bool {
        let done = self.play(&step, false);
        if done {
            self.done.push(step);
            self.undone.clear();
        }
        done
    }

    /// Applies a step forwards or backwards.
    fn play(&mut self, step: &Step, backwards: bool) -> bool {
        match (step, backwards) {
            (Step::Correction(c), false) => {
                self.corrections.push(c.clone());
                self.remerge();
                true
            }
            (Step::Correction(_), true) => {
                self.corrections.pop();
                self.remerge();
                true
            }
            (Step::Reference { article, before, after }, backwards) => {
                self.set_reference(*article, if backwards { *before } else { *after })
            }
        }
    }

    /// Undoes the last change; returns what was undone.
    pub fn undo(&mut self) -> Option<String> {
        let step = self.done.pop()?;
        self.play(&step, true);
        let what = step.describe();
        self.undone.push(step);
        Some(what)
    }

    /// Redoes the last undone change; returns what was redone.
    pub fn redo(&mut self) -> Option<String> {
        let step = self.undone.pop()?;
        self.play(&step, false);
        let what = step.describe();
        self.done.push(step);
        Some(what)
    }

    /// What Undo and Redo would do, for menu labels.
    pub fn undo_label(&self) -> Option<String> {
        self.done.last().map(Step::describe)
    }

    pub fn redo_label(&self) -> Option<String> {
        self.undone.last().map(Step::describe)
    }

    /// The correction that adds an event for the text `start..end` the user selected in an
    /// article: its sentence is the evidence, its first dated expression (or else the
    /// article's reference date) the date. `None` if the range is not in the text.
    pub fn added_event(
        &self,
        article: ArticleId,
        start: usize,
        end: usize,
        kind: crate::model::EventKind,
    ) -> Option<Correction> {
        let text = &self.article(article)?.text;
        let (start, end) = (start.min(end), start.max(end));
        let selected = text.get(start..end)?.trim();
        if selected.is_empty() {
            return None;
        }
        let analysis = self.analysis(article);
        let sentence = analysis
            .and_then(|a| a.sentences.iter().find(|s| s.start <= start && start < s.end.max(s.start + 1)))
            .cloned()
            .unwrap_or(start..end);
        let when = analysis
            .and_then(|a| {
                a.timexes
                    .iter()
                    .find(|t| sentence.start <= t.start && t.end <= sentence.end && t.span.is_some())
            })
            .and_then(|t| t.span.clone())
            .or_else(|| self.article(article)?.reference_date().map(crate::model::TimeSpan::day));
        let title: String = selected.split_whitespace().collect::<Vec<_>>().join(" ");
        let title = if title.chars().count() > 80 {
            title.chars().take(80).collect::<String>() + "…"
        } else {
            title
        };
        Some(Correction::Add {
            mention: Mention {
                article,
                trigger_start: start,
                trigger_end: end,
                sentence_start: sentence.start.min(start),
                sentence_end: sentence.end.max(end),
            },
            kind,
            title,
            when,
        })
    }

    /// The saved form of this corpus with the given view.
    pub fn to_project(&self, view: ViewState) -> Project {
        Project::new(self.articles.clone(), self.corrections.clone(), view)
    }

    /// A corpus from a saved project: its articles extracted afresh, its corrections
    /// replayed. Article ids are kept, since corrections name articles by id.
    pub fn from_project(project: Project) -> Corpus {
        let next_id = project.articles.iter().map(|a| a.id.0 + 1).max().unwrap_or(0);
        let mut corpus = Corpus {
            articles: project.articles,
            next_id,
            corrections: project.corrections,
            ..Corpus::default()
        };
        corpus.reextract();
        corpus
    }

    /// Changes every time the articles or events change.
    pub fn generation(&self) -> u64 {
        self.generation
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article {
            id: ArticleId(99),
            path: None,
            title: "t".into(),
            text: text.into(),
            reference: Some(ReferenceDate {
                date: jiff::civil::date(2019, 3, 6),
                source: ReferenceSource::User,
            }),
            source: None,
            encoding: None,
        }
    }

    #[test]
    fn articles_analysed_elsewhere_get_fresh_ids_everywhere() {
        let mut corpus = Corpus::new();
        corpus.add([article("Putin met Xi in Moscow on Monday.")]);
        let analysed = extract::analyse_all(vec![article("Macron spoke by phone with Merkel on Tuesday.")]);
        let ids = corpus.add_analysed(analysed);
        assert_eq!(ids, vec![ArticleId(1)]);
        assert_eq!(corpus.analysis(ArticleId(1)).map(|a| a.article), Some(ArticleId(1)));
        let call = corpus.events().iter().find(|e| e.kind == crate::model::EventKind::Call).expect("call");
        assert!(call.mentions.iter().all(|m| m.article == ArticleId(1)));
        assert_eq!(corpus.events().len(), 2);
    }

    #[test]
    fn closing_many_articles_keeps_the_others() {
        let mut corpus = Corpus::new();
        let ids = corpus.add([
            article("Putin met Xi in Moscow on Monday."),
            article("Macron spoke by phone with Merkel on Tuesday."),
            article("Israeli jets struck targets in Gaza on Sunday."),
        ]);
        corpus.remove_many(&ids[..2]);
        assert_eq!(corpus.articles().len(), 1);
        assert!(corpus.events().iter().all(|e| e.mentions.iter().all(|m| m.article == ids[2])));
        assert!(!corpus.events().is_empty());
    }
}
