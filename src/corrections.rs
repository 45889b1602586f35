//! The user's corrections to extracted events, kept as an ordered list of operations and
//! replayed on top of every fresh extraction, so they survive re-extraction: when the
//! extractor improves, the user's edits stay.
//!
//! An event is named by an `Anchor`, one of its mentions by its place in the text (article
//! and trigger byte range). Places in an article's text do not change when the extractor
//! does, so an anchor finds "the same event" again even when its id, title or the other
//! mentions merged into it changed. A correction whose anchor no longer finds an event is
//! *orphaned*: it is kept (the user may undo, or the extractor may find the event again)
//! and reported, never silently applied to some other event.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::model::{ArticleId, Event, EventId, EventKind, EventStatus, Mention, TimeSpan, When};

/// One mention of an event, by place: the handle corrections hold on an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    pub article: ArticleId,
    pub start: usize,
    pub end: usize,
}

impl Anchor {
    pub fn of(mention: &Mention) -> Anchor {
        Anchor { article: mention.article, start: mention.trigger_start, end: mention.trigger_end }
    }

    /// An event's anchor: its first mention.
    pub fn of_event(event: &Event) -> Option<Anchor> {
        event.mentions.first().map(Anchor::of)
    }
}

/// A new date for an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateEdit {
    Span(TimeSpan),
    Undated,
}

impl DateEdit {
    /// Reads a date the user typed: a TIMEX3-style value ("2017-04-07", "2017-04", "2017",
    /// "2017-W18", "2017-SU", "2017-Q2"), a range of two ("2017-04-07..2017-04-10"), or
    /// nothing / "undated".
    pub fn parse(text: &str) -> Result<DateEdit, String> {
        let text = text.trim();
        if text.is_empty() || text.eq_ignore_ascii_case("undated") {
            return Ok(DateEdit::Undated);
        }
        let span = |value: &str| {
            crate::timex::calendar::span_of(value.trim()).ok_or_else(|| {
                format!(
                    "\"{}\" is not a date: use 2017-04-07, 2017-04, 2017, 2017-W18, 2017-SU or 2017-Q2",
                    value.trim()
                )
            })
        };
        let range =
            text.split_once("..").or_else(|| text.split_once(" – ")).or_else(|| text.split_once(" - "));
        match range {
            Some((from, to)) => {
                let (from, to) = (span(from)?, span(to)?);
                if to.end < from.start {
                    return Err(format!("the range ends ({}) before it starts ({})", to.end, from.start));
                }
                Ok(DateEdit::Span(TimeSpan::joining(&from, &to)))
            }
            None => span(text).map(DateEdit::Span),
        }
    }

    /// The text form `parse` reads back.
    pub fn text(when: Option<&TimeSpan>) -> String {
        match when {
            Some(span) => match span.value.split_once('/') {
                Some((a, b)) => format!("{a}..{b}"),
                None => span.value.clone(),
            },
            None => String::new(),
        }
    }
}

/// The fields a user changed; `None` leaves a field as extracted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EventKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<DateEdit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<String>>,
    /// `Some("")` clears the location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EventStatus>,
    /// `Some("")` removes the note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl EventPatch {
    pub fn is_empty(&self) -> bool {
        *self == EventPatch::default()
    }

    /// The names of the fields this patch changes, for "what you changed" lists.
    pub fn fields(&self) -> Vec<&'static str> {
        let mut fields = Vec::new();
        let mut add = |set: bool, name| {
            if set {
                fields.push(name)
            }
        };
        add(self.kind.is_some(), "kind");
        add(self.title.is_some(), "title");
        add(self.when.is_some(), "date");
        add(self.participants.is_some(), "participants");
        add(self.location.is_some(), "location");
        add(self.status.is_some(), "status");
        add(self.note.is_some(), "note");
        fields
    }

    fn apply(&self, event: &mut Event) {
        if let Some(kind) = self.kind {
            event.kind = kind;
        }
        if let Some(title) = &self.title {
            event.title = title.clone();
        }
        match &self.when {
            Some(DateEdit::Span(span)) => {
                event.when =
                    Some(When { span: span.clone(), expression: None, anchor: None, approximate: false })
            }
            Some(DateEdit::Undated) => event.when = None,
            None => {}
        }
        if let Some(participants) = &self.participants {
            event.participants = participants.clone();
        }
        if let Some(location) = &self.location {
            event.location = (!location.trim().is_empty()).then(|| location.trim().to_owned());
        }
        if let Some(status) = self.status {
            event.status = status;
        }
        if let Some(note) = &self.note {
            event.note = (!note.trim().is_empty()).then(|| note.trim().to_owned());
        }
        for field in self.fields() {
            mark(event, field);
        }
    }
}

