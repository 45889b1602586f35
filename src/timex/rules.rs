//! Loading the rule files: lexicons and patterns from `assets/lang/<language>/timex.toml`,
//! compiled into regular expressions with one named group per lexicon placeholder.

use std::collections::HashMap;

use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::Arc;

use regex_automata::hybrid;
use regex_automata::meta;
use regex_automata::nfa::thompson;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Input, PatternID};
use regex_syntax::hir::{
    self, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
};
use serde::Deserialize;

/// The raw file, as written by hand.
#[derive(Debug, Deserialize)]
struct RuleFile {
    lexicon: HashMap<String, HashMap<String, toml::Value>>,
    tense: Tense,
    /// Regular expressions a language adds or redefines for `{name}` (English spells years
    /// out in transcripts: "nineteen ninety-six").
    #[serde(default)]
    placeholder: HashMap<String, String>,
    /// How the language writes numbers between the tens ("seventy-eight").
    #[serde(default)]
    compound_numbers: CompoundNumbers,
    pattern: Vec<PatternSpec>,
}

/// Numbers made of a tens word and a unit word joined ("seventy-eight", "twenty one"), added
/// to the `number` lexicon rather than listed there one by one, and matched by a pattern of
/// their own rather than as so many more words.
#[derive(Debug, Clone, Default, Deserialize)]
struct CompoundNumbers {
    tens: Vec<String>,
    units: Vec<String>,
    joiners: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Tense {
    future: Vec<String>,
    past: Vec<String>,
    /// Words that, right before an expression, make it a deadline ahead ("by February").
    #[serde(default)]
    deadline: Vec<String>,
    /// Words that open a noun phrase: a past form right after one is an adjective ("a
    /// revised date").
    #[serde(default)]
    determiners: Vec<String>,
    /// Future markers that are nouns too: after a determiner ("of the vote on Sunday") they
    /// tell no tense.
    #[serde(default)]
    nouns_too: Vec<String>,
    /// Words before which such a marker is a noun too, with no determiner: "elected by
    /// popular vote on June 12".
    #[serde(default)]
    noun_modifiers: Vec<String>,
    /// Words ending in "-ed" that are no past forms ("succeed", "hundred").
    #[serde(default)]
    not_past: Vec<String>,
    /// Abbreviations whose full stop does not end a sentence ("Mr.", "Gen.").
    #[serde(default)]
    abbreviations: Vec<String>,
    /// Future markers that are a past act themselves: a date before one dates the act ("On
    /// Tuesday, they agreed to ..."), one after it what was agreed.
    #[serde(default)]
    past_acts: Vec<String>,
    /// Modal words that, right before "soon", keep it ahead of the article's date even in
    /// past narration ("they may soon sue").
    #[serde(default)]
    modals: Vec<String>,
    /// The auxiliary of the past perfect ("had"): a day told in it lies before the story's.
    #[serde(default)]
    past_perfect: Vec<String>,
    /// A plan told in the past ("were due to meet", "was set to open"): the past of "be",
    /// then only these words before the future marker.
    #[serde(default)]
    past_plans: PastPlans,
    /// A plan called off just now ("has called off a visit that had been planned for
    /// Thursday"): the day it was planned for is still ahead; one that was called off ("A
    /// second round, set for April, was called off") was for a day gone by.
    #[serde(default)]
    called_off: CalledOff,
    /// Words that open a relative clause after a comma ("who", "which"): a date inside one
    /// takes the tense of the clause's verb, not of the verb after the clause.
    #[serde(default)]
    relatives: Vec<String>,
    /// Past markers that attribute what the sentence tells when they close it after a comma
    /// (", aides said."): they tell the tense of the telling, not of what is told.
    #[serde(default)]
    attributions: Vec<String>,
    /// Forms of "be" and "have": a past participle right before "by" after none of them
    /// modifies a noun ("their allies led by Russia") and tells no tense.
    #[serde(default)]
    auxiliaries: Vec<String>,
    /// Words after "by" that name a means ("spoke by phone"), not an agent: the past form
    /// before such a "by" is a verb.
    #[serde(default)]
    means: Vec<String>,
    /// The small words an agent's phrase may hold besides names, up to a date's preposition:
    /// "voted by the Security Council on Thursday" keeps its participle's tense.
    #[serde(default)]
    agent_words: Vec<String>,
    /// Words of a diary of the days ahead at an article's head ("THE WEEK AHEAD"): a
    /// weekday heading a paragraph there ("Monday. The Secretary of State begins ...") is
    /// the coming one.
    #[serde(default)]
    days_ahead: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct CalledOff {
    /// The present perfect of calling off: "has called off", "has been cancelled".
    pub verbs: Vec<String>,
    /// The past of being called off: "was called off", "were postponed".
    #[serde(default)]
    pub past: Vec<String>,
    /// Words of planning, one of which stands just before the day: "planned for", "due on".
    pub plans: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct PastPlans {
    /// The past of "be": "was", "were".
    pub copulas: Vec<String>,
    /// Words of planning between it and the marker: "due", "to", "set", "expected".
    pub between: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct PatternSpec {
    name: String,
    pattern: String,
    normalise: String,
}

/// A lexicon: lower-case word or phrase -> value (a number or a code such as "SU").
#[derive(Debug, Default)]
pub struct Lexicon {
    entries: HashMap<String, LexValue>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LexValue {
    Number(i64),
    Code(String),
}

impl Lexicon {
    pub fn get(&self, word: &str) -> Option<&LexValue> {
        let key = normalise_key(word);
        self.entries.get(&key)
    }

    pub fn number(&self, word: &str) -> Option<i64> {
        match self.get(word)? {
            LexValue::Number(n) => Some(*n),
            LexValue::Code(_) => None,
        }
    }

    pub fn code(&self, word: &str) -> Option<&str> {
        match self.get(word)? {
            LexValue::Code(c) => Some(c),
            LexValue::Number(_) => None,
        }
    }

    /// A regex alternation of every entry, longest first so "christmas eve" beats "christmas".
    fn alternation(&self, filter: impl Fn(&str) -> bool) -> String {
        let mut words: Vec<&String> = self.entries.keys().filter(|w| filter(w)).collect();
        words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        words
            .iter()
            .map(|w| regex::escape(w).replace("\\ ", r"\s+").replace(' ', r"\s+").replace('\'', "(?:'|’)"))
            .collect::<Vec<_>>()
            .join("|")
    }
}

/// Folds case, curly apostrophes and runs of white space, as the lexicon keys are written.
pub fn normalise_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut space = false;
    for c in word.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(if c == '’' { '\'' } else { c.to_ascii_lowercase() });
    }
    out
}

/// One compiled pattern.
#[derive(Debug)]
pub struct Pattern {
    /// For error messages and `eval --misses` diagnostics.
    pub name: String,
    /// The expression as compiled, placeholders expanded.
    pub source: String,
    pub regex: meta::Regex,
    pub normaliser: Normaliser,
    /// Whether the pattern's only assertions are ASCII word boundaries (`\b`, `\B`). Such
    /// a pattern matches a piece of text cut out at non-word bytes exactly as it matched
    /// there in place, groups included: the tagger then keeps the groups it found in the
    /// line instead of searching the piece again.
    pub word_looks_only: bool,
    /// The named groups and their indices. A pattern has a handful, and the tagger looks
    /// them up by name many times a match: a look through this short list costs less than
    /// hashing the name, as `regex` does (4% of extraction, most of it SipHash).
    groups: Vec<(Box<str>, usize)>,
}

impl Pattern {
    /// The index of the group called `name`, if the pattern has one.
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.groups.iter().find(|(group, _)| **group == *name).map(|&(_, index)| index)
    }
}

/// The normalisers a pattern can name. Each turns the captures into a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Normaliser {
    Date,
    NumericDate,
    Time,
    Weekday,
    RelativeDay,
    RelativeUnit,
    Season,
    Offset,
    Narrative,
    Quarter,
    Fiscal,
    Decade,
    Century,
    Holiday,
    Year,
    Duration,
    Set,
    Fuzzy,
    /// Matches that block shorter ones inside them and produce nothing ("as soon as").
    None,
}

impl Normaliser {
    fn parse(name: &str) -> Option<Normaliser> {
        Some(match name {
            "date" => Normaliser::Date,
            "numeric_date" => Normaliser::NumericDate,
            "time" => Normaliser::Time,
            "weekday" => Normaliser::Weekday,
            "relative_day" => Normaliser::RelativeDay,
            "relative_unit" => Normaliser::RelativeUnit,
            "season" => Normaliser::Season,
            "offset" => Normaliser::Offset,
            "narrative" => Normaliser::Narrative,
            "quarter" => Normaliser::Quarter,
            "fiscal" => Normaliser::Fiscal,
            "decade" => Normaliser::Decade,
            "century" => Normaliser::Century,
            "holiday" => Normaliser::Holiday,
            "year" => Normaliser::Year,
            "duration" => Normaliser::Duration,
            "set" => Normaliser::Set,
            "fuzzy" => Normaliser::Fuzzy,
            "none" => Normaliser::None,
            _ => return None,
        })
    }
}

/// Everything the tagger needs from one language folder.
#[derive(Debug)]
pub struct Rules {
    pub lexicons: HashMap<String, Lexicon>,
    compound_numbers: CompoundNumbers,
    pub future_markers: Vec<String>,
    pub past_markers: Vec<String>,
    /// The future markers then the past ones, in one automaton: a sentence is searched once
    /// for all of them.
    pub tense_markers: aho_corasick::AhoCorasick,
    pub deadline_markers: Vec<String>,
    pub determiners: Vec<String>,
    pub nouns_too: Vec<String>,
    pub noun_modifiers: Vec<String>,
    pub not_past: Vec<String>,
    pub abbreviations: Vec<String>,
    pub past_acts: Vec<String>,
    pub modals: Vec<String>,
    pub past_perfect: Vec<String>,
    pub past_plans: PastPlans,
    pub called_off: CalledOff,
    pub relatives: Vec<String>,
    pub attributions: Vec<String>,
    pub auxiliaries: Vec<String>,
    pub means: Vec<String>,
    pub agent_words: Vec<String>,
    pub days_ahead: Vec<String>,
    pub patterns: Vec<Pattern>,
    /// All patterns at once: which of them match a line, in one pass.
    pub set: LowerCaseSet,
}

impl Rules {
    pub fn lexicon(&self, name: &str) -> &Lexicon {
        static EMPTY: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        self.lexicons.get(name).unwrap_or_else(|| EMPTY.get_or_init(Lexicon::default))
    }

