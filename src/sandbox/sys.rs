//! Thin wrappers over the system calls the parent side uses: pipes, descriptors, a fork-like
//! `clone`, and `timeval` conversion.
#![allow(unsafe_code)]

use std::io;
use std::time::Duration;

/// Both ends of a close-on-exec pipe.
pub struct Pipe {
    pub read: libc::c_int,
    pub write: libc::c_int,
}

impl Pipe {
    pub fn new() -> io::Result<Self> {
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

/// A run's standard input: the bytes in a sealed anonymous file (`memfd`), so the program
/// reads them at its own pace and may map them instead of copying them; the sealed file can
/// be neither written nor resized by anyone. The returned [`Pipe`] has only a read end, with
/// nothing for the parent to feed. Where the kernel has no sealable `memfd`, a pipe that the
/// parent feeds (`write` is then its end).
pub fn input(parts: &[&[u8]]) -> io::Result<Pipe> {
    if parts.iter().all(|p| p.is_empty()) {
        return Pipe::new();
    }
    let Some(fd) = sealed_memfd(parts) else {
        return Pipe::new();
    };
    Ok(Pipe {
        read: fd,
        write: -1,
    })
}

fn sealed_memfd(parts: &[&[u8]]) -> Option<libc::c_int> {
    // SAFETY: a NUL-terminated name and valid flags; the result is checked.
    let fd = unsafe {
        libc::memfd_create(
            c"grind-input".as_ptr(),
            libc::MFD_CLOEXEC | libc::MFD_ALLOW_SEALING,
        )
    };
    if fd < 0 {
        return None;
    }
    for part in parts {
        let mut rest = *part;
        while !rest.is_empty() {
            // SAFETY: writing from a valid slice to the descriptor we just created.
            let n = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
            if n <= 0 {
                if n < 0 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                close(fd);
                return None;
            }
            #[allow(clippy::cast_sign_loss)]
            {
                rest = &rest[n as usize..];
            }
        }
    }
    let seals = libc::F_SEAL_SEAL | libc::F_SEAL_SHRINK | libc::F_SEAL_GROW | libc::F_SEAL_WRITE;
    // SAFETY: fcntl and lseek on the descriptor we own.
    let sealed = unsafe {
        libc::fcntl(fd, libc::F_ADD_SEALS, seals) == 0 && libc::lseek(fd, 0, libc::SEEK_SET) == 0
    };
    if sealed {
        Some(fd)
    } else {
        close(fd);
        None
    }
}

/// Closes a descriptor this module's callers own; negative ones are skipped.
pub fn close(fd: libc::c_int) {
    if fd >= 0 {
        // SAFETY: closing a descriptor the caller owns; errors are irrelevant here.
        unsafe { libc::close(fd) };
    }
}

pub fn set_nonblocking(fd: libc::c_int) {
    // SAFETY: fcntl on a descriptor we own.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
    }
}

/// Everything left in a pipe whose writers are gone.
pub fn read_all(fd: libc::c_int) -> Vec<u8> {
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

/// The argument of `clone3` (linux/sched.h), as far as `grind` uses it.
#[repr(C)]
#[derive(Default)]
struct CloneArgs {
    flags: u64,
    pidfd: u64,
    child_tid: u64,
    parent_tid: u64,
    exit_signal: u64,
    stack: u64,
    stack_size: u64,
    tls: u64,
    set_tid: u64,
    set_tid_size: u64,
    cgroup: u64,
}

/// `CLONE_INTO_CGROUP` (linux/sched.h, Linux 5.7).
const CLONE_INTO_CGROUP: u64 = 0x2_0000_0000;

/// Like [`raw_fork`], but the child starts inside the cgroup whose directory `cgroup_fd` is
/// open on, at no migration cost. Falls back to [`raw_fork`] where `clone3` is missing.
///
/// # Safety
/// The caller must only run async-signal-safe code in the child.
pub unsafe fn raw_fork_into(flags: libc::c_int, cgroup_fd: Option<libc::c_int>) -> libc::pid_t {
    let Some(fd) = cgroup_fd else {
        // SAFETY: forwarded contract.
        return unsafe { raw_fork(flags) };
    };
    let args = CloneArgs {
        #[allow(clippy::cast_sign_loss)]
        flags: u64::from(flags as u32) | CLONE_INTO_CGROUP,
        exit_signal: libc::SIGCHLD as u64,
        cgroup: u64::try_from(fd).unwrap_or(0),
        ..CloneArgs::default()
    };
    // SAFETY: clone3 with no stack duplicates the address space like fork; `args` is valid for
    // the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_clone3,
            &raw const args,
            std::mem::size_of::<CloneArgs>(),
        )
    };
    libc::pid_t::try_from(r).unwrap_or(-1)
}

/// Raw clone that behaves like fork, without glibc's fork handlers.
///
/// # Safety
/// The caller must only run async-signal-safe code in the child.
pub unsafe fn raw_fork(flags: libc::c_int) -> libc::pid_t {
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

pub fn timeval(t: libc::timeval) -> Duration {
    let secs = u64::try_from(t.tv_sec).unwrap_or(0);
    let micros = u32::try_from(t.tv_usec).unwrap_or(0);
    Duration::from_secs(secs) + Duration::from_micros(u64::from(micros))
}

/// Keeps large buffers on the heap instead of in mappings of their own: a check loads megabytes
/// of test data, and glibc maps each buffer above 128 KiB freshly and unmaps it when freed, so
/// every later buffer paid its page faults again. With a high threshold, freed memory is reused.
pub fn tune_allocator() {
    // SAFETY: mallopt only sets allocator parameters; called before any other thread exists.
    #[cfg(target_env = "gnu")]
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 128 << 20);
    }
}
