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
//! reports the target's exit status, CPU time and peak memory. This side is a single `poll`
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
use super::keeper::{self, KEEPER_ARG, STATUS_LEN, STATUS_MAGIC};
use super::limits::Limits;

/// How long the keeper gets to clean up after `SIGTERM` before it is killed outright.
const KILL_GRACE: Duration = Duration::from_millis(500);
/// How long output is still read after the keeper is gone (a process that escaped a
/// non-namespaced sweep could hold a pipe open forever; we stop listening instead of hanging).
const DRAIN_GRACE: Duration = Duration::from_millis(200);
/// How much of stderr is kept: the head (the start of a traceback) and the tail (its last line).
const STDERR_KEEP: usize = 32 * 1024;
/// The harness channel can carry large results, but not unboundedly many.
const CHANNEL_CAP: usize = 256 * 1024 * 1024;

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

struct Pipe {
    read: libc::c_int,
    write: libc::c_int,
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

fn close(fd: libc::c_int) {
    if fd >= 0 {
        // SAFETY: closing a descriptor this module owns; errors are irrelevant here.
        unsafe { libc::close(fd) };
    }
}

fn set_nonblocking(fd: libc::c_int) {
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
        // SAFETY: getpid, getuid and getgid have no preconditions.
        parent: unsafe { libc::getpid() },
        uid: unsafe { libc::getuid() },
        gid: unsafe { libc::getgid() },
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
) -> ! {
    // SAFETY: see the function contract.
    unsafe {
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
                unsafe { exec_keeper(child_fds, &exe, argv, &envp) };
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
    let mut io = Io::new(
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

/// Parent-side state of one run's poll loop.
struct Io<'c> {
    cmd: &'c Command<'c>,
    keeper: libc::pid_t,
    pidfd: libc::c_int,
    start: Instant,
    deadline: Instant,
    fds: [libc::c_int; 4], // stdin writer, stdout, stderr, channel
    written: usize,
    stdout: Vec<u8>,
    stderr_head: Vec<u8>,
    stderr_tail: Vec<u8>,
    stderr_dropped: bool,
    channel: Vec<u8>,
    killed: Option<Kill>,
    term_sent: Option<Instant>,
    keeper_gone: Option<Instant>,
    reaped: Option<(i32, libc::rusage)>,
}

impl<'c> Io<'c> {
    fn new(
        cmd: &'c Command<'c>,
        stdin: &Pipe,
        stdout: &Pipe,
        stderr: &Pipe,
        channel: Option<&Pipe>,
        keeper: libc::pid_t,
        start: Instant,
    ) -> Self {
        let chan = channel.map_or(-1, |c| c.read);
        for fd in [stdin.write, stdout.read, stderr.read, chan] {
            if fd >= 0 {
                set_nonblocking(fd);
            }
        }
        // SAFETY: pidfd_open on our own child; failure (old kernel) falls back to polling.
        #[allow(clippy::cast_possible_truncation)]
        let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, keeper, 0) } as libc::c_int;
        let mut io = Self {
            cmd,
            keeper,
            pidfd,
            start,
            deadline: start + cmd.limits.wall,
            fds: [stdin.write, stdout.read, stderr.read, chan],
            written: 0,
            stdout: Vec::new(),
            stderr_head: Vec::new(),
            stderr_tail: Vec::new(),
            stderr_dropped: false,
            channel: Vec::new(),
            killed: None,
            term_sent: None,
            keeper_gone: None,
            reaped: None,
        };
        if cmd.stdin.is_empty() {
            io.close_slot(0);
        }
        io
    }

    fn close_slot(&mut self, i: usize) {
        close(self.fds[i]);
        self.fds[i] = -1;
    }

    fn kill(&mut self, why: Kill) {
        if self.killed.is_none() {
            self.killed = Some(why);
        }
        if self.term_sent.is_none() {
            // SAFETY: signalling our own child.
            unsafe { libc::kill(self.keeper, libc::SIGTERM) };
            self.term_sent = Some(Instant::now());
        }
    }

    fn try_reap(&mut self) {
        if self.reaped.is_some() {
            return;
        }
        let mut st = 0;
        // SAFETY: zeroed rusage is a valid out-parameter.
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: wait4 on our own child with valid out-pointers.
        let r = unsafe { libc::wait4(self.keeper, &raw mut st, libc::WNOHANG, &raw mut ru) };
        if r == self.keeper {
            self.reaped = Some((st, ru));
            self.keeper_gone = Some(Instant::now());
        }
    }

    fn outputs_open(&self) -> bool {
        self.fds[1..].iter().any(|&fd| fd >= 0)
    }

    /// The poll loop: runs until the tree is gone and its pipes are drained.
    fn pump(&mut self) {
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            self.try_reap();
            let now = Instant::now();
            if let Some(gone) = self.keeper_gone
                && (!self.outputs_open() || now >= gone + DRAIN_GRACE)
            {
                break;
            }
            if self.killed.is_none() && now >= self.deadline {
                self.kill(Kill::WallTime);
            }
            if let Some(t) = self.term_sent
                && now >= t + KILL_GRACE
            {
                // SAFETY: signalling our own child.
                unsafe { libc::kill(self.keeper, libc::SIGKILL) };
            }
            let mut pfds: Vec<libc::pollfd> = Vec::with_capacity(5);
            for (i, &fd) in self.fds.iter().enumerate() {
                if fd >= 0 {
                    let events = if i == 0 { libc::POLLOUT } else { libc::POLLIN };
                    pfds.push(libc::pollfd {
                        fd,
                        events,
                        revents: 0,
                    });
                }
            }
            if self.pidfd >= 0 && self.reaped.is_none() {
                pfds.push(libc::pollfd {
                    fd: self.pidfd,
                    events: libc::POLLIN,
                    revents: 0,
                });
            }
            let timeout = self.poll_timeout(now);
            #[allow(clippy::cast_possible_truncation)]
            // SAFETY: pfds is a valid array of pollfd of the given length.
            let n = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, timeout) };
            if n <= 0 {
                continue;
            }
            for p in &pfds {
                if p.revents == 0 || p.fd == self.pidfd {
                    continue;
                }
                let slot = self
                    .fds
                    .iter()
                    .position(|&fd| fd == p.fd)
                    .unwrap_or(usize::MAX);
                match slot {
                    0 => self.feed_stdin(),
                    1..=3 => self.drain(slot, &mut buf),
                    _ => {}
                }
            }
        }
        for i in 0..4 {
            if self.fds[i] >= 0 {
                self.close_slot(i);
            }
        }
        close(self.pidfd);
    }

    fn poll_timeout(&self, now: Instant) -> libc::c_int {
        let mut until = if self.killed.is_none() {
            self.deadline
        } else {
            self.term_sent.map_or(now, |t| t + KILL_GRACE)
        };
        if let Some(gone) = self.keeper_gone {
            until = until.min(gone + DRAIN_GRACE);
        }
        let mut ms = until.saturating_duration_since(now).as_millis();
        if self.pidfd < 0 && self.reaped.is_none() {
            ms = ms.min(10); // no pidfd: poll for the keeper's exit
        }
        i32::try_from(ms.max(1)).unwrap_or(i32::MAX)
    }

    fn feed_stdin(&mut self) {
        let rest = &self.cmd.stdin[self.written..];
        // SAFETY: writing from a valid slice to our nonblocking pipe.
        let n = unsafe { libc::write(self.fds[0], rest.as_ptr().cast(), rest.len()) };
        if n > 0 {
            #[allow(clippy::cast_sign_loss)]
            {
                self.written += n as usize;
            }
            if self.written >= self.cmd.stdin.len() {
                self.close_slot(0);
            }
        } else if n < 0 && io::Error::last_os_error().kind() != io::ErrorKind::WouldBlock {
            // EPIPE: the program stopped reading its input; that is its business.
            self.close_slot(0);
        }
    }

    fn drain(&mut self, slot: usize, buf: &mut [u8]) {
        // SAFETY: reading into a valid buffer from our nonblocking pipe.
        let n = unsafe { libc::read(self.fds[slot], buf.as_mut_ptr().cast(), buf.len()) };
        if n == 0 {
            self.close_slot(slot);
            return;
        }
        if n < 0 {
            if io::Error::last_os_error().kind() != io::ErrorKind::WouldBlock {
                self.close_slot(slot);
            }
            return;
        }
        #[allow(clippy::cast_sign_loss)]
        let data = &buf[..n as usize];
        match slot {
            1 => {
                let cap = usize::try_from(self.cmd.limits.output).unwrap_or(usize::MAX);
                let room = cap.saturating_sub(self.stdout.len());
                self.stdout.extend_from_slice(&data[..data.len().min(room)]);
                if data.len() > room {
                    self.kill(Kill::OutputLimit);
                }
            }
            2 => self.keep_stderr(data),
            _ => {
                let room = CHANNEL_CAP.saturating_sub(self.channel.len());
                self.channel
                    .extend_from_slice(&data[..data.len().min(room)]);
                if data.len() > room {
                    self.kill(Kill::OutputLimit);
                }
                if let Some(window) = self.cmd.channel_window
                    && data.contains(&b'\n')
                    && self.killed.is_none()
                {
                    self.deadline = Instant::now() + window;
                }
            }
        }
    }

    fn keep_stderr(&mut self, data: &[u8]) {
        let head_room = STDERR_KEEP.saturating_sub(self.stderr_head.len());
        let (head, rest) = data.split_at(data.len().min(head_room));
        self.stderr_head.extend_from_slice(head);
        if !rest.is_empty() {
            self.stderr_tail.extend_from_slice(rest);
            if self.stderr_tail.len() > 2 * STDERR_KEEP {
                let cut = self.stderr_tail.len() - STDERR_KEEP;
                self.stderr_tail.drain(..cut);
                self.stderr_dropped = true;
            }
        }
    }

    fn stderr_joined(&self) -> Vec<u8> {
        let mut out = self.stderr_head.clone();
        if self.stderr_dropped {
            out.extend_from_slice(b"\n[... stderr truncated ...]\n");
        }
        out.extend_from_slice(&self.stderr_tail);
        out
    }

    /// Waits for the keeper (killing it if it lingers) and decodes its status messages.
    fn reap(&mut self, status_fd: libc::c_int) -> (Exit, Duration, Duration, u64, Layers) {
        while self.reaped.is_none() {
            self.try_reap();
            if self.reaped.is_some() {
                break;
            }
            if self.term_sent.is_none() {
                self.kill(Kill::WallTime);
            }
            if self.term_sent.is_some_and(|t| t.elapsed() >= KILL_GRACE) {
                // SAFETY: signalling our own child.
                unsafe { libc::kill(self.keeper, libc::SIGKILL) };
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let wall = self.keeper_gone.unwrap_or_else(Instant::now) - self.start;
        let (_, ru) = self.reaped.expect("reaped above");
        let bytes = read_all(status_fd);
        let (layers, record) = parse_status(&bytes);
        // Without a record the keeper died before reporting (it was killed after a limit):
        // fall back to what the kernel says about the keeper and its reaped children.
        let Some((kind, value, cpu, peak)) = record else {
            let cpu = timeval(ru.ru_utime) + timeval(ru.ru_stime);
            return (Exit::Unknown, wall, cpu, 0, layers);
        };
        let exit = match kind {
            keeper::ST_EXITED => Exit::Code(value),
            keeper::ST_SIGNALED => Exit::Signal(value),
            keeper::ST_TOO_MANY_PROCESSES => Exit::TooManyProcesses(value),
            _ => Exit::NotStarted(value),
        };
        (exit, wall, cpu, peak, layers)
    }
}

/// Everything left in a pipe whose writers are gone.
fn read_all(fd: libc::c_int) -> Vec<u8> {
    set_nonblocking(fd);
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        // SAFETY: reading into a stack buffer from our own pipe.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        let Ok(n) = usize::try_from(n) else { break };
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
    }
    out
}

