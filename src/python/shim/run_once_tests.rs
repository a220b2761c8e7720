//! A shim whose rule grind does not read is run once, and its answer reused until an input
//! changes. The fake shims are shell scripts that count their runs in a file and answer the
//! probe with a path chosen by the `python` line of a `.tool-versions`.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::super::shim::{Lookup, Resolution};
use super::Python;

fn write(path: &Path, bytes: &[u8], exec: bool) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
    let mode = if exec { 0o755 } else { 0o644 };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A script that appends a line to `count` and prints what the probe prints, for the
/// interpreter `installs/<v>/bin/python3` where `<v>` is read from `versions`.
/// `head` and `tail` go before and after (`tail` is never reached).
fn fake_shim(head: &str, tail: &str, top: &Path, versions: &Path) -> String {
    format!(
        "#!/bin/sh\n{head}\necho run >> '{count}'\nv=$(sed -n 's/^python ref://p' '{versions}')\nprintf '%s\\n' '{top}/installs/'\"$v\"'/bin/python3' 3.11.7 - /usr/lib\nexit 0\n{tail}\n",
        count = top.join("count").display(),
        versions = versions.display(),
        top = top.display(),
    )
}

struct Case {
    _dir: tempfile::TempDir,
    top: PathBuf,
    shim: PathBuf,
    lookup: Lookup,
}

impl Case {
    /// A fake mise: `mise/shims/python3` is a link to a `mise` script.
    fn mise() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let top = dir.path().to_path_buf();
        let script = fake_shim("", "", &top, &top.join("work/.tool-versions"));
        write(&top.join("bin/mise"), script.as_bytes(), true);
        let shim = top.join("mise/shims/python3");
        std::fs::create_dir_all(shim.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(top.join("bin/mise"), &shim).unwrap();
        Self::finish(dir, shim)
    }

    /// A fake asdf shim with a `ref:` version, which asdf's rule in grind leaves to the shim.
    fn asdf() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let top = dir.path().to_path_buf();
        let script = fake_shim(
            "# asdf-plugin: python 3.11.7",
            "exec asdf exec \"python3\" \"$@\"",
            &top,
            &top.join("work/.tool-versions"),
        );
        let shim = top.join("home/.asdf/shims/python3");
        write(&shim, script.as_bytes(), true);
        let mut case = Self::finish(dir, shim);
        case.lookup.home = Some(case.top.join("home"));
        case
    }

    fn finish(dir: tempfile::TempDir, shim: PathBuf) -> Self {
        let top = dir.path().to_path_buf();
        for v in ["a", "b"] {
            write(
                &top.join(format!("installs/{v}/bin/python3")),
                b"\x7fELF fake",
                true,
            );
        }
        std::fs::create_dir_all(top.join("work/sub")).unwrap();
        let lookup = Lookup {
            cwd: Some(top.join("work/sub")),
            ..Lookup::default()
        };
        Self {
            _dir: dir,
            top,
            shim,
            lookup,
        }
    }

    fn runs(&self) -> usize {
        std::fs::read_to_string(self.top.join("count")).map_or(0, |t| t.lines().count())
    }

    /// Resolves the shim; the chosen install's name, how, and the shim runs so far.
    fn resolve(&self) -> (String, Resolution, usize) {
        let cache = self.top.join("cache");
        let py = Python::resolve_with(self.shim.to_str().unwrap(), &self.lookup, Some(&cache))
            .unwrap_or_else(|e| panic!("{e}"));
        let install = py.executable.parent().unwrap().parent().unwrap();
        let name = install.file_name().unwrap().to_string_lossy().into_owned();
        (name, py.resolution, self.runs())
    }
}

#[test]
fn a_shim_runs_once_until_an_input_changes() {
    for (manager, case) in [("mise", Case::mise()), ("asdf", Case::asdf())] {
        let versions = case.top.join("work/.tool-versions");
        write(&versions, b"python ref:a\n", false);
        let steps: &[(&str, &str, Resolution, usize)] = &[
            ("first command", "a", Resolution::ShimRun, 1),
            ("nothing changed", "a", Resolution::Cached, 1),
            ("again", "a", Resolution::Cached, 1),
        ];
        for (what, want, how, runs) in steps {
            assert_eq!(
                case.resolve(),
                ((*want).into(), *how, *runs),
                "{manager}: {what}"
            );
        }
        write(&versions, b"python ref:b\n", false);
        assert_eq!(
            case.resolve(),
            ("b".into(), Resolution::ShimRun, 2),
            "{manager}: `.tool-versions` edited"
        );
        assert_eq!(
            case.resolve(),
            ("b".into(), Resolution::Cached, 2),
            "{manager}"
        );
        // A candidate that did not exist appears nearer the working directory.
        write(
            &case.top.join("work/sub/.tool-versions"),
            b"nodejs 20\n",
            false,
        );
        assert_eq!(
            case.resolve(),
            ("b".into(), Resolution::ShimRun, 3),
            "{manager}: a new version file below"
        );
        let mut other = case.lookup.clone();
        other.vars.insert("MISE_ENV".into(), "ci".into());
        other
            .vars
            .insert("ASDF_PYTHON_VERSION".into(), "ref:b".into());
        let py = Python::resolve_with(
            case.shim.to_str().unwrap(),
            &other,
            Some(&case.top.join("cache")),
        )
        .unwrap();
        assert_eq!(
            (py.resolution, case.runs()),
            (Resolution::ShimRun, 4),
            "{manager}: a manager variable set"
        );
        std::fs::write(case.top.join("cache/shims.json"), b"{\"entries\": [tru").unwrap();
        assert_eq!(
            case.resolve(),
            ("b".into(), Resolution::ShimRun, 5),
            "{manager}: a corrupt cache is a miss"
        );
        assert_eq!(
            case.resolve(),
            ("b".into(), Resolution::Cached, 5),
            "{manager}: and is rewritten"
        );
        std::fs::remove_file(case.top.join("installs/b/bin/python3")).unwrap();
        write(
            &case.top.join("installs/b/bin/python3"),
            b"\x7fELF new",
            false,
        );
        assert_eq!(
            case.resolve().1,
            Resolution::ShimRun,
            "{manager}: the cached executable is gone (not executable)"
        );
    }
}
