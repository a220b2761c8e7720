//! End to end: the `module` and `sql` kinds. Each fixture exercise (`tests/fixtures/module/*`,
//! `tests/fixtures/sql/*`) carries a labelled submission for every verdict its kind can
//! produce, and `grind verify` must prove each label; then what the user sees: tables, tracebacks,
//! hidden names, `show`, `start`, `list --kind`, and the loader's messages.

use crate::common::{Scratch, check_json, fixtures, test_verdicts};

/// `grind verify` on one fixture: exit 0, every check listed, nothing left behind.
fn verify(rel: &str, wants: &[&str]) {
    let s = Scratch::new();
    let ex = s.copy(rel);
    let out = s.grind().arg("verify").arg(&ex).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    for w in wants {
        assert!(text.contains(w), "{w:?} in:\n{text}");
    }
    assert!(text.contains("0 failed"), "{text}");
    s.assert_tmp_clean();
}

#[test]
fn verify_proves_module_stack() {
    verify(
        "module/stack",
        &[
            "test names",
            "accepted/deque.py",
            "wrong_answer/fifo.py",
            "run_time_error/typo.py",
            "time_limit_exceeded/spin.py",
            "memory_limit_exceeded/ballast.py",
            "output_limit_exceeded/chatty.py",
            "compile_error/missing_colon.py",
        ],
    );
}

#[test]
fn verify_proves_module_retry() {
    verify(
        "module/retry",
        &[
            "run_time_error/imports_requests.py",
            "time_limit_exceeded/real_sleep.py",
            "wrong_answer/linear.py",
        ],
    );
}

#[test]
fn verify_proves_module_counter() {
    verify(
        "module/counter",
        &[
            "run_time_error/forges_a_pass_at_import.py",
            "run_time_error/exits_quietly.py",
            "time_limit_exceeded/deadlock.py",
        ],
    );
}

#[test]
fn verify_proves_sql_active_users() {
    verify(
        "sql/active-users",
        &[
            "accepted/truthy.sql",
            "wrong_answer/distinct.sql",
            "compile_error/only_a_comment.sql",
            "run_time_error/integer_overflow.sql",
            "time_limit_exceeded/endless_cte.sql",
            "output_limit_exceeded/huge_rows.sql",
            "memory_limit_exceeded/huge_fetch.sql",
        ],
    );
}

#[test]
fn verify_proves_sql_dedupe() {
    verify(
        "sql/dedupe",
        &[
            "accepted/exists.sql",
            "run_time_error/unique_violation.sql",
            "compile_error/typo.sql",
        ],
    );
}

#[test]
fn verify_proves_sql_average_price() {
    verify(
        "sql/average-price",
        &[
            "accepted/sum_over_count.sql",
            "wrong_answer/other_name.sql",
            "wrong_answer/integer_division.sql",
        ],
    );
}

#[test]
fn a_failing_sql_sample_shows_both_tables_with_the_differing_rows_marked() {
    let s = Scratch::new();
    let ex = s.copy("sql/active-users");
    let out = s
        .grind()
        .arg("check")
        .arg(&ex)
        .arg("--file")
        .arg(ex.join("submissions/wrong_answer/distinct.sql"))
        .arg("--all-tests")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    // The sample passes; the first failing hidden test is shown, as for the other kinds.
    assert!(text.contains("WA hidden/2-twins"), "{text}");
    assert!(text.contains("yours:"), "{text}");
    let out = s
        .grind()
        .arg("check")
        .arg(&ex)
        .arg("--file")
        .arg(ex.join("submissions/wrong_answer/distinct.sql"))
        .arg("--reveal")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "1 expected row(s) missing, such as ('ada')",
        "  expected:\n      name\n      ----\n      ada\n    - ada\n      cy\n",
        "  yours:\n      name\n      ----\n      ada\n      cy\n",
        "  data:\n    INSERT INTO users",
    ] {
        assert!(text.contains(want), "{want:?} in:\n{text}");
    }
    s.assert_tmp_clean();
}

#[test]
fn sql_errors_are_compile_and_run_time_errors_with_sqlite_messages() {
    let s = Scratch::new();
    let ex = s.copy("sql/active-users");
    let subs = ex.join("submissions");
    let (code, json) = check_json(&s, &ex, &subs.join("compile_error/unknown_table.sql"), &[]);
    assert_eq!(
        (code, &json["verdict"]),
        (1, &serde_json::json!("compile_error"))
    );
    assert_eq!(json["compile_error"], "no such table: uesrs", "{json:#}");
    let (_, json) = check_json(&s, &ex, &subs.join("compile_error/only_a_comment.sql"), &[]);
    assert_eq!(json["compile_error"], "the file holds no SQL statement");
    let (_, json) = check_json(
        &s,
        &ex,
        &subs.join("run_time_error/integer_overflow.sql"),
        &[],
    );
    assert_eq!(json["verdict"], "run_time_error");
    assert_eq!(json["tests"][0]["message"], "integer overflow", "{json:#}");
    let attach = s.path().join("attach.sql");
    std::fs::write(
        &attach,
        "ATTACH DATABASE 'x.db' AS x; SELECT name FROM users;",
    )
    .unwrap();
    let (_, json) = check_json(&s, &ex, &attach, &[]);
    assert_eq!(json["verdict"], "compile_error", "{json:#}");
    assert!(
        json["compile_error"]
            .as_str()
            .unwrap()
            .starts_with("not authorized"),
        "{json:#}"
    );
    s.assert_tmp_clean();
}

