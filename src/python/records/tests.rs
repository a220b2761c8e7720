//! The record protocol, both ends: the parser on hand-written frames, and the real `batch.py`
//! and `harness.py` (run with the local interpreter, outside the sandbox, without
//! acknowledgements) read by the parser.

use std::process::Stdio;

use serde_json::json;

use super::*;
use crate::python::{ISOLATION_FLAGS, Python, Script};

#[test]
fn frames_that_are_not_records_are_errors() {
    let rows: &[(&[u8], ProtocolError, &str)] = &[
        (b"not json", ProtocolError::NotARecord, "not JSON"),
        (b"[1]", ProtocolError::NotARecord, "JSON, not an object"),
        (b"{\"x\":1}", ProtocolError::NotARecord, "no `e`"),
        (
            b"{\"e\":5}",
            ProtocolError::NotARecord,
            "an `e` that is not a string",
        ),
        (
            b"{\"e\":\"start\",\"i\":3}",
            ProtocolError::UnknownKind("start".into()),
            "an unknown kind",
        ),
        (
            b"{\"e\":\"result\",\"ok\":true}",
            ProtocolError::Malformed("result"),
            "a result without an index",
        ),
        (
            b"{\"e\":\"result\",\"i\":-1,\"ok\":true}",
            ProtocolError::Malformed("result"),
            "a negative index",
        ),
    ];
    for (frame, want, msg) in rows {
        assert_eq!(harness_record(frame).unwrap_err(), *want, "{msg}");
    }
    assert_eq!(
        batch_record(b"{\"e\":\"result\",\"i\":0,\"out\":3,\"err\":0}\nab").unwrap_err(),
        ProtocolError::Tail,
        "output counts that do not match the bytes"
    );
    assert_eq!(
        batch_record(b"{\"e\":\"result\",\"i\":0}\n").unwrap_err(),
        ProtocolError::Malformed("result"),
        "a batch result without its output counts"
    );
}

#[test]
fn fields_of_the_wrong_type_read_as_absent() {
    let frame = br#"{"e":"result","i":0,"ok":"yes","value":[1,2],"peak_kib":-3,"stdout":7}"#;
    let Ok(HarnessRecord::Result(r)) = harness_record(frame) else {
        panic!("a record with odd fields is still a record");
    };
    assert_eq!(
        (r.index, r.ok, &r.value, r.peak_memory(), r.stdout.as_str()),
        (0, false, &json!([1, 2]), 0, "")
    );
    let Ok(BatchRecord::Result(c)) = batch_record(
        b"{\"e\":\"result\",\"i\":4,\"signal\":\"x\",\"code\":2,\"out\":2,\"err\":1,\"disk_full\":1}\nokE",
    ) else {
        panic!("a batch result");
    };
    assert_eq!(
        (
            c.index,
            c.code,
            c.signal,
            c.stdout.as_slice(),
            c.stderr.as_slice(),
            c.disk_full
        ),
        (4, Some(2), None, b"ok".as_slice(), b"E".as_slice(), false)
    );
    assert_eq!(c.stdout_size, 2, "the size is at least what came back");
}

#[test]
fn raised_text() {
    let r = |t: Option<&str>, m: Option<&str>| Raised {
        type_name: t.map(str::to_string),
        message: m.map(str::to_string),
        traceback: None,
    };
    assert_eq!(r(Some("KeyError"), Some("1")).text(), "KeyError: 1");
    assert_eq!(r(Some("StopIteration"), Some("")).text(), "StopIteration");
    assert_eq!(r(None, None).text(), "Exception");
}

/// Splits collected channel bytes into frames (`<length>\n<payload>`), as the sandbox does.
fn frames(mut channel: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    while let Some(nl) = channel.iter().position(|&b| b == b'\n') {
        let len: usize = std::str::from_utf8(&channel[..nl])
            .unwrap()
            .parse()
            .unwrap();
        out.push(channel[nl + 1..nl + 1 + len].to_vec());
        channel = &channel[nl + 1 + len..];
    }
    out
}

