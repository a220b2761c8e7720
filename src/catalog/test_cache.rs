//! The test cache: the loaded test data of an embedded exercise, kept in the cache directory
//! (`<cache>/tests/`) in the form the judge uses, so that a later check reads it in one piece
//! instead of decompressing and parsing megabytes again (`two-sum`: 3.2 MB of tests).
//!
//! Only large test sets of the built-in catalog (`function` and `stdio`, at least
//! [`MIN_BYTES`]) are cached. A file is named by the exercise and a key: the exercise's content
//! hash (computed by `build.rs`) mixed with a hash of grind's version and of the loader's own
//! source files, so a new catalog or a changed loader never reads an old file. Files are
//! written whole under a temporary name and renamed into place, never changed in place; a file
//! that does not parse back exactly (wrong magic or key, sizes that do not add up, text that
//! is not UTF-8) is ignored and written again. The cache is as trusted as the calibration cache
//! beside it: no sandboxed program can reach the cache directory.
//!
//! The format, all integers little-endian: the magic `grind-tests\x01`, the key (`u64`), the
//! kind (`u32`, 0 values, 1 text), the case count (`u32`); per case a 24-byte entry (name
//! length `u32`, sample flag `u8`, 3 zero bytes, then the lengths of its two parts as `u64`:
//! arguments and expected value, or input and answer); then per case its name and its two
//! parts, back to back.
//!
//! **May import:** `exercise`, `shared`, `embedded`, `files`, `error`.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::LoadError;
use super::exercise::{Exercise, Tests, TextCase, ValueCase};
use super::files::Files;
use super::shared::{Bytes, Text};

/// Test sets smaller than this load faster than a cache file is opened and checked.
pub const MIN_BYTES: usize = 64 * 1024;
const MAGIC: &[u8; 12] = b"grind-tests\x01";
const HEADER: usize = 12 + 8 + 4 + 4;
const ENTRY: usize = 24;

/// The exercise's tests, from the cache where it has them, else loaded (and then cached when
/// large enough). Without a cache directory, or for an exercise on disk, [`Exercise::tests`].
pub fn load(ex: &Exercise, cache: Option<&Path>) -> Result<Tests, LoadError> {
    let (Some(dir), Files::Embedded(d)) = (cache, &ex.files) else {
        return ex.tests();
    };
    let key = d.hash ^ super::embedded::loader_hash();
    let path = dir
        .join("tests")
        .join(format!("{}-{key:016x}.bin", ex.name));
    if let Some(tests) = read(&path, key) {
        return Ok(tests);
    }
    let tests = ex.tests()?;
    if size(&tests) >= MIN_BYTES {
        // Best effort: a cache that cannot be written only costs the next check its load.
        let _ = write(&path, key, &tests, &ex.name);
    }
    Ok(tests)
}

fn size(tests: &Tests) -> usize {
    match tests {
        Tests::Values(c) => c.iter().map(|c| c.args.len() + c.expected.len()).sum(),
        Tests::Text(c) => c.iter().map(|c| c.input.len() + c.answer.len()).sum(),
        _ => 0,
    }
}

/// The cases in `path`, if it is a complete cache file for `key`.
fn read(path: &Path, key: u64) -> Option<Tests> {
    let all = Bytes::owned(std::fs::read(path).ok()?);
    parse(&all, key)
}

