//! The keeper: a small process between `grind` and the solution, one per run.
//!
//! `grind` starts it as a fresh program (`grind __grind_keeper FLAGS`, see [`KEEPER_ARG`]) in a
//! new PID namespace where the kernel allows one. The keeper then:
//!
//! 1. starts the target (the interpreter) with its limits, descriptors and environment;
//! 2. reaps every process of the tree, summing CPU time and keeping the peak resident memory;
//! 3. when the target exits, or `grind` sends `SIGTERM` (a limit was hit), kills everything
//!    left: as init of its PID namespace with `kill(-1)`, otherwise as a child subreaper by
//!    killing the target's process group and sweeping its own children through `/proc`;
//! 4. writes one status record (how the target ended, CPU, peak memory) and exits.
//!
//! Why a separately executed program rather than a forked copy of `grind`: a fork of `grind`
//! carries `grind`'s resident memory (its loaded test data), which the kernel would count in
//! the solution's peak memory (`ru_maxrss` survives `exec`); and a fork of a multithreaded
//! process may only run async-signal-safe code. A freshly executed keeper is small and
//! single-threaded, so it can use ordinary code.
//!
//! Descriptors on entry: 0 stdin, 1 stdout, 2 stderr of the target, 3 the status pipe, 4 the
//! harness channel and 5 the acknowledgement pipe (if any). The target gets 0, 1, 2, the
//! channel as fd 3 and the acknowledgements as fd 4.
#![allow(unsafe_code)]

use std::ffi::CString;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};

use super::confine::{self, Layers, Policy};
use super::status::{self, Status, Usage};
use super::sweep::{count_processes, kill_all, last_pid};

/// The hidden first argument that turns the `grind` binary into a keeper.
pub const KEEPER_ARG: &str = "__grind_keeper";
/// The environment variable carrying the keeper's [`Spec`] as JSON.
pub const SPEC_VAR: &str = "GRIND_KEEPER_SPEC";

/// What the keeper must start, passed as JSON in [`SPEC_VAR`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Spec {
    pub program: String,
    pub args: Vec<String>,
    /// `KEY=VALUE` entries: the target's whole environment.
    pub env: Vec<String>,
    pub cwd: String,
    /// `(resource, limit)` pairs for `setrlimit`, soft = hard.
    pub rlimits: Vec<(u32, u64)>,
    /// Whether fd 4 is a harness channel to pass on as fd 3.
    pub channel: bool,
    /// Whether fd 5 is the acknowledgement pipe to pass on as fd 4.
    #[serde(default)]
    pub ack: bool,
    /// The pid of `grind`, to notice it died before we started.
    pub parent: i32,
    /// What the sandbox allows.
    pub policy: Policy,
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

const STATUS_FD: libc::c_int = 3;
const CHANNEL_FD: libc::c_int = 4;
const ACK_FD: libc::c_int = 5;

/// Set by the `SIGTERM` handler: `grind` wants the tree gone.
static TERM: AtomicBool = AtomicBool::new(false);
/// Set by the `SIGALRM` handler: time to count the tree's processes.
static TICK: AtomicBool = AtomicBool::new(false);

extern "C" fn on_term(_: libc::c_int) {
    TERM.store(true, Ordering::SeqCst);
}

extern "C" fn on_tick(_: libc::c_int) {
    TICK.store(true, Ordering::SeqCst);
}

/// Installs `handler` for `sig` without `SA_RESTART`, so a blocked `wait4` returns `EINTR`.
fn on_signal(sig: libc::c_int, handler: extern "C" fn(libc::c_int)) {
    // SAFETY: a zeroed sigaction with a valid handler and empty mask.
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = handler as *const () as usize;
        libc::sigemptyset(&raw mut act.sa_mask);
        act.sa_flags = 0;
        libc::sigaction(sig, &raw const act, std::ptr::null_mut());
    }
}

/// How often the process count is checked while a fork-bomb watchdog runs.
const TICK_MICROS: i64 = 20_000;

/// Writes the active layers on the status pipe (see `status.rs`).
fn write_layers(fd: libc::c_int, layers: &Layers) {
    let msg = status::layers_message(layers);
    // SAFETY: writing a buffer we own to a descriptor we own.
    unsafe { libc::write(fd, msg.as_ptr().cast(), msg.len()) };
}

