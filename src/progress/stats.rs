//! Derived views of the progress store: per-exercise status, totals per topic and
//! difficulty, the daily streak, suggestions for what to do next, and spaced-repetition
//! reviews.

use std::collections::BTreeMap;

use serde::Serialize;

use super::clock::{day, human};
use super::store::{Mock, Progress};
use crate::catalog::{Difficulty, Exercise, Kind};

/// Where an exercise stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Accepted at least once.
    Solved,
    /// Gave up (looked at the solution) without solving it.
    GaveUp,
    /// Checked, never accepted.
    Attempted,
    /// Started, never checked.
    Started,
    /// Never touched.
    New,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Solved => "solved",
            Status::GaveUp => "gave_up",
            Status::Attempted => "attempted",
            Status::Started => "started",
            Status::New => "new",
        }
    }
}

/// What the store says about one exercise.
#[derive(Debug, Clone, Serialize)]
pub struct ExerciseStats {
    pub name: String,
    pub title: String,
    pub kind: Kind,
    pub difficulty: Option<Difficulty>,
    pub topics: Vec<String>,
    pub status: Status,
    pub attempts: usize,
    /// Attempts up to and including the first accepted one.
    pub attempts_to_first_pass: Option<usize>,
    /// Time from `grind start` to the first accepted check.
    pub solve_seconds: Option<u64>,
    pub target_minutes: Option<u32>,
    pub hints_used: usize,
    /// When it was last checked.
    pub last_attempt_at: Option<u64>,
}

impl ExerciseStats {
    /// Whether the first pass took longer than the exercise's target time.
    pub fn slow(&self) -> bool {
        match (self.solve_seconds, self.target_minutes) {
            (Some(s), Some(t)) => s > u64::from(t) * 60,
            _ => false,
        }
    }
}

/// Stats of one exercise.
pub fn exercise(p: &Progress, ex: &Exercise) -> ExerciseStats {
    let attempts: Vec<_> = p.attempts_of(&ex.name).collect();
    let first_pass = attempts.iter().position(|a| a.solves());
    let state = p.exercises.get(&ex.name);
    let status = if first_pass.is_some() {
        Status::Solved
    } else if state.is_some_and(|s| s.gave_up_at.is_some()) {
        Status::GaveUp
    } else if !attempts.is_empty() {
        Status::Attempted
    } else if state.is_some_and(|s| s.started_at.is_some()) {
        Status::Started
    } else {
        Status::New
    };
    ExerciseStats {
        name: ex.name.clone(),
        title: ex.title.clone(),
        kind: ex.kind(),
        difficulty: ex.difficulty,
        topics: ex.topics.clone(),
        status,
        attempts: attempts.len(),
        attempts_to_first_pass: first_pass.map(|i| i + 1),
        solve_seconds: first_pass.and_then(|i| attempts[i].elapsed_seconds),
        target_minutes: ex.target_minutes,
        hints_used: state.map_or(0, |s| s.hints_used),
        last_attempt_at: attempts.last().map(|a| a.at),
    }
}

/// Solved, attempted and total exercises in one group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub solved: usize,
    pub attempted: usize,
    pub total: usize,
}

/// Tallies per topic and per difficulty (`-` for none), in name order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    pub by_topic: BTreeMap<String, Tally>,
    pub by_difficulty: BTreeMap<String, Tally>,
}

/// Adds up exercises per topic and per difficulty. An exercise counts as attempted once it
/// was checked or given up.
pub fn totals(all: &[ExerciseStats]) -> Totals {
    let mut t = Totals::default();
    for s in all {
        let solved = usize::from(s.status == Status::Solved);
        let tried = usize::from(s.attempts > 0 || s.status == Status::GaveUp);
        let add = |tally: &mut Tally| {
            tally.solved += solved;
            tally.attempted += tried;
            tally.total += 1;
        };
        for topic in &s.topics {
            add(t.by_topic.entry(topic.clone()).or_default());
        }
        let d = s.difficulty.map_or("-", Difficulty::as_str);
        add(t.by_difficulty.entry(d.to_string()).or_default());
    }
    t
}

/// Consecutive days, ending today (or yesterday, if nothing was solved yet today), with at
/// least one accepted check.
pub fn streak(p: &Progress, now: u64) -> u32 {
    let days: std::collections::BTreeSet<u64> = p
        .attempts
        .iter()
        .filter(|a| a.solves())
        .map(|a| day(a.at))
        .collect();
    let today = day(now);
    let mut d = if days.contains(&today) {
        today
    } else {
        today.saturating_sub(1)
    };
    let mut n = 0;
    while days.contains(&d) {
        n += 1;
        if d == 0 {
            break;
        }
        d -= 1;
    }
    n
}

