//! The record protocol, both ends: the parser on hand-written lines, and the real `batch.py`
//! and `harness.py` (run with the local interpreter, outside the sandbox) read by the parser.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use serde_json::json;

use super::*;
use crate::python::{ISOLATION_FLAGS, Python, Script};

#[test]
fn lines_that_are_not_records_are_skipped() {
    let channel = b"not json\n{\"e\":\"loading\"}\n[1]\n{\"x\":1}\n{\"e\":5}\n{\"e\":\"loaded\"}\n\
{\"e\":\"start\",\"i\":\"two\"}\n{\"e\":\"result\",\"ok\":true}\n{\"e\":\"start\",\"i\":2}\n";
    assert_eq!(
        harness_records(channel),
        [
            HarnessRecord::Loading,
            HarnessRecord::Loaded,
            HarnessRecord::Start(None),
            HarnessRecord::Start(Some(2)),
        ],
        "a result without an index is no record; a start without one clears the case in flight"
    );
    assert_eq!(
        batch_records(b"{\"e\":\"start\",\"i\":-1}\n{\"e\":\"start\",\"i\":3}\n{\"e\":\"bogus\"}"),
        [BatchRecord::Start(3)]
    );
}

#[test]
fn fields_of_the_wrong_type_read_as_absent() {
    let rows: &[(&str, CallResult, &str)] = &[
        (
            r#"{"e":"result","i":0,"ok":"yes","value":[1,2],"cpu_ms":"fast","peak_kib":-3,"stdout":7}"#,
            call(0, false, json!([1, 2]), Usage::default()),
            "wrong types",
        ),
        (
            r#"{"e":"result","i":1,"ok":true,"value":123456789012345678901234567890,"wall_ms":2.5,"cpu_ms":1.5,"peak_kib":10}"#,
            call(
                1,
                true,
                serde_json::from_str("123456789012345678901234567890").unwrap(),
                Usage {
                    wall: Duration::from_micros(2500),
                    cpu: Duration::from_micros(1500),
                    peak_memory: 10 * 1024,
                },
            ),
            "a big integer stays exact",
        ),
        (
            r#"{"e":"result","i":2,"cpu_ms":1e400,"wall_ms":-5}"#,
            call(
                2,
                false,
                serde_json::Value::Null,
                Usage {
                    wall: Duration::ZERO,
                    cpu: Duration::MAX,
                    peak_memory: 0,
                },
            ),
            "times out of range are clamped, not a panic",
        ),
    ];
    for (line, want, msg) in rows {
        let got = harness_records(line.as_bytes());
        let [HarnessRecord::Result(r)] = got.as_slice() else {
            panic!("{msg}: {got:?}");
        };
        assert_eq!(
            (r.index, r.ok, &r.value, r.usage()),
            (want.index, want.ok, &want.value, want.usage()),
            "{msg}"
        );
    }
}

fn call(index: usize, ok: bool, value: serde_json::Value, usage: Usage) -> CallResult {
    let mut r: CallResult = serde_json::from_value(json!({"i": index, "ok": ok})).unwrap();
    r.value = value;
    r.wall_ms = usage.wall.as_secs_f64() * 1000.0;
    r.cpu_ms = if usage.cpu == Duration::MAX {
        f64::INFINITY
    } else {
        usage.cpu.as_secs_f64() * 1000.0
    };
    r.peak_kib = usage.peak_memory / 1024;
    r
}

#[test]
fn raised_text() {
    let r = |t: Option<&str>, m: Option<&str>| Raised {
        type_name: t.map(str::to_string),
        message: m.map(str::to_string),
    };
    assert_eq!(r(Some("KeyError"), Some("1")).text(), "KeyError: 1");
    assert_eq!(r(Some("StopIteration"), Some("")).text(), "StopIteration");
    assert_eq!(r(None, None).text(), "Exception");
}

/// Runs `script` on `solution` in a fresh directory with the local interpreter, the channel
/// (fd 3) going to a file; returns the channel's bytes and the directory.
fn run(script: Script, solution: &str, stdin: &[u8]) -> (Vec<u8>, tempfile::TempDir) {
    let python = Python::resolve("python3").expect("python3 for the protocol tests");
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in script.files(solution.as_bytes()) {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"exec "$@" 3>channel"#)
        .arg("sh")
        .arg(&python.executable)
        .args(ISOLATION_FLAGS)
        .arg(script.file_name())
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), stdin).unwrap();
    child.wait().unwrap();
    let channel = std::fs::read(dir.path().join("channel")).unwrap();
    (channel, dir)
}