/// Runs `script` on `solution` in a fresh directory with the local interpreter, the channel
/// (fd 3) going to a file and no acknowledgement pipe (the scripts then go on by themselves);
/// returns the channel's frames.
fn run(script: Script, solution: &str, stdin: &[u8]) -> Vec<Vec<u8>> {
    let python = Python::resolve("python3").expect("python3 for the protocol tests");
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in script.files(solution.as_bytes()) {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"exec "$@" 3>channel 4<&-"#)
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
    frames(&std::fs::read(dir.path().join("channel")).unwrap())
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
    print('x' * 10000)
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
    let records: Vec<HarnessRecord> = run(Script::Harness, solution, &stdin)
        .iter()
        .map(|f| harness_record(f).unwrap())
        .collect();
    let [
        HarnessRecord::Ready,
        HarnessRecord::Result(reversed),
        HarnessRecord::Result(raised),
        HarnessRecord::Result(unsupported),
    ] = records.as_slice()
    else {
        panic!("ready, then one result per case: {records:?}");
    };
    assert_eq!(
        (reversed.index, reversed.ok, &reversed.value),
        (5, true, &json!([3, 2, 1])),
        "a list_node converted both ways; indices start at `start`"
    );
    assert!(
        reversed.stdout.starts_with("k is 2\nxxxx")
            && reversed
                .stdout
                .ends_with("[... 6008 more characters printed ...]"),
        "print() captured, its start only: {:?}",
        &reversed.stdout[reversed.stdout.len() - 60..]
    );
    assert!(reversed.peak_memory() > 0);
    assert_eq!((raised.index, raised.ok), (6, false));
    assert!(!raised.unsupported());
    assert_eq!(raised.raised().text(), "KeyError: 1");
    assert!(
        raised
            .raised()
            .traceback
            .is_some_and(|t| t.contains("File \"solution.py\", line 5, in rev")),
        "the traceback through the solution: {:?}",
        raised.raised()
    );
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
    let frames = run(Script::Harness, "import numpy\n", &stdin);
    let records: Vec<_> = frames.iter().map(|f| harness_record(f)).collect();
    let [Ok(HarnessRecord::LoadError(e))] = records.as_slice() else {
        panic!("{records:?}");
    };
    assert!(
        e.text()
            .starts_with("ModuleNotFoundError: No module named 'numpy'"),
        "{e:?}"
    );
}

#[test]
fn a_solution_that_does_not_compile_reports_a_compile_error_and_nothing_else() {
    let header = json!({"entry": "f", "design": false, "params": [], "returns": "any",
                        "start": 0, "count": 1});
    let stdin = job(&header, &[json!([1])]);
    for script in [Script::Harness, Script::Batch] {
        let stdin: &[u8] = if script == Script::Harness {
            &stdin
        } else {
            b"{\"start\":0,\"sizes\":[0],\"cpu_secs\":2,\"fsize\":1000,\"out_cap\":1000,\"err_cap\":1000}\n"
        };
        let frames = run(script, "def f(x):\n    return (x\n", stdin);
        let expect = "SyntaxError: '(' was never closed";
        let [frame] = frames.as_slice() else {
            panic!("{script:?}: one frame: {frames:?}");
        };
        let message = match script {
            Script::Harness => match harness_record(frame) {
                Ok(HarnessRecord::CompileError(m)) => m,
                other => panic!("{other:?}"),
            },
            _ => match batch_record(frame) {
                Ok(BatchRecord::CompileError(m)) => m,
                other => panic!("{other:?}"),
            },
        };
        // Older Pythons word it differently: the line and the kind are what every one says.
        assert!(
            message.contains("File \"solution.py\", line 2") && message.contains("SyntaxError"),
            "{script:?}: {message:?} (3.10+ says {expect:?})"
        );
    }
}

#[test]
fn typing_names_stand_in_for_typing_without_importing_it() {
    // Annotations only subscript the stand-ins; `typing` is imported the first time a name is
    // used for anything else, and then it behaves as `typing`'s own object.
    let solution = "\
import sys
def f(a: List[int], b: Optional[TreeNode] = None, c: Dict[str, List[Tuple[int, ...]]] = None,
      d: Union[int, str] = 0) -> Tuple[int, int]:
    return a
LOADED_TYPING = 'typing' in sys.modules
class Stack(List[int]):
    pass
def check(x):
    import collections, typing
    s = Stack([x])
    return [LOADED_TYPING, isinstance(s, List), isinstance(x, List), issubclass(list, List),
            List[int] == typing.List[int], Optional[int] == typing.Union[int, None],
            repr(Dict[str, int]), isinstance(Deque([1]), collections.deque),
            {List[int]: 1}.get(typing.List[int]), typing.get_type_hints(f)['a'] == typing.List[int]]
";
    let header = json!({"entry": "check", "design": false, "params": [], "returns": "any",
                        "start": 0, "count": 1});
    let stdin = job(&header, &[json!([3])]);
    let records: Vec<HarnessRecord> = run(Script::Harness, solution, &stdin)
        .iter()
        .map(|f| harness_record(f).unwrap())
        .collect();
    let [HarnessRecord::Ready, HarnessRecord::Result(r)] = records.as_slice() else {
        panic!("{records:?}");
    };
    assert!(r.ok, "{r:?}");
    assert_eq!(
        r.value,
        json!([
            false,
            true,
            false,
            true,
            true,
            true,
            "typing.Dict[str, int]",
            true,
            1,
            true
        ])
    );
}

#[test]
fn the_batch_runner_and_the_parser_agree() {
    let solution = "\
import os, sys
n = int(sys.stdin.read())
print(os.listdir('.'), os.path.basename(os.getcwd()))
if n == 3:
    os.kill(os.getpid(), 11)
print(n * 2)
if n == 2:
    print('x' * 50)
sys.stderr.write('e' * 100)
open('left.txt', 'w').write('x')
sys.exit(n)
";
    let inputs: [&[u8]; 3] = [b"0\n", b"2\n", b"3\n"];
    let header = json!({"start": 0, "sizes": inputs.iter().map(|i| i.len()).collect::<Vec<_>>(),
                        "cpu_secs": 5, "fsize": 1_000_000, "out_cap": 20, "err_cap": 10});
    let mut stdin = serde_json::to_vec(&header).unwrap();
    stdin.push(b'\n');
    for i in inputs {
        stdin.extend_from_slice(i);
    }
    let records: Vec<BatchRecord> = run(Script::Batch, solution, &stdin)
        .iter()
        .map(|f| batch_record(f).unwrap())
        .collect();
    let [
        BatchRecord::Ready,
        BatchRecord::Result(a),
        BatchRecord::Result(b),
        BatchRecord::Result(c),
    ] = records.as_slice()
    else {
        panic!("ready, then one result per case: {records:?}");
    };
    assert_eq!(
        [
            (a.index, a.code, a.signal),
            (b.index, b.code, b.signal),
            (c.index, c.code, c.signal)
        ],
        [(0, Some(0), None), (1, Some(2), None), (2, None, Some(11))],
        "exit codes and signals per case"
    );
    assert_eq!(
        String::from_utf8_lossy(&a.stdout),
        "[] case0\n0\n",
        "each case starts in an empty directory of its own (the last case's file is gone)"
    );
    assert_eq!(b.stdout.len(), 20, "stdout capped at `out_cap`");
    assert!(b.stdout_size > 20, "with its real size reported");
    assert_eq!(b.stderr, b"eeeeeeeeee", "stderr capped at `err_cap`");
}

/// Runs `script` in a fresh directory holding `files`, like [`run`].
fn run_files(script: Script, files: &[(&str, &[u8])], stdin: &[u8]) -> Vec<Vec<u8>> {
    let python = Python::resolve("python3").expect("python3 for the protocol tests");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(script.file_name()), script.source()).unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"exec "$@" 3>channel 4<&-"#)
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
    frames(&std::fs::read(dir.path().join("channel")).unwrap())
}

