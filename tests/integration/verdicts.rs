//! End to end: one fixture solution per verdict, for stdio and function exercises and
//! Kattis packages. Every run must also leave no run directory and no process behind.

use crate::common::{Scratch, check_json, test_verdicts};

/// Judges `solutions/<dir>/<file>` against fixture exercise `<exercise>`; checks the overall
/// verdict, that the first non-accepted sample message contains `msg`, and cleanliness.
fn expect(exercise: &str, solution: &str, verdict: &str, msg: &str) -> serde_json::Value {
    let s = Scratch::new();
    let ex = s.copy(exercise);
    let sol = s.copy("solutions").join(solution);
    let (code, json) = check_json(&s, &ex, &sol, &[]);
    assert_eq!(json["verdict"], verdict, "{solution}: {json:#}");
    assert_eq!(
        code,
        i32::from(verdict != "accepted"),
        "{solution}: exit code"
    );
    if !msg.is_empty() {
        let text = json.to_string();
        assert!(
            text.contains(msg),
            "{solution}: expected message containing {msg:?} in {json:#}"
        );
    }
    s.assert_tmp_clean();
    json
}

macro_rules! verdict_tests {
    ($($name:ident: $ex:expr, $sol:expr => $verdict:expr, $msg:expr;)*) => {$(
        #[test]
        fn $name() {
            expect($ex, $sol, $verdict, $msg);
        }
    )*};
}

verdict_tests! {
    stdio_accepted: "native/add", "stdio/accepted.py" => "accepted", "";
    stdio_wrong_answer: "native/add", "stdio/wrong_answer.py" => "wrong_answer", "expected `3`, got `4`";
    stdio_timeout: "native/add", "stdio/timeout.py" => "time_limit_exceeded", "";
    stdio_sleep: "native/add", "stdio/sleep.py" => "time_limit_exceeded", "wall time";
    stdio_memory_hog: "native/add", "stdio/memory_hog.py" => "memory_limit_exceeded", "128 MiB";
    stdio_output_flood: "native/add", "stdio/output_flood.py" => "output_limit_exceeded", "1 MiB";
    stdio_crash: "native/add", "stdio/crash.py" => "run_time_error", "KeyError: 1";
    stdio_segfault: "native/add", "stdio/segfault.py" => "run_time_error", "SIGSEGV";
    stdio_exit_code: "native/add", "stdio/exit_code.py" => "run_time_error", "exit code 3";
    stdio_early_exit: "native/add", "stdio/early_exit.py" => "wrong_answer", "output is empty";
    stdio_partial_then_crash: "native/add", "stdio/partial_crash.py" => "run_time_error", "RuntimeError: after the answer";
    stdio_syntax_error: "native/add", "stdio/syntax_error.py" => "compile_error", "SyntaxError";
    stdio_closed_pipes_then_sleep: "native/add", "stdio/closed_pipes_sleep.py" => "time_limit_exceeded", "";
    stdio_environment_is_scrubbed: "native/add", "stdio/reads_env.py" => "accepted", "";
    kattis_accepted: "kattis/add", "stdio/accepted.py" => "accepted", "";
    kattis_wrong_answer: "kattis/add", "stdio/wrong_answer.py" => "wrong_answer", "expected `3`, got `4`";
    kattis_timeout: "kattis/add", "stdio/timeout.py" => "time_limit_exceeded", "";
    kattis_sleep: "kattis/add", "stdio/sleep.py" => "time_limit_exceeded", "wall time";
    kattis_memory_hog: "kattis/add", "stdio/memory_hog.py" => "memory_limit_exceeded", "128 MiB";
    kattis_output_flood: "kattis/add", "stdio/output_flood.py" => "output_limit_exceeded", "1 MiB";
    kattis_crash: "kattis/add", "stdio/crash.py" => "run_time_error", "KeyError: 1";
    kattis_exit_code: "kattis/add", "stdio/exit_code.py" => "run_time_error", "exit code 3";
    kattis_syntax_error: "kattis/add", "stdio/syntax_error.py" => "compile_error", "SyntaxError";
    kattis_fork_orphan: "kattis/add", "stdio/fork_orphan.py" => "accepted", "";
    function_accepted: "native/pair-sum", "function/accepted.py" => "accepted", "";
    function_wrong_answer: "native/pair-sum", "function/wrong_answer.py" => "wrong_answer", "expected 3, got -1";
    function_crash: "native/pair-sum", "function/crash.py" => "run_time_error", "KeyError: 1";
    function_memory_hog: "native/pair-sum", "function/memory_hog.py" => "memory_limit_exceeded", "";
    function_rigged_eq: "native/pair-sum", "function/rigged_eq.py" => "wrong_answer", "cannot return a value of type `Anything`";
    function_rigged_int_subclass: "native/pair-sum", "function/rigged_int.py" => "wrong_answer", "type `Sneaky`";
    function_sys_exit_in_call: "native/pair-sum", "function/exit_early.py" => "run_time_error", "SystemExit";
    function_prints_and_passes: "native/pair-sum", "function/prints.py" => "accepted", "";
    function_bool_is_not_int: "native/pair-sum", "function/bool_for_int.py" => "wrong_answer", "expected an integer (3), got a boolean (true)";
    function_leetcode_solution_class: "native/pair-sum", "function/solution_class.py" => "accepted", "";
    function_syntax_error: "native/pair-sum", "function/syntax_error.py" => "compile_error", "SyntaxError";
    function_import_error: "native/pair-sum", "function/import_error.py" => "run_time_error", "ImportError: no module named numpy";
    function_missing_entry: "native/pair-sum", "function/missing_entry.py" => "run_time_error", "defines no function `pair_sum`";
}

