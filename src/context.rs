//! The validated context of one invocation: the flags that apply to every command, and every
//! environment variable `grind` reads, read once here (as ripgrep's `HiArgs` does). Nothing
//! below `commands/` looks at the environment.
//!
//! It hands out ready objects: the catalog, one exercise from a `NAME|PATH` argument, the
//! interpreter (resolved lazily, once), judge options and judges, the calibration cache, the
//! workspace's progress store and its clock, and the output style.
//!
//! **May import:** everything below `commands/`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use anyhow::Result;

use crate::catalog::{self, Catalog, Exercise};
use crate::cli::{Cli, ColorChoice, JudgeArgs};
use crate::exit::{UsageError, usage};
use crate::judge::{Judge, Options};
use crate::progress::{Clock, Store};
use crate::python::{Lookup, Python, ResolveError};
use crate::report::style::Style;

/// The environment variables `grind` reads, read once.
#[allow(clippy::struct_excessive_bools)] // one field per variable
#[derive(Debug, Clone, Default)]
pub struct Env {
    /// `GRIND_PYTHON`: the interpreter when `--python` is not given.
    pub python: Option<String>,
    /// `NO_COLOR` (non-empty): no colours in `--color auto`.
    pub no_color: bool,
    /// `GRIND_NO_PID_NAMESPACE=1`: no namespaces (tests of the fallback path).
    pub no_namespace: bool,
    /// `GRIND_SANDBOX=off`: no confinement (debugging).
    pub sandbox_off: bool,
    /// `GRIND_NO_BATCH=1`: one interpreter per stdio case.
    pub no_batch: bool,
    /// `GRIND_TRACE_WATCH=1`: `grind watch` writes the timing of each save to stderr.
    pub trace_watch: bool,
    /// `GRIND_CACHE_DIR`, else `$XDG_CACHE_HOME/grind`, else `~/.cache/grind`.
    pub cache_dir: Option<PathBuf>,
    /// `GRIND_NOW`: the clock, in seconds since the epoch (tests).
    pub now: Option<u64>,
    /// `VISUAL`, else `EDITOR`.
    pub editor: Option<String>,
    /// `PATH`, `PYENV_VERSION`, `PYENV_DIR` and `HOME`: where `python3` leads (the working
    /// directory and the version managers' variables are added by [`Context::new`]).
    pub lookup: Lookup,
}

impl Env {
    /// Reads the process environment.
    pub fn from_process() -> Self {
        Self::from_vars(|k| std::env::var_os(k))
    }

    /// Reads variables through `var` (a map in tests).
    pub fn from_vars(var: impl Fn(&str) -> Option<OsString>) -> Self {
        let text = |k: &str| var(k).and_then(|v| v.into_string().ok());
        let is = |k: &str, value: &str| var(k).is_some_and(|v| v == value);
        Self {
            python: text("GRIND_PYTHON").filter(|s| !s.is_empty()),
            no_color: var("NO_COLOR").is_some_and(|v| !v.is_empty()),
            no_namespace: is("GRIND_NO_PID_NAMESPACE", "1"),
            sandbox_off: is("GRIND_SANDBOX", "off"),
            no_batch: is("GRIND_NO_BATCH", "1"),
            trace_watch: is("GRIND_TRACE_WATCH", "1"),
            cache_dir: var("GRIND_CACHE_DIR")
                .map(PathBuf::from)
                .or_else(|| var("XDG_CACHE_HOME").map(|d| PathBuf::from(d).join("grind")))
                .or_else(|| var("HOME").map(|h| PathBuf::from(h).join(".cache").join("grind"))),
            now: text("GRIND_NOW").and_then(|v| v.trim().parse().ok()),
            editor: text("VISUAL").or_else(|| text("EDITOR")),
            lookup: Lookup {
                path: var("PATH"),
                cwd: None,
                pyenv_version: text("PYENV_VERSION"),
                pyenv_dir: var("PYENV_DIR").map(PathBuf::from),
                home: var("HOME").map(PathBuf::from),
                vars: std::collections::BTreeMap::new(),
            },
        }
    }
}

/// Everything a command needs besides its own arguments.
pub struct Context {
    pub exercises_dir: Option<PathBuf>,
    pub style: Style,
    /// What `--python`, else `GRIND_PYTHON`, else `python3` names.
    python_requested: String,
    python: OnceLock<Result<Python, ResolveError>>,
    env: Env,
}

