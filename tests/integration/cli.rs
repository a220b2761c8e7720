//! End to end: the command-line contract (list, show, verify, doctor, errors, exit codes).

use crate::common::{Scratch, fixtures};

#[test]
fn list_json_has_the_contract_fields() {
    let s = Scratch::new();
    let out = s
        .grind()
        .arg("--exercises")
        .arg(fixtures().join("native"))
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["add", "counter", "pair-sum", "reverse-list"]);
    let add = &list[0];
    assert_eq!(add["title"], "Add Two Numbers");
    assert_eq!(add["kind"], "stdio");
    assert_eq!(add["difficulty"], "easy");
    assert_eq!(add["topics"], serde_json::json!(["math"]));
}

#[test]
fn list_filters_by_kind() {
    let s = Scratch::new();
    let out = s
        .grind()
        .arg("--exercises")
        .arg(fixtures().join("native"))
        .args(["list", "--json", "--kind", "stdio"])
        .output()
        .unwrap();
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn embedded_catalog_is_listed_from_any_directory() {
    let s = Scratch::new();
    let out = s.grind().args(["list", "--json"]).output().unwrap();
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    for required in [
        "two-sum",
        "lru-cache",
        "mutable-default-argument",
        "late-binding-closures",
    ] {
        assert!(names.contains(&required), "{required} in {names:?}");
    }
    assert!(names.len() >= 12, "{names:?}");
}

#[test]
fn show_renders_the_prompt() {
    let s = Scratch::new();
    let out = s.grind().args(["show", "two-sum"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("two-sum") && text.contains("time limit"),
        "{text}"
    );
    assert!(text.contains("Constraints"), "{text}");
}

#[test]
fn unknown_exercise_is_a_usage_error() {
    let s = Scratch::new();
    let out = s
        .grind()
        .args(["check", "two-summ", "--file", "x.py"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unknown exercise `two-summ`") && err.contains("two-sum"),
        "{err}"
    );
}

#[test]
fn missing_solution_file_is_a_usage_error_naming_the_file() {
    let s = Scratch::new();
    let out = s.grind().args(["check", "two-sum"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("two-sum.py") && err.contains("--file"),
        "{err}"
    );
}

#[test]
fn missing_python_is_a_usage_error() {
    let s = Scratch::new();
    let out = s
        .grind()
        .args([
            "--python",
            "/nonexistent/python3",
            "check",
            "two-sum",
            "--file",
        ])
        .arg(fixtures().join("solutions/function/accepted.py"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/python3"));
}

#[test]
fn bad_metadata_reports_every_problem_with_file_and_fix() {
    let s = Scratch::new();
    let bad = s.copy("bad/broken-meta");
    let out = s.grind().arg("verify").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "field `kind` is `stdin`: use one of `stdio`, `function`, `predict`",
        "field `difficulty` is `brutal`",
        "field `topics` must be a list of strings",
        "unknown field `colour`",
        "unknown field `timout` in [limits]: did you mean `time`?",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    assert!(
        text.matches("broken-meta/exercise.toml").count() >= 5,
        "each names the file:\n{text}"
    );
}

#[test]
fn missing_files_are_reported() {
    let s = Scratch::new();
    let bad = s.copy("bad/missing-files");
    let out = s
        .grind()
        .arg("check")
        .arg(&bad)
        .arg("--file")
        .arg("x.py")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    for f in ["prompt.md", "starter.py", "solution.py"] {
        assert!(err.contains(f), "{f} in {err}");
    }
}

#[test]
fn verify_proves_the_native_fixtures() {
    let s = Scratch::new();
    let out = s
        .grind()
        .arg("--exercises")
        .arg(s.copy("native"))
        .arg("verify")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("time_limit_exceeded/spin.py") && text.contains("accepted/swap.py3"),
        "{text}"
    );
    assert!(text.contains("4 exercises"), "{text}");
    s.assert_tmp_clean();
}

#[test]
fn verify_fails_when_the_starter_passes() {
    let s = Scratch::new();
    let ex = s.copy("native/pair-sum");
    std::fs::copy(ex.join("solution.py"), ex.join("starter.py")).unwrap();
    let out = s.grind().arg("verify").arg(&ex).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("starter") && text.contains("FAILED"),
        "{text}"
    );
}

#[test]
fn doctor_reports_interpreter_and_protections() {
    let s = Scratch::new();
    let out = s.grind().arg("doctor").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("executable") && text.contains("version"),
        "{text}"
    );
    assert!(
        text.contains("PID namespace") && text.contains("RLIMIT_AS"),
        "{text}"
    );
    assert!(
        !text.contains("/shims/"),
        "the real interpreter, not a shim: {text}"
    );
}

#[test]
fn check_json_has_the_contract_fields() {
    let s = Scratch::new();
    let (code, json) = crate::common::check_json(
        &s,
        std::path::Path::new("two-sum"),
        &fixtures().join("../../exercises/two-sum/solution.py"),
        &[],
    );
    assert_eq!(code, 0, "{json:#}");
    assert_eq!(json["exercise"], "two-sum");
    assert_eq!(json["verdict"], "accepted");
    let tests = json["tests"].as_array().unwrap();
    assert!(tests.len() >= 20);
    for t in tests {
        assert!(
            t["name"].is_string() && t["verdict"].is_string() && t["time_ms"].is_u64(),
            "{t}"
        );
    }
}

#[test]
fn peak_memory_is_the_solutions_not_grinds() {
    // grind holds this exercise's large test data in memory; a runner that forked from grind
    // without exec would report that as the solution's peak (ru_maxrss survives exec).
    let s = Scratch::new();
    let (code, json) = crate::common::check_json(
        &s,
        std::path::Path::new("lru-cache"),
        &fixtures().join("../../exercises/lru-cache/solution.py"),
        &[],
    );
    assert_eq!(code, 0, "{json:#}");
    let first = &json["tests"][0];
    let bytes = first["memory_bytes"].as_u64().unwrap();
    assert!(
        bytes > 1024 * 1024,
        "a Python process uses some memory: {first}"
    );
    assert!(
        bytes < 64 * 1024 * 1024,
        "a tiny case must not report grind's memory: {first}"
    );
}
