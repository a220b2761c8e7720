//! `grind doctor`: the interpreter in use and which limits and protections this machine
//! enforces.

use std::io::Write;

use anyhow::Result;

use crate::context::Context;
use crate::exit::{OK, USAGE};
use crate::judge::process;
use crate::judge::python::ISOLATION_FLAGS;

pub fn run(ctx: &Context, out: &mut dyn Write) -> Result<u8> {
    let s = ctx.style;
    let mut code = OK;
    writeln!(out, "{}", s.bold("interpreter"))?;
    match ctx.python() {
        Ok(py) => {
            writeln!(out, "  requested   {}", py.requested)?;
            writeln!(out, "  executable  {}", py.executable.display())?;
            writeln!(out, "  version     {}", py.version)?;
            writeln!(out, "  flags       {}", ISOLATION_FLAGS.join(" "))?;
        }
        Err(e) => {
            writeln!(out, "  {} {e:#}", s.red("missing:"))?;
            code = USAGE;
        }
    }
    writeln!(out, "{}", s.bold("limits (per run)"))?;
    for (what, how) in [
        ("cpu time", "RLIMIT_CPU backstop + measured CPU time"),
        ("wall time", "deadline in the runner, then SIGTERM/SIGKILL"),
        ("memory", "RLIMIT_AS (address space)"),
        ("output", "cap on captured stdout"),
        ("file size", "RLIMIT_FSIZE"),
        ("open files", "RLIMIT_NOFILE"),
    ] {
        writeln!(out, "  {}  {what:<11} {how}", s.green("on "))?;
    }
    writeln!(out, "{}", s.bold("process tree cleanup"))?;
    let f = process::features();
    let on_off = |b: bool| if b { s.green("on ") } else { s.yellow("off") };
    writeln!(
        out,
        "  {}  PID namespace per run (nothing outlives the run, even after setsid)",
        on_off(f.pid_namespace)
    )?;
    writeln!(
        out,
        "  {}  child subreaper sweep ({})",
        s.green("on "),
        if f.pid_namespace {
            "fallback, unused here"
        } else {
            "in use: no PID namespaces here"
        }
    )?;
    writeln!(
        out,
        "  {}  pidfd (instant exit notice; otherwise polled every 10 ms)",
        on_off(f.pidfd)
    )?;
    writeln!(
        out,
        "  {}  close_range (otherwise descriptors closed one by one)",
        on_off(f.close_range)
    )?;
    writeln!(
        out,
        "  {}  fresh private temporary directory, scrubbed environment",
        s.green("on ")
    )?;
    writeln!(
        out,
        "  {}  filesystem and network confinement (not yet: solutions run with your permissions)",
        s.yellow("off")
    )?;
    let cat = ctx.catalog()?;
    writeln!(out, "{}", s.bold("catalog"))?;
    writeln!(out, "  {} exercise(s) in {}", cat.exercises.len(), cat.root)?;
    for e in &cat.errors {
        writeln!(out, "  {} {e}", s.red("error:"))?;
    }
    Ok(code)
}
