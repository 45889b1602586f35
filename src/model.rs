//! The domain model: articles, the temporal expressions and events found in them, and the
//! evidence (mentions) that ties every event back to its source sentences.
//!
//! This module is plain data. It knows nothing about how articles are read (see `ingest`),
//! how events are found (see `extract`), or how they are drawn (see `timeline` and `app`).

use std::path::PathBuf;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Identifies an article within one open collection. Stable for the life of the collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(pub u32);

/// Identifies an event within one extraction result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EventId(pub u32);

/// Where an article's reference date ("document creation time") came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceSource {
    /// A metadata field: front matter, TimeML DCT, HTML meta tags, a feed item's date.
    Metadata,
    /// Found in the text itself, e.g. a dateline ("MOSCOW, May 2 (Reuters) -").
    Text,
    /// Set by the user (in the app, or `--reference-date` on the command line).
    User,
}

impl ReferenceSource {
    pub fn label(self) -> &'static str {
        match self {
            ReferenceSource::Metadata => "metadata",
            ReferenceSource::Text => "text",
            ReferenceSource::User => "user",
        }
    }
}

/// The date an article was written, against which "last month" or "on Tuesday" resolve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceDate {
    pub date: Date,
    pub source: ReferenceSource,
}

/// One opened document. `text` is what extraction reads; every byte offset in a `Mention`
/// or `Timex` points into it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: ArticleId,
    /// The file it came from; `None` for the embedded sample or text pasted by the user.
    pub path: Option<PathBuf>,
    pub title: String,
    pub text: String,
    /// `None` when no reference date could be found: the app asks the user for one.
    pub reference: Option<ReferenceDate>,
    /// The publisher or byline, when the input names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// How the file's bytes were decoded ("UTF-8", "windows-1252", ...), when read from bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
}

impl Article {
    pub fn reference_date(&self) -> Option<Date> {
        self.reference.map(|r| r.date)
    }
}

/// An interval of calendar days with the TIMEX3-style value that names it.
///
/// `value` is what the text said at its own granularity ("2017-05-02", "2017-04",
/// "2017-W18", "2017-SU", "2016", "199"); `start..=end` are the inclusive first and last
/// days it covers, which is what the timeline draws.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeSpan {
    pub value: String,
    pub start: Date,
    pub end: Date,
}

impl TimeSpan {
    pub fn day(date: Date) -> TimeSpan {
        TimeSpan { value: date.to_string(), start: date, end: date }
    }

    /// The days from `start` to `end`, written as the interval "start/end".
    pub fn between(start: Date, end: Date) -> TimeSpan {
        TimeSpan { value: format!("{start}/{end}"), start, end }
    }

    /// From the start of `from` to the end of `to`, written as the interval of their values
    /// ("1995-11/1995-12").
    pub fn joining(from: &TimeSpan, to: &TimeSpan) -> TimeSpan {
        TimeSpan { value: format!("{}/{}", from.value, to.value), start: from.start, end: to.end }
    }

    /// True when the span is a single day (drawn as a marker, not a bar).
    pub fn is_day(&self) -> bool {
        self.start == self.end
    }

    /// Number of days covered, at least 1.
    pub fn days(&self) -> i64 {
        (self.end - self.start).get_days() as i64 + 1
    }

    /// The span in words: "Tue 2 May 2017", "April 2017", "2017", "1 May – 7 May 2017".
    pub fn describe(&self) -> String {
        let day = |d: Date| d.strftime("%a %-d %b %Y").to_string();
        if self.is_day() {
            return day(self.start);
        }
        let whole_month = self.start.day() == 1 && self.end == self.start.last_of_month();
        if whole_month {
            return self.start.strftime("%B %Y").to_string();
        }
        let whole_year = self.start.month() == 1
            && self.start.day() == 1
            && self.end.month() == 12
            && self.end.day() == 31;
        if whole_year && self.start.year() == self.end.year() {
            return self.start.year().to_string();
        }
        if whole_year {
            return format!("{}–{}", self.start.year(), self.end.year());
        }
        format!("{} – {}", self.start.strftime("%-d %b %Y"), self.end.strftime("%-d %b %Y"))
    }

