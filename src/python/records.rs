//! The channel's record protocol: frames written by `channel.py` (for `harness.py` and
//! `batch.py`), read here into typed records.
//!
//! A frame is `<length>\n` in ASCII digits and then that many bytes: a JSON object on one line
//! (the record), followed by any raw bytes the record announces. The sandbox splits the
//! channel into frames (`sandbox::pump`); this module reads one frame at a time.
//!
//! | `e` | from | fields |
//! |---|---|---|
//! | `ready` | both | (the solution is loaded / compiled; cases may start) |
//! | `load_error` | harness | `type`, `message`, `traceback` |
//! | `unprotected` | batch | `why`: the runner cannot isolate its cases from itself |
//! | `result` | harness | `i`, `ok`, `value` or `kind` (`exception`, `unsupported`) with `type`, `message`, `traceback`; `peak_kib`, `stdout` |
//! | `result` | batch | `i`, `code` or `signal`, `peak_kib`, `out`, `err` (byte counts of the raw tail), `out_size`, `disk_full` |
//! | `tests` | module runner | `names`: the tests of a file (the `collect` job) |
//! | `loading`, `start`, `missing` | module runner | (importing the tests / running the test / no such test) |
//! | `result` | module runner | `outcome` (`pass`, `fail`, `error`), `stage` (`import`), `type`, `message`, `traceback` |
//! | `ready`, `unprotected` | module fork runner | as the batch runner's |
//! | `result` | module fork runner | `i`, `code` or `signal`, `peak_kib`, `out`, `err`, `rep` (byte counts of the raw tail: the test's stdout, stderr, and its report, the module runner's frames as its child wrote them), `out_size`, `rep_size`, `disk_full` |
//! | `result` | SQL runner | `columns` (strings), `rows` (lists of values) |
//! | `error` | SQL runner | `stage` (`prepare`, `run`, `statements`, `setup`), `message` |
//!
//! NOTE: the solution runs in the process that writes the harness's channel, so records are
//! hostile input. A frame that is not one of these records is an error the judge reports
//! against the case in flight ([`ProtocolError`]); a field of the wrong type reads as
//! absent. Times are never taken from records: the judge measures them outside the sandbox.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// Why a frame is not a record the judge expects.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    #[error("a frame that is not a JSON record")]
    NotARecord,
    #[error("a record of unknown kind `{0}`")]
    UnknownKind(String),
    #[error("a `{0}` record with missing or malformed fields")]
    Malformed(&'static str),
    #[error("output bytes that do not match the record's counts")]
    Tail,
}

/// An exception the solution raised, as the harness describes it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Raised {
    #[serde(default, rename = "type", deserialize_with = "lenient")]
    pub type_name: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub message: Option<String>,
    /// The traceback through the solution's own lines (`File "solution.py", line 5, ...`).
    #[serde(default, deserialize_with = "lenient")]
    pub traceback: Option<String>,
}

impl Raised {
    /// `KeyError: 1`, or the type alone when the message is empty.
    pub fn text(&self) -> String {
        let ty = self.type_name.as_deref().unwrap_or("Exception");
        match self.message.as_deref() {
            None | Some("") => ty.to_string(),
            Some(msg) => format!("{ty}: {msg}"),
        }
    }
}

/// How the harness's call of the solution for one case went.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CallResult {
    #[serde(rename = "i")]
    pub index: usize,
    /// The call returned a value the harness could serialise.
    #[serde(default, deserialize_with = "lenient")]
    pub ok: bool,
    /// The returned value, in the exercise's encoding.
    #[serde(default)]
    pub value: Value,
    /// Why it failed when not `ok`: `unsupported` (a value of a type that cannot be returned)
    /// or `exception`.
    #[serde(default, deserialize_with = "lenient")]
    kind: Option<String>,
    #[serde(default, rename = "type", deserialize_with = "lenient")]
    type_name: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    message: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    traceback: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    peak_kib: u64,
    /// What the solution printed during the call (its start).
    #[serde(default, deserialize_with = "lenient")]
    pub stdout: String,
}

impl CallResult {
    /// The call returned a value the harness refused (a rigged subclass, a cycle, ...).
    pub fn unsupported(&self) -> bool {
        self.kind.as_deref() == Some("unsupported")
    }

