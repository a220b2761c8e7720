//! One module per command. Each validates its arguments, calls the engine, and hands the
//! results to `report`.

pub mod check;
pub mod doctor;
pub mod hint;
mod keys;
pub mod list;
pub mod mock;
pub mod next;
pub mod reset;
pub mod show;
pub mod solution;
pub mod start;
pub mod stats;
pub mod verify;
pub mod watch;
pub mod workspace;

/// A progress bar on a terminal, hidden otherwise (callers then print plain lines).
pub fn progress_bar(ctx: &crate::context::Context, len: usize) -> indicatif::ProgressBar {
    let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) && ctx.style.color {
        indicatif::ProgressBar::new(len as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
        bar.set_style(style);
    }
    bar
}

/// Runs `work` over `items` on up to `workers` threads and hands each result to `done` in the
/// items' order, as soon as all earlier ones are done (so output keeps catalog order).
pub fn in_order<T: Send, R: Send>(
    items: Vec<T>,
    workers: usize,
    work: impl Fn(T) -> R + Sync,
    mut done: impl FnMut(R),
) {
    let n = items.len();
    let queue = std::sync::Mutex::new(items.into_iter().enumerate());
    let (tx, rx) = std::sync::mpsc::channel::<(usize, R)>();
    std::thread::scope(|s| {
        for _ in 0..workers.clamp(1, n.max(1)) {
            let tx = tx.clone();
            let (queue, work) = (&queue, &work);
            s.spawn(move || {
                loop {
                    let next = queue
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .next();
                    let Some((i, item)) = next else { break };
                    if tx.send((i, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut pending: std::collections::BTreeMap<usize, R> = std::collections::BTreeMap::new();
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
