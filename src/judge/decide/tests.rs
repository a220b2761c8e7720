//! One row per rule of `decide.rs`: the input, the verdict, and a fragment of the message.

use std::time::Duration;

use serde_json::json;

use super::*;
use crate::python::records::SqlStage;
use crate::python::records::{HarnessRecord, harness_record};
use crate::sandbox::{ChannelFault, Layers};

fn limits() -> Limits {
    Limits::new(1.0, 128, 1)
}

/// An outcome that exited 0 within every limit; each row changes what it needs.
fn ok() -> Outcome {
    Outcome {
        exit: Exit::Code(0),
        killed: None,
        wall: Duration::from_millis(300),
        cpu: Duration::from_millis(200),
        peak_memory: 9 * MIB,
        stdout: b"3\n".to_vec(),
        stderr: Vec::new(),
        channel_fault: None,
        tree_cpu: None,
        disk_used: None,
        layers: Layers::default(),
    }
}

fn with(f: impl FnOnce(&mut Outcome)) -> Outcome {
    let mut o = ok();
    f(&mut o);
    o
}

const TRACEBACK: &[u8] =
    b"Traceback (most recent call last):\n  File \"solution.py\", line 1\nKeyError: 1\n";

#[test]
fn forced_table() {
    use Verdict::*;
    type Row<'a> = (Outcome, Option<(Verdict, &'a str)>, &'a str);
    let rows: Vec<Row> = vec![
        (ok(), None, "exited 0 within limits: the output decides"),
        (
            with(|o| o.exit = Exit::NotStarted(libc::ENOENT)),
            Some((JudgeError, "could not start the interpreter: No such file")),
            "not started",
        ),
        (
            with(|o| {
                o.exit = Exit::NotStarted(libc::ENOENT);
                o.killed = Some(Kill::WallTime);
            }),
            Some((JudgeError, "could not start")),
            "not started beats everything",
        ),
        (
            with(|o| {
                o.killed = Some(Kill::WallTime);
                o.wall = Duration::from_millis(2560);
                o.exit = Exit::Unknown;
            }),
            Some((
                TimeLimitExceeded,
                "killed after 2.6 s of wall time with 0.2 s of CPU time (sleeping, waiting, or a \
                 machine too busy to give it the CPU?)",
            )),
            "wall kill within the CPU limit: sleeping",
        ),
        (
            with(|o| {
                o.killed = Some(Kill::WallTime);
                o.cpu = Duration::from_millis(1500);
            }),
            Some((TimeLimitExceeded, "used more than 1.0 s of CPU time")),
            "wall kill over the CPU limit: computing",
        ),
        (
            with(|o| o.cpu = Duration::from_millis(1001)),
            Some((TimeLimitExceeded, "used more than 1.0 s of CPU time")),
            "CPU over the limit, exited normally",
        ),
        (
            with(|o| o.exit = Exit::Signal(libc::SIGXCPU)),
            Some((TimeLimitExceeded, "used more than 1.0 s of CPU time")),
            "the RLIMIT_CPU backstop fired",
        ),
        (
            with(|o| {
                o.cpu = Duration::from_secs(2);
                o.stderr = b"MemoryError\n".to_vec();
                o.exit = Exit::Code(1);
            }),
            Some((TimeLimitExceeded, "CPU time")),
            "TLE beats MLE",
        ),
        (
            with(|o| {
                o.stderr = b"Traceback...\nMemoryError\n".to_vec();
                o.exit = Exit::Code(1);
            }),
            Some((MemoryLimitExceeded, "ran out of memory (limit 128 MiB)")),
            "MemoryError",
        ),
        (
            with(|o| {
                o.stderr = b"python3: Cannot allocate memory (errno 12)\nfatal\n".to_vec();
                o.exit = Exit::Signal(libc::SIGABRT);
            }),
            Some((MemoryLimitExceeded, "ran out of memory")),
            "the interpreter itself could not allocate",
        ),
        (
            with(|o| {
                o.killed = Some(Kill::OutputLimit);
                o.stderr = b"MemoryError\n".to_vec();
            }),
            Some((MemoryLimitExceeded, "ran out of memory")),
            "MLE beats OLE",
        ),
        (
            with(|o| {
                o.killed = Some(Kill::OutputLimit);
                o.exit = Exit::Signal(libc::SIGPIPE);
            }),
            Some((OutputLimitExceeded, "printed more than 1 MiB")),
            "OLE beats RE",
        ),
        (
            with(|o| {
                o.exit = Exit::Code(1);
                o.stderr = TRACEBACK.to_vec();
            }),
            Some((RunTimeError, "KeyError: 1")),
            "an exception: its last line",
        ),
        (
            with(|o| o.exit = Exit::Code(3)),
            Some((RunTimeError, "exit code 3")),
            "a non-zero exit without a word",
        ),
        (
            with(|o| o.exit = Exit::Signal(libc::SIGSEGV)),
            Some((RunTimeError, "killed by SIGSEGV")),
            "a signal",
        ),
        (
            with(|o| {
                o.exit = Exit::Signal(libc::SIGSEGV);
                o.peak_memory = 120 * MIB;
            }),
            Some((
                MemoryLimitExceeded,
                "ran out of memory (limit 128 MiB): the interpreter crashed with SIGSEGV at 120 MiB",
            )),
            "a crash at the memory limit",
        ),
        (
            with(|o| {
                o.exit = Exit::Signal(libc::SIGSEGV);
                o.peak_memory = 110 * MIB;
            }),
            Some((RunTimeError, "killed by SIGSEGV")),
            "a crash well below the memory limit",
        ),
        (
            with(|o| {
                o.exit = Exit::Code(1);
                o.stderr = b"lost sys.stderr\n".to_vec();
                o.peak_memory = 125 * MIB;
            }),
            Some((
                MemoryLimitExceeded,
                "ran out of memory (limit 128 MiB): at 125 MiB the interpreter could not even \
                 print its error (\"lost sys.stderr\")",
            )),
            "no way to print the error at the memory limit",
        ),
        (
            with(|o| {
                o.exit = Exit::Code(1);
                o.stderr = b"lost sys.stderr\n".to_vec();
                o.peak_memory = 20 * MIB;
            }),
            Some((RunTimeError, "lost sys.stderr")),
            "a solution that closed its own stderr, far from the limit",
        ),
        (
            with(|o| {
                o.exit = Exit::Signal(libc::SIGKILL);
                o.peak_memory = 128 * MIB;
            }),
            Some((RunTimeError, "killed by SIGKILL")),
            "a kill is not a crash of the interpreter",
        ),
        (
            with(|o| {
                o.exit = Exit::Code(1);
                o.stderr = TRACEBACK.to_vec();
                o.peak_memory = 128 * MIB;
            }),
            Some((RunTimeError, "KeyError: 1")),
            "an exception near the limit is still the exception",
        ),
        (
            with(|o| o.exit = Exit::TooManyProcesses(128)),
            Some((RunTimeError, "started more than 128 processes at once")),
            "a fork bomb stopped by the watchdog",
        ),
        (
            with(|o| o.exit = Exit::Unknown),
            Some((JudgeError, "the process ended without a status report")),
            "the keeper never reported",
        ),
    ];
    for (out, want, msg) in rows {
        let got = forced(&out, &limits());
        match (want, &got) {
            (None, None) => {}
            (Some((verdict, fragment)), Some(d)) => {
                assert_eq!(d.verdict, verdict, "{msg}: {d:?}");
                let text = d.message.as_deref().unwrap_or_default();
                assert!(text.contains(fragment), "{msg}: {text:?}");
            }
            _ => panic!("{msg}: got {got:?}, wanted {want:?}"),
        }
    }
}

