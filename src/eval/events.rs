//! Scores event extraction against events annotated by hand on real news
//! (`tests/expected/tbaq_events.toml`): precision, recall and F1 for finding each event with
//! the right kind, then also the right date, then also the right participants.
//!
//! A gold event names the sentences that report it by short quoted substrings (`triggers`).
//! A system event matches a gold event of the same kind when one of its mentions' sentences
//! holds one of those substrings. Matching is one to one: each gold event takes the unused
//! system event of its kind that shares the most of its sentences; a second system event for
//! an event already matched is a duplicate and counts against precision, as it is a second
//! dot on the timeline. System events of kind `other`, and those the extractor itself marks
//! `unreal` (negated, hypothetical), are not counted: the app does not show them as events.
//!
//! Not for: timexes (see the parent module), or our own test articles (`tests/events.rs`).

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::Prf;
use crate::corrections::DateEdit;
use crate::model::{Event, EventKind, EventStatus, TimeSpan};

/// The gold file: one entry per article.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    pub article: Vec<GoldArticle>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// The TimeML file name, looked up under the corpus folder.
    pub file: String,
    pub set: Set,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

/// Which part of the gold set an article is in: `dev` may guide rules, `heldout` never does,
/// `fresh`, `fresh2` and `fresh3` (annotated later, each measured once unseen) may guide
/// rules like `dev` since, and `blind` (annotated after `fresh`) and `blind2` (session 15) are,
/// like `heldout`, only ever measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Set {
    Dev,
    Heldout,
    Fresh,
    Blind,
    Fresh2,
    Fresh3,
    Blind2,
    All,
}

impl Set {
    pub fn as_str(self) -> &'static str {
        match self {
            Set::Dev => "dev",
            Set::Heldout => "heldout",
            Set::Fresh => "fresh",
            Set::Blind => "blind",
            Set::Fresh2 => "fresh2",
            Set::Fresh3 => "fresh3",
            Set::Blind2 => "blind2",
            Set::All => "all",
        }
    }

    fn includes(self, other: Set) -> bool {
        self == Set::All || self == other
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    pub kind: String,
    /// A TIMEX3-style value, a range `a..b`, or "undated".
    pub when: String,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub status: Option<String>,
    /// Substrings of every sentence that reports the event.
    pub triggers: Vec<String>,
}

/// A gold event ready to compare: kind and date parsed, triggers found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub kind: EventKind,
    pub when: Option<TimeSpan>,
    pub participants: Vec<String>,
    pub status: EventStatus,
    /// Byte ranges of the trigger substrings in the article text.
    pub places: Vec<Range<usize>>,
}

impl GoldEvent {
    /// Parses kind, date and status, and finds every trigger in `text` (ignoring how
    /// whitespace is laid out). A trigger that is not in the text is an error in the gold.
    pub fn target(&self, text: &str) -> Result<Target, String> {
        let kind = EventKind::parse(&self.kind).ok_or_else(|| format!("unknown kind '{}'", self.kind))?;
        let when = match DateEdit::parse(&self.when)? {
            DateEdit::Span(span) => Some(span),
            DateEdit::Undated => None,
        };
        let status = match self.status.as_deref().unwrap_or("happened") {
            "happened" => EventStatus::Happened,
            "planned" => EventStatus::Planned,
            "cancelled" => EventStatus::Cancelled,
            "ongoing" => EventStatus::Ongoing,
            other => return Err(format!("unknown status '{other}'")),
        };
        let mut places = Vec::new();
        for trigger in &self.triggers {
            let words: Vec<String> = trigger.split_whitespace().map(regex::escape).collect();
            let pattern = Regex::new(&words.join(r"\s+")).map_err(|e| e.to_string())?;
            let before = places.len();
            places.extend(pattern.find_iter(text).map(|m| m.range()));
            if places.len() == before {
                return Err(format!("trigger {trigger:?} is not in the text"));
            }
        }
        Ok(Target { kind, when, participants: self.participants.clone(), status, places })
    }
}

