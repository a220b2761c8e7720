//! The parent side of one run: a single `poll` loop that feeds stdin, drains stdout, stderr
//! and the channel, enforces the wall-clock deadline, the output cap and (with a run cgroup)
//! a CPU budget measured from outside, asks the keeper to kill the tree when a limit is hit,
//! and finally decodes the keeper's status pipe.
//!
//! The channel carries frames: `<length>\n` in ASCII digits, then that many bytes. With an
//! [`Observer`], each frame goes to it the moment it is complete, and its [`Reply`] moves the
//! wall deadline and the CPU budget and, through the acknowledgement pipe, lets the script go
//! on. Nothing else moves them: bytes that are not frames, or a frame the observer refuses,
//! end the run. A channel without an observer is read and dropped.
#![allow(unsafe_code)]

use std::io;
use std::time::{Duration, Instant};

use super::command::Command;
use super::outcome::{ChannelFault, Exit, Kill, Outcome};
use super::status::{self, Status};
use super::sys::{Pipe, close, read_all, set_nonblocking, timeval};

/// How long the keeper gets to clean up after `SIGTERM` before it is killed outright.
const KILL_GRACE: Duration = Duration::from_millis(500);
/// How long output is still read after the keeper is gone (a process that escaped a
/// non-namespaced sweep could hold a pipe open forever; we stop listening instead of hanging).
const DRAIN_GRACE: Duration = Duration::from_millis(200);
/// How much of stderr is kept: the head (the start of a traceback) and the tail (its last line).
const STDERR_KEEP: usize = 32 * 1024;
/// A frame header is at most this long: up to 20 digits and the newline.
const FRAME_HEADER_MAX: usize = 21;
/// The shortest time between two checks of the CPU budget.
const CPU_CHECK: Duration = Duration::from_millis(10);

/// The judge's side of a channel: it reads each frame as it arrives and decides what happens
/// next. The sandbox knows nothing of what frames mean.
pub trait Observer {
    /// A complete frame. `cpu`: what every process of the run has used so far, measured from
    /// outside (its cgroup); `None` when the run has no cgroup of its own.
    fn frame(&mut self, payload: &[u8], cpu: Option<Duration>) -> Reply;
}

/// What an [`Observer`] decides about a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    /// Accept it: the wall deadline becomes now + `wall`, the tree may use CPU up to
    /// `cpu_until` (in total, as the cgroup counts it), and with `ack` the script is told to go
    /// on (one byte on its acknowledgement pipe).
    Continue {
        ack: bool,
        wall: Duration,
        cpu_until: Option<Duration>,
    },
    /// Accept it, and that was the last: the acknowledgement pipe is closed (the script
    /// stops), no CPU budget applies any more, and the script has a moment to exit.
    Stop,
    /// Refuse it: the protocol is broken; the tree is killed.
    Refuse,
}

/// How long a script told to stop may take to exit before it is killed.
const STOP_GRACE: Duration = Duration::from_secs(1);

/// The parent's ends (and, until the clone, the child's ends) of a run's pipes.
pub struct Pipes {
    pub stdin: Pipe,
    pub stdout: Pipe,
    pub stderr: Pipe,
    /// The channel, when the command asked for one.
    pub channel: Option<Pipe>,
    /// The acknowledgement pipe, when the command asked for one.
    pub ack: Option<Pipe>,
    /// The keeper's status pipe (see `status.rs`).
    pub status: Pipe,
}

/// Runs the poll loop of a started keeper to the end and assembles the outcome. The child's
/// ends of `pipes` must already be closed.
pub fn run(
    cmd: &Command<'_>,
    observer: Option<&mut dyn Observer>,
    pipes: &Pipes,
    keeper: libc::pid_t,
    start: Instant,
) -> Outcome {
    let mut io = Io::new(cmd, pipes, keeper, start);
    io.observer = observer;
    io.pump();
    let reaped = io.reap(pipes.status.read);
    close(pipes.status.read);
    close(io.ack_fd);
    Outcome {
        channel_fault: io.channel_fault,
        tree_cpu: cmd.cgroup.and_then(super::cgroup::RunCgroup::cpu),
        disk_used: reaped.disk_used,
        exit: reaped.exit,
        killed: io.killed,
        wall: reaped.wall,
        cpu: reaped.cpu,
        peak_memory: reaped.peak_memory,
        stderr: io.stderr_joined(),
        stdout: std::mem::take(&mut io.stdout),
        layers: reaped.layers,
    }
}

