//! The progress bar of `verify` and `check --all`, and the counter of `grind watch`.

use indicatif::{ProgressBar, ProgressStyle};

use super::style::Style;

/// A progress bar on stderr when it is a terminal and colours are on, hidden otherwise
/// (callers then print plain lines).
pub fn progress_bar(style: Style, len: usize) -> ProgressBar {
    let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) && style.color {
        ProgressBar::new(len as u64)
    } else {
        ProgressBar::hidden()
    };
    if let Ok(template) = ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
        bar.set_style(template);
    }
    bar
}

/// A counter on stderr for work of unknown length (`grind watch`'s tests judged so far),
/// shown like [`progress_bar`].
pub fn spinner(style: Style, what: &str) -> ProgressBar {
    let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) && style.color {
        ProgressBar::new_spinner()
    } else {
        ProgressBar::hidden()
    };
    if let Ok(template) = ProgressStyle::with_template("{spinner} {pos} {msg}") {
        bar.set_style(template);
    }
    bar.set_message(what.to_string());
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}