/// Counts over any number of articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct EventCounts {
    pub gold: usize,
    pub system: usize,
    /// Matched with the right kind.
    pub kind: usize,
    /// ... and the right date (the same TIMEX3 value or the same span of days, or both
    /// undated).
    pub date: usize,
    /// ... and every gold participant among the system's.
    pub participants: usize,
    /// ... and exactly the gold participants, no more.
    pub participants_exact: usize,
    /// Matched with the right kind and the same status.
    pub status: usize,
    /// System events for a gold event already matched.
    pub duplicates: usize,
}

/// What went wrong, counted by class and never by article, so that a set only ever measured
/// (`heldout`, `blind`) can say which class of error to attack without showing its text
/// (`chronicle eval-events --classes`). Dates are compared on every event found with its
/// kind; participants on every such event too, whatever its date (the scores above only look
/// at participants once the date is right).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ErrorClasses {
    /// Per kind, in the order of `EventKind::ALL`.
    pub kinds: [KindErrors; EventKind::ALL.len()],
    pub dates: DateErrors,
    /// Gold participants the system did not give, by what they are.
    pub missing: EntityCounts,
    /// Participants the system gave that the gold does not have.
    pub extra: EntityCounts,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct KindErrors {
    pub gold: usize,
    pub found: usize,
    pub missed: usize,
    pub spurious: usize,
    pub duplicates: usize,
    /// Found, with a wrong date.
    pub wrong_date: usize,
    /// Found, lacking at least one gold participant.
    pub missing_participant: usize,
    /// Found, with at least one participant too many.
    pub extra_participant: usize,
}

/// How a found event's date is wrong.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DateErrors {
    /// Undated where the gold has a date.
    pub undated: usize,
    /// Dated where the gold has none.
    pub dated: usize,
    /// A span inside the gold's ("Tuesday" for "that week").
    pub narrower: usize,
    /// A span around the gold's ("that week" for "Tuesday").
    pub wider: usize,
    /// Ending before the gold's span begins.
    pub earlier: usize,
    /// Beginning after the gold's span ends.
    pub later: usize,
    /// Overlapping it in part.
    pub overlapping: usize,
}

/// Participants by what they are, by the gazetteer: countries, organisations, and people
/// (whatever else).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct EntityCounts {
    pub person: usize,
    pub country: usize,
    pub organisation: usize,
}

impl EntityCounts {
    fn add(&mut self, name: &str) {
        use crate::extract::lexicon::EntityClass;
        match crate::extract::lexicon::Lexicon::english().class_of(name) {
            Some(EntityClass::Country) => self.country += 1,
            Some(EntityClass::Organisation) => self.organisation += 1,
            _ => self.person += 1,
        }
    }
}

impl DateErrors {
    fn add(&mut self, system: Option<&TimeSpan>, gold: Option<&TimeSpan>) {
        match (system, gold) {
            (None, None) => {}
            (None, Some(_)) => self.undated += 1,
            (Some(_), None) => self.dated += 1,
            (Some(s), Some(g)) if s.end < g.start => self.earlier += 1,
            (Some(s), Some(g)) if s.start > g.end => self.later += 1,
            (Some(s), Some(g)) if g.start <= s.start && s.end <= g.end => self.narrower += 1,
            (Some(s), Some(g)) if s.start <= g.start && g.end <= s.end => self.wider += 1,
            _ => self.overlapping += 1,
        }
    }
}

impl ErrorClasses {
    fn kind(&mut self, kind: EventKind) -> &mut KindErrors {
        let index = EventKind::ALL.iter().position(|k| *k == kind).unwrap_or(EventKind::ALL.len() - 1);
        &mut self.kinds[index]
    }

