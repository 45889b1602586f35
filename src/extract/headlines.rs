//! Headline-ese: the grammar of headlines, decks, captions, tickers and chronology lines,
//! which drops what a reader supplies ("US Secretary of State in London" for "is in
//! London").

use std::ops::Range;

use super::cues::{bare_lower, place_opening, whole_words};
use super::lexicon::Lexicon;

/// The longest line read as a headline, in bytes.
const HEADLINE_BYTES: usize = 160;
/// The most words a headline's subject takes ("US Secretary of State").
const SUBJECT_WORDS: usize = 6;
/// How far into its line a prefix closed by a colon may end ("20 February 2023:").
const PREFIX_BYTES: usize = 30;

/// "US Secretary of State in London", "Ukrainian President in Washington", "PM in Berlin,
/// Paris on eve of summit", "French minister back in Lausanne" ("PM to Belfast Monday", with
/// the infinitive's "to", is planned; "Soviet leader at the Vatican", with "at"): a line of
/// headline-ese that names someone, then a place of the gazetteer after "in", and no verb
/// between, tells a visit (see `headline_subject_words` in `events.toml`). Gives where each
/// such "in" stands.
/// (Not "The President in Warsaw said on Monday": a word other than a time or a preposition
/// after the place makes it a sentence.)
pub(super) fn headline_visits(text: &str, lexicon: &Lexicon) -> Vec<Range<usize>> {
    let mut visits = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let body = line.trim_end();
        if !body.contains(" in ") && !body.contains(" to ") && !body.contains(" at ") {
            continue;
        }
        // The line itself, when short, and every headline quoted in it ("21 December:
        // \"Ukrainian President in Washington\". It was his first trip abroad").
        let whole = (body.len() <= HEADLINE_BYTES).then_some((0, body));
        for (offset, head) in whole.into_iter().chain(quoted(body)) {
            if let Some(at) = visit_in_headline(head, lexicon).map(|at| start + offset + at)
                && !visits.iter().any(|v: &Range<usize>| v.start == at)
            {
                // ("in", "to" and "at" are as long.)
                visits.push(at..at + "in".len());
            }
        }
    }
    visits
}

/// The short quotations of `line` ("...", "..."), with where each starts.
fn quoted(line: &str) -> impl Iterator<Item = (usize, &str)> {
    const QUOTE_BYTES: usize = 100;
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let open = from + line[from..].find(['"', '“'])?;
            let inside = open + line[open..].chars().next().map_or(1, char::len_utf8);
            let close = inside + line[inside..].find(['"', '”'])?;
            from = close + line[close..].chars().next().map_or(1, char::len_utf8);
            if close - inside <= QUOTE_BYTES {
                return Some((inside, &line[inside..close]));
            }
        }
    })
}

/// Where a headline's "in" of a visit stands in `line` (see `headline_visits`).
/// Each of its headlines set off by semicolons is read ("ALLIED JETS STRIKE IRAQ FOR A FOURTH
/// DAY; AMERICAN ENVOY IN JERUSALEM UNTIL MONDAY").
fn visit_in_headline(line: &str, lexicon: &Lexicon) -> Option<usize> {
    let opening = headline_start(line, lexicon);
    let end = line[opening..].find(['"', '“', '”']).map_or(line.len(), |e| opening + e);
    let mut from = opening;
    for part in line[opening..end].split(';') {
        let lead = part.len() - part.trim_start().len();
        if let Some(at) = visit_in_head(&part[lead..], lexicon) {
            return Some(from + lead + at);
        }
        from += part.len() + ';'.len_utf8();
    }
    None
}