    /// Parses and compiles a rule file. Errors name the pattern that failed.
    pub fn parse(source: &str) -> Result<Rules, String> {
        let file: RuleFile = toml::from_str(source).map_err(|e| format!("rule file: {e}"))?;
        let mut lexicons = HashMap::new();
        for (name, table) in file.lexicon {
            let mut lexicon = Lexicon::default();
            for (word, value) in table {
                let value = match value {
                    toml::Value::Integer(n) => LexValue::Number(n),
                    toml::Value::String(s) => LexValue::Code(s),
                    other => return Err(format!("lexicon {name}: {word} has unsupported value {other}")),
                };
                lexicon.entries.insert(normalise_key(&word), value);
            }
            lexicons.insert(name, lexicon);
        }
        let compounds = &file.compound_numbers;
        if let Some(numbers) = lexicons.get_mut("number") {
            for (tens, units) in
                compounds.tens.iter().flat_map(|t| compounds.units.iter().map(move |u| (t, u)))
            {
                let (Some(ten), Some(unit)) = (numbers.number(tens), numbers.number(units)) else {
                    return Err(format!("compound_numbers: {tens} or {units} is no number"));
                };
                for joiner in &compounds.joiners {
                    numbers.entries.insert(
                        normalise_key(&format!("{tens}{joiner}{units}")),
                        LexValue::Number(ten + unit),
                    );
                }
            }
        }
        let mut rules = Rules {
            lexicons,
            compound_numbers: file.compound_numbers.clone(),
            tense_markers: aho_corasick::AhoCorasick::new(file.tense.future.iter().chain(&file.tense.past))
                .map_err(|e| format!("tense markers: {e}"))?,
            future_markers: file.tense.future,
            past_markers: file.tense.past,
            deadline_markers: file.tense.deadline,
            determiners: file.tense.determiners,
            nouns_too: file.tense.nouns_too,
            noun_modifiers: file.tense.noun_modifiers,
            not_past: file.tense.not_past,
            abbreviations: file.tense.abbreviations,
            past_acts: file.tense.past_acts,
            modals: file.tense.modals,
            past_perfect: file.tense.past_perfect,
            past_plans: file.tense.past_plans,
            called_off: file.tense.called_off,
            relatives: file.tense.relatives,
            attributions: file.tense.attributions,
            auxiliaries: file.tense.auxiliaries,
            means: file.tense.means,
            agent_words: file.tense.agent_words,
            days_ahead: file.tense.days_ahead,
            patterns: Vec::new(),
            set: LowerCaseSet::empty(),
        };
        let mut placeholders = rules.placeholders();
        for (name, regex) in file.placeholder {
            placeholders.insert(name, regex);
        }
        for spec in file.pattern {
            let normaliser = Normaliser::parse(&spec.normalise)
                .ok_or_else(|| format!("pattern '{}': unknown normaliser '{}'", spec.name, spec.normalise))?;
            let expanded =
                expand(&spec.pattern, &placeholders).map_err(|e| format!("pattern '{}': {e}", spec.name))?;
            // ASCII classes and case folding: English rules need no more, and the automata
            // stay small enough to be fast. No prefilter: the tagger runs a pattern only
            // where the set says a match of it starts, anchored there, where a search for
            // literals ahead would find nothing new (and extracting them took a quarter of
            // the time to compile the rules).
            let source = format!("(?i){expanded}");
            let regex = meta::Builder::new()
                .syntax(syntax::Config::new().unicode(false))
                .configure(meta::Config::new().auto_prefilter(false))
                .build(&source)
                .map_err(|e| format!("pattern '{}': {e}", spec.name))?;
            let groups = regex
                .group_info()
                .pattern_names(PatternID::ZERO)
                .enumerate()
                .filter_map(|(i, name)| Some((name?.into(), i)))
                .collect();
            rules.patterns.push(Pattern {
                name: spec.name,
                source,
                regex,
                normaliser,
                word_looks_only: false,
                groups,
            });
        }
        rules.set = LowerCaseSet::new(&mut rules.patterns)?;
        Ok(rules)
    }

