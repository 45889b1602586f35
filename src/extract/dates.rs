//! Which date an event mention takes: the date in its own noun phrase ("the August 7
//! bombings"), then its clause's, then its sentence's, never a statement's ("said on
//! Friday"), a period's bound ("since May") or what a dated statement reports; stretched by a
//! length ("a two-day visit") or an ordinal day ("the third day of an offensive"), moved by
//! an eve; a range ("April 24 and 25") is one span.
//!
//! Not for: finding triggers or people (the parent module), or reading dates (`timex`).

use std::ops::Range;

use jiff::civil::Date;

use super::lexicon::{Cue, Lexicon};
use super::{
    SentenceContext, at_word_boundaries, bare_lower, contains_word, documents_signed, first_words_end,
};
use crate::model::{EventKind, EventStatus, TimeSpan, Timex, TimexType, When};
use crate::timex::{calendar, strip_word};

/// Verbs of a journey whose day a verb coordinated after it shares: "flew to Islamabad on
/// Friday and met the president", "is due in Moscow next Wednesday and is to meet".
const JOURNEY_VERBS: &[&str] = &[
    "flew",
    "arrived",
    "travelled",
    "traveled",
    "went",
    "drove",
    "landed",
    "sailed",
    "flies",
    "fly",
    "travels",
    "travel",
    "arrives",
    "arrive",
    "due",
];
/// Verbs that may stand between the "and" and such an event's trigger ("and held talks",
/// "and will meet", "and is to hold talks").
const LIGHT_VERBS: &[&str] = &["held", "had", "then", "will", "is", "are", "to", "hold", "also"];

/// Words that rank a day of an event from its start besides the ordinals: "on Monday, the
/// opening day of the summit". (Not "the last day of": the length would run on from it.)
const DAY_RANKS: &[&str] = &["opening"];
/// How many words may open a sentence before a trigger that heads its subject: "The first
/// round of the talks began on Tuesday".
const SUBJECT_LEAD_WORDS: usize = 5;
/// The days of a week, by which a weekday read a week off moves.
const WEEK: i32 = 7;
/// How many words may stand between such a trigger and the verb that opens its span.
const TO_SUBJECT_VERB_WORDS: usize = 6;
/// The words "the first day of" takes in an apposition, past the few any other may have.
const DAY_OF_WORDS: usize = 4;

/// Words saying an event that began on a day is still going on ("went on for a seventh day",
/// "would go on for as long as it takes", "continued on Friday").
const GOING_ON: &[&str] = &[
    "went on",
    "go on",
    "goes on",
    "going on",
    "continued",
    "continues",
    "continuing",
    "dragged on",
    "drags on",
    "ground on",
    "grinds on",
    "entered its",
    "enters its",
];

/// True when a sentence opens with its date: "On Aug. 7, the two had just ended a news
/// conference." A narrative goes on in that frame: "They were talking when the bomb went
/// off" happened on Aug. 7 too.
pub(super) fn opens_with_date(text: &str, sentence_start: usize, timex: &Timex) -> bool {
    // (Past a chronology's bullet: "- Late February: The second round was held".)
    let before =
        text[sentence_start..timex.start].trim().trim_start_matches(['-', '–', '—', '•', '*']).trim_start();
    matches!(before, "" | "On" | "In" | "Early" | "Late")
        && (text[timex.end..].starts_with(',') || crate::timex::heads_an_entry(text, timex.start, timex.end))
        && timex.span.as_ref().is_some_and(|s| s.days() <= 31)
}

/// Whether a sentence's only date is a past day its narrative is set on, though it does not
/// open the sentence: "Macron surprised his guests on Sunday by inviting Zarif." frames "Zarif
/// met Macron for three hours." Not a statement's day ("officials said on Sunday"), a
/// period's bound, or a day after the article's.
pub(super) fn sets_the_day(
    text: &str,
    sentence_start: usize,
    dates: &[&Timex],
    reference: Option<Date>,
    reporting_verbs: &[String],
) -> bool {
    const REPORT_WORDS: usize = 3;
    let [timex] = dates else { return false };
    let Some(span) = timex.span.as_ref().filter(|s| s.is_day()) else { return false };
    // "on Sunday": the day something was done, not a bare day after a subject ("one official
    // Monday described"), which is how statements are dated.
    let after_on = text[sentence_start..timex.start].split_whitespace().next_back() == Some("on");
    if !after_on {
        return false;
    }
    let reported = text[sentence_start..timex.start].split_whitespace().rev().take(REPORT_WORDS).any(|w| {
        reporting_verbs.iter().any(|v| w.trim_matches(|c: char| !c.is_alphabetic()).eq_ignore_ascii_case(v))
    });
    !reported && reference.is_none_or(|r| span.end <= r)
}

/// Whether a lower-case word is a past form in "-ed" or an auxiliary: a verb, which ends a
/// noun phrase ("the blasts which killed", "the bombing was").
pub(super) fn past_or_auxiliary(word: &str) -> bool {
    word.ends_with("ed")
        || matches!(
            word,
            "is" | "was" | "were" | "are" | "be" | "been" | "has" | "had" | "have" | "will" | "would"
        )
}

/// Whether a date bounds a period rather than dates an event: "since the spring", "since
/// Feb. 20", and a deadline, "supposed to conclude by May".
pub(super) fn bounds_a_period(text: &str, sentence_start: usize, timex: &Timex) -> bool {
    let mut words = text[sentence_start..timex.start].split_whitespace().rev();
    let mut last = words.next().unwrap_or("");
    if last.eq_ignore_ascii_case("the") {
        last = words.next().unwrap_or("");
    }
    last.eq_ignore_ascii_case("since") || last.eq_ignore_ascii_case("by")
}

/// Whether a century or decade is a noun's modifier ("the fabled 11th century temple was
/// attacked", "1990s technology"): then it says when the temple was built, not when the
/// sentence's event happened. A noun phrase that holds the event's own trigger ("the 1990s
/// bombing campaign") keeps its date. (Years are left alone: "the 1995 shooting" dates the
/// shooting more often than "a 1998 report" misleads.)
pub(super) fn describes_a_noun(
    text: &str,
    timex: &Timex,
    cues: &[&(Range<usize>, Cue)],
    lexicon: &Lexicon,
) -> bool {
    let coarse = (2..=3).contains(&timex.value.len()) && timex.value.bytes().all(|b| b.is_ascii_digit());
    if !coarse {
        return false;
    }
    let rest = &text[timex.end..];
    let Some(mut after) = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('-')) else { return false };
    // The lower-case words that follow, up to a function word or anything else.
    let mut words = 0;
    loop {
        let word_len = after.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(after.len());
        let word = &after[..word_len];
        let word_start = text.len() - after.len();
        if word.is_empty()
            || !word.bytes().all(|b| b.is_ascii_lowercase())
            || word.ends_with("ed")
            // "the early 1990s remains": a verb, as likely as a plural noun.
            || word.ends_with('s')
            || lexicon.not_nouns.contains(word)
        {
            break;
        }
        if cues.iter().any(|(range, _)| range.start == word_start) {
            return false;
        }
        words += 1;
        match after[word_len..].strip_prefix(' ') {
            Some(next) => after = next,
            None => break,
        }
    }
    words > 0
}

