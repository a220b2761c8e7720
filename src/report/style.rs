//! Terminal colours, in one place. Whether to colour at all is decided once by `Context`
//! (`--color`, `NO_COLOR`, whether stdout is a terminal); the styles are `anstyle` values, the
//! crate clap styles its own help with.

use anstyle::{AnsiColor, Style as Sgr};

use crate::verdict::Verdict;

const BOLD: Sgr = Sgr::new().bold();
const DIM: Sgr = Sgr::new().dimmed();
const GREEN: Sgr = fg(AnsiColor::Green);
const RED: Sgr = fg(AnsiColor::Red);
const YELLOW: Sgr = fg(AnsiColor::Yellow);

const fn fg(color: AnsiColor) -> Sgr {
    Sgr::new().fg_color(Some(anstyle::Color::Ansi(color)))
}

/// Whether and how to colour output.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn new(color: bool) -> Self {
        Self { color }
    }

    fn paint(self, text: &str, sgr: Sgr) -> String {
        if self.color {
            format!("{sgr}{text}{sgr:#}")
        } else {
            text.to_string()
        }
    }

    pub fn bold(self, text: &str) -> String {
        self.paint(text, BOLD)
    }

    pub fn dim(self, text: &str) -> String {
        self.paint(text, DIM)
    }

    pub fn green(self, text: &str) -> String {
        self.paint(text, GREEN)
    }

    pub fn red(self, text: &str) -> String {
        self.paint(text, RED)
    }

    pub fn yellow(self, text: &str) -> String {
        self.paint(text, YELLOW)
    }

    /// A verdict's terminal label, coloured by severity and padded to `width`.
    pub fn verdict(self, v: Verdict, width: usize) -> String {
        let color = match v {
            Verdict::Accepted => AnsiColor::Green,
            Verdict::WrongAnswer | Verdict::RunTimeError | Verdict::CompileError => AnsiColor::Red,
            Verdict::JudgeError => AnsiColor::Magenta,
            _ => AnsiColor::Yellow,
        };
        self.paint(&format!("{:<width$}", v.label()), fg(color).bold())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_only_when_asked() {
        let on = Style::new(true);
        let off = Style::new(false);
        assert_eq!(on.green("ok"), "\x1b[32mok\x1b[0m");
        assert_eq!(on.bold("b"), "\x1b[1mb\x1b[0m");
        assert_eq!(on.dim("d"), "\x1b[2md\x1b[0m");
        assert_eq!(off.red("no"), "no");
        assert_eq!(off.verdict(Verdict::TimeLimitExceeded, 4), "TLE ");
        assert_eq!(
            on.verdict(Verdict::Accepted, 3),
            "\x1b[1m\x1b[32mAC \x1b[0m",
            "bold and green"
        );
    }
}
