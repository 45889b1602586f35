//! Event extraction: from an article's text and its temporal expressions to the events it
//! reports (kind, title, date, participants, location, status), and the merging of every
//! mention of one real-world event, within and across articles.
//!
//! `analyse` works on one article and is what runs in parallel; `merge` runs after it over
//! all articles. Not for: reading files (`ingest`) or normalising dates (`timex`).
//!
//! Within `analyse`: `cues` finds the words of events and sets aside look-alikes;
//! `sentence` turns a sentence's cues into mentions with a date and status; `participants`
//! says who took part and where, helped by `people` (who the story names) and `dates`
//! (which temporal expression an event takes); `dated` keeps the dates no event claimed.

mod cues;
mod dated;
mod dates;
mod headlines;
pub(crate) mod lexicon;
mod merge;
mod participants;
mod people;
mod sentence;
pub mod sentences;

use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use jiff::civil::Date;
use rayon::prelude::*;

use crate::model::{
    Article, ArticleId, Event, EventKind, EventStatus, Mention, TimeSpan, Timex, TimexType, When,
};
use crate::timex::Tagger;
use cues::*;
pub use dated::DatedSentences;
use dates::{bounds_a_period, describes_a_noun, opens_with_date, past_or_auxiliary, sets_the_day};
use lexicon::{Cue, EntityClass, Lexicon};
pub(crate) use merge::Merger;
pub use merge::merge;
use people::People;
use sentence::*;

/// What one article yields before merging.
#[derive(Debug, Clone, Default)]
pub struct ArticleAnalysis {
    pub article: ArticleId,
    /// Byte ranges of the sentences, in order.
    pub sentences: Vec<Range<usize>>,
    pub timexes: Vec<Timex>,
    /// The mentions of events of our kinds (and anaphors like "the call").
    pub mentions: Vec<EventMention>,
    /// The dates no event claimed: each an event of kind `other` of its own.
    pub dated: DatedSentences,
}

/// One mention of an event, with what its own sentence and context say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    pub kind: EventKind,
    pub title: String,
    pub when: Option<When>,
    pub status: EventStatus,
    pub participants: Vec<String>,
    pub location: Option<String>,
    pub mention: Mention,
    /// "the call": refers back to an event already reported; never an event on its own.
    pub anaphoric: bool,
    /// Dated in its own words ("Saturday's explosion", "the August 7 bombings").
    pub own_date: bool,
    /// The trigger words as written ("spoke by phone", "G20").
    pub trigger: String,
    /// The kind and trigger position of another event of its sentence it was held in, when
    /// it has no date of its own, or only a guess ("on the sidelines of the G20 summit, Hu
    /// met Belov"), and whether it was held just before that one, on its first day ("Before
    /// the summit, Okafor met Mensah").
    pub framed_by: Option<(EventKind, usize, bool)>,
    /// "person\u{1f}country" for each participant who speaks for a country.
    pub sides: Vec<String>,
    /// A strike's attackers, when the text says who made it ("Israeli jets struck"): a
    /// strike made by others is another strike.
    pub attackers: Vec<String>,
    /// Called off only to be held later: its sentence says it was put off ("The vote had
    /// been postponed twice"), not called off for good.
    pub put_off: bool,
    /// Told as one more of its kind ("A second rocket has hit", "another drone struck"): no
    /// mention told before it in its article is of the same event.
    pub another: bool,
}

impl EventMention {
    /// Titles the mention anew from its kind, trigger, participants and place, once they
    /// are known or have changed.
    fn retitle(&mut self, lexicon: &Lexicon) {
        self.title = title(lexicon, self.kind, &self.trigger, &self.participants, self.location.as_deref());
    }
}

/// Everything found in a set of articles.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// One per article, in the order of the articles given.
    pub analyses: Vec<ArticleAnalysis>,
    pub events: Vec<Event>,
}

/// Builds the English rules and lexicons now (in parallel) rather than when the first
/// article is analysed: for running while files are read. (Their builders use no rayon
/// parallelism themselves: a rayon thread building one could steal a job that needs it,
/// and wait for itself.)
pub fn prepare() {
    rayon::join(
        || {
            Tagger::english();
        },
        || {
            Lexicon::english();
        },
    );
}

/// Analyses every article (in parallel) and merges the results.
pub fn extract(articles: &[Article]) -> Extraction {
    extract_after(std::iter::empty(), articles)
}

/// After how many of its own analyses the merging thread of [`extract_after`] merges: often
/// enough to keep up, seldom enough that the analysis's tables and the merger's do not push
/// each other out of the cache (merging after every article made one thread 5-8% slower).
const MERGE_EVERY: usize = 512;

/// Analyses `articles` (in parallel) and merges their mentions after those of `earlier`,
/// analyses already made. The events are those [`merge`] gives over `earlier` followed by
/// the new analyses; the returned analyses are the new ones only.
///
/// Merging is sequential and must take the articles in order, so it is done alongside: each
/// thread takes the next article to analyse, and one of them, every [`MERGE_EVERY`] of its
/// articles, merges every analysis that is ready, in order. No thread waits for another
/// until the last article is analysed (batches merged between parallel steps left a thread
/// idle at each step's end), and the merger's tables stay in one core's cache.
pub fn extract_after<'a>(
    earlier: impl IntoIterator<Item = &'a ArticleAnalysis>,
    articles: &[Article],
) -> Extraction {
    let earlier: Vec<&ArticleAnalysis> = earlier.into_iter().collect();
    let slots: Vec<OnceLock<ArticleAnalysis>> = articles.iter().map(|_| OnceLock::new()).collect();
    let taken = AtomicUsize::new(0);
    let analyse_next = || {
        let i = taken.fetch_add(1, Ordering::Relaxed);
        let article = articles.get(i)?;
        let _ = slots[i].set(analyse(article));
        Some(())
    };
    let mut in_order = InOrder { merger: Merger::default(), earlier: earlier.iter(), next: 0 };
    rayon::scope(|scope| {
        for _ in 1..rayon::current_num_threads() {
            scope.spawn(|_| while analyse_next().is_some() {});
        }
        in_order.catch_up(&slots);
        for analysed in 1.. {
            if analyse_next().is_none() {
                break;
            }
            if analysed % MERGE_EVERY == 0 {
                in_order.catch_up(&slots);
            }
        }
    });
    in_order.catch_up(&slots);
    let analyses: Vec<ArticleAnalysis> = slots.into_iter().filter_map(OnceLock::into_inner).collect();
    let added: Vec<&ArticleAnalysis> = earlier.iter().copied().chain(&analyses).collect();
    let events = in_order.merger.finish(&added);
    Extraction { analyses, events }
}

/// The merger of [`extract_after`], with how far it has come: the earlier analyses first,
/// then the new ones in article order.
struct InOrder<'a> {
    merger: Merger,
    earlier: std::slice::Iter<'a, &'a ArticleAnalysis>,
    /// The first new article not merged yet.
    next: usize,
}

impl InOrder<'_> {
    /// Merges every analysis that is ready and follows those merged.
    fn catch_up(&mut self, slots: &[OnceLock<ArticleAnalysis>]) {
        for analysis in self.earlier.by_ref() {
            self.merger.add(analysis);
        }
        while let Some(analysis) = slots.get(self.next).and_then(OnceLock::get) {
            self.merger.add(analysis);
            self.next += 1;
        }
    }
}

