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
            channel: Vec::new(),
            layers: Layers::default(),
        };
        assert_eq!(out.last_stderr_line().as_deref(), Some("KeyError: 1"));
        assert_eq!(signal_name(libc::SIGSEGV), "SIGSEGV");
        assert_eq!(signal_name(99), "signal 99");
    }
}
