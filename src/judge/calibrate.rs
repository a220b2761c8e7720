//! Time limits calibrated on the user's machine, as Kattis sets them: an exercise may state
//! its limit as a multiple of its reference solution's slowest test. The reference is timed
//! once per machine, interpreter and exercise content, and the result cached, so a brute
//! force gets TLE and the reference passes on a slow laptop and a fast server alike.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::error::Error;
use super::judgement::Judgement;
use super::options::Options;
use super::runner::Judge;
use crate::catalog::{Calibration, Exercise, Fnv, Format, Tests};
use crate::verdict::Verdict;

/// What calibration found for one exercise.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    /// The reference's slowest test (CPU time).
    pub slowest: Duration,
    /// Its CPU time over all tests, where the cache has it (it did not before).
    pub total: Option<Duration>,
    /// The time limit now in force.
    pub limit: Duration,
    pub multiplier: f64,
}

impl Measured {
    /// `1.3 s (5 × the reference's slowest test, 250 ms, on this machine)`, or when the
    /// exercise's minimum applies, `1.0 s (the minimum: 5 × the reference's slowest test,
    /// 15 ms, on this machine, is less)`.
    pub fn describe(&self) -> String {
        let product = self.slowest.as_secs_f64() * self.multiplier;
        // The limit is the product rounded up to 0.1 s, unless a minimum lifted it.
        let floor = product + 0.1 < self.limit.as_secs_f64();
        if floor {
            format!(
                "{:.1} s (the minimum: {} × the reference's slowest test, {} ms, on this machine, is less)",
                self.limit.as_secs_f64(),
                self.multiplier,
                self.slowest.as_millis()
            )
        } else {
            format!(
                "{:.1} s ({} × the reference's slowest test, {} ms, on this machine)",
                self.limit.as_secs_f64(),
                self.multiplier,
                self.slowest.as_millis()
            )
        }
    }
}

/// Sets `ex`'s time limit from the cache alone (in `cache_dir`), reading no test data:
/// `None` if the exercise has no calibration or the cache no entry for it.
pub fn cached(judge: &Judge<'_>, ex: &mut Exercise, cache_dir: Option<&Path>) -> Option<Measured> {
    let c = ex.calibration?;
    let path = cache_dir?.join("calibration.json");
    let entry = *read_cache(Some(&path)).get(&cache_key(judge, ex, &ex.files.stamp()))?;
    Some(apply(ex, c, entry))
}

/// Sets `ex`'s time limit from its calibration, measuring the reference if the cache (in
/// `cache_dir`, `None` for no cache) has no entry. `Ok(None)`: the exercise has a fixed limit,
/// or nothing to measure.
///
/// The cache is looked up by the files' stamp (no reads), then, if the stamp changed, by
/// their content hash (see `catalog::Files::stamp`); the tests are only run on a miss.
pub fn calibrate(
    judge: &Judge<'_>,
    ex: &mut Exercise,
    tests: &Tests,
    cache_dir: Option<&Path>,
) -> Result<Option<Measured>, Error> {
    calibrate_judged(judge, ex, tests, cache_dir).map(|(m, _)| m)
}

/// [`calibrate`], plus the reference's judgement when it was measured now and is the only
/// reference (a native exercise's `solution.py`): judged with the judge's options under a
/// generous limit, every test accepted, and none slower than the limit now set, so it is the
/// judgement the new limit would give and `grind verify` need not judge the reference again.
pub fn calibrate_judged(
    judge: &Judge<'_>,
    ex: &mut Exercise,
    tests: &Tests,
    cache_dir: Option<&Path>,
) -> Result<(Option<Measured>, Option<Judgement>), Error> {
    let Some(c) = ex.calibration else {
        return Ok((None, None));
    };
    if matches!(tests, Tests::Predict { .. }) {
        return Ok((None, None));
    }
    let path = cache_dir.map(|d| d.join("calibration.json"));
    let cache = read_cache(path.as_ref());
    let quick = cache_key(judge, ex, &ex.files.stamp());
    if let Some(entry) = cache.get(&quick) {
        return Ok((Some(apply(ex, c, *entry)), None));
    }
    let exact = ex.files.content_hash().map(|h| cache_key(judge, ex, &h));
    if let Some((k, entry)) = exact.as_ref().and_then(|k| Some((k, *cache.get(k)?))) {
        // The content entry stays beside the new stamp's.
        update_cache(path.as_ref(), &[&quick, k], entry);
        return Ok((Some(apply(ex, c, entry)), None));
    }
    let references = references(ex);
    if references.is_empty() {
        return Ok((None, None));
    }
    let mut probe = ex.clone();
    probe.limits = ex.limits.with_cpu(Duration::from_secs(20));
    let timer = Judge {
        python: judge.python,
        options: Options {
            fail_fast: true,
            stop_on_timeout: true,
            ..judge.options
        },
        hide: judge.hide.clone(),
        snippet_output: None,
    };
    let mut slowest = Duration::ZERO;
    let mut total = Duration::ZERO;
    let mut judged = Vec::new();
    for source in &references {
        let j = timer.judge(&probe, tests, source)?;
        if j.verdict != Verdict::Accepted {
            // `grind verify` reports a broken reference; keep the fallback limit.
            return Ok((None, None));
        }
        slowest = slowest.max(j.tests.iter().map(|t| t.time).max().unwrap_or_default());
        // With several references (a package's accepted submissions), the slowest of them.
        total = total.max(j.tests.iter().map(|t| t.time).sum());
        judged.push(j);
    }
    let us = |d: Duration| u64::try_from(d.as_micros()).unwrap_or(u64::MAX);
    let entry = Entry::Both {
        slowest: us(slowest),
        total: us(total),
    };
    let keys: Vec<&String> = std::iter::once(&quick).chain(exact.as_ref()).collect();
    update_cache(path.as_ref(), &keys, entry);
    let measured = apply(ex, c, entry);
    let reuse = (ex.format == Format::Native && judged.len() == 1 && slowest <= measured.limit)
        .then(|| judged.pop())
        .flatten()
        .map(|mut j| {
            j.limits = ex.limits;
            j
        });
    Ok((Some(measured), reuse))
}

