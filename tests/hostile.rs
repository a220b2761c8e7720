//! The hostile battery: every program in `tests/hostile/` attacks the machine from inside a
//! judged run and must be contained.
//!
//! Each program reads its context (paths of the hidden answers, a canary file and folder
//! outside its run directory, loopback TCP/UDP/UNIX listeners, a sentinel process) as JSON on
//! stdin and prints `ok` when its attack was refused. Besides the verdict its header expects
//! (`# expect: ...`), every run must leave these invariants intact: the canary file and folder
//! and the answers unchanged, no connection or datagram reached a listener, the sentinel
//! alive, nothing new in the host's /dev/shm, no process left in the run directory, the run
//! directory removed, and the runner answered (a 90 s timeout turns a hang into a failure).
//!
//! A program whose header says `# needs: landlock|namespaces|watchdog` is reported as
//! ignored, with the reason, on machines where `grind doctor --json` says that layer is off.
//! It uses libtest-mimic so that nextest shows those as skipped, never as passed.

use std::io::Read;
use std::net::{TcpListener, UdpSocket};
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::{Value, json};

fn grind() -> Command {
    Command::new(env!("CARGO_BIN_EXE_grind"))
}

use std::process::Command;

/// The layers a real run gets on this machine.
fn layers() -> Value {
    let out = grind()
        .args(["doctor", "--json"])
        .output()
        .expect("run grind doctor");
    let v: Value = serde_json::from_slice(&out.stdout).expect("doctor --json");
    v["layers"].clone()
}

fn header(src: &str, key: &str) -> Option<String> {
    src.lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix(&format!("# {key}: ")).map(str::to_string))
}

/// Why a program cannot be tested here, if it cannot.
fn missing_layer(needs: Option<&str>, layers: &Value) -> Option<String> {
    let on = |k: &str| layers[k].as_bool().unwrap_or(false);
    match needs? {
        "landlock" if layers["landlock"] != "full" => Some("Landlock is not fully enforced on this kernel".into()),
        "namespaces" if !(on("pid_namespace") && on("mount_namespace")) => {
            Some("PID and mount namespaces are not available (not root, no user namespaces)".into())
        }
        "signals" if !(on("pid_namespace") || (layers["landlock"] == "full" && layers["landlock_abi"].as_i64() >= Some(6))) => {
            Some("neither a PID namespace nor Landlock signal scoping isolates signals here".into())
        }
        "watchdog" if !(on("process_limit") && (on("pids_cgroup") || on("nproc_limit"))) => Some(
            "an unbounded fork bomb is contained only with the watchdog (private /proc) and a pids cgroup or RLIMIT_NPROC"
                .into(),
        ),
        _ => None,
    }
}

struct Snapshot {
    canary: (Vec<u8>, i64, u32),
    canary_dir: Vec<String>,
    answers: Vec<u8>,
}

fn snapshot(canary: &Path, canary_dir: &Path, answers: &Path) -> Snapshot {
    let meta = std::fs::metadata(canary).expect("canary");
    let mut dir: Vec<String> = std::fs::read_dir(canary_dir)
        .expect("canary dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    dir.sort();
    Snapshot {
        canary: (
            std::fs::read(canary).expect("canary"),
            meta.mtime(),
            meta.mode(),
        ),
        canary_dir: dir,
        answers: std::fs::read(answers).expect("answers"),
    }
}

fn processes_in(prefix: &Path) -> Vec<String> {
    let prefix = prefix.to_string_lossy().into_owned();
    std::fs::read_dir("/proc")
        .expect("/proc")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .bytes()
                .all(|b| b.is_ascii_digit())
        })
        .filter_map(|e| {
            let cwd = std::fs::read_link(e.path().join("cwd")).ok()?;
            cwd.to_string_lossy()
                .starts_with(&prefix)
                .then(|| format!("{}: {}", e.file_name().display(), cwd.display()))
        })
        .collect()
}

fn check(cond: bool, msg: impl Into<String>) -> Result<(), Failed> {
    if cond { Ok(()) } else { Err(msg.into().into()) }
}