    /// What each `{name}` in a pattern becomes.
    fn placeholders(&self) -> HashMap<String, String> {
        let alt = |name: &str| self.lexicon(name).alternation(|_| true);
        let month_full = self.lexicon("month").alternation(|w| w.len() > 3 || w == "may");
        let compounds = &self.compound_numbers;
        let words = |list: &[String]| list.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
        let joiners = compounds
            .joiners
            .iter()
            .map(|j| if j.trim().is_empty() { r"\s+".to_owned() } else { regex::escape(j) });
        let compound = format!(
            "(?:{})(?:{})(?:{})|",
            words(&compounds.tens),
            joiners.collect::<Vec<_>>().join("|"),
            words(&compounds.units)
        );
        let compound = if compounds.tens.is_empty() { String::new() } else { compound };
        let is_compound = |w: &str| {
            compounds.tens.iter().any(|t| {
                w.strip_prefix(t.as_str()).is_some_and(|rest| {
                    compounds.joiners.iter().any(|j| {
                        rest.strip_prefix(j.as_str()).is_some_and(|u| compounds.units.iter().any(|x| x == u))
                    })
                })
            })
        };
        let number = format!(
            r"(?P<number>\d+(?:\.\d+|\s+1/2)?|{compound}{})",
            self.lexicon("number").alternation(|w| !is_compound(w))
        );
        let ordinal = format!(r"(?P<ordinal>\d{{1,2}}(?:st|nd|rd|th)|{})", alt("ordinal"));
        let mut map = HashMap::new();
        map.insert("month", format!("(?P<month>{})", alt("month")));
        map.insert("month_full", format!("(?P<month>{month_full})"));
        // A month whose full stop is its own, an abbreviation's ("25 Oct."), not the
        // sentence's ("on 25 October."): a month word another one starts with.
        let months = self.lexicon("month");
        let abbreviations = months.alternation(|w| {
            months.entries.keys().any(|other| other.len() > w.len() && other.starts_with(w))
        });
        map.insert("month_dotted", format!(r"(?P<month>(?:{abbreviations})\.|(?:{})\b)", alt("month")));
        map.insert("day_ordinal", format!("(?P<dayword>{})", alt("day_ordinal")));
        map.insert("weekday", format!("(?P<weekday>{})", alt("weekday")));
        map.insert("season", format!("(?P<season>{})", alt("season")));
        map.insert("part", format!("(?P<part>{})", alt("part")));
        // Singular and plural units: "last week" is a point, "the last weeks" a stretch.
        let units = format!("{}|{}", alt("units"), alt("unit"));
        map.insert("unit", format!("(?P<unit>{units})"));
        map.insert("unit_one", format!("(?P<unit>{})", alt("unit")));
        map.insert("units", format!("(?P<unit>{})", alt("units")));
        map.insert("direction", format!("(?P<direction>{})", alt("direction")));
        map.insert("direction_opt", format!(r"(?:(?P<direction>{})\s+)?", alt("direction")));
        map.insert("holiday", format!("(?P<holiday>{})", alt("holiday")));
        map.insert("fuzzy", format!("(?P<fuzzy>{})", alt("fuzzy")));
        map.insert("set", format!("(?P<set>{})", alt("set")));
        map.insert("number", number.clone());
        map.insert("number_or_digits", number);
        map.insert("ordinal", ordinal.clone());
        map.insert("ordinal_century", ordinal);
        map.insert("year", r"(?P<year>1[0-9]{3}|20[0-9]{2})".to_owned());
        map.insert("year_short", r"(?P<year>[0-9]{4}|[0-9]{2})".to_owned());
        map.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }
}

/// The patterns as one set that tells which of them match a line, and where each of their
/// matches there starts, built for lines in lower case. The patterns ignore case, so a line
/// matches one exactly when its lower-case copy does; without upper case the set's words
/// are plain literals, which the automaton compiles into tries. With `(?i)` each letter was
/// a class and every alternative of the long word lists ("january|february|...") a branch
/// of its own, which made each state of the set's lazy DFA slow to build: 15% of one-thread
/// extraction went to building them.
///
/// It is the lazy DFA `regex`'s meta engine uses for a set (overlapping search, every match
/// of every pattern), but built backwards and run from the line's end, so that what it
/// reports are where matches start. A pattern then looks for its matches only where one
/// starts, instead of scanning the line from its start up to each.
pub struct LowerCaseSet {
    dfa: Arc<hybrid::dfa::DFA>,
    caches: Pool<hybrid::dfa::Cache, CacheFn>,
}

type CacheFn = Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync + UnwindSafe + RefUnwindSafe>;

impl std::fmt::Debug for LowerCaseSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LowerCaseSet").field("patterns", &self.dfa.pattern_len()).finish()
    }
}