#[test]
fn stdio_table() {
    type Row<'a> = (Outcome, &'a [u8], Verdict, Option<&'a str>, &'a str);
    let tokens = TextChecker::Tokens(crate::checker::TokenOptions::default());
    let rows: Vec<Row> = vec![
        (ok(), b"3\n", Verdict::Accepted, None, "right answer"),
        (
            ok(),
            b"4\n",
            Verdict::WrongAnswer,
            Some("line 1: expected `4`, got `3`"),
            "wrong answer: the checker's words",
        ),
        (
            with(|o| {
                o.exit = Exit::Code(1);
                o.stderr = TRACEBACK.to_vec();
            }),
            b"3\n",
            Verdict::RunTimeError,
            Some("KeyError: 1"),
            "right answer, then a crash",
        ),
        (
            with(|o| o.stdout = Vec::new()),
            b"3\n",
            Verdict::WrongAnswer,
            Some("output is empty: expected `3` next"),
            "an early exit(0)",
        ),
    ];
    for (out, answer, verdict, message, msg) in rows {
        let d = stdio(&out, answer, &tokens, &limits());
        assert_eq!(d.verdict, verdict, "{msg}");
        assert_eq!(d.message.as_deref(), message, "{msg}");
    }
}

fn call_record(line: &str) -> CallResult {
    match harness_record(line.as_bytes()) {
        Ok(HarnessRecord::Result(r)) => r,
        other => panic!("{line}: {other:?}"),
    }
}