impl SentenceContext<'_> {
    /// The last `count` words of the trigger's clause before it, in lower case, one space
    /// apart: where the cues of an eve or of an agreement are looked for.
    pub(super) fn clause_words_before(
        &self,
        trigger: Range<usize>,
        clause: Range<usize>,
        count: usize,
    ) -> String {
        let before: Vec<&str> =
            self.text[clause.start.min(trigger.start)..trigger.start].split_whitespace().collect();
        before[before.len().saturating_sub(count)..].join(" ").to_lowercase()
    }

    /// "Police seized a bomb Sunday on the eve of peace talks": the talks are on Monday. An
    /// event whose noun phrase follows an eve takes the day after the date given.
    pub(super) fn after_its_eve(&self, trigger: Range<usize>, clause: Range<usize>, when: When) -> When {
        const CUE_WORDS: usize = 6;
        let eve =
            self.lexicon.eve.in_text(&self.clause_words_before(trigger.clone(), clause.clone(), CUE_WORDS));
        let Some(next) =
            when.span.start.tomorrow().ok().filter(|_| eve && when.span.is_day() && !when.approximate)
        else {
            return when;
        };
        // "on the eve of today's G20 summit", "On the eve of the Mercosur summit in Puerto
        // Iguazu on 4 July": a date told after the eve, in the event's own words, is its own.
        let eve_at = self.text[clause.start.min(trigger.start)..trigger.start]
            .rfind("eve")
            .map_or(trigger.start, |at| clause.start.min(trigger.start) + at);
        let own_words = self.text.get(eve_at..clause.end.max(trigger.end)).unwrap_or("");
        if when.expression.as_deref().is_some_and(|e| own_words.contains(e)) {
            return when;
        }
        When { span: TimeSpan::day(next), ..when }
    }

    /// Where what a dated statement reports begins, when the trigger is in it: after the
    /// statement's date and a "that" ("said Friday that U.S. air raids ..."), or in the past
    /// perfect ("said Thursday he had ordered the strikes"), or after a noun of saying and a
    /// date before it ("Over the weekend, lawyers raised accusations that he had ..."). The
    /// text dates the saying, not the event.
    pub(super) fn reported_speech(
        &self,
        trigger: Range<usize>,
        timexes: &[&Timex],
        is_report: &dyn Fn(&Timex) -> bool,
    ) -> Option<usize> {
        let lexicon = self.lexicon;
        let complement = |from: usize| -> Option<usize> {
            let gap = &self.text[from..trigger.start];
            let mut offset = 0;
            for word in gap.split_inclusive(char::is_whitespace) {
                let w = word.trim();
                if w.eq_ignore_ascii_case("that") || w.eq_ignore_ascii_case("had") {
                    return Some(from + offset);
                }
                offset += word.len();
            }
            None
        };
        if let Some(at) =
            timexes.iter().filter(|t| t.end <= trigger.start && is_report(t)).find_map(|t| complement(t.end))
        {
            return Some(at);
        }
        let before = &self.text[self.range.start..trigger.start];
        let mut offset = 0;
        let mut saying = None;
        // One lower-case copy reused for every word: this runs for every trigger.
        let mut w = String::new();
        for word in before.split_inclusive(char::is_whitespace) {
            w.clear();
            w.push_str(word.trim().trim_end_matches([',', ';']));
            w.make_ascii_lowercase();
            if lexicon.is_saying_word(&w) {
                saying = Some(self.range.start + offset + word.len());
            }
            offset += word.len();
        }
        let saying = saying?;
        let at = complement(saying)?;
        timexes.iter().any(|t| t.end <= saying && !self.starts_a_period(t)).then_some(at)
    }

    /// "from 1968, when the Soviets invaded Czechoslovakia": a "when" clause right after a
    /// date says what happened then; so it does past where ("met in December 1997 in
    /// Tehran, when the crown prince flew in").
    pub(super) fn date_before_when<'t>(&self, position: usize, timexes: &[&'t Timex]) -> Option<&'t Timex> {
        const PLACE_WORDS: usize = 4;
        let clause = self.clause_of(position);
        let opening = self.text[clause.clone()].trim_start_matches([',', ' ']);
        if !opening.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("when ")) {
            return None;
        }
        let before = self.text[self.range.start..clause.start].trim_end().trim_end_matches(',').trim_end();
        let end = self.range.start + before.len();
        let place_between = |t: &Timex| {
            let mut words = self.text.get(t.end..end).unwrap_or_default().split_whitespace();
            matches!(words.next(), Some("in" | "at"))
                && words.clone().count() <= PLACE_WORDS
                && words.all(|w| w.starts_with(char::is_uppercase))
        };
        timexes.iter().copied().find(|t| t.end == end || (t.end < end && place_between(t)))
    }

    /// "It's the second day of an offensive" on a day: the offensive began the day before.
    /// An event a day of which is counted by an ordinal spans the days up to the date given.
    /// One whose length is given too ("on the second day of a three-day visit" on Wednesday)
    /// was stretched from that day on: it is moved back to begin the day before.
    pub(super) fn back_to_its_first_day(&self, trigger: Range<usize>, when: When) -> When {
        const NOUN_PHRASE_WORDS: usize = 3;
        let words = self.words_before(trigger.start, NOUN_PHRASE_WORDS + 3);
        let Some(nth) = words.windows(3).find_map(|w| {
            let n = self.lexicon.ordinals.iter().position(|o| *o == w[0])?;
            (w[1] == "day" && w[2] == "of").then_some(n)
        }) else {
            return when;
        };
        if nth == 0 {
            return when;
        }
        let back = jiff::Span::new().days(nth as i64);
        // A span of days its length stretched ("a three-day visit"), not one the text dates
        // ("the meeting, which opened on Friday") nor a month or a week.
        let days_apart = when.span.value.split_once('/').is_some_and(|(a, b)| a.len() == 10 && b.len() == 10);
        if days_apart && self.length_in_days(&trigger).is_some() {
            // Only a span that reaches past the counted day: "the third day of a two-day
            // visit" is no such length.
            let (Ok(start), Ok(end)) = (when.span.start.checked_sub(back), when.span.end.checked_sub(back))
            else {
                return when;
            };
            if end < when.span.start {
                return when;
            }
            let span = TimeSpan::between(start, end);
            return When { span, ..when };
        }
        if !when.span.is_day() {
            return when;
        }
        let end = when.span.start;
        let Ok(start) = end.checked_sub(back) else { return when };
        let span = TimeSpan::between(start, end);
        When { span, ..when }
    }

    /// "ended their eighth round of talks in the early hours of Wednesday": an event that
    /// ended in the night of the day named began the day before it.
    pub(super) fn through_the_night(&self, trigger: Range<usize>, clause: Range<usize>, when: When) -> When {
        let Some(expression) = when.expression.as_deref().filter(|_| when.span.is_day() && !when.approximate)
        else {
            return when;
        };
        let text = &self.text[clause.start.min(trigger.start)..clause.end.max(trigger.end)];
        let at_night = self.lexicon.overnight.iter().any(|o| {
            text.match_indices(o.as_str())
                .any(|(i, _)| text[i + o.len()..].trim_start().starts_with(expression))
        });
        if !at_night {
            return when;
        }
        let lower = text.to_lowercase();
        let Ok(start) = when.span.start.yesterday() else { return when };
        if !self.lexicon.ending.iter().any(|e| contains_word(&lower, e)) {
            return when;
        }
        let end = when.span.start;
        When { span: TimeSpan::between(start, end), ..when }
    }

    /// "flew to Riga on March 2 for talks, but left the next day", "flew in on Thursday and
    /// left Washington on Friday", "arrived on Saturday, flies home tonight": a visit on a day
    /// whose visitor the sentence has leave on a later day (within `STAY_DAYS`) lasted to it.
    pub(super) fn to_the_day_it_left(&self, trigger: Range<usize>, when: When, timexes: &[&Timex]) -> When {
        const GAP_WORDS: usize = 3;
        // (Past the place left: "left Washington on Friday", "leaves tomorrow for Tokyo".)
        const DATE_WORDS: usize = 4;
        const STAY_DAYS: i32 = 31;
        if !when.span.is_day() || when.approximate {
            return when;
        }
        let rest = self.text[trigger.end..self.range.end].to_ascii_lowercase();
        let lexicon = self.lexicon;
        let mut departures: Vec<usize> = lexicon
            .departures
            .iter()
            .flat_map(|d| {
                rest.match_indices(d.as_str())
                    .filter(|(i, _)| at_word_boundaries(&rest, *i, i + d.len()))
                    .map(|(i, _)| trigger.end + i + d.len())
                    .collect::<Vec<_>>()
            })
            .collect();
        departures.sort_unstable();
        let start = when.span.start;
        let end = departures.into_iter().find_map(|after| {
            // (`rest` is the sentence after the trigger, lower-cased once.)
            let tail = &rest[after - trigger.end..];
            if lexicon.next_day.iter().any(|n| {
                tail.find(n.as_str()).is_some_and(|at| tail[..at].split_whitespace().count() <= GAP_WORDS)
            }) {
                return start.tomorrow().ok();
            }
            timexes
                .iter()
                .find(|t| {
                    t.start >= after
                        && self.text[after..t.start].split_whitespace().count() <= DATE_WORDS
                        && !self.text[after..t.start].contains([',', ';', '.'])
                })
                .and_then(|t| t.span.as_ref())
                .map(|span| span.start)
                .filter(|day| *day > start && (*day - start).get_days() <= STAY_DAYS)
        });
        let Some(end) = end else { return when };
        When { span: TimeSpan::between(start, end), ..when }
    }

    /// A number written in figures or in words, lower-case ("3", "three").
    pub(super) fn number_of(&self, word: &str) -> Option<i64> {
        word.parse::<i64>()
            .ok()
            .or_else(|| self.lexicon.numbers.iter().position(|n| n == word).map(|i| i as i64 + 1))
    }

    /// The days a count and its unit say, the unit as written before any punctuation: "two
    /// days,", "3 days"; none for another unit.
    fn count_of_days(&self, count: &str, unit: &str) -> Option<i64> {
        if unit.trim_end_matches([',', '.', ';', ':']) != "days" {
            return None;
        }
        self.number_of(&count.to_ascii_lowercase())
    }

    /// "flew to Oslo on May 3 for two days of talks", "flew in on Monday night for three days
    /// of meetings": a journey on a day for a number of days is a stay of those days from it;
    /// one that ends at night stays the days after.
    pub(super) fn stay_after_journey(&self, trigger: Range<usize>, when: When) -> When {
        const WORDS: usize = 8;
        const LONGEST: i64 = 14;
        if !when.span.is_day() || when.approximate {
            return when;
        }
        let Some(after) = self.text.get(trigger.end..self.range.end) else { return when };
        let mut words = after.split_whitespace().take(WORDS);
        let mut days = None;
        while let Some(word) = words.next() {
            if word.eq_ignore_ascii_case("for") {
                let mut rest = words.clone();
                let (Some(count), Some(unit)) = (rest.next(), rest.next()) else { break };
                days = self.count_of_days(count, unit);
                break;
            }
            // (Not at a '.': "on Nov. 4 for two days".)
            if word.ends_with([',', ';', ':']) {
                break;
            }
        }
        let Some(days) = days.filter(|d| (2..=LONGEST).contains(d)) else { return when };
        let night = when.span.value.ends_with("TNI");
        let start = when.span.start;
        let Ok(end) = start.checked_add(jiff::Span::new().days(days - 1 + i64::from(night))) else {
            return when;
        };
        When { span: TimeSpan::between(start, end), ..when }
    }

    /// "a decisive victory in Sunday's runoff", "the winner of the November 28 run-off": an
    /// election whose result is told is over. A date the tagger read ahead of the article's
    /// (the tense around it is what the winner will do) is the one before: a weekday a week
    /// back, a day or month without a year a year back. A year written out stays.
    pub(super) fn before_its_result(&self, trigger: Range<usize>, when: When) -> When {
        const NOUN_PHRASE_WORDS: usize = 5;
        const HEDGE_WORDS: usize = 2;
        let Some(r) = self.reference.filter(|r| when.span.start > *r) else { return when };
        if when.approximate || when.expression.as_deref().is_none_or(calendar::writes_a_year) {
            return when;
        }
        let words = self.words_before(trigger.start, NOUN_PHRASE_WORDS + HEDGE_WORDS);
        let lexicon = self.lexicon;
        let result = words.iter().rposition(|w| lexicon.results.iter().any(|x| x == w));
        let Some(at) = result.filter(|&at| words.len() - at <= NOUN_PHRASE_WORDS) else { return when };
        let clause_cut = words[at + 1..].iter().any(|w| w.ends_with([',', ';', ':', '.']));
        let hedged =
            words[at.saturating_sub(HEDGE_WORDS)..at].iter().any(|w| lexicon.result_hedges.contains(w));
        if clause_cut || hedged {
            return when;
        }
        let within_a_week = when.span.is_day() && (when.span.start - r).get_days() <= WEEK;
        if within_a_week {
            let back = jiff::Span::new().days(i64::from(WEEK));
            return match when.span.start.checked_sub(back) {
                Ok(day) => When { span: TimeSpan::day(day), ..when },
                Err(_) => when,
            };
        }
        years_before(when.clone(), 1).unwrap_or(when)
    }

    /// "today, the 39th anniversary of the Bay of Pigs, an aborted invasion": a noun an
    /// anniversary remembers, a few words after "anniversary of". Gives how many years back
    /// it lies when the text counts them ("39th", "tenth"); `None` when no anniversary
    /// names it. A verb ("on the anniversary, troops bombed") is news, not remembered.
    pub(super) fn remembered(&self, trigger: Range<usize>) -> Option<Option<i16>> {
        const NOUN_PHRASE_WORDS: usize = 8;
        // Cheap first: most sentences have no anniversary at all.
        let sentence = &self.text[self.range.start..trigger.start];
        if !sentence.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(b"anni")) {
            return None;
        }
        if self.text[trigger.clone()].split_whitespace().any(|w| w.ends_with("ed")) {
            return None;
        }
        let words = self.words_before(trigger.start, NOUN_PHRASE_WORDS + 5);
        let at = words.windows(2).rposition(|w| self.lexicon.remembering.contains(&w[0]) && w[1] == "of")?;
        // Across a comma only an apposition is remembered, and only after an anniversary
        // that is itself one ("today, the 39th anniversary of the landing, an aborted
        // invasion"): in "a week after the anniversary of the ruling, a bombing killed" the
        // bombing is the news.
        let the = (at.saturating_sub(2)..at).rev().find(|&i| words[i] == "the");
        let in_apposition = the.and_then(|i| i.checked_sub(1)).is_some_and(|i| words[i].ends_with(','));
        if words[at + 2..].iter().any(|w| w.ends_with(',')) && !in_apposition {
            return None;
        }
        let years = at
            .checked_sub(1)
            .and_then(|i| ordinal_number(&words[i], &self.lexicon.ordinals))
            .and_then(|n| i16::try_from(n).ok());
        Some(years)
    }

    /// True for "was expelled from peace talks on Feb. 20", "walked out of the talks": the
    /// date is the day someone left or was shut out, not the event's.
    pub(super) fn left_or_shut_out(&self, trigger: Range<usize>) -> bool {
        const NOUN_PHRASE_WORDS: usize = 3;
        let recent = self.words_before(trigger.start, NOUN_PHRASE_WORDS + 2).join(" ");
        self.lexicon.exit_verbs.in_text(&recent)
    }

    /// True for a trigger a stated interval from the rest of the sentence: "two days after a
    /// car bomb", "weeks before the summit".
    pub(super) fn an_interval_away(&self, trigger: Range<usize>) -> bool {
        self.units_away(trigger, 4, &self.lexicon.interval_units)
    }

    /// Whether a trigger opens an apposition after a comma, a few words into it: "met Kim on
    /// Wednesday, his first visit to the North", "killed 20 people, the deadliest attack since
    /// March". It names the event of the clause before.
    pub(super) fn in_apposition(&self, trigger: Range<usize>, clause: Range<usize>) -> bool {
        const WORDS: usize = 5;
        if clause.start <= self.range.start || clause.start > trigger.start {
            return false;
        }
        // "visited Baku last Tuesday, where he was received by": a scene's clause (cut at its
        // opener, after the comma).
        let opening = &self.text[clause.start..trigger.start];
        let words: Vec<&str> = opening.split_whitespace().collect();
        if words.first().is_some_and(|w| self.lexicon.scene_openers.iter().any(|o| o == w)) {
            return self.text[..clause.start].trim_end().ends_with(',')
                && words.len() <= WORDS
                && !opening.contains([',', ';', ':', '(']);
        }
        let Some(opening) = opening.trim_start().strip_prefix(',') else {
            return false;
        };
        let words: Vec<&str> = opening.split_whitespace().collect();
        // "on Tuesday, the first day of the alliance's two-day summit": a day of the event
        // named by its rank leaves room for a few more words.
        let day_of = matches!(words.as_slice(), [the, rank, day, of, ..]
            if the.eq_ignore_ascii_case("the")
                && (self.lexicon.ordinals.iter().any(|o| rank.eq_ignore_ascii_case(o))
                    || DAY_RANKS.iter().any(|r| rank.eq_ignore_ascii_case(r)))
                && (*day == "day" || *day == "night")
                && *of == "of");
        let limit = if day_of { WORDS + DAY_OF_WORDS } else { WORDS };
        words.len() <= limit
            && !opening.contains([',', ';', ':', '('])
            && words
                .first()
                .is_some_and(|w| self.lexicon.apposition_openers.iter().any(|o| w.eq_ignore_ascii_case(o)))
    }

    /// Whether an apposition opens with "the" and a word that ranks its event among others
    /// of its kind ("landed in Kabul on Monday, the first such visit in a decade", "the
    /// deadliest attack since March"): the event of the clause before, not one the reader
    /// already knows of, though "the" opens it.
    pub(super) fn ranked_in_apposition(&self, trigger: Range<usize>, clause: Range<usize>) -> bool {
        if !self.in_apposition(trigger.clone(), clause.clone()) {
            return false;
        }
        let mut words = self.text[clause.start..trigger.start]
            .trim_start_matches([',', ' '])
            .split_whitespace()
            .map(|w| w.trim_end_matches(','));
        let lexicon = self.lexicon;
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && words.next().is_some_and(|w| {
                lexicon.ordinals.iter().chain(&lexicon.ranking_words).any(|r| w.eq_ignore_ascii_case(r))
            })
    }

    /// Whether the trigger is in a participle's clause after a comma, at most five words in:
    /// "was elected on Sunday, winning the runoff", "struck on Monday, killing twenty". It
    /// happened with the clause before, on its date.
    pub(super) fn in_a_participles_clause(&self, trigger: Range<usize>, clause: Range<usize>) -> bool {
        const WORDS: usize = 5;
        if clause.start <= self.range.start || clause.start > trigger.start {
            return false;
        }
        let Some(opening) = self.text[clause.start..trigger.start].trim_start().strip_prefix(',') else {
            return false;
        };
        let participle = |w: &str| {
            w.len() > 5
                && w.ends_with("ing")
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !self.lexicon.not_participles.iter().any(|n| n == w)
        };
        let mut words = opening.split_whitespace();
        words.next().is_some_and(participle)
            && words.count() < WORDS
            && !opening.contains([',', ';', ':', '('])
    }

    /// Whether a date is one an event was once set for: a word of a former plan a few words
    /// before it ("originally scheduled for March", "postponed from Tuesday").
    pub(super) fn once_set_for(&self, timex: &Timex) -> bool {
        const WORDS: usize = 4;
        let words = self.words_before_date(self.range.start, timex, WORDS);
        self.lexicon.former_plans.iter().any(|p| contains_word(&words, p))
    }

    /// Whether a date is the new one an event was set for: right after "to" or "until",
    /// after a word of moving it between the trigger and the date ("elections ... were put
    /// back on Monday by a week, to Saturday the 9th", "put off until October next year").
    pub(super) fn moved_to(&self, trigger: Range<usize>, timex: &Timex) -> bool {
        let Some(between) = self.text.get(trigger.end..timex.start) else { return false };
        let last = between.split_whitespace().next_back().unwrap_or_default();
        ["to", "until", "till"].iter().any(|w| last.eq_ignore_ascii_case(w))
            && self.lexicon.status.moved_to.in_text(&between.to_lowercase())
    }

    /// The last `count` words between `from` and a date, none before a comma, lower-case.
    fn words_before_date(&self, from: usize, timex: &Timex, count: usize) -> String {
        let before: Vec<&str> = self.text[from.min(timex.start)..timex.start]
            .split_whitespace()
            .rev()
            .take(count)
            .take_while(|w| !w.ends_with(','))
            .collect();
        before.into_iter().rev().collect::<Vec<_>>().join(" ").to_ascii_lowercase()
    }

    /// Whether a date is one of the article's dates given as a length from another
    /// ([`offset_dates`]) rather than a temporal expression of its own.
    pub(super) fn is_derived(&self, timex: &Timex) -> bool {
        self.derived.iter().any(|d| std::ptr::eq(d, timex))
    }

    /// Whether a date is the interval before an event ("a day after the two met", "two days
    /// before the summit"), which dates that event alone.
    pub(super) fn is_interval(&self, timex: &Timex) -> bool {
        self.is_derived(timex) && interval_sign(&self.text[timex.end..], self.lexicon).is_some()
    }

    /// Whether a date counted from an event the article dated stands before the trigger:
    /// "Four days before polls opened, Okoro flew to Kano" is dated by its interval, not an
    /// interval away from the sentence's date (see [`offset_dates`]).
    pub(super) fn counted_from_an_event(&self, trigger: Range<usize>, timexes: &[&Timex]) -> bool {
        timexes.iter().any(|t| {
            t.end <= trigger.start && self.is_derived(t) && !self.is_interval(t) && {
                let written = self.text[t.start..t.end].to_ascii_lowercase();
                let lexicon = self.lexicon;
                lexicon
                    .interval_after
                    .iter()
                    .chain(&lexicon.interval_before)
                    .any(|w| contains_word(&written, w))
            }
        })
    }

    /// The interval right before a trigger's noun phrase, of a few words: "a day after the
    /// two leaders met", "two days before the NATO summit".
    pub(super) fn interval_before<'t>(
        &self,
        trigger: Range<usize>,
        intervals: &[&'t Timex],
    ) -> Option<&'t Timex> {
        const NOUN_PHRASE_WORDS: usize = 5;
        intervals.iter().copied().rev().find(|t| {
            t.end <= trigger.start && {
                let gap = &self.text[t.end..trigger.start];
                !gap.contains([',', ';', ':', '(', ')'])
                    && gap.split_whitespace().count() <= NOUN_PHRASE_WORDS + 2
            }
        })
    }

    /// True for a trigger hours or minutes from the sentence's dated event: "spoke by phone
    /// on Wednesday, hours after meeting Macron", "A few hours after meeting with Merkel,
    /// Putin spoke by phone with Trump on Tuesday". It happened on that event's day.
    pub(super) fn hours_away(&self, trigger: Range<usize>) -> bool {
        self.units_away(trigger, 3, &self.lexicon.same_day_units)
    }

    /// True when one of `units` and "after" or "before" stand in the few words before the
    /// trigger's noun phrase of up to `noun_phrase_words` words.
    fn units_away(&self, trigger: Range<usize>, noun_phrase_words: usize, units: &[String]) -> bool {
        let words = self.words_before(trigger.start, noun_phrase_words + 2);
        // What follows "before" must be the trigger's noun phrase: in "had arrived the day
        // before for a state visit" the visit is not a day away from anything.
        // ("a day after he met Osmonaliev": or the subject pronoun of a verb trigger.)
        let noun_phrase = |rest: &[String]| {
            matches!(rest, [pronoun] if matches!(pronoun.as_str(), "he" | "she" | "they"))
                || rest.iter().all(|w| {
                    matches!(w.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this")
                        || !self.lexicon.not_nouns.contains(w.as_str())
                })
        };
        // ("sworn in last month after winning December's election, spoke by phone": a comma
        // right before a verb trigger closes an aside, whose length is the aside's; "kept up
        // strikes this week after militants attacked": a unit after "this", "last" or "next"
        // is a date, not a length.)
        let aside_closed = words.last().is_some_and(|w| w.ends_with(','));
        let a_date = |i: usize| i > 0 && matches!(words[i - 1].as_str(), "this" | "last" | "next");
        words.windows(2).enumerate().any(|(i, pair)| {
            matches!(pair[1].as_str(), "after" | "before")
                && units.iter().any(|unit| *unit == pair[0])
                && !a_date(i)
                && noun_phrase(&words[i + 2..])
                && !(aside_closed && i + 2 < words.len())
        })
    }

    /// True for an event someone agreed to or was invited to: "agreed to a meeting earlier
    /// this week" says when the agreeing was, so a date before the article's is not the
    /// meeting's.
    pub(super) fn agreed_to(&self, trigger: Range<usize>, clause: Range<usize>) -> bool {
        const WORDS: usize = 4;
        self.lexicon.plan_acts.in_text(&self.clause_words_before(trigger, clause, WORDS))
    }

    /// True for a date that bounds a period rather than dates an event: "since the spring",
    /// "since Feb. 20", and a deadline, "supposed to conclude by May".
    pub(super) fn starts_a_period(&self, timex: &Timex) -> bool {
        bounds_a_period(self.text, self.range.start, timex)
    }

    /// True for a trigger in the perfect: "have bombed", "has repeatedly met", "had held
    /// talks".
    pub(super) fn in_the_perfect(&self, trigger: Range<usize>, clause: Range<usize>) -> bool {
        self.perfect_of(trigger, clause, &["has", "have", "had"])
    }

    /// True for a trigger in the present perfect: "has spoken", "have met"; not "had held".
    pub(super) fn in_the_present_perfect(&self, trigger: Range<usize>, clause: Range<usize>) -> bool {
        self.perfect_of(trigger, clause, &["has", "have"])
    }

    /// True for one of `auxiliaries` right before a participle, among the trigger's first word
    /// and the few words before it in its clause.
    fn perfect_of(&self, trigger: Range<usize>, clause: Range<usize>, auxiliaries: &[&str]) -> bool {
        const WORDS: usize = 3;
        let before = &self.text[clause.start.min(trigger.start)..trigger.start];
        let first = self.text[trigger].split_whitespace().next().unwrap_or("");
        let words: Vec<String> =
            before.split_whitespace().chain(std::iter::once(first)).map(str::to_ascii_lowercase).collect();
        let from = words.len().saturating_sub(WORDS + 1);
        let participle = |w: &str| {
            w.ends_with("ed") || w.ends_with("en") || (self.lexicon.not_nouns.contains(w) && w.len() > 3)
        };
        words[from..].windows(2).any(|pair| auxiliaries.contains(&pair[0].as_str()) && participle(&pair[1]))
    }

    /// The date a temporal expression gives an event.
    pub(super) fn when_of(&self, timex: &Timex) -> Option<When> {
        Some(When {
            span: timex.span.clone()?,
            expression: Some(self.text[timex.start..timex.end].to_owned()),
            anchor: self.reference,
            approximate: false,
        })
    }

    /// A date inside the trigger's own noun phrase, right before it: "the August 7
    /// bombings", "last Friday's bombings", "the 1996 election".
    pub(super) fn attached_date<'t>(
        &self,
        trigger: &Range<usize>,
        timexes: &[&'t Timex],
    ) -> Option<&'t Timex> {
        const GAP_WORDS: usize = 2;
        timexes.iter().copied().find(|t| {
            t.end <= trigger.start && t.start >= self.range.start && {
                let gap = &self.text[t.end..trigger.start];
                let words: Vec<&str> = gap.split_whitespace().collect();
                !gap.contains([',', ';', ':', '(', ')', '"'])
                    && words.len() <= GAP_WORDS
                    && words.iter().all(|w| {
                        matches!(*w, "'s" | "’s")
                            || (w.starts_with(|c: char| c.is_ascii_alphabetic())
                                && w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                                && !self.lexicon.not_nouns.contains(&w.to_ascii_lowercase()))
                    })
            }
        })
    }

    /// Whether `when` is the date right after the trigger, joined by "on", "of" or "in": "the
    /// referendum on 30 August", "the talks in June", "the bombing of August 7".
    /// ("At the summit five days ago": a time counted back from the article's date may stand
    /// right after the noun, with no preposition.)
    pub(super) fn dated_right_after(&self, trigger: Range<usize>, timexes: &[&Timex], when: &When) -> bool {
        timexes.iter().any(|t| {
            t.span.as_ref() == Some(&when.span)
                && (self.joined_after(trigger.clone(), t)
                    || (t.start >= trigger.end
                        && self.text[trigger.end..t.start].trim().is_empty()
                        && self.text[t.start..t.end].to_ascii_lowercase().ends_with(" ago")))
        })
    }

    /// Whether a strike named by what it aimed at ("the attack on", `targeted`) has the date
    /// `when` right after its target: "the attack on a Kosovo police patrol on 24 September".
    pub(super) fn dated_after_its_target(
        &self,
        trigger: Range<usize>,
        timexes: &[&Timex],
        when: &When,
    ) -> bool {
        const TARGET_WORDS: usize = 6;
        let aimed = self.lexicon.targeted.contains(&self.text[trigger.clone()].to_ascii_lowercase());
        aimed
            && timexes.iter().any(|t| {
                t.span.as_ref() == Some(&when.span)
                    && t.start > trigger.end
                    && self.text.get(trigger.end..t.start).is_some_and(|between| {
                        let words: Vec<&str> = between.split_whitespace().collect();
                        words.len() <= TARGET_WORDS + 1
                            && !between.contains([',', ';', '.', ':'])
                            && words.last().is_some_and(|w| matches!(*w, "on" | "of" | "in"))
                    })
            })
    }

    /// Whether `timex` follows the trigger joined only by "on", "of" or "in": "the elections
    /// on February 8", "the election of 17 May 1999".
    pub(super) fn joined_after(&self, trigger: Range<usize>, timex: &Timex) -> bool {
        timex.start >= trigger.end && matches!(self.text[trigger.end..timex.start].trim(), "on" | "of" | "in")
    }

    /// True when the trigger's noun phrase follows a word of reacting (`reacting`): "marched
    /// on Monday to protest the missile attack", "claimed responsibility on Sunday for the
    /// bombing", "the victims of the blast". What is reacted to happened before the
    /// reaction, so the sentence's date is the reaction's, not the event's.
    pub(super) fn reacted_to(&self, trigger: Range<usize>) -> bool {
        const NOUN_PHRASE_WORDS: usize = 5;
        // A verb ("protested when troops shelled") reports the event itself.
        if self.text[trigger.clone()].split_whitespace().next().is_none_or(|w| w.ends_with("ed")) {
            return false;
        }
        let before = self.text[self.range.start..trigger.start].trim_end();
        let mut end = before.len();
        for _ in 0..=NOUN_PHRASE_WORDS {
            let prefix = &before[..end];
            // Only the phrases whose last word the prefix ends with, a whole word (the list's
            // words are letters and digits).
            let last_word = &prefix[super::after_last(prefix, |c| !c.is_alphanumeric())..];
            let reactions = self.lexicon.reacting.get(&last_word.to_ascii_lowercase());
            let start = super::after_last(prefix, char::is_whitespace);
            if reactions.is_some_and(|phrases| phrases.iter().any(|r| ends_with_reaction(prefix, r))) {
                return true;
            }
            let word = &prefix[start..];
            let bare = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
            let determiner =
                ["the", "a", "an", "these", "those", "this", "that", "its", "their", "his", "her"]
                    .iter()
                    .any(|d| bare.eq_ignore_ascii_case(d));
            // "the U.S. missile attack", "Friday's bombing", "the Aug. 7 blasts".
            let modifier = !bare.is_empty()
                && bare.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))
                && !self.lexicon.not_nouns.contains(&bare.to_ascii_lowercase());
            if !(determiner || modifier) || start == 0 {
                return false;
            }
            end = prefix[..start].trim_end().len();
        }
        false
    }

    /// True for a date after the trigger inside its noun phrase, with no verb, comma or
    /// relative word between: "the bombings of the embassies in Kenya last year".
    pub(super) fn after_in_its_noun_phrase(&self, trigger: &Range<usize>, timex: &Timex) -> bool {
        const NOUN_PHRASE_WORDS: usize = 8;
        if timex.start < trigger.end {
            return false;
        }
        let gap = &self.text[trigger.end..timex.start];
        !gap.contains([',', ';', ':', '(', '"'])
            && gap.split_whitespace().count() <= NOUN_PHRASE_WORDS
            && !gap.split_whitespace().any(|w| {
                let w = w.to_ascii_lowercase();
                past_or_auxiliary(&w)
                    || matches!(w.as_str(), "that" | "which" | "who" | "when" | "after" | "before")
            })
    }

    /// True for "said on Wednesday" or "condemned ... Tuesday": the date of a statement,
    /// which a reported event must not take; for "was identified Thursday", the date of
    /// what followed the event; and for "figures as of Monday", the date of a count.
    pub(super) fn dates_the_report(&self, timex: &Timex) -> bool {
        let lexicon = self.lexicon;
        let statement_verbs = || lexicon.reporting_verbs.iter().chain(&lexicon.follow_up_verbs);
        // "condemned Saturday's attack": a possessive date owns the noun after it.
        let after = &self.text[timex.end..self.range.end];
        if after.starts_with("'s ") || after.starts_with("’s ") {
            return false;
        }
        let before = self.text[self.range.start..timex.start].trim_end();
        if before.ends_with(" as of") {
            return true;
        }
        // "An article on Aug. 14 about the vote gave the wrong date", "a report Saturday
        // misstated": the day something was published dates the publication.
        let published = before.strip_suffix(" on").unwrap_or(before);
        let noun = published.rsplit(' ').next().unwrap_or(published);
        if lexicon.publications.iter().any(|p| p.eq_ignore_ascii_case(noun)) {
            return true;
        }
        // "Iran Saturday condemned", "Cyprus on Saturday strongly condemned".
        let mut after = self.text[timex.end..self.range.end].split_whitespace();
        let verb = after.next().filter(|w| !w.ends_with("ly")).or_else(|| after.next());
        if verb.is_some_and(|v| statement_verbs().any(|r| r == v)) {
            return true;
        }
        // "said at a regular news briefing today": where it was said stands between. (Not
        // "charged in the 1988 bombing", where the date is inside the noun phrase.)
        const SETTING_WORDS: usize = 6;
        let recent: Vec<String> =
            before.split_whitespace().rev().take(SETTING_WORDS + 1).map(str::to_lowercase).collect();
        if let Some(i) = recent.iter().position(|w| statement_verbs().any(|v| v == w))
            && i >= 3
            && matches!(recent[i - 1].as_str(), "at" | "in")
            && !self.lexicon.not_nouns.contains(&recent[0])
            && !recent[..i].iter().any(|w| w.ends_with([',', ';', ':']))
        {
            return true;
        }
        let before = before.strip_suffix(" on").unwrap_or(before);
        // "said here Friday", "said there on Monday".
        let before = before.strip_suffix(" here").or_else(|| before.strip_suffix(" there")).unwrap_or(before);
        let before = before.to_lowercase();
        statement_verbs().any(|v| {
            before.ends_with(v.as_str()) && at_word_boundaries(&before, before.len() - v.len(), before.len())
        })
    }

    /// "a two-day visit" on a day lasts from that day; "ending a two-day visit" up to it,
    /// which is the article's day when the text names none. `news` is false for anaphors and
    /// for events that have not happened: they never take a day from context.
    pub(super) fn stretch_by_length(
        &self,
        triggers: &[Range<usize>],
        trigger: Range<usize>,
        clause: Range<usize>,
        when: Option<When>,
        news: bool,
        statement_day: Option<TimeSpan>,
    ) -> Option<When> {
        const CUE_WORDS: usize = 6;
        let lasted = self
            .days_it_ended_after(trigger.clone())
            .or_else(|| triggers.iter().find_map(|t| self.days_it_ended_after(t.clone())))
            .or_else(|| self.nth_day_of(trigger.clone()));
        let Some(days) = triggers
            .iter()
            .find_map(|t| self.length_in_days(t))
            .or(lasted)
            .or_else(|| self.ran_for_days(trigger.clone()))
        else {
            return when;
        };
        let before = self.clause_words_before(trigger.clone(), clause.clone(), CUE_WORDS);
        let ending: Vec<&String> = self.lexicon.ending.iter().filter(|c| contains_word(&before, c)).collect();
        // "ending", "concluding": it ends as the sentence is said.
        let ending_now = ending.iter().any(|c| c.ends_with("ing"));
        let statement_day = statement_day.filter(TimeSpan::is_day);
        // The article's day, taken for want of a date, gives way to the day of the statement
        // the participle leans on.
        let when = when.filter(|w| !(w.approximate && ending_now && statement_day.is_some()));
        let when = match when {
            Some(w) => w,
            // "Blinken, ending a three-day visit, said on Tuesday": it ends as he speaks;
            // "Scharping, ending a two-day visit, said": as the article is written.
            None if news && ending_now => {
                let (day, approximate) = match (statement_day, self.reference) {
                    (Some(s), _) => (s.start, false),
                    (None, Some(r)) => (r, true),
                    (None, None) => return None,
                };
                When { span: TimeSpan::day(day), expression: None, anchor: self.reference, approximate }
            }
            None => return None,
        };
        if !when.span.is_day() {
            return Some(when);
        }
        let day = when.span.start;
        let back = jiff::Span::new().days(days - 1);
        // "paused on Friday after three days of air strikes": they ended on Friday.
        let ended_after = lasted.is_some() || triggers.iter().any(|t| self.ends_after_days_of(t));
        // "returned on Sunday from a three-day visit", "a two-day visit, which concluded on
        // Wednesday": it ended that day.
        let ended_on_it = self.back_from(trigger.clone(), clause.clone())
            || self.closed_in_relative(trigger.clone(), &when);
        let stretched = if ending.is_empty() && !ended_after && !ended_on_it {
            day.checked_add(back).ok().map(|end| (day, end))
        } else {
            day.checked_sub(back).ok().map(|start| (start, day))
        };
        // At the edge of the calendar the day alone stands.
        let Some((start, end)) = stretched else { return Some(when) };
        let span = TimeSpan::between(start, end);
        Some(When { span, ..when })
    }

    /// "returned on Sunday from a three-day visit", "flew back from a two-day trip": a word
    /// of coming back, then "from" right before the trigger's noun phrase, in its clause.
    fn back_from(&self, trigger: Range<usize>, clause: Range<usize>) -> bool {
        // "from" + a determiner, the length and one more word ("from a five-day civic visit").
        const NOUN_PHRASE_WORDS: usize = 4;
        // "flew back on Tuesday from his two-day official trip".
        const CUE_WORDS: usize = 9;
        let before = self.clause_words_before(trigger, clause, CUE_WORDS);
        let words: Vec<&str> = before.split_whitespace().collect();
        let Some(from) = words.iter().rposition(|w| *w == "from") else { return false };
        words.len() - from <= NOUN_PHRASE_WORDS
            && words[..from]
                .iter()
                .any(|w| self.lexicon.returning.iter().any(|r| r == w.trim_end_matches([',', ';'])))
    }

    /// The rest of `text` after a place it opens with: "in Asmara ended" gives " ended".
    pub(super) fn place_after(text: &str) -> Option<&str> {
        const NAME_WORDS: usize = 3;
        let rest = ["in ", "at "].iter().find_map(|p| text.strip_prefix(p))?;
        let mut end = 0;
        for (i, word) in rest.split(' ').enumerate() {
            if i == NAME_WORDS || !word.starts_with(|c: char| c.is_uppercase()) {
                break;
            }
            end = word.as_ptr() as usize - rest.as_ptr() as usize + word.len();
        }
        (end > 0).then(|| &rest[end..])
    }

    /// "a two-day visit to Dhaka, which concluded on Wednesday", "a four-day visit that ended
    /// on Friday", "the two-day summit ended on Monday": a relative clause a few words after
    /// the trigger, or the trigger's own verb, says it ended, on the very date the event took.
    fn closed_in_relative(&self, trigger: Range<usize>, when: &When) -> bool {
        const WORDS: usize = 8;
        // The date within a few bytes after the verb ("on", "late on", "early on").
        const DATE_WITHIN: usize = 12;
        let Some(expression) = when.expression.as_deref() else { return false };
        let Some(after) = self.text.get(trigger.end..self.range.end) else { return false };
        let closed_on_the_date = |clause: &str| {
            let Some(verb) = self.lexicon.ended_in_relative.iter().find(|v| {
                clause.get(..v.len()).is_some_and(|head| head.eq_ignore_ascii_case(v))
                    && clause[v.len()..].starts_with(char::is_whitespace)
            }) else {
                return false;
            };
            let told = &clause[verb.len()..];
            let near = told.get(..told.len().min(expression.len() + DATE_WITHIN)).unwrap_or(told);
            near.contains(expression)
        };
        // "The two-day summit (in Asmara) ended on Monday": the trigger is the closing verb's
        // subject.
        let predicate = Self::place_after(after.trim_start()).unwrap_or(after).trim_start();
        if closed_on_the_date(predicate) {
            return true;
        }
        let mut rest = after;
        for _ in 0..WORDS {
            rest = rest.trim_start();
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = &rest[..end];
            rest = &rest[end..];
            if word.is_empty() || word.ends_with(['.', ';', ':']) {
                return false;
            }
            if !self.lexicon.relative_pronouns.iter().any(|p| word.eq_ignore_ascii_case(p)) {
                continue;
            }
            return closed_on_the_date(rest.trim_start());
        }
        false
    }

    /// "the summit, which ended on Wednesday after three days", "the talks ended on Friday
    /// after two days of negotiation": the length in days of an event a word of closing says
    /// ended after them, a few words on from its trigger in the same sentence.
    fn days_it_ended_after(&self, trigger: Range<usize>) -> Option<i64> {
        const WORDS: usize = 12;
        const LONGEST: i64 = 31;
        let after = self.text.get(trigger.end..self.range.end)?;
        let mut closed = false;
        let mut words = after.split_whitespace().take(WORDS).peekable();
        let mut previous = "";
        while let Some(word) = words.next() {
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            if self.lexicon.closing_dates.iter().any(|c| c.eq_ignore_ascii_case(bare))
                || self.lexicon.closing_dates.iter().any(|c| {
                    c.split_once(' ').is_some_and(|(a, b)| previous.eq_ignore_ascii_case(a) && bare == b)
                })
            {
                closed = true;
            }
            if closed && bare.eq_ignore_ascii_case("after") {
                let (count, unit) = (words.next()?, words.next()?);
                let days = self.count_of_days(count, unit)?;
                return (2..=LONGEST).contains(&days).then_some(days);
            }
            if word.ends_with(['.', ';', ':']) {
                return None;
            }
            previous = bare;
        }
        None
    }

    /// "shelled the town for a 40th day on Friday", "pressed on for a third straight day":
    /// an event a few words on from its trigger says it went on for that many days, up to
    /// the day the sentence names.
    fn nth_day_of(&self, trigger: Range<usize>) -> Option<i64> {
        const WORDS: usize = 10;
        const LONGEST: i64 = 366;
        let after = self.text.get(trigger.end..self.range.end)?;
        let mut words = after.split_whitespace().take(WORDS);
        while let Some(word) = words.next() {
            if word.ends_with(['.', ';', ':']) {
                return None;
            }
            if !word.eq_ignore_ascii_case("for") {
                continue;
            }
            let mut rest = words.clone();
            if !rest.next().is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("the")) {
                continue;
            }
            let ordinal = rest.next().map(str::to_ascii_lowercase)?;
            let mut unit = rest.next()?;
            if self.lexicon.running_days.iter().any(|r| r.eq_ignore_ascii_case(unit)) {
                unit = rest.next()?;
            }
            if unit.trim_end_matches([',', '.', ';', ':']) != "day" {
                continue;
            }
            let days = ordinal_number(&ordinal, &self.lexicon.ordinals)?;
            return (2..=LONGEST).contains(&days).then_some(days);
        }
        None
    }

    /// "the referendum opened on Sunday and ran for seven days": the length in days a lasting
    /// word gives later in the trigger's sentence, up to a semicolon.
    fn ran_for_days(&self, trigger: Range<usize>) -> Option<i64> {
        const WORDS: usize = 12;
        const LONGEST: i64 = 31;
        let after = self.text.get(trigger.end..self.range.end)?;
        let words: Vec<String> = after
            .split_whitespace()
            .take(WORDS)
            .scan(false, |stop, w| {
                let word = (!*stop).then(|| w.to_ascii_lowercase());
                *stop = w.ends_with(';');
                word
            })
            .collect();
        let joined = words.join(" ");
        self.lexicon.lasting.iter().find_map(|l| {
            let at = joined
                .match_indices(l.as_str())
                .map(|(i, _)| i)
                .find(|&i| at_word_boundaries(&joined, i, i + l.len()))?;
            let mut rest = joined[at + l.len()..].split_whitespace();
            let days = self.count_of_days(rest.next()?, rest.next()?)?;
            (2..=LONGEST).contains(&days).then_some(days)
        })
    }

    /// "a two-day visit", "a 3-day summit", "three days of the heaviest air strikes": the
    /// length in days the trigger's noun phrase gives.
    fn length_in_days(&self, trigger: &Range<usize>) -> Option<i64> {
        const NOUN_PHRASE_WORDS: usize = 3;
        const LONGEST: i64 = 31;
        let before = self.text.get(self.range.start..trigger.start)?;
        let words: Vec<String> = before
            .split_whitespace()
            .rev()
            .take(NOUN_PHRASE_WORDS + 3)
            .take_while(|w| !w.ends_with([',', ';', ':', '.']))
            .map(str::to_ascii_lowercase)
            .collect();
        let hyphened =
            words.iter().take(NOUN_PHRASE_WORDS).find_map(|w| w.strip_suffix("-day").map(str::to_owned));
        let Some(word) = hyphened.or_else(|| self.days_of(&words)) else {
            return self.days_right_after(trigger).filter(|days| (1..=LONGEST).contains(days));
        };
        let days = self.number_of(&word)?;
        (1..=LONGEST).contains(&days).then_some(days)
    }

    /// "a state visit of three days", "a visit of thirteen days": the length right after the
    /// trigger's noun.
    fn days_right_after(&self, trigger: &Range<usize>) -> Option<i64> {
        let after = self.text.get(trigger.end..self.range.end)?;
        let mut words = after.split_whitespace();
        (words.next()? == "of").then_some(())?;
        self.count_of_days(words.next()?, words.next()?)
    }

    /// "three days of the heaviest air strikes": the number before "days of", with at most
    /// three words between "of" and the trigger (`words` run back from the trigger, lower-case).
    fn days_of(&self, words: &[String]) -> Option<String> {
        const BETWEEN: usize = 3;
        let of = words.iter().position(|w| w == "of").filter(|&k| k <= BETWEEN)?;
        (words.get(of + 1)?.as_str() == "days").then(|| words.get(of + 2).cloned()).flatten()
    }

    /// "paused their bombing on Friday after three days of air strikes": what "after" a
    /// number of days of it ends the day the sentence names.
    pub(super) fn ends_after_days_of(&self, trigger: &Range<usize>) -> bool {
        let Some(before) = self.text.get(self.range.start..trigger.start) else { return false };
        let words: Vec<String> =
            before.split_whitespace().rev().take(7).map(str::to_ascii_lowercase).collect();
        words.iter().position(|w| w == "of").is_some_and(|of| {
            self.days_of(&words).is_some() && words.get(of + 3).is_some_and(|w| w == "after")
        })
    }

    /// The nearest date; a planned event prefers a date after the reference date.
    pub(super) fn pick_date(
        &self,
        trigger: Range<usize>,
        candidates: &[&Timex],
        status: EventStatus,
        used: &mut Vec<usize>,
    ) -> Option<When> {
        let future: Vec<&Timex> = match (status, self.reference) {
            (EventStatus::Planned, Some(r)) => {
                candidates.iter().copied().filter(|t| t.span.as_ref().is_some_and(|s| s.end > r)).collect()
            }
            _ => Vec::new(),
        };
        let pool = if future.is_empty() { candidates } else { &future[..] };
        // "touring the capital Thursday and meeting police leaders Friday": a date before
        // the trigger across an "and" belongs to the verb before the "and".
        let best = pool.iter().min_by_key(|t| {
            if t.start >= trigger.end {
                t.start - trigger.end
            } else {
                let gap = &self.text[t.end.min(trigger.start)..trigger.start];
                let across_and = gap.split_whitespace().any(|w| w == "and");
                trigger.start.saturating_sub(t.end) + if across_and { self.text.len() } else { 0 }
            }
        })?;
        // "April 24 and 25", "from June 1 to June 3": the event spans the range, whichever
        // end of it is nearest.
        let opened = candidates.iter().copied().filter(|t| t.end <= best.start).find_map(|t| {
            let range = self.range_end(t, candidates).filter(|(_, closer)| *closer == Some(best.start))?;
            Some((t, Some(range)))
        });
        let (first, range) = opened.unwrap_or_else(|| (best, self.range_end(best, candidates)));
        let mut span = first.span.clone()?;
        let mut end = first.end;
        // "arrived on Wednesday for a visit that runs through Friday": a later date the clause
        // closes the event on; the expression stays the first date's.
        // "A week ago, she flew to Warsaw": that day a week back, not that week. ("Two weeks
        // ago" is as often said of any day of that week.)
        if range.is_none()
            && let Some(day) =
                a_week_ago(&self.text[first.start..first.end], &span, self.reference, self.lexicon)
        {
            span = day;
        }
        let closed = if range.is_none() { self.closing_date(first, candidates) } else { None };
        let range = range.or_else(|| closed.map(|(span, at)| ((span, first.end), Some(at))));
        // "The summit, which runs until Friday, opened on Wednesday": the nearest date closes
        // the event another, earlier one of the clause opened.
        if range.is_none()
            && span.is_day()
            && self.closing_words_before(self.range.start, first)
            && let Some(opening) = candidates
                .iter()
                .copied()
                .filter(|t| t.span.as_ref().is_some_and(|s| s.is_day() && s.end < span.start))
                .filter(|t| !self.closing_words_before(self.range.start, t))
                .min_by_key(|t| t.start.abs_diff(first.start))
            && let Some(open) = opening.span.clone()
        {
            used.push(first.start);
            used.push(opening.start);
            return Some(When {
                span: TimeSpan::joining(&open, &span),
                expression: Some(self.text[opening.start..opening.end].to_owned()),
                anchor: self.reference,
                approximate: false,
            });
        }
        used.push(first.start);
        if let Some((close, closer)) = range {
            used.extend(closer);
            end = close.1;
            span = TimeSpan::joining(&span, &close.0);
        }
        Some(When {
            span,
            expression: self.text.get(first.start..end).map(str::to_owned),
            anchor: self.reference,
            approximate: false,
        })
    }

    /// A later date among the event's candidates that a word of closing comes a few words
    /// before ("runs through Friday", "and ended Wednesday"), not far after `first`: the day
    /// the event that began on `first` ended. A weekday read as the one before the opening day
    /// ("arrived on Wednesday for a visit that runs through Friday", in a past sentence) is the
    /// one after it. Gives the closing span and where the closing date starts.
    fn closing_date(&self, first: &Timex, candidates: &[&Timex]) -> Option<(TimeSpan, usize)> {
        const GAP_WORDS: usize = 15;
        let open = first.span.as_ref()?;
        let closes = |t: &Timex| {
            let gap = &self.text[first.end..t.start];
            if gap.split_whitespace().count() > GAP_WORDS || gap.contains([';', ':', '(', '"']) {
                return false;
            }
            self.closing_words_before(first.end, t)
        };
        candidates.iter().filter(|t| t.start >= first.end).find_map(|t| {
            let span = self.weekday_after(open, t, t.span.clone()?);
            (span.start > open.end && closes(t)).then_some((span, t.start))
        })
    }

    /// "talks in Moscow, which began on Friday afternoon and ended early on Saturday", "the
    /// siege, which began last Saturday and ended on Tuesday": a relative clause a few words
    /// after the trigger that opens the event on one day and closes it on a later one gives
    /// the span between them. With no closing day after it, a day before the trigger the
    /// clause puts the event's end on does ("clinched the deal on Friday, at the end of talks
    /// that began on Wednesday"). A closing weekday read before the opening one is the one a
    /// week on, or, when that is past the article's day and the closing verb in the past, the
    /// opening is the one a week back.
    pub(super) fn begun_and_ended(&self, trigger: Range<usize>, timexes: &[&Timex]) -> Option<When> {
        // "talks in Moscow between the foreign ministers of Armenia and Azerbaijan, Aram
        // Hakobyan and Rauf Mammadli, which began": a noun phrase with its names in apposition.
        const TO_RELATIVE_WORDS: usize = 20;
        const TO_DATE_WORDS: usize = 6;
        const ENDING_WORDS: usize = 6;
        const LONGEST_DAYS: i64 = 31;
        let rest = self.text.get(trigger.end..self.range.end)?;
        let lexicon = self.lexicon;
        fn bare(w: &str) -> &str {
            w.trim_matches(|c: char| !c.is_alphanumeric())
        }
        let one_of = |w: &str, words: &[String]| words.iter().any(|x| x.eq_ignore_ascii_case(w));
        // "The first round of talks began last Tuesday and collapsed on Friday": the trigger
        // heads the sentence's subject (a few words open the sentence before it), and the
        // opening verb is the sentence's own, with no relative pronoun.
        let subject = self.text.get(self.range.start..trigger.start).is_some_and(|lead| {
            lead.split_whitespace().count() <= SUBJECT_LEAD_WORDS && !lead.contains([',', ';', ':', '"'])
        });
        let mut previous = "";
        let mut verb_end = None;
        // The subject's verb follows its noun phrase closely, past no comma.
        let mut subject_goes_on = subject;
        for (n, word) in rest.split_whitespace().take(TO_RELATIVE_WORDS).enumerate() {
            let word_bare = bare(word);
            let opens = one_of(word_bare, &lexicon.opening_dates);
            subject_goes_on &= n < TO_SUBJECT_VERB_WORDS;
            if opens && (subject_goes_on || one_of(previous, &lexicon.relative_pronouns)) {
                let at = word.as_ptr() as usize - rest.as_ptr() as usize;
                verb_end = Some(trigger.end + at + word.len());
                break;
            }
            if word.ends_with(['.', ';', ':']) {
                return None;
            }
            subject_goes_on &= !word.ends_with([',', '"']);
            previous = word_bare;
        }
        let verb_end = verb_end?;
        let open = timexes.iter().copied().find(|t| {
            t.start >= verb_end && {
                let gap = &self.text[verb_end..t.start];
                gap.split_whitespace().count() <= TO_DATE_WORDS && !gap.contains([',', ';', ':', '(', '"'])
            }
        })?;
        let mut open_span = open.span.clone().filter(TimeSpan::is_day)?;
        let weekday = |t: &Timex| {
            let words = &self.text[t.start..t.end];
            lexicon.weekdays.iter().any(|d| words.split_whitespace().any(|w| w.eq_ignore_ascii_case(d)))
        };
        let within = |open: &TimeSpan, close: &TimeSpan| {
            close.start > open.end && i64::from((close.end - open.start).get_days()) < LONGEST_DAYS
        };
        let closing = timexes.iter().copied().find(|t| {
            t.start >= open.end && {
                let gap = &self.text[open.end..t.start];
                gap.split_whitespace().count() <= TO_RELATIVE_WORDS
                    && !gap.contains([';', ':', '(', '"'])
                    && self.closing_words_before(open.end, t)
            }
        });
        let close_span = match closing {
            Some(close) => {
                let mut close_span = close.span.clone().filter(TimeSpan::is_day)?;
                if close_span.start <= open_span.end && weekday(open) && weekday(close) {
                    // The closing day a week on, unless that is past the article's day.
                    let week = jiff::Span::new().days(7);
                    let next = close_span.start.checked_add(week).ok()?;
                    let ended = self
                        .words_before_date(open.end, close, TO_DATE_WORDS)
                        .split(' ')
                        .any(|w| w.ends_with("ed") && one_of(w, &lexicon.closing_dates));
                    if ended && self.reference.is_some_and(|r| next > r) {
                        open_span = TimeSpan::day(open_span.start.checked_sub(week).ok()?);
                    } else {
                        close_span = TimeSpan::day(next);
                    }
                }
                close_span
            }
            // "the air strikes, which began on Saturday, went on for a seventh day": still
            // going on, to the article's day.
            None if self.still_going_on(open.end) => {
                let day = self.reference.filter(|r| *r > open_span.end)?;
                TimeSpan::day(day)
            }
            None => {
                let before = self.words_before(trigger.start, ENDING_WORDS).join(" ");
                if !lexicon.ending.iter().any(|e| contains_word(&before, e)) {
                    return None;
                }
                let close = timexes.iter().copied().rev().find(|t| t.end <= trigger.start)?;
                close.span.clone().filter(TimeSpan::is_day)?
            }
        };
        if !within(&open_span, &close_span) {
            return None;
        }
        // The expression stays the opening date's, as for other spans.
        Some(When {
            span: TimeSpan::joining(&open_span, &close_span),
            expression: self.text.get(open.start..open.end).map(str::to_owned),
            anchor: self.reference,
            approximate: false,
        })
    }

    /// "flew to Islamabad on Friday, Oct. 5, and met Karamat": an event whose verb follows an
    /// "and" that shares the subject of a journey dated just before it (its verb at most
    /// `JOURNEY_WORDS` words before the date, the date at most `TO_AND_WORDS` words before
    /// the "and", none of them past a semicolon) took place on the journey's day.
    pub(super) fn journeys_day<'t>(&self, trigger: Range<usize>, timexes: &[&'t Timex]) -> Option<&'t Timex> {
        const JOURNEY_WORDS: usize = 5;
        const TO_AND_WORDS: usize = 8;
        let before = self.text.get(self.range.start..trigger.start)?;
        let mut words = before.split_whitespace().rev();
        let mut and = words.next()?;
        while LIGHT_VERBS.contains(&bare_lower(and).as_str()) {
            and = words.next()?;
        }
        if and != "and" {
            return None;
        }
        let and_at = and.as_ptr() as usize - self.text.as_ptr() as usize;
        let day = timexes
            .iter()
            .copied()
            .filter(|t| t.start >= self.range.start && t.end <= and_at)
            .max_by_key(|t| t.start)?;
        if !day.span.as_ref().is_some_and(TimeSpan::is_day) {
            return None;
        }
        let gap = &self.text[day.end..and_at];
        if gap.contains([';', ':', '"']) || gap.split_whitespace().count() > TO_AND_WORDS {
            return None;
        }
        let lead = &self.text[self.range.start..day.start];
        if lead.contains([';', ':']) {
            return None;
        }
        lead.split_whitespace()
            .rev()
            .take(JOURNEY_WORDS)
            .any(|w| JOURNEY_VERBS.contains(&bare_lower(w).as_str()))
            .then_some(day)
    }

    /// Whether the sentence goes on, a few words after `from` (the day an event began), to
    /// say the event is still going on: "which began on March 24, would go on", "which
    /// started on Monday, continued overnight".
    fn still_going_on(&self, from: usize) -> bool {
        const WORDS: usize = 15;
        let Some(rest) = self.text.get(from..self.range.end) else { return false };
        let rest = rest[..first_words_end(rest, WORDS)].to_ascii_lowercase();
        GOING_ON.iter().any(|p| contains_word(&rest, p))
    }

    /// The span of `close`, a date that closes a span `open` opens: a weekday read as one on
    /// or before the opening day (the tagger reads the sentence's tense; "arrived on Wednesday
    /// for a visit that runs through Friday", "voted on Friday and Saturday" said on a Friday)
    /// is the one after it.
    pub(super) fn weekday_after(&self, open: &TimeSpan, close: &Timex, span: TimeSpan) -> TimeSpan {
        if span.start > open.end || !open.is_day() || !span.is_day() {
            return span;
        }
        let weekday =
            self.lexicon.weekdays.iter().any(|d| self.text[close.start..close.end].eq_ignore_ascii_case(d));
        match crate::timex::calendar::add_days(span.start, 7) {
            Some(next) if weekday && next > open.end => TimeSpan::day(next),
            _ => span,
        }
    }

    /// The span of `close`, a month named without its year that closes a span `open` opens:
    /// the first such month after the opening ("from October 2008 until August" ends in
    /// August 2009, whatever year the tagger read from the article's day).
    fn month_after(&self, open: &TimeSpan, close: &Timex, span: TimeSpan) -> Option<TimeSpan> {
        let bare_month = span.value.len() == 7
            && !self.text[close.start..close.end].contains(|c: char| c.is_ascii_digit());
        if !bare_month {
            return Some(span);
        }
        let month = span.start.month();
        let year = open.end.year() + i16::from(month <= open.end.month());
        let start = Date::new(year, month, 1).ok()?;
        Some(TimeSpan { value: format!("{year:04}-{month:02}"), start, end: start.last_of_month() })
    }

    /// "will hold talks in Tonga on Monday, February 9, before flying to Apia, where he will
    /// meet the premier on Wednesday": a weekday told after a later day in a plan's sentence
    /// is the one after that day, not the one the tagger read from the article's.
    pub(super) fn after_the_day_before_it(&self, timexes: &[&Timex], when: When) -> When {
        if !when.span.is_day() || when.approximate {
            return when;
        }
        let Some(close) = timexes.iter().find(|t| {
            t.span.as_ref() == Some(&when.span)
                && when.expression.as_deref() == Some(&self.text[t.start..t.end])
        }) else {
            return when;
        };
        let Some(open) = timexes
            .iter()
            .filter(|t| t.end <= close.start)
            .filter_map(|t| t.span.as_ref())
            // A day still ahead: a dateline's day is no stop of the plan.
            .filter(|s| {
                s.is_day() && s.start > when.span.start && self.reference.is_some_and(|r| s.start > r)
            })
            .max_by_key(|s| s.start)
        else {
            return when;
        };
        let span = self.weekday_after(open, close, when.span.clone());
        When { span, ..when }
    }

    /// "will hold talks with the emir on Monday", "is due to fly home on Friday", told in a
    /// sentence whose other verbs are past ("his office said"): a planned event's weekday,
    /// named alone (or with its part of the day), that the tagger read as the last one is
    /// the coming one.
    /// A past form between the trigger and the weekday makes the weekday another verb's: "will
    /// continue their talks despite an attack that killed seven soldiers on Sunday".
    pub(super) fn coming_weekday(&self, trigger: Range<usize>, timexes: &[&Timex], when: When) -> When {
        let Some(r) = self.reference else { return when };
        let Some(timex) = timexes.iter().find(|t| {
            t.span.as_ref() == Some(&when.span)
                && when.expression.as_deref() == Some(&self.text[t.start..t.end])
        }) else {
            return when;
        };
        let between = if timex.start >= trigger.end {
            &self.text[trigger.end..timex.start]
        } else {
            &self.text[timex.end.min(trigger.start)..trigger.start]
        };
        // ... and so does one in the trigger or among the few words before it and the weekday:
        // "who departed for Mecca on Thursday and will return", "had hoped Monday's call would".
        const WORDS_BEFORE: usize = 3;
        let opening = timex.start.min(trigger.start);
        let before =
            self.text[self.range.start.min(opening)..opening].split_whitespace().rev().take(WORDS_BEFORE);
        let trigger_verb = self.text[trigger.clone()].split_whitespace().next();
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_ascii_alphabetic()).to_owned();
        // "is being prepared for Thursday", "will be hosted on Friday": a participle after "be"
        // is a passive, as much a plan as its auxiliary says, no verb of the past.
        let between_words: Vec<&str> = between.split_whitespace().collect();
        let passive = |k: usize| {
            k.checked_sub(1)
                .and_then(|j| between_words.get(j))
                .is_some_and(|w| matches!(bare(w).to_ascii_lowercase().as_str(), "be" | "being"))
        };
        let another_verbs = between_words
            .iter()
            .enumerate()
            .any(|(k, w)| self.an_ed_form(&bare(w).to_ascii_lowercase()) && !passive(k))
            || before.chain(trigger_verb).any(|w| self.a_past_form(&bare(w)));
        if another_verbs {
            return when;
        }
        let named_alone = when
            .expression
            .as_deref()
            .and_then(|e| e.split_whitespace().next())
            .is_some_and(|first| self.lexicon.weekdays.iter().any(|d| first.eq_ignore_ascii_case(d)));
        let days_back = (r - when.span.start).get_days();
        if !named_alone || !when.span.is_day() || when.approximate || !(1..=WEEK).contains(&days_back) {
            return when;
        }
        let Some(day) = calendar::add_days(when.span.start, i64::from(WEEK)) else { return when };
        // The part of the day stays: "2017-10-31TMO" becomes "2017-11-07TMO".
        let value = format!("{day}{}", when.span.value.get(10..).unwrap_or_default());
        match calendar::span_of(&value) {
            Some(span) => When { span, ..when },
            None => when,
        }
    }

    /// Whether a word is a past form: one of `past_forms` ("met", "won"), or an "-ed" form.
    pub(super) fn a_past_form(&self, word: &str) -> bool {
        self.lexicon.past_forms.iter().any(|p| word.eq_ignore_ascii_case(p)) || self.an_ed_form(word)
    }

    /// Whether a word is a form in "-ed" that is no word of plans ("killed", not "scheduled").
    pub(super) fn an_ed_form(&self, word: &str) -> bool {
        word.len() > 4
            && word.ends_with("ed")
            && !self.lexicon.status.planned.in_text(&word.to_ascii_lowercase())
    }

    /// Whether a word of closing stands a few words before a date, after `from` and no comma:
    /// "runs through Friday", "ended in the early hours of Saturday".
    fn closing_words_before(&self, from: usize, timex: &Timex) -> bool {
        const CUE_WORDS: usize = 6;
        let words = self.words_before_date(from, timex, CUE_WORDS);
        self.lexicon.closing_dates.iter().any(|c| contains_word(&words, c))
    }

    /// The end of a range that `first` opens: "May 3-4", "April 24 and 25", "from June 1 to
    /// June 3", "between 1998 and 2001". Gives the closing span and where its text ends, and
    /// the start of the candidate date that closes it, if one does (a bare day number is no
    /// date of its own).
    fn range_end(&self, first: &Timex, candidates: &[&Timex]) -> Option<((TimeSpan, usize), Option<usize>)> {
        let open = first.span.as_ref()?;
        let rest = &self.text[first.end..self.range.end];
        let trimmed = rest.trim_start();
        let connector = RANGE_CONNECTORS.iter().find(|c| trimmed.starts_with(**c))?;
        let after = trimmed[connector.len()..].trim_start();
        // "late on Monday and early on Tuesday": a few words may stand before the closing date.
        let mut closing = after;
        for _ in 0..2 {
            if let Some(word) = starts_with_word(closing, &self.lexicon.range_fillers) {
                closing = closing[word.len()..].trim_start();
            }
        }
        let close_at = self.range.end - closing.len();
        let at = self.range.end - after.len();
        let before = &self.text[self.range.start..first.start];
        if let Some(close) = candidates.iter().find(|t| t.start == close_at)
            && let Some(span) = close.span.clone().map(|s| self.weekday_after(open, close, s))
            && let Some(span) = self.month_after(open, close, span)
            && joins_a_span(connector, before, open, &span)
            && span.start > open.end
        {
            return Some(((span, close.end), Some(close.start)));
        }
        // A bare day of the same month, not a count of something: "May 3-4", "April 24 and
        // 25 in Washington", not "April 24 and 25 people".
        let digits = after.split(|c: char| !c.is_ascii_digit()).next()?;
        let day: i8 = digits.parse().ok()?;
        let next_word = after[digits.len()..].split_whitespace().next().unwrap_or("");
        let counts_something = matches!(*connector, "and " | "to ")
            && next_word.starts_with(|c: char| c.is_ascii_lowercase())
            && !self.lexicon.not_nouns.contains(next_word);
        if !open.is_day() || day <= open.start.day() || counts_something {
            return None;
        }
        let last = open.start.with().day(day).build().ok()?;
        Some(((TimeSpan::day(last), at + digits.len()), None))
    }
}

