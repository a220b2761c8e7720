//! The tests of a `module` exercise: `tests/sample.py` and `tests/hidden.py`, and the static
//! scan that finds the tests in them without running anything.
//!
//! The scan reads a test file line by line, outside any triple-quoted string:
//! - a line at column 0 `def test_NAME(` is the test `test_NAME`;
//! - a line at column 0 `class NAME(...):` whose bases (on that line) include `TestCase` or
//!   `something.TestCase` opens a test class; in its body, each `def test_METHOD(` at the
//!   body's indentation is the test `NAME.test_METHOD`;
//! - any other line at column 0 ends the class.
//!
//! It agrees with the runner's `collect` job (an `ast` walk of the same file) on every file
//! written as FORMAT.md describes; `grind verify` checks that they agree.

use super::error::Problems;
use super::exercise::{ModuleTest, ModuleTests};
use super::files::Files;
use super::text::read_text;

/// The test names of a test file, in definition order: `test_x`, `Class.test_y`.
pub fn scan_tests(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut class: Option<String> = None;
    let mut body_indent: Option<usize> = None;
    let mut in_string: Option<&str> = None;
    for line in source.lines() {
        if let Some(delim) = in_string {
            if line.matches(delim).count() % 2 == 1 {
                in_string = None;
            }
            continue;
        }
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if !trimmed.is_empty() && !trimmed.starts_with('#') {
            if indent == 0 {
                class = None;
                if let Some(name) = test_def(trimmed) {
                    names.push(name.to_string());
                } else if let Some(name) = test_class(trimmed) {
                    class = Some(name.to_string());
                    body_indent = None;
                }
            } else if let Some(c) = &class {
                let body = *body_indent.get_or_insert(indent);
                if indent == body
                    && let Some(method) = test_def(trimmed)
                {
                    names.push(format!("{c}.{method}"));
                }
            }
        }
        for delim in ["\"\"\"", "'''"] {
            if line.matches(delim).count() % 2 == 1 {
                in_string = Some(delim);
                break;
            }
        }
    }
    names
}

/// `def test_x(` → `test_x`.
fn test_def(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("def ")?.trim_start();
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
    let name = &rest[..end];
    (name.starts_with("test_") && rest[end..].trim_start().starts_with('(')).then_some(name)
}

/// `class Name(unittest.TestCase):` → `Name`.
fn test_class(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("class ")?.trim_start();
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
    let name = &rest[..end];
    let bases = rest[end..].trim_start().strip_prefix('(')?;
    let bases = &bases[..bases.find(')')?];
    bases
        .split(',')
        .any(|b| b.trim().rsplit('.').next() == Some("TestCase"))
        .then_some(name)
}

/// Loads `tests/sample.py` and `tests/hidden.py` and the tests found in them.
pub fn load_tests(files: &Files, problems: &mut Problems) -> ModuleTests {
    let sample_source = read_text(files, "tests/sample.py", problems).unwrap_or_default();
    let hidden_source = read_text(files, "tests/hidden.py", problems).unwrap_or_default();
    let mut tests = Vec::new();
    for (source, group, sample) in [
        (&sample_source, "sample", true),
        (&hidden_source, "hidden", false),
    ] {
        let rel = format!("tests/{group}.py");
        if !files.exists(&rel) {
            continue;
        }
        let names = scan_tests(source);
        if names.is_empty() {
            problems.push(format!(
                "`{}` has no tests: define `def test_...():` functions or `test_...` methods of a `unittest.TestCase` class, at the top level",
                files.display(&rel)
            ));
        }
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                problems.push(format!(
                    "`{}`: the test `{n}` is defined twice (the second hides the first): rename one",
                    files.display(&rel)
                ));
            }
        }
        tests.extend(names.into_iter().map(|function| ModuleTest {
            name: format!("{group}/{function}"),
            function,
            sample,
        }));
    }
    ModuleTests {
        sample_source,
        hidden_source,
        tests,
    }
}

#[cfg(test)]
mod tests {
    use super::scan_tests;

    #[test]
    fn the_scan_finds_functions_and_test_case_methods_in_order() {
        let src = r#"
import unittest
from unittest import TestCase
from solution import memoize


def helper():
    pass


def test_first():
    assert True

@some.decorator
def test_decorated(x=1):
    pass

def testNoUnderscore():
    pass

async def test_async():
    pass

class Helper:
    def test_not_a_test(self):
        pass

class TestThings(unittest.TestCase):
    """Docstring.
def test_in_a_string():
    """

    def setUp(self):
        def test_nested():
            pass

    def test_method(self):
        text = '''
def test_also_in_a_string():
'''
        self.assertTrue(True)

    # def test_commented(self):
    def test_second(self):
        pass
def test_after_class():
    pass

class TestMore(TestCase, object):
    def test_x(self): pass
"#;
        assert_eq!(
            scan_tests(src),
            [
                "test_first",
                "test_decorated",
                "TestThings.test_method",
                "TestThings.test_second",
                "test_after_class",
                "TestMore.test_x",
            ]
        );
    }

    #[test]
    fn nothing_to_find() {
        assert!(scan_tests("").is_empty());
        assert!(scan_tests("x = 1\n    def test_indented():\n        pass\n").is_empty());
        assert!(scan_tests("class TestX(object):\n    def test_a(self): pass\n").is_empty());
    }
}
