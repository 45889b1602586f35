//! People named in an article: introduced by a title ("Russian President Vladimir Putin",
//! "Mr. Netanyahu"), then recognised by surname anywhere in the article, with the country a
//! demonym before the title gives them.

use std::ops::Range;

use aho_corasick::{AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::at_word_boundaries;
use super::lexicon::{EntityClass, Lexicon};

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
}

impl People {
    pub fn find(text: &str, lexicon: &Lexicon) -> People {
        let mut known: Vec<(String, Option<String>)> = Vec::new();
        for m in lexicon.titles.find_iter(text) {
            if !at_word_boundaries(text, m.start(), m.end()) {
                continue;
            }
            let tokens = name_tokens(&text[m.end()..], &lexicon.not_names);
            if tokens.is_empty() {
                continue;
            }
            let name = tokens.join(" ");
            let country = country_before(text, m.start(), lexicon);
            add_person(&mut known, name, country);
        }
        // A lone surname ("Mr. Netanyahu") becomes the full name once the article gives it.
        let full: Vec<(String, Option<String>)> =
            known.iter().filter(|(n, _)| n.contains(' ')).cloned().collect();
        known.retain(|(n, _)| {
            n.contains(' ') || !full.iter().any(|(f, _)| f.split(' ').any(|part| part == n))
        });
        let mut mentions = Vec::new();
        if !known.is_empty() {
            let surnames: Vec<&str> = known.iter().map(|(n, _)| surname(n)).collect();
            // Built for one article and used once: the NFA is the cheapest to build.
            if let Ok(automaton) = AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                .build(&surnames)
            {
                for m in automaton.find_iter(text) {
                    if at_word_boundaries(text, m.start(), m.end()) {
                        let name = known[m.pattern().as_usize()].0.clone();
                        mentions.push(PersonMention { start: m.start(), name });
                    }
                }
            }
        }
        People { known, mentions }
    }

    /// The people named within `range`, in order.
    pub fn in_range(&self, range: Range<usize>) -> Vec<PersonMention> {
        self.mentions.iter().filter(|m| range.contains(&m.start)).cloned().collect()
    }

    /// The country a person speaks for ("Russian President ..." -> Russia).
    pub fn country_of(&self, name: &str) -> Option<&str> {
        self.known.iter().find(|(n, _)| n == name).and_then(|(_, c)| c.as_deref())
    }
}

fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
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
fn name_tokens<'a>(after: &'a str, not_names: &[String]) -> Vec<&'a str> {
    let mut tokens = Vec::new();
    let rest = after.strip_prefix(' ').unwrap_or("");
    let rest = rest.split('\n').next().unwrap_or("");
    for raw in rest.split(' ') {
        let word = raw
            .trim_end_matches([',', '.', ';', ':', '\'', '’'])
            .trim_end_matches("'s")
            .trim_end_matches("’s");
        let initial = word.len() == 1 && raw.ends_with('.');
        let ends_phrase = raw.len() != word.len() && !initial;
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let wordlike = word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'');
        if !capitalised || !wordlike || word.len() < 2 && !initial || not_names.iter().any(|n| n == word) {
            break;
        }
        tokens.push(if initial { &raw[..2] } else { word });
        if tokens.len() == 3 || ends_phrase {
            break;
        }
    }
    // A trailing initial is not a surname.
    while tokens.last().is_some_and(|t| t.ends_with('.')) {
        tokens.pop();
    }
    tokens
}

/// The country named just before a title: "Russian President", "U.S. Secretary of State".
fn country_before(text: &str, title_start: usize, lexicon: &Lexicon) -> Option<String> {
    let before = text[..title_start].trim_end();
    let window_start = before.char_indices().rev().nth(40).map(|(i, _)| i).unwrap_or(0);
    let window = &before[window_start..];
    let last = lexicon.entities.find_iter(window).last()?;
    let entity = &lexicon.entity_meaning[last.pattern().as_usize()];
    (last.end() == window.len() && entity.class == EntityClass::Country).then(|| entity.canonical.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_lone_surname_takes_the_full_name_once_known() {
        let text = "Mr. Netanyahu arrived. Prime Minister Benjamin Netanyahu then spoke.";
        let people = People::find(text, Lexicon::english());
        assert!(people.in_range(0..10).iter().all(|m| m.name == "Benjamin Netanyahu"));
    }
}
