//! Terminal colours, in one place. Honours `--color` and `NO_COLOR` (decided by the context).

use crate::verdict::Verdict;

/// Whether and how to colour output.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn new(color: bool) -> Self {
        Self { color }
    }

    fn paint(self, text: &str, code: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(self, text: &str) -> String {
        self.paint(text, "1")
    }

    pub fn dim(self, text: &str) -> String {
        self.paint(text, "2")
    }

    pub fn green(self, text: &str) -> String {
        self.paint(text, "32")
    }

    pub fn red(self, text: &str) -> String {
        self.paint(text, "31")
    }

    pub fn yellow(self, text: &str) -> String {
        self.paint(text, "33")
    }

    /// A verdict's terminal label, coloured by severity and padded to `width`.
    pub fn verdict(self, v: Verdict, width: usize) -> String {
        let text = format!("{:<width$}", v.label());
        match v {
            Verdict::Accepted => self.paint(&text, "1;32"),
            Verdict::WrongAnswer | Verdict::RunTimeError | Verdict::CompileError => {
                self.paint(&text, "1;31")
            }
            Verdict::JudgeError => self.paint(&text, "1;35"),
            _ => self.paint(&text, "1;33"),
        }
    }
}
