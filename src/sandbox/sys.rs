//! Thin wrappers over the system calls the parent side uses: pipes, descriptors, a
//! `posix_spawn`-like `clone`, and `timeval` conversion.
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

/// A run's standard input from an open file: a read-only descriptor of its own on it (the
/// same open file: the program must not rely on the offset, and maps or `pread`s what it is
/// told to). The returned [`Pipe`] has only a read end.
pub fn input_file(file: std::os::fd::BorrowedFd<'_>) -> io::Result<Pipe> {
    use std::os::fd::AsRawFd;
    // SAFETY: duplicating a descriptor the caller keeps open for the call.
    let fd = unsafe { libc::fcntl(file.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 0) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
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

/// The signal mask of the calling thread before [`block_signals`].
pub struct SignalMask(libc::sigset_t);

/// Blocks every signal in the calling thread until [`SignalMask::restore`]: a child started by
/// [`spawn_shared`] shares our memory, so no signal handler of ours may run in it.
pub fn block_signals() -> SignalMask {
    // SAFETY: sigfillset/pthread_sigmask on valid sigset_t values we own.
    unsafe {
        let mut all = std::mem::zeroed::<libc::sigset_t>();
        let mut old = std::mem::zeroed::<libc::sigset_t>();
        libc::sigfillset(&raw mut all);
        libc::pthread_sigmask(libc::SIG_SETMASK, &raw const all, &raw mut old);
        SignalMask(old)
    }
}

impl SignalMask {
    /// Puts the mask back (async-signal-safe: also called in a child before `execve`).
    pub fn restore(&self) {
        // SAFETY: pthread_sigmask with a valid sigset_t.
        unsafe {
            libc::pthread_sigmask(libc::SIG_SETMASK, &raw const self.0, std::ptr::null_mut())
        };
    }
}

/// Starts `child(arg)` as a new process that shares our memory until it calls `execve` or
/// exits, as `posix_spawn` does (`CLONE_VM | CLONE_VFORK`, on a stack of its own), with the
/// namespace `flags`; the calling thread waits until then. Returns the child's pid or the
/// `errno` of the failed clone.
///
/// A plain fork of `grind` copied its page tables (tens of megabytes mapped: the binary and
/// the loaded test data) and then paid a copy-on-write fault for every page either side
/// wrote before the child's `execve`: about 4 ms per run, against none here.
///
/// # Safety
/// `child` runs in our address space while our other threads go on: it may only make
/// async-signal-safe system calls on data prepared before, must never return, and must end in
/// `execve` or `_exit`. Call with every signal blocked ([`block_signals`]); the child restores
/// the mask just before `execve`.
pub unsafe fn spawn_shared(
    flags: libc::c_int,
    child: extern "C" fn(*mut libc::c_void) -> libc::c_int,
    arg: *mut libc::c_void,
) -> Result<libc::pid_t, i32> {
    // The child's stack: 64 KiB, 16-byte aligned; it is only used until `execve`.
    let mut stack = vec![0u128; 4096];
    let top = stack.as_mut_ptr_range().end.cast::<libc::c_void>();
    // SAFETY: `top` is the end of a live, writable, aligned buffer that outlives the child's
    // use of it (CLONE_VFORK: we resume only once it has exec'd or exited); the contract of
    // `child` is forwarded.
    let pid = unsafe {
        libc::clone(
            child,
            top,
            flags | libc::CLONE_VM | libc::CLONE_VFORK | libc::SIGCHLD,
            arg,
        )
    };
    let errno = io::Error::last_os_error().raw_os_error().unwrap_or(0);
    drop(stack);
    if pid > 0 { Ok(pid) } else { Err(errno) }
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

/// A read-only mapping of a whole file (the test cache's): its pages are read in as they are
/// touched, so what a check never looks at (the inputs a runner maps for itself) costs
/// nothing, where reading the file copied every byte into fresh memory.
///
/// NOTE: the file must not shrink while mapped (touching a page past its new end would raise
/// `SIGBUS`). grind never changes a cache file in place: it writes a new one and renames it.
pub struct Mapped {
    ptr: std::ptr::NonNull<u8>,
    len: usize,
}

// SAFETY: the mapping is read-only and owned by this value alone.
unsafe impl Send for Mapped {}
// SAFETY: as above; shared references only read.
unsafe impl Sync for Mapped {}

impl Mapped {
    /// Maps `file` whole; `None` if it is empty or cannot be mapped.
    pub fn of(file: &std::fs::File) -> Option<Self> {
        use std::os::fd::AsRawFd;
        let len = usize::try_from(file.metadata().ok()?.len()).ok()?;
        if len == 0 {
            return None;
        }
        // SAFETY: a fresh read-only private mapping of an open file, checked below.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ,
                libc::MAP_PRIVATE,
                file.as_raw_fd(),
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return None;
        }
        Some(Self {
            ptr: std::ptr::NonNull::new(ptr.cast())?,
            len,
        })
    }
}

impl AsRef<[u8]> for Mapped {
    fn as_ref(&self) -> &[u8] {
        // SAFETY: `len` bytes from `ptr` are mapped readable for as long as `self` lives.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for Mapped {
    fn drop(&mut self) {
        // SAFETY: unmapping the mapping this value owns.
        unsafe { libc::munmap(self.ptr.as_ptr().cast(), self.len) };
    }
}
