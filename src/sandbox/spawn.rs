//! Starting a run: pipes, a `clone` into the namespaces the kernel allows, and `execve` of
//! the keeper; then the parent's poll loop (`pump.rs`) takes over.
//!
//! NOTE: the code between `clone` and `execve` runs in our own memory while our other threads
//! go on (`sys::spawn_shared`: `CLONE_VM | CLONE_VFORK`, as `posix_spawn`), so it is
//! async-signal-safe: raw system calls on data prepared before the clone, no allocation, no
//! locks, no writes to anything but its own stack.
#![allow(unsafe_code)]

use std::ffi::{CStr, CString};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::cgroup::RunCgroup;
use super::command::Command;
use super::confine::NS_ATTEMPTS;
use super::keeper::{KEEPER_ARG, SPEC_VAR};
use super::outcome::Outcome;
use super::pump::{self, Observer, Pipes};
use super::status::{self, Status, Usage};
use super::sys::{Pipe, SignalMask, block_signals, close, spawn_shared};

/// The executable that runs as keeper: `grind` itself, which handles [`KEEPER_ARG`] in `main`
/// before parsing arguments (as nextest's double-spawn does).
pub fn keeper_exe() -> io::Result<&'static Path> {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    if let Some(p) = EXE.get() {
        return Ok(p);
    }
    let exe = std::env::current_exe()?;
    Ok(EXE.get_or_init(|| exe))
}

/// Runs `cmd` to completion (or to a limit) and reports what happened. With an `observer`,
/// every frame on the channel goes to it as it arrives (see [`Observer`]).
pub fn run(cmd: &Command<'_>, observer: Option<&mut dyn Observer>) -> io::Result<Outcome> {
    let spec = serde_json::to_string(&cmd.keeper_spec()?).map_err(io::Error::other)?;
    let exe = CString::new(keeper_exe()?.as_os_str().as_encoded_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "keeper path contains NUL"))?;
    let arg = CString::new(KEEPER_ARG).expect("no NUL");
    // NOTE: the spec travels in the keeper's environment, not its arguments: a process's
    // command line is readable by anyone through /proc, its environment is not.
    let spec = CString::new(format!("{SPEC_VAR}={spec}"))
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
    let pipes = Pipes {
        stdin: match cmd.stdin_file {
            Some(file) => super::sys::input_file(file)?,
            None => super::sys::input(cmd.stdin)?,
        },
        stdout: Pipe::new()?,
        stderr: Pipe::new()?,
        channel: if cmd.channel {
            Some(Pipe::new()?)
        } else {
            None
        },
        ack: if cmd.ack { Some(Pipe::new()?) } else { None },
        status: Pipe::new()?,
    };
    let child_fds = [
        pipes.stdin.read,
        pipes.stdout.write,
        pipes.stderr.write,
        pipes.status.write,
        pipes.channel.as_ref().map_or(-1, |c| c.write),
        pipes.ack.as_ref().map_or(-1, |c| c.read),
    ];
    let procs = cmd.cgroup.map_or(-1, RunCgroup::procs_fd);
    let user_maps = UserMaps::new();
    let start = Instant::now();
    let mut keeper = Err(libc::EAGAIN);
    // NOTE: the runs of one grind share a pids cgroup; while a fork bomb in another run is
    // being killed, a fork can fail with EAGAIN for a few milliseconds, so that is retried.
    for _ in 0..100 {
        for (flags, argv) in attempts.iter().zip(&argvs) {
            let mask = block_signals();
            let mut child = Child {
                fds: child_fds,
                exe: &exe,
                argv,
                envp: &envp,
                user_maps: (*flags & libc::CLONE_NEWUSER != 0).then_some(&user_maps),
                procs,
                mask: &mask,
            };
            // SAFETY: the child only runs exec_keeper on `child`, prepared above; it is
            // async-signal-safe and ends in execve or _exit.
            keeper = unsafe { spawn_shared(*flags, keeper_child, (&raw mut child).cast()) };
            mask.restore();
            if keeper.is_ok() || keeper == Err(libc::EAGAIN) {
                break;
            }
        }
        if keeper != Err(libc::EAGAIN) {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    for fd in [
        pipes.stdin.read,
        pipes.stdout.write,
        pipes.stderr.write,
        pipes.status.write,
    ] {
        close(fd);
    }
    if let Some(c) = &pipes.channel {
        close(c.write);
    }
    if let Some(a) = &pipes.ack {
        close(a.read);
    }
    let keeper = match keeper {
        Ok(pid) => pid,
        Err(errno) => {
            let err = io::Error::from_raw_os_error(errno);
            for fd in [
                pipes.stdin.write,
                pipes.stdout.read,
                pipes.stderr.read,
                pipes.status.read,
            ] {
                close(fd);
            }
            if let Some(c) = &pipes.channel {
                close(c.read);
            }
            if let Some(a) = &pipes.ack {
                close(a.write);
            }
            return Err(err);
        }
    };
    Ok(pump::run(cmd, observer, &pipes, keeper, start))
}

/// What the keeper's clone needs, all prepared before it.
struct Child<'a> {
    /// Its descriptors 0-5 to be (see `keeper.rs`); -1 for none.
    fds: [libc::c_int; 6],
    exe: &'a CString,
    argv: &'a [*const libc::c_char],
    envp: &'a [*const libc::c_char],
    /// In a new user namespace: the maps to write.
    user_maps: Option<&'a UserMaps>,
    /// The run cgroup's `cgroup.procs` to move into, or -1.
    procs: libc::c_int,
    /// The signal mask to restore before `execve`.
    mask: &'a SignalMask,
}

