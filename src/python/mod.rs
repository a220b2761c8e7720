//! Everything that runs inside the interpreter, and its Rust owner.
//!
//! - `interpreter`: finding the real interpreter once ([`Python`]) and the flags every run
//!   gets;
//! - `scripts`: the embedded `.py` files and their names in a run directory ([`Script`]), the
//!   only `include_str!` of them in the crate;
//! - `records`: the channel's record protocol (fd 3), parsed into typed records.
//!
//! The `.py` files sit beside this module. `prelude.py` is also run by the exercise
//! generators (`tools/gen/genlib.py`), so a generator calls a reference as the judge does.
//!
//! **May import:** nothing else in the crate.

mod interpreter;
pub mod records;
mod scripts;

pub use interpreter::{ISOLATION_FLAGS, Python, ResolveError};
pub use scripts::{Script, TESTING};