impl Context {
    /// The context of this process: `cli` and the process environment.
    pub fn new(cli: &Cli) -> Result<Self> {
        let mut env = Env::from_process();
        env.lookup.cwd = std::env::current_dir().ok();
        env.lookup.vars = crate::python::manager_vars(std::env::vars_os());
        Self::with_env(cli, env, || {
            std::io::IsTerminal::is_terminal(&std::io::stdout())
        })
    }

    /// The context for `cli` and `env`; `stdout_is_terminal` decides `--color auto`.
    pub fn with_env(cli: &Cli, env: Env, stdout_is_terminal: impl Fn() -> bool) -> Result<Self> {
        if let Some(dir) = &cli.exercises
            && !dir.is_dir()
        {
            return usage(format!(
                "`--exercises {}`: not a directory: point it at a folder of exercises",
                dir.display()
            ));
        }
        let color = match cli.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => !env.no_color && stdout_is_terminal(),
        };
        Ok(Self {
            exercises_dir: cli.exercises.clone(),
            style: Style::new(color),
            python_requested: cli
                .python
                .clone()
                .or_else(|| env.python.clone())
                .unwrap_or_else(|| "python3".into()),
            python: OnceLock::new(),
            env,
        })
    }

    /// The interpreter, resolved on first use.
    pub fn python(&self) -> Result<&Python> {
        let r = self.python.get_or_init(|| {
            Python::resolve_with(
                &self.python_requested,
                &self.env.lookup,
                self.env.cache_dir.as_deref(),
            )
        });
        r.as_ref().map_err(|e| e.clone().into())
    }

    /// The catalog in use: `--exercises DIR` or the embedded one.
    pub fn catalog(&self) -> Result<Catalog> {
        match &self.exercises_dir {
            Some(dir) => Catalog::from_dir(dir).map_err(|e| {
                UsageError(format!(
                    "failed to read exercises from `{}`: {e}",
                    dir.display()
                ))
                .into()
            }),
            None => Ok(Catalog::embedded()),
        }
    }

    /// Whether the catalog has an exercise directory named `name`, found without loading
    /// any exercise.
    pub fn has_exercise_named(&self, name: &str) -> bool {
        match &self.exercises_dir {
            Some(dir) => {
                !name.is_empty()
                    && !name.contains(['/', '\\'])
                    && catalog::is_exercise_dir(&dir.join(name))
            }
            None => catalog::embedded_names().any(|n| n == name),
        }
    }

    /// Resolves a `NAME|PATH` argument to an exercise; `time_limit` (seconds, from
    /// `--time-limit`) overrides its limit.
    pub fn exercise(&self, arg: &str, time_limit: Option<f64>) -> Result<Exercise> {
        let time_limit = checked_time_limit(time_limit)?;
        let ex = if catalog::looks_like_path(arg) {
            catalog::load_path(Path::new(arg), time_limit)?
        } else if self.exercises_dir.is_none()
            && let Some(loaded) = Catalog::embedded_named(arg)
        {
            // Only this exercise's files are read; the whole catalog is loaded only to say
            // what an unknown name might have meant.
            loaded?
        } else {
            self.catalog()?.resolve(arg).map_err(|e| match e {
                // A broken exercise is reported as a load error, as for a path.
                catalog::LookupError::Invalid(le) => anyhow::Error::from(le),
                unknown @ catalog::LookupError::Unknown { .. } => anyhow::Error::from(unknown),
            })?
        };
        Ok(with_time_limit(ex, time_limit))
    }

    /// The exercise named on the command line, or the one started last in the workspace.
    pub fn exercise_or_current(
        &self,
        name: Option<&str>,
        time_limit: Option<f64>,
    ) -> Result<Exercise> {
        if let Some(n) = name {
            return self.exercise(n, time_limit);
        }
        match self.store().read()?.current {
            Some(n) => self.exercise(&n, time_limit),
            None => usage(
                "no exercise given and none started here: run `grind start NAME` first (or name one)",
            ),
        }
    }

    /// The topic a `--topic` means (a slug, any case, or an alias), or a usage error that
    /// suggests the closest one.
    pub fn topic(query: Option<&str>) -> Result<Option<&'static str>> {
        let Some(q) = query else { return Ok(None) };
        if let Some(t) = catalog::topics::resolve(q) {
            return Ok(Some(t));
        }
        let hint =
            catalog::topics::closest(q).map_or(String::new(), |t| format!(": did you mean `{t}`?"));
        usage(format!(
            "unknown topic `{q}`{hint} (`grind list --topics` lists them)"
        ))
    }

    /// Judge options from the environment alone.
    pub fn options(&self) -> Options {
        Options {
            no_namespace: self.env.no_namespace,
            sandbox: !self.env.sandbox_off,
            batch: !self.env.no_batch,
            ..Options::default()
        }
    }

    /// Judge options from the environment and the shared judging flags.
    pub fn judge_options(&self, args: &JudgeArgs) -> Result<Options> {
        let mut o = self.options();
        if let Some(j) = args.jobs {
            if j == 0 {
                return usage("`--jobs 0`: use at least 1");
            }
            o.jobs = j;
        }
        Ok(o)
    }

    /// A judge for `ex`, hiding from solutions the exercise's own directory when it is on disk
    /// and the pack given with `--exercises`. (The embedded catalog lives in the `grind`
    /// binary, which the sandbox hides as well.)
    pub fn judge(&self, ex: &Exercise, options: Options) -> Result<Judge<'_>> {
        let mut dirs = Vec::new();
        if let catalog::Files::Disk(p) = &ex.files {
            dirs.push(p.clone());
        }
        dirs.extend(self.exercises_dir.clone());
        Ok(Judge {
            python: self.python()?,
            options,
            hide: dirs
                .into_iter()
                .filter_map(|d| std::fs::canonicalize(d).ok())
                .collect(),
            snippet_output: None,
        })
    }

    /// Where calibrated time limits are cached.
    pub fn cache_dir(&self) -> Option<&Path> {
        self.env.cache_dir.as_deref()
    }

    /// An exercise's tests, through the test cache in the cache directory (large test sets of
    /// the built-in catalog; see `catalog::test_cache`).
    pub fn tests(&self, ex: &Exercise) -> Result<catalog::Tests, catalog::LoadError> {
        catalog::load_tests_cached(ex, self.cache_dir(), Some(map_cache_file))
    }

    /// The clock (`GRIND_NOW` pins it).
    pub fn clock(&self) -> Clock {
        Clock::new(self.env.now)
    }

    /// The progress store of the workspace ([`workspace_root`]).
    pub fn store(&self) -> Store {
        Store::at(workspace_root(), self.clock())
    }

    /// Whether `grind watch` traces its timing on stderr (`GRIND_TRACE_WATCH=1`).
    pub fn trace_watch(&self) -> bool {
        self.env.trace_watch
    }

    /// The user's editor: `VISUAL`, else `EDITOR`.
    pub fn editor(&self) -> Option<&str> {
        self.env.editor.as_deref()
    }
}

