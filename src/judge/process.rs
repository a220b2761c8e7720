//! Runs one untrusted process tree under limits and reports how it ended.
//!
//! This is the only module that talks to the kernel directly, so it is the only one allowed
//! `unsafe`. The shape of a run:
//!
//! ```text
//! grind thread ──clone(CLONE_NEWPID)──▶ keeper (pid 1 of a fresh PID namespace)
//!                                          └──clone──▶ target (execs python, limits applied)
//! ```
//!
//! The keeper exists so that nothing the target starts can outlive the run: it is the init of
//! its own PID namespace, so when it exits the kernel kills every process left in the namespace,
//! including ones that double-forked or called `setsid`. Where PID namespaces are not allowed
//! (no privileges, no user namespaces) the keeper is a plain child that becomes a child
//! subreaper instead: orphans are reparented to it and it sweeps them with `SIGKILL` until it
//! has no children left. Either way, the keeper holds no pipe but its status pipe, so end of
//! file on the target's pipes means the whole tree is gone.
//!
//! The parent side is a single `poll` loop: it feeds stdin, drains stdout/stderr/the harness
//! channel, enforces the wall-clock deadline and the output cap, and asks the keeper to kill the
//! tree (`SIGTERM`, then `SIGKILL` after a grace period) when a limit is hit.
//!
//! NOTE: everything between `clone` and `execve` runs in a copy of a multithreaded process, so
//! it must be async-signal-safe: raw system calls only, no allocation, no locks, no `fork()`
//! from glibc (its atfork handlers take malloc locks that another thread may have held). All
//! strings and pointers are prepared before the clone.
#![allow(unsafe_code)]

use std::ffi::{CString, OsStr};
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

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
/// Magic number that starts the keeper's status record.
const STATUS_MAGIC: u32 = 0x6772_6e64;

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
    /// Refuse to create a PID namespace (used by tests of the fallback path).
    pub no_namespace: bool,
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
    /// Whether a PID namespace confined the tree (otherwise a subreaper sweep did).
    pub namespaced: bool,
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

/// Whether this kernel lets us create PID namespaces; probed once by `grind doctor`.
pub fn pid_namespaces_available() -> bool {
    // SAFETY: unshare on a throwaway child created by a plain fork-like clone; the child only
    // calls async-signal-safe functions and exits.
    unsafe {
        let pid = libc::syscall(
            libc::SYS_clone,
            libc::c_long::from(libc::CLONE_NEWPID | libc::SIGCHLD),
            0,
            0,
            0,
            0,
        );
        if pid == 0 {
            libc::_exit(0);
        }
        if pid < 0 {
            return false;
        }
        let mut status = 0;
        #[allow(clippy::cast_possible_truncation)]
        libc::waitpid(pid as libc::pid_t, &raw mut status, 0);
        true
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

/// Data prepared before the clone, so the children never allocate.
struct Prepared {
    program: CString,
    _args: Vec<CString>,
    argv: Vec<*const libc::c_char>,
    _env: Vec<CString>,
    envp: Vec<*const libc::c_char>,
    cwd: CString,
    rlimits: [(libc::__rlimit_resource_t, libc::rlim_t); 7],
}

fn cstring(bytes: &[u8], what: &str) -> io::Result<CString> {
    CString::new(bytes).map_err(|_| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{what} contains a NUL byte"),
        )
    })
}

