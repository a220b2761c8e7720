//! Finding the real Python interpreter once, past pyenv-style shims.
//!
//! `python3` on PATH is often a shim script (pyenv, asdf, mise) that costs ~80 ms per start
//! and reads environment variables we scrub. A shim is resolved by its manager's own rule
//! without running it, or run once and its answer cached by every input the manager reads
//! (`shim`); any other script is asked for `sys.executable`, which is the real binary. Runs
//! use that binary directly, with isolation flags.
//!
//! What the probe reports about a binary (version, directories) is cached per binary, keyed by
//! its path, size, modification and change times, so a command that judges does not pay a
//! second interpreter start for it; a reinstalled or upgraded interpreter misses the cache.

use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;

use super::compiled::Compiled;
use super::probe_cache::{self, ProbeKey, Probed};
use super::scripts::Script;
use super::shim::{self, Lookup, Resolution, Route};

/// Why the interpreter could not be used (an error the user fixes: exit code 2).
#[derive(Debug, Clone, thiserror::Error)]
pub enum ResolveError {
    #[error(
        "failed to run `{requested}`: install Python 3.8+ or point `GRIND_PYTHON` (or `--python`) at it"
    )]
    Start {
        requested: String,
        #[source]
        source: Arc<io::Error>,
    },
    #[error("`{requested}` failed ({status}): {stderr}")]
    Failed {
        requested: String,
        status: String,
        stderr: String,
    },
    #[error("`{requested}` did not report its executable path (sys.executable is empty)")]
    NoExecutable { requested: String },
    #[error("`{requested}` is Python {version}; grind needs Python 3.8 or newer")]
    TooOld { requested: String, version: String },
}

/// The interpreter every run uses.
#[derive(Debug, Clone)]
pub struct Python {
    /// The real executable (never a shim).
    pub executable: PathBuf,
    /// What was asked for (`python3`, `$GRIND_PYTHON`, `--python`).
    pub requested: String,
    /// `major.minor.micro`.
    pub version: String,
    /// Directories the interpreter needs to read (prefixes, standard library, `LIBDIR`).
    pub read_dirs: Vec<PathBuf>,
    /// How `requested` led to `executable`, for `grind doctor` (`pyenv shim → 3.11.7
    /// (`/x/.python-version`)`).
    pub route: String,
    /// Which way the route was found (a rule, a cached shim answer, a shim run...).
    pub resolution: Resolution,
    /// Whether the version and directories came from the cache rather than a probe run.
    pub cached: bool,
    /// The version of the `SQLite` library its `sqlite3` module links (`sql` exercises run
    /// on it); `None` when the module is missing.
    pub sqlite: Option<String>,
    /// The runner scripts compiled ahead for this binary (kept in the cache directory).
    pub compiled: Compiled,
}

/// Flags every run gets: `-I` (isolated: no user site, no `PYTHON*` variables, no script
/// directory on `sys.path`), `-S` (no `site`: faster start, no third-party packages),
/// `-B` (no `.pyc` writes). Output stays buffered, as on real judges; the interpreter flushes
/// it on a normal exit and on an uncaught exception.
pub const ISOLATION_FLAGS: [&str; 3] = ["-I", "-S", "-B"];

/// Prints the executable, the version, the `SQLite` version (`-` without `sqlite3`), and the
/// directories the interpreter reads from (its prefixes, standard library and shared-library
/// directory), one per line.
const PROBE: &str = "import sys, sysconfig\n\
print(sys.executable)\n\
print('%d.%d.%d' % sys.version_info[:3])\n\
try:\n    import sqlite3\n    print(sqlite3.sqlite_version)\n\
except Exception:\n    print('-')\n\
paths = [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix]\n\
paths += [sysconfig.get_paths().get(k) for k in ('stdlib', 'platstdlib')]\n\
paths.append(sysconfig.get_config_var('LIBDIR'))\n\
print('\\n'.join(sorted(set(p for p in paths if p))))";

impl Python {
    /// The files that make `script` in a run directory for this interpreter: the script
    /// itself, or, where its code was compiled ahead, a stub that loads it and the compiled
    /// code (`compiled.rs`).
    pub fn script_files(&self, script: Script) -> Vec<(&'static str, &[u8])> {
        match self.compiled.dump(script) {
            Some(code) => vec![
                (script.file_name(), super::compiled::STUB.as_bytes()),
                (script.code_file_name(), code),
            ],
            None => vec![(script.file_name(), script.source())],
        }
    }

    /// Resolves `requested` (a command name or path) to the real interpreter by running it.
    #[cfg(test)]
    pub fn resolve(requested: &str) -> Result<Self, ResolveError> {
        Self::probe(requested, requested)
    }

