//! Merging mentions into events: one real-world event, however many sentences and articles
//! report it. Mentions merge when they are of the same kind, their dates are compatible (a
//! day inside a month merges; the finer date wins) and their participants do not contradict
//! each other. An anaphor ("the call") joins the nearest event of its kind in its article.
//! Every merge records why, so the app can explain it.
//!
//! Candidates are looked up by kind, so merging is linear in mentions times the events of
//! one kind, not quadratic in all events.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use super::lexicon::{EntityClass, Lexicon};
use super::people::surname;
use super::{ArticleAnalysis, EventMention};
use crate::model::{ArticleId, Event, EventId, EventKind, EventStatus, TimeSpan, When};

/// An event being built, with where its first mention sits (for ordering and anaphora).
struct Draft {
    event: Event,
    article: ArticleId,
    first_position: usize,
    /// The statuses of the mentions that were not anaphors: only they speak for the
    /// event's status.
    statuses: Statuses,
    /// "person\u{1f}country" pairs seen in the mentions.
    sides: Vec<String>,
    /// The trigger of the first mention, for the title.
    trigger: String,
    /// Who made the strike, as its mentions say.
    attackers: Vec<String>,
    /// When it was made: the tie-break in the order of first mention.
    seq: u32,
    /// The rank of each round its mentions named ("the third round" is 3): rounds of
    /// different ranks are different events.
    rounds: Vec<usize>,
}

/// Where a dated sentence (a date no event of ours claimed) is: it never merges and nothing
/// merges into it, so it becomes its own event only when merging is finished, in parallel,
/// rather than a draft in the sequential merge.
struct Other {
    article: ArticleId,
    position: usize,
    /// Which analysis (in the order they were added) and which of its dated sentences.
    analysis: u32,
    dated: u32,
}

/// Every side an event's participants stand for: the participants themselves and the
/// countries their people speak for.
fn sides<'a>(pairs: &'a [String], participants: &'a [String]) -> impl Iterator<Item = &'a str> {
    let countries = pairs.iter().filter_map(|pair| {
        let (person, country) = pair.split_once('\u{1f}')?;
        participants.iter().any(|p| p == person).then_some(country)
    });
    participants.iter().map(String::as_str).chain(countries)
}

/// Where to look for the event a mention may join: the events of its kind already in the
/// same article, and the dated events of its kind in the years its date touches. This keeps
/// merging near-linear however many articles are open.
#[derive(Default)]
struct Index {
    local: HashMap<(ArticleId, EventKind), Vec<usize>>,
    /// Of those, the ones a mention with an exact date of a year or two may join that
    /// `dated` does not hold: undated, guessed, or dated over more years than it indexes.
    /// (An article of 20,000 dated strikes compared each with all the others before.)
    local_loose: HashMap<(ArticleId, EventKind), Vec<usize>>,
    dated: HashMap<(EventKind, i16), Vec<usize>>,
    /// Where each event's mentions sit in each article, for anaphora: the nearest mention
    /// of a kind before "the call" is found by one range lookup, not by walking them all.
    positions: HashMap<(ArticleId, EventKind), BTreeMap<usize, usize>>,
}

/// Reports that name no participants merge across articles only on a date this short.
const MAX_ANONYMOUS_DAYS: i64 = 31;

/// Dates longer than this are too vague to merge reports from different articles by.
const MAX_MERGE_YEARS: i16 = 2;

impl Index {
    /// Fills `out` with the candidates, in order and without repeats.
    fn candidates(&self, mention: &EventMention, out: &mut Vec<usize>) {
        out.clear();
        let key = (mention.mention.article, mention.kind);
        let local = if found_by_year(mention.when.as_ref()) {
            self.local_loose.get(&key)
        } else {
            self.local.get(&key)
        };
        out.extend(local.into_iter().flatten());
        if let Some(when) = &mention.when {
            for year in years(when) {
                out.extend(self.dated.get(&(mention.kind, year)).into_iter().flatten());
            }
        }
        out.sort_unstable();
        out.dedup();
    }

    /// Records that the event `index` has a mention at `position` in `article`.
    fn place(&mut self, index: usize, kind: EventKind, article: ArticleId, position: usize) {
        self.positions.entry((article, kind)).or_default().insert(position, index);
    }

    /// The event with the mention of `kind` nearest to `position` in `article`, preferring
    /// one before it.
    fn nearest(&self, article: ArticleId, kind: EventKind, position: usize) -> Option<usize> {
        let map = self.positions.get(&(article, kind))?;
        map.range(..=position).next_back().or_else(|| map.range(position + 1..).next()).map(|(_, &i)| i)
    }

    /// The nearest event of its kind placed before `position` that `keep` accepts.
    fn nearest_before(
        &self,
        article: ArticleId,
        kind: EventKind,
        position: usize,
        keep: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let map = self.positions.get(&(article, kind))?;
        map.range(..=position).rev().map(|(_, &i)| i).find(|&i| keep(i))
    }

    fn insert(&mut self, index: usize, draft: &Draft, article: ArticleId) {
        push_new(self.local.entry((article, draft.event.kind)).or_default(), index);
        if !found_by_year(draft.event.when.as_ref()) {
            push_new(self.local_loose.entry((article, draft.event.kind)).or_default(), index);
        }
        if let Some(when) = &draft.event.when {
            for year in years(when) {
                push_new(self.dated.entry((draft.event.kind, year)).or_default(), index);
            }
        }
    }
}