fn prepare(cmd: &Command<'_>) -> io::Result<Prepared> {
    let program = cstring(cmd.program.as_os_str().as_bytes(), "program path")?;
    let mut args = vec![program.clone()];
    for a in &cmd.args {
        args.push(cstring(a.as_bytes(), "argument")?);
    }
    let mut argv: Vec<*const libc::c_char> = args.iter().map(|a| a.as_ptr()).collect();
    argv.push(std::ptr::null());
    let env: Vec<CString> = cmd
        .env
        .iter()
        .map(|(k, v)| cstring(format!("{k}={v}").as_bytes(), "environment"))
        .collect::<io::Result<_>>()?;
    let mut envp: Vec<*const libc::c_char> = env.iter().map(|e| e.as_ptr()).collect();
    envp.push(std::ptr::null());
    let cwd = cstring(cmd.cwd.as_os_str().as_bytes(), "working directory")?;
    let l = &cmd.limits;
    // The CPU limit is a backstop (the judge decides TLE from measured time): one second of
    // slack, rounded up, so that SIGXCPU never fires before the judge's own limit.
    let cpu_secs = l.cpu.as_secs() + 2;
    let rlimits = [
        (libc::RLIMIT_CPU, cpu_secs),
        (libc::RLIMIT_AS, l.memory),
        (libc::RLIMIT_STACK, l.memory.min(1 << 30)),
        (libc::RLIMIT_FSIZE, l.file_size),
        (libc::RLIMIT_NOFILE, l.open_files),
        (libc::RLIMIT_CORE, 0),
        (libc::RLIMIT_MEMLOCK, 0),
    ];
    Ok(Prepared {
        program,
        _args: args,
        argv,
        _env: env,
        envp,
        cwd,
        rlimits,
    })
}

/// Set by the keeper's `SIGTERM` handler: the parent wants the tree gone.
static KEEPER_TERM: AtomicBool = AtomicBool::new(false);

extern "C" fn on_keeper_term(_: libc::c_int) {
    KEEPER_TERM.store(true, Ordering::SeqCst);
}

/// Descriptors as the target sees them.
struct ChildFds {
    stdin: libc::c_int,
    stdout: libc::c_int,
    stderr: libc::c_int,
    channel: libc::c_int,
    status: libc::c_int,
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
    #[allow(clippy::cast_possible_truncation)]
    {
        r as libc::pid_t
    }
}

/// Closes every descriptor except `keep` (async-signal-safe).
///
/// # Safety
/// Only for use in a freshly cloned child.
unsafe fn close_all_except(keep: libc::c_int) {
    // SAFETY: raw syscalls on descriptor numbers; errors are ignored on purpose.
    unsafe {
        let k = libc::c_uint::try_from(keep).unwrap_or(0);
        let ok_low = k == 0 || libc::syscall(libc::SYS_close_range, 0u32, k - 1, 0u32) == 0;
        let ok_high = libc::syscall(libc::SYS_close_range, k + 1, u32::MAX, 0u32) == 0;
        if !(ok_low && ok_high) {
            for fd in 0..65_536 {
                if fd != keep {
                    libc::close(fd);
                }
            }
        }
    }
}

/// Size of the keeper's status record: magic, kind, value, CPU microseconds, peak KiB.
const STATUS_LEN: usize = 28;

fn write_status(fd: libc::c_int, kind: u32, value: i32, usage: Usage) {
    let mut buf = [0u8; STATUS_LEN];
    buf[0..4].copy_from_slice(&STATUS_MAGIC.to_le_bytes());
    buf[4..8].copy_from_slice(&kind.to_le_bytes());
    buf[8..12].copy_from_slice(&value.to_le_bytes());
    buf[12..20].copy_from_slice(&usage.cpu_micros.to_le_bytes());
    buf[20..28].copy_from_slice(&usage.peak_kib.to_le_bytes());
    // SAFETY: writing a stack buffer to a pipe we own.
    unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) };
}

/// Resources used by the target and everything it started, summed (CPU) or maxed (memory)
/// by the keeper as it reaps them. The keeper's own usage is left out on purpose: it is a
/// copy of `grind`, and its resident pages would swamp the solution's.
#[derive(Debug, Clone, Copy, Default)]
struct Usage {
    cpu_micros: u64,
    peak_kib: u64,
}

impl Usage {
    fn add(&mut self, ru: &libc::rusage) {
        let micros = |t: libc::timeval| {
            u64::try_from(t.tv_sec).unwrap_or(0) * 1_000_000 + u64::try_from(t.tv_usec).unwrap_or(0)
        };
        self.cpu_micros += micros(ru.ru_utime) + micros(ru.ru_stime);
        self.peak_kib = self.peak_kib.max(u64::try_from(ru.ru_maxrss).unwrap_or(0));
    }
}

