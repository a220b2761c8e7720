//! The progress store: `./.grind/progress.json`.
//!
//! - **Versioned and human-readable**: pretty JSON with a `version` field.
//! - **Atomic**: written to a temporary file in the same directory, synced, then renamed over
//!   the old one, so a crash never leaves a half-written store.
//! - **Safe with several `grind` processes**: every read-modify-write holds an exclusive lock
//!   on `./.grind/progress.lock`.
//! - **A corrupt store is kept, not lost**: it is renamed to `progress.corrupt-<time>.json`
//!   and a fresh one is started, with a warning naming both files.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::clock::Clock;
use super::verdict::RecordedVerdict;

/// The store format version this build writes and understands.
pub const VERSION: u32 = 1;

/// Why the store could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file operation failed; `what` says which (``lock `.grind/progress.lock` ``).
    #[error("failed to {what}")]
    Io {
        what: String,
        #[source]
        source: io::Error,
    },
    /// Writing the new store failed midway (the old one is still in place).
    #[error(transparent)]
    Write(#[from] io::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// A newer `grind` wrote it: it is refused, never overwritten.
    #[error(
        "`{}` was written by a newer grind (store version {found}, this one reads {VERSION}): upgrade grind",
        .path.display()
    )]
    Newer { path: PathBuf, found: u64 },
    /// A plain read found it corrupt ([`Store::update`] moves it aside).
    #[error(
        "`{}` is corrupt ({why}); any command that records progress will move it aside",
        .path.display()
    )]
    Corrupt { path: PathBuf, why: String },
}

/// Adds what failed to an I/O error.
fn io_context<T>(r: io::Result<T>, what: impl FnOnce() -> String) -> Result<T, StoreError> {
    r.map_err(|source| StoreError::Io {
        what: what(),
        source,
    })
}

/// One judged attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    pub exercise: String,
    /// When it was judged (seconds since the epoch).
    pub at: u64,
    /// The verdict (`accepted`, `wrong_answer`, ...; a name another build wrote stays as it was).
    pub verdict: RecordedVerdict,
    pub passed: usize,
    pub total: usize,
    /// Seconds since the attempt clock started (`grind start`); `None` when it never started
    /// (a file checked without `grind start`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elapsed_seconds: Option<u64>,
    pub hints_used: usize,
    /// Made during a mock round.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mock: bool,
    /// Made after giving up on this try (`grind solution --give-up`): a pass then is not a
    /// solve.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub after_give_up: bool,
}

impl Attempt {
    /// Whether this attempt solved the exercise: accepted, and not after a give-up.
    pub fn solves(&self) -> bool {
        self.verdict.is_accepted() && !self.after_give_up
    }
}

/// What is remembered about one exercise besides its attempts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseState {
    /// When the attempt clock started, if it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<u64>,
    #[serde(default)]
    pub hints_used: usize,
    /// When the user gave up and looked at the solution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gave_up_at: Option<u64>,
    /// A fingerprint of the file of the last recorded attempt: checking it again unchanged
    /// records nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_checked: Option<String>,
}

/// A timed mock round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mock {
    pub started_at: u64,
    pub deadline: u64,
    pub exercises: Vec<String>,
    pub hints_allowed: bool,
    /// Set when the round was closed and reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<u64>,
}

/// Everything in the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    /// The exercise started last: `grind check` with no name checks it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    pub exercises: BTreeMap<String, ExerciseState>,
    #[serde(default)]
    pub attempts: Vec<Attempt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mock: Option<Mock>,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            version: VERSION,
            current: None,
            exercises: BTreeMap::new(),
            attempts: Vec::new(),
            mock: None,
        }
    }
}

impl Progress {
    /// The state of an exercise, created on first use.
    pub fn state(&mut self, name: &str) -> &mut ExerciseState {
        self.exercises.entry(name.to_string()).or_default()
    }

    /// Attempts at one exercise, oldest first.
    pub fn attempts_of<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Attempt> + 'a {
        self.attempts.iter().filter(move |a| a.exercise == name)
    }

    /// Whether an exercise was ever solved (accepted, not after a give-up).
    pub fn solved(&self, name: &str) -> bool {
        self.attempts_of(name).any(Attempt::solves)
    }
}

