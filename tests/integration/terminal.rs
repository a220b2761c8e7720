//! End to end in a real terminal (tmux): `grind watch` quits on `q` and Ctrl-C while a check
//! runs, shows that it is checking, and redraws a save as one clean frame. Skipped where
//! tmux is missing.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::Scratch;

/// A tmux session running one command in the scratch dir; killed when dropped.
struct Tmux {
    name: String,
}

impl Tmux {
    fn start(s: &Scratch, command: &str) -> Option<Self> {
        let name = format!(
            "grind-test-{}-{}",
            std::process::id(),
            s.path().file_name()?.to_string_lossy().replace('.', "_")
        );
        let grind = env!("CARGO_BIN_EXE_grind");
        let script = format!(
            "cd '{}' && TMPDIR='{}' GRIND_CACHE_DIR='{}' {command}; echo \"EXIT=$?\"; sleep 600",
            s.path().display(),
            s.tmp().display(),
            s.path().join("cache").display(),
        )
        .replace("GRIND", grind)
        .replace(&format!("{grind}_CACHE_DIR"), "GRIND_CACHE_DIR");
        let ok = Command::new("tmux")
            .args(["new-session", "-d", "-x", "120", "-y", "50", "-s", &name])
            .arg(script)
            .status()
            .ok()?
            .success();
        ok.then_some(Self { name })
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &str) {
        Command::new("tmux")
            .args(["send-keys", "-t", &self.name, keys])
            .status()
            .expect("tmux send-keys");
    }

    fn literal(&self, text: &str) {
        Command::new("tmux")
            .args(["send-keys", "-l", "-t", &self.name, text])
            .status()
            .expect("tmux send-keys");
    }

    fn wait_for(&self, needle: &str, within: Duration) -> Option<Duration> {
        let t = Instant::now();
        while t.elapsed() < within {
            if self.screen().contains(needle) {
                return Some(t.elapsed());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        None
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .status();
    }
}

fn have_tmux() -> bool {
    Command::new("tmux").arg("-V").output().is_ok()
}

fn spin(dir: &Path, name: &str) {
    std::fs::write(dir.join(name), "while True:\n    pass\n").unwrap();
}

#[test]
fn watch_quits_at_once_on_q_or_ctrl_c_while_checking() {
    if !have_tmux() {
        eprintln!("skipped: no tmux");
        return;
    }
    for key in ["q", "C-c"] {
        let s = Scratch::new();
        // An exercise with a long time limit: the check would take 20 s.
        let ex = s.copy("native/add");
        let toml = std::fs::read_to_string(ex.join("exercise.toml")).unwrap();
        std::fs::write(
            ex.join("exercise.toml"),
            toml.replace("time = 1.0", "time = 20.0"),
        )
        .unwrap();
        s.grind()
            .args(["--exercises", "native", "start", "add"])
            .assert()
            .success();
        spin(s.path(), "add.py");
        let t =
            Tmux::start(&s, "GRIND --color never --exercises native watch").expect("tmux session");
        assert!(
            t.wait_for("checking add.py", Duration::from_secs(60))
                .is_some(),
            "a checking line: {}",
            t.screen()
        );
        std::thread::sleep(Duration::from_secs(2));
        t.keys(key);
        let took = t.wait_for("EXIT=0", Duration::from_secs(5));
        assert!(took.is_some(), "{key}: watch did not quit: {}", t.screen());
        assert!(
            !t.screen().contains("tests passed"),
            "{key}: the cancelled check shows no verdict: {}",
            t.screen()
        );
        let store = std::fs::read_to_string(s.path().join(".grind/progress.json")).unwrap();
        assert!(
            !store.contains("\"attempts\": [\n    {"),
            "{key}: recorded: {store}"
        );
        drop(t);
        s.assert_tmp_clean();
    }
}

#[test]
fn the_predict_drill_asks_judges_explains_and_goes_on() {
    if !have_tmux() {
        eprintln!("skipped: no tmux");
        return;
    }
    let s = Scratch::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    let real = std::fs::read_to_string(root.join("late-binding-closures/expected.txt")).unwrap();
    let t =
        Tmux::start(&s, "GRIND --color never predict late-binding-closures").expect("tmux session");
    assert!(
        t.wait_for("Your prediction", Duration::from_secs(30))
            .is_some(),
        "{}",
        t.screen()
    );
    // A wrong first line: told which line, not the answer.
    t.literal("nope");
    t.keys("Enter");
    t.keys("Enter");
    assert!(
        t.wait_for("line 1 is wrong", Duration::from_secs(30))
            .is_some(),
        "{}",
        t.screen()
    );
    assert!(
        !t.screen().contains(real.lines().next().unwrap()),
        "{}",
        t.screen()
    );
    t.literal(":hint");
    t.keys("Enter");
    t.keys("Enter");
    assert!(
        t.wait_for("Hint 1/", Duration::from_secs(10)).is_some(),
        "{}",
        t.screen()
    );
    for l in real.lines() {
        t.literal(l);
        t.keys("Enter");
    }
    t.keys("C-d");
    assert!(
        t.wait_for("EXIT=0", Duration::from_secs(30)).is_some(),
        "{}",
        t.screen()
    );
    assert!(
        t.screen().contains("your prediction is right"),
        "{}",
        t.screen()
    );
}

#[test]
fn watch_redraws_a_save_without_leaving_the_test_counter_on_screen() {
    if !have_tmux() {
        eprintln!("skipped: no tmux");
        return;
    }
    let s = Scratch::new();
    s.grind().args(["start", "two-sum"]).assert().success();
    // Colours on (a terminal): the live counter of tests is drawn on stderr.
    let t = Tmux::start(&s, "GRIND --color always watch").expect("tmux session");
    assert!(
        t.wait_for("watching two-sum.py", Duration::from_secs(60))
            .is_some(),
        "the first check: {}",
        t.screen()
    );
    let reference = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/two-sum/solution.py");
    let tmp = s.path().join(".two-sum.py.tmp");
    std::fs::copy(reference, &tmp).unwrap();
    std::fs::rename(&tmp, s.path().join("two-sum.py")).unwrap();
    assert!(
        t.wait_for("Passed.", Duration::from_secs(60)).is_some(),
        "re-checked after the save: {}",
        t.screen()
    );
    std::thread::sleep(Duration::from_millis(300));
    let screen = t.screen();
    assert!(
        screen.contains("checking two-sum.py") && !screen.contains("tests judged"),
        "one frame, the counter gone: {screen}"
    );
    t.keys("q");
    assert!(
        t.wait_for("EXIT=0", Duration::from_secs(10)).is_some(),
        "{}",
        t.screen()
    );
}
