//! A `Corpus` is the set of open articles and what was extracted from them. The GUI and the
//! CLI both hold one; every change (articles added, a reference date edited) goes through it
//! so the events always agree with the articles.

use std::sync::Arc;

use jiff::civil::Date;

use crate::corrections::{self, Correction};
use crate::extract::{self, ArticleAnalysis};
use crate::model::{Article, ArticleId, Event, EventId, Mention, ReferenceDate, ReferenceSource};
use crate::project::{Project, ViewState};

#[derive(Debug, Clone, Default)]
pub struct Corpus {
    articles: Vec<Article>,
    /// One per article, in the same order. Shared, so that a merge can run on another thread
    /// over a snapshot of them (see [`Corpus::merge_job`]).
    analyses: Vec<Arc<ArticleAnalysis>>,
    events: Vec<Event>,
    /// True while articles were staged whose mentions no merge has taken in yet.
    merge_pending: bool,
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
    /// Bumped whenever the events are made afresh (a merge and a replay of the corrections):
    /// what a correction made before then changed no longer fits them.
    rebuilds: u64,
}

/// One undoable change.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    /// A correction, with how to take it back once applied where the events stood.
    Correction {
        correction: Correction,
        undo: Option<Box<Undo>>,
    },
    Reference {
        article: ArticleId,
        before: Option<ReferenceDate>,
        after: Option<ReferenceDate>,
    },
}

/// What applying a correction did, so that undoing it puts back the events it found instead
/// of merging every article again (150 ms with 10,000 articles open).
#[derive(Debug, Clone, PartialEq)]
struct Undo {
    /// `None` when the correction found nothing and changed nothing.
    change: Option<corrections::Change>,
    /// [`Corpus::rebuilds`] when it was applied: the change fits only the events of that build.
    rebuilds: u64,
}

impl Step {
    fn describe(&self) -> String {
        match self {
            Step::Correction { correction, .. } => correction.describe(),
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
        let extraction = extract::extract_after(self.analyses.iter().map(|a| &**a), &articles);
        self.articles.extend(articles);
        self.analyses.extend(extraction.analyses.into_iter().map(Arc::new));
        self.merge_pending = false;
        self.set_merged(extraction.events);
        ids
    }

    /// Adds articles already analysed (on another thread, by [`extract::analyse_all`]), giving each
    /// a fresh id: only the merge runs here.
    pub fn add_analysed(&mut self, analysed: Vec<(Article, ArticleAnalysis)>) -> Vec<ArticleId> {
        let ids = self.stage(analysed);
        if !ids.is_empty() {
            self.remerge();
        }
        ids
    }

    /// Adds articles already analysed, giving each a fresh id, without merging: they are open
    /// at once, and their events join when a merge run elsewhere comes back
    /// ([`Corpus::merge_job`], then [`Corpus::take_merge`]). Merging 10,000 articles takes a
    /// tenth of a second or more, too long for the thread that draws the window.
    pub fn stage(&mut self, analysed: Vec<(Article, ArticleAnalysis)>) -> Vec<ArticleId> {
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
            self.analyses.push(Arc::new(analysis));
        }
        if !ids.is_empty() {
            self.merge_pending = true;
            self.generation += 1;
        }
        ids
    }

    /// The merge still owed to staged articles, to run on any thread; `None` when the events
    /// are up to date.
    pub fn merge_job(&self) -> Option<MergeJob> {
        self.merge_pending.then(|| MergeJob {
            generation: self.generation,
            analyses: self.analyses.clone(),
            corrections: self.corrections.clone(),
        })
    }

    /// True while staged articles wait for their merge.
    pub fn merge_pending(&self) -> bool {
        self.merge_pending
    }

    /// Takes the events of a merge run elsewhere, if the corpus has not changed since its job
    /// was made; returns whether it did. A change in between (a correction, an article closed)
    /// merged everything itself, so a late result is only dropped.
    pub fn take_merge(&mut self, merged: Merged) -> bool {
        if merged.generation != self.generation {
            return false;
        }
        self.events = merged.applied.events;
        self.orphaned = merged.applied.orphaned;
        self.merge_pending = false;
        self.generation += 1;
        self.rebuilds += 1;
        true
    }

    /// A corpus with events given directly, not extracted: for benchmarks and tests of the
    /// views at sizes no test article set reaches.
    #[doc(hidden)]
    pub fn with_events(articles: Vec<Article>, events: Vec<Event>) -> Corpus {
        let next_id = articles.iter().map(|a| a.id.0 + 1).max().unwrap_or(0);
        Corpus { articles, events, next_id, generation: 1, ..Corpus::default() }
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
        &self.events
    }

