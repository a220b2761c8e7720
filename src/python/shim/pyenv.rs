//! pyenv's rule, as its own scripts apply it (read in pyenv 2.6's `libexec/`):
//!
//! - **Versions** (`pyenv-version-name`, `pyenv-version-file`, `pyenv-version-file-read`):
//!   `PYENV_VERSION` (`:`-separated), else the first `.python-version` found from `PYENV_DIR`
//!   (else the working directory) up through its parents to `/`, then from the working
//!   directory if that differs, else `$PYENV_ROOT/version`. A file gives the first word of
//!   each line that is neither empty nor a `#` comment (carriage returns are blanks), so
//!   fallbacks go one per line (`3.11.7 3.12.1` on one line is `3.11.7` alone); a file with
//!   no word, or no file at all, means `system`.
//! - **Names** (`pyenv-version-name`, `pyenv-latest`): a name is used as is when
//!   `versions/<name>` is a directory, else without a `python-` prefix, else as a prefix: the
//!   latest installed `<name>.…` or `<name>-…` (prereleases, `-dev`, `-src`, `-latest` and
//!   free-threaded `…t` builds left out unless the prefix ends in `t`), ordered as
//!   `pyenv-latest` sorts (first field descending as text, the next three descending as
//!   numbers). A name that is not installed is skipped.
//! - **Command** (`pyenv-which`): the first version, in order, whose `bin/<cmd>` is executable,
//!   `system` being the first `<cmd>` on `PATH` past the shims directory; `system` is tried
//!   once more after the list, so an uninstalled version falls through to it, as pyenv does.
//!
//! Left to a run of the shim (cached): names with a `/` (pyenv-virtualenv's
//! `<v>/envs/<name>`), conda environments (pyenv-virtualenv's `which` hook rewrites them), and
//! a command found nowhere (the shim's own error message is the best one).

use std::cmp::Ordering;
use std::path::{Path, PathBuf};

use super::{Inputs, Lookup, is_executable, read_text, search_path};

/// `PYENV_ROOT` as a pyenv shim sets it (`export PYENV_ROOT="…"` then `exec "…/libexec/pyenv"
/// exec`); `None` if the text is not a pyenv shim. The shim's value wins over the
/// environment's, as the shim exports it.
pub(super) fn root(text: &str) -> Option<PathBuf> {
    if !text.starts_with("#!") || !text.contains("/libexec/pyenv\" exec ") {
        return None;
    }
    text.lines().find_map(|l| {
        let v = l.trim().strip_prefix("export PYENV_ROOT=\"")?;
        let v = v.strip_suffix('"')?;
        (!v.is_empty() && !v.contains(['$', '`', '\\'])).then(|| PathBuf::from(v))
    })
}

/// pyenv's choice for `command`: the executable and how it was chosen; `Err` says why the
/// rule is left to the shim.
pub(super) fn resolve(
    root: &Path,
    shims: &Path,
    command: &str,
    lookup: &Lookup,
) -> Result<(PathBuf, String), String> {
    let (versions, origin) = versions(root, lookup);
    let system = || search_path(command, lookup.path.as_ref(), Some(shims));
    let mut missing = Vec::new();
    for v in &versions {
        if v == "system" {
            if let Some(exe) = system() {
                let how = format!("system → {} ({origin})", exe.display());
                return Ok((exe, how));
            }
            continue;
        }
        if v.contains('/') || v == ".." || v == "." {
            return Err(format!("version `{v}` (from {origin}) is a path"));
        }
        let Some(name) = installed(root, v) else {
            missing.push(format!("`{v}`"));
            continue;
        };
        let dir = root.join("versions").join(&name);
        if dir.join("conda-meta").exists() {
            return Err(format!("version `{name}` is a conda environment"));
        }
        let exe = dir.join("bin").join(command);
        if is_executable(&exe) {
            let how = if name == *v {
                format!("{name} ({origin})")
            } else {
                format!("{name} (`{v}` from {origin})")
            };
            return Ok((exe, how));
        }
    }
    let Some(exe) = system() else {
        return Err(format!(
            "no `{command}` in the versions from {origin} nor on PATH"
        ));
    };
    let why = if missing.is_empty() {
        origin.clone()
    } else {
        format!("{} from {origin} not installed", missing.join(", "))
    };
    let how = format!("system → {} ({why})", exe.display());
    Ok((exe, how))
}

