//! `grind check [NAME|PATH] --file SOLUTION`: judge a solution, record the attempt, report.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::workspace;
use crate::catalog::{self, Exercise, Format, Kind, Spec, Tests};
use crate::cli::CheckArgs;
use crate::context::Context;
use crate::exit::{INTERNAL, NOT_ACCEPTED, OK, usage};
use crate::judge::{Hooks, Judgement, Options, calibrate};
use crate::pool;
use crate::progress::{Attempt, stats};
use crate::report::{self, check, json};
use crate::verdict::Verdict;

/// One check: the solution file, how to judge it and how to show the result. `grind check`
/// builds one from its flags; `grind watch` from the exercise it watches.
#[derive(Debug, Clone)]
pub struct Request {
    pub file: PathBuf,
    pub options: Options,
    pub json: bool,
    pub reveal: bool,
    /// Whether and how the attempt is recorded.
    pub record: Record,
}

/// Which checks become attempts in the history. A check of a file unchanged since the last
/// recorded attempt never does (re-checking adds nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// Every changed file (`grind check NAME`).
    Changed,
    /// Only files that differ from the fresh starter (`check --all`, `watch`: an untouched
    /// file is not an attempt).
    Edited,
    /// Nothing: a check with `--time-limit` (an author timing a solution, not a try).
    Never,
}

/// What [`once_with`] returns for a cancelled check (never an exit code of `grind`).
pub const CANCELLED: u8 = 255;

/// The exit code for an overall verdict.
pub fn exit_code(v: Verdict) -> u8 {
    match v {
        Verdict::Accepted => OK,
        Verdict::JudgeError => INTERNAL,
        _ => NOT_ACCEPTED,
    }
}

pub fn run(ctx: &Context, args: &CheckArgs, out: &mut dyn Write) -> Result<u8> {
    let mut options = ctx.judge_options(&args.judge)?;
    options.fail_fast = args.fail_fast;
    options.stop_on_timeout = !args.all_tests;
    if args.all {
        return check_all(ctx, options, args.json, out);
    }
    let (name, file) = name_and_file(ctx, args)?;
    let ex = ctx.exercise_or_current(name.as_deref(), args.judge.time_limit)?;
    let file = match &file {
        Some(f) => f.clone(),
        None if ex.format == Format::Kattis => {
            return usage(format!(
                "`{}` is a problem package: give the solution with `--file SOLUTION.py`",
                ex.name
            ));
        }
        None => workspace::work_file(&ex),
    };
    let request = Request {
        file,
        options,
        json: args.json,
        reveal: args.reveal,
        record: if args.judge.time_limit.is_some() {
            Record::Never
        } else {
            Record::Changed
        },
    };
    once(ctx, ex, &request, out)
}

/// The exercise and the file a check names. `grind check two-sum.py` is `--file two-sum.py`;
/// a file named like a catalog exercise (`two-sum.py`, `two-sum.txt`) names that exercise
/// when no NAME is given, and a NAME that differs from it is a usage error (judging
/// `two-sum.py` as `coin-change` helps no one).
fn name_and_file(ctx: &Context, args: &CheckArgs) -> Result<(Option<String>, Option<PathBuf>)> {
    let mut name = args.name.clone();
    let mut file = args.file.clone();
    if file.is_none()
        && let Some(n) = &name
        && Path::new(n)
            .extension()
            .is_some_and(|e| e == "py" || e == "txt")
        && Path::new(n).is_file()
    {
        file = Some(PathBuf::from(n));
        name = None;
    }
    let Some(f) = &file else {
        return Ok((name, file));
    };
    let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    let named = ctx.has_exercise_named(stem).then(|| stem.to_string());
    match (&name, named) {
        (None, Some(n)) => name = Some(n),
        (Some(n), Some(by_file)) if !catalog::looks_like_path(n) => {
            let given = ctx.exercise(n, None)?.name;
            if given != by_file {
                return usage(format!(
                    "`{}` is named like the exercise `{by_file}`, not `{given}`: run `grind check {by_file} --file {}`, or rename the file",
                    f.display(),
                    f.display()
                ));
            }
        }
        _ => {}
    }
    Ok((name, file))
}

/// Judges the solution in `req.file` on `ex`, records the attempt in the workspace and
/// reports; returns the exit code.
pub fn once(ctx: &Context, ex: Exercise, req: &Request, out: &mut dyn Write) -> Result<u8> {
    once_with(ctx, ex, req, out, Hooks::default())
}

