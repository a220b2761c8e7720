//! End to end: Kattis problem packages as they are.

use crate::common::{Scratch, check_json, test_verdicts};

#[test]
fn package_is_judged_with_nested_groups_and_float_tolerance() {
    let s = Scratch::new();
    let pkg = s.copy("kattis/hello-float");
    let (code, json) = check_json(&s, &pkg, &pkg.join("submissions/accepted/printf.py3"), &[]);
    assert_eq!(code, 0, "{json:#}");
    assert_eq!(
        test_verdicts(&json),
        [
            ("sample/1".into(), "accepted".into()),
            ("secret/group1/a".into(), "accepted".into()),
            ("secret/group2/b".into(), "accepted".into()),
        ]
    );
    assert_eq!(json["time_limit_ms"], 1000);
    assert_eq!(json["memory_limit_bytes"], 128 * 1024 * 1024);
    s.assert_tmp_clean();
}

#[test]
fn package_submissions_get_their_labels() {
    let s = Scratch::new();
    let pkg = s.copy("kattis/hello-float");
    let out = s.grind().arg("verify").arg(&pkg).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    for sub in [
        "accepted/halve.py",
        "accepted/printf.py3",
        "wrong_answer/floor.py",
        "runtime_error/exit3.py",
        "time_limit_exceeded/sleepy.py",
    ] {
        assert!(text.contains(sub), "{sub} verified: {text}");
    }
    assert!(
        text.contains("accepted/legacy_py2.py") && text.contains("skipped: a Python 2 program"),
        "{text}"
    );
    s.assert_tmp_clean();
}

#[test]
fn mislabelled_submission_fails_verification() {
    let s = Scratch::new();
    let pkg = s.copy("kattis/hello-float");
    std::fs::copy(
        pkg.join("submissions/wrong_answer/floor.py"),
        pkg.join("submissions/accepted/not_really.py"),
    )
    .unwrap();
    let out = s.grind().arg("verify").arg(&pkg).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("accepted/not_really.py") && text.contains("FAILED"),
        "{text}"
    );
}

#[test]
fn time_limit_comes_from_flag_then_yaml_then_timelimit_file() {
    let s = Scratch::new();
    let pkg = s.copy("kattis/hello-float");
    let sol = pkg.join("submissions/accepted/halve.py");
    let (_, json) = check_json(&s, &pkg, &sol, &["--time-limit", "2.5"]);
    assert_eq!(json["time_limit_ms"], 2500, "flag overrides");
    std::fs::write(
        pkg.join("problem.yaml"),
        "name: Halve It\nvalidator_flags: float_tolerance 1e-6\n",
    )
    .unwrap();
    std::fs::write(pkg.join(".timelimit"), "3\n").unwrap();
    let (_, json) = check_json(&s, &pkg, &sol, &[]);
    assert_eq!(
        json["time_limit_ms"], 3000,
        ".timelimit used when yaml has none"
    );
    std::fs::remove_file(pkg.join(".timelimit")).unwrap();
    let (_, json) = check_json(&s, &pkg, &sol, &[]);
    assert_eq!(
        json["time_limit_ms"], 1000,
        "no stated limit: 5 x the accepted submissions, at least 1 s"
    );
}

#[test]
fn default_validator_is_case_insensitive_unless_flagged() {
    let s = Scratch::new();
    let pkg = s.path().join("yesno");
    std::fs::create_dir_all(pkg.join("data/sample")).unwrap();
    std::fs::write(pkg.join("problem.yaml"), "name: Yes\n").unwrap();
    std::fs::write(pkg.join("data/sample/1.in"), "").unwrap();
    std::fs::write(pkg.join("data/sample/1.ans"), "Yes\n").unwrap();
    let sol = s.path().join("shout.py");
    std::fs::write(&sol, "print('YES')\n").unwrap();
    let (code, _) = check_json(&s, &pkg, &sol, &[]);
    assert_eq!(code, 0, "case-insensitive by default");
    std::fs::write(
        pkg.join("problem.yaml"),
        "name: Yes\nvalidator_flags: case_sensitive\n",
    )
    .unwrap();
    let (code, json) = check_json(&s, &pkg, &sol, &[]);
    assert_eq!(code, 1, "{json:#}");
    assert_eq!(json["verdict"], "wrong_answer");
}

