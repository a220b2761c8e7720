//! The record protocol of the channel (fd 3): one JSON object per line, written by
//! `batch.py` and `harness.py`, read here into typed records.
//!
//! | `e` | from | fields |
//! |---|---|---|
//! | `loading`, `loaded` | harness | (around loading the solution) |
//! | `load_error` | harness | `type`, `message` |
//! | `start` | both | `i`: the case index |
//! | `result` | harness | `i`, `ok`, `value` or `kind` (`exception`, `unsupported`) with `type`, `message`; `wall_ms`, `cpu_ms`, `peak_kib`, `stdout` |
//! | `result` | batch | `i`, `code` or `signal`; `wall_ms`, `cpu_ms`, `peak_kib` |
//!
//! NOTE: the solution runs in the process that writes the channel, so records are hostile
//! input. Parsing is lenient the way a judge must be: a line that is not a record is skipped,
//! a field of the wrong type reads as absent, and times are clamped to what a `Duration`
//! holds.

use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// An exception the solution raised, as the harness describes it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Raised {
    #[serde(default, rename = "type", deserialize_with = "lenient")]
    pub type_name: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub message: Option<String>,
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

/// What one case used, as measured inside the sandbox.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Usage {
    pub wall: Duration,
    pub cpu: Duration,
    /// Peak resident memory in bytes.
    pub peak_memory: u64,
}

impl Usage {
    fn new(wall_ms: f64, cpu_ms: f64, peak_kib: u64) -> Self {
        Self {
            wall: millis(wall_ms),
            cpu: millis(cpu_ms),
            peak_memory: peak_kib.saturating_mul(1024),
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
    wall_ms: f64,
    #[serde(default, deserialize_with = "lenient")]
    cpu_ms: f64,
    #[serde(default, deserialize_with = "lenient")]
    peak_kib: u64,
    /// What the solution printed during the call.
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
        }
    }

    pub fn usage(&self) -> Usage {
        Usage::new(self.wall_ms, self.cpu_ms, self.peak_kib)
    }
}

/// A record of the function harness.
#[derive(Debug, Clone, PartialEq)]
pub enum HarnessRecord {
    Loading,
    Loaded,
    LoadError(Raised),
    /// A case starts; a record without a readable index clears the one in flight.
    Start(Option<usize>),
    Result(CallResult),
}

/// How one stdio case's child process ended, as the batch runner saw it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CaseResult {
    #[serde(rename = "i")]
    pub index: usize,
    /// Exit code (`0` when neither this nor `signal` is there).
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<i32>,
    #[serde(default, deserialize_with = "lenient")]
    pub signal: Option<i32>,
    #[serde(default, deserialize_with = "lenient")]
    wall_ms: f64,
    #[serde(default, deserialize_with = "lenient")]
    cpu_ms: f64,
    #[serde(default, deserialize_with = "lenient")]
    peak_kib: u64,
}

impl CaseResult {
    pub fn usage(&self) -> Usage {
        Usage::new(self.wall_ms, self.cpu_ms, self.peak_kib)
    }
}

/// A record of the stdio batch runner.
#[derive(Debug, Clone, PartialEq)]
pub enum BatchRecord {
    Start(usize),
    Result(CaseResult),
}

/// Reads the harness's records from the channel's bytes.
pub fn harness_records(channel: &[u8]) -> Vec<HarnessRecord> {
    lines(channel)
        .filter_map(|(e, v)| match e.as_str() {
            "loading" => Some(HarnessRecord::Loading),
            "loaded" => Some(HarnessRecord::Loaded),
            "load_error" => Some(HarnessRecord::LoadError(
                serde_json::from_value(v).unwrap_or_default(),
            )),
            "start" => Some(HarnessRecord::Start(index(&v))),
            "result" => serde_json::from_value(v).ok().map(HarnessRecord::Result),
            _ => None,
        })
        .collect()
}

/// Reads the batch runner's records from the channel's bytes.
pub fn batch_records(channel: &[u8]) -> Vec<BatchRecord> {
    lines(channel)
        .filter_map(|(e, v)| match e.as_str() {
            "start" => index(&v).map(BatchRecord::Start),
            "result" => serde_json::from_value(v).ok().map(BatchRecord::Result),
            _ => None,
        })
        .collect()
}

/// Every line that is a JSON object with a string `e`, as (`e`, the object).
fn lines(channel: &[u8]) -> impl Iterator<Item = (String, Value)> + '_ {
    channel.split(|&b| b == b'\n').filter_map(|line| {
        let v: Value = serde_json::from_slice(line).ok()?;
        let e = v.get("e")?.as_str()?.to_string();
        Some((e, v))
    })
}

fn index(v: &Value) -> Option<usize> {
    v.get("i")
        .and_then(Value::as_u64)
        .and_then(|i| usize::try_from(i).ok())
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

/// Milliseconds as a duration: negative and non-numbers read as zero, too large as the most a
/// duration holds.
fn millis(ms: f64) -> Duration {
    Duration::try_from_secs_f64(ms.max(0.0) / 1000.0).unwrap_or(Duration::MAX)
}

#[cfg(test)]
mod tests;
