//! The answers of shim runs, kept in `shims.json` beside the probe cache: for a [`ShimKey`],
//! the executable the shim ran.
//!
//! One entry per identity (shim, name, working directory) is kept, the newest, and at most
//! [`MAX_ENTRIES`] in all. A hit is used only while its executable is still there. Reads and
//! writes are best effort: a missing, unreadable or corrupt file is a miss, and the next write
//! replaces it (atomically, as the probe cache does).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::ShimKey;
use crate::python::probe_cache::write_atomic;

const FILE: &str = "shims.json";
const VERSION: u32 = 1;
/// Enough for a few projects with different versions; older entries are dropped.
const MAX_ENTRIES: usize = 32;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Store {
    version: u32,
    entries: Vec<Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    id: String,
    inputs: String,
    executable: PathBuf,
}

fn read(dir: &Path) -> Store {
    std::fs::read(dir.join(FILE))
        .ok()
        .and_then(|b| serde_json::from_slice::<Store>(&b).ok())
        .filter(|s| s.version == VERSION)
        .unwrap_or_default()
}

/// The executable cached for `key`, if its inputs are unchanged and it is still executable.
pub fn get(dir: Option<&Path>, key: &ShimKey) -> Option<PathBuf> {
    read(dir?)
        .entries
        .into_iter()
        .find(|e| e.id == key.id && e.inputs == key.inputs)
        .map(|e| e.executable)
        .filter(|p| super::is_executable(p))
}

/// Records that `key` led to `executable`, replacing the entry of the same identity.
pub fn put(dir: Option<&Path>, key: &ShimKey, executable: &Path) {
    let Some(dir) = dir else { return };
    let mut store = read(dir);
    store.version = VERSION;
    store.entries.retain(|e| e.id != key.id);
    store.entries.insert(
        0,
        Entry {
            id: key.id.clone(),
            inputs: key.inputs.clone(),
            executable: executable.to_path_buf(),
        },
    );
    store.entries.truncate(MAX_ENTRIES);
    if let Ok(text) = serde_json::to_string_pretty(&store) {
        write_atomic(dir, FILE, text.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn key(id: &str, inputs: &str) -> ShimKey {
        ShimKey {
            id: id.into(),
            inputs: inputs.into(),
        }
    }

    #[test]
    fn hits_misses_and_corruption() {
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("python3");
        std::fs::write(&exe, b"\x7fELF").unwrap();
        std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).unwrap();
        let path = dir.path().join("cache");
        let cache = Some(path.as_path());
        assert_eq!(get(cache, &key("a", "1")), None, "no file: a miss");
        put(cache, &key("a", "1"), &exe);
        assert_eq!(get(cache, &key("a", "1")), Some(exe.clone()), "a hit");
        assert_eq!(get(cache, &key("a", "2")), None, "changed inputs miss");
        put(cache, &key("a", "2"), &exe);
        assert_eq!(get(cache, &key("a", "1")), None, "one entry per identity");
        assert_eq!(read(&path).entries.len(), 1);
        for n in 0..40 {
            put(cache, &key(&n.to_string(), "x"), &exe);
        }
        assert_eq!(read(&path).entries.len(), MAX_ENTRIES, "bounded");

        for junk in [
            &b"{not json"[..],
            b"",
            b"{\"version\":99,\"entries\":[]}",
            b"[1,2]",
        ] {
            std::fs::write(path.join(FILE), junk).unwrap();
            assert_eq!(
                get(cache, &key("39", "x")),
                None,
                "corrupt or foreign: a miss"
            );
            put(cache, &key("39", "x"), &exe);
            assert_eq!(get(cache, &key("39", "x")), Some(exe.clone()), "rewritten");
        }
        std::fs::remove_file(&exe).unwrap();
        assert_eq!(get(cache, &key("39", "x")), None, "a vanished executable");
        assert_eq!(get(None, &key("39", "x")), None, "no cache directory");
    }
}
