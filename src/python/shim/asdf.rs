//! asdf's rule for the `python` plugin (read in asdf's `lib/utils.bash`, `find_versions` and
//! `get_executable_path`, which the Go rewrite keeps):
//!
//! - **Versions**: `ASDF_PYTHON_VERSION` (space-separated), else the `python` line of the
//!   first `.tool-versions` (or `$ASDF_DEFAULT_TOOL_VERSIONS_FILENAME`) from the working
//!   directory up to, not including, `/`, else the one in `$HOME`. A line is
//!   `python <v> [<v>…]`; `#` starts a comment.
//! - **Command**: the first version whose `$ASDF_DATA_DIR/installs/python/<v>/bin/<cmd>` is
//!   executable (`ASDF_DATA_DIR` defaults to `$HOME/.asdf`); `system` is the first `<cmd>`
//!   on `PATH` past the shims directory.
//!
//! Left to a run of the shim (cached): `ref:` and `path:` versions, a version not installed,
//! legacy version files (`legacy_version_file = yes` in an `.asdfrc`: the plugin's own script
//! parses them), plugins with `exec-path` or `list-bin-paths` hooks or their own shim of the
//! command, a shim outside `$ASDF_DATA_DIR/shims`, a `.tool-versions` at `/`, and no version
//! set at all (the shim's error message is the best one).

use std::path::{Path, PathBuf};

use super::{Inputs, Lookup, is_executable, read_text, same_dir, search_path};

/// Whether `text` (a script's head) is an asdf shim: `exec … asdf exec "<cmd>" "$@"` (the
/// path of `asdf` may be quoted).
pub(super) fn is_shim(text: &str) -> bool {
    text.starts_with("#!")
        && text.lines().any(|l| {
            let l = l.trim_start();
            l.starts_with("exec ") && (l.contains("asdf exec ") || l.contains("asdf\" exec "))
        })
}

/// The plugins a shim names (`# asdf-plugin: python 3.11.7`).
fn plugins(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter_map(|l| l.strip_prefix("# asdf-plugin:")?.split_whitespace().next())
}

/// `$ASDF_DATA_DIR`, else `$HOME/.asdf`.
fn data_dir(lookup: &Lookup) -> Option<PathBuf> {
    lookup
        .var("ASDF_DATA_DIR")
        .map(PathBuf::from)
        .or_else(|| lookup.home.as_ref().map(|h| h.join(".asdf")))
}

/// The name of the version file (`.tool-versions` unless overridden).
fn file_name(lookup: &Lookup) -> String {
    lookup
        .var("ASDF_DEFAULT_TOOL_VERSIONS_FILENAME")
        .unwrap_or(".tool-versions")
        .to_string()
}

/// asdf's choice for `command`: the executable and how it was chosen; `Err` says why the rule
/// is left to the shim.
pub(super) fn resolve(
    shim: &Path,
    command: &str,
    text: &str,
    lookup: &Lookup,
) -> Result<(PathBuf, String), String> {
    if !plugins(text).any(|p| p == "python") {
        return Err("not a shim of the `python` plugin".into());
    }
    let data = data_dir(lookup).ok_or("no `ASDF_DATA_DIR` nor `HOME`")?;
    let shims = data.join("shims");
    if !shim.parent().is_some_and(|p| same_dir(p, &shims)) {
        return Err(format!("the shim is not in `{}`", shims.display()));
    }
    let plugin = data.join("plugins/python");
    for hook in [
        "bin/exec-path",
        "bin/list-bin-paths",
        &format!("shims/{command}"),
    ] {
        if plugin.join(hook).exists() {
            return Err(format!("the plugin has `{hook}`"));
        }
    }
    if legacy_files_on(lookup) {
        return Err("legacy version files are on".into());
    }
    let (versions, origin) = versions(lookup)?;
    for v in &versions {
        if v == "system" {
            if let Some(exe) = search_path(command, lookup.path.as_ref(), Some(&shims)) {
                return Ok((
                    exe.clone(),
                    format!("system → {} ({origin})", exe.display()),
                ));
            }
            continue;
        }
        if v.contains([':', '/']) || v == ".." || v == "." {
            return Err(format!(
                "version `{v}` (from {origin}) is not a plain version"
            ));
        }
        let dir = data.join("installs/python").join(v);
        if !dir.is_dir() {
            return Err(format!("version `{v}` (from {origin}) is not installed"));
        }
        let exe = dir.join("bin").join(command);
        if is_executable(&exe) {
            return Ok((exe, format!("{v} ({origin})")));
        }
    }
    Err(format!("no `{command}` in the versions from {origin}"))
}

