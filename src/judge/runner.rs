//! Judging one submission against an exercise: compile check, then every test (in parallel,
//! results kept in test order), each turned into a verdict.

use std::ffi::OsStr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::Result;

use crate::catalog::{Exercise, Spec, Tests, TextCase};
use crate::checker::{TextChecker, check_lines};
use crate::limits::Limits;
use crate::python::{ISOLATION_FLAGS, Python};
use crate::sandbox::RunDir;
use crate::sandbox::confine::Policy;
use crate::sandbox::{self as process, Exit, Kill, Outcome};
use crate::verdict::Verdict;

pub(crate) const BOOTSTRAP: &[u8] = include_bytes!("../python/bootstrap.py");
const SYNTAX_CHECK: &[u8] = include_bytes!("../python/syntax_check.py");
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
    pub layers: Option<crate::sandbox::confine::Layers>,
}

/// How to judge.
#[allow(clippy::struct_excessive_bools)] // independent switches, each with its own flag
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Parallel runs.
    pub jobs: usize,
    /// Stop at the first test that is not accepted.
    pub fail_fast: bool,
    /// Stop once a test times out (the overall verdict can then only be TLE or JE).
    pub stop_on_timeout: bool,
    /// Do not use namespaces even where they are available.
    pub no_namespace: bool,
    /// Confine solutions (Landlock, seccomp, namespaces, capabilities); on by default.
    pub sandbox: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            jobs: std::thread::available_parallelism().map_or(2, std::num::NonZero::get),
            fail_fast: false,
            stop_on_timeout: false,
            no_namespace: false,
            sandbox: true,
        }
    }
}

/// The judge: an interpreter plus options.
pub struct Judge<'a> {
    pub python: &'a Python,
    pub options: Options,
    /// Directories hidden from solutions in the sandbox (exercise packs on disk).
    pub hide: Vec<std::path::PathBuf>,
}

/// Most processes a run may have at once before it is stopped as a fork bomb.
pub const MAX_PROCESSES: u32 = 128;

/// Files and directories every Python run may read: system binaries and libraries, and the
/// few files of `/etc` the dynamic loader and `time` need. Missing ones are skipped.
const SYSTEM_READ: &[&str] = &[
    "/bin",
    "/usr/bin",
    "/lib",
    "/lib64",
    "/lib32",
    "/usr/lib",
    "/usr/lib64",
    "/usr/lib32",
    "/usr/share/zoneinfo",
    "/etc/ld.so.cache",
    "/etc/localtime",
    "/etc/passwd",
    "/etc/group",
    "/etc/nsswitch.conf",
];

/// `RLIMIT_NPROC` for a run when not root: the kernel counts every process of the user, so
/// the allowance is added to what the user already runs. `None` as root (ignored there; the
/// pids cgroup and the watchdog cover it).
fn nproc_allowance() -> Option<u64> {
    // The owner of /proc/self is our own uid.
    let uid = std::os::unix::fs::MetadataExt::uid(&std::fs::metadata("/proc/self").ok()?);
    if uid == 0 {
        return None;
    }
    let mine = std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .filter(|e| {
            e.file_name()
                .as_encoded_bytes()
                .iter()
                .all(u8::is_ascii_digit)
        })
        .filter(|e| {
            e.metadata()
                .is_ok_and(|m| std::os::unix::fs::MetadataExt::uid(&m) == uid)
        })
        .count();
    Some(u64::try_from(mine).unwrap_or(0) + u64::from(MAX_PROCESSES) + 8)
}

/// Devices a run may read and write.
const DEVICES: &[&str] = &[
    "/dev/null",
    "/dev/zero",
    "/dev/full",
    "/dev/random",
    "/dev/urandom",
];

