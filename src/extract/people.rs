//! People named in an article: introduced by a title ("Russian President Vladimir Putin",
//! "Mr. Netanyahu"), then recognised by surname anywhere in the article, with the country a
//! demonym before the title gives them.

use std::ops::Range;

use super::lexicon::{EntityClass, Lexicon};
use super::{at_word_boundaries, is_whole_phrase, whole_words};

/// One place where a person is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonMention {
    pub start: usize,
    pub name: String,
}

#[derive(Debug, Default)]
pub struct People {
    /// Full names with the country they speak for, if known.
    known: Vec<(String, Option<String>)>,
    mentions: Vec<PersonMention>,
    /// Roles of a country whose holder the article never names ("the Russian president
    /// met Osmonov"): where each is, and the country, which takes part in their stead.
    country_roles: Vec<PersonMention>,
    /// Each name introduced with a title, and the title, lower-case ("president").
    titles: Vec<(String, String)>,
    /// Nouns that stand for a body named before ("the bloc", "the Fund"), in order: where
    /// each starts and ends, and the body.
    bodies: Vec<(usize, usize, String)>,
}

impl People {
    pub fn find(text: &str, lexicon: &Lexicon) -> People {
        let bodies = body_anaphors(text, lexicon);
        let mut known: Vec<(String, Option<String>)> = Vec::new();
        // Who was introduced with which title ("president", "secretary of state") and for
        // which country or body, in order, and where a title alone refers back to one of
        // them ("the president said", "the FBI chief said").
        let mut introduced: Vec<Introduced> = Vec::new();
        let mut roles: Vec<(usize, String)> = Vec::new();
        // Roles of a country no one was introduced for with a title ("the Argentine leader").
        let mut unnamed_roles: Vec<(usize, String)> = Vec::new();
        // Offices of the home country no one was introduced for ("met the Prime Minister").
        let mut home_roles: Vec<usize> = Vec::new();
        // Where the story is told from, looked for once a title needs it. (Only a dateline
        // says surely that a story is told from home.)
        let dateline = std::cell::OnceCell::new();
        let dateline = || dateline.get_or_init(|| datelined_home(text, lexicon));
        let filed_at_home = || dateline().is_some();
        let home = || dateline().clone().or_else(|| home_named_first(text, lexicon));
        for m in whole_words(&lexicon.titles, text) {
            // "the president-elect" is whoever won, not the president (see below).
            if text[m.end()..].starts_with("-elect")
                || short_title_in_capitals(&text[m.range()])
                || headline_title(text, m.range())
            {
                continue;
            }
            let bare = text[m.range()].to_lowercase();
            // "Assistant Secretary-General Kwame Ashong", "Deputy Prime Minister Ali Demir": a
            // rank before a title makes another office, whose holder "the Secretary-General"
            // or "the Prime Minister" is not.
            let title = match rank_before(text, m.start(), lexicon) {
                Some(rank) => format!("{rank} {bare}"),
                None => bare,
            };
            // "Director of the Federal Bureau of Investigation (FBI) Louis Freeh".
            let (name_start, body) = body_after_title(text, m.end(), lexicon).unwrap_or((m.end(), None));
            let tokens = name_tokens(&text[name_start..], lexicon);
            if tokens.is_empty() {
                // "the Danish foreign minister, Lars Holm, said": the name in apposition after.
                if let Some(name) = name_apposed_after(text, name_start, lexicon) {
                    let speaks_for = entity_before(text, m.start(), &bodies, lexicon).or(body);
                    introduce(&mut introduced, &mut known, (m.start(), &title), name, speaks_for);
                    continue;
                }
                // "Joseph Kimotho, Kenya's trade minister, said".
                if let Some((name, speaks_for)) = appositive_name(text, m.start(), &bodies, lexicon) {
                    introduce(&mut introduced, &mut known, (m.start(), &title), name, speaks_for);
                } else {
                    match role_reference(
                        text,
                        m.range(),
                        &title,
                        &introduced,
                        &bodies,
                        &filed_at_home,
                        lexicon,
                    ) {
                        Role::Named(name) => roles.push((m.start(), name)),
                        Role::Of(country) => unnamed_roles.push((m.start(), country)),
                        Role::Home => home_roles.push(m.start()),
                        Role::None => {}
                    }
                }
                continue;
            }
            // "the King David Hotel", "King Fahd Airport": a title in a place's name.
            if let [_, .., last] = tokens[..]
                && lexicon.place_ends.iter().any(|p| p == last)
            {
                continue;
            }
            // "West Bengal Chief Minister Ruma Sengupta", "Foreign Minister Prince Turki": a
            // title right before another is part of that one's rank, and the name is the one
            // after the last title.
            if is_a_title(tokens[0], lexicon) {
                // "Henrik Aalto, Special Envoy of the UN Secretary-General for Yemen": after a
                // body, the next title is whose envoy this is, and the name is apposed before.
                if name_start != m.end()
                    && let Some((name, speaks_for)) = appositive_name(text, m.start(), &bodies, lexicon)
                {
                    introduce(&mut introduced, &mut known, (m.start(), &title), name, speaks_for.or(body));
                }
                continue;
            }
            // "the Chief Election Commissioner, Dinesh Chandra Kafle": capitalised words that
            // end on another title are that office's field, no name; the later title takes
            // the name. (A title that goes with a given name may be a surname: "Rev. Martin
            // Luther King".)
            if let [_, .., last] = tokens[..]
                && !lexicon.given_name_titles.iter().any(|t| t.eq_ignore_ascii_case(last))
                && is_a_title(last, lexicon)
            {
                continue;
            }
            // "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia": a plural title
            // introduces each name joined to the first.
            let plural = title.len() > 4 && title.ends_with('s') && !title.ends_with("ss");
            let mut tokens = tokens;
            let mut name_start = name_start;
            let mut body = body;
            loop {
                let name = tokens.join(" ");
                let last = tokens[tokens.len() - 1];
                let name_end =
                    text[name_start..].find(last).map_or(name_start, |i| name_start + i + last.len());
                // "Russian President Vladimir Putin", "FBI Director Louis Freeh", "King Hussein
                // of Jordan".
                let after = country_after_name(text, name_end, lexicon);
                let speaks_for = entity_before(text, m.start(), &bodies, lexicon)
                    .filter(|_| !plural)
                    .or(body.take())
                    .or_else(|| after.clone().map(|(entity, _)| entity));
                introduce(&mut introduced, &mut known, (m.start(), &title), name, speaks_for);
                let next = after.map_or(name_end, |(_, end)| end);
                let Some(rest) = text[next..].strip_prefix(" and ").filter(|_| plural) else { break };
                name_start = text.len() - rest.len() - 1;
                tokens = name_tokens(&text[name_start..], lexicon);
                if tokens.is_empty() {
                    break;
                }
            }
        }
        // "The head of the International Atomic Energy Agency met", "the head of the agency":
        // whoever the article introduces as speaking for that body, or else the body.
        for (at, body) in heads_of_bodies(text, &bodies, lexicon) {
            // (Titles and ranks are both lower-case.)
            let ranked = |i: &Introduced| lexicon.title_ranks.iter().any(|r| i.title.starts_with(r.as_str()));
            let of_body = || introduced.iter().filter(|i| i.speaks_for.as_deref() == Some(body.as_str()));
            match of_body().find(|i| !ranked(i)).or_else(|| of_body().next()) {
                Some(head) => roles.push((at, head.name.clone())),
                None => unnamed_roles.push((at, body)),
            }
        }
        // A lone surname ("Mr. Netanyahu") becomes the full name once the article gives it.
        let full: Vec<(String, Option<String>)> =
            known.iter().filter(|(n, _)| n.contains(' ')).cloned().collect();
        known.retain(|(n, _)| {
            (n.contains(' ') || !full.iter().any(|(f, _)| f.split(' ').any(|part| part == n)))
                && !full.iter().any(|(f, _)| is_tail_of(n, f))
        });
        // People named without a title ("Juan Miguel Gonzalez arrived"), by their full name.
        // A lone surname the article gave with a title ("Mr. Gonzalez") is the same person,
        // unless the title goes with a given name ("King Hussein" is not "Saddam Hussein").
        let titled = known.len();
        for name in untitled_full_names(text, lexicon) {
            // "Bernardo Arriola Quiñónez ... Arriola Quiñónez said": a name's last words,
            // written again alone (two surnames), are the same person.
            if known.iter().any(|(n, _)| *n == name || is_tail_of(&name, n)) {
                continue;
            }
            if let Some(existing) = known.iter_mut().find(|(n, _)| is_tail_of(n, &name)) {
                existing.0 = name;
                continue;
            }
            let given_name = |n: &str| {
                introduced.iter().any(|i| i.name == n && lexicon.given_name_titles.contains(&i.title))
            };
            // "Mr Dawit ... Dawit Tesfaye became prime minister": where names run given name
            // first with no family name, the titled name is the given name (when it is not
            // the surname of someone else).
            let first = name.split(' ').next().unwrap_or_default();
            let by_surname = known.iter().position(|(n, _)| n == surname(&name) && !given_name(n));
            let by_given_name = || {
                known.iter().position(|(n, _)| {
                    n == first
                        && !given_name(n)
                        && !full.iter().any(|(f, _)| f.split(' ').any(|part| part == n))
                })
            };
            match by_surname.or_else(by_given_name).map(|i| &mut known[i]) {
                Some(existing) => existing.0 = name,
                None => {
                    let country = possessive_country(text, &name, lexicon);
                    known.push((name, country));
                }
            }
        }
        // "Argentina's Rodolfo Bazan went further. The Argentine leader flew ...": a role of a
        // country is the one person the article gave that country with no title.
        // "The Russian president met Osmonov", with no Russian named: the country takes part.
        let mut country_roles = Vec::new();
        for (start, country) in unnamed_roles {
            let mut of_country =
                known[titled..].iter().filter(|(_, c)| c.as_deref() == Some(country.as_str()));
            match (of_country.next(), of_country.next()) {
                (Some((name, _)), None) => roles.push((start, name.clone())),
                (None, _) => country_roles.push(PersonMention { start, name: country }),
                _ => {}
            }
        }
        // "On the 28th he met the Prime Minister at Downing Street", no prime minister named in
        // the article: the office is the home country's, which takes part.
        // ("In Washington, the Secretary of State telephoned": the country of the place its
        // sentence opens in.)
        if !home_roles.is_empty() {
            let home = home();
            country_roles.extend(home_roles.into_iter().filter_map(|start| {
                let name = opened_in(text, start, lexicon).or_else(|| home.clone())?;
                Some(PersonMention { start, name })
            }));
            country_roles.sort_by_key(|m| m.start);
        }
        let mut mentions = Vec::new();
        if !known.is_empty() {
            let keys = name_keys(&known);
            let words: Vec<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
            // Of several people a surname or first name may mean, the one whose whole name it
            // is ("Hussein" after "King Hussein" and "Saddam Hussein"), or else the one named
            // last.
            let mut last_named: Vec<Option<usize>> = vec![None; known.len()];
            for (start, key) in whole_surnames(text, &words) {
                let candidates = &keys[key].1;
                // "King Hussein": after a title, someone introduced with one.
                // (Only the few words before: a title is short, and the article long. And
                // only when the word may mean more than one person.)
                let after_title = || {
                    const TITLE_CHARS: usize = 40;
                    let before = text[..start].trim_end();
                    let window_start = before.char_indices().rev().nth(TITLE_CHARS).map_or(0, |(i, _)| i);
                    let window = &before[window_start..];
                    whole_words(&lexicon.titles, window).last().is_some_and(|m| m.end() == window.len())
                };
                let whole = candidates.iter().copied().find(|&i| known[i].0 == keys[key].0);
                let index = whole
                    .or_else(|| {
                        if candidates.len() == 1 {
                            return None;
                        }
                        let after_title = after_title();
                        candidates
                            .iter()
                            .copied()
                            .filter(|&i| !after_title || i < titled)
                            .max_by_key(|&i| (last_named[i], std::cmp::Reverse(i)))
                    })
                    .unwrap_or(candidates[0]);
                last_named[index] = Some(start);
                mentions.push(PersonMention { start, name: known[index].0.clone() });
            }
        }
        // "Ruiz wins runoff ... Kale telephoned the president-elect": whoever won is the
        // first person named right before a word of winning.
        if !mentions.is_empty() {
            for role in &lexicon.elect_roles {
                for at in memchr::memmem::find_iter(text.as_bytes(), role.as_bytes()) {
                    let word_before = text[..at].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
                    if !at_word_boundaries(text, at, at + role.len())
                        || !word_before.eq_ignore_ascii_case("the")
                    {
                        continue;
                    }
                    if let Some(winner) = winner(text, &mentions, lexicon) {
                        roles.push((at, winner));
                    }
                }
            }
        }
        // A role names the person by the full name the article gives.
        for (start, name) in roles {
            let full =
                known.iter().find(|(n, _)| surname(n) == surname(&name)).map_or(name, |(n, _)| n.clone());
            mentions.push(PersonMention { start, name: full });
        }
        // "Elian's father, Juan Miguel Gonzalez": who the relation is, wherever else it is said.
        mentions.extend(relations(text, &known, lexicon));
        mentions.sort_by_key(|m| m.start);
        let titles = introduced.into_iter().map(|i| (i.name, i.title)).collect();
        People { known, mentions, country_roles, titles, bodies }
    }