    fn merge(&mut self, other: &ErrorClasses) {
        for (a, b) in self.kinds.iter_mut().zip(&other.kinds) {
            a.gold += b.gold;
            a.found += b.found;
            a.missed += b.missed;
            a.spurious += b.spurious;
            a.duplicates += b.duplicates;
            a.wrong_date += b.wrong_date;
            a.missing_participant += b.missing_participant;
            a.extra_participant += b.extra_participant;
        }
        let (d, o) = (&mut self.dates, &other.dates);
        d.undated += o.undated;
        d.dated += o.dated;
        d.narrower += o.narrower;
        d.wider += o.wider;
        d.earlier += o.earlier;
        d.later += o.later;
        d.overlapping += o.overlapping;
        for (a, b) in [(&mut self.missing, &other.missing), (&mut self.extra, &other.extra)] {
            a.person += b.person;
            a.country += b.country;
            a.organisation += b.organisation;
        }
    }

    /// A readable table, one row per kind that has any gold or system event.
    pub fn table(&self, set: Set) -> String {
        let mut out = format!(
            "{} error classes\n{:<10} {:>5} {:>6} {:>7} {:>9} {:>10} {:>9} {:>13} {:>11}\n",
            set.as_str(),
            "kind",
            "gold",
            "found",
            "missed",
            "spurious",
            "duplicate",
            "bad date",
            "participant-",
            "participant+"
        );
        for (kind, k) in EventKind::ALL.iter().zip(&self.kinds) {
            if k.gold + k.spurious + k.duplicates == 0 {
                continue;
            }
            out.push_str(&format!(
                "{:<10} {:>5} {:>6} {:>7} {:>9} {:>10} {:>9} {:>13} {:>11}\n",
                kind.as_str(),
                k.gold,
                k.found,
                k.missed,
                k.spurious,
                k.duplicates,
                k.wrong_date,
                k.missing_participant,
                k.extra_participant
            ));
        }
        let d = &self.dates;
        out.push_str(&format!(
            "dates wrong: {} undated, {} dated where gold is not, {} narrower, {} wider, {} earlier, {} later, {} overlapping\n",
            d.undated, d.dated, d.narrower, d.wider, d.earlier, d.later, d.overlapping
        ));
        for (name, e) in [("missing", &self.missing), ("extra", &self.extra)] {
            out.push_str(&format!(
                "participants {name}: {} person, {} country, {} organisation\n",
                e.person, e.country, e.organisation
            ));
        }
        out
    }
}

/// The figures for one set of articles.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EventScores {
    pub articles: usize,
    pub counts: EventCounts,
    pub kind: Prf,
    pub date: Prf,
    pub participants: Prf,
    pub participants_exact: Prf,
    /// Printed with `--classes`; left out of the JSON line.
    #[serde(skip)]
    pub classes: ErrorClasses,
}

impl EventScores {
    pub fn from_counts(articles: usize, c: EventCounts) -> EventScores {
        EventScores::with_classes(articles, c, ErrorClasses::default())
    }

    pub fn with_classes(articles: usize, c: EventCounts, classes: ErrorClasses) -> EventScores {
        EventScores {
            articles,
            counts: c,
            classes,
            kind: Prf::new(c.kind, c.system, c.gold),
            date: Prf::new(c.date, c.system, c.gold),
            participants: Prf::new(c.participants, c.system, c.gold),
            participants_exact: Prf::new(c.participants_exact, c.system, c.gold),
        }
    }

    /// A readable table of the figures, headed by the set's name.
    pub fn table(&self, set: Set) -> String {
        let c = &self.counts;
        let mut out = format!(
            "{}: {} articles, {} gold events, {} system events ({} duplicates)\n{:<28} {:>9} {:>9} {:>9}\n",
            set.as_str(),
            self.articles,
            c.gold,
            c.system,
            c.duplicates,
            "",
            "precision",
            "recall",
            "F1"
        );
        for (name, prf) in [
            ("kind", self.kind),
            ("kind+date", self.date),
            ("kind+date+participants", self.participants),
            ("  (participants exact)", self.participants_exact),
        ] {
            out.push_str(&format!("{name:<28} {:>9.3} {:>9.3} {:>9.3}\n", prf.precision, prf.recall, prf.f1));
        }
        let status = if c.kind == 0 { 0.0 } else { c.status as f64 / c.kind as f64 };
        out.push_str(&format!("status agrees on {} of {} found ({status:.3})\n", c.status, c.kind));
        out
    }
}

