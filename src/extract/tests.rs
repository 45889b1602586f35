//! Unit tests of event extraction: each rule with our own sentences.

use super::participants::another_countrys_congress;
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
        reference: Some(crate::model::ReferenceDate { date: reference, source: ReferenceSource::Metadata }),
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
    let parts: Vec<&str> =
        clauses(text, 0..text.len(), &[], Lexicon::english()).into_iter().map(|r| &text[r]).collect();
    assert_eq!(parts, vec!["The call was the first", "since a strike last month hit", ", they said."]);
    // An adverb set off by commas between subject and verb cuts nothing; "separately"
    // still opens a call of its own.
    let text = "The North Korean leader, for his part, made a visit to Beijing, his first.";
    let parts: Vec<&str> =
        clauses(text, 0..text.len(), &[], Lexicon::english()).into_iter().map(|r| &text[r]).collect();
    assert_eq!(parts, vec!["The North Korean leader, for his part, made a visit to Beijing", ", his first."]);
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
        clauses(text, 0..text.len(), dates, Lexicon::english())
            .into_iter()
            .map(|r| text[r].to_owned())
            .collect()
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
        clauses(text, 0..text.len(), &[], Lexicon::english())
            .into_iter()
            .map(|r| text[r].to_owned())
            .collect()
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
        let starts: Vec<usize> =
            clauses(s, 0..s.len(), &[], Lexicon::english()).iter().skip(1).map(|r| r.start).collect();
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
fn a_known_event_that_opens_a_chronologys_entry_is_on_its_day() {
    let text = "Korea, 1994\n\n28 June. The two Koreas agree on a summit.\n\n8 July. The third round of \
                American-North Korean talks opens in Geneva.\n\n5 August. The Geneva talks resume.";
    let talks: Vec<Option<String>> = analyse(&article(text, date(1994, 10, 21)))
        .mentions
        .into_iter()
        .filter(|m| m.kind == EventKind::Talks)
        .map(|m| m.when.map(|w| w.span.value))
        .collect();
    assert_eq!(talks, vec![Some("1994-07-08".to_owned()), Some("1994-08-05".to_owned())]);
    // Or the subject right after the entry's own day, its bullet, colon and weekday.
    let text = "CALENDAR\n\n-- Nov. 1 (Sun.): The sixth trilateral summit of South Korea, China and Japan \
                was held in Seoul.";
    let summit = analyse(&article(text, date(2015, 11, 8)))
        .mentions
        .into_iter()
        .find(|m| m.kind == EventKind::Summit)
        .expect("summit");
    assert_eq!(summit.when.map(|w| w.span.value).as_deref(), Some("2015-11-01"));
    // Named as a noun after an ordinary sentence, it is no narration of that sentence's day.
    let text = "Intro. On March 31, the leaders arrived. The third round of talks was a failure, they said.";
    let talks = analyse(&article(text, date(2019, 6, 1)))
        .mentions
        .into_iter()
        .find(|m| m.kind == EventKind::Talks)
        .expect("talks");
    assert!(talks.when.is_none(), "{:?}", talks.when);
}

#[test]
fn a_chronologys_entry_dates_every_sentence_of_its_paragraph() {
    // A time of day in the sentence between ("at noon") frames nothing of its own.
    let text = "Korea, 1994\n\n9 July. The death is announced at noon. The US President phoned the South \
                Korean President.\n\n10 July. The body lies in state.";
    let call = analyse(&article(text, date(1994, 10, 21)))
        .mentions
        .into_iter()
        .find(|m| m.kind == EventKind::Call)
        .expect("call");
    assert_eq!(call.when.map(|w| w.span.value).as_deref(), Some("1994-07-09"));
}

