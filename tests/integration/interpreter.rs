//! End to end: `python3` as a pyenv shim is resolved by pyenv's rule, without running the shim;
//! a mise shim is run once, and `grind doctor` says which way each was found.
//!
//! The fake pyenv tree's shim execs a `libexec/pyenv` that does not exist, so a run of the shim
//! would fail: a check that passes and a doctor line naming the version prove it was read, not
//! run. The version's `python3` links to the interpreter these tests run with.

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use crate::common::{Scratch, fixtures};

fn real_python() -> PathBuf {
    let out = std::process::Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .expect("python3 for the tests");
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}

#[test]
fn a_pyenv_shim_resolves_without_running_it() {
    let s = Scratch::new();
    let root = s.path().join("fake-pyenv");
    let shims = root.join("shims");
    std::fs::create_dir_all(&shims).unwrap();
    let shim = format!(
        "#!/usr/bin/env bash\nset -e\nprogram=\"${{0##*/}}\"\nexport PYENV_ROOT=\"{0}\"\nexec \"{0}/libexec/pyenv\" exec \"$program\" \"$@\"\n",
        root.display()
    );
    std::fs::write(shims.join("python3"), shim).unwrap();
    std::fs::set_permissions(
        shims.join("python3"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    let bin = root.join("versions/9.9.9/bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(real_python(), bin.join("python3")).unwrap();
    std::fs::write(s.path().join(".python-version"), "9.9.9\n").unwrap();
    let path = format!("{}:/usr/bin:/bin", shims.display());

    let out = s
        .grind()
        .env("PATH", &path)
        .env_remove("PYENV_VERSION")
        .env_remove("GRIND_PYTHON")
        .arg("doctor")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("python3 → pyenv shim → 9.9.9") && text.contains(".python-version"),
        "{text}"
    );
    assert!(
        text.contains("by          the version manager's rule"),
        "{text}"
    );

    let out = s
        .grind()
        .env("PATH", &path)
        .env_remove("PYENV_VERSION")
        .env_remove("GRIND_PYTHON")
        .args(["check", "two-sum", "--json", "--file"])
        .arg(fixtures().join("../../exercises/two-sum/solution.py"))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
    });
    assert_eq!(json["verdict"], "accepted", "{json:#}");
}

#[test]
fn a_mise_shim_runs_once_then_its_answer_is_reused() {
    let s = Scratch::new();
    let mise = s.path().join("fake-mise");
    let script = format!(
        "#!/bin/sh\necho run >> '{0}/runs'\nexec '{0}/installs/python/3.11/bin/python3' \"$@\"\n",
        mise.display()
    );
    std::fs::create_dir_all(mise.join("bin")).unwrap();
    std::fs::write(mise.join("bin/mise"), script).unwrap();
    std::fs::set_permissions(
        mise.join("bin/mise"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    std::fs::create_dir_all(mise.join("shims")).unwrap();
    std::os::unix::fs::symlink(mise.join("bin/mise"), mise.join("shims/python3")).unwrap();
    let bin = mise.join("installs/python/3.11/bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(real_python(), bin.join("python3")).unwrap();
    let path = format!("{}:/usr/bin:/bin", mise.join("shims").display());
    let doctor = || {
        let out = s
            .grind()
            .env("PATH", &path)
            .env_remove("GRIND_PYTHON")
            .arg("doctor")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let runs = std::fs::read_to_string(mise.join("runs")).unwrap_or_default();
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            runs.lines().count(),
        )
    };
    let (text, runs) = doctor();
    assert!(text.contains("is a mise shim →"), "{text}");
    assert!(text.contains("by          ran the shim once"), "{text}");
    assert_eq!(runs, 1, "{text}");
    let (text, runs) = doctor();
    assert!(
        text.contains("by          cached answer of an earlier shim run"),
        "{text}"
    );
    assert_eq!(runs, 1, "the cached answer, no second run: {text}");
    std::fs::write(s.path().join("mise.toml"), "[tools]\npython = \"3.11\"\n").unwrap();
    let (text, runs) = doctor();
    assert!(text.contains("by          ran the shim once"), "{text}");
    assert_eq!(
        runs, 2,
        "a new `mise.toml` in the working directory: {text}"
    );
}