#[test]
fn function_timeout_on_one_case_lets_the_others_run() {
    let s = Scratch::new();
    let ex = s.copy("native/pair-sum");
    let sol = s.copy("solutions").join("function/timeout_one_case.py");
    let (code, json) = check_json(&s, &ex, &sol, &["--all-tests", "-j", "1"]);
    assert_eq!(
        (code, &json["verdict"]),
        (1, &serde_json::json!("time_limit_exceeded"))
    );
    assert_eq!(
        test_verdicts(&json),
        [
            ("sample/1".into(), "accepted".into()),
            ("hidden/1".into(), "time_limit_exceeded".into()),
            ("hidden/2".into(), "accepted".into()),
            ("hidden/3".into(), "accepted".into()),
            ("hidden/4".into(), "accepted".into()),
        ],
        "with --all-tests, a case killed for its time does not stop the others"
    );
    s.assert_tmp_clean();
}

#[test]
fn a_timeout_stops_the_tests_after_it() {
    let s = Scratch::new();
    let ex = s.copy("native/pair-sum");
    let sol = s.copy("solutions").join("function/timeout_one_case.py");
    let (code, json) = check_json(&s, &ex, &sol, &["-j", "1"]);
    assert_eq!(
        (code, &json["verdict"]),
        (1, &serde_json::json!("time_limit_exceeded"))
    );
    assert_eq!(
        test_verdicts(&json),
        [
            ("sample/1".into(), "accepted".into()),
            ("hidden/1".into(), "time_limit_exceeded".into()),
        ],
        "by default, the tests after a time limit exceeded are not run"
    );
    s.assert_tmp_clean();
}

#[test]
fn function_process_exit_in_one_case_lets_the_others_run() {
    let json = expect(
        "native/pair-sum",
        "function/os_exit_one_case.py",
        "run_time_error",
        "",
    );
    let v = test_verdicts(&json);
    assert_eq!(v[1], ("hidden/1".into(), "run_time_error".into()));
    assert!(
        v.iter()
            .enumerate()
            .all(|(i, (_, verdict))| i == 1 || verdict == "accepted"),
        "{v:?}"
    );
}

#[test]
fn fork_that_outlives_its_parent_is_killed_and_does_not_hold_the_run() {
    // `expect` checks that no process is left in this test's run directories (the orphan's
    // working directory is there). A machine-wide search would see other tests' orphans
    // while they are still legitimately running.
    expect("native/add", "stdio/fork_orphan.py", "accepted", "");
}

#[test]
fn fork_cleanup_also_works_without_a_pid_namespace() {
    let s = Scratch::new();
    let ex = s.copy("native/add");
    let sol = s.copy("solutions").join("stdio/fork_orphan.py");
    let out = s
        .grind()
        .env("GRIND_NO_PID_NAMESPACE", "1")
        .args(["check", "--json", "--file"])
        .arg(&sol)
        .arg(&ex)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["verdict"], "accepted", "{json:#}");
    s.assert_tmp_clean();
}