fn parse(all: &Bytes, key: u64) -> Option<Tests> {
    let u32_at = |at: usize| -> Option<usize> {
        let b: [u8; 4] = all.get(at..at + 4)?.try_into().ok()?;
        usize::try_from(u32::from_le_bytes(b)).ok()
    };
    let raw_u64 = |at: usize| -> Option<u64> {
        let b: [u8; 8] = all.get(at..at + 8)?.try_into().ok()?;
        Some(u64::from_le_bytes(b))
    };
    let u64_at = |at: usize| usize::try_from(raw_u64(at)?).ok();
    if all.get(..12)? != MAGIC || raw_u64(12)? != key {
        return None;
    }
    let (kind, count) = (u32_at(20)?, u32_at(24)?);
    let mut at = HEADER.checked_add(count.checked_mul(ENTRY)?)?;
    if at > all.len() {
        return None;
    }
    let mut values = Vec::new();
    let mut texts = Vec::new();
    for k in 0..count {
        let e = HEADER + k * ENTRY;
        let (name_len, sample) = (u32_at(e)?, *all.get(e + 4)? != 0);
        let (a_len, b_len) = (u64_at(e + 8)?, u64_at(e + 16)?);
        let name = std::str::from_utf8(all.get(at..at.checked_add(name_len)?)?).ok()?;
        let name = name.to_string();
        at += name_len;
        let a = all.slice(at..at.checked_add(a_len)?)?;
        at += a_len;
        let b = all.slice(at..at.checked_add(b_len)?)?;
        at += b_len;
        match kind {
            0 => values.push(ValueCase {
                name,
                sample,
                args: Text::new(a)?,
                expected: Text::new(b)?,
            }),
            1 => texts.push(TextCase {
                name,
                sample,
                input: a,
                answer: b,
            }),
            _ => return None,
        }
    }
    if at != all.len() {
        return None;
    }
    Some(if kind == 0 {
        Tests::Values(values)
    } else {
        Tests::Text(texts)
    })
}

/// The cache file's bytes for `tests`.
fn encode(key: u64, tests: &Tests) -> Option<Vec<u8>> {
    let parts: Vec<(&str, bool, &[u8], &[u8])> = match tests {
        Tests::Values(c) => c
            .iter()
            .map(|c| {
                (
                    c.name.as_str(),
                    c.sample,
                    c.args.as_bytes(),
                    c.expected.as_bytes(),
                )
            })
            .collect(),
        Tests::Text(c) => c
            .iter()
            .map(|c| (c.name.as_str(), c.sample, &*c.input, &*c.answer))
            .collect(),
        _ => return None,
    };
    let kind: u32 = u32::from(matches!(tests, Tests::Text(_)));
    let total: usize = parts
        .iter()
        .map(|p| p.0.len() + p.2.len() + p.3.len())
        .sum();
    let mut out = Vec::with_capacity(HEADER + parts.len() * ENTRY + total);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&key.to_le_bytes());
    out.extend_from_slice(&kind.to_le_bytes());
    out.extend_from_slice(&u32::try_from(parts.len()).ok()?.to_le_bytes());
    for (name, sample, a, b) in &parts {
        out.extend_from_slice(&u32::try_from(name.len()).ok()?.to_le_bytes());
        out.extend_from_slice(&[u8::from(*sample), 0, 0, 0]);
        out.extend_from_slice(&(a.len() as u64).to_le_bytes());
        out.extend_from_slice(&(b.len() as u64).to_le_bytes());
    }
    for (name, _, a, b) in &parts {
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(a);
        out.extend_from_slice(b);
    }
    Some(out)
}

