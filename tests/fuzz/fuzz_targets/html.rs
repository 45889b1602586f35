//! Any bytes, read as a saved web page: never a panic, never a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = chronicle::ingest::load_bytes(std::path::Path::new("page.html"), data);
});