/// The words that join the two ends of a range: "May 3-4", "from June 1 to June 3", "on
/// Tuesday and Wednesday".
const RANGE_CONNECTORS: &[&str] = &["-", "–", "to ", "through ", "until ", "till ", "into ", "and "];

/// Whether `connector` joins `open` and `close` into one span, `before` being the words before
/// the first end. "Monday and Friday" are two days, not a span; "between Monday and Friday"
/// is one, and so are two days or months in a row: "met on Monday and Tuesday", "in April and
/// May".
fn joins_a_span(connector: &str, before: &str, open: &TimeSpan, close: &TimeSpan) -> bool {
    // (Its last letters read in place: no lower-cased copy of the sentence's start.)
    let before = before.trim_end();
    let last = before.get(before.len().saturating_sub("between".len())..);
    connector != "and "
        || last.is_some_and(|end| end.eq_ignore_ascii_case("between"))
        || (open.is_day() && close.is_day() && open.end.tomorrow().ok() == Some(close.start))
        || (open.value.len() == 7 && close.value.len() == 7 && open.end.tomorrow().ok() == Some(close.start))
}

/// `when` that many years earlier (later, when negative): the day an anniversary on `when`
/// remembers.
pub(super) fn years_before(when: When, years: i16) -> Option<When> {
    let back = |date: jiff::civil::Date| date.checked_sub(jiff::Span::new().years(years)).ok();
    let (start, end) = (back(when.span.start)?, back(when.span.end)?);
    // A month stays a whole month ("2014-02" to "2016-02" ends on the 29th).
    let month = when.span.value.len() == 7 && when.span.start.day() == 1;
    let end = if month { start.last_of_month() } else { end };
    let value = if when.span.is_day() {
        start.to_string()
    } else if month {
        format!("{:04}-{:02}", start.year(), start.month())
    } else if start.year() == end.year() && when.span.value.len() == 4 {
        start.year().to_string()
    } else {
        format!("{start}/{end}")
    };
    Some(When { span: TimeSpan { value, start, end }, ..when })
}

