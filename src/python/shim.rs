//! Finding what a command name runs without running it: a `PATH` search, and pyenv's own rule
//! for a pyenv shim, so that `python3` does not cost a shim start (≈ 200 `execve` calls, tens of
//! milliseconds) on every invocation.
//!
//! pyenv's rule (`pyenv-version-name`, `pyenv-version-file`, `pyenv-which`): the versions are
//! `PYENV_VERSION` (`:`-separated), else the first `.python-version` found from `PYENV_DIR`
//! (else the working directory) up through its parents (then from the working directory, if
//! that differs), else `$PYENV_ROOT/version`, else `system`. Each file gives the first word of
//! each line that is neither empty nor a `#` comment. The command is the first
//! `$PYENV_ROOT/versions/<v>/bin/<cmd>` that is executable (`python-<v>` also names `<v>`), and
//! at the end `system`: the first `<cmd>` on `PATH` past the shims directory.
//!
//! What this does not reproduce it leaves to the shim itself ([`Route::Run`]): version
//! prefixes resolved to the latest install (`3.11` for `3.11.7`), names with a `/`, conda
//! environments, and asdf or mise shims. pyenv's `which` hooks (pyenv-virtualenv's) only touch
//! `python-config`, conda and `system-site-packages`, none of which is a plain interpreter.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The inputs a resolution reads besides the file system, read once by the caller.
#[derive(Debug, Clone, Default)]
pub struct Lookup {
    /// `PATH`.
    pub path: Option<OsString>,
    /// The working directory.
    pub cwd: Option<PathBuf>,
    /// `PYENV_VERSION`.
    pub pyenv_version: Option<String>,
    /// `PYENV_DIR`.
    pub pyenv_dir: Option<PathBuf>,
}

/// How a requested interpreter maps to a file to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A real executable (an ELF file), found directly or past a pyenv shim; `how` says which
    /// way, for `grind doctor`.
    Binary { executable: PathBuf, how: String },
    /// Something to run once and ask (`sys.executable`): a script, a shim whose rule is not
    /// known, a name not found. `why` says which, for `grind doctor`.
    Run { why: String },
}

/// Where `requested` leads.
pub fn route(requested: &str, lookup: &Lookup) -> Route {
    let found = if requested.contains('/') {
        let p = PathBuf::from(requested);
        p.is_file().then_some(p)
    } else {
        search_path(requested, lookup.path.as_ref(), None)
    };
    let Some(file) = found else {
        return Route::Run {
            why: format!("`{requested}` not found on PATH by grind: ran it to ask"),
        };
    };
    let head = read_head(&file);
    if head.starts_with(b"\x7fELF") {
        let how = if requested.contains('/') {
            "given path".to_string()
        } else {
            format!("{} (PATH)", file.display())
        };
        return Route::Binary {
            executable: file,
            how,
        };
    }
    let text = String::from_utf8_lossy(&head);
    let Some(root) = pyenv_root(&text) else {
        return Route::Run {
            why: format!(
                "{} is a script grind cannot read past: ran it once to ask",
                file.display()
            ),
        };
    };
    let command = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let shims = file.parent().map(Path::to_path_buf).unwrap_or_default();
    match pyenv(&root, &shims, &command, lookup) {
        Ok((executable, how)) => Route::Binary {
            executable,
            how: format!("pyenv shim → {how}"),
        },
        Err(why) => Route::Run {
            why: format!("pyenv shim, {why}: ran the shim once to ask"),
        },
    }
}

/// The first 4 KiB of a file (a shim is a few hundred bytes; an ELF header is 4).
fn read_head(file: &Path) -> Vec<u8> {
    use std::io::Read;
    let mut buf = Vec::new();
    if let Ok(f) = std::fs::File::open(file) {
        let _ = f.take(4096).read_to_end(&mut buf);
    }
    buf
}

/// `PYENV_ROOT` as a pyenv shim sets it (`export PYENV_ROOT="…"` then `exec "…/libexec/pyenv"
/// exec`); `None` if the text is not a pyenv shim. The shim's value wins over the
/// environment's, as the shim exports it.
fn pyenv_root(text: &str) -> Option<PathBuf> {
    if !text.starts_with("#!") || !text.contains("/libexec/pyenv\" exec ") {
        return None;
    }
    text.lines().find_map(|l| {
        let v = l.trim().strip_prefix("export PYENV_ROOT=\"")?;
        let v = v.strip_suffix('"')?;
        (!v.is_empty() && !v.contains(['$', '`', '\\'])).then(|| PathBuf::from(v))
    })
}