/// Analyses every article (in parallel), keeping each with its analysis: for adding to a
/// corpus from another thread with [`crate::corpus::Corpus::stage`].
pub fn analyse_all(articles: Vec<Article>) -> Vec<(Article, ArticleAnalysis)> {
    articles
        .into_par_iter()
        .map(|article| {
            let analysis = analyse(&article);
            (article, analysis)
        })
        .collect()
}

/// How many opening sentences count as the lede: an undated event reported there in the
/// past tense is taken to have happened on the reference date (approximately).
const LEDE_SENTENCES: usize = 5;

/// How many words a heading of its own line may have ("Background", "Friday 15 - Saturday
/// 16 July").
const HEADING_WORDS: usize = 6;

/// Whether a sentence is a line of its own.
fn line_alone(text: &str, sentence: Range<usize>) -> bool {
    let before = text[..sentence.start].trim_end_matches([' ', '\t']);
    let after = text[sentence.end..].trim_start_matches([' ', '\t', '.']);
    (before.is_empty() || before.ends_with('\n')) && (after.is_empty() || after.starts_with('\n'))
}

/// The most words a headline on a line of its own has.
const HEADLINE_WORDS: usize = 16;

/// Whether a sentence is a headline on a line of its own, with no full stop ("TICKER: US,
/// NORTH KOREAN OFFICIALS IN BORDER TALKS ON SINGAPORE SUMMIT", "- Hondurans vote in
/// presidential election, results due overnight"): news of the article's day, as a lede is.
fn headline_alone(text: &str, sentence: Range<usize>) -> bool {
    let told = text[sentence.clone()].trim_end();
    !told.ends_with(['.', '?', '!', ':'])
        && told.split_whitespace().count() <= HEADLINE_WORDS
        && line_alone(text, sentence)
}

/// Whether a heading names a day as an agenda does, by weekday and day of the month, with no
/// year ("Wednesday 13 July", "Monday, 11 July"), or by weekday alone ("Monday"): not a
/// chronology's "2000" or a readout's
/// "June 9, 2021", which head what happened then rather than what is planned for the day.
fn agenda_day(line: &str, lexicon: &Lexicon) -> bool {
    let written: Vec<&str> = line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let words: Vec<String> = written.iter().map(|w| w.to_ascii_lowercase()).collect();
    // ("Mon 4 Sep": a diary's.)
    let weekday = words.iter().any(|w| lexicon.weekdays.contains(w))
        || written.iter().any(|w| lexicon.weekday_abbreviations.iter().any(|a| a == w));
    let day = words.iter().any(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()));
    let year = words.iter().any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    // ("Monday" on a line of its own: a week-ahead diary's day.)
    let alone = words.len() == 1;
    weekday && (day || alone) && !year
}

/// Whether a line opens with a clock time, as an agenda's entries do: "10:00 Cabinet", "9.30
/// Officials' briefing".
fn opens_at_a_clock_time(line: &str) -> bool {
    let line = line.trim_start();
    crate::timex::clock_time_length(line)
        .is_some_and(|length| line[length..].chars().next().is_none_or(char::is_whitespace))
}

/// Whether a sentence is one date alone, a dash at most before it ("Wednesday 13 July"), or a
/// diary's abbreviated weekday ("Mon 4 Sep").
fn only_a_date(text: &str, sentence: Range<usize>, timex: &Timex, lexicon: &Lexicon) -> bool {
    text.get(sentence.start..timex.start).is_some_and(|b| {
        let b = b.trim().trim_matches(['-', '–', '—']).trim();
        b.is_empty() || lexicon.weekday_abbreviations.iter().any(|a| b.trim_end_matches(['.', ',']) == a)
    }) && text.get(timex.end..sentence.end).is_some_and(|a| a.trim().trim_end_matches(['.', ':']).is_empty())
}

/// Whether a sentence opens a live blog's entry with its clock time and a dash ("14:20 - ",
/// "09:40 GMT - "): what the entry reports is news of the entry's day, as a lede's is.
fn live_entry(sentence: &str) -> bool {
    crate::timex::live_entry_time(sentence).is_some()
}

/// Whether `line` opens on a clock time and a capital, with no dash ("08:15 US Secretary of
/// State, Iranian FM meet over breakfast"): a live blog's entry, when enough of its article's
/// lines open so (see `LIVE_ENTRIES`).
fn undashed_entry(line: &str) -> bool {
    crate::timex::clock_time_length(line)
        .and_then(|length| line[length..].strip_prefix(' '))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
}

/// How many lines opening on a clock time with no dash make an article a live blog: one is
/// a time said ("9.30 Uhr"), three a blog's entries.
const LIVE_ENTRIES: usize = 3;

/// The day of the live blog's entry after midnight that `position` is in, if it is in one.
/// (Under a dateline of the day before, the lede's events stay on the paper's day.)
fn live_day(text: &str, local_days: &[(Range<usize>, Date)], position: usize) -> Option<Date> {
    local_days
        .iter()
        .rev()
        .find(|(part, _)| part.contains(&position) && live_entry(&text[part.start..]))
        .map(|(_, day)| *day)
}

/// How far back a date lies when naming it takes the story back from the news of the day:
/// "he was abducted in March 1996" a few sentences into a 1998 report.
const OLDER_THAN_DAYS: i32 = 31;

/// How far before an owned noun ("Embassy") its owner's name may start: "United States".
const OWNER_BYTES: usize = 40;