/// Whether `text` ends with `word` (lower-case) as a whole word, in any case.
/// The number a lower-case ordinal stands for, written in figures ("39th", "12th") or spelt
/// (`ordinals`: "tenth").
fn ordinal_number(word: &str, ordinals: &[String]) -> Option<i64> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !digits.is_empty() && ["st", "nd", "rd", "th"].contains(&&word[digits.len()..]) {
        digits.parse().ok()
    } else {
        let n = ordinals.iter().position(|o| o == word)?;
        i64::try_from(n + 1).ok()
    }
}

pub(super) fn ends_with_word(text: &str, word: &str) -> bool {
    text.len()
        .checked_sub(word.len())
        .and_then(|start| text.get(start..).map(|tail| (start, tail)))
        .is_some_and(|(start, tail)| {
            tail.eq_ignore_ascii_case(word) && at_word_boundaries(text, start, text.len())
        })
}

/// Whether `text` ends with a phrase of reacting (lower-case), whose last word, a
/// preposition, may stand a few words after the rest: "claimed responsibility on Sunday
/// for", "blamed Islamic militants for".
fn ends_with_reaction(text: &str, phrase: &str) -> bool {
    const WORDS_BETWEEN: usize = 3;
    if ends_with_word(text, phrase) {
        return true;
    }
    let Some((head, last)) = phrase.rsplit_once(' ') else { return false };
    if !ends_with_word(text, last) {
        return false;
    }
    let mut rest = text[..text.len() - last.len()].trim_end();
    for _ in 0..WORDS_BETWEEN {
        // An aside or a new clause ends the reaction's reach.
        let Some(space) = rest.rfind(' ') else { return false };
        rest = rest[..space].trim_end();
        if rest.ends_with([',', ';', ':']) {
            return false;
        }
        if ends_with_word(rest, head) {
            return true;
        }
    }
    false
}