#[test]
fn module_and_sql_frames_that_are_not_records_are_errors() {
    let module: &[(&[u8], ProtocolError)] = &[
        (
            b"{\"e\":\"ready\"}",
            ProtocolError::UnknownKind("ready".into()),
        ),
        (
            b"{\"e\":\"tests\",\"names\":[1]}",
            ProtocolError::Malformed("tests"),
        ),
        (b"{\"e\":\"result\"}", ProtocolError::Malformed("result")),
        (
            b"{\"e\":\"result\",\"outcome\":\"pass\",\"stage\":\"import\"}",
            ProtocolError::Malformed("result"),
        ),
        (
            b"{\"e\":\"result\",\"outcome\":\"maybe\"}",
            ProtocolError::Malformed("result"),
        ),
        (b"{\"e\":\"start\"}\nextra", ProtocolError::Tail),
    ];
    for (frame, want) in module {
        assert_eq!(
            module_record(frame).unwrap_err(),
            *want,
            "{}",
            String::from_utf8_lossy(frame)
        );
    }
    let sql: &[(&[u8], ProtocolError)] = &[
        (
            b"{\"e\":\"result\",\"columns\":[\"a\"]}",
            ProtocolError::Malformed("result"),
        ),
        (
            b"{\"e\":\"result\",\"columns\":[1],\"rows\":[]}",
            ProtocolError::Malformed("result"),
        ),
        (
            b"{\"e\":\"result\",\"columns\":[],\"rows\":[1]}",
            ProtocolError::Malformed("result"),
        ),
        (
            b"{\"e\":\"error\",\"stage\":\"later\",\"message\":\"x\"}",
            ProtocolError::Malformed("error"),
        ),
        (
            b"{\"e\":\"error\",\"stage\":\"run\"}",
            ProtocolError::Malformed("error"),
        ),
        (
            b"{\"e\":\"tests\",\"names\":[]}",
            ProtocolError::UnknownKind("tests".into()),
        ),
    ];
    for (frame, want) in sql {
        assert_eq!(
            sql_record(frame).unwrap_err(),
            *want,
            "{}",
            String::from_utf8_lossy(frame)
        );
    }
}