/// One correction. They apply in order, each to the events the previous ones left.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// Change some fields of an event.
    Edit { event: Anchor, patch: EventPatch },
    /// Remove an event from the timeline (and every export).
    Delete { event: Anchor },
    /// Make two events one: `other`'s mentions join `into`.
    Merge { into: Anchor, other: Anchor },
    /// Take one mention out of an event into an event of its own.
    Split { mention: Anchor },
    /// An event the extractor missed, from text the user selected.
    Add { mention: Mention, kind: EventKind, title: String, when: Option<TimeSpan> },
}

impl Correction {
    /// A short description for undo/redo labels and the corrections list.
    pub fn describe(&self) -> String {
        match self {
            Correction::Edit { patch, .. } => format!("edit {}", patch.fields().join(", ")),
            Correction::Delete { .. } => "delete an event".into(),
            Correction::Merge { .. } => "merge two events".into(),
            Correction::Split { .. } => "split a mention off".into(),
            Correction::Add { title, .. } => format!("add \"{title}\""),
        }
    }
}

/// Events with corrections applied, and which corrections found nothing to apply to.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    pub events: Vec<Event>,
    /// Indices into the corrections whose anchors no longer name an event.
    pub orphaned: Vec<usize>,
}

fn mark(event: &mut Event, what: &str) {
    if !event.corrected.iter().any(|c| c == what) {
        event.corrected.push(what.to_owned());
    }
}

/// Which event an anchor names among `events`, skipping those `live` rejects: the last one
/// holding its exact trigger, or else the first with a trigger overlapping it in the same
/// article (the extractor may have widened "spoke" to "spoke by phone"). The one rule both
/// [`apply`] and [`apply_one`] follow, so a correction finds the same event in a replay as
/// when it was made.
fn find(events: &[Event], anchor: &Anchor, live: impl Fn(usize) -> bool) -> Option<usize> {
    let mut overlapping = None;
    let mut exact = None;
    for (index, event) in events.iter().enumerate() {
        if !live(index) {
            continue;
        }
        for m in &event.mentions {
            if m.article != anchor.article {
                continue;
            }
            if Anchor::of(m) == *anchor {
                exact = Some(index);
            } else if overlapping.is_none()
                && m.trigger_start < anchor.end.max(anchor.start + 1)
                && anchor.start < m.trigger_end
            {
                overlapping = Some(index);
            }
        }
    }
    exact.or(overlapping)
}

/// `absorbed`'s mentions and participants join `target`.
fn absorb(target: &mut Event, absorbed: &Event) {
    target.mentions.extend(absorbed.mentions.iter().cloned());
    target.mentions.sort_by_key(|m| (m.article, m.trigger_start));
    for p in &absorbed.participants {
        if !target.participants.contains(p) {
            target.participants.push(p.clone());
        }
    }
    target.merge_reasons.push(format!("you merged \"{}\" into this event", absorbed.title));
    mark(target, "merged");
}

/// Takes the mention at `position` out of `event` into an event of its own.
fn split_off(event: &mut Event, position: usize) -> Event {
    let taken = event.mentions.remove(position);
    event.merge_reasons.push("you split a mention off this event".into());
    mark(event, "split");
    let mut alone = event.clone();
    alone.mentions = vec![taken];
    alone.merge_reasons = vec!["you split this mention off another event".into()];
    alone
}

fn added(mention: &Mention, kind: EventKind, title: &str, when: &Option<TimeSpan>) -> Event {
    Event {
        id: EventId(0),
        kind,
        title: title.to_owned(),
        when: when.clone().map(|span| When { span, expression: None, anchor: None, approximate: false }),
        status: EventStatus::Happened,
        participants: Vec::new(),
        location: None,
        mentions: vec![mention.clone()],
        merge_reasons: Vec::new(),
        note: None,
        corrected: vec!["added".into()],
    }
}

/// Finds events by anchor while the corrections move mentions between them. Deleted events
/// stay in place as tombstones until the end, so indices stay valid; they are never found,
/// as they would not be if each correction applied to the events the previous ones left.
struct Board {
    events: Vec<Event>,
    deleted: Vec<bool>,
    /// Each trigger to the event that last took it in.
    by_anchor: HashMap<Anchor, usize>,
    /// Triggers two live events held at once (an added event on an extracted one's words):
    /// `by_anchor` cannot say which is last, so these are looked for by [`find`].
    shared: HashSet<Anchor>,
}