/// One disagreement with the gold standard, for `--misses`.
#[derive(Debug, Clone, PartialEq)]
pub enum EventMiss {
    Missed {
        file: String,
        kind: EventKind,
        when: String,
        sentence: String,
    },
    Spurious {
        file: String,
        kind: EventKind,
        when: String,
        participants: Vec<String>,
        sentence: String,
    },
    Duplicate {
        file: String,
        kind: EventKind,
        when: String,
        sentence: String,
    },
    WrongDate {
        file: String,
        kind: EventKind,
        gold: String,
        system: String,
        sentence: String,
    },
    WrongParticipants {
        file: String,
        kind: EventKind,
        gold: Vec<String>,
        system: Vec<String>,
        sentence: String,
    },
}

impl std::fmt::Display for EventMiss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EventMiss::Missed { file, kind, when, sentence } => {
                write!(f, "MISSED     {file}: {} {when}\n           {sentence:?}", kind.as_str())
            }
            EventMiss::Spurious { file, kind, when, participants, sentence } => write!(
                f,
                "SPURIOUS   {file}: {} {when} {participants:?}\n           {sentence:?}",
                kind.as_str()
            ),
            EventMiss::Duplicate { file, kind, when, sentence } => {
                write!(f, "DUPLICATE  {file}: {} {when}\n           {sentence:?}", kind.as_str())
            }
            EventMiss::WrongDate { file, kind, gold, system, sentence } => write!(
                f,
                "DATE       {file}: {} gold {gold}, got {system}\n           {sentence:?}",
                kind.as_str()
            ),
            EventMiss::WrongParticipants { file, kind, gold, system, sentence } => write!(
                f,
                "PEOPLE     {file}: {} gold {gold:?}, got {system:?}\n           {sentence:?}",
                kind.as_str()
            ),
        }
    }
}

fn when_text(span: Option<&TimeSpan>) -> String {
    span.map(|s| s.value.clone()).unwrap_or_else(|| "undated".into())
}

/// The system events that count: of a kind, and not marked unreal by the extractor.
pub fn counted(events: &[Event]) -> Vec<&Event> {
    events.iter().filter(|e| e.kind != EventKind::Other && e.status != EventStatus::Unreal).collect()
}

