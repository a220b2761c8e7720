//! The only writers: rendering results for people (terminal) and programs (JSON). Everything
//! writes to a `&mut dyn Write`, so tests render into a buffer; the engine returns values and
//! never prints.
//!
//! **May import:** the engine's value types (`judge`'s judgement, `catalog`, `progress`,
//! `sandbox::Layers`, `verdict`); nothing imports `report` but `context` and the commands.

pub mod bar;
pub mod check;
pub mod diff;
pub mod doctor;
pub mod exercise;
pub mod json;
pub mod list;
pub mod practice;
pub mod stats;
pub mod style;
mod tables;
mod units;
pub mod verify;
mod warn;

pub use units::count;
pub use warn::warn;