/// Which patterns match a line, and where their matches start.
#[derive(Debug)]
pub struct LineMatches {
    /// The patterns that match, in order (a list, not a set over every pattern: most lines
    /// match a few of hundreds, and walking a set of all of them three times a line cost 4%
    /// of extraction).
    found: Vec<usize>,
    /// By pattern: where its matches (by any of its alternatives, of any length) start, in
    /// order; empty for a pattern that does not match.
    starts: Vec<Vec<usize>>,
    /// Set when the set could not be run: every pattern is then to be searched everywhere.
    everywhere: bool,
    /// The line's length.
    len: usize,
}

impl LineMatches {
    /// The matching patterns' indices, in order.
    pub fn patterns(&self) -> impl Iterator<Item = usize> + '_ {
        self.found.iter().copied()
    }

    /// Whether each match starts exactly where [`LineMatches::next_start`] says: always,
    /// unless the set could not be run.
    pub fn starts_known(&self) -> bool {
        !self.everywhere
    }

    /// Where to search for the next match of `pattern` that starts at or after `at`: the
    /// leftmost search from there finds it starting right there. `None` when no match
    /// starts there or later.
    pub fn next_start(&self, pattern: usize, at: usize) -> Option<usize> {
        if self.everywhere {
            return (at <= self.len).then_some(at);
        }
        let starts = &self.starts[pattern];
        starts.get(starts.partition_point(|&s| s < at)).copied()
    }
}

