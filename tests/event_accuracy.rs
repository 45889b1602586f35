//! Event extraction measured on real news: the `dev`, `fresh`, `fresh2` and `fresh3` sets of the
//! hand-annotated TimeBank + AQUAINT gold events (`tests/expected/tbaq_events.toml`), read
//! from ../shared at run time. The `heldout` set is only measured by `chronicle eval-events`,
//! never asserted on here, so that no test can pull the rules towards it; `blind` and the
//! written held-out set (`tests/heldout/events`) have only a floor under their first, unseen
//! figures, so that a change that loses their events shows.

use std::path::{Path, PathBuf};

use chronicle::eval::events::{self, EventScores, Gold, Set};

fn tbaq() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [manifest.join("../shared/data/tbaq"), manifest.join("../../shared/data/tbaq")]
        .into_iter()
        .find(|p| p.is_dir())
}

fn gold() -> Gold {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected/tbaq_events.toml");
    toml::from_str(&std::fs::read_to_string(path).expect("read gold")).expect("parse gold")
}

/// The scores of `set`, once every gold article and trigger is found in the corpus and the
/// set holds at least `articles` articles and `gold_events` gold events; `None` without
/// ../shared.
fn scored(set: Set, articles: usize, gold_events: usize) -> Option<EventScores> {
    let Some(corpus) = tbaq() else {
        eprintln!("../shared/data/tbaq not found: event accuracy not measured");
        return None;
    };
    let (scores, _misses, errors) = events::evaluate(&gold(), set, &corpus);
    assert!(errors.is_empty(), "every gold article and trigger is found: {errors:?}");
    let [(scored_set, s)] = scores.as_slice() else { panic!("one set scored: {scores:?}") };
    assert_eq!(*scored_set, set);
    assert!(s.articles >= articles && s.counts.gold >= gold_events, "{s:?}");
    Some(*s)
}

#[test]
fn the_gold_file_is_well_formed_and_split_in_seven() {
    let gold = gold();
    let count = |set: Set| gold.article.iter().filter(|a| a.set == set).count();
    let (dev, heldout) = (count(Set::Dev), count(Set::Heldout));
    let (fresh, blind, fresh2) = (count(Set::Fresh), count(Set::Blind), count(Set::Fresh2));
    let (fresh3, blind2) = (count(Set::Fresh3), count(Set::Blind2));
    assert_eq!(
        dev + heldout + fresh + blind + fresh2 + fresh3 + blind2,
        gold.article.len(),
        "every article is dev, heldout, fresh, blind, fresh2, fresh3 or blind2"
    );
    let sizes = [dev, heldout, fresh, blind, fresh2, fresh3, blind2];
    assert!(
        sizes.iter().all(|&n| n >= 20),
        "{dev} dev, {heldout} heldout, {fresh} fresh, {blind} blind, {fresh2} fresh2, {fresh3} fresh3, {blind2} blind2"
    );
    let mut names: Vec<&str> = gold.article.iter().map(|a| a.file.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), gold.article.len(), "an article is listed twice");
}

#[test]
fn the_dev_set_scores_within_bounds() {
    let Some(s) = scored(Set::Dev, 20, 30) else { return };
    for prf in [s.kind, s.date, s.participants, s.participants_exact] {
        for figure in [prf.precision, prf.recall, prf.f1] {
            assert!((0.0..=1.0).contains(&figure), "{s:?}");
        }
    }
    // Each measure asks more than the one before it.
    let c = s.counts;
    assert!(c.participants_exact <= c.participants && c.participants <= c.date && c.date <= c.kind);
    // A floor just under the measured figures, so a change that loses events shows.
    assert!(
        s.kind.recall >= 0.97 && s.kind.precision >= 0.96 && s.date.f1 >= 0.95 && s.participants.f1 >= 0.92,
        "{}",
        s.table(Set::Dev)
    );
}