#[test]
fn module_failures_show_the_message_the_traceback_and_what_the_test_printed() {
    let s = Scratch::new();
    let ex = s.copy("module/stack");
    let sol = s.path().join("mine.py");
    std::fs::write(
        &sol,
        "class Stack:\n    def __init__(self):\n        self.items = []\n    def push(self, x):\n        print('pushing', x)\n        self.items.append(x)\n    def pop(self):\n        return self.items.pop(0)\n    def peek(self):\n        return self.items[0] + 1\n    def __len__(self):\n        return len(self.items)\n",
    )
    .unwrap();
    let out = s
        .grind()
        .arg("check")
        .arg(&ex)
        .arg("--file")
        .arg(&sol)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        // A bare `assert a == b` names both sides.
        "assert s.pop() == 2\n    left:  1\n    right: 2",
        "printed:\n    pushing 1\n    pushing 2",
        // Any other exception: its traceback through the tests and the user's own file.
        "TypeError: can only concatenate str",
        "File \"tests/sample.py\", line 16, in test_peek_keeps_the_top",
        // The user's file as they named it (`mine.py`), not the module the tests import.
        "File \"mine.py\", line 10, in peek",
        // Hidden tests: names only.
        "hidden/TestLength.test_len_follows_pushes_and_pops",
    ] {
        assert!(text.contains(want), "{want:?} in:\n{text}");
    }
    let (_, json) = check_json(&s, &ex, &sol, &[]);
    assert_eq!(
        test_verdicts(&json)[..2],
        [
            ("sample/test_push_then_pop".into(), "wrong_answer".into()),
            (
                "sample/test_peek_keeps_the_top".into(),
                "run_time_error".into()
            ),
        ]
    );
    assert!(
        json["tests"][2].get("message").is_none(),
        "a hidden test's message stays hidden: {json:#}"
    );
    s.assert_tmp_clean();
}