/// Compares one article's system events with its gold events, adding to `counts`.
pub fn score_article(
    text: &str,
    file: &str,
    gold: &[Target],
    system: &[&Event],
    counts: &mut EventCounts,
    classes: &mut ErrorClasses,
    misses: &mut Vec<EventMiss>,
) {
    counts.gold += gold.len();
    counts.system += system.len();
    for g in gold {
        classes.kind(g.kind).gold += 1;
    }
    // How many of a gold event's trigger places lie in a system event's sentences.
    let shared = |g: &Target, s: &Event| -> usize {
        g.places
            .iter()
            .filter(|p| s.mentions.iter().any(|m| m.sentence_start <= p.start && p.start < m.sentence_end))
            .count()
    };
    // The gold piece's sentence as the extractor splits it ("on Jan. 12" stays whole).
    let sentences = crate::extract::sentences::split(text);
    let sentence_of = |start: usize| -> String {
        let range = sentences.iter().find(|r| r.contains(&start)).cloned().unwrap_or(start..start);
        text[range].split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let system_sentence = |s: &Event| -> String {
        s.mentions
            .first()
            .and_then(|m| text.get(m.sentence_start..m.sentence_end))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    };
    // How many of a gold event's quoted pieces hold one of a system event's triggers.
    let on_trigger = |g: &Target, s: &Event| -> usize {
        g.places
            .iter()
            .filter(|p| s.mentions.iter().any(|m| p.start <= m.trigger_start && m.trigger_start < p.end))
            .count()
    };
    let mut used = vec![false; system.len()];
    let mut matched_gold = vec![false; gold.len()];
    for (gi, g) in gold.iter().enumerate() {
        let best = system
            .iter()
            .enumerate()
            .filter(|(i, s)| !used[*i] && s.kind == g.kind)
            .map(|(i, s)| (i, shared(g, s)))
            .filter(|(_, n)| *n > 0)
            .max_by_key(|(i, n)| (on_trigger(g, system[*i]), *n, std::cmp::Reverse(*i)));
        let Some((index, _)) = best else {
            classes.kind(g.kind).missed += 1;
            misses.push(EventMiss::Missed {
                file: file.into(),
                kind: g.kind,
                when: when_text(g.when.as_ref()),
                sentence: g.places.first().map(|p| sentence_of(p.start)).unwrap_or_default(),
            });
            continue;
        };
        used[index] = true;
        matched_gold[gi] = true;
        let s = system[index];
        counts.kind += 1;
        if s.status == g.status {
            counts.status += 1;
        }
        let system_span = s.when.as_ref().map(|w| &w.span);
        let date_right = match (system_span, g.when.as_ref()) {
            (None, None) => true,
            // The gold date is a TIMEX3 value at the text's granularity ("1998-W33"); the
            // system's span may be narrower than its value ("later this week").
            (Some(a), Some(b)) => a.value == b.value || (a.start == b.start && a.end == b.end),
            _ => false,
        };
        let kind_errors = classes.kind(g.kind);
        kind_errors.found += 1;
        let missing: Vec<&String> = g.participants.iter().filter(|p| !s.participants.contains(p)).collect();
        let extra: Vec<&String> = s.participants.iter().filter(|p| !g.participants.contains(p)).collect();
        kind_errors.wrong_date += usize::from(!date_right);
        kind_errors.missing_participant += usize::from(!missing.is_empty());
        kind_errors.extra_participant += usize::from(!extra.is_empty());
        missing.iter().for_each(|p| classes.missing.add(p));
        extra.iter().for_each(|p| classes.extra.add(p));
        if !date_right {
            classes.dates.add(system_span, g.when.as_ref());
            misses.push(EventMiss::WrongDate {
                file: file.into(),
                kind: g.kind,
                gold: when_text(g.when.as_ref()),
                system: when_text(system_span),
                sentence: system_sentence(s),
            });
            continue;
        }
        counts.date += 1;
        let covers = g.participants.iter().all(|p| s.participants.contains(p));
        let exact = covers && s.participants.iter().all(|p| g.participants.contains(p));
        if covers {
            counts.participants += 1;
        }
        if exact {
            counts.participants_exact += 1;
        } else {
            misses.push(EventMiss::WrongParticipants {
                file: file.into(),
                kind: g.kind,
                gold: g.participants.clone(),
                system: s.participants.clone(),
                sentence: system_sentence(s),
            });
        }
    }
    for (i, s) in system.iter().enumerate() {
        if used[i] {
            continue;
        }
        let when = when_text(s.when.as_ref().map(|w| &w.span));
        let sentence = system_sentence(s);
        let duplicate =
            gold.iter().zip(&matched_gold).any(|(g, m)| *m && g.kind == s.kind && shared(g, s) > 0);
        if duplicate {
            counts.duplicates += 1;
            classes.kind(s.kind).duplicates += 1;
            misses.push(EventMiss::Duplicate { file: file.into(), kind: s.kind, when, sentence });
        } else {
            classes.kind(s.kind).spurious += 1;
            let participants = s.participants.clone();
            misses.push(EventMiss::Spurious {
                file: file.into(),
                kind: s.kind,
                when,
                participants,
                sentence,
            });
        }
    }
}

/// Every article of the gold file that is in `set`, extracted from the TimeML under
/// `corpus` and scored. Returns the scores for each set present (and `All` for them together), the
/// misses, and the problems (a missing file, a trigger not in the text).
pub fn evaluate(
    gold: &Gold,
    set: Set,
    corpus: &Path,
) -> (Vec<(Set, EventScores)>, Vec<EventMiss>, Vec<String>) {
    let files: HashMap<String, PathBuf> = super::timeml_files(&[corpus.to_owned()])
        .into_iter()
        .filter_map(|p| Some((p.file_name()?.to_string_lossy().into_owned(), p)))
        .collect();
    let mut per_set: Vec<(Set, usize, EventCounts, ErrorClasses)> = Vec::new();
    let mut misses = Vec::new();
    let mut errors = Vec::new();
    for article in gold.article.iter().filter(|a| set.includes(a.set)) {
        let Some(path) = files.get(&article.file) else {
            errors.push(format!("{}: not found under {}", article.file, corpus.display()));
            continue;
        };
        let loaded = match crate::ingest::load_path(path, &crate::ingest::IngestOptions::default()) {
            Ok(articles) => articles,
            Err(e) => {
                errors.push(format!("{}: {e}", article.file));
                continue;
            }
        };
        let Some(text) = loaded.first().map(|a| a.text.clone()) else { continue };
        let mut targets = Vec::new();
        for event in &article.events {
            match event.target(&text) {
                Ok(t) => targets.push(t),
                Err(e) => errors.push(format!("{}: {e}", article.file)),
            }
        }
        let extraction = crate::extract::extract(&loaded[..1]);
        let system = counted(&extraction.events);
        let entry = match per_set.iter_mut().find(|(s, _, _, _)| *s == article.set) {
            Some(entry) => entry,
            None => {
                per_set.push((article.set, 0, EventCounts::default(), ErrorClasses::default()));
                per_set.last_mut().expect("just pushed")
            }
        };
        entry.1 += 1;
        score_article(&text, &article.file, &targets, &system, &mut entry.2, &mut entry.3, &mut misses);
    }
    per_set.sort_by_key(|(s, _, _, _)| s.as_str());
    let mut scores: Vec<(Set, EventScores)> =
        per_set.iter().map(|(s, n, c, e)| (*s, EventScores::with_classes(*n, *c, *e))).collect();
    if per_set.len() > 1 {
        let mut total = EventCounts::default();
        let mut classes = ErrorClasses::default();
        let mut articles = 0;
        for (_, n, c, e) in &per_set {
            classes.merge(e);
            articles += n;
            total.gold += c.gold;
            total.system += c.system;
            total.kind += c.kind;
            total.date += c.date;
            total.participants += c.participants;
            total.participants_exact += c.participants_exact;
            total.status += c.status;
            total.duplicates += c.duplicates;
        }
        scores.push((Set::All, EventScores::with_classes(articles, total, classes)));
    }
    (scores, misses, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleId, EventId, Mention, When};
    use crate::timex::calendar::span_of;

    const TEXT: &str = "The bombs exploded on Friday. Clinton met Blair. The bombing killed many. They met again. The raid is not linked with the 1998 bombings.";

    fn sentence(word: &str) -> Range<usize> {
        let at = TEXT.find(word).expect("word in text");
        let start = TEXT[..at].rfind(". ").map(|i| i + 2).unwrap_or(0);
        let end = TEXT[at..].find('.').map(|i| at + i + 1).unwrap_or(TEXT.len());
        start..end
    }

    fn event(kind: EventKind, when: Option<&str>, participants: &[&str], sentences: &[&str]) -> Event {
        Event {
            id: EventId(0),
            kind,
            title: String::new(),
            when: when.map(|v| When {
                span: span_of(v).expect("value"),
                expression: None,
                anchor: None,
                approximate: false,
            }),
            status: EventStatus::Happened,
            participants: participants.iter().map(|p| p.to_string()).collect(),
            location: None,
            mentions: sentences
                .iter()
                .map(|w| {
                    let r = sentence(w);
                    Mention {
                        article: ArticleId(0),
                        trigger_start: r.start,
                        trigger_end: r.start,
                        sentence_start: r.start,
                        sentence_end: r.end,
                    }
                })
                .collect(),
            merge_reasons: Vec::new(),
            note: None,
            corrected: Vec::new(),
        }
    }

    fn gold(kind: &str, when: &str, participants: &[&str], triggers: &[&str]) -> Target {
        GoldEvent {
            kind: kind.into(),
            when: when.into(),
            participants: participants.iter().map(|p| p.to_string()).collect(),
            status: None,
            triggers: triggers.iter().map(|t| t.to_string()).collect(),
        }
        .target(TEXT)
        .expect("gold is in the text")
    }

    fn score(gold: &[Target], system: &[Event]) -> (EventCounts, Vec<EventMiss>) {
        let mut counts = EventCounts::default();
        let mut misses = Vec::new();
        let system: Vec<&Event> = system.iter().collect();
        score_article(TEXT, "x.tml", gold, &system, &mut counts, &mut ErrorClasses::default(), &mut misses);
        (counts, misses)
    }

    #[test]
    fn triggers_are_found_whatever_the_whitespace_and_must_exist() {
        let g = GoldEvent {
            kind: "strike".into(),
            when: "1998-08-07..1998-08-08".into(),
            participants: vec![],
            status: Some("planned".into()),
            triggers: vec!["bombs   exploded".into()],
        };
        let t = g.target("The bombs\n exploded.").expect("found");
        assert_eq!(t.places, vec![4..19]);
        assert_eq!(t.when.map(|w| w.days()), Some(2));
        assert_eq!(t.status, EventStatus::Planned);
        let missing = GoldEvent { triggers: vec!["not there".into()], ..g };
        assert!(missing.target("The bombs exploded.").unwrap_err().contains("not there"));
    }

    #[test]
    fn kind_date_and_participants_are_scored_in_turn() {
        let gold = [
            gold("strike", "2017-05-05", &["United States"], &["bombs exploded", "bombing killed"]),
            gold("meeting", "undated", &["Clinton", "Blair"], &["Clinton met Blair"]),
        ];
        let system = [
            event(EventKind::Strike, Some("2017-05-05"), &["United States", "Kenya"], &["bombs exploded"]),
            event(EventKind::Meeting, Some("2017-05-05"), &["Clinton", "Blair"], &["Clinton met"]),
        ];
        let (c, misses) = score(&gold, &system);
        assert_eq!(
            (c.gold, c.system, c.kind, c.date, c.participants, c.participants_exact),
            (2, 2, 2, 1, 1, 0)
        );
        assert!(matches!(misses[0], EventMiss::WrongParticipants { .. }), "{misses:?}");
        assert!(matches!(misses[1], EventMiss::WrongDate { .. }), "{misses:?}");
    }

    #[test]
    fn a_second_event_for_one_gold_event_is_a_duplicate_and_a_wrong_kind_is_missed_and_spurious() {
        let gold = [gold("strike", "undated", &[], &["bombs exploded", "bombing killed"])];
        let system = [
            event(EventKind::Strike, None, &[], &["bombing killed"]),
            event(EventKind::Strike, None, &[], &["bombs exploded"]),
            event(EventKind::Meeting, None, &[], &["met again"]),
        ];
        let (c, misses) = score(&gold, &system);
        assert_eq!((c.kind, c.duplicates, c.system), (1, 1, 3));
        assert_eq!(misses.iter().filter(|m| matches!(m, EventMiss::Spurious { .. })).count(), 1);
        let s = EventScores::from_counts(1, c);
        assert!((s.kind.precision - 1.0 / 3.0).abs() < 1e-9 && (s.kind.recall - 1.0).abs() < 1e-9);

        let (c, misses) = score(&gold, &[event(EventKind::Meeting, None, &[], &["bombs exploded"])]);
        assert_eq!((c.kind, c.system, c.gold), (0, 1, 1));
        assert!(
            matches!(misses[0], EventMiss::Missed { .. }) && matches!(misses[1], EventMiss::Spurious { .. })
        );
    }

    #[test]
    fn errors_are_counted_by_class_without_naming_an_article() {
        let gold = [
            gold("strike", "2017-05", &["United States", "NATO"], &["bombs exploded"]),
            gold("meeting", "2017-05-05", &["Clinton", "Blair"], &["Clinton met Blair"]),
            gold("meeting", "undated", &[], &["They met again"]),
        ];
        let system = [
            event(EventKind::Strike, Some("2017-05-05"), &["Kenya"], &["bombs exploded"]),
            event(EventKind::Meeting, None, &["Clinton"], &["Clinton met"]),
            event(EventKind::Meeting, None, &[], &["Clinton met"]),
            event(EventKind::Call, None, &[], &["bombing killed"]),
        ];
        let mut classes = ErrorClasses::default();
        let system: Vec<&Event> = system.iter().collect();
        score_article(
            TEXT,
            "x.tml",
            &gold,
            &system,
            &mut EventCounts::default(),
            &mut classes,
            &mut Vec::new(),
        );
        let strike = classes.kinds[5];
        assert_eq!(EventKind::ALL[5], EventKind::Strike);
        assert_eq!((strike.gold, strike.found, strike.wrong_date, strike.missing_participant), (1, 1, 1, 1));
        let meeting = classes.kinds[1];
        assert_eq!((meeting.gold, meeting.found, meeting.missed, meeting.duplicates), (2, 1, 1, 1));
        assert_eq!((meeting.wrong_date, meeting.missing_participant), (1, 1));
        assert_eq!(classes.kinds[0].spurious, 1);
        assert_eq!((classes.dates.narrower, classes.dates.undated), (1, 1));
        assert_eq!(
            (classes.missing.person, classes.missing.country, classes.missing.organisation),
            (1, 1, 1)
        );
        assert_eq!((classes.extra.country, classes.extra.person), (1, 0));
        assert!(
            classes.table(Set::Dev).contains("participants missing: 1 person, 1 country, 1 organisation")
        );
    }

    #[test]
    fn each_gold_event_takes_the_system_event_sharing_most_of_its_sentences() {
        let gold = [
            gold("meeting", "undated", &[], &["Clinton met Blair"]),
            gold("meeting", "undated", &[], &["They met again"]),
        ];
        let system = [
            event(EventKind::Meeting, None, &[], &["They met again"]),
            event(EventKind::Meeting, None, &[], &["Clinton met"]),
        ];
        let (c, misses) = score(&gold, &system);
        assert_eq!((c.kind, c.date, c.duplicates), (2, 2, 0), "{misses:?}");
    }

    #[test]
    fn of_two_events_in_one_sentence_each_gold_event_takes_the_one_whose_trigger_it_quotes() {
        let gold = [
            gold("strike", "undated", &[], &["The raid is"]),
            gold("strike", "1998", &[], &["the 1998 bombings"]),
        ];
        let at = |word: &str, mut e: Event| {
            let start = TEXT.rfind(word).expect("word in text");
            e.mentions[0].trigger_start = start;
            e.mentions[0].trigger_end = start + word.len();
            e
        };
        let system = [
            at("bombings", event(EventKind::Strike, Some("1998"), &[], &["The raid"])),
            at("raid", event(EventKind::Strike, None, &[], &["The raid"])),
        ];
        let (c, misses) = score(&gold, &system);
        assert_eq!((c.kind, c.date), (2, 2), "{misses:?}");
    }
}
