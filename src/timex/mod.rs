//! Temporal tagging: finds temporal expressions in English news text and normalises them to
//! TIMEX3 values, resolving relative ones ("last month", "on Tuesday") against the article's
//! reference date, the tense of their sentence, and the narrative ("the following day").
//!
//! The rules are data: lexicons and patterns live in `assets/lang/<language>/timex.toml` and
//! are embedded at build time; this module is the engine that runs them. Not for: deciding
//! which event an expression dates (`extract`).

pub mod calendar;
mod rules;

use std::ops::Range;

use jiff::civil::{Date, Weekday};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

use crate::model::{TimeSpan, Timex, TimexType};
use rules::{Normaliser, Pattern, Rules};

pub(crate) const ENGLISH_RULES: &str = include_str!("../../assets/lang/en/timex.toml");

/// Options that change how ambiguous forms are read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TagOptions {
    /// Read 05/02/2017 as 5 February (day first) rather than May 2.
    pub day_first: bool,
}

impl TagOptions {
    /// The options a text shows for itself: day first when one of its numeric dates can only
    /// be read that way ("13/08/2019", as Australian, British and Indian writing has them) and
    /// none can only be read month first ("08/13/2019"). A story keeps one order throughout,
    /// so "12/03/2019" in it is 12 March.
    pub fn sensed(text: &str) -> TagOptions {
        let (mut day_first, mut month_first) = (false, false);
        for slash in memchr::memchr_iter(b'/', text.as_bytes()) {
            if let Some((a, b)) = numeric_date_at(text.as_bytes(), slash) {
                day_first |= a > 12 && b <= 12;
                month_first |= b > 12 && a <= 12;
            }
        }
        TagOptions { day_first: day_first && !month_first }
    }
}

/// The first two numbers of a numeric date whose first slash is at `slash` ("13/08/2019"): one
/// or two digits each, a year of two or four digits after, no digit or slash around it.
fn numeric_date_at(bytes: &[u8], slash: usize) -> Option<(u32, u32)> {
    let digits_back = bytes[..slash].iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let start = slash - digits_back;
    if !(1..=2).contains(&digits_back)
        || start.checked_sub(1).is_some_and(|i| matches!(bytes[i], b'/' | b'.'))
    {
        return None;
    }
    let rest = &bytes[slash + 1..];
    let second = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&second) || rest.get(second) != Some(&b'/') {
        return None;
    }
    let year = rest[second + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
    if !matches!(year, 2 | 4) || rest.get(second + 1 + year) == Some(&b'/') {
        return None;
    }
    let number = |digits: &[u8]| digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'));
    Some((number(&bytes[start..slash]), number(&rest[..second])))
}

/// "the third week of March 2004": the ISO week of the month's days 15 to 21 (that of their
/// middle day), drawn as those days; `rank` is none for the last week, the month's last seven
/// days. A month value is the only one it takes.
fn week_of_the_month(month: Value, rank: Option<i64>) -> Option<Value> {
    const DAYS: i64 = 7;
    let (year, number) = year_and_month(&month.value).filter(|_| month.value.len() == 7)?;
    let last = calendar::last_day_of_month(year, number)?;
    let first_day = match rank {
        Some(rank @ 1..=4) => (rank - 1) * DAYS + 1,
        Some(_) => return None,
        None => i64::from(last.day()) - DAYS + 1,
    };
    let start = calendar::day(year, number, first_day)?;
    let end = calendar::day(year, number, first_day + DAYS - 1)?;
    let middle = calendar::day(year, number, first_day + DAYS / 2)?;
    let span = TimeSpan::between(start, end);
    Some(Value { value: calendar::iso_week_value(middle), narrowed: Some(span), ..month })
}

/// The `rank`th `weekday` of `month` (a month's value), or its last with no rank: "the
/// last Sunday of May", "the second Tuesday in March".
fn weekday_of_the_month(month: Value, rank: Option<i64>, weekday: Weekday) -> Option<Value> {
    let (year, number) = year_and_month(&month.value).filter(|_| month.value.len() == 7)?;
    let day = match rank {
        Some(rank @ 1..=4) => {
            calendar::day(year, number, 1)?.nth_weekday_of_month(i8::try_from(rank).ok()?, weekday)
        }
        Some(_) => return None,
        None => calendar::day(year, number, 1)?.nth_weekday_of_month(-1, weekday),
    }
    .ok()?;
    Some(Value { value: day.to_string(), narrowed: None, ..month })
}

/// Whether the expression at `start..end` is all its line says, but for a colon or full stop
/// after it: a section's heading ("2003", "1998:").
fn heads_a_section(text: &str, start: usize, end: usize) -> bool {
    // "KEY DATES (all 1999)", "TIMELINE (all dates 2021)": or closes a heading in brackets
    // (not a number's: "resolution 1701 (2006)").
    const HEADING_WORDS: usize = 10;
    const BRACKETED_WORDS: usize = 2;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let alone = text[line_start..start].trim().is_empty()
        && text[end..line_end].trim().trim_end_matches([':', '.']).is_empty();
    let bracketed = text[end..line_end].trim() == ")"
        && text[line_start..start].rfind('(').is_some_and(|open| {
            let before = text[line_start..line_start + open].split_whitespace().next_back();
            text[line_start + open + 1..start].split_whitespace().count() <= BRACKETED_WORDS
                && before.is_some_and(|w| !w.contains(|c: char| c.is_ascii_digit()))
        })
        && text[line_start..line_end].split_whitespace().count() <= HEADING_WORDS;
    alone || bracketed
}

/// The text after a date past the weekday in brackets that may follow it: " (Sun.): The
/// sixth trilateral summit" gives ": The sixth trilateral summit"; any other text is given back
/// whole.
pub(crate) fn past_a_weekday_in_brackets(rest: &str) -> &str {
    const WEEKDAY_BYTES: usize = 10;
    if let Some(inside) = rest.strip_prefix(" (")
        && let Some(close) = inside.find(')')
        && close <= WEEKDAY_BYTES
        && inside[..close].chars().all(|c| c.is_alphabetic() || c == '.')
    {
        return &inside[close + 1..];
    }
    rest
}

/// Whether the date at `start..end` heads a chronology's or a timeline's entry: first on its
/// line but for a bullet, and followed by a colon, a dash or a full stop ("- March 24: NATO
/// begins", "Feb. 27 - Pakistan carries out air strikes", "27 September. Forces open"), maybe
/// past the rest of a range of days ("Feb 6-23:", "July 14-16, 2001 - Gen. Rana pays a
/// visit") or its weekday in brackets ("-- Nov. 1 (Sun.): The sixth summit"). The entry's
/// date is the date of what its entry tells.
pub(crate) fn heads_an_entry(text: &str, start: usize, end: usize) -> bool {
    const YEAR_DIGITS: usize = 4;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let bullet = text[line_start..start].trim();
    // ("2. 28 February: \"Delegations meet on Belarus border\"": a numbered entry.)
    let numbered = bullet
        .strip_suffix(['.', ')'])
        .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
    if !numbered && !matches!(bullet, "" | "-" | "--" | "–" | "—" | "•" | "*") {
        return false;
    }
    let mut rest = &text[end..];
    // Past the rest of a range ("-16"), and its year (", 2001").
    if let Some(range_end) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('–'))
        && range_end.starts_with(|c: char| c.is_ascii_digit())
    {
        rest = range_end.trim_start_matches(|c: char| c.is_ascii_digit());
        if let Some(year) = rest.strip_prefix(", ")
            && year.len() >= YEAR_DIGITS
            && year.as_bytes()[..YEAR_DIGITS].iter().all(u8::is_ascii_digit)
        {
            rest = &year[YEAR_DIGITS..];
        }
    }
    let rest = past_a_weekday_in_brackets(rest);
    rest.strip_prefix(':').is_some_and(|after| after.is_empty() || after.starts_with(char::is_whitespace))
        || [" - ", " – ", " — "].iter().any(|dash| rest.starts_with(dash))
        // "27 September. Azerbaijani forces open an offensive": a chronology's full stop.
        || rest.strip_prefix(". ").is_some_and(|after| after.starts_with(char::is_uppercase))
}

/// A loaded set of temporal rules for one language.
#[derive(Debug)]
pub struct Tagger {
    rules: Rules,
}

/// What the resolver knows while it walks an article: the reference date and the date the
/// narrative last named (for "the following day").
struct Context<'a> {
    text: &'a str,
    reference: Option<Date>,
    narrative: Option<Date>,
    /// Where the expression that set `narrative` ends in the text.
    narrative_end: usize,
    /// The last absolute DATE value, at its own granularity ("1989-Q3"), for "a year earlier".
    narrative_value: Option<String>,
    /// Where the expression that set `narrative_value` ends in the text.
    narrative_value_end: usize,
    /// The last quarter named ("1989-Q3"): results stories keep talking about it.
    quarter: Option<String>,
    /// The last quarter the text named, whichever: "that quarter" points back to it, even
    /// when it was the year-ago quarter a results story compares with.
    named_quarter: Option<String>,
    /// The period a results story reports at the point reached: the quarter, or the year
    /// once it reports a stretch of months of it ("the first nine months"). "The year-ago
    /// results", "the 1988 period" are this period a year back.
    period: Option<String>,
    /// The year and month of the last date named to the month or the day, and where it
    /// ends: "on the 12th" soon after "In March" is a day of that March.
    /// A month named without its day ("in July") is so only up to the end of its paragraph.
    month_at_hand: Option<(i64, i64, usize, Option<i64>)>,
    /// The first day of the last date named with its year at the start of a line, as a
    /// timeline's entries begin ("Feb. 20, 1999 - ..."), and where it ends: a month or day
    /// without a year later in that entry is of the entry's time, not of the article's ("May
    /// 26, 1999 - ... The fighting lasts until July"). In running text a date with a year is
    /// mostly background, and what follows it is not of its time.
    dated: Option<(Date, usize)>,
    /// The last year named outright ("in 1999", "January 1997") and where it ends: a month
    /// without a year later in the same sentence of a story told in the past is of that year
    /// ("for most of 1999, in talks that began in May").
    year_named: Option<(i64, usize)>,
    /// Whether the last year named was named as a time things happened at ("in 1993", "on
    /// April 5, 1986"), where a story may go back to, not as the start or end of a stretch
    /// ("since 1980", "dating to 1994").
    year_named_as_a_time: bool,
    /// The month of the last month named with its year ("In March 1997"), where it ends.
    month_named: Option<(i64, usize)>,
    /// The last day named with its year in running text ("On January 26, 1995") and where it
    /// ends: a story told in the past goes on in that year ("On February 10, gunners shot
    /// down two jets") until its paragraph ends.
    day_named: Option<(Date, usize)>,
    /// The year of the last line that names a year and nothing else, as a chronology's
    /// sections are headed ("2003" over "- Late April: talks were held in Beijing"): a month
    /// or day without a year under it is of that year.
    heading_year: Option<i64>,
    /// The day of the last date that headed a chronology's entry ("1. 24 February 2022:"):
    /// the next entries run on from it ("2. 28 February:" is of 2022 in an article of 2023).
    entry_day: Option<Date>,
    /// The year of every date told so far, in order (each year once in a row): "Tuesday 11
    /// July" after "Twenty years ago today" in 2020 is of 2000, which has that weekday.
    years_told: Vec<i64>,
    /// Whether the article's head says it is a diary of the days ahead ("THE WEEK AHEAD").
    days_ahead: bool,
    options: TagOptions,
}

impl Context<'_> {
    /// The month the narrative moved on to after the last day it named ("on 6 May, and early
    /// the following month"): "the same day" is then a day of that month, which one unknown.
    fn month_past_its_day(&self) -> Option<&str> {
        let value = self.narrative_value.as_deref().filter(|v| v.len() == 7)?;
        let month = calendar::span_of(value)?;
        (month.start > self.narrative?).then_some(value)
    }

    /// Records the year the story was last told in, ending at `end`, with its month (none
    /// when only the year was named) and its day, if named; `as_a_time` as in
    /// `year_named_as_a_time`.
    fn story_named(&mut self, year: i64, as_a_time: bool, month: Option<i64>, day: Option<Date>, end: usize) {
        self.year_named = Some((year, end));
        self.year_named_as_a_time = as_a_time;
        self.month_named = month.map(|m| (m, end));
        if let Some(day) = day {
            self.day_named = Some((day, end));
        }
    }
}

/// A pattern's match that may become an expression.
struct Candidate<'t, 'p> {
    start: usize,
    end: usize,
    pattern: usize,
    /// The groups found in the line, and where the line starts in the text. They are kept
    /// only where searching `text[start..end]` alone is bound to give the same groups: the
    /// pattern asserts nothing but ASCII word boundaries, and the bytes just outside the
    /// match are no word bytes, so each assertion reads the same there as at the piece's
    /// ends. The piece then matches the same way, whole: every way through the pattern
    /// that matches the piece matched in the line, where this one was the first.
    found: Option<(Groups<'t, 'p>, usize)>,
}

/// A match's groups, looked up by name through its pattern ([`Pattern::group_index`]).
struct Groups<'t, 'p> {
    caps: Captures,
    haystack: &'t str,
    pattern: &'p Pattern,
}

/// A group's place in the text it was found in.
#[derive(Debug, Clone, Copy)]
struct Group<'t> {
    haystack: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Group<'t> {
    fn as_str(&self) -> &'t str {
        &self.haystack[self.start..self.end]
    }

    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }

    fn len(&self) -> usize {
        self.end - self.start
    }

    fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

impl<'t, 'p> Groups<'t, 'p> {
    /// The first match of `pattern` in `input`'s span of `haystack`, with its groups.
    fn search(pattern: &'p Pattern, haystack: &'t str, input: &Input) -> Option<Groups<'t, 'p>> {
        let mut caps = pattern.regex.create_captures();
        pattern.regex.search_captures(input, &mut caps);
        caps.is_match().then_some(Groups { caps, haystack, pattern })
    }

    /// The group called `name`, when the pattern has it and it took part in the match.
    fn name(&self, name: &str) -> Option<Group<'t>> {
        self.get(self.pattern.group_index(name)?)
    }

    /// The group at `index`: 0 is the whole match.
    fn get(&self, index: usize) -> Option<Group<'t>> {
        let span = self.caps.get_group(index)?;
        Some(Group { haystack: self.haystack, start: span.start, end: span.end })
    }
}

/// A normalised expression before it is placed in the text.
struct Value {
    kind: TimexType,
    value: String,
    modifier: Option<String>,
    /// The part of the value's span the expression means, when narrower: "later this
    /// month", said on the 14th, is the 15th to the 31st.
    narrowed: Option<TimeSpan>,
}

impl Value {
    fn date(value: impl Into<String>) -> Option<Value> {
        Some(Value { kind: TimexType::Date, value: value.into(), modifier: None, narrowed: None })
    }
    fn of(kind: TimexType, value: impl Into<String>) -> Option<Value> {
        Some(Value { kind, value: value.into(), modifier: None, narrowed: None })
    }
}

