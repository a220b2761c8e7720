//! The judge: the strategy for the exercise's kind, after a compile check of its own for the
//! strategies that need one (the function harness, the stdio batch runner and the module fork
//! runner compile the solution first in their own runs and report a syntax error there). Dispatch only; each
//! strategy lives in a file of its own.

use std::path::PathBuf;
use std::time::Duration;

use super::control::{Control, Hooks};
use super::decide;
use super::error::Error;
use super::judgement::{Judged, Judgement};
use super::launcher::{Launcher, run_dir};
use super::options::Options;
use super::{batch, function, module, module_fork, predict, sql, stdio};
use crate::catalog::{Exercise, Spec, Tests};
use crate::limits::Limits;
use crate::python::{Python, Script};
use crate::sandbox::{Exit, Layers};
use crate::verdict::Verdict;

/// The judge: an interpreter plus options.
pub struct Judge<'a> {
    pub python: &'a Python,
    pub options: Options,
    /// Directories hidden from solutions in the sandbox (exercise packs on disk).
    pub hide: Vec<PathBuf>,
    /// A `predict` snippet's real output, already measured (`grind verify` runs the snippet
    /// twice to prove it deterministic, then judges every labelled prediction against that
    /// output instead of running the snippet once more for each).
    pub snippet_output: Option<String>,
}