/// What to do next: the current exercise if unsolved, else another started or attempted
/// one, else an untouched one: easiest first, from the topic with the fewest solves.
pub fn next<'a>(p: &Progress, exercises: &'a [Exercise]) -> Option<&'a Exercise> {
    let stats: Vec<(&Exercise, ExerciseStats)> =
        exercises.iter().map(|e| (e, exercise(p, e))).collect();
    let unsolved = |s: &ExerciseStats| matches!(s.status, Status::Attempted | Status::Started);
    if let Some(cur) = &p.current
        && let Some((e, _)) = stats.iter().find(|(e, s)| &e.name == cur && unsolved(s))
    {
        return Some(e);
    }
    if let Some((e, _)) = stats
        .iter()
        .filter(|(_, s)| unsolved(s))
        .max_by_key(|(e, s)| {
            (
                s.last_attempt_at,
                p.exercises.get(&e.name).and_then(|x| x.started_at),
            )
        })
    {
        return Some(e);
    }
    let solved_in = |topic: &str| {
        stats
            .iter()
            .filter(|(e, s)| s.status == Status::Solved && e.topics.iter().any(|t| t == topic))
            .count()
    };
    stats
        .iter()
        .filter(|(_, s)| s.status == Status::New)
        .min_by_key(|(e, _)| {
            let fewest = e.topics.iter().map(|t| solved_in(t)).min().unwrap_or(0);
            (e.difficulty, fewest, e.name.clone())
        })
        .map(|(e, _)| *e)
}

/// The countdown line `grind check` prints during a mock round.
pub fn mock_countdown(p: &Progress, now: u64) -> Option<String> {
    let m = p.mock.as_ref().filter(|m| m.ended_at.is_none())?;
    Some(if now < m.deadline {
        format!("mock round: {} left", human(m.deadline - now))
    } else {
        "mock round: time is up; `grind mock` shows the report".into()
    })
}

/// How one problem of a mock round went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockResult {
    pub name: String,
    /// Seconds from the start of the round to the first pass within it.
    pub solved_after: Option<u64>,
    /// Checks made during the round.
    pub checks: usize,
}

/// The problems of a mock round, each with its first pass and checks within the round.
pub fn mock_results(p: &Progress, m: &Mock) -> Vec<MockResult> {
    let in_round = |at: u64| at >= m.started_at && at <= m.deadline;
    m.exercises
        .iter()
        .map(|name| MockResult {
            name: name.clone(),
            solved_after: p
                .attempts_of(name)
                .find(|a| a.solves() && in_round(a.at))
                .map(|a| a.at - m.started_at),
            checks: p.attempts_of(name).filter(|a| in_round(a.at)).count(),
        })
        .collect()
}

/// An exercise due for another go.
#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub name: String,
    pub due_at: u64,
    pub reason: String,
}

const DAY: u64 = 86_400;

/// Exercises due for review at `now`, most overdue first. Unsolved attempts are due at once;
/// a give-up comes back a day later; a solve comes back after 1 day if it was slow, needed
/// hints or many attempts, else after 3 days, and each later accepted check on another day
/// doubles the interval (up to 60 days).
pub fn reviews(p: &Progress, exercises: &[Exercise], now: u64) -> Vec<Review> {
    let mut due = schedule(p, exercises, now);
    due.retain(|r| r.due_at <= now);
    due
}

/// Every exercise with a review coming, due or not, soonest first.
pub fn schedule(p: &Progress, exercises: &[Exercise], now: u64) -> Vec<Review> {
    let mut out = Vec::new();
    for ex in exercises {
        let s = exercise(p, ex);
        let passes: Vec<u64> = p
            .attempts_of(&ex.name)
            .filter(|a| a.solves())
            .map(|a| a.at)
            .collect();
        let review = match s.status {
            Status::Attempted => Some((
                s.last_attempt_at.unwrap_or(now),
                "tried but not solved yet".to_string(),
            )),
            Status::GaveUp => {
                let at = p
                    .exercises
                    .get(&ex.name)
                    .and_then(|x| x.gave_up_at)
                    .unwrap_or(now);
                Some((
                    at + DAY,
                    "you looked at the solution: solve it on your own".into(),
                ))
            }
            Status::Solved => {
                let hard_won =
                    s.slow() || s.hints_used > 0 || s.attempts_to_first_pass.unwrap_or(1) > 3;
                let first_day = day(passes[0]);
                let later_days = passes
                    .iter()
                    .map(|t| day(*t))
                    .filter(|d| *d > first_day)
                    .collect::<std::collections::BTreeSet<_>>();
                let shift = u32::try_from(later_days.len()).unwrap_or(u32::MAX).min(5);
                let interval = (if hard_won { DAY } else { 3 * DAY })
                    .saturating_mul(1 << shift)
                    .min(60 * DAY);
                let last = *passes.last().expect("solved has a pass");
                let why = if s.slow() {
                    "the first solve was slower than the target".to_string()
                } else if s.hints_used > 0 {
                    format!("solved with {} hint(s)", s.hints_used)
                } else {
                    format!(
                        "last solved {} day(s) ago",
                        (now.saturating_sub(last)) / DAY
                    )
                };
                Some((last + interval, why))
            }
            Status::Started | Status::New => None,
        };
        if let Some((due_at, reason)) = review {
            out.push(Review {
                name: ex.name.clone(),
                due_at,
                reason,
            });
        }
    }
    out.sort_by_key(|r| (r.due_at, r.name.clone()));
    out
}

#[cfg(test)]
mod tests;
