//! Which patterns can match where, found with one Aho-Corasick pass over the text.
//!
//! Every pattern is reduced, from its parsed syntax tree, to a set of *required literals*:
//! strings one of which every match of the pattern must contain ("ago" for "{number}
//! {units} ago", the month names for a date). One automaton holds the literals of all
//! patterns; a pass over the text says, line by line, which patterns are worth running. This
//! replaces an overlapping search with a set of ~70 regular expressions at once, whose lazy
//! DFA kept building new states (half of all extraction time went there).
//!
//! The literals are derived, not written: a rule file stays just patterns, and a new
//! language gets its prefilter for free. A pattern with no required literal (none in English)
//! is simply run on every line.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Literal sets larger than this are not worth enumerating.
const MAX_SET: usize = 1000;
/// Nor literals longer than this: a few bytes already make a rare string.
const MAX_LITERAL: usize = 12;

/// A set of lower-case byte strings.
type Literals = Vec<Vec<u8>>;

/// The prefilter for a list of patterns.
#[derive(Debug)]
pub struct Prefilter {
    automaton: Option<AhoCorasick>,
    /// The automaton's literals.
    #[cfg_attr(not(test), allow(dead_code))]
    literals: Vec<Vec<u8>>,
    /// For each automaton pattern, the rule patterns that need it.
    owners: Vec<Vec<u32>>,
    /// Rule patterns without a required literal: always run.
    always: Vec<u32>,
    patterns: usize,
}

impl Prefilter {
    /// Builds the prefilter from the patterns' regular expressions (as given to the regex
    /// crate, `(?i)` and all). A pattern that cannot be analysed is always run.
    /// `sample` is ordinary text in the rules' language: the literals that occur least in it
    /// are preferred.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>, sample: &str) -> Prefilter {
        let costs = Costs::new(sample);
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<Vec<u32>> = Vec::new();
        let mut index_of: std::collections::HashMap<Vec<u8>, usize> = std::collections::HashMap::new();
        let mut always = Vec::new();
        let mut count = 0;
        for (index, pattern) in patterns.into_iter().enumerate() {
            count += 1;
            let required = regex_syntax::ParserBuilder::new()
                .unicode(false)
                .utf8(false)
                .build()
                .parse(pattern)
                .ok()
                .and_then(|hir| required(&hir, &costs))
                .filter(|set| !set.iter().any(|l| l.is_empty()))
                .map(minimise);
            let Some(set) = required else {
                always.push(index as u32);
                continue;
            };
            for literal in set {
                let slot = *index_of.entry(literal.clone()).or_insert_with(|| {
                    literals.push(literal);
                    owners.push(Vec::new());
                    owners.len() - 1
                });
                if owners[slot].last() != Some(&(index as u32)) {
                    owners[slot].push(index as u32);
                }
            }
        }
        let automaton = (!literals.is_empty())
            .then(|| {
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(&literals)
                    .ok()
            })
            .flatten();
        if automaton.is_none() {
            always = (0..count as u32).collect();
        }
        Prefilter { automaton, literals, owners, always, patterns: count }
    }

    /// A prefilter that lets every pattern run on every line: what the real one must be
    /// indistinguishable from.
    #[cfg(test)]
    pub fn none(patterns: usize) -> Prefilter {
        let always = (0..patterns as u32).collect();
        Prefilter { automaton: None, literals: Vec::new(), owners: Vec::new(), always, patterns }
    }

    #[cfg(test)]
    fn owners_of(&self, literal: &[u8]) -> &[u32] {
        self.literals.iter().position(|l| l == literal).map_or(&[], |i| &self.owners[i])
    }

    /// Calls `run(line_start, line, patterns)` for every line of `text` (lines end after
    /// '\n') with the patterns that may match in it, in pattern order.
    pub fn for_each_line(&self, text: &str, mut run: impl FnMut(usize, &str, &[u32])) {
        let mut wanted = vec![false; self.patterns];
        let mut chosen: Vec<u32> = Vec::new();
        let mut hits: Vec<(usize, u32)> = Vec::new();
        if let Some(automaton) = &self.automaton {
            for m in automaton.find_overlapping_iter(text) {
                hits.push((m.start(), m.pattern().as_u32()));
            }
        }
        let mut next_hit = 0;
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let line_start = offset;
            offset += line.len();
            chosen.clear();
            chosen.extend_from_slice(&self.always);
            while next_hit < hits.len() && hits[next_hit].0 < offset {
                for &owner in &self.owners[hits[next_hit].1 as usize] {
                    if !wanted[owner as usize] {
                        wanted[owner as usize] = true;
                        chosen.push(owner);
                    }
                }
                next_hit += 1;
            }
            if chosen.is_empty() {
                continue;
            }
            for &index in &chosen {
                wanted[index as usize] = false;
            }
            chosen.sort_unstable();
            chosen.dedup();
            run(line_start, line, &chosen);
        }
    }
}

