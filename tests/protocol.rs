//! The protocol battery: every program in `tests/protocol/` attacks the protocols between the
//! sandbox and the judge (the channel's records, output files, CPU accounting, the run
//! directory, the bytes of the report) and must get the verdict its header names.
//!
//! Programs are Python (`.py`, for the stdio, function and module fixtures) or queries (`.sql`,
//! for the sql fixture). Each is judged twice against its fixture in `tests/fixtures/protocol/`: with `--json`
//! (the verdict) and on the terminal with `--reveal` (what a user would see). Both runs must end
//! within a time bound and a memory bound, print no secret of the host (grind's own environment,
//! a private file, the workspace's progress store, `/etc/shadow`), print no raw control
//! character the program wrote, and leave no run directory and no process behind.
//!
//! CI runs it in batch mode, with `GRIND_NO_BATCH=1` and as `nobody`, as it does the hostile
//! battery.

// wait4 is the one way to read grind's own peak memory as it exits.
#![allow(unsafe_code)]

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;

/// A check of a 1 s limit ends well within this, even on a loaded machine.
const TIME_BOUND: Duration = Duration::from_secs(40);
/// grind's own peak resident memory: the program may try to make it read gigabytes.
const MEMORY_BOUND_KIB: i64 = 256 * 1024;

/// A header line: `# key: value` in a Python program, `-- key: value` in a query.
fn header(src: &str, key: &str) -> Option<String> {
    src.lines()
        .take_while(|l| l.starts_with('#') || l.starts_with("--"))
        .find_map(|l| {
            l.strip_prefix(&format!("# {key}: "))
                .or_else(|| l.strip_prefix(&format!("-- {key}: ")))
                .map(str::to_string)
        })
}

fn check(cond: bool, msg: impl Into<String>) -> Result<(), Failed> {
    if cond { Ok(()) } else { Err(msg.into().into()) }
}

struct Run {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    elapsed: Duration,
    peak_kib: i64,
    code: Option<i32>,
}

