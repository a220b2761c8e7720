//! `grind watch [NAME]`: re-check on every save of the exercise's file, clearing and
//! redrawing; `q` (on a terminal, a single key press; otherwise a `q` line), end of input,
//! or Ctrl-C exits cleanly at any moment: a check in progress is cancelled (its runs killed,
//! nothing recorded), so no run directory or process is left behind.
//!
//! A small event loop, as rustlings' watch mode is: every source (`events.rs`: the file
//! watcher, stdin, Ctrl-C) sends an [`Event`] into one channel.
//!
//! What a save costs beyond the check itself:
//! - The "checking…" line is drawn at the save's first file event.
//! - The check starts once the file has settled: [`SETTLED`] after an event that completes a
//!   save (the writer closed the file, or a finished file was renamed onto it), else
//!   [`QUIET`] after the last event, so an editor's burst of writes is checked once.
//! - The check judges the bytes read then. A save that changes the file during a check
//!   cancels it and checks again (so a file caught half-written is never the verdict left
//!   on screen); events that leave the file as it is being, or was last, checked (a
//!   rename's trailing events, a `touch`) check nothing.
//! - The exercise, its tests and its calibrated time limit are loaded once, and again only
//!   when an exercise on disk changes (an author editing it sees the edit at the next save).

mod events;
mod keys;
mod trace;

use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use anyhow::Result;

use super::check::{self, Prepared, Request};
use super::workspace;
use crate::catalog::{Exercise, Files};
use crate::context::Context;
use crate::exit::{OK, usage};
use crate::judge::Hooks;
use crate::report::{self, practice};
use events::Event;
use trace::Trace;

/// Quiet time after the last file event of a save that may not be finished (a truncation, a
/// write, a creation) before checking. Editors write a file within a few milliseconds; a
/// slower writer's later events cancel the check and check again.
const QUIET: Duration = Duration::from_millis(50);

/// Quiet time after an event that completes a save (a close after writing, a rename onto the
/// file), for any event of the same save still on its way.
const SETTLED: Duration = Duration::from_millis(5);

pub fn run(ctx: &Context, name: Option<&str>, out: &mut dyn Write) -> Result<u8> {
    let ex = ctx.exercise_or_current(name, None)?;
    let file = workspace::work_file(&ex);
    if !file.exists() {
        return usage(format!(
            "`{}` does not exist: `grind start {}` writes it",
            file.display(),
            ex.name
        ));
    }
    let keys = keys::SingleKeys::enable();
    let (rx, _watcher, _interrupt) = events::start(&file, keys.is_some())?;
    let shared = Shared::default();
    let events = forward(
        rx,
        &file,
        &shared,
        keys.as_ref().map(keys::SingleKeys::restorer),
    )?;
    let mut session = Session {
        ctx,
        target: name.unwrap_or(&ex.name).to_string(),
        request: Request {
            file,
            options: ctx.options(),
            json: false,
            reveal: false,
            record: check::Record::Edited,
        },
        loaded: None,
        first: Some(ex),
        shown: None,
        open: false,
        single_keys: keys.is_some(),
        shared,
        trace: Trace::new(ctx.trace_watch()),
    };
    session.check(out)?;
    session.serve(&events, out)?;
    drop(keys);
    Ok(OK)
}

/// What the event thread and the check share.
#[derive(Default, Clone)]
struct Shared {
    /// A check is running.
    checking: Arc<AtomicBool>,
    /// Set to cancel the running check.
    cancel: Arc<AtomicBool>,
    /// The bytes the running check judges.
    judged: Arc<Mutex<Vec<u8>>>,
}