/// Writes the cache file for `tests` under a temporary name and renames it into place, then
/// removes the exercise's files for other keys (an older catalog or grind).
fn write(path: &Path, key: u64, tests: &Tests, name: &str) -> std::io::Result<()> {
    let bytes = encode(key, tests).ok_or_else(|| std::io::Error::other("not cacheable"))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(&bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    let own = path.file_name().map(std::ffi::OsStr::to_os_string);
    let prefix = format!("{name}-");
    for e in std::fs::read_dir(dir)?.flatten() {
        let file = e.file_name();
        let other: PathBuf = e.path();
        let stale = file.to_str().is_some_and(|f| {
            f.strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix(".bin"))
                .is_some_and(|k| k.len() == 16 && k.bytes().all(|c| c.is_ascii_hexdigit()))
        });
        if stale && Some(&file) != own.as_ref() {
            let _ = std::fs::remove_file(other);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    fn two_sum() -> Exercise {
        Catalog::embedded_named("two-sum")
            .expect("found")
            .expect("loads")
    }

    fn values(t: &Tests) -> Vec<(String, bool, String, String)> {
        let Tests::Values(c) = t else {
            panic!("not values")
        };
        c.iter()
            .map(|c| {
                (
                    c.name.clone(),
                    c.sample,
                    c.args.to_string(),
                    c.expected.to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn a_cached_test_set_reads_back_as_loaded_and_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let ex = two_sum();
        let fresh = ex.tests().unwrap();
        let first = load(&ex, Some(dir.path())).unwrap();
        let files: Vec<PathBuf> = std::fs::read_dir(dir.path().join("tests"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1, "{files:?}");
        let second = load(&ex, Some(dir.path())).unwrap();
        assert_eq!(values(&first), values(&fresh));
        assert_eq!(values(&second), values(&fresh));
        // The second load came from the file: a changed name in it shows.
        let mut bytes = std::fs::read(&files[0]).unwrap();
        let at = HEADER + 28 * ENTRY;
        assert_eq!(&bytes[at..at + 8], b"sample/1");
        bytes[at + 7] = b'9';
        std::fs::write(&files[0], &bytes).unwrap();
        let edited = load(&ex, Some(dir.path())).unwrap();
        assert_eq!(values(&edited)[0].0, "sample/9");
    }

    #[test]
    fn a_damaged_or_foreign_file_is_ignored_and_written_again() {
        let dir = tempfile::tempdir().unwrap();
        let ex = two_sum();
        let fresh = values(&ex.tests().unwrap());
        load(&ex, Some(dir.path())).unwrap();
        let path = std::fs::read_dir(dir.path().join("tests"))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let good = std::fs::read(&path).unwrap();
        let key = u64::from_le_bytes(good[12..20].try_into().unwrap());
        let cut = |n: usize| Bytes::owned(good[..n].to_vec());
        assert!(parse(&cut(good.len()), key).is_some());
        for n in [0, 11, HEADER, HEADER + 5, good.len() - 1] {
            assert!(parse(&cut(n), key).is_none(), "{n} bytes parsed");
        }
        assert!(parse(&cut(good.len()), key ^ 1).is_none(), "another key");
        let mut longer = good.clone();
        longer.push(b'x');
        assert!(
            parse(&Bytes::owned(longer), key).is_none(),
            "trailing bytes"
        );
        let mut bad_utf8 = good.clone();
        let last = bad_utf8.len() - 1;
        bad_utf8[last] = 0xff;
        assert!(parse(&Bytes::owned(bad_utf8.clone()), key).is_none());
        std::fs::write(&path, &bad_utf8).unwrap();
        assert_eq!(values(&load(&ex, Some(dir.path())).unwrap()), fresh);
        assert_eq!(std::fs::read(&path).unwrap(), good, "written again");
    }

    #[test]
    fn other_keys_of_the_exercise_are_removed_and_small_sets_are_not_cached() {
        let dir = tempfile::tempdir().unwrap();
        let tests_dir = dir.path().join("tests");
        std::fs::create_dir_all(&tests_dir).unwrap();
        let old = tests_dir.join("two-sum-0123456789abcdef.bin");
        let other = tests_dir.join("two-sum-ii-0123456789abcdef.bin");
        std::fs::write(&old, b"old").unwrap();
        std::fs::write(&other, b"another exercise").unwrap();
        load(&two_sum(), Some(dir.path())).unwrap();
        assert!(!old.exists(), "the old key is removed");
        assert!(other.exists(), "another exercise's file stays");
        let small = Catalog::embedded_named("fibonacci")
            .expect("found")
            .expect("loads");
        assert!(size(&small.tests().unwrap()) < MIN_BYTES);
        load(&small, Some(dir.path())).unwrap();
        let names: Vec<String> = std::fs::read_dir(&tests_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            !names.iter().any(|n| n.starts_with("fibonacci-")),
            "{names:?}"
        );
    }

    #[test]
    fn stdio_cases_round_trip() {
        let ex = Catalog::embedded_named("range-sum-queries")
            .expect("found")
            .expect("loads");
        let tests = ex.tests().unwrap();
        let bytes = encode(7, &tests).unwrap();
        let back = parse(&Bytes::owned(bytes), 7).unwrap();
        let (Tests::Text(a), Tests::Text(b)) = (&tests, &back) else {
            panic!("text cases")
        };
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(b) {
            assert_eq!(
                (&x.name, x.sample, &x.input, &x.answer),
                (&y.name, y.sample, &y.input, &y.answer)
            );
        }
    }
}