/// A length of time the tagger read ("two days", "P2D"): how many of which unit, `None` for
/// a vague one ("PXD", "a few days").
fn length_of(value: &str) -> Option<(i64, char)> {
    let (digits_from, time) = match value.strip_prefix("PT") {
        Some(rest) => (rest, true),
        None => (value.strip_prefix('P')?, false),
    };
    let digits = digits_from.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = digits_from[digits.len()..].chars().next()?;
    if digits_from.len() != digits.len() + 1 {
        return None;
    }
    let n: i64 = digits.parse().ok()?;
    // Hours and minutes keep the day.
    let unit = if time { 'H' } else { unit };
    matches!(unit, 'D' | 'W' | 'M' | 'Y' | 'H').then_some((n, unit))
}

/// `anchor` moved by `n` units (`sign` says which way), at the coarser of the anchor's and
/// the unit's granularity: a day two days or weeks on is a day, a day two months on is that
/// month, anything years on the year ("in February 1977 ... Two years later" is 1979: a
/// reckoning in years is as fine as the writer's). `None` when the
/// anchor is coarser than the unit ("a week after" a month).
fn moved(anchor: &TimeSpan, n: i64, unit: char, sign: i64) -> Option<TimeSpan> {
    use crate::timex::calendar;
    let month_value = |d: Date| format!("{:04}-{:02}", d.year(), d.month());
    let day = anchor.is_day();
    let month = !day && anchor.value.len() == 7 && anchor.start.day() == 1;
    let value = match unit {
        'H' if day => anchor.start.to_string(),
        'D' if day => calendar::add_days(anchor.start, sign.checked_mul(n)?)?.to_string(),
        'W' if day => calendar::add_days(anchor.start, sign.checked_mul(7)?.checked_mul(n)?)?.to_string(),
        'M' if day || month => {
            month_value(calendar::add_months(anchor.start.first_of_month(), sign.checked_mul(n)?)?)
        }
        'Y' => format!("{:04}", i64::from(anchor.start.year()).checked_add(sign.checked_mul(n)?)?),
        _ => return None,
    };
    calendar::span_of(&value)
}