/// [`once`] with a cancel switch and a per-test callback. A cancelled check prints and
/// records nothing, and returns [`CANCELLED`].
pub fn once_with(
    ctx: &Context,
    ex: Exercise,
    req: &Request,
    out: &mut dyn Write,
    hooks: Hooks<'_>,
) -> Result<u8> {
    let source = read_solution(&req.file)?;
    // An empty prediction is a usage error before anything is loaded.
    judged_source(&ex, &source, &req.file)?;
    let prepared = Prepared::new(ctx, ex, req.options)?;
    once_prepared(ctx, &prepared, req, &source, out, hooks)
}

/// The solution file's bytes, or a usage error naming it.
pub fn read_solution(file: &Path) -> Result<Vec<u8>> {
    std::fs::read(file).or_else(|e| {
        usage(format!(
            "cannot read the solution `{}`: {e}: write it there or pass `--file PATH`",
            file.display()
        ))
    })
}

/// What is judged of a solution file: the file, or for `predict` the prediction in it (a
/// usage error when there is none yet).
fn judged_source(ex: &Exercise, source: &[u8], file: &Path) -> Result<Vec<u8>> {
    if ex.kind() != Kind::Predict {
        return Ok(source.to_vec());
    }
    let answer = workspace::prediction(source);
    if answer.trim_ascii().is_empty() {
        // Not attempted: nothing is judged, recorded or revealed.
        return usage(format!(
            "nothing to check yet: write what the snippet prints at the end of `{}`",
            file.display()
        ));
    }
    Ok(answer.to_vec())
}

/// An exercise ready to judge: its tests loaded and its time limit calibrated. `grind watch`
/// keeps one between saves, so a save costs the judging alone.
pub struct Prepared {
    /// The exercise, its limit calibrated.
    pub ex: Exercise,
    pub tests: Tests,
    /// What the calibration found, shown under the verdict.
    pub measured: Option<calibrate::Measured>,
}

impl Prepared {
    /// Loads the tests, checks the interpreter is new enough, and calibrates the time limit
    /// for judging with `options` (from the cache when it can).
    pub fn new(ctx: &Context, mut ex: Exercise, options: Options) -> Result<Self> {
        let tests = ctx.tests(&ex)?;
        if let Some(why) = ex.python_too_old(&ctx.python()?.version) {
            return usage(format!("{why}: pick one with `--python`"));
        }
        let judge = ctx.judge(&ex, options)?;
        let measured = calibrate::calibrate(&judge, &mut ex, &tests, ctx.cache_dir())?;
        Ok(Self {
            ex,
            tests,
            measured,
        })
    }
}

/// Judges `source` (the bytes read from `req.file`) on a prepared exercise, records the
/// attempt and reports, as [`once_with`] does.
pub fn once_prepared(
    ctx: &Context,
    prepared: &Prepared,
    req: &Request,
    source: &[u8],
    out: &mut dyn Write,
    hooks: Hooks<'_>,
) -> Result<u8> {
    let Prepared {
        ex,
        tests,
        measured,
    } = prepared;
    let source = judged_source(ex, source, &req.file)?;
    // What calibration measured decides whether a second interpreter pays for itself.
    let options = Options {
        expected_work: measured.as_ref().and_then(|m| m.total),
        ..req.options
    };
    let judge = ctx.judge(ex, options)?;
    let mut judgement = judge.judge_with(ex, tests, &source, hooks)?;
    if judgement.cancelled {
        return Ok(CANCELLED);
    }
    if let Some(name) = req.file.file_name().and_then(|n| n.to_str()) {
        name_the_file(&mut judgement, name);
    }
    let judgement = user_file_names(judgement, ex, &req.file);
    // A workspace that cannot be written (a read-only directory, a store from a newer grind)
    // must not hide the verdict: say so and go on.
    let recorded = record(ctx, ex, &judgement, &source, req.record).unwrap_or_else(|e| {
        workspace::warn(ctx, &[format!("the attempt was not recorded: {e:#}")]);
        Vec::new()
    });
    if req.json {
        json::write(out, &json::judgement(&judgement, req.reveal))?;
        return Ok(exit_code(judgement.verdict));
    }
    check::render(
        out,
        ex,
        &judgement,
        ctx.style,
        &check::Show {
            reveal: req.reveal,
            failed_dir: save_failed(ex, tests, &judgement),
        },
    )?;
    if let Tests::Predict { explanation, .. } = tests {
        // The answer is shown after a pass, or with `grind solution --give-up`.
        if judgement.verdict == Verdict::Accepted {
            check::explanation(out, explanation, ctx.style)?;
        } else {
            check::predict_next(out, &ex.name, ctx.style)?;
        }
    }
    check::notes(out, &recorded, measured.as_ref(), ctx.style)?;
    Ok(exit_code(judgement.verdict))
}