/// Checks a `--time-limit` value.
fn checked_time_limit(time_limit: Option<f64>) -> Result<Option<f64>> {
    match time_limit {
        Some(t) if !(t > 0.0 && t <= 600.0) => usage(format!(
            "`--time-limit {t}`: use a number of seconds above 0 and at most 600"
        )),
        t => Ok(t),
    }
}

/// `ex` with the time limit given on the command line, which replaces any calibration.
fn with_time_limit(mut ex: Exercise, time_limit: Option<f64>) -> Exercise {
    if let Some(t) = time_limit {
        ex.limits = ex.limits.with_cpu(Duration::from_secs_f64(t));
        ex.calibration = None;
    }
    ex
}

/// The workspace: the nearest directory, from the current one upward, that holds a `.grind`
/// directory (as git finds `.git`), so subfolders and editors' terminals share one history;
/// the current directory when there is none. Shared sticky directories (`/tmp`) are passed
/// over. Relative to the current directory (`.`, `..`).
pub fn workspace_root() -> &'static Path {
    static ROOT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    ROOT.get_or_init(|| {
        let mut rel = PathBuf::from(".");
        let Ok(mut dir) = std::env::current_dir() else {
            return rel;
        };
        loop {
            // A shared directory such as /tmp (sticky bit) is never a workspace found from
            // below: a stray `.grind` there would capture every scratch folder.
            let shared = std::fs::metadata(&dir).is_ok_and(|m| {
                std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o1000 != 0
            });
            if !shared && dir.join(".grind").is_dir() {
                return rel;
            }
            if !dir.pop() {
                return PathBuf::from(".");
            }
            rel = if rel == Path::new(".") {
                PathBuf::from("..")
            } else {
                rel.join("..")
            };
        }
    })
}