    /// The countries whose unnamed role-holders are spoken of within `range` ("the French
    /// president"), in order.
    pub fn country_roles_in(&self, range: Range<usize>) -> impl Iterator<Item = &str> {
        self.country_roles.iter().filter(move |m| range.contains(&m.start)).map(|m| m.name.as_str())
    }

    /// Where each unnamed role-holder within `range` is spoken of, with its country.
    pub fn country_role_mentions_in(&self, range: Range<usize>) -> impl Iterator<Item = &PersonMention> {
        self.country_roles.iter().filter(move |m| range.contains(&m.start))
    }

    /// The people named within `range`, in order.
    /// The bodies that nouns such as "the bloc" stand for within `range`: where each noun
    /// starts and ends, and the body.
    pub fn bodies_in(&self, range: Range<usize>) -> impl Iterator<Item = &(usize, usize, String)> {
        let first = self.bodies.partition_point(|b| b.0 < range.start);
        let end = range.end;
        self.bodies[first..].iter().take_while(move |b| b.0 < end).filter(move |b| b.1 <= end)
    }

    pub fn in_range(&self, range: Range<usize>) -> Vec<PersonMention> {
        self.mentions.iter().filter(|m| range.contains(&m.start)).cloned().collect()
    }

    /// Whether the article introduced someone of this name with this lower-case title ("the
    /// President of the Republic of Kazakhstan, Nurlan Abenov": "president").
    pub fn introduced_as(&self, name: &str, title: &str) -> bool {
        // ("President Abenov" is Nurlan Abenov.)
        self.titles.iter().any(|(n, t)| {
            t == title
                && (n == name || name.strip_suffix(n.as_str()).is_some_and(|given| given.ends_with(' ')))
        })
    }

    /// Everyone named before `position`, in order.
    pub fn mentions_before(&self, position: usize) -> &[PersonMention] {
        &self.mentions[..self.mentions.partition_point(|m| m.start < position)]
    }

    /// The last person named before `position`: whom "he" or "she" there most likely means.
    pub fn last_before(&self, position: usize) -> Option<&PersonMention> {
        let before = self.mentions.partition_point(|m| m.start < position);
        before.checked_sub(1).map(|i| &self.mentions[i])
    }

    /// The full name of the person known by the surname `surname` ("Whitcombe" for
    /// "President Henry Whitcombe"), if the article names one.
    pub fn known_by_surname(&self, surname_written: &str) -> Option<&str> {
        self.known.iter().map(|(n, _)| n.as_str()).find(|n| surname(n) == surname_written)
    }

    /// The country a person speaks for ("Russian President ..." -> Russia).
    pub fn country_of(&self, name: &str) -> Option<&str> {
        self.known.iter().find(|(n, _)| n == name).and_then(|(_, c)| c.as_deref())
    }
}

/// People named by a relation: "the boy's father in Cuba, Juan Miguel Gonzalez" (up to three
/// words between the noun of kin and the name) introduces him, and every other "'s father"
/// in the article is then him (the last one introduced before, or else the first after).
fn relations(text: &str, known: &[(String, Option<String>)], lexicon: &Lexicon) -> Vec<PersonMention> {
    const WORDS_TO_NAME: usize = 3;
    if known.is_empty() || lexicon.kin.is_empty() {
        return Vec::new();
    }
    // Each possessive noun of kin: where the noun starts, which noun, and the name given.
    let mut said: Vec<(usize, &str, Option<&str>)> = Vec::new();
    let bytes = text.as_bytes();
    // Apostrophes are rare and "s " is not: look for them ("’" ends in 0x99).
    for at in memchr::memchr2_iter(b'\'', 0x99, bytes) {
        let apostrophe = bytes[at] == b'\'' || bytes[..=at].ends_with("’".as_bytes());
        if !apostrophe || bytes.get(at + 1..at + 3) != Some(b"s ") {
            continue;
        }
        let start = at + 3;
        let rest = &text[start..];
        let word_end = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
        let Some(kin) = lexicon.kin.iter().find(|k| rest[..word_end].eq_ignore_ascii_case(k)) else {
            continue;
        };
        let after = &rest[word_end..];
        let name = after[..after.floor_char_boundary(NAME_BYTES)].find(',').filter(|&comma| {
            after[..comma].split_whitespace().count() <= WORDS_TO_NAME && !after[..comma].contains(['.', ';'])
        });
        let name = name.and_then(|comma| {
            let tokens = name_tokens(&after[comma + 1..], lexicon);
            let written = tokens.join(" ");
            (tokens.len() >= 2).then(|| known.iter().find(|(n, _)| *n == written)).flatten()
        });
        said.push((start, kin.as_str(), name.map(|(n, _)| n.as_str())));
    }
    let mut out = Vec::new();
    for &(start, kin, name) in &said {
        if name.is_some() {
            continue;
        }
        let mut named = said.iter().filter(|s| s.1 == kin).filter_map(|s| Some((s.0, s.2?)));
        let first = named.clone().next();
        let name = named.rfind(|(at, _)| *at < start).or(first);
        if let Some((_, name)) = name {
            out.push(PersonMention { start, name: name.to_owned() });
        }
    }
    out
}

/// Someone introduced with a title, and the country or body named with it.
struct Introduced {
    /// Where its title stands.
    at: usize,
    title: String,
    name: String,
    speaks_for: Option<String>,
}

/// The person "the president" or "the secretary" refers to: the last one introduced with
/// a title that starts with those words. Not "the president of the bank", not "Mr.".
/// "the Russian foreign minister" is the last foreign minister introduced as Russian, and
/// a generic role ("the FBI chief", "the Jordanian monarch") whoever was introduced as
/// speaking for that country or body, whatever their title.
fn role_reference(
    text: &str,
    title: Range<usize>,
    lower: &str,
    introduced: &[Introduced],
    bodies: &[(usize, usize, String)],
    filed_at_home: &dyn Fn() -> bool,
    lexicon: &Lexicon,
) -> Role {
    let qualified = text[title.end..].starts_with(" of ");
    // "the Emir of Kuwait", "the President of Botswana": a country after "of" determines
    // the role as "Kuwait's Emir" does (not "the President of Peru Rosa Quispe", named).
    let of_country = country_after_name(text, title.end, lexicon)
        .filter(|(_, end)| !capitalised_word_after(text, *end))
        .map(|(entity, _)| entity);
    // "the president's son" is not the president.
    let owner = text[title.end..].starts_with("'s") || text[title.end..].starts_with("’s");
    if (qualified && of_country.is_none())
        || owner
        || lower.ends_with('.')
        || matches!(lower, "mr" | "mrs" | "ms" | "dr")
    {
        return Role::None;
    }
    // Whether the text before ends on one of `words`.
    let follows = |before: &str, words: &[&str]| {
        let word = &before[super::after_last(before, |c: char| !c.is_alphanumeric())..];
        words.iter().any(|w| word.eq_ignore_ascii_case(w))
    };
    let follows_the = |before: &str| follows(before, &["the"]);
    let mut before = text[..title.start].trim_end();
    // "the visiting Prime Minister", "an American Assistant Secretary of State" (a rank).
    if let Some((rest, word)) = before.rsplit_once(' ')
        && (lexicon.role_adjectives.iter().any(|a| a == word)
            || lexicon.title_ranks.contains(&word.to_ascii_lowercase()))
    {
        before = rest.trim_end();
    }
    // "Kenya's President": a possessive determines the role as "the" does. So does "its",
    // for the country or body named last in the sentence: "Islamabad said its Prime Minister".
    // ("the Emir of Kuwait": "the" with the country after "of".)
    let determined = if of_country.is_some() {
        if !follows_the(before) {
            return Role::None;
        }
        of_country
    } else {
        match before.strip_suffix("'s").or_else(|| before.strip_suffix("’s")) {
            // ("The organisation's Director-General": the body named before.)
            Some(owner) => entity_ending_at(owner, lexicon)
                .map(|(entity, _)| entity)
                .or_else(|| body_anaphor_ending_at(bodies, owner.len())),
            None => its_owner(text, before, lexicon),
        }
    };
    let entity = match determined {
        Some(entity) => Some(entity),
        // ("An American Assistant Secretary of State": one of the country's, unnamed.)
        None => match entity_ending_at(before, lexicon) {
            Some((_, start)) if !follows(before[..start].trim_end(), &["the", "a", "an"]) => {
                return Role::None;
            }
            found => found.map(|(entity, _)| entity),
        },
    };
    if let Some((entity, class)) = entity {
        let generic = lexicon.generic_roles.iter().any(|r| r == lower);
        let mut of_entity =
            introduced.iter().rev().filter(|i| i.speaks_for.as_deref() == Some(entity.as_str()));
        // "Rwanda's Defence Minister, Patrice Ngarambe, ... the Rwandan President": a title
        // no one introduced for that country holds is someone else, unnamed, and the country
        // takes part for them; a generic role is whoever speaks for it.
        let holds = |i: &Introduced| i.title.split(' ').any(|w| lower.split(' ').any(|l| l == w));
        return match of_entity.clone().find(|i| generic || i.title.starts_with(lower)) {
            Some(i) => Role::Named(i.name.clone()),
            // (A body's: "the UN secretary-general", not "the UN General Assembly".)
            None if (class == EntityClass::Country
                || (class == EntityClass::Organisation && !capitalised_word_after(text, title.end)))
                && (of_entity.clone().next().is_none() || (!generic && !of_entity.any(holds))) =>
            {
                Role::Of(entity)
            }
            None => Role::None,
        };
    }
    // "the monarch", "the ruler": whoever was introduced as king, queen, emir ...
    let royal = |title: &str| lexicon.given_name_titles.iter().any(|t| t == title);
    // "His Majesty had received a phone call": the monarch introduced last, or else the home
    // country's.
    if lexicon.royal_addresses.iter().any(|a| a == lower) {
        return introduced
            .iter()
            .rev()
            .find(|i| royal(&i.title))
            .map_or(Role::Home, |i| Role::Named(i.name.clone()));
    }
    if !follows_the(before) {
        return Role::None;
    }
    let generic_royal = lexicon.generic_roles.iter().any(|r| r == lower) && royal(lower);
    // (Capitalised as an office: "the Prime Minister", "the Foreign Minister".)
    let office = text[title.clone()].starts_with(|c: char| c.is_uppercase());
    let home_office = || office && lexicon.home_offices.iter().any(|o| o == lower);
    // "the Head of State": whoever was introduced as president or monarch.
    let head_of_state = lexicon.heads_of_state.iter().any(|r| r == lower);
    let heads_title = |title: &str| lexicon.state_head_titles.iter().any(|t| t == title);
    // ("Head of State Serik Abenov ... Chinese President Liang Wenbo ... the Head of State
    // met": whoever was introduced with the title itself first.)
    subject_of_the_two(text, title.start, introduced.iter().filter(|i| i.title.starts_with(lower)))
        .or_else(|| introduced.iter().rev().find(|i| i.title.starts_with(lower)))
        // ("Defence Minister Kathryn Ellery ... the Minister met": only when one person holds
        // such an office; with two foreign ministers "the minister" may be either.)
        .or_else(|| {
            let mut holders = introduced.iter().filter(|i| ends_in_office(&i.title, lower, lexicon));
            let first = holders.next()?;
            holders.all(|i| i.name == first.name).then_some(first)
        })
        .or_else(|| {
            introduced
                .iter()
                .rev()
                .find(|i| (generic_royal && royal(&i.title)) || (head_of_state && heads_title(&i.title)))
        })
        .map(|i| Role::Named(i.name.clone()))
        // "CAIRO - ... the American President ... The President telephoned the American
        // President": in a story filed at home, the home office capitalised and alone is the
        // home country's, whoever of another country held it a line before (unless only one
        // state or body has it: "the Taoiseach").
        .or_else(|| {
            (home_office() && lexicon.office_of_body(lower).is_none() && filed_at_home())
                .then_some(Role::Home)
        })
        .or_else(|| unnamed_holder_before(text, title.start, lower, lexicon).map(Role::Of))
        // "The Secretary-General spoke by telephone", never introduced: the United Nations'.
        .or_else(|| lexicon.office_of_body(lower).map(|body| Role::Of(body.to_owned())))
        // "the Prime Minister", "the Foreign Minister", capitalised as an office and never
        // introduced.
        .unwrap_or_else(|| {
            let minister = office && lexicon.home_ministers.iter().any(|o| o == lower);
            if home_office() || minister { Role::Home } else { Role::None }
        })
}

/// Of several people who hold a title, the one "the president" means at `position` when
/// the sentence before or its own introduced more than one: the first, who is its subject
/// ("U.S. President Tom Elridge spoke with Egyptian President Omar Fathy ... In his call,
/// the president said" is Elridge). `None` when those sentences introduced one or none.
fn subject_of_the_two<'i>(
    text: &str,
    position: usize,
    holders: impl Iterator<Item = &'i Introduced>,
) -> Option<&'i Introduced> {
    const BACK_BYTES: usize = 1200;
    let from = text.floor_char_boundary(position.saturating_sub(BACK_BYTES));
    let own = super::sentences::sentence_start_before(text, from, position);
    let before = super::sentences::sentence_start_before(text, from, own.saturating_sub(1).max(from));
    let mut recent = holders.filter(|i| (before..position).contains(&i.at));
    let first = recent.next()?;
    recent.any(|i| i.name != first.name).then_some(first)
}