impl Tagger {
    /// The English tagger, built once from the embedded assets.
    pub fn english() -> &'static Tagger {
        static TAGGER: std::sync::OnceLock<Tagger> = std::sync::OnceLock::new();
        TAGGER.get_or_init(|| {
            // The embedded rules are tested to compile; this cannot fail in a released build.
            Tagger::from_rules(ENGLISH_RULES).expect("embedded English timex rules compile")
        })
    }

    /// Builds a tagger from the text of a `timex.toml` rule file.
    pub fn from_rules(source: &str) -> Result<Tagger, String> {
        Ok(Tagger { rules: Rules::parse(source)? })
    }

    /// Every temporal expression in `text`, in order, not overlapping. Relative expressions
    /// resolve against `reference`; without one they keep an underspecified value. Numeric
    /// dates are read in the order the text shows (see [`TagOptions::sensed`]).
    pub fn tag(&self, text: &str, reference: Option<Date>) -> Vec<Timex> {
        self.tag_with(text, reference, &TagOptions::sensed(text))
    }

    /// `tag` for a news article whose parts count from other days than its reference date
    /// (see [`local_days`]): each such part is tagged again from its own day. (Rare: most
    /// articles have none and are tagged once.)
    pub fn tag_article(
        &self,
        text: &str,
        reference: Option<Date>,
        parts: &[(Range<usize>, Date)],
    ) -> Vec<Timex> {
        let mut timexes = self.tag(text, reference);
        for (part, day) in parts {
            timexes.retain(|t| !part.contains(&t.start));
            // (Only the part is tagged again: a page of many days costs no more than one.)
            let mut own = self.tag(&text[part.clone()], Some(*day));
            for timex in &mut own {
                timex.start += part.start;
                timex.end += part.start;
            }
            // "shortly after midnight" in a live blog's entry after midnight is the midnight
            // just gone.
            let after_midnight = live_entry_time(&text[part.start..]).is_some();
            let bare_midnight = |t: &Timex| text[t.start..t.end].eq_ignore_ascii_case("midnight");
            for timex in own.iter_mut().filter(|t| after_midnight && bare_midnight(t)) {
                timex.value = format!("{day}T00:00");
                timex.span = calendar::span_of(&timex.value);
            }
            timexes.extend(own);
        }
        if !parts.is_empty() {
            timexes.sort_by_key(|t| t.start);
        }
        timexes
    }

    pub fn tag_with(&self, text: &str, reference: Option<Date>, options: &TagOptions) -> Vec<Timex> {
        let candidates = self.candidates(text);
        let mut ctx = Context {
            text,
            reference,
            narrative: None,
            narrative_end: 0,
            narrative_value_end: 0,
            narrative_value: None,
            quarter: None,
            named_quarter: None,
            period: None,
            month_at_hand: None,
            dated: None,
            year_named: None,
            year_named_as_a_time: false,
            month_named: None,
            day_named: None,
            heading_year: None,
            entry_day: None,
            years_told: Vec::new(),
            days_ahead: self.a_diary_of_the_days_ahead(text),
            options: *options,
        };
        let mut out = Vec::with_capacity(candidates.len());
        let mut elided = Vec::new();
        for Candidate { start, end, pattern: pattern_index, found } in candidates {
            // "July 14-16, 2001": the year the later end of a range took is no expression of
            // its own.
            if elided.iter().any(|e: &Timex| e.start <= start && end <= e.end) {
                continue;
            }
            let pattern = &self.rules.patterns[pattern_index];
            // The groups as the expression alone gives them: those found in the line when
            // they cannot differ (see `Candidate::found`), else by searching it again.
            let (caps, base) = match found {
                Some(found) => found,
                None => {
                    let piece = &text[start..end];
                    let Some(caps) = Groups::search(pattern, piece, &Input::new(piece)) else { continue };
                    (caps, start)
                }
            };
            let Some(value) = self.normalise(pattern.normaliser, &caps, start, &mut ctx) else { continue };
            let value = match caps.name("weekrank") {
                Some(rank) => {
                    let rank = self.rules.lexicon("day_ordinal").number(rank.as_str());
                    let Some(value) = week_of_the_month(value, rank) else { continue };
                    value
                }
                None => value,
            };
            // "the last Sunday of May": that weekday of the month.
            let value = match (caps.name("dayrank"), caps.name("weekday")) {
                (Some(rank), Some(weekday)) => {
                    let rank = self.rules.lexicon("day_ordinal").number(rank.as_str());
                    let weekday = self.rules.lexicon("weekday").number(weekday.as_str()).and_then(weekday_of);
                    let Some(value) = weekday.and_then(|w| weekday_of_the_month(value, rank, w)) else {
                        continue;
                    };
                    value
                }
                _ => value,
            };
            // A pattern may capture context (a preposition, "about") that is not part of
            // the expression itself: its `t` group, when present, is the extent.
            let (start, end) =
                caps.name("t").map(|t| (base + t.start(), base + t.end())).unwrap_or((start, end));
            // "early 1990", "late yesterday", "mid-1996": the part of the period, as TIMEX3's mod.
            let mod_word = caps.name("mod").map(|m| m.as_str().to_ascii_lowercase());
            let modifier = value.modifier.or_else(|| {
                Some(
                    match mod_word.as_deref()? {
                        "early" | "beginning" | "start" | "first" => "START",
                        "late" | "end" | "second" | "latter" | "last" => "END",
                        _ => "MID",
                    }
                    .to_owned(),
                )
            });
            if value.kind == TimexType::Date && is_quarter(&value.value) {
                ctx.named_quarter = Some(value.value.clone());
            }
            // Only what the text names outright moves the narrative: "a year earlier" is
            // measured from it, not a new place for it.
            if value.kind == TimexType::Date
                && value.value.starts_with(|c: char| c.is_ascii_digit())
                && pattern.normaliser != Normaliser::Offset
            {
                // "the 1988 quarter" compares with the quarter at hand; it does not replace it.
                // Results are reported for a quarter that is over: one still running or to
                // come is a forecast ("losses through the third quarter of 1990").
                let over = match (ctx.reference, calendar::span_of(&value.value)) {
                    (Some(r), Some(span)) => span.end < r,
                    _ => true,
                };
                if is_quarter(&value.value)
                    && over
                    && (caps.name("ordinal").is_some() || pattern.normaliser == Normaliser::RelativeUnit)
                    // A results story reports its latest quarter: an earlier one named after
                    // it ("up from a flat second quarter") is a comparison.
                    && ctx.quarter.as_deref().is_none_or(|q| q <= value.value.as_str())
                {
                    ctx.quarter = Some(value.value.clone());
                    ctx.period = Some(value.value.clone());
                }
                ctx.narrative_value = Some(value.value.clone());
                ctx.narrative_value_end = end;
            }
            // "the first nine months" of a results story is no quarter: what is compared
            // with it "a year earlier" is those months of the year before, at the year's
            // granularity (no finer value holds them).
            if value.kind == TimexType::Duration
                && let Some(year) = ctx.quarter.as_deref().and_then(|q| q.get(..4))
                && let Some(period) = months_of_the_year(&text[start..end], &value.value, year)
            {
                ctx.narrative_value = Some(period.clone());
                ctx.narrative_value_end = end;
                ctx.period = Some(period);
            }
            // "the first half of February" is drawn as its first half.
            let span = match value.kind {
                TimexType::Date | TimexType::Time => value.narrowed.or_else(|| {
                    let whole = calendar::span_of(&value.value)?;
                    Some(match mod_word.as_deref() {
                        Some(h @ ("first" | "second" | "latter" | "last")) => {
                            calendar::half_of(&whole, h == "first")
                        }
                        _ => whole,
                    })
                }),
                _ => None,
            };
            let mut timex = Timex { start, end, kind: value.kind, value: value.value, modifier, span };
            let named = timex.value.clone();
            let other_end = self.elided_range_end(text, &mut timex, &caps);
            // "On July 7 and 8, 2011": the later end names the year the story is told in.
            if let Some(e) = &other_end
                && let Some(span) = e.span.as_ref().filter(|s| s.is_day())
                && calendar::writes_a_year(&text[e.start..e.end])
            {
                ctx.day_named = Some((span.start, e.end));
            }
            // The range's year, named after its later end, is the first end's too.
            if timex.value != named && ctx.narrative_value.as_deref() == Some(named.as_str()) {
                ctx.narrative_value = Some(timex.value.clone());
            }
            // A range of days around the day the story is at ("received by the king on May 9,
            // during a tour from May 7 to 11") is a backdrop: "the same day" after it is still
            // the day named before. A range elsewhere moves the story there ("On Dec. 2 and 3
            // they held a summit. The next day ...").
            let backdrop = other_end.as_ref().and_then(|e| e.span.as_ref()).zip(ctx.narrative).is_some_and(
                |(last, day)| timex.span.as_ref().is_some_and(|s| s.start <= day && day <= last.end),
            );
            // "the night before it fell": counted from what follows, which the story stays at.
            let before_a_clause = pattern.normaliser == Normaliser::Narrative
                && caps.name("narrative").is_some_and(|n| {
                    matches!(n.as_str().to_ascii_lowercase().as_str(), "before" | "after")
                        && text[base + n.end()..]
                            .strip_prefix(' ')
                            .is_some_and(|r| r.starts_with(char::is_alphabetic))
                });
            if let Some(s) = &timex.span
                && s.is_day()
                && !backdrop
                && !before_a_clause
            {
                ctx.narrative = Some(s.start);
                ctx.narrative_end = end;
            }
            if timex.kind == TimexType::Date
                && let Some(y) = timex.span.as_ref().map(|s| i64::from(s.start.year()))
                && ctx.years_told.last() != Some(&y)
            {
                ctx.years_told.push(y);
            }
            // ("Tuesday 11 July" of 2000 in an article of 2020: its weekday named its year.)
            let weekday_year = || {
                caps.name("weekday").is_some()
                    && caps.name("day").is_some()
                    && timex.value.get(..4).and_then(|y| y.parse::<i32>().ok())
                        != ctx.reference.map(|r| i32::from(r.year()))
            };
            if timex.kind == TimexType::Date
                && (caps.name("year").is_some() || weekday_year())
                && let Some(y) = timex.value.get(..4).and_then(|y| y.parse().ok())
            {
                let before = text[..start].trim_end();
                let word = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
                let as_a_time = STORY_TIME_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word));
                let month = timex.value.get(5..).filter(|m| m.len() == 2).and_then(|m| m.parse().ok());
                let day = timex.span.as_ref().filter(|s| s.is_day()).map(|s| s.start);
                ctx.story_named(y, as_a_time, month, day, end);
            }
            // "shortly before 2 a.m. on April 5, 1986": a time named with its day and year
            // names the day the story is told at, as the day alone would.
            if timex.kind == TimexType::Time
                && caps.name("year").is_some()
                && let Some(day) = timex.value.get(..10).and_then(calendar::span_of).filter(|s| s.is_day())
            {
                let (year, month) = (i64::from(day.start.year()), i64::from(day.start.month()));
                ctx.story_named(year, true, Some(month), Some(day.start), end);
            }
            // A month or day that went on in the year of the story moves the story on: the
            // next paragraph may go on in it ("those talks ended on November 12. // On
            // December 26, a delegation flew to Mekelle").
            if timex.kind == TimexType::Date
                && caps.name("year").is_none()
                && let Some((y, m)) = year_and_month(&timex.value)
                && ctx.year_named.is_some_and(|(named, _)| named == y)
                && ctx.reference.is_some_and(|r| y < i64::from(r.year()))
            {
                let day = timex.span.as_ref().filter(|s| s.is_day()).map(|s| s.start);
                ctx.story_named(y, true, Some(m), day, end);
            }
            if timex.kind == TimexType::Date
                && let Some((y, m)) = year_and_month(&timex.value)
            {
                let day = timex.span.as_ref().filter(|s| s.is_day()).map(|s| i64::from(s.start.day()));
                ctx.month_at_hand = Some((y, m, end, day));
                if (caps.name("year").is_some() || timex.value != named)
                    && text[..start].rsplit('\n').next().is_some_and(|l| l.trim().is_empty())
                    && let Some(span) = &timex.span
                {
                    ctx.dated = Some((span.start, end));
                }
                if let Some(span) = timex.span.as_ref().filter(|s| s.is_day())
                    && heads_an_entry(text, start, end)
                {
                    ctx.entry_day = Some(span.start);
                }
            }
            if timex.kind == TimexType::Date
                && timex.value.len() == 4
                && let Ok(year) = timex.value.parse::<i64>()
                && heads_a_section(text, start, end)
            {
                ctx.heading_year = Some(year);
            }
            if timex.kind == TimexType::Date && caps.name("year").is_some() {
                self.share_the_year(text, &timex, &mut out);
            }
            out.push(timex);
            elided.extend(other_end);
        }
        // A bare number is tagged nowhere else, but it may stand where a pattern's
        // context reached: keep only ends that overlap nothing.
        elided.retain(|e| !out.iter().any(|t| t.start < e.end && e.start < t.end));
        if !elided.is_empty() {
            out.append(&mut elided);
            out.sort_by_key(|t| t.start);
        }
        out
    }

    /// "from May to December 2000", "between March 3 and June 1, 1999": the year written
    /// after a range's later end is its first end's too, when that end names none and comes
    /// before it in the year. `later` names its year; the first end is the last of `out`.
    fn share_the_year(&self, text: &str, later: &Timex, out: &mut [Timex]) {
        let lex = |name: &str| self.rules.lexicon(name);
        let Some(first) = out.last_mut() else { return };
        let joined = text.get(first.end..later.start).unwrap_or("").trim();
        let opened = text[..first.start].split_whitespace().next_back().unwrap_or("");
        let is_range = lex("range_opener").get(opened).is_some() && lex("range_joiner").get(joined).is_some();
        let named_year = calendar::writes_a_year(&text[first.start..first.end]);
        if first.kind != TimexType::Date || !matches!(first.value.len(), 7 | 10) || named_year || !is_range {
            return;
        }
        let (Some(year), Some(rest)) = (later.value.get(..4), first.value.get(4..)) else { return };
        let value = format!("{year}{rest}");
        let Some(span) = calendar::span_of(&value) else { return };
        if later.span.as_ref().is_some_and(|l| span.start <= l.start) {
            first.value = value;
            first.span = Some(span);
        }
    }

    /// "April 24 and 25", "two to six days": a range whose one end leaves out what the other
    /// names (the month, the unit) still has two ends, and TimeML tags each. Given the
    /// expression that names it all, this is the bare end beside it, if there is one. A year
    /// after the later end ("July 14-16, 2001") is both ends': the first end takes it too.
    fn elided_range_end(&self, text: &str, timex: &mut Timex, caps: &Groups) -> Option<Timex> {
        let lex = |name: &str| self.rules.lexicon(name);
        let joiner = |word: &str| lex("range_joiner").get(word).is_some();
        let expression = &text[timex.start..timex.end];
        if timex.kind == TimexType::Date && timex.value.len() == 10 {
            if caps.name("year").is_none()
                && let Some(day) = self.day_at_end(expression, caps)
            {
                return self.later_day(text, timex, day);
            }
            if let Some(day) = caps.name("day").and_then(|d| d.as_str().parse::<i64>().ok())
                && expression.starts_with(|c: char| c.is_ascii_digit())
            {
                return self.earlier_day(text, timex, day);
            }
        }
        // A count of units ("six days") after the range's first count ("two to").
        if timex.kind == TimexType::Duration
            && let (Some(number), Some(unit)) = (caps.name("number"), caps.name("unit"))
            && expression.starts_with(number.as_str())
        {
            let before = text[..timex.start].trim_end();
            let before = match before.strip_suffix(['-', '\u{2013}']) {
                Some(b) => b.trim_end(),
                None => {
                    let word_start = ascii_run_start(before, u8::is_ascii_alphabetic);
                    if word_start == before.len() || !joiner(&before[word_start..].to_ascii_lowercase()) {
                        return None;
                    }
                    let b = &before[..word_start];
                    if !b.ends_with(char::is_whitespace) {
                        return None;
                    }
                    b.trim_end()
                }
            };
            let token_start = ascii_run_start(before, u8::is_ascii_alphanumeric);
            let token = &before[token_start..];
            // "1.5 to 2 years", "$10 to 20": no count of the unit.
            if before[..token_start].ends_with(['.', ',', '$']) {
                return None;
            }
            let count = if token.len() <= 3 && !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit())
            {
                token.parse::<i64>().ok()?
            } else {
                match lex("number").get(&token.to_ascii_lowercase()) {
                    // "a" and "an" count one only before their unit.
                    Some(rules::LexValue::Number(n)) if token.len() > 2 => *n,
                    _ => return None,
                }
            };
            // "the next 12 to 18 months" is one stretch, not two.
            let previous = before[..token_start].trim_end();
            let previous = &previous[ascii_run_start(previous, u8::is_ascii_alphabetic)..];
            if lex("direction").get(&previous.to_ascii_lowercase()).is_some() {
                return None;
            }
            let code = lex("unit").code(unit.as_str()).or_else(|| lex("units").code(unit.as_str()))?;
            let value = duration_value(&count.to_string(), code)?;
            return Some(Timex {
                start: token_start,
                end: token_start + token.len(),
                kind: TimexType::Duration,
                value,
                modifier: None,
                span: None,
            });
        }
        None
    }

    /// The day of the month an expression ends with ("April 24", "March eighth", "the
    /// eleventh"), if it ends with one.
    fn day_at_end(&self, expression: &str, caps: &Groups) -> Option<i64> {
        if let Some(day) = caps.name("day") {
            let digits_last = expression
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .ends_with(|c: char| c.is_ascii_digit());
            return if digits_last { day.as_str().parse().ok() } else { None };
        }
        let word = caps.name("dayword")?.as_str();
        let tail = expression.len().checked_sub(word.len())?;
        if !expression.is_char_boundary(tail) || !expression[tail..].eq_ignore_ascii_case(word) {
            return None;
        }
        self.rules.lexicon("day_ordinal").number(word)
    }

    /// A day of the month at the start of `text`: "25", "25th", "twelfth", "twenty first";
    /// its number and length.
    fn day_at_start(&self, text: &str) -> Option<(i64, usize)> {
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            if digits > 2 {
                return None;
            }
            let suffix = ["st", "nd", "rd", "th"]
                .iter()
                .find(|s| text[digits..].get(..2).is_some_and(|t| t.eq_ignore_ascii_case(s)))
                .map_or(0, |s| s.len());
            return Some((text[..digits].parse().ok()?, digits + suffix));
        }
        let ordinals = self.rules.lexicon("day_ordinal");
        let word_length =
            |t: &str| t.find(|c: char| !(c.is_ascii_alphabetic() || c == '-')).unwrap_or(t.len());
        let first = word_length(text);
        if first == 0 {
            return None;
        }
        let rest = &text[first..];
        let space = rest.len() - rest.trim_start_matches(' ').len();
        if space > 0 {
            let two = first + space + word_length(&rest[space..]);
            if two > first + space
                && let Some(n) = ordinals.number(&text[..two])
            {
                return Some((n, two));
            }
        }
        Some((ordinals.number(&text[..first])?, first))
    }

    /// Whether a bare day may end where `follows` starts: not before "25,000", "3:30", "25
    /// soldiers". A word after it must be one that may follow a day ("in", "when", "they"),
    /// and the later end of a range after it ("the first and second quarters") must itself
    /// be a day.
    fn bare_day_may_end(&self, follows: &str, look_on: bool, any_word: bool) -> bool {
        let next = follows.chars().next();
        if next.is_some_and(|c| c.is_alphanumeric() || matches!(c, ':' | '%' | '/'))
            || (matches!(next, Some('.' | ',')) && follows[1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            return false;
        }
        let rest = follows.trim_start();
        let word = &rest[..rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len())];
        if word.is_empty() || any_word {
            return true;
        }
        if self.rules.lexicon("after_range").get(word).is_none() {
            return false;
        }
        if look_on
            && self.rules.lexicon("range_joiner").get(word).is_some()
            && let Some(after) = rest[word.len()..].strip_prefix(char::is_whitespace)
        {
            let after = after.trim_start();
            let after = strip_word(after, "the").map_or(after, str::trim_start);
            if let Some((_, length)) = self.day_at_start(after) {
                return self.bare_day_may_end(&after[length..], false, false);
            }
        }
        true
    }

    /// The later day of a range after its first end, `day` ("April 24 and 25", "July 14-16,
    /// 2001", "the eleventh and twelfth").
    fn later_day(&self, text: &str, timex: &mut Timex, day: i64) -> Option<Timex> {
        let joiner = |word: &str| self.rules.lexicon("range_joiner").get(word).is_some();
        let trimmed = text[timex.end..].trim_start();
        let word_end = trimmed.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(trimmed.len());
        let dash = trimmed.strip_prefix(['-', '\u{2013}']);
        let after_joiner = if let Some(dash) = dash {
            dash
        } else if word_end > 0 && joiner(&trimmed[..word_end]) {
            trimmed[word_end..].strip_prefix(char::is_whitespace)?
        } else {
            return None;
        };
        let digits = after_joiner.trim_start();
        // "the eleventh and the twelfth"
        let digits = strip_word(digits, "the").map_or(digits, str::trim_start);
        let (later, length) = self.day_at_start(digits)?;
        let follows = &digits[length..];
        // "July 14-16, 2001": the year after the later day.
        let year = {
            let comma = follows.strip_prefix(',').unwrap_or(follows);
            let year_text = comma.trim_start();
            let four = year_text.bytes().take_while(u8::is_ascii_digit).count() == 4
                && !year_text[4..].starts_with(|c: char| c.is_alphanumeric());
            match year_text.get(..4).map(str::parse::<i64>) {
                Some(Ok(y)) if four && year_text.len() < follows.len() && (1000..2100).contains(&y) => {
                    Some((y, follows.len() - year_text.len() + 4))
                }
                _ => None,
            }
        };
        // "July 15-16 ends": days joined by a dash are a range whatever word follows.
        if year.is_none() && !self.bare_day_may_end(follows, false, dash.is_some()) {
            return None;
        }
        let month: i64 = timex.value.get(5..7)?.parse().ok()?;
        calendar::day(2000, month, later)?; // rejects "April 30 and 31" outright
        if later <= day {
            return None;
        }
        let value = match year.map(|(y, _)| Ok(y)).unwrap_or_else(|| timex.value[..4].parse::<i64>()) {
            Ok(year) => calendar::day(year, month, later)?.to_string(),
            Err(_) => format!("XXXX-{month:02}-{later:02}"),
        };
        if let Some((y, _)) = year {
            let first = calendar::day(y, month, day)?.to_string();
            timex.span = calendar::span_of(&first);
            timex.value = first;
        }
        let start = text.len() - digits.len();
        Some(Timex {
            start,
            end: start + length + year.map_or(0, |(_, l)| l),
            kind: TimexType::Date,
            span: calendar::span_of(&value),
            value,
            modifier: None,
        })
    }

    /// The earlier day of a range before its later end, `day`, which names the month: "10-11
    /// March 2003", "on 10 and 11 March".
    fn earlier_day(&self, text: &str, timex: &Timex, day: i64) -> Option<Timex> {
        let before = text[..timex.start].trim_end();
        let before = match before.strip_suffix(['-', '\u{2013}']) {
            Some(b) => b.trim_end(),
            None => {
                let word_start = ascii_run_start(before, u8::is_ascii_alphabetic);
                if word_start == before.len()
                    || self.rules.lexicon("range_joiner").get(&before[word_start..]).is_none()
                {
                    return None;
                }
                let b = &before[..word_start];
                if !b.ends_with(char::is_whitespace) {
                    return None;
                }
                b.trim_end()
            }
        };
        let number = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| before.strip_suffix(s))
            .filter(|b| b.ends_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(before);
        let digits_start = ascii_run_start(number, u8::is_ascii_digit);
        let digits = &number[digits_start..];
        // "2-11 March", not "1990-11 March", "$10-11", "3.10-11".
        if !(1..=2).contains(&digits.len())
            || number[..digits_start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '$' | '-' | '/' | ':'))
        {
            return None;
        }
        let earlier: i64 = digits.parse().ok()?;
        if earlier >= day || earlier == 0 {
            return None;
        }
        let month: i64 = timex.value.get(5..7)?.parse().ok()?;
        let value = match timex.value[..4].parse::<i64>() {
            Ok(year) => calendar::day(year, month, earlier)?.to_string(),
            Err(_) => format!("XXXX-{month:02}-{earlier:02}"),
        };
        Some(Timex {
            start: digits_start,
            end: before.len(),
            kind: TimexType::Date,
            span: calendar::span_of(&value),
            value,
            modifier: None,
        })
    }

    /// The date a month or day without a year at `start` is read from, when it is not the
    /// reference date: the date of another year that begins its line (a timeline's entry).
    fn dated_at_hand(&self, ctx: &Context, start: usize) -> Option<Date> {
        let (date, at) = ctx.dated?;
        let between = ctx.text.get(at..start)?;
        (ctx.reference.is_some_and(|r| r.year() != date.year())
            && between.len() <= DATED_REACH
            && !between.contains('\n'))
        .then_some(date)
    }

    /// The year of a story told in the past that a month and day without a year at `start`
    /// goes on in: that of a day named with its year earlier in the paragraph ("On January
    /// 26, 1995, helicopters attacked. On February 10, gunners shot down two jets."), when it
    /// is before the reference date's year and the day comes after it in that year. A day
    /// before it is more often the article's year coming back, unless its sentence is told in
    /// the past perfect, which goes further back ("The talks opened on October 25, 2022. On
    /// October 14, jets had bombed a camp.").
    ///
    /// A story told in the past goes on in that year into the next paragraph ("The bomb went
    /// off on April 5, 1986. // Ten days later, on April 15, aircraft bombed Tripoli."), while
    /// the narrative has named no date of another year since and the sentence is in the past.
    fn year_of_the_paragraph(&self, ctx: &Context, start: usize, month: i64, day: i64) -> Option<i64> {
        let (named, at) = ctx.day_named?;
        let between = ctx.text.get(at..start)?;
        let year = i64::from(named.year());
        let same_paragraph = !between.contains('\n');
        let later = (month, day) >= (i64::from(named.month()), i64::from(named.day()))
            || (same_paragraph && self.in_past_perfect(ctx.text, start));
        let goes_on = same_paragraph
            || (paragraphs_crossed(between) == 1
                && narrative_year(ctx).is_none_or(|y| y == year)
                && self.tense(ctx.text, start) == Tense::Past);
        (ctx.reference.is_some_and(|r| year < i64::from(r.year())) && later && goes_on).then_some(year)
    }

    /// The year of a story told in the past that a month or day without a year at `start`
    /// goes on in, when the paragraph went back to a year named as such ("His family fled in
    /// the summer of 1974. In mid-August a second offensive split the island."): the date
    /// opens its sentence, as a story's steps do, the sentence tells of no future and the
    /// narrative has named no date of another year since. A month named with the year
    /// ("In March 1997"), or a day, is gone on from, not gone back before. A background year followed
    /// by a date later in its sentence ("The dam opened in 1998. Its turbines were switched
    /// on in May.") stays the article's.
    fn year_of_the_story(&self, ctx: &Context, start: usize, month: i64, day: Option<i64>) -> Option<i64> {
        let (year, at) = ctx.year_named?;
        let between = ctx.text.get(at..start)?;
        if between.contains('\n')
            || ctx.reference.is_none_or(|r| year >= i64::from(r.year()))
            || !ctx.year_named_as_a_time
            || narrative_year(ctx) != Some(year)
            || ctx.month_named.is_some_and(|(m, end)| end == at && month < m)
            || ctx.day_named.is_some_and(|(d, end)| {
                end == at && (month, day.unwrap_or(31)) < (i64::from(d.month()), i64::from(d.day()))
            })
        {
            return None;
        }
        let (sentence_start, _, _) = self.sentence_window(ctx.text, start, STORY_OPENING_REACH + 2, 0);
        let opening = ctx.text.get(sentence_start..start)?.trim_start();
        let opens = opening.len() <= STORY_OPENING_REACH
            && opening.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-');
        (sentence_start > at && opens && self.tense(ctx.text, start) != Tense::Future).then_some(year)
    }

    /// The year of a story told in the past that a later month, or a day of it, without a
    /// year at `start` goes on in, when its paragraph opened a sentence with a month and a
    /// year before the reference date's ("In May 1998 Eritrean troops seized Badme. Ethiopia
    /// answered in June with air raids"): a month opening its sentence sets the story's time,
    /// where one inside a sentence may be a background's ("recalled the bombings in February
    /// 1999"). The sentence is told in the past, and the narrative has named no date of
    /// another year since.
    fn year_of_the_month_named(&self, ctx: &Context, start: usize, month: i64) -> Option<i64> {
        let (year, at) = ctx.year_named?;
        let (named, end) = ctx.month_named?;
        let between = ctx.text.get(at..start)?;
        let (sentence_start, _, _) = self.sentence_window(ctx.text, at, MONTH_OPENING_REACH + 2, 0);
        let opening = ctx.text.get(sentence_start..at)?.trim_start();
        let opens = opening.len() <= MONTH_OPENING_REACH
            && opening.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'.');
        (end == at
            && opens
            && month > named
            && !between.contains('\n')
            && ctx.reference.is_some_and(|r| year < i64::from(r.year()))
            && narrative_year(ctx) == Some(year)
            && self.tense(ctx.text, start) == Tense::Past)
            .then_some(year)
    }

    /// The year of the month named with its year just before, in the paragraph, that a day
    /// of the same month without a year at `start` falls in: "the third round, in Havana from
    /// May to June 2023, produced a ceasefire. The President flew to Havana on 9 June". The
    /// year is before the reference date's, the month and year close their phrase (not "the
    /// August 1988 cease-fire"), the narrative has named no date of another year since, and
    /// the day's sentence is told in the past.
    fn year_of_the_month_at_hand(&self, ctx: &Context, start: usize) -> Option<i64> {
        let (year, at) = ctx.year_named?;
        let between = ctx.text.get(at..start)?;
        // ("had rejected in talks after the August 1988 cease-fire ... on Aug. 2": a month
        // and year before a noun describe it, and set no time the story is in.)
        let closes_a_phrase = between.trim_start().starts_with([',', '.', ';', ':', ')']);
        (closes_a_phrase
            && !between.contains('\n')
            && between.len() <= DATED_REACH
            && ctx.reference.is_some_and(|r| year < i64::from(r.year()))
            && narrative_year(ctx) == Some(year)
            && self.tense(ctx.text, start) == Tense::Past)
            .then_some(year)
    }

    /// The year of the chronology's section a month or day without a year is in, when it is
    /// not the reference date's (whose months the tense resolves as any other).
    /// The year of a chronology's entry that names a day after the day of the entry before
    /// it in that entry's year, when it is no later than the reference date: "1. 24 February
    /// 2022: ... 2. 28 February: ..." in an anniversary piece of 24 February 2023. (A day
    /// before the last entry's may be a chronology told backwards or one that went into a
    /// new year, and is left to the tense.)
    fn year_of_the_entry_before(ctx: &Context, reference: Date, month: i64, day: i64) -> Option<i64> {
        let before = ctx.entry_day?;
        let y = i64::from(before.year());
        let date = calendar::day(y, month, day)?;
        (date >= before && date <= reference).then_some(y)
    }

    /// The year a day of the month with its weekday falls in, when the year found for it
    /// (`year`) has another weekday on that day: the last year the article told a date in
    /// that has it (up to half a century off), or else the nearest year before or after with
    /// it, up to a dozen years off. ("Sunday 16 March" after "Sunday 19 January 2003", in an
    /// article of 2013.)
    fn year_on_its_weekday(ctx: &Context, year: i64, month: i64, day: i64, weekday: i64) -> i64 {
        const YEARS: i64 = 12;
        let on_it = |y: i64| calendar::day_on_weekday(y, month, day, weekday).is_some();
        if on_it(year) {
            return year;
        }
        const TOLD_YEARS: i64 = 50;
        if let Some(&told) =
            ctx.years_told.iter().rev().find(|&&y| on_it(y) && (y - year).abs() <= TOLD_YEARS)
        {
            return told;
        }
        (1..=YEARS).flat_map(|n| [year - n, year + n]).find(|&y| on_it(y)).unwrap_or(year)
    }

    fn year_of_the_heading(ctx: &Context) -> Option<i64> {
        ctx.heading_year.filter(|&y| ctx.reference.is_some_and(|r| y != i64::from(r.year())))
    }

    /// The year named earlier in the sentence at `start`, when it is before the reference
    /// date's: "for most of 1999, in the talks that began in May" is May 1999.
    fn year_of_the_sentence(&self, ctx: &Context, start: usize) -> Option<i64> {
        let (year, at) = ctx.year_named?;
        let between = ctx.text.get(at..start)?;
        let sentence_ends = between.contains('\n')
            || between
                .as_bytes()
                .windows(3)
                .any(|w| matches!(w[0], b'.' | b'?' | b'!') && w[1] == b' ' && w[2].is_ascii_uppercase());
        (ctx.reference.is_some_and(|r| year < i64::from(r.year())) && !sentence_ends).then_some(year)
    }

    /// "on the eleventh", "by the 12th": a day of the month the story is at (one just named),
    /// else of the reference date's month, or the month before or after it as the tense says.
    /// After a part of the day (`of_a_part`: "the early hours of the 10th India hit"), any
    /// word may follow the number.
    fn day_at_hand(
        &self,
        day: i64,
        start: usize,
        end: usize,
        ctx: &Context,
        tense: Tense,
        of_a_part: bool,
    ) -> Option<Value> {
        if !(1..=31).contains(&day) || !self.bare_day_may_end(&ctx.text[end..], true, of_a_part) {
            return None;
        }
        if let Some((y, m, at, named_day)) = ctx.month_at_hand
            && at <= start
            && start - at <= MONTH_AT_HAND_REACH
            && (named_day.is_some() || !crosses_paragraph(&ctx.text[at..start]))
        {
            // "answering the attack on 22 April. // On the night of the 8th": a day before the
            // one named, a paragraph on, is of the month after, if the article has reached it
            // (and a past tense has reached the day: "He was in Brazil from the 19th", told
            // on 2 April after 30 March, is March's).
            let next = y * 12 + m;
            let (y, m) = match (named_day, ctx.reference) {
                (Some(named), Some(r))
                    if day < named
                        && crosses_paragraph(&ctx.text[at..start])
                        && next < i64::from(r.year()) * 12 + i64::from(r.month())
                        && !(tense == Tense::Past
                            && next == i64::from(r.year()) * 12 + i64::from(r.month()) - 1
                            && day > i64::from(r.day())) =>
                {
                    (next.div_euclid(12), next.rem_euclid(12) + 1)
                }
                _ => (y, m),
            };
            return Value::date(calendar::day(y, m, day)?.to_string());
        }
        let Some(r) = ctx.reference else { return Value::date(format!("XXXX-XX-{day:02}")) };
        let shift = match tense {
            Tense::Past if day > i64::from(r.day()) => -1,
            Tense::Future if day < i64::from(r.day()) => 1,
            _ => 0,
        };
        let months = i64::from(r.year()) * 12 + i64::from(r.month()) - 1 + shift;
        Value::date(calendar::day(months.div_euclid(12), months.rem_euclid(12) + 1, day)?.to_string())
    }

    /// All pattern matches, reduced to the longest non-overlapping ones, in text order.
    /// A match must start and end at word boundaries, and a month or weekday must be
    /// capitalised ("may" is a verb, "March" a month).
    fn candidates<'t>(&self, text: &'t str) -> Vec<Candidate<'t, '_>> {
        let mut found: Vec<Candidate<'t, '_>> = Vec::new();
        // Line by line, one pass of the pattern set tells which few patterns can match; only
        // those run. Expressions do not span lines.
        let mut offset = 0;
        let mut lower = String::new();
        let mut matching = self.rules.set.line_matches();
        for line in text.split_inclusive('\n') {
            let line_start = offset;
            offset += line.len();
            self.rules.set.matches(line, &mut lower, &mut matching);
            for index in matching.patterns() {
                let pattern = &self.rules.patterns[index];
                // Each match is searched for right where the set says it starts: the same
                // leftmost-first matches `captures_iter` gives, with their groups, without
                // scanning the line up to each.
                let mut at = 0;
                while let Some(next) = matching.next_start(index, at) {
                    // Anchored right there: no scan ahead, and what it finds is what the
                    // leftmost search from there finds.
                    let anchored = if matching.starts_known() { Anchored::Yes } else { Anchored::No };
                    let input = Input::new(line).span(next..line.len()).anchored(anchored);
                    let Some(caps) = Groups::search(pattern, line, &input) else { break };
                    let Some(m) = caps.get(0) else { break };
                    at = if m.is_empty() { m.end() + 1 } else { m.end() };
                    // "into 1990": a match that starts inside a word ("to 1990") is no match,
                    // but a shorter one may start later inside it ("1990").
                    if line[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric) {
                        at = next + line[next..].chars().next().map_or(1, char::len_utf8);
                        continue;
                    }
                    if m.is_empty()
                        || !at_word_boundaries(line, m.start(), m.end())
                        || inside_compound(line, m.end())
                        || !names_capitalised(&caps)
                        || caps.name("age").is_some()
                        || is_a_name(line, &caps)
                    {
                        continue;
                    }
                    // A word assertion at the expression's edge reads the byte beyond it
                    // as the end of the text does when that byte is no word byte.
                    let is_word = |i: usize| {
                        line.as_bytes().get(i).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
                    };
                    let same_alone = pattern.word_looks_only
                        && !(m.start() > 0 && is_word(m.start() - 1))
                        && !is_word(m.end());
                    let (start, end) = (line_start + m.start(), line_start + m.end());
                    found.push(Candidate {
                        start,
                        end,
                        pattern: index,
                        found: same_alone.then_some((caps, line_start)),
                    });
                }
            }
        }
        // Blocks ("as soon as", "$2 million a year") remove what lies inside them, and
        // nothing else: "a year earlier" overlaps "$5 million a year" but is not inside it.
        let blocks: Vec<(usize, usize)> = found
            .iter()
            .filter(|c| self.rules.patterns[c.pattern].normaliser == Normaliser::None)
            .map(|c| (c.start, c.end))
            .collect();
        if !blocks.is_empty() {
            found.retain(|c| !blocks.iter().any(|b| b.0 <= c.start && c.end <= b.1));
        }
        // Longest first at each start, then earliest pattern: a greedy sweep keeps the best.
        found.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then((b.end - b.start).cmp(&(a.end - a.start)))
                .then(a.pattern.cmp(&b.pattern))
        });
        let mut kept: Vec<Candidate<'t, '_>> = Vec::with_capacity(found.len());
        for candidate in found {
            match kept.last() {
                Some(last) if candidate.start < last.end => {
                    // Overlap: keep the longer one.
                    if candidate.end - candidate.start > last.end - last.start
                        && candidate.start >= last.start
                    {
                        let _ = kept.pop();
                        kept.push(candidate);
                    }
                }
                _ => kept.push(candidate),
            }
        }
        kept
    }

    fn normalise(
        &self,
        normaliser: Normaliser,
        caps: &Groups,
        start: usize,
        ctx: &mut Context,
    ) -> Option<Value> {
        let lex = |name: &str| self.rules.lexicon(name);
        let unit_code = |word: &str| lex("unit").code(word).or_else(|| lex("units").code(word));
        let group = |name: &str| caps.name(name).map(|m| m.as_str());
        // Most expressions do not need the tense: it is read only when asked for.
        let text = ctx.text;
        let tense = || self.tense(text, start);
        let future = || tense() == Tense::Future;
        match normaliser {
            Normaliser::Date => {
                let month = group("month").and_then(|m| lex("month").number(m.trim_end_matches('.')));
                let month = month.or_else(|| group("monthnum").and_then(|m| m.parse().ok()));
                let year: Option<i64> = group("year").and_then(|y| parse_year(y, lex("number")));
                let day: Option<i64> = group("day")
                    .and_then(|d| d.parse().ok())
                    .or_else(|| group("dayword").and_then(|d| lex("day_ordinal").number(d)));
                let direction = group("direction").and_then(|d| lex("direction").number(d));
                let Some(month) = month else {
                    // "Monday the 13th": the weekday tells which month's 13th.
                    if let Some(weekday) =
                        group("weekday").and_then(|w| lex("weekday").number(w)).and_then(weekday_of)
                        && let Some(r) = ctx.reference
                    {
                        return Value::date(day_on_weekday(r, day?, weekday)?.to_string());
                    }
                    let end = start + caps.get(0)?.len();
                    let tense = if ctx.reference.is_some() { tense() } else { Tense::Unknown };
                    // After a part of the day ("in the early hours of the 10th India hit")
                    // the number is a day, whatever word follows it.
                    let of_a_part = group("part_of").is_some();
                    return self.day_at_hand(day?, start, end, ctx, tense, of_a_part);
                };
                // "June last year", "January this year".
                if let (Some(word), Some(r)) = (group("yeardir"), ctx.reference) {
                    let year = i64::from(r.year()) + lex("direction").number(word).unwrap_or(0);
                    // "31 March this year": the day of that month.
                    return match day {
                        Some(d) => Value::date(calendar::day(year, month, d)?.to_string()),
                        None => Value::date(format!("{year:04}-{month:02}")),
                    };
                }
                if let Some(hour) = group("hour") {
                    let d = calendar::day(year?, month, day?)?;
                    return Value::of(
                        TimexType::Time,
                        format!("{d}T{hour}:{}", group("minute").unwrap_or("00")),
                    );
                }
                // "the week of March 6" is that day's ISO week.
                let day_value = |d: Date| {
                    if group("weekof").is_some() { calendar::iso_week_value(d) } else { d.to_string() }
                };
                match (year, day) {
                    (Some(y), Some(d)) => Value::date(day_value(calendar::day(y, month, d)?)),
                    (Some(y), None) => Value::date(format!("{y:04}-{month:02}")),
                    (None, Some(d)) => {
                        calendar::day(2000, month, d)?; // rejects "February 30" outright
                        match ctx.reference {
                            Some(r) => {
                                let r = self.dated_at_hand(ctx, start).unwrap_or(r);
                                // "the quarter ended Oct. 31" is over: the last Oct. 31.
                                let y = if self.names_what_is_over(&text[..start]) {
                                    year_over(r, month, d)
                                } else {
                                    // "In March 1997 he hosted a summit, on March 20 and 21":
                                    // a day of the month its sentence named with a year is of
                                    // that year.
                                    let same_month = ctx.month_named.is_some_and(|(m, at)| {
                                        m == month && ctx.year_named.is_some_and(|(_, end)| end == at)
                                    });
                                    let told = Self::year_of_the_heading(ctx)
                                        .or_else(|| self.year_of_the_paragraph(ctx, start, month, d))
                                        .or_else(|| {
                                            same_month.then(|| self.year_of_the_sentence(ctx, start))?
                                        })
                                        .or_else(|| {
                                            same_month.then(|| self.year_of_the_month_at_hand(ctx, start))?
                                        })
                                        .or_else(|| self.year_of_the_story(ctx, start, month, Some(d)))
                                        .or_else(|| self.year_of_the_month_named(ctx, start, month));
                                    // "- March 24: NATO begins air strikes": a chronology's
                                    // entry tells in the present what happened; under a
                                    // heading of its year ("KEY DATES (all 1999)"), of that year.
                                    let entry = heads_an_entry(text, start, start + caps.get(0)?.len());
                                    match told {
                                        Some(y)
                                            if tense() != Tense::Future || ctx.heading_year == Some(y) =>
                                        {
                                            y
                                        }
                                        _ if entry => ctx
                                            .heading_year
                                            .or_else(|| Self::year_of_the_entry_before(ctx, r, month, d))
                                            .unwrap_or_else(|| resolve_year(r, month, d, Tense::Unknown)),
                                        _ => resolve_year(r, month, d, tense()),
                                    }
                                };
                                // "Saturday 8 February" in a memoir of 2013 that tells 2003: the
                                // weekday says which year.
                                let weekday = group("weekday").and_then(|w| lex("weekday").number(w));
                                let y = match weekday {
                                    Some(weekday) => Self::year_on_its_weekday(ctx, y, month, d, weekday),
                                    None => y,
                                };
                                Value::date(day_value(calendar::day(y, month, d)?))
                            }
                            None => Value::date(format!("XXXX-{month:02}-{d:02}")),
                        }
                    }
                    (None, None) => match ctx.reference {
                        Some(r) => {
                            let r = if direction.is_none() {
                                self.dated_at_hand(ctx, start).unwrap_or(r)
                            } else {
                                r
                            };
                            // "that October": of the year the narrative is in.
                            let demonstrative =
                                group("direction").is_some_and(|w| lex("demonstrative").number(w).is_some());
                            let narrative_year = || {
                                ctx.narrative_value.as_deref().and_then(|v| v.get(..4)?.parse::<i64>().ok())
                            };
                            let y = match direction {
                                Some(-1) => i64::from(r.year()) - i64::from(month >= i64::from(r.month())),
                                Some(1) => i64::from(r.year()) + i64::from(month <= i64::from(r.month())),
                                Some(0) if demonstrative => narrative_year().unwrap_or(i64::from(r.year())),
                                Some(0) => i64::from(r.year()),
                                _ => match Self::year_of_the_heading(ctx)
                                    .or_else(|| self.year_of_the_sentence(ctx, start))
                                    .or_else(|| self.year_of_the_story(ctx, start, month, None))
                                    .or_else(|| self.year_of_the_month_named(ctx, start, month))
                                {
                                    Some(y) if tense() != Tense::Future || ctx.heading_year == Some(y) => y,
                                    _ => resolve_year(r, month, 1, tense()),
                                },
                            };
                            Value::date(format!("{y:04}-{month:02}"))
                        }
                        None => Value::date(format!("XXXX-{month:02}")),
                    },
                }
            }
            Normaliser::NumericDate => {
                let a: i64 = group("a")?.parse().ok()?;
                let b: i64 = group("b")?.parse().ok()?;
                let y = group("year")?;
                let mut year: i64 = y.parse().ok()?;
                if y.len() == 2 {
                    year += if year < 50 { 2000 } else { 1900 };
                }
                let (month, day) = if ctx.options.day_first { (b, a) } else { (a, b) };
                Value::date(calendar::day(year, month, day)?.to_string())
            }
            Normaliser::Time => {
                let (hour, minute) = if let Some(word) = group("clockword") {
                    (if word.eq_ignore_ascii_case("midnight") { 24 } else { 12 }, 0)
                } else {
                    let hour_text = group("hour")?;
                    let mut hour: i64 = hour_text.parse().ok().or_else(|| lex("number").number(hour_text))?;
                    let minute: i64 = group("minute").and_then(|m| m.parse().ok()).unwrap_or(0);
                    // "11 at night" is on the later half of the clock, "2 at night" on the earlier.
                    let pm = group("ampm").is_some_and(|a| a.to_ascii_lowercase().starts_with('p'))
                        || group("daypart").is_some_and(|p| !p.eq_ignore_ascii_case("morning"))
                        || (group("daypart_night").is_some() && (6..12).contains(&hour));
                    if !(1..=12).contains(&hour) || minute > 59 {
                        return None;
                    }
                    if pm && hour < 12 {
                        hour += 12;
                    } else if !pm && hour == 12 {
                        hour = 0;
                    }
                    (hour, minute)
                };
                let month = group("month").and_then(|m| lex("month").number(m.trim_end_matches('.')));
                let day_of_month: Option<i64> = group("day").and_then(|d| d.parse().ok());
                let day = match (
                    month.zip(day_of_month),
                    group("weekday").and_then(|w| lex("weekday").number(w)).and_then(weekday_of),
                ) {
                    (Some((m, d)), _) => match group("year").and_then(|y| parse_year(y, lex("number"))) {
                        // "2 a.m. on April 5, 1986"
                        Some(year) => Some(calendar::day(year, m, d)?),
                        None => {
                            calendar::day(2000, m, d)?;
                            ctx.reference.and_then(|r| calendar::day(resolve_year(r, m, d, tense()), m, d))
                        }
                    },
                    (None, Some(weekday)) => {
                        ctx.reference.and_then(|r| resolve_weekday(r, weekday, None, tense()))
                    }
                    (None, None) => ctx.narrative.or(ctx.reference),
                };
                let prefix = day.map(|d| d.to_string()).unwrap_or_else(|| "XXXX-XX-XX".into());
                let hour = if hour == 24 { "24".to_owned() } else { format!("{hour:02}") };
                Value::of(TimexType::Time, format!("{prefix}T{hour}:{minute:02}"))
            }
            Normaliser::Weekday => {
                let weekday = weekday_of(lex("weekday").number(group("weekday")?)?)?;
                let direction = group("direction").and_then(|d| lex("direction").number(d));
                let part = group("part")
                    .and_then(|p| lex("part").code(p))
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned);
                // "the previous Friday" is the one before the day the narrative is at.
                let anaphoric = group("direction").is_some_and(|w| lex("anaphoric").number(w).is_some());
                let anchor = if anaphoric { ctx.narrative.or(ctx.reference) } else { ctx.reference };
                let beside = match group("beside").map(str::to_ascii_lowercase).as_deref() {
                    Some("before") => -1,
                    Some(_) => 1,
                    None => 0,
                };
                // "on Monday and Tuesday nights": the part of the day the later weekday takes in
                // the plural is the first's too, and both recur.
                if direction.is_none()
                    && part.is_none()
                    && beside == 0
                    && let Some(code) = self.plural_part_after(&text[start + caps.get(0)?.len()..])
                {
                    return Value::of(
                        TimexType::Set,
                        format!("XXXX-WXX-{}T{code}", weekday.to_monday_one_offset()),
                    );
                }
                // "on Friday and Saturday of last week": the later weekday's week is the first's.
                let week_named_after = (direction.is_none() && beside == 0 && group("inweek").is_none())
                    .then(|| self.week_named_after(&text[start + caps.get(0)?.len()..]))
                    .flatten();
                let direction = direction.or(week_named_after);
                // "Thursday next week", "Monday last week": the weekday of the week before or
                // after the article's.
                if group("inweek").is_some() || week_named_after.is_some() {
                    let r = ctx.reference?;
                    let monday = calendar::add_days(r, -i64::from(r.weekday().to_monday_zero_offset()))?;
                    let offset = 7 * direction.unwrap_or(0) + i64::from(weekday.to_monday_zero_offset());
                    let value = calendar::add_days(monday, offset)?.to_string();
                    return match part {
                        Some(p) => Value::of(TimexType::Time, format!("{value}T{p}")),
                        None => Value::date(value),
                    };
                }
                // "Tuesday week", "a week on Tuesday": the coming Tuesday and a week more.
                let (direction, beside) = if group("week_on").is_some() {
                    (Some(1), beside + WEEK_DAYS)
                } else {
                    (direction, beside)
                };
                // "THE WEEK AHEAD ... // Monday. The US President sees the Prime Minister": a
                // weekday heading a diary's paragraph is ahead.
                let heading = ctx.days_ahead
                    && direction.is_none()
                    && weekday_heading(text, start, start + caps.get(0)?.len(), lex("weekday"));
                let tense = || if heading { Tense::Future } else { tense() };
                let value = match anchor {
                    Some(r) => calendar::add_days(resolve_weekday(r, weekday, direction, tense())?, beside)?
                        .to_string(),
                    None if beside == 0 => format!("XXXX-WXX-{}", weekday.to_monday_one_offset()),
                    None => return None,
                };
                match part {
                    Some(p) => Value::of(TimexType::Time, format!("{value}T{p}")),
                    None => Value::date(value),
                }
            }
            Normaliser::RelativeDay => {
                let whole = caps.get(0).map(|m| m.as_str().to_ascii_lowercase()).unwrap_or_default();
                // "in the morning", "by mid-afternoon": a part of the day the narrative is at.
                let at_hand =
                    group("relday").is_none() && !whole.starts_with("this") && !whole.starts_with("last");
                // "that evening" needs a day named before it, as "that day" does.
                if group("direction").is_some() {
                    ctx.narrative?;
                    if let Some(month) = ctx.month_past_its_day() {
                        return Value::date(month.to_owned());
                    }
                }
                let r = if at_hand { ctx.narrative.or(ctx.reference) } else { ctx.reference };
                let part = group("part")
                    .and_then(|p| lex("part").code(p))
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned);
                let word = group("relday")
                    .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase());
                // "today's world", "today's young people": the present age, not a day; the
                // TimeML guidelines give it PRESENT_REF (TimeBank leaves it untagged).
                if matches!(word.as_deref(), Some("today" | "tomorrow")) {
                    let end = start + caps.get(0)?.len();
                    let after = text[end..].strip_prefix("'s ").or_else(|| text[end..].strip_prefix("’s "));
                    // The noun, or an adjective and the noun: "today's global economy".
                    let mut words = after.into_iter().flat_map(|a| a.split(' ')).take(2);
                    if words.any(|w| lex("present_age").get(w.trim_end_matches([',', '.'])).is_some()) {
                        return Value::date("PRESENT_REF");
                    }
                }
                let (offset, implied_part) = match word.as_deref() {
                    Some("yesterday") => (-1, None),
                    Some("tomorrow") => (1, None),
                    Some("the day before yesterday") => (-2, None),
                    Some("the day after tomorrow") => (2, None),
                    Some("tonight") => (0, None),
                    Some(_) => (0, None),
                    None => {
                        // "this morning", "last night"
                        (if whole.starts_with("last") { -1 } else { 0 }, None)
                    }
                };
                let part = part.or(implied_part.map(str::to_owned));
                let day = match r {
                    Some(r) => calendar::add_days(r, offset)?.to_string(),
                    None if offset == 0 && part.is_none() => return Value::date("PRESENT_REF"),
                    None => return None,
                };
                match part {
                    Some(p) => Value::of(TimexType::Time, format!("{day}T{p}")),
                    None => Value::date(day),
                }
            }
            Normaliser::RelativeUnit => {
                // "ten years almost to the week", "a year to the day": a measure's exactness
                // ("a cold start to the week" is the week).
                let whole = caps.get(0)?.as_str();
                if whole.len() <= "the month".len()
                    && whole.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("the "))
                {
                    let before = text[..start].trim_end().to_ascii_lowercase();
                    let measured = before.strip_suffix("to").filter(|b| b.ends_with(' ')).is_some_and(|b| {
                        let word = b.split_whitespace().next_back().unwrap_or("");
                        matches!(word, "almost" | "nearly" | "exactly" | "precisely" | "just")
                            || unit_code(word.trim_end_matches('s')).is_some()
                    });
                    if measured {
                        return None;
                    }
                }
                let unit = unit_code(group("unit")?)?.to_owned();
                let word = group("direction");
                let direction = word.and_then(|d| lex("direction").number(d)).unwrap_or(0);
                let position = group("position").map(str::to_ascii_lowercase);
                // "the following year", "the previous week" count from the time the narrative
                // is at, not from the day the article was written.
                let anaphoric = word.is_some_and(|w| {
                    lex("anaphoric").number(w).is_some()
                        || (unit == "D" && lex("anaphoric_day").number(w).is_some())
                });
                let demonstrative = word.is_some_and(|w| lex("demonstrative").number(w).is_some());
                // "Results for that quarter": the quarter named before, which a date's
                // quarter need not be (a fiscal quarter ended Oct. 31 is no calendar one).
                if demonstrative
                    && unit == "Q"
                    && let Some(q) = &ctx.named_quarter
                {
                    return Value::date(q.clone());
                }
                // "that day" needs a day named before it, "that year" any date.
                if demonstrative && ctx.narrative.is_none() && (unit == "D" || ctx.narrative_value.is_none())
                {
                    return None;
                }
                // "early the following month jets bombed the airport. Aircraft hit back the same
                // day": the story has moved on from the last day it named to a month, whose
                // day it does not know.
                if demonstrative
                    && unit == "D"
                    && let Some(month) = ctx.month_past_its_day()
                {
                    return Value::date(month.to_owned());
                }
                let r = if anaphoric && unit == "D" {
                    ctx.narrative.or(ctx.reference)?
                } else if anaphoric {
                    ctx.narrative_value
                        .as_deref()
                        .and_then(calendar::span_of)
                        .map(|s| s.start)
                        .or(ctx.narrative)
                        .or(ctx.reference)?
                } else {
                    ctx.reference?
                };
                // "the weekend" is the one just past unless the sentence looks ahead; "this
                // weekend" too in a sentence told in the past ("jets bombed the city again this
                // weekend", said on a Monday).
                let weekday = r.weekday().to_monday_one_offset() <= 5;
                let direction = if unit == "WE" && word.is_none() && weekday {
                    if future() { 0 } else { -1 }
                } else if unit == "WE"
                    && weekday
                    && word.is_some_and(|w| w.eq_ignore_ascii_case("this"))
                    && tense() == Tense::Past
                {
                    -1
                } else {
                    direction
                };
                let value = unit_value(r, &unit, direction)?;
                let modifier = match position.as_deref() {
                    Some("beginning") | Some("start") | Some("earlier")
                        if position.as_deref() != Some("earlier") =>
                    {
                        Some("START")
                    }
                    Some("end") => Some("END"),
                    Some("middle") => Some("MID"),
                    _ => None,
                };
                // "later this month" is what is left of it after the reference date; "earlier
                // this week" what went before.
                let narrowed = match position.as_deref() {
                    Some(p @ ("later" | "earlier")) => {
                        calendar::span_of(&value).and_then(|s| calendar::part_beside(&s, r, p == "later"))
                    }
                    _ => None,
                };
                Some(Value { kind: TimexType::Date, value, modifier: modifier.map(str::to_owned), narrowed })
            }
            Normaliser::Season => {
                let code = lex("season").code(group("season")?)?;
                let direction = group("direction").and_then(|d| lex("direction").number(d));
                let year: Option<i64> = group("year").and_then(|y| parse_year(y, lex("number")));
                // "That autumn he campaigned": of the year the narrative is in.
                let narrative_year = group("direction")
                    .filter(|w| lex("demonstrative").number(w).is_some())
                    .and_then(|_| ctx.narrative_value.as_deref()?.get(..4)?.parse::<i64>().ok());
                let first_month = match code {
                    "SP" => 3,
                    "SU" => 6,
                    "FA" => 9,
                    _ => 12,
                };
                // "The following winter", "the previous summer": the next or last one from the
                // time the narrative is in, not from the article's date. With the narrative at
                // a year only ("in 1995"), the following winter is the one that year ends in,
                // and a following spring, summer or autumn is the next year's.
                let anaphoric =
                    group("direction").and_then(|w| lex("anaphoric").number(w)).filter(|&d| d != 0);
                if let (Some(d), None) = (anaphoric, year)
                    && let Some(v) = ctx.narrative_value.as_deref()
                    && let Some(ny) = v.get(..4).and_then(|y| y.parse::<i64>().ok())
                {
                    let nm: Option<i64> = v.get(5..7).and_then(|m| m.parse().ok());
                    let y = match (d > 0, nm) {
                        (true, Some(m)) if first_month > m => ny,
                        (true, None) if first_month == 12 => ny,
                        (true, _) => ny + 1,
                        (false, Some(m)) if first_month + 3 <= m => ny,
                        (false, _) => ny - 1,
                    };
                    return Value::date(format!("{y:04}-{code}"));
                }
                let year = match (year.or(narrative_year), ctx.reference) {
                    (Some(y), _) => y,
                    (None, Some(r)) => {
                        // "last spring" said in October is this year's spring: the last one
                        // over; "next summer" the next one not begun.
                        let y = i64::from(r.year());
                        let month = i64::from(r.month());
                        match direction {
                            Some(-1) if first_month + 3 <= month => y,
                            Some(-1) => y - 1,
                            Some(1) if first_month > month => y,
                            Some(1) => y + 1,
                            _ => y,
                        }
                    }
                    (None, None) => return Value::date(format!("XXXX-{code}")),
                };
                Value::date(format!("{year:04}-{code}"))
            }
            Normaliser::Offset => {
                let (count, unit) = if let Some(phrase) = group("ago_unit") {
                    let p = phrase.to_ascii_lowercase();
                    let unit = ["year", "month", "week", "day", "decade", "fortnight"]
                        .into_iter()
                        .find(|u| p.contains(u))?;
                    (1, unit_code(unit)?.to_owned())
                } else {
                    let number = group("number")?;
                    let Some(count) = lex("number").number(number).or_else(|| number.parse().ok()) else {
                        // "several years ago": somewhere in the past, no more precise.
                        let ago = group("ago")?.to_ascii_lowercase();
                        let code = if ago == "ago" || ago == "earlier" { "PAST_REF" } else { "FUTURE_REF" };
                        return Value::date(code);
                    };
                    (count, unit_code(group("unit")?)?.to_owned())
                };
                let ago = group("ago")?.to_ascii_lowercase();
                // "twenty years ago today", "a year ago this week": the article's day, week or
                // month, so many units back.
                if let Some(day) = group("ago_day") {
                    let day = day.to_ascii_lowercase();
                    let reference = ctx.reference?;
                    let base = match day.as_str() {
                        "yesterday" => calendar::add_days(reference, -1)?,
                        "tomorrow" => calendar::add_days(reference, 1)?,
                        _ => reference,
                    };
                    let (months, days) = match unit.as_str() {
                        "Y" => (12 * count, 0),
                        "DE" => (120 * count, 0),
                        "M" => (count, 0),
                        "W" => (0, 7 * count),
                        "FN" => (0, 14 * count),
                        "D" => (0, count),
                        _ => return None,
                    };
                    let back = calendar::add_days(calendar::add_months(base, -months)?, -days)?;
                    return Value::date(if day.ends_with("week") {
                        calendar::iso_week_value(back)
                    } else if day.ends_with("month") {
                        format!("{:04}-{:02}", back.year(), back.month())
                    } else {
                        back.to_string()
                    });
                }
                // "a month from today": the day so many units on.
                if ago.split_whitespace().eq(["from", "today"]) {
                    let reference = ctx.reference?;
                    let day = match unit.as_str() {
                        "Y" => calendar::add_months(reference, count.checked_mul(12)?)?,
                        "M" => calendar::add_months(reference, count)?,
                        "W" => calendar::add_days(reference, count.checked_mul(7)?)?,
                        "FN" => calendar::add_days(reference, count.checked_mul(14)?)?,
                        "D" => calendar::add_days(reference, count)?,
                        _ => return None,
                    };
                    return Value::date(day.to_string());
                }
                // "three weeks today", "a week tomorrow": a day, so many weeks on.
                if ago == "today" || ago == "tomorrow" {
                    let days = match unit.as_str() {
                        "W" => 7 * count,
                        "FN" => 14 * count,
                        _ => return None,
                    } + i64::from(ago == "tomorrow");
                    return calendar::add_days(ctx.reference?, days)
                        .map(|d| d.to_string())
                        .and_then(Value::date);
                }
                let sign = if ago == "ago" || ago == "earlier" || ago == "before" { -1 } else { 1 };
                // "a year earlier" after "the third quarter" is that quarter a year before:
                // the offset keeps the granularity the narrative was speaking at.
                let hyphenated = caps.get(0).is_some_and(|m| m.as_str().contains('-'));
                // Results stories compare quarters: "a year ago" after "the third quarter"
                // is that quarter a year before; otherwise "ago" counts from the reference date.
                let quarter_context = ctx.narrative_value.as_deref().is_some_and(is_quarter);
                // "the year-ago quarter" names its granularity: the quarter at hand, a year back.
                let whole = caps.get(0).map(|m| m.as_str().to_ascii_lowercase()).unwrap_or_default();
                // So do "the year-ago period" and the adjective alone ("the year-ago
                // results"): the period the story reports, a year back, not whatever date was
                // named last.
                let reported = if whole.contains("quarter") {
                    ctx.quarter.as_deref()
                } else if whole.contains("period") || hyphenated {
                    ctx.period.as_deref()
                } else {
                    None
                };
                if unit == "Y"
                    && let Some(shifted) = reported.and_then(|q| shift_year(q, sign * count))
                {
                    return Value::date(shifted);
                }
                if unit == "Y"
                    && (ago != "ago" || hyphenated || quarter_context)
                    && let Some(shifted) =
                        ctx.narrative_value.as_deref().and_then(|v| shift_year(v, sign * count))
                {
                    return Value::date(shifted);
                }
                let anchor = if ago == "ago" || ago.starts_with("from") {
                    ctx.reference
                } else {
                    ctx.narrative.or(ctx.reference)
                };
                let a = anchor?;
                offset_value(a, &unit, sign * count).and_then(Value::date)
            }
            Normaliser::Narrative => {
                let phrase = group("narrative")?.to_ascii_lowercase();
                // "The day after the election, he telephoned": counted from an event, which the
                // story has not dated; not the day after the article's.
                if ctx.narrative.is_none() && matches!(phrase.as_str(), "after" | "before") {
                    let end = start + caps.get(0)?.len();
                    let next = text[end..].split_whitespace().next().unwrap_or("");
                    if matches!(next, "the" | "his" | "her" | "its" | "their" | "a" | "an")
                        || next.starts_with(|c: char| c.is_uppercase())
                    {
                        return None;
                    }
                }
                let anchor = ctx.narrative.or(ctx.reference)?;
                // "Oct. 12, the day before the crash": in apposition to a date, the phrase
                // describes that date rather than moving from it.
                if ctx.narrative.is_some()
                    && ctx.text.get(ctx.narrative_end..start).is_some_and(|between| between.trim() == ",")
                {
                    return Value::date(anchor.to_string());
                }
                let offset = if phrase.contains("before") || phrase.contains("previous") { -1 } else { 1 };
                Value::date(calendar::add_days(anchor, offset)?.to_string())
            }
            Normaliser::Quarter => {
                // "the 1988 quarter" is the story's quarter in 1988; "the 1988 period" the
                // story's period, which may be a stretch of months of the year.
                let names_quarter =
                    caps.get(0).is_some_and(|m| m.as_str().to_ascii_lowercase().contains("quarter"));
                let narrative_quarter =
                    if names_quarter { ctx.quarter.as_deref() } else { ctx.period.as_deref() };
                if group("ordinal").is_none() && group("half").is_none() {
                    // "the 1988 quarter", "last year's quarter": the quarter the narrative is
                    // about, in that year.
                    let year = year_named_or_moved(
                        group("year"),
                        group("yeardir"),
                        ctx.reference,
                        lex("number"),
                        lex("direction"),
                    );
                    if let Some(y) = year {
                        return Value::date(match narrative_quarter {
                            Some(q) => format!("{y:04}{}", q.get(4..).unwrap_or_default()),
                            None => format!("{y:04}"),
                        });
                    }
                    // "the quarter": the one the narrative is about, else the last one
                    // completed before the reference date (what a results story reports).
                    // "the latest quarter" is always the last one completed.
                    let latest = caps.get(0).is_some_and(|m| {
                        let m = m.as_str().to_ascii_lowercase();
                        m.contains("latest") || m.contains("just-ended")
                    });
                    if let Some(v) = narrative_quarter.filter(|_| !latest) {
                        return Value::date(v.to_owned());
                    }
                    let r = ctx.reference?;
                    return Value::date(unit_value(r, "Q", -1)?);
                }
                let year: Option<i64> = group("year").and_then(|y| parse_year(y, lex("number")));
                // "the second quarter ended Oct. 31": a fiscal quarter is of the year it ends
                // in, and one that has ended ends on or before the reference date.
                let year = year.or_else(|| {
                    let end = start + caps.get(0)?.len();
                    let (month, day) = self.month_day_over(&text[end..])?;
                    Some(year_over(ctx.reference?, month, day))
                });
                let year = year.or_else(|| {
                    let r = ctx.reference?;
                    let whole = caps.get(0)?.as_str().to_ascii_lowercase();
                    let shift = if whole.contains("last year") {
                        -1
                    } else if whole.contains("next year") {
                        1
                    } else if !future()
                        && group("ordinal")
                            .and_then(|o| ordinal_number(o, lex("ordinal")))
                            .is_some_and(|q| q > (i64::from(r.month()) + 2) / 3)
                    {
                        // A quarter not begun yet, reported in the past, is last year's.
                        -1
                    } else {
                        0
                    };
                    Some(i64::from(r.year()) + shift)
                });
                let year = year.map(|y| format!("{y:04}")).unwrap_or_else(|| "XXXX".into());
                if let Some(half) = group("half") {
                    let h = if half.eq_ignore_ascii_case("first") { 1 } else { 2 };
                    return Value::date(format!("{year}-H{h}"));
                }
                let q = ordinal_number(group("ordinal")?, lex("ordinal"))?;
                if !(1..=4).contains(&q) {
                    return None;
                }
                Value::date(format!("{year}-Q{q}"))
            }
            Normaliser::Fiscal => {
                let y = group("year")?;
                let mut year: i64 = y.parse().ok()?;
                if y.len() == 2 {
                    year += if year < 50 { 2000 } else { 1900 };
                }
                // TimeML values a fiscal year by the year that names it.
                Value::date(format!("{year:04}"))
            }
            Normaliser::Decade => {
                if let Some(d) = group("decade") {
                    return Value::date(d[..3].to_owned());
                }
                let d: i64 = match group("decadeword") {
                    Some(word) => lex("decade").number(word)? * 10,
                    None => group("decade2")?.parse().ok()?,
                };
                let century = if d >= 30 { 19 } else { 20 };
                Value::date(format!("{century}{}", d / 10))
            }
            Normaliser::Century => {
                let n = ordinal_number(group("ordinal")?, lex("ordinal"))?;
                if !(1..=30).contains(&n) {
                    return None;
                }
                Value::date(format!("{:02}", n - 1))
            }
            Normaliser::Holiday => {
                let code = lex("holiday").code(group("holiday")?)?.to_owned();
                // "Christmas 1998", "Christmas Day last year".
                let year = year_named_or_moved(
                    group("year"),
                    group("yeardir"),
                    ctx.reference,
                    lex("number"),
                    lex("direction"),
                );
                // "late in 1995, the president switched on the Christmas lights": told in the
                // past, in the paragraph of a year before the reference date's, that year's.
                let narrative_year = ctx
                    .narrative_value
                    .as_deref()
                    .and_then(|v| v.get(..4)?.parse::<i64>().ok())
                    .filter(|&y| ctx.reference.is_some_and(|r| y < i64::from(r.year())))
                    .filter(|_| {
                        ctx.text.get(ctx.narrative_value_end..start).is_some_and(|b| !b.contains('\n'))
                    })
                    .filter(|_| year.is_none() && tense() == Tense::Past);
                let year = match (year.or(narrative_year), ctx.reference) {
                    (Some(y), _) => y,
                    // The year a holiday falls in is chosen as for any month and day: "as
                    // Easter week began" a few days before Easter is this year's.
                    (None, Some(r)) => {
                        let this_year = calendar::holiday(&code, i64::from(r.year()))?;
                        resolve_year(r, i64::from(this_year.month()), i64::from(this_year.day()), tense())
                    }
                    (None, None) => return None,
                };
                let day = calendar::holiday(&code, year)?;
                // "Easter week", "Christmas week": the ISO week the holiday falls in.
                match group("weekof") {
                    Some(_) => Value::date(calendar::iso_week_value(day)),
                    None => Value::date(day.to_string()),
                }
            }
            Normaliser::Year => {
                let year = group("year")?;
                // A bare number is a year only where news writes years: not "1,500 troops".
                let whole = caps.get(0)?;
                let end = start + whole.len();
                let after = ctx.text[end..].chars().next();
                // "1,500 troops", "closed at 2082.1": a thousands separator or decimals.
                if matches!(after, Some('.') | Some(',') if ctx.text[end..].chars().nth(1).is_some_and(|c| c.is_ascii_digit()))
                    || matches!(after, Some('%'))
                {
                    return None;
                }
                let before = ctx.text[..start].chars().next_back();
                if matches!(before, Some('$') | Some('#')) {
                    return None;
                }
                // "Resolution 2046", "Flight 1549": a number of what a noun names, no year.
                let word_before = ctx.text[..start]
                    .trim_end()
                    .rsplit(|c: char| !c.is_ascii_alphabetic())
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                if group("yearword").is_none() && lex("numbered").get(word_before.as_str()).is_some() {
                    return None;
                }
                // "two thousand years", "2000 hours": a count of a unit, not a year.
                let next_word = ctx.text[end..]
                    .trim_start()
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .next()
                    .unwrap_or("");
                if lex("units").get(next_word).is_some() {
                    return None;
                }
                let number = parse_year(year, lex("number"))?;
                if group("yearword").is_none() && !(1800..=2100).contains(&number) {
                    return None;
                }
                Value::date(format!("{number:04}"))
            }
            Normaliser::Duration => {
                // "Islam will one day be", "may one day walk": some day ahead, no length.
                // ("Up to one day" is a length: "to" does not count here.)
                if group("number").is_some_and(|n| n.eq_ignore_ascii_case("one"))
                    && group("unit").is_some_and(|u| u.eq_ignore_ascii_case("day"))
                {
                    let before = text[text.floor_char_boundary(start.saturating_sub(12))..start]
                        .trim_end()
                        .to_ascii_lowercase();
                    if self.rules.modals.iter().any(|m| m != "to" && ends_with_word(&before, m)) {
                        return Value::date("FUTURE_REF");
                    }
                }
                let unit = unit_code(group("unit")?)?.to_owned();
                // Without a count, a singular unit is one ("the year ended March 31"), a plural
                // an unspecified number ("the coming weeks").
                let raw = group("number").unwrap_or(if lex("unit").code(group("unit")?).is_some() {
                    "1"
                } else {
                    "several"
                });
                let and_a_half = if group("andhalf").is_some() { 0.5 } else { 0.0 };
                let n: f64 = match lex("number").get(raw) {
                    Some(rules::LexValue::Number(n)) => *n as f64,
                    Some(rules::LexValue::Code(c)) => {
                        return duration_value(c, &unit).and_then(|v| Value::of(TimexType::Duration, v));
                    }
                    // "2 1/2" is two and a half.
                    None => match raw.split_once(char::is_whitespace) {
                        Some((whole, _half)) => whole.parse::<f64>().ok()? + 0.5,
                        None => raw.parse().ok()?,
                    },
                };
                let n = n + and_a_half;
                // TIMEX3 writes a half in the next smaller unit: "2 1/2 years" is P2Y6M.
                let half_value = match unit.as_str() {
                    "Y" => Some(format!("P{}Y6M", n as i64)),
                    "M" => Some(format!("P{}M15D", n as i64)),
                    "D" => Some(format!("P{}DT12H", n as i64)),
                    "H" => Some(format!("PT{}H30M", n as i64)),
                    "MIN" => Some(format!("PT{}M30S", n as i64)),
                    _ => None,
                };
                if n.fract() == 0.5
                    && let Some(v) = half_value
                {
                    return Value::of(TimexType::Duration, v);
                }
                let count = if n.fract() == 0.0 { format!("{}", n as i64) } else { format!("{n}") };
                duration_value(&count, &unit).and_then(|v| Value::of(TimexType::Duration, v))
            }
            Normaliser::Set => {
                if let Some(word) = group("set") {
                    return Value::of(TimexType::Set, lex("set").code(word)?.to_owned());
                }
                // "each July", "every Thursday", "each season": the calendar name repeated.
                if let Some(season) = group("season") {
                    return Value::of(TimexType::Set, format!("XXXX-{}", lex("season").code(season)?));
                }
                if let Some(month) = group("month") {
                    return Value::of(TimexType::Set, format!("XXXX-{:02}", lex("month").number(month)?));
                }
                // "on Sundays", "Tuesday nights": the weekday, and the part of it, repeated.
                if let Some(weekday) = group("weekday") {
                    let part = group("part").map(|p| p.trim_end_matches(['s', 'S']));
                    let part = part.and_then(|p| lex("part").code(p)).map(|c| format!("T{c}"));
                    return Value::of(
                        TimexType::Set,
                        format!("XXXX-WXX-{}{}", lex("weekday").number(weekday)?, part.unwrap_or_default()),
                    );
                }
                if group("anyseason").is_some() {
                    // Seasons follow each other a quarter-year apart.
                    return Value::of(TimexType::Set, "P3M");
                }
                let unit = unit_code(group("unit")?)?.to_owned();
                duration_value("1", &unit).and_then(|v| Value::of(TimexType::Set, v))
            }
            Normaliser::Fuzzy => {
                let word = group("fuzzy")?;
                // "He was soon released": soon after the narrative's moment, not after the
                // article's date, and no date can be given for it.
                // "they may soon sue": a modal keeps it ahead of the article's date.
                let before = ctx.text[ctx.text.floor_char_boundary(start.saturating_sub(12))..start]
                    .trim_end()
                    .to_ascii_lowercase();
                let modal = self.rules.modals.iter().any(|m| ends_with_word(&before, m));
                if word.eq_ignore_ascii_case("soon") && !modal && tense() == Tense::Past {
                    return None;
                }
                // "Now, he says ...": a sentence that opens on "Now," turns the argument,
                // and names no time.
                if word == "Now" {
                    let end = start + caps.get(0)?.len();
                    let opens_sentence =
                        before.is_empty() || before.ends_with(['.', '!', '?', '"', '\'', '\n']);
                    if ctx.text[end..].starts_with(',') && opens_sentence {
                        return None;
                    }
                }
                let code = lex("fuzzy").code(word)?.to_owned();
                Value::date(code)
            }
            Normaliser::None => None,
        }
    }

    /// The words after a weekday joined by one of `joiners` at the start of `after` (" and
    /// Tuesday nights" gives "nights"), or `None` when `after` opens with no such weekday.
    /// `after` is the text after the first weekday.
    fn weekday_joined_after<'a>(
        &self,
        after: &'a str,
        joiners: &[&str],
    ) -> Option<std::str::SplitWhitespace<'a>> {
        if !after.starts_with(' ') {
            return None;
        }
        let mut words = after.split_whitespace();
        if !joiners.contains(&words.next()?) {
            return None;
        }
        let weekday = words.next()?;
        if !weekday.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        self.rules.lexicon("weekday").number(weekday)?;
        Some(words)
    }

    /// The part of the day a weekday joined to the one before by "and" or "or" takes in the
    /// plural: " and Tuesday nights" gives "NI". `after` is the text after the first weekday.
    fn plural_part_after<'r>(&'r self, after: &str) -> Option<&'r str> {
        let mut words = self.weekday_joined_after(after, &["and", "or"])?;
        let part = words.next()?.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        let singular = part.strip_suffix('s')?;
        self.rules.lexicon("part").code(singular).filter(|c| !c.is_empty())
    }

    /// The week a weekday joined by "and" after a weekday names: " and Saturday of last week"
    /// gives -1, " and Tuesday next week" 1, " and Friday this week" 0. `after` is the text
    /// after the first weekday.
    fn week_named_after(&self, after: &str) -> Option<i64> {
        let mut words = self.weekday_joined_after(after, &["and"])?;
        let mut word = words.next()?;
        if word == "of" {
            word = words.next()?;
        }
        let direction = match word {
            "last" => -1,
            "next" => 1,
            "this" => 0,
            _ => return None,
        };
        let week = words.next()?.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        (week == "week").then_some(direction)
    }

    /// Whether `before` ends with a word that says what follows is over ("ended").
    fn names_what_is_over(&self, before: &str) -> bool {
        let word = before.trim_end().rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        self.rules.lexicon("over").number(word).is_some()
    }

    /// The month and day of "ended Oct. 31" at the start of `after`.
    fn month_day_over(&self, after: &str) -> Option<(i64, i64)> {
        let mut words = after.split_whitespace();
        self.rules.lexicon("over").number(words.next()?)?;
        let month = self.rules.lexicon("month").number(words.next()?.trim_end_matches('.'))?;
        let day: i64 = words.next()?.trim_end_matches(|c: char| !c.is_ascii_digit()).parse().ok()?;
        calendar::day(2000, month, day)?;
        Some((month, day))
    }

    /// Whether the article's head (its first few lines) names a diary of the days ahead
    /// (`days_ahead`: "THE WEEK AHEAD, SUNDAY 9 JULY 2023").
    fn a_diary_of_the_days_ahead(&self, text: &str) -> bool {
        const HEAD_BYTES: usize = 300;
        let head = text[..text.floor_char_boundary(HEAD_BYTES.min(text.len()))].to_lowercase();
        self.rules.days_ahead.iter().any(|d| head.contains(d.as_str()))
    }

    /// The tense of the words around `position`: future ("will meet on Tuesday"), past ("met
    /// on Tuesday", "said"), or unknown when neither shows. The verb nearest the expression
    /// decides ("the decision announced Wednesday, which they will appeal" is past), and a
    /// future marker just before a participle makes it future ("will be held Tuesday").
    fn tense(&self, text: &str, position: usize) -> Tense {
        // The verb is mostly near; when no tense shows there, the verb of a long sentence may
        // stand further off ("On Tuesday, the league of ... plans to hold").
        // So may a past verb before, when only a verb of the future after a following "and" is
        // near: "won 43.7 percent of the vote in the first round of the election on Sunday and
        // will face".
        if let Some(tense) = self.a_called_off_plans_day(text, position) {
            return tense;
        }
        // "has been in Osaka since Thursday night", "had been in London since 7 September":
        // what has lasted since a day began before it was told.
        let before = text[..position].trim_end();
        let word_at = before.len().saturating_sub("since".len());
        if before.get(word_at..).is_some_and(|w| w.eq_ignore_ascii_case("since"))
            && !before[..word_at].ends_with(char::is_alphanumeric)
        {
            return Tense::Past;
        }
        // A closing attribution (", aides said.") dates only what no other verb dates.
        match self.tense_within(text, position, 60, 50, false) {
            (Tense::Unknown, _) => match self.tense_within(text, position, 160, 140, false).0 {
                Tense::Unknown => self.tense_within(text, position, 160, 140, true).0,
                tense => tense,
            },
            (Tense::Future, true) => match self.tense_within(text, position, 160, 140, false) {
                (Tense::Past, false) => Tense::Past,
                _ => Tense::Future,
            },
            (tense, _) => tense,
        }
    }

    /// The tense of a day a called-off plan was made for: one of `called_off.plans` among
    /// the five words before it, and in its sentence the present perfect of calling off
    /// (ahead: "has called off a visit that had been planned for Thursday") or its past
    /// (behind: "A second round, set for April, was called off"). `None` for any other day.
    fn a_called_off_plans_day(&self, text: &str, position: usize) -> Option<Tense> {
        const PLAN_WORDS: usize = 5;
        let called_off = &self.rules.called_off;
        let planned = text[text.floor_char_boundary(position.saturating_sub(80))..position]
            .split_whitespace()
            .rev()
            .take(PLAN_WORDS)
            .any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphabetic());
                called_off.plans.iter().any(|p| w.eq_ignore_ascii_case(p))
            });
        if !planned {
            return None;
        }
        let (_, start, end) = self.sentence_window(text, position, 160, 140);
        let window = text[start..end].to_ascii_lowercase();
        let said = |verbs: &[String]| verbs.iter().any(|v| word_positions(&window, v).next().is_some());
        if said(&called_off.verbs) {
            Some(Tense::Future)
        } else if said(&called_off.past) {
            Some(Tense::Past)
        } else {
            None
        }
    }

    /// Whether the punctuation at `i` ends a sentence: a full stop after an initial ("Daniel
    /// P. Davison") or a title ("Ms. Green") does not.
    fn ends_sentence(&self, text: &str, i: usize) -> bool {
        if text.as_bytes()[i] != b'.' {
            return true;
        }
        // "won 43.7 percent": a decimal point.
        let bytes = text.as_bytes();
        if i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            return false;
        }
        // "Peoria, Ill., bank": a full stop followed by a comma or a word in lower case is an
        // abbreviation's, whatever the abbreviation.
        let next = text[i + 1..].chars().take(4).find(|&c| c != ' ' && c != '\t');
        if next.is_some_and(|c| c == ',' || c == ';' || c.is_lowercase()) {
            return false;
        }
        let word = text[..i].rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        let initial = word.len() == 1 && word.starts_with(|c: char| c.is_ascii_uppercase());
        !(initial || self.rules.abbreviations.iter().any(|a| a.eq_ignore_ascii_case(word)))
    }

    /// Every whole-word occurrence of a tense marker in `text`: (the marker's index, future
    /// markers first, then past ones; start; end).
    fn tense_markers_in<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let futures = self.rules.future_markers.len();
        self.rules
            .tense_markers
            .find_overlapping_iter(text)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .filter(move |&(index, start, end)| {
                let marker = if index < futures {
                    &self.rules.future_markers[index]
                } else {
                    &self.rules.past_markers[index - futures]
                };
                // ("the president-elect on Tuesday": no verb after a hyphen.)
                is_whole_word(text, marker, start, end) && !text[..start].ends_with('-')
            })
    }

    /// The part of the sentence around `position` that is at most `back` bytes before it and
    /// `ahead` bytes after it, as (sentence start, window start, window end) in `text`.
    fn sentence_window(
        &self,
        text: &str,
        position: usize,
        back: usize,
        ahead: usize,
    ) -> (usize, usize, usize) {
        // The sentence's ends are looked for only as far as the window reaches: searching a
        // whole endless sentence for every expression in it made tagging quadratic.
        let reach_back = text.floor_char_boundary(position.saturating_sub(back));
        let sentence_start = text[reach_back..position]
            .match_indices(['.', '!', '?', '\n'])
            .map(|(i, _)| reach_back + i)
            .rfind(|&i| self.ends_sentence(text, i))
            .map(|i| i + 1)
            .unwrap_or(0);
        let mut window_start = text.floor_char_boundary(position.saturating_sub(back).max(sentence_start));
        // Not from inside a word: "exi|led" is no past form.
        if window_start > sentence_start && text[..window_start].ends_with(char::is_alphanumeric) {
            window_start += text[window_start..position].find(|c: char| !c.is_alphanumeric()).unwrap_or(0);
        }
        let reach = text.floor_char_boundary((position + ahead).min(text.len()));
        let sentence_end = text[position..reach]
            .match_indices(['.', '!', '?', '\n'])
            .map(|(i, _)| position + i)
            .find(|&i| self.ends_sentence(text, i))
            .unwrap_or(text.len());
        let window_end = text.floor_char_boundary((position + ahead).min(sentence_end));
        (sentence_start, window_start, window_end)
    }

    /// Whether the sentence around `position` is told in the past perfect ("had flown",
    /// "had killed"): what it tells lies before the time the story had reached.
    fn in_past_perfect(&self, text: &str, position: usize) -> bool {
        let (_, start, end) = self.sentence_window(text, position, PAST_PERFECT_REACH, PAST_PERFECT_REACH);
        let window = &text[start..end];
        self.rules.past_perfect.iter().any(|w| word_positions(window, w).next().is_some())
    }

    /// Whether the past form at `start..end` of `window` stands right before "by" with no
    /// auxiliary before it: a participle that modifies a noun ("their allies led by Russia").
    fn modifies_a_noun(&self, window: &str, start: usize, end: usize) -> bool {
        let Some(after) = window[end..].strip_prefix(" by ") else { return false };
        let next = after.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
        !self.rules.means.iter().any(|m| m == next)
            && window[..start]
                .split_whitespace()
                .next_back()
                .is_none_or(|w| !self.rules.auxiliaries.iter().any(|a| a == w))
    }

    /// Whether the words from a participle to a date are its agent alone, and the date's
    /// preposition: " by the Security Council on " (names and `agent_words`), not " by Russia
    /// join them on ".
    fn agent_phrase(&self, phrase: &str) -> bool {
        phrase.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || self.rules.agent_words.iter().any(|a| a == w)
        })
    }

    /// Where the relative clause that holds the expression at `at` ends in `window` (its
    /// closing comma), when the clause opens after a comma ("Kalchev, who spoke with the
    /// President on Friday, will travel") and one of `markers` stands in it before `at`.
    /// The clause is read from the sentence's start (`sentence_start` in `text`), as it may
    /// open before the window (at `window_start`).
    fn relative_clause_end(
        &self,
        text: &str,
        sentence_start: usize,
        window_start: usize,
        at: usize,
        window: &str,
        markers: &[(usize, usize, usize, Tense)],
    ) -> Option<usize> {
        let before = &text[sentence_start..window_start + at];
        let comma = sentence_start + before.rfind(',')?;
        let opener = text[comma + 1..].split_whitespace().next()?;
        if !self.rules.relatives.iter().any(|r| r.eq_ignore_ascii_case(opener)) {
            return None;
        }
        let close = at + window[at..].find(',')?;
        markers.iter().any(|m| window_start + m.1 > comma && m.2 <= at).then_some(close)
    }

    /// Whether the marker at `start..end` of `window` attributes the sentence at its close:
    /// one of `attributions` after a comma that follows the expression at `at`, at most four
    /// words after that comma and at most three before the sentence's end (", aides said.",
    /// ", the Kremlin said on Friday."). The window is known to reach the sentence's end.
    fn closing_attribution(&self, window: &str, at: usize, start: usize, end: usize) -> bool {
        const BEFORE: usize = 4;
        const AFTER: usize = 3;
        if start < at || !self.rules.attributions.iter().any(|a| *a == window[start..end]) {
            return false;
        }
        let Some(comma) = window[at..start].rfind(',').map(|c| at + c) else { return false };
        window[comma + 1..start].split_whitespace().count() <= BEFORE
            && window[end..].split_whitespace().count() <= AFTER
    }

    /// Whether the words before a future marker tell a plan in the past: "were due to" before
    /// "meet", "was set to" before "open" (`past_plans`).
    fn a_past_plan(&self, before: &str) -> bool {
        const BETWEEN: usize = 3;
        let plans = &self.rules.past_plans;
        let mut words = before.split_whitespace().rev();
        for _ in 0..=BETWEEN {
            let Some(word) = words.next() else { return false };
            if plans.copulas.iter().any(|c| c == word) {
                return true;
            }
            if !plans.between.iter().any(|b| b == word) {
                return false;
            }
        }
        false
    }

    /// [`Tagger::tense`], reading at most `back` bytes before `position` and `ahead` after it,
    /// and a closing attribution (", aides said.") only when `attributions` is set.
    /// The tense the verbs around `position` tell, and whether it is only a verb's after a
    /// following "and", none standing before.
    fn tense_within(
        &self,
        text: &str,
        position: usize,
        back: usize,
        ahead: usize,
        attributions: bool,
    ) -> (Tense, bool) {
        let (sentence_start, window_start, window_end) = self.sentence_window(text, position, back, ahead);
        let window = text[window_start..window_end].to_ascii_lowercase();
        let at = position - window_start;
        let before = window[..at].trim_end();
        // "by February", "until Tuesday": a deadline ahead, unless the past perfect puts it
        // behind ("had filed by Wednesday").
        // ("ran until 26 August", "lasted until June": a stretch in the past ends there.)
        let stretch_past =
            before.strip_suffix("until").or_else(|| before.strip_suffix("till")).is_some_and(|rest| {
                let verb = rest.split_whitespace().next_back().unwrap_or("");
                // ("postponed until", "delayed until" put a date ahead.)
                let puts_ahead =
                    self.rules.future_markers.iter().any(|m| m.starts_with(verb) && m.contains(" until"));
                !puts_ahead && (self.rules.past_markers.iter().any(|m| m == verb) || verb.ends_with("ed"))
            });
        if self.rules.deadline_markers.iter().any(|m| ends_with_word(before, m))
            && word_positions(&window, "had").next().is_none()
            && !stretch_past
        {
            return (Tense::Future, false);
        }
        // The governing verb usually comes first ("met on Tuesday"); words after the
        // expression count at double distance.
        let distance =
            |start: usize, end: usize| if end <= at { at - end } else { 2 * start.saturating_sub(at) };
        // (distance, start, end, tense) of every marker in the window.
        let mut markers: Vec<(usize, usize, usize, Tense)> = Vec::new();
        // Every marker's whole-word occurrences, future markers first, each marker's in text
        // order: ties between equally near markers go to the first listed.
        let futures = self.rules.future_markers.len();
        let mut found: Vec<(usize, usize, usize)> = self.tense_markers_in(&window).collect();
        found.sort_unstable();
        for (index, start, end) in found {
            let tense = if index < futures { Tense::Future } else { Tense::Past };
            // "took 50.8 percent of the vote on Sunday": a verb of the future markers after a
            // determiner is a noun, and tells no tense.
            if tense == Tense::Future
                && self.rules.nouns_too.iter().any(|n| *n == window[start..end])
                && window[..start].split_whitespace().next_back().is_some_and(|p| {
                    self.rules.determiners.iter().chain(&self.rules.noun_modifiers).any(|d| d == p)
                })
            {
                continue;
            }
            // "agreed at the summit of 21 and 22 March, would have run out tomorrow": what
            // would have been is past, or never was; no time ahead.
            if &window[start..end] == "would" && window[end..].split_whitespace().next() == Some("have") {
                continue;
            }
            markers.push((distance(start, end), start, end, tense));
        }
        // Regular past forms end in "-ed"; the irregular ones news uses most are data.
        // After a determiner such a form is an adjective, not a verb: "on a still
        // unspecified date", "the revised figures".
        let mut offset = 0;
        let mut after_determiner = false;
        // Split by bytes, so that offsets count bytes: a no-break space is two of them.
        for word in window.as_bytes().split(|b| !b.is_ascii_alphabetic()) {
            let word = std::str::from_utf8(word).unwrap_or_default();
            if word.is_empty() {
                offset += 1;
                continue;
            }
            // An adverb may stand between: "a still unspecified date", "the newly elected".
            // (After "that" a past form is a relative clause's verb: "talks that opened".)
            let adjective = after_determiner;
            after_determiner = (self.rules.determiners.iter().any(|d| d == word) && word != "that")
                || (after_determiner && (word == "still" || word.ends_with("ly")));
            if word.len() > 4
                && word.ends_with("ed")
                && !adjective
                && !self.rules.not_past.iter().any(|w| w == word)
                && !markers.iter().any(|m| m.1 == offset)
            {
                markers.push((
                    distance(offset, offset + word.len()),
                    offset,
                    offset + word.len(),
                    Tense::Past,
                ));
            }
            offset += word.len() + 1;
        }
        // "their allies led by Russia join them on Tuesday": a past participle before "by"
        // with no auxiliary modifies a noun. Its own phrase may hold the date, which is then
        // its: "the no-fly zone voted by the Security Council on Thursday".
        markers.retain(|m| {
            m.3 == Tense::Future
                || !self.modifies_a_noun(&window, m.1, m.2)
                || text.get(window_start + m.2..position).is_some_and(|phrase| self.agent_phrase(phrase))
        });
        // "was received at the White House on Monday; he flies home tonight": a verb past a
        // semicolon is another clause's, when the date's own clause has one.
        if markers.iter().any(|m| m.2 <= at) {
            markers.retain(|m| m.1 < at || !window[at..m.1].contains(';'));
        }
        // "Kalchev, who spoke with the President on Friday, will travel": a date in a
        // relative clause with a verb of its own is the clause's, whatever follows it.
        if let Some(close) =
            self.relative_clause_end(text, sentence_start, window_start, at, &window, &markers)
        {
            markers.retain(|m| m.1 < close);
        }
        if !attributions {
            // The window reaches the sentence's end.
            let closes =
                text[window_end..].chars().next().is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n'));
            markers.retain(|m| !(closes && self.closing_attribution(&window, at, m.1, m.2)));
        }
        // A verb before the expression governs it; one after a following "and" is the next
        // clause's: "planned a rally on Saturday and were planning to drive" looks ahead.
        let and_after = word_positions(&window[at..], "and").next().map(|and| at + and);
        if markers.iter().any(|m| m.2 <= at)
            && let Some(and) = and_after
        {
            markers.retain(|m| m.1 <= at || m.1 < and);
        }
        // "told Aksoy in a phone call on Tuesday that Russia would not back down": a clause
        // of what was said, after the expression, has a tense of its own. (A verb right after
        // "that" is a relative clause's: "the talks on Tuesday that will decide".)
        if markers.iter().any(|m| m.1 > at)
            && let Some(that) = word_positions(&window[at..], "that").next()
        {
            let that = at + that;
            let next = window.len() - window[that + "that".len()..].trim_start().len();
            if !markers.iter().any(|m| m.1 == next) {
                markers.retain(|m| m.1 < that);
            }
        }
        let Some(&(_, start, end, tense)) = markers.iter().min_by_key(|m| (m.0, m.1)) else {
            return (Tense::Unknown, false);
        };
        let after_and = and_after.is_some_and(|and| markers.iter().all(|m| m.1 > and));
        if tense == Tense::Future
            && start >= at
            && self.rules.past_acts.iter().any(|a| window[start..end] == **a)
        {
            return (Tense::Past, after_and);
        }
        if tense == Tense::Past
            && markers.iter().any(|m| m.3 == Tense::Future && m.2 <= start && start - m.2 <= 12)
        {
            return (Tense::Future, after_and);
        }
        // The auxiliary of a participle at the window's edge may lie just outside it: "will
        // be named commander of ... for a mission in December".
        if tense == Tense::Past && start <= 12 && window_start > sentence_start {
            let from =
                text.floor_char_boundary((window_start + start).saturating_sub(16).max(sentence_start));
            let before = text[from..window_start + start].to_ascii_lowercase();
            let futures = self.rules.future_markers.len();
            if self
                .tense_markers_in(&before)
                .any(|(index, _, end)| index < futures && before.len() - end <= 12)
            {
                return (Tense::Future, after_and);
            }
        }
        // "had been scheduled to": a plan now past; so is "were due to meet", "was set to".
        if tense == Tense::Future
            && (word_positions(&window, "had").any(|h| h + 3 <= start && start - (h + 3) <= 12)
                || self.a_past_plan(&window[..start]))
        {
            return (Tense::Past, after_and);
        }
        (tense, after_and)
    }
}