/// Adds `index` to `list` unless it is there already.
fn push_new(list: &mut Vec<usize>, index: usize) {
    if !list.contains(&index) {
        list.push(index);
    }
}

/// Whether events with the date `when` are found through the year index: an exact date of
/// no more years than it indexes. The others of an article are kept in `local_loose` too.
fn found_by_year(when: Option<&When>) -> bool {
    when.is_some_and(|w| !w.approximate && years(w).next().is_some())
}

/// The years a date touches, or none when it is too long to merge by.
fn years(when: &When) -> impl Iterator<Item = i16> {
    let (first, last) = (when.span.start.year(), when.span.end.year());
    (last - first <= MAX_MERGE_YEARS).then_some(first..=last).into_iter().flatten()
}

/// Merges the mentions of all analyses into events, in order of first mention.
pub fn merge<'a>(analyses: impl IntoIterator<Item = &'a ArticleAnalysis>) -> Vec<Event> {
    let analyses: Vec<&ArticleAnalysis> = analyses.into_iter().collect();
    let mut merger = Merger::default();
    for analysis in &analyses {
        merger.add(analysis);
    }
    merger.finish(&analyses)
}

/// Merges analyses one article at a time, in order, so that merging can run while later
/// articles are still being analysed. The events are the same as [`merge`]'s over all of them.
#[derive(Default)]
pub struct Merger {
    drafts: Vec<Draft>,
    index: Index,
    /// Reused for each mention's candidate events.
    candidates: Vec<usize>,
    others: Vec<Other>,
    /// How many analyses were added.
    added: u32,
    /// How many drafts were made.
    made: u32,
}