/// Passes every event on to the loop. An event during a check cancels the check at once (its
/// runs are killed) when it is a quit, or when the file now differs from what the check
/// judges; the loop sees the event next and checks again. A file missing mid-save (renamed
/// away, not yet back) cancels nothing: the event that brings it back decides.
fn forward(
    rx: Receiver<Event>,
    file: &Path,
    shared: &Shared,
    restorer: Option<keys::Restorer>,
) -> Result<Receiver<Event>> {
    let (tx, events) = mpsc::channel();
    let (file, shared) = (file.to_path_buf(), shared.clone());
    std::thread::Builder::new()
        .name("watch-events".into())
        .spawn(move || {
            for ev in rx {
                if shared.checking.load(Ordering::SeqCst) {
                    let stale = match ev {
                        Event::Quit => true,
                        Event::Changed { .. } => std::fs::read(&file).is_ok_and(|now| {
                            now != *shared.judged.lock().unwrap_or_else(PoisonError::into_inner)
                        }),
                    };
                    if stale {
                        shared.cancel.store(true, Ordering::SeqCst);
                        if matches!(ev, Event::Quit) {
                            // Runs without a cgroup of their own cannot be killed one by
                            // one: end as an interrupt does, which kills and removes them all.
                            if let Some(r) = restorer {
                                r.restore();
                            }
                            crate::sandbox::interrupt::end_now(0);
                        }
                        crate::sandbox::cgroup::kill_runs();
                    }
                }
                if tx.send(ev).is_err() {
                    break;
                }
            }
        })?;
    Ok(events)
}

/// The state of the watch between saves.
struct Session<'a> {
    ctx: &'a Context,
    /// The exercise as named on the command line (or the current one).
    target: String,
    request: Request,
    /// The exercise ready to judge, with the stamp of its files when it was loaded.
    loaded: Option<(String, Prepared)>,
    /// The exercise loaded at the start, until the first check prepares it.
    first: Option<Exercise>,
    /// The file's bytes whose verdict is on screen (`None` after an error).
    shown: Option<Vec<u8>>,
    /// A "checking…" line is on screen and no verdict under it yet.
    open: bool,
    single_keys: bool,
    shared: Shared,
    trace: Trace,
}