#[test]
fn call_table() {
    let expected = json!(3);
    let rows: &[(&str, u64, Verdict, Option<&str>, &str)] = &[
        (
            r#"{"e":"result","i":0,"ok":true,"value":3}"#,
            5,
            Verdict::Accepted,
            None,
            "the expected value",
        ),
        (
            r#"{"e":"result","i":0,"ok":true,"value":4}"#,
            5,
            Verdict::WrongAnswer,
            Some("expected 3, got 4"),
            "another value",
        ),
        (
            r#"{"e":"result","i":0,"ok":true,"value":3}"#,
            1001,
            Verdict::TimeLimitExceeded,
            Some("used more than 1.0 s of CPU time"),
            "right, but too slow: TLE beats everything",
        ),
        (
            r#"{"e":"result","i":0,"ok":false,"kind":"exception","type":"MemoryError","message":""}"#,
            2000,
            Verdict::TimeLimitExceeded,
            Some("used more than 1.0 s of CPU time"),
            "TLE beats MLE",
        ),
        (
            r#"{"e":"result","i":0,"ok":false,"kind":"unsupported","message":"cannot return a value of type `Anything`"}"#,
            5,
            Verdict::WrongAnswer,
            Some("cannot return a value of type `Anything`"),
            "a rigged object",
        ),
        (
            r#"{"e":"result","i":0,"ok":false,"kind":"unsupported"}"#,
            5,
            Verdict::WrongAnswer,
            Some("unsupported result"),
            "unsupported without a reason",
        ),
        (
            r#"{"e":"result","i":0,"ok":false,"kind":"exception","type":"MemoryError","message":""}"#,
            5,
            Verdict::MemoryLimitExceeded,
            Some("MemoryError"),
            "MemoryError in the call",
        ),
        (
            r#"{"e":"result","i":0,"ok":false,"kind":"exception","type":"KeyError","message":"1"}"#,
            5,
            Verdict::RunTimeError,
            Some("KeyError: 1"),
            "an exception in the call",
        ),
    ];
    for (line, cpu_ms, verdict, message, msg) in rows {
        let d = call(
            &call_record(line),
            Duration::from_millis(*cpu_ms),
            &expected,
            &ValueOptions::default(),
            &limits(),
        );
        assert_eq!(d.verdict, *verdict, "{msg}");
        assert_eq!(d.message.as_deref(), *message, "{msg}");
    }
}