    /// Events are numbered by their position, so this is a lookup, not a search.
    pub fn event(&self, id: EventId) -> Option<&Event> {
        let events = &self.events;
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
        let analyses = &self.analyses;
        analyses
            .get(id.0 as usize)
            .filter(|a| a.article == id)
            .or_else(|| analyses.iter().find(|a| a.article == id))
            .map(|a| &**a)
    }

    /// The analyses of the articles, in the order of [`Corpus::articles`].
    pub fn analyses(&self) -> impl Iterator<Item = &ArticleAnalysis> {
        self.analyses.iter().map(|a| &**a)
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
        if let Some(slot) = self.analyses.iter_mut().find(|a| a.article == id) {
            *slot = Arc::new(analysis);
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
        self.analyses.retain(|a| !gone.contains(&a.article));
        if self.articles.len() != before {
            self.remerge();
        }
    }

    fn remerge(&mut self) {
        self.merge_pending = false;
        self.set_merged(extract::merge(self.analyses.iter().map(|a| &**a)));
    }

    /// Takes the merged events of all the analyses, with the user's corrections replayed.
    fn set_merged(&mut self, merged: Vec<Event>) {
        let applied = corrections::apply(merged, &self.corrections);
        self.events = applied.events;
        self.orphaned = applied.orphaned;
        self.generation += 1;
        self.rebuilds += 1;
    }

    /// Extracts every article again (after the extractor changed, or on loading a project)
    /// and replays the corrections on the result.
    pub fn reextract(&mut self) {
        let extraction = extract::extract(&self.articles);
        self.analyses = extraction.analyses.into_iter().map(Arc::new).collect();
        self.merge_pending = false;
        self.set_merged(extraction.events);
    }

    /// Applies a correction; it can be undone.
    pub fn correct(&mut self, correction: Correction) {
        self.do_step(Step::Correction { correction, undo: None });
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

    fn do_step(&mut self, mut step: Step) -> bool {
        let done = self.play(&mut step, false);
        if done {
            self.done.push(step);
            self.undone.clear();
        }
        done
    }

    /// Applies a step forwards or backwards.
    fn play(&mut self, step: &mut Step, backwards: bool) -> bool {
        match (step, backwards) {
            (Step::Correction { correction, undo }, false) => {
                self.corrections.push(correction.clone());
                *undo = None;
                if self.merge_pending {
                    self.remerge();
                } else {
                    // The events already carry the earlier corrections: the new one applies to
                    // them as they stand, as a replay would, without merging 10,000
                    // articles again for one edit.
                    let change = corrections::apply_one(&mut self.events, correction);
                    if change.is_none() {
                        self.orphaned.push(self.corrections.len() - 1);
                    }
                    *undo = Some(Box::new(Undo { change, rebuilds: self.rebuilds }));
                    self.generation += 1;
                }
                true
            }
            (Step::Correction { undo, .. }, true) => {
                self.corrections.pop();
                match undo.take().map(|undo| *undo) {
                    // Every step since was undone too (the stack's order), so the events are as
                    // this one left them, unless they were rebuilt meanwhile.
                    Some(Undo { change, rebuilds }) if rebuilds == self.rebuilds && !self.merge_pending => {
                        if let Some(change) = change {
                            corrections::undo(&mut self.events, change);
                        }
                        let count = self.corrections.len();
                        self.orphaned.retain(|&i| i < count);
                        self.generation += 1;
                    }
                    _ => self.remerge(),
                }
                true
            }
            (Step::Reference { article, before, after }, backwards) => {
                self.set_reference(*article, if backwards { *before } else { *after })
            }
        }
    }

    /// Undoes the last change; returns what was undone.
    pub fn undo(&mut self) -> Option<String> {
        let mut step = self.done.pop()?;
        self.play(&mut step, true);
        let what = step.describe();
        self.undone.push(step);
        Some(what)
    }

    /// Redoes the last undone change; returns what was redone.
    pub fn redo(&mut self) -> Option<String> {
        let mut step = self.undone.pop()?;
        self.play(&mut step, false);
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

/// A snapshot of what a merge needs, to run away from the thread that draws.
pub struct MergeJob {
    generation: u64,
    analyses: Vec<Arc<ArticleAnalysis>>,
    corrections: Vec<Correction>,
}

impl MergeJob {
    /// Merges every mention and replays the corrections, as the corpus itself would.
    pub fn run(self) -> Merged {
        let merged = extract::merge(self.analyses.iter().map(|a| &**a));
        Merged { generation: self.generation, applied: corrections::apply(merged, &self.corrections) }
    }
}

/// The events of a [`MergeJob`], for [`Corpus::take_merge`].
pub struct Merged {
    generation: u64,
    applied: corrections::Applied,
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
    fn a_merge_run_elsewhere_gives_the_events_of_one_run_here() {
        let texts = ["Putin met Xi in Moscow on Monday.", "Xi and Putin met in Moscow on Monday."];
        let mut here = Corpus::new();
        here.add_analysed(extract::analyse_all(texts.map(article).to_vec()));
        let mut elsewhere = Corpus::new();
        elsewhere.stage(extract::analyse_all(texts.map(article).to_vec()));
        assert!(elsewhere.events().is_empty(), "staged articles wait for their merge");
        assert_eq!(elsewhere.articles().len(), 2);
        let job = elsewhere.merge_job().expect("a merge is owed");
        let merged = std::thread::spawn(move || job.run()).join().expect("merge thread");
        assert!(elsewhere.take_merge(merged));
        assert!(elsewhere.merge_job().is_none());
        assert_eq!(elsewhere.events(), here.events());
        assert_eq!(elsewhere.events().len(), 1, "two reports of one meeting");
    }

    #[test]
    fn a_late_merge_is_dropped_when_the_corpus_changed_meanwhile() {
        let mut corpus = Corpus::new();
        let ids = corpus.stage(extract::analyse_all(vec![
            article("Putin met Xi in Moscow on Monday."),
            article("Macron spoke by phone with Merkel on Tuesday."),
        ]));
        let job = corpus.merge_job().expect("a merge is owed");
        // Closing an article merges what is left at once.
        corpus.remove(ids[0]);
        assert!(corpus.merge_job().is_none());
        let kinds: Vec<_> = corpus.events().iter().map(|e| e.kind).collect();
        assert_eq!(kinds, vec![crate::model::EventKind::Call]);
        assert!(!corpus.take_merge(job.run()), "the closed article's meeting does not come back");
        assert_eq!(corpus.events().len(), 1);
    }

    #[test]
    fn each_correction_applied_as_made_gives_what_a_replay_gives() {
        use crate::corrections::{Anchor, EventPatch};
        use crate::model::EventKind;
        let mut corpus = Corpus::new();
        let ids = corpus.add([
            article("Putin met Xi in Moscow on Monday. Later, Israeli jets struck targets in Gaza."),
            article("Macron spoke by phone with Merkel on Tuesday. The call lasted an hour."),
            article("Xi and Putin met in Moscow on Monday, and Biden visited Kyiv on Monday."),
        ]);
        let anchor_of = |corpus: &Corpus, kind: EventKind| {
            corpus.events().iter().find(|e| e.kind == kind).and_then(Anchor::of_event).expect("event")
        };
        let call = anchor_of(&corpus, EventKind::Call);
        let strike = anchor_of(&corpus, EventKind::Strike);
        let visit = anchor_of(&corpus, EventKind::Visit);
        let meetings = corpus.events().iter().find(|e| e.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meetings.mentions.len(), 2, "two reports of one meeting");
        let (meeting, split_off) = (Anchor::of(&meetings.mentions[0]), Anchor::of(&meetings.mentions[1]));
        let patch = EventPatch { title: Some("Moscow meeting".into()), ..EventPatch::default() };
        for correction in [
            Correction::Edit { event: meeting, patch },
            Correction::Split { mention: split_off },
            Correction::Merge { into: call, other: visit },
            Correction::Delete { event: strike },
            corpus.added_event(ids[1], 0, 6, EventKind::Meeting).expect("selection"),
            // Names nothing left: orphaned either way.
            Correction::Delete { event: strike },
        ] {
            corpus.correct(correction);
        }
        let (events, orphaned) = (corpus.events().to_vec(), corpus.orphaned_corrections().count());
        assert_eq!(orphaned, 1);
        corpus.reextract();
        assert_eq!(corpus.events(), events.as_slice());
        assert_eq!(corpus.orphaned_corrections().count(), orphaned);
    }

    /// Random corrections of every kind, undos, redos and now and then a reference date, on
    /// some of our test articles: after each, the events and orphans must be exactly what a
    /// full merge and replay of the corrections still in force gives.
    #[test]
    fn undo_and_redo_give_what_a_merge_and_replay_gives() {
        use crate::corrections::{Anchor, DateEdit, EventPatch};
        use crate::model::{EventKind, EventStatus, TimeSpan};
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
        let articles: Vec<Article> = ["13", "14", "15", "19", "20", "21", "22", "23", "24"]
            .iter()
            .flat_map(|prefix| {
                let path = std::fs::read_dir(&dir)
                    .expect("tests/articles")
                    .flatten()
                    .map(|e| e.path())
                    .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
                    .expect("fixture");
                let bytes = std::fs::read(&path).expect("fixture");
                crate::ingest::load_bytes(&path, &bytes).expect("fixture reads")
            })
            .collect();
        let mut base = Corpus::new();
        base.add(articles);
        assert!(base.events().iter().any(|e| e.mentions.len() >= 2), "something to split");

        // xorshift: the same sequences on every run, no dependency.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |below: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % below.max(1) as u64) as usize
        };
        let (mut undos, mut redos, mut fast_undos) = (0, 0, 0);
        for _ in 0..60 {
            let mut corpus = base.clone();
            // Anchors of events that may since have gone, to make corrections that find nothing
            // or find another event by overlap.
            let mut seen: Vec<Anchor> = Vec::new();
            for _ in 0..40 {
                let events = corpus.events();
                let any_anchor = |next: &mut dyn FnMut(usize) -> usize| -> Option<Anchor> {
                    let event = events.get(next(events.len()))?;
                    event.mentions.get(next(event.mentions.len())).map(Anchor::of)
                };
                seen.extend(events.iter().filter_map(Anchor::of_event));
                let stale = |next: &mut dyn FnMut(usize) -> usize| seen.get(next(seen.len())).copied();
                let before = corpus.rebuilds;
                match next(20) {
                    0..=3 => {
                        undos += 1;
                        let fast = matches!(
                            corpus.done.last(),
                            Some(Step::Correction { undo: Some(u), .. }) if u.rebuilds == corpus.rebuilds
                        );
                        corpus.undo();
                        if fast && corpus.rebuilds == before {
                            fast_undos += 1;
                        }
                    }
                    4..=5 => {
                        redos += 1;
                        corpus.redo();
                    }
                    6 => {
                        let article = corpus.articles()[next(corpus.articles().len())].id;
                        let day = jiff::civil::date(2020, 1 + next(12) as i8, 1 + next(28) as i8);
                        corpus.set_reference_date(article, day);
                    }
                    7..=10 => {
                        let Some(event) = any_anchor(&mut next).or_else(|| stale(&mut next)) else {
                            continue;
                        };
                        let mut patch = EventPatch::default();
                        match next(5) {
                            0 => patch.kind = Some(EventKind::ALL[next(EventKind::ALL.len())]),
                            1 => patch.title = Some(format!("title {}", next(100))),
                            2 => {
                                patch.when = Some(if next(3) == 0 {
                                    DateEdit::Undated
                                } else {
                                    DateEdit::Span(TimeSpan::day(jiff::civil::date(
                                        2019,
                                        1 + next(12) as i8,
                                        3,
                                    )))
                                })
                            }
                            3 => patch.participants = Some(vec![format!("Person {}", next(5))]),
                            _ => {
                                patch.status = Some(EventStatus::Cancelled);
                                patch.note = Some("checked".into());
                            }
                        }
                        corpus.correct(Correction::Edit { event, patch });
                    }
                    11..=12 => {
                        let anchor = if next(4) == 0 { stale(&mut next) } else { any_anchor(&mut next) };
                        let Some(event) = anchor else { continue };
                        corpus.correct(Correction::Delete { event });
                    }
                    13..=14 => {
                        let (Some(into), Some(other)) = (any_anchor(&mut next), any_anchor(&mut next)) else {
                            continue;
                        };
                        corpus.correct(Correction::Merge { into, other });
                    }
                    15..=16 => {
                        let Some(mention) = any_anchor(&mut next).or_else(|| stale(&mut next)) else {
                            continue;
                        };
                        corpus.correct(Correction::Split { mention });
                    }
                    _ => {
                        let article = &corpus.articles()[next(corpus.articles().len())];
                        let (id, len) = (article.id, article.text.len());
                        // Now and then on an event's own trigger, so two events hold it.
                        let (start, end) = match any_anchor(&mut next) {
                            Some(a) if next(2) == 0 => (a.start, a.end),
                            _ => {
                                let start = next(len);
                                (start, start + 1 + next(30))
                            }
                        };
                        let kind = EventKind::ALL[next(EventKind::ALL.len())];
                        let Some(add) = corpus.added_event(id, start, end.min(len), kind) else { continue };
                        corpus.correct(add);
                    }
                }
                let mut replayed = corpus.clone();
                replayed.remerge();
                assert_eq!(corpus.events(), replayed.events(), "after {:?}", corpus.done.last());
                assert_eq!(corpus.orphaned, replayed.orphaned);
            }
        }
        assert!(undos > 300 && redos > 150, "{undos} undos, {redos} redos");
        assert!(fast_undos > 200, "only {fast_undos} undos without a merge");
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