/// Finds the temporal expressions and event mentions of one article.
pub fn analyse(article: &Article) -> ArticleAnalysis {
    crate::tune_allocator();
    let text = article.text.as_str();
    let reference = article.reference_date();
    let lexicon = Lexicon::english();
    // "NEW DELHI, Feb. 19." in the paper of Feb. 20: the story's "yesterday" and "tomorrow"
    // count from its dateline's day; a live blog's after midnight, from the next day.
    let local_days = reference.map(|r| crate::timex::local_days(text, r)).unwrap_or_default();
    let timexes = Tagger::english().tag_article(text, reference, &local_days);
    // ("SECRETARY FLIES ALEXANDRIA TO SEE EGYPTIAN PRESIDENT": lines in capitals are read as
    // prose writes them, byte for byte where they were.)
    let written = text;
    let unshouted = headlines::unshout(text, lexicon);
    let text = unshouted.as_deref().unwrap_or(text);
    let sentences = sentences::split(text);
    let cues = find_cues(text, lexicon);
    // ("08:15 US Secretary of State, Iranian FM meet over breakfast": a blog's entries with
    // no dash after their times.)
    let undashed_blog = !cues.is_empty()
        && text.lines().filter(|l| undashed_entry(l)).take(LIVE_ENTRIES).count() == LIVE_ENTRIES;
    // People are only ever the participants of an event a cue found: an article without a
    // cue (most are) is not searched for them.
    let people = if cues.is_empty() { People::default() } else { People::find(text, lexicon) };

    let mut mentions = Vec::new();
    let mut dated = DatedSentences::new(reference);
    let mut cue_index = 0;
    let mut timex_index = 0;
    // The date a sentence opens with ("On Aug. 7, ..."), which frames the next one.
    let mut frame: Option<&Timex> = None;
    // The date heading a timeline's entry, which frames its paragraph.
    let mut entry: Option<&Timex> = None;
    // The date a line of its own heads ("Wednesday 13 July" in an agenda), which frames the
    // paragraphs under it until the next heading.
    let mut heading: Option<&Timex> = None;
    // The last date an earlier sentence named, when it lies well before the article's: the
    // story has gone back to it.
    let mut gone_back: Option<&Timex> = None;
    // "Two days later", "a day after the two met": dates given as a length from another.
    // Only events take them: an article with nothing to report (most are) is not read for them.
    let reports = cues.iter().any(|c| matches!(c.1, Cue::Trigger(_) | Cue::Anaphor(_)));
    let derived = if timexes.is_empty() || !reports {
        Vec::new()
    } else {
        dates::offset_dates(text, &sentences, &timexes, &cues, reference, lexicon)
    };
    let mut derived_index = 0;
    let ranged_entries = if reports { entries_over_days(text, &timexes) } else { Vec::new() };
    // The country of the last election the article reported with one.
    let mut last_election: Option<String> = None;
    for (sentence_number, sentence) in sentences.iter().enumerate() {
        let sentence_cues: Vec<&(Range<usize>, Cue)> = {
            while cue_index < cues.len() && cues[cue_index].0.start < sentence.start {
                cue_index += 1;
            }
            let mut end = cue_index;
            while end < cues.len() && cues[end].0.end <= sentence.end {
                end += 1;
            }
            cues[cue_index..end].iter().collect()
        };
        while timex_index < timexes.len() && timexes[timex_index].start < sentence.start {
            timex_index += 1;
        }
        let mut sentence_timexes: Vec<&Timex> = timexes[timex_index..]
            .iter()
            .take_while(|t| t.end <= sentence.end)
            .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && t.span.is_some())
            .filter(|t| !describes_a_noun(text, t, &sentence_cues, lexicon))
            .collect();
        while derived_index < derived.len() && derived[derived_index].start < sentence.start {
            derived_index += 1;
        }
        let derived_here = derived[derived_index..].iter().take_while(|t| t.end <= sentence.end);
        if derived_here.clone().next().is_some() {
            // "On the last day" counted from the event referred to, not as the tagger read it.
            sentence_timexes.retain(|t| !derived_here.clone().any(|d| t.start < d.end && d.start < t.end));
            sentence_timexes.extend(derived_here);
            sentence_timexes.sort_by_key(|t| t.start);
        }

        let live = line_start_near(text, sentence.start).is_some_and(|line| {
            live_entry(&text[line..]) || (undashed_blog && undashed_entry(&text[line..]))
        });
        let context = SentenceContext {
            text,
            written,
            article: article.id,
            range: sentence.clone(),
            // Only a trigger looks for its clause: most sentences have none.
            clauses: if sentence_cues.is_empty() {
                Vec::new()
            } else {
                clauses(text, sentence.clone(), &sentence_timexes, lexicon)
            },
            reference: live_day(text, &local_days, sentence.start).or(reference),
            lede: sentence_number < LEDE_SENTENCES || live || headline_alone(text, sentence.clone()),
            live,
            frame: frame.filter(|f| same_paragraph(text, f.start, sentence.start)),
            heading,
            gone_back,
            previous_sentence: sentence_number.checked_sub(1).map(|i| sentences[i].clone()),
            derived: &derived,
            lexicon,
            people: &people,
            last_election: last_election.as_deref(),
            sentence_entities: std::cell::OnceCell::new(),
        };
        let reported = mentions.len();
        mentions.extend(context.mentions(&sentence_cues, &sentence_timexes, &mut dated));
        // The interval before an event ("a day after the two met") is not where the story is.
        sentence_timexes.retain(|t| !context.is_interval(t));
        frame = sentence_timexes.first().copied().filter(|t| {
            opens_with_date(text, sentence.start, t)
                || sets_the_day(text, sentence.start, &sentence_timexes, reference, &lexicon.reporting_verbs)
        });
        // A timeline's entry ("Feb. 27 - ...", "23-25 April 2003. ...") dates its whole
        // paragraph, over all its days.
        if let Some(first) = sentence_timexes.first().copied() {
            if let Some(range) = ranged_entries.iter().find(|r| r.start == first.start) {
                entry = Some(range);
                frame = frame.map(|_| range);
            } else if crate::timex::heads_an_entry(text, first.start, first.end) {
                entry = Some(first);
            }
        }
        entry = entry.filter(|e| same_paragraph(text, e.start, sentence.end));
        if line_alone(text, sentence.clone()) {
            let line = &text[sentence.clone()];
            // (One day: "Friday 15 - Saturday 16 July" is read as two, the first wrongly.)
            if let [date] = sentence_timexes[..]
                && only_a_date(text, sentence.clone(), date, lexicon)
                && agenda_day(line, lexicon)
            {
                heading = Some(date);
            } else if line.split_whitespace().count() <= HEADING_WORDS
                && !line.ends_with(['.', '!', '?'])
                && !opens_at_a_clock_time(line)
            {
                // ("Background": a heading with no date ends the last one's days; "10:00
                // Cabinet" is one of its entries.)
                heading = None;
            }
        }
        if frame.is_none() {
            frame = entry;
        }
        // "since 1993" bounds a period and tells no story of that year.
        if let Some(last) = sentence_timexes.iter().rev().find(|t| !bounds_a_period(text, sentence.start, t))
        {
            let old = reference
                .zip(last.span.as_ref())
                .is_some_and(|(r, s)| (r - s.end).get_days() > OLDER_THAN_DAYS);
            gone_back = old.then_some(*last);
        }
        if let Some(country) =
            mentions[reported..].iter().rev().filter(|m| m.kind == EventKind::Election).find_map(|m| {
                // "in Finland's referendum on joining the European Union": where it is held.
                let held_in = m.location.as_deref().and_then(|l| lexicon.country_in(l));
                m.participants
                    .iter()
                    .map(String::as_str)
                    .find(|p| lexicon.class_of(p) == Some(EntityClass::Country))
                    .or(held_in)
            })
        {
            last_election = Some(country.to_owned());
        }
    }
    dated.find_timexes(&timexes);
    elections_without_a_country(text, &mut mentions, lexicon);
    talks_without_sides(text, &mut mentions, lexicon);
    summits_without_sides(&mut mentions, lexicon);
    they_of_the_last_gathering(text, &mut mentions, lexicon);
    guests_of_the_last_visit(text, &mut mentions, lexicon);
    hosts_at_their_seats(&mut mentions, lexicon);
    strikes_without_a_foe(&mut mentions, lexicon);
    visits_of_the_received(text, &mut mentions, lexicon);
    visits_each_made(text, &mut mentions, lexicon);
    sequels_without_sides(&mut mentions, lexicon);
    states_of_their_day(&mut mentions, reference, lexicon);
    ArticleAnalysis { article: article.id, sentences, timexes, mentions, dated }
}

