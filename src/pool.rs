//! Worker threads for blocking work: every job here waits on a sandboxed process, so the
//! threads sleep in `poll` and `wait4` rather than compute.
//!
//! NOTE: hand-rolled on scoped threads rather than rayon. Rayon's pool is sized for CPU-bound
//! work, is global (`-j N` would need a pool per call, and `verify` nests a judge inside each
//! worker), and hands results back only when all are done, while `verify` and
//! `check --all` print each result as soon as everything before it is done. What is left is
//! this queue and a reorder buffer.
//!
//! **May import:** nothing else in the crate.

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::{Mutex, PoisonError};
use std::thread::{Builder, Scope, ScopedJoinHandle};

/// Runs `work` over `items` on up to `workers` threads and hands each result to `done` in the
/// items' order, as soon as all earlier ones are done (so output keeps catalog order).
pub fn in_order<T: Send, R: Send>(
    items: Vec<T>,
    workers: usize,
    work: impl Fn(T) -> R + Sync,
    mut done: impl FnMut(R),
) {
    let n = items.len();
    let queue = Mutex::new(items.into_iter().enumerate());
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|s| {
        for _ in 0..workers.clamp(1, n.max(1)) {
            let tx = tx.clone();
            let (queue, work) = (&queue, &work);
            spawn_scoped(s, "grind-worker", move || {
                loop {
                    let next = queue.lock().unwrap_or_else(PoisonError::into_inner).next();
                    let Some((i, item)) = next else { break };
                    if tx.send((i, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut pending: BTreeMap<usize, R> = BTreeMap::new();
        let mut next = 0;
        for (i, r) in rx {
            pending.insert(i, r);
            while let Some(r) = pending.remove(&next) {
                done(r);
                next += 1;
            }
        }
    });
}

/// Starts a named scoped thread. A thread that cannot be started (the process is out of
/// threads or memory) is a failure of `grind` itself, reported as a panic.
pub fn spawn_scoped<'scope, T: Send + 'scope>(
    s: &'scope Scope<'scope, '_>,
    name: &str,
    f: impl FnOnce() -> T + Send + 'scope,
) -> ScopedJoinHandle<'scope, T> {
    Builder::new()
        .name(name.to_string())
        .spawn_scoped(s, f)
        .unwrap_or_else(|e| panic!("failed to start a `{name}` thread: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_order_whatever_finishes_first() {
        let items: Vec<u64> = (0..20).rev().collect();
        let mut seen = Vec::new();
        in_order(
            items.clone(),
            4,
            |ms| {
                std::thread::sleep(std::time::Duration::from_millis(ms));
                ms
            },
            |r| seen.push(r),
        );
        assert_eq!(seen, items);
        let mut none = Vec::<u8>::new();
        in_order(Vec::new(), 3, |x: u8| x, |r| none.push(r));
        assert!(none.is_empty());
    }
}