/// How far back (in bytes) a month named before "on the 12th" still is the month at hand.
const MONTH_AT_HAND_REACH: usize = 250;

/// The days in a week: "Tuesday week" is the coming Tuesday and this many days more.
const WEEK_DAYS: i64 = 7;

/// How far back (in bytes) a date named with its year sets the year of a month or day after it.
const DATED_REACH: usize = 400;

/// How many bytes of words ("In mid-", "Between") may stand before a date that opens its
/// sentence as a story's step.
const STORY_OPENING_REACH: usize = 12;

/// How long (in bytes) the words of a month and year opening a sentence may be ("In early
/// May 1998").
const MONTH_OPENING_REACH: usize = 24;

/// The words before a year named as the time a story went back to ("in 1993", "during the
/// summer of 1974"), unlike one that starts or ends a stretch ("since 1980", "until 1994").
const STORY_TIME_WORDS: &[&str] = &["in", "during", "on"];

/// How many paragraph starts lie in `between`, the text from one expression to another
/// (the one that opens its paragraph counts).
fn paragraphs_crossed(between: &str) -> usize {
    let mut segments = between.split('\n').skip(1).peekable();
    let mut crossed = 0;
    while let Some(segment) = segments.next() {
        if !segment.trim().is_empty() || segments.peek().is_none() {
            crossed += 1;
        }
    }
    crossed
}

