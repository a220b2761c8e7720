//! Shared helpers for end-to-end tests: fixtures copied into temp dirs, a private TMPDIR per
//! run (to prove run directories are removed), and process checks.

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A scratch area for one test: a copy of fixtures and a private TMPDIR for grind.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("tmp")).expect("tmp");
        Self { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The TMPDIR grind runs with.
    pub fn tmp(&self) -> PathBuf {
        self.dir.path().join("tmp")
    }

    /// Copies `fixtures/<rel>` into the scratch dir and returns the copy's path.
    pub fn copy(&self, rel: &str) -> PathBuf {
        let src = fixtures().join(rel);
        let dst = self.dir.path().join(rel);
        copy_tree(&src, &dst);
        dst
    }

    /// A `grind` command with a private TMPDIR, no colours, and a timeout that turns a hang
    /// into a failure.
    pub fn grind(&self) -> Command {
        let mut c = Command::cargo_bin("grind").expect("binary");
        c.env("TMPDIR", self.tmp())
            .env("GRIND_CACHE_DIR", self.dir.path().join("cache"))
            .env_remove("GRIND_EXERCISES")
            .env_remove("GRIND_NO_PID_NAMESPACE")
            .arg("--color")
            .arg("never")
            .current_dir(self.path())
            .timeout(Duration::from_secs(120));
        c
    }

    /// Asserts that every run directory grind made is gone, and that no process is still
    /// running inside one (a leftover's cwd would point into this TMPDIR).
    pub fn assert_tmp_clean(&self) {
        let tmp = self.tmp().to_string_lossy().into_owned();
        let stray = processes_in(&tmp);
        assert!(
            stray.is_empty(),
            "processes left running in a run directory: {stray:?}"
        );
        let left: Vec<_> = std::fs::read_dir(self.tmp())
            .expect("read tmp")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert!(left.is_empty(), "run directories left behind: {left:?}");
    }
}

pub fn copy_tree(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).expect("mkdir");
    for e in std::fs::read_dir(src).expect("read fixture") {
        let e = e.expect("entry");
        let to = dst.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_tree(&e.path(), &to);
        } else {
            std::fs::copy(e.path(), &to).expect("copy");
        }
    }
}

/// Runs `grind check EX --file SOL --json` and returns (exit code, parsed JSON).
pub fn check_json(s: &Scratch, exercise: &Path, solution: &Path, extra: &[&str]) -> (i32, Value) {
    let out = s
        .grind()
        .arg("check")
        .arg(exercise)
        .arg("--file")
        .arg(solution)
        .arg("--json")
        .args(extra)
        .output()
        .expect("run grind");
    let code = out.status.code().unwrap_or(-1);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (code, json)
}

/// Verdicts of the tests in a check's JSON, as (name, verdict).
pub fn test_verdicts(json: &Value) -> Vec<(String, String)> {
    json["tests"]
        .as_array()
        .expect("tests array")
        .iter()
        .map(|t| {
            (
                t["name"].as_str().unwrap().to_string(),
                t["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Processes whose working directory is under `prefix`.
pub fn processes_in(prefix: &str) -> Vec<String> {
    let mut found = Vec::new();
    for e in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if let Ok(cwd) = std::fs::read_link(e.path().join("cwd"))
            && cwd.to_string_lossy().starts_with(prefix)
        {
            found.push(format!("{name}: {}", cwd.display()));
        }
    }
    found
}
