//! Finding what a command name runs without running it: a `PATH` search, and the version
//! managers' own rules for their shims, so that `python3` does not cost a shim start (≈ 200
//! `execve` calls, tens of milliseconds) on every invocation.
//!
//! - pyenv (`pyenv`): its rule is read in full for plain installs, version prefixes included;
//! - asdf (`asdf`): its rule is read for plain installs of the `python` plugin;
//! - mise (`mise`) and whatever a rule does not cover (conda environments, `path:` or `ref:`
//!   versions, plugin hooks): the shim is run once and its answer cached (`cache`), keyed by
//!   every input the manager reads ([`Inputs`]): its environment variables and the stamp (size,
//!   times, inode) of every candidate configuration file from the working directory up to `/`
//!   and in the home directory, present or absent, so an edited version file is never missed;
//! - any other script is run to ask, every time.
//!
//! Each module's doc comment says which rule it follows and where that rule comes from.

mod asdf;
pub(super) mod cache;
mod inputs;
mod mise;
mod pyenv;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

pub use inputs::{Inputs, ShimKey};

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
    /// `HOME`.
    pub home: Option<PathBuf>,
    /// Every variable a version manager may read ([`manager_vars`]), by name.
    pub vars: BTreeMap<String, String>,
}

impl Lookup {
    /// The variable `name` from [`Lookup::vars`], if set and not empty.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

/// The variables of `env` that a version manager may read: those of pyenv, asdf, mise (and its
/// old name, rtx), conda, the XDG base directories and `HOME`. They all enter the key of a
/// cached shim answer, so a change of any of them runs the shim again. (Not every `XDG_`
/// variable: `XDG_SESSION_ID` and its kind change with every login and mean nothing here.)
pub fn manager_vars(env: impl Iterator<Item = (OsString, OsString)>) -> BTreeMap<String, String> {
    const PREFIXES: [&str; 5] = ["PYENV", "ASDF_", "MISE_", "RTX_", "CONDA"];
    const NAMES: [&str; 5] = [
        "HOME",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
    ];
    env.filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .filter(|(k, _)| NAMES.contains(&k.as_str()) || PREFIXES.iter().any(|p| k.starts_with(p)))
        .collect()
}

/// How a requested name was led to its executable, for `grind doctor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// A real binary, on `PATH` or given as a path: nothing to resolve.
    Direct,
    /// A shim read by its manager's rule, without running it.
    Rule,
    /// A shim whose earlier answer is still valid (no input changed), without running it.
    Cached,
    /// A shim run once now; its answer is cached for the next commands.
    ShimRun,
    /// A script grind cannot read past, run to ask on every command.
    Ran,
}

impl Resolution {
    /// The name in `grind doctor --json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Rule => "rule",
            Self::Cached => "cache",
            Self::ShimRun => "shim_run",
            Self::Ran => "ran",
        }
    }

    /// The sentence on the terminal.
    pub fn label(self) -> &'static str {
        match self {
            Self::Direct => "a real binary: nothing to resolve",
            Self::Rule => "the version manager's rule, read by grind: no shim run",
            Self::Cached => "cached answer of an earlier shim run, inputs unchanged: no shim run",
            Self::ShimRun => "ran the shim once; its answer is cached for the next commands",
            Self::Ran => "ran it to ask (on every command)",
        }
    }
}

/// How a requested interpreter maps to a file to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A real executable, found directly or past a shim by its manager's rule; `how` says
    /// which way, for `grind doctor`.
    Binary {
        executable: PathBuf,
        how: String,
        resolution: Resolution,
    },
    /// Something to run once and ask (`sys.executable`): a shim whose rule is not read, a
    /// script, a name not found. `why` says which; with a `key`, the answer may be cached
    /// under it (a version manager's shim whose inputs are known).
    Ask { why: String, key: Option<ShimKey> },
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
        return Route::Ask {
            why: format!("`{requested}` not found on PATH by grind"),
            key: None,
        };
    };
    let command = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if mise::is_shim(&file) {
        return Route::Ask {
            why: format!("{} is a mise shim", file.display()),
            key: Some(mise::inputs(&file, requested, lookup).key()),
        };
    }
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
            resolution: Resolution::Direct,
        };
    }
    let text = String::from_utf8_lossy(&head);
    if let Some(root) = pyenv::root(&text) {
        let shims = file.parent().map(Path::to_path_buf).unwrap_or_default();
        return match pyenv::resolve(&root, &shims, &command, lookup) {
            Ok((executable, how)) => Route::Binary {
                executable,
                how: format!("pyenv shim → {how}"),
                resolution: Resolution::Rule,
            },
            Err(why) => Route::Ask {
                why: format!("pyenv shim, {why}"),
                key: Some(pyenv::inputs(&root, &file, requested, lookup).key()),
            },
        };
    }
    if asdf::is_shim(&text) {
        return match asdf::resolve(&file, &command, &text, lookup) {
            Ok((executable, how)) => Route::Binary {
                executable,
                how: format!("asdf shim → {how}"),
                resolution: Resolution::Rule,
            },
            Err(why) => Route::Ask {
                why: format!("asdf shim, {why}"),
                key: Some(asdf::inputs(&file, requested, lookup).key()),
            },
        };
    }
    Route::Ask {
        why: format!("{} is a script grind cannot read past", file.display()),
        key: None,
    }
}

/// The first 4 KiB of a file (a shim is a few hundred bytes; an ELF header is 4).
fn read_head(file: &Path) -> Vec<u8> {
    read_at_most(file, 4096).unwrap_or_default()
}

/// A version or configuration file as text, its first 64 KiB only (a version file is a few
/// bytes; a huge one must not cost a huge read); `None` if it cannot be read.
fn read_text(file: &Path) -> Option<String> {
    let bytes = read_at_most(file, 64 * 1024)?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

fn read_at_most(file: &Path, limit: u64) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut buf = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(limit).read_to_end(&mut buf))
        .ok()?;
    Some(buf)
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