/// A `module` test's traceback names the files of its run directory: show the user's module
/// as the file they edit, and the test files as the exercise names them.
fn user_file_names(mut j: Judgement, ex: &Exercise, file: &std::path::Path) -> Judgement {
    let Spec::Module(spec) = &ex.spec else {
        return j;
    };
    let shown = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let renames = [
        (
            format!("File \"{}.py\"", spec.name),
            format!("File \"{shown}\""),
        ),
        (
            "File \"tests_sample.py\"".into(),
            "File \"tests/sample.py\"".into(),
        ),
        (
            "File \"tests_hidden.py\"".into(),
            "File \"tests/hidden.py\"".into(),
        ),
    ];
    for t in &mut j.tests {
        if let Some(m) = &mut t.message {
            for (from, to) in &renames {
                *m = m.replace(from.as_str(), to);
            }
        }
    }
    j
}

/// Appends the attempt to the workspace's store; returns lines worth showing (first solve
/// time, mock countdown).
fn record(
    ctx: &Context,
    ex: &Exercise,
    j: &Judgement,
    source: &[u8],
    policy: Record,
) -> Result<Vec<String>> {
    match policy {
        Record::Never => {
            return Ok(vec![
                "not recorded: `--time-limit` replaced the exercise's limit".to_string(),
            ]);
        }
        Record::Edited if source == workspace::fresh_content(ex).as_slice() => {
            return Ok(Vec::new());
        }
        _ => {}
    }
    if j.cancelled {
        return Ok(Vec::new());
    }
    let now = ctx.clock().now();
    let digest = format!("{:016x}", fnv1a(source));
    let (lines, warnings) = ctx.store().update(|p| {
        let st = p.state(&ex.name).clone();
        if st.last_checked.as_deref() == Some(digest.as_str()) {
            return Ok(vec![
                "unchanged since the last check: not recorded again".to_string(),
            ]);
        }
        p.state(&ex.name).last_checked = Some(digest.clone());
        let after_give_up = st.gave_up_at.is_some();
        let first_solve = j.verdict == Verdict::Accepted && !after_give_up && !p.solved(&ex.name);
        let in_mock = p.mock.as_ref().is_some_and(|m| {
            m.ended_at.is_none() && m.exercises.contains(&ex.name) && now <= m.deadline
        });
        let elapsed = st.started_at.map(|s| now.saturating_sub(s));
        p.attempts.push(Attempt {
            exercise: ex.name.clone(),
            at: now,
            verdict: j.verdict.into(),
            passed: j.passed(),
            total: j.total(),
            elapsed_seconds: elapsed,
            hints_used: st.hints_used,
            mock: in_mock,
            after_give_up,
        });
        let mut lines = Vec::new();
        if first_solve {
            lines.push(check::solved_line(elapsed, ex.target_minutes));
        } else if j.verdict == Verdict::Accepted && after_give_up {
            lines.push(
                "passed after giving up: not counted as a solve (`grind reset` for a fresh try)"
                    .to_string(),
            );
        }
        lines.extend(stats::mock_countdown(p, now));
        Ok::<_, anyhow::Error>(lines)
    })?;
    workspace::warn(ctx, &warnings);
    Ok(lines)
}