/// Status record kinds written by the keeper.
const ST_EXITED: u32 = 1;
const ST_SIGNALED: u32 = 2;
const ST_EXEC_FAILED: u32 = 3;
const ST_SETUP_FAILED: u32 = 4;

/// The target: wire descriptors, apply limits, exec. Never returns.
///
/// # Safety
/// Runs in a cloned child; async-signal-safe calls only.
unsafe fn target_main(p: &Prepared, fds: &ChildFds) -> ! {
    // SAFETY: async-signal-safe system calls on prepared data.
    unsafe {
        // Its own process group, so the fallback keeper can kill the group at once.
        libc::setpgid(0, 0);
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
        let wires = [
            (fds.stdin, 0),
            (fds.stdout, 1),
            (fds.stderr, 2),
            (fds.channel, 3),
        ];
        // NOTE: dup2 targets 0..=3 may currently hold other pipe ends; move sources above 3
        // first so no dup2 overwrites a source that is still needed.
        let mut moved = [-1; 4];
        for (i, (src, _)) in wires.iter().enumerate() {
            if *src >= 0 {
                moved[i] = libc::fcntl(*src, libc::F_DUPFD, 10);
            }
        }
        for (i, (_, dst)) in wires.iter().enumerate() {
            if moved[i] >= 0 {
                libc::dup2(moved[i], *dst);
            } else if *dst == 3 {
                libc::close(3);
            }
        }
        let first_extra = if fds.channel >= 0 { 4u32 } else { 3u32 };
        let status = libc::fcntl(fds.status, libc::F_DUPFD_CLOEXEC, 64);
        if libc::syscall(
            libc::SYS_close_range,
            first_extra,
            u32::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        ) != 0
        {
            for fd in first_extra..4096 {
                #[allow(clippy::cast_possible_wrap)]
                libc::fcntl(fd as libc::c_int, libc::F_SETFD, libc::FD_CLOEXEC);
            }
        }
        if libc::chdir(p.cwd.as_ptr()) != 0 {
            write_status(
                status,
                ST_SETUP_FAILED,
                *libc::__errno_location(),
                Usage::default(),
            );
            libc::_exit(127);
        }
        for (resource, value) in p.rlimits {
            let lim = libc::rlimit {
                rlim_cur: value,
                rlim_max: value,
            };
            libc::setrlimit(resource, &raw const lim);
        }
        libc::execve(p.program.as_ptr(), p.argv.as_ptr(), p.envp.as_ptr());
        write_status(
            status,
            ST_EXEC_FAILED,
            *libc::__errno_location(),
            Usage::default(),
        );
        libc::_exit(127);
    }
}

/// Kills every process the keeper is responsible for.
///
/// # Safety
/// Keeper context only.
unsafe fn keeper_kill_all(namespaced: bool, target: libc::pid_t) {
    // SAFETY: signals to our own namespace or to our own children.
    unsafe {
        if namespaced {
            // As init of the namespace, -1 means every process in the namespace but us.
            libc::kill(-1, libc::SIGKILL);
        } else {
            libc::kill(-target, libc::SIGKILL);
            sweep_children(libc::getpid());
        }
    }
}

/// Sends SIGKILL to every process whose parent is `me`, found by scanning `/proc` with raw
/// system calls and stack buffers only.
///
/// # Safety
/// Keeper context only.
unsafe fn sweep_children(me: libc::pid_t) {
    // SAFETY: raw open/getdents64/read on /proc with fixed-size stack buffers.
    unsafe {
        let dir = libc::open(
            c"/proc".as_ptr(),
            libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC,
        );
        if dir < 0 {
            return;
        }
        let mut buf = [0u8; 8192];
        loop {
            let n = libc::syscall(libc::SYS_getdents64, dir, buf.as_mut_ptr(), buf.len());
            if n <= 0 {
                break;
            }
            #[allow(clippy::cast_sign_loss, clippy::cast_possible_truncation)]
            let n = n as usize;
            let mut off = 0;
            while off < n {
                // linux_dirent64: ino u64, off i64, reclen u16, type u8, name...
                let reclen = usize::from(u16::from_ne_bytes([buf[off + 16], buf[off + 17]]));
                let name = &buf[off + 19..off + reclen];
                let mut pid: libc::pid_t = 0;
                let mut numeric = name[0] != 0;
                for &b in name {
                    if b == 0 {
                        break;
                    }
                    if b.is_ascii_digit() {
                        pid = pid * 10 + libc::pid_t::from(b - b'0');
                    } else {
                        numeric = false;
                        break;
                    }
                }
                if numeric && pid > 0 && parent_of(pid) == me {
                    libc::kill(pid, libc::SIGKILL);
                }
                off += reclen;
            }
        }
        libc::close(dir);
    }
}