/// Everything [`resolve`] reads, for the key of a cached shim run: pyenv's variables (in
/// `lookup.vars`), every `.python-version` candidate, the global version file and the
/// directory of installs.
pub(super) fn inputs(root: &Path, shim: &Path, requested: &str, lookup: &Lookup) -> Inputs {
    let mut i = Inputs::new("pyenv", shim, requested, lookup);
    let names = [".python-version".to_string()];
    for start in starts(lookup) {
        i.upward(start, &names);
    }
    i.file(&root.join("version"));
    i.file(&root.join("versions"));
    i
}

/// Where the search for `.python-version` starts: `PYENV_DIR`, then the working directory.
fn starts(lookup: &Lookup) -> Vec<&Path> {
    let mut starts: Vec<&Path> = Vec::new();
    if let Some(d) = lookup.pyenv_dir.as_deref() {
        starts.push(d);
    }
    if let Some(c) = lookup.cwd.as_deref()
        && starts.first().is_none_or(|d| *d != c)
    {
        starts.push(c);
    }
    starts
}

/// The version names in force and where they come from.
fn versions(root: &Path, lookup: &Lookup) -> (Vec<String>, String) {
    if let Some(v) = lookup.pyenv_version.as_deref().filter(|v| !v.is_empty()) {
        let list = v
            .split(':')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        return (list, "PYENV_VERSION".into());
    }
    let local = starts(lookup).into_iter().find_map(|dir| {
        dir.ancestors()
            .map(|d| d.join(".python-version"))
            .find(|f| f.is_file())
    });
    let file = local.unwrap_or_else(|| root.join("version"));
    let origin = format!("`{}`", file.display());
    let Some(text) = read_text(&file) else {
        // No global version file: pyenv uses the system interpreter.
        return (vec!["system".into()], "no version file".into());
    };
    let list = read_version_file(&text);
    if list.is_empty() {
        // pyenv reads a file without a version as `system`.
        return (vec!["system".into()], origin);
    }
    (list, origin)
}

/// The first word of each line, skipping empty lines and `#` comments.
fn read_version_file(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| !w.starts_with('#'))
        .map(String::from)
        .collect()
}

/// The installed version `v` names: itself, itself without `python-`, or the latest install
/// it is a prefix of (in that order, as `pyenv-version-name` tries them).
fn installed(root: &Path, v: &str) -> Option<String> {
    let versions = root.join("versions");
    let exists = |n: &str| !n.is_empty() && versions.join(n).is_dir();
    let bare = v.strip_prefix("python-").unwrap_or(v);
    if exists(v) {
        return Some(v.to_string());
    }
    if exists(bare) {
        return Some(bare.to_string());
    }
    let names = installed_names(&versions);
    latest(&names, v).or_else(|| latest(&names, bare))
}

/// The directories in `versions/` (symbolic links to directories included, as
/// `pyenv versions --bare --skip-envs` lists them).
fn installed_names(versions: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(versions) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect()
}

/// `pyenv latest <prefix>` over the installed `names`.
fn latest(names: &[String], prefix: &str) -> Option<String> {
    if prefix.is_empty() {
        return None;
    }
    if names.iter().any(|n| n == prefix) {
        return Some(prefix.to_string());
    }
    // A trailing `t` after a digit asks for free-threaded builds.
    let (prefix, threaded) = match prefix.strip_suffix('t') {
        Some(p) if p.ends_with(|c: char| c.is_ascii_digit()) => (p, true),
        _ => (prefix, false),
    };
    let mut matching: Vec<(String, &String)> = names
        .iter()
        .filter(|n| {
            n.strip_prefix(prefix).is_some_and(|rest| {
                rest.starts_with(['-', '.']) && (!threaded || rest[1..].ends_with('t'))
            })
        })
        .filter(|n| !is_unstable(n, threaded))
        .map(|n| (sort_key(n), n))
        .collect();
    matching.sort_by(|a, b| compare_keys(&a.0, &b.0).then_with(|| a.1.cmp(b.1)));
    matching.first().map(|(_, n)| (*n).clone())
}