impl Board {
    fn new(events: Vec<Event>) -> Board {
        let deleted = vec![false; events.len()];
        let mut board = Board { events, deleted, by_anchor: HashMap::new(), shared: HashSet::new() };
        for index in 0..board.events.len() {
            board.index(index);
        }
        board
    }

    /// Records that the event at `index` holds its mentions' triggers.
    fn index(&mut self, index: usize) {
        for mention in &self.events[index].mentions {
            let anchor = Anchor::of(mention);
            if let Some(other) = self.by_anchor.insert(anchor, index)
                && other != index
                && !self.deleted[other]
                && self.events[other].mentions.iter().any(|m| Anchor::of(m) == anchor)
            {
                self.shared.insert(anchor);
            }
        }
    }

    /// The live event the anchor names, by the rule of [`find`]: a lookup for a trigger one
    /// live event holds, a search otherwise.
    fn find(&self, anchor: &Anchor) -> Option<usize> {
        match self.by_anchor.get(anchor) {
            Some(&index) if !self.deleted[index] && !self.shared.contains(anchor) => Some(index),
            _ => find(&self.events, anchor, |i| !self.deleted[i]),
        }
    }

    fn push(&mut self, event: Event) -> usize {
        let index = self.events.len();
        self.events.push(event);
        self.deleted.push(false);
        self.index(index);
        index
    }

    /// Applies one correction; false when its anchors found nothing.
    fn apply(&mut self, correction: &Correction) -> bool {
        match correction {
            Correction::Edit { event, patch } => {
                let Some(index) = self.find(event) else { return false };
                patch.apply(&mut self.events[index]);
            }
            Correction::Delete { event } => {
                let Some(index) = self.find(event) else { return false };
                self.deleted[index] = true;
            }
            Correction::Merge { into, other } => {
                let (Some(a), Some(b)) = (self.find(into), self.find(other)) else { return false };
                if a == b {
                    return true;
                }
                let (low, high) = self.events.split_at_mut(a.max(b));
                let (target, absorbed) =
                    if a < b { (&mut low[a], &high[0]) } else { (&mut high[0], &low[b]) };
                absorb(target, absorbed);
                // Its mentions live on in `a`; the tombstone keeps none.
                self.events[b].mentions = Vec::new();
                self.deleted[b] = true;
                self.index(a);
            }
            Correction::Split { mention } => {
                let Some(index) = self.find(mention) else { return false };
                let event = &mut self.events[index];
                if event.mentions.len() < 2 {
                    return true;
                }
                let Some(position) = event.mentions.iter().position(|m| Anchor::of(m) == *mention) else {
                    return false;
                };
                let alone = split_off(event, position);
                self.push(alone);
            }
            Correction::Add { mention, kind, title, when } => {
                self.push(added(mention, *kind, title, when));
            }
        }
        true
    }
}

/// Replays `corrections` on freshly extracted `events`. Events are renumbered so that an
/// event's id is its position.
pub fn apply(events: Vec<Event>, corrections: &[Correction]) -> Applied {
    if corrections.is_empty() {
        return Applied { events, orphaned: Vec::new() };
    }
    let mut board = Board::new(events);
    let orphaned = corrections.iter().enumerate().filter(|(_, c)| !board.apply(c)).map(|(i, _)| i).collect();
    let events = board
        .events
        .into_iter()
        .zip(board.deleted)
        .filter(|(_, deleted)| !deleted)
        .enumerate()
        .map(|(index, (mut event, _))| {
            event.id = EventId(index as u32);
            event
        })
        .collect();
    Applied { events, orphaned }
}

/// What [`apply_one`] did to a list of events, so that [`undo`] can put back exactly the list
/// it found: the events it changed or removed as they were (a few, not the whole list), and
/// how many it added at the end.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Change {
    /// Events changed in place, as they were, by position.
    changed: Vec<(usize, Event)>,
    /// Events removed, as they were, by position in the list before the removal.
    removed: Vec<(usize, Event)>,
    added: usize,
}

