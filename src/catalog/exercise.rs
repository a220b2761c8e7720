//! The checked, validated form of an exercise. Nothing downstream sees raw metadata.

use serde::Serialize;
use serde_json::Value;

use super::files::Files;
use super::shared::{Bytes, Text};
use crate::checker::{RowOptions, Rows, TextChecker, ValueOptions};
use crate::limits::Limits;
use crate::verdict::Verdict;

/// The exercise kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Stdio,
    Function,
    Predict,
    Module,
    Sql,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Stdio,
        Kind::Function,
        Kind::Predict,
        Kind::Module,
        Kind::Sql,
    ];

    /// The name in `exercise.toml`, `--kind` and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Stdio => "stdio",
            Kind::Function => "function",
            Kind::Predict => "predict",
            Kind::Module => "module",
            Kind::Sql => "sql",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The extension of the user's file (`NAME.py`, `NAME.txt`, `NAME.sql`), of the starter,
    /// the reference and the labelled submissions.
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Predict => "txt",
            Kind::Sql => "sql",
            Kind::Stdio | Kind::Function | Kind::Module => "py",
        }
    }
}

/// How hard an exercise is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

    /// The name in `exercise.toml`, `--difficulty` and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Difficulty::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// How a function argument or result is encoded in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    Any,
    ListNode,
    TreeNode,
}

impl ValueType {
    pub const ALL: [ValueType; 3] = [ValueType::Any, ValueType::ListNode, ValueType::TreeNode];

    /// The name in `exercise.toml` and in the harness's job.
    pub fn as_str(self) -> &'static str {
        match self {
            ValueType::Any => "any",
            ValueType::ListNode => "list_node",
            ValueType::TreeNode => "tree_node",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        ValueType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// What is called for a `function` exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionSpec {
    /// Function name, or class name for a design problem.
    pub entry: String,
    pub design: bool,
    pub params: Vec<ValueType>,
    pub returns: ValueType,
    pub checker: ValueOptions,
}

/// What a `module` exercise imports the user's file as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleSpec {
    /// The module name (`solution` unless `[module] name` says otherwise).
    pub name: String,
}

/// How a `sql` exercise judges a query.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlSpec {
    /// The query whose rows are judged after the user's statements ran (`[sql] check`), for a
    /// task that changes data; `None`: the rows of the user's last statement.
    pub check: Option<String>,
    pub checker: RowOptions,
}

/// Kind-specific settings.
#[derive(Debug, Clone, PartialEq)]
pub enum Spec {
    Stdio { checker: TextChecker },
    Function(FunctionSpec),
    Predict,
    Module(ModuleSpec),
    Sql(SqlSpec),
}

impl Spec {
    pub fn kind(&self) -> Kind {
        match self {
            Spec::Stdio { .. } => Kind::Stdio,
            Spec::Function(_) => Kind::Function,
            Spec::Predict => Kind::Predict,
            Spec::Module(_) => Kind::Module,
            Spec::Sql(_) => Kind::Sql,
        }
    }
}

/// A time limit stated relative to the reference solution, as Kattis does: the limit is
/// `multiplier ×` the reference's slowest test, measured once per machine and interpreter,
/// and never below `minimum`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Calibration {
    pub multiplier: f64,
    pub minimum: std::time::Duration,
}

/// Where an exercise comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Native,
    Kattis,
}

/// A loaded, validated exercise. Test data is loaded on demand with [`Exercise::tests`].
#[derive(Debug, Clone)]
pub struct Exercise {
    pub name: String,
    pub title: String,
    pub format: Format,
    pub difficulty: Option<Difficulty>,
    pub topics: Vec<String>,
    pub target_minutes: Option<u32>,
    pub hints: Vec<String>,
    pub limits: Limits,
    /// Set when the time limit is relative to the reference (see [`Calibration`]).
    pub calibration: Option<Calibration>,
    pub spec: Spec,
    pub files: Files,
    /// The oldest Python (major, minor) the exercise runs on, when newer than grind's floor.
    pub min_python: Option<(u32, u32)>,
}

impl Exercise {
    pub fn kind(&self) -> Kind {
        self.spec.kind()
    }

    /// Why the exercise cannot run on Python `version` (`3.8.18`), if it needs a newer one.
    pub fn python_too_old(&self, version: &str) -> Option<String> {
        let (major, minor) = self.min_python?;
        let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
        let have = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
        (have < (major, minor)).then(|| {
            format!(
                "`{}` needs Python {major}.{minor} or newer, and the interpreter is {version}",
                self.name
            )
        })
    }

