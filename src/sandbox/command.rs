//! What to start: one program with its arguments, environment, input, limits and policy, and
//! the keeper's instructions derived from it.

use std::ffi::OsStr;
use std::io;
use std::path::Path;
use std::time::Duration;

use super::cgroup::RunCgroup;
use super::confine::Policy;
use super::keeper::Spec;
use crate::limits::Limits;

/// Everything needed to start one process tree.
#[derive(Debug, Clone)]
pub struct Command<'a> {
    pub program: &'a Path,
    pub args: Vec<&'a OsStr>,
    pub env: Vec<(String, String)>,
    pub cwd: &'a Path,
    /// Standard input, in parts that are read as one stream.
    pub stdin: &'a [&'a [u8]],
    /// Standard input from this open file instead (read-only; the program reads or maps the
    /// part of it that it is told to).
    pub stdin_file: Option<std::os::fd::BorrowedFd<'a>>,
    pub limits: Limits,
    /// Open a fourth descriptor (fd 3) through which a script reports results, as frames
    /// (`<length>\n<payload>`), none longer than `max_frame`.
    pub channel: bool,
    /// Open a fifth descriptor (fd 4) on which the script reads one byte per acknowledged
    /// frame: it waits there, so nothing it runs is charged to the frame before.
    pub ack: bool,
    /// The longest frame the channel may carry.
    pub max_frame: usize,
    /// The run's own cgroup, if it has one: the keeper starts inside it, and its CPU time is
    /// read from outside while the run goes on.
    pub cgroup: Option<&'a RunCgroup>,
    /// Kill the tree when the CPU time of the whole run (from its cgroup) passes this, until
    /// an observer sets another budget.
    pub cpu_until: Option<Duration>,
    /// Refuse to create namespaces (used by tests of the fallback path).
    pub no_namespace: bool,
    /// What the sandbox allows.
    pub policy: Policy,
}

impl Command<'_> {
    /// The keeper's instructions for this command.
    pub(super) fn keeper_spec(&self) -> io::Result<Spec> {
        let l = &self.limits;
        // The CPU rlimit is a backstop (the judge decides TLE from measured time, and with a
        // run cgroup kills the tree right after the limit): the first whole second past it.
        let cpu_secs = l.cpu.as_secs() + 1;
        #[allow(clippy::unnecessary_cast)] // the resource type differs between libcs
        let rlimits = vec![
            (libc::RLIMIT_CPU as u32, cpu_secs),
            (libc::RLIMIT_AS as u32, l.memory),
            // NOTE: glibc sizes every thread's stack from RLIMIT_STACK, so a large value here
            // makes `threading` fail under RLIMIT_AS. Python 3.11+ barely uses the C stack for
            // Python recursion, so the usual 8 MiB is enough.
            (libc::RLIMIT_STACK as u32, 8 << 20),
            (libc::RLIMIT_FSIZE as u32, l.file_size),
            (libc::RLIMIT_NOFILE as u32, l.open_files),
            (libc::RLIMIT_CORE as u32, 0),
            (libc::RLIMIT_MEMLOCK as u32, 0),
        ];
        let args = self
            .args
            .iter()
            .map(|a| utf8(a, "an argument").map(str::to_string))
            .collect::<io::Result<_>>()?;
        Ok(Spec {
            program: utf8(self.program.as_os_str(), "the interpreter path")?.to_string(),
            args,
            env: self.env.iter().map(|(k, v)| format!("{k}={v}")).collect(),
            cwd: utf8(self.cwd.as_os_str(), "the run directory")?.to_string(),
            rlimits,
            channel: self.channel,
            ack: self.ack,
            parent: std::process::id().try_into().unwrap_or(0),
            policy: self.policy.clone(),
        })
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
