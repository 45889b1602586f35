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

/// The article Chronicle opens with when given no paths: the one it was commissioned for.
pub const SAMPLE_ARTICLE: &str = include_str!("../assets/sample/us-russia-syria-third-call.md");
/// The file name the sample is shown under.
pub const SAMPLE_NAME: &str = "us-russia-syria-third-call.md";