/// How the keeper ended and what it reported.
struct Reaped {
    disk_used: Option<u64>,
    exit: Exit,
    wall: Duration,
    cpu: Duration,
    peak_memory: u64,
    layers: super::confine::Layers,
}

/// Parent-side state of one run's poll loop.
struct Io<'c, 'o> {
    cmd: &'c Command<'c>,
    observer: Option<&'o mut dyn Observer>,
    /// Bytes of the channel not yet a whole frame (with an observer).
    pending: Vec<u8>,
    channel_fault: Option<ChannelFault>,
    ack_fd: libc::c_int,
    cpu_until: Option<Duration>,
    /// When the CPU budget is read next: a run with `left` of its budget cannot spend it in
    /// less than `left / online CPUs` of wall time, so it is not read before then (nor more
    /// often than every [`CPU_CHECK`]).
    cpu_check_at: Instant,
    /// The observer said it was the last frame.
    stopped: bool,
    keeper: libc::pid_t,
    pidfd: libc::c_int,
    start: Instant,
    deadline: Instant,
    fds: [libc::c_int; 4], // stdin writer, stdout, stderr, channel
    written: usize,
    /// What is left to feed through the stdin pipe: the parts joined, and only where the input
    /// could not go in a sealed file (`sys::input` took it otherwise).
    stdin: Vec<u8>,
    stdout: Vec<u8>,
    stderr_head: Vec<u8>,
    stderr_tail: Vec<u8>,
    stderr_dropped: bool,
    killed: Option<Kill>,
    term_sent: Option<Instant>,
    keeper_gone: Option<Instant>,
    reaped: Option<(i32, libc::rusage)>,
}

