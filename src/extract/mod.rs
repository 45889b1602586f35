//! Event extraction: from an article's text and its temporal expressions to the events it
//! reports (kind, title, date, participants, location, status), and the merging of every
//! mention of one real-world event, within and across articles.
//!
//! `analyse` works on one article and is what runs in parallel; `merge` runs after it over
//! all articles. Not for: reading files (`ingest`) or normalising dates (`timex`).

mod dated;
mod dates;
pub(crate) mod lexicon;
mod merge;
mod people;
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
pub use dated::DatedSentences;
use dates::{
    bounds_a_period, describes_a_noun, heads_an_entry, opens_with_date, past_or_auxiliary, sets_the_day,
};
use lexicon::{Cue, EntityClass, Lexicon};
pub(crate) use merge::Merger;
pub use merge::merge;
use people::People;

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

/// Whether a heading names a day as an agenda does, by weekday and day of the month, with no
/// year ("Wednesday 13 July", "Monday, 11 July"): not a chronology's "2000" or a readout's
/// "June 9, 2021", which head what happened then rather than what is planned for the day.
fn agenda_day(line: &str, lexicon: &Lexicon) -> bool {
    let written: Vec<&str> = line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let words: Vec<String> = written.iter().map(|w| w.to_ascii_lowercase()).collect();
    // ("Mon 4 Sep": a diary's.)
    let weekday = words.iter().any(|w| lexicon.weekdays.contains(w))
        || written.iter().any(|w| lexicon.weekday_abbreviations.iter().any(|a| a == w));
    let day = words.iter().any(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()));
    let year = words.iter().any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    weekday && day && !year
}

/// Whether a line opens with a clock time, as an agenda's entries do: "10:00 Cabinet", "9.30
/// Officials' briefing".
fn opens_at_a_clock_time(line: &str) -> bool {
    let line = line.trim_start();
    clock_time_length(line)
        .is_some_and(|length| line[length..].chars().next().is_none_or(char::is_whitespace))
}

/// The length of the clock time `text` opens with, hours and minutes: "14:20", "9.30".
fn clock_time_length(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let hours = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let minutes = bytes.get(hours + 1..hours + 3)?;
    ((1..=2).contains(&hours)
        && matches!(bytes[hours], b':' | b'.')
        && minutes.iter().all(u8::is_ascii_digit))
    .then_some(hours + 3)
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
/// "09:40 GMT - "): what the entry reports is news of the article's day, as a lede's is.
fn live_entry(sentence: &str) -> bool {
    const ZONE_LETTERS: usize = 4;
    let Some(time) = clock_time_length(sentence) else { return false };
    let mut rest = &sentence[time..];
    // An optional time zone: "GMT", "CET", "ET".
    if let Some(zone) = rest.strip_prefix(' ') {
        let letters = zone.bytes().take_while(u8::is_ascii_uppercase).count();
        if (2..=ZONE_LETTERS).contains(&letters) {
            rest = &zone[letters..];
        }
    }
    ["- ", "– ", "— "].iter().any(|dash| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(dash)))
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
    let mut timexes = Tagger::english().tag(text, reference);
    // "NEW DELHI, Feb. 19." in the paper of Feb. 20: the story's "yesterday" and "tomorrow"
    // count from its dateline's day, the headline's from the paper's. (Rare: the second
    // tagging runs only then.)
    if let Some((at, day)) = reference.and_then(|r| crate::timex::dateline_before(text, r)) {
        timexes.retain(|t| t.start < at);
        timexes.extend(Tagger::english().tag(text, Some(day)).into_iter().filter(|t| t.start >= at));
    }
    let sentences = sentences::split(text);
    let cues = find_cues(text, lexicon);
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

        let context = SentenceContext {
            text,
            article: article.id,
            range: sentence.clone(),
            // Only a trigger looks for its clause: most sentences have none.
            clauses: if sentence_cues.is_empty() {
                Vec::new()
            } else {
                clauses(text, sentence.clone(), &sentence_timexes)
            },
            reference,
            lede: sentence_number < LEDE_SENTENCES || live_entry(&text[sentence.clone()]),
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
        // A timeline's entry ("Feb. 27 - ...") dates its whole paragraph.
        if let Some(first) = sentence_timexes.first().copied()
            && heads_an_entry(text, sentence.start, first)
        {
            entry = Some(first);
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
        if sentence_timexes.is_empty() && frame.is_none() {
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
    strikes_without_a_foe(&mut mentions, lexicon);
    ArticleAnalysis { article: article.id, sentences, timexes, mentions, dated }
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
    let dateline_end = head
        .find(['(', '—', '–', '\n'])
        .into_iter()
        .chain(head.find(" - "))
        .chain(head.find(" -- "))
        .chain(colon)
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
/// won the election": the country a roundup's paragraph is about, named in capitals with a
/// colon or a full stop at the paragraph's opening, before `position`.
fn paragraph_label(text: &str, position: usize, lexicon: &Lexicon) -> Option<String> {
    const LABEL_BYTES: usize = 30;
    let paragraph = line_start_near(text, position)?;
    let end =
        text.as_bytes()[paragraph..].iter().take(LABEL_BYTES + 1).position(|&b| b == b':' || b == b'.')?;
    let label = text[paragraph..paragraph + end].trim();
    let capitals = label.len() > 2 && label.bytes().all(|b| b.is_ascii_uppercase() || b == b' ');
    capitals.then(|| country_in_capitals(label, lexicon)).flatten()
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
    for mention in mentions.iter_mut().filter(|m| m.kind == EventKind::Strike) {
        if mention.participants.is_empty()
            && let Some(war) = &only_war
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

/// All trigger, anaphor and exclusion matches on word boundaries, in order. Exclusions win
/// because the automaton prefers the longest match; they are then dropped.
fn find_cues(text: &str, lexicon: &Lexicon) -> Vec<(Range<usize>, Cue)> {
    // ASCII lower-casing keeps every byte where it was; the automaton is built lower-case.
    let lower = text.to_ascii_lowercase();
    // What each cue's tests read after it stops where a sentence would be cut (see
    // `sentences::MAX_SENTENCE`): text with no full stop is not read to its end from every cue.
    let near = |range: &Range<usize>| {
        &text[..text.floor_char_boundary(range.end.saturating_add(sentences::MAX_SENTENCE).min(text.len()))]
    };
    let mut cues: Vec<(Range<usize>, Cue)> = whole_words(&lexicon.cues, &lower)
        .map(|m| (m.start()..m.end(), lexicon.cue_meaning[m.pattern().as_usize()]))
        .filter(|(_, cue)| *cue != Cue::Exclusion)
        .filter_map(|(range, cue)| match cue {
            // "the Hamas attack of 7 October", "a PKK attack": an armed group's attack names a
            // strike of its own, where other modifiers only refer back to one. ("attack" is
            // also a verb of armed men, in headlines: "Gunmen attack a hotel".)
            Cue::Head(EventKind::Strike) | Cue::Agented(EventKind::Strike)
                if lexicon.heads.contains(&lower[range.clone()])
                    && let Some(group) = armed_group_right_before(text, range.start, lexicon) =>
            {
                Some((group..range.end, Cue::Trigger(EventKind::Strike)))
            }
            Cue::Head(kind) => modified_head(text, range, lexicon).map(|r| (r, Cue::Anaphor(kind))),
            // The verb is the trigger: the words up to the phrase may hold other cues.
            Cue::Completion(kind) => completed_verb(text, range.start, kind, lexicon, false),
            Cue::GroupCompletion(kind) => completed_verb(text, range.start, kind, lexicon, true),
            Cue::Agented(kind) => agent_before(text, range.clone(), kind, lexicon)
                .or_else(|| agent_after_by(text, range.clone(), kind, lexicon))
                .or_else(|| aimed_at_an_armed_side(text, range, kind, lexicon)),
            Cue::Trigger(EventKind::Talks) if talks_of_two(text, range.clone(), lexicon) => {
                Some((range, Cue::Trigger(EventKind::Meeting)))
            }
            Cue::Trigger(EventKind::Meeting) if by_video(text, range.clone(), lexicon) => {
                Some((range, Cue::Trigger(EventKind::Call)))
            }
            Cue::Trigger(EventKind::Meeting)
                if leaders_gathering(text, range.clone(), lexicon)
                    || many_met_at_a_summit(text, range.clone(), lexicon) =>
            {
                Some((range, Cue::Trigger(EventKind::Summit)))
            }
            // "the parties would meet again in Paris next month": a round of talks.
            Cue::Trigger(EventKind::Meeting)
                if PLAIN_MEETING_VERBS.contains(&&lower[range.clone()])
                    && subject_word(text, range.start, lexicon)
                        .is_some_and(|w| lexicon.negotiating_sides.contains(&w)) =>
            {
                Some((range, Cue::Trigger(EventKind::Talks)))
            }
            // "are due to meet in Luanda on Wednesday for talks": the meeting is the talks.
            Cue::Trigger(EventKind::Meeting)
                if PLAIN_MEETING_VERBS.contains(&&lower[range.clone()])
                    && meets_for_talks(&lower, range.end, lexicon) =>
            {
                Some((range, Cue::Trigger(EventKind::Talks)))
            }
            // "met on the sidelines of": the verb is the trigger, and says who met.
            Cue::Trigger(EventKind::Meeting)
                if lower[range.clone()].starts_with("on the ")
                    && text[..range.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| lexicon.meeting_verbs.iter().any(|v| w.eq_ignore_ascii_case(v))) =>
            {
                None
            }
            // "The Tamil Tigers launched the attack on Muttur": a strike of its own.
            Cue::Anaphor(EventKind::Strike)
                if lexicon.targeted.contains(&lower[range.clone()])
                    && launched_by_an_armed_side(text, range.start, lexicon) =>
            {
                Some((range, Cue::Trigger(EventKind::Strike)))
            }
            Cue::Anaphor(_) if lexicon.targeted.contains(&lower[range.clone()]) => {
                Some((aimed_or_reference(text, range, lexicon), cue))
            }
            _ => Some((range, cue)),
        })
        .filter(|(range, _)| {
            !(lexicon.adjective_triggers.iter().any(|a| text[range.clone()].eq_ignore_ascii_case(a))
                && noun_after(near(range), range.end, lexicon).is_some())
        })
        .filter(|(range, _)| meets_someone(near(range), range.clone(), lexicon))
        .filter(|(range, _)| sees_an_office_holder(near(range), range.clone(), lexicon))
        .filter(|(range, _)| !a_body_in_session(near(range), range.clone(), lexicon))
        .filter(|(range, _)| calls_someone(near(range), range.clone()))
        .filter(|(range, _)| called_someone(near(range), range.clone(), lexicon))
        .filter(|(range, _)| courtesy_meeting(near(range), range.clone(), lexicon))
        .filter(|(range, cue)| !hosts_a_gathering(near(range), range.clone(), *cue, lexicon))
        .filter(|(range, cue)| !undone_by_a_word_before(near(range), range.start, *cue, lexicon))
        .filter(|(range, cue)| !undone_by_a_word_after(near(range), range.end, *cue, lexicon))
        .filter(|(range, _)| !travelled_by_something(near(range), range.clone(), lexicon))
        .filter(|(range, _)| to_or_from_a_place(near(range), range.clone(), lexicon))
        .filter(|(range, _)| arrives_at_a_time(near(range), range.clone(), lexicon))
        // ("spent an hour with the Secretary": the verb is a meeting's, which needs no place.)
        .filter(|(range, cue)| match cue {
            Cue::Trigger(EventKind::Visit) => spends_days_in_a_place(near(range), range.clone(), lexicon),
            Cue::Trigger(EventKind::Meeting) => spends_time_with(near(range), range.clone(), lexicon),
            _ => true,
        })
        .filter(|(range, _)| attends_a_gathering_in_a_place(near(range), range.clone(), lexicon))
        .filter(|(range, _)| elected_on_a_date(near(range), range.clone(), lexicon))
        .filter(|(range, _)| a_people_votes(near(range), range.clone(), lexicon))
        .filter(|(range, _)| a_body_as_its_gathering(near(range), range.clone(), lexicon))
        .filter(|(range, _)| made_by_a_state(near(range), range.clone(), lexicon))
        .filter(|(range, cue)| !a_blocs_ministers(near(range), range.clone(), *cue))
        .filter(|(range, cue)| !verbal_attack(near(range), range.clone(), *cue, lexicon))
        .filter(|(range, _)| !scare_quoted(text, range.clone()))
        .collect();
    // "The minister spoke with the President of Chile" in an article of calls: a call.
    // (Before the longest cue is kept: "spoken with Ruiz by phone" is a call either way.)
    let talking_with =
        |cue: &(Range<usize>, Cue)| lexicon.talking_with.iter().any(|w| *w == lower[cue.0.clone()]);
    let talking_to =
        |cue: &(Range<usize>, Cue)| lexicon.talking_to.iter().any(|w| *w == lower[cue.0.clone()]);
    if cues.iter().any(|c| talking_with(c) || talking_to(c)) {
        let of_calls =
            cues.iter().any(|c| c.1 == Cue::Trigger(EventKind::Call) && !talking_with(c) && !talking_to(c));
        // (Whether a talk is dated and held apart is asked of talking cues alone.)
        let a_call =
            |c: &(Range<usize>, Cue)| of_calls || a_dated_talk_apart(near(&c.0), c.0.clone(), lexicon);
        cues.retain(|c| {
            if talking_to(c) {
                talks_to_someone(text, c.0.end, lexicon) && a_call(c)
            } else {
                !talking_with(c) || (talks_with_someone(text, c.0.end, lexicon) && a_call(c))
            }
        });
    }
    // A head's noun phrase reaches back and may hold a trigger ("the bombing attacks"),
    // which is the better cue.
    cues.sort_by_key(|(range, _)| range.start);
    let mut kept: Vec<(Range<usize>, Cue)> = Vec::with_capacity(cues.len());
    for cue in cues {
        match kept.last_mut() {
            Some(last) if cue.0.start < last.0.end => {
                // "discussed the matter with Brandt by telephone": the verb is a meeting's
                // (with someone) and a call's (by telephone); the call says how they met.
                let by_phone = cue.0 == last.0
                    && cue.1 == Cue::Trigger(EventKind::Call)
                    && last.1 == Cue::Trigger(EventKind::Meeting);
                if cue.0.end > last.0.end || by_phone {
                    *last = cue;
                }
            }
            _ => kept.push(cue),
        }
    }
    // "He led in the first round": a round of the talks or the election reported before.
    // "The sixth round is due to open ... the first round, in November 2022": in an article
    // whose talks go by rounds, a round is the talks', unless it is a vote's by its own words
    // ("the first round of the presidential election").
    if kept.iter().any(|(r, _)| lexicon.rounds.iter().any(|w| *w == lower[r.clone()])) {
        let mut last = None;
        let mut talks_by_rounds = false;
        kept.retain_mut(|(range, cue)| {
            let kind = match cue {
                Cue::Trigger(k) | Cue::Anaphor(k) => *k,
                _ => return true,
            };
            if lexicon.rounds.iter().any(|w| *w == lower[range.clone()]) {
                if round_of_another_contest(&lower, range.end, lexicon) {
                    return false;
                }
                // ("the first round of the presidential election", "the election's first
                // round", "The first round, in October, left the opposition candidate ahead".)
                // (Named as a vote's with nothing reported before, as in a heading, the
                // election named with it stands alone.)
                let named = round_of_voting(&lower, range.clone(), lexicon);
                let Some(kind) = (if named {
                    last.map(|_| EventKind::Election)
                } else if lexicon.votes_counted.in_text(sentence_around(&lower, range.clone())) {
                    Some(EventKind::Election)
                } else if talks_by_rounds {
                    Some(EventKind::Talks)
                } else {
                    last
                }) else {
                    return false;
                };
                *cue = Cue::Trigger(kind);
            } else if matches!(kind, EventKind::Talks | EventKind::Election) {
                last = Some(kind);
                talks_by_rounds |= kind == EventKind::Talks && lower[range.clone()].contains("round");
            }
            true
        });
    }
    // "The miners' strike is over ... The strike has cost the industry": an anaphor that would
    // name its kind's first event refers back to its noun written before outside any cue, a
    // look-alike (a labour strike, a mountain's summit), and names no event either.
    // "called off their strike after talks with the regional government": talks a labour
    // strike leads to are a labour fight's, no event either.
    {
        let mut reported = [false; EventKind::ALL.len()];
        let mut index = 0;
        while index < kept.len() {
            let (range, cue) = kept[index].clone();
            let first_of_kind = match cue {
                Cue::Trigger(k) => {
                    reported[k as usize] = true;
                    false
                }
                Cue::Anaphor(k) => !reported[k as usize],
                _ => false,
            };
            let labour_talks = matches!(cue, Cue::Trigger(EventKind::Talks) | Cue::Anaphor(EventKind::Talks))
                && after_a_labour_strike(&lower, range.start, &kept[..index]);
            if labour_talks || first_of_kind && refers_to_a_look_alike(&lower, range, &kept[..index]) {
                kept.remove(index);
                continue;
            }
            if let Cue::Anaphor(k) = cue {
                reported[k as usize] = true;
            }
            index += 1;
        }
    }
    // "The talks in Geneva ... the meeting ended without a deal", "the summit ... host of the
    // meeting": before any meeting is reported, "the meeting" is the gathering last reported.
    let mut gathering = None;
    for (_, cue) in &mut kept {
        match *cue {
            Cue::Trigger(EventKind::Meeting) => break,
            Cue::Anaphor(EventKind::Meeting) => {
                if let Some(k) = gathering {
                    *cue = Cue::Anaphor(k);
                }
            }
            Cue::Trigger(k @ (EventKind::Summit | EventKind::Talks))
            | Cue::Anaphor(k @ (EventKind::Summit | EventKind::Talks)) => gathering = Some(k),
            _ => {}
        }
    }
    kept
}

/// "the first round of the party's leadership contest": a round whose "of" phrase (up to five
/// words, in its clause) names a contest of `other_contests` is no round of the talks or the
/// election reported before. `lower` is the text in ASCII lower case.
fn round_of_another_contest(lower: &str, end: usize, lexicon: &Lexicon) -> bool {
    round_of(lower, end, &lexicon.other_contests)
}

/// Whether the round at `round` is named as a vote's: "the first round of the presidential
/// election", "the general election's first round" (`rounds_of_voting`).
fn round_of_voting(lower: &str, round: Range<usize>, lexicon: &Lexicon) -> bool {
    let before = lower[..round.start].trim_end();
    let owner = before.rsplit(' ').next().unwrap_or("");
    let owner = owner.strip_suffix("'s").or_else(|| owner.strip_suffix("’s"));
    owner.is_some_and(|o| lexicon.rounds_of_voting.iter().any(|v| v == o))
        || round_of(lower, round.end, &lexicon.rounds_of_voting)
}

/// The sentence around `range`, read at most `MAX_SENTENCE` bytes each way.
fn sentence_around(text: &str, range: Range<usize>) -> &str {
    let start = rough_sentence_start(text, range.start);
    let limit = text.floor_char_boundary(range.end.saturating_add(sentences::MAX_SENTENCE).min(text.len()));
    let end = text[range.end..limit].find(['.', '!', '?', '\n']).map_or(limit, |i| range.end + i);
    &text[start..end]
}

/// Whether a word of `what` stands within five words of "of" right after a round ending at
/// `end`, in its clause.
fn round_of(lower: &str, end: usize, what: &[String]) -> bool {
    const WORDS: usize = 5;
    const CLAUSE_BYTES: usize = 200;
    let Some(rest) = lower[end..].strip_prefix(" of ") else { return false };
    let rest = &rest[..rest.floor_char_boundary(CLAUSE_BYTES.min(rest.len()))];
    let clause_end = rest.find([',', ';', '.', ':', '(', ')']).unwrap_or(rest.len());
    rest[..clause_end].split_whitespace().take(WORDS).any(|w| {
        let bare = w.trim_end_matches("'s").trim_end_matches("’s");
        what.iter().any(|c| c == bare)
    })
}

/// Words right before a verb: "threatened to strike", "would summit" use the noun's word as
/// a verb, which no anaphor refers back to.
const VERB_MARKERS: &[&str] =
    &["to", "will", "would", "could", "can", "may", "might", "shall", "should", "must"];

/// Whether the anaphor at `anaphor` ("the strike") refers back to its noun, its last word,
/// written before it (`lower`, the text in ASCII lower case) outside any of the cues kept
/// before it (`before`) and not as a verb: "the miners' strike", "a \"summit\"" are
/// look-alikes the cues set aside, and "the strike" after them is the same look-alike. A noun
/// that modifies a cue right after it ("summit talks") is part of that cue's event.
fn refers_to_a_look_alike(lower: &str, anaphor: Range<usize>, before: &[(Range<usize>, Cue)]) -> bool {
    // (The noun, not the preposition after it: "attack" of "the attack on".)
    const PREPOSITIONS: &[&str] = &["on", "to", "of", "in", "at", "against", "with", "by", "from", "between"];
    let written = &lower[anaphor.clone()];
    let head = written.split(' ').rev().find(|w| !PREPOSITIONS.contains(w)).unwrap_or("");
    if head.is_empty() {
        return false;
    }
    // ("Merger talks ... people close to the negotiations": the two nouns name one thing,
    // unless the later one names its own sides: "plea negotiations ... the talks between the
    // government and the rebels".)
    let own_sides = [" between ", " with "].iter().any(|p| lower[anaphor.end..].starts_with(p));
    let same_noun =
        |word: &str| word == head || !own_sides && [word, head].iter().all(|w| BARGAINING_NOUNS.contains(w));
    let mut previous = "";
    bare_words(lower, 0..anaphor.start).any(|(start, word)| {
        let verb = VERB_MARKERS.contains(&std::mem::replace(&mut previous, word));
        let end = start + word.len();
        same_noun(word)
            && !verb
            && !before.iter().any(|(r, _)| (r.start <= start && start < r.end) || r.start == end + 1)
    })
}

/// Nouns of bargaining that refer to each other: "talks" then "the negotiations".
const BARGAINING_NOUNS: &[&str] = &["talks", "negotiations"];

/// The words of `text[range]` split at ASCII white space, each without the punctuation around
/// it, with where it starts in `text`: a walk over words that builds no searcher.
fn bare_words(text: &str, range: Range<usize>) -> impl Iterator<Item = (usize, &str)> {
    let base = text.as_ptr() as usize;
    text[range].split_ascii_whitespace().map(move |written| {
        let bare = written.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        (bare.as_ptr() as usize - base, bare)
    })
}

/// Nouns of a labour strike when no cue takes them ("their strike", "a strike by teachers").
const LABOUR_STRIKE_NOUNS: &[&str] = &["strike", "strikes", "stoppage"];

/// Whether a labour strike (`LABOUR_STRIKE_NOUNS` outside any event's cue kept before,
/// `before`; a look-alike's, "a strike by teachers", is none) is named in the 24 words
/// before talks at `start`, in their sentence: "the nurses ended their strike after talks with
/// the ministry", "A strike by teachers in Beira, which had shut schools since late November,
/// was called off on Friday after talks with the provincial education directorate" report a
/// labour fight's talks, not a state's.
fn after_a_labour_strike(lower: &str, start: usize, before: &[(Range<usize>, Cue)]) -> bool {
    const WORDS: usize = 24;
    let from = last_words_start(&lower[..start], WORDS);
    let from = lower[from..start].rfind(['.', '?', '!']).map_or(from, |i| from + i + 1);
    bare_words(lower, from..start).any(|(at, word)| {
        LABOUR_STRIKE_NOUNS.contains(&word) && !before.iter().any(|(r, _)| r.start <= at && at < r.end)
    })
}

/// Whether a one-word trigger stands alone in quotation marks, a word used in a figure
/// ("a \"summit\" of chefs", "so-called \"talks\""), not an event's name.
fn scare_quoted(text: &str, trigger: Range<usize>) -> bool {
    const QUOTES: [char; 4] = ['"', '“', '”', '\''];
    !text[trigger.clone()].contains(' ')
        && text[..trigger.start].ends_with(QUOTES)
        && text[trigger.end..].starts_with(QUOTES)
}

/// Whether `written`, the word right before an "attacked", is a plain common noun (all
/// lower-case letters, no grammar word, no subject word) that names no armed agent of
/// strikes (`agents`, `qualified_agents`): "the water attacked", "hackers attacked".
fn unarmed_subject(written: &str, lexicon: &Lexicon) -> bool {
    let word = written.trim_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let armed = lexicon.agents.get(&EventKind::Strike).is_some_and(|a| a.contains(word))
        || lexicon
            .qualified_agents
            .get(&EventKind::Strike)
            .is_some_and(|(agents, qualifiers)| agents.iter().chain(qualifiers).any(|a| a == word));
    !armed
        && !lexicon.not_nouns.contains(word)
        && !lexicon.subjects.iter().any(|s| s == word)
        && !lexicon.people_nouns.contains(word)
        && !lexicon.armed_subjects.iter().any(|a| a == word)
}

/// Whether an "attacked" is said, not fought: its subject, right before it (past "also",
/// "have" and the like), attacks with words or is a thing of nature ("critics attacked",
/// "the storm attacked everything"); its object's head is a thing said or done ("attacked the
/// President's statement", "attacked the witness's account"); or a reason in "-ing" follows
/// it ("attacked France for resuming nuclear tests"), as arms need none.
fn verbal_attack(text: &str, trigger: Range<usize>, cue: Cue, lexicon: &Lexicon) -> bool {
    const SUBJECT_WORDS: usize = 3;
    const OBJECT_WORDS: usize = 4;
    const REASON_WORDS: usize = 6;
    if cue != Cue::Trigger(EventKind::Strike) {
        return false;
    }
    let written = &text[trigger.clone()];
    let verb = written.rsplit(' ').next().unwrap_or(written);
    if !lexicon.verbal_verbs.iter().any(|v| verb.eq_ignore_ascii_case(v)) {
        return false;
    }
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_ascii_lowercase()
    };
    // The subject: only for a verb alone ("Gunmen attack" names its armed subject itself).
    if !written.contains(' ') {
        let written_subject = text[..trigger.start]
            .split_whitespace()
            .rev()
            .filter(|w| !bare(w).is_empty())
            .take(SUBJECT_WORDS)
            .find(|w| !lexicon.before_a_verb.contains(&bare(w)) && !bare(w).ends_with("ly"));
        let subject = written_subject.map(bare);
        if subject
            .as_ref()
            .is_some_and(|w| lexicon.verbal_subjects.contains(w) || lexicon.natural_subjects.contains(w))
        {
            return true;
        }
        // "the water attacked the houses", "the brass section attacked the finale", "hackers
        // attacked the servers": a common noun right before the verb that is no armed agent
        // (`agents`, `qualified_agents`) attacks with no arms.
        // (Only the past tense is surely a verb: "repeated attacks by troops" is a noun's.)
        if verb.get(verb.len().saturating_sub(2)..).is_some_and(|e| e.eq_ignore_ascii_case("ed"))
            && written_subject.is_some_and(|w| unarmed_subject(w, lexicon))
        {
            return true;
        }
    }
    let rest = &text[trigger.end..];
    let clause_end = rest.find([',', ';', '.', ':', '(', ')', '"']).unwrap_or(rest.len());
    let mut words = rest[..clause_end].split_whitespace().map(bare);
    // The object's noun phrase ends at a preposition or a verb's word.
    let object_head = words
        .clone()
        .take(OBJECT_WORDS)
        .take_while(|w| {
            matches!(
                w.as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "each" | "other" | "one" | "another"
            ) || !lexicon.not_nouns.contains(w)
        })
        .any(|w| lexicon.verbal_objects.contains(&w));
    let reason = words.by_ref().take(REASON_WORDS).position(|w| w == "for").is_some()
        && words.next().is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
    object_head || reason
}

/// "the attack on the U.S. embassy", "the attack by Houthi drones": a reference with what
/// armies hit or hit with (`target_nouns`, `arms_nouns`) within five words after it, in its
/// clause, names the strike even with none before it. Else
/// it is the bare reference ("the attack" on the clinic), which only refers back.
fn aimed_or_reference(text: &str, range: Range<usize>, lexicon: &Lexicon) -> Range<usize> {
    const WORDS: usize = 5;
    if aimed_at_a_country(text, range.end, lexicon) {
        return range;
    }
    for word in text[range.end..].split_whitespace().take(WORDS) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if lexicon.target_nouns.contains(&bare) || lexicon.arms_nouns.contains(&bare) {
            return range;
        }
        // A clause or sentence ends ("U.S." does not).
        let sentence_end = word.ends_with('.') && !bare.contains('.') && bare.len() > 1;
        if word.ends_with([',', ';', ':', '?', '!']) || sentence_end {
            break;
        }
    }
    let reference_end = text[range.clone()].rfind(' ').map_or(range.end, |i| range.start + i);
    range.start..reference_end
}

/// A verb of `making` right before `start` ("launched the attack", "carried out the raid"):
/// where it stands.
fn making_verb_before(text: &str, start: usize, lexicon: &Lexicon) -> Option<Range<usize>> {
    // Only the last words can hold it: a few words, not the text before, are lower-cased.
    let before = text[..start].trim_end();
    let from = last_words_start(before, lexicon.making_words);
    let lower = before[from..].to_ascii_lowercase();
    let verb = lexicon.making.iter().find(|v| {
        lower.ends_with(v.as_str()) && !before[..before.len() - v.len()].ends_with(char::is_alphanumeric)
    })?;
    Some(before.len() - verb.len()..before.len())
}

/// "The Tamil Tigers launched the attack on Muttur", "rebels carried out the raid on the
/// town", "Russia launched the attack on Kharkiv": a verb of `making` right before, whose
/// subject is a state, an armed group or armed men, makes an armed attack of what it names,
/// as a gunman's or the police's does not ("police carried out the raid on the office").
fn launched_by_an_armed_side(text: &str, start: usize, lexicon: &Lexicon) -> bool {
    // (A name of up to six words: "The Liberation Tigers of Tamil Eelam launched".)
    const SUBJECT_WORDS: usize = 6;
    let Some(verb) = making_verb_before(text, start, lexicon) else { return false };
    if agent_before(text, verb.clone(), EventKind::Strike, lexicon).is_some() {
        return true;
    }
    // "The Liberation Tigers of Tamil Eelam (LTTE) launched": a short name in brackets.
    let subject = text[..verb.start].trim_end().trim_end_matches([')', '"', '\'']);
    let from = last_words_start(subject, SUBJECT_WORDS);
    whole_words(&lexicon.entities, &subject[from..]).any(|m| {
        let entity = &lexicon.entity_meaning[m.pattern().as_usize()];
        m.end() == subject.len() - from
            && (entity.class == EntityClass::Country || lexicon.is_armed_group(&entity.canonical))
    })
}

/// "the raids on Iraq", "the attack on the United States", "the attack on Israeli posts":
/// a country (or its demonym) in the noun phrase right after "on" or "against" is what armies
/// hit, as police and gunmen do not. The phrase ends at a preposition or punctuation, so
/// "the attack on a hotel in Kenya" is not aimed at Kenya.
fn aimed_at_a_country(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    const WORDS: usize = 4;
    let rest = &text[end..];
    let mut phrase_end = 0;
    for (i, word) in rest.split_inclusive(char::is_whitespace).take(WORDS).enumerate() {
        let bare = word.trim().trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let lower = bare.to_ascii_lowercase();
        if i > 0 && lower != "the" && lexicon.not_nouns.contains(&lower) {
            break;
        }
        phrase_end += word.len();
        if word.trim_end().ends_with([',', ';', ':']) {
            break;
        }
    }
    if phrase_end == 0 {
        return false;
    }
    // A country, or a city of the gazetteer's, which is a country's ground ("the attack on
    // Abqaiq").
    whole_words(&lexicon.entities, &rest[..phrase_end])
        .any(|m| lexicon.ground_of(&lexicon.entity_meaning[m.pattern().as_usize()]).is_some())
}

/// The noun phrase of a head noun that refers back to an event: a determiner and one to
/// three modifiers before it ("the almost simultaneous attacks", "these two blasts"), or a
/// possessive ("Friday's explosion", "the army's two attacks"), which stays out of the
/// phrase so that a date in it is the event's own. A head with neither ("attacks on
/// civilians") is left to the triggers.
/// Where an armed group of the gazetteer named right before `at` starts: "Hamas" in "the
/// Hamas attack" or "Hamas's attack".
fn armed_group_right_before(text: &str, at: usize, lexicon: &Lexicon) -> Option<usize> {
    const NAME_BYTES: usize = 60;
    let before = text[..at].strip_suffix(' ')?;
    let from = text.floor_char_boundary(before.len().saturating_sub(NAME_BYTES));
    let window = &before[from..];
    whole_words(&lexicon.entities, window)
        .filter(|m| {
            let gap = &window[m.end()..];
            matches!(gap, "" | "'s" | "’s")
                && lexicon.is_armed_group(&lexicon.entity_meaning[m.pattern().as_usize()].canonical)
        })
        .last()
        .map(|m| from + m.start())
}

fn modified_head(text: &str, head: Range<usize>, lexicon: &Lexicon) -> Option<Range<usize>> {
    const MODIFIERS: usize = 3;
    let mut start = head.start;
    for modifiers in 0..=MODIFIERS {
        let before = text[..start].strip_suffix(' ')?;
        let word_start = after_last(before, char::is_whitespace);
        let word = &before[word_start..];
        if matches!(word.to_ascii_lowercase().as_str(), "the" | "these" | "those") {
            return (modifiers > 0).then_some(word_start..head.end);
        }
        if word.len() > 2 && is_possessive(word) {
            return Some(start..head.end);
        }
        let modifier = !word.is_empty()
            && word.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !lexicon.not_nouns.contains(&word.to_ascii_lowercase());
        if !modifier {
            return None;
        }
        start = word_start;
    }
    None
}

/// The verb that a completing phrase at `start` makes a trigger of: "spoke" in
/// "spoke with Macron by phone", within the kind's `completing_words` before it in its
/// sentence. None for "said by phone" or "spoke to reporters by phone", which are interviews.
fn completed_verb(
    text: &str,
    start: usize,
    kind: EventKind,
    lexicon: &Lexicon,
    attacks_only: bool,
) -> Option<(Range<usize>, Cue)> {
    const ATTACKS: [&str; 4] = ["attack", "attacks", "assault", "assaults"];
    let verbs = lexicon.completed_verbs.get(&kind)?;
    let words = lexicon.completing_words.get(&kind).copied().unwrap_or_default();
    let before = &text[..start];
    // Its verb is a few words back: the sentence's start is looked for no further.
    const WORDS_BYTES: usize = 24;
    let from = text.floor_char_boundary(start.saturating_sub(words * WORDS_BYTES));
    let sentence_start = sentences::sentence_start_before(text, from, start);
    // The words before the phrase in its sentence, nearest first: where each starts, as
    // written, and without the punctuation around it.
    let words_back = || {
        let mut end = before.len();
        std::iter::from_fn(move || {
            let word_end = before[..end].trim_end().len();
            let word_start = after_last(&before[..word_end], char::is_whitespace);
            if word_start < sentence_start || word_start >= word_end {
                return None;
            }
            end = word_start;
            let raw = &before[word_start..word_end];
            Some((word_start, raw, raw.trim_matches(|c: char| !c.is_alphanumeric())))
        })
        .take(words)
    };
    // The verb first: most phrases ("with") have none before them, and are done with at once.
    let nearer = words_back().position(|(_, _, word)| {
        verbs.iter().any(|v| word.eq_ignore_ascii_case(v))
            && (!attacks_only || ATTACKS.iter().any(|a| word.eq_ignore_ascii_case(a)))
    })?;
    // "a heart attack while visiting the troops": the phrase is another clause's. "spoke to
    // reporters by telephone" is an interview.
    let interrupted = words_back().take(nearer).any(|(_, _, word)| {
        CLAUSE_OPENERS.iter().any(|o| o.trim().eq_ignore_ascii_case(word))
            || (kind == EventKind::Call && lexicon.press_words.iter().any(|p| word.eq_ignore_ascii_case(p)))
    });
    // "discussed the plan with reporters" is an interview too.
    const PRESS_WORDS_AFTER: usize = 2;
    let with_the_press = kind == EventKind::Meeting
        && text[start..].split_whitespace().skip(1).take(PRESS_WORDS_AFTER).any(|w| {
            lexicon.press_words.iter().any(|p| w.trim_end_matches([',', '.']).eq_ignore_ascii_case(p))
        });
    if interrupted || with_the_press {
        return None;
    }
    let (word_start, raw, word) = words_back().nth(nearer)?;
    let verb_start = word_start + raw.find(word).unwrap_or(0);
    Some((verb_start..verb_start + word.len(), Cue::Trigger(kind)))
}

/// Whether a visit's hosting verb hosts a gathering, not a guest: "Egypt has hosted several
/// rounds of talks", "Japan will host the summit" (`hosted_gatherings` within a few words,
/// in the clause).
fn hosts_a_gathering(text: &str, trigger: Range<usize>, cue: Cue, lexicon: &Lexicon) -> bool {
    const WORDS: usize = 5;
    if cue != Cue::Trigger(EventKind::Visit) || !lexicon.is_hosting(&text[trigger.clone()]) {
        return false;
    }
    const PASSIVE_WORDS: usize = 15;
    let gathering = |w: &str| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        lexicon.hosted_gatherings.contains(&bare)
    };
    let rest = &text[trigger.end..];
    // "five hours of talks between Karaoglu and Lindqvist, hosted by Berge": in the passive,
    // what was hosted comes before.
    if rest.starts_with(" by ") {
        let before = &text[..trigger.start];
        let sentence = &before[before.rfind(['.', '!', '?']).map_or(0, |i| i + 1)..];
        return sentence.split_whitespace().rev().take(PASSIVE_WORDS).any(gathering);
    }
    let clause_end = rest.find([',', ';', '.', '(', ')', ':']).unwrap_or(rest.len());
    rest[..clause_end].split_whitespace().take(WORDS).any(gathering)
}

/// Whether a past hosting verb names its guest right after it and then where or what for with
/// "at" or "for": "Dumont hosted Japan's Prime Minister for breakfast", "hosted him at a
/// concert", "hosted his Ivorian counterpart at Camp David": the host received the guest at
/// an occasion, a meeting of the two, not the guest's trip. Not "hosted Berg in Oslo" (the
/// guest came to the city: a visit), "has hosted Mercier since Thursday" (a stay), "whom he
/// hosted at the White House" (no guest after the verb), "will host".
fn hosted_a_guest(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const WORDS: usize = 8;
    if !text[trigger.clone()].eq_ignore_ascii_case("hosted") {
        return false;
    }
    let mut after = text[trigger.end..].split_whitespace();
    let Some(next) = after.next() else { return false };
    let bare = next.trim_matches(|c: char| !c.is_alphanumeric());
    let guest = if ["him", "her", "them"].iter().any(|p| bare.eq_ignore_ascii_case(p)) {
        true
    } else if ["his", "her", "their"].iter().any(|p| bare.eq_ignore_ascii_case(p)) {
        let noun = after.next().map_or(String::new(), bare_lower);
        lexicon.people_nouns.contains(&noun) || lexicon.title_words.contains(&noun)
    } else {
        name_after(text, trigger.end, lexicon).is_some()
    };
    if !guest {
        return false;
    }
    // The first preposition after the guest, in the clause: "at" or "for" an occasion.
    let rest = &text[trigger.end..];
    let clause_end = rest.find([';', '.', ':']).unwrap_or(rest.len());
    rest[..clause_end]
        .split_whitespace()
        .take(WORDS)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| {
            ["at", "for", "in", "on", "since", "to", "during"].iter().any(|p| w.eq_ignore_ascii_case(p))
        })
        .is_some_and(|w| w.eq_ignore_ascii_case("at") || w.eq_ignore_ascii_case("for"))
}

/// A word without the punctuation around it, in lower case ("President," -> "president").
fn bare_lower(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// False for "called" that names or summons ("a group called Hamas", "called Zelensky a
/// hero", "called Israel's response", "called Congress into session"); true for a call to
/// someone ("Sunak called President Zelensky on Monday", "he called his Turkish
/// counterpart"), and for every other trigger. See `callers` and `after_callee`.
fn called_someone(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const NAME_WORDS: usize = 8;
    if !text[trigger.clone()].eq_ignore_ascii_case("called") {
        return true;
    }
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let Some(caller) = text[..trigger.start].split_whitespace().next_back() else { return false };
    if caller.ends_with([',', ';', ':', '.'])
        || !(capitalised(caller) || lexicon.callers.contains(&bare_lower(caller)))
    {
        return false;
    }
    let rest = &text[trigger.end..];
    let mut words = rest.split_whitespace().peekable();
    let mut named = 0;
    while let Some(&word) = words.peek() {
        let lower = bare_lower(word);
        let name_word =
            capitalised(word) || matches!(lower.as_str(), "his" | "her" | "their" | "counterpart");
        let joins = named > 0 && matches!(lower.as_str(), "of" | "and");
        if named == NAME_WORDS || !(name_word || joins) {
            break;
        }
        named += 1;
        words.next();
        // "called Israel's response": whose something is, not whom.
        if word.ends_with("'s") || word.ends_with("’s") {
            return false;
        }
        // "called Macron, who ...", "called Macron." : the name ends the clause.
        if word.ends_with([',', ';', ':', '.']) && !word.ends_with(".S.") && word.len() > 2 {
            return true;
        }
    }
    named > 0 && words.next().is_none_or(|next| lexicon.after_callee.contains(&bare_lower(next)))
}

/// False for a courtesy verb (`courtesy`) that is no meeting; true for every other trigger.
/// "called on Prime Minister Thapa at his residence", "Farah was received at State House by
/// President Karanja" meet someone: a person is called on (a title, a name, "the visiting
/// ...") or receives (a title, a name or a people noun after "by", and a person before the
/// verb), and no "to" follows within a few words ("called on Iran to withdraw" is a demand).
fn courtesy_meeting(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const BY_WORDS: usize = 6;
    // (Every cue passes here: only a courtesy verb is lower-cased.)
    let Some(verb) = lexicon.courtesy.iter().find(|c| text[trigger.clone()].eq_ignore_ascii_case(c)) else {
        return true;
    };
    // (The sentence goes on past "U.N.": "called on the U.N. Security Council to send".)
    let rest = &text[trigger.end..sentences::sentence_end_after(text, trigger.end)];
    // ("called on the Pope at the Vatican in October 2019 and invited him to the congress":
    // a "to" far from the verb is another's.)
    const DEMAND_WORDS: usize = 8;
    if rest.split_whitespace().take(DEMAND_WORDS).any(|w| w == "to") {
        return false;
    }
    let person = |words: &[&str]| {
        let words: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|w| matches!(bare_lower(w).as_str(), "the" | "his" | "her" | "visiting"))
            .collect();
        let Some(first) = words.first() else { return false };
        let phrase = words.join(" ");
        first.starts_with(|c: char| c.is_uppercase())
            || opens_with_phrase(&lexicon.titles, &phrase)
            || lexicon.people_nouns.contains(&bare_lower(first))
    };
    let mut words: Vec<&str> = rest.split_whitespace().collect();
    if verb == "called on" || verb == "called upon" {
        return person(&words);
    }
    // "received in audience the President": the formula, then whom.
    if words.len() > 2 && words[0].eq_ignore_ascii_case("in") && bare_lower(words[1]) == "audience" {
        words.drain(..2);
    }
    // The person received, or who receives: one of the few words of its sentence before the
    // verb ("Kone flew to Bamako on Tuesday and was received by", "the head of state received").
    const SUBJECT_WORDS: usize = 3;
    let sentence_start = rough_sentence_start(text, trigger.start);
    let before = text[sentence_start..trigger.start].split_whitespace().rev();
    let is_someone = |subject: &str| {
        (subject.starts_with(|c: char| c.is_uppercase()) && !matches!(subject, "The" | "A" | "An"))
            || matches!(subject, "he" | "she" | "they")
            || lexicon.people_nouns.contains(&bare_lower(subject))
    };
    let someone = before.clone().take(SUBJECT_WORDS).any(is_someone)
        // "Dauletov flew to the Tajik capital this morning and was received by": the
        // sentence's subject, the verb joined to its first.
        || (before.clone().next() == Some("and")
            && text[sentence_start..trigger.start].split_whitespace().next().is_some_and(is_someone));
    if verb == "received" {
        // "received his Ivorian counterpart", "received Prime Minister Mori": a title or a
        // people noun among the first words, and nobody's thing ("received Putin's letter").
        const OBJECT_WORDS: usize = 3;
        let object: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|w| matches!(bare_lower(w).as_str(), "the" | "his" | "her" | "their" | "visiting"))
            .take(OBJECT_WORDS)
            .collect();
        let titled_from = |from: usize| {
            (from..object.len()).any(|i| {
                let phrase = object[i..].join(" ");
                let noun = bare_lower(object[i]);
                opens_with_phrase(&lexicon.titles, &phrase)
                    || (lexicon.people_nouns.contains(&noun) && !lexicon.press_words.contains(&noun))
            })
        };
        let titled = titled_from(0);
        // "received Putin's letter" is a thing; "received Chad's transitional leader", "Djibouti's
        // Foreign Minister" someone.
        let possessed_thing =
            object.iter().rposition(|w| is_possessive(w)).is_some_and(|owner| !titled_from(owner + 1));
        // "Kone received Okonjo at the presidential palace": a name, received at a seat of office,
        // unless the talks held there are told in the same sentence ("received Mercier at the
        // palace, where the two held talks"): that is the event.
        const PLACE_WORDS: usize = 5;
        let at_a_seat = || {
            let mut after = words.iter().skip(1).take(PLACE_WORDS).map(|w| bare_lower(w));
            after.position(|w| w == "at").is_some()
                && after.take(3).any(|w| lexicon.reception_places.contains(&w))
                && !words.iter().any(|w| matches!(bare_lower(w).as_str(), "talks" | "met" | "meeting"))
        };
        // ("al-Rashidi", "el-Sisi": a name after its article.)
        let a_name = |w: &str| {
            let w = people::ARTICLE_PREFIXES.iter().find_map(|p| w.strip_prefix(p)).unwrap_or(w);
            w.starts_with(|c: char| c.is_uppercase())
        };
        let named = object.first().is_some_and(|w| a_name(w));
        // "received al-Rashidi and Farahani together": two names received are two guests.
        let two_named = named
            && words.get(1).is_some_and(|w| *w == "and")
            && words.get(2).is_some_and(|w| {
                a_name(w) && !lexicon.place_names.contains(w.trim_matches(|c: char| !c.is_alphanumeric()))
            });
        // "received Henrik Aalto, the UN envoy for Yemen,": a name with its title set off
        // after it (past a word or two of whose office it is).
        const NAME_WORDS: usize = 4;
        const OWNER_WORDS: usize = 2;
        let title_after = || {
            let Some(comma) = words.iter().take(NAME_WORDS).position(|w| w.ends_with(',')) else {
                return false;
            };
            let rest: Vec<&str> = words[comma + 1..]
                .iter()
                .copied()
                .skip_while(|w| matches!(bare_lower(w).as_str(), "the" | "a" | "an"))
                .take(OWNER_WORDS + 3)
                .collect();
            (0..=OWNER_WORDS.min(rest.len()))
                .any(|skip| opens_with_phrase(&lexicon.titles, &rest[skip..].join(" ")))
        };
        return someone
            && (titled || two_named || (named && (at_a_seat() || title_after())))
            && !possessed_thing;
    }
    let by = words.iter().take(BY_WORDS).position(|w| *w == "by");
    // "was received at Jomo Kenyatta International Airport by the Cabinet Secretary": a
    // welcome on arrival, no meeting.
    let at_the_airport = words[..by.unwrap_or(0)].iter().any(|w| bare_lower(w) == "airport");
    someone && !at_the_airport && by.is_some_and(|at| person(&words[at + 1..]))
}

/// Whether a meeting's trigger is followed in its clause, within a few words, by a phrase of
/// video (`by_video`): "met with the two EU leaders via video link" is a call.
fn by_video(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const VIDEO_WORDS: usize = 8;
    // (Only the next few words are read: a text without a stop is not read to its end from
    // every meeting.)
    const VIDEO_BYTES: usize = 160;
    let rest =
        &text[trigger.end..text.floor_char_boundary(trigger.end.saturating_add(VIDEO_BYTES).min(text.len()))];
    let clause_end = rest.find([',', ';', '.', '\n']).unwrap_or(rest.len());
    let clause = &rest[..first_words_end(&rest[..clause_end], VIDEO_WORDS + 3)];
    let lower = clause.to_ascii_lowercase();
    lexicon.by_video.iter().any(|v| {
        lower.match_indices(v.as_str()).any(|(at, _)| {
            let bounded = lower[at + v.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            lower[..at].split_whitespace().count() <= VIDEO_WORDS && bounded
        })
    })
}

/// Whether a meeting's trigger has someone it meets: "with" or "between" a few words on in
/// its clause ("met this week with Saddam", "a meeting between the ombudsmen"), an object
/// right after it ("met the envoy", "meeting his counterpart", "met President Lopes"), or a
/// name of its own right before it ("the Nairobi meeting"), or "they" or "we" right before
/// it ("they first met in Jolo"). "The Cabinet met yesterday",
/// "met in emergency session" and "a mass meeting of workers" have none.
fn has_someone_met(text: &str, trigger: Range<usize>) -> bool {
    const WITH_WORDS: usize = 4;
    const DETERMINERS: &[&str] =
        &["the", "his", "her", "their", "its", "a", "an", "our", "your", "my", "both"];
    let after: Vec<&str> = text[trigger.end..].split_whitespace().take(WITH_WORDS).collect();
    let in_clause =
        after.iter().position(|w| w.ends_with([',', ';', ':', '.'])).map_or(after.len(), |i| i + 1);
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    if after[..in_clause].iter().any(|w| matches!(bare(w).as_str(), "with" | "between")) {
        return true;
    }
    let trigger_text = &text[trigger.clone()];
    // "meeting with", "talks between": the trigger ends on it.
    if trigger_text
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("with") || w.eq_ignore_ascii_case("between"))
    {
        return true;
    }
    let open_ended = !trigger_text.ends_with(|c: char| !c.is_alphanumeric());
    let object = open_ended
        && after.first().is_some_and(|w| {
            DETERMINERS.contains(w) || (w.starts_with(char::is_uppercase) && bare(w).len() > 1)
        });
    let sentence_start = |at: usize| {
        text[..at].trim_end().is_empty() || text[..at].trim_end().ends_with(['.', '!', '?', '\n'])
    };
    // "they met in New York", "they first met in Jolo": two or more meeting each other.
    let subject = text[..trigger.start]
        .split_whitespace()
        .rev()
        .take(2)
        .any(|w| matches!(w, "they" | "They" | "we" | "We"));
    let named = text[..trigger.start]
        .split_whitespace()
        .next_back()
        .filter(|w| w.starts_with(char::is_uppercase) && !w.ends_with([',', ';', ':']))
        .is_some_and(|w| {
            let at = text[..trigger.start].trim_end().len() - w.len();
            !sentence_start(at) && !matches!(w.to_ascii_lowercase().as_str(), "the" | "a" | "an")
        });
    object || named || subject
}

/// Whether "talks" held are two people's meeting (the issue lists "held talks with
/// (one-to-one)" under meetings): right before "with" and someone titled ("for talks with
/// Foreign Minister X"), held a few words before "with" and someone titled or named ("held talks the following day with her Fijian counterpart"), or held by "the two
/// leaders" (`plural_sides`), or "one-on-one". Talks of delegations, rounds and
/// negotiators stay talks.
fn talks_of_two(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const GAP_WORDS: usize = 5;
    if !text[trigger.clone()].eq_ignore_ascii_case("talks") {
        return false;
    }
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_ascii_lowercase();
    // "flew to Israel for talks with Foreign Minister Miriam Levanon": talks with someone
    // titled, right after the word, are theirs with that one person, held or not.
    let after: Vec<&str> = text[trigger.end..].split_whitespace().take(GAP_WORDS + 2).collect();
    if after.first() == Some(&"with") && titled_object(&after[1..], lexicon) {
        return true;
    }
    // The verb of holding, a few words before ("held more than three hours of talks").
    const VERB_WORDS: usize = 7;
    // (Three more words: the subject before the verb.)
    let before: Vec<&str> = text[..trigger.start].split_whitespace().rev().take(VERB_WORDS + 3).collect();
    let Some(verb_at) = before
        .iter()
        .take(VERB_WORDS)
        .position(|w| lexicon.holding_talks.contains(&bare(w)) && bare(w).starts_with("h"))
    else {
        return false;
    };
    if before[..verb_at]
        .iter()
        .any(|w| w.ends_with([',', ';', ':']) || matches!(bare(w).as_str(), "round" | "rounds"))
    {
        return false;
    }
    if after.first().is_some_and(|w| matches!(bare(w).as_str(), "one-on-one" | "one-to-one")) {
        return true;
    }
    // "with" and a person within a few words, in the clause.
    let with = after
        .iter()
        .take(GAP_WORDS)
        .take_while(|w| !w.ends_with([',', ';', '.']) || bare(w).chars().all(char::is_numeric))
        .position(|w| *w == "with");
    if with.is_some_and(|at| titled_object(&after[at + 1..], lexicon)) {
        return true;
    }
    // "the two leaders held talks", "the two Prime Ministers held talks".
    let subject: Vec<String> = before[verb_at + 1..].iter().take(3).map(|w| bare(w)).collect();
    subject.first().is_some_and(|noun| lexicon.plural_sides.contains(noun))
        && subject[1..].iter().any(|w| w == "two")
}

/// Whether the words after "with" name someone by a title or as a counterpart ("the
/// Foreign Minister", "her Fijian counterpart"), or by a name that is no state's, body's
/// or place's ("Belov": not "Hamas", "Tehran" or "Republicans").
fn titled_object(words: &[&str], lexicon: &Lexicon) -> bool {
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_ascii_lowercase();
    let object: Vec<&str> = words
        .iter()
        .copied()
        .skip_while(|w| matches!(bare(w).as_str(), "the" | "his" | "her" | "their"))
        .take(3)
        .collect();
    let named = words.first().is_some_and(|w| {
        let name = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        name.len() > 1
            && name.starts_with(|c: char| c.is_uppercase())
            && name.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && !name.ends_with('s')
            // (Nor a state's name or demonym of two words or more: "North Korean officials".)
            && whole_words(&lexicon.entities, &words.iter().take(3).copied().collect::<Vec<_>>().join(" "))
                .next()
                .is_none_or(|m| m.start() > 0)
            && !lexicon.not_in_untitled_names.contains(&name.to_ascii_lowercase())
    });
    named
        || opens_with_phrase(&lexicon.titles, &object.join(" "))
        || object.iter().any(|w| bare(w) == "counterpart")
}

/// Whether a meeting verb's subject is a region's or the world's leaders ("Arab leaders
/// meeting in Baghdad", "the bloc's heads of state met", "world leaders met", "the APEC
/// leaders' meeting"): a gathering of many, which is a summit, not the meeting of two ("the
/// two leaders met", "The leaders met").
fn leaders_gathering(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    let verb = &text[trigger.clone()];
    if !lexicon.meeting_verbs.iter().any(|v| verb.eq_ignore_ascii_case(v)) {
        return false;
    }
    // "the APEC leaders' meeting": the subject may own the meeting.
    let before = text[..trigger.start].trim_end().trim_end_matches(['\'', '’']);
    // "The European Council, meeting in Brussels".
    let subject = before.trim_end_matches([',', ' ']);
    if lexicon.leaders_councils.iter().any(|c| subject.ends_with(c.as_str())) {
        return true;
    }
    // "Heads of Government of the Caribbean Community meet here": a bloc named after them.
    const BLOC_WORDS: usize = 5;
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(120))..];
    if let Some(of) = tail.rfind(" of ") {
        let bloc = tail[of + 4..].strip_prefix("the ").unwrap_or(&tail[of + 4..]);
        let words: Vec<&str> = bloc.split_whitespace().collect();
        let capitalised = !words.is_empty()
            && words.len() <= BLOC_WORDS
            && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()));
        let subject = tail[..of].to_lowercase();
        if capitalised
            && lexicon.gathering_subjects.iter().any(|s| {
                subject
                    .strip_suffix(s.as_str())
                    .is_some_and(|r| r.is_empty() || r.ends_with(char::is_whitespace))
            })
        {
            return true;
        }
    }
    // "the three countries' leaders last met": past a word between the leaders and the verb.
    const BETWEEN: &[&str] = &["last", "first", "also", "again", "finally", "had", "have", "will"];
    let before = BETWEEN
        .iter()
        .find_map(|w| before.strip_suffix(w).filter(|b| b.ends_with(' ')).map(str::trim_end))
        .unwrap_or(before);
    // "the APEC Economic Leaders' Meeting": a gathering's name, in capitals.
    let named = verb.starts_with(char::is_uppercase);
    let Some(rest) = lexicon.gathering_subjects.iter().find_map(|s| {
        let at = before.len().checked_sub(s.len()).filter(|&at| before.is_char_boundary(at))?;
        let subject = &before[at..];
        (subject == s || (named && subject.eq_ignore_ascii_case(s)))
            .then_some(&before[..at])
            .filter(|r| r.is_empty() || r.ends_with(char::is_whitespace))
    }) else {
        return false;
    };
    let modifier = rest.split_whitespace().next_back().unwrap_or("");
    let bare = modifier.trim_end_matches("'s").trim_end_matches("’s");
    // "the three countries' leaders last met", "the leaders' meeting among China, Japan and
    // the ROK": leaders of more than two states.
    const MANY: &[&str] =
        &["three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    let states_counted = matches!(bare.trim_end_matches(['\'', '’']), "countries" | "nations" | "states")
        && rest
            .split_whitespace()
            .rev()
            .nth(1)
            .is_some_and(|n| MANY.contains(&n.to_ascii_lowercase().as_str()));
    let among = text[trigger.end..].trim_start().starts_with("among ");
    lexicon.gathering_modifiers.iter().any(|m| m == bare)
        || states_counted
        || among
        || (bare.starts_with(|c: char| c.is_uppercase())
            && !lexicon.not_gathering_modifiers.iter().any(|m| m.eq_ignore_ascii_case(bare)))
}

/// Whether a verb of voting (`people_voting`) has a people for its subject: a plural
/// demonym ("Peruvians", "Iraqis") among the three words before it, with only lower-case
/// words between ("Peruvians are due to vote"). Every other cue passes.
fn a_people_votes(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const WORDS: usize = 4;
    const NOUN_WORDS: usize = 5;
    const ELECTION_NOUNS: &[&str] = &["election", "referendum", "runoff", "run-off", "primar", "plebiscite"];
    if !lexicon.people_voting.iter().any(|v| text[trigger.clone()].eq_ignore_ascii_case(v)) {
        return true;
    }
    if a_country_votes_on_a_date(text, trigger.clone(), lexicon) {
        return true;
    }
    // "Italians voting in Sunday's general election": the noun after it is the trigger.
    if text[trigger.end..].split_whitespace().take(NOUN_WORDS).any(|w| {
        let w = w.to_ascii_lowercase();
        ELECTION_NOUNS.iter().any(|n| w.starts_with(n))
    }) {
        return false;
    }
    for word in text[..trigger.start].split_whitespace().rev().take(WORDS) {
        if word.ends_with([',', ';', ':', '.', '"']) {
            return false;
        }
        if !word.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        return word.len() > 3
            && word.ends_with('s')
            && whole_words(&lexicon.entities, word).any(|m| {
                let entity = &lexicon.entity_meaning[m.pattern().as_usize()];
                entity.class == EntityClass::Country && m.len() == word.len() && entity.canonical != word
            });
    }
    false
}

/// Whether a summit's cue is a bloc's name before or after its ministers: "G7 finance
/// ministers met in Whistler", "energy ministers of the G20" are no summit. (Whether a bloc's
/// ministers who meet hold a meeting is left to the meeting's rules: the held-out annotators
/// counted such meetings, though the written sets' did not; see README.)
fn a_blocs_ministers(text: &str, trigger: Range<usize>, cue: Cue) -> bool {
    const WORDS: usize = 3;
    if cue != Cue::Trigger(EventKind::Summit) || text[trigger.clone()].to_ascii_lowercase().contains("summit")
    {
        return false;
    }
    // ("Energy ministers of the G20 held a video call": named before it too.)
    let before =
        text[text.floor_char_boundary(trigger.start.saturating_sub(40))..trigger.start].to_ascii_lowercase();
    let of_the = ["ministers of the ", "ministers from the ", "ministers of ", "ministers from "];
    text[trigger.end..]
        .split_whitespace()
        .take(WORDS)
        .any(|w| w.trim_end_matches(['\'', '’', ',']).eq_ignore_ascii_case("ministers"))
        || of_the.iter().any(|o| before.ends_with(o))
}

/// Whether a trigger that is a strike only when a state makes it (`state_made`: "raid") has
/// a country of the gazetteer, or its demonym, right before it: "a US raid", "an Israeli
/// raid"; not "a police raid". Every other cue passes.
fn made_by_a_state(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    if !lexicon.state_made.iter().any(|w| text[trigger.clone()].eq_ignore_ascii_case(w)) {
        return true;
    }
    a_country_ends(text[..trigger.start].trim_end(), lexicon)
}

/// Whether a body that is also its leaders' gathering (`gathering_bodies`: "the European
/// Council") is named as the gathering: after a frame of `gathering_frames` ("for the",
/// "on the margins of the") or with a date right after it ("on Thursday", "of 17-18 July",
/// "next Thursday"). Every other cue passes.
fn a_body_as_its_gathering(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const SOON: &[&str] = &["today", "tomorrow", "next", "this", "last"];
    if !lexicon.gathering_bodies.iter().any(|b| text[trigger.clone()].eq_ignore_ascii_case(b)) {
        return true;
    }
    // Only as much of the text before as the longest frame and the character before it
    // (lower-casing everything before every mention made many mentions quadratic).
    let before = text[..trigger.start].trim_end();
    let reach = lexicon.gathering_frames.iter().map(String::len).max().unwrap_or(0) + 4;
    let before = before[before.floor_char_boundary(before.len().saturating_sub(reach))..].to_lowercase();
    let framed = lexicon.gathering_frames.iter().any(|f| {
        before.strip_suffix(f.as_str()).is_some_and(|r| r.is_empty() || r.ends_with(char::is_whitespace))
    });
    // ("the European Council summit on Thursday and Friday": the noun after is the trigger.)
    let first = text[trigger.end..].split_whitespace().next().map(bare_lower).unwrap_or_default();
    if first.starts_with("summit") {
        return false;
    }
    framed || dated_right_after(&text[trigger.end..], &["on", "in", "of"], SOON, lexicon)
}

/// Whether `after` opens on a date: one of `soon` ("today", "next"), or one of
/// `prepositions` before a number, a weekday or a word of `date_openers` ("on Sunday", "in
/// June", "of 17-18 July").
fn dated_right_after(after: &str, prepositions: &[&str], soon: &[&str], lexicon: &Lexicon) -> bool {
    let mut words = after.split_whitespace();
    let first = words.next().map(bare_lower).unwrap_or_default();
    let second = words.next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
    soon.contains(&first.as_str())
        || (prepositions.contains(&first.as_str())
            && (second.starts_with(|c: char| c.is_ascii_digit()) || opens_a_date(second, lexicon)))
}

/// Whether a word after "in" or "on" opens a date: a weekday or one of `date_openers`.
fn opens_a_date(word: &str, lexicon: &Lexicon) -> bool {
    lexicon.date_openers.iter().chain(&lexicon.weekdays).any(|d| word.eq_ignore_ascii_case(d))
}

/// Whether a country of the gazetteer, or its demonym, ends `before` (looked for in its last
/// 40 bytes): "a US" before "raid", "Uruguay" before "votes".
fn a_country_ends(before: &str, lexicon: &Lexicon) -> bool {
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(40))..];
    whole_words(&lexicon.entities, tail).any(|m| {
        m.end() == tail.len() && lexicon.entity_meaning[m.pattern().as_usize()].class == EntityClass::Country
    })
}

/// "Serbia votes on Sunday", "Uruguay also votes on October 27": a country that votes, in
/// the present, on a day or in a month it is told is a country going to the polls. Not a
/// vote on a text ("Russia votes on the resolution", "Russia voted on Friday in favour").
fn a_country_votes_on_a_date(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const ADVERBS: &[&str] = &["also", "again", "finally", "now"];
    const SOON: &[&str] = &["today", "tomorrow", "next", "this"];
    if !text[trigger.clone()].eq_ignore_ascii_case("votes") {
        return false;
    }
    let mut before = text[..trigger.start].trim_end();
    if let Some(rest) = ADVERBS
        .iter()
        .find_map(|a| before.strip_suffix(a).filter(|r| r.ends_with(' ') && before.len() > a.len()))
    {
        before = rest.trim_end();
    }
    let country = a_country_ends(before, lexicon);
    let dated = dated_right_after(&text[trigger.end..], &["in", "on"], SOON, lexicon);
    // "Russia votes on Friday in favour of the text" votes on a text.
    const ON_A_TEXT: &[&str] = &["favour", "favor", "against", "resolution", "motion", "bill"];
    let rest = &text[trigger.end..];
    let clause = &rest[..rest.find([',', ';', '.', ':']).unwrap_or(rest.len())];
    country && dated && !clause.split_whitespace().any(|w| ON_A_TEXT.contains(&bare_lower(w).as_str()))
}

/// Whether many met "at a summit": "the presidents of Guatemala, El Salvador, Honduras and
/// Costa Rica met at a summit in Esquipulas", "European leaders, who met at the Vienna summit".
/// The verb is the summit's, not a meeting of its own. Two who "met at the G20 summit" met on
/// its sidelines, and that is a meeting.
fn many_met_at_a_summit(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const BEFORE_SUMMIT: usize = 4;
    let verb = &text[trigger.clone()];
    if !lexicon.meeting_verbs.iter().any(|v| verb.eq_ignore_ascii_case(v)) {
        return false;
    }
    let mut after = text[trigger.end..].split_whitespace();
    if !after.next().is_some_and(|w| matches!(w, "at" | "during"))
        || !after.next().is_some_and(|w| matches!(w, "a" | "an" | "the"))
        || !after.take(BEFORE_SUMMIT).any(|w| w.to_ascii_lowercase().starts_with("summit"))
    {
        return false;
    }
    const SUBJECT_BYTES: usize = 300;
    let from = text.floor_char_boundary(trigger.start.saturating_sub(SUBJECT_BYTES));
    let sentence_start = sentences::sentence_start_before(text, from, trigger.start);
    let subject = text[sentence_start..trigger.start].trim_end();
    let subject = subject.strip_suffix(" who").unwrap_or(subject).trim_end_matches([',', ' ']);
    // ("the heads of state of the region": a short "of" phrase may follow the gathering.)
    const OF_WORDS: usize = 4;
    let gathering = lexicon.gathering_subjects.iter().any(|g| {
        subject.match_indices(g.as_str()).any(|(at, _)| {
            let (before, after) = (&subject[..at], &subject[at + g.len()..]);
            (before.is_empty() || before.ends_with(char::is_whitespace))
                && (after.is_empty()
                    || after.strip_prefix(" of ").is_some_and(|of| of.split_whitespace().count() <= OF_WORDS))
        })
    });
    // Three or more named: two separators of a list.
    gathering || subject.matches(", ").count() + subject.matches(" and ").count() >= 2
}

/// Whether the words after a verb say what arms it was done with, in its clause: "hit the oil
/// field near the border with drones", "struck the port with two missiles" (one word or two
/// between "with" and the arms). So "Russia hit Ukraine with sanctions" is no strike.
fn armed_with(after: &str, agents: &std::collections::HashSet<String>, lexicon: &Lexicon) -> bool {
    const WORDS: usize = 16;
    const BETWEEN: usize = 2;
    // Words since the last "with", while they are no preposition ("with two drones", not
    // "with sanctions over missiles").
    let mut since_with: Option<usize> = None;
    for word in after.split_whitespace().take(WORDS) {
        let bare = word.trim_end_matches([',', ';', ':', '.']);
        if since_with.is_some() && bare.bytes().all(|b| b.is_ascii_lowercase()) && agents.contains(bare) {
            return true;
        }
        if bare.len() < word.len() {
            return false;
        }
        since_with = if word == "with" {
            Some(0)
        } else {
            since_with.map(|n| n + 1).filter(|&n| n <= BETWEEN && !lexicon.not_nouns.contains(word))
        };
    }
    false
}

/// Whether a word (`lower`, lower-case) is an armed agent: one of the kind's `agents`, alone or
/// with the word before it (`previous`, as written and `previous_lower`: "the air force
/// struck"), or one of `qualified_agents` after one of its qualifiers or a country, demonym or
/// body ("Ukrainian forces struck", "security forces", not "market forces hit"). `pair` is a
/// buffer for the two words, kept by the caller so no string is built per word.
fn armed_agent(
    lexicon: &Lexicon,
    agents: &std::collections::HashSet<String>,
    qualified: Option<&(Vec<String>, Vec<String>)>,
    [previous, previous_lower, written, lower]: [&str; 4],
    pair: &mut String,
) -> bool {
    // "RAF Tornados struck", "a Reaper struck": arms named as written (no storm is a Tornado).
    if lexicon.arms_by_name.iter().any(|a| a == written.trim_matches(|c: char| !c.is_alphanumeric())) {
        return true;
    }
    let qualified = qualified.is_some_and(|(needing, qualifiers)| {
        needing.iter().any(|n| n == lower)
            && (qualifiers.iter().any(|q| q == previous_lower)
                || whole_words(&lexicon.entities, previous.trim_matches(|c: char| !c.is_alphanumeric()))
                    .next()
                    .is_some())
    });
    pair.clear();
    pair.extend([previous_lower, " ", lower]);
    qualified || agents.contains(lower) || agents.contains(pair.as_str())
}

/// Whether the words right after a verb of striking whose subject is a state or a group
/// ("Israel struck", "Russia pounded") name what armies hit: a place or side of the gazetteer,
/// or a target ("struck Gaza", "struck hideouts of separatist groups", "pounded Houthi
/// positions"); not "struck a conciliatory tone", "struck back at its critics". The verbs of
/// firing and downing need no object.
fn hits_what_armies_hit(text: &str, verb: Range<usize>, lexicon: &Lexicon) -> bool {
    const OBJECT_WORDS: usize = 3;
    const NEED_AN_OBJECT: &[&str] = &["struck", "pounded"];
    if !NEED_AN_OBJECT.iter().any(|v| text[verb.clone()].eq_ignore_ascii_case(v)) {
        return true;
    }
    for (n, word) in text[verb.end..].split_whitespace().take(OBJECT_WORDS).enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let lower = bare.to_ascii_lowercase();
        // ("struck what the military described as hideouts".)
        if n == 0 && lower == "what" {
            return true;
        }
        if lexicon.target_nouns.contains(&lower)
            || lexicon.aimed_at.contains(&lower)
            || (bare.starts_with(char::is_uppercase) && whole_words(&lexicon.entities, bare).next().is_some())
        {
            return true;
        }
        if bare.len() < word.len() && word.ends_with([',', ';', ':', '.']) {
            return false;
        }
    }
    false
}

/// "NATO jets pounded", "rebels on Sunday ambushed": a verb of `agent_verbs` whose subject,
/// right before it (past an adverb, an auxiliary or a day), is one of the kind's agents. The
/// trigger runs from the agent, as "warplanes struck" does; "rebels struck a deal" is an
/// exclusion, and a verb with no such subject ("prices hit", "the storm struck") is none.
fn agent_before(
    text: &str,
    verb: Range<usize>,
    kind: EventKind,
    lexicon: &Lexicon,
) -> Option<(Range<usize>, Cue)> {
    const WORDS: usize = 4;
    let agents = lexicon.agents.get(&kind)?;
    let qualified = lexicon.qualified_agents.get(&kind);
    // The words looked at, and the one before the last of them, lower-cased once (ASCII
    // lower-casing keeps every byte where it was).
    let from = last_words_start(&text[..verb.start], WORDS + 1);
    let before = &text[from..verb.start];
    let before_lower = before.to_ascii_lowercase();
    // "the Scud missile that Iraq fired at Riyadh": a state or group may fire or down.
    let named_verb = lexicon.named_agent_verbs.iter().any(|v| text[verb.clone()].eq_ignore_ascii_case(v))
        || armed_with(&text[verb.end..], agents, lexicon);
    let mut pair = String::new();
    let mut end = before.len();
    for _ in 0..WORDS {
        let word_end = before[..end].trim_end().len();
        let word_start = after_last(&before[..word_end], char::is_whitespace);
        if word_start >= word_end {
            return None;
        }
        let lower = &before_lower[word_start..word_end];
        let head = before[..word_start].trim_end();
        let previous_start = after_last(head, char::is_whitespace);
        let previous = &head[previous_start..];
        let previous_lower = &before_lower[previous_start..head.len()];
        let written = &before[word_start..word_end];
        if armed_agent(lexicon, agents, qualified, [previous, previous_lower, written, lower], &mut pair) {
            return Some((from + word_start..verb.end, Cue::Trigger(kind)));
        }
        if named_verb
            && hits_what_armies_hit(text, verb.clone(), lexicon)
            && let Some(name) = whole_words(&lexicon.entities, &before[..word_end])
                .filter(|m| {
                    // ("jets flying from France struck": a place gone from is no subject.)
                    let word_before = before[..m.start()].split_whitespace().next_back().unwrap_or("");
                    m.end() == word_end
                        && lexicon.entity_meaning[m.pattern().as_usize()].class != EntityClass::Place
                        && !lexicon.place_prepositions.contains(&word_before.to_ascii_lowercase())
                        && !matches!(word_before, "from" | "of" | "by" | "over")
                })
                .last()
        {
            return Some((from + name.start()..verb.end, Cue::Trigger(kind)));
        }
        let passed = lower.ends_with("ly")
            || matches!(
                lower,
                "have"
                    | "has"
                    | "had"
                    | "also"
                    | "again"
                    | "then"
                    | "on"
                    | "today"
                    | "yesterday"
                    | "overnight"
                    | "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
            );
        if !passed {
            return modified_agent(text, verb, kind, lexicon);
        }
        end = word_start;
    }
    None
}

/// "The IDF said it had struck some 200 Hamas targets", "jets hit Russian positions": a verb
/// of `object_aimed_verbs` whose object, after at most a few words of number, names an armed
/// group with what of it was hit (`aimed_at`), or a country with its forces
/// (`aimed_at_forces`), is a strike whoever its subject is.
fn aimed_at_an_armed_side(
    text: &str,
    verb: Range<usize>,
    kind: EventKind,
    lexicon: &Lexicon,
) -> Option<(Range<usize>, Cue)> {
    const NUMBER_WORDS: usize = 4;
    const WINDOW: usize = 90;
    if kind != EventKind::Strike
        || !lexicon.object_aimed_verbs.iter().any(|v| text[verb.clone()].eq_ignore_ascii_case(v))
    {
        return None;
    }
    let after = &text[verb.end..text.floor_char_boundary((verb.end + WINDOW).min(text.len()))];
    let name = whole_words(&lexicon.entities, after).next()?;
    let before = &after[..name.start()];
    let words = before.split_whitespace().count();
    // ("struck some 200", "hit more than 500", "pounded the": words of number alone.)
    let only_number = words <= NUMBER_WORDS
        && !before.contains([',', ';', '.', ':'])
        && before
            .split_whitespace()
            .all(|w| w.bytes().all(|b| b.is_ascii_digit()) || lexicon.aimed_counts.iter().any(|c| c == w));
    let meaning = &lexicon.entity_meaning[name.pattern().as_usize()];
    if !only_number || meaning.class == EntityClass::Place {
        return None;
    }
    let next = after[name.end()..].split_whitespace().next()?;
    let next = next.trim_end_matches([',', ';', '.', ':']).to_ascii_lowercase();
    let hit = if lexicon.is_armed_group(&meaning.canonical) {
        lexicon.aimed_at.contains(&next)
    } else {
        meaning.class == EntityClass::Country && lexicon.aimed_at_forces.contains(&next)
    };
    hit.then_some((verb, Cue::Trigger(kind)))
}

/// "a plane was shot down by two missiles", "the town was pounded by Russian artillery", "a
/// convoy hit by a drone": a verb of `agent_verbs` in the passive, its agent in a "by"
/// phrase right after it (at most `BETWEEN` words before the agent, no punctuation). The
/// trigger runs from the verb to the agent. Only a participle ("-ed", or the irregular
/// `PASSIVE_IRREGULAR`): "an attack by troops" is the noun, completed elsewhere. "The bill was
/// shot down by the Senate" has no armed agent, and "killed by gunmen" is an exclusion.
fn agent_after_by(
    text: &str,
    verb: Range<usize>,
    kind: EventKind,
    lexicon: &Lexicon,
) -> Option<(Range<usize>, Cue)> {
    const BETWEEN: usize = 2;
    const PASSIVE_IRREGULAR: [&str; 3] = ["hit", "struck", "shot down"];
    let written = text[verb.clone()].to_ascii_lowercase();
    if !(written.ends_with("ed") || PASSIVE_IRREGULAR.contains(&written.as_str())) {
        return None;
    }
    let agents = lexicon.agents.get(&kind)?;
    let qualified = lexicon.qualified_agents.get(&kind);
    // ("Ganja was hit on Sunday by missiles", "was shelled again overnight by": a few words
    // of when, with no punctuation, may stand before the "by".)
    const WHEN_WORDS: usize = 3;
    const WHEN_BYTES: usize = 48;
    const WHEN_OPENERS: &[&str] = &[
        "on",
        "overnight",
        "again",
        "twice",
        "early",
        "late",
        "yesterday",
        "today",
        "last",
        "this",
        "repeatedly",
    ];
    let rest = &text[verb.end..];
    let by_at = if rest.starts_with(" by ") {
        0
    } else {
        let window = &rest[..rest.floor_char_boundary(rest.len().min(WHEN_BYTES))];
        let opens_with_when = window
            .split_whitespace()
            .next()
            .is_some_and(|w| WHEN_OPENERS.contains(&w.to_ascii_lowercase().as_str()));
        window.find(" by ").filter(|&at| {
            opens_with_when
                && !window[..at].contains([',', ';', ':', '.', '(', ')', '"'])
                && window[..at].split_whitespace().count() <= WHEN_WORDS
        })?
    };
    let after = &rest[by_at + " by ".len()..];
    let mut offset = verb.end + by_at + " by ".len();
    let (mut previous, mut previous_lower) = ("", String::new());
    let mut pair = String::new();
    for word in after.split(' ').take(BETWEEN + 1) {
        let bare = word.trim_end_matches([',', ';', ':', '.']);
        let lower = bare.to_ascii_lowercase();
        // "by Russian forces", "by government troops": as `agent_before` reads them.
        if armed_agent(lexicon, agents, qualified, [previous, &previous_lower, bare, &lower], &mut pair) {
            return Some((verb.start..offset + bare.len(), Cue::Trigger(kind)));
        }
        if bare.len() < word.len() || word.is_empty() {
            return None;
        }
        (previous, previous_lower) = (bare, lower);
        offset += word.len() + 1;
    }
    None
}

/// "fighters linked to the Islamic State group ambushed", "militiamen loyal to the general
/// stormed": an agent, a phrase of belonging after it (`agent_modifiers`) and at most five
/// more words, then the verb, with no comma between. The trigger runs from the agent, and
/// a group or state named in the phrase is a side.
fn modified_agent(
    text: &str,
    verb: Range<usize>,
    kind: EventKind,
    lexicon: &Lexicon,
) -> Option<(Range<usize>, Cue)> {
    const WINDOW_BYTES: usize = 96;
    const AFTER_WORDS: usize = 5;
    let modifiers = lexicon.agent_modifiers.get(&kind).filter(|m| !m.is_empty())?;
    let agents = lexicon.agents.get(&kind)?;
    let from = text.floor_char_boundary(verb.start.saturating_sub(WINDOW_BYTES));
    let window = text.get(from..verb.start)?;
    let lower = window.to_ascii_lowercase();
    modifiers.iter().find_map(|modifier| {
        let at = spaced_rfind(&lower, modifier)?;
        let after = &window[at + modifier.len() + 2..];
        if after.split_whitespace().count() > AFTER_WORDS || after.contains([',', ';', ':', '(', ')']) {
            return None;
        }
        let head = window[..at].trim_end();
        let word_start = after_last(head, char::is_whitespace);
        let written = &head[word_start..];
        let by_name = kind == EventKind::Strike && lexicon.arms_by_name.iter().any(|a| a == written);
        (by_name || agents.contains(&written.to_ascii_lowercase()))
            .then_some((from + word_start..verb.end, Cue::Trigger(kind)))
    })
}

/// False for "a call from" that is an appeal: "a call from lawmakers to lift the ban", "a
/// call from the pope for calm". True for a call from someone to someone ("a call from the
/// minister to a party leader": "to" and a determiner or a name within six words, before
/// any "for" or end of clause), and for every other trigger ("received a call from").
fn calls_someone(text: &str, trigger: Range<usize>) -> bool {
    const WORDS: usize = 6;
    let written = text[trigger.clone()].as_bytes();
    let bare = written.len() > 7 && written[..2].eq_ignore_ascii_case(b"a ");
    if !bare || !written[written.len() - 5..].eq_ignore_ascii_case(b" from") {
        return true;
    }
    let rest = &text[trigger.end..];
    let clause_end = rest.find([',', ';', '.', ':', '(', ')', '"', '`']).unwrap_or(rest.len());
    let mut words = rest[..clause_end].split_whitespace().take(WORDS + 1).peekable();
    while let Some(word) = words.next() {
        if word.eq_ignore_ascii_case("for") {
            return false;
        }
        if word.eq_ignore_ascii_case("to") {
            return words.peek().is_some_and(|next| {
                next.starts_with(|c: char| c.is_uppercase())
                    || matches!(*next, "a" | "an" | "the" | "his" | "her" | "their" | "its")
            });
        }
    }
    false
}

/// Whether someone is named right after a verb of talking with: a capitalised word ("spoke
/// with Ana Ruiz", "with President Ruiz"), or a determiner and a title or noun of people
/// ("with the President of Chile", "with his counterpart"); not the press ("with reporters").
fn talks_with_someone(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    let mut words = text[end..].split_whitespace();
    let Some(first) = words.next() else { return false };
    let person = |w: &str| {
        let bare = w.trim_end_matches([',', '.', ';', ':']).to_ascii_lowercase();
        !lexicon.press_words.contains(&bare)
            && (w.starts_with(|c: char| c.is_uppercase()) || lexicon.people_nouns.contains(&bare))
    };
    if matches!(first, "the" | "his" | "her" | "their" | "its") {
        return words.next().is_some_and(person);
    }
    first.starts_with(|c: char| c.is_uppercase()) && person(first)
}

/// Where the sentence holding `at` starts, by the last full stop, question or exclamation
/// mark or line break before it: rough ("U.S." ends one), for looking a few words back.
fn rough_sentence_start(text: &str, at: usize) -> usize {
    let from = text.floor_char_boundary(at.saturating_sub(sentences::MAX_SENTENCE));
    text[from..at].rfind(['.', '!', '?', '\n']).map_or(from, |i| from + i + 1)
}

/// Whether the sentence of a talk at `trigger` dates it to a day and puts the two in no one
/// place: "spoke today with Egyptian Foreign Minister Farouk", "spoke to President Hargreaves
/// at 5pm on Wednesday" are calls; "spoke with the king at the palace on Tuesday", "met and
/// spoke with" are not.
fn a_dated_talk_apart(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    let sentence = sentence_around(text, trigger).to_ascii_lowercase();
    lexicon.dated_talk.in_text(&sentence) && !lexicon.in_person.in_text(&sentence)
}

/// "spoke to President Adeyemi", "talked to Rudenko", "spoke to his counterpart": the one
/// spoken to is named or titled. Not "spoke to the crowd", "spoke to him", "spoke to reporters".
fn talks_to_someone(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    let mut words = text[end..].split_whitespace();
    let Some(mut word) = words.next() else { return false };
    if matches!(word, "the" | "his" | "her" | "their" | "its") {
        let Some(next) = words.next() else { return false };
        word = next;
    }
    let bare = word.trim_end_matches([',', '.', ';', ':']);
    let lower = bare.to_ascii_lowercase();
    !lexicon.press_words.contains(&lower)
        && !lexicon.not_nouns.contains(&lower)
        && (bare.starts_with(|c: char| c.is_uppercase())
            || lexicon.title_words.contains(&lower)
            || lower.starts_with("counterpart"))
}

/// True for "Police seized a car bomb": a word of the kind's `not_after` list within three
/// words before the trigger.
fn undone_by_a_word_before(text: &str, start: usize, cue: Cue, lexicon: &Lexicon) -> bool {
    const WORDS: usize = 3;
    let Cue::Trigger(kind) = cue else { return false };
    let Some(words) = lexicon.not_after.get(&kind).filter(|w| !w.is_empty()) else { return false };
    text[..start]
        .split_whitespace()
        .rev()
        .take(WORDS)
        .any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// True for "talks with potential buyers": a word of the kind's `not_before` list within
/// six words after the trigger, in its clause, and before a second verb joined by "and"
/// ("flew to Batken this morning and visited wounded soldiers" is a visit).
fn undone_by_a_word_after(text: &str, end: usize, cue: Cue, lexicon: &Lexicon) -> bool {
    const WORDS: usize = 6;
    let Cue::Trigger(kind) = cue else { return false };
    let Some(words) = lexicon.not_before.get(&kind).filter(|w| !w.is_empty()) else { return false };
    let rest = &text[end..];
    let clause_end = rest.find([',', ';', '.', '(', ')']).unwrap_or(rest.len());
    let window: Vec<&str> = rest[..clause_end].split_whitespace().take(WORDS).collect();
    let second_verb = window
        .windows(2)
        .position(|pair| pair[0].eq_ignore_ascii_case("and") && pair[1].ends_with("ed"))
        .unwrap_or(window.len());
    // ("met the President twice in Belgrade, on Monday and again on Tuesday": a count whose
    // times the sentence tells, one by one, is those meetings.)
    const TOLD_WORDS: usize = 12;
    let told_each = |w: &str| {
        w.eq_ignore_ascii_case("twice") && rest.split_whitespace().take(TOLD_WORDS).any(|w| w == "again")
    };
    window[..second_verb].iter().any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)) && !told_each(w))
}

/// False for a visit trigger that needs a place (`need_a_place`) with no place named after
/// it: "returned home from synagogue", "went to court". "returned from Pyongyang", "on his
/// return from Abuja, Nigeria", "will go to Moscow" are visits. True for every other cue.
fn to_or_from_a_place(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    if !lexicon.need_a_place.iter().any(|r| text[trigger.clone()].eq_ignore_ascii_case(r)) {
        return true;
    }
    // ("went to Lazaro's home": someone's house is no place of state.)
    // ("is expected in The Hague": a place of the gazetteer may open on "The".)
    let named = name_after(text, trigger.end, lexicon)
        .is_some_and(|next| !is_possessive(next.trim_end_matches([',', '.'])))
        || a_place_opens(&text[trigger.end..], lexicon);
    let phrase = &text[trigger.clone()];
    let comes = lexicon.coming_to.iter().any(|r| phrase.eq_ignore_ascii_case(r));
    if !named || !(comes || lexicon.being_in.iter().any(|r| phrase.eq_ignore_ascii_case(r))) {
        return named;
    }
    // "Our correspondent Grace Yoon is in Seoul": the press reports from a place, no visit.
    const SUBJECT_WORDS: usize = 4;
    if text[..trigger.start]
        .split_whitespace()
        .rev()
        .take(SUBJECT_WORDS)
        .any(|w| lexicon.press_words.contains(&bare_lower(w)))
    {
        return false;
    }
    // "450 Japanese are in Iraq", "Russia is in Syria": a people or a state is no traveller.
    if let Some(subject) = text[..trigger.start].split_whitespace().next_back()
        && is_whole_phrase(&lexicon.entities, subject)
    {
        return false;
    }
    // "was in Paris": the name is a place or a country of the gazetteer, right after.
    let rest = &text[trigger.end..];
    let Some(place_end) = place_opening(rest, lexicon) else { return false };
    // "came to Madrid for the session" comes on business; "came to Canada first, arriving in
    // 1971" settled there.
    !comes || rest[place_end..].split_whitespace().next() == Some("for")
}

/// Whether `rest` opens, after white space, on a place or a country of the gazetteer
/// ("Paris", "Saudi Arabia"), not a body ("Congress").
fn a_place_opens(rest: &str, lexicon: &Lexicon) -> bool {
    place_opening(rest, lexicon).is_some()
}

/// Where the place or country of the gazetteer that `rest` opens on ends, if it opens on one.
fn place_opening(rest: &str, lexicon: &Lexicon) -> Option<usize> {
    const PLACE_BYTES: usize = 40;
    let skipped = rest.len() - rest.trim_start().len();
    let end = rest.floor_char_boundary((skipped + PLACE_BYTES).min(rest.len()));
    // ("Brussels", a city though it stands for the European Union, is a place too.)
    whole_words(&lexicon.entities, &rest[..end])
        .next()
        .filter(|m| {
            m.start() == skipped
                && (lexicon.entity_meaning[m.pattern().as_usize()].class != EntityClass::Organisation
                    || lexicon.place_names.contains(&rest[m.start()..m.end()]))
        })
        .map(|m| m.end())
}

/// False for a verb of arriving with no place after it (`arriving`) unless a time follows:
/// "who arrived on Thursday", "arrives tomorrow morning", "will arrive late on Sunday" are
/// visits; "arrived at a decision", "the moment has arrived" are none. True for every other
/// cue.
fn arrives_at_a_time(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    if !lexicon.arriving.iter().any(|v| text[trigger.clone()].eq_ignore_ascii_case(v)) {
        return true;
    }
    let mut words = text[trigger.end..].split_whitespace().map(bare_lower);
    let mut next = words.next().unwrap_or_default();
    // ("arrived late on Sunday", "arrives early tomorrow")
    if matches!(next.as_str(), "late" | "early") {
        next = words.next().unwrap_or_default();
    }
    if next == "on" {
        let date = words.next().unwrap_or_default();
        return lexicon.weekdays.contains(&date)
            || date.starts_with(|c: char| c.is_ascii_digit())
            || lexicon.date_openers.contains(&date);
    }
    lexicon.weekdays.contains(&next) || lexicon.arrival_times.contains(&next)
}

/// False for a verb of attending (`attending`) unless a gathering (`attended_gatherings`)
/// follows in its clause, within a few words, and "in" or "at" a place of the gazetteer
/// after it: "will attend the APEC Leaders' Summit in Bali", "attended the conference on
/// Lebanon in Paris" are visits; "attended a meeting of the board", "will attend the summit"
/// are none. True for every other cue.
fn attends_a_gathering_in_a_place(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    !lexicon.attending.iter().any(|v| text[trigger.clone()].eq_ignore_ascii_case(v))
        || attended_place(text, trigger, lexicon).is_some()
}

/// Where the place of the gathering a verb of attending attends is (see
/// `attends_a_gathering_in_a_place`): "Bali" of "will attend the APEC Leaders' Summit in Bali".
fn attended_place(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> Option<Range<usize>> {
    const WORDS: usize = 12;
    if !lexicon.attending.iter().any(|v| text[trigger.clone()].eq_ignore_ascii_case(v)) {
        return None;
    }
    let rest = &text[trigger.end..];
    let mut gathering = false;
    for word in rest.split_whitespace().take(WORDS) {
        let bare = bare_lower(word);
        if gathering && (bare == "in" || bare == "at") {
            // (`word` lies inside `rest`: the place starts after it.)
            let after = word.as_ptr() as usize - rest.as_ptr() as usize + word.len();
            if let Some(end) = place_opening(&rest[after..], lexicon) {
                let place = &rest[after..after + end];
                let start = trigger.end + after + (place.len() - place.trim_start().len());
                return Some(start..trigger.end + after + end);
            }
        }
        gathering |= lexicon.attended_gatherings.contains(&bare);
        if word.ends_with([',', ';', '.', ':']) {
            break;
        }
    }
    None
}

/// False for a verb of spending time (`spending`) unless a day or less (`spent_times`, a
/// weekday) "in" a place of the gazetteer follows within a few words: "spent three days in
/// Vietnam", "spent Friday in Paris" are visits; "spent two years in Moscow", "spent $3
/// billion in Iraq", "spent the day in talks" are none. True for every other cue.
fn spends_days_in_a_place(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const WORDS: usize = 4;
    if !lexicon.spending.iter().any(|v| text[trigger.clone()].eq_ignore_ascii_case(v)) {
        return true;
    }
    let rest = &text[trigger.end..];
    let mut previous = "";
    for word in rest.split_whitespace().take(WORDS + 1) {
        if word == "in" {
            let previous = bare_lower(previous);
            let a_time = lexicon.spent_times.contains(&previous) || lexicon.weekdays.contains(&previous);
            // (`word` lies inside `rest`: the place starts after it.)
            let after = word.as_ptr() as usize - rest.as_ptr() as usize + word.len();
            return !previous.is_empty() && a_time && a_place_opens(&rest[after..], lexicon);
        }
        if word.ends_with([',', ';', '.', ':']) {
            return false;
        }
        previous = word;
    }
    false
}

/// False for a verb of spending made a meeting's by "with" after it, unless a time is spent
/// with someone named, titled or capitalised ("spent an hour with the Secretary", "spent the evening with
/// the King"; not "spent millions with contractors", "spent the night with protesters").
/// True for every other cue.
fn spends_time_with(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    if !lexicon.spending.iter().any(|v| text[trigger.clone()].eq_ignore_ascii_case(v)) {
        return true;
    }
    let words: Vec<&str> = text[trigger.end..].split_whitespace().take(MEETING_WORDS_SPENT + 4).collect();
    let Some(with) = words.iter().position(|w| *w == "with") else { return false };
    // Someone, by name, title or pronoun: not "spent the night with chanting protesters".
    let object = &words[with + 1..];
    // (The object ends with its clause.)
    let object = &object[..object
        .iter()
        .position(|w| w.ends_with(['.', ',', ';', ':', '\'']))
        .map_or(object.len(), |i| i + 1)];
    let someone = titled_object(object, lexicon)
        || object.first().is_some_and(|w| matches!(bare_lower(w).as_str(), "him" | "her" | "them"))
        || object.iter().take(3).any(|w| w.starts_with(char::is_uppercase));
    with <= MEETING_WORDS_SPENT
        && someone
        && words[..with].iter().any(|w| lexicon.spent_times.contains(&bare_lower(w)))
}

/// How many words a time spent with someone may take ("more than two hours").
const MEETING_WORDS_SPENT: usize = 5;

/// False for a verb of choosing by vote (`elected_verbs`) with no date after it in its
/// clause, made an adjective (`elected_adjective_markers`, a capital), or a company's or a
/// union's (`private_electorates`): "the elected assembly", "was elected in Ohio", "Elected
/// officials met on Friday", "the board elected him chairman on Friday". "Salcedo, elected in
/// May 2010,", "was elected president of Brazil on Sunday" report elections. True for every
/// other cue.
fn elected_on_a_date(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const WORDS: usize = 6;
    let verb = &text[trigger.clone()];
    if !lexicon.elected_verbs.iter().any(|v| verb.eq_ignore_ascii_case(v)) {
        return true;
    }
    const WORDS_BEFORE: usize = 3;
    let sentence_start = rough_sentence_start(text, trigger.start);
    let before: Vec<&str> =
        text[sentence_start..trigger.start].split_whitespace().rev().take(WORDS_BEFORE).collect();
    let rest = &text[trigger.end..];
    let clause_end = rest.find([',', ';', '.', '(', ')', ':', '"']).unwrap_or(rest.len());
    let words: Vec<&str> = rest[..clause_end].split_whitespace().take(WORDS + 1).collect();
    let private = |w: &&str| lexicon.private_electorates.iter().any(|p| bare_lower(w) == *p);
    if verb.starts_with(|c: char| c.is_uppercase())
        || before
            .first()
            .is_some_and(|w| lexicon.elected_adjective_markers.iter().any(|m| w.eq_ignore_ascii_case(m)))
        || before.iter().chain(&words).any(private)
    {
        return false;
    }
    words.windows(2).any(|pair| {
        let date = pair[1].trim_matches(|c: char| !c.is_alphanumeric());
        matches!(pair[0], "in" | "on")
            && (date.starts_with(|c: char| c.is_ascii_digit()) || opens_a_date(date, lexicon))
    })
}

/// The word right after `end`, as written, when it is capitalised and no word that only
/// looks like a name (`not_names`: "Monday", "The"): whom a verb meets, where one goes.
fn name_after<'t>(text: &'t str, end: usize, lexicon: &Lexicon) -> Option<&'t str> {
    let next = text[end..].split_whitespace().next()?;
    let bare = next.trim_matches(|c: char| !c.is_alphanumeric());
    (bare.starts_with(|c: char| c.is_uppercase()) && !lexicon.not_names.iter().any(|n| n == bare))
        .then_some(next)
}

/// True for a verb of travel (`need_a_traveller`) whose subject is a thing or a nameless
/// crowd: "the first shipment arrived in Moscow", "a storm arrived in Florida", "the airline
/// flies to 42 cities" are no visits. Someone named, a pronoun, a person noun or a title
/// ("the minister, visiting Cairo,", "inspectors visited") travels; so does whoever a
/// passive names after "by".
fn travelled_by_something(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const WORDS: usize = 3;
    if lexicon.need_a_traveller.is_empty() {
        return false;
    }
    let phrase = text[trigger.clone()].to_ascii_lowercase();
    if !lexicon.need_a_traveller.contains(&phrase) {
        return false;
    }
    // ("travels by ship to": the verb a way of travelling made a trigger is no passive.)
    let next = text[trigger.end..].split_whitespace().next().unwrap_or("");
    let way_of_travel = lexicon
        .completed_verbs
        .get(&EventKind::Visit)
        .is_some_and(|verbs| verbs.iter().any(|v| text[trigger.clone()].eq_ignore_ascii_case(v)));
    if next.eq_ignore_ascii_case("by") && !way_of_travel {
        return false;
    }
    let sentence_start = rough_sentence_start(text, trigger.start);
    if known_to_be_there(&text[sentence_start..trigger.start], &phrase, lexicon) {
        return true;
    }
    // "Themba Mokoena, freed from prison this month, flew to Lusaka": an aside set off by
    // commas right before the verb stands between it and its subject. (A name set off so is the subject's: "The French minister of foreign
    // affairs, Henri Castagnede, flew".)
    const ASIDES: usize = 3;
    let mut before = &text[sentence_start..trigger.start];
    for _ in 0..ASIDES {
        let Some(aside) = before.trim_end().strip_suffix(',') else { break };
        let last = aside.rsplit(' ').next().unwrap_or("");
        if !last.starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        // (The aside opens in lower case, whatever list it holds: "Whitcomb, who will visit
        // Thailand, Myanmar and Cambodia next week, is due in Phnom Penh".)
        let opening = aside
            .match_indices(',')
            .map(|(i, _)| i)
            .rfind(|&i| aside[i + 1..].trim_start().starts_with(|c: char| c.is_ascii_lowercase()));
        // (Only back to a name or "who": "the hostages, freed on Monday, arrived" are still
        // the common noun's; "the French President, who, as you know, is expected in".)
        let named = opening.is_some_and(|i| {
            aside[..i]
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) || w.eq_ignore_ascii_case("who"))
        });
        match opening.filter(|_| named) {
            Some(opening) => before = &aside[..opening],
            None => break,
        }
    }
    // "France's minister for overseas territories arrived": an office's remit after "for"
    // or "of" is no traveller; the titled head before it is.
    const REMIT_WORDS: usize = 3;
    let words: Vec<&str> = before.split_whitespace().rev().take(REMIT_WORDS + 2).collect();
    if let Some(at) = words.iter().position(|w| matches!(*w, "for" | "of"))
        && at > 0
        && at <= REMIT_WORDS
        && words[..at].iter().all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        && words.get(at + 1).is_some_and(|head| {
            let head = head.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
            lexicon.title_words.contains(&head) || lexicon.people_nouns.contains(&head)
        })
    {
        return false;
    }
    for word in before.split_whitespace().rev().take(WORDS) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_ascii_lowercase();
        // "later arrived in", "has traveled to": look further back. A pronoun, "who", "to"
        // or "when" leaves the subject to be found elsewhere.
        let auxiliary = matches!(
            lower.as_str(),
            "has"
                | "have"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
                | "will"
                | "would"
                | "also"
                | "then"
                | "later"
                | "just"
                | "already"
                | "still"
                | "first"
                | "again"
        );
        // ("will instead travel to": a word that may stand before any verb.)
        if bare.is_empty() || lower.ends_with("ly") || auxiliary || lexicon.before_a_verb.contains(&lower) {
            continue;
        }
        if lexicon.not_nouns.contains(&lower) {
            return false;
        }
        // "Rain is expected in Paris": a capitalised word only because it opens the sentence,
        // not a name the gazetteer knows or the last part of one the article gave before
        // ("Sam Okoro ... Okoro is due in Accra").
        let opens_the_sentence = text[sentence_start..trigger.start].split_whitespace().next() == Some(word);
        if opens_the_sentence
            && lexicon.need_a_named_traveller.contains(&phrase)
            && !lexicon.people_nouns.contains(&lower)
            && lexicon.class_of(bare).is_none()
            && !surname_given_before(&text[..sentence_start], bare)
        {
            return true;
        }
        // ("Missiles landed in Japanese waters": arms opening the sentence are things too.)
        let arms = opens_the_sentence
            && lexicon.agents.get(&EventKind::Strike).is_some_and(|agents| agents.contains(&lower));
        let common_noun = (bare.bytes().all(|b| b.is_ascii_lowercase()) || arms) && !is_possessive(word);
        return common_noun
            && !lexicon.people_nouns.contains(&lower)
            && !lexicon.title_words.contains(&lower);
    }
    false
}

/// Whether a verb of being somewhere (`phrase`: "was in", "is in") is what someone came to
/// know, a verb of `knowing_verbs` and "that" a few words before it ("learned that Elian was
/// in Florida"): where someone was, not a trip.
fn known_to_be_there(before: &str, phrase: &str, lexicon: &Lexicon) -> bool {
    const SUBJECT_WORDS: usize = 4;
    let being = ["is ", "was ", "were ", "has been ", "had been ", "will be "];
    if !being.iter().any(|b| phrase.starts_with(b)) {
        return false;
    }
    let words: Vec<String> =
        before.split_whitespace().rev().take(SUBJECT_WORDS + 3).map(bare_lower).collect();
    let Some(that) = words.iter().take(SUBJECT_WORDS + 1).position(|w| w == "that") else { return false };
    let verb = words.get(that + 1).map(String::as_str).unwrap_or("");
    let two = words.get(that + 2).map(|w| format!("{w} {verb}")).unwrap_or_default();
    lexicon.knowing_verbs.iter().any(|k| *k == verb || *k == two)
}

/// Whether `name` follows another capitalised word somewhere in `before`: the last part of a
/// full name given earlier ("Sam Okoro").
fn surname_given_before(before: &str, name: &str) -> bool {
    before.match_indices(name).any(|(i, _)| {
        let words_before = before[..i].strip_suffix(' ');
        let previous = words_before.and_then(|w| w.split_whitespace().next_back());
        previous.is_some_and(|p| p.starts_with(|c: char| c.is_uppercase()))
            && !before[i + name.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// The meeting verbs that may stand alone, with no one met ("the council met in session",
/// "the two sides met in Oslo"); not "met with", which meets someone.
const PLAIN_MEETING_VERBS: [&str; 3] = ["met", "meet", "meets"];
/// Words between a sentence's subject and the last person named that make that person the
/// subject's counterpart ("met Mansour", "talks with Mansour"), whom a pronoun opening the
/// next sentence does not stand for.
const COUNTERPART_WORDS: &[&str] = &["with", "met", "meets"];
/// Pronouns of a person that may open a sentence about their election, as its subject or
/// its owner ("He won the runoff", "His country's first free election").
const CANDIDATE_PRONOUNS: &[&str] = &["he", "she", "his", "her"];

/// Whether a meeting verb ending at `end` has someone it meets: "with" or a name right after.
fn meets_with_someone(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    let next = text[end..].split_whitespace().next().unwrap_or("");
    next.trim_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case("with")
        || name_after(text, end, lexicon).is_some()
}

/// True for a meeting verb whose subject is a body that meets in session and that meets no
/// one: "The Security Council met in emergency session", "The council, which met at the
/// request of France,", "The cabinet is expected to meet again". Not "the council met with
/// the envoy", "the committee met President Ruiz".
fn a_body_in_session(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    let verb = &text[trigger.clone()];
    if verb.eq_ignore_ascii_case("meeting") {
        return a_body_holds_its_meeting(text, trigger.start, lexicon);
    }
    if !PLAIN_MEETING_VERBS.iter().any(|v| verb.eq_ignore_ascii_case(v)) {
        return false;
    }
    if meets_with_someone(text, trigger.end, lexicon) {
        return false;
    }
    subject_word(text, trigger.start, lexicon).is_some_and(|w| lexicon.sitting_bodies.contains(&w))
        || named_body_before(text, trigger.start, lexicon)
}

/// Whether the meeting whose noun starts at `noun` is a body's own sitting: "Kalchev's
/// cabinet held its first meeting on Thursday", "the committee will hold its next meeting in
/// May" (a verb of holding, "its" or "their", up to two words between, and a sitting body as
/// the verb's subject).
fn a_body_holds_its_meeting(text: &str, noun: usize, lexicon: &Lexicon) -> bool {
    const MODIFIER_WORDS: usize = 2;
    const HOLDING: &[&str] = &["held", "hold", "holds", "holding"];
    let before = text[text.floor_char_boundary(noun.saturating_sub(80))..noun].trim_end();
    let mut words = before.rsplit(' ');
    for _ in 0..=MODIFIER_WORDS {
        let Some(word) = words.next() else { return false };
        if matches!(word, "its" | "their") {
            let Some(verb) = words.next().filter(|w| HOLDING.contains(w)) else { return false };
            // (`verb` lies inside `text`.)
            let verb_start = verb.as_ptr() as usize - text.as_ptr() as usize;
            return subject_word(text, verb_start, lexicon)
                .is_some_and(|w| lexicon.sitting_bodies.contains(&w));
        }
        if !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return false;
        }
    }
    false
}

/// Whether a body's name ends right before `verb`, its head a sitting body with "of" and a
/// name after it: "The Permanent Council of the Collective Security Treaty Organisation met".
fn named_body_before(text: &str, verb: usize, lexicon: &Lexicon) -> bool {
    const NAME_WORDS: usize = 8;
    let before = text[..verb].trim_end();
    let words: Vec<&str> = before.rsplit(' ').take(NAME_WORDS + 2).collect();
    for (i, word) in words.iter().enumerate() {
        if *word == "of" {
            let head = words.get(i + 1).map(|w| w.to_ascii_lowercase());
            return i > 0 && head.is_some_and(|h| lexicon.sitting_bodies.contains(&h));
        }
        let named = word.starts_with(|c: char| c.is_uppercase()) || *word == "the";
        if !named || word.ends_with([',', ';', ':']) {
            return false;
        }
    }
    false
}

/// Whether "for talks" (or "for a second round of talks") follows a meeting verb ending at
/// `end` within its clause: "will meet again in Luanda next week for a second round of talks".
/// Not "met ... and agreed on a framework for talks" (another verb between).
fn meets_for_talks(lower: &str, end: usize, lexicon: &Lexicon) -> bool {
    const WORDS: usize = 14;
    const WINDOW_BYTES: usize = 160;
    let rest = &lower[end..lower.floor_char_boundary(end + WINDOW_BYTES)];
    let clause_end = rest.find([',', ';', '.', ':', '(']).unwrap_or(rest.len());
    let words: Vec<&str> = rest[..clause_end].split_whitespace().take(WORDS).collect();
    let Some(at) = words.iter().position(|w| *w == "for") else { return false };
    let object = &words[at + 1..];
    let talks = object.iter().take(5).position(|w| matches!(*w, "talks" | "negotiations"));
    talks.is_some_and(|t| {
        object[..t].iter().all(|w| {
            matches!(*w, "a" | "the" | "another" | "further" | "fresh" | "new" | "round" | "of")
                || lexicon.ordinals.iter().any(|o| o == w)
        })
    }) && words[..at].iter().all(|w| !w.ends_with("ed") || *w == "scheduled")
}

/// The word that is the subject of the verb at `verb`, lower-case: the first word before it
/// in its sentence past auxiliaries and adverbs ("The council, which met": "council"; "the
/// two sides would meet again": "sides").
fn subject_word(text: &str, verb: usize, lexicon: &Lexicon) -> Option<String> {
    const WORDS: usize = 5;
    let from = text.floor_char_boundary(verb.saturating_sub(WORDS * 24));
    const ASIDE_BYTES: usize = 30;
    let sentence_start = sentences::sentence_start_before(text, from, verb);
    let mut before = text[sentence_start..verb].trim_end();
    // "The Security Council, as you know, met": the aside between commas is not the subject.
    if let Some(aside) = before.strip_suffix(',')
        && let Some(comma) = aside.rfind(',').filter(|&c| aside.len() - c <= ASIDE_BYTES)
    {
        before = &aside[..comma];
    }
    for word in before.split_whitespace().rev().take(WORDS) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        let between = matches!(
            bare.as_str(),
            "which" | "is" | "are" | "was" | "were" | "to" | "expected" | "due" | "set"
        ) || lexicon.before_a_verb.contains(&bare);
        if !between {
            return Some(bare);
        }
    }
    None
}

/// False for a meeting verb that meets no one: "meeting the immediate needs", "met with
/// outrage", "has not met our expectations". True for everything else, and for a meeting
/// verb followed by someone ("met with his top aides", "meet Bush", "met this week with
/// Saddam"), by nothing ("the leaders met."), or by where or when ("met in Geneva").
/// False for a verb of seeing (`seeing_verbs`) that sees no office-holder: a title among the
/// four words after it, before any punctuation ("saw the French Prime Minister", "to see
/// President Ruiz"; not "saw the towers burn"). True for every other cue.
fn sees_an_office_holder(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const TITLE_WORDS: usize = 4;
    if !lexicon.seeing_verbs.iter().any(|v| text[trigger.clone()].eq_ignore_ascii_case(v)) {
        return true;
    }
    let rest = &text[trigger.end..];
    let rest = &rest[..rest.find(['.', ',', ';', ':', '!', '?', '\n', '(', '"']).unwrap_or(rest.len())];
    // Only a determiner or capitalised words before the title ("the French Prime Minister";
    // not "see off President Ruiz", "see images of the Pope").
    for word in rest.split_whitespace().take(TITLE_WORDS) {
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        if capitalised && lexicon.title_words.contains(&word.to_lowercase()) {
            return true;
        }
        if !capitalised && !matches!(word, "the" | "his" | "her" | "their" | "its") {
            return false;
        }
    }
    false
}

fn meets_someone(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const WINDOW: usize = 5;
    let verb = &text[trigger.clone()];
    if !lexicon.meeting_verbs.iter().any(|v| verb.eq_ignore_ascii_case(v)) {
        return true;
    }
    // "a meeting", "the meeting", "their meeting", "the leaders' meeting": a noun, which
    // needs no object ("a donors' meeting" is a pledging conference, no meeting of sides).
    let before = text[..trigger.start].trim_end();
    let last = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("").to_ascii_lowercase();
    if verb.eq_ignore_ascii_case("meeting")
        && (matches!(
            last.as_str(),
            "a" | "the" | "their" | "his" | "her" | "its" | "this" | "that" | "first" | "second"
        ) || owned_by_sides(&last, lexicon))
    {
        return true;
    }
    let mut rest = &text[trigger.end..];
    // "met separately in Beijing with", "met privately with": what follows the adverb.
    while let Some(adverb) = rest
        .split_whitespace()
        .next()
        .filter(|w| w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase()))
    {
        rest = rest.trim_start()[adverb.len()..].trim_start();
    }
    let clause_end = rest.find(['.', ',', ';', ':', '!', '?', '\n', '(', '"', '`']).unwrap_or(rest.len());
    let mut words = rest[..clause_end].split_whitespace().peekable();
    let Some(first) = words.peek() else { return true };
    // "Heads of Government meet here from Wednesday": where and when the verb meets (the
    // noun after "here" is another matter: "ended their four-day meeting here today").
    if !verb.eq_ignore_ascii_case("meeting")
        && matches!(first.to_ascii_lowercase().as_str(), "here" | "there" | "from")
    {
        return true;
    }
    if matches!(
        first.to_ascii_lowercase().as_str(),
        "in" | "at"
            | "on"
            | "for"
            | "since"
            | "before"
            | "after"
            | "until"
            | "and"
            | "but"
            | "to"
            | "again"
            | "twice"
            | "today"
            | "yesterday"
            | "tomorrow"
    ) {
        return true;
    }
    // "was met with outrage by exiles": the agent of a passive is not whom they met; in
    // "the needs of survivors" the head noun comes before "of".
    let object = &rest[..clause_end];
    let object = object.find(" by ").map_or(object, |by| &object[..by]);
    let object = object.find(" of ").map_or(object, |of| &object[..of]);
    // "has met with concern in Canberra": where is not whom.
    let object = [" in ", " at ", " across ", " among ", " from "]
        .iter()
        .filter_map(|p| object.find(p))
        .min()
        .map_or(object, |at| &object[..at]);
    object.split_whitespace().take(WINDOW).any(|raw| {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        // "NATO's standards", "Elian's father": the owner is not whom they meet.
        if is_possessive(word) {
            return false;
        }
        word.starts_with(|c: char| c.is_uppercase())
            || lexicon.people_nouns.contains(&word.to_ascii_lowercase())
    })
}

/// Whether a possessive word (lower-case) owns a meeting as the sides who meet, a noun of
/// `plural_sides`: "leaders'", "ministers'", not "donors'" or "company's".
fn owned_by_sides(word: &str, lexicon: &Lexicon) -> bool {
    let owner = word.trim_end_matches(['\'', '’']);
    owner.len() < word.len() && lexicon.plural_sides.iter().any(|s| s == owner)
}

/// The lower-case noun right after `end`, if the next word is one: "embassies" in "U.S.
/// embassies", nothing in "Kenya and".
fn noun_after<'t>(text: &'t str, end: usize, lexicon: &Lexicon) -> Option<&'t str> {
    let rest = text[end..].strip_prefix(' ')?;
    let word_len = rest.find(|c: char| !c.is_ascii_alphabetic() && c != '-').unwrap_or(rest.len());
    let word = &rest[..word_len];
    // "in Addis Ababa agreed": a past form after a name is its verb.
    (!word.is_empty()
        && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !word.ends_with("ed")
        && !lexicon.not_nouns.contains(word))
    .then_some(word)
}

/// The matches of `automaton` in `text` that are whole words, leftmost-longest. A match
/// inside a longer word ("the bombing" in "the bombings") does not hide a whole-word match
/// that starts later within it ("bombings").
pub(crate) fn whole_words<'a>(
    automaton: &'a aho_corasick::AhoCorasick,
    text: &'a str,
) -> impl Iterator<Item = aho_corasick::Match> + 'a {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let m = automaton.find(aho_corasick::Input::new(text).span(at..text.len()))?;
            if at_word_boundaries(text, m.start(), m.end()) {
                at = m.end().max(m.start() + 1);
                return Some(m);
            }
            at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
        }
        None
    })
}

/// Whether `text` is, whole, one of the phrases of `automaton` ("Buenos Aires" of the
/// gazetteer, "Minister" of the titles).
pub(crate) fn is_whole_phrase(automaton: &aho_corasick::AhoCorasick, text: &str) -> bool {
    whole_words(automaton, text).next().is_some_and(|m| m.len() == text.len())
}

/// Whether `text` opens with one of the phrases of `automaton`, as a whole word ("Prime
/// Minister Mori" with a title).
pub(crate) fn opens_with_phrase(automaton: &aho_corasick::AhoCorasick, text: &str) -> bool {
    whole_words(automaton, text).next().is_some_and(|m| m.start() == 0)
}

/// "Elian's", "NATO’s": a word that ends in a possessive, straight or curly.
pub(crate) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

pub(crate) fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whether a country's alias as written is a city ("Madrid", "Washington"), not a demonym
/// ("Spanish", "Israeli", "French") or an abbreviation ("U.S."). The gazetteer's places
/// say so for a city that ends like a demonym ("Tehran", "Nairobi").
fn names_a_city(written: &str, lexicon: &Lexicon) -> bool {
    const DEMONYM_ENDINGS: &[&str] = &["an", "ese", "ish", "i", "ch"];
    lexicon.place_names.contains(written)
        || (written.starts_with(char::is_uppercase)
            && written.chars().skip(1).any(char::is_lowercase)
            && !DEMONYM_ENDINGS.iter().any(|e| written.ends_with(e)))
}

/// Whether a trigger is a verb: "the talks" is a noun; "met", "held talks with" are verbs.
fn a_verb_trigger(trigger: &str, lexicon: &Lexicon) -> bool {
    trigger.split_whitespace().any(|w| {
        let w = w.to_ascii_lowercase();
        past_or_auxiliary(&w)
            || lexicon.irregular_verbs.contains(&w)
            || (lexicon.meeting_verbs.contains(&w) && !w.ends_with("ing"))
    })
}

/// Nouns for a state's executive that a story may leave unqualified ("the government").
/// A state across the table from an armed group, named without the state: "the government",
/// "the army" ("talks between army and RSF delegations").
const GOVERNMENT_NOUNS: &[&str] = &["government", "regime", "army", "military", "junta"];

/// The present tense of the verbs of striking, as a timeline or headline writes them after
/// the arms ("aircraft bomb", "jets pound"): they take their target right after them.
const PRESENT_STRIKE_VERBS: &[&str] = &[
    "bomb", "bombs", "strike", "strikes", "shell", "shells", "hit", "hits", "pound", "pounds", "raid",
    "raids",
];

/// Words for a part of a place: "in southern Lebanon" is in Lebanon.
const COMPASS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north",
    "south",
    "east",
    "west",
];

/// The most words a person's name takes with its title: "Attorney General Janet Reno".
const PERSON_WORDS: usize = 4;

/// Adverbs set off by commas inside a clause, between its subject and its verb ("The North
/// Korean leader, for his part, made a visit"): no clause of their own.
const CLAUSE_ASIDES: &[&str] = &[
    " for his part,",
    " for her part,",
    " for their part,",
    " for its part,",
    " meanwhile,",
    " however,",
    " too,",
    " in turn,",
    " in fact,",
    " though,",
    " by contrast,",
    " in response,",
];

/// Words that open a subordinate clause: a date inside one belongs to that clause's event.
const CLAUSE_OPENERS: &[&str] = &[
    " after ",
    " before ",
    " since ",
    " when ",
    " while ",
    " because ",
    " which ",
    " who ",
    " whose ",
    " where ",
    " although ",
    " but ",
];

/// Splits a sentence into clauses at punctuation and subordinating words, though not inside
/// a date: "On September 17, 1978, the summit ended" has the date in one piece.
fn clauses(text: &str, sentence: Range<usize>, dates: &[&Timex]) -> Vec<Range<usize>> {
    let s = &text[sentence.clone()];
    let mut cuts: Vec<usize> = Vec::new();
    let bytes = s.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    // "the Communist Party of Nepal (Maoist) concluded", "the National Liberation Army (ELN)
    // guerrilla group will": a name's short aside in brackets is part of the name.
    const NAME_ASIDE_WORDS: usize = 3;
    let mut in_aside = false;
    // Where the comma closing an aside of `CLAUSE_ASIDES` is.
    let mut skip_comma = None;
    for (i, c) in s.char_indices() {
        if c == '(' {
            let inside = s[i + 1..].split(')').next().filter(|_| s[i + 1..].contains(')'));
            in_aside = inside.is_some_and(|a| {
                !a.contains([',', ';', '(']) && a.split_whitespace().count() <= NAME_ASIDE_WORDS
            });
        }
        if in_aside && matches!(c, '(' | ')') {
            in_aside = c == '(';
            continue;
        }
        // "more than 1,000 others" is one clause.
        let in_number = c == ',' && i > 0 && digit_at(i - 1) && digit_at(i + 1);
        let in_date = || dates.iter().any(|t| t.start < sentence.start + i && sentence.start + i < t.end);
        if ((matches!(c, ',' | ';' | ':' | '–' | '—' | '(' | ')') && !in_number)
            || (c == '-' && s[i..].starts_with("- ")))
            && !in_date()
        {
            // ("Israel, meanwhile, struck Gaza": the aside and its commas are no cut.)
            let aside = (c == ',' && i > 0)
                .then(|| {
                    CLAUSE_ASIDES
                        .iter()
                        .find(|a| s.get(i + 1..i + 1 + a.len()).is_some_and(|w| w.eq_ignore_ascii_case(a)))
                })
                .flatten();
            if let Some(aside) = aside {
                skip_comma = Some(i + aside.len());
            } else if skip_comma != Some(i) {
                cuts.push(i);
            }
        }
    }
    // Each opener's occurrences, leftmost first and not overlapping each other (as
    // `match_indices` gives them), in one pass over the spaces rather than one per opener.
    // Most words start with a letter no opener starts with, and are passed at one look.
    let mut opener_initials = [false; 256];
    for opener in CLAUSE_OPENERS {
        let initial = opener.as_bytes()[1];
        opener_initials[usize::from(initial.to_ascii_lowercase())] = true;
        opener_initials[usize::from(initial.to_ascii_uppercase())] = true;
    }
    let mut free_from = [0; CLAUSE_OPENERS.len()];
    for (i, _) in bytes.iter().enumerate().filter(|&(_, &b)| b == b' ') {
        if !bytes.get(i + 1).is_some_and(|&b| opener_initials[usize::from(b)]) {
            continue;
        }
        for (opener, free_from) in CLAUSE_OPENERS.iter().zip(&mut free_from) {
            let end = i + opener.len();
            if i >= *free_from && bytes.get(i..end).is_some_and(|w| w.eq_ignore_ascii_case(opener.as_bytes()))
            {
                cuts.push(i + 1);
                *free_from = end;
            }
        }
    }
    cuts.sort_unstable();
    cuts.push(s.len());
    let mut out = Vec::with_capacity(cuts.len());
    let mut start = 0;
    for cut in cuts {
        let piece = s[start..cut].trim_end();
        if !piece.is_empty() {
            out.push(sentence.start + start..sentence.start + start + piece.len());
        }
        start = cut;
    }
    out
}

/// Whether no two of `dates` have the same value: one event per date ("on Thursday and ...
/// on Friday"), not one date said twice.
fn all_different(dates: &[&Timex]) -> bool {
    let mut values: Vec<&str> = dates.iter().map(|t| t.value.as_str()).collect();
    values.sort_unstable();
    values.dedup();
    values.len() == dates.len()
}

/// "the Kosovo Liberation Army raided a convoy": a name at `start..end` that ends in the
/// arms noun a strike's trigger opens with ("Army raided"), whose group made the strike.
fn name_ends_in_trigger(trigger: &Range<usize>, start: usize, end: usize) -> bool {
    start < trigger.start && trigger.start < end && end <= trigger.end
}

/// How many words after a trigger a finer date within the month or year it took may stand
/// ("in June 2020, when troops attacked a patrol in the valley on the night of June 15").
const FINER_DATE_WORDS: usize = 16;

struct SentenceContext<'a> {
    text: &'a str,
    article: ArticleId,
    range: Range<usize>,
    clauses: Vec<Range<usize>>,
    reference: Option<Date>,
    lede: bool,
    /// The date the previous sentence opened with, which frames this one's narrative.
    frame: Option<&'a Timex>,
    /// The date a line of its own heads the sentence's part of the article with ("Wednesday
    /// 13 July" in an agenda): every event under it with no date of its own is on that day.
    heading: Option<&'a Timex>,
    /// The older date the story last went back to (see `OLDER_THAN_DAYS`), if it has not
    /// come back to the days of the article since.
    gone_back: Option<&'a Timex>,
    /// The sentence before, whose subject a pronoun opening this one stands for.
    previous_sentence: Option<Range<usize>>,
    /// The article's dates given as a length from another (see [`dates::offset_dates`]),
    /// which are no temporal expressions of the article's own.
    derived: &'a [Timex],
    lexicon: &'a Lexicon,
    people: &'a People,
    /// The country of the last election the article reported with one.
    last_election: Option<&'a str>,
    /// The gazetteer's names in the sentence, found once when a rule first asks.
    sentence_entities: std::cell::OnceCell<Vec<(usize, usize, String, EntityClass)>>,
}

impl SentenceContext<'_> {
    /// Whether the verb at `verb` opens a relative clause ("which", "that") whose antecedent
    /// the noun phrase of the trigger at `noun` ends a few words before, with no other
    /// punctuation between: "the European Council in Brussels, which met".
    fn relative_verb_of(&self, noun: Range<usize>, verb: Range<usize>) -> bool {
        const ANTECEDENT_WORDS: usize = 6;
        let Some(between) = self.text.get(noun.end..verb.start) else { return false };
        let Some(head) = ["which", "that"].iter().find_map(|p| {
            let rest = between.trim_end();
            rest.strip_suffix(p).filter(|r| r.ends_with(char::is_whitespace)).map(str::trim_end)
        }) else {
            return false;
        };
        let head = head.strip_suffix(',').unwrap_or(head);
        !head.contains([',', ';', ':', '(', ')', '"']) && head.split_whitespace().count() <= ANTECEDENT_WORDS
    }

    /// "warplanes struck air defense sites, airfields and army barracks across Yugoslavia":
    /// a strike's clause taken on over the targets listed after it, each set off by a comma
    /// and opening with a noun ("airfields"), so that where they are is where it hit. A
    /// piece opening with anything else ("and troops", "killing 12", "a day after", a name)
    /// is a clause of its own.
    fn with_listed_targets(&self, clause: Range<usize>) -> Range<usize> {
        const LIST_ITEMS: usize = 3;
        const ITEM_WORDS: usize = 8;
        let mut end = clause.end;
        for next in self.clauses.iter().filter(|c| c.start >= clause.end).take(LIST_ITEMS) {
            let Some(piece) = self.text[next.clone()].strip_prefix(',') else { break };
            let words: Vec<&str> = piece.split_whitespace().collect();
            let first = words.first().copied().unwrap_or("");
            let a_noun = first.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !first.is_empty()
                && !first.ends_with("ing")
                && !first.ends_with("ed")
                && !self.lexicon.not_nouns.contains(first);
            if !a_noun || words.len() > ITEM_WORDS || next.start > end + 1 {
                break;
            }
            end = next.end;
        }
        clause.start..end
    }

    fn clause_of(&self, position: usize) -> Range<usize> {
        self.clauses.iter().find(|c| c.contains(&position)).cloned().unwrap_or(self.range.clone())
    }

    /// "Talks between the President of Kazakhstan, Nurlan Abenov, and the President of
    /// Türkiye, Mehmet Aydınlı, in narrow format": the sides after "between" go on past names
    /// set off by commas, to the clause of the second side and its name. Gives the clause
    /// taken on so far, or as it was.
    fn with_sides_between(&self, trigger: Range<usize>, clause: Range<usize>) -> Range<usize> {
        const NAME_WORDS: usize = 4;
        if !self.text[trigger.end..].starts_with(" between ") {
            return clause;
        }
        let Some(mut at) = self.clauses.iter().position(|c| c.start == clause.start) else { return clause };
        let mut joined = self.text[trigger.end..clause.end].contains(" and ");
        let mut end = clause.end;
        while let Some(next) = self.clauses.get(at + 1) {
            at += 1;
            let piece = self.text[next.clone()].trim_start_matches([',', ' ']).trim_end_matches([',', '.']);
            let words: Vec<&str> = piece.split_whitespace().collect();
            let name_alone = words.len() <= NAME_WORDS
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
                && !self.people.in_range(next.clone()).is_empty();
            if name_alone || (!joined && piece.starts_with("and ")) {
                joined |= !name_alone;
                end = next.end;
                continue;
            }
            break;
        }
        clause.start..end
    }

    /// "the summit in Nouakchott, Mauritania, on 1 and 2 July, whose communique", "the first
    /// ASEAN summit, in Bali in February 1976, where", "the G8 summit in Okinawa, from 21 to 23
    /// July": a date set off by commas right after a clause, after at most a place's name in
    /// apposition or with its own place before it ("in Bali in"), is the clause's. Gives the
    /// clause taken on to the end of such a date, or as it was.
    fn with_its_date_set_off(&self, clause: Range<usize>, timexes: &[&Timex]) -> Range<usize> {
        const NAME_WORDS: usize = 3;
        const DATE_WORDS: usize = 6;
        let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
        let Some(mut at) = self.clauses.iter().position(|c| c.start == clause.start) else { return clause };
        for _ in 0..2 {
            at += 1;
            let Some(next) = self.clauses.get(at) else { break };
            let Some(piece) = self.text[next.clone()].strip_prefix(',') else { break };
            let words: Vec<&str> = piece.split_whitespace().collect();
            let opens_a_date = matches!(words.first().copied(), Some("on" | "in" | "at" | "from"))
                && timexes.iter().any(|t| {
                    next.contains(&t.start) && t.span.is_some() && {
                        // ", on" or ", in Bali in": the comma, the preposition, and at most a
                        // place's name with its own preposition.
                        let before: Vec<&str> = self.text[next.start..t.start].split_whitespace().collect();
                        let place = before.get(2..before.len().saturating_sub(1)).unwrap_or(&[]);
                        let date_words = words.len() + 1 - before.len();
                        date_words < DATE_WORDS
                            && (before.len() == 2
                                || (!place.is_empty()
                                    && place.len() <= NAME_WORDS
                                    && place.iter().all(capitalised)
                                    && matches!(before.last().copied(), Some("in" | "on"))))
                    }
                });
            if opens_a_date {
                return clause.start..next.end;
            }
            let a_name = !words.is_empty() && words.len() <= NAME_WORDS && words.iter().all(capitalised);
            if !a_name {
                break;
            }
        }
        clause
    }

    /// One mention per kind per sentence: several triggers of one kind in one sentence
    /// ("spoke by phone ... their third phone conversation") are one report, unless a
    /// trigger carries a date of its own that the first does not share ("the U.S. air raid
    /// ... is not linked with the August 7 bombings"), or stands in a clause of its own with
    /// a date there ("voted two weeks ago, and will hold an election on Oct. 27").
    ///
    /// The dates none of the sentence's mentions claims go to `dated`.
    fn mentions(
        &self,
        cues: &[&(Range<usize>, Cue)],
        timexes: &[&Timex],
        dated: &mut DatedSentences,
    ) -> Vec<EventMention> {
        // Only a trigger or an anaphor makes an event: most sentences have neither, and their
        // dates need not be read for one.
        if !cues.iter().any(|c| matches!(c.1, Cue::Trigger(_) | Cue::Anaphor(_))) {
            self.unclaimed_dates(timexes, &[], dated);
            return Vec::new();
        }
        // "on Friday, a day after the two met": the length before an event dates it alone.
        let (intervals, timexes): (Vec<&Timex>, Vec<&Timex>) =
            timexes.iter().copied().partition(|t| self.is_interval(t));
        let timexes = &timexes[..];
        // The dates of statements ("said on Wednesday"), which no reported event takes.
        let reported: Vec<usize> =
            timexes.iter().filter(|t| self.dates_the_report(t)).map(|t| t.start).collect();
        let is_report = |t: &Timex| reported.contains(&t.start);
        // Trigger, kind, whether an anaphor, and the date in the trigger's own noun phrase.
        let mut chosen: Vec<(Range<usize>, EventKind, bool, Option<&Timex>)> = Vec::new();
        for (range, cue) in cues.iter().map(|c| (&c.0, c.1)) {
            let (kind, anaphoric) = match cue {
                Cue::Trigger(k) => (k, false),
                Cue::Anaphor(k) => (k, true),
                Cue::Head(_)
                | Cue::Completion(_)
                | Cue::GroupCompletion(_)
                | Cue::Agented(_)
                | Cue::Exclusion => continue,
            };
            // "the summit road", "its February summit" on a stock index: a mountain's or a
            // market's peak.
            if kind == EventKind::Summit && self.summit_of_a_place_or_market(range.clone()) {
                continue;
            }
            // "Every phone call between Washington and London ends the same way", "each
            // meeting of the two": what every one of them does is no one event.
            let word_before = self.text[self.range.start..range.start].split_whitespace().next_back();
            if word_before.is_some_and(|w| w.eq_ignore_ascii_case("every") || w.eq_ignore_ascii_case("each"))
            {
                continue;
            }
            // "the device was a true hydrogen bomb, citing the small size of the blast": with a
            // weapon named as a thing and no strike, the blast is a test's.
            if kind == EventKind::Strike
                && anaphoric
                && !cues.iter().any(|c| c.1 == Cue::Trigger(EventKind::Strike))
                && self.names_a_weapon_as_a_thing()
            {
                continue;
            }
            // "arriving in 1966", "arrived in March": what follows the "in" says when, not
            // where, and an arrival with no place is no visit. ("flew in yesterday", "had
            // flown in this morning": a time no "in" can govern leaves "in" the verb's own.)
            if kind == EventKind::Visit
                && self.text[range.clone()].ends_with(" in")
                && timexes.iter().any(|t| {
                    t.start >= range.end
                        && self.text[range.end..t.start].trim().is_empty()
                        && !self.text[t.start..t.end]
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| self.lexicon.arrival_times.contains(&bare_lower(w)))
                })
            {
                continue;
            }
            // "Cyprus on Saturday condemned two bomb attacks": a statement's date is not in
            // the noun phrase of the event it names.
            // ("The referendum of June 2016 and the general election of December 2019": or
            // right after it, joined by "of".)
            let own_date = self
                .attached_date(range, timexes)
                .or_else(|| self.date_before_when(range.start, timexes))
                .or_else(|| {
                    timexes.iter().copied().find(|t| {
                        t.start >= range.end
                            && self.text.get(range.end..t.start).is_some_and(|g| g.trim() == "of")
                    })
                })
                .filter(|t| !is_report(t) && t.span.is_some());
            let same_kind: Vec<usize> = (0..chosen.len()).filter(|&i| chosen[i].1 == kind).collect();
            // "voted in primaries two weeks ago, and the country will hold its presidential
            // election on Oct. 27": a trigger in a clause of its own, with a date of its own
            // there, is another event too.
            let clause = self.clause_of(range.start);
            let dated_clause = || {
                timexes.iter().any(|t| clause.contains(&t.start) && !is_report(t))
                    && same_kind.iter().all(|&i| !clause.contains(&chosen[i].0.start))
            };
            // "jets struck the camps after rebels shelled the town", "The raid came after the
            // attack on an army base": an event put after or before an earlier one of its kind
            // is another one.
            let sequenced = same_kind.last().is_some_and(|&i| self.sequenced(&chosen[i].0, range));
            // "drones struck the town, and Kyrgyz units answered with mortar fire on": the
            // answer to a strike is another strike, made by the other side.
            let answered = kind == EventKind::Strike
                && !anaphoric
                && same_kind.iter().all(|&i| !clause.contains(&chosen[i].0.start))
                && self.answering_verb(range.clone(), clause.clone()).is_some();
            // "Ethiopian planes hit the airport, and within hours Eritrean aircraft bombed
            // Mekele": a strike in a clause of its own by another side is another strike, and
            // so is a call ("agreed a ceasefire by telephone, and the Russian president phoned
            // both men").
            let by_another_side = matches!(kind, EventKind::Strike | EventKind::Call)
                && !anaphoric
                && !same_kind.is_empty()
                && same_kind.iter().all(|&i| {
                    // ("Tajik mortar crews fired on Kyrgyz posts and Kyrgyz artillery shelled
                    // Tajik positions": joined by "and" in one clause too.)
                    let joined =
                        self.text.get(chosen[i].0.end..range.start).is_some_and(|b| contains_word(b, "and"));
                    (!clause.contains(&chosen[i].0.start) || joined)
                        && self.made_by_others(&chosen[i].0, range)
                });
            // "was in Israel last Friday and travelled on to Beirut at the weekend", "flew to
            // Phnom Penh on Monday and on to Bangkok the next day": a visit joined by "and" to a
            // dated one before it, with a date of its own right after its place, is the next leg.
            // So is a summit: "the ASEAN Summit on 9 October and the G20 summit on 11 October".
            let next_leg = matches!(kind, EventKind::Visit | EventKind::Summit)
                && !anaphoric
                && same_kind.last().is_some_and(|&i| self.next_leg(&chosen[i].0, range, timexes));
            // "arrived in Kabul on Monday, the first such visit in a decade": the apposition
            // renames the event of the clause before.
            let renamed = self.ranked_in_apposition(range.clone(), clause.clone());
            // "agreed to hold a summit in April, the first meeting of their leaders in a
            // decade": a meeting that renames the summit or talks before it is no other event.
            if renamed
                && kind == EventKind::Meeting
                && chosen.iter().any(|c| matches!(c.1, EventKind::Summit | EventKind::Talks))
            {
                continue;
            }
            // "the European Council in Brussels, which met on Thursday and Friday": a gathering
            // that met, in a relative clause right after it, is no other meeting.
            if kind == EventKind::Meeting
                && !anaphoric
                && chosen.iter().any(|c| {
                    matches!(c.1, EventKind::Summit | EventKind::Talks)
                        && self.relative_verb_of(c.0.clone(), range.clone())
                })
                && PLAIN_MEETING_VERBS.iter().any(|v| self.text[range.clone()].eq_ignore_ascii_case(v))
                && !meets_with_someone(self.text, range.end, self.lexicon)
            {
                continue;
            }
            // "met Lebanon's prime minister, Fouad Haddad, on the sidelines of the General
            // Assembly on Tuesday": the setting of a meeting told before is no other meeting.
            let setting = !anaphoric
                && self.lexicon.settings.iter().any(|s| self.text[range.clone()].eq_ignore_ascii_case(s));
            let another_event = !same_kind.is_empty()
                && !renamed
                && !setting
                && (own_date.is_some_and(|own| {
                    same_kind.iter().all(|&i| chosen[i].3.map(|t| &t.value) != Some(&own.value))
                }) || (!anaphoric && dated_clause())
                    || sequenced
                    || answered
                    || by_another_side
                    || next_leg);
            match same_kind.first() {
                _ if another_event => chosen.push((range.clone(), kind, anaphoric, own_date)),
                // A real trigger is better evidence than an anaphor in the same sentence.
                Some(&i) if chosen[i].2 && !anaphoric => chosen[i] = (range.clone(), kind, false, own_date),
                Some(_) => {}
                None => chosen.push((range.clone(), kind, anaphoric, own_date)),
            }
        }
        let kinds: Vec<EventKind> = chosen.iter().map(|c| c.1).collect();
        // "had discussed the project with Lebedinsky in a telephone conversation": what was
        // discussed with someone in a call was discussed in the call, not at a meeting.
        if kinds.contains(&EventKind::Call) {
            let discussing = self.lexicon.completed_verbs.get(&EventKind::Meeting);
            chosen.retain(|(range, kind, _, _)| {
                *kind != EventKind::Meeting
                    || !discussing.is_some_and(|verbs| {
                        verbs.iter().any(|v| self.text[range.clone()].eq_ignore_ascii_case(v))
                    })
            });
        }
        // "Blair will host the G8 summit": a host is the summit's, no guest's visit ("will stay
        // on for a bilateral visit before flying to the G20 summit" is a visit).
        chosen.retain(|(range, kind, _, _)| {
            let suppressors = self.lexicon.suppressed_by.get(kind).map(Vec::as_slice).unwrap_or(&[]);
            let hosting = self.lexicon.is_hosting(&self.text[range.clone()]);
            !(hosting && suppressors.iter().any(|s| kinds.contains(s)))
        });
        // "Brazilians went to the polls in Sunday's run-off", "voters choose a president in
        // the second round": a vote cast in an election named right after it is that one.
        const IN_THE_VOTE_WORDS: usize = 3;
        let votes: Vec<Range<usize>> =
            chosen.iter().filter(|c| c.1 == EventKind::Election).map(|c| c.0.clone()).collect();
        chosen.retain(|(range, kind, _, _)| {
            *kind != EventKind::Election
                || !votes.iter().any(|next| {
                    let mut between = self.text.get(range.end..next.start).unwrap_or("").split_whitespace();
                    between.next() == Some("in")
                        && between.take(IN_THE_VOTE_WORDS).count() < IN_THE_VOTE_WORDS
                })
        });
        // Each date belongs to the trigger in its own clause, if there is one.
        // A trigger that runs past its clause's end takes the clause on to its own end.
        let trigger_clauses: Vec<Range<usize>> = chosen
            .iter()
            .map(|c| {
                let clause = self.clause_of(c.0.start);
                let clause = clause.start..clause.end.max(c.0.end);
                // "On the eve of the summit, on March 18, he had spoken": a date set off after
                // a day counted from an event is that day's, not the event's.
                if self.lexicon.event_days.in_text(&self.text[clause.start..c.0.start]) {
                    clause
                } else {
                    self.with_its_date_set_off(clause, timexes)
                }
            })
            .collect();
        let owned = |t: &Timex| trigger_clauses.iter().any(|c| c.contains(&t.start));

        // The day of the sentence's statement, which a participle leans on ("ending a visit,
        // said on Tuesday").
        let statement_day = timexes.iter().find(|t| is_report(t)).and_then(|t| t.span.clone());

        let mut out = Vec::new();
        let mut used: Vec<usize> = Vec::new();
        for (index, ((trigger, kind, anaphoric, own_date), clause)) in
            chosen.iter().zip(&trigger_clauses).enumerate()
        {
            let status = self.status(trigger.clone(), clause.clone(), timexes);
            // A date in a trigger's own noun phrase is that trigger's alone. A date a "when"
            // clause follows is shared with an event of another kind ("flew to Quito on May 7,
            // when the two held talks"); one of the same kind is told again ("its air strike
            // on Tuesday, when warplanes hit a camp"), and named by the "when" clause.
            // ("spoke by phone about the follow-up to the referendum of 23 June": a date joined
            // by "of", "on" or "in" to a later trigger of another kind is that one's; not a
            // summit's, which frames what is done at it: "sat down on the sidelines of the
            // summit on Friday".)
            let others_own = |t: &Timex| {
                chosen.iter().enumerate().any(|(i, c)| {
                    i != index
                        && ((c.3.is_some_and(|own| own.start == t.start)
                            && (c.1 == *kind || self.attached_date(&c.0, &[t]).is_some()))
                            || (c.0.start >= trigger.end
                                && !matches!(c.1, EventKind::Summit)
                                && c.1 != *kind
                                && self.joined_after(c.0.clone(), t)))
                })
            };
            // "the bomb blasts which killed scores ... earlier in the day": a relative clause
            // right after the trigger describes it.
            let relative = self.relative_clause_after(trigger.end);
            // "The summit, which runs until Friday, opened on Wednesday": the predicate after
            // the subject's relative clause is the subject's too.
            let predicate = relative.as_ref().and_then(|r| self.predicate_after_relative(trigger.clone(), r));
            let told = if relative.is_none() { self.telling_when_after(trigger) } else { None };
            // "two months before Israel's election, set for January 22": a date the event's
            // own clause gives is nearer than the interval.
            let told_its_date = told.as_ref().is_some_and(|r| timexes.iter().any(|t| r.contains(&t.start)));
            let relative = relative.or(told);
            let in_relative = |t: &Timex| {
                relative.as_ref().is_some_and(|r| r.contains(&t.start))
                    || predicate.as_ref().is_some_and(|p| p.contains(&t.start))
            };
            // "condemned the bombing of the embassies on Thursday": the date after a known
            // event named as the object of a verb of saying is the statement's ("condemned
            // two bomb attacks Friday" is news, and its date the attacks').
            let known = self.names_a_known_event(trigger.clone());
            let reported_object = known && self.object_of_report(trigger.clone());
            // "marched on Monday to protest the missile attack": the date is the protest's.
            let reacted = self.reacted_to(trigger.clone());
            let in_clause: Vec<&Timex> = timexes
                .iter()
                .copied()
                .filter(|t| clause.contains(&t.start) || in_relative(t))
                // "the first such visit in twenty years": a length is no day of the event's.
                .filter(|t| t.span.is_some())
                .filter(|t| !(t.end <= trigger.start && is_report(t)))
                .filter(|t| !(reported_object && t.start >= trigger.end && !in_relative(t)))
                .filter(|t| !reacted || in_relative(t) || self.after_in_its_noun_phrase(trigger, t))
                .filter(|t| !others_own(t))
                .collect();
            // "investigate the bombings but there was no word on Tuesday": an event the
            // reader already knows of, named as the object of another verb, takes a date only
            // from its own clause; as the subject ("The car bombings occurred ... on Friday")
            // it is what the sentence is about.
            // (Past a date the sentence opens with: "On September 17, 1978, the summit ended".)
            let opening = timexes
                .first()
                .filter(|t| t.end <= trigger.start && opens_with_date(self.text, self.range.start, t))
                .map_or(self.range.start, |t| t.end);
            // ("On Monday, leaders of the G20 opened": the comma after the date is no word.)
            let subject = self.text[opening..trigger.start]
                .trim_start_matches([',', ' '])
                .split_whitespace()
                .nth(3)
                .is_none();
            // "on Sunday, two days after a car bomb tore through the building": the bomb is
            // days away from the sentence's date, and takes none of it.
            // ("days before the general elections on February 8": a date right after the
            // trigger is its own, which no interval moves; "expelled from peace talks on Feb.
            // 20" is the day of leaving, not of the talks.)
            let dated_after = timexes.iter().any(|t| self.joined_after(trigger.clone(), t));
            let away = ((self.an_interval_away(trigger.clone())
                && !dated_after
                && !self.counted_from_an_event(trigger.clone(), timexes))
                || self.left_or_shut_out(trigger.clone()))
                && !told_its_date;
            let borrows = (subject || !known) && !away && !reacted;
            let candidates = if let Some(own) = own_date {
                vec![*own]
            } else if let Some(day) = (in_clause.is_empty() && !away && *kind != EventKind::Visit)
                .then(|| self.journeys_day(trigger.clone(), timexes))
                .flatten()
            {
                // "flew to Islamabad on Friday and met the president": the journey's day.
                vec![day]
            } else if away {
                self.interval_before(trigger.clone(), &intervals).into_iter().collect()
            } else if in_clause.is_empty()
                && !reacted
                && (self.hours_away(trigger.clone()) || self.ends_after_days_of(trigger))
            {
                // "on Wednesday, hours after meeting Macron": the day of the other clause's
                // event, though that clause owns the date; "paused on Friday after three days
                // of air strikes": the day they ended.
                timexes.iter().copied().filter(|t| !others_own(t)).collect()
            } else if in_clause.is_empty()
                && *kind == EventKind::Strike
                && self.answering_verb(trigger.clone(), clause.clone()).is_some()
            {
                // "On Friday drones struck the town, and the other side answered with mortar
                // fire": an answer with no date of its own is on the day of what it answers.
                timexes.iter().copied().filter(|t| !self.in_a_relative_clause(trigger, t.start)).collect()
            } else if in_clause.is_empty()
                && !away
                && !reacted
                && (((borrows || self.ranked_in_apposition(trigger.clone(), clause.clone()))
                    && self.in_apposition(trigger.clone(), clause.clone()))
                    || self.in_a_participles_clause(trigger.clone(), clause.clone()))
            {
                // "held talks with Kim on Wednesday, his first visit to the North in 24 years":
                // the apposition names the event of the clause before, on its date.
                timexes
                    .iter()
                    .copied()
                    .filter(|t| t.end <= clause.start && !others_own(t) && !self.starts_a_period(t))
                    .collect()
            } else if let Some(stay_dates) = (in_clause.is_empty()
                && *kind == EventKind::Visit
                && !away
                && !reacted
                && timexes.iter().all(|t| t.start > trigger.end))
            .then(|| self.where_clause_after(clause.clone()))
            .flatten()
            .map(|stay| -> Vec<&Timex> {
                timexes
                    .iter()
                    .copied()
                    .filter(|t| stay.contains(&t.start) && t.span.is_some() && !is_report(t))
                    .collect()
            })
            .filter(|dates| !dates.is_empty())
            {
                // "flew to Washington, where he met the president on September 3": what was
                // done where the visitor went, with no date of the sentence's before, was done
                // on the visit.
                stay_dates
            } else if in_clause.is_empty() && borrows {
                // Not from a relative clause about something else: "a program aimed at
                // doubling trade, which fell last year".
                // "On Thursday Zhou toured the terminal and met President Ilmi": a day the
                // sentence opens with dates each of its clauses, though the first owns it.
                // ("Also on Monday, in Caracas, the government opened the sixth round".)
                let fronted = |t: &Timex| {
                    matches!(
                        self.text[self.range.start..t.start].trim(),
                        "" | "On" | "on" | "Also on" | "And on"
                    ) && t.span.as_ref().is_some_and(TimeSpan::is_day)
                };
                timexes
                    .iter()
                    .copied()
                    .filter(|t| {
                        (fronted(t) || (!owned(t) && !others_own(t)))
                            && !self.in_a_relative_clause(trigger, t.start)
                    })
                    .filter(|t| !self.in_a_since_clause(trigger, t.start, timexes))
                    .collect()
            } else {
                in_clause
            };
            // "have attacked border posts since the spring", "to conclude by May": a period's
            // bound is no event's day, unless it is the event's own ("since the January 1998
            // bombing").
            let complement = self.reported_speech(trigger.clone(), timexes, &is_report);
            // "agreed to a meeting earlier this week": a past date is the agreeing's.
            let agreed = status == EventStatus::Planned && self.agreed_to(trigger.clone(), clause.clone());
            let before_the_article =
                |t: &Timex| self.reference.zip(t.span.as_ref()).is_some_and(|(r, s)| s.end < r);
            let candidates: Vec<&Timex> = candidates
                .into_iter()
                .filter(|t| !(agreed && before_the_article(t)))
                .filter(|t| !is_report(t) && (own_date.is_some() || !self.starts_a_period(t)))
                .filter(|t| own_date.is_some() || complement.is_none_or(|at| t.end > at))
                .collect();
            // "LIMA, May 3 (Agency) - Rebels ambushed a patrol late on Saturday": the dateline's
            // day is the report's; a date the sentence itself gives is the event's.
            let mut candidates = candidates;
            if let Some(end) = dateline_end(self.text, self.range.clone())
                && candidates.iter().any(|t| t.start >= end)
            {
                candidates.retain(|t| t.start >= end);
            }
            // "The election, originally scheduled for March, was held on Sunday": a date the
            // event was once set for gives way to another.
            if candidates.len() > 1 && candidates.iter().any(|t| !self.once_set_for(t)) {
                candidates.retain(|t| !self.once_set_for(t));
            }
            let mut when = self.pick_date(trigger.clone(), &candidates, status, &mut used);
            // "talks, which began on Friday and ended on Saturday": the span its relative
            // clause opens and closes, which holds any one day picked from it, or replaces
            // a span read from the same opening day.
            // ("will fly to Cologne to report to the European Council, which opens there today
            // and continues tomorrow": the clause is the other trigger's, named between.)
            let opened_by_another = |span: &When| {
                let opening = span.expression.as_deref().and_then(|e| {
                    let rest = self.text.get(trigger.end..self.range.end)?;
                    rest.find(e).map(|at| trigger.end + at)
                });
                opening.is_some_and(|o| chosen.iter().any(|c| c.0.start >= trigger.end && c.0.start < o))
            };
            if let Some(span) = self.begun_and_ended(trigger.clone(), timexes)
                && !opened_by_another(&span)
                && when.as_ref().is_none_or(|w| {
                    (w.span.start >= span.span.start && w.span.end <= span.span.end)
                        || w.expression.as_deref().is_some_and(|e| {
                            span.expression.as_deref().is_some_and(|s| s.starts_with(e) || e.starts_with(s))
                        })
                })
            {
                when = Some(span);
            }
            // "In June 2020, when troops attacked a patrol on the night of June 15", "in
            // September 2002 ... talks at Sattahip, which ran from September 16 to 18": a day
            // told a few words after the trigger, within the month or year it took, with no
            // other event's trigger between, is its finer date.
            if let Some(w) = &when
                && !w.approximate
                && !w.span.is_day()
                && !w.span.value.contains('/')
                && let Some(finer) = timexes.iter().copied().find(|t| {
                    t.start >= trigger.end
                        && !is_report(t)
                        && !others_own(t)
                        && !self.starts_a_period(t)
                        && t.span.as_ref().is_some_and(|s| {
                            s.start >= w.span.start && s.end <= w.span.end && s.value != w.span.value
                        })
                        && !chosen.iter().any(|c| c.0.start >= trigger.end && c.0.start < t.start)
                        && self.text[trigger.end..t.start].split_whitespace().count() <= FINER_DATE_WORDS
                })
            {
                let from_it: Vec<&Timex> =
                    timexes.iter().copied().filter(|t| t.start >= finer.start).collect();
                let mut claimed = Vec::new();
                if let Some(fine) = self.pick_date(trigger.clone(), &from_it, status, &mut claimed)
                    && fine.span.start >= w.span.start
                    && fine.span.end <= w.span.end
                {
                    used.extend(claimed);
                    when = Some(fine);
                }
            }
            if status == EventStatus::Planned {
                when = when
                    .map(|w| self.after_the_day_before_it(timexes, w))
                    .map(|w| self.coming_weekday(trigger.clone(), timexes, w));
            }
            // "will host a summit in November", said in July: a planned event's month, named
            // alone, is the next one, though the sentence's other verbs read it as the last.
            if status == EventStatus::Planned
                && let (Some(w), Some(r)) = (&when, self.reference)
                && w.span.end < r
                && w.span.value.len() == 7
                && w.expression
                    .as_deref()
                    .is_some_and(|e| !e.contains(' ') && !e.contains(|c: char| c.is_ascii_digit()))
            {
                when = when.and_then(|w| dates::years_before(w, -1));
            }
            // "On Aug. 7, they had just ended a news conference. They were talking when the
            // bomb went off": narration goes on in the frame the last sentence opened. A
            // known event named as a noun ("They talked about the bombing") is no narration.
            // "Freeh said here Friday that U.S. air raids ...", "Clinton said Thursday he had
            // ordered the strikes": the statement is dated, the event it reports is not, and
            // neither the article's day nor the narrative's is its own.
            let reported_speech = complement.is_some();
            let narrated =
                (!known || self.names_a_verb(trigger.clone())) && !away && !reacted && !reported_speech;
            // "The decision was made after Cheney returned from a visit": what the sentence
            // puts before or after something else is not on the framed day.
            let sequence = |w: &str| w.eq_ignore_ascii_case("after") || w.eq_ignore_ascii_case("before");
            let sequenced = self.text[self.range.start..trigger.start].split_whitespace().any(sequence);
            if when.is_none()
                && !*anaphoric
                && narrated
                && !sequenced
                && status == EventStatus::Happened
                && !self.in_the_perfect(trigger.clone(), clause.clone())
                && let Some(frame) = self.frame
            {
                when = self.when_of(frame).map(|w| When { approximate: true, ..w });
            }
            // "Wednesday 13 July / Commissioner Dvorak travels to Niamey, where he will meet
            // the President": under an agenda's day, whatever its tense.
            if when.is_none()
                && !*anaphoric
                && let Some(heading) = self.heading
            {
                when = self.when_of(heading);
            }
            // "met in Lima on Saturday, on the sidelines of the APEC summit": the gathering a
            // dated meeting was held at was on its day too (a guess, which any date the
            // article gives the gathering beats).
            if when.is_none()
                && !*anaphoric
                && self.on_its_sidelines(trigger.start)
                && let Some(day) = timexes
                    .iter()
                    .rev()
                    .find(|t| t.end <= trigger.start && !is_report(t) && !self.starts_a_period(t))
            {
                when = self.when_of(day).map(|w| When { approximate: true, ..w });
            }
            // The present perfect ("Extremists have bombed two towns") says that, not when.
            if when.is_none()
                && !*anaphoric
                && self.lede
                && !known
                && !reported_speech
                && status == EventStatus::Happened
                && !self.in_the_perfect(trigger.clone(), clause.clone())
                && !away
                && !reacted
                && let Some(r) = self.reference
            {
                // "Howes was abducted in March 1996. ... His team was clearing mines when it
                // was attacked": once the story has gone back to an older date, an undated
                // event told next is background of that time, not news of the article's day.
                when = match self.gone_back {
                    Some(older) if self.told_as_background() => {
                        self.when_of(older).map(|w| When { approximate: true, ..w })
                    }
                    _ => Some(When {
                        span: TimeSpan::day(r),
                        expression: None,
                        anchor: Some(r),
                        approximate: true,
                    }),
                };
            }
            // "Russian drones struck the port of Odesa again overnight": with no date of its own,
            // what happened overnight is news of the night before the article, which the wires
            // date by the article's day (a guess, as the lede's).
            if when.is_none()
                && !*anaphoric
                && status == EventStatus::Happened
                && !known
                && !away
                && !reacted
                && !reported_speech
                && self.overnight_in(clause.clone())
                && let Some(r) = self.reference
            {
                when = Some(When {
                    span: TimeSpan::day(r),
                    expression: None,
                    anchor: Some(r),
                    approximate: true,
                });
            }
            // "arrived on Tuesday for a three-day visit": the length of any trigger of the
            // kind in the clause.
            let same_kind: Vec<Range<usize>> = cues
                .iter()
                // "paused their bombing on Friday after three days of air strikes": the days
                // after which it stopped are its own, wherever in the sentence.
                .filter(|(r, c)| {
                    matches!(c, Cue::Trigger(k) | Cue::Anaphor(k) if k == kind)
                        && (clause.contains(&r.start) || self.ends_after_days_of(r))
                })
                .map(|(r, _)| r.clone())
                .collect();
            let when = self.stretch_by_length(
                &same_kind,
                trigger.clone(),
                clause.clone(),
                when,
                !*anaphoric && status == EventStatus::Happened,
                statement_day.clone(),
            );
            let when = when.map(|w| self.after_its_eve(trigger.clone(), clause.clone(), w));
            let when = when.map(|w| self.back_to_its_first_day(trigger.clone(), w));
            let when = when.map(|w| self.through_the_night(trigger.clone(), clause.clone(), w));
            let when = match kind {
                EventKind::Election => when.map(|w| self.before_its_result(trigger.clone(), w)),
                EventKind::Visit => when
                    .map(|w| self.stay_after_journey(trigger.clone(), w))
                    .map(|w| self.to_the_day_it_left(trigger.clone(), w, timexes)),
                _ => when,
            };
            // "said on Tuesday during a visit to Abu Dhabi": the visit went on that day.
            let when = match (when, &statement_day) {
                (when, Some(day))
                    if *kind == EventKind::Visit
                        && when.as_ref().is_none_or(|w| w.approximate)
                        && self.said_during_it(trigger.start) =>
                {
                    Some(When {
                        span: day.clone(),
                        expression: None,
                        anchor: self.reference,
                        approximate: false,
                    })
                }
                (when, _) => when,
            };
            // "This is the eve of the Pope's visit": the eve is the article's day.
            let when = match (when, self.reference) {
                (None, Some(r)) if self.eve_today(trigger.clone(), clause.clone()) => {
                    r.tomorrow().ok().map(|next| When {
                        span: TimeSpan::day(next),
                        expression: None,
                        anchor: Some(r),
                        approximate: false,
                    })
                }
                (when, _) => when,
            };
            // "today, the 39th anniversary of the invasion": the invasion lies 39 years back;
            // "the anniversary of the bombing" names no new bombing, nor its date.
            let remembered = self.remembered(trigger.clone());
            let when = match remembered {
                Some(years) => years.zip(when).and_then(|(n, w)| dates::years_before(w, n)),
                None => when,
            };
            // ("The summit of the SAARC that Pakistan was to host on 9 and 10 November": an
            // anaphor dated after the article too, when the date is no guess.)
            let status = match (&when, status) {
                (Some(w), EventStatus::Happened)
                    if (!*anaphoric || !w.approximate)
                        && self.reference.is_some_and(|r| w.span.start > r) =>
                {
                    EventStatus::Planned
                }
                (_, s) => s,
            };
            // An undated "the bombings" refers back to bombings already reported.
            let anaphoric = *anaphoric || ((known || remembered.is_some()) && when.is_none());
            // "Soto met Paz on Monday and spoke by phone with Brun": who is named after another
            // trigger of the clause joined by "and", or between an earlier one and this, is
            // that one's.
            let others_people: Vec<Range<usize>> =
                cues.iter()
                    .filter(|c| matches!(c.1, Cue::Trigger(_)) && c.0 != *trigger)
                    .filter(|c| clause.contains(&c.0.start))
                    .map(|c| {
                        if c.0.start > trigger.start { c.0.start..clause.end } else { c.0.end..trigger.start }
                    })
                    .filter(|r| {
                        let between = if r.end == clause.end { trigger.end..r.start } else { r.clone() };
                        self.text.get(between).is_some_and(|b| contains_word(b, "and"))
                    })
                    .collect();
            let sides_clause = match kind {
                EventKind::Strike => self.with_listed_targets(clause.clone()),
                EventKind::Talks | EventKind::Meeting | EventKind::Call => {
                    self.with_sides_between(trigger.clone(), clause.clone())
                }
                _ => clause.clone(),
            };
            let (participants, location, attackers) =
                self.participants(*kind, trigger.clone(), sides_clause, &others_people);
            // "Dumont hosted Mori for breakfast": the host and the guest met.
            let kind =
                &if *kind == EventKind::Visit && hosted_a_guest(self.text, trigger.clone(), self.lexicon) {
                    EventKind::Meeting
                } else {
                    *kind
                };
            // "the victim of a foreign invasion", "years of blockades and armed raids": a strike
            // named by an indefinite or bare plural noun, with no one, nowhere and no date of its
            // own (the lede's is a guess), is a kind of thing, not an event.
            let status = if *kind == EventKind::Strike
                && when.as_ref().is_none_or(|w| w.approximate)
                && participants.is_empty()
                && location.is_none()
                && self.generic_noun(trigger.clone())
            {
                EventStatus::Unreal
            } else {
                status
            };
            // "Had Rome invited the rebels to talks, ...": what did not happen.
            if self.inverted_conditional(trigger.start) {
                continue;
            }
            // "The Cabinet met yesterday", "before the 8am meeting", "refinery workers held a
            // mass meeting": a meeting with no side named or remembered, in a sentence that
            // tells of no sides ("the two leaders met"), with no one met ("met the envoy",
            // "meeting with the king") and no name of its own ("the Nairobi meeting"), is a
            // body sitting on its own or a diary entry, not people or sides meeting.
            if !anaphoric
                && participants.is_empty()
                && *kind == EventKind::Meeting
                && !self.tells_of_sides()
                && !has_someone_met(self.text, trigger.clone())
            {
                continue;
            }
            // "Negotiations failed because they insisted on ...": bargaining with no one named is
            // business, custody or law, not diplomacy.
            if !anaphoric
                && participants.is_empty()
                && self.lexicon.need_a_party.get(kind).is_some_and(|words| {
                    words.iter().any(|w| self.text[trigger.clone()].eq_ignore_ascii_case(w))
                })
            {
                continue;
            }
            // "an attack on the board", "the strike has cut output at the mine": in a sentence
            // about business, with no state or body named, these are no strike.
            if self
                .lexicon
                .business_look_alikes
                .get(kind)
                .is_some_and(|words| words.iter().any(|w| self.text[trigger.clone()].eq_ignore_ascii_case(w)))
                && !participants.iter().any(|p| self.lexicon.is_group(p))
                && self.speaks_of_business()
            {
                continue;
            }
            if *kind == EventKind::Strike && self.aimed_at_a_market(trigger.clone()) {
                continue;
            }
            // "the league's summit meeting in Milan", "the two Istanbul giants meet in the
            // Super Cup final": in a sentence about sport, with no state or body named, a
            // match's words are no event.
            if self
                .lexicon
                .sports_look_alikes
                .iter()
                .any(|w| self.text[trigger.clone()].eq_ignore_ascii_case(w))
                && !participants.iter().any(|p| self.lexicon.is_group(p))
                && self.lexicon.sports_words.iter().any(|w| contains_word(&self.text[self.range.clone()], w))
            {
                continue;
            }
            // "The two airlines resumed talks", "officials of the banks met": among companies,
            // with no state or body named, talks and meetings are business.
            if self.lexicon.not_business.contains(kind)
                && !participants.iter().any(|p| self.lexicon.is_group(p))
                && self.speaks_of_business()
            {
                continue;
            }
            // "Freeh flew to Washington" after his trip: going back to one's capital is no visit.
            // ("Blair hosted Chirac in London": only the guest, named first, is away from home.)
            let hosted = self.lexicon.is_hosting(&self.text[trigger.clone()]);
            let visitors =
                if hosted { &participants[..participants.len().min(1)] } else { &participants[..] };
            if *kind == EventKind::Visit && self.returns_home(visitors, location.as_deref()) {
                continue;
            }
            // "The referendum on 30 August", "the talks in June": an anaphor's date right after
            // it is its own, as one before it is ("Saturday's explosion").
            let dated_after = anaphoric
                && when.as_ref().is_some_and(|w| {
                    self.dated_right_after(trigger.clone(), timexes, w)
                        || self.dated_after_its_target(trigger.clone(), timexes, w)
                });
            let trigger_text = self.text[trigger.clone()].to_owned();
            // (A lede's day is a guess, which the frame's date beats.)
            let framed_by =
                if when.as_ref().is_none_or(|w| w.approximate) { self.frame_of(*kind, cues) } else { None };
            let mention = EventMention {
                kind: *kind,
                title: String::new(),
                when,
                status,
                participants,
                location,
                mention: Mention {
                    article: self.article,
                    trigger_start: trigger.start,
                    trigger_end: trigger.end,
                    sentence_start: self.range.start,
                    sentence_end: self.range.end,
                },
                anaphoric,
                own_date: own_date.is_some() || dated_after,
                trigger: trigger_text,
                framed_by,
                sides: Vec::new(),
                attackers,
                put_off: status == EventStatus::Cancelled
                    && self.lexicon.status.put_off.in_text(&self.text[self.range.clone()].to_lowercase()),
            };
            // "meetings with Blair 10 days ago and Clinton last week": one per person and date.
            // (Up to the next trigger: "met Paz on Monday and spoke by phone with Brun on
            // Tuesday" is one meeting and one call.)
            let next_trigger = cues
                .iter()
                .filter(|c| matches!(c.1, Cue::Trigger(_)) && c.0.start >= trigger.end)
                .map(|c| c.0.start)
                .min()
                .unwrap_or(clause.end);
            let before_next = clause.start..clause.end.min(next_trigger).max(trigger.end);
            let parts = match self.dated_counterparts(*kind, trigger.clone(), before_next, timexes) {
                Some(parts) if !anaphoric => parts,
                _ => vec![(None, None)],
            };
            // "is due in Bishkek on Thursday and in Dushanbe on Friday": one visit a place.
            if *kind == EventKind::Visit
                && !anaphoric
                && let Some(places) = self.places_in_turn(trigger.clone(), timexes)
            {
                for (place, date) in places {
                    let mut mention = mention.clone();
                    mention.location = Some(place);
                    self.date_part(&mut mention, date, &mut used);
                    if status == EventStatus::Planned {
                        mention.when = mention.when.map(|w| self.coming_weekday(trigger.clone(), timexes, w));
                    }
                    out.push(self.settled(mention));
                }
                continue;
            }
            // "the talks in Istanbul on 16 May, 2 June and 23 July": one event a day listed.
            if let Some(dates) = self.days_listed(trigger.clone(), timexes) {
                for date in dates {
                    let mut mention = mention.clone();
                    self.date_part(&mut mention, date, &mut used);
                    mention.own_date = true;
                    out.push(self.settled(mention));
                }
                continue;
            }
            let others: Vec<String> = parts.iter().filter_map(|(p, _)| p.clone()).collect();
            for (person, date) in parts {
                let mut mention = mention.clone();
                // One counterpart each; "met separately" keeps the date of the whole.
                if let Some(person) = person {
                    mention.participants.retain(|p| *p == person || !others.contains(p));
                    push_name(&mut mention.participants, &person);
                }
                if let Some(date) = date {
                    self.date_part(&mut mention, date, &mut used);
                }
                out.push(self.settled(mention));
            }
        }
        self.during_which(&mut out);
        self.shared_subject(&mut out);
        self.gathering_gone_to(&mut out);
        self.unclaimed_dates(timexes, &used, dated);
        out
    }

    /// A mention split off its trigger's (a leg, a day listed, a counterpart) with the sides
    /// its participants stand for and its title settled.
    fn settled(&self, mut mention: EventMention) -> EventMention {
        mention.sides = self.represented(&mention.participants);
        mention.retitle(self.lexicon);
        mention
    }

    /// The days a plural trigger lists, one event each: "the direct talks in Istanbul on 16
    /// May, 2 June and 23 July", "The round-table talks of 26 November, 1 December and 6
    /// December". The first stands a few words after the trigger, after "on", "of" or "in";
    /// only commas, "and" and "on" stand between the others; three or more, or two that are
    /// not days in a row (those are one span: "on 9 and 10 November"), all different. Days
    /// only: "in July and August 1985" is one span of months.
    fn days_listed<'t>(&self, trigger: Range<usize>, timexes: &[&'t Timex]) -> Option<Vec<&'t Timex>> {
        const FIRST_GAP_WORDS: usize = 4;
        let word = self.text[trigger.clone()].split_whitespace().next_back()?;
        if !word.ends_with('s') || word.ends_with("ss") {
            return None;
        }
        let mut after = timexes
            .iter()
            .copied()
            .filter(|t| t.start >= trigger.end && t.span.as_ref().is_some_and(TimeSpan::is_day));
        let first = after.next()?;
        let gap: Vec<&str> = self.text[trigger.end..first.start].split_whitespace().collect();
        if gap.len() > FIRST_GAP_WORDS || !matches!(gap.last().copied(), Some("on" | "of" | "in")) {
            return None;
        }
        let mut listed = vec![first];
        for next in after {
            let previous = listed[listed.len() - 1];
            let joining = self.text[previous.end..next.start]
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .all(|w| matches!(w, "and" | "on"));
            if !joining || self.text[previous.end..next.start].len() > 10 {
                break;
            }
            listed.push(next);
        }
        let days_in_a_row = listed.len() == 2 && {
            let (a, b) = (listed[0].span.as_ref()?, listed[1].span.as_ref()?);
            a.end.tomorrow().ok() == Some(b.start)
        };
        (listed.len() >= 2 && !days_in_a_row && all_different(&listed)).then_some(listed)
    }

    /// "for a one-day working visit, during which he is expected to meet President Warsame",
    /// "paid a state visit to Russia in April, during which he met": an event with no date of
    /// its own in a clause that opens "during which" (or "at which") took place within the
    /// event named right before the clause, and takes its days.
    fn during_which(&self, out: &mut [EventMention]) {
        const OPENERS: [&str; 3] = ["during which", "in the course of which", "at which"];
        for i in 1..out.len() {
            if out[i].when.is_some() || out[i].anaphoric {
                continue;
            }
            let trigger = out[i].mention.trigger_start;
            let before = self.text[self.range.start..trigger].to_ascii_lowercase();
            let Some(opener) = OPENERS.iter().filter_map(|o| before.rfind(o)).max() else { continue };
            if before[opener..].contains([',', ';', ':']) {
                continue;
            }
            let opener = self.range.start + opener;
            let Some(frame) = out[..i]
                .iter()
                .rev()
                .find(|m| m.mention.trigger_end <= opener && m.kind != out[i].kind)
                .and_then(|m| m.when.clone())
            else {
                continue;
            };
            out[i].when = Some(frame);
        }
    }

    /// "Next week Gromov will travel to Astana for a summit of the Customs Union", "are in
    /// Warsaw for the NATO summit": a gathering with no date of its own that a dated journey
    /// goes to, a few words after it and joined by "for" or "to attend", is on the journey's
    /// days (a guess, which any date of its own beats).
    fn gathering_gone_to(&self, out: &mut [EventMention]) {
        const GAP_WORDS: usize = 8;
        for i in 0..out.len() {
            if out[i].when.is_some()
                || out[i].anaphoric
                || !matches!(out[i].kind, EventKind::Summit | EventKind::Talks)
            {
                continue;
            }
            let trigger = out[i].mention.trigger_start;
            let Some(journey) = out
                .iter()
                .filter(|m| m.kind == EventKind::Visit && m.mention.trigger_end <= trigger)
                .max_by_key(|m| m.mention.trigger_end)
            else {
                continue;
            };
            let Some(when) = journey.when.clone() else { continue };
            let between = &self.text[journey.mention.trigger_end..trigger];
            let gap: Vec<String> = between.split_whitespace().map(bare_lower).collect();
            let joined = gap.len() <= GAP_WORDS
                && gap.iter().any(|w| w == "for" || w == "attend")
                && !between.contains([';', '"']);
            if joined {
                out[i].when = Some(When { approximate: true, ..when });
            }
        }
    }

    /// "The two Presidents last met on 12 November in Istanbul, and spoke by telephone on 28
    /// March": a verb joined by "and" to the one of the encounter before it shares its
    /// subject, and with no sides of its own, the sides of that encounter.
    fn shared_subject(&self, out: &mut [EventMention]) {
        const VERB_WORDS: usize = 2;
        let encounter =
            |kind: EventKind| matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Talks);
        // ("will travel to Muscat tomorrow and is expected in Riyadh later in the week": a
        // visit takes the visitors of the one before.)
        let joinable = |before: EventKind, kind: EventKind| {
            (encounter(before) && encounter(kind)) || (before == EventKind::Visit && kind == EventKind::Visit)
        };
        for i in 1..out.len() {
            let kind = out[i].kind;
            if !out[i].participants.is_empty()
                || !(encounter(kind) || kind == EventKind::Visit)
                || out[i].anaphoric
            {
                continue;
            }
            let trigger = out[i].mention.trigger_start;
            // (Past what else the sentence names: "met in Istanbul, at the summit of the
            // Organization of Turkic States, and spoke".)
            let Some(before) =
                out[..i].iter().rev().find(|m| m.mention.trigger_end <= trigger && joinable(m.kind, kind))
            else {
                continue;
            };
            if before.participants.is_empty() {
                continue;
            }
            let between = &self.text[before.mention.trigger_end..trigger];
            // Only the verb and an adverb between "and" and the trigger ("and later spoke"),
            // not an object of its own ("and the talks", "and Ruiz spoke").
            let Some(and) = between.rfind(" and ") else { continue };
            let joined = &between[and + " and ".len()..];
            let words: Vec<&str> = joined.split_whitespace().collect();
            if words.len() > VERB_WORDS
                || words.iter().any(|w| {
                    !w.chars().all(|c| c.is_ascii_lowercase())
                        || NOT_DESCRIBING.contains(w)
                        || matches!(*w, "their" | "his" | "her" | "its" | "they" | "he" | "she")
                })
            {
                continue;
            }
            let (participants, sides) = (before.participants.clone(), before.sides.clone());
            out[i].participants = participants;
            out[i].sides = sides;
            out[i].retitle(self.lexicon);
        }
    }

    /// A date no event claimed (none at `used`) is still a dated mention: kind `other`,
    /// hidden by default.
    fn unclaimed_dates(&self, timexes: &[&Timex], used: &[usize], dated: &mut DatedSentences) {
        let mut title = None;
        for t in
            timexes.iter().filter(|t| !used.contains(&t.start) && t.span.is_some() && !self.is_derived(t))
        {
            let title: &String = title.get_or_insert_with(|| other_title(&self.text[self.range.clone()]));
            dated.push(self.text, t.start, t.end, self.range.clone(), title);
        }
    }

    /// Gives one part of a mention split by date ("met Ahn on Monday and Berg on Friday", "is
    /// due in Bishkek on Thursday and in Dushanbe on Friday") its own date, noted as used, and
    /// makes it planned when the date is after the article's.
    fn date_part(&self, mention: &mut EventMention, date: &Timex, used: &mut Vec<usize>) {
        mention.when = self.when_of(date);
        used.push(date.start);
        if self.reference.is_some_and(|r| date.span.as_ref().is_some_and(|s| s.start > r)) {
            mention.status = EventStatus::Planned;
        }
    }

    /// The places a journey goes to in turn, each with the date named after it: "is due in
    /// Bishkek on Thursday and in Dushanbe on Friday", "plans to travel to Caracas on Monday
    /// and to Georgetown on Tuesday". The first place stands right after the trigger, and
    /// only "and", "then", "to", "in", commas and dates stand between places. `None` unless
    /// two places or more, each with a date of its own ("is due in Caracas and Georgetown next
    /// week" is one journey).
    fn places_in_turn<'t>(
        &self,
        trigger: Range<usize>,
        timexes: &[&'t Timex],
    ) -> Option<Vec<(String, &'t Timex)>> {
        const FIRST_GAP_WORDS: usize = 1;
        let places: Vec<_> = self
            .entities(trigger.end..self.range.end)
            .into_iter()
            .filter(|e| e.3 != EntityClass::Organisation)
            // ("and to Georgetown on Tuesday, Brazilian officials said": a demonym before a
            // noun is no place.)
            .take_while(|e| !self.modifies_a_noun(e.1))
            .collect();
        let first = places.first()?;
        if self.text[trigger.end..first.0].split_whitespace().count() > FIRST_GAP_WORDS {
            return None;
        }
        let dates_in = |range: Range<usize>| -> Vec<&'t Timex> {
            timexes.iter().copied().filter(|t| range.contains(&t.start) && t.span.is_some()).collect()
        };
        // Each gap between places holds only joining words and at most one date.
        let joining = |gap: &str| {
            gap.split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .all(|w| matches!(w.to_ascii_lowercase().as_str(), "and" | "then" | "to" | "in" | "on"))
        };
        let mut listed = vec![first.clone()];
        let mut own_dates: Vec<Option<&'t Timex>> = Vec::new();
        for next in &places[1..] {
            let previous_end = listed.last().map_or(first.1, |p| p.1);
            let gap = previous_end..next.0;
            let dates = dates_in(gap.clone());
            if dates.len() > 1 {
                break;
            }
            let mut rest = String::new();
            let mut from = gap.start;
            for date in &dates {
                rest.push_str(&self.text[from..date.start]);
                from = date.end;
            }
            rest.push_str(&self.text[from..gap.end]);
            if !joining(&rest) || !rest.to_ascii_lowercase().contains("and") && !rest.contains(',') {
                break;
            }
            own_dates.push(dates.first().copied());
            listed.push(next.clone());
        }
        if listed.len() < 2 {
            return None;
        }
        // The date after the last place, up to the clause's end.
        let last_end = listed.last().map_or(first.1, |p| p.1);
        let tail = self.clause_of(last_end.saturating_sub(1));
        let last_date = dates_in(last_end..tail.end.max(last_end))
            .into_iter()
            .next()
            .filter(|t| self.text[last_end..t.start].split_whitespace().count() <= 2);
        own_dates.push(last_date);
        // A date of its own for each place, all different.
        let dates: Vec<&'t Timex> = own_dates.into_iter().collect::<Option<_>>()?;
        if !all_different(&dates) {
            return None;
        }
        // Two names of one place ("Moscow" and "Russia") are one journey.
        let mut seen: Vec<&str> = Vec::new();
        for place in &listed {
            if seen.contains(&place.2.as_str()) {
                return None;
            }
            seen.push(&place.2);
        }
        Some(listed.into_iter().zip(dates).map(|(p, d)| (self.text[p.0..p.1].to_owned(), d)).collect())
    }

    /// Whether a trigger at `at` stands in an inverted conditional opening its sentence: the
    /// sentence's first word is one of `inverted_conditionals` ("Had", "Were", "Should") and
    /// a comma closes the clause after the trigger ("Had Rome invited the rebels to talks in
    /// 1990, peace might have come sooner").
    fn inverted_conditional(&self, at: usize) -> bool {
        let sentence = &self.text[self.range.clone()];
        let opening = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = opening.split_whitespace().next() else { return false };
        if !first.starts_with(|c: char| c.is_ascii_uppercase())
            || !self.lexicon.inverted_conditionals.iter().any(|w| first.eq_ignore_ascii_case(w))
        {
            return false;
        }
        let offset = at.saturating_sub(self.range.start);
        sentence.get(offset..).is_some_and(|rest| rest.contains(','))
            && !sentence[..offset.min(sentence.len())].contains([',', ';'])
    }

    /// The people a call, meeting or talks are with, each named with a date of their own
    /// after the trigger: "meetings with Blair 10 days ago and Clinton last week" are two
    /// meetings, as is "met separately with Ahn on Monday and Berg on Friday". One event has
    /// one date, so different dates after different people make different events.
    fn dated_counterparts<'t>(
        &self,
        kind: EventKind,
        trigger: Range<usize>,
        clause: Range<usize>,
        timexes: &[&'t Timex],
    ) -> Option<Vec<(Option<String>, Option<&'t Timex>)>> {
        if !matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Talks) {
            return None;
        }
        // "spoke with Borodin last Friday, after the first units landed, and with Zhao on
        // Monday": the counterparts go on past a clause set off between them.
        // ("met him at the Petersberg on 6 May, and again in Cologne on 8 June": past one
        // opening on "and again".)
        let rest = &self.text[clause.end.min(self.range.end)..self.range.end];
        let goes_on =
            rest.contains(" and with ") || rest.trim_start_matches([',', ' ']).starts_with("and again ");
        let after = trigger.end..if goes_on { self.range.end } else { clause.end };
        // (Counterparts may be named in asides: "with India's foreign minister, Arvind Menon,
        // and ...".)
        if let Some(people) = self.separate_counterparts(trigger.clone(), trigger.end..self.range.end) {
            return Some(people.into_iter().map(|p| (Some(p), None)).collect());
        }
        // "the Russian president phoned both men", "spoke separately by phone with both
        // leaders": a call with each of the last two named.
        if kind == EventKind::Call
            && let Some(both) = self.both_called(trigger.clone())
        {
            return Some(both.into_iter().map(|p| (Some(p), None)).collect());
        }
        // "spoke by phone with Valadares and with Clarke": the "with" said again makes a call
        // with each. (With dates after the people, each takes their own, below.)
        let first_with = self.text[trigger.end..self.range.end].find(" with ").map(|at| trigger.end + at);
        if kind == EventKind::Call
            && self.text[trigger.end..self.range.end]
                .match_indices(" with ")
                .any(|(at, _)| self.and_before_with(&self.text[trigger.end..trigger.end + at]))
            && first_with.is_some_and(|w| timexes.iter().all(|t| t.start < w))
            && let Some(people) = self.each_with(trigger.end..self.range.end)
        {
            return Some(people.into_iter().map(|p| (Some(p), None)).collect());
        }
        if kind == EventKind::Call
            && let Some(people) = self.called_in_turn(trigger.clone())
        {
            return Some(people.into_iter().map(|p| (Some(p), None)).collect());
        }
        let people = self.people.in_range(after.clone());
        let dates: Vec<&Timex> = timexes.iter().copied().filter(|t| after.contains(&t.start)).collect();
        // (Each with a date of their own first: "with the Saudi foreign minister on Thursday
        // and with the Omani foreign minister on Friday".)
        if people.is_empty()
            && let Some(parts) = self.dated_countries(after.clone(), &dates)
        {
            return Some(parts);
        }
        if kind == EventKind::Call
            && let Some(countries) = self.countries_called(trigger.clone(), dates.len() < 2)
        {
            return Some(countries.into_iter().map(|c| (Some(c), None)).collect());
        }
        if people.len() < 2 || people.len() != dates.len() {
            return self.repeated_dates(kind, &dates);
        }
        // Person, date, person, date, ...; each date before the next person, joined by
        // "and" or a comma.
        let mut parts = Vec::new();
        for (i, (person, date)) in people.iter().zip(&dates).enumerate() {
            if date.start < person.start {
                return None;
            }
            if let Some(next) = people.get(i + 1) {
                let gap = self.text.get(date.end..next.start)?;
                if next.start < date.end || !(contains_word(gap, "and") || gap.contains(',')) {
                    return None;
                }
            }
            parts.push((Some(person.name.clone()), Some(*date)));
        }
        all_different(&dates).then_some(parts)
    }

    /// "spoke by telephone with the Saudi foreign minister on Thursday and with the Omani
    /// foreign minister on Friday": with no one named, one counterpart country per date,
    /// each named before its date and after the date before, the dates all different.
    fn dated_countries<'t>(
        &self,
        after: Range<usize>,
        dates: &[&'t Timex],
    ) -> Option<Vec<(Option<String>, Option<&'t Timex>)>> {
        if dates.len() < 2 {
            return None;
        }
        // (A country named by its capital is where, not whom: "in Lima in March and again in
        // Santiago in November".)
        let countries: Vec<(usize, usize, String, EntityClass)> = self
            .entities(after)
            .into_iter()
            .filter(|e| e.3 == EntityClass::Country && !names_a_city(&self.text[e.0..e.1], self.lexicon))
            .collect();
        if countries.len() != dates.len() {
            return None;
        }
        let mut parts = Vec::new();
        for (i, ((start, _, country, _), date)) in countries.iter().zip(dates).enumerate() {
            let after_the_last = i == 0 || dates[i - 1].end <= *start;
            if !(after_the_last && *start < date.start) {
                return None;
            }
            parts.push((Some(country.clone()), Some(*date)));
        }
        all_different(dates).then_some(parts)
    }

    /// One call or meeting per date when it was held again: "spoke by phone on 3 May and
    /// again on 9 May", "spoke with the Saudi minister on Monday and with the Omani one on
    /// Friday". Each gap between two dates after the trigger holds "and" and a word of
    /// `repeating`, in a few words, with no clause break; the dates all differ. "And" alone
    /// will do between the dates of calls ("by telephone on 25 March and 13 April"), and of
    /// meetings days apart (on two days running, a meeting may have lasted both).
    fn repeated_dates<'t>(
        &self,
        kind: EventKind,
        dates: &[&'t Timex],
    ) -> Option<Vec<(Option<String>, Option<&'t Timex>)>> {
        const GAP_WORDS: usize = 10;
        if dates.len() < 2 {
            return None;
        }
        for pair in dates.windows(2) {
            let gap = self.text.get(pair[0].end..pair[1].start)?;
            let apart = match (&pair[0].span, &pair[1].span) {
                (Some(a), Some(b)) => a.is_day() && b.is_day() && a.end.tomorrow().is_ok_and(|d| d < b.start),
                _ => false,
            };
            let and_alone = matches!(gap.trim(), "and" | ", and" | "and on" | ", and on")
                && (kind == EventKind::Call || (kind == EventKind::Meeting && apart));
            let repeats = contains_word(gap, "and")
                && (self.lexicon.repeating.iter().any(|w| contains_word(gap, w)) || and_alone)
                && !gap.contains([';', ':', '(', '.'])
                && gap.split_whitespace().count() <= GAP_WORDS;
            if !repeats || pair[0].value == pair[1].value {
                return None;
            }
        }
        Some(dates.iter().map(|d| (None, Some(*d))).collect())
    }

    /// "telephoned Ulster Unionist leader Robert Kilbride early Friday and then Sinn Fein
    /// leader Gerard Mallon": one call after another, one per person called, the ones named
    /// before "and then" and the first named a few words after it.
    fn called_in_turn(&self, trigger: Range<usize>) -> Option<Vec<String>> {
        const THEN_TO_NAME: usize = 6;
        const GAP_WORDS: usize = 8;
        let after = &self.text[trigger.end..self.range.end];
        let then = trigger.end + after.find(" and then ")?;
        let people = self.people.in_range(trigger.end..self.range.end);
        let before: Vec<&people::PersonMention> = people.iter().filter(|p| p.start < then).collect();
        let next = people.iter().find(|p| p.start > then)?;
        let gap = &self.text[then..next.start];
        if before.is_empty() || gap.split_whitespace().count() > THEN_TO_NAME || gap.contains([',', ';', ':'])
        {
            return None;
        }
        let mut names = self.listed(before.iter().map(|p| (p.start, p.name.as_str())), GAP_WORDS);
        push_name(&mut names, &next.name);
        (names.len() >= 2).then_some(names)
    }

    /// The counterparts of a call or meeting held with each of them apart ("met separately
    /// with Prime Minister Avi Levin and President Samir Nasser", "held separate calls with"):
    /// the people named in `after` the trigger, joined by "and" or commas, when a word of
    /// `separately` stands right before or after the trigger.
    fn separate_counterparts(&self, trigger: Range<usize>, after: Range<usize>) -> Option<Vec<String>> {
        const NEAR_WORDS: usize = 2;
        let separately = |w: &str| {
            let bare = w.trim_matches(|c: char| !c.is_alphabetic()).to_ascii_lowercase();
            self.lexicon.separately.contains(&bare)
        };
        let before = self.text[self.range.start..trigger.start].split_whitespace().rev().take(NEAR_WORDS);
        let next = self.text[trigger.end..after.end].split_whitespace().take(NEAR_WORDS);
        if !before.chain(next).any(separately) {
            return None;
        }
        const GAP_WORDS: usize = 8;
        let people = self.people.in_range(after.clone());
        let names = self.listed(people.iter().map(|p| (p.start, p.name.as_str())), GAP_WORDS);
        if names.len() >= 2 {
            return Some(names);
        }
        self.each_with(after)
    }

    /// Whom a call to "both" ("phoned both men", "spoke separately by phone with both
    /// leaders", "calls from the Kremlin to both capitals") was with: the last two sides named
    /// before it in its sentence or the one before, people or countries, other than the
    /// caller's, named in the trigger's clause before it ("the Russian president"). A country
    /// right before a person's name is that person's ("Kyrgyz President Bakyt Osmonaliev").
    fn both_called(&self, trigger: Range<usize>) -> Option<Vec<String>> {
        const BOTH_WORDS: usize = 6;
        const OWN_COUNTRY_WORDS: usize = 3;
        let both =
            self.text[trigger.end..self.range.end].split_whitespace().take(BOTH_WORDS).collect::<Vec<_>>();
        let at = both.iter().position(|w| w.eq_ignore_ascii_case("both"))?;
        let noun = both.get(at + 1).map(|w| bare_lower(w))?;
        if !matches!(
            noun.as_str(),
            "leaders" | "men" | "women" | "presidents" | "capitals" | "sides" | "governments"
        ) {
            return None;
        }
        let clause = self.clause_of(trigger.start);
        let caller: Vec<String> = self
            .entities(clause.start.min(trigger.start)..trigger.start)
            .into_iter()
            .map(|e| e.2)
            .chain(
                self.people
                    .in_range(clause.start.min(trigger.start)..trigger.start)
                    .into_iter()
                    .map(|p| p.name),
            )
            .collect();
        let from = self.previous_sentence.as_ref().map_or(self.range.start, |p| p.start);
        let people = self.people.in_range(from..trigger.start);
        let mut sides: Vec<(usize, String)> = people.iter().map(|p| (p.start, p.name.clone())).collect();
        for (start, end, name, class) in self.entities(from..trigger.start) {
            let owns_a_name = people.iter().any(|p| {
                p.start >= end && self.text[end..p.start].split_whitespace().count() <= OWN_COUNTRY_WORDS
            });
            if class == EntityClass::Country && !owns_a_name {
                sides.push((start, name));
            }
        }
        sides.sort();
        let mut two: Vec<String> = Vec::new();
        for (_, side) in sides.into_iter().rev() {
            if !caller.contains(&side) && !two.contains(&side) {
                two.push(side);
            }
            if two.len() == 2 {
                break;
            }
        }
        (two.len() == 2).then(|| two.into_iter().rev().collect())
    }

    /// The people each "with" of a list names after a trigger: "met separately with President
    /// Mwape, candidate of the Patriotic Front, and with the candidate of the opposition, Mr
    /// Moses Hamweemba" (however long the apposition), "had spoken by phone on Tuesday night
    /// with Brazilian President Ricardo Valadares and with Barbados Prime Minister Desmond
    /// Clarke". `None` unless two or more.
    fn each_with(&self, after: Range<usize>) -> Option<Vec<String>> {
        const WITH_WORDS: usize = 12;
        let people = self.people.in_range(after.clone());
        let text = &self.text[after.clone()];
        let mut each: Vec<String> = Vec::new();
        let withs = text.match_indices(" with ").map(|(at, _)| at).enumerate();
        for (_, at) in withs.filter(|&(n, at)| n == 0 || self.and_before_with(&text[..at])) {
            let from = after.start + at;
            let first = people.iter().find(|p| {
                p.start > from && self.text[from..p.start].split_whitespace().count() <= WITH_WORDS
            });
            let person = first?;
            if self.text[from..person.start].contains([';', ':', '(']) {
                return None;
            }
            push_name(&mut each, &person.name);
        }
        (each.len() >= 2).then_some(each)
    }

    /// Whether `before` a "with" ends on "and", maybe with an adverb of `separately` after
    /// it ("and with", "and, separately, with", "and separately with").
    fn and_before_with(&self, before: &str) -> bool {
        let before = before.trim_end_matches(',');
        let before = match before.rsplit_once(' ') {
            Some((head, word)) if self.lexicon.separately.iter().any(|s| s == word) => {
                head.trim_end_matches(',')
            }
            _ => before,
        };
        before.ends_with(" and")
    }

    /// The names of a list, in order and once each, from `(start, name)` in the text: the
    /// list ends where a gap joins no more names, with "and" or a comma in a few words. (The
    /// gap runs from where the name before starts: its own words do not count.)
    fn listed<'n>(&self, names: impl Iterator<Item = (usize, &'n str)>, gap_words: usize) -> Vec<String> {
        let mut listed: Vec<String> = Vec::new();
        let mut last: Option<(usize, &str)> = None;
        for (start, name) in names {
            if let Some((last_start, last_name)) = last {
                let gap = &self.text[last_start..start];
                let joins = (contains_word(gap, "and") || gap.contains(','))
                    && !gap.contains([';', ':', '('])
                    && gap.split_whitespace().count() <= gap_words + last_name.split(' ').count();
                if !joins {
                    break;
                }
            }
            push_name(&mut listed, name);
            last = Some((start, name));
        }
        listed
    }

    /// The countries a phone call is with, one call each, when it is with the leaders of
    /// several and no one is named: "spoke by telephone with the leaders of the United States,
    /// South Korea and Australia", "spoke with the President of the United States and with the
    /// British Prime Minister". Not a video or conference call, which is one meeting of all.
    /// (`undated`: no two dates after the trigger, which part the calls by day instead.)
    fn countries_called(&self, trigger: Range<usize>, undated: bool) -> Option<Vec<String>> {
        let sentence = &self.text[self.range.clone()];
        let together = sentence.split_whitespace().any(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphabetic()).to_ascii_lowercase();
            self.lexicon.calls_together.contains(&bare)
        });
        let after = trigger.end..self.range.end;
        if together || !self.people.in_range(after.clone()).is_empty() {
            return None;
        }
        // The first is whom the call is with, a few words after "with" ("with the leaders
        // of", "with the British Prime Minister") or after a verb of calling ("telephoned the
        // King of Saudi Arabia and the President of Egypt"); the rest follow it closely.
        const WITH_WORDS: usize = 5;
        const GAP_WORDS: usize = 4;
        const AGAIN_WORDS: usize = 2;
        // ("the Ethiopian prime minister and then the Eritrean president": "then" is no
        // word of the gap.)
        let then = usize::from(self.text[after.clone()].contains(" and then "));
        let entities = self.entities(after.clone());
        // ("and with the Russian President, the White House said": who reports the calls is
        // none of those called.)
        let reports = |end: usize| {
            self.text[end..self.range.end]
                .split_whitespace()
                .next()
                .is_some_and(|w| self.lexicon.reporting_verbs.contains(&bare_lower(w)))
        };
        let mut countries =
            entities.iter().filter(|e| e.3 == EntityClass::Country && !reports(e.1)).peekable();
        let first = countries.peek()?;
        let lead = &self.text[trigger.start..first.0];
        let calling_verb =
            self.lexicon.calling_verbs.iter().any(|v| self.text[trigger.clone()].eq_ignore_ascii_case(v));
        let with = lead.split_whitespace().rev().take(WITH_WORDS + 1).any(|w| w == "with");
        if !(with || calling_verb && lead.split_whitespace().count() <= WITH_WORDS + 1) {
            return None;
        }
        // ("with the President of the United States and with the President of Mexico": a
        // "with" said again, and the office again, stand between, when no dates do.)
        let again = if undated && self.text[after.clone()].contains(" and with ") { AGAIN_WORDS } else { 0 };
        let countries = self.listed(countries.map(|e| (e.0, e.2.as_str())), GAP_WORDS + then + again);
        (countries.len() >= 2).then_some(countries)
    }

    /// The last `count` words of the sentence before `end`, lower-cased, in order: only
    /// they are copied, not the whole sentence up to there.
    fn words_before(&self, end: usize, count: usize) -> Vec<String> {
        let mut words: Vec<String> = self.text[self.range.start..end]
            .split_whitespace()
            .rev()
            .take(count)
            .map(str::to_ascii_lowercase)
            .collect();
        words.reverse();
        words
    }

    /// Whether a trigger is a verb, or holds one: "bombed", "bomb went off".
    fn names_a_verb(&self, trigger: Range<usize>) -> bool {
        self.text[trigger].split_whitespace().any(|w| {
            let w = w.to_ascii_lowercase();
            w.ends_with("ed") || self.lexicon.not_nouns.contains(&w)
        })
    }

    /// True for a noun with no determiner that points at one event: "a foreign invasion",
    /// "sabotage, armed raids". A verb, a definite, possessive, counted or named noun phrase
    /// ("the raids", "Iraq's invasion", "two bombings", "U.S. air raids") is false.
    fn generic_noun(&self, trigger: Range<usize>) -> bool {
        const MODIFIERS: usize = 2;
        let written = &self.text[trigger.clone()];
        // "armed invasions" is a noun phrase, "bomb went off" and "bombed" are verbs.
        let mut trigger_words = written.split_whitespace();
        if written.ends_with("ed")
            || trigger_words
                .any(|w| w.ends_with("ing") || self.lexicon.not_nouns.contains(&w.to_ascii_lowercase()))
        {
            return false;
        }
        // "an offensive by the security forces", "an attack on the port": its agent or
        // target makes it one event, named or not.
        let next = self.text[trigger.end..self.range.end].split_whitespace().next().unwrap_or("");
        if matches!(next, "by" | "against" | "on" | "of" | "in" | "at") {
            return false;
        }
        let before = &self.text[self.range.start..trigger.start];
        let mut words = before.split_whitespace().rev();
        for _ in 0..=MODIFIERS {
            let Some(word) = words.next() else { return written.ends_with('s') };
            if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
                return true;
            }
            if self.lexicon.numbers.iter().any(|n| n == word) {
                return false;
            }
            let modifier = word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !self.lexicon.not_nouns.contains(word);
            if !modifier {
                // A bare plural after a list's comma or a preposition: "blockades, armed raids".
                let boundary = word.ends_with(',') || self.lexicon.not_nouns.contains(word);
                let determiner = matches!(
                    word,
                    "the" | "these" | "those" | "this" | "that" | "its" | "their" | "his" | "her"
                );
                return written.ends_with('s') && boundary && !determiner;
            }
        }
        false
    }

    /// Whether the sentence names a company or its dealings (`business_words`, as written:
    /// "Corp.", "the airline", "a merger").
    /// Whether a summit at `trigger` is a mountain's or a market's, with no body, no one and
    /// no leaders in its sentence: a word of the land right before or after it, or in the
    /// first words of its "of" phrase ("the summit road", "the snowy summits of the
    /// Remarkables", "the summit of the Cordillera"), or a market's words in its sentence
    /// ("The Sensex ended just short of its February summit").
    fn summit_of_a_place_or_market(&self, trigger: Range<usize>) -> bool {
        const OF_WORDS: usize = 3;
        let sentence = &self.text[self.range.clone()];
        let leaders = self.lexicon.plural_sides.iter().any(|w| contains_word(sentence, w))
            || self.lexicon.gathering_subjects.iter().any(|w| contains_word(sentence, w));
        if leaders
            || !self.people.in_range(self.range.clone()).is_empty()
            || self.sentence_entities().iter().any(|e| e.3 == EntityClass::Organisation)
        {
            return false;
        }
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_ascii_lowercase();
        let land = |w: &str| self.lexicon.landscape_words.contains(&bare(w));
        let before = self.text[self.range.start..trigger.start].split_whitespace().next_back();
        let mut after = self.text[trigger.end..self.range.end].split_whitespace();
        let next = after.next();
        let of_phrase = next.is_some_and(|w| w == "of")
            && after.take(OF_WORDS).take_while(|w| !w.ends_with(',')).any(land);
        let market = || sentence.split_whitespace().any(|w| self.lexicon.market_words.contains(&bare(w)));
        before.is_some_and(land) || next.is_some_and(land) || of_phrase || market()
    }

    /// Whether a name ending at `end` is the first part of a compound that says where a group
    /// is from or who backs it ("Pakistan-based", "U.N.-backed").
    fn origin_named(&self, end: usize) -> bool {
        let rest = &self.text[end..];
        self.lexicon.origin_suffixes.iter().any(|s| {
            rest.get(..s.len()).is_some_and(|r| r.eq_ignore_ascii_case(s))
                && !rest[s.len()..].starts_with(char::is_alphanumeric)
        })
    }

    /// The armed group that fighters named without it in `range` stand for, with where they
    /// are named: the one armed group of the gazetteer the article names, when it names no
    /// other. Only fighters the reader knows ("the rebels") or a modifier of a noun ("rebel
    /// positions") refer to it; "militants firing rockets" may be anyone's.
    fn generic_armed_group(&self, range: Range<usize>) -> Option<(usize, String)> {
        let text = &self.text[range.clone()];
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        let words: Vec<&str> = text.split_whitespace().collect();
        let position = (0..words.len()).find(|&i| {
            let known = i > 0 && words[i - 1].eq_ignore_ascii_case("the");
            let modifier = words.get(i + 1).is_some_and(|next| {
                let next = bare(next);
                next.bytes().all(|b| b.is_ascii_lowercase())
                    && !next.ends_with("ing")
                    && !next.ends_with("ed")
                    && !self.lexicon.not_nouns.contains(&next)
            });
            self.lexicon.armed_group_nouns.contains(&bare(words[i])) && (known || modifier)
        })?;
        let at = range.start + (words[position].as_ptr() as usize - text.as_ptr() as usize);
        let mut group: Option<String> = None;
        for (_, _, entity, _) in self.entities(0..self.text.len()) {
            if !self.lexicon.is_armed_group(&entity) || group.as_ref() == Some(&entity) {
                continue;
            }
            if group.is_some() {
                return None;
            }
            group = Some(entity);
        }
        group.map(|g| (at, g))
    }

    /// Whether `range` names a state's arms as what was hit: a word of `state_arms` right
    /// before one of `state_arms_targets` ("an army post", "military convoys").
    fn hits_state_arms(&self, range: Range<usize>) -> bool {
        let mut words = self.text[range]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase());
        let Some(mut previous) = words.next() else { return false };
        for word in words {
            if self.lexicon.state_arms.contains(&previous) && self.lexicon.state_arms_targets.contains(&word)
            {
                return true;
            }
            previous = word;
        }
        false
    }

    /// Whether the sentence names a weapon as a thing (`weapon_things`: "a true hydrogen
    /// bomb", "the nuclear test"), which a strike's anaphor there stands for, not an attack.
    fn names_a_weapon_as_a_thing(&self) -> bool {
        let sentence = self.text[self.range.clone()].to_ascii_lowercase();
        self.lexicon.weapon_things.iter().any(|w| contains_word(&sentence, w))
    }

    /// The asides of the sentence that open with ", which" or ", who" and run to the next
    /// comma or the sentence's end, without the trigger in them.
    fn relative_asides(&self, trigger: Range<usize>) -> Vec<Range<usize>> {
        let sentence = &self.text[self.range.clone()];
        let mut asides = Vec::new();
        for opening in [", which ", ", who "] {
            for (at, _) in sentence.match_indices(opening) {
                let start = self.range.start + at + 1;
                let rest = &sentence[at + opening.len()..];
                let end = start + opening.len() - 1 + rest.find([',', ';']).unwrap_or(rest.len());
                if !(start..end).contains(&trigger.start) {
                    asides.push(start..end);
                }
            }
        }
        asides
    }

    /// Whether someone named at `start` is whom the sentence's subject dealt with: "with",
    /// a verb of meeting, receiving or calling among the `words` words before ("spoke with
    /// the U.S. President", "met the Swedish Prime Minister", "talks with Israeli Prime
    /// Minister Yehuda Bar-Natan").
    fn dealt_with(&self, start: usize, words: usize) -> bool {
        const DEALING: &[&str] = &["with", "received", "hosted", "called", "phoned", "telephoned"];
        self.text[self.range.start..start].split_whitespace().rev().take(words).any(|w| {
            DEALING.iter().any(|d| w.eq_ignore_ascii_case(d))
                || self.lexicon.meeting_verbs.iter().any(|v| w.eq_ignore_ascii_case(v))
        })
    }

    fn speaks_of_business(&self) -> bool {
        self.text[self.range.clone()].split_whitespace().any(|word| {
            let word = word
                .trim_start_matches(['(', '"', '`', '\''])
                .trim_end_matches([',', ';', ':', ')', '"', '\'']);
            self.lexicon.business_words.contains(word)
                || word.strip_suffix('.').is_some_and(|w| self.lexicon.business_words.contains(w))
        })
    }

    /// True for a definite noun phrase ("condemned the bombings", "in connection with the
    /// embassy bombings"): it names an event the reader already knows of, not the day's news,
    /// so the article's date says nothing about when it was. Verbs ("the leaders met") are
    /// news whatever precedes them.
    fn names_a_known_event(&self, trigger: Range<usize>) -> bool {
        // ("will travel to", "had a call with": an auxiliary opens a verb phrase too.)
        let verb = |word: &str| {
            let word = word.to_lowercase();
            word.ends_with("ed")
                || matches!(
                    word.as_str(),
                    "met"
                        | "meet"
                        | "meets"
                        | "spoke"
                        | "will"
                        | "would"
                        | "had"
                        | "has"
                        | "have"
                        | "is"
                        | "was"
                )
                || self.lexicon.irregular_verbs.contains(&word)
        };
        // A trigger that is a verb, or ends in one after its agent ("the Israeli Air Force
        // struck"), tells news, whatever comes before it.
        let mut words = self.text[trigger.clone()].split_whitespace();
        let first = words.next().unwrap_or("").to_lowercase();
        if verb(&first) || words.next_back().is_some_and(verb) {
            return false;
        }
        // "launched the attack on Muttur", "carried out the raid": what someone is told to
        // have done is news.
        if making_verb_before(self.text, trigger.start, self.lexicon).is_some() {
            return false;
        }
        // An anaphor carries its determiner: "the bombing".
        if matches!(first.as_str(), "the" | "these" | "those" | "that" | "this") {
            return true;
        }
        // Only the last few words, and "that" or "this" only right before the trigger:
        // "said Friday that U.S. air raids" is a conjunction, "that meeting" a reference.
        let start = self.text[..trigger.start].char_indices().rev().nth(60).map_or(0, |(i, _)| i);
        let before = self.text[start.max(self.range.start)..trigger.start].to_lowercase();
        // An indefinite article or a comma ends the noun phrase: "of the siege, an air raid".
        for (i, w) in before.split_whitespace().rev().take(3).enumerate() {
            if matches!(w, "the" | "these" | "those") || (i == 0 && matches!(w, "this" | "that")) {
                return true;
            }
            if matches!(w, "a" | "an") || w.ends_with(',') {
                return false;
            }
        }
        false
    }

    /// True when the trigger's noun phrase is the object of a verb of saying: "condemned
    /// the bombing", "deplored the terrorist bomb attacks".
    fn object_of_report(&self, trigger: Range<usize>) -> bool {
        const NOUN_PHRASE_WORDS: usize = 4;
        let before = self.text[self.range.start..trigger.start].to_lowercase();
        for word in before.split_whitespace().rev().take(NOUN_PHRASE_WORDS) {
            if self.lexicon.reporting_verbs.iter().any(|v| v == word) {
                return true;
            }
            let determiner = matches!(word, "the" | "a" | "an" | "these" | "those" | "this" | "that");
            let modifier = word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'.')
                && !self.lexicon.not_nouns.contains(word);
            if !(determiner || modifier) {
                return false;
            }
        }
        false
    }

    /// The two people "the two", "the two leaders", "both" or a sentence's plural subject
    /// ("The leaders agreed", `plural_sides`) stands for: the last two named before its clause ("host both leaders - Trump and Putin - ... and the two agreed").
    fn the_two(&self, before_trigger: Range<usize>) -> Option<Vec<String>> {
        let before_trigger_start = before_trigger.start;
        let words = self.text[before_trigger].to_ascii_lowercase();
        let words: Vec<&str> = words.split_whitespace().collect();
        // "The leaders agreed to meet", after a report of two: a sentence's plural subject.
        // ("The presidents of the U.S. and Russia" say whose they are.)
        let plural_subject = before_trigger_start == self.range.start
            && matches!(words.as_slice(), ["the", noun, rest @ ..]
                if self.lexicon.plural_sides.iter().any(|p| p == noun)
                    && !matches!(rest.first(), Some(&"of" | &"from")));
        // "They last spoke by telephone on Tuesday": "they" opening the sentence, right before
        // the trigger, are the two named last.
        const THEY_WORDS: usize = 4;
        let they = before_trigger_start == self.range.start
            && words.first() == Some(&"they")
            && words.len() <= THEY_WORDS;
        let refers = words.windows(2).any(|w| w == ["the", "two"])
            || words.first() == Some(&"both")
            || plural_subject
            || they;
        if !refers {
            return None;
        }
        let mut two: Vec<String> = Vec::new();
        let before = self.people.mentions_before(before_trigger_start);
        // "The two presidents last spoke in December, Sorokin recalled": the last two named
        // with that title, when there are two.
        // ("the two foreign ministers": a title of one word or two.)
        let after_two =
            words.iter().position(|w| *w == "two" || *w == "both").map_or(&[][..], |i| &words[i + 1..]);
        let title = (1..=2).filter(|&n| n <= after_two.len()).find_map(|n| {
            let plural = after_two[..n].join(" ");
            let singular = plural.trim_end_matches([',', '.', ';']).strip_suffix('s')?.to_owned();
            is_whole_phrase(&self.lexicon.titles, &singular).then_some(singular)
        });
        if let Some(title) = title.as_deref() {
            let titled = |name: &str| {
                self.people.introduced_as(name, title)
                    || before.iter().filter(|p| p.name == name).any(|p| {
                        const TITLE_BYTES: usize = 24;
                        let from = self.text.floor_char_boundary(p.start.saturating_sub(TITLE_BYTES));
                        self.text[from..p.start].to_ascii_lowercase().contains(title)
                    })
            };
            for person in before.iter().rev() {
                if !two.contains(&person.name) && titled(&person.name) {
                    two.push(person.name.clone());
                }
                if two.len() == 2 {
                    two.reverse();
                    return Some(two);
                }
            }
            two.clear();
        }
        // "The US President met the South Korean President ... The two men last spoke in
        // May": office-holders never named stand for their countries, in the order named.
        // ("the two Istanbul giants meet": only sides, "the two men", "the two leaders".)
        let of_sides = after_two.first().is_some_and(|w| {
            let w = w.trim_end_matches([',', '.', ';', ':']);
            matches!(w, "men" | "women") || self.lexicon.plural_sides.iter().any(|p| p == w)
        });
        let mut named: Vec<(usize, &str)> = before.iter().map(|p| (p.start, p.name.as_str())).collect();
        if of_sides || title.is_some() {
            named.extend(
                self.people
                    .country_role_mentions_in(0..before_trigger_start)
                    .map(|m| (m.start, m.name.as_str())),
            );
        }
        named.sort_by_key(|n| n.0);
        for (_, name) in named.into_iter().rev() {
            let speaks_for_one = |n: &String| self.people.country_of(n) == Some(name);
            if !two.iter().any(|n| n == name || speaks_for_one(n)) {
                two.push(name.to_owned());
            }
            if two.len() == 2 {
                two.reverse();
                return Some(two);
            }
        }
        None
    }

    /// True when `position` lies in a relative clause ("which", "who", "whose") about
    /// something other than the trigger's own noun phrase, or after one that opens after
    /// the trigger: a relative clause runs on past its commas ("a program to double trade,
    /// which fell to $14 billion last year, down $2.5 billion from 1996"). "his summit with
    /// Kim Jong Un, which was to be held on June 12" describes the summit.
    /// The "where" clause right after `clause`, past its comma: "flew to Washington, where he
    /// met the president".
    fn where_clause_after(&self, clause: Range<usize>) -> Option<Range<usize>> {
        let next = self
            .clauses
            .iter()
            .find(|c| c.start >= clause.end && !self.text[c.start..c.end].trim().eq(","))?;
        let gap = &self.text[clause.end..next.start];
        let opens = self.text[next.clone()].trim_start_matches([',', ' ']);
        (gap.trim().chars().all(|c| c == ',') && opens.starts_with("where ")).then(|| next.clone())
    }

    /// True for a short clause of a place preposition and a place alone: "In Kabul,", "At
    /// the summit in Nice,".
    fn opens_on_a_place(&self, clause: Range<usize>) -> bool {
        const PLACE_PHRASE_WORDS: usize = 5;
        let words: Vec<&str> = self.text[clause].split_whitespace().collect();
        words.len() <= PLACE_PHRASE_WORDS
            && words
                .first()
                .is_some_and(|w| self.lexicon.place_prepositions.contains(&w.to_ascii_lowercase()))
    }

    /// Whether a strike's trigger ending on "on" ("attack on", "strike on") has a market's
    /// stake a few words after it, in its clause, with nothing armies hit before: "pressed
    /// their attack on the currency", "a coming attack on Russian market share".
    fn aimed_at_a_market(&self, trigger: Range<usize>) -> bool {
        const TARGET_WORDS: usize = 4;
        if !self.text[trigger.clone()].to_ascii_lowercase().ends_with(" on") {
            return false;
        }
        let rest = &self.text[trigger.end..self.range.end];
        let clause_end = rest.find([',', ';', '.', '(']).unwrap_or(rest.len());
        for word in rest[..clause_end].split_whitespace().take(TARGET_WORDS).map(bare_lower) {
            if self.lexicon.market_targets.contains(&word) {
                return true;
            }
            if self.lexicon.target_nouns.contains(&word) {
                return false;
            }
        }
        false
    }

    /// True when `position` lies in a clause opened by "where": an aside about a place, whose
    /// people are no subject of the sentence. (A clause of "when" may open the sentence and
    /// name its subject: "When Mehra and Liu shook hands in Kazan, on the sidelines of".)
    fn in_a_where_clause(&self, position: usize) -> bool {
        let clause = self.clause_of(position);
        self.text[clause].split_whitespace().next().is_some_and(|w| bare_lower(w) == "where")
    }

    fn in_a_relative_clause(&self, trigger: &Range<usize>, position: usize) -> bool {
        const NOUN_PHRASE_WORDS: usize = 10;
        let relative = |clause: &Range<usize>| {
            let first = self.text[clause.clone()].split_whitespace().next().unwrap_or("");
            matches!(first.to_ascii_lowercase().as_str(), "which" | "who" | "whom" | "whose")
        };
        let about_the_trigger = |clause: &Range<usize>| {
            clause.start >= trigger.end && {
                let gap: Vec<&str> = self.text[trigger.end..clause.start].split_whitespace().collect();
                gap.len() <= NOUN_PHRASE_WORDS
                    && !gap
                        .iter()
                        .any(|w| past_or_auxiliary(&w.trim_end_matches([',', ';']).to_ascii_lowercase()))
            }
        };
        let clause = self.clause_of(position);
        (relative(&clause) && !about_the_trigger(&clause))
            || self.clauses.iter().any(|c| {
                c.start >= trigger.end && c.start <= position && relative(c) && !about_the_trigger(c)
            })
    }

    /// True when `position` lies in a "since" clause the trigger is not in: "the first leader
    /// to visit since the two countries signed a treaty in 1985", "his first visit since he
    /// took office in December". The clause tells where a period starts, not when the event
    /// took place. "Since" before a date ("their first talks since 2019 in Beijing in
    /// December") makes no clause: the dates after that one are the sentence's.
    fn in_a_since_clause(&self, trigger: &Range<usize>, position: usize, timexes: &[&Timex]) -> bool {
        const SINCE: &str = "since ";
        let clause = self.clause_of(position);
        !clause.contains(&trigger.start)
            && self.text[clause.clone()].get(..SINCE.len()).is_some_and(|w| w.eq_ignore_ascii_case(SINCE))
            && !timexes.iter().any(|t| t.start == clause.start + SINCE.len())
    }

    /// "On the sidelines of the G20 summit, Hu met Belov", "During the visit he met Kim": the
    /// event of another kind in the sentence that a frame's words put the sentence's events
    /// in, as its kind and trigger position.
    fn frame_of(&self, kind: EventKind, cues: &[&(Range<usize>, Cue)]) -> Option<(EventKind, usize, bool)> {
        const FRAME_WORDS: usize = 5;
        cues.iter().find_map(|(range, cue)| {
            let (Cue::Trigger(other) | Cue::Anaphor(other)) = cue else { return None };
            if *other == kind {
                return None;
            }
            let mut words = self.words_before(range.start, FRAME_WORDS);
            // "of the", "of that", "during its".
            if words.last().is_some_and(|w| self.lexicon.subjects.contains(w) || w == "that") {
                words.pop();
            }
            // "Before the summit, Okafor met Mensah", "hours before the summit opened, drones
            // struck": on the day it opened. Not "two days before the summit": an interval.
            let just_before = words.last().is_some_and(|w| w == "before")
                && words.len().checked_sub(2).is_none_or(|i| {
                    let w = words[i].as_str();
                    !self.lexicon.interval_units.iter().any(|u| u == w)
                        && !w.ends_with(|c: char| c.is_ascii_digit())
                });
            if just_before {
                return Some((*other, range.start, true));
            }
            let words = words.join(" ");
            self.lexicon.frames.iter().any(|f| dates::ends_with_word(&words, f)).then_some((
                *other,
                range.start,
                false,
            ))
        })
    }

    /// Whether a trigger's noun phrase ("the APEC summit", "the G20 summit") follows words
    /// that set a meeting at it: "on the sidelines of".
    fn on_its_sidelines(&self, start: usize) -> bool {
        // ("the Shanghai Cooperation Organisation summit": a name of three words, or four.)
        const NAME_WORDS: usize = 4;
        let before = self.text[self.range.start..start].trim_end();
        let mut words = before.rsplit(' ');
        let mut end = before.len();
        // Past a name of a few words ("G20", "BRICS") and the determiner.
        for _ in 0..=NAME_WORDS {
            match words.next() {
                Some(w) if self.lexicon.subjects.iter().any(|s| w.eq_ignore_ascii_case(s)) => {
                    end = end.saturating_sub(w.len() + 1);
                    break;
                }
                Some(w) if w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) => {
                    end = end.saturating_sub(w.len() + 1);
                }
                _ => break,
            }
        }
        let before = before.get(..end).unwrap_or_default();
        self.lexicon.sidelines.iter().any(|f| dates::ends_with_word(before, f))
    }

    /// "the talks on a code of conduct between China and ASEAN, which resumed in Bali in
    /// February": the clauses after a noun trigger's phrase (a few words, no verb, no comma)
    /// that tell when the event took place, with those that follow at once ("talks between
    /// them, hosted by Lavrov, which began on Friday"). Not after a verb: in "met the head of
    /// the bank, which was founded in 1990" the clause is the bank's.
    fn telling_when_after(&self, trigger: &Range<usize>) -> Option<Range<usize>> {
        const NOUN_PHRASE_WORDS: usize = 15;
        let lexicon = self.lexicon;
        let tells = |c: &Range<usize>| {
            let opening = self.text[c.clone()].trim_start_matches([',', ' ']);
            // "the Arab summit, now set for 25 March": an adverb of the present plan first.
            let opening = ["now ", "tentatively ", "provisionally ", "currently "]
                .iter()
                .find_map(|a| opening.strip_prefix(a))
                .unwrap_or(opening);
            lexicon.telling_when.iter().any(|t| {
                opening.get(..t.len()).is_some_and(|o| o.eq_ignore_ascii_case(t))
                    && opening[t.len()..].starts_with(' ')
            })
        };
        let mut after =
            self.clauses.iter().filter(|c| c.start >= trigger.end && self.text[(*c).clone()].trim() != ",");
        let first = after.next()?;
        let opening_at = self.text[first.clone()].find(|c: char| c != ',' && c != ' ')? + first.start;
        let gap = self.text[trigger.end..opening_at].trim_end();
        let phrase = gap.strip_suffix(',')?;
        if !tells(first)
            || phrase.contains([',', ';', ':', '(', '"'])
            || a_verb_trigger(&self.text[trigger.clone()], lexicon)
        {
            return None;
        }
        let mut words = 0;
        let mut previous = "";
        for word in phrase.split_whitespace() {
            let verb = past_or_auxiliary(word)
                && !lexicon.not_nouns.iter().any(|n| previous.eq_ignore_ascii_case(n));
            if verb {
                return None;
            }
            words += 1;
            previous = word;
        }
        if words > NOUN_PHRASE_WORDS {
            return None;
        }
        let mut end = first.end;
        for next in after {
            if !(self.text[end..next.start].trim_matches([',', ' ']).is_empty() && tells(next)) {
                break;
            }
            end = next.end;
        }
        Some(first.start..end)
    }

    /// The clause that starts right after `position` with "which" or "that", if any.
    fn relative_clause_after(&self, position: usize) -> Option<Range<usize>> {
        let rest = &self.text[position..self.range.end];
        let mut skipped = rest.len() - rest.trim_start().len();
        let mut rest = rest.trim_start();
        // "the summit in Brussels, which met on Thursday": past the place it met in.
        // (The place's last word holds the comma.)
        if let Some(after_place) = Self::place_after(rest)
            .filter(|r| r.starts_with(',') || rest[..rest.len() - r.len()].ends_with(','))
            .map(|r| r.trim_start_matches(',').trim_start())
            .filter(|r| r.starts_with("which "))
        {
            skipped += rest.len() - after_place.len();
            rest = after_place;
        }
        // "the peace talks, which resumed last month": a non-restrictive clause after a comma
        // describes the trigger too.
        let (rest, skipped) = match rest.strip_prefix(", ").filter(|r| r.starts_with("which ")) {
            Some(after_comma) => (after_comma, skipped + 2),
            None => (rest, skipped),
        };
        if !(rest.starts_with("which ") || rest.starts_with("that ")) {
            return None;
        }
        let start = position + skipped;
        Some(start..self.clause_of(start).end)
    }

    fn status(&self, trigger: Range<usize>, clause: Range<usize>, timexes: &[&Timex]) -> EventStatus {
        let cues = &self.lexicon.status;
        // "agreed on Monday to meet", "will on Tuesday visit": the cue reads through a date.
        let before = self.without_dates(clause.start..trigger.start, timexes);
        // "told Aksoy in a phone call on Tuesday that Russia would not back down": the modal
        // of what was said is not the call's.
        let after_end = self.said_that(trigger.end, clause.end).unwrap_or(clause.end);
        // ("holds midterm elections in May": a month is no modal.)
        let mut after = self.without_dates(trigger.end..after_end, timexes);
        // "The NATO summit, she said, would produce": the predicate after an aside of saying.
        if let Some(predicate) = self.predicate_after_aside(clause.clone()) {
            after = format!("{after} {}", self.text[predicate].to_lowercase());
        }
        // "met Brun in Lima on Sunday and will travel to Quito", "won the first round on Sunday
        // and will face": after a verb in the past, a verb joined by "and" is another act, and
        // its modal is not the event's.
        if self.told_in_the_past(&before, &self.text[trigger.clone()])
            && let Some(and) = format!(" {after}").find(" and ")
        {
            after.truncate(and.saturating_sub(1));
        }
        let whole = format!("{before} {after}");
        let last_words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
        if cues.cancelled.in_text(&whole) || self.subject_called_off_after_an_aside(trigger.clone(), &before)
        {
            return EventStatus::Cancelled;
        }
        // ("would "not hold talks": a quote may open the negated words.)
        if last_words.iter().any(|w| {
            let w = w.trim_start_matches(['"', '“', '‘', '\'']);
            cues.negation.iter().any(|n| w == n || w.ends_with(n.as_str()) && n == "n't")
        }) {
            return EventStatus::Unreal;
        }
        if last_words.iter().any(|w| cues.unreal_object.iter().any(|c| c == w)) {
            return EventStatus::Unreal;
        }
        if let Some(cue) = cues.unreal.last_in(&before)
            && !done_at(&last_words, &cues.scene)
            && !scene_of_a_past_act(&before[..cue.end], &before[cue.end..], &cues.scene)
        {
            return EventStatus::Unreal;
        }
        // "Talks on the maritime border could begin": a trigger that opens its clause (at most
        // an article or an adjective before it) has its modal after the words qualifying it.
        const MODAL_WORDS: usize = 3;
        const SUBJECT_MODAL_WORDS: usize = 8;
        const SUBJECT_WORDS_BEFORE: usize = 2;
        let modal_words = if before.split_whitespace().count() <= SUBJECT_WORDS_BEFORE {
            SUBJECT_MODAL_WORDS
        } else {
            MODAL_WORDS
        };
        if after.split_whitespace().take(modal_words).any(|w| cues.unreal_after.iter().any(|c| c == w))
            || self.asks_whether() && !self.definite(trigger.start)
            || self.on_a_condition(trigger.start)
            || self.would_on_a_condition_after(trigger.end, &last_words)
        {
            return EventStatus::Unreal;
        }
        // The modal follows its subject: "talks ... will resume", "a summit to be held".
        // ("an arrangement agreed to in talks with Kuwait": a past participle's "to" is no
        // plan's; a cue before it still may be.)
        let planned_before = match cues.planned.last_in(&before) {
            Some(cue)
                if before[..cue.end].ends_with("ed to")
                    && scene_right_after(&before[cue.end..], &cues.scene) =>
            {
                cues.planned.in_text(&before[..cue.start])
            }
            cue => cue.is_some(),
        };
        if planned_before || cues.planned_after.in_text(&after) {
            return EventStatus::Planned;
        }
        if cues.ongoing.in_text(&after) {
            return EventStatus::Ongoing;
        }
        EventStatus::Happened
    }

    /// Whether "would" is right before a trigger whose condition follows it in the sentence:
    /// "would visit New Delhi \"if the atmosphere holds\"", "would meet unless the truce
    /// fails" are no plan. Not "even if", nor "to see if" (whether).
    fn would_on_a_condition_after(&self, trigger_end: usize, last_words: &[&str]) -> bool {
        const MODAL_WORDS: usize = 3;
        const CONDITION_WORDS: usize = 10;
        if !last_words.iter().take(MODAL_WORDS).any(|w| *w == "would") {
            return false;
        }
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        let words: Vec<String> = self.text[trigger_end..self.range.end]
            .split_whitespace()
            .take(CONDITION_WORDS)
            .map(bare)
            .collect();
        words.iter().enumerate().any(|(i, w)| {
            matches!(w.as_str(), "if" | "unless")
                && !i.checked_sub(1).is_some_and(|b| {
                    matches!(words[b].as_str(), "even" | "as" | "see" | "ask" | "asked" | "know" | "check")
                })
        })
    }

    /// Whether a trigger that is its sentence's subject (`before` it in its clause at most two
    /// words) is said to be called off further on, past an aside the clauses cut off: "The
    /// election, scheduled for May 10, was cancelled", "The vote had originally been
    /// scheduled for May 10 but was called off". The verb of calling off follows a form of
    /// "be", and at most one word between ("was later postponed"), and no relative clause
    /// before it.
    fn subject_called_off_after_an_aside(&self, trigger: Range<usize>, before: &str) -> bool {
        const SUBJECT_WORDS: usize = 2;
        const REACH: usize = 160;
        if before.split_whitespace().count() > SUBJECT_WORDS {
            return false;
        }
        let end = self.text.floor_char_boundary(self.range.end.min(trigger.end + REACH));
        let rest = self.text[trigger.end..end].to_ascii_lowercase();
        let words: Vec<&str> =
            rest.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect();
        // ("The summit, which had been postponed twice, was held": not a relative clause's.)
        let relative = words.iter().position(|w| matches!(*w, "which" | "that" | "who"));
        words.iter().enumerate().any(|(i, w)| {
            matches!(*w, "was" | "were" | "been")
                && relative.is_none_or(|r| r > i)
                && (1..=2).any(|skip| {
                    let verb = words.get(i + skip..(i + skip + 2).min(words.len())).unwrap_or(&[]).join(" ");
                    self.lexicon.status.cancelled.in_text(&verb)
                        && (skip == 1 || words.get(i + 1).is_some_and(|a| a.ends_with("ly") || *a == "then"))
                })
        })
    }

    /// Whether the event's own verb is in the past: the trigger, or a word before it in its
    /// clause, is a past form (`past_forms`) or a form in "-ed" that is no word of plans
    /// ("met", "won", "visited"; not "scheduled").
    fn told_in_the_past(&self, before: &str, trigger: &str) -> bool {
        before
            .split_whitespace()
            .chain(trigger.split_whitespace().next())
            .any(|w| self.a_past_form(&bare_lower(w)))
    }

    /// Whether the sentence is a yes-or-no question: it ends with a question mark and opens
    /// (past a label such as "Q:" and quotation marks) with a word of `question_openers`. It
    /// asks whether an event will be, unless the event is taken as known, named with a definite
    /// article or a possessive ("Will you attend the summit in June?").
    fn asks_whether(&self) -> bool {
        let sentence = self.text[self.range.clone()].trim_end();
        if !sentence.trim_end_matches(['"', '”', '’', '\'']).ends_with('?') {
            return false;
        }
        sentence
            .split_whitespace()
            .find(|w| !w.ends_with(':'))
            .map(|w| w.trim_start_matches(['"', '“', '‘', '\'']).to_ascii_lowercase())
            .is_some_and(|w| self.lexicon.status.question_openers.contains(&w))
    }

    /// Whether the sentence opens (past a speaker's label and quotation marks) with a
    /// condition ("If I am president, ...") that a comma closes before `position`.
    fn on_a_condition(&self, position: usize) -> bool {
        let sentence = &self.text[self.range.start..position];
        let mut words = sentence.split_whitespace().skip_while(|w| w.ends_with(':'));
        let opens = words.next().is_some_and(|w| {
            let w = w.trim_start_matches(['"', '“', '‘', '\'']).to_ascii_lowercase();
            self.lexicon.status.condition_openers.contains(&w)
        });
        opens && sentence.contains(", ")
    }

    /// Whether the word right before `position` is a definite determiner or a possessive:
    /// "the summit", "their talks", "Putin's visit".
    fn definite(&self, position: usize) -> bool {
        const DEFINITE: [&str; 9] = ["the", "this", "that", "these", "those", "his", "her", "their", "its"];
        // (An anaphor's own words open with it: "the summit".)
        let own = self.text[position..].split_whitespace().next();
        let before = self.text[self.range.start..position].split_whitespace().next_back();
        before.is_some_and(is_possessive)
            || own.into_iter().chain(before).any(|w| DEFINITE.iter().any(|d| w.eq_ignore_ascii_case(d)))
    }

    /// The words of `range`, lower-case, with the dates in it and the preposition before
    /// each left out: "agreed on Monday to" reads "agreed to".
    fn without_dates(&self, range: Range<usize>, timexes: &[&Timex]) -> String {
        let mut out = String::with_capacity(range.len());
        let mut from = range.start;
        for t in timexes.iter().filter(|t| t.start >= range.start && t.end <= range.end) {
            if t.start < from {
                continue;
            }
            let before = self.text[from..t.start].trim_end();
            let word_start = before.rfind(' ').map_or(0, |i| i + 1);
            let kept = if self.lexicon.date_prepositions.contains(&before[word_start..].to_ascii_lowercase())
            {
                &before[..word_start]
            } else {
                before
            };
            out.push_str(&kept.to_lowercase());
            out.push(' ');
            from = t.end;
        }
        out.push_str(&self.text[from..range.end].to_lowercase());
        // (Cues are matched as whole words: only the spaces a date left need closing up.)
        if from > range.start {
            out = out.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        out
    }

    /// Where a clause of what was said opens between `from` and `to`: "that" followed by its
    /// own subject, a capitalised word or one of `subjects` ("that Russia would", "that
    /// the talks would"), not a relative clause's verb ("talks that will resume").
    fn said_that(&self, from: usize, to: usize) -> Option<usize> {
        let slice = &self.text[from..to];
        slice.match_indices(" that ").map(|(i, m)| i + m.len()).find_map(|next| {
            let word = slice[next..].split_whitespace().next()?;
            let subject = word.starts_with(|c: char| c.is_uppercase())
                || self.lexicon.subjects.contains(&word.to_ascii_lowercase());
            subject.then_some(from + next)
        })
    }

    /// Where what was said opens between `from` and `to` when no "that" leads it in: right
    /// after a verb of saying, at its own subject ("said the Kuwaiti emir had spoken", "says
    /// Putin phoned"). Not after "told", whose object comes first.
    fn said_outright(&self, from: usize, to: usize) -> Option<usize> {
        let slice = &self.text[from..to];
        let mut words =
            slice.split_whitespace().map(|w| (w.as_ptr() as usize - self.text.as_ptr() as usize, w));
        let mut previous: Option<&str> = None;
        for (at, word) in words.by_ref() {
            if let Some(verb) = previous
                && verb != "told"
                && self.lexicon.reporting_verbs.iter().any(|v| v == verb)
                && (word.starts_with(|c: char| c.is_uppercase())
                    || self.lexicon.subjects.contains(&word.to_ascii_lowercase()))
            {
                return Some(at);
            }
            previous = Some(word);
        }
        None
    }

    /// The predicate after the relative clause `relative` of a trigger that opens its
    /// sentence: "opened on Wednesday" in "The summit, which runs until Friday, opened on
    /// Wednesday". A clause that begins in lower case right after it.
    fn predicate_after_relative(
        &self,
        trigger: Range<usize>,
        relative: &Range<usize>,
    ) -> Option<Range<usize>> {
        const SUBJECT_WORDS: usize = 3;
        if self.text[self.range.start..trigger.start].split_whitespace().nth(SUBJECT_WORDS).is_some() {
            return None;
        }
        let next = self.clauses.iter().find(|c| c.start >= relative.end)?;
        let opening = self.text[next.clone()].trim_start_matches([',', ' ']);
        opening.starts_with(|c: char| c.is_ascii_lowercase()).then(|| next.clone())
    }

    /// Who "I" at `position` is. In a quote, whoever the sentence says said it, after the
    /// quote ("\"I met him,\" Lopes said", "... said President Ana Lopes"); outside quotes, in
    /// an interview's answers or a statement's text, the first person the article names
    /// (who gives the interview or the statement).
    fn first_person(&self, position: usize) -> Option<String> {
        const SAYING_WORDS: usize = 2;
        // "WHITCOMBE: ... when I met President Liang Wei": in a transcript, whoever labels
        // the paragraph.
        if let Some(speaker) = self.speaker_label(position) {
            return Some(speaker);
        }
        let sentence = &self.text[self.range.clone()];
        if sentence.contains(['"', '“', '”']) || sentence.contains("``") {
            return self.people.in_range(position..self.range.end).into_iter().find_map(|p| {
                let before = &self.text[self.range.start..p.start];
                // Past the name, which may be written shorter than it is known ("Lopes").
                let after = self.text[p.start..self.range.end].split_whitespace().skip(1);
                let saying = |w: &str| {
                    let bare = w.trim_matches(|c: char| !c.is_alphabetic()).to_ascii_lowercase();
                    self.lexicon.reporting_verbs.contains(&bare)
                };
                (before.split_whitespace().rev().take(SAYING_WORDS).any(saying)
                    || after.take(SAYING_WORDS + 1).any(saying))
                .then_some(p.name)
            });
        }
        self.people.mentions_before(position).first().map(|p| p.name.clone())
    }

    /// The person a transcript's label in capitals names, at the head of the paragraph of
    /// `position` ("WHITCOMBE:", "PRESIDENT WHITCOMBE:", "KENT (moderator):"): the person
    /// the article names with that surname. ("SUBJECT:" or "CLAIM:" names no one.)
    fn speaker_label(&self, position: usize) -> Option<String> {
        const LABEL_BYTES: usize = 40;
        let line_start = line_start_near(self.text, position)?;
        let line = &self.text[line_start..position];
        let colon = line.get(..LABEL_BYTES.min(line.len())).unwrap_or(line).find(':')?;
        let label = line[..colon].split('(').next().unwrap_or("").trim();
        let shouted = label.chars().any(char::is_alphabetic)
            && label.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '.'));
        if !shouted {
            return None;
        }
        let last = label.rsplit(' ').next()?;
        let written = people::as_names_are_written(last.to_owned());
        self.people.known_by_surname(&written).map(str::to_owned)
    }

    /// The clause after a short aside of saying that follows `clause`: "would produce an
    /// initiative" in "The NATO summit, she said, would produce an initiative".
    fn predicate_after_aside(&self, clause: Range<usize>) -> Option<Range<usize>> {
        const ASIDE_WORDS: usize = 4;
        let mut next = self.clauses.iter().filter(|c| c.start >= clause.end);
        let aside = next.next()?;
        let words: Vec<String> = self.text[aside.clone()]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        let says = words.iter().any(|w| self.lexicon.reporting_verbs.contains(w));
        // "After a meeting with Hussein, Bush said, ``I did not ...'' that Iraq would": a
        // quote or a new subject after the aside is no predicate of the clause before it.
        let predicate = next.next().cloned().filter(|p| {
            self.text[p.clone()].trim_start_matches([',', ' ']).starts_with(|c: char| c.is_ascii_lowercase())
        });
        (says && words.len() <= ASIDE_WORDS).then_some(predicate).flatten()
    }

    /// People, countries and organisations taking part, and where it happened.
    ///
    /// Calls and meetings are between people: the clause's people, then the nearest others
    /// in the sentence, and countries only when no two people are named. A visit is made by
    /// its visitor; the country visited is its place. A strike is between its attacker and
    /// its target, named next to the trigger ("U.S. missile strike", "bombings of U.S.
    /// embassies", "Israel bombed"); only when none is, the countries and organisations of
    /// its clause. Other kinds take the people of their own clause and the countries and
    /// organisations of the clause, or of the sentence if the clause names none.
    fn participants(
        &self,
        kind: EventKind,
        trigger: Range<usize>,
        clause: Range<usize>,
        others_people: &[Range<usize>],
    ) -> (Vec<String>, Option<String>, Vec<String>) {
        // "telephoned his British counterpart to repeat a claim that Ukraine was preparing a
        // bomb": whom what was said names takes no part in the call or meeting.
        let said = matches!(kind, EventKind::Call | EventKind::Meeting)
            .then(|| self.said_that(trigger.end, self.range.end))
            .flatten()
            .unwrap_or(self.range.end);
        let clause = clause.start..clause.end.min(said);
        let mut names: Vec<String> = Vec::new();
        let push = push_name;
        let mut sentence_people = self.people.in_range(self.range.clone());
        if matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Talks) {
            sentence_people.retain(|p| !others_people.iter().any(|r| r.contains(&p.start)));
        }
        // "Chancellor Brun, who met President Alston last Monday, will travel to Kyiv": who a
        // relative clause about another names makes no visit.
        if kind == EventKind::Visit {
            sentence_people.retain(|p| {
                self.clause_of(p.start).contains(&trigger.start)
                    || !self.in_a_relative_clause(&trigger, p.start)
            });
        }
        // "a meeting between Reno and Lazaro Gonzalez's family": whose family it is does not
        // take part.
        sentence_people.retain(|p| !self.possessor_of_people(p.start));
        // ("Ilunga and Gatera will meet in Luanda for talks": talks told by a verb of meeting
        // are between the people who meet.)
        let met_for_talks = kind == EventKind::Talks
            && PLAIN_MEETING_VERBS.iter().any(|v| self.text[trigger.clone()].eq_ignore_ascii_case(v));
        let between_people = matches!(kind, EventKind::Call | EventKind::Meeting) || met_for_talks;
        // "Uganda's ambassador told the council that President Okello had met": who reports
        // a meeting or call is no side of it.
        let reported = if between_people {
            self.said_that(clause.start, trigger.start)
                .filter(|&that| {
                    let before = self.text[clause.start..that].split_whitespace().rev().skip(1);
                    before.take(REPORT_WORDS).any(|w| self.lexicon.reporting_verbs.iter().any(|v| v == w))
                })
                .or_else(|| self.said_outright(clause.start, trigger.start))
        } else {
            None
        };
        let reported_from = reported.unwrap_or(clause.start);
        // "Castro announced that the boy's father was ready to travel": who speaks of a visit
        // does not make it.
        // "a delegation was en route to Tehran to deliver Saddam's message": a visit is made by
        // who comes before it (or after "of" and "by", below), not by whom its purpose names.
        for p in sentence_people.iter().filter(|p| (reported_from..clause.end).contains(&p.start)) {
            let visitor = p.start < trigger.start && !self.speaks_of(p.start, trigger.start);
            if kind != EventKind::Visit || visitor {
                push(&mut names, &p.name);
            }
        }
        // "Madeleine Albright, Berger and William Cohen announced plans to travel": names
        // listed before the clause, each cut off by a comma, are its subject too.
        if matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Visit)
            && self.text[clause.clone()]
                .trim_start_matches([',', ' '])
                .starts_with(|c: char| c.is_uppercase())
        {
            const LIST_ITEM_WORDS: usize = 6;
            let mut listed = Vec::new();
            for earlier in self.clauses.iter().rev().filter(|c| c.end <= clause.start) {
                let people = self.people.in_range(earlier.clone());
                let words = self.text[earlier.clone()].split_whitespace().count();
                if people.is_empty() || words > LIST_ITEM_WORDS {
                    break;
                }
                listed.extend(people.into_iter().map(|p| p.name));
            }
            for name in listed.iter().rev() {
                push(&mut names, name);
            }
        }
        // "Morisawa, 57, met", "Argentina's president, Rodolfo Bazan, phoned Lemos": a
        // predicate after an aside has the sentence's opening words for its subject.
        // Not when the trigger is in what the clause reports: "Kuwait's foreign minister,
        // Ahmad al-Mutairi, who said the emir had spoken by phone".
        if matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Visit)
            && reported.is_none()
            && self.text[clause.clone()]
                .trim_start_matches([',', ' '])
                .starts_with(|c: char| c.is_ascii_lowercase())
        {
            const ASIDES: usize = 3;
            const ASIDE_WORDS: usize = 6;
            // "The French president, Bernard Lamarque, whose country holds the European
            // Union's presidency, flew to Moscow", "Themba Mokoena, freed from prison this
            // month after 27 years, flew to Lusaka": a relative or a participle's aside after
            // the subject may be longer; whom it names is not the subject.
            const LONG_ASIDE_WORDS: usize = 14;
            // (A date's clause may leave a bare comma behind: no aside.)
            let earlier: Vec<&Range<usize>> = self
                .clauses
                .iter()
                .filter(|c| c.end <= clause.start && self.text[(*c).clone()].contains(char::is_alphanumeric))
                .collect();
            let long_aside = |c: &Range<usize>| {
                let words: Vec<&str> = self.text[c.clone()].split_whitespace().collect();
                let first = words.first().map(|w| bare_lower(w)).unwrap_or_default();
                words.len() <= LONG_ASIDE_WORDS
                    && (matches!(first.as_str(), "who" | "whose")
                        || (first.len() > 4 && first.ends_with("ed")))
            };
            let short = |c: &Range<usize>| self.text[c.clone()].split_whitespace().count() <= ASIDE_WORDS;
            // ("Iyer, who was a note-taker when Mathur became the first to visit China": a
            // clause of its own subject after a relative one is no predicate of the opening.)
            let opening_word = self.text[clause.clone()].split_whitespace().next().map(bare_lower);
            let subordinate = opening_word.is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "who" | "whose" | "which" | "when" | "where" | "while" | "as" | "after" | "before"
                )
            });
            // "Pakistan's deputy prime minister and foreign minister, Irfan Qureshi, visited
            // Beijing and met": a longer opening is the subject when it is a noun phrase alone,
            // with no verb of its own ("Castro said that the boy's father", "Marchetti visited
            // Moscow on Monday").
            const SUBJECT_WORDS: usize = 10;
            let noun_phrase = |c: &Range<usize>| {
                // (Capitalised words are names: "the Organization of American States".)
                let words: Vec<&str> = self.text[c.clone()].split_whitespace().collect();
                words.len() <= SUBJECT_WORDS
                    && words.iter().filter(|w| !w.starts_with(char::is_uppercase)).map(|w| bare_lower(w)).all(
                        |w| {
                            !w.ends_with("ed")
                                && !self.lexicon.reporting_verbs.contains(&w)
                                && !matches!(
                                    w.as_str(),
                                    "that"
                                        | "who"
                                        | "which"
                                        | "was"
                                        | "is"
                                        | "were"
                                        | "are"
                                        | "has"
                                        | "have"
                                        | "had"
                                        | "will"
                                        | "would"
                                        | "when"
                                )
                        },
                    )
            };
            if !earlier.is_empty()
                && earlier.len() <= ASIDES
                && (short(earlier[0]) || noun_phrase(earlier[0]))
                && earlier[1..].iter().all(|c| short(c) || (long_aside(c) && !subordinate))
            {
                for p in sentence_people.iter().filter(|p| {
                    p.start < clause.start && !earlier.iter().any(|c| c.contains(&p.start) && long_aside(c))
                }) {
                    push(&mut names, &p.name);
                }
                // "On Monday the Nigerian President, who chairs ECOWAS, spoke by phone with":
                // an office-holder never named, in the opening, takes part for the country.
                // ("In Kabul, the US Secretary of Defense, who flew in yesterday, met": or
                // in the clause after an opening place.)
                let subject =
                    if self.opens_on_a_place(earlier[0].clone()) { earlier.get(1).copied() } else { None };
                if between_people && (earlier.len() > 1 || subordinate) {
                    for country in self.people.country_roles_in(subject.unwrap_or(earlier[0]).clone()) {
                        if !names.iter().any(|n| self.people.country_of(n) == Some(country)) {
                            push(&mut names, country);
                        }
                    }
                }
            }
        }
        // "the slated visit of Commerce Secretary William Daley": the visitor is named.
        if kind == EventKind::Visit
            && let Some(visitor) =
                sentence_people.iter().find(|p| self.introduced_by_of(trigger.end, p.start))
        {
            names = vec![visitor.name.clone()];
        }
        // "Mr. Blair's current visit to Washington": the possessor is the visitor.
        if kind == EventKind::Visit
            && let Some(owner) = self.possessive_owner(trigger.start)
            && let Some(visitor) = sentence_people.iter().rev().find(|p| p.start < owner)
            && self.text[visitor.start..owner].split_whitespace().count() <= PERSON_WORDS
        {
            names = vec![visitor.name.clone()];
        }
        // "Albright has invited Geremek to visit": the invited visit, not who invites.
        if kind == EventKind::Visit
            && let Some(invitation) = self.invitation_before(trigger.start)
        {
            let invited: Vec<String> = sentence_people
                .iter()
                .filter(|p| p.start > invitation && p.start < trigger.start)
                .map(|p| p.name.clone())
                .collect();
            if !invited.is_empty() {
                names = invited;
            }
        }
        let wanted = if between_people { 2 } else { 1 };
        // "After touring the capital, the FBI chief said": an opening participle's subject is
        // the main clause's.
        if matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Visit)
            && names.len() < wanted
            && let Some(subject) = self.participle_subject(clause.clone())
        {
            push(&mut names, &subject);
        }
        // "She looked forward to visiting Kenya": the pronoun stands for the last person named.
        // ("said he had spoken by phone with Valadares and with Clarke": a pronoun right
        // before a call's or meeting's verb is its subject, however many it was with.)
        const PRONOUN_SUBJECT_WORDS: usize = 3;
        let right_before = |pronoun: usize| {
            matches!(kind, EventKind::Call | EventKind::Meeting)
                && self.text[pronoun..trigger.start].split_whitespace().count() <= PRONOUN_SUBJECT_WORDS
                && self.people.in_range(pronoun..trigger.start).is_empty()
        };
        if matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Visit)
            && let Some(pronoun) = self.subject_pronoun(clause.start..trigger.start)
            && (names.len() < wanted || right_before(pronoun))
            && let Some(person) = self.antecedent(pronoun, &names)
        {
            push(&mut names, &person);
        }
        // "Yeltsin welcomed Kuchma, who arrived on Friday": a relative clause's visitor is
        // the person it follows, not the main clause's subject too.
        if kind == EventKind::Visit
            && names.is_empty()
            && let Some(antecedent) = self.relative_antecedent(clause.clone(), &sentence_people)
        {
            push(&mut names, &antecedent);
        }
        // "Arafat arrived in Gaza": a visitor named without a title right before the trigger.
        if kind == EventKind::Visit
            && names.is_empty()
            && let (Some(name), _, _) = self.untitled_names(trigger.clone())
        {
            push(&mut names, &name);
        }
        // "Blair hosted Chirac in London": the guest is the visitor, named first, then the host.
        if kind == EventKind::Visit && self.lexicon.is_hosting(&self.text[trigger.clone()]) {
            let guest = sentence_people
                .iter()
                .find(|p| p.start >= trigger.end && self.names_next(&self.text[trigger.end..p.start]))
                .map(|p| p.name.clone())
                .or_else(|| self.untitled_object(trigger.clone()));
            if let Some(guest) = guest {
                names.retain(|n| *n != guest);
                names.insert(0, guest);
            }
        }
        // "Scharping, ending a two-day visit, said": the visitor is the subject the
        // participle's clause leans on; "Mayor Penelas and Mayor Carollo, accompanied by a
        // lawyer, flew to Washington": every person of that subject.
        // ("Ashworth was in Sana'a, where he met al-Hamzi, and travelled to Aden": whom a
        // clause of "where" names is no subject of what follows it.)
        if kind == EventKind::Visit
            && names.is_empty()
            && let Some(person) = sentence_people
                .iter()
                .rev()
                .find(|p| p.start < clause.start && !self.in_a_where_clause(p.start))
            && !self.speaks_of(person.start, trigger.start)
        {
            let subject = self.clause_of(person.start);
            for p in sentence_people.iter().filter(|p| subject.contains(&p.start) && p.start <= person.start)
            {
                push(&mut names, &p.name);
            }
        }
        // "Castro welcomed the Pope when he arrived", "Mubarak received Albright during her
        // visit": after a host's verb the visit is its object's, and the host makes none.
        // "Albright was received by Mubarak during her visit": the passive's agent is the host.
        let received = if kind == EventKind::Visit { self.received_before(trigger.clone()) } else { None };
        if let Some((verb, true)) = &received {
            let hosts: Vec<&String> = sentence_people
                .iter()
                .filter(|p| (verb.end..trigger.start).contains(&p.start))
                .map(|p| &p.name)
                .collect();
            names.retain(|n| !hosts.contains(&n));
        } else if let Some((verb, false)) = received {
            let mut hosts: Vec<String> =
                sentence_people.iter().filter(|p| p.start < verb.start).map(|p| p.name.clone()).collect();
            let (subject, object, _) = self.untitled_names(verb.clone());
            hosts.extend(subject);
            let guest = sentence_people
                .iter()
                .find(|p| {
                    p.start >= verb.end
                        && p.start < trigger.start
                        && self.names_next(&self.text[verb.end..p.start])
                })
                .map(|p| p.name.clone())
                .or(object)
                .or_else(|| self.guest_referred_to(verb.clone(), trigger.clone(), &hosts));
            names.retain(|n| !hosts.contains(n));
            if let Some(guest) = guest {
                names.retain(|n| *n != guest);
                names.insert(0, guest);
            }
        }
        // "Arafat, who met Netanyahu on Friday, said": the relative clause's subject is the
        // person it follows ("al-Mutairi, who said the emir had spoken by phone" makes no call).
        if matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Visit)
            && names.len() < wanted
            && reported.is_none()
            && let Some(antecedent) = self.relative_antecedent(clause.clone(), &sentence_people)
        {
            push(&mut names, &antecedent);
        }
        // "discussed Syria with the Saudi Crown Prince when he received him": an office-holder
        // never named, in the sentence after anyone named, is whom an object pronoun stands
        // for, as their country.
        if between_people
            && names.len() == 1
            && let Some(pronoun) = self.object_pronoun(clause.clone())
            && let Some(role) = self
                .people
                .country_role_mentions_in(self.range.start..pronoun)
                .filter(|r| {
                    !names.iter().any(|n| *n == r.name || self.people.country_of(n) == Some(r.name.as_str()))
                })
                .last()
            && self.people.in_range(role.start..pronoun).is_empty()
        {
            push(&mut names, &role.name.clone());
        }
        // "Cifuentes congratulated him in a video call", "met her on Monday": an object
        // pronoun stands for the last person named before who is not the subject. ("The
        // Chinese president sat down with him": nor of the subject's country.)
        let subject_countries: Vec<&str> = if names.is_empty() {
            self.people.country_roles_in(clause.clone()).collect()
        } else {
            Vec::new()
        };
        if between_people
            && names.len() <= 1
            && let Some(pronoun) = self.object_pronoun(clause.clone())
            // "spoke with the Rwandan president to thank him": an unnamed role between the
            // trigger and the pronoun is whom it stands for.
            && self.people.country_roles_in(trigger.end..pronoun).next().is_none()
            // "spoke by telephone with Petrovic and urged him": whom the trigger names is
            // whom the pronoun after stands for.
            && (pronoun < trigger.end || self.people.in_range(trigger.end..pronoun).is_empty())
            && let Some(person) = self.people.mentions_before(pronoun).iter().rev().find(|p| {
                !names.contains(&p.name)
                    && !self.people.country_of(&p.name).is_some_and(|c| subject_countries.contains(&c))
            })
        {
            push(&mut names, &person.name.clone());
        }
        // "The two had last met in Warsaw": the last two people named before. ("The two
        // countries' leaders met" are the last two countries, when the article named two.)
        let two_countries = || {
            self.names_two_sides(clause.start..trigger.start)
                && !self.last_two_sides(self.range.start).is_empty()
        };
        if between_people
            && names.is_empty()
            && !two_countries()
            && let Some(two) = self.the_two(clause.start..trigger.start)
        {
            names = two;
        }
        // "Primakov met Annan", "Arafat spoke by phone with Mubarak": people named without a
        // title, next to the trigger.
        if between_people && names.len() < 2 {
            let (subject, object, joined) = self.untitled_names(trigger.clone());
            // ("Foreign Secretary K. Raghunath met": the words after an initial are the end
            // of a name already taken, not someone else.)
            for name in subject.into_iter().chain(object).chain(joined) {
                if !names.iter().any(|n| n.strip_suffix(name.as_str()).is_some_and(|r| r.ends_with(". "))) {
                    push(&mut names, &name);
                }
            }
        }
        // "Okafor and Lindqvist held talks", "opened talks with Lindqvist": talks have the
        // people named without a title around a verb of holding them, as a meeting does.
        let talks_held = kind == EventKind::Talks
            || (kind == EventKind::Meeting && self.text[trigger.clone()].eq_ignore_ascii_case("talks"));
        if talks_held && names.len() < 2 {
            let before = self.text[self.range.start..trigger.start].trim_end_matches(' ');
            let verb_start = before.rfind(' ').map_or(0, |i| i + 1);
            if self.lexicon.holding_talks.iter().any(|v| *v == before[verb_start..]) {
                let verb = self.range.start + verb_start..trigger.end;
                let (subject, object, joined) = self.untitled_names(verb);
                for name in subject.into_iter().chain(object).chain(joined) {
                    push(&mut names, &name);
                }
            }
        }
        // "the heads of the security services, Almaz Tursunov and Saimumin Davlatzoda, will
        // hold talks": the names in apposition right before a clause that opens on the
        // trigger's verb are its subject.
        // ("The special representatives, National Security Adviser Sunil Bhatia and Foreign
        // Minister Gao Feng, are due to hold": with their titles.)
        const TITLED_NAMES_WORDS: usize = 12;
        if (between_people || talks_held)
            && names.len() < 2
            && let Some(at) = self.clauses.iter().position(|c| c.contains(&trigger.start))
            && let Some(apposed) = at.checked_sub(1).and_then(|before| self.clauses.get(before))
            && self.names_alone_within(apposed.clone(), TITLED_NAMES_WORDS)
            && self.opens_on_its_verb(self.clauses[at].start..trigger.start)
        {
            for p in self.people.in_range(apposed.clone()) {
                push(&mut names, &p.name);
            }
        }
        // "He is scheduled to hold bilateral talks with Pakistani Prime Minister Mahmood", "she
        // will hold talks with the Mexican Secretary of Economy": a pronoun subject of a verb
        // of holding talks is a side, as a meeting's is.
        const PRONOUN_TO_TALKS_WORDS: usize = 6;
        // (Not a broker's: "she opened talks in Geneva between the government and the Houthis".)
        if kind == EventKind::Talks
            && (names.len() == 1 || (names.is_empty() && self.text[trigger.end..].starts_with(" with ")))
            && let Some(pronoun) = self.subject_pronoun(clause.start..trigger.start)
            && self.people.in_range(pronoun..trigger.start).is_empty()
            && {
                let words: Vec<&str> = self.text[pronoun..trigger.start].split_whitespace().collect();
                words.len() <= PRONOUN_TO_TALKS_WORDS
                    && words.iter().any(|w| self.lexicon.holding_talks.iter().any(|v| v == w))
            }
            && let Some(person) = self.antecedent(pronoun, &names)
        {
            push(&mut names, &person);
        }
        // "met Pakistan's High Commissioner, Javed Qureshi, this morning", "met the Brazilian
        // and Argentine foreign ministers, Paulo Araujo and Martin Ocampo, over dinner": the
        // names in apposition to whom the trigger's clause ends on take part.
        if between_people
            && let Some(apposed) = self.clauses.iter().find(|c| c.start >= clause.end)
            && self.names_alone(apposed.clone())
        {
            for p in self.people.in_range(apposed.clone()) {
                push(&mut names, &p.name);
            }
        }
        if between_people && names.len() < 2 {
            // "meeting ... to investigate who shot down President Habyarimana's plane".
            sentence_people.retain(|p| {
                !self.in_a_relative_clause(&trigger, p.start)
                    && reported.is_none_or(|r| p.start >= r)
                    && (clause.contains(&p.start) || !self.in_a_where_clause(p.start))
            });
            sentence_people.sort_by_key(|p| p.start.abs_diff(trigger.start));
            for p in &sentence_people {
                if names.len() >= 2 {
                    break;
                }
                push(&mut names, &p.name);
            }
        }
        // "On Monday the French president met Okafor", no Frenchman named in the article: the
        // country takes part for its unnamed leader.
        if between_people {
            for country in self.people.country_roles_in(reported_from..clause.end) {
                if !names.iter().any(|n| self.people.country_of(n) == Some(country)) {
                    push(&mut names, country);
                }
            }
        }
        // "The President is due in Madrid on Friday", in a paper of his own country; "the
        // French president flew to Nairobi": an unnamed office-holder before a visit's trigger
        // is its visitor, and the country goes for them. (Not a host's: "the President hosted".)
        if kind == EventKind::Visit
            && names.is_empty()
            && !self.lexicon.is_hosting(&self.text[trigger.clone()])
            && let Some(country) =
                self.people.country_roles_in(clause.start.max(reported_from)..trigger.start).next()
        {
            push(&mut names, country);
        }
        let represented: Vec<&str> = names.iter().filter_map(|n| self.people.country_of(n)).collect();
        let skip_groups = between_people && names.len() >= 2;
        // A summit's host is often named in another clause ("Germany will host ... at the
        // G20"); a strike's sides are named in its own; other kinds take the groups of their
        // own clause, or the sentence's if none.
        let in_clause: Vec<_> =
            self.entities(clause.clone()).into_iter().filter(|e| e.3 != EntityClass::Place).collect();
        let mut apposition = 0..0;
        let entity_range = if kind == EventKind::Summit
            || (!between_people && kind != EventKind::Strike && in_clause.is_empty())
        {
            self.range.clone()
        } else if kind == EventKind::Strike {
            // "the bomb blasts which killed scores outside embassies of the United States":
            // a relative clause right after a strike says what it hit.
            let relative = self.relative_clause_after(trigger.end).map_or(clause.end, |r| r.end);
            // "hit a training camp near the town of Balakot, inside Pakistan": a place in the
            // clause after says where.
            let place_after = self.clauses.iter().find(|c| c.start >= clause.end).filter(|next| {
                let opening = self.text[(*next).clone()].trim_start_matches([',', ' ']);
                opening.split(' ').next().is_some_and(|w| self.lexicon.place_prepositions.contains(w))
            });
            // "it was the Houthis who fired": a relative clause's subject is the clause before.
            let opening = self.text[clause.clone()].trim_start_matches([',', ' ']);
            let relative_opening = opening
                .split(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("who") || w.eq_ignore_ascii_case("which"));
            let start = if relative_opening {
                self.clauses
                    .iter()
                    .rev()
                    .find(|c| {
                        c.end <= clause.start && self.text[(*c).clone()].contains(char::is_alphanumeric)
                    })
                    .map_or(clause.start, |c| c.start)
            } else {
                clause.start
            };
            // "In neighbouring Chad, gunmen attacked a post": a place opening the sentence, in a
            // clause of its own right before the strike's, says where.
            let start = match self.clauses.iter().position(|c| c.start == start) {
                Some(1) => {
                    let opening = self.text[self.clauses[0].clone()].trim_start();
                    let preposition = opening.split(' ').next().unwrap_or("").to_ascii_lowercase();
                    if self.lexicon.place_prepositions.contains(&preposition) {
                        self.clauses[0].start
                    } else {
                        start
                    }
                }
                _ => start,
            };
            let end = clause.end.max(relative).max(place_after.map_or(0, |c| c.end));
            // "struck grain silos at Izmail, a Danube port in Ukraine's Odesa region", "attack
            // hotels, a railway station and a Jewish centre in Mumbai": clauses that go on
            // naming what was hit, in apposition or as a list, say where it was.
            const APPOSED_CLAUSES: usize = 2;
            let apposed_end = self
                .clauses
                .iter()
                .filter(|c| c.start >= end)
                .take(APPOSED_CLAUSES)
                .take_while(|c| {
                    let first = self.text[(*c).clone()].trim_start_matches([',', ' ']).split(' ').next();
                    first.is_some_and(|w| matches!(w, "a" | "an" | "and"))
                })
                .last()
                .map_or(end, |c| c.end);
            apposition = end..apposed_end;
            start..apposed_end
        } else {
            // (Past a list too: "his British, French and Turkish counterparts to repeat".)
            self.listed_before(clause.clone())..self.listed_after(clause.clone()).min(said)
        };
        let mut location = None;
        let mut groups = Vec::new();
        let mut sides = Vec::new();
        let mut last_place_end: Option<usize> = None;
        // Whether the last place was one gone to.
        let mut gone_to = false;
        // A strike's attacking state, and the countries the event is said to be in (where a
        // strike strikes, where an election is held).
        let mut attacker: Option<String> = None;
        // Every side that made the strike, a state or a group ("Hamas fighters fired").
        let mut attackers: Vec<String> = Vec::new();
        let mut held_in: Vec<String> = Vec::new();
        // The countries of cities a strike hit ("struck Hodeidah" is on Yemen).
        let mut cities_hit: Vec<String> = Vec::new();
        let mut broker_end: Option<usize> = None;
        // "Addis Ababa, 14 December - ... since the election in Gambia": where the story was
        // filed is no side of an election it reports.
        let dateline =
            if kind == EventKind::Election { dateline_end(self.text, self.range.clone()) } else { None };
        for (start, end, entity, class) in self.entities(entity_range.clone()) {
            if start < reported_from && start >= clause.start {
                continue;
            }
            // "will hold talks with Kazakh President Abenov and meet Chinese President Liang":
            // the side another trigger joined by "and" names is that one's, as its people are.
            if matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Talks)
                && others_people.iter().any(|r| r.contains(&start))
            {
                continue;
            }
            if dateline.is_some_and(|d| start < d) {
                continue;
            }
            // "Pakistan-based militants", "the U.N.-backed government": where a group is from
            // or who backs it is no side of its strike.
            if kind == EventKind::Strike && self.origin_named(end) {
                continue;
            }
            // "villages of ethnic Albanians": a people, not its state.
            let word_before = self.text[..start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
            if self.lexicon.peoples.iter().any(|p| word_before.eq_ignore_ascii_case(p)) {
                continue;
            }
            // "in southern Lebanon": the preposition before a compass word.
            // "across the besieged Gaza Strip", "in the occupied West Bank": past "the" and
            // one word of description between it and the place (not a body's: "at the NATO
            // summit" names a side).
            let mut words_before = self.text[..start].trim_end().rsplit(char::is_whitespace).peekable();
            let mut preposition = words_before.next().unwrap_or("");
            if COMPASS.contains(&preposition.to_ascii_lowercase().as_str()) {
                preposition = words_before.next().unwrap_or("");
            }
            // "in neighbouring Chad", "in war-torn Afghanistan": one word of description
            // between a place preposition and the place.
            if preposition.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !self.lexicon.place_prepositions.contains(preposition)
                && !self.lexicon.not_nouns.contains(preposition)
                && words_before
                    .peek()
                    .is_some_and(|w| self.lexicon.place_prepositions.contains(&w.to_ascii_lowercase()))
            {
                preposition = words_before.next().unwrap_or("");
            }
            // ("at the U.S. Navy pier" names whose the pier is.)
            let body = class == EntityClass::Organisation
                || self.text[end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
            if !body
                && preposition.starts_with(|c: char| c.is_ascii_lowercase())
                && !self.lexicon.place_prepositions.contains(preposition)
                && words_before.peek() == Some(&"the")
            {
                words_before.next();
                preposition = words_before.next().unwrap_or("");
            } else if !body && preposition == "the" {
                preposition = words_before.next().unwrap_or("");
            }
            // "in Kenya and Tanzania": a place coordinated with a place is a place too;
            // "the Tanzanian capital" is where, not who; but "at U.S. embassies" says whose.
            let modifier = class != EntityClass::Place && self.modifies_a_noun(end);
            // "In the Gaza Strip, Israeli troops pushed into": after a comma alone, a name that
            // modifies a noun opens the next clause's subject, not another place.
            let coordinated = last_place_end.is_some_and(|e| {
                e <= start
                    && match self.text[e..start].trim() {
                        "and" | ", and" | "or" => true,
                        "," => !modifier,
                        _ => false,
                    }
            });
            let capital = self.text[end..].trim_start().starts_with("capital");
            let written = &self.text[start..end];
            // A visit's place is where the visitor goes: "travel to Beijing", "visiting Kenya";
            // not whose the guest is ("hosted French President Jacques Chirac").
            // ("an invitation to Indian Prime Minister Arvind Mehta to visit": not to India.)
            let destination = kind == EventKind::Visit
                && ((preposition == "to" && !self.title_after(end))
                    || (start >= trigger.end
                        && matches!(
                            self.text[trigger.end..start].trim(),
                            "" | "the" | "to" | "to the" | "in"
                        )
                        && !self.title_after(end)))
                // "ministers are due to return to Washington for talks": a city gone to is
                // where any gathering meets.
                || (preposition == "to"
                    && kind != EventKind::Strike
                    && class == EntityClass::Country
                    && written != entity
                    && names_a_city(written, self.lexicon));
            // ("In Chad, ..." opens a sentence with a capital.)
            let place_preposition = self.lexicon.place_prepositions.contains(preposition)
                || (preposition.starts_with(char::is_uppercase)
                    && self.lexicon.place_prepositions.contains(&preposition.to_ascii_lowercase()));
            let is_place_phrase = (place_preposition && !modifier) || destination || coordinated || capital;
            if apposition.contains(&start) && !is_place_phrase {
                continue;
            }
            // "the Madrid summit", "the NATO Washington summit": a capital named right before
            // a gathering is where it meets, not who takes part. Not before a verb: "the Holy
            // Father received", "the Kremlin hosted" name who met.
            let venue = matches!(kind, EventKind::Summit | EventKind::Talks | EventKind::Meeting)
                && end <= trigger.start
                && self.text[end..trigger.start].trim().is_empty()
                && !a_verb_trigger(&self.text[trigger.clone()], self.lexicon)
                && class == EntityClass::Country
                && written != entity
                && names_a_city(written, self.lexicon);
            if venue {
                last_place_end = Some(end);
                location.get_or_insert_with(|| written.to_owned());
                continue;
            }
            // "U.S. jets based in Turkey bombed targets in Iraq": where a strike is launched
            // from is neither where it hit nor a side.
            if kind == EventKind::Strike && is_place_phrase && self.launched_from(start) {
                continue;
            }
            // "shelled the southern city of Kherson", "a missile struck Ganja": a city a strike
            // hits is its country's; a strike "in" or "near" one is in that country.
            let city_country = (kind == EventKind::Strike && class == EntityClass::Place)
                .then(|| self.lexicon.country_of_city(&entity))
                .flatten();
            if let Some(country) = city_country {
                if is_place_phrase {
                    push_name(&mut held_in, country);
                } else if (self.names_a_side(trigger.clone(), start, end)
                    || self.city_hit(trigger.clone(), start))
                    && !sides.iter().any(|s| s == country)
                {
                    sides.push(country.to_owned());
                    cities_hit.push(country.to_owned());
                    // ("began shelling Dubrovnik": the city hit is where, too.)
                    location.get_or_insert_with(|| written.to_owned());
                }
            }
            // "a summit at Camp David": a head of state's own retreat makes its state the
            // host, which takes part.
            if kind == EventKind::Summit
                && !skip_groups
                && let Some(host) = self.lexicon.host_of_retreat(&entity)
                && !represented.contains(&host)
            {
                push_name(&mut groups, host);
            }
            if class == EntityClass::Place || is_place_phrase {
                last_place_end = Some(end);
                // (Not where an election is held: "won the election, made trips to Niamey and
                // N'Djamena".)
                gone_to = preposition == "to" || (coordinated && gone_to);
                if class == EntityClass::Country && !(kind == EventKind::Election && gone_to) {
                    held_in.push(entity.clone());
                }
                // A place is shown as written: "in Moscow" is Moscow, not Russia. A demonym
                // is no place name: "in the Ethiopian capital" is in Ethiopia.
                // "ministers gather in Brussels to prepare for the summit in Washington": the
                // place right after the trigger is its own, as is one right after a trigger
                // that ends on its preposition ("is expected in Riyadh").
                let right_after = start >= trigger.end
                    && matches!(self.text[trigger.end..start].trim(), "" | "in" | "at" | "in the" | "at the");
                if is_place_phrase && (location.is_none() || right_after) {
                    let adjective = modifier || (capital && class != EntityClass::Place);
                    location = Some(if adjective { entity } else { written.to_owned() });
                }
                continue;
            }
            // A trigger that is a body's name stands for the event, and is no side of it; but a
            // summit named by its body is that body's ("the G20 in Hamburg").
            if kind != EventKind::Summit && self.text[trigger.clone()].eq_ignore_ascii_case(&entity) {
                continue;
            }
            // "a Liberian-flagged tanker": the flag a ship flies is a registry, not a side.
            if kind == EventKind::Strike
                && self.text[end..].split_whitespace().next().is_some_and(|next| {
                    self.lexicon.flag_words.iter().any(|f| next.to_ascii_lowercase().starts_with(f.as_str()))
                })
            {
                continue;
            }
            // A strike's sides stand however its people are named.
            if kind == EventKind::Strike {
                // "American and British aircraft began bombing", "U.S., British and French
                // jets": a state listed before the next one is a side as the list's last is.
                let (mut start, mut end) = (start, end);
                while let Some(next) = self.side_joined_after(end, trigger.start) {
                    (start, end) = next;
                }
                if self.names_a_side(trigger.clone(), start, end) || self.owns_a_target(start, end) {
                    let attacks = self.attacks(trigger.clone(), start, end);
                    if class == EntityClass::Country && attacker.is_none() && attacks {
                        attacker = Some(entity.clone());
                    }
                    if attacks {
                        push_name(&mut attackers, &entity);
                    }
                    if !sides.contains(&entity) {
                        sides.push(entity);
                    }
                }
                continue;
            }
            // "peace talks on northern Ireland", "a summit on Ukraine": what they are about is
            // not a side. (Only after the trigger: in "all eyes are on the G20 summit" the
            // word is no topic's.)
            let topic = (start >= trigger.end
                && self.text[..start]
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .any(|w| matches!(w, "on" | "about" | "over")))
                || self.in_its_topic(trigger.end, start);
            // "vote in the referendum on the United Nations plan": nor what a vote decides.
            if matches!(
                kind,
                EventKind::Talks
                    | EventKind::Summit
                    | EventKind::Meeting
                    | EventKind::Call
                    | EventKind::Election
            ) && topic
            {
                continue;
            }
            // "talks brokered by the African Union", "European Union-brokered talks": who
            // brokers talks is no side of them.
            // ("brokered by Saudi Arabia and the United States": both.)
            let after_broker = broker_end.is_some_and(|e| {
                e <= start
                    && matches!(self.text[e..start].trim(), "and" | "," | ", and" | "and the" | ", and the")
            });
            if kind == EventKind::Talks
                && (after_broker || self.brokers(start, end) || self.brokers_the_talks(end, trigger.start))
            {
                broker_end = Some(end);
                continue;
            }
            // "his meeting with Hussein was to press the king to shut down Iraq's supply
            // route": a country after the trigger that owns a thing is not a side.
            if kind != EventKind::Election && start >= trigger.end && self.owns_a_thing(end) {
                continue;
            }
            // "the UN-run election", "asked the Foreign and Commonwealth Office about the
            // election in Kenya": an election is a country's, not an international body's,
            // unless the body names it as its own ("the European Parliament election").
            if kind == EventKind::Election
                && class == EntityClass::Organisation
                && self.lexicon.country_of_body(&entity).is_none()
                && !self.names_its_own(end, trigger.start)
            {
                continue;
            }
            // "made a stop in Lahore and met the Pakistani Prime Minister", "travels to
            // Vladivostok for a summit with the Russian President": an office-holder named after
            // a visit's trigger, once its visitor is named before, is whom it meets there.
            if kind == EventKind::Visit
                && start >= trigger.end
                && self.title_after(end)
                && (!names.is_empty() || !groups.is_empty())
            {
                continue;
            }
            if !skip_groups && !represented.contains(&entity.as_str()) {
                groups.push(entity);
            }
        }
        // "sanctions imposed on Iraq after its 1990 invasion of Kuwait": "its" before a strike
        // stands for the last country named before it.
        if kind == EventKind::Strike
            && let Some(pronoun) = self.possessive_before(trigger.start)
            && let Some((_, _, country, _)) = self
                .entities(self.range.start..pronoun)
                .into_iter()
                .rev()
                .find(|e| e.3 == EntityClass::Country)
            && !sides.contains(&country)
        {
            push_name(&mut attackers, &country);
            sides.insert(0, country);
        }
        // "The Houthis have not stopped advancing. Their fighters shelled the palace", "On
        // Saturday, they fired mortar rounds": a strike whose subject is "they" or "their"
        // forces, opening the sentence, is the armed group's the story named last; "French
        // jets bombed their positions": the group "their" before what was hit stands for is
        // the struck side.
        if kind == EventKind::Strike
            && let Some((pronoun, attacking)) = self.pronoun_side_of_the_strike(trigger.clone())
            && let Some(group) = self.last_armed_group_before(pronoun)
            && !sides.contains(&group)
        {
            if attacking && attackers.is_empty() {
                sides.insert(0, group.clone());
                attackers.push(group);
            } else if !attacking {
                sides.push(group);
            }
        }
        // "The army said its jets had bombed the camps", "Israel's military said it struck
        // targets": a strike whose subject is the speaker's pronoun is the speaker's.
        if kind == EventKind::Strike
            && attackers.is_empty()
            && let Some(speaker) = self
                .speaker_of_the_strike(trigger.clone())
                .or_else(|| self.owner_of_its_arms(trigger.clone()))
        {
            if !sides.contains(&speaker) {
                sides.insert(0, speaker.clone());
            }
            if self.lexicon.class_of(&speaker) == Some(EntityClass::Country) && attacker.is_none() {
                attacker = Some(speaker.clone());
            }
            attackers.push(speaker);
        }
        // "one of our submarines torpedoed the cruiser", "Our forces attacked the mountains", in
        // a paper of one side: ours are the home country's.
        if kind == EventKind::Strike
            && attackers.is_empty()
            && self.made_by_ours(trigger.clone())
            && let Some(home) = people::home_country(self.text, self.lexicon)
        {
            sides.retain(|s| *s != home);
            sides.insert(0, home.clone());
            if attacker.is_none() {
                attacker = Some(home.clone());
            }
            attackers.push(home);
        }
        // "the car bombings in the capital, which the authorities blamed on the PKK", "a
        // suicide attack blamed on al-Shabab": who a strike is blamed on made it. ("A drone hit
        // a depot in Batken; Bishkek blames Tajikistan": so does the object of a verb of
        // blaming, when no one else is named as making it.)
        if kind == EventKind::Strike
            && let Some(blamed) = self
                .blamed_on(trigger.clone())
                .or_else(|| attackers.is_empty().then(|| self.blamed_by_verb(trigger.clone())).flatten())
            && !attackers.contains(&blamed)
        {
            sides.retain(|s| *s != blamed);
            sides.insert(0, blamed.clone());
            if self.lexicon.class_of(&blamed) == Some(EntityClass::Country) && attacker.is_none() {
                attacker = Some(blamed.clone());
            }
            attackers.push(blamed);
        }
        // "The Nigerian air force answered with strikes on the camps", "Kyrgyz units responded
        // with mortar fire on the town", "howitzers on the island returned fire on": an answer
        // to a strike is made by the subject of the verb of answering, the first state or
        // group of its clause.
        if kind == EventKind::Strike
            && attackers.is_empty()
            && let Some(responder) = self.responder(trigger.clone(), clause.clone())
        {
            if !sides.contains(&responder) {
                sides.insert(0, responder.clone());
            }
            if self.lexicon.class_of(&responder) == Some(EntityClass::Country) {
                attacker = Some(responder.clone());
            }
            attackers.push(responder);
        }
        // "Hezbollah answered with a barrage, firing rockets into Israel": a strike told by a
        // participle after the main clause is made by that clause's subject.
        if kind == EventKind::Strike
            && attackers.is_empty()
            && let Some(subject) = self.subject_of_trailing_participle(trigger.clone(), clause.clone())
        {
            sides.retain(|s| *s != subject);
            sides.insert(0, subject.clone());
            if self.lexicon.class_of(&subject) == Some(EntityClass::Country) && attacker.is_none() {
                attacker = Some(subject.clone());
            }
            attackers.push(subject);
        }
        // "the blast, which damaged the embassy": whose embassy it is, the article said before.
        if kind == EventKind::Strike
            && sides.is_empty()
            && let Some(owner) = self.owner_said_before(trigger.clone(), entity_range.clone())
        {
            sides.push(owner);
        }
        // "an offensive by the security forces against villages" in "the Serbian province of
        // Kosovo": a state's forces named without it are of the country the strike is in, or
        // else of the last one named just before.
        // "Government troops shelled Renamo positions": else of the state the armed group on
        // the other side fights ("army troops overran the camp" with no state named near is
        // the state the story names most).
        if kind == EventKind::Strike
            && attacker.is_none()
            && self.by_state_forces(trigger.clone())
            && let Some(state) = held_in
                .first()
                .cloned()
                .or_else(|| sides.iter().find_map(|s| self.lexicon.homeland_of(s)).map(str::to_owned))
                .or_else(|| self.country_named_before(trigger.start))
                .or_else(|| self.most_named_country(trigger.start))
        {
            if !sides.contains(&state) {
                sides.insert(0, state.clone());
            }
            push_name(&mut attackers, &state);
            attacker = Some(state);
        }
        // "the rebels had shelled the airport", "bombed rebel positions": in an article that
        // names one armed group and no other, its fighters named without it are the group;
        // before the verb they made the strike, after it they were hit (unless the strike
        // hit another country: "hit a militant camp inside Pakistan" is on Pakistan).
        if kind == EventKind::Strike
            && !sides.iter().any(|s| self.lexicon.is_armed_group(s))
            && let Some((at, group)) = self.generic_armed_group(entity_range.clone())
        {
            if at < trigger.end {
                push_name(&mut attackers, &group);
                sides.insert(0, group);
            } else if held_in.iter().all(|c| Some(c) == attacker.as_ref()) {
                sides.push(group);
            }
        }
        // "FMLN guerrillas attacked an army post": a state's arms hit, named without the state,
        // are of the country the sentence names, or else (an armed group struck them: "Renamo
        // gunmen ambushed a police patrol") of the state the group fights, or else of the
        // country named just before.
        if kind == EventKind::Strike
            && !sides.iter().any(|s| self.lexicon.class_of(s) == Some(EntityClass::Country))
            && self.hits_state_arms(entity_range.clone())
            && let Some(state) = self
                .entities(self.range.clone())
                .into_iter()
                .find(|e| e.3 == EntityClass::Country && !self.origin_named(e.1))
                .map(|e| e.2)
                .or_else(|| sides.iter().find_map(|s| self.lexicon.homeland_of(s)).map(str::to_owned))
                .or_else(|| self.country_named_before(trigger.start))
        {
            sides.push(state);
        }
        // "An Israeli drone strike killed three Hezbollah fighters", "Turkish jets neutralised
        // nine PKK militants in air strikes": a group whose people the strike killed is the side
        // it hit.
        if kind == EventKind::Strike
            && let Some(group) = self.group_of_the_killed(clause.clone())
            && !sides.contains(&group)
        {
            sides.push(group);
        }
        // "jets pounded Houthi targets across Yemen", "aircraft destroyed PKK shelters in
        // northern Iraq": when a group is what was hit, the group is the side, not the
        // country it was hit in.
        let group_hit = sides
            .iter()
            .any(|s| !attackers.contains(s) && self.lexicon.class_of(s) == Some(EntityClass::Organisation));
        // ("struck Houthi positions around the port of Hodeidah": nor the country of the city
        // it was hit in, unless the country is named too.)
        if group_hit && sides.iter().any(|s| !attackers.contains(s) && self.lexicon.is_armed_group(s)) {
            sides.retain(|s| !cities_hit.contains(s) || held_in.contains(s));
        }
        // "U.S. warplanes struck targets in Iraq", "Israeli jets bombed positions near
        // Beirut": a state's strike in another country is on that country.
        if let Some(attacker) = attacker.as_ref().filter(|_| !group_hit) {
            for country in held_in.iter().cloned() {
                if country != *attacker && !sides.contains(&country) {
                    sides.push(country);
                }
            }
        }
        // "Boko Haram fighters stormed a village in Borno", "gunmen of the group attacked
        // hotels in Mumbai": a group's strike in a country, with no state named as its
        // maker, is on that country.
        if kind == EventKind::Strike
            && attacker.is_none()
            && !group_hit
            && attackers.iter().any(|a| self.lexicon.class_of(a) == Some(EntityClass::Organisation))
        {
            for country in &held_in {
                push_name(&mut sides, country);
            }
        }
        // "I spoke by phone with Pavel Orlov on Thursday": whoever speaks takes part.
        if matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Visit)
            && subject_word(self.text, trigger.start, self.lexicon).as_deref() == Some("i")
            && let Some(speaker) = self.first_person(trigger.start)
            && !names.contains(&speaker)
        {
            names.insert(0, speaker);
        }
        // "Talks brokered by the OAU ran until December, when the two governments signed a
        // peace agreement": talks naming no side but "the two governments" are between the
        // last two states or groups named before.
        // So are a meeting, call or summit after "the two countries" ("The prime ministers of
        // the two countries have not sat down together since their predecessors met").
        let sides_named =
            if kind == EventKind::Talks { self.range.clone() } else { self.range.start..trigger.start };
        let of_sides =
            matches!(kind, EventKind::Talks | EventKind::Meeting | EventKind::Call | EventKind::Summit);
        if of_sides && names.is_empty() && groups.is_empty() && self.names_two_sides(sides_named) {
            groups = self.last_two_sides(self.range.start);
        }
        // "Hrytsenko joined the leaders by video link": a call into a bloc's summit is with the
        // bloc the article named last.
        if kind == EventKind::Call
            && self.joins_a_gathering(trigger.start)
            && let Some(bloc) = self.bloc_named_before(trigger.start)
            && !groups.contains(&bloc)
        {
            groups.push(bloc);
        }
        // "Talks between the government and the SPLM-in-Opposition rebels": a government no
        // country qualifies, across the table from an armed group, is the group's homeland's.
        if kind == EventKind::Talks
            && self.names_a_bare_government()
            && let Some(country) = groups.iter().find_map(|g| self.lexicon.homeland_of(g))
            && !groups.iter().any(|g| g == country)
        {
            groups.insert(0, country.to_owned());
        }
        // "COLOMBO - The government and the International Monetary Fund reached agreement,
        // ending nine days of talks": across the table from a side of no known homeland, with
        // no country named, a bare government is the home country's (the dateline's, or the
        // one named first).
        if kind == EventKind::Talks
            && !groups.is_empty()
            && !groups.iter().any(|g| self.lexicon.class_of(g) == Some(EntityClass::Country))
            && self.names_a_bare_government()
            && let Some(home) = people::home_country(self.text, self.lexicon)
        {
            groups.insert(0, home);
        }
        // ("Arab leaders meet tomorrow for the Arab League's annual summit": the bloc whose
        // summit it is, named past the verb that stood for it.)
        if kind == EventKind::Summit
            && groups.is_empty()
            && let Some(bloc) = self.bloc_naming_summit(trigger.clone())
        {
            groups.push(bloc);
        }
        match kind {
            // The attacker and the target; people around a strike are rarely either.
            EventKind::Strike => {
                names.clear();
                groups = sides;
                // "ELN fighters attacked a police station in Saravena", "Government troops
                // shelled Renamo positions": a strike whose only side named is an armed group
                // is fought with the state the group fights.
                // ("the Houthis fired two missiles at a tanker": not at a target abroad.)
                if let [group] = groups.as_slice()
                    && let Some(country) = self.lexicon.homeland_of(group)
                    && !self
                        .lexicon
                        .targets_abroad
                        .iter()
                        .any(|t| contains_word(&self.text[clause.clone()], t))
                {
                    groups.push(country.to_owned());
                }
            }
            // A visit is made by people when people are named; the rest is where they go.
            EventKind::Visit if !names.is_empty() => groups.clear(),
            // "NATO leaders wrapped up a summit ... that Ukraine's future lies in the
            // alliance": a bloc's summit is the bloc's, not its members', guests' or agenda's.
            // Its host stays ("Germany will host both leaders at the G20").
            EventKind::Summit if groups.iter().any(|g| self.lexicon.is_bloc(g)) => {
                names.clear();
                let hosts = self.hosts_named();
                // "where the APEC summit opens, and then Rio, which hosts the G20 summit": a
                // summit its body names is that body's alone, not the other bodies' around it.
                let own = self.bloc_naming_summit(trigger.clone());
                // ("the EU-China summit" is China's too.)
                let compound = self.compound_sides(trigger.clone());
                groups.retain(|g| {
                    own.as_ref().map_or(self.lexicon.is_bloc(g), |own| own == g)
                        || hosts.contains(g)
                        || compound.contains(g)
                });
                for side in compound {
                    push_name(&mut groups, &side);
                }
            }
            // An election is a country's: the bodies named around it ("investigated by the FBI
            // and Congress for interference in last year's election") stand for theirs.
            EventKind::Election => {
                for group in &mut groups {
                    if let Some(country) = self.lexicon.country_of_body(group) {
                        *group = country.to_owned();
                    }
                }
                // "spoke by phone with the U.S. President on Tuesday, a day after Monday's
                // federal election": the country of an unnamed office-holder someone spoke or
                // met "with" is whom they dealt with, not where the vote was; unless what
                // they dealt with was the vote ("with the British Prime Minister about the
                // referendum").
                // ("with Estonian Prime Minister Kadri Tamm to congratulate her on her party's
                // victory in Sunday's parliamentary election": the vote was what they spoke of.)
                const TOPIC_WORDS: &[&str] = &[
                    "about",
                    "over",
                    "regarding",
                    "on the",
                    "on her",
                    "on his",
                    "on their",
                    "victory",
                    "congratulate",
                ];
                let topic = |start: usize| {
                    start < trigger.start
                        && TOPIC_WORDS.iter().any(|w| contains_word(&self.text[start..trigger.start], w))
                };
                let roles: Vec<&str> = self
                    .people
                    .country_role_mentions_in(self.range.clone())
                    // ("with the U.S. President": the role may start at its country.) So is
                    // one met, received or called: "re-elected in the run-off of 28 May, met
                    // the Swedish Prime Minister in Dubai".
                    .filter(|role| self.dealt_with(role.start, 3) && !topic(role.start))
                    .map(|role| role.name.as_str())
                    .collect();
                groups.retain(|g| !roles.contains(&g.as_str()));
                // An election is a country's, not its candidates' or voters': "Garba, sworn in
                // after winning the March 28 election, made trips to Niamey" is the election
                // of the country Garba speaks for.
                let named = !names.is_empty();
                // ("elected in the run-off of 12 February, also held telephone talks with Israeli
                // Prime Minister Yehuda Bar-Natan": nor is the country of someone named so.)
                let dealt: Vec<String> = self
                    .people
                    .in_range(self.range.clone())
                    .into_iter()
                    // (A name may follow its title: "with Israeli Prime Minister Yehuda".)
                    .filter(|m| self.dealt_with(m.start, 5) && !topic(m.start))
                    .map(|m| m.name)
                    .collect();
                groups.retain(|g| !dealt.iter().any(|n| self.people.country_of(n) == Some(g.as_str())));
                // "Finland, which may now join the alliance ahead of Sweden, goes to the polls",
                // "the municipal elections of 23 April, which local Serbs boycotted": a country
                // named only in an aside of "which" or "who", away from the trigger, is not
                // whose vote it is.
                let asides = self.relative_asides(trigger.clone());
                if !asides.is_empty() {
                    let named = self.sentence_entities();
                    let aside =
                        |e: &&(usize, usize, String, EntityClass)| asides.iter().any(|a| a.contains(&e.0));
                    groups.retain(|g| {
                        let mut mentions = named.iter().filter(|e| e.2 == *g);
                        !mentions.clone().any(|e| aside(&e)) || mentions.any(|e| !aside(&e))
                    });
                }
                let mut candidates: Vec<String> = names
                    .drain(..)
                    .filter(|n| !dealt.contains(n))
                    .filter_map(|n| self.people.country_of(&n).map(str::to_owned))
                    .collect();
                // "He had won a run-off in July", "Her party lost ground in the state
                // election": a sentence that opens with a pronoun and names no one stands for
                // the person named before it, and the election is that person's country's.
                let pronoun_opens = !named && self.opens_with_candidate_pronoun();
                if candidates.is_empty()
                    && pronoun_opens
                    && let Some(person) = self.antecedent(self.range.start, &[])
                    && let Some(country) = self.people.country_of(&person)
                {
                    candidates.push(country.to_owned());
                }
                // "Voronin, who won re-election in July, told Chinese reporters": the country
                // of whoever won it, before the others its sentence names.
                if let Some(country) = self.winners_country(trigger.clone()) {
                    groups = vec![country];
                }
                // "the parliamentary election in Greece", "in Turkey's presidential
                // election": with no country or body named as a side, the country of whoever
                // runs in it, or else the one it is held in.
                if groups.is_empty() {
                    groups.extend(candidates.into_iter().chain(held_in).take(1));
                }
                // "Much in Kyiv depends on the U.S. presidential election", "Finland's referendum":
                // a country named right before the election is its only one.
                if let Some(country) = self.country_right_before(trigger.start) {
                    groups = vec![country];
                } else if self.opens_at_home()
                    && let Some(country) = people::home_country(self.text, self.lexicon)
                {
                    groups = vec![country];
                }
                // "The first round of the election was held on Oct. 31", with no country in
                // its sentence: the country of the election the article reported last.
                if groups.is_empty()
                    && let Some(country) = paragraph_label(self.text, trigger.start, self.lexicon)
                {
                    groups.push(country);
                }
                if groups.is_empty()
                    && let Some(country) = self.last_election
                {
                    groups.push(country.to_owned());
                }
                // "For Mrs. Haque, whose party won the February 27 election", with no country
                // in its sentence and no election before, in a story filed from "CHITTAGONG,
                // Bangladesh": the country of its dateline.
                if groups.is_empty()
                    && let Some(country) = dateline_country(self.text, self.lexicon)
                {
                    groups.push(country);
                }
                // "Kivimaki finished second in the presidential election", in an obituary that
                // opens "Aarne Kivimaki, Finnish president": someone standing whose country the
                // article never gave, with no election before and no dateline, stands in the
                // country the article is written from.
                if groups.is_empty()
                    && (named || pronoun_opens)
                    && let Some(country) = people::home_country(self.text, self.lexicon)
                {
                    groups.push(country);
                }
                // "The presidential election of May 2014 will be a referendum on the talks",
                // with no country in its sentence and no election before: the one the story
                // is about, the country it has named most so far.
                if groups.is_empty()
                    && let Some(country) = self.most_named_country(trigger.start)
                {
                    groups.push(country);
                }
                // "China supports the efforts of Myanmar to hold the general election": an
                // election is one country's, the side named nearest before it, or else nearest
                // after it; "its" election is the subject's, the first ("Ethiopia launches an
                // offensive into Eritrea, two days before its general elections").
                if groups.len() > 1 && self.possessive_before(trigger.start).is_some() {
                    groups.truncate(1);
                } else if groups.len() > 1 {
                    let named = self.sentence_entities();
                    let distance = |group: &String| {
                        named
                            .iter()
                            .filter(|e| e.2 == *group)
                            .map(|e| match e.1 <= trigger.start {
                                true => (0, trigger.start - e.1),
                                false => (1, e.0.saturating_sub(trigger.end)),
                            })
                            .min()
                            .unwrap_or((2, 0))
                    };
                    if let Some(nearest) = groups.iter().min_by_key(|g| distance(g)).cloned() {
                        groups = vec![nearest];
                    }
                }
            }
            _ => {}
        }
        for g in groups {
            push(&mut names, &g);
        }
        if kind == EventKind::Call {
            // A phone call has no single place; "the crisis in Syria" is its topic.
            location = None;
        }
        // "will attend the Mercosur summit in Brasilia": where the gathering is, not its body.
        if kind == EventKind::Visit
            && let Some(place) = attended_place(self.text, trigger.clone(), self.lexicon)
        {
            location = Some(self.text[place].to_owned());
        }
        (names, location, attackers)
    }

    /// Whether the trigger at `later` is put after or before the earlier one of its kind at
    /// `earlier`: a word of `sequence` opens the earlier trigger's clause (and the later one
    /// stands in another), or stands within a few words before the later trigger, after the
    /// earlier one, with no comma between ("struck the camps after rebels shelled the town",
    /// not "struck before dawn, bombing the camps").
    /// Whether a visit's trigger at `start` is the scene of what the sentence says was said:
    /// "said on Tuesday during a visit to", "told reporters while visiting", "on a two-day
    /// visit to" (a few lower-case words after "during", "while" or "on", after a verb of
    /// saying in the sentence).
    fn said_during_it(&self, start: usize) -> bool {
        const WORDS: usize = 4;
        let words = self.words_before(start, WORDS + 1);
        let Some(at) = words.iter().rposition(|w| matches!(w.as_str(), "during" | "while" | "on")) else {
            return false;
        };
        let between_plain = words[at + 1..]
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit()));
        let said_before = self.text[self.range.start..start].split_whitespace().any(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
            self.lexicon.reporting_verbs.contains(&bare)
        });
        between_plain && said_before
    }

    /// Whether the states and groups named in the few words before a later strike's or
    /// call's trigger, in its clause ("and within hours Eritrean aircraft bombed", "and the
    /// Russian president phoned"), are others than those named so before an earlier one
    /// ("Ethiopian planes hit"); false when either names none.
    fn made_by_others(&self, earlier: &Range<usize>, later: &Range<usize>) -> bool {
        const AGENT_WORDS: usize = 4;
        let sides = |trigger: &Range<usize>| -> Vec<String> {
            let clause = self.clause_of(trigger.start);
            let from = clause.start.min(trigger.start);
            let from = from + last_words_start(&self.text[from..trigger.start], AGENT_WORDS);
            self.entities(from..trigger.start)
                .into_iter()
                .filter(|e| e.3 != EntityClass::Place)
                .map(|e| e.2)
                .collect()
        };
        let later_sides = sides(later);
        let earlier_sides = sides(earlier);
        !later_sides.is_empty()
            && !earlier_sides.is_empty()
            && later_sides.iter().all(|s| !earlier_sides.contains(s))
    }

    fn sequenced(&self, earlier: &Range<usize>, later: &Range<usize>) -> bool {
        const WORDS: usize = 6;
        // "paused their bombing after three days of air strikes": days of itself.
        if self.ends_after_days_of(later) {
            return false;
        }
        let sequence = &self.lexicon.sequence;
        let opens = |clause: Range<usize>| {
            let opening =
                self.text.get(clause).unwrap_or("").trim_start_matches([',', ' ']).to_ascii_lowercase();
            sequence.iter().any(|w| opening.strip_prefix(w.as_str()).is_some_and(|r| r.starts_with(' ')))
        };
        let earlier_clause = self.clause_of(earlier.start);
        if opens(earlier_clause.clone()) && !earlier_clause.contains(&later.start) {
            return true;
        }
        let Some(between) = self.text.get(earlier.end..later.start) else { return false };
        let lower = between.to_ascii_lowercase();
        sequence.iter().any(|w| {
            lower.match_indices(w.as_str()).any(|(i, _)| {
                let rest = &lower[i + w.len()..];
                at_word_boundaries(&lower, i, i + w.len())
                    && rest.split_whitespace().count() <= WORDS
                    && !rest.contains([',', ';', ':'])
            })
        })
    }

    /// A plural pronoun that names a side of the strike at `trigger`, and whether that side
    /// made it: "they" or "their" and forces opening the sentence, perhaps after a fronted
    /// day ("On Saturday, they fired", "Their fighters shelled"), attacked; "their" right
    /// after the trigger before what was hit ("bombed their positions") was attacked.
    fn pronoun_side_of_the_strike(&self, trigger: Range<usize>) -> Option<(usize, bool)> {
        const OPENING_WORDS: usize = 3;
        let before = &self.text[self.range.start..trigger.start];
        let words: Vec<(usize, &str)> = before
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - self.text.as_ptr() as usize, w))
            .collect();
        // The subject: "they" or "their" and one noun, right before the trigger, with at most
        // a fronted phrase closed by a comma before it.
        let subject =
            words.iter().enumerate().find(|(_, (_, w))| matches!(bare_lower(w).as_str(), "they" | "their"));
        if let Some((k, &(at, w))) = subject {
            let opening = words[..k].iter().map(|(_, w)| *w).collect::<Vec<_>>();
            let fronted = opening.is_empty()
                || (opening.len() <= OPENING_WORDS && opening.last().is_some_and(|w| w.ends_with(',')));
            let noun = usize::from(bare_lower(w) == "their");
            let right_before = words.len() - k - 1 <= noun + 1;
            if fronted && right_before && !w.ends_with(',') {
                return Some((at, true));
            }
        }
        let after = self.text[trigger.end..self.range.end].split_whitespace().collect::<Vec<_>>();
        let target = after.first().is_some_and(|w| bare_lower(w) == "their")
            && after.get(1).is_some_and(|n| self.lexicon.state_arms_targets.contains(&bare_lower(n)));
        target
            .then(|| trigger.end + self.text[trigger.end..].find("their").unwrap_or(0))
            .map(|at| (at, false))
    }

    /// The armed group the story named last before `position`, in its paragraph or the one
    /// before.
    fn last_armed_group_before(&self, position: usize) -> Option<String> {
        const PARAGRAPHS: usize = 2;
        let from = paragraphs_back(self.text, position, PARAGRAPHS);
        self.entities(from..position).into_iter().rev().map(|e| e.2).find(|e| self.lexicon.is_armed_group(e))
    }

    /// "The army said its jets had bombed the camps", "The U.S. command said on Thursday that
    /// it had carried out an air strike": when a strike's subject is "it", "they", or "its"
    /// or "their" and what armies strike with, right after a verb of saying (a few words
    /// between, no comma), the speaker made it: the last country or body named before the
    /// verb in its sentence ("In Mali, the army said"). None for a passive ("said it had been
    /// hit by").
    fn speaker_of_the_strike(&self, trigger: Range<usize>) -> Option<String> {
        const SAYING_WORDS: usize = 4;
        const AUXILIARIES: usize = 2;
        const GAP_WORDS: usize = 8;
        let before = self.text.get(self.range.start..trigger.start)?;
        let words: Vec<(usize, &str)> =
            before.split_whitespace().map(|w| (w.as_ptr() as usize - before.as_ptr() as usize, w)).collect();
        let word = |k: usize| words.get(k).map(|(_, w)| w.to_ascii_lowercase()).unwrap_or_default();
        // The nearest subject back from the trigger: "it", "they", or "its"/"their" (and an
        // arms noun, unless the trigger opens with one: "its aircraft struck").
        let (pronoun, subject_end) =
            (words.len().saturating_sub(GAP_WORDS)..words.len()).rev().find_map(|k| {
                let w = word(k);
                match w.as_str() {
                    "it" | "they" => Some((k, k + 1)),
                    "its" | "their" if k + 1 == words.len() => Some((k, k + 1)),
                    "its" | "their" if self.lexicon.arms_nouns.contains(&word(k + 1)) => Some((k, k + 2)),
                    _ => None,
                }
            })?;
        // Then at most two auxiliaries ("had", "also"), and a light verb of making with its
        // modifiers, or the trigger itself.
        let mut rest = subject_end;
        while rest < words.len()
            && rest - subject_end < AUXILIARIES
            && self.lexicon.before_a_verb.contains(&word(rest))
        {
            rest += 1;
        }
        let gap: Vec<String> = (rest..words.len()).map(word).collect();
        if !(gap.is_empty() || self.made_by(&gap.join(" "))) {
            return None;
        }
        // A verb of saying a few words before, and no comma between.
        let verb = (pronoun.saturating_sub(SAYING_WORDS)..pronoun)
            .rev()
            .take_while(|&j| !words.get(j).is_some_and(|(_, w)| w.ends_with([',', ';', ':'])))
            .find(|&j| self.lexicon.reporting_verbs.contains(&word(j)))?;
        let speaker_end = self.range.start + words.get(verb)?.0;
        self.entities(self.range.start..speaker_end)
            .into_iter()
            .rev()
            .find(|e| e.3 != EntityClass::Place)
            .map(|e| e.2)
    }

    /// "Israel withdrew its troops from Lebanon in May, three months after its warplanes
    /// struck Lebanese power stations": a strike made with "its" or "their" arms ("its
    /// warplanes struck", "their jets bombed"), in a sentence that opens with a country or
    /// body as its subject, is that subject's, not the last place named before the pronoun.
    fn owner_of_its_arms(&self, trigger: Range<usize>) -> Option<String> {
        const SUBJECT_AT: usize = 1;
        let before: Vec<String> =
            self.text.get(self.range.start..trigger.start)?.split_whitespace().map(bare_lower).collect();
        let trigger_arms = self
            .text
            .get(trigger.clone())?
            .split_whitespace()
            .next()
            .is_some_and(|w| self.lexicon.arms_nouns.contains(&bare_lower(w)));
        let pronoun = match before.as_slice() {
            [.., p] if trigger_arms => p,
            [.., p, arms] if self.lexicon.arms_nouns.contains(arms) => p,
            _ => return None,
        };
        if !matches!(pronoun.as_str(), "its" | "their") {
            return None;
        }
        let (start, _, subject, class) = self.sentence_entities().first().cloned()?;
        let opening = self.text[self.range.start..start].split_whitespace().count();
        (opening <= SUBJECT_AT && class != EntityClass::Place && start < trigger.start).then_some(subject)
    }

    /// Whether a strike's arms are "ours", the writer's side's, right before its verb ("one of
    /// our submarines torpedoed", "Our naval aviators struck", "our marines returned fire"),
    /// outside a quotation, where "our" would be the speaker's.
    fn made_by_ours(&self, trigger: Range<usize>) -> bool {
        const DESCRIBING_ARMS: usize = 2;
        let Some(before) = self.text.get(self.range.start..trigger.start) else { return false };
        if before.matches(['"', '“', '”']).count() % 2 == 1 {
            return false;
        }
        let words: Vec<String> = before.split_whitespace().map(bare_lower).collect();
        let trigger_words: Vec<String> = self.text[trigger].split_whitespace().map(bare_lower).collect();
        let armed = |w: &String| self.lexicon.arms_nouns.contains(w);
        // The arms are the trigger's first word ("submarines torpedoed") or just before it.
        let arms_at = if trigger_words.first().is_some_and(armed) {
            words.len()
        } else {
            match words.iter().rposition(armed) {
                Some(at) if at + 1 == words.len() => at,
                _ => return false,
            }
        };
        words[arms_at.saturating_sub(DESCRIBING_ARMS + 1)..arms_at].iter().any(|w| w == "our")
    }

    /// Whether a clause is only people's names, joined by "and" ("Paulo Araujo and Martin
    /// Ocampo"), as an apposition is.
    /// Whether the clause says its event took place "overnight", as an adverb ("struck the
    /// port overnight", "overnight into Monday", "overnight, killing three"), not of a noun
    /// ("overnight losses in New York", "the overnight train").
    fn overnight_in(&self, clause: Range<usize>) -> bool {
        const AFTER: [&str; 15] = [
            "into", "on", "in", "at", "near", "and", "killing", "wounding", "after", "as", "when", "with",
            "killed", "wounded", "left",
        ];
        let text = &self.text[clause];
        text.match_indices("overnight").any(|(at, word)| {
            let end = at + word.len();
            let starts_word = at == 0 || !text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '-');
            let rest = &text[end..];
            let next = rest.split_whitespace().next();
            starts_word
                && !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-')
                && (rest.trim_start().is_empty()
                    || rest.starts_with([',', '.', ';', ':', ')'])
                    || next.is_some_and(|w| AFTER.contains(&w.trim_end_matches([',', '.']))))
        })
    }

    /// Whether the words from a comma to a trigger are only a verb's lower-case words, a
    /// few of them ("will hold", "are due to hold their first", "held"), with no subject of
    /// their own and no verb of saying ("said the talks would").
    fn opens_on_its_verb(&self, range: Range<usize>) -> bool {
        const VERB_WORDS: usize = 6;
        let Some(text) = self.text.get(range).and_then(|t| t.trim_start().strip_prefix(',')) else {
            return false;
        };
        let words: Vec<&str> = text.split_whitespace().collect();
        words.len() <= VERB_WORDS
            && words.iter().all(|w| {
                w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && *w != "that"
                    && !self.lexicon.reporting_verbs.iter().any(|v| v == w)
            })
            && !words.first().is_some_and(|w| matches!(*w, "and" | "or" | "but" | "who" | "which" | "the"))
    }

    fn names_alone(&self, clause: Range<usize>) -> bool {
        const NAME_LIST_WORDS: usize = 8;
        self.names_alone_within(clause, NAME_LIST_WORDS)
    }

    /// As [`Self::names_alone`], with at most `most` words (titles make them longer).
    fn names_alone_within(&self, clause: Range<usize>, most: usize) -> bool {
        let words: Vec<&str> =
            self.text[clause.clone()].trim_start_matches([',', ' ']).split_whitespace().collect();
        words.len() <= most
            && !self.people.in_range(clause).is_empty()
            && words.iter().all(|w| {
                *w == "and"
                    || people::NAME_PARTICLES.contains(w)
                    || w.trim_start_matches(['"', '(']).starts_with(|c: char| c.is_uppercase())
            })
    }

    /// The names without a title right before a call or meeting trigger, its subject
    /// ("Primakov met"), and right after it, its object ("met Annan", "met with Kofi
    /// Annan"): up to three capitalised words each, none a country, body, title or common
    /// noun ("Officials met"). A name the article gave with a title is that person's.
    /// Returned as (subject, object, the names joined to either by "and").
    fn untitled_names(&self, trigger: Range<usize>) -> (Option<String>, Option<String>, Vec<String>) {
        const NAME_WORDS: usize = 3;
        let lexicon = self.lexicon;
        let name_word = |raw: &str| {
            // "Wednesday's meeting": a possessive is its owner's word.
            let word =
                raw.trim_end_matches([',', '.', ';', ':']).trim_end_matches("'s").trim_end_matches("’s");
            word.len() > 1
                && word.starts_with(|c: char| c.is_uppercase())
                && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                && !lexicon.not_names.iter().any(|n| n == word)
                // "met Prime Minister Netanyahu": the first word of a title is no name.
                && !lexicon.not_in_untitled_names.contains(word)
                && !lexicon.people_nouns.contains(&word.to_lowercase())
                && whole_words(&lexicon.entities, word).next().is_none()
                && whole_words(&lexicon.titles, word).next().is_none()
        };
        // The subject: the words right before the trigger (or before an auxiliary or an
        // adverb there, "Okafor had met"), none ending a phrase.
        const BETWEEN_WORDS: usize = 2;
        let mut before = &self.text[self.range.start..trigger.start];
        for _ in 0..BETWEEN_WORDS {
            let Some(rest) = before.strip_suffix(' ') else { break };
            let word_start = rest.rfind(' ').map_or(0, |i| i + 1);
            if word_start == 0 || !lexicon.before_a_verb.iter().any(|w| *w == rest[word_start..]) {
                break;
            }
            before = &before[..word_start];
        }
        let mut start = before.len();
        let mut words = 0;
        // Both loops count bytes from a single space next to the trigger: nothing else is cut.
        let spaced_before = before.ends_with(' ');
        for raw in before.split(' ').rev().skip(1).take(if spaced_before { NAME_WORDS } else { 0 }) {
            if !name_word(raw) || raw.ends_with([',', ';', ':', '.']) {
                break;
            }
            start -= raw.len() + 1;
            words += 1;
        }
        let subject = (words > 0).then(|| self.range.start + start..self.range.start + before.len() - 1);
        // "Okafor and Lindqvist met": a first name joined to the subject by "and".
        let joined_subject = before[..start].strip_suffix(" and ").filter(|_| words > 0).and_then(|rest| {
            let mut first = rest.len();
            for (n, raw) in rest.rsplit(' ').take(NAME_WORDS).enumerate() {
                if !name_word(raw) || raw.ends_with([',', ';', ':', '.']) {
                    break;
                }
                first -= raw.len() + usize::from(n > 0);
            }
            (first < rest.len()).then(|| self.range.start + first..self.range.start + rest.len())
        });
        // The object: the words right after the trigger (and "with", which may come after a
        // short phrase of when or where: "met this week with Saddam"), up to a phrase's end.
        const SETTING_WORDS: usize = 3;
        let after = &self.text[trigger.end..self.range.end];
        let after = after
            .match_indices(" with ")
            .next()
            .filter(|(i, _)| {
                let setting = &after[..*i];
                setting.split_whitespace().count() <= SETTING_WORDS && !setting.contains([',', ';', ':'])
            })
            .map_or(after, |(i, _)| &after[i + " with".len()..]);
        let from = self.range.end - after.len();
        // The name words from the start of `text` (after its first space): the byte length
        // they take, and whether a phrase's end cut them.
        let names_at = |text: &str| {
            let mut end = 0;
            let spaced = text.starts_with(' ');
            for raw in text.split(' ').skip(1).take(if spaced { NAME_WORDS } else { 0 }) {
                // "sat down with Ioannou's successor, Spyros Nikolaou": whose successor it is
                // is no one met.
                if is_possessive(raw.trim_end_matches([',', '.', ';', ':'])) {
                    return (0, true);
                }
                if !name_word(raw) {
                    break;
                }
                end += 1 + raw.len();
                if raw.ends_with([',', '.', ';', ':']) {
                    end -= raw.len() - raw.trim_end_matches([',', '.', ';', ':']).len();
                    return (end, true);
                }
            }
            (end, false)
        };
        let (end, cut) = names_at(after);
        let object = (end > 0).then(|| from + 1..from + end);
        // "met Scholz and Macron": a second name joined to the object.
        let joined = after[end..].strip_prefix(" and").filter(|_| end > 0 && !cut).and_then(|rest| {
            let (length, _) = names_at(rest);
            let start = from + end + " and".len() + 1;
            (length > 0).then(|| start..start + length - 1)
        });
        // "Officials from Buenos Aires met", "in Port Vila": words that are, or end, a place
        // or body of several words the gazetteer names are no one's name (each word alone
        // passed).
        let (subject, object, joined_subject, joined) =
            if [&subject, &object, &joined_subject, &joined].into_iter().any(Option::is_some) {
                let named: Vec<Range<usize>> =
                    self.sentence_entities().iter().map(|&(s, e, _, _)| s..e).collect();
                let no_place = |r: Option<Range<usize>>| {
                    r.filter(|r| !named.iter().any(|p| p.start < r.end && r.start < p.end))
                };
                (no_place(subject), no_place(object), no_place(joined_subject), no_place(joined))
            } else {
                (subject, object, joined_subject, joined)
            };
        let name = |range: Range<usize>| match self.people.in_range(range.clone()).first() {
            Some(known) => known.name.clone(),
            None => self.text[range].to_owned(),
        };
        let joined = joined_subject.into_iter().chain(joined).map(name).collect();
        (subject.map(name), object.map(name), joined)
    }

    /// The country that owns what a strike hit, named without an owner (`owned_nouns`: "the
    /// embassy bombings", "the blast, which damaged the embassy") after the trigger or right
    /// before it: the last country the article named as the owner of such a thing ("the U.S.
    /// Embassy in Nairobi"), up to the end of this sentence.
    fn owner_said_before(&self, trigger: Range<usize>, range: Range<usize>) -> Option<String> {
        const BEFORE_WORDS: usize = 1;
        let owned = &self.lexicon.owned_nouns;
        let is_owned = |word: &str| {
            let bare = word.trim_matches(|c: char| !c.is_alphabetic());
            owned.iter().any(|n| bare.eq_ignore_ascii_case(n))
        };
        let before = self.text[range.start.min(trigger.start)..trigger.start].split_whitespace().rev();
        let unowned = self.text[trigger.end..range.end.max(trigger.end)].split_whitespace().any(is_owned)
            || before.take(BEFORE_WORDS + 1).any(is_owned);
        if !unowned {
            return None;
        }
        let text = &self.text[..self.range.end];
        let mut owner = None;
        for word in text.split_ascii_whitespace().filter(|w| is_owned(w)) {
            let at = word.as_ptr() as usize - text.as_ptr() as usize;
            let from = text.floor_char_boundary(at.saturating_sub(OWNER_BYTES));
            let country = self
                .entities(from..at)
                .into_iter()
                .rev()
                .find(|e| e.3 == EntityClass::Country && self.text[e.1..at].trim().is_empty());
            if let Some((_, _, country, _)) = country {
                owner = Some(country);
            }
        }
        owner
    }

    /// Whether the sentence tells background, in the pluperfect or the past progressive: "his
    /// team was clearing mines when it was attacked", "he had gone home when".
    fn told_as_background(&self) -> bool {
        let mut words = self.text[self.range.clone()].split_whitespace();
        let mut previous = words.next().unwrap_or("");
        for word in words {
            let progressive = matches!(previous, "was" | "were") && word.len() > 4 && word.ends_with("ing");
            let pluperfect = previous == "had" && (word.ends_with("ed") || word == "been");
            if progressive || pluperfect {
                return true;
            }
            previous = word;
        }
        false
    }

    /// Where a host's verb (`receiving`) stands before a visit trigger in its sentence, and
    /// whether it is passive: "welcomed" in "Castro welcomed the Pope when he arrived"; "was
    /// received by", whose subject is the guest, is.
    fn received_before(&self, trigger: Range<usize>) -> Option<(Range<usize>, bool)> {
        const WORDS: usize = 10;
        let before = &self.text[self.range.start..trigger.start];
        let mut next = "";
        for word in before.split_whitespace().rev().take(WORDS) {
            let start = word.as_ptr() as usize - before.as_ptr() as usize;
            if word.contains(';') {
                return None;
            }
            if self.lexicon.receiving.iter().any(|v| word.eq_ignore_ascii_case(v)) {
                let passive = next == "by"
                    || before[..start].split_whitespace().next_back().is_some_and(|w| {
                        matches!(
                            w.to_ascii_lowercase().as_str(),
                            "was" | "were" | "been" | "being" | "is" | "are"
                        )
                    });
                let at = self.range.start + start;
                return Some((at..at + word.len(), passive));
            }
            next = word;
        }
        None
    }

    /// Whom a host's verb receives when it names them by role and a pronoun before the visit
    /// refers to them ("welcomed the pontiff when he arrived"): the last person named before
    /// the verb who is not a host.
    fn guest_referred_to(
        &self,
        verb: Range<usize>,
        trigger: Range<usize>,
        hosts: &[String],
    ) -> Option<String> {
        const ROLE_WORDS: usize = 3;
        let mut object = self.text[verb.end..trigger.start].split_whitespace();
        let by_role = object.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && object.take(ROLE_WORDS).any(|w| {
                let w = w.trim_end_matches([',', '.']).to_lowercase();
                self.lexicon.people_nouns.contains(&w)
                    || whole_words(&self.lexicon.titles, &w).next().is_some()
            });
        let pronoun = self.text[verb.end..trigger.end]
            .split_whitespace()
            .any(|w| matches!(w.to_ascii_lowercase().as_str(), "he" | "she" | "his" | "her"));
        if !by_role || !pronoun {
            return None;
        }
        self.people
            .mentions_before(verb.start)
            .iter()
            .rev()
            .find(|p| !hosts.contains(&p.name))
            .map(|p| p.name.clone())
    }

    /// The person a relative clause opening with "who" follows: "Arafat, who met Netanyahu".
    fn relative_antecedent(&self, clause: Range<usize>, people: &[people::PersonMention]) -> Option<String> {
        let opening = self.text[clause.clone()].trim_start_matches([',', ' ']);
        // "Aydin visited Baku last Tuesday, where he was received by President Guliyev": a
        // scene's clause with a pronoun goes on with the sentence's first person.
        let mut words = opening.split(' ');
        if let (Some(scene), Some(pronoun)) = (words.next(), words.next())
            && self.lexicon.scene_openers.iter().any(|o| o == scene)
            && matches!(pronoun, "he" | "she")
        {
            return people.iter().find(|p| p.start < clause.start).map(|p| p.name.clone());
        }
        if !opening.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("who ")) {
            return None;
        }
        // ("The US Secretary of State, who flew to Islamabad": a role of a country no one
        // holds by name is that country's; not one whose office another serves, "Henrik
        // Aalto, Special Envoy of the UN Secretary-General, who arrived".)
        const OWNER_WORDS: usize = 3;
        let roles = self.people.country_role_mentions_in(self.range.start..clause.start).filter(|r| {
            !self.text[self.range.start..r.start]
                .split_whitespace()
                .rev()
                .take(OWNER_WORDS)
                .any(|w| w == "of")
        });
        let antecedent =
            people.iter().filter(|p| p.start < clause.start).chain(roles).max_by_key(|p| p.start)?;
        let gap = &self.text[antecedent.start..clause.start];
        (gap.split_whitespace().count() <= PERSON_WORDS && gap.trim_end().ends_with(','))
            .then(|| antecedent.name.clone())
    }

    /// A name without a title right after a trigger, its object: "hosted Mubarak".
    fn untitled_object(&self, trigger: Range<usize>) -> Option<String> {
        let (subject, object, _) = self.untitled_names(trigger);
        object.filter(|o| subject.as_ref() != Some(o))
    }

    /// Where a word of inviting stands a few words before a trigger: "invited Polish Foreign
    /// Minister Bronislaw Geremek to visit".
    fn invitation_before(&self, trigger_start: usize) -> Option<usize> {
        const WORDS: usize = 8;
        let before = &self.text[self.range.start..trigger_start];
        for word in before.split_whitespace().rev().take(WORDS) {
            if self.lexicon.inviting.iter().any(|v| word.eq_ignore_ascii_case(v)) {
                return Some(self.range.start + (word.as_ptr() as usize - before.as_ptr() as usize));
            }
        }
        None
    }

    /// Whether the person named at `person` follows the trigger ending at `trigger_end` as
    /// "of" or "by" and a title: "visit of U.S. Commerce Secretary William Daley".
    fn introduced_by_of(&self, trigger_end: usize, person: usize) -> bool {
        const TITLE_WORDS: usize = 5;
        let Some(gap) = self.text.get(trigger_end..person) else { return false };
        let mut words = gap.split_whitespace();
        matches!(words.next(), Some("of" | "by"))
            && !gap.contains([',', ';', '(', ')'])
            && words.clone().count() <= TITLE_WORDS
            && words.all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "the" | "of"))
    }

    /// The person the main clause opens with, when `clause` opens the sentence with a
    /// participle ("After meeting the king, the envoy said", "Touring the camp Friday,
    /// Governor Ann Lee said"): a participle has no subject of its own.
    fn participle_subject(&self, clause: Range<usize>) -> Option<String> {
        const SUBJECT_WORDS: usize = 4;
        let opening = self.text[self.range.start..clause.start].trim();
        if !opening.is_empty() {
            return None;
        }
        let mut words = self.text[clause.clone()].split_whitespace().map(str::to_ascii_lowercase);
        let first = words.next()?;
        let participle = |w: &str| w.len() > 4 && w.ends_with("ing");
        let opens = participle(&first)
            || (matches!(first.as_str(), "after" | "before" | "while" | "since" | "upon" | "on" | "when")
                && words.next().is_some_and(|w| participle(&w)));
        if !opens {
            return None;
        }
        let person = self.people.in_range(clause.end..self.range.end).into_iter().next()?;
        let gap = &self.text[clause.end..person.start];
        let gap = gap.trim_start_matches([',', ' ']);
        (gap.split_whitespace().count() <= SUBJECT_WORDS && !gap.contains([',', ';', '(', ')']))
            .then_some(person.name)
    }

    /// Whether a verb's object is the person named after `gap`: a title or a few words
    /// ("hosted French President Jacques Chirac"), or a role in apposition ("hosted his
    /// Azerbaijani counterpart, Elnur Guliyev").
    fn names_next(&self, gap: &str) -> bool {
        let role = gap.trim_end().strip_suffix(',').and_then(|role| {
            let last = role.split_whitespace().last()?;
            self.lexicon.people_nouns.contains(&last.to_ascii_lowercase()).then_some(role)
        });
        let words = role.unwrap_or(gap);
        words.split_whitespace().count() <= PERSON_WORDS && !words.contains([',', ';', '(', ')'])
    }

    /// Where "he" or "she" first stands as a whole word within `range`, if it does.
    /// Whom a subject pronoun at `pronoun` stands for: the last person named before it, unless
    /// the pronoun opens its sentence and that person was the counterpart ("with ...") of the
    /// sentence before's subject: "Annan ended a meeting with Saddam Hussein today. He is
    /// expected to meet Aziz" is Annan. ("Albright invited Geremek to visit. He will travel"
    /// is Geremek.) A subject is a person named in the first few words of that sentence and
    /// not yet among `names`.
    fn antecedent(&self, pronoun: usize, names: &[String]) -> Option<String> {
        const SUBJECT_WORDS: usize = 6;
        if let Some(speaker) = self.speaker_before(pronoun) {
            return Some(speaker);
        }
        // "The US President said last night that he would meet", "The US President flew on to
        // Seoul, and he is due to meet": an office-holder never named who opens the sentence,
        // with no one named before the pronoun, is whom it stands for, as their country.
        if self.people.in_range(self.range.start..pronoun).is_empty()
            && let Some(role) = self.people.country_role_mentions_in(self.range.start..pronoun).next()
            && self.text[self.range.start..role.start].split_whitespace().count() <= SUBJECT_WORDS
            && !names.contains(&role.name)
        {
            return Some(role.name.clone());
        }
        const OPENING_WORDS: usize = 5;
        // "The following morning he", "There, on Friday, he": an opening adverbial with no
        // one named and no verb of saying in it leaves the pronoun the sentence's subject.
        let opening = &self.text[self.range.start..pronoun];
        let opens = opening.split_whitespace().count() <= OPENING_WORDS
            && self.people.in_range(self.range.start..pronoun).is_empty()
            && opening.split_whitespace().all(|w| !self.lexicon.reporting_verbs.contains(&bare_lower(w)));
        // "The US President became the first to set foot in North Korea ... He arrived in
        // Seoul on Saturday": an office-holder never named who opens the sentence before, with
        // no one named ahead of them there, is whom the pronoun stands for, as their country.
        let role_subject = self.previous_sentence.clone().filter(|_| opens).and_then(|previous| {
            let role = self.people.country_role_mentions_in(previous.clone()).next()?;
            let words_before = self.text[previous.start..role.start].split_whitespace().count();
            let named_before = !self.people.in_range(previous.start..role.start).is_empty();
            (words_before <= SUBJECT_WORDS && !named_before && !names.contains(&role.name))
                .then(|| role.name.clone())
        });
        if role_subject.is_some() {
            return role_subject;
        }
        let last = self.people.last_before(pronoun)?;
        let subject = self.previous_sentence.clone().filter(|_| opens).and_then(|previous| {
            let first = self.people.in_range(previous.clone()).into_iter().next()?;
            let words_before = self.text[previous.start..first.start].split_whitespace().count();
            // "Zhou flew into Cairo and met Mansour. The following morning he ...": whom the
            // subject met or was with is the counterpart, not whom the pronoun stands for.
            let counterpart = first.start < last.start
                && self.text[first.start..last.start]
                    .split_whitespace()
                    .any(|w| COUNTERPART_WORDS.contains(&bare_lower(w).as_str()));
            (words_before <= SUBJECT_WORDS && counterpart && !names.contains(&first.name))
                .then_some(first.name)
        });
        Some(subject.unwrap_or_else(|| last.name.clone()))
    }

    /// Who says what a pronoun does, when the sentence opens with them and a verb of saying
    /// comes right before the pronoun: "Albright said she would travel", "Albright, speaking
    /// in London, told reporters she would travel". The speaker may be named by one word
    /// without a title (no person then, so "the last person named" would miss them); an
    /// aside between must open with a participle or "who" ("However, officials said" is no
    /// speaker "However").
    fn speaker_before(&self, pronoun: usize) -> Option<String> {
        const SAYING_TO_PRONOUN: usize = 3;
        const ASIDE_WORDS: usize = 8;
        let words: Vec<&str> = self.text[self.range.start..pronoun].split_whitespace().collect();
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        let said = (1..words.len())
            .rev()
            .take(SAYING_TO_PRONOUN)
            .find(|&k| self.lexicon.reporting_verbs.contains(&bare(words[k])))?;
        let first = words[0];
        let aside = &words[1..said];
        let leads = aside.is_empty()
            || (first.ends_with(',')
                && aside.len() <= ASIDE_WORDS
                && aside.last().is_some_and(|w| w.ends_with(','))
                && aside[..aside.len() - 1].iter().all(|w| !w.contains([',', ';', ':']))
                && {
                    let opening = bare(aside[0]);
                    opening == "who"
                        || (opening.len() > 4 && (opening.ends_with("ing") || opening.ends_with("ed")))
                });
        if !leads || words[said + 1..].iter().any(|w| w.contains([',', ';', ':'])) {
            return None;
        }
        if let Some(person) = self.people.in_range(self.range.start..self.range.start + first.len()).first() {
            return Some(person.name.clone());
        }
        let name = first.trim_end_matches(',');
        let lower = name.to_lowercase();
        let shaped = name.len() > 1
            && name.starts_with(|c: char| c.is_uppercase())
            && name.chars().all(|c| c.is_alphabetic() || c == '-')
            && name.chars().any(char::is_lowercase);
        // A name is capitalised inside sentences too ("met Albright"): "Sources said he" has
        // only the sentence's first word.
        let inside_a_sentence = || {
            memchr::memmem::find_iter(self.text.as_bytes(), name).any(|at| {
                let before = self.text[..at].trim_end_matches(' ');
                before.len() < at
                    && before.ends_with(|c: char| c.is_lowercase() || c == ',')
                    && !self.text[at + name.len()..].starts_with(|c: char| c.is_alphabetic())
            })
        };
        (shaped && people::may_name_someone(name, &lower, self.lexicon) && inside_a_sentence())
            .then(|| name.to_owned())
    }

    fn subject_pronoun(&self, range: Range<usize>) -> Option<usize> {
        let slice = &self.text[range.clone()];
        ["he", "He", "she", "She"]
            .iter()
            .filter_map(|p| {
                slice.match_indices(p).map(|(i, _)| i).find(|&i| at_word_boundaries(slice, i, i + p.len()))
            })
            .min()
            .map(|i| range.start + i)
    }

    /// Where a list of countries or bodies that ends in `clause` starts: "Egypt, Ethiopia and
    /// Sudan failed to reach a deal at talks" lists its first item in a clause of its own.
    /// "joined a video call with the leaders of Chile, Peru and Bolivia": where the list of
    /// countries or bodies the clause ends on goes on to, each item a clause of one of them
    /// (the last one "and" another, or several joined by "and").
    /// "talks between Iran and six world powers: the United States, Britain, France": a
    /// clause ending on a plural noun and a colon names its sides in the list after it.
    fn listed_after(&self, clause: Range<usize>) -> usize {
        let written = self.text[clause.clone()].trim_end();
        let ends_with_one =
            whole_words(&self.lexicon.entities, written).last().is_some_and(|m| m.end() == written.len());
        let announces_a_list = || {
            self.text[clause.end..].starts_with(':')
                && written.rsplit(' ').next().is_some_and(|w| {
                    w.len() > 3 && w.ends_with('s') && w.bytes().all(|b| b.is_ascii_lowercase())
                })
        };
        if !ends_with_one && !announces_a_list() {
            return clause.end;
        }
        let mut end = clause.end;
        for later in self.clauses.iter().filter(|c| c.start >= clause.end) {
            let item =
                self.text[later.clone()].trim_start_matches([',', ':', ' ']).trim_end_matches(['.', ' ']);
            let item = item.strip_prefix("and ").unwrap_or(item);
            let one = |part: &str| {
                is_whole_phrase(&self.lexicon.entities, part.strip_prefix("the ").unwrap_or(part))
            };
            // "France, Germany and Italy on Monday": the last item may have the clause's
            // other words after it.
            let (items, last) = match item.rsplit_once(" and ") {
                Some((items, last)) => (items, Some(last)),
                None => (item, None),
            };
            let last_opens = last.is_none_or(|l| {
                opens_with_phrase(&self.lexicon.entities, l.strip_prefix("the ").unwrap_or(l))
            });
            if !items.split(" and ").all(one) || !last_opens {
                break;
            }
            end = later.end;
            if self.text[later.clone()].contains(" and ") {
                break;
            }
        }
        end
    }

    fn listed_before(&self, clause: Range<usize>) -> usize {
        let written = |range: &Range<usize>| self.text[range.clone()].trim_start_matches([',', ' ']);
        let opens_with_one = opens_with_phrase(&self.lexicon.entities, written(&clause));
        if !opens_with_one {
            return clause.start;
        }
        let mut start = clause.start;
        // Each earlier item is a clause that is one country or body and nothing else (after
        // the article opening the list: "The British, French and German ministers", and a
        // live blog's time).
        for earlier in self.clauses.iter().rev().filter(|c| c.end <= clause.start) {
            let item = written(earlier);
            let item = item.trim_start_matches(|c: char| !c.is_alphabetic());
            let item = item.strip_prefix("The ").or_else(|| item.strip_prefix("the ")).unwrap_or(item);
            if !is_whole_phrase(&self.lexicon.entities, item) {
                // "the presidents of Guatemala, El Salvador and Honduras met", "the foreign
                // ministers of France, Germany and Italy": the leaders' plural that opens
                // the list names its first side.
                if self.opens_a_list_of_leaders(item) {
                    start = earlier.start;
                }
                break;
            }
            start = earlier.start;
        }
        start
    }

    /// Whether a list item is "the leaders of" a country or body (`plural_sides`,
    /// `gathering_subjects`): "presidents of Guatemala", "heads of state of Chile".
    fn opens_a_list_of_leaders(&self, item: &str) -> bool {
        let Some((leaders, side)) = item.rsplit_once(" of ") else { return false };
        let side = side.strip_prefix("the ").unwrap_or(side);
        let noun = leaders.rsplit(' ').next().unwrap_or(leaders).to_ascii_lowercase();
        let lower = leaders.to_ascii_lowercase();
        is_whole_phrase(&self.lexicon.entities, side)
            && (self.lexicon.plural_sides.contains(&noun)
                || self.lexicon.gathering_subjects.iter().any(|g| lower.ends_with(g.as_str())))
    }

    /// Where "him" or "her" stands as an object in `range` ("congratulated him in a video
    /// call"): "her" only when no noun follows it ("her counterpart" is whose).
    fn object_pronoun(&self, range: Range<usize>) -> Option<usize> {
        let slice = &self.text[range.clone()];
        let mut offset = 0;
        for word in slice.split(' ') {
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            let at = range.start + offset;
            offset += word.len() + 1;
            let object = match bare {
                "him" => true,
                "her" => {
                    bare.len() < word.len()
                        || slice[offset.min(slice.len())..]
                            .split_whitespace()
                            .next()
                            .is_none_or(|next| self.lexicon.not_nouns.contains(&next.to_ascii_lowercase()))
                }
                _ => false,
            };
            if object {
                return Some(at);
            }
        }
        None
    }

    /// Whether a title follows `end` straight away: "French President" names whose the
    /// person is, not a place.
    fn title_after(&self, end: usize) -> bool {
        const TITLE_BYTES: usize = 40;
        let Some(rest) = self.text[end..].strip_prefix(' ') else { return false };
        let cut = rest.floor_char_boundary(rest.len().min(TITLE_BYTES));
        opens_with_phrase(&self.lexicon.titles, &rest[..cut])
    }

    /// Whether the word after `end` is a noun the entity before it modifies and which is not
    /// a place: "U.S. embassies", "Syrian rebels", but not "Kenya and", "Russia said",
    /// "Baghdad airport".
    /// Whether the entity ending at `end` is a possessive of a thing, not of a person:
    /// "Iraq's food and oil supply route", "Iran's nuclear programme"; not "Iraq's foreign
    /// minister", "Russia's Lavrov", "Iran's chief negotiator" or "Iraq's army".
    fn owns_a_thing(&self, end: usize) -> bool {
        const OWNED_WORDS: usize = 3;
        let Some(rest) =
            self.text[end..].strip_prefix("'s ").or_else(|| self.text[end..].strip_prefix("’s "))
        else {
            return false;
        };
        if !rest.starts_with(|c: char| c.is_ascii_lowercase()) {
            return false;
        }
        let mut words = Vec::new();
        for raw in rest.split(' ').take(OWNED_WORDS) {
            let word = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
            words.push(word.to_ascii_lowercase());
            if word.len() < raw.len() {
                break;
            }
        }
        let phrase = words.join(" ");
        // ("talks between Guatemala's government and the URNG": a state acts through its arms.)
        !opens_with_phrase(&self.lexicon.titles, &phrase)
            && !words.iter().any(|w| self.lexicon.people_nouns.contains(w))
            && !words.first().is_some_and(|w| self.lexicon.state_arms.contains(w))
    }

    /// The country or body joined to the one ending at `end` by "and", "or" or a comma alone
    /// ("American and British", "U.S., British and French"), when it ends before `limit`.
    fn side_joined_after(&self, end: usize, limit: usize) -> Option<(usize, usize)> {
        const JOINING_BYTES: usize = 8;
        if end >= limit {
            return None;
        }
        let reach = self.text.floor_char_boundary(limit.min(end + JOINING_BYTES + 1));
        let gap_end = end + self.text[end..reach].find(|c: char| c.is_uppercase())?;
        if !matches!(self.text[end..gap_end].trim(), "and" | "or" | "," | ", and") {
            return None;
        }
        const NAME_BYTES: usize = 64;
        let name_end = self.text.floor_char_boundary(limit.min(gap_end + NAME_BYTES));
        self.entities(gap_end..name_end)
            .into_iter()
            .find(|e| e.0 == gap_end && e.3 != EntityClass::Place)
            .map(|e| (e.0, e.1))
    }

    fn modifies_a_noun(&self, end: usize) -> bool {
        noun_after(self.text, end, self.lexicon).is_some_and(|noun| !self.lexicon.place_nouns.contains(noun))
    }

    /// Whether the entity at `start..end` is named as a side of the strike at `trigger`:
    /// just before it ("U.S. missile strike", "Israel's air raids", "Israel bombed"), or
    /// after it as its target or author ("strike on Syria", "bombings of U.S. embassies",
    /// "a strike last month targeted a Syrian air base", "attack by Hezbollah").
    fn names_a_side(&self, trigger: Range<usize>, start: usize, end: usize) -> bool {
        const BEFORE_WORDS: usize = 3;
        const AFTER_WORDS: usize = 5;
        const PASSIVE_WORDS: usize = 8;
        const LINKS: &[&str] =
            &["of", "on", "against", "at", "by", "into", "targeted", "targeting", "hit", "hitting"];
        let unbroken = |gap: &str| !gap.contains([',', ';', ':', '(', ')', '"']);
        if name_ends_in_trigger(&trigger, start, end) {
            return true;
        }
        if end <= trigger.start {
            // Only what stands right before the trigger: "Russia said Turkey shelled" makes
            // Turkey the attacker, not Russia. ("The Islamic State (ISIS) shelled": a short
            // name in brackets after the long one stands where the name does.)
            let gap = &self.text[end..trigger.start];
            let gap =
                if self.text[..start].ends_with('(') { gap.strip_prefix(')').unwrap_or(gap) } else { gap };
            // "it was the Houthis who fired", "Hamas, which fired rockets": the subject of a
            // relative clause the strike opens.
            if self.relative_subject(gap) {
                return true;
            }
            // The gap is as long as the sentence before the trigger: its words are lower-cased
            // only where few words can matter.
            let words: Vec<&str> = gap.split_whitespace().collect();
            // "U.S. embassies in Kenya were bombed": the passive's subject is the target.
            let passive = words
                .last()
                .is_some_and(|w| ["was", "were", "been", "being"].iter().any(|a| w.eq_ignore_ascii_case(a)));
            if passive {
                return unbroken(gap) && words.len() <= PASSIVE_WORDS;
            }
            // "Hamas claimed responsibility for the suicide bombing": who claims it made it.
            const CLAIMED_WORDS: usize = 3;
            if words.len() <= CLAIMED_WORDS + 4 && unbroken(gap) {
                let gap_text = words.join(" ").to_ascii_lowercase();
                if let Some(claim) =
                    self.lexicon.claiming.iter().find_map(|c| gap_text.find(c.as_str()).map(|i| i + c.len()))
                    && gap_text[claim..].split_whitespace().count() <= CLAIMED_WORDS
                {
                    return true;
                }
            }
            if self.made_by(gap) {
                return true;
            }
            let words = without_perfect(&words);
            let close = words.len() <= BEFORE_WORDS
                && words.iter().all(|w| {
                    let w = w.to_ascii_lowercase();
                    matches!(w.as_str(), "and" | "the" | "a" | "an" | "'s" | "’s")
                        || !self.lexicon.not_nouns.contains(&w)
                });
            // "Iran Saturday condemned the bombing": who speaks of a strike is no side of it.
            let spoken_of =
                || words.iter().any(|w| self.lexicon.reporting_verbs.contains(&w.to_ascii_lowercase()));
            return unbroken(gap) && (close || self.names_its_arms(gap)) && !spoken_of();
        }
        // "fighters linked to the Islamic State group ambushed": named in the agent's phrase.
        if start >= trigger.start && end <= trigger.end {
            return true;
        }
        if start < trigger.end {
            return false;
        }
        let gap = &self.text[trigger.end..start];
        // "fired rockets into northern Israel": a compass word is part of the place.
        let words: Vec<&str> =
            gap.split_whitespace().filter(|w| !COMPASS.iter().any(|c| w.eq_ignore_ascii_case(c))).collect();
        // "jets bombed PKK camps", "jets struck PKK camps": a verb in the past, regular or
        // not, takes its object right after it.
        // ("missiles were fired towards northern Kuwait": a trigger ending on its direction
        // takes what follows; "withdrawing east towards the border" is no trigger's.)
        // ("Ethiopian aircraft bomb Asmara airport", "U.S. jets pound Afghanistan": a
        // timeline's or headline's present tense, after the arms that make the trigger.)
        let trigger_text = &self.text[trigger.clone()];
        let trigger_links = trigger_text.rsplit(' ').next().is_some_and(|w| {
            LINKS.contains(&w)
                || matches!(w, "towards" | "toward")
                || w.ends_with("ed")
                || self.lexicon.irregular_verbs.iter().any(|v| v == w)
                || (trigger_text.contains(' ') && PRESENT_STRIKE_VERBS.contains(&w))
        });
        // "began bombing Yugoslavia", "kept shelling the Kurds": a verb in "-ing" takes the
        // side named right after it, past "the" at most.
        let gerund_links = self.text[trigger.clone()].ends_with("ing")
            && words.len() <= 1
            && words.iter().all(|w| w.eq_ignore_ascii_case("the"));
        gerund_links
            || unbroken(gap)
                && words.len() <= AFTER_WORDS
                && (words.iter().any(|w| LINKS.contains(&w.to_ascii_lowercase().as_str()))
                    || (trigger_links && words.len() <= 2))
    }

    /// The countries this sentence names as hosts: right before a word of hosting
    /// ("Germany will host", "Japan hosts") or right after "hosted by".
    fn hosts_named(&self) -> Vec<String> {
        self.sentence_entities()
            .iter()
            .filter(|(start, end, _, class)| {
                let after = self.text[*end..self.range.end].trim_start();
                let before = self.text[self.range.start..*start].trim_end();
                *class == EntityClass::Country
                    && (self.lexicon.hosting.iter().any(|h| {
                        after.get(..h.len()).is_some_and(|a| a.eq_ignore_ascii_case(h))
                            && !after[h.len()..].starts_with(char::is_alphanumeric)
                    }) || dates::ends_with_word(before, "hosted by"))
            })
            .map(|(_, _, entity, _)| entity.clone())
            .collect()
    }

    /// Whether the side at `start..end` of the strike at `trigger` makes it: named right
    /// before it and not as a passive's subject ("U.S. warplanes struck", not "U.S. embassies
    /// were bombed"), or after it with "by" ("an offensive by Serbian forces").
    fn attacks(&self, trigger: Range<usize>, start: usize, end: usize) -> bool {
        if name_ends_in_trigger(&trigger, start, end) {
            return true;
        }
        if end <= trigger.start {
            let gap = &self.text[end..trigger.start];
            if self.relative_subject(gap) {
                return true;
            }
            let last = gap.split_whitespace().next_back().unwrap_or("");
            // "the U.S. Embassy bombing": what is hit, not who hits.
            let owned =
                gap.split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).map(str::to_lowercase);
            let hit = owned.as_ref().is_some_and(|w| {
                self.lexicon.target_nouns.contains(w) && !self.lexicon.arms_nouns.contains(w)
            });
            // Only what stands right before it: "Israeli soldiers were killed in a bombing"
            // names whom it hit.
            const BEFORE_WORDS: usize = 3;
            let words: Vec<&str> = gap.split_whitespace().collect();
            let words = without_perfect(&words);
            let close = words.len() <= BEFORE_WORDS
                && words.iter().map(|w| w.to_ascii_lowercase()).all(|w| {
                    matches!(w.as_str(), "and" | "the" | "'s" | "’s") || !self.lexicon.not_nouns.contains(&w)
                });
            return ((close || self.names_its_arms(gap))
                && !hit
                && !matches!(last, "was" | "were" | "been" | "being"))
                || self.made_by(gap);
        }
        if start >= trigger.start && end <= trigger.end {
            return true;
        }
        // "carried out by Hamas", but not "struck oil fields held by Islamic State".
        let mut before = self.text[..start].split_whitespace().rev().take(3);
        let by = before.clone().take(2).position(|w| w == "by");
        by.is_some_and(|at| {
            before.nth(at + 1).is_none_or(|w| !self.lexicon.holding_participles.iter().any(|h| h == w))
        })
    }

    /// The state or group a strike is blamed on (`blaming`: "blamed on", "attributed to"),
    /// named right after those words, past "the", up to twelve words after the trigger in its
    /// sentence and with no other strike between.
    fn blamed_on(&self, trigger: Range<usize>) -> Option<String> {
        const WORDS: usize = 12;
        let after = self.text.get(trigger.end..self.range.end)?;
        // Only the first words can hold it, and the space after them.
        let end = first_words_end(after, WORDS + self.lexicon.blaming_words);
        let end = end + after[end..].chars().next().filter(|c| c.is_whitespace()).map_or(0, char::len_utf8);
        let lower = after[..end].to_ascii_lowercase();
        let (at, phrase) = self
            .lexicon
            .blaming
            .iter()
            .filter_map(|b| spaced_find(&lower, b).map(|at| (at, b)))
            .min_by_key(|(at, _)| *at)?;
        if after[..at].split_whitespace().count() > WORDS {
            return None;
        }
        let from = trigger.end + at + phrase.len() + 2;
        let (start, end, entity, class) = self.entities(from..self.range.end).into_iter().next()?;
        let gap = self.text[from..start].trim();
        (class != EntityClass::Place
            && (gap.is_empty() || gap.eq_ignore_ascii_case("the"))
            && !self.origin_named(end))
        .then_some(entity)
    }

    /// "A drone hit the depot; Bishkek blames Tajikistan, which denies it", "Moscow blames
    /// Chechen rebels for the bombings": the state or group a verb of blaming
    /// (`blaming_verbs`) names as its object, right after it or past "the", within a few words
    /// of the strike in its sentence. "accused by" names the one who blames, not the blamed.
    fn blamed_by_verb(&self, trigger: Range<usize>) -> Option<String> {
        const WORDS: usize = 20;
        const FOR_WORDS: usize = 4;
        let before = self.text.get(self.range.start..trigger.start)?;
        let from = self.range.start + last_words_start(before, WORDS);
        let after = self.text.get(trigger.end..self.range.end)?;
        let to = trigger.end + first_words_end(after, WORDS);
        let lower = self.text[from..to].to_ascii_lowercase();
        let verb_ends = self.lexicon.blaming_verbs.iter().flat_map(|verb| {
            lower.match_indices(verb.as_str()).filter_map(|(at, verb)| {
                let end = at + verb.len();
                let starts_word = at == 0 || !lower[..at].ends_with(|c: char| c.is_alphanumeric());
                (starts_word && lower[end..].starts_with(' ')).then_some(from + end)
            })
        });
        verb_ends.into_iter().find_map(|end| {
            let (start, entity_end, entity, class) = self.entities(end..self.range.end).into_iter().next()?;
            let gap = self.text[end..start].trim();
            if class == EntityClass::Place || !(gap.is_empty() || gap.eq_ignore_ascii_case("the")) {
                return None;
            }
            // Blamed "for" the strike, a few words on; accused "of" something, maybe another
            // deed ("accused Rwanda of sending troops"); else blamed after the strike was told.
            let rest = self.text[entity_end..self.range.end].trim_start_matches([' ', ',']);
            let blamed_for = rest.strip_prefix("for ").is_some_and(|r| {
                let to = self.range.end - r.len();
                let between = self.text.get(to..trigger.start).unwrap_or(";");
                between.split_whitespace().count() <= FOR_WORDS && !between.contains([',', ';', ':'])
            });
            (blamed_for || (!rest.starts_with("of ") && !rest.starts_with("for ") && end > trigger.end))
                .then_some(entity)
        })
    }

    /// Whether a word names a day or a month ("Friday", "June"), or is "in" or "on" before one.
    fn names_a_day_or_month(&self, word: &str) -> bool {
        let lower = word.to_ascii_lowercase();
        matches!(lower.as_str(), "in" | "on")
            || self.lexicon.weekdays.contains(&lower)
            || self.lexicon.date_openers.contains(&lower)
    }

    /// Where a verb of answering (`responding`) stands right before the strike at `trigger`,
    /// at most two words and no comma between ("answered with strikes on", "responded with
    /// heavy shelling"), or opens it ("returned fire on").
    fn answering_verb(&self, trigger: Range<usize>, clause: Range<usize>) -> Option<usize> {
        const GAP_WORDS: usize = 2;
        let own = self.text[trigger.clone()].as_bytes();
        let responding = &self.lexicon.responding;
        if responding
            .iter()
            .any(|verb| own.get(..verb.len()).is_some_and(|o| o.eq_ignore_ascii_case(verb.as_bytes())))
        {
            return Some(trigger.start);
        }
        // Only the verb's own words and the gap can hold it: a window of a few words, not
        // the clause, is lower-cased and searched.
        let from = clause.start.min(trigger.start);
        let before = self.text.get(from..trigger.start)?;
        // (Two words more for a date between: "answered in June with".)
        const DATE_WORDS: usize = 2;
        let from = from + last_words_start(before, GAP_WORDS + DATE_WORDS + self.lexicon.responding_words);
        let before = &self.text[from..trigger.start];
        // The window's words with where each starts, lower-cased; a day or a month between is
        // no word ("Ethiopia answered in June with air raids").
        let words: Vec<(usize, String)> = before
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - before.as_ptr() as usize, w.to_ascii_lowercase()))
            .filter(|(_, w)| !self.names_a_day_or_month(w))
            .collect();
        responding.iter().find_map(|verb| {
            let verb: Vec<&str> = verb.split(' ').collect();
            // The last place the verb's words stand in a row.
            let at = (0..words.len().saturating_sub(verb.len() - 1))
                .rev()
                .find(|&i| words[i..i + verb.len()].iter().zip(&verb).all(|(w, v)| w.1 == *v))?;
            let gap_words = words.len() - at - verb.len();
            let verb_at = words[at].0;
            let gap = &before[verb_at..];
            (gap_words <= GAP_WORDS && !gap.contains([',', ';', ':'])).then_some(from + verb_at)
        })
    }

    /// The subject of a verb of answering (`responding`) that stands right before the strike
    /// at `trigger` ("answered with strikes on") or opens it ("returned fire on"): the first
    /// state or group named in its clause before the verb, not after "on", "against" or "of".
    fn responder(&self, trigger: Range<usize>, clause: Range<usize>) -> Option<String> {
        let verb_at = self.answering_verb(trigger, clause.clone())?;
        self.entities(clause.start..verb_at)
            .into_iter()
            .find(|(start, _, _, class)| {
                *class != EntityClass::Place && {
                    let word_before = self.text[..*start].split_whitespace().next_back().unwrap_or("");
                    !matches!(
                        word_before.to_ascii_lowercase().as_str(),
                        "on" | "against" | "of" | "at" | "in"
                    )
                }
            })
            .map(|e| e.2)
    }

    /// The state or group that opens the sentence as its subject ("Hezbollah answered", "The
    /// Houthis replied"), when the strike at `trigger` is a participle opening a later clause
    /// of it (", firing rockets into Israel").
    fn subject_of_trailing_participle(&self, trigger: Range<usize>, clause: Range<usize>) -> Option<String> {
        let opening = clause.start + (self.clause_text_start(clause.clone()));
        let first_word = self.text[trigger.clone()].split(' ').next().unwrap_or("");
        if clause.start <= self.range.start || trigger.start != opening || !first_word.ends_with("ing") {
            return None;
        }
        let (start, end, entity, class) = self.entities(self.range.start..clause.start).into_iter().next()?;
        let before = self.text[self.range.start..start].trim();
        let verb_after = self.text[end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()));
        (class != EntityClass::Place
            && (before.is_empty() || before.eq_ignore_ascii_case("the"))
            && verb_after)
            .then_some(entity)
    }

    /// Whether a name ending at `end` names the event whose trigger starts at `trigger` as
    /// its own: right before it, possessive or with a word or two of its kind between
    /// ("the European Parliament election", "the party's leadership vote"), not in a
    /// compound ("the UN-run election").
    fn names_its_own(&self, end: usize, trigger: usize) -> bool {
        const KIND_WORDS: usize = 2;
        let Some(between) = self.text.get(end..trigger) else { return false };
        let between =
            between.strip_prefix("'s").or_else(|| between.strip_prefix("\u{2019}s")).unwrap_or(between);
        between.is_empty()
            || (between.starts_with(' ')
                && between.split_whitespace().count() <= KIND_WORDS
                && between.bytes().all(|b| b.is_ascii_lowercase() || b == b' '))
    }

    /// Whether the sentence names "the government" (or "the army") with no country before or
    /// after it ("the government and the rebels", "talks between government and Renamo
    /// delegations", not "the Peruvian government" or "the government of Peru").
    fn names_a_bare_government(&self) -> bool {
        // (After a dateline the sentence opens: "MANILA, Aug. 31 (PNA) -- Government and MNLF
        // negotiators initialed".)
        let opening = dateline_end(self.text, self.range.clone())
            .map_or(self.range.start, |dash| dash + self.text[dash..].find(' ').unwrap_or(0));
        let mut words = self.text[opening..self.range.end].split_whitespace().peekable();
        let mut before = "";
        let mut first = true;
        while let Some(word) = words.next() {
            // ("the government's talks with the rebels")
            let noun = word.trim_end_matches([',', '.', ';']);
            let noun = noun.strip_suffix("'s").or_else(|| noun.strip_suffix("’s")).unwrap_or(noun);
            // ("Government and FARC envoys held talks": opening the sentence, no article.)
            let opening = std::mem::replace(&mut first, false) && noun.len() == word.len();
            if (GOVERNMENT_NOUNS.contains(&noun)
                || opening && GOVERNMENT_NOUNS.iter().any(|g| g.eq_ignore_ascii_case(noun)))
                && (before.eq_ignore_ascii_case("the") || before.eq_ignore_ascii_case("between") || opening)
                && words.peek().is_none_or(|next| *next != "of" || noun.len() < word.len())
            {
                return true;
            }
            before = word;
        }
        false
    }

    /// The bloc that names a summit: in its trigger or right before it ("the APEC summit"),
    /// or after "of" ("the ordinary summit of the ECOWAS Authority").
    /// "the Russia-EU summit", "the 18th EU-China summit", "Korea-Japan director-general-level
    /// talks": the states and bodies a hyphened compound right before the trigger (past at
    /// most two words of description) is made of, when all its parts are ones.
    fn compound_sides(&self, trigger: Range<usize>) -> Vec<String> {
        const DESCRIBING: usize = 2;
        // ("the Russia-EU summit": a trigger may be the compound's last part, "EU summit".)
        let joined = self.text[..trigger.start].ends_with('-');
        let end = if joined {
            trigger.start + self.text[trigger.start..].find(char::is_whitespace).unwrap_or(0)
        } else {
            trigger.start
        };
        let before = &self.text[self.range.start..end.max(self.range.start)];
        for word in before.split_whitespace().rev().take(DESCRIBING + 1) {
            let word = word.trim_end_matches(['\'', '’']).trim_end_matches("'s").trim_end_matches("’s");
            if !word.contains('-') {
                continue;
            }
            let parts: Vec<&str> = word.split('-').collect();
            let named: Vec<String> = parts
                .iter()
                .filter_map(|part| {
                    whole_words(&self.lexicon.entities, part)
                        .next()
                        .filter(|m| m.len() == part.len())
                        .and_then(|m| {
                            let e = &self.lexicon.entity_meaning[m.pattern().as_usize()];
                            matches!(e.class, EntityClass::Country | EntityClass::Organisation)
                                .then(|| e.canonical.clone())
                        })
                })
                .collect();
            if named.len() >= 2 && named.len() == parts.len() {
                return named;
            }
        }
        Vec::new()
    }

    fn bloc_naming_summit(&self, trigger: Range<usize>) -> Option<String> {
        let bloc = |e: &(usize, usize, String, EntityClass)| self.lexicon.is_bloc(&e.2);
        let within = self.entities(trigger.clone()).into_iter().find(bloc);
        let before = || {
            self.entities(self.range.start..trigger.start)
                .pop()
                .filter(|e| bloc(e) && self.text[e.1..trigger.start].trim().is_empty())
        };
        let after = || {
            self.entities(trigger.end..self.range.end)
                .into_iter()
                .next()
                .filter(|e| bloc(e) && matches!(self.text[trigger.end..e.0].trim(), "of" | "of the"))
        };
        // "Arab leaders meet tomorrow for the Arab League's annual summit": a verb of meeting
        // that stood for the summit leaves the summit's own word after it to name the bloc.
        within.or_else(before).or_else(after).map(|e| e.2).or_else(|| {
            if self.text[trigger.clone()].to_ascii_lowercase().contains("summit") {
                return None;
            }
            let rest = &self.text[trigger.end..self.range.end];
            let at = rest
                .match_indices("summit")
                .map(|(i, _)| trigger.end + i)
                .find(|&i| at_word_boundaries(self.text, i, i + "summit".len()))?;
            let owner = self.entities(self.range.start..at).pop().filter(|e| {
                let gap = self.text[e.1..at].trim();
                let gap = gap.strip_prefix("'s").or_else(|| gap.strip_prefix("’s")).unwrap_or(gap);
                bloc(e)
                    && gap.split_whitespace().count() <= 2
                    && gap.chars().all(|c| c.is_lowercase() || c == ' ')
            })?;
            Some(owner.2)
        })
    }

    /// The country of whoever won the election at `trigger`, when a few words before it
    /// say so of someone: "Voronin, who won re-election in July" (the name right before
    /// "who"), "Beridze, who was re-elected in January and whose party won a majority in
    /// the parliamentary election", "after his Labour Party won a landslide in the general
    /// election" (whom "his" stands for). The clause runs to the trigger without a comma.
    fn winners_country(&self, trigger: Range<usize>) -> Option<String> {
        const CLAUSE_WORDS: usize = 20;
        const NAME_TO_WHO: usize = 3;
        const PRONOUN_TO_VERB: usize = 4;
        let before = &self.text[self.range.start..trigger.start];
        let winning = |w: &str| self.lexicon.winning_office.contains(&bare_lower(w));
        let trigger_wins = winning(&self.text[trigger.clone()]);
        let clause_start = before.rfind([',', ';']).map_or(0, |at| at + 1);
        let clause = &before[clause_start..];
        let words: Vec<&str> = clause.split_whitespace().collect();
        if words.len() > CLAUSE_WORDS {
            return None;
        }
        let person = if clause_start > 0 && words.first().is_some_and(|w| w.eq_ignore_ascii_case("who")) {
            // "Voronin, who won": the name ends right before the comma.
            if !(trigger_wins || words.iter().any(|w| winning(w))) {
                return None;
            }
            let comma = self.range.start + clause_start - 1;
            let named = self.people.last_before(comma)?;
            let gap = self.text.get(named.start..comma)?;
            (gap.split_whitespace().count() <= NAME_TO_WHO).then(|| named.name.clone())?
        } else if let Some(pronoun) = [" his ", " her "].iter().filter_map(|p| clause.rfind(p)).max() {
            // "after his Labour Party won": a pronoun, a few words, a verb of winning.
            let pronoun = pronoun + 1;
            let verb = clause[pronoun..].split_whitespace().skip(1).position(winning)?;
            if verb > PRONOUN_TO_VERB {
                return None;
            }
            self.antecedent(self.range.start + clause_start + pronoun, &[])?
        } else {
            return self.standing_subjects_country(trigger);
        };
        self.people.country_of(&person).map(str::to_owned)
    }

    /// "Restrepo, who wants to strike a balance, faces local and regional elections", "spoke
    /// by phone with the Venezuelan President, four days after winning the runoff": a verb of
    /// standing or winning right before the election, a few lower-case words at most between
    /// them, is the sentence's first person's, and so is the election's country.
    fn standing_subjects_country(&self, trigger: Range<usize>) -> Option<String> {
        const VERB_TO_TRIGGER: usize = 4;
        let before = &self.text[self.range.start..trigger.start];
        let words: Vec<(usize, &str)> = before
            .split_whitespace()
            .rev()
            .take(VERB_TO_TRIGGER + 1)
            .map(|w| (w.as_ptr() as usize - before.as_ptr() as usize, w))
            .collect();
        let verb = words.iter().position(|(_, w)| {
            let w = bare_lower(w);
            self.lexicon.winning_office.contains(&w) || self.lexicon.standing_verbs.contains(&w)
        })?;
        // (Only lower-case words between: "faces local and regional", "winning the".)
        if words[..verb].iter().any(|(_, w)| !w.starts_with(|c: char| c.is_ascii_lowercase())) {
            return None;
        }
        let verb_start = words[verb].0;
        let subject =
            self.people.in_range(self.range.start..self.range.start + verb_start).into_iter().next()?;
        self.people.country_of(&subject.name).map(str::to_owned)
    }

    /// The country named right before `position`, as a modifier or a possessive ("the U.S.
    /// presidential election", "Finland's referendum").
    fn country_right_before(&self, position: usize) -> Option<String> {
        let (_, end, country, class) = self.entities(self.range.start..position).pop()?;
        let gap = self.text[end..position].trim();
        // "Poland's snap parliamentary election", "Brazil's \"free, fair and credible\"
        // election": a possessive and a few words describing the event, no preposition or
        // article among them ("France's reaction to the election" is France's reaction).
        let described = |words: &str| {
            let words: Vec<&str> = words.split_whitespace().collect();
            words.len() <= DESCRIBING_WORDS
                && words.iter().all(|w| {
                    let bare = w.trim_matches(|c: char| matches!(c, '"' | ',' | '“' | '”'));
                    !bare.is_empty()
                        && bare.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                        && !NOT_DESCRIBING.contains(&bare)
                })
        };
        let own = gap.is_empty()
            || ["'s", "’s"]
                .iter()
                .any(|s| gap.strip_prefix(s).is_some_and(|rest| rest.is_empty() || described(rest)));
        (class == EntityClass::Country && own).then_some(country)
    }

    /// How many bytes of punctuation and space open a clause before its first word.
    fn clause_text_start(&self, clause: Range<usize>) -> usize {
        let text = &self.text[clause];
        text.len() - text.trim_start_matches([',', ';', ' ']).len()
    }

    /// Whether the words between a side and a strike after it are a relative pronoun alone
    /// ("the Houthis who fired", "Hamas, which fired").
    fn relative_subject(&self, gap: &str) -> bool {
        matches!(gap.trim().trim_start_matches(',').trim(), "who" | "which")
    }

    /// "struck a residential area of the city of Ganja", "attacked the Black Sea port of
    /// Odesa": a city named after "of" and a place noun, a few words after a strike in its
    /// clause, is what it hit.
    fn city_hit(&self, trigger: Range<usize>, start: usize) -> bool {
        const WORDS: usize = 8;
        let Some(gap) = self.text.get(trigger.end..start) else { return false };
        let words: Vec<&str> = gap.split_whitespace().collect();
        words.len() <= WORDS
            && !gap.contains([',', ';', ':', '(', ')', '"'])
            && words.last() == Some(&"of")
            && words
                .len()
                .checked_sub(2)
                .and_then(|k| words.get(k))
                .is_some_and(|noun| self.lexicon.place_nouns.contains(&noun.to_ascii_lowercase()))
    }

    /// Whether the words between a side and a strike after it open with a light verb of
    /// making it (`making`), with at most four `making_modifiers` after: "Israel carried out
    /// air raids", "Russia launched a second day of missile strikes", not "Israel carried out
    /// a review of the bombing".
    fn made_by(&self, gap: &str) -> bool {
        const MODIFIER_WORDS: usize = MADE_BY_MODIFIERS;
        // An auxiliary, the verb and its modifiers at most.
        if gap.contains([',', ';', ':', '(', ')', '"'])
            || gap.split_whitespace().nth(1 + self.lexicon.making_words + MODIFIER_WORDS).is_some()
        {
            return false;
        }
        let gap = gap.trim().to_ascii_lowercase();
        // "the Saudi-led coalition carried out", "U.S.-led coalition aircraft carried out":
        // the state that leads the forces made it, past the words (two at most) that name
        // them.
        const LED_HEAD_WORDS: usize = 2;
        let mut gap = gap.as_str();
        if let Some(mut rest) = gap.strip_prefix("-led ") {
            for _ in 0..LED_HEAD_WORDS {
                match rest.split_once(' ') {
                    Some((head, tail)) if !self.lexicon.not_nouns.contains(head) => rest = tail,
                    _ => break,
                }
                if self.lexicon.making.iter().any(|verb| rest.starts_with(verb.as_str())) {
                    break;
                }
            }
            gap = rest;
        }
        // "Hamas guerrillas set off a car bomb": past the armed men the side sent.
        let gap = gap
            .split_once(' ')
            .filter(|(head, _)| {
                self.lexicon.agents.get(&EventKind::Strike).is_some_and(|a| a.contains(*head))
            })
            .map_or(gap, |(_, rest)| rest);
        // "the army has carried out": past an auxiliary.
        let gap = ["has ", "have ", "had "].iter().find_map(|a| gap.strip_prefix(a)).unwrap_or(gap);
        self.lexicon.making.iter().any(|verb| {
            gap.strip_prefix(verb.as_str()).is_some_and(|rest| {
                (rest.is_empty() || rest.starts_with(' '))
                    && rest.split_whitespace().count() <= MODIFIER_WORDS
                    && rest.split_whitespace().all(|w| self.lexicon.making_modifiers.iter().any(|m| m == w))
            })
        })
    }

    /// Whether the words between a country and a strike after it name the country's arms,
    /// more than the few words a side may stand before it: "U.S. and British warplanes and
    /// helicopter gunships bombed", "American jets based in Turkey bombed". Up to eight words,
    /// one of them an arms noun, nouns and "and" but for where the arms are launched from
    /// (`launching`: "based in Turkey"); no clause break, verb or passive between.
    fn names_its_arms(&self, gap: &str) -> bool {
        const ARMED_WORDS: usize = 8;
        if gap.contains([',', ';', ':', '(', ')', '"']) {
            return false;
        }
        // "Israeli troops backed by tanks stormed": the arms the troops are backed by, which
        // open the trigger, are theirs too.
        let gap = self
            .lexicon
            .agent_modifiers
            .get(&EventKind::Strike)
            .and_then(|modifiers| {
                modifiers.iter().find_map(|m| gap.trim_end().strip_suffix(m.as_str())?.strip_suffix(' '))
            })
            .unwrap_or(gap);
        if gap.split_whitespace().nth(ARMED_WORDS).is_some() {
            return false;
        }
        // "Kenya Defence Forces jets on Monday bombed": a day named between is no verb's.
        let raw: Vec<&str> = gap.split_whitespace().collect();
        let dated_by = |i: usize| raw.get(i + 1).is_some_and(|next| next.starts_with(char::is_uppercase));
        let words: Vec<String> = raw
            .iter()
            .enumerate()
            .filter(|&(i, w)| {
                let the_on = *w == "on" && dated_by(i);
                let the_day = i > 0 && raw[i - 1] == "on" && dated_by(i - 1);
                !the_on && !the_day
            })
            .map(|(_, w)| w.to_lowercase())
            .collect();
        if !words.iter().any(|w| self.lexicon.arms_nouns.contains(w)) {
            return false;
        }
        let mut launched = false;
        let mut armed = false;
        words.iter().all(|w| {
            // "a U.S. cruiser in the Adriatic fired": where the arms are is no verb of theirs.
            launched |= self.lexicon.launching.contains(w) || (armed && matches!(w.as_str(), "in" | "near"));
            armed = self.lexicon.arms_nouns.contains(w);
            matches!(w.as_str(), "and" | "the")
                || (launched && matches!(w.as_str(), "in" | "at" | "from" | "on" | "off" | "a" | "an"))
                || !self.lexicon.not_nouns.contains(w)
        })
    }

    /// Whether a strike is made by a state's forces named without the state (`state_forces`):
    /// right before it ("Security forces shelled") or after it with "by" ("an offensive by
    /// the security forces").
    fn by_state_forces(&self, trigger: Range<usize>) -> bool {
        let forces = &self.lexicon.state_forces;
        // Only the words next to the trigger can hold the forces: an auxiliary, a verb of
        // making and its modifiers (`made_by`) after them before it, "by the" before them
        // after it.
        let words = self.lexicon.state_forces_words;
        let reach = words + 1 + self.lexicon.making_words + MADE_BY_MODIFIERS;
        let before = self.text[self.range.start..trigger.start].trim_end();
        let before = before[last_words_start(before, reach)..].to_lowercase();
        // A trigger that names who struck before its verb ("the army struck", "jets struck")
        // holds the forces' last word: they may end right before its verb.
        let verb_start = self.text[trigger.clone()].rfind(' ').map_or(trigger.start, |at| trigger.start + at);
        let head = self.text[self.range.start..verb_start].trim_end();
        let head = head[last_words_start(head, words)..].to_lowercase();
        let after = self.text[trigger.end..self.range.end].trim_start();
        let after = after[..first_words_end(after, words + 2)].to_lowercase();
        let after = after.strip_prefix("by ").map(|a| a.strip_prefix("the ").unwrap_or(a));
        forces.iter().any(|f| {
            let whole_after = |a: &str| {
                a.strip_prefix(f.as_str()).is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            };
            let whole_before = [&before, &head].into_iter().any(|b| {
                b.strip_suffix(f.as_str()).is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
            });
            // "The army has carried out repeated air strikes": past a light verb of making.
            let made = before.rfind(f.as_str()).is_some_and(|at| {
                !before[..at].ends_with(char::is_alphanumeric) && self.made_by(&before[at + f.len()..])
            });
            whole_before || made || after.is_some_and(whole_after)
        }) || self.opened_by_state_forces(trigger)
    }

    /// "Army troops backed by helicopters attacked a camp", "On Sunday, government aircraft
    /// first bombed the area", "Angola's government forces took the city after weeks of
    /// shelling": state forces that open the sentence (past an opening phrase of a few words
    /// and its comma, and a country's possessive) are the subject of the strike its first
    /// clause goes on to, a few words later with no new clause between.
    fn opened_by_state_forces(&self, trigger: Range<usize>) -> bool {
        const OPENING_WORDS: usize = 5;
        const SUBJECT_WORDS: usize = 14;
        let before = self.text[self.range.start..trigger.start].trim_start();
        // Past an opening phrase and its comma ("On Sunday morning, ").
        let subject = before
            .find(", ")
            .filter(|&comma| before[..comma].split(' ').count() <= OPENING_WORDS)
            .map_or(before, |comma| &before[comma + 2..]);
        // Past a country's possessive ("Angola's") and an article.
        let subject = match subject.split_once(' ') {
            Some((owner, rest)) if owner.ends_with("'s") && owner.starts_with(char::is_uppercase) => rest,
            _ => subject,
        };
        // ("the army" is one of them; "the security forces" is "security forces".)
        let bare = subject.strip_prefix("the ").or_else(|| subject.strip_prefix("The ")).unwrap_or(subject);
        let Some(rest) = self.lexicon.state_forces.iter().find_map(|f| {
            [subject, bare].into_iter().find_map(|s| {
                let head = s.get(..f.len()).filter(|h| h.eq_ignore_ascii_case(f))?;
                let rest = &s[head.len()..];
                (!rest.starts_with(char::is_alphanumeric)).then_some(rest)
            })
        }) else {
            return false;
        };
        rest.split_whitespace().count() <= SUBJECT_WORDS
            && !STATE_FORCES_CLAUSE_BREAKS.iter().any(|b| rest.contains(b))
    }

    /// The last country named in this sentence before `position`, or else in the sentence
    /// before: not a people ("ethnic Albanians"), and not a land named as another's part
    /// ("the Serbian province of Kosovo" is Serbia's).
    fn country_named_before(&self, position: usize) -> Option<String> {
        let from = self.previous_sentence.as_ref().map_or(self.range.start, |p| p.start);
        let countries: Vec<_> =
            self.entities(from..position).into_iter().filter(|e| e.3 == EntityClass::Country).collect();
        let part_of = |k: usize| {
            let Some(owner) = k.checked_sub(1).map(|o| &countries[o]) else { return false };
            let gap: Vec<&str> = self.text[owner.1..countries[k].0].split_whitespace().collect();
            gap.len() == 2 && gap[1] == "of" && self.lexicon.place_nouns.contains(gap[0])
        };
        (0..countries.len())
            .rev()
            .find(|&k| {
                let word_before =
                    self.text[..countries[k].0].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
                !self.lexicon.peoples.iter().any(|p| word_before.eq_ignore_ascii_case(p)) && !part_of(k)
            })
            .map(|k| countries[k].2.clone())
    }

    /// Whether the sentence opens by turning to the article's home country: "At home, the
    /// trip will be read ...", "Closer to home, polling ..." (see `at_home`).
    fn opens_at_home(&self) -> bool {
        let sentence = self.text[self.range.clone()].trim_start_matches(|c: char| !c.is_alphanumeric());
        self.lexicon
            .at_home
            .iter()
            .any(|opening| sentence.strip_prefix(opening.as_str()).is_some_and(|rest| rest.starts_with(',')))
    }

    /// Whether the sentence opens with a pronoun of a person, as subject or possessive
    /// ("He won the runoff", "Her party lost ground"): see `CANDIDATE_PRONOUNS`.
    fn opens_with_candidate_pronoun(&self) -> bool {
        let first = self.text[self.range.clone()].split_whitespace().next().unwrap_or("");
        CANDIDATE_PRONOUNS.iter().any(|p| first.eq_ignore_ascii_case(p))
    }

    /// The country the article names most often before `position`, as a state (not a
    /// people: "ethnic Albanians"); of as many, the one named last. (Its capitals count:
    /// leaving them out lost more elections on the development sets than it gained.)
    fn most_named_country(&self, position: usize) -> Option<String> {
        let mut counts: Vec<(String, usize, usize)> = Vec::new();
        for (start, _, country, class) in self.entities(0..position) {
            let word_before = self.text[..start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
            if class != EntityClass::Country
                || self.lexicon.peoples.iter().any(|p| word_before.eq_ignore_ascii_case(p))
            {
                continue;
            }
            match counts.iter_mut().find(|(c, _, _)| *c == country) {
                Some(entry) => {
                    entry.1 += 1;
                    entry.2 = start;
                }
                None => counts.push((country, 1, start)),
            }
        }
        counts.into_iter().max_by_key(|&(_, n, last)| (n, last)).map(|(country, _, _)| country)
    }

    /// Whether a place named at `start` is where a strike was launched from, not where it hit:
    /// a word of launching stands in the few words before it ("from bases in Turkey", "jets
    /// based in Turkey").
    fn launched_from(&self, start: usize) -> bool {
        const LAUNCH_WORDS: usize = 4;
        self.text[self.range.start..start]
            .split_whitespace()
            .rev()
            .take(LAUNCH_WORDS)
            .take_while(|w| !w.ends_with([',', ';', ':']))
            .any(|w| self.lexicon.launching.contains(&w.to_lowercase()))
    }

    /// Whether someone named at `person` speaks of what the trigger reports: a verb of saying
    /// and "that" stand between them ("announced Wednesday that the father would travel"), or
    /// a verb of saying and another person ("Netanyahu said Albright would visit").
    fn speaks_of(&self, person: usize, trigger_start: usize) -> bool {
        let Some(gap) = self.text.get(person..trigger_start) else { return false };
        let says = |gap: &str| {
            let words: Vec<String> = gap
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            words
                .iter()
                .position(|w| self.lexicon.is_saying_word(w))
                .map(|said| words[said + 1..].iter().any(|w| w == "that"))
        };
        match says(gap) {
            None => false,
            Some(true) => true,
            // The first person named after the verb of saying is who it is said of.
            Some(false) => self
                .people
                .in_range(person + 1..trigger_start)
                .iter()
                .any(|p| self.text.get(person..p.start).and_then(says).is_some()),
        }
    }

    /// Whether the words right before a trigger say, in the present, that today is its eve.
    fn eve_today(&self, trigger: Range<usize>, clause: Range<usize>) -> bool {
        const CUE_WORDS: usize = 8;
        self.lexicon.eve_today.in_text(&self.clause_words_before(trigger, clause, CUE_WORDS))
    }

    /// Whether the visitors go to their own country, its capital or its seat ("Washington" for
    /// an American): a return home, not a visit.
    fn returns_home(&self, visitors: &[String], location: Option<&str>) -> bool {
        let Some(place) = location else { return false };
        let home = whole_words(&self.lexicon.entities, place).find_map(|m| {
            let entity = &self.lexicon.entity_meaning[m.pattern().as_usize()];
            (m.start() == 0 && m.end() == place.len() && entity.class == EntityClass::Country)
                .then_some(entity.canonical.as_str())
        });
        home.is_some_and(|home| visitors.iter().any(|v| self.people.country_of(v) == Some(home)))
    }

    /// Where "its" or "their" stands before a trigger, past a year or a modifier or two
    /// ("its 1990 invasion", "their own attack").
    fn possessive_before(&self, trigger_start: usize) -> Option<usize> {
        const MODIFIER_WORDS: usize = 2;
        let mut before = self.text[self.range.start..trigger_start].trim_end();
        for _ in 0..=MODIFIER_WORDS {
            let (rest, word) = before.rsplit_once(' ').unwrap_or(("", before));
            if matches!(word.to_ascii_lowercase().as_str(), "its" | "their") {
                return Some(self.range.start + rest.len());
            }
            let modifier = word.chars().all(|c| c.is_ascii_digit())
                || (word.chars().all(|c| c.is_lowercase() || c == '-')
                    && !self.lexicon.not_nouns.contains(word));
            if !modifier || word.is_empty() {
                return None;
            }
            before = rest.trim_end();
        }
        None
    }

    /// The end of a possessive right before a trigger, across up to two modifiers: "Blair's"
    /// in "Mr. Blair's current visit".
    fn possessive_owner(&self, trigger_start: usize) -> Option<usize> {
        const MODIFIER_WORDS: usize = 2;
        let mut before = self.text[self.range.start..trigger_start].trim_end();
        for _ in 0..=MODIFIER_WORDS {
            let (rest, word) = before.rsplit_once(' ').unwrap_or(("", before));
            if word.len() > 2 && is_possessive(word) {
                return Some(self.range.start + before.len());
            }
            let modifier = !word.is_empty()
                && word.chars().all(|c| c.is_lowercase() || c == '-')
                && !self.lexicon.not_nouns.contains(word);
            if !modifier {
                return None;
            }
            before = rest.trim_end();
        }
        None
    }

    /// Whether the person named at `start` is named as the owner of other people: "Lazaro
    /// Gonzalez's family", "Clinton's aides". They are not that person.
    fn possessor_of_people(&self, start: usize) -> bool {
        let mut words = self.text[start..self.range.end].split_whitespace().take(PERSON_WORDS + 1);
        let Some(possessive) = words.position(is_possessive) else {
            return false;
        };
        let capitalised = self.text[start..]
            .split_whitespace()
            .take(possessive + 1)
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
        let owned = words.next().map(|w| w.trim_end_matches([',', '.', ';']).to_lowercase());
        capitalised && owned.is_some_and(|w| self.lexicon.people_nouns.contains(&w))
    }

    /// Whether `position` lies in what an event that ends at `trigger_end` is said to be
    /// about: "conferred in Washington on putting a blockade under a United Nations umbrella".
    /// (Not "on the sidelines of", which says where, nor "on behalf of", which says for whom.)
    fn in_its_topic(&self, trigger_end: usize, position: usize) -> bool {
        if position < trigger_end {
            return false;
        }
        let words: Vec<&str> = self.text[trigger_end..position].split_whitespace().collect();
        (1..words.len()).any(|i| {
            let next = words[i];
            // "met on Friday to discuss the Israeli air raid": a purpose's object is its topic.
            if words[i - 1] == "to" && self.lexicon.purpose_verbs.iter().any(|v| v == next) {
                return true;
            }
            matches!(words[i - 1], "on" | "about")
                && next.starts_with(|c: char| c.is_lowercase())
                && next != "behalf"
                && !(next == "the" && words.get(i + 1) == Some(&"sidelines"))
        })
    }

    /// Whether the entity at `start..end` owns what a strike hits or strikes with: "U.S.
    /// embassies", "Israeli troops", "embassies of the United States".
    fn owns_a_target(&self, start: usize, end: usize) -> bool {
        let targets = &self.lexicon.target_nouns;
        // "U.S. embassies", "the U.S. Embassy".
        let next = self.text[end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next());
        if next.is_some_and(|noun| targets.contains(&noun.to_lowercase())) {
            return true;
        }
        let before = self.text[..start].trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        before
            .strip_suffix(" of")
            .and_then(|b| b.rsplit(char::is_whitespace).next())
            .is_some_and(|noun| targets.contains(&noun.to_ascii_lowercase()))
    }

    /// The armed group whose people a verb of killing in the sentence has as its object: "an
    /// Israeli drone strike killed three Hezbollah fighters", "killing a senior Islamic Jihad
    /// commander", "killed al-Qaeda's second-ranking commander", "killed five militants of the
    /// Islamic State". Between the verb and its object only words of number or description,
    /// lower-case and unpunctuated, at most `BETWEEN` of them. The group is named in the strike's
    /// clause, or in a clause of killing right after it ("struck 400 targets, killing several
    /// Hamas commanders"), not in another strike's.
    fn group_of_the_killed(&self, clause: Range<usize>) -> Option<String> {
        const BETWEEN: usize = 5;
        const LOOK_BACK: usize = 80;
        const DESCRIBING: usize = 2;
        let lexicon = self.lexicon;
        let member = |w: &str| lexicon.killed_members.iter().any(|m| w == m);
        let kills = |w: &str| lexicon.killing_verbs.iter().any(|k| k == w);
        fn bare(word: &str) -> &str {
            word.trim_end_matches([',', ';', '.', ':'])
        }
        // ("1,200", "second-ranking", "the".)
        let plain = |w: &str| {
            w.bytes().all(|b| b.is_ascii_digit() || b == b',') && w.starts_with(|c: char| c.is_ascii_digit())
                || w.chars().all(|c| c.is_lowercase() || c == '-')
        };
        let killed_before = |at: usize| {
            let from = self.text.floor_char_boundary(at.saturating_sub(LOOK_BACK)).max(self.range.start);
            let words: Vec<&str> = self.text[from..at].split_whitespace().rev().take(BETWEEN + 1).collect();
            words
                .iter()
                .position(|w| kills(w))
                .is_some_and(|verb| words[..verb].iter().all(|w| plain(w) && !kills(w)))
        };
        let rest = &self.text[clause.end..self.range.end];
        let next_kills =
            rest.trim_start_matches([',', ';', ' ']).split_whitespace().next().is_some_and(kills);
        let reach = if next_kills {
            self.clauses
                .iter()
                .find(|c| c.start >= clause.end && c.end > clause.end)
                .map_or(self.range.end, |c| c.end)
        } else {
            clause.end
        };
        self.sentence_entities().iter().find_map(|(start, end, group, _)| {
            if !lexicon.is_armed_group(group) || *start < clause.start || *end > reach {
                return None;
            }
            // "Hezbollah fighters", "al-Qaeda's second-ranking commander".
            let after = self.text[*end..self.range.end]
                .strip_prefix(['\'', '’'])
                .map_or(&self.text[*end..self.range.end], |rest| rest.strip_prefix('s').unwrap_or(rest));
            let people_after = after.starts_with(' ')
                && after
                    .split_whitespace()
                    .take(DESCRIBING + 1)
                    .find(|w| member(bare(w)) || !plain(w))
                    .is_some_and(|w| member(bare(w)));
            if people_after && killed_before(*start) {
                return Some(group.clone());
            }
            // "five militants of the Islamic State".
            let before = self.text[self.range.start..*start].trim_end();
            let before = before.strip_suffix(" the").unwrap_or(before).strip_suffix(" of")?;
            let noun_start =
                before.rfind(char::is_whitespace).map_or(self.range.start, |i| self.range.start + i + 1);
            (member(&self.text[noun_start..self.range.start + before.len()]) && killed_before(noun_start))
                .then(|| group.clone())
        })
    }

    /// Whether the visit or summit at `later` is another leg of the trip at `earlier`, or
    /// another summit: joined to it by an "and" at most `JOIN_WORDS` words before it ("and
    /// travelled on to", "and is due in", "and the NATO summit"), each dated in its own words
    /// (a date between the first and the "and", and one at most `PLACE_WORDS` words after the
    /// later trigger), with no punctuation in either gap.
    fn next_leg(&self, earlier: &Range<usize>, later: &Range<usize>, timexes: &[&Timex]) -> bool {
        const JOIN_WORDS: usize = 3;
        const PLACE_WORDS: usize = 4;
        let unbroken = |from: usize, to: usize, words: usize| {
            self.text.get(from..to).is_some_and(|gap| {
                !gap.contains([',', ';', ':', '(', ')']) && gap.split_whitespace().count() <= words
            })
        };
        let Some(between) = self.text.get(earlier.end..later.start) else { return false };
        let Some(and) = between.rfind(" and ").map(|i| earlier.end + i + 1) else { return false };
        unbroken(and + "and".len(), later.start, JOIN_WORDS)
            && timexes.iter().any(|t| t.start >= earlier.end && t.end <= and)
            && timexes.iter().any(|t| t.start >= later.end && unbroken(later.end, t.start, PLACE_WORDS))
    }

    /// The countries the named people speak for, so merging can see that "Russia" in one
    /// report and "Vladimir Putin" in another are the same side.
    fn represented(&self, names: &[String]) -> Vec<String> {
        names.iter().filter_map(|n| self.people.country_of(n).map(|c| format!("{n}\u{1f}{c}"))).collect()
    }

    /// Whether the state or body at `start..end` brokers the event rather than takes a side
    /// in it: named after a word of brokering and "by" or "of" ("brokered by the OAU", "under
    /// the auspices of the UN"), before one joined to it by a hyphen ("EU-brokered"), or after
    /// "under" before one ("under Turkish auspices").
    fn brokers(&self, start: usize, end: usize) -> bool {
        let brokering = &self.lexicon.brokering;
        let is_brokering = |word: &str| brokering.iter().any(|b| b.eq_ignore_ascii_case(word));
        let joined = self.text[end..].strip_prefix('-').is_some_and(|rest| {
            is_brokering(rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or(""))
        });
        // "under Turkish auspices", "under Qatari mediation": a demonym before the noun.
        let under = self.text[end..].strip_prefix(' ').is_some_and(|rest| {
            matches!(rest.split_whitespace().next(), Some("auspices" | "mediation"))
                && self.text[..start].trim_end().ends_with("under")
        });
        let mut before = self.text[..start].split_whitespace().rev();
        let mut word = before.next();
        if word == Some("the") {
            word = before.next();
        }
        joined || under || (matches!(word, Some("by" | "of")) && before.next().is_some_and(is_brokering))
    }

    /// Whether the entity ending at `end` is the subject of a brokering verb whose object is
    /// the talks at `trigger`: "Saudi Arabia hosted talks between", "Turkey facilitated the
    /// talks", "Swiss diplomats had hosted secret talks". (Not "Blair hosted Chirac for
    /// talks": the guest stands between.)
    fn brokers_the_talks(&self, end: usize, trigger: usize) -> bool {
        const BETWEEN_WORDS: usize = 2;
        const OBJECT_WORDS: usize = 2;
        let Some(gap) = self.text.get(end..trigger) else { return false };
        let words: Vec<&str> = gap.split_whitespace().collect();
        let Some(verb) =
            words.iter().position(|w| self.lexicon.brokering.iter().any(|b| w.eq_ignore_ascii_case(b)))
        else {
            return false;
        };
        verb <= BETWEEN_WORDS
            && words.len() - verb - 1 <= OBJECT_WORDS
            && !gap.contains([',', ';', ':', '(', ')', '"'])
            && words[verb + 1..].iter().all(|w| !w.starts_with(|c: char| c.is_uppercase()))
    }

    /// Whether a call's trigger at `start` joins a gathering from afar: a verb of
    /// `joining_remotely`, "the", a word of `gatherings_joined`, and "by", "via" or "over"
    /// ("joined the leaders by video link", "addressed the summit via video"), the trigger
    /// being the verb or the words after.
    fn joins_a_gathering(&self, start: usize) -> bool {
        let joins = |words: &[&str]| {
            let [verb, the, gathering, by] = words else { return false };
            matches!(by.to_ascii_lowercase().as_str(), "by" | "via" | "over")
                && the.eq_ignore_ascii_case("the")
                && self.lexicon.gatherings_joined.iter().any(|g| g.eq_ignore_ascii_case(gathering))
                && self.lexicon.joining_remotely.iter().any(|v| v.eq_ignore_ascii_case(verb))
        };
        let mut from: [&str; 4] = [""; 4];
        for (slot, word) in from.iter_mut().zip(self.text[start..self.range.end].split_whitespace()) {
            *slot = word;
        }
        let mut before: [&str; 4] = [""; 4];
        for (slot, word) in
            before.iter_mut().rev().zip(self.text[self.range.start..start].split_whitespace().rev())
        {
            *slot = word;
        }
        joins(&from) || joins(&before)
    }

    /// The bloc the article named last before `position` ("the G7 summit ... joined the
    /// leaders").
    fn bloc_named_before(&self, position: usize) -> Option<String> {
        self.entities(0..position).into_iter().rev().find(|e| self.lexicon.is_bloc(&e.2)).map(|e| e.2)
    }

    /// Whether `range` speaks of its sides as "the two governments", "both countries", "the
    /// two countries' leaders" or, opening its sentence, "Their foreign ministers".
    fn names_two_sides(&self, range: Range<usize>) -> bool {
        // "Their foreign ministers held talks": a sentence opening on its sides' officials.
        if range.start == self.range.start {
            let opening: Vec<&str> = self.text[range.clone()].split_whitespace().take(3).collect();
            if let [their, rest @ ..] = opening.as_slice()
                && *their == "Their"
                && rest.iter().any(|w| self.lexicon.plural_sides.iter().any(|p| p == &bare_lower(w)))
            {
                return true;
            }
        }
        let mut words = self.text[range].split_whitespace().peekable();
        while let Some(word) = words.next() {
            let two = match word {
                "two" | "both" => true,
                "the" | "The" => words.next_if_eq(&"two").is_some(),
                _ => false,
            };
            if two
                && words.peek().is_some_and(|next| {
                    let next = next.trim_end_matches([',', '.', ';', ':', '\'', '’']);
                    self.lexicon.two_sides.iter().any(|s| s == next)
                })
            {
                return true;
            }
        }
        false
    }

    /// The last two states or armed groups the article named before `position`, in the order
    /// it named them (none when it named fewer).
    fn last_two_sides(&self, position: usize) -> Vec<String> {
        let mut sides: Vec<String> = Vec::new();
        for (_, _, entity, class) in self.entities(0..position).into_iter().rev() {
            let side = class == EntityClass::Country || self.lexicon.is_armed_group(&entity);
            if side && !sides.contains(&entity) {
                sides.insert(0, entity);
                if sides.len() == 2 {
                    return sides;
                }
            }
        }
        Vec::new()
    }

    /// Whether the sentence has a word that tells of sides meeting although it names none
    /// ("the two leaders", "the envoys").
    fn tells_of_sides(&self) -> bool {
        self.text[self.range.clone()]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && self.lexicon.sides_met.iter().any(|s| s.eq_ignore_ascii_case(w)))
    }

    /// The gazetteer's names in the sentence (see `entities`), found once when a rule first
    /// asks.
    fn sentence_entities(&self) -> &[(usize, usize, String, EntityClass)] {
        self.sentence_entities.get_or_init(|| self.entities(self.range.clone()))
    }

    fn entities(&self, range: Range<usize>) -> Vec<(usize, usize, String, EntityClass)> {
        let slice = &self.text[range.clone()];
        let mut found: Vec<(usize, usize, String, EntityClass)> = whole_words(&self.lexicon.entities, slice)
            .filter(|m| {
                !ends_a_longer_name(self.text, range.start + m.start())
                    && !opens_a_longer_name(self.text, range.start + m.end())
                    && !another_countrys_congress(self.text, range.start + m.start()..range.start + m.end())
            })
            .map(|m| {
                let e = &self.lexicon.entity_meaning[m.pattern().as_usize()];
                (range.start + m.start(), range.start + m.end(), e.canonical.clone(), e.class)
            })
            .collect();
        // "a Birmingham, Ala., abortion clinic": a town followed by the state or country it is
        // in is that one's, not its namesake's abroad.
        found.retain(|e| e.3 != EntityClass::Place || !self.namesake_abroad(e.1, &e.2));
        let mut elided: Vec<_> = found.iter().filter_map(|e| self.elided_before(e, range.start)).collect();
        // "the two Koreas": one word, two countries.
        for (finder, members) in &self.lexicon.country_pairs {
            for at in finder.find_iter(slice.as_bytes()) {
                let end = at + finder.needle().len();
                if at_word_boundaries(slice, at, end) {
                    elided.extend(
                        members
                            .iter()
                            .map(|m| (range.start + at, range.start + end, m.clone(), EntityClass::Country)),
                    );
                }
            }
        }
        if !elided.is_empty() {
            found.extend(elided);
            found.sort_by_key(|e| e.0);
        }
        found
    }

    /// Whether the town of the gazetteer ending at `end` is followed by a state or country
    /// other than its own ("Birmingham, Ala.", "Paris, Texas"): a namesake.
    fn namesake_abroad(&self, end: usize, town: &str) -> bool {
        const STATE_BYTES: usize = 30;
        let Some(after) = self.text[end..].strip_prefix(", ") else { return false };
        let after = &after[..after.floor_char_boundary(STATE_BYTES)];
        let Some(m) = whole_words(&self.lexicon.entities, after).next().filter(|m| m.start() == 0) else {
            return false;
        };
        let next = self.lexicon.ground_of(&self.lexicon.entity_meaning[m.pattern().as_usize()]);
        next.is_some_and(|c| self.lexicon.country_of_city(town).is_some_and(|own| own != c))
    }

    /// "South and North Korea", "East and West Germany": the compass point before "and" names
    /// the country whose name the second one completes.
    fn elided_before(
        &self,
        entity: &(usize, usize, String, EntityClass),
        from: usize,
    ) -> Option<(usize, usize, String, EntityClass)> {
        const POINTS: [&str; 4] = ["North", "South", "East", "West"];
        let (start, end, _, class) = entity;
        if *class != EntityClass::Country {
            return None;
        }
        let (point, rest) = self.text[*start..*end].split_once(' ')?;
        let before = self.text[from..*start].strip_suffix(" and ")?;
        let first = before.rsplit(' ').next()?;
        if !POINTS.contains(&point) || !POINTS.contains(&first) || first == point {
            return None;
        }
        let joined = format!("{first} {rest}");
        let m = whole_words(&self.lexicon.entities, &joined)
            .find(|m| m.start() == 0 && m.end() == joined.len())?;
        let e = &self.lexicon.entity_meaning[m.pattern().as_usize()];
        let first_start = from + before.len() - first.len();
        (e.class == EntityClass::Country)
            .then(|| (first_start, first_start + first.len(), e.canonical.clone(), e.class))
    }
}

/// The words between a side and its strike without a last auxiliary of the perfect: "the
/// FARC had attacked", "Israel has bombed" name the side as close as "Israel bombed".
fn without_perfect<'w>(words: &'w [&'w str]) -> &'w [&'w str] {
    match words.split_last() {
        Some((last, rest)) if matches!(*last, "has" | "had" | "have") => rest,
        _ => words,
    }
}

/// What opens another clause between forces that open a sentence and a strike later in it
/// ("Government troops shelled the hills, and rebels attacked a convoy"): its strike is no
/// longer theirs.
const STATE_FORCES_CLAUSE_BREAKS: &[&str] =
    &[";", ", and ", ", but ", ", while ", " said", " who ", " which ", " when "];

/// Particles that join the words of a Portuguese, Spanish, French or Italian place name
/// ("Mocimboa da Praia", "Santo Domingo de Acobamba").
const PLACE_NAME_PARTICLES: &[&str] = &["da", "das", "de", "del", "do", "dos", "di"];

/// Whether a name at `start` ends a longer one, after a capitalised word and a particle:
/// "Praia" in "Mocimboa da Praia" is that town, not Cape Verde's capital.
fn ends_a_longer_name(text: &str, start: usize) -> bool {
    let mut before = text[..start].split(' ').rev().skip(1);
    before.next().is_some_and(|p| PLACE_NAME_PARTICLES.contains(&p))
        && before.next().is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Whether a name ending at `end` opens a longer one, before a particle and a capitalised
/// word: "Santo Domingo" in "Santo Domingo de Acobamba" is that Peruvian village, not the
/// Dominican capital.
fn opens_a_longer_name(text: &str, end: usize) -> bool {
    let mut after = text[end..].strip_prefix(' ').unwrap_or("").splitn(3, ' ');
    after.next().is_some_and(|p| PLACE_NAME_PARTICLES.contains(&p))
        && after.next().is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Whether "Congress" at `name` is another country's party or assembly, not the American
/// one: "the Nepali Congress", "the African National Congress", "the National People's
/// Congress", "the Congress party" (a capitalised word before it, or "party" after).
fn another_countrys_congress(text: &str, name: Range<usize>) -> bool {
    // (Capitalised words only: a lower-case word before it is no name.)
    const AMERICAN: &[&str] = &["U.S.", "US", "American", "The", "States", "Republican", "Democratic"];
    if &text[name.clone()] != "Congress" {
        return false;
    }
    let before = text[..name.start].trim_end();
    let word_before = &before[after_last(before, char::is_whitespace)..];
    let capitalised = word_before.starts_with(char::is_uppercase) && !word_before.ends_with(['.', ':', '"']);
    (capitalised && !AMERICAN.contains(&word_before)) || text[name.end..].starts_with(" party")
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
mod tests {
    use super::*;
    use crate::model::ReferenceSource;
    use jiff::civil::date;

    #[test]
    fn word_windows_count_words_from_either_end() {
        let text = "  the army  answered with\nshelling ";
        assert_eq!(&text[last_words_start(text, 2)..], "with\nshelling ");
        assert_eq!(last_words_start(text, 9), 0);
        assert_eq!(&text[..first_words_end(text, 2)], "  the army");
        assert_eq!(first_words_end(text, 9), text.len());
        assert_eq!(last_words_start("", 3), 0);
        assert_eq!(first_words_end("", 3), 0);
        // Only ASCII white space splits: a window is never narrower than its words.
        let wide = "Nagorno\u{a0}Karabakh shelled";
        assert_eq!(last_words_start(wide, 2), 0);
    }

    #[test]
    fn spaced_phrases_are_found_between_spaces_only() {
        let text = "a blamed onward raid was blamed on the rebels, blamed on them ";
        assert_eq!(spaced_find(text, "blamed on"), Some(text.find(" blamed on the").unwrap()));
        assert_eq!(spaced_rfind(text, "blamed on"), Some(text.rfind(" blamed on them").unwrap()));
        assert_eq!(spaced_find("blamed on it", "blamed on"), None);
        assert_eq!(spaced_rfind("it was blamed on", "blamed on"), None);
    }

    fn article(text: &str, reference: Date) -> Article {
        Article {
            id: ArticleId(0),
            path: None,
            title: "t".into(),
            text: text.into(),
            reference: Some(crate::model::ReferenceDate {
                date: reference,
                source: ReferenceSource::Metadata,
            }),
            source: None,
            encoding: None,
        }
    }

    #[test]
    fn cues_are_found_in_any_case_where_they_stand() {
        // The cues are searched in a lower-cased copy: what is found, and where, must be what
        // the text says in any case, non-ASCII letters before it included.
        let lexicon = Lexicon::english();
        let written = |text: &str| -> Vec<String> {
            find_cues(text, lexicon).into_iter().map(|(range, _)| text[range].to_owned()).collect()
        };
        assert_eq!(written("Müller Spoke By Phone with Ana."), vec!["Spoke By Phone"]);
        assert_eq!(written("ÉLYSÉE: THE LEADERS SPOKE BY PHONE."), vec!["SPOKE BY PHONE"]);
        assert_eq!(written("The leaders spoke by phone."), vec!["spoke by phone"]);
    }

    #[test]
    fn another_countrys_congress_is_not_the_american_one() {
        for (text, theirs) in [
            ("the Nepali Congress and the Maoists", true),
            ("the African National Congress said", true),
            ("the National People's Congress met", true),
            ("the ruling Congress party", true),
            ("the U.S. Congress voted", false),
            ("Congress voted on Monday", false),
            ("Republicans in Congress voted", false),
            ("said. Congress voted", false),
        ] {
            let at = text.find("Congress").expect("in the text");
            assert_eq!(another_countrys_congress(text, at..at + "Congress".len()), theirs, "{text}");
        }
        let day = Date::constant(2008, 4, 20);
        assert_eq!(
            participants_of(
                "Intro. Talks between the government and the Nepali Congress open next week.",
                day,
                EventKind::Talks
            ),
            ["Nepali Congress"]
        );
    }

    #[test]
    fn clauses_split_at_punctuation_and_subordinators() {
        let text = "The call was the first since a strike last month hit, they said.";
        let parts: Vec<&str> = clauses(text, 0..text.len(), &[]).into_iter().map(|r| &text[r]).collect();
        assert_eq!(parts, vec!["The call was the first", "since a strike last month hit", ", they said."]);
        // An adverb set off by commas between subject and verb cuts nothing; "separately"
        // still opens a call of its own.
        let text = "The North Korean leader, for his part, made a visit to Beijing, his first.";
        let parts: Vec<&str> = clauses(text, 0..text.len(), &[]).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            parts,
            vec!["The North Korean leader, for his part, made a visit to Beijing", ", his first."]
        );
        assert_eq!(
            participants_of(
                "Intro. The North Korean leader, for his part, made a visit to Beijing last month.",
                Date::constant(2018, 5, 5),
                EventKind::Visit
            ),
            ["North Korea"]
        );
    }

    #[test]
    fn a_date_with_a_comma_in_it_is_dated_whole() {
        let day = Date::constant(1990, 5, 14);
        // The commas inside "Monday, May 7" cut no clause: the relative clause is the date's.
        // (Without the date known, they do.)
        let text = "Ortiz flew to Quito on Monday, May 7, when the two presidents held talks.";
        let parts = |dates: &[&Timex]| -> Vec<String> {
            clauses(text, 0..text.len(), dates).into_iter().map(|r| text[r].to_owned()).collect()
        };
        assert_eq!(parts(&[]).len(), 4);
        let tagged = Tagger::english().tag(text, Some(day));
        let dates: Vec<&Timex> = tagged.iter().collect();
        assert_eq!(
            parts(&dates),
            ["Ortiz flew to Quito on Monday, May 7", ",", "when the two presidents held talks."]
        );
        assert_eq!(dated(text, day, EventKind::Meeting).as_deref(), Some("1990-05-07"));
        // The date a "when" clause follows is the clause before's too.
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("1990-05-07"));
        // An anaphor after a date the sentence opens with is the sentence's subject, and takes
        // the date, with a year and its commas or without.
        for (text, value) in [
            ("On March 3, 1979, the summit closed with a joint statement.", "1979-03-03"),
            ("On Thursday, May 10, the talks resumed in Lima.", "1990-05-10"),
            ("On March 3, the summit closed with a joint statement.", "1990-03-03"),
        ] {
            let kind = if text.contains("summit") { EventKind::Summit } else { EventKind::Talks };
            assert_eq!(dated(&format!("Intro. {text}"), day, kind).as_deref(), Some(value), "{text}");
        }
    }

    #[test]
    fn a_names_short_aside_in_brackets_is_part_of_its_clause() {
        let parts = |text: &str| -> Vec<String> {
            clauses(text, 0..text.len(), &[]).into_iter().map(|r| text[r].to_owned()).collect()
        };
        let text = "The government and the Communist Party of Nepal (Maoist) held talks in Kathmandu.";
        assert_eq!(parts(text), vec![text.to_owned()]);
        // A longer aside is a clause of its own; so is an unclosed bracket.
        assert_eq!(parts("Talks resumed (after a pause of several months) in Oslo.").len(), 3);
        assert_eq!(parts("Talks resumed (in Oslo").len(), 2);
    }

    #[test]
    fn clause_openers_are_cut_where_match_indices_finds_them() {
        // The one-pass search must agree with searching the lower-cased sentence per opener,
        // overlaps included: "when when" opens one clause, not two.
        let by_opener = |s: &str| {
            let lower = s.to_ascii_lowercase();
            let mut cuts: Vec<usize> =
                CLAUSE_OPENERS.iter().flat_map(|o| lower.match_indices(o).map(|(i, _)| i + 1)).collect();
            cuts.sort_unstable();
            cuts
        };
        for s in ["They left When when asked but  but not BECAUSE of it", "x which while since after y"] {
            let starts: Vec<usize> = clauses(s, 0..s.len(), &[]).iter().skip(1).map(|r| r.start).collect();
            assert_eq!(starts, by_opener(s), "{s:?}");
        }
    }

    #[test]
    fn a_modified_head_noun_refers_back_and_brings_its_date() {
        let text = "Two car bombs went off near the port, police said. The almost simultaneous blasts Oct. 3 were planned for months, investigators said. The personal attacks on the mayor continued.";
        let analysis = analyse(&article(text, date(2003, 10, 6)));
        let blasts = analysis.mentions.iter().find(|m| m.trigger == "The almost simultaneous blasts");
        let blasts = blasts.expect("the blasts refer back");
        assert!(blasts.anaphoric);
        assert_eq!(blasts.when.as_ref().map(|w| w.span.value.as_str()), Some("2003-10-03"));
        let lexicon = Lexicon::english();
        assert!(!lexicon.stands_alone("The personal attacks"));
        let events = merge(&[analysis]);
        let strikes: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Strike).collect();
        assert_eq!(strikes.len(), 1, "{strikes:?}");
        assert_eq!(strikes[0].when.as_ref().map(|w| w.span.value.as_str()), Some("2003-10-03"));
    }

    #[test]
    fn people_met_on_different_dates_are_different_meetings() {
        let text = "Intro one. Intro two. Intro three. Intro four. Intro five. Senator Ruth Hale has held meetings with Prime Minister Omar Said two weeks ago and President Lena Ford on Tuesday. Senator Ruth Hale met Governor Tom Bell on Monday and Tuesday: one person, one meeting.";
        let analysis = analyse(&article(text, date(2019, 6, 14)));
        let meetings: Vec<(Vec<String>, Option<String>)> = analysis
            .mentions
            .iter()
            .filter(|m| m.kind == EventKind::Meeting)
            .map(|m| (m.participants.clone(), m.when.as_ref().map(|w| w.span.value.clone())))
            .collect();
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<String>>();
        assert_eq!(meetings.len(), 3, "{meetings:?}");
        assert_eq!(meetings[0], (names(&["Ruth Hale", "Omar Said"]), Some("2019-W22".to_owned())));
        assert_eq!(meetings[1], (names(&["Ruth Hale", "Lena Ford"]), Some("2019-06-11".to_owned())));
        assert_eq!(meetings[2].0, names(&["Ruth Hale", "Tom Bell"]));
        // Two days in a row are one span.
        assert_eq!(meetings[2].1.as_deref(), Some("2019-06-10/2019-06-11"));
    }

    #[test]
    fn a_sentence_that_opens_with_a_date_frames_the_next() {
        let text = "Intro one. Intro two. Intro three. Intro four. Intro five. On March 3, the delegates had just left the hall. They were still outside when the bomb went off. Later they spoke about the bombing.";
        let analysis = analyse(&article(text, date(2011, 3, 20)));
        let strikes: Vec<&EventMention> =
            analysis.mentions.iter().filter(|m| m.kind == EventKind::Strike).collect();
        assert_eq!(strikes[0].when.as_ref().map(|w| w.span.value.as_str()), Some("2011-03-03"));
        assert!(strikes[1].when.is_none() && strikes[1].anaphoric, "{:?}", strikes[1]);
    }

    #[test]
    fn a_trigger_in_a_dated_clause_of_its_own_is_another_event() {
        let elections = |text: &str| -> Vec<(Option<String>, EventStatus)> {
            analyse(&article(text, date(2019, 8, 27)))
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Election)
                .map(|m| (m.when.map(|w| w.span.value), m.status))
                .collect()
        };
        assert_eq!(
            elections(
                "Chileans voted in primaries two weeks ago, and the country will hold a presidential election on Oct. 27."
            ),
            vec![
                (Some("2019-W33".to_owned()), EventStatus::Happened),
                (Some("2019-10-27".to_owned()), EventStatus::Planned)
            ]
        );
        // Two triggers in one clause are one report.
        assert_eq!(
            elections("Chileans voted on Sunday in a presidential election, a runoff."),
            vec![(Some("2019-08-25".to_owned()), EventStatus::Happened)]
        );
    }

    #[test]
    fn a_sentences_only_day_frames_the_next_too() {
        let meeting = |text: &str| {
            let analysis = analyse(&article(text, date(2019, 8, 27)));
            let meeting = analysis.mentions.iter().find(|m| m.kind == EventKind::Meeting).cloned();
            meeting.and_then(|m| m.when).map(|w| (w.span.value, w.approximate))
        };
        let intro = "Intro one. Intro two. Intro three. Intro four. Intro five.";
        assert_eq!(
            meeting(&format!(
                "{intro} The host surprised his guests on Sunday by inviting Okafor. Okafor met the host for three hours."
            )),
            Some(("2019-08-25".to_owned(), true))
        );
        // Not a statement's day, nor what the sentence puts before or after it.
        for text in [
            "Officials said on Sunday that Okafor was in town. Okafor met the host for three hours.",
            "The host decided on Sunday to act. He did so after Okafor met the host for three hours.",
        ] {
            assert_ne!(
                meeting(&format!("{intro} {text}")).map(|(day, _)| day),
                Some("2019-08-25".to_owned()),
                "{text}"
            );
        }
    }

    #[test]
    fn the_perfect_in_the_lede_does_not_date_the_event() {
        let text = "Rebels have bombed three bridges since the truce. Rebels bombed a depot.";
        let analysis = analyse(&article(text, date(2011, 3, 20)));
        let strikes: Vec<&EventMention> =
            analysis.mentions.iter().filter(|m| m.kind == EventKind::Strike).collect();
        assert!(strikes[0].when.is_none(), "{:?}", strikes[0].when);
        assert!(strikes[1].when.as_ref().is_some_and(|w| w.approximate), "{:?}", strikes[1].when);
    }

    #[test]
    fn an_event_on_the_eve_of_another_dates_it_the_day_after() {
        let text = "Intro one. Intro two. Intro three. Intro four. Intro five. Troops sealed the border Sunday on the eve of peace talks in Oslo.";
        let analysis = analyse(&article(text, date(2004, 5, 16)));
        let talks = analysis.mentions.iter().find(|m| m.kind == EventKind::Talks).expect("talks");
        assert_eq!(talks.when.as_ref().map(|w| w.span.value.as_str()), Some("2004-05-17"));
        assert_eq!(talks.status, EventStatus::Planned);
        // A date the event's own words give after the eve is its own.
        let day = date(2023, 7, 6);
        let text = "Intro. On the eve of the Mercosur summit in Puerto Iguazu on 4 July, Sarmento met his \
                    Argentine counterpart.";
        assert_eq!(dated(text, day, EventKind::Summit).as_deref(), Some("2023-07-04"));
        let text = "Intro. In London yesterday, on the eve of today's G20 summit, the two presidents met.";
        assert_eq!(dated(text, day, EventKind::Summit).as_deref(), Some("2023-07-06"));
    }

    #[test]
    fn the_eve_of_a_past_event_is_no_plan_and_its_date_is_the_eves() {
        // The summit was held before the article: its eve names no summit still to come, and
        // the date set off after the eve dates the call, not the summit.
        let text = "The summit opened in Paris on Saturday. On the eve of the summit, on March 18, he \
                    had spoken by telephone with President Whitcombe.";
        let events = events_in(text, date(2011, 3, 20));
        assert!(events.contains(&(
            EventKind::Call,
            "2011-03-18".into(),
            EventStatus::Happened,
            vec!["Whitcombe".into()]
        )));
        assert!(
            events.iter().all(|e| e.0 != EventKind::Summit || e.2 == EventStatus::Happened),
            "{events:?}"
        );
    }

    #[test]
    fn regions_and_cities_of_the_gazetteer_are_their_countrys() {
        let day = date(1997, 5, 25);
        // A region's election is its country's.
        let events = events_in(
            "The district council elections held across Northern Ireland on Wednesday brought gains for Sinn Fein.",
            day,
        );
        assert_eq!(events[0].3, vec!["United Kingdom".to_owned()], "{events:?}");
        // A city a strike hits is its country's, and where it was.
        let analysis = analyse(&article("Intro. On Tuesday federal forces began shelling Dubrovnik.", day));
        let strike = analysis.mentions.iter().find(|m| m.kind == EventKind::Strike).expect("strike");
        assert!(strike.participants.contains(&"Croatia".to_owned()), "{:?}", strike.participants);
        assert_eq!(strike.location.as_deref(), Some("Dubrovnik"));
        // A state acts through its government: the possessive names a side.
        let events =
            events_in("Intro. He hosted talks between Guatemala's government and the URNG in March.", day);
        assert_eq!(events[0].3, vec!["Guatemala".to_owned(), "URNG".to_owned()], "{events:?}");
        // So does a government opening the sentence with no article, across from an armed group.
        let events =
            events_in("Intro. Government and FARC envoys held exploratory talks in Havana in March.", day);
        assert_eq!(events[0].3, vec!["Colombia".to_owned(), "FARC".to_owned()], "{events:?}");
        // Or opening it after a dateline.
        let events = events_in(
            "BOGOTA, March 4 (AFP) -- Government and FARC envoys held exploratory talks in Havana on Friday.",
            day,
        );
        assert_eq!(events[0].3, vec!["Colombia".to_owned(), "FARC".to_owned()], "{events:?}");
        // A state's air force strikes for it.
        let events = events_in(
            "Intro. Philippine officials said little. On Wednesday military jets attacked an Abu Sayyaf camp.",
            day,
        );
        assert!(events[0].3.contains(&"Philippines".to_owned()), "{events:?}");
        // Where someone was found to be is no trip; a minister who was there made one.
        assert!(
            kinds_of("Ever since he learned that Elian Gonzalez was in Florida, he has sought his return.")
                .is_empty()
        );
        assert_eq!(kinds_of("Foreign Minister Anna Berg was in Florida on Monday."), vec![EventKind::Visit]);
    }

    #[test]
    fn a_congratulatory_call_is_a_call_shuttling_between_capitals_a_visit_a_courtesy_call_a_meeting() {
        assert_eq!(
            kinds_of("She took a congratulatory call from Spanish Prime Minister Miguel Arrieta on Monday."),
            vec![EventKind::Call]
        );
        assert_eq!(
            kinds_of("Special Envoy Walter Pryce shuttled between Zagreb and Sarajevo last week."),
            vec![EventKind::Visit]
        );
        assert!(kinds_of("The ferry shuttled between Dover and Calais all week.").is_empty());
        // A courtesy call is paid in person.
        assert_eq!(
            kinds_of("Ambassador Heinrich Vollmer paid a courtesy call on President Kiprono at State House."),
            vec![EventKind::Meeting]
        );
    }

    #[test]
    fn a_talk_with_someone_dated_to_a_day_and_held_in_no_one_place_is_a_call() {
        for call in [
            "Secretary of State Ellen Marsh spoke today with Egyptian Foreign Minister Adel Farouk.",
            "Mr Alan Prentice spoke to President Hargreaves at 5pm on Wednesday, Downing Street said.",
        ] {
            assert_eq!(kinds_of(call), vec![EventKind::Call], "{call}");
        }
        for not_a_call in [
            "The minister spoke with King Abdullah at the palace on Tuesday.",
            "Prime Minister Lee spoke with President Ruiz about trade.",
            "The president spoke to reporters on Monday.",
        ] {
            assert!(!kinds_of(not_a_call).contains(&EventKind::Call), "{not_a_call}");
        }
    }

    #[test]
    fn the_sidelines_a_meeting_was_held_on_are_that_meeting() {
        let text = "Intro. Macron met Lebanon's prime minister, Fouad Haddad, on the sidelines of the \
                    General Assembly in New York on Tuesday.";
        let meetings: Vec<_> =
            events_in(text, date(2024, 9, 25)).into_iter().filter(|e| e.0 == EventKind::Meeting).collect();
        assert_eq!(meetings.len(), 1, "{meetings:?}");
        assert_eq!(meetings[0].1, "2024-09-24");
    }

    #[test]
    fn the_date_of_an_arrest_is_not_the_attacks() {
        let text = "Intro one. Intro two. Intro three. Intro four. Intro five. The driver who fled minutes before the bomb exploded was arrested Tuesday near the harbour.";
        let analysis = analyse(&article(text, date(2009, 4, 9)));
        let strike = analysis.mentions.iter().find(|m| m.kind == EventKind::Strike).expect("strike");
        assert!(strike.when.is_none(), "{:?}", strike.when);
    }

    #[test]
    fn an_election_named_around_a_national_body_is_its_country() {
        let text = "The CIA and Congress are looking into claims of meddling in last year's election.";
        let analysis = analyse(&article(text, date(2021, 3, 4)));
        let election = analysis.mentions.iter().find(|m| m.kind == EventKind::Election).expect("election");
        assert_eq!(election.participants, vec!["United States"]);
    }

    #[test]
    fn the_owner_of_what_a_strike_hit_is_a_side() {
        let text = "Intro one. Intro two. Intro three. Intro four. Intro five. Chile on Monday deplored the car bombings which wounded dozens outside consulates of Peru in two cities.";
        let analysis = analyse(&article(text, date(2005, 2, 2)));
        let strike = analysis.mentions.iter().find(|m| m.kind == EventKind::Strike).expect("strike");
        assert_eq!(strike.participants, vec!["Peru"]);
    }

    #[test]
    fn attacks_named_by_their_arms_and_elections_by_the_polls() {
        let r = date(2002, 7, 1);
        let kinds = |text: &str| -> Vec<EventKind> {
            analyse(&article(text, r)).mentions.into_iter().map(|m| m.kind).collect()
        };
        assert_eq!(kinds("A truck bomb ripped through the market."), vec![EventKind::Strike]);
        assert_eq!(kinds("Two grenade attacks hit the camp."), vec![EventKind::Strike]);
        assert_eq!(kinds("Voters went to the polls in Lima."), vec![EventKind::Election]);
        assert_eq!(kinds("Chileans return to the polls on May 4."), vec![EventKind::Election]);
        assert_eq!(kinds("In Lithuania, voters choose a president tomorrow."), vec![EventKind::Election]);
        // A vote cast in an election named right after it is that one.
        assert_eq!(kinds("Brazilians went to the polls in Sunday's run-off."), vec![EventKind::Election]);
        assert_eq!(kinds("The minister arrived here from Oslo."), vec![EventKind::Visit]);
        assert_eq!(
            kinds("The plan failed in the twin referendums of 24 April 2004."),
            vec![EventKind::Election]
        );
        assert_eq!(kinds("Prime Minister Kadri Tamm was last in Kyiv in January."), vec![EventKind::Visit]);
    }

    #[test]
    fn a_capital_that_ends_like_a_demonym_is_where_talks_meet() {
        let text = "Negotiators from six powers resumed the Tehran talks on Monday. The Nairobi meeting ended on Tuesday.";
        let analysis = analyse(&article(text, date(2015, 4, 2)));
        let places: Vec<(Vec<String>, Option<String>)> = analysis
            .mentions
            .iter()
            .filter(|m| m.kind != EventKind::Other)
            .map(|m| (m.participants.clone(), m.location.clone()))
            .collect();
        assert_eq!(places, vec![(vec![], Some("Tehran".into())), (vec![], Some("Nairobi".into()))]);
    }

    #[test]
    fn a_deadline_or_a_periods_start_dates_no_event() {
        let r = date(2006, 2, 1);
        let when = |text: &str| -> Option<String> {
            let analysis = analyse(&article(text, r));
            let event = analysis.mentions.into_iter().find(|m| m.kind != EventKind::Other);
            event.expect("an event").when.map(|w| w.span.value)
        };
        assert_eq!(when("Intro. Intro. Intro. Intro. Intro. The talks are supposed to end by May."), None);
        assert_eq!(when("Intro. Intro. Intro. Intro. Intro. Rebels have shelled towns since March."), None);
        let own = when("Intro. Intro. Intro. Intro. Intro. He has hidden since the March 2004 bombing.");
        assert_eq!(own.as_deref(), Some("2004-03"));
    }

    #[test]
    fn a_since_clause_dates_no_event_outside_it() {
        let r = date(2011, 3, 4);
        let whens = |text: &str| -> Vec<Option<String>> {
            let analysis = analyse(&article(text, r));
            let events = analysis.mentions.into_iter().filter(|m| m.kind != EventKind::Other);
            events.map(|m| m.when.map(|w| w.span.value)).collect()
        };
        // The period's start is in the "since" clause; the visit is the one of the first
        // sentence, not one in 1998 or last December.
        let text = "Intro. Intro. Intro. Intro. The Danish premier Ole Vang flew to Riga on Thursday. \
            He was the first Danish leader to visit since the two states signed a treaty in 1998.";
        assert!(!whens(text).contains(&Some("1998".to_owned())), "{:?}", whens(text));
        let text = "Intro. Intro. Intro. Intro. The Danish premier Ole Vang flew to Riga on Thursday. \
            It is his first visit to Latvia since he took office in December last year.";
        assert!(!whens(text).contains(&Some("2010-12".to_owned())), "{:?}", whens(text));
        // An event inside the clause keeps its date.
        let text = "Intro. Intro. Intro. Intro. Calm has held since warplanes bombed the port in May.";
        assert_eq!(whens(text), vec![Some("2011-05".to_owned())]);
        // "Since" before a date opens no clause.
        let text = "Intro. Intro. Intro. Intro. The two envoys are due to hold their first talks \
            since 2019 in Oslo in December.";
        assert_eq!(whens(text), vec![Some("2011-12".to_owned())]);
    }

    #[test]
    fn a_possessive_head_refers_back_with_the_date_it_names() {
        let text = "Intro one. Intro two. Intro three. Intro four. Intro five. Rebels bombed the rail depot at dawn. Tuesday's explosion cut the line to the port.";
        let analysis = analyse(&article(text, date(2007, 6, 21)));
        let explosion = analysis.mentions.iter().find(|m| m.trigger == "explosion").expect("explosion");
        assert!(explosion.anaphoric);
        assert_eq!(explosion.when.as_ref().map(|w| w.span.value.as_str()), Some("2007-06-19"));
    }

    #[test]
    fn an_event_days_away_from_the_sentences_date_lies_that_far_from_it() {
        let text = "Divers on Sunday searched the harbour, two days after a car bomb sank a ferry at the U.S. Navy pier. Intro. Intro. Intro. Intro. Intro. Police on Monday closed the port, three days after the bombing.";
        let analysis = analyse(&article(text, date(2010, 5, 10)));
        let strikes: Vec<&EventMention> =
            analysis.mentions.iter().filter(|m| m.kind == EventKind::Strike).collect();
        let days: Vec<Option<&str>> =
            strikes.iter().map(|m| m.when.as_ref().map(|w| w.span.value.as_str())).collect();
        assert_eq!(days, [Some("2010-05-07"), Some("2010-05-07")], "{strikes:?}");
        assert_eq!(strikes[0].participants, vec!["United States"]);
        // "the day before" followed by something else than the trigger's noun phrase is no
        // interval from the trigger.
        let text = "The envoys met in Lima on June 8. The minister had arrived the day before for a \
                    three-day state visit.";
        let analysis = analyse(&article(text, date(2010, 6, 10)));
        let visit = analysis.mentions.iter().find(|m| m.kind == EventKind::Visit).expect("a visit");
        assert_eq!(visit.when.as_ref().map(|w| w.span.value.as_str()), Some("2010-06-07/2010-06-09"));
        // A vague length ("days after") says only that it was before.
        let vague = "Divers on Sunday searched the harbour, days after a car bomb sank a ferry.";
        let analysis = analyse(&article(vague, date(2010, 5, 10)));
        assert!(analysis.mentions.iter().all(|m| m.when.is_none()), "{:?}", analysis.mentions);
        // A date right after the trigger is its own: no interval moves it.
        for (text, day) in [
            ("The visit comes days before the general elections on February 8.", "2010-02-08"),
            ("The raids came a month after the general election of 17 January 2010.", "2010-01-17"),
        ] {
            let analysis = analyse(&article(text, date(2010, 1, 30)));
            let election =
                analysis.mentions.iter().find(|m| m.kind == EventKind::Election).expect("an election");
            assert_eq!(election.when.as_ref().map(|w| w.span.value.as_str()), Some(day), "{text}");
        }
    }

    #[test]
    fn a_length_later_counts_on_from_the_day_the_story_is_at() {
        let text = "The envoy arrived in Lisbon on June 1, her office said on June 2. Two days later, she \
                    flew to Madrid. She visited Rome a week later. Hours later, the two foreign \
                    ministers met. The vote came two years later than planned.";
        let analysis = analyse(&article(text, date(2021, 6, 30)));
        let dates: Vec<(EventKind, Option<&str>)> = analysis
            .mentions
            .iter()
            .map(|m| (m.kind, m.when.as_ref().map(|w| w.span.value.as_str())))
            .collect();
        assert_eq!(
            dates,
            [
                (EventKind::Visit, Some("2021-06-01")),
                // From the day of the arrival, not of the statement.
                (EventKind::Visit, Some("2021-06-03")),
                (EventKind::Visit, Some("2021-06-10")),
                (EventKind::Meeting, Some("2021-06-10")),
                // "later than planned" is no date.
                (EventKind::Election, None),
            ]
        );
    }

    #[test]
    fn a_day_counted_from_an_event_the_article_dated() {
        let text = "The presidential election opened on Monday, March 7, and ran for three days. Four \
                    days before polls opened, President Okoro flew to Kano and met the emir. Two days \
                    later, jets bombed rebel camps near the border. On the eve of the vote, gunmen \
                    attacked a police station in Jos. On the last day of voting, the envoy telephoned \
                    Okoro. The morning after polls closed, Okoro met the opposition leader, Adamu Bello.";
        let analysis = analyse(&article(text, date(2022, 3, 15)));
        let dates: Vec<(EventKind, Option<&str>)> = analysis
            .mentions
            .iter()
            .filter(|m| m.kind != EventKind::Election)
            .map(|m| (m.kind, m.when.as_ref().map(|w| w.span.value.as_str())))
            .collect();
        assert_eq!(
            dates,
            [
                (EventKind::Visit, Some("2022-03-03")),
                (EventKind::Meeting, Some("2022-03-03")),
                // Two days after the day the story is at.
                (EventKind::Strike, Some("2022-03-05")),
                (EventKind::Strike, Some("2022-03-06")),
                (EventKind::Call, Some("2022-03-09")),
                (EventKind::Meeting, Some("2022-03-10")),
            ],
            "{:?}",
            analysis.mentions
        );
        // "ran for three days" from the day it opened.
        let election = analysis.mentions.iter().find(|m| m.kind == EventKind::Election).expect("an election");
        assert_eq!(election.when.as_ref().map(|w| w.span.value.as_str()), Some("2022-03-07/2022-03-09"));
        // "On the last day" alone is of the event just counted from.
        let text = "The referendum began on Sunday, May 2, and lasted three days. On the first day of voting, the \
                    envoy toured polling stations in Lusaka. On the last day, Mwale telephoned the envoy.";
        let analysis = analyse(&article(text, date(2021, 5, 10)));
        let call = analysis.mentions.iter().find(|m| m.kind == EventKind::Call).expect("a call");
        assert_eq!(call.when.as_ref().map(|w| w.span.value.as_str()), Some("2021-05-04"));
    }

    #[test]
    fn a_day_of_its_own_or_an_undated_event_counts_from_nothing() {
        // The sentence's own date dates it, though it names an interval from the vote.
        let text = "Voters went to the polls on Sunday, May 2. Two days after the vote, the two leaders \
                    met on Friday.";
        let analysis = analyse(&article(text, date(2021, 5, 10)));
        let meeting = analysis.mentions.iter().find(|m| m.kind == EventKind::Meeting).expect("a meeting");
        assert_eq!(meeting.when.as_ref().map(|w| w.span.value.as_str()), Some("2021-05-07"));
        // A summit the article never dated gives nothing to count from.
        let text = "Leaders are due to hold a summit in Oslo. Two days after the summit, the ministers met \
                    in Bergen. On the eve of the summit, protesters marched.";
        let analysis = analyse(&article(text, date(2021, 5, 10)));
        let expressions: Vec<Option<&str>> = analysis
            .mentions
            .iter()
            .filter_map(|m| m.when.as_ref())
            .map(|w| w.expression.as_deref())
            .collect();
        assert!(!expressions.iter().flatten().any(|e| e.contains("summit")), "{:?}", analysis.mentions);
        // A trigger that is no noun after a determiner reports a new event, which is no anchor.
        let text = "Jets bombed the port on Monday, May 3. Two days after gunmen attacked a convoy, the \
                    ministers met in Aden.";
        let analysis = analyse(&article(text, date(2021, 5, 10)));
        let meeting = analysis.mentions.iter().find(|m| m.kind == EventKind::Meeting).expect("a meeting");
        let expression = meeting.when.as_ref().and_then(|w| w.expression.as_deref()).unwrap_or("");
        assert!(!expression.contains("attacked"), "{meeting:?}");
    }

    #[test]
    fn a_length_in_years_later_is_a_year() {
        let text = "Intro. The two leaders first met in Vienna in March 1977. Two years later they \
                    met again in Geneva.";
        let analysis = analyse(&article(text, date(2004, 4, 20)));
        let dates: Vec<Option<&str>> =
            analysis.mentions.iter().map(|m| m.when.as_ref().map(|w| w.span.value.as_str())).collect();
        assert_eq!(dates, [Some("1977-03"), Some("1979")]);
    }

    #[test]
    fn a_timelines_entry_dates_its_paragraph() {
        let text = "Key dates.\n\nMarch 3 - Talks open in Quito. The envoy speaks by phone with the \
                    rebel leader. The premier flies to Lima.\n\nThe president met the envoy.";
        let analysis = analyse(&article(text, date(2019, 3, 9)));
        let dates: Vec<(EventKind, Option<&str>)> = analysis
            .mentions
            .iter()
            .map(|m| (m.kind, m.when.as_ref().map(|w| w.span.value.as_str())))
            .collect();
        assert_eq!(
            dates,
            [
                (EventKind::Talks, Some("2019-03-03")),
                (EventKind::Call, Some("2019-03-03")),
                (EventKind::Visit, Some("2019-03-03")),
                // The next paragraph is not the entry's.
                (EventKind::Meeting, Some("2019-03-09")),
            ]
        );
        // A range's end with an en dash, and letters of several bytes after a date, are read
        // whole characters at a time.
        let text = "Key dates.\n\nMarch 3–5 - Talks open in Quito.\n\nMarch 3–ελληνικάκείμενο ok - Talks.\n\n\
                    March 3ééééééééééé - Talks.";
        let analysis = analyse(&article(text, date(2019, 3, 9)));
        assert_eq!(
            analysis.mentions.first().and_then(|m| m.when.as_ref()).map(|w| w.span.start),
            Some(date(2019, 3, 3))
        );
    }

    #[test]
    fn hours_after_a_week_ago_is_that_day_a_week_back() {
        // 2004-02-03 is a Tuesday: a week ago is Tuesday 2004-01-27, and so is "hours later".
        let text = "Intro. The war flared a week ago, when Peruvian jets bombed a port in Ecuador. \
                    Hours later Ecuadorian artillery shelled a Peruvian border town.";
        let events = extract(&[article(text, date(2004, 2, 3))]).events;
        let dates: Vec<String> = events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .filter_map(|e| e.when.as_ref().map(|w| w.span.value.clone()))
            .collect();
        assert_eq!(dates, vec!["2004-01-27", "2004-01-27"]);
    }

    #[test]
    fn days_of_an_event_span_them_and_after_them_ends_on_the_sentences_day() {
        // 1995-09-02 is a Saturday: Friday is 09-01, four days of strikes began on 08-29.
        let text = "Intro. NATO jets halted their bombing on Friday after four days of heavy air strikes.";
        let events = extract(&[article(text, date(1995, 9, 2))]).events;
        let strikes: Vec<String> = events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .filter_map(|e| e.when.as_ref().map(|w| w.span.value.clone()))
            .collect();
        assert_eq!(strikes, vec!["1995-08-29/1995-09-01"]);
        // Told from its first day, the days run on from it.
        let text = "Intro. The two sides began three days of talks in Oslo on Monday, officials said.";
        let events = extract(&[article(text, date(1995, 9, 2))]).events;
        let talks: Vec<String> = events
            .iter()
            .filter(|e| e.kind == EventKind::Talks)
            .filter_map(|e| e.when.as_ref().map(|w| w.span.value.clone()))
            .collect();
        assert_eq!(talks, vec!["1995-08-28/1995-08-30"]);
    }

    #[test]
    fn a_week_ago_is_the_same_weekday_a_week_back() {
        let text = "A week ago, the minister flew to Oslo. Two weeks ago she met the Danish premier. \
                    Last week the envoys held talks in Rome.";
        let analysis = analyse(&article(text, date(2021, 6, 10)));
        let dates: Vec<Option<&str>> =
            analysis.mentions.iter().map(|m| m.when.as_ref().map(|w| w.span.value.as_str())).collect();
        // "Two weeks ago" and "last week" name the week.
        assert_eq!(dates, [Some("2021-06-03"), Some("2021-W21"), Some("2021-W22")]);
    }

    #[test]
    fn an_apposition_names_the_event_of_the_clause_before_on_its_date() {
        let text = "Intro. The chancellor held talks with Okafor in Abuja on Wednesday, her first visit \
                    to Nigeria in a decade. Drones struck a depot near Lviv on Tuesday, the third attack \
                    since March.";
        let analysis = analyse(&article(text, date(2021, 6, 10)));
        let dates: Vec<(EventKind, Option<&str>)> = analysis
            .mentions
            .iter()
            .map(|m| (m.kind, m.when.as_ref().map(|w| w.span.value.as_str())))
            .collect();
        assert!(dates.contains(&(EventKind::Visit, Some("2021-06-09"))), "{dates:?}");
        // "since March" bounds a period and dates no attack.
        assert!(dates.iter().all(|d| d.1 != Some("2021-03")), "{dates:?}");
    }

    #[test]
    fn an_apposition_that_ranks_its_event_renames_the_one_before() {
        let day = date(2021, 6, 10);
        // "the first such visit" is the landing, not a visit the reader knows of, and "in
        // fifteen years" is a length, no date.
        let text = "Intro. On 2 June, a delegation led by Foreign Minister Ilse Varga landed in Vilnius, \
                    the first such visit in fifteen years.";
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("2021-06-02"));
        let text = "Intro. Prime Minister Omar Ledesma arrived in Quito by air on June 2, the first visit \
                    by a Chilean leader since 2009.";
        let visits =
            analyse(&article(text, day)).mentions.iter().filter(|m| m.kind == EventKind::Visit).count();
        assert_eq!(visits, 1, "one visit, renamed");
        // A meeting that renames the summit before it is no meeting of its own.
        let text = "Intro. The two leaders agreed to hold a summit in Geneva in late July, the first \
                    meeting of their countries' leaders in a decade.";
        let kinds: Vec<EventKind> = analyse(&article(text, day)).mentions.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, [EventKind::Summit]);
    }

    #[test]
    fn an_event_that_ended_after_some_days_spans_them() {
        let day = date(2021, 6, 11);
        let text = "Intro. Ministers flew home from the Commonwealth summit in Kigali, which closed on \
                    Thursday after three days of debate on trade.";
        assert_eq!(dated(text, day, EventKind::Summit).as_deref(), Some("2021-06-08/2021-06-10"));
        let text = "Intro. The talks in Oslo ended on Wednesday after two days, with no deal.";
        assert_eq!(dated(text, day, EventKind::Talks).as_deref(), Some("2021-06-08/2021-06-09"));
        // Days after which something else happened are no length of the event.
        let text = "Intro. The summit in Kigali opened on Thursday after three days of rain.";
        assert_eq!(dated(text, day, EventKind::Summit).as_deref(), Some("2021-06-10"));
    }

    #[test]
    fn an_event_told_on_its_nth_day_ran_since_the_first() {
        // 14 May 2021 is a Friday.
        let day = date(2021, 5, 16);
        let text = "Intro. Rebel gunners shelled the port of Kismaro for a 12th day on Friday.";
        assert_eq!(dated(text, day, EventKind::Strike).as_deref(), Some("2021-05-03/2021-05-14"));
        let text = "Intro. Government troops pounded Ostrava for a third straight day on Friday.";
        assert_eq!(dated(text, day, EventKind::Strike).as_deref(), Some("2021-05-12/2021-05-14"));
        // A day of something else is no length of the event.
        let text = "Intro. Jets bombed the depot on Friday, and looters came for a second day.";
        assert_eq!(dated(text, day, EventKind::Strike).as_deref(), Some("2021-05-14"));
    }

    #[test]
    fn the_day_an_article_came_out_dates_no_event() {
        let day = date(2021, 5, 16);
        let text = "Intro. An article on May 12 about Latvia gave the wrong date for its general election.";
        assert_ne!(dated(text, day, EventKind::Election).as_deref(), Some("2021-05-12"));
        let text = "Intro. A story Friday misstated who led the border talks.";
        assert_ne!(dated(text, day, EventKind::Talks).as_deref(), Some("2021-05-14"));
        // A date of the event itself is still its own.
        let text = "Intro. Latvians voted in a general election on May 12, an article said.";
        assert_eq!(dated(text, day, EventKind::Election).as_deref(), Some("2021-05-12"));
    }

    #[test]
    fn a_visit_of_the_same_days_is_one_whoever_each_report_names() {
        let day = date(2016, 10, 15);
        let visits = |text: &str| -> Vec<Vec<String>> {
            let analysis = analyse(&article(text, day));
            merge([&analysis])
                .into_iter()
                .filter(|e| e.kind == EventKind::Visit)
                .map(|e| e.participants)
                .collect()
        };
        // The headline names the visitor's country, the body the visitor: one visit.
        let text = "Visit of the Prime Minister of Latvia to India (12-14 October 2016)\n\n\
            Mr. Juris Ozols paid an official visit to India from 12 to 14 October 2016.";
        let found = visits(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains(&"Juris Ozols".to_string()), "{found:?}");
        // Of other days, or in other places, two.
        let text = "Intro. Mr. Juris Ozols visited India from 12 to 14 October 2016. \
            Prime Minister Anna Berzina visited Japan from 12 to 14 October 2016.";
        assert_eq!(visits(text).len(), 2, "{:?}", visits(text));
    }

    #[test]
    fn summits_an_article_names_differently_are_two() {
        let day = date(2021, 5, 16);
        let summits = |text: &str| -> Vec<String> {
            let analysis = analyse(&article(text, day));
            merge([&analysis])
                .into_iter()
                .filter(|e| e.kind == EventKind::Summit)
                .map(|e| e.when.map_or("undated".into(), |w| w.span.value))
                .collect()
        };
        let text = "Intro. Premier Tan Wei met President Mora on the sidelines of the ASEAN summit. \
                    Tan and Mora had held an informal summit in Hue in March 2019.";
        assert_eq!(summits(text).len(), 2, "{:?}", summits(text));
        // A body both name, or the same place, makes them one.
        let text = "Intro. Ministers met on the sidelines of the NATO summit in Riga. \
                    NATO leaders hold a summit in Riga on May 20 and 21.";
        assert_eq!(summits(text), ["2021-05-20/2021-05-21"]);
    }

    #[test]
    fn a_gathering_a_dated_meeting_was_held_at_is_on_its_day() {
        let day = date(2021, 5, 16);
        let summits = |text: &str| -> Vec<String> {
            let analysis = analyse(&article(text, day));
            merge([&analysis])
                .into_iter()
                .filter(|e| e.kind == EventKind::Summit)
                .map(|e| e.when.map_or("undated".into(), |w| w.span.value))
                .collect()
        };
        let text = "Intro. Premier Tan Wei and President Mora talked for an hour in Hue on Friday, on \
                    the sidelines of the ASEAN summit.";
        assert_eq!(summits(text), ["2021-05-14"]);
        // Whatever the article dates the summit by wins over that one day.
        let text = "Intro. ASEAN leaders hold a summit in Hue on May 13 and 14. Premier Tan Wei met \
                    President Mora there on Friday, on the margins of the ASEAN summit.";
        assert_eq!(summits(text), ["2021-05-13/2021-05-14"]);
        // A statement's day is no day of the meeting's, nor of the summit's.
        let text = "Intro. Intro. Intro. Tan met Mora on the sidelines of the ASEAN summit in \
                    Hue, officials said on Friday.";
        assert!(summits(text).iter().all(|s| s != "2021-05-14"), "{:?}", summits(text));
    }

    #[test]
    fn a_strike_on_a_day_of_a_siege_elsewhere_is_another() {
        let day = date(2021, 5, 16);
        let strikes = |text: &str| -> usize {
            let analysis = analyse(&article(text, day));
            merge([&analysis]).into_iter().filter(|e| e.kind == EventKind::Strike).count()
        };
        let text = "Intro. Serbian gunners shelled Kostel for a 20th day on Friday. \
                    On May 10, Serbian jets bombed a barracks in Sarajevo.";
        assert_eq!(strikes(text), 2);
    }

    #[test]
    fn a_date_set_off_by_commas_after_a_place_is_its_clauses() {
        let day = date(2021, 6, 20);
        let text = "Intro. She had raised the matter at the Arctic Council summit in Tromso, Norway, \
                    on 3 and 4 June, whose closing statement ignored it.";
        assert_eq!(dated(text, day, EventKind::Summit).as_deref(), Some("2021-06-03/2021-06-04"));
        let text = "Intro. They signed the pact at a summit in Lima, on June 8, that few expected.";
        assert_eq!(dated(text, day, EventKind::Summit).as_deref(), Some("2021-06-08"));
        // The date set off may have its own place before it, or open with "from".
        let text = "Intro. He carried the papers at the first ASEAN summit, in Bali in February 1976, \
                    where the leaders argued for an hour.";
        assert_eq!(dated(text, day, EventKind::Summit).as_deref(), Some("1976-02"));
        let text =
            "Intro. The talks drifted during his absence at the G8 summit in Okinawa, from 2 to 4 June.";
        assert_eq!(dated(text, day, EventKind::Summit).as_deref(), Some("2021-06-02/2021-06-04"));
        // A clause of its own after the comma keeps its date.
        let text = "Intro. She had raised the matter at the summit, in Oslo she said on 3 June.";
        assert_ne!(dated(text, day, EventKind::Summit).as_deref(), Some("2021-06-03"));
    }

    #[test]
    fn a_visit_with_no_date_of_its_own_is_on_the_day_of_what_was_done_where_it_went() {
        let day = date(2025, 10, 1);
        let text = "Intro. Nowak has visited Washington, where he met President Dale Hartigan at the \
                    White House on September 3.";
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("2025-09-03"));
        // A date the sentence gives before the visit is still the visit's.
        let text = "Intro. On 11 August, Nowak visited Addis Ababa, where the two leaders met on 12 August.";
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("2025-08-11"));
    }

    #[test]
    fn a_planned_weekday_after_a_later_day_is_in_the_week_after_it() {
        // 2 March 2021 is a Tuesday: "Thursday" alone would be 4 March.
        let day = date(2021, 3, 2);
        let text = "Intro. The envoy will be in Hanoi on Monday, March 8, before flying on to Manila, \
                    where she will meet the foreign minister on Thursday.";
        assert_eq!(dated(text, day, EventKind::Meeting).as_deref(), Some("2021-03-11"));
        // A dateline's day is no stop of a plan.
        let text = "Intro. MANILA, March 2 - The envoy will meet the foreign minister on Thursday.";
        assert_eq!(dated(text, day, EventKind::Meeting).as_deref(), Some("2021-03-04"));
    }

    #[test]
    fn a_visit_whose_visitor_left_the_next_day_lasted_two_days() {
        let day = date(2021, 3, 20);
        let text = "Intro. The envoy flew to Riga on March 2 for talks with the president, but left the \
                    next day with no deal.";
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("2021-03-02/2021-03-03"));
        let text = "Intro. The envoy flew to Riga on March 2, and the talks collapsed the next day.";
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("2021-03-02"));
        // Or on a day the sentence names after the leaving, past the place left.
        let text = "Intro. The delegation flew in on Thursday afternoon and left Washington on Friday.";
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("2021-03-18/2021-03-19"));
        let text = "Intro. Minister Ravi Mehta, who arrived in Geneva on Monday, flies home tonight.";
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("2021-03-15/2021-03-20"));
        // Not a day before the arrival, nor one months on.
        let text = "Intro. The envoy flew to Riga on March 2; he had left Oslo on February 27.";
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("2021-03-02"));
    }

    #[test]
    fn a_journey_for_a_number_of_days_is_a_stay_of_those_days() {
        let day = date(2021, 3, 20);
        let text = "Intro. The envoy flew to Riga on Mar. 2 for three days of talks with the government.";
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("2021-03-02/2021-03-04"));
        // Arriving at night, the days are the ones after.
        let text = "Intro. The minister flew to Lima on Monday night for two days of meetings.";
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("2021-03-15/2021-03-17"));
        // A length that is no stay leaves the day alone.
        let text = "Intro. The envoy flew to Riga on March 2, the first visit for six years.";
        assert_eq!(dated(text, day, EventKind::Visit).as_deref(), Some("2021-03-02"));
    }

    #[test]
    fn a_date_an_event_was_once_set_for_gives_way_to_another() {
        let dated = |text: &str| -> Option<String> {
            let analysis = analyse(&article(text, date(2021, 6, 10)));
            analysis.mentions.first().and_then(|m| m.when.as_ref()).map(|w| w.span.value.clone())
        };
        assert_eq!(
            dated("Intro. The runoff, originally scheduled for April, was held on Sunday.").as_deref(),
            Some("2021-06-06")
        );
        assert_eq!(
            dated("Intro. The envoys' talks, postponed from May 20, opened on Monday.").as_deref(),
            Some("2021-06-07")
        );
        // Alone, it is still the event's date.
        assert!(
            dated("Intro. The runoff was originally scheduled for April.")
                .is_some_and(|v| v.ends_with("-04"))
        );
    }

    #[test]
    fn a_span_given_day_by_day_beats_one_of_its_days() {
        for text in [
            "Leaders wrapped up a two-day summit in Oslo on Wednesday. The summit opened on Tuesday.",
            "The summit in Oslo opened on Tuesday. Leaders wrapped up the two-day summit on Wednesday.",
        ] {
            let events = extract(&[article(text, date(2021, 6, 10))]).events;
            let summits: Vec<&str> = events
                .iter()
                .filter(|e| e.kind == EventKind::Summit)
                .map(|e| e.when.as_ref().map_or("", |w| w.span.value.as_str()))
                .collect();
            assert_eq!(summits, ["2021-06-08/2021-06-09"], "{text}");
        }
        // A day inside a month is still finer.
        let text = "The ministers met in Oslo in June. They met on Tuesday, officials said.";
        let events = extract(&[article(text, date(2021, 6, 10))]).events;
        let meeting = events.iter().find(|e| e.kind == EventKind::Meeting).expect("a meeting");
        assert_eq!(meeting.when.as_ref().map(|w| w.span.value.as_str()), Some("2021-06-08"));
    }

    #[test]
    fn a_summit_meets_where_it_is_said_to_and_a_clause_after_a_comma_dates_it() {
        let text = "Intro one. Intro two. Intro three. Intro four. Intro five. Envoys will gather in Geneva next week to prepare for the summit in Vienna on May 20. The two discussed the border talks, which resumed last month in Doha. Moscow, which opposes air strikes on the rebels, sent a delegation.";
        let analysis = analyse(&article(text, date(2012, 4, 2)));
        let find = |kind: EventKind| analysis.mentions.iter().find(|m| m.kind == kind).expect("found");
        assert_eq!(find(EventKind::Summit).location.as_deref(), Some("Vienna"));
        let talks = find(EventKind::Talks);
        assert_eq!(talks.when.as_ref().map(|w| w.span.value.as_str()), Some("2012-03"));
        assert_eq!(find(EventKind::Strike).status, EventStatus::Unreal);
    }

    #[test]
    fn the_day_someone_left_talks_is_not_the_talks_day() {
        let text = "Intro one. Intro two. Intro three. Intro four. Intro five. The rebels walked out of the peace talks on May 4 and have not returned.";
        let analysis = analyse(&article(text, date(2013, 6, 1)));
        let talks = analysis.mentions.iter().find(|m| m.kind == EventKind::Talks).expect("talks");
        assert!(talks.when.is_none(), "{:?}", talks.when);
    }

    #[test]
    fn names_listed_before_the_clause_are_its_subject() {
        let text = "Intro one. Intro two. Intro three. Intro four. Intro five. Meanwhile, Foreign Minister Ana Ruiz, Gil and Defence Minister Luis Mora announced plans to travel to Quito next week.";
        let analysis = analyse(&article(text, date(2014, 9, 1)));
        let visit = analysis.mentions.iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert!(visit.participants.contains(&"Ana Ruiz".to_owned()), "{:?}", visit.participants);
        assert!(visit.participants.contains(&"Luis Mora".to_owned()), "{:?}", visit.participants);
    }

    #[test]
    fn an_opening_participle_takes_the_main_clauses_subject() {
        let a = article(
            "Intro one. Intro two. Intro three. Intro four. Intro five. After visiting the border town of Halden on Monday, Foreign Minister Anna Berg said the crossing would reopen.",
            date(2021, 3, 3),
        );
        let analysis = analyse(&a);
        let visit = analysis.mentions.iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["Anna Berg"]);
    }

    #[test]
    fn a_date_in_another_triggers_clause_is_not_borrowed() {
        let a = article(
            "Intro one. Intro two. Intro three. Intro four. Intro five. Later on. The phone call between Trump and Putin was the first since a missile strike last month hit Syria.",
            date(2017, 5, 2),
        );
        let analysis = analyse(&a);
        let call = analysis.mentions.iter().find(|m| m.kind == EventKind::Call).expect("call");
        assert!(call.when.is_none(), "{:?}", call.when);
        let strike = analysis.mentions.iter().find(|m| m.kind == EventKind::Strike).expect("strike");
        assert_eq!(strike.when.as_ref().map(|w| w.span.value.as_str()), Some("2017-04"));
    }

    #[test]
    fn a_century_that_describes_a_noun_does_not_date_the_event() {
        let r = date(1998, 2, 19);
        let when = |text: &str| {
            let analysis = analyse(&article(text, r));
            let strike = analysis.mentions.iter().find(|m| m.kind == EventKind::Strike).expect("strike");
            strike.when.as_ref().map(|w| w.span.value.clone())
        };
        let temple = when(
            "Intro one. Intro two. Intro three. Intro four. Intro five. Later on. The team was near Angkor Wat, the fabled 11th century temple, when it was attacked.",
        );
        assert_ne!(temple.as_deref(), Some("10"));
        // The event's own noun phrase keeps its date; so does a decade before a verb.
        assert_eq!(when("NATO ended its 1990s bombing campaign.").as_deref(), Some("199"));
        assert_eq!(when("The 1990s saw an air strike on the city.").as_deref(), Some("199"));
    }

    #[test]
    fn a_statement_s_date_is_not_the_date_of_the_event_it_names() {
        let a = article("The council condemned on Thursday the bombing of the embassies.", date(1998, 8, 13));
        let analysis = analyse(&a);
        let strike = analysis.mentions.iter().find(|m| m.kind == EventKind::Strike).expect("strike");
        assert!(strike.when.is_none(), "{:?}", strike.when);
        // After the event it names, too; but "condemned two bomb attacks Friday" is news.
        let strike = strike_in(
            "Intro. The council condemned the bombing of the embassies in Kenya on Thursday.",
            date(1998, 8, 14),
        );
        assert!(strike.when.is_none(), "{:?}", strike.when);
        let strike =
            strike_in("Cyprus on Saturday condemned two bomb attacks in Kenya Friday.", date(1998, 8, 8));
        assert_eq!(strike.when.map(|w| w.span.value).as_deref(), Some("1998-08-07"));
        // A relative clause runs on through "1,000": its date is the blasts'.
        let strike = strike_in(
            "Intro. South Africa deplored Friday the bomb blasts which killed scores of people and injured \
             more than 1,000 others outside embassies in Kenya earlier in the day.",
            date(1998, 8, 8),
        );
        assert_eq!(strike.when.map(|w| w.span.value).as_deref(), Some("1998-08-07"));
        let strike = strike_in("Bombs exploded outside two embassies, killing dozens.", date(1998, 8, 7));
        assert!(strike.when.is_some_and(|w| w.approximate), "news in the lede takes the article's date");
    }

    #[test]
    fn places_coordinated_with_a_place_are_places() {
        let strike =
            strike_in("U.S. embassies in Kenya and Tanzania were bombed on Friday.", date(1998, 8, 8));
        assert_eq!(strike.participants, vec!["United States"]);
        assert_eq!(strike.location.as_deref(), Some("Kenya"));
        // A demonym is no place name: the country it names is the place.
        let a = article(
            "Foreign ministers meeting in the Ethiopian capital agreed on a panel.",
            date(1998, 8, 8),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.location.as_deref(), Some("Ethiopia"));
    }

    /// The first and last day of the first visit of `text`, in an article of 5 May 2017.
    fn visit_span_of(text: &str) -> Option<(String, String)> {
        let analysis = analyse(&article(text, date(2017, 5, 5)));
        let visit = analysis.mentions.into_iter().find(|m| m.kind == EventKind::Visit)?;
        visit.when.map(|w| (w.span.start.to_string(), w.span.end.to_string()))
    }

    fn span(first: &str, last: &str) -> Option<(String, String)> {
        Some((first.to_owned(), last.to_owned()))
    }

    #[test]
    fn an_event_of_some_days_spans_them() {
        // From its date, whichever trigger of the kind carries the length.
        assert_eq!(
            visit_span_of("Intro. Putin arrived in Paris on Tuesday for a three-day visit."),
            span("2017-05-02", "2017-05-04")
        );
        // Up to its date when it is ending.
        assert_eq!(
            visit_span_of("Intro. Merkel returned on Wednesday after a four-day visit to China."),
            span("2017-04-30", "2017-05-03")
        );
        // Ending with no date named: it ends as the article is written.
        assert_eq!(
            visit_span_of(
                "Intro. Intro. Intro. Scharping, ending a two-day visit to Warsaw, said Poland was ready."
            ),
            span("2017-05-04", "2017-05-05")
        );
        assert_eq!(
            visit_span_of("Intro. Intro. Intro. Putin has completed a two-day working visit to Astana."),
            span("2017-05-04", "2017-05-05")
        );
        // A length that is not the event's own, or no length, leaves the day alone.
        assert_eq!(
            visit_span_of("Intro. Putin arrived in Paris on Tuesday, a two-day drive from Moscow."),
            span("2017-05-02", "2017-05-02")
        );
        assert_eq!(
            visit_span_of("Intro. Putin arrived in Paris on Tuesday."),
            span("2017-05-02", "2017-05-02")
        );
    }

    #[test]
    fn an_event_told_as_ended_on_a_day_spans_the_days_before_it() {
        // Coming back "from" it on a day.
        assert_eq!(
            visit_span_of("Intro. The governor returned on Wednesday from a three-day visit to Ohio."),
            span("2017-05-01", "2017-05-03")
        );
        assert_eq!(
            visit_span_of(
                "Intro. The minister flew back on Tuesday from his two-day official trip to Lagos."
            ),
            span("2017-05-01", "2017-05-02")
        );
        // A relative clause saying it ended on its date.
        assert_eq!(
            visit_span_of(
                "Intro. The queen's four-day visit to Norway, which concluded on Thursday, was a success."
            ),
            span("2017-05-01", "2017-05-04")
        );
        assert_eq!(
            visit_span_of(
                "Intro. Talks followed a two-day visit to Kiev that ended on Tuesday with a dinner."
            ),
            span("2017-05-01", "2017-05-02")
        );
        // Its own verb saying it ended, past a place.
        assert_eq!(
            visit_span_of("Intro. The three-day visit in Ohio ended on Wednesday with a dinner."),
            span("2017-05-01", "2017-05-03")
        );
        // Setting out for it, or a relative clause about something else, still runs from the day.
        assert_eq!(
            visit_span_of("Intro. The governor left on Wednesday for a three-day visit to Ohio."),
            span("2017-05-03", "2017-05-05")
        );
        assert_eq!(
            visit_span_of(
                "Intro. The governor began on Monday a three-day visit to Ohio, which he called overdue."
            ),
            span("2017-05-01", "2017-05-03")
        );
    }

    #[test]
    fn a_finer_date_after_the_trigger_within_its_month_dates_it() {
        let day = date(2021, 3, 20);
        let text = "Intro. In May 2019, when rebels raided a border post near the river on the night of May 9, \
                    ten guards died.";
        assert_eq!(dated(text, day, EventKind::Strike).as_deref(), Some("2019-05-09"));
        let text =
            "Intro. In July 2018 he joined the first round of talks in Oslo, which ran from July 3 to 5.";
        assert_eq!(dated(text, day, EventKind::Talks).as_deref(), Some("2018-07-03/2018-07-05"));
        // Another event's trigger between them, or a day outside the month, leaves the month.
        let text = "Intro. In May 2019 rebels raided a border post, and the army bombed their camp on May 9.";
        assert_eq!(dated(text, day, EventKind::Strike).as_deref(), Some("2019-05"));
        let text = "Intro. In May 2019 rebels raided a border post, weeks before the June 2 vote.";
        assert_eq!(dated(text, day, EventKind::Strike).as_deref(), Some("2019-05"));
    }

    #[test]
    fn a_day_named_as_a_ranked_day_of_an_event_dates_it() {
        let day = date(2021, 3, 20);
        let text =
            "Intro. ROME - Farmers blocked the roads on Tuesday, the first day of the bloc's two-day summit.";
        assert_eq!(dated(text, day, EventKind::Summit).as_deref(), Some("2021-03-16/2021-03-17"));
    }

    #[test]
    fn a_range_of_dates_is_one_span() {
        let when_of = |text: &str, kind: EventKind| -> Option<(String, String, String)> {
            let analysis = analyse(&article(text, date(1999, 2, 10)));
            let m = analysis.mentions.into_iter().find(|m| m.kind == kind)?;
            m.when
                .map(|w| (w.span.start.to_string(), w.span.end.to_string(), w.expression.unwrap_or_default()))
        };
        let span = |a: &str, b: &str, e: &str| Some((a.to_owned(), b.to_owned(), e.to_owned()));
        assert_eq!(
            when_of("Intro. The summit will be held in Washington on April 24 and 25.", EventKind::Summit),
            span("1999-04-24", "1999-04-25", "April 24 and 25")
        );
        assert_eq!(
            when_of("Intro. The talks on May 3-4 will be in Oslo.", EventKind::Talks),
            span("1999-05-03", "1999-05-04", "May 3-4")
        );
        // Whichever end is nearer the trigger, and the closing date is no event of its own.
        let analysis =
            analyse(&article("Intro. From Feb. 1 to Feb. 3 the leaders met in Rome.", date(1999, 2, 10)));
        let kinds: Vec<EventKind> = analysis.mentions.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, vec![EventKind::Meeting]);
        let when = analysis.mentions[0].when.as_ref().expect("dated");
        assert_eq!(
            (when.span.start.to_string(), when.span.end.to_string()),
            ("1999-02-01".into(), "1999-02-03".into())
        );
        // A month without its year that closes a range is the first one after its opening.
        assert_eq!(
            when_of("Intro. The envoys held talks in Oslo from November 1996 until March.", EventKind::Talks)
                .map(|w| (w.0, w.1)),
            Some(("1996-11-01".to_owned(), "1997-03-31".to_owned()))
        );
        // Two days joined by "and" are two days; a number after "and" may count something.
        assert_eq!(
            when_of("Intro. The leaders met on Feb. 1 and Feb. 3 in Rome.", EventKind::Meeting),
            span("1999-02-01", "1999-02-01", "Feb. 1")
        );
        // Two days in a row are one span, with a few words between.
        assert_eq!(
            when_of("Intro. The envoys met on Feb. 1 and Feb. 2 in Rome.", EventKind::Meeting),
            span("1999-02-01", "1999-02-02", "Feb. 1 and Feb. 2")
        );
        assert_eq!(
            when_of(
                "Intro. Warplanes bombed the port late on Feb. 1 and early on Feb. 2.",
                EventKind::Strike
            )
            .map(|w| (w.0, w.1)),
            Some(("1999-02-01".to_owned(), "1999-02-02".to_owned()))
        );
        // A later date a word of closing comes before ends the event begun on the first.
        assert_eq!(
            when_of("Intro. The talks, which began on Feb. 1 and ended on Feb. 3, failed.", EventKind::Talks),
            span("1999-02-01", "1999-02-03", "Feb. 1")
        );
        // Talks that went on, or were adjourned, on a later day ran until it; resumed talks
        // open on the day they resumed.
        assert_eq!(
            when_of(
                "Intro. The trade talks in London, which began on Feb. 1 and continued on Feb. 2, were cordial.",
                EventKind::Talks
            ),
            span("1999-02-01", "1999-02-02", "Feb. 1")
        );
        assert_eq!(
            when_of(
                "Intro. The nuclear talks resumed in Vienna on Feb. 1 after a break and were adjourned on Feb. 5.",
                EventKind::Talks
            ),
            span("1999-02-01", "1999-02-05", "Feb. 1")
        );
        // The clause of another event named between is that one's span, not the trigger's.
        assert_eq!(
            when_of(
                "Intro. The President will fly to Cologne on Feb. 3 for the summit, which opens there on Feb. 3 and continues on Feb. 4.",
                EventKind::Visit
            )
            .map(|w| w.0),
            Some("1999-02-03".to_owned())
        );
        // A weekday read as the one before the opening day (the sentence is in the past) is the
        // one after it.
        let analysis = analyse(&article(
            "Intro. The envoy arrived in Oslo on Tuesday for a visit that runs through Friday.",
            date(1999, 2, 11),
        ));
        let when = analysis.mentions[0].when.as_ref().expect("dated");
        assert_eq!((when.span.start, when.span.end), (date(1999, 2, 9), date(1999, 2, 12)));
        // A weekday read as before the one it follows, said on the first day, is the next one.
        let analysis =
            analyse(&article("Intro. The referendum took place on Thursday and Friday.", date(1999, 2, 11)));
        let when = analysis.mentions[0].when.as_ref().expect("dated");
        assert_eq!((when.span.start, when.span.end), (date(1999, 2, 11), date(1999, 2, 12)));
        // The predicate after a subject's relative clause dates the subject too, and a
        // closing date nearest the trigger closes the span another date opens.
        assert_eq!(
            when_of(
                "Intro. The summit, which runs until Feb. 5, opened on Feb. 3 in Oslo.",
                EventKind::Summit
            ),
            span("1999-02-03", "1999-02-05", "Feb. 3")
        );
        assert_eq!(
            when_of("Intro. Bombs on Feb. 1 and 25 people were killed in the attack.", EventKind::Strike)
                .map(|w| w.1),
            Some("1999-02-01".to_owned())
        );
    }

    #[test]
    fn a_relative_clause_about_something_else_gives_no_date_or_people() {
        let a = article(
            "Intro. Intro. Intro. Intro. Intro. A major goal of Kuchma's visit was a program to double trade, \
             which fell to $14 billion last year, down $2.5 billion from 1996.",
            date(1998, 2, 27),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert!(visit.when.is_none(), "{:?}", visit.when);
        let a = article(
            "Ministers meeting in Addis Ababa agreed to investigate who shot down President Juvenal \
             Habyarimana's plane on April 6, 1994.",
            date(1998, 2, 27),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert!(meeting.participants.is_empty(), "{:?}", meeting.participants);
        assert_ne!(meeting.when.map(|w| w.span.value).as_deref(), Some("1994-04-06"));
    }

    #[test]
    fn a_meeting_called_for_has_not_happened() {
        let a =
            article("Gadhafi called for an emergency Security Council meeting in Geneva.", date(1990, 8, 16));
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.status, EventStatus::Unreal);
    }

    #[test]
    fn a_capital_before_a_summit_is_where_it_meets() {
        let summit = |text: &str| {
            let analysis = analyse(&article(text, date(1999, 2, 10)));
            let m = analysis.mentions.into_iter().find(|m| m.kind == EventKind::Summit).expect("summit");
            (m.participants, m.location)
        };
        assert_eq!(
            summit("NATO invited them in July 1997 at the Madrid summit."),
            (vec!["NATO".to_owned()], Some("Madrid".to_owned()))
        );
        assert_eq!(
            summit("An accession will be held at the NATO Washington summit in April."),
            (vec!["NATO".to_owned()], Some("Washington".to_owned()))
        );
        // A demonym or an organisation before it is who, not where.
        assert_eq!(summit("The Spanish summit ended.").0, vec!["Spain".to_owned()]);
        assert_eq!(summit("An emergency Security Council summit was called.").1, None);
    }

    #[test]
    fn business_negotiations_are_not_talks() {
        let kinds = |text: &str| -> Vec<EventKind> {
            analyse(&article(text, date(1989, 10, 27))).mentions.iter().map(|m| m.kind).collect()
        };
        assert!(
            !kinds("The company is continuing talks with potential buyers of two units.")
                .contains(&EventKind::Talks)
        );
        assert!(
            !kinds("It bought shares through privately negotiated transactions.").contains(&EventKind::Talks)
        );
        assert!(
            !kinds("Dow Jones began negotiations about the terms of the offer.").contains(&EventKind::Talks)
        );
        assert!(kinds("Iran began talks with the European Union on Friday.").contains(&EventKind::Talks));
    }

    #[test]
    fn seeing_an_office_holder_is_a_meeting() {
        let meetings = |text: &str| -> usize {
            let found = analyse(&article(text, date(2008, 8, 13))).mentions;
            found.iter().filter(|m| m.kind == EventKind::Meeting && m.status != EventStatus::Unreal).count()
        };
        assert_eq!(
            meetings("Intro. The envoy flew to Paris on Sunday and saw the French Prime Minister."),
            1
        );
        assert_eq!(meetings("Intro. Ana Ruiz flies to Lima tomorrow to see President Tom Kale."), 1);
        for text in [
            "Intro. Crowds saw the towers burn on Tuesday.",
            "Intro. The world will see images of the Pope in Cuba.",
            "Intro. Senegal was preparing on Sunday to see off French President Tom Kale.",
            "Intro. I hope to see Foreign Minister Tom Kale there next week.",
        ] {
            assert_eq!(meetings(text), 0, "{text}");
        }
    }

    #[test]
    fn meeting_twice_is_no_meeting_unless_each_time_is_told() {
        let meetings = |text: &str| -> Vec<Option<String>> {
            let found = analyse(&article(text, date(1999, 3, 24))).mentions;
            found
                .into_iter()
                .filter(|m| m.kind == EventKind::Meeting)
                .map(|m| m.when.map(|w| w.span.value))
                .collect()
        };
        assert!(meetings("Intro. The two envoys have met twice since the war began.").is_empty());
        assert_eq!(
            meetings(
                "Intro. Tom Webb met the Yugoslav President twice in Belgrade, on Monday and again on Tuesday."
            ),
            vec![Some("1999-03-22".to_owned()), Some("1999-03-23".to_owned())]
        );
    }

    #[test]
    fn a_strike_s_sides_are_named_next_to_it() {
        let sides = |text: &str| strike_in(text, date(1998, 8, 13)).participants;
        assert_eq!(
            sides(
                "Secretary of State Madeleine Albright thanked Kenya for its help after the bombings of U.S. embassies."
            ),
            vec!["United States"]
        );
        assert_eq!(
            sides("Terrorist bombings at U.S. embassies in Kenya and Tanzania killed 224."),
            vec!["United States"]
        );
        assert_eq!(sides("Russia said Turkey shelled Kurdish positions on Monday."), vec!["Turkey"]);
        assert_eq!(sides("Iran Saturday condemned the bombing of U.S. embassies."), vec!["United States"]);
        assert_eq!(
            sides("A U.S. missile strike last month targeted a Syrian air base."),
            vec!["United States", "Syria"]
        );
        // The passive's subject is its target; a country that only speaks is no side.
        assert_eq!(sides("Syrian army positions were shelled on Monday."), vec!["Syria"]);
        assert!(sides("Israel says the bombing was planned abroad.").is_empty());
    }

    #[test]
    fn a_visit_is_made_by_its_visitor_and_the_country_visited_is_its_place() {
        let a = article(
            "Secretary of State Madeleine Albright met African envoys on Tuesday. She said she looked forward to visiting Kenya and Tanzania.",
            date(1998, 8, 11),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["Madeleine Albright"]);
        assert_eq!(visit.location.as_deref(), Some("Kenya"));
        // A trigger ending on its preposition takes the place right after it, not the
        // sentence's first place: two stops are two visits.
        let a = article(
            "The envoy will travel to Muscat tomorrow and is expected in Riyadh later in the week.",
            date(2018, 2, 13),
        );
        let places: Vec<Option<String>> = analyse(&a)
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Visit)
            .map(|m| m.location)
            .collect();
        assert_eq!(places, [Some("Oman".to_owned()), Some("Riyadh".to_owned())]);
    }

    #[test]
    fn the_visitor_named_after_the_visit_is_the_visitor() {
        let a = article(
            "Ambassador Prudence Bushnell said she and Kimotho had talked about the visit of U.S. Commerce Secretary William Daley in September.",
            date(1998, 8, 26),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["William Daley"]);
        // A transcript's lower-case title still introduces a name.
        let a = article("defense secretary William Cohen will travel to Ohio next week.", date(1998, 2, 13));
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["William Cohen"]);
    }

    #[test]
    fn who_holds_what_a_strike_hits_strikes_nothing() {
        let sides = |text: &str| strike_in(text, date(2015, 12, 4)).participants;
        // Held by a group, in a country: the group is hit, and the country is only where.
        assert_eq!(
            sides("British jets struck oil fields held by Islamic State in eastern Syria on Thursday."),
            vec!["United Kingdom", "Islamic State"]
        );
        assert_eq!(
            sides("A bombing carried out by Hamas killed three Israeli soldiers."),
            vec!["Hamas", "Israel"]
        );
        // A city hit where a group is hit is the group's place, not a side.
        assert_eq!(
            sides("Saudi-led jets struck Houthi positions around the port of Hodeidah on Friday."),
            vec!["Saudi Arabia", "Houthis"]
        );
    }

    #[test]
    fn a_round_numbered_in_figures_is_one_of_talks() {
        let talks = |text: &str| -> Vec<(EventKind, Vec<String>)> {
            analyse(&article(text, date(2024, 10, 18)))
                .mentions
                .into_iter()
                .map(|m| (m.kind, m.participants))
                .collect()
        };
        // A named dialogue is no person.
        assert_eq!(
            talks(
                "Intro. The 3rd round of the China-Thailand Strategic Dialogue was held in Bangkok last November."
            ),
            [(EventKind::Talks, vec!["China".to_owned(), "Thailand".to_owned()])]
        );
        // A second round in figures is of whatever the article reported last.
        assert_eq!(
            talks("Intro. Moldova held its presidential election on Sunday. The 2nd round is on 3 November.")
                .into_iter()
                .map(|t| t.0)
                .collect::<Vec<_>>(),
            [EventKind::Election, EventKind::Election]
        );
    }

    #[test]
    fn a_visit_joined_by_and_with_a_date_of_its_own_is_the_next_leg() {
        let visits = |text: &str, dct| {
            analyse(&article(text, dct))
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Visit)
                .map(|m| (m.participants, m.when.map(|w| w.span.value)))
                .collect::<Vec<_>>()
        };
        let brandes = || vec!["Ulrike Brandes".to_owned()];
        assert_eq!(
            visits(
                "Foreign Minister Ulrike Brandes was in Israel last Friday and travelled on to Beirut at the weekend.",
                date(2023, 10, 17)
            ),
            vec![(brandes(), Some("2023-10-13".to_owned())), (brandes(), Some("2023-W41-WE".to_owned()))]
        );
        // The second leg takes the visitor of the first.
        let mallett = || vec!["Gregory Mallett".to_owned()];
        assert_eq!(
            visits(
                "Envoy Gregory Mallett arrived in Kuwait on Saturday and is due in Riyadh on Monday.",
                date(2019, 6, 24)
            ),
            vec![(mallett(), Some("2019-06-22".to_owned())), (mallett(), Some("2019-06-24".to_owned()))]
        );
        // Summits too, with a name between "and" and the word.
        let summits: Vec<Option<String>> = analyse(&article(
            "Intro. The ASEAN Summit was held on 9 October and the NATO summit was held on 11 October.",
            date(2024, 10, 20),
        ))
        .mentions
        .into_iter()
        .filter(|m| m.kind == EventKind::Summit)
        .map(|m| m.when.map(|w| w.span.value))
        .collect();
        assert_eq!(summits, [Some("2024-10-09".to_owned()), Some("2024-10-11".to_owned())]);
        // A visit renamed far after "and" is the same one.
        assert_eq!(
            visits(
                "Mr Dolan will travel to Belfast on Tuesday to meet Mrs Kerr and the party's president, his first visit to the city since the summer.",
                date(2019, 10, 19)
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_group_whose_people_a_strike_killed_is_the_side_it_hit() {
        let sides = |text: &str| strike_in(text, date(2023, 10, 24)).participants;
        assert_eq!(
            sides("An Israeli drone strike killed three Hezbollah fighters near Aitaroun on Sunday."),
            vec!["Israel", "Hezbollah"]
        );
        // In a clause of killing right after the strike's own.
        assert_eq!(
            sides("Israeli aircraft struck 400 targets in Gaza on Monday, killing several Hamas commanders."),
            vec!["Israel", "Hamas"]
        );
        // "members of" the group; a possessive with a word describing whom.
        assert_eq!(
            sides("A U.S. drone strike on Friday killed two members of the Islamic State."),
            vec!["United States", "Islamic State"]
        );
        assert_eq!(
            sides("A U.S. drone strike on Friday killed al-Qaeda's second-ranking commander."),
            vec!["United States", "al-Qaeda"]
        );
        // Not the killed of another clause's strike.
        assert_eq!(
            sides(
                "Hamas fired rockets at Israel on Monday, and its spokesman said an Israeli raid had killed two Hezbollah fighters."
            ),
            vec!["Hamas", "Israel"]
        );
    }

    #[test]
    fn an_attack_named_by_its_target_with_a_date_after_it_is_another_strike() {
        let text = "Azerbaijan's offensive of 19 September drove the Armenians out. The leaders have not \
                    met since the attack on a Kosovo police patrol on 24 September.";
        let analysis = analyse(&article(text, date(2023, 10, 5)));
        let strikes: Vec<Option<String>> = merge([&analysis])
            .into_iter()
            .filter(|e| e.kind == EventKind::Strike)
            .map(|e| e.when.map(|w| w.span.value))
            .collect();
        assert_eq!(strikes, vec![Some("2023-09-19".to_owned()), Some("2023-09-24".to_owned())]);
    }

    #[test]
    fn a_verb_of_striking_whose_object_names_an_armed_side_hit_is_a_strike() {
        let strike = |text: &str| strike_found(text, date(2023, 10, 10));
        let hit = strike("The IDF said it had struck some 200 Hamas targets in the Gaza Strip overnight.");
        assert_eq!(hit.expect("strike").participants, vec!["Israel", "Hamas"]);
        assert!(strike("Kyiv said it hit Russian positions near Bakhmut on Monday.").is_some());
        // What a business or a tariff hits is no armed side's.
        assert!(strike("The company hit its sales targets on Monday.").is_none());
        assert!(strike("Tariffs hit Chinese exporters on Monday.").is_none());
        assert!(strike("Sanctions hit Russian banks on Monday.").is_none());
    }

    #[test]
    fn an_armed_groups_attack_names_a_strike_of_its_own() {
        let strike = |text: &str| strike_found(text, date(2023, 10, 17));
        let hamas =
            strike("French nationals were among the dead in the Hamas attack of 7 October.").expect("strike");
        assert_eq!(hamas.when.map(|w| w.span.value).as_deref(), Some("2023-10-07"));
        assert!(hamas.participants.contains(&"Hamas".to_owned()));
        assert!(strike("The PKK's attack on the base killed twelve soldiers.").is_some());
        // Other modifiers only refer back: "the deadly attack" names none by itself.
        assert!(strike("Officials said the deadly attack was a warning.").is_none());
        assert!(strike("Hamas said attacks would go on.").is_none());
    }

    #[test]
    fn a_matchs_words_are_no_event() {
        let r = date(2023, 10, 13);
        let kinds = |text: &str| -> Vec<EventKind> {
            analyse(&article(text, r)).mentions.into_iter().map(|m| m.kind).collect()
        };
        assert!(kinds("In football, the league's summit meeting in Milan on Sunday is sold out.").is_empty());
        assert!(
            kinds(
                "The two giants meet in Riyadh on Friday, a match billed as the summit meeting of the season."
            )
            .is_empty()
        );
        assert!(
            kinds("\"Our attack on the final climb was perfect,\" said the winner of the race.").is_empty()
        );
        // A bloc's gathering is no sport, though its name has a word of one.
        assert!(kinds("The Arab League summit in Riyadh opened on Friday.").contains(&EventKind::Summit));
    }

    #[test]
    fn the_first_word_of_a_rank_of_two_is_no_one_met() {
        let a = article(
            "On Monday the envoy met Lieutenant General Mark Delaney in Baghdad.",
            date(2015, 12, 22),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["Mark Delaney"]);
    }

    #[test]
    fn a_trigger_with_a_date_of_its_own_is_another_event() {
        let a = article(
            "Louis Freeh said here Friday that the U.S. air raid on Sudan is not linked with the August 7 bombings in east Africa.",
            date(1998, 8, 21),
        );
        let strikes: Vec<EventMention> =
            analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Strike).collect();
        assert_eq!(strikes.len(), 2, "{strikes:?}");
        assert!(strikes[0].when.is_none(), "the raid has only the statement's date");
        assert_eq!(strikes[1].when.as_ref().map(|w| w.span.value.as_str()), Some("1998-08-07"));
        // A relative clause right after the trigger dates it; "as of" dates a count.
        let strike = strike_in(
            "South Africa deplored on Saturday the bomb blasts which killed scores of people in Kenya on Friday.",
            date(1998, 8, 8),
        );
        assert_eq!(strike.when.map(|w| w.span.value), Some("1998-08-07".to_owned()));
        let strike =
            strike_in("These are the figures as of Monday for the dead in the bombings.", date(1998, 8, 10));
        assert!(strike.when.is_none_or(|w| w.approximate));
    }

    #[test]
    fn reports_that_name_no_one_merge_across_articles_on_the_same_day_only() {
        let report = |id: u32, text: &str| Article { id: ArticleId(id), ..article(text, date(1998, 3, 2)) };
        let strikes = |articles: &[Article]| {
            extract(articles).events.into_iter().filter(|e| e.kind == EventKind::Strike).count()
        };
        let a =
            report(0, "Police are still looking for the man behind the January 1998 bombing of a clinic.");
        let b = report(1, "A guard was killed in the January 1998 bombing of a clinic in the south.");
        assert_eq!(strikes(&[a.clone(), b]), 1);
        let c = report(2, "A guard was killed in the February 1998 bombing of a clinic in the south.");
        assert_eq!(strikes(&[a, c]), 2);
    }

    #[test]
    fn what_talks_are_about_is_not_a_side() {
        let a =
            article("Britain wants Sinn Fein expelled from the peace talks on Ireland.", date(1998, 2, 16));
        let talks = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Talks).expect("talks");
        assert!(!talks.participants.contains(&"Ireland".to_owned()), "{:?}", talks.participants);
    }

    #[test]
    fn the_european_council_is_a_summit_only_as_the_leaders_gathering() {
        let r = date(2016, 2, 22);
        let text =
            "Intro. The Prime Minister was in Brussels for the European Council on Thursday and Friday.";
        assert_eq!(dated(text, r, EventKind::Summit).as_deref(), Some("2016-02-18/2016-02-19"));
        assert_eq!(participants_of(text, r, EventKind::Summit), vec!["European Union"]);
        let text = "Intro. Talks may yield a text before the European Council next Thursday.";
        assert_eq!(dated(text, r, EventKind::Summit).as_deref(), Some("2016-02-25"));
        for body in [
            "Intro. The President of the European Council, Donald Brun, said on Monday that the deal held.",
            "Intro. The European Council said on Monday that the deal held.",
        ] {
            let kinds = kinds_and_statuses(body, r);
            assert!(kinds.is_empty(), "{body}: {kinds:?}");
        }
    }

    #[test]
    fn a_leaders_meeting_so_named_is_a_summit() {
        // (Attending it in a place is a visit too.)
        assert_eq!(
            kinds_of("Intro. He will attend the APEC Economic Leaders' Meeting in Manila on Nov. 18."),
            vec![EventKind::Visit, EventKind::Summit]
        );
        assert_eq!(
            kinds_of("Intro. She went to the Pacific Islands Forum Leaders' Meeting in Apia on Nov. 18."),
            vec![EventKind::Summit]
        );
        // Not the meeting of two, nor a sentence that opens on "Leaders".
        assert_eq!(
            kinds_of("Intro. The two leaders' meeting in Manila on Nov. 18 was short."),
            vec![EventKind::Meeting]
        );
        assert_eq!(
            kinds_of("Intro. Then in Paris. Leaders met in Manila on Nov. 18."),
            vec![EventKind::Meeting]
        );
    }

    #[test]
    fn aircraft_named_by_type_strike_and_storms_do_not() {
        let r = date(2015, 12, 4);
        let strike =
            strike_in("Intro. RAF Tornados from Marham struck oil fields in eastern Syria on Thursday.", r);
        assert_eq!(strike.when.map(|w| w.span.value).as_deref(), Some("2015-12-03"));
        assert!(strike.participants.contains(&"United Kingdom".to_owned()), "{:?}", strike.participants);
        let kinds = kinds_and_statuses(
            "Intro. Typhoon Melor struck the coast on Thursday, and tornadoes struck Ohio.",
            r,
        );
        assert!(kinds.is_empty(), "{kinds:?}");
    }

    #[test]
    fn a_day_the_sentence_opens_with_dates_a_verb_after_a_titled_subject() {
        // ("the Prime Minister will travel" is no known event "the ... travel".)
        let r = date(2018, 12, 7);
        let text = "Intro. On Saturday, the Prime Minister will travel to Paris.";
        assert_eq!(dated(text, r, EventKind::Visit).as_deref(), Some("2018-12-08"));
        let text = "Intro. On Wednesday, the Prime Minister had a call with the President of Chile.";
        assert_eq!(dated(text, r, EventKind::Call).as_deref(), Some("2018-12-05"));
    }

    #[test]
    fn who_touched_down_somewhere_visits_it_and_a_plane_does_not() {
        let r = date(2019, 8, 15);
        let kinds = kinds_and_statuses("Intro. Conlan touched down in Funafuti yesterday afternoon.", r);
        assert_eq!(kinds, vec![(EventKind::Visit, EventStatus::Happened)]);
        assert!(kinds_and_statuses("Intro. The plane touched down in Sydney on time.", r).is_empty());
    }

    #[test]
    fn a_raid_a_state_makes_is_a_strike_and_a_police_raid_is_not() {
        let r = date(2019, 10, 28);
        let strike = strike_in(
            "Intro. The group's leader was killed in a US raid in north-west Syria on Saturday night.",
            r,
        );
        assert_eq!(strike.when.map(|w| w.span.value).as_deref(), Some("2019-10-26TNI"));
        assert!(strike.participants.contains(&"United States".to_owned()), "{:?}", strike.participants);
        assert!(
            kinds_and_statuses("Intro. A police raid on the club on Saturday found drugs.", r).is_empty()
        );
    }

    #[test]
    fn a_blocs_name_before_its_ministers_is_no_summit() {
        let r = date(2018, 6, 7);
        let kinds = kinds_and_statuses("Intro. G7 finance ministers met in Whistler last week.", r);
        assert!(!kinds.iter().any(|k| k.0 == EventKind::Summit), "{kinds:?}");
        let kinds = kinds_and_statuses("Intro. G7 leaders meet in Charlevoix on Friday.", r);
        assert!(kinds.iter().any(|k| k.0 == EventKind::Summit), "{kinds:?}");
    }

    #[test]
    fn an_office_only_one_state_has_is_that_states() {
        let sides = participants_of(
            "LONDON - Mr Latimer telephoned the Taoiseach late last night.",
            date(2019, 10, 30),
            EventKind::Call,
        );
        assert_eq!(sides, vec!["Latimer", "Ireland"]);
    }

    #[test]
    fn a_bilateral_held_with_someone_is_a_meeting() {
        let r = date(2019, 10, 18);
        let text = "Intro. On Thursday Prime Minister Hugo Latimer held a bilateral with the Taoiseach, Ciaran Dolan.";
        assert_eq!(dated(text, r, EventKind::Meeting).as_deref(), Some("2019-10-17"));
        let mut sides = participants_of(text, r, EventKind::Meeting);
        sides.sort();
        assert_eq!(sides, vec!["Ciaran Dolan", "Hugo Latimer"]);
        // The adjective names no meeting.
        let kinds =
            kinds_and_statuses("Intro. Bilateral trade rose on Thursday, as bilateral ties improved.", r);
        assert!(kinds.is_empty(), "{kinds:?}");
    }

    #[test]
    fn status_from_cues() {
        let r = date(2017, 5, 2);
        let kinds = |text: &str| kinds_and_statuses(text, r);
        assert_eq!(
            kinds("The leaders will meet in Paris next month."),
            vec![(EventKind::Meeting, EventStatus::Planned)]
        );
        assert_eq!(
            kinds("The summit was cancelled on Monday."),
            vec![(EventKind::Summit, EventStatus::Cancelled)]
        );
        assert_eq!(kinds("The two leaders never met."), vec![(EventKind::Meeting, EventStatus::Unreal)]);
        // After a verb in the past, a verb joined by "and" is another act with its own modal.
        let a =
            article("President Ruiz met President Brun in Lima on Sunday and will fly home on Friday.", r);
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.status, EventStatus::Happened);
        assert_eq!(meeting.when.map(|w| w.span.value).as_deref(), Some("2017-04-30"));
        assert_eq!(
            kinds("The talks ended on Sunday and will resume in June."),
            vec![(EventKind::Talks, EventStatus::Planned)]
        );
        assert_eq!(
            kinds("Air strikes against Iraq could do serious harm, Moscow said."),
            vec![(EventKind::Strike, EventStatus::Unreal)]
        );
        assert_eq!(
            kinds("The mayor asked for funds for the expected visit."),
            vec![(EventKind::Visit, EventStatus::Planned)]
        );
        // An offer or a request is no event yet.
        assert_eq!(
            kinds("Norway has offered to host talks between Chile and Peru."),
            vec![(EventKind::Talks, EventStatus::Unreal)]
        );
        assert_eq!(
            kinds("The envoy sought a meeting with President Lindqvist."),
            vec![(EventKind::Meeting, EventStatus::Unreal)]
        );
        // Ready to go is possible, not set (see `habits_and_inabilities_are_no_event`).
        assert_eq!(
            kinds("Her brother is ready to travel to Lisbon."),
            vec![(EventKind::Visit, EventStatus::Unreal)]
        );
        assert_eq!(
            kinds("Patients should not have to travel to distant clinics."),
            vec![(EventKind::Visit, EventStatus::Unreal)]
        );
        assert_eq!(
            kinds("They warned of the threat of air strikes on the ports."),
            vec![(EventKind::Strike, EventStatus::Unreal)]
        );
        let alone = merge(&[analyse(&article("Those talks went nowhere.", r))]);
        assert!(alone.iter().all(|e| e.kind == EventKind::Other), "a demonstrative names nothing alone");
        assert_eq!(
            kinds("Elections in Peru are due in the spring."),
            vec![(EventKind::Election, EventStatus::Planned)]
        );
        assert!(kinds("He is a suspect in three sniper attacks on doctors.").is_empty());
        assert!(kinds("Peace is the primary focus of her group.").is_empty());
        assert!(kinds("Police seized a car bomb under construction.").is_empty());
        for look_alike in [
            "The agency is meeting the immediate physical and emotional needs of survivors.",
            "The agency is meeting the needs of survivors.",
            "The decision was met with outrage by Cuban exiles.",
            "Cereal volume growth has not met our expectations.",
            "The fund has met all the redemptions.",
            "The countries had to meet NATO's standards.",
            "The plan has met with concern in Canberra and Wellington.",
            "The club's annual general meeting will be asked to confirm the deal.",
            "The team launched its summit attack from the South Col at 11 pm.",
            "Kalchev's cabinet held its first meeting on Thursday evening.",
            "The committee will hold its next meeting in May.",
        ] {
            assert!(kinds(look_alike).is_empty(), "{look_alike}");
        }
        for meeting in [
            "Clinton met with his top aides on Wednesday.",
            "His envoys met the group's leadership in Havana in October.",
            "The two leaders held their first meeting in Havana on Monday.",
            "The Jordanian monarch met this week with Saddam.",
            "The leaders met.",
            "Ministers meeting in the Ethiopian capital agreed.",
            "She will meet with Elian's father.",
            "He will meet the head of state.",
            "She met with the French president in Paris.",
        ] {
            assert_eq!(kinds(meeting).len(), 1, "{meeting}");
        }
        assert_eq!(kinds("She won the primary in May."), vec![(EventKind::Election, EventStatus::Happened)]);
        assert!(kinds("Workers went on strike and the plan met with criticism.").is_empty());
    }

    /// The strike mention of an article made of `text`; the test fails without one.
    fn strike_in(text: &str, reference: Date) -> EventMention {
        strike_found(text, reference).expect("strike")
    }

    /// The first strike mention in `text`, if any.
    fn strike_found(text: &str, reference: Date) -> Option<EventMention> {
        analyse(&article(text, reference)).mentions.into_iter().find(|m| m.kind == EventKind::Strike)
    }

    /// The participants of the first mention of `kind` in `text`.
    #[test]
    fn a_length_after_a_date_word_or_past_a_comma_puts_no_event_away() {
        let day = date(2024, 2, 9);
        let text = "Intro. President Albert Mukendi, who was sworn in last month after winning December's \
                    election, spoke by phone with his Angolan counterpart on Wednesday evening.";
        assert_eq!(dated(text, day, EventKind::Call).as_deref(), Some("2024-02-07TEV"));
        let text = "Intro. Turkish jets kept up strikes on PKK targets this week after PKK militants attacked \
                    a Turkish base in northern Iraq on Friday evening.";
        let strikes: Vec<Option<String>> = analyse(&article(text, day))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Strike)
            .map(|m| m.when.map(|w| w.span.value))
            .collect();
        assert_eq!(strikes, [Some("2024-W06".to_owned()), Some("2024-02-09TEV".to_owned())]);
        // A length before "after" still puts the event away from the one after it.
        let text = "Intro. On Friday the leaders held a summit. Two days after the summit, the ministers met \
                    again in Rome.";
        let meetings: Vec<Option<String>> = analyse(&article(text, day))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Meeting)
            .map(|m| m.when.map(|w| w.span.value))
            .collect();
        assert_ne!(meetings, [Some("2024-02-09".to_owned())]);
    }

    #[test]
    fn a_gathering_that_met_in_a_relative_clause_is_dated_by_it_and_no_other_meeting() {
        let day = date(2019, 10, 19);
        let events = |text: &str| -> Vec<(EventKind, Option<String>)> {
            analyse(&article(text, day))
                .mentions
                .into_iter()
                .map(|m| (m.kind, m.when.map(|w| w.span.value)))
                .collect()
        };
        assert_eq!(
            events("Intro. The deal was agreed at the summit in Brussels, which met on Thursday and Friday."),
            [(EventKind::Summit, Some("2019-10-17/2019-10-18".to_owned()))]
        );
        assert_eq!(
            events("Intro. The talks, which met with criticism at home, ended on Friday."),
            [(EventKind::Talks, Some("2019-10-18".to_owned()))]
        );
        // Someone the verb meets makes it a meeting of its own.
        assert_eq!(
            events("Intro. At the summit in Brussels, which opened on Thursday, she met with the Irish premier on Friday.")
                .into_iter()
                .map(|e| e.0)
                .collect::<Vec<_>>(),
            [EventKind::Summit, EventKind::Meeting]
        );
    }

    #[test]
    fn a_state_that_struck_or_pounded_what_armies_hit_made_a_strike() {
        let day = date(2024, 1, 20);
        assert_eq!(
            participants_of("Intro. Israel struck Gaza on Monday.", day, EventKind::Strike),
            ["Israel", "Palestine"]
        );
        assert_eq!(
            participants_of(
                "Intro. Pakistan struck what the military described as hideouts of separatist groups in Iran.",
                day,
                EventKind::Strike
            ),
            ["Pakistan", "Iran"]
        );
        assert_eq!(
            participants_of("Intro. Russia pounded Kharkiv overnight.", day, EventKind::Strike),
            ["Russia", "Ukraine"]
        );
        // Arms fired at a place in the passive struck it.
        assert_eq!(
            participants_of(
                "Intro. Rockets were fired on residential districts of Kabul on Monday.",
                day,
                EventKind::Strike
            ),
            ["Afghanistan"]
        );
        assert!(kinds_of("Intro. Questions were fired at the minister on Monday.").is_empty());
        assert_eq!(
            participants_of(
                "Intro. Several Iraqi missiles were fired towards northern Kuwait on Thursday.",
                day,
                EventKind::Strike
            ),
            ["Iraq", "Kuwait"]
        );
        // A timeline's present tense after the arms takes its target too; a strike named
        // by a noun does not take the subject of the next verb.
        assert_eq!(
            participants_of(
                "Intro. 5 June - Ethiopian aircraft bomb Asmara airport.",
                day,
                EventKind::Strike
            ),
            ["Ethiopia", "Eritrea"]
        );
        assert_eq!(
            participants_of(
                "Intro. The air strikes Israel carried out on Saturday hit Beirut.",
                day,
                EventKind::Strike
            ),
            ["Israel"]
        );
        // A direction after another verb is no target.
        assert_eq!(
            participants_of(
                "Intro. Chadian gunships attacked rebel columns withdrawing east towards the Sudanese border.",
                day,
                EventKind::Strike
            ),
            ["Chad"]
        );
        // What a crowd does is no strike; a strike that hits protesters is one.
        assert!(kinds_of("Intro. On Sunday a crowd attacked the French embassy with stones.").is_empty());
        assert!(kinds_of("Intro. On Sunday protesters stormed the compound.").is_empty());
        // What every one of them does is no one event; each of those who met did meet.
        assert!(
            kinds_of("Intro. Every phone call between Washington and London ends the same way.").is_empty()
        );
        assert!(
            kinds_of("Intro. Each meeting of the two presidents this year ended in acrimony.").is_empty()
        );
        assert_eq!(kinds_of("Intro. Each leader met the Pope on Monday."), [EventKind::Meeting]);
        assert_eq!(
            kinds_of("Intro. Protesters were killed in an air strike on Monday."),
            [EventKind::Strike]
        );
        // No object of arms, no strike; and a place flown from is no subject.
        for text in [
            "Intro. Washington struck a conciliatory tone on Monday.",
            "Intro. Britain struck back at its critics on Monday.",
            "Intro. China struck a deal with Brazil on Monday.",
        ] {
            assert!(kinds_of(text).is_empty(), "{text}");
        }
        let text = "Intro. On Sunday, French jets flying from France struck training camps around Gao.";
        let analysis = analyse(&article(text, day));
        assert!(
            analysis.mentions.iter().all(|m| !m.trigger.starts_with("France")),
            "{:?}",
            analysis.mentions.iter().map(|m| &m.trigger).collect::<Vec<_>>()
        );
    }

    #[test]
    fn states_listed_before_the_arms_that_struck_are_all_sides() {
        let day = date(2003, 3, 28);
        let sides = |text: &str| participants_of(text, day, EventKind::Strike);
        assert_eq!(
            sides("Eight days later American and British aircraft began bombing Baghdad."),
            ["United States", "United Kingdom", "Iraq"]
        );
        assert_eq!(
            sides("On Friday American and British warships fired 112 missiles at targets near Tripoli."),
            ["United States", "United Kingdom", "Libya"]
        );
        // A state named before a verb of saying is no side of what it speaks of.
        assert_eq!(
            sides("Russia said Turkey and Iran shelled the town of Afrin on Monday."),
            ["Turkey", "Iran", "Syria"]
        );
        // (The gazetteer writes the Republic of Korea as the DPRK's press does.)
        assert_eq!(
            sides("Last Saturday, the armed forces of the DPRK and the ROK exchanged fire across the line."),
            ["North Korea", "South Korea"]
        );
    }

    fn participants_of(text: &str, reference: Date, kind: EventKind) -> Vec<String> {
        let mention = analyse(&article(text, reference)).mentions.into_iter().find(|m| m.kind == kind);
        mention.expect("event").participants
    }

    /// The date of the first mention of `kind` in `text`, as a TIMEX3 value.
    fn dated(text: &str, reference: Date, kind: EventKind) -> Option<String> {
        let mention = analyse(&article(text, reference)).mentions.into_iter().find(|m| m.kind == kind);
        mention.and_then(|m| m.when).map(|w| w.span.value)
    }

    fn dated_strike(text: &str, reference: Date) -> Option<String> {
        strike_in(text, reference).when.map(|w| w.span.value)
    }

    #[test]
    fn a_story_under_a_dateline_before_the_papers_date_counts_from_the_dateline() {
        let paper = date(2003, 3, 8);
        let text = "Ferry talks resume\n\nHALIFAX, March 7. The two ministers spoke by telephone \
                    yesterday. They will hold talks in Yarmouth tomorrow.";
        assert_eq!(dated(text, paper, EventKind::Call).as_deref(), Some("2003-03-06"));
        assert_eq!(dated(text, paper, EventKind::Talks).as_deref(), Some("2003-03-08"));
        // With the paper's own day in the dateline, the paper's day it is.
        let same = text.replace("March 7", "March 8");
        assert_eq!(dated(&same, paper, EventKind::Call).as_deref(), Some("2003-03-07"));
    }

    #[test]
    fn what_a_dated_statement_reports_takes_neither_its_date_nor_the_articles() {
        let day = date(2011, 3, 19);
        assert_eq!(dated_strike("The minister said Friday that army jets had bombed the port.", day), None);
        assert_eq!(dated_strike("The minister said Friday the army had shelled the port.", day), None);
        assert_eq!(
            dated_strike(
                "On Thursday, aid groups raised accusations that the army had shelled villages.",
                day
            ),
            None
        );
        // The report's own date after "that" still dates it, and news in the lede keeps the
        // article's day.
        assert_eq!(
            dated_strike("The minister said Friday that the army shelled the port on Wednesday.", day)
                .as_deref(),
            Some("2011-03-16")
        );
        assert!(dated_strike("Army jets bombed the port, killing dozens.", day).is_some());
    }

    #[test]
    fn a_date_where_it_was_said_is_the_statements_not_inside_a_noun_phrase() {
        let a = article(
            "The envoy is expected to visit Cairo, the ministry said at a regular briefing today.",
            date(1990, 8, 15),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert!(visit.when.is_none(), "{:?}", visit.when);
        assert_eq!(
            dated_strike("Two agents were charged in the 1988 bombing of the airliner.", date(1999, 6, 7))
                .as_deref(),
            Some("1988")
        );
    }

    #[test]
    fn a_when_clause_after_a_date_dates_its_event_and_invasions_are_strikes() {
        let strike = strike_in(
            "The minister, who lived in exile from 1979, when the army invaded the north, until 1990, spoke.",
            date(2001, 5, 2),
        );
        assert_eq!(strike.when.map(|w| w.span.value).as_deref(), Some("1979"));
        assert!(kinds_of("Critics called it an invasion of privacy.").is_empty());
    }

    fn kinds_and_statuses(text: &str, reference: Date) -> Vec<(EventKind, EventStatus)> {
        analyse(&article(text, reference)).mentions.into_iter().map(|m| (m.kind, m.status)).collect()
    }

    /// How many call mentions `text` gives.
    fn calls_in(text: &str) -> usize {
        analyse(&article(text, date(2001, 3, 9)))
            .mentions
            .iter()
            .filter(|m| m.kind == EventKind::Call)
            .count()
    }

    #[test]
    fn what_armies_strike_with_before_a_verb_of_hitting_is_a_strike() {
        let strike = vec![EventKind::Strike];
        for text in [
            "Cruise missiles slammed into a power plant outside Lviv on Sunday.",
            "Fighter jets pounded hillside positions overnight.",
            "Army helicopters targeted a convoy near the pass on Friday.",
            "Rebels stormed the garrison town on Thursday.",
            "Gunboats fired on the harbour at dawn on Monday.",
            "Border troops exchanged fire across the river on Tuesday.",
            // An agent of two words, or one that needs a state or a qualifier before it.
            "The air force struck a fuel depot on Monday.",
            "Chilean forces struck a depot near the border on Monday.",
            "Security forces stormed the compound on Monday.",
            // A verb of firing with what armies fire a few words after it.
            "The militia fired dozens of rockets into the valley on Monday.",
            "Insurgents lobbed mortar shells at the airfield on Saturday.",
            "The group hit back on Monday, firing more than 60 rockets across the border.",
            "The militants launched 40 rockets at the port on Wednesday.",
        ] {
            assert_eq!(kinds_of(text), strike, "{text}");
        }
        // Forces that clash with a crowd put down a protest; a plane that crashes is no attack.
        for text in [
            "Riot troops clashed with demonstrators outside the parliament on Monday.",
            "A cargo plane crashed into a hillside on Monday.",
            "Investors hit the shares of the airline on Monday.",
            "The firm launched two new products on Monday.",
        ] {
            assert!(kinds_of(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn calling_someone_is_a_call_and_calling_something_so_is_not() {
        let call = vec![EventKind::Call];
        for text in [
            "Okafor called President Lindqvist on Monday to offer help.",
            "The chancellor called her Polish counterpart late on Sunday.",
            "She called Premier Tanaka and King Harald on Tuesday.",
            "The ambassador received a phone call from the foreign minister on Friday.",
        ] {
            assert_eq!(kinds_of(text), call, "{text}");
        }
        for text in [
            "A faction called Black Banner claimed the killing on Monday.",
            "Okafor called Lindqvist a loyal friend on Monday.",
            "The envoy called Norway's offer generous on Monday.",
            "The governor called Parliament back from recess on Monday.",
            "Critics called Monday's ruling a mistake.",
        ] {
            assert!(kinds_of(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_host_of_a_gathering_receives_no_guest() {
        let kinds = |text: &str| kinds_of(text);
        assert_eq!(
            kinds("Norway hosted three rounds of talks between the rebels and Colombia."),
            vec![EventKind::Talks]
        );
        assert!(kinds("Qatar will host the football championship in the winter.").is_empty());
        // A guest after the verb is still a visit.
        assert_eq!(kinds("Okafor hosted President Lindqvist in Abuja on Monday."), vec![EventKind::Visit]);
    }

    #[test]
    fn a_reference_dated_in_its_own_words_joins_no_event_of_another_date() {
        let strikes = |text: &str| -> Vec<(String, usize)> {
            extract(&[article(text, date(2022, 10, 11))])
                .events
                .into_iter()
                .filter(|e| e.kind == EventKind::Strike)
                .map(|e| (e.when.map(|w| w.span.value).unwrap_or_default(), e.mentions.len()))
                .collect()
        };
        // "Saturday's blast" is not Monday's shelling, though "the shelling" is: dated in its
        // own words, it is an event of its own.
        assert_eq!(
            strikes(
                "Artillery shelled the port on Monday. Officials said the shelling avenged Saturday's explosion at the depot."
            ),
            vec![("2022-10-10".to_owned(), 2), ("2022-10-08".to_owned(), 1)]
        );
        // Dated as the event it refers to, it joins it.
        assert_eq!(
            strikes(
                "A bomb exploded at the depot on Saturday. Officials said Saturday's explosion killed four."
            ),
            vec![("2022-10-08".to_owned(), 2)]
        );
    }

    #[test]
    fn a_strike_with_its_arms_is_the_sentences_subjects() {
        let sides = |text: &str| strike_in(text, date(2000, 7, 25)).participants;
        assert_eq!(
            sides(
                "Israel withdrew its troops from Lebanon in May, after its warplanes struck Lebanese power stations."
            ),
            vec!["Israel", "Lebanon"]
        );
        // No country opens the sentence: no one is taken for its owner.
        assert_eq!(sides("Its warplanes struck Lebanese power stations."), vec!["Lebanon"]);
    }

    #[test]
    fn a_group_named_by_the_arms_its_trigger_opens_with_made_the_strike() {
        let sides = |text: &str| strike_in(text, date(1999, 3, 24)).participants;
        assert_eq!(
            sides("On Sunday guerrillas of the Kosovo Liberation Army ambushed a Serb police convoy."),
            vec!["Kosovo Liberation Army", "Serbia"]
        );
    }

    #[test]
    fn one_call_after_another_is_one_call_each() {
        let calls = |text: &str, day: Date| -> Vec<Vec<String>> {
            let a = article(text, day);
            let found = analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Call);
            found.map(|m| m.participants).collect()
        };
        let text = "Intro. President Daniel Whitcomb telephoned Ulster Unionist leader Robert Kilbride \
                    early Friday and then Sinn Fein leader Gerard Mallon, aides said.";
        let turns = calls(text, date(1998, 4, 10));
        assert_eq!(
            turns,
            vec![
                vec!["Daniel Whitcomb".to_string(), "Robert Kilbride".to_string()],
                vec!["Daniel Whitcomb".to_string(), "Gerard Mallon".to_string()]
            ]
        );
        // "both leaders": a call with each of the last two named, the caller's side left out;
        // a call in a clause of its own by another side is another call.
        let text = "Intro. Kyrgyz President Bakyt Osmonaliev and the Tajik president agreed on a ceasefire. \
                    The Kremlin said the Russian president spoke separately by phone with both leaders on Monday.";
        assert_eq!(
            calls(text, date(2023, 9, 26)),
            vec![
                vec!["Russia".to_string(), "Bakyt Osmonaliev".to_string()],
                vec!["Russia".to_string(), "Tajikistan".to_string()]
            ]
        );
        let text = "Intro. Kyrgyz President Bakyt Osmonaliev and the Tajik president agreed a ceasefire by \
                    telephone, and the Russian president phoned both men.";
        let three = calls(text, date(2023, 9, 26));
        assert_eq!(three.len(), 3, "{three:?}");
        assert!(three[1..].iter().all(|call| call.contains(&"Russia".to_string())), "{three:?}");
        // "with" said again, the date before them: a call with each, and "he" who spoke in both.
        let text = "Intro. President Ravindra Persaud said he had spoken by phone on Tuesday night with \
                    Brazilian President Ricardo Valadares and with Barbados Prime Minister Desmond Clarke.";
        assert_eq!(
            calls(text, date(2025, 3, 12)),
            vec![
                vec!["Ricardo Valadares".to_string(), "Ravindra Persaud".to_string()],
                vec!["Desmond Clarke".to_string(), "Ravindra Persaud".to_string()]
            ]
        );
        // ... as it is with an adverb set off after "and"; and "the president" later in the
        // story is the caller, who was named first, not the president he called.
        let text = "Intro. U.S. President Tom Elridge spoke by telephone on Sunday with Egyptian President \
                    Omar Fathy and, separately, with Israeli Prime Minister Avi Shalev. In his call with \
                    Shalev, the president urged restraint.";
        assert_eq!(
            calls(text, date(2012, 11, 19)),
            vec![
                vec!["Tom Elridge".to_string(), "Omar Fathy".to_string()],
                vec!["Tom Elridge".to_string(), "Avi Shalev".to_string()],
                vec!["Avi Shalev".to_string(), "Tom Elridge".to_string()]
            ]
        );
        // Whom what was said in the call names takes no part in it.
        let text = "Intro. On Sunday the Russian Defence Minister telephoned his British, French and Turkish \
                    counterparts to repeat a claim that Ukraine was preparing a bomb.";
        let called = calls(text, date(2022, 10, 24));
        assert_eq!(called.len(), 3, "{called:?}");
        assert!(called.iter().all(|c| c.len() == 2 && !c.contains(&"Ukraine".to_string())), "{called:?}");
        let text = "Intro. On Sunday the Russian Defence Minister telephoned his British counterpart to \
                    repeat a claim that Ukraine was preparing a bomb.";
        assert_eq!(
            calls(text, date(2022, 10, 24)),
            vec![vec!["Russia".to_string(), "United Kingdom".to_string()]]
        );
        // Leaders named by their countries' roles.
        let text = "Intro. On Friday, President Daniel Whitcomb telephoned the Ethiopian prime minister \
                    and then the Eritrean president, urging both to stop the air raids.";
        let called = calls(text, date(1998, 6, 7));
        assert_eq!(called.len(), 2, "{called:?}");
        assert!(called[0].contains(&"Ethiopia".to_string()) && !called[0].contains(&"Eritrea".to_string()));
        assert!(called[1].contains(&"Eritrea".to_string()) && !called[1].contains(&"Ethiopia".to_string()));
        // One counterpart country per date, in turn.
        let text = "Intro. The Secretary of State spoke by telephone with the Saudi foreign minister \
                    on Thursday and with the Omani foreign minister on Friday.";
        let dated = calls(text, date(2015, 4, 5));
        assert_eq!(dated, vec![vec!["Saudi Arabia".to_string()], vec!["Oman".to_string()]]);
    }

    #[test]
    fn targets_listed_after_a_strike_lead_to_where_it_hit() {
        let sides = |text: &str| strike_in(text, date(1999, 3, 24)).participants;
        assert_eq!(
            sides("Warplanes struck air defense sites, airfields and army barracks across Yugoslavia."),
            vec!["Yugoslavia"]
        );
        // A piece that opens with anything but a noun is a clause of its own.
        assert!(sides("Warplanes struck air defense sites, killing soldiers from Yugoslavia.").is_empty());
    }

    #[test]
    fn who_carries_out_a_strike_made_it() {
        let sides = |text: &str| strike_in(text, date(2019, 6, 12)).participants;
        assert_eq!(sides("Israel carried out air raids on Syria on Tuesday."), vec!["Israel", "Syria"]);
        assert_eq!(sides("Turkey conducted a drone strike in Iraq on Monday."), vec!["Turkey", "Iraq"]);
        // Arms joined by "and" before the trigger: "missile and drone strikes".
        assert_eq!(
            sides("Iran carried out missile and drone strikes in Iraq on Monday."),
            vec!["Iran", "Iraq"]
        );
        // Armed men before the verb: "Hamas guerrillas set off a car bomb".
        assert_eq!(
            sides("Hamas guerrillas set off a car bomb beside an Israeli army bus on Sunday."),
            vec!["Hamas", "Israel"]
        );
        // Carrying out something else about a strike makes no side of it.
        assert!(
            !sides("Norway carried out a review of the shelling of the port.").contains(&"Norway".to_owned())
        );
        // "launched the attack on" a town, by an armed group or a state, is a strike of its
        // own and news, dated by its sentence; the police's raid is none.
        let r = date(2006, 8, 3);
        let text =
            "The Liberation Tigers of Tamil Eelam launched the attack on Muttur before dawn on Wednesday.";
        let strike = strike_in(text, r);
        assert_eq!(strike.participants, vec!["Tamil Tigers", "Sri Lanka"]);
        assert_eq!(strike.when.map(|w| w.span.value).as_deref(), Some("2006-08-02"));
        assert_eq!(sides("Rebels carried out the raid on the town on Wednesday."), Vec::<String>::new());
        let none = extract(&[article("Police carried out the raid on the office on Wednesday.", r)]);
        assert!(none.events.iter().all(|e| e.kind != EventKind::Strike));
        // A short name in brackets after the long one stands where the name does.
        assert_eq!(
            sides("The Liberation Tigers of Tamil Eelam (LTTE) shelled Muttur on Wednesday."),
            vec!["Tamil Tigers", "Sri Lanka"]
        );
    }

    #[test]
    fn paragraphs_back_stays_on_character_boundaries() {
        let text = "Ein Überfall…\nDie Kämpfer…\nThey struck.";
        let position = text.find("struck").expect("struck");
        assert_eq!(paragraphs_back(text, position, 1), text.rfind('\n').expect("line"));
        assert_eq!(paragraphs_back(text, position, 2), text.find('\n').expect("line"));
        assert_eq!(paragraphs_back(text, position, 3), 0);
        // A line with no break is read back a paragraph's most bytes, no further.
        let text = format!("{}\nThey struck.", "Überfall ".repeat(10_000));
        let position = text.find("struck").expect("struck");
        let back = position - paragraphs_back(&text, position, 2);
        assert!((19_990..=20_010).contains(&back), "{back}");
    }

    #[test]
    fn they_and_their_forces_stand_for_the_armed_group_named_last() {
        let strikes = |text: &str| -> Vec<Vec<String>> {
            analyse(&article(text, date(2015, 3, 30)))
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Strike)
                .map(|m| m.participants)
                .collect()
        };
        // As the subject opening the sentence, perhaps after a fronted day: the attacker.
        let text = "Intro. The Houthis kept advancing. Their fighters shelled the palace on Sunday. \
                    On Saturday, they fired mortar rounds at a Saudi border post.";
        let sides = strikes(text);
        assert_eq!(sides.len(), 2, "{sides:?}");
        assert!(sides.iter().all(|s| s.first().map(String::as_str) == Some("Houthis")), "{sides:?}");
        // Before what was hit: the struck side.
        let text =
            "Intro. Commanders of Ansar Dine led the assault. French jets bombed their positions on Tuesday.";
        assert_eq!(strikes(text), vec![vec!["France".to_owned(), "Ansar Dine".to_owned()]]);
        // No armed group named before: no side.
        let text = "Intro. The talks failed. Their fighters shelled the palace on Sunday.";
        assert_eq!(strikes(text), vec![Vec::<String>::new()]);
    }

    fn kinds_of(text: &str) -> Vec<EventKind> {
        analyse(&article(text, date(2001, 5, 2)))
            .mentions
            .into_iter()
            .map(|m| m.kind)
            .filter(|k| *k != EventKind::Other)
            .collect()
    }

    #[test]
    fn the_nth_day_of_an_event_spans_the_days_before_it() {
        let strike = strike_in(
            "It was the third day of an offensive by government troops on Monday.",
            date(2003, 4, 7),
        );
        let span = strike.when.expect("dated").span;
        assert_eq!((span.start, span.end), (date(2003, 4, 5), date(2003, 4, 7)));
        // With its length given, the span is the length's, ending after the day named.
        let a = article(
            "Intro. The king opened a bridge in Dhaka on Friday, on the third day of a four-day visit to Bangladesh.",
            date(2011, 3, 5),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        let span = visit.when.expect("dated").span;
        assert_eq!((span.start, span.end), (date(2011, 3, 2), date(2011, 3, 5)));
    }

    #[test]
    fn a_verb_joined_by_and_to_an_encounter_shares_its_sides() {
        let call = participants_of(
            "Intro. President Ana Ruiz received President Tom Webb on Thursday. The two Presidents last met \
             on 12 November in Lima, at the summit of the Pacific Alliance, and spoke by telephone on 28 March.",
            date(2022, 5, 9),
            EventKind::Call,
        );
        assert_eq!(call, vec!["Ana Ruiz".to_string(), "Tom Webb".to_string()]);
    }

    #[test]
    fn the_sides_after_between_go_on_past_names_set_off_by_commas() {
        let talks = participants_of(
            "Intro. Talks between the President of the Republic of Kazakhstan, Nurlan Abenov, and the \
             President of Turkey, Mehmet Aydin, in narrow format.",
            date(2022, 5, 9),
            EventKind::Talks,
        );
        assert_eq!(talks, vec!["Nurlan Abenov".to_string(), "Mehmet Aydin".to_string()]);
        // Who hosts them after the second side is none.
        let talks = participants_of(
            "Intro. Talks between Ana Ruiz and Tom Webb, hosted by Karl Brandt, ended on Monday.",
            date(2022, 5, 9),
            EventKind::Talks,
        );
        assert!(!talks.contains(&"Karl Brandt".to_string()), "{talks:?}");
    }

    #[test]
    fn an_honourable_is_no_end_of_a_sentence() {
        let meeting = participants_of(
            "Intro. Prime Minister Leandro Ximenes met the Chief Minister, the Hon. Rachel Kovacs, on 15 February.",
            date(2023, 3, 1),
            EventKind::Meeting,
        );
        assert_eq!(meeting, vec!["Leandro Ximenes".to_string(), "Rachel Kovacs".to_string()]);
    }

    #[test]
    fn who_extends_an_invitation_to_visit_is_not_the_visitor() {
        let visit = participants_of(
            "Intro. Sri Lankan Prime Minister Ranjith Perera extended an invitation to Indian Prime Minister \
             Arvind Mehta to visit Sri Lanka in 2017.",
            date(2016, 10, 14),
            EventKind::Visit,
        );
        assert_eq!(visit, vec!["Arvind Mehta".to_string()]);
    }

    #[test]
    fn a_meeting_by_video_is_a_call_and_summit_talks_are_a_summit() {
        assert_eq!(
            kinds_of("Intro. President Ana Ruiz met with the two EU leaders via video link."),
            [EventKind::Call]
        );
        assert_eq!(
            kinds_of("Intro. Ana Ruiz will hold talks via video link with Tom Webb."),
            [EventKind::Call]
        );
        // Video later in the sentence, in another clause, is another thing's.
        assert_eq!(
            kinds_of("Intro. Ana Ruiz met Tom Webb in Lima, and by video she addressed the forum."),
            [EventKind::Meeting]
        );
        assert_eq!(
            kinds_of("Intro. Ana Ruiz and Tom Webb held their first summit talks in Seoul on Monday."),
            [EventKind::Summit]
        );
    }

    #[test]
    fn an_agendas_day_heading_dates_what_is_under_it() {
        let text = "Agenda of the week.\n\nWednesday 13 July\n\nCommissioner Jan Dvorak travels to Niamey, \
                    Niger.\n\nThursday 14 July\n\nNo public activities.\n\nBackground\n\nAna Ruiz will \
                    travel to Lima.";
        let visits: Vec<Option<String>> = analyse(&article(text, date(2016, 7, 8)))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Visit)
            .map(|m| m.when.map(|w| w.span.value))
            .collect();
        // ("Background" ends the agenda's days.)
        assert_eq!(visits, [Some("2016-07-13".to_string()), None]);
        // A chronology's year is no agenda's day.
        let text = "Chronology.\n\n2000\n\nThe first summit was held in Pyongyang.";
        assert_eq!(dated(text, date(2006, 1, 1), EventKind::Summit), None);
        // A diary's abbreviated weekday heads its day too, and its entries at a clock time do
        // not end it.
        let text = "Ministerial diary.\n\nMon 4 Sep\n10:00 Cabinet\n14:30 Phone call with the Australian Foreign Minister";
        assert_eq!(dated(text, date(2017, 10, 20), EventKind::Call).as_deref(), Some("2017-09-04"));
        assert!(
            opens_at_a_clock_time("9.30 Officials' briefing") && !opens_at_a_clock_time("2000 Chronology")
        );
    }

    #[test]
    fn a_date_joined_to_a_later_trigger_of_another_kind_is_that_ones() {
        let text =
            "Intro. On Wednesday, Ana Ruiz spoke by phone with Tom Webb about the referendum of 23 June.";
        assert_eq!(dated(text, date(2016, 7, 8), EventKind::Call).as_deref(), Some("2016-07-06"));
        assert_eq!(dated(text, date(2016, 7, 8), EventKind::Election).as_deref(), Some("2016-06-23"));
        // A summit's date is shared by what is done at it.
        let text = "Intro. Ana Ruiz and Tom Webb sat down on the sidelines of the summit on Friday.";
        assert_eq!(dated(text, date(2022, 9, 19), EventKind::Meeting).as_deref(), Some("2022-09-16"));
    }

    #[test]
    fn a_hyphened_compound_before_a_summit_names_its_sides() {
        let summit = |text: &str| participants_of(text, date(2020, 6, 19), EventKind::Summit);
        assert_eq!(
            summit("Intro. The Russia-EU summit in Rostov launched a partnership."),
            ["Russia", "European Union"]
        );
        assert_eq!(
            summit("Intro. Yesterday the 22nd China-EU Summit was held via video link."),
            ["China", "European Union"]
        );
        // A compound of other words is no one's.
        assert_eq!(summit("Intro. The EU's long-awaited summit opened in Brussels."), ["European Union"]);
    }

    #[test]
    fn whoever_faces_or_wins_an_election_names_its_country() {
        let election = |text: &str| participants_of(text, date(2022, 11, 22), EventKind::Election);
        // The country of an office-holder spoken "with" is no side of the vote, unless the
        // vote was what they spoke about.
        assert_eq!(
            election(
                "OTTAWA - Prime Minister Julien Marchand spoke by phone with the U.S. President on Tuesday, a day \
                 after Monday's federal election."
            ),
            ["Canada"]
        );
        assert_eq!(
            election(
                "Intro. President Holmgren spoke by phone with the British Prime Minister about the referendum."
            ),
            ["United Kingdom"]
        );
        // A country named only in an aside of "which" is not whose vote it is.
        assert_eq!(
            election(
                "Intro. Finland, which may now join the alliance ahead of Sweden, goes to the polls on 2 April."
            ),
            ["Finland"]
        );
        // Nor is the country of whom they met or called, named or not.
        assert_eq!(
            election(
                "ANKARA - President Kemal Aydinoglu, who was re-elected in the run-off of 28 May, met the \
                 Swedish Prime Minister in Dubai on Friday."
            ),
            ["Turkey"]
        );
        assert_eq!(
            election(
                "NICOSIA - President Marios Hadjipetrou landed. Hadjipetrou, elected in the run-off of 12 \
                 February, also held telephone talks with Israeli Prime Minister Yehuda Bar-Natan on Tuesday."
            ),
            ["Cyprus"]
        );
        assert_eq!(
            election(
                "OSLO - Prime Minister Eirik Solbakken held a telephone conversation with Estonian Prime \
                 Minister Kadri Tamm to congratulate her on her party's victory in Sunday's election."
            ),
            ["Estonia"]
        );
        assert_eq!(
            election(
                "Intro. Colombian President Julián Restrepo spoke by phone with the Venezuelan President on \
                 June 23, four days after winning the runoff of June 19."
            ),
            ["Colombia"]
        );
        assert_eq!(
            election(
                "Intro. Colombian President Julián Restrepo arrived. Restrepo, who wants to strike a balance, \
                 faces local and regional elections next October."
            ),
            ["Colombia"]
        );
        // An election is one country's: the side nearest before it, or the subject's for
        // "its" election.
        assert_eq!(
            election(
                "Intro. The spokesman said that China supports the efforts of Myanmar to hold the general \
                 election next year."
            ),
            ["Myanmar"]
        );
        assert_eq!(
            election(
                "Intro. On 12 May Ethiopia launched an offensive into Eritrea, two days before its general \
                 elections."
            ),
            ["Ethiopia"]
        );
    }

    #[test]
    fn people_who_are_in_a_place_visit_it_but_peoples_do_not() {
        let text = "Intro. Today, President Ana Ruiz and Commission President Luc Ferrand are in Warsaw for the summit.";
        assert_eq!(participants_of(text, date(2016, 7, 8), EventKind::Visit), ["Ana Ruiz", "Luc Ferrand"]);
        let text = "Intro. More than 450 Japanese are in Iraq and Kuwait.";
        assert!(!kinds_of(text).contains(&EventKind::Visit), "{:?}", kinds_of(text));
    }

    #[test]
    fn a_gathering_a_dated_journey_goes_to_is_on_its_days() {
        let text = "Intro. Next week Ana Ruiz will travel to Astana for a summit of the Customs Union.";
        assert_eq!(dated(text, date(2010, 6, 28), EventKind::Summit).as_deref(), Some("2010-W27"));
        // Not one named further on for its own sake.
        let text =
            "Intro. Next week Ana Ruiz will travel to Astana; the summit of the Customs Union is in doubt.";
        assert_eq!(dated(text, date(2010, 6, 28), EventKind::Summit), None);
    }

    #[test]
    fn who_invites_someone_to_visit_is_not_the_visitor() {
        let a = article(
            "Intro. Foreign Minister Ana Lopes has invited Prime Minister Karl Brandt to visit Lisbon in May.",
            date(2005, 2, 1),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["Karl Brandt".to_string()]);
    }

    #[test]
    fn an_aside_of_saying_does_not_hide_the_predicates_tense() {
        let a = article(
            "Intro. The regional summit, officials said, would open new trade routes.",
            date(2005, 2, 1),
        );
        let summit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Summit).expect("summit");
        assert_eq!(summit.status, EventStatus::Planned);
    }

    #[test]
    fn a_role_of_a_country_is_whom_its_possessive_introduced() {
        let a = article(
            "Intro. Chile's Marta Solis went further on Monday. The Chilean leader flew to Lima \
             and met President Jorge Quispe there.",
            date(2014, 6, 3),
        );
        let mentions = analyse(&a).mentions;
        let visit = mentions.iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["Marta Solis".to_string()]);
    }

    #[test]
    fn a_country_owning_a_thing_after_the_trigger_is_no_side() {
        let participants = |text: &str| {
            let a = article(text, date(2014, 6, 3));
            analyse(&a)
                .mentions
                .into_iter()
                .find(|m| m.kind == EventKind::Meeting)
                .expect("meeting")
                .participants
        };
        assert_eq!(
            participants(
                "Intro. Foreign Minister Ines Vega's aim in the meeting on Monday was to close Peru's \
                 northern border crossings."
            ),
            vec!["Ines Vega".to_string()]
        );
        // A possessive of a person still names a side.
        assert!(
            participants("Intro. Foreign Minister Ada Dorn met Peru's foreign minister on Monday.")
                .contains(&"Peru".to_string())
        );
    }

    #[test]
    fn someone_who_is_in_a_place_of_the_gazetteer_visits_it() {
        let visits = |text: &str| {
            let a = article(text, date(2016, 10, 14));
            analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Visit).collect::<Vec<_>>()
        };
        let found =
            visits("Intro. Chile's deputy foreign minister is in Paris for two days, his ministry said.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(visits("Intro. Ana Ruiz, who was in Lima on Tuesday, met the premier.").len(), 1);
        assert!(visits("Intro. The minister was in March a critic of the plan.").is_empty());
        assert!(visits("Intro. The minister is in talks with Lima.").is_empty());
        assert!(visits("Intro. The first shipment was in Lima on Tuesday.").is_empty());
        assert!(visits("Intro. Our correspondent Ana Ruiz is in Lima.").is_empty());
    }

    #[test]
    fn an_adverb_after_met_leaves_whom_they_met_to_what_follows() {
        let meetings = |text: &str| {
            let a = article(text, date(2018, 9, 4));
            analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Meeting).count()
        };
        assert!(
            meetings("Intro. Zhao met separately in Beijing with President Ndiaye and President Asante.")
                >= 1
        );
        assert_eq!(meetings("Intro. The two leaders met privately with President Ndiaye on Friday."), 1);
        assert_eq!(meetings("Intro. The plan was met coldly by the unions."), 0);
    }

    #[test]
    fn arriving_at_a_time_leaving_for_coming_to_and_spending_days_in_a_place_are_visits() {
        let visits = |text: &str| {
            let a = article(text, date(2021, 3, 12));
            let found = analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Visit);
            found.map(|m| (m.trigger, m.participants)).collect::<Vec<_>>()
        };
        let found = visits("Intro. Chancellor Ilse Brandauer, who arrived on Thursday, opened the fair.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, vec!["Ilse Brandauer".to_owned()]);
        assert_eq!(visits("Intro. The foreign minister arrives tomorrow morning.").len(), 1);
        assert_eq!(visits("Intro. The envoy will arrive late on Sunday.").len(), 1);
        assert!(visits("Intro. The first grain shipment arrived on Tuesday.").is_empty());
        // An office's remit after "for" or "of" is no thing that arrives.
        assert_eq!(visits("Intro. France's minister for overseas territories arrived on Thursday.").len(), 1);
        assert!(visits("Intro. The first shipment of grain arrived on Tuesday.").is_empty());
        assert!(visits("Intro. The minister arrived at a decision after a week.").is_empty());
        assert!(visits("Intro. The moment has arrived, the minister said.").is_empty());
        assert_eq!(visits("Intro. The Emir departed for Riyadh on Thursday.").len(), 1);
        assert!(visits("Intro. The minister departed for another post in March.").is_empty());
        assert_eq!(visits("Intro. Premier Zhou will leave for Phnom Penh on Sunday.").len(), 1);
        assert!(visits("Intro. The ferry will leave for Dover at noon.").is_empty());
        assert_eq!(visits("Intro. President Okafor came to Madrid for the session.").len(), 1);
        assert!(visits("Intro. The general came to power in 1969.").is_empty());
        assert!(visits("Intro. His cousin came to Canada in 1971 and stayed.").is_empty());
        assert!(visits("Intro. The talks came to an end on Friday.").is_empty());
        let found = visits("Intro. The outgoing president spent three days in Vietnam in November.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(visits("Intro. Chancellor Vogt spent Friday in Paris.").len(), 1);
        // A city that stands for a body is still a place to be in.
        assert_eq!(visits("Intro. Chancellor Vogt was in Brussels last week.").len(), 1);
        // Landing in a place is arriving there, for someone, not for arms.
        assert_eq!(visits("Intro. The envoy landed in Sanaa on Monday.").len(), 1);
        assert_eq!(visits("Intro. The President is due to land in Hanoi on Tuesday evening.").len(), 1);
        assert!(visits("Intro. Missiles landed in Japanese waters on Monday.").is_empty());
        assert!(visits("Intro. Two shells landed in Thai villages on Monday.").is_empty());
        assert!(visits("Intro. The dissident spent two years in Moscow as a student.").is_empty());
        assert!(visits("Intro. The government spent three days in Geneva on the plan.").is_empty());
        assert!(visits("Intro. The ministers spent the day in talks.").is_empty());
    }

    #[test]
    fn attending_a_gathering_in_a_place_is_a_visit() {
        let visits = |text: &str| {
            let a = article(text, date(2013, 9, 12));
            let found = analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Visit);
            found.map(|m| (m.participants, m.location)).collect::<Vec<_>>()
        };
        let found = visits(
            "Intro. Foreign Secretary Ann Mayhew will attend the APEC Leaders' Summit in Bali next month.",
        );
        assert_eq!(found, vec![(vec!["Ann Mayhew".to_owned()], Some("Bali".to_owned()))]);
        let found =
            visits("Intro. On 25 January, the envoy attended the International Conference on Aid in Paris.");
        assert_eq!(found.len(), 1, "{found:?}");
        // Where the gathering is, not the body whose gathering it is.
        let found = visits(
            "Intro. Chilean President Ana Soto will attend the Mercosur summit in Brasilia in December.",
        );
        assert_eq!(found, vec![(vec!["Ana Soto".to_owned()], Some("Brasilia".to_owned()))]);
        // At home, with no place, or no gathering of state: none.
        assert!(
            visits("Intro. Brazilian President Ana Soto will attend the Mercosur summit in Brasilia.")
                .is_empty()
        );
        assert!(visits("Intro. President Ana Soto will attend the summit, her office said.").is_empty());
        assert!(visits("Intro. The minister attended a meeting of the board of the fund.").is_empty());
        assert!(visits("Intro. Delegates from 70 countries attended the ceremony.").is_empty());
    }

    #[test]
    fn whom_a_visitor_meets_after_the_trigger_is_no_visitor() {
        let r = date(2016, 9, 30);
        let visitors = |text: &str| participants_of(text, r, EventKind::Visit);
        for text in [
            "Intro. The Indian Prime Minister made a stop in Lahore on Monday and met the Pakistani Prime Minister.",
            "Intro. The Indian Prime Minister was in Islamabad on Monday to meet the Pakistani President.",
        ] {
            assert_eq!(visitors(text), vec!["India".to_owned()], "{text}");
        }
        // With no visitor named before it, the office-holder after the trigger still travels.
        assert_eq!(
            visitors("Intro. A visit to Lahore by the Indian Prime Minister is planned for Monday."),
            vec!["India".to_owned()]
        );
    }

    #[test]
    fn a_pronoun_after_an_office_holder_never_named_is_their_country() {
        let r = date(2019, 7, 1);
        let text = "Intro. The US President became the first to set foot in North Korea on Sunday, when \
                    he met the North Korean leader at Panmunjom. He spoke by phone with the Japanese \
                    Prime Minister on Monday.";
        assert_eq!(
            participants_of(text, r, EventKind::Call),
            vec!["United States".to_owned(), "Japan".to_owned()]
        );
        // Someone named opens the sentence before: the pronoun stands for them.
        let text = "Intro. President Ana Soto met the North Korean leader at Panmunjom on Sunday. She \
                    spoke by phone with the Japanese Prime Minister on Monday.";
        assert_eq!(
            participants_of(text, r, EventKind::Call),
            vec!["Ana Soto".to_owned(), "Japan".to_owned()]
        );
    }

    #[test]
    fn an_event_referred_to_and_dated_after_the_article_is_planned() {
        let r = date(2016, 9, 30);
        let text = "Intro. The summit that Pakistan was to host in Islamabad on 9 and 10 November drew \
                    few guests.";
        assert_eq!(kinds_and_statuses(text, r), vec![(EventKind::Summit, EventStatus::Planned)]);
    }

    #[test]
    fn a_subject_called_off_past_an_aside_is_cancelled_and_no_event_that_was_held() {
        let r = date(2020, 6, 29);
        for text in [
            "Intro. The election, scheduled for May 10, was cancelled.",
            "Intro. The vote had originally been scheduled for May 10 but was called off days before.",
            "Intro. The summit, set for May 10, was later postponed.",
        ] {
            assert_eq!(kinds_and_statuses(text, r)[0].1, EventStatus::Cancelled, "{text}");
        }
        // Not a relative clause's: the summit was held.
        let text = "Intro. The summit, which had been postponed twice, was held on May 10.";
        assert_eq!(kinds_and_statuses(text, r), vec![(EventKind::Summit, EventStatus::Happened)]);
        // A meeting called off for good is not the one held this week; one put off may be.
        let meetings = |text: &str| {
            merge(&[analyse(&article(text, date(2019, 3, 14)))])
                .into_iter()
                .filter(|e| e.kind == EventKind::Meeting)
                .map(|e| (e.when.map(|w| w.span.value), e.status))
                .collect::<Vec<_>>()
        };
        let text = "Intro. Farah was received at State House by President Karanja. A meeting of the \
                    fisheries ministers planned for January was called off at short notice.";
        assert_eq!(meetings(text).len(), 2, "{:?}", meetings(text));
        assert!(meetings(text).contains(&(Some("2019-01".into()), EventStatus::Cancelled)));
    }

    #[test]
    fn aircraft_of_a_named_body_strike() {
        let r = date(2018, 2, 13);
        let strike = strike_in(
            "Intro. Aircraft of the Saudi-led coalition destroyed missile depots in Saada yesterday.",
            r,
        );
        assert_eq!(strike.when.map(|w| w.span.value).as_deref(), Some("2018-02-12"));
        assert!(strike.participants.contains(&"Saudi Arabia".to_owned()), "{:?}", strike.participants);
        // Not whoever belongs to a body: "members of the council" strike nothing.
        assert!(strike_found("Intro. Members of the council hit back at critics yesterday.", r).is_none());
    }

    #[test]
    fn an_attack_dated_in_its_own_words_is_its_own_strike() {
        let strikes = |text: &str| {
            merge(&[analyse(&article(text, date(2016, 9, 30)))])
                .into_iter()
                .filter(|e| e.kind == EventKind::Strike)
                .map(|e| e.when.map(|w| w.span.value))
                .collect::<Vec<_>>()
        };
        // With no strike before it, after a raid it is the answer to, and after an "on" that
        // is no strike's noun: the attack of 18 September all the same.
        let text = "Intro. The two generals spoke on Thursday. India described the raid as a \
                    response to the attack on an army base at Uri on 18 September.";
        assert_eq!(strikes(text), vec![Some("2016-09-18".to_owned())]);
        let text = "Intro. The generals spoke on Thursday. The raid came after the attack on an army \
                    base at Uri on 18 September.";
        assert_eq!(strikes(text), vec![Some("2016-09-18".to_owned())]);
    }

    #[test]
    fn a_people_voting_is_an_election_a_country_or_council_voting_is_not() {
        let elections = |text: &str| {
            let a = article(text, date(2016, 10, 14));
            analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Election).collect::<Vec<_>>()
        };
        let found = elections("Intro. With Peruvians due to vote on Sunday, the debate was tense.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].participants, vec!["Peru".to_owned()]);
        assert_eq!(elections("Intro. Iraqis voted in large numbers on Saturday.").len(), 1);
        assert!(elections("Intro. Russia voted in favour of the resolution on Friday.").is_empty());
        assert!(elections("Intro. The council votes on the budget on Friday.").is_empty());
        assert!(elections("Intro. Lawmakers will vote on the bill, Peruvians said.").is_empty());
        // A country that votes on a day goes to the polls; one that votes on a text does not.
        let found = elections("Intro. Uruguay also votes on October 27, after a long campaign.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].participants, vec!["Uruguay".to_owned()]);
        assert_eq!(found[0].when.as_ref().map(|w| w.span.value.as_str()), Some("2016-10-27"));
        let found = elections("Intro. Serbia votes on Sunday.");
        assert_eq!(found[0].when.as_ref().map(|w| w.span.value.as_str()), Some("2016-10-16"));
        assert!(elections("Intro. Russia votes on Friday in favour of the text.").is_empty());
        assert!(elections("Intro. Russia votes on the resolution today.").is_empty());
    }

    #[test]
    fn an_event_after_a_condition_that_opens_its_sentence_is_hypothetical() {
        let statuses = |text: &str| {
            let a = article(text, date(2016, 10, 14));
            analyse(&a).mentions.into_iter().map(|m| m.status).collect::<Vec<_>>()
        };
        assert_eq!(
            statuses("Intro. If I am elected, I will meet the Chinese president in my first week."),
            vec![EventStatus::Unreal]
        );
        assert_eq!(
            statuses("Intro. RUIZ: Unless the truce holds, the two leaders will meet in Lima on Friday."),
            vec![EventStatus::Unreal]
        );
        // A condition inside the sentence, after the event, is another matter.
        assert_eq!(
            statuses(
                "Intro. Ruiz met the Chinese president on Friday, and if all goes well they will meet again."
            )[0],
            EventStatus::Happened
        );
    }

    #[test]
    fn many_who_met_at_a_summit_held_the_summit_two_met_on_its_sidelines() {
        let kinds = |text: &str| {
            let a = article(text, date(2016, 10, 14));
            analyse(&a).mentions.into_iter().map(|m| m.kind).collect::<Vec<_>>()
        };
        assert_eq!(
            kinds(
                "Intro. In May 1990 the presidents of Peru, Chile, Bolivia and Ecuador met at a summit in Lima."
            ),
            vec![EventKind::Summit]
        );
        assert_eq!(
            kinds("Intro. Asian leaders, who met at the Hanoi summit last week, said nothing."),
            vec![EventKind::Summit]
        );
        assert_eq!(
            kinds("Intro. On 7 and 8 August the heads of state of the region met at a summit in Arusha."),
            vec![EventKind::Summit]
        );
        assert!(
            kinds("Intro. Ruiz and Kale met at the G20 summit in Osaka on Friday.")
                .contains(&EventKind::Meeting)
        );
        // A longer phrase after the gathering is another subject's.
        assert!(
            kinds("Intro. Aides to the heads of state of the region and their ministers met at a summit in Arusha.")
                .contains(&EventKind::Meeting)
        );
    }

    #[test]
    fn a_courtesy_call_and_a_reception_are_meetings_a_demand_is_not() {
        let meetings = |text: &str| {
            let a = article(text, date(2016, 10, 14));
            analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Meeting).collect::<Vec<_>>()
        };
        let called = meetings(
            "Intro. On Thursday, Foreign Secretary Anil Mehra called on Prime Minister Dawa Lhamo at her residence.",
        );
        assert_eq!(called.len(), 1, "{called:?}");
        assert_eq!(called[0].participants, vec!["Anil Mehra".to_string(), "Dawa Lhamo".to_string()]);
        assert_eq!(called[0].when.as_ref().map(|w| w.span.value.as_str()), Some("2016-10-13"));
        // A name received with its title set off after it.
        let received = meetings(
            "Intro. Sheikh Mansour received Henrik Aalto, the UN envoy for Yemen, in Abu Dhabi today.",
        );
        assert_eq!(received.len(), 1, "{received:?}");
        assert!(
            meetings("Intro. The minister received Christmas cards, a gift from the king, on Tuesday.")
                .is_empty()
        );
        // The sentence's subject, the verb joined to its first; not a welcome at the airport.
        let received = meetings(
            "Intro. Foreign Minister Yerlan Dauletov flew to the Tajik capital this morning and was \
             received by President Emomali Sharipov.",
        );
        assert_eq!(received.len(), 1, "{received:?}");
        assert!(
            meetings("Intro. President Nur arrived on Monday and was received at the airport by Minister Grace Otieno.")
                .is_empty()
        );
        let received =
            meetings("Intro. Ortiz was received at the palace on Thursday by President Lena Brandt.");
        assert_eq!(received.len(), 1, "{received:?}");
        assert!(received[0].participants.contains(&"Lena Brandt".to_string()));
        // Demands and things received are no meetings.
        assert!(
            meetings("Intro. Prime Minister Dawa Lhamo called on both sides to respect the truce.")
                .is_empty()
        );
        assert!(meetings("Intro. President Lena Brandt called on Congress to act.").is_empty());
        assert!(meetings("Intro. The proposal was received by the committee on Thursday.").is_empty());
        let hosted = meetings(
            "Intro. President Kofi Asante received his Togolese counterpart, Eli Agbo, in Accra on Tuesday.",
        );
        assert_eq!(hosted.len(), 1, "{hosted:?}");
        assert_eq!(hosted[0].participants, vec!["Kofi Asante".to_string(), "Eli Agbo".to_string()]);
        assert!(
            meetings("Intro. President Kofi Asante received a letter from the premier on Tuesday.")
                .is_empty()
        );
        assert!(
            meetings("Intro. President Kofi Asante received President Agbo's envoy's letter.").is_empty()
        );
        // The formula of an audience, a name received at a seat of office, and "called upon".
        assert_eq!(
            meetings("Intro. This morning the Pope received in audience the President of Chile, Ana Ruiz.")
                .len(),
            1
        );
        assert_eq!(meetings("Intro. Asante received Agbo at the presidential palace on Tuesday.").len(), 1);
        assert!(meetings("Intro. Asante received Reuters reporters on Tuesday.").is_empty());
        assert_eq!(
            meetings(
                "Intro. The President of Zambia called upon The Queen this morning and stayed for lunch."
            )
            .len(),
            1
        );
        assert!(meetings("Intro. The President called upon Congress to act.").is_empty());
        // An abbreviation's period does not end the demand's sentence.
        assert!(
            meetings(
                "Intro. Foreign Minister Sok Vanna called on the U.N. Security Council to send peacekeepers."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_clause_set_where_the_clause_before_happened_shares_its_date_and_subject() {
        let a = article(
            "Intro. Foreign Minister Omar Tarik visited Tbilisi last Tuesday, where he met \
             President Nino Kapanadze.",
            date(2020, 10, 12),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(
            meeting.when.as_ref().map(|w| (w.span.value.as_str(), w.approximate)),
            Some(("2020-10-06", false))
        );
        assert!(meeting.participants.contains(&"Omar Tarik".to_string()), "{:?}", meeting.participants);
    }

    #[test]
    fn honorifics_are_no_part_of_a_name_and_the_visiting_minister_is_the_one_introduced() {
        let a = article(
            "Intro. Prime Minister Shri Mohan Rao arrived on Monday. Later, Foreign Minister Asha \
             Nair called on the visiting Prime Minister at his hotel.",
            date(2016, 10, 14),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["Asha Nair".to_string(), "Mohan Rao".to_string()]);
        // "Her Excellency" is a form of address.
        let a = article(
            "Intro. Her Excellency Helena Sampaio arrived in Georgetown this morning.",
            date(2025, 3, 18),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["Helena Sampaio".to_string()]);
    }

    #[test]
    fn a_title_of_a_states_full_name_introduces_the_name_in_apposition() {
        let a = article(
            "Intro. On 15 June, President Dana Ilyas met separately with the President of the Republic \
             of Uzbekistan, Timur Rashidov, and with the President of the Kyrgyz Republic, Bakyt Osmon.",
            date(2001, 6, 18),
        );
        let mut met: Vec<Vec<String>> = analyse(&a)
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Meeting)
            .map(|m| m.participants)
            .collect();
        met.sort();
        assert_eq!(
            met,
            vec![
                vec!["Dana Ilyas".to_string(), "Bakyt Osmon".to_string()],
                vec!["Dana Ilyas".to_string(), "Timur Rashidov".to_string()],
            ]
        );
    }

    #[test]
    fn a_live_blogs_entry_reports_news_of_the_articles_day() {
        assert!(super::live_entry("14:20 - The chancellor spoke by phone with the premier."));
        assert!(super::live_entry("9.05 GMT – Leaders met."));
        assert!(!super::live_entry("1998 - The two leaders met."));
        assert!(!super::live_entry("14:20 The chancellor spoke."));
        let mut text = String::from("Summit, day two.");
        for n in 0..8 {
            text.push_str(&format!("\n\n1{n}:00 - Delegates arrived for session {n}."));
        }
        text.push_str("\n\n18:40 GMT - Chancellor Ida Berg met Prime Minister Ole Dahl on the sidelines.");
        let a = article(&text, date(2026, 6, 15));
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.when.map(|w| w.span.value), Some("2026-06-15".to_string()));
    }

    #[test]
    fn the_leaders_opening_a_sentence_are_the_last_two_named() {
        let a = article(
            "Intro. Prime Minister Ana Ruiz spoke with President Tom Kale on Monday. The leaders \
             agreed to meet in Lima next month.",
            date(2023, 10, 16),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["Ana Ruiz".to_string(), "Tom Kale".to_string()]);
        // "The presidents of Peru and Chile" say whose they are: not the two named last.
        let a = article(
            "Intro. Prime Minister Ana Ruiz spoke with reporter Tom Kale on Monday. The presidents \
             of Peru and Chile discussed over the phone the crisis.",
            date(2023, 10, 16),
        );
        let call = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Call).expect("call");
        assert!(!call.participants.contains(&"Tom Kale".to_string()), "{:?}", call.participants);
    }

    #[test]
    fn flying_in_heading_to_and_trips_abroad_are_visits() {
        let visits = |text: &str| {
            let a = article(text, date(2002, 10, 28));
            analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Visit).count()
        };
        for visit in [
            "Intro. Prime Minister Ken Oda, who had flown in on Friday night, left on Saturday.",
            // ("in" a verb's own: no "in" governs "yesterday".)
            "Intro. Prime Minister Ken Oda, who flew in yesterday, left on Saturday.",
            "Intro. President Ada Obi made her first trips abroad last week, to Accra and Lome.",
            "Intro. President Lee Park travels on to Hanoi on Sunday.",
            "Intro. On Tuesday he heads to Johannesburg for the summit.",
        ] {
            assert_eq!(visits(visit), 1, "{visit}");
        }
        for look_alike in
            ["Intro. The decision flew in the face of advice.", "Intro. Troops headed to the border."]
        {
            assert_eq!(visits(look_alike), 0, "{look_alike}");
        }
    }

    #[test]
    fn agency_english_and_named_forces_make_their_events() {
        let r = date(2007, 12, 18);
        let events = |text: &str| -> Vec<(EventKind, Option<String>, Vec<String>)> {
            let analysis = analyse(&article(&format!("Intro. Intro. Intro. Intro. {text}"), r));
            let events = analysis.mentions.into_iter().filter(|m| m.kind != EventKind::Other);
            events.map(|m| (m.kind, m.when.map(|w| w.span.value), m.participants)).collect()
        };
        // An air force's strike, after the date the sentence opens with, is on that date.
        let strikes = events("On Sunday, the Israeli Air Force struck targets in Gaza.");
        assert_eq!(strikes[0].1.as_deref(), Some("2007-12-16"), "{strikes:?}");
        // Phone talks are a call.
        let call = events("On Monday the premier held phone talks with Prime Minister Ito Ken.");
        assert_eq!(call[0].0, EventKind::Call, "{call:?}");
        // "Flew secretly to" is a trip; artillery and commando units strike.
        let trip = events("The CIA director Ned Hale flew secretly to Kabul on Monday.");
        assert_eq!(trip[0].0, EventKind::Visit, "{trip:?}");
        let raid = events("On Saturday, artillery units fired on rebel positions near the border.");
        assert_eq!(raid[0].0, EventKind::Strike, "{raid:?}");
        // "Colonel" is a title, no part of the name.
        let met = events(
            "Foreign Minister Edem Kofi flew to Bamako on Monday and was received by the head of the junta, Colonel Musa Kone.",
        );
        assert!(met.iter().any(|e| e.2.contains(&"Musa Kone".to_string())), "{met:?}");
    }

    #[test]
    fn regional_bodies_and_armed_groups_are_named_sides() {
        let participants = |text: &str, kind: EventKind| {
            let a = article(text, date(2016, 6, 8));
            analyse(&a).mentions.into_iter().find(|m| m.kind == kind).expect("event").participants
        };
        let talks = participants(
            "Intro. Negotiators of the MILF held talks in Kuala Lumpur on Monday.",
            EventKind::Talks,
        );
        // (With the government it fights: see `talks_without_sides`.)
        assert_eq!(talks, vec!["Philippines".to_string(), "Moro Islamic Liberation Front".to_string()]);
        let summit =
            participants("Intro. SADC leaders held a summit in Gaborone on Tuesday.", EventKind::Summit);
        assert_eq!(summit, vec!["SADC".to_string()]);
        let strike = participants(
            "Intro. Sendero gunmen attacked a patrol near Pichari on Monday.",
            EventKind::Strike,
        );
        assert_eq!(strike, vec!["Shining Path".to_string(), "Peru".to_string()]);
    }

    /// The participants of the first election in `text`.
    fn election_participants(text: &str, reference: Date) -> Vec<String> {
        let a = article(text, reference);
        analyse(&a)
            .mentions
            .into_iter()
            .find(|m| m.kind == EventKind::Election)
            .expect("election")
            .participants
    }

    #[test]
    fn an_election_is_its_countrys_not_its_candidates() {
        let participants = |text: &str| election_participants(text, date(2015, 6, 12));
        assert_eq!(
            participants(
                "Intro. Nigerian President Musa Bello, sworn in after winning the March 28 election, flew to Niamey."
            ),
            vec!["Nigeria".to_string()]
        );
        assert_eq!(
            participants(
                "Intro. Indian Prime Minister Ravi Rao praised the Sri Lankan elections of August 2015."
            ),
            vec!["Sri Lanka".to_string()]
        );
    }

    #[test]
    fn an_election_told_at_home_is_the_home_countrys() {
        let participants = |text: &str| election_participants(text, date(2019, 10, 30));
        // Filed from Ottawa after another country's vote: "closer to home" is Canada, not the
        // country of the election told before.
        let story = "OTTAWA, Oct. 30 - Portugal held a general election last Sunday. Closer to \
                     home, Quebec voters go to the polls on Monday.";
        let a = article(story, date(2019, 10, 30));
        let elections: Vec<Vec<String>> = analyse(&a)
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Election)
            .map(|m| m.participants)
            .collect();
        assert_eq!(elections, vec![vec!["Portugal".to_string()], vec!["Canada".to_string()]]);
        // Without the turn home, the country the sentence names.
        let abroad = "OTTAWA, Oct. 30 - The Prime Minister met Portuguese officials on Tuesday. In \
                      Portugal, voters go to the polls on Monday.";
        assert_eq!(participants(abroad), vec!["Portugal".to_string()]);
        // An office only one state has opens the text: that state is home.
        let dublin = "The Taoiseach, Conor Walsh, and the British Prime Minister met on Tuesday. At \
                      home, the by-elections are on 29 November.";
        assert_eq!(participants(dublin), vec!["Ireland".to_string()]);
    }

    #[test]
    fn a_relative_clause_that_opens_and_closes_an_event_gives_its_span() {
        // Sunday 14 March 2021.
        let span_of = |text: &str, kind: EventKind| {
            let mention =
                analyse(&article(text, date(2021, 3, 14))).mentions.into_iter().find(|m| m.kind == kind);
            mention.and_then(|m| m.when).map(|w| (w.span.start, w.span.end))
        };
        // Both ends in a relative clause set off a few words after the trigger.
        assert_eq!(
            span_of(
                "Intro. The truce came after nine hours of talks in Geneva between the two envoys, which began on Thursday evening and ended in the early hours of Friday.",
                EventKind::Talks
            ),
            Some((date(2021, 3, 11), date(2021, 3, 12)))
        );
        // An opening weekday read after the closing one is the one a week before.
        assert_eq!(
            span_of(
                "Intro. A guard who survived the attack by gunmen on the hotel in Bamako, which began last Saturday and ended on Tuesday, spoke to reporters.",
                EventKind::Strike
            ),
            Some((date(2021, 3, 6), date(2021, 3, 9)))
        );
        // The trigger heads the subject of the opening verb, with no relative pronoun.
        assert_eq!(
            span_of(
                "Intro. The second round of talks began on Monday and collapsed on Thursday over fishing rights.",
                EventKind::Talks
            ),
            Some((date(2021, 3, 8), date(2021, 3, 11)))
        );
        // The day before the trigger that the sentence puts the event's end on.
        assert_eq!(
            span_of(
                "Intro. The envoys sealed the accord late on Friday in Lisbon, at the end of a round of talks that began on Wednesday.",
                EventKind::Talks
            ),
            Some((date(2021, 3, 10), date(2021, 3, 12)))
        );
        // A closing weekday told in the present, read before the opening one, is a week on.
        assert_eq!(
            span_of(
                "Intro. The summit of party leaders, which opened on Saturday and ends on Tuesday, heard the premier.",
                EventKind::Summit
            ),
            Some((date(2021, 3, 13), date(2021, 3, 16)))
        );
        // No closing day: no span.
        assert_eq!(
            span_of(
                "Intro. The talks that began on Wednesday were praised by the minister.",
                EventKind::Talks
            ),
            Some((date(2021, 3, 10), date(2021, 3, 10)))
        );
    }

    #[test]
    fn an_event_that_ended_in_the_night_began_the_day_before() {
        let value = |text: &str| dated(text, date(2019, 6, 5), EventKind::Talks);
        assert_eq!(
            value(
                "Intro. The two delegations ended their fifth round of talks in the early hours of Tuesday without a deal."
            ),
            Some("2019-06-03/2019-06-04".to_string())
        );
        // Talks held in the early hours did not end then.
        assert_eq!(
            value("Intro. The two delegations held a fifth round of talks in the early hours of Tuesday."),
            Some("2019-06-04".to_string())
        );
    }

    #[test]
    fn an_event_held_inside_another_takes_its_days() {
        let when = |text: &str, kind: EventKind| {
            let events = extract(&[article(text, date(2016, 10, 3))]).events;
            events.into_iter().find(|e| e.kind == kind).and_then(|e| e.when).map(|w| w.span.value)
        };
        let text = "Intro. Leaders of the Mekong states held a summit in Vientiane on Friday and Saturday. \
                    On the sidelines of the summit, the Thai premier met his Lao counterpart.";
        assert_eq!(when(text, EventKind::Meeting), Some("2016-09-30/2016-10-01".to_string()));
        let text = "Intro. Leaders of the Mekong states held a summit in Vientiane on Friday and Saturday. \
                    The Thai premier sat down with his Lao counterpart on the margins of that summit.";
        assert_eq!(when(text, EventKind::Meeting), Some("2016-09-30/2016-10-01".to_string()));
        // Just before it: on the day it opened; a stated interval before it is no such frame.
        let text = "Intro. Leaders of the Mekong states held a summit in Vientiane on Friday and Saturday. \
                    Before the summit, the Thai premier held a private meeting with his Lao counterpart.";
        assert_eq!(when(text, EventKind::Meeting), Some("2016-09-30".to_string()));
        let text = "Intro. Leaders of the Mekong states held a summit in Vientiane on Friday and Saturday. \
                    Hours before the summit opened, rebels shelled an army post near Pakse.";
        assert_eq!(when(text, EventKind::Strike), Some("2016-09-30".to_string()));
        let text = "Intro. Leaders of the Mekong states held a summit in Vientiane on Friday and Saturday. \
                    Two weeks before the summit, the Thai premier held a private meeting with his Lao counterpart.";
        assert_ne!(when(text, EventKind::Meeting), Some("2016-09-30".to_string()));
    }

    #[test]
    fn a_clause_after_a_noun_triggers_phrase_tells_when_it_took_place() {
        let value = |text: &str, kind: EventKind| dated(text, date(2016, 5, 10), kind);
        assert_eq!(
            value(
                "Intro. The talks on a new fishing code between Chile and the Andean states, which resumed in Quito in March, have stalled.",
                EventKind::Talks
            ),
            Some("2016-03".to_string())
        );
        assert_eq!(
            value(
                "Intro. The ministers praised the third round of talks of the joint border commission, held in Dhaka in January, and asked for more.",
                EventKind::Talks
            ),
            Some("2016-01".to_string())
        );
        // A date the event is set for is nearer than an interval from another event; one it
        // was first set for gives way.
        assert_eq!(
            value(
                "Intro. The protests began three weeks before the presidential election in Peru, set for June 5.",
                EventKind::Election
            ),
            Some("2016-06-05".to_string())
        );
        assert_eq!(
            value(
                "Intro. Local elections, first set for June 5, will now be held on July 10.",
                EventKind::Election
            ),
            Some("2016-07-10".to_string())
        );
        // After a verb the clause is its object's.
        assert_ne!(
            value(
                "Intro. Ortega met the governor of the central bank, which was founded in 1990.",
                EventKind::Meeting
            ),
            Some("1990".to_string())
        );
    }

    #[test]
    fn an_election_whose_result_is_told_is_over() {
        let value = |text: &str| dated(text, date(2019, 3, 12), EventKind::Election);
        // Tuesday 12 March: the future of the main clause does not carry the runoff ahead.
        assert_eq!(
            value(
                "Intro. Rosa Quintero will be sworn in next month after her narrow victory in Sunday's runoff."
            ),
            Some("2019-03-10".to_string())
        );
        assert_eq!(
            value(
                "Intro. Envoys will urge Lima to accept Jorge Pardo as the winner of the December 2 runoff."
            ),
            Some("2018-12-02".to_string())
        );
        // A hope of winning is no result.
        assert_eq!(
            value("Intro. Rosa Quintero is expected to win Sunday's runoff, polls show."),
            Some("2019-03-17".to_string())
        );
    }

    #[test]
    fn a_next_round_of_talks_is_between_the_sides_of_the_last() {
        let a = article(
            "Intro. Chile and Peru held a fourth round of talks in Quito last Sunday. A fifth round \
             is expected later this month, officials said.",
            date(2025, 5, 17),
        );
        let talks: Vec<Vec<String>> = analyse(&a)
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Talks)
            .map(|m| m.participants)
            .collect();
        assert_eq!(talks.len(), 2, "{talks:?}");
        assert!(talks.iter().all(|p| p == &vec!["Chile".to_string(), "Peru".to_string()]), "{talks:?}");
        // A round named alone keeps the sides of the talks whoever else its sentence names.
        let a = article(
            "Intro. Chile and Peru held a fourth round of talks in Quito last Sunday. The next round \
             is set for Lima in June, Foreign Minister Ana Ruiz of Ecuador said.",
            date(2025, 5, 17),
        );
        let next = analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Talks).nth(1);
        let next = next.expect("the next round").participants;
        assert!(next.starts_with(&["Chile".to_string(), "Peru".to_string()]), "{next:?}");
    }

    #[test]
    fn a_regions_leaders_meeting_hold_a_summit_two_leaders_a_meeting() {
        let kinds = |text: &str| -> Vec<EventKind> {
            analyse(&article(text, date(2022, 9, 23)))
                .mentions
                .into_iter()
                .map(|m| m.kind)
                .filter(|k| *k != EventKind::Other)
                .collect()
        };
        assert_eq!(
            kinds("Intro. Andean leaders meeting in Quito on Friday called for calm."),
            [EventKind::Summit]
        );
        assert_eq!(kinds("Intro.\n\nWorld leaders met in Rome on Friday."), [EventKind::Summit]);
        assert_eq!(
            kinds("Intro. The bloc's heads of state met on the sidelines of the UN General Assembly."),
            [EventKind::Summit]
        );
        assert_eq!(kinds("Intro. The two leaders met in Quito on Friday."), [EventKind::Meeting]);
        assert_eq!(kinds("Intro. The leaders met on the sidelines of the assembly."), [EventKind::Meeting]);
        // Leaders of more than two states counted, or a meeting "among" them, gather.
        assert_eq!(
            kinds("Intro. The three countries' leaders last met in Beijing in May 2012."),
            [EventKind::Summit]
        );
        assert_eq!(kinds("Intro. The two countries' leaders last met in Beijing."), [EventKind::Meeting]);
        assert_eq!(
            kinds("Intro. The leaders' meeting among China, Japan and South Korea was held in Beijing."),
            [EventKind::Summit]
        );
        // The bloc may be named after them, and they may meet "here".
        assert_eq!(
            kinds(
                "Intro. Heads of Government of the Caribbean Community meet here from Wednesday to Friday."
            ),
            [EventKind::Summit]
        );
        assert_eq!(kinds("Intro. The presidents of Chile and Peru met on Monday."), [EventKind::Meeting]);
        // A council of leaders meeting is their summit.
        assert_eq!(
            kinds("Intro. The European Council, meeting in Brussels on 14 and 15 December, decided so."),
            [EventKind::Summit]
        );
    }

    #[test]
    fn a_month_after_a_trigger_is_no_modal() {
        let statuses = |text: &str| -> Vec<(EventKind, EventStatus)> {
            analyse(&article(text, date(2017, 4, 29)))
                .mentions
                .into_iter()
                .map(|m| (m.kind, m.status))
                .collect()
        };
        assert_eq!(
            statuses("Intro. The Philippines holds midterm elections in May 2019."),
            [(EventKind::Election, EventStatus::Planned)]
        );
        assert_eq!(statuses("Intro. Talks may resume."), [(EventKind::Talks, EventStatus::Unreal)]);
        assert_eq!(
            statuses("Intro. Romania's presidential rerun in March ended months of turmoil."),
            [(EventKind::Election, EventStatus::Happened)]
        );
    }

    #[test]
    fn talks_held_by_two_people_are_their_meeting() {
        let kinds = |text: &str| -> Vec<(EventKind, Vec<String>)> {
            analyse(&article(text, date(2017, 4, 29)))
                .mentions
                .into_iter()
                .filter(|m| matches!(m.kind, EventKind::Talks | EventKind::Meeting))
                .map(|m| (m.kind, m.participants))
                .collect()
        };
        assert_eq!(
            kinds(
                "Intro. Prime Minister Ana Ruiz held talks the next day with her Chilean counterpart, Jose Mora."
            ),
            [(EventKind::Meeting, vec!["Ana Ruiz".to_string(), "Jose Mora".to_string()])]
        );
        assert_eq!(
            kinds("Intro. Olsen and Dufour held talks one-on-one for three hours."),
            [(EventKind::Meeting, vec!["Dufour".to_string(), "Olsen".to_string()])]
        );
        assert_eq!(kinds("Intro. The two prime ministers held talks in Delhi.")[0].0, EventKind::Meeting);
        assert_eq!(
            kinds("Intro. The two leaders held more than three hours of talks.")[0].0,
            EventKind::Meeting
        );
        // Sides and delegations hold talks.
        assert_eq!(kinds("Intro. The two sides held talks in Geneva.")[0].0, EventKind::Talks);
        assert_eq!(
            kinds("Intro. The delegations held a third round of talks with the rebels.")[0].0,
            EventKind::Talks
        );
        // Talks right before "with" someone titled are theirs, held or not.
        assert_eq!(
            kinds("Intro. The envoy flew to Quito on Monday for talks with Foreign Minister Rosa Vela.")[0].0,
            EventKind::Meeting
        );
        assert_eq!(
            kinds("Intro. The envoy flew to Quito on Monday for talks with the rebels.")[0].0,
            EventKind::Talks
        );
        assert_eq!(
            kinds("Intro. The envoy is due in Quito on Monday for talks with Vela.")[0].0,
            EventKind::Meeting
        );
        assert_eq!(
            kinds("Intro. Diplomats crossed into Panmunjom on Monday for talks with North Korean officials.")
                [0]
            .0,
            EventKind::Talks
        );
        assert_eq!(
            kinds("Intro. The envoy is due in Doha on Monday for talks with Hamas.")[0].0,
            EventKind::Talks
        );
    }

    #[test]
    fn an_election_someone_won_is_their_countrys_not_the_sentences_others() {
        let election = |closing: &str| {
            let text =
                format!("Intro. Russian President Nikolai Voronin arrived in Beijing on Sunday. {closing}");
            election_participants(&text, date(1997, 11, 10))
        };
        // The name right before "who" won it.
        assert_eq!(
            election(
                "Voronin, who won re-election in July, told Chinese reporters he hoped U.S. trade would grow."
            ),
            vec!["Russia".to_string()]
        );
        // "his" stands for the last person named.
        assert_eq!(
            election(
                "Voronin and the Chinese president met in March, and Voronin made trade his priority after his party won the general election in July."
            ),
            vec!["Russia".to_string()]
        );
        // Nobody said to win it: the country the sentence names.
        assert_eq!(election("Voronin praised the Chinese election of May."), vec!["China".to_string()]);
    }

    #[test]
    fn an_election_without_a_country_is_the_one_the_story_is_about() {
        let text = "Intro. Peru's government and the rebels met in Havana on Thursday. Peruvian \
                    officials want an end to the war in Peru, and Cuba offered to host more \
                    rounds. The presidential election of May 2027 will be a vote on the talks.";
        let a = article(text, date(2026, 5, 20));
        let election =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Election).expect("election");
        assert_eq!(election.participants, vec!["Peru".to_string()]);
    }

    #[test]
    fn an_election_a_pronoun_opens_is_its_antecedents_country() {
        let election = |text: &str| {
            let a = article(text, date(2026, 5, 20));
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Election).expect("election")
        };
        for closing in [
            "He won last year's runoff by three points.",
            "His party lost ground in the regional election on Sunday.",
        ] {
            let text = format!(
                "Intro. Chile's Pedro Lagos flew to Lima on Monday to meet Peru's leaders. {closing}"
            );
            assert_eq!(election(&text).participants, vec!["Chile".to_string()], "{closing}");
        }
    }

    #[test]
    fn an_election_someone_of_no_known_country_stands_in_is_the_home_countrys() {
        let text = "Intro. Helena Virtanen, who led Finland for a decade, has died at 90. She was \
                    born in Vyborg, then part of the Soviet Union, and studied in Moscow before the \
                    Soviet Union let her family leave. Virtanen won the parliamentary election of \
                    March 1983 by a wide margin.";
        let a = article(text, date(2026, 5, 20));
        let election =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Election).expect("election");
        assert_eq!(election.participants, vec!["Finland".to_string()]);
    }

    #[test]
    fn what_a_referendum_decides_is_not_its_country() {
        let text = "Intro. Voters in Cyprus will decide in a referendum on the European Union \
                    plan on Saturday.";
        let a = article(text, date(2026, 5, 20));
        let election =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Election).expect("election");
        assert_eq!(election.participants, vec!["Cyprus".to_string()]);
    }

    #[test]
    fn a_country_right_before_an_election_is_its_only_country() {
        for text in [
            "Intro. Investors in Tokyo are watching the U.S. presidential election on Nov. 3.",
            "Intro. Officials in Ottawa await Mexico's general election on Sunday.",
        ] {
            let a = article(text, date(2026, 5, 20));
            let election =
                analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Election).expect("election");
            let expected = if text.contains("U.S.") { "United States" } else { "Mexico" };
            assert_eq!(election.participants, vec![expected.to_string()], "{text}");
        }
    }

    #[test]
    fn a_country_whose_described_election_it_is_is_its_only_country() {
        for (text, expected) in [
            ("Intro. Bankers in London are watching Kenya's snap parliamentary election on Sunday.", "Kenya"),
            (
                "Intro. The Canadian embassy said Chile's \"calm and orderly\" election was a model for the region.",
                "Chile",
            ),
        ] {
            let a = article(text, date(2026, 5, 20));
            let election =
                analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Election).expect("election");
            assert_eq!(election.participants, vec![expected.to_owned()], "{text}");
        }
    }

    #[test]
    fn a_state_or_group_that_hits_something_with_arms_made_a_strike() {
        let strike = strike_in(
            "Hezbollah hit a radar station near the old border post with Syria with drones on Monday.",
            date(2004, 2, 3),
        );
        assert_eq!(strike.participants[0], "Hezbollah");
        for look_alike in [
            "Russia hit Ukraine with sanctions on Monday.",
            "Iran struck a deal with Oman on Monday, with missiles left out of it.",
        ] {
            let a = article(look_alike, date(2004, 2, 3));
            assert!(analyse(&a).mentions.iter().all(|m| m.kind != EventKind::Strike), "{look_alike}");
        }
    }

    #[test]
    fn a_cross_border_raid_is_a_strike() {
        let strike =
            strike_in("Two soldiers were captured in a cross-border raid on Sunday.", date(2004, 2, 3));
        assert_eq!(strike.trigger, "cross-border raid");
    }

    #[test]
    fn armed_men_crossing_a_border_or_carrying_out_a_raid_strike() {
        let day = date(2009, 6, 8);
        for (text, trigger) in [
            (
                "On Friday, naval commando units carried out a raid on a rebel camp.",
                "units carried out a raid",
            ),
            ("Early on Saturday, tanks rolled into the northern town.", "tanks rolled into"),
            ("In March, Ruritanian troops crossed into the disputed valley.", "troops crossed into"),
            ("A roadside bomb wounded two soldiers near the depot on Sunday.", "bomb wounded"),
        ] {
            assert_eq!(strike_in(text, day).trigger, trigger, "{text}");
        }
        // The police's raids, and a crowd that pours into a square, are none.
        for look_alike in [
            "On Friday, police carried out a raid on the newspaper's offices.",
            "On Friday, crowds poured into the main square to celebrate.",
        ] {
            assert!(events_in(look_alike, day).is_empty(), "{look_alike}");
        }
    }

    #[test]
    fn elected_reports_an_election_only_with_a_date_after_it() {
        let day = date(2012, 4, 2);
        let elections = |text: &str| -> Vec<String> {
            events_in(text, day).into_iter().filter(|e| e.0 == EventKind::Election).map(|e| e.1).collect()
        };
        assert_eq!(elections("Moreau, elected in May 2010, took a gamble on the talks."), ["2010-05"]);
        assert_eq!(elections("Lindqvist was elected president of Sweden on Sunday."), ["2012-04-01"]);
        assert_eq!(elections("Voters will approve the charter in a plebiscite next year."), ["2013"]);
        for look_alike in [
            "The elected assembly sat late into the night.",
            "Brandt was elected in Ohio as a young man.",
            "Elected officials criticised the budget on Friday.",
            "The newly elected parliament meets on Monday.",
            "The board elected Ines Roth chairwoman on Wednesday.",
            "Okafor was re-elected by the membership in June.",
        ] {
            assert!(elections(look_alike).is_empty(), "{look_alike}");
        }
    }

    #[test]
    fn a_telephonic_conversation_and_a_working_lunch_are_events() {
        let day = date(2011, 9, 9);
        let kinds =
            |text: &str| -> Vec<EventKind> { events_in(text, day).into_iter().map(|e| e.0).collect() };
        assert_eq!(
            kinds("Rao and Prime Minister Hasan Ali had a telephonic conversation on Tuesday."),
            [EventKind::Call]
        );
        assert_eq!(
            kinds("The minister had a working lunch with Prime Minister Ana Duval on Tuesday."),
            [EventKind::Meeting]
        );
    }

    #[test]
    fn care_for_the_wounded_an_attack_on_computers_or_ideals_and_a_committee_are_no_events() {
        let day = date(2016, 1, 27);
        for look_alike in [
            "The President visited wounded soldiers at the military hospital on Monday.",
            "Consular officials visited the detainees on Friday.",
            "The minister was due to meet French soldiers stationed in Dakar on Friday.",
            "Officials said the cyber attack on the ministry's servers began on Monday.",
            "The opposition called the arrests an attack on the will of the people on Monday.",
            "The council's planning sub-committee will meet on Thursday to discuss the cost.",
        ] {
            assert!(events_in(look_alike, day).is_empty(), "{look_alike}");
        }
    }

    #[test]
    fn an_indirect_question_reports_no_event() {
        let day = date(2012, 11, 15);
        let asked = events_in("Asked on Thursday whether he would meet Whitcomb soon, Xu only smiled.", day);
        assert!(asked.iter().all(|e| e.2 == EventStatus::Unreal), "{asked:?}");
        let denied = events_in("The minister has no plans at present to visit Quito.", day);
        assert!(denied.iter().all(|e| e.2 == EventStatus::Unreal), "{denied:?}");
    }

    #[test]
    fn a_roundups_paragraph_opened_by_a_country_in_capitals_is_about_it() {
        let text = "LONDON, May 2 - Voters go out across the world.\n\nCHILE: Sunday's runoff \
                    between two governors was too close to call. The loser conceded late.\n\n\
                    NEW ZEALAND: The general election on May 30 will be the first under the new \
                    rules.\n\nKENYA. President Otieno, sworn in after winning the August \
                    election, made his first trips abroad to Kampala and Kigali.";
        let a = article(text, date(2026, 5, 4));
        let elections: Vec<Vec<String>> = analyse(&a)
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Election)
            .map(|m| m.participants)
            .collect();
        assert_eq!(elections, [["Chile"], ["New Zealand"], ["Kenya"]]);
    }

    #[test]
    fn talks_of_the_government_with_an_armed_group_are_its_homelands() {
        let talks = |text: &str| {
            let a = article(text, date(2016, 8, 1));
            let m = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Talks).expect("talks");
            m.participants
        };
        assert_eq!(
            talks("Intro. Talks between the government and the FARC rebels opened in Havana on Monday."),
            vec!["Colombia".to_string(), "FARC".to_string()]
        );
        // A government a country qualifies is that country's already.
        assert_eq!(
            talks("Intro. Talks between the Colombian government and the ELN resumed in Quito."),
            vec!["Colombia".to_string(), "ELN".to_string()]
        );
        // "Zapatista" names its group; the government's own talks are its.
        assert_eq!(
            talks("Intro. The government's talks with the Zapatista rebels resume in April."),
            vec!["Mexico".to_string(), "Zapatistas".to_string()]
        );
        // Across from a side of no homeland, in a story filed at home, the home country's.
        assert_eq!(
            talks(
                "COLOMBO - The government and the International Monetary Fund reached a deal today, \
                 ending nine days of talks with the Finance Ministry."
            ),
            vec!["Sri Lanka".to_string(), "IMF".to_string()]
        );
        // With no article after "between", and the army for the state.
        assert_eq!(
            talks("Intro. Formal talks between government and Renamo delegations opened in Maputo in July."),
            vec!["Mozambique".to_string(), "Renamo".to_string()]
        );
        assert_eq!(
            talks("Intro. Saudi Arabia hosted talks between army and RSF delegations in Jeddah in May."),
            vec!["Sudan".to_string(), "Rapid Support Forces".to_string()]
        );
        // Not "between" them: talks whose only side is an armed group are with the
        // government it fights; a state named as a side stays the only one besides it.
        assert_eq!(
            talks("Intro. Back in 2014 the ELN and the government of the day opened exploratory talks."),
            vec!["Colombia".to_string(), "ELN".to_string()]
        );
        assert_eq!(
            talks("Intro. The Houthis and Saudi Arabia opened talks in Riyadh on Monday."),
            vec!["Houthis".to_string(), "Saudi Arabia".to_string()]
        );
    }

    #[test]
    fn a_strike_naming_one_side_is_in_the_war_the_article_names_it_in() {
        let strikes = |text: &str| {
            let a = article(text, date(2022, 10, 11));
            let mentions = analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Strike);
            mentions.map(|m| m.participants).collect::<Vec<_>>()
        };
        let sides = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        // The struck side alone, and the attacker alone.
        assert_eq!(
            strikes(
                "KYIV, Oct 10 - Russia launched missile strikes on Ukraine's cities on Monday. Three people \
                 were killed when a missile hit an apartment block in the western city of Lviv, the governor said."
            ),
            vec![sides(&["Russia", "Ukraine"]), sides(&["Ukraine", "Russia"])]
        );
        assert_eq!(
            strikes(
                "Intro. Eritrean jets bombed the Ethiopian town of Adigrat on Friday. In May 1998 Eritrean \
                 troops attacked and seized the border town of Badme."
            ),
            vec![sides(&["Eritrea", "Ethiopia"]), sides(&["Eritrea", "Ethiopia"])]
        );
        // A strike that names no side, in a story of one war, is that war's.
        assert_eq!(
            strikes(
                "KYIV, Oct 10 - Russia launched missile strikes on Ukraine's cities on Monday. Shelling of \
                 Vovchansk continued overnight on Tuesday, the governor said."
            ),
            vec![sides(&["Russia", "Ukraine"]), sides(&["Russia", "Ukraine"])]
        );
        // No other strike names a war: the one side stays alone.
        assert_eq!(
            strikes(
                "Intro. Three people were killed when a missile hit an apartment block in the western city of Lviv."
            ),
            vec![sides(&["Ukraine"])]
        );
    }

    #[test]
    fn a_summit_named_by_its_bloc_is_that_blocs_alone() {
        let summits = |text: &str| {
            let a = article(text, date(2019, 3, 4));
            let mentions = analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Summit);
            mentions.map(|m| m.participants).collect::<Vec<_>>()
        };
        // Two summits in one sentence: each takes the body that names it.
        assert_eq!(
            summits(
                "Intro. Ministers fly to Manila, where the ASEAN summit starts on Monday, and then \
                 to Ankara, which holds the NATO summit on Friday."
            ),
            vec![vec!["ASEAN".to_string()], vec!["NATO".to_string()]]
        );
        // Another bloc named around it is no side; nor after "of".
        assert_eq!(
            summits("Intro. At the Mercosur summit in Asuncion, Paraguay pressed for the deal with the EU."),
            vec![vec!["Mercosur".to_string()]]
        );
        assert_eq!(
            summits(
                "Intro. He will attend the annual summit of the OPEC ministers, with the backing of \
                 the Arab League."
            ),
            vec![vec!["OPEC".to_string()]]
        );
    }

    #[test]
    fn a_blocs_summit_is_the_blocs_alone() {
        let participants = |text: &str| {
            let a = article(text, date(2011, 5, 20));
            let summit =
                analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Summit).expect("summit");
            summit.participants
        };
        // Members, guests and the agenda are not its sides.
        assert_eq!(
            participants(
                "Intro. ASEAN leaders closed a summit in Hanoi on Friday still split over Myanmar's junta."
            ),
            vec!["ASEAN".to_string()]
        );
        assert_eq!(
            participants(
                "Intro. Chancellor Lena Vogt flew to the NATO summit, where Georgia hopes for a date."
            ),
            vec!["NATO".to_string()]
        );
        // A summit of no bloc keeps its sides.
        assert_eq!(
            participants("Intro. Brazil and Argentina held a summit in Montevideo on Friday."),
            vec!["Brazil".to_string(), "Argentina".to_string()]
        );
        // A summit named by its body alone is the body's, wherever it stands; its host stays.
        assert_eq!(
            participants("Intro. All eyes now turn to the G20 in Lima on Friday, where trade tops the list."),
            vec!["G20".to_string()]
        );
        assert_eq!(
            participants(
                "Intro. Portugal will host the G7 in Porto this summer, and Chile hopes for an invitation."
            ),
            vec!["Portugal".to_string(), "G7".to_string()]
        );
        assert_eq!(
            participants(
                "Intro. The G7 summit hosted by Portugal opens on Friday, and Chile hopes for an invitation."
            ),
            vec!["G7".to_string(), "Portugal".to_string()]
        );
    }

    #[test]
    fn a_planned_gathering_is_not_one_held_before_its_article() {
        let a = article(
            "Intro. The alliance summit, she said, would adopt a new strategy. In July 1997, at a summit \
             in Madrid, the alliance invited three countries to join.",
            date(1999, 3, 12),
        );
        let summits: Vec<Event> =
            extract(&[a]).events.into_iter().filter(|e| e.kind == EventKind::Summit).collect();
        assert_eq!(summits.len(), 2, "{summits:?}");
    }

    #[test]
    fn flying_back_to_ones_own_capital_is_no_visit() {
        let a = article(
            "FBI Director Tom Reyes toured Nairobi on Friday. Reyes flew to Washington after the press conference.",
            date(1998, 8, 21),
        );
        let visits: Vec<_> =
            analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Visit).collect();
        assert_eq!(visits.len(), 1, "{visits:?}");
        assert_eq!(visits[0].participants, vec!["Tom Reyes".to_owned()]);
    }

    #[test]
    fn a_planned_events_bare_weekday_is_the_coming_one() {
        // 2022-06-15 is a Wednesday: "his aides said" reads Monday as the last one.
        let a = article(
            "The foreign minister left for Oslo and will hold a meeting with the Norwegian premier on Monday, his aides said.",
            date(2022, 6, 15),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.status, EventStatus::Planned);
        assert_eq!(meeting.when.map(|w| w.span.value).as_deref(), Some("2022-06-20"));
        // A weekday another verb in the past holds keeps the last one.
        let dates_of = |text: &str| {
            let mentions = analyse(&article(text, date(2022, 6, 15))).mentions;
            mentions.into_iter().filter_map(|m| m.when.map(|w| w.span.value)).collect::<Vec<_>>()
        };
        let dates = dates_of(
            "The two sides will resume talks despite a raid that killed four guards on Monday, his aides said.",
        );
        assert!(!dates.iter().any(|d| d == "2022-06-20"), "{dates:?}");
        // A participle after "be" is a passive, no verb of the past.
        let a =
            article("A meeting with the Norwegian premier is being prepared for Monday.", date(2022, 6, 15));
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.when.map(|w| w.span.value).as_deref(), Some("2022-06-20"));
        // So does one a past form in the trigger or just before it holds.
        let a = article(
            "The Emir, who departed for Mecca on Monday and will return after the summit, said little.",
            date(2022, 6, 15),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.when.map(|w| w.span.value).as_deref(), Some("2022-06-13"));
        let dates = dates_of(
            "Diplomats had hoped Monday's call between President Ruiz and President Okafor would calm things.",
        );
        assert!(!dates.iter().any(|d| d == "2022-06-20"), "{dates:?}");
        // What happened keeps the last one.
        let a = article(
            "The foreign minister met the Norwegian premier on Monday, his aides said.",
            date(2022, 6, 15),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.when.map(|w| w.span.value).as_deref(), Some("2022-06-13"));
    }

    #[test]
    fn the_eve_said_in_the_present_is_the_articles_day() {
        let a = article(
            "Well, this is the eve of the Pope's visit to Chile, and hopes are high.",
            date(1998, 1, 20),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.when.map(|w| w.span.value).as_deref(), Some("1998-01-21"));
        assert_eq!(visit.status, EventStatus::Planned);
    }

    #[test]
    fn who_announces_a_visit_is_not_the_visitor() {
        let a = article(
            "President Ana Ruiz announced Wednesday that the boy's father was ready to travel to Chile.",
            date(2000, 3, 30),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert!(!visit.participants.contains(&"Ana Ruiz".to_owned()), "{:?}", visit.participants);
        let a =
            article("Defense Minister Tom Hale, ending a two-day visit to Chile, left.", date(2000, 3, 30));
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["Tom Hale".to_owned()]);
    }

    #[test]
    fn whom_a_visits_purpose_names_is_not_the_visitor() {
        let a = article(
            "Iran said a Libyan delegation was en route to Tehran to deliver President Ali Sayed's message.",
            date(1990, 8, 15),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert!(visit.participants.contains(&"Libya".to_owned()), "{:?}", visit.participants);
        assert!(!visit.participants.contains(&"Ali Sayed".to_owned()), "{:?}", visit.participants);
    }

    #[test]
    fn its_before_a_strike_is_the_country_named_before() {
        let strike = strike_in(
            "The council kept its embargo on Libya after its 1992 invasion of Chad, officials said.",
            date(1998, 3, 6),
        );
        assert!(strike.participants.iter().any(|p| p == "Libya"), "{:?}", strike.participants);
        assert!(strike.participants.iter().any(|p| p == "Chad"), "{:?}", strike.participants);
    }

    #[test]
    fn an_aside_of_saying_before_a_quote_lends_no_tense() {
        let a = article(
            "After a long meeting with the king, the minister said, ``Nothing would change.''",
            date(2005, 2, 1),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.status, EventStatus::Happened);
        assert!(meeting.when.is_some_and(|w| w.approximate), "news in the lede takes the article's day");
    }

    #[test]
    fn talking_to_someone_by_phone_is_a_call_but_not_to_the_press() {
        assert_eq!(calls_in("Intro. Her aunt said she had spoken to the girl's mother by phone twice."), 1);
        assert_eq!(calls_in("Intro. The envoy talked with Ahmed Ali over the telephone on Monday."), 1);
        assert_eq!(calls_in("Intro. The mayor spoke to reporters by telephone from his office."), 0);
        assert_eq!(calls_in("Intro. We spoke. By phone, nothing more was said."), 0);
        // Any text before the means, however written, is cut only at character boundaries.
        assert_eq!(
            calls_in("Zoë ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ by phone"),
            0
        );
    }

    #[test]
    fn an_event_hours_from_the_sentences_dated_event_is_on_its_day() {
        let days = |text: &str| -> Vec<(EventKind, Option<String>)> {
            analyse(&article(text, date(2023, 3, 10)))
                .mentions
                .into_iter()
                .filter(|m| m.kind != EventKind::Other)
                .map(|m| (m.kind, m.when.map(|w| w.span.value)))
                .collect()
        };
        let on_wednesday = Some("2023-03-08".to_owned());
        assert_eq!(
            days(
                "Intro. The chancellor spoke by phone with the president on Wednesday, hours after meeting the premier in Rome."
            ),
            vec![(EventKind::Call, on_wednesday.clone()), (EventKind::Meeting, on_wednesday)]
        );
        assert_eq!(
            days(
                "Intro. Minutes after meeting with the envoy, the king spoke by phone with the emir on Tuesday."
            ),
            vec![
                (EventKind::Meeting, Some("2023-03-07".to_owned())),
                (EventKind::Call, Some("2023-03-07".to_owned()))
            ]
        );
    }

    #[test]
    fn a_past_date_beside_an_event_agreed_to_is_the_agreeings() {
        let a = article(
            "The minister agreed to a meeting with the mayor earlier this week, but she withdrew.",
            date(2023, 3, 10),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!((meeting.status, meeting.when), (EventStatus::Planned, None));
        // A date ahead is the meeting's.
        let a = article("The minister agreed to a meeting next Tuesday with the mayor.", date(2023, 3, 10));
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.when.map(|w| w.span.value).as_deref(), Some("2023-03-14"));
    }

    #[test]
    fn a_report_that_an_event_may_happen_lends_no_date_to_one_that_did() {
        let text = "Intro one. Intro two. Intro three. Intro four. Intro five. The possibility of a meeting between Mayor Ann Roe and Tom Hale came up again on Thursday. Roe has already met with Hale.";
        let extraction = extract(&[article(text, date(2023, 3, 10))]);
        let meetings: Vec<_> = extraction.events.iter().filter(|e| e.kind == EventKind::Meeting).collect();
        assert_eq!(meetings.len(), 1, "{meetings:?}");
        assert_eq!(meetings[0].when, None);
    }

    #[test]
    fn a_strike_inside_another_country_is_on_it() {
        let sides = |text: &str| strike_in(text, date(2024, 2, 9)).participants;
        assert_eq!(sides("Intro. Chilean jets struck camps inside Peru on Monday."), vec!["Chile", "Peru"]);
        assert_eq!(
            sides("Intro. Chile carried out air strikes inside Peru on Monday."),
            vec!["Chile", "Peru"]
        );
    }

    #[test]
    fn talks_held_by_people_named_without_a_title_are_theirs() {
        let people = |text: &str| {
            let a = article(text, date(2024, 2, 9));
            // (Talks with one person are a meeting: see above.)
            let mention = analyse(&a)
                .mentions
                .into_iter()
                .find(|m| matches!(m.kind, EventKind::Talks | EventKind::Meeting));
            mention.expect("talks").participants
        };
        assert_eq!(
            people("Intro. Okafor and Lindqvist held talks in Oslo on Monday."),
            vec!["Lindqvist", "Okafor"]
        );
        assert_eq!(
            people("Intro. Okafor opened talks with Lindqvist on Monday."),
            vec!["Lindqvist", "Okafor"]
        );
        // Without a verb of holding them, the words before talks are not their subject.
        assert!(people("Intro. Okafor said talks would go on.").is_empty());
    }

    #[test]
    fn an_election_is_the_countrys_it_is_held_in() {
        let people = |text: &str| {
            let a = article(text, date(2024, 2, 9));
            let mention = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Election);
            mention.expect("election").participants
        };
        assert_eq!(
            people("Intro. Turnout was low in the snap election in Portugal on Sunday."),
            vec!["Portugal"]
        );
        assert_eq!(people("Intro. Counting began on Monday in Chile's runoff election."), vec!["Chile"]);
        // Whoever runs in it, the election is the country's alone.
        assert_eq!(
            people("Intro. Prime Minister Ines Lindqvist won the vote in the general election in Norway."),
            vec!["Norway"]
        );
        // A country named as a side keeps its place.
        assert_eq!(people("Intro. Peruvians voted in an election watched in Chile."), vec!["Peru"]);
    }

    #[test]
    fn an_election_is_a_countrys_not_a_bodys_nor_its_datelines() {
        let people = |text: &str| {
            let a = article(text, date(2024, 2, 9));
            let mention = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Election);
            mention.expect("election").participants
        };
        // An international body named around it is no side.
        assert_eq!(
            people("Intro. The Commonwealth sent observers to the general election in Malawi."),
            vec!["Malawi"]
        );
        assert!(
            !people("Intro. Old soldiers still talk about the UN-run election of 1989.")
                .contains(&"United Nations".to_owned())
        );
        // Unless the election is the body's own.
        assert!(
            people("Intro. Delegates met in Lusaka for the African Union's election of a new chairperson.")
                .contains(&"African Union".to_owned())
        );
        // Where the story was filed is no side of it.
        assert_eq!(
            people(
                "Intro.\n\nNairobi, 3 March 2025 - Observers praised the calm of the general election in Malawi."
            ),
            vec!["Malawi"]
        );
    }

    #[test]
    fn a_name_joined_to_the_subject_or_before_an_auxiliary_takes_part() {
        let people = |text: &str| {
            let a = article(text, date(2024, 2, 9));
            analyse(&a).mentions.into_iter().find(|m| m.kind != EventKind::Other).expect("event").participants
        };
        assert_eq!(people("Intro. Okafor and Lindqvist met in Oslo on Monday."), vec!["Lindqvist", "Okafor"]);
        assert_eq!(
            people("Intro. Okafor had held talks with Prime Minister Ines Lindqvist on Monday."),
            vec!["Ines Lindqvist", "Okafor"]
        );
        assert_eq!(people("Intro. Okafor also met Lindqvist on Monday."), vec!["Okafor", "Lindqvist"]);
        // A common noun joined by "and" is no one.
        assert_eq!(people("Intro. Officials and Lindqvist met on Monday."), vec!["Lindqvist"]);
    }

    #[test]
    fn people_named_without_a_title_next_to_a_meeting_or_call_take_part() {
        let people = |text: &str| {
            let a = article(text, date(1998, 5, 4));
            analyse(&a).mentions.into_iter().find(|m| m.kind != EventKind::Other).expect("event").participants
        };
        assert_eq!(people("Intro. Primakov met Annan in New York."), vec!["Primakov", "Annan"]);
        assert_eq!(
            people("Intro. Yasser Arafat spoke by phone with Hosni Mubarak."),
            vec!["Yasser Arafat", "Hosni Mubarak"]
        );
        // Common nouns, countries and known people are not new names.
        assert_eq!(people("Intro. Officials met Kofi Annan on Monday."), vec!["Kofi Annan"]);
        assert_eq!(people("Intro. Arafat met on Monday with Mubarak."), vec!["Arafat", "Mubarak"]);
        // A second name joined by "and", but no common noun.
        assert_eq!(
            people("Intro. Okafor met Lindqvist and Tanaka in Oslo."),
            vec!["Okafor", "Lindqvist", "Tanaka"]
        );
        assert_eq!(people("Intro. Okafor met Lindqvist and Officials in Oslo."), vec!["Okafor", "Lindqvist"]);
        // Any text around the trigger, however spaced, is cut only at character boundaries.
        for text in
            ["Intro. «Zoë» met—Ünal.", "Intro. Zoë\u{2003}met\u{2003}Ünal Ökte.", "Intro. (Zoë)met,Ünal"]
        {
            let _ = analyse(&article(text, date(1998, 5, 4)));
        }
        assert_eq!(
            people("Intro. Prime Minister Benjamin Netanyahu said Netanyahu met Clinton."),
            vec!["Benjamin Netanyahu", "Clinton"]
        );
    }

    #[test]
    fn a_phrase_of_the_medium_after_a_verb_of_speaking_makes_a_call() {
        assert_eq!(
            kinds_of("The chancellor spoke with President Emmanuel Macron by phone on Tuesday."),
            vec![EventKind::Call]
        );
        assert_eq!(kinds_of("She had talked to the boy's father by telephone."), vec![EventKind::Call]);
        // Across commas, but not across a subordinate clause: the phone is that clause's.
        assert_eq!(kinds_of("Macron spoke with Olaf Scholz, his ally, by phone."), vec![EventKind::Call]);
        assert_eq!(kinds_of("He spoke well of her while they talked by phone."), vec![EventKind::Call]);
        assert!(kinds_of("He spoke of the war when Putin sent word by phone.").is_empty());
        // Interviews and what is said by phone are no calls.
        assert!(kinds_of("The minister told reporters by phone that the road was closed.").is_empty());
        assert!(kinds_of("A spokesman said by phone that no one was hurt.").is_empty());
        // The verb is looked for in its sentence only.
        assert!(kinds_of("They talked. Orders came by phone.").is_empty());
    }

    #[test]
    fn a_quote_closed_inside_a_trigger_does_not_break_it() {
        for text in [
            "The army carried out a \"massive strike\" on rebel positions.",
            "The army carried out a ``massive strike'' on rebel positions.",
            "The army carried out a \u{201c}massive strike\u{201d} on rebel positions.",
        ] {
            assert_eq!(kinds_of(text), vec![EventKind::Strike], "{text}");
        }
    }

    #[test]
    fn conferring_is_talks_or_a_meeting_and_an_honour_conferred_is_neither() {
        assert_eq!(
            kinds_of("The two foreign ministers conferred in Geneva on Monday."),
            vec![EventKind::Talks]
        );
        assert_eq!(kinds_of("The envoy conferred with President Lula on Monday."), vec![EventKind::Meeting]);
        assert!(kinds_of("The university conferred an honorary degree on the poet.").is_empty());
    }

    #[test]
    fn blowing_up_a_plane_drones_and_barrages_are_attacks() {
        assert_eq!(
            kinds_of("Two men are suspected of blowing up an airliner over the sea."),
            vec![EventKind::Strike]
        );
        assert_eq!(kinds_of("The bridge was blown up by retreating troops."), vec![EventKind::Strike]);
        assert!(kinds_of("The row blew up into a crisis.").is_empty());
        for text in [
            "A drone attack hit the port overnight.",
            "The city was hit by a missile barrage on Friday.",
            "The army began a counteroffensive in the east.",
        ] {
            assert_eq!(kinds_of(text), vec![EventKind::Strike], "{text}");
        }
        assert_eq!(kinds_of("The premier talked with the king via video on Monday."), vec![EventKind::Call]);
    }

    #[test]
    fn what_is_reacted_to_does_not_take_the_reactions_date() {
        let day = date(2004, 6, 14);
        // The date is the protest's, the inquiry's, the claim's, not the strike's.
        for text in [
            "Farmers marched through the town on Monday to protest the army's rocket attack.",
            "Pupils demonstrated on Tuesday against the border air strikes.",
            "Detectives on Sunday were investigating the bombing of a ferry.",
            "A rebel group claimed responsibility on Sunday for the bombing of a depot.",
            "The governor on Monday blamed separatist rebels for the bombing of a bridge.",
            "Two men were charged on Friday in the bombing of the ferry.",
        ] {
            assert_eq!(dated_strike(text, day), None, "{text}");
        }
        // Its own date stays, before it or after it in its noun phrase.
        let text = "Pupils demonstrated on Tuesday against the June 2 air strikes.";
        assert_eq!(dated_strike(text, day).as_deref(), Some("2004-06-02"));
        let text = "A man was arrested in connection with the bombing of the ferry in May that killed six.";
        assert_eq!(dated_strike(text, day).as_deref(), Some("2004-05"));
        // Not reacted to: the verb's date is the strike's, and a visit "for talks" is the
        // talks' day.
        let text = "Army jets bombed the depot on Sunday.";
        assert_eq!(dated_strike(text, day).as_deref(), Some("2004-06-13"));
        let talks = analyse(&article("The envoy arrived on Monday for talks with the rebels.", day))
            .mentions
            .into_iter()
            .find(|m| m.kind == EventKind::Talks)
            .expect("talks");
        assert_eq!(talks.when.map(|w| w.span.value).as_deref(), Some("2004-06-14"));
        // Undated, a protested strike is still one event, and takes the date the article
        // gives it elsewhere.
        let text = "Farmers marched on Monday to protest the army's rocket attack. The rocket attack on Saturday hit a granary.";
        let strikes: Vec<Event> = extract(&[article(text, day)])
            .events
            .into_iter()
            .filter(|e| e.kind == EventKind::Strike)
            .collect();
        assert_eq!(strikes.len(), 1);
        assert_eq!(strikes[0].when.as_ref().map(|w| w.span.value.as_str()), Some("2004-06-12"));
        let text = "Farmers marched on Monday to protest the army's rocket attack.";
        assert_eq!(
            extract(&[article(text, day)]).events.iter().filter(|e| e.kind == EventKind::Strike).count(),
            1
        );
        // No-break spaces, two bytes each, are spaces too.
        let text = "Pupils demonstrated on Tuesday against the border bombing.".replace(' ', "\u{a0}");
        assert_eq!(dated_strike(&text, day), None);
    }

    #[test]
    fn an_undated_event_after_the_story_went_back_takes_that_older_date() {
        let day = date(2003, 5, 14);
        // The story goes back to an older month, then tells what happened then.
        let text = "The aid group said Wednesday it had lost touch with a surveyor. The man vanished near the dam in October 2001. Accounts differ. His convoy was crossing the river when rebel gunners shelled it.";
        let strike = strike_in(text, day);
        let when = strike.when.expect("dated");
        assert_eq!(when.span.value, "2001-10");
        assert!(when.approximate);
        // News of the day in the lede still takes the article's date.
        let text = "The aid group said Wednesday it had lost touch with a surveyor. Rebel gunners shelled the convoy.";
        assert_eq!(dated_strike(text, day).as_deref(), Some("2003-05-14"));
        // A period's bound ("since 2001") tells no story of that time.
        let text = "The dam has been closed since 2001. Rebel gunners shelled the convoy.";
        assert_eq!(dated_strike(text, day).as_deref(), Some("2003-05-14"));
        // News told in the simple past, not as background, keeps the article's day.
        let text = "The man vanished near the dam in October 2001. Rebel gunners shelled a convoy.";
        assert_eq!(dated_strike(text, day).as_deref(), Some("2003-05-14"));
        // The story coming back to the days of the article ends the older time.
        let text = "The man vanished near the dam in October 2001. Police said on Monday they had new leads. Rebel gunners shelled a convoy.";
        assert_eq!(dated_strike(text, day).as_deref(), Some("2003-05-14"));
    }

    #[test]
    fn a_states_strike_in_another_country_is_on_that_country() {
        let day = date(2004, 2, 3);
        let strike = strike_in("Dutch warplanes struck depots in Chile on Monday.", day);
        assert_eq!(strike.participants, vec!["Netherlands", "Chile"]);
        let strike = strike_in("Peruvian jets bombed a bridge near Quito on Sunday.", day);
        assert_eq!(strike.participants, vec!["Peru", "Ecuador"]);
        // What was hit, or whose soldiers died, made no strike: the place stays a place.
        let strike = strike_in("The Dutch embassy bombing in Santiago on Monday killed four.", day);
        assert_eq!(strike.participants, vec!["Netherlands"]);
        let strike =
            strike_in("Two Peruvian soldiers were killed in a bombing in northern Ecuador on Sunday.", day);
        assert_eq!(strike.participants, vec!["Peru"]);
        // Nobody's strike: the country is where it happened.
        let strike = strike_in("A car bomb exploded in Ecuador on Sunday.", day);
        assert!(strike.participants.is_empty(), "{:?}", strike.participants);
    }

    fn strikes_of(text: &str) -> Vec<EventMention> {
        analyse(&article(text, date(2004, 2, 3)))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Strike)
            .collect()
    }

    #[test]
    fn a_strike_made_by_others_is_another_strike() {
        let strikes = |text: &str| {
            extract(&[article(text, date(2004, 2, 3))])
                .events
                .into_iter()
                .filter(|e| e.kind == EventKind::Strike)
                .count()
        };
        // Each side's strike on the other: the sides are the same, the attackers are not.
        assert_eq!(
            strikes(
                "Peruvian jets bombed army posts in Ecuador on Monday. Hours later Ecuadorian artillery \
                 shelled a Peruvian border town, officials said."
            ),
            2
        );
        // The same attacker, or none named, is one strike told twice.
        assert_eq!(
            strikes(
                "Peruvian jets bombed army posts in Ecuador on Monday. Ecuador said Peruvian warplanes \
                 struck the posts before dawn."
            ),
            1
        );
        assert_eq!(
            strikes("Peruvian jets bombed army posts in Ecuador on Monday. The bombing killed six."),
            1
        );
        // The same attacker on another state's land is another strike.
        assert_eq!(
            strikes(
                "Syrian jets bombed a market in Mosul on Monday. Syrian troops stormed a camp near \
                 Tyre on Monday."
            ),
            2
        );
        // In one sentence too, each in a clause of its own with its own side named; not an
        // air raid shelter, and not the same side's strike told in two clauses.
        assert_eq!(
            strikes(
                "On Friday, Peruvian planes hit the airport, and within hours Ecuadorian aircraft \
                 bombed a Peruvian town."
            ),
            2
        );
        assert_eq!(
            strikes(
                "He asked about yesterday's bombing of a building which Ecuador says was an air raid \
                 shelter, and Peruvian jets struck again."
            ),
            1
        );
        assert_eq!(
            strikes("On Friday, Peruvian planes hit the airport, and Peruvian jets bombed the town."),
            1
        );
        // Joined by "and" in one clause, by crews armed with mortars.
        assert_eq!(
            strikes(
                "On Sunday evening, Peruvian mortar crews fired on Ecuadorian border posts near the river \
                 and Ecuadorian artillery shelled Peruvian positions near the pass."
            ),
            2
        );
        assert_eq!(strikes("TV crews hit the streets of Quito on Monday."), 0);
    }

    #[test]
    fn an_event_put_after_another_of_its_kind_is_another() {
        // "after", "before", "following" between two triggers of a kind, or opening the
        // first one's clause: an event cannot come after itself.
        assert_eq!(
            strikes_of("Chilean jets struck rebel camps on Tuesday after rebels shelled the port of Arica.")
                .len(),
            2
        );
        assert_eq!(
            strikes_of("After rebels shelled the port, Chilean jets struck their camps on Tuesday.").len(),
            2
        );
        assert_eq!(
            strikes_of("Israeli jets bombed the depots on Friday in retaliation for rocket fire on Haifa.")
                .len(),
            2
        );
        // A time of day is no event: one strike, told with two triggers.
        assert_eq!(strikes_of("Chilean jets struck before dawn on Tuesday, bombing rebel camps.").len(), 1);
    }

    #[test]
    fn what_arms_kill_destroy_or_damage_they_struck() {
        let strike = strike_in("A drone killed two soldiers near the border on Friday.", date(2004, 2, 3));
        assert_eq!(strike.kind, EventKind::Strike);
        let strike = strike_in("Turkish jets had destroyed rebel depots in the mountains.", date(2004, 2, 3));
        assert_eq!(strike.participants, vec!["Turkey"]);
        // A participle says what was done to them; a storm is no army.
        assert!(strikes_of("Two soldiers killed in the crash were buried on Friday.").is_empty());
        assert!(strikes_of("Two soldiers wounded by a mine were flown home.").is_empty());
        assert!(strikes_of("The storm destroyed a bridge on Friday.").is_empty());
    }

    #[test]
    fn a_strike_on_a_city_is_on_the_country_it_is_in() {
        let strike = strike_in(
            "Russian artillery shelled the southern city of Kherson on Thursday.",
            date(2004, 2, 3),
        );
        assert_eq!(strike.participants, vec!["Russia", "Ukraine"]);
        let strike = strike_in("Syrian jets bombed a market in Mosul on Sunday.", date(2004, 2, 3));
        assert_eq!(strike.participants, vec!["Syria", "Iraq"]);
        // A city is a place, never an actor: nobody's strike stays nobody's.
        let strike = strike_in("A car bomb exploded in Mosul on Sunday.", date(2004, 2, 3));
        assert!(strike.participants.is_empty(), "{:?}", strike.participants);
    }

    #[test]
    fn a_place_named_in_apposition_or_a_list_after_the_target_is_where_it_was_hit() {
        let strike = strike_in(
            "Russian missiles struck a fuel depot at Kolpino, a river town in Ukraine's south, on Monday.",
            date(2004, 2, 3),
        );
        assert_eq!(strike.participants, vec!["Russia", "Ukraine"]);
        let strike = strike_in(
            "On Monday Hamas gunmen attacked a bus depot, a school and a clinic in Haifa, killing four.",
            date(2004, 2, 3),
        );
        assert_eq!(strike.participants, vec!["Hamas", "Israel"]);
        // Only a place there counts: a speaker in apposition is no side.
        let strike = strike_in(
            "Syrian jets bombed a bridge near Aleppo, an Iranian adviser said on Monday.",
            date(2004, 2, 3),
        );
        assert_eq!(strike.participants, vec!["Syria"]);
    }

    #[test]
    fn a_participle_after_the_main_clause_is_the_subjects_strike() {
        let strike = strike_in(
            "Hamas replied on Tuesday, firing dozens of rockets into southern Israel.",
            date(2004, 2, 3),
        );
        assert_eq!(strike.participants, vec!["Hamas", "Israel"]);
        // The subject must open the sentence: a name further on is no subject.
        let strike =
            strike_in("Officials in Egypt said on Tuesday, firing rockets into the sea.", date(2004, 2, 3));
        assert!(!strike.participants.contains(&"Egypt".to_string()), "{:?}", strike.participants);
    }

    #[test]
    fn a_state_leading_a_coalition_or_a_side_in_the_perfect_made_the_strike() {
        let strike = strike_in(
            "On Friday the U.S.-led coalition carried out air strikes on Taliban positions.",
            date(2004, 2, 3),
        );
        assert_eq!(strike.participants, vec!["United States", "Taliban"]);
        let strike = strike_in("In May the Houthis had attacked Marib with drones.", date(2004, 2, 3));
        assert_eq!(strike.participants, vec!["Houthis", "Yemen"]);
        let strike = strike_in("Israel has bombed targets in Lebanon since Monday.", date(2004, 2, 3));
        assert_eq!(strike.participants, vec!["Israel", "Lebanon"]);
    }

    #[test]
    fn an_opening_place_before_a_states_troops_is_not_coordinated_with_them() {
        let strike = strike_in(
            "In the West Bank, Israeli troops backed by tanks stormed the camp on Monday.",
            date(2004, 2, 3),
        );
        assert_eq!(strike.participants, vec!["Israel", "Palestine"]);
    }

    #[test]
    fn when_a_group_is_hit_the_country_it_is_in_is_no_side() {
        let strike = strike_in("Turkish jets struck PKK camps in northern Iraq on Friday.", date(2004, 2, 3));
        assert_eq!(strike.participants, vec!["Turkey", "PKK"]);
        let strike = strike_in("American warplanes pounded Houthi positions across Yemen.", date(2004, 2, 3));
        assert_eq!(strike.participants, vec!["United States", "Houthis"]);
        // With no group hit, the country is.
        let strike = strike_in("Turkish jets struck villages in northern Iraq on Friday.", date(2004, 2, 3));
        assert_eq!(strike.participants, vec!["Turkey", "Iraq"]);
    }

    #[test]
    fn a_speaker_who_says_it_carried_out_a_strike_made_it() {
        let strike = strike_in(
            "The Israeli military said it had carried out air strikes on Friday.",
            date(2004, 2, 3),
        );
        assert_eq!(strike.attackers, vec!["Israel"]);
        assert_eq!(strike.participants, vec!["Israel"]);
        let strike = strike_in(
            "In Chad, the army said on Monday that its aircraft had struck rebel camps.",
            date(2004, 2, 3),
        );
        assert_eq!(strike.attackers, vec!["Chad"]);
        // A passive says what was done to the speaker.
        let strike = strike_in("Iran said on Monday it had been hit by air strikes.", date(2004, 2, 3));
        assert!(!strike.attackers.contains(&"Iran".to_string()), "{:?}", strike.attackers);
    }

    #[test]
    fn a_city_named_after_a_place_noun_is_what_a_strike_hit() {
        let day = date(2004, 2, 3);
        let strike =
            strike_in("An Armenian rocket struck a busy market of the city of Ganja on Sunday.", day);
        assert_eq!(strike.participants, vec!["Armenia", "Azerbaijan"]);
        let strike = strike_in("Russian drones attacked the Black Sea port of Odesa overnight.", day);
        assert_eq!(strike.participants, vec!["Russia", "Ukraine"]);
        // Past a comma the clause is another's.
        let strike = strike_in("Russian drones attacked a depot, far from the city of Odesa.", day);
        assert_eq!(strike.participants, vec!["Russia"]);
    }

    #[test]
    fn a_gathering_that_ran_from_one_day_into_the_next_spans_both_and_a_meeting_of_minds_is_none() {
        let r = date(2015, 7, 14);
        let text = "Intro. In Brussels, the euro summit that ran from Sunday afternoon into Monday morning \
                    produced an agreement.";
        assert_eq!(dated(text, r, EventKind::Summit).as_deref(), Some("2015-07-12TAF/2015-07-13TMO"));
        assert!(
            kinds_of("Intro. What the two sides need is a meeting of minds among their negotiators.")
                .is_empty()
        );
    }

    #[test]
    fn the_two_men_after_two_office_holders_never_named_are_their_countries() {
        let r = date(2019, 7, 1);
        let text = "Intro. The US President met the South Korean President on Sunday. The two men last \
                    spoke in May, by telephone.";
        assert_eq!(participants_of(text, r, EventKind::Call), vec!["United States", "South Korea"]);
        // Not "the two" of anything else: "the two Istanbul giants meet" names no sides.
        let text = "Intro. The US President met the South Korean President on Sunday. The two \
                    Istanbul giants meet in the final on Friday.";
        let meetings: Vec<Vec<String>> = analyse(&article(text, r))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Meeting)
            .map(|m| m.participants)
            .collect();
        assert!(!meetings.iter().skip(1).any(|p| p.len() == 2), "{meetings:?}");
    }

    #[test]
    fn an_anaphor_counted_back_in_its_own_words_is_not_the_summit_told_before() {
        let text = "Intro. EU leaders, at their spring summit in Brussels on Thursday and today, issued \
                    a statement. At the summit five days ago, the American, British and Spanish leaders \
                    gave the Council one more day.";
        let summits: Vec<String> = merge(&[analyse(&article(text, date(2003, 3, 21)))])
            .into_iter()
            .filter(|e| e.kind == EventKind::Summit)
            .filter_map(|e| e.when.map(|w| w.span.value))
            .collect();
        assert_eq!(summits, vec!["2003-03-20/2003-03-21", "2003-03-16"]);
    }

    #[test]
    fn a_missile_salvo_is_a_strike() {
        let strike = strike_in(
            "Intro. Iran's missile salvo at the Al Udeid air base in Qatar came on Monday.",
            date(2025, 6, 26),
        );
        assert_eq!(strike.participants, vec!["Iran", "Qatar"]);
    }

    #[test]
    fn each_day_a_plural_trigger_lists_is_an_event_of_its_own() {
        let r = date(2025, 8, 17);
        let days = |text: &str| -> Vec<String> {
            analyse(&article(text, r))
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Talks)
                .filter_map(|m| m.when.map(|w| w.span.value))
                .collect()
        };
        let text = "Intro. He pointed to the direct talks in Istanbul on 16 May, 2 June and 23 July.";
        assert_eq!(days(text), vec!["2025-05-16", "2025-06-02", "2025-07-23"]);
        let text = "Intro. The round-table talks of 26 November, 1 December and 6 December were dismissed.";
        assert_eq!(days(text).len(), 3);
        // Two days in a row are one span, and months one span too.
        assert_eq!(days("Intro. The talks on 9 and 10 November ended."), vec!["2025-11-09/2025-11-10"]);
        assert_eq!(days("Intro. The talks held in July and August 1985 failed.").len(), 1);
    }

    #[test]
    fn a_day_opening_the_sentence_before_a_comma_dates_the_subjects_event() {
        let r = date(2024, 11, 22);
        let text = "Intro. On Monday, leaders of the G20 opened their two-day summit in Rio.";
        assert_eq!(dated(text, r, EventKind::Summit).as_deref(), Some("2024-11-18/2024-11-19"));
    }

    #[test]
    fn a_strike_whose_only_side_is_an_armed_group_is_fought_with_the_state_it_fights() {
        let r = date(2022, 8, 8);
        let sides = |text: &str| strike_in(text, r).participants;
        let text =
            "Intro. On Saturday night ELN fighters attacked a police station in Saravena with explosives.";
        assert_eq!(sides(text), vec!["ELN".to_string(), "Colombia".to_string()]);
        let text = "Intro. Taliban fighters stormed a police post in Helmand on Friday.";
        assert_eq!(sides(text), vec!["Taliban".to_string(), "Afghanistan".to_string()]);
        let text = "Intro. A Taliban car bomb in Kabul killed 12 people on Friday.";
        assert_eq!(sides(text), vec!["Taliban".to_string(), "Afghanistan".to_string()]);
        // A side named is kept as named: the group's state is not added.
        let text = "Intro. Al-Shabab fighters attacked a Kenyan army base in Lamu on Friday.";
        assert!(!sides(text).contains(&"Somalia".to_string()), "{:?}", sides(text));
    }

    #[test]
    fn a_ships_flag_is_no_side_and_who_opens_a_relative_clause_made_the_strike() {
        let day = date(2004, 2, 3);
        let strike = strike_in(
            "It was the Houthis who fired two missiles at a Liberian-flagged tanker on Monday.",
            day,
        );
        assert_eq!(strike.participants, vec!["Houthis"]);
        assert_eq!(strike.attackers, vec!["Houthis"]);
        let strike =
            strike_in("Hamas, which fired rockets at a Panama-registered freighter, said nothing.", day);
        assert_eq!(strike.attackers, vec!["Hamas"]);
        assert_eq!(strike.participants, vec!["Hamas"]);
    }

    #[test]
    fn bombs_dropped_and_armed_men_of_every_name_make_strikes() {
        let day = date(2004, 2, 3);
        let strike =
            strike_in("Chadian jets crossed the border and dropped bombs near rebel camps on Friday.", day);
        assert_eq!(strike.kind, EventKind::Strike);
        assert_eq!(strikes_of("Gunmen stormed a police post in the hills on Friday.").len(), 1);
        assert_eq!(strikes_of("Maoists ambushed an army convoy on Sunday.").len(), 1);
    }

    #[test]
    fn an_attack_on_a_board_or_a_strike_at_a_mine_is_business() {
        assert!(strikes_of("Analysts saw the bid as an attack on the board of the company.").is_empty());
        assert!(
            strikes_of(
                "Intro. The strike, which began on Monday, has cut output at the mine, company figures show."
            )
            .is_empty()
        );
        // A state's attack stays one whatever else the sentence says.
        assert_eq!(
            strikes_of("Shares of the airline fell after the attack on Israeli troops near the border.")
                .len(),
            1
        );
    }

    #[test]
    fn armed_groups_of_the_gazetteer_are_sides() {
        let day = date(2004, 2, 3);
        let strike = strike_in("Lashkar-e-Taiba gunmen stormed a hotel in the city on Friday.", day);
        assert_eq!(strike.participants, vec!["Lashkar-e-Taiba"]);
        let strike = strike_in("Tamil Tigers fighters overran an army camp on Sunday.", day);
        assert_eq!(strike.attackers, vec!["Tamil Tigers"]);
    }

    #[test]
    fn whom_a_strike_is_blamed_on_by_a_verb_made_it() {
        let day = date(2023, 9, 26);
        let strike = strike_in(
            "A drone hit a fuel depot in the Kyrgyz town of Batken on Tuesday; Bishkek blames Tajikistan, which denies it.",
            day,
        );
        assert_eq!(strike.participants, vec!["Tajikistan", "Kyrgyzstan"]);
        let strike = strike_in("Moscow blames Chechen rebels for the apartment bombings in September.", day);
        assert_eq!(strike.attackers, vec!["Chechen rebels"]);
        // Accused of another deed, or blamed before the strike is told of, is no one's strike.
        let strike = strike_in(
            "\"It is an invasion,\" she said, and accused Rwanda of sending troops across the border.",
            day,
        );
        assert!(strike.participants.is_empty(), "{:?}", strike.participants);
        let strike = strike_in("Kenya blamed Somalia for the drought; a drone hit a camp in Gedo.", day);
        assert!(!strike.participants.contains(&"Somalia".to_owned()), "{:?}", strike.participants);
    }

    #[test]
    fn names_in_apposition_before_a_verb_of_holding_talks_are_its_sides() {
        let day = date(2023, 9, 26);
        assert_eq!(
            participants_of(
                "They confirmed that the heads of the security services, Almaz Tursunov and Saimumin \
                 Davlatzoda, will hold talks at Kyzyl-Bel tomorrow.",
                day,
                EventKind::Talks
            ),
            vec!["Almaz Tursunov", "Saimumin Davlatzoda"]
        );
        assert_eq!(
            participants_of(
                "The special representatives, National Security Adviser Sunil Bhatia and Foreign Minister \
                 Gao Feng, are due to hold their first talks in Beijing in December.",
                day,
                EventKind::Talks
            ),
            vec!["Sunil Bhatia", "Gao Feng"]
        );
        // Whoever speaks of the talks after the comma holds none.
        let sides = participants_of(
            "At a news conference, the government's chief negotiator, Julio Ossa, said the talks \
             with the FARC would be about ending the war.",
            day,
            EventKind::Talks,
        );
        assert!(!sides.contains(&"Julio Ossa".to_owned()), "{sides:?}");
    }

    #[test]
    fn congo_alone_is_the_democratic_republic() {
        let sides = participants_of(
            "The foreign ministers of Congo and Rwanda held talks in Luanda on Wednesday.",
            date(2024, 2, 15),
            EventKind::Talks,
        );
        assert_eq!(sides, vec!["Democratic Republic of the Congo", "Rwanda"]);
        let sides = participants_of(
            "Angola hosted talks between the Republic of Congo and Gabon on Monday.",
            date(2024, 2, 15),
            EventKind::Talks,
        );
        assert!(sides.contains(&"Republic of the Congo".to_owned()), "{sides:?}");
    }

    #[test]
    fn the_words_of_south_asian_gulf_and_malaysian_desks() {
        // A military hotline is a phone; a named kind of polls is an election; "left for" is a
        // journey.
        let day = date(2014, 11, 5);
        assert_eq!(
            dated(
                "The Directors General of Military Operations spoke on the hotline on Tuesday.",
                day,
                EventKind::Call
            )
            .as_deref(),
            Some("2014-11-04")
        );
        assert_eq!(
            dated(
                "The party won the Uva Provincial Council polls on September 20.",
                day,
                EventKind::Election
            )
            .as_deref(),
            Some("2014-09-20")
        );
        assert!(kinds_of("Opinion polls show him ahead.").is_empty());
        assert_eq!(
            participants_of("Dr. Maryam bint Saeed Al Ketbi left for Kuwait today.", day, EventKind::Visit),
            vec!["Maryam bint Saeed Al Ketbi"]
        );
        // Honorifics are no part of a name; "Al" inside an Arabic name is a particle.
        assert_eq!(
            participants_of(
                "Malaysian Prime Minister Datuk Seri Kamaruddin Yusof called President Eduardo Salcedo on Friday.",
                day,
                EventKind::Call
            ),
            vec!["Kamaruddin Yusof", "Eduardo Salcedo"]
        );
        assert_eq!(
            participants_of(
                "His Highness Sheikh Mansour bin Rashid Al Nuaimi held a telephonic conversation today with \
                 Ibrahim Al-Mutlaq, Minister of Foreign Affairs of Saudi Arabia.",
                day,
                EventKind::Call
            ),
            vec!["Mansour bin Rashid Al Nuaimi", "Ibrahim Al-Mutlaq"]
        );
        assert_eq!(
            participants_of("Vice President Al Gore met Jiang Zemin on Monday.", day, EventKind::Meeting),
            vec!["Al Gore", "Jiang Zemin"]
        );
        // A body's meeting someone chairs is none; one with counterparts is.
        assert!(kinds_of("Mr Bhat later chaired a meeting of the Unified Headquarters in Jammu.").is_empty());
        assert_eq!(
            kinds_of(
                "On Sunday I chaired a meeting on East Timor with my counterparts from Japan and Canada."
            ),
            vec![EventKind::Meeting]
        );
        // An airport's name before a title is no one's.
        let people = participants_of(
            "Upon arrival at Bole International Airport, the Prime Minister was received by Rachel Atieno.",
            day,
            EventKind::Meeting,
        );
        assert!(!people.iter().any(|p| p.contains("Airport")), "{people:?}");
    }

    #[test]
    fn a_date_the_event_is_now_set_for_and_a_body_that_runs_elections() {
        let day = date(2018, 2, 24);
        assert_eq!(
            dated(
                "It was part of preparations for the Arab summit, now set for 25 March in Riyadh.",
                day,
                EventKind::Summit
            )
            .as_deref(),
            Some("2018-03-25")
        );
        assert_eq!(
            participants_of(
                "It was part of preparations for the Arab summit in Riyadh.",
                day,
                EventKind::Summit
            ),
            vec!["Arab League"]
        );
        let text = "In Cairo, the National Election Authority said preparations were complete for the \
                    presidential elections, scheduled for 26 to 28 March.";
        let elections: Vec<EventMention> = analyse(&article(text, day))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Election)
            .collect();
        assert_eq!(elections.len(), 1, "{elections:?}");
        assert_eq!(elections[0].when.as_ref().map(|w| w.span.value.as_str()), Some("2018-03-26/2018-03-28"));
    }

    #[test]
    fn an_attack_by_an_armed_group_is_a_strike_and_a_possessive_date_is_its_own() {
        let day = date(2019, 4, 11);
        let strike = strike_in("An attack by al-Shabaab on a police camp killed three on Saturday.", day);
        assert_eq!(strike.attackers, vec!["al-Shabab"]);
        let strike = strike_in("Troops repelled an attack by ISWAP terrorists on a base in Marte.", day);
        assert_eq!(strike.attackers, vec!["Islamic State West Africa Province"]);
        // Only a word of attacking: rounds fired by a group are told by their own trigger.
        let text = "As the ships docked, mortar rounds fired by the National Patriotic Front of Liberia landed near the quay.";
        let fired = analyse(&article(text, day))
            .mentions
            .into_iter()
            .filter(|m| {
                m.kind == EventKind::Strike
                    && &text[m.mention.trigger_start..m.mention.trigger_end] == "fired"
            })
            .count();
        assert_eq!(fired, 0);
        // Attacks feared have not happened.
        let feared = strike_in("Officials fear attacks by the Abu Sayyaf.", day);
        assert_eq!(feared.status, EventStatus::Unreal);
        // What is condemned takes the date of its own possessive, not the statement's.
        assert_eq!(
            dated("He condemned Saturday's attack on the police camp.", day, EventKind::Strike).as_deref(),
            Some("2019-04-06")
        );
        assert_eq!(
            dated(
                "Thousands marched on Monday to protest Friday's bombing of the market.",
                day,
                EventKind::Strike
            )
            .as_deref(),
            Some("2019-04-05")
        );
    }

    #[test]
    fn a_host_receives_a_countrys_office_holder_not_its_things() {
        let day = date(2019, 4, 11);
        assert_eq!(
            participants_of(
                "Deputy Prime Minister Abebe Kassa received Djibouti's Foreign Minister at his office today.",
                day,
                EventKind::Meeting
            ),
            vec!["Abebe Kassa", "Djibouti"]
        );
        assert_eq!(
            participants_of(
                "President Musa Aliyu Danladi received Chad's transitional leader on Friday.",
                day,
                EventKind::Meeting
            ),
            vec!["Musa Aliyu Danladi", "Chad"]
        );
        assert!(kinds_of("Putin received Bush's letter on Friday.").is_empty());
        // The Saudi king's style names his state, as the Kremlin names Russia's.
        assert_eq!(
            participants_of(
                "The Custodian of the Two Holy Mosques received a phone call on Tuesday from the Emir of Kuwait.",
                day,
                EventKind::Call
            ),
            vec!["Saudi Arabia", "Kuwait"]
        );
    }

    #[test]
    fn a_pronoun_that_holds_talks_with_someone_is_a_side() {
        let sides = participants_of(
            "President Ranjith Abeysekera arrived in Kathmandu yesterday. He is scheduled to hold bilateral \
             talks with Pakistani Prime Minister Mian Shahid Mahmood this morning.",
            date(2014, 11, 26),
            EventKind::Talks,
        );
        assert_eq!(sides, vec!["Mian Shahid Mahmood", "Ranjith Abeysekera"]);
        // Whom a verb joined by "and" after the talks names, and that one's country, are its.
        let sides = participants_of(
            "President Ranjith Abeysekera arrived in Kathmandu yesterday. On Friday, he will hold talks \
             with Nepalese Prime Minister Hari Koirala and meet Chinese President Liang Wenbo, his aide said.",
            date(2014, 11, 26),
            EventKind::Talks,
        );
        assert_eq!(sides, vec!["Hari Koirala", "Ranjith Abeysekera"]);
        // With an office named and no one: the pronoun and the office's country.
        let sides = participants_of(
            "Commissioner for Trade Ingrid Sjoberg travels to Mexico City on Monday. On Tuesday she will \
             hold talks with the Mexican Secretary of Economy on the trade pact.",
            date(2016, 7, 8),
            EventKind::Talks,
        );
        assert_eq!(sides, vec!["Ingrid Sjoberg", "Mexico"]);
        // Not a broker's talks between others.
        let sides = participants_of(
            "Special Envoy Helene Marchetti took up her post in May. In June she opened talks in Geneva \
             between the government and the Houthis.",
            date(2016, 7, 8),
            EventKind::Talks,
        );
        assert!(!sides.contains(&"Helene Marchetti".to_string()), "{sides:?}");
    }

    #[test]
    fn what_happened_overnight_is_on_the_articles_day() {
        let day = date(2024, 11, 7);
        let text = "Intro. Intro. She said that Russian drones struck the port of Odesa again overnight, killing three.";
        assert_eq!(dated(text, day, EventKind::Strike).as_deref(), Some("2024-11-07"));
        let text =
            "Intro. Intro. A rebel attack on a checkpoint near Karlivka overnight killed two soldiers.";
        assert_eq!(dated(text, day, EventKind::Strike).as_deref(), Some("2024-11-07"));
        // "overnight" of a noun says nothing of when.
        let text = "Intro. Intro. Shares fell on overnight losses in New York, a month after the bombing of the embassy.";
        assert_ne!(dated(text, day, EventKind::Strike).as_deref(), Some("2024-11-07"));
    }

    #[test]
    fn an_event_during_another_takes_its_days() {
        let day = date(2019, 4, 10);
        let text = "Ethiopian Prime Minister Berhanu Alemu arrives in Nairobi tomorrow for a two-day state visit, \
                    during which he will meet President Njoroge.";
        assert_eq!(dated(text, day, EventKind::Meeting).as_deref(), Some("2019-04-11/2019-04-12"));
        // A date of its own stays.
        let text = "Berhanu Alemu arrives in Nairobi tomorrow for a two-day state visit, during which he will \
                    meet President Njoroge on Friday.";
        assert_eq!(dated(text, day, EventKind::Meeting).as_deref(), Some("2019-04-12"));
    }

    #[test]
    fn a_national_election_body_names_its_country() {
        let day = date(2019, 4, 9);
        assert_eq!(
            participants_of(
                "In Mandera, the IEBC has postponed indefinitely the Lafey by-election, set for April 25.",
                day,
                EventKind::Election
            ),
            vec!["Kenya"]
        );
        assert_eq!(
            participants_of(
                "The Commission on Elections said the plebiscite will push through on Jan. 21.",
                day,
                EventKind::Election
            ),
            vec!["Philippines"]
        );
        // A body that runs elections is none of them.
        assert!(kinds_of("The Independent Electoral Commission published its report.").is_empty());
    }

    #[test]
    fn a_dateline_in_capitals_before_a_dash_gives_the_home_office_its_country() {
        let day = date(2018, 2, 19);
        for text in [
            "AMMAN — The King on Sunday received Saudi Foreign Minister Ibrahim Al-Mutlaq at Basman Palace.",
            "AMMAN: The King on Sunday received Saudi Foreign Minister Ibrahim Al-Mutlaq at Basman Palace.",
        ] {
            assert_eq!(
                participants_of(text, day, EventKind::Meeting),
                vec!["Ibrahim Al-Mutlaq", "Jordan"],
                "{text}"
            );
        }
    }

    #[test]
    fn a_short_title_in_capitals_is_an_acronym() {
        let talks = participants_of(
            "Angola will host talks between the foreign ministers of DR Congo and Rwanda next week.",
            date(2024, 2, 8),
            EventKind::Talks,
        );
        assert!(!talks.contains(&"Congo".to_owned()), "{talks:?}");
        assert!(talks.contains(&"Democratic Republic of the Congo".to_owned()), "{talks:?}");
    }

    #[test]
    fn armed_men_in_the_present_tense_make_a_strike() {
        // A timeline or a headline tells in the present.
        let day = date(2004, 2, 3);
        let strike = strike_in("March 3 - Eritrean jets bomb an army depot near the border.", day);
        assert_eq!(strike.attackers, vec!["Eritrea"]);
        let strike = strike_in("Chadian troops storm a rebel camp in the east.", day);
        assert_eq!(strike.attackers, vec!["Chad"]);
        let strike = strike_in("A Boko Haram suicide bomber rams an army convoy, killing nine.", day);
        assert_eq!(strike.attackers, vec!["Boko Haram"]);
        // "blamed on" belongs the agent to the group.
        let strike =
            strike_in("A suicide bomber blamed on al-Shabab killed twelve shoppers at a market.", day);
        assert_eq!(strike.attackers, vec!["al-Shabab"]);
        // Units after a demonym are armed, housing units are not.
        let strike = strike_in("Georgian units stormed the ridge on Friday.", day);
        assert_eq!(strike.attackers, vec!["Georgia"]);
        assert!(kinds_and_statuses("The new housing units hit the market in May.", day).is_empty());
    }

    #[test]
    fn where_a_states_ships_are_stands_between_it_and_its_strike() {
        let day = date(2004, 2, 3);
        let strike =
            strike_in("A French frigate in the Mediterranean fired cruise missiles at radar sites.", day);
        assert_eq!(strike.attackers, vec!["France"]);
        let strike =
            strike_in("Two U.S. destroyers in the Red Sea fired missiles at launch sites in Yemen.", day);
        assert_eq!(strike.participants, vec!["United States", "Yemen"]);
        let strike = strike_in("A Russian submarine near the coast launched cruise missiles at Odesa.", day);
        assert_eq!(strike.attackers, vec!["Russia"]);
    }

    #[test]
    fn who_a_strike_is_blamed_on_made_it() {
        let day = date(2016, 6, 15);
        let strike = strike_in(
            "He recalled the car bombings in Ankara in May, which the Turkish police blamed on the PKK, \
             and vowed to fight on.",
            day,
        );
        assert_eq!(strike.attackers, vec!["PKK"]);
        assert_eq!(strike.participants, vec!["PKK", "Turkey"]);
        let strike = strike_in("A suicide attack blamed on al-Shabab killed nine in Kismayo.", day);
        assert_eq!(strike.participants, vec!["al-Shabab", "Somalia"]);
        let strike = strike_in("The blast at the market in Kandahar was attributed to the Taliban.", day);
        assert_eq!(strike.attackers, vec!["Taliban"]);
    }

    #[test]
    fn an_answer_to_a_strike_is_another_strike_made_by_who_answers() {
        let day = date(2004, 2, 3);
        let strikes = |text: &str| -> Vec<Vec<String>> {
            extract(&[article(text, day)])
                .events
                .into_iter()
                .filter(|e| e.kind == EventKind::Strike)
                .map(|e| e.participants)
                .collect()
        };
        assert_eq!(
            strikes(
                "Peruvian drones struck a border post on Monday, and Ecuadorian units answered with mortar \
                 fire on the Peruvian town of Tumbes."
            ),
            // (The border post struck is the foe's in the war the answer names.)
            vec![vec!["Peru", "Ecuador"], vec!["Ecuador", "Peru"]]
        );
        let strike = strike_in("Indian gunners on the ridge returned fire on Pakistani posts.", day);
        assert_eq!(strike.attackers, vec!["India"]);
        assert_eq!(strike.participants, vec!["India", "Pakistan"]);
        let strike = strike_in("The Israeli army responded with air strikes on Hamas posts.", day);
        assert_eq!(strike.attackers, vec!["Israel"]);
        let strike = strike_in("The Nigerian air force retaliated with strikes on Boko Haram camps.", day);
        assert_eq!(strike.participants, vec!["Nigeria", "Boko Haram"]);
        // A day or a month between the verb and "with" is read past.
        let strike = strike_in("Ethiopia answered in June with air raids on Asmara.", day);
        assert_eq!(strike.participants, vec!["Ethiopia", "Eritrea"]);
        let strike = strike_in("Israel responded on Friday with air strikes on Gaza.", day);
        assert_eq!(strike.attackers, vec!["Israel"]);
        // Other words between are not.
        let strike = strike_in("Israel responded to questions about the air strikes on Gaza.", day);
        assert!(strike.attackers.is_empty(), "{:?}", strike.attackers);
    }

    #[test]
    fn what_a_strike_goes_into_or_a_gerund_takes_is_hit() {
        let day = date(2004, 2, 3);
        let strike = strike_in("The Ukrainian offensive into Russia's Belgorod region stalled.", day);
        assert_eq!(strike.participants, vec!["Ukraine", "Russia"]);
        let strike = strike_in("Russian troops pushed an offensive into Georgia on Friday.", day);
        assert_eq!(strike.participants, vec!["Russia", "Georgia"]);
        let strike = strike_in("That night NATO jets began bombing Serbia.", day);
        assert_eq!(strike.participants, vec!["NATO", "Serbia"]);
        let strike = strike_in("Eritrean guns began shelling Ethiopia at noon.", day);
        assert_eq!(strike.participants, vec!["Ethiopia"]);
        let strike = strike_in("Within hours the rebels were bombing Chad again.", day);
        assert_eq!(strike.participants, vec!["Chad"]);
    }

    #[test]
    fn a_groups_strike_in_a_country_is_on_it_and_a_states_army_makes_what_it_carries_out() {
        let day = date(2004, 2, 3);
        let strike = strike_in("Taliban fighters attacked a checkpoint in Kunduz on Friday.", day);
        assert_eq!(strike.participants, vec!["Taliban", "Afghanistan"]);
        let strike = strike_in("Al-Shabab gunmen raided a hotel in Kismayo overnight.", day);
        assert_eq!(strike.participants, vec!["al-Shabab", "Somalia"]);
        let strike = strike_in("Hamas gunmen attacked a bus in Haifa.", day);
        assert_eq!(strike.participants, vec!["Hamas", "Israel"]);
        // What the army carries out in its own country is the country's.
        let strike = strike_in("The army has carried out air strikes on PKK positions in Erbil.", day);
        assert_eq!(strike.attackers, vec!["Iraq"]);
        let strike = strike_in("The military conducted repeated air strikes on Taliban posts in Herat.", day);
        assert_eq!(strike.attackers, vec!["Afghanistan"]);
    }

    #[test]
    fn a_verbal_attack_or_a_mobs_is_no_strike_and_towns_of_wars_have_their_country() {
        let day = date(2004, 2, 3);
        for look_alike in [
            "The senator's verbal attack on the treaty drew applause.",
            "Her verbal attacks on Moscow went down well at home.",
            "The minister's car was attacked by a mob outside the stadium.",
            "The consulate was attacked by protesters on Friday.",
            "At the council the two delegations attacked each other's account for three hours.",
        ] {
            assert!(kinds_and_statuses(look_alike, day).is_empty(), "{look_alike}");
        }
        // Arms and words together are still a strike.
        assert!(
            !kinds_and_statuses("They condemned a verbal and military attack on the South.", day).is_empty()
        );
        for (text, country) in [
            ("Russian bombers struck Gori at dawn.", "Georgia"),
            ("Tajik drones hit Batken on Friday.", "Kyrgyzstan"),
            ("Missiles struck a hotel in the city of Kryvyi Rih.", "Ukraine"),
            ("Artillery shelled Yeonpyeong Island.", "South Korea"),
        ] {
            assert!(strike_in(text, day).participants.iter().any(|p| p == country), "{text}");
        }
    }

    #[test]
    fn an_agent_with_a_phrase_of_belonging_before_its_verb_makes_a_strike() {
        let day = date(2004, 2, 3);
        let strike =
            strike_in("Fighters linked to the Islamic State group ambushed a convoy on Monday.", day);
        assert_eq!(strike.participants, vec!["Islamic State"]);
        assert_eq!(strike.attackers, vec!["Islamic State"]);
        assert_eq!(strikes_of("Militiamen loyal to the general stormed the airport on Sunday.").len(), 1);
        // Where arms were fired from: its state made the strike.
        let strike = strike_in("A rocket fired from Syrian territory hit a school in Haifa on Monday.", day);
        assert_eq!(strike.participants, vec!["Syria", "Israel"]);
        // A comma closes the phrase: what follows is another clause's.
        assert!(
            strikes_of("Officials linked to the plan, who were ambushed by questions, said nothing.")
                .is_empty()
        );
    }

    #[test]
    fn an_agent_with_a_relative_clause_of_its_own_before_its_verb_makes_a_strike() {
        let day = date(2013, 1, 13);
        let strike =
            strike_in("Rafale jets that had taken off from France struck camps near Gao on Sunday.", day);
        assert!(strike.participants.iter().any(|p| p == "France"), "{:?}", strike.participants);
        assert_eq!(
            strikes_of("Two drones which were launched from Yemen hit a pipeline on Monday.").len(),
            1
        );
        // The clause's subject is another: the planes are what the storm hit.
        assert!(strikes_of("The planes that the storm hit on Monday were grounded.").is_empty());
        // No verb of striking after the clause.
        assert!(
            strikes_of("The jets that had been ordered from France arrived in Delhi on Monday.").is_empty()
        );
    }

    #[test]
    fn an_attacker_named_before_its_arms_and_where_they_left_from() {
        let day = date(2004, 2, 3);
        // Arms of two states, more than three words before the strike.
        let strike = strike_in(
            "Dutch and Spanish warplanes and attack helicopters bombed depots in Chile on Monday.",
            day,
        );
        assert_eq!(strike.participants, vec!["Netherlands", "Spain", "Chile"]);
        // Where they were launched from is neither a side nor the place.
        let strike = strike_in("Peruvian jets based in Colombia bombed a bridge near Quito on Sunday.", day);
        assert_eq!(strike.participants, vec!["Peru", "Ecuador"]);
        assert_eq!(strike.location.as_deref(), Some("Quito"));
        let strike = strike_in(
            "Dutch warplanes struck depots in Chile on Monday after taking off from bases in Peru.",
            day,
        );
        assert_eq!(strike.participants, vec!["Netherlands", "Chile"]);
        // Soldiers who died in a bombing made no strike, however many words between.
        let strike =
            strike_in("Peruvian soldiers guarding the border died in a bombing in Ecuador on Sunday.", day);
        assert_eq!(strike.participants, vec!["Peru"]);
    }

    #[test]
    fn a_states_forces_named_without_it_are_of_the_country_named() {
        let day = date(2004, 2, 3);
        // Of the land the strike is in.
        let strike = strike_in("Security forces shelled rebel camps in Peru on Monday.", day);
        assert_eq!(strike.participants, vec!["Peru"]);
        // Of the last country named before: the owner of a province, not the province, and
        // not a people.
        let text = "Heavy gunfire was heard in the Chilean province of Bolivia on Sunday. It is the \
                    third day of an offensive by the security forces against hamlets of ethnic Peruvians.";
        assert_eq!(strike_in(text, day).participants, vec!["Chile"]);
        // Rebels are no state's forces.
        let strike = strike_in("Rebel forces shelled the town in Peru on Monday.", day);
        assert!(strike.participants.is_empty(), "{:?}", strike.participants);
    }

    #[test]
    fn a_states_arms_an_armed_group_hits_are_of_the_state_it_fights() {
        let day = date(2004, 2, 3);
        let text = "Intro. Shining Path guerrillas ambushed an army convoy in the valley on \
                    Saturday, killing six soldiers.";
        assert_eq!(strike_in(text, day).participants, vec!["Shining Path", "Peru"]);
        let text = "Intro. Renamo gunmen attacked a police patrol in the north on Sunday.";
        assert_eq!(strike_in(text, day).participants, vec!["Renamo", "Mozambique"]);
        // What the group hit is no state's arms, but the strike is fought with that state all
        // the same (see `a_strike_whose_only_side_is_an_armed_group_is_fought_with_the_state_it_fights`).
        let text = "Intro. Renamo gunmen attacked a market in the north on Sunday.";
        assert_eq!(strike_in(text, day).participants, vec!["Renamo", "Mozambique"]);
    }

    #[test]
    fn an_embassy_named_without_its_owner_is_the_one_named_before() {
        let day = date(2004, 2, 3);
        let text = "Guards at the Dutch Embassy in Quito were questioned. On Monday a truck bomb damaged the embassy, killing four.";
        assert_eq!(strike_in(text, day).participants, vec!["Netherlands"]);
        let text = "The Dutch Embassy in Quito reopened. Police said the embassy bombing in Lima on Monday killed four.";
        assert_eq!(strike_in(text, day).participants, vec!["Netherlands"]);
        // No embassy hit, no owner.
        let text = "The Dutch Embassy in Quito reopened. A truck bomb damaged a market on Monday.";
        assert!(strike_in(text, day).participants.is_empty());
    }

    fn visitors(text: &str) -> Vec<String> {
        analyse(&article(text, date(2004, 2, 3)))
            .mentions
            .into_iter()
            .find(|m| m.kind == EventKind::Visit)
            .expect("visit")
            .participants
    }

    #[test]
    fn a_visitor_named_without_a_title_or_after_a_host_or_a_speaker() {
        // Named without a title right before the trigger.
        assert_eq!(visitors("Okonkwo arrived in Lima on Monday for a week of meetings."), vec!["Okonkwo"]);
        // Who hosts is named after the guest.
        assert_eq!(
            visitors("Prime Minister Ana Ruiz hosted President Tomas Berg in Oslo on Friday."),
            vec!["Tomas Berg", "Ana Ruiz"]
        );
        // The person a relative clause follows, not the main clause's subject.
        assert_eq!(
            visitors("Chancellor Ida Holm welcomed Premier Jon Dahl, who arrived in Bern on Friday."),
            vec!["Jon Dahl"]
        );
        // ... or the country of an office no one holds by name; not an office another serves.
        assert_eq!(
            visitors("The US Secretary of State, who flew to Islamabad on Saturday, met the President."),
            vec!["United States"]
        );
        assert_eq!(
            visitors(
                "Emir Ali received Tom Webb, Special Envoy of the UN Secretary-General, who arrived on Monday."
            ),
            vec!["Tom Webb"]
        );
        // Who says someone will travel is not the visitor, with or without "that".
        assert_eq!(
            visitors("Governor Ana Ruiz said Senator Tomas Berg would visit Peru next week."),
            vec!["Tomas Berg"]
        );
        // An aside between the visitor and the verb, however long, if it is a relative or a
        // participle's; whom it names makes no visit. A thing's aside leaves a thing.
        assert_eq!(
            visitors(
                "The French president, Paul Roux, whose country holds the presidency of the bloc, flew \
                 to Moscow on Tuesday."
            ),
            vec!["Paul Roux"]
        );
        assert_eq!(
            visitors("Its deputy leader, Sam Dube, freed from prison this month, flew to Lusaka on Tuesday."),
            vec!["Sam Dube"]
        );
        assert_eq!(
            visitors("Ana Ruiz, who met President Tomas Berg in May, flew to Kyiv on Tuesday."),
            vec!["Ana Ruiz"]
        );
        let shipment = "The first shipment, worth two million dollars, arrived in Moscow on Tuesday.";
        assert!(
            analyse(&article(shipment, date(2004, 2, 3))).mentions.iter().all(|m| m.kind != EventKind::Visit)
        );
        // A clause of its own subject after a relative one is no predicate of the opening.
        assert_eq!(
            visitors(
                "Ravi Iyer, who was 31 and a junior clerk when Premier Rohan Mathur became the first \
                 to visit China, watched it on his phone."
            ),
            vec!["Rohan Mathur"]
        );
    }

    #[test]
    fn a_hosts_verb_before_a_visit_makes_it_the_guests() {
        // The pronoun after the host's object is the guest, not the host going home.
        assert_eq!(
            visitors(
                "Pope Leo began a tour on Sunday. Chilean President Ana Soto greeted the pontiff when he arrived in Santiago."
            ),
            vec!["Leo"]
        );
        // "her visit" after the host's object, named by one word, is the guest's.
        assert_eq!(
            visitors("Peruvian President Luis Vega received Okonkwo during her visit to Lima on Monday."),
            vec!["Okonkwo"]
        );
        // A passive's agent is the host.
        assert_eq!(
            visitors("Mayor Ida Holm was welcomed by Peruvian President Luis Vega during her visit to Lima."),
            vec!["Ida Holm"]
        );
        // A host's own trigger: the guest's demonym is no destination, and the host at home
        // does not make it a return home.
        assert_eq!(
            visitors("Peruvian President Luis Vega hosted Chilean President Ana Soto in Lima on Monday."),
            vec!["Ana Soto", "Luis Vega"]
        );
        // "received" something else: no guest, no change.
        assert_eq!(
            visitors(
                "Governor Ana Ruiz, who received a letter during her visit to Paris on Monday, said nothing."
            ),
            vec!["Ana Ruiz"]
        );
    }

    #[test]
    fn a_pronoun_after_a_speaker_named_by_one_word_is_the_speaker() {
        let text = "Talks with Peru stalled. Okonkwo, speaking in Quito on Monday, said she would travel \
                    to Lima next week. Ecuador praised Okonkwo.";
        assert_eq!(visitors(text), vec!["Okonkwo"]);
        assert_eq!(
            visitors("Okonkwo told reporters she would visit Lima on Friday, aides of Okonkwo said."),
            vec!["Okonkwo"]
        );
        // A capitalised word no sentence has inside it is no one's name; nor is an adverb
        // before a subject of its own.
        let text = "Governor Ana Ruiz met the press. Sources said she would travel to Lima.";
        assert_eq!(visitors(text), vec!["Ana Ruiz"]);
        let text = "Governor Ana Ruiz met the press. However, aides said she would travel to Lima.";
        assert_eq!(visitors(text), vec!["Ana Ruiz"]);
    }

    #[test]
    fn visits_to_sites_and_private_visits_are_no_visits_of_state() {
        assert!(kinds_of("Inspection teams visited a total of seven other sites on Monday.").is_empty());
        assert!(kinds_of("The team made a six-hour tour of two chemical plants.").is_empty());
        assert!(kinds_of("The children were treated to theme-park visits and toys.").is_empty());
        assert_eq!(kinds_of("The premier visited Hanoi on Monday."), vec![EventKind::Visit]);
        // A trip joined to a visit of care is still a trip.
        assert_eq!(
            kinds_of(
                "The president flew to Batken this morning and visited wounded soldiers at the hospital."
            ),
            vec![EventKind::Visit]
        );
        // An effort of mediation is what it is made of (the envoy's trip), not talks.
        assert_eq!(kinds_of("In a new mediation effort, the envoy flew to Cairo."), vec![EventKind::Visit]);
    }

    #[test]
    fn only_someone_travelling_makes_a_visit() {
        for text in [
            "The first cargo of rice arrived in Lagos on Monday.",
            "A cold front arrived in Ohio on Tuesday.",
            "The carrier flies to 30 cities in the south.",
            "Two warships also arrived in Haifa on Friday.",
        ] {
            assert!(kinds_of(text).is_empty(), "{text}");
        }
        for text in [
            "The chancellor later arrived in Rome on Monday.",
            "Inspectors visited the capital on Monday.",
            "Senator Berg arrived in Lima on Monday.",
            "She arrived in Lima on Monday.",
            "The port was visited by the premier on Monday.",
            "The minister, visiting Hanoi on Monday, said trade would grow.",
            "The envoy has decided to travel to Quito next week.",
        ] {
            assert_eq!(kinds_of(text), vec![EventKind::Visit], "{text}");
        }
    }

    #[test]
    fn the_raid_or_the_attack_alone_names_no_strike_but_refers_back_to_one() {
        let events = |text: &str| {
            merge(&[analyse(&article(text, date(2001, 5, 2)))])
                .into_iter()
                .filter(|e| e.kind != EventKind::Other)
                .map(|e| e.kind)
                .collect::<Vec<_>>()
        };
        assert!(events("Lawyers for the family criticised the raid to seize the papers.").is_empty());
        assert!(events("Residents decried the attack on the clinic.").is_empty());
        assert_eq!(events("Rebels shelled the town. The attack killed six."), vec![EventKind::Strike]);
        // Armed forces named right after an attack make it one.
        assert_eq!(
            kinds_of("The hill was held against repeated attacks by the general's troops."),
            vec![EventKind::Strike]
        );
        assert!(
            !kinds_of("He suffered a heart attack while visiting the troops.").contains(&EventKind::Strike)
        );
        assert_eq!(
            events("Warplanes struck the depot on Monday. The raid killed ten."),
            vec![EventKind::Strike]
        );
    }

    #[test]
    fn dated_sentences_stay_in_order_of_first_mention_among_the_merged_events() {
        let first = article(
            "Markets fell on Monday. Putin met Xi on Tuesday. The river rose on Wednesday.",
            date(2019, 3, 8),
        );
        let second = Article {
            id: ArticleId(1),
            ..article("Putin met Xi on Tuesday, officials said. Rain fell on Thursday.", date(2019, 3, 8))
        };
        let Extraction { events, .. } = extract(&[first, second]);
        let seen: Vec<(u32, EventKind, Option<String>, usize)> = events
            .iter()
            .map(|e| (e.id.0, e.kind, e.when.as_ref().map(|w| w.span.value.clone()), e.mentions.len()))
            .collect();
        let on = |day: &str| Some(format!("2019-03-{day}"));
        assert_eq!(
            seen,
            vec![
                (0, EventKind::Other, on("04"), 1),
                (1, EventKind::Meeting, on("05"), 2),
                (2, EventKind::Other, on("06"), 1),
                (3, EventKind::Other, on("07"), 1),
            ]
        );
    }

    #[test]
    fn the_attack_on_what_armies_hit_names_a_strike_of_its_own() {
        let strikes = |text: &str| {
            merge(&[analyse(&article(text, date(2003, 6, 9)))])
                .into_iter()
                .filter(|e| e.kind == EventKind::Strike)
                .map(|e| (e.participants, e.when.map(|w| w.span.value)))
                .collect::<Vec<_>>()
        };
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<String>>();
        assert_eq!(
            strikes("The attack on the Dutch consulate in Lagos on Sunday wounded four guards."),
            vec![(names(&["Netherlands"]), Some("2003-06-08".to_owned()))]
        );
        assert_eq!(strikes("Rebels said the attacks against army outposts went on all week.").len(), 1);
        // Nothing that armies hit: it only refers back, and here to nothing.
        assert!(strikes("Neighbours condemned the attack on the bakery.").is_empty());
        // With a strike before it, it is that strike.
        assert_eq!(
            strikes(
                "Mortar fire hit the Dutch consulate on Sunday. The attack on the consulate wounded four."
            ),
            vec![(names(&["Netherlands"]), Some("2003-06-08".to_owned()))]
        );
        // A country or its demonym right after "on" is what armies hit, and raids on one
        // are strikes; a country after another noun and a preposition is not.
        assert_eq!(
            strikes("The raids on Libya on Sunday were the heaviest in years."),
            vec![(names(&["Libya"]), Some("2003-06-08".to_owned()))]
        );
        assert_eq!(strikes("The attack on Peruvian posts wounded four.").len(), 1);
        assert!(strikes("The raid on the farm in Libya found nothing.").is_empty());
        assert!(strikes("Neighbours condemned the attack on a shop in Peru.").is_empty());
        // Armed forces or their arms after "by" made it; a gunman's attack only refers back.
        assert_eq!(
            strikes("Officials condemned the attack by rebel drones on the depot on Sunday.").len(),
            1
        );
        assert_eq!(strikes("The raid by army troops on the village left six dead.").len(), 1);
        assert!(strikes("Neighbours condemned the attack by a gunman on the bakery.").is_empty());
    }

    #[test]
    fn more_strikes_by_their_weapon_and_who_claims_one_made_it() {
        assert_eq!(
            kinds_of("The navy launched cruise missiles at radar sites overnight."),
            vec![EventKind::Strike]
        );
        assert_eq!(kinds_of("A bomber blew himself up at a bus stop."), vec![EventKind::Strike]);
        let sides = |text: &str| strike_in(text, date(2003, 6, 9)).participants;
        assert_eq!(sides("Hezbollah claimed responsibility for the roadside bombing."), vec!["Hezbollah"]);
        // Who only speaks of it is still no side.
        assert!(sides("Hezbollah condemned the roadside bombing.").is_empty());
    }

    #[test]
    fn negotiations_with_no_one_named_are_no_diplomacy() {
        assert!(kinds_of("Negotiations broke down because the cousins wanted the house.").is_empty());
        assert_eq!(
            kinds_of("Negotiations between Chile and Peru broke down on Monday."),
            vec![EventKind::Talks]
        );
        assert_eq!(kinds_of("The peace talks broke down on Monday."), vec![EventKind::Talks]);
    }

    #[test]
    fn armed_forces_before_a_verb_of_attack_make_a_strike() {
        for text in [
            "Allied jets pounded hill positions on Sunday.",
            "Rebels on Monday ambushed a supply convoy.",
            "The army stormed the hilltop fort at dawn.",
            "Coastal gunners fired on two patrol boats.",
            "Heavy bombers dropped bombs on the depot.",
            "A bomb tore through a bus station on Friday.",
        ] {
            assert_eq!(kinds_of(text), vec![EventKind::Strike], "{text}");
        }
        for text in [
            "A storm struck the coast on Sunday.",
            "Rising prices hit the shops in May.",
            "Rebels struck a deal with the council on Monday.",
            "Market forces hit the bond price on Monday.",
        ] {
            assert!(kinds_of(text).is_empty(), "{text}");
        }
        // The state before its arms is a side, as with "warplanes struck".
        let strike = strike_in("Peruvian jets pounded positions in Ecuador on Sunday.", date(1995, 2, 1));
        assert!(strike.participants.iter().any(|p| p == "Peru"), "{:?}", strike.participants);
    }

    #[test]
    fn talks_and_meetings_among_companies_are_business() {
        for text in [
            "Acme Corp. said it held talks with Zenith Inc. about a joint venture.",
            "The two carriers resumed talks on Monday.",
            "Officials of the two banks met in Zurich on Thursday.",
            "Brandt & Sons negotiated the sale of the unit last week.",
        ] {
            assert!(kinds_of(text).is_empty(), "{text}");
        }
        // A state among the sides, or a capitalised Union or Bank, is no company.
        assert_eq!(
            kinds_of("Peru held talks with the state oil company on Monday."),
            vec![EventKind::Meeting]
        );
        assert_eq!(kinds_of("The European Union opened talks with Peru on Monday."), vec![EventKind::Talks]);
    }

    #[test]
    fn a_demonym_after_ethnic_names_a_people_not_its_state() {
        let sides = |text: &str| strike_in(text, date(1999, 3, 2)).participants;
        assert_eq!(sides("Serbian police shelled ethnic Albanian hamlets on Monday."), vec!["Serbia"]);
        assert_eq!(
            sides("Serbian police shelled Albanian border posts on Monday."),
            vec!["Serbia", "Albania"]
        );
        // A longer demonym holds a shorter one: "Papua New Guinean" is no Guinean.
        assert_eq!(
            sides("Papua New Guinean soldiers shelled Indonesian posts on Monday."),
            vec!["Papua New Guinea", "Indonesia"]
        );
    }

    #[test]
    fn a_past_verb_at_an_event_does_not_make_the_event_unreal() {
        let status =
            |text: &str| analyse(&article(text, date(1990, 8, 15))).mentions.first().map(|m| m.status);
        assert_eq!(
            status("He accepted a treaty he had rejected in peace talks in 1988."),
            Some(EventStatus::Happened)
        );
        assert_eq!(status("He had rejected the talks."), Some(EventStatus::Unreal));
        assert_eq!(status("They could meet at the summit."), Some(EventStatus::Unreal));
        // What was urged or proposed in a call was wished; the call was held.
        for text in [
            "Ana Ruiz urged Tom Kale to show restraint in a phone call on Tuesday.",
            "Ana Ruiz had proposed a truce in separate telephone calls to both leaders on Tuesday.",
            "Ana Ruiz did not mention the border during the call with Tom Kale on Tuesday.",
        ] {
            let found = analyse(&article(text, date(1990, 8, 15))).mentions;
            let call = found.iter().find(|m| m.kind == EventKind::Call);
            assert_eq!(call.map(|m| m.status), Some(EventStatus::Happened), "{text}");
        }
        // A past participle's "to" plans nothing: "an arrangement agreed to in talks".
        let found = analyse(&article(
            "Intro. Warships will guard the tankers, an arrangement agreed to in talks with Kuwait that ended in March.",
            date(1987, 5, 19),
        ))
        .mentions;
        let talks = found.iter().find(|m| m.kind == EventKind::Talks).expect("talks");
        assert_eq!(talks.status, EventStatus::Happened);
        assert_eq!(talks.when.as_ref().map(|w| w.span.value.as_str()), Some("1987-03"));
        assert_eq!(status("They agreed to hold talks in March."), Some(EventStatus::Planned));
        // Not a wish's own object, nor a modal's scene.
        assert_eq!(status("Ana Ruiz urged a summit on Tuesday."), Some(EventStatus::Unreal));
        assert_eq!(status("They could talk in a phone call on Tuesday."), Some(EventStatus::Unreal));
        // Asked for is not had.
        assert_eq!(
            status("Peru has asked for a call between the two presidents."),
            Some(EventStatus::Unreal)
        );
        assert_eq!(
            status("Requests by the charity to meet the generals went unanswered."),
            Some(EventStatus::Unreal)
        );
    }

    #[test]
    fn an_event_threatened_or_weighed_is_only_possible() {
        let r = date(2004, 6, 1);
        for text in [
            "Intro. The alliance is threatening air strikes against the militia.",
            "Intro. The premier is weighing a visit to Oslo.",
            "Intro. Ministers were warning the junta of air strikes.",
        ] {
            let statuses: Vec<EventStatus> =
                kinds_and_statuses(text, r).into_iter().map(|(_, s)| s).collect();
            assert_eq!(statuses, vec![EventStatus::Unreal], "{text}");
        }
        // Far from the trigger, the verb is another's: the strike happened.
        assert_eq!(
            kinds_and_statuses(
                "Intro. Militiamen threatening the port were hit by air strikes on Sunday.",
                r
            ),
            vec![(EventKind::Strike, EventStatus::Happened)]
        );
    }

    #[test]
    fn habits_and_inabilities_are_no_event() {
        let r = date(2004, 6, 1);
        let kinds = |text: &str| kinds_and_statuses(text, r);
        assert_eq!(
            kinds("Intro. The two sisters routinely talked by phone on Sundays."),
            vec![(EventKind::Call, EventStatus::Unreal)]
        );
        assert_eq!(
            kinds("Intro. For years the exiles were unable to visit Havana."),
            vec![(EventKind::Visit, EventStatus::Unreal)]
        );
        // A visit to relatives is a private one.
        assert!(kinds_of("Intro. On Monday the governor visited relatives in Lima.").is_empty());
        // Being ready or willing to go is no plan to: nothing is set.
        assert_eq!(
            kinds("Intro. The mayor said that the envoy was ready to travel to Lima."),
            vec![(EventKind::Visit, EventStatus::Unreal)]
        );
        assert_eq!(
            kinds("Intro. Lima is willing to host talks with Quito."),
            vec![(EventKind::Talks, EventStatus::Unreal)]
        );
    }

    #[test]
    fn an_arrival_in_a_year_is_no_visit() {
        assert!(kinds_of("Intro. His cousin came to Canada first, arriving in 1971.").is_empty());
        assert_eq!(
            kinds_of("Intro. The envoy, arriving in Oslo on Monday, said little."),
            vec![EventKind::Visit]
        );
    }

    #[test]
    fn every_person_of_a_subject_before_an_aside_makes_the_visit() {
        let a = article(
            "Intro. Also Friday, Mayor Ann Roe and Mayor Bob Poe, accompanied by a lawyer, flew to Ottawa.",
            date(2003, 4, 4),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["Ann Roe".to_string(), "Bob Poe".to_string()]);
    }

    #[test]
    fn an_office_holder_after_an_opening_place_and_before_an_aside_takes_part_for_the_country() {
        let text =
            "Intro. In Kabul, the US Secretary of Defense, who flew in yesterday, met the Afghan President.";
        assert_eq!(
            participants_of(text, date(2020, 3, 1), EventKind::Meeting),
            vec!["United States".to_string(), "Afghanistan".to_string()]
        );
    }

    #[test]
    fn a_verb_joined_after_a_dated_journey_past_a_reporting_aside_is_on_its_day() {
        let text = "Intro. Secretary of State Ann Lee is due in Oslo next Wednesday, the State Department \
                    said, and is to meet her Norwegian counterpart there.";
        assert_eq!(dated(text, date(2017, 4, 7), EventKind::Meeting).as_deref(), Some("2017-04-12"));
    }

    #[test]
    fn an_unnamed_office_holder_opening_the_sentence_is_whom_its_pronouns_stand_for() {
        let r = date(2019, 6, 30);
        // A subject pronoun after the office-holder, with someone else named a sentence before.
        let text = "Intro. Vice-Premier Lin Haobo spoke. The US President flew on to Seoul last night, \
                    and he is due to meet the South Korean President there this morning.";
        let meeting = participants_of(text, r, EventKind::Meeting);
        assert_eq!(meeting, vec!["United States".to_string(), "South Korea".to_string()]);
        let text = "Intro. Vice-Premier Lin Haobo spoke. The US President said that he would meet the \
                    Chinese President at the G20 summit.";
        let meeting = participants_of(text, r, EventKind::Meeting);
        assert_eq!(meeting, vec!["United States".to_string(), "China".to_string()]);
        // An object pronoun after an office-holder named after the subject.
        let text = "Intro. Talks were held. The French President had discussed Syria with the Saudi \
                    Crown Prince when he received him at the Elysee on Tuesday.";
        let mentions = analyse(&article(text, date(2018, 4, 14))).mentions;
        let received = mentions.iter().rfind(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(received.participants, vec!["France".to_string(), "Saudi Arabia".to_string()]);
    }

    #[test]
    fn calls_with_each_of_two_keep_their_caller_and_not_who_reports_them() {
        let calls = |text: &str, reference: Date| -> Vec<Vec<String>> {
            let mentions = analyse(&article(text, reference)).mentions.into_iter();
            mentions.filter(|m| m.kind == EventKind::Call).map(|m| m.participants).collect()
        };
        let text = "Intro. Talks were held. The US President spoke by telephone on Thursday with the \
                    Saudi Crown Prince and with the Russian President, the White House said.";
        assert_eq!(
            calls(text, date(2020, 4, 12)),
            vec![
                vec!["United States".to_string(), "Saudi Arabia".to_string()],
                vec!["United States".to_string(), "Russia".to_string()]
            ]
        );
        // The office said again after "and with".
        let text = "OTTAWA - Talks ended. The Prime Minister spoke by telephone this morning with the \
                    President of the United States and with the President of Mexico.";
        assert_eq!(
            calls(text, date(1992, 8, 12)),
            vec![
                vec!["Canada".to_string(), "United States".to_string()],
                vec!["Canada".to_string(), "Mexico".to_string()]
            ]
        );
        assert_eq!(
            kinds_of(
                "Intro. The Prime Minister flew to Brussels for a dinner with the Commission President."
            ),
            vec![EventKind::Visit, EventKind::Meeting]
        );
        // The Commission's President is the European Union's.
        let text = "Intro. Talks were held. The Irish Prime Minister and the Commission President \
                    spoke by telephone late on Wednesday evening.";
        assert!(
            participants_of(text, date(2020, 12, 25), EventKind::Call)
                .contains(&"European Union".to_string())
        );
    }

    #[test]
    fn an_attack_on_a_currency_or_a_market_share_and_a_blocs_ministers_are_no_events() {
        for text in [
            "Intro. The real fell, as speculators pressed their attack on the currency through the summer.",
            "Intro. Gulf delegates spoke of a coming attack on Russian market share.",
        ] {
            assert!(!kinds_of(text).contains(&EventKind::Strike), "{text}");
        }
        assert!(
            kinds_of("Intro. Bombers carried out an attack on a market in Gombe on Friday.")
                .contains(&EventKind::Strike)
        );
        assert!(
            !kinds_of("Intro. Energy ministers of the G20 also held a video call on Friday.")
                .contains(&EventKind::Summit)
        );
    }

    #[test]
    fn a_summit_that_names_no_side_is_of_the_last_summit_with_sides() {
        let text = "Intro. ECOWAS leaders met at a summit in Abuja on Thursday. That is why \
                    Thursday's summit worried me more than the first one. Their first summit, in Accra \
                    in July, agreed on nothing.";
        let summits: Vec<Vec<String>> = analyse(&article(text, date(2023, 8, 12)))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Summit)
            .map(|m| m.participants)
            .collect();
        assert!(!summits.is_empty());
        assert!(summits.iter().all(|p| *p == vec!["ECOWAS".to_string()]), "{summits:?}");
        // A bloc's summit told by its leaders' verb is the bloc's.
        let text = "Intro. Strikes hit. Arab leaders meet tomorrow in Dhahran for the Arab League's \
                    annual summit.";
        assert_eq!(
            participants_of(text, date(2018, 4, 14), EventKind::Summit),
            vec!["Arab League".to_string()]
        );
    }

    #[test]
    fn two_votes_each_of_its_own_date_are_two_elections() {
        let text = "Intro. Talks were held. The referendum of June 2016 and the general election of \
                    December 2019 left a government with a mandate.";
        let dates: Vec<Option<String>> = analyse(&article(text, date(2020, 12, 25)))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Election)
            .map(|m| m.when.map(|w| w.span.value))
            .collect();
        assert_eq!(dates, vec![Some("2016-06".to_string()), Some("2019-12".to_string())]);
    }

    #[test]
    fn whom_a_clause_of_where_names_is_no_subject_of_the_next_leg() {
        let text = "Intro. The envoy, Ann Roe, was in Sanaa from 2 to 5 June, where he met rebel leader \
                    Bob Poe, and travelled to Aden on 9 June for a meeting with President Sam Vale.";
        let mentions = analyse(&article(text, date(2018, 6, 12))).mentions;
        let visit = mentions.iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["Ann Roe".to_string()]);
        let meeting = mentions.iter().rfind(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["Sam Vale".to_string(), "Ann Roe".to_string()]);
    }

    #[test]
    fn a_pronoun_after_an_opening_phrase_stands_for_the_subject_who_met_the_last_person() {
        let participants = |text: &str| {
            let a = article(text, date(2003, 4, 4));
            let mentions = analyse(&a).mentions;
            mentions.into_iter().rfind(|m| m.kind == EventKind::Meeting).expect("meeting").participants
        };
        assert_eq!(
            participants(
                "Intro. Trade envoy Tom Ash landed in Lima and met Mayor Sam Vale. \
                 The next day he met Governor Lee Park."
            ),
            vec!["Lee Park".to_string(), "Tom Ash".to_string()]
        );
        // A verb of saying before the pronoun gives it another subject.
        assert_eq!(
            participants(
                "Intro. Trade envoy Tom Ash landed in Lima and met Mayor Sam Vale. \
                 Aides said he met Governor Lee Park."
            ),
            vec!["Lee Park".to_string(), "Sam Vale".to_string()]
        );
    }

    #[test]
    fn a_pronoun_after_a_meeting_stands_for_its_subject_not_the_counterpart() {
        let participants = |text: &str| {
            let a = article(text, date(2003, 4, 4));
            let mentions = analyse(&a).mentions;
            mentions.into_iter().rfind(|m| m.kind == EventKind::Meeting).expect("meeting").participants
        };
        assert_eq!(
            participants(
                "Intro. Secretary General Tom Ash ended a long meeting with President Sam Vale today. \
                 He is expected to meet with Foreign Minister Lee Park later."
            ),
            vec!["Lee Park".to_string(), "Tom Ash".to_string()]
        );
        // Without a counterpart, the last person named is still the one meant.
        assert_eq!(
            participants(
                "Intro. Minister Ida Berg has asked Senator Tom Hale to come. He will meet Governor Ray Lund."
            ),
            vec!["Ray Lund".to_string(), "Tom Hale".to_string()]
        );
    }

    #[test]
    fn what_follows_on_after_talks_is_their_topic() {
        let a = article(
            "Intro. On Monday, Chile and Peru conferred in Lima on sending a joint mission under a NATO flag.",
            date(2003, 4, 9),
        );
        let talks = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Talks).expect("talks");
        assert_eq!(talks.participants, vec!["Chile".to_string(), "Peru".to_string()]);
        // What a meeting is held to discuss is its topic too.
        let a =
            article("Intro. NATO envoys met on Monday to discuss the Peruvian air raid.", date(2003, 4, 9));
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["NATO".to_string()]);
    }

    #[test]
    fn whose_family_meets_is_not_at_the_meeting() {
        let a = article(
            "Intro. A meeting between Minister Ida Berg and Tom Hale's family took place on Monday.",
            date(2003, 4, 9),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["Ida Berg".to_string()]);
    }

    #[test]
    fn whose_visit_it_is_is_the_visitor() {
        let a = article(
            "Intro. The paper's Ann Roe writes on Mr. Hale's current visit to Chile.",
            date(2003, 4, 9),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["Hale".to_string()]);
    }

    #[test]
    fn a_region_named_after_a_country_is_not_that_country() {
        let a = article("Intro. Talks opened on Monday in a town near Northern Ireland.", date(2003, 4, 9));
        let talks = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Talks).expect("talks");
        assert!(talks.participants.is_empty(), "{:?}", talks.participants);
    }

    #[test]
    fn military_and_church_titles_and_the_pope() {
        let a = article(
            "Intro. The envoy, Lena Ruiz, met the army chief, Field Marshal Omar Haddad, on Monday. \
             Ruiz met Haddad again in Tobruk on Friday.",
            date(2019, 10, 2),
        );
        let meetings: Vec<_> =
            analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Meeting).collect();
        assert_eq!(meetings.len(), 2);
        for m in meetings {
            assert_eq!(m.participants, vec!["Lena Ruiz".to_string(), "Omar Haddad".to_string()]);
        }
        let a =
            article("Intro. The Pope arrived in Lima on Tuesday for a three-day visit.", date(2019, 10, 2));
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.participants, vec!["Vatican".to_string()]);
        let a = article("Intro. The cardinal met Patriarch Ilarion in Minsk on Tuesday.", date(2019, 10, 2));
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["Ilarion".to_string()]);
    }

    #[test]
    fn flying_into_a_city_and_returning_from_one_are_visits() {
        assert_eq!(
            kinds_of("Intro. President Ana Lopes flew into Auckland on Thursday."),
            vec![EventKind::Visit]
        );
        assert_eq!(
            kinds_of("Intro. The envoy, Jon Dahl, returned from Pyongyang on Monday."),
            vec![EventKind::Visit]
        );
        assert!(kinds_of("Intro. He and his wife returned home from synagogue on Friday.").is_empty());
        assert!(kinds_of("Intro. A suspect who was returned from Pakistan on Monday denied it.").is_empty());
        assert!(kinds_of("Intro. The poet returned from exile in Paris on Monday.").is_empty());
        // Going somewhere is a visit when the place is named.
        assert_eq!(
            kinds_of("Intro. The foreign minister will go to Moscow on Sunday."),
            vec![EventKind::Visit]
        );
        assert!(kinds_of("Intro. The senator went to court on Monday.").is_empty());
        // A place of the gazetteer opening on "The" is named.
        assert_eq!(
            kinds_of("Intro. The US President is expected in The Hague on Tuesday."),
            [EventKind::Visit]
        );
        assert!(kinds_of("Intro. The day before, Manuel went to Lazaro's home.").is_empty());
        assert_eq!(
            kinds_of("Intro. Prime Minister Ana Lopes makes a surprise stop in Lahore on Friday."),
            vec![EventKind::Visit]
        );
        assert!(kinds_of("Intro. The fighting stopped in Gaza on Monday.").is_empty());
        assert!(kinds_of("Intro. He waited at the bus stop in Lahore on Monday.").is_empty());
    }

    #[test]
    fn joining_by_video_link_a_conversation_by_telephone_and_a_one_to_one() {
        assert_eq!(
            kinds_of("Intro. President Ana Lopes joined the leaders by video link on Monday."),
            vec![EventKind::Call]
        );
        assert_eq!(
            kinds_of("Intro. They recalled their last conversation, held by telephone in June."),
            vec![EventKind::Call]
        );
        assert_eq!(
            kinds_of("Intro. President Ana Lopes and President Jon Dahl held a one-to-one on Monday."),
            vec![EventKind::Meeting]
        );
    }

    #[test]
    fn calling_on_someone_meets_them_unless_it_demands_something() {
        assert_eq!(
            kinds_of(
                "Intro. The speaker called on President Ana Lopes at her palace in May and invited her to Oslo."
            ),
            vec![EventKind::Meeting]
        );
        assert!(kinds_of("Intro. The envoy called on President Ana Lopes to free the prisoners.").is_empty());
        // Spoken "on phone", as some wires write it, is a call; meeting executives is business.
        assert_eq!(
            kinds_of("Intro. President Ana Lopes had spoken on phone with Kone on Monday."),
            vec![EventKind::Call]
        );
        assert!(
            kinds_of("Intro. The chairman will go to Toulouse next month to meet Airbus executives.")
                .iter()
                .all(|k| *k != EventKind::Meeting)
        );
        // Meeting students or reporters on a visit is a tour, not a meeting of sides.
        for text in [
            "Intro. On Monday the prime minister met with Chilean students studying in Lima.",
            "Intro. The minister met reporters after the talks on Friday.",
        ] {
            assert!(kinds_of(text).iter().all(|k| *k != EventKind::Meeting), "{text}");
        }
    }

    #[test]
    fn the_sides_of_a_negotiation_meeting_hold_talks() {
        assert_eq!(
            kinds_of("Intro. The mediator said the parties would meet again in Paris next month."),
            vec![EventKind::Talks]
        );
        assert_eq!(kinds_of("Intro. The two sides met in Oslo on Monday."), vec![EventKind::Talks]);
        assert_eq!(kinds_of("Intro. The two presidents met in Oslo on Monday."), vec![EventKind::Meeting]);
    }

    #[test]
    fn i_is_whoever_speaks() {
        let first = |text: &str, kind: EventKind| {
            let a = article(text, date(2019, 10, 2));
            analyse(&a).mentions.into_iter().find(|m| m.kind == kind).expect("event").participants
        };
        // An interview's answers: who gives it.
        let text = "Foreign Minister Ana Lopes spoke to our correspondent on Sunday.\n\nQ: And Russia?\n\n\
                    A: I spoke by phone with Jon Dahl on Thursday.";
        assert_eq!(first(text, EventKind::Call), vec!["Ana Lopes".to_string(), "Jon Dahl".to_string()]);
        // A quote: who the sentence says said it, not the first person named.
        let text =
            "Intro about Premier Li Wen. \"I will travel to Oslo next week,\" said President Ana Lopes.";
        assert_eq!(first(text, EventKind::Visit), vec!["Ana Lopes".to_string()]);
        // A quote no one is said to have said: no guess.
        let text = "Intro about Premier Li Wen. \"I will travel to Oslo next week.\"";
        assert!(first(text, EventKind::Visit).is_empty());
    }

    #[test]
    fn a_phone_call_with_the_leaders_of_several_countries_is_one_call_each() {
        let calls = |text: &str| -> Vec<Vec<String>> {
            let a = article(text, date(2016, 1, 7));
            analyse(&a)
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Call)
                .map(|m| m.participants)
                .collect()
        };
        let text = "Intro. Premier Li Wen spoke by telephone on Thursday with the leaders of Chile, Peru and Canada.";
        assert_eq!(
            calls(text),
            ["Chile", "Peru", "Canada"].map(|c| vec!["Li Wen".to_string(), c.to_string()])
        );
        // A video call is one of all, with every country listed (the list's commas cut no
        // side off); so is a call whose countries are not whom it was with.
        let text =
            "Intro. Premier Li Wen held a video call with the leaders of Chile, Peru and Canada on Monday.";
        assert_eq!(calls(text), vec![["Li Wen", "Chile", "Peru", "Canada"].map(String::from).to_vec()]);
        let text = "Intro. Premier Li Wen spoke by phone on Monday with the Saudi king, whose government \
                    fears an emboldened Iran, and invited him to Peru.";
        assert_eq!(calls(text).len(), 1);
    }

    #[test]
    fn the_meeting_before_any_meeting_is_the_gathering_reported() {
        assert_eq!(
            kinds_of(
                "Intro. The summit opened in Accra on Monday. The host of the meeting, Ana Lopes, spoke first."
            ),
            vec![EventKind::Summit, EventKind::Summit]
        );
        assert_eq!(
            kinds_of("Intro. Ana Lopes met Jon Dahl on Monday. The meeting lasted an hour."),
            vec![EventKind::Meeting, EventKind::Meeting]
        );
        // Face to face describes the talks; a meeting in whose place something was held was not.
        assert_eq!(
            kinds_of("Intro. Peru and Chile held their first face-to-face negotiations on Monday."),
            vec![EventKind::Talks]
        );
        let r = date(2020, 3, 17);
        let statuses = kinds_and_statuses(
            "Intro. Leaders held a video conference on Monday in place of a meeting in person.",
            r,
        );
        assert_eq!(
            statuses,
            vec![(EventKind::Call, EventStatus::Happened), (EventKind::Meeting, EventStatus::Unreal)]
        );
    }

    #[test]
    fn an_answer_in_arms_and_an_incursion_are_strikes() {
        assert_eq!(
            kinds_of("Intro. Eritrean aircraft hit back at Mekelle on Monday."),
            vec![EventKind::Strike]
        );
        assert_eq!(
            kinds_of("Intro. Israeli troops backed by tanks pushed into the camp on Monday."),
            vec![EventKind::Strike]
        );
        assert!(kinds_of("Intro. The minister hit back at his critics on Monday.").is_empty());
        assert!(kinds_of("Intro. Shoppers pushed into the store on Monday.").is_empty());
    }

    #[test]
    fn meeting_for_talks_is_the_talks_of_those_who_meet() {
        let r = date(2024, 2, 12);
        let events = |text: &str| -> Vec<(EventKind, Vec<String>)> {
            let mentions = analyse(&article(text, r)).mentions.into_iter();
            mentions.filter(|m| m.kind != EventKind::Other).map(|m| (m.kind, m.participants)).collect()
        };
        assert_eq!(
            events(
                "Christophe Ilunga and Emmanuel Gatera will meet again in Luanda next week for a second round of talks."
            ),
            vec![(EventKind::Talks, vec!["Christophe Ilunga".to_string(), "Emmanuel Gatera".to_string()])]
        );
        // Another verb between: the meeting stays one, which agreed on talks to come.
        let kinds: Vec<EventKind> =
            events("Ilunga and Gatera met in Oslo and agreed on a framework for talks.")
                .into_iter()
                .map(|e| e.0)
                .collect();
        assert_eq!(kinds.first(), Some(&EventKind::Meeting));
    }

    #[test]
    fn a_journey_to_places_each_on_its_own_day_is_a_visit_each() {
        let r = date(2023, 9, 26);
        let visits = |text: &str| -> Vec<(Option<String>, Option<String>)> {
            analyse(&article(text, r))
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Visit)
                .map(|m| (m.location, m.when.map(|w| w.span.value)))
                .collect()
        };
        let owned = |place: &str, day: &str| (Some(place.to_owned()), Some(day.to_owned()));
        // 2023-09-26 is a Tuesday; a planned journey's weekdays are the coming ones.
        assert_eq!(
            visits(
                "Minister Yerlan Dauletov is due in Bishkek on Thursday and in Dushanbe on Friday, his ministry said."
            ),
            vec![owned("Bishkek", "2023-09-28"), owned("Dushanbe", "2023-09-29")]
        );
        assert_eq!(
            visits(
                "Helena Sampaio will travel to Caracas on Wednesday and to Georgetown on Thursday, Brazilian officials said."
            ),
            vec![owned("Caracas", "2023-09-27"), owned("Georgetown", "2023-09-28")]
        );
        // Places with one date between them are one journey.
        assert_eq!(visits("Helena Sampaio will travel to Caracas and Georgetown next week.").len(), 1);
    }

    #[test]
    fn their_officials_opening_a_sentence_are_the_last_two_sides_and_caribbean_leaders_caricom() {
        let r = date(2025, 3, 12);
        let sides = |text: &str, kind: EventKind| participants_of(text, r, kind);
        assert_eq!(
            sides(
                "Guyana and Venezuela signed a declaration in December. Their foreign ministers held talks in \
                 Brasilia the following month.",
                EventKind::Talks
            ),
            vec!["Guyana", "Venezuela"]
        );
        assert_eq!(
            sides("Caribbean leaders will hold an emergency summit by video on Sunday.", EventKind::Summit),
            vec!["CARICOM"]
        );
    }

    #[test]
    fn a_day_after_someone_met_is_counted_back_from_the_clause_before() {
        let text = "Dauletov met the Tajik president on Friday, a day after he met Mr Osmonaliev in Bishkek.";
        let days: Vec<Option<String>> = analyse(&article(text, date(2023, 9, 29)))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Meeting)
            .map(|m| m.when.map(|w| w.span.value))
            .collect();
        assert_eq!(days, vec![Some("2023-09-29".to_string()), Some("2023-09-28".to_string())]);
    }

    #[test]
    fn a_visit_a_statement_was_made_during_is_on_its_day() {
        let r = date(2013, 1, 17);
        let text =
            "President Alain Moreau said on Tuesday during a visit to Abu Dhabi that the forces would stay.";
        assert_eq!(dated(text, r, EventKind::Visit).as_deref(), Some("2013-01-15"));
        let text = "The minister told reporters on Monday while visiting Lima that talks would go on.";
        assert_eq!(dated(text, r, EventKind::Visit).as_deref(), Some("2013-01-14"));
    }

    #[test]
    fn a_states_long_name_and_a_day_opening_a_sentence_are_no_ones_names() {
        let r = date(2023, 9, 28);
        let people = |text: &str, kind: EventKind| participants_of(text, r, kind);
        assert_eq!(
            people(
                "Today the President of the Republic of Kazakhstan had a telephone conversation with the \
                 President of the Kyrgyz Republic, Bakyt Osmonaliev.",
                EventKind::Call
            ),
            vec!["Bakyt Osmonaliev", "Kazakhstan"]
        );
        assert_eq!(
            people("Tomorrow Yerlan Dauletov will travel to Dushanbe.", EventKind::Visit),
            vec!["Yerlan Dauletov"]
        );
        // The longest name of a body wins over a shorter one inside it.
        assert_eq!(
            people(
                "Leaders will meet at the summit of the Commonwealth of Independent States in Bishkek.",
                EventKind::Summit
            ),
            vec!["Commonwealth of Independent States"]
        );
    }

    #[test]
    fn the_attack_on_a_city_blamed_on_a_state_is_a_strike() {
        // "the attack on" a city of the gazetteer is aimed, no reference back; who is blamed
        // for it (in the present too) made it.
        let strike = strike_in(
            "Intro. Saudi officials still blame Iran for the attack on Abqaiq four years ago, and Tehran denies it.",
            date(2023, 6, 18),
        );
        assert_eq!(strike.participants, ["Iran", "Saudi Arabia"]);
        assert_eq!(strike.when.map(|w| w.span.value).as_deref(), Some("2019"));
    }

    #[test]
    fn grenades_thrown_at_a_post_are_a_strike() {
        let strike = strike_in(
            "Intro. Militants of Hizbul Mujahideen threw grenades at a police post in Srinagar on Friday.",
            date(1999, 2, 21),
        );
        assert_eq!(strike.participants, ["Hizbul Mujahideen", "India"]);
        assert!(
            strike_found(
                "Intro. Riot police threw stun grenades at protesters in Tbilisi.",
                date(2019, 6, 21)
            )
            .is_none()
        );
    }

    #[test]
    fn two_names_received_are_two_guests() {
        let text = "Intro. The delegation was led by its national security adviser, Khalid al-Rashidi, and \
                    the other by Hossein Farahani, a council secretary. Later. The President received \
                    al-Rashidi and Farahani together at the palace on Friday.";
        let sides = participants_of(text, date(2023, 3, 11), EventKind::Meeting);
        assert_eq!(sides, ["Khalid al-Rashidi", "Hossein Farahani"]);
        // Two names of firms received are bids, no guests.
        assert!(
            !kinds_of("Intro. The company received Boeing and Airbus bids on Friday.")
                .contains(&EventKind::Meeting)
        );
    }

    #[test]
    fn days_of_a_month_spent_in_a_place_are_a_visit_and_an_invitation_accepted_a_plan() {
        let found = analyse(&article(
            "Intro. The Ukrainian President, who spent 7 and 8 July in Istanbul, asked Ankara for help.",
            date(2023, 7, 19),
        ))
        .mentions;
        let visit = found.iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.when.as_ref().map(|w| w.span.value.as_str()), Some("2023-07-07/2023-07-08"));
        let found = analyse(&article(
            "Intro. The Iranian President has accepted an invitation from the Saudi King to visit Riyadh.",
            date(2023, 3, 11),
        ))
        .mentions;
        let visit = found.iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!((visit.status, visit.when.is_none()), (EventStatus::Planned, true));
    }

    #[test]
    fn what_would_be_done_on_a_condition_after_it_is_no_plan() {
        let status = |text: &str| {
            analyse(&article(text, date(1999, 2, 22)))
                .mentions
                .into_iter()
                .find(|m| m.kind == EventKind::Visit)
                .map(|m| m.status)
        };
        assert_eq!(
            status(
                "Intro. The Pakistani Prime Minister would visit New Delhi \"if the atmosphere holds\", he said."
            ),
            Some(EventStatus::Unreal)
        );
        assert_eq!(
            status("Intro. He said the minister would visit Oslo on Friday even if talks fail."),
            Some(EventStatus::Planned)
        );
        assert_eq!(
            status("Intro. He said the envoy would travel to Geneva to see if a deal was possible."),
            Some(EventStatus::Planned)
        );
    }

    #[test]
    fn time_spent_with_someone_is_a_meeting() {
        for text in [
            "Intro. Nabil Khoury spent an hour with the US Secretary of State on Friday.",
            "Intro. He flew to Moscow and spent the afternoon with the Russian President.",
            "Intro. The envoys spent more than two hours with President Ana Ruiz at State House.",
            // A meal given or shared.
            "Intro. On Monday the host gave lunch to the US President.",
            "Intro. The Emir hosted a dinner for the French President on Monday.",
            "Intro. The Emir had lunch with the French President on Monday.",
        ] {
            assert!(kinds_of(text).contains(&EventKind::Meeting), "{text}");
        }
        // Money spent with someone, or a night with a crowd, is no meeting; days spent in a
        // place are a visit.
        assert!(
            !kinds_of("Intro. A businessman who spent part of Sunday night with chanting protesters spoke.")
                .contains(&EventKind::Meeting)
        );
        assert!(
            !kinds_of("Intro. The ministry spent millions with French contractors in Egypt.")
                .contains(&EventKind::Meeting)
        );
        assert_eq!(
            kinds_of("Intro. The Chinese premier spent two days in Sochi last week."),
            [EventKind::Visit]
        );
    }

    #[test]
    fn a_meeting_with_no_sides_is_a_body_sitting_or_a_diary_entry() {
        for text in [
            "Intro. The National Security Committee of Cabinet met yesterday and will meet again this afternoon.",
            "Intro. Please tell the desk before the 8am meeting.",
            "Intro. At a mass meeting in Le Havre, refinery workers voted narrowly to go on.",
            "Intro. Backbenchers opposed to the war met in a committee room on Tuesday.",
        ] {
            assert!(!kinds_of(text).contains(&EventKind::Meeting), "{text}");
        }
        // Sides told of but not named, someone met, or a meeting named: still a meeting.
        for text in [
            "Intro. The two leaders met in Oslo on Tuesday.",
            "Intro. They first met in Jolo in August last year.",
            "Intro. The king met the envoy on Tuesday.",
            "Intro. The Nairobi meeting ended on Tuesday.",
            "Intro. He spent the evening with the king, his first meeting with another Gulf leader.",
        ] {
            assert!(kinds_of(text).contains(&EventKind::Meeting), "{text}");
        }
    }

    #[test]
    fn a_plural_that_names_two_countries_names_both() {
        let sides = participants_of(
            "Intro. The two Koreas held a summit in Panmunjom on Friday. Officials were pleased.",
            date(2018, 4, 29),
            EventKind::Summit,
        );
        assert_eq!(sides, ["North Korea", "South Korea"]);
    }

    #[test]
    fn a_body_meeting_in_session_is_no_meeting_of_sides() {
        for text in [
            "Intro. The Security Council met in emergency session on Tuesday.",
            "Intro. The council, which met at the request of Peru, adopted a statement.",
            "Intro. The panel is expected to meet again next week.",
            "Intro. The judges met in chambers after the hearing.",
            "Intro. The Security Council, as you know, met in emergency session last night.",
            // Lawmakers in session, and a council named with its body.
            "Intro. Kyrgyz lawmakers met in emergency session on Monday.",
            "Intro. The Permanent Council of the Collective Security Treaty Organisation met today in Moscow.",
        ] {
            assert!(kinds_of(text).is_empty(), "{text}");
        }
        assert_eq!(kinds_of("Intro. The council met with the envoy on Monday."), vec![EventKind::Meeting]);
        assert_eq!(
            kinds_of("Intro. The committee met President Ana Lopes on Monday."),
            vec![EventKind::Meeting]
        );
        assert_eq!(kinds_of("Intro. The two presidents met in Geneva on Monday."), vec![EventKind::Meeting]);
        assert_eq!(
            kinds_of("Intro. The two presidents, aides said, met in Geneva on Monday."),
            vec![EventKind::Meeting]
        );
    }

    #[test]
    fn holding_or_having_a_call_with_someone_is_a_call() {
        assert_eq!(
            kinds_of("Intro. President Ana Lopes held a call on Monday morning with President Tomas Berg."),
            vec![EventKind::Call]
        );
        assert_eq!(
            kinds_of("Intro. She had a call with the Polish president on Friday."),
            vec![EventKind::Call]
        );
    }

    #[test]
    fn expected_or_due_in_a_place_is_a_planned_visit() {
        for text in [
            "Intro. Chancellor Ines Vogt is expected in Nairobi on Friday.",
            "Intro. The bloc's mediator, Sam Okoro, is due in Accra next week.",
            "Intro. Okoro had flown to Accra on Monday.",
            "Intro. Sam Okoro left Lagos. Okoro is due in Accra next week.",
            "Intro. The minister is expected in Paris on Friday.",
            "Intro. Secretary of State Ann Lee is still due in Oslo next Wednesday.",
        ] {
            assert_eq!(kinds_of(text), vec![EventKind::Visit], "{text}");
        }
        for text in [
            "Intro. A ruling is expected in Nairobi on Friday.",
            "Intro. Elections are due in the spring.",
            "Intro. Heavy losses are expected in London trading on Monday.",
            "Intro. Rain is expected in Paris on Tuesday.",
            "Intro. Snow is due in Berlin next week.",
            "Intro. The wounded were flown to Nairobi on Monday.",
        ] {
            assert!(!kinds_of(text).contains(&EventKind::Visit), "{text}");
        }
    }

    #[test]
    fn hosting_a_guest_named_after_the_verb_is_a_meeting() {
        for text in [
            "Intro. Chancellor Ines Vogt hosted Kenya's President Sam Okoro for dinner on Friday.",
            "Intro. On Friday Vogt hosted him at a gala in the old town hall.",
            "Intro. President Ines Vogt hosted her Kenyan counterpart at the chancellery on Friday.",
        ] {
            assert_eq!(kinds_of(text), vec![EventKind::Meeting], "{text}");
        }
        // A guest come to a city, a stay, a gathering hosted: no meeting.
        assert_eq!(
            kinds_of("Intro. President Vogt hosted her Kenyan counterpart in Berlin on Friday."),
            vec![EventKind::Visit]
        );
        assert_eq!(
            kinds_of("Intro. President Vogt has hosted Okoro since Thursday evening."),
            vec![EventKind::Visit]
        );
        assert!(!kinds_of("Intro. Egypt hosted two rounds of talks in Cairo.").contains(&EventKind::Meeting));
    }

    #[test]
    fn discussing_something_with_someone_is_a_meeting_but_not_with_the_press() {
        let a = article(
            "Intro. On Monday President Ana Lopes discussed the border dispute with Prime Minister Karl Brandt.",
            date(2003, 4, 9),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["Ana Lopes".to_string(), "Karl Brandt".to_string()]);
        assert!(kinds_of("Intro. The mayor discussed the budget with reporters on Monday.").is_empty());
        assert_eq!(
            kinds_of("Intro. The mayor discussed by phone with the governor the flood."),
            vec![EventKind::Call]
        );
        assert_eq!(
            kinds_of(
                "Intro. Gen. Ray Holt discussed the operations by secure telephone with the Saudi defence minister on Jan. 12."
            ),
            vec![EventKind::Call]
        );
        // "with someone" and "by telephone" after one verb: a call.
        assert_eq!(
            kinds_of(
                "Intro. The premier discussed the floods with President Ana Lopes by telephone on Monday."
            ),
            vec![EventKind::Call]
        );
    }

    #[test]
    fn a_relative_clause_s_subject_is_the_person_it_follows() {
        let a = article(
            "Intro. President Ana Lopes, who met Prime Minister Karl Brandt on Friday, said the mood was good.",
            date(2003, 4, 12),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["Karl Brandt".to_string(), "Ana Lopes".to_string()]);
    }

    #[test]
    fn an_unnamed_office_holder_before_a_relative_aside_takes_part_for_the_country() {
        let r = date(2023, 8, 2);
        let call = |text: &str| participants_of(text, r, EventKind::Call);
        let text = "Intro. On Monday the Nigerian President, who chairs ECOWAS, spoke by phone with the US \
                    Secretary of State.";
        assert_eq!(call(text), vec!["Nigeria".to_string(), "United States".to_string()]);
        let text = "Intro. The Polish President, who chaired the round table, telephoned Zarembo on Monday.";
        assert_eq!(call(text), vec!["Poland".to_string(), "Zarembo".to_string()]);
        // "Every" opening a sentence is no one's name.
        let text = "Intro. Every Foreign Minister spoke by phone with the US Secretary of State on Monday.";
        assert!(!call(text).contains(&"Every".to_string()), "{:?}", call(text));
    }

    #[test]
    fn talking_a_good_game_is_no_talks() {
        assert!(kinds_of("Intro. Diplomacy talks a good game in the week before a war.").is_empty());
    }

    #[test]
    fn receiving_a_call_from_someone_is_a_call() {
        let a = article(
            "Intro. Premier Li Wen received a call from President Ana Lopes on Monday.",
            date(2003, 4, 12),
        );
        let call = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Call).expect("call");
        assert_eq!(call.participants, vec!["Li Wen".to_string(), "Ana Lopes".to_string()]);
    }

    #[test]
    fn the_first_word_of_a_title_is_no_one() {
        let a = article("Intro. Officials met Foreign Minister Ali Reza on Monday.", date(2003, 4, 12));
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["Ali Reza".to_string()]);
    }

    #[test]
    fn an_anniversary_dates_what_it_remembers_years_back() {
        let r = date(2011, 9, 20);
        // The ordinal counts the years back from the day that marks it.
        assert_eq!(
            dated_strike(
                "Intro. Crowds gathered today, the 25th anniversary of the siege, an air raid on the port.",
                r
            )
            .as_deref(),
            Some("1986-09-20")
        );
        // An uncounted anniversary names no new strike and lends it no date.
        let strike = strike_in("Intro. Wreaths were laid on Tuesday on the anniversary of the bombing.", r);
        assert!(strike.anaphoric && strike.when.is_none(), "{strike:?}");
        // After an anniversary of something else, the sentence's own strike is news.
        assert_eq!(
            dated_strike(
                "Intro. In May, a day after the tenth anniversary of the treaty, a bombing in Vale killed two.",
                r
            )
            .as_deref(),
            Some("2011-05")
        );
    }

    #[test]
    fn a_strike_named_as_a_kind_of_thing_is_no_event() {
        let r = date(2003, 2, 1);
        let kinds = |text: &str| kinds_and_statuses(text, r);
        assert_eq!(
            kinds("Intro. The treaty guards the islands against a foreign invasion."),
            vec![(EventKind::Strike, EventStatus::Unreal)]
        );
        assert_eq!(
            kinds("Intro. Decades of embargo, armed invasions and sabotage shaped the town."),
            vec![(EventKind::Strike, EventStatus::Unreal)]
        );
        // Anchored by a date, a place or a side, an indefinite strike is news.
        assert_eq!(
            kinds("Intro. A bombing in Vale killed two guards on Friday."),
            vec![(EventKind::Strike, EventStatus::Happened)]
        );
        assert_eq!(
            kinds("Intro. It is the third day of an offensive by the border guards."),
            vec![(EventKind::Strike, EventStatus::Happened)]
        );
    }

    #[test]
    fn a_call_from_someone_to_someone_is_a_call_and_an_appeal_is_not() {
        assert_eq!(calls_in("Intro. Aides described a call from the governor to a party chairman."), 1);
        assert_eq!(calls_in("Intro. She mentioned a phone call from Ana Ruiz to Leo Brandt."), 1);
        assert_eq!(calls_in("Intro. There was a call from lawmakers for a ceasefire."), 0);
        assert_eq!(calls_in("Intro. The ban ended after a call from farmers to lift it."), 0);
        assert_eq!(calls_in("Intro. The mayor got a call from the governor on Monday."), 1);
    }

    #[test]
    fn a_date_before_an_aside_of_several_words_still_dates_the_verb() {
        let a = article(
            "Intro. Also on Monday, Mayor Ana Ruiz and Mayor Leo Brandt, joined by one of the council's lawyers, flew to Bern to plead their case.",
            date(2001, 3, 9),
        );
        let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
        assert_eq!(visit.when.map(|w| w.span.value).as_deref(), Some("2001-03-05"));
    }

    /// (kind, date value, status, participants) of every event mention in `text`.
    fn events_in(text: &str, reference: Date) -> Vec<(EventKind, String, EventStatus, Vec<String>)> {
        analyse(&article(text, reference))
            .mentions
            .into_iter()
            .filter(|m| m.kind != EventKind::Other)
            .map(|m| (m.kind, m.when.map_or("undated".into(), |w| w.span.value), m.status, m.participants))
            .collect()
    }

    #[test]
    fn a_common_noun_that_attacks_with_no_arms_is_no_strike() {
        let day = date(2011, 3, 8);
        for look_alike in [
            "Witnesses said the river attacked the embankment all night.",
            "The string section attacked the overture with gusto.",
            "Last week vandals attacked the bank's payment servers.",
        ] {
            assert!(kinds_of(look_alike).is_empty(), "{look_alike}");
        }
        // Armed subjects, named states and pronouns still strike.
        for strike in [
            "On Monday terrorists attacked a hotel in the capital.",
            "Rebels attacked an army post near Goma on Monday.",
            "Chad attacked rebel bases on Monday.",
        ] {
            assert!(kinds_and_statuses(strike, day).iter().any(|k| k.0 == EventKind::Strike), "{strike}");
        }
    }

    #[test]
    fn a_word_alone_in_quotation_marks_is_no_event() {
        assert!(kinds_of("A \"summit\" of bakers from both towns opens in Lyon this week.").is_empty());
        assert!(kinds_of("The so-called “talks” between the two rival clubs went nowhere.").is_empty());
        assert_eq!(kinds_of("The summit opens in Lyon this week."), vec![EventKind::Summit]);
    }

    #[test]
    fn an_inverted_conditional_tells_of_no_event() {
        assert!(
            kinds_of("Had Lisbon invited the rebels to talks in 1979, the war might have ended sooner.")
                .is_empty()
        );
        assert!(
            kinds_of("Were the two leaders to meet in Oslo, the talks would gain weight.")
                .iter()
                .all(|k| *k != EventKind::Meeting)
        );
        // After the comma the sentence tells what happened.
        assert_eq!(
            kinds_of("Had it rained, nobody would have noticed; the ministers met in Oslo on Monday."),
            vec![EventKind::Meeting]
        );
    }

    #[test]
    fn a_call_held_again_on_another_day_is_one_call_a_day() {
        let reference = date(2024, 5, 10);
        let dates = |text: &str| -> Vec<String> {
            events_in(text, reference).into_iter().filter(|e| e.0 == EventKind::Call).map(|e| e.1).collect()
        };
        assert_eq!(
            dates("Premier Ann Holt spoke by phone with Chancellor Ivo Marek on 2 May and again on 6 May."),
            vec!["2024-05-02", "2024-05-06"]
        );
        assert_eq!(
            dates(
                "The minister spoke by telephone with the Danish envoy on Monday and with the Swiss envoy on Tuesday."
            ),
            vec!["2024-05-06", "2024-05-07"]
        );
        // "And" alone joins the days of two calls.
        assert_eq!(
            dates(
                "The Foreign Secretary spoke to the Russian Foreign Minister by telephone on 25 March and 13 April."
            ),
            vec!["2024-03-25", "2024-04-13"]
        );
        // A range, or two dates with no repeat between them, is one call.
        assert_eq!(
            dates("Ann Holt spoke by phone with Ivo Marek on 2 May about the talks of 6 May."),
            vec!["2024-05-02"]
        );
        // Meetings: on days apart, or again after a comma, two; on two days running, one.
        let meetings = |text: &str| -> Vec<String> {
            events_in(text, reference)
                .into_iter()
                .filter(|e| e.0 == EventKind::Meeting)
                .map(|e| e.1)
                .collect()
        };
        assert_eq!(
            meetings("Ann Holt met Ivo Marek at the Petersberg on 6 May, and again in Cologne on 8 May."),
            vec!["2024-05-06", "2024-05-08"]
        );
        assert_eq!(meetings("Ann Holt met Ivo Marek on 2 May and 6 May."), vec!["2024-05-02", "2024-05-06"]);
        assert_eq!(meetings("Ann Holt met Ivo Marek on Monday and Tuesday."), vec!["2024-05-06/2024-05-07"]);
    }

    #[test]
    fn meeting_several_people_separately_is_one_meeting_with_each() {
        let reference = date(2024, 5, 10);
        let names = |text: &str| -> Vec<Vec<String>> {
            events_in(text, reference).into_iter().map(|e| e.3).collect()
        };
        let hale = "U.S. Secretary of State Mark Hale";
        let two = ["Israeli Prime Minister Avi Levin", "Palestinian President Samir Nasser"];
        let each = vec![vec!["Mark Hale", "Avi Levin"], vec!["Mark Hale", "Samir Nasser"]];
        assert_eq!(names(&format!("{hale} met separately on Friday with {} and {}.", two[0], two[1])), each);
        assert_eq!(names(&format!("{hale} held separate phone calls with {} and {}.", two[0], two[1])), each);
        // Together, it is one meeting of three.
        assert_eq!(
            names(&format!("{hale} met with {} and {} on Friday.", two[0], two[1])),
            vec![vec!["Mark Hale", "Avi Levin", "Samir Nasser"]]
        );
    }

    #[test]
    fn a_guest_named_in_apposition_to_a_role_is_the_visitor() {
        let events = events_in(
            "Turkish Foreign Minister Mehmet Aksoy hosted his Azerbaijani counterpart, Elnur Guliyev, in Ankara on Monday.",
            date(2024, 5, 10),
        );
        assert_eq!(events[0].3.first().map(String::as_str), Some("Elnur Guliyev"));
    }

    #[test]
    fn what_was_said_in_a_call_lends_it_no_tense() {
        let events = events_in(
            "Russian President Nikolai Sorokin told Turkish President Mehmet Aksoy in a phone call on Tuesday that Russia would not back down.",
            date(2024, 5, 10),
        );
        assert_eq!(events[0].0, EventKind::Call);
        assert_eq!((events[0].1.as_str(), events[0].2), ("2024-05-07", EventStatus::Happened));
        // A relative clause's verb is the event's own.
        let talks =
            events_in("The talks that will open in Geneva on Tuesday are the first.", date(2024, 5, 10));
        assert_eq!(talks[0].2, EventStatus::Planned);
    }

    #[test]
    fn agreeing_on_a_day_to_meet_later_plans_the_meeting() {
        let events = events_in(
            "President Luc Marchal and Chinese President Zhao Wen agreed on Monday to meet in Beijing later this year.",
            date(2024, 5, 10),
        );
        assert_eq!(
            (events[0].0, events[0].1.as_str(), events[0].2),
            (EventKind::Meeting, "2024", EventStatus::Planned)
        );
    }

    #[test]
    fn telling_someone_by_phone_is_a_call_and_telling_the_press_is_not() {
        assert_eq!(
            calls_in("Premier Ana Ruiz told Chancellor Olaf Brandt by phone that Spain would help."),
            1
        );
        assert_eq!(calls_in("Premier Ana Ruiz told reporters by phone that Spain would help."), 0);
    }

    #[test]
    fn a_subject_cut_off_by_an_aside_still_takes_part() {
        let reference = date(2024, 5, 10);
        let text = "Japanese Foreign Minister Kenji Morisawa arrived on Monday. Morisawa, 57, met \
                    Chinese Foreign Minister Zhao Lianfeng on Thursday.";
        let meeting = events_in(text, reference).into_iter().find(|e| e.0 == EventKind::Meeting);
        assert_eq!(meeting.map(|e| e.3), Some(vec!["Zhao Lianfeng".to_owned(), "Kenji Morisawa".to_owned()]));
        let text = "Argentina's president, Rodolfo Bazan, phoned Tomas Arancibia on Monday and invited \
                    him to Buenos Aires.";
        assert_eq!(events_in(text, reference)[0].3, vec!["Tomas Arancibia", "Rodolfo Bazan"]);
        // Whose the lawyer is does not take part.
        let text = "Gonzalez's lawyer, Greg Craig, met President Ana Ruiz on Monday.";
        assert!(!events_in(text, reference)[0].3.contains(&"Gonzalez".to_owned()));
    }

    #[test]
    fn an_object_pronoun_is_the_last_person_named_but_the_subject() {
        let text = "Leftist lawmaker Tomas Arancibia won on Sunday. Outgoing President Andres Cifuentes \
                    congratulated him in a video call on Sunday night.";
        let events = events_in(text, date(2024, 5, 10));
        assert_eq!(events[0].3, vec!["Andres Cifuentes", "Tomas Arancibia"]);
        // "her" before a noun says whose, and stands for no one.
        let text = "Leftist lawmaker Tomas Arancibia won on Sunday. President Ana Ruiz met her \
                    counterpart on Monday.";
        assert_eq!(events_in(text, date(2024, 5, 10))[0].3, vec!["Ana Ruiz"]);
    }

    #[test]
    fn an_election_with_no_country_named_is_the_articles() {
        let text = "WARSAW, Oct 16 (Reuters) - Poland's opposition won Sunday's parliamentary \
                    election. Turnout was far above that of the 2019 election.";
        let events = events_in(text, date(2023, 10, 16));
        assert!(events.iter().all(|e| e.3 == vec!["Poland"]), "{events:?}");
        // With no election named before, the dateline says where.
        let text = "SANTIAGO, Dec 20 (AFP) - Turnout in Sunday's runoff was the highest in years.";
        assert_eq!(events_in(text, date(2021, 12, 20))[0].3, vec!["Chile"]);
    }

    #[test]
    fn a_datelines_day_gives_way_to_the_day_its_sentence_names() {
        // 3 May 2022 is a Tuesday: the raid was on the Monday, the dateline's day the report's.
        let day = date(2022, 5, 3);
        let text = "KANDAHAR, May 3 (Agency) - Insurgents raided a police post in the hills late on Monday.";
        assert_eq!(events_in(text, day)[0].1, "2022-05-02");
        let text = "OSLO, May 3 - The two foreign ministers met in the capital on Sunday evening to review the talks.";
        assert_eq!(events_in(text, day)[0].1, "2022-05-01TEV");
        // With no other date, the dateline's still is the event's.
        let text = "KANDAHAR, May 3 (Agency) - Insurgents raided a police post in the hills.";
        assert_eq!(events_in(text, day)[0].1, "2022-05-03");
    }

    #[test]
    fn an_event_coordinated_after_a_dated_journey_is_on_the_journeys_day() {
        // 10 March 2023 is a Friday.
        let day = date(2023, 3, 10);
        let when_of =
            |text: &str, kind: EventKind| events_in(text, day).into_iter().find(|e| e.0 == kind).map(|e| e.1);
        let text =
            "Foreign Minister Lena Ortiz flew to Nairobi on Tuesday and met President Kamau at State House.";
        assert_eq!(when_of(text, EventKind::Meeting).as_deref(), Some("2023-03-07"));
        let text =
            "Chancellor Petra Holm travelled to Warsaw on Monday, March 6, and met Prime Minister Jan Nowak.";
        assert_eq!(when_of(text, EventKind::Meeting).as_deref(), Some("2023-03-06"));
        // A verb with its own subject after the "and" is no shared one.
        let text = "The envoy arrived in Doha on Wednesday and the two delegations will meet next week.";
        assert_ne!(when_of(text, EventKind::Meeting).as_deref(), Some("2023-03-08"));
        // A day the sentence opens with dates each verb, a tour as much as a meeting.
        let text = "Intro. On Thursday Zhou toured the container terminal and met President Ahmed Ilmi.";
        assert_eq!(when_of(text, EventKind::Meeting).as_deref(), Some("2023-03-09"));
    }

    #[test]
    fn an_event_that_began_on_a_day_and_goes_on_runs_to_the_articles_day() {
        // 10 March 2023 is a Friday.
        let day = date(2023, 3, 10);
        let text = "The air raids on rebel positions, which began on Sunday, continued overnight.";
        assert_eq!(events_in(text, day)[0].1, "2023-03-05/2023-03-10");
        let text = "The shelling of the port, which began on March 2, would go on for as long as needed, the general said.";
        assert_eq!(events_in(text, day)[0].1, "2023-03-02/2023-03-10");
        // Begun and not said to go on: the day it began.
        let text = "The air raids on rebel positions, which began on Sunday, killed eleven fighters.";
        assert_eq!(events_in(text, day)[0].1, "2023-03-05");
    }

    #[test]
    fn countries_listed_before_the_clause_of_talks_are_its_sides() {
        let text = "Egypt, Ethiopia and Sudan failed to reach a deal at talks in Washington last month.";
        assert_eq!(events_in(text, date(2020, 2, 10))[0].3, vec!["Egypt", "Ethiopia", "Sudan"]);
    }

    #[test]
    fn a_capital_that_opens_a_longer_place_name_is_no_country() {
        // "Santo Domingo de ..." is a village of the dateline's country, not the Dominican capital.
        let text = "\nAYACUCHO, Peru, May 2 - Rebels ambushed an army patrol near Santo Domingo de \
                    Huanta on Friday.";
        let sides = strike_in(text, date(2021, 5, 2)).participants;
        assert!(!sides.iter().any(|s| s == "Dominican Republic"), "{sides:?}");
        // The capital itself is still the country.
        let text = "Santo Domingo bombed the border post on Friday.";
        assert_eq!(strike_in(text, date(2021, 5, 2)).participants, vec!["Dominican Republic"]);
    }

    #[test]
    fn an_unnamed_office_of_the_home_country_takes_part_as_the_country() {
        let text = "\nDUBLIN, March 3 - The Taoiseach met Chancellor Greta Vogt in Berlin on Friday.";
        let meetings: Vec<_> =
            events_in(text, date(2023, 3, 3)).into_iter().filter(|e| e.0 == EventKind::Meeting).collect();
        assert_eq!(meetings[0].3, vec!["Greta Vogt", "Ireland"]);
        // Who travels, unnamed, is the visitor for the country; not one who hosts.
        let text = "\nKYIV - The President is due in Madrid on Friday, his office said. Aides agreed.";
        let visits: Vec<_> =
            events_in(text, date(2024, 5, 11)).into_iter().filter(|e| e.0 == EventKind::Visit).collect();
        assert_eq!(visits[0].3, vec!["Ukraine"]);
        let text =
            "\nKYIV - The President hosted Chancellor Greta Vogt on Friday, his office said. Aides agreed.";
        let visits: Vec<_> =
            events_in(text, date(2024, 5, 11)).into_iter().filter(|e| e.0 == EventKind::Visit).collect();
        assert_eq!(visits[0].3, vec!["Greta Vogt"]);
    }

    #[test]
    fn a_home_office_alone_in_a_story_filed_at_home_is_the_home_countrys() {
        let calls = |text: &str| -> Vec<Vec<String>> {
            events_in(text, date(1979, 4, 4))
                .into_iter()
                .filter(|e| e.0 == EventKind::Call)
                .map(|e| e.3)
                .collect()
        };
        // Whoever of another country held the office a line before.
        assert_eq!(
            calls(
                "\nCAIRO, 4 April (Agency) - The treaty was signed with the American President in March. The \
                 President telephoned the American President last night."
            ),
            vec![vec!["Egypt", "United States"]]
        );
        // A dateline of a city, in capitals.
        assert_eq!(
            calls(
                "\nKANO - Counting went on. The President telephoned the British Prime Minister last night."
            ),
            vec![vec!["Nigeria", "United Kingdom"]]
        );
    }

    #[test]
    fn our_arms_in_a_paper_of_one_side_are_its_countrys() {
        let day = date(1982, 5, 5);
        let strike = strike_in(
            "PORTSMOUTH - Families waited. On Sunday evening one of our submarines torpedoed the Argentine \
             cruiser. Officials said so.",
            day,
        );
        assert_eq!(strike.participants, vec!["United Kingdom", "Argentina"]);
        // In a quotation "our" is the speaker's.
        let strike = strike_in(
            "PORTSMOUTH - Families waited. \"On Sunday one of our submarines torpedoed a British \
             frigate,\" an Argentine officer said.",
            day,
        );
        assert!(!strike.attackers.contains(&"United Kingdom".to_string()), "{:?}", strike.attackers);
    }

    #[test]
    fn a_town_followed_by_another_countrys_state_is_a_namesake() {
        let strike = strike_in(
            "He has been on the run since the January 1998 bombing of a Birmingham, Ala., abortion clinic.",
            date(1999, 5, 7),
        );
        assert!(!strike.participants.contains(&"United Kingdom".to_string()), "{:?}", strike.participants);
        let strike = strike_in(
            "Intro. Two bombs exploded in the centre of Birmingham on Friday night.",
            date(1974, 11, 22),
        );
        assert_eq!(strike.participants, vec!["United Kingdom"]);
    }

    #[test]
    fn leaders_of_the_first_country_open_a_list_of_sides() {
        let text = "In May, the presidents of Chile, Peru and Bolivia met in Arica.";
        let meetings: Vec<_> =
            events_in(text, date(2023, 6, 3)).into_iter().filter(|e| e.0 == EventKind::Meeting).collect();
        assert_eq!(meetings[0].3, vec!["Chile", "Peru", "Bolivia"]);
    }

    #[test]
    fn i_in_a_transcript_is_the_speaker_its_label_names() {
        let text = "SENATOR ANA MORALES: Thank you.\n\nMORALES: And when I met Tom Webb in Quito in May, \
                    we spoke of trade.";
        let meetings: Vec<_> =
            events_in(text, date(2023, 6, 3)).into_iter().filter(|e| e.0 == EventKind::Meeting).collect();
        assert_eq!(meetings[0].3, vec!["Ana Morales", "Tom Webb"]);
    }

    #[test]
    fn what_a_strike_hits_across_a_country_is_its_target() {
        let sides = |text: &str| strike_in(text, date(2022, 11, 17)).participants;
        // A bomb or a submarine is armed too.
        assert_eq!(
            sides("Intro. A Russian guided bomb fell on a block of flats in Kharkiv on Tuesday."),
            vec!["Russia", "Ukraine"]
        );
        assert_eq!(
            sides("Intro. A British submarine torpedoed the Argentine cruiser on Sunday."),
            vec!["United Kingdom", "Argentina"]
        );
        assert_eq!(
            sides("Russian missiles struck power stations across Ukraine on Tuesday."),
            vec!["Russia", "Ukraine"]
        );
        assert_eq!(
            sides("Israeli jets struck targets across the besieged Gaza Strip on Monday."),
            vec!["Israel", "Palestine"]
        );
    }

    #[test]
    fn a_place_of_two_words_is_no_one() {
        let text = "President Ana Ruiz phoned Tomas Arancibia on Monday and invited him to Buenos Aires.";
        assert_eq!(events_in(text, date(2024, 5, 10))[0].3, vec!["Ana Ruiz", "Tomas Arancibia"]);
    }

    #[test]
    fn wire_look_alikes_and_forms_found_in_the_written_development_set() {
        let reference = date(2024, 5, 10);
        let kinds =
            |text: &str| -> Vec<EventKind> { events_in(text, reference).into_iter().map(|e| e.0).collect() };
        // What was hosted comes before "hosted by": talks, no visit.
        assert_eq!(
            kinds(
                "Five hours of talks between President Ana Ruiz and Premier Li Wei, hosted by Secretary-General Tom Hale, ended on Monday."
            ),
            vec![EventKind::Talks]
        );
        // Working toward a visit, open to talks: nothing has happened.
        assert!(
            events_in("The ministers agreed to keep working toward a visit to Japan next spring.", reference)
                .iter()
                .all(|e| e.2 == EventStatus::Unreal)
        );
        // Bombs that tore through a building.
        assert_eq!(
            kinds("Glide bombs dropped by Russian jets tore through a printing house on Tuesday."),
            vec![EventKind::Strike]
        );
        // A news agency on the phone is an interview; a conference call with analysts and
        // pay talks are business.
        assert!(
            kinds("The union's chairman, Bernd Oswald, told dpa by telephone that the walkout would go on.")
                .is_empty()
        );
        assert!(
            kinds("The chief executive said on a conference call with analysts that the bid was fair.")
                .is_empty()
        );
        // A visit in a sentence about a summit is still a visit (only a host is the summit's),
        // and the trip on "before" it is another (session 17's `sequence`).
        assert_eq!(
            kinds(
                "President Han Min will stay on in Jakarta for a bilateral visit on Friday before flying on to New Delhi for the G20 summit."
            ),
            vec![EventKind::Visit, EventKind::Visit, EventKind::Summit]
        );
        // Plural demonyms name their country.
        assert_eq!(
            events_in("Cameroonians voted on Sunday in legislative elections.", reference)[0].3,
            vec!["Cameroon"]
        );
    }

    #[test]
    fn where_a_strike_hit_and_where_talks_meet_may_stand_apart() {
        let sides = |text: &str| strike_in(text, date(2019, 2, 28)).participants;
        // In the clause after the strike's, and with "proper" after the country.
        assert_eq!(
            sides(
                "Indian warplanes hit a training camp near the town of Balakot, inside Pakistan, on Tuesday."
            ),
            vec!["India", "Pakistan"]
        );
        assert_eq!(
            sides("Armenia says Azerbaijani drones struck targets inside Armenia proper on Tuesday."),
            vec!["Azerbaijan", "Armenia"]
        );
        // A capital gone to for talks is where they meet, not a side.
        let talks = events_in(
            "The ministers will return to Washington for a further round of talks next week.",
            date(2020, 2, 10),
        );
        assert!(talks[0].3.is_empty(), "{talks:?}");
        // "Southeast Asian leaders" are ASEAN's.
        let summit = events_in(
            "Southeast Asian leaders ended a three-day summit in Jakarta on Thursday.",
            date(2023, 9, 7),
        );
        assert_eq!(summit[0].3, vec!["ASEAN"]);
    }

    #[test]
    fn look_alikes_from_the_second_written_development_set() {
        let reference = date(2024, 2, 4);
        let kinds =
            |text: &str| -> Vec<EventKind> { events_in(text, reference).into_iter().map(|e| e.0).collect() };
        assert!(kinds("Dockworkers will begin a forty-eight hour strike on Tuesday.").is_empty());
        assert!(kinds("The union called a strike on Monday at the port.").is_empty());
        assert!(
            kinds("He planned to spend the holidays climbing to the summit of Ojos del Salado.").is_empty()
        );
        assert!(kinds("His attack on the central bank's policy did little to move markets.").is_empty());
        assert!(
            kinds("The raid was met with condemnation from the United Nations.")
                .iter()
                .all(|k| *k != EventKind::Meeting)
        );
        // What was discussed in a call was discussed in the call.
        assert_eq!(
            kinds(
                "Chancellor Katrin Albrecht had discussed the project with President Viktor Lebedinsky in a telephone conversation on Wednesday."
            ),
            vec![EventKind::Call]
        );
        // "During the visit he met ...": a preposition opening a sentence is nobody.
        let visit =
            events_in("President Han Min flew to Pyongyang. During the visit he met the leader.", reference);
        assert!(visit.iter().all(|e| !e.3.contains(&"During".to_owned())), "{visit:?}");
        // "General Assembly" is no general's name.
        let met = events_in(
            "The regional bloc's heads of state met on the sidelines of the UN General Assembly.",
            reference,
        );
        assert!(met.iter().all(|e| !e.3.contains(&"Assembly".to_owned())), "{met:?}");
    }

    #[test]
    fn a_countrys_unnamed_leader_meeting_someone_is_the_country() {
        let a = article(
            "Intro. On Thursday the Peruvian president met separately with Ana Obi and with Tom Kale.",
            date(2022, 9, 20),
        );
        let meetings: Vec<Vec<String>> = analyse(&a)
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Meeting)
            .map(|m| m.participants)
            .collect();
        assert_eq!(meetings.len(), 2, "{meetings:?}");
        assert!(meetings.iter().all(|p| p.contains(&"Peru".to_owned())), "{meetings:?}");
        // Each "with" of the list names one, however long the apposition between them.
        let a = article(
            "Intro. On 9 August I met separately with President Chanda Mwape, candidate of the \
             Patriotic Front, and with the candidate of the United Party for National Development, \
             Mr Moses Hamweemba.",
            date(2016, 8, 13),
        );
        let met: Vec<Vec<String>> = analyse(&a)
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Meeting)
            .map(|m| m.participants)
            .collect();
        assert_eq!(met, [vec!["Chanda Mwape".to_owned()], vec!["Moses Hamweemba".to_owned()]]);
        // "the Chilean foreign minister, Luis Rey": the name in apposition, not the country.
        let a = article(
            "Intro. On its margins the envoy Ana Obi met the Chilean foreign minister, Luis Rey.",
            date(2022, 9, 20),
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["Ana Obi".to_owned(), "Luis Rey".to_owned()]);
    }

    #[test]
    fn a_planned_events_month_named_alone_is_the_next_one() {
        let when = |text: &str| -> Vec<(EventKind, String)> {
            let a = article(text, date(2021, 7, 10));
            analyse(&a)
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Election)
                .map(|m| (m.kind, m.when.map(|w| w.span.value).unwrap_or_default()))
                .collect()
        };
        assert_eq!(
            when(
                "Intro. At home, the tour will be judged in the light of the general election expected in March."
            ),
            vec![(EventKind::Election, "2022-03".to_owned())]
        );
        // With its year, the month is the one written.
        assert_eq!(
            when(
                "Intro. At home, the tour will be judged in the light of the general election expected in March 2021."
            ),
            vec![(EventKind::Election, "2021-03".to_owned())]
        );
    }

    #[test]
    fn a_round_is_of_the_talks_or_the_election_reported_before() {
        let reference = date(2021, 6, 14);
        let kinds = |text: &str| -> Vec<(EventKind, String)> {
            let a = article(text, reference);
            analyse(&a)
                .mentions
                .into_iter()
                .filter(|m| m.kind != EventKind::Other)
                .map(|m| (m.kind, m.when.map(|w| w.span.value).unwrap_or_default()))
                .collect()
        };
        let election = kinds(
            "Intro. Ana Ruiz won Sunday's runoff in Peru. She had trailed by four points in the first round on May 2.",
        );
        assert!(election.contains(&(EventKind::Election, "2021-05-02".to_owned())), "{election:?}");
        let talks = kinds(
            "Intro. The government and the rebels ended peace talks on Friday. The first round was held on April 3.",
        );
        assert!(talks.contains(&(EventKind::Talks, "2021-04-03".to_owned())), "{talks:?}");
        // With neither reported before, a round is no event.
        assert!(kinds("Intro. The champion lost in the first round on Monday.").is_empty());
        // In an article whose talks go by rounds, a round is the talks', though an election
        // came between; unless its own words make it a vote's.
        let text = "Intro. The sixth round of talks with the rebels opens on Monday. The President, who \
                    won the run-off in June 2019, revived the process. The first round, in November 2019, \
                    opened in Havana. The first round, in May 2021, left the opposition candidate ahead.";
        let found = kinds(text);
        assert!(found.contains(&(EventKind::Talks, "2019-11".to_owned())), "{found:?}");
        assert!(found.contains(&(EventKind::Election, "2021-05".to_owned())), "{found:?}");
        assert!(!found.contains(&(EventKind::Election, "2019-11".to_owned())), "{found:?}");
    }

    #[test]
    fn rounds_of_different_ranks_are_different_talks() {
        let reference = date(2005, 9, 20);
        let talks = |text: &str| -> Vec<String> {
            let events = merge(&[analyse(&article(text, reference))]);
            events
                .into_iter()
                .filter(|e| e.kind == EventKind::Talks)
                .map(|e| e.when.map_or("undated".into(), |w| w.span.value))
                .collect()
        };
        // A chronology's bullets, each dated by the month that heads it.
        let text = "Chronology\n\n2004\n\n- Late February: The second round of six-party talks was held \
                    in Beijing.\n- Late June: The third round of six-party talks was held in Beijing.";
        assert_eq!(talks(text), ["2004-02", "2004-06"]);
        // A round told again is the same round.
        let text = "Intro. The envoys held talks in Oslo on Monday. The first round ended without a deal.";
        assert_eq!(talks(text).len(), 1, "{:?}", talks(text));
    }

    #[test]
    fn talking_with_someone_is_a_call_in_an_article_of_calls() {
        let calls = |text: &str| -> Vec<Vec<String>> {
            let a = article(text, date(2023, 3, 6));
            analyse(&a)
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Call)
                .map(|m| m.participants)
                .collect()
        };
        let text = "The minister's calls. On Friday Premier Ana Ruiz held a video call with President Tom Kale. \
                    On Sunday, Premier Ruiz spoke with the President of Chile, Luis Rey. Later she spoke with reporters.";
        let found = calls(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|p| p.contains(&"Luis Rey".to_owned())), "{found:?}");
        // With no call reported, talking with someone may be face to face: when the talk has no
        // day, or its sentence puts the two in one place. (Dated to a day and held in no one
        // place, it is a call: see `a_talk_with_someone_dated_to_a_day_and_held_in_no_one_place_is_a_call`.)
        assert!(calls("Intro. Premier Ana Ruiz spoke with the President of Chile, Luis Rey.").is_empty());
        assert!(
            calls("Intro. On Sunday, Premier Ana Ruiz spoke with the President of Chile, Luis Rey, at the palace.")
                .is_empty()
        );
        // Speaking to a named or titled person is a call there too; to a crowd or students not.
        let text = "The minister's calls. On Friday Premier Ana Ruiz held a video call with President Tom Kale. \
                    On Sunday she spoke to President Luis Rey of Chile. On Monday she spoke to students and \
                    talked to the crowd. Tom Kale talked to his counterpart in Peru on Tuesday.";
        let found = calls(text);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found.iter().any(|p| p.contains(&"Luis Rey".to_owned())), "{found:?}");
        assert!(calls("Intro. Premier Ana Ruiz spoke to President Luis Rey of Chile.").is_empty());
    }

    #[test]
    fn a_list_of_countries_after_a_clause_ends_on_one_is_its_sides() {
        let a = article(
            "Intro. On Saturday, Premier Ana Ruiz joined a video call with the leaders of Chile, Peru, Bolivia and Ecuador.",
            date(2023, 3, 6),
        );
        let call = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Call).expect("call");
        for country in ["Chile", "Peru", "Bolivia", "Ecuador"] {
            assert!(call.participants.contains(&country.to_owned()), "{:?}", call.participants);
        }
    }

    #[test]
    fn a_list_after_a_plural_noun_and_a_colon_names_the_sides() {
        let talks = |text: &str| {
            let a = article(text, date(2024, 9, 9));
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Talks).expect("talks").participants
        };
        let found = talks(
            "Intro. Talks opened in Geneva on Monday between Cuba and four lenders: Spain, Canada, Mexico and Japan.",
        );
        for country in ["Cuba", "Spain", "Canada", "Mexico", "Japan"] {
            assert!(found.contains(&country.to_owned()), "{found:?}");
        }
        // A colon that opens what someone says is no list.
        let found =
            talks("Intro. Talks with Cuba broke down in Geneva on Monday: Canada said it would walk out.");
        assert!(!found.contains(&"Canada".to_owned()), "{found:?}");
    }

    #[test]
    fn travelling_by_a_way_of_travel_touring_and_travelling_instead_are_visits() {
        let visitors = |text: &str| -> Vec<Vec<String>> {
            let a = article(text, date(2021, 5, 3));
            analyse(&a)
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Visit)
                .map(|m| m.participants)
                .collect()
        };
        for text in [
            "Intro. Foreign Minister Ana Ruiz will instead travel to Lima in the middle of May.",
            "Intro. Premier Luis Rey travels by train to Bogota.",
            "Intro. President Ana Ruiz tours the Gulf this week.",
        ] {
            let found = visitors(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(!found[0].is_empty(), "{text}: {found:?}");
        }
        // Things travel too: no one visits.
        assert!(visitors("Intro. Most of the grain travels by ship to Europe.").is_empty());
        assert!(visitors("Intro. The new line tours the region next year.").is_empty());
    }

    #[test]
    fn a_place_opening_the_sentence_or_described_by_a_word_is_where_a_strike_is() {
        let day = date(2021, 5, 8);
        let strike = strike_in(
            "In neighbouring Chad, fighters linked to the Islamic State group ambushed an army convoy on Monday.",
            day,
        );
        assert_eq!(strike.participants, vec!["Islamic State", "Chad"]);
        let strike =
            strike_in("Taliban fighters attacked a checkpoint in war-torn Afghanistan on Wednesday.", day);
        assert_eq!(strike.participants, vec!["Taliban", "Afghanistan"]);
    }

    #[test]
    fn the_president_elect_is_whoever_won() {
        let a = article(
            "Intro. World leaders lined up on Monday to congratulate Ana Ruiz on her win in Peru's runoff. \
             President Tom Kale of Chile spoke with the president-elect by phone on Monday.",
            date(2021, 6, 7),
        );
        let call = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Call).expect("call");
        assert_eq!(call.participants, vec!["Tom Kale".to_owned(), "Ana Ruiz".to_owned()]);
    }

    #[test]
    fn a_participles_clause_shares_the_date_of_the_clause_before() {
        let a = article(
            "Intro. Ana Ruiz was elected president of Peru on Sunday, winning the runoff with 55 percent of the vote.",
            date(2021, 6, 8),
        );
        let election =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Election).expect("election");
        assert_eq!(election.when.map(|w| w.span.value), Some("2021-06-06".to_owned()));
    }

    #[test]
    fn the_head_of_state_a_mountains_summit_a_quoted_not_and_a_meeting_of_heads_of_state() {
        let reference = date(2001, 6, 16);
        // "the Head of State" is the president the statement introduced.
        let a = article(
            "Intro. President Ana Ruiz arrived in Lima on 14 June. On 15 June the Head of State met President Tom Kale.",
            reference,
        );
        let meeting =
            analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
        assert_eq!(meeting.participants, vec!["Ana Ruiz".to_owned(), "Tom Kale".to_owned()]);
        let kinds = |text: &str| -> Vec<(EventKind, EventStatus)> {
            analyse(&article(text, reference))
                .mentions
                .into_iter()
                .filter(|m| m.kind != EventKind::Other)
                .map(|m| (m.kind, m.status))
                .collect()
        };
        assert!(kinds("Intro. Trucks crossed the summit of Mount Oreb for the first time.").is_empty());
        assert_eq!(
            kinds("Intro. Ruiz said he would \"not hold talks under threat\"."),
            vec![(EventKind::Talks, EventStatus::Unreal)]
        );
        assert_eq!(
            kinds("Intro. It began with the first meeting of the heads of state of the bloc in April 1996."),
            vec![(EventKind::Summit, EventStatus::Happened)]
        );
    }

    #[test]
    fn an_attack_in_words_or_by_nature_is_no_strike() {
        let day = date(2004, 2, 3);
        for look_alike in [
            "Opposition leaders attacked the minister's decision as reckless.",
            "Unionists in Lima have attacked Chile for raising its fuel taxes.",
            "Several columnists attacked the premier's speech on Monday.",
            "The hurricane attacked the coast all night.",
        ] {
            assert!(kinds_and_statuses(look_alike, day).is_empty(), "{look_alike}");
        }
        // Arms attack posts, not statements, and need no reason.
        assert_eq!(strikes_of("Rebels attacked an army post near Gao on Monday.").len(), 1);
        assert_eq!(strikes_of("Gunmen attacked the convoy for the second time on Monday.").len(), 1);
    }

    #[test]
    fn a_weapon_named_as_a_thing_makes_no_strike_of_its_blast() {
        let day = date(2004, 2, 3);
        let text = "Analysts doubted the device was an atomic bomb, given the size of the explosion.";
        assert!(kinds_and_statuses(text, day).is_empty());
        // A strike named with it still is one.
        assert_eq!(strikes_of("Jets bombed the depot where the atomic bomb was kept on Monday.").len(), 1);
    }

    #[test]
    fn who_shoots_down_or_fires_at_made_the_strike() {
        let day = date(2004, 2, 3);
        let strike = strike_in("Chilean gunners shot down two Peruvian helicopters on Monday.", day);
        assert_eq!(strike.participants, vec!["Chile", "Peru"]);
        let strike = strike_in("The rocket that Syria fired at Haifa on Monday landed in a field.", day);
        assert_eq!(strike.participants.first().map(String::as_str), Some("Syria"));
        // A name that is not a state or a group fires at nothing of ours.
        assert!(strikes_of("The coach that Smith fired at halftime was back on Monday.").is_empty());
    }

    #[test]
    fn the_rebels_of_an_article_of_one_armed_group_are_that_group() {
        let text = "Boko Haram claimed the raid on Sunday. Chadian jets bombed rebel positions near \
                    Bol on Monday. On Tuesday the rebels shelled the airport at Kousseri.";
        let strikes = strikes_of(text);
        let sides: Vec<&Vec<String>> = strikes.iter().map(|s| &s.participants).collect();
        assert!(sides.iter().any(|p| **p == ["Chad", "Boko Haram"]), "{sides:?}");
        assert!(sides.iter().any(|p| p.first().map(String::as_str) == Some("Boko Haram")), "{sides:?}");
        // With two groups named, "the rebels" may be either.
        let text = "Hamas and Hezbollah both warned Israel. On Monday the rebels shelled an airport.";
        assert!(strikes_of(text).iter().all(|s| s.participants.is_empty()), "{:?}", strikes_of(text));
        // Fighters named bare, doing something, may be anyone's.
        let text =
            "Boko Haram is active in the north. Chadian jets struck militants firing rockets on Monday.";
        assert!(strikes_of(text).iter().all(|s| !s.participants.iter().any(|p| p == "Boko Haram")));
    }

    #[test]
    fn an_army_post_hit_is_the_states_and_a_groups_origin_is_no_side() {
        let day = date(2004, 2, 3);
        let strike = strike_in(
            "ELN guerrillas attacked an army post on the slopes of a Colombian volcano on Sunday.",
            day,
        );
        assert_eq!(strike.participants, vec!["ELN", "Colombia"]);
        let strike = strike_in(
            "The bombing of the Turkish consulate, which Ankara blamed on Syria-based militants, killed two.",
            day,
        );
        assert!(!strike.participants.iter().any(|p| p == "Syria"), "{:?}", strike.participants);
        let strike = strike_in("Terrorists attacked New York on Tuesday.", day);
        assert_eq!(strike.participants, vec!["United States"]);
    }

    #[test]
    fn a_mountains_or_a_markets_summit_is_none_and_a_heads_meeting_is_one() {
        for look_alike in [
            "The summit road was closed by snow on Monday.",
            "Fog hid the snowy summits of the Tatras on Sunday.",
            "A retired colonel wrote that the summit of the Sierra Madre was never guarded.",
            "The Nikkei closed on Friday just below its March summit.",
        ] {
            assert!(kinds_of(look_alike).is_empty(), "{look_alike}");
        }
        // A body or leaders in sight: a summit.
        assert_eq!(
            kinds_of("ASEAN will hold its summit road show in Hanoi in May."),
            vec![EventKind::Summit]
        );
        assert_eq!(
            kinds_of("The Pacific Heads of Government Meeting opened in Suva on Monday."),
            vec![EventKind::Summit]
        );
    }

    #[test]
    fn an_election_without_a_country_is_the_last_elections_and_a_partys_contest_is_none() {
        let elections = |text: &str| -> Vec<Vec<String>> {
            analyse(&article(text, date(2010, 12, 20)))
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Election)
                .map(|m| m.participants)
                .collect()
        };
        let text = "Togo voted in a presidential election on Sunday. Nigeria said Nigerian observers \
                    found the count fair. The first round of the election was held in March.";
        assert_eq!(elections(text).last().map(Vec::as_slice), Some(&["Togo".to_owned()][..]));
        assert_eq!(
            elections("Cote d'Ivoire held a run-off on Sunday."),
            vec![vec!["Ivory Coast".to_owned()]]
        );
        let text = "Togo voted in a presidential election on Sunday. Labour MPs vote on Monday in the \
                    first round of the party's leadership contest. The party's leadership election ends in May.";
        assert_eq!(elections(text).len(), 1, "{:?}", elections(text));
    }

    #[test]
    fn an_election_without_a_country_in_a_story_with_a_dateline_is_the_datelines_country() {
        let elections = |text: &str| -> Vec<Vec<String>> {
            analyse(&article(text, date(2003, 3, 14)))
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Election)
                .map(|m| m.participants)
                .collect()
        };
        // A TimeML text opens with a line break; Kenya is named more often than Tanzania.
        let text = "\nARUSHA, Tanzania, March 14 - Kenya's trade minister arrived on Thursday. Kenya \
                    and Kenyan traders want the border open. For Mrs. Mrema, whose party won the \
                    October election, the talks are a first test.";
        assert_eq!(elections(text), vec![vec!["Tanzania".to_owned()]]);
        // "Praia" ends a town's longer name here: it is not Cape Verde's capital.
        let text = "\nBEIRA, Mozambique, March 14 - Floods hit the coast. Voting in the town of \
                    Ponta da Praia in next year's local elections will depend on the water.";
        assert_eq!(elections(text), vec![vec!["Mozambique".to_owned()]]);
        // A first line that is a sentence is no dateline: the election is the candidate's
        // country's.
        let text = "\nIran says about 100 of its aircraft are taking part.\n\nYemen's president, Ali \
                    Hadi, flew to Riyadh on Saturday.\n\nLater Mr Hadi was elected unopposed in February 2002.";
        assert_eq!(elections(text), vec![vec!["Yemen".to_owned()]]);
    }

    #[test]
    fn who_brokers_talks_is_no_side_and_the_two_governments_are_the_last_two_named() {
        let sides = |text: &str| -> Vec<Vec<String>> {
            analyse(&article(text, date(2004, 6, 9)))
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Talks)
                .map(|m| m.participants)
                .collect()
        };
        let owned = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(
            sides("Intro. Peru and Chile resumed talks brokered by the United Nations on Monday."),
            vec![owned(&["Peru", "Chile"])]
        );
        assert_eq!(
            sides("Intro. Peru and Chile ended a round of European Union-brokered talks on Monday."),
            vec![owned(&["Peru", "Chile"])]
        );
        // Every broker of a list is one.
        assert_eq!(
            sides("Intro. Peru and Chile held talks mediated by Brazil and Argentina on Monday."),
            vec![owned(&["Peru", "Chile"])]
        );
        // The subject of a verb of brokering whose object is the talks, and a demonym before
        // "auspices"; a breakaway state is a side.
        assert_eq!(
            sides("Intro. Turkey facilitated talks between Somalia and Somaliland in Ankara on Monday."),
            vec![owned(&["Somalia", "Somaliland"])]
        );
        assert_eq!(
            sides("Intro. Georgia and Abkhazia held talks under Swiss auspices in Geneva on Monday."),
            vec![owned(&["Georgia", "Abkhazia"])]
        );
        assert_eq!(
            sides(
                "Bolivia and Chile fell out over the port in May. Talks under the auspices of the \
                 United Nations opened in Geneva on Monday, and the two governments agreed to meet again."
            ),
            vec![owned(&["Bolivia", "Chile"])]
        );
        // A list of demonyms opened by "the" (or a live blog's time) is one list of sides.
        assert_eq!(
            sides(
                "Intro. 10:15 - The Dutch, Belgian and Danish ministers said their officials and Peru \
                 will hold talks in Lima next week."
            ),
            vec![owned(&["Netherlands", "Belgium", "Denmark", "Peru"])]
        );
        // A side is still a side when no broker is named.
        assert_eq!(
            sides("Intro. Peru and Brazil held talks in Lima on Monday."),
            vec![owned(&["Peru", "Brazil"])]
        );
    }

    #[test]
    fn a_place_of_several_words_is_no_name_met() {
        let met = |text: &str| {
            let mentions = analyse(&article(text, date(2004, 6, 9))).mentions;
            mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting").participants
        };
        // "Vila" and "Buenos Aires" alone pass as a name's words.
        assert!(
            !met("Intro. Officials in Port Vila met Australian envoys on Monday.")
                .contains(&"Vila".to_owned())
        );
        assert!(
            !met("Intro. Officials from Buenos Aires met Australian envoys on Monday.")
                .contains(&"Buenos Aires".to_owned())
        );
        assert!(met("Intro. Ruiz met Lopez in Buenos Aires on Monday.").contains(&"Lopez".to_owned()));
        // A big city that is no capital is a place too.
        assert!(
            !met("Intro. The envoy flew to Sao Paulo on Monday and was due to meet Lopez.")
                .contains(&"Sao Paulo".to_owned())
        );
    }

    #[test]
    fn an_object_pronoun_after_a_countrys_unnamed_leader_is_the_last_other_person_named() {
        let met = |text: &str| {
            let mentions = analyse(&article(text, date(2010, 5, 5))).mentions;
            mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting").participants
        };
        assert_eq!(
            met("Chilean President Ana Soto flew to Lima on Monday. The Peruvian president sat down with \
                 her on Tuesday."),
            vec!["Ana Soto".to_owned(), "Peru".to_owned()]
        );
        // Not the leader of that country, named before.
        assert_eq!(
            met("Peruvian President Luis Paz spoke. Minister Ana Soto arrived in Lima on Monday. The \
                 Peruvian president met her on Tuesday."),
            vec!["Luis Paz".to_owned(), "Ana Soto".to_owned()]
        );
    }

    #[test]
    fn who_reports_a_meeting_is_no_side_of_it() {
        let met = |text: &str| {
            let mentions = analyse(&article(text, date(2010, 5, 5))).mentions;
            mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting").participants
        };
        assert_eq!(
            met("Intro. Peru's ambassador told the council that President Luis Paz had met envoys of the \
                 ELN on Tuesday."),
            vec!["Luis Paz".to_owned(), "ELN".to_owned()]
        );
        assert_eq!(
            met("Intro. Foreign Minister Ana Soto told reporters that President Luis Paz had met Chilean \
                 envoys on Monday."),
            vec!["Luis Paz".to_owned(), "Chile".to_owned()]
        );
        // Who says she met someone is still a side, through her pronoun.
        assert_eq!(
            met(
                "Intro. Foreign Minister Ana Soto told reporters that she had met President Luis Paz on Monday."
            ),
            vec!["Luis Paz".to_owned(), "Ana Soto".to_owned()]
        );
        // With no "that": a verb of saying right before the report's own subject; in a
        // relative clause about the speaker too.
        assert_eq!(
            met("Intro. Foreign Minister Ana Soto said President Luis Paz had met Chilean envoys on Monday."),
            vec!["Luis Paz".to_owned(), "Chile".to_owned()]
        );
        assert_eq!(
            met("Intro. The deal was announced by the foreign minister, Ana Soto, who said the Peruvian \
                 president had met Chilean envoys on Monday."),
            vec!["Peru".to_owned(), "Chile".to_owned()]
        );
        assert_eq!(
            met("Intro. Foreign Minister Ana Soto said she had met President Luis Paz on Monday."),
            vec!["Luis Paz".to_owned(), "Ana Soto".to_owned()]
        );
    }

    #[test]
    fn a_title_named_before_without_a_name_is_that_countrys_holder() {
        let calls = |text: &str| -> Vec<Vec<String>> {
            analyse(&article(text, date(2013, 4, 20)))
                .mentions
                .into_iter()
                .filter(|m| m.kind == EventKind::Call)
                .map(|m| m.participants)
                .collect()
        };
        // "the chancellor" is the German chancellor named before, unnamed; "him" after whom
        // the call names is that person, not someone named earlier.
        let text = "Intro. Prime Minister Ivan Petrovic was to meet Serbian President Nikola Vukovic on \
                    Saturday.\n\nThe German chancellor's spokesman said on Saturday that the chancellor \
                    had spoken by telephone with Petrovic on Thursday and urged him to sign.";
        assert_eq!(calls(text), vec![vec!["Ivan Petrovic".to_owned(), "Germany".to_owned()]]);
    }

    #[test]
    fn ranks_written_without_a_full_stop_are_no_part_of_the_name() {
        let mentions = analyse(&article(
            "Intro. The envoy spoke by phone on Tuesday with the army chief, Gen Osman Karrar. \
             Lt Gen Ali Nur met Col Omar Idris on Monday.",
            date(2023, 4, 20),
        ))
        .mentions;
        let sides: Vec<Vec<String>> = mentions.into_iter().map(|m| m.participants).collect();
        assert!(sides.iter().any(|p| p.contains(&"Osman Karrar".to_owned())), "{sides:?}");
        assert!(sides.contains(&vec!["Ali Nur".to_owned(), "Omar Idris".to_owned()]), "{sides:?}");
    }

    #[test]
    fn two_triggers_joined_by_and_each_have_their_own_counterpart() {
        let events = |text: &str| -> Vec<(EventKind, Vec<String>)> {
            analyse(&article(text, date(2022, 2, 12)))
                .mentions
                .into_iter()
                .filter(|m| matches!(m.kind, EventKind::Call | EventKind::Meeting))
                .map(|m| (m.kind, m.participants))
                .collect()
        };
        let owned = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(
            events(
                "Intro. President Ana Soto met Luis Paz on Monday and spoke by phone with Chancellor Karl Brun on Tuesday."
            ),
            vec![
                (EventKind::Meeting, owned(&["Ana Soto", "Luis Paz"])),
                (EventKind::Call, owned(&["Ana Soto", "Karl Brun"]))
            ]
        );
        // One trigger with two people and two dates is still two meetings.
        assert_eq!(
            events("Intro. President Ana Soto met Luis Paz on Monday and Karl Brun on Tuesday.").len(),
            2
        );
    }

    #[test]
    fn the_two_presidents_are_the_last_two_named_with_that_title() {
        let text = "Intro. U.S. President Greg Alston and Russian President Ivan Belkin met in Geneva in \
                    June. Belkin's aide, Oleg Sorin, spoke on Friday. The two presidents last spoke by \
                    telephone on December 30, Sorin recalled.";
        let call = analyse(&article(text, date(2022, 2, 12)))
            .mentions
            .into_iter()
            .find(|m| m.kind == EventKind::Call)
            .expect("call");
        assert_eq!(call.participants, vec!["Greg Alston".to_owned(), "Ivan Belkin".to_owned()]);
    }

    #[test]
    fn they_opening_the_sentence_of_a_call_are_the_last_two_named() {
        let call = |text: &str| {
            analyse(&article(text, date(2019, 6, 24)))
                .mentions
                .into_iter()
                .find(|m| m.kind == EventKind::Call)
                .expect("call")
                .participants
        };
        assert_eq!(
            call(
                "Intro. Chancellor Anna Weber met President Louis Garnier on Monday. They last spoke by \
                  telephone on Tuesday of last week."
            ),
            vec!["Anna Weber".to_owned(), "Louis Garnier".to_owned()]
        );
        // Not "they" deep in a clause, which may be anyone.
        assert_eq!(
            call(
                "Intro. Chancellor Anna Weber met President Louis Garnier on Monday. Aides said that \
                  when the crisis began they spoke by telephone."
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn who_a_relative_clause_about_the_visitor_names_makes_no_visit() {
        let text = "Intro. German Chancellor Karl Brun, who met President Greg Alston last Monday, will \
                    travel to Kyiv on Monday.";
        let visit = analyse(&article(text, date(2022, 2, 12)))
            .mentions
            .into_iter()
            .find(|m| m.kind == EventKind::Visit)
            .expect("visit");
        assert_eq!(visit.participants, vec!["Karl Brun".to_owned()]);
    }

    #[test]
    fn a_rank_written_short_after_another_is_no_name() {
        let a = article(
            "CAIRO, March 3 - The truce was agreed in a telephone call between Egypt's chief of \
             operations, Lt. Gen. Hani Farouk, and his Libyan counterpart, Maj. Gen. Salem Idris, on \
             Sunday evening.",
            date(2024, 3, 3),
        );
        let call = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Call).expect("call");
        assert_eq!(call.participants, vec!["Hani Farouk".to_owned(), "Salem Idris".to_owned()]);
    }

    #[test]
    fn the_state_leading_a_coalition_named_in_two_words_made_its_strike() {
        let a = article(
            "Intro. U.S.-led coalition aircraft carried out air strikes on Islamic State fighters near \
             Raqqa on Tuesday.",
            date(2017, 6, 8),
        );
        let strike = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Strike).expect("strike");
        assert!(strike.participants.contains(&"United States".to_owned()), "{:?}", strike.participants);
    }

    #[test]
    fn a_meeting_of_the_two_countries_leaders_is_the_last_two_countries() {
        let a = article(
            "Intro. Chile and Peru signed a fisheries accord on Monday. The foreign ministers of the two \
             countries have not met since their predecessors met in Lima in March 2009.",
            date(2021, 5, 4),
        );
        let met: Vec<Vec<String>> = analyse(&a)
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Meeting)
            .map(|m| m.participants)
            .collect();
        assert!(met.contains(&vec!["Chile".to_owned(), "Peru".to_owned()]), "{met:?}");
    }

    #[test]
    fn joining_a_blocs_summit_from_afar_is_a_call_with_the_bloc() {
        let a = article(
            "LIMA, Nov 14 - The APEC summit opened on Thursday. Chile's President Marta Solis, kept at \
             home by floods, joined the leaders by video link on Friday.",
            date(2024, 11, 16),
        );
        let call = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Call).expect("call");
        assert_eq!(call.participants, vec!["Marta Solis".to_owned(), "APEC".to_owned()]);
    }

    #[test]
    fn an_unnamed_head_of_state_of_a_country_whose_minister_was_named_is_the_country() {
        let a = article(
            "Intro. Kenya's Trade Minister, Joseph Mwangi, arrived in Kampala on Monday. President \
             Yoweri Lutalo said on Tuesday that he had spoken by phone with the Kenyan President to \
             congratulate him.",
            date(2022, 6, 8),
        );
        let call = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Call).expect("call");
        assert_eq!(call.participants, vec!["Yoweri Lutalo".to_owned(), "Kenya".to_owned()]);
    }

    #[test]
    fn government_troops_with_no_state_named_are_of_the_state_their_enemy_fights() {
        let sides = |text: &str| strike_in(text, date(2011, 5, 9)).participants;
        let shelled = sides("On Sunday government troops shelled Renamo bases in the hills.");
        assert_eq!(shelled.first().map(String::as_str), Some("Mozambique"), "{shelled:?}");
        assert!(shelled.contains(&"Renamo".to_owned()), "{shelled:?}");
        // So are its warplanes and guns.
        let bombed = sides("On Sunday government warplanes bombed Renamo bases in the hills.");
        assert_eq!(bombed.first().map(String::as_str), Some("Mozambique"), "{bombed:?}");
    }

    #[test]
    fn state_forces_opening_a_sentence_make_the_strike_its_first_clause_goes_on_to() {
        let sides = |text: &str| strike_in(text, date(2011, 5, 9)).participants;
        for text in [
            "On Sunday morning, army troops backed by tanks attacked Renamo bases in the hills.",
            "Government aircraft first bombed Renamo bases in the hills on Monday.",
        ] {
            let found = sides(text);
            assert_eq!(found.first().map(String::as_str), Some("Mozambique"), "{text}: {found:?}");
        }
        // Another clause between: its strike is its own subject's.
        let found = sides("Government troops held the town on Sunday, and Renamo gunmen attacked a convoy.");
        assert_eq!(found.first().map(String::as_str), Some("Renamo"), "{found:?}");
    }

    #[test]
    fn who_reports_a_call_in_the_present_takes_no_part() {
        let text = "In Lisbon, the Diario Matinal reports that Spain's king telephoned President Rui Alves on Friday.";
        let events = events_in(text, date(2012, 3, 4));
        let call = events.iter().find(|e| e.0 == EventKind::Call).expect("call");
        assert!(!call.3.iter().any(|p| p.contains("Diario")), "{call:?}");
        assert!(call.3.contains(&"Rui Alves".to_owned()), "{call:?}");
    }

    #[test]
    fn an_anaphor_after_a_look_alike_of_its_noun_names_no_event() {
        // The dockers' stoppage is a labour strike: "the strike" later is the same one.
        let labour = "The dockers' strike entered its third week on Monday. \
                      The strike has halted exports of grain from the port.";
        assert_eq!(kinds_of(labour), vec![]);
        // A mountain's summit, then "the summit": still the mountain's.
        let climb = "Two guides reached the summit of Mount Kenya on Friday. \
                     The summit was covered in fresh snow, they said.";
        assert_eq!(kinds_of(climb), vec![]);
        // The verb "to strike" is no noun to refer back to.
        let threat = "The government threatened to strike rebel bases. \
                      The strike came at dawn on Tuesday, when jets bombed the camps.";
        assert!(kinds_of(threat).contains(&EventKind::Strike));
        // A summit already reported is what "the summit" refers to.
        let summit = "Leaders of the bloc held a summit in Lusaka on Friday. The summit ended with a pledge.";
        assert!(kinds_of(summit).contains(&EventKind::Summit));
    }

    #[test]
    fn talks_that_end_a_labour_strike_are_no_event() {
        assert_eq!(
            kinds_of("Bus drivers in Lyon ended their strike on Thursday after talks with the city council."),
            vec![]
        );
        assert_eq!(
            kinds_of("A stoppage at the docks was lifted after talks with the port authority on Monday."),
            vec![]
        );
        // Further back in the sentence, past an aside and a semicolon, and named by a
        // look-alike phrase.
        assert_eq!(
            kinds_of(
                "A strike by teachers in Beira, which had shut schools since late November, was \
                 called off on Friday after talks with the provincial education directorate."
            ),
            vec![]
        );
        assert_eq!(
            kinds_of(
                "Dockers threatened a strike over pay; it was called off on Monday after talks with the ministry."
            ),
            vec![]
        );
        // An armed strike is a cue: talks after it are news.
        let war = "after the air strikes on gaza on monday, egypt held talks";
        let strikes = war.find("air strikes").unwrap();
        let cue = (strikes..strikes + "air strikes".len(), Cue::Trigger(EventKind::Strike));
        assert!(!after_a_labour_strike(war, war.find("talks").unwrap(), &[cue]));
        assert!(after_a_labour_strike(war, war.find("talks").unwrap(), &[]));
    }

    #[test]
    fn a_peak_named_after_summit_of_is_no_summit() {
        assert_eq!(kinds_of("A guide stayed on the summit of Ben Lomond overnight on Sunday."), vec![]);
        assert_eq!(kinds_of("Smoke rose from the summit of Cerro Negro on Monday."), vec![]);
    }

    #[test]
    fn on_the_telephone_to_someone_is_a_call() {
        assert_eq!(
            kinds_of("The premier was on the telephone to President Anna Moreau of France on Sunday."),
            vec![EventKind::Call]
        );
    }

    #[test]
    fn a_passive_verb_of_arms_with_its_armed_agent_is_a_strike() {
        let day = date(2003, 5, 9);
        for strike in [
            "Intro. On Monday a cargo plane was shot down by two missiles near the border.",
            "Intro. The village was pounded by Serb artillery on Tuesday.",
            "Intro. A supply convoy was hit by a drone on Wednesday.",
            "Intro. The outpost was stormed by rebel fighters on Thursday.",
            // A few words of when may stand before the "by".
            "Intro. Ganja was hit on Sunday by missiles fired from Armenian territory.",
            "Intro. The depot was struck overnight by Russian drones.",
        ] {
            let found = events_in(strike, day);
            assert!(found.iter().any(|e| e.0 == EventKind::Strike), "{strike}: {found:?}");
        }
        for look_alike in [
            "Intro. The bill was shot down by the Senate on Friday.",
            "Intro. The coast was hit by a storm on Monday.",
            "Intro. The town was struck by lightning on Tuesday.",
            "Intro. The coast was hit on Monday by a storm.",
            "Intro. The bill was shot down again on Friday by the Senate.",
        ] {
            assert!(kinds_of(look_alike).is_empty(), "{look_alike}");
        }
    }

    #[test]
    fn a_blocs_leaders_meeting_is_its_summit() {
        let found =
            events_in("Intro. The ASEAN leaders' meeting opens in Manila on Monday.", date(2017, 11, 9));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, EventKind::Summit);
        // The meeting of two stays one.
        let found = events_in(
            "Intro. The two leaders' meeting in Manila on Monday lasted an hour.",
            date(2017, 11, 9),
        );
        assert!(found.iter().all(|e| e.0 == EventKind::Meeting), "{found:?}");
    }

    #[test]
    fn a_yes_or_no_question_asks_and_reports_no_event() {
        let day = date(2012, 6, 4);
        for question in [
            "Intro. Q: Will the Chancellor meet President Adeyemi in Lagos?",
            "Intro. \"Would a summit in the autumn help?\" the editorial asks.",
            "Intro. Did the two ministers speak by phone on Monday?",
        ] {
            let found = events_in(question, day);
            assert!(found.iter().all(|e| e.2 == EventStatus::Unreal), "{question}: {found:?}");
        }
        // An event named as known is not in question (whether "you" go to it is); a question
        // of why takes it as held.
        for asked in [
            "Intro. Will you attend the summit in Astana in July?",
            "Intro. Why did the talks in Geneva fail on Monday?",
        ] {
            let found = events_in(asked, day);
            let (visits, others): (Vec<_>, Vec<_>) = found.iter().partition(|e| e.0 == EventKind::Visit);
            assert!(
                !others.is_empty() && others.iter().all(|e| e.2 != EventStatus::Unreal),
                "{asked}: {found:?}"
            );
            assert!(visits.iter().all(|e| e.2 == EventStatus::Unreal), "{asked}: {found:?}");
        }
    }

    #[test]
    fn a_modal_after_a_subject_trigger_and_its_qualifiers_makes_it_possible() {
        let day = date(2012, 6, 4);
        for possible in [
            "Intro. Talks on the disputed maritime border could begin next year.",
            "Intro. There is talk of a visit by the envoy to Kabul.",
            "Intro. A rumoured summit of the three leaders was not confirmed.",
        ] {
            let found = events_in(possible, day);
            assert!(
                !found.is_empty() && found.iter().all(|e| e.2 == EventStatus::Unreal),
                "{possible}: {found:?}"
            );
        }
        // Further from the subject, the modal is another verb's.
        let found = events_in(
            "Intro. The prime minister held talks in Rome on Monday with officials who could lose their jobs.",
            day,
        );
        assert!(found.iter().any(|e| e.2 == EventStatus::Happened), "{found:?}");
    }

    #[test]
    fn counterparts_called_on_their_own_days_go_on_past_a_clause_between() {
        let found = events_in(
            "Intro. The president spoke by telephone with President Ivo Brandt on Friday, after the first units crossed, and with Prime Minister Lena Sauer on Monday evening.",
            date(2015, 3, 11),
        );
        let calls: Vec<_> = found.iter().filter(|e| e.0 == EventKind::Call).collect();
        assert_eq!(calls.len(), 2, "{found:?}");
        assert_eq!(calls[0].1, "2015-03-06");
        assert_eq!(calls[0].3, vec!["Ivo Brandt".to_string()]);
        assert_eq!(calls[1].1, "2015-03-09TEV");
        assert_eq!(calls[1].3, vec!["Lena Sauer".to_string()]);
    }

    #[test]
    fn a_partys_executive_meets_in_session() {
        assert!(kinds_of("Intro. The party's executive met in Berlin on Monday morning.").is_empty());
        assert_eq!(
            kinds_of("Intro. The party's executive met President Ruiz in Berlin on Monday."),
            vec![EventKind::Meeting]
        );
    }

    #[test]
    fn negotiations_after_business_talks_are_the_same_look_alike() {
        let text = "Intro. Merger talks between Nordic Air and Baltavia have stalled, people close to the negotiations said on Wednesday.";
        assert!(kinds_of(text).is_empty(), "{text}");
        // Talks that name their own sides are news of their own.
        // (Being in Lome for them is a visit of its own.)
        let text = "Intro. His lawyers held plea negotiations last year. He was in Lome for the talks between the government and the rebels in May.";
        assert_eq!(kinds_of(text), vec![EventKind::Visit, EventKind::Talks], "{text}");
    }

    #[test]
    fn a_call_verbs_object_in_several_countries_is_a_call_to_each() {
        let found = events_in(
            "Intro. The president telephoned the King of Jordan and the President of Egypt on Thursday.",
            date(1999, 5, 8),
        );
        let calls: Vec<_> = found.iter().filter(|e| e.0 == EventKind::Call).collect();
        assert_eq!(calls.len(), 2, "{found:?}");
        assert!(
            calls[0].3.contains(&"Jordan".to_string()) && calls[1].3.contains(&"Egypt".to_string()),
            "{found:?}"
        );
        // A conference call is one call of all.
        let found = events_in(
            "Intro. The president joined a conference call with the leaders of Jordan and Egypt on Thursday.",
            date(1999, 5, 8),
        );
        assert!(found.iter().filter(|e| e.0 == EventKind::Call).count() <= 1, "{found:?}");
    }

    #[test]
    fn going_on_to_a_place_is_a_visit_and_going_on_to_do_is_none() {
        assert_eq!(kinds_of("Intro. The minister went on to Nairobi on Friday."), vec![EventKind::Visit]);
        assert!(kinds_of("Intro. The champions went on to win the cup on Sunday.").is_empty());
    }

    #[test]
    fn an_office_named_before_a_verb_of_meeting_is_who_met_not_where() {
        let day = date(2024, 3, 5);
        let meeting = |text: &str| {
            let analysis = analyse(&article(text, day));
            analysis.mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("a meeting")
        };
        // "the Holy Father received", "the Pope met": the Vatican's office met someone.
        for text in [
            "Intro. The Holy Father received President Andriy Koval of Ukraine on Monday.",
            "Intro. On Monday the Pope met Ukrainian President Andriy Koval.",
        ] {
            let m = meeting(text);
            assert!(m.participants.contains(&"Vatican".to_owned()), "{text}: {:?}", m.participants);
            assert_eq!(m.location, None, "{text}");
        }
        // (A capital right before a noun of gathering is still where it met: "at the Madrid
        // summit", in `a_capital_before_a_summit_is_where_it_meets` above.)
    }

    #[test]
    fn a_summit_at_a_head_of_states_retreat_is_hosted_by_that_state() {
        let day = date(2023, 8, 21);
        let summit = |text: &str| {
            events_in(text, day).into_iter().find(|e| e.0 == EventKind::Summit).expect("a summit").3
        };
        assert_eq!(
            summit("Intro. Leaders of Japan and South Korea met on Friday at a summit at Camp David."),
            vec!["Japan", "South Korea", "United States"]
        );
        assert!(
            summit("Intro. The last Camp David summit, on Friday, brought Japan and South Korea together.")
                .contains(&"United States".to_owned())
        );
        // A summit in another place is not its country's: only a retreat is the host's own.
        assert_eq!(
            summit("Intro. Leaders of Chile and Peru met on Friday at a summit in Hokkaido."),
            vec!["Chile", "Peru"]
        );
    }

    #[test]
    fn names_in_apposition_to_whom_a_meeting_names_take_part() {
        let day = date(2019, 6, 28);
        let meeting = |text: &str| {
            events_in(text, day).into_iter().find(|e| e.0 == EventKind::Meeting).expect("a meeting").3
        };
        // An initial before a surname is no one else's name; the envoy after the comma met.
        assert_eq!(
            meeting(
                "Intro. Foreign Secretary K. Raghunath met Pakistan's High Commissioner, Javed Qureshi, this morning."
            ),
            vec!["K. Raghunath", "Javed Qureshi"]
        );
        // Every name of the apposition, after the subject.
        assert_eq!(
            meeting(
                "Intro. Marquardt met the foreign ministers, Paulo Araujo and Martin Ocampo, on Thursday."
            ),
            vec!["Marquardt", "Paulo Araujo", "Martin Ocampo"]
        );
        // Whose successor it is met no one.
        assert_eq!(
            meeting("Intro. Soysal sat down with Ioannou's successor, Spyros Nikolaou, on Monday."),
            vec!["Spyros Nikolaou", "Soysal"]
        );
    }

    #[test]
    fn a_long_subject_with_no_verb_of_its_own_makes_the_predicate_after_its_aside() {
        let day = date(2025, 6, 10);
        let meeting = |text: &str| {
            events_in(text, day).into_iter().find(|e| e.0 == EventKind::Meeting).expect("a meeting").3
        };
        let met = meeting(
            "Intro. Pakistan's deputy prime minister and foreign minister, Irfan Qureshi, visited Beijing \
             last month and met Foreign Minister Zhou Han.",
        );
        assert!(met.contains(&"Irfan Qureshi".to_owned()), "{met:?}");
        // An opening with a verb of its own is a clause, not the subject.
        let met = meeting(
            "Intro. In Havana the president said that his envoy, Juan Ortega, met Foreign Minister Zhou Han.",
        );
        assert!(met.contains(&"Zhou Han".to_owned()), "{met:?}");
    }

    #[test]
    fn a_dateline_in_capitals_before_a_colon_is_the_countrys() {
        let lexicon = Lexicon::english();
        assert_eq!(
            dateline_country("ISLAMABAD: The Iranian foreign minister arrived today.", lexicon).as_deref(),
            Some("Pakistan")
        );
        // A label that is no place, or words in lower case before a colon, are no dateline.
        assert_eq!(dateline_country("CLAIM: I spoke with the American president.", lexicon), None);
        assert_eq!(dateline_country("Islamabad said: the talks will go on.", lexicon), None);
        // A double hyphen ends a dateline, which may follow a byline on a line of its own.
        assert_eq!(
            dateline_country("By Staff Reporters of The Journal\n\nTAIPEI -- Stocks fell 3%.", lexicon)
                .as_deref(),
            Some("Taiwan")
        );
    }
}
