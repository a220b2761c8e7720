//! Output checkers: decide whether an output matches the expected one.
//!
//! - `tokens`: the Kattis/ICPC default output validator (token-wise, optional case and space
//!   sensitivity, float tolerances);
//! - `lines`: line-wise text comparison, lenient about trailing whitespace (stdio `lines` mode
//!   and `predict` answers);
//! - `value`: structural comparison of JSON values returned by `function` solutions;
//! - `rows`: typed comparison of the rows a `sql` query returned.
//!
//! Pure functions of bytes and values. The checker settings ([`TextChecker`], [`TokenOptions`],
//! [`ValueOptions`], [`RowOptions`]) are part of an exercise, so the catalog stores them and the judge applies
//! them.
//!
//! **May import:** nothing else in the crate.

mod float;
mod lines;
mod mismatch;
mod rows;
mod text;
mod tokens;
mod value;

pub use lines::{check_lines, normalized_lines};
pub use rows::{RowOptions, Rows, SqlValue, check_rows, tables};
pub use text::TextChecker;
pub use tokens::TokenOptions;
pub use value::{Order, ValueOptions, check_value};
