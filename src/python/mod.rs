//! Everything that runs inside the interpreter, and its Rust owner.
//!
//! - `interpreter`: finding the real interpreter once ([`Python`]) and the flags every run
//!   gets; `shim` reads pyenv's and asdf's rules instead of running a shim (or runs it once
//!   and caches its answer), `probe_cache` keeps what a binary reported;
//! - `scripts`: the embedded `.py` files and their names in a run directory ([`Script`]), the
//!   only `include_str!` of them in the crate;
//! - `records`: the channel's record protocol (fd 3), parsed into typed records.
//!
//! The `.py` files sit beside this module. `prelude.py` is also run by the exercise
//! generators (`tools/gen/genlib.py`), so a generator calls a reference as the judge does.
//!
//! **May import:** nothing else in the crate.

mod compiled;
mod interpreter;
mod probe_cache;
pub mod records;
mod scripts;
mod shim;

pub use interpreter::{ISOLATION_FLAGS, Python, ResolveError};
pub use scripts::{SOLUTION, Script, TESTING};
pub use shim::{Lookup, manager_vars};
