//! Command-line interface (clap derive). Doc comments here are the help text.
//!
//! **May import:** `catalog`, whose `Kind` and `Difficulty` are the values of `--kind` and
//! `--difficulty` (the catalog itself knows nothing of clap).

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::catalog::{Difficulty, Kind};

/// Practise Python coding-interview exercises offline, judged on your machine.
#[derive(Debug, Parser)]
#[command(
    name = "grind",
    version,
    after_help = "Exit codes: 0 accepted / all verified, 1 judged and not accepted, \
                  2 usage or configuration error, 3 internal or judge error."
)]
pub struct Cli {
    /// Read exercises from this directory instead of the built-in catalog (also `GRIND_EXERCISES`).
    #[arg(long, global = true, value_name = "DIR", env = "GRIND_EXERCISES")]
    pub exercises: Option<PathBuf>,

    /// Python interpreter to judge with (default: `GRIND_PYTHON`, else `python3`).
    #[arg(long, global = true, value_name = "PYTHON")]
    pub python: Option<String>,

    /// When to use colours (`NO_COLOR` is honoured in `auto`).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List exercises.
    List(ListArgs),
    /// Show an exercise's statement.
    Show {
        /// Exercise name or directory.
        name: String,
    },
    /// Write an exercise's starter into the current directory and start the attempt clock.
    Start(StartArgs),
    /// Judge a solution (default: the exercise started last) and record the attempt.
    Check(CheckArgs),
    /// Try a solution without recording it: the samples, or your own input or call.
    Run(RunArgs),
    /// A drill of predict questions in the terminal: snippet, prediction, verdict, why, next.
    Predict(PredictArgs),
    /// Reveal the next hint of an exercise (recorded).
    Hint {
        /// Exercise (default: the one started last).
        name: Option<String>,
    },
    /// Show the reference solution: after a pass, or with `--give-up` (recorded).
    Solution {
        /// Exercise (default: the one started last).
        name: Option<String>,
        /// Give up and see it now.
        #[arg(long)]
        give_up: bool,
    },
    /// Restore the starter for a new try (clock and hints start over), keeping a backup of
    /// your file in `.grind/backups/`.
    Reset {
        /// Exercise (default: the one started last).
        name: Option<String>,
    },
    /// Re-check on every save; `q` or Ctrl-C quits.
    Watch {
        /// Exercise (default: the one started last).
        name: Option<String>,
    },
    /// Solved/attempted per topic and difficulty, times against targets, streak, history.
    Stats {
        /// Print JSON (per exercise: `name`, `status`, `attempts`, `solve_seconds`, ...).
        #[arg(long)]
        json: bool,
    },
    /// Suggest what to do next.
    Next,
    /// Exercises due for another go (spaced repetition over your history).
    Review,
    /// A timed mock round: unseen problems, a countdown, hints locked.
    Mock(MockArgs),
    /// Print shell completions.
    Completions {
        /// Shell to generate for.
        shell: clap_complete::Shell,
    },
    /// Prove exercises: reference accepted, starter rejected, every labelled submission
    /// gets its label (whole catalog when no name is given).
    Verify(VerifyArgs),
    /// Show the interpreter and which limits and protections work on this machine.
    Doctor {
        /// Print JSON: the interpreter and the protection layers a real run got.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this kind.
    #[arg(long)]
    pub kind: Option<Kind>,
    /// Only this difficulty.
    #[arg(long)]
    pub difficulty: Option<Difficulty>,
    /// Only exercises with this topic (any case; aliases such as `dp`, `graphs`, `hash-map`).
    #[arg(long)]
    pub topic: Option<String>,
    /// List the topics and how many exercises each has, instead of the exercises.
    #[arg(long)]
    pub topics: bool,
    /// Print JSON (name, title, kind, difficulty, topics, status).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct JudgeArgs {
    /// Time limit in seconds per test, overriding the exercise's.
    #[arg(long, value_name = "SECS")]
    pub time_limit: Option<f64>,
    /// Tests to run at once (default: number of cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // independent flags
pub struct CheckArgs {
    /// Exercise name or exercise/Kattis directory.
    pub name: Option<String>,
    /// The solution (default: `./NAME.py`, or `./NAME.txt` for a prediction).
    #[arg(long, short = 'f', value_name = "SOLUTION")]
    pub file: Option<PathBuf>,
    /// Print one JSON object instead of the report.
    #[arg(long)]
    pub json: bool,
    /// Show inputs, expected and actual output of hidden tests too.
    #[arg(long)]
    pub reveal: bool,
    /// Stop at the first test that is not accepted.
    #[arg(long)]
    pub fail_fast: bool,
    /// Run every test even after one exceeded the time limit (by default the tests after it
    /// are not run: a program that is too slow gets its verdict in about the time limit).
    #[arg(long)]
    pub all_tests: bool,
    /// Check every exercise that has a file in the current directory (one line each, or
    /// one JSON object with `--json`).
    #[arg(long, conflicts_with_all = ["name", "file", "reveal"])]
    pub all: bool,
    #[command(flatten)]
    pub judge: JudgeArgs,
}

#[derive(Debug, Args)]
pub struct PredictArgs {
    /// One question (default: the unsolved ones, in catalog order).
    pub name: Option<String>,
    /// How many questions.
    #[arg(long, default_value_t = 3)]
    pub count: usize,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Exercise (default: the one started last).
    pub name: Option<String>,
    /// The solution (default: `./NAME.py`).
    #[arg(long, short = 'f', value_name = "SOLUTION")]
    pub file: Option<PathBuf>,
    /// Run a stdio solution on this input and show its output.
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// Call a function solution with these arguments (a JSON list) and show what it returns.
    #[arg(long, value_name = "JSON")]
    pub call: Option<String>,
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// Exercise name.
    pub name: String,
    /// Overwrite an existing file.
    #[arg(long)]
    pub force: bool,
    /// Open the file in `$VISUAL` / `$EDITOR`.
    #[arg(long)]
    pub edit: bool,
}

#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // independent flags
pub struct MockArgs {
    /// Problems in the round [default: 2].
    #[arg(long)]
    pub count: Option<usize>,
    /// Length of the round in minutes [default: 45].
    #[arg(long)]
    pub minutes: Option<u64>,
    /// Only this difficulty.
    #[arg(long)]
    pub difficulty: Option<Difficulty>,
    /// Only this topic (any case; aliases such as `dp`, `graphs`).
    #[arg(long)]
    pub topic: Option<String>,
    /// Let `grind hint` work during the round.
    #[arg(long)]
    pub allow_hints: bool,
    /// End the running round now and show its report.
    #[arg(long)]
    pub end: bool,
    /// Start a new round after an earlier one ended (a plain `grind mock` then shows the
    /// last round's report).
    #[arg(long)]
    pub new: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Exercise names or directories (default: the whole catalog).
    pub targets: Vec<String>,
    #[command(flatten)]
    pub judge: JudgeArgs,
}

// The catalog's enums are the flags' values; the catalog itself knows nothing of clap.

impl ValueEnum for Kind {
    fn value_variants<'a>() -> &'a [Self] {
        &Kind::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.as_str()))
    }
}

impl ValueEnum for Difficulty {
    fn value_variants<'a>() -> &'a [Self] {
        &Difficulty::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.as_str()))
    }
}