fn job(header: &serde_json::Value, lines: &[serde_json::Value]) -> Vec<u8> {
    let mut stdin = serde_json::to_vec(header).unwrap();
    for l in lines {
        stdin.push(b'\n');
        stdin.extend(serde_json::to_vec(l).unwrap());
    }
    stdin
}

#[test]
fn the_harness_and_the_parser_agree() {
    let solution = "\
def rev(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    if k == 0:
        return {1: 2}
    if k == 1:
        raise KeyError(k)
    print('k is', k)
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev
";
    let header = json!({"entry": "rev", "design": false, "params": ["list_node", "any"],
                        "returns": "list_node", "start": 5, "count": 3});
    let stdin = job(
        &header,
        &[json!([[1, 2, 3], 2]), json!([[], 1]), json!([[4], 0])],
    );
    let (channel, _dir) = run(Script::Harness, solution, &stdin);
    let records = harness_records(&channel);
    assert_eq!(
        records[..2],
        [HarnessRecord::Loading, HarnessRecord::Loaded]
    );
    let results: Vec<&CallResult> = records
        .iter()
        .filter_map(|r| match r {
            HarnessRecord::Result(c) => Some(c),
            _ => None,
        })
        .collect();
    assert_eq!(
        records.len(),
        2 + 2 * 3,
        "a start and a result per case: {records:?}"
    );
    assert_eq!(
        records[2],
        HarnessRecord::Start(Some(5)),
        "indices start at `start`"
    );
    let [reversed, raised, unsupported] = results.as_slice() else {
        panic!("{records:?}");
    };
    assert_eq!(
        (
            reversed.index,
            reversed.ok,
            &reversed.value,
            reversed.stdout.as_str()
        ),
        (5, true, &json!([3, 2, 1]), "k is 2\n"),
        "a list_node converted both ways; print() captured"
    );
    assert!(reversed.usage().peak_memory > 0);
    assert_eq!((raised.index, raised.ok), (6, false));
    assert!(!raised.unsupported());
    assert_eq!(raised.raised().text(), "KeyError: 1");
    assert_eq!((unsupported.index, unsupported.unsupported()), (7, true));
    assert_eq!(
        unsupported.message(),
        Some("expected a ListNode, got `dict`")
    );
}

#[test]
fn a_solution_that_cannot_load_reports_a_load_error() {
    let header = json!({"entry": "f", "design": false, "params": [], "returns": "any",
                        "start": 0, "count": 1});
    let stdin = job(&header, &[json!([1])]);
    let (channel, _dir) = run(Script::Harness, "import numpy\n", &stdin);
    let records = harness_records(&channel);
    let [HarnessRecord::Loading, HarnessRecord::LoadError(e)] = records.as_slice() else {
        panic!("{records:?}");
    };
    assert!(
        e.text()
            .starts_with("ModuleNotFoundError: No module named 'numpy'"),
        "{e:?}"
    );
}

#[test]
fn the_batch_runner_and_the_parser_agree() {
    let solution = "\
import os, sys
n = int(sys.stdin.read())
if n == 3:
    os.kill(os.getpid(), 11)
print(n * 2)
sys.exit(n)
";
    let inputs: [&[u8]; 3] = [b"0\n", b"2\n", b"3\n"];
    let header = json!({"start": 0, "sizes": inputs.iter().map(|i| i.len()).collect::<Vec<_>>(),
                        "cpu_secs": 5, "fsize": 1_000_000});
    let mut stdin = serde_json::to_vec(&header).unwrap();
    stdin.push(b'\n');
    for i in inputs {
        stdin.extend_from_slice(i);
    }
    let (channel, dir) = run(Script::Batch, solution, &stdin);
    let records = batch_records(&channel);
    let starts: Vec<usize> = records
        .iter()
        .filter_map(|r| match r {
            BatchRecord::Start(i) => Some(*i),
            BatchRecord::Result(_) => None,
        })
        .collect();
    assert_eq!(starts, [0, 1, 2]);
    let ends: Vec<(usize, Option<i32>, Option<i32>)> = records
        .iter()
        .filter_map(|r| match r {
            BatchRecord::Result(c) => Some((c.index, c.code, c.signal)),
            BatchRecord::Start(_) => None,
        })
        .collect();
    assert_eq!(
        ends,
        [(0, Some(0), None), (1, Some(2), None), (2, None, Some(11))],
        "exit codes and signals per case"
    );
    let out = |k: usize| std::fs::read_to_string(dir.path().join(format!("_out{k}"))).unwrap();
    assert_eq!(
        (out(0), out(1), out(2)),
        ("0\n".into(), "4\n".into(), String::new())
    );
    assert!(
        Path::new(&dir.path().join("case2")).is_dir(),
        "a directory per case"
    );
}
