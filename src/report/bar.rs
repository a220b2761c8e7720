//! The progress bar of `verify` and `check --all`.

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