/// Runs one hostile program and checks its verdict and every invariant.
fn attack(program: &Path, expect: &str) -> Result<(), Failed> {
    let scratch = tempfile::tempdir()?;
    let root = scratch.path();
    let tmp = root.join("tmp");
    let pkg = root.join("pkg");
    std::fs::create_dir_all(&tmp)?;
    std::fs::create_dir_all(pkg.join("data/secret"))?;
    std::fs::write(
        pkg.join("problem.yaml"),
        "name: Hostile\nlimits:\n  time_limit: 2\n",
    )?;
    let answers = pkg.join("data/secret/1.ans");
    std::fs::write(&answers, "ok\n")?;
    let canary = root.join("canary.txt");
    std::fs::write(&canary, "canary\n")?;
    let canary_dir = root.join("canary-dir");
    std::fs::create_dir_all(&canary_dir)?;
    std::fs::write(canary_dir.join("keep.txt"), "keep\n")?;

    let tcp = TcpListener::bind("127.0.0.1:0")?;
    tcp.set_nonblocking(true)?;
    let udp = UdpSocket::bind("127.0.0.1:0")?;
    udp.set_nonblocking(true)?;
    let unix_path = root.join("service.sock");
    let unix = UnixListener::bind(&unix_path)?;
    unix.set_nonblocking(true)?;
    let mut sentinel = Command::new("sleep").arg("3600").spawn()?;
    let shm_name = format!("grind-hostile-{}", std::process::id() ^ sentinel.id());

    let ctx = json!({
        "answers": answers,
        "package": pkg,
        "home": std::env::var("HOME").unwrap_or_else(|_| "/root".into()),
        "grind": env!("CARGO_BIN_EXE_grind"),
        "canary": canary,
        "canary_dir": canary_dir,
        "tcp_port": tcp.local_addr()?.port(),
        "udp_port": udp.local_addr()?.port(),
        "unix_socket": unix_path,
        "sentinel_pid": sentinel.id(),
        "shm_name": shm_name,
    });
    std::fs::write(pkg.join("data/secret/1.in"), ctx.to_string())?;
    let before = snapshot(&canary, &canary_dir, &answers);

    let out = assert_cmd::Command::new(env!("CARGO_BIN_EXE_grind"))
        .env("TMPDIR", &tmp)
        .args(["--color", "never", "check", "--json", "--reveal", "--file"])
        .arg(program)
        .arg(&pkg)
        .current_dir(root)
        .timeout(Duration::from_secs(90))
        .output()?;
    let sentinel_alive = sentinel.try_wait()?.is_none();
    let _ = sentinel.kill();
    let _ = sentinel.wait();
    let json: Value = serde_json::from_slice(&out.stdout).map_err(|e| {
        format!(
            "no JSON from grind ({e}); stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })?;
    let test = &json["tests"][0];

    check(
        json["verdict"] == expect,
        format!(
            "verdict {} (wanted {expect}); output {:?}; message {}",
            json["verdict"], test["output"], test["message"]
        ),
    )?;
    if expect == "accepted" {
        check(
            test["output"].as_str().is_some_and(|o| o.trim() == "ok"),
            format!("printed {}", test["output"]),
        )?;
    }
    let after = snapshot(&canary, &canary_dir, &answers);
    check(
        after.canary == before.canary,
        "the canary file changed (content, mtime or mode)",
    )?;
    check(
        after.canary_dir == before.canary_dir,
        format!("the canary folder changed: {:?}", after.canary_dir),
    )?;
    check(after.answers == before.answers, "the answer file changed")?;
    check(
        tcp.accept().is_err(),
        "a TCP connection reached the loopback listener",
    )?;
    check(
        udp.recv(&mut [0u8; 64]).is_err(),
        "a UDP datagram reached the loopback listener",
    )?;
    let unix_hit = unix.accept().map(|(mut s, _)| {
        let mut b = Vec::new();
        let _ = s.read_to_end(&mut b);
        b
    });
    check(
        unix_hit.is_err(),
        "a connection reached the UNIX-socket listener",
    )?;
    check(
        sentinel_alive,
        "the sentinel process outside the run was killed",
    )?;
    check(
        !Path::new("/dev/shm").join(&shm_name).exists(),
        "a file appeared in the host's /dev/shm",
    )?;
    let left = processes_in(&tmp);
    check(left.is_empty(), format!("processes left running: {left:?}"))?;
    let dirs: Vec<PathBuf> = std::fs::read_dir(&tmp)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    check(dirs.is_empty(), format!("run directories left: {dirs:?}"))?;
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let layers = layers();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/hostile")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    let trials = programs
        .into_iter()
        .map(|path| {
            let src = std::fs::read_to_string(&path).expect("program");
            let name = path
                .file_stem()
                .expect("stem")
                .to_string_lossy()
                .into_owned();
            let expect = header(&src, "expect").unwrap_or_else(|| "accepted".into());
            let skip = missing_layer(header(&src, "needs").as_deref(), &layers);
            if let Some(why) = &skip {
                eprintln!("skipping {name}: {why}");
            }
            Trial::test(name, move || attack(&path, &expect)).with_ignored_flag(skip.is_some())
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
