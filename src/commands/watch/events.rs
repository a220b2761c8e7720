//! The sources of `grind watch`'s events: the file watcher (the workspace folder, since
//! editors often replace a file by renaming a temporary one over it), stdin (`q`, or end of
//! input) and Ctrl-C. Each sends into one channel.

use std::io::{BufRead, Read};
use std::path::Path;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Instant;

use anyhow::{Context as _, Result};
use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// What the watch loop reacts to.
#[derive(Debug, Clone, Copy)]
pub enum Event {
    /// The watched file was written, created, truncated, renamed or replaced, at `at`.
    Changed {
        /// A writer is done with it: it closed the file after writing, or a complete file was
        /// renamed onto it. Other events (a truncation, a write, a creation) may be followed
        /// by more of the same save.
        complete: bool,
        at: Instant,
    },
    /// The user wants out.
    Quit,
}

/// Starts every source; the watcher stops when the returned handle is dropped. With
/// `single_keys`, stdin is read a key at a time (the terminal is in single-key mode).
pub fn start(
    file: &Path,
    single_keys: bool,
) -> Result<(
    Receiver<Event>,
    RecommendedWatcher,
    crate::sandbox::interrupt::HookGuard,
)> {
    let (tx, rx) = mpsc::channel();
    let watcher = watch_file(file, tx.clone())?;
    let stdin_tx = tx.clone();
    std::thread::Builder::new()
        .name("watch-stdin".into())
        .spawn(move || read_quit(single_keys, &stdin_tx))
        .context("failed to start reading the keyboard")?;
    let hook = crate::sandbox::interrupt::set_hook(move || {
        let _ = tx.send(Event::Quit);
    });
    Ok((rx, watcher, hook))
}

fn watch_file(file: &Path, tx: Sender<Event>) -> Result<RecommendedWatcher> {
    let target = std::fs::canonicalize(file)?;
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let at = Instant::now();
        if let Ok(ev) = res
            && let Some(complete) = classify(&ev, target.file_name())
        {
            let _ = tx.send(Event::Changed { complete, at });
        }
    })
    .context("failed to start watching files")?;
    let dir = std::fs::canonicalize(
        file.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(".".as_ref()),
    )?;
    watcher
        .watch(&dir, RecursiveMode::NonRecursive)
        .context("failed to watch the workspace")?;
    Ok(watcher)
}

/// Whether `ev` changes the file named `name` (`None`: it does not) and, if so, whether it
/// completes a save. Opening or reading the file (as `grind` itself does) changes nothing.
fn classify(ev: &notify::Event, name: Option<&std::ffi::OsStr>) -> Option<bool> {
    let is_target = |p: &Path| p.file_name() == name;
    match ev.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => {
            ev.paths.iter().any(|p| is_target(p)).then_some(true)
        }
        EventKind::Access(_) => None,
        // A rename names the old path first, then the new one: only a file renamed onto the
        // target completes a save (one renamed away from it, as a backup, does not).
        EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both)) => {
            let last = ev.paths.last().is_some_and(|p| is_target(p));
            (last || ev.paths.iter().any(|p| is_target(p))).then_some(last)
        }
        _ => ev.paths.iter().any(|p| is_target(p)).then_some(false),
    }
}

/// Reads stdin until `q` (a key, or a line) or its end, then sends [`Event::Quit`].
fn read_quit(single_keys: bool, tx: &Sender<Event>) {
    let mut stdin = std::io::stdin().lock();
    if single_keys {
        let mut b = [0u8; 1];
        while let Ok(1) = stdin.read(&mut b) {
            if b[0] == b'q' || b[0] == b'Q' {
                break;
            }
        }
    } else {
        for line in stdin.lines() {
            match line {
                Ok(l) if l.trim() == "q" => break,
                Ok(_) => {}
                Err(_) => break,
            }
        }
    }
    let _ = tx.send(Event::Quit);
}