    /// Why the harness refused the value (when [`CallResult::unsupported`]).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The exception the call raised (when neither `ok` nor unsupported).
    pub fn raised(&self) -> Raised {
        Raised {
            type_name: self.type_name.clone(),
            message: self.message.clone(),
            traceback: self.traceback.clone(),
        }
    }

    /// Peak resident memory of the interpreter so far, in bytes (as the harness read it:
    /// informative only; the memory limit itself is the kernel's).
    pub fn peak_memory(&self) -> u64 {
        self.peak_kib.saturating_mul(1024)
    }
}

/// A record of the function harness.
#[derive(Debug, Clone, PartialEq)]
pub enum HarnessRecord {
    Ready,
    /// The solution does not compile: the syntax error as Python prints it.
    CompileError(String),
    LoadError(Raised),
    Result(CallResult),
}

/// The head of a batch `result` record; the output bytes follow it in the frame.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct CaseHead {
    #[serde(rename = "i")]
    index: usize,
    #[serde(default, deserialize_with = "lenient")]
    code: Option<i32>,
    #[serde(default, deserialize_with = "lenient")]
    signal: Option<i32>,
    #[serde(default, deserialize_with = "lenient")]
    peak_kib: u64,
    out: usize,
    err: usize,
    #[serde(default, deserialize_with = "lenient")]
    out_size: u64,
    #[serde(default, deserialize_with = "lenient")]
    disk_full: bool,
}

/// How one stdio case's child process ended, as the batch runner saw it, and what it wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseResult {
    pub index: usize,
    /// Exit code (`0` when neither this nor `signal` is there).
    pub code: Option<i32>,
    pub signal: Option<i32>,
    /// Peak resident memory of the case's process, in bytes.
    pub peak_memory: u64,
    /// Its stdout (at most the output limit and one byte) and stderr (at most a fixed cap).
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The full size of what it wrote to stdout (more than `stdout.len()` when capped).
    pub stdout_size: u64,
    /// The run directory's filesystem was full when the case ended.
    pub disk_full: bool,
}

/// A record of the stdio batch runner.
#[derive(Debug, Clone, PartialEq)]
pub enum BatchRecord {
    Ready,
    /// The solution does not compile: the syntax error as Python prints it.
    CompileError(String),
    /// The runner cannot keep its cases away from itself here: judge the classic way.
    Unprotected(String),
    Result(CaseResult),
}

/// How one test of a `module` exercise ended, as the runner saw it.
#[derive(Debug, Clone, PartialEq)]
pub enum TestOutcome {
    /// The test returned.
    Pass,
    /// An `AssertionError`: the message says what was expected.
    Fail(Raised),
    /// Any other exception, in the test or while importing (`import`).
    Error { raised: Raised, import: bool },
}

/// A record of the module runner.
#[derive(Debug, Clone, PartialEq)]
pub enum ModuleRecord {
    /// The names a `collect` job found.
    Tests(Vec<String>),
    Loading,
    Start,
    /// The test file has no such test.
    Missing,
    Result(TestOutcome),
}

/// The head of a module fork runner's `result` record; the bytes follow it in the frame.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct ForkHead {
    #[serde(rename = "i")]
    index: usize,
    #[serde(default, deserialize_with = "lenient")]
    code: Option<i32>,
    #[serde(default, deserialize_with = "lenient")]
    signal: Option<i32>,
    #[serde(default, deserialize_with = "lenient")]
    peak_kib: u64,
    out: usize,
    err: usize,
    rep: usize,
    #[serde(default, deserialize_with = "lenient")]
    out_size: u64,
    #[serde(default, deserialize_with = "lenient")]
    rep_size: u64,
    #[serde(default, deserialize_with = "lenient")]
    disk_full: bool,
}

/// How one `module` test's child ended, as the fork runner saw it, and what it wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct ForkedTest {
    pub index: usize,
    /// Exit code (`0` when neither this nor `signal` is there).
    pub code: Option<i32>,
    pub signal: Option<i32>,
    /// Peak resident memory of the test's process, in bytes.
    pub peak_memory: u64,
    /// Its stdout (at most the output limit and one byte) and stderr (at most a fixed cap).
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Its report: the frames the child wrote (at most a fixed cap). Hostile: the test's own
    /// code could write anything there.
    pub report: Vec<u8>,
    /// The full size of what it wrote to stdout (more than `stdout.len()` when capped).
    pub stdout_size: u64,
    /// The full size of its report (more than `report.len()` when capped).
    pub report_size: u64,
    /// The run directory's filesystem was full when the test ended.
    pub disk_full: bool,
}