impl Merger {
    /// Merges the mentions of the next article.
    pub fn add(&mut self, analysis: &ArticleAnalysis) {
        let Merger { drafts, index, candidates, others, added, made } = self;
        let analysis_index = take_number(added);
        // A dated sentence that is no event of interest stays on its own.
        others.extend((0..analysis.dated.len()).map(|i| Other {
            article: analysis.article,
            position: analysis.dated.position(i),
            analysis: analysis_index,
            dated: i as u32,
        }));
        // The events held inside another of their sentence, and where that one is.
        let mut framed: Vec<(usize, (EventKind, usize, bool))> = Vec::new();
        for mention in analysis.mentions.iter().filter(|m| !m.anaphoric) {
            index.candidates(mention, candidates);
            let mention_sides: Vec<&str> = sides(&mention.sides, &mention.participants).collect();
            let best = candidates
                .iter()
                .filter_map(|&i| compatibility(&drafts[i], mention, &mention_sides).map(|reason| (i, reason)))
                // An event whose date agrees is better evidence than one with no date at all,
                // then shared participants, then the same article.
                .max_by_key(|(i, reason)| {
                    let dated = mention.when.is_some() && drafts[*i].event.when.is_some();
                    (dated, reason.shared, drafts[*i].article == mention.mention.article)
                })
                // Only the chosen event's reason is written out: a mention reported in many
                // articles has many compatible events.
                .map(|(i, reason)| (i, reason.text(&drafts[i], mention)));
            let slot = match best {
                Some((slot, reason)) => {
                    absorb(&mut drafts[slot], mention, reason);
                    slot
                }
                None => {
                    drafts.push(new_draft(mention, take_number(made)));
                    drafts.len() - 1
                }
            };
            index.insert(slot, &drafts[slot], mention.mention.article);
            index.place(slot, mention.kind, mention.mention.article, mention.mention.trigger_start);
            framed.extend(mention.framed_by.map(|frame| (slot, frame)));
        }
        for anaphor in analysis.mentions.iter().filter(|m| m.anaphoric) {
            let position = anaphor.mention.trigger_start;
            // The nearest event of its kind with a mention in the same article, preferring
            // one reported before the anaphor.
            let article = anaphor.mention.article;
            // "Saturday's explosion", "the August 7 bombings": a date in the anaphor's own
            // words that another event's date leaves out names another event.
            let own_date = anaphor.when.as_ref().filter(|w| anaphor.own_date && !w.approximate);
            // "Three-party talks were held in April. ... The first round of six-party talks met
            // in August": a round of another rank, or dated apart, is another event.
            let rank = round_rank(&anaphor.trigger);
            let another_round = |slot: usize| {
                let dated = anaphor.when.as_ref().filter(|w| !w.approximate);
                let when = drafts[slot].event.when.as_ref().filter(|w| !w.approximate);
                rank.is_some()
                    && (drafts[slot].rounds.iter().any(|&r| Some(r) != rank)
                        || dated.zip(when).is_some_and(|(own, w)| !dates_compatible(own, w)))
            };
            let mut before_rounds = index.nearest(article, anaphor.kind, position);
            // "... and that the talks would resume next Friday. The talks were the first since
            // 2003": an undated anaphor told as held is not the session still to come, but
            // the one held before it.
            let still_to_come = |slot: usize| {
                anaphor.kind == EventKind::Talks
                    && anaphor.when.is_none()
                    && drafts[slot].event.when.as_ref().is_some_and(|w| {
                        held_yet_planned(anaphor.kind, anaphor.status, drafts[slot].statuses.overall(), w)
                    })
            };
            if before_rounds.is_some_and(still_to_come) {
                before_rounds = index
                    .nearest_before(article, anaphor.kind, position, |slot| !still_to_come(slot))
                    .or(before_rounds);
            }
            let nearest = before_rounds.filter(|&slot| !another_round(slot));
            let nearest = nearest.filter(|&slot| {
                let planned = anaphor.status == EventStatus::Planned;
                let when = drafts[slot].event.when.as_ref();
                // "the APEC summit" is not the East Asia Summit told before it.
                let another_summit = anaphor.kind == EventKind::Summit
                    && has_name(&anaphor.trigger)
                    && named_differently(&anaphor.trigger, &drafts[slot].trigger)
                    && !one_gathering(
                        &drafts[slot].event,
                        &anaphor.participants,
                        anaphor.location.as_deref(),
                    );
                // "a meeting of the fisheries ministers planned for January was called off"
                // is not the meeting held this week.
                let called_off_yet_held = called_off_yet_held(anaphor, drafts[slot].statuses.overall());
                !another_summit
                    && !called_off_yet_held
                    && !when.is_some_and(|w| planned_yet_held(anaphor.kind, planned, w))
                    && !own_date.zip(when).is_some_and(|(own, w)| !w.approximate && !dates_compatible(own, w))
            });
            match nearest {
                Some(slot) => {
                    let why =
                        format!("\"{}\" refers back to this {}", anaphor.trigger, anaphor.kind.as_str());
                    drafts[slot].event.mentions.push(anaphor.mention.clone());
                    // "the bombings of U.S. embassies" may name who the first report did not,
                    // and "the blast ... occurred Friday" when, if the first report did not.
                    let event = &mut drafts[slot].event;
                    if event.participants.is_empty() {
                        event.participants = anaphor.participants.clone();
                    }
                    if let Some(when) = anaphor.when.as_ref().filter(|w| !w.approximate)
                        && event.when.as_ref().is_none_or(|w| w.approximate)
                    {
                        event.when = Some(when.clone());
                    }
                    drafts[slot].event.merge_reasons.push(why);
                    drafts[slot].rounds.extend(rank);
                    index.place(slot, anaphor.kind, article, position);
                }
                // "The summit was cancelled" with no summit before it names one itself;
                // "that event" or "the gathering" names nothing on its own, but a round
                // after a round of another rank names the next, and so does one dated in its
                // own words ("the attack on an army base at Uri on 18 September").
                None if !Lexicon::english().stands_alone(&anaphor.trigger)
                    && !before_rounds.is_some_and(another_round)
                    && own_date.is_none() => {}
                None => {
                    drafts.push(new_draft(anaphor, take_number(made)));
                    let slot = drafts.len() - 1;
                    index.insert(slot, &drafts[slot], article);
                    index.place(slot, anaphor.kind, article, position);
                }
            }
        }
        // "On the sidelines of the G20 summit, Hu met Belov": an event with no date of its
        // own, or only a guess, is on the days of the event it was held in, as the article
        // dates that one.
        for (slot, (kind, position, first_day)) in framed {
            let Some(frame) = index.nearest(analysis.article, kind, position) else { continue };
            if drafts[slot].event.when.as_ref().is_none_or(|w| w.approximate)
                && let Some(when) = drafts[frame].event.when.clone().filter(|w| !w.approximate)
            {
                // "Before the summit, Okafor met Mensah": on the day the summit opened.
                let days = when.span.value.split_once('/').is_some_and(|(a, _)| a.len() == 10);
                let when = if first_day && days {
                    When { span: TimeSpan::day(when.span.start), ..when }
                } else {
                    when
                };
                drafts[slot].event.when = Some(When { approximate: true, ..when });
                index.insert(slot, &drafts[slot], analysis.article);
            }
        }
    }

    /// The events, in order of first mention. `analyses` must be those added, in the order
    /// they were added: the others are found in them by position.
    pub fn finish(self, analyses: &[&ArticleAnalysis]) -> Vec<Event> {
        let Merger { mut drafts, mut others, .. } = self;
        // Drafts are large: their order is sorted, by keys laid out together, then each is
        // moved once, if at all (they are mostly in order already). Each event is then
        // finished on its own, in parallel.
        let mut keys: Vec<(ArticleId, usize, u32, usize)> =
            drafts.iter().enumerate().map(|(i, d)| (d.article, d.first_position, d.seq, i)).collect();
        if !keys.is_sorted() {
            keys.sort_unstable();
            let mut order: Vec<usize> = keys.iter().map(|&(_, _, _, i)| i).collect();
            permute(&mut drafts, &mut order);
        }
        let events: Vec<Event> = drafts.into_par_iter().map(finish_draft).collect();
        let key = |other: &Other| (other.article, other.position, other.dated);
        if !others.is_sorted_by_key(key) {
            others.sort_unstable_by_key(key);
        }
        let other_events: Vec<Event> = others
            .par_iter()
            .map(|other| {
                let analysis = analyses[other.analysis as usize];
                analysis.dated.event(analysis.article, &analysis.timexes, other.dated as usize)
            })
            .collect();
        // Both are in order of first mention: one merge of the two puts all in order. (An
        // event and a date at the same place would be the event's mention first, as the
        // analysis lists them.)
        let mut events =
            keys.iter().map(|&(article, position, _, _)| (article, position)).zip(events).peekable();
        let mut other_events = others.iter().map(|o| (o.article, o.position)).zip(other_events).peekable();
        let mut all = Vec::with_capacity(events.len() + other_events.len());
        while let Some((_, mut event)) = match (events.peek(), other_events.peek()) {
            (Some(a), Some(b)) if b.0 < a.0 => other_events.next(),
            (Some(_), _) => events.next(),
            (None, _) => other_events.next(),
        } {
            event.id = EventId(all.len() as u32);
            all.push(event);
        }
        all
    }
}