/// The year of the last absolute date the narrative named.
fn narrative_year(ctx: &Context) -> Option<i64> {
    ctx.narrative_value.as_deref()?.get(..4)?.parse().ok()
}

/// How far (in bytes) from a date the past perfect of its sentence is looked for.
const PAST_PERFECT_REACH: usize = 120;

/// `text` after its first word, if that word is `word` (in any case) followed by white space.
pub(crate) fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let head = text.get(..word.len())?;
    let rest = &text[word.len()..];
    (head.eq_ignore_ascii_case(word) && rest.starts_with(char::is_whitespace)).then_some(rest)
}

/// The year and month of a date value at the month's or the day's granularity.
fn year_and_month(value: &str) -> Option<(i64, i64)> {
    if !(value.len() == 7 || value.len() == 10) || value.as_bytes().get(4) != Some(&b'-') {
        return None;
    }
    let month: i64 = value.get(5..7)?.parse().ok()?;
    Some((value.get(..4)?.parse().ok()?, month)).filter(|_| (1..=12).contains(&month))
}

/// Where `word` occurs in `haystack` as a whole word (or phrase).
fn word_positions<'a>(haystack: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    haystack
        .match_indices(word)
        .map(|(i, _)| i)
        .filter(move |&i| is_whole_word(haystack, word, i, i + word.len()))
}

/// Whether `word`, found at `start..end` of `haystack`, stands as a word of its own.
/// Whether `text` ends with `word` as a word of its own: "by" in "filed by", not "nearby".
fn ends_with_word(text: &str, word: &str) -> bool {
    text.ends_with(word) && !text[..text.len() - word.len()].ends_with(char::is_alphanumeric)
}

fn is_whole_word(haystack: &str, word: &str, start: usize, end: usize) -> bool {
    let before = haystack[..start].chars().next_back();
    let after = haystack[end..].chars().next();
    // "'ll" is written onto its subject: "they'll".
    (word.starts_with('\'') || !before.is_some_and(char::is_alphanumeric))
        && !after.is_some_and(char::is_alphanumeric)
}

/// Where the run of ASCII bytes `in_run` ends `text` with starts (`text.len()` for none): a
/// character boundary even when a multi-byte character, a no-break space, stands before it.
fn ascii_run_start(text: &str, in_run: impl Fn(&u8) -> bool) -> usize {
    text.len() - text.bytes().rev().take_while(|b| in_run(b)).count()
}

fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
}