/// `grind check --all`: every catalog exercise with a file in the workspace, judged in
/// parallel, one line each in catalog order.
fn check_all(ctx: &Context, mut options: Options, json: bool, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let work: Vec<_> = cat
        .exercises
        .iter()
        .filter_map(|ex| {
            std::fs::read(workspace::work_file(ex))
                .ok()
                .map(|src| (ex, src))
        })
        .collect();
    if work.is_empty() {
        return usage("no exercise files here: `grind start NAME` writes one");
    }
    // Exercises in parallel, one run at a time each.
    let workers = options.jobs;
    options.jobs = 1;
    ctx.python()?;
    let bar = report::bar::progress_bar(ctx.style, work.len());
    let mut worst = Verdict::Accepted;
    let mut failure = None;
    let mut judged = Vec::new();
    pool::in_order(
        work,
        workers,
        |(ex, source)| -> Result<(String, Option<Judgement>)> {
            let source = if ex.kind() == Kind::Predict {
                let answer = workspace::prediction(&source);
                if answer.trim_ascii().is_empty() {
                    return Ok((ex.name.clone(), None));
                }
                answer.to_vec()
            } else {
                source
            };
            let judge = ctx.judge(ex, options)?;
            let tests = ctx.tests(ex)?;
            let mut ex = ex.clone();
            calibrate::calibrate(&judge, &mut ex, &tests, ctx.cache_dir())?;
            let j = judge.judge(&ex, &tests, &source)?;
            record(ctx, &ex, &j, &source, Record::Edited)?;
            Ok((ex.name.clone(), Some(j)))
        },
        |result| {
            bar.inc(1);
            match result {
                Ok((name, Some(j))) => {
                    worst = worst.max(j.verdict);
                    if json {
                        judged.push(json::judgement(&j, false));
                    } else {
                        let _ = bar.suspend(|| check::summary_line(out, &name, &j, ctx.style));
                    }
                }
                Ok((name, None)) if !json => {
                    let _ = bar.suspend(|| check::not_attempted_line(out, &name, ctx.style));
                }
                Ok(_) => {}
                Err(e) => failure = failure.take().or(Some(e)),
            }
        },
    );
    bar.finish_and_clear();
    if let Some(e) = failure {
        return Err(e);
    }
    if json {
        json::write(
            out,
            &serde_json::json!({"verdict": worst.as_str(), "exercises": judged}),
        )?;
    }
    Ok(exit_code(worst))
}

/// Writes the first failing hidden test's full data to `.grind/failed/NAME/` (replacing what
/// an earlier check left there) for the user to open; the terminal shows it cut to the screen.
/// Where it was written, if anywhere.
fn save_failed(ex: &Exercise, tests: &Tests, j: &Judgement) -> Option<PathBuf> {
    let dir = workspace::in_workspace(".grind")
        .join("failed")
        .join(&ex.name);
    let _ = std::fs::remove_dir_all(&dir);
    let t = j
        .tests
        .iter()
        .find(|t| !t.sample && t.verdict != Verdict::Accepted)?;
    let files: Vec<(&str, Vec<u8>)> = match tests {
        Tests::Text(cases) => {
            let c = cases.iter().find(|c| c.name == t.name)?;
            vec![
                ("input.txt", c.input.to_vec()),
                ("expected.txt", c.answer.to_vec()),
                ("yours.txt", t.detail.actual.clone().into_bytes()),
            ]
        }
        Tests::Values(cases) => {
            let c = cases.iter().find(|c| c.name == t.name)?;
            vec![
                ("arguments.json", c.args.as_bytes().to_vec()),
                ("expected.json", c.expected.as_bytes().to_vec()),
                ("yours.json", t.detail.actual.clone().into_bytes()),
            ]
        }
        Tests::Sql(sql) => {
            let c = sql.cases.iter().find(|c| c.name == t.name)?;
            vec![
                ("schema.sql", sql.schema.clone().into_bytes()),
                ("data.sql", c.data.clone().into_bytes()),
                ("yours.txt", t.detail.actual.clone().into_bytes()),
            ]
        }
        // A module test's name and message (in test.txt) are what there is to show.
        Tests::Module(_) => Vec::new(),
        Tests::Predict { .. } => return None,
    };
    std::fs::create_dir_all(&dir).ok()?;
    let about = format!(
        "{} {}\n{}\n",
        t.name,
        t.verdict.label(),
        t.message.as_deref().unwrap_or_default()
    );
    std::fs::write(dir.join("test.txt"), about).ok()?;
    for (name, data) in files {
        std::fs::write(dir.join(name), data).ok()?;
    }
    Some(dir)
}

/// Tracebacks and messages name the user's file (`two-sum.py`, line 5), not the copy the
/// judge ran (`solution.py`), so editors can jump to it.
fn name_the_file(j: &mut Judgement, name: &str) {
    let fix = |s: &mut String| {
        if s.contains("solution.py") {
            *s = s
                .replace("\"solution.py\"", &format!("\"{name}\""))
                .replace("solution.py defines", &format!("{name} defines"));
        }
    };
    if let Some(m) = &mut j.compile_message {
        fix(m);
    }
    for t in &mut j.tests {
        if let Some(m) = &mut t.message {
            fix(m);
        }
        fix(&mut t.detail.log);
    }
}

/// FNV-1a, 64 bits: a stable fingerprint of a checked file (not a security measure).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
