//! The stable output formats: what `chronicle extract` prints. Each format has its own module;
//! they all read a `Corpus` and never change it.

pub mod csv;
pub mod ics;
pub mod json;
pub mod timelinejs;
