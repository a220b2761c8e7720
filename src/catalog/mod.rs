//! The exercise catalog: loading and validating exercises in the native format and Kattis
//! problem packages, embedded in the binary or on disk.

mod catalog;
mod exercise;
mod fields;
mod files;
mod kattis;
mod manifest;
mod native;
mod problems;

pub use catalog::{Catalog, LookupError, load_path, looks_like_path};
pub use exercise::{
    Difficulty, Exercise, Format, FunctionSpec, Kind, Spec, Submission, Tests, TextCase, ValueCase,
};
pub use files::Files;
pub use problems::LoadError;
