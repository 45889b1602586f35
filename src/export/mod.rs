//! The stable output formats: what `chronicle extract` prints and what the app exports.
//! Each format has its own module; they all read a `Corpus` and never change it.

pub mod json;
