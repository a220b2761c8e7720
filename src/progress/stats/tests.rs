//! Stats over a hand-made store: one row per rule of status, streak, next, reviews, totals
//! and the mock countdown.

use std::path::PathBuf;

use super::*;
use crate::catalog::{Files, Format, Spec};
use crate::limits::Limits;
use crate::progress::{Attempt, ExerciseState, Mock};

const T0: u64 = 1_700_000_000;

fn ex(name: &str, difficulty: Difficulty, topics: &[&str], target: u32) -> Exercise {
    Exercise {
        name: name.into(),
        title: name.to_uppercase(),
        format: Format::Native,
        difficulty: Some(difficulty),
        topics: topics.iter().map(|t| (*t).to_string()).collect(),
        target_minutes: Some(target),
        hints: Vec::new(),
        limits: Limits::default(),
        calibration: None,
        spec: Spec::Predict,
        files: Files::Disk(PathBuf::from(name)),
        min_python: None,
    }
}

fn attempt(exercise: &str, at: u64, verdict: &str, elapsed: u64) -> Attempt {
    Attempt {
        exercise: exercise.into(),
        at,
        verdict: verdict.into(),
        passed: 0,
        total: 1,
        elapsed_seconds: Some(elapsed),
        hints_used: 0,
        mock: false,
        after_give_up: false,
    }
}

fn state(started: Option<u64>, hints: usize, gave_up: Option<u64>) -> ExerciseState {
    ExerciseState {
        started_at: started,
        hints_used: hints,
        gave_up_at: gave_up,
        last_checked: None,
    }
}

fn progress(attempts: Vec<Attempt>, states: &[(&str, ExerciseState)]) -> Progress {
    Progress {
        attempts,
        exercises: states
            .iter()
            .map(|(n, s)| ((*n).to_string(), s.clone()))
            .collect(),
        ..Progress::default()
    }
}

#[test]
fn status_table() {
    let a = ex("a", Difficulty::Easy, &["array"], 10);
    let rows: Vec<(Progress, Status, &str)> = vec![
        (Progress::default(), Status::New, "never touched"),
        (
            progress(vec![], &[("a", state(Some(T0), 0, None))]),
            Status::Started,
            "started, never checked",
        ),
        (
            progress(vec![attempt("a", T0, "wrong_answer", 5)], &[]),
            Status::Attempted,
            "checked, never accepted",
        ),
        (
            progress(
                vec![attempt("a", T0, "wrong_answer", 5)],
                &[("a", state(Some(T0), 0, Some(T0 + 9)))],
            ),
            Status::GaveUp,
            "gave up",
        ),
        (
            progress(
                vec![attempt("a", T0, "accepted", 5)],
                &[("a", state(Some(T0), 0, Some(T0 - 9)))],
            ),
            Status::Solved,
            "a pass beats a give-up",
        ),
        (
            progress(vec![attempt("a", T0, "partially_accepted", 5)], &[]),
            Status::Attempted,
            "a verdict this build does not know is not a pass",
        ),
    ];
    for (p, want, msg) in rows {
        assert_eq!(exercise(&p, &a).status, want, "{msg}");
    }
}

#[test]
fn first_pass_and_target() {
    let a = ex("a", Difficulty::Easy, &["array"], 10);
    let p = progress(
        vec![
            attempt("a", T0, "wrong_answer", 100),
            attempt("b", T0 + 1, "accepted", 1),
            attempt("a", T0 + 2, "accepted", 700),
            attempt("a", T0 + 3, "accepted", 800),
        ],
        &[("a", state(Some(T0), 2, None))],
    );
    let s = exercise(&p, &a);
    assert_eq!(s.attempts, 3);
    assert_eq!(s.attempts_to_first_pass, Some(2));
    assert_eq!(s.solve_seconds, Some(700), "the first pass counts");
    assert_eq!((s.hints_used, s.last_attempt_at), (2, Some(T0 + 3)));
    assert!(s.slow(), "700 s is over a 10 min target");
}

#[test]
fn streak_table() {
    const DAY: u64 = 86_400;
    let today = T0 - T0 % DAY + 3600;
    let passes = |days: &[u64]| {
        progress(
            days.iter()
                .map(|d| attempt("a", today - d * DAY, "accepted", 1))
                .collect(),
            &[],
        )
    };
    let rows: &[(&[u64], u32, &str)] = &[
        (&[], 0, "no pass"),
        (&[0], 1, "today"),
        (&[0, 1, 2], 3, "three days running"),
        (&[1, 2], 2, "yesterday still counts"),
        (&[2, 3], 0, "a day missed breaks it"),
        (&[0, 2], 1, "a gap"),
    ];
    for (days, want, msg) in rows {
        assert_eq!(streak(&passes(days), today), *want, "{msg}");
    }
    let failed = progress(vec![attempt("a", today, "wrong_answer", 1)], &[]);
    assert_eq!(streak(&failed, today), 0, "only passes count");
}

