//! What judging returns: the interface between the judge and its consumers (`report`,
//! `progress`, the commands). Strategies fill these in; nothing here runs anything.

use std::time::Duration;

use super::decide::Decision;
use crate::limits::Limits;
use crate::sandbox::Layers;
use crate::verdict::Verdict;

/// How much of a test's output is kept for diffs and `--reveal`.
const DETAIL_CAP: usize = 64 * 1024;

/// What the user sees of a test beyond its verdict (for samples, or with `--reveal`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Detail {
    pub input: String,
    pub expected: String,
    pub actual: String,
    /// What the program printed besides its answer (function kind) or on stderr.
    pub log: String,
}

/// The verdict of one test.
#[derive(Debug, Clone)]
pub struct TestResult {
    pub name: String,
    pub sample: bool,
    pub verdict: Verdict,
    /// CPU time used (the time limit is on CPU time).
    pub time: Duration,
    pub wall: Duration,
    pub peak_memory: u64,
    pub message: Option<String>,
    pub detail: Detail,
}

impl TestResult {
    /// A result not decided yet: `judge_error` with no message, until a strategy decides it.
    pub fn pending(name: &str, sample: bool, detail: Detail) -> Self {
        Self {
            name: name.to_string(),
            sample,
            verdict: Verdict::JudgeError,
            time: Duration::ZERO,
            wall: Duration::ZERO,
            peak_memory: 0,
            message: None,
            detail,
        }
    }

    /// Takes the verdict and message of a decision.
    pub fn decide(&mut self, d: Decision) {
        self.verdict = d.verdict;
        self.message = d.message;
    }

    /// This result, decided.
    pub fn decided(mut self, d: Decision) -> Self {
        self.decide(d);
        self
    }
}

/// The verdict of a whole submission.
#[derive(Debug, Clone)]
pub struct Judgement {
    pub exercise: String,
    pub verdict: Verdict,
    pub tests: Vec<TestResult>,
    /// Tests not run because judging stopped early.
    pub skipped: usize,
    /// The compiler's message when the verdict is `compile_error`.
    pub compile_message: Option<String>,
    pub limits: Limits,
    /// The protection layers the runs got (observed on the compile check).
    pub layers: Option<Layers>,
    /// The caller cancelled judging (`grind watch` on a save or a quit): the verdict covers
    /// only the tests that ran, and is not to be recorded.
    pub cancelled: bool,
}

impl Judgement {
    /// Records the compile check's outcome: its protection layers, and on a compile error
    /// (`message`) the verdict with all `tests` skipped. True when judging ends there.
    pub fn compile_failed(
        &mut self,
        message: Option<String>,
        layers: Option<Layers>,
        tests: usize,
    ) -> bool {
        self.layers = layers;
        let Some(msg) = message else { return false };
        self.verdict = Verdict::CompileError;
        self.compile_message = Some(msg);
        self.skipped = tests;
        true
    }

    /// Tests accepted.
    pub fn passed(&self) -> usize {
        self.tests
            .iter()
            .filter(|t| t.verdict == Verdict::Accepted)
            .count()
    }

    /// Tests in all: run and skipped.
    pub fn total(&self) -> usize {
        self.tests.len() + self.skipped
    }
}

/// What a strategy that compiles the solution in its own runs (the function harness, the
/// stdio batch runner) found: no run of its own checks the syntax first.
pub struct Judged {
    /// Per case; `None` marks cases skipped after an early stop, or all of them after a
    /// compile error.
    pub results: Vec<Option<TestResult>>,
    /// The solution does not compile: the syntax error as Python prints it.
    pub compile_error: Option<String>,
    /// The protection layers the runs got.
    pub layers: Option<Layers>,
}

/// What one worker's runs found, for [`Judged::add`].
pub struct Ran {
    pub done: Vec<(usize, TestResult)>,
    pub compile_error: Option<String>,
    pub layers: Option<Layers>,
}

impl Ran {
    /// Results, with no compile error.
    pub fn judged(done: Vec<(usize, TestResult)>, layers: Option<Layers>) -> Self {
        Ran {
            done,
            compile_error: None,
            layers,
        }
    }

    /// The solution does not compile: `message` says why.
    pub fn compile_error(message: String, layers: Option<Layers>) -> Self {
        Ran {
            done: Vec::new(),
            compile_error: Some(message),
            layers,
        }
    }
}