/// Where the "in" of a visit stands in one headline (see `headline_visits`).
fn visit_in_head(head: &str, lexicon: &Lexicon) -> Option<usize> {
    // ("PM to Belfast Monday": a headline's infinitive of going; "Soviet leader at the
    // Vatican".)
    let at = [" in ", " to ", " at "].iter().filter_map(|w| head.find(w)).min()?;
    // ("The German Chancellor, in Rome for the day, met": an aside of a sentence.)
    if head[..at].contains(',') {
        return None;
    }
    let mut subject: Vec<&str> = head[..at].split_whitespace().collect();
    if subject.last() == Some(&"back") {
        subject.pop();
    }
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let personal = |w: &str| {
        let lower = bare_lower(w);
        lexicon.people_nouns.contains(&lower) || lexicon.headline_subject_words.contains(&lower)
    };
    if subject.is_empty()
        || subject.len() > SUBJECT_WORDS
        || !capitalised(subject[0])
        || !subject.iter().all(|w| capitalised(w) || personal(w))
    {
        return None;
    }
    // The subject holds a title ("Sirens in Ashkelon", "Doctors in Khartoum" hold none; nor
    // does a reporter's sign-off, "Grace Yoon in Seoul"). (Searched for last: most lines
    // with an "in" are sentences, which the words above turn away.)
    let titled = subject
        .iter()
        .any(|w| lexicon.headline_titles.iter().any(|t| t == w.trim_matches(|c: char| !c.is_alphanumeric())))
        || whole_words(&lexicon.titles, &subject.join(" ")).next().is_some();
    if !titled {
        return None;
    }
    let mut rest = &head[at + " in".len()..];
    if head[at..].starts_with(" at ") {
        rest = rest.strip_prefix(" the").unwrap_or(rest);
    }
    let place_end = place_opening(rest, lexicon)?;
    let after = &rest[place_end..];
    let next = after.split_whitespace().next().map(bare_lower);
    let closes = after.trim_start().is_empty() || after.starts_with([',', '.', ':', '!']);
    let goes_on = next.as_deref().is_some_and(|w| {
        lexicon.headline_after_place.iter().any(|a| a == w) || lexicon.weekdays.iter().any(|d| d == w)
    });
    (closes || goes_on).then_some(at + 1)
}

/// Where a headline starts in its line, past a chronology's date closed by a colon ("8
/// April:"), a wire's time and slug ("0930 FLASH -", "10:45"), a bullet and an opening quote.
fn headline_start(line: &str, lexicon: &Lexicon) -> usize {
    let mut at = 0;
    if let Some(colon) = line.find(':').filter(|&c| c < PREFIX_BYTES)
        && line[..colon].contains(|c: char| c.is_ascii_digit())
        && !line[colon + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        at = colon + 1;
    }
    loop {
        let rest = &line[at..];
        let skipped = rest.len()
            - rest.trim_start_matches(|c: char| c.is_whitespace() || "-–—*•\"“'‘".contains(c)).len();
        at += skipped;
        let rest = &line[at..];
        let word = rest.split_whitespace().next().unwrap_or("");
        let stamp = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit() || c == ':');
        if stamp || lexicon.headline_slugs.contains(&word.to_ascii_lowercase()) {
            at += word.len();
        } else {
            return at;
        }
    }
}

/// Where a headline's comma stands for "and" between two subjects ("US Secretary of State,
/// Iranian FM meet over breakfast", "Abe, Trump agree to talks"): the sentence opens (past a
/// time) on a few capitalised words, then the comma, a few more, and a lower-case verb. Not
/// "In Washington, President Biden said" (`headline_openers` first) or "Merkel, speaking in
/// Rome, said" (no capital after the comma).
pub(super) fn comma_for_and(sentence: &str, lexicon: &Lexicon) -> Option<usize> {
    const SIDE_WORDS: usize = 5;
    let name_word = |w: &str| w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "the");
    let comma = sentence.find(',')?;
    let first: Vec<&str> = sentence[..comma]
        .split_whitespace()
        .skip_while(|w| w.chars().all(|c| c.is_ascii_digit() || c == ':'))
        .collect();
    if first.is_empty()
        || first.len() > SIDE_WORDS
        || lexicon.headline_openers.iter().any(|o| o == first[0])
        || !first.iter().all(|w| name_word(w))
    {
        return None;
    }
    let after: Vec<&str> = sentence[comma + 1..].split_whitespace().collect();
    let second = after.iter().take_while(|w| name_word(w) && !w.ends_with(',')).count();
    let verb = after.get(second)?;
    let verb_like = verb.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(*verb, "of" | "the" | "and" | "who" | "which");
    (second > 0 && second <= SIDE_WORDS && verb_like).then_some(comma)
}

