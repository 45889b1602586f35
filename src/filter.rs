//! Finding and filtering events: the search box (Ctrl+F) and the filters by kind,
//! participant, place, article and status, plus the participant and place counts the side
//! list shows. Pure functions over events, so the GUI and tests share them.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use crate::model::{ArticleId, Event, EventId, EventStatus};

/// What the timeline shows, beyond the hidden kinds (which `LayoutOptions` holds).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Only events with this participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<String>,
    /// Only events at this place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Only events mentioned in this article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<ArticleId>,
    /// Statuses not shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden_statuses: Vec<EventStatus>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }

    pub fn keeps(&self, event: &Event) -> bool {
        self.participant.as_ref().is_none_or(|p| event.participants.contains(p))
            && self.place.as_ref().is_none_or(|p| event.location.as_ref() == Some(p))
            && self.article.is_none_or(|a| event.mentions.iter().any(|m| m.article == a))
            && !self.hidden_statuses.contains(&event.status)
    }

    /// The filter in words, for the toolbar ("participant Russia, status not planned").
    pub fn describe(&self, corpus: &Corpus) -> String {
        let mut parts = Vec::new();
        if let Some(p) = &self.participant {
            parts.push(format!("participant {p}"));
        }
        if let Some(p) = &self.place {
            parts.push(format!("place {p}"));
        }
        if let Some(a) = self.article {
            let title = corpus.article(a).map(|a| a.title.as_str()).unwrap_or("?");
            parts.push(format!("article \"{title}\""));
        }
        for status in &self.hidden_statuses {
            parts.push(format!("not {}", status.as_str()));
        }
        parts.join(", ")
    }
}

/// Names with how many events they occur in, most frequent first, then by name.
pub fn participant_counts(events: &[Event]) -> Vec<(String, usize)> {
    counts(events.iter().flat_map(|e| e.participants.iter()))
}

/// Places with how many events happened there, most frequent first, then by name.
pub fn place_counts(events: &[Event]) -> Vec<(String, usize)> {
    counts(events.iter().filter_map(|e| e.location.as_ref()))
}

fn counts<'a>(names: impl Iterator<Item = &'a String>) -> Vec<(String, usize)> {
    let mut map: HashMap<&str, usize> = HashMap::new();
    for name in names {
        *map.entry(name.as_str()).or_default() += 1;
    }
    let mut list: Vec<(String, usize)> = map.into_iter().map(|(n, c)| (n.to_owned(), c)).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list
}

/// Events whose title, participants, place, note or source sentences contain `query`
/// (ignoring case), in timeline order: dated events by start, then undated ones.
pub fn search(corpus: &Corpus, query: &str) -> Vec<EventId> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    let Ok(pattern) = regex::RegexBuilder::new(&regex::escape(query)).case_insensitive(true).build() else {
        return Vec::new();
    };
    let mut found: Vec<&Event> = corpus
        .events()
        .iter()
        .filter(|e| {
            pattern.is_match(&e.title)
                || e.participants.iter().any(|p| pattern.is_match(p))
                || e.location.as_deref().is_some_and(|l| pattern.is_match(l))
                || e.note.as_deref().is_some_and(|n| pattern.is_match(n))
                || e.mentions.iter().any(|m| pattern.is_match(corpus.sentence(m)))
        })
        .collect();
    found.sort_by_key(|e| (e.when.is_none(), e.when.as_ref().map(|w| w.span.start), e.id));
    found.into_iter().map(|e| e.id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest;

    fn sample() -> Corpus {
        let mut corpus = Corpus::new();
        corpus.add([ingest::sample_article()]);
        corpus
    }

    #[test]
    fn search_finds_titles_people_and_sentences_ignoring_case() {
        let corpus = sample();
        let calls = search(&corpus, "PHONE");
        assert!(!calls.is_empty());
        for id in &calls {
            let event = corpus.event(*id).unwrap();
            let text: String = event.mentions.iter().map(|m| corpus.sentence(m)).collect();
            assert!(text.to_lowercase().contains("phone") || event.title.to_lowercase().contains("phone"));
        }
        let putin = search(&corpus, "putin");
        assert!(
            putin.iter().any(|id| corpus
                .event(*id)
                .unwrap()
                .participants
                .iter()
                .any(|p| p.contains("Putin")))
        );
        assert!(search(&corpus, "zzz-no-such-thing").is_empty());
        assert!(search(&corpus, "  ").is_empty());
        // Regex syntax in a query is literal text.
        assert!(search(&corpus, "(.*").is_empty());
    }

    #[test]
    fn filters_and_counts() {
        let corpus = sample();
        let people = participant_counts(corpus.events());
        assert!(!people.is_empty());
        assert!(people.windows(2).all(|w| w[0].1 >= w[1].1));
        let (top, count) = people[0].clone();
        let filter = Filter { participant: Some(top.clone()), ..Default::default() };
        assert!(filter.is_active());
        assert_eq!(corpus.events().iter().filter(|e| filter.keeps(e)).count(), count);
        let planned = Filter { hidden_statuses: vec![EventStatus::Planned], ..Default::default() };
        assert!(
            corpus.events().iter().filter(|e| planned.keeps(e)).all(|e| e.status != EventStatus::Planned)
        );
        assert_eq!(filter.describe(&corpus), format!("participant {top}"));
    }
}
