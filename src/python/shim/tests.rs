//! A fake pyenv tree in a temporary directory: no real pyenv is involved.

use std::ffi::OsString;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::{Lookup, Route, route};

const ELF: &[u8] = b"\x7fELF fake interpreter";

fn write(path: &Path, bytes: &[u8], exec: bool) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
    let mode = if exec { 0o755 } else { 0o644 };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A pyenv root with versions 3.11.7 and 3.12.1 (`python3` in each), a shim, a system
/// `python3` in `sys/`, and a project directory `work/sub`.
struct Tree {
    _dir: tempfile::TempDir,
    root: PathBuf,
    top: PathBuf,
}

impl Tree {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let top = dir.path().to_path_buf();
        let root = top.join("pyenv");
        let shim = format!(
            "#!/usr/bin/env bash\nset -e\nprogram=\"${{0##*/}}\"\n\nexport PYENV_ROOT=\"{}\"\nexec \"{}/libexec/pyenv\" exec \"$program\" \"$@\"\n",
            root.display(),
            root.display()
        );
        write(&root.join("shims/python3"), shim.as_bytes(), true);
        for v in ["3.11.7", "3.12.1"] {
            write(&root.join(format!("versions/{v}/bin/python3")), ELF, true);
        }
        write(&top.join("sys/python3"), ELF, true);
        std::fs::create_dir_all(top.join("work/sub")).unwrap();
        Self {
            _dir: dir,
            root,
            top,
        }
    }

    fn lookup(&self) -> Lookup {
        Lookup {
            path: Some(
                std::env::join_paths([self.root.join("shims"), self.top.join("sys")]).unwrap(),
            ),
            cwd: Some(self.top.join("work/sub")),
            ..Lookup::default()
        }
    }

    fn version(&self, v: &str) -> PathBuf {
        self.root.join(format!("versions/{v}/bin/python3"))
    }
}

fn binary(r: Route) -> (PathBuf, String) {
    match r {
        Route::Binary {
            executable, how, ..
        } => (executable, how),
        Route::Ask { why, .. } => panic!("expected a binary, got a run: {why}"),
    }
}

/// Whether `r` asks the shim, and may cache its answer.
fn asks(r: &Route) -> Option<bool> {
    match r {
        Route::Ask { key, .. } => Some(key.is_some()),
        Route::Binary { .. } => None,
    }
}

#[test]
fn pyenv_rule_table() {
    let t = Tree::new();
    // No version file at all: system, the next `python3` on PATH past the shims.
    let (exe, how) = binary(route("python3", &t.lookup()));
    assert_eq!(exe, t.top.join("sys/python3"), "no version file: system");
    assert!(how.starts_with("pyenv shim → system"), "{how}");

    write(&t.root.join("version"), b"3.12.1\n", false);
    let (exe, how) = binary(route("python3", &t.lookup()));
    assert_eq!(exe, t.version("3.12.1"), "the global version file");
    assert!(
        how.contains("3.12.1") && how.contains("pyenv/version"),
        "{how}"
    );

    write(
        &t.top.join("work/.python-version"),
        b"# pinned\n\n3.11.7 extra words\n",
        false,
    );
    let (exe, how) = binary(route("python3", &t.lookup()));
    assert_eq!(
        exe,
        t.version("3.11.7"),
        "a parent's .python-version wins over the global"
    );
    assert!(how.contains("work/.python-version"), "{how}");

    let mut l = t.lookup();
    l.pyenv_version = Some("3.12.1".into());
    assert_eq!(
        binary(route("python3", &l)).0,
        t.version("3.12.1"),
        "PYENV_VERSION wins"
    );

    l.pyenv_version = Some("python-3.12.1".into());
    assert_eq!(
        binary(route("python3", &l)).0,
        t.version("3.12.1"),
        "python-<v> names <v>"
    );

    l.pyenv_version = Some("system".into());
    assert_eq!(
        binary(route("python3", &l)).0,
        t.top.join("sys/python3"),
        "system"
    );

    let mut l = t.lookup();
    l.pyenv_dir = Some(t.top.clone());
    assert_eq!(
        binary(route("python3", &l)).0,
        t.version("3.11.7"),
        "from PYENV_DIR (nothing there), then the working directory"
    );

    // A version without the command falls through to system, as `pyenv which` does.
    std::fs::remove_file(t.version("3.11.7")).unwrap();
    assert_eq!(
        binary(route("python3", &t.lookup())).0,
        t.top.join("sys/python3")
    );
}

