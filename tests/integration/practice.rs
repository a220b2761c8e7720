//! End to end: the practice loop in a temp workspace (start, failing check, hint, passing
//! check, stats, solution, reset), the store under concurrency and corruption, watch mode,
//! mock rounds and review.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::{Scratch, fixtures};
use serde_json::Value;

const T0: u64 = 1_700_000_000;

fn reference(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(format!("../../exercises/{name}/solution.py"))).unwrap()
}

fn stats(s: &Scratch, now: u64) -> Value {
    let out = s
        .grind()
        .env("GRIND_NOW", now.to_string())
        .args(["stats", "--json"])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn exercise<'a>(stats: &'a Value, name: &str) -> &'a Value {
    stats["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == name)
        .unwrap()
}

#[test]
fn the_whole_loop() {
    let s = Scratch::new();
    let at = |t: u64| t.to_string();
    let out = s
        .grind()
        .env("GRIND_NOW", at(T0))
        .args(["start", "two-sum"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Two Sum") && text.contains("two-sum.py"),
        "prompt and file: {text}"
    );
    let file = s.path().join("two-sum.py");
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("def two_sum")
    );

    // Starting again must not clobber work.
    std::fs::write(&file, "# my work\n").unwrap();
    let out = s.grind().args(["start", "two-sum"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "# my work\n");

    // A failing check with no name checks the exercise started last.
    let out = s
        .grind()
        .env("GRIND_NOW", at(T0 + 60))
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = s.grind().arg("hint").output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Hint 1/"),
        "hint shown"
    );
    let out = s.grind().arg("solution").output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "solution is locked before a pass"
    );

    std::fs::write(&file, reference("two-sum")).unwrap();
    let out = s
        .grind()
        .env("GRIND_NOW", at(T0 + 600))
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("solved in 10m 00s"),
        "solve time shown"
    );

    let st = stats(&s, T0 + 700);
    let e = exercise(&st, "two-sum");
    assert_eq!(e["status"], "solved");
    assert_eq!(e["attempts"], 2);
    assert_eq!(e["solve_seconds"], 600);
    assert_eq!(e["attempts_to_first_pass"], 2);
    assert_eq!(e["hints_used"], 1);
    assert_eq!(st["streak_days"], 1);
    assert_eq!(exercise(&st, "lru-cache")["status"], "new");

    let out = s.grind().arg("solution").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("def two_sum"));

    let out = s
        .grind()
        .env("GRIND_NOW", at(T0 + 800))
        .args(["reset", "two-sum"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let backup = s
        .path()
        .join(format!(".grind/backups/two-sum-{}.py", T0 + 800));
    assert_eq!(
        std::fs::read(backup).unwrap(),
        reference("two-sum"),
        "backup keeps the user's file"
    );
    assert!(
        std::fs::read_to_string(&file).unwrap().contains("pass"),
        "starter restored"
    );
    s.assert_tmp_clean();
}

#[test]
fn give_up_is_recorded_and_predict_solution_shows_the_output() {
    let s = Scratch::new();
    s.grind()
        .args(["start", "late-binding-closures"])
        .assert()
        .success();
    assert!(s.path().join("late-binding-closures.txt").exists());
    let out = s.grind().args(["solution", "--give-up"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text.contains("[20, 20, 20]") && text.contains("late binding"),
        "{text}"
    );
    let st = stats(&s, T0);
    assert_eq!(exercise(&st, "late-binding-closures")["status"], "gave_up");
}

#[test]
fn many_checks_at_once_lose_no_attempt() {
    let s = Scratch::new();
    s.grind().args(["start", "two-sum"]).assert().success();
    // Six different files: a file checked again unchanged is not a new attempt.
    let children: Vec<_> = (0..6)
        .map(|i| {
            let file = format!("try{i}.py");
            std::fs::write(s.path().join(&file), format!("# try {i}\n")).unwrap();
            std::process::Command::new(env!("CARGO_BIN_EXE_grind"))
                .env("TMPDIR", s.tmp())
                .args(["check", "--json", "two-sum", "--file", &file])
                .current_dir(s.path())
                .stdout(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        c.wait().unwrap();
    }
    let st = stats(&s, T0);
    assert_eq!(exercise(&st, "two-sum")["attempts"], 6);
    s.assert_tmp_clean();
}

#[test]
fn a_corrupt_store_is_kept_aside_with_a_warning() {
    let s = Scratch::new();
    std::fs::create_dir_all(s.path().join(".grind")).unwrap();
    std::fs::write(
        s.path().join(".grind/progress.json"),
        "{\"version\": 1, \"attempts\": [oops",
    )
    .unwrap();
    std::fs::write(s.path().join("two-sum.py"), reference("two-sum")).unwrap();
    let out = s.grind().args(["check", "two-sum"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("was corrupt") && err.contains("progress.corrupt-"),
        "{err}"
    );
    let kept: Vec<_> = std::fs::read_dir(s.path().join(".grind"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("progress.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1);
    let st = stats(&s, T0);
    assert_eq!(
        exercise(&st, "two-sum")["attempts"],
        1,
        "a fresh store recorded the check"
    );
}

#[test]
fn watch_rechecks_on_save_and_quits_on_q() {
    let s = Scratch::new();
    s.grind().args(["start", "two-sum"]).assert().success();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_grind"))
        .env("TMPDIR", s.tmp())
        .args(["--color", "never", "watch"])
        .current_dir(s.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::Builder::new()
        .name("watch-stdout".into())
        .spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        })
        .unwrap();
    let wait_for = |needle: &str| {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(line) = rx.recv_timeout(Duration::from_millis(200))
                && line.contains(needle)
            {
                return true;
            }
        }
        false
    };
    assert!(wait_for("watching two-sum.py"), "first check ran");
    std::fs::write(s.path().join("two-sum.py"), reference("two-sum")).unwrap();
    assert!(
        wait_for("tests passed") && wait_for("watching"),
        "re-checked after the save"
    );
    child.stdin.as_mut().unwrap().write_all(b"q\n").unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        assert!(Instant::now() < deadline, "watch did not quit on q");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success());
    let st = stats(&s, T0);
    assert_eq!(exercise(&st, "two-sum")["status"], "solved");
    s.assert_tmp_clean();
}

#[test]
fn mock_round_counts_down_locks_hints_and_reports() {
    let s = Scratch::new();
    let out = s
        .grind()
        .env("GRIND_NOW", T0.to_string())
        .args([
            "mock",
            "--count",
            "1",
            "--minutes",
            "30",
            "--difficulty",
            "easy",
            "--topic",
            "array",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    // Any easy array problem of the catalog may be drawn.
    let listed = s
        .grind()
        .args(["list", "--difficulty", "easy", "--topic", "array", "--json"])
        .output()
        .unwrap();
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let names: Vec<String> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.len() >= 5, "easy array problems: {names:?}");
    let picked = names
        .iter()
        .find(|name| text.contains(&format!("{name}.py")));
    let Some(picked) = picked.map(String::as_str) else {
        panic!("an easy array problem: {text}");
    };
    let out = s
        .grind()
        .env("GRIND_NOW", (T0 + 60).to_string())
        .arg("hint")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "hints locked");
    std::fs::write(s.path().join(format!("{picked}.py")), reference(picked)).unwrap();
    let out = s
        .grind()
        .env("GRIND_NOW", (T0 + 300).to_string())
        .arg("check")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("mock round: 25m 00s left"));
    let out = s
        .grind()
        .env("GRIND_NOW", (T0 + 2000).to_string())
        .arg("mock")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("1/1 solved in time") && text.contains("in 5m 00s"),
        "{text}"
    );
}

#[test]
fn next_and_review_follow_the_history() {
    let s = Scratch::new();
    let out = s.grind().arg("next").output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("grind start"),
        "suggests a start"
    );
    s.grind()
        .env("GRIND_NOW", T0.to_string())
        .args(["start", "two-sum"])
        .assert()
        .success();
    s.grind()
        .env("GRIND_NOW", (T0 + 30).to_string())
        .arg("check")
        .assert()
        .code(1);
    let out = s.grind().arg("next").output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("two-sum"),
        "unsolved current first"
    );
    let out = s
        .grind()
        .env("GRIND_NOW", (T0 + 40).to_string())
        .arg("review")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("two-sum"),
        "a failed attempt is due"
    );
}