/// Every string `hir` can match, lower-cased, when there are few and they are short.
fn exact(hir: &Hir) -> Option<Literals> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(vec![Vec::new()]),
        HirKind::Literal(literal) => Some(vec![literal.0.to_ascii_lowercase()]),
        HirKind::Class(class) => class_bytes(class),
        HirKind::Capture(capture) => exact(&capture.sub),
        HirKind::Repetition(rep) => match (rep.min, rep.max) {
            (1, Some(1)) => exact(&rep.sub),
            // "[0-9]{2}", "\\d{1,2}": every count, when the counts are few.
            (min, Some(max)) if max <= 4 => {
                let one = exact(&rep.sub)?;
                let mut set = Vec::new();
                let mut power = vec![Vec::new()];
                for count in 0..=max {
                    if count >= min {
                        set.extend(power.iter().cloned());
                    }
                    if count < max {
                        power = cross(&power, &one)?;
                    }
                }
                (set.len() <= MAX_SET).then(|| dedup(set))
            }
            _ => None,
        },
        HirKind::Concat(children) => {
            let mut product = vec![Vec::new()];
            for child in children {
                product = cross(&product, &exact(child)?)?;
            }
            Some(product)
        }
        HirKind::Alternation(children) => {
            let mut set = Vec::new();
            for child in children {
                set.extend(exact(child)?);
                if set.len() > MAX_SET {
                    return None;
                }
            }
            Some(dedup(set))
        }
    }
}

/// A set of strings one of which every match of `hir` contains; `None` when there is none
/// (the pattern can match without any fixed text, or the sets grow too large).
fn required(hir: &Hir, costs: &Costs) -> Option<Literals> {
    if let Some(set) = exact(hir)
        && !set.iter().any(|l| l.is_empty())
    {
        return Some(set);
    }
    match hir.kind() {
        HirKind::Capture(capture) => required(&capture.sub, costs),
        HirKind::Repetition(rep) if rep.min >= 1 => required(&rep.sub, costs),
        HirKind::Alternation(children) => {
            let mut set = Vec::new();
            for child in children {
                set.extend(required(child, costs)?);
                if set.len() > 4 * MAX_SET {
                    return None;
                }
            }
            Some(dedup(set))
        }
        HirKind::Concat(children) => {
            // Any run of children with few exact strings, or any child's own requirement,
            // will do: keep the most selective.
            let mut best: Option<(f64, Literals)> = None;
            let mut consider = |set: Literals, costs: &Costs| {
                if set.iter().any(|l| l.is_empty()) {
                    return;
                }
                let cost = costs.of(&set);
                if best.as_ref().is_none_or(|(b, _)| cost < *b) {
                    best = Some((cost, set));
                }
            };
            let mut run: Literals = vec![Vec::new()];
            for child in children {
                match exact(child).and_then(|set| cross(&run, &set)) {
                    Some(product) => run = product,
                    None => {
                        consider(std::mem::replace(&mut run, vec![Vec::new()]), costs);
                        if let Some(set) = required(child, costs) {
                            consider(set, costs);
                        }
                        // The child may itself start a new run.
                        if let Some(set) = exact(child) {
                            run = set;
                        }
                    }
                }
            }
            consider(run, costs);
            best.map(|(_, set)| set)
        }
        _ => None,
    }
}

/// How often a set of literals would fire, estimated on a sample of the language's text:
/// how many times each literal occurs there, plus a little for each literal (shorter ones
/// more) so that sets absent from the sample still compare.
struct Costs {
    /// How often each short string (up to `MAX_LITERAL` bytes) occurs in the sample.
    counts: std::collections::HashMap<Vec<u8>, usize>,
}

impl Costs {
    fn new(sample: &str) -> Costs {
        let sample = sample.as_bytes().to_ascii_lowercase();
        let mut counts = std::collections::HashMap::new();
        for start in 0..sample.len() {
            for end in start + 1..=(start + MAX_LITERAL).min(sample.len()) {
                *counts.entry(sample[start..end].to_vec()).or_insert(0) += 1;
            }
        }
        Costs { counts }
    }

    fn of(&self, set: &Literals) -> f64 {
        set.iter()
            .map(|literal| {
                let count = self.counts.get(literal).copied().unwrap_or(0);
                count as f64 + 0.1 / literal.len().max(1) as f64
            })
            .sum()
    }
}