impl<'c> Io<'c, '_> {
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
        let ack_fd = pipes.ack.as_ref().map_or(-1, |a| a.write);
        if ack_fd >= 0 {
            set_nonblocking(ack_fd);
        }
        let mut io = Self {
            cmd,
            observer: None,
            pending: Vec::new(),
            channel_fault: None,
            ack_fd,
            cpu_until: cmd.cpu_until.filter(|_| cmd.cgroup.is_some()),
            cpu_check_at: start,
            stopped: false,
            keeper,
            pidfd,
            start,
            deadline: start + cmd.limits.wall,
            fds,
            written: 0,
            stdin: if pipes.stdin.write >= 0 {
                cmd.stdin.concat()
            } else {
                Vec::new()
            },
            stdout: Vec::new(),
            stderr_head: Vec::new(),
            stderr_tail: Vec::new(),
            stderr_dropped: false,
            killed: None,
            term_sent: None,
            keeper_gone: None,
            reaped: None,
        };
        // Nothing to feed: no input, or the input is already in a sealed file (`sys::input`).
        if io.stdin.is_empty() || io.fds[0] < 0 {
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
            if self.killed.is_none()
                && let Some(budget) = self.cpu_until
                && now >= self.cpu_check_at
            {
                let used = self.cmd.cgroup.and_then(super::cgroup::RunCgroup::cpu);
                if used.is_some_and(|c| c > budget) {
                    self.kill(Kill::CpuTime);
                } else {
                    self.cpu_check_at = next_cpu_check(now, budget, used);
                }
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
        if self.cpu_until.is_some() && self.killed.is_none() {
            // The CPU budget is checked by reading the cgroup.
            ms = ms.min(self.cpu_check_at.saturating_duration_since(now).as_millis());
        }
        i32::try_from(ms.max(1)).unwrap_or(i32::MAX)
    }

    fn feed_stdin(&mut self) {
        let rest = &self.stdin[self.written..];
        // SAFETY: writing from a valid slice to our nonblocking pipe.
        let n = unsafe { libc::write(self.fds[0], rest.as_ptr().cast(), rest.len()) };
        if n > 0 {
            #[allow(clippy::cast_sign_loss)]
            {
                self.written += n as usize;
            }
            if self.written >= self.stdin.len() {
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
            _ => self.frames(data),
        }
    }

    /// Splits the channel into frames and hands each whole one to the observer. After a fault
    /// (or once the tree is being killed) the rest of the channel is read and dropped.
    fn frames(&mut self, data: &[u8]) {
        if self.channel_fault.is_some() || self.killed.is_some() || self.stopped {
            return;
        }
        self.pending.extend_from_slice(data);
        loop {
            let header = self
                .pending
                .iter()
                .take(FRAME_HEADER_MAX)
                .position(|&b| b == b'\n');
            let Some(nl) = header else {
                if self.pending.len() >= FRAME_HEADER_MAX {
                    self.fault(ChannelFault::Malformed, Kill::Protocol);
                }
                return;
            };
            let digits = &self.pending[..nl];
            let len = (!digits.is_empty() && digits.iter().all(u8::is_ascii_digit))
                .then(|| std::str::from_utf8(digits).ok()?.parse::<usize>().ok())
                .flatten();
            let Some(len) = len else {
                self.fault(ChannelFault::Malformed, Kill::Protocol);
                return;
            };
            if len > self.cmd.max_frame {
                self.fault(ChannelFault::Oversized, Kill::OutputLimit);
                return;
            }
            if self.pending.len() < nl + 1 + len {
                return;
            }
            // The frame leaves the buffer whole (what follows it, usually nothing, is moved to a
            // new one): a result frame can carry megabytes of output.
            let rest = self.pending.split_off(nl + 1 + len);
            let frame = std::mem::replace(&mut self.pending, rest);
            let payload = &frame[nl + 1..];
            let cpu = self.cmd.cgroup.and_then(super::cgroup::RunCgroup::cpu);
            let Some(observer) = self.observer.as_mut() else {
                return;
            };
            match observer.frame(payload, cpu) {
                Reply::Continue {
                    ack,
                    wall,
                    cpu_until,
                } => {
                    let now = Instant::now();
                    self.deadline = now + wall;
                    if self.cmd.cgroup.is_some() {
                        self.cpu_until = cpu_until;
                        self.cpu_check_at =
                            cpu_until.map_or(now, |budget| next_cpu_check(now, budget, cpu));
                    }
                    if ack && self.ack_fd >= 0 {
                        // SAFETY: writing one byte from a static buffer to our own pipe. A full
                        // pipe means the script is not reading its acknowledgements: its loss.
                        unsafe { libc::write(self.ack_fd, b"\n".as_ptr().cast(), 1) };
                    }
                }
                Reply::Stop => {
                    self.stopped = true;
                    self.cpu_until = None;
                    self.deadline = Instant::now() + STOP_GRACE;
                    close(self.ack_fd);
                    self.ack_fd = -1;
                    self.pending = Vec::new();
                    return;
                }
                Reply::Refuse => {
                    self.fault(ChannelFault::Refused, Kill::Protocol);
                    return;
                }
            }
        }
    }

    fn fault(&mut self, fault: ChannelFault, kill: Kill) {
        self.channel_fault = Some(fault);
        self.pending = Vec::new();
        self.kill(kill);
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
        let status::Decoded {
            layers,
            record,
            disk_used,
        } = status::decode(&read_all(status_fd));
        // Without a record the keeper died before reporting (it was killed after a limit):
        // fall back to what the kernel says about the keeper and its reaped children.
        let Some(record) = record else {
            return Reaped {
                disk_used,
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
            disk_used,
            exit,
            wall,
            cpu: record.cpu,
            peak_memory: record.peak_memory,
            layers,
        }
    }
}

/// When to read the CPU budget next, having read `used` of `budget` at `now`: the run's
/// processes spend CPU time at most as fast as the machine has CPUs online, so the budget
/// cannot run out before `now + (budget - used) / CPUs`; a read that failed is retried soon.
fn next_cpu_check(now: Instant, budget: Duration, used: Option<Duration>) -> Instant {
    let wait = used.map_or(CPU_CHECK, |u| {
        (budget.saturating_sub(u) / online_cpus()).max(CPU_CHECK)
    });
    now + wait
}

/// The CPUs online (not this process's affinity, which a program could widen again).
fn online_cpus() -> u32 {
    static CPUS: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *CPUS.get_or_init(|| {
        // SAFETY: sysconf has no preconditions.
        let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
        u32::try_from(n).unwrap_or(1).max(1)
    })
}
