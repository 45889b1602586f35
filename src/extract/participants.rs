//! Who took part in an event and where: people, countries and bodies named next to its
//! trigger, in its clause or sentence, or earlier in the story ("his Russian counterpart", "the
//! two leaders", "the government"). Not for: telling whether a word is an event (`cues`).

use super::*;

impl SentenceContext<'_> {
    /// People, countries and organisations taking part, and where it happened.
    ///
    /// Calls and meetings are between people: the clause's people, then the nearest others
    /// in the sentence, and countries only when no two people are named. A visit is made by
    /// its visitor; the country visited is its place. A strike is between its attacker and
    /// its target, named next to the trigger ("U.S. missile strike", "bombings of U.S.
    /// embassies", "Israel bombed"); only when none is, the countries and organisations of
    /// its clause. Other kinds take the people of their own clause and the countries and
    /// organisations of the clause, or of the sentence if the clause names none.
    pub(super) fn participants(
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
            // (A clause after the first opens on its comma: the aside's first word is after it.)
            let long_aside = |c: &Range<usize>| {
                let words: Vec<&str> = self.text[c.clone()]
                    .split_whitespace()
                    .filter(|w| w.contains(char::is_alphanumeric))
                    .collect();
                let first = words.first().map(|w| bare_lower(w)).unwrap_or_default();
                words.len() <= LONG_ASIDE_WORDS
                    && (matches!(first.as_str(), "who" | "whose")
                        || (first.len() > 4 && first.ends_with("ed"))
                        || self.lexicon.irregular_participles.contains(&first))
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
                // (A visitor once: "The EU's envoy, Teresa Lindholm, toured" is hers alone.)
                let visitor = kind == EventKind::Visit && names.is_empty();
                if (between_people || visitor) && (earlier.len() > 1 || subordinate) {
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
            && let Some(person) = self.object_antecedent(pronoun, &names, &subject_countries)
        {
            push(&mut names, &person);
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
            && let Some(two) = self.the_two(clause.start..trigger.start, clause.start, &[])
        {
            names = two;
        }
        // "The Secretary-General met the two leaders together": the subject and the last two
        // named before the sentence.
        // ("telephoned both men before midnight": "both" as "the two".)
        if between_people
            && names.len() <= 1
            && self.text[trigger.end..clause.end].trim_start().get(.."the two ".len()).is_some_and(|object| {
                object.eq_ignore_ascii_case("the two ") || object.to_ascii_lowercase().starts_with("both ")
            })
            && let Some(two) = self.the_two(trigger.end..clause.end, clause.start, &names)
        {
            names.extend(two);
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
            let end = self.apposed_office(clause.clone()).map_or(clause.end, |office| office.end);
            // (Not one another trigger of the sentence names: "telephoned the Russian Foreign
            // Minister and flew to Baku for talks with the Azerbaijani President".)
            let roles = self
                .people
                .country_role_mentions_in(reported_from..end)
                .filter(|m| !others_people.iter().any(|r| r.contains(&m.start)))
                .map(|m| m.name.as_str());
            for country in roles {
                if !names.iter().any(|n| self.people.country_of(n) == Some(country)) {
                    push(&mut names, country);
                }
            }
        }
        // "The President is due in Madrid on Friday", in a paper of his own country; "the
        // French president flew to Nairobi": an unnamed office-holder before a visit's trigger
        // is its visitor, and the country goes for them. (Not a host's: "the President hosted".)
        // ("The Russian President and the Indian Prime Minister each flew in": the offices
        // joined by "and" before "each" make a visit each, see `visits_each_made`. Without
        // "each" the first is the visitor.)
        if kind == EventKind::Visit
            && names.is_empty()
            && !self.lexicon.is_hosting(&self.text[trigger.clone()])
        {
            let each = super::follows_each(self.text, clause.start..trigger.start);
            // ("The Brazilian President, the Russian President and ...": earlier items of the
            // list are clauses of their own, each an office.)
            const ITEM_WORDS: usize = 6;
            let mut start = clause.start;
            for earlier in self.clauses.iter().rev().filter(|c| c.end <= clause.start).take_while(|_| each) {
                let item = earlier.clone();
                if self.text[item.clone()].split_whitespace().count() > ITEM_WORDS
                    || self.people.country_role_mentions_in(item.clone()).next().is_none()
                {
                    break;
                }
                start = item.start;
            }
            let from = reported.map_or(start, |r| r.max(start));
            let mut roles = self.people.country_role_mentions_in(from..trigger.start);
            if let Some(first) = roles.next() {
                push(&mut names, &first.name);
                let mut last = first.start;
                for role in roles.filter(|_| each) {
                    let between = &self.text[last..role.start];
                    let joined = between
                        .split_whitespace()
                        .all(|w| matches!(w, "the" | "and" | ",") || w.starts_with(char::is_uppercase));
                    if !joined {
                        break;
                    }
                    push(&mut names, &role.name);
                    last = role.start;
                }
            }
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
                // "Britain, France and Germany struck": the list's first items stand in clauses
                // of their own.
                self.listed_before(clause.clone())
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
                // "Florida, Illinois and Arizona held their Democratic primaries", "the district
                // council elections held across Northern Ireland": a state or a city holding an
                // election holds it in its country. (Not one the sentence only places someone
                // in: "said in Washington".)
                let holds_it = || {
                    if end <= trigger.start {
                        !place_preposition
                    } else {
                        self.text.get(trigger.end..start).is_some_and(|between| {
                            !between.contains(',') && between.split_whitespace().count() <= 3
                        })
                    }
                };
                if kind == EventKind::Election
                    && class == EntityClass::Place
                    && holds_it()
                    && let Some(country) = self.lexicon.country_of_city(&entity)
                {
                    push_name(&mut held_in, country);
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
        // "asks whether the Gulf Cooperation Council will survive. Its next summit is due":
        // a summit or election with no side named is its owner's.
        if matches!(kind, EventKind::Summit | EventKind::Election)
            && names.is_empty()
            && groups.is_empty()
            && let Some(its_end) = self.its_right_before(trigger.start)
            && let Some((owner, _)) = people::its_owner(self.text, &self.text[..its_end], self.lexicon)
        {
            groups.push(owner);
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
        // "I spoke by phone with Pavel Orlov on Thursday": whoever speaks takes part; so do
        // they when "we" do ("We met at the White House on Monday").
        if matches!(kind, EventKind::Call | EventKind::Meeting | EventKind::Visit)
            && matches!(subject_word(self.text, trigger.start, self.lexicon).as_deref(), Some("i" | "we"))
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
                // ("Ukrainians and Belarusians vote": each country listed so votes.)
                let listed = self.countries_right_before(trigger.start);
                if !listed.is_empty() {
                    groups = listed;
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
            // "telephoned his counterpart in Kampala": whose counterpart the place says.
            if let Some(side) = self.counterpart_in(trigger.end..clause.end) {
                push(&mut names, &side);
            }
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
    pub(super) fn said_during_it(&self, start: usize) -> bool {
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
    /// ("Ethiopian planes hit"); false when either names none. A later strike whose makers go
    /// unnamed but which hits the earlier one's makers' ground is made by others too: "Israeli
    /// aircraft struck targets in Gaza, and rockets fired from the Strip hit Beersheba".
    pub(super) fn made_by_others(&self, earlier: &Range<usize>, later: &Range<usize>) -> bool {
        const AGENT_WORDS: usize = 4;
        const TARGET_WORDS: usize = 3;
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
        if later_sides.is_empty() && !earlier_sides.is_empty() {
            let rest = &self.text[later.end..self.range.end];
            let hit = self.entities(later.end..later.end + first_words_end(rest, TARGET_WORDS));
            return hit
                .first()
                .and_then(|e| self.lexicon.ground_of_named(&e.2, e.3))
                .is_some_and(|ground| earlier_sides.iter().any(|s| s == ground));
        }
        !later_sides.is_empty()
            && !earlier_sides.is_empty()
            && later_sides.iter().all(|s| !earlier_sides.contains(s))
    }

    pub(super) fn sequenced(&self, earlier: &Range<usize>, later: &Range<usize>) -> bool {
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
    /// The words that open the sentence before its first comma, when they are few
    /// ("Overnight, Russia launched"): they frame the clause after them. Empty otherwise.
    pub(super) fn opening_words(&self) -> Range<usize> {
        const WORDS: usize = 4;
        let text = &self.text[self.range.clone()];
        match text.find(',') {
            Some(comma) if text[..comma].split_whitespace().count() <= WORDS => {
                self.range.start..self.range.start + comma + 1
            }
            _ => self.range.start..self.range.start,
        }
    }

    pub(super) fn overnight_in(&self, clause: Range<usize>) -> bool {
        const AFTER: [&str; 15] = [
            "into", "on", "in", "at", "near", "and", "killing", "wounding", "after", "as", "when", "with",
            "killed", "wounded", "left",
        ];
        let text = &self.text[clause];
        // "Overnight, Russia launched": opening the sentence too.
        text.match_indices("vernight").any(|(at, word)| {
            let end = at + word.len();
            let Some(at) = at.checked_sub(1).filter(|&o| matches!(text.as_bytes()[o], b'o' | b'O')) else {
                return false;
            };
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
                && !lexicon.is_not_a_name(word)
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
    pub(super) fn told_as_background(&self) -> bool {
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
        // "He spent much of yesterday on the phone: he spoke to": the same pronoun again in
        // its sentence stands for whom it stood for first.
        let word = self.text[pronoun..].split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
        let before = &self.text[self.range.start..pronoun];
        if !word.is_empty()
            && let Some(first) = pronoun_positions(before, word).next()
        {
            return self.antecedent(self.range.start + first, names);
        }
        // "The US President said last night that he would meet", "The US President flew on to
        // Seoul, and he is due to meet": an office-holder never named who opens the sentence,
        // with no one named before the pronoun, is whom it stands for, as their country.
        // (Already a side, it is still whom the pronoun stands for: "The Russian President
        // flies to Astana, where he is to meet the Turkish President".)
        if self.people.in_range(self.range.start..pronoun).is_empty()
            && let Some(role) = self.people.country_role_mentions_in(self.range.start..pronoun).next()
            && self.text[self.range.start..role.start].split_whitespace().count() <= SUBJECT_WORDS
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
        // ("HANNAH VOSS: By videoconference, Nadia, with the Ukrainian President joining the
        // leaders": a transcript's label names who speaks, and the sentence opens after it.)
        let previous_sentence = self.previous_sentence.clone().map(|previous| {
            match self.label_of_the_paragraph(previous.end).filter(|l| l.start >= previous.start) {
                Some(label) => label.end + 1..previous.end,
                None => previous,
            }
        });
        // ("The US President spent Wednesday in Stockholm. He leaves tonight. He met the Chinese
        // President": past sentences of its paragraph that open on the same pronoun and name
        // no one, to the one that says whom it stands for.)
        // ("He flew to Jeddah and saw the Saudi King. On Wednesday he went on to Dubai": one
        // that opens on the pronoun and names others as it goes is passed too, when a sentence
        // before it says whom the pronoun stands for; then the people it names are no
        // candidates.)
        const SAME_PRONOUN_SENTENCES: usize = 3;
        let mut subject_sentence = previous_sentence.clone();
        let mut passed = pronoun;
        let word = self.text[pronoun..].split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
        for _ in 0..SAME_PRONOUN_SENTENCES {
            let Some(previous) = subject_sentence.clone() else { break };
            let opening = self.text[previous.clone()].trim_start();
            let same = opening.strip_prefix(&*capitalised(word)).is_some_and(|rest| rest.starts_with(' '));
            let names_others = self.people.country_role_mentions_in(previous.clone()).next().is_some()
                || !self.people.in_range(previous.clone()).is_empty();
            if !same || previous.start == 0 {
                break;
            }
            if names_others {
                // (Only where the sentence before opens on whom the pronoun stands for.)
                let before = self.sentence_before(previous.start);
                let opened_by_a_role = before.as_ref().is_some_and(|b| {
                    self.people.country_role_mentions_in(b.clone()).next().is_some_and(|role| {
                        self.text[b.start..role.start].split_whitespace().count() <= SUBJECT_WORDS
                            && self.people.in_range(b.start..role.start).is_empty()
                    })
                });
                if !opened_by_a_role {
                    break;
                }
                passed = previous.start;
                subject_sentence = before;
                continue;
            }
            let Some(before) = self.sentence_before(previous.start) else { break };
            subject_sentence = Some(before);
        }
        let role_subject = subject_sentence.filter(|_| opens).and_then(|previous| {
            let role = self.people.country_role_mentions_in(previous.clone()).next()?;
            let words_before = self.text[previous.start..role.start].split_whitespace().count();
            let named_before = !self.people.in_range(previous.start..role.start).is_empty();
            (words_before <= SUBJECT_WORDS && !named_before && !names.contains(&role.name))
                .then(|| role.name.clone())
        });
        if role_subject.is_some() {
            return role_subject;
        }
        // (Not a transcript's label: "HANNAH VOSS:" names who speaks.)
        let last =
            self.people.mentions_before(passed).iter().rev().find(|p| !self.in_a_speaker_label(p.start))?;
        let subject = previous_sentence.filter(|_| opens).and_then(|previous| {
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

    /// The sentence that ends right before `start` (from before the full stop, or whatever
    /// character, that ends it), if any.
    fn sentence_before(&self, start: usize) -> Option<Range<usize>> {
        let end = self.text[..start].trim_end().len();
        let (last, _) = self.text[..end].char_indices().next_back()?;
        let start = cues::rough_sentence_start(self.text, last);
        let start = start + (self.text[start..end].len() - self.text[start..end].trim_start().len());
        (start < end).then_some(start..end)
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

    /// "met his counterpart, the Nigerien President,", "was received by his host, the Emir":
    /// the office set off after a clause that ends on whom one meets says who that is.
    fn apposed_office(&self, clause: Range<usize>) -> Option<Range<usize>> {
        const OFFICE_WORDS: usize = 5;
        let last = self.text[clause.clone()].trim_end().rsplit(' ').next()?;
        if !matches!(last, "counterpart" | "host" | "guest") {
            return None;
        }
        let next = self.clauses.iter().find(|c| c.start >= clause.end)?;
        let office = self.text[next.clone()].trim_start_matches([',', ' ']);
        (office.starts_with("the ") && office.split_whitespace().count() <= OFFICE_WORDS)
            .then(|| next.clone())
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
        // ("Israel, the United Arab Emirates and Bahrain signed": an item may open on "the".)
        let own = written(&clause);
        let own = own.strip_prefix("the ").or_else(|| own.strip_prefix("The ")).unwrap_or(own);
        let opens_with_one = opens_with_phrase(&self.lexicon.entities, own);
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
            // ("Tomorrow the British, French and German ministers": "the" opens the list
            // after the clause's first words, and no item comes before it.)
            if let Some((_, first)) = item.rsplit_once(" the ")
                && is_whole_phrase(&self.lexicon.entities, first)
            {
                start = earlier.start;
                break;
            }
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

    /// Whom an object pronoun at `pronoun` stands for: the last person named before it, or
    /// an office-holder never named spoken of after them ("The Egyptian President landed in
    /// Rabat ... the King of Morocco received him": Egypt), who is neither one of `names` nor
    /// of the subject's country.
    fn object_antecedent(
        &self,
        pronoun: usize,
        names: &[String],
        subject_countries: &[&str],
    ) -> Option<String> {
        let other = |name: &str| {
            !names.iter().any(|n| n == name || self.people.country_of(n) == Some(name))
                && !subject_countries.contains(&name)
                && !self.people.country_of(name).is_some_and(|c| subject_countries.contains(&c))
        };
        // "He landed in Rabat, and the King of Morocco is to receive him": the subject pronoun
        // of an earlier clause, with someone else the subject between, stands for the same.
        let subject = match &self.text[pronoun..pronoun + 3] {
            "him" => "he",
            _ => "she",
        };
        let before = &self.text[self.range.start..pronoun];
        let earlier = pronoun_positions(before, subject).min().map(|i| self.range.start + i);
        if let Some(earlier) = earlier
            && (!self.people.in_range(earlier..pronoun).is_empty()
                || self.people.country_role_mentions_in(earlier..pronoun).next().is_some()
                || !self.entities(earlier..pronoun).is_empty())
            && let Some(same) = self.antecedent(earlier, names)
            && other(&same)
        {
            return Some(same);
        }
        // (Nor whoever speaks in a transcript: "RUTH KESSEL: ... spoke to him".)
        let person = self
            .people
            .mentions_before(pronoun)
            .iter()
            .rev()
            .find(|p| other(&p.name) && !self.in_a_speaker_label(p.start));
        // "The UN Secretary-General also arrived in Astana today. The Head of State will
        // receive him tomorrow": an office-holder never named, spoken of in this sentence or
        // the one before after anyone named, with no "he" since, is whom it stands for.
        let recent = self.previous_sentence.as_ref().map_or(self.range.start, |p| p.start);
        let role = self
            .people
            .country_role_mentions_in(recent..pronoun)
            .filter(|r| other(&r.name) && person.is_none_or(|p| p.start < r.start))
            .last()
            .filter(|r| pronoun_positions(&self.text[r.start..pronoun], subject).next().is_none());
        role.or(person).map(|p| p.name.clone())
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

    pub(super) fn modifies_a_noun(&self, end: usize) -> bool {
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
                // ("shot down a Russian bomber": a verb and its particle.)
                || matches!(w, "towards" | "toward" | "down")
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
    pub(super) fn answering_verb(&self, trigger: Range<usize>, clause: Range<usize>) -> Option<usize> {
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

    /// The country right before `position` (see `owns_what_follows`), and those listed
    /// before it with commas and "and": "Ukrainians and Belarusians vote", "Peruvians,
    /// Bolivians and Ecuadorians go to the polls".
    pub(super) fn countries_right_before(&self, position: usize) -> Vec<String> {
        let mut entities = self.entities(self.range.start..position);
        let Some(last) = entities.pop() else { return Vec::new() };
        let mut start = last.0;
        let Some(last) = self.owns_what_follows(last, position) else { return Vec::new() };
        let mut listed = vec![last];
        while let Some((before_start, before_end, country, class)) = entities.pop() {
            let gap = self.text[before_end..start].trim();
            if class != EntityClass::Country || !matches!(gap, "and" | "," | ", and") {
                break;
            }
            listed.insert(0, country);
            start = before_start;
        }
        listed
    }

    /// The country of the entity given, the last named before `position`, when it is a country named
    /// right before it as a modifier or a possessive ("the U.S. presidential election",
    /// "Finland's referendum").
    fn owns_what_follows(
        &self,
        (_, end, country, class): (usize, usize, String, EntityClass),
        position: usize,
    ) -> Option<String> {
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
    pub(super) fn eve_today(&self, trigger: Range<usize>, clause: Range<usize>) -> bool {
        const CUE_WORDS: usize = 8;
        self.lexicon.eve_today.in_text(&self.clause_words_before(trigger, clause, CUE_WORDS))
    }

    /// Whether the visitors go to their own country, its capital or its seat ("Washington" for
    /// an American): a return home, not a visit.
    pub(super) fn returns_home(&self, visitors: &[String], location: Option<&str>) -> bool {
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

    /// The country of the place after "counterpart in" in `range` ("telephoned his
    /// counterpart in Kampala": Uganda), if the gazetteer knows it.
    fn counterpart_in(&self, range: Range<usize>) -> Option<String> {
        let slice = &self.text[range.clone()];
        let at = slice.find("counterpart in ")? + "counterpart in ".len();
        let (entity, _) = self.lexicon.entity_opening(&slice[at..])?;
        self.lexicon.ground_of(entity).map(str::to_owned)
    }

    /// Where "its" before a trigger ends, across up to two lower-case words ("Its next
    /// summit", "its first free election").
    fn its_right_before(&self, trigger_start: usize) -> Option<usize> {
        const MODIFIER_WORDS: usize = 2;
        let mut before = self.text[self.range.start..trigger_start].trim_end();
        for _ in 0..=MODIFIER_WORDS {
            let (rest, word) = before.rsplit_once(' ').unwrap_or(("", before));
            if word == "its" || word == "Its" {
                return Some(self.range.start + before.len());
            }
            if word.is_empty() || !word.chars().all(|c| c.is_lowercase() || c == '-') {
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

    /// Whether the event at `later` is another of its kind than the one at `earlier` (another
    /// leg of a trip, another summit, another call: "took a call from the King last night and
    /// was telephoned this morning by"): joined to it by an "and" at most `JOIN_WORDS` words
    /// before it ("and travelled on to", "and is due in", "and the NATO summit"), each dated in its own words
    /// (a date between the first and the "and", and one at most `PLACE_WORDS` words after the
    /// later trigger), with no punctuation in either gap.
    pub(super) fn next_leg(&self, earlier: &Range<usize>, later: &Range<usize>, timexes: &[&Timex]) -> bool {
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
    pub(super) fn represented(&self, names: &[String]) -> Vec<String> {
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
    pub(super) fn tells_of_sides(&self) -> bool {
        self.text[self.range.clone()]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && self.lexicon.sides_met.iter().any(|s| s.eq_ignore_ascii_case(w)))
    }

    /// The gazetteer's names in the sentence (see `entities`), found once when a rule first
    /// asks.
    pub(super) fn sentence_entities(&self) -> &[(usize, usize, String, EntityClass)] {
        self.sentence_entities.get_or_init(|| self.entities(self.range.clone()))
    }

    pub(super) fn entities(&self, range: Range<usize>) -> Vec<(usize, usize, String, EntityClass)> {
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
        // "the bloc", "the agency": the body named before.
        elided.extend(
            self.people
                .bodies_in(range)
                .map(|(start, end, body)| (*start, *end, body.clone(), EntityClass::Organisation)),
        );
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
        let Some((entity, _)) = self.lexicon.entity_opening(after) else { return false };
        let next = self.lexicon.ground_of(entity);
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
pub(super) fn another_countrys_congress(text: &str, name: Range<usize>) -> bool {
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

/// A lower-case word with its first letter in capitals ("he" -> "He").
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Where the pronoun `word` stands in `text` as a word, lower-case or capitalised ("he",
/// "He"): the lower-case ones first.
fn pronoun_positions(text: &str, word: &str) -> impl Iterator<Item = usize> {
    let capital = capitalised(word);
    let found: Vec<usize> = text
        .match_indices(word)
        .chain(text.match_indices(&*capital))
        .filter(|(i, w)| super::at_word_boundaries(text, *i, i + w.len()))
        .map(|(i, _)| i)
        .collect();
    found.into_iter()
}
