//! End to end: the practice loop's second pass. Predictions teach instead of telling, work
//! is never lost, and noise is never counted.

use std::path::Path;

use crate::common::Scratch;
use serde_json::Value;

const T0: u64 = 1_700_000_000;

fn run(s: &Scratch, now: u64, args: &[&str]) -> (i32, String, String) {
    let out = s
        .grind()
        .env("GRIND_NOW", now.to_string())
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn store(s: &Scratch) -> Value {
    let text = std::fs::read_to_string(s.path().join(".grind/progress.json")).unwrap_or_default();
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

fn attempts(s: &Scratch) -> usize {
    store(s)["attempts"].as_array().map_or(0, Vec::len)
}

fn real_output(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("exercises/{name}/expected.txt"));
    std::fs::read_to_string(p).unwrap()
}

fn append(path: &Path, text: &str) {
    let mut t = std::fs::read_to_string(path).unwrap();
    t.push_str(text);
    std::fs::write(path, t).unwrap();
}

#[test]
fn a_prediction_is_not_given_away() {
    let s = Scratch::new();
    let name = "late-binding-closures";
    let (code, out, _) = run(&s, T0, &["start", name]);
    assert_eq!(code, 0);
    assert_eq!(
        out.matches("funcs = [lambda").count(),
        1,
        "the snippet once: {out}"
    );
    assert!(
        out.contains("How to answer"),
        "grind states the rules: {out}"
    );
    let file = s.path().join(format!("{name}.txt"));
    let fresh = std::fs::read_to_string(&file).unwrap();
    assert!(
        fresh.contains("#     funcs = [lambda"),
        "the snippet is in the file: {fresh}"
    );
    let real = real_output(name);
    let first = real.lines().next().unwrap();

    // Empty (unchanged) prediction: not attempted; nothing recorded or revealed.
    for args in [&["check"][..], &["check", "--json"]] {
        let (code, out, err) = run(&s, T0 + 5, args);
        assert_eq!(code, 2, "{out}{err}");
        assert!(err.contains("nothing to check yet"), "{err}");
        assert!(!out.contains(first) && !err.contains(first));
    }
    std::fs::write(&file, "  \n\n").unwrap();
    assert_eq!(run(&s, T0 + 6, &["check"]).0, 2, "blank is not an attempt");
    std::fs::write(&file, &fresh).unwrap();
    assert_eq!(attempts(&s), 0);

    // A wrong prediction: its first wrong line, never the real output.
    let mut lines: Vec<&str> = real.lines().collect();
    lines[1] = "nope";
    append(&file, &lines.join("\n"));
    for args in [&["check"][..], &["check", "--json", "--reveal"]] {
        let (code, out, _) = run(&s, T0 + 10, args);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains("line 2 is wrong: you wrote `nope`"), "{out}");
        assert!(
            !out.contains(real.lines().nth(1).unwrap()),
            "real line 2 shown: {out}"
        );
        assert!(!out.contains("Why"), "{out}");
    }
    assert_eq!(
        attempts(&s),
        1,
        "the same wrong prediction twice is one attempt"
    );

    // A hint can be spent; then a right prediction shows why.
    assert_eq!(run(&s, T0 + 20, &["hint"]).0, 0);
    std::fs::write(&file, format!("{fresh}{real}")).unwrap();
    let (code, out, _) = run(&s, T0 + 30, &["check"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("your prediction is right") && out.contains("solved in 30s"),
        "{out}"
    );
    assert!(
        !out.contains("0 ms") && !out.contains("MiB"),
        "no times for a prediction: {out}"
    );
}

#[test]
fn a_pass_after_giving_up_is_not_a_solve() {
    let s = Scratch::new();
    let name = "mutable-default-argument";
    run(&s, T0, &["start", name]);
    let (code, out, _) = run(&s, T0 + 5, &["solution", "--give-up"]);
    assert_eq!(code, 0);
    let real = real_output(name);
    assert!(
        out.contains(real.lines().next().unwrap()),
        "the answer: {out}"
    );
    let file = s.path().join(format!("{name}.txt"));
    append(&file, &real);
    let (code, out, _) = run(&s, T0 + 10, &["check"]);
    assert_eq!(code, 0);
    assert!(out.contains("not counted as a solve"), "{out}");
    let (_, stats, _) = run(&s, T0 + 20, &["stats", "--json"]);
    let stats: Value = serde_json::from_str(&stats).unwrap();
    let ex = stats["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == name)
        .unwrap();
    assert_eq!(ex["status"], "gave_up", "{ex}");

    // A new try (reset) clears the give-up: a pass then counts.
    run(&s, T0 + 100, &["reset"]);
    append(&file, &real);
    let (_, out, _) = run(&s, T0 + 160, &["check"]);
    assert!(out.contains("solved in 1m"), "{out}");
}

#[test]
fn backups_never_overwrite_each_other() {
    let s = Scratch::new();
    run(&s, T0, &["start", "two-sum"]);
    let file = s.path().join("two-sum.py");
    append(&file, "# MY SOLUTION\n");
    assert_eq!(run(&s, T0 + 1, &["reset", "two-sum"]).0, 0);
    append(&file, "# SECOND\n");
    assert_eq!(run(&s, T0 + 1, &["reset", "two-sum"]).0, 0);
    // Resetting an untouched starter keeps nothing (there is nothing of yours in it).
    let (_, out, _) = run(&s, T0 + 1, &["reset", "two-sum"]);
    assert!(!out.contains("Kept"), "{out}");
    append(&file, "# THIRD\n");
    assert_eq!(run(&s, T0 + 1, &["start", "two-sum", "--force"]).0, 0);
    let mut kept: Vec<String> = std::fs::read_dir(s.path().join(".grind/backups"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    kept.sort();
    assert_eq!(kept.len(), 3, "{kept:?}");
    for mark in ["# MY SOLUTION", "# SECOND", "# THIRD"] {
        assert!(
            kept.iter().any(|k| k.contains(mark)),
            "{mark} lost: {kept:?}"
        );
    }
}

#[test]
fn a_new_try_restarts_the_clock_and_the_hints() {
    let s = Scratch::new();
    run(&s, T0, &["start", "two-sum"]);
    for _ in 0..3 {
        run(&s, T0 + 10, &["hint"]);
    }
    run(&s, T0 + 500, &["reset"]);
    let st = &store(&s)["exercises"]["two-sum"];
    assert_eq!(
        (st["started_at"].as_u64(), st["hints_used"].as_u64()),
        (Some(T0 + 500), Some(0))
    );
    let (_, out, _) = run(&s, T0 + 510, &["hint"]);
    assert!(out.contains("Hint 1/") && !out.contains("Hint 2/"), "{out}");
    run(&s, T0 + 900, &["start", "two-sum", "--force"]);
    let st = &store(&s)["exercises"]["two-sum"];
    assert_eq!(
        (st["started_at"].as_u64(), st["hints_used"].as_u64()),
        (Some(T0 + 900), Some(0))
    );
}

#[test]
fn a_solve_without_start_has_no_time() {
    let s = Scratch::new();
    let sol = s.path().join("mine.py");
    std::fs::write(
        &sol,
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/two-sum/solution.py"))
            .unwrap(),
    )
    .unwrap();
    let (code, out, _) = run(&s, T0, &["check", "two-sum", "--file", "mine.py"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("time unknown") && !out.contains("solved in 0s"),
        "{out}"
    );
}

#[test]
fn the_file_names_the_exercise() {
    let s = Scratch::new();
    run(&s, T0, &["start", "two-sum"]);
    run(&s, T0, &["start", "coin-change"]);
    let two_sum = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/two-sum/solution.py");
    std::fs::copy(two_sum, s.path().join("two-sum.py")).unwrap();
    // No NAME: the file's name says which exercise, whatever was started last.
    let (code, out, _) = run(&s, T0 + 60, &["check", "--file", "two-sum.py"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("two-sum"), "{out}");
    // `grind check two-sum.py` means the file.
    let (code, out, _) = run(&s, T0 + 61, &["check", "two-sum.py"]);
    assert_eq!(code, 0, "{out}");
    // A NAME that contradicts the file is a usage error, and nothing is recorded.
    let before = attempts(&s);
    let (code, _, err) = run(
        &s,
        T0 + 62,
        &["check", "coin-change", "--file", "two-sum.py"],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("named like the exercise `two-sum`, not `coin-change`"),
        "{err}"
    );
    assert_eq!(attempts(&s), before);
}

#[test]
fn noise_is_not_counted() {
    let s = Scratch::new();
    run(&s, T0, &["start", "two-sum"]);
    run(&s, T0, &["start", "fibonacci"]);
    let file = s.path().join("two-sum.py");
    append(&file, "\n# first try\n");
    assert_eq!(run(&s, T0 + 10, &["check", "two-sum"]).0, 1);
    let (_, out, _) = run(&s, T0 + 20, &["check", "two-sum"]);
    assert!(out.contains("not recorded again"), "{out}");
    assert_eq!(attempts(&s), 1, "an unchanged file is one attempt");
    // `check --all`: the untouched fibonacci starter is not an attempt.
    let (_, out, _) = run(&s, T0 + 30, &["check", "--all"]);
    assert!(out.contains("fibonacci"), "{out}");
    assert_eq!(attempts(&s), 1);
    // A check with its own time limit is not an attempt either.
    append(&file, "# second try\n");
    let (_, out, _) = run(&s, T0 + 40, &["check", "two-sum", "--time-limit", "2"]);
    assert!(out.contains("not recorded"), "{out}");
    assert_eq!(attempts(&s), 1);
}

#[test]
fn check_all_json_is_json_and_next_never_suggests_a_failing_command() {
    let s = Scratch::new();
    run(&s, T0, &["start", "integer-identity"]);
    run(&s, T0, &["start", "two-sum"]);
    append(&s.path().join("two-sum.py"), "\n# edited\n");
    let (code, out, err) = run(&s, T0 + 10, &["check", "--all", "--json"]);
    assert_eq!(code, 1, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["verdict"], "wrong_answer");
    let names: Vec<&str> = v["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["exercise"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["two-sum"],
        "the unanswered prediction is not judged"
    );
    let (code, out, _) = run(&s, T0 + 20, &["next"]);
    assert_eq!(code, 0);
    assert!(!out.contains("run: grind start two-sum"), "{out}");
    assert!(out.contains("grind check two-sum"), "{out}");
    // Solved, then due for review later: review says when.
    let reference =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/two-sum/solution.py"))
            .unwrap();
    std::fs::write(s.path().join("two-sum.py"), reference).unwrap();
    assert_eq!(run(&s, T0 + 30, &["check"]).0, 0);
    let (_, out, _) = run(&s, T0 + 40, &["review"]);
    assert!(out.contains("Nothing is due for review. Next:"), "{out}");
    let (_, out, _) = run(&s, T0 + 40 + 30 * 86_400, &["review"]);
    assert!(
        out.contains("two-sum") && out.contains("grind reset two-sum"),
        "{out}"
    );
    // With nothing in progress, a due review comes before something new.
    let s = Scratch::new();
    run(&s, T0, &["start", "two-sum"]);
    let reference =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/two-sum/solution.py"))
            .unwrap();
    std::fs::write(s.path().join("two-sum.py"), reference).unwrap();
    assert_eq!(run(&s, T0 + 30, &["check"]).0, 0);
    let (_, out, _) = run(&s, T0 + 30 * 86_400, &["next"]);
    assert!(
        out.contains("two-sum") && out.contains("due for review"),
        "{out}"
    );
}

#[test]
fn a_mock_round_does_not_leak() {
    let s = Scratch::new();
    assert_eq!(
        run(&s, T0, &["mock", "--count", "0"]).0,
        2,
        "no empty round"
    );
    let (code, out, err) = run(&s, T0, &["mock", "--count", "1", "--minutes", "30"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("1 problem, 30 minutes"), "{out}");
    // During the round: other arguments are refused, not ignored; the solution is locked.
    let (code, _, err) = run(&s, T0 + 10, &["mock", "--minutes", "0"]);
    assert_eq!(code, 2);
    assert!(err.contains("--end"), "{err}");
    let (code, _, err) = run(&s, T0 + 20, &["solution", "--give-up"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("locked"), "{err}");
    let (_, out, _) = run(&s, T0 + 30, &["mock"]);
    assert!(out.contains("not solved"), "marks while running: {out}");
    // After the end, a plain `grind mock` reports again instead of starting a round.
    run(&s, T0 + 40, &["mock", "--end"]);
    let files = || std::fs::read_dir(s.path()).unwrap().count();
    let before = files();
    let (code, out, _) = run(&s, T0 + 50, &["mock"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Mock round report") && out.contains("--new"),
        "{out}"
    );
    assert_eq!(files(), before, "no new problem files");
    let (code, out, _) = run(&s, T0 + 60, &["mock", "--new", "--count", "1"]);
    assert_eq!(code, 0);
    assert!(out.contains("Mock round: 1 problem"), "{out}");
}

#[test]
fn topics_have_aliases_and_a_listing() {
    let s = Scratch::new();
    let names = |args: &[&str]| -> Vec<String> {
        let (code, out, err) = run(&s, T0, args);
        assert_eq!(code, 0, "{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap().to_string())
            .collect()
    };
    let dp = names(&["list", "--json", "--topic", "dynamic-programming"]);
    assert!(dp.contains(&"coin-change".to_string()), "{dp:?}");
    for alias in ["dp", "DP", "Dynamic_Programming"] {
        assert_eq!(names(&["list", "--json", "--topic", alias]), dp, "{alias}");
    }
    assert_eq!(
        names(&["list", "--json", "--topic", "graphs"]),
        names(&["list", "--json", "--topic", "graph"])
    );
    let (code, _, err) = run(&s, T0, &["list", "--topic", "dynamic-programing"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `dynamic-programming`"), "{err}");
    let (code, out, _) = run(&s, T0, &["list", "--topics"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("dynamic-programming") && out.contains("predict"),
        "{out}"
    );
    // The listing has a status column, and reading it creates nothing.
    let (_, out, _) = run(&s, T0, &["list"]);
    assert!(out.lines().next().unwrap().starts_with("new"), "{out}");
    assert!(
        !s.path().join(".grind").exists(),
        "a read-only command wrote .grind"
    );
}

#[test]
fn an_unknown_topic_is_a_load_error_naming_file_field_and_closest_slug() {
    let s = Scratch::new();
    let ex = s.copy("native/add");
    let toml = std::fs::read_to_string(ex.join("exercise.toml")).unwrap();
    std::fs::write(
        ex.join("exercise.toml"),
        toml.replace("topics = [\"math\"]", "topics = [\"maths\", \"graphs\"]"),
    )
    .unwrap();
    let (code, _, err) = run(&s, T0, &["show", ex.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("exercise.toml") && err.contains("`topics`") && err.contains("`maths`"),
        "{err}"
    );
    assert!(
        err.contains("did you mean `math`") && err.contains("did you mean `graph`"),
        "{err}"
    );
}

#[test]
fn the_first_failing_hidden_test_is_shown_cut_to_the_screen_and_saved_whole() {
    let s = Scratch::new();
    let ex = s.copy("native/add");
    // A hidden test with a 4000-character line, first in test order.
    let long = format!("1 {}2\n", "0".repeat(4000));
    std::fs::write(ex.join("tests/hidden/0.in"), &long).unwrap();
    std::fs::write(ex.join("tests/hidden/0.ans"), "3\n").unwrap();
    let sol = s.copy("solutions").join("stdio/wrong_answer.py");
    let (code, out, _) = run(
        &s,
        T0,
        &[
            "check",
            ex.to_str().unwrap(),
            "--file",
            sol.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1);
    assert!(out.contains("WA hidden/0"), "{out}");
    assert!(out.contains("more characters"), "the line is cut: {out}");
    assert!(out.len() < 4000, "{} bytes", out.len());
    assert!(
        !out.contains("WA hidden/1\n"),
        "only the first failing hidden test: {out}"
    );
    let saved = s.path().join(".grind/failed/add/input.txt");
    assert_eq!(std::fs::read_to_string(saved).unwrap(), long);
    assert!(out.contains(".grind/failed/add"), "{out}");
}

#[test]
fn function_details_speak_python() {
    let s = Scratch::new();
    let ex = s.copy("native/pair-sum");
    let sol = s.copy("solutions").join("function/wrong_answer.py");
    let (code, out, _) = run(
        &s,
        T0,
        &[
            "check",
            ex.to_str().unwrap(),
            "--file",
            sol.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1);
    assert!(out.contains("arguments: a = 1, b = 2"), "{out}");
    assert!(
        out.contains("expected: 3") && out.contains("yours: -1"),
        "{out}"
    );
    assert!(!out.contains("no newline"), "{out}");
    assert!(
        s.path()
            .join(".grind/failed/pair-sum/arguments.json")
            .exists()
    );
}

#[test]
fn run_tries_without_recording() {
    let s = Scratch::new();
    run(&s, T0, &["start", "two-sum"]);
    let file = s.path().join("two-sum.py");
    std::fs::write(
        &file,
        "def two_sum(nums, target):\n    print('debug', len(nums))\n    return [0, 1]\n",
    )
    .unwrap();
    let (code, out, err) = run(&s, T0 + 5, &["run", "--call", "[[2, 7, 11], 9]"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("returned: [0, 1]") && out.contains("debug 3"),
        "{out}"
    );
    let (code, out, _) = run(&s, T0 + 6, &["run"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("sample/") && out.contains("not recorded"),
        "{out}"
    );
    assert!(!out.contains("hidden/"), "samples only: {out}");
    assert_eq!(attempts(&s), 0);

    run(&s, T0, &["start", "balanced-brackets"]);
    std::fs::write(
        s.path().join("balanced-brackets.py"),
        "import sys\nprint(sys.stdin.read().upper())\n",
    )
    .unwrap();
    std::fs::write(s.path().join("in.txt"), "hello\n").unwrap();
    let (code, out, err) = run(&s, T0 + 7, &["run", "--input", "in.txt"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("HELLO"), "{out}");
    let (code, _, err) = run(&s, T0 + 8, &["run", "--call", "[1]"]);
    assert_eq!(code, 2);
    assert!(err.contains("--input"), "{err}");
    assert_eq!(attempts(&s), 0);
}

#[test]
fn the_workspace_is_found_upward() {
    let s = Scratch::new();
    run(&s, T0, &["start", "two-sum"]);
    let sub = s.path().join("notes/deeper");
    std::fs::create_dir_all(&sub).unwrap();
    let out = s
        .grind()
        .current_dir(&sub)
        .env("GRIND_NOW", (T0 + 10).to_string())
        .arg("check")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.starts_with("two-sum"), "{text}");
    assert!(!sub.join(".grind").exists(), "no second workspace");
    assert_eq!(attempts(&s), 1, "recorded in the workspace above");
}

#[test]
fn leetcode_habits_and_tracebacks_that_name_your_file() {
    let s = Scratch::new();
    let ex = s.copy("native/pair-sum");
    let sols = s.copy("solutions");
    let check = |file: &str| {
        run(
            &s,
            T0,
            &[
                "check",
                ex.to_str().unwrap(),
                "--file",
                sols.join(file).to_str().unwrap(),
            ],
        )
    };
    assert_eq!(
        check("function/camel_case.py").0,
        0,
        "Solution.pairSum is found"
    );
    std::fs::write(
        s.path().join("mine.py"),
        "def pair_sum(a, b):\n    x = None\n    return x.val\n",
    )
    .unwrap();
    let (_, out, _) = run(
        &s,
        T0,
        &["check", ex.to_str().unwrap(), "--file", "mine.py"],
    );
    assert!(
        out.contains("File \"mine.py\", line 3, in pair_sum"),
        "{out}"
    );
    assert!(!out.contains("solution.py"), "{out}");
    std::fs::write(
        s.path().join("mine.py"),
        "def pairsum(a, b):\n    return a + b\n",
    )
    .unwrap();
    let (_, out, _) = run(
        &s,
        T0,
        &["check", ex.to_str().unwrap(), "--file", "mine.py"],
    );
    assert!(
        out.contains("mine.py defines no function `pair_sum`")
            && out.contains("it defines `pairsum`"),
        "{out}"
    );
}

#[test]
fn min_python_refuses_an_older_interpreter_in_one_line() {
    let s = Scratch::new();
    let ex = s.copy("native/add");
    let toml = std::fs::read_to_string(ex.join("exercise.toml")).unwrap();
    std::fs::write(
        ex.join("exercise.toml"),
        toml.replace(
            "target_minutes = 2",
            "target_minutes = 2\nmin_python = \"3.99\"",
        ),
    )
    .unwrap();
    let sol = ex.join("solution.py");
    let (code, out, err) = run(
        &s,
        T0,
        &[
            "check",
            ex.to_str().unwrap(),
            "--file",
            sol.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("needs Python 3.99 or newer"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    let (code, out, err) = run(&s, T0, &["verify", ex.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("skipped: `add` needs Python 3.99"), "{out}");
}

#[test]
fn stats_lead_with_the_summary_and_draw_the_calendar_and_times() {
    let s = Scratch::new();
    run(&s, T0, &["start", "two-sum"]);
    run(&s, T0 + 10, &["hint"]);
    let reference =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/two-sum/solution.py"))
            .unwrap();
    std::fs::write(s.path().join("two-sum.py"), reference).unwrap();
    assert_eq!(run(&s, T0 + 300, &["check"]).0, 0);
    let (code, out, _) = run(&s, T0 + 400, &["stats"]);
    assert_eq!(code, 0);
    let first = out.lines().next().unwrap();
    assert!(
        first.contains("1/")
            && first.contains("1/1 solves within target")
            && first.contains("1 hint used"),
        "{out}"
    );
    assert!(
        out.contains("the last 12 weeks") && out.contains('░'),
        "{out}"
    );
    assert!(
        out.contains("solve time against target") && out.contains("5m 00s / 15m 00s"),
        "{out}"
    );
    assert!(
        out.contains("AC  1/") || out.contains("AC  28/28"),
        "one verdict vocabulary: {out}"
    );
    assert!(!out.contains("accepted"), "{out}");
}
