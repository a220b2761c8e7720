//! Runs one untrusted process tree under limits and reports how it ended.
//!
//! The shape of a run:
//!
//! ```text
//! grind thread ──clone(CLONE_NEWPID) + exec──▶ keeper (`grind __grind_keeper`, pid 1 of a
//!                                              │        fresh PID namespace when allowed)
//!                                              └──fork + exec──▶ target (python, limits)
//! ```
//!
//! The keeper (see `keeper.rs`) makes sure nothing the target starts outlives the run and
//! reports the target's exit status, CPU time and peak memory. The parent side (`pump.rs`) is a single `poll`
//! loop: it feeds stdin, drains stdout, stderr and the harness channel, enforces the wall-clock
//! deadline and the output cap, and asks the keeper to kill the tree (`SIGTERM`, then `SIGKILL`
//! after a grace period) when a limit is hit. The keeper holds none of the target's pipes, so
//! end of file on them means the whole tree is gone; a grace period covers the case where a
//! process escaped (only possible without a PID namespace), so the runner never hangs.
//!
//! NOTE: the code between `clone` and `execve` runs in a copy of a multithreaded process, so
//! it is async-signal-safe: raw system calls on data prepared before the clone, no allocation,
//! no locks, no glibc `fork()`.
#![allow(unsafe_code)]

use std::ffi::{CString, OsStr};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::confine::{Layers, NS_ATTEMPTS, Policy};
use super::keeper::{self, KEEPER_ARG};
use crate::limits::Limits;

/// How long the keeper gets to clean up after `SIGTERM` before it is killed outright.
pub(super) const KILL_GRACE: Duration = Duration::from_millis(500);
/// How long output is still read after the keeper is gone (a process that escaped a
/// non-namespaced sweep could hold a pipe open forever; we stop listening instead of hanging).
pub(super) const DRAIN_GRACE: Duration = Duration::from_millis(200);
/// How much of stderr is kept: the head (the start of a traceback) and the tail (its last line).
pub(super) const STDERR_KEEP: usize = 32 * 1024;
/// The harness channel can carry large results, but not unboundedly many.
pub(super) const CHANNEL_CAP: usize = 256 * 1024 * 1024;

static KEEPER_EXE: OnceLock<PathBuf> = OnceLock::new();

/// Sets the executable that runs as keeper (`grind` itself by default). It must handle
/// `KEEPER_ARG` like `grind`'s `main` does.
pub fn set_keeper_exe(path: PathBuf) {
    let _ = KEEPER_EXE.set(path);
}

fn keeper_exe() -> io::Result<&'static Path> {
    if let Some(p) = KEEPER_EXE.get() {
        return Ok(p);
    }
    let exe = std::env::current_exe()?;
    Ok(KEEPER_EXE.get_or_init(|| exe))
}

/// Everything needed to start one process tree.
#[derive(Debug, Clone)]
pub struct Command<'a> {
    pub program: &'a Path,
    pub args: Vec<&'a OsStr>,
    pub env: Vec<(String, String)>,
    pub cwd: &'a Path,
    pub stdin: &'a [u8],
    pub limits: Limits,
    /// Open a fourth descriptor (fd 3) through which a harness reports results.
    pub channel: bool,
    /// When set, every newline on the channel pushes the wall deadline to now + this window.
    /// The function harness writes a record before and after each case, so this becomes a
    /// per-case wall-clock limit.
    pub channel_window: Option<Duration>,
    /// Refuse to create namespaces (used by tests of the fallback path).
    pub no_namespace: bool,
    /// What the sandbox allows.
    pub policy: Policy,
}

/// How the target process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Exited with this code.
    Code(i32),
    /// Killed by this signal.
    Signal(i32),
    /// The keeper was killed before it could report (only after a limit was hit).
    Unknown,
    /// The program could not be started (`errno` of the failing call).
    NotStarted(i32),
    /// The tree was killed for having more than this many processes (a fork bomb).
    TooManyProcesses(i32),
}

/// Why the runner killed the tree, if it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kill {
    WallTime,
    OutputLimit,
}

/// The first layer of a result: what happened to the process, before any judging.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub exit: Exit,
    pub killed: Option<Kill>,
    pub wall: Duration,
    pub cpu: Duration,
    pub peak_memory: u64,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub channel: Vec<u8>,
    /// Which confinement layers were active, as the keeper reported them.
    pub layers: Layers,
}