/// The chronology's entries headed by a range of days, each as one date over the range: "23-25
/// April 2003. China, the United States and North Korea hold three-party talks", "26 July - 7
/// August 2005. Fourth round", "- Feb 6-23: ...". The tagger reads the two ends apart ("23",
/// "25 April 2003"), and the entry's paragraph is dated by both.
fn entries_over_days(text: &str, timexes: &[Timex]) -> Vec<Timex> {
    let over = |first: &Timex, end: usize, span: TimeSpan| Timex {
        start: first.start,
        end,
        kind: first.kind,
        value: span.value.clone(),
        modifier: None,
        span: Some(span),
    };
    let dash = |gap: &str| matches!(gap.trim(), "-" | "–" | "—");
    let mut entries = Vec::new();
    for (i, first) in timexes.iter().enumerate() {
        let Some(open) = first.span.as_ref().filter(|s| s.is_day()) else { continue };
        // The other end a date of its own ("26 July - 7 August 2005"), or a bare day of the
        // same month ("Feb 6-23:").
        if let Some(last) = timexes.get(i + 1)
            && dash(&text[first.end..last.start])
            && let Some(close) = last.span.as_ref().filter(|s| s.start > open.end)
            && crate::timex::heads_an_entry(text, first.start, last.end)
        {
            entries.push(over(first, last.end, TimeSpan::joining(open, close)));
        } else if let Some(after) = text[first.end..].strip_prefix(['-', '–'])
            && let Some(digits) = after.split(|c: char| !c.is_ascii_digit()).next().filter(|d| !d.is_empty())
            && let Ok(day) = digits.parse::<i8>()
            && day > open.start.day()
            && let Ok(last) = open.start.with().day(day).build()
            && crate::timex::heads_an_entry(text, first.start, first.end)
        {
            let end = text.len() - after.len() + digits.len();
            entries.push(over(first, end, TimeSpan::between(open.start, last)));
        }
    }
    entries
}

/// "The North Korean leader is received in Beijing by the Chinese President", "received his
/// Ivorian counterpart in Accra": one received where another country's ground is has come
/// there, and the reception is a visit of theirs too, unless its sentence tells a visit
/// already. The guest is the one side whose country is not the place's.
fn visits_of_the_received(text: &str, mentions: &mut Vec<EventMention>, lexicon: &Lexicon) {
    let receptions: Vec<EventMention> = mentions
        .iter()
        .filter(|m| m.kind == EventKind::Meeting && !m.anaphoric && lexicon.is_courtesy(&m.trigger))
        .filter(|m| {
            !mentions
                .iter()
                .any(|v| v.kind == EventKind::Visit && v.mention.sentence_start == m.mention.sentence_start)
        })
        .filter_map(|m| {
            let place = m.location.as_deref()?;
            // (A city or a country gone to or received in: "received at the White House" tells
            // a reception, and whether its guest came from afar for it the sentence must say.)
            let sentence = &text[m.mention.sentence_start..m.mention.sentence_end];
            let went_there = sentence
                .match_indices(place)
                .any(|(at, _)| matches!(sentence[..at].split_whitespace().next_back(), Some("in" | "to")));
            if !went_there {
                return None;
            }
            let ground = lexicon.country_of_place(place)?;
            // (A side's country: its own name, or the one its person speaks for.)
            let abroad = |name: &&String| {
                let country = if lexicon.class_of(name) == Some(EntityClass::Country) {
                    Some(name.as_str())
                } else {
                    country_in_sides(name, &m.sides)
                };
                country.is_some_and(|c| c != ground)
            };
            let [guest] = m.participants.iter().filter(abroad).collect::<Vec<_>>()[..] else {
                return None;
            };
            let mut visit = m.clone();
            visit.kind = EventKind::Visit;
            visit.participants = vec![guest.clone()];
            visit.sides.retain(|s| side_of(s, guest));
            visit.retitle(lexicon);
            Some(visit)
        })
        .collect();
    mentions.extend(receptions);
}

/// "The Chilean and Venezuelan Presidents each flew in this morning": a visit whose
/// trigger follows "each" is one visit for each of its visitors.
fn visits_each_made(text: &str, mentions: &mut Vec<EventMention>, lexicon: &Lexicon) {
    let mut index = 0;
    while index < mentions.len() {
        let mention = &mentions[index];
        let each = follows_each(text, mention.mention.sentence_start..mention.mention.trigger_start);
        if mention.kind != EventKind::Visit || mention.participants.len() < 2 || !each {
            index += 1;
            continue;
        }
        let visits: Vec<EventMention> = mention
            .participants
            .iter()
            .map(|visitor| {
                let mut visit = mention.clone();
                visit.participants = vec![visitor.clone()];
                visit.sides.retain(|s| side_of(s, visitor));
                visit.retitle(lexicon);
                visit
            })
            .collect();
        let count = visits.len();
        mentions.splice(index..=index, visits);
        index += count;
    }
}

/// Whether the last word of `before` is "each" ("the two Presidents each flew in").
fn follows_each(text: &str, before: Range<usize>) -> bool {
    text[before].split_whitespace().next_back().is_some_and(|w| w.eq_ignore_ascii_case("each"))
}

/// Whether a "person\u{1f}country" side is `person`'s.
fn side_of(side: &str, person: &str) -> bool {
    side.split_once('\u{1f}').is_some_and(|(p, _)| p == person)
}

/// The country `person` speaks for, by a mention's "person\u{1f}country" sides.
fn country_in_sides<'a>(person: &str, sides: &'a [String]) -> Option<&'a str> {
    sides.iter().find_map(|side| side.split_once('\u{1f}').filter(|(p, _)| *p == person).map(|(_, c)| c))
}

/// "The two armies' directors spoke by telephone ... They spoke again on the 12th": a sequel
/// whose sentence names no one is between the sides of the last event of its kind.
fn sequels_without_sides(mentions: &mut [EventMention], lexicon: &Lexicon) {
    for index in 0..mentions.len() {
        let mention = &mentions[index];
        if !mention.participants.is_empty() || !lexicon.sequels.contains(&mention.trigger.to_lowercase()) {
            continue;
        }
        let kind = mention.kind;
        if let Some(earlier) =
            mentions[..index].iter().rposition(|m| m.kind == kind && !m.participants.is_empty())
        {
            take_sides_of(mentions, index, earlier, lexicon);
        }
    }
}

/// Gives the mention at `index` the participants and sides of the one at `earlier`.
fn take_sides_of(mentions: &mut [EventMention], index: usize, earlier: usize, lexicon: &Lexicon) {
    let (participants, sides) = (mentions[earlier].participants.clone(), mentions[earlier].sides.clone());
    let mention = &mut mentions[index];
    mention.participants = participants;
    mention.sides = sides;
    mention.retitle(lexicon);
}

/// How many words may stand between "they" and the trigger they are the subject of ("They had
/// last spoken", "They agreed to meet").
const THEY_SUBJECT_WORDS: usize = 3;

/// Whether "they" is the subject right before a trigger: "They met at the presidential palace",
/// "They had last spoken by telephone in May", "They agreed to meet again", "since they met",
/// "and that they spoke by telephone again". Between the two only auxiliaries and adverbs
/// (`before_a_verb`) or "agreed to". "They" opens the sentence or a clause (after "since",
/// "that", "and", "but" or a colon); not "when the crisis began they spoke", which may be
/// anyone.
pub(super) fn they_before(
    text: &str,
    sentence_start: usize,
    trigger_start: usize,
    lexicon: &Lexicon,
) -> bool {
    they_subject_at(text, sentence_start, trigger_start, lexicon).is_some()
}