#[test]
fn design_and_linked_list_exercises_are_judged() {
    for (ex, sol, verdict) in [
        ("native/counter", "solution.py", "accepted"),
        ("native/counter", "starter.py", "run_time_error"),
        ("native/reverse-list", "solution.py", "accepted"),
        ("native/reverse-list", "starter.py", "wrong_answer"),
    ] {
        let s = Scratch::new();
        let dir = s.copy(ex);
        let (_, json) = check_json(&s, &dir, &dir.join(sol), &[]);
        assert_eq!(json["verdict"], verdict, "{ex} {sol}: {json:#}");
        s.assert_tmp_clean();
    }
}

#[test]
fn the_solution_only_sees_its_own_files() {
    let s = Scratch::new();
    let ex = s.copy("native/pair-sum");
    let sol = s.path().join("ls.py");
    std::fs::write(
        &sol,
        "import os\ndef pair_sum(a, b):\n    return sorted(os.listdir('.'))\n",
    )
    .unwrap();
    let (_, json) = check_json(&s, &ex, &sol, &["--reveal"]);
    assert_eq!(
        json["tests"][0]["output"], r#"["_grind_harness.py","solution.py"]"#,
        "{json:#}"
    );
}

#[test]
fn hidden_tests_show_only_their_verdict_unless_revealed() {
    let s = Scratch::new();
    let ex = s.copy("native/add");
    let sol = s.copy("solutions").join("stdio/wrong_answer.py");
    let out = s
        .grind()
        .arg("check")
        .arg(&ex)
        .arg("--file")
        .arg(&sol)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("expected `3`, got `4`"),
        "sample details shown: {text}"
    );
    assert!(
        text.contains("- 3") && text.contains("+ 4"),
        "sample diff shown: {text}"
    );
    assert!(
        !text.contains("1000000000001"),
        "hidden answer must not be shown: {text}"
    );
    let out = s
        .grind()
        .arg("check")
        .arg(&ex)
        .arg("--file")
        .arg(&sol)
        .arg("--reveal")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("1000000000001"), "revealed: {text}");
}

#[test]
fn large_input_that_is_never_read_does_not_hang_the_runner() {
    let s = Scratch::new();
    let pkg = s.path().join("big-input");
    std::fs::create_dir_all(pkg.join("data/secret")).unwrap();
    std::fs::write(pkg.join("problem.yaml"), "name: Big\n").unwrap();
    std::fs::write(pkg.join("data/secret/1.in"), "1 ".repeat(3_000_000)).unwrap();
    std::fs::write(pkg.join("data/secret/1.ans"), "42\n").unwrap();
    let sol = s.path().join("ignore.py");
    std::fs::write(&sol, "print(42)\n").unwrap();
    let (code, json) = check_json(&s, &pkg, &sol, &[]);
    assert_eq!(code, 0, "{json:#}");
    s.assert_tmp_clean();
}

#[test]
fn read_only_leftovers_do_not_keep_the_run_directory() {
    let s = Scratch::new();
    let ex = s.copy("native/add");
    let sol = s.path().join("lock.py");
    std::fs::write(
        &sol,
        "import os, sys\nos.makedirs('a/b')\nopen('a/b/f', 'w').write('x')\nos.mkfifo('pipe')\n\
         os.symlink('/etc/passwd', 'link')\nos.mkdir('ro', 0o500)\nos.mkdir('none', 0o000)\n\
         a, b = map(int, sys.stdin.read().split())\nprint(a + b)\n",
    )
    .unwrap();
    let (code, json) = check_json(&s, &ex, &sol, &[]);
    assert_eq!(code, 0, "{json:#}");
    s.assert_tmp_clean();
    assert!(
        std::path::Path::new("/etc/passwd").exists(),
        "symlink target untouched"
    );
}

#[test]
fn the_one_interpreter_per_case_path_still_judges_every_verdict() {
    // GRIND_NO_BATCH=1 turns off the warm-interpreter batch: each case gets its own
    // interpreter, as before. The verdicts must not depend on the path.
    for (solution, verdict) in [
        ("stdio/accepted.py", "accepted"),
        ("stdio/wrong_answer.py", "wrong_answer"),
        ("stdio/timeout.py", "time_limit_exceeded"),
        ("stdio/memory_hog.py", "memory_limit_exceeded"),
        ("stdio/output_flood.py", "output_limit_exceeded"),
        ("stdio/crash.py", "run_time_error"),
        ("stdio/fork_orphan.py", "accepted"),
    ] {
        let s = Scratch::new();
        let ex = s.copy("native/add");
        let sol = s.copy("solutions").join(solution);
        let out = s
            .grind()
            .env("GRIND_NO_BATCH", "1")
            .args(["check", "--json", "--file"])
            .arg(&sol)
            .arg(&ex)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["verdict"], verdict, "{solution}: {json:#}");
        s.assert_tmp_clean();
    }
}

