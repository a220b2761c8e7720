//! `grind doctor`: the interpreter in use, and which limits and protection layers this
//! machine enforces, as observed on a real (empty) run rather than assumed.

use std::io::Write;

use anyhow::Result;
use serde_json::json;

use crate::context::Context;
use crate::exit::{OK, USAGE};
use crate::judge::runner::{Judge, MAX_PROCESSES};
use crate::python::ISOLATION_FLAGS;
use crate::report::style::Style;
use crate::sandbox;
use crate::sandbox::confine::Layers;

pub fn run(ctx: &Context, json_out: bool, out: &mut dyn Write) -> Result<u8> {
    let python = ctx.python();
    let options = super::check::options(&crate::cli::JudgeArgs {
        time_limit: None,
        jobs: Some(1),
    })?;
    let layers = match &python {
        Ok(py) => Some(
            Judge {
                python: py,
                options,
                hide: Vec::new(),
            }
            .probe_layers(),
        ),
        Err(_) => None,
    };
    let features = sandbox::features();
    if json_out {
        let v = json!({
            "python": python.as_ref().ok().map(|p| json!({
                "requested": p.requested,
                "executable": p.executable,
                "version": p.version,
            })),
            "sandbox_enabled": options.sandbox,
            "layers": layers.as_ref().and_then(|l| l.as_ref().ok()),
            "probe_error": layers.as_ref().and_then(|l| l.as_ref().err()).map(|e| format!("{e:#}")),
            "pidfd": features.pidfd,
            "close_range": features.close_range,
        });
        writeln!(out, "{v}")?;
        return Ok(if python.is_ok() { OK } else { USAGE });
    }
    let s = ctx.style;
    let mut code = OK;
    writeln!(out, "{}", s.bold("interpreter"))?;
    match &python {
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
        ("cpu time", "measured, plus an RLIMIT_CPU backstop"),
        (
            "wall time",
            "deadline in the runner, then SIGTERM/SIGKILL of the tree",
        ),
        ("memory", "RLIMIT_AS (address space)"),
        ("output", "cap on captured stdout"),
        ("file size", "RLIMIT_FSIZE"),
        ("open files", "RLIMIT_NOFILE"),
    ] {
        writeln!(out, "  {}  {what:<11} {how}", s.green("on "))?;
    }
    writeln!(
        out,
        "{}",
        s.bold("protection layers (observed on an empty run)")
    )?;
    match layers {
        Some(Ok(l)) => layer_lines(out, s, &l, options.sandbox)?,
        Some(Err(e)) => writeln!(out, "  {} the probe run failed: {e:#}", s.red("error:"))?,
        None => writeln!(out, "  {}", s.dim("(no interpreter, no probe run)"))?,
    }
    let on_off = |b: bool| if b { s.green("on ") } else { s.yellow("off") };
    writeln!(
        out,
        "  {}  pidfd (instant exit notice; otherwise polled every 10 ms)",
        on_off(features.pidfd)
    )?;
    writeln!(
        out,
        "  {}  close_range (otherwise descriptors closed one by one)",
        on_off(features.close_range)
    )?;
    let cat = ctx.catalog()?;
    writeln!(out, "{}", s.bold("catalog"))?;
    writeln!(out, "  {} exercise(s) in {}", cat.exercises.len(), cat.root)?;
    for e in &cat.errors {
        writeln!(out, "  {} {e}", s.red("error:"))?;
    }
    Ok(code)
}

fn layer_lines(out: &mut dyn Write, s: Style, l: &Layers, enabled: bool) -> std::io::Result<()> {
    if !enabled {
        writeln!(
            out,
            "  {}  sandbox disabled by GRIND_SANDBOX=off",
            s.yellow("off")
        )?;
    }
    let on_off = |b: bool| if b { s.green("on ") } else { s.yellow("off") };
    let landlock = match l.landlock.as_str() {
        "full" => s.green("on "),
        "partial" => s.yellow("part"),
        _ => s.yellow("off"),
    };
    let rows: Vec<(String, String)> = vec![
        (
            on_off(l.pid_namespace),
            "PID namespace: nothing outlives the run, not even after setsid".into(),
        ),
        (
            s.green("on "),
            if l.pid_namespace {
                "child subreaper sweep (fallback, unused here)".into()
            } else {
                "child subreaper sweep: the tree is killed through /proc".into()
            },
        ),
        (
            on_off(l.net_namespace),
            "network namespace: no TCP/UDP to any host, loopback included".into(),
        ),
        (
            on_off(l.mount_namespace),
            "mount namespace: private /proc and /dev/shm".into(),
        ),
        (
            on_off(l.private_proc),
            "private /proc: only the run's own processes are visible".into(),
        ),
        (
            on_off(l.masked_paths),
            "grind binary and exercise directories hidden".into(),
        ),
        (
            on_off(l.ipc_uts_namespace),
            "UTS and IPC namespaces: hostname and SysV IPC are private".into(),
        ),
        (
            landlock,
            format!(
                "Landlock (kernel ABI {}): files, TCP, signal and abstract-socket scoping",
                l.landlock_abi
            ),
        ),
        (
            on_off(l.seccomp),
            "seccomp deny-list: sockets, ptrace, mount, chmod/chown/xattr, io_uring...".into(),
        ),
        (
            on_off(l.capabilities_dropped),
            "all capabilities dropped (bounding set too)".into(),
        ),
        (
            on_off(l.no_new_privs),
            "no_new_privs: setuid programs gain nothing".into(),
        ),
        (
            on_off(l.process_limit),
            format!("fork-bomb watchdog: at most {MAX_PROCESSES} processes"),
        ),
        (
            on_off(l.user_namespace),
            "user namespace (used when not running as root)".into(),
        ),
    ];
    for (state, what) in rows {
        writeln!(out, "  {state}  {what}")?;
    }
    Ok(())
}
