//! What happened to one process tree: the first layer of a result, before any judging.

use std::time::Duration;

use super::confine::Layers;

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
    /// The tree's CPU time, measured from outside (the run's cgroup), passed its budget.
    CpuTime,
    /// The channel carried something that is not a frame, or the observer refused a frame.
    Protocol,
}

/// What was wrong with the channel, when it broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelFault {
    /// Bytes that are not a frame header (`<length>\n`).
    Malformed,
    /// A frame longer than the command allows.
    Oversized,
    /// The observer refused a frame (out of order, unknown, or not the expected index).
    Refused,
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
    /// Set when the channel broke (the tree was then killed).
    pub channel_fault: Option<ChannelFault>,
    /// The CPU time of every process of the run, from its cgroup (reaped or not), when the run
    /// had a cgroup of its own.
    pub tree_cpu: Option<Duration>,
    /// Bytes the run's files took when it ended, where its directory was a private,
    /// size-limited filesystem.
    pub disk_used: Option<u64>,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_stderr_line_skips_blank_lines() {
        let out = Outcome {
            exit: Exit::Code(1),
            killed: None,
            wall: Duration::ZERO,
            cpu: Duration::ZERO,
            peak_memory: 0,
            stdout: Vec::new(),
            stderr: b"Traceback (most recent call last):\nKeyError: 1  \n\n".to_vec(),
            channel_fault: None,
            tree_cpu: None,
            disk_used: None,
            layers: Layers::default(),
        };
        assert_eq!(out.last_stderr_line().as_deref(), Some("KeyError: 1"));
        assert_eq!(signal_name(libc::SIGSEGV), "SIGSEGV");
        assert_eq!(signal_name(99), "signal 99");
    }
}