    /// Resolves `requested` with what `lookup` says (`PATH`, the version managers' variables,
    /// the working directory): past a shim by its manager's rule or by the cached answer of an
    /// earlier shim run when its inputs are unchanged, reusing a cached probe of the binary
    /// from `cache_dir` when it is still valid.
    pub fn resolve_with(
        requested: &str,
        lookup: &Lookup,
        cache_dir: Option<&Path>,
    ) -> Result<Self, ResolveError> {
        let mut py = Self::route(requested, lookup, cache_dir)?;
        // The runners compiled ahead belong to the binary the route ended at.
        py.compiled = Compiled::new(&py.executable, cache_dir);
        Ok(py)
    }

    /// [`Python::resolve_with`] without the compiled runners.
    fn route(
        requested: &str,
        lookup: &Lookup,
        cache_dir: Option<&Path>,
    ) -> Result<Self, ResolveError> {
        match shim::route(requested, lookup) {
            Route::Binary {
                executable,
                how,
                resolution,
            } => Self::from_binary(requested, &executable, how, resolution, cache_dir),
            Route::Ask {
                why,
                key: Some(key),
            } => {
                if let Some(exe) = shim::cache::get(cache_dir, &key) {
                    let how = format!("{why} → {}", exe.display());
                    return Self::from_binary(requested, &exe, how, Resolution::Cached, cache_dir);
                }
                let mut py = Self::probe(requested, requested)?;
                shim::cache::put(cache_dir, &key, &py.executable);
                Self::remember(&py, cache_dir);
                py.route = format!("{why} → {}", py.executable.display());
                py.resolution = Resolution::ShimRun;
                Ok(py)
            }
            Route::Ask { why, key: None } => {
                let mut py = Self::probe(requested, requested)?;
                py.route = why;
                Ok(py)
            }
        }
    }

    /// The interpreter at `executable` (a real binary), from the probe cache or a probe.
    fn from_binary(
        requested: &str,
        executable: &Path,
        how: String,
        resolution: Resolution,
        cache_dir: Option<&Path>,
    ) -> Result<Self, ResolveError> {
        let key = ProbeKey::of(executable);
        if let Some(p) = key.as_ref().and_then(|k| probe_cache::get(cache_dir, k)) {
            return Ok(Self {
                executable: p.executable,
                requested: requested.to_string(),
                version: p.version,
                read_dirs: p.read_dirs,
                sqlite: p.sqlite,
                route: how,
                resolution,
                cached: true,
                compiled: Compiled::default(),
            });
        }
        let shown = executable.to_string_lossy().into_owned();
        let mut py = Self::probe(requested, &shown)?;
        py.route = how;
        py.resolution = resolution;
        Self::remember(&py, cache_dir);
        Ok(py)
    }

    /// Keeps what the probe of `py` reported, keyed by its executable.
    fn remember(py: &Self, cache_dir: Option<&Path>) {
        if let Some(k) = ProbeKey::of(&py.executable) {
            let probed = Probed {
                executable: py.executable.clone(),
                version: py.version.clone(),
                read_dirs: py.read_dirs.clone(),
                sqlite: py.sqlite.clone(),
            };
            probe_cache::put(cache_dir, &k, &probed);
        }
    }

    /// Runs `program` (what `requested` led to) with the probe.
    fn probe(requested: &str, program: &str) -> Result<Self, ResolveError> {
        let out = Command::new(program)
            .args(["-I", "-S", "-c", PROBE])
            .stdin(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .map_err(|e| ResolveError::Start {
                requested: requested.to_string(),
                source: Arc::new(e),
            })?;
        if !out.status.success() {
            return Err(ResolveError::Failed {
                requested: requested.to_string(),
                status: out.status.to_string(),
                stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
            });
        }
        let text = String::from_utf8_lossy(&out.stdout);
        let mut lines = text.lines();
        let exe = lines.next().unwrap_or_default().trim();
        let version = lines.next().unwrap_or_default().trim().to_string();
        let sqlite = match lines.next().unwrap_or_default().trim() {
            "" | "-" => None,
            v => Some(v.to_string()),
        };
        let read_dirs = lines
            .map(|l| PathBuf::from(l.trim()))
            .filter(|p| p.is_absolute())
            .collect();
        if exe.is_empty() || !Path::new(exe).is_absolute() {
            return Err(ResolveError::NoExecutable {
                requested: requested.to_string(),
            });
        }
        let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
        let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
        if (major, minor) < (3, 8) {
            return Err(ResolveError::TooOld {
                requested: requested.to_string(),
                version,
            });
        }
        Ok(Self {
            executable: PathBuf::from(exe),
            requested: requested.to_string(),
            version,
            read_dirs,
            route: "ran it to ask".to_string(),
            resolution: Resolution::Ran,
            cached: false,
            sqlite,
            compiled: Compiled::default(),
        })
    }
}

#[cfg(test)]
#[path = "shim/run_once_tests.rs"]
mod run_once_tests;