/// Where the "they" of `they_before` starts.
fn they_subject_at(
    text: &str,
    sentence_start: usize,
    trigger_start: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let before = text.get(sentence_start..trigger_start)?;
    let words: Vec<&str> = before.split_whitespace().collect();
    let they = words.iter().rposition(|w| w.eq_ignore_ascii_case("they"))?;
    let opens = they == 0
        || words[they - 1].ends_with([':', ';'])
        || matches!(bare_lower(words[they - 1]).as_str(), "since" | "that" | "and" | "but");
    let between = &words[they + 1..];
    let subject = opens
        && between.len() <= THEY_SUBJECT_WORDS
        && between
            .iter()
            .map(|w| bare_lower(w))
            .all(|w| matches!(w.as_str(), "agreed" | "to") || lexicon.before_a_verb.contains(&w));
    subject.then(|| sentence_start + (words[they].as_ptr() as usize - before.as_ptr() as usize))
}

/// "The American Secretary of State met the Russian, Saudi and Turkish Foreign Ministers in
/// Vienna ... They agreed to meet again next Friday": a call, meeting or talks whose subject is
/// "they" and whose sentence names no one are between the sides of the last call, meeting,
/// talks or summit of two sides or more, in its paragraph or the one before.
fn they_of_the_last_gathering(text: &str, mentions: &mut [EventMention], lexicon: &Lexicon) {
    let gathering = |kind: EventKind| {
        matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Talks | EventKind::Summit)
    };
    for index in 0..mentions.len() {
        let mention = &mentions[index];
        if !mention.participants.is_empty()
            || !matches!(mention.kind, EventKind::Call | EventKind::Meeting | EventKind::Talks)
        {
            continue;
        }
        let Some(they) =
            they_subject_at(text, mention.mention.sentence_start, mention.mention.trigger_start, lexicon)
        else {
            continue;
        };
        let earlier = last_told_before(text, mentions, index, 2, |m| {
            gathering(m.kind) && m.participants.len() >= 2 && m.mention.trigger_end <= they
        });
        if let Some(earlier) = earlier {
            take_sides_of(mentions, index, earlier, lexicon);
        }
    }
}

/// The last mention before the one at `index` that `wanted` accepts, told in its paragraph or
/// the `paragraphs` - 1 before it.
fn last_told_before(
    text: &str,
    mentions: &[EventMention],
    index: usize,
    paragraphs: usize,
    wanted: impl Fn(&EventMention) -> bool,
) -> Option<usize> {
    let from = paragraphs_back(text, mentions[index].mention.sentence_start, paragraphs);
    (0..index)
        .rev()
        .take_while(|&i| mentions[i].mention.sentence_start >= from)
        .find(|&i| wanted(&mentions[i]))
}

/// Words by which a host's meeting names its guests: "gave a state dinner for his guest", "a
/// state banquet in their honour".
const GUEST_WORDS: &[&str] =
    &["guest", "guests", "visitor", "visitors", "in their honour", "in his honour", "in her honour"];

/// How many paragraphs back, its own counted, a guest's visit may be told.
const GUEST_PARAGRAPHS: usize = 4;

/// "At eight o'clock the President gave a state dinner for his guest": a meeting whose
/// sentence names one side and its guests only as guests is with the visitors of the last
/// visit told, in its paragraph or the three before (not one the side itself made).
fn guests_of_the_last_visit(text: &str, mentions: &mut [EventMention], lexicon: &Lexicon) {
    for index in 0..mentions.len() {
        let mention = &mentions[index];
        let sentence = &text[mention.mention.sentence_start..mention.mention.sentence_end];
        if mention.kind != EventKind::Meeting
            || mention.participants.len() > 1
            || !GUEST_WORDS.iter().any(|w| contains_word(sentence, w))
        {
            continue;
        }
        let Some(visit) = last_told_before(text, mentions, index, GUEST_PARAGRAPHS, |m| {
            m.kind == EventKind::Visit && !m.participants.is_empty()
        }) else {
            continue;
        };
        let visit = &mentions[visit];
        // (The visitor's own meeting is not the host's.)
        if mentions[index].participants.first() == visit.participants.first() {
            continue;
        }
        let (visitors, sides) = (visit.participants.clone(), visit.sides.clone());
        let mention = &mut mentions[index];
        for visitor in visitors {
            if mention.participants.contains(&visitor) {
                continue;
            }
            let side = sides.iter().find(|s| side_of(s, &visitor)).cloned();
            mention.sides.extend(side);
            mention.participants.push(visitor);
        }
        mention.retitle(lexicon);
    }
}

/// "Moscow" and "the Kremlin" acting in 1985 are the Soviet Union: a successor state named
/// in an event before its first day is the state its names then meant. The event's own date
/// decides, or when it has none the article's.
fn states_of_their_day(mentions: &mut [EventMention], reference: Option<Date>, lexicon: &Lexicon) {
    if lexicon.predecessors.is_empty() {
        return;
    }
    for mention in mentions {
        let Some(day) = mention.when.as_ref().map(|w| w.span.start).or(reference) else { continue };
        let then =
            |name: &str| lexicon.predecessors.get(name).filter(|p| day < p.until).map(|p| p.state.clone());
        let mut renamed = false;
        for participant in mention.participants.iter_mut().chain(&mut mention.attackers) {
            if let Some(state) = then(participant) {
                *participant = state;
                renamed = true;
            }
        }
        for side in &mut mention.sides {
            if let Some((person, country)) = side.split_once('\u{1f}')
                && let Some(state) = then(country)
            {
                *side = format!("{person}\u{1f}{state}");
            }
        }
        if renamed {
            for names in [&mut mention.participants, &mut mention.attackers] {
                let mut seen = std::collections::HashSet::new();
                names.retain(|name| seen.insert(name.clone()));
            }
            mention.retitle(lexicon);
        }
    }
}

/// "Turnout was 73%, far above the 62% recorded in the 2019 election": an election whose
/// sentence names no country is the country of the election the article named last, or
/// else of its dateline ("SANTIAGO, Dec 20 (AFP) -").
fn elections_without_a_country(text: &str, mentions: &mut [EventMention], lexicon: &Lexicon) {
    if !mentions.iter().any(|m| m.kind == EventKind::Election && m.participants.is_empty()) {
        return;
    }
    let dateline = dateline_country(text, lexicon);
    let mut last: Option<String> = None;
    for mention in mentions.iter_mut().filter(|m| m.kind == EventKind::Election) {
        let country =
            mention.participants.iter().find(|p| lexicon.class_of(p) == Some(EntityClass::Country)).cloned();
        if country.is_some() {
            last = country;
            continue;
        }
        if !mention.participants.is_empty() {
            continue;
        }
        // "the district council elections held across Northern Ireland": a region's or a
        // city's election is its country's.
        let held_in = mention.location.as_deref().and_then(|place| lexicon.country_of_city(place));
        if let Some(country) =
            held_in.map(str::to_owned).or_else(|| last.clone()).or_else(|| dateline.clone())
        {
            mention.participants.push(country);
            mention.retitle(lexicon);
        }
    }
}

/// The country of the article's dateline ("SANTIAGO, Dec 20 (AFP) -", "CHITTAGONG,
/// Bangladesh, May 4 -"): where the story was filed, in its first few words.
pub(super) fn dateline_country(text: &str, lexicon: &Lexicon) -> Option<String> {
    dateline_lines(text).find_map(|from| country_of_dateline(from, lexicon))
}

