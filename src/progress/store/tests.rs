//! The store on disk: round trips, corruption kept aside, newer stores refused, unknown
//! verdicts kept, and concurrent writers losing nothing.

use super::*;

fn attempt(ex: &str, at: u64, verdict: &str) -> Attempt {
    Attempt {
        exercise: ex.into(),
        at,
        verdict: RecordedVerdict::from(verdict),
        passed: 0,
        total: 1,
        elapsed_seconds: Some(0),
        hints_used: 0,
        mock: false,
        after_give_up: false,
    }
}

#[test]
fn round_trip_and_corrupt_recovery() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path(), Clock::default());
    let ((), w) = store
        .update(|p| {
            p.attempts.push(attempt("a", 1, "wrong_answer"));
            Ok::<_, StoreError>(())
        })
        .unwrap();
    assert!(w.is_empty());
    assert_eq!(store.read().unwrap().attempts.len(), 1);
    let text = std::fs::read_to_string(store.path()).unwrap();
    assert!(
        text.contains("\"version\": 1"),
        "human-readable and versioned: {text}"
    );

    std::fs::write(store.path(), "{ not json").unwrap();
    assert!(store.read().is_err(), "a plain read reports corruption");
    let ((), w) = store
        .update(|p| {
            p.attempts.push(attempt("b", 2, "accepted"));
            Ok::<_, StoreError>(())
        })
        .unwrap();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains("progress.corrupt-"), "{w:?}");
    let kept: Vec<_> = std::fs::read_dir(dir.path().join(".grind"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("progress.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read_to_string(dir.path().join(".grind").join(&kept[0])).unwrap(),
        "{ not json",
        "the corrupt file is kept as it was"
    );
    assert_eq!(
        store.read().unwrap().attempts,
        vec![attempt("b", 2, "accepted")]
    );
}

#[test]
fn a_verdict_this_build_does_not_know_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path(), Clock::default());
    std::fs::create_dir_all(dir.path().join(".grind")).unwrap();
    let old = r#"{"version": 1, "attempts": [{"exercise": "a", "at": 1,
        "verdict": "partially_accepted", "passed": 1, "total": 2,
        "elapsed_seconds": 3, "hints_used": 0}]}"#;
    std::fs::write(store.path(), old).unwrap();
    let ((), w) = store
        .update(|p| {
            p.attempts.push(attempt("a", 2, "accepted"));
            Ok::<_, StoreError>(())
        })
        .unwrap();
    assert!(w.is_empty(), "not corrupt: {w:?}");
    let p = store.read().unwrap();
    assert_eq!(
        p.attempts[0].verdict,
        RecordedVerdict::Other("partially_accepted".into())
    );
    assert!(p.solved("a"));
    let text = std::fs::read_to_string(store.path()).unwrap();
    assert!(
        text.contains("\"verdict\": \"partially_accepted\""),
        "{text}"
    );
}

#[test]
fn newer_version_is_refused_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path(), Clock::default());
    std::fs::create_dir_all(dir.path().join(".grind")).unwrap();
    std::fs::write(store.path(), "{\"version\": 99}").unwrap();
    let err = store
        .update(|_| Ok::<_, StoreError>(()))
        .unwrap_err()
        .to_string();
    assert!(err.contains("newer grind"), "{err}");
    assert_eq!(
        std::fs::read_to_string(store.path()).unwrap(),
        "{\"version\": 99}"
    );
}

#[test]
fn concurrent_updates_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::thread::scope(|s| {
        for t in 0..8 {
            let root = dir.path().to_path_buf();
            let writer = std::thread::Builder::new().name(format!("writer-{t}"));
            writer
                .spawn_scoped(s, move || {
                    for i in 0..25 {
                        Store::at(&root, Clock::default())
                            .update(|p| {
                                p.attempts.push(attempt(&format!("t{t}"), i, "accepted"));
                                Ok::<_, StoreError>(())
                            })
                            .unwrap();
                    }
                })
                .unwrap();
        }
    });
    assert_eq!(
        Store::at(dir.path(), Clock::default())
            .read()
            .unwrap()
            .attempts
            .len(),
        200
    );
}