/// The article's text with its lines in capitals ("SECRETARY FLIES ALEXANDRIA MORNING 22 AUGUST
/// TO SEE EGYPTIAN PRESIDENT", "NORTH KOREAN LEADER CROSSES INTO SOUTH") written as prose
/// writes them, for the rules that read capitals as names: places, countries, demonyms and
/// titles capitalised, short acronyms ("US", "PM") kept, every other word in lower case.
/// Every byte stays where it was (ASCII case only). `None` when no line shouts.
pub(super) fn unshout(text: &str, lexicon: &Lexicon) -> Option<String> {
    const SHOUTING_LETTERS: usize = 8;
    let shouting = |line: &str| {
        // (Most lines have a lower-case letter among their first few.)
        !line.chars().any(char::is_lowercase)
            && line.chars().filter(|c| c.is_alphabetic()).count() >= SHOUTING_LETTERS
    };
    if !text.lines().any(shouting) {
        return None;
    }
    // Names the prose writes with a capital and never in lower case ("Lomax", "Gareth"):
    // "GARETH LOMAX HOSTS LEADERS" names him too.
    let mut capitalised_in_prose = std::collections::HashSet::new();
    let mut lower_in_prose = std::collections::HashSet::new();
    for line in text.lines().filter(|l| !shouting(l)) {
        for (_, word) in word_spans(line) {
            if word.starts_with(|c: char| c.is_ascii_uppercase()) {
                capitalised_in_prose.insert(word);
            } else {
                lower_in_prose.insert(word);
            }
        }
    }
    let a_name = |titled: &str| {
        capitalised_in_prose.contains(titled)
            && !lower_in_prose.contains(titled.to_ascii_lowercase().as_str())
    };
    let mut out = text.to_owned();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        if !shouting(line) {
            continue;
        }
        // Title case first, so the gazetteer (written so) finds its names and the titles are
        // found; the acronyms it writes in capitals ("US", "NATO") and headlines' short titles
        // ("PM") stay as written; every other word goes to lower case.
        let mut titled = line.to_ascii_lowercase().into_bytes();
        for (at, _) in word_spans(line) {
            titled[at] = titled[at].to_ascii_uppercase();
        }
        let titled = String::from_utf8(titled).unwrap_or_else(|_| line.to_owned());
        let mut prose = line.to_ascii_lowercase().into_bytes();
        let names = word_spans(&titled).filter(|(_, w)| a_name(w)).map(|(at, w)| at..at + w.len());
        let as_titled: Vec<Range<usize>> = whole_words(&lexicon.entities, &titled)
            .chain(whole_words(&lexicon.titles, &titled))
            .map(|m| m.start()..m.end())
            .chain(names)
            .collect();
        for range in as_titled {
            prose[range.clone()].copy_from_slice(&titled.as_bytes()[range]);
        }
        let acronyms = whole_words(&lexicon.entities, line).map(|m| m.start()..m.end());
        let short_titles = word_spans(line)
            .filter(|(_, w)| lexicon.headline_titles.iter().any(|t| t == w))
            .map(|(at, w)| at..at + w.len());
        for range in acronyms.chain(short_titles).collect::<Vec<_>>() {
            prose[range.clone()].copy_from_slice(&line.as_bytes()[range]);
        }
        // (The line opens as a sentence does.)
        if let Some((at, _)) = word_spans(line).next() {
            prose[at] = prose[at].to_ascii_uppercase();
        }
        if let Ok(prose) = String::from_utf8(prose) {
            out.replace_range(start..start + line.len(), &prose);
        }
    }
    Some(out)
}

/// The words of `line` (runs of ASCII letters: "LOMAX'S" is "LOMAX" and "S"), with where each
/// starts.
fn word_spans(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = from + line[from..].find(|c: char| c.is_ascii_alphabetic())?;
        let length = line[start..].find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(line.len() - start);
        from = start + length;
        Some((start, &line[start..start + length]))
    })
}