impl Judged {
    pub fn new(cases: usize) -> Self {
        Judged {
            results: vec![None; cases],
            compile_error: None,
            layers: None,
        }
    }

    /// Takes in one worker's results.
    pub fn add(&mut self, ran: Ran) {
        for (i, r) in ran.done {
            self.results[i] = Some(r);
        }
        if self.compile_error.is_none() {
            self.compile_error = ran.compile_error;
        }
        if self.layers.is_none() {
            self.layers = ran.layers;
        }
        if self.compile_error.is_some() {
            self.results.iter_mut().for_each(|r| *r = None);
        }
    }
}

/// Text of at most [`DETAIL_CAP`] bytes, for display.
pub fn clip(bytes: &[u8]) -> String {
    let cut = &bytes[..bytes.len().min(DETAIL_CAP)];
    // Valid UTF-8 (a character cut at the end aside) takes the fast check; only other text
    // goes through the replacing decoder, which is several times slower on megabytes of
    // test data.
    let mut s = match std::str::from_utf8(cut) {
        Ok(s) => s.to_owned(),
        Err(e) if e.error_len().is_none() => {
            let mut s = std::str::from_utf8(&cut[..e.valid_up_to()])
                .unwrap_or_default()
                .to_owned();
            s.push(char::REPLACEMENT_CHARACTER);
            s
        }
        Err(_) => String::from_utf8_lossy(cut).into_owned(),
    };
    if bytes.len() > DETAIL_CAP {
        s.push_str("\n[...truncated...]\n");
    }
    s
}

/// [`clip`] of a JSON value's compact text, writing out no more of a large value than is
/// shown: a case's arguments can be megabytes, and every case gets its detail.
pub fn clip_json(v: &serde_json::Value) -> String {
    /// Takes bytes until it holds more than can be shown, then refuses the rest.
    struct Capped(Vec<u8>);
    impl std::io::Write for Capped {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.0.len() > DETAIL_CAP {
                return Err(std::io::Error::other("enough to show"));
            }
            self.0.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut w = Capped(Vec::new());
    // An error only means the text was cut short, which `clip` marks.
    let _ = serde_json::to_writer(&mut w, v);
    clip(&w.0)
}

/// An error and its causes on one line (`failed to X: because Y`), as verdict messages show
/// them.
pub fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(e) = source {
        text.push_str(": ");
        text.push_str(&e.to_string());
        source = e.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_decodes_as_the_replacing_decoder_does() {
        let long = "é".repeat(DETAIL_CAP); // two bytes each: the cap falls on a boundary
        let odd = format!("x{long}"); // and here inside a character
        let cases: [&[u8]; 6] = [
            b"",
            b"plain text\n",
            "h\u{e9}llo \u{1f600}\n".as_bytes(),
            b"bad \xff byte, cut \xe2\x82",
            long.as_bytes(),
            odd.as_bytes(),
        ];
        for bytes in cases {
            let cut = &bytes[..bytes.len().min(DETAIL_CAP)];
            let mut want = String::from_utf8_lossy(cut).into_owned();
            if bytes.len() > DETAIL_CAP {
                want.push_str("\n[...truncated...]\n");
            }
            assert_eq!(clip(bytes), want, "{:?}", &bytes[..bytes.len().min(40)]);
        }
    }

    #[test]
    fn clip_json_is_clip_of_the_whole_text() {
        let big: Vec<u64> = (0..50_000).collect();
        for v in [
            serde_json::json!([1, "two", null]),
            serde_json::json!([big, {"k": [1.5, -2]}]),
        ] {
            assert_eq!(clip_json(&v), clip(v.to_string().as_bytes()));
        }
    }

    #[test]
    fn clip_keeps_the_head_and_says_so() {
        assert_eq!(clip(b"short"), "short");
        let long = vec![b'x'; DETAIL_CAP + 10];
        let c = clip(&long);
        assert!(c.starts_with("xxx") && c.ends_with("\n[...truncated...]\n"));
        assert_eq!(c.len(), DETAIL_CAP + "\n[...truncated...]\n".len());
    }

    #[test]
    fn chain_joins_causes_like_an_error_chain() {
        let err = crate::sandbox::RunDirError::Create(std::io::Error::other("disk full"));
        assert_eq!(
            chain(&err),
            "failed to create a temporary directory for the run: disk full"
        );
    }
}