impl LowerCaseSet {
    fn empty() -> LowerCaseSet {
        LowerCaseSet::build(&[]).expect("the empty set compiles")
    }

    /// Also sets each pattern's [`Pattern::word_looks_only`], from the syntax tree parsed here.
    fn new(patterns: &mut [Pattern]) -> Result<LowerCaseSet, String> {
        // As `regex` parses and builds a RegexSet of these patterns (ASCII classes, UTF-8),
        // with the same limits as before.
        let mut parser = regex_syntax::ParserBuilder::new();
        parser.unicode(false).utf8(true);
        let hirs = patterns
            .iter_mut()
            .map(|p| {
                let hir =
                    parser.build().parse(&p.source).map_err(|e| format!("pattern '{}': {e}", p.name))?;
                p.word_looks_only = hir.properties().look_set().iter().all(|look| {
                    matches!(
                        look,
                        hir::Look::WordAscii
                            | hir::Look::WordAsciiNegate
                            | hir::Look::WordStartAscii
                            | hir::Look::WordEndAscii
                            | hir::Look::WordStartHalfAscii
                            | hir::Look::WordEndHalfAscii
                    )
                });
                Ok(lower_case(&hir))
            })
            .collect::<Result<Vec<Hir>, String>>()?;
        LowerCaseSet::build(&hirs)
    }

