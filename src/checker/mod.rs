//! Output checkers: decide whether an output matches the expected one.
//!
//! - `tokens`: the Kattis/ICPC default output validator (token-wise, optional case and space
//!   sensitivity, float tolerances);
//! - `lines`: line-wise text comparison, lenient about trailing whitespace (stdio `lines` mode
//!   and `predict` answers);
//! - `value`: structural comparison of JSON values returned by `function` solutions.
//!
//! Pure functions of bytes and values. The checker settings ([`TextChecker`], [`TokenOptions`],
//! [`ValueOptions`]) are part of an exercise, so the catalog stores them and the judge applies
//! them.
//!
//! **May import:** nothing else in the crate.

mod float;
mod lines;
mod tokens;
mod value;

pub use lines::check_lines;
pub use tokens::{TokenOptions, check_tokens};
pub use value::{Order, ValueOptions, check_value};

/// Why an output was rejected, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Mismatch(pub String);

/// How a stdio exercise's output is compared.
#[derive(Debug, Clone, PartialEq)]
pub enum TextChecker {
    Tokens(TokenOptions),
    Lines,
}

impl TextChecker {
    pub fn check(&self, expected: &[u8], output: &[u8]) -> Result<(), Mismatch> {
        match self {
            TextChecker::Tokens(opts) => check_tokens(expected, output, opts),
            TextChecker::Lines => check_lines(expected, output),
        }
    }
}
