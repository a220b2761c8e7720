//! Cgroups: a `pids` cgroup for the whole `grind` process, and a cgroup per run for CPU
//! accounting ([`RunCgroup`]).
//!
//! The `pids` cgroup for the whole `grind` process, where the machine offers a writable one
//! (root, cgroup v1 or v2): every run starts inside it, so the kernel refuses forks beyond its
//! limit and an unbounded fork bomb cannot exhaust the machine's process table (and starve
//! the keeper's watchdog, which then kills it).
//!
//! Why one cgroup for the process rather than one per run: moving a process between cgroups
//! costs several milliseconds (the kernel waits for an RCU grace period), once per move. Runs
//! forked inside the cgroup are in it at no cost. The limit is shared by the runs in flight,
//! so it is `jobs × (per-run limit)` plus room for `grind`'s own threads.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// The cgroup `grind` moved itself into, and the one it came from.
struct Joined {
    path: PathBuf,
    origin: PathBuf,
}

static JOINED: Mutex<Option<Result<Joined, ()>>> = Mutex::new(None);

/// Moves `grind` into its own `pids` cgroup limited to `max` tasks (once per process);
/// whether it is in one.
pub fn enter(max: u32) -> bool {
    let mut joined = JOINED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if joined.is_none() {
        *joined = Some(create(max).ok_or(()));
    }
    matches!(*joined, Some(Ok(_)))
}

fn create(max: u32) -> Option<Joined> {
    let origin = pids_cgroup_dir()?;
    let path = origin.join(format!("grind-{}", std::process::id()));
    std::fs::create_dir(&path).ok()?;
    let ok = std::fs::write(path.join("pids.max"), max.to_string()).is_ok()
        && std::fs::write(path.join("cgroup.procs"), "0").is_ok();
    if !ok {
        let _ = std::fs::remove_dir(&path);
        return None;
    }
    Some(Joined { path, origin })
}

/// Leaves the cgroup [`enter`] joined, if it joined one, when dropped: `grind::run` holds one
/// for the length of a command, so the cgroup is removed however the command ends.
#[must_use = "the cgroup is left when the guard is dropped"]
pub struct Guard(());

impl Guard {
    /// Holds the cgroup, if any, until the guard is dropped.
    pub fn hold() -> Self {
        Self(())
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        remove_runs_parent();
        leave();
    }
}