    fn build(hirs: &[Hir]) -> Result<LowerCaseSet, String> {
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .utf8(true)
                    .reverse(true)
                    .which_captures(thompson::WhichCaptures::None)
                    .nfa_size_limit(Some(64 << 20)),
            )
            .build_many_from_hir(hirs)
            .map_err(|e| format!("pattern set: {e}"))?;
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .match_kind(regex_automata::MatchKind::All)
                    .cache_capacity(64 << 20),
            )
            .build_from_nfa(nfa)
            .map_err(|e| format!("pattern set: {e}"))?;
        let dfa = Arc::new(dfa);
        let for_caches = Arc::clone(&dfa);
        let create: CacheFn = Box::new(move || for_caches.create_cache());
        Ok(LowerCaseSet { dfa, caches: Pool::new(create) })
    }

    /// The patterns that match somewhere in `line`, and where their matches start, into
    /// `found`; `lower` is scratch space for the line's lower-case copy.
    pub fn matches(&self, line: &str, lower: &mut String, found: &mut LineMatches) {
        lower.clear();
        lower.push_str(line);
        lower.make_ascii_lowercase();
        for &pattern in &found.found {
            found.starts[pattern].clear();
        }
        found.found.clear();
        found.everywhere = false;
        found.len = line.len();
        let mut cache = self.caches.get();
        if self.find_starts(lower, &mut cache, found).is_err() {
            // Not expected (no quit bytes, no limit on clearing the cache): every pattern is
            // then searched for everywhere, which finds the same.
            found.found.clear();
            found.found.extend(0..found.starts.len());
            found.everywhere = true;
            return;
        }
        found.found.sort_unstable();
        // Found from the end backwards.
        for &pattern in &found.found {
            let starts = &mut found.starts[pattern];
            starts.reverse();
            starts.dedup();
        }
    }

    /// Runs the backwards automaton over the whole line, recording every pattern that a match
    /// state holds at each position: where a match of it starts. (The automaton reports a
    /// match one byte late, once it has seen the byte before the start for `\b`.)
    /// `regex-automata`'s own overlapping backwards search (0.4.19) reports the second and
    /// later patterns of a match state one byte too early, so the loop is written here.
    fn find_starts(
        &self,
        line: &str,
        cache: &mut hybrid::dfa::Cache,
        found: &mut LineMatches,
    ) -> Result<(), regex_automata::MatchError> {
        let dfa = &self.dfa;
        let input = Input::new(line);
        let bytes = line.as_bytes();
        let mut record = |cache: &hybrid::dfa::Cache, state, at: usize| {
            for i in 0..dfa.match_len(cache, state) {
                let pattern = dfa.match_pattern(cache, state, i).as_usize();
                let starts = &mut found.starts[pattern];
                if starts.is_empty() {
                    found.found.push(pattern);
                }
                starts.push(at);
            }
        };
        let mut state = dfa.start_state_reverse(cache, &input)?;
        let mut at = bytes.len();
        while at > 0 {
            at -= 1;
            state = dfa
                .next_state(cache, state, bytes[at])
                .map_err(|_| regex_automata::MatchError::gave_up(at))?;
            if state.is_tagged() {
                if state.is_match() {
                    record(cache, state, at + 1);
                } else if state.is_dead() {
                    return Ok(());
                } else if state.is_quit() {
                    return Err(regex_automata::MatchError::quit(bytes[at], at));
                }
            }
        }
        state = dfa.next_eoi_state(cache, state).map_err(|_| regex_automata::MatchError::gave_up(0))?;
        if state.is_match() {
            record(cache, state, 0);
        }
        Ok(())
    }

    /// Room for every pattern, for [`LowerCaseSet::matches`].
    pub fn line_matches(&self) -> LineMatches {
        LineMatches {
            found: Vec::new(),
            starts: vec![Vec::new(); self.dfa.pattern_len()],
            everywhere: false,
            len: 0,
        }
    }
}

