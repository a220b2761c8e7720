//! A fake asdf tree in a temporary directory: no real asdf is involved.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::super::{Lookup, Route, route};

const ELF: &[u8] = b"\x7fELF fake interpreter";

fn write(path: &Path, bytes: &[u8], exec: bool) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
    let mode = if exec { 0o755 } else { 0o644 };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// `home/.asdf` with python 3.11.7 and 3.12.1 installed, its shim, a system `python3` in
/// `sys/`, and a project directory `home/work/sub`.
struct Tree {
    _dir: tempfile::TempDir,
    top: PathBuf,
    home: PathBuf,
}

impl Tree {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let top = dir.path().to_path_buf();
        let home = top.join("home");
        let data = home.join(".asdf");
        write(
            &data.join("shims/python3"),
            b"#!/usr/bin/env bash\n# asdf-plugin: python 3.11.7\n# asdf-plugin: python 3.12.1\nexec /opt/asdf/bin/asdf exec \"python3\" \"$@\" # asdf_allow: ' asdf '\n",
            true,
        );
        write(&data.join("plugins/python/bin/install"), b"", true);
        for v in ["3.11.7", "3.12.1"] {
            write(
                &data.join(format!("installs/python/{v}/bin/python3")),
                ELF,
                true,
            );
        }
        write(&top.join("sys/python3"), ELF, true);
        std::fs::create_dir_all(home.join("work/sub")).unwrap();
        Self {
            _dir: dir,
            top,
            home,
        }
    }

    fn lookup(&self) -> Lookup {
        Lookup {
            path: Some(
                std::env::join_paths([self.home.join(".asdf/shims"), self.top.join("sys")])
                    .unwrap(),
            ),
            cwd: Some(self.home.join("work/sub")),
            home: Some(self.home.clone()),
            ..Lookup::default()
        }
    }

    fn version(&self, v: &str) -> PathBuf {
        self.home
            .join(format!(".asdf/installs/python/{v}/bin/python3"))
    }
}

/// The executable of a rule, or `None` when the shim is to be run (and its answer cached).
fn ruled(r: Route) -> Option<PathBuf> {
    match r {
        Route::Binary { executable, .. } => Some(executable),
        Route::Ask { key, why } => {
            assert!(key.is_some(), "an asdf shim's answer is cacheable: {why}");
            None
        }
    }
}

#[test]
fn asdf_rule_table() {
    let t = Tree::new();
    assert_eq!(ruled(route("python3", &t.lookup())), None, "no version set");

    write(&t.home.join(".tool-versions"), b"python 3.12.1\n", false);
    assert_eq!(
        ruled(route("python3", &t.lookup())),
        Some(t.version("3.12.1")),
        "the home file"
    );

    write(
        &t.home.join("work/.tool-versions"),
        b"# tools\nnodejs 20.1.0\npython 3.9.0 3.11.7 # fallback\n",
        false,
    );
    assert_eq!(
        ruled(route("python3", &t.lookup())),
        None,
        "a version not installed is left to the shim"
    );
    write(
        &t.home.join("work/.tool-versions"),
        b"# tools\nnodejs 20.1.0\npython 3.11.7 3.12.1 # fallback\n",
        false,
    );
    assert_eq!(
        ruled(route("python3", &t.lookup())),
        Some(t.version("3.11.7")),
        "a parent's file, first version"
    );
    std::fs::remove_file(t.version("3.11.7")).unwrap();
    assert_eq!(
        ruled(route("python3", &t.lookup())),
        Some(t.version("3.12.1")),
        "the first version that has the command"
    );

    let with = |k: &str, v: &str| {
        let mut l = t.lookup();
        l.vars.insert(k.into(), v.into());
        l
    };
    let rows: &[(&str, &str, Option<PathBuf>, &str)] = &[
        (
            "ASDF_PYTHON_VERSION",
            "system",
            Some(t.top.join("sys/python3")),
            "the variable wins; system past the shims",
        ),
        ("ASDF_PYTHON_VERSION", "ref:v3.12.1", None, "a ref"),
        ("ASDF_PYTHON_VERSION", "path:/opt/py", None, "a path"),
        (
            "ASDF_DATA_DIR",
            "/elsewhere",
            None,
            "a shim outside the data directory",
        ),
        (
            "ASDF_DEFAULT_TOOL_VERSIONS_FILENAME",
            "dir/versions",
            None,
            "a file name that is a path",
        ),
    ];
    for (k, v, want, msg) in rows {
        assert_eq!(
            ruled(route("python3", &with(k, v))),
            *want,
            "{k}={v}: {msg}"
        );
    }

    write(
        &t.home.join(".asdfrc"),
        b"legacy_version_file = yes\n",
        false,
    );
    assert_eq!(
        ruled(route("python3", &t.lookup())),
        None,
        "legacy files on"
    );
    std::fs::remove_file(t.home.join(".asdfrc")).unwrap();
    write(
        &t.home.join(".asdf/plugins/python/shims/python3"),
        b"#!/bin/sh\n",
        true,
    );
    assert_eq!(
        ruled(route("python3", &t.lookup())),
        None,
        "the plugin's own shim"
    );
}
