//! The process sandbox.

pub mod cgroup;
pub mod confine;
pub mod keeper;
mod pump;
mod run_dir;
mod spawn;

pub use run_dir::RunDir;
pub use spawn::*;
