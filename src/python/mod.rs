//! The Python side.

mod interpreter;

pub use interpreter::{ISOLATION_FLAGS, Python};
