//! Any text through the whole extraction pipeline (sentences, temporal tagging, events,
//! participants, merging): never a panic, never a hang. The first three bytes choose the
//! reference date (any year jiff holds, or none), so date arithmetic is pushed to its ends.
#![no_main]

use chronicle::model::{Article, ArticleId, ReferenceDate, ReferenceSource};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((date, text)) = data.split_first_chunk::<3>() else { return };
    let Ok(text) = std::str::from_utf8(text) else { return };
    let year = (u16::from_le_bytes([date[0], date[1]]) % 20_000) as i16 - 10_000;
    let reference = (year != -10_000).then(|| {
        jiff::civil::date(year.clamp(-9999, 9999), (date[2] % 12 + 1) as i8, (date[2] / 12 % 28 + 1) as i8)
    });
    let article = Article {
        id: ArticleId(0),
        path: None,
        title: "fuzz".into(),
        text: text.to_owned(),
        reference: reference.map(|date| ReferenceDate { date, source: ReferenceSource::User }),
        source: None,
        encoding: None,
    };
    let _ = chronicle::extract::extract(&[article]);
});
