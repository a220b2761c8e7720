//! `grind watch [NAME]`: re-check on every save of the exercise's file (debounced), clearing
//! and redrawing; `q` (on a terminal, a single key press; otherwise a `q` line), end of input,
//! or Ctrl-C exits cleanly (a check in progress finishes first, so no run directory or process
//! is left behind).

use std::io::{BufRead, Write};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context as _, Result};
use notify::{RecursiveMode, Watcher};

use super::workspace;
use crate::cli::{CheckArgs, JudgeArgs};
use crate::context::Context;
use crate::exit::{OK, usage};

/// Quiet time after the last file event before re-checking (editors write in bursts).
const DEBOUNCE: Duration = Duration::from_millis(150);

enum Event {
    Changed,
    Quit,
}

pub fn run(ctx: &Context, name: Option<&str>, out: &mut dyn Write) -> Result<u8> {
    let ex = workspace::resolve(ctx, name)?;
    let file = workspace::work_file(&ex);
    if !file.exists() {
        return usage(format!(
            "`{}` does not exist: `grind start {}` writes it",
            file.display(),
            ex.name
        ));
    }
    let target = std::fs::canonicalize(&file)?;
    let (tx, rx) = mpsc::channel();
    let fs_tx = tx.clone();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(ev) = res
            && ev.paths.iter().any(|p| p.file_name() == target.file_name())
            && !matches!(ev.kind, notify::EventKind::Access(_))
        {
            let _ = fs_tx.send(Event::Changed);
        }
    })
    .context("failed to start watching files")?;
    // Editors often replace the file (write a temp file, rename it over): watch the folder.
    let dir = std::fs::canonicalize(
        file.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(".".as_ref()),
    )?;
    watcher
        .watch(&dir, RecursiveMode::NonRecursive)
        .context("failed to watch the workspace")?;
    let keys = super::keys::SingleKeys::enable();
    let stdin_tx = tx.clone();
    let single_keys = keys.is_some();
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin().lock();
        if single_keys {
            let mut b = [0u8; 1];
            while let Ok(1) = std::io::Read::read(&mut stdin, &mut b) {
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
        let _ = stdin_tx.send(Event::Quit);
    });
    let ctrl_tx = tx;
    let _ = ctrlc::set_handler(move || {
        let _ = ctrl_tx.send(Event::Quit);
    });
    let args = CheckArgs {
        name: Some(ex.name.clone()),
        file: Some(file.clone()),
        json: false,
        reveal: false,
        fail_fast: false,
        all: false,
        judge: JudgeArgs {
            time_limit: None,
            jobs: None,
        },
    };
    let redraw = |out: &mut dyn Write| -> Result<()> {
        if ctx.style.color {
            write!(out, "\x1b[2J\x1b[H")?; // clear the screen
        }
        // A failing check is the normal state of work in progress, not an error of watch.
        if let Err(e) = super::check::run(ctx, &args, out) {
            writeln!(out, "{} {e:#}", ctx.style.red("error:"))?;
        }
        let how = if single_keys {
            "`q` quits"
        } else {
            "`q` + Enter quits"
        };
        let text = format!("watching {}; {how}", file.display());
        writeln!(out, "{}", ctx.style.dim(&text))?;
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
