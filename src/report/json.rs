//! JSON renderings: the `grind check --json` contract and `grind list --json`.

use std::io::{self, Write};

use serde_json::{Value, json};

use crate::catalog::Exercise;
use crate::judge::Judgement;
use crate::verdict::Verdict;

/// The `--json` object of `grind check`: `exercise`, `verdict`, `tests` (each with `name`,
/// `verdict`, `time_ms`), plus counts and limits. Messages and data of hidden tests are
/// included only with `reveal`.
pub fn judgement(j: &Judgement, reveal: bool) -> Value {
    let tests: Vec<Value> = j
        .tests
        .iter()
        .map(|t| {
            let mut o = json!({
                "name": t.name,
                "verdict": t.verdict.as_str(),
                "time_ms": t.time.as_millis(),
                "wall_ms": t.wall.as_millis(),
                "memory_bytes": t.peak_memory,
                "sample": t.sample,
            });
            if (t.sample || reveal)
                && let Some(m) = &t.message
            {
                o["message"] = json!(m);
            }
            if reveal || (t.sample && t.verdict != Verdict::Accepted) {
                o["input"] = json!(t.detail.input);
                o["expected"] = json!(t.detail.expected);
                o["output"] = json!(t.detail.actual);
            }
            o
        })
        .collect();
    let mut o = json!({
        "exercise": j.exercise,
        "verdict": j.verdict.as_str(),
        "passed": j.passed(),
        "total": j.total(),
        "skipped": j.skipped,
        "time_limit_ms": j.limits.cpu.as_millis(),
        "memory_limit_bytes": j.limits.memory,
        "tests": tests,
    });
    if let Some(m) = &j.compile_message {
        o["compile_error"] = json!(m);
    }
    if let Some(l) = &j.layers {
        o["sandbox"] = json!(l);
    }
    o
}

/// One exercise as listed by `grind list --json`.
pub fn exercise(ex: &Exercise) -> Value {
    json!({
        "name": ex.name,
        "title": ex.title,
        "kind": ex.kind().as_str(),
        "difficulty": ex.difficulty.map(crate::catalog::Difficulty::as_str),
        "topics": ex.topics,
        "target_minutes": ex.target_minutes,
    })
}

/// Writes a value as one line of JSON.
pub fn write(out: &mut dyn Write, v: &Value) -> io::Result<()> {
    writeln!(out, "{v}")
}