/// "A week ago" (`written`, tagged as the week `span`): that day a week back, not that week,
/// counted from the article's day. ("Two weeks ago" is as often said of any day of that week.)
fn a_week_ago(
    written: &str,
    span: &TimeSpan,
    reference: Option<Date>,
    lexicon: &Lexicon,
) -> Option<TimeSpan> {
    let r = reference?;
    (starts_with_word(written.rsplit(' ').next().unwrap_or(""), &lexicon.ago).is_some()
        && span.value.contains("-W")
        && span.days() == 7
        && (r - span.start).get_days() < 14)
        .then(|| crate::timex::calendar::add_days(span.start, i64::from(r.weekday().to_monday_zero_offset())))
        .flatten()
        .map(TimeSpan::day)
}

/// Whether the word at the start of `rest` (after spaces) is one of `words`, whole.
fn starts_with_word<'w>(rest: &str, words: &'w [String]) -> Option<&'w str> {
    let rest = rest.trim_start();
    words
        .iter()
        .find(|w| {
            rest.len() >= w.len()
                && rest.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                && !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .map(String::as_str)
}

/// Which way the event after an interval lies from the date it is counted from, if `rest`
/// opens with a word of one: "a day after the two met" back (-1), "two days before the
/// summit" on (1).
fn interval_sign(rest: &str, lexicon: &Lexicon) -> Option<i64> {
    interval_signal(rest, lexicon).map(|(sign, _)| sign)
}

/// [`interval_sign`] with the signal word as written in the lexicon.
fn interval_signal<'l>(rest: &str, lexicon: &'l Lexicon) -> Option<(i64, &'l str)> {
    if let Some(word) = starts_with_word(rest, &lexicon.interval_after) {
        Some((-1, word))
    } else {
        starts_with_word(rest, &lexicon.interval_before).map(|word| (1, word))
    }
}

/// A date of the article's own making over `start..end`.
fn derived_date(start: usize, end: usize, span: TimeSpan) -> Timex {
    Timex { start, end, kind: TimexType::Date, value: span.value.clone(), modifier: None, span: Some(span) }
}