/// pyenv's choice for `command`: the executable and how it was chosen.
fn pyenv(
    root: &Path,
    shims: &Path,
    command: &str,
    lookup: &Lookup,
) -> Result<(PathBuf, String), String> {
    let (versions, origin) = pyenv_versions(root, lookup)?;
    for v in &versions {
        if v == "system" {
            continue;
        }
        let name = if root.join("versions").join(v).is_dir() {
            v.as_str()
        } else if let Some(n) = v.strip_prefix("python-")
            && root.join("versions").join(n).is_dir()
        {
            n
        } else {
            return Err(format!(
                "version `{v}` (from {origin}) is not installed by that exact name"
            ));
        };
        let dir = root.join("versions").join(name);
        if dir.join("conda-meta").exists() {
            return Err(format!("version `{name}` is a conda environment"));
        }
        let exe = dir.join("bin").join(command);
        if is_executable(&exe) {
            return Ok((exe, format!("{name} ({origin})")));
        }
    }
    // `system` is always tried last, as `pyenv which` does.
    match search_path(command, lookup.path.as_ref(), Some(shims)) {
        Some(exe) => {
            let how = format!("system → {} ({origin})", exe.display());
            Ok((exe, how))
        }
        None => Err(format!(
            "no `{command}` in the versions from {origin} nor on PATH"
        )),
    }
}

/// The version names in force and where they come from.
fn pyenv_versions(root: &Path, lookup: &Lookup) -> Result<(Vec<String>, String), String> {
    if let Some(v) = lookup.pyenv_version.as_deref().filter(|v| !v.is_empty()) {
        let list: Vec<String> = v
            .split(':')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        check_names(&list, "PYENV_VERSION")?;
        return Ok((list, "PYENV_VERSION".into()));
    }
    let mut starts: Vec<&Path> = Vec::new();
    if let Some(d) = lookup.pyenv_dir.as_deref() {
        starts.push(d);
    }
    if let Some(c) = lookup.cwd.as_deref()
        && starts.first().is_none_or(|d| *d != c)
    {
        starts.push(c);
    }
    let local = starts.iter().find_map(|dir| {
        dir.ancestors()
            .map(|d| d.join(".python-version"))
            .find(|f| f.is_file())
    });
    let file = local.unwrap_or_else(|| root.join("version"));
    let origin = format!("`{}`", file.display());
    let Ok(text) = std::fs::read(&file) else {
        // No global version file: pyenv uses the system interpreter.
        return Ok((vec!["system".into()], "no version file".into()));
    };
    let list = read_version_file(&String::from_utf8_lossy(&text));
    if list.is_empty() {
        // pyenv reads an empty file as no version: `system`.
        return Ok((vec!["system".into()], origin));
    }
    check_names(&list, &origin)?;
    Ok((list, origin))
}

/// The first word of each line, skipping empty lines and `#` comments.
fn read_version_file(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| !w.starts_with('#'))
        .map(String::from)
        .collect()
}

/// Names pyenv treats specially (paths, `..`) are left to pyenv.
fn check_names(list: &[String], origin: &str) -> Result<(), String> {
    match list
        .iter()
        .find(|v| v.contains('/') || v.as_str() == ".." || v.as_str() == ".")
    {
        Some(v) => Err(format!("version `{v}` (from {origin}) is a path")),
        None => Ok(()),
    }
}

/// The first executable `command` on `path`, skipping the directory `skip`.
fn search_path(command: &str, path: Option<&OsString>, skip: Option<&Path>) -> Option<PathBuf> {
    std::env::split_paths(path?)
        .filter(|d| !d.as_os_str().is_empty())
        .filter(|d| skip.is_none_or(|s| !same_dir(d, s)))
        .map(|d| d.join(command))
        .find(|p| is_executable(p))
}

fn same_dir(a: &Path, b: &Path) -> bool {
    a == b
        || matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(test)]
#[path = "shim/tests.rs"]
mod tests;
