//! The parent side of one run: a single `poll` loop that feeds stdin, drains stdout, stderr
//! and the harness channel, enforces the wall-clock deadline and the output cap, asks the
//! keeper to kill the tree when a limit is hit, and finally decodes the keeper's status pipe.
#![allow(unsafe_code)]

use std::io;
use std::time::{Duration, Instant};

use super::command::Command;
use super::outcome::{Exit, Kill, Outcome};
use super::status::{self, Status};
use super::sys::{Pipe, close, read_all, set_nonblocking, timeval};

/// How long the keeper gets to clean up after `SIGTERM` before it is killed outright.
const KILL_GRACE: Duration = Duration::from_millis(500);
/// How long output is still read after the keeper is gone (a process that escaped a
/// non-namespaced sweep could hold a pipe open forever; we stop listening instead of hanging).
const DRAIN_GRACE: Duration = Duration::from_millis(200);
/// How much of stderr is kept: the head (the start of a traceback) and the tail (its last line).
const STDERR_KEEP: usize = 32 * 1024;
/// The harness channel can carry large results, but not unboundedly many.
const CHANNEL_CAP: usize = 256 * 1024 * 1024;

/// The parent's ends (and, until the clone, the child's ends) of a run's pipes.
pub struct Pipes {
    pub stdin: Pipe,
    pub stdout: Pipe,
    pub stderr: Pipe,
    /// The harness channel, when the command asked for one.
    pub channel: Option<Pipe>,
    /// The keeper's status pipe (see `status.rs`).
    pub status: Pipe,
}

/// Runs the poll loop of a started keeper to the end and assembles the outcome. The child's
/// ends of `pipes` must already be closed.
pub fn run(cmd: &Command<'_>, pipes: &Pipes, keeper: libc::pid_t, start: Instant) -> Outcome {
    let mut io = Io::new(cmd, pipes, keeper, start);
    io.pump();
    let reaped = io.reap(pipes.status.read);
    close(pipes.status.read);
    Outcome {
        exit: reaped.exit,
        killed: io.killed,
        wall: reaped.wall,
        cpu: reaped.cpu,
        peak_memory: reaped.peak_memory,
        stderr: io.stderr_joined(),
        stdout: std::mem::take(&mut io.stdout),
        channel: std::mem::take(&mut io.channel),
        layers: reaped.layers,
    }
}

/// How the keeper ended and what it reported.
struct Reaped {
    exit: Exit,
    wall: Duration,
    cpu: Duration,
    peak_memory: u64,
    layers: super::confine::Layers,
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
    fn new(cmd: &'c Command<'c>, pipes: &Pipes, keeper: libc::pid_t, start: Instant) -> Self {
        let chan = pipes.channel.as_ref().map_or(-1, |c| c.read);
        let fds = [
            pipes.stdin.write,
            pipes.stdout.read,
            pipes.stderr.read,
            chan,
        ];
        for fd in fds {
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
            fds,
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
    fn reap(&mut self, status_fd: libc::c_int) -> Reaped {
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
        let (layers, record) = status::decode(&read_all(status_fd));
        // Without a record the keeper died before reporting (it was killed after a limit):
        // fall back to what the kernel says about the keeper and its reaped children.
        let Some(record) = record else {
            return Reaped {
                exit: Exit::Unknown,
                wall,
                cpu: timeval(ru.ru_utime) + timeval(ru.ru_stime),
                peak_memory: 0,
                layers,
            };
        };
        let exit = match record.status {
            Status::Exited => Exit::Code(record.value),
            Status::Signaled => Exit::Signal(record.value),
            Status::TooManyProcesses => Exit::TooManyProcesses(record.value),
            Status::ExecFailed | Status::SetupFailed => Exit::NotStarted(record.value),
        };
        Reaped {
            exit,
            wall,
            cpu: record.cpu,
            peak_memory: record.peak_memory,
            layers,
        }
    }
}
