//! The checker of a stdio exercise: tokens (the Kattis default validator) or lines.

use super::lines::check_lines;
use super::mismatch::Mismatch;
use super::tokens::{TokenOptions, check_tokens};

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