/// Reads the parent pid from `/proc/<pid>/stat` without allocating.
///
/// # Safety
/// Keeper context only.
unsafe fn parent_of(pid: libc::pid_t) -> libc::pid_t {
    let mut path = [0u8; 32];
    let prefix = b"/proc/";
    path[..prefix.len()].copy_from_slice(prefix);
    let mut digits = [0u8; 12];
    let mut len = 0;
    let mut v = pid;
    while v > 0 {
        #[allow(clippy::cast_sign_loss, clippy::cast_possible_truncation)]
        {
            digits[len] = b'0' + (v % 10) as u8;
        }
        v /= 10;
        len += 1;
    }
    let mut at = prefix.len();
    for i in (0..len).rev() {
        path[at] = digits[i];
        at += 1;
    }
    path[at..at + 5].copy_from_slice(b"/stat");
    // SAFETY: path is NUL-terminated (the array was zeroed); buffer reads are bounded.
    unsafe {
        let fd = libc::open(path.as_ptr().cast(), libc::O_RDONLY | libc::O_CLOEXEC);
        if fd < 0 {
            return -1;
        }
        let mut buf = [0u8; 512];
        let n = libc::read(fd, buf.as_mut_ptr().cast(), buf.len());
        libc::close(fd);
        if n <= 0 {
            return -1;
        }
        #[allow(clippy::cast_sign_loss, clippy::cast_possible_truncation)]
        let n = n as usize;
        // Format: pid (comm) state ppid ... ; comm may contain spaces and parens, so find the
        // last ')'.
        let Some(close) = buf[..n].iter().rposition(|&b| b == b')') else {
            return -1;
        };
        let mut i = close + 2; // skip ") "
        while i < n && buf[i] != b' ' {
            i += 1; // state
        }
        i += 1;
        let mut ppid: libc::pid_t = 0;
        while i < n && buf[i].is_ascii_digit() {
            ppid = ppid * 10 + libc::pid_t::from(buf[i] - b'0');
            i += 1;
        }
        ppid
    }
}

/// The keeper: start the target, reap everything, report the target's status. Never returns.
///
/// # Safety
/// Runs in a cloned child; async-signal-safe calls only.
unsafe fn keeper_main(p: &Prepared, fds: &ChildFds, namespaced: bool, parent: libc::pid_t) -> ! {
    // SAFETY: async-signal-safe system calls only; see the module note.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
        // Outside a namespace the parent may already be gone; inside one getppid() is 0.
        if !namespaced && libc::getppid() != parent {
            libc::_exit(1);
        }
        libc::setsid();
        if !namespaced {
            libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1);
        }
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = on_keeper_term as *const () as usize;
        libc::sigemptyset(&raw mut act.sa_mask);
        act.sa_flags = 0; // no SA_RESTART: waitpid must return EINTR
        libc::sigaction(libc::SIGTERM, &raw const act, std::ptr::null_mut());

        let target = raw_fork(0);
        if target == 0 {
            target_main(p, fds);
        }
        let status_fd = fds.status;
        close_all_except(status_fd);
        if target < 0 {
            write_status(
                status_fd,
                ST_SETUP_FAILED,
                *libc::__errno_location(),
                Usage::default(),
            );
            libc::_exit(1);
        }
        let mut report: Option<(u32, i32)> = None;
        let mut usage = Usage::default();
        let mut killing = false;
        loop {
            if KEEPER_TERM.load(Ordering::SeqCst) && !killing {
                killing = true;
            }
            if killing {
                keeper_kill_all(namespaced, target);
            }
            let mut st = 0;
            let mut ru: libc::rusage = std::mem::zeroed();
            let r = libc::wait4(-1, &raw mut st, 0, &raw mut ru);
            if r > 0 {
                usage.add(&ru);
            }
            if r < 0 {
                let e = *libc::__errno_location();
                if e == libc::EINTR {
                    continue;
                }
                break; // ECHILD: nothing left
            }
            if r == target && report.is_none() {
                report = Some(if libc::WIFSIGNALED(st) {
                    (ST_SIGNALED, libc::WTERMSIG(st))
                } else {
                    (ST_EXITED, libc::WEXITSTATUS(st))
                });
                // The run ends with its main process: everything it left behind dies now.
                killing = true;
            }
        }
        if let Some((kind, value)) = report {
            write_status(status_fd, kind, value, usage);
        }
        libc::_exit(0);
    }
}

