//! Any bytes through every other reader: the first byte picks the file name (and so the
//! reader: text, Markdown front matter, feed as XML or JSON, TimeML, unknown extension),
//! the rest is the file. Decoding, binary sniffing and the dateline fallback run on all.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 7] = ["a.txt", "a.md", "a.rss", "a.json", "a.tml", "a.xhtml", "a"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let _ = chronicle::ingest::load_bytes(std::path::Path::new(name), bytes);
});