/// The entry of the keeper's clone (see [`spawn_shared`]).
extern "C" fn keeper_child(arg: *mut libc::c_void) -> libc::c_int {
    // SAFETY: `arg` is the `Child` that `run` prepared and keeps alive until we exec or exit.
    unsafe { exec_keeper(&*arg.cast::<Child<'_>>()) }
}

/// In the cloned child: move into the run's cgroup, put the pipes on fds 0-5 and exec the
/// keeper. Never returns.
///
/// # Safety
/// Freshly cloned child only; async-signal-safe calls on prepared data.
unsafe fn exec_keeper(child: &Child<'_>) -> ! {
    // SAFETY: see the function contract.
    unsafe {
        // Into the run's cgroup first, before anything else can start: everything the keeper
        // starts is then in it. Any failure is reported once fd 3 is the status pipe.
        let mut cgroup_errno = 0;
        if child.procs >= 0 && libc::write(child.procs, b"0".as_ptr().cast(), 1) != 1 {
            cgroup_errno = (*libc::__errno_location()).max(1);
        }
        // In a new user namespace, map ourselves to root inside it now: only before `exec`
        // does this process hold the capabilities the kernel requires for writing the maps.
        if let Some(m) = child.user_maps {
            write_file(c"/proc/self/setgroups", m.setgroups.as_bytes());
            write_file(c"/proc/self/uid_map", m.uid_map.as_bytes());
            write_file(c"/proc/self/gid_map", m.gid_map.as_bytes());
        }
        // NOTE: a source may already sit on a target number; move every source above 9 first
        // so no dup2 overwrites one that is still needed.
        let mut moved = [-1; 6];
        for (i, &src) in child.fds.iter().enumerate() {
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
        if cgroup_errno != 0 {
            status::write(3, Status::SetupFailed, cgroup_errno, Usage::default());
            libc::_exit(127);
        }
        // Everything else (other runs' pipes included) must not reach the keeper.
        if libc::syscall(
            libc::SYS_close_range,
            6u32,
            u32::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        ) != 0
        {
            for fd in 6..65_536 {
                libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
            }
        }
        child.mask.restore();
        libc::execve(child.exe.as_ptr(), child.argv.as_ptr(), child.envp.as_ptr());
        let errno = *libc::__errno_location();
        status::write(3, Status::SetupFailed, errno, Usage::default());
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
unsafe fn write_file(path: &CStr, data: &[u8]) {
    // SAFETY: open/write/close on a NUL-terminated path and a valid buffer.
    unsafe {
        let fd = libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
        if fd >= 0 {
            libc::write(fd, data.as_ptr().cast(), data.len());
            libc::close(fd);
        }
    }
}