impl Session<'_> {
    /// Waits for saves and checks each until a quit (or the end of every source).
    fn serve(&mut self, events: &Receiver<Event>, out: &mut dyn Write) -> Result<()> {
        while let Ok(Event::Changed { complete, at }) = events.recv() {
            self.trace.begin(at);
            self.trace.mark(if complete {
                "event (save complete)"
            } else {
                "event"
            });
            // The first output comes at once, unless the file is as the screen shows it.
            if !self.open && std::fs::read(&self.request.file).ok() != self.shown {
                self.draw_checking(out)?;
            }
            let mut wait = if complete { SETTLED } else { QUIET };
            loop {
                match events.recv_timeout(wait) {
                    Ok(Event::Changed { complete, .. }) => {
                        self.trace.mark(if complete {
                            "event (save complete)"
                        } else {
                            "event"
                        });
                        wait = if complete { SETTLED } else { QUIET };
                    }
                    Ok(Event::Quit) | Err(RecvTimeoutError::Disconnected) => return Ok(()),
                    Err(RecvTimeoutError::Timeout) => break,
                }
            }
            self.trace.mark("settled");
            self.check(out)?;
        }
        Ok(())
    }

    /// Clears the screen and says a check is coming.
    fn draw_checking(&mut self, out: &mut dyn Write) -> Result<()> {
        practice::watch_frame(out, self.ctx.style)?;
        practice::watch_checking(out, &self.request.file, self.ctx.style)?;
        out.flush()?;
        self.open = true;
        self.trace.mark("checking line drawn");
        Ok(())
    }

    /// Checks the file as it is now, unless its verdict is already on screen.
    fn check(&mut self, out: &mut dyn Write) -> Result<()> {
        let source = match check::read_solution(&self.request.file) {
            Ok(s) => s,
            Err(e) => return self.finish(out, Err(e), None),
        };
        if !self.open && Some(&source) == self.shown.as_ref() {
            self.trace.end("unchanged: nothing to check");
            return Ok(());
        }
        if !self.open {
            self.draw_checking(out)?;
        }
        match self.load() {
            Ok(true) => {
                self.trace.mark("exercise loaded (tests, calibrated limit)");
                // Loading (a calibration above all) is not cancelled: a save made meanwhile
                // is checked instead, by the event it sent.
                if std::fs::read(&self.request.file).ok().as_ref() != Some(&source) {
                    self.trace.mark("the file changed while loading");
                    return Ok(());
                }
            }
            Ok(false) => self.trace.mark("exercise kept from the last save"),
            Err(e) => return self.finish(out, Err(e), None),
        }
        let Some((_, prepared)) = &self.loaded else {
            unreachable!("loaded above")
        };
        source.clone_into(
            &mut self
                .shared
                .judged
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
        );
        let (checking, cancel) = (&*self.shared.checking, &*self.shared.cancel);
        cancel.store(false, Ordering::SeqCst);
        checking.store(true, Ordering::SeqCst);
        let bar = report::bar::spinner(self.ctx.style, "tests judged");
        let first_test = AtomicBool::new(false);
        let trace = &self.trace;
        let on_test = |_: &crate::judge::TestResult| {
            bar.inc(1);
            if !first_test.swap(true, Ordering::Relaxed) {
                trace.mark("first test decided");
            }
        };
        let hooks = Hooks {
            cancel: Some(cancel),
            on_test: Some(&on_test),
        };
        // The counter goes before the verdict is written under it: a line drawn on stderr
        // and left there would stay on screen above the report.
        let mut report = ClearsFirst {
            bar: Some(&bar),
            out,
        };
        let checked = check::once_prepared(
            self.ctx,
            prepared,
            &self.request,
            &source,
            &mut report,
            hooks,
        );
        checking.store(false, Ordering::SeqCst);
        bar.finish_and_clear();
        self.trace.mark("check done");
        // A run killed by the cancel outside the judging proper (the syntax check) comes
        // back as an error: that check was cancelled too, not broken.
        let cancelled = cancel.load(Ordering::SeqCst);
        if matches!(checked, Ok(check::CANCELLED)) || (cancelled && checked.is_err()) {
            // The event that cancelled it is next in the channel: the frame stays open.
            self.trace.mark("cancelled: the file changed");
            return Ok(());
        }
        self.finish(out, checked, Some(source))
    }

    /// Ends a frame: what came of the check, then the footer. `source` is what was judged
    /// when a verdict came of it.
    fn finish(
        &mut self,
        out: &mut dyn Write,
        checked: Result<u8>,
        source: Option<Vec<u8>>,
    ) -> Result<()> {
        if !self.open {
            self.draw_checking(out)?;
        }
        let style = self.ctx.style;
        // A failing check is the normal state of work in progress, not an error of watch.
        self.shown = match checked {
            Ok(OK) => {
                practice::watch_passed(out, style)?;
                source
            }
            Ok(_) => source,
            Err(e) => {
                practice::watch_error(out, &format!("{e:#}"), style)?;
                None
            }
        };
        practice::watch_footer(out, &self.request.file, self.single_keys, style)?;
        out.flush()?;
        self.open = false;
        self.trace.end("verdict shown");
        Ok(())
    }

    /// Loads and prepares the exercise, unless the one loaded is still current; whether it
    /// loaded. An embedded exercise never changes; one on disk is loaded again when its
    /// files' stamp changes.
    fn load(&mut self) -> Result<bool> {
        if let Some((stamp, p)) = &self.loaded {
            let stale = matches!(p.ex.files, Files::Disk(_)) && p.ex.files.stamp() != *stamp;
            if !stale {
                return Ok(false);
            }
            self.loaded = None;
        }
        let ex = match self.first.take() {
            Some(ex) => ex,
            None => self.ctx.exercise(&self.target, None)?,
        };
        let stamp = ex.files.stamp();
        let prepared = Prepared::new(self.ctx, ex, self.request.options)?;
        self.loaded = Some((stamp, prepared));
        Ok(true)
    }
}

/// A writer that clears a progress counter before its first write.
struct ClearsFirst<'a, 'b> {
    bar: Option<&'a indicatif::ProgressBar>,
    out: &'b mut dyn Write,
}

impl Write for ClearsFirst<'_, '_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
        self.out.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