/// "The year" in "the year-ago quarter" is part of a hyphenated word that the match cut.
/// Whether `text` holds a paragraph break: a line with nothing but blanks between two others.
fn crosses_paragraph(text: &str) -> bool {
    let mut lines = text.split('\n');
    lines.next();
    let mut blank = false;
    for line in lines {
        if blank {
            return true;
        }
        blank = line.trim().is_empty();
    }
    false
}

fn inside_compound(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    let letter_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
    bytes.get(end) == Some(&b'-') && letter_at(end + 1)
}

/// Months and weekdays are proper names in English: "may" and "march" in lower case are verbs.
fn names_capitalised(caps: &Groups) -> bool {
    ["month", "weekday"].iter().all(|name| {
        caps.name(name).is_none_or(|m| m.as_str().chars().next().is_some_and(|c| c.is_uppercase()))
    })
}

/// How a dateline opens: a place in capitals, an agency in brackets, a comma. (The place's
/// length is checked after the match, by [`dateline_in`]: a bounded repetition of a capital
/// class made the automaton forty times larger, and its building cost more than tagging an
/// article.)
const DATELINE_OPENING: &str = r"(?m)^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]+)(?:\([^)]*\))?,\s+";

/// The longest place name a dateline opens with ("RIO DE JANEIRO"), in bytes.
const DATELINE_PLACE_BYTES: usize = 41;

/// How far into an article its dateline may stand, in bytes.
const DATELINE_HEAD_BYTES: usize = 600;

/// A dateline pattern: [`DATELINE_OPENING`] and what follows it, built once in `cell`.
fn dateline_pattern(
    cell: &'static std::sync::OnceLock<Option<regex::Regex>>,
    date: &str,
) -> Option<&'static regex::Regex> {
    cell.get_or_init(|| regex::Regex::new(&format!("{DATELINE_OPENING}{date}")).ok()).as_ref()
}

/// The first match of a dateline pattern in the head of `text`, searched from byte `from`,
/// when its place is no longer than a place name: where it starts, and its groups.
fn dateline_in<'t>(regex: &regex::Regex, text: &'t str, from: usize) -> Option<(usize, regex::Captures<'t>)> {
    let head = &text[..text.floor_char_boundary(DATELINE_HEAD_BYTES)];
    let at = regex.find_at(head, from.min(head.len()))?.start();
    let caps = regex.captures(&head[at..])?;
    caps.name("place").is_some_and(|p| p.len() <= DATELINE_PLACE_BYTES).then_some((at, caps))
}

/// The date in an article's dateline ("PARIS, March 9, 2022 (Reuters) -"), when it gives the
/// year: a dateline without a year ("MOSCOW, May 2 -") cannot date the article by itself, and
/// guessing one would silently misdate every relative expression.
pub fn find_dateline(text: &str) -> Option<Date> {
    static DATELINE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let regex =
        dateline_pattern(&DATELINE, r"(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})")?;
    let (_, caps) = dateline_in(regex, text, 0)?;
    let month = Tagger::english().rules.lexicon("month").number(caps.name("month")?.as_str())?;
    let day: i64 = caps.name("day")?.as_str().parse().ok()?;
    let year: i64 = caps.name("year")?.as_str().parse().ok()?;
    calendar::day(year, month, day)
}

/// How many days before the article's date its dateline may date the story: a paper's
/// dateline is often the day before the paper's date, and a weekly's a few days.
const DATELINE_DAYS_BEFORE: i32 = 3;

/// A dateline at the head of the story that dates it a few days before the article's date
/// `dct` ("NEW DELHI, Feb. 19. The Prime Minister will board the bus tomorrow" in the paper
/// of Feb. 20): where the dateline starts and its day. What the story says from there on
/// ("yesterday", "tomorrow", "this morning") counts from the dateline's day, not the
/// paper's; a headline above it keeps the paper's. `None` for a dateline of the article's own
/// day, one after it or long before it, and for none.
pub fn dateline_before(text: &str, dct: Date) -> Option<(usize, Date)> {
    static DATELINE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let regex = dateline_pattern(
        &DATELINE,
        r"(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2,8})|(?P<weekday>[A-Z][a-z]{2,8}))\b",
    )?;
    // Most articles have no such dateline, and most lines open with a capital and a small
    // letter: the pattern is tried only from a line that opens with two capitals.
    let mut line_start = 0;
    let from =
        text[..text.floor_char_boundary(DATELINE_HEAD_BYTES)].split_inclusive('\n').find_map(|line| {
            let at = line_start;
            line_start += line.len();
            let mut chars = line.chars();
            (chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_uppercase))
                .then_some(at)
        })?;
    let (at, caps) = dateline_in(regex, text, from)?;
    // "WASHINGTON, Tuesday night.": the last such day before the paper's. (A word that is no
    // weekday, "PARIS, Reuters", dates nothing, as before.)
    if let Some(weekday) = caps.name("weekday") {
        let weekday = Tagger::english().rules.lexicon("weekday").number(weekday.as_str())?;
        let paper = i64::from(dct.weekday().to_monday_one_offset());
        let before = (paper - weekday).rem_euclid(7);
        let date = dct.checked_sub(jiff::Span::new().days(before)).ok()?;
        return (1..=i64::from(DATELINE_DAYS_BEFORE)).contains(&before).then_some((at, date));
    }
    let month = caps.name("month").or_else(|| caps.name("month2"))?.as_str();
    let month = Tagger::english().rules.lexicon("month").number(month)?;
    let day: i64 = caps.name("day").or_else(|| caps.name("day2"))?.as_str().parse().ok()?;
    let year = year_over(dct, month, day);
    let date = calendar::day(year, month, day)?;
    let before = (dct - date).get_days();
    (1..=DATELINE_DAYS_BEFORE).contains(&before).then_some((at, date))
}

/// The parts of an article that count from another day than its reference date, `dct`:
/// the story under a dateline of the day before ([`dateline_before`]), a diary's entries
/// ([`diary_days`]) and a live blog's entries after midnight ([`live_blog_days`]). In order; the later part wins where they
/// overlap.
pub fn local_days(text: &str, dct: Date) -> Vec<(Range<usize>, Date)> {
    let mut parts = diary_days(text, dct);
    parts.extend(live_blog_days(text, dct));
    if let Some((at, day)) = dateline_before(text, dct) {
        parts.insert(0, (at..text.len(), day));
    }
    parts
}

/// The entries of a diary: paragraphs that open on their day, weekday first ("Tuesday 31
/// October. The three presidents flew in today", "Monday, July 4: Members returned", or a
/// line of its own, "FRIDAY 16 NOVEMBER"), at
/// least two of them. Each part runs from its entry to the next, and counts from its day:
/// the entry's "today" and "this morning" are that day. A day without a year is of the year
/// near `dct` whose calendar has that weekday on it; a day whose weekday no such year has
/// is no entry.
pub fn diary_days(text: &str, dct: Date) -> Vec<(Range<usize>, Date)> {
    const ENTRIES: usize = 2;
    static ENTRY: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let Some(regex) = ENTRY
        .get_or_init(|| {
            regex::Regex::new(
                r"^(?P<weekday>[A-Z][a-z]{5,8}|[A-Z]{6,9}),?\s+(?:(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]{2,8}|[A-Z]{3,9})|(?P<month2>[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+(?P<day2>\d{1,2}))(?:,?\s+(?P<year>\d{4}))?(?:\s*(?P<stop>[.:\-–—])|[ \t]*\r?\n)",
            )
            .ok()
        })
        .as_ref()
    else {
        return Vec::new();
    };
    let lexicon = &Tagger::english().rules;
    let entry_day = |line: &str| -> Option<Date> {
        let caps = regex.captures(line)?;
        let weekday = lexicon.lexicon("weekday").number(caps.name("weekday")?.as_str())?;
        let month = caps.name("month").or_else(|| caps.name("month2"))?.as_str();
        let month = lexicon.lexicon("month").number(month)?;
        let day: i64 = caps.name("day").or_else(|| caps.name("day2"))?.as_str().parse().ok()?;
        let on_its_weekday = |year: i64| calendar::day_on_weekday(year, month, day, weekday);
        let date = match caps.name("year") {
            Some(year) => on_its_weekday(year.as_str().parse().ok()?),
            None => {
                let y = i64::from(dct.year());
                [y, y - 1, y + 1].into_iter().find_map(on_its_weekday)
            }
        }?;
        // (A day on a line of its own after the article's is an agenda's, which tells what
        // is to come: "Wednesday 13 July / Commissioner Dvorak travels to Niamey".)
        (caps.name("stop").is_some() || date <= dct).then_some(date)
    };
    let mut entries: Vec<(usize, Date)> = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let entry = line.trim_start();
        // (Most lines open on no weekday: the pattern is tried only where one may stand.)
        if entry.starts_with(char::is_uppercase)
            && entry.split([' ', ',']).next().is_some_and(|w| lexicon.lexicon("weekday").number(w).is_some())
            && let Some(day) = entry_day(entry)
        {
            entries.push((line_start + line.len() - entry.len(), day));
        }
        line_start += line.len();
    }
    if entries.len() < ENTRIES {
        return Vec::new();
    }
    let ends = entries.iter().skip(1).map(|e| e.0).chain(std::iter::once(text.len()));
    entries.iter().zip(ends).map(|(&(start, day), end)| (start..end, day)).collect()
}

/// The minutes past midnight of the clock time a live blog's entry opens with, before a
/// dash: "14:20 - ", "9.05 GMT – ", or a wire's "0610 GMT - " (four digits only with a zone:
/// "1998 - The two leaders met" is a chronology's year).
pub(crate) fn live_entry_time(line: &str) -> Option<u32> {
    const ZONE_LETTERS: usize = 4;
    let (hours, minutes, mut rest, zoned) = match clock_time_length(line) {
        Some(length) => (&line[..length - 3], &line[length - 2..length], &line[length..], false),
        None => {
            let digits = line.get(..4).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
            (&digits[..2], &digits[2..], &line[4..], true)
        }
    };
    // An optional time zone: "GMT", "CET", "ET".
    let zone = rest.strip_prefix(' ').map(|z| (z, z.bytes().take_while(u8::is_ascii_uppercase).count()));
    match zone {
        Some((z, letters)) if (2..=ZONE_LETTERS).contains(&letters) => rest = &z[letters..],
        _ if zoned => return None,
        _ => {}
    }
    let dashed =
        ["- ", "– ", "— "].iter().any(|dash| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(dash)));
    let (hours, minutes): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (dashed && hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

/// The length of the clock time `text` opens with, hours and minutes: "14:20", "9.30".
pub(crate) fn clock_time_length(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let hours = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let minutes = bytes.get(hours + 1..hours + 3)?;
    ((1..=2).contains(&hours)
        && matches!(bytes[hours], b':' | b'.')
        && minutes.iter().all(u8::is_ascii_digit))
    .then_some(hours + 3)
}

/// The parts of a live blog that are of a later day than its page, `dct`: each time its
/// entries' clock goes back from evening to morning ("23:55 - ... 00:40 - "), midnight has
/// passed. The oldest entry, first or last on the page, is of the page's day. Each part runs
/// from its first entry to the next entry of another day, or to the end of the text.
pub fn live_blog_days(text: &str, dct: Date) -> Vec<(Range<usize>, Date)> {
    // Fewer entries are no blog; a clock that goes back less is an entry out of order.
    const ENTRIES: usize = 3;
    const MIDNIGHT_DROP_MINUTES: u32 = 12 * 60;
    let mut entries: Vec<(usize, u32)> = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let entry = line.trim_start();
        if let Some(minutes) = live_entry_time(entry) {
            entries.push((line_start + line.len() - entry.len(), minutes));
        }
        line_start += line.len();
    }
    if entries.len() < ENTRIES {
        return Vec::new();
    }
    let falls = entries.windows(2).filter(|w| w[1].1 < w[0].1).count();
    let newest_first = falls * 2 > entries.len() - 1;
    let mut days = vec![0; entries.len()];
    let mut order: Vec<usize> = (0..entries.len()).collect();
    if newest_first {
        order.reverse();
    }
    let mut day = 0;
    for pair in order.windows(2) {
        if entries[pair[0]].1.saturating_sub(entries[pair[1]].1) > MIDNIGHT_DROP_MINUTES {
            day += 1;
        }
        days[pair[1]] = day;
    }
    let mut parts: Vec<(Range<usize>, Date)> = Vec::new();
    for (i, &(start, _)) in entries.iter().enumerate() {
        let end = entries.get(i + 1).map_or(text.len(), |e| e.0);
        let Ok(date) = dct.checked_add(jiff::Span::new().days(days[i])) else { continue };
        match parts.last_mut() {
            Some((range, last)) if *last == date && range.end == start => range.end = end,
            _ if days[i] > 0 => parts.push((start..end, date)),
            _ => {}
        }
    }
    parts
}

/// Whether the weekday at `start..end` heads its paragraph alone, or with other weekdays
/// ("Monday. The ...", "Tuesday and Wednesday. The ...", "Friday: ...", "Monday" on a line
/// of its own): only weekdays and "and" before it on its line, and after it up to a full stop,
/// a colon or the line's end.
fn weekday_heading(text: &str, start: usize, end: usize, weekdays: &rules::Lexicon) -> bool {
    const HEADING_BYTES: usize = 40;
    let a_weekday_or_and = |w: &str| {
        let w = w.trim_end_matches(',');
        w.eq_ignore_ascii_case("and") || weekdays.number(w).is_some()
    };
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if start - line_start > HEADING_BYTES || !text[line_start..start].split_whitespace().all(a_weekday_or_and)
    {
        return false;
    }
    let rest = &text[end..text.floor_char_boundary((end + HEADING_BYTES).min(text.len()))];
    // ("Monday\nThe US Secretary of State ...": alone on its line, with no stop.)
    if rest.split_once('\n').is_some_and(|(line, _)| line.trim().is_empty()) {
        return true;
    }
    let Some(stop) = rest.find(['.', ':']) else { return false };
    rest[..stop].split_whitespace().all(a_weekday_or_and)
        && rest[stop + 1..].starts_with(|c: char| c.is_whitespace())
}

/// The tense that decides which way a bare weekday or month points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// The day a weekday name refers to: in a past-tense sentence the last such day on or before
/// the reference date, in a future one the next on or after it; "last"/"next" force the way.
/// Without a tense it is the day before: news reports what happened.
fn resolve_weekday(r: Date, weekday: Weekday, direction: Option<i64>, tense: Tense) -> Option<Date> {
    let before = || r.nth_weekday(-1, weekday).ok();
    let after = || r.nth_weekday(1, weekday).ok();
    match (direction, tense) {
        (Some(-1), _) => before(),
        (Some(1), _) => after(),
        _ if r.weekday() == weekday => Some(r),
        (_, Tense::Future) => after(),
        (_, Tense::Past | Tense::Unknown) => before(),
    }
}

/// The period of `year` that "the first nine months", "the latest nine months" or "the
/// first six months" of a results story name: the year when no finer value holds the months
/// ("1989"), else the half or quarter ("1989-H1"). Not "the past six months", which ends
/// today, nor "the year-earlier nine months"; "the six months ended Aug. 12" is no half.
fn months_of_the_year(expression: &str, value: &str, year: &str) -> Option<String> {
    let months: u32 = value.strip_prefix('P')?.strip_suffix('M')?.parse().ok()?;
    if !(2..12).contains(&months) {
        return None;
    }
    let lower = expression.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (first, count) = match words.as_slice() {
        ["the", "first", count, "months"] => (true, count),
        ["the", "latest", count, "months"] | ["the", count, "months"] => (false, count),
        _ => return None,
    };
    if count.starts_with("year-") {
        return None;
    }
    match (months, first) {
        (3, true) => Some(format!("{year}-Q1")),
        (6, true) => Some(format!("{year}-H1")),
        (3 | 6, false) => None,
        _ => Some(year.to_owned()),
    }
}

/// "1989-Q3" shifted by -1 year is "1988-Q3"; values without a leading year give `None`.
fn shift_year(value: &str, years: i64) -> Option<String> {
    let year: i64 = value.get(..4)?.parse().ok()?;
    let rest = &value[4..];
    if !(rest.is_empty() || rest.starts_with('-')) {
        return None;
    }
    let shifted = year + years;
    if !(0..=9999).contains(&shifted) {
        return None;
    }
    // A day that does not exist a year on (29 February) falls back to its month.
    if rest.len() == 6 && calendar::span_of(&format!("{shifted:04}{rest}")).is_none() {
        return Some(format!("{shifted:04}{}", &rest[..3]));
    }
    Some(format!("{shifted:04}{rest}"))
}