/// A record of the module fork runner.
#[derive(Debug, Clone, PartialEq)]
pub enum ForkRecord {
    Ready,
    /// The solution does not compile: the syntax error as Python prints it.
    CompileError(String),
    /// The runner cannot keep its tests away from itself here: judge the classic way.
    Unprotected(String),
    Result(ForkedTest),
}

/// Reads one frame of the module fork runner.
pub fn fork_record(frame: &[u8]) -> Result<ForkRecord, ProtocolError> {
    let (e, v, tail) = split(frame)?;
    match e.as_str() {
        "ready" if tail.is_empty() => Ok(ForkRecord::Ready),
        "compile_error" => compile_message(&v).map(ForkRecord::CompileError),
        "unprotected" if tail.is_empty() => Ok(ForkRecord::Unprotected(
            v.get("why")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
        )),
        "result" => {
            let head: ForkHead =
                serde_json::from_value(v).map_err(|_| ProtocolError::Malformed("result"))?;
            let counted = head
                .out
                .checked_add(head.err)
                .and_then(|n| n.checked_add(head.rep));
            if counted != Some(tail.len()) {
                return Err(ProtocolError::Tail);
            }
            let (out, rest) = tail.split_at(head.out);
            let (err, rep) = rest.split_at(head.err);
            Ok(ForkRecord::Result(ForkedTest {
                index: head.index,
                code: head.code,
                signal: head.signal,
                peak_memory: head.peak_kib.saturating_mul(1024),
                stdout: out.to_vec(),
                stderr: err.to_vec(),
                report: rep.to_vec(),
                stdout_size: head.out_size.max(out.len() as u64),
                report_size: head.rep_size.max(rep.len() as u64),
                disk_full: head.disk_full,
            }))
        }
        "ready" | "unprotected" => Err(ProtocolError::Tail),
        _ => Err(ProtocolError::UnknownKind(e)),
    }
}

/// Reads one frame of the module runner.
pub fn module_record(frame: &[u8]) -> Result<ModuleRecord, ProtocolError> {
    let (e, v, tail) = split(frame)?;
    if !tail.is_empty() {
        return Err(ProtocolError::Tail);
    }
    match e.as_str() {
        "tests" => v
            .get("names")
            .and_then(Value::as_array)
            .and_then(|a| a.iter().map(|n| n.as_str().map(str::to_string)).collect())
            .map(ModuleRecord::Tests)
            .ok_or(ProtocolError::Malformed("tests")),
        "loading" => Ok(ModuleRecord::Loading),
        "start" => Ok(ModuleRecord::Start),
        "missing" => Ok(ModuleRecord::Missing),
        "result" => {
            let raised: Raised = serde_json::from_value(v.clone()).unwrap_or_default();
            let import = v.get("stage").and_then(Value::as_str) == Some("import");
            match v.get("outcome").and_then(Value::as_str) {
                Some("pass") if !import => Ok(ModuleRecord::Result(TestOutcome::Pass)),
                Some("fail") if !import => Ok(ModuleRecord::Result(TestOutcome::Fail(raised))),
                Some("error") => Ok(ModuleRecord::Result(TestOutcome::Error { raised, import })),
                _ => Err(ProtocolError::Malformed("result")),
            }
        }
        _ => Err(ProtocolError::UnknownKind(e)),
    }
}

/// Where the SQL runner met an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SqlStage {
    /// `SQLite` could not compile a statement (syntax, unknown table, column or function).
    Prepare,
    /// A statement failed while it ran (a constraint, an overflow).
    Run,
    /// The text holds no statement, or its last statement returns no rows.
    Statements,
    /// The exercise's own schema or data failed.
    Setup,
}

/// A record of the SQL runner.
#[derive(Debug, Clone, PartialEq)]
pub enum SqlRecord {
    /// The rows: column names, and values as the runner encodes them (see `checker::SqlValue`).
    Result {
        columns: Vec<String>,
        rows: Vec<Vec<Value>>,
    },
    Error {
        stage: SqlStage,
        message: String,
    },
}

