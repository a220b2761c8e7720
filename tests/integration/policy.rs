//! End to end: the verdict policy. The headline is the first failing test in test order,
//! stopping early never changes it, a time limit exceeded stops the tests after it, and a
//! float is not an integer.

use std::time::{Duration, Instant};

use crate::common::{Scratch, check_json, test_verdicts};

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
        .collect()
}

#[test]
fn the_headline_is_the_first_failing_test_not_the_worst() {
    let s = Scratch::new();
    let ex = s.copy("native/pair-sum");
    let sol = s.copy("solutions").join("function/wrong_then_slow.py");
    let (code, json) = check_json(&s, &ex, &sol, &["-j", "1"]);
    assert_eq!((code, json["verdict"].as_str()), (1, Some("wrong_answer")));
    assert_eq!(
        test_verdicts(&json),
        pairs(&[
            ("sample/1", "wrong_answer"),
            ("hidden/1", "time_limit_exceeded")
        ]),
        "the time limit exceeded stops the tests after it, and is not the headline"
    );
    assert_eq!(
        (json["passed"].as_u64(), json["total"].as_u64()),
        (Some(0), Some(5))
    );

    for extra in [
        &["-j", "2"][..],
        &["--fail-fast"],
        &["--all-tests", "-j", "2"],
    ] {
        let (_, json) = check_json(&s, &ex, &sol, extra);
        assert_eq!(json["verdict"], "wrong_answer", "{extra:?}: {json:#}");
    }
    s.assert_tmp_clean();
}

#[test]
fn fail_fast_stops_function_exercises_at_the_first_failure() {
    let s = Scratch::new();
    let ex = s.copy("native/pair-sum");
    let sol = s.copy("solutions").join("function/wrong_then_slow.py");
    let (_, json) = check_json(&s, &ex, &sol, &["--fail-fast", "-j", "1"]);
    assert_eq!(test_verdicts(&json), pairs(&[("sample/1", "wrong_answer")]));
    assert_eq!(json["skipped"], 4);
}

#[test]
fn a_float_is_not_an_integer() {
    let s = Scratch::new();
    let ex = s.copy("native/pair-sum");
    let sol = s.copy("solutions").join("function/float_for_int.py");
    let (code, json) = check_json(&s, &ex, &sol, &[]);
    assert_eq!((code, json["verdict"].as_str()), (1, Some("wrong_answer")));
    let msg = json["tests"][0]["message"].as_str().unwrap_or_default();
    assert_eq!(msg, "expected an integer (3), got a float (3.0)");
}

/// A program that never ends gets its verdict in about the time limit, not the time limit
/// for every test, on the built-in catalog's largest exercises (limits calibrated first).
#[test]
fn an_endless_loop_answers_within_twice_the_limit_and_a_second() {
    let s = Scratch::new();
    let sols = s.copy("solutions");
    for (name, file) in [
        ("range-sum-queries", "stdio/spin.py"),
        ("two-sum", "function/spin.py"),
    ] {
        s.grind().args(["show", name]).assert().success();
        let t = Instant::now();
        let (code, json) = check_json(&s, name.as_ref(), &sols.join(file), &[]);
        let took = t.elapsed();
        assert_eq!(
            (code, json["verdict"].as_str()),
            (1, Some("time_limit_exceeded"))
        );
        let limit = Duration::from_millis(json["time_limit_ms"].as_u64().unwrap());
        let run = test_verdicts(&json);
        assert!(
            run.len() <= 2 && run.iter().all(|(_, v)| v == "time_limit_exceeded"),
            "{name}: at most one test per worker runs: {run:?}"
        );
        // On a machine busier than its cores, CPU seconds take longer than seconds.
        let bound = limit * 2 + Duration::from_secs(1);
        let bound = if busy() { bound * 3 } else { bound };
        assert!(took < bound, "{name}: {took:?} for a limit of {limit:?}");
        let t0 = &json["tests"][0];
        assert!(t0["time_ms"].as_u64().unwrap() > 0, "{name}: {t0}");
    }
    s.assert_tmp_clean();
}

/// Whether more processes want to run than there are cores (the 1-minute load average).
fn busy() -> bool {
    let load: f64 = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next()?.parse().ok())
        .unwrap_or(0.0);
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let cores = f64::from(u32::try_from(cores).unwrap_or(u32::MAX));
    load >= cores
}
