//! `grind watch [NAME]`: re-check on every save of the exercise's file (debounced), clearing
//! and redrawing; `q` (on a terminal, a single key press; otherwise a `q` line), end of input,
//! or Ctrl-C exits cleanly at any moment: a check in progress is cancelled (its runs killed,
//! nothing recorded), so no run directory or process is left behind. A save during a check
//! cancels it and checks again.
//!
//! A small event loop, as rustlings' watch mode is: every source (`events.rs`: the file
//! watcher, stdin, Ctrl-C) sends an [`Event`] into one channel.

mod events;
mod keys;

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::Result;

use super::check::{self, Request};
use super::workspace;
use crate::context::Context;
use crate::exit::{OK, usage};
use crate::judge::Hooks;
use crate::report::{self, practice};
use events::Event;

/// Quiet time after the last file event before re-checking (editors write in bursts).
const DEBOUNCE: Duration = Duration::from_millis(150);

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
    let single_keys = keys.is_some();
    let (rx, _watcher, _interrupt) = events::start(&file, single_keys)?;
    // Every event cancels a check in progress at once: its runs are killed, and the loop
    // below sees the event next (a save checks again, a quit quits).
    let checking = Arc::new(AtomicBool::new(false));
    let cancel = Arc::new(AtomicBool::new(false));
    let (tx, events) = mpsc::channel();
    {
        let (checking, cancel) = (Arc::clone(&checking), Arc::clone(&cancel));
        let restorer = keys.as_ref().map(keys::SingleKeys::restorer);
        std::thread::Builder::new()
            .name("watch-events".into())
            .spawn(move || {
                for ev in rx {
                    if checking.load(Ordering::SeqCst) {
                        cancel.store(true, Ordering::SeqCst);
                        if matches!(ev, Event::Quit) {
                            // Runs without a cgroup of their own cannot be killed one by one:
                            // end as an interrupt does, which kills and removes them all.
                            if let Some(r) = restorer {
                                r.restore();
                            }
                            crate::sandbox::interrupt::end_now(0);
                        }
                        crate::sandbox::cgroup::kill_runs();
                    }
                    if tx.send(ev).is_err() {
                        break;
                    }
                }
            })?;
    }
    let request = Request {
        file: file.clone(),
        options: ctx.options(),
        json: false,
        reveal: false,
        record: check::Record::Edited,
    };
    let target = name.unwrap_or(&ex.name);
    let redraw = |out: &mut dyn Write| -> Result<()> {
        practice::watch_frame(out, ctx.style)?;
        practice::watch_checking(out, &file, ctx.style)?;
        out.flush()?;
        cancel.store(false, Ordering::SeqCst);
        checking.store(true, Ordering::SeqCst);
        let bar = report::bar::spinner(ctx.style, "tests judged");
        let on_test = |_: &crate::judge::TestResult| bar.inc(1);
        let hooks = Hooks {
            cancel: Some(&cancel),
            on_test: Some(&on_test),
        };
        // The exercise is loaded afresh each time, so an author sees their edits to it. A
        // failing check is the normal state of work in progress, not an error of watch.
        let checked = ctx
            .exercise(target, None)
            .and_then(|ex| check::once_with(ctx, ex, &request, out, hooks));
        checking.store(false, Ordering::SeqCst);
        bar.finish_and_clear();
        match checked {
            Ok(check::CANCELLED) => return Ok(()),
            Ok(OK) => practice::watch_passed(out, ctx.style)?,
            Ok(_) => {}
            Err(e) => practice::watch_error(out, &format!("{e:#}"), ctx.style)?,
        }
        practice::watch_footer(out, &file, single_keys, ctx.style)?;
        out.flush()?;
        Ok(())
    };
    redraw(out)?;
    while let Ok(Event::Changed) = events.recv() {
        // Swallow the burst of events a single save produces.
        let mut quit = false;
        while let Ok(ev) = events.recv_timeout(DEBOUNCE) {
            if matches!(ev, Event::Quit) {
                quit = true;
                break;
            }
        }
        if quit {
            break;
        }
        redraw(out)?;
    }
    drop(keys);
    Ok(OK)
}
