//! What a probe of an interpreter binary reported (version, directories), kept in
//! `interpreters.json` in the cache directory so later commands skip that interpreter start.
//!
//! An entry is keyed by the binary's path and by the size, modification and change times of
//! the file it leads to and of a virtual environment's `pyvenv.cfg` beside it: reinstalling,
//! upgrading or re-pointing the interpreter changes one of them, and the next command probes
//! again. Reads and writes are best effort (a missing or corrupt cache means probing), and a
//! write is atomic (temp file + rename). The answers of shim runs (`shim::cache`) live in the
//! same directory, in `shims.json`, written the same way.

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

const FILE: &str = "interpreters.json";

/// Identifies one binary in one state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeKey(String);

impl ProbeKey {
    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key of the binary at `exe`, `None` if it cannot be read.
    pub fn of(exe: &Path) -> Option<Self> {
        let stamp = |p: &Path| {
            std::fs::metadata(p).ok().map(|m| {
                format!(
                    "{}:{}.{}:{}.{}:{}",
                    m.len(),
                    m.mtime(),
                    m.mtime_nsec(),
                    m.ctime(),
                    m.ctime_nsec(),
                    m.ino()
                )
            })
        };
        let own = stamp(exe)?;
        let venv = exe
            .parent()
            .and_then(Path::parent)
            .and_then(|d| stamp(&d.join("pyvenv.cfg")))
            .unwrap_or_default();
        Some(Self(format!(
            "{}|{own}|{venv}|probe-2|{}",
            exe.display(),
            env!("CARGO_PKG_VERSION")
        )))
    }
}

/// What a probe of one binary reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Probed {
    pub executable: PathBuf,
    pub version: String,
    pub read_dirs: Vec<PathBuf>,
    pub sqlite: Option<String>,
}

fn read(dir: Option<&Path>) -> BTreeMap<String, Probed> {
    dir.and_then(|d| std::fs::read(d.join(FILE)).ok())
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

/// The cached probe of `key`.
pub fn get(dir: Option<&Path>, key: &ProbeKey) -> Option<Probed> {
    read(dir).remove(&key.0)
}

/// Records the probe of `key`; entries of other binaries are kept, stale ones of the same
/// path replaced.
pub fn put(dir: Option<&Path>, key: &ProbeKey, probed: &Probed) {
    let Some(dir) = dir else { return };
    let mut all = read(Some(dir));
    let path = key.0.split('|').next().unwrap_or_default().to_string();
    all.retain(|k, _| k.split('|').next() != Some(path.as_str()));
    all.insert(key.0.clone(), probed.clone());
    if let Ok(text) = serde_json::to_string_pretty(&all) {
        write_atomic(dir, FILE, text.as_bytes());
    }
}

/// Writes `name` in `dir` through a temporary file and a rename, so a reader sees the old
/// file or the new one, never half of one. Best effort: a cache that cannot be written is
/// only a slower next command.
pub(super) fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) {
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = dir.join(format!("{name}.tmp-{}", std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, dir.join(name)).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_binary_misses_the_cache() {
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("python3");
        std::fs::write(&exe, b"one").unwrap();
        let key = ProbeKey::of(&exe).unwrap();
        let py = Probed {
            executable: exe.clone(),
            version: "3.11.7".into(),
            read_dirs: vec![PathBuf::from("/usr/lib")],
            sqlite: Some("3.45.1".into()),
        };
        let cache = dir.path().join("cache");
        assert!(get(Some(&cache), &key).is_none(), "empty cache");
        put(Some(&cache), &key, &py);
        let got = get(Some(&cache), &key).expect("a hit");
        assert_eq!(got, py, "what was put comes back whole");
        std::fs::write(&exe, b"reinstalled").unwrap();
        let changed = ProbeKey::of(&exe).unwrap();
        assert_ne!(changed, key, "size and times are in the key");
        assert!(
            get(Some(&cache), &changed).is_none(),
            "a changed binary misses"
        );
        put(Some(&cache), &changed, &py);
        assert_eq!(read(Some(&cache)).len(), 1, "the stale entry is replaced");
        assert!(get(None, &key).is_none(), "no cache directory, no hit");
    }
}
