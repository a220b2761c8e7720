//! The key of a cached shim answer: every input the version manager reads, written down as
//! text and hashed.
//!
//! A file enters by its stamp (size, modification and change times to the nanosecond, inode)
//! or as absent, so creating, editing, replacing or deleting any candidate version file
//! changes the key. A directory enters the same way: adding or removing an install changes
//! the modification time of the directory that holds the installs.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::Lookup;

/// What a cached answer is filed under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShimKey {
    /// Which shim, asked from where (the shim, the requested name, the working directory):
    /// one entry per identity is kept, the newest.
    pub id: String,
    /// Every input, hashed: an entry answers only for the same inputs.
    pub inputs: String,
}

/// The inputs of one resolution, collected as text.
pub struct Inputs {
    id: String,
    text: String,
}

impl Inputs {
    /// Starts with what every manager reads: the shim itself, the name asked for, `PATH`
    /// (the `system` version is searched there), the working directory and the managers'
    /// variables.
    pub fn new(manager: &str, shim: &Path, requested: &str, lookup: &Lookup) -> Self {
        let cwd = lookup.cwd.as_deref().unwrap_or(Path::new(""));
        let id = format!(
            "{manager}\n{}\n{requested}\n{}",
            shim.display(),
            cwd.display()
        );
        let mut me = Self {
            text: format!("grind-shim-1 {}\n{id}\n", env!("CARGO_PKG_VERSION")),
            id,
        };
        me.file(shim);
        let path = lookup.path.as_deref().unwrap_or_default();
        me.text += &format!("PATH={}\n", path.to_string_lossy());
        for (k, v) in &lookup.vars {
            me.text += &format!("{k}={v}\n");
        }
        me
    }

    /// Adds the stamp of `path`, present or absent.
    pub fn file(&mut self, path: &Path) {
        let stamp = std::fs::metadata(path).map_or_else(
            |_| "-".to_string(),
            |m| {
                format!(
                    "{}:{}.{}:{}.{}:{}",
                    m.len(),
                    m.mtime(),
                    m.mtime_nsec(),
                    m.ctime(),
                    m.ctime_nsec(),
                    m.ino()
                )
            },
        );
        self.text += &format!("{} {stamp}\n", path.display());
    }

    /// Adds each of `names` in `dir` and in every directory above it, up to `/`.
    pub fn upward(&mut self, dir: &Path, names: &[String]) {
        for d in dir.ancestors() {
            for n in names {
                self.file(&d.join(n));
            }
        }
    }

    /// Adds the directory `dir` and every file in it (a `conf.d` whose files are all read).
    pub fn dir_files(&mut self, dir: &Path) {
        self.file(dir);
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files {
            self.file(&f);
        }
    }

    /// The key.
    pub fn key(self) -> ShimKey {
        ShimKey {
            id: digest(&self.id),
            inputs: digest(&self.text),
        }
    }
}

/// 128 bits of two `SipHash` runs: collisions are out of reach for a cache key, and the value
/// is the same in every process of one build (the hasher's keys are fixed), which is all a
/// cache needs (the entries are tied to the grind version by the text).
fn digest(text: &str) -> String {
    let half = |salt: u8| {
        let mut h = DefaultHasher::new();
        salt.hash(&mut h);
        text.hash(&mut h);
        h.finish()
    };
    format!("{:016x}{:016x}", half(1), half(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_candidate_file_counts_present_or_absent() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        let lookup = Lookup {
            cwd: Some(sub.clone()),
            ..Lookup::default()
        };
        let key = || {
            let mut i = Inputs::new("asdf", Path::new("/s/python3"), "python3", &lookup);
            i.upward(&sub, &[".tool-versions".to_string()]);
            i.key()
        };
        let absent = key();
        assert_eq!(key(), absent, "the same inputs give the same key");
        let file = dir.path().join("a/.tool-versions");
        std::fs::write(&file, "python 3.11.7\n").unwrap();
        let created = key();
        assert_ne!(created, absent, "a file created in a parent");
        std::fs::write(&file, "python 3.12.1\n").unwrap();
        let edited = key();
        assert_ne!(edited, created, "an edit (new size or times)");
        assert_eq!(edited.id, absent.id, "same shim, same place: same identity");
        let mut other = lookup.clone();
        other
            .vars
            .insert("ASDF_PYTHON_VERSION".into(), "3.12.1".into());
        let mut i = Inputs::new("asdf", Path::new("/s/python3"), "python3", &other);
        i.upward(&sub, &[".tool-versions".to_string()]);
        assert_ne!(i.key(), edited, "a variable");
    }
}