#[test]
fn the_fresh_set_scores_within_bounds() {
    let Some(s) = scored(Set::Fresh, 20, 40) else { return };
    // Floors just under session 14's figures (measured unseen in session 8 at 0.63 / 0.36 /
    // 0.27 F1).
    assert!(
        s.kind.recall >= 0.83 && s.kind.precision >= 0.92 && s.date.f1 >= 0.70 && s.participants.f1 >= 0.62,
        "{}",
        s.table(Set::Fresh)
    );
}

#[test]
fn the_blind_set_scores_within_bounds() {
    let Some(s) = scored(Set::Blind, 20, 15) else { return };
    // Floors just under session 9's first figures, measured unseen (0.69 / 0.40 / 0.06 F1);
    // only a guard against losing events, never a target to tune to.
    assert!(
        s.kind.recall >= 0.70 && s.kind.precision >= 0.66 && s.date.f1 >= 0.39 && s.participants.f1 >= 0.05,
        "{}",
        s.table(Set::Blind)
    );
}

#[test]
fn the_fresh2_set_scores_within_bounds() {
    let Some(s) = scored(Set::Fresh2, 20, 10) else { return };
    // Floors just under session 11's figures (measured unseen at 0.83 / 0.58 / 0.50 F1).
    assert!(
        s.kind.recall >= 0.95 && s.kind.precision >= 0.95 && s.date.f1 >= 0.85 && s.participants.f1 >= 0.85,
        "{}",
        s.table(Set::Fresh2)
    );
}

#[test]
fn the_fresh3_set_has_few_spurious_events() {
    // fresh3 holds only look-alikes and no gold event, so it measures what is found that is
    // not there: 2 system events at its unseen first measurement, 0 after session 11.
    let Some(s) = scored(Set::Fresh3, 20, 0) else { return };
    assert!(s.counts.system <= 1, "{}", s.table(Set::Fresh3));
}

#[test]
fn the_written_heldout_set_scores_within_bounds() {
    // Sixteen articles written and annotated in session 15 by a helper that never saw the
    // extractor; in the repository, so measured without ../shared. Floors just under its
    // first, unseen figures (0.82 / 0.53 / 0.31 F1), raised in session 16 just under its
    // figures then (0.88 / 0.64 / 0.42), in session 21 under its figures then (0.886 /
    // 0.692 / 0.497) with a margin, and in session 23 so that losing two of its events fails
    // (a rule did, with recall 0.854 -> 0.833); a guard, never a target to tune to.
    let s = written_set("tests/heldout/events", Set::Heldout);
    assert!(s.articles == 16 && s.counts.gold >= 90, "{s:?}");
    assert!(
        s.kind.recall >= 0.84 && s.kind.precision >= 0.92 && s.date.f1 >= 0.68 && s.participants.f1 >= 0.48,
        "{}",
        s.table(Set::Heldout)
    );
}

/// Scores a set written for us (articles and gold in the repository, in `folder`), whose
/// articles are all of `set`.
fn written_set(folder: &str, set: Set) -> events::EventScores {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let text = std::fs::read_to_string(folder.join("gold.toml")).expect("read gold");
    let gold: Gold = toml::from_str(&text).expect("parse gold");
    assert!(gold.article.iter().all(|a| a.set == set), "every article is of {set:?}");
    let (scores, _misses, errors) = events::evaluate(&gold, set, &folder);
    assert!(errors.is_empty(), "every gold article and trigger is found: {errors:?}");
    let [(_, s)] = scores.as_slice() else { panic!("one set scored: {scores:?}") };
    *s
}

