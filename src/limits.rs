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

/// Wall time allowed for a CPU limit: generous, since two runs share two cores and the
/// interpreter's start-up counts, but a program that sleeps is still stopped quickly.
fn wall_for(cpu: Duration) -> Duration {
    cpu * 2 + Duration::from_millis(500)
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
        assert_eq!(l.wall, Duration::from_millis(2500));
        assert_eq!(l.memory, 256 * MIB);
        assert_eq!(
            l.with_cpu(Duration::from_secs(3)).wall,
            Duration::from_millis(6500)
        );
    }
}