const TESTS: &str = r#"
import unittest
from grind_testing import expect
from solution import double


def test_passes():
    assert double(2) == 4


def test_fails():
    assert double(2) == 5


def test_expect():
    expect(double(1), 3, "double(1)")


def test_raises():
    double(None)


class TestCase1(unittest.TestCase):
    def test_method(self):
        self.assertEqual(double(3), 6)
"#;

fn module_run(solution: &str, job: &serde_json::Value) -> Vec<ModuleRecord> {
    let files: [(&str, &[u8]); 3] = [
        ("solution.py", solution.as_bytes()),
        ("tests_sample.py", TESTS.as_bytes()),
        (
            crate::python::TESTING.0,
            crate::python::TESTING.1.as_bytes(),
        ),
    ];
    run_files(Script::ModuleRunner, &files, job.to_string().as_bytes())
        .iter()
        .map(|f| module_record(f).expect("a module record"))
        .collect()
}

#[test]
fn the_module_runner_and_the_parser_agree() {
    let solution = "def double(x):\n    return x * 2 if x is not None else {}[x]\n";
    let collected = module_run(
        solution,
        &json!({"tests": "tests_sample.py", "collect": true}),
    );
    assert_eq!(
        collected,
        [ModuleRecord::Tests(
            [
                "test_passes",
                "test_fails",
                "test_expect",
                "test_raises",
                "TestCase1.test_method"
            ]
            .map(str::to_string)
            .to_vec()
        )]
    );
    let one = |name: &str| module_run(solution, &json!({"tests": "tests_sample.py", "test": name}));
    assert_eq!(
        one("test_passes"),
        [
            ModuleRecord::Loading,
            ModuleRecord::Start,
            ModuleRecord::Result(TestOutcome::Pass)
        ]
    );
    assert_eq!(
        one("TestCase1.test_method")[2],
        ModuleRecord::Result(TestOutcome::Pass)
    );
    let Some(ModuleRecord::Result(TestOutcome::Fail(r))) = one("test_fails").pop() else {
        panic!("an assertion fails the test");
    };
    assert_eq!(
        r.message.as_deref(),
        Some("assert double(2) == 5\n  left:  4\n  right: 5")
    );
    let Some(ModuleRecord::Result(TestOutcome::Fail(r))) = one("test_expect").pop() else {
        panic!("expect fails the test");
    };
    assert_eq!(r.message.as_deref(), Some("double(1): expected 3, got 2"));
    let Some(ModuleRecord::Result(TestOutcome::Error {
        raised,
        import: false,
    })) = one("test_raises").pop()
    else {
        panic!("an exception is an error");
    };
    assert_eq!(raised.text(), "KeyError: None");
    let tb = raised.traceback.unwrap_or_default();
    assert!(
        tb.contains("File \"tests_sample.py\"") && tb.contains("File \"solution.py\", line 2"),
        "{tb}"
    );
    assert!(
        !tb.contains("_grind_module.py"),
        "the runner's frames are left out: {tb}"
    );
    assert_eq!(
        one("test_nothing"),
        [ModuleRecord::Loading, ModuleRecord::Missing]
    );
    let broken = module_run(
        "import no_such_module\n",
        &json!({"tests": "tests_sample.py", "test": "test_passes"}),
    );
    let Some(ModuleRecord::Result(TestOutcome::Error {
        raised,
        import: true,
    })) = broken.get(1).cloned()
    else {
        panic!("an import error is reported as such: {broken:?}");
    };
    assert_eq!(raised.type_name.as_deref(), Some("ModuleNotFoundError"));
}