impl Judge<'_> {
    /// Judges `source` (a Python program, or a prediction for `predict`) on `tests`.
    pub fn judge(&self, ex: &Exercise, tests: &Tests, source: &[u8]) -> Result<Judgement> {
        let mut judgement = Judgement {
            exercise: ex.name.clone(),
            verdict: Verdict::Accepted,
            tests: Vec::new(),
            skipped: 0,
            compile_message: None,
            layers: None,
            limits: ex.limits,
        };
        if let Tests::Predict { snippet, .. } = tests {
            judgement
                .tests
                .push(self.judge_prediction(snippet, source, ex.limits)?);
        } else {
            let (message, layers) = self.compile_check(source, ex.limits)?;
            judgement.layers = Some(layers);
            if let Some(msg) = message {
                judgement.verdict = Verdict::CompileError;
                judgement.compile_message = Some(msg);
                judgement.skipped = tests.len();
                return Ok(judgement);
            }
            let results = match (tests, &ex.spec) {
                (Tests::Text(cases), Spec::Stdio { checker }) if super::batch::enabled() => {
                    super::batch::judge(self, source, cases, checker, ex.limits)
                }
                (Tests::Text(cases), Spec::Stdio { checker }) => {
                    self.judge_stdio(source, cases, checker, ex.limits)
                }
                (Tests::Values(cases), Spec::Function(spec)) => {
                    super::function::judge_function(self, spec, cases, source, ex.limits)
                }
                _ => anyhow::bail!("exercise `{}`: its tests do not match its kind", ex.name),
            };
            judgement.skipped = results.iter().filter(|r| r.is_none()).count();
            judgement.tests = results.into_iter().flatten().collect();
        }
        judgement.verdict =
            Verdict::worst(judgement.tests.iter().map(|t| t.verdict)).unwrap_or(Verdict::Accepted);
        Ok(judgement)
    }

    /// Runs `program_file` (already written into `dir`) with the isolation flags.
    pub(crate) fn run_in(
        &self,
        dir: &RunDir,
        program_file: &str,
        stdin: &[u8],
        limits: Limits,
        channel_window: Option<Duration>,
    ) -> std::io::Result<Outcome> {
        let env = dir.env();
        let mut policy = self.policy(dir.path());
        if policy.enabled {
            let limit = u32::try_from(self.options.jobs)
                .unwrap_or(u32::MAX)
                .saturating_mul(MAX_PROCESSES + 8);
            policy.pids_cgroup = crate::sandbox::cgroup::enter(limit.saturating_add(64));
        }
        let mut args: Vec<&OsStr> = ISOLATION_FLAGS.iter().map(OsStr::new).collect();
        args.push(OsStr::new(program_file));
        process::run(&process::Command {
            program: &self.python.executable,
            args,
            env,
            cwd: dir.path(),
            stdin,
            limits,
            channel: channel_window.is_some(),
            channel_window,
            no_namespace: self.options.no_namespace,
            policy,
        })
    }

    /// What the sandbox of one run allows.
    fn policy(&self, run_dir: &std::path::Path) -> Policy {
        let show = |p: &std::path::Path| p.to_string_lossy().into_owned();
        let mut read: Vec<String> = SYSTEM_READ.iter().map(|s| (*s).to_string()).collect();
        read.extend(self.python.read_dirs.iter().map(|p| show(p)));
        read.push(show(&self.python.executable));
        let mask_files = std::env::current_exe()
            .map(|p| vec![show(&p)])
            .unwrap_or_default();
        Policy {
            enabled: self.options.sandbox,
            read,
            devices: DEVICES.iter().map(|s| (*s).to_string()).collect(),
            write: vec![show(run_dir)],
            mask_files,
            mask_dirs: self.hide.iter().map(|p| show(p)).collect(),
            max_processes: MAX_PROCESSES,
            pids_cgroup: false,
            nproc: nproc_allowance(),
        }
    }

    /// Compiles the solution without running it; `Some(message)` on a syntax error.
    fn compile_check(
        &self,
        source: &[u8],
        limits: Limits,
    ) -> Result<(Option<String>, crate::sandbox::confine::Layers)> {
        let dir = RunDir::new(&[("solution.py", source), ("_grind_check.py", SYNTAX_CHECK)])?;
        let limits = limits.with_cpu(Duration::from_secs(10));
        let out = self.run_in(&dir, "_grind_check.py", b"", limits, None)?;
        match out.exit {
            Exit::Code(0) => Ok((None, out.layers)),
            Exit::Code(1) => Ok((
                Some(String::from_utf8_lossy(&out.stderr).trim_end().to_string()),
                out.layers,
            )),
            _ => anyhow::bail!(
                "the syntax check failed unexpectedly ({:?}): {}",
                out.exit,
                out.last_stderr_line().unwrap_or_default()
            ),
        }
    }

    /// Runs stdio cases in parallel; `None` marks a case skipped after an early stop.
    fn judge_stdio(
        &self,
        source: &[u8],
        cases: &[TextCase],
        checker: &TextChecker,
        limits: Limits,
    ) -> Vec<Option<TestResult>> {
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let results: Mutex<Vec<Option<TestResult>>> = Mutex::new(vec![None; cases.len()]);
        std::thread::scope(|s| {
            for _ in 0..self.options.jobs.clamp(1, cases.len().max(1)) {
                s.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        if i >= cases.len() || stop.load(Ordering::SeqCst) {
                            break;
                        }
                        let r = self.run_stdio_case(source, &cases[i], checker, limits);
                        if self.should_stop(r.verdict) {
                            stop.store(true, Ordering::SeqCst);
                        }
                        results.lock().expect("results lock")[i] = Some(r);
                    }
                });
            }
        });
        results.into_inner().expect("results lock")
    }

    pub(crate) fn should_stop(&self, v: Verdict) -> bool {
        (self.options.fail_fast && v != Verdict::Accepted)
            || (self.options.stop_on_timeout && v == Verdict::TimeLimitExceeded)
    }

    pub(crate) fn run_stdio_case(
        &self,
        source: &[u8],
        case: &TextCase,
        checker: &TextChecker,
        limits: Limits,
    ) -> TestResult {
        let mut result = stdio_base(case);
        let outcome = RunDir::new(&[("solution.py", source), ("_grind_main.py", BOOTSTRAP)])
            .and_then(|dir| Ok(self.run_in(&dir, "_grind_main.py", &case.input, limits, None)?));
        let out = match outcome {
            Ok(o) => o,
            Err(e) => {
                result.message = Some(format!("could not run the solution: {e:#}"));
                return result;
            }
        };
        stdio_result(result, &out, case, checker, &limits)
    }
}