impl Outcome {
    /// The last non-empty line of stderr, which for Python is the exception line.
    pub fn last_stderr_line(&self) -> Option<String> {
        let text = String::from_utf8_lossy(&self.stderr);
        text.lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .map(|l| l.trim_end().to_string())
    }
}

/// Kernel features the runner uses, probed by `grind doctor`.
#[derive(Debug, Clone, Copy)]
pub struct Features {
    /// New PID namespaces can be created (otherwise the subreaper sweep is used).
    pub pid_namespace: bool,
    /// `pidfd_open` works (otherwise the runner polls for the keeper's exit every 10 ms).
    pub pidfd: bool,
    /// `close_range` works (otherwise descriptors are closed one by one).
    pub close_range: bool,
}

/// Probes the kernel for the features in [`Features`].
pub fn features() -> Features {
    // SAFETY: a throwaway child created by a fork-like clone, which only exits.
    let pid_namespace = unsafe {
        let pid = raw_fork(libc::CLONE_NEWPID);
        if pid == 0 {
            libc::_exit(0);
        }
        if pid > 0 {
            let mut status = 0;
            libc::waitpid(pid, &raw mut status, 0);
        }
        pid > 0
    };
    // SAFETY: pidfd_open on ourselves, closed right away.
    let pidfd = unsafe {
        let fd = libc::syscall(libc::SYS_pidfd_open, libc::getpid(), 0);
        if fd >= 0 {
            libc::close(libc::c_int::try_from(fd).unwrap_or(-1));
        }
        fd >= 0
    };
    // SAFETY: marking an empty, out-of-range span close-on-exec changes nothing.
    let close_range = unsafe {
        libc::syscall(
            libc::SYS_close_range,
            u32::MAX - 1,
            u32::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        ) == 0
    };
    Features {
        pid_namespace,
        pidfd,
        close_range,
    }
}

pub(super) struct Pipe {
    pub(super) read: libc::c_int,
    pub(super) write: libc::c_int,
}

impl Pipe {
    fn new() -> io::Result<Self> {
        let mut fds = [0; 2];
        // SAFETY: `fds` is a valid two-element array for pipe2 to fill.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(Self {
            read: fds[0],
            write: fds[1],
        })
    }
}

pub(super) fn close(fd: libc::c_int) {
    if fd >= 0 {
        // SAFETY: closing a descriptor this module owns; errors are irrelevant here.
        unsafe { libc::close(fd) };
    }
}

pub(super) fn set_nonblocking(fd: libc::c_int) {
    // SAFETY: fcntl on a descriptor we own.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
    }
}

fn utf8<'a>(p: &'a OsStr, what: &str) -> io::Result<&'a str> {
    p.to_str().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{what} is not valid UTF-8"),
        )
    })
}

/// The keeper's instructions for this command.
fn spec(cmd: &Command<'_>) -> io::Result<keeper::Spec> {
    let l = &cmd.limits;
    // The CPU rlimit is a backstop (the judge decides TLE from measured time), with slack so
    // that SIGXCPU never fires before the judge's own limit.
    let cpu_secs = l.cpu.as_secs() + 2;
    #[allow(clippy::unnecessary_cast)] // the resource type differs between libcs
    let rlimits = vec![
        (libc::RLIMIT_CPU as u32, cpu_secs),
        (libc::RLIMIT_AS as u32, l.memory),
        // NOTE: glibc sizes every thread's stack from RLIMIT_STACK, so a large value here makes
        // `threading` fail under RLIMIT_AS. Python 3.11+ barely uses the C stack for Python
        // recursion, so the usual 8 MiB is enough.
        (libc::RLIMIT_STACK as u32, 8 << 20),
        (libc::RLIMIT_FSIZE as u32, l.file_size),
        (libc::RLIMIT_NOFILE as u32, l.open_files),
        (libc::RLIMIT_CORE as u32, 0),
        (libc::RLIMIT_MEMLOCK as u32, 0),
    ];
    let args = cmd
        .args
        .iter()
        .map(|a| utf8(a, "an argument").map(str::to_string))
        .collect::<io::Result<_>>()?;
    Ok(keeper::Spec {
        program: utf8(cmd.program.as_os_str(), "the interpreter path")?.to_string(),
        args,
        env: cmd.env.iter().map(|(k, v)| format!("{k}={v}")).collect(),
        cwd: utf8(cmd.cwd.as_os_str(), "the run directory")?.to_string(),
        rlimits,
        channel: cmd.channel,
        // SAFETY: getpid has no preconditions.
        parent: unsafe { libc::getpid() },
        policy: cmd.policy.clone(),
    })
}