/// Entry point of `grind __grind_keeper FLAGS` (FLAGS: the namespace flags the keeper was
/// cloned with; the [`Spec`] is in `$GRIND_KEEPER_SPEC`). `grind`'s `main` returns what it
/// returns; what happened to the target goes to `grind` on the status pipe.
pub fn main(ns_flags: &str) -> ExitCode {
    let spec_json = std::env::var(SPEC_VAR).unwrap_or_default();
    let Ok(spec) = serde_json::from_str::<Spec>(&spec_json) else {
        status::write(
            STATUS_FD,
            Status::SetupFailed,
            libc::EINVAL,
            Usage::default(),
        );
        return ExitCode::from(125);
    };
    let cstr = |s: &str| CString::new(s).unwrap_or_default();
    let program = cstr(&spec.program);
    let mut args: Vec<CString> = vec![program.clone()];
    args.extend(spec.args.iter().map(|a| cstr(a)));
    let env: Vec<CString> = spec.env.iter().map(|e| cstr(e)).collect();
    let cwd = cstr(&spec.cwd);
    let mut argv: Vec<*const libc::c_char> = args.iter().map(|a| a.as_ptr()).collect();
    argv.push(std::ptr::null());
    let mut envp: Vec<*const libc::c_char> = env.iter().map(|e| e.as_ptr()).collect();
    envp.push(std::ptr::null());

    // Pid 1 means we are the init of a fresh PID namespace (the kernel allowed one).
    // SAFETY: getpid has no preconditions.
    let namespaced = unsafe { libc::getpid() } == 1;
    let mut layers = Layers::from_flags(ns_flags.parse().unwrap_or(0));
    layers.pid_namespace = namespaced;
    let policy = &spec.policy;
    let (mut ruleset, mut filters) = (None, None);
    if policy.enabled {
        confine::mounts::setup(policy, &mut layers);
        ruleset = confine::landlock::ruleset(policy, &layers);
        filters = confine::seccomp::filters();
        // The watchdog counts processes in the private /proc, which only shows this run's.
        layers.process_limit = layers.private_proc && policy.max_processes > 0;
        layers.pids_cgroup = policy.pids_cgroup;
        layers.nproc_limit = policy.nproc.is_some();
        // The watchdog must get CPU time even when a fork bomb floods the run queue. The
        // target gets the normal priority back before it execs.
        // SAFETY: setpriority on ourselves; failure (no privilege) only loses the boost.
        unsafe { libc::setpriority(libc::PRIO_PROCESS, 0, -10) };
    }
    // SAFETY: process-attribute calls on ourselves; this process is single-threaded.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
        if !namespaced && libc::getppid() != spec.parent {
            return ExitCode::from(1); // grind died before we got here
        }
        libc::setsid();
        if !namespaced {
            libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1);
        }
    }
    on_signal(libc::SIGTERM, on_term);

    // SAFETY: single-threaded process, so fork is safe; the child only sets itself up and execs.
    let target = unsafe { libc::fork() };
    if target == 0 {
        // SAFETY: we are the freshly forked child.
        unsafe {
            target_main(
                &spec,
                &program,
                &argv,
                &envp,
                &cwd,
                ruleset,
                filters.as_ref(),
                layers,
            )
        };
    }
    // NOTE: only descriptors that were passed in: an absent channel's number may since belong
    // to something of ours (a Landlock ruleset), which must not be closed under it.
    let passed = [
        Some(0),
        Some(1),
        Some(2),
        spec.channel.then_some(CHANNEL_FD),
        spec.ack.then_some(ACK_FD),
    ];
    for fd in passed.into_iter().flatten() {
        // SAFETY: closing our copies of the target's descriptors; the target holds its own.
        unsafe { libc::close(fd) };
    }
    if target < 0 {
        status::write(STATUS_FD, Status::SetupFailed, errno(), Usage::default());
        return ExitCode::from(1);
    }
    let limit = if layers.process_limit {
        policy.max_processes
    } else {
        0
    };
    if limit > 0 {
        on_signal(libc::SIGALRM, on_tick);
        let every = libc::timeval {
            tv_sec: 0,
            tv_usec: TICK_MICROS,
        };
        let timer = libc::itimerval {
            it_interval: every,
            it_value: every,
        };
        // SAFETY: setting our own interval timer with a valid structure.
        unsafe { libc::setitimer(libc::ITIMER_REAL, &raw const timer, std::ptr::null_mut()) };
    }
    let (report, usage) = reap_all(namespaced, target, limit);
    if layers.private_run_dir
        && let Some(used) = confine::mounts::disk_used(&spec.cwd)
    {
        let msg = status::disk_message(used);
        // SAFETY: writing a buffer we own to a descriptor we own.
        unsafe { libc::write(STATUS_FD, msg.as_ptr().cast(), msg.len()) };
    }
    if let Some((kind, value)) = report {
        status::write(STATUS_FD, kind, value, usage);
    }
    ExitCode::SUCCESS
}

