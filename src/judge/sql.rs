//! Judging `sql` exercises through the SQL runner (`src/python/sql_runner.py`).
//!
//! Every run is one sandboxed interpreter with a fresh in-memory `SQLite` database: the job
//! (schema, the case's data, the user's query, the exercise's `check` query) comes on stdin,
//! and the runner answers with exactly one frame, the rows or `SQLite`'s error ([`OneQuery`]
//! refuses anything else). First the query runs against the empty schema: an error `SQLite`
//! reports while compiling it is a compile error. Then each case runs in parallel (`-j`),
//! reported in case order; the expected rows never enter the sandbox: the rows come back and
//! `checker::check_rows` compares them here, through `decide::sql_case`.

use std::time::{Duration, Instant};

use serde_json::json;

use super::decide::{self, Reported, SqlEnd};
use super::judgement::{Detail, TestResult, chain, clip};
use super::launcher::{Launcher, Warm};
use super::mark::budget;
use crate::catalog::{SqlCase, SqlSpec, SqlTests};
use crate::checker::{Rows, SqlValue, tables};
use crate::limits::Limits;
use crate::pool;
use crate::python::Script;
use crate::python::records::{SqlRecord, sql_record};
use crate::sandbox::{Layers, Observer, Outcome, Reply, RunDir};

/// The observer of one run: exactly one `result` or `error` frame.
struct OneQuery {
    ended: Option<SqlEnd>,
    refused: Option<String>,
}

impl Observer for OneQuery {
    fn frame(&mut self, payload: &[u8], _cpu: Option<Duration>) -> Reply {
        if self.ended.is_some() {
            self.refused = Some("a second record".into());
            return Reply::Refuse;
        }
        let end = match sql_record(payload) {
            Ok(SqlRecord::Result { columns, rows }) => rows
                .iter()
                .map(|r| r.iter().map(SqlValue::from_json).collect())
                .collect::<Result<Vec<Vec<SqlValue>>, String>>()
                .map(|rows| SqlEnd::Rows(Rows { columns, rows })),
            Ok(SqlRecord::Error { stage, message }) => Ok(SqlEnd::Error(stage, message)),
            Err(e) => Err(e.to_string()),
        };
        match end {
            Ok(end) => {
                self.ended = Some(end);
                Reply::Stop
            }
            Err(why) => {
                self.refused = Some(why);
                Reply::Refuse
            }
        }
    }
}

/// Runs the query once on `data`; the outcome (its CPU time measured outside) and the record.
fn run_query(
    launcher: &Launcher<'_>,
    spec: &SqlSpec,
    schema: &str,
    data: &str,
    query: &[u8],
    limits: Limits,
) -> Result<(Outcome, OneQuery), String> {
    let job = json!({
        "schema": schema,
        "data": data,
        "query": String::from_utf8_lossy(query),
        "check": spec.check,
    })
    .to_string();
    let dir =
        RunDir::new(&launcher.python.script_files(Script::SqlRunner)).map_err(|e| chain(&e))?;
    let mut observer = OneQuery {
        ended: None,
        refused: None,
    };
    let run_limits = Limits {
        cpu: budget(&limits),
        ..limits
    };
    let mut out = launcher
        .run_warm(
            &dir,
            Script::SqlRunner,
            job.as_bytes(),
            run_limits,
            &mut Warm {
                observer: &mut observer,
                cgroup: Launcher::warm(),
                max_frame: usize::try_from(limits.output).unwrap_or(usize::MAX) + 64 * 1024,
                load_budget: budget(&limits),
            },
        )
        .map_err(|e| chain(&e))?;
    out.cpu = out.tree_cpu.unwrap_or(out.cpu);
    Ok((out, observer))
}

fn reported(q: &OneQuery) -> Reported<'_, SqlEnd> {
    match (&q.ended, &q.refused) {
        (Some(e), _) => Reported::Record(e),
        (None, Some(why)) => Reported::Refused(Some(why.as_str())),
        (None, None) => Reported::Nothing,
    }
}

/// The compile check: the query against the empty schema. `Some(message)` when `SQLite`
/// could not compile it; `None` otherwise (a run-time error there is left to the cases). Also
/// the protection layers the run got.
pub fn compile_check(
    launcher: &Launcher<'_>,
    spec: &SqlSpec,
    schema: &str,
    query: &[u8],
    limits: Limits,
) -> Result<(Option<String>, Layers), String> {
    let (out, q) = run_query(launcher, spec, schema, "", query, limits)?;
    Ok((decide::sql_compile(&reported(&q)), out.layers))
}

/// Judges every case; `None` marks cases skipped after an early stop.
pub fn judge(
    launcher: &Launcher<'_>,
    spec: &SqlSpec,
    tests: &SqlTests,
    query: &[u8],
    limits: Limits,
) -> Vec<Option<TestResult>> {
    let mut results = Vec::with_capacity(tests.cases.len());
    pool::in_order(
        tests.cases.iter().enumerate().collect(),
        launcher.options.jobs,
        |(i, case)| {
            if launcher.skips(i) {
                return None;
            }
            let r = run_case(launcher, spec, &tests.schema, case, query, limits);
            launcher.decided(i, &r);
            Some(r)
        },
        |r| results.push(r),
    );
    results
}

fn run_case(
    launcher: &Launcher<'_>,
    spec: &SqlSpec,
    schema: &str,
    case: &SqlCase,
    query: &[u8],
    limits: Limits,
) -> TestResult {
    let started = Instant::now();
    let mut result = TestResult::pending(
        &case.name,
        case.sample,
        Detail {
            input: clip(case.data.as_bytes()),
            ..Detail::default()
        },
    );
    let (out, q) = match run_query(launcher, spec, schema, &case.data, query, limits) {
        Ok(r) => r,
        Err(e) => {
            result.message = Some(format!("could not run the query: {e}"));
            return result;
        }
    };
    result.time = out.cpu;
    result.wall = out.wall.min(started.elapsed());
    result.peak_memory = out.peak_memory;
    result.detail.log = clip(&out.stderr);
    let end = reported(&q);
    let d = decide::sql_case(&out, &end, &case.expected, &spec.checker, &limits);
    if d.verdict == crate::verdict::Verdict::WrongAnswer
        && let Reported::Record(SqlEnd::Rows(rows)) = end
    {
        let (expected, actual) = tables(&case.expected, rows, &spec.checker);
        result.detail.expected = expected;
        result.detail.actual = actual;
    }
    result.decided(d)
}