/// The workspace directory holding the store (`./.grind`).
pub struct Store {
    dir: PathBuf,
    /// Names a corrupt store kept aside.
    clock: Clock,
}

impl Store {
    /// The store of the workspace at `root` (usually the current directory).
    pub fn at(root: &Path, clock: Clock) -> Self {
        Self {
            dir: root.join(".grind"),
            clock,
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join("progress.json")
    }

    /// Reads the store without changing it (an empty one if there is none). A corrupt store
    /// is reported as an error here; [`Store::update`] moves it aside.
    pub fn read(&self) -> Result<Progress, StoreError> {
        // Reading creates nothing: no store yet is an empty history.
        if !self.path().exists() {
            return Ok(Progress::default());
        }
        let _lock = self.lock()?;
        match self.load()? {
            Loaded::Ok(p) => Ok(p),
            Loaded::Missing => Ok(Progress::default()),
            Loaded::Corrupt(why) => Err(StoreError::Corrupt {
                path: self.path(),
                why,
            }),
        }
    }

    /// Reads, changes and writes the store under the lock. Returns `f`'s result and any
    /// warnings (a corrupt store moved aside). Nothing is written when `f` fails.
    pub fn update<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&mut Progress) -> Result<T, E>,
    ) -> Result<(T, Vec<String>), E> {
        let _lock = self.lock()?;
        let mut warnings = Vec::new();
        let mut progress = match self.load()? {
            Loaded::Ok(p) => p,
            Loaded::Missing => Progress::default(),
            Loaded::Corrupt(why) => {
                let aside = self
                    .dir
                    .join(format!("progress.corrupt-{}.json", self.clock.now()));
                io_context(std::fs::rename(self.path(), &aside), || {
                    format!("move the corrupt `{}` aside", self.path().display())
                })?;
                warnings.push(format!(
                    "`{}` was corrupt ({why}); it was kept as `{}` and a new store was started",
                    self.path().display(),
                    aside.display()
                ));
                Progress::default()
            }
        };
        let value = f(&mut progress)?;
        self.write(&progress)?;
        Ok((value, warnings))
    }

    fn lock(&self) -> Result<File, StoreError> {
        io_context(std::fs::create_dir_all(&self.dir), || {
            format!("create the workspace directory `{}`", self.dir.display())
        })?;
        let path = self.dir.join("progress.lock");
        let file = io_context(
            OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path),
            || format!("open `{}`", path.display()),
        )?;
        io_context(file.lock(), || format!("lock `{}`", path.display()))?;
        Ok(file)
    }

    fn load(&self) -> Result<Loaded, StoreError> {
        let path = self.path();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Loaded::Missing),
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                return Ok(Loaded::Corrupt("not UTF-8".into()));
            }
            Err(e) => return io_context(Err(e), || format!("read `{}`", path.display())),
        };
        let value: serde_json::Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => return Ok(Loaded::Corrupt(format!("invalid JSON: {e}"))),
        };
        match value.get("version").and_then(serde_json::Value::as_u64) {
            Some(v) if v == u64::from(VERSION) => {}
            Some(v) if v > u64::from(VERSION) => {
                return Err(StoreError::Newer { path, found: v });
            }
            _ => return Ok(Loaded::Corrupt("no valid `version`".into())),
        }
        match serde_json::from_value(value) {
            Ok(p) => Ok(Loaded::Ok(p)),
            Err(e) => Ok(Loaded::Corrupt(format!("unexpected content: {e}"))),
        }
    }

    fn write(&self, progress: &Progress) -> Result<(), StoreError> {
        let path = self.path();
        let tmp = self
            .dir
            .join(format!("progress.json.tmp-{}", std::process::id()));
        let mut text = serde_json::to_string_pretty(progress)?;
        text.push('\n');
        let mut f = io_context(File::create(&tmp), || format!("write `{}`", tmp.display()))?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        drop(f);
        io_context(std::fs::rename(&tmp, &path), || {
            format!("replace `{}`", path.display())
        })?;
        Ok(())
    }
}

enum Loaded {
    Ok(Progress),
    Missing,
    Corrupt(String),
}

#[cfg(test)]
mod tests;