/// How many words may open a reference to an event before its trigger: "the", "Sunday's".
const REFERENCE_WORDS: usize = 2;

/// The events an article has dated so far, by kind, in text order: what "five days before
/// polls opened" and "on the eve of the vote" count from when their sentence has no date.
#[derive(Default)]
struct EventAnchors {
    dated: Vec<(EventKind, TimeSpan)>,
    /// The span of the event a date was last counted from: "On the first day of voting, ...
    /// On the last day, ..." (the last day of the voting).
    last_referred: Option<(EventKind, TimeSpan)>,
    /// The days documents were signed, in text order: what "the signing" counts from.
    signed: Vec<TimeSpan>,
}

/// Which day of an event a day word names: the one before its first, after its last, its
/// first or its last.
#[derive(Clone, Copy)]
enum EventDay {
    Before,
    After,
    First,
    Last,
    /// Hours from it: its last day, or its first when before it.
    Within,
}

impl EventAnchors {
    /// The event of a kind dated before that `text[at..end]` opens with a reference to ("the
    /// vote", "polls closed"), with whether a verb after it counts from its first day (true)
    /// or its last (false), and where the reference ends.
    fn referred(
        &self,
        text: &str,
        (at, end): (usize, usize),
        dates: &[&Timex],
        cues: &[(Range<usize>, Cue)],
        lexicon: &Lexicon,
    ) -> Option<((EventKind, TimeSpan), Option<bool>, usize)> {
        let opening = |from: usize| {
            let gap = &text[at..from];
            !gap.contains([',', ';', ':', '(']) && gap.split_whitespace().count() <= REFERENCE_WORDS
        };
        // A trigger refers back only as a noun its determiner opens ("two days after the
        // summit", "after the Honiara visit"); "a day after NATO aircraft hit a column"
        // reports a new strike.
        let determined = |from: usize| {
            text[at..from].split_whitespace().next().is_some_and(|w| {
                matches!(w.to_ascii_lowercase().as_str(), "the" | "this" | "that" | "its" | "their")
            })
        };
        let first = cues.partition_point(|(r, _)| r.start < at);
        let cued = cues[first..].iter().take_while(|(r, _)| r.end <= end && opening(r.start)).find_map(
            |(r, cue)| match cue {
                Cue::Anaphor(kind) | Cue::Head(kind) => Some((*kind, r.end)),
                Cue::Trigger(kind) if determined(r.start) => Some((*kind, r.end)),
                _ => None,
            },
        );
        let rest = text[at..end].trim_start();
        let skipped = at + (text[at..end].len() - rest.len());
        // "Four days before they ended": a pronoun that opens or closes something is the event
        // the text dated last.
        let opens_or_closes = |after: &str| {
            starts_with_word(after, &lexicon.opening_verbs)
                .or_else(|| starts_with_word(after, &lexicon.closing_verbs))
                .is_some()
        };
        let pronoun = ["they", "it"].into_iter().find(|p| strip_word(rest, p).is_some_and(opens_or_closes));
        let (event, reference_end) = match pronoun {
            Some(p) => (self.dated.last().cloned()?, skipped + p.len()),
            // "Five days before the signing": the last document signed.
            None if let Some(w) = starts_with_word(rest, &lexicon.signing_references) => {
                let reference_end = skipped + w.len();
                let span =
                    dated_where_named(text, reference_end, dates).or_else(|| self.signed.last().cloned())?;
                ((EventKind::Meeting, span), reference_end)
            }
            None => {
                let (kind, reference_end) = cued.or_else(|| {
                    lexicon.referred_by.iter().find_map(|(word, kind)| {
                        let words = std::slice::from_ref(word);
                        starts_with_word(rest, words).map(|w| (*kind, skipped + w.len()))
                    })
                })?;
                // "the day after the election of 4 June": the event dated where it is named,
                // else the event of the kind last counted from, the one the text goes on
                // counting from ("On the last day ... The morning after polls closed"), else
                // the last dated.
                let span = match dated_where_named(text, reference_end, dates) {
                    Some(span) => span,
                    None => self
                        .last_referred
                        .iter()
                        .chain(self.dated.iter().rev())
                        .find(|(k, _)| *k == kind)
                        .map(|(_, s)| s.clone())?,
                };
                ((kind, span), reference_end)
            }
        };
        let after = &text[reference_end..end];
        let gap = after.len() - after.trim_start().len();
        let (edge, reference_end) = if let Some(w) = starts_with_word(after, &lexicon.opening_verbs) {
            (Some(true), reference_end + gap + w.len())
        } else if let Some(w) = starts_with_word(after, &lexicon.closing_verbs) {
            (Some(false), reference_end + gap + w.len())
        } else {
            (None, reference_end)
        };
        Some((event, edge, reference_end))
    }

    /// The day a length (`n` of `unit`) before (`sign` 1) or after (-1) an event dated
    /// before lies, if `text[at..end]` refers to one, and where the reference ends: "five
    /// days before polls opened", "two days after the summit".
    #[allow(clippy::too_many_arguments)]
    fn count_from(
        &mut self,
        text: &str,
        at: usize,
        end: usize,
        cues: &[(Range<usize>, Cue)],
        lexicon: &Lexicon,
        n: i64,
        unit: char,
        sign: i64,
    ) -> Option<(TimeSpan, usize)> {
        let (event, edge, reference_end) = self.referred(text, (at, end), &[], cues, lexicon)?;
        let span = &event.1;
        // Before an event counts from its first day, after it from its last.
        let first = edge.unwrap_or(sign > 0);
        let day = TimeSpan::day(if first { span.start } else { span.end });
        let moved = moved(&day, n, unit, -sign)?;
        self.last_referred = Some(event);
        Some((moved, reference_end))
    }

    /// Days of the sentence named from an event dated before ("on the eve of the vote", "the
    /// morning after polls closed", "on the first day of voting", "on the last day"), when
    /// the sentence has no date of its own: each a date of its own, added to `found`.
    fn days_of_events(
        &mut self,
        text: &str,
        sentence: Range<usize>,
        dates: &[&Timex],
        cues: &[(Range<usize>, Cue)],
        lexicon: &Lexicon,
        found: &mut Vec<Timex>,
    ) {
        self.nth_days_of_events(text, sentence.clone(), dates, cues, lexicon, found);
        if !lexicon.event_days.in_text(&text[sentence.clone()]) {
            return;
        }
        let lower = text[sentence.clone()].to_ascii_lowercase();
        let lists = [
            (&lexicon.event_day_before, EventDay::Before),
            (&lexicon.event_day_after, EventDay::After),
            (&lexicon.event_first_day, EventDay::First),
            (&lexicon.event_last_day, EventDay::Last),
            (&lexicon.event_same_day, EventDay::Within),
        ];
        for (phrases, day) in lists {
            for phrase in phrases {
                for (i, _) in lower.match_indices(phrase.as_str()) {
                    let start = sentence.start + i;
                    let phrase_end = start + phrase.len();
                    if !at_word_boundaries(&lower, i, i + phrase.len())
                        || found.iter().any(|t| t.start < phrase_end && start < t.end)
                    {
                        continue;
                    }
                    // "the last day" alone is of the event just referred to; before "of", of
                    // the one named after it.
                    let rest = &text[phrase_end..sentence.end];
                    let alone = matches!(day, EventDay::Last) && !phrase.ends_with(" of");
                    let (event, edge, end) = if alone {
                        if starts_with_word(rest, std::slice::from_ref(&"of".to_owned())).is_some() {
                            continue;
                        }
                        let Some(event) = self.last_referred.clone() else { continue };
                        (event, None, phrase_end)
                    } else {
                        let Some(r) = self.referred(text, (phrase_end, sentence.end), dates, cues, lexicon)
                        else {
                            continue;
                        };
                        r
                    };
                    let first = match (day, edge) {
                        (EventDay::First, _) => true,
                        (EventDay::Last, _) => false,
                        (_, Some(first)) => first,
                        (EventDay::Before, None) => true,
                        (EventDay::After, None) => false,
                        (EventDay::Within, None) => phrase.ends_with("before"),
                    };
                    let shift = match day {
                        EventDay::Before => -1,
                        EventDay::After => 1,
                        EventDay::First | EventDay::Last | EventDay::Within => 0,
                    };
                    self.count_a_day(text, (start, end), dates, event, (first, shift), found);
                }
            }
        }
        found.sort_by_key(|t| t.start);
    }

    /// "On the second day of the talks", "on the tenth day", "On its first day": in a sentence
    /// with no date of its own, the day that many on from the first of the event named after
    /// "of", or, alone, of the one last counted from or else last dated. Each a date of its
    /// own, added to `found`.
    fn nth_days_of_events(
        &mut self,
        text: &str,
        sentence: Range<usize>,
        dates: &[&Timex],
        cues: &[(Range<usize>, Cue)],
        lexicon: &Lexicon,
        found: &mut Vec<Timex>,
    ) {
        const OWNERS: [&str; 5] = ["the", "its", "their", "his", "her"];
        // (Most sentences name no day: they are not copied in lower case to look.)
        if !text[sentence.clone()].as_bytes().windows(" day".len()).any(|w| w.eq_ignore_ascii_case(b" day")) {
            return;
        }
        let lower = text[sentence.clone()].to_ascii_lowercase();
        for (i, _) in lower.match_indices(" day") {
            let phrase_end = sentence.start + i + " day".len();
            if !at_word_boundaries(text, sentence.start + i + 1, phrase_end) {
                continue;
            }
            let mut before = lower[..i].split(' ').rev();
            let Some(ordinal) = before.next() else { continue };
            let Some(nth) = ordinal_number(ordinal, &lexicon.ordinals) else { continue };
            let Some(owner) = before.next().filter(|w| OWNERS.contains(w)) else { continue };
            let start = sentence.start + i - ordinal.len() - " ".len() - owner.len();
            if found.iter().any(|t| t.start < phrase_end && start < t.end) {
                continue;
            }
            let rest = &text[phrase_end..sentence.end];
            let of = ["of".to_owned()];
            let (event, end) = match starts_with_word(rest, &of) {
                Some(word) => {
                    let of_end = phrase_end + (rest.len() - rest.trim_start().len()) + word.len();
                    let Some((event, _, end)) =
                        self.referred(text, (of_end, sentence.end), dates, cues, lexicon)
                    else {
                        continue;
                    };
                    (event, end)
                }
                None => {
                    let Some(event) = self.last_referred.clone().or_else(|| self.dated.last().cloned())
                    else {
                        continue;
                    };
                    (event, phrase_end)
                }
            };
            self.count_a_day(text, (start, end), dates, event, (true, nth - 1), found);
        }
        found.sort_by_key(|t| t.start);
    }

    /// The day `shift` days on from the first (`first`) or the last day of `event`, named by
    /// the words at `start..end`: added to `found` as a date of its own, and `event` is the
    /// one counted from next. Only when the sentence has no date of its own ("the day after
    /// the vote, officials said on Monday"; "That evening" is told from the day counted here,
    /// and "the day after the election of 4 June" from the date of the event), and only from
    /// days ("within hours of the vote" of 2020 is no day of it).
    fn count_a_day(
        &mut self,
        text: &str,
        (start, end): (usize, usize),
        dates: &[&Timex],
        event: (EventKind, TimeSpan),
        (first, shift): (bool, i64),
        found: &mut Vec<Timex>,
    ) {
        let within = |t: &Timex| t.start < end && start < t.end;
        let of_the_event = |t: &Timex| naming_its_date(text, end, t);
        if dates.iter().any(|t| !within(t) && !told_from_the_narrative(text, t) && !of_the_event(t))
            || event.1.value.len() < "YYYY-MM-DD".len()
        {
            return;
        }
        let base = if first { event.1.start } else { event.1.end };
        let Some(date) = calendar::add_days(base, shift) else { return };
        self.last_referred = Some(event);
        found.push(derived_date(start, end, TimeSpan::day(date)));
    }

