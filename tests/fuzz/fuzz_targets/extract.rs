//! Any text through the whole extraction pipeline (sentences, temporal tagging, events,
//! participants, merging), against a fixed reference date: never a panic, never a hang.
#![no_main]

use chronicle::model::{Article, ArticleId, ReferenceDate, ReferenceSource};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let article = Article {
        id: ArticleId(0),
        path: None,
        title: "fuzz".into(),
        text: text.to_owned(),
        reference: Some(ReferenceDate { date: jiff::civil::date(2017, 5, 2), source: ReferenceSource::User }),
        source: None,
        encoding: None,
    };
    let _ = chronicle::extract::extract(&[article]);
});