/// Runs `cmd` to completion (or to a limit) and reports what happened.
pub fn run(cmd: &Command<'_>) -> io::Result<Outcome> {
    let prepared = prepare(cmd)?;
    let stdin = Pipe::new()?;
    let stdout = Pipe::new()?;
    let stderr = Pipe::new()?;
    let channel = if cmd.channel {
        Some(Pipe::new()?)
    } else {
        None
    };
    let status = Pipe::new()?;
    let child_fds = ChildFds {
        stdin: stdin.read,
        stdout: stdout.write,
        stderr: stderr.write,
        channel: channel.as_ref().map_or(-1, |c| c.write),
        status: status.write,
    };
    // SAFETY: getpid has no preconditions.
    let parent = unsafe { libc::getpid() };
    let start = Instant::now();
    let mut namespaced = !cmd.no_namespace;
    // SAFETY: the child runs keeper_main, which is async-signal-safe throughout.
    let mut keeper = if namespaced {
        unsafe { raw_fork(libc::CLONE_NEWPID) }
    } else {
        -1
    };
    if keeper < 0 {
        namespaced = false;
        // SAFETY: as above.
        keeper = unsafe { raw_fork(0) };
    }
    if keeper == 0 {
        // SAFETY: we are the freshly cloned child.
        unsafe { keeper_main(&prepared, &child_fds, namespaced, parent) };
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
    let (exit, wall, cpu, peak) = io.reap(status.read);
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
        namespaced,
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

    /// Waits for the keeper (killing it if it lingers) and decodes its status record.
    fn reap(&mut self, status_fd: libc::c_int) -> (Exit, Duration, Duration, u64) {
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
        let mut rec = [0u8; STATUS_LEN];
        set_nonblocking(status_fd);
        // SAFETY: reading into a stack buffer from our own pipe.
        let n = unsafe { libc::read(status_fd, rec.as_mut_ptr().cast(), rec.len()) };
        let field = |at: usize| u64::from_le_bytes(rec[at..at + 8].try_into().expect("8 bytes"));
        if usize::try_from(n).ok() == Some(STATUS_LEN) && rec[0..4] == STATUS_MAGIC.to_le_bytes() {
            let kind = u32::from_le_bytes(rec[4..8].try_into().expect("4 bytes"));
            let value = i32::from_le_bytes(rec[8..12].try_into().expect("4 bytes"));
            let exit = match kind {
                ST_EXITED => Exit::Code(value),
                ST_SIGNALED => Exit::Signal(value),
                _ => Exit::NotStarted(value),
            };
            let cpu = Duration::from_micros(field(12));
            (exit, wall, cpu, field(20) * 1024)
        } else {
            // The keeper died before reporting (it was killed after a limit): fall back to
            // what the kernel says about the keeper and its reaped children.
            let cpu = timeval(ru.ru_utime) + timeval(ru.ru_stime);
            (Exit::Unknown, wall, cpu, 0)
        }
    }
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
