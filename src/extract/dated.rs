//! Dated sentences: a date that no event of ours claimed still makes an event of kind
//! `other` (hidden by default), one per date. They are nine in ten of all events in news, so
//! an analysis keeps them compactly, with their few words of text in one string, and each
//! becomes an [`Event`] only when merging is finished (they never merge).

use jiff::civil::Date;

use crate::model::{ArticleId, Event, EventId, EventKind, EventStatus, Mention, Timex, When};

/// The dates of an article that no event claimed, in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatedSentences {
    /// The date the article's dates were resolved against: each event's anchor.
    anchor: Option<Date>,
    entries: Vec<Entry>,
    /// Each entry's title (its sentence's opening words) and expression, one after another.
    words: String,
}

#[derive(Debug, Clone, PartialEq)]
struct Entry {
    /// Byte range of the date's expression, and of its sentence, in the article text.
    start: usize,
    end: usize,
    sentence_start: usize,
    sentence_end: usize,
    /// Which of the article's temporal expressions it is (see [`DatedSentences::find_timexes`]).
    timex: u32,
    /// Where the entry's title and expression end in `words`; the title starts where the
    /// entry before ends.
    title_end: u32,
    expression_end: u32,
}

impl DatedSentences {
    pub(crate) fn new(anchor: Option<Date>) -> DatedSentences {
        DatedSentences { anchor, ..DatedSentences::default() }
    }

    /// Notes the date at `start..end` of `text`, in the sentence at `sentence`, under `title`.
    pub(crate) fn push(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        sentence: std::ops::Range<usize>,
        title: &str,
    ) {
        self.words.push_str(title);
        let title_end = to_u32(self.words.len());
        self.words.push_str(&text[start..end]);
        let expression_end = to_u32(self.words.len());
        self.entries.push(Entry {
            start,
            end,
            sentence_start: sentence.start,
            sentence_end: sentence.end,
            timex: u32::MAX,
            title_end,
            expression_end,
        });
    }

    /// Notes which of the article's temporal expressions `timexes` each date is, while they
    /// are at hand: making the events, after every article is merged, then reads that one
    /// alone rather than searching expressions long out of the cache.
    pub(crate) fn find_timexes(&mut self, timexes: &[Timex]) {
        for entry in &mut self.entries {
            let first = timexes.partition_point(|t| t.start < entry.start);
            let found = timexes[first..]
                .iter()
                .take_while(|t| t.start == entry.start)
                .position(|t| t.end == entry.end);
            entry.timex = found.map_or(u32::MAX, |i| to_u32(first + i));
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Where the `i`-th date starts in the article text.
    pub fn position(&self, i: usize) -> usize {
        self.entries[i].start
    }

    /// The event of the `i`-th date of the article `article`, whose temporal expressions are
    /// `timexes` (the date is one of them).
    pub(crate) fn event(&self, article: ArticleId, timexes: &[Timex], i: usize) -> Event {
        let entry = &self.entries[i];
        let words_start = i.checked_sub(1).map_or(0, |before| self.entries[before].expression_end) as usize;
        // (Offsets past 4 GB of words, which no article reaches, would only lose the words.)
        let title = self.words.get(words_start..entry.title_end as usize).unwrap_or_default();
        let expression =
            self.words.get(entry.title_end as usize..entry.expression_end as usize).unwrap_or_default();
        let span = timexes.get(entry.timex as usize).and_then(|t| t.span.clone());
        let future = self.anchor.zip(span.as_ref()).is_some_and(|(r, span)| span.start > r);
        Event {
            id: EventId(0),
            kind: EventKind::Other,
            title: title.to_owned(),
            when: span.map(|span| When {
                span,
                expression: Some(expression.to_owned()),
                anchor: self.anchor,
                approximate: false,
            }),
            status: if future { EventStatus::Planned } else { EventStatus::Happened },
            participants: Vec::new(),
            location: None,
            mentions: vec![Mention {
                article,
                trigger_start: entry.start,
                trigger_end: entry.end,
                sentence_start: entry.sentence_start,
                sentence_end: entry.sentence_end,
            }],
            merge_reasons: Vec::new(),
            note: None,
            corrected: Vec::new(),
        }
    }
}

/// An offset into an article's dated words, which are far fewer than its text (at most a
/// file's size, which ingest caps well below 4 GB).
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::extract::{analyse, extract};
    use crate::model::{Article, ReferenceDate, ReferenceSource};

    fn article(text: &str) -> Article {
        Article {
            id: ArticleId(3),
            path: None,
            title: String::new(),
            text: text.to_owned(),
            reference: Some(ReferenceDate { date: date(2021, 6, 10), source: ReferenceSource::Metadata }),
            source: None,
            encoding: None,
        }
    }

    #[test]
    fn dates_no_event_claims_are_kept_apart_and_become_events_of_their_own() {
        let text = "Prices rose on Monday and fell again on Tuesday. The minister met her Irish \
                    counterpart on Wednesday. Harvests start next month.";
        let analysis = analyse(&article(text));
        assert!(analysis.mentions.iter().all(|m| m.kind != EventKind::Other));
        assert_eq!(analysis.dated.len(), 3, "Monday, Tuesday and next month; Wednesday is the meeting's");
        assert_eq!(analysis.dated.position(1), text.find("Tuesday").unwrap());
        let events = extract(&[article(text)]).events;
        let dated: Vec<(&str, &str, &str, EventStatus)> = events
            .iter()
            .filter(|e| e.kind == EventKind::Other)
            .map(|e| {
                let when = e.when.as_ref().expect("dated");
                (e.title.as_str(), when.span.value.as_str(), when.expression.as_deref().unwrap(), e.status)
            })
            .collect();
        let first = "Prices rose on Monday and fell again on Tuesday.";
        assert_eq!(
            dated,
            vec![
                (first, "2021-06-07", "Monday", EventStatus::Happened),
                (first, "2021-06-08", "Tuesday", EventStatus::Happened),
                ("Harvests start next month.", "2021-07", "next month", EventStatus::Planned),
            ]
        );
        let on_tuesday =
            events.iter().find(|e| e.title == first && e.mentions[0].trigger_start > 20).unwrap();
        let mention = &on_tuesday.mentions[0];
        assert_eq!(
            (mention.article, &text[mention.trigger_start..mention.trigger_end]),
            (ArticleId(3), "Tuesday")
        );
        assert_eq!(&text[mention.sentence_start..mention.sentence_end], first);
        assert_eq!(on_tuesday.when.as_ref().unwrap().anchor, Some(date(2021, 6, 10)));
    }
}