/// How many lines an article may open with before its dateline's: an outlet's name, a date,
/// a headline, a standfirst, a byline.
const LINES_BEFORE_DATELINE: usize = 6;

/// How far into an article its dateline may be.
const DATELINE_SEARCH_BYTES: usize = 600;

/// Where an article's dateline may be, each as the text from there on: its first line, and
/// after a headline or an outlet's name, a line among the next few that opens with a word in
/// capitals and goes on in running text ("MANILA, March 27 - When President ...",
/// "MOSCOW. Mikhail Gorbachev flew back").
pub(super) fn dateline_lines(text: &str) -> impl Iterator<Item = &str> {
    let text = text.trim_start();
    let mut at = 0;
    let later = text.split_inclusive('\n').take(LINES_BEFORE_DATELINE).filter_map(move |line| {
        let from = at;
        at += line.len();
        (from > 0 && from <= DATELINE_SEARCH_BYTES && opens_in_capitals(line)).then(|| &text[from..])
    });
    std::iter::once(text).chain(later)
}

/// Whether a line opens with a word of three letters or more in capitals and goes on in
/// running text: a dateline's line, not a headline in capitals.
fn opens_in_capitals(line: &str) -> bool {
    let first = line.split([' ', ',', ':', '(']).next().unwrap_or("").trim_end_matches('.');
    first.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && first.chars().all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '.'))
        && line.contains(char::is_lowercase)
}

/// The country of the dateline `text` opens with, if it opens with one.
pub(super) fn country_of_dateline(text: &str, lexicon: &Lexicon) -> Option<String> {
    const DATELINE_BYTES: usize = 60;
    const BYLINE_BYTES: usize = 100;
    // (A TimeML text opens with the line break after its tag.)
    let text = text.trim_start();
    // "By Staff Reporters of The Wall Street Journal" on a line of its own: the dateline is
    // on the line after the byline.
    let text = text
        .strip_prefix("By ")
        .and_then(|rest| {
            rest[..rest.floor_char_boundary(BYLINE_BYTES)].find('\n').map(|at| rest[at..].trim_start())
        })
        .unwrap_or(text);
    let head_end = text.floor_char_boundary(text.len().min(DATELINE_BYTES));
    let head = &text[..head_end];
    // "ISLAMABAD: Iranian Foreign Minister ...": a place in capitals before a colon, as
    // South Asian and Gulf papers write their datelines.
    let colon = head.find(':').filter(|&end| !head[..end].contains(char::is_lowercase));
    // "MOSCOW. Mikhail Gorbachev flew back": one place in capitals and a full stop.
    let stop = head.find(". ").filter(|&end| {
        let place = &head[..end];
        !place.contains([' ', ',']) && !place.contains(char::is_lowercase)
    });
    let dateline_end = head
        .find(['(', '—', '–', '\n'])
        .into_iter()
        .chain(head.find(" - "))
        .chain(head.find(" -- "))
        .chain(colon)
        .chain(stop)
        .min();
    // (A dateline is a few words: "Iran says about 100 of its aircraft are taking part." on
    // a line of its own is the story's first sentence.)
    dateline_end
        .filter(|&end| head[..end].split_whitespace().count() <= DATELINE_WORDS)
        .and_then(|end| country_in_capitals(&head[..end], lexicon))
}

/// Where the paragraph `paragraphs` - 1 before the one `position` is in starts (1: its own).
/// A line longer than `PARAGRAPH_BYTES` (a text with no line breaks) is read back that far
/// only, so callers stay linear on it.
pub(super) fn paragraphs_back(text: &str, position: usize, paragraphs: usize) -> usize {
    let mut from = position;
    for _ in 0..paragraphs {
        let end = text.floor_char_boundary(from.saturating_sub(1));
        // (The line break itself, or the text's start.)
        match line_start_near(text, end) {
            Some(start) => from = start.saturating_sub(1),
            None => return text.floor_char_boundary(end.saturating_sub(PARAGRAPH_BYTES)),
        }
    }
    from
}

/// How many words a dateline may have before its dash or agency ("CHITTAGONG, Bangladesh,
/// May 4 -").
const DATELINE_WORDS: usize = 8;

/// How many words may describe an event between its country's possessive and its trigger
/// ("Poland's snap parliamentary election").
const DESCRIBING_WORDS: usize = 4;
/// Words that end a description before a trigger: what follows them is another noun's.
const NOT_DESCRIBING: &[&str] = &[
    "a", "an", "the", "to", "of", "in", "on", "at", "for", "by", "with", "about", "over", "after", "before",
    "from",
];

/// Where the dateline a sentence opens with ends ("Addis Ababa, 14 December 2016 - The
/// Chairperson ...", "BERLIN, Nov 13 (Reuters) - ", "MANILA, Aug. 31 (PNA) -- "): a dash within
/// its first few words, all capitalised, figures or an agency in brackets.
fn dateline_end(text: &str, sentence: Range<usize>) -> Option<usize> {
    let opening = text.get(sentence.clone())?;
    let mut at = 0;
    for word in opening.split(' ').take(DATELINE_WORDS + 1) {
        if matches!(word, "-" | "--" | "\u{2014}" | "\u{2013}") {
            return (at > 0).then_some(sentence.start + at);
        }
        if !word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '(') {
            return None;
        }
        at += word.len() + 1;
    }
    None
}

/// The country of the gazetteer a name in capitals names, as datelines and roundups write
/// them: "SANTIAGO" is Santiago, "SOUTH AFRICA" South Africa, "KANO" Kano's Nigeria.
pub(super) fn country_in_capitals(written: &str, lexicon: &Lexicon) -> Option<String> {
    let word = |w: &str| {
        let mut chars = w.chars();
        match chars.next() {
            Some(first) if w.chars().all(|c| !c.is_lowercase()) => {
                first.to_string() + &chars.as_str().to_lowercase()
            }
            _ => w.to_owned(),
        }
    };
    let words = written.split(' ').map(word).collect::<Vec<_>>().join(" ");
    // ("KANO -": a city's country; "BIRMINGHAM, Ala.": the state's after it, not the
    // namesake's abroad.)
    let mut found = whole_words(&lexicon.entities, &words).filter_map(|m| {
        let country = lexicon.ground_of(&lexicon.entity_meaning[m.pattern().as_usize()])?;
        Some((m.start(), m.end(), country.to_owned()))
    });
    let (_, mut end, mut country) = found.next()?;
    for (start, next_end, next) in found {
        if words.get(end..start) != Some(", ") {
            break;
        }
        (end, country) = (next_end, next);
    }
    Some(country)
}