    /// True when `self` lies within `other` (a day inside its month, a month inside its year).
    pub fn within(&self, other: &TimeSpan) -> bool {
        other.start <= self.start && self.end <= other.end
    }
}

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A temporal expression found in an article's text, normalised TIMEX3-style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// Byte range of the expression in the article text.
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The TIMEX3 value: "2017-05-02", "2017-W18", "PAST_REF", "P2Y", "XXXX-WXX-1" ...
    pub value: String,
    /// The TIMEX3 `mod` attribute ("APPROX", "START", "END", "LESS_THAN", ...), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The calendar interval a DATE or TIME value covers; `None` for durations, sets and
    /// fuzzy values like PAST_REF that name no interval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<TimeSpan>,
}

/// What kind of real-world event an `Event` is. Each kind is a lane on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Call,
    Meeting,
    Visit,
    Talks,
    Summit,
    Strike,
    Election,
    /// A dated mention that is none of the above; shown in its own lane, hidden by default.
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 8] = [
        EventKind::Call,
        EventKind::Meeting,
        EventKind::Visit,
        EventKind::Talks,
        EventKind::Summit,
        EventKind::Strike,
        EventKind::Election,
        EventKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Call => "call",
            EventKind::Meeting => "meeting",
            EventKind::Visit => "visit",
            EventKind::Talks => "talks",
            EventKind::Summit => "summit",
            EventKind::Strike => "strike",
            EventKind::Election => "election",
            EventKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// Whether an event happened, by the article's account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    #[default]
    Happened,
    Ongoing,
    /// Future tense, "will", "agreed to", "plans to": drawn outlined.
    Planned,
    Cancelled,
    /// Negated, hypothetical or merely reported as possible ("would start a war").
    Unreal,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Happened => "happened",
            EventStatus::Ongoing => "ongoing",
            EventStatus::Planned => "planned",
            EventStatus::Cancelled => "cancelled",
            EventStatus::Unreal => "unreal",
        }
    }
}

/// One place in one article that speaks of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub article: ArticleId,
    /// Byte range of the trigger words ("spoke by phone", "missile strike").
    pub trigger_start: usize,
    pub trigger_end: usize,
    /// Byte range of the whole sentence that holds the trigger.
    pub sentence_start: usize,
    pub sentence_end: usize,
}

/// When an event took place and how that was worked out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    pub span: TimeSpan,
    /// The expression it was resolved from ("last month"), if the event had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// The date the expression was resolved against (the reference date, or the date last
    /// mentioned in the narrative for "the following day").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Date>,
    /// True when no expression dated the event and it took the reference date from context.
    #[serde(default)]
    pub approximate: bool,
}

/// A real-world event, with every mention of it across the open articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    pub kind: EventKind,
    pub title: String,
    pub when: Option<When>,
    pub status: EventStatus,
    pub participants: Vec<String>,
    pub location: Option<String>,
    pub mentions: Vec<Mention>,
    /// Why mentions were merged into this event, one line per merge, for the detail panel.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merge_reasons: Vec<String>,
    /// The user's note on the event (see `corrections`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// What the user changed on this event ("kind", "date", "added", "merged" ...); empty
    /// for an event exactly as extracted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrected: Vec<String>,
}

/// The opening words of `text`, at most `max_chars` characters and cut between words, with
/// "…" when anything was cut.
pub(crate) fn shorten(text: &str, max_chars: usize) -> String {
    // (Not counting every character of a long text: only whether there are more.)
    let Some((cut, _)) = text.char_indices().nth(max_chars) else { return text.to_owned() };
    let mut short = text[..cut].to_owned();
    if let Some(space) = short.rfind(' ') {
        short.truncate(space);
    }
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn span_days_and_containment() {
        let month = TimeSpan { value: "2017-04".into(), start: date(2017, 4, 1), end: date(2017, 4, 30) };
        let day = TimeSpan::day(date(2017, 4, 6));
        assert_eq!(month.days(), 30);
        assert!(day.is_day());
        assert!(day.within(&month));
        assert!(!month.within(&day));
        assert_eq!(month.describe(), "April 2017");
        assert_eq!(day.describe(), "Thu 6 Apr 2017");
        let week = TimeSpan { value: "2017-W18".into(), start: date(2017, 5, 1), end: date(2017, 5, 7) };
        assert_eq!(week.describe(), "1 May 2017 – 7 May 2017");
    }

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(EventKind::parse("Smarch"), None);
    }
}