fn cross(left: &Literals, right: &Literals) -> Option<Literals> {
    if left.len() * right.len() > MAX_SET {
        return None;
    }
    let mut out = Vec::with_capacity(left.len() * right.len());
    for l in left {
        for r in right {
            let mut joined = l.clone();
            joined.extend_from_slice(r);
            if joined.len() > MAX_LITERAL {
                return None;
            }
            out.push(joined);
        }
    }
    Some(dedup(out))
}

fn class_bytes(class: &Class) -> Option<Literals> {
    let mut out: Literals = Vec::new();
    match class {
        Class::Bytes(bytes) => {
            for range in bytes.iter() {
                if usize::from(range.end() - range.start()) >= MAX_SET {
                    return None;
                }
                for b in range.start()..=range.end() {
                    out.push(vec![b.to_ascii_lowercase()]);
                }
            }
        }
        Class::Unicode(chars) => {
            for range in chars.iter() {
                let (start, end) = (u32::from(range.start()), u32::from(range.end()));
                if end - start >= MAX_SET as u32 {
                    return None;
                }
                for c in (start..=end).filter_map(char::from_u32) {
                    let mut buffer = [0; 4];
                    out.push(c.encode_utf8(&mut buffer).as_bytes().to_ascii_lowercase());
                }
            }
        }
    }
    (out.len() <= MAX_SET).then(|| dedup(out))
}

/// Drops literals that contain another one: finding "jan" already covers "jan.".
fn minimise(set: Literals) -> Literals {
    let mut by_length = set;
    by_length.sort_by_key(Vec::len);
    let mut kept: Literals = Vec::new();
    for literal in by_length {
        if !kept.iter().any(|k| literal.windows(k.len()).any(|w| w == k.as_slice())) {
            kept.push(literal);
        }
    }
    dedup(kept)
}

fn dedup(mut set: Literals) -> Literals {
    set.sort_unstable();
    set.dedup();
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    fn required_of(pattern: &str) -> Option<Vec<String>> {
        let hir =
            regex_syntax::ParserBuilder::new().unicode(false).utf8(false).build().parse(pattern).ok()?;
        required(&hir, &Costs::new("the day of the week"))
            .map(minimise)
            .map(|set| set.into_iter().map(|l| String::from_utf8_lossy(&l).into_owned()).collect())
    }

    #[test]
    fn a_fixed_word_is_its_own_requirement() {
        assert_eq!(required_of(r"(?i)\b(?:\d+|two|three)\s+ago\b"), Some(vec!["ago".into()]));
    }

    #[test]
    fn alternatives_each_contribute() {
        let mut set = required_of(r"(?i)\b(?:jan|feb)\.?\s+\d{1,2}").unwrap();
        set.sort();
        assert_eq!(set, vec!["feb", "jan"]);
    }

    #[test]
    fn optional_text_is_never_required() {
        assert_eq!(required_of(r"(?i)(?:last\s+)?\d+"), Some(('0'..='9').map(String::from).collect()));
        assert_eq!(required_of(r"(?i)(?:year)?"), None);
        assert_eq!(required_of(r"(?s).*"), None);
    }

    #[test]
    fn every_english_pattern_has_a_required_literal() {
        let rules = super::super::rules::Rules::parse(super::super::ENGLISH_RULES, crate::SAMPLE_ARTICLE)
            .expect("English rules");
        assert!(rules.prefilter.always.is_empty(), "always run: {:?}", rules.prefilter.always);
        // "the" would fire on every line: the units, rarer, are what "the N units" needs.
        let the_n_units = rules.patterns.iter().position(|p| p.name == "the N units").expect("pattern");
        let needs = |word: &[u8]| rules.prefilter.owners_of(word).contains(&(the_n_units as u32));
        assert!(needs(b"week") && !needs(b"the"));
    }

    #[test]
    fn lines_get_only_the_patterns_their_words_allow() {
        let prefilter = Prefilter::new([r"(?i)\bago\b", r"(?i)\b(?:monday|tuesday)\b", r"(?s).*"], "");
        let mut seen = Vec::new();
        prefilter.for_each_line(
            "two weeks AGO\non Tuesday and Monday\nnothing\n",
            |start, line, patterns| {
                seen.push((start, line.trim_end().to_owned(), patterns.to_vec()));
            },
        );
        assert_eq!(
            seen,
            vec![
                (0, "two weeks AGO".to_owned(), vec![0, 2]),
                (14, "on Tuesday and Monday".to_owned(), vec![1, 2]),
                (36, "nothing".to_owned(), vec![2]),
            ]
        );
    }
}
