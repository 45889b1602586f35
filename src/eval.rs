//! The TempEval-3 Task A scorer: how well the tagger finds (strict and relaxed extent match)
//! and normalises (type and value) temporal expressions against gold TimeML.
//!
//! Matching is one-to-one: each gold expression pairs with at most one system expression,
//! the first that overlaps it. An attribute counts when the relaxed match has it right;
//! attribute precision and recall divide by the system and gold counts.
//!
//! `events` scores event extraction against hand-annotated gold events.

pub mod events;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::model::Timex;
use crate::timeml;
use crate::timex::Tagger;

/// Counts over any number of documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub type_correct: usize,
    pub value_correct: usize,
}

/// Precision, recall and F1 for one measure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub(crate) fn new(correct: usize, system: usize, gold: usize) -> Prf {
        let precision = if system == 0 { 0.0 } else { correct as f64 / system as f64 };
        let recall = if gold == 0 { 0.0 } else { correct as f64 / gold as f64 };
        let f1 =
            if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
        Prf { precision, recall, f1 }
    }
}

/// The figures TempEval-3 reports.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Scores {
    pub documents: usize,
    pub counts: Counts,
    pub strict: Prf,
    pub relaxed: Prf,
    pub type_: Prf,
    pub value: Prf,
}

/// One disagreement with the gold standard, for `--misses`.
#[derive(Debug, Clone, PartialEq)]
pub enum Miss {
    Missed { file: PathBuf, text: String, value: String },
    Spurious { file: PathBuf, text: String, value: String },
    WrongValue { file: PathBuf, gold_text: String, gold: String, system_text: String, system: String },
    WrongExtent { file: PathBuf, gold_text: String, system_text: String },
}

impl std::fmt::Display for Miss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = |p: &PathBuf| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        match self {
            Miss::Missed { file, text, value } => write!(f, "MISSED   {}: {text:?} ({value})", name(file)),
            Miss::Spurious { file, text, value } => write!(f, "SPURIOUS {}: {text:?} ({value})", name(file)),
            Miss::WrongValue { file, gold_text, gold, system_text, system } => {
                write!(
                    f,
                    "VALUE    {}: {gold_text:?} gold {gold}, got {system} for {system_text:?}",
                    name(file)
                )
            }
            Miss::WrongExtent { file, gold_text, system_text } => {
                write!(f, "EXTENT   {}: gold {gold_text:?}, got {system_text:?}", name(file))
            }
        }
    }
}

/// Compares one document's system expressions with its gold ones, adding to `counts`.
pub fn score_document(
    text: &str,
    gold: &[Timex],
    system: &[Timex],
    file: &Path,
    counts: &mut Counts,
    misses: &mut Vec<Miss>,
) {
    counts.gold += gold.len();
    counts.system += system.len();
    let mut used = vec![false; system.len()];
    let slice = |t: &Timex| text.get(t.start..t.end).unwrap_or_default().to_owned();
    for g in gold {
        let found = system.iter().enumerate().find(|(i, s)| !used[*i] && s.start < g.end && g.start < s.end);
        let Some((index, s)) = found else {
            misses.push(Miss::Missed { file: file.to_owned(), text: slice(g), value: g.value.clone() });
            continue;
        };
        used[index] = true;
        counts.relaxed += 1;
        if s.start == g.start && s.end == g.end {
            counts.strict += 1;
        } else {
            misses.push(Miss::WrongExtent {
                file: file.to_owned(),
                gold_text: slice(g),
                system_text: slice(s),
            });
        }
        if s.kind == g.kind {
            counts.type_correct += 1;
        }
        if s.value == g.value {
            counts.value_correct += 1;
        } else {
            misses.push(Miss::WrongValue {
                file: file.to_owned(),
                gold_text: slice(g),
                gold: g.value.clone(),
                system_text: slice(s),
                system: s.value.clone(),
            });
        }
    }
    for (s, used) in system.iter().zip(used) {
        if !used {
            misses.push(Miss::Spurious { file: file.to_owned(), text: slice(s), value: s.value.clone() });
        }
    }
}