/// Applies one correction to `events` where they stand (ids being positions), as [`apply`]
/// would after the corrections before it, without rebuilding the list or an index of every
/// mention: what a new correction or a redo costs with 100,000 events open. `None` when its
/// anchors found nothing (the events are untouched: the correction is orphaned).
pub fn apply_one(events: &mut Vec<Event>, correction: &Correction) -> Option<Change> {
    let find = |events: &[Event], anchor| find(events, anchor, |_| true);
    let mut change = Change::default();
    match correction {
        Correction::Edit { event, patch } => {
            let index = find(events, event)?;
            change.changed.push((index, events[index].clone()));
            patch.apply(&mut events[index]);
        }
        Correction::Delete { event } => {
            let index = find(events, event)?;
            change.removed.push((index, events.remove(index)));
            renumber(events, index);
        }
        Correction::Merge { into, other } => {
            let (a, b) = (find(events, into)?, find(events, other)?);
            if a == b {
                return Some(change);
            }
            let absorbed = events.remove(b);
            let a = if b < a { a - 1 } else { a };
            change.changed.push((a, events[a].clone()));
            absorb(&mut events[a], &absorbed);
            change.removed.push((b, absorbed));
            renumber(events, b);
        }
        Correction::Split { mention } => {
            let index = find(events, mention)?;
            let event = &mut events[index];
            if event.mentions.len() < 2 {
                return Some(change);
            }
            let position = event.mentions.iter().position(|m| Anchor::of(m) == *mention)?;
            change.changed.push((index, event.clone()));
            let alone = split_off(event, position);
            push(events, alone);
            change.added = 1;
        }
        Correction::Add { mention, kind, title, when } => {
            push(events, added(mention, *kind, title, when));
            change.added = 1;
        }
    }
    Some(change)
}

/// Takes back what [`apply_one`] did, given the list it left: the same events, in the same
/// order with the same ids, as before it.
pub fn undo(events: &mut Vec<Event>, change: Change) {
    events.truncate(events.len().saturating_sub(change.added));
    // Changed positions are counted with the removed events out.
    for (index, event) in change.changed {
        if let Some(slot) = events.get_mut(index) {
            *slot = event;
        }
    }
    let first = change.removed.iter().map(|(index, _)| *index).min();
    for (index, event) in change.removed {
        events.insert(index.min(events.len()), event);
    }
    if let Some(first) = first {
        renumber(events, first);
    }
}

fn push(events: &mut Vec<Event>, mut event: Event) {
    event.id = EventId(events.len() as u32);
    events.push(event);
}