/// The same expression for lower-case text: letters become lower case, and classes lose
/// the upper-case letters. Only exact for an expression that ignores ASCII case, where every
/// class and literal holds both cases of its letters.
fn lower_case(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(hir::Literal(bytes)) => Hir::literal(bytes.to_ascii_lowercase()),
        HirKind::Class(Class::Unicode(class)) => {
            let mut class = class.clone();
            class.difference(&ClassUnicode::new([ClassUnicodeRange::new('A', 'Z')]));
            Hir::class(Class::Unicode(class))
        }
        HirKind::Class(Class::Bytes(class)) => {
            let mut class = class.clone();
            class.difference(&ClassBytes::new([ClassBytesRange::new(b'A', b'Z')]));
            Hir::class(Class::Bytes(class))
        }
        HirKind::Look(look) => Hir::look(*look),
        HirKind::Repetition(repetition) => Hir::repetition(hir::Repetition {
            sub: Box::new(lower_case(&repetition.sub)),
            ..repetition.clone()
        }),
        HirKind::Capture(capture) => {
            Hir::capture(hir::Capture { sub: Box::new(lower_case(&capture.sub)), ..capture.clone() })
        }
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(lower_case).collect()),
        HirKind::Alternation(subs) => {
            // A set only asks whether a pattern matches, not by which alternative: the words
            // of a mixed list ("\d+|one|two|...") can go first, grouped so they stay one
            // alternation of literals (a trie) instead of being flattened back in.
            let subs: Vec<Hir> = subs.iter().map(lower_case).collect();
            let is_word = |h: &Hir| matches!(h.kind(), HirKind::Literal(_));
            let words = subs.iter().filter(|h| is_word(h)).count();
            if words < 2 || words == subs.len() {
                return Hir::alternation(subs);
            }
            let (words, others): (Vec<Hir>, Vec<Hir>) = subs.into_iter().partition(is_word);
            let words =
                Hir::capture(hir::Capture { index: 0, name: None, sub: Box::new(Hir::alternation(words)) });
            Hir::alternation(std::iter::once(words).chain(others).collect())
        }
    }
}

