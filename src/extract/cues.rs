//! Finding an event's words: the triggers, anaphors and exclusions of the lexicon matched on
//! word boundaries, and the tests that tell a trigger from its look-alike ("called for", a
//! labour strike, "met with criticism", a mountain's summit). Not for: who took part, when or
//! whether it happened (`sentence`, `participants`).

use super::*;

/// All trigger, anaphor and exclusion matches on word boundaries, in order. Exclusions win
/// because the automaton prefers the longest match; they are then dropped.
pub(super) fn find_cues(text: &str, lexicon: &Lexicon) -> Vec<(Range<usize>, Cue)> {
    // ASCII lower-casing keeps every byte where it was; the automaton is built lower-case.
    let lower = text.to_ascii_lowercase();
    // What each cue's tests read after it stops where a sentence would be cut (see
    // `sentences::MAX_SENTENCE`): text with no full stop is not read to its end from every cue.
    let near = |range: &Range<usize>| {
        &text[..text.floor_char_boundary(range.end.saturating_add(sentences::MAX_SENTENCE).min(text.len()))]
    };
    let mut cues: Vec<(Range<usize>, Cue)> = whole_words(&lexicon.cues, &lower)
        .map(|m| (m.start()..m.end(), lexicon.cue_meaning[m.pattern().as_usize()]))
        // "called the decision unjust" is no call, "called the Ukrainian President" one.
        .map(|(range, cue)| match calling_an_office(text, range.clone(), cue, lexicon) {
            Some(verb) => (verb, Cue::Trigger(EventKind::Call)),
            None => (range, cue),
        })
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
            // (Who "came under fire" was fired on: the agent is after "from", never before.)
            Cue::Agented(kind) if under_fire(&lower[range.clone()]) => {
                agent_after_by(text, range, kind, lexicon)
            }
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
        .filter(|(range, _)| signed_together(near(range), range.clone(), lexicon))
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
    // "US Secretary of State in London": a headline's visit, with no verb to be a trigger.
    cues.extend(
        super::headlines::headline_visits(text, lexicon)
            .into_iter()
            .map(|r| (r, Cue::Trigger(EventKind::Visit))),
    );
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
    // "telephoned the Israeli Prime Minister on Friday, and the two spoke again on Saturday":
    // a sequel is a new event after one of its kind, and nothing before any.
    // "called off their strike after talks with the regional government": talks a labour
    // strike leads to are a labour fight's, no event either.
    {
        let mut reported = [false; EventKind::ALL.len()];
        let mut index = 0;
        while index < kept.len() {
            let (range, cue) = kept[index].clone();
            if let Cue::Sequel(k) = cue {
                if reported[k as usize] {
                    kept[index].1 = Cue::Trigger(k);
                    index += 1;
                } else {
                    kept.remove(index);
                }
                continue;
            }
            let first_of_kind = match cue {
                Cue::Trigger(k) => {
                    reported[k as usize] = true;
                    false
                }
                Cue::Anaphor(k) => !reported[k as usize],
                _ => false,
            };
            let labour_talks = matches!(cue, Cue::Trigger(EventKind::Talks) | Cue::Anaphor(EventKind::Talks))
                && (after_a_labour_strike(&lower, range.start, &kept[..index])
                    || between_a_trade_union(text, range.end));
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
pub(super) fn round_of_another_contest(lower: &str, end: usize, lexicon: &Lexicon) -> bool {
    round_of(lower, end, &lexicon.other_contests)
}

/// Whether the round at `round` is named as a vote's: "the first round of the presidential
/// election", "the general election's first round" (`rounds_of_voting`).
pub(super) fn round_of_voting(lower: &str, round: Range<usize>, lexicon: &Lexicon) -> bool {
    let before = lower[..round.start].trim_end();
    let owner = before.rsplit(' ').next().unwrap_or("");
    let owner = owner.strip_suffix("'s").or_else(|| owner.strip_suffix("’s"));
    owner.is_some_and(|o| lexicon.rounds_of_voting.iter().any(|v| v == o))
        || round_of(lower, round.end, &lexicon.rounds_of_voting)
}

/// The sentence around `range`, read at most `MAX_SENTENCE` bytes each way.
pub(super) fn sentence_around(text: &str, range: Range<usize>) -> &str {
    let start = rough_sentence_start(text, range.start);
    let limit = text.floor_char_boundary(range.end.saturating_add(sentences::MAX_SENTENCE).min(text.len()));
    let end = text[range.end..limit].find(['.', '!', '?', '\n']).map_or(limit, |i| range.end + i);
    &text[start..end]
}

/// Whether a word of `what` stands within five words of "of" right after a round ending at
/// `end`, in its clause.
pub(super) fn round_of(lower: &str, end: usize, what: &[String]) -> bool {
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
pub(super) const VERB_MARKERS: &[&str] =
    &["to", "will", "would", "could", "can", "may", "might", "shall", "should", "must"];

/// Whether the anaphor at `anaphor` ("the strike") refers back to its noun, its last word,
/// written before it (`lower`, the text in ASCII lower case) outside any of the cues kept
/// before it (`before`) and not as a verb: "the miners' strike", "a \"summit\"" are
/// look-alikes the cues set aside, and "the strike" after them is the same look-alike. A noun
/// that modifies a cue right after it ("summit talks") is part of that cue's event.
pub(super) fn refers_to_a_look_alike(
    lower: &str,
    anaphor: Range<usize>,
    before: &[(Range<usize>, Cue)],
) -> bool {
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
pub(super) const BARGAINING_NOUNS: &[&str] = &["talks", "negotiations"];

/// The words of `text[range]` split at ASCII white space, each without the punctuation around
/// it, with where it starts in `text`: a walk over words that builds no searcher.
pub(super) fn bare_words(text: &str, range: Range<usize>) -> impl Iterator<Item = (usize, &str)> {
    let base = text.as_ptr() as usize;
    text[range].split_ascii_whitespace().map(move |written| {
        let bare = written.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        (bare.as_ptr() as usize - base, bare)
    })
}

/// Nouns of a labour strike when no cue takes them ("their strike", "a strike by teachers").
pub(super) const LABOUR_STRIKE_NOUNS: &[&str] = &["strike", "strikes", "stoppage"];

/// Whether a labour strike (`LABOUR_STRIKE_NOUNS` outside any event's cue kept before,
/// `before`; a look-alike's, "a strike by teachers", is none) is named in the 24 words
/// before talks at `start`, in their sentence: "the nurses ended their strike after talks with
/// the ministry", "A strike by teachers in Beira, which had shut schools since late November,
/// was called off on Friday after talks with the provincial education directorate" report a
/// labour fight's talks, not a state's.
pub(super) fn after_a_labour_strike(lower: &str, start: usize, before: &[(Range<usize>, Cue)]) -> bool {
    const WORDS: usize = 24;
    let from = last_words_start(&lower[..start], WORDS);
    let from = lower[from..start].rfind(['.', '?', '!']).map_or(from, |i| from + i + 1);
    bare_words(lower, from..start).any(|(at, word)| {
        LABOUR_STRIKE_NOUNS.contains(&word) && !before.iter().any(|(r, _)| r.start <= at && at < r.end)
    })
}

/// "Talks between the state railway and the train drivers' union", "talks between port
/// employers and the dockers' union": talks whose sides, right after "between", include a
/// union (in lower case: not the European or African Union) are a labour fight's.
pub(super) fn between_a_trade_union(text: &str, end: usize) -> bool {
    const SIDE_WORDS: usize = 10;
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(" between ")) else { return false };
    let clause = &rest[..rest.find([',', ';', '.', ':', '(']).unwrap_or(rest.len())];
    clause.split_whitespace().take(SIDE_WORDS).any(|w| {
        let w = w.trim_end_matches("'s").trim_end_matches("’s");
        w == "union" || w == "unions"
    })
}

/// Whether a one-word trigger stands alone in quotation marks, a word used in a figure
/// ("a \"summit\" of chefs", "so-called \"talks\""), not an event's name.
pub(super) fn scare_quoted(text: &str, trigger: Range<usize>) -> bool {
    const QUOTES: [char; 4] = ['"', '“', '”', '\''];
    !text[trigger.clone()].contains(' ')
        && text[..trigger.start].ends_with(QUOTES)
        && text[trigger.end..].starts_with(QUOTES)
}

/// Whether `written`, the word right before an "attacked", is a plain common noun (all
/// lower-case letters, no grammar word, no subject word) that names no armed agent of
/// strikes (`agents`, `qualified_agents`): "the water attacked", "hackers attacked".
pub(super) fn unarmed_subject(written: &str, lexicon: &Lexicon) -> bool {
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
pub(super) fn verbal_attack(text: &str, trigger: Range<usize>, cue: Cue, lexicon: &Lexicon) -> bool {
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
pub(super) fn aimed_or_reference(text: &str, range: Range<usize>, lexicon: &Lexicon) -> Range<usize> {
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
pub(super) fn making_verb_before(text: &str, start: usize, lexicon: &Lexicon) -> Option<Range<usize>> {
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
pub(super) fn launched_by_an_armed_side(text: &str, start: usize, lexicon: &Lexicon) -> bool {
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
pub(super) fn aimed_at_a_country(text: &str, end: usize, lexicon: &Lexicon) -> bool {
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
pub(super) fn armed_group_right_before(text: &str, at: usize, lexicon: &Lexicon) -> Option<usize> {
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

pub(super) fn modified_head(text: &str, head: Range<usize>, lexicon: &Lexicon) -> Option<Range<usize>> {
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
pub(super) fn completed_verb(
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

/// Whether a verb of signing, a meeting trigger, signs a document with another side (see
/// `signing_verbs`): a document within a few words after it, and the sides joined by "and"
/// before it ("Foreign Ministers Levon Arakelyan and Kemal Aydin signed two protocols", "he and
/// the US President signed"), told as "the two" or "both" ("the two men signed"), or named after
/// the document with "with" or "between" ("signed a memorandum of understanding with Ethiopia's
/// Prime Minister"). Not "the Albanians signed the accord", "flew home and signed the treaty"
/// (verbs joined, not sides), "a sign of the agreement".
pub(super) fn signed_together(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    if !lexicon.is_signing(&text[trigger.clone()]) {
        return true;
    }
    let rest = &text[trigger.end..];
    let object_end = rest.find([',', '.', ';', ':', '!', '?', '\n', '(']).unwrap_or(rest.len());
    let object: Vec<String> = rest[..object_end].split_whitespace().map(bare_lower).collect();
    let Some(document) = lexicon.document_signed_after(&rest[..object_end]) else {
        return false;
    };
    // ("a joint declaration on cooperation with NATO": "with" after a topic is the topic's.)
    const WITH_WORDS: usize = 3;
    let named_after = object[document + 1..]
        .iter()
        .take(WITH_WORDS)
        .take_while(|w| !matches!(w.as_str(), "on" | "for" | "about" | "to"))
        .any(|w| w == "with" || w == "between");
    if named_after {
        return true;
    }
    // The words before the verb in its sentence, back to a clause opener, with the auxiliaries
    // and adverbs right before it set aside.
    const SUBJECT_WORDS: usize = 12;
    const AUXILIARIES: [&str; 16] = [
        "will", "would", "had", "has", "have", "to", "is", "are", "was", "were", "then", "also", "formally",
        "jointly", "both", "later",
    ];
    const OPENERS: [&str; 8] = ["when", "where", "after", "before", "as", "while", "that", "which"];
    let before = &text[..trigger.start];
    let sentence = &before[before.rfind(['.', '!', '?', ';', '\n']).map_or(0, |i| i + 1)..];
    let mut words: Vec<&str> = sentence.split_whitespace().rev().take(SUBJECT_WORDS).collect();
    if let Some(opener) = words.iter().position(|w| OPENERS.contains(&bare_lower(w).as_str())) {
        words.truncate(opener);
    }
    let aux = words.iter().take_while(|w| AUXILIARIES.contains(&bare_lower(w).as_str())).count();
    let subject: Vec<&str> = words[aux..].iter().rev().copied().collect();
    // "The UAE and Egypt also signed the declaration": joined others' signing, told before;
    // "negotiators for the government and the Front signed", "the two sides sign": the close
    // of talks.
    if words[..aux].iter().any(|w| bare_lower(w) == "also")
        || subject.iter().any(|w| lexicon.negotiating_sides.contains(&bare_lower(w)))
    {
        return false;
    }
    // "the two men", "both sides": the two sides sign.
    let lower: Vec<String> = subject.iter().map(|w| bare_lower(w)).collect();
    if lower.windows(2).any(|p| p[0] == "the" && p[1] == "two") || lower.iter().any(|w| w == "both") {
        return true;
    }
    // "A and B": the word before "and" a name, a pronoun or a noun of people, the words after
    // it (not the verb itself: "flew home and signed") a noun phrase's opening.
    let Some(and) = lower.iter().rposition(|w| w == "and") else { return false };
    if and == 0 || and + 1 == subject.len() {
        return false;
    }
    let name_like = |w: &str| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        bare.chars().next().is_some_and(char::is_uppercase)
            || matches!(bare_lower(w).as_str(), "he" | "she" | "government")
            || lexicon.people_nouns.contains(&bare_lower(w))
    };
    name_like(subject[and - 1])
        && (name_like(subject[and + 1])
            || matches!(lower[and + 1].as_str(), "the" | "his" | "her" | "its" | "their"))
}

/// The verbs of signing in `sentence` that sign a document, whoever signs and however it is
/// told ("The agreements on Afghanistan, signed in Geneva the day before yesterday", "the
/// accord was signed at dawn", "Israel and Jordan signed a treaty"): what "the signing" later
/// counts from. A document (`signed_documents`) stands among the few words before or after.
pub(super) fn documents_signed(text: &str, sentence: Range<usize>, lexicon: &Lexicon) -> Vec<Range<usize>> {
    const BEFORE_WORDS: usize = 6;
    let told = &text[sentence.clone()];
    // (Most sentences sign nothing.)
    if !told.contains("sign") && !told.contains("Sign") {
        return Vec::new();
    }
    let lower = told.to_ascii_lowercase();
    let mut signed: Vec<Range<usize>> = lexicon
        .signing_verbs
        .iter()
        .flat_map(|verb| {
            lower
                .match_indices(verb.as_str())
                .filter(|(i, _)| at_word_boundaries(&lower, *i, i + verb.len()))
                .map(|(i, _)| sentence.start + i..sentence.start + i + verb.len())
                .collect::<Vec<_>>()
        })
        .filter(|verb| {
            let mut before = text[sentence.start..verb.start].split_whitespace().rev().take(BEFORE_WORDS);
            lexicon.document_signed_after(&text[verb.end..sentence.end]).is_some()
                || before.any(|w| lexicon.signed_documents.contains(&bare_lower(w)))
        })
        .collect();
    signed.sort_by_key(|r| r.start);
    signed
}

/// Whether a visit's hosting verb hosts a gathering, not a guest: "Egypt has hosted several
/// rounds of talks", "Japan will host the summit" (`hosted_gatherings` within a few words,
/// in the clause).
pub(super) fn hosts_a_gathering(text: &str, trigger: Range<usize>, cue: Cue, lexicon: &Lexicon) -> bool {
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
    if rest[..clause_end].split_whitespace().take(WORDS).any(gathering) {
        return true;
    }
    // "the talks that Nigeria has hosted since November", "the talks, which Nigeria had
    // hosted", "the talks Norway hosted in Oslo": a gathering the verb's relative clause
    // tells of.
    const RELATIVE_WORDS: usize = 12;
    const REDUCED_WORDS: usize = 4;
    let before =
        &text[text.floor_char_boundary(trigger.start.saturating_sub(PASSIVE_WORDS * 8))..trigger.start];
    let before = &before[before.rfind(['.', '!', '?', ';', ':']).map_or(0, |i| i + 1)..];
    let words: Vec<&str> = before.split_whitespace().rev().take(RELATIVE_WORDS).collect();
    words.iter().position(|w| gathering(w)).is_some_and(|at| {
        let between = &words[..at];
        between.iter().any(|w| matches!(w.trim_matches(','), "that" | "which"))
            || (between.len() <= REDUCED_WORDS && !between.iter().any(|w| w.ends_with(',')))
    })
}

/// Whether a past hosting verb names its guest right after it and then where or what for with
/// "at" or "for": "Dumont hosted Japan's Prime Minister for breakfast", "hosted him at a
/// concert", "hosted his Ivorian counterpart at Camp David": the host received the guest at
/// an occasion, a meeting of the two, not the guest's trip. Not "hosted Berg in Oslo" (the
/// guest came to the city: a visit), "has hosted Mercier since Thursday" (a stay), "whom he
/// hosted at the White House" (no guest after the verb), "will host".
pub(super) fn hosted_a_guest(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
pub(super) fn bare_lower(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// The verb of the look-alike "called the" or "calls the" when whom it names is someone
/// called ("called the Ukrainian President on Monday"; see `called_someone`).
fn calling_an_office(text: &str, range: Range<usize>, cue: Cue, lexicon: &Lexicon) -> Option<Range<usize>> {
    if cue != Cue::Exclusion {
        return None;
    }
    let (verb, the) = text[range.clone()].split_once(' ')?;
    let verb_range = range.start..range.start + verb.len();
    // (Only a verb of calling: "conferred the award" stays a look-alike.)
    (a_calling_verb(verb)
        && the.eq_ignore_ascii_case("the")
        && called_someone(text, verb_range.clone(), lexicon))
    .then_some(verb_range)
}

/// "called" or "calls", "rang", "rings" or "rung", and "phones" or "telephones", the verbs
/// `called_someone` tests ("rang the Israeli Prime Minister" is a call, "rang the bell" none,
/// "the telephones were cut" none).
pub(super) fn a_calling_verb(word: &str) -> bool {
    ["called", "calls", "rang", "rings", "rung", "phones", "telephones", "telephone"]
        .iter()
        .any(|v| word.eq_ignore_ascii_case(v))
}

/// False for "called" or "calls" that names or summons ("a group called Hamas", "called
/// Zelensky a hero", "called Israel's response", "called Congress into session", "calls the
/// move unjust"); true for a call to someone ("Sunak called President Zelensky on Monday",
/// "he called his Turkish counterpart", "called the Ukrainian President"), and for every
/// other trigger. See `callers` and `after_callee`. A chronology's entry may leave out the
/// caller: "- 6 July: Calls the Ukrainian President".
pub(super) fn called_someone(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const NAME_WORDS: usize = 8;
    let verb = &text[trigger.clone()];
    if !a_calling_verb(verb) {
        return true;
    }
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let Some(caller) = text[..trigger.start].split_whitespace().next_back() else { return false };
    if ["rang", "rings", "rung"].iter().any(|v| verb.eq_ignore_ascii_case(v))
        && rang_someone(caller, &text[trigger.end..], lexicon)
    {
        return true;
    }
    // ("was rung by the British Prime Minister": the passive names its caller after "by".)
    if verb.eq_ignore_ascii_case("rung")
        && matches!(bare_lower(caller).as_str(), "was" | "were" | "been" | "being")
        && text[trigger.end..].starts_with(" by ")
    {
        return true;
    }
    let entry = caller.ends_with(':') && capitalised(verb);
    // ("The US President, who ordered the attack, rang the British Prime Minister": "rang"
    // names nothing, so a clause set off may stand between it and its caller.)
    let set_off = caller.ends_with(',') && ["rang", "rings"].iter().any(|v| verb.eq_ignore_ascii_case(v));
    if !entry
        && !set_off
        && (caller.ends_with([',', ';', ':', '.'])
            || !(capitalised(caller) || lexicon.callers.contains(&bare_lower(caller))))
    {
        return false;
    }
    // (Whom a heading's "Weekend calls" names is on its line, or nowhere.)
    let rest = text[trigger.end..].split('\n').next().unwrap_or_default();
    let mut words = rest.split_whitespace().peekable();
    // "called the Ukrainian President": a title after "the".
    if words.peek().is_some_and(|w| *w == "the") {
        words.next();
    }
    let mut named = 0;
    // ("called the Ukrainian President and promised": a joiner no name follows ends it.)
    let mut joiner = None;
    while let Some(&word) = words.peek() {
        let lower = bare_lower(word);
        // ("THE WHITE HOUSE CALLED THEM BACK": in capitals, a long word is no name.)
        let shouted = word.chars().filter(|c| c.is_alphabetic()).count() > 3
            && !word.contains(|c: char| c.is_lowercase());
        // ("rang him at his hotel": a pronoun alone is whom, when the clause goes on as after
        // a name.)
        let pronoun = named == 0 && matches!(lower.as_str(), "him" | "her" | "them");
        let name_word = (capitalised(word) && !shouted)
            || pronoun
            || matches!(lower.as_str(), "his" | "her" | "their" | "counterpart");
        if pronoun && word.ends_with([',', ';', ':', '.']) {
            return false;
        }
        let joins = named > 0 && matches!(lower.as_str(), "of" | "and");
        if named == NAME_WORDS || !(name_word || joins) {
            break;
        }
        joiner = joins.then_some(word);
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
    let next = joiner.or_else(|| words.next());
    // ("rang the Saudi and Qatari foreign ministers": the office after the countries, in
    // lower case.)
    // ("called the Japanese premier \"a true friend\"": what follows the office decides, as
    // it does after a name.)
    const TITLE_WORDS: usize = 2;
    let office = || {
        let Some(next) = next else { return false };
        let phrase =
            std::iter::once(next).chain(words.clone().take(TITLE_WORDS + 1)).collect::<Vec<_>>().join(" ");
        let title = whole_words(&lexicon.titles, &phrase).next().filter(|m| m.start() == 0);
        next.starts_with(char::is_lowercase)
            && title.is_some_and(|m| {
                let after = phrase[m.end()..].split_whitespace().next();
                !phrase[..m.end()].ends_with(['"', '\''])
                    && after.is_none_or(|w| lexicon.after_callee.contains(&bare_lower(w)))
            })
    };
    if named > 0 && office() {
        return true;
    }
    // ("rang the British Prime Minister an hour before": a span of time, not what he was
    // called.)
    let mut a_while = || {
        words
            .next()
            .is_some_and(|w| matches!(bare_lower(w).as_str(), "hour" | "day" | "week" | "few" | "minute"))
    };
    named > 0
        && next.is_none_or(|next| {
            lexicon.after_callee.contains(&bare_lower(next)) || (matches!(next, "a" | "an") && a_while())
        })
}

/// "The ambassador rang the assistant minister again", "rings him back", "rang to congratulate
/// him": "rang" or "rings" whose subject is no bell or phone (`not_ringers`) and whose next
/// few words ring nothing that makes no call (`not_rung`). A ring with nothing after it in
/// its clause ("the phone rang.") or a pronoun alone ("She rang him.") is none. `subject` is
/// the word right before the verb, `rest` the text after it.
fn rang_someone(subject: &str, rest: &str, lexicon: &Lexicon) -> bool {
    const RUNG_WORDS: usize = 3;
    // ("- 6 July: Rings the Ukrainian President": a chronology's entry may leave out its subject.)
    if subject.ends_with([',', ';', '.']) || lexicon.not_ringers.contains(&bare_lower(subject)) {
        return false;
    }
    let clause = &rest[..rest.find([',', ';', '.', '\n']).unwrap_or(rest.len())];
    let words: Vec<String> = clause.split_whitespace().take(RUNG_WORDS).map(bare_lower).collect();
    // ("She rang him.": a pronoun alone is anyone's call, as after "called".)
    let pronoun_alone =
        matches!(words.as_slice(), [w] if matches!(w.as_str(), "him" | "her" | "them" | "me" | "us"));
    !words.is_empty() && !pronoun_alone && !words.iter().any(|w| lexicon.not_rung.contains(w))
}

/// False for a courtesy verb (`courtesy`) that is no meeting; true for every other trigger.
/// "called on Prime Minister Thapa at his residence", "Farah was received at State House by
/// President Karanja" meet someone: a person is called on (a title, a name, "the visiting
/// ...") or receives (a title, a name or a people noun after "by", and a person before the
/// verb), and no "to" follows within a few words ("called on Iran to withdraw" is a demand).
pub(super) fn courtesy_meeting(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const BY_WORDS: usize = 6;
    // (Every cue passes here: only a courtesy verb is lower-cased.)
    let Some(verb) = lexicon.courtesy.iter().find(|c| text[trigger.clone()].eq_ignore_ascii_case(c)) else {
        return true;
    };
    // (The sentence goes on past "U.N.": "called on the U.N. Security Council to send".)
    let rest = &text[trigger.end..sentences::sentence_end_after(text, trigger.end)];
    // ("called on the Pope at the Vatican in October 2019 and invited him to the congress":
    // a "to" far from the verb is another's.)
    // (Whom one receives is received whatever follows: "received the French ambassador on
    // Friday to thank France".)
    const DEMAND_WORDS: usize = 8;
    let receiving = matches!(verb.as_str(), "received" | "receives" | "receive");
    if !receiving && rest.split_whitespace().take(DEMAND_WORDS).any(|w| w == "to") {
        return false;
    }
    let person = |words: &[&str]| {
        let words: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|w| {
                matches!(
                    bare_lower(w).as_str(),
                    "the"
                        | "his"
                        | "her"
                        | "visiting"
                        | "outgoing"
                        | "incoming"
                        | "acting"
                        | "interim"
                        | "caretaker"
                        | "transitional"
                        | "new"
                )
            })
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
    let opening = || text[sentence_start..trigger.start].split_whitespace();
    let someone = before.clone().take(SUBJECT_WORDS).any(is_someone)
        // "Dauletov flew to the Tajik capital this morning and was received by": the
        // sentence's subject, the verb joined to its first.
        // ("and will be received by": past the auxiliaries.)
        || (before.clone().find(|w| !matches!(*w, "will" | "would" | "is" | "was" | "has" | "had" | "to"))
            == Some("and")
            && opening().take(SUBJECT_WORDS).any(is_someone))
        // "The PLO leader, who says he will be the last to sail, received": the subject
        // before the clause set off.
        || (before.clone().next().is_some_and(|w| w.ends_with(','))
            && opening().take(SUBJECT_WORDS).any(is_someone));
    if receiving {
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
        // "is to receive him tonight": a person received, told by the pronoun ("her" only
        // when no noun follows: "received her letter" is a thing).
        let pronoun = words.first().is_some_and(|w| {
            let bare = bare_lower(w);
            bare == "him"
                || (bare == "her"
                    && (w.ends_with([',', '.', ';'])
                        || words.get(1).is_none_or(|next| lexicon.not_nouns.contains(&bare_lower(next)))))
        });
        let titled = titled_from(0) || pronoun;
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
        // "receives Kirby for four hours", "received Okonjo for talks": a name received for a
        // while, or for a meeting.
        const FOR_WORDS: usize = 3;
        let for_a_while = || {
            // ("received the Eritrean for half an hour": past the article too.)
            let mut after = words
                .iter()
                .skip_while(|w| matches!(**w, "the" | "his" | "her"))
                .skip_while(|w| a_name(w) && !w.ends_with([',', '.', ';']));
            after.next().is_some_and(|w| *w == "for")
                && after.take(FOR_WORDS).any(|w| lexicon.reception_spans.contains(&bare_lower(w)))
        };
        return someone
            && (titled || two_named || (named && (at_a_seat() || title_after() || for_a_while())))
            && !possessed_thing;
    }
    let by = words.iter().take(BY_WORDS).position(|w| *w == "by");
    // "was received at Jomo Kenyatta International Airport by the Cabinet Secretary": a
    // welcome on arrival, no meeting.
    let at_the_airport = words[..by.unwrap_or(0)].iter().any(|w| bare_lower(w) == "airport");
    // "who was received at the White House in September", "was received in the Kremlin":
    // received at a seat of office, whoever received.
    const SEAT_WORDS: usize = 4;
    let at_a_seat = by.is_none()
        && words.first().is_some_and(|w| matches!(*w, "at" | "in"))
        && words.iter().skip(1).take(SEAT_WORDS).any(|w| lexicon.reception_places.contains(&bare_lower(w)));
    someone && !at_the_airport && (at_a_seat || by.is_some_and(|at| person(&words[at + 1..])))
}

/// Whether a meeting's trigger is followed in its clause, within a few words, by a phrase of
/// video (`by_video`): "met with the two EU leaders via video link" is a call.
pub(super) fn by_video(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
pub(super) fn has_someone_met(text: &str, trigger: Range<usize>) -> bool {
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
pub(super) fn talks_of_two(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const GAP_WORDS: usize = 5;
    // "conferred late this afternoon with the Lebanese Prime Minister": conferring with
    // someone titled, a few words on in its clause, is a meeting ("conferred in Geneva on
    // Monday", of two sides, talks).
    if ["conferred", "confers", "confer"].iter().any(|c| text[trigger.clone()].eq_ignore_ascii_case(c)) {
        let rest = &text[trigger.end..];
        let clause = &rest[..rest.find([',', ';', '.', ':', '(']).unwrap_or(rest.len())];
        let words: Vec<&str> = clause.split_whitespace().take(GAP_WORDS + 4).collect();
        return words.iter().take(GAP_WORDS).position(|w| *w == "with").is_some_and(|at| {
            // ("the Lebanese Prime Minister": a title after the country's adjective.)
            let object = &words[at + 1..];
            let adjective = object.len() > 2
                && object[0].eq_ignore_ascii_case("the")
                && object[1].starts_with(char::is_uppercase);
            titled_object(object, lexicon) || (adjective && titled_object(&object[2..], lexicon))
        });
    }
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
pub(super) fn titled_object(words: &[&str], lexicon: &Lexicon) -> bool {
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
pub(super) fn leaders_gathering(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
pub(super) fn a_people_votes(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
    let before = &text[..trigger.start];
    let mut words = before.split_whitespace().rev().take(WORDS).peekable();
    while let Some(word) = words.next() {
        if word.ends_with([',', ';', ':', '.', '"']) {
            return false;
        }
        if !word.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        // ("Peruvians", and the plurals without an "s": "the Lebanese", "East Timorese".)
        if word.len() <= 3 || !(word.ends_with('s') || word.ends_with("ese")) {
            return false;
        }
        let demonym = |name: &str| {
            whole_words(&lexicon.entities, name).any(|m| {
                let entity = &lexicon.entity_meaning[m.pattern().as_usize()];
                entity.class == EntityClass::Country && m.len() == name.len() && entity.canonical != name
            })
        };
        // A demonym of two words: "East Timorese", "South Koreans".
        let two = words
            .peek()
            .filter(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with([',', ';', ':', '.', '"']))
            .map(|w| format!("{w} {word}"));
        return demonym(word) || two.is_some_and(|two| demonym(&two));
    }
    false
}

/// Whether a summit's cue is a bloc's name before or after its ministers: "G7 finance
/// ministers met in Whistler", "energy ministers of the G20" are no summit. (Whether a bloc's
/// ministers who meet hold a meeting is left to the meeting's rules: the held-out annotators
/// counted such meetings, though the written sets' did not; see README.)
pub(super) fn a_blocs_ministers(text: &str, trigger: Range<usize>, cue: Cue) -> bool {
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
pub(super) fn made_by_a_state(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    if !lexicon.state_made.iter().any(|w| text[trigger.clone()].eq_ignore_ascii_case(w)) {
        return true;
    }
    a_country_ends(text[..trigger.start].trim_end(), lexicon)
}

/// Whether a body that is also its leaders' gathering (`gathering_bodies`: "the European
/// Council") is named as the gathering: after a frame of `gathering_frames` ("for the",
/// "on the margins of the") or with a date right after it ("on Thursday", "of 17-18 July",
/// "next Thursday"). Every other cue passes.
pub(super) fn a_body_as_its_gathering(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
pub(super) fn dated_right_after(
    after: &str,
    prepositions: &[&str],
    soon: &[&str],
    lexicon: &Lexicon,
) -> bool {
    let mut words = after.split_whitespace();
    let first = words.next().map(bare_lower).unwrap_or_default();
    let second = words.next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
    soon.contains(&first.as_str())
        || (prepositions.contains(&first.as_str())
            && (second.starts_with(|c: char| c.is_ascii_digit()) || opens_a_date(second, lexicon)))
}

/// Whether a word after "in" or "on" opens a date: a weekday or one of `date_openers`.
pub(super) fn opens_a_date(word: &str, lexicon: &Lexicon) -> bool {
    lexicon.date_openers.iter().chain(&lexicon.weekdays).any(|d| word.eq_ignore_ascii_case(d))
}

/// Whether a country of the gazetteer, or its demonym, ends `before` (looked for in its last
/// 40 bytes): "a US" before "raid", "Uruguay" before "votes".
pub(super) fn a_country_ends(before: &str, lexicon: &Lexicon) -> bool {
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(40))..];
    whole_words(&lexicon.entities, tail).any(|m| {
        m.end() == tail.len() && lexicon.entity_meaning[m.pattern().as_usize()].class == EntityClass::Country
    })
}

/// "Serbia votes on Sunday", "Uruguay also votes on October 27", "Turkey votes again on 1
/// November": a country that votes, in
/// the present, on a day or in a month it is told is a country going to the polls. Not a
/// vote on a text ("Russia votes on the resolution", "Russia voted on Friday in favour").
pub(super) fn a_country_votes_on_a_date(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
    // ("Turkey votes again on 1 November": the adverb may follow the verb too.)
    let mut after = &text[trigger.end..];
    if let Some(rest) =
        ADVERBS.iter().find_map(|a| after.strip_prefix(' ')?.strip_prefix(a).filter(|r| r.starts_with(' ')))
    {
        after = rest;
    }
    let dated = dated_right_after(after, &["in", "on"], SOON, lexicon);
    // "Russia votes on Friday in favour of the text" votes on a text.
    const ON_A_TEXT: &[&str] = &["favour", "favor", "against", "resolution", "motion", "bill"];
    let rest = &text[trigger.end..];
    let clause = &rest[..rest.find([',', ';', '.', ':']).unwrap_or(rest.len())];
    country && dated && !clause.split_whitespace().any(|w| ON_A_TEXT.contains(&bare_lower(w).as_str()))
}

/// Whether many met "at a summit": "the presidents of Guatemala, El Salvador, Honduras and
/// Costa Rica met at a summit in Esquipulas", "European leaders, who met at the Vienna summit",
/// "The alliance's leaders meet at their summit in Wales".
/// The verb is the summit's, not a meeting of its own. Two who "met at the G20 summit" met on
/// its sidelines, and that is a meeting.
pub(super) fn many_met_at_a_summit(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const BEFORE_SUMMIT: usize = 4;
    let verb = &text[trigger.clone()];
    if !lexicon.meeting_verbs.iter().any(|v| verb.eq_ignore_ascii_case(v)) {
        return false;
    }
    let mut after = text[trigger.end..].split_whitespace();
    if !after.next().is_some_and(|w| matches!(w, "at" | "during"))
        || !after.next().is_some_and(|w| matches!(w, "a" | "an" | "the" | "their" | "its"))
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
pub(super) fn armed_with(after: &str, agents: &std::collections::HashSet<String>, lexicon: &Lexicon) -> bool {
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
pub(super) fn armed_agent(
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
pub(super) fn hits_what_armies_hit(text: &str, verb: Range<usize>, lexicon: &Lexicon) -> bool {
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
pub(super) fn agent_before(
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
    // Verbs whose relative "that" may be of a noun before the agent's.
    const RELATIVE_NOT_HITTING: &[&str] = &["killed", "wounded", "destroyed", "damaged"];
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
            )
            // ("a Houthi drone that hit the airport": a relative clause's verb of hitting;
            // not "a war with the Revolutionary Army that killed fifteen thousand", whose
            // "that" may be the war's.)
            || (matches!(lower, "that" | "which") && !RELATIVE_NOT_HITTING.iter().any(|v| text[verb.clone()].eq_ignore_ascii_case(v)));
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
pub(super) fn aimed_at_an_armed_side(
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
        && before.split_whitespace().all(|w| {
            w.bytes().all(|b| b.is_ascii_digit())
                || lexicon.aimed_counts.iter().any(|c| c == w)
                || lexicon.numbers.iter().any(|n| n.eq_ignore_ascii_case(w))
        });
    let meaning = &lexicon.entity_meaning[name.pattern().as_usize()];
    if !only_number || meaning.class == EntityClass::Place {
        return None;
    }
    // "Pakistani air bases", "Syrian army positions": one word may say which.
    let mut words = after[name.end()..].split_whitespace();
    let mut next = words.next()?;
    if lexicon.aimed_kinds.iter().any(|k| k.eq_ignore_ascii_case(next)) {
        next = words.next()?;
    }
    let next = next.trim_end_matches([',', ';', '.', ':']).to_ascii_lowercase();
    let hit = if lexicon.is_armed_group(&meaning.canonical) {
        lexicon.aimed_at.contains(&next)
    } else {
        meaning.class == EntityClass::Country && lexicon.aimed_at_forces.contains(&next)
    };
    hit.then_some((verb, Cue::Trigger(kind)))
}

/// Whether a lower-case verb of `agent_verbs` is of being fired on: "came under fire".
fn under_fire(verb: &str) -> bool {
    ["came under", "come under", "comes under", "coming under"].iter().any(|u| verb.starts_with(u))
}

/// "a plane was shot down by two missiles", "the town was pounded by Russian artillery", "a
/// convoy hit by a drone": a verb of `agent_verbs` in the passive, its agent in a "by"
/// phrase right after it (at most `BETWEEN` words before the agent, no punctuation). The
/// trigger runs from the verb to the agent. Only a participle ("-ed", or the irregular
/// `PASSIVE_IRREGULAR`): "an attack by troops" is the noun, completed elsewhere. "The bill was
/// shot down by the Senate" has no armed agent, and "killed by gunmen" is an exclusion.
pub(super) fn agent_after_by(
    text: &str,
    verb: Range<usize>,
    kind: EventKind,
    lexicon: &Lexicon,
) -> Option<(Range<usize>, Cue)> {
    const BETWEEN: usize = 2;
    const PASSIVE_IRREGULAR: [&str; 3] = ["hit", "struck", "shot down"];
    let written = text[verb.clone()].to_ascii_lowercase();
    // "a border post came under fire from Contras": being fired on has its agent after
    // "from".
    let under = under_fire(&written);
    if !(under || written.ends_with("ed") || PASSIVE_IRREGULAR.contains(&written.as_str())) {
        return None;
    }
    let by = if under { " from " } else { " by " };
    let agents = lexicon.agents.get(&kind)?;
    let qualified = lexicon.qualified_agents.get(&kind);
    // ("Ganja was hit on Sunday by missiles", "was shelled again overnight by", "was struck
    // in the early hours of Sunday by", "a launch site struck before dawn by": a few words of
    // when, with no punctuation, may stand before the "by".)
    const WHEN_WORDS: usize = 6;
    const WHEN_BYTES: usize = 48;
    const WHEN_OPENERS: &[&str] = &[
        "in",
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
        "before",
        "at",
        "shortly",
        "just",
        "during",
    ];
    let rest = &text[verb.end..];
    let by_at = if rest.starts_with(by) {
        0
    } else {
        let window = &rest[..rest.floor_char_boundary(rest.len().min(WHEN_BYTES))];
        let opens_with_when = window
            .split_whitespace()
            .next()
            .is_some_and(|w| WHEN_OPENERS.contains(&w.to_ascii_lowercase().as_str()));
        window.find(by).filter(|&at| {
            opens_with_when
                && !window[..at].contains([',', ';', ':', '.', '(', ')', '"'])
                && window[..at].split_whitespace().count() <= WHEN_WORDS
        })?
    };
    let after = &rest[by_at + by.len()..];
    let mut offset = verb.end + by_at + by.len();
    let (mut previous, mut previous_lower) = ("", String::new());
    let mut pair = String::new();
    // ("by more than three hundred drones": how many is no word between.)
    const QUANTITY_WORDS: usize = 5;
    let mut counted = 0;
    let mut quantities = 0;
    for word in after.split(' ') {
        // ("by drones.\nThe next": the agent may end its paragraph.)
        let (word, paragraph_ends) = match word.find(['\n', '\r']) {
            Some(at) => (&word[..at], true),
            None => (word, false),
        };
        let bare = word.trim_end_matches([',', ';', ':', '.']);
        let lower = bare.to_ascii_lowercase();
        // "by Russian forces", "by government troops": as `agent_before` reads them.
        if armed_agent(lexicon, agents, qualified, [previous, &previous_lower, bare, &lower], &mut pair)
            // ("came under fire from Contras", "from the Taliban": an armed group by name.)
            || (under && lexicon.is_armed_group(bare))
        {
            return Some((verb.start..offset + bare.len(), Cue::Trigger(kind)));
        }
        if paragraph_ends || bare.len() < word.len() || word.is_empty() {
            return None;
        }
        let quantity = quantities < QUANTITY_WORDS
            && (lower.starts_with(|c: char| c.is_ascii_digit()) || lexicon.quantity_words.contains(&lower));
        if quantity {
            quantities += 1;
        } else {
            counted += 1;
            if counted > BETWEEN {
                return None;
            }
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
pub(super) fn modified_agent(
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
pub(super) fn calls_someone(text: &str, trigger: Range<usize>) -> bool {
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
pub(super) fn talks_with_someone(text: &str, end: usize, lexicon: &Lexicon) -> bool {
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
pub(super) fn rough_sentence_start(text: &str, at: usize) -> usize {
    let from = text.floor_char_boundary(at.saturating_sub(sentences::MAX_SENTENCE));
    text[from..at].rfind(['.', '!', '?', '\n']).map_or(from, |i| from + i + 1)
}

/// Whether the sentence of a talk at `trigger` dates it to a day and puts the two in no one
/// place: "spoke today with Egyptian Foreign Minister Farouk", "spoke to President Hargreaves
/// at 5pm on Wednesday" are calls; "spoke with the king at the palace on Tuesday", "met and
/// spoke with" are not.
pub(super) fn a_dated_talk_apart(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    let sentence = sentence_around(text, trigger).to_ascii_lowercase();
    lexicon.dated_talk.in_text(&sentence) && !lexicon.in_person.in_text(&sentence)
}

/// "spoke to President Adeyemi", "talked to Rudenko", "spoke to his counterpart": the one
/// spoken to is named or titled. Not "spoke to the crowd", "spoke to him", "spoke to reporters".
pub(super) fn talks_to_someone(text: &str, end: usize, lexicon: &Lexicon) -> bool {
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
pub(super) fn undone_by_a_word_before(text: &str, start: usize, cue: Cue, lexicon: &Lexicon) -> bool {
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
pub(super) fn undone_by_a_word_after(text: &str, end: usize, cue: Cue, lexicon: &Lexicon) -> bool {
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
pub(super) fn to_or_from_a_place(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
    // "came to Madrid for the session" comes on business, "comes to London on Monday" on a
    // day; "came to Canada first, arriving in 1971" settled there.
    let after = rest[place_end..].trim_start();
    !comes
        || lexicon
            .coming_for
            .iter()
            .any(|w| after.strip_prefix(w.as_str()).is_some_and(|r| !r.starts_with(char::is_alphanumeric)))
}

/// Whether `rest` opens, after white space, on a place or a country of the gazetteer
/// ("Paris", "Saudi Arabia"), not a body ("Congress").
pub(super) fn a_place_opens(rest: &str, lexicon: &Lexicon) -> bool {
    place_opening(rest, lexicon).is_some()
}

/// Where the place or country of the gazetteer that `rest` opens on ends, if it opens on one.
pub(super) fn place_opening(rest: &str, lexicon: &Lexicon) -> Option<usize> {
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
pub(super) fn arrives_at_a_time(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
pub(super) fn attends_a_gathering_in_a_place(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    !lexicon.attending.iter().any(|v| text[trigger.clone()].eq_ignore_ascii_case(v))
        || attended_place(text, trigger, lexicon).is_some()
}

/// Where the place of the gathering a verb of attending attends is (see
/// `attends_a_gathering_in_a_place`): "Bali" of "will attend the APEC Leaders' Summit in Bali".
pub(super) fn attended_place(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> Option<Range<usize>> {
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
pub(super) fn spends_days_in_a_place(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
pub(super) fn spends_time_with(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
pub(super) const MEETING_WORDS_SPENT: usize = 5;

/// False for a verb of choosing by vote (`elected_verbs`) with no date after it in its
/// clause, made an adjective (`elected_adjective_markers`, a capital), or a company's or a
/// union's (`private_electorates`): "the elected assembly", "was elected in Ohio", "Elected
/// officials met on Friday", "the board elected him chairman on Friday". "Salcedo, elected in
/// May 2010,", "was elected president of Brazil on Sunday" report elections. True for every
/// other cue.
pub(super) fn elected_on_a_date(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
    // "He was elected on 10 May by parliament and the regions' delegates": a choice made by a
    // legislature, within a few words after "by" in the clause, is no election.
    const BY_WORDS: usize = 3;
    let by_a_legislature = rest[..clause_end].split(" by ").skip(1).any(|after| {
        after.split_whitespace().take(BY_WORDS).any(|w| lexicon.legislatures.contains(&bare_lower(w)))
    });
    if verb.starts_with(|c: char| c.is_uppercase())
        || before
            .first()
            .is_some_and(|w| lexicon.elected_adjective_markers.iter().any(|m| w.eq_ignore_ascii_case(m)))
        || before.iter().chain(&words).any(private)
        || by_a_legislature
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
pub(super) fn name_after<'t>(text: &'t str, end: usize, lexicon: &Lexicon) -> Option<&'t str> {
    let next = text[end..].split_whitespace().next()?;
    let bare = next.trim_matches(|c: char| !c.is_alphanumeric());
    (bare.starts_with(|c: char| c.is_uppercase()) && !lexicon.is_not_a_name(bare)).then_some(next)
}

/// True for a verb of travel (`need_a_traveller`) whose subject is a thing or a nameless
/// crowd: "the first shipment arrived in Moscow", "a storm arrived in Florida", "the airline
/// flies to 42 cities" are no visits. Someone named, a pronoun, a person noun or a title
/// ("the minister, visiting Cairo,", "inspectors visited") travels; so does whoever a
/// passive names after "by".
pub(super) fn travelled_by_something(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
pub(super) fn known_to_be_there(before: &str, phrase: &str, lexicon: &Lexicon) -> bool {
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
pub(super) fn surname_given_before(before: &str, name: &str) -> bool {
    before.match_indices(name).any(|(i, _)| {
        let words_before = before[..i].strip_suffix(' ');
        let previous = words_before.and_then(|w| w.split_whitespace().next_back());
        previous.is_some_and(|p| p.starts_with(|c: char| c.is_uppercase()))
            && !before[i + name.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// The meeting verbs that may stand alone, with no one met ("the council met in session",
/// "the two sides met in Oslo"); not "met with", which meets someone.
pub(super) const PLAIN_MEETING_VERBS: [&str; 3] = ["met", "meet", "meets"];
/// Words between a sentence's subject and the last person named that make that person the
/// subject's counterpart ("met Mansour", "talks with Mansour"), whom a pronoun opening the
/// next sentence does not stand for.
pub(super) const COUNTERPART_WORDS: &[&str] = &["with", "met", "meets"];
/// Pronouns of a person that may open a sentence about their election, as its subject or
/// its owner ("He won the runoff", "His country's first free election").
pub(super) const CANDIDATE_PRONOUNS: &[&str] = &["he", "she", "his", "her"];

/// Whether a meeting verb ending at `end` has someone it meets: "with" or a name right after.
pub(super) fn meets_with_someone(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    let next = text[end..].split_whitespace().next().unwrap_or("");
    next.trim_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case("with")
        || name_after(text, end, lexicon).is_some()
}

/// True for a meeting verb whose subject is a body that meets in session and that meets no
/// one: "The Security Council met in emergency session", "The council, which met at the
/// request of France,", "The cabinet is expected to meet again". Not "the council met with
/// the envoy", "the committee met President Ruiz".
pub(super) fn a_body_in_session(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
pub(super) fn a_body_holds_its_meeting(text: &str, noun: usize, lexicon: &Lexicon) -> bool {
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
pub(super) fn named_body_before(text: &str, verb: usize, lexicon: &Lexicon) -> bool {
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
pub(super) fn meets_for_talks(lower: &str, end: usize, lexicon: &Lexicon) -> bool {
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
pub(super) fn subject_word(text: &str, verb: usize, lexicon: &Lexicon) -> Option<String> {
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
pub(super) fn sees_an_office_holder(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
    const TITLE_WORDS: usize = 4;
    if !lexicon.seeing_verbs.iter().any(|v| text[trigger.clone()].eq_ignore_ascii_case(v)) {
        return true;
    }
    let rest = &text[trigger.end..];
    let rest = &rest[..rest.find(['.', ',', ';', ':', '!', '?', '\n', '(', '"']).unwrap_or(rest.len())];
    // "who sees him for three hours", "saw her for an hour": someone seen for a time.
    const TIME_WORDS: usize = 3;
    let mut words = rest.split_whitespace().map(bare_lower);
    if words.next().is_some_and(|w| matches!(w.as_str(), "him" | "her" | "them"))
        && words.next().is_some_and(|w| w == "for")
        && words.take(TIME_WORDS).any(|w| lexicon.spent_times.contains(&w))
    {
        return true;
    }
    // Only a determiner or capitalised words before the title ("the French Prime Minister";
    // not "see off President Ruiz", "see images of the Pope"). A leader or a delegation is
    // seen as an office-holder is ("saw the Soviet leader", "saw the two delegations").
    for word in rest.split_whitespace().take(TITLE_WORDS) {
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        let lower = bare_lower(word);
        if capitalised && lexicon.title_words.contains(&lower) || lexicon.seen_in_office.contains(&lower) {
            return true;
        }
        if !capitalised && !matches!(word, "the" | "his" | "her" | "their" | "its" | "two" | "both") {
            return false;
        }
    }
    false
}

pub(super) fn meets_someone(text: &str, trigger: Range<usize>, lexicon: &Lexicon) -> bool {
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
            | "over"
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
pub(super) fn owned_by_sides(word: &str, lexicon: &Lexicon) -> bool {
    let owner = word.trim_end_matches(['\'', '’']);
    owner.len() < word.len() && lexicon.plural_sides.iter().any(|s| s == owner)
}

/// The lower-case noun right after `end`, if the next word is one: "embassies" in "U.S.
/// embassies", nothing in "Kenya and".
pub(super) fn noun_after<'t>(text: &'t str, end: usize, lexicon: &Lexicon) -> Option<&'t str> {
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
pub(super) fn names_a_city(written: &str, lexicon: &Lexicon) -> bool {
    const DEMONYM_ENDINGS: &[&str] = &["an", "ese", "ish", "i", "ch"];
    lexicon.place_names.contains(written)
        || (written.starts_with(char::is_uppercase)
            && written.chars().skip(1).any(char::is_lowercase)
            && !DEMONYM_ENDINGS.iter().any(|e| written.ends_with(e)))
}

/// Whether a trigger is a verb: "the talks" is a noun; "met", "held talks with" are verbs.
pub(super) fn a_verb_trigger(trigger: &str, lexicon: &Lexicon) -> bool {
    trigger.split_whitespace().any(|w| {
        let w = w.to_ascii_lowercase();
        past_or_auxiliary(&w)
            || lexicon.irregular_verbs.contains(&w)
            || (lexicon.meeting_verbs.contains(&w) && !w.ends_with("ing"))
    })
}