impl Scores {
    pub fn from_counts(documents: usize, c: Counts) -> Scores {
        Scores {
            documents,
            counts: c,
            strict: Prf::new(c.strict, c.system, c.gold),
            relaxed: Prf::new(c.relaxed, c.system, c.gold),
            type_: Prf::new(c.type_correct, c.system, c.gold),
            value: Prf::new(c.value_correct, c.system, c.gold),
        }
    }

    /// A readable table of the figures.
    pub fn table(&self) -> String {
        let c = &self.counts;
        let mut out = format!(
            "{} documents, {} gold timexes, {} system timexes\n\n{:<8} {:>9} {:>9} {:>9}\n",
            self.documents, c.gold, c.system, "", "precision", "recall", "F1"
        );
        for (name, prf) in
            [("strict", self.strict), ("relaxed", self.relaxed), ("type", self.type_), ("value", self.value)]
        {
            out.push_str(&format!("{name:<8} {:>9.3} {:>9.3} {:>9.3}\n", prf.precision, prf.recall, prf.f1));
        }
        out
    }
}

/// Every TimeML file under the given paths (files or folders, searched recursively).
pub fn timeml_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(path: &Path, out: &mut Vec<PathBuf>) {
        if path.is_dir() {
            let Ok(entries) = std::fs::read_dir(path) else { return };
            let mut children: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
            children.sort();
            for child in children {
                walk(&child, out);
            }
        } else if is_timeml(path) {
            out.push(path.to_owned());
        }
    }
    let mut out = Vec::new();
    for path in paths {
        walk(path, &mut out);
    }
    out
}

pub fn is_timeml(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("tml") || e.eq_ignore_ascii_case("te3input"))
}

/// Tags and scores every file. Files that cannot be read are reported in the error list.
pub fn evaluate(files: &[PathBuf], tagger: &Tagger) -> (Scores, Vec<Miss>, Vec<String>) {
    let mut counts = Counts::default();
    let mut misses = Vec::new();
    let mut errors = Vec::new();
    let mut documents = 0;
    for file in files {
        let xml = match std::fs::read_to_string(file) {
            Ok(xml) => xml,
            Err(e) => {
                errors.push(format!("{}: {e}", file.display()));
                continue;
            }
        };
        let document = match timeml::parse(&xml) {
            Ok(d) => d,
            Err(e) => {
                errors.push(format!("{}: {e}", file.display()));
                continue;
            }
        };
        let system = tagger.tag(&document.raw_text, document.dct);
        score_document(&document.raw_text, &document.gold, &system, file, &mut counts, &mut misses);
        documents += 1;
    }
    (Scores::from_counts(documents, counts), misses, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimexType;

    fn timex(start: usize, end: usize, value: &str) -> Timex {
        Timex { start, end, kind: TimexType::Date, value: value.into(), modifier: None, span: None }
    }

    #[test]
    fn strict_relaxed_and_attribute_scores() {
        let text = "on Tuesday and last month and soon";
        let gold = [timex(3, 10, "2017-05-02"), timex(15, 25, "2017-04")];
        let system = [timex(0, 10, "2017-05-02"), timex(15, 25, "2017-03"), timex(30, 34, "FUTURE_REF")];
        let mut counts = Counts::default();
        let mut misses = Vec::new();
        score_document(text, &gold, &system, Path::new("x.tml"), &mut counts, &mut misses);
        assert_eq!((counts.strict, counts.relaxed, counts.value_correct, counts.type_correct), (1, 2, 1, 2));
        let s = Scores::from_counts(1, counts);
        assert!((s.strict.precision - 1.0 / 3.0).abs() < 1e-9);
        assert!((s.relaxed.recall - 1.0).abs() < 1e-9);
        assert!((s.value.f1 - 2.0 * (1.0 / 3.0) * 0.5 / (1.0 / 3.0 + 0.5)).abs() < 1e-9);
        assert_eq!(misses.len(), 3, "{misses:?}"); // one extent, one value, one spurious
    }
}
