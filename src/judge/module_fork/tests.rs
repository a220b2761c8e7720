//! How a forked test's report and wait status become a verdict: one row per rule, each the
//! verdict a one-test run with the same frames on its channel gets.

use super::*;
use crate::verdict::Verdict;

fn frame(payload: &str) -> Vec<u8> {
    let mut f = format!("{}\n", payload.len() + 1).into_bytes();
    f.extend_from_slice(payload.as_bytes());
    f.push(b'\n');
    f
}

fn forked(report: Vec<u8>, code: Option<i32>, signal: Option<i32>) -> ForkedTest {
    ForkedTest {
        index: 0,
        code,
        signal,
        peak_memory: 12 << 20,
        stdout: b"printed\n".to_vec(),
        stderr: Vec::new(),
        report_size: report.len() as u64,
        report,
        stdout_size: 8,
        disk_full: false,
    }
}

fn judged(t: &ForkedTest) -> TestResult {
    let limits = Limits::default();
    judge_forked(
        TestResult::pending("t", true, Detail::default()),
        t,
        Duration::from_millis(7),
        Duration::from_millis(9),
        &limits,
    )
}

/// A report, the child's exit code and signal, the verdict, a part of its message, and what the
/// row checks.
type Row = (
    Vec<u8>,
    Option<i32>,
    Option<i32>,
    Verdict,
    &'static str,
    &'static str,
);

const START: &str = r#"{"e":"start"}"#;
const PASS: &str = r#"{"e":"result","outcome":"pass"}"#;

#[test]
fn a_report_is_judged_as_a_one_test_run_s_channel() {
    let cat = |parts: &[&[u8]]| parts.concat();
    let rows: Vec<Row> = vec![
        (
            cat(&[&frame(START), &frame(PASS)]),
            Some(0),
            None,
            Verdict::Accepted,
            "",
            "start then a pass",
        ),
        (
            cat(&[&frame(START), &frame(PASS), b"garbage after the end"]),
            Some(0),
            None,
            Verdict::Accepted,
            "",
            "what comes after the record that ends the test is not read",
        ),
        (
            cat(&[
                &frame(START),
                &frame(r#"{"e":"result","outcome":"fail","message":"expected 1, got 2"}"#),
            ]),
            Some(0),
            None,
            Verdict::WrongAnswer,
            "expected 1, got 2",
            "an assertion",
        ),
        (
            frame(
                r#"{"e":"result","outcome":"error","stage":"import","type":"ImportError","message":"no"}"#,
            ),
            Some(0),
            None,
            Verdict::RunTimeError,
            "ImportError: no (while importing your module)",
            "an import error before start",
        ),
        (
            frame(r#"{"e":"missing"}"#),
            Some(0),
            None,
            Verdict::JudgeError,
            "no such test",
            "a missing test",
        ),
        (
            cat(&[&frame(PASS), &frame(START), &frame(PASS)]),
            Some(0),
            None,
            Verdict::RunTimeError,
            "wrote to the judge's channel (an unexpected `result` record)",
            "a pass forged before start",
        ),
        (
            cat(&[&frame(START), &frame(START), &frame(PASS)]),
            Some(0),
            None,
            Verdict::RunTimeError,
            "an unexpected `start` record",
            "a second start",
        ),
        (
            Vec::new(),
            Some(0),
            None,
            Verdict::RunTimeError,
            "ended without reporting a result",
            "nothing reported, exit 0",
        ),
        (
            frame(START),
            None,
            Some(libc::SIGKILL),
            Verdict::RunTimeError,
            "killed by SIGKILL",
            "killed during the test",
        ),
        (
            cat(&[&frame(START), b"40\n{\"e\":\"result\""]),
            Some(0),
            None,
            Verdict::RunTimeError,
            "ended without reporting a result",
            "a frame cut short",
        ),
        (
            cat(&[&frame(START), b"99999999999999999999\nxxxx"]),
            Some(0),
            None,
            Verdict::RunTimeError,
            "wrote to the judge's channel (bytes that are not a record)",
            "a length that is no number",
        ),
        (
            cat(&[&frame(START), b"x".repeat(30).as_slice()]),
            Some(0),
            None,
            Verdict::RunTimeError,
            "wrote to the judge's channel",
            "no header at all",
        ),
        (
            cat(&[&frame(START), b"52428800\n{\"e\":"]),
            Some(0),
            None,
            Verdict::OutputLimitExceeded,
            "printed more than 8 MiB",
            "a frame longer than any record",
        ),
        (
            cat(&[
                &frame(START),
                &frame(r#"{"e":"result","outcome":"error","type":"MemoryError","message":""}"#),
            ]),
            Some(0),
            None,
            Verdict::MemoryLimitExceeded,
            "",
            "a MemoryError",
        ),
    ];
    for (report, code, signal, verdict, message, what) in rows {
        let r = judged(&forked(report, code, signal));
        assert_eq!(r.verdict, verdict, "{what}: {:?}", r.message);
        assert!(
            r.message.as_deref().unwrap_or_default().contains(message),
            "{what}: {:?}",
            r.message
        );
        assert_eq!(
            r.time,
            Duration::from_millis(7),
            "{what}: CPU measured outside"
        );
        assert_eq!(r.peak_memory, 12 << 20, "{what}: the child's peak memory");
        let broken = r
            .message
            .as_deref()
            .is_some_and(|m| m.contains("the judge's channel") || m.contains("printed more"));
        let log = if broken { "" } else { "printed\n" };
        assert_eq!(
            r.detail.log, log,
            "{what}: what the test printed, unless its report broke the protocol"
        );
    }
}

#[test]
fn printing_more_than_the_output_limit_is_the_output_limit() {
    let mut t = forked([frame(START), frame(PASS)].concat(), Some(0), None);
    t.stdout_size = Limits::default().output + 1;
    assert_eq!(judged(&t).verdict, Verdict::OutputLimitExceeded);
}