#[test]
fn a_weekday_alone_on_its_line_heads_a_diarys_day() {
    let text = "THE WEEK AHEAD, 20-26 OCTOBER 2025\n\nMonday\nThe US Secretary of State and the Russian \
                Foreign Minister are to speak by telephone.\n\nSaturday\nIvorians vote for a President.";
    let days: Vec<(EventKind, Option<String>)> = analyse(&article(text, date(2025, 10, 19)))
        .mentions
        .into_iter()
        .map(|m| (m.kind, m.when.map(|w| w.span.value)))
        .collect();
    assert_eq!(
        days,
        vec![
            (EventKind::Call, Some("2025-10-20".to_owned())),
            (EventKind::Election, Some("2025-10-25".to_owned()))
        ]
    );
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
    // A date set off right after the second is its own, once the first was dated; after an
    // undated first, it tells which of it.
    assert_eq!(
        elections(
            "He led the observers at Namibia's election in November 1989, and lost his seat at \
             Zambia's election, on 31 October 1991."
        ),
        vec![
            (Some("1989-11".to_owned()), EventStatus::Happened),
            (Some("1991-10-31".to_owned()), EventStatus::Happened)
        ]
    );
    assert_eq!(
        elections("Argentina's elections kept Brasilia awake: the first round, on 22 October, was close.")
            .len(),
        1
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
fn the_day_after_an_event_held_on_two_days_is_the_day_after_the_second() {
    // The summit is held on both days, not on the day named after "the Saturday before the
    // summit"; "that evening" is told from the day after it, and leaves it to be counted.
    let text = "Intro. A. B. C. D. E. The summit was held in Geneva on Tuesday and Wednesday. The \
                President had flown in on the Saturday before the summit; his host arrived on the \
                Monday. The day after the summit, the President flew to Brussels, and was back in \
                Washington that evening.";
    let events = events_in(text, date(1985, 11, 25));
    let visit = events.iter().rfind(|e| e.0 == EventKind::Visit).expect("visit");
    assert_eq!(visit.1, "1985-11-21", "{events:?}");
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
    assert!(events.iter().all(|e| e.0 != EventKind::Summit || e.2 == EventStatus::Happened), "{events:?}");
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
    assert_eq!(kinds("The plan failed in the twin referendums of 24 April 2004."), vec![EventKind::Election]);
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
            He was the first Danish leader to visit since the two states restored ties in 1998.";
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
        let election = analysis.mentions.iter().find(|m| m.kind == EventKind::Election).expect("an election");
        assert_eq!(election.when.as_ref().map(|w| w.span.value.as_str()), Some(day), "{text}");
    }
}

#[test]
fn a_length_later_counts_on_from_the_day_the_story_is_at() {
    let text = "The envoy arrived in Lisbon on June 1, her office said on June 2. Two days later, she \
                    flew to Madrid. She visited Rome a week later. Hours later, the two foreign \
                    ministers met. The vote came two years later than planned.";
    let analysis = analyse(&article(text, date(2021, 6, 30)));
    let dates: Vec<(EventKind, Option<&str>)> =
        analysis.mentions.iter().map(|m| (m.kind, m.when.as_ref().map(|w| w.span.value.as_str()))).collect();
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
fn a_day_counted_from_an_event_dated_where_it_is_named() {
    // "the election of 4 June": the event counted from is dated in the same words, and the
    // date names that event, not the one the sentence tells.
    let day = date(2017, 8, 20);
    let events = events_in("The day after the election of 4 June, the President telephoned the winner.", day);
    assert!(events.iter().any(|e| e.0 == EventKind::Call && e.1 == "2017-06-05"), "{events:?}");
    assert!(events.iter().any(|e| e.0 == EventKind::Election && e.1 == "2017-06-04"), "{events:?}");
    let events = events_in("On the eve of the summit of 14 May, the ministers met in Rome.", day);
    assert!(events.iter().any(|e| e.0 == EventKind::Meeting && e.1 == "2017-05-13"), "{events:?}");
    assert!(events.iter().any(|e| e.0 == EventKind::Summit && e.1 == "2017-05-14"), "{events:?}");
}

#[test]
fn hours_from_an_event_dated_before_are_on_its_day() {
    let text = "Intro. Jets bombed the airport at Ouadi Doum on Sunday, 16 February. The French President \
                telephoned the Chadian President within an hour of the bombing. Hours after the \
                bombing, the Defence Minister flew to N'Djamena.";
    let events = events_in(text, date(1986, 2, 18));
    assert!(events.iter().any(|e| e.0 == EventKind::Call && e.1 == "1986-02-16"), "{events:?}");
    assert!(events.iter().any(|e| e.0 == EventKind::Visit && e.1 == "1986-02-16"), "{events:?}");
    // An event dated by its year gives no day.
    let text = "Intro. Voters chose a new parliament in 2020. Within hours of the vote, the President \
                telephoned the winner.";
    let events = events_in(text, date(2025, 1, 17));
    assert!(events.iter().all(|e| e.0 != EventKind::Call || e.1 != "2020-12-31"), "{events:?}");
}

#[test]
fn that_evening_after_days_counted_later_is_the_day_counted_to() {
    let text = "Intro. Government troops took Huambo on 9 November. The morning after Huambo fell, the UN \
                mediator telephoned him. Two days later the mediator flew to Luanda, where the President \
                received him that evening.";
    let events = events_in(text, date(1994, 11, 27));
    assert!(events.iter().any(|e| e.0 == EventKind::Call && e.1 == "1994-11-10"), "{events:?}");
    assert!(events.iter().any(|e| e.0 == EventKind::Visit && e.1 == "1994-11-12"), "{events:?}");
    assert!(events.iter().any(|e| e.0 == EventKind::Meeting && e.1 == "1994-11-12"), "{events:?}");
    // So is "the same afternoon" after a length counted from an event.
    let text = "Intro. Voters went to the polls on 29 and 30 September. A fortnight after the polls \
                closed, the South African Foreign Minister flew to Huambo and spent the same afternoon \
                with the UNITA leader.";
    let events = events_in(text, date(1992, 11, 2));
    assert!(events.iter().any(|e| e.0 == EventKind::Visit && e.1 == "1992-10-14"), "{events:?}");
    assert!(events.iter().any(|e| e.0 == EventKind::Meeting && e.1 == "1992-10-14"), "{events:?}");
}

#[test]
fn days_after_that_count_on_from_the_date_before() {
    let day = date(2010, 5, 20);
    let text = "Intro. On 3 May the leader flew to Beijing. Two days after that, he met the Chinese \
                President. A week before that, he had met the Russian envoy.";
    let events = events_in(text, day);
    assert!(events.iter().any(|e| e.0 == EventKind::Meeting && e.1 == "2010-05-05"), "{events:?}");
    // (A week before the meeting the story is at.)
    assert!(events.iter().any(|e| e.0 == EventKind::Meeting && e.1 == "2010-04-28"), "{events:?}");
    let text = "Intro. On 3 May he crossed into China; he met the Chinese President in Beijing two days \
                after that and was home by 7 May.";
    let events = events_in(text, day);
    assert!(events.iter().any(|e| e.0 == EventKind::Meeting && e.1 == "2010-05-05"), "{events:?}");
}

#[test]
fn a_length_from_when_it_opened_or_ended_counts_from_the_event_dated_last() {
    let text = "Intro. The summit opened in Paris on 3 March. Two days after it opened, the President \
                flew to Rome. The talks ended on 20 March. Four days before they ended, the envoy \
                telephoned the President.";
    let events = events_in(text, date(1997, 4, 25));
    assert!(events.iter().any(|e| e.0 == EventKind::Visit && e.1 == "1997-03-05"), "{events:?}");
    assert!(events.iter().any(|e| e.0 == EventKind::Call && e.1 == "1997-03-16"), "{events:?}");
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
    let expressions: Vec<Option<&str>> =
        analysis.mentions.iter().filter_map(|m| m.when.as_ref()).map(|w| w.expression.as_deref()).collect();
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
    let dates: Vec<(EventKind, Option<&str>)> =
        analysis.mentions.iter().map(|m| (m.kind, m.when.as_ref().map(|w| w.span.value.as_str()))).collect();
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
    let dates: Vec<(EventKind, Option<&str>)> =
        analysis.mentions.iter().map(|m| (m.kind, m.when.as_ref().map(|w| w.span.value.as_str()))).collect();
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
    let visits = analyse(&article(text, day)).mentions.iter().filter(|m| m.kind == EventKind::Visit).count();
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
    let text = "Intro. The talks drifted during his absence at the G8 summit in Okinawa, from 2 to 4 June.";
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
        dated("Intro. The runoff was originally scheduled for April.").is_some_and(|v| v.ends_with("-04"))
    );
}

#[test]
fn an_event_moved_to_a_new_date_is_on_that_date_not_the_day_it_was_moved() {
    let dated = |text: &str| -> Option<String> {
        let analysis = analyse(&article(text, date(2011, 4, 2)));
        analysis.mentions.first().and_then(|m| m.when.as_ref()).map(|w| w.span.value.clone())
    };
    let text = "Intro. Parliamentary elections, which were to have been held today, were put back on \
                Monday by a week, to Saturday the 9th.";
    assert_eq!(dated(text).as_deref(), Some("2011-04-09"));
    assert_eq!(
        dated("Intro. The vote was postponed on Monday until 9 April.").as_deref(),
        Some("2011-04-09")
    );
    // A month the event was put off to is ahead, though told in the past.
    assert_eq!(dated("Intro. The election has been pushed back to October.").as_deref(), Some("2011-10"));
    // Without a word of moving, "to" is no new date: the talks ran to Friday.
    assert_eq!(
        dated("Intro. The talks ran from Monday to Friday.").as_deref(),
        Some("2011-03-28/2011-04-01")
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
fn people_met_one_by_one_after_their_names_are_met_apart() {
    let text = "Intro. Foreign ministers Elnur Rzayev and Aram Hovsepyan flew in. The envoy met Rzayev and \
                Hovsepyan separately on Friday. He phoned Rzayev and Hovsepyan in turn on Sunday. He \
                met Rzayev and Hovsepyan in Paris on Monday.";
    let sides: Vec<(EventKind, Vec<String>)> =
        events_in(text, date(2020, 10, 30)).into_iter().map(|(kind, _, _, sides)| (kind, sides)).collect();
    let apart = |kind| sides.iter().filter(|(k, s)| *k == kind && s.len() == 1).count();
    assert_eq!(apart(EventKind::Meeting), 2, "{sides:?}");
    assert_eq!(apart(EventKind::Call), 2, "{sides:?}");
    // Together, one meeting of both.
    assert!(sides.iter().any(|(k, s)| *k == EventKind::Meeting && s.len() == 2), "{sides:?}");
}

#[test]
fn a_chronology_entry_ended_by_a_full_stop_dates_its_paragraph() {
    let text = "Forty-four days.\n\n30 September. Akdogan flies to Baku for talks with the Azerbaijani \
                President.\n\n4 October. He returns to Ankara.";
    let events = events_in(text, date(2020, 11, 12));
    assert!(events.iter().any(|e| e.0 == EventKind::Visit && e.1 == "2020-09-30"), "{events:?}");
    assert!(events.iter().any(|e| e.0 == EventKind::Talks && e.1 == "2020-09-30"), "{events:?}");
}

#[test]
fn a_chronology_entry_headed_by_a_range_of_days_dates_its_paragraph_over_the_range() {
    let text = "How they got there:\n\n23-25 April 2003. China, the United States and North Korea hold \
                three-party talks in Beijing.\n\n26 July - 7 August 2005. Fourth round of talks \
                between China and North Korea.\n\n- Feb 6-9. Chinese envoys visit Pyongyang.";
    let events = events_in(text, date(2005, 9, 20));
    let days: Vec<(EventKind, &str)> = events.iter().map(|e| (e.0, e.1.as_str())).collect();
    assert_eq!(
        days,
        [
            (EventKind::Talks, "2003-04-23/2003-04-25"),
            (EventKind::Talks, "2005-07-26/2005-08-07"),
            (EventKind::Visit, "2005-02-06/2005-02-09")
        ]
    );
}

#[test]
fn what_happened_within_the_hour_is_on_the_day_before_it() {
    let text = "Intro. Ethiopian jets struck Asmara's airport on Friday, and within the hour Eritrean \
                aircraft had bombed Mekele. Within minutes, Ethiopian jets hit Adigrat again.";
    let days: Vec<String> = events_in(text, date(1998, 6, 8)).into_iter().map(|e| e.1).collect();
    assert_eq!(days, ["1998-06-05", "1998-06-05", "1998-06-05"]);
}

#[test]
fn a_strike_with_no_maker_named_that_hits_the_other_strikes_maker_is_another() {
    let text = "Intro. Israeli aircraft struck more than a hundred targets in Gaza during the day, the \
                army said, and rockets fired from the Strip hit Beersheba, where a house was set on fire.";
    let mentions = analyse(&article(text, date(2012, 11, 21))).mentions;
    let places: Vec<Option<&str>> = mentions.iter().map(|m| m.location.as_deref()).collect();
    assert_eq!(places, [Some("Gaza"), Some("Beersheba")]);
    // Another strike of the same side's, on another place, is the same report.
    let text = "Intro. Israeli aircraft struck targets in Gaza, and artillery hit Rafah.";
    assert_eq!(events_in(text, date(2012, 11, 21)).len(), 1);
}

#[test]
fn a_strike_that_names_no_side_on_a_third_country_is_not_the_one_wars() {
    let text = "Intro. Early this morning four ships launched cruise missiles at targets in Syria. \
                American aircraft bombed a hospital in Kunduz, in Afghanistan, on Saturday.";
    assert_eq!(
        sides_of(text, date(2015, 10, 7), EventKind::Strike),
        [vec![], vec!["United States", "Afghanistan"]]
    );
    // One in a place of the war, or nowhere named, is that war's.
    let text = "Intro. Shelling went on overnight in Kunduz. American aircraft bombed a hospital in \
                Kunduz, in Afghanistan, on Saturday.";
    let war = vec!["United States", "Afghanistan"];
    assert_eq!(sides_of(text, date(2015, 10, 7), EventKind::Strike), [war.clone(), war]);
}

/// How many strikes `text` tells, once its mentions are merged.
fn strikes(text: &str) -> usize {
    merge(&[analyse(&article(text, date(2012, 11, 15)))])
        .into_iter()
        .filter(|e| e.kind == EventKind::Strike)
        .count()
}

#[test]
fn two_times_of_one_day_are_two_strikes() {
    let text = "Intro.\n\nIsraeli jets hit two tower blocks in Gaza this morning. Israeli jets hit a house \
                in Gaza this evening.";
    assert_eq!(strikes(text), 2);
    // A part of the day and a clock time may be one.
    let text = "Intro.\n\nIsraeli jets hit two tower blocks in Gaza this morning. Israeli jets hit them in \
                Gaza at about 3 a.m.";
    assert_eq!(strikes(text), 1);
}

#[test]
fn one_more_of_a_kind_told_with_an_indefinite_article_is_another_event() {
    let first = "Intro.\n\n10:10 A rocket fired from Gaza has hit a block of flats in Ashkelon.\n\n";
    assert_eq!(strikes(&format!("{first}10:35 A second rocket has hit an empty school in Ashdod.")), 2);
    assert_eq!(strikes(&format!("{first}10:35 Another rocket has hit an empty school in Ashdod.")), 2);
    // "The rocket" is the one told before.
    assert_eq!(strikes(&format!("{first}10:35 The rocket has hit an empty school in Ashdod.")), 1);
}

#[test]
fn a_briefs_paragraph_headed_by_a_country_holds_its_elections() {
    let text = "WORLD IN BRIEF.\n\nIsrael. Iran fired missiles at Israel last night.\n\nSri Lanka. The new \
                President, who won the presidential election of 21 September, has dissolved \
                parliament.\n\nJAPAN. Parliament elected a Prime Minister, who set a general election \
                for 27 October.";
    let elections = sides_of(text, date(2024, 10, 2), EventKind::Election);
    assert_eq!(elections, [["Sri Lanka"], ["Japan"]]);
    // A sentence that opens on a country is no heading: "Israel said" is not the label.
    let text = "Intro.\n\nKenya said on Friday that the presidential election would be held in August.";
    assert_eq!(events_in(text, date(2024, 10, 2))[0].3, ["Kenya"]);
}

#[test]
fn a_heading_in_capitals_names_no_one_by_its_little_words() {
    // "WITH THE" is no name: not after the trigger, nor before the title.
    let text = "MOSCOW, March 19 - The Kremlin released an account.\n\nTELEPHONE CONVERSATION WITH \
                THE PRESIDENT OF FINLAND\n\nOn Tuesday evening, Russian President Arkady Zhilin \
                held a telephone conversation with President of Finland Mikko Rautavaara.";
    let everyone: Vec<String> =
        events_in(text, date(2025, 3, 19)).into_iter().flat_map(|(_, _, _, sides)| sides).collect();
    assert!(everyone.iter().all(|p| !p.contains("WITH") && p != "THE"), "{everyone:?}");
    assert!(everyone.contains(&"Mikko Rautavaara".to_owned()), "{everyone:?}");
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
    // The subject of what was said, with a verb of its own, is dated in its clause.
    for text in [
        "Intro. He said that the summit will be held on 16 November.",
        "Intro. The President said that elections will be held on 16 November.",
        "Intro. He said the referendum would be held on 16 November.",
    ] {
        let mention = analyse(&article(text, date(1988, 11, 10))).mentions.into_iter().next().expect("event");
        assert_eq!(mention.when.map(|w| w.span.value).as_deref(), Some("1988-11-16"), "{text}");
    }
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
    let strike = strike_in("U.S. embassies in Kenya and Tanzania were bombed on Friday.", date(1998, 8, 8));
    assert_eq!(strike.participants, vec!["United States"]);
    assert_eq!(strike.location.as_deref(), Some("Kenya"));
    // A demonym is no place name: the country it names is the place.
    let a =
        article("Foreign ministers meeting in the Ethiopian capital agreed on a panel.", date(1998, 8, 8));
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
    // The length may follow the noun.
    assert_eq!(
        visit_span_of("Intro. Putin arrived in Paris on Tuesday for a state visit of three days."),
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
    assert_eq!(visit_span_of("Intro. Putin arrived in Paris on Tuesday."), span("2017-05-02", "2017-05-02"));
}

#[test]
fn an_event_told_as_ended_on_a_day_spans_the_days_before_it() {
    // Coming back "from" it on a day.
    assert_eq!(
        visit_span_of("Intro. The governor returned on Wednesday from a three-day visit to Ohio."),
        span("2017-05-01", "2017-05-03")
    );
    assert_eq!(
        visit_span_of("Intro. The minister flew back on Tuesday from his two-day official trip to Lagos."),
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
        visit_span_of("Intro. Talks followed a two-day visit to Kiev that ended on Tuesday with a dinner."),
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
    let text = "Intro. In July 2018 he joined the first round of talks in Oslo, which ran from July 3 to 5.";
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
        m.when.map(|w| (w.span.start.to_string(), w.span.end.to_string(), w.expression.unwrap_or_default()))
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
        when_of("Intro. Warplanes bombed the port late on Feb. 1 and early on Feb. 2.", EventKind::Strike)
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
        when_of("Intro. The summit, which runs until Feb. 5, opened on Feb. 3 in Oslo.", EventKind::Summit),
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
    assert!(meeting.participants.is_empty(), "{:?}", meeting.participants);
    assert_ne!(meeting.when.map(|w| w.span.value).as_deref(), Some("1994-04-06"));
}

#[test]
fn a_meeting_called_for_has_not_happened() {
    let a = article("Gadhafi called for an emergency Security Council meeting in Geneva.", date(1990, 8, 16));
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
    assert!(!kinds("Dow Jones began negotiations about the terms of the offer.").contains(&EventKind::Talks));
    assert!(kinds("Iran began talks with the European Union on Friday.").contains(&EventKind::Talks));
}

#[test]
fn seeing_an_office_holder_is_a_meeting() {
    let meetings = |text: &str| -> usize {
        let found = analyse(&article(text, date(2008, 8, 13))).mentions;
        found.iter().filter(|m| m.kind == EventKind::Meeting && m.status != EventStatus::Unreal).count()
    };
    assert_eq!(meetings("Intro. The envoy flew to Paris on Sunday and saw the French Prime Minister."), 1);
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
    let places: Vec<Option<String>> =
        analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Visit).map(|m| m.location).collect();
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
    // A number word may count what was hit, and one word may say which of a side's places.
    let hit = strike("In the early hours, India hit eleven Pakistani air bases.");
    assert_eq!(hit.expect("strike").participants, vec!["India", "Pakistan"]);
    assert!(strike("The storm hit eleven Pakistani air routes on Monday.").is_none());
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
        kinds("The two giants meet in Riyadh on Friday, a match billed as the summit meeting of the season.")
            .is_empty()
    );
    assert!(kinds("\"Our attack on the final climb was perfect,\" said the winner of the race.").is_empty());
    // A bloc's gathering is no sport, though its name has a word of one.
    assert!(kinds("The Arab League summit in Riyadh opened on Friday.").contains(&EventKind::Summit));
}

#[test]
fn the_first_word_of_a_rank_of_two_is_no_one_met() {
    let a =
        article("On Monday the envoy met Lieutenant General Mark Delaney in Baghdad.", date(2015, 12, 22));
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
    assert_eq!(meeting.participants, vec!["Mark Delaney"]);
}

#[test]
fn a_title_or_a_name_in_a_buildings_name_is_no_one_met() {
    for place in ["the King David Hotel", "the Grand David Hotel", "King Fahd Airport"] {
        let text = format!("Intro. The envoy met Sharon at {place} on Monday.");
        assert_eq!(events_in(&text, date(2004, 2, 29))[0].3, ["Sharon"], "{place}");
    }
    // Nor is a body a title opens: "the General Staff".
    let text =
        "Intro. A delegation of the Israeli General Staff held talks with our General Staff on Monday.";
    assert!(events_in(text, date(2015, 10, 7)).iter().all(|e| !e.3.contains(&"Staff".to_owned())));
    // A king in his own name is still someone.
    let text = "Intro. The envoy met King Abdullah at the palace on Monday.";
    assert_eq!(events_in(text, date(2004, 2, 29))[0].3, ["Abdullah"]);
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
    let a = report(0, "Police are still looking for the man behind the January 1998 bombing of a clinic.");
    let b = report(1, "A guard was killed in the January 1998 bombing of a clinic in the south.");
    assert_eq!(strikes(&[a.clone(), b]), 1);
    let c = report(2, "A guard was killed in the February 1998 bombing of a clinic in the south.");
    assert_eq!(strikes(&[a, c]), 2);
}

#[test]
fn what_talks_are_about_is_not_a_side() {
    let a = article("Britain wants Sinn Fein expelled from the peace talks on Ireland.", date(1998, 2, 16));
    let talks = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Talks).expect("talks");
    assert!(!talks.participants.contains(&"Ireland".to_owned()), "{:?}", talks.participants);
}

#[test]
fn the_european_council_is_a_summit_only_as_the_leaders_gathering() {
    let r = date(2016, 2, 22);
    let text = "Intro. The Prime Minister was in Brussels for the European Council on Thursday and Friday.";
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
    assert_eq!(kinds_of("Intro. Then in Paris. Leaders met in Manila on Nov. 18."), vec![EventKind::Meeting]);
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
    assert!(kinds_and_statuses("Intro. A police raid on the club on Saturday found drugs.", r).is_empty());
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
    let text =
        "Intro. On Thursday Prime Minister Hugo Latimer held a bilateral with the Taoiseach, Ciaran Dolan.";
    assert_eq!(dated(text, r, EventKind::Meeting).as_deref(), Some("2019-10-17"));
    let mut sides = participants_of(text, r, EventKind::Meeting);
    sides.sort();
    assert_eq!(sides, vec!["Ciaran Dolan", "Hugo Latimer"]);
    // The adjective names no meeting.
    let kinds = kinds_and_statuses("Intro. Bilateral trade rose on Thursday, as bilateral ties improved.", r);
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
    // What a denial says was not done was not done.
    assert_eq!(
        kinds("The spokesman denied that the President had telephoned anyone during the break."),
        vec![(EventKind::Call, EventStatus::Unreal)]
    );
    assert_eq!(
        kinds("His office denied on Saturday that he had spoken to him by telephone."),
        vec![(EventKind::Call, EventStatus::Unreal)]
    );
    // After a verb in the past, a verb joined by "and" is another act with its own modal.
    let a = article("President Ruiz met President Brun in Lima on Sunday and will fly home on Friday.", r);
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
        participants_of("Intro. 5 June - Ethiopian aircraft bomb Asmara airport.", day, EventKind::Strike),
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
    assert!(kinds_of("Intro. Every phone call between Washington and London ends the same way.").is_empty());
    assert!(kinds_of("Intro. Each meeting of the two presidents this year ended in acrimony.").is_empty());
    assert_eq!(kinds_of("Intro. Each leader met the Pope on Monday."), [EventKind::Meeting]);
    assert_eq!(kinds_of("Intro. Protesters were killed in an air strike on Monday."), [EventKind::Strike]);
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
    // A list whose first items stand in clauses of their own, after the sentence's first
    // words at most.
    assert_eq!(
        sides("Britain, France and Germany struck Syria on Friday."),
        ["United Kingdom", "France", "Germany", "Syria"]
    );
    assert_eq!(
        sides("After the talks, the British, French and American jets struck Syria."),
        ["United Kingdom", "France", "United States", "Syria"]
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
        dated_strike("On Thursday, aid groups raised accusations that the army had shelled villages.", day),
        None
    );
    // The report's own date after "that" still dates it, and news in the lede keeps the
    // article's day.
    assert_eq!(
        dated_strike("The minister said Friday that the army shelled the port on Wednesday.", day).as_deref(),
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
    // Past the place the date was in.
    let text = "Intro. A. B. C. D. E. They had met in December 1997 in Tehran, when the crown prince \
                flew in for the summit of the Organization of the Islamic Conference.";
    assert_eq!(dated(text, date(1999, 3, 5), EventKind::Summit).as_deref(), Some("1997-12"));
}

#[test]
fn a_month_the_sentence_opens_with_dates_what_its_where_clause_tells() {
    let text = "Intro. A. B. C. D. E. President Ana Ruiz spoke. In September she paid a state visit to \
                Chile, where she met President Tom Webb at the palace.";
    assert_eq!(dated(text, date(1999, 3, 5), EventKind::Meeting).as_deref(), Some("1998-09"));
}

fn kinds_and_statuses(text: &str, reference: Date) -> Vec<(EventKind, EventStatus)> {
    analyse(&article(text, reference)).mentions.into_iter().map(|m| (m.kind, m.status)).collect()
}

/// How many call mentions `text` gives.
fn calls_in(text: &str) -> usize {
    analyse(&article(text, date(2001, 3, 9))).mentions.iter().filter(|m| m.kind == EventKind::Call).count()
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
        "The aircraft dropped heavy bombs on the headquarters on Friday.",
        // What armies strike with, past who dropped it.
        "A bomb dropped by an aircraft flattened the house on Sunday.",
        // A warship, and a headline's or a timeline's present.
        "Early on Saturday an American destroyer struck a radar site with missiles.",
        "A drone from Lebanon hits the holiday home in Caesarea on Saturday.",
        // In the passive, its agent after a few words of when.
        "Fighters inspect a launch site struck before dawn on Monday by American aircraft.",
        // A relative clause's verb of hitting after the agent.
        "The army said it was answering a drone that hit the airport at Eilat on Sunday.",
    ] {
        assert_eq!(kinds_of(text), strike, "{text}");
    }
    // Forces that clash with a crowd put down a protest; a plane that crashes is no attack.
    for text in [
        "Riot troops clashed with demonstrators outside the parliament on Monday.",
        "A cargo plane crashed into a hillside on Monday.",
        "Investors hit the shares of the airline on Monday.",
        "The firm launched two new products on Monday.",
        "The company dropped plans for a new plant on Monday.",
        "The jets dropped leaflets over the town on Monday.",
        "The scandal hits the minister hard on Monday.",
        "Their Land Cruiser hit a mine on Monday.",
        "The storm that hit the coast on Monday killed three.",
        // ("that" may be the war's.)
        "It ended a war with the Revolutionary Army that killed thousands on Monday.",
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
        "The ambassador received a phone call from the foreign minister on Friday.",
        // An office after "the", a present tense, a name that ends on "and".
        "Okafor called the Swedish President on Monday.",
        "Okafor calls President Lindqvist on Monday.",
        "Okafor called the Swedish President and promised help on Monday.",
        // A chronology's entry leaves out who called.
        "Key dates\n- 6 July: Calls the Swedish President and promises help.",
    ] {
        assert_eq!(kinds_of(text), call, "{text}");
    }
    // Two called in a list are called one by one.
    assert_eq!(kinds_of("She called Premier Tanaka and King Harald on Tuesday."), [EventKind::Call; 2]);
    for text in [
        "Okafor called the decision unjust on Monday.",
        "The king conferred the award on the general on Monday.",
        "Okafor calls the shots in the party on Monday.",
        "THE WHITE HOUSE CALLED THEM BACK ON MONDAY.",
        "Weekend calls\nPresident Lindqvist flew home on Monday.",
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
    // A gathering the verb's relative clause tells of is no guest either.
    for text in [
        "The talks, which Nigeria had hosted since November, ended on 5 May.",
        "The talks that Nigeria has hosted since November face a deadline.",
        "The talks Norway hosted in Oslo in March 1990 were the first.",
        "The talks on a Gaza truce that Egypt and Qatar hosted in Cairo broke up without a deal.",
    ] {
        assert_eq!(kinds(text), vec![EventKind::Talks], "{text}");
    }
}

#[test]
fn events_told_from_the_side_that_receives_them() {
    for (text, kinds) in [
        ("The US President was rung by the British Prime Minister late last night.", vec![EventKind::Call]),
        (
            "The President-elect took calls on Wednesday from the British Prime Minister, the West German \
             Chancellor and the French President.",
            vec![EventKind::Call; 3],
        ),
        ("The Afghan President receives the US President.", vec![EventKind::Meeting]),
        ("The US President is received by the Afghan President at the palace.", vec![EventKind::Meeting]),
        (
            "The Israeli Prime Minister will be received at the White House by the outgoing President on Thursday.",
            vec![EventKind::Meeting],
        ),
        ("The US President was voted out on Tuesday.", vec![EventKind::Election]),
        ("The President faces the voters on 16 June.", vec![EventKind::Election]),
        ("The President was returned to office on Tuesday by forty-nine states.", vec![EventKind::Election]),
        ("That night the South Korean President takes a call from the US President.", vec![EventKind::Call]),
        (
            "The Soviet Foreign Minister, who was received at the White House in September, sent no message.",
            vec![EventKind::Meeting],
        ),
        ("The US embassy compound was hit by two mortar rounds on 21 July.", vec![EventKind::Strike]),
        // The office after the countries, in lower case, is whom "rang" called: one call each.
        (
            "The Iranian Foreign Minister, meanwhile, rang the Saudi and Qatari foreign ministers on Sunday.",
            vec![EventKind::Call; 2],
        ),
        // A call joined by "and" to a dated one before it, with a date of its own, is another.
        (
            "The Iraqi President took a call from the Jordanian King last night and was telephoned this \
             morning by the Saudi King.",
            vec![EventKind::Call; 2],
        ),
        (
            "The President was telephoned on Thursday by the French President, and took a call yesterday \
             from the Libyan leader.",
            vec![EventKind::Call; 2],
        ),
        ("The President took a call from the Libyan leader last night.", vec![EventKind::Call]),
        // "Phones" and "telephones" call someone named after them; as nouns they call no one.
        ("From Naples, the US President telephones the South Korean President.", vec![EventKind::Call]),
        ("Mobile phones were seized at the border on Monday.", vec![]),
        // What is called off is no call, in a headline's capitals too.
        ("CAMP DAVID MEETINGS CALLED OFF; TALIBAN SAY NOTHING IS CLOSED", vec![]),
        ("The telephones were cut on Monday.", vec![]),
        // One received in another country's city has come there: a visit too. Received at a
        // building, or at home, a meeting only.
        (
            "The North Korean leader is received in Beijing by the Chinese President on the 5th.",
            vec![EventKind::Meeting, EventKind::Visit],
        ),
        (
            "The Israeli Prime Minister was received at the White House by the US President on Tuesday.",
            vec![EventKind::Meeting],
        ),
        (
            "The Nigerian Vice President was received in Abuja by the President on Tuesday.",
            vec![EventKind::Meeting],
        ),
        // Look-alikes.
        ("Whitfield called the Japanese premier \"a true friend of Australia\" on Monday.", vec![]),
        ("He was visited by misfortune only once.", vec![]),
        ("We took a call from a listener in Leeds this morning.", vec![]),
        ("The album was well received by critics on Tuesday.", vec![]),
    ] {
        assert_eq!(kinds_of(text), kinds, "{text}");
    }
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
        strikes("A bomb exploded at the depot on Saturday. Officials said Saturday's explosion killed four."),
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
    assert_eq!(sides("Iran carried out missile and drone strikes in Iraq on Monday."), vec!["Iran", "Iraq"]);
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
    let text = "The Liberation Tigers of Tamil Eelam launched the attack on Muttur before dawn on Wednesday.";
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
    let strike =
        strike_in("It was the third day of an offensive by government troops on Monday.", date(2003, 4, 7));
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
    assert_eq!(kinds_of("Intro. Ana Ruiz will hold talks via video link with Tom Webb."), [EventKind::Call]);
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
    assert!(opens_at_a_clock_time("9.30 Officials' briefing") && !opens_at_a_clock_time("2000 Chronology"));
}

#[test]
fn a_date_joined_to_a_later_trigger_of_another_kind_is_that_ones() {
    let text = "Intro. On Wednesday, Ana Ruiz spoke by phone with Tom Webb about the referendum of 23 June.";
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
    // A state's or a city's election is its country's, not the last election's.
    let text = "Intro. France held the first round of its municipal polls on 15 March. Florida, Illinois \
                and Arizona held their Democratic primaries on 17 March.";
    let mentions = analyse(&article(text, date(2020, 3, 28))).mentions;
    let primaries = mentions.iter().rfind(|m| m.kind == EventKind::Election).expect("the primaries");
    assert_eq!(primaries.participants, ["United States"]);
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
    let text =
        "Intro. Today, President Ana Ruiz and Commission President Luc Ferrand are in Warsaw for the summit.";
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
    let a =
        article("Intro. The regional summit, officials said, would open new trade routes.", date(2005, 2, 1));
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
        analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting").participants
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
    let found = visits("Intro. Chile's deputy foreign minister is in Paris for two days, his ministry said.");
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
        meetings("Intro. Zhao met separately in Beijing with President Ndiaye and President Asante.") >= 1
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
    assert_eq!(visits("Intro. The Spanish Foreign Minister comes to London on Monday.").len(), 1);
    assert_eq!(visits("Intro. President Okafor came to Madrid last week.").len(), 1);
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
    let found =
        visits("Intro. Chilean President Ana Soto will attend the Mercosur summit in Brasilia in December.");
    assert_eq!(found, vec![(vec!["Ana Soto".to_owned()], Some("Brasilia".to_owned()))]);
    // At home, with no place, or no gathering of state: none.
    assert!(
        visits("Intro. Brazilian President Ana Soto will attend the Mercosur summit in Brasilia.").is_empty()
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
    assert_eq!(participants_of(text, r, EventKind::Call), vec!["Ana Soto".to_owned(), "Japan".to_owned()]);
    // Past sentences of its paragraph that open on the same pronoun and name no one.
    let text = "Intro.\n\nThe US President spent Sunday in Stockholm. He leaves tonight. He spoke by \
                phone with the Japanese Prime Minister on Monday.";
    assert_eq!(
        participants_of(text, r, EventKind::Call),
        vec!["United States".to_owned(), "Japan".to_owned()]
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
    // A people that elects a body elects it at the polls; a party electing its leader does not.
    let found = elections("Intro. Colombians elect a new Congress on 8 March.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].participants, vec!["Colombia".to_owned()]);
    assert!(elections("Intro. The party will elect a new leader on Monday.").is_empty());
    // Plurals without an "s", and of two words.
    let found = elections("Intro. The Lebanese vote on Sunday.");
    assert_eq!(found[0].participants, vec!["Lebanon".to_owned()]);
    let found = elections("Intro. East Timorese have voted overwhelmingly for independence.");
    assert_eq!(found[0].participants, vec!["East Timor".to_owned()]);
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
    // The adverb after the verb.
    let found = elections("Intro. Serbia votes again on Sunday.");
    assert_eq!(found[0].when.as_ref().map(|w| w.span.value.as_str()), Some("2016-10-16"));
    assert!(elections("Intro. Russia votes again on the resolution on Friday.").is_empty());
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
        kinds("Intro. Ruiz and Kale met at the G20 summit in Osaka on Friday.").contains(&EventKind::Meeting)
    );
    // A longer phrase after the gathering is another subject's.
    assert!(
        kinds(
            "Intro. Aides to the heads of state of the region and their ministers met at a summit in Arusha."
        )
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
    let received =
        meetings("Intro. Sheikh Mansour received Henrik Aalto, the UN envoy for Yemen, in Abu Dhabi today.");
    assert_eq!(received.len(), 1, "{received:?}");
    // A chronology's present, with the same tests: someone received, not something.
    let received =
        meetings("Intro. In Ankara, Foreign Minister Selim Akdogan receives his Azerbaijani counterpart.");
    assert_eq!(received.len(), 1, "{received:?}");
    assert!(meetings("Intro. The minister receives Christmas cards from the king.").is_empty());
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
        meetings(
            "Intro. President Nur arrived on Monday and was received at the airport by Minister Grace Otieno."
        )
        .is_empty()
    );
    let received = meetings("Intro. Ortiz was received at the palace on Thursday by President Lena Brandt.");
    assert_eq!(received.len(), 1, "{received:?}");
    assert!(received[0].participants.contains(&"Lena Brandt".to_string()));
    // Demands and things received are no meetings.
    assert!(
        meetings("Intro. Prime Minister Dawa Lhamo called on both sides to respect the truce.").is_empty()
    );
    assert!(meetings("Intro. President Lena Brandt called on Congress to act.").is_empty());
    assert!(meetings("Intro. The proposal was received by the committee on Thursday.").is_empty());
    let hosted = meetings(
        "Intro. President Kofi Asante received his Togolese counterpart, Eli Agbo, in Accra on Tuesday.",
    );
    assert_eq!(hosted.len(), 1, "{hosted:?}");
    assert_eq!(hosted[0].participants, vec!["Kofi Asante".to_string(), "Eli Agbo".to_string()]);
    assert!(
        meetings("Intro. President Kofi Asante received a letter from the premier on Tuesday.").is_empty()
    );
    assert!(meetings("Intro. President Kofi Asante received President Agbo's envoy's letter.").is_empty());
    // The formula of an audience, a name received at a seat of office, and "called upon".
    assert_eq!(
        meetings("Intro. This morning the Pope received in audience the President of Chile, Ana Ruiz.").len(),
        1
    );
    assert_eq!(meetings("Intro. Asante received Agbo at the presidential palace on Tuesday.").len(), 1);
    assert!(meetings("Intro. Asante received Reuters reporters on Tuesday.").is_empty());
    assert_eq!(
        meetings("Intro. The President of Zambia called upon The Queen this morning and stayed for lunch.")
            .len(),
        1
    );
    assert!(meetings("Intro. The President called upon Congress to act.").is_empty());
    // One received is received whatever follows; a subject set off by a clause receives; a
    // name received for a while or for talks.
    for received in [
        "Intro. The PLO leader received the French ambassador on Friday to thank France.",
        "Intro. The PLO leader, who says he will be the last to sail, received the French ambassador.",
        "Intro. In Damascus, the Syrian President receives Kirby for four hours.",
    ] {
        assert_eq!(meetings(received).len(), 1, "{received}");
    }
    assert!(meetings("Intro. The President received Kirby for his courage.").is_empty());
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
    assert_eq!(meeting.participants, vec!["Asha Nair".to_string(), "Mohan Rao".to_string()]);
    // "Her Excellency" is a form of address.
    let a = article(
        "Intro. Her Excellency Helena Sampaio arrived in Georgetown this morning.",
        date(2025, 3, 18),
    );
    let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
    assert_eq!(visit.participants, vec!["Helena Sampaio".to_string()]);
    // So are "Miss" and "Mme".
    for (text, name) in [
        ("Intro. Miss Eugenia Charles arrived in Washington this morning.", "Eugenia Charles"),
        ("Intro. Mme Simone Veil arrived in Washington this morning.", "Simone Veil"),
    ] {
        let visit = analyse(&article(text, date(1983, 10, 25)))
            .mentions
            .into_iter()
            .find(|m| m.kind == EventKind::Visit)
            .expect("visit");
        assert_eq!(visit.participants, vec![name.to_string()], "{text}");
    }
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
fn a_live_blogs_entry_after_midnight_reports_news_of_the_next_day() {
    let text = "Election night\n\n22:00 - Polls have closed.\n\n23:30 - The first seats are in.\n\n\
                04:10 - The Prime Minister, Ann Lee, telephoned Tom Webb to concede. The call was short.";
    assert_eq!(dated(text, date(2024, 7, 4), EventKind::Call).as_deref(), Some("2024-07-05"));
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
    assert_eq!(meeting.when.map(|w| w.span.value), Some("2026-06-15".to_string()));
}

#[test]
fn the_leaders_opening_a_sentence_are_the_last_two_named() {
    let a = article(
        "Intro. Prime Minister Ana Ruiz spoke with President Tom Kale on Monday. The leaders \
             agreed to meet in Lima next month.",
        date(2023, 10, 16),
    );
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
    let summit = participants("Intro. SADC leaders held a summit in Gaborone on Tuesday.", EventKind::Summit);
    assert_eq!(summit, vec!["SADC".to_string()]);
    let strike =
        participants("Intro. Sendero gunmen attacked a patrol near Pichari on Monday.", EventKind::Strike);
    assert_eq!(strike, vec!["Shining Path".to_string(), "Peru".to_string()]);
}

/// The participants of the first election in `text`.
fn election_participants(text: &str, reference: Date) -> Vec<String> {
    let a = article(text, reference);
    analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Election).expect("election").participants
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
        span_of("Intro. The talks that began on Wednesday were praised by the minister.", EventKind::Talks),
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
        value("Intro. Envoys will urge Lima to accept Jorge Pardo as the winner of the December 2 runoff."),
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
        kinds("Intro. Heads of Government of the Caribbean Community meet here from Wednesday to Friday."),
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
        analyse(&article(text, date(2017, 4, 29))).mentions.into_iter().map(|m| (m.kind, m.status)).collect()
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
    assert_eq!(kinds("Intro. The two leaders held more than three hours of talks.")[0].0, EventKind::Meeting);
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
        kinds("Intro. Diplomats crossed into Panmunjom on Monday for talks with North Korean officials.")[0]
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
        let text =
            format!("Intro. Chile's Pedro Lagos flew to Lima on Monday to meet Peru's leaders. {closing}");
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
fn countries_listed_right_before_a_vote_hold_one_election_each() {
    let elections = |text: &str| -> Vec<Vec<String>> {
        analyse(&article(text, date(1994, 7, 9)))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Election)
            .map(|m| m.participants)
            .collect()
    };
    let each = |names: &[&str]| -> Vec<Vec<String>> { names.iter().map(|n| vec![(*n).to_owned()]).collect() };
    assert_eq!(
        elections("Intro. Ukrainians and Belarusians vote tomorrow in presidential run-offs."),
        each(&["Ukraine", "Belarus"])
    );
    assert_eq!(
        elections("Intro. Peruvians, Bolivians and Ecuadorians go to the polls on Sunday."),
        each(&["Peru", "Bolivia", "Ecuador"])
    );
    assert_eq!(elections("Intro. Ukrainians vote tomorrow in a presidential run-off."), each(&["Ukraine"]));
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
    let strike = strike_in("Two soldiers were captured in a cross-border raid on Sunday.", date(2004, 2, 3));
    assert_eq!(strike.trigger, "cross-border raid");
}

#[test]
fn armed_men_crossing_a_border_or_carrying_out_a_raid_strike() {
    let day = date(2009, 6, 8);
    for (text, trigger) in [
        ("On Friday, naval commando units carried out a raid on a rebel camp.", "units carried out a raid"),
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
    assert_eq!(elections("Lindqvist was elected to parliament on Sunday."), ["2012-04-01"]);
    for look_alike in [
        // Chosen by a legislature.
        "He was elected on 10 May by parliament and the regions' delegates.",
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
    let kinds = |text: &str| -> Vec<EventKind> { events_in(text, day).into_iter().map(|e| e.0).collect() };
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
        let summit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Summit).expect("summit");
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
        participants("Intro. Chancellor Lena Vogt flew to the NATO summit, where Georgia hopes for a date."),
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
    let visits: Vec<_> = analyse(&a).mentions.into_iter().filter(|m| m.kind == EventKind::Visit).collect();
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
    let a = article("A meeting with the Norwegian premier is being prepared for Monday.", date(2022, 6, 15));
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
    assert_eq!(meeting.when.map(|w| w.span.value).as_deref(), Some("2022-06-13"));
}

#[test]
fn the_eve_said_in_the_present_is_the_articles_day() {
    let a =
        article("Well, this is the eve of the Pope's visit to Chile, and hopes are high.", date(1998, 1, 20));
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
    let a = article("Defense Minister Tom Hale, ending a two-day visit to Chile, left.", date(2000, 3, 30));
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
    assert_eq!(calls_in("Zoë ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ by phone"), 0);
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
    assert_eq!((meeting.status, meeting.when), (EventStatus::Planned, None));
    // A date ahead is the meeting's.
    let a = article("The minister agreed to a meeting next Tuesday with the mayor.", date(2023, 3, 10));
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
    assert_eq!(sides("Intro. Chile carried out air strikes inside Peru on Monday."), vec!["Chile", "Peru"]);
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
    assert_eq!(people("Intro. Okafor opened talks with Lindqvist on Monday."), vec!["Lindqvist", "Okafor"]);
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
    for text in ["Intro. «Zoë» met—Ünal.", "Intro. Zoë\u{2003}met\u{2003}Ünal Ökte.", "Intro. (Zoë)met,Ünal"]
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
    assert_eq!(kinds_of("The two foreign ministers conferred in Geneva on Monday."), vec![EventKind::Talks]);
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
fn what_happened_overnight_is_of_the_articles_day_even_when_the_word_opens_the_sentence() {
    let day = date(2025, 8, 15);
    for text in [
        "Intro. A. B. C. D. E. Russia launched ninety drones at Ukraine overnight, Kyiv said.",
        "Intro. A. B. C. D. E. Overnight, Russia launched ninety drones at Ukraine, Kyiv said.",
        "Intro. A. B. C. D. E. Early overnight, Russia launched ninety drones at Ukraine.",
    ] {
        assert_eq!(dated(text, day, EventKind::Strike).as_deref(), Some("2025-08-15"), "{text}");
    }
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
    let strikes: Vec<Event> =
        extract(&[article(text, day)]).events.into_iter().filter(|e| e.kind == EventKind::Strike).collect();
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
    let text =
        "The aid group said Wednesday it had lost touch with a surveyor. Rebel gunners shelled the convoy.";
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
    assert_eq!(strikes("Peruvian jets bombed army posts in Ecuador on Monday. The bombing killed six."), 1);
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
    assert_eq!(strikes("On Friday, Peruvian planes hit the airport, and Peruvian jets bombed the town."), 1);
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
        strikes_of("Israeli jets bombed the depots on Friday in retaliation for rocket fire on Haifa.").len(),
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
    let strike =
        strike_in("Russian artillery shelled the southern city of Kherson on Thursday.", date(2004, 2, 3));
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
    let strike =
        strike_in("The Israeli military said it had carried out air strikes on Friday.", date(2004, 2, 3));
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
    let strike = strike_in("An Armenian rocket struck a busy market of the city of Ganja on Sunday.", day);
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
        kinds_of("Intro. What the two sides need is a meeting of minds among their negotiators.").is_empty()
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
    let text = "Intro. On Saturday night ELN fighters attacked a police station in Saravena with explosives.";
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
    let strike =
        strike_in("It was the Houthis who fired two missiles at a Liberian-flagged tanker on Monday.", day);
    assert_eq!(strike.participants, vec!["Houthis"]);
    assert_eq!(strike.attackers, vec!["Houthis"]);
    let strike = strike_in("Hamas, which fired rockets at a Panama-registered freighter, said nothing.", day);
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
        strikes_of("Shares of the airline fell after the attack on Israeli troops near the border.").len(),
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
        dated("The party won the Uva Provincial Council polls on September 20.", day, EventKind::Election)
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
        kinds_of("On Sunday I chaired a meeting on East Timor with my counterparts from Japan and Canada."),
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
        participants_of("It was part of preparations for the Arab summit in Riyadh.", day, EventKind::Summit),
        vec!["Arab League"]
    );
    let text = "In Cairo, the National Election Authority said preparations were complete for the \
                    presidential elections, scheduled for 26 to 28 March.";
    let elections: Vec<EventMention> =
        analyse(&article(text, day)).mentions.into_iter().filter(|m| m.kind == EventKind::Election).collect();
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
            m.kind == EventKind::Strike && &text[m.mention.trigger_start..m.mention.trigger_end] == "fired"
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
        // (The Emir of Kuwait, an office-holder of his country, is its side as a person is.)
        vec!["Kuwait", "Saudi Arabia"]
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
    let text =
        "Intro. Intro. She said that Russian drones struck the port of Odesa again overnight, killing three.";
    assert_eq!(dated(text, day, EventKind::Strike).as_deref(), Some("2024-11-07"));
    let text = "Intro. Intro. A rebel attack on a checkpoint near Karlivka overnight killed two soldiers.";
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
fn a_dateline_may_follow_an_outlets_name_and_a_headline() {
    let lines = |text: &str| {
        super::dateline_lines(text)
            .map(|from| from.lines().next().unwrap_or("").to_owned())
            .collect::<Vec<_>>()
    };
    // The first line, and a later one in capitals that goes on in running text; not a headline
    // in capitals, nor a line in running text.
    assert_eq!(
        lines(
            "\nTHE HEXHAM HERALD\nGORBACHEV FLIES BACK\nFrom our correspondent\n\nMOSCOW. Mr Gorbachev flew back."
        ),
        ["THE HEXHAM HERALD", "MOSCOW. Mr Gorbachev flew back."]
    );
    // Only among the first few lines.
    let far = format!("Headline\n{}MOSCOW. Mr Gorbachev flew back.", "Line.\n".repeat(10));
    assert_eq!(lines(&far), ["Headline"]);
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
    let strike = strike_in("A suicide bomber blamed on al-Shabab killed twelve shoppers at a market.", day);
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
    assert!(!kinds_and_statuses("They condemned a verbal and military attack on the South.", day).is_empty());
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
    let strike = strike_in("Fighters linked to the Islamic State group ambushed a convoy on Monday.", day);
    assert_eq!(strike.participants, vec!["Islamic State"]);
    assert_eq!(strike.attackers, vec!["Islamic State"]);
    assert_eq!(strikes_of("Militiamen loyal to the general stormed the airport on Sunday.").len(), 1);
    // Where arms were fired from: its state made the strike.
    let strike = strike_in("A rocket fired from Syrian territory hit a school in Haifa on Monday.", day);
    assert_eq!(strike.participants, vec!["Syria", "Israel"]);
    // A comma closes the phrase: what follows is another clause's.
    assert!(
        strikes_of("Officials linked to the plan, who were ambushed by questions, said nothing.").is_empty()
    );
}

#[test]
fn an_agent_with_a_relative_clause_of_its_own_before_its_verb_makes_a_strike() {
    let day = date(2013, 1, 13);
    let strike =
        strike_in("Rafale jets that had taken off from France struck camps near Gao on Sunday.", day);
    assert!(strike.participants.iter().any(|p| p == "France"), "{:?}", strike.participants);
    assert_eq!(strikes_of("Two drones which were launched from Yemen hit a pipeline on Monday.").len(), 1);
    // The clause's subject is another: the planes are what the storm hit.
    assert!(strikes_of("The planes that the storm hit on Monday were grounded.").is_empty());
    // No verb of striking after the clause.
    assert!(strikes_of("The jets that had been ordered from France arrived in Delhi on Monday.").is_empty());
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
    let text =
        "The Dutch Embassy in Quito reopened. Police said the embassy bombing in Lima on Monday killed four.";
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
    // Nor are visiting hours, a visiting lecturer, a touring team or a tour of duty.
    for text in [
        "Visiting hours at the cottage hospital change on Monday.",
        "She spent two years as a visiting lecturer in Leeds.",
        "The South African touring team sail for home from Southampton on Saturday.",
        "He did a tour of duty in Cyprus in 1956.",
    ] {
        assert!(kinds_of(text).is_empty(), "{text}");
    }
    // Someone "off to" a place goes there; a team "off to a good start" goes nowhere.
    assert_eq!(kinds_of("Tomorrow the premier is off to Trinidad."), vec![EventKind::Visit]);
    assert!(kinds_of("The premier is off to a good start.").is_empty());
    assert_eq!(kinds_of("The premier visited Hanoi on Monday."), vec![EventKind::Visit]);
    // A trip joined to a visit of care is still a trip.
    assert_eq!(
        kinds_of("The president flew to Batken this morning and visited wounded soldiers at the hospital."),
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
    assert!(!kinds_of("He suffered a heart attack while visiting the troops.").contains(&EventKind::Strike));
    assert_eq!(events("Warplanes struck the depot on Monday. The raid killed ten."), vec![EventKind::Strike]);
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
        strikes("Mortar fire hit the Dutch consulate on Sunday. The attack on the consulate wounded four."),
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
    assert_eq!(strikes("Officials condemned the attack by rebel drones on the depot on Sunday.").len(), 1);
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
    assert_eq!(kinds_of("Negotiations between Chile and Peru broke down on Monday."), vec![EventKind::Talks]);
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
    assert_eq!(kinds_of("Peru held talks with the state oil company on Monday."), vec![EventKind::Meeting]);
    assert_eq!(kinds_of("The European Union opened talks with Peru on Monday."), vec![EventKind::Talks]);
}

#[test]
fn a_demonym_after_ethnic_names_a_people_not_its_state() {
    let sides = |text: &str| strike_in(text, date(1999, 3, 2)).participants;
    assert_eq!(sides("Serbian police shelled ethnic Albanian hamlets on Monday."), vec!["Serbia"]);
    assert_eq!(sides("Serbian police shelled Albanian border posts on Monday."), vec!["Serbia", "Albania"]);
    // A longer demonym holds a shorter one: "Papua New Guinean" is no Guinean.
    assert_eq!(
        sides("Papua New Guinean soldiers shelled Indonesian posts on Monday."),
        vec!["Papua New Guinea", "Indonesia"]
    );
}

#[test]
fn a_past_verb_at_an_event_does_not_make_the_event_unreal() {
    let status = |text: &str| analyse(&article(text, date(1990, 8, 15))).mentions.first().map(|m| m.status);
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
    assert_eq!(status("Peru has asked for a call between the two presidents."), Some(EventStatus::Unreal));
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
        let statuses: Vec<EventStatus> = kinds_and_statuses(text, r).into_iter().map(|(_, s)| s).collect();
        assert_eq!(statuses, vec![EventStatus::Unreal], "{text}");
    }
    // Far from the trigger, the verb is another's: the strike happened.
    assert_eq!(
        kinds_and_statuses("Intro. Militiamen threatening the port were hit by air strikes on Sunday.", r),
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
    // Nor does the weather pay visits.
    assert!(kinds_of("Intro. Hurricane Irma visited Cuba on Friday.").is_empty());
    assert!(kinds_of("Intro. Typhoon Mangkhut's visit to the harbour front left it in pieces.").is_empty());
    // Nor a band on a concert tour, nor executives touring a mill.
    assert!(kinds_of("Intro. A folk band opens a concert tour of North America on Thursday.").is_empty());
    assert!(kinds_of("Intro. Steel executives would tour a mill near Katowice on Monday.").is_empty());
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
fn an_office_owned_by_a_possessive_or_set_off_after_a_counterpart_takes_part_for_the_country() {
    let meeting = |text: &str| participants_of(text, date(2019, 3, 5), EventKind::Meeting);
    let both = vec!["Nigeria".to_string(), "Niger".to_string()];
    // "Kenya's President", past an aside before the meeting's clause.
    assert_eq!(
        meeting(
            "Intro. Nigeria's President flies in a day early, on Friday, for a meeting with the Nigerien President."
        ),
        both
    );
    // "its President": the country named last before it.
    let text = "Intro. Abuja said its President had met the Nigerien President on Sunday.";
    assert_eq!(meeting(text), both);
    // "his host, the Nigerien President": whom "host" stands for.
    assert_eq!(
        meeting("Intro. The Nigerian President met his host, the Nigerien President, on Saturday."),
        both
    );
    let text = "Intro. The Nigerian President was received on Saturday by his host, the Nigerien President, at the palace.";
    assert_eq!(meeting(text), both);
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
        kinds_of("Intro. The Prime Minister flew to Brussels for a dinner with the Commission President."),
        vec![EventKind::Visit, EventKind::Meeting]
    );
    // The Commission's President is the European Union's.
    let text = "Intro. Talks were held. The Irish Prime Minister and the Commission President \
                    spoke by telephone late on Wednesday evening.";
    assert!(
        participants_of(text, date(2020, 12, 25), EventKind::Call).contains(&"European Union".to_string())
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
    assert_eq!(participants_of(text, date(2018, 4, 14), EventKind::Summit), vec!["Arab League".to_string()]);
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
    let a = article("Intro. NATO envoys met on Monday to discuss the Peruvian air raid.", date(2003, 4, 9));
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
    assert_eq!(meeting.participants, vec!["NATO".to_string()]);
}

#[test]
fn whose_family_meets_is_not_at_the_meeting() {
    let a = article(
        "Intro. A meeting between Minister Ida Berg and Tom Hale's family took place on Monday.",
        date(2003, 4, 9),
    );
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
    assert_eq!(meeting.participants, vec!["Ida Berg".to_string()]);
}

#[test]
fn whose_visit_it_is_is_the_visitor() {
    let a =
        article("Intro. The paper's Ann Roe writes on Mr. Hale's current visit to Chile.", date(2003, 4, 9));
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
    let a = article("Intro. The Pope arrived in Lima on Tuesday for a three-day visit.", date(2019, 10, 2));
    let visit = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Visit).expect("visit");
    assert_eq!(visit.participants, vec!["Vatican".to_string()]);
    let a = article("Intro. The cardinal met Patriarch Ilarion in Minsk on Tuesday.", date(2019, 10, 2));
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
    assert_eq!(kinds_of("Intro. The foreign minister will go to Moscow on Sunday."), vec![EventKind::Visit]);
    assert!(kinds_of("Intro. The senator went to court on Monday.").is_empty());
    assert!(kinds_of("Intro. A man in Ashdod died on his way to a shelter, police say.").is_empty());
    assert_eq!(kinds_of("Intro. The envoy stopped in Rome on his way to Moscow."), [EventKind::Visit]);
    // A place of the gazetteer opening on "The" is named.
    assert_eq!(kinds_of("Intro. The US President is expected in The Hague on Tuesday."), [EventKind::Visit]);
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
    let text = "Intro about Premier Li Wen. \"I will travel to Oslo next week,\" said President Ana Lopes.";
    assert_eq!(first(text, EventKind::Visit), vec!["Ana Lopes".to_string()]);
    // A quote no one is said to have said: no guess.
    let text = "Intro about Premier Li Wen. \"I will travel to Oslo next week.\"";
    assert!(first(text, EventKind::Visit).is_empty());
    // An office-holder never named who says it, after the quote or before it: their country.
    let text = "Intro. \"I flew to Kyiv on Thursday,\" the French President said.";
    assert_eq!(first(text, EventKind::Visit), vec!["France".to_string()]);
    let text = "Intro. The French President said: \"I flew to Kyiv on Thursday.\"";
    assert_eq!(first(text, EventKind::Visit), vec!["France".to_string()]);
    // "he said": whom "he" stands for, named before the quote.
    let text = "Intro. The French President left Minsk at noon. \"I flew to Kyiv on Thursday,\" he said.";
    assert_eq!(first(text, EventKind::Visit), vec!["France".to_string()]);
    // A transcript's label of an office; "we" are the speaker's side too.
    let text = "Joint statement of the German Chancellor.\n\nTHE CHANCELLOR: We met the Czech Prime \
                Minister at the Castle on Monday morning.";
    assert_eq!(first(text, EventKind::Meeting), vec!["Germany".to_string(), "Czech Republic".to_string()]);
}

#[test]
fn a_written_answers_label_names_who_answers() {
    let sides = |text: &str| participants_of(text, date(2003, 3, 26), EventKind::Visit);
    // "shall" stands between the subject and its verb as "will" does.
    let text = "Mr Ellery: To ask Prime Minister Dilys Ormond what her plans are.\n\n\
                The Prime Minister: I shall fly to Mexico this evening.";
    assert_eq!(sides(text), ["Dilys Ormond"]);
    let text = "Mr Ellery: To ask the Prime Minister what her plans are.\n\n\
                The Prime Minister (Dilys Ormond): I shall fly to Mexico this evening.";
    assert_eq!(sides(text), ["Dilys Ormond"]);
}

#[test]
fn a_verb_of_seeing_meets_a_leader_or_a_delegation() {
    assert_eq!(
        kinds_of("Intro. At six the PM saw the Soviet leader at their embassy."),
        [EventKind::Meeting]
    );
    assert_eq!(
        kinds_of("Intro. On Friday the envoy saw the two delegations separately."),
        [EventKind::Meeting]
    );
    assert!(kinds_of("Intro. On Friday the envoy saw the results.").is_empty());
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
    let text =
        "Intro. Premier Li Wen spoke by telephone on Thursday with the leaders of Chile, Peru and Canada.";
    assert_eq!(calls(text), ["Chile", "Peru", "Canada"].map(|c| vec!["Li Wen".to_string(), c.to_string()]));
    // A video call is one of all, with every country listed (the list's commas cut no
    // side off); so is a call whose countries are not whom it was with.
    let text =
        "Intro. Premier Li Wen held a video call with the leaders of Chile, Peru and Canada on Monday.";
    assert_eq!(calls(text), vec![["Li Wen", "Chile", "Peru", "Canada"].map(String::from).to_vec()]);
    let text = "Intro. Premier Li Wen spoke by phone on Monday with the Saudi king, whose government \
                    fears an emboldened Iran, and invited him to Peru.";
    assert_eq!(calls(text).len(), 1);
    // "To" leads to whom as "with" does; people named in a list are called one by one too,
    // unless the call is a conference of all.
    let text = "Intro. Premier Li Wen spoke to the Chilean President and the Peruvian President on Monday.";
    assert_eq!(calls(text), ["Chile", "Peru"].map(|c| vec!["Li Wen".to_string(), c.to_string()]));
    let text = "Intro. Premier Li Wen telephoned Ana Ruiz and Jon Dahl on Monday.";
    assert_eq!(calls(text), ["Ana Ruiz", "Jon Dahl"].map(|c| vec!["Li Wen".to_string(), c.to_string()]));
    let text = "Intro. Premier Li Wen spoke with Ana Ruiz and Jon Dahl in a conference call on Monday.";
    assert_eq!(calls(text), vec![["Li Wen", "Ana Ruiz", "Jon Dahl"].map(String::from).to_vec()]);
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
    assert_eq!(kinds_of("Intro. Eritrean aircraft hit back at Mekelle on Monday."), vec![EventKind::Strike]);
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
    let kinds: Vec<EventKind> = events("Ilunga and Gatera met in Oslo and agreed on a framework for talks.")
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
        strike_found("Intro. Riot police threw stun grenades at protesters in Tbilisi.", date(2019, 6, 21))
            .is_none()
    );
}

#[test]
fn received_by_an_interim_or_new_office_holder_is_a_meeting() {
    let day = date(2019, 11, 25);
    for holder in ["interim", "caretaker", "new"] {
        let text = format!(
            "Intro. Mr Vaucelles arrived on 16 November and was received the next day by the {holder} President."
        );
        let events = events_in(&text, day);
        assert!(
            events.iter().any(|e| e.0 == EventKind::Meeting && e.1 == "2019-11-17"),
            "{holder}: {events:?}"
        );
    }
}

#[test]
fn received_after_and_and_its_auxiliaries_is_a_meeting() {
    let text = "Intro. The French Defence Minister is due in N'Djamena on Thursday and will be received by \
                the President the same evening.";
    let events = events_in(text, date(1986, 2, 17));
    assert!(events.iter().any(|e| e.0 == EventKind::Meeting && e.1 == "1986-02-20TEV"), "{events:?}");
}

#[test]
fn a_headlines_title_in_capitals_names_no_one() {
    // "HOME" is the headline's word; a speaker's label in capitals still names its speaker.
    let text = "PRIME MINISTER HOME FROM COLOMBO\n\nMADRAS - The Prime Minister was back in Delhi last \
                night. The Sri Lankan President telephoned him yesterday evening.";
    let events = events_in(text, date(1987, 7, 31));
    assert!(events.iter().all(|e| !e.3.iter().any(|p| p == "Home")), "{events:?}");
    let text = "Intro.\n\nPRESIDENT WHITCOMBE: I met President Liang Wei in Seoul in March.";
    let events = events_in(text, date(2012, 10, 22));
    assert!(
        events.iter().any(|e| e.0 == EventKind::Meeting && e.3.iter().any(|p| p == "Whitcombe")),
        "{events:?}"
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
    assert_eq!(kinds_of("Intro. The Chinese premier spent two days in Sochi last week."), [EventKind::Visit]);
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
fn a_successor_named_before_its_first_day_is_the_state_of_the_day() {
    // Moscow's names mean the Soviet Union in 1985, Russia from 26 December 1991: the
    // event's own date decides, not the article's.
    let text = "Intro. The US President held talks with Moscow on 19 November 1985. \
                He held talks with Moscow again on 3 April 1994.";
    let sides: Vec<Vec<String>> =
        events_in(text, date(1994, 4, 5)).into_iter().map(|(_, _, _, sides)| sides).collect();
    assert_eq!(sides, [["United States", "Soviet Union"], ["United States", "Russia"]]);
    // Dated by the lede, the article's day; a city of the Czech Republic before it was one.
    let text = "Intro. Soviet tanks struck Prague.";
    let sides = participants_of(text, date(1968, 8, 21), EventKind::Strike);
    assert_eq!(sides, ["Soviet Union", "Czechoslovakia"]);
    let text = "Intro. The Kremlin's envoy held talks with Washington on Friday.";
    assert_eq!(
        participants_of(text, date(1987, 12, 1), EventKind::Meeting),
        ["Soviet Union", "United States"]
    );
    assert_eq!(participants_of(text, date(2007, 12, 1), EventKind::Meeting), ["Russia", "United States"]);
    // The Union's names before Maastricht are the European Community's; the two German states
    // named as such are theirs.
    let text = "Intro. The heads of government meet on Sunday for the European Council.";
    assert_eq!(participants_of(text, date(1980, 4, 26), EventKind::Summit), ["European Community"]);
    assert_eq!(participants_of(text, date(2010, 4, 26), EventKind::Summit), ["European Union"]);
    let text = "Intro. The US President telephoned the West German Chancellor on Friday.";
    assert_eq!(participants_of(text, date(1980, 4, 26), EventKind::Call), ["United States", "West Germany"]);
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
    assert_eq!(kinds_of("Intro. The committee met President Ana Lopes on Monday."), vec![EventKind::Meeting]);
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
    assert_eq!(kinds_of("Intro. She had a call with the Polish president on Friday."), vec![EventKind::Call]);
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
        kinds_of("Intro. The premier discussed the floods with President Ana Lopes by telephone on Monday."),
        vec![EventKind::Call]
    );
}

#[test]
fn a_relative_clause_s_subject_is_the_person_it_follows() {
    let a = article(
        "Intro. President Ana Lopes, who met Prime Minister Karl Brandt on Friday, said the mood was good.",
        date(2003, 4, 12),
    );
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
    // So does a visitor.
    let text = "Intro. The Saudi Crown Prince, whose proposal the leaders adopted, arrived in Beirut on \
                Tuesday.";
    assert_eq!(participants_of(text, r, EventKind::Visit), vec!["Saudi Arabia".to_string()]);
    // Not when the office-holder is named: the visitor is the person.
    let text = "Intro. The EU's envoy for Central Asia, Teresa Lindholm, toured damaged villages in \
                Batken region yesterday.";
    assert_eq!(participants_of(text, r, EventKind::Visit), vec!["Teresa Lindholm".to_string()]);
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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

/// The participants of each mention of `kind`, in order.
fn sides_of(text: &str, reference: Date, kind: EventKind) -> Vec<Vec<String>> {
    events_in(text, reference).into_iter().filter(|e| e.0 == kind).map(|e| e.3).collect()
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
        events_in(text, reference).into_iter().filter(|e| e.0 == EventKind::Meeting).map(|e| e.1).collect()
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
    let names =
        |text: &str| -> Vec<Vec<String>> { events_in(text, reference).into_iter().map(|e| e.3).collect() };
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
    // Office-holders told by their country, one after the other.
    let chancellor = "The German Chancellor, in Rome for the day, met";
    assert_eq!(
        names(&format!(
            "{chancellor} the French President and the Italian Prime Minister in turn on Tuesday."
        )),
        vec![vec!["Germany", "France"], vec!["Germany", "Italy"]]
    );
    assert_eq!(
        names(&format!("{chancellor} the French President and the Italian Prime Minister on Tuesday.")),
        vec![vec!["Germany", "France", "Italy"]]
    );
    // Their office in small words after them, and a third country after the list.
    assert_eq!(
        names(
            "The Chinese host had breakfast with the American and the North Korean heads of delegation \
             in turn, a Chinese spokesman said."
        ),
        vec![vec!["China", "United States"], vec!["China", "North Korea"]]
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
    let talks = events_in("The talks that will open in Geneva on Tuesday are the first.", date(2024, 5, 10));
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
    assert_eq!(calls_in("Premier Ana Ruiz told Chancellor Olaf Brandt by phone that Spain would help."), 1);
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
    let text =
        "OSLO, May 3 - The two foreign ministers met in the capital on Sunday evening to review the talks.";
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
    let text = "Tomorrow the British, French and German foreign ministers meet the Iranian Foreign \
                Minister in Geneva for talks.";
    assert_eq!(events_in(text, date(2020, 2, 10))[0].3, vec!["Iran", "United Kingdom", "France", "Germany"]);
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
    let calls = |text: &str| sides_of(text, date(1979, 4, 4), EventKind::Call);
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
        calls("\nKANO - Counting went on. The President telephoned the British Prime Minister last night."),
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
        sides("Indian warplanes hit a training camp near the town of Balakot, inside Pakistan, on Tuesday."),
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
    assert!(kinds("He planned to spend the holidays climbing to the summit of Ojos del Salado.").is_empty());
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
        calls(
            "Intro. On Sunday, Premier Ana Ruiz spoke with the President of Chile, Luis Rey, at the palace."
        )
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
    let meeting = analyse(&a).mentions.into_iter().find(|m| m.kind == EventKind::Meeting).expect("meeting");
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
    let strike = strike_in("Chilean gunners shot down a Peruvian helicopter on Monday.", day);
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
    let text = "Boko Haram is active in the north. Chadian jets struck militants firing rockets on Monday.";
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
    assert_eq!(kinds_of("ASEAN will hold its summit road show in Hanoi in May."), vec![EventKind::Summit]);
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
    assert_eq!(elections("Cote d'Ivoire held a run-off on Sunday."), vec![vec!["Ivory Coast".to_owned()]]);
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
    // The dateline may come after a headline, on a line that goes on in running text; a
    // place in capitals and a full stop is one too.
    for text in [
        "\nSeventeen years, four presidents, one signature\n\nMANILA, March 27 - The deal was \
         signed on Thursday. Malaysia then became the facilitator.\n\nSalcedo, elected in May 2010, \
         took a risk.",
        "\nTHE HEXHAM HERALD\nFLOODS IN THE SOUTH\n\nMANILA. The deal was signed on Thursday. \
         Malaysia then became the facilitator.\n\nSalcedo, elected in May 2010, took a risk.",
    ] {
        assert_eq!(elections(text), vec![vec!["Philippines".to_owned()]], "{text}");
    }
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
        !met("Intro. Officials in Port Vila met Australian envoys on Monday.").contains(&"Vila".to_owned())
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
        met("Intro. Foreign Minister Ana Soto told reporters that she had met President Luis Paz on Monday."),
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
    assert_eq!(events("Intro. President Ana Soto met Luis Paz on Monday and Karl Brun on Tuesday.").len(), 2);
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
fn they_agreeing_to_meet_again_are_the_sides_of_the_meeting_before() {
    let meetings = |text: &str| {
        analyse(&article(text, date(2015, 10, 24)))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Meeting)
            .map(|m| (m.status, m.participants))
            .collect::<Vec<_>>()
    };
    let four = ["United States", "Russia", "Saudi Arabia", "Turkey"].map(String::from).to_vec();
    let found = meetings(
        "Intro. The American Secretary of State met the Russian, Saudi and Turkish Foreign Ministers \
         yesterday. They agreed to meet again next Friday.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], (EventStatus::Planned, four.clone()));
    // ("since they met": the subject of the sentence, who have not spoken since.)
    let found = meetings(
        "Intro. The American Secretary of State met the Russian, Saudi and Turkish Foreign Ministers \
         yesterday. The talks went well. They had met before in March.",
    );
    assert_eq!(found.last().map(|m| &m.1), Some(&four), "{found:?}");
    // Not "they" deep in a clause, which may be anyone.
    let found = meetings(
        "Intro. The American Secretary of State met the Russian, Saudi and Turkish Foreign Ministers \
         yesterday. When the crisis began they met in Geneva.",
    );
    assert!(found.iter().skip(1).all(|m| m.1 != four), "{found:?}");
    // "They" opening a clause of the same sentence: "and they agreed to meet again".
    let found = meetings(
        "Intro. The American Secretary of State met the Russian, Saudi and Turkish Foreign Ministers \
         yesterday, and they agreed to meet again next Friday.",
    );
    assert_eq!(found.last(), Some(&(EventStatus::Planned, four.clone())), "{found:?}");
}

#[test]
fn a_hosts_banquet_for_the_guests_is_with_the_last_visitors() {
    let meetings = |text: &str| {
        analyse(&article(text, date(2023, 3, 30)))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Meeting)
            .map(|m| m.participants)
            .collect::<Vec<_>>()
    };
    let found = meetings(
        "Intro.\n\nPresident Lionel Marsh of Ghana arrived in Berlin on Wednesday for a state visit.\n\n\
         That evening President Greta Vogel gave a state banquet for her guest at Bellevue Palace.",
    );
    assert_eq!(found, vec![vec!["Greta Vogel".to_owned(), "Lionel Marsh".to_owned()]]);
    // "In their honour" names the guests too; a banquet for others does not.
    let found = meetings(
        "Intro.\n\nPresident Lionel Marsh of Ghana arrived in Berlin on Wednesday for a state visit.\n\n\
         That evening President Greta Vogel gave a state banquet in their honour.",
    );
    assert_eq!(found, vec![vec!["Greta Vogel".to_owned(), "Lionel Marsh".to_owned()]]);
    let found = meetings(
        "Intro.\n\nPresident Lionel Marsh of Ghana arrived in Berlin on Wednesday for a state visit.\n\n\
         That evening President Greta Vogel gave a state banquet for the diplomatic corps.",
    );
    assert!(found.iter().all(|m| !m.contains(&"Lionel Marsh".to_owned())), "{found:?}");
}

#[test]
fn talks_referred_back_that_resume_on_a_day_to_come_are_their_next_session() {
    let text = "Intro. The government and the rebels opened peace talks in Oslo yesterday. The talks \
                would resume next Friday. The talks were the first since 2003.";
    let events = extract(&[article(text, date(2006, 5, 27))]).events;
    let talks: Vec<_> = events
        .iter()
        .filter(|e| e.kind == EventKind::Talks)
        .map(|e| (e.when.as_ref().map(|w| w.span.value.clone()), e.status, e.mentions.len()))
        .collect();
    // The session held, with the past "The talks were" as its second mention, and the next one.
    assert_eq!(
        talks,
        vec![
            (Some("2006-05-26".to_owned()), EventStatus::Happened, 2),
            (Some("2006-06-02".to_owned()), EventStatus::Planned, 1),
        ]
    );
    // Not talks that "resumed": the same talks, going on.
    let text = "Intro. The government and the rebels opened peace talks in Oslo yesterday. The talks \
                resumed this morning after a break.";
    let events = extract(&[article(text, date(2006, 5, 27))]).events;
    assert_eq!(events.iter().filter(|e| e.kind == EventKind::Talks).count(), 1);
}

#[test]
fn whoever_rings_anyone_calls_but_bells_and_true_words_make_no_call() {
    for call in [
        "The ambassador rang the assistant minister again on Monday afternoon.",
        "Late at night an assistant foreign minister rings him back.",
        "The Chinese President rang to congratulate him.",
    ] {
        assert_eq!(kinds_of(call), vec![EventKind::Call], "{call}");
    }
    for look_alike in [
        "Wall Street rang the closing bell on Friday.",
        "Church bells rang for the dead on Monday.",
        "His reasons did not ring true on Monday.",
        "Shots rang out on Monday.",
        "I rang my wife on Monday.",
        "The phone rang.",
    ] {
        assert!(!kinds_of(look_alike).contains(&EventKind::Call), "{look_alike}");
    }
}

#[test]
fn a_record_of_debates_names_its_speakers_in_labels_not_as_participants() {
    let text = "Intro.\n\nMr Bertram Ogle (Glanton and Coquetdale) (Lab): To ask the Secretary of State for \
                Foreign and Commonwealth Affairs if he will make a statement on the Prime Minister's visits \
                to Washington and Ankara.\n\nThe Secretary of State for Foreign and Commonwealth Affairs: \
                On Thursday the Prime Minister flew to Philadelphia, and on Friday she went on to \
                Washington.\n\nFrom Washington the Prime Minister flew to Ankara, where on Saturday she \
                met the Turkish President. On the flight home on Saturday evening she spoke to the German \
                Chancellor by telephone from the aircraft.";
    let calls = sides_of(text, date(2017, 1, 30), EventKind::Call);
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert!(!calls[0].iter().any(|p| p.contains("Ogle")), "{calls:?}");
}

#[test]
fn the_republic_of_china_is_taiwan_and_the_peoples_republic_is_china() {
    let sides = |text: &str| sides_of(text, date(2016, 12, 3), EventKind::Meeting).concat();
    assert!(
        sides("The President of the Republic of China met the French President in Taipei on Friday.")
            .contains(&"Taiwan".to_owned())
    );
    let peoples = sides("The Premier of the People's Republic of China met the French President on Friday.");
    assert!(peoples.contains(&"China".to_owned()) && !peoples.contains(&"Taiwan".to_owned()), "{peoples:?}");
}

#[test]
fn a_summit_whose_own_clause_opens_and_closes_it_is_not_dated_by_the_flight_before() {
    let text = "Intro. The Chancellor flew to Rio on Sunday for the G20 summit, which opens this morning \
                and ends tomorrow.";
    let found = events_in(text, date(2024, 11, 18));
    let summit = found.iter().find(|e| e.0 == EventKind::Summit).expect("summit");
    assert_eq!(summit.1, "2024-11-18TMO/2024-11-19");
    let visit = found.iter().find(|e| e.0 == EventKind::Visit).expect("visit");
    assert_eq!(visit.1, "2024-11-17");
}

#[test]
fn a_live_entrys_present_perfect_is_news_of_its_day() {
    let text = "LIVE: THE MORNING AFTER\n\n10:10 - The Turkish President telephoned the \
                President-elect this morning.\n\n10:45 - The Israeli Prime Minister has spoken to the \
                President-elect by telephone, his office says.\n\n11:00 - Extremists had bombed two \
                towns.";
    let found = events_in(text, date(2016, 11, 9));
    let calls: Vec<&str> = found.iter().filter(|e| e.0 == EventKind::Call).map(|e| e.1.as_str()).collect();
    assert_eq!(calls, ["2016-11-09TMO", "2016-11-09"]);
    // Not the past perfect, which tells of before.
    let strike = found.iter().find(|e| e.0 == EventKind::Strike).expect("strike");
    assert_eq!(strike.1, "undated");
}

#[test]
fn one_who_talks_of_a_summit_holds_no_talks() {
    assert!(
        !kinds_of("Nobody in either capital yet talks of a summit with the Soviet leader.")
            .contains(&EventKind::Talks)
    );
    assert!(!kinds_of("The minister talks of an end to the war.").contains(&EventKind::Talks));
}

#[test]
fn telephone_as_a_verb_calls_whom_it_names() {
    for call in [
        "He was the first foreign leader to telephone the President-elect.",
        "The Japanese Prime Minister will telephone the President-elect tomorrow morning.",
    ] {
        assert_eq!(kinds_of(call), vec![EventKind::Call], "{call}");
    }
    for look_alike in ["They switched to telephone voting.", "He had no access to telephone lines."] {
        assert!(!kinds_of(look_alike).contains(&EventKind::Call), "{look_alike}");
    }
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
    let text =
        "In Lisbon, the Diario Matinal reports that Spain's king telephoned President Rui Alves on Friday.";
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
        // Longer words of when, and how many, before the agent.
        "Intro. Israel was struck in the early hours of Sunday by more than three hundred drones.",
        // Fired on: the agent after "from".
        "Intro. A border post came under fire from Contras based in Honduras on Thursday.",
        "Intro. The capital came under attack from rebel columns on 13 April.",
        // The agent may end its paragraph.
        "Intro. The depot was hit on Sunday by drones.\nThe next paragraph.",
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
        "Intro. The Prime Minister came under fire from critics on the left on Monday.",
    ] {
        assert!(kinds_of(look_alike).is_empty(), "{look_alike}");
    }
    // Who came under fire made no strike.
    let found = events_in("Intro. Israeli troops came under fire from Hezbollah fighters on Monday.", day);
    assert!(
        found.iter().any(|e| e.0 == EventKind::Strike && e.3.contains(&"Hezbollah".to_owned())),
        "{found:?}"
    );
}

#[test]
fn a_blocs_leaders_meeting_is_its_summit() {
    let found = events_in("Intro. The ASEAN leaders' meeting opens in Manila on Monday.", date(2017, 11, 9));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, EventKind::Summit);
    // The meeting of two stays one.
    let found =
        events_in("Intro. The two leaders' meeting in Manila on Monday lasted an hour.", date(2017, 11, 9));
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
    let summit =
        |text: &str| events_in(text, day).into_iter().find(|e| e.0 == EventKind::Summit).expect("a summit").3;
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
        meeting("Intro. Marquardt met the foreign ministers, Paulo Araujo and Martin Ocampo, on Thursday."),
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

#[test]
fn a_bodys_noun_stands_for_the_body_named_before() {
    let day = date(2021, 6, 18);
    // "The organisation's Director-General": the body the text named last.
    let events = events_in(
        "Intro. The WTO ministerial in Geneva ran two days late.\n\nThe organisation's \
         Director-General telephoned the Indian Prime Minister on Wednesday night.",
        day,
    );
    assert_eq!(events[0].3, vec!["WTO".to_owned(), "India".to_owned()], "{events:?}");
    // "the bloc" is the bloc named last, not the body named since.
    let text = "ECOWAS leaders met in Abuja. The UN was not there.\n\nOn Friday the regional bloc \
                held a summit in Accra.";
    let events = events_in(text, day);
    let summit = events.iter().find(|e| e.0 == EventKind::Summit).expect("summit");
    assert_eq!(summit.3, vec!["ECOWAS".to_owned()], "{events:?}");
    // "the regional group" is a bloc too; "The alliance" is NATO, and its leaders who "meet
    // at their summit" hold the summit, no meeting besides.
    let text = "Intro. ECOWAS envoys left Niamey.\n\nThe regional group's leaders will hold a summit \
                in Abuja on Thursday. The alliance's leaders meet at their summit in Wales in September.";
    let events = events_in(text, day);
    let summits: Vec<_> = events.iter().filter(|e| e.0 == EventKind::Summit).map(|e| e.3.clone()).collect();
    assert_eq!(summits, [vec!["ECOWAS".to_owned()], vec!["NATO".to_owned()]], "{events:?}");
    assert!(events.iter().all(|e| e.0 != EventKind::Meeting), "{events:?}");
}

#[test]
fn someone_who_met_the_two_leaders_met_the_last_two_named() {
    let r = date(2017, 6, 30);
    let text = "Intro. Andreas Kleanthous and Kemal Özdemir arrived in Geneva.\n\nEnvoy Lars Hedegaard met \
                the two leaders together this afternoon.";
    assert_eq!(
        participants_of(text, r, EventKind::Meeting),
        vec!["Lars Hedegaard".to_string(), "Andreas Kleanthous".to_string(), "Kemal Özdemir".to_string()]
    );
}

#[test]
fn speaking_again_after_a_call_is_another_call_between_the_same_sides() {
    // 1991-01-20 is a Sunday: Friday is 01-18, Saturday 01-19.
    let calls = |text: &str| -> Vec<(String, Vec<String>)> {
        extract(&[article(text, date(1991, 1, 20))])
            .events
            .into_iter()
            .filter(|e| e.kind == EventKind::Call)
            .map(|e| (e.when.map(|w| w.span.value).unwrap_or_default(), e.participants))
            .collect()
    };
    let sides = || vec!["United States".to_owned(), "Israel".to_owned()];
    let text = "Intro. The US President telephoned the Israeli Prime Minister on Friday, and the two \
                spoke again on Saturday after the second attack.";
    assert_eq!(calls(text), vec![("1991-01-18".to_owned(), sides()), ("1991-01-19".to_owned(), sides())]);
    // "They", with no one named: the sides of the call before ("the two armies'" are the two
    // countries named last).
    let text = "Intro. India and Pakistan traded fire on Friday. That night the two armies' commanders \
                spoke by telephone. They spoke again on Saturday.";
    let pair = ["India", "Pakistan"];
    let found = calls(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found.iter().all(|(_, p)| p.len() == 2 && pair.iter().all(|c| p.iter().any(|n| n == c))),
        "{found:?}"
    );
    // With no call told before, speaking again is speech.
    assert!(calls("Intro. The two men spoke again on Saturday at the rally.").is_empty());
}

#[test]
fn whom_an_earlier_predicate_names_is_not_the_next_predicates() {
    // 2020-10-01 is a Thursday: Monday is 09-28, Tuesday 09-29.
    let text = "Intro. The Turkish Foreign Minister, Selim Akdogan, met his Azerbaijani counterpart, \
                Elnur Rzayev, in Ankara on Monday, telephoned the Russian Foreign Minister on Tuesday and \
                flew to Baku yesterday for talks with the Azerbaijani President.";
    let events = extract(&[article(text, date(2020, 10, 1))]).events;
    let of = |kind: EventKind| events.iter().find(|e| e.kind == kind).map(|e| e.participants.clone());
    assert_eq!(of(EventKind::Meeting), Some(vec!["Elnur Rzayev".to_owned(), "Selim Akdogan".to_owned()]));
    assert_eq!(of(EventKind::Call), Some(vec!["Selim Akdogan".to_owned(), "Russia".to_owned()]));
    // A clause of its own subject is no predicate of the opening one: "before their breakfast
    // meeting" is between the two named before it.
    let text = "Intro. Russia's Foreign Minister, Yevgeny Tarkhanov, who came to Madrid for the council, \
                shakes hands with the U.S. Secretary of State, Margaret Olney, before their breakfast \
                meeting on Wednesday.";
    let events = extract(&[article(text, date(2020, 10, 1))]).events;
    let meeting = events.iter().find(|e| e.kind == EventKind::Meeting).map(|e| e.participants.clone());
    assert!(meeting.is_some_and(|p| p.contains(&"Margaret Olney".to_owned())));
}

#[test]
fn calls_and_meetings_told_in_their_rarer_words() {
    for call in [
        "The US President had rung the Israeli Prime Minister on Tuesday.",
        "The Secretary-General rang him at his hotel in Nicosia that night.",
        "The US President was on the line to the Israeli Prime Minister for twenty minutes on Tuesday.",
        "The Secretary of State got on the phone with the Cuban Foreign Minister yesterday.",
        "The two armies' commanders spoke on their hotline on 16 January.",
        "The Afghan government and the Taliban held their first direct contacts by video call.",
        // "Who" calls, and "rang" may follow a clause set off; a span of time after the callee.
        "The Prime Minister, who rang his Pakistani counterpart late on Monday, said so.",
        "The US President, who ordered the inquiry, rang the British Prime Minister an hour before.",
    ] {
        assert_eq!(kinds_of(call), vec![EventKind::Call], "{call}");
    }
    for not_a_call in [
        "He rang the bell on Tuesday.",
        "The phone rang twice.",
        "She rang him.",
        "The senator, who called Zelensky a hero, left.",
        "The group, called Hamas a day later, left.",
    ] {
        assert!(!kinds_of(not_a_call).contains(&EventKind::Call), "{not_a_call}");
    }
    for meeting in [
        "Kirby huddled with the Lebanese Prime Minister for three hours on Friday.",
        "The PLO leader conferred late this afternoon with the Lebanese Prime Minister.",
        "Kirby breakfasted with the Israeli Defence Minister in Jerusalem.",
        "The two Presidents agreed a ceasefire in a tete-a-tete at the Kremlin on 5 March.",
        "He was closeted with the Turkish Prime Minister for most of an evening.",
        "The Prime Minister's audience with the Pope lasted an hour.",
    ] {
        assert_eq!(kinds_of(meeting), vec![EventKind::Meeting], "{meeting}");
    }
    // Conferring with no one titled after it is talks.
    assert_eq!(kinds_of("The two foreign ministers conferred in Geneva on Monday."), vec![EventKind::Talks]);
    // Returning a call is a call after one; before any, no call.
    let text = "Intro. The Turkish President rang the Emir of Kuwait on Tuesday night, and the Emir \
                returned the call from his aircraft on Wednesday morning.";
    assert_eq!(kinds_of(text), vec![EventKind::Call, EventKind::Call]);
    assert!(kinds_of("Intro. The Emir returned the call from his aircraft.").is_empty());
}

#[test]
fn talks_summits_strikes_and_visits_told_in_their_rarer_words() {
    let kinds = |text: &str| kinds_of(&format!("Intro. {text}"));
    assert_eq!(
        kinds("The Wye River memorandum came after nine days of parleys with the Israeli side."),
        vec![EventKind::Talks]
    );
    assert_eq!(
        kinds("Officials of the two countries will hold exploratory discussions in Havana in January."),
        vec![EventKind::Talks]
    );
    assert_eq!(
        kinds("Arab leaders have not sat together since their conclave at Fez in November."),
        vec![EventKind::Summit]
    );
    assert!(kinds("The papal conclave opens in Rome on Monday.").is_empty());
    assert_eq!(
        kinds("It was the President's second cruise-missile attack on Iraq this year."),
        vec![EventKind::Strike]
    );
    assert_eq!(
        kinds("The US Secretary of State, on a swing through Asia, reached Beijing on Monday."),
        vec![EventKind::Visit]
    );
}

#[test]
fn a_transcripts_speakers_report_and_take_no_part() {
    let text = "RADIO BULLETIN. TRANSCRIPT.\n\nNADIA FERRIS: Good morning. Paul Adeyemi is in Kyiv. Paul?\n\n\
                PAUL ADEYEMI: Missiles hit Lviv overnight, Nadia.\n\nNADIA FERRIS: Hannah Voss is in Brussels.\n\n\
                HANNAH VOSS: The Ukrainian President joined the leaders from Kyiv. He spent much of yesterday \
                on the phone: he spoke to the US President in the afternoon.\n";
    let events = extract(&[article(text, date(2022, 10, 11))]).events;
    // Where a speaker is, is where they report from.
    assert!(!events.iter().any(|e| e.kind == EventKind::Visit), "{events:?}");
    // "he" again in its sentence is whom "He" was: the Ukrainian President, not a speaker.
    let call = events.iter().find(|e| e.kind == EventKind::Call).expect("the call");
    assert_eq!(call.participants, vec!["Ukraine".to_owned(), "United States".to_owned()]);
    // Money shelled out is no shelling.
    assert!(kinds_of("Intro. Fans shelled out a month's wages for tickets.").is_empty());
}

#[test]
fn talks_between_a_trade_union_and_an_employer_are_no_diplomacy() {
    assert!(
        kinds_of("Intro. Talks between the state railway and the drivers' union broke down on Thursday.")
            .is_empty()
    );
    assert!(kinds_of("Intro. Talks between the union and Deutsche Bahn collapsed last week.").is_empty());
    // The European Union is no trade union.
    assert_eq!(
        kinds_of("Intro. Talks between the European Union and Russia ended on Monday."),
        vec![EventKind::Talks]
    );
}

#[test]
fn a_question_whether_an_event_happens_reports_none_unless_it_is_set() {
    let r = date(2017, 5, 2);
    let kinds = |text: &str| kinds_and_statuses(text, r);
    // "whether" with any subject, not only a pronoun's, asks and reports nothing.
    assert_eq!(
        kinds("It was not clear whether the Kremlin would receive him."),
        vec![(EventKind::Meeting, EventStatus::Unreal)]
    );
    assert_eq!(
        kinds("Asked whether the President would meet the Hungarian prime minister, he said no."),
        vec![(EventKind::Meeting, EventStatus::Unreal)]
    );
    // The summit named as set is an event; the question is whether it goes ahead.
    assert_eq!(
        kinds("Officials said it was too early to say whether the summit, set for 25 July, would go ahead."),
        vec![(EventKind::Summit, EventStatus::Planned)]
    );
}

#[test]
fn one_received_as_him_is_whom_the_pronoun_stands_for() {
    let r = date(1978, 9, 18);
    // "is to receive him": the base form after "to", a person received by pronoun; "He" of
    // the clause before is whom "him" stands for.
    let text = "The Egyptian President left Washington before dawn today. He landed in Rabat this \
                afternoon, and the King of Morocco is to receive him tonight.";
    let found = analyse(&article(text, r)).mentions;
    let meeting = found.iter().find(|m| m.kind == EventKind::Meeting).expect("the reception");
    assert_eq!(meeting.status, EventStatus::Planned);
    assert_eq!(meeting.participants, vec!["Egypt".to_owned(), "Morocco".to_owned()]);
    // An office-holder never named, spoken of in the sentence before, with no "he" since.
    assert_eq!(
        participants_of(
            "Liang Wenbo spoke on Monday. The UN Secretary-General also arrived in Astana today. \
             The Head of State will receive him tomorrow morning.",
            r,
            EventKind::Meeting
        ),
        vec!["United Nations".to_owned(), "Kazakhstan".to_owned()]
    );
    // But "he" since goes back to whom the article is about: "him" is the person named.
    assert_eq!(
        participants_of(
            "Einar Solvang was born in Bergen. He watched the Israeli prime minister and the PLO \
             chairman shake hands; he was seated in row nineteen. In 2009 the UN Secretary-General \
             telephoned him.",
            r,
            EventKind::Call
        ),
        vec!["Einar Solvang".to_owned(), "United Nations".to_owned()]
    );
    // A letter received is no meeting; nor an award to be received.
    assert!(kinds_of("Intro. The Queen received her letter on Monday.").is_empty());
    assert!(kinds_of("Intro. The Queen will receive the award on Monday.").is_empty());
}

#[test]
fn the_emir_of_a_country_is_its_office_holder_whom_he_stands_for() {
    let r = date(2017, 6, 10);
    // "The Emir of Kuwait" opens the sentence before: "He" is Kuwait's emir.
    let text = "A reader asks whether anyone is trying to mediate. The Emir of Kuwait is. He flew to \
                Jeddah on Tuesday and saw the Saudi King that evening.";
    let found = analyse(&article(text, r)).mentions;
    let visit = found.iter().find(|m| m.kind == EventKind::Visit).expect("the visit");
    assert_eq!(visit.participants, vec!["Kuwait".to_owned()]);
    let meeting = found.iter().find(|m| m.kind == EventKind::Meeting).expect("the meeting");
    assert_eq!(meeting.participants, vec!["Kuwait".to_owned(), "Saudi Arabia".to_owned()]);
    // Named after the country, the office is the person's: "the President of Peru Rosa Quispe".
    assert_eq!(
        participants_of("The President of Peru Rosa Quispe arrived in Quito on Monday.", r, EventKind::Visit),
        vec!["Rosa Quispe".to_owned()]
    );
    // "the Emir" again in the sentence is the one just named with his country, not the
    // Qatari Emir named before.
    let text = "Intro. The Qatari Emir spoke on Monday. The Turkish President rang the Emir of Kuwait \
                on Tuesday night, and the Emir returned the call yesterday morning.";
    let calls: Vec<_> =
        analyse(&article(text, r)).mentions.into_iter().filter(|m| m.kind == EventKind::Call).collect();
    assert_eq!(calls.len(), 2, "{calls:?}");
    assert!(calls.iter().all(|c| c.participants.contains(&"Kuwait".to_owned())), "{calls:?}");
    assert!(!calls.iter().any(|c| c.participants.contains(&"Qatar".to_owned())), "{calls:?}");
}

#[test]
fn receptions_of_nationals_of_both_men_and_a_sit_down_to_come() {
    let r = date(2000, 12, 13);
    // "received the Eritrean for half an hour": a national received for a while.
    assert_eq!(
        participants_of(
            "After lunch the Secretary-General received the Eritrean for half an hour.",
            r,
            EventKind::Meeting
        ),
        vec!["United Nations".to_owned(), "Eritrea".to_owned()]
    );
    // "receives both men": two people received together.
    assert_eq!(
        kinds_of("Intro. The King receives both men before the first session."),
        vec![EventKind::Meeting]
    );
    // "is to sit down with": the base form of a meeting to come.
    let found =
        analyse(&article("He is to sit down with his Eritrean opposite number on Tuesday.", r)).mentions;
    let meeting = found.iter().find(|m| m.kind == EventKind::Meeting).expect("the meeting");
    assert_eq!(meeting.status, EventStatus::Planned);
    // A state's formal name is the state, not a person called "Arab".
    let sides = participants_of(
        "This morning the President received the Ambassador of the Libyan Arab Republic at Malacanang.",
        r,
        EventKind::Meeting,
    );
    assert!(sides.contains(&"Libya".to_owned()) && !sides.contains(&"Arab".to_owned()), "{sides:?}");
}

#[test]
fn he_and_its_carry_their_referent_across_sentences() {
    let r = date(2017, 6, 10);
    // "He" opens two sentences running; the first names the Saudi King as it goes, who is
    // no candidate for the second "he".
    let text = "A reader asks whether anyone is trying to mediate. The Emir of Kuwait is. He flew to \
                Jeddah on Tuesday and saw the Saudi King that evening. On Wednesday he went on to Dubai.";
    let found = analyse(&article(text, r)).mentions;
    let dubai =
        found.iter().find(|m| m.kind == EventKind::Visit && m.trigger == "went on to").expect("Dubai");
    assert_eq!(dubai.participants, vec!["Kuwait".to_owned()]);
    // "Its" opening a sentence is the state or body the sentence before is about.
    let text = "A reader asks whether Turkey has taken sides.\nIts parliament voted on Wednesday to let \
                more troops go to a Turkish base in Qatar. Its Foreign Minister is expected in Doha next week.";
    assert_eq!(participants_of(text, r, EventKind::Visit), vec!["Turkey".to_owned()]);
    let text = "A reader asks whether the Gulf Cooperation Council will survive.\nIts next summit is due \
                in Kuwait in December.";
    assert_eq!(participants_of(text, r, EventKind::Summit), vec!["Gulf Cooperation Council".to_owned()]);
}

#[test]
fn a_reception_in_the_present_and_a_summit_that_opens_later_are_dated_ahead() {
    let r = date(2006, 12, 13);
    // "receives ... on Friday", "hosts ... on Friday": a timetable, the Friday to come.
    assert_eq!(
        dated(
            "Venezuela's President receives his Bolivian counterpart here on Friday.",
            r,
            EventKind::Meeting
        )
        .as_deref(),
        Some("2006-12-15")
    );
    // The summit's own relative clause dates it, not the day the minister flies.
    let r = date(1998, 6, 6);
    let text = "The Ethiopian Foreign Minister flies to Ouagadougou tomorrow for the summit of the \
                Organisation of African Unity, which opens there on Monday.";
    assert_eq!(dated(text, r, EventKind::Summit).as_deref(), Some("1998-06-08"));
    assert_eq!(dated(text, r, EventKind::Visit).as_deref(), Some("1998-06-07"));
    // So does the clause after a name's head noun ("the G20 summit, which").
    let text = "Vos flew to Osaka on Tuesday for the G20 summit, which opens on Friday.";
    assert_eq!(dated(text, date(2019, 6, 26), EventKind::Summit).as_deref(), Some("2019-06-28"));
    // A clause that says how long it runs leaves the date before it the opening day.
    let text = "On Tuesday he heads to Johannesburg for the BRICS summit, which runs until Thursday.";
    assert_eq!(dated(text, date(2023, 8, 21), EventKind::Summit).as_deref(), Some("2023-08-22/2023-08-24"));
}

#[test]
fn both_men_called_are_the_two_named_before_the_callers_clause() {
    let r = date(2024, 5, 10);
    // "both men" is "the two men": each is called, the two named in the clause before.
    let text = "Intro. Kyrgyz President Bakyt Osmonaliev flew home. Yesterday Osmonaliev and the Tajik \
                president agreed a ceasefire by telephone, and the Russian president phoned both men.";
    let calls: Vec<Vec<String>> = analyse(&article(text, r))
        .mentions
        .into_iter()
        .filter(|m| m.kind == EventKind::Call && m.participants.contains(&"Russia".to_owned()))
        .map(|m| m.participants)
        .collect();
    assert!(calls.iter().any(|p| p.contains(&"Bakyt Osmonaliev".to_owned())), "{calls:?}");
    assert!(calls.iter().any(|p| p.contains(&"Tajikistan".to_owned())), "{calls:?}");
    // The subject of the trigger's own clause is not one of the two it receives.
    let text = "Intro. The US President and the Soviet President arrived on Monday. On Tuesday evening \
                the Spanish Prime Minister received the two presidents at the Moncloa palace.";
    let meeting = analyse(&article(text, r)).mentions.into_iter().find(|m| m.kind == EventKind::Meeting);
    let sides = meeting.expect("the reception").participants;
    assert!(
        sides.contains(&"United States".to_owned()) && sides.contains(&"Soviet Union".to_owned()),
        "{sides:?}"
    );
}

#[test]
fn a_counterpart_in_a_capital_a_dinner_given_and_an_afternoon_spent_together() {
    let r = date(1998, 6, 6);
    // Whose counterpart the capital after "in" says, for a call that has no place.
    assert_eq!(
        participants_of(
            "Last night the Eritrean President telephoned his counterpart in Kampala.",
            r,
            EventKind::Call
        ),
        vec!["Eritrea".to_owned(), "Uganda".to_owned()]
    );
    // "gave him dinner", "spent the afternoon with": a host's meal and an afternoon together.
    assert_eq!(
        kinds_of("Intro. His host, the Brazilian President, gave him dinner that night."),
        vec![EventKind::Meeting]
    );
    assert_eq!(
        kinds_of("Intro. The newcomer spent the afternoon with the American Secretary of State."),
        vec![EventKind::Meeting]
    );
}

#[test]
fn a_document_signed_together_is_a_meeting_of_its_signers() {
    let r = date(2009, 10, 12);
    // Two sides joined by "and", or named after the document with "with", sign together.
    assert_eq!(
        participants_of(
            "Foreign Ministers Levon Arakelyan and Kemal Aydin signed two protocols in Zurich on Saturday.",
            r,
            EventKind::Meeting
        ),
        vec!["Levon Arakelyan".to_owned(), "Kemal Aydin".to_owned()]
    );
    assert_eq!(
        dated(
            "On Saturday Hassan Warsame signed a memorandum of understanding with Ethiopia's Prime \
             Minister, Dawit Alemu.",
            r,
            EventKind::Meeting
        )
        .as_deref(),
        Some("2009-10-10")
    );
    // A list may name a side with "the".
    assert_eq!(
        participants_of(
            "Israel, the United Arab Emirates and Bahrain signed normalisation agreements at the \
             White House on Saturday.",
            r,
            EventKind::Meeting
        ),
        vec!["Israel".to_owned(), "United Arab Emirates".to_owned(), "Bahrain".to_owned()]
    );
    // One side signing, verbs joined by "and", a bill, others' signing joined, a negotiators'
    // signing that closes talks: no meeting.
    for text in [
        "Intro. The Albanians signed the accord on Friday and the Serbs refused.",
        "Intro. The President flew home and signed the treaty on Friday.",
        "Intro. The President signed the bill into law on Tuesday.",
        "Intro. The UAE, Bahrain and Egypt also signed the declaration on Tuesday.",
        "Intro. On Monday the two sides sign a declaration on protecting civilians.",
    ] {
        assert!(!kinds_of(text).contains(&EventKind::Meeting), "{text}");
    }
    // Signed at a summit or a meeting told in the sentence: that alone.
    assert_eq!(
        kinds_of("Intro. Israel and Jordan signed a declaration at the Arab League summit on Tuesday."),
        vec![EventKind::Summit]
    );
    assert_eq!(
        kinds_of("Intro. Li held talks with the Egyptian President on Friday and the two signed an accord."),
        vec![EventKind::Meeting]
    );
}

#[test]
fn a_numbered_day_of_an_event_dates_what_happens_on_it() {
    let r = date(1995, 11, 20);
    // "On the tenth day of the talks": nine days after the talks' first.
    let text = "Intro. The talks opened at Dayton on 1 November. On the tenth day of the talks the \
                Bosnian and Croatian presidents met for an hour.";
    assert_eq!(dated(text, r, EventKind::Meeting).as_deref(), Some("1995-11-10"));
    // Alone, of the event dated last; in figures too.
    let text = "Intro. The talks opened at Dayton on 1 November. On the 3rd day the Bosnian and \
                Croatian presidents met for an hour.";
    assert_eq!(dated(text, r, EventKind::Meeting).as_deref(), Some("1995-11-03"));
    // A date of the sentence's own wins.
    let text = "Intro. The talks opened at Dayton on 1 November. On the second day of the talks, \
                Thursday, the presidents met.";
    assert_eq!(dated(text, r, EventKind::Meeting).as_deref(), Some("1995-11-16"));
    // A day of talks is when a signing is, no talks it is part of.
    let text = "Intro. The talks opened at Dayton on 1 November. On the tenth day of the talks the \
                Bosnian and Croatian presidents signed an agreement.";
    assert_eq!(dated(text, r, EventKind::Meeting).as_deref(), Some("1995-11-10"));
}

#[test]
fn a_stay_told_with_its_first_day_runs_from_it() {
    let r = date(2019, 6, 29);
    // In the present, to the article's day; with a later day told, to that day.
    let text = "Intro. The American President, who has been in Osaka since Thursday night, has just \
                posted a message.";
    assert_eq!(dated(text, r, EventKind::Visit).as_deref(), Some("2019-06-27/2019-06-29"));
    let text = "Intro. The Prime Minister, who had been in London since 7 June, flew home to Salisbury \
                on Tuesday.";
    assert_eq!(dated(text, r, EventKind::Visit).as_deref(), Some("2019-06-07/2019-06-25"));
    // A trip made since a day is no stay from it.
    let text = "Intro. Crane has traveled to the Gulf four times since August.";
    let trips = dated(text, r, EventKind::Visit);
    assert!(!trips.as_deref().is_some_and(|d| d.contains('/')), "{trips:?}");
    // A stay of three weeks and more ends on the day its visitor left.
    let text = "Intro. The three presidents, who arrived on 31 May, flew home this morning.";
    assert_eq!(dated(text, r, EventKind::Visit).as_deref(), Some("2019-05-31/2019-06-29"));
}

#[test]
fn an_unnamed_office_holder_of_a_country_after_a_or_an_is_that_country() {
    let r = date(1979, 10, 19);
    // "An American Assistant Secretary of State": one of the country's, with a rank between.
    let text = "Intro. An American Assistant Secretary of State, who arrived in London on Monday, met \
                the two leaders on Tuesday morning.";
    assert_eq!(participants_of(text, r, EventKind::Visit), vec!["United States".to_owned()]);
    let text = "Intro. A French Foreign Minister flew to Bonn on Monday.";
    assert_eq!(participants_of(text, r, EventKind::Visit), vec!["France".to_owned()]);
}

#[test]
fn each_of_the_three_called_is_a_call_to_each_named_before() {
    let text = "Intro. The Bosnian, Serbian and Croatian presidents arrived on Monday. The American \
                President telephoned each of the three presidents tonight.";
    let calls: Vec<Vec<String>> = analyse(&article(text, date(1995, 11, 12)))
        .mentions
        .into_iter()
        .filter(|m| m.kind == EventKind::Call)
        .map(|m| m.participants)
        .collect();
    assert_eq!(calls.len(), 3, "{calls:?}");
    for side in ["Bosnia and Herzegovina", "Serbia", "Croatia"] {
        assert!(
            calls.iter().any(|c| c.contains(&side.to_owned()) && c.contains(&"United States".to_owned()))
        );
    }
}

#[test]
fn someone_seen_for_a_time_and_a_meal_given_are_meetings() {
    // An object pronoun seen for a time is met ("saw him as a rival" is not).
    assert_eq!(
        kinds_of("Intro. Khalilzad showed the draft to the Afghan President, who saw him for three hours."),
        vec![EventKind::Meeting]
    );
    assert!(kinds_of("Intro. The minister saw him as a rival for the leadership.").is_empty());
    // A meal given, told from the guest's side or in the present.
    assert_eq!(
        kinds_of("Intro. The Soviet leader was given lunch by the Prime Minister."),
        vec![EventKind::Meeting]
    );
    assert_eq!(
        kinds_of("Intro. In Seoul the South Korean President gives him dinner tonight."),
        vec![EventKind::Meeting]
    );
}

#[test]
fn the_signing_counts_from_the_last_document_signed() {
    let r = date(1987, 8, 10);
    // Told in the passive, the signing dates "five days before the signing".
    let text = "Intro. The accord on the Tamil provinces was signed in Colombo on 29 July. Five days \
                before the signing, the Tiger leader was flown to Delhi and met the Prime Minister.";
    assert_eq!(dated(text, r, EventKind::Meeting).as_deref(), Some("1987-07-24"));
    // Another meeting dated after it is not what "the signing" counts from.
    let text = "Intro. Israel and Egypt signed two accords at the White House on 17 September. The next \
                morning the envoy met the King in Amman. Two days after the signing, the Secretary of \
                State telephoned the Syrian President.";
    assert_eq!(dated(text, date(1978, 9, 25), EventKind::Call).as_deref(), Some("1978-09-19"));
}

#[test]
fn a_date_before_an_infinitive_of_purpose_is_the_main_verbs() {
    // The talks in the purpose clause do not keep the meeting from the date set off before it.
    let text = "Intro. Pryce met the Bosnian Serb leader, Dragan Mladenic, at his headquarters in Pale on \
                Sunday to urge the Serbs to join the talks later.";
    assert_eq!(dated(text, date(1994, 3, 14), EventKind::Meeting).as_deref(), Some("1994-03-13"));
}

#[test]
fn a_date_already_years_back_is_the_remembered_events_own() {
    let r = date(2023, 2, 21);
    // The date of the invasion, told with its year, is not moved back by the anniversary.
    let text = "Intro. The visit comes three days before the first anniversary of the full-scale \
                Russian invasion of Ukraine on 24.02.2022.";
    assert_eq!(dated(text, r, EventKind::Strike).as_deref(), Some("2022-02-24"));
    // The anniversary's own day still lies a year after the invasion.
    let text = "Intro. Friday is the first anniversary of the invasion of Ukraine.";
    assert_eq!(dated(text, r, EventKind::Strike).as_deref(), Some("2022-02-17"));
}

#[test]
fn a_headline_of_someone_titled_in_a_place_is_a_visit() {
    let r = date(1982, 6, 15);
    // A chronology's line, a quoted headline and a live blog's entry drop the verb.
    let text = "Intro.\n\n8 April: US Secretary of State in London.\n";
    assert_eq!(dated(text, r, EventKind::Visit).as_deref(), Some("1982-04-08"));
    assert_eq!(participants_of(text, r, EventKind::Visit), vec!["United States".to_owned()]);
    let text = "Intro.\n\n9. 21 December: \"Ukrainian President in Washington\". It was his first trip.\n";
    assert_eq!(participants_of(text, date(2023, 2, 24), EventKind::Visit), vec!["Ukraine".to_owned()]);
    assert_eq!(kinds_of("Intro.\n\n10:45 French minister back in Lausanne.\n"), vec![EventKind::Visit]);
    // No title, or a sentence's verb after the place: no headline's visit.
    assert!(kinds_of("Intro.\n\n21:35 Sirens in Ashkelon and Sderot.\n").is_empty());
    assert!(kinds_of("Intro.\n\nHOST: Grace Yoon in Seoul, thank you.\n").is_empty());
    assert!(kinds_of("Intro.\n\nThe President in Warsaw said he would wait.\n").is_empty());
    assert!(kinds_of("Intro.\n\nThe German Chancellor, in Rome for the day, was tired.\n").is_empty());
    // "at" a place, or at "the" one.
    assert_eq!(kinds_of("Intro.\n\nSOVIET LEADER AT THE VATICAN\n"), vec![EventKind::Visit]);
    // "to" a place: a visit planned, on the coming day.
    let text = "Intro.\n\nUS Secretary of State to Cairo on Tuesday\n";
    assert_eq!(dated(text, date(1998, 5, 23), EventKind::Visit).as_deref(), Some("1998-05-26"));
}

#[test]
fn a_headlines_comma_joins_two_sides() {
    let r = date(2015, 4, 2);
    // "A, B meet": the comma stands for "and", and both sides meet.
    let text = "Intro.\n\nUS Secretary of State, Iranian Foreign Minister meet over breakfast.\n";
    let sides = participants_of(text, r, EventKind::Meeting);
    assert!(sides.contains(&"United States".to_owned()) && sides.contains(&"Iran".to_owned()), "{sides:?}");
    assert_eq!(super::headlines::comma_for_and("Abe, Trump agree to talks", Lexicon::english()), Some(3));
    // Not a phrase set off before the subject, nor an aside after it.
    assert_eq!(
        super::headlines::comma_for_and("In Washington, President Biden said so.", Lexicon::english()),
        None
    );
    assert_eq!(
        super::headlines::comma_for_and("Merkel, speaking in Rome, said so.", Lexicon::english()),
        None
    );
}

#[test]
fn a_live_blogs_entries_without_dashes_report_news_of_its_day() {
    let text = "Live: day eight\n\n07:40 Good morning from Lausanne.\n\n08:15 US Secretary of State, \
                Iranian Foreign Minister meet over breakfast.\n\n09:30 A recap for those just joining.\n";
    assert_eq!(dated(text, date(2015, 4, 2), EventKind::Meeting).as_deref(), Some("2015-04-02"));
    // One line opening on a time is no blog.
    let text = "Intro. More.\n\nAnd more. Still more. Yet more.\n\n08:15 US Secretary of State, Iranian Foreign Minister meet \
                over breakfast.\n";
    assert_eq!(dated(text, date(2015, 4, 2), EventKind::Meeting), None);
}

#[test]
fn lines_in_capitals_are_read_as_prose_writes_them() {
    let lexicon = Lexicon::english();
    let text = "SECRETARY FLIES ALEXANDRIA TO SEE EGYPTIAN PRESIDENT; LOMAX'S US TRIP\nLomax said so.\n";
    let prose = super::headlines::unshout(text, lexicon).expect("a line shouts");
    assert_eq!(prose.len(), text.len());
    assert_eq!(
        prose.lines().next(),
        Some("Secretary flies Alexandria to see Egyptian President; Lomax's US trip")
    );
    assert_eq!(super::headlines::unshout("Nothing shouts here. NATO met.", lexicon), None);
    // The cable's visit and meeting are found, with the meeting's side.
    let text = "Intro.\n\nSECRETARY FLIES ALEXANDRIA TO SEE EGYPTIAN PRESIDENT.\n";
    assert_eq!(participants_of(text, date(1975, 8, 22), EventKind::Meeting), vec!["Egypt".to_owned()]);
}

#[test]
fn a_headline_on_a_line_of_its_own_is_news_of_the_articles_day() {
    let r = date(2013, 11, 24);
    let body = "Intro. Second. Third. Fourth. Fifth. Sixth.\n\n";
    let text = format!("{body}- Hondurans vote in presidential election, results due overnight\n\nMore.");
    assert_eq!(dated(&text, r, EventKind::Election).as_deref(), Some("2013-11-24"));
    // A sentence with its full stop, deep in the story, is no headline.
    let text = format!("{body}Hondurans voted in a presidential election.\n\nMore.");
    assert_eq!(dated(&text, r, EventKind::Election), None);
}

#[test]
fn countries_that_meet_in_the_plural_are_teams() {
    assert!(
        kinds_of("Intro.\n\nEngland meet Australia in Oita this morning, and Wales meet France tomorrow.")
            .is_empty()
    );
    assert!(
        kinds_of("Intro.\n\n- Football: Italy, out of World Cup, meet Turkey in Konya tonight").is_empty()
    );
    // Two countries that meet a third, and leaders of a country, are no team.
    assert_eq!(kinds_of("Intro.\n\nSpain and France meet Italy in Paris today."), vec![EventKind::Meeting]);
    assert!(!kinds_of("Intro.\n\nLeaders of Russia meet Ukraine today.").is_empty());
}

#[test]
fn a_headlines_fm_and_a_numbered_captions_number_are_no_one() {
    let r = date(2015, 4, 2);
    let sides = participants_of(
        "08:15 US Secretary of State, Iranian FM meet over breakfast.",
        r,
        EventKind::Meeting,
    );
    assert_eq!(sides, ["United States", "Iran"]);
    let text = "9. FILE, Saturday 7 July. The Secretary of State is now to meet the North Korean \
                Foreign Minister in New York next week.";
    let sides = participants_of(text, date(2018, 9, 20), EventKind::Meeting);
    assert_eq!(sides, ["North Korea"]);
}

#[test]
fn a_meeting_in_a_seat_of_government_with_one_side_named_had_the_host_for_the_other() {
    let sides = |text: &str, kind: EventKind| -> Vec<String> {
        sides_of(text, date(2015, 2, 12), kind).into_iter().next().unwrap_or_default()
    };
    let text =
        "BERLIN, Feb 12 - German Chancellor Angela Merkel said she had met at the White House on Monday.";
    assert_eq!(sides(text, EventKind::Meeting), vec!["Angela Merkel", "United States"]);
    let text = "The Iraqi Foreign Minister was received at the Kremlin on Monday.";
    assert_eq!(sides(text, EventKind::Meeting), vec!["Iraq", "Russia"]);
    // Two sides named are the meeting's; a city is no seat; one who speaks for the host
    // is the host.
    let text = "Angela Merkel met Francois Hollande at the White House on Monday.";
    assert_eq!(sides(text, EventKind::Meeting), vec!["Angela Merkel", "Francois Hollande"]);
    let text = "BERLIN, Feb 12 - German Chancellor Angela Merkel held talks in Washington on Monday.";
    assert_eq!(sides(text, EventKind::Talks), vec!["Angela Merkel"]);
    let text = "US President Barack Obama held talks at the White House on Monday.";
    assert_eq!(sides(text, EventKind::Talks), vec!["Barack Obama"]);
}

#[test]
fn a_long_participle_aside_after_the_subject_leaves_the_subject_its_verb() {
    let meeting = |text: &str| -> Vec<String> {
        sides_of(text, date(2006, 12, 12), EventKind::Meeting).into_iter().next().unwrap()
    };
    let text = "Venezuela's President, re-elected on 3 December with 63 per cent of the vote, receives his \
                Bolivian counterpart here on Friday.";
    assert_eq!(meeting(text), vec!["Venezuela", "Bolivia"]);
    let text = "Venezuela's President, chosen by the party congress after a long and bitter fight, receives \
                his Bolivian counterpart here on Friday.";
    assert_eq!(meeting(text), vec!["Venezuela", "Bolivia"]);
    // "new" stands between the possessive and the office as "visiting" does.
    let text = "Tuvalu's new Prime Minister is due to meet Fiji's Prime Minister on Wednesday.";
    assert_eq!(meeting(text), vec!["Tuvalu", "Fiji"]);
}

#[test]
fn offices_that_each_flew_in_make_a_visit_each() {
    let visits = |text: &str| sides_of(text, date(2013, 3, 28), EventKind::Visit);
    let text = "DURBAN - The Brazilian President, the Russian President and the Indian Prime Minister each \
                flew in on Tuesday.";
    assert_eq!(visits(text), vec![vec!["Brazil"], vec!["Russia"], vec!["India"]]);
    // Without "each", the first office is the visitor, as before.
    let text = "DURBAN - The Russian President and the Indian Prime Minister flew in on Tuesday.";
    assert_eq!(visits(text), vec![vec!["Russia"]]);
    // "each visit" is a habit, no one visit.
    let text = "DURBAN - The Russian President met the mayor on each visit to the city.";
    assert!(visits(text).is_empty());
}

#[test]
fn a_journey_that_takes_someone_somewhere_is_a_visit() {
    let visits = |text: &str| -> Vec<(Vec<String>, Option<String>)> {
        analyse(&article(text, date(1977, 12, 21)))
            .mentions
            .into_iter()
            .filter(|m| m.kind == EventKind::Visit)
            .map(|m| (m.participants, m.location))
            .collect()
    };
    let text = "WASHINGTON, Dec. 21 - President Carter will leave on Dec. 29 for a nine-day trip that will \
                take him to Poland and Iran, the White House said today.";
    assert_eq!(visits(text), vec![(vec!["Carter".to_owned()], Some("Poland".to_owned()))]);
    // A job or a taxi takes no one on a visit.
    assert!(visits("The job took him to Paris in 1990.").is_empty());
    assert!(visits("The taxi took her to the airport on Monday.").is_empty());
}

#[test]
fn going_somewhere_to_have_a_meal_with_someone_is_a_meeting() {
    let text = "WARSAW, July 12 - President Bush flew to Gdansk on Tuesday to have lunch with Lech Walesa.";
    let meetings: Vec<_> =
        events_in(text, date(1989, 7, 12)).into_iter().filter(|e| e.0 == EventKind::Meeting).collect();
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    assert!(meetings[0].3.contains(&"Lech Walesa".to_owned()), "{meetings:?}");
}