impl Judge<'_> {
    fn launcher<'s>(&'s self, control: &'s Control<'s>) -> Launcher<'s> {
        Launcher {
            python: self.python,
            options: self.options,
            hide: &self.hide,
            control,
        }
    }

    /// Judges `source` (a Python program, or a prediction for `predict`) on `tests`.
    pub fn judge(&self, ex: &Exercise, tests: &Tests, source: &[u8]) -> Result<Judgement, Error> {
        self.judge_with(ex, tests, source, Hooks::default())
    }

    /// [`Judge::judge`], with a caller's cancel switch and per-test callback.
    pub fn judge_with(
        &self,
        ex: &Exercise,
        tests: &Tests,
        source: &[u8],
        hooks: Hooks<'_>,
    ) -> Result<Judgement, Error> {
        let control = Control::new(self.options, hooks);
        let launcher = self.launcher(&control);
        let mut judgement = Judgement {
            exercise: ex.name.clone(),
            verdict: Verdict::Accepted,
            tests: Vec::new(),
            skipped: 0,
            compile_message: None,
            cancelled: false,
            layers: None,
            limits: ex.limits,
        };
        if let Tests::Predict { snippet, .. } = tests {
            let result = match &self.snippet_output {
                Some(real) => predict::judge_output(real.clone(), source),
                None => predict::judge(&launcher, snippet, source, ex.limits)?,
            };
            judgement.tests.push(result);
        } else if let (Tests::Sql(sql_tests), Spec::Sql(spec)) = (tests, &ex.spec) {
            // A query is compiled by SQLite: its compile check is a run on the empty schema.
            let (message, layers) =
                sql::compile_check(&launcher, spec, &sql_tests.schema, source, ex.limits)
                    .map_err(|e| Error::Run(std::io::Error::other(e)))?;
            if judgement.compile_failed(message, Some(layers), tests.len()) {
                return Ok(judgement);
            }
            let results = sql::judge(&launcher, spec, sql_tests, source, ex.limits);
            judgement.skipped = results.iter().filter(|r| r.is_none()).count();
            judgement.tests = results.into_iter().flatten().collect();
        } else {
            let judged = match (tests, &ex.spec) {
                // These compile the solution in their own runs.
                (Tests::Values(cases), Spec::Function(spec)) => {
                    function::judge(&launcher, spec, cases, source, ex.limits)
                }
                (Tests::Text(cases), Spec::Stdio { checker })
                    if self.options.batch && Launcher::warm() =>
                {
                    batch::judge(&launcher, source, cases, checker, ex.limits)
                }
                (Tests::Module(tests), Spec::Module(spec))
                    if self.options.batch && Launcher::warm() =>
                {
                    module_fork::judge(&launcher, spec, tests, source, ex.limits)
                }
                _ => {
                    let (message, layers) = self.compile_check(source, ex.limits)?;
                    if judgement.compile_failed(message, Some(layers), tests.len()) {
                        return Ok(judgement);
                    }
                    let results = match (tests, &ex.spec) {
                        (Tests::Text(cases), Spec::Stdio { checker }) => {
                            stdio::judge(&launcher, source, cases, checker, ex.limits)
                        }
                        (Tests::Module(tests), Spec::Module(spec)) => {
                            module::judge(&launcher, spec, tests, source, ex.limits)
                        }
                        _ => return Err(Error::TestsDoNotMatchKind(ex.name.clone())),
                    };
                    Judged {
                        results,
                        compile_error: None,
                        layers: judgement.layers.take(),
                    }
                }
            };
            if judgement.compile_failed(judged.compile_error, judged.layers, tests.len()) {
                return Ok(judgement);
            }
            judgement.skipped = judged.results.iter().filter(|r| r.is_none()).count();
            judgement.tests = judged.results.into_iter().flatten().collect();
        }
        judgement.verdict = decide::headline(judgement.tests.iter().map(|t| t.verdict));
        // NOTE: `accepted` needs every test judged. Tests are skipped only after a failure
        // stopped judging (or a cancel), so this fires only when something lost a test.
        if judgement.verdict == Verdict::Accepted && judgement.tests.len() != tests.len() {
            judgement.verdict = Verdict::JudgeError;
        }
        judgement.cancelled = control.cancelled();
        Ok(judgement)
    }

    /// Compiles the solution without running it; `Some(message)` on a syntax error.
    fn compile_check(
        &self,
        source: &[u8],
        limits: Limits,
    ) -> Result<(Option<String>, Layers), Error> {
        let control = Control::new(self.options, Hooks::default());
        let launcher = self.launcher(&control);
        let dir = run_dir(launcher.python, Script::SyntaxCheck, source)?;
        let limits = limits.with_cpu(Duration::from_secs(10));
        let out = launcher.run(&dir, Script::SyntaxCheck, b"", limits)?;
        match out.exit {
            Exit::Code(0) => Ok((None, out.layers)),
            Exit::Code(1) => Ok((
                Some(String::from_utf8_lossy(&out.stderr).trim_end().to_string()),
                out.layers,
            )),
            _ => Err(Error::SyntaxCheck {
                exit: out.exit,
                stderr: out.last_stderr_line().unwrap_or_default(),
            }),
        }
    }

    /// The tests the module runner finds in a test file (parsed, never run), for `grind
    /// verify` to compare with the catalog's static scan.
    pub fn collect_tests(&self, tests_source: &str) -> Result<Vec<String>, Error> {
        let control = Control::new(self.options, Hooks::default());
        module::collect(&self.launcher(&control), tests_source)
            .map_err(|e| Error::Run(std::io::Error::other(e)))
    }

    /// Runs an empty program and returns the protection layers it got.
    pub fn probe_layers(&self) -> Result<Layers, Error> {
        let control = Control::new(self.options, Hooks::default());
        let launcher = self.launcher(&control);
        let dir = run_dir(launcher.python, Script::Bootstrap, b"pass\n")?;
        let out = launcher.run(&dir, Script::Bootstrap, b"", Limits::default())?;
        if out.exit != Exit::Code(0) {
            return Err(Error::Probe {
                exit: out.exit,
                stderr: out.last_stderr_line().unwrap_or_default(),
            });
        }
        Ok(out.layers)
    }

    /// The snippet's real output: stdout, then the last traceback line if it raised.
    pub fn real_output(&self, snippet: &str, limits: Limits) -> Result<String, Error> {
        let control = Control::new(self.options, Hooks::default());
        predict::real_output(&self.launcher(&control), snippet, limits)
    }
}
