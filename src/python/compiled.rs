//! The runner scripts compiled ahead, once per interpreter binary.
//!
//! Compiling a runner (the harness, the batch runner, the module runners, the SQL runner:
//! 300 to 500 lines each) takes an interpreter 3 to 6 ms, at the start of every check and
//! every worker. Loading the same code object with `marshal` takes about 0.1 ms. So the first
//! check with an interpreter compiles every runner in one extra run of that interpreter (no
//! solution involved, nothing sandboxed to trust) and keeps the `marshal` dumps in the cache
//! directory, in `compiled/<hash of the binary's path>.bin`; later checks write the dump into
//! the run directory beside a short stub that loads and runs it ([`STUB`]).
//!
//! `marshal` data is only valid for the interpreter that wrote it, so the file starts with the
//! binary's [`ProbeKey`] (its path, size, times and inode, and grind's version) and a hash of
//! the scripts' sources: a reinstalled interpreter or a changed script means compiling again.
//! Every failure (no cache directory, an unreadable or damaged file, a compile run that fails)
//! means running the scripts' sources, as before; nothing is lost but the 3 to 6 ms. Without a
//! cache directory nothing is compiled ahead: a single run would pay more than it saves.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, OnceLock};

use super::probe_cache::ProbeKey;
use super::scripts::Script;

/// What the run directory's script is when its code comes compiled: it loads the `marshal`
/// dump kept beside it (the script's name with `.code` for `.py`), removes that file (the
/// solution then sees the run directory it always saw), and runs the code in its own
/// namespace, so `__file__` and `__name__` are what the source would have seen.
pub const STUB: &str = r#"import marshal as _m, os as _o
_p = __file__[:-3] + ".code"
with open(_p, "rb") as _f:
    _c = _m.loads(_f.read())
try:
    _o.unlink(_p)
except OSError:
    pass
del _m, _o, _p, _f
exec(_c)
"#;

/// Reads `<name> <length>\n<source>` entries from stdin until its end; writes
/// `<name> <length>\n<marshal dump>` for each, in the same order, to stdout.
const COMPILE: &str = r"import marshal, sys
data = sys.stdin.buffer.read()
out = []
i = 0
while i < len(data):
    nl = data.index(b'\n', i)
    name, size = data[i:nl].decode().split(' ')
    src = data[nl + 1:nl + 1 + int(size)]
    i = nl + 1 + int(size)
    code = marshal.dumps(compile(src, name, 'exec'))
    out.append(b'%s %d\n' % (name.encode(), len(code)) + code)
sys.stdout.buffer.write(b''.join(out))
";
const HEADER: &[u8] = b"grind-compiled 1\n";

/// The scripts compiled ahead: the long ones. The bootstrap and the syntax check are a few
/// lines each and compile the solution anyway.
const SCRIPTS: [Script; 5] = [
    Script::Batch,
    Script::Harness,
    Script::ModuleRunner,
    Script::ModuleFork,
    Script::SqlRunner,
];

/// The compiled runners of one interpreter binary, loaded (or made) on first use and shared
/// by every clone of its [`Python`](super::Python).
#[derive(Debug, Clone, Default)]
pub struct Compiled(Option<Arc<Source>>);

#[derive(Debug)]
struct Source {
    executable: PathBuf,
    cache_dir: PathBuf,
    dumps: OnceLock<Option<Vec<Vec<u8>>>>,
}

impl Compiled {
    /// The compiled runners of `executable`, kept under `cache_dir`; none without one.
    pub fn new(executable: &Path, cache_dir: Option<&Path>) -> Self {
        Self(cache_dir.map(|dir| {
            Arc::new(Source {
                executable: executable.to_path_buf(),
                cache_dir: dir.to_path_buf(),
                dumps: OnceLock::new(),
            })
        }))
    }

