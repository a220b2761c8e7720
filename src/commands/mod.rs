//! One module per command. Each validates its arguments, calls the engine, and hands the
//! results to `report`. A command calls no other command's internals, with one exception
//! made on purpose: `watch` and the `predict` drill run `check::once` with a typed request.
//!
//! **May import:** everything; `anyhow` errors stop here (see `exit`).

pub mod check;
pub mod doctor;
pub mod hint;
pub mod list;
pub mod mock;
pub mod next;
pub mod predict;
pub mod reset;
pub mod run;
pub mod show;
pub mod solution;
pub mod start;
pub mod stats;
pub mod verify;
pub mod watch;
mod workspace;
