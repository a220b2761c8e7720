//! One module per command. Each validates its arguments, calls the engine, and hands the
//! results to `report`.

pub mod check;
pub mod doctor;
pub mod hint;
mod keys;
pub mod list;
pub mod mock;
pub mod next;
pub mod reset;
pub mod show;
pub mod solution;
pub mod start;
pub mod stats;
pub mod verify;
pub mod watch;
pub mod workspace;

/// A progress bar on a terminal, hidden otherwise (callers then print plain lines).
pub fn progress_bar(ctx: &crate::context::Context, len: usize) -> indicatif::ProgressBar {
    let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) && ctx.style.color {
        indicatif::ProgressBar::new(len as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
        bar.set_style(style);
    }
    bar
}