/// Raw clone that behaves like fork, without glibc's fork handlers.
///
/// # Safety
/// The caller must only run async-signal-safe code in the child.
unsafe fn raw_fork(flags: libc::c_int) -> libc::pid_t {
    // SAFETY: clone with a null stack duplicates the address space like fork.
    let r = unsafe {
        libc::syscall(
            libc::SYS_clone,
            libc::c_long::from(flags | libc::SIGCHLD),
            0,
            0,
            0,
            0,
        )
    };
    libc::pid_t::try_from(r).unwrap_or(-1)
}

/// In the cloned child: put the pipes on fds 0-4 and exec the keeper. Never returns.
///
/// # Safety
/// Freshly cloned child only; async-signal-safe calls on prepared data.
unsafe fn exec_keeper(
    fds: [libc::c_int; 5],
    exe: &CString,
    argv: &[*const libc::c_char],
    envp: &[*const libc::c_char],
    user_maps: Option<&UserMaps>,
) -> ! {
    // SAFETY: see the function contract.
    unsafe {
        // In a new user namespace, map ourselves to root inside it now: only before `exec`
        // does this process hold the capabilities the kernel requires for writing the maps.
        if let Some(m) = user_maps {
            write_file(c"/proc/self/setgroups", m.setgroups.as_bytes());
            write_file(c"/proc/self/uid_map", m.uid_map.as_bytes());
            write_file(c"/proc/self/gid_map", m.gid_map.as_bytes());
        }
        // NOTE: a source may already sit on a target number; move every source above 9 first
        // so no dup2 overwrites one that is still needed.
        let mut moved = [-1; 5];
        for (i, &src) in fds.iter().enumerate() {
            if src >= 0 {
                moved[i] = libc::fcntl(src, libc::F_DUPFD, 10);
            }
        }
        for (dst, &src) in (0..).zip(moved.iter()) {
            if src >= 0 {
                libc::dup2(src, dst);
            } else {
                libc::close(dst);
            }
        }
        // Everything else (other runs' pipes included) must not reach the keeper.
        if libc::syscall(
            libc::SYS_close_range,
            5u32,
            u32::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        ) != 0
        {
            for fd in 5..65_536 {
                libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
            }
        }
        libc::execve(exe.as_ptr(), argv.as_ptr(), envp.as_ptr());
        let errno = *libc::__errno_location();
        keeper::write_status(3, keeper::ST_SETUP_FAILED, errno, keeper::Usage::default());
        libc::_exit(127);
    }
}

/// The contents written to a new user namespace's map files, prepared before the clone.
struct UserMaps {
    setgroups: CString,
    uid_map: CString,
    gid_map: CString,
}

impl UserMaps {
    fn new() -> Self {
        // SAFETY: getuid and getgid have no preconditions.
        let (uid, gid) = unsafe { (libc::getuid(), libc::getgid()) };
        Self {
            setgroups: CString::new("deny").expect("no NUL"),
            uid_map: CString::new(format!("0 {uid} 1")).expect("no NUL"),
            gid_map: CString::new(format!("0 {gid} 1")).expect("no NUL"),
        }
    }
}

/// Writes `data` to `path` with raw system calls (async-signal-safe).
///
/// # Safety
/// Pre-exec child context only.
unsafe fn write_file(path: &std::ffi::CStr, data: &[u8]) {
    // SAFETY: open/write/close on a NUL-terminated path and a valid buffer.
    unsafe {
        let fd = libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
        if fd >= 0 {
            libc::write(fd, data.as_ptr().cast(), data.len());
            libc::close(fd);
        }
    }
}

