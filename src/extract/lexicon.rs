//! The event lexicon (`assets/lang/en/events.toml`) and the gazetteer
//! (`assets/gazetteer/countries.toml`), loaded once and compiled into Aho-Corasick automata so
//! every article is scanned in one pass per automaton.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use serde::Deserialize;

use super::cues::bare_lower;
use crate::model::EventKind;

const EVENTS: &str = include_str!("../../assets/lang/en/events.toml");
const GAZETTEER: &str = include_str!("../../assets/gazetteer/countries.toml");

#[derive(Debug, Deserialize)]
struct EventsFile {
    kinds: HashMap<String, KindSpec>,
    exclusions: Exclusions,
    status: StatusSpec,
    people: PeopleSpec,
    grammar: Grammar,
    reporting: Reporting,
}

#[derive(Debug, Deserialize)]
struct Grammar {
    not_nouns: Vec<String>,
    meeting_verbs: Vec<String>,
    #[serde(default)]
    seeing_verbs: Vec<String>,
    #[serde(default)]
    seen_in_office: Vec<String>,
    #[serde(default)]
    sitting_bodies: Vec<String>,
    #[serde(default)]
    need_a_place: Vec<String>,
    #[serde(default)]
    being_in: Vec<String>,
    #[serde(default)]
    coming_to: Vec<String>,
    #[serde(default)]
    coming_for: Vec<String>,
    #[serde(default)]
    arriving: Vec<String>,
    #[serde(default)]
    arrival_times: Vec<String>,
    #[serde(default)]
    spending: Vec<String>,
    #[serde(default)]
    spent_times: Vec<String>,
    #[serde(default)]
    attending: Vec<String>,
    #[serde(default)]
    attended_gatherings: Vec<String>,
    #[serde(default)]
    negotiating_sides: Vec<String>,
    #[serde(default)]
    calls_together: Vec<String>,
    #[serde(default)]
    calling_verbs: Vec<String>,
    #[serde(default)]
    brokering: Vec<String>,
    #[serde(default)]
    joining_remotely: Vec<String>,
    #[serde(default)]
    gatherings_joined: Vec<String>,
    #[serde(default)]
    two_sides: Vec<String>,
    people_nouns: Vec<String>,
    adjective_triggers: Vec<String>,
    place_nouns: Vec<String>,
    #[serde(default)]
    numbers: Vec<String>,
    #[serde(default)]
    ending: Vec<String>,
    #[serde(default)]
    overnight: Vec<String>,
    #[serde(default)]
    departures: Vec<String>,
    #[serde(default)]
    returning: Vec<String>,
    #[serde(default)]
    ended_in_relative: Vec<String>,
    #[serde(default)]
    opened_in_relative: Vec<String>,
    #[serde(default)]
    signing_verbs: Vec<String>,
    #[serde(default)]
    headline_subject_words: Vec<String>,
    #[serde(default)]
    headline_after_place: Vec<String>,
    #[serde(default)]
    headline_slugs: Vec<String>,
    #[serde(default)]
    headline_titles: Vec<String>,
    #[serde(default)]
    headline_openers: Vec<String>,
    #[serde(default)]
    staying_now: Vec<String>,
    #[serde(default)]
    seats_of_government: Vec<String>,
    #[serde(default)]
    staying_then: Vec<String>,
    #[serde(default)]
    signed_documents: Vec<String>,
    #[serde(default)]
    signed_document_words: usize,
    #[serde(default)]
    signing_references: Vec<String>,
    #[serde(default)]
    next_day: Vec<String>,
    #[serde(default)]
    eve: Vec<String>,
    #[serde(default)]
    eve_today: Vec<String>,
    #[serde(default)]
    target_nouns: Vec<String>,
    #[serde(default)]
    arms_nouns: Vec<String>,
    #[serde(default)]
    holding_participles: Vec<String>,
    #[serde(default)]
    hosting: Vec<String>,
    #[serde(default)]
    receiving: Vec<String>,
    #[serde(default)]
    launching: Vec<String>,
    #[serde(default)]
    state_forces: Vec<String>,
    #[serde(default)]
    owned_nouns: Vec<String>,
    #[serde(default)]
    interval_units: Vec<String>,
    #[serde(default)]
    exit_verbs: Vec<String>,
    #[serde(default)]
    inviting: Vec<String>,
    #[serde(default)]
    ordinals: Vec<String>,
    #[serde(default)]
    running_days: Vec<String>,
    #[serde(default)]
    publications: Vec<String>,
    #[serde(default)]
    remembering: Vec<String>,
    #[serde(default)]
    same_day_units: Vec<String>,
    #[serde(default)]
    later: Vec<String>,
    #[serde(default)]
    range_fillers: Vec<String>,
    #[serde(default)]
    closing_dates: Vec<String>,
    #[serde(default)]
    opening_dates: Vec<String>,
    #[serde(default)]
    resuming: Vec<String>,
    #[serde(default)]
    relative_pronouns: Vec<String>,
    #[serde(default)]
    weekdays: Vec<String>,
    #[serde(default)]
    weekday_abbreviations: Vec<String>,
    #[serde(default)]
    elected_verbs: Vec<String>,
    #[serde(default)]
    date_openers: Vec<String>,
    #[serde(default)]
    elected_adjective_markers: Vec<String>,
    #[serde(default)]
    private_electorates: Vec<String>,
    #[serde(default)]
    ago: Vec<String>,
    #[serde(default)]
    apposition_openers: Vec<String>,
    #[serde(default)]
    ranking_words: Vec<String>,
    #[serde(default)]
    not_participles: Vec<String>,
    #[serde(default)]
    irregular_participles: Vec<String>,
    #[serde(default)]
    plural_subjects: Vec<String>,
    #[serde(default)]
    carried_to: Vec<String>,
    #[serde(default)]
    journey_nouns: Vec<String>,
    #[serde(default)]
    not_plural_nouns: Vec<String>,
    #[serde(default)]
    winning: Vec<String>,
    #[serde(default)]
    elect_roles: Vec<String>,
    #[serde(default)]
    results: Vec<String>,
    #[serde(default)]
    result_hedges: Vec<String>,
    #[serde(default)]
    former_plans: Vec<String>,
    #[serde(default)]
    irregular_verbs: Vec<String>,
    #[serde(default)]
    past_forms: Vec<String>,
    #[serde(default)]
    interval_after: Vec<String>,
    #[serde(default)]
    interval_before: Vec<String>,
    #[serde(default)]
    event_day_before: Vec<String>,
    #[serde(default)]
    event_day_after: Vec<String>,
    #[serde(default)]
    event_first_day: Vec<String>,
    #[serde(default)]
    event_last_day: Vec<String>,
    #[serde(default)]
    event_same_day: Vec<String>,
    #[serde(default)]
    opening_verbs: Vec<String>,
    #[serde(default)]
    closing_verbs: Vec<String>,
    #[serde(default)]
    lasting: Vec<String>,
    #[serde(default)]
    plan_acts: Vec<String>,
    #[serde(default)]
    press_words: Vec<String>,
    #[serde(default)]
    claiming: Vec<String>,
    #[serde(default)]
    making: Vec<String>,
    #[serde(default)]
    making_modifiers: Vec<String>,
    #[serde(default)]
    winning_office: Vec<String>,
    #[serde(default)]
    sequence: Vec<String>,
    #[serde(default)]
    rounds: Vec<String>,
    #[serde(default)]
    rounds_of_voting: Vec<String>,
    #[serde(default)]
    votes_counted: Vec<String>,
    #[serde(default)]
    talking_with: Vec<String>,
    #[serde(default)]
    dated_talk: Vec<String>,
    #[serde(default)]
    in_person: Vec<String>,
    #[serde(default)]
    talking_to: Vec<String>,
    #[serde(default)]
    people_voting: Vec<String>,
    #[serde(default)]
    gathering_bodies: Vec<String>,
    #[serde(default)]
    state_made: Vec<String>,
    #[serde(default)]
    arms_by_name: Vec<String>,
    #[serde(default)]
    gathering_frames: Vec<String>,
    #[serde(default)]
    flag_words: Vec<String>,
    #[serde(default)]
    targets_abroad: Vec<String>,
    #[serde(default)]
    responding: Vec<String>,
    #[serde(default)]
    blaming: Vec<String>,
    #[serde(default)]
    blaming_verbs: Vec<String>,
    #[serde(default)]
    callers: Vec<String>,
    #[serde(default)]
    not_ringers: Vec<String>,
    #[serde(default)]
    not_rung: Vec<String>,
    #[serde(default)]
    hosted_gatherings: Vec<String>,
    #[serde(default)]
    before_a_verb: Vec<String>,
    #[serde(default)]
    verb_openers: Vec<String>,
    #[serde(default)]
    heads_after_names: Vec<String>,
    #[serde(default)]
    holding_talks: Vec<String>,
    #[serde(default)]
    after_callee: Vec<String>,
    #[serde(default)]
    courtesy: Vec<String>,
    #[serde(default)]
    reception_spans: Vec<String>,
    #[serde(default)]
    quantity_words: Vec<String>,
    #[serde(default)]
    legislatures: Vec<String>,
    #[serde(default)]
    reception_places: Vec<String>,
    #[serde(default)]
    scene_openers: Vec<String>,
    #[serde(default)]
    telling_when: Vec<String>,
    #[serde(default)]
    frames: Vec<String>,
    #[serde(default)]
    sidelines: Vec<String>,
    #[serde(default)]
    gathering_subjects: Vec<String>,
    #[serde(default)]
    gathering_modifiers: Vec<String>,
    #[serde(default)]
    leaders_councils: Vec<String>,
    #[serde(default)]
    at_home: Vec<String>,
    #[serde(default)]
    not_gathering_modifiers: Vec<String>,
    #[serde(default)]
    peoples: Vec<String>,
    #[serde(default)]
    reacting: Vec<String>,
    #[serde(default)]
    business_words: Vec<String>,
    #[serde(default)]
    market_targets: Vec<String>,
    #[serde(default)]
    sports_words: Vec<String>,
    #[serde(default)]
    sports_look_alikes: Vec<String>,
    #[serde(default)]
    purpose_verbs: Vec<String>,
    #[serde(default)]
    named_agent_verbs: Vec<String>,
    #[serde(default)]
    object_aimed_verbs: Vec<String>,
    #[serde(default)]
    aimed_at: Vec<String>,
    #[serde(default)]
    aimed_at_forces: Vec<String>,
    #[serde(default)]
    aimed_counts: Vec<String>,
    #[serde(default)]
    aimed_kinds: Vec<String>,
    #[serde(default)]
    killing_verbs: Vec<String>,
    #[serde(default)]
    killed_members: Vec<String>,
    #[serde(default)]
    verbal_verbs: Vec<String>,
    #[serde(default)]
    verbal_subjects: Vec<String>,
    #[serde(default)]
    verbal_objects: Vec<String>,
    #[serde(default)]
    natural_subjects: Vec<String>,
    #[serde(default)]
    inverted_conditionals: Vec<String>,
    #[serde(default)]
    armed_subjects: Vec<String>,
    #[serde(default)]
    repeating: Vec<String>,
    #[serde(default)]
    weapon_things: Vec<String>,
    #[serde(default)]
    landscape_words: Vec<String>,
    #[serde(default)]
    market_words: Vec<String>,
    #[serde(default)]
    armed_group_nouns: Vec<String>,
    #[serde(default)]
    state_arms: Vec<String>,
    #[serde(default)]
    knowing_verbs: Vec<String>,
    #[serde(default)]
    settings: Vec<String>,
    #[serde(default)]
    state_arms_targets: Vec<String>,
    #[serde(default)]
    origin_suffixes: Vec<String>,
    #[serde(default)]
    other_contests: Vec<String>,
    separately: Vec<String>,
    subjects: Vec<String>,
    date_prepositions: Vec<String>,
    place_prepositions: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Reporting {
    verbs: Vec<String>,
    #[serde(default)]
    follow_up: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct KindSpec {
    label: String,
    triggers: Vec<String>,
    #[serde(default)]
    anaphors: Vec<String>,
    #[serde(default)]
    suppressed_by: Vec<String>,
    /// Anaphors that only refer back and never name an event alone ("that event").
    #[serde(default)]
    references: Vec<String>,
    /// Nouns that refer back to an event of the kind when a determiner and a few modifiers
    /// stand before them ("the almost simultaneous attacks"); never an event alone.
    #[serde(default)]
    heads: Vec<String>,
    /// References that name an event on their own when a target follows them ("the attack
    /// on the embassy").
    #[serde(default)]
    targeted: Vec<String>,
    /// Triggers that make an event of this kind only after one was reported before them
    /// ("the two spoke again on Saturday", after a call).
    #[serde(default)]
    sequels: Vec<String>,
    /// Triggers that make an event of this kind only with someone named in their sentence.
    #[serde(default)]
    need_a_party: Vec<String>,
    /// Triggers that in a sentence about business, with no state or body among the sides,
    /// are no event of this kind ("an attack on the board", "the strike at the mine").
    #[serde(default)]
    business_look_alikes: Vec<String>,
    /// Words shortly before a trigger that make it no event of this kind ("seized a car
    /// bomb").
    #[serde(default)]
    not_after: Vec<String>,
    /// Words shortly after a trigger that make it no event of this kind ("talks with
    /// potential buyers").
    #[serde(default)]
    not_before: Vec<String>,
    /// Words that name an event of this kind already reported when an interval or a day of
    /// it refers to it, though they report none alone: "five days before polls opened".
    #[serde(default)]
    referred_by: Vec<String>,
    /// Triggers (verbs of travel) that report a visit only when someone travels: "the
    /// shipment arrived in", "the airline flies to" are no visits.
    #[serde(default)]
    need_a_traveller: Vec<String>,
    /// Of those, the ones a word opening the sentence travels by only when it is a known
    /// name: "Rain is expected in Paris", "Snow is due in Berlin" are no visits.
    #[serde(default)]
    need_a_named_traveller: Vec<String>,
    /// Phrases that, right after one of this kind's triggers, make it a call ("met with the
    /// two EU leaders via video link").
    #[serde(default)]
    by_video: Vec<String>,
    /// Whether an event of this kind is never business: one named among companies, with no
    /// state or body, is none ("talks between the two airlines").
    #[serde(default)]
    not_business: bool,
    /// Verbs that report an event of this kind when one of `agents` is their subject, right
    /// before them: "jets pounded", "rebels ambushed", "troops stormed".
    #[serde(default)]
    agent_verbs: Vec<String>,
    #[serde(default)]
    agents: Vec<String>,
    /// Phrases of belonging that may follow an agent before its verb ("fighters linked to
    /// the group ambushed").
    #[serde(default)]
    agent_modifiers: Vec<String>,
    /// Agents that are armed only when a country, demonym or body (from the gazetteer) or one
    /// of `agent_qualifiers` stands before them: "Ukrainian forces", "security forces", not
    /// "market forces".
    #[serde(default)]
    qualified_agents: Vec<String>,
    #[serde(default)]
    agent_qualifiers: Vec<String>,
    /// Phrases that make an event of this kind of a verb of `completed_verbs` a few words
    /// before them ("spoke with Macron by phone").
    #[serde(default)]
    completing: Vec<String>,
    #[serde(default)]
    completed_verbs: Vec<String>,
    /// How many words before a completing phrase its verb may stand.
    #[serde(default = "default_completing_words")]
    completing_words: usize,
}

fn default_completing_words() -> usize {
    10
}

#[derive(Debug, Deserialize)]
struct Exclusions {
    phrases: Vec<String>,
}

/// Words that change an event's status, each list lower-case.
#[derive(Debug)]
pub struct StatusCues {
    pub planned: WordList,
    /// Modals right after the trigger: "talks will resume".
    pub planned_after: WordList,
    /// Modals right after the trigger that make it hypothetical.
    pub unreal_after: Vec<String>,
    pub unreal: WordList,
    /// Verbs whose object, right after them, is only possible: "threatening air strikes".
    pub unreal_object: Vec<String>,
    pub negation: Vec<String>,
    /// Prepositions of where or when something was done: "rejected in peace talks".
    pub scene: Vec<String>,
    pub cancelled: WordList,
    /// Words of putting an event off, which still holds it later: "postponed".
    pub put_off: WordList,
    /// Words of setting an event a new date: "put back ... to Saturday the 9th".
    pub moved_to: WordList,
    pub ongoing: WordList,
    /// Words opening a yes-or-no question, which asks about an event and reports none.
    pub question_openers: Vec<String>,
    /// Words opening a condition before the main clause: "If I am elected, I will meet".
    pub condition_openers: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct StatusSpec {
    planned: Vec<String>,
    planned_after: Vec<String>,
    unreal_after: Vec<String>,
    unreal: Vec<String>,
    #[serde(default)]
    unreal_object: Vec<String>,
    negation: Vec<String>,
    #[serde(default)]
    scene: Vec<String>,
    cancelled: Vec<String>,
    #[serde(default)]
    put_off: Vec<String>,
    #[serde(default)]
    moved_to: Vec<String>,
    ongoing: Vec<String>,
    #[serde(default)]
    question_openers: Vec<String>,
    #[serde(default)]
    condition_openers: Vec<String>,
}

/// Lower-case words and phrases, any of which is looked for as a whole word in a clause.
/// One automaton pass finds them all: trying each word in turn cost 3% of extraction for
/// the status cues alone, every event mention trying every cue.
#[derive(Debug)]
pub struct WordList {
    matcher: AhoCorasick,
}

impl WordList {
    pub fn new(words: Vec<String>) -> Result<WordList, String> {
        let words: Vec<String> = lower(words).into_iter().filter(|w| !w.is_empty()).collect();
        let matcher = AhoCorasick::new(&words).map_err(|e| format!("word list: {e}"))?;
        Ok(WordList { matcher })
    }

    /// A list looked for in text of any case (ASCII letters): no lower-case copy is needed.
    pub fn any_case(words: Vec<String>) -> Result<WordList, String> {
        let words: Vec<String> = lower(words).into_iter().filter(|w| !w.is_empty()).collect();
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build(&words)
            .map_err(|e| format!("word list: {e}"))?;
        Ok(WordList { matcher })
    }

    /// Whether one of the words stands in `text` (lower-case, or any case for
    /// [`WordList::any_case`]) as a whole word.
    pub fn in_text(&self, text: &str) -> bool {
        self.matcher.find_overlapping_iter(text).any(|m| super::at_word_boundaries(text, m.start(), m.end()))
    }

    /// Where the last of the words standing whole in `text` stands (as [`WordList::in_text`]):
    /// the one ending last, the longest of those.
    pub fn last_in(&self, text: &str) -> Option<std::ops::Range<usize>> {
        self.matcher
            .find_overlapping_iter(text)
            .filter(|m| super::at_word_boundaries(text, m.start(), m.end()))
            .max_by_key(|m| (m.end(), std::cmp::Reverse(m.start())))
            .map(|m| m.range())
    }
}

#[derive(Debug, Deserialize)]
struct PeopleSpec {
    titles: Vec<String>,
    not_names: Vec<String>,
    #[serde(default)]
    generic_roles: Vec<String>,
    #[serde(default)]
    heads_of_state: Vec<String>,
    #[serde(default)]
    state_head_titles: Vec<String>,
    #[serde(default)]
    home_offices: Vec<String>,
    #[serde(default)]
    home_ministers: Vec<String>,
    #[serde(default)]
    royal_addresses: Vec<String>,
    #[serde(default)]
    standing_verbs: Vec<String>,
    #[serde(default)]
    title_ranks: Vec<String>,
    #[serde(default)]
    other_office_words: Vec<String>,
    #[serde(default)]
    body_offices: Vec<(String, String)>,
    #[serde(default)]
    role_adjectives: Vec<String>,
    #[serde(default)]
    honorifics: Vec<String>,
    #[serde(default)]
    state_words: Vec<String>,
    #[serde(default)]
    plural_sides: Vec<String>,
    #[serde(default)]
    sides_met: Vec<String>,
    #[serde(default)]
    given_name_titles: Vec<String>,
    #[serde(default)]
    not_in_untitled_names: Vec<String>,
    #[serde(default)]
    place_ends: Vec<String>,
    #[serde(default)]
    kin: Vec<String>,
    #[serde(default)]
    body_heads: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct GazetteerFile {
    countries: HashMap<String, Vec<String>>,
    organisations: HashMap<String, Vec<String>>,
    /// Organisation -> the country it belongs to.
    #[serde(default)]
    national_bodies: HashMap<String, String>,
    #[serde(default)]
    blocs: Places,
    #[serde(default)]
    armed_groups: Places,
    #[serde(default)]
    anaphors: BodyAnaphors,
    /// Armed group -> the country whose government it fights.
    #[serde(default)]
    homelands: HashMap<String, String>,
    places: Places,
    /// City -> the country it is in (places, not actors).
    #[serde(default)]
    cities: HashMap<String, String>,
    /// A head of state's own retreat -> the state that hosts whatever meets there.
    #[serde(default)]
    retreats: HashMap<String, String>,
    /// A plural that names two countries at once ("the two Koreas") -> both of them.
    #[serde(default)]
    pairs: HashMap<String, Vec<String>>,
    /// A successor state -> the state its names meant before it was one, and when.
    #[serde(default)]
    predecessors: HashMap<String, Predecessor>,
}

/// The state a successor's names meant ("Moscow" in 1985: the Soviet Union), until the
/// successor's first day.
#[derive(Debug, Deserialize)]
pub struct Predecessor {
    pub state: String,
    pub until: jiff::civil::Date,
}

#[derive(Debug, Default, Deserialize)]
struct Places {
    names: Vec<String>,
}

/// Nouns that stand for a body named before ("the bloc", "the agency").
#[derive(Debug, Default, Deserialize)]
pub struct BodyAnaphors {
    /// Of a bloc: "bloc", "grouping".
    pub blocs: Vec<String>,
    /// Of any body but an armed group: "organisation", "agency".
    pub bodies: Vec<String>,
    /// Modifiers that make the noun another kind of body ("the news agency").
    #[serde(default)]
    pub not_after: Vec<String>,
}

/// What a trigger-automaton match means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Trigger(EventKind),
    Anaphor(EventKind),
    /// A noun that refers back only with a determiner and modifiers before it.
    Head(EventKind),
    /// A phrase that makes a trigger of a verb of the kind a few words before it ("spoke
    /// with Macron by phone").
    Completion(EventKind),
    /// An armed group's name, which makes a trigger of a noun or verb of attacking a few words
    /// before it ("Saturday's attack by al-Shabaab"), not of other verbs ("rounds fired by").
    GroupCompletion(EventKind),
    /// A verb that is a trigger when one of the kind's agents stands right before it
    /// ("jets pounded", "rebels ambushed").
    Agented(EventKind),
    /// A verb that tells an event of the kind again, a new one only after one was reported
    /// before it in the article ("the two spoke again on Saturday").
    Sequel(EventKind),
    Exclusion,
}

/// What a gazetteer match names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub canonical: String,
    pub class: EntityClass,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityClass {
    Country,
    Organisation,
    /// A city or region: a location, never a participant.
    Place,
}

#[derive(Debug)]
pub struct Lexicon {
    pub cues: AhoCorasick,
    pub cue_meaning: Vec<Cue>,
    pub labels: HashMap<EventKind, String>,
    pub suppressed_by: HashMap<EventKind, Vec<EventKind>>,
    /// Lower-case anaphors that never name an event alone.
    pub references: std::collections::HashSet<String>,
    /// Lower-case nouns that refer back with modifiers before them ("the two blasts").
    pub heads: std::collections::HashSet<String>,
    /// Lower-case anaphors as listed ("the blast"), which may name an event alone.
    pub anaphors: std::collections::HashSet<String>,
    /// Lower-case sequels ("spoke again"): a new event of the kind after one reported before.
    pub sequels: std::collections::HashSet<String>,
    /// Every kind's triggers, lower-case: a trigger ("the rocket attack") names an event even
    /// when it only refers back for want of a date.
    trigger_phrases: std::collections::HashSet<String>,
    /// Per kind, lower-case words that, within three words before a trigger, undo it.
    pub not_after: HashMap<EventKind, Vec<String>>,
    pub not_before: HashMap<EventKind, Vec<String>>,
    /// Triggers whose subject must be someone, lower-case ("arrived in", "flew to").
    pub need_a_traveller: std::collections::HashSet<String>,
    /// Of those, lower-case, the ones whose one-word subject opening a sentence must be a
    /// known name ("is expected in": "Rain is expected in Paris").
    pub need_a_named_traveller: std::collections::HashSet<String>,
    /// Lower-case phrases after a meeting's trigger that make it a call ("via video link").
    pub by_video: Vec<String>,
    /// Per kind, the lower-case subjects that make its `agent_verbs` triggers.
    pub agents: HashMap<EventKind, std::collections::HashSet<String>>,
    /// Per kind, lower-case phrases of belonging between an agent and its verb ("linked to").
    pub agent_modifiers: HashMap<EventKind, Vec<String>>,
    /// Per kind, agents that need a qualifier before them, and those qualifiers (lower-case).
    pub qualified_agents: HashMap<EventKind, (Vec<String>, Vec<String>)>,
    /// Verbs of a gathering's purpose, lower-case: what follows "to discuss" is its topic.
    pub purpose_verbs: Vec<String>,
    /// Words that make one gathering with several counterparts several, lower-case: "met
    /// separately with Netanyahu and Abbas" is two meetings.
    pub separately: Vec<String>,
    /// Lower-case words that open a clause's subject after "that" ("that the talks would").
    pub subjects: Vec<String>,
    /// Lower-case prepositions of a date, left out with it where a cue reads through one.
    pub date_prepositions: Vec<String>,
    /// Prepositions before a place where an event is ("in", "across"), as written.
    pub place_prepositions: std::collections::HashSet<String>,
    /// Kinds that are never business ("talks", "meeting").
    pub not_business: Vec<EventKind>,
    /// Words that name companies and their dealings, as written ("Corp.", "airlines").
    pub business_words: std::collections::HashSet<String>,
    /// What a market's fight is over, lower-case ("currency", "prices"): after "attack on",
    /// no armed strike.
    pub market_targets: Vec<String>,
    /// Words of sport, as written (lower-case): "league", "derby".
    pub sports_words: Vec<String>,
    /// Triggers a match may use, lower-case ("summit meeting", "attack on").
    pub sports_look_alikes: Vec<String>,
    /// Titles of one word, lower-case: "the chancellor", "the emperor" are someone.
    pub title_words: std::collections::HashSet<String>,
    /// Triggers of a kind that need someone named in their sentence ("negotiations").
    pub need_a_party: HashMap<EventKind, Vec<String>>,
    /// Triggers of a kind that are none in a sentence about business ("an attack on the board").
    pub business_look_alikes: HashMap<EventKind, Vec<String>>,
    /// Per kind, lower-case verbs that a completing phrase after them makes a trigger.
    pub completed_verbs: HashMap<EventKind, Vec<String>>,
    /// Per kind, how many words before a completing phrase its verb may stand.
    pub completing_words: HashMap<EventKind, usize>,
    pub status: StatusCues,
    pub entities: AhoCorasick,
    pub entity_meaning: Vec<Entity>,
    /// The class of each canonical name (a country's, a body's or a place's), looked up
    /// once per participant in merging: a scan of `entity_meaning` cost a sixth of it.
    canonical_classes: HashMap<String, EntityClass>,
    /// The gazetteer's cities and regions as written, some of which are also a country's
    /// alias ("Tehran").
    pub place_names: std::collections::HashSet<String>,
    /// Organisations that belong to one country ("FBI" -> "United States").
    national_bodies: HashMap<String, String>,
    /// Bodies of states that meet at summits (NATO, ASEAN, G20).
    blocs: std::collections::HashSet<String>,
    /// Groups that fight (M23, Hamas), not states' bodies.
    armed_groups: std::collections::HashSet<String>,
    /// Nouns that stand for a body named before.
    pub body_anaphors: BodyAnaphors,
    /// The last words of bodies' names of more than one word ("Fund" of "International
    /// Monetary Fund"), and the bodies so named: "the Fund" may stand for the body named
    /// before, by any of its names ("the IMF").
    pub body_name_ends: HashMap<String, std::collections::HashSet<String>>,
    /// What names the head of a body before "of" and the body ("head of the IAEA").
    pub body_heads: Vec<String>,
    /// Armed groups and the country whose government each fights ("URNG" -> "Guatemala").
    homelands: HashMap<String, String>,
    /// Cities of the gazetteer (places, not actors) and the country each is in.
    cities: HashMap<String, String>,
    /// Retreats of a head of state and the state that hosts there ("Camp David").
    retreats: HashMap<String, String>,
    /// Plurals that name two countries at once ("Koreas" -> North and South Korea), in the
    /// plural's order: a searcher for the plural, built once (every sentence's names are
    /// looked for in it), and the countries.
    pub country_pairs: Vec<(memchr::memmem::Finder<'static>, Vec<String>)>,
    /// Successor states whose names meant another state before a day ("Russia" -> the
    /// Soviet Union until 26 December 1991).
    pub predecessors: HashMap<String, Predecessor>,
    pub titles: AhoCorasick,
    pub not_names: Vec<String>,
    /// Lower-case titles that stand for whoever leads a country or body, whatever their own
    /// title: "the FBI chief", "the Jordanian monarch".
    pub generic_roles: Vec<String>,
    /// Roles, lower-case, that stand for whoever was introduced with one of
    /// `state_head_titles` ("the Head of State" after "President Ruiz").
    pub heads_of_state: Vec<String>,
    pub state_head_titles: Vec<String>,
    /// Lower-case offices of a state's own leaders: "the Prime Minister", unnamed and with no
    /// country before it, is the article's home country's.
    pub home_offices: Vec<String>,
    /// Lower-case offices of a state's own ministers: "The Foreign Minister leaves for
    /// Washington", never introduced, is the home country's; but after "the Israeli Foreign
    /// Minister" it is his, as a leader's office in a story filed at home is not.
    pub home_ministers: Vec<String>,
    /// Lower-case forms of address of a monarch that stand alone for one ("His Majesty").
    pub royal_addresses: Vec<String>,
    /// Lower-case verbs of standing in an election ("faces", "contests"): whose the verb is,
    /// that person's country's the election is.
    pub standing_verbs: Vec<String>,
    /// Lower-case ranks that make a title another office ("assistant", "deputy").
    pub title_ranks: Vec<String>,
    /// Lower-case words that, before a title's last words, make it another office than
    /// those words alone ("prime", "vice").
    pub other_office_words: Vec<String>,
    /// Lower-case offices with the body whose they are when none is named ("secretary-general"
    /// is the United Nations').
    pub body_offices: Vec<(String, String)>,
    /// Lower-case words that may stand between "the" and a title ("the visiting").
    pub role_adjectives: Vec<String>,
    /// Honorifics between a title and a name, as written ("Shri", "H.E.").
    pub honorifics: Vec<String>,
    /// Words that end a state's name after its demonym, as written ("Republic").
    pub state_words: Vec<String>,
    /// Lower-case plural nouns that, opening a sentence after "the", stand for two people.
    pub plural_sides: Vec<String>,
    /// Lower-case words that tell of two or more sides meeting although none is named ("the
    /// two", "the envoys met").
    pub sides_met: Vec<String>,
    /// Lower-case titles used with a given name ("King Hussein"), not a surname.
    pub given_name_titles: Vec<String>,
    /// Lower-case nouns of kin: "the boy's father, Juan Gomez" names who "Ana's father" is.
    pub kin: Vec<String>,
    /// Capitalised words of places, bodies and things: a run of capitalised words without a
    /// title that holds one names no person.
    pub not_in_untitled_names: std::collections::HashSet<String>,
    /// Capitalised words that end a building's or a place's name ("Hotel", "Airport"): a
    /// title at its start ("the King David Hotel") introduces no one.
    pub place_ends: Vec<String>,
    /// Lower-case words that are not nouns: a date or a country before one of them is not
    /// its modifier ("in 1998 when", "Kenya and Tanzania").
    pub not_nouns: std::collections::HashSet<String>,
    /// Meeting verbs, which must meet someone, and the nouns that name someone.
    pub meeting_verbs: Vec<String>,
    /// Verbs of seeing, a meeting only when an office-holder is seen ("saw the French Prime
    /// Minister").
    pub seeing_verbs: Vec<String>,
    /// Words in lower case that make whom a verb of seeing sees an office-holder ("saw the
    /// Soviet leader", "saw the two delegations").
    pub seen_in_office: Vec<String>,
    /// Bodies that meet in session ("the council met in emergency session"): as the subject
    /// of a meeting verb with no one met, no meeting of sides.
    pub sitting_bodies: Vec<String>,
    /// Visit triggers that are a visit only with a place named after them ("returned from").
    pub need_a_place: Vec<String>,
    /// Of those, being somewhere ("was in"): a visit only with a gazetteer place after it.
    pub being_in: Vec<String>,
    /// And coming to a place ("came to Madrid"): the same.
    pub coming_to: Vec<String>,
    /// What after the place makes a coming to it a trip ("for", "on Monday").
    pub coming_for: Vec<String>,
    /// Verbs of arriving with no place, a visit only when a time follows ("arrived on
    /// Thursday"), and the words of time that may follow them (`arrival_times`).
    pub arriving: Vec<String>,
    pub arrival_times: Vec<String>,
    /// Verbs of spending time, a visit when a day or less (`spent_times`) "in" a gazetteer
    /// place follows ("spent three days in Vietnam").
    pub spending: Vec<String>,
    pub spent_times: Vec<String>,
    /// Verbs of attending, a visit when a gathering (`attended_gatherings`) "in" or "at" a
    /// gazetteer place follows in their clause ("will attend the summit in Bali").
    pub attending: Vec<String>,
    pub attended_gatherings: Vec<String>,
    /// Subjects of a meeting verb that make it a round of talks ("the two sides will meet").
    pub negotiating_sides: Vec<String>,
    /// Words that make a call with several one call of all ("a video call with the leaders").
    pub calls_together: Vec<String>,
    /// Verbs of calling whose object is whom they called: "telephoned the King of ...".
    pub calling_verbs: Vec<String>,
    /// Words of brokering talks: their agent is no side ("talks brokered by the OAU").
    pub brokering: Vec<String>,
    /// Verbs of taking part from afar in a gathering ("joined the leaders by video link").
    pub joining_remotely: Vec<String>,
    /// What is so joined: a bloc's summit, or its leaders ("joined the summit by video").
    pub gatherings_joined: Vec<String>,
    /// Nouns after "the two" that stand for the two sides named before ("the two governments").
    pub two_sides: Vec<String>,
    pub people_nouns: std::collections::HashSet<String>,
    /// Triggers that are adjectives when a noun follows ("the primary focus").
    pub adjective_triggers: Vec<String>,
    /// Nouns for places ("airport", "territory"): what a place name before one still locates.
    pub place_nouns: std::collections::HashSet<String>,
    /// Number words from one up, lower-case: "a two-day visit" lasts two days.
    pub numbers: Vec<String>,
    /// Words before a trigger that say its event ends on the date given ("ending a
    /// two-day visit").
    pub ending: Vec<String>,
    /// Words right before the day an event ended that put the end in the night, lower-case:
    /// "in the early hours of".
    pub overnight: Vec<String>,
    /// Words of a visitor leaving, lower-case ("left", "flew home").
    pub departures: Vec<String>,
    /// Words of coming back, lower-case ("returned", "back"): "returned on Sunday from a
    /// three-day visit" ends the visit that day.
    pub returning: Vec<String>,
    /// Verbs of ending that open a relative clause after a trigger, lower-case ("which
    /// concluded on Wednesday"): the event's length runs up to that day.
    pub ended_in_relative: Vec<String>,
    /// Lower-case verbs of opening a relative clause may start with ("which opens there on
    /// Monday"): its date is the event's.
    pub opened_in_relative: Vec<String>,
    /// Lower-case visit triggers of being somewhere told in the present ("has been in"): a
    /// stay told with "since" began that day, and lasts to the article's.
    pub staying_now: Vec<String>,
    /// Lower-case buildings a state's leader receives in ("white house", "kremlin"), without
    /// "the": a meeting held there with one side named had the host for the other.
    pub seats_of_government: Vec<String>,
    /// The same told in the past ("had been in").
    pub staying_then: Vec<String>,
    /// Lower-case words a headline's subject may hold besides nouns of people ("Secretary of
    /// State"), see `headlines`.
    pub headline_subject_words: Vec<String>,
    /// Lower-case words that may follow the place of a headline's visit ("PM in Berlin on eve
    /// of summit").
    pub headline_after_place: Vec<String>,
    /// Lower-case slugs of wire flashes and tickers before a headline ("FLASH", "UPDATE").
    pub headline_slugs: Vec<String>,
    /// Titles as headlines shorten them, as written ("PM").
    pub headline_titles: Vec<String>,
    /// Words that open a sentence's phrase before its subject, as written ("In", "Yesterday"):
    /// a comma after the phrase is no headline's "and".
    pub headline_openers: Vec<String>,
    /// Lower-case verbs of signing, meeting triggers only for a document signed together
    /// ("Israel and Jordan signed a peace treaty").
    pub signing_verbs: Vec<String>,
    /// Lower-case nouns of what sides sign together ("treaty", "accord").
    pub signed_documents: Vec<String>,
    /// How many words after a verb of signing its document may stand.
    pub signed_document_words: usize,
    /// Lower-case words that refer to the last document signed ("the signing").
    pub signing_references: Vec<String>,
    /// Words that name the day after the one told, lower-case ("the next day").
    pub next_day: Vec<String>,
    /// Words before a trigger that put its event on the day after the date given ("on the
    /// eve of the talks").
    pub eve: WordList,
    /// The same in the present ("this is the eve of the visit"): the event is the day after
    /// the article's.
    pub eve_today: WordList,
    /// Units of time, lower-case: an event "two days after" or "weeks before" something is
    /// that far from the sentence's date.
    pub interval_units: Vec<String>,
    /// Units of time short enough that an event that far from another is on its day,
    /// lower-case: "hours after meeting Macron".
    pub same_day_units: Vec<String>,
    /// Words after a length of time that count it on from the day the story is at, lower-case:
    /// "two days later".
    pub later: Vec<String>,
    /// Words that may stand between a range's joining word and its closing date, lower-case:
    /// "late on Monday and early on Tuesday".
    pub range_fillers: Vec<String>,
    /// Words right before a date that make it the end of the event dated before it,
    /// lower-case: "arrived on Wednesday for a visit that runs through Friday", "talks that
    /// began on Monday and ended Wednesday".
    pub closing_dates: Vec<String>,
    /// Verbs of a relative clause after a trigger that open the event's span, lower-case:
    /// "talks, which began on Friday and ended on Saturday".
    pub opening_dates: Vec<String>,
    /// Verbs of talks that start again, lower-case: "Those talks resume next week".
    pub resuming: Vec<String>,
    /// The pronouns that open such a relative clause, lower-case: "which", "that".
    pub relative_pronouns: Vec<String>,
    /// The names of the days of the week, lower-case.
    pub weekdays: Vec<String>,
    /// A diary's abbreviated weekdays, as written ("Mon", "Thurs").
    pub weekday_abbreviations: Vec<String>,
    /// Verbs of choosing by vote that report an election only with a date in their clause,
    /// lower-case: "Salcedo, elected in May 2010,"; not "the elected assembly".
    pub elected_verbs: Vec<String>,
    /// Words that open a date after "in" or "on", lower-case (months, "last", "early"): a
    /// number or a weekday (`weekdays`) opens one too.
    pub date_openers: Vec<String>,
    /// Words right before such a verb that make it an adjective, lower-case: "the newly
    /// elected parliament".
    pub elected_adjective_markers: Vec<String>,
    /// Voters and posts that are no state's, lower-case: near such a verb they make the vote
    /// a company's or a union's ("the board elected him chairman").
    pub private_electorates: Vec<String>,
    /// Words that end a count of time back from the article's date, lower-case: "a week ago".
    pub ago: Vec<String>,
    /// Words that open an apposition naming the event of the clause before, lower-case: "met
    /// Kim on Wednesday, his first visit to the North".
    pub apposition_openers: Vec<String>,
    /// Words after "the" that rank an apposition's event among others of its kind, lower-case
    /// ("the first such visit", "the deadliest attack"): it is the clause before's, no older one.
    pub ranking_words: Vec<String>,
    /// Words in "-ing" that open no participle's clause, lower-case ("including").
    pub not_participles: Vec<String>,
    /// Past participles not in "-ed", lower-case ("chosen"): one may open an aside after a
    /// subject ("Tuvalu's new Prime Minister, chosen by his fellow MPs, arrives").
    pub irregular_participles: Vec<String>,
    /// Lower-case visit triggers of being carried somewhere ("took him to"): a visit only
    /// after one of `journey_nouns` ("a trip that took him to Hanoi").
    pub carried_to: Vec<String>,
    pub journey_nouns: Vec<String>,
    /// Lower-case plural pronouns and numbers a subject may end on ("they", "two").
    pub plural_subjects: Vec<String>,
    /// Lower-case words in "-s" that are no plural nouns ("this", "perhaps").
    pub not_plural_nouns: Vec<String>,
    /// Words of winning a vote, lower-case ("won"): who wins is who was elected.
    pub winning: Vec<String>,
    /// Roles that name whoever won the election, lower-case, after "the" ("the winner").
    pub elect_roles: Vec<String>,
    /// Results a few words before an election that say it is over, lower-case ("victory in
    /// Sunday's runoff"), and the hedges that make them a hope ("expected to win").
    pub results: Vec<String>,
    pub result_hedges: Vec<String>,
    /// Words a few words before a date an event was once set for, lower-case: "originally
    /// scheduled for March", "postponed from Tuesday".
    pub former_plans: Vec<String>,
    /// Verbs that open triggers and neither end in "-ed" nor are nouns, lower-case: "the
    /// minister flew to Oslo" reports a visit, it does not name one already known.
    pub irregular_verbs: Vec<String>,
    /// Past forms not in "-ed" that make a planned event's weekday the last one.
    pub past_forms: Vec<String>,
    /// Words after a length of time that count it back from the date of the rest of the
    /// sentence to the event named next ("a day after the two met"), or on
    /// ("two days before the summit"), lower-case.
    pub interval_after: Vec<String>,
    pub interval_before: Vec<String>,
    /// Days named from an event the article dated, lower-case: "on the eve of the vote" (the
    /// day before its first), "the morning after polls closed" (the day after its last), "the
    /// first day of voting", "the last day of the summit".
    pub event_day_before: Vec<String>,
    pub event_day_after: Vec<String>,
    pub event_first_day: Vec<String>,
    pub event_last_day: Vec<String>,
    /// Hours from an event dated before, its (last) day: "within an hour of the bombing".
    pub event_same_day: Vec<String>,
    /// All five, in one automaton: most sentences have none, and are passed over in one scan.
    pub event_days: WordList,
    /// Verbs after a referred event that count from its first day ("polls opened") or its
    /// last ("polls closed"), lower-case.
    pub opening_verbs: Vec<String>,
    pub closing_verbs: Vec<String>,
    /// Words before a length that an event dated on its first day lasted, lower-case: "opened
    /// on Sunday and ran for seven days".
    pub lasting: Vec<String>,
    /// Words, lower-case, that name an event of a kind when something is dated from it, and
    /// the kind: "polls" (an election).
    pub referred_by: Vec<(String, EventKind)>,
    /// Acts of agreeing to an event, lower-case: "agreed to a meeting earlier this week".
    pub plan_acts: WordList,
    /// Verbs of leaving or being shut out of an event, lower-case: "expelled from peace
    /// talks on Feb. 20" dates the expulsion.
    pub exit_verbs: WordList,
    /// Words of inviting, lower-case: whoever invites someone to visit is not the visitor.
    pub inviting: Vec<String>,
    /// Ordinal words from "first" up, lower-case: "the second day of an offensive".
    pub ordinals: Vec<String>,
    /// Words between an ordinal and "day" that keep a count running, lower-case: "for a
    /// 40th straight day".
    pub running_days: Vec<String>,
    /// What is published, lower-case: the date after "an article on" is the day it came out.
    pub publications: Vec<String>,
    /// Words of remembering, lower-case: "the 39th anniversary of the invasion".
    pub remembering: Vec<String>,
    /// Words naming the press, lower-case: "spoke to reporters by phone" is an interview.
    pub press_words: Vec<String>,
    /// Phrases whose subject made the strike after them ("claimed responsibility for").
    pub claiming: Vec<String>,
    /// Light verbs whose subject made the strike they name ("carried out air raids").
    pub making: Vec<String>,
    /// The most words in one of `making`.
    pub making_words: usize,
    /// Words that may stand between a verb of `making` and its strike ("a second day of").
    pub making_modifiers: Vec<String>,
    /// Verbs of winning an election, lower-case ("won", "re-elected"): whose election it was.
    pub winning_office: Vec<String>,
    /// Words that put one event before or after another, lower-case ("after").
    pub sequence: Vec<String>,
    /// Rounds of talks or of voting, lower-case ("first round"): of the kind reported before.
    pub rounds: Vec<String>,
    /// Words after a round that make it a round of voting, lower-case ("the first round of
    /// the presidential election").
    pub rounds_of_voting: Vec<String>,
    /// Words of a vote's count in a round's sentence, which make it a round of voting ("left
    /// the opposition candidate four points ahead").
    pub votes_counted: WordList,
    /// Verbs of talking with someone, lower-case ("spoke with"): calls in an article of calls.
    pub talking_with: Vec<String>,
    /// Words that date a talk to a day ("today", "on Saturday"), and words that put two
    /// people in one place ("met", "at the"), as a `WordList` each: a dated talk with someone,
    /// and no one place, is a call.
    pub dated_talk: WordList,
    pub in_person: WordList,
    /// "spoke to", "talked to": a call in an article of calls when a named or titled person
    /// is spoken to (not "the crowd", "students", "him").
    pub talking_to: Vec<String>,
    /// Verbs of voting that are an election when a people votes, lower-case ("voted").
    pub people_voting: Vec<String>,
    /// Aircraft and missiles named by their type, as written ("Tornados", "CF-18s"): armed
    /// agents of a strike, like `agents`.
    pub arms_by_name: Vec<String>,
    /// Strike triggers that are a strike only with a state named right before them,
    /// lower-case ("raid": "a US raid", not "a police raid").
    pub state_made: Vec<String>,
    /// Bodies that are their leaders' gathering too, lower-case ("european council").
    pub gathering_bodies: Vec<String>,
    /// Words right before such a body that make it its gathering, lower-case ("for the",
    /// "on the margins of the").
    pub gathering_frames: Vec<String>,
    /// What follows a country that names a ship's flag, lower-case ("-flagged").
    pub flag_words: Vec<String>,
    /// Targets that lie beyond an armed group's own country: "a tanker", "the embassy".
    pub targets_abroad: Vec<String>,
    /// Verbs of answering a strike with another, lower-case ("answered with").
    pub responding: Vec<String>,
    /// Verbs of firing or downing whose subject may be a state or group of the gazetteer, lower-case ("fired at", "shot down").
    pub named_agent_verbs: Vec<String>,
    /// Verbs of striking whose object may name the armed side hit, lower-case ("struck").
    pub object_aimed_verbs: Vec<String>,
    /// What of an armed group a strike hits, lower-case ("targets", "positions").
    pub aimed_at: Vec<String>,
    /// What of a state's forces a strike hits, lower-case ("positions", "troops").
    pub aimed_at_forces: Vec<String>,
    /// Words between the side and what of it was hit: "Pakistani air bases".
    pub aimed_kinds: Vec<String>,
    /// Words of number between such a verb and its object, lower-case ("some", "than").
    pub aimed_counts: Vec<String>,
    /// Verbs of killing whose object may name the side a strike hit, lower-case ("killed").
    pub killing_verbs: Vec<String>,
    /// An armed group's people such a verb kills, lower-case ("fighters", "commander").
    pub killed_members: Vec<String>,
    /// Strike triggers that may be said, not fought, lower-case ("attacked").
    pub verbal_verbs: Vec<String>,
    /// Subjects that attack with words, lower-case ("critics", "nationalists").
    pub verbal_subjects: Vec<String>,
    /// Heads of an object attacked with words, lower-case ("statement", "record").
    pub verbal_objects: Vec<String>,
    /// Things of nature or illness that attack in a figure of speech, lower-case ("storm").
    pub natural_subjects: Vec<String>,
    /// Words that open an inverted conditional when they open a sentence, lower-case ("Had
    /// Rome invited them to talks, ..."): what the clause tells did not happen.
    pub inverted_conditionals: Vec<String>,
    /// Common nouns, lower-case, that attack with arms though they are no `agents` of
    /// `agent_verbs` ("terrorists attacked"): no common noun attacking in words.
    pub armed_subjects: Vec<String>,
    /// Words between two dates after a call or meeting that date one each, lower-case
    /// ("and again", "and with").
    pub repeating: Vec<String>,
    /// Weapons named as things tested or built, lower-case ("hydrogen bomb").
    pub weapon_things: Vec<String>,
    /// Words of the land around a mountain's summit, lower-case ("road", "snowy").
    pub landscape_words: Vec<String>,
    /// Words of a market whose peak is its summit, lower-case ("sensex", "index").
    pub market_words: Vec<String>,
    /// Words for an armed group's fighters named without it, lower-case ("rebels").
    pub armed_group_nouns: Vec<String>,
    /// Words of a state's arms before a target noun, lower-case ("army" in "an army post").
    pub state_arms: Vec<String>,
    /// Verbs of coming to know, lower-case: "learned that Elian was in Florida" tells where
    /// someone was, not of a trip.
    pub knowing_verbs: Vec<String>,
    /// Triggers that tell where an event of their kind took place, lower-case ("on the
    /// sidelines of"): after one of its kind in the sentence, the same event.
    pub settings: Vec<String>,
    /// What of a state's arms is hit, lower-case ("post" in "an army post").
    pub state_arms_targets: Vec<String>,
    /// Compound endings after a name that say where a group is from or who backs it ("-based").
    pub origin_suffixes: Vec<String>,
    /// Words of contests that are not talks or elections, lower-case ("leadership").
    pub other_contests: Vec<String>,
    /// The most words in one of `responding` (2 for "answered with").
    pub responding_words: usize,
    /// Words that name who made a strike after it, lower-case ("blamed on").
    pub blaming: Vec<String>,
    /// The most words in one of `blaming`.
    pub blaming_words: usize,
    /// Verbs whose object made a strike told near them, lower-case ("blames", "accused").
    pub blaming_verbs: Vec<String>,
    /// Lower-case words that may stand right before "called" when it is a call ("he",
    /// "later", "minister"); any capitalised word may too.
    pub callers: Vec<String>,
    /// What rings with no call, lower-case: "the bells rang", "the phone rang".
    pub not_ringers: Vec<String>,
    /// What "rang" rings with no call, lower-case: "rang the bell", "rang true", "rang my
    /// wife".
    pub not_rung: Vec<String>,
    /// What a host hosts when it is no guest's visit ("hosted several rounds of talks").
    pub hosted_gatherings: Vec<String>,
    /// Lower-case words that may stand between a subject and its verb ("Okafor had met").
    pub before_a_verb: Vec<String>,
    /// Lower-case auxiliaries that open a noun phrase's own verb right after it ("said that the
    /// summit will be held"): the noun phrase is a subject, not an object.
    pub verb_openers: Vec<String>,
    /// Head nouns that may follow a trigger that is a name before its relative clause ("the
    /// G20 summit, which opens on Friday").
    pub heads_after_names: Vec<String>,
    /// Lower-case verbs of holding talks, right before them ("held talks").
    pub holding_talks: Vec<String>,
    /// Words that may follow whom a call went to ("called Macron on Monday").
    pub after_callee: Vec<String>,
    /// Lower-case verbs of a courtesy call or a reception ("called on", "was received").
    pub courtesy: Vec<String>,
    /// Lower-case words of what one is received for ("for four hours", "for talks").
    pub reception_spans: Vec<String>,
    /// Lower-case words of how many ("more than three hundred drones").
    pub quantity_words: Vec<String>,
    /// Lower-case words of a legislature that elects ("elected by parliament").
    pub legislatures: Vec<String>,
    /// Seats of office where one is received by name alone, lower-case ("palace").
    pub reception_places: Vec<String>,
    /// Lower-case words opening a clause set at the scene of the clause before ("where").
    pub scene_openers: Vec<String>,
    /// Openings of a clause after a noun trigger's phrase that tell when the event took
    /// place, lower-case: "which resumed", "held".
    pub telling_when: Vec<String>,
    /// Words before another event's noun that set an event inside it, lower-case: "on the
    /// sidelines of", "during".
    pub frames: Vec<String>,
    /// The frames of a gathering that a dated meeting was held at, lower-case: "on the
    /// sidelines of". The gathering was on the meeting's day too (one day of it, at least).
    pub sidelines: Vec<String>,
    /// Who meets at a summit ("leaders"), and the words before them that make them many
    /// ("world", any capitalised word but a determiner: "Arab leaders").
    pub gathering_subjects: Vec<String>,
    pub gathering_modifiers: Vec<String>,
    /// Councils of leaders whose meeting is a summit, as written ("European Council").
    pub leaders_councils: Vec<String>,
    /// Openings of a sentence that turn to the country an article is written from, as
    /// written ("At home", "Closer to home").
    pub at_home: Vec<String>,
    pub not_gathering_modifiers: Vec<String>,
    /// Words that make the demonym after them a people, not a state ("ethnic").
    pub peoples: Vec<String>,
    /// Words of reacting to an event, lower-case, by their last word (letters and digits):
    /// the date of "protested on Monday against the air strikes" is the protest's.
    pub reacting: HashMap<String, Vec<String>>,
    /// References followed by a target that stand alone ("the attack on"), ASCII lower-case.
    pub targeted: std::collections::HashSet<String>,
    /// Nouns for what a strike hits or strikes with, lower-case: the country that owns one
    /// is a side ("U.S. embassies", "Israeli troops").
    pub target_nouns: std::collections::HashSet<String>,
    /// Lower-case participles of holding: "by" after one names who holds a strike's
    /// target, not who strikes ("oil fields held by Islamic State").
    pub holding_participles: Vec<String>,
    /// What a strike strikes with: its owner named before the strike made it.
    pub arms_nouns: std::collections::HashSet<String>,
    /// Visit triggers whose subject is the host and whose object the visitor.
    pub hosting: Vec<String>,
    /// A host's verbs before a visit, lower-case: their object is the visitor ("welcomed the
    /// Pope when he arrived").
    pub receiving: Vec<String>,
    /// Words of launching, lower-case: a place after one is where arms left from ("jets
    /// based in Turkey"), not where they hit.
    pub launching: std::collections::HashSet<String>,
    /// A state's armed forces named without the state, lower-case ("security forces").
    pub state_forces: Vec<String>,
    /// The most words in one of `state_forces`.
    pub state_forces_words: usize,
    /// What a strike hits that belongs to a country named before in the article ("the embassy").
    pub owned_nouns: Vec<String>,
    /// Verbs of saying, lower-case: a date right after one dates the statement.
    pub reporting_verbs: Vec<String>,
    /// Verbs of what follows an event (arrests, charges), lower-case: a date right after
    /// one is theirs, as a statement's is.
    pub follow_up_verbs: Vec<String>,
    /// The verbs and nouns of saying together, lower-case, for looking each word of a
    /// sentence up: "raised accusations that he had ..." reports, as "said that" does.
    saying_words: std::collections::HashSet<String>,
}

impl Lexicon {
    /// The country an organisation belongs to, if it belongs to one ("FBI": "United States").
    pub fn country_of_body(&self, organisation: &str) -> Option<&str> {
        self.national_bodies.get(organisation).map(String::as_str)
    }

    /// The body an office is when the article names none ("secretary-general": the United
    /// Nations), of a lower-case title.
    pub fn office_of_body(&self, title: &str) -> Option<&str> {
        self.body_offices.iter().find(|(office, _)| office == title).map(|(_, body)| body.as_str())
    }

    /// Whether a canonical name is a body of states that meets at summits ("NATO").
    pub fn is_bloc(&self, name: &str) -> bool {
        self.blocs.contains(name)
    }

    /// Whether a canonical name is a group that fights ("M23", "Hamas"), not a state's body.
    pub fn is_armed_group(&self, name: &str) -> bool {
        self.armed_groups.contains(name)
    }

    /// The country whose government an armed group fights ("Tamil Tigers": "Sri Lanka").
    pub fn homeland_of(&self, group: &str) -> Option<&str> {
        self.homelands.get(group).map(String::as_str)
    }

    /// The country a city of the gazetteer is in ("Kherson": "Ukraine").
    pub fn country_of_city(&self, city: &str) -> Option<&str> {
        self.cities.get(city).map(String::as_str)
    }

    /// The country whose ground a gazetteer name is: a country's own, a city's country's;
    /// none for a body.
    pub fn ground_of<'a>(&'a self, entity: &'a Entity) -> Option<&'a str> {
        self.ground_of_named(&entity.canonical, entity.class)
    }

    /// [`Lexicon::ground_of`] for a gazetteer name given with its class.
    pub fn ground_of_named<'a>(&'a self, canonical: &'a str, class: EntityClass) -> Option<&'a str> {
        match class {
            EntityClass::Country => Some(canonical),
            EntityClass::Place => self.country_of_city(canonical),
            EntityClass::Organisation => None,
        }
    }

    /// The country a place as written is in or stands for: a city's ("Kherson": Ukraine), or
    /// the country it names ("Washington DC": United States; "in southern Lebanon").
    pub fn country_of_place(&self, place: &str) -> Option<&str> {
        self.country_of_city(place).or_else(|| self.country_in(place))
    }

    /// The state whose head of state hosts at a retreat of the gazetteer ("Camp David":
    /// "United States").
    pub fn host_of_retreat(&self, place: &str) -> Option<&str> {
        self.retreats.get(place).map(String::as_str)
    }

    /// Whether a capitalised word is never a name's (`not_names`: "Monday", "The"), as
    /// written or as a heading in capitals writes it ("TELEPHONE CALL WITH THE PRESIDENT").
    pub fn is_not_a_name(&self, word: &str) -> bool {
        let capitals = !word.contains(char::is_lowercase);
        self.not_names.iter().any(|n| n == word || (capitals && n.eq_ignore_ascii_case(word)))
    }

    /// Whether a lower-case word is a verb or noun of saying ("said", "accusations").
    pub fn is_saying_word(&self, word: &str) -> bool {
        self.saying_words.contains(word)
    }

    pub fn english() -> &'static Lexicon {
        static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEXICON.get_or_init(|| {
            // The embedded files are tested to load; this cannot fail in a released build.
            Lexicon::parse(EVENTS, GAZETTEER).expect("embedded event lexicon and gazetteer load")
        })
    }

    pub fn parse(events: &str, gazetteer: &str) -> Result<Lexicon, String> {
        let events: EventsFile = toml::from_str(events).map_err(|e| format!("event lexicon: {e}"))?;
        let gazetteer: GazetteerFile = toml::from_str(gazetteer).map_err(|e| format!("gazetteer: {e}"))?;
        if let Some((plural, member)) = gazetteer.pairs.iter().find_map(|(plural, members)| {
            members.iter().find(|m| !gazetteer.countries.contains_key(*m)).map(|m| (plural, m))
        }) {
            return Err(format!("gazetteer: pair \"{plural}\" names \"{member}\", which is no country"));
        }
        if let Some(name) = gazetteer.predecessors.iter().find_map(|(successor, before)| {
            [successor, &before.state]
                .into_iter()
                .find(|n| !gazetteer.countries.contains_key(*n) && !gazetteer.organisations.contains_key(*n))
        }) {
            return Err(format!(
                "gazetteer: predecessor entry names \"{name}\", which is no country or body"
            ));
        }
        let mut phrases = Vec::new();
        let mut cue_meaning = Vec::new();
        let mut labels = HashMap::new();
        let mut suppressed_by = HashMap::new();
        let mut not_after = HashMap::new();
        let mut not_before = HashMap::new();
        let mut need_a_traveller = std::collections::HashSet::new();
        let mut need_a_named_traveller = std::collections::HashSet::new();
        let mut by_video = Vec::new();
        let mut not_business = Vec::new();
        let mut agents = HashMap::new();
        let mut agent_modifiers = HashMap::new();
        let mut qualified_agents = HashMap::new();
        let mut need_a_party = HashMap::new();
        let mut business_look_alikes = HashMap::new();
        let mut completed_verbs = HashMap::new();
        let mut completing_words = HashMap::new();
        let mut references = std::collections::HashSet::new();
        let mut heads = std::collections::HashSet::new();
        let mut sequels = std::collections::HashSet::new();
        let mut anaphors = std::collections::HashSet::new();
        let mut trigger_phrases = std::collections::HashSet::new();
        let mut targeted = std::collections::HashSet::new();
        let event_days = WordList::any_case(
            [
                &events.grammar.event_day_before,
                &events.grammar.event_day_after,
                &events.grammar.event_first_day,
                &events.grammar.event_last_day,
                &events.grammar.event_same_day,
            ]
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
        )?;
        let mut referred_by = Vec::new();
        for (name, spec) in &events.kinds {
            let kind =
                EventKind::parse(name).ok_or_else(|| format!("event lexicon: unknown kind '{name}'"))?;
            labels.insert(kind, spec.label.clone());
            referred_by.extend(spec.referred_by.iter().map(|w| (w.to_lowercase(), kind)));
            let mut suppressors = Vec::new();
            for s in &spec.suppressed_by {
                suppressors
                    .push(EventKind::parse(s).ok_or_else(|| format!("event lexicon: unknown kind '{s}'"))?);
            }
            suppressed_by.insert(kind, suppressors);
            not_after.insert(kind, lower(spec.not_after.clone()));
            not_before.insert(kind, lower(spec.not_before.clone()));
            need_a_traveller.extend(lower(spec.need_a_traveller.clone()));
            need_a_named_traveller.extend(lower(spec.need_a_named_traveller.clone()));
            by_video.extend(lower(spec.by_video.clone()));
            if spec.not_business {
                not_business.push(kind);
            }
            need_a_party.insert(kind, lower(spec.need_a_party.clone()));
            business_look_alikes.insert(kind, lower(spec.business_look_alikes.clone()));
            completed_verbs.insert(kind, lower(spec.completed_verbs.clone()));
            completing_words.insert(kind, spec.completing_words);
            trigger_phrases.extend(spec.triggers.iter().map(|t| t.to_lowercase()));
            for t in &spec.triggers {
                phrases.push(t.clone());
                cue_meaning.push(Cue::Trigger(kind));
                // `carried out a "massive strike" on`: a quote closed inside a trigger of
                // several words does not break it.
                for (space, _) in t.match_indices(' ') {
                    for quote in CLOSING_QUOTES {
                        phrases.push(format!("{}{quote}{}", &t[..space], &t[space..]));
                        cue_meaning.push(Cue::Trigger(kind));
                    }
                }
            }
            for c in &spec.completing {
                phrases.push(c.clone());
                cue_meaning.push(Cue::Completion(kind));
            }
            // "Saturday's attack by al-Shabaab", "the attack by the West Papua National
            // Liberation Army on a post": an armed group of the gazetteer completes an attack as
            // armed forces do.
            if kind == EventKind::Strike {
                for group in &gazetteer.armed_groups.names {
                    let aliases = gazetteer.organisations.get(group).into_iter().flatten();
                    for name in std::iter::once(group).chain(aliases) {
                        phrases.push(name.clone());
                        cue_meaning.push(Cue::GroupCompletion(kind));
                    }
                }
            }
            for v in &spec.agent_verbs {
                phrases.push(v.clone());
                cue_meaning.push(Cue::Agented(kind));
            }
            agents.insert(kind, spec.agents.iter().map(|a| a.to_lowercase()).collect());
            agent_modifiers.insert(kind, lower(spec.agent_modifiers.clone()));
            qualified_agents
                .insert(kind, (lower(spec.qualified_agents.clone()), lower(spec.agent_qualifiers.clone())));
            // Lower-cased as the cue automaton's phrases are: `find_cues` looks them up in the
            // article's lower-case copy.
            targeted.extend(spec.targeted.iter().map(|t| t.to_ascii_lowercase()));
            for a in spec.anaphors.iter().chain(&spec.references).chain(&spec.targeted) {
                phrases.push(a.clone());
                cue_meaning.push(Cue::Anaphor(kind));
            }
            for h in &spec.heads {
                phrases.push(h.clone());
                cue_meaning.push(Cue::Head(kind));
            }
            for q in &spec.sequels {
                phrases.push(q.clone());
                cue_meaning.push(Cue::Sequel(kind));
                sequels.insert(q.to_lowercase());
            }
            references.extend(spec.references.iter().map(|r| r.to_lowercase()));
            heads.extend(spec.heads.iter().map(|h| h.to_lowercase()));
            anaphors.extend(spec.anaphors.iter().map(|a| a.to_lowercase()));
        }
        for x in &events.exclusions.phrases {
            phrases.push(x.clone());
            cue_meaning.push(Cue::Exclusion);
        }
        // Both big automata scan every article (the gazetteer every clause, too), so they are
        // built once as DFAs, which search faster than the NFAs chosen by default for this many
        // patterns; the matches are the same. The cues are matched against the article in
        // ASCII lower case (see `find_cues`), not with a case-insensitive automaton: its table
        // is half the size (2.4 MB instead of 4.7), and a search through it waits on memory at
        // every byte, so extraction ran 3-4% faster.
        let cues = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(phrases.iter().map(|p| p.to_ascii_lowercase()))
            .map_err(|e| format!("event lexicon: {e}"))?;

        let mut names = Vec::new();
        let mut entity_meaning = Vec::new();
        let mut add = |canonical: &str, aliases: &[String], class: EntityClass| {
            for alias in std::iter::once(canonical).chain(aliases.iter().map(String::as_str)) {
                names.push(alias.to_owned());
                entity_meaning.push(Entity { canonical: canonical.to_owned(), class });
            }
        };
        for (canonical, aliases) in &gazetteer.countries {
            add(canonical, aliases, EntityClass::Country);
        }
        for (canonical, aliases) in &gazetteer.organisations {
            add(canonical, aliases, EntityClass::Organisation);
        }
        let mut body_name_ends: HashMap<String, std::collections::HashSet<String>> = HashMap::new();
        for (canonical, aliases) in &gazetteer.organisations {
            if gazetteer.armed_groups.names.contains(canonical) {
                continue;
            }
            for name in std::iter::once(canonical).chain(aliases) {
                let Some((_, last)) = name.rsplit_once(' ') else { continue };
                if last.starts_with(|c: char| c.is_uppercase())
                    && last.chars().skip(1).all(char::is_lowercase)
                    && last.len() > 2
                {
                    body_name_ends.entry(last.to_owned()).or_default().insert(canonical.clone());
                }
            }
        }
        let mut place_names: std::collections::HashSet<String> =
            gazetteer.places.names.iter().cloned().collect();
        // Cities in sorted order, so the automaton is the same from run to run.
        let mut cities: Vec<&String> =
            gazetteer.cities.keys().filter(|c| !place_names.contains(*c)).collect();
        cities.sort();
        for place in gazetteer.places.names.iter().chain(cities) {
            // A place that is also a country alias stays a country: the class decides role.
            names.push(place.clone());
            entity_meaning.push(Entity { canonical: place.clone(), class: EntityClass::Place });
        }
        place_names.extend(gazetteer.cities.keys().cloned());
        let entities = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&names)
            .map_err(|e| format!("gazetteer: {e}"))?;
        // Transcripts write "secretary of state Madeleine Albright"; a title still needs a
        // capitalised name after it.
        let title_words =
            events.people.titles.iter().filter(|t| !t.contains(' ')).map(|t| t.to_lowercase()).collect();
        let titles = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&events.people.titles)
            .map_err(|e| format!("titles: {e}"))?;
        let status = StatusCues {
            planned: WordList::new(events.status.planned)?,
            planned_after: WordList::new(events.status.planned_after)?,
            unreal_after: lower(events.status.unreal_after),
            unreal: WordList::new(events.status.unreal)?,
            unreal_object: lower(events.status.unreal_object),
            negation: lower(events.status.negation),
            scene: lower(events.status.scene),
            cancelled: WordList::new(events.status.cancelled)?,
            put_off: WordList::new(events.status.put_off)?,
            moved_to: WordList::new(events.status.moved_to)?,
            ongoing: WordList::new(events.status.ongoing)?,
            question_openers: lower(events.status.question_openers),
            condition_openers: lower(events.status.condition_openers),
        };
        let saying_words =
            lower(events.reporting.verbs.clone()).into_iter().chain(lower(events.reporting.nouns)).collect();
        Ok(Lexicon {
            cues,
            cue_meaning,
            labels,
            suppressed_by,
            not_after,
            not_before,
            need_a_traveller,
            need_a_named_traveller,
            by_video,
            agents,
            agent_modifiers,
            qualified_agents,
            not_business,
            business_words: events.grammar.business_words.into_iter().collect(),
            market_targets: lower(events.grammar.market_targets),
            sports_words: events.grammar.sports_words,
            sports_look_alikes: lower(events.grammar.sports_look_alikes),
            purpose_verbs: lower(events.grammar.purpose_verbs),
            separately: lower(events.grammar.separately),
            subjects: lower(events.grammar.subjects),
            date_prepositions: lower(events.grammar.date_prepositions),
            place_prepositions: events.grammar.place_prepositions.into_iter().collect(),
            title_words,
            need_a_party,
            business_look_alikes,
            completed_verbs,
            completing_words,
            references,
            heads,
            sequels,
            trigger_phrases,
            anaphors,
            status,
            entities,
            canonical_classes: {
                // The first meaning of a name is its class, as `find` gave it.
                let mut classes = HashMap::new();
                for e in &entity_meaning {
                    classes.entry(e.canonical.clone()).or_insert(e.class);
                }
                classes
            },
            entity_meaning,
            place_names,
            national_bodies: gazetteer.national_bodies,
            blocs: gazetteer.blocs.names.into_iter().collect(),
            armed_groups: gazetteer.armed_groups.names.into_iter().collect(),
            body_anaphors: gazetteer.anaphors,
            body_name_ends,
            body_heads: events.people.body_heads,
            homelands: gazetteer.homelands,
            cities: gazetteer.cities,
            retreats: gazetteer.retreats,
            predecessors: gazetteer.predecessors,
            country_pairs: {
                let mut pairs: Vec<(String, Vec<String>)> = gazetteer.pairs.into_iter().collect();
                pairs.sort();
                pairs
                    .into_iter()
                    .map(|(plural, members)| {
                        (memchr::memmem::Finder::new(plural.as_bytes()).into_owned(), members)
                    })
                    .collect()
            },
            titles,
            not_names: events.people.not_names,
            generic_roles: lower(events.people.generic_roles),
            heads_of_state: lower(events.people.heads_of_state),
            state_head_titles: lower(events.people.state_head_titles),
            home_offices: lower(events.people.home_offices),
            home_ministers: lower(events.people.home_ministers),
            royal_addresses: lower(events.people.royal_addresses),
            standing_verbs: lower(events.people.standing_verbs),
            title_ranks: lower(events.people.title_ranks),
            other_office_words: lower(events.people.other_office_words),
            body_offices: events
                .people
                .body_offices
                .into_iter()
                .map(|(o, b)| (o.to_lowercase(), b))
                .collect(),
            role_adjectives: lower(events.people.role_adjectives),
            honorifics: events.people.honorifics,
            state_words: events.people.state_words,
            plural_sides: lower(events.people.plural_sides),
            sides_met: lower(events.people.sides_met),
            given_name_titles: lower(events.people.given_name_titles),
            kin: lower(events.people.kin),
            not_in_untitled_names: events.people.not_in_untitled_names.into_iter().collect(),
            place_ends: events.people.place_ends,
            not_nouns: events.grammar.not_nouns.into_iter().collect(),
            place_nouns: events.grammar.place_nouns.into_iter().collect(),
            numbers: lower(events.grammar.numbers),
            ending: lower(events.grammar.ending),
            overnight: lower(events.grammar.overnight),
            departures: lower(events.grammar.departures),
            returning: lower(events.grammar.returning),
            ended_in_relative: lower(events.grammar.ended_in_relative),
            opened_in_relative: lower(events.grammar.opened_in_relative),
            signing_verbs: lower(events.grammar.signing_verbs),
            headline_subject_words: lower(events.grammar.headline_subject_words),
            headline_after_place: lower(events.grammar.headline_after_place),
            headline_slugs: lower(events.grammar.headline_slugs),
            headline_titles: events.grammar.headline_titles,
            headline_openers: events.grammar.headline_openers,
            staying_now: lower(events.grammar.staying_now),
            seats_of_government: lower(events.grammar.seats_of_government),
            staying_then: lower(events.grammar.staying_then),
            signed_documents: lower(events.grammar.signed_documents),
            signed_document_words: events.grammar.signed_document_words,
            signing_references: lower(events.grammar.signing_references),
            next_day: lower(events.grammar.next_day),
            eve: WordList::new(events.grammar.eve)?,
            eve_today: WordList::new(events.grammar.eve_today)?,
            interval_units: lower(events.grammar.interval_units),
            same_day_units: lower(events.grammar.same_day_units),
            later: lower(events.grammar.later),
            range_fillers: lower(events.grammar.range_fillers),
            closing_dates: lower(events.grammar.closing_dates),
            opening_dates: lower(events.grammar.opening_dates),
            resuming: lower(events.grammar.resuming),
            relative_pronouns: lower(events.grammar.relative_pronouns),
            weekdays: lower(events.grammar.weekdays),
            weekday_abbreviations: events.grammar.weekday_abbreviations,
            elected_verbs: lower(events.grammar.elected_verbs),
            date_openers: lower(events.grammar.date_openers),
            elected_adjective_markers: lower(events.grammar.elected_adjective_markers),
            private_electorates: lower(events.grammar.private_electorates),
            ago: lower(events.grammar.ago),
            apposition_openers: lower(events.grammar.apposition_openers),
            ranking_words: lower(events.grammar.ranking_words),
            not_participles: lower(events.grammar.not_participles),
            irregular_participles: lower(events.grammar.irregular_participles),
            plural_subjects: lower(events.grammar.plural_subjects),
            carried_to: lower(events.grammar.carried_to),
            journey_nouns: lower(events.grammar.journey_nouns),
            not_plural_nouns: lower(events.grammar.not_plural_nouns),
            winning: lower(events.grammar.winning),
            elect_roles: lower(events.grammar.elect_roles),
            results: lower(events.grammar.results),
            result_hedges: lower(events.grammar.result_hedges),
            former_plans: lower(events.grammar.former_plans),
            irregular_verbs: lower(events.grammar.irregular_verbs),
            past_forms: lower(events.grammar.past_forms),
            interval_after: lower(events.grammar.interval_after),
            interval_before: lower(events.grammar.interval_before),
            event_day_before: lower(events.grammar.event_day_before),
            event_day_after: lower(events.grammar.event_day_after),
            event_first_day: lower(events.grammar.event_first_day),
            event_last_day: lower(events.grammar.event_last_day),
            event_same_day: lower(events.grammar.event_same_day),
            event_days,
            opening_verbs: lower(events.grammar.opening_verbs),
            closing_verbs: lower(events.grammar.closing_verbs),
            lasting: lower(events.grammar.lasting),
            referred_by,
            plan_acts: WordList::new(events.grammar.plan_acts)?,
            exit_verbs: WordList::new(events.grammar.exit_verbs)?,
            inviting: lower(events.grammar.inviting),
            ordinals: lower(events.grammar.ordinals),
            running_days: lower(events.grammar.running_days),
            publications: lower(events.grammar.publications),
            remembering: lower(events.grammar.remembering),
            press_words: lower(events.grammar.press_words),
            claiming: lower(events.grammar.claiming),
            making_words: most_words(&events.grammar.making),
            making: lower(events.grammar.making),
            making_modifiers: lower(events.grammar.making_modifiers),
            winning_office: lower(events.grammar.winning_office),
            sequence: lower(events.grammar.sequence),
            rounds: lower(events.grammar.rounds),
            rounds_of_voting: lower(events.grammar.rounds_of_voting),
            votes_counted: WordList::new(events.grammar.votes_counted)?,
            talking_with: lower(events.grammar.talking_with),
            dated_talk: WordList::new(events.grammar.dated_talk)?,
            in_person: WordList::new(events.grammar.in_person)?,
            talking_to: lower(events.grammar.talking_to),
            people_voting: lower(events.grammar.people_voting),
            gathering_bodies: lower(events.grammar.gathering_bodies),
            state_made: lower(events.grammar.state_made),
            arms_by_name: events.grammar.arms_by_name,
            gathering_frames: lower(events.grammar.gathering_frames),
            flag_words: lower(events.grammar.flag_words),
            targets_abroad: lower(events.grammar.targets_abroad),
            responding_words: most_words(&events.grammar.responding),
            responding: lower(events.grammar.responding),
            named_agent_verbs: lower(events.grammar.named_agent_verbs),
            object_aimed_verbs: lower(events.grammar.object_aimed_verbs),
            aimed_at: lower(events.grammar.aimed_at),
            aimed_at_forces: lower(events.grammar.aimed_at_forces),
            aimed_counts: lower(events.grammar.aimed_counts),
            aimed_kinds: lower(events.grammar.aimed_kinds),
            killing_verbs: lower(events.grammar.killing_verbs),
            killed_members: lower(events.grammar.killed_members),
            verbal_verbs: lower(events.grammar.verbal_verbs),
            verbal_subjects: lower(events.grammar.verbal_subjects),
            verbal_objects: lower(events.grammar.verbal_objects),
            natural_subjects: lower(events.grammar.natural_subjects),
            inverted_conditionals: lower(events.grammar.inverted_conditionals),
            armed_subjects: lower(events.grammar.armed_subjects),
            repeating: lower(events.grammar.repeating),
            weapon_things: lower(events.grammar.weapon_things),
            landscape_words: lower(events.grammar.landscape_words),
            market_words: lower(events.grammar.market_words),
            armed_group_nouns: lower(events.grammar.armed_group_nouns),
            state_arms: lower(events.grammar.state_arms),
            knowing_verbs: lower(events.grammar.knowing_verbs),
            settings: lower(events.grammar.settings),
            state_arms_targets: lower(events.grammar.state_arms_targets),
            origin_suffixes: lower(events.grammar.origin_suffixes),
            other_contests: lower(events.grammar.other_contests),
            blaming_words: most_words(&events.grammar.blaming),
            blaming: lower(events.grammar.blaming),
            blaming_verbs: lower(events.grammar.blaming_verbs),
            callers: lower(events.grammar.callers),
            not_ringers: lower(events.grammar.not_ringers),
            not_rung: lower(events.grammar.not_rung),
            hosted_gatherings: lower(events.grammar.hosted_gatherings),
            before_a_verb: lower(events.grammar.before_a_verb),
            verb_openers: lower(events.grammar.verb_openers),
            heads_after_names: lower(events.grammar.heads_after_names),
            holding_talks: lower(events.grammar.holding_talks),
            after_callee: lower(events.grammar.after_callee),
            courtesy: lower(events.grammar.courtesy),
            reception_spans: lower(events.grammar.reception_spans),
            quantity_words: lower(events.grammar.quantity_words),
            legislatures: lower(events.grammar.legislatures),
            reception_places: lower(events.grammar.reception_places),
            scene_openers: lower(events.grammar.scene_openers),
            telling_when: lower(events.grammar.telling_when),
            frames: lower(events.grammar.frames),
            sidelines: lower(events.grammar.sidelines),
            gathering_subjects: events.grammar.gathering_subjects,
            gathering_modifiers: events.grammar.gathering_modifiers,
            leaders_councils: events.grammar.leaders_councils,
            at_home: events.grammar.at_home,
            not_gathering_modifiers: events.grammar.not_gathering_modifiers,
            peoples: lower(events.grammar.peoples),
            reacting: by_last_word(lower(events.grammar.reacting)),
            targeted,
            target_nouns: lower(events.grammar.target_nouns).into_iter().collect(),
            arms_nouns: lower(events.grammar.arms_nouns).into_iter().collect(),
            holding_participles: lower(events.grammar.holding_participles),
            hosting: lower(events.grammar.hosting),
            receiving: lower(events.grammar.receiving),
            launching: lower(events.grammar.launching).into_iter().collect(),
            state_forces_words: most_words(&events.grammar.state_forces),
            state_forces: lower(events.grammar.state_forces),
            owned_nouns: lower(events.grammar.owned_nouns),
            adjective_triggers: lower(events.grammar.adjective_triggers),
            meeting_verbs: lower(events.grammar.meeting_verbs),
            seeing_verbs: lower(events.grammar.seeing_verbs),
            seen_in_office: lower(events.grammar.seen_in_office),
            sitting_bodies: lower(events.grammar.sitting_bodies),
            need_a_place: lower(events.grammar.need_a_place),
            being_in: lower(events.grammar.being_in),
            coming_to: lower(events.grammar.coming_to),
            coming_for: events.grammar.coming_for,
            arriving: lower(events.grammar.arriving),
            arrival_times: lower(events.grammar.arrival_times),
            spending: lower(events.grammar.spending),
            attending: lower(events.grammar.attending),
            attended_gatherings: lower(events.grammar.attended_gatherings),
            spent_times: lower(events.grammar.spent_times),
            negotiating_sides: lower(events.grammar.negotiating_sides),
            calls_together: lower(events.grammar.calls_together),
            calling_verbs: lower(events.grammar.calling_verbs),
            brokering: lower(events.grammar.brokering),
            joining_remotely: lower(events.grammar.joining_remotely),
            gatherings_joined: lower(events.grammar.gatherings_joined),
            two_sides: lower(events.grammar.two_sides),
            people_nouns: events.grammar.people_nouns.into_iter().collect(),
            reporting_verbs: lower(events.reporting.verbs),
            follow_up_verbs: lower(events.reporting.follow_up),
            saying_words,
        })
    }

    /// Whether a visit trigger as written is said of the host ("hosted", "will host").
    pub fn is_hosting(&self, written: &str) -> bool {
        self.hosting.iter().any(|h| written.eq_ignore_ascii_case(h))
    }

    /// Whether a meeting trigger as written is a verb of signing ("signed").
    pub fn is_signing(&self, written: &str) -> bool {
        self.signing_verbs.iter().any(|v| written.eq_ignore_ascii_case(v))
    }

    /// Where a signed document (`signed_documents`) stands among the first few words of what
    /// follows a verb of signing ("signed two protocols", "signed a memorandum"), by word.
    pub fn document_signed_after(&self, after: &str) -> Option<usize> {
        after
            .split_whitespace()
            .take(self.signed_document_words)
            .position(|w| self.signed_documents.contains(&bare_lower(w)))
    }

    /// Whether a trigger as written is a verb of a courtesy call or a reception ("was
    /// received", "called on").
    pub fn is_courtesy(&self, written: &str) -> bool {
        self.courtesy.iter().any(|c| written.eq_ignore_ascii_case(c))
    }

    /// Whether the words before an "each", last first, end a plural subject it shares a verb
    /// out among: "the two Presidents each flew in", "they each met him" (a plural pronoun or
    /// number of the lexicon, or a noun in "-s" that is none of its words of other kinds: not
    /// "was each"), "Chirac and Kohl each" (names joined by "and", no comma or verb between).
    pub fn shares_out(&self, words_before: &[&str]) -> bool {
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let Some(last) = words_before.first().map(|w| bare(w)) else { return false };
        if self.plural_subjects.contains(&last)
            || (last.len() > 3
                && last.ends_with('s')
                && !last.ends_with("ss")
                && !self.not_plural_nouns.contains(&last))
        {
            return true;
        }
        // ("The Russian President and the Indian Prime Minister each": capitalised words,
        // "the" and "and" only.)
        let subject: Vec<&str> = words_before
            .iter()
            .copied()
            .take_while(|w| {
                !w.ends_with([',', ';', ':'])
                    && (w.starts_with(char::is_uppercase) || matches!(*w, "the" | "and"))
            })
            .collect();
        subject.contains(&"and") && words_before[0].starts_with(char::is_uppercase)
    }

    /// True when `name` is a country or organisation of the gazetteer, not a person.
    pub fn is_group(&self, name: &str) -> bool {
        self.class_of(name).is_some_and(|class| class != EntityClass::Place)
    }

    /// What the gazetteer says a canonical name is; `None` for people and anything unknown.
    pub fn class_of(&self, name: &str) -> Option<EntityClass> {
        self.canonical_classes.get(name).copied()
    }

    /// Whether an anaphor names an event even with none of its kind before it ("The summit
    /// was cancelled"); "that event", "the gathering" and a noun with modifiers ("the
    /// almost simultaneous attacks") only ever refer back.
    pub fn stands_alone(&self, anaphor: &str) -> bool {
        let anaphor = anaphor.to_lowercase();
        if self.trigger_phrases.contains(&anaphor) {
            return true;
        }
        let head = anaphor.split_whitespace().last().is_some_and(|w| self.heads.contains(w));
        let modified_head = head && !self.anaphors.contains(&anaphor);
        !self.references.contains(&anaphor) && !modified_head
    }

    /// What the gazetteer names by the whole of `phrase` ("Washington", "Sri Lanka"): none
    /// when the phrase only holds a name among other words.
    pub fn entity_named(&self, phrase: &str) -> Option<&Entity> {
        super::whole_words(&self.entities, phrase)
            .next()
            .filter(|m| m.range() == (0..phrase.len()))
            .map(|m| &self.entity_meaning[m.pattern().as_usize()])
    }

    /// What the gazetteer names by the words `text` opens with ("Kampala and" -> Uganda), and
    /// where that name ends.
    pub fn entity_opening(&self, text: &str) -> Option<(&Entity, usize)> {
        super::whole_words(&self.entities, text)
            .next()
            .filter(|m| m.start() == 0)
            .map(|m| (&self.entity_meaning[m.pattern().as_usize()], m.end()))
    }

    /// The country a place is in or stands for, when the gazetteer says: "Washington DC"
    /// is in the United States, "Yerevan" in Armenia; "Geneva" is in none it knows.
    pub fn country_in(&self, place: &str) -> Option<&str> {
        super::whole_words(&self.entities, place).find_map(|m| {
            let entity = &self.entity_meaning[m.pattern().as_usize()];
            (entity.class == EntityClass::Country).then_some(entity.canonical.as_str())
        })
    }

    pub fn label(&self, kind: EventKind) -> &str {
        self.labels.get(&kind).map(String::as_str).unwrap_or("Event")
    }
}

/// Closing quotes as news text writes them: straight, TeX-style ('' in wire copy) and curly.
const CLOSING_QUOTES: &[&str] = &["\"", "''", "\u{201d}"];

/// Phrases by their last word.
fn by_last_word(phrases: Vec<String>) -> HashMap<String, Vec<String>> {
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    for phrase in phrases {
        let last = phrase.split_whitespace().next_back().unwrap_or("").to_owned();
        map.entry(last).or_default().push(phrase);
    }
    map
}

/// The most words in one of `phrases`.
fn most_words(phrases: &[String]) -> usize {
    phrases.iter().map(|p| p.split_whitespace().count()).max().unwrap_or(0)
}

fn lower(words: Vec<String>) -> Vec<String> {
    words.into_iter().map(|w| w.to_lowercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_lexicon_and_gazetteer_load() {
        let lexicon = Lexicon::parse(EVENTS, GAZETTEER).expect("loads");
        assert_eq!(lexicon.label(EventKind::Call), "Phone call");
        let kremlin = lexicon.entities.find("the Kremlin said").expect("found");
        assert_eq!(lexicon.entity_meaning[kremlin.pattern().as_usize()].canonical, "Russia");
        // Seats of government stand for their states, as the Kremlin does.
        for (seat, country) in [
            ("the Blue House said", "South Korea"),
            ("officials at Foggy Bottom", "United States"),
            ("Raisina Hill was silent", "India"),
            ("Malacañang said", "Philippines"),
        ] {
            assert_eq!(lexicon.country_in(seat), Some(country), "{seat}");
        }
        // Every national body is an organisation of the gazetteer, and belongs to a country of it.
        let class_of = |name: &str| lexicon.class_of(name);
        for (body, country) in &lexicon.national_bodies {
            assert_eq!(class_of(body), Some(EntityClass::Organisation), "{body}");
            assert_eq!(class_of(country), Some(EntityClass::Country), "{country}");
        }
        assert_eq!(lexicon.country_of_body("FBI"), Some("United States"));
        // Every bloc is an organisation of the gazetteer.
        for bloc in &lexicon.blocs {
            assert_eq!(class_of(bloc), Some(EntityClass::Organisation), "{bloc}");
        }
        assert!(lexicon.is_bloc("ASEAN") && !lexicon.is_bloc("Hamas"));
        // Every armed group is an organisation of the gazetteer.
        for group in &lexicon.armed_groups {
            assert_eq!(class_of(group), Some(EntityClass::Organisation), "{group}");
        }
        assert!(lexicon.is_armed_group("M23") && !lexicon.is_armed_group("NATO"));
        // Every group with a homeland is an armed group, and its homeland a country.
        for (group, country) in &lexicon.homelands {
            assert!(lexicon.is_armed_group(group), "{group}");
            assert_eq!(class_of(country), Some(EntityClass::Country), "{country}");
        }
        // Names written without their accents are the same country's.
        assert_eq!(lexicon.country_in("Cote d'Ivoire"), Some("Ivory Coast"));
        assert_eq!(lexicon.country_in("Turkiye"), Some("Turkey"));
    }

    #[test]
    fn some_anaphors_only_refer_back() {
        let lexicon = Lexicon::english();
        assert!(lexicon.stands_alone("The summit"));
        assert!(lexicon.stands_alone("the bombing"));
        assert!(!lexicon.stands_alone("That event"));
        assert!(!lexicon.stands_alone("the gathering"));
        assert!(!lexicon.stands_alone("the two attacks"));
        assert!(!lexicon.stands_alone("explosion"));
        assert!(lexicon.stands_alone("the blast"));
    }

    #[test]
    fn reactions_are_found_by_a_last_word_of_letters_and_digits() {
        let lexicon = Lexicon::english();
        for (last, phrases) in &lexicon.reacting {
            assert!(!last.is_empty() && last.chars().all(char::is_alphanumeric), "{last:?}");
            assert!(phrases.iter().all(|p| p.ends_with(last.as_str())));
        }
        assert!(lexicon.reacting["for"].iter().any(|p| p == "responsibility for"));
    }

    #[test]
    fn a_word_list_finds_whole_words_only() {
        let list = WordList::new(vec!["Will".into(), "plans to".into(), "no".into()]).expect("builds");
        assert!(list.in_text("the talks will resume"));
        assert!(list.in_text("he plans to visit"));
        assert!(!list.in_text("the goodwill visit"), "inside a word");
        assert!(!list.in_text("he planned it"));
        // A first occurrence inside a word does not hide a later whole one.
        assert!(list.in_text("nobody said no"));
        assert!(!list.in_text(""));
    }

    #[test]
    fn a_bad_kind_is_an_error() {
        let bad = "[kinds.picnic]\nlabel='x'\ntriggers=[]\n[exclusions]\nphrases=[]\n[status]\nplanned=[]\nplanned_after=[]\nunreal_after=[]\nunreal=[]\nnegation=[]\ncancelled=[]\nongoing=[]\n[people]\ntitles=[]\nnot_names=[]\n[reporting]\nverbs=[]\n";
        assert!(Lexicon::parse(bad, GAZETTEER).unwrap_err().contains("picnic"));
    }

    #[test]
    fn a_pair_of_no_countries_is_an_error() {
        let bad = GAZETTEER.replace("[pairs]\n", "[pairs]\n\"Atlantises\" = [\"Atlantis\", \"Lemuria\"]\n");
        assert!(Lexicon::parse(EVENTS, &bad).unwrap_err().contains("Atlantis"));
    }

    #[test]
    fn a_predecessor_of_no_country_is_an_error() {
        let entry = "\"Russia\" = { state = \"Muscovy\", until = \"1721-11-02\" }\n";
        let bad = GAZETTEER.replace("[predecessors]\n", &format!("[predecessors]\n{entry}"));
        let bad = bad.replacen("\"Russia\" = { state = \"Soviet Union\", until = \"1991-12-26\" }\n", "", 1);
        assert!(Lexicon::parse(EVENTS, &bad).unwrap_err().contains("Muscovy"));
    }
}
