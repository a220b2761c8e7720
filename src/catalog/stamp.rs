//! Cheap identities of an exercise's files, for caches keyed by content (the calibration of
//! time limits): a *stamp* that costs no reading of test data, and the content hash it stands
//! for.
//!
//! An embedded exercise's stamp is its content hash, computed by `build.rs`. A directory's
//! stamp lists every file's path, size, modification and change time (one `stat` each): any
//! write changes it. When a stamp changes without the content changing (a copy, a `touch`),
//! the content hash, which reads every file, still finds the old entry.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::files::Files;

impl Files {
    /// Changes whenever the content may have changed; costs no file reads.
    pub fn stamp(&self) -> String {
        match self {
            Files::Embedded(d) => format!("embedded-{:016x}", d.hash),
            Files::Disk(p) => {
                let mut h = Fnv::new();
                walk(p, "", &mut |rel, path| {
                    h.feed(rel.as_bytes());
                    if let Ok(m) = std::fs::metadata(path) {
                        let stat = [
                            m.len(),
                            m.mtime().cast_unsigned(),
                            m.mtime_nsec().cast_unsigned(),
                            m.ctime().cast_unsigned(),
                            m.ctime_nsec().cast_unsigned(),
                            m.ino(),
                        ];
                        for v in stat {
                            h.feed(&v.to_le_bytes());
                        }
                    }
                });
                format!("stat-{:016x}", h.0)
            }
        }
    }

    /// A hash of every file's path and contents; `None` when the stamp already is one.
    pub fn content_hash(&self) -> Option<String> {
        match self {
            Files::Embedded(_) => None,
            Files::Disk(p) => {
                let mut h = Fnv::new();
                walk(p, "", &mut |rel, path| {
                    h.feed(rel.as_bytes());
                    h.feed(&std::fs::read(path).unwrap_or_default());
                });
                Some(format!("content-{:016x}", h.0))
            }
        }
    }
}

/// Calls `f` with every file below `root/rel` (relative path, full path), in sorted order.
fn walk(root: &Path, rel: &str, f: &mut dyn FnMut(&str, &Path)) {
    let Ok(rd) = std::fs::read_dir(root.join(rel)) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        let sub = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            walk(root, &sub, f);
        } else {
            f(&sub, &e.path());
        }
    }
}

/// FNV-1a, 64 bits, with a separator after each field.
pub struct Fnv(pub u64);

impl Fnv {
    pub fn new() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }

    pub fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x100_0000_01b3);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_stamp_follows_writes_and_the_hash_follows_content() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("tests")).unwrap();
        std::fs::write(dir.path().join("tests/1.in"), "1 2\n").unwrap();
        let files = Files::Disk(dir.path().to_path_buf());
        let (stamp, hash) = (files.stamp(), files.content_hash());
        assert_eq!(files.stamp(), stamp, "nothing changed");
        std::fs::write(dir.path().join("tests/1.in"), "1 3\n").unwrap();
        assert_ne!(files.stamp(), stamp, "a write changes the stamp");
        assert_ne!(files.content_hash(), hash, "and the content hash");
        std::fs::write(dir.path().join("tests/1.in"), "1 2\n").unwrap();
        assert_ne!(
            files.stamp(),
            stamp,
            "a rewrite with the same bytes changes the stamp"
        );
        assert_eq!(files.content_hash(), hash, "but not the content hash");
        std::fs::write(dir.path().join("tests/2.in"), "").unwrap();
        assert_ne!(
            files.content_hash(),
            hash,
            "a new file changes the content hash"
        );
    }
}