/// "PERU: Sunday's presidential run-off was too close to call", "NIGERIA. President Garba
/// won the election", "Sri Lanka. The new President ... set a parliamentary election": the
/// country a roundup's paragraph is about, named in capitals, or by its name alone, with a
/// colon or a full stop at the paragraph's opening, before `position`.
fn paragraph_label(text: &str, position: usize, lexicon: &Lexicon) -> Option<String> {
    const LABEL_BYTES: usize = 30;
    let paragraph = line_start_near(text, position)?;
    let end =
        text.as_bytes()[paragraph..].iter().take(LABEL_BYTES + 1).position(|&b| b == b':' || b == b'.')?;
    let label = text[paragraph..paragraph + end].trim();
    let capitals = label.len() > 2 && label.bytes().all(|b| b.is_ascii_uppercase() || b == b' ');
    if capitals {
        return country_in_capitals(label, lexicon);
    }
    let entity = lexicon.entity_named(label)?;
    (entity.class == EntityClass::Country && label.starts_with(char::is_uppercase))
        .then(|| entity.canonical.clone())
}

/// No paragraph of news is longer than this: a line that is (a text with no line breaks) is
/// read back this far only.
const PARAGRAPH_BYTES: usize = 20_000;

/// Where the line of `position` starts, when it starts no further back than a long
/// paragraph's length: a label heads a paragraph, and a text of one endless line is not
/// searched back to its start from every event in it.
fn line_start_near(text: &str, position: usize) -> Option<usize> {
    let from = text.floor_char_boundary(position.saturating_sub(PARAGRAPH_BYTES));
    match memchr::memrchr(b'\n', &text.as_bytes()[from..position]) {
        Some(i) => Some(from + i + 1),
        None => (from == 0).then_some(0),
    }
}

/// Where the line of `position` ends (its line break, or the end of the text), if within
/// `PARAGRAPH_BYTES`.
fn line_end_near(text: &str, position: usize) -> Option<usize> {
    let to = text.floor_char_boundary((position + PARAGRAPH_BYTES).min(text.len()));
    match memchr::memchr(b'\n', &text.as_bytes()[position..to]) {
        Some(i) => Some(position + i),
        None => (to == text.len()).then_some(to),
    }
}

/// "The United States and Iran held a fourth round of talks ... A fifth round is expected
/// later this month": talks whose sentence names no side are between the sides of the talks
/// the article reported last (a next round, "the talks" again, "both sides said").
///
/// "A fifth round is expected in the coming weeks, Oman's foreign ministry said", "The
/// next round is set for Geneva": a round named alone is one of those talks too, and has
/// their sides besides whoever its sentence names.
fn talks_without_sides(text: &str, mentions: &mut [EventMention], lexicon: &Lexicon) {
    let mut last: Option<(Vec<String>, Vec<String>)> = None;
    for mention in mentions.iter_mut().filter(|m| m.kind == EventKind::Talks) {
        // "the ELN and the government of the day opened exploratory talks", "the fifth round
        // with the Houthis": talks whose only side is an armed group are its talks with the
        // government of the country it fights in.
        if let [group] = mention.participants.as_slice()
            && let Some(homeland) = lexicon.homeland_of(group)
        {
            let homeland = homeland.to_owned();
            mention.participants.insert(0, homeland);
            mention.retitle(lexicon);
        }
        // (Not "a fourth round of talks", which says whose.)
        let round_alone = mention.trigger.to_ascii_lowercase().ends_with(" round")
            && !text.get(mention.mention.trigger_end..).is_some_and(|rest| rest.starts_with(" of "));
        if !mention.participants.is_empty() && !round_alone {
            last = Some((mention.participants.clone(), mention.sides.clone()));
            continue;
        }
        if let Some((participants, sides)) = &last {
            let own = std::mem::replace(&mut mention.participants, participants.clone());
            for name in own {
                push_name(&mut mention.participants, &name);
            }
            let own = std::mem::replace(&mut mention.sides, sides.clone());
            for side in own {
                push_name(&mut mention.sides, &side);
            }
            mention.retitle(lexicon);
        }
    }
}

/// "That is why Thursday's summit in Abuja worried me more than the first one", "The first
/// such summit was held in Xi'an": a summit whose sentence names no side is of those the
/// article's last summit with sides was of (the bloc's, or the same leaders').
fn summits_without_sides(mentions: &mut [EventMention], lexicon: &Lexicon) {
    let mut last: Option<(Vec<String>, Vec<String>)> = None;
    for mention in mentions.iter_mut().filter(|m| m.kind == EventKind::Summit) {
        if !mention.participants.is_empty() {
            last = Some((mention.participants.clone(), mention.sides.clone()));
        } else if let Some((participants, sides)) = &last {
            mention.participants = participants.clone();
            mention.sides = sides.clone();
            mention.retitle(lexicon);
        }
    }
}

/// "We met at the White House on Monday", "was received at the Kremlin": a meeting, talks or
/// a summit held in a state's seat of government whose sentence names one side only had the
/// host state for the other, unless that side speaks for it.
fn hosts_at_their_seats(mentions: &mut [EventMention], lexicon: &Lexicon) {
    for mention in mentions.iter_mut() {
        if !matches!(mention.kind, EventKind::Meeting | EventKind::Talks | EventKind::Summit)
            || mention.participants.len() > 1
        {
            continue;
        }
        let Some(place) = mention.location.as_deref() else { continue };
        let lower = place.to_lowercase();
        let building = lower.strip_prefix("the ").unwrap_or(&lower);
        if !lexicon.seats_of_government.iter().any(|seat| seat == building) {
            continue;
        }
        let Some(host) = lexicon.country_in(place) else { continue };
        let speaks_for_host = |p: &String| p == host || country_in_sides(p, &mention.sides) == Some(host);
        if mention.participants.iter().any(speaks_for_host) {
            continue;
        }
        mention.participants.push(host.to_owned());
        mention.retitle(lexicon);
    }
}

/// "A missile hit an apartment block in Lviv", in a story of Russia's strikes on Ukraine: a
/// strike whose sentence names one side only, a state or an armed group, was made in the
/// war the article's other strikes name that side in, against or by its foe there.
fn strikes_without_a_foe(mentions: &mut [EventMention], lexicon: &Lexicon) {
    let side = |name: &String| lexicon.class_of(name).is_some() || lexicon.is_armed_group(name);
    let mut wars: Vec<([String; 2], usize)> = Vec::new();
    for mention in mentions.iter().filter(|m| m.kind == EventKind::Strike) {
        // (A war has a side that made the strike: "bombings in Kenya and Tanzania" names
        // two struck.)
        if let [a, b] = mention.participants.as_slice()
            && side(a)
            && side(b)
            && (mention.attackers.contains(a) != mention.attackers.contains(b))
        {
            match wars.iter_mut().find(|(w, _)| w.contains(a) && w.contains(b)) {
                Some((_, count)) => *count += 1,
                None => wars.push(([a.clone(), b.clone()], 1)),
            }
        }
    }
    if wars.is_empty() {
        return;
    }
    // "Shelling of Vovchansk continued overnight": a strike that names no side at all, in a
    // story of one war, is that war's.
    let only_war = match wars.as_slice() {
        [(war, _)] => Some(war.clone()),
        _ => None,
    };
    // ("launched cruise missiles at targets in Syria" in a briefing that asks about a hospital
    // bombed in Afghanistan: a strike on a third country is of another war.)
    let elsewhere = |mention: &EventMention, war: &[String; 2]| {
        let country = mention.location.as_deref().and_then(|place| lexicon.country_of_place(place));
        country.is_some_and(|c| !war.iter().any(|s| s == c))
    };
    for mention in mentions.iter_mut().filter(|m| m.kind == EventKind::Strike) {
        if mention.participants.is_empty()
            && let Some(war) = &only_war
            && !elsewhere(mention, war)
        {
            mention.participants = war.to_vec();
            mention.retitle(lexicon);
            continue;
        }
        let [one] = mention.participants.as_slice() else { continue };
        if !side(one) {
            continue;
        }
        // (The war it is named in most; the first of those.)
        let foe = wars
            .iter()
            .rev()
            .filter(|(w, _)| w.contains(one))
            .max_by_key(|(_, count)| *count)
            .and_then(|(w, _)| w.iter().find(|s| *s != one))
            .cloned();
        if let Some(foe) = foe {
            push_name(&mut mention.participants, &foe);
            mention.retitle(lexicon);
        }
    }
}