#[test]
fn fork_frames_that_are_not_records_are_errors() {
    let rows: &[(&[u8], ProtocolError, &str)] = &[
        (
            b"{\"e\":\"result\",\"i\":0,\"out\":1,\"err\":0,\"rep\":2}\nab",
            ProtocolError::Tail,
            "counts that do not match the bytes",
        ),
        (
            b"{\"e\":\"result\",\"i\":0,\"out\":0,\"err\":0}\n",
            ProtocolError::Malformed("result"),
            "a result without its report's count",
        ),
        (
            b"{\"e\":\"result\",\"i\":0,\"out\":18446744073709551615,\"err\":1,\"rep\":0}\n",
            ProtocolError::Tail,
            "counts that overflow",
        ),
        (
            b"{\"e\":\"ready\"}\nextra",
            ProtocolError::Tail,
            "bytes after `ready`",
        ),
        (
            b"{\"e\":\"start\"}",
            ProtocolError::UnknownKind("start".into()),
            "a record of the child's, not the runner's",
        ),
    ];
    for (frame, want, msg) in rows {
        assert_eq!(fork_record(frame).unwrap_err(), *want, "{msg}");
    }
    let Ok(ForkRecord::Result(t)) =
        fork_record(b"{\"e\":\"result\",\"i\":2,\"signal\":9,\"out\":1,\"err\":2,\"rep\":3,\"rep_size\":1}\noeerrr")
    else {
        panic!("a well-formed result");
    };
    assert_eq!(
        (
            t.index,
            t.signal,
            &t.stdout[..],
            &t.stderr[..],
            &t.report[..],
            t.report_size
        ),
        (2, Some(9), &b"o"[..], &b"ee"[..], &b"rrr"[..], 3),
        "the tail splits by the counts; a size below the bytes read is the bytes read"
    );
}

const FORK_TESTS: &str = r#"
import os
from grind_testing import expect
import solution
from solution import double


def test_passes():
    assert double(2) == 4


def test_spoils_its_copies():
    print("spoiling")
    solution.STATE.append(1)
    with open("solution.py", "w") as f:
        f.write("raise SystemExit('spoilt')\n")
    with open("left_behind.txt", "w") as f:
        f.write("x")


