//! One sentence at a time: its clauses, the event mentions its cues make, each mention's
//! date and status. `SentenceContext` carries what a rule may read about the sentence and the
//! article around it. Not for: who took part (`participants`), nor merging (`merge`).

use super::*;

/// Nouns for a state's executive that a story may leave unqualified ("the government").
/// A state across the table from an armed group, named without the state: "the government",
/// "the army" ("talks between army and RSF delegations").
pub(super) const GOVERNMENT_NOUNS: &[&str] = &["government", "regime", "army", "military", "junta"];

/// The present tense of the verbs of striking, as a timeline or headline writes them after
/// the arms ("aircraft bomb", "jets pound"): they take their target right after them.
pub(super) const PRESENT_STRIKE_VERBS: &[&str] = &[
    "bomb", "bombs", "strike", "strikes", "shell", "shells", "hit", "hits", "pound", "pounds", "raid",
    "raids",
];

/// Words for a part of a place: "in southern Lebanon" is in Lebanon.
pub(super) const COMPASS: &[&str] = &[
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
pub(super) const PERSON_WORDS: usize = 4;

/// Adverbs set off by commas inside a clause, between its subject and its verb ("The North
/// Korean leader, for his part, made a visit"): no clause of their own.
pub(super) const CLAUSE_ASIDES: &[&str] = &[
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
pub(super) const CLAUSE_OPENERS: &[&str] = &[
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

/// Words after "to" that open no infinitive: "from Monday to the end of the week".
const INFINITIVE_LOOKALIKES: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our", "my", "some",
    "each", "every", "both", "all", "mid", "early", "late", "next", "last", "about", "around", "nearly",
];

/// How far into its line a transcript's label ("NADIA FERRIS:") may end with its colon.
const SPEAKER_LABEL_BYTES: usize = 80;

/// Splits a sentence into clauses at punctuation and subordinating words, though not inside
/// a date: "On September 17, 1978, the summit ended" has the date in one piece.
pub(super) fn clauses(
    text: &str,
    sentence: Range<usize>,
    dates: &[&Timex],
    lexicon: &Lexicon,
) -> Vec<Range<usize>> {
    let s = &text[sentence.clone()];
    let mut cuts: Vec<usize> = Vec::new();
    let bytes = s.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    // "the Communist Party of Nepal (Maoist) concluded", "the National Liberation Army (ELN)
    // guerrilla group will": a name's short aside in brackets is part of the name.
    const NAME_ASIDE_WORDS: usize = 3;
    let mut in_aside = false;
    // Where the comma closing an aside of `CLAUSE_ASIDES` is, or a headline's comma for "and".
    let mut skip_comma = headlines::comma_for_and(s, lexicon);
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
pub(super) fn all_different(dates: &[&Timex]) -> bool {
    let mut values: Vec<&str> = dates.iter().map(|t| t.value.as_str()).collect();
    values.sort_unstable();
    values.dedup();
    values.len() == dates.len()
}

/// "the Kosovo Liberation Army raided a convoy": a name at `start..end` that ends in the
/// arms noun a strike's trigger opens with ("Army raided"), whose group made the strike.
pub(super) fn name_ends_in_trigger(trigger: &Range<usize>, start: usize, end: usize) -> bool {
    start < trigger.start && trigger.start < end && end <= trigger.end
}

/// How many words after a trigger a finer date within the month or year it took may stand
/// ("in June 2020, when troops attacked a patrol in the valley on the night of June 15").
pub(super) const FINER_DATE_WORDS: usize = 16;

/// What the rules may read about one sentence: its text and clauses, the article's dates
/// and people around it, and the gazetteer.
pub(super) struct SentenceContext<'a> {
    pub(super) text: &'a str,
    /// The article's text as written, for what is shown: `text` has its lines in capitals
    /// read as prose (see `headlines::unshout`), byte for byte where they were.
    pub(super) written: &'a str,
    pub(super) article: ArticleId,
    pub(super) range: Range<usize>,
    pub(super) clauses: Vec<Range<usize>>,
    pub(super) reference: Option<Date>,
    pub(super) lede: bool,
    /// Opens a live blog's entry: its present perfect is news of the entry's day ("10:45
    /// Jerusalem: the Israeli Prime Minister has spoken to the President-elect").
    pub(super) live: bool,
    /// The date the previous sentence opened with, which frames this one's narrative.
    pub(super) frame: Option<&'a Timex>,
    /// The date a line of its own heads the sentence's part of the article with ("Wednesday
    /// 13 July" in an agenda): every event under it with no date of its own is on that day.
    pub(super) heading: Option<&'a Timex>,
    /// The older date the story last went back to (see `OLDER_THAN_DAYS`), if it has not
    /// come back to the days of the article since.
    pub(super) gone_back: Option<&'a Timex>,
    /// The sentence before, whose subject a pronoun opening this one stands for.
    pub(super) previous_sentence: Option<Range<usize>>,
    /// The article's dates given as a length from another (see [`dates::offset_dates`]),
    /// which are no temporal expressions of the article's own.
    pub(super) derived: &'a [Timex],
    pub(super) lexicon: &'a Lexicon,
    pub(super) people: &'a People,
    /// The country of the last election the article reported with one.
    pub(super) last_election: Option<&'a str>,
    /// The gazetteer's names in the sentence, found once when a rule first asks.
    pub(super) sentence_entities: std::cell::OnceCell<Vec<(usize, usize, String, EntityClass)>>,
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

    pub(super) fn clause_of(&self, position: usize) -> Range<usize> {
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

    /// The clause a trigger's date is looked for in: its own, taken on to the trigger's end,
    /// and to a date set off right after it (see `with_its_date_set_off`).
    fn trigger_clause(&self, trigger: Range<usize>, timexes: &[&Timex]) -> Range<usize> {
        let clause = self.clause_of(trigger.start);
        let clause = clause.start..clause.end.max(trigger.end);
        // "On the eve of the summit, on March 18, he had spoken": a date set off after a day
        // counted from an event is that day's, not the event's.
        if self.lexicon.event_days.in_text(&self.text[clause.start..trigger.start]) {
            clause
        } else {
            self.with_its_date_set_off(clause, timexes)
        }
    }

    /// Whether a trigger at `trigger` stands in an infinitive of purpose opening right after
    /// `date`: "in Pale on Sunday to urge the Serbs to join the talks".
    fn purpose_after(&self, date: &Timex, trigger: usize) -> bool {
        let Some(rest) = self.text.get(date.end..trigger).and_then(|r| r.strip_prefix(" to ")) else {
            return false;
        };
        let verb = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        verb.chars().next().is_some_and(char::is_lowercase) && !INFINITIVE_LOOKALIKES.contains(&verb)
    }

    /// Whether "meet" joins two countries as teams do, the first alone before it (past an
    /// aside) and the plural verb after it: "England meet Australia in Oita", "Italy, out of
    /// the World Cup, meet Turkey". ("Spain and France meet in Paris" are two, "Leaders of
    /// Russia meet" people; "Israel meets Egypt" a state.)
    fn teams_meet(&self, trigger: Range<usize>) -> bool {
        if &self.text[trigger.clone()] != "meet" {
            return false;
        }
        let entities = self.entities(self.range.start..self.range.end);
        // ("England", "Wales": places of the gazetteer, and teams.)
        let countries: Vec<_> = entities.iter().filter(|e| e.3 != EntityClass::Organisation).collect();
        let Some(before) = countries.iter().rfind(|e| e.1 <= trigger.start) else {
            return false;
        };
        let between = self.text[before.1..trigger.start].trim();
        let aside = between.is_empty() || (between.starts_with(',') && between.ends_with(','));
        // ("and" after a country joins it: "Spain and France"; after a clause, not: "England
        // meet Australia, and Wales meet France".)
        let preceding = self.text[self.range.start..before.0].trim_end();
        let (rest, last) = preceding.rsplit_once(' ').unwrap_or(("", preceding));
        let rest = rest.trim_end();
        let after_a_country = entities.iter().any(|e| e.1 == self.range.start + rest.len());
        let joined = matches!(last, "&" | "of" | "from" | "in")
            || (last == "and" && after_a_country)
            || (last.ends_with(',') && last.starts_with(|c: char| c.is_uppercase()));
        aside
            && !joined
            && countries.iter().any(|e| e.0 >= trigger.end && self.text[trigger.end..e.0].trim().is_empty())
    }

    /// One mention per kind per sentence: several triggers of one kind in one sentence
    /// ("spoke by phone ... their third phone conversation") are one report, unless a
    /// trigger carries a date of its own that the first does not share ("the U.S. air raid
    /// ... is not linked with the August 7 bombings"), or stands in a clause of its own with
    /// a date there ("voted two weeks ago, and will hold an election on Oct. 27").
    ///
    /// The dates none of the sentence's mentions claims go to `dated`.
    pub(super) fn mentions(
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
                | Cue::Sequel(_)
                | Cue::Exclusion => continue,
            };
            // "the summit road", "its February summit" on a stock index: a mountain's or a
            // market's peak.
            if kind == EventKind::Summit && self.summit_of_a_place_or_market(range.clone()) {
                continue;
            }
            // "Every phone call between Washington and London ends the same way", "each
            // meeting of the two": what every one of them does is no one event. ("The Chilean
            // and Venezuelan Presidents each flew in": after its subject, "each" shares the
            // verb out.)
            const EACH_SUBJECT_WORDS: usize = 10;
            let words_before: Vec<&str> = self.text[self.range.start..range.start]
                .split_whitespace()
                .rev()
                .take(EACH_SUBJECT_WORDS)
                .collect();
            let word_before = words_before.first();
            if word_before.is_some_and(|w| w.eq_ignore_ascii_case("every"))
                || (word_before.is_some_and(|w| w.eq_ignore_ascii_case("each"))
                    && !self.lexicon.shares_out(&words_before[1..]))
            {
                continue;
            }
            // "a trip that will take him to Poland": carried somewhere on a journey, not by a
            // job or a taxi.
            const JOURNEY_WORDS: usize = 6;
            if kind == EventKind::Visit
                && self.lexicon.carried_to.iter().any(|c| self.text[range.clone()].eq_ignore_ascii_case(c))
                && !self.text[self.range.start..range.start]
                    .split_whitespace()
                    .rev()
                    .take(JOURNEY_WORDS)
                    .any(|w| self.lexicon.journey_nouns.contains(&bare_lower(w)))
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
            // there (or set off right after it: "and lost his seat at Zambia's election, on 31
            // October 1991"), is another event too.
            let clause = self.clause_of(range.start);
            let dated_clause = || {
                // (A date set off only after one of the kind was dated: "Argentina's elections
                // kept Brasilia awake: the first round, on 22 October" tells which.)
                let set_off = same_kind.iter().any(|&i| {
                    let earlier = self.clause_of(chosen[i].0.start);
                    chosen[i].3.is_some()
                        || timexes.iter().any(|t| earlier.contains(&t.start) && !is_report(t))
                });
                let clause =
                    if set_off { self.trigger_clause(range.clone(), timexes) } else { clause.clone() };
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
            // So is a summit: "the ASEAN Summit on 9 October and the G20 summit on 11 October",
            // and a call or a meeting ("took a call from the King last night and was telephoned
            // this morning by the Saudi King"), or any event.
            let next_leg =
                !anaphoric && same_kind.last().is_some_and(|&i| self.next_leg(&chosen[i].0, range, timexes));
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
        // "held talks on Friday and signed an upgraded trade agreement", "signed a declaration
        // at a summit": a signing at talks, a summit or a meeting its sentence tells is part of
        // that, no meeting of its own.
        // ("On the tenth day of the talks the two presidents signed": a day of them is when.)
        let signing = |range: &Range<usize>| self.lexicon.is_signing(&self.text[range.clone()]);
        let a_day_of = |range: &Range<usize>| {
            let words = self.words_before(range.start, 3);
            words.windows(2).any(|w| w[0] == "day" && w[1] == "of")
        };
        if chosen.iter().any(|c| {
            (matches!(c.1, EventKind::Talks | EventKind::Summit) && !a_day_of(&c.0))
                || (c.1 == EventKind::Meeting && !signing(&c.0))
        }) {
            chosen.retain(|c| !(c.1 == EventKind::Meeting && signing(&c.0)));
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
        let trigger_clauses: Vec<Range<usize>> =
            chosen.iter().map(|c| self.trigger_clause(c.0.clone(), timexes)).collect();
        // ("met the Serb leader in Pale on Sunday to urge the Serbs to join the talks": a
        // trigger in an infinitive of purpose after the date owns it for no one else.)
        let owned = |t: &Timex| {
            trigger_clauses
                .iter()
                .zip(&chosen)
                .any(|(c, chosen)| c.contains(&t.start) && !self.purpose_after(t, chosen.0.start))
        };

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
            // "flies to Ouagadougou tomorrow for the summit ..., which opens there on Monday":
            // the date its own relative clause gives is the event's, not the clause's before it.
            const OPENING_WORDS: usize = 3;
            let opened_in_relative = |t: &Timex| {
                relative.as_ref().is_some_and(|r| {
                    r.contains(&t.start)
                        && self.text[r.clone()]
                            .split_whitespace()
                            .skip(1)
                            .take(OPENING_WORDS)
                            .any(|w| self.lexicon.opened_in_relative.iter().any(|v| v == w))
                })
            };
            let mut in_clause = in_clause;
            if in_clause.iter().any(|t| opened_in_relative(t)) {
                in_clause.retain(|t| opened_in_relative(t) || t.start > trigger.end);
            }
            // "investigate the bombings but there was no word on Tuesday": an event the
            // reader already knows of, named as the object of another verb, takes a date only
            // from its own clause; as the subject ("The car bombings occurred ... on Friday")
            // it is what the sentence is about.
            // (Past a date the sentence opens with: "On September 17, 1978, the summit ended".)
            let opening = timexes
                .first()
                .filter(|t| t.end <= trigger.start && opens_with_date(self.text, self.range.start, t))
                .map_or(self.range.start, |t| t.end);
            // ("On Monday, leaders of the G20 opened": the comma after the date is no word, nor
            // an entry's colon and bracketed weekday: "-- Nov. 1 (Sun.): The sixth summit".)
            let after_opening = crate::timex::past_a_weekday_in_brackets(&self.text[opening..trigger.start]);
            let subject =
                after_opening.trim_start_matches([',', ':', ' ']).split_whitespace().nth(3).is_none();
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
                // ("In September she paid a state visit to Washington, where she met the
                // President": so does a month or year it opens with "In".)
                let fronted = |t: &Timex| {
                    let before = self.text[self.range.start..t.start].trim();
                    (matches!(before, "" | "On" | "on" | "Also on" | "And on")
                        && t.span.as_ref().is_some_and(TimeSpan::is_day))
                        || (before == "In" && t.span.is_some())
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
            // "On the eve of the summit of 14 May, the ministers met": the date names the event
            // counted from, not this one.
            let names_the_event_counted_from = |t: &Timex| {
                timexes.iter().any(|d| {
                    self.is_derived(d)
                        && dates::naming_its_date(self.text, d.end, t)
                        && !(d.start <= trigger.start && trigger.end <= t.end)
                })
            };
            if candidates.iter().any(|t| !names_the_event_counted_from(t)) {
                candidates.retain(|t| !names_the_event_counted_from(t));
            }
            // "The election, originally scheduled for March, was held on Sunday": a date the
            // event was once set for gives way to another.
            if candidates.len() > 1 && candidates.iter().any(|t| !self.once_set_for(t)) {
                candidates.retain(|t| !self.once_set_for(t));
            }
            // "were put back on Monday by a week, to Saturday the 9th": the new date is the
            // event's, the day it was moved the decision's.
            if own_date.is_none()
                && let Some(moved) =
                    timexes.iter().copied().find(|t| !others_own(t) && self.moved_to(trigger.clone(), t))
            {
                candidates = vec![moved];
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
            // ("flew on Sunday for the G20 summit, which opens this morning and ends
            // tomorrow": a day before the trigger is another verb's, when the trigger's own
            // clause opens and closes it.)
            let before_the_trigger = |w: &When| {
                w.expression.as_deref().is_some_and(|e| {
                    self.text.get(self.range.start..trigger.start).is_some_and(|before| before.contains(e))
                        && !self.text.get(trigger.end..self.range.end).is_some_and(|after| after.contains(e))
                })
            };
            if let Some(span) = self.begun_and_ended(trigger.clone(), timexes)
                && !opened_by_another(&span)
                && when.as_ref().is_none_or(|w| {
                    before_the_trigger(w)
                        || (w.span.start >= span.span.start && w.span.end <= span.span.end)
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
            // ("8 July. The third round of talks opens in Geneva": a known event that is the
            // subject of a sentence right under a chronology's day is what it narrates.)
            let reported_speech = complement.is_some();
            let under_its_day = subject && self.frame.is_some_and(|day| self.a_day_alone_before(day));
            let narrated = (!known || under_its_day || self.names_a_verb(trigger.clone()))
                && !away
                && !reacted
                && !reported_speech;
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
                && (!self.in_the_perfect(trigger.clone(), clause.clone())
                    || (self.live && self.in_the_present_perfect(trigger.clone(), clause.clone())))
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
                && (self.overnight_in(clause.clone()) || self.overnight_in(self.opening_words()))
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
                EventKind::Visit => self
                    .stayed_since(trigger.clone(), when, timexes)
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
            // ("three days before the first anniversary of the invasion on 24.02.2022": a date
            // already that many years back is the remembered event's own.)
            const YEAR_DAYS: i64 = 365;
            const HALF_YEAR_DAYS: i64 = 182;
            let already_back = |n: i16, w: &When| {
                self.reference.is_some_and(|r| {
                    (r - w.span.end).get_days() as i64 > i64::from(n) * YEAR_DAYS - HALF_YEAR_DAYS
                })
            };
            let remembered = self.remembered(trigger.clone());
            let when = match remembered {
                Some(years) => years.zip(when).and_then(|(n, w)| {
                    if n > 0 && already_back(n, &w) { Some(w) } else { dates::years_before(w, n) }
                }),
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
            // "Those talks resume next week": talks referred back to that start again on a day
            // to come are their next session, an event of its own.
            let anaphoric = anaphoric
                && !(*kind == EventKind::Talks
                    && status == EventStatus::Planned
                    && when.as_ref().is_some_and(|w| !w.approximate)
                    && self.resumed_after(trigger.clone()));
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
                    .chain(self.predicates_before(trigger.clone(), clause.clone(), cues))
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
            // "NADIA FERRIS: ... Paul Adeyemi is in Kyiv. // PAUL ADEYEMI: Missiles hit Lviv":
            // where a transcript's speaker is, is where they report from, no visit.
            if *kind == EventKind::Visit
                && let [traveller] = participants.as_slice()
                && self.lexicon.being_in.iter().any(|b| self.text[trigger.clone()].eq_ignore_ascii_case(b))
                && self.speaks_in_the_transcript(traveller)
            {
                continue;
            }
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
                && !super::they_before(self.text, self.range.start, trigger.start, self.lexicon)
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
            // "England meet Australia in Oita", "Italy, out of the World Cup, meet Turkey": a
            // country that "meet"s (its players, in the plural) another is a team.
            if self.teams_meet(trigger.clone()) {
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
                // (Not one yet to come: "no date has been set for a third summit".)
                another: !anaphoric && status == EventStatus::Happened && self.told_as_another(trigger.start),
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
            let title: &String = title.get_or_insert_with(|| other_title(&self.written[self.range.clone()]));
            dated.push(self.written, t.start, t.end, self.range.clone(), title);
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
        // "Ukrainians and Belarusians vote tomorrow": one election each.
        if kind == EventKind::Election {
            let listed = self.voters_listed(trigger.clone());
            return (listed.len() > 1).then(|| listed.into_iter().map(|c| (Some(c), None)).collect());
        }
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
        if kind == EventKind::Call
            && dates.len() < 2
            && let Some(people) = self.people_called(trigger.clone(), &people)
        {
            return Some(people.into_iter().map(|p| (Some(p), None)).collect());
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

    /// The countries listed right before an election's trigger ("Ukrainians and Belarusians
    /// vote"), or before the verb of voting a few words before it ("Ukrainians and Belarusians
    /// vote tomorrow in presidential run-offs", where the vote is the run-offs').
    fn voters_listed(&self, trigger: Range<usize>) -> Vec<String> {
        const VOTE_WORDS: usize = 5;
        let listed = self.countries_right_before(trigger.start);
        if listed.len() > 1 {
            return listed;
        }
        let before = &self.text[self.range.start..trigger.start];
        let mut at = before.len();
        for word in before.split_whitespace().rev().take(VOTE_WORDS) {
            at = before[..at].rfind(word).unwrap_or(0);
            if matches!(bare_lower(word).as_str(), "vote" | "votes" | "voted" | "voting") {
                return self.countries_right_before(self.range.start + at);
            }
        }
        listed
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
    /// `separately` stands right before or after the trigger, or right after the people
    /// ("meets Rzayev and Hovsepyan separately", "phoned Aliyev and Pashinyan in turn").
    fn separate_counterparts(&self, trigger: Range<usize>, after: Range<usize>) -> Option<Vec<String>> {
        const NEAR_WORDS: usize = 2;
        let separately = |w: &str| {
            let bare = w.trim_matches(|c: char| !c.is_alphabetic()).to_ascii_lowercase();
            self.lexicon.separately.contains(&bare)
        };
        let rest = &self.text[trigger.end..after.end];
        let before = self.text[self.range.start..trigger.start].split_whitespace().rev().take(NEAR_WORDS);
        let near = before.chain(rest.split_whitespace().take(NEAR_WORDS)).any(separately);
        const GAP_WORDS: usize = 8;
        // (Most calls and meetings have no such word after them: their people are not listed.)
        if !near
            && !rest.contains(" in turn")
            && !self.lexicon.separately.iter().any(|w| rest.contains(w.as_str()))
        {
            return None;
        }
        let people = self.people.in_range(after.clone());
        let names = self.listed(people.iter().map(|p| (p.start, p.name.as_str())), GAP_WORDS);
        if near {
            return if names.len() >= 2 { Some(names) } else { self.each_with(after) };
        }
        let apart_after = |words: &mut std::iter::Peekable<std::str::SplitWhitespace>| {
            let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
            let in_turn = first == "in" && second.trim_end_matches(|c: char| !c.is_alphabetic()) == "turn";
            separately(first) || in_turn
        };
        if names.len() < 2 {
            // "was on the line to the French President and the Italian Prime Minister in
            // turn": office-holders told by their country, each with their title after it.
            let countries: Vec<_> = self
                .entities(after.clone())
                .into_iter()
                .filter(|e| {
                    e.3 == EntityClass::Country && people.iter().all(|p| p.start > e.1 || p.start < e.0)
                })
                .collect();
            let mut names = self.listed(countries.iter().map(|e| (e.0, e.2.as_str())), GAP_WORDS);
            // ("in turn, a Chinese spokesman said": the list ends where the word of apartness
            // stands.)
            while names.len() >= 2 {
                let last = &countries[names.len() - 1];
                let mut words = self.text[last.1..after.end].split_whitespace().peekable();
                while words.next_if(|w| w.starts_with(char::is_uppercase)).is_some() {}
                // ("had breakfast with the American and the North Korean heads of delegation
                // in turn": their office after them in a few small words.)
                const OFFICE_WORDS: usize = 3;
                for _ in 0..=OFFICE_WORDS {
                    if apart_after(&mut words.clone()) {
                        return Some(names);
                    }
                    if words.next().is_none_or(|w| w.ends_with(|c: char| c.is_ascii_punctuation())) {
                        break;
                    }
                }
                names.pop();
            }
            return None;
        }
        // (The last person listed, as written: its capitalised words, no more than the name's.)
        let last = people.get(names.len() - 1)?;
        let mut words = self.text[last.start..after.end].split_whitespace().peekable();
        for _ in 0..last.name.split(' ').count() {
            words.next_if(|w| w.starts_with(char::is_uppercase));
        }
        apart_after(&mut words).then_some(names)
    }

    /// Whom a call to "both" ("phoned both men", "spoke separately by phone with both
    /// leaders", "calls from the Kremlin to both capitals") or to "each of the three
    /// presidents" was with: the last two (three) sides named before it in its sentence or the
    /// one before, people or countries, other than the caller's, named in the trigger's clause
    /// before it ("the Russian president"). A country right before a person's name is that
    /// person's ("Kyrgyz President Bakyt Osmonaliev").
    fn both_called(&self, trigger: Range<usize>) -> Option<Vec<String>> {
        const BOTH_WORDS: usize = 8;
        const OWN_COUNTRY_WORDS: usize = 3;
        let both =
            self.text[trigger.end..self.range.end].split_whitespace().take(BOTH_WORDS).collect::<Vec<_>>();
        // "both men", or "each of the two men", "each of the three presidents".
        let (at, count) = match both.iter().position(|w| w.eq_ignore_ascii_case("both")) {
            Some(at) => (at, 2),
            None => {
                let each = both
                    .windows(4)
                    .position(|w| w[0].eq_ignore_ascii_case("each") && w[1] == "of" && w[2] == "the")?;
                let count = self.number_of(&bare_lower(both[each + 3]))?;
                (each + 3, usize::try_from(count).ok().filter(|&c| c >= 2)?)
            }
        };
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
        let mut called: Vec<String> = Vec::new();
        for (_, side) in sides.into_iter().rev() {
            if !caller.contains(&side) && !called.contains(&side) {
                called.push(side);
            }
            if called.len() == count {
                break;
            }
        }
        (called.len() == count).then(|| called.into_iter().rev().collect())
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
        let after = trigger.end..self.range.end;
        if self.called_together() || !self.people.in_range(after.clone()).is_empty() {
            return None;
        }
        // The first is whom the call is with, a few words after "with" ("with the leaders
        // of", "with the British Prime Minister") or after a verb of calling ("telephoned the
        // King of Saudi Arabia and the President of Egypt"); the rest follow it closely.
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
        if !self.leads_to_whom(trigger.clone(), first.0) {
            return None;
        }
        // ("with the President of the United States and with the President of Mexico": a
        // "with" said again, and the office again, stand between, when no dates do.)
        let again = if undated && self.text[after.clone()].contains(" and with ") { AGAIN_WORDS } else { 0 };
        let countries = self.listed(countries.map(|e| (e.0, e.2.as_str())), GAP_WORDS + then + again);
        (countries.len() >= 2).then_some(countries)
    }

    /// Whether a word of the sentence (`calls_together`) makes its call one of all: a video
    /// or conference call.
    fn called_together(&self) -> bool {
        self.text[self.range.clone()].split_whitespace().any(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphabetic()).to_ascii_lowercase();
            self.lexicon.calls_together.contains(&bare)
        })
    }

    /// Whether the first of whom a call is with, at `first`, is a few words after "with"
    /// ("with the leaders of", "with the British Prime Minister") or after a verb of calling
    /// ("telephoned the King of Saudi Arabia"). ("spoke to the US President and the German
    /// Chancellor", "was on the line to", "took calls on Wednesday from": "to" and "from" lead
    /// to whom as "with" does.)
    fn leads_to_whom(&self, trigger: Range<usize>, first: usize) -> bool {
        const WITH_WORDS: usize = 5;
        let lead = &self.text[trigger.start..first];
        let calling_verb =
            self.lexicon.calling_verbs.iter().any(|v| self.text[trigger.clone()].eq_ignore_ascii_case(v));
        let with =
            lead.split_whitespace().rev().take(WITH_WORDS + 1).any(|w| matches!(w, "with" | "to" | "from"));
        with || calling_verb && lead.split_whitespace().count() <= WITH_WORDS + 1
    }

    /// The people a phone call is with, one call each, when it is with several named right
    /// after the verb of calling or "with"/"to" ("telephoned Aliyev and Pashinyan", "spoke
    /// with Scholz and Biden"); not a video or conference call (see `countries_called`).
    fn people_called(&self, trigger: Range<usize>, people: &[people::PersonMention]) -> Option<Vec<String>> {
        const GAP_WORDS: usize = 2;
        let first = people.first()?;
        if self.called_together() || people.len() < 2 {
            return None;
        }
        if !self.leads_to_whom(trigger, first.start) {
            return None;
        }
        let names = self.listed(people.iter().map(|p| (p.start, p.name.as_str())), GAP_WORDS);
        (names.len() >= 2).then_some(names)
    }

    /// The last `count` words of the sentence before `end`, lower-cased, in order: only
    /// they are copied, not the whole sentence up to there.
    pub(super) fn words_before(&self, end: usize, count: usize) -> Vec<String> {
        let mut words: Vec<String> = self.text[self.range.start..end]
            .split_whitespace()
            .rev()
            .take(count)
            .map(str::to_ascii_lowercase)
            .collect();
        words.reverse();
        words
    }

    /// Whether the words right before a trigger tell one more of its kind, with no article
    /// that refers back: "A second rocket has hit", "another drone struck" (not "the second
    /// rocket", nor "a first", nor one a noun is of or for: "a date for another summit").
    fn told_as_another(&self, trigger_start: usize) -> bool {
        let words = self.words_before(trigger_start, 3);
        let later = |ordinal: &String| ordinal != "first" && self.lexicon.ordinals.contains(ordinal);
        // How many of the words tell "one more", and so where the word before them stands.
        let told = match &words[..] {
            [.., last] if last == "another" => 1,
            [.., article, ordinal] if article == "a" && later(ordinal) => 2,
            _ => return false,
        };
        let before = words.len().checked_sub(told + 1).map(|i| words[i].as_str());
        !matches!(before, Some("for" | "of" | "on" | "about"))
    }

    /// Whether a trigger is a verb, or holds one: "bombed", "bomb went off".
    fn names_a_verb(&self, trigger: Range<usize>) -> bool {
        // ("telephones the South Korean President": a calling verb kept as a trigger called
        // someone, and is no noun.)
        self.text[trigger].split_whitespace().any(|w| {
            let w = w.to_ascii_lowercase();
            w.ends_with("ed") || self.lexicon.not_nouns.contains(&w) || a_calling_verb(&w)
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
    pub(super) fn origin_named(&self, end: usize) -> bool {
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
    pub(super) fn generic_armed_group(&self, range: Range<usize>) -> Option<(usize, String)> {
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
    pub(super) fn hits_state_arms(&self, range: Range<usize>) -> bool {
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
    pub(super) fn relative_asides(&self, trigger: Range<usize>) -> Vec<Range<usize>> {
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
    pub(super) fn dealt_with(&self, start: usize, words: usize) -> bool {
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
        // "said that the summit will be held on 16 November", "said the referendum would take
        // place": a noun phrase with a verb of its own is the subject of what was said.
        let next = self.text[trigger.end..self.range.end].split_whitespace().next().unwrap_or("");
        if self.lexicon.verb_openers.iter().any(|v| v == next) {
            return false;
        }
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

    /// "Akdogan met his Azerbaijani counterpart, Elnur Rzayev, in Ankara on Monday, telephoned
    /// the Russian Foreign Minister on Tuesday": when `clause` is a predicate with no subject
    /// of its own (it opens on its trigger, `trigger`), whom an earlier predicate of the
    /// sentence (a clause opening on its own trigger) names after its trigger, up to a clause
    /// that opens on "and" or "but" ("and Omar, his deputy, telephoned"), is that predicate's.
    fn predicates_before(
        &self,
        trigger: Range<usize>,
        clause: Range<usize>,
        cues: &[&(Range<usize>, Cue)],
    ) -> Vec<Range<usize>> {
        let opens_on = |clause: Range<usize>, at: usize| {
            self.text.get(clause.start..at).is_some_and(|before| {
                before
                    .split_whitespace()
                    .all(|w| matches!(w.trim_matches(','), "" | "and" | "then" | "also" | "later"))
            })
        };
        let predicate = opens_on(clause.clone(), trigger.start);
        cues.iter()
            .filter(|c| predicate && matches!(c.1, Cue::Trigger(_)))
            .filter(|c| c.0.start >= self.range.start && c.0.end <= clause.start)
            .filter(|c| opens_on(self.clause_of(c.0.start), c.0.start))
            .map(|c| {
                let new_subject = self.clauses.iter().find(|k| {
                    k.start >= c.0.end && k.start < clause.start && {
                        let first = self.text[(*k).clone()].trim_start_matches([',', ' ']);
                        let first = first.split_whitespace().next().unwrap_or_default();
                        first.eq_ignore_ascii_case("and") || first.eq_ignore_ascii_case("but")
                    }
                });
                c.0.end..new_subject.map_or(clause.start, |k| k.start)
            })
            .collect()
    }

    /// The two people "the two", "the two leaders", "both" or a sentence's plural subject
    /// ("The leaders agreed", `plural_sides`) stands for: the last two named before its clause ("host both leaders - Trump and Putin - ... and the two agreed").
    ///
    /// The words are at `words_at`; the two are named before `named_before`, and are none of
    /// `besides` ("The Secretary-General met the two leaders": not the Secretary-General).
    pub(super) fn the_two(
        &self,
        words_at: Range<usize>,
        named_before: usize,
        besides: &[String],
    ) -> Option<Vec<String>> {
        let words_start = words_at.start;
        let words = self.text[words_at].to_ascii_lowercase();
        let words: Vec<&str> = words.split_whitespace().collect();
        // "The leaders agreed to meet", after a report of two: a sentence's plural subject.
        // ("The presidents of the U.S. and Russia" say whose they are.)
        let plural_subject = words_start == self.range.start
            && matches!(words.as_slice(), ["the", noun, rest @ ..]
                if self.lexicon.plural_sides.iter().any(|p| p == noun)
                    && !matches!(rest.first(), Some(&"of" | &"from")));
        // "They last spoke by telephone on Tuesday": "they" opening the sentence, right before
        // the trigger, are the two named last.
        const THEY_WORDS: usize = 4;
        let they =
            words_start == self.range.start && words.first() == Some(&"they") && words.len() <= THEY_WORDS;
        let refers = words.windows(2).any(|w| w == ["the", "two"])
            || words.first() == Some(&"both")
            || plural_subject
            || they;
        if !refers {
            return None;
        }
        let mut two: Vec<String> = Vec::new();
        let before = self.people.mentions_before(named_before);
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
                if !two.contains(&person.name) && !besides.contains(&person.name) && titled(&person.name) {
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
        // ("the two Istanbul giants meet": only sides, "the two men", "the two leaders", and
        // "the two" alone, a verb after it: "and the two spoke again on Saturday".)
        let the_two_alone = words.windows(2).any(|p| p == ["the", "two"])
            && after_two.first().is_none_or(|w| self.lexicon.not_nouns.contains(*w) || w.ends_with("ed"));
        let of_sides = the_two_alone
            || after_two.first().is_some_and(|w| {
                let w = w.trim_end_matches([',', '.', ';', ':']);
                matches!(w, "men" | "women") || self.lexicon.plural_sides.iter().any(|p| p == w)
            });
        let mut named: Vec<(usize, &str)> = before.iter().map(|p| (p.start, p.name.as_str())).collect();
        if of_sides || title.is_some() {
            named.extend(
                self.people.country_role_mentions_in(0..named_before).map(|m| (m.start, m.name.as_str())),
            );
        }
        named.sort_by_key(|n| n.0);
        for (_, name) in named.into_iter().rev() {
            let speaks_for_one = |n: &String| self.people.country_of(n) == Some(name);
            if !two.iter().chain(besides).any(|n| n == name || speaks_for_one(n)) {
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

    /// Whether a verb of starting again follows the trigger, after auxiliaries at most: "the
    /// talks would resume", "Those talks resume".
    fn resumed_after(&self, trigger: Range<usize>) -> bool {
        const AUXILIARY_WORDS: usize = 3;
        self.text[trigger.end..self.range.end]
            .split_whitespace()
            .map(bare_lower)
            .take(AUXILIARY_WORDS + 1)
            .find(|w| {
                !matches!(w.as_str(), "are" | "is" | "to" | "due" | "set" | "expected")
                    && !self.lexicon.before_a_verb.contains(w)
            })
            .is_some_and(|w| self.lexicon.resuming.contains(&w))
    }

    /// True for a short clause of a place preposition and a place alone: "In Kabul,", "At
    /// the summit in Nice,".
    pub(super) fn opens_on_a_place(&self, clause: Range<usize>) -> bool {
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
    pub(super) fn in_a_where_clause(&self, position: usize) -> bool {
        let clause = self.clause_of(position);
        self.text[clause].split_whitespace().next().is_some_and(|w| bare_lower(w) == "where")
    }

    pub(super) fn in_a_relative_clause(&self, trigger: &Range<usize>, position: usize) -> bool {
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

    /// "who had been in London since 7 September, flew home on Tuesday", "has been in Osaka
    /// since Thursday night": a stay told with the day it began runs from that day to the
    /// sentence's later day (the day it ended), or, told in the present, to the article's.
    fn stayed_since(&self, trigger: Range<usize>, when: Option<When>, timexes: &[&Timex]) -> Option<When> {
        const PLACE_WORDS: usize = 5;
        const LONGEST_STAY_DAYS: i32 = 120;
        let told = &self.text[trigger.clone()];
        let now = self.lexicon.staying_now.iter().any(|s| told.eq_ignore_ascii_case(s));
        if !now && !self.lexicon.staying_then.iter().any(|s| told.eq_ignore_ascii_case(s)) {
            return when;
        }
        let after = &self.text[trigger.end..self.range.end];
        let since = [" since ", " Since "]
            .iter()
            .filter_map(|since| after.find(since))
            .min()
            .filter(|&i| after[..i].split_whitespace().count() <= PLACE_WORDS)
            .map(|i| trigger.end + i + " since ".len());
        // ("since the Thursday evening": the date may open on "the".)
        let began = since.and_then(|at| {
            let at = at + self.text[at..].strip_prefix("the ").map_or(0, |_| "the ".len());
            timexes.iter().find(|t| t.start == at)
        });
        let Some(began) = began.and_then(|t| t.span.as_ref()) else { return when };
        let start = began.start;
        let end = match &when {
            Some(w) if !w.approximate && w.span.end > start => Some(w.span.end),
            _ if now => self.reference,
            _ => None,
        };
        let end = end.filter(|end| *end > start && (*end - start).get_days() <= LONGEST_STAY_DAYS);
        // (With no end told, the day it began is its date.)
        let span = match end {
            Some(end) => TimeSpan::between(start, end),
            None if when.as_ref().is_none_or(|w| w.approximate) => TimeSpan::day(start),
            None => return when,
        };
        Some(When {
            span,
            expression: when.as_ref().and_then(|w| w.expression.clone()),
            anchor: self.reference,
            approximate: false,
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
    pub(super) fn relative_clause_after(&self, position: usize) -> Option<Range<usize>> {
        let rest = &self.text[position..self.range.end];
        let mut skipped = rest.len() - rest.trim_start().len();
        let mut rest = rest.trim_start();
        // "the G20 summit, which opens on Friday": past the head noun after a name the
        // trigger is.
        if let Some(head) = self
            .lexicon
            .heads_after_names
            .iter()
            .find(|head| rest.strip_prefix(head.as_str()).is_some_and(|r| r.starts_with(", which ")))
        {
            skipped += head.len();
            rest = &rest[head.len()..];
        }
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
        // "the summit of the Organisation of African Unity, which opens there on Monday":
        // past the body or state whose it is.
        if let Some(owner) = rest.strip_prefix("of ").map(|r| r.strip_prefix("the ").unwrap_or(r))
            && let Some((_, name_end)) = self.lexicon.entity_opening(owner)
            && owner[name_end..].starts_with(", which ")
        {
            skipped += rest.len() - owner[name_end..].len();
            rest = &owner[name_end..];
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
        // "PM to Belfast Monday": a headline's infinitive of going (see `headlines`) is planned.
        if self.text[trigger.clone()] == *"to" {
            return EventStatus::Planned;
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
        // ("too early to say whether the summit would go ahead": a question about an event
        // the text names as set is not one about whether there is any.)
        if let Some(cue) = cues.unreal.last_in(&before)
            && !(&before[cue.clone()] == "whether" && self.definite(trigger.start))
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

    /// Whether `day` is a sentence of its own at the start of a line, right before this one:
    /// a chronology's entry ("8 July. The third round of talks opens in Geneva.").
    fn a_day_alone_before(&self, day: &Timex) -> bool {
        let line_start = self.text[..day.start].rfind('\n').map_or(0, |i| i + 1);
        self.text[line_start..day.start].trim().is_empty()
            && self.text.get(day.end..self.range.start).is_some_and(|gap| gap.trim() == ".")
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
    pub(super) fn said_that(&self, from: usize, to: usize) -> Option<usize> {
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
    pub(super) fn said_outright(&self, from: usize, to: usize) -> Option<usize> {
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
    /// quote ("\"I met him,\" Lopes said", "... said President Ana Lopes", "\"...,\" the
    /// French President said", "\"...,\" he said") or before it ("The Chancellor said: \"I
    /// ..."); outside quotes, in an interview's answers or a statement's text, the first
    /// person the article names (who gives the interview or the statement). An office-holder
    /// the article never names is their country.
    pub(super) fn first_person(&self, position: usize) -> Option<String> {
        const SAYING_WORDS: usize = 2;
        // "WHITCOMBE: ... when I met President Liang Wei", "THE CHANCELLOR: We met": in a
        // transcript, whoever labels the paragraph.
        if let Some(speaker) = self.speaker_label(position) {
            return Some(speaker);
        }
        let sentence = &self.text[self.range.clone()];
        if sentence.contains(['"', '“', '”']) || sentence.contains("``") {
            let saying = |w: &str| self.is_reporting_word(w);
            let named = self.people.in_range(position..self.range.end).into_iter().find_map(|p| {
                let before = &self.text[self.range.start..p.start];
                // Past the name, which may be written shorter than it is known ("Lopes").
                let after = self.text[p.start..self.range.end].split_whitespace().skip(1);
                (before.split_whitespace().rev().take(SAYING_WORDS).any(saying)
                    || after.take(SAYING_WORDS + 1).any(saying))
                .then_some(p.name)
            });
            return named.or_else(|| self.quoted_speaker(position));
        }
        self.people.mentions_before(position).first().map(|p| p.name.clone())
    }

    /// Who says the quotation `position` is in, when no one named after "I" in its sentence
    /// does: the person or office-holder a verb of saying goes with right after the closing
    /// mark (", the French President said", ", he said": whom "he" stands for) or right
    /// before the opening one ("The Chancellor said: \"").
    fn quoted_speaker(&self, position: usize) -> Option<String> {
        const ATTRIBUTION_WORDS: usize = 8;
        let (open, close) = quotation_around(self.text, position)?;
        let said =
            |range: Range<usize>| self.text[range].split_whitespace().any(|w| self.is_reporting_word(w));
        // The person or unnamed office-holder named first in `range`.
        let speaker_in = |range: Range<usize>| {
            let person = self.people.in_range(range.clone()).into_iter().next();
            let role = self.people.country_role_mentions_in(range).next().cloned();
            person.into_iter().chain(role).min_by_key(|m| m.start).map(|m| m.name)
        };
        // After the closing mark, up to the end of its sentence.
        let rest = &self.text[close..];
        let words_end =
            rest.split_inclusive(char::is_whitespace).take(ATTRIBUTION_WORDS).map(str::len).sum::<usize>();
        let end = rest[..words_end].find(['.', '!', '?', '\n', '"', '“']).unwrap_or(words_end);
        let after = close..close + end;
        if said(after.clone()) {
            if let Some(speaker) = speaker_in(after.clone()) {
                return Some(speaker);
            }
            let pronoun =
                self.text[after].split_whitespace().any(|w| matches!(bare_lower(w).as_str(), "he" | "she"));
            if pronoun {
                // Whom "he" stands for: the last person or office-holder named before the quote.
                let person = self.people.last_before(open);
                let role = self.people.country_role_mentions_in(0..open).last();
                return person.into_iter().chain(role).max_by_key(|m| m.start).map(|m| m.name.clone());
            }
        }
        // Before the opening mark, from its sentence's start.
        let line_start = self.text[..open].rfind(['.', '\n']).map_or(0, |i| i + 1);
        let before = line_start..open;
        let colon = self.text[before.clone()].trim_end().ends_with([':', ',']);
        (colon && said(before.clone())).then(|| speaker_in(before)).flatten()
    }

    /// Whether `word`, bare of punctuation and in lower case, is a verb of saying ("said",
    /// "told").
    fn is_reporting_word(&self, word: &str) -> bool {
        let bare = word.trim_matches(|c: char| !c.is_alphabetic()).to_ascii_lowercase();
        self.lexicon.reporting_verbs.contains(&bare)
    }

    /// The person a transcript's label in capitals names, at the head of the paragraph of
    /// `position` ("WHITCOMBE:", "PRESIDENT WHITCOMBE:", "KENT (moderator):"): the person
    /// the article names with that surname. ("SUBJECT:" or "CLAIM:" names no one.) A label
    /// of an office ("THE CHANCELLOR:", "SECRETARY OF STATE:") names whoever holds it, or,
    /// never named, their country.
    fn speaker_label(&self, position: usize) -> Option<String> {
        let range = self.label_of_the_paragraph(position).or_else(|| self.answers_label(position))?;
        let label = self.text[range.clone()].split('(').next().unwrap_or("").trim();
        let last = label.rsplit(' ').next()?;
        let written = people::as_names_are_written(last.to_owned());
        self.people
            .known_by_surname(&written)
            .map(str::to_owned)
            .or_else(|| self.people.in_range(range.clone()).into_iter().next().map(|p| p.name))
            .or_else(|| self.people.country_roles_in(range).next().map(str::to_owned))
    }

    /// Where the label of a written answer or a debate's record stands at the head of the
    /// paragraph of `position`, up to its colon: an office or an honoured name, its words
    /// capitalised but for joining ones ("The Prime Minister:", "The Secretary of State for
    /// Foreign and Commonwealth Affairs:", "Mr Treddle:"), maybe with its holder's name in
    /// brackets ("The Prime Minister (Dilys Ormond):").
    fn answers_label(&self, position: usize) -> Option<Range<usize>> {
        const LABEL_BYTES: usize = 80;
        const OPENERS: &[&str] = &["The", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness"];
        const JOINING: &[&str] = &["of", "for", "and", "the"];
        let line_start = line_start_near(self.text, position)?;
        let line = &self.text[line_start..position];
        let colon = line.get(..LABEL_BYTES.min(line.len())).unwrap_or(line).find(':')?;
        let mut words = line[..colon].split('(').next().unwrap_or("").split_whitespace();
        let opens = words.next().is_some_and(|w| OPENERS.contains(&w.trim_end_matches('.')));
        let capitalised = words.all(|w| w.starts_with(char::is_uppercase) || JOINING.contains(&w));
        (opens && capitalised).then_some(line_start..line_start + colon)
    }

    /// Where a transcript's label in capitals at the head of the paragraph of `position`
    /// ("NADIA FERRIS:", "KENT (moderator):") stands, up to its colon, when `position` is past it.
    pub(super) fn label_of_the_paragraph(&self, position: usize) -> Option<Range<usize>> {
        let line_start = line_start_near(self.text, position)?;
        let line = &self.text[line_start..position];
        let colon = line.get(..SPEAKER_LABEL_BYTES.min(line.len())).unwrap_or(line).find(':')?;
        let label = line[..colon].split('(').next().unwrap_or("").trim();
        let shouted = label.chars().any(char::is_alphabetic)
            && label.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '.'));
        // ("Mr Bertram Ogle (Glanton and Coquetdale) (Lab):", "Ms Swinburne:": a record of
        // debates names its speakers with an honorific and capitalised words.)
        const LABEL_WORDS: usize = 4;
        let words: Vec<&str> = label.split_whitespace().collect();
        let honoured = words.len() >= 2
            && words.len() <= LABEL_WORDS
            && self.lexicon.honorifics.iter().any(|h| h == words[0])
            && words.iter().all(|w| w.starts_with(char::is_uppercase));
        (shouted || honoured).then_some(line_start..line_start + colon)
    }

    /// Whether a transcript's label names `person` ("PAUL ADEYEMI:" or "ADEYEMI:" at a
    /// paragraph's head): one who speaks in the transcript.
    fn speaks_in_the_transcript(&self, person: &str) -> bool {
        let surname = person.rsplit(' ').next().unwrap_or(person).to_uppercase();
        self.text.match_indices(&format!("{surname}:")).any(|(at, _)| {
            self.label_of_the_paragraph(at + surname.len() + 1).is_some_and(|l| l.end == at + surname.len())
        })
    }

    /// Whether `position` lies in a transcript's label ("HANNAH VOSS:"), which names who
    /// speaks, not who is spoken of.
    pub(super) fn in_a_speaker_label(&self, position: usize) -> bool {
        // (A label's colon is within its first `SPEAKER_LABEL_BYTES`: no further to look, and
        // a long text with no colon is not read to its end from every name.)
        let window = &self.text[position..self.text.floor_char_boundary(position + SPEAKER_LABEL_BYTES)];
        let end = window.find(':').map_or(position, |c| position + c + 1);
        self.label_of_the_paragraph(end).is_some_and(|l| l.contains(&position))
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
}

/// The quotation `position` is in, within its paragraph: where its opening mark starts and
/// where its closing mark ends. Straight marks pair in turn; curly ones open and close.
/// `None` outside a quotation, or in one that runs on past its paragraph.
fn quotation_around(text: &str, position: usize) -> Option<(usize, usize)> {
    let line_start = line_start_near(text, position)?;
    let line_end = line_end_near(text, position)?;
    let mut open: Option<usize> = None;
    for (i, c) in text[line_start..line_end].char_indices() {
        let at = line_start + i;
        let closes = match c {
            '"' => open.is_some(),
            '”' => true,
            '“' => false,
            _ => continue,
        };
        if closes {
            if let Some(o) = open.take()
                && (o..=at).contains(&position)
            {
                return Some((o, at + c.len_utf8()));
            }
        } else {
            open = Some(at);
        }
    }
    None
}
