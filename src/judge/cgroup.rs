//! A `pids` cgroup per run, where the machine offers a writable one (root, cgroup v1 or v2):
//! the kernel then refuses forks beyond the limit, so even an unbounded fork bomb cannot
//! exhaust the machine's process table while the keeper's watchdog notices it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A cgroup created for one run; removed on drop.
#[derive(Debug)]
pub struct PidsCgroup {
    path: PathBuf,
}

impl PidsCgroup {
    /// Creates a child of this process's `pids` cgroup limited to `max` tasks, or `None`
    /// where that is not possible (no pids controller, not permitted).
    pub fn create(max: u32) -> Option<Self> {
        let base = pids_cgroup_dir()?;
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let path = base.join(format!("grind-{}-{n}", std::process::id()));
        std::fs::create_dir(&path).ok()?;
        let this = Self { path };
        std::fs::write(this.path.join("pids.max"), max.to_string()).ok()?;
        Some(this)
    }

    /// The file the keeper writes `0` into to join the cgroup.
    pub fn procs_file(&self) -> String {
        self.path
            .join("cgroup.procs")
            .to_string_lossy()
            .into_owned()
    }
}

impl Drop for PidsCgroup {
    fn drop(&mut self) {
        // The last tasks may still be on their way out; try for a short while.
        for _ in 0..50 {
            if std::fs::remove_dir(&self.path).is_ok() || !self.path.exists() {
                return;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }
}

/// The directory of this process's cgroup in a hierarchy with the `pids` controller.
fn pids_cgroup_dir() -> Option<PathBuf> {
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    let own = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    for line in mountinfo.lines() {
        // ... mount-point ... - fstype source super-options
        let (left, right) = line.split_once(" - ")?;
        let mount_point = left.split_whitespace().nth(4)?;
        let mut r = right.split_whitespace();
        let fstype = r.next()?;
        let options = r.nth(1).unwrap_or("");
        let relative = match fstype {
            "cgroup" if options.split(',').any(|o| o == "pids") => own
                .lines()
                .find(|l| {
                    l.split(':')
                        .nth(1)
                        .is_some_and(|c| c.split(',').any(|c| c == "pids"))
                })?
                .splitn(3, ':')
                .nth(2)?,
            "cgroup2" => {
                let ctl =
                    std::fs::read_to_string(Path::new(mount_point).join("cgroup.controllers"))
                        .ok()?;
                if !ctl.split_whitespace().any(|c| c == "pids") {
                    continue;
                }
                own.lines().find(|l| l.starts_with("0::"))?.get(3..)?
            }
            _ => continue,
        };
        let dir = Path::new(mount_point).join(relative.trim_start_matches('/'));
        if dir.join("cgroup.procs").exists() {
            return Some(dir);
        }
    }
    None
}