#[test]
fn the_written_development_sets_score_within_bounds() {
    // (folder, articles, gold events, floors of kind, +date and +participants F1)
    // The first two were written in session 16 by two helpers that never saw the extractor,
    // then tuned on; floors just under the figures at the end of that session, so that a
    // change that loses their events shows; raised in session 17 (st19's strike rules) just
    // under its figures. The third was written in session 17 by a third helper (readouts,
    // features, a factbox, a live blog), measured unseen, then tuned on: floors just under
    // its figures at the session's end. All three raised in session 18 (helper ev20) just
    // under its figures. The fourth was written in session 18 (an explainer, a wrap-up, a
    // hearing, an obituary, translations, calendars of postponed events), measured unseen,
    // then tuned on: floors just under its figures at that session's end. The fifth was
    // written in session 19 (a Security Council debate, question time, a trial, an interview,
    // a digest, a statement to parliament), measured unseen, then tuned on; all five raised
    // then just under their figures at that session's end. All five set again at session 20's
    // end, with helper ev23's strike and election sides, helper ev24's event dates and the
    // main thread's participants merged, just under their figures. The sixth (session 20: a
    // state-media item, a local paper, an editorial, a sports page, a diplomatic diary, a
    // corrections column, a fact check ...) was measured unseen at that session's end, with
    // every rule of the session in; helper ev25's summit merging, running days, timetables and
    // publication dates then raised it and the third just under their new figures. Session 21
    // (helper ev26's participants; helper ev28: "the same day", sidelines, "that autumn")
    // raised the second, fourth, fifth and sixth just under theirs. The seventh (session 21: a
    // newsletter, a think-tank brief, a press release, a court report, an obituary, a book
    // review, "On this day" ...) was measured unseen with the session's starting code and
    // with the helpers' rules, then tuned on by the main thread; all set just under their
    // figures at session 21's end. Session 22 (helpers ev35, ev33) raised the first's date floor,
    // the sixth's and the seventh's participants floors just under their figures; at the session's
    // end all were set just under its figures, the eighth set's (0.752 / 0.489 / 0.305 unseen)
    // too. Session 23 (helper ev39's election countries) raised the seventh's date and
    // participants floors just under its figures (0.604 / 0.460); helper ev41's pronoun after
    // an opening phrase raised the eighth's and ninth's participants floors (0.383 / 0.477).
    // Session 24 added the tenth set (0.770 / 0.563 / 0.370 unseen), its floors under its
    // figures after the main thread's first rules.
    // Session 24 (helper ev45's ended visits and finer dates) raised the fourth's, sixth's,
    // seventh's and eighth's date floors (0.662 / 0.589 / 0.624 / 0.592) and the fourth's,
    // sixth's and seventh's participants floors (0.520 / 0.408 / 0.474).
    // At session 24's end the fourth to tenth sets' floors were set just under its figures.
    // Session 25 (helper ev49's transcript speakers and leaders' lists) raised the eleventh's
    // participants floor (0.316). Session 26 (helper ev51's election, state-arms and
    // title-before-title rules) raised the second's, fifth's, eighth's and tenth's
    // participants floors just under their figures (0.694 / 0.536 / 0.436 / 0.427).
    // Session 26 (helper ev52's coming weekdays and paragraph-bound months) raised the first's
    // date and participants floors (0.850 / 0.738), the seventh's (0.642 / 0.506) and the
    // eleventh's date floor (0.526); the main thread then gave the first's back (0.841 /
    // 0.730: an anaphor's own date after it parts "the vote on Sunday" from a lede runoff, which
    // now joins an older election). The twelfth set (session 26, measured unseen at 0.744 /
    // 0.486 / 0.252) joined with floors just under its figures after that session's rules.
    // Helper ev54 (a journey "for two days of talks" is a stay; "this weekend" in the past)
    // raised the sixth's (0.627 / 0.440), tenth's (0.647 / 0.446), eleventh's (0.552 /
    // 0.356) and twelfth's (0.511) floors. At the session's end ("left for" dropped again, ev53's
    // names merged) the tenth's participants floor rose (0.468), the twelfth's date and
    // participants floors (0.533 / 0.303), and the eleventh's fell back to 0.541 / 0.344:
    // "left for Mecca" was one of its visits. The thirteenth set (session 27, measured unseen
    // at 0.734 / 0.466 / 0.315) joined with floors just under its figures after that session's
    // rules; the fourth's participants floor rose with ev55's Camp David host (0.537).
    // Session 29: the fifteenth set (ordinary daily news, measured unseen at 0.858 / 0.737 /
    // 0.502) joined just under its figures after that session's rules (0.861 / 0.739 /
    // 0.533); the seventh's, ninth's, eleventh's and thirteenth's floors rose with them.
    // Session 30: the sixteenth set (ordinary news from world desks and regional wires,
    // measured unseen at 0.887 / 0.802 / 0.533) joined under its figures after the session's
    // rules (0.895 / 0.812 / 0.613).
    // Session 34: the nineteenth set (English-language desks of South Asia, the Gulf, East
    // Africa and Southeast Asia, measured unseen at 0.862 / 0.634 / 0.428) joined under its
    // figures after the session's rules (0.906 / 0.696 / 0.534); the eighteenth's floors rose
    // with them (0.825 / 0.724 / 0.535).
    // Session 36: the twenty-first set (the English-language press of the Commonwealth and
    // Ireland, measured unseen at 0.760 / 0.563 / 0.365) joined under its figures after the
    // session's rules; the twentieth's floors rose with them.
    // Session 37: the twenty-second set (the English-language services of the continental
    // European, Turkish and Israeli press and agencies, measured unseen at 0.776 / 0.635 /
    // 0.474) joined under its figures after the session's rules (0.811 / 0.708 / 0.568); the
    // twenty-first's floors rose with them.
    // Session 38: the twenty-third set (official texts: readouts, joint statements, briefing
    // transcripts, written answers, a gazette, a diary, measured unseen at 0.755 / 0.528 /
    // 0.318) joined under its figures after the session's rules (0.781 / 0.594 / 0.364); the
    // twenty-second's and twentieth's floors rose with them.
    // Session 39: the twenty-fourth set (backgrounders, explainers, anniversary pieces,
    // round-ups, a year in review, an obituary, measured unseen at 0.836 / 0.610 / 0.360)
    // joined under its figures after the session's rules (0.855 / 0.628 / 0.417); the
    // twenty-third's and twenty-first's floors rose with them.
    // Session 43: the twenty-seventh set (broadcast and digital news, measured unseen at
    // 0.826 / 0.663 / 0.375) joined under its figures after the session's rules (0.842 /
    // 0.692 / 0.418); the twenty-sixth's floors rose with them.
    // Session 49: the thirty-third set (dates told loosely, measured unseen at 0.802 / 0.552 /
    // 0.340) joined under its figures after the session's rules (0.811 / 0.611 / 0.383).
    // Session 50: the thirty-fourth set (crowded sentences, reference chains, measured unseen
    // at 0.749 / 0.509 / 0.322) joined under its figures after the session's rules (0.759 /
    // 0.568 / 0.383); the thirty-third's and twenty-sixth's participants floors rose with
    // them (0.406, 0.521).
    // Session 51: the thirty-fifth set (the kinds told in their less common words, measured
    // unseen at 0.658 / 0.468 / 0.246) joined under its figures after the session's rules
    // (0.784 / 0.574 / 0.347); the thirty-fourth's and thirty-third's floors rose with them
    // (0.771 / 0.609 / 0.406, 0.819 / 0.618 / 0.418).
    // Session 52: the thirty-sixth set (events told from the side that receives them,
    // measured unseen at 0.707 / 0.457 / 0.280) joined under its figures after the session's
    // rules (0.823 / 0.580 / 0.354); the thirty-fifth's and thirty-fourth's floors rose with
    // them (0.810 / 0.587 / 0.363, 0.782 / 0.615 / 0.414).
    // Session 53: the thirty-seventh set (events denied, called off, corrected or disputed,
    // measured unseen at 0.771 / 0.545 / 0.354) joined under its figures after the session's
    // rules (0.795 / 0.588 / 0.427); the thirty-sixth's floors rose with it (0.841 / 0.597 /
    // 0.369).
    // Session 54: the thirty-eighth set (events dated by other events, chains of relative
    // time, measured unseen at 0.791 / 0.412 / 0.175) joined under its figures after the
    // session's rules (0.797 / 0.441 / 0.175); the thirty-seventh's and thirty-sixth's floors
    // rose with them (0.799 / 0.598 / 0.431, 0.851 / 0.614 / 0.389).
    // Session 55: the thirty-ninth set (participants told by reference back: "he", "his
    // counterpart", "the two men", "Its Foreign Minister", measured unseen at 0.759 / 0.516 /
    // 0.232) joined under its figures after the session's rules (0.790 / 0.552 / 0.282); the
    // thirty-eighth's participants floor rose with it (0.186).
    // Session 56: the fortieth set (events that run over time: spans, days picked out of
    // spans, diaries by their days, measured unseen at 0.720 / 0.376 / 0.204) joined under its
    // figures after the session's rules (0.734 / 0.420 / 0.223); the thirty-ninth's and
    // thirty-eighth's floors rose with it (0.807 / 0.583 / 0.289, 0.803 / 0.455 / 0.191).
    // Session 57: the forty-first set (headline-ese: headlines, decks, captions, tickers,
    // flashes and cables, measured unseen at 0.651 / 0.376 / 0.172) joined under its figures
    // after the session's rules (0.704 / 0.434 / 0.243); the thirty-eighth's and
    // thirty-ninth's floors rose with it (0.803 / 0.466 / 0.208, 0.807 / 0.583 / 0.294).
    // Lines in capitals read as prose moved the fortieth's date figure to 0.419 (its
    // headline, "ALLIED JETS STRIKE IRAQ FOR A FOURTH DAY; AMERICAN ENVOY IN JERUSALEM UNTIL
    // MONDAY", now tells a strike and a visit), and its date floor to 0.41.
    // Session 58: the forty-second set (events told in the first person, in quotations and
    // interviews: transcripts' labels, "the Chancellor and I", "we met", measured unseen at
    // 0.630 / 0.373 / 0.111) joined under its figures after the session's rules (0.649 /
    // 0.385 / 0.132); the forty-first's floors rose with it (0.711 / 0.467 / 0.255).
    // Session 59: the forty-third set (events in series: tours with legs, numbered rounds,
    // shuttles, sideline meetings, "each flew in", measured unseen at 0.659 / 0.371 / 0.158)
    // joined under its figures after the session's rules (0.686 / 0.386 / 0.177).
    // Session 60: the forty-fourth set (armed strikes and the diplomacy around them: nights
    // and waves of strikes, strikes told from the side hit, answers, conflict reporting's
    // times, measured unseen at 0.757 / 0.563 / 0.323) joined under its figures after the
    // session's rules (0.779 / 0.602 / 0.367); the forty-first's and forty-third's floors
    // rose with them (0.721 / 0.489 / 0.268, 0.690 / 0.406 / 0.176).
    // Session 61: the forty-fifth set (phone and video calls and the diplomacy around them:
    // readouts of both sides, returned calls, calls rung from aircraft, a record of debates,
    // measured unseen at 0.743 / 0.539 / 0.263) joined under its figures after the session's
    // rules (0.762 / 0.587 / 0.293); the forty-fourth's floors rose with it (0.786 / 0.610 /
    // 0.370).
    // Session 62: the forty-sixth set (visits and state visits: tours, visits cut short or
    // put off, the host's banquet for the guests, measured unseen at 0.726 / 0.434 / 0.269)
    // joined under its figures after the session's rules (0.759 / 0.470 / 0.283); the
    // forty-fifth's date floor rose with a weekday's dateline (0.766 / 0.614 / 0.298).
    let sets = [
        ("tests/dev/events", 18, 118, [0.91, 0.84, 0.72]),
        ("tests/dev/events2", 18, 130, [0.92, 0.79, 0.69]),
        ("tests/dev/events3", 18, 172, [0.90, 0.77, 0.69]),
        ("tests/dev/events4", 18, 144, [0.83, 0.66, 0.53]),
        ("tests/dev/events5", 18, 115, [0.87, 0.73, 0.53]),
        ("tests/dev/events6", 18, 152, [0.75, 0.62, 0.43]),
        ("tests/dev/events7", 18, 137, [0.85, 0.65, 0.52]),
        ("tests/dev/events8", 18, 144, [0.82, 0.60, 0.43]),
        ("tests/dev/events9", 18, 162, [0.80, 0.65, 0.51]),
        ("tests/dev/events10", 18, 137, [0.79, 0.64, 0.46]),
        ("tests/dev/events11", 18, 163, [0.78, 0.55, 0.35]),
        ("tests/dev/events12", 18, 171, [0.75, 0.52, 0.30]),
        ("tests/dev/events13", 18, 159, [0.74, 0.51, 0.34]),
        ("tests/dev/events14", 18, 159, [0.77, 0.55, 0.41]),
        ("tests/dev/events15", 18, 168, [0.85, 0.73, 0.52]),
        ("tests/dev/events16", 18, 193, [0.88, 0.80, 0.60]),
        ("tests/dev/events17", 18, 197, [0.84, 0.74, 0.48]),
        ("tests/dev/events18", 18, 191, [0.80, 0.70, 0.51]),
        ("tests/dev/events19", 18, 197, [0.88, 0.67, 0.50]),
        ("tests/dev/events20", 18, 213, [0.78, 0.63, 0.50]),
        ("tests/dev/events21", 18, 226, [0.81, 0.65, 0.46]),
        ("tests/dev/events22", 18, 201, [0.80, 0.70, 0.57]),
        ("tests/dev/events23", 18, 199, [0.78, 0.60, 0.37]),
        ("tests/dev/events24", 18, 264, [0.84, 0.61, 0.40]),
        ("tests/dev/events25", 18, 157, [0.80, 0.66, 0.47]),
        ("tests/dev/events26", 18, 186, [0.82, 0.75, 0.51]),
        ("tests/dev/events27", 18, 194, [0.83, 0.68, 0.40]),
        ("tests/dev/events28", 18, 189, [0.79, 0.59, 0.39]),
        ("tests/dev/events29", 18, 189, [0.80, 0.68, 0.37]),
        ("tests/dev/events30", 18, 140, [0.82, 0.68, 0.44]),
        ("tests/dev/events31", 18, 163, [0.81, 0.62, 0.44]),
        ("tests/dev/events32", 18, 139, [0.81, 0.63, 0.46]),
        ("tests/dev/events33", 18, 200, [0.81, 0.61, 0.41]),
        ("tests/dev/events34", 18, 195, [0.78, 0.61, 0.41]),
        ("tests/dev/events35", 18, 200, [0.81, 0.58, 0.36]),
        ("tests/dev/events36", 18, 195, [0.85, 0.61, 0.38]),
        ("tests/dev/events37", 18, 185, [0.79, 0.59, 0.43]),
        ("tests/dev/events38", 18, 206, [0.80, 0.46, 0.20]),
        ("tests/dev/events39", 18, 209, [0.80, 0.58, 0.29]),
        ("tests/dev/events40", 18, 224, [0.73, 0.41, 0.22]),
        ("tests/dev/events41", 18, 218, [0.72, 0.48, 0.26]),
        ("tests/dev/events42", 18, 210, [0.64, 0.38, 0.13]),
        ("tests/dev/events43", 18, 229, [0.68, 0.40, 0.17]),
        ("tests/dev/events44", 18, 194, [0.78, 0.60, 0.37]),
        ("tests/dev/events45", 18, 190, [0.76, 0.61, 0.29]),
        ("tests/dev/events46", 18, 191, [0.75, 0.46, 0.28]),
    ];
    for (folder, articles, gold, [kind, date, participants]) in sets {
        let score = written_set(folder, Set::Dev);
        assert!(score.articles == articles && score.counts.gold == gold, "{folder}: {score:?}");
        assert!(
            score.kind.f1 >= kind && score.date.f1 >= date && score.participants.f1 >= participants,
            "{folder}:\n{}",
            score.table(Set::Dev)
        );
    }
}