/// A test-cache file mapped rather than read (`sandbox::Mapped`): a check touches only the
/// pages it uses, and a stdio runner maps the inputs for itself.
fn map_cache_file(file: &std::fs::File) -> Option<catalog::Content> {
    crate::sandbox::Mapped::of(file).map(|m| Box::new(m) as catalog::Content)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use clap::Parser;

    use super::*;

    fn env(vars: &[(&str, &str)]) -> Env {
        let map: HashMap<String, OsString> = vars
            .iter()
            .map(|(k, v)| ((*k).to_string(), OsString::from(v)))
            .collect();
        Env::from_vars(|k| map.get(k).cloned())
    }

    #[test]
    fn environment_table() {
        let e = env(&[]);
        assert_eq!(
            (
                e.python,
                e.no_color,
                e.no_namespace,
                e.sandbox_off,
                e.no_batch
            ),
            (None, false, false, false, false)
        );
        assert_eq!((e.cache_dir, e.now, e.editor), (None, None, None));
        let e = env(&[
            ("GRIND_PYTHON", ""),
            ("NO_COLOR", ""),
            ("GRIND_SANDBOX", "on"),
            ("GRIND_NO_BATCH", "yes"),
            ("HOME", "/home/u"),
            ("GRIND_NOW", " 42 "),
            ("EDITOR", "nano -w"),
        ]);
        assert_eq!(e.python, None, "an empty GRIND_PYTHON is not set");
        assert!(!e.no_color, "an empty NO_COLOR is not set");
        assert!(!e.sandbox_off && !e.no_batch, "only `off` and `1` switch");
        assert_eq!(e.cache_dir, Some(PathBuf::from("/home/u/.cache/grind")));
        assert_eq!(e.now, Some(42));
        assert_eq!(e.editor.as_deref(), Some("nano -w"));
        let e = env(&[
            ("GRIND_CACHE_DIR", "/c"),
            ("XDG_CACHE_HOME", "/x"),
            ("VISUAL", "code -w"),
            ("EDITOR", "vi"),
            ("GRIND_NO_PID_NAMESPACE", "1"),
            ("GRIND_SANDBOX", "off"),
            ("GRIND_NO_BATCH", "1"),
        ]);
        assert_eq!(e.cache_dir, Some(PathBuf::from("/c")));
        assert_eq!(e.editor.as_deref(), Some("code -w"));
        assert!(e.no_namespace && e.sandbox_off && e.no_batch);
        assert_eq!(
            env(&[("XDG_CACHE_HOME", "/x"), ("HOME", "/h")]).cache_dir,
            Some(PathBuf::from("/x/grind"))
        );
    }

    #[test]
    fn colour_table() {
        type Row<'a> = (&'a str, &'a [(&'a str, &'a str)], bool, bool, &'a str);
        let rows: &[Row] = &[
            ("auto", &[], true, true, "a terminal"),
            ("auto", &[], false, false, "a pipe"),
            ("auto", &[("NO_COLOR", "1")], true, false, "NO_COLOR"),
            (
                "always",
                &[("NO_COLOR", "1")],
                false,
                true,
                "--color always wins",
            ),
            ("never", &[], true, false, "--color never"),
        ];
        for (flag, vars, tty, want, msg) in rows {
            let cli = Cli::parse_from(["grind", "--color", flag, "next"]);
            let ctx = Context::with_env(&cli, env(vars), || *tty).unwrap();
            assert_eq!(ctx.style.color, *want, "{msg}");
        }
    }

    #[test]
    fn python_is_the_flag_then_the_environment_then_python3() {
        let cli = Cli::parse_from(["grind", "next"]);
        let ctx = Context::with_env(&cli, env(&[("GRIND_PYTHON", "py3")]), || false).unwrap();
        assert_eq!(ctx.python_requested, "py3");
        let cli = Cli::parse_from(["grind", "--python", "pypy", "next"]);
        let ctx = Context::with_env(&cli, env(&[("GRIND_PYTHON", "py3")]), || false).unwrap();
        assert_eq!(ctx.python_requested, "pypy");
        let ctx = Context::with_env(&Cli::parse_from(["grind", "next"]), env(&[]), || false);
        assert_eq!(ctx.unwrap().python_requested, "python3");
    }
}
