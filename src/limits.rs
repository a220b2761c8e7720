//! Resource limits for one run, and how they are derived from an exercise's settings. A leaf:
//! the catalog states them, the judge and the sandbox apply them; it imports nothing of the
//! crate.

use std::time::Duration;

const MIB: u64 = 1024 * 1024;

/// Limits applied to a process tree. `cpu` is the judge's time limit; the others are enforced
/// by the kernel (rlimits) or by the runner (wall clock, output cap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// CPU time allowed per test (the time limit users see).
    pub cpu: Duration,
    /// Wall-clock time after which the tree is killed.
    pub wall: Duration,
    /// Address space per process, in bytes.
    pub memory: u64,
    /// Bytes of stdout kept before the run is stopped as `output_limit_exceeded`.
    pub output: u64,
    /// Largest file the program may write, in bytes.
    pub file_size: u64,
    /// Open descriptors per process.
    pub open_files: u64,
    /// Bytes all files of a run may take together (its directory is a filesystem of this
    /// size where the sandbox can mount one).
    pub disk: u64,
}

impl Limits {
    /// Limits for a time limit in seconds and memory/output in MiB.
    pub fn new(time_secs: f64, memory_mib: u64, output_mib: u64) -> Self {
        let cpu = Duration::from_secs_f64(time_secs);
        Self {
            cpu,
            wall: wall_for(cpu),
            memory: memory_mib * MIB,
            output: output_mib * MIB,
            file_size: 16 * MIB,
            open_files: 64,
            disk: 64 * MIB,
        }
    }

    /// The same limits with another CPU time limit (and the wall limit that goes with it).
    pub fn with_cpu(self, cpu: Duration) -> Self {
        Self {
            cpu,
            wall: wall_for(cpu),
            ..self
        }
    }
}

/// Wall time allowed for a CPU limit. The CPU limit itself is enforced on CPU time (from the
/// run's cgroup, or the kernel's `RLIMIT_CPU`), so the wall deadline only stops programs that
/// wait instead of computing: it is generous, so that a loaded machine, where a program gets a
/// fraction of a core, still reports a time limit by the CPU time actually used.
fn wall_for(cpu: Duration) -> Duration {
    cpu * 3 + Duration::from_secs(2)
}

impl Default for Limits {
    fn default() -> Self {
        Self::new(2.0, 256, 8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wall_limit_leaves_room_for_startup() {
        let l = Limits::new(1.0, 256, 8);
        assert_eq!(l.wall, Duration::from_secs(5));
        assert_eq!(l.memory, 256 * MIB);
        assert_eq!(l.disk, 64 * MIB);
        assert_eq!(
            l.with_cpu(Duration::from_secs(3)).wall,
            Duration::from_secs(11)
        );
    }
}