    /// Whether the exercise has this difficulty and topic (`None` matches anything).
    pub fn matches(&self, difficulty: Option<Difficulty>, topic: Option<&str>) -> bool {
        difficulty.is_none_or(|d| self.difficulty == Some(d))
            && topic.is_none_or(|t| self.topics.iter().any(|x| x == t))
    }
}

/// One stdio test case.
#[derive(Debug, Clone)]
pub struct TextCase {
    pub name: String,
    pub sample: bool,
    pub input: Bytes,
    pub answer: Bytes,
}

/// One function test case. The arguments and the expected value are kept as JSON text, as
/// the loader checked it, on one line (the loader removes whitespace outside strings when a
/// line has any): the arguments go to the harness as they are, and the expected value is
/// parsed only when a result is compared with it. Parsing every number of a large test set
/// up front was most of a check's own cost.
#[derive(Debug, Clone)]
pub struct ValueCase {
    pub name: String,
    pub sample: bool,
    /// A JSON array: the positional arguments.
    pub args: Text,
    /// Any JSON value.
    pub expected: Text,
}

impl ValueCase {
    /// The expected value, parsed. The loader checked the text, so this cannot fail; `null`
    /// stands in if it ever did, rather than a panic.
    pub fn expected_value(&self) -> Value {
        serde_json::from_str(&self.expected).unwrap_or(Value::Null)
    }
}

/// One test of a `module` exercise: a test function (`test_x`) or method (`Class.test_x`)
/// of `tests/sample.py` or `tests/hidden.py`.
#[derive(Debug, Clone)]
pub struct ModuleTest {
    /// As the report shows it: `sample/test_x`, `hidden/Class.test_x`.
    pub name: String,
    /// As the runner finds it in its file: `test_x`, `Class.test_x`.
    pub function: String,
    pub sample: bool,
}

/// The test files of a `module` exercise and the tests found in them.
#[derive(Debug, Clone)]
pub struct ModuleTests {
    pub sample_source: String,
    pub hidden_source: String,
    pub tests: Vec<ModuleTest>,
}

impl ModuleTests {
    /// The source of the file a test is defined in.
    pub fn source_of(&self, t: &ModuleTest) -> &str {
        if t.sample {
            &self.sample_source
        } else {
            &self.hidden_source
        }
    }
}

/// One test of a `sql` exercise: the data it inserts and the rows expected.
#[derive(Debug, Clone)]
pub struct SqlCase {
    pub name: String,
    pub sample: bool,
    /// SQL run after the schema (`INSERT ...`).
    pub data: String,
    pub expected: Rows,
}

/// The schema and tests of a `sql` exercise.
#[derive(Debug, Clone)]
pub struct SqlTests {
    pub schema: String,
    pub cases: Vec<SqlCase>,
}

/// The test data of an exercise.
#[derive(Debug, Clone)]
pub enum Tests {
    Text(Vec<TextCase>),
    Values(Vec<ValueCase>),
    Predict {
        snippet: String,
        expected: String,
        explanation: String,
    },
    Module(ModuleTests),
    Sql(SqlTests),
}

impl Tests {
    pub fn len(&self) -> usize {
        match self {
            Tests::Text(c) => c.len(),
            Tests::Values(c) => c.len(),
            Tests::Predict { .. } => 1,
            Tests::Module(m) => m.tests.len(),
            Tests::Sql(s) => s.cases.len(),
        }
    }

    /// Whether some test is a visible sample.
    pub fn has_sample(&self) -> bool {
        match self {
            Tests::Text(c) => c.iter().any(|c| c.sample),
            Tests::Values(c) => c.iter().any(|c| c.sample),
            Tests::Predict { .. } => true,
            Tests::Module(m) => m.tests.iter().any(|t| t.sample),
            Tests::Sql(s) => s.cases.iter().any(|c| c.sample),
        }
    }
}

/// A labelled extra solution from `submissions/<verdict>/`.
#[derive(Debug, Clone)]
pub struct Submission {
    pub expected: Verdict,
    /// Shown as `wrong_answer/off_by_one.py`.
    pub name: String,
    pub source: Vec<u8>,
}

impl Submission {
    /// Kattis marks Python 2 programs with a `python2` shebang; they cannot run on Python 3.
    pub fn is_python2(&self) -> bool {
        let first = self
            .source
            .split(|&b| b == b'\n')
            .next()
            .unwrap_or_default();
        first.starts_with(b"#!") && String::from_utf8_lossy(first).contains("python2")
    }
}