/// Waits for every process of the tree; returns how the target ended and what all used.
///
/// While killing, ready children are reaped first and the tree is signalled again only when
/// none is ready: signalling once per reaped child would be quadratic in a fork bomb.
fn reap_all(
    namespaced: bool,
    target: libc::pid_t,
    max_processes: u32,
) -> (Option<(Status, i32)>, Usage) {
    let mut report = None;
    let mut usage = Usage::default();
    let mut killing = false;
    // The namespace's last pid when `/proc` was last listed (and found within the limit).
    let mut counted_at = None;
    loop {
        if TERM.load(Ordering::SeqCst) {
            killing = true;
        }
        if TICK.swap(false, Ordering::SeqCst)
            && !killing
            && must_count(namespaced, max_processes, &mut counted_at)
            && count_processes() > max_processes as usize
        {
            // A fork bomb: stop it now, and say so instead of reporting how the target died.
            report = Some((
                Status::TooManyProcesses,
                i32::try_from(max_processes).unwrap_or(i32::MAX),
            ));
            killing = true;
        }
        let mut r = wait_one(libc::WNOHANG, &mut usage);
        if r.is_ok_and(|(pid, _)| pid == 0) {
            if killing {
                kill_all(namespaced, target);
            }
            r = wait_one(0, &mut usage);
        }
        match r {
            Ok((pid, st)) if pid == target && report.is_none() => {
                report = Some(if libc::WIFSIGNALED(st) {
                    (Status::Signaled, libc::WTERMSIG(st))
                } else {
                    (Status::Exited, libc::WEXITSTATUS(st))
                });
                // The run ends with its main process: everything it left behind dies now.
                killing = true;
            }
            Ok(_) | Err(libc::EINTR) => {}
            Err(_) => break, // ECHILD: nothing left
        }
    }
    (report, usage)
}

/// Whether the watchdog must list `/proc` to know the tree is within `max_processes`: not
/// when, as init of a fresh PID namespace, the namespace has handed out no more pids than
/// that, or none since the last listing. Records the last pid of a listing it asks for.
fn must_count(namespaced: bool, max_processes: u32, counted_at: &mut Option<usize>) -> bool {
    let last = if namespaced { last_pid() } else { None };
    let Some(last) = last else {
        return true;
    };
    if last <= max_processes as usize || *counted_at == Some(last) {
        return false;
    }
    *counted_at = Some(last);
    true
}

/// Reaps one child, returning its pid and wait status (pid 0: none ready under `WNOHANG`)
/// and adding its usage.
fn wait_one(flags: libc::c_int, usage: &mut Usage) -> Result<(libc::pid_t, libc::c_int), i32> {
    let mut st = 0;
    // SAFETY: zeroed rusage is a valid out-parameter.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 with valid out-pointers.
    let r = unsafe { libc::wait4(-1, &raw mut st, flags, &raw mut ru) };
    if r < 0 {
        return Err(errno());
    }
    if r > 0 {
        usage.add(&ru);
    }
    Ok((r, st))
}

/// The target: wire descriptors, apply limits, exec. Never returns.
///
/// # Safety
/// Only in the freshly forked child of the keeper.
#[allow(clippy::too_many_arguments, clippy::needless_pass_by_value)]
unsafe fn target_main(
    spec: &Spec,
    program: &CString,
    argv: &[*const libc::c_char],
    envp: &[*const libc::c_char],
    cwd: &CString,
    ruleset: Option<landlock::RulesetCreated>,
    filters: Option<&confine::seccomp::Filters>,
    mut layers: Layers,
) -> ! {
    // SAFETY: system calls on our own process and descriptors, with prepared pointers.
    unsafe {
        libc::setpgid(0, 0);
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
        libc::setpriority(libc::PRIO_PROCESS, 0, 0);
        let status_fd = libc::fcntl(STATUS_FD, libc::F_DUPFD_CLOEXEC, 64);
        if spec.channel {
            libc::dup2(CHANNEL_FD, 3);
        } else {
            libc::close(3);
        }
        // NOTE: without acknowledgements fd 4 may be one of ours (a Landlock ruleset still to
        // be applied): it is not closed now, only marked to close at exec.
        if spec.ack {
            libc::dup2(ACK_FD, 4);
        } else {
            libc::fcntl(4, libc::F_SETFD, libc::FD_CLOEXEC);
        }
        if libc::syscall(
            libc::SYS_close_range,
            5u32,
            u32::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        ) != 0
        {
            for fd in 5..4096 {
                libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
            }
        }
        // The status copy above 64 survived as close-on-exec: it reports a failed exec.
        libc::fcntl(status_fd, libc::F_SETFD, libc::FD_CLOEXEC);
        if libc::chdir(cwd.as_ptr()) != 0 {
            status::write(status_fd, Status::SetupFailed, errno(), Usage::default());
            libc::_exit(127);
        }
        for &(resource, value) in &spec.rlimits {
            let lim = libc::rlimit {
                rlim_cur: value,
                rlim_max: value,
            };
            libc::setrlimit(resource, &raw const lim);
        }
        if let Some(n) = spec.policy.nproc.filter(|_| spec.policy.enabled) {
            let lim = libc::rlimit {
                rlim_cur: n,
                rlim_max: n,
            };
            libc::setrlimit(libc::RLIMIT_NPROC, &raw const lim);
        }
        if spec.policy.enabled {
            confine::apply_in_target(ruleset, filters, &mut layers);
        }
        write_layers(status_fd, &layers);
        libc::execve(program.as_ptr(), argv.as_ptr(), envp.as_ptr());
        status::write(status_fd, Status::ExecFailed, errno(), Usage::default());
        libc::_exit(127);
    }
}