/// A fresh result for a stdio case (verdict `judge_error` until decided).
pub(crate) fn stdio_base(case: &TextCase) -> TestResult {
    TestResult {
        name: case.name.clone(),
        sample: case.sample,
        verdict: Verdict::JudgeError,
        time: Duration::ZERO,
        wall: Duration::ZERO,
        peak_memory: 0,
        message: None,
        detail: Detail {
            input: clip(&case.input),
            expected: clip(&case.answer),
            ..Detail::default()
        },
    }
}

/// Decides a stdio case from how its process ended and what it printed.
pub(crate) fn stdio_result(
    mut result: TestResult,
    out: &Outcome,
    case: &TextCase,
    checker: &TextChecker,
    limits: &Limits,
) -> TestResult {
    {
        result.time = out.cpu;
        result.wall = out.wall;
        result.peak_memory = out.peak_memory;
        result.detail.actual = clip(&out.stdout);
        result.detail.log = clip(&out.stderr);
        if let Some((v, msg)) = process_verdict(out, limits) {
            result.verdict = v;
            result.message = Some(msg);
            return result;
        }
        match checker.check(&case.answer, &out.stdout) {
            Ok(()) => result.verdict = Verdict::Accepted,
            Err(m) => {
                result.verdict = Verdict::WrongAnswer;
                result.message = Some(m.0);
            }
        }
        result
    }
}