#[test]
fn pyenv_prefixes_lists_and_fallbacks() {
    let t = Tree::new();
    write(&t.root.join("versions/3.11.10/bin/python3"), ELF, true);
    write(&t.root.join("versions/3.11.12rc1/bin/python3"), ELF, true);
    // (PYENV_VERSION, the version chosen or `None` for the system interpreter, why)
    let rows: &[(&str, Option<&str>, &str)] = &[
        (
            "3.11",
            Some("3.11.10"),
            "a prefix: the latest 3.11.x, not a prerelease",
        ),
        ("python-3.12", Some("3.12.1"), "a `python-` prefix"),
        ("3", Some("3.12.1"), "a major alone"),
        (
            "3.9.1",
            None,
            "not installed: system, as `pyenv which` falls through",
        ),
        ("3.1", None, "`3.1` is no prefix of `3.11.10`"),
        (
            "system:3.12.1",
            None,
            "system in first place is tried first",
        ),
        (
            "3.9.1:3.12.1",
            Some("3.12.1"),
            "the first installed of a list",
        ),
    ];
    for (v, want, msg) in rows {
        let mut l = t.lookup();
        l.pyenv_version = Some((*v).into());
        let (exe, how) = binary(route("python3", &l));
        let want = want.map_or_else(|| t.top.join("sys/python3"), |w| t.version(w));
        assert_eq!(exe, want, "{v}: {msg} ({how})");
    }
    let mut l = t.lookup();
    l.pyenv_version = Some("3.11".into());
    let (_, how) = binary(route("python3", &l));
    assert!(how.contains("3.11.10 (`3.11` from PYENV_VERSION)"), "{how}");

    // A file with one version per line: the first that has the command.
    std::fs::remove_file(t.version("3.11.7")).unwrap();
    write(
        &t.top.join("work/.python-version"),
        b"# fallbacks\n3.11.7\n\n3.12\r\n",
        false,
    );
    let (exe, how) = binary(route("python3", &t.lookup()));
    assert_eq!(exe, t.version("3.12.1"), "{how}");
}

#[test]
fn what_is_left_to_the_shim() {
    let t = Tree::new();
    write(
        &t.root.join("versions/conda/conda-meta/history"),
        b"",
        false,
    );
    write(&t.root.join("versions/conda/bin/python3"), ELF, true);
    let rows: &[(&str, &str)] = &[
        ("../../x", "a path"),
        ("3.11.7/envs/venv", "a virtualenv of pyenv-virtualenv"),
        ("conda", "a conda environment"),
    ];
    for (v, msg) in rows {
        let mut l = t.lookup();
        l.pyenv_version = Some((*v).into());
        assert_eq!(
            asks(&route("python3", &l)),
            Some(true),
            "{msg}: run once, cached"
        );
    }
    let mut l = t.lookup();
    l.path = Some(t.root.join("shims").into_os_string());
    l.pyenv_version = Some("3.9.1".into());
    assert_eq!(
        asks(&route("python3", &l)),
        Some(true),
        "found nowhere: the shim says why"
    );

    // Not a shim grind knows: a script, run every time.
    let script = t.top.join("other/python3");
    write(&script, b"#!/bin/sh\nexec /opt/python3 \"$@\"\n", true);
    let l = Lookup {
        path: Some(script.parent().unwrap().as_os_str().to_owned()),
        ..t.lookup()
    };
    assert_eq!(asks(&route("python3", &l)), Some(false), "a wrapper script");
    assert_eq!(
        asks(&route("python9", &t.lookup())),
        Some(false),
        "not on PATH"
    );
}

#[test]
fn real_binaries_are_found_on_path_or_given() {
    let t = Tree::new();
    let l = Lookup {
        path: Some(t.top.join("sys").into_os_string()),
        ..t.lookup()
    };
    let (exe, how) = binary(route("python3", &l));
    assert_eq!(exe, t.top.join("sys/python3"));
    assert!(how.ends_with("(PATH)"), "{how}");
    let given = t.version("3.12.1");
    let (exe, how) = binary(route(given.to_str().unwrap(), &l));
    assert_eq!((exe, how.as_str()), (given, "given path"));
}

#[test]
fn the_variables_a_manager_reads() {
    let env = [
        ("PYENV_VERSION", "3.11"),
        ("ASDF_DATA_DIR", "/a"),
        ("MISE_ENV", "ci"),
        ("CONDA_PREFIX", "/c"),
        ("XDG_DATA_HOME", "/d"),
        ("HOME", "/h"),
        ("XDG_SESSION_ID", "7"),
        ("PATH", "/bin"),
        ("EDITOR", "vi"),
        ("MISEX", "no"),
    ]
    .map(|(k, v)| (OsString::from(k), OsString::from(v)));
    let vars = super::manager_vars(env.into_iter());
    let names: Vec<&str> = vars.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "ASDF_DATA_DIR",
            "CONDA_PREFIX",
            "HOME",
            "MISE_ENV",
            "PYENV_VERSION",
            "XDG_DATA_HOME"
        ]
    );
}