/// Reads one frame of the SQL runner.
pub fn sql_record(frame: &[u8]) -> Result<SqlRecord, ProtocolError> {
    let (e, v, tail) = split(frame)?;
    if !tail.is_empty() {
        return Err(ProtocolError::Tail);
    }
    match e.as_str() {
        "result" => {
            let columns: Option<Vec<String>> = v
                .get("columns")
                .and_then(Value::as_array)
                .and_then(|a| a.iter().map(|c| c.as_str().map(str::to_string)).collect());
            let rows: Option<Vec<Vec<Value>>> = v
                .get("rows")
                .and_then(Value::as_array)
                .and_then(|a| a.iter().map(|r| r.as_array().cloned()).collect());
            match (columns, rows) {
                (Some(columns), Some(rows)) => Ok(SqlRecord::Result { columns, rows }),
                _ => Err(ProtocolError::Malformed("result")),
            }
        }
        "error" => {
            let stage = match v.get("stage").and_then(Value::as_str) {
                Some("prepare") => SqlStage::Prepare,
                Some("run") => SqlStage::Run,
                Some("statements") => SqlStage::Statements,
                Some("setup") => SqlStage::Setup,
                _ => return Err(ProtocolError::Malformed("error")),
            };
            let message = v
                .get("message")
                .and_then(Value::as_str)
                .ok_or(ProtocolError::Malformed("error"))?
                .to_string();
            Ok(SqlRecord::Error { stage, message })
        }
        _ => Err(ProtocolError::UnknownKind(e)),
    }
}

/// Reads one frame of the harness.
pub fn harness_record(frame: &[u8]) -> Result<HarnessRecord, ProtocolError> {
    let (e, v, _) = split(frame)?;
    match e.as_str() {
        "ready" => Ok(HarnessRecord::Ready),
        "compile_error" => compile_message(&v).map(HarnessRecord::CompileError),
        "load_error" => Ok(HarnessRecord::LoadError(
            serde_json::from_value(v).unwrap_or_default(),
        )),
        "result" => serde_json::from_value(v)
            .map(HarnessRecord::Result)
            .map_err(|_| ProtocolError::Malformed("result")),
        _ => Err(ProtocolError::UnknownKind(e)),
    }
}

/// Reads one frame of the batch runner.
pub fn batch_record(frame: &[u8]) -> Result<BatchRecord, ProtocolError> {
    let (e, v, tail) = split(frame)?;
    match e.as_str() {
        "ready" => Ok(BatchRecord::Ready),
        "compile_error" => compile_message(&v).map(BatchRecord::CompileError),
        "unprotected" => Ok(BatchRecord::Unprotected(
            v.get("why")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
        )),
        "result" => {
            let head: CaseHead =
                serde_json::from_value(v).map_err(|_| ProtocolError::Malformed("result"))?;
            if head.out.checked_add(head.err) != Some(tail.len()) {
                return Err(ProtocolError::Tail);
            }
            let (out, err) = tail.split_at(head.out);
            Ok(BatchRecord::Result(CaseResult {
                index: head.index,
                code: head.code,
                signal: head.signal,
                peak_memory: head.peak_kib.saturating_mul(1024),
                stdout: out.to_vec(),
                stderr: err.to_vec(),
                stdout_size: head.out_size.max(out.len() as u64),
                disk_full: head.disk_full,
            }))
        }
        _ => Err(ProtocolError::UnknownKind(e)),
    }
}

/// The message of a `compile_error` record.
fn compile_message(v: &Value) -> Result<String, ProtocolError> {
    v.get("message")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or(ProtocolError::Malformed("compile_error"))
}

/// A frame's record (`e` and the object) and the raw bytes after its line.
fn split(frame: &[u8]) -> Result<(String, Value, &[u8]), ProtocolError> {
    let nl = frame
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(frame.len());
    let v: Value = serde_json::from_slice(&frame[..nl]).map_err(|_| ProtocolError::NotARecord)?;
    let e = v
        .get("e")
        .and_then(Value::as_str)
        .ok_or(ProtocolError::NotARecord)?
        .to_string();
    Ok((e, v, frame.get(nl + 1..).unwrap_or_default()))
}

/// A field that reads as its default when it has the wrong type.
fn lenient<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    let v = Value::deserialize(d)?;
    Ok(serde_json::from_value(v).unwrap_or_default())
}

#[cfg(test)]
mod tests;