/// A decoded status record: kind, value, CPU time, peak memory in bytes.
type Record = (u32, i32, Duration, u64);

/// Splits the status pipe's content into the layers message and the first status record. A
/// failed `exec` reports before the keeper's final record, so the first one wins.
fn parse_status(mut bytes: &[u8]) -> (Layers, Option<Record>) {
    let mut layers = Layers::default();
    let mut record = None;
    while !bytes.is_empty() {
        if bytes[0] == b'L' {
            let end = bytes
                .iter()
                .position(|&b| b == b'\n')
                .unwrap_or(bytes.len());
            if let Ok(l) = serde_json::from_slice(&bytes[1..end]) {
                layers = l;
            }
            bytes = &bytes[(end + 1).min(bytes.len())..];
        } else if bytes.len() >= STATUS_LEN && bytes[0..4] == STATUS_MAGIC.to_le_bytes() {
            let rec = &bytes[..STATUS_LEN];
            let word = |at: usize| u32::from_le_bytes(rec[at..at + 4].try_into().expect("4 bytes"));
            let long = |at: usize| u64::from_le_bytes(rec[at..at + 8].try_into().expect("8 bytes"));
            if record.is_none() {
                let value = i32::from_le_bytes(rec[8..12].try_into().expect("4 bytes"));
                let cpu = Duration::from_micros(long(12));
                record = Some((word(4), value, cpu, long(20) * 1024));
            }
            bytes = &bytes[STATUS_LEN..];
        } else {
            break;
        }
    }
    (layers, record)
}

fn timeval(t: libc::timeval) -> Duration {
    let secs = u64::try_from(t.tv_sec).unwrap_or(0);
    let micros = u32::try_from(t.tv_usec).unwrap_or(0);
    Duration::from_secs(secs) + Duration::from_micros(u64::from(micros))
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