#[test]
fn harness_endings_table() {
    let killed = with(|o| {
        o.killed = Some(Kill::WallTime);
        o.exit = Exit::Unknown;
        o.wall = Duration::from_millis(2500);
    });
    let exited = with(|o| o.exit = Exit::Code(0));
    let rows: Vec<(Decision, Verdict, &str, &str)> = vec![
        (
            died_in_call(&killed, &limits()),
            Verdict::TimeLimitExceeded,
            "killed after 2.5 s of wall time",
            "killed in a call at the wall deadline",
        ),
        (
            died_in_call(&exited, &limits()),
            Verdict::RunTimeError,
            "the process exited during the call (Code(0))",
            "os._exit(0) in a call",
        ),
        (
            died_between_calls(Stage::LoadFailed("MemoryError"), &exited, &limits()),
            Verdict::MemoryLimitExceeded,
            "MemoryError",
            "MemoryError while loading",
        ),
        (
            died_between_calls(
                Stage::LoadFailed("ImportError: no module named numpy"),
                &exited,
                &limits(),
            ),
            Verdict::RunTimeError,
            "ImportError: no module named numpy",
            "an import that fails",
        ),
        (
            died_between_calls(Stage::Loading, &exited, &limits()),
            Verdict::RunTimeError,
            "the solution exited while loading",
            "sys.exit() at module level",
        ),
        (
            died_between_calls(Stage::Loading, &killed, &limits()),
            Verdict::TimeLimitExceeded,
            "wall time",
            "a module that never finishes loading",
        ),
        (
            died_in_call(
                &with(|o| {
                    o.killed = Some(Kill::CpuTime);
                    o.exit = Exit::Unknown;
                    o.cpu = Duration::from_millis(1080);
                }),
                &limits(),
            ),
            Verdict::TimeLimitExceeded,
            "used more than 1.0 s of CPU time",
            "killed in a call at its CPU budget (measured outside)",
        ),
        (
            died_in_call(
                &with(|o| {
                    o.killed = Some(Kill::Protocol);
                    o.exit = Exit::Unknown;
                }),
                &limits(),
            ),
            Verdict::RunTimeError,
            "wrote to the judge's channel",
            "stopped for writing to the channel",
        ),
        (
            broken_channel(true, "", &limits()),
            Verdict::OutputLimitExceeded,
            "more than 1 MiB in one call",
            "a frame longer than the output limit",
        ),
        (
            broken_channel(
                false,
                "a result for case 7 while case 2 was running",
                &limits(),
            ),
            Verdict::RunTimeError,
            "a result for case 7 while case 2 was running",
            "a forged record",
        ),
    ];
    for (d, verdict, fragment, msg) in rows {
        assert_eq!(d.verdict, verdict, "{msg}: {d:?}");
        assert!(
            d.message.as_deref().unwrap_or_default().contains(fragment),
            "{msg}: {d:?}"
        );
    }
}

#[test]
fn prediction_table() {
    assert_eq!(prediction("1\n2\n", b"1\n2"), Decision::accepted());
    assert_eq!(prediction("1\n2\n", b"1  \n2\n\n\n"), Decision::accepted());
    let rows = [
        (
            "1\n2\n",
            "1\n3\n",
            "line 2 is wrong: you wrote `3` (line 1 is right)",
        ),
        (
            "1\n2\n3\n",
            "1\n2\nx\n",
            "line 3 is wrong: you wrote `x` (lines 1 to 2 are right)",
        ),
        ("1\n2\n", "0\n", "line 1 is wrong: you wrote `0`"),
        (
            "1\n2\n",
            "1\n",
            "line 2 is missing: it prints more than your 1 line",
        ),
        (
            "1\n",
            "1\n2\n",
            "line 2 is wrong: it prints nothing more, you wrote `2` (line 1 is right)",
        ),
    ];
    for (real, yours, msg) in rows {
        let d = prediction(real, yours.as_bytes());
        assert_eq!(d.verdict, Verdict::WrongAnswer);
        assert_eq!(d.message.as_deref(), Some(msg), "{yours:?}");
    }
}

#[test]
fn headline_table() {
    use Verdict::{
        Accepted as AC, JudgeError as JE, MemoryLimitExceeded as MLE, RunTimeError as RE,
        TimeLimitExceeded as TLE, WrongAnswer as WA,
    };
    let rows: &[(&[Verdict], Verdict, &str)] = &[
        (&[], AC, "no tests"),
        (&[AC, AC], AC, "all accepted"),
        (&[AC, WA, TLE], WA, "the first failure, not the worst"),
        (&[AC, TLE, WA], TLE, "a time limit first is the headline"),
        (&[RE, MLE], RE, "test order decides between failures"),
        (&[WA, AC, JE], JE, "a judge error anywhere overrides"),
        (&[JE, WA], JE, "a judge error first too"),
    ];
    for (input, want, msg) in rows {
        assert_eq!(headline(input.iter().copied()), *want, "{msg}");
    }
}