    /// The `marshal` dump of `script`'s code for this interpreter, if it has one: read from
    /// the cache, or compiled now (once per process) and kept there.
    pub fn dump(&self, script: Script) -> Option<&[u8]> {
        let at = SCRIPTS.iter().position(|s| *s == script)?;
        let source = self.0.as_ref()?;
        let dumps = source.dumps.get_or_init(|| source.load_or_make());
        dumps.as_ref().map(|d| d[at].as_slice())
    }
}

impl Source {
    fn file(&self) -> PathBuf {
        let mut h = DefaultHasher::new();
        self.executable.hash(&mut h);
        self.cache_dir
            .join("compiled")
            .join(format!("{:016x}.bin", h.finish()))
    }

    /// The first lines of the cache file: what the dumps are valid for.
    fn key(&self) -> Option<Vec<u8>> {
        let probe = ProbeKey::of(&self.executable)?;
        let mut h = DefaultHasher::new();
        for s in SCRIPTS {
            s.source().hash(&mut h);
        }
        let mut key = HEADER.to_vec();
        key.extend_from_slice(format!("{}|{:016x}\n", probe.as_str(), h.finish()).as_bytes());
        Some(key)
    }

    fn load_or_make(&self) -> Option<Vec<Vec<u8>>> {
        let key = self.key()?;
        let file = self.file();
        if let Some(dumps) = std::fs::read(&file)
            .ok()
            .and_then(|data| parse(data.strip_prefix(key.as_slice())?))
        {
            return Some(dumps);
        }
        let made = self.compile()?;
        let dumps = parse(&made)?;
        let mut data = key;
        data.extend_from_slice(&made);
        store(&file, &data);
        Some(dumps)
    }

    /// Runs the interpreter once to compile every script.
    fn compile(&self) -> Option<Vec<u8>> {
        let mut input = Vec::new();
        for s in SCRIPTS {
            input.extend_from_slice(format!("{} {}\n", s.file_name(), s.source().len()).as_bytes());
            input.extend_from_slice(s.source());
        }
        let mut child = Command::new(&self.executable)
            .args(["-I", "-S", "-B", "-c", COMPILE])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        // The script reads all of stdin before it writes anything, so writing first cannot
        // fill both pipes.
        let wrote = child.stdin.take()?.write_all(&input).is_ok();
        let out = child.wait_with_output().ok()?;
        (wrote && out.status.success()).then_some(out.stdout)
    }
}

/// The dumps in `data` (the file after its key), one per script of [`SCRIPTS`], in order;
/// `None` unless every one is there, under its own name, and nothing follows.
fn parse(data: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut rest = data;
    let mut dumps = Vec::with_capacity(SCRIPTS.len());
    for s in SCRIPTS {
        let nl = rest.iter().position(|&b| b == b'\n')?;
        let head = std::str::from_utf8(&rest[..nl]).ok()?;
        let (name, len) = head.split_once(' ')?;
        let len: usize = len.parse().ok()?;
        if name != s.file_name() || len == 0 {
            return None;
        }
        let body = rest.get(nl + 1..nl + 1 + len)?;
        dumps.push(body.to_vec());
        rest = &rest[nl + 1 + len..];
    }
    rest.is_empty().then_some(dumps)
}

