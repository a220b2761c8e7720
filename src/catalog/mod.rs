//! The exercise catalog: loading and validating exercises in the native format and Kattis
//! problem packages, embedded in the binary or on disk.
//!
//! Parse, then validate into a different type: `manifest` (with `fields`, which records
//! every problem instead of stopping at the first) turns `exercise.toml` into checked settings;
//! `native` and `kattis` build an [`Exercise`] from a directory and load its tests on demand;
//! `submissions` reads `submissions/<verdict>/` for both formats; `files` reads embedded and
//! on-disk directories alike (`embedded`: the catalog `build.rs` packed, compressed per
//! file); `stamp` gives cheap content identities for caches; `catalog` holds a pack and
//! resolves a `NAME|PATH` argument; `error` collects problems into a [`LoadError`].
//!
//! **May import:** `verdict`, `limits` and `checker` (the leaf types an exercise states). The
//! judge imports the catalog, never the other way round.

mod catalog;
mod embedded;
mod error;
mod exercise;
mod fields;
mod files;
mod kattis;
mod manifest;
mod module;
mod native;
mod shared;
mod sql;
mod stamp;
mod submissions;
mod test_cache;
mod text;
pub mod topics;

pub use catalog::{
    Catalog, LookupError, embedded_names, is_exercise_dir, load_path, looks_like_path,
};
pub use error::LoadError;
pub use exercise::{
    Calibration, Difficulty, Exercise, Format, FunctionSpec, Kind, ModuleSpec, ModuleTest,
    ModuleTests, Spec, SqlCase, SqlSpec, SqlTests, Submission, Tests, TextCase, ValueCase,
};
pub use files::Files;
pub use module::scan_tests;
pub use shared::Content;
pub use stamp::Fnv;
pub use test_cache::{INPUT_ALIGN, load as load_tests_cached};
