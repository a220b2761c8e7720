//! Judging Python solutions: the compile check, one strategy per exercise kind, and the
//! verdicts. The engine never prints; it returns values ([`Judgement`]) for `report` to render.
//!
//! ```text
//!        runner (Judge::judge: dispatch on the kind; the compile check runs first for the
//!        strategies that do not compile the solution in their own runs: stdio, module, sql)
//!        ┌────────────┬────────────┴───────────┬──────────────┬──────────────┬────────────┐
//!      batch ──falls back──▶ stdio          function        predict   module_fork ─▶ module  sql
//!   (warm interpreter,    (an interpreter   (harness.py:    (the snippet's (warm runner, (a runner per
//!    a fork per case)      per case)         a call per case) real output)  a fork per     case, SQLite)
//!                                                                           test; else a
//!                                                                           runner per test)
//!        └────────────┴─────── launcher ──────┴──────────────┴──────────────┴────────────┘
//!                 (a script of `python`, run in the `sandbox`)
//! ```
//!
//! Every strategy turns what came back (an `Outcome`, the channel's records) into verdicts
//! through `decide`, which holds the whole precedence. `judgement` holds the types that
//! cross to `report` and `progress`; `calibrate` sets time limits relative to the reference.
//!
//! **`Err` or `judge_error`?** A judge `Error` (`error.rs`) means the submission could not
//! be judged at all: the run every test depends on (the compile check, a `predict` snippet,
//! the probe) could not be prepared or started, or ended in a way it never should. A
//! `judge_error` *verdict* marks one test that could not be judged while others could: its
//! run directory or interpreter failed, or its process ended without a status report. Both
//! exit with code 3; the verdict keeps the other tests' results.
//!
//! **May import:** `catalog`, `checker`, `limits`, `verdict`, `python`, `sandbox`, `pool`.

mod batch;
pub mod calibrate;
mod control;
mod decide;
mod error;
mod function;
mod judgement;
mod launcher;
mod mark;
mod module;
mod module_fork;
mod options;
mod predict;
mod runner;
mod sql;
mod stdio;

#[cfg(test)]
pub use judgement::Detail;
pub use judgement::{Judgement, TestResult};

pub use control::Hooks;
pub use launcher::MAX_PROCESSES;
pub use options::Options;
pub use runner::Judge;
