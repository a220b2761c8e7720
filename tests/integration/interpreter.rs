//! End to end: `python3` as a pyenv shim is resolved by pyenv's rule, without running the shim.
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