/// Runs grind to completion, killing it at twice the time bound, and measures its peak memory
/// (`ru_maxrss` of grind itself: its sandboxed children are separate processes that grind
/// reaps, so they do not count).
fn run_grind(
    args: &[&str],
    env: &[(&str, &str)],
    dir: &Path,
    out_dir: &Path,
) -> Result<Run, Failed> {
    let stdout_path = out_dir.join("stdout");
    let stderr_path = out_dir.join("stderr");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_grind"));
    cmd.args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout_path)?)
        .stderr(std::fs::File::create(&stderr_path)?);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let started = Instant::now();
    let child = cmd.spawn()?;
    let pid = i32::try_from(child.id())?;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `pid` is our own child, not yet reaped (std's Child is never waited on).
        let r = unsafe { libc::wait4(pid, &raw mut status, libc::WNOHANG, &raw mut usage) };
        if r == pid {
            break;
        }
        if started.elapsed() > TIME_BOUND * 2 {
            // SAFETY: signalling our own child.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = std::process::ExitStatus::from_raw(status);
    Ok(Run {
        stdout: std::fs::read(&stdout_path)?,
        stderr: std::fs::read(&stderr_path)?,
        elapsed: started.elapsed(),
        peak_kib: usage.ru_maxrss,
        code: status.code(),
    })
}

/// Control characters a terminal would act on: C0 (but newline and tab), DEL, and C1.
fn raw_controls(text: &str) -> Vec<char> {
    let mut found: Vec<char> = text
        .chars()
        .filter(|&c| {
            (c < ' ' && c != '\n' && c != '\t')
                || c == '\u{7f}'
                || ('\u{80}'..='\u{9f}').contains(&c)
        })
        .collect();
    found.dedup();
    found
}

fn processes_in(prefix: &Path) -> Vec<String> {
    let prefix = prefix.to_string_lossy().into_owned();
    std::fs::read_dir("/proc")
        .map(|d| {
            d.flatten()
                .filter(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .bytes()
                        .all(|b| b.is_ascii_digit())
                })
                .filter_map(|e| {
                    let cwd = std::fs::read_link(e.path().join("cwd")).ok()?;
                    cwd.to_string_lossy()
                        .starts_with(&prefix)
                        .then(|| format!("{}: {}", e.file_name().display(), cwd.display()))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn attack(program: &Path, exercise: &str, expect: &str) -> Result<(), Failed> {
    let scratch = tempfile::tempdir()?;
    let root = scratch.path();
    let tmp = root.join("tmp");
    let work = root.join("workspace");
    std::fs::create_dir_all(&tmp)?;
    std::fs::create_dir_all(work.join(".grind"))?;
    let secret = format!(
        "grind-secret-{}-{:x}",
        std::process::id(),
        root.as_os_str().len() * 7919
    );
    // A progress store holding a secret: the program must not get grind to print it.
    std::fs::write(
        work.join(".grind/progress.json"),
        format!("{{\"version\": 1, \"note\": \"{secret}-store\"}}"),
    )?;
    let private = root.join("private.txt");
    std::fs::write(&private, format!("{secret}-file\n"))?;
    std::fs::set_permissions(
        &private,
        std::os::unix::fs::PermissionsExt::from_mode(0o600),
    )?;
    let shadow = std::fs::read_to_string("/etc/shadow").unwrap_or_default();
    let shadow_line = shadow
        .lines()
        .find(|l| l.contains(":$"))
        .map(str::to_string);

    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/protocol");
    let fixtures = fixtures.to_string_lossy().into_owned();
    let file = program.to_string_lossy().into_owned();
    let tmp_s = tmp.to_string_lossy().into_owned();
    let env = [
        ("TMPDIR", tmp_s.as_str()),
        ("GRIND_PROTOCOL_SECRET", secret.as_str()),
        ("NO_COLOR", "1"),
    ];
    let base = [
        "--color",
        "never",
        "--exercises",
        fixtures.as_str(),
        "check",
        exercise,
        "--file",
        file.as_str(),
    ];

    let json_run = run_grind(&[&base[..], &["--json"]].concat(), &env, &work, root)?;
    let term_run = run_grind(&[&base[..], &["--reveal"]].concat(), &env, &work, root)?;

    let json: Value = serde_json::from_slice(&json_run.stdout).map_err(|e| {
        format!(
            "no JSON from grind ({e}); exit {:?}; stderr: {}",
            json_run.code,
            String::from_utf8_lossy(&json_run.stderr)
        )
    })?;
    check(
        json["verdict"] == expect,
        format!(
            "verdict {} (wanted {expect}); tests: {}",
            json["verdict"],
            serde_json::to_string(&json["tests"])
                .unwrap_or_default()
                .chars()
                .take(1500)
                .collect::<String>()
        ),
    )?;
    for (what, run) in [("--json", &json_run), ("the terminal report", &term_run)] {
        check(
            run.code == Some(1),
            format!(
                "{what}: grind exited with {:?} (wanted 1: judged, not accepted); stderr: {}",
                run.code,
                String::from_utf8_lossy(&run.stderr)
            ),
        )
        .or_else(|e| {
            if expect == "accepted" && run.code == Some(0) {
                Ok(())
            } else {
                Err(e)
            }
        })?;
        check(
            run.elapsed < TIME_BOUND,
            format!(
                "{what}: grind took {:.1} s (bound {} s)",
                run.elapsed.as_secs_f64(),
                TIME_BOUND.as_secs()
            ),
        )?;
        check(
            run.peak_kib < MEMORY_BOUND_KIB,
            format!(
                "{what}: grind's peak memory was {} MiB (bound {} MiB)",
                run.peak_kib / 1024,
                MEMORY_BOUND_KIB / 1024
            ),
        )?;
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        );
        check(
            !text.contains(&secret),
            format!(
                "{what}: the report shows a host secret (grind's environment, a private file or the progress store)"
            ),
        )?;
        if let Some(line) = &shadow_line {
            check(
                !text.contains(line.as_str()),
                format!("{what}: the report shows /etc/shadow"),
            )?;
        }
        check(
            !text.contains("PATH=/"),
            format!("{what}: the report shows an environment block"),
        )?;
    }
    let terminal = String::from_utf8_lossy(&term_run.stdout).into_owned();
    let controls = raw_controls(&terminal);
    check(
        controls.is_empty(),
        format!("the terminal report carries raw control characters {controls:?}"),
    )?;
    let left = processes_in(&tmp);
    check(left.is_empty(), format!("processes left running: {left:?}"))?;
    let dirs: Vec<PathBuf> = std::fs::read_dir(&tmp)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    check(dirs.is_empty(), format!("run directories left: {dirs:?}"))?;
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/protocol");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/protocol")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "py" || x == "sql"))
        .collect();
    programs.sort();
    let trials = programs
        .into_iter()
        .map(|path| {
            let src = std::fs::read_to_string(&path).expect("program");
            let name = path
                .file_stem()
                .expect("stem")
                .to_string_lossy()
                .into_owned();
            let exercise = header(&src, "exercise").expect("every program names its exercise");
            let expect = header(&src, "expect").expect("every program names its verdict");
            Trial::test(name, move || attack(&path, &exercise, &expect))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