fn raised_with(ty: &str, message: &str, traceback: Option<&str>) -> crate::python::records::Raised {
    crate::python::records::Raised {
        type_name: Some(ty.into()),
        message: Some(message.into()),
        traceback: traceback.map(str::to_string),
    }
}

#[test]
fn module_test_table() {
    type Row<'a> = (Outcome, Reported<'a, ModuleEnd>, Verdict, &'a str, &'a str);
    use Verdict::*;
    let pass = ModuleEnd::Outcome(TestOutcome::Pass);
    let fail = ModuleEnd::Outcome(TestOutcome::Fail(raised_with(
        "AssertionError",
        "assert f() == 1\n  left:  2\n  right: 1",
        None,
    )));
    let bare = ModuleEnd::Outcome(TestOutcome::Fail(raised_with("AssertionError", "", None)));
    let error = ModuleEnd::Outcome(TestOutcome::Error {
        raised: raised_with(
            "KeyError",
            "'a'",
            Some(
                "Traceback (most recent call last):\n  File \"solution.py\", line 3, in get\nKeyError: 'a'",
            ),
        ),
        import: false,
    });
    let import = ModuleEnd::Outcome(TestOutcome::Error {
        raised: raised_with("ModuleNotFoundError", "No module named 'requests'", None),
        import: true,
    });
    let memory = ModuleEnd::Outcome(TestOutcome::Error {
        raised: raised_with("MemoryError", "", None),
        import: false,
    });
    let rows: Vec<Row> = vec![
        (
            ok(),
            Reported::Record(&pass),
            Accepted,
            "",
            "a passing test",
        ),
        (
            ok(),
            Reported::Record(&fail),
            WrongAnswer,
            "left:  2",
            "an assertion, with its message",
        ),
        (
            ok(),
            Reported::Record(&bare),
            WrongAnswer,
            "it has no message",
            "a bare assertion",
        ),
        (
            ok(),
            Reported::Record(&error),
            RunTimeError,
            "KeyError: 'a'\nTraceback",
            "an exception, with its traceback",
        ),
        (
            ok(),
            Reported::Record(&import),
            RunTimeError,
            "(while importing your module)",
            "an import error",
        ),
        (
            ok(),
            Reported::Record(&memory),
            MemoryLimitExceeded,
            "MemoryError",
            "a MemoryError",
        ),
        (
            ok(),
            Reported::Record(&ModuleEnd::Missing),
            JudgeError,
            "no such test",
            "a test the runner cannot find",
        ),
        (
            ok(),
            Reported::Nothing,
            RunTimeError,
            "without reporting a result",
            "exit 0 and no result is never a pass",
        ),
        (
            with(|o| o.cpu = Duration::from_millis(1500)),
            Reported::Record(&pass),
            TimeLimitExceeded,
            "CPU time",
            "a pass over the CPU limit (measured outside)",
        ),
        (
            with(|o| o.killed = Some(Kill::WallTime)),
            Reported::Nothing,
            TimeLimitExceeded,
            "wall time",
            "a test that blocks",
        ),
        (
            with(|o| {
                o.killed = Some(Kill::Protocol);
                o.channel_fault = Some(ChannelFault::Refused);
            }),
            Reported::Refused(Some("an unexpected `result` record")),
            RunTimeError,
            "an unexpected `result` record",
            "a forged record",
        ),
        (
            with(|o| {
                o.killed = Some(Kill::Protocol);
                o.channel_fault = Some(ChannelFault::Malformed);
            }),
            Reported::Nothing,
            RunTimeError,
            "bytes that are not a record",
            "garbage on the channel",
        ),
        (
            with(|o| {
                o.killed = Some(Kill::CpuTime);
                o.channel_fault = Some(ChannelFault::Malformed);
            }),
            Reported::Nothing,
            TimeLimitExceeded,
            "",
            "a limit beats a broken channel",
        ),
        (
            with(|o| o.exit = Exit::Code(3)),
            Reported::Record(&pass),
            RunTimeError,
            "exit code 3",
            "a pass, then a non-zero exit",
        ),
    ];
    for (out, end, verdict, fragment, why) in rows {
        let d = module_test(&out, &end, &limits());
        assert_eq!(d.verdict, verdict, "{why}: {d:?}");
        assert!(
            d.message.as_deref().unwrap_or("").contains(fragment),
            "{why}: {d:?}"
        );
    }
}

