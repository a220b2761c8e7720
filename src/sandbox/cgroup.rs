//! A `pids` cgroup for the whole `grind` process, where the machine offers a writable one
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
