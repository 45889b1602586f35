//! Chronicle reads news articles, finds the dated events in them (calls, strikes, talks,
//! summits, meetings ...), works out who took part, where and when, and lays them out on a
//! timeline.
//!
//! The library is the whole product minus the window: `model` (the data), `ingest` (files to
//! articles), `timex` (temporal expressions), `extract` (events), `corpus` (a set of open
//! articles and what was found in them), `corrections` (the user's edits, replayed on every
//! extraction), `project` (saved work), `filter` (search and filters), `timeline` (pure layout math for drawing), `export`
//! (the stable output formats) and `cli`. The desktop app in `app` is behind the `gui`
//! feature and only draws what the core prepared.

pub mod cli;
pub mod corpus;
pub mod corrections;
pub mod eval;
pub mod export;
pub mod extract;
pub mod filter;
pub mod ingest;
pub mod model;
pub mod project;
pub mod timeline;
pub mod timeml;
pub mod timex;

#[cfg(feature = "gui")]
pub mod app;

/// Extraction makes many small strings and lists; with glibc's allocator, allocating and
/// freeing them took an eighth of it. Set here, in the library, so that the app, the CLI,
/// the tests and the benchmarks all measure and run the same.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How long freed memory stays with the allocator before it goes back to the system, in
/// milliseconds (mimalloc's `purge_delay`; its default is 10, and 10 times as long for
/// large areas). On this kind of virtual machine, touching memory the system has taken back
/// costs far more than the work done in it: with the default, a quarter of one-thread
/// extraction went to the kernel clearing pages that had just been freed, when the app
/// extracts again or the benchmark runs again. A quarter of a second keeps that memory for
/// the next use; it still goes back soon after.
const PURGE_DELAY_MS: std::ffi::c_long = 250;

/// `mi_option_purge_delay` in mimalloc 2's `mimalloc.h`: the -sys crate names the options
/// on either side of it, not this one.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Sets [`PURGE_DELAY_MS`] once, unless `MIMALLOC_PURGE_DELAY` is set in the environment,
/// which then wins. Called by [`extract::analyse`], through which every extraction goes.
pub(crate) fn tune_allocator() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            // SAFETY: sets a plain integer option; mimalloc reads options at any time.
            unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
        }
    });
}

/// The article Chronicle opens with when given no paths: the one it was commissioned for.
pub const SAMPLE_ARTICLE: &str = include_str!("../assets/sample/us-russia-syria-third-call.md");
/// The file name the sample is shown under.
pub const SAMPLE_NAME: &str = "us-russia-syria-third-call.md";

#[cfg(test)]
mod tests {
    #[test]
    fn the_allocator_keeps_freed_memory_a_while() {
        assert_eq!(super::MI_OPTION_PURGE_DELAY, libmimalloc_sys::mi_option_eager_commit_delay + 1);
        assert_eq!(super::MI_OPTION_PURGE_DELAY, libmimalloc_sys::mi_option_use_numa_nodes - 1);
        super::tune_allocator();
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            // SAFETY: reads a plain integer option.
            let delay = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
            assert_eq!(delay, super::PURGE_DELAY_MS);
        }
    }
}