#[test]
fn next_table() {
    let all = [
        ex("hard-graph", Difficulty::Hard, &["graph"], 30),
        ex("easy-array", Difficulty::Easy, &["array"], 10),
        ex("easy-graph", Difficulty::Easy, &["graph"], 10),
        ex("medium-array", Difficulty::Medium, &["array"], 20),
    ];
    let name = |p: &Progress| next(p, &all).map(|e| e.name.clone());
    assert_eq!(
        name(&Progress::default()).as_deref(),
        Some("easy-array"),
        "nothing done: the easiest, then by name"
    );
    let solved_array = progress(vec![attempt("easy-array", T0, "accepted", 1)], &[]);
    assert_eq!(
        name(&solved_array).as_deref(),
        Some("easy-graph"),
        "the topic with the fewest solves"
    );
    let mut two_open = progress(
        vec![
            attempt("medium-array", T0, "wrong_answer", 1),
            attempt("hard-graph", T0 + 5, "wrong_answer", 1),
        ],
        &[],
    );
    assert_eq!(
        name(&two_open).as_deref(),
        Some("hard-graph"),
        "the unsolved one checked last"
    );
    two_open.current = Some("medium-array".into());
    assert_eq!(
        name(&two_open).as_deref(),
        Some("medium-array"),
        "the current one first"
    );
    let all_solved = progress(
        all.iter()
            .map(|e| attempt(&e.name, T0, "accepted", 1))
            .collect(),
        &[],
    );
    assert_eq!(name(&all_solved), None, "nothing left");
}

#[test]
fn reviews_table() {
    const DAY: u64 = 86_400;
    let a = ex("a", Difficulty::Easy, &["array"], 10);
    let due = |p: &Progress, now: u64| -> Option<(u64, String)> {
        reviews(p, std::slice::from_ref(&a), now)
            .pop()
            .map(|r| (r.due_at, r.reason))
    };
    let fast = progress(vec![attempt("a", T0, "accepted", 60)], &[]);
    assert_eq!(
        due(&fast, T0 + 3 * DAY - 1),
        None,
        "a quick solve waits 3 days"
    );
    assert_eq!(
        due(&fast, T0 + 3 * DAY),
        Some((T0 + 3 * DAY, "last solved 3 day(s) ago".into()))
    );
    let slow = progress(vec![attempt("a", T0, "accepted", 3600)], &[]);
    assert_eq!(
        due(&slow, T0 + DAY),
        Some((
            T0 + DAY,
            "the first solve was slower than the target".into()
        )),
        "a slow solve comes back after a day"
    );
    let hinted = progress(
        vec![attempt("a", T0, "accepted", 60)],
        &[("a", state(Some(T0), 2, None))],
    );
    assert_eq!(
        due(&hinted, T0 + DAY).map(|d| d.1),
        Some("solved with 2 hint(s)".into())
    );
    let again = progress(
        vec![
            attempt("a", T0, "accepted", 60),
            attempt("a", T0 + 4 * DAY, "accepted", 60),
        ],
        &[],
    );
    assert_eq!(
        due(&again, T0 + 10 * DAY - 1),
        None,
        "a pass on a later day doubles the interval"
    );
    assert_eq!(due(&again, T0 + 10 * DAY).map(|d| d.0), Some(T0 + 10 * DAY));
    let tried = progress(vec![attempt("a", T0, "wrong_answer", 60)], &[]);
    assert_eq!(
        due(&tried, T0),
        Some((T0, "tried but not solved yet".into()))
    );
    let gave_up = progress(vec![], &[("a", state(Some(T0), 0, Some(T0)))]);
    assert_eq!(due(&gave_up, T0 + DAY).map(|d| d.0), Some(T0 + DAY));
    let started = progress(vec![], &[("a", state(Some(T0), 0, None))]);
    assert_eq!(
        due(&started, T0 + 100 * DAY),
        None,
        "started only: nothing to review"
    );
}

#[test]
fn totals_by_topic_and_difficulty() {
    let all = [
        ex("a", Difficulty::Easy, &["array", "hashing"], 10),
        ex("b", Difficulty::Easy, &["array"], 10),
        ex("c", Difficulty::Hard, &["graph"], 10),
    ];
    let p = progress(
        vec![
            attempt("a", T0, "accepted", 1),
            attempt("b", T0, "wrong_answer", 1),
        ],
        &[("c", state(Some(T0), 0, Some(T0)))],
    );
    let stats: Vec<_> = all.iter().map(|e| exercise(&p, e)).collect();
    let t = totals(&stats);
    let tally = |solved, attempted, total| Tally {
        solved,
        attempted,
        total,
    };
    assert_eq!(t.by_topic["array"], tally(1, 2, 2));
    assert_eq!(t.by_topic["hashing"], tally(1, 1, 1));
    assert_eq!(
        t.by_topic["graph"],
        tally(0, 1, 1),
        "a give-up counts as attempted"
    );
    assert_eq!(t.by_difficulty["easy"], tally(1, 2, 2));
    assert_eq!(t.by_difficulty["hard"], tally(0, 1, 1));
}

#[test]
fn mock_countdown_table() {
    let mock = |ended_at| Mock {
        started_at: T0,
        deadline: T0 + 1800,
        exercises: vec!["a".into()],
        hints_allowed: false,
        ended_at,
    };
    let with = |m: Option<Mock>| Progress {
        mock: m,
        ..Progress::default()
    };
    assert_eq!(mock_countdown(&with(None), T0), None);
    assert_eq!(
        mock_countdown(&with(Some(mock(None))), T0 + 600).as_deref(),
        Some("mock round: 20m 00s left")
    );
    assert_eq!(
        mock_countdown(&with(Some(mock(None))), T0 + 1800).as_deref(),
        Some("mock round: time is up; `grind mock` shows the report")
    );
    assert_eq!(
        mock_countdown(&with(Some(mock(Some(T0 + 60)))), T0 + 600),
        None
    );
}