/// Moves `grind` back where it came from and removes its cgroup; harmless if [`enter`] was
/// never called.
fn leave() {
    let mut joined = JOINED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(Ok(j)) = joined.take() {
        let _ = std::fs::write(j.origin.join("cgroup.procs"), "0");
        // The last tasks of a run may still be on their way out; try for a short while.
        for _ in 0..100 {
            if std::fs::remove_dir(&j.path).is_ok() || !j.path.exists() {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

/// The directory of this process's cgroup in a hierarchy with the `pids` controller.
fn pids_cgroup_dir() -> Option<PathBuf> {
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    let own = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    for line in mountinfo.lines() {
        // ... mount-point ... - fstype source super-options
        let Some((left, right)) = line.split_once(" - ") else {
            continue;
        };
        let Some(mount_point) = left.split_whitespace().nth(4) else {
            continue;
        };
        let mut r = right.split_whitespace();
        let fstype = r.next().unwrap_or("");
        let options = r.nth(1).unwrap_or("");
        let relative = match fstype {
            "cgroup" if options.split(',').any(|o| o == "pids") => own
                .lines()
                .find(|l| {
                    l.split(':')
                        .nth(1)
                        .is_some_and(|c| c.split(',').any(|c| c == "pids"))
                })
                .and_then(|l| l.splitn(3, ':').nth(2)),
            "cgroup2" => {
                let ctl =
                    std::fs::read_to_string(Path::new(mount_point).join("cgroup.controllers"))
                        .unwrap_or_default();
                if !ctl.split_whitespace().any(|c| c == "pids") {
                    continue;
                }
                own.lines()
                    .find(|l| l.starts_with("0::"))
                    .and_then(|l| l.get(3..))
            }
            _ => continue,
        };
        let Some(relative) = relative else { continue };
        let dir = Path::new(mount_point).join(relative.trim_start_matches('/'));
        if dir.join("cgroup.procs").exists() {
            return Some(dir);
        }
    }
    None
}

/// A cgroup of its own for one run, in the cgroup v2 hierarchy, where the machine lets `grind`
/// create one: the keeper's clone moves itself into it before `execve` (`spawn.rs`, through
/// `cgroup.procs`, opened by grind), so everything the run starts, reaped or not, daemon or
/// not, is in it. Its `cpu.stat` is the
/// CPU time of the whole tree, read from outside while the run goes on, and `cgroup.kill`
/// ends every process of the run at once.
///
/// `cpu.stat` is kept by the cgroup core itself: no controller needs to be enabled, so this
/// works on hybrid hierarchies too (controllers on v1, an empty v2 tree beside them).
#[derive(Debug)]
pub struct RunCgroup {
    path: PathBuf,
    /// `cgroup.procs`, open for writing until the keeper is in.
    procs: std::fs::File,
    /// `cpu.stat`, open for the run's life: the judge reads it every 10 ms while a test runs,
    /// and each read from offset 0 shows the current figures.
    stat: std::fs::File,
}

/// Where this process's run cgroups are created, decided once per process.
enum RunsParent {
    Unknown,
    /// No writable cgroup v2 hierarchy here.
    None,
    At(PathBuf),
}

static RUNS_PARENT: Mutex<RunsParent> = Mutex::new(RunsParent::Unknown);
static RUN_SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn runs_parent() -> Option<PathBuf> {
    let mut parent = RUNS_PARENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if matches!(*parent, RunsParent::Unknown) {
        let made = v2_own_dir().and_then(|own| {
            let p = own.join(format!("grind-runs-{}", std::process::id()));
            (std::fs::create_dir(&p).is_ok() || p.is_dir()).then_some(p)
        });
        *parent = made.map_or(RunsParent::None, RunsParent::At);
    }
    match &*parent {
        RunsParent::At(p) => Some(p.clone()),
        _ => None,
    }
}

impl RunCgroup {
    /// A fresh, empty cgroup for one run, or `None` where none can be had.
    pub fn create() -> Option<Self> {
        let parent = runs_parent()?;
        let n = RUN_SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = parent.join(format!("run-{n}"));
        std::fs::create_dir(&path).ok()?;
        let procs = std::fs::OpenOptions::new()
            .write(true)
            .open(path.join("cgroup.procs"))
            .ok();
        let stat = std::fs::File::open(path.join("cpu.stat")).ok();
        if let (Some(procs), Some(stat)) = (procs, stat) {
            Some(Self { path, procs, stat })
        } else {
            let _ = std::fs::remove_dir(&path);
            None
        }
    }

    /// The descriptor of the cgroup's `cgroup.procs`, open for writing: the keeper's clone
    /// writes `0` to it before `execve`, so it starts inside (`spawn.rs`). The kernel checks
    /// the right to move a process there against whoever opened the file: grind.
    pub fn procs_fd(&self) -> std::os::fd::RawFd {
        std::os::fd::AsRawFd::as_raw_fd(&self.procs)
    }

    /// CPU time (user + system) every process of the run has used so far.
    pub fn cpu(&self) -> Option<Duration> {
        use std::os::unix::fs::FileExt;
        let mut buf = [0u8; 1024];
        let n = self.stat.read_at(&mut buf, 0).ok()?;
        let stat = std::str::from_utf8(&buf[..n]).ok()?;
        stat.lines()
            .find_map(|l| l.strip_prefix("usage_usec "))
            .and_then(|v| v.trim().parse().ok())
            .map(Duration::from_micros)
    }

    /// Kills every process of the run (where the kernel has `cgroup.kill`).
    pub fn kill(&self) -> bool {
        std::fs::write(self.path.join("cgroup.kill"), "1").is_ok()
    }
}

impl Drop for RunCgroup {
    fn drop(&mut self) {
        self.kill();
        // The last tasks may still be on their way out; try for a short while.
        for _ in 0..200 {
            if std::fs::remove_dir(&self.path).is_ok() || !self.path.exists() {
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

/// Whether runs get a cgroup of their own here (asks for one, and gives it back).
pub fn per_run_available() -> bool {
    RunCgroup::create().is_some()
}

/// Kills every run in flight that has a cgroup of its own (a caller cancelled judging:
/// `grind watch` on a save or a quit); runs started later are not affected.
pub fn kill_runs() {
    let parent = match &*RUNS_PARENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
    {
        RunsParent::At(p) => Some(p.clone()),
        _ => None,
    };
    if let Some(p) = parent
        && let Ok(entries) = std::fs::read_dir(&p)
    {
        for e in entries.flatten().filter(|e| e.path().is_dir()) {
            let _ = std::fs::write(e.path().join("cgroup.kill"), "1");
        }
    }
}

/// Ends every run at once and removes every cgroup of this process (an interrupt is ending
/// `grind`): `cgroup.kill` on the parent of the runs reaches every run below it.
pub fn remove_all() {
    let parent = match &*RUNS_PARENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
    {
        RunsParent::At(p) => Some(p.clone()),
        _ => None,
    };
    if let Some(p) = parent {
        let _ = std::fs::write(p.join("cgroup.kill"), "1");
        if let Ok(entries) = std::fs::read_dir(&p) {
            for e in entries.flatten().filter(|e| e.path().is_dir()) {
                for _ in 0..100 {
                    if std::fs::remove_dir(e.path()).is_ok() || !e.path().exists() {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
            }
        }
    }
    remove_runs_parent();
    leave();
}

/// Removes the parent of this process's run cgroups (when `grind` exits).
fn remove_runs_parent() {
    let parent = std::mem::replace(
        &mut *RUNS_PARENT
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
        RunsParent::Unknown,
    );
    if let RunsParent::At(p) = parent {
        for _ in 0..100 {
            if std::fs::remove_dir(&p).is_ok() || !p.exists() {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

/// This process's own cgroup directory in a writable cgroup v2 hierarchy.
fn v2_own_dir() -> Option<PathBuf> {
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    let own = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    let relative = own.lines().find_map(|l| l.strip_prefix("0::"))?;
    for line in mountinfo.lines() {
        let Some((left, right)) = line.split_once(" - ") else {
            continue;
        };
        if right.split_whitespace().next() != Some("cgroup2") {
            continue;
        }
        let Some(mount_point) = left.split_whitespace().nth(4) else {
            continue;
        };
        let dir = Path::new(mount_point).join(relative.trim_start_matches('/'));
        if dir.join("cgroup.procs").exists() {
            return Some(dir);
        }
    }
    None
}