/// Replaces every `{name}` with its expansion; `{n}` style regex repetitions (digits, commas)
/// are left alone.
fn expand(pattern: &str, placeholders: &HashMap<String, String>) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len() * 4);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("unclosed '{'")?;
        let name = &after[..close];
        if name.chars().all(|c| c.is_ascii_digit() || c == ',') {
            out.push('{');
            out.push_str(name);
            out.push('}');
        } else {
            out.push_str(placeholders.get(name).ok_or_else(|| format!("unknown placeholder {{{name}}}"))?);
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::Anchored;

    #[test]
    fn the_english_rules_compile() {
        let rules = Rules::parse(super::super::ENGLISH_RULES).expect("English rules");
        assert!(rules.patterns.len() > 20);
        assert_eq!(rules.lexicon("month").number("Sept"), Some(9));
        assert_eq!(rules.lexicon("season").code("summer"), Some("SU"));
    }

    #[test]
    fn unknown_placeholders_and_normalisers_are_errors_not_panics() {
        let bad = "[lexicon.month]\n[tense]\nfuture=[]\npast=[]\n[[pattern]]\nname='x'\npattern='{nope}'\nnormalise='date'\n";
        assert!(Rules::parse(bad).unwrap_err().contains("nope"));
        let bad = "[lexicon.month]\n[tense]\nfuture=[]\npast=[]\n[[pattern]]\nname='x'\npattern='a'\nnormalise='magic'\n";
        assert!(Rules::parse(bad).unwrap_err().contains("magic"));
    }

    #[test]
    fn the_lower_case_set_matches_what_the_patterns_match() {
        let rules = Rules::parse(super::super::ENGLISH_RULES).expect("English rules");
        let reference = regex::RegexSetBuilder::new(rules.patterns.iter().map(|p| p.source.as_str()))
            .unicode(false)
            .size_limit(64 << 20)
            .build()
            .expect("set");
        let lines = [
            "On MONDAY, March 3, 1998 at 3:07 P.M. EST the Talks RESUMED.",
            "Last Year's fourth-Quarter profit; the YEAR-AGO period; Christmas Eve.",
            "In the 1990s, twenty-one DAYS later, NINETEEN NINETY-SIX, mid-1996 and 05/02/2017.",
            "It saves $2 million A YEAR. As soon as possible. The Week of March 6.",
            "No date here at all, just Words and Names like May Smith and USA Today’s view.",
            "",
        ];
        let (mut lower, mut found) = (String::new(), rules.set.line_matches());
        let mut anchored_starts = 0;
        let text = super::super::ENGLISH_RULES;
        let sample = crate::SAMPLE_ARTICLE;
        for line in lines.iter().copied().chain(text.lines()).chain(sample.lines()) {
            rules.set.matches(line, &mut lower, &mut found);
            let ours: Vec<usize> = found.patterns().collect();
            let theirs: Vec<usize> = reference.matches(line).iter().collect();
            assert_eq!(ours, theirs, "{line:?}");
            // From anywhere, the next match of a pattern starts where the set says.
            for &index in &ours {
                let regex = &rules.patterns[index].regex;
                for at in (0..=line.len()).filter(|&at| line.is_char_boundary(at)) {
                    let next = regex.search(&Input::new(line).span(at..line.len())).map(|m| m.start());
                    assert_eq!(
                        next,
                        found.next_start(index, at),
                        "{line:?} at {at}: {}",
                        rules.patterns[index].name
                    );
                }
                // Searched anchored at each of those starts, as the tagger does, a pattern
                // finds what the leftmost search from there finds, groups and all.
                let (mut anchored, mut leftmost) = (regex.create_captures(), regex.create_captures());
                let mut at = 0;
                while let Some(start) = found.next_start(index, at) {
                    let input = Input::new(line).span(start..line.len());
                    regex.search_captures(&input.clone().anchored(Anchored::Yes), &mut anchored);
                    regex.search_captures(&input, &mut leftmost);
                    assert!(anchored.is_match(), "{line:?} at {start}: {}", rules.patterns[index].name);
                    assert_eq!(
                        anchored.iter().collect::<Vec<_>>(),
                        leftmost.iter().collect::<Vec<_>>(),
                        "{line:?} at {start}: {}",
                        rules.patterns[index].name
                    );
                    at = start + 1;
                    anchored_starts += 1;
                }
            }
        }
        assert!(anchored_starts > 100, "only {anchored_starts} starts checked");
    }

    #[test]
    fn keys_fold_case_space_and_apostrophes() {
        assert_eq!(normalise_key("New  Year’s Day"), "new year's day");
    }
}