/// A draft made the event it is: its status, participants and title settled.
fn finish_draft(mut draft: Draft) -> Event {
    draft.event.status = draft.statuses.overall();
    drop_represented_countries(&mut draft);
    let lexicon = Lexicon::english();
    if matches!(draft.event.kind, EventKind::Call | EventKind::Meeting) {
        // Calls and meetings are between people; once two are known, the countries named
        // around them are context, not participants.
        let people = draft.event.participants.iter().filter(|p| !lexicon.is_group(p)).count();
        if people >= 2 {
            draft.event.participants.retain(|p| !lexicon.is_group(p));
        }
    }
    draft.event.title = super::title(
        lexicon,
        draft.event.kind,
        &draft.trigger,
        &draft.event.participants,
        draft.event.location.as_deref(),
    );
    draft.event.mentions.sort_by_key(|m| (m.article, m.trigger_start));
    draft.event
}

/// Puts `items` in `order`: afterwards `items[i]` is what was at `order[i]`, each item moved
/// once. `order` must hold each index once; it is left as `0..len`.
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..items.len() {
        // Follow the cycle through `start`, bringing each item to its place.
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            order[at] = at;
            items.swap(at, from);
            at = from;
        }
        order[at] = at;
    }
}

/// The event one mention reports, before any other joins it.
fn event_of(mention: &EventMention) -> Event {
    Event {
        id: EventId(0),
        kind: mention.kind,
        title: mention.title.clone(),
        when: mention.when.clone(),
        status: mention.status,
        participants: mention.participants.clone(),
        location: mention.location.clone(),
        mentions: vec![mention.mention.clone()],
        merge_reasons: Vec::new(),
        note: None,
        corrected: Vec::new(),
    }
}

/// The next number a counter gives, counting it.
fn take_number(counter: &mut u32) -> u32 {
    *counter += 1;
    *counter - 1
}

/// A draft for a mention that joins no event, made `seq`-th.
fn new_draft(mention: &EventMention, seq: u32) -> Draft {
    Draft {
        event: event_of(mention),
        article: mention.mention.article,
        first_position: mention.mention.trigger_start,
        statuses: Statuses::of(mention.status),
        sides: mention.sides.clone(),
        trigger: mention.trigger.clone(),
        attackers: mention.attackers.clone(),
        seq,
        rounds: round_rank(&mention.trigger).into_iter().collect(),
    }
}

/// The rank a trigger gives its round: "third round" is 3; "talks" and "the latest round" none.
fn round_rank(trigger: &str) -> Option<usize> {
    let (ordinal, noun) = trigger.split_once(' ')?;
    // (Asked for every event a mention is weighed against: no copy of the noun is made.)
    if !noun.get(.."round".len()).is_some_and(|start| start.eq_ignore_ascii_case("round")) {
        return None;
    }
    let ordinals = &Lexicon::english().ordinals;
    ordinals.iter().position(|o| o.eq_ignore_ascii_case(ordinal)).map(|i| i + 1)
}

/// Why a mention may join an event: how many participants (or sides) they share, and what
/// their dates say. Written out as text only for the event chosen.
struct Reason<'a> {
    shared: usize,
    dates: DateReason<'a>,
}

enum DateReason<'a> {
    OnlyArticleDate,
    Agree(&'a str, &'a str),
    NoDateOfItsOwn,
}

impl Reason<'_> {
    /// The explanation recorded with the merge.
    fn text(&self, draft: &Draft, mention: &EventMention) -> String {
        let date_reason = match self.dates {
            DateReason::OnlyArticleDate => "one of them has only the article's date".to_owned(),
            DateReason::Agree(a, b) => format!("dates agree ({a} and {b})"),
            DateReason::NoDateOfItsOwn => "one of them has no date of its own".to_owned(),
        };
        let shared = shared_participants(draft, mention);
        let who = if shared.is_empty() {
            String::new()
        } else {
            format!(
                ", shared participants: {}",
                shared.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
            )
        };
        format!("\"{}\": same kind ({}), {date_reason}{who}", mention.trigger, mention.kind.as_str())
    }
}

fn shared_participants<'a>(draft: &Draft, mention: &'a EventMention) -> Vec<&'a String> {
    mention.participants.iter().filter(|p| draft.event.participants.contains(p)).collect()
}

