//! Kernel features the sandbox uses, probed for `grind doctor` (whether namespaces work is
//! what the probe run's `Layers` say).
#![allow(unsafe_code)]

/// Kernel features the runner uses.
#[derive(Debug, Clone, Copy)]
pub struct Features {
    /// `pidfd_open` works (otherwise the runner polls for the keeper's exit every 10 ms).
    pub pidfd: bool,
    /// `close_range` works (otherwise descriptors are closed one by one).
    pub close_range: bool,
    /// Runs get a cgroup of their own (cgroup v2): CPU time is measured outside the sandbox
    /// while a run goes on, so warm interpreters (batch, function) can be used.
    pub cpu_per_run: bool,
}

/// Probes the kernel for the features in [`Features`].
pub fn features() -> Features {
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
        pidfd,
        close_range,
        cpu_per_run: super::cgroup::per_run_available(),
    }
}