#[test]
fn sql_case_table() {
    type Row<'a> = (Outcome, Reported<'a, SqlEnd>, Verdict, &'a str, &'a str);
    use Verdict::*;
    let expected = Rows::from_json(&json!({"columns": ["a"], "rows": [[1], [2]]})).unwrap();
    let same =
        SqlEnd::Rows(Rows::from_json(&json!({"columns": ["x"], "rows": [[2], [1]]})).unwrap());
    let other = SqlEnd::Rows(Rows::from_json(&json!({"columns": ["a"], "rows": [[1]]})).unwrap());
    let run = SqlEnd::Error(SqlStage::Run, "integer overflow".into());
    let setup = SqlEnd::Error(SqlStage::Setup, "no such table: t".into());
    let rows: Vec<Row> = vec![
        (
            ok(),
            Reported::Record(&same),
            Accepted,
            "",
            "the same rows, any order",
        ),
        (
            ok(),
            Reported::Record(&other),
            WrongAnswer,
            "expected 2 row(s), got 1",
            "other rows",
        ),
        (
            ok(),
            Reported::Record(&run),
            RunTimeError,
            "integer overflow",
            "SQLite's run-time error",
        ),
        (
            ok(),
            Reported::Record(&setup),
            JudgeError,
            "the exercise's schema or test data failed",
            "the exercise's fault",
        ),
        (
            ok(),
            Reported::Nothing,
            JudgeError,
            "without reporting the rows",
            "no record",
        ),
        (
            with(|o| o.cpu = Duration::from_millis(1500)),
            Reported::Record(&same),
            TimeLimitExceeded,
            "CPU time",
            "right rows, too slow",
        ),
        (
            with(|o| {
                o.killed = Some(Kill::Protocol);
                o.channel_fault = Some(ChannelFault::Oversized);
            }),
            Reported::Nothing,
            OutputLimitExceeded,
            "",
            "rows larger than the output limit",
        ),
        (
            with(|o| {
                o.exit = Exit::Code(1);
                o.stderr = b"Traceback (most recent call last):\nMemoryError\n".to_vec();
            }),
            Reported::Nothing,
            MemoryLimitExceeded,
            "",
            "too many rows for memory",
        ),
    ];
    for (out, end, verdict, fragment, why) in rows {
        let d = sql_case(&out, &end, &expected, &RowOptions::default(), &limits());
        assert_eq!(d.verdict, verdict, "{why}: {d:?}");
        assert!(
            d.message.as_deref().unwrap_or("").contains(fragment),
            "{why}: {d:?}"
        );
    }
    let compile = |end: &SqlEnd| sql_compile(&Reported::Record(end));
    assert_eq!(
        compile(&SqlEnd::Error(
            SqlStage::Prepare,
            "near \"SELEC\": syntax error".into()
        ))
        .as_deref(),
        Some("near \"SELEC\": syntax error")
    );
    assert_eq!(
        compile(&SqlEnd::Error(SqlStage::Statements, "no statement".into())).as_deref(),
        Some("no statement")
    );
    assert_eq!(
        compile(&run),
        None,
        "a run-time error on the empty schema is left to the tests"
    );
    assert_eq!(compile(&same), None);
    assert_eq!(sql_compile(&Reported::Nothing), None);
}