/// What the cache keeps per exercise and interpreter, in microseconds of CPU time: the
/// reference's slowest test and its total over all tests. Caches written before the total was
/// kept hold the slowest test alone, as a number, and still serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
enum Entry {
    Both { slowest: u64, total: u64 },
    Slowest(u64),
}

/// Sets the limit `c` gives for a reference measured as `entry`.
fn apply(ex: &mut Exercise, c: Calibration, entry: Entry) -> Measured {
    let (slowest, total) = match entry {
        Entry::Both { slowest, total } => (slowest, Some(Duration::from_micros(total))),
        Entry::Slowest(slowest) => (slowest, None),
    };
    let slowest = Duration::from_micros(slowest);
    let raw = slowest.mul_f64(c.multiplier).max(c.minimum);
    // Round up to a tenth of a second, as people state limits.
    let tenths = raw.as_millis().div_ceil(100);
    let limit = Duration::from_millis(
        u64::try_from(tenths * 100)
            .unwrap_or(60_000)
            .clamp(100, 60_000),
    );
    ex.limits = ex.limits.with_cpu(limit);
    Measured {
        slowest,
        total,
        limit,
        multiplier: c.multiplier,
    }
}

/// Records `entry` under `keys`, dropping older entries of the same exercise and interpreter
/// (stamps of files since changed), so the cache does not grow with every edit.
fn store(cache: &mut BTreeMap<String, Entry>, keys: &[&String], entry: Entry) {
    for k in keys {
        if let Some(prefix) = k.rsplit_once('-').map(|(p, _)| p) {
            let prefix = prefix.rsplit_once('-').map_or(prefix, |(p, _)| p);
            let prefix = format!("{prefix}-");
            cache.retain(|old, _| !old.starts_with(&prefix) || keys.contains(&old));
        }
    }
    for k in keys {
        cache.insert((*k).clone(), entry);
    }
}

/// The solutions the limit is relative to: the reference, or a package's accepted Python 3
/// submissions.
fn references(ex: &Exercise) -> Vec<Vec<u8>> {
    match ex.format {
        Format::Native => ex.reference().into_iter().collect(),
        Format::Kattis => ex
            .submissions()
            .unwrap_or_default()
            .into_iter()
            .filter(|s| s.expected == Verdict::Accepted && !s.is_python2())
            .map(|s| s.source)
            .collect(),
    }
}

/// Identifies what was measured: the exercise, the interpreter and grind's version, and
/// `content` (a stamp or content hash of the exercise's files, references and tests alike):
/// `<name>-<interpreter>-<content>`.
fn cache_key(judge: &Judge<'_>, ex: &Exercise, content: &str) -> String {
    let mut h = Fnv::new();
    h.feed(b"grind-calibration-2");
    h.feed(judge.python.executable.as_os_str().as_encoded_bytes());
    h.feed(judge.python.version.as_bytes());
    h.feed(env!("CARGO_PKG_VERSION").as_bytes());
    format!("{}-{:016x}-{content}", ex.name, h.0)
}