/// What `pyenv-latest` drops: development and source builds, `-latest` aliases,
/// prereleases (`a1`, `b2`, `rc1`), and free-threaded builds unless asked for.
fn is_unstable(name: &str, threaded: bool) -> bool {
    let no_digits = name.trim_end_matches(|c: char| c.is_ascii_digit());
    let prerelease = no_digits.len() < name.len()
        && (no_digits.ends_with('a') || no_digits.ends_with('b') || no_digits.ends_with("rc"));
    let free_threaded = name
        .strip_suffix('t')
        .is_some_and(|n| n.ends_with(|c: char| c.is_ascii_digit()));
    ["-dev", "-src", "-latest"]
        .iter()
        .any(|s| name.ends_with(s))
        || prerelease
        || (!threaded && free_threaded)
}

/// `pyenv-latest`'s sorting key: an implementation name before a `-` becomes a `.`-separated
/// first field (`pypy3.10-7.3.12` → `pypy3.10.7.3.12`).
fn sort_key(name: &str) -> String {
    let alnum = name
        .find('-')
        .filter(|&i| i > 0 && name[..i].chars().all(|c| c.is_ascii_alphanumeric()));
    match alnum {
        Some(i) => format!("{}.{}", &name[..i], &name[i + 1..]),
        None => name.to_string(),
    }
}

/// Field `i` (from 0) of a key split at dots, empty past the end.
fn field<'a>(f: &[&'a str], i: usize) -> &'a str {
    f.get(i).copied().unwrap_or("")
}

/// `sort -t. -k1,1r -k2,2nr -k3,3nr -k4,4nr`: the newest first.
fn compare_keys(a: &str, b: &str) -> Ordering {
    let fa: Vec<&str> = a.split('.').collect();
    let fb: Vec<&str> = b.split('.').collect();
    let number = |s: &str| -> u64 {
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        digits
            .parse()
            .unwrap_or(if digits.is_empty() { 0 } else { u64::MAX })
    };
    let mut order = field(&fb, 0).cmp(field(&fa, 0));
    for i in 1..4 {
        order = order.then_with(|| number(field(&fb, i)).cmp(&number(field(&fa, i))));
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_follows_pyenv_latest() {
        let names: Vec<String> = [
            "3.9.18",
            "3.10.13",
            "3.11.7",
            "3.11.10",
            "3.11.11t",
            "3.12.0rc1",
            "3.12-dev",
            "3.13.0a4",
            "3.13.1t",
            "3.13.0",
            "pypy3.10-7.3.12",
            "pypy3.10-7.3.9",
            "miniconda3-latest",
            "31.0.0",
        ]
        .iter()
        .map(|s| (*s).to_string())
        .collect();
        let rows: &[(&str, Option<&str>, &str)] = &[
            ("3.11", Some("3.11.10"), "numeric, not text, order"),
            ("3", Some("3.13.0"), "a major alone"),
            ("3.12", None, "only a prerelease and a dev build"),
            ("3.1", None, "`3.1` is not a prefix of `3.11.7`"),
            ("3.13t", Some("3.13.1t"), "free-threaded asked for"),
            ("3.11.7", Some("3.11.7"), "an exact name"),
            (
                "pypy3.10",
                Some("pypy3.10-7.3.12"),
                "an implementation prefix",
            ),
            ("miniconda3", None, "`-latest` aliases are left out"),
            ("4", None, "nothing installed"),
            ("", None, "empty"),
        ];
        for (prefix, want, msg) in rows {
            assert_eq!(latest(&names, prefix).as_deref(), *want, "{prefix}: {msg}");
        }
    }

    #[test]
    fn version_files_as_pyenv_reads_them() {
        let rows: &[(&str, &[&str], &str)] = &[
            ("3.11.7\n", &["3.11.7"], "one version"),
            (
                "3.11.7 3.12.1\n",
                &["3.11.7"],
                "only the first word of a line",
            ),
            ("3.11.7\n3.12.1\n", &["3.11.7", "3.12.1"], "one per line"),
            ("# pin\n\n  3.12\r\n", &["3.12"], "comments, blanks, CR"),
            ("#3.11\n", &[], "only a comment"),
            ("", &[], "empty"),
        ];
        for (text, want, msg) in rows {
            assert_eq!(read_version_file(text), *want, "{msg}");
        }
    }
}