def test_sees_fresh_copies():
    expect(solution.STATE, [], "the module's state")
    expect(sorted(os.listdir(".")), ["grind_testing.py", "solution.py", "tests_sample.py"], "its directory")


def test_raises():
    double(None)


def test_descriptors():
    expect(len(os.listdir("/proc/self/fd")), 4, "stdout, stderr, the report and the listing")
"#;

/// The records of the module fork runner for `tests` of `FORK_TESTS`, each result with its
/// report's frames read by [`module_record`].
fn fork_run(solution: &str, tests: &[&str]) -> (Vec<ForkRecord>, Vec<Vec<ModuleRecord>>) {
    let files: [(&str, &[u8]); 3] = [
        ("solution.py", solution.as_bytes()),
        ("tests_sample.py", FORK_TESTS.as_bytes()),
        (
            crate::python::TESTING.0,
            crate::python::TESTING.1.as_bytes(),
        ),
    ];
    let job = json!({
        "module": "solution.py",
        "files": ["tests_sample.py"],
        "tests": tests.iter().map(|t| json!(["tests_sample.py", t])).collect::<Vec<_>>(),
        "cpu_secs": 5,
        "out_cap": 100,
        "err_cap": 100,
        "rep_cap": 10000,
    });
    let records: Vec<ForkRecord> =
        run_files(Script::ModuleFork, &files, job.to_string().as_bytes())
            .iter()
            .map(|f| fork_record(f).expect("a fork record"))
            .collect();
    let reports = records
        .iter()
        .filter_map(|r| match r {
            ForkRecord::Result(t) => Some(
                frames(&t.report)
                    .iter()
                    .map(|f| module_record(f).expect("a module record"))
                    .collect(),
            ),
            _ => None,
        })
        .collect();
    (records, reports)
}

#[test]
fn the_fork_runner_reports_a_module_that_does_not_compile_and_runs_no_test() {
    let (records, reports) = fork_run("def push(x:\n", &["test_passes"]);
    let [ForkRecord::CompileError(message)] = records.as_slice() else {
        panic!("one compile error and nothing else: {records:?}");
    };
    assert!(
        message.contains("File \"solution.py\", line 1") && message.contains("SyntaxError"),
        "{message}"
    );
    assert!(reports.is_empty());
}

#[test]
fn the_module_fork_runner_and_the_parser_agree() {
    let solution = "STATE = []\n\ndef double(x):\n    return x * 2 if x is not None else {}[x]\n";
    let (records, reports) = fork_run(
        solution,
        &[
            "test_passes",
            "test_spoils_its_copies",
            "test_sees_fresh_copies",
            "test_raises",
            "test_nothing",
            "test_descriptors",
        ],
    );
    assert_eq!(records.first(), Some(&ForkRecord::Ready), "{records:?}");
    let results: Vec<&ForkedTest> = records
        .iter()
        .filter_map(|r| match r {
            ForkRecord::Result(t) => Some(t),
            _ => None,
        })
        .collect();
    assert_eq!(
        results
            .iter()
            .map(|t| (t.index, t.code))
            .collect::<Vec<_>>(),
        (0..6).map(|i| (i, Some(0))).collect::<Vec<_>>(),
        "one result per test, in order, each child exiting 0"
    );
    let pass = vec![ModuleRecord::Start, ModuleRecord::Result(TestOutcome::Pass)];
    assert_eq!(reports[0], pass, "test_passes");
    assert_eq!(reports[1], pass, "test_spoils_its_copies");
    assert_eq!(results[1].stdout, b"spoiling\n", "what the test printed");
    assert_eq!(
        reports[2], pass,
        "a test gets fresh copies and a fresh import: {:?}",
        reports[2]
    );
    let Some(ModuleRecord::Result(TestOutcome::Error {
        raised,
        import: false,
    })) = reports[3].last()
    else {
        panic!("an exception is an error: {:?}", reports[3]);
    };
    assert_eq!(raised.text(), "KeyError: None");
    let tb = raised.traceback.clone().unwrap_or_default();
    assert!(
        tb.contains("File \"tests_sample.py\"") && tb.contains("File \"solution.py\", line 4"),
        "{tb}"
    );
    assert!(
        !tb.contains("_grind_modfork.py") && !tb.contains("grind_testing.py"),
        "the runner's frames are left out: {tb}"
    );
    assert_eq!(reports[4], [ModuleRecord::Missing], "a missing test");
    assert_eq!(
        reports[5], pass,
        "a child keeps no descriptor but its own three: {:?}",
        reports[5]
    );

    let (records, reports) = fork_run("import no_such_module\n", &["test_passes"]);
    assert_eq!(records.len(), 2, "{records:?}");
    let Some(ModuleRecord::Result(TestOutcome::Error {
        raised,
        import: true,
    })) = reports[0].first()
    else {
        panic!("an import error is reported as such: {reports:?}");
    };
    assert_eq!(raised.type_name.as_deref(), Some("ModuleNotFoundError"));
}

