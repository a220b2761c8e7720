//! What the keeper kills when a run ends: every process left in its PID namespace, or,
//! without one, the target's process group and every orphan reparented to the keeper as
//! child subreaper; and how it counts the tree for the fork-bomb watchdog.
#![allow(unsafe_code)]

/// The number of processes in our private `/proc` (this run's tree, plus the keeper).
pub fn count_processes() -> usize {
    std::fs::read_dir("/proc").map_or(0, |d| {
        d.flatten()
            .filter(|e| {
                e.file_name()
                    .as_encoded_bytes()
                    .iter()
                    .all(u8::is_ascii_digit)
            })
            .count()
    })
}

/// The last pid handed out in the reader's PID namespace (the last field of `/proc/loadavg`).
/// In a fresh namespace pids are handed out from 1 up, threads included, so no more processes
/// than that can exist in it: while it stays small, or unchanged since the last count, the
/// watchdog need not list `/proc` (a listing every 20 ms was most of a keeper's CPU time).
pub fn last_pid() -> Option<usize> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    text.split_whitespace().nth(4)?.parse().ok()
}

/// Kills every process the keeper is responsible for.
pub fn kill_all(namespaced: bool, target: libc::pid_t) {
    // SAFETY: signals to our own namespace or to our own children.
    unsafe {
        if namespaced {
            // As init of the namespace, -1 means every process in the namespace but us.
            libc::kill(-1, libc::SIGKILL);
        } else {
            libc::kill(-target, libc::SIGKILL);
            sweep_children(libc::getpid());
        }
    }
}

/// Sends `SIGKILL` to every process whose parent is `me` (orphans reparented to us as
/// subreaper, whatever session or group they moved to).
fn sweep_children(me: libc::pid_t) {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return;
    };
    for entry in dir.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<libc::pid_t>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        if parent_from_stat(&stat) == Some(me) {
            // SAFETY: signalling a child of ours.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
    }
}

/// The parent pid field of `/proc/<pid>/stat` (`pid (comm) state ppid ...`; `comm` may hold
/// spaces and parentheses, so parsing starts after the last `)`).
fn parent_from_stat(stat: &str) -> Option<libc::pid_t> {
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parent_pid_parsing() {
        assert_eq!(parent_from_stat("12 (python3) S 7 12 12 0"), Some(7));
        assert_eq!(parent_from_stat("12 (a) b) c) R 99 1"), Some(99));
        assert_eq!(parent_from_stat("garbage"), None);
    }
}
