//! Time limits calibrated on the user's machine, as Kattis sets them: an exercise may state
//! its limit as a multiple of its reference solution's slowest test. The reference is timed
//! once per machine, interpreter and exercise content, and the result cached, so a brute
//! force gets TLE and the reference passes on a slow laptop and a fast server alike.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::error::Error;
use super::options::Options;
use super::runner::Judge;
use crate::catalog::{Exercise, Format, Tests};
use crate::verdict::Verdict;

/// What calibration found for one exercise.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    /// The reference's slowest test (CPU time).
    pub slowest: Duration,
    /// The time limit now in force.
    pub limit: Duration,
    pub multiplier: f64,
}

impl Measured {
    /// `1.0 s (5 × the reference's slowest test, 45 ms, on this machine)`.
    pub fn describe(&self) -> String {
        format!(
            "{:.1} s ({} × the reference's slowest test, {} ms, on this machine)",
            self.limit.as_secs_f64(),
            self.multiplier,
            self.slowest.as_millis()
        )
    }
}

/// Sets `ex`'s time limit from its calibration, measuring the reference if the cache (in
/// `cache_dir`, `None` for no cache) has no entry. `Ok(None)`: the exercise has a fixed limit,
/// or nothing to measure.
pub fn calibrate(
    judge: &Judge<'_>,
    ex: &mut Exercise,
    tests: &Tests,
    cache_dir: Option<&Path>,
) -> Result<Option<Measured>, Error> {
    let Some(c) = ex.calibration else {
        return Ok(None);
    };
    let references = references(ex);
    if references.is_empty() || matches!(tests, Tests::Predict { .. }) {
        return Ok(None);
    }
    let key = cache_key(judge, ex, &references, tests);
    let path = cache_dir.map(|d| d.join("calibration.json"));
    let mut cache = read_cache(path.as_ref());
    let slowest = if let Some(ms) = cache.get(&key) {
        Duration::from_micros(*ms)
    } else {
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
        };
        let mut slowest = Duration::ZERO;
        for source in &references {
            let j = timer.judge(&probe, tests, source)?;
            if j.verdict != Verdict::Accepted {
                // `grind verify` reports a broken reference; keep the fallback limit.
                return Ok(None);
            }
            slowest = slowest.max(j.tests.iter().map(|t| t.time).max().unwrap_or_default());
        }
        cache.insert(key, u64::try_from(slowest.as_micros()).unwrap_or(u64::MAX));
        write_cache(path.as_ref(), &cache);
        slowest
    };
    let raw = slowest.mul_f64(c.multiplier).max(c.minimum);
    // Round up to a tenth of a second, as people state limits.
    let tenths = raw.as_millis().div_ceil(100);
    let limit = Duration::from_millis(
        u64::try_from(tenths * 100)
            .unwrap_or(60_000)
            .clamp(100, 60_000),
    );
    ex.limits = ex.limits.with_cpu(limit);
    Ok(Some(Measured {
        slowest,
        limit,
        multiplier: c.multiplier,
    }))
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

/// Identifies what was measured: interpreter, grind version, exercise, references and tests.
fn cache_key(judge: &Judge<'_>, ex: &Exercise, references: &[Vec<u8>], tests: &Tests) -> String {
    let mut h = Fnv::new();
    h.feed(b"grind-calibration-1");
    h.feed(judge.python.executable.as_os_str().as_encoded_bytes());
    h.feed(judge.python.version.as_bytes());
    h.feed(env!("CARGO_PKG_VERSION").as_bytes());
    h.feed(ex.name.as_bytes());
    for r in references {
        h.feed(r);
    }
    match tests {
        Tests::Text(cases) => {
            for c in cases {
                h.feed(&c.input);
                h.feed(&c.answer);
            }
        }
        Tests::Values(cases) => {
            for c in cases {
                h.feed(c.args.to_string().as_bytes());
            }
        }
        Tests::Predict { .. } => {}
        Tests::Module(m) => {
            h.feed(m.sample_source.as_bytes());
            h.feed(m.hidden_source.as_bytes());
        }
        Tests::Sql(s) => {
            h.feed(s.schema.as_bytes());
            for c in &s.cases {
                h.feed(c.data.as_bytes());
            }
        }
    }
    format!("{}-{:016x}", ex.name, h.0)
}

struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }

    fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x100_0000_01b3);
    }
}

fn read_cache(path: Option<&PathBuf>) -> BTreeMap<String, u64> {
    path.and_then(|p| std::fs::read(p).ok())
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

/// Best effort: a cache that cannot be written only means measuring again next time. The
/// write is atomic (temp file + rename), so a concurrent reader never sees half a file.
fn write_cache(path: Option<&PathBuf>, cache: &BTreeMap<String, u64>) {
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
