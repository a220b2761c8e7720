//! The validated context of one invocation: where exercises come from, the interpreter
//! (resolved lazily, once), and how output is styled.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use anyhow::Result;

use crate::catalog::{self, Catalog, Exercise};
use crate::cli::{Cli, ColorChoice};
use crate::exit::{UsageError, usage};
use crate::python::Python;
use crate::report::style::Style;

/// Everything a command needs besides its own arguments.
pub struct Context {
    pub exercises_dir: Option<PathBuf>,
    pub style: Style,
    python_flag: Option<String>,
    python: OnceLock<Result<Python, String>>,
}

impl Context {
    pub fn new(cli: &Cli) -> Result<Self> {
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
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::IsTerminal::is_terminal(&std::io::stdout())
            }
        };
        Ok(Self {
            exercises_dir: cli.exercises.clone(),
            style: Style::new(color),
            python_flag: cli.python.clone(),
            python: OnceLock::new(),
        })
    }

    /// The interpreter, resolved on first use.
    pub fn python(&self) -> Result<&Python> {
        let r = self.python.get_or_init(|| {
            Python::from_env(self.python_flag.as_deref()).map_err(|e| format!("{e:#}"))
        });
        r.as_ref().map_err(|e| UsageError(e.clone()).into())
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

    /// Resolves a `NAME|PATH` argument to an exercise; `time_limit` overrides its limit.
    pub fn exercise(&self, arg: &str, time_limit: Option<f64>) -> Result<Exercise> {
        if let Some(t) = time_limit
            && !(t > 0.0 && t <= 600.0)
        {
            return usage(format!("`--time-limit {t}`: use seconds between 0 and 600"));
        }
        let mut ex = if catalog::looks_like_path(arg) {
            catalog::load_path(std::path::Path::new(arg), time_limit)?
        } else {
            let cat = self.catalog()?;
            if let Some(ex) = cat.find(arg) {
                ex.clone()
            } else if let Some(err) = cat.error_for(arg) {
                return Err(err.clone().into());
            } else {
                let close = cat
                    .exercises
                    .iter()
                    .map(|e| e.name.as_str())
                    .filter(|n| n.contains(arg) || arg.contains(*n))
                    .take(3)
                    .collect::<Vec<_>>();
                let hint = if close.is_empty() {
                    "run `grind list` to see them".to_string()
                } else {
                    format!(
                        "did you mean {}?",
                        close
                            .iter()
                            .map(|c| format!("`{c}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                return usage(format!("unknown exercise `{arg}` in {}: {hint}", cat.root));
            }
        };
        if let Some(t) = time_limit {
            ex.limits = ex.limits.with_cpu(Duration::from_secs_f64(t));
            ex.calibration = None;
        }
        Ok(ex)
    }
}
