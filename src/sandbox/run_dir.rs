//! A fresh temporary directory per run, with the scrubbed environment the program sees, and
//! removal that survives whatever the program left behind (read-only folders, FIFOs, links).

use std::io;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Every run directory that exists right now, so an interrupt can remove them (see
/// `interrupt.rs`), and whether `grind` is ending (then no new one may be made). A directory
/// is created and registered under this lock, so an interrupt on another thread can neither
/// miss one being made nor let one be made after its sweep.
static LIVE: Mutex<Live> = Mutex::new(Live {
    dirs: Vec::new(),
    ending: false,
});

struct Live {
    dirs: Vec<PathBuf>,
    ending: bool,
}

/// Why a run directory could not be prepared.
#[derive(Debug, thiserror::Error)]
pub enum RunDirError {
    #[error("failed to create a temporary directory for the run")]
    Create(#[source] io::Error),
    #[error("failed to write `{name}` into the run directory")]
    Write {
        name: String,
        #[source]
        source: io::Error,
    },
}

/// The working directory of one run; removed on drop.
pub struct RunDir {
    path: PathBuf,
}

impl RunDir {
    /// Creates a private (0700) temporary directory and writes `files` into it (0600).
    pub fn new(files: &[(&str, &[u8])]) -> Result<Self, RunDirError> {
        let path = {
            let mut live = lock(&LIVE);
            if live.ending {
                return Err(RunDirError::Create(io::Error::other("grind is ending")));
            }
            let dir = tempfile::Builder::new()
                .prefix("grind-run-")
                .tempdir()
                .map_err(RunDirError::Create)?;
            let path = dir.keep();
            live.dirs.push(path.clone());
            path
        };
        let this = Self { path };
        for (name, bytes) in files {
            let write = || {
                std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .open(this.path.join(name))?
                    .write_all(bytes)
            };
            write().map_err(|source| RunDirError::Write {
                name: (*name).to_string(),
                source,
            })?;
        }
        Ok(this)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The environment of a run: nothing inherited, only what a Python program needs.
    pub fn env(&self) -> Vec<(String, String)> {
        let home = self.path.display().to_string();
        vec![
            ("PATH".into(), "/usr/local/bin:/usr/bin:/bin".into()),
            ("HOME".into(), home.clone()),
            ("TMPDIR".into(), home),
            ("LANG".into(), "C.UTF-8".into()),
            ("LC_ALL".into(), "C.UTF-8".into()),
        ]
    }
}

impl Drop for RunDir {
    fn drop(&mut self) {
        remove_tree(&self.path);
        lock(&LIVE).dirs.retain(|p| p != &self.path);
    }
}

/// Removes every run directory that still exists, and refuses any new one from now on (an
/// interrupt is ending `grind`).
pub fn remove_live() {
    let mut live = lock(&LIVE);
    live.ending = true;
    for p in live.dirs.drain(..) {
        remove_tree(&p);
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Removes a directory tree, first making every directory in it writable again so that a
/// program that `chmod`ed its folders read-only cannot make the removal fail. Symlinks are
/// removed, never followed.
pub fn remove_tree(path: &Path) {
    if std::fs::remove_dir_all(path).is_ok() {
        return;
    }
    make_writable(path);
    let _ = std::fs::remove_dir_all(path);
}

fn make_writable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return;
    };
    if !meta.is_dir() {
        return;
    }
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700));
    if let Ok(rd) = std::fs::read_dir(path) {
        for e in rd.flatten() {
            make_writable(&e.path());
        }
    }
}
