//! Running one of the Python scripts in the sandbox: the interpreter with its isolation
//! flags, and the policy every judged run gets (what it may read, the process limits, the
//! shared `pids` cgroup, the directories hidden from it).

use std::ffi::OsStr;
use std::io;
use std::os::fd::BorrowedFd;
use std::path::{Path, PathBuf};

use super::control::Control;
use super::judgement::TestResult;
use super::options::Options;
use crate::limits::Limits;
use crate::python::{ISOLATION_FLAGS, Python, SOLUTION, Script};
use crate::sandbox::{self, Observer, Outcome, Policy, RunCgroup, RunDir, RunDirError};

/// What a run's channel is wired to.
struct Channel<'c> {
    ack: bool,
    max_frame: usize,
    cgroup: Option<&'c RunCgroup>,
    cpu_until: Option<std::time::Duration>,
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

/// Devices a run may read and write.
const DEVICES: &[&str] = &[
    "/dev/null",
    "/dev/zero",
    "/dev/full",
    "/dev/random",
    "/dev/urandom",
];

/// Starts sandboxed runs of the embedded scripts for one judge.
#[derive(Clone, Copy)]
pub struct Launcher<'a> {
    pub python: &'a Python,
    pub options: Options,
    /// Directories hidden from solutions (exercise packs on disk).
    pub hide: &'a [PathBuf],
    /// Where judging stops (`Options::should_stop`, the caller's cancel): every worker skips
    /// the tests after that point, and warm interpreters stop at their next result.
    pub control: &'a Control<'a>,
}

/// How a warm interpreter is run: its frames go to `observer` as they come, and with `cgroup`
/// it gets a cgroup of its own, so CPU time is read (and each budget enforced) from outside.
pub struct Warm<'o> {
    pub observer: &'o mut dyn Observer,
    pub cgroup: bool,
    /// The longest frame the script may send.
    pub max_frame: usize,
    /// The CPU the script may use before its first accepted frame (loading the solution).
    pub load_budget: std::time::Duration,
}

/// A fresh run directory holding `solution` and `script` (as `python` runs it: see
/// [`Python::script_files`]).
pub fn run_dir(python: &Python, script: Script, solution: &[u8]) -> Result<RunDir, RunDirError> {
    run_dir_with(python, script, solution, &[])
}

/// [`run_dir`], and `extra` files beside them.
pub fn run_dir_with(
    python: &Python,
    script: Script,
    solution: &[u8],
    extra: &[(&str, &[u8])],
) -> Result<RunDir, RunDirError> {
    let mut files = python.script_files(script);
    files.push((SOLUTION, solution));
    files.extend_from_slice(extra);
    RunDir::new(&files)
}

/// A run's standard input.
#[derive(Clone, Copy)]
pub enum Input<'a> {
    /// Bytes in parts, read as one stream.
    Parts(&'a [&'a [u8]]),
    /// An open file (the script is told, by a file of its run directory, which part of it to
    /// map).
    File(BorrowedFd<'a>),
}

impl Launcher<'_> {
    /// Records that test `index` (in test order) was decided as `result`.
    pub fn decided(&self, index: usize, result: &TestResult) {
        self.control.decided(index, result);
    }

    /// Whether test `index` is not to be run (judging stopped before it, or was cancelled).
    pub fn skips(&self, index: usize) -> bool {
        self.control.skips(index)
    }

    /// Whether a warm interpreter can be measured from outside here: runs get a cgroup of
    /// their own (asked once per process). Without one, every test runs in a process of its
    /// own, whose whole tree the keeper accounts for.
    pub fn warm() -> bool {
        static WARM: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
        *WARM.get_or_init(sandbox::cgroup::per_run_available)
    }

    /// Runs `script` (already in `dir`) with the isolation flags, its channel (fd 3) and
    /// acknowledgements (fd 4) tied to `warm.observer`.
    pub fn run_warm(
        &self,
        dir: &RunDir,
        script: Script,
        stdin: &[u8],
        limits: Limits,
        warm: &mut Warm<'_>,
    ) -> io::Result<Outcome> {
        self.run_warm_input(dir, script, Input::Parts(&[stdin]), limits, warm)
    }

    /// [`Launcher::run_warm`] with standard input in parts (a header, then each case's input,
    /// so megabytes of test data are not joined into one more copy first) or from a file.
    pub fn run_warm_input(
        &self,
        dir: &RunDir,
        script: Script,
        stdin: Input<'_>,
        limits: Limits,
        warm: &mut Warm<'_>,
    ) -> io::Result<Outcome> {
        let cgroup = if warm.cgroup {
            Some(
                RunCgroup::create()
                    .ok_or_else(|| io::Error::other("could not create a cgroup for the run"))?,
            )
        } else {
            None
        };
        let channel = Channel {
            ack: true,
            max_frame: warm.max_frame,
            cgroup: cgroup.as_ref(),
            cpu_until: Some(warm.load_budget),
        };
        self.start(
            dir,
            script,
            stdin,
            limits,
            Some(&channel),
            Some(&mut *warm.observer),
        )
    }

    /// Runs `script` (already in `dir`) with the isolation flags, without a channel.
    pub fn run(
        &self,
        dir: &RunDir,
        script: Script,
        stdin: &[u8],
        limits: Limits,
    ) -> io::Result<Outcome> {
        self.start(dir, script, Input::Parts(&[stdin]), limits, None, None)
    }

    fn start(
        &self,
        dir: &RunDir,
        script: Script,
        stdin: Input<'_>,
        limits: Limits,
        channel: Option<&Channel<'_>>,
        observer: Option<&mut dyn Observer>,
    ) -> io::Result<Outcome> {
        let mut policy = self.policy(dir.path(), limits.disk);
        if policy.enabled {
            let limit = u32::try_from(self.options.jobs)
                .unwrap_or(u32::MAX)
                .saturating_mul(MAX_PROCESSES + 8);
            policy.pids_cgroup = sandbox::cgroup::enter(limit.saturating_add(64));
        }
        let mut args: Vec<&OsStr> = ISOLATION_FLAGS.iter().map(OsStr::new).collect();
        args.push(OsStr::new(script.file_name()));
        let ch = channel;
        sandbox::run(
            &sandbox::Command {
                program: &self.python.executable,
                args,
                env: dir.env(),
                cwd: dir.path(),
                stdin: match stdin {
                    Input::Parts(parts) => parts,
                    Input::File(_) => &[],
                },
                stdin_file: match stdin {
                    Input::File(f) => Some(f),
                    Input::Parts(_) => None,
                },
                limits,
                channel: ch.is_some(),
                ack: ch.is_some_and(|c| c.ack),
                max_frame: ch.map_or(0, |c| c.max_frame),
                cgroup: ch.and_then(|c| c.cgroup),
                cpu_until: ch.and_then(|c| c.cpu_until),
                no_namespace: self.options.no_namespace,
                policy,
            },
            observer,
        )
    }

    /// What the sandbox of one run allows.
    fn policy(&self, run_dir: &Path, disk: u64) -> Policy {
        let show = |p: &Path| p.to_string_lossy().into_owned();
        let mut read: Vec<String> = SYSTEM_READ.iter().map(|s| (*s).to_string()).collect();
        read.extend(self.python.read_dirs.iter().map(|p| show(p)));
        read.push(show(&self.python.executable));
        // The `grind` binary embeds the catalog's answers.
        let mask_files = sandbox::keeper_exe()
            .map(|p| vec![show(p)])
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
            run_dir: Some((show(run_dir), disk)),
        }
    }
}

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