#[test]
fn custom_validator_package_is_reported_as_unsupported() {
    let s = Scratch::new();
    let pkg = s.copy("kattis/custom-validator");
    let sol = s.path().join("one.py");
    std::fs::write(&sol, "print(1)\n").unwrap();
    let out = s
        .grind()
        .arg("check")
        .arg(&pkg)
        .arg("--file")
        .arg(&sol)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("problem.yaml") && err.contains("custom output validator"),
        "{err}"
    );
}

#[test]
fn without_a_stated_limit_the_limit_is_calibrated_from_accepted_submissions() {
    let s = Scratch::new();
    let pkg = s.copy("kattis/hello-float");
    std::fs::write(
        pkg.join("problem.yaml"),
        "name: Halve It\nvalidator_flags: float_tolerance 1e-6\nlimits:\n  time_multiplier: 4\n",
    )
    .unwrap();
    let sol = pkg.join("submissions/accepted/halve.py");
    let (code, _) = check_json(&s, &pkg, &sol, &[]);
    assert_eq!(code, 0);
    let cache_file = s.path().join("cache/calibration.json");
    let cache: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&cache_file).expect("calibration cached")).unwrap();
    // One entry under the package's stamp (sizes and times), one under its content hash.
    assert_eq!(cache.len(), 2, "{cache:?}");
    let every_key = |us: u64| {
        let all: serde_json::Map<String, serde_json::Value> =
            cache.keys().map(|k| (k.clone(), us.into())).collect();
        serde_json::Value::Object(all).to_string()
    };
    // Pretend the accepted submissions were slow on this machine: 4 × 0.6 s = 2.4 s.
    std::fs::write(&cache_file, every_key(600_000)).unwrap();
    let (_, json) = check_json(&s, &pkg, &sol, &[]);
    assert_eq!(
        json["time_limit_ms"], 2400,
        "limit = multiplier x cached slowest time"
    );
    // A tiny measurement never goes below the 1 s floor.
    std::fs::write(&cache_file, every_key(10_000)).unwrap();
    let (_, json) = check_json(&s, &pkg, &sol, &[]);
    assert_eq!(json["time_limit_ms"], 1000);
    // An explicit --time-limit wins over calibration.
    let (_, json) = check_json(&s, &pkg, &sol, &["--time-limit", "3"]);
    assert_eq!(json["time_limit_ms"], 3000);
}

#[test]
fn a_touched_package_keeps_its_calibration_and_a_changed_one_is_measured_again() {
    let s = Scratch::new();
    let pkg = s.copy("kattis/hello-float");
    std::fs::write(
        pkg.join("problem.yaml"),
        "name: Halve It\nvalidator_flags: float_tolerance 1e-6\nlimits:\n  time_multiplier: 4\n",
    )
    .unwrap();
    let sol = pkg.join("submissions/accepted/halve.py");
    let (code, _) = check_json(&s, &pkg, &sol, &[]);
    assert_eq!(code, 0);
    let cache_file = s.path().join("cache/calibration.json");
    let read = || -> serde_json::Map<String, serde_json::Value> {
        serde_json::from_slice(&std::fs::read(&cache_file).unwrap()).unwrap()
    };
    let first = read();
    let pretend: serde_json::Map<String, serde_json::Value> =
        first.keys().map(|k| (k.clone(), 600_000.into())).collect();
    std::fs::write(&cache_file, serde_json::Value::Object(pretend).to_string()).unwrap();

    // The same bytes written again: new times, so a new stamp, but the content hash still
    // finds the measurement (600 ms × 4), and the old stamp's entry is replaced.
    let yaml = std::fs::read(pkg.join("problem.yaml")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(pkg.join("problem.yaml"), yaml).unwrap();
    let (_, json) = check_json(&s, &pkg, &sol, &[]);
    assert_eq!(
        json["time_limit_ms"], 2400,
        "found by content, not measured again"
    );
    let second = read();
    assert_eq!(second.len(), 2, "{second:?}");
    assert!(
        second.keys().any(|k| !first.contains_key(k)),
        "a new stamp entry"
    );

    // New content: measured again (a tiny reference: the 1 s floor).
    std::fs::write(pkg.join("data/secret/extra-note.txt"), "not a test\n").unwrap();
    let (_, json) = check_json(&s, &pkg, &sol, &[]);
    assert_eq!(
        json["time_limit_ms"], 1000,
        "changed content is measured again"
    );
}