/// The versions in force and where they come from.
fn versions(lookup: &Lookup) -> Result<(Vec<String>, String), String> {
    if let Some(v) = lookup.var("ASDF_PYTHON_VERSION") {
        let list = v.split_whitespace().map(String::from).collect();
        return Ok((list, "ASDF_PYTHON_VERSION".into()));
    }
    let name = file_name(lookup);
    if name.contains('/') {
        return Err("`ASDF_DEFAULT_TOOL_VERSIONS_FILENAME` is a path".into());
    }
    let cwd = lookup.cwd.as_deref().ok_or("no working directory")?;
    let upward = cwd.ancestors().filter(|d| d.parent().is_some());
    for dir in upward.chain(lookup.home.as_deref()) {
        let file = dir.join(&name);
        if let Some(list) = read_tool_versions(&file) {
            return Ok((list, format!("`{}`", file.display())));
        }
    }
    if Path::new("/").join(&name).exists() {
        return Err(format!("a `/{name}` exists"));
    }
    Err("no version set".into())
}

/// The versions on the `python` line of `file`, if it has one.
fn read_tool_versions(file: &Path) -> Option<Vec<String>> {
    let text = read_text(file)?;
    text.lines().find_map(|line| {
        let line = line.split('#').next().unwrap_or_default();
        let mut words = line.split_whitespace();
        (words.next() == Some("python"))
            .then(|| words.map(String::from).collect::<Vec<_>>())
            .filter(|v| !v.is_empty())
    })
}

/// The `.asdfrc` files asdf reads settings from: upward from the working directory, then
/// `$ASDF_CONFIG_FILE` (else `$HOME/.asdfrc`).
fn config_files(lookup: &Lookup) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = lookup
        .cwd
        .iter()
        .flat_map(|c| c.ancestors().map(|d| d.join(".asdfrc")))
        .collect();
    if let Some(f) = lookup.var("ASDF_CONFIG_FILE") {
        files.push(PathBuf::from(f));
    } else if let Some(h) = &lookup.home {
        files.push(h.join(".asdfrc"));
    }
    files
}

/// Whether any `.asdfrc` turns legacy version files (`.python-version`) on.
fn legacy_files_on(lookup: &Lookup) -> bool {
    config_files(lookup).iter().any(|f| {
        read_text(f).is_some_and(|t| {
            t.lines().any(|l| {
                let mut kv = l.splitn(2, '=').map(str::trim);
                kv.next() == Some("legacy_version_file") && kv.next() == Some("yes")
            })
        })
    })
}

/// Everything asdf reads to choose, for the key of a cached shim run: its variables (in
/// `lookup.vars`), every version-file and `.asdfrc` candidate (legacy `.python-version` too),
/// the installs and the plugin.
pub(super) fn inputs(shim: &Path, requested: &str, lookup: &Lookup) -> Inputs {
    let mut i = Inputs::new("asdf", shim, requested, lookup);
    let names = [
        file_name(lookup),
        ".python-version".to_string(),
        ".asdfrc".to_string(),
    ];
    if let Some(cwd) = &lookup.cwd {
        i.upward(cwd, &names);
    }
    if let Some(home) = &lookup.home {
        for n in &names {
            i.file(&home.join(n));
        }
    }
    for f in config_files(lookup) {
        i.file(&f);
    }
    if let Some(data) = data_dir(lookup) {
        i.file(&data.join("installs/python"));
        i.file(&data.join("plugins/python"));
        i.file(&data.join("plugins/python/bin"));
    }
    i
}

#[cfg(test)]
#[path = "asdf_tests.rs"]
mod tests;