/// Why `mention` may join `draft`, or `None` if it may not. `mention_sides` are the sides
/// the mention's participants stand for. The cheap tests come first: most candidates are
/// events of the same kind on other days.
fn compatibility<'a>(
    draft: &'a Draft,
    mention: &'a EventMention,
    mention_sides: &[&str],
) -> Option<Reason<'a>> {
    let event = &draft.event;
    let same_article = draft.article == mention.mention.article;
    // Two mentions of one kind in one sentence were kept apart on purpose ("the air raid
    // ... is not linked with the August 7 bombings"). Mentions arrive in order, so such a
    // neighbour is the event's last.
    // But one traveller's legs in one sentence are one trip ("arrived on Saturday and went
    // first to Ajmer, before flying on to the capital").
    let one_traveller = event.kind == EventKind::Visit
        && !mention.participants.is_empty()
        && mention.participants.iter().all(|p| event.participants.contains(p));
    if !one_traveller
        && event.mentions.last().is_some_and(|m| {
            m.article == mention.mention.article && m.sentence_start == mention.mention.sentence_start
        })
    {
        return None;
    }
    // "The first round of talks was held in April ... the third round in June": rounds of
    // different ranks are two events, whatever their dates.
    if let Some(rank) = round_rank(&mention.trigger)
        && draft.rounds.iter().any(|&r| r != rank)
    {
        return None;
    }
    // "The runoff" and "the first round" are two votes: only their dates can make them one.
    let rounds_differ = event.kind == EventKind::Election && {
        let rounds = &Lexicon::english().rounds;
        let round = |trigger: &str| rounds.iter().any(|r| trigger.eq_ignore_ascii_case(r));
        round(&mention.trigger) != round(&draft.trigger)
    };
    if called_off_yet_held(mention, draft.statuses.overall()) {
        return None;
    }
    // "hit before dawn" and "at about two in the afternoon a bomb flattened": in one
    // article, two times of one day are two strikes. (Not two visits: one arrives in the
    // morning and is received in the afternoon.)
    if same_article
        && event.kind == EventKind::Strike
        && let (Some(a), Some(b)) = (&event.when, &mention.when)
        && !a.approximate
        && !b.approximate
        && let (Some((day_a, time_a)), Some((day_b, time_b))) =
            (a.span.value.split_once('T'), b.span.value.split_once('T'))
        && day_a == day_b
        && time_a != time_b
        // ("overnight" and "at about 3 a.m." may be one time: a part of the day and a clock
        // time are not told apart.)
        && time_a.starts_with(|c: char| c.is_ascii_digit()) == time_b.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // "A second rocket has hit an empty school in Ashdod": one more, not one told before.
    if mention.another && same_article {
        return None;
    }
    // A planned event and one that happened are different events unless the dates say so.
    let dates = match (&event.when, &mention.when) {
        (Some(a), Some(b)) if rounds_differ && (a.approximate || b.approximate) => return None,
        (None, _) | (_, None) if rounds_differ => return None,
        // A date taken from the reference date for want of one is no evidence against an
        // earlier date reported in the same article ("bombings ... on Friday" after a lede);
        // a later one is another, planned, event.
        (Some(a), Some(b)) if same_article && a.approximate != b.approximate && !dates_compatible(a, b) => {
            let (guess, exact) = if a.approximate { (a, b) } else { (b, a) };
            if exact.span.start > guess.span.end {
                return None;
            }
            DateReason::OnlyArticleDate
        }
        (Some(a), Some(b)) => {
            if !dates_compatible(a, b) {
                return None;
            }
            DateReason::Agree(&a.span.value, &b.span.value)
        }
        (Some(a), None) if planned_yet_held(event.kind, mention.status == EventStatus::Planned, a) => {
            return None;
        }
        (None, Some(b))
            if planned_yet_held(event.kind, draft.statuses.overall() == EventStatus::Planned, b) =>
        {
            return None;
        }
        // "last met at the summit of the bloc ... The next summit will be held in November": a
        // gathering held, with no date of its own, is not one still planned after the article.
        (None, Some(b)) if held_yet_planned(event.kind, draft.statuses.overall(), mention.status, b) => {
            return None;
        }
        (None, None) | (Some(_), None) | (None, Some(_)) => {
            // Without two dates, only the same article (and no contradiction) can tell.
            if !same_article {
                return None;
            }
            DateReason::NoDateOfItsOwn
        }
    };
    // "the BRICS summit" and "an informal summit in Wuhan", "the G20 summit" and "their
    // summit in Santa Fe": summits one article names differently are two, unless their
    // dates agree.
    if event.kind == EventKind::Summit
        && !matches!(dates, DateReason::Agree(..))
        && named_differently(&draft.trigger, &mention.trigger)
        && !one_gathering(event, &mention.participants, mention.location.as_deref())
    {
        return None;
    }
    let shared = mention.participants.iter().filter(|p| event.participants.contains(p)).count();
    let shared_sides = sides(&draft.sides, &event.participants).any(|s| mention_sides.contains(&s));
    let shared_count = shared + usize::from(shared_sides && shared == 0);
    // "Oct. 1 - Federal forces begin shelling Dubrovnik" is on a day of the siege of Vukovar
    // the article dates from August, not part of it: a strike on a day inside another's
    // span of days joins it only when they share a side, and no place of its own.
    if event.kind == EventKind::Strike
        && (shared_count == 0 || mention.location.is_some() && mention.location != event.location)
        && let (Some(a), Some(b)) = (&event.when, &mention.when)
        && a.span.value.contains('/')
        && b.span.is_day()
        && b.span.start > a.span.start
        && b.span.end < a.span.end
    {
        return None;
    }
    // "Visit of the Prime Minister of Sri Lanka to India (12-14 October 2016)" and "Mr.
    // Wickramaratne paid an official visit to India from 12 to 14 October": in one article,
    // a visit of the same days, given as a span of them, is the same visit, though one
    // report names the visitor and the other his country.
    let same_stay = same_article
        && event.kind == EventKind::Visit
        && matches!((&event.when, &mention.when), (Some(a), Some(b))
            if !a.approximate && !b.approximate && a.span == b.span && a.span.value.contains('/'));
    let disjoint =
        !event.participants.is_empty() && !mention.participants.is_empty() && shared_count == 0 && !same_stay;
    if disjoint {
        return None;
    }
    // "Israeli jets struck Gaza" and "Hamas fighters fired rockets at Tel Aviv" share their
    // sides, not their attacker: a strike made by others is another strike.
    if !draft.attackers.is_empty()
        && !mention.attackers.is_empty()
        && !mention.attackers.iter().any(|a| draft.attackers.contains(a))
    {
        return None;
    }
    // "Israeli jets pounded Beirut" and "Israeli troops pushed into a camp in Gaza" share
    // their attacker, not the country hit: a strike on another state is another strike.
    if event.kind == EventKind::Strike && !draft.attackers.is_empty() && !mention.attackers.is_empty() {
        let lexicon = Lexicon::english();
        let hit = |participants: &'a [String], attackers: &'a [String]| {
            participants
                .iter()
                .filter(move |p| !attackers.contains(p) && lexicon.class_of(p) == Some(EntityClass::Country))
        };
        let mut earlier = hit(&event.participants, &draft.attackers);
        let mut later = hit(&mention.participants, &mention.attackers).peekable();
        if earlier.next().is_some()
            && later.peek().is_some()
            && !later.any(|c| event.participants.contains(c))
        {
            return None;
        }
    }
    // "Hussein met Bush" and "the monarch met Saddam" share Hussein, not the counterpart: a
    // call or meeting is another one when each names a person the other does not.
    // So is a country whom none of the other's people speak for: "Deane spoke with the
    // Saudi king" and "Israeli Prime Minister Avneri told Deane in a phone call".
    if matches!(event.kind, EventKind::Call | EventKind::Meeting)
        && names_a_counterpart_new(&mention.participants, &mention.sides, &event.participants, &draft.sides)
        && names_a_counterpart_new(&event.participants, &draft.sides, &mention.participants, &mention.sides)
    {
        return None;
    }
    // "Netanyahu did not meet Lapid" is no report of his meeting with Scholz: a mention
    // that says an event did not or may not happen joins one only if it names no one new.
    if (mention.status == EventStatus::Unreal) != draft.statuses.all_unreal()
        && mention.participants.iter().any(|p| !event.participants.contains(p))
    {
        return None;
    }
    // A visit is to one place: "to visit Yerevan later this month" is not "ending a visit
    // to Turkey"; "Washington DC" is in the United States.
    if event.kind == EventKind::Visit
        && let (Some(a), Some(b)) = (&event.location, &mention.location)
        && !same_place(a, b)
    {
        return None;
    }
    // Across articles, participants must be shared; but two reports that name no one, of the
    // same kind on the same exact day or month, at no two different places, are one event
    // ("the January 1998 bombing of a Birmingham clinic").
    let anonymous_twins = event.participants.is_empty()
        && mention.participants.is_empty()
        && matches!((&event.when, &mention.when), (Some(a), Some(b))
            if !a.approximate && !b.approximate && a.span == b.span && a.span.days() <= MAX_ANONYMOUS_DAYS)
        && match (&event.location, &mention.location) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
    if !same_article && shared_count == 0 && !anonymous_twins {
        return None;
    }
    Some(Reason { shared: shared_count, dates })
}