/// Writes the cache file under a temporary name and renames it into place; best effort.
fn store(file: &Path, data: &[u8]) {
    let Some(dir) = file.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let Ok(mut tmp) = tempfile::NamedTempFile::new_in(dir) else {
        return;
    };
    if tmp.write_all(data).is_ok() {
        let _ = tmp.persist(file);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn python() -> PathBuf {
        crate::python::Python::resolve("python3")
            .unwrap()
            .executable
    }

    #[test]
    fn compiles_once_and_reads_the_cache_after() {
        let cache = tempfile::tempdir().unwrap();
        let exe = python();
        let first = Compiled::new(&exe, Some(cache.path()));
        let dump = first.dump(Script::Batch).unwrap().to_vec();
        assert!(!dump.is_empty());
        let files: Vec<_> = std::fs::read_dir(cache.path().join("compiled"))
            .unwrap()
            .collect();
        assert_eq!(files.len(), 1, "one file per interpreter binary");
        let path = files[0].as_ref().unwrap().path();
        let data = std::fs::read(&path).unwrap();
        assert!(data.starts_with(HEADER));

        // A second process would read it: the same dumps, no compile run (the file is not
        // rewritten).
        let before = std::fs::metadata(&path).unwrap().modified().unwrap();
        let second = Compiled::new(&exe, Some(cache.path()));
        assert_eq!(second.dump(Script::Batch).unwrap(), dump.as_slice());
        assert_eq!(
            std::fs::metadata(&path).unwrap().modified().unwrap(),
            before
        );
        for s in SCRIPTS {
            assert!(second.dump(s).is_some(), "{s:?}");
        }
        assert!(second.dump(Script::Bootstrap).is_none());
    }

    #[test]
    fn a_damaged_or_foreign_file_is_made_again() {
        let cache = tempfile::tempdir().unwrap();
        let exe = python();
        let good = Compiled::new(&exe, Some(cache.path()));
        let dump = good.dump(Script::Harness).unwrap().to_vec();
        let path = good.0.as_ref().unwrap().file();
        let data = std::fs::read(&path).unwrap();
        let damaged: [Vec<u8>; 3] = [
            data[..data.len() - 1].to_vec(),
            [data.as_slice(), b"x"].concat(),
            String::from_utf8_lossy(&data)
                .replacen("grind-compiled 1", "grind-compiled 0", 1)
                .into_bytes(),
        ];
        for bad in damaged {
            std::fs::write(&path, &bad).unwrap();
            let again = Compiled::new(&exe, Some(cache.path()));
            assert_eq!(again.dump(Script::Harness).unwrap(), dump.as_slice());
            assert_eq!(std::fs::read(&path).unwrap(), data, "rewritten whole");
        }
    }

    #[test]
    fn nothing_without_a_cache_dir_or_an_interpreter() {
        assert!(Compiled::new(&python(), None).dump(Script::Batch).is_none());
        let cache = tempfile::tempdir().unwrap();
        let none = Compiled::new(Path::new("/nonexistent/python3"), Some(cache.path()));
        assert!(none.dump(Script::Batch).is_none());
        assert!(!cache.path().join("compiled").exists());
    }

    #[test]
    fn the_stub_runs_the_dump_as_the_script() {
        // The stub and a dump print what the source run as the script prints: the same
        // `__name__`, `__file__` and code file name, and the script's globals are the module's.
        let dir = tempfile::tempdir().unwrap();
        let exe = python();
        let src = "import os, sys\nx = 1\nprint(__name__, os.path.basename(__file__), \
                   os.path.basename(sys._getframe().f_code.co_filename), \
                   sys.modules['__main__'].__dict__['x'])\n";
        let run = |file: &str| {
            Command::new(&exe)
                .args(["-I", "-S", "-B", file])
                .current_dir(dir.path())
                .output()
                .unwrap()
                .stdout
        };
        std::fs::write(dir.path().join("_grind_x.py"), src).unwrap();
        let direct = run("_grind_x.py");
        assert_eq!(
            String::from_utf8_lossy(&direct),
            "__main__ _grind_x.py _grind_x.py 1\n"
        );
        let out = Command::new(&exe)
            .args(["-I", "-S", "-B", "-c", COMPILE])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                let input = format!("_grind_x.py {}\n{src}", src.len());
                c.stdin.take().unwrap().write_all(input.as_bytes())?;
                c.wait_with_output()
            })
            .unwrap();
        let nl = out.stdout.iter().position(|&b| b == b'\n').unwrap();
        std::fs::write(dir.path().join("_grind_x.code"), &out.stdout[nl + 1..]).unwrap();
        std::fs::write(dir.path().join("_grind_x.py"), STUB).unwrap();
        assert_eq!(run("_grind_x.py"), direct);
        assert!(
            !dir.path().join("_grind_x.code").exists(),
            "the stub removes the dump it loaded"
        );
    }
}
