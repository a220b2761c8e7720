//! The catalog built into the binary, as `build.rs` packed it: one blob of file contents
//! (large files zstd-compressed one by one) and an index of exercises and their files. A
//! command decodes only the files it reads, when it reads them.

/// One embedded exercise directory.
#[derive(Debug)]
pub struct Dir {
    /// The directory name (the exercise's name).
    pub name: &'static str,
    /// FNV-1a over every file's path and contents, computed at build time.
    pub hash: u64,
    /// Its files, sorted by path.
    pub files: &'static [File],
}

/// One embedded file.
#[derive(Debug)]
pub struct File {
    /// The path inside the exercise directory (`tests/hidden.jsonl`).
    pub path: &'static str,
    offset: usize,
    len: usize,
    raw_len: usize,
    zstd: bool,
}

/// The index `build.rs` generated (`BLOB` and `EXERCISES`).
#[allow(clippy::unreadable_literal)] // generated numbers
mod index {
    use super::{Dir, File};
    include!(concat!(env!("OUT_DIR"), "/embedded_catalog.rs"));
}
use index::{BLOB, EXERCISES};

/// A hash of grind's version and of the test loaders' source files, computed at build time:
/// part of the test cache's key (`test_cache.rs`), so a changed loader never reads a file an
/// older one wrote.
pub fn loader_hash() -> u64 {
    index::LOADER
}

/// Every embedded exercise directory, sorted by name.
pub fn dirs() -> &'static [Dir] {
    EXERCISES
}

impl Dir {
    /// The file at `rel`, if there is one.
    pub fn file(&self, rel: &str) -> Option<&'static File> {
        let rel = normalize(rel);
        self.files
            .binary_search_by(|f| f.path.cmp(rel))
            .ok()
            .map(|i| &self.files[i])
    }

    /// Whether `rel` is a directory: some file lies below it.
    pub fn is_dir(&self, rel: &str) -> bool {
        let rel = normalize(rel);
        rel.is_empty()
            || self.files.iter().any(|f| {
                f.path.len() > rel.len()
                    && f.path.starts_with(rel)
                    && f.path.as_bytes()[rel.len()] == b'/'
            })
    }

    /// The names directly inside directory `rel`, each with whether it is a directory.
    pub fn list(&self, rel: &str) -> Vec<(String, bool)> {
        let rel = normalize(rel);
        let mut out: Vec<(String, bool)> = Vec::new();
        for f in self.files {
            let rest = if rel.is_empty() {
                f.path
            } else {
                match f.path.strip_prefix(rel).and_then(|r| r.strip_prefix('/')) {
                    Some(r) => r,
                    None => continue,
                }
            };
            let (name, is_dir) = match rest.split_once('/') {
                Some((d, _)) => (d, true),
                None => (rest, false),
            };
            if !out.iter().any(|(n, _)| n == name) {
                out.push((name.to_string(), is_dir));
            }
        }
        out
    }
}

impl File {
    /// The file's contents, decompressed.
    pub fn contents(&self) -> std::io::Result<Vec<u8>> {
        let stored = &BLOB[self.offset..self.offset + self.len];
        if self.zstd {
            zstd::bulk::decompress(stored, self.raw_len)
        } else {
            Ok(stored.to_vec())
        }
    }
}

/// `rel` without a leading `./` or a trailing `/`.
fn normalize(rel: &str) -> &str {
    let rel = rel.strip_prefix("./").unwrap_or(rel);
    rel.strip_suffix('/').unwrap_or(rel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_sum_is_packed_and_reads_back() {
        let d = dirs()
            .iter()
            .find(|d| d.name == "two-sum")
            .expect("two-sum");
        assert!(d.file("gen.py").is_none(), "the generator is not embedded");
        let hidden = d.file("tests/hidden.jsonl").expect("hidden tests");
        assert!(hidden.zstd && hidden.len < hidden.raw_len / 2, "{hidden:?}");
        let text = hidden.contents().unwrap();
        assert_eq!(text.len(), hidden.raw_len);
        let on_disk = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("exercises/two-sum/tests/hidden.jsonl"),
        )
        .unwrap();
        assert_eq!(text, on_disk);
        assert!(d.is_dir("tests") && !d.is_dir("tests/hidden.jsonl") && d.is_dir(""));
        let top = d.list("");
        assert!(top.contains(&("tests".to_string(), true)), "{top:?}");
        assert!(
            top.contains(&("exercise.toml".to_string(), false)),
            "{top:?}"
        );
        assert_eq!(d.list("tests/").len(), d.list("./tests").len());
    }
}