fn sql_run(data: &str, query: &str, check: Option<&str>) -> Vec<SqlRecord> {
    let job = json!({
        "schema": "CREATE TABLE t (a INTEGER, b TEXT, c REAL, d BLOB);",
        "data": data,
        "query": query,
        "check": check,
    });
    run_files(Script::SqlRunner, &[], job.to_string().as_bytes())
        .iter()
        .map(|f| sql_record(f).expect("a sql record"))
        .collect()
}

#[test]
fn the_sql_runner_and_the_parser_agree() {
    let rows = sql_run(
        "INSERT INTO t VALUES (1, 'x', 2.5, x'00ff'), (NULL, NULL, NULL, NULL);",
        "SELECT a, b, c, d, 1e999 AS big FROM t ORDER BY a",
        None,
    );
    assert_eq!(
        rows,
        [SqlRecord::Result {
            columns: ["a", "b", "c", "d", "big"].map(str::to_string).to_vec(),
            rows: vec![
                vec![
                    json!(null),
                    json!(null),
                    json!(null),
                    json!(null),
                    json!({"real": "inf"})
                ],
                vec![
                    json!(1),
                    json!("x"),
                    json!(2.5),
                    json!({"blob": "00ff"}),
                    json!({"real": "inf"})
                ],
            ],
        }]
    );
    let error = |data: &str, query: &str| match sql_run(data, query, None).as_slice() {
        [SqlRecord::Error { stage, message }] => (*stage, message.clone()),
        other => panic!("one error record: {other:?}"),
    };
    assert_eq!(
        error("", "SELEC 1"),
        (SqlStage::Prepare, "near \"SELEC\": syntax error".into())
    );
    assert_eq!(
        error("", "SELECT x FROM t"),
        (SqlStage::Prepare, "no such column: x".into())
    );
    assert_eq!(
        error("", "-- nothing"),
        (
            SqlStage::Statements,
            "the file holds no SQL statement".into()
        )
    );
    assert_eq!(
        error("", "DELETE FROM t"),
        (
            SqlStage::Statements,
            "the last statement returns no rows: end with a SELECT".into()
        )
    );
    assert_eq!(
        error("INSERT INTO nope VALUES (1);", "SELECT 1").0,
        SqlStage::Setup
    );
    assert_eq!(
        error(
            "INSERT INTO t VALUES (1, '', 0, NULL);",
            "SELECT abs(-9223372036854775807 - 1) FROM t"
        ),
        (SqlStage::Run, "integer overflow".into())
    );
    assert!(
        error("", "ATTACH ':memory:' AS x; SELECT 1")
            .1
            .starts_with("not authorized")
    );
    let checked = sql_run(
        "INSERT INTO t (a) VALUES (1), (2);",
        "DELETE FROM t WHERE a = 1;",
        Some("SELECT a FROM t"),
    );
    assert_eq!(
        checked,
        [SqlRecord::Result {
            columns: vec!["a".into()],
            rows: vec![vec![json!(2)]]
        }]
    );
}
