//! The process sandbox: runs one untrusted process tree under limits and confinement, and
//! reports how it ended. It knows nothing of Python, exercises or verdicts; all of the
//! crate's process-level `unsafe` lives here.
//!
//! The shape of a run:
//!
//! ```text
//! grind thread ──clone(CLONE_NEWPID…) + exec──▶ keeper (`grind __grind_keeper`, pid 1 of a
//!                                               │        fresh PID namespace when allowed)
//!                                               └──fork + exec──▶ target (the program, limits)
//! ```
//!
//! - `spawn` prepares the pipes and clones into the namespaces the kernel allows, then execs
//!   the keeper (`keeper`), which confines (`confine`) and starts the target, reaps the whole
//!   tree and writes one status record (`status`).
//! - `pump` is the parent's single `poll` loop: it feeds stdin, drains stdout, stderr and the
//!   harness channel, enforces the wall-clock deadline and the output cap, and asks the keeper
//!   to kill the tree (`SIGTERM`, then `SIGKILL` after a grace period) when a limit is hit. The
//!   keeper holds none of the target's pipes, so end of file on them means the whole tree is
//!   gone; a grace period covers a process that escaped (only possible without a PID
//!   namespace), so the runner never hangs.
//! - `command` is what goes in, `outcome` what comes out; `sweep` finds and kills what a run
//!   left behind; `sys` wraps the raw system calls of the parent side.
//! - `run_dir` is the fresh private directory a run works in; `cgroup` the `pids` cgroup all
//!   runs share; `features` the kernel probe for `grind doctor`.
//!
//! **May import:** `crate::limits` only.

pub mod cgroup;
mod command;
pub mod confine;
mod features;
pub mod interrupt;
pub mod keeper;
mod outcome;
mod pump;
mod run_dir;
mod spawn;
mod status;
mod sweep;
mod sys;

pub use cgroup::RunCgroup;
pub use command::Command;
pub use confine::{Landlock, Layers, Policy};
pub use features::{Features, features};
pub use outcome::{ChannelFault, Exit, Kill, Outcome, signal_name};
pub use pump::{Observer, Reply};
pub use run_dir::{RunDir, RunDirError};
pub use spawn::{keeper_exe, run};
pub use sys::{Mapped, tune_allocator};
