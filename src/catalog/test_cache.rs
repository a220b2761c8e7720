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
//! The format, all integers little-endian: the magic `grind-tests\x02`, the key (`u64`), the
//! kind (`u32`, 0 values, 1 text), the case count (`u32`); per case a 24-byte entry (name
//! length `u32`, sample flag `u8`, 3 zero bytes, then the lengths of its two parts as `u64`:
//! arguments and expected value, or input and answer); then the names, back to back; then
//! the expected values (or answers), back to back; then zeros up to a multiple of
//! [`INPUT_ALIGN`]; then the arguments (or inputs), back to back, to the end of the file.
//!
//! The inputs come last, from an aligned offset, so that a run can map exactly them from the
//! file (`judge/batch.rs`): a mapping covers whole pages, and nothing but inputs lies in the
//! pages from that offset to the end, so no answer is ever in a solution's reach.
//!
//! **May import:** `exercise`, `shared`, `embedded`, `files`, `error`.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::LoadError;
use super::exercise::{Exercise, Tests, TextCase, ValueCase};
use super::files::Files;
use super::shared::{Bytes, Content, Text};

/// Test sets smaller than this load faster than a cache file is opened and checked.
pub const MIN_BYTES: usize = 64 * 1024;
const MAGIC: &[u8; 12] = b"grind-tests\x02";
/// Where the inputs start in a cache file: a multiple of this, a page size or several on
/// every system (4, 16 or 64 KiB pages), as a mapping's offset must be.
pub const INPUT_ALIGN: usize = 64 * 1024;
const HEADER: usize = 12 + 8 + 4 + 4;
const ENTRY: usize = 24;

/// The exercise's tests, from the cache where it has them, else loaded (and then cached when
/// large enough). Without a cache directory, or for an exercise on disk, [`Exercise::tests`].
pub fn load(ex: &Exercise, cache: Option<&Path>, map: Option<MapFile>) -> Result<Tests, LoadError> {
    let (Some(dir), Files::Embedded(d)) = (cache, &ex.files) else {
        return ex.tests();
    };
    let key = d.hash ^ super::embedded::loader_hash();
    let path = dir
        .join("tests")
        .join(format!("{}-{key:016x}.bin", ex.name));
    if let Some(tests) = read(&path, key, map) {
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
fn read(path: &Path, key: u64, map: Option<MapFile>) -> Option<Tests> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).ok()?;
    if let Some(content) = map.and_then(|m| m(&file)) {
        return parse(&Bytes::of_file(file, content), key);
    }
    let len = usize::try_from(file.metadata().ok()?.len()).ok()?;
    let mut data = Vec::with_capacity(len);
    file.read_to_end(&mut data).ok()?;
    parse(&Bytes::of_file(file, Box::new(data)), key)
}

/// Maps a cache file whole (read-only; its pages are read as they are touched), or `None` to
/// read it instead. The caller provides it: mapping is a system call this module does not make
/// (`sandbox::Mapped` does).
pub type MapFile = fn(&std::fs::File) -> Option<Content>;

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
    let mut heads = Vec::with_capacity(count);
    for k in 0..count {
        let e = HEADER + k * ENTRY;
        let (name_len, sample) = (u32_at(e)?, *all.get(e + 4)? != 0);
        let (a_len, b_len) = (u64_at(e + 8)?, u64_at(e + 16)?);
        let name = std::str::from_utf8(all.get(at..at.checked_add(name_len)?)?).ok()?;
        heads.push((name.to_string(), sample, a_len, b_len));
        at += name_len;
    }
    let mut answers = Vec::with_capacity(count);
    for &(_, _, _, b_len) in &heads {
        answers.push(all.slice(at..at.checked_add(b_len)?)?);
        at += b_len;
    }
    let inputs_at = at.checked_next_multiple_of(INPUT_ALIGN)?;
    if all.get(at..inputs_at)?.iter().any(|&b| b != 0) {
        return None;
    }
    at = inputs_at;
    let mut values = Vec::new();
    let mut texts = Vec::new();
    for ((name, sample, a_len, _), b) in heads.into_iter().zip(answers) {
        let a = all.slice(at..at.checked_add(a_len)?)?;
        at += a_len;
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
    let mut out = Vec::with_capacity(HEADER + parts.len() * ENTRY + total + INPUT_ALIGN);
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
    for (name, ..) in &parts {
        out.extend_from_slice(name.as_bytes());
    }
    for (_, _, _, b) in &parts {
        out.extend_from_slice(b);
    }
    out.resize(out.len().next_multiple_of(INPUT_ALIGN), 0);
    for (_, _, a, _) in &parts {
        out.extend_from_slice(a);
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
        let first = load(&ex, Some(dir.path()), None).unwrap();
        let files: Vec<PathBuf> = std::fs::read_dir(dir.path().join("tests"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1, "{files:?}");
        let second = load(&ex, Some(dir.path()), None).unwrap();
        assert_eq!(values(&first), values(&fresh));
        assert_eq!(values(&second), values(&fresh));
        // The second load came from the file: a changed name in it shows.
        let mut bytes = std::fs::read(&files[0]).unwrap();
        let at = HEADER + 28 * ENTRY;
        assert_eq!(&bytes[at..at + 8], b"sample/1");
        bytes[at + 7] = b'9';
        std::fs::write(&files[0], &bytes).unwrap();
        let edited = load(&ex, Some(dir.path()), None).unwrap();
        assert_eq!(values(&edited)[0].0, "sample/9");
    }

    #[test]
    fn a_damaged_or_foreign_file_is_ignored_and_written_again() {
        let dir = tempfile::tempdir().unwrap();
        let ex = two_sum();
        let fresh = values(&ex.tests().unwrap());
        load(&ex, Some(dir.path()), None).unwrap();
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
        assert_eq!(values(&load(&ex, Some(dir.path()), None).unwrap()), fresh);
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
        load(&two_sum(), Some(dir.path()), None).unwrap();
        assert!(!old.exists(), "the old key is removed");
        assert!(other.exists(), "another exercise's file stays");
        let small = Catalog::embedded_named("fibonacci")
            .expect("found")
            .expect("loads");
        assert!(size(&small.tests().unwrap()) < MIN_BYTES);
        load(&small, Some(dir.path()), None).unwrap();
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
    fn inputs_come_last_from_an_aligned_offset_and_nothing_follows_them() {
        let dir = tempfile::tempdir().unwrap();
        let ex = Catalog::embedded_named("range-sum-queries")
            .expect("found")
            .expect("loads");
        load(&ex, Some(dir.path()), None).unwrap();
        // Through a map function (here one that reads: mapping is the sandbox's system call).
        let map: MapFile = |f| {
            use std::io::Read;
            let mut v = Vec::new();
            let mut f = f.try_clone().ok()?;
            f.read_to_end(&mut v).ok()?;
            Some(Box::new(v))
        };
        let Tests::Text(cases) = load(&ex, Some(dir.path()), Some(map)).unwrap() else {
            panic!("text cases")
        };
        let (_, first) = cases[0].input.in_file().expect("read from the cache file");
        assert_eq!(first % INPUT_ALIGN as u64, 0, "inputs start aligned");
        for w in cases.windows(2) {
            assert!(w[0].input.continues_into(&w[1].input), "{}", w[1].name);
        }
        assert!(cases.last().unwrap().input.reach_the_end());
        for c in &cases {
            let (_, at) = c.answer.in_file().unwrap();
            assert!(
                at + (c.answer.len() as u64) <= first,
                "{}: answer past the inputs",
                c.name
            );
        }
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
