//! Judging: run a solution under limits (`process`), talk to the function harness
//! (`harness`), compare outputs (`checker`), and turn process outcomes into verdicts
//! (`verdict`). The engine never prints; it returns values for `report` to render.

pub mod batch;
pub mod calibrate;
pub mod cgroup;
pub mod checker;
pub mod confine;
pub mod diff;
pub mod harness;
pub mod keeper;
pub mod limits;
pub mod process;
mod pump;
pub mod python;
pub mod runner;
pub mod sandbox;
pub mod verdict;

pub use limits::Limits;
pub use verdict::Verdict;