/// Whether two triggers of a gathering differ and one of them carries a name ("G20",
/// "BRICS summit"), not just the bare noun.
fn named_differently(a: &str, b: &str) -> bool {
    !a.eq_ignore_ascii_case(b) && (has_name(a) || has_name(b))
}

/// Whether a gathering named two ways is one by what else is known of it: a body both
/// name ("the NATO summit" and "NATO leaders hold a summit") or the same place.
fn one_gathering(event: &Event, participants: &[String], location: Option<&str>) -> bool {
    let lexicon = Lexicon::english();
    participants
        .iter()
        .any(|p| event.participants.contains(p) && lexicon.class_of(p) == Some(EntityClass::Organisation))
        || event.location.as_deref().zip(location).is_some_and(|(a, b)| same_place(a, b))
}

/// Whether a trigger of a gathering carries a name ("G20", "APEC summit"): a word of more
/// than the noun that is not "the" or another article, or a short name in capitals.
fn has_name(trigger: &str) -> bool {
    let mut words = trigger.split_whitespace();
    let first = words.next().unwrap_or("");
    let article =
        ["the", "a", "an", "this", "that", "its", "their"].iter().any(|a| first.eq_ignore_ascii_case(a));
    (words.next().is_some() && !article)
        || trigger.bytes().any(|c| c.is_ascii_digit())
        || (trigger.len() <= 6 && trigger.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
}

/// Whether a report of a gathering still planned is set against one held on `when`, before
/// its article: "The NATO summit would produce an initiative" is not the summit held two
/// years before, and does not refer back to it. (Strikes are not scheduled: a future tense
/// near one is mostly about something else, "the bombed-out embassy is expected to be
/// demolished".)
fn planned_yet_held(kind: EventKind, planned: bool, when: &When) -> bool {
    kind != EventKind::Strike && planned && when.anchor.is_some_and(|r| when.span.end < r)
}

/// Whether a gathering reported as held is set against a report of one still planned on
/// `when`, after its article's date: the two are different events.
fn held_yet_planned(kind: EventKind, held: EventStatus, planned: EventStatus, when: &When) -> bool {
    kind != EventKind::Strike
        && held == EventStatus::Happened
        && planned == EventStatus::Planned
        && when.anchor.is_some_and(|r| when.span.start > r)
}

/// Whether `mention` reports an event called off for good, on a date of its own, against an
/// event reported as held: "a meeting of the fisheries ministers planned for January was
/// called off" is not the meeting held this week. An event put off may be held later ("The
/// vote had been postponed twice, from June").
fn called_off_yet_held(mention: &EventMention, held: EventStatus) -> bool {
    mention.status == EventStatus::Cancelled
        && held == EventStatus::Happened
        && mention.when.as_ref().is_some_and(|w| !w.approximate)
        && !mention.put_off
}

/// Whether `p`, one of `these`, is a person (not a country or a body) whom `those` do not
/// name, by full name or by surname ("Trump" is "Donald Trump"), unless one report names both
/// ("Hussein" and "Saddam Hussein" are two people).
fn is_someone_new(p: &String, these: &[String], those: &[String]) -> bool {
    let same = |q: &String| q == p || (surname(q) == surname(p) && !these.contains(q) && !those.contains(p));
    !those.iter().any(same) && !Lexicon::english().is_group(p)
}

/// Whether `these` name a side of a call or meeting that `those` do not: a person
/// ([`is_someone_new`]) unless the country they speak for (`these_pairs`, as in [`sides`])
/// is among `those`; or a country or body, when every person of `those` that `these` do not
/// name is known to speak for a country (`those_pairs`) and none of them for it.
fn names_a_counterpart_new(
    these: &[String],
    these_pairs: &[String],
    those: &[String],
    those_pairs: &[String],
) -> bool {
    let lexicon = Lexicon::english();
    let country_of = super::country_in_sides;
    // Most reports compared name the same sides (the same call in another article).
    if these.iter().all(|p| those.contains(p)) {
        return false;
    }
    // (Whom both name need not be placed: "Deane" in both is the call's other side.)
    let people_placed = || {
        those.iter().filter(|q| is_someone_new(q, those, these)).all(|q| country_of(q, those_pairs).is_some())
    };
    these.iter().any(|p| {
        if those.contains(p) {
            false
        } else if lexicon.is_group(p) {
            !sides(those_pairs, those).any(|side| side == p) && people_placed()
        } else {
            is_someone_new(p, these, those)
                && !country_of(p, these_pairs).is_some_and(|c| those.iter().any(|q| q == c))
        }
    })
}

/// Whether two places written differently may be one: one names the other ("Washington",
/// "Washington DC"), or both lie in the same country ("Moscow", "Russia").
fn same_place(a: &str, b: &str) -> bool {
    let lexicon = Lexicon::english();
    a.contains(b)
        || b.contains(a)
        || matches!((lexicon.country_in(a), lexicon.country_in(b)), (Some(x), Some(y)) if x == y)
}

/// Whether `span` is a span of days the text gave end to end ("2023-07-11/2023-07-12", a
/// month at most) and `day` one of them.
fn days_of_a_span(span: &When, day: &When) -> bool {
    const LONGEST: i64 = 31;
    span.span.value.contains('/')
        && span.span.days() <= LONGEST
        && day.span.is_day()
        && day.span.within(&span.span)
}

/// Two dates name the same event when one interval lies within the other. An approximate
/// date (taken from the reference date for want of a better one) only agrees with dates
/// that contain it or equal it.
fn dates_compatible(a: &When, b: &When) -> bool {
    a.span.within(&b.span) || b.span.within(&a.span)
}

fn absorb(draft: &mut Draft, mention: &EventMention, reason: String) {
    draft.rounds.extend(round_rank(&mention.trigger));
    let event = &mut draft.event;
    event.mentions.push(mention.mention.clone());
    event.merge_reasons.push(reason);
    // "the possibility of a meeting reemerged Thursday" dates the talk of a meeting: a report
    // that says an event did not or may not happen lends it a date only until one that says
    // it did (or will) comes, whose date, or want of one, then stands.
    let unreal_until_now = draft.statuses.all_unreal();
    let unreal = mention.status == EventStatus::Unreal;
    draft.statuses.add(mention.status);
    if unreal_until_now && !unreal {
        event.when = None;
    }
    for attacker in &mention.attackers {
        if !draft.attackers.contains(attacker) {
            draft.attackers.push(attacker.clone());
        }
    }
    // Distinct pairs only: a thousand reports of one call must not make each check slower.
    for side in &mention.sides {
        if !draft.sides.contains(side) {
            draft.sides.push(side.clone());
        }
    }
    // The finer date wins; an exact date beats an approximate one. But a span the text
    // gives day by day ("a two-day summit", "from Sunday to Tuesday") beats one of its days
    // ("the summit opened on Tuesday"): the day is where it began or ended, not all of it.
    if let Some(new) = mention.when.as_ref().filter(|_| !unreal || unreal_until_now) {
        let better = match &event.when {
            None => true,
            Some(old) => {
                (old.approximate && !new.approximate)
                    || (old.approximate == new.approximate
                        && if days_of_a_span(old, new) {
                            false
                        } else if days_of_a_span(new, old) {
                            true
                        } else {
                            new.span.days() < old.span.days()
                        })
            }
        };
        if better {
            event.when = Some(new.clone());
        }
    }
    for p in &mention.participants {
        if !event.participants.contains(p) {
            event.participants.push(p.clone());
        }
    }
    if event.location.is_none() {
        event.location = mention.location.clone();
    }
}

/// Which statuses an event's mentions have given it: a set, however many mentions.
#[derive(Clone, Copy)]
struct Statuses(u8);

impl Statuses {
    fn of(status: EventStatus) -> Statuses {
        Statuses(Self::bit(status))
    }

    fn bit(status: EventStatus) -> u8 {
        1 << status as u8
    }

    fn add(&mut self, status: EventStatus) {
        self.0 |= Self::bit(status);
    }

    fn has(self, status: EventStatus) -> bool {
        self.0 & Self::bit(status) != 0
    }

    /// Whether every mention says the event did not or may not happen.
    fn all_unreal(self) -> bool {
        self.0 == Self::bit(EventStatus::Unreal)
    }

    /// An event happened if any report says so; otherwise planned beats the rest.
    fn overall(self) -> EventStatus {
        [EventStatus::Happened, EventStatus::Ongoing, EventStatus::Planned, EventStatus::Cancelled]
            .into_iter()
            .find(|&status| self.has(status))
            .unwrap_or(EventStatus::Unreal)
    }
}

/// Once the people are known, a country they speak for is no longer a separate participant.
fn drop_represented_countries(draft: &mut Draft) {
    if draft.sides.is_empty() {
        return;
    }
    let countries: Vec<String> = draft
        .sides
        .iter()
        .filter_map(|pair| pair.split_once('\u{1f}'))
        .filter(|(person, _)| draft.event.participants.iter().any(|p| p == person))
        .map(|(_, country)| country.to_owned())
        .collect();
    draft.event.participants.retain(|p| !countries.contains(p));
}

#[cfg(test)]
mod tests {
    use super::{names_a_counterpart_new, permute};

    #[test]
    fn a_surname_is_its_full_name_unless_one_report_names_both() {
        let names = |list: &[&str]| list.iter().map(|n| (*n).to_owned()).collect::<Vec<String>>();
        let new = |these: &[String], those: &[String]| names_a_counterpart_new(these, &[], those, &[]);
        assert!(!new(&names(&["Ann Roe"]), &names(&["Roe", "Tom Hale"])));
        // "King Omar met Tariq Omar" and "King Omar met Hale": two meetings.
        let (these, those) = (names(&["Omar", "Tariq Omar"]), names(&["Omar", "Tom Hale"]));
        assert!(new(&these, &those) && new(&those, &these));
        // A country none of the other's people speaks for is a counterpart of its own; the
        // countries of both people are not.
        let pairs =
            |list: &[(&str, &str)]| list.iter().map(|(p, c)| format!("{p}\u{1f}{c}")).collect::<Vec<_>>();
        let event = names(&["Ann Roe", "Li Wei"]);
        let event_pairs = pairs(&[("Ann Roe", "United States"), ("Li Wei", "China")]);
        let saudi = names(&["Ann Roe", "Saudi Arabia"]);
        let saudi_pairs = pairs(&[("Ann Roe", "United States")]);
        assert!(names_a_counterpart_new(&saudi, &saudi_pairs, &event, &event_pairs));
        assert!(names_a_counterpart_new(&event, &event_pairs, &saudi, &saudi_pairs));
        let states = names(&["United States", "China", "Syria"]);
        assert!(!names_a_counterpart_new(&event, &event_pairs, &states, &[]));
    }

    #[test]
    fn permute_puts_each_item_where_the_order_says() {
        for order in [vec![2, 0, 1], vec![0, 1, 2], vec![1, 0, 3, 2], vec![3, 2, 1, 0, 4], vec![]] {
            let items: Vec<usize> = (0..order.len()).map(|i| i * 10).collect();
            let expected: Vec<usize> = order.iter().map(|&i| items[i]).collect();
            let (mut moved, mut scratch) = (items.clone(), order.clone());
            permute(&mut moved, &mut scratch);
            assert_eq!(moved, expected, "{order:?}");
        }
    }
}