/// Runs `cmd` to completion (or to a limit) and reports what happened.
pub fn run(cmd: &Command<'_>) -> io::Result<Outcome> {
    let spec = serde_json::to_string(&spec(cmd)?).map_err(io::Error::other)?;
    let exe = CString::new(keeper_exe()?.as_os_str().as_encoded_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "keeper path contains NUL"))?;
    let arg = CString::new(KEEPER_ARG).expect("no NUL");
    // NOTE: the spec travels in the keeper's environment, not its arguments: a process's
    // command line is readable by anyone through /proc, its environment is not.
    let spec = CString::new(format!("{}={spec}", keeper::SPEC_VAR))
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "spec contains NUL"))?;
    // One argv per namespace attempt, all prepared before any clone: the keeper learns from
    // its last argument which namespaces it got.
    let attempts: Vec<libc::c_int> = if cmd.no_namespace {
        vec![0]
    } else {
        NS_ATTEMPTS.to_vec()
    };
    let flag_args: Vec<CString> = attempts
        .iter()
        .map(|f| CString::new(f.to_string()).expect("digits"))
        .collect();
    let argvs: Vec<[*const libc::c_char; 4]> = flag_args
        .iter()
        .map(|f| [exe.as_ptr(), arg.as_ptr(), f.as_ptr(), std::ptr::null()])
        .collect();
    let envp: [*const libc::c_char; 2] = [spec.as_ptr(), std::ptr::null()];
    let stdin = Pipe::new()?;
    let stdout = Pipe::new()?;
    let stderr = Pipe::new()?;
    let channel = if cmd.channel {
        Some(Pipe::new()?)
    } else {
        None
    };
    let status = Pipe::new()?;
    let child_fds = [
        stdin.read,
        stdout.write,
        stderr.write,
        status.write,
        channel.as_ref().map_or(-1, |c| c.write),
    ];
    let user_maps = UserMaps::new();
    let start = Instant::now();
    let mut keeper = -1;
    // NOTE: the runs of one grind share a pids cgroup; while a fork bomb in another run is
    // being killed, a fork can fail with EAGAIN for a few milliseconds, so that is retried.
    for _ in 0..100 {
        for (flags, argv) in attempts.iter().zip(&argvs) {
            // SAFETY: the child only runs exec_keeper, which is async-signal-safe.
            keeper = unsafe { raw_fork(*flags) };
            if keeper == 0 {
                // SAFETY: we are the freshly cloned child.
                let maps = (*flags & libc::CLONE_NEWUSER != 0).then_some(&user_maps);
                unsafe { exec_keeper(child_fds, &exe, argv, &envp, maps) };
            }
            if keeper > 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EAGAIN) {
                break;
            }
        }
        if keeper > 0 || io::Error::last_os_error().raw_os_error() != Some(libc::EAGAIN) {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    for fd in [stdin.read, stdout.write, stderr.write, status.write] {
        close(fd);
    }
    if let Some(c) = &channel {
        close(c.write);
    }
    if keeper < 0 {
        let err = io::Error::last_os_error();
        for fd in [stdin.write, stdout.read, stderr.read, status.read] {
            close(fd);
        }
        if let Some(c) = &channel {
            close(c.read);
        }
        return Err(err);
    }
    let mut io = super::pump::Io::new(
        cmd,
        &stdin,
        &stdout,
        &stderr,
        channel.as_ref(),
        keeper,
        start,
    );
    io.pump();
    let (exit, wall, cpu, peak, layers) = io.reap(status.read);
    close(status.read);
    let stderr = io.stderr_joined();
    Ok(Outcome {
        exit,
        killed: io.killed,
        wall,
        cpu,
        peak_memory: peak,
        stdout: std::mem::take(&mut io.stdout),
        stderr,
        channel: std::mem::take(&mut io.channel),
        layers,
    })
}

/// The name of a signal, as shown in verdict messages (`SIGSEGV`).
pub fn signal_name(sig: i32) -> String {
    let name = match sig {
        libc::SIGHUP => "SIGHUP",
        libc::SIGINT => "SIGINT",
        libc::SIGQUIT => "SIGQUIT",
        libc::SIGILL => "SIGILL",
        libc::SIGTRAP => "SIGTRAP",
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGKILL => "SIGKILL",
        libc::SIGUSR1 => "SIGUSR1",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGUSR2 => "SIGUSR2",
        libc::SIGPIPE => "SIGPIPE",
        libc::SIGALRM => "SIGALRM",
        libc::SIGTERM => "SIGTERM",
        libc::SIGXCPU => "SIGXCPU",
        libc::SIGXFSZ => "SIGXFSZ",
        libc::SIGSYS => "SIGSYS",
        _ => return format!("signal {sig}"),
    };
    name.to_string()
}