/// Whether the title `title` someone was introduced with ends in the office `lower` and
/// is that office: "defence minister" is a minister and "lieutenant general" a general,
/// but "prime minister" no minister and "deputy secretary" no secretary.
fn ends_in_office(title: &str, lower: &str, lexicon: &Lexicon) -> bool {
    title.strip_suffix(lower).and_then(|before| before.strip_suffix(' ')).is_some_and(|before| {
        !before
            .split(' ')
            .any(|w| lexicon.title_ranks.iter().chain(&lexicon.other_office_words).any(|o| o == w))
    })
}

/// The country whose holder of the title `lower` the text named earlier without a name,
/// when the holder of that title was never introduced: "The German chancellor's spokesman
/// said that the chancellor had spoken by telephone" is Germany's chancellor. The nearest
/// such mention before `position`, in its paragraph or the one before.
fn unnamed_holder_before(text: &str, position: usize, lower: &str, lexicon: &Lexicon) -> Option<String> {
    const PARAGRAPHS: usize = 2;
    let from = super::paragraphs_back(text, position, PARAGRAPHS);
    let lowered = text[from..position].to_ascii_lowercase();
    lowered.rmatch_indices(lower).find_map(|(i, _)| {
        let at = from + i;
        let bounded = text[at + lower.len()..].starts_with(|c: char| !c.is_alphanumeric());
        // ("The Turkish President rang the Emir of Kuwait, and the Emir returned the call": in
        // its own sentence, the country after "of" too.)
        let ((entity, class), _) = entity_ending_at(text[..at].trim_end(), lexicon).or_else(|| {
            (at >= super::sentences::sentence_start_before(text, from, position))
                .then(|| country_after_name(text, at + lower.len(), lexicon))
                .flatten()
        })?;
        (bounded && matches!(class, EntityClass::Country | EntityClass::Organisation)).then_some(entity)
    })
}

