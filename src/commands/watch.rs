//! `grind watch [NAME]`: re-check on every save of the exercise's file (debounced), clearing
//! and redrawing; `q` (on a terminal, a single key press; otherwise a `q` line), end of input,
//! or Ctrl-C exits cleanly (a check in progress finishes first, so no run directory or process
//! is left behind).
//!
//! A small event loop, as rustlings' watch mode is: every source (`events.rs`: the file
//! watcher, stdin, Ctrl-C) sends an [`Event`] into one channel.

mod events;
mod keys;

use std::io::Write;
use std::time::Duration;

use anyhow::Result;

use super::check::{self, Request};
use super::workspace;
use crate::context::Context;
use crate::exit::{OK, usage};
use crate::report::practice;
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
        // The exercise is loaded afresh each time, so an author sees their edits to it. A
        // failing check is the normal state of work in progress, not an error of watch.
        let checked = ctx
            .exercise(target, None)
            .and_then(|ex| check::once(ctx, ex, &request, out));
        if let Err(e) = checked {
            practice::watch_error(out, &format!("{e:#}"), ctx.style)?;
        }
        practice::watch_footer(out, &file, single_keys, ctx.style)?;
        out.flush()?;
        Ok(())
    };
    redraw(out)?;
    while let Ok(Event::Changed) = rx.recv() {
        // Swallow the burst of events a single save produces.
        let mut quit = false;
        while let Ok(ev) = rx.recv_timeout(DEBOUNCE) {
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