impl Judge<'_> {
    /// Runs an empty program and returns the protection layers it got.
    pub fn probe_layers(&self) -> Result<crate::sandbox::confine::Layers> {
        let dir = RunDir::new(&[("solution.py", b"pass\n"), ("_grind_main.py", BOOTSTRAP)])?;
        let out = self.run_in(&dir, "_grind_main.py", b"", Limits::default(), None)?;
        if out.exit != Exit::Code(0) {
            anyhow::bail!(
                "the probe run failed ({:?}): {}",
                out.exit,
                out.last_stderr_line().unwrap_or_default()
            );
        }
        Ok(out.layers)
    }

    /// The snippet's real output: stdout, then the last traceback line if it raised.
    pub fn real_output(&self, snippet: &str, limits: Limits) -> Result<String> {
        let dir = RunDir::new(&[
            ("solution.py", snippet.as_bytes()),
            ("_grind_main.py", BOOTSTRAP),
        ])?;
        let out = self.run_in(&dir, "_grind_main.py", b"", limits, None)?;
        if let Some((v, msg)) = process_verdict(&out, &limits)
            && v != Verdict::RunTimeError
        {
            anyhow::bail!(
                "the snippet itself did not finish normally ({}): {msg}",
                v.label()
            );
        }
        let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
        if !matches!(out.exit, Exit::Code(0)) {
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&out.last_stderr_line().unwrap_or_default());
            text.push('\n');
        }
        Ok(text)
    }

    fn judge_prediction(
        &self,
        snippet: &str,
        prediction: &[u8],
        limits: Limits,
    ) -> Result<TestResult> {
        let real = self.real_output(snippet, limits)?;
        let check = check_lines(real.as_bytes(), prediction);
        Ok(TestResult {
            name: "prediction".into(),
            sample: true,
            verdict: if check.is_ok() {
                Verdict::Accepted
            } else {
                Verdict::WrongAnswer
            },
            time: Duration::ZERO,
            wall: Duration::ZERO,
            peak_memory: 0,
            message: check.err().map(|m| m.0),
            detail: Detail {
                input: String::new(),
                expected: real,
                actual: String::from_utf8_lossy(prediction).into_owned(),
                log: String::new(),
            },
        })
    }
}

/// Text of at most [`DETAIL_CAP`] bytes, for display.
pub(crate) fn clip(bytes: &[u8]) -> String {
    let cut = &bytes[..bytes.len().min(DETAIL_CAP)];
    let mut s = String::from_utf8_lossy(cut).into_owned();
    if bytes.len() > DETAIL_CAP {
        s.push_str("\n[... truncated ...]\n");
    }
    s
}

/// The verdict a process outcome forces regardless of its output, in precedence order:
/// TLE, MLE, OLE, RE. `None` means it exited normally and its output decides.
pub fn process_verdict(out: &Outcome, limits: &Limits) -> Option<(Verdict, String)> {
    let last = out.last_stderr_line().unwrap_or_default();
    if let Exit::NotStarted(errno) = out.exit {
        let err = std::io::Error::from_raw_os_error(errno);
        return Some((
            Verdict::JudgeError,
            format!("could not start the interpreter: {err}"),
        ));
    }
    let xcpu = out.exit == Exit::Signal(libc::SIGXCPU);
    if out.killed == Some(Kill::WallTime) || out.cpu > limits.cpu || xcpu {
        let msg = if out.killed == Some(Kill::WallTime) && out.cpu <= limits.cpu {
            format!(
                "killed after {:.1} s of wall time (sleeping or waiting?)",
                out.wall.as_secs_f64()
            )
        } else {
            format!(
                "used more than {:.1} s of CPU time",
                limits.cpu.as_secs_f64()
            )
        };
        return Some((Verdict::TimeLimitExceeded, msg));
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    if last.starts_with("MemoryError") || stderr.contains("Cannot allocate memory") {
        return Some((
            Verdict::MemoryLimitExceeded,
            format!(
                "ran out of memory (limit {} MiB)",
                limits.memory / (1024 * 1024)
            ),
        ));
    }
    if out.killed == Some(Kill::OutputLimit) {
        return Some((
            Verdict::OutputLimitExceeded,
            format!("printed more than {} MiB", limits.output / (1024 * 1024)),
        ));
    }
    match out.exit {
        Exit::Code(0) => None,
        Exit::Code(code) => {
            let msg = if last.is_empty() {
                format!("exit code {code}")
            } else {
                last
            };
            Some((Verdict::RunTimeError, msg))
        }
        Exit::TooManyProcesses(n) => Some((
            Verdict::RunTimeError,
            format!("started more than {n} processes at once (a fork bomb?) and was stopped"),
        )),
        Exit::Signal(sig) => Some((
            Verdict::RunTimeError,
            format!("killed by {}", process::signal_name(sig)),
        )),
        Exit::Unknown | Exit::NotStarted(_) => Some((
            Verdict::JudgeError,
            "the process ended without a status report".into(),
        )),
    }
}