/// Whether a capitalised word follows `at` after one space ("General Assembly").
fn capitalised_word_after(text: &str, at: usize) -> bool {
    text[at..].strip_prefix(' ').is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// The rank written right before a title, lower-case ("Assistant Secretary-General",
/// "Under-Secretary-General", "Deputy Prime Minister").
fn rank_before(text: &str, title_start: usize, lexicon: &Lexicon) -> Option<String> {
    let before = text[..title_start].strip_suffix([' ', '-'])?;
    let word = &before[super::after_last(before, |c: char| !c.is_alphabetic())..];
    let lower = word.to_ascii_lowercase();
    lexicon.title_ranks.contains(&lower).then_some(lower)
}

/// The country of the place the sentence around `position` opens in, before a comma: "In
/// Washington, the Secretary of State telephoned" (the United States).
fn opened_in(text: &str, position: usize, lexicon: &Lexicon) -> Option<String> {
    const PLACE_BYTES: usize = 40;
    let from = text.floor_char_boundary(position.saturating_sub(super::sentences::MAX_SENTENCE));
    let start = super::sentences::sentence_start_before(text, from, position);
    let opening = text[start..position].trim_start().strip_prefix("In ")?;
    let place = &opening[..opening.find(',').filter(|&comma| comma <= PLACE_BYTES)?];
    lexicon.ground_of(lexicon.entity_named(place)?).map(str::to_owned)
}

/// How much of an article's start may hold its dateline or the names that tell where it is
/// written from.
const OPENING_BYTES: usize = 300;

/// The country of the dateline an article opens with ("BAIDOA, Dec 26 -", "AMMAN —",
/// "ISLAMABAD:").
fn datelined_home(text: &str, lexicon: &Lexicon) -> Option<String> {
    super::dateline_lines(text).find_map(|from| {
        let first_line = opening(from).split('\n').next().unwrap_or("");
        let dateline = first_line.split(" - ").next().unwrap_or("").split('(').next().unwrap_or("");
        // ("AMMAN — His Majesty the King", "ISLAMABAD: ...": a place in capitals before a dash
        // or a colon is a dateline too.)
        let in_capitals = first_line
            .split(|c: char| c.is_whitespace() || c == ':')
            .next()
            .is_some_and(|w| w.len() > 2 && w.chars().all(|c| c.is_uppercase() || c == '-'));
        if dateline.contains(',') || in_capitals { super::country_of_dateline(from, lexicon) } else { None }
    })
}

/// The first `OPENING_BYTES` of an article, past the blank space it may open with.
fn opening(text: &str) -> &str {
    let text = text.trim_start();
    &text[..text.floor_char_boundary(text.len().min(OPENING_BYTES))]
}

/// The country an article is written from: its dateline's ("BAIDOA, Dec 26 -", a place and
/// a comma before the dash), or else the first country its opening names ("SECURITY MESSAGE
/// FOR U.S. CITIZENS: YEMEN", "TURKISH GENERAL STAFF").
pub(super) fn home_country(text: &str, lexicon: &Lexicon) -> Option<String> {
    datelined_home(text, lexicon).or_else(|| home_named_first(text, lexicon))
}

/// The country an article's opening names first, when it has no dateline: an office only one
/// state has, a letterhead's country, or else the first country named.
fn home_named_first(text: &str, lexicon: &Lexicon) -> Option<String> {
    let opening = opening(text);
    let first_line = opening.split('\n').next().unwrap_or("");
    // "The Taoiseach, Ciarán Dolan, and the British Prime Minister met": an office only one
    // state has, opening the text, is the writer's own state's, before the others it names.
    let office = opening.strip_prefix("The ").unwrap_or("");
    let office = &office[..office.find([',', ' ']).unwrap_or(office.len())];
    if let Some(country) = lexicon
        .office_of_body(&office.to_lowercase())
        .filter(|body| lexicon.class_of(body) == Some(EntityClass::Country))
    {
        return Some(country.to_owned());
    }
    // As written ("U.S."), or else as capitals are ("TURKISH" is "Turkish").
    let first_country = |written: &str| {
        whole_words(&lexicon.entities, written)
            .map(|m| &lexicon.entity_meaning[m.pattern().as_usize()])
            .find(|e| e.class == EntityClass::Country)
            .map(|e| e.canonical.clone())
            .or_else(|| super::country_in_capitals(written, lexicon))
    };
    // "10 DOWNING STREET": a letterhead in capitals names who issues the text, before the
    // countries its text goes on to name.
    let letterhead =
        first_line.chars().any(char::is_alphabetic) && !first_line.chars().any(char::is_lowercase);
    letterhead.then(|| first_country(first_line)).flatten().or_else(|| first_country(opening))
}

/// Whom a role refers to.
enum Role {
    /// Someone introduced with a title.
    Named(String),
    /// No one introduced with a title speaks for this country: perhaps someone named
    /// without one does ("Argentina's Rodolfo Bazan").
    Of(String),
    /// An office of the article's home country, its holder never named ("the Taoiseach").
    Home,
    None,
}

/// "Argentina's Rodolfo Bazan": the country whose possessive stands right before the first
/// place a name without a title is given.
fn possessive_country(text: &str, name: &str, lexicon: &Lexicon) -> Option<String> {
    let at = memchr::memmem::find_iter(text.as_bytes(), name.as_bytes())
        .find(|&at| at_word_boundaries(text, at, at + name.len()))?;
    let before = text[..at].strip_suffix(' ')?;
    let before = before.strip_suffix("'s").or_else(|| before.strip_suffix("’s"))?;
    let ((entity, class), _) = entity_ending_at(before, lexicon)?;
    (class == EntityClass::Country).then_some(entity)
}

/// Where `surnames` occur in `text` as whole words, with the index of the surname: the
/// matches [`whole_words`] gives for an automaton of them (leftmost-longest, the first of
/// equal surnames), found without building one. An article knows a few people, and an
/// automaton built for each article and used once cost ~5% of one-thread extraction.
fn whole_surnames(text: &str, surnames: &[&str]) -> Vec<(usize, usize)> {
    // By surname: where it next occurs at or after `at` (found again once `at` passes it),
    // or `None` once it occurs no more.
    // (A surname is never empty: a name's words are capitalised; one would be skipped.)
    // Each surname is searched for again and again through the article: a prebuilt
    // vectorised searcher finds it several times faster than `str::find`.
    let finders: Vec<memchr::memmem::Finder> = surnames.iter().map(memchr::memmem::Finder::new).collect();
    let bytes = text.as_bytes();
    let mut next: Vec<Option<usize>> = surnames
        .iter()
        .zip(&finders)
        .map(|(s, finder)| if s.is_empty() { None } else { finder.find(bytes) })
        .collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at < text.len() {
        // The leftmost occurrence, the longest there, the first surname of equal length.
        let mut best: Option<(usize, usize)> = None;
        for (index, surname) in surnames.iter().enumerate() {
            if let Some(p) = next[index]
                && p < at
            {
                next[index] = finders[index].find(&bytes[at..]).map(|p| at + p);
            }
            let Some(p) = next[index] else { continue };
            match best {
                Some((start, other))
                    if start < p || (start == p && surnames[other].len() >= surname.len()) => {}
                _ => best = Some((p, index)),
            }
        }
        let Some((start, index)) = best else { break };
        let end = start + surnames[index].len();
        if at_word_boundaries(text, start, end) {
            found.push((start, index));
            at = end.max(start + 1);
        } else {
            at = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// The words that name each known person, with everyone they may name: a full name its
/// person, a surname everyone who bears it, and a first name ("Saddam", "Elian") its person
/// when no one else has it and it is nobody's name or surname.
fn name_keys(known: &[(String, Option<String>)]) -> Vec<(String, Vec<usize>)> {
    let mut keys: Vec<(String, Vec<usize>)> = Vec::new();
    let add = |keys: &mut Vec<(String, Vec<usize>)>, key: &str, index: usize| match keys
        .iter_mut()
        .find(|(k, _)| k == key)
    {
        Some((_, people)) if !people.contains(&index) => people.push(index),
        Some(_) => {}
        None => keys.push((key.to_owned(), vec![index])),
    };
    for (index, (name, _)) in known.iter().enumerate() {
        add(&mut keys, name, index);
        add(&mut keys, surname(name), index);
    }
    for (index, (name, _)) in known.iter().enumerate() {
        let Some((first, _)) = name.split_once(' ') else { continue };
        let shared = known
            .iter()
            .enumerate()
            .any(|(other, (n, _))| other != index && n.split(' ').next() == Some(first));
        // "Xi" of "Xi Jinping" is a name, where "J." and "JR" are initials and "Al" or "Le"
        // opens other names too ("Al Jazeera").
        let initial = first.ends_with('.')
            || first.chars().all(|c| c.is_uppercase())
            || (first.len() < 3 && OPENING_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(first)));
        if !shared && !initial && !keys.iter().any(|(k, _)| k == first) {
            add(&mut keys, first, index);
        }
    }
    // "Hernán Vélez Mantilla ... Vélez said": of a given name and two surnames, as Spanish
    // and Portuguese names run, the first surname alone is the person too.
    // (Both surnames together are the person once, not twice; and a participle opening a
    // sentence, "Addressing Sri Lankans", was no given name.)
    for (index, (name, _)) in known.iter().enumerate() {
        let [given, middle, _] = name.split(' ').collect::<Vec<_>>()[..] else { continue };
        let initial = middle.ends_with('.') || middle.chars().count() < 3;
        if !initial
            && !given.ends_with("ing")
            && !NAME_PARTICLES.contains(&middle)
            && !keys.iter().any(|(k, _)| k == middle)
        {
            add(&mut keys, middle, index);
            add(&mut keys, &name[given.len() + 1..], index);
        }
    }
    keys
}

/// Whether a capitalised word may be part of someone's name as far as the lexicon knows: no
/// country, body, title, common noun or word of places and bodies. The same words come back
/// in article after article (names, places, a sentence's first word), and the answer is
/// the lexicon's alone, so each thread remembers it per word.
pub(super) fn may_name_someone(word: &str, lower: &str, lexicon: &Lexicon) -> bool {
    use std::cell::RefCell;
    use std::collections::HashMap;
    /// Forgotten when it grows past this many words, so that memory stays bounded.
    const REMEMBERED: usize = 50_000;
    thread_local! {
        static ANSWERS: RefCell<HashMap<String, bool>> = RefCell::new(HashMap::new());
    }
    let judge = || {
        !lexicon.is_not_a_name(word)
            && !lexicon.not_in_untitled_names.contains(word)
            && !lexicon.people_nouns.contains(lower)
            && !lexicon.not_nouns.contains(lower)
            && whole_words(&lexicon.entities, word).next().is_none()
            && whole_words(&lexicon.titles, word).next().is_none()
    };
    // Only the built-in lexicon's answers are kept: it lives as long as the program.
    if !std::ptr::eq(lexicon, Lexicon::english()) {
        return judge();
    }
    ANSWERS.with(|answers| {
        let mut words = answers.borrow_mut();
        if words.len() >= REMEMBERED {
            words.clear();
        }
        if let Some(&answer) = words.get(word) {
            return answer;
        }
        let answer = judge();
        words.insert(word.to_owned(), answer);
        answer
    })
}

/// Full names written without a title: two or three capitalised words in a row ("Juan
/// Miguel Gonzalez", "James C. Kopp"), none a country, body, title, common noun, adverb
/// ("Later") or a word of places and bodies, and none also written in lower case in the
/// article (then it is a common word: "Long columns", "the Court" and "the court").
fn untitled_full_names(text: &str, lexicon: &Lexicon) -> Vec<String> {
    /// What may close a word: punctuation, quotes and brackets; a word ending in one ends a
    /// phrase, and a name is read without it.
    const PHRASE_END: [char; 11] = [',', '.', ';', ':', '"', ')', '\'', '’', '”', '?', '!'];
    /// A word without the punctuation and possessive around it.
    fn clean(raw: &str) -> &str {
        // Most words have none: a letter or digit at each end, and no "'s".
        let bytes = raw.as_bytes();
        if let (Some(first), Some(last)) = (bytes.first(), bytes.last())
            && first.is_ascii_alphanumeric()
            && last.is_ascii_alphanumeric()
            && !(*last == b's' && super::is_possessive(raw))
        {
            return raw;
        }
        let mut word = raw.trim_start_matches(['"', '(', '`', '\'', '‘', '“']).trim_end_matches(PHRASE_END);
        // (`strip_suffix` in a loop, not `trim_end_matches("'s")`, which builds a substring
        // searcher each time: a tenth of extraction when run on every word.)
        while let Some(rest) = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
            word = rest;
        }
        word
    }
    let raws = words(text);
    // Each word is judged once, the cheap tests of its shape first: the runs below look at
    // most words twice. A word that starts with a lower-case letter or a digit (most do)
    // cannot pass, cleaned or not.
    let shaped: Vec<bool> = raws
        .iter()
        .map(|&raw| {
            // ("al-Rashidi", "el-Sisi": a surname after its article, as titled names have.)
            let raw = ARTICLE_PREFIXES.iter().find_map(|p| raw.strip_prefix(p)).unwrap_or(raw);
            if raw.as_bytes().first().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
                return false;
            }
            let word = clean(raw);
            word.starts_with(|c: char| c.is_uppercase())
                && word.chars().nth(1).is_some()
                && word.chars().any(char::is_lowercase)
                && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        .collect();
    // A name has two words or more, so a word can be part of one only when another word that
    // may be stands beside it, past initials and particles. The costlier tests below are for
    // those words alone: most capitalised words stand by themselves ("The", "Moscow").
    let links = |m: usize| is_initial(raws[m]) || NAME_PARTICLES.contains(&clean(raws[m]));
    /// Whether the first of `others` that is not an initial or a particle may be a name's word.
    fn first_may(
        mut others: impl Iterator<Item = usize>,
        may: &[bool],
        links: &dyn Fn(usize) -> bool,
    ) -> bool {
        others.find(|&m| may[m] || !links(m)).is_some_and(|m| may[m])
    }
    let paired = |k: usize, may: &[bool]| {
        may[k] && (first_may((0..k).rev(), may, &links) || first_may(k + 1..raws.len(), may, &links))
    };
    // What passes the lexicon's tests is kept in lower case, for the last test.
    let candidates: Vec<Option<String>> = (0..raws.len())
        .map(|k| {
            if !paired(k, &shaped) {
                return None;
            }
            let word = clean(raws[k]);
            let lower = word.to_lowercase();
            may_name_someone(word, &lower, lexicon).then_some(lower)
        })
        .collect();
    let may: Vec<bool> = candidates.iter().map(Option::is_some).collect();
    // The last test: no candidate is also written in lower case in the article, as a word of
    // its own (letters and hyphens). Each candidate is looked for with a vectorised search:
    // a set of every word in the article, hashed, cost more than the rest of people together.
    let mut wanted: Vec<&str> = candidates
        .iter()
        .enumerate()
        .filter(|&(k, _)| paired(k, &may))
        .filter_map(|(_, c)| c.as_deref())
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let in_word = |c: Option<char>| c.is_some_and(|c| c.is_alphabetic() || c == '-');
    let written_lower: Vec<bool> = wanted
        .iter()
        .map(|&lower| {
            lower.starts_with(char::is_lowercase)
                && memchr::memmem::find_iter(text.as_bytes(), lower).any(|at| {
                    !in_word(text[..at].chars().next_back())
                        && !in_word(text[at + lower.len()..].chars().next())
                })
        })
        .collect();
    // A word without another beside it is no name's, whatever the last test would say.
    let is_name: Vec<bool> = candidates
        .iter()
        .map(|lower| {
            lower
                .as_deref()
                .is_some_and(|lower| wanted.binary_search(&lower).is_ok_and(|index| !written_lower[index]))
        })
        .collect();
    let ends_phrase = |raw: &str| raw.ends_with(PHRASE_END) || raw.ends_with("'s");
    // "the Sinn Fein party", "Sinn Fein leader Gerry Adams", "in Addis Ababa": a run after
    // an article or a preposition of place, or before a role or a people's noun, names a body
    // or a place, wherever else it stands.
    let modifies = |before: Option<&str>, after: Option<&str>| {
        before.is_some_and(|b| {
            matches!(
                b.to_lowercase().as_str(),
                "the" | "a" | "an" | "in" | "at" | "near" | "outside" | "inside"
            )
        }) || after.is_some_and(|a| {
            let word = clean(a).to_lowercase();
            word == "party" || lexicon.people_nouns.contains(&word) || is_whole_phrase(&lexicon.titles, &word)
        })
    };
    let mut bodies: Vec<String> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut i = 0;
    while i < raws.len() {
        if !is_name[i] || (i > 0 && !ends_phrase(raws[i - 1]) && is_name[i - 1]) {
            i += 1;
            continue;
        }
        let mut tokens = vec![clean(raws[i])];
        let mut j = i + 1;
        let mut stopped = ends_phrase(raws[i]);
        while !stopped && j < raws.len() {
            let raw = raws[j];
            // "Jane Doe (Chair)", "John Roe (Westbury)": a bracket after a name holds a role or
            // a seat, no part of the name.
            if raw.starts_with('(') {
                break;
            }
            let word = clean(raw);
            if is_initial(raw) {
                tokens.push(raw);
            } else if NAME_PARTICLES.contains(&word) || is_name[j] {
                tokens.push(word);
                stopped = ends_phrase(raw);
            } else {
                break;
            }
            j += 1;
        }
        while tokens.last().is_some_and(|t| t.ends_with('.') || NAME_PARTICLES.contains(t)) {
            tokens.pop();
        }
        // "Pak Teguh Prasetyo", "Sir Martin Greaves": an honorific is no part of the name, when
        // a name of two words is left ("Sri Wahyuni" is a given name and a surname).
        let honorifics = leading_honorifics(&tokens, lexicon);
        if tokens.len() >= honorifics + 2 {
            tokens.drain(..honorifics);
        }
        let name_words = tokens.iter().filter(|t| !t.ends_with('.') && !NAME_PARTICLES.contains(t)).count();
        // A capitalised word right after the run ("Andrews Air Force Base") makes it longer
        // than a name.
        let longer = !stopped && j < raws.len() && !raws[j].starts_with('(') && {
            let next = clean(raws[j]);
            next.starts_with(|c: char| c.is_uppercase()) && !lexicon.is_not_a_name(next)
        };
        if (2..=MAX_NAME_WORDS).contains(&name_words) && !longer {
            let name = tokens.join(" ");
            let before = i.checked_sub(1).map(|b| raws[b]);
            // "Buenos Aires", "Abu Dhabi": a place the gazetteer names is no one.
            let place = is_whole_phrase(&lexicon.entities, &name);
            // "KYIV, Aug 30 (Meridian Wire) - ": a dateline's agency, in brackets before its dash.
            let agency = raws[i].starts_with('(')
                && raws[j - 1].ends_with(')')
                && raws.get(j).is_some_and(|next| matches!(*next, "-" | "--" | "–" | "—" | "_"));
            if place || agency || modifies(before, raws.get(j).copied().filter(|_| !stopped)) {
                bodies.push(name);
            } else if !names.contains(&name) {
                names.push(name);
            }
        }
        i = j.max(i + 1);
    }
    names.retain(|n| !bodies.contains(n));
    names
}

/// The article's words, as `split_whitespace` gives them. Most news is ASCII with spaces,
/// line feeds and tabs between words: then those bytes are all that separate words, and
/// looking at bytes costs a third of decoding each character to ask if it is white space.
fn words(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    if !text.is_ascii() || memchr::memchr3(b'\r', 0x0B, 0x0C, bytes).is_some() {
        return text.split_whitespace().collect();
    }
    let mut words = Vec::with_capacity(text.len() / 6);
    let mut start = 0;
    for (end, &byte) in bytes.iter().enumerate() {
        if matches!(byte, b' ' | b'\n' | b'\t') {
            if end > start {
                words.push(&text[start..end]);
            }
            start = end + 1;
        }
    }
    if start < text.len() {
        words.push(&text[start..]);
    }
    words
}

/// Whether `short`, of two words or more, is the last words of the longer name `long`
/// ("Arriola Quiñónez" of "Bernardo Arriola Quiñónez").
fn is_tail_of(short: &str, long: &str) -> bool {
    short.contains(' ')
        && long.len() > short.len()
        && long.ends_with(short)
        && long.as_bytes()[long.len() - short.len() - 1] == b' '
}

pub(super) fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// Records a person introduced with a title, and for which country or body they speak: a
/// country is also the person's own.
fn introduce(
    introduced: &mut Vec<Introduced>,
    known: &mut Vec<(String, Option<String>)>,
    (at, title): (usize, &str),
    name: String,
    speaks_for: Option<(String, EntityClass)>,
) {
    let name = as_names_are_written(name);
    // "FBI Director Louis Freeh" speaks for the FBI, and so for the United States.
    let country = speaks_for.as_ref().and_then(|(entity, class)| match class {
        EntityClass::Country => Some(entity.clone()),
        _ => Lexicon::english().country_of_body(entity).map(str::to_owned),
    });
    introduced.push(Introduced {
        at,
        title: title.to_owned(),
        name: name.clone(),
        speaks_for: speaks_for.map(|(c, _)| c),
    });
    add_person(known, name, country);
}

/// A name given in capitals ("GOVERNOR LACEY:" labelling a transcript's speaker, "PRESIDENT
/// WHITCOMBE" in a heading) as the text writes names elsewhere: "Lacey". Roman numerals
/// stay ("Mohammed VI"), and so does a name with any small letter.
pub(super) fn as_names_are_written(name: String) -> String {
    let shouted = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !w.chars().any(char::is_lowercase)
            && !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
    };
    if !name.split(' ').any(shouted) {
        return name;
    }
    let word = |w: &str| {
        if !shouted(w) {
            return w.to_owned();
        }
        let mut out = String::with_capacity(w.len());
        let mut opens = true;
        for c in w.chars() {
            if opens {
                out.extend(c.to_uppercase())
            } else {
                out.extend(c.to_lowercase())
            }
            opens = matches!(c, '-' | '\'' | '’');
        }
        out
    };
    name.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

fn add_person(known: &mut Vec<(String, Option<String>)>, name: String, country: Option<String>) {
    if let Some(existing) = known.iter_mut().find(|(n, _)| *n == name || surname(n) == name) {
        if existing.1.is_none() {
            existing.1 = country;
        }
        return;
    }
    // A full name replaces an earlier lone surname.
    if let Some(existing) = known.iter_mut().find(|(n, _)| !n.contains(' ') && *n == surname(&name)) {
        existing.0 = name;
        if existing.1.is_none() {
            existing.1 = country;
        }
        return;
    }
    known.push((name, country));
}

/// Up to three capitalised words after a title: "Vladimir Putin", "George W. Bush".
/// Lower-case words inside names: "bin", "von der".
pub(super) const NAME_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "van", "von", "der", "den", "de", "da", "di", "del", "du", "la", "le", "arap",
    "ben", "abu", "dos", "das",
];
/// Short words that open names of people, places and bodies alike ("Al Gore", "Al Jazeera",
/// "El Salvador", "Le Monde"): never a first name that alone names someone.
const OPENING_PARTICLES: &[&str] =
    &["al", "el", "le", "la", "de", "da", "di", "du", "do", "st", "mc", "ab", "ul"];
/// The Arabic article written joined to a name in lower case ("Abdel Fattah al-Sisi").
pub(super) const ARTICLE_PREFIXES: &[&str] = &["al-", "el-", "ad-", "as-"];
/// Capitalised words in a name, besides its particles.
const MAX_NAME_WORDS: usize = 3;
/// How far a name and the few words around it may run (a name after its title, the comma
/// before an apposed title): every look around a name stops there, so a text with no line
/// break or comma is still read in linear time.
const NAME_BYTES: usize = 300;
/// Letters written after a name for a seat or an honour ("Rt Hon Jane Doe MP", "John Roe
/// QC"): they close the name and are no part of it.
const POST_NOMINALS: &[&str] =
    &["MP", "MPs", "MEP", "MSP", "MLA", "MHA", "MPP", "QC", "KC", "TD", "OBE", "CBE", "MBE", "KBE", "DBE"];
/// Words that join the words of a heading in capitals ("PRESIDENT OF FINLAND", "MEETING
/// WITH THE PRESIDENT"): never a word of a name after a title, whatever their case.
const HEADING_JOINERS: &[&str] = &["of", "the", "with", "and", "for", "from"];

/// Whether a title matched in any case is a short one written in capitals without a full
/// stop, which is an acronym rather than the title: "DR Congo" is no doctor.
/// Whether `word` is a title, whole: "Minister", "Commissioner".
fn is_a_title(word: &str, lexicon: &Lexicon) -> bool {
    whole_words(&lexicon.titles, word).next().is_some_and(|t| t.range() == (0..word.len()))
}

/// Whether a word is a name's initial: a capital and a full stop ("J."; not "9." of a numbered
/// caption, "9. FILE, Saturday 7 July.").
fn is_initial(word: &str) -> bool {
    word.len() == 2 && word.ends_with('.') && word.starts_with(|c: char| c.is_uppercase())
}

fn short_title_in_capitals(matched: &str) -> bool {
    const SHORT: usize = 2;
    matched.len() <= SHORT && matched.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether a title in capitals heads a headline ("PRIME MINISTER HOME FROM COLOMBO"), where the
/// words after it are the headline's, not a name; a speaker's label ("PRESIDENT WHITCOMBE:")
/// names its speaker.
fn headline_title(text: &str, title: Range<usize>) -> bool {
    const LABEL_WORDS: usize = 3;
    let in_capitals = |s: &str| s.bytes().all(|b| b.is_ascii_uppercase() || b == b' ' || b == b'-');
    let matched = &text[title.clone()];
    let line = &text[title.end..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let label = line.find(':').is_some_and(|colon| {
        in_capitals(&line[..colon]) && line[..colon].split_whitespace().count() <= LABEL_WORDS
    });
    matched.len() > 2 && in_capitals(matched) && !label
}

/// How many of `words` open them with an honorific ("Shri", "H.E.", "Pak").
fn leading_honorifics(words: &[&str], lexicon: &Lexicon) -> usize {
    words.iter().take_while(|w| lexicon.honorifics.iter().any(|h| h == *w)).count()
}

fn name_tokens<'a>(after: &'a str, lexicon: &Lexicon) -> Vec<&'a str> {
    let mut tokens = Vec::new();
    // A name is a few words: never look further (a title may stand before a whole book).
    const LOOKAHEAD_WORDS: usize = 8;
    let rest = after.strip_prefix(' ').unwrap_or("");
    let rest = &rest[..rest.floor_char_boundary(NAME_BYTES)];
    let rest = rest.split('\n').next().unwrap_or("");
    let mut raws: Vec<&str> = rest.split(' ').take(LOOKAHEAD_WORDS).collect();
    // "Prime Minister Shri Arvind Deshmukh", "the Prime Minister, H.E. Mr. Ranjith
    // Wickramaratne": honorifics after a title are no part of the name.
    let honorifics = leading_honorifics(&raws, lexicon);
    if honorifics < raws.len() {
        raws.drain(..honorifics);
    }
    for (i, raw) in raws.iter().copied().enumerate() {
        let word = raw
            .trim_end_matches([',', '.', ';', ':', '\'', '’'])
            .trim_end_matches("'s")
            .trim_end_matches("’s");
        let initial = word.len() == 1 && raw.ends_with('.');
        let ends_phrase = raw.len() != word.len() && !initial;
        let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        // "Abdel Fattah al-Sisi", "Osama bin Laden", "Ursula von der Leyen".
        let prefixed = ARTICLE_PREFIXES.iter().any(|p| word.strip_prefix(p).is_some_and(upper));
        let particle = !tokens.is_empty()
            && NAME_PARTICLES.contains(&word)
            && raws[i + 1..].iter().take(2).any(|w| upper(w));
        let capitalised = upper(word) || prefixed || particle;
        let wordlike = word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'');
        if !capitalised
            || !wordlike
            || word.len() < 2 && !initial
            // ("TELEPHONE CALL WITH THE PRESIDENT": a heading in capitals writes them so.)
            || lexicon.is_not_a_name(word)
            || POST_NOMINALS.contains(&word)
            || HEADING_JOINERS.iter().any(|j| j.eq_ignore_ascii_case(word))
        {
            break;
        }
        tokens.push(if initial { &raw[..2] } else { word });
        // ("Sheikh Mansour bin Rashid Al Nuaimi": "Al" inside an Arabic name is one too.)
        let particles = tokens.iter().filter(|t| NAME_PARTICLES.contains(t)).count()
            + tokens.iter().skip(1).filter(|t| **t == "Al").count();
        if tokens.len() == MAX_NAME_WORDS + particles || ends_phrase {
            break;
        }
    }
    // A name does not end on a particle.
    while tokens.last().is_some_and(|t| NAME_PARTICLES.contains(t)) {
        tokens.pop();
    }
    // A trailing initial is not a surname.
    while tokens.last().is_some_and(|t| t.ends_with('.')) {
        tokens.pop();
    }
    tokens
}

/// The country or body named just before a title: "Russian President", "U.S. Secretary
/// of State", "FBI Director", "UN Special Envoy".
fn entity_before(
    text: &str,
    title_start: usize,
    bodies: &[(usize, usize, String)],
    lexicon: &Lexicon,
) -> Option<(String, EntityClass)> {
    const RANK_WORDS: usize = 2;
    let mut before = text[..title_start].trim_end();
    // "Yemen's president, Abdullah Mansour al-Rashidi": a possessive as a modifier.
    if let Some(owner) = before.strip_suffix("'s").or_else(|| before.strip_suffix("’s")) {
        // ("Tomás Berrondo, the agency's Director General": the body named before.)
        if let Some(body) = body_anaphor_ending_at(bodies, owner.len()) {
            return Some(body);
        }
        before = owner;
    }
    for _ in 0..=RANK_WORDS {
        if let Some((entity, _)) = entity_ending_at(before, lexicon) {
            return Some(entity);
        }
        // A rank between them: "Special", "Deputy", "Assistant".
        let (rest, word) = before.rsplit_once(' ')?;
        if !word.starts_with(|c: char| c.is_uppercase()) || lexicon.is_not_a_name(word) {
            return None;
        }
        before = rest.trim_end();
    }
    None
}

/// The country or organisation whose name ends `before`, with where it starts.
fn entity_ending_at(before: &str, lexicon: &Lexicon) -> Option<((String, EntityClass), usize)> {
    let window_start = before.char_indices().rev().nth(40).map(|(i, _)| i).unwrap_or(0);
    let window = &before[window_start..];
    let last = whole_words(&lexicon.entities, window).last()?;
    let entity = &lexicon.entity_meaning[last.pattern().as_usize()];
    (last.end() == window.len() && entity.class != EntityClass::Place)
        .then(|| ((entity.canonical.clone(), entity.class), window_start + last.start()))
}

/// What a noun that stands for a body looks back for.
#[derive(Clone, Copy, PartialEq)]
enum BodyNoun<'t> {
    /// "the bloc": the bloc named last.
    Bloc,
    /// "the agency", "the organisation": the body named last, not an armed group.
    Body,
    /// "the Fund": the body named last that has a name ending in this word ("International
    /// Monetary Fund"), by whichever name ("the IMF").
    NameEnd(&'t str),
}

/// The bodies that nouns such as "the bloc", "the agency" or "the Fund" stand for, with
/// where each phrase starts and ends, in order: the bloc or body (not an armed group) that
/// the text named last before it, in its paragraph or the two before, by its name or by
/// such a noun ("the WTO's ministerial ... The organisation's Director-General telephoned").
pub(super) fn body_anaphors(text: &str, lexicon: &Lexicon) -> Vec<(usize, usize, String)> {
    let anaphors = &lexicon.body_anaphors;
    let mut nouns: Vec<(usize, usize, BodyNoun)> = Vec::new();
    for (words, kind) in [(&anaphors.blocs, BodyNoun::Bloc), (&anaphors.bodies, BodyNoun::Body)] {
        for noun in words {
            // (memchr's vectorised search: the standard library's is far slower here.)
            for start in memchr::memmem::find_iter(text.as_bytes(), noun.as_bytes()) {
                let end = start + noun.len();
                // ("the regional bloc IGAD": named there.)
                if !at_word_boundaries(text, start, end) || capitalised_word_after(text, end) {
                    continue;
                }
                if let Some(opening) = determined_by_the(text, start, &anaphors.not_after) {
                    nouns.push((opening, end, kind));
                }
            }
        }
    }
    // "the Fund's Managing Director" after "the International Monetary Fund": the last word
    // of a body's name, capitalised after "the", is the body named before with it.
    for the in ["the ", "The "] {
        for start in memchr::memmem::find_iter(text.as_bytes(), the.as_bytes()) {
            let word_start = start + the.len();
            let word_end =
                text[word_start..].find(|c: char| !c.is_alphabetic()).map_or(text.len(), |i| word_start + i);
            let word = &text[word_start..word_end];
            if !text[..start].ends_with(char::is_alphanumeric)
                && lexicon.body_name_ends.contains_key(word)
                && !capitalised_word_after(text, word_end)
                && !text[word_end..].starts_with(" of ")
            {
                nouns.push((start, word_end, BodyNoun::NameEnd(word)));
            }
        }
    }
    if nouns.is_empty() {
        return Vec::new();
    }
    nouns.sort_by_key(|n| n.0);
    // The bodies the text names before each noun, in order: only the stretches a noun looks
    // back over are searched, each once (most of an article is not).
    let mut named: Vec<(usize, usize, &str)> = Vec::new();
    let mut searched = 0;
    let fits = |kind: BodyNoun, body: &str| match kind {
        BodyNoun::Bloc => lexicon.is_bloc(body),
        BodyNoun::Body => true,
        BodyNoun::NameEnd(last) => {
            lexicon.body_name_ends.get(last).is_some_and(|bodies| bodies.contains(body))
        }
    };
    // Each noun looks back past the nouns of its kind before it, which stand for their
    // bodies in turn ("the League ... the League's next summit").
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    let mut kinds: Vec<BodyNoun> = Vec::new();
    for (start, end, kind) in nouns {
        let from = body_window(text, start);
        let search_from = from.max(searched);
        if search_from < start {
            let stretch = &text[search_from..start];
            named.extend(whole_words(&lexicon.entities, stretch).filter_map(|m| {
                let e = &lexicon.entity_meaning[m.pattern().as_usize()];
                // (Not the end of a word cut at the stretch's start.)
                let cut = m.start() == 0 && text[..search_from].ends_with(char::is_alphanumeric);
                (!cut && e.class == EntityClass::Organisation && !lexicon.is_armed_group(&e.canonical))
                    .then_some((search_from + m.start(), search_from + m.end(), e.canonical.as_str()))
            }));
            searched = start;
        }
        let by_name = named[..named.partition_point(|n| n.1 <= start)]
            .iter()
            .rev()
            .take_while(|n| n.0 >= from)
            .find(|n| fits(kind, n.2))
            .map(|n| (n.0, n.2));
        let by_noun = found
            .iter()
            .zip(&kinds)
            .rev()
            .take_while(|(f, _)| f.0 >= from)
            .find(|(_, k)| **k == kind)
            .map(|(f, _)| (f.0, f.2.as_str()));
        let body = match (by_name, by_noun) {
            (Some(a), Some(b)) => Some(if a.0 >= b.0 { a.1 } else { b.1 }),
            (a, b) => a.or(b).map(|x| x.1),
        };
        if let Some(body) = body.map(str::to_owned) {
            found.push((start, end, body));
            kinds.push(kind);
        }
    }
    found
}

/// Where to look back from `position` for the body a noun stands for: its paragraph and the
/// two before.
fn body_window(text: &str, position: usize) -> usize {
    const PARAGRAPHS: usize = 3;
    const MOST_BYTES: usize = 3000;
    super::paragraphs_back(text, position, PARAGRAPHS)
        .max(text.floor_char_boundary(position.saturating_sub(MOST_BYTES)))
}

/// The body a noun such as "the agency" ending at `end` stands for (see `body_anaphors`).
fn body_anaphor_ending_at(bodies: &[(usize, usize, String)], end: usize) -> Option<(String, EntityClass)> {
    bodies.iter().find(|b| b.1 == end).map(|b| (b.2.clone(), EntityClass::Organisation))
}

/// Where the text speaks of the head of a body ("the head of the IAEA", "The chief of the
/// agency"), and which body: where "the" starts, and the body's name.
fn heads_of_bodies(text: &str, bodies: &[(usize, usize, String)], lexicon: &Lexicon) -> Vec<(usize, String)> {
    const BODY_BYTES: usize = 60;
    let mut found = Vec::new();
    for head in &lexicon.body_heads {
        for at in memchr::memmem::find_iter(text.as_bytes(), head.as_bytes()) {
            let Some(opening) = determined_by_the(text, at, &[]).filter(|&o| o + "the ".len() == at) else {
                continue;
            };
            let body_start = at + head.len() + 1;
            if !text[at + head.len()..].starts_with(' ') {
                continue;
            }
            let window =
                &text[body_start..text.floor_char_boundary((body_start + BODY_BYTES).min(text.len()))];
            let named = whole_words(&lexicon.entities, window).next().and_then(|m| {
                let e = &lexicon.entity_meaning[m.pattern().as_usize()];
                let from = window[..m.start()].trim();
                (matches!(from, "" | "the") && e.class == EntityClass::Organisation)
                    .then(|| e.canonical.clone())
            });
            let body = named.or_else(|| bodies.iter().find(|b| b.0 == body_start).map(|b| b.2.clone()));
            if let Some(body) = body {
                found.push((opening, body));
            }
        }
    }
    found
}

/// Where the "the" starts that determines the noun at `noun_start`, past at most one
/// lower-case modifier ("the bloc", "the regional bloc", "the 27-member bloc"), unless the
/// modifier is one of `not_after`.
fn determined_by_the(text: &str, noun_start: usize, not_after: &[String]) -> Option<usize> {
    let before = text[..noun_start].strip_suffix(' ')?;
    let the_at = |before: &str| {
        let rest = before.strip_suffix("the").or_else(|| before.strip_suffix("The"))?;
        (!rest.ends_with(char::is_alphanumeric)).then_some(rest.len())
    };
    the_at(before).or_else(|| {
        let (rest, modifier) = before.rsplit_once(' ')?;
        let lower = modifier.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        (lower && !modifier.is_empty() && !not_after.iter().any(|n| n == modifier)).then_some(())?;
        the_at(rest)
    })
}

/// The country or body "its" at the end of `before` stands for: the last one named earlier
/// in its sentence ("Islamabad said its Prime Minister"), or, for "Its" opening a sentence,
/// the first the sentence before names.
pub(super) fn its_owner(text: &str, before: &str, lexicon: &Lexicon) -> Option<(String, EntityClass)> {
    let rest = before
        .strip_suffix("its")
        .or_else(|| before.strip_suffix("Its"))
        .filter(|r| !r.ends_with(char::is_alphanumeric))?;
    // (No further back than a sentence may run: a text with no full stop is not searched
    // to its start for every "its".)
    let sentence_start = |end: usize| {
        let from = text.floor_char_boundary(end.saturating_sub(super::sentences::MAX_SENTENCE));
        super::sentences::sentence_start_before(text, from, end)
    };
    let entities = |range: Range<usize>| {
        whole_words(&lexicon.entities, &text[range])
            .map(|m| &lexicon.entity_meaning[m.pattern().as_usize()])
            .filter(|e| e.class != EntityClass::Place)
    };
    let sentence = sentence_start(rest.len());
    if let Some(last) = entities(sentence..rest.len()).last() {
        return Some((last.canonical.clone(), last.class));
    }
    // "asks whether Turkey has taken sides. Its parliament voted ... Its Foreign Minister is
    // expected": a sentence that opens on "Its" is the owner's whom the sentence before is
    // about, its first state or body (or that one's own "Its" owner).
    if !text[sentence..rest.len()].trim().is_empty() {
        return None;
    }
    const SENTENCES_BACK: usize = 3;
    let mut end = text[..sentence].trim_end().len();
    for _ in 0..SENTENCES_BACK {
        let start = sentence_start(end.checked_sub(1)?);
        if !text[start..end].trim_start().starts_with("Its ") {
            let first = entities(start..end).next()?;
            return Some((first.canonical.clone(), first.class));
        }
        end = text[..start].trim_end().len();
    }
    None
}

/// "Director of the Federal Bureau of Investigation (FBI) Louis Freeh": where the name
/// starts after a title's "of" and the body it names, and that body.
fn body_after_title(
    text: &str,
    title_end: usize,
    lexicon: &Lexicon,
) -> Option<(usize, Option<(String, EntityClass)>)> {
    const BODY_CHARS: usize = 60;
    let rest = text[title_end..].strip_prefix(" of ")?;
    let rest_start = text.len() - rest.len();
    let window_end = rest.char_indices().nth(BODY_CHARS).map_or(rest.len(), |(i, _)| i);
    let first = whole_words(&lexicon.entities, &rest[..window_end]).next()?;
    let entity = &lexicon.entity_meaning[first.pattern().as_usize()];
    // Only "the" and other names may stand between "of" and the body, and "of" after a
    // word of a state's name ("the President of the Republic of Kazakhstan").
    let lead = rest[..first.start()].split_whitespace();
    let state_word = lead.clone().any(|w| lexicon.state_words.iter().any(|s| s == w));
    if entity.class == EntityClass::Place
        || !lead
            .clone()
            .all(|w| w == "the" || (state_word && w == "of") || w.starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    // Of names in a row the last is the body: "U.S. Federal Bureau of Investigation".
    let mut last = first;
    for m in whole_words(&lexicon.entities, &rest[..window_end]).skip(1) {
        if !rest[last.end()..m.start()].trim().is_empty() {
            break;
        }
        last = m;
    }
    let end = last.end();
    let mut after = &rest[end..];
    // "(FBI)": an abbreviation in brackets.
    if let Some(inner) = after.strip_prefix(" (")
        && let Some(close) = inner.find(')')
        && !inner[..close].contains(' ')
    {
        after = &inner[close + 1..];
    }
    // "the President of the Kyrgyz Republic": the rest of a state's name.
    if let Some(word) = after.strip_prefix(' ').and_then(|a| a.split([' ', ',', '.']).next())
        && lexicon.state_words.iter().any(|w| w == word)
    {
        after = &after[1 + word.len()..];
    }
    // "the President of the Republic of Uzbekistan, Anvar Tursunov,": the name in apposition.
    if let Some(apposed) = after.strip_prefix(',') {
        let tokens = name_tokens(apposed, lexicon);
        let named = tokens.last().and_then(|last| apposed.find(last).map(|at| &apposed[at + last.len()..]));
        if tokens.len() >= 2
            && named.is_some_and(|rest| rest.is_empty() || rest.starts_with([',', '.', ';', ' ']))
        {
            after = apposed;
        }
    }
    let body = lexicon.entity_meaning[last.pattern().as_usize()].clone();
    Some((rest_start + (rest.len() - after.len()), Some((body.canonical, body.class))))
}

/// The name a title stands in apposition to, and the country or body named with the title:
/// "Joseph Kimotho, Kenya's trade minister" gives Joseph Kimotho and Kenya. The name is two or
/// three capitalised words right before the comma, none of them a country or body.
fn appositive_name(
    text: &str,
    title_start: usize,
    bodies: &[(usize, usize, String)],
    lexicon: &Lexicon,
) -> Option<(String, Option<(String, EntityClass)>)> {
    const MODIFIER_WORDS: usize = 4;
    let before = &text[..title_start];
    // (The comma is a few words back, if anywhere.)
    let window = before.floor_char_boundary(title_start.saturating_sub(NAME_BYTES));
    let comma = window + before[window..].rfind(',')?;
    let modifiers = &before[comma + 1..];
    let words: Vec<&str> = modifiers.split_whitespace().collect();
    if words.len() > MODIFIER_WORDS || modifiers.contains([';', ':', '(', ')', '"', '\n']) {
        return None;
    }
    // "Aram Ghukasyan, hosted by the Russian foreign minister": a verb or a preposition
    // between makes the title someone else's.
    const DETERMINERS: [&str; 7] = ["the", "a", "an", "his", "her", "its", "their"];
    let clause = words.iter().any(|w| {
        let lower = w.to_ascii_lowercase();
        (lexicon.not_nouns.contains(&lower) && !DETERMINERS.contains(&lower.as_str()))
            || (lower.len() > 4 && lower.ends_with("ed"))
    });
    if clause {
        return None;
    }
    let mut tokens: Vec<&str> = Vec::new();
    // "Jane Doe MP, Minister for Asia": letters after the name are no part of it.
    // (A name may open its line: "...on Tuesday.\n\nTomás Berrondo, the agency's Director".)
    for word in before[..comma]
        .rsplit(char::is_whitespace)
        .skip_while(|w| POST_NOMINALS.contains(w))
        .take(MAX_NAME_WORDS)
    {
        let initial = is_initial(word);
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && word.len() > 1;
        let title = is_whole_phrase(&lexicon.titles, word);
        let honorific = lexicon.honorifics.iter().any(|h| h == word);
        if !(capitalised || initial) || title || honorific || lexicon.is_not_a_name(word) {
            break;
        }
        tokens.push(word);
    }
    tokens.reverse();
    let name = tokens.join(" ");
    let an_entity = whole_words(&lexicon.entities, &name).next().is_some();
    // "Upon arrival at Bole International Airport, the Prime Minister": a place's name, after
    // a preposition of place or ending on a place's noun, is no one.
    let head = tokens.last().map(|t| t.to_ascii_lowercase()).unwrap_or_default();
    let word_before = before[..comma].split_whitespace().rev().nth(tokens.len());
    let after_a_place_preposition =
        word_before.is_some_and(|w| matches!(w, "at" | "in" | "near" | "to" | "from" | "outside"));
    if tokens.len() < 2 || an_entity || lexicon.place_nouns.contains(&head) || after_a_place_preposition {
        return None;
    }
    // "Kenya's", "the U.N.", "the agency's": whom the title speaks for.
    let speaks_for = whole_words(&lexicon.entities, modifiers)
        .last()
        .and_then(|m| {
            let entity = &lexicon.entity_meaning[m.pattern().as_usize()];
            (entity.class != EntityClass::Place).then(|| (entity.canonical.clone(), entity.class))
        })
        .or_else(|| {
            // ("the agency's Director General": a rank may follow.)
            let owner_end = modifiers.find("'s ").or_else(|| modifiers.find("’s "))?;
            body_anaphor_ending_at(bodies, comma + 1 + owner_end)
        });
    Some((name, speaks_for))
}

/// Who won the article's election: the first person named with a word of winning a few words
/// on ("Ruiz wins runoff", "congratulated Ruiz on her narrow win").
fn winner(text: &str, mentions: &[PersonMention], lexicon: &Lexicon) -> Option<String> {
    const WORDS: usize = 8;
    mentions
        .iter()
        .find(|m| {
            text[m.start..].split_whitespace().skip(1).take(WORDS).any(|w| {
                let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
                lexicon.winning.iter().any(|x| bare.eq_ignore_ascii_case(x))
            })
        })
        .map(|m| m.name.clone())
}

/// "the Danish foreign minister, Lars Holm,": two or three capitalised words after the comma
/// that follows a title, closing a phrase, none of them a title or a country or body. Not
/// "the minister, Foreign Secretary Ann Lee" (a second title), nor "the envoy, United Nations
/// officials said".
fn name_apposed_after(text: &str, title_end: usize, lexicon: &Lexicon) -> Option<String> {
    let apposed = text[title_end..].strip_prefix(',')?;
    let tokens = name_tokens(apposed, lexicon);
    if tokens.len() < 2 {
        return None;
    }
    let last = tokens[tokens.len() - 1];
    let rest = &apposed[apposed.find(last)? + last.len()..];
    // The name is whole: no capitalised word goes on after it.
    // (Or the line ends: "Remarks by the President of the European Council, Joris Van Acker".)
    let closed = rest.is_empty()
        || rest.starts_with([',', '.', ';', ':', ')', '\n', '\r'])
        || rest.strip_prefix(' ').is_some_and(|r| !r.starts_with(|c: char| c.is_uppercase()));
    let name = tokens.join(" ");
    let named = |automaton| whole_words(automaton, &name).next().is_some();
    (closed && !named(&lexicon.titles) && !named(&lexicon.entities)).then_some(name)
}

/// "King Hussein of Jordan": the country named right after a person's name, and where its
/// name ends.
fn country_after_name(
    text: &str,
    name_end: usize,
    lexicon: &Lexicon,
) -> Option<((String, EntityClass), usize)> {
    let rest = text[name_end..].strip_prefix(" of ")?;
    let (entity, name_end) = lexicon.entity_opening(rest)?;
    let end = text.len() - rest.len() + name_end;
    (entity.class == EntityClass::Country).then(|| ((entity.canonical.clone(), entity.class), end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str) -> Vec<String> {
        let people = People::find(text, Lexicon::english());
        people.in_range(0..text.len()).into_iter().map(|m| m.name).collect()
    }

    #[test]
    fn a_heading_in_capitals_names_no_one_by_its_joining_words() {
        let text = "TALKS WITH THE PRESIDENT OF PERU\n\nOn Monday the Chancellor spoke with President of \
                    Peru Rosa Quispe Mamani about trade.";
        let names = named(text);
        assert!(names.iter().all(|n| !n.starts_with("Of ") && !n.starts_with("OF ")), "{names:?}");
        assert!(names.contains(&"Rosa Quispe Mamani".to_owned()), "{names:?}");
    }

    #[test]
    fn letters_after_a_name_and_a_bracket_after_it_are_no_part_of_it() {
        let text = "Rt Hon Daniel Fairbairn MP, Minister for Asia, flew to Hanoi. Members: \
                    Moira Pettigrew (Chair) and Owen Lathbury (Westbury) went too.";
        let names = named(text);
        assert!(names.contains(&"Daniel Fairbairn".to_owned()), "{names:?}");
        assert!(names.iter().all(|n| !n.ends_with(" MP") && !n.contains("Chair") && !n.contains("Westbury")));
        assert!(names.contains(&"Moira Pettigrew".to_owned()), "{names:?}");
    }

    #[test]
    fn a_names_last_two_words_written_alone_are_the_same_person() {
        let text = "The winner, Gustavo Herrera Olmedo, thanked voters. Herrera Olmedo met Paola Ibarra \
                    Cuesta on Friday, and Ibarra Cuesta said the talks went well.";
        let names = named(text);
        assert!(names.iter().all(|n| n != "Herrera Olmedo" && n != "Ibarra Cuesta"), "{names:?}");
        assert!(names.contains(&"Gustavo Herrera Olmedo".to_owned()), "{names:?}");
        assert!(names.contains(&"Paola Ibarra Cuesta".to_owned()), "{names:?}");
        assert!(is_tail_of("Herrera Olmedo", "Gustavo Herrera Olmedo"));
        assert!(!is_tail_of("Olmedo", "Gustavo Herrera Olmedo"));
        assert!(!is_tail_of("ra Olmedo", "Gustavo Herrera Olmedo"));
    }

    #[test]
    fn an_honorific_before_a_name_of_two_words_is_no_part_of_it() {
        let names = untitled_full_names("Later Pak Teguh Prasetyo flew on.", Lexicon::english());
        assert_eq!(names, ["Teguh Prasetyo"]);
        // A given name that is also an honorific stays when it leaves one word.
        let names = untitled_full_names("Later Sri Wahyuni flew on.", Lexicon::english());
        assert_eq!(names, ["Sri Wahyuni"]);
    }

    #[test]
    fn words_are_what_split_whitespace_gives() {
        let texts = [
            "",
            " ",
            "one",
            "  two  words  ",
            "tabs\tand\nlines\n\n end\t",
            "carriage\r\nreturns",
            "vertical\x0Btab and form\x0Cfeed",
            "non-ASCII: Müller\u{a0}und\u{2003}Sánchez",
            "\n\nPresident Tom Hale, 62, said.\n",
        ];
        for text in texts {
            assert_eq!(words(text), text.split_whitespace().collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn whole_surnames_finds_what_an_automaton_finds() {
        let texts = [
            "Bush met Bushnell and Bush. Bushes, Bush's aide, O'Neill, Neill, Neil, Neill-Smith.",
            "Kim Kim-Jong Jong Kimberly aKim Kim",
            "Müller sprach mit Müllers und Müller; Ller ller Müller",
            "",
            "Ann Anne Annette Annett Ann",
        ];
        let lists: [&[&str]; 6] = [
            &["Bush", "Bushnell", "Neill", "Neil"],
            &["Neil", "Neill", "Bush", "Bush"],
            &["Kim", "Kim-Jong", "Jong"],
            &["Müller", "Ller", "ller"],
            &["Ann", "Anne", "Annette", "Annett", "Ann"],
            &["Nobody"],
        ];
        for text in texts {
            for surnames in lists {
                let automaton = aho_corasick::AhoCorasickBuilder::new()
                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                    .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
                    .build(surnames)
                    .expect("builds");
                let expected: Vec<(usize, usize)> =
                    whole_words(&automaton, text).map(|m| (m.start(), m.pattern().as_usize())).collect();
                assert_eq!(whole_surnames(text, surnames), expected, "{text:?} {surnames:?}");
            }
        }
    }

    #[test]
    fn a_chief_of_staff_is_titled_and_a_roles_possession_is_not_the_role() {
        let text = "President Tom Hale fired Chief of Staff Ann Roe. The president's son met Roe.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<&str> = people.mentions.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, vec!["Tom Hale", "Ann Roe", "Ann Roe"]);
    }

    #[test]
    fn titles_surnames_and_countries() {
        let text = "Russian President Vladimir Putin spoke with U.S. President Donald Trump. Later, Putin said Mr. Trump agreed.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Vladimir Putin", "Donald Trump", "Vladimir Putin", "Donald Trump"]);
        assert_eq!(people.country_of("Vladimir Putin"), Some("Russia"));
        assert_eq!(people.country_of("Donald Trump"), Some("United States"));
    }

    #[test]
    fn a_short_given_name_named_first_names_its_person_but_a_particle_does_not() {
        let text = "Premier Wu Tenghai met Governor Al Brandt. Wu thanked Al Brandt. Al Rashid TV said so.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Wu Tenghai", "Al Brandt", "Wu Tenghai", "Al Brandt"]);
    }

    #[test]
    fn a_title_before_another_title_is_no_part_of_the_name() {
        let text = "Intro. Punjab Chief Minister Kiran Bedi met the envoy. Later Deputy Minister \
                    Prince Faisal al-Harbi arrived.";
        let people = People::find(text, Lexicon::english());
        let known: Vec<&str> = people.known.iter().map(|(n, _)| n.as_str()).collect();
        assert!(known.contains(&"Kiran Bedi"), "{known:?}");
        assert!(!known.iter().any(|n| n.starts_with("Minister") || n.starts_with("Prince")), "{known:?}");
        assert!(known.contains(&"Faisal al-Harbi"), "{known:?}");
    }

    #[test]
    fn a_title_alone_refers_back_to_the_person_introduced_with_it() {
        let text = "President Bill Clinton spoke. Later the president arrived in Ohio. The president of the bank did not.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<(usize, String)> =
            people.in_range(0..text.len()).into_iter().map(|m| (m.start, m.name)).collect();
        assert_eq!(names, vec![(10, "Bill Clinton".to_owned()), (40, "Bill Clinton".to_owned())]);
    }

    #[test]
    fn a_title_alone_refers_back_to_the_holder_of_a_title_it_ends() {
        let text = "Defence Minister Kathryn Ellery landed. Prime Minister Tom Hale stayed home. \
                    Later the Minister met the troops. Vice President Ann Roe spoke; the President did not.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<(usize, String)> =
            people.in_range(0..text.len()).into_iter().map(|m| (m.start, m.name)).collect();
        let minister = text.find("Minister met").expect("minister");
        let president = text.find("President did").expect("president");
        assert!(names.contains(&(minister, "Kathryn Ellery".to_owned())), "{names:?}");
        assert!(!names.iter().any(|(at, _)| *at == president), "{names:?}");
        let text =
            "Foreign Minister Ali Karimi called Foreign Minister Mehmet Aksoy. The minister then left.";
        let people = People::find(text, Lexicon::english());
        let minister = text.find("minister then").expect("minister");
        assert!(!people.in_range(0..text.len()).iter().any(|m| m.start == minister));
    }

    #[test]
    fn a_title_after_wide_characters_is_no_trouble() {
        let text = "𑛢 President Bill Clinton. 𑛢president. é President";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.in_range(0..text.len()).len(), 1);
    }

    #[test]
    fn a_generic_role_refers_back_to_whoever_speaks_for_its_country_or_body() {
        let text = "CIA Director Maria Olsen flew in. King Omar of Jordan waited. Later the CIA chief met the Jordanian monarch.";
        let people = People::find(text, Lexicon::english());
        let chief = text.find("chief").expect("chief");
        let monarch = text.find("monarch").expect("monarch");
        let names: Vec<(usize, String)> =
            people.in_range(0..text.len()).into_iter().map(|m| (m.start, m.name)).collect();
        assert!(names.contains(&(chief, "Maria Olsen".to_owned())), "{names:?}");
        assert!(names.contains(&(monarch, "Omar".to_owned())), "{names:?}");
        assert_eq!(people.country_of("Omar"), Some("Jordan"));
    }

    #[test]
    fn the_monarch_alone_is_the_king_introduced() {
        let text = "King Omar of Jordan flew in. The monarch will meet Tom Hale on Thursday.";
        let people = People::find(text, Lexicon::english());
        let monarch = text.find("monarch").expect("monarch");
        let names: Vec<(usize, String)> =
            people.in_range(0..text.len()).into_iter().map(|m| (m.start, m.name)).collect();
        assert!(names.contains(&(monarch, "Omar".to_owned())), "{names:?}");
    }

    #[test]
    fn a_role_of_another_country_is_nobody_known() {
        let text = "Russian Foreign Minister Ivan Petrov spoke. Then the French foreign minister arrived.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(40..text.len()).into_iter().map(|m| m.name).collect();
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_plural_title_introduces_each_name_joined_to_it() {
        let text = "Presidents Ivan Horak of Slovakia and Tomas Novy of Czech Republic met. Foreign Ministers Ana Ruiz and Pedro Gil spoke.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Ivan Horak", "Tomas Novy", "Ana Ruiz", "Pedro Gil"]);
        assert_eq!(people.country_of("Ivan Horak"), Some("Slovakia"));
        assert_eq!(people.country_of("Tomas Novy"), Some("Czech Republic"));
    }

    #[test]
    fn a_lower_case_particle_stays_in_the_name() {
        let text = "Kenyan President Daniel arap Moi spoke. Later Moi left.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Daniel arap Moi", "Daniel arap Moi"]);
    }

    #[test]
    fn a_title_in_apposition_introduces_the_name_before_it() {
        let text = "Ruth Amadi, Nigeria's trade minister, said so. In Abuja, the minister met Tom Webb. Later Amadi left.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Ruth Amadi", "Ruth Amadi", "Tom Webb", "Ruth Amadi"]);
        assert_eq!(people.country_of("Ruth Amadi"), Some("Nigeria"));
        // A country's possessive before a title with the name in apposition after.
        let text = "Yemen's president, Abdullah Mansour Hadi, flew to Riyadh.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_of("Abdullah Mansour Hadi"), Some("Yemen"));
        // A title of another's office after a body ("Envoy of the UN Secretary-General"):
        // the name apposed before holds the first title, which refers back to it.
        let text = "Henrik Aalto, Special Envoy of the UN Secretary-General for Yemen, met him. \
                    The envoy left.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Henrik Aalto", "Henrik Aalto"]);
    }

    #[test]
    fn the_first_of_two_surnames_alone_is_the_person() {
        let text = "Hernán Vélez Mantilla spoke. Vélez left. Later Vélez Mantilla and Ana Ruiz met.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        let velez = "Hernán Vélez Mantilla";
        assert_eq!(names, vec![velez, velez, velez, "Ana Ruiz"]);
    }

    #[test]
    fn words_between_two_titles_are_an_office_not_a_name() {
        let text = "Anna Berg met the Chief Election Commissioner, Dev Kafle, today. Later Kafle left.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Anna Berg", "Dev Kafle", "Dev Kafle"]);
        // A title that goes with a given name may end a name.
        let text = "The Rev. Martin Luther King spoke.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Martin Luther King"]);
    }

    #[test]
    fn a_title_of_a_body_comes_before_the_name() {
        let text = "Director of the U.S. Central Intelligence Agency (CIA) Tom Reyes said so.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Tom Reyes"]);
    }

    #[test]
    fn people_named_without_a_title_are_known_by_first_name_and_surname() {
        let text =
            "Marta Lucia Ibarra arrived in Lima with Pedro Vance. Marta said Ibarra and Vance would stay.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(
            names,
            vec![
                "Marta Lucia Ibarra",
                "Pedro Vance",
                "Marta Lucia Ibarra",
                "Marta Lucia Ibarra",
                "Pedro Vance"
            ]
        );
    }

    #[test]
    fn a_name_given_with_a_kings_title_is_not_a_namesakes_surname() {
        let text = "King Omar of Jordan flew in. Iraq's Tariq Omar waited. Later Tariq spoke, and Omar met Mr. Hale. Jon Hale left.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Omar", "Tariq Omar", "Tariq Omar", "Omar", "Jon Hale", "Jon Hale"]);
    }

    #[test]
    fn capitalised_words_of_places_and_bodies_are_no_one() {
        let text = "The Blue Falcon party met in the Persian Gulf. Blue Falcon leader Ann Roe spoke at Karl Marx Theater, and Long columns of the Red Crane moved.";
        let people = People::find(text, Lexicon::english());
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Ann Roe"]);
        // A harbour, bay, peninsula or canal is a place however it is written.
        let text = "Veterans recalled the raid on Subic Harbor. Ships left Morro Bay for the Kola Peninsula and Kiel Canal.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.in_range(0..text.len()), vec![]);
        // Nor are the words of offices and bodies named without a title.
        let text = "Delegates of the Office for Democratic Institutions and Human Rights, the High-Level Political and Security Dialogue and the Eurasian Economic Community met the Emergency Relief Coordinator.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.in_range(0..text.len()), vec![]);
    }

    #[test]
    fn a_bodys_noun_is_the_body_of_its_kind_named_last() {
        let lexicon = Lexicon::english();
        let found = |text: &str| {
            body_anaphors(text, lexicon)
                .into_iter()
                .map(|(s, e, b)| (text[s..e].to_owned(), b))
                .collect::<Vec<_>>()
        };
        let text = "ASEAN ministers met. The IAEA said so. The 10-member bloc and the agency agreed.";
        assert_eq!(
            found(text),
            [
                ("The 10-member bloc".to_owned(), "ASEAN".to_owned()),
                ("the agency".to_owned(), "IAEA".to_owned())
            ]
        );
        // Not an armed group, not a body named by the noun itself, not another kind of body,
        // and nothing when no body was named.
        assert!(found("Hamas said the organisation would answer.").is_empty());
        assert!(
            found("The UN asked the regional bloc IGAD to meet.")
                .iter()
                .all(|(p, _)| p != "the regional bloc")
        );
        assert!(found("The UN said so, the news agency reported.").is_empty());
        assert!(found("The bloc met.").is_empty());
        // A noun looks back past the nouns before it: "the League" three paragraphs on.
        let text =
            "The Arab League met.\n\nThe League's chief spoke.\n\nB.\n\nC.\n\nThe League will meet again.";
        assert_eq!(found(text).last().map(|(_, b)| b.as_str()), Some("Arab League"));
        // Of a kind: the bloc named last, not the body named since; "the Fund" only the body
        // whose name ends so.
        let text = "ASEAN met. The IMF spoke. The WHO too. The bloc and the Fund answered.";
        assert_eq!(
            found(text),
            [("The bloc".to_owned(), "ASEAN".to_owned()), ("the Fund".to_owned(), "IMF".to_owned())]
        );
    }

    #[test]
    fn a_home_office_in_a_sentence_that_opens_in_a_place_is_that_places_countrys() {
        let lexicon = Lexicon::english();
        let text = "BEIRUT - The summit ended.\n\nIn Washington, the Secretary of State telephoned the \
                    Saudi foreign minister. Later the Prime Minister spoke.";
        let people = People::find(text, lexicon);
        let at = text.find("the Secretary").expect("secretary");
        assert_eq!(people.country_roles_in(at..at + 20).collect::<Vec<_>>(), ["United States"]);
        // Elsewhere, the home country's.
        let at = text.find("the Prime").expect("prime minister");
        assert_eq!(people.country_roles_in(at..at + 20).collect::<Vec<_>>(), ["Lebanon"]);
    }

    #[test]
    fn the_head_of_a_body_is_whoever_the_article_introduces_for_it() {
        let lexicon = Lexicon::english();
        let names_at = |people: &People, text: &str, phrase: &str| {
            let at = text.find(phrase).expect("phrase");
            let mut names: Vec<String> =
                people.in_range(at..at + phrase.len()).into_iter().map(|m| m.name).collect();
            names.extend(people.country_roles_in(at..at + phrase.len()).map(str::to_owned));
            names
        };
        // Introduced after, at the start of its line, for "the agency" that the body named.
        let text = "KYIV, Aug 30 (Meridian Wire) - The head of the International Atomic Energy Agency \
                    met the Ukrainian President.\n\nTomás Berrondo, the agency's Director General, arrived.";
        let people = People::find(text, lexicon);
        assert_eq!(names_at(&people, text, "The head of"), ["Tomás Berrondo"]);
        // A dateline's agency in brackets is no one.
        assert!(people.known.iter().all(|(name, _)| name != "Meridian Wire"), "{:?}", people.known);
        // No one introduced for it: the body.
        let text = "The chief of the agency flew in. The IAEA said so.";
        assert!(names_at(&People::find(text, lexicon), text, "The chief").is_empty());
        let text = "The IAEA said so. The chief of the agency flew in.";
        assert_eq!(names_at(&People::find(text, lexicon), text, "The chief"), ["IAEA"]);
        // The last word of a body's name stands for it: "the Fund's Managing Director".
        let text = "The International Monetary Fund met.\n\nClémence Aubertin, the Fund's Managing \
                    Director, spoke. The head of the Fund flew out.";
        let people = People::find(text, lexicon);
        assert_eq!(names_at(&people, text, "The head of"), ["Clémence Aubertin"]);
    }

    #[test]
    fn a_lone_surname_takes_the_full_name_once_known() {
        let text = "Mr. Netanyahu arrived. Prime Minister Benjamin Netanyahu then spoke.";
        let people = People::find(text, Lexicon::english());
        assert!(people.in_range(0..10).iter().all(|m| m.name == "Benjamin Netanyahu"));
        // Where names run given name first with no family name, the titled name is the
        // given name, whether the full name comes with a title or without one.
        for text in [
            "Mr Dawit flew to Asmara. Prime Minister Dawit Tesfaye had said so.",
            "Mr Dawit flew to Asmara. Dawit Tesfaye became prime minister in April.",
        ] {
            let people = People::find(text, Lexicon::english());
            assert_eq!(
                people.in_range(0..8).iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
                ["Dawit Tesfaye"]
            );
        }
        // The surname first: "Mr. Tolley" is Graham Tolley's, though "Graham" was named alone.
        let text = "Mr. Graham said no. Mr. Tolley spoke. Graham Tolley rose again.";
        let people = People::find(text, Lexicon::english());
        let tolley = text.find("Mr. Tolley").expect("Tolley");
        assert_eq!(people.in_range(tolley..tolley + 10)[0].name, "Graham Tolley");
    }

    #[test]
    fn a_relation_named_once_is_that_person_wherever_else_it_is_said() {
        let text = "The girl's mother in Lima, Rosa Elena Vargas, wrote again. Later Ana's mother spoke.";
        let people = People::find(text, Lexicon::english());
        let later = text.find("Ana's").expect("later");
        assert!(
            people.in_range(later..text.len()).iter().any(|m| m.name == "Rosa Elena Vargas"),
            "{:?}",
            people.in_range(0..text.len())
        );
        // Nobody named with the relation: it stays nobody.
        let people = People::find("Ana's uncle spoke to Rosa Elena Vargas.", Lexicon::english());
        assert_eq!(people.in_range(0..12), vec![]);
    }

    #[test]
    fn a_title_after_a_verb_is_not_an_apposition_of_the_name_before() {
        let lexicon = Lexicon::english();
        let text = "Talks between Elnur Mammadli and Armenian Foreign Minister Aram Ghukasyan, hosted by the Russian foreign minister, began on Friday.";
        let people = People::find(text, lexicon);
        assert!(people.known.iter().all(|(name, _)| !name.starts_with("Minister")), "{:?}", people.known);
        assert_eq!(people.country_of("Aram Ghukasyan"), Some("Armenia"));
        // "Shri" is a title.
        let people = People::find("Prime Minister Shri Arvind Deshmukh spoke.", lexicon);
        assert!(people.known.iter().any(|(name, _)| name == "Arvind Deshmukh"), "{:?}", people.known);
    }

    #[test]
    fn a_name_in_apposition_after_a_title_is_its_holder() {
        let lexicon = Lexicon::english();
        let text =
            "Later the Danish foreign minister, Lars Holm, met the rebel leader, Tomas Vidal. Holm left.";
        let people = People::find(text, lexicon);
        let names: Vec<String> = people.in_range(0..text.len()).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["Lars Holm", "Tomas Vidal", "Lars Holm"]);
        assert_eq!(people.country_of("Lars Holm"), Some("Denmark"));
        // A second title, or a body, is no name in apposition.
        let text =
            "He met the envoy, Foreign Secretary Ann Lee. He told the envoy, United Nations officials said.";
        let people = People::find(text, lexicon);
        assert!(people.known.iter().all(|(name, _)| !name.starts_with("Foreign")), "{:?}", people.known);
        assert!(people.known.iter().all(|(name, _)| !name.starts_with("United")), "{:?}", people.known);
    }

    #[test]
    fn an_office_of_the_home_country_never_named_is_the_home_country() {
        // The dateline's country, or else the first country the opening names.
        let text = "\nOTTAWA, June 4 - On Monday the Prime Minister met Ana Ruiz.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).collect::<Vec<_>>(), vec!["Canada"]);
        let text = "\nNOTICE TO FRENCH CITIZENS ABROAD\n\nThe President spoke with Ana Ruiz.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).collect::<Vec<_>>(), vec!["France"]);
        let text = "\nBERLIN, Oct 17 - The Federal President held a telephone conversation with Ana Ruiz.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).collect::<Vec<_>>(), vec!["Germany"]);
        // A letterhead in capitals, before the countries the text names.
        let text = "10 DOWNING STREET\nPress Notice\n\nThe Prime Minister spoke to the President of the United States.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).collect::<Vec<_>>(), vec!["United Kingdom"]);
        // Once named, the office is the person; a president of something else is no one.
        let text = "\nOTTAWA, June 4 - Prime Minister Tom Webb spoke. The Prime Minister met Ana Ruiz.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).count(), 0);
        let text = "\nOTTAWA, June 4 - The President of the bank met Ana Ruiz. the president said.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).count(), 0);
        // A minister's office too; but after another country's holder, it is theirs.
        let text = "\nBUENOS AIRES - The Foreign Minister leaves for Washington tomorrow.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).collect::<Vec<_>>(), vec!["Argentina"]);
        let text = "\nCAIRO - The Israeli Foreign Minister arrived. The Foreign Minister said so.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).collect::<Vec<_>>(), vec!["Israel", "Israel"]);
    }

    #[test]
    fn a_name_given_in_capitals_is_written_as_names_are() {
        assert_eq!(as_names_are_written("MORALES".into()), "Morales");
        assert_eq!(as_names_are_written("Mohammed VI".into()), "Mohammed VI");
        assert_eq!(as_names_are_written("Ana Ruiz".into()), "Ana Ruiz");
        assert_eq!(as_names_are_written("O'NEILL-BRANDT".into()), "O'Neill-Brandt");
        let text = "SENATOR MORALES: We will win. The Senator met Ana Ruiz on Monday.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.known_by_surname("Morales"), Some("Morales"));
        assert!(people.in_range(0..text.len()).iter().any(|p| p.name == "Morales"));
    }

    #[test]
    fn a_plural_office_is_no_one() {
        let text = "\nLIMA, May 2 - The Foreign Secretaries last held talks in Quito in June.";
        let people = People::find(text, Lexicon::english());
        assert!(people.in_range(0..text.len()).is_empty());
    }

    #[test]
    fn a_monarch_never_named_is_the_home_country() {
        let text = "\nOSLO, May 2 - Later the King received Ana Ruiz at the palace.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).collect::<Vec<_>>(), vec!["Norway"]);
    }

    #[test]
    fn his_majesty_alone_is_the_monarch_introduced_or_else_the_home_country() {
        let text = "\nAMMAN — His Majesty had received a phone call on Saturday from Ana Ruiz.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).collect::<Vec<_>>(), vec!["Jordan"]);
        let text = "His Majesty King Talal received Ana Ruiz. Later His Majesty spoke to Tom Webb.";
        let people = People::find(text, Lexicon::english());
        let later = text.find("Later").expect("second sentence");
        let names: Vec<_> = people.in_range(later..text.len()).iter().map(|m| m.name.clone()).collect();
        assert_eq!(names, vec!["Talal", "Tom Webb"]);
        // The King's government is no one.
        let text = "\nLONDON, May 2 - His Majesty's Government met Ana Ruiz.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).count(), 0);
    }

    #[test]
    fn a_rank_before_a_title_makes_another_office() {
        let text =
            "Assistant Secretary-General Kwame Ashong will travel. The Secretary-General met Tom Webb.";
        let people = People::find(text, Lexicon::english());
        let second = text.find("The Secretary").expect("second sentence");
        let names: Vec<_> = people.in_range(second..text.len()).iter().map(|m| m.name.clone()).collect();
        assert_eq!(names, vec!["Tom Webb"]);
        // Never introduced, the Secretary-General is the United Nations'.
        assert_eq!(people.country_roles_in(second..text.len()).collect::<Vec<_>>(), vec!["United Nations"]);
        let text = "Deputy Prime Minister Ali Demir spoke. Later the Prime Minister met Tom Webb.";
        let people = People::find(text, Lexicon::english());
        let later = text.find("Later").expect("second sentence");
        assert!(!people.in_range(later..text.len()).iter().any(|m| m.name == "Ali Demir"));
    }

    #[test]
    fn an_office_of_a_body_never_named_is_the_body() {
        let text = "Later the UN secretary-general met Tom Webb.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).collect::<Vec<_>>(), vec!["United Nations"]);
        // A body's assembly is no one.
        let text = "They met on the margins of the UN General Assembly in New York.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).count(), 0);
    }

    #[test]
    fn the_head_of_state_is_whoever_was_introduced_so_before_any_president() {
        let text = "Head of State Serik Abenov met Tom Webb. Chinese President Liang Wenbo arrived. \
                    Later the Head of State met Ana Ruiz.";
        let people = People::find(text, Lexicon::english());
        let later = text.find("Later").expect("third sentence");
        let names: Vec<_> = people.in_range(later..text.len()).iter().map(|m| m.name.clone()).collect();
        assert_eq!(names, vec!["Serik Abenov", "Ana Ruiz"]);
    }

    #[test]
    fn a_name_apposed_at_the_end_of_a_line_is_introduced() {
        let text = "Remarks by the President of the European Council, Joris Van Acker\n\nToday I spoke.";
        assert_eq!(named(text), vec!["Joris Van Acker"]);
    }

    #[test]
    fn a_portfolio_after_a_title_is_no_part_of_the_name() {
        let text = "Commissioner for International Cooperation and Development Jan Dvorak travels to Niamey.";
        assert_eq!(named(text), vec!["Jan Dvorak"]);
    }

    #[test]
    fn the_role_of_a_country_whose_holder_is_never_named_is_the_country() {
        let text = "Later the Peruvian president met Tom Webb.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).collect::<Vec<_>>(), vec!["Peru"]);
        // Once named, the role is the person.
        let text = "Peruvian President Ana Ruiz spoke. Later the Peruvian president met Tom Webb.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).count(), 0);
        // A possessive determines the role as "the" does.
        let text = "Peru's President flies in a day early, on Friday, for a meeting with Tom Webb.";
        let people = People::find(text, Lexicon::english());
        assert_eq!(people.country_roles_in(0..text.len()).collect::<Vec<_>>(), vec!["Peru"]);
        let text = "Peruvian President Ana Ruiz spoke. Later Peru's President met Tom Webb.";
        let people = People::find(text, Lexicon::english());
        assert!(people.in_range(35..text.len()).iter().any(|m| m.name == "Ana Ruiz"));
    }
}