/// Whether the words before a trigger (last first) are a past verb and a preposition of where
/// or when: "a treaty he had rejected in peace talks" reports what was done at the talks, so
/// "rejected" does not make them unreal, while "could meet at" and "refused to attend" do.
fn done_at(last_words: &[&str], scene: &[String]) -> bool {
    let determiner = last_words.first().is_some_and(|w| matches!(*w, "the" | "a" | "an" | "their" | "its"));
    let words = if determiner { &last_words[1..] } else { last_words };
    matches!(words, [preposition, verb, ..] if scene.iter().any(|s| s == preposition) && verb.ends_with("ed"))
}

/// Whether a past act the `cue` ends on ("urged", "proposed", "did not") was done at the
/// event, named after a preposition of `scene` a few words before it: "urged Netanyahu to
/// show restraint in a phone call", "had proposed the meeting in separate telephone calls".
/// The act is what was wished or refused, not the call, which was held.
fn scene_of_a_past_act(cue: &str, after_cue: &str, scene: &[String]) -> bool {
    let past = cue.split_whitespace().last().is_some_and(|w| w.ends_with("ed"))
        || cue.ends_with("did not")
        || cue.ends_with("didn't");
    let words: Vec<&str> = after_cue.split_whitespace().collect();
    past && !after_cue.contains([',', ';', ':'])
        && words
            .iter()
            .rposition(|w| scene.iter().any(|s| s == w))
            .is_some_and(|at| words.len() - at - 1 <= NOUN_PHRASE_WORDS)
}

/// Whether `after` (the words from a cue to the trigger) opens on a preposition of `scene`
/// and holds no more than a few words of the event's own after it: "in", "at the".
fn scene_right_after(after: &str, scene: &[String]) -> bool {
    let mut words = after.split_whitespace();
    words.next().is_some_and(|w| scene.iter().any(|s| s == w)) && words.count() <= NOUN_PHRASE_WORDS
}

/// How many words of its own an event's noun may have before it: "a phone", "separate
/// telephone".
const NOUN_PHRASE_WORDS: usize = 3;

/// Whether no paragraph break lies between two positions.
fn same_paragraph(text: &str, from: usize, to: usize) -> bool {
    !text.get(from..to).is_some_and(|between| between.contains("\n\n"))
}

/// Where the text after the last character `is` holds starts (0 for none): past the whole
/// character, which may be a no-break space of two bytes.
pub(crate) fn after_last(text: &str, is: impl Fn(char) -> bool) -> usize {
    text.char_indices().rev().find(|&(_, c)| is(c)).map_or(0, |(i, c)| i + c.len_utf8())
}

/// How many words may stand between a verb of saying and its "that" ("told the council
/// that").
const REPORT_WORDS: usize = 3;

/// How many modifiers may follow a verb of making a strike ("carried out repeated air").
const MADE_BY_MODIFIERS: usize = 4;

/// Where the first `count` words of `text` end (words split at ASCII white space; its
/// length when it has no more than `count`).
pub(crate) fn first_words_end(text: &str, count: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = 0;
    for _ in 0..count {
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        while at < bytes.len() && !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
    }
    at
}

/// Where the first " `phrase` " (a space on either side) is in `text`: the first space's
/// index; as `text.find(&format!(" {phrase} "))`, with no string built. Byte by byte: the
/// texts are a few words long, too short to repay setting up a substring searcher.
pub(crate) fn spaced_find(text: &str, phrase: &str) -> Option<usize> {
    spaced_positions(text, phrase).next()
}

/// As [`spaced_find`], the last one.
pub(crate) fn spaced_rfind(text: &str, phrase: &str) -> Option<usize> {
    spaced_positions(text, phrase).next_back()
}

fn spaced_positions<'a>(text: &'a str, phrase: &'a str) -> impl DoubleEndedIterator<Item = usize> + 'a {
    let (hay, needle) = (text.as_bytes(), phrase.as_bytes());
    (1..hay.len().saturating_sub(needle.len()))
        .filter(move |&at| {
            hay[at - 1] == b' ' && hay[at + needle.len()] == b' ' && &hay[at..at + needle.len()] == needle
        })
        .map(|at| at - 1)
}

/// Where the last `count` words of `text` start (words split at ASCII white space; 0 when
/// it has no more than `count`).
pub(crate) fn last_words_start(text: &str, count: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = bytes.len();
    for _ in 0..count {
        while at > 0 && bytes[at - 1].is_ascii_whitespace() {
            at -= 1;
        }
        while at > 0 && !bytes[at - 1].is_ascii_whitespace() {
            at -= 1;
        }
    }
    at
}

/// Adds a name once.
fn push_name(names: &mut Vec<String>, name: &str) {
    if !names.iter().any(|n| n == name) {
        names.push(name.to_owned());
    }
}

fn contains_word(haystack: &str, word: &str) -> bool {
    // The occurrences `match_indices` gives (left to right, not overlapping), found by
    // comparing bytes: a clause is too short for its two-way searcher to repay setting it
    // up for every cue word.
    let (hay, needle) = (haystack.as_bytes(), word.as_bytes());
    let Some(&first) = needle.first() else {
        return haystack.match_indices(word).any(|(i, _)| at_word_boundaries(haystack, i, i));
    };
    let mut at = 0;
    while at + needle.len() <= hay.len() {
        if hay[at] == first && hay[at..].starts_with(needle) {
            if at_word_boundaries(haystack, at, at + needle.len()) {
                return true;
            }
            at += needle.len();
        } else {
            at += 1;
        }
    }
    false
}

/// The opening words of a sentence, for an `other` event's title.
fn other_title(sentence: &str) -> String {
    crate::model::shorten(sentence, 60)
}

/// "Phone call: Vladimir Putin, Donald Trump", "G20 summit (Hamburg)".
pub(crate) fn title(
    lexicon: &Lexicon,
    kind: EventKind,
    trigger: &str,
    participants: &[String],
    location: Option<&str>,
) -> String {
    let named = trigger.chars().any(|c| c.is_ascii_digit() || c.is_uppercase()) && kind == EventKind::Summit;
    let mut title = if named {
        let name = trigger.trim_end_matches(" summit").trim_end_matches(" Summit");
        format!("{name} summit")
    } else {
        lexicon.label(kind).to_owned()
    };
    let shown: Vec<&str> = participants.iter().take(3).map(String::as_str).collect();
    if !shown.is_empty() {
        title.push_str(": ");
        title.push_str(&shown.join(", "));
    }
    if let Some(place) = location {
        title.push_str(&format!(" ({place})"));
    }
    title
}

#[cfg(test)]
mod tests;
