//! Any bytes, read as a PDF (lopdf, behind our panic guard and limits): never a panic,
//! never a hang, never unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = chronicle::ingest::load_bytes(std::path::Path::new("paper.pdf"), data);
});
