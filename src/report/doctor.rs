//! The report of `grind doctor`: the interpreter, the limits every run gets, the protection
//! layers a real (empty) run got, the kernel features, and the catalog.

use std::io::{self, Write};

use serde_json::json;

use super::style::Style;
use crate::catalog::Catalog;
use crate::judge::MAX_PROCESSES;
use crate::python::{ISOLATION_FLAGS, Python};
use crate::sandbox::{Features, Landlock, Layers};

/// What `grind doctor` found.
pub struct Findings<'a> {
    /// The interpreter, or why there is none.
    pub python: Result<&'a Python, String>,
    /// Whether confinement is on (`GRIND_SANDBOX=off` turns it off).
    pub sandbox_enabled: bool,
    /// The layers of the probe run, or why it failed; `None` without an interpreter.
    pub layers: Option<Result<Layers, String>>,
    pub features: Features,
}

/// The `--json` object.
pub fn json(out: &mut dyn Write, f: &Findings<'_>) -> io::Result<()> {
    let v = json!({
        "python": f.python.as_ref().ok().map(|p| json!({
            "requested": p.requested,
            "executable": p.executable,
            "version": p.version,
            "route": p.route,
            "resolution": p.resolution.as_str(),
            "probe_cached": p.cached,
            "sqlite": p.sqlite,
        })),
        "sandbox_enabled": f.sandbox_enabled,
        "layers": f.layers.as_ref().and_then(|l| l.as_ref().ok()),
        "probe_error": f.layers.as_ref().and_then(|l| l.as_ref().err()),
        "pidfd": f.features.pidfd,
        "close_range": f.features.close_range,
        "cpu_per_run": f.features.cpu_per_run,
    });
    writeln!(out, "{v}")
}

/// Everything but the catalog.
pub fn machine(out: &mut dyn Write, f: &Findings<'_>, s: Style) -> io::Result<()> {
    writeln!(out, "{}", s.bold("interpreter"))?;
    match &f.python {
        Ok(py) => {
            writeln!(out, "  requested   {}", py.requested)?;
            writeln!(out, "  resolved    {} → {}", py.requested, py.route)?;
            writeln!(out, "  by          {}", py.resolution.label())?;
            writeln!(out, "  executable  {}", py.executable.display())?;
            let source = if py.cached {
                "cached probe"
            } else {
                "probed now"
            };
            writeln!(out, "  version     {} ({source})", py.version)?;
            let sqlite = py
                .sqlite
                .as_deref()
                .unwrap_or("missing: `sql` exercises cannot run");
            writeln!(out, "  sqlite      {sqlite}")?;
            writeln!(out, "  flags       {}", ISOLATION_FLAGS.join(" "))?;
        }
        Err(e) => writeln!(out, "  {} {e}", s.red("missing:"))?,
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
    match &f.layers {
        Some(Ok(l)) => layer_lines(out, s, l, f.sandbox_enabled)?,
        Some(Err(e)) => writeln!(out, "  {} the probe run failed: {e}", s.red("error:"))?,
        None => writeln!(out, "  {}", s.dim("(no interpreter, no probe run)"))?,
    }
    writeln!(
        out,
        "  {}  pidfd (instant exit notice; otherwise polled every 10 ms)",
        on_off(s, f.features.pidfd)
    )?;
    writeln!(
        out,
        "  {}  close_range (otherwise descriptors closed one by one)",
        on_off(s, f.features.close_range)
    )?;
    writeln!(
        out,
        "  {}  CPU measured per run (a cgroup each; otherwise one process per test)",
        on_off(s, f.features.cpu_per_run)
    )
}

/// The catalog in use and the exercises that do not load.
pub fn catalog(out: &mut dyn Write, cat: &Catalog, s: Style) -> io::Result<()> {
    writeln!(out, "{}", s.bold("catalog"))?;
    writeln!(
        out,
        "  {} in {}",
        super::units::count(cat.exercises.len(), "exercise"),
        cat.root
    )?;
    for e in &cat.errors {
        writeln!(out, "  {} {e}", s.red("error:"))?;
    }
    Ok(())
}

fn on_off(s: Style, on: bool) -> String {
    if on { s.green("on ") } else { s.yellow("off") }
}

fn layer_lines(out: &mut dyn Write, s: Style, l: &Layers, enabled: bool) -> io::Result<()> {
    if !enabled {
        writeln!(
            out,
            "  {}  sandbox disabled by GRIND_SANDBOX=off",
            s.yellow("off")
        )?;
    }
    let landlock = match l.landlock {
        Landlock::Full => s.green("on "),
        Landlock::Partial => s.yellow("part"),
        Landlock::Off => s.yellow("off"),
    };
    let rows: Vec<(String, String)> = vec![
        (
            on_off(s, l.pid_namespace),
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
            on_off(s, l.net_namespace),
            "network namespace: no TCP/UDP to any host, loopback included".into(),
        ),
        (
            on_off(s, l.mount_namespace),
            "mount namespace: private /proc and /dev/shm".into(),
        ),
        (
            on_off(s, l.private_proc),
            "private /proc: only the run's own processes are visible".into(),
        ),
        (
            on_off(s, l.masked_paths),
            "grind binary and exercise directories hidden".into(),
        ),
        (
            on_off(s, l.ipc_uts_namespace),
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
            on_off(s, l.seccomp),
            "seccomp deny-list: sockets, ptrace, mount, chmod/chown/xattr, io_uring...".into(),
        ),
        (
            on_off(s, l.capabilities_dropped),
            "all capabilities dropped (bounding set too)".into(),
        ),
        (
            on_off(s, l.no_new_privs),
            "no_new_privs: setuid programs gain nothing".into(),
        ),
        (
            on_off(s, l.process_limit),
            format!("fork-bomb watchdog: at most {MAX_PROCESSES} processes"),
        ),
        (
            on_off(s, l.private_run_dir),
            "private run directory: a tmpfs of bounded size, gone with the run".into(),
        ),
        (
            on_off(s, l.user_namespace),
            "user namespace (used when not running as root)".into(),
        ),
    ];
    for (state, what) in rows {
        writeln!(out, "  {state}  {what}")?;
    }
    Ok(())
}
