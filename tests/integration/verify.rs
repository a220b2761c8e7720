//! End to end: what `grind verify` proves about labelled submissions, and the order it
//! reports exercises in while it verifies several at once.

use crate::common::Scratch;

/// The exercise headers (`ok   NAME` / `FAIL NAME`) in the order they were printed.
fn headers(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("ok   ").or_else(|| l.strip_prefix("FAIL ")))
        .map(str::to_string)
        .collect()
}

#[test]
fn exercises_are_reported_in_the_order_given_whichever_finishes_first() {
    let s = Scratch::new();
    // `add` has a submission that spins to its time limit, so it finishes well after the
    // others whichever worker takes it.
    let names = ["add", "pair-sum", "counter", "reverse-list"];
    let dirs: Vec<_> = names
        .iter()
        .map(|n| s.copy(&format!("native/{n}")))
        .collect();
    for order in [dirs.clone(), dirs.iter().rev().cloned().collect()] {
        let out = s
            .grind()
            .args(["verify", "-j", "2"])
            .args(&order)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{text}");
        let wanted: Vec<String> = order
            .iter()
            .map(|d| d.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(headers(&text), wanted, "{text}");
    }
}

#[test]
fn a_time_limit_label_fails_when_the_submission_passes_every_test() {
    let s = Scratch::new();
    let ex = s.copy("native/add");
    let tle = ex.join("submissions/time_limit_exceeded");
    std::fs::copy(ex.join("solution.py"), tle.join("fast.py")).unwrap();
    let out = s.grind().arg("verify").arg(&ex).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let line = text
        .lines()
        .find(|l| l.contains("time_limit_exceeded/fast.py"))
        .unwrap_or_else(|| panic!("no line for fast.py in {text}"));
    assert!(line.contains("AC") && line.contains("FAILED"), "{line}");
    let spin = text
        .lines()
        .find(|l| l.contains("time_limit_exceeded/spin.py"))
        .unwrap_or_else(|| panic!("no line for spin.py in {text}"));
    assert!(spin.contains("TLE") && !spin.contains("FAILED"), "{spin}");
}

/// A timeout on a later test does not prove the label when an earlier test already failed
/// otherwise: the verdict is the first failing test's (wrong answer here), as `grind check`
/// would report it, so verify must not stop at "some test timed out".
#[test]
fn a_time_limit_label_fails_when_an_earlier_test_is_a_wrong_answer() {
    let s = Scratch::new();
    let ex = s.copy("native/add");
    std::fs::write(
        ex.join("submissions/time_limit_exceeded/wrong_then_slow.py"),
        "import sys\n\
         a, b = map(int, sys.stdin.read().split())\n\
         if (a, b) == (1, 2):\n    print(a + b + 1)\n\
         else:\n    while True:\n        pass\n",
    )
    .unwrap();
    let out = s.grind().arg("verify").arg(&ex).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let line = text
        .lines()
        .find(|l| l.contains("wrong_then_slow.py"))
        .unwrap_or_else(|| panic!("no line for wrong_then_slow.py in {text}"));
    assert!(line.contains("WA") && line.contains("FAILED"), "{line}");
}