/// Ids are positions: after a removal or insertion, the events from `from` on move.
fn renumber(events: &mut [Event], from: usize) {
    for (index, event) in events.iter_mut().enumerate().skip(from) {
        event.id = EventId(index as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn mention(article: u32, start: usize) -> Mention {
        Mention {
            article: ArticleId(article),
            trigger_start: start,
            trigger_end: start + 5,
            sentence_start: start.saturating_sub(10),
            sentence_end: start + 40,
        }
    }

    fn event(id: u32, kind: EventKind, mentions: Vec<Mention>) -> Event {
        Event {
            id: EventId(id),
            kind,
            title: format!("{} {id}", kind.as_str()),
            when: Some(When {
                span: TimeSpan::day(date(2017, 5, 2)),
                expression: None,
                anchor: None,
                approximate: false,
            }),
            status: EventStatus::Happened,
            participants: vec!["Russia".into()],
            location: None,
            mentions,
            merge_reasons: Vec::new(),
            note: None,
            corrected: Vec::new(),
        }
    }

    fn extracted() -> Vec<Event> {
        vec![
            event(0, EventKind::Call, vec![mention(0, 10), mention(1, 100)]),
            event(1, EventKind::Strike, vec![mention(0, 200)]),
            event(2, EventKind::Meeting, vec![mention(0, 300)]),
        ]
    }

    #[test]
    fn edits_follow_the_event_not_its_position() {
        let edit = Correction::Edit {
            event: Anchor::of(&mention(0, 200)),
            patch: EventPatch {
                kind: Some(EventKind::Talks),
                note: Some("check".into()),
                ..Default::default()
            },
        };
        // The extractor improved and found a new event before the strike: ids shift.
        let mut improved = extracted();
        improved.insert(0, event(9, EventKind::Summit, vec![mention(0, 5)]));
        let applied = apply(improved, &[edit]);
        assert!(applied.orphaned.is_empty());
        let talks = applied.events.iter().find(|e| e.mentions[0].trigger_start == 200).unwrap();
        assert_eq!(talks.kind, EventKind::Talks);
        assert_eq!(talks.note.as_deref(), Some("check"));
        assert_eq!(talks.corrected, vec!["kind", "note"]);
        assert_eq!(talks.id, EventId(2), "ids are positions after applying");
        assert!(applied.events.iter().filter(|e| e.corrected.is_empty()).count() == 3);
    }

    #[test]
    fn an_anchor_finds_a_widened_trigger() {
        let mut events = extracted();
        events[1].mentions[0].trigger_end += 10;
        let applied = apply(events, &[Correction::Delete { event: Anchor::of(&mention(0, 200)) }]);
        assert!(applied.orphaned.is_empty());
        assert_eq!(applied.events.len(), 2);
        assert!(applied.events.iter().all(|e| e.kind != EventKind::Strike));
    }

    #[test]
    fn merge_then_split_and_orphans() {
        let corrections = vec![
            Correction::Merge { into: Anchor::of(&mention(0, 10)), other: Anchor::of(&mention(0, 300)) },
            Correction::Split { mention: Anchor::of(&mention(1, 100)) },
            Correction::Edit {
                event: Anchor::of(&mention(1, 100)),
                patch: EventPatch { title: Some("The second call".into()), ..Default::default() },
            },
            Correction::Delete { event: Anchor::of(&mention(5, 5)) },
        ];
        let applied = apply(extracted(), &corrections);
        assert_eq!(applied.orphaned, vec![3]);
        assert_eq!(applied.events.len(), 3, "call+meeting merged, one mention split off");
        let merged =
            applied.events.iter().find(|e| e.mentions.iter().any(|m| m.trigger_start == 300)).unwrap();
        assert_eq!(merged.mentions.len(), 2);
        assert!(merged.corrected.contains(&"merged".to_string()));
        let split = applied.events.iter().find(|e| e.title == "The second call").unwrap();
        assert_eq!(split.mentions, vec![mention(1, 100)]);
        assert_eq!(split.kind, EventKind::Call);
    }

    #[test]
    fn added_events_and_dates() {
        let corrections = vec![
            Correction::Add {
                mention: mention(0, 500),
                kind: EventKind::Visit,
                title: "Visit to Astana".into(),
                when: Some(TimeSpan::day(date(2017, 5, 3))),
            },
            Correction::Edit {
                event: Anchor::of(&mention(0, 300)),
                patch: EventPatch { when: Some(DateEdit::Undated), ..Default::default() },
            },
        ];
        let applied = apply(extracted(), &corrections);
        let visit = applied.events.iter().find(|e| e.kind == EventKind::Visit).unwrap();
        assert_eq!(visit.corrected, vec!["added"]);
        assert_eq!(visit.when.as_ref().unwrap().span.start, date(2017, 5, 3));
        let meeting = applied.events.iter().find(|e| e.kind == EventKind::Meeting).unwrap();
        assert!(meeting.when.is_none());
    }

    #[test]
    fn typed_dates() {
        let DateEdit::Span(day) = DateEdit::parse(" 2017-04-07 ").unwrap() else { panic!() };
        assert_eq!((day.start, day.end), (date(2017, 4, 7), date(2017, 4, 7)));
        let DateEdit::Span(month) = DateEdit::parse("2016-02").unwrap() else { panic!() };
        assert_eq!(month.end, date(2016, 2, 29));
        let DateEdit::Span(range) = DateEdit::parse("2017-04-07..2017-05").unwrap() else { panic!() };
        assert_eq!((range.start, range.end), (date(2017, 4, 7), date(2017, 5, 31)));
        assert_eq!(DateEdit::text(Some(&range)), "2017-04-07..2017-05");
        assert_eq!(DateEdit::parse("").unwrap(), DateEdit::Undated);
        assert_eq!(DateEdit::parse("undated").unwrap(), DateEdit::Undated);
        for bad in ["the 45th of Smarch", "2017-02-30", "99999-99-99", "2017-05..2017-04"] {
            assert!(DateEdit::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn corrections_round_trip_through_json() {
        let correction = Correction::Edit {
            event: Anchor { article: ArticleId(3), start: 1, end: 4 },
            patch: EventPatch {
                when: Some(DateEdit::Span(TimeSpan::day(date(2020, 2, 29)))),
                status: Some(EventStatus::Cancelled),
                ..Default::default()
            },
        };
        let json = serde_json::to_string(&correction).unwrap();
        assert!(json.contains("\"op\":\"edit\""), "{json}");
        assert_eq!(serde_json::from_str::<Correction>(&json).unwrap(), correction);
    }
}
