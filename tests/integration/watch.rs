//! End to end: `grind watch` over pipes, saving the way editors do. Each save, however many
//! file events it makes (a temporary file renamed over the solution, a truncation then
//! writes, a backup renamed away and a new file written), draws one frame: one "checking"
//! line and one verdict, for the file's final content, never for a half-written one.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use crate::common::{Scratch, fixtures};

fn reference(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(format!("../../exercises/{name}/solution.py"))).unwrap()
}

/// `grind watch` in a workspace, its stdout read line by line.
struct Watch {
    child: Child,
    lines: Receiver<String>,
}

impl Watch {
    fn start(s: &Scratch) -> Self {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_grind"))
            .env("TMPDIR", s.tmp())
            .env("GRIND_CACHE_DIR", s.path().join("cache"))
            .args(["--color", "never", "watch"])
            .current_dir(s.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::Builder::new()
            .name("watch-stdout".into())
            .spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    let _ = tx.send(line);
                }
            })
            .unwrap();
        Self { child, lines }
    }

    /// Every line up to the next footer, then any that follow within `quiet` of it (there
    /// should be none: a save is one frame).
    fn frame(&self, quiet: Duration) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(90);
        let mut got = Vec::new();
        while Instant::now() < deadline {
            match self.lines.recv_timeout(Duration::from_millis(100)) {
                Ok(line) => {
                    let end = line.starts_with("watching ");
                    got.push(line);
                    if end {
                        break;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => panic!("watch ended: {got:?}"),
            }
        }
        assert!(
            got.last().is_some_and(|l| l.starts_with("watching ")),
            "no footer within 90 s: {got:?}"
        );
        while let Ok(line) = self.lines.recv_timeout(quiet) {
            got.push(line);
        }
        got
    }

    fn quit(mut self) {
        self.child
            .stdin
            .as_mut()
            .unwrap()
            .write_all(b"q\n")
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.child.try_wait().unwrap().is_none() {
            assert!(Instant::now() < deadline, "watch did not quit on q");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// The verdict lines of a frame (`AC   28/28 tests passed`).
fn verdicts(frame: &[String]) -> Vec<&String> {
    frame
        .iter()
        .filter(|l| {
            let mut words = l.split_whitespace();
            let label = words.next().unwrap_or_default();
            ["AC", "WA", "TLE", "MLE", "OLE", "RE", "CE", "JE"].contains(&label)
                && words.next().is_some_and(|w| {
                    w.split('/')
                        .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                })
        })
        .collect()
}

/// A way of saving `content` over a file, as some editor does.
type Save = fn(&Path, &[u8]);

/// A pause inside a save, well under watch's 50 ms of quiet (a loaded machine may stretch
/// it; a half-written file checked to the end would be a second verdict).
fn pause() {
    std::thread::sleep(Duration::from_millis(10));
}

/// A temporary file, written in two parts, renamed over the solution (atomic save).
fn rename_over(file: &Path, content: &[u8]) {
    let tmp = file.with_file_name(".two-sum.py.tmp");
    let mut f = std::fs::File::create(&tmp).unwrap();
    let (a, b) = content.split_at(content.len() / 2);
    f.write_all(a).unwrap();
    pause();
    f.write_all(b).unwrap();
    drop(f);
    std::fs::rename(&tmp, file).unwrap();
}

/// The solution truncated and rewritten in place, in two parts with a pause between.
fn truncate_then_write(file: &Path, content: &[u8]) {
    let mut f = std::fs::File::create(file).unwrap();
    let (a, b) = content.split_at(content.len() / 2);
    f.write_all(a).unwrap();
    pause();
    f.write_all(b).unwrap();
}

/// Truncated and closed (an empty file, complete as far as the watcher can tell), then
/// written by a second open.
fn truncate_close_then_write(file: &Path, content: &[u8]) {
    drop(std::fs::File::create(file).unwrap());
    pause();
    std::fs::OpenOptions::new()
        .append(true)
        .open(file)
        .unwrap()
        .write_all(content)
        .unwrap();
}

/// The old file renamed away as a backup, a new one written, the backup removed.
fn backup_then_write(file: &Path, content: &[u8]) {
    let backup = file.with_file_name("two-sum.py~");
    std::fs::rename(file, &backup).unwrap();
    pause();
    std::fs::write(file, content).unwrap();
    std::fs::remove_file(&backup).unwrap();
}

#[test]
fn every_kind_of_save_gives_one_verdict_for_the_final_content() {
    let s = Scratch::new();
    s.grind().args(["start", "two-sum"]).assert().success();
    let file = s.path().join("two-sum.py");
    let watch = Watch::start(&s);
    let first = watch.frame(Duration::from_millis(200));
    assert_eq!(
        verdicts(&first).len(),
        1,
        "the starter is checked: {first:?}"
    );
    let saves: [(&str, Save); 4] = [
        ("rename over", rename_over),
        ("truncate then write", truncate_then_write),
        ("truncate, close, then write", truncate_close_then_write),
        ("backup then write", backup_then_write),
    ];
    for (i, (how, save)) in saves.iter().enumerate() {
        // Each save's content differs from the last (an unchanged file checks nothing), and
        // any part of it fails: only the whole file passes.
        let mut content = reference("two-sum");
        content.extend_from_slice(format!("# save {i}: {how}\n").as_bytes());
        save(&file, &content);
        let frame = watch.frame(Duration::from_millis(1500));
        let checking = frame.iter().filter(|l| l.starts_with("checking ")).count();
        assert_eq!(checking, 1, "{how}: one checking line: {frame:?}");
        let v = verdicts(&frame);
        assert_eq!(v.len(), 1, "{how}: one verdict: {frame:?}");
        assert!(
            v[0].starts_with("AC"),
            "{how}: the final content: {frame:?}"
        );
    }
    // A save that never shows the file other than as it was checked (the same content
    // renamed over it) checks nothing. (One that truncates first may be caught empty, and is
    // then checked once more.)
    let same = std::fs::read(&file).unwrap();
    rename_over(&file, &same);
    assert_eq!(
        watch.lines.recv_timeout(Duration::from_millis(1500)).ok(),
        None,
        "an unchanged file is not checked again"
    );
    watch.quit();
    s.assert_tmp_clean();
}