fn read_cache(path: Option<&PathBuf>) -> BTreeMap<String, Entry> {
    path.and_then(|p| std::fs::read(p).ok())
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

/// Records `entry` under `keys` in the cache file at `path`, read again just before the write:
/// `grind verify` calibrates several exercises at once, and a copy read before a measurement
/// would drop what the others stored meanwhile, so they would all be measured again next time.
///
/// NOTE: the lock covers the threads of this process; two `grind` processes measuring at
/// once can still lose one entry, which costs one measurement, never a wrong limit.
fn update_cache(path: Option<&PathBuf>, keys: &[&String], entry: Entry) {
    static LOCK: Mutex<()> = Mutex::new(());
    let _held = LOCK.lock().unwrap_or_else(PoisonError::into_inner);
    let mut cache = read_cache(path);
    store(&mut cache, keys, entry);
    write_cache(path, &cache);
}

/// Best effort: a cache that cannot be written only means measuring again next time. The
/// write is atomic (temp file + rename), so a concurrent reader never sees half a file.
fn write_cache(path: Option<&PathBuf>, cache: &BTreeMap<String, Entry>) {
    let Some(path) = path else { return };
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = dir.join(format!("calibration.json.tmp-{}", std::process::id()));
    if let Ok(text) = serde_json::to_string_pretty(cache)
        && std::fs::write(&tmp, text).is_ok()
    {
        let _ = std::fs::rename(&tmp, path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(slowest: u64) -> Entry {
        Entry::Both {
            slowest,
            total: slowest * 10,
        }
    }

    #[test]
    fn old_caches_with_the_slowest_test_alone_still_serve() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("calibration.json");
        std::fs::write(
            &path,
            r#"{"a-00000000000000aa-embedded-01": 1500,
                "b-00000000000000aa-embedded-01": {"slowest": 2000, "total": 9000}}"#,
        )
        .unwrap();
        let cache = read_cache(Some(&path));
        assert_eq!(
            cache.get("a-00000000000000aa-embedded-01"),
            Some(&Entry::Slowest(1500))
        );
        assert_eq!(
            cache.get("b-00000000000000aa-embedded-01"),
            Some(&Entry::Both {
                slowest: 2000,
                total: 9000
            })
        );
        // Written back, both kinds keep their form.
        write_cache(Some(&path), &cache);
        assert_eq!(read_cache(Some(&path)), cache);
    }

    #[test]
    fn an_update_keeps_what_others_stored_after_this_measurement_began() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("calibration.json");
        // This measurement read an empty cache; another exercise's result lands meanwhile.
        let before = read_cache(Some(&path));
        assert!(before.is_empty());
        let other = "two-sum-00000000000000aa-embedded-01".to_string();
        update_cache(Some(&path), &[&other], Entry::Slowest(40));
        let mine = "three-sum-00000000000000aa-embedded-02".to_string();
        update_cache(Some(&path), &[&mine], both(70));
        let after = read_cache(Some(&path));
        assert_eq!(
            after.get(&other),
            Some(&Entry::Slowest(40)),
            "the other exercise's entry was lost"
        );
        assert_eq!(after.get(&mine), Some(&both(70)));
    }

    #[test]
    fn updates_from_many_threads_all_land() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("calibration.json");
        let keys: Vec<String> = (0..16)
            .map(|i| format!("ex{i}-00000000000000aa-embedded-01"))
            .collect();
        std::thread::scope(|s| {
            for (i, k) in keys.iter().enumerate() {
                let path = &path;
                crate::pool::spawn_scoped(s, "test-writer", move || {
                    update_cache(Some(path), &[k], both(i as u64));
                });
            }
        });
        let cache = read_cache(Some(&path));
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(cache.get(k), Some(&both(i as u64)), "{k} was lost");
        }
    }

    #[test]
    fn a_new_stamp_replaces_the_same_exercises_old_one_only() {
        let mut cache = BTreeMap::new();
        let old = "two-sum-00000000000000aa-embedded-01".to_string();
        let other_python = "two-sum-00000000000000bb-embedded-01".to_string();
        cache.insert(old.clone(), both(1));
        cache.insert(other_python.clone(), both(2));
        let longer_name = "two-sum-ii-00000000000000aa-embedded-01".to_string();
        cache.insert(longer_name.clone(), both(4));
        let new = "two-sum-00000000000000aa-embedded-02".to_string();
        store(&mut cache, &[&new], both(3));
        assert!(
            !cache.contains_key(&old),
            "a stale stamp of the same interpreter stays"
        );
        assert_eq!(
            cache.get(&other_python),
            Some(&both(2)),
            "another interpreter's entry went"
        );
        assert_eq!(
            cache.get(&longer_name),
            Some(&both(4)),
            "an exercise named `two-sum-ii` lost its entry"
        );
        assert_eq!(cache.get(&new), Some(&both(3)));
    }
}