#[test]
fn show_start_and_list_know_the_new_kinds() {
    let s = Scratch::new();
    let pack = s.path().join("pack");
    crate::common::copy_tree(&fixtures().join("module"), &pack);
    crate::common::copy_tree(&fixtures().join("sql"), &pack);
    let run = |args: &[&str]| {
        let out = s
            .grind()
            .arg("--exercises")
            .arg(&pack)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let list = run(&["list", "--kind", "sql"]);
    assert!(
        list.contains("active-users") && list.contains("dedupe"),
        "{list}"
    );
    assert!(!list.contains("counter"), "{list}");
    assert!(run(&["list", "--kind", "module"]).contains("retry"));
    let show = run(&["show", "active-users"]);
    for want in [
        "Schema:\n    CREATE TABLE users (",
        "Sample sample/1: the data\n    INSERT INTO users",
        "Expected result:\n    name\n    ----\n    ada\n    cy\n",
        "Rows may come in any order.",
    ] {
        assert!(show.contains(want), "{want:?} in:\n{show}");
    }
    let show = run(&["show", "retry"]);
    assert!(
        show.contains("imported as `backoff`")
            && show.contains("def test_succeeds_after_two_failures"),
        "{show}"
    );
    assert!(
        !show.contains("test_doubles_each_time"),
        "hidden tests stay hidden: {show}"
    );
    run(&["start", "dedupe"]);
    assert_eq!(
        std::fs::read_to_string(s.path().join("dedupe.sql")).unwrap(),
        "-- DELETE ...\n"
    );
    run(&["start", "counter"]);
    assert!(
        std::fs::read_to_string(s.path().join("counter.py"))
            .unwrap()
            .contains("def make_counter")
    );
    let out = s
        .grind()
        .arg("--exercises")
        .arg(&pack)
        .args(["check", "dedupe"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "the starter is not accepted: {out:?}"
    );
    let out = s
        .grind()
        .arg("--exercises")
        .arg(&pack)
        .args(["solution", "dedupe", "--give-up"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("DELETE FROM person"),
        "{out:?}"
    );
}

#[test]
fn broken_module_and_sql_exercises_report_every_problem() {
    let s = Scratch::new();
    let mut dirs = Vec::new();
    for d in [
        "broken-module",
        "broken-sql",
        "broken-module-tests",
        "broken-sql-tests",
    ] {
        dirs.push(s.copy(&format!("bad/{d}")));
    }
    let out = s.grind().arg("verify").args(&dirs).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{text}");
    for want in [
        "[sql] is only for kind = \"sql\": remove it",
        "[checker] does not apply to kind = \"module\"",
        "unknown field `nmae` in [module]: did you mean `name`?",
        "field `name` in [module] is `1st-try`: use a Python identifier",
        "broken-module` is missing `tests/hidden.py`",
        "unknown field `chek` in [sql]: did you mean `check`?",
        "field `column_names` in [checker] must be true or false",
        "field `order` in [checker] is `sorted`: use one of `unordered`, `exact`",
        "broken-sql` is missing `starter.sql`",
        "tests/sample.py` has no tests",
        "the test `test_a` is defined twice",
        "tests/sample/1.sql` has no `1.json`",
        "tests/hidden/2.json`: row 1 has 2 value(s) but there are 1 column(s)",
        "tests/hidden/3.json` has no matching `3.sql`",
        "tests/hidden/notes.txt`: a test is `<case>.sql`",
    ] {
        assert!(text.contains(want), "{want:?} in:\n{text}");
    }
}

/// A check's JSON tests without what is measured (times, memory), and its terminal report
/// with `--reveal` (which alone shows what a test printed) with numbers masked and spaces
/// collapsed.
fn judged(
    s: &Scratch,
    ex: &std::path::Path,
    sol: &std::path::Path,
    warm: bool,
) -> (Vec<serde_json::Value>, String) {
    let run = |extra: &[&str]| {
        let mut cmd = s.grind();
        if !warm {
            cmd.env("GRIND_NO_BATCH", "1");
        }
        cmd.args(["check", "--reveal"])
            .args(extra)
            .arg("--file")
            .arg(sol)
            .arg(ex)
            .output()
            .unwrap()
    };
    let out = run(&["--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    let mut tests = json["tests"].as_array().cloned().unwrap_or_default();
    for t in &mut tests {
        let t = t.as_object_mut().unwrap();
        for measured in ["time_ms", "wall_ms", "memory_bytes"] {
            t.remove(measured);
        }
    }
    // Whether the attempt was recorded depends on the runs before; the rest may not differ.
    let mut report = String::new();
    for line in String::from_utf8_lossy(&run(&[]).stdout).lines() {
        if line.contains("record") {
            continue;
        }
        for word in line.split_whitespace() {
            let masked: String = word
                .chars()
                .map(|c| if c.is_ascii_digit() { '#' } else { c })
                .collect();
            report.push_str(&masked.replace("##", "#").replace("##", "#"));
            report.push(' ');
        }
        report.push('\n');
    }
    (tests, report)
}

#[test]
fn module_verdicts_and_messages_do_not_depend_on_the_warm_runner() {
    // The warm runner (a fork per test) and one interpreter per test (GRIND_NO_BATCH=1) must
    // judge alike: verdicts, messages, tracebacks, what the tests printed. Time limits are left
    // out: their messages carry the time measured.
    let s = Scratch::new();
    let mut runs = Vec::new();
    for rel in ["module/counter", "module/retry", "module/stack"] {
        let ex = s.copy(rel);
        for verdict in [
            "accepted",
            "wrong_answer",
            "run_time_error",
            "memory_limit_exceeded",
            "output_limit_exceeded",
        ] {
            let Ok(dir) = std::fs::read_dir(ex.join("submissions").join(verdict)) else {
                continue;
            };
            for sol in dir.flatten() {
                runs.push((ex.clone(), sol.path()));
            }
        }
    }
    // A test file that does not compile: every test is an error while importing.
    let broken = s.path().join("broken-counter");
    crate::common::copy_tree(&fixtures().join("module/counter"), &broken);
    std::fs::write(broken.join("tests/hidden.py"), "def test_x(:\n    pass\n").unwrap();
    runs.push((broken.clone(), broken.join("solution.py")));
    assert!(runs.len() >= 10, "{runs:?}");
    for (ex, sol) in runs {
        let warm = judged(&s, &ex, &sol, true);
        let cold = judged(&s, &ex, &sol, false);
        assert!(!warm.0.is_empty(), "{}", sol.display());
        assert_eq!(warm, cold, "{}", sol.display());
    }
    s.assert_tmp_clean();
}

/// Without a PID namespace a warm runner's kill of the case's (or test's) process group misses
/// a daemon in a session of its own; the runner, a subreaper, inherits and kills it, so the
/// next case never sees it. Without that, these correct programs fail.
#[test]
fn a_daemon_dies_with_its_case_or_test_without_a_pid_namespace() {
    for (fixture, program) in [
        ("counter", "m_setsid_daemon_outlives_test.py"),
        ("sum", "s_setsid_daemon_outlives_case.py"),
    ] {
        let s = Scratch::new();
        let ex = s.path().join(fixture);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        crate::common::copy_tree(&root.join("tests/fixtures/protocol").join(fixture), &ex);
        let sol = root.join("tests/protocol").join(program);
        let out = s
            .grind()
            .env("GRIND_NO_PID_NAMESPACE", "1")
            .args(["check", "--json", "--reveal", "--file"])
            .arg(&sol)
            .arg(&ex)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["verdict"], "accepted", "{program}: {json:#}");
        s.assert_tmp_clean();
    }
}
