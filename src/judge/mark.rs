//! What a warm runner's observer measures the test in flight from: the run's CPU time (read
//! from its cgroup) and the clock at the test's go-ahead; and the CPU budget a test gets.

use std::time::{Duration, Instant};

use crate::limits::Limits;
use crate::sandbox::Reply;

/// The CPU a test may use before its tree is killed: its limit and a little more, so that a
/// test that really needs its whole limit is never cut short by the check's granularity.
pub fn budget(limits: &Limits) -> Duration {
    limits.cpu + limits.cpu / 20 + Duration::from_millis(30)
}

/// Where the test in flight started.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    /// The run's CPU time at the go-ahead, where the run has a cgroup to read it from.
    pub cpu: Option<Duration>,
    pub wall: Instant,
}

impl Mark {
    pub fn new() -> Self {
        Self {
            cpu: None,
            wall: Instant::now(),
        }
    }

    /// The go-ahead for the next test, at the run's CPU time `cpu`: marks it, and gives it
    /// its wall deadline and its CPU budget.
    pub fn go(&mut self, cpu: Option<Duration>, limits: &Limits) -> Reply {
        self.cpu = cpu;
        self.wall = Instant::now();
        Reply::Continue {
            ack: true,
            wall: limits.wall,
            cpu_until: cpu.map(|c| c + budget(limits)),
        }
    }

    /// The CPU used since the mark, with the run's CPU time now; `None` without both.
    pub fn used(&self, now: Option<Duration>) -> Option<Duration> {
        Some(now?.saturating_sub(self.cpu?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_go_ahead_marks_and_budgets() {
        let limits = Limits::default().with_cpu(Duration::from_secs(1));
        let mut m = Mark::new();
        assert_eq!(m.used(Some(Duration::from_secs(3))), None, "not marked yet");
        let reply = m.go(Some(Duration::from_secs(2)), &limits);
        assert_eq!(
            reply,
            Reply::Continue {
                ack: true,
                wall: limits.wall,
                cpu_until: Some(Duration::from_millis(2000 + 1000 + 50 + 30)),
            }
        );
        assert_eq!(
            m.used(Some(Duration::from_millis(2500))),
            Some(Duration::from_millis(500))
        );
        assert_eq!(m.used(None), None);
        assert_eq!(
            m.go(None, &limits),
            Reply::Continue {
                ack: true,
                wall: limits.wall,
                cpu_until: None,
            }
        );
    }
}