#[test]
fn every_stdio_case_starts_in_an_empty_directory() {
    let s = Scratch::new();
    let ex = s.copy("native/add");
    let sol = s.path().join("ls.py");
    std::fs::write(
        &sol,
        "import os, sys\nleft = os.listdir('.')\nopen('mine.txt', 'w').write('x')\n\
         a, b = map(int, sys.stdin.read().split())\nprint(a + b if not left else left)\n",
    )
    .unwrap();
    let (code, json) = check_json(&s, &ex, &sol, &[]);
    assert_eq!(code, 0, "no case sees another's files: {json:#}");
}

/// Ctrl-C (SIGINT) or SIGTERM in the middle of judging: every run is killed, the run
/// directories (which hold the solution and, in batch mode, the inputs) are removed, and grind
/// ends with 130.
#[test]
fn an_interrupt_removes_every_run_and_its_directory() {
    for (signal, name) in [(libc::SIGINT, "SIGINT"), (libc::SIGTERM, "SIGTERM")] {
        let s = Scratch::new();
        let ex = s.copy("native/add");
        let sol = s.copy("solutions").join("stdio/sleep.py");
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_grind"))
            .args(["--color", "never", "check"])
            .arg(&ex)
            .arg("--file")
            .arg(&sol)
            .env("TMPDIR", s.tmp())
            .env("GRIND_CACHE_DIR", s.path().join("cache"))
            .current_dir(s.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Wait until a run has started (its directory exists), then interrupt.
        let started = std::time::Instant::now();
        while std::fs::read_dir(s.tmp()).unwrap().next().is_none() {
            assert!(started.elapsed().as_secs() < 20, "{name}: no run started");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        std::thread::sleep(std::time::Duration::from_millis(300));
        // SAFETY: signalling our own child.
        #[allow(unsafe_code)]
        unsafe {
            libc::kill(i32::try_from(child.id()).unwrap(), signal);
        }
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(130), "{name}: exit status");
        let left: Vec<_> = std::fs::read_dir(s.tmp()).unwrap().collect();
        assert!(left.is_empty(), "{name}: run directories left: {left:?}");
        s.assert_tmp_clean();
    }
}

/// A built-in stdio exercise with large tests: from the second check on (the first writes the
/// test cache), its runner maps the inputs straight from the cache's file, from an aligned
/// offset to the end of the file. A case inherits that mapping, so this solution can list
/// it: it must start past the answers (which the cache keeps before the inputs) and hold
/// nothing but the inputs.
#[test]
fn large_stdio_inputs_come_mapped_from_the_test_cache_and_never_the_answers() {
    let s = Scratch::new();
    let sol = s.path().join("maps.py");
    std::fs::write(
        &sol,
        "lines = [l.split() for l in open('/proc/self/maps') if '/tests/range-sum-queries-' in l]\n\
         for l in lines:\n    \
             lo, hi = (int(x, 16) for x in l[0].split('-'))\n    \
             print(int(l[2], 16), hi - lo)\n\
         print(len(lines))\n",
    )
    .unwrap();
    let run = || {
        let out = s
            .grind()
            .args([
                "check",
                "range-sum-queries",
                "--json",
                "--reveal",
                "-j",
                "1",
                "--file",
            ])
            .arg(&sol)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["tests"][0]["output"].as_str().unwrap().to_string()
    };
    assert_eq!(run(), "0\n", "the first check reads the embedded tests");
    let second = run();
    let lines: Vec<&str> = second.lines().collect();
    assert_eq!(
        lines.last(),
        Some(&"1"),
        "one mapping of the cache file: {second}"
    );
    let (offset, size) = lines[0].split_once(' ').unwrap();
    let (offset, size): (u64, u64) = (offset.parse().unwrap(), size.parse().unwrap());
    let file = std::fs::read_dir(s.path().join("cache/tests"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains("range-sum-queries-"))
        .expect("the test cache's file");
    let len = std::fs::metadata(&file).unwrap().len();
    assert!(offset > 0 && offset % (64 * 1024) == 0, "offset {offset}");
    assert!(
        size >= len - offset && size < len - offset + 64 * 1024,
        "the mapping runs from the inputs to the end: {offset} + {size} of {len}"
    );
}
