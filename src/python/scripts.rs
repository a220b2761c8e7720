//! The Python scripts `grind` runs inside the sandbox, and the names they have in a run
//! directory. This is the only place that embeds them.
//!
//! A run directory holds the user's program as [`SOLUTION`] and one script, which the
//! interpreter runs:
//!
//! | script | file | does |
//! |---|---|---|
//! | `bootstrap.py` | `_grind_main.py` | runs the solution as `__main__` (restores `exit`/`quit`, which `-S` removes) |
//! | `syntax_check.py` | `_grind_check.py` | compiles the solution without running it |
//! | `channel.py` + `forking.py` + `batch.py` | `_grind_batch.py` | stdio cases from one warm interpreter, a fork per case; frames on fd 3 |
//! | `prelude.py` + `channel.py` + `harness.py` | `_grind_harness.py` | calls a function solution once per case; frames on fd 3 |
//! | `channel.py` + `module_tests.py` + `module_runner.py` | `_grind_module.py` | runs one test of a `module` exercise (or lists a test file's tests); frames on fd 3 |
//! | `channel.py` + `forking.py` + `module_tests.py` + `module_fork.py` | `_grind_modfork.py` | the tests of a `module` exercise from one warm interpreter, a fork per test; frames on fd 3 |
//! | `channel.py` + `sql_runner.py` | `_grind_sql.py` | runs the user's SQL on one test's data; frames on fd 3 |
//!
//! A `module` run directory also holds the user's module (as `[module] name` + `.py`, not
//! [`SOLUTION`]), the test file and `testing.py` as [`TESTING`] (`grind_testing.py`); a `sql`
//! run directory holds only its script (the query comes on stdin).
//!
//! `prelude.py` (the node classes, the typing names and the list converters a LeetCode-style
//! solution may use) is shared with the exercise generators (`tools/gen/genlib.py`), so it
//! stays a file of its own; the harness is that file followed by `harness.py`, so the names
//! are defined once and the run directory still holds only two files.

/// The user's program, as every script expects to find it in the run directory.
pub const SOLUTION: &str = "solution.py";

const BOOTSTRAP: &str = include_str!("bootstrap.py");
const SYNTAX_CHECK: &str = include_str!("syntax_check.py");
const BATCH: &str = concat!(
    include_str!("channel.py"),
    include_str!("forking.py"),
    include_str!("batch.py")
);
const HARNESS: &str = concat!(
    include_str!("prelude.py"),
    include_str!("channel.py"),
    include_str!("harness.py")
);

const MODULE_RUNNER: &str = concat!(
    include_str!("channel.py"),
    include_str!("module_tests.py"),
    include_str!("module_runner.py")
);
const MODULE_FORK: &str = concat!(
    include_str!("channel.py"),
    include_str!("forking.py"),
    include_str!("module_tests.py"),
    include_str!("module_fork.py")
);
const SQL_RUNNER: &str = concat!(include_str!("channel.py"), include_str!("sql_runner.py"));

/// The helpers of `module` test files: its name in a run directory and its source.
pub const TESTING: (&str, &str) = ("grind_testing.py", include_str!("testing.py"));

/// One of the embedded scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Runs the solution as a program (stdio, `predict`, the probe of `grind doctor`).
    Bootstrap,
    /// Compiles the solution; exit 1 and the `SyntaxError` on stderr if it does not compile.
    SyntaxCheck,
    /// Runs stdio cases from one warm interpreter.
    Batch,
    /// Calls a function solution once per case.
    Harness,
    /// Runs one test of a `module` exercise.
    ModuleRunner,
    /// Runs `module` tests from one warm interpreter, a fork per test.
    ModuleFork,
    /// Runs a `sql` query on one test's data.
    SqlRunner,
}

impl Script {
    /// Its name in the run directory (what the interpreter is told to run).
    pub fn file_name(self) -> &'static str {
        match self {
            Script::Bootstrap => "_grind_main.py",
            Script::SyntaxCheck => "_grind_check.py",
            Script::Batch => "_grind_batch.py",
            Script::Harness => "_grind_harness.py",
            Script::ModuleRunner => "_grind_module.py",
            Script::ModuleFork => "_grind_modfork.py",
            Script::SqlRunner => "_grind_sql.py",
        }
    }

    /// The name of its compiled code beside it, when it comes compiled (`compiled.rs`): the
    /// file name with `.code` for `.py`, as the stub expects.
    pub fn code_file_name(self) -> &'static str {
        match self {
            Script::Bootstrap => "_grind_main.code",
            Script::SyntaxCheck => "_grind_check.code",
            Script::Batch => "_grind_batch.code",
            Script::Harness => "_grind_harness.code",
            Script::ModuleRunner => "_grind_module.code",
            Script::ModuleFork => "_grind_modfork.code",
            Script::SqlRunner => "_grind_sql.code",
        }
    }

    /// Its source.
    pub fn source(self) -> &'static [u8] {
        match self {
            Script::Bootstrap => BOOTSTRAP.as_bytes(),
            Script::SyntaxCheck => SYNTAX_CHECK.as_bytes(),
            Script::Batch => BATCH.as_bytes(),
            Script::Harness => HARNESS.as_bytes(),
            Script::ModuleRunner => MODULE_RUNNER.as_bytes(),
            Script::ModuleFork => MODULE_FORK.as_bytes(),
            Script::SqlRunner => SQL_RUNNER.as_bytes(),
        }
    }

    /// The files of a run directory in which this script runs `solution` from its source.
    #[cfg(test)]
    pub fn files(self, solution: &[u8]) -> [(&'static str, &[u8]); 2] {
        [(SOLUTION, solution), (self.file_name(), self.source())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_file_names_follow_the_script_names() {
        for s in [
            Script::Bootstrap,
            Script::SyntaxCheck,
            Script::Batch,
            Script::Harness,
            Script::ModuleRunner,
            Script::ModuleFork,
            Script::SqlRunner,
        ] {
            let stem = s.file_name().strip_suffix(".py").unwrap();
            assert_eq!(s.code_file_name(), format!("{stem}.code"));
        }
    }

    #[test]
    fn the_harness_starts_with_the_prelude() {
        let harness = std::str::from_utf8(Script::Harness.source()).unwrap();
        assert!(harness.starts_with(include_str!("prelude.py")));
        assert!(harness.ends_with(include_str!("harness.py")));
        assert!(harness.contains(include_str!("channel.py")));
        assert!(
            !include_str!("harness.py").contains("class ListNode"),
            "the node classes are defined once, in prelude.py"
        );
    }
}
