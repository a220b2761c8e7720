//! Reading an exercise's text files for the loaders, with every problem recorded rather than
//! returned, so that one pass reports them all.
//!
//! **May import:** `files`, `error`.

use super::error::Problems;
use super::files::Files;

/// Reads a file as UTF-8 text, recording a problem if it is missing or unreadable.
pub fn read_text(files: &Files, rel: &str, problems: &mut Problems) -> Option<String> {
    match files.read(rel) {
        Ok(Some(b)) => String::from_utf8(b).ok().or_else(|| {
            problems.push(format!("`{}` is not valid UTF-8", files.display(rel)));
            None
        }),
        Ok(None) => {
            problems.push(format!("`{}` is missing", files.display(rel)));
            None
        }
        Err(e) => {
            problems.push(format!("failed to read `{}`: {e}", files.display(rel)));
            None
        }
    }
}