/// "World Today", "High Noon", ABC's "This Week", CBS's "60 Minutes": a word English writes
/// in lower case ("today", "noon", "week") capitalised inside a sentence is part of a name,
/// where it follows another word or is not the expression's first. A headline in title case
/// ("Talks Resume This Week") is not read that way.
fn is_a_name(line: &str, caps: &Groups) -> bool {
    let Some(expression) = caps.get(0) else { return false };
    let capitalised_inside =
        ["relday", "unit", "clockword"].iter().filter_map(|&name| caps.name(name)).any(|word| {
            let capitalised = word.as_str().starts_with(|c: char| c.is_ascii_uppercase());
            let before = line[..word.start()].trim_end_matches(' ').chars().next_back();
            capitalised && (word.start() > expression.start() || before.is_some_and(char::is_alphanumeric))
        });
    if !capitalised_inside {
        return false;
    }
    // Running text has lower-case words of some length near the expression; a title-case
    // headline has none. Only the neighbourhood is read, so a long line costs no more.
    let from = line.floor_char_boundary(expression.start().saturating_sub(100));
    let to = line.floor_char_boundary((expression.end() + 100).min(line.len()));
    line[from..to]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= 4 && w.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// A year in digits ("1996") or spelt out ("nineteen ninety-six", "two thousand and one").
/// The year an expression names ("Christmas 1998"), or else the reference date's moved by the
/// word of direction it names ("Christmas Day last year", "last year's quarter").
fn year_named_or_moved(
    year: Option<&str>,
    direction: Option<&str>,
    reference: Option<Date>,
    numbers: &rules::Lexicon,
    directions: &rules::Lexicon,
) -> Option<i64> {
    year.and_then(|y| parse_year(y, numbers))
        .or_else(|| Some(i64::from(reference?.year()) + directions.number(direction?)?))
}

fn parse_year(text: &str, numbers: &rules::Lexicon) -> Option<i64> {
    if let Ok(year) = text.parse() {
        return Some(year);
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && *w != "and")
        .collect();
    let (head, rest) = words.split_first()?;
    let head = numbers.number(head)?;
    let (scale, rest) = match rest.split_first() {
        Some((w, rest)) if w.eq_ignore_ascii_case("thousand") => (1000, rest),
        _ => (100, rest),
    };
    let tail: i64 = rest.iter().map(|w| numbers.number(w)).sum::<Option<i64>>()?;
    Some(head * scale + tail)
}

/// "1989-Q3".
fn is_quarter(value: &str) -> bool {
    value.len() == 7 && value.as_bytes()[5] == b'Q'
}

/// The day numbered `day` in a month around `r` that falls on `weekday`, the nearest to `r`:
/// the same weekday and number come back only months apart, so half a year either way holds
/// one that is meant.
fn day_on_weekday(r: Date, day: i64, weekday: Weekday) -> Option<Date> {
    let here = i64::from(r.year()) * 12 + i64::from(r.month()) - 1;
    (-6..=6)
        .filter_map(|shift: i64| {
            let months = here + shift;
            calendar::day(months.div_euclid(12), months.rem_euclid(12) + 1, day)
        })
        .filter(|d| d.weekday() == weekday)
        .min_by_key(|d| (*d - r).get_days().abs())
}

fn weekday_of(n: i64) -> Option<Weekday> {
    Weekday::from_monday_one_offset(i8::try_from(n).ok()?).ok()
}

fn ordinal_number(word: &str, lexicon: &rules::Lexicon) -> Option<i64> {
    lexicon.number(word).or_else(|| word.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse().ok())
}

/// The year a month/day without a year falls in: in a past-tense sentence a date well after
/// the reference date is last year's; in a future one, a date before it is next year's.
/// Without a tense it reads as past: news reports what happened.
fn resolve_year(reference: Date, month: i64, day: i64, tense: Tense) -> i64 {
    let y = i64::from(reference.year());
    let later = (month, day) > (i64::from(reference.month()), i64::from(reference.day()));
    let month_diff = month - i64::from(reference.month());
    match tense {
        Tense::Future if !later && month_diff < 0 => y + 1,
        Tense::Future => y,
        // A date up to a quarter ahead in a past-tense sentence is still this year (a date
        // announced: "payable Dec. 15", "said it will vote on March 3"); further ahead is
        // last year's.
        Tense::Past | Tense::Unknown if later && month_diff > 3 => y - 1,
        Tense::Past | Tense::Unknown => y,
    }
}

/// The year of the last `month`/`day` on or before the reference date.
fn year_over(reference: Date, month: i64, day: i64) -> i64 {
    let y = i64::from(reference.year());
    if (month, day) > (i64::from(reference.month()), i64::from(reference.day())) { y - 1 } else { y }
}

/// The value of "this/last/next <unit>" relative to the reference date.
fn unit_value(r: Date, unit: &str, direction: i64) -> Option<String> {
    Some(match unit {
        "D" => calendar::add_days(r, direction)?.to_string(),
        "W" => calendar::iso_week_value(calendar::add_days(r, 7 * direction)?),
        "WE" => format!("{}-WE", calendar::iso_week_value(calendar::add_days(r, 7 * direction)?)),
        "M" => {
            let d = calendar::add_months(r.first_of_month(), direction)?;
            format!("{:04}-{:02}", d.year(), d.month())
        }
        "Y" => format!("{:04}", i64::from(r.year()) + direction),
        "Q" => {
            let index = i64::from(r.year()) * 4 + (i64::from(r.month()) - 1) / 3 + direction;
            format!("{:04}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
        }
        "DE" => format!("{:03}", (i64::from(r.year()) / 10) + direction),
        "CE" => format!("{:02}", (i64::from(r.year()) / 100) + direction),
        _ => return None,
    })
}

/// The value of "<count> <unit> ago/later" from an anchor, at the unit's granularity.
fn offset_value(anchor: Date, unit: &str, count: i64) -> Option<String> {
    Some(match unit {
        "D" => calendar::add_days(anchor, count)?.to_string(),
        "W" => calendar::iso_week_value(calendar::add_days(anchor, 7 * count)?),
        "FN" => calendar::iso_week_value(calendar::add_days(anchor, 14 * count)?),
        "M" => {
            let d = calendar::add_months(anchor.first_of_month(), count)?;
            format!("{:04}-{:02}", d.year(), d.month())
        }
        "Y" => format!("{:04}", i64::from(anchor.year()) + count),
        "DE" => format!("{:03}", (i64::from(anchor.year()) + 10 * count) / 10),
        _ => return None,
    })
}

/// "P3D", "PT5H", "PXY": a TIMEX3 duration.
fn duration_value(count: &str, unit: &str) -> Option<String> {
    Some(match unit {
        "H" => format!("PT{count}H"),
        "MIN" => format!("PT{count}M"),
        "S" => format!("PT{count}S"),
        // Decades and quarters are written in years and months, counted or not: "two
        // decades" is P20Y, "decades" PXY, "recent quarters" PXM.
        "DE" => match count.parse::<i64>() {
            Ok(n) => format!("P{}Y", n * 10),
            Err(_) => format!("P{count}Y"),
        },
        "CE" => match count.parse::<i64>() {
            Ok(n) => format!("P{}Y", n * 100),
            Err(_) => format!("P{count}CE"),
        },
        "Q" => match count.parse::<i64>() {
            Ok(n) => format!("P{}M", n * 3),
            Err(_) => format!("P{count}M"),
        },
        "WE" => format!("P{count}WE"),
        // A fortnight is two weeks.
        "FN" => match count.parse::<i64>() {
            Ok(n) => format!("P{}W", n * 2),
            Err(_) => format!("P{count}W"),
        },
        "D" | "W" | "M" | "Y" => format!("P{count}{unit}"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn values(text: &str, reference: Date) -> Vec<(String, String)> {
        Tagger::english()
            .tag(text, Some(reference))
            .into_iter()
            .map(|t| (text[t.start..t.end].to_owned(), t.value))
            .collect()
    }

    fn value_of(text: &str, reference: Date, expression: &str) -> String {
        values(text, reference)
            .into_iter()
            .find(|(t, _)| t == expression)
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("{expression:?} not tagged in {text:?}: {:?}", values(text, reference)))
    }

    /// The value of the first expression tagged as `expression` among `found`.
    fn value_among<'a>(found: &'a [(String, String)], expression: &str) -> Option<&'a str> {
        found.iter().find(|(e, _)| e == expression).map(|(_, v)| v.as_str())
    }

    const SEED_DAY: fn() -> Date = || date(2017, 5, 2);

    #[test]
    fn a_number_a_noun_names_is_no_year() {
        let r = date(2012, 9, 28);
        let text =
            "Talks convened under Resolution 2046 of the Security Council; Flight 1549 landed in 1990.";
        assert_eq!(values(text, r), vec![("1990".to_owned(), "1990".to_owned())]);
        // After a year word ("of", "in", "since") a number is still a year.
        assert_eq!(value_of("The resolution of 1990 stood.", r, "1990"), "1990");
    }

    #[test]
    fn groups_kept_from_the_line_are_those_the_expression_alone_gives() {
        let tagger = Tagger::english();
        let text = format!(
            "{}\nOn MONDAY_, March 3, 1998_x at 3:07 P.M. EST; _Tuesday; last year's quarter-end.\n\
             In the 1990s, twenty-one days later, nineteen ninety-six, mid-1996 and 05/02/2017.\n\
             It saves $2 million a year, as soon as possible. The week of March 6 (Friday).",
            crate::SAMPLE_ARTICLE
        );
        let candidates = tagger.candidates(&text);
        let kept = candidates.iter().filter(|c| c.found.is_some()).count();
        let context_free = tagger.rules.patterns.iter().filter(|p| p.word_looks_only).count();
        assert!(
            kept >= 20 && kept < candidates.len(),
            "{kept} of {} kept; {context_free} of {} patterns",
            candidates.len(),
            tagger.rules.patterns.len()
        );
        for candidate in &candidates {
            let Some((caps, base)) = &candidate.found else { continue };
            let pattern = &tagger.rules.patterns[candidate.pattern];
            let piece = &text[candidate.start..candidate.end];
            let alone = Groups::search(pattern, piece, &Input::new(piece)).expect("matches alone");
            let spans = |groups: &Groups, base: usize| -> Vec<Option<(usize, usize)>> {
                groups.caps.iter().map(|m| m.map(|m| (base + m.start, base + m.end))).collect()
            };
            assert_eq!(spans(caps, *base), spans(&alone, candidate.start), "{}", pattern.name);
        }
    }

    #[test]
    fn earlier_and_later_this_unit_are_the_part_before_or_after_the_reference_date() {
        let span = |text: &str, reference: Date| {
            let t = Tagger::english().tag(text, Some(reference)).into_iter().next().expect("tagged");
            let s = t.span.expect("span");
            (t.value, s.start.to_string(), s.end.to_string())
        };
        let r = date(2024, 3, 14);
        let s = |v: &str, a: &str, b: &str| (v.to_owned(), a.to_owned(), b.to_owned());
        // The value keeps TimeML's granularity; the span is the part the words mean.
        assert_eq!(span("They will meet later this month.", r), s("2024-03", "2024-03-15", "2024-03-31"));
        assert_eq!(span("They met earlier this month.", r), s("2024-03", "2024-03-01", "2024-03-13"));
        assert_eq!(span("They met earlier this year.", r), s("2024", "2024-01-01", "2024-03-13"));
        // On the unit's last day there is nothing after it but the day itself.
        assert_eq!(
            span("They will meet later this month.", date(2024, 3, 31)),
            s("2024-03", "2024-03-31", "2024-03-31")
        );
        // Without earlier or later, the whole unit.
        assert_eq!(span("They will meet this month.", r), s("2024-03", "2024-03-01", "2024-03-31"));
    }

    #[test]
    fn the_sample_articles_expressions() {
        let r = SEED_DAY();
        assert_eq!(value_of("a U.S. missile strike last month targeted a base", r, "last month"), "2017-04");
        assert_eq!(value_of("peace talks in Kazakhstan, later this week.", r, "later this week"), "2017-W18");
        assert_eq!(value_of("at the G20 in Hamburg this summer and", r, "this summer"), "2017-SU");
        assert_eq!(value_of("A previous round in March closed", r, "March"), "2017-03");
        assert_eq!(value_of("and on Tuesday the two agreed", r, "Tuesday"), "2017-05-02");
        assert_eq!(
            value_of("outside Moscow, Russia, January 15, 2016 and", r, "January 15, 2016"),
            "2016-01-15"
        );
        assert_eq!(value_of("New York City, U.S., May 17, 2016.", r, "May 17, 2016"), "2016-05-17");
        let t = Tagger::english().tag("at the G20 this summer", Some(r));
        let span = t[0].span.as_ref().expect("a span");
        assert_eq!((span.start, span.end), (date(2017, 6, 1), date(2017, 8, 31)));
    }

    #[test]
    fn explicit_dates_in_every_written_form() {
        let r = SEED_DAY();
        assert_eq!(value_of("on 2 May 2017 it rained", r, "2 May 2017"), "2017-05-02");
        assert_eq!(value_of("filed 2017-05-02 late", r, "2017-05-02"), "2017-05-02");
        assert_eq!(value_of("dated 05/02/2017.", r, "05/02/2017"), "2017-05-02");
        let day_first =
            Tagger::english().tag_with("dated 05/02/2017.", Some(r), &TagOptions { day_first: true });
        assert_eq!(day_first[0].value, "2017-02-05");
        // A text whose numeric dates show the day first is read so throughout.
        let sensed = Tagger::english().tag("The envoy came on 04/09/2021 and left on 21/09/2021.", Some(r));
        assert_eq!(sensed[0].value, "2021-09-04");
        // Dates either way round, or none that only one order reads, keep the month first.
        let mixed = Tagger::english().tag("They met on 04/09/2021, 21/09/2021 and 09/22/2021.", Some(r));
        assert_eq!(mixed[0].value, "2021-04-09");
        assert!(!TagOptions::sensed("a ratio of 31/12 and the page 14/03/20/7").day_first);
        // Full stops between the numbers: always the day first, the year maybe left out.
        assert_eq!(value_of("since 07.10.2023, officials said", r, "07.10.2023"), "2023-10-07");
        assert_eq!(value_of("the attack of 24.02. was recalled", r, "24.02."), "2017-02-24");
        assert!(values("Output rose 4.5. Prices fell 3.2 percent, then 12.75.", r).is_empty());
        assert_eq!(value_of("in May 2016 they met", r, "May 2016"), "2016-05");
        assert_eq!(value_of("Sales fell in 1998.", r, "1998"), "1998");
        assert!(values("a 6-year-old boy", r).is_empty());
        assert_eq!(value_of("since the 1990s", r, "the 1990s"), "199");
        assert_eq!(value_of("in the 20th century", r, "the 20th century"), "19");
    }

    #[test]
    fn times_and_parts_of_day() {
        let r = SEED_DAY();
        assert_eq!(value_of("on Tuesday afternoon they met", r, "Tuesday afternoon"), "2017-05-02TAF");
        assert_eq!(value_of("It ended at 3:07 p.m. EST yesterday.", r, "3:07 p.m. EST"), "2017-05-02T15:07");
        assert_eq!(value_of("talks resumed this morning", r, "this morning"), "2017-05-02TMO");
        assert_eq!(value_of("They met on Tuesday night.", r, "Tuesday night"), "2017-05-02TNI");
        assert_eq!(value_of("The rally ended last night.", r, "last night"), "2017-05-01TNI");
    }

    #[test]
    fn a_weekday_heading_a_diary_of_the_week_ahead_is_the_coming_one() {
        let r = date(2023, 7, 9); // a Sunday
        let diary = "THE WEEK AHEAD, SUNDAY 9 JULY 2023.\n\nMonday. The US President, who met the King \
                     last year, sees the Prime Minister.\n\nTuesday and Wednesday. Leaders hold their summit.\n";
        assert_eq!(value_of(diary, r, "Monday"), "2023-07-10");
        assert_eq!(value_of(diary, r, "Tuesday"), "2023-07-11");
        assert_eq!(value_of(diary, r, "Wednesday"), "2023-07-12");
        // Not in a week gone by, nor a weekday inside a sentence of the diary.
        let review = "THE WEEK THAT WAS.\n\nMonday. The President met the King.\n";
        assert_eq!(value_of(review, r, "Monday"), "2023-07-03");
        let diary = "THE WEEK AHEAD.\n\nThe President met the King on Monday.\n";
        assert_eq!(value_of(diary, r, "Monday"), "2023-07-03");
        // A weekday alone on its line heads its paragraph too.
        let diary = "THE WEEK AHEAD, 10-16 JULY 2023\n\nMonday\nThe President sees the King.\n\nSaturday\nVoters elect a President.\n";
        assert_eq!(value_of(diary, r, "Monday"), "2023-07-10");
        assert_eq!(value_of(diary, r, "Saturday"), "2023-07-15");
    }

    #[test]
    fn weekdays_follow_the_tense_of_their_sentence() {
        let r = date(2017, 5, 3); // a Wednesday
        assert_eq!(value_of("The two met on Monday in Sochi.", r, "Monday"), "2017-05-01");
        assert_eq!(value_of("The two will meet on Monday in Sochi.", r, "Monday"), "2017-05-08");
        // Going back to the polls is a timetable, as going to them is.
        assert_eq!(value_of("Hungarians go back to the polls on Sunday.", r, "Sunday"), "2017-05-07");
        // So is a people's electing; a president-elect is no verb.
        assert_eq!(value_of("Burundians elect a president on Tuesday.", r, "Tuesday"), "2017-05-09");
        assert_eq!(value_of("The president-elect on Tuesday met the envoy.", r, "Tuesday"), "2017-05-02");
        assert_eq!(value_of("They will meet next Friday.", r, "next Friday"), "2017-05-05");
        // "would" is a future seen from the past: said today of a day to come.
        assert_eq!(value_of("He said he would fly to Paris on Friday.", r, "Friday"), "2017-05-05");
        // A past form after a determiner is an adjective, not the verb that sets the tense.
        assert_eq!(
            value_of(
                "The dividend will be paid on a still unspecified date in January.",
                date(2017, 10, 3),
                "January"
            ),
            "2018-01"
        );
        // A verb of the future that is a noun after a determiner tells no tense.
        assert_eq!(value_of("Lemos took half of the vote on Monday.", r, "Monday"), "2017-05-01");
        assert_eq!(value_of("Chileans vote on Monday.", r, "Monday"), "2017-05-08");
        assert_eq!(value_of("Serbia votes on Monday.", r, "Monday"), "2017-05-08");
        // So is one after a word that makes it a noun with no determiner.
        assert_eq!(
            value_of(
                "Yeltsin, who was elected by popular vote on September 12, flew home.",
                r,
                "September 12"
            ),
            "2016-09-12"
        );
        assert_eq!(value_of("He was chosen by secret vote on October 2.", r, "October 2"), "2016-10-02");
        // A verb of the future after a following "and" is the next act's, when a past verb
        // stands further back (past a decimal point, which ends no sentence).
        assert_eq!(
            value_of(
                "Ruiz won 43.7 percent of the ballots in the first round of the party contest on Monday and will face Brun.",
                r,
                "Monday"
            ),
            "2017-05-01"
        );
        assert_eq!(value_of("Lemos took half of the votes on Monday.", r, "Monday"), "2017-05-01");
        // A holiday a few days ahead in a past-tense sentence is this year's.
        assert_eq!(
            value_of("Protesters marched as Easter approached.", date(2017, 4, 12), "Easter"),
            "2017-04-16"
        );
    }

    #[test]
    fn relative_units_resolve_against_the_reference_date() {
        let r = SEED_DAY();
        assert_eq!(value_of("it happened two weeks ago", r, "two weeks ago"), "2017-W16");
        assert_eq!(value_of("earlier this year they met", r, "earlier this year"), "2017");
        assert_eq!(value_of("it starts next month", r, "next month"), "2017-06");
        assert_eq!(value_of("as seen last year", r, "last year"), "2016");
        assert_eq!(value_of("they met yesterday", r, "yesterday"), "2017-05-01");
        assert_eq!(value_of("signed the day before yesterday", r, "the day before yesterday"), "2017-04-30");
        assert_eq!(value_of("due the day after tomorrow", r, "the day after tomorrow"), "2017-05-04");
        assert_eq!(value_of("this weekend", r, "this weekend"), "2017-W18-WE");
        // Told in the past on a weekday, "this weekend" is the one just gone.
        assert_eq!(value_of("Rebels shelled the port again this weekend.", r, "this weekend"), "2017-W17-WE");
        assert_eq!(value_of("Ministers will meet this weekend.", r, "this weekend"), "2017-W18-WE");
    }

    #[test]
    fn year_boundaries() {
        // A "December" mentioned in January, in the past tense, is last December.
        let january = date(2018, 1, 10);
        assert_eq!(value_of("Talks collapsed in December.", january, "December"), "2017-12");
        assert_eq!(value_of("The summit will be held in March.", date(2017, 11, 20), "March"), "2018-03");
        assert_eq!(value_of("They met last month.", january, "last month"), "2017-12");
        assert_eq!(value_of("They meet next week.", date(2020, 12, 24), "next week"), "2020-W53");
    }

    #[test]
    fn leap_days_and_impossible_dates() {
        let r = date(2020, 3, 3);
        assert_eq!(value_of("On February 29, 2020 it snowed.", r, "February 29, 2020"), "2020-02-29");
        assert!(values("On February 30 nothing happened.", r).iter().all(|(t, _)| !t.contains("30")));
        assert!(values("the 45th of Smarch", r).is_empty());
        assert!(values("On 99999-99-99 nothing.", r).iter().all(|(_, v)| !v.contains("99-99")));
    }

    #[test]
    fn narrative_anchoring() {
        let r = date(2017, 5, 10);
        let text = "Fighting broke out on March 3, 2017. The following day the army withdrew.";
        assert_eq!(value_of(text, r, "The following day"), "2017-03-04");
        // "The next day" too, where "next week" counts from the article's date.
        let text =
            "The envoy landed in Oslo on March 3, 2017. The next day she flew home; she returns next week.";
        assert_eq!(value_of(text, r, "The next day"), "2017-03-04");
        assert_eq!(value_of(text, r, "next week"), "2017-W20");
        assert_eq!(
            value_of("On Jan. 5, 2016 they met; a year earlier they had quarrelled.", r, "a year earlier"),
            "2015-01-05"
        );
        // "Earlier in the day" is the narrative's day; with none named, the article's.
        let r = date(1998, 8, 8);
        let text = "South Africa deplored Friday the blasts which killed scores earlier in the day.";
        assert_eq!(value_of(text, r, "earlier in the day"), "1998-08-07");
        assert_eq!(value_of("Shares fell earlier in the day.", r, "earlier in the day"), "1998-08-08");
        // "That day" points back to a day the text has named; with none, it is no date.
        let text = "When a rumour spreads, holders sell that day and buy back later.";
        assert!(values(text, r).iter().all(|(t, _)| t != "that day"));
        let text = "The dam broke on May 4. Rescuers arrived later that day.";
        assert_eq!(value_of(text, r, "later that day"), "1998-05-04");
        assert!(values("Prices rose that year as never before.", r).is_empty());
    }

    #[test]
    fn a_day_told_in_the_past_perfect_keeps_the_year_of_the_paragraph() {
        let r = date(2019, 8, 1);
        // Told in the past perfect, a day before the one named with its year is of that year.
        let text =
            "The ceasefire was signed on May 20, 2016. On May 9, rebels in the hills had shelled a market.";
        assert_eq!(value_of(text, r, "May 9"), "2016-05-09");
        let text = "On July 8, 2011, the envoys met in Oslo. The minister had arrived there on July 6.";
        assert_eq!(value_of(text, r, "July 6"), "2011-07-06");
        let text = "On July 7 and 8, 2011, the envoys met in Oslo. The minister had arrived there on July 6.";
        assert_eq!(value_of(text, r, "July 6"), "2011-07-06");
        // In the simple past, a day before it is the article's year coming back.
        let text = "The ceasefire was signed on May 20, 2016. On May 9, rebels shelled a market.";
        assert_eq!(value_of(text, r, "May 9"), "2019-05-09");
        // And a new paragraph does not go on with the story's year.
        let text = "The ceasefire was signed on May 20, 2016.\n\nOn May 9, rebels had shelled a market.";
        assert_eq!(value_of(text, r, "May 9"), "2019-05-09");
    }

    #[test]
    fn a_week_of_a_month_is_its_iso_week_drawn_as_the_months_days() {
        let r = date(2005, 9, 20);
        let tag = |text: &str| Tagger::english().tag(text, Some(r)).into_iter().next().expect("a timex");
        let last = tag("They met in the last week of August 2003.");
        assert_eq!(last.value, "2003-W35");
        assert_eq!(last.span.map(|s| s.value).as_deref(), Some("2003-08-25/2003-08-31"));
        let first = tag("Envoys met in the first week of June.");
        assert_eq!(first.value, "2005-W22");
        assert_eq!(first.span.map(|s| s.value).as_deref(), Some("2005-06-01/2005-06-07"));
        // Not a week counted in another way.
        let trial = Tagger::english().tag("The first week of the trial was quiet.", Some(r));
        assert!(trial.iter().all(|t| t.value != "2005-W22"), "{trial:?}");
    }

    #[test]
    fn a_year_heading_a_chronologys_section_is_the_year_of_the_months_under_it() {
        let r = date(2005, 9, 20);
        let text = "Chronology\n\n2003\n\n- Late April: talks were held in Beijing.\n- 27 August: a \
                    round opened.\n\n2004:\n\n- Mid-June: a third round met.\n\n2005\n\n- Early \
                    November: a fifth round is expected.";
        assert_eq!(value_of(text, r, "Late April"), "2003-04");
        assert_eq!(value_of(text, r, "27 August"), "2003-08-27");
        assert_eq!(value_of(text, r, "Mid-June"), "2004-06");
        // Under the article's own year the tense says which, as anywhere.
        assert_eq!(value_of(text, r, "Early November"), "2005-11");
        // A year in running text heads nothing.
        let text = "Talks were held in 2003.\n\nIn April the envoys met again.";
        assert_eq!(value_of(text, r, "April"), "2005-04");
    }

    #[test]
    fn a_date_heads_an_entry_first_on_its_line_before_a_colon_or_a_dash() {
        let heads = |text: &str, date: &str| {
            let start = text.find(date).expect("the date is in the text");
            heads_an_entry(text, start, start + date.len())
        };
        assert!(heads("Key dates\n- March 24: NATO begins air strikes", "March 24"));
        assert!(heads("Feb. 27 - Pakistan carries out air strikes", "Feb. 27"));
        assert!(heads("\u{2022} May 5 \u{2013} Talks open", "May 5"));
        // Past the rest of a range, and its year.
        assert!(heads("Feb 6-23: the second round", "Feb 6"));
        assert!(heads("July 14-16, 2001 - Gen. Rana pays a visit", "July 14"));
        // A heading of its own, the entry below it.
        assert!(heads("March 24:\nNATO begins air strikes", "March 24"));
        // A full stop after it, the entry's first sentence a capital after.
        assert!(heads("27 September. Azerbaijani forces open an offensive", "27 September"));
        // Past a double-dash bullet and a weekday in brackets.
        assert!(heads("-- Nov. 1 (Sun.): The sixth trilateral summit", "Nov. 1"));
        assert!(!heads("Talks opened on Nov. 1 (Sun.): a first", "Nov. 1"));
        // Not in running text, not before a clock time or a hyphenated word.
        assert!(!heads("Talks opened on March 24: a first for both sides", "March 24"));
        assert!(!heads("March 24:30 local time", "March 24"));
        assert!(!heads("May 5-minute silence", "May 5"));
        // A numbered entry.
        assert!(heads("2. 28 February: \"Delegations meet\"", "28 February"));
        assert!(heads("12) May 5 - Talks open", "May 5"));
        assert!(!heads("1999. May 5: talks", "May 5"));
    }

    #[test]
    fn a_weekday_with_its_day_says_which_year() {
        // A memoir extract of 2013 that tells the winter of 2003.
        let r = date(2013, 3, 16); // a Saturday
        let text = "I landed in Baghdad on Sunday 19 January 2003. My diary for Saturday 8 February \
                    reads: back in Baghdad. On Sunday 16 March the leaders met in the Azores.";
        let found = values(text, r);
        assert_eq!(value_among(&found, "Saturday 8 February"), Some("2003-02-08"));
        assert_eq!(value_among(&found, "Sunday 16 March"), Some("2003-03-16"));
        // The year of a date told before, though not written ("Twenty years ago today"), and
        // the story goes on in it.
        let anniversary = date(2020, 7, 25);
        let text = "Twenty years ago today the summit ended. \"We arrived on the afternoon of \
                    Tuesday 11 July. On the morning of 18 July the President came in.\"";
        let found = values(text, anniversary);
        assert_eq!(value_among(&found, "Tuesday 11 July"), Some("2000-07-11"));
        assert_eq!(value_among(&found, "18 July"), Some("2000-07-18"));
        // A weekday the year found has on that day keeps it.
        assert_eq!(value_of("They met on Saturday 16 March.", r, "Saturday 16 March"), "2013-03-16");
    }

    #[test]
    fn a_chronologys_entry_runs_on_from_the_entry_before_it() {
        // An anniversary piece: a year after the first entry, its next entries are still of
        // that year, up to the next year named.
        let r = date(2023, 2, 24);
        let text = "A year ago this morning the war began.\n\n\
                    1. 24 February 2022: \"Invasion\". Missiles fell.\n\n\
                    2. 28 February: \"Delegations meet on border\". Talks opened.\n\n\
                    3. 21 December: \"President in Washington\".\n\n\
                    4. 20 February 2023: \"US President in Kyiv\".\n\n\
                    5. 21 February: \"President in Warsaw\".";
        let found = values(text, r);
        assert_eq!(value_among(&found, "28 February"), Some("2022-02-28"));
        assert_eq!(value_among(&found, "21 December"), Some("2022-12-21"));
        assert_eq!(value_among(&found, "21 February"), Some("2023-02-21"));
        // A chronology told backwards keeps to the tense and the article's date.
        let text = "1. 5 March 2022: talks open.\n2. 1 March: troops move.";
        assert_eq!(value_of(text, date(2022, 3, 10), "1 March"), "2022-03-01");
    }

    #[test]
    fn a_story_gone_back_to_an_earlier_year_goes_on_in_it() {
        let r = date(2015, 6, 9);
        // The next paragraph of a story told in the past, the day named with a time.
        let text = "The ferry sank shortly before 4 a.m. on March 2, 2009, off the cape.\n\nA week \
                    later, on March 9, divers found the hull.";
        assert_eq!(value_of(text, r, "March 9"), "2009-03-09");
        // And the one after it, while each paragraph goes on in that year.
        let text = "The strike began on May 3, 2010.\n\nThe unions met on May 20 and settled.\n\nOn \
                    June 14, the mines reopened.";
        assert_eq!(value_of(text, r, "June 14"), "2010-06-14");
        // Not in the future.
        let text = "The strike began on May 3, 2010.\n\nOn May 20, the unions will vote.";
        assert_eq!(value_of(text, r, "May 20"), "2016-05-20");
        // A month or day that opens its sentence after the paragraph went back to a year.
        let text = "The village was cut off in the winter of 1996. In early March a convoy got \
                    through, and on 2 April the road reopened.";
        assert_eq!(value_of(text, r, "early March"), "1996-03");
        let text = "Her career peaked in 2003. Between May and July of that year she led the talks.";
        assert_eq!(value_of(text, r, "May"), "2003-05");
        // A year that starts a stretch is no time the story went back to.
        let text = "The firm has grown every year since 2004. In April it bought a rival.";
        assert_eq!(value_of(text, r, "April"), "2015-04");
    }

    #[test]
    fn that_autumn_and_july_of_that_year_are_of_the_narratives_year() {
        let r = date(2024, 3, 1);
        let text = "The mill closed on May 2, 1987. That autumn the town voted, and in June of that \
                    year the union had struck.";
        assert_eq!(value_of(text, r, "That autumn"), "1987-FA");
        assert_eq!(value_of(text, r, "June of that year"), "1987-06");
        // With no date named before, "that winter" is the article's, as before.
        assert_eq!(value_of("Rates rose that winter.", r, "that winter"), "2024-WI");
    }

    #[test]
    fn the_same_day_and_that_evening_are_the_narratives() {
        let r = date(2011, 9, 30);
        let text = "The ferry sank on June 12, 2011. Divers reached the wreck the same day, and \
                    that evening the minister flew in. Later the same night a second boat capsized.";
        assert_eq!(value_of(text, r, "the same day"), "2011-06-12");
        assert_eq!(value_of(text, r, "that evening"), "2011-06-12TEV");
        let same = "The ferry sank on June 12, 2011. The two spoke by telephone that same evening, and met that same week.";
        assert_eq!(value_of(same, r, "that same evening"), "2011-06-12TEV");
        assert_eq!(value_of(same, r, "that same week"), "2011-W23");
        assert_eq!(value_of(text, r, "Later the same night"), "2011-06-12TNI");
        // Moved on to a month after the day: a day of that month, unknown.
        let text = "The siege began on 3 March 2011, and late the following month the town fell. \
                    Rebels retook the airport the same day.";
        assert_eq!(value_of(text, r, "the same day"), "2011-04");
        // A range of days after the day the story is at does not move it.
        let text = "The envoy was received by the king on May 9, during a tour of the region \
                    from May 7 to 11. He had met the crown prince earlier the same day.";
        assert_eq!(value_of(text, r, "earlier the same day"), "2011-05-09");
        // With no day named before, a range's first day is the story's.
        let text = "The fair ran from May 7 to 11. The same day a storm hit the coast.";
        assert_eq!(value_of(text, r, "The same day"), "2011-05-07");
        // A range away from the day named before moves the story to it, as a range with no
        // day named before does.
        let text = "The fire broke out on June 20. On May 7 and 8 the leaders met at sea. \
                    The same day the envoy flew home.";
        assert_eq!(value_of(text, r, "The same day"), "2011-05-07");
        // With no day named before, neither is a date (nor the article's day).
        let text = "Traders who buy the same day and sell that evening pay twice.";
        assert!(values(text, r).is_empty(), "{:?}", values(text, r));
    }

    #[test]
    fn fuzzy_durations_and_sets() {
        let r = SEED_DAY();
        assert_eq!(value_of("He recently said so.", r, "recently"), "PAST_REF");
        assert_eq!(value_of("Prices will soon rise.", r, "soon"), "FUTURE_REF");
        assert!(values("He was taken to hospital and was soon released.", r).is_empty());
        assert_eq!(value_of("They have told him they may soon sue.", r, "soon"), "FUTURE_REF");
        assert_eq!(value_of("It is now over.", r, "now"), "PRESENT_REF");
        // "Now," turning the argument names no time; "Now the talks resume" does.
        assert!(values("The plant closed. Now, the union says it will sue.", r).is_empty());
        assert_eq!(value_of("The plant closed. Now the union will sue.", r, "Now"), "PRESENT_REF");
        assert_eq!(value_of("in the future.", r, "the future"), "FUTURE_REF");
        assert_eq!(value_of("for several days.", r, "several days"), "PXD");
        assert_eq!(value_of("for a decade.", r, "a decade"), "P10Y");
        assert_eq!(value_of("over a decade.", r, "over a decade"), "P10Y");
        assert_eq!(value_of("over the past two years.", r, "the past two years"), "P2Y");
        assert_eq!(value_of("for 90 days.", r, "90 days"), "P90D");
        // Numbers between the tens are one number, hyphenated or not.
        assert_eq!(value_of("after seventy-eight days.", r, "seventy-eight days"), "P78D");
        assert_eq!(value_of("for twenty one hours.", r, "twenty one hours"), "PT21H");
        assert_eq!(value_of("for twenty days.", r, "twenty days"), "P20D");
        assert_eq!(value_of("a three-month delay", r, "three-month"), "P3M");
        assert_eq!(value_of("after a day-long meeting", r, "day-long"), "P1D");
        assert_eq!(value_of("their years-long feud", r, "years-long"), "PXY");
        assert_eq!(value_of("a decades-long dispute", r, "decades-long"), "PXY");
        assert_eq!(value_of("Profit fell in recent quarters.", r, "recent quarters"), "PXM");
        assert_eq!(value_of("meeting every week", r, "every week"), "P1W");
        assert_eq!(value_of("reviewed annually", r, "annually"), "P1Y");
        assert_eq!(value_of("The shop is closed on Sundays.", r, "Sundays"), "XXXX-WXX-7");
        assert_eq!(value_of("Flights leave on Tuesday nights.", r, "Tuesday nights"), "XXXX-WXX-2TNI");
        // The plural part of the day after the later of two weekdays is the earlier one's too.
        let text = "Buses will leave Leeds on Friday and Sunday evenings from June 3.";
        assert_eq!(value_of(text, r, "Friday"), "XXXX-WXX-5TEV");
        assert_eq!(value_of(text, r, "Sunday evenings"), "XXXX-WXX-7TEV");
        assert_eq!(value_of("The ferry sails Monday or Thursday mornings.", r, "Monday"), "XXXX-WXX-1TMO");
        // A singular part is one day's; a later weekday alone says nothing of the first.
        let text = "Talks resumed Friday and Sunday night.";
        assert_eq!(value_of(text, r, "Friday"), "2017-04-28");
        assert_eq!(value_of("He spoke Monday and Tuesday.", r, "Monday"), "2017-05-01");
        assert_eq!(value_of("They met Fridays after work.", r, "Fridays"), "XXXX-WXX-5");
    }

    #[test]
    fn quarters_halves_fiscal_years_and_holidays() {
        let r = SEED_DAY();
        assert_eq!(
            value_of("profit in the third quarter of 1998 rose", r, "the third quarter of 1998"),
            "1998-Q3"
        );
        assert_eq!(value_of("in the first half of 2016", r, "the first half of 2016"), "2016-H1");
        assert_eq!(value_of("budget for fiscal 1999", r, "fiscal 1999"), "1999");
        assert_eq!(value_of("They met at Christmas.", r, "Christmas"), "2016-12-25");
        assert_eq!(value_of("They met at Easter.", r, "Easter"), "2017-04-16");
        assert_eq!(value_of("They will meet at Thanksgiving.", r, "Thanksgiving"), "2017-11-23");
    }

    #[test]
    fn a_chronologys_entry_in_the_present_tells_what_happened() {
        let r = date(1999, 6, 10);
        // Under a heading of the reference year, and with none: not next year's March 24.
        let text =
            "KEY DATES (all 1999)\n\n- March 24: NATO begins air strikes.\n- June 9: The deal is signed.";
        assert_eq!(value_of(text, r, "March 24"), "1999-03-24");
        assert_eq!(value_of("Key dates\n\nMarch 24 - NATO begins air strikes.", r, "March 24"), "1999-03-24");
        // A heading of another year dates its entries.
        let text = "TIMELINE (all dates 1998)\n\n- August 7: Bombs explode at two embassies.";
        assert_eq!(value_of(text, r, "August 7"), "1998-08-07");
        // A resolution's year in brackets heads nothing; in a sentence, the future looks ahead.
        let text = "Resolution 1701 (2006)\n\nThe council begins its review on March 24.";
        assert_eq!(value_of(text, r, "March 24"), "2000-03-24");
    }

    #[test]
    fn a_month_something_is_due_in_lies_ahead() {
        let r = date(2020, 12, 10);
        assert_eq!(
            value_of("With the Holyrood election due in May, parties are ready.", r, "May"),
            "2021-05"
        );
        assert_eq!(value_of("The talks ended in May, after a long wait.", r, "May"), "2020-05");
    }

    #[test]
    fn modal_may_is_not_a_month() {
        let r = SEED_DAY();
        assert!(values("Prices may rise, and troops may 5 leave.", r).is_empty());
    }

    #[test]
    fn datelines_with_a_year_give_the_reference_date() {
        assert_eq!(find_dateline("PARIS, March 9, 2022 (Reuters) - France said..."), Some(date(2022, 3, 9)));
        assert_eq!(
            find_dateline("Headline\n\nNEW YORK, Jan. 5, 2016 - Stocks fell."),
            Some(date(2016, 1, 5))
        );
        assert_eq!(find_dateline("MOSCOW, May 2 (Reuters) - no year here"), None);
        assert_eq!(find_dateline("PARIS, Smarch 45, 2022 - nonsense"), None);
        assert_eq!(find_dateline(""), None);
    }

    #[test]
    fn a_dateline_a_day_or_so_before_the_papers_date_dates_the_story() {
        let paper = date(2003, 3, 8);
        let text = "Ferry service resumes today\n\nHALIFAX, March 7. The minister will sail tomorrow.";
        let at = text.find("HALIFAX").expect("dateline");
        assert_eq!(dateline_before(text, paper), Some((at, date(2003, 3, 7))));
        assert_eq!(
            dateline_before("OSLO, 5 March - The talks opened.", paper).map(|d| d.1),
            Some(date(2003, 3, 5))
        );
        // The paper's own day, a later one, or one long before: no other anchor.
        assert_eq!(dateline_before("HALIFAX, March 8. The minister sailed.", paper), None);
        assert_eq!(dateline_before("HALIFAX, March 9. The minister sailed.", paper), None);
        assert_eq!(dateline_before("HALIFAX, Feb. 20. The minister sailed.", paper), None);
        assert_eq!(dateline_before("The minister sailed on March 7.", paper), None);
        // Across the new year.
        assert_eq!(
            dateline_before("KIEV, Dec. 31 (AP) - Crowds gathered.", date(2004, 1, 1)).map(|d| d.1),
            Some(date(2003, 12, 31))
        );
        // A weekday: the last one before the paper's day (Saturday 8 March 2003), not the
        // paper's own.
        let text = "THE PENRITH BEACON\nMINISTER SAILS\n\nHALIFAX, Thursday night.\nThe minister sailed.";
        let at = text.find("HALIFAX").expect("dateline");
        assert_eq!(dateline_before(text, paper), Some((at, date(2003, 3, 6))));
        assert_eq!(dateline_before("HALIFAX, Saturday. The minister sailed.", paper), None);
        assert_eq!(dateline_before("HALIFAX, Monday. The minister sailed.", paper), None);
    }

    #[test]
    fn a_live_blogs_entries_after_midnight_are_of_the_next_day() {
        let page = date(2023, 5, 6);
        assert_eq!(live_entry_time("0610 GMT - The envoy left."), Some(6 * 60 + 10));
        assert_eq!(live_entry_time("9.05 CET – Leaders met."), Some(9 * 60 + 5));
        assert_eq!(live_entry_time("1998 - The two leaders met."), None);
        assert_eq!(live_entry_time("25:10 - No such time."), None);
        // Oldest first: the clock goes back after the 23:40 entry.
        let text = "Live\n\n21:00 - Talks open.\n\n23:40 - Talks end tonight.\n\n\
                    00:30 - Jets bombed the airport shortly after midnight.\n\n01:10 - Quiet.";
        let after = text.find("00:30").expect("entry");
        assert_eq!(live_blog_days(text, page), vec![(after..text.len(), date(2023, 5, 7))]);
        let timexes = Tagger::english().tag_article(text, Some(page), &local_days(text, page));
        let midnight = timexes.iter().find(|t| &text[t.start..t.end] == "midnight").expect("midnight");
        assert_eq!(midnight.value, "2023-05-07T00:00");
        let tonight = timexes.iter().find(|t| &text[t.start..t.end] == "tonight").expect("tonight");
        assert!(tonight.value.starts_with("2023-05-06"), "{tonight:?}");
        // Newest first: the entries above the jump are the later day's.
        let text =
            "Live\n\n01:10 - Quiet.\n\n00:30 - Jets struck.\n\n23:40 - Talks end.\n\n21:00 - Talks open.";
        let before = text.find("23:40").expect("entry");
        assert_eq!(
            live_blog_days(text, page),
            vec![(text.find("01:10").expect("top")..before, date(2023, 5, 7))]
        );
        // A page that never passes midnight has no later part.
        assert!(live_blog_days("09:00 - A.\n10:00 - B.\n11:00 - C.", page).is_empty());
    }

    #[test]
    fn a_day_something_has_lasted_since_is_behind() {
        let r = date(2019, 6, 29);
        // A weekday and a day of a month after "since" are the last ones, whatever the tense.
        let text = "The President, who has been in Osaka since Thursday night, leaves tomorrow.";
        assert_eq!(value_of(text, r, "Thursday night"), "2019-06-27TNI");
        let text = "The Prime Minister, who had been in London since 7 September, will fly home.";
        assert_eq!(value_of(text, r, "7 September"), "2018-09-07");
        // (Not a word that ends in "since", and a letter outside ASCII before is no trouble.)
        assert_eq!(value_of("Élysée since Friday", r, "Friday"), "2019-06-28");
    }

    #[test]
    fn a_diarys_entries_count_from_their_own_days() {
        let dct = date(1995, 11, 13);
        let text = "A DIARY\nTuesday 31 October. The presidents flew in today.\n\
                    Wednesday, November 1: The talks opened this morning.\nSunday 31 October. No such day.";
        let first = text.find("Tuesday").expect("entry");
        let second = text.find("Wednesday").expect("entry");
        // The last line's Sunday is no 31 October near 1995: no entry, part of the one before.
        assert_eq!(
            diary_days(text, dct),
            vec![(first..second, date(1995, 10, 31)), (second..text.len(), date(1995, 11, 1))]
        );
        let timexes = Tagger::english().tag_article(text, Some(dct), &local_days(text, dct));
        let today = timexes.iter().find(|t| &text[t.start..t.end] == "today").expect("today");
        assert_eq!(today.value, "1995-10-31");
        let morning = timexes.iter().find(|t| &text[t.start..t.end] == "this morning").expect("morning");
        assert_eq!(morning.value, "1995-11-01TMO");
        // One dated paragraph is no diary; a year given is kept, a weekday it lacks is none.
        assert!(diary_days("Tuesday 31 October. The presidents flew in today.", dct).is_empty());
        let text = "Friday 8 July 2005. The summit closed.\nSaturday 9 July 2005. Leaders left.";
        assert_eq!(diary_days(text, dct).len(), 2);
        assert!(diary_days("Friday 9 July 2005. A.\nSaturday 10 July 2005. B.", dct).is_empty());
        // A day in capitals on a line of its own heads an entry too, but not one after the
        // article's day: that is an agenda's.
        let dct = date(2012, 11, 19);
        let text = "DIARY\nFRIDAY 16 NOVEMBER\nHe crossed this morning.\n\nSATURDAY 17 NOVEMBER\nHit.";
        let days: Vec<Date> = diary_days(text, dct).into_iter().map(|(_, d)| d).collect();
        assert_eq!(days, [date(2012, 11, 16), date(2012, 11, 17)]);
        let agenda = "AGENDA\nTuesday 20 November\nTalks.\n\nWednesday 21 November\nA visit.";
        assert!(diary_days(agenda, dct).is_empty());
    }

    #[test]
    fn more_written_forms_and_ranges() {
        let r = SEED_DAY();
        assert_eq!(value_of("Signed on May 2, 2017 in Paris.", r, "May 2, 2017"), "2017-05-02");
        assert_eq!(value_of("The deal was signed May 2 in Paris.", r, "May 2"), "2017-05-02");
        assert_eq!(value_of("The talks ended Tuesday.", r, "Tuesday"), "2017-05-02");
        // Ranges are two expressions, each with its own value, as TimeML tags them.
        assert_eq!(
            values("in the 2009-2010 season", r),
            [("2009".to_owned(), "2009".to_owned()), ("2010".to_owned(), "2010".to_owned())]
        );
        let from_to = values("Talks ran from May to July.", date(2017, 9, 10));
        assert_eq!(from_to.iter().map(|(_, v)| v.as_str()).collect::<Vec<_>>(), ["2017-05", "2017-07"]);
        let between = values("between 1998 and 2001", r);
        assert_eq!(between.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(), ["1998", "2001"]);
        // "into 1990": "to 1990" inside "into" is no expression, "1990" still is.
        assert_eq!(value_of("Growth should continue into 1990.", r, "1990"), "1990");
        // Years spelt out, as broadcast transcripts write them.
        assert_eq!(value_of("back in nineteen ninety-six,", r, "nineteen ninety-six"), "1996");
        assert!(
            values("They kept the secret for more than two thousand years.", r)
                .iter()
                .all(|(_, v)| v != "2000")
        );
        assert_eq!(value_of("by the year two thousand", r, "the year two thousand"), "2000");
        assert_eq!(value_of("since the nineties", r, "the nineties"), "199");
        // Days spelt as ordinals.
        assert_eq!(value_of("Women's Day is March eighth.", r, "March eighth"), "2017-03-08");
        let text = "It falls this coming Sunday, March eighth.";
        assert_eq!(value_of(text, date(1998, 3, 5), "this coming Sunday, March eighth"), "1998-03-08");
        assert_eq!(
            value_of("on the twenty-first of June, 2016", r, "the twenty-first of June, 2016"),
            "2016-06-21"
        );
    }

    #[test]
    fn a_range_end_that_leaves_out_the_month_or_the_unit_is_an_expression() {
        let r = date(2023, 3, 14);
        let texts = |text: &str| values(text, r).into_iter().collect::<Vec<_>>();
        let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        // The later day takes the month (and year) of the first.
        assert_eq!(
            texts("The summit will be held on April 24 and 25 in Washington."),
            [pair("April 24", "2023-04-24"), pair("25", "2023-04-25")]
        );
        assert_eq!(
            texts("Voting ran Dec. 30-31."),
            [pair("Dec. 30", "2022-12-30"), pair("31", "2022-12-31")]
        );
        // Leap days count: 2024 has a February 29, 2023 none.
        assert_eq!(values("Talks resume Feb. 28 or 29.", date(2024, 1, 10))[1], pair("29", "2024-02-29"));
        assert_eq!(texts("Talks resumed Feb. 28 or 29.").len(), 1);
        // A number that is not a later day of that month is no end of it.
        for text in [
            "Rebels attacked on March 2 and 25 soldiers died.",
            "Sales on March 2 and 25,000 visitors.",
            "It opened on March 12 and 3 p.m. came.",
            "It rained on March 12 and 5 more days.",
        ] {
            let bare = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
            assert!(!texts(text).iter().any(|(t, _)| bare(t)), "{text}: {:?}", texts(text));
        }
        // The first count takes the unit of the second.
        assert_eq!(
            texts("Patients wait between two and six days for a kidney."),
            [pair("two", "P2D"), pair("six days", "P6D")]
        );
        assert_eq!(texts("a sentence of 5 to 10 years"), [pair("5", "P5Y"), pair("10 years", "P10Y")]);
        assert_eq!(texts("in one or two weeks")[0], pair("one", "P1W"));
        // "The next 12 to 18 months" is one stretch; "1.5 to 2 years" has no count of its own.
        assert!(!texts("over the next 12 to 18 months").iter().any(|(t, _)| t == "12"));
        assert!(!texts("1.5 to 2 years").iter().any(|(t, _)| t == "5" || t == "1.5"));
        // A no-break space (two bytes) before the bare end or its joiner is a space like any.
        assert_eq!(
            texts("Patients wait between\u{a0}two and six days."),
            [pair("two", "P2D"), pair("six days", "P6D")]
        );
        assert_eq!(texts("It lasts two\u{a0}to six days.")[1], pair("six days", "P6D"));
        assert_eq!(texts("Voting ran on\u{a0}Dec. 30\u{a0}and 31.")[1], pair("31", "2022-12-31"));
    }

    #[test]
    fn a_year_after_a_range_is_both_ends_and_a_range_may_name_its_month_last() {
        let r = date(2023, 3, 14);
        let texts = |text: &str| values(text, r);
        let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        // The year after the later day is the first day's too, and no expression of its own.
        assert_eq!(
            texts("Aug. 3-5, 1998 - The envoys meet in Geneva."),
            [pair("Aug. 3", "1998-08-03"), pair("5, 1998", "1998-08-05")]
        );
        assert_eq!(
            texts("Voting ran from October 9 to 11 2011 in the north."),
            [pair("October 9", "2011-10-09"), pair("11 2011", "2011-10-11")]
        );
        // Across a year boundary: the range's year, not the one the tense would give.
        assert_eq!(
            values("Dec. 30-31, 2022 - Storms close the passes.", date(2023, 1, 2)),
            [pair("Dec. 30", "2022-12-30"), pair("31, 2022", "2022-12-31")]
        );
        // Days joined by a dash are a range whatever word follows; after a word joiner, a
        // pronoun starts the next phrase where a noun would be counted.
        assert_eq!(texts("The forum on June 8-9 drew crowds.")[1], pair("9", "2023-06-09"));
        assert_eq!(texts("From May 3 to 5 they talked.")[1], pair("5", "2023-05-05"));
        assert_eq!(texts("They met between Jan. 20 and 22, then left.")[1], pair("22", "2023-01-22"));
        assert_eq!(texts("Talks ran Sept. 3 and 4.")[1], pair("4", "2022-09-04"));
        assert!(!texts("On May 3 and 5 ministers resigned.").iter().any(|(t, _)| t == "5"));
        // The month (and year) named after the later day is the earlier day's too.
        assert_eq!(
            texts("Ministers met on 21-22 November 2019 in Vienna."),
            [pair("21", "2019-11-21"), pair("22 November 2019", "2019-11-22")]
        );
        assert_eq!(
            texts("The fair runs from 7 to 9 October in Lyon."),
            [pair("7", "2022-10-07"), pair("9 October", "2022-10-09")]
        );
        assert_eq!(
            texts("It closed between 28th and 31st December 2021."),
            [pair("28th", "2021-12-28"), pair("31st December 2021", "2021-12-31")]
        );
        assert_eq!(
            texts("from 2 to 4 February this year"),
            [pair("2", "2023-02-02"), pair("4 February this year", "2023-02-04")]
        );
        assert_eq!(value_of("It ended on Jan. 6 last year.", r, "Jan. 6 last year"), "2022-01-06");
        // No range: a score, a year, a decimal, an earlier day after the later.
        for text in
            ["They won 3-1 March 4.", "in 1990-11 March 2003", "grew 3.10-11 May 2001", "on 12-11 March 2003"]
        {
            let bare = |t: &str| t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit());
            assert!(!texts(text).iter().any(|(t, _)| bare(t)), "{text}: {:?}", texts(text));
        }
    }

    #[test]
    fn a_timeline_entry_dates_what_it_names_without_a_year() {
        let r = date(2020, 2, 10);
        let text = "KEY DATES\n\nNov. 2-4, 2011 - Envoys meet in Doha. Their talks on Nov. 3-4 end in a deal.\n\
                    March 9, 2013 - The truce breaks down; fighting lasts until June.\n\
                    The ministers will meet again on March 3.";
        assert_eq!(value_of(text, r, "Nov. 3"), "2011-11-03");
        assert_eq!(value_of(text, r, "4"), "2011-11-04");
        assert_eq!(value_of(text, r, "June"), "2013-06");
        // The entry's year stops at the end of its line.
        assert_eq!(value_of(text, r, "March 3"), "2020-03-03");
        // In running text a date with a year is background: what follows is the article's.
        let text = "The war began on Aug. 2, 1990, and the ministers will meet on March 3.";
        assert_eq!(value_of(text, r, "March 3"), "2020-03-03");
    }

    #[test]
    fn an_ordinal_day_alone_is_a_day_of_the_month_at_hand() {
        let r = date(2023, 3, 14);
        let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        // No tense: the reference date's month; a range of two ordinals is two days.
        assert_eq!(
            values("The leaders' forum here on the twentieth and twenty-first is a test.", r),
            [pair("the twentieth", "2023-03-20"), pair("twenty-first", "2023-03-21")]
        );
        assert_eq!(values("Bids are due by the 28th.", r), [pair("the 28th", "2023-03-28")]);
        // A part of a day leads in as "on" does.
        assert_eq!(values("On the night of the 7th, troops attacked.", r), [pair("the 7th", "2023-03-07")]);
        // (A present timetable of leaving and coming back is ahead.)
        assert_eq!(value_of("He leaves Tokyo on Saturday and returns Monday.", r, "Saturday"), "2023-03-18");
        assert_eq!(values("The fund closes on the 9th of this month.", r)[0].1, "2023-03-09");
        // The tense moves it to the month before or after when the day is past or ahead.
        assert_eq!(values("The convoy left on the 20th.", r), [pair("the 20th", "2023-02-20")]);
        assert_eq!(values("The body will convene on the 2nd.", r), [pair("the 2nd", "2023-04-02")]);
        assert_eq!(values("They will sign on the 20th.", r)[0].1, "2023-03-20");
        // Across the year's turn, both ways.
        assert_eq!(values("Prices fell on the 30th.", date(2024, 1, 3))[0].1, "2023-12-30");
        assert_eq!(values("Trading will resume on the 2nd.", date(2023, 12, 29))[0].1, "2024-01-02");
        // A month the story just named is the month at hand.
        let text = "In August the rebels regrouped, and on the fifth they attacked.";
        assert_eq!(value_of(text, r, "the fifth"), "2022-08-05");
        // A month named without its day is at hand in its own paragraph only: the next one
        // goes back to the reference date's month.
        let text = "Rebels regrouped in August and ministers met in Oslo.\n\nEarlier on the 9th, the envoy flew home.";
        assert_eq!(value_of(text, r, "the 9th"), "2023-03-09");
        let text = "Talks opened on August 2.\n\nOn the 9th, the envoy flew home.";
        assert_eq!(value_of(text, r, "the 9th"), "2022-08-09");
        // A day before the one named, a paragraph on, is of the month after, unless the
        // article has not reached that month; in the same paragraph it stays in the month.
        let text = "It answered the attack of 22 February.\n\nOn the night of the 8th, drones came.";
        assert_eq!(value_of(text, r, "the 8th"), "2023-03-08");
        let text = "It answered the attack of 22 March.\n\nOn the night of the 8th, drones came.";
        assert_eq!(value_of(text, date(2023, 3, 28), "the 8th"), "2023-03-08");
        // ... nor to a day of the reference date's month still ahead, in the past tense.
        let text = "They met on 30 March.\n\nHe was in Brazil from the 19th to the 21st.";
        assert_eq!(value_of(text, date(2023, 4, 2), "the 19th"), "2023-03-19");
        let text = "It answered the attack of 22 February, and on the 8th, drones came.";
        assert_eq!(value_of(text, r, "the 8th"), "2023-02-08");
        // After a part of the day, a number is a day whatever word follows it.
        let text = "In the early hours of the 10th India hit the bases.";
        assert_eq!(value_of(text, r, "the 10th"), "2023-03-10");
        // An ordinal of something else is no day.
        for text in [
            "He won on the second ballot.",
            "Profits rose on the first and second quarters.",
            "Orders were up by the 3rd quarter.",
            "Tickets for the 12th went fast.",
            "From the first, he doubted it.",
            "on the 12th-century walls",
        ] {
            assert!(!values(text, r).iter().any(|(_, v)| v.len() == 10), "{text}: {:?}", values(text, r));
        }
        // Without a reference date the month stays unknown.
        let tagged = Tagger::english().tag("They meet on the 4th.", None);
        assert_eq!(tagged.iter().map(|t| t.value.as_str()).collect::<Vec<_>>(), ["XXXX-XX-04"]);
    }

    #[test]
    fn one_day_after_a_modal_is_some_day_ahead() {
        let r = date(2023, 3, 14);
        assert_eq!(value_of("Mars will one day be settled.", r, "one day"), "FUTURE_REF");
        assert_eq!(value_of("She hopes she might one day return.", r, "one day"), "FUTURE_REF");
        assert_eq!(value_of("The trip took one day.", r, "one day"), "P1D");
        assert_eq!(value_of("Waits were cut to one day.", r, "one day"), "P1D");
    }

    #[test]
    fn extents_follow_timeml() {
        let r = SEED_DAY();
        let extents = |text: &str| values(text, r).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
        // The determiner belongs to "the past two years", not to the adjective "third-quarter".
        assert_eq!(extents("sales over the last five years"), ["the last five years"]);
        assert_eq!(extents("its third-quarter profit"), ["third-quarter"]);
        assert_eq!(extents("profit in the third quarter"), ["the third quarter"]);
        // Modifiers of the period are inside, with TIMEX3's mod.
        let t = Tagger::english().tag("prices rose in early 1990.", Some(r));
        assert_eq!(
            (&"prices rose in early 1990."[t[0].start..t[0].end], t[0].modifier.as_deref()),
            ("early 1990", Some("START"))
        );
        let t = Tagger::english().tag("until the end of November", Some(r));
        assert_eq!(t[0].modifier.as_deref(), Some("END"));
        // A year after a month with its part, or after a clock time and day, is the same
        // expression: the year is the one written, not the reference date's.
        assert_eq!(extents("They met in late March 1986 in a cafe."), ["late March 1986"]);
        assert_eq!(value_of("They met in late March 1986 in a cafe.", r, "late March 1986"), "1986-03");
        assert_eq!(value_of("It ended in mid-June of 2001.", r, "mid-June of 2001"), "2001-06");
        assert_eq!(
            value_of("The blast came at 2 a.m. on April 5, 1986, at a club.", r, "2 a.m. on April 5, 1986"),
            "1986-04-05T02:00"
        );
        // An hour with the part of the day, and midday, are clock times of the day at hand.
        assert_eq!(value_of("They left at 4 in the morning.", r, "4 in the morning"), "2017-05-02T04:00");
        assert_eq!(
            value_of(
                "The shelling began at eight o'clock in the evening.",
                r,
                "eight o'clock in the evening"
            ),
            "2017-05-02T20:00"
        );
        assert_eq!(value_of("Sirens sounded at 11 at night.", r, "11 at night"), "2017-05-02T23:00");
        assert_eq!(value_of("Sirens sounded at 2 at night.", r, "2 at night"), "2017-05-02T02:00");
        assert_eq!(value_of("He spoke at midday.", r, "midday"), "2017-05-02T12:00");
        assert_eq!(
            value_of("They left at 10 in the morning on Saturday.", r, "10 in the morning on Saturday"),
            "2017-04-29T10:00"
        );
        assert!(values("He was one in the morning crowd.", r).iter().all(|(t, _)| !t.contains("morning")));
        // "later", "before" are signals: the duration or day alone is the expression.
        assert_eq!(value_of("Three days later, it ended.", r, "Three days"), "P3D");
        assert_eq!(extents("He called in the past."), ["the past"]);
        // Rates and conjunctions are not expressions.
        assert!(values("It saves $2 million a year and 24 hours a day.", r).is_empty());
        assert!(values("He left as soon as the talks ended.", r).is_empty());
        assert!(values("It imports about three-quarters of its grain.", r).is_empty());
        assert!(values("Funds hold more than a quarter of the bonds.", r).is_empty());
        assert!(values("Average daily volume was 90 million shares.", r).is_empty());
        // A quantity per period, with a frequency word in place of "a year".
        assert!(values("Sales should grow 8.5% annually, or 40,000 cars annually.", r).is_empty());
        assert_eq!(value_of("The plant closes for repairs annually.", r, "annually"), "P1Y");
        assert_eq!(value_of("They held a daily rally.", r, "daily"), "P1D");
        // A march is no month.
        assert!(values("Police scanned the crowd at the annual March for Life.", r).is_empty());
        assert!(values("She led the March of the Combatant Mothers.", r).is_empty());
        assert_eq!(value_of("They met in March for the first time.", r, "March"), "2017-03");
        // "today's" for the present age is no day.
        let text = "Computers are part of today's world and of today's young families.";
        assert_eq!(
            values(text, r),
            [("today".into(), "PRESENT_REF".into()), ("today".into(), "PRESENT_REF".into())]
        );
        assert_eq!(value_of("It is vital to today's global economy.", r, "today"), "PRESENT_REF");
        assert_eq!(value_of("Today's meeting was short.", r, "Today"), "2017-05-02");
        // Names of shows and films.
        assert!(values("Baker said on ABC's \"This Week\" that talks would go on.", r).is_empty());
        assert!(values("Gonzalez told CBS's ''60 Minutes'' that he was angry.", r).is_empty());
        assert!(values("A poster showed Gary Cooper in the film High Noon, he said.", r).is_empty());
        assert_eq!(value_of("Talks Resume This Week", r, "This Week"), "2017-W18");
        assert_eq!(value_of("Leave as soon as possible.", r, "as soon as possible"), "FUTURE_REF");
    }

    #[test]
    fn narrative_and_results_story_anchors() {
        let r = date(1989, 11, 2);
        let text = "The company was founded in 1995. The following year it went public.";
        assert_eq!(value_of(text, r, "The following year"), "1996");
        let text = "Fighting broke out on March 3, 1989, and the day before talks had failed.";
        assert_eq!(value_of(text, r, "the day"), "1989-03-02");
        let text = "The day before last Tuesday's hearing, he went to see his cousin.";
        assert_eq!(value_of(text, date(2000, 2, 24), "The day before last Tuesday"), "2000-02-21");
        let text = "Stocks fell after Oct. 12, the day before the crash, and rose later.";
        assert_eq!(value_of(text, r, "the day"), "1989-10-12");
        let text = "It lost money in the 1988 quarter, and that year sales fell.";
        assert_eq!(value_of(text, r, "that year"), "1988");
        // A month without a year, after a year named in its sentence, is of that year; "that
        // October" of the year the narrative is in. Not across sentences, nor looking ahead.
        let march_2007 = date(2007, 3, 10);
        let text = "The rebels held the north for most of 1998 and signed a truce there in May.";
        assert_eq!(value_of(text, march_2007, "May"), "1998-05");
        let text = "Mediation began in June 2003 and ended that October.";
        assert_eq!(value_of(text, march_2007, "that October"), "2003-10");
        let text = "The dam opened in 1998. Its new turbines were switched on in May.";
        assert_eq!(value_of(text, march_2007, "May"), "2007-05");
        let text = "After the flood of 2001, the city will vote on a new levy in May.";
        assert_eq!(value_of(text, march_2007, "May"), "2007-05");
        // A day of the month its sentence named with a year is of that year; a day of another
        // month is not ("a plan approved in 1987 ... through Sept. 29").
        let text = "In May 1996 she chaired the talks in Oslo, on May 14 and 15, that ended the siege.";
        assert_eq!(value_of(text, march_2007, "May 14"), "1996-05-14");
        let text = "Under a plan approved in June 1996, the bank had bought 400 shares through Feb. 2.";
        assert_eq!(value_of(text, march_2007, "Feb. 2"), "2007-02-02");
        // A day without a year, after a day named with its year earlier in the paragraph, goes
        // on in that year when it is later in it; not a day before it, nor past the paragraph.
        let text = "The siege began on March 4, 1999. On April 20, the defenders surrendered.";
        assert_eq!(value_of(text, march_2007, "April 20"), "1999-04-20");
        let text = "The plant opened on June 2, 2001. On March 1, it was sold.";
        assert_eq!(value_of(text, march_2007, "March 1"), "2007-03-01");
        // The next paragraph goes on with the story while the narrative names no other year;
        // not two paragraphs on.
        let text = "The siege began on March 4, 1999.\nOn April 20, the defenders surrendered.";
        assert_eq!(value_of(text, march_2007, "April 20"), "1999-04-20");
        let text = "The siege began on March 4, 1999.\nIt ended in ruin.\nOn April 20, the town voted.";
        assert_eq!(value_of(text, march_2007, "April 20"), "2007-04-20");
        // A sentence opening on a month with its year sets the story's time: a later month,
        // or a day of one, told in the past in its paragraph is of that year. Not an earlier
        // month, not a month in the background of a sentence, not what is ahead ("an
        // invitation to visit"), not past the paragraph.
        let text = "In May 1998 troops seized the town. The army answered in June with air raids.";
        assert_eq!(value_of(text, march_2007, "June"), "1998-06");
        let text = "In May 1998 troops seized the town. Its mayor fled on June 3.";
        assert_eq!(value_of(text, march_2007, "June 3"), "1998-06-03");
        let text = "In May 1998 troops seized the town. The army answered in April.";
        assert_eq!(value_of(text, march_2007, "April"), "2007-04");
        let text = "They recalled the bombings of February 1999. The army answered in June.";
        assert_eq!(value_of(text, march_2007, "June"), "2007-06");
        let text = "In February 1999 bombs went off. He accepted an invitation to visit in June.";
        assert_eq!(value_of(text, march_2007, "June"), "2007-06");
        let text = "In May 1998 troops seized the town.\nThe army answered in June.";
        assert_eq!(value_of(text, march_2007, "June"), "2007-06");
        // A range's first end takes the year written after its later end.
        let text = "Talks ran in Geneva from May to December 2001.";
        assert_eq!(value_of(text, march_2007, "May"), "2001-05");
        let text = "The border was shut between March 3 and June 1, 1999.";
        assert_eq!(value_of(text, march_2007, "March 3"), "1999-03-03");
        let text = "Prices fell in May, and rose from June to December 2001.";
        assert_eq!(value_of(text, march_2007, "May"), "2007-05");
        // A results story: the quarter it reports, and the same quarter a year before.
        let text = "Net rose in the third quarter to $5 million from $4 million a year earlier. \
                    The latest quarter included a gain, unlike the 1988 quarter.";
        assert_eq!(value_of(text, r, "a year earlier"), "1988-Q3");
        assert_eq!(value_of(text, r, "The latest quarter"), "1989-Q3");
        assert_eq!(value_of(text, r, "the 1988 quarter"), "1988-Q3");
        assert_eq!(value_of("For the year ended March 31, it earned $1.", r, "the year"), "P1Y");
        // A forecast quarter is not the one the story reports.
        let text = "Net rose in the third quarter. Losses may last through the second quarter of \
                    1990. Sales rose from the year-ago period.";
        assert_eq!(value_of(text, r, "the year-ago period"), "1988-Q3");
        // The adjective alone is the reported quarter a year back, not last year's year back.
        let text = "Net rose in the third quarter. Last year losses were $5 million. The \
                    year-earlier results were restated.";
        assert_eq!(value_of(text, r, "year-earlier"), "1988-Q3");
        assert_eq!(value_of("Sales for the fiscal year rose.", r, "the fiscal year"), "1989");
        // An earlier quarter named in passing is a comparison: the story still reports the
        // later one.
        let text = "Profit rose in the third quarter, after a flat second quarter. Sales were \
                    up from the year-earlier period.";
        assert_eq!(value_of(text, r, "the year-earlier period"), "1988-Q3");
        // After a stretch of months of the year, "a year earlier" is those months a year
        // back: no value finer than the year holds nine months; six from January are a half.
        let text = "Profit rose in the third quarter. For the first nine months, net was $9 \
                    million, against $7 million a year earlier and a loss in the 1988 period. \
                    The year-ago figures were restated.";
        assert_eq!(value_of(text, r, "a year earlier"), "1988");
        assert_eq!(value_of(text, r, "the 1988 period"), "1988");
        assert_eq!(value_of(text, r, "year-ago"), "1988");
        let text = "Profit rose in the second quarter. In the first six months, sales were up \
                    from a year earlier.";
        assert_eq!(value_of(text, r, "a year earlier"), "1988-H1");
        // Months counted back from today are no part of the reported year.
        let text = "Profit rose in the third quarter. Over the past six months, sales were up \
                    from a year earlier.";
        assert_eq!(value_of(text, r, "a year earlier"), "1988-Q3");
        assert_eq!(value_of("a court hearing the week of March 6", r, "the week of March 6"), "1989-W10");
    }

    #[test]
    fn a_weekday_with_its_day_of_the_month_names_that_day() {
        let r = date(2021, 3, 4); // a Thursday
        // Later this month, earlier this month, and next month, whatever the tense says.
        assert_eq!(value_of("The envoy flies home on Monday the 15th.", r, "Monday the 15th"), "2021-03-15");
        assert_eq!(value_of("Ministers will meet on Monday the 1st.", r, "Monday the 1st"), "2021-03-01");
        assert_eq!(value_of("The vote was moved to Friday the 2nd.", r, "Friday the 2nd"), "2021-04-02");
        assert_eq!(value_of("He landed on Sunday 28th.", r, "Sunday 28th"), "2021-02-28");
        // Across the year's turn, and a fortnight on from the weekday alone.
        assert_eq!(
            value_of("They met on Thursday the 29th.", date(2023, 1, 4), "Thursday the 29th"),
            "2022-12-29"
        );
        assert_eq!(
            value_of("We go on to Da Nang on Friday the 10th.", date(2017, 10, 30), "Friday the 10th"),
            "2017-11-10"
        );
        // A month named with the day keeps the pattern that names it.
        assert_eq!(value_of("They met on Monday, March 15.", r, "Monday, March 15"), "2021-03-15");
    }

    #[test]
    fn a_weekday_last_or_next_and_a_weekday_of_a_named_week() {
        let r = date(2014, 11, 6); // a Thursday
        // "Thursday last" is last Thursday, a week back on a Thursday; "Monday next" the coming one.
        assert_eq!(
            value_of("The by-elections were held on Thursday last.", r, "Thursday last"),
            "2014-10-30"
        );
        assert_eq!(value_of("Firing began on Saturday last.", r, "Saturday last"), "2014-11-01");
        assert_eq!(value_of("He flies to Dhaka on Monday next.", r, "Monday next"), "2014-11-10");
        // A weekday of last, this or next week is the day of that week, whatever the tense.
        assert_eq!(value_of("He will come on Thursday next week.", r, "Thursday next week"), "2014-11-13");
        assert_eq!(value_of("They met on Monday last week.", r, "Monday last week"), "2014-10-27");
        assert_eq!(value_of("They meet on Friday this week.", r, "Friday this week"), "2014-11-07");
        assert_eq!(value_of("They met on Monday of last week.", r, "Monday of last week"), "2014-10-27");
        // British "three weeks today", "a week tomorrow": a day so many weeks on.
        assert_eq!(value_of("Polls open three weeks today.", r, "three weeks today"), "2014-11-27");
        assert_eq!(value_of("The talks resume a week tomorrow.", r, "a week tomorrow"), "2014-11-14");
        assert_eq!(value_of("The vote is a fortnight today.", r, "a fortnight today"), "2014-11-20");
        // Across a year's end.
        let r = date(2021, 1, 1); // a Friday
        assert_eq!(value_of("They met on Tuesday last week.", r, "Tuesday last week"), "2020-12-22");
    }

    #[test]
    fn a_weekday_week_is_a_week_after_the_coming_one() {
        let r = date(2021, 3, 5); // a Friday
        assert_eq!(value_of("The minister flies to Lagos on Monday week.", r, "Monday week"), "2021-03-15");
        assert_eq!(
            value_of("The vote was put off until a week on Thursday.", r, "a week on Thursday"),
            "2021-03-18"
        );
        assert_eq!(
            value_of("Talks open a week from Tuesday in Geneva.", r, "a week from Tuesday"),
            "2021-03-16"
        );
        // A compound is no such phrase: the weekday alone is tagged.
        assert_eq!(value_of("On Wednesday week-long talks ended in Vienna.", r, "Wednesday"), "2021-03-03");
    }

    #[test]
    fn tense_decides_weekdays_months_and_weekends() {
        let r = date(2017, 5, 3); // a Wednesday
        // No verb that shows a tense: news reports what happened.
        assert_eq!(value_of("Volume was up from 443 million Monday.", r, "Monday"), "2017-05-01");
        // The nearest verb decides: "announced" Monday, though they "will appeal".
        assert_eq!(
            value_of("Since the ruling was announced Monday, they said they will appeal.", r, "Monday"),
            "2017-05-01"
        );
        assert_eq!(value_of("The summit will be held Friday.", r, "Friday"), "2017-05-05");
        // What would have been is no time ahead.
        let text = "The first, agreed at the summit of 21 and 22 March, would have run out.";
        assert_eq!(value_of(text, date(2019, 4, 11), "22 March"), "2019-03-22");
        // The present of gathering or travelling with a date is a timetable.
        assert_eq!(value_of("The summit opens on Friday in Oslo.", r, "Friday"), "2017-05-05");
        assert_eq!(value_of("Voters go to the polls on Sunday.", r, "Sunday"), "2017-05-07");
        // The plural present as much as the singular: "the leaders meet", "the chief meets".
        assert_eq!(
            value_of("The two chiefs meet separately Friday with the mediator.", r, "Friday"),
            "2017-05-05"
        );
        assert_eq!(value_of("The mediator meets them Friday.", r, "Friday"), "2017-05-05");
        // Talks resuming or beginning again, in the present, are on the timetable too.
        assert_eq!(value_of("Talks resume in Doha on Friday.", r, "Friday"), "2017-05-05");
        assert_eq!(value_of("The second round begins on Friday.", r, "Friday"), "2017-05-05");
        assert_eq!(value_of("Talks resumed in Doha on Friday.", r, "Friday"), "2017-04-28");
        // Someone expected somewhere is coming.
        assert_eq!(value_of("The chancellor is expected in Oslo on Friday.", r, "Friday"), "2017-05-05");
        assert_eq!(value_of("The two chiefs met separately Friday.", r, "Friday"), "2017-04-28");
        assert_eq!(value_of("The vote is set for March 17.", r, "March 17"), "2018-03-17");
        // A deadline looks ahead, unless the past perfect puts it behind.
        assert_eq!(value_of("The loan must be repaid by February.", r, "February"), "2018-02");
        assert_eq!(value_of("They had filed reports by Monday.", r, "Monday"), "2017-05-01");
        assert_eq!(value_of("Protests continued over the weekend.", r, "the weekend"), "2017-W17-WE");
        assert_eq!(value_of("Talks will resume over the weekend.", r, "the weekend"), "2017-W18-WE");
        assert_eq!(value_of("He arrived this September.", r, "this September"), "2017-09");
        // Agreeing is an act of its own: a date before it dates the agreeing, one after it
        // what was agreed.
        assert_eq!(
            value_of("On Monday, the two ministers agreed to reopen the border.", r, "Monday"),
            "2017-05-01"
        );
        assert_eq!(value_of("The two ministers agreed to meet on Monday.", r, "Monday"), "2017-05-08");
        // A copula, "faces" or "choose" before a date is a timetable too.
        assert_eq!(value_of("The presidential runoff is on Nov. 20.", r, "Nov. 20"), "2017-11-20");
        assert_eq!(
            value_of("After the coalition broke up, Latvia faces a snap election in October.", r, "October"),
            "2017-10"
        );
        assert_eq!(value_of("Voters in Peru choose a mayor on Sunday.", r, "Sunday"), "2017-05-07");
        // So is the present of voting or arriving, and a trip pencilled in.
        assert_eq!(value_of("Moldovans vote on Sunday in a snap election.", r, "Sunday"), "2017-05-07");
        assert_eq!(
            value_of(
                "The envoy arrives in Quito on Tuesday, after a stop that ended last week.",
                r,
                "Tuesday"
            ),
            "2017-05-09"
        );
        assert_eq!(value_of("Her trip to Oslo, pencilled in for Friday, is off.", r, "Friday"), "2017-05-05");
    }

    #[test]
    fn the_verb_that_sets_the_tense_may_stand_far_off() {
        let r = date(1998, 10, 26); // a Monday
        // "-ed" words that are no past forms do not make the sentence past.
        let text = "Mr. Brown, 52 years old, will succeed Ann B. Green Feb. 1 as chairman.";
        assert_eq!(value_of(text, r, "Feb. 1"), "1999-02-01");
        // After "that" a past form is a relative clause's verb, nearer than a plan's noun.
        let text =
            "They signed an agreement to stop fighting, at the end of talks that opened on 25 October.";
        assert_eq!(value_of(text, date(2022, 11, 3), "25 October"), "2022-10-25");
        // A sentence that opens with the day has its verb late.
        let text = "On Tuesday, the Westchester County chapter of the tenants' association plans to \
                    hold a rally.";
        assert_eq!(value_of(text, r, "Tuesday"), "1998-10-27");
        // The auxiliary of a participle may lie further back than the participle.
        let text =
            "Colonel Ann Hale will be named commander of the shuttle Atlantis for a flight in December.";
        assert_eq!(value_of(text, date(1998, 3, 4), "December"), "1998-12");
        // What was said after the date has a tense of its own; a relative clause's verb is
        // the date's.
        let text = "President Ana Ruiz told Chancellor Olaf Brandt in a telephone call on \
                    Tuesday that Spain would not back down.";
        assert_eq!(value_of(text, r, "Tuesday"), "1998-10-20");
        let text = "The talks on Tuesday that will decide the border are the first.";
        assert_eq!(value_of(text, r, "Tuesday"), "1998-10-27");
    }

    #[test]
    fn a_span_from_today_a_day_or_weekday_of_a_month_and_the_early_hours_of_a_day() {
        let r = date(2008, 2, 29);
        assert_eq!(value_of("Zimbabweans vote a month from today.", r, "a month from today"), "2008-03-29");
        assert_eq!(value_of("It opens ten days from today.", r, "ten days from today"), "2008-03-10");
        assert_eq!(value_of("It ends two weeks from today.", r, "two weeks from today"), "2008-03-14");
        let r = date(1985, 12, 30);
        let text = "On the first day of October Israeli jets bombed the headquarters.";
        assert_eq!(value_of(text, r, "the first day of October"), "1985-10-01");
        // A weekday of a month, ranked or the last.
        let r = date(2026, 1, 18);
        let text = "Colombians vote on the last Sunday of May.";
        assert_eq!(value_of(text, r, "the last Sunday of May"), "2026-05-31");
        let text = "The second Tuesday in March 2024 was quiet.";
        assert_eq!(value_of(text, r, "The second Tuesday in March 2024"), "2024-03-12");
        let r = date(2025, 5, 31);
        let text = "India struck first, in the early hours of the 7th, firing missiles.";
        assert_eq!(value_of(text, r, "the 7th"), "2025-05-07");
    }

    #[test]
    fn clauses_attributions_and_participles_keep_their_own_tense() {
        // A date in a relative clause takes the clause's verb, not the one after the clause,
        // even when the clause opens further back than the verb is looked for.
        let r = date(2025, 1, 28); // a Tuesday
        let text = "Prime Minister Rosen Kalchev, who spoke by phone with the Ukrainian President on \
                    Friday, will travel to Brussels next Monday.";
        assert_eq!(value_of(text, r, "Friday"), "2025-01-24");
        let text = "The Thai and Cambodian ministers, who spoke by video link with their Malaysian \
                    counterpart on Friday, are expected to brief the others.";
        assert_eq!(value_of(text, date(2026, 1, 26), "Friday"), "2026-01-23");
        // Without a verb in the clause before the date, the verb after it still decides.
        let text = "The talks, which open in Geneva on Friday, will be the first.";
        assert_eq!(value_of(text, r, "Friday"), "2025-01-31");
        // Past a semicolon, a verb is another clause's when the date's own has one.
        let text = "The Iraqi Prime Minister was received at the White House by the US President on \
                    Monday; he flies home tonight.";
        assert_eq!(value_of(text, date(2024, 4, 20), "Monday"), "2024-04-15");
        let text = "The envoy arrives on Monday; he will see the President.";
        assert_eq!(value_of(text, date(2024, 4, 20), "Monday"), "2024-04-22");
        // A closing attribution dates only what no other verb dates; a window that starts
        // inside a word ("exi|led") finds no past form there.
        let r = date(1991, 1, 10); // a Thursday
        let text = "Crane arrived in Riyadh on Thursday and is to meet the Saudi king and the exiled \
                    emir of Kuwait together in the mountain city of Taif on Friday, aides said.";
        assert_eq!(value_of(text, r, "Friday"), "1991-01-11");
        let text = "The fighting in the mountains north of the capital ended on Friday, aides said.";
        assert_eq!(value_of(text, r, "Friday"), "1991-01-04");
        // A participle before "by" modifies a noun; a past form before "by phone" is a verb.
        let text = "Ministers meet in Vienna on Monday, and their allies led by Russia join them on \
                    Tuesday for talks.";
        assert_eq!(value_of(text, date(2019, 6, 30), "Tuesday"), "2019-07-02");
        let text = "The ministers spoke by phone on Tuesday.";
        assert_eq!(value_of(text, date(2019, 6, 30), "Tuesday"), "2019-06-25");
        // The participle's own date is the participle's, before a verb of the future.
        let text = "A summit agreed to enforce the no-fly zone voted by the Security Council on \
                    Thursday.";
        assert_eq!(value_of(text, date(2011, 3, 19), "Thursday"), "2011-03-17");
    }

    #[test]
    fn what_is_agreed_to_lies_ahead_and_abbreviations_do_not_end_sentences() {
        let r = date(2017, 10, 30);
        let text = "Rivals agreed to buy the unit for $22 million in February.";
        assert_eq!(value_of(text, r, "February"), "2018-02");
        // The full stop of "Ill." before a comma does not cut the sentence from its verb.
        let text = "Acme announced an agreement to acquire the Peoria, Ill., bank in January.";
        assert_eq!(value_of(text, r, "January"), "2018-01");
        // A full stop before a capital still ends the sentence: no tense, so past.
        assert_eq!(value_of("It will grow. Sales fell in January.", r, "January"), "2017-01");
    }

    #[test]
    fn more_durations_and_sets() {
        let r = SEED_DAY();
        assert_eq!(value_of("for 2 1/2 years", r, "2 1/2 years"), "P2Y6M");
        assert_eq!(value_of("lasting a minute and a half", r, "a minute and a half"), "PT1M30S");
        assert_eq!(value_of("for two more weeks", r, "two more weeks"), "P2W");
        assert_eq!(value_of("in the coming weeks", r, "the coming weeks"), "PXW");
        assert_eq!(value_of("in recent years", r, "recent years"), "PXY");
        assert_eq!(value_of("They meet each season.", r, "each season"), "P3M");
        assert_eq!(value_of("They march each July.", r, "each July"), "XXXX-07");
        assert_eq!(value_of("every summer", r, "every summer"), "XXXX-SU");
        assert_eq!(value_of("It leaves each Thursday.", r, "each Thursday"), "XXXX-WXX-4");
        assert_eq!(value_of("a daily rally", r, "daily"), "P1D");
        let t = Tagger::english().tag("They meet every week.", Some(r));
        assert_eq!(t[0].kind, TimexType::Set);
    }

    #[test]
    fn a_plan_told_in_the_past_is_past() {
        let r = date(2024, 6, 14);
        assert_eq!(value_of("The two ministers were due to meet on April 9.", r, "April 9"), "2024-04-09");
        assert_eq!(value_of("The summit was set to open on Thursday.", r, "Thursday"), "2024-06-13");
        // Told now, the plan is ahead.
        assert_eq!(value_of("The two ministers are due to meet on April 9.", r, "April 9"), "2025-04-09");
        assert_eq!(value_of("The summit is set to open on Thursday.", r, "Thursday"), "2024-06-20");
    }

    #[test]
    fn a_weekday_joined_to_a_weekday_of_a_named_week_is_of_that_week() {
        // A Friday.
        let r = date(2024, 11, 22);
        let text = "The summit was held on Friday and Saturday of last week.";
        assert_eq!(value_of(text, r, "Friday"), "2024-11-15");
        assert_eq!(value_of(text, r, "Saturday of last week"), "2024-11-16");
        let text = "The ministers meet on Monday and Tuesday next week.";
        assert_eq!(value_of(text, r, "Monday"), "2024-11-25");
        // Not a weekday joined to another alone.
        assert_eq!(value_of("They met on Monday and Tuesday.", r, "Monday"), "2024-11-18");
    }

    #[test]
    fn a_day_of_the_month_just_named_with_its_year_is_of_that_year() {
        let r = date(2024, 11, 12);
        let text = "The third round, in Havana from May to June 2023, produced a ceasefire. The \
                    President flew to Havana on 9 June to witness the signing.";
        assert_eq!(value_of(text, r, "9 June"), "2023-06-09");
        // Not a month and year describing a noun: "the August 1988 cease-fire".
        let text = "He accepted a treaty he had rejected after the August 1988 cease-fire. Iran \
                    had condemned the invasion on Aug. 2.";
        assert_eq!(value_of(text, date(1990, 8, 15), "Aug. 2"), "1990-08-02");
        // Nor told of the future.
        let text = "Talks closed in June 2023. The President will fly to Havana on 9 June again.";
        assert_eq!(value_of(text, r, "9 June"), "2025-06-09");
    }

    #[test]
    fn a_plan_called_off_just_now_was_for_a_day_ahead_and_one_called_off_then_for_a_day_gone() {
        // A Monday.
        let r = date(2024, 9, 23);
        let text = "The minister has called off a visit that had been planned for Thursday.";
        assert_eq!(value_of(text, r, "Thursday"), "2024-09-26");
        let text = "The second round, due in London on Wednesday, has been called off.";
        assert_eq!(value_of(text, r, "Wednesday"), "2024-09-25");
        // Called off in the past, the plan was for a day gone.
        let text = "A visit that had been planned for Thursday was called off.";
        assert_eq!(value_of(text, r, "Thursday"), "2024-09-19");
        let text = "A visit to Caracas planned for November was postponed.";
        assert_eq!(value_of(text, date(2024, 1, 20), "November"), "2023-11");
        let text = "A second round, set for April, was called off.";
        assert_eq!(value_of(text, date(2006, 6, 2), "April"), "2006-04");
        // Called off now, a day that is no plan's keeps its tense.
        let text = "The minister, who arrived on Thursday, has called off his visit.";
        assert_eq!(value_of(text, r, "Thursday"), "2024-09-19");
    }

    #[test]
    fn the_following_or_previous_season_counts_from_the_narrative() {
        let r = date(1998, 12, 13);
        let text = "The ceasefire held in 1995. The following winter it collapsed.";
        assert_eq!(value_of(text, r, "following winter"), "1995-WI");
        let text = "The ceasefire held in 1995. The following summer it collapsed.";
        assert_eq!(value_of(text, r, "following summer"), "1996-SU");
        let text = "The talks opened in March 1996. The previous autumn they had been planned.";
        assert_eq!(value_of(text, r, "previous autumn"), "1995-FA");
        let text = "The talks opened in October 1996. The previous summer they had been planned.";
        assert_eq!(value_of(text, r, "previous summer"), "1996-SU");
        // With no narrative, from the article's date.
        assert_eq!(value_of("The following summer was dry.", r, "following summer"), "1999-SU");
    }

    #[test]
    fn a_holiday_of_a_year_and_in_a_past_years_paragraph() {
        let r = date(1998, 12, 13);
        assert_eq!(
            value_of("The talks ran until Good Friday of 1998.", r, "Good Friday of 1998"),
            "1998-04-10"
        );
        let text = "Late in 1995 the president came to Belfast and switched on the Christmas lights.";
        assert_eq!(value_of(text, r, "Christmas"), "1995-12-25");
        // In a new paragraph, or told ahead, the holiday is the reference date's.
        let text = "Late in 1995 the president came to Belfast.\nHe switched on the Christmas lights.";
        assert_eq!(value_of(text, r, "Christmas"), "1998-12-25");
        let text = "In 1995 the talks began; they will end by Christmas.";
        assert_eq!(value_of(text, r, "Christmas"), "1998-12-25");
        // "Christmas Day last year": the holiday of the year it names, whatever the tense.
        let r = date(2016, 9, 30);
        let text = "He made a stop in Lahore on Christmas Day last year.";
        assert_eq!(value_of(text, r, "Christmas Day last year"), "2015-12-25");
        let text = "The plant will open on New Year's Day next year.";
        assert_eq!(value_of(text, r, "New Year's Day next year"), "2017-01-01");
        assert_eq!(value_of("Easter this year was cold.", r, "Easter this year"), "2016-03-27");
    }

    #[test]
    fn a_full_month_names_full_stop_is_the_sentences() {
        let r = date(2022, 11, 3);
        let text = "They met on 25 October. They met again on 2 Nov. and parted.";
        assert_eq!(
            values(text, r),
            vec![
                ("25 October".to_owned(), "2022-10-25".to_owned()),
                ("2 Nov.".to_owned(), "2022-11-02".to_owned())
            ]
        );
    }

    #[test]
    fn units_ago_today_is_the_articles_day_so_many_units_back() {
        let r = date(2024, 3, 24);
        let text = "Twenty years ago today, the talks began.";
        assert_eq!(value_of(text, r, "Twenty years ago today"), "2004-03-24");
        assert_eq!(value_of("A decade ago this week, they met.", r, "A decade ago this week"), "2014-W13");
        assert_eq!(value_of("It fell a year ago yesterday.", r, "a year ago yesterday"), "2023-03-23");
        assert_eq!(
            value_of("Six months ago this month, it fell.", r, "Six months ago this month"),
            "2023-09"
        );
        // A leap day a year back is the last of February.
        assert_eq!(
            value_of("A year ago today, they met.", date(2024, 2, 29), "A year ago today"),
            "2023-02-28"
        );
        // Its morning or night is that day too.
        let text = "A year ago this morning troops crossed the border.";
        assert_eq!(value_of(text, r, "A year ago this morning"), "2023-03-24");
        assert_eq!(value_of("Ten years ago tonight, they met.", r, "Ten years ago tonight"), "2014-03-24");
        assert_eq!(
            value_of("A week ago tomorrow, the summit closed.", r, "A week ago tomorrow"),
            "2024-03-18"
        );
        // "Earlier today" stays its own.
        assert_eq!(value_of("It fell two years earlier.", r, "two years earlier"), "2022");
    }

    #[test]
    fn a_fortnight_is_two_weeks() {
        let r = date(2024, 5, 10); // a Friday of ISO week 19
        assert_eq!(value_of("The two met in Paris a fortnight ago.", r, "a fortnight ago"), "2024-W17");
        assert_eq!(value_of("He was in Rome two fortnights ago.", r, "two fortnights ago"), "2024-W15");
        assert_eq!(value_of("The talks lasted a fortnight.", r, "a fortnight"), "P2W");
        assert_eq!(value_of("The strike ran for three fortnights.", r, "three fortnights"), "P6W");
        assert_eq!(value_of("The council meets every fortnight.", r, "every fortnight"), "P2W");
        // A week is still one.
        assert_eq!(value_of("The two met in Paris a week ago.", r, "a week ago"), "2024-W18");
    }

    #[test]
    fn periods_named_by_their_parts() {
        let r = date(2005, 8, 1); // a Monday
        assert_eq!(value_of("Sales rose in the last half of 2004.", r, "the last half of 2004"), "2004-H2");
        assert_eq!(
            value_of(
                "It expects losses in the first two quarters of 2006.",
                r,
                "the first two quarters of 2006"
            ),
            "2006-H1"
        );
        let t = Tagger::english().tag("They boomed in the last half of the '90s.", Some(r));
        assert_eq!((t.len(), t[0].value.as_str(), t[0].modifier.as_deref()), (1, "199", Some("END")));
        assert_eq!(value_of("In the fiscal year ended March 31, it earned $5.", r, "the fiscal year"), "P1Y");
        // A results story: the period it reports, a year back, in one expression.
        let text = "Net rose in the second quarter. It had lost $3 million in the quarter a year ago.";
        assert_eq!(value_of(text, r, "the quarter a year ago"), "2004-Q2");
        let text = "Net rose in the second quarter, against a loss for the corresponding period last year.";
        assert_eq!(value_of(text, r, "the corresponding period last year"), "2004-Q2");
        assert_eq!(
            value_of("Net for the year-earlier nine months fell.", r, "the year-earlier nine months"),
            "P9M"
        );
        assert_eq!(
            value_of("Shares were up at mid-afternoon yesterday.", r, "mid-afternoon yesterday"),
            "2005-07-31TAF"
        );
        // Easter 2005 fell on 27 March, a Sunday: the end of ISO week 12.
        assert_eq!(value_of("Crowds gathered in Easter week.", r, "Easter week"), "2005-W12");
        assert_eq!(value_of("He called a week or so ago.", r, "a week or so ago"), "2005-W30");
        // "by mid-afternoon": the part of the day the narrative is at, else the article's day.
        let text = "Fighting resumed on Friday. By mid-afternoon, the army had withdrawn.";
        assert_eq!(value_of(text, r, "mid-afternoon"), "2005-07-29TAF");
        assert_eq!(value_of("Markets rallied by late afternoon.", r, "late afternoon"), "2005-08-01TAF");
    }

    #[test]
    fn a_verb_after_and_belongs_to_the_next_clause() {
        // Wednesday 9 March 2011.
        let r = date(2011, 3, 9);
        let text = "The union planned a march in the capital on Friday and was hoping to draw thousands.";
        assert_eq!(value_of(text, r, "Friday"), "2011-03-11");
        let text = "The union held a march on Friday and will hold another in April.";
        assert_eq!(value_of(text, r, "Friday"), "2011-03-04");
        // With no verb before it, the one after still decides.
        let text = "On Friday and Saturday the union will march.";
        assert_eq!(value_of(text, r, "Friday"), "2011-03-11");
    }

    #[test]
    fn what_has_ended_is_over_and_that_quarter_points_back() {
        // Written on 20 May 2004: a quarter "ended May 31" can only be last year's.
        let r = date(2004, 5, 20);
        let text = "Brandt Mills changed its fiscal year in March. In the year-ago quarter, the \
                    fourth quarter ended May 31, the mill lost $2 million. Sales in that \
                    quarter fell 8%.";
        assert_eq!(value_of(text, r, "May 31"), "2003-05-31");
        assert_eq!(value_of(text, r, "the fourth quarter"), "2003-Q4");
        assert_eq!(value_of(text, r, "that quarter"), "2003-Q4");
        // A date that has passed keeps its year; without "ended" a date ahead is this year's.
        assert_eq!(value_of("The quarter ended April 30 was weak.", r, "April 30"), "2004-04-30");
        assert_eq!(value_of("The mill said it would pay on June 12.", r, "June 12"), "2004-06-12");
        // A fiscal quarter ended in the reference year is of that year.
        let text = "For the second quarter ended Jan. 31, the bakery earned $3 million.";
        assert_eq!(value_of(text, r, "the second quarter"), "2004-Q2");
        // With no quarter named before, "that quarter" is the one its date falls in.
        let text = "Prices peaked on Feb. 3, and sales that quarter were strong.";
        assert_eq!(value_of(text, r, "that quarter"), "2004-Q1");
    }

    #[test]
    fn a_stretch_in_the_past_runs_until_a_past_day() {
        // "until" is a deadline ahead, unless a verb in the past runs up to it.
        let r = date(2016, 10, 5);
        assert_eq!(value_of("The talks ran until 26 August.", r, "26 August"), "2016-08-26");
        assert_eq!(value_of("The truce lasted until 3 March.", r, "3 March"), "2016-03-03");
        assert_eq!(value_of("The vote was postponed until 26 August.", r, "26 August"), "2017-08-26");
        assert_eq!(value_of("He will stay until 3 March.", r, "3 March"), "2017-03-03");
    }

    #[test]
    fn a_measures_exactness_and_a_day_counted_from_an_event_are_no_dates() {
        let r = date(2016, 10, 5);
        let text = "They met ten years almost to the week after the bombs fell, two years to the day \
                    after the vote. The day after the election, he called. After a cold start to the \
                    week, it warmed.";
        let tagged: Vec<String> = values(text, r).into_iter().map(|(t, _)| t).collect();
        assert_eq!(tagged, ["ten years", "two years", "the week"], "{text}");
        // With a day named before, "the day after" is the narrative's next.
        assert_eq!(value_of("They met on 3 March. The day after, he flew home.", r, "The day"), "2016-03-04");
    }

    #[test]
    fn a_day_counted_from_what_follows_leaves_the_story_where_it_was() {
        // "the night before it fell" is counted from the fall, which the story stays at: "The
        // morning after Huambo fell" is the day after it, not after the night before.
        let r = date(1994, 11, 27);
        let text = "They took it on 9 November. He had left on foot the night before it fell. The \
                    morning after Huambo fell, the mediator telephoned him.";
        assert_eq!(value_of(text, r, "the night"), "1994-11-08");
        assert_eq!(value_of(text, r, "The morning"), "1994-11-10");
    }

    #[test]
    fn no_reference_date_gives_underspecified_values() {
        let t = Tagger::english().tag("They met on Tuesday, May 2.", None);
        assert!(t.iter().all(|x| x.value.contains('X')), "{t:?}");
    }
}