    /// Takes note of the events of a sentence with a date: a trigger's is the first date
    /// after it, else the last before it, not a statement's nor an interval. One that "ran
    /// for seven days" from it spans them (see [`lengths_lasted`]; the sentence's timexes
    /// start at `timexes[index]`).
    #[allow(clippy::too_many_arguments)]
    fn record(
        &mut self,
        text: &str,
        sentence: Range<usize>,
        dates: &[&Timex],
        found: &[Timex],
        (timexes, index): (&[Timex], usize),
        cues: &[(Range<usize>, Cue)],
        lexicon: &Lexicon,
    ) {
        let first = cues.partition_point(|(r, _)| r.start < sentence.start);
        let told = &cues[first..first + cues[first..].partition_point(|(r, _)| r.start < sentence.end)];
        // "The accord was signed on 26 June": a signing, whoever signed, is what "five days
        // before the signing" counts from, as a meeting's date.
        let signed: Vec<Range<usize>> = documents_signed(text, sentence.clone(), lexicon)
            .into_iter()
            .filter(|s| !told.iter().any(|(r, _)| r == s))
            .collect();
        // Most sentences have no trigger: nothing to note.
        if signed.is_empty() && cues.get(first).is_none_or(|(r, _)| r.end > sentence.end) {
            return;
        }
        // "On the eve of the vote": the vote is counted from, not dated by it; so is "the
        // Saturday before the summit" (the summit is not on the Monday named next).
        let counted_from = |r: &Range<usize>| {
            found.iter().any(|t| t.start < r.start && r.end <= t.end)
                || sequenced_from(&text[sentence.start..r.start], &text[r.clone()])
        };
        let kinds =
            cues[first..].iter().take_while(|(r, _)| r.end <= sentence.end).filter_map(
                |(r, cue)| match cue {
                    Cue::Trigger(kind) | Cue::Anaphor(kind) if !counted_from(r) => Some((r.clone(), *kind)),
                    _ => None,
                },
            );
        let kinds = kinds.map(|(r, kind)| (r, Some(kind))).chain(signed.into_iter().map(|s| (s, None)));
        let mut candidates: Vec<&Timex> = dates
            .iter()
            .copied()
            .chain(found.iter().filter(|t| interval_sign(&text[t.end..], lexicon).is_none()))
            .filter(|t| !a_statements(text, sentence.start, t, lexicon))
            .collect();
        if candidates.is_empty() {
            return;
        }
        candidates.sort_by_key(|t| t.start);
        let lasted = lengths_lasted(text, sentence.clone(), timexes, index, lexicon);
        for (trigger, kind) in kinds {
            let date = candidates
                .iter()
                .find(|t| t.start >= trigger.end)
                .or_else(|| candidates.iter().rev().find(|t| t.end <= trigger.start));
            let Some(date) = date else { continue };
            let Some(span) = date.span.clone() else { continue };
            let date_end = date.end;
            // "was held on Tuesday and Wednesday", "from Monday to Wednesday": up to the day
            // joined after it.
            let span = candidates
                .iter()
                .find(|t| t.start >= date_end)
                .and_then(|t| {
                    let gap = text[date_end..t.start].trim().to_ascii_lowercase();
                    let connector = RANGE_CONNECTORS.iter().find(|c| gap == c.trim_end())?;
                    let next = t.span.as_ref()?;
                    let before = &text[sentence.start..date.start];
                    joins_a_span(connector, before, &span, next).then_some(next)
                })
                .filter(|next| span.is_day() && next.is_day() && next.start > span.end)
                .map_or(span.clone(), |next| TimeSpan::between(span.start, next.end));
            // "opened on Sunday, Jan. 9, and ran for seven days": the first of seven.
            let days = lasted
                .iter()
                .find(|(at, _)| *at > date_end && !text[date_end..*at].contains(['.', ';']))
                .map(|(_, days)| *days);
            let span = match days {
                Some(days) if span.is_day() && days > 1 => calendar::add_days(span.start, days - 1)
                    .map(|end| TimeSpan::between(span.start, end))
                    .unwrap_or(span),
                _ => span,
            };
            // (A signing told as a meeting's trigger is both; one told otherwise, only signed.)
            if lexicon.is_signing(&text[trigger.clone()]) {
                self.signed.push(span.clone());
            }
            if let Some(kind) = kind {
                self.dated.push((kind, span));
            }
        }
    }
}

/// Whether the words before a trigger put something before or after its event: "the
/// Saturday before the summit", "a week after their talks".
/// (The trigger, `trigger`, may hold its determiner: "the summit".)
fn sequenced_from(before: &str, trigger: &str) -> bool {
    let determiner =
        |w: &str| matches!(w.to_ascii_lowercase().as_str(), "the" | "its" | "their" | "his" | "her");
    let mut words = before.split_whitespace().rev();
    let determined =
        trigger.split_whitespace().next().is_some_and(determiner) || words.next().is_some_and(determiner);
    determined
        && words.next().is_some_and(|s| s.eq_ignore_ascii_case("before") || s.eq_ignore_ascii_case("after"))
}

/// Whether `timex` names the date of the event a reference ending at `end` refers to: "the
/// election of 4 June", "the summit on Monday".
pub(super) fn naming_its_date(text: &str, end: usize, timex: &Timex) -> bool {
    text.get(end..timex.start)
        .map(str::trim)
        .is_some_and(|gap| gap.eq_ignore_ascii_case("of") || gap.eq_ignore_ascii_case("on"))
}

/// The span of the date right after a reference to an event ending at `end`, which names the
/// event's date ("the election of 4 June").
fn dated_where_named(text: &str, end: usize, dates: &[&Timex]) -> Option<TimeSpan> {
    dates.iter().find(|t| naming_its_date(text, end, t)).and_then(|t| t.span.clone())
}

/// Whether a date is told from the day the narrative is at: "that evening", "the same day".
fn told_from_the_narrative(text: &str, timex: &Timex) -> bool {
    let words = text[timex.start..timex.end].to_ascii_lowercase();
    words.starts_with("that ") || words.starts_with("the same ")
}

/// The lengths in days of a sentence a lasting word stands right before ("ran for seven
/// days"), with where the word starts.
fn lengths_lasted(
    text: &str,
    sentence: Range<usize>,
    timexes: &[Timex],
    index: usize,
    lexicon: &Lexicon,
) -> Vec<(usize, i64)> {
    const LONGEST: i64 = 31;
    timexes[index..]
        .iter()
        .take_while(|t| t.end <= sentence.end)
        .filter(|t| t.kind == TimexType::Duration)
        .filter_map(|t| {
            let (n, unit) = length_of(&t.value)?;
            let before = text[sentence.start..t.start].trim_end().to_ascii_lowercase();
            let word = lexicon.lasting.iter().find(|w| {
                before.ends_with(w.as_str())
                    && at_word_boundaries(&before, before.len() - w.len(), before.len())
            })?;
            let at = sentence.start + before.len() - word.len();
            (unit == 'D' && (2..=LONGEST).contains(&n)).then_some((at, n))
        })
        .collect()
}

/// Whether a date is a statement's ("said on Friday", "officials Friday said"): it dates no
/// narrative, so nothing is counted from it.
fn a_statements(text: &str, sentence_start: usize, timex: &Timex, lexicon: &Lexicon) -> bool {
    let before = text[sentence_start..timex.start].trim_end();
    let before = before.strip_suffix(" on").unwrap_or(before);
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let next = text[timex.end..].split_whitespace().next().unwrap_or("");
    let saying = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        lexicon.reporting_verbs.iter().any(|v| v.eq_ignore_ascii_case(w))
    };
    saying(last) || saying(next)
}

/// The unit [`offset_dates`] gives a length "within the hour": no move from its anchor.
/// (No TIMEX3 unit: "W" is weeks.)
const WITHIN: char = '0';

/// Dates the text gives only as a length of time from another, which TimeML tags as a
/// duration: "Blinken landed on Monday. Two days later, he flew to Amman" (Wednesday, counted
/// from the last date the story named), "Hours later, ..." (that day), and the interval before
/// an event, "said on Friday, a day after the two met" (Thursday, counted back from the
/// sentence's date), "two days before the summit" (counted on). Each is a date of its own
/// over the length and its signal word, in text order; the intervals before an event span the
/// length alone, with its signal word right after.
///
/// A sentence with no date of its own may count from an event the article dated before
/// ([`event_anchored_days`]): "Five days before polls opened, he flew to Juba" (the date
/// spans the length, its signal word and the event referred to, and dates its sentence).
pub(super) fn offset_dates(
    text: &str,
    sentences: &[Range<usize>],
    timexes: &[Timex],
    cues: &[(Range<usize>, Cue)],
    reference: Option<Date>,
    lexicon: &Lexicon,
) -> Vec<Timex> {
    let mut out = Vec::new();
    // The last date the story named, not a statement's: where "two days later" counts from.
    let mut story: Option<TimeSpan> = None;
    // The events dated so far, and the one a date was last counted from.
    let mut anchors = EventAnchors::default();
    let mut index = 0;
    // Every " later" of the text, found in one pass.
    let laters: Vec<usize> = memchr::memmem::find_iter(text.as_bytes(), b" later").collect();
    for sentence in sentences {
        while index < timexes.len() && timexes[index].start < sentence.start {
            index += 1;
        }
        let in_sentence = timexes[index..].iter().take_while(|t| t.end <= sentence.end);
        let dated = |t: &&Timex| matches!(t.kind, TimexType::Date | TimexType::Time) && t.span.is_some();
        let dates: Vec<&Timex> = in_sentence.clone().filter(dated).collect();
        let mut lengths: Vec<(usize, usize, i64, char)> = in_sentence
            .filter(|t| t.kind == TimexType::Duration)
            .filter_map(|t| length_of(&t.value).map(|(n, unit)| (t.start, t.end, n, unit)))
            .collect();
        // "Hours later", "moments later": no duration the tagger reads, the same day. ("Hours
        // after meeting Macron" is read where the event is, see `hours_away`.)
        let sentence_text = &text[sentence.clone()];
        let first = laters.partition_point(|&at| at < sentence.start);
        let in_sentence = laters[first..].iter().take_while(|&&at| at + " later".len() <= sentence.end);
        for i in in_sentence.map(|at| at - sentence.start) {
            let word_start = super::after_last(&sentence_text[..i], |c| !c.is_alphabetic());
            let word = &sentence_text[word_start..i];
            if lexicon.same_day_units.iter().any(|u| u.eq_ignore_ascii_case(word)) {
                lengths.push((sentence.start + word_start, sentence.start + i, 0, 'H'));
            }
        }
        // "and within the hour Eritrean aircraft had bombed Mekele", "Within minutes, jets ...":
        // the day of the date before, or the story's. (Not "within hours of the blasts",
        // counted from an event.)
        for (i, _) in sentence_text.match_indices("ithin ") {
            let Some(before) = sentence_text[..i].strip_suffix(['w', 'W']) else { continue };
            if before.ends_with(char::is_alphanumeric) {
                continue;
            }
            let rest = &sentence_text[i + "ithin ".len()..];
            let rest = ["the ", "an ", "a few "].iter().find_map(|a| rest.strip_prefix(a)).unwrap_or(rest);
            let unit_length = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
            // (Closing its sentence, "met him within hours" is dated as its event is.)
            let after = rest[unit_length..].trim_start_matches([',', ' ']);
            if lexicon.same_day_units.iter().any(|u| *u == rest[..unit_length])
                && !after.starts_with("of ")
                && after.starts_with(char::is_alphabetic)
            {
                let end = sentence_text.len() - rest.len() + unit_length;
                lengths.push((sentence.start + i - 1, sentence.start + end, 0, WITHIN));
            }
        }
        lengths.sort_unstable();
        let mut found: Vec<Timex> = Vec::new();
        for (start, end, n, unit) in lengths {
            let rest = &text[end..sentence.end];
            let before_it = dates.iter().rev().find(|t| t.end <= start).and_then(|t| t.span.clone());
            if unit == WITHIN {
                if let Some(span) = before_it.or_else(|| story.clone()) {
                    found.push(derived_date(start, end, span));
                }
                continue;
            }
            let (anchor, sign, end) = if let Some(word) = starts_with_word(rest, &lexicon.later) {
                // "two days later than planned" is no date.
                let after = rest.trim_start()[word.len()..].trim_start();
                if after.starts_with("than") {
                    continue;
                }
                let word_end = end + (rest.len() - rest.trim_start().len()) + word.len();
                (before_it.or_else(|| story.clone()), 1, word_end)
            } else {
                let Some((sign, word)) = interval_signal(rest, lexicon) else { continue };
                // ("the same afternoon" after it is told from the day counted to.)
                let own_date = before_it.is_some()
                    || dates.iter().any(|t| t.start >= end && !told_from_the_narrative(text, t));
                let signal_end = end + (rest.len() - rest.trim_start().len()) + word.len();
                // "on 3 May ... he met the President two days after that": counted on from the
                // date the story is at, as "later" is (back for "before that").
                let that_end = signal_end + " that".len();
                // ("after that agreement" names what it counts from.)
                let rest_after = text.get(that_end..).unwrap_or("");
                let after_that = rest_after.trim_start();
                let next = after_that.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                if text.get(signal_end..that_end).is_some_and(|w| w.eq_ignore_ascii_case(" that"))
                    && !rest_after.starts_with(char::is_alphanumeric)
                    && (!after_that.starts_with(char::is_alphanumeric)
                        || matches!(next, "and" | "but" | "he" | "she" | "they" | "it" | "we" | "the"))
                {
                    if let Some(span) =
                        before_it.or_else(|| story.clone()).and_then(|a| moved(&a, n, unit, -sign))
                    {
                        found.push(derived_date(start, that_end, span));
                    }
                    continue;
                }
                if !own_date
                    && let Some((span, reference_end)) =
                        anchors.count_from(text, signal_end, sentence.end, cues, lexicon, n, unit, sign)
                {
                    found.push(derived_date(start, reference_end, span));
                    continue;
                }
                let anchor = before_it.or_else(|| {
                    dates
                        .iter()
                        .find(|t| t.start >= end)
                        .and_then(|t| t.span.clone())
                        .or_else(|| story.clone())
                });
                (anchor, sign, end)
            };
            let Some(span) = anchor.and_then(|a| moved(&a, n, unit, sign)) else { continue };
            found.push(derived_date(start, end, span));
        }
        anchors.days_of_events(text, sentence.clone(), &dates, cues, lexicon, &mut found);
        // "Two days later the mediator flew to Luanda, where the President received him that
        // evening", "A fortnight after the polls closed, the minister flew to Huambo and spent
        // the same afternoon with": the day counted to, not the one the tagger's narrative was
        // at. (Not an interval before an event, which dates that event alone.)
        if let Some((end, span)) = found
            .iter()
            .filter(|t| interval_sign(&text[t.end..], lexicon).is_none())
            .filter_map(|t| Some((t.end, t.span.clone().filter(TimeSpan::is_day)?)))
            .max_by_key(|(end, _)| *end)
        {
            let told_after = dates.iter().filter(|t| t.start >= end && told_from_the_narrative(text, t));
            let retold: Vec<Timex> = told_after.map(|t| derived_date(t.start, t.end, span.clone())).collect();
            found.extend(retold);
            found.sort_by_key(|t| t.start);
        }
        anchors.record(text, sentence.clone(), &dates, &found, (timexes, index), cues, lexicon);
        // The story is at the last date named, a statement's aside.
        let last_named = dates
            .iter()
            .copied()
            .chain(found.iter().filter(|t| interval_sign(&text[t.end..], lexicon).is_none()))
            .filter(|t| !a_statements(text, sentence.start, t, lexicon))
            .max_by_key(|t| t.start);
        // "A week ago, jets bombed the port. Hours later, ...": the day a week back.
        if let Some(t) = last_named {
            story = t.span.as_ref().map(|span| {
                a_week_ago(text.get(t.start..t.end).unwrap_or(""), span, reference, lexicon)
                    .unwrap_or_else(|| span.clone())
            });
        }
        out.extend(found);
    }
    out
}
