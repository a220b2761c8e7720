//! Loading exercises in the native format (`exercise.toml` + files), embedded or on disk.

use serde::de::IgnoredAny;
use serde_json::value::RawValue;

use super::error::{LoadError, Problems};
use super::exercise::{Exercise, Format, Kind, Spec, Tests, TextCase, ValueCase};
use super::files::Files;
use super::manifest;
use super::shared::{Bytes, Text};
use super::text::read_text;

/// Loads and validates the metadata of the exercise in `files`. Test data is checked by
/// [`load_tests`].
pub fn load(files: Files) -> Result<Exercise, LoadError> {
    let root = files.display_root();
    let name = files.root_name();
    let mut problems = Problems::default();
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        problems.push(format!(
            "`{root}`: directory name `{name}` is not a valid exercise name: use lowercase letters, digits and `-`"
        ));
    }
    let toml_path = files.display("exercise.toml");
    let text = match files.read("exercise.toml") {
        Ok(Some(bytes)) => String::from_utf8(bytes).ok().or_else(|| {
            problems.push(format!("`{toml_path}` is not valid UTF-8"));
            None
        }),
        Ok(None) => {
            problems.push(format!(
                "`{root}` has no `exercise.toml` (nor `problem.yaml`): add one, see docs/FORMAT.md"
            ));
            None
        }
        Err(e) => {
            problems.push(format!("failed to read `{toml_path}`: {e}"));
            None
        }
    };
    let manifest = text.and_then(|t| manifest::parse(&t, &toml_path, &mut problems));
    let required: &[&str] = match manifest.as_ref().map(|m| m.spec.kind()) {
        Some(Kind::Predict) => &["prompt.md", "starter.py", "expected.txt", "explanation.md"],
        Some(Kind::Module) => &[
            "prompt.md",
            "starter.py",
            "solution.py",
            "tests/sample.py",
            "tests/hidden.py",
        ],
        Some(Kind::Sql) => &["prompt.md", "schema.sql", "starter.sql", "solution.sql"],
        Some(_) => &["prompt.md", "starter.py", "solution.py"],
        None => &["prompt.md", "starter.py"],
    };
    for file in required {
        if !files.exists(file) {
            problems.push(format!(
                "`{root}` is missing `{file}`: see docs/FORMAT.md for what it holds"
            ));
        }
    }
    let Some(m) = manifest else {
        return Err(LoadError {
            root,
            problems: problems.0,
        });
    };
    let exercise = Exercise {
        name,
        title: m.title,
        format: Format::Native,
        difficulty: Some(m.difficulty),
        topics: m.topics,
        target_minutes: Some(m.target_minutes),
        hints: m.hints,
        limits: m.limits,
        calibration: m.calibration,
        spec: m.spec,
        files,
        min_python: m.min_python,
    };
    problems.into_result(root, exercise)
}

/// Loads and validates the test data of a native exercise.
pub fn load_tests(ex: &Exercise) -> Result<Tests, LoadError> {
    let files = &ex.files;
    let mut problems = Problems::default();
    let tests = match &ex.spec {
        Spec::Stdio { .. } => {
            let mut cases = text_cases(files, "tests/sample", true, &mut problems);
            cases.extend(text_cases(files, "tests/hidden", false, &mut problems));
            if cases.is_empty() && problems.is_empty() {
                problems.push(format!(
                    "`{}` has no tests: add `tests/sample/*.in|.ans` and `tests/hidden/*.in|.ans`",
                    files.display_root()
                ));
            }
            Tests::Text(cases)
        }
        Spec::Function(f) => {
            let mut cases = value_cases(files, "tests/sample.jsonl", true, f, &mut problems);
            cases.extend(value_cases(
                files,
                "tests/hidden.jsonl",
                false,
                f,
                &mut problems,
            ));
            if cases.is_empty() && problems.is_empty() {
                problems.push(format!(
                    "`{}` has no tests: add `tests/sample.jsonl` and `tests/hidden.jsonl`",
                    files.display_root()
                ));
            }
            Tests::Values(cases)
        }
        Spec::Module(_) => Tests::Module(super::module::load_tests(files, &mut problems)),
        Spec::Sql(_) => Tests::Sql(super::sql::load_tests(files, &mut problems)),
        Spec::Predict => {
            let snippet = read_text(files, "starter.py", &mut problems).unwrap_or_default();
            let expected = read_text(files, "expected.txt", &mut problems).unwrap_or_default();
            let explanation = read_text(files, "explanation.md", &mut problems).unwrap_or_default();
            Tests::Predict {
                snippet,
                expected,
                explanation,
            }
        }
    };
    problems.into_result(files.display_root(), tests)
}

/// Pairs `*.in` with `*.ans` in one directory.
pub fn text_cases(
    files: &Files,
    dir: &str,
    sample: bool,
    problems: &mut Problems,
) -> Vec<TextCase> {
    let entries = files.list(dir);
    let mut cases = Vec::new();
    for e in entries.iter().filter(|e| !e.is_dir) {
        if let Some(stem) = e.name.strip_suffix(".in") {
            let ans = format!("{dir}/{stem}.ans");
            let input = files
                .read(&format!("{dir}/{}", e.name))
                .ok()
                .flatten()
                .unwrap_or_default();
            match files.read(&ans) {
                Ok(Some(answer)) => cases.push(TextCase {
                    name: format!("{}/{stem}", dir.rsplit('/').next().unwrap_or(dir)),
                    sample,
                    input: input.into(),
                    answer: answer.into(),
                }),
                _ => problems.push(format!(
                    "`{}` has no `{stem}.ans`: generate it with the reference solution",
                    files.display(&format!("{dir}/{}", e.name))
                )),
            }
        } else if let Some(stem) = e.name.strip_suffix(".ans")
            && !entries.iter().any(|x| x.name == format!("{stem}.in"))
        {
            problems.push(format!(
                "`{}` has no matching `{stem}.in`: add the input or remove the answer",
                files.display(&format!("{dir}/{}", e.name))
            ));
        }
    }
    cases
}

/// One line of `sample.jsonl` / `hidden.jsonl`, borrowed from the file's text: one pass of
/// the parser checks the whole line and splits the arguments, without building any value.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Line<'a> {
    #[serde(borrow)]
    args: Option<Vec<&'a RawValue>>,
    #[serde(borrow)]
    expected: Option<&'a RawValue>,
    #[serde(borrow)]
    name: Option<&'a RawValue>,
}

fn value_cases(
    files: &Files,
    rel: &str,
    sample: bool,
    spec: &super::exercise::FunctionSpec,
    problems: &mut Problems,
) -> Vec<ValueCase> {
    let Ok(Some(bytes)) = files.read(rel) else {
        return Vec::new();
    };
    // The cases are ranges of the file's text where it is UTF-8 and compact (as the
    // generators write it), copies only where a line had to be rewritten.
    let shared = Bytes::owned(bytes);
    let text = String::from_utf8_lossy(&shared);
    let view = |part: &str| match &text {
        std::borrow::Cow::Borrowed(_) => Text::slice_ref(&shared, part),
        std::borrow::Cow::Owned(_) => None,
    };
    let shown = files.display(rel);
    let group = if sample { "sample" } else { "hidden" };
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("`{shown}` line {}", i + 1);
        // Valid JSON but not an object (a derived struct would take a list as its fields).
        if !line.trim_start().starts_with('{') && serde_json::from_str::<IgnoredAny>(line).is_ok() {
            problems.push(format!("{at}: {NOT_AN_OBJECT}"));
            continue;
        }
        let parsed = match serde_json::from_str::<Line<'_>>(line) {
            Ok(l) => l,
            Err(e) => {
                problems.push(format!("{at}: {}", line_problem(&e)));
                continue;
            }
        };
        let (Some(args), Some(expected)) = (parsed.args, parsed.expected) else {
            problems.push(format!(
                "{at}: needs both `args` (a list of arguments) and `expected`"
            ));
            continue;
        };
        if let Some(why) = args_problem(&args, spec) {
            problems.push(format!("{at}: {why}"));
            continue;
        }
        let given = parsed
            .name
            .and_then(|n| serde_json::from_str::<String>(n.get()).ok());
        let name = given.map_or_else(
            || format!("{group}/{}", cases.len() + 1),
            // A name like `sample-2` in sample.jsonl is shown as `sample/2`, not `sample/sample-2`.
            |n| {
                let short = n
                    .strip_prefix(group)
                    .and_then(|r| r.strip_prefix(['-', '_', '/']))
                    .unwrap_or(&n);
                format!("{group}/{short}")
            },
        );
        let args = list_text(line, &args)
            .filter(|t| is_compact(t))
            .and_then(view)
            .unwrap_or_else(|| compact_list(&args).into());
        let expected = Some(expected.get())
            .filter(|t| is_compact(t))
            .and_then(view)
            .unwrap_or_else(|| compact(expected).into());
        cases.push(ValueCase {
            name,
            sample,
            args,
            expected,
        });
    }
    cases
}

const NOT_AN_OBJECT: &str = "each line must be a JSON object {\"args\": [...], \"expected\": ...}";

/// What is wrong with a line the parser refused, in the catalog's words.
fn line_problem(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    if !e.is_data() {
        return format!("invalid JSON: {e}");
    }
    if let Some(rest) = msg.strip_prefix("unknown field `")
        && let Some((key, _)) = rest.split_once('`')
    {
        return format!("unknown key `{key}`: use `args`, `expected` and optionally `name`");
    }
    if msg.contains("expected a sequence") {
        return "`args` must be a list of positional arguments".into();
    }
    if msg.contains("expected struct Line") {
        return NOT_AN_OBJECT.into();
    }
    msg
}

/// Whether JSON text has no whitespace at all (test data written by `tools/gen/genlib.py`
/// never has), so it is already compact.
fn is_compact(text: &str) -> bool {
    memchr::memchr3(b' ', b'\t', b'\r', text.as_bytes()).is_none()
}

/// The text of the whole argument list in `line`, from the `[` before its first item to the
/// `]` after its last, when the items are separated by single commas (then that text is the
/// list, compact if it has no whitespace).
fn list_text<'a>(line: &'a str, items: &[&RawValue]) -> Option<&'a str> {
    let offset = |part: &str| (part.as_ptr() as usize).checked_sub(line.as_ptr() as usize);
    let (first, last) = (items.first()?.get(), items.last()?.get());
    let start = offset(first)?.checked_sub(1)?;
    let end = offset(last)? + last.len() + 1;
    let inner = items.iter().map(|i| i.get().len() + 1).sum::<usize>() - 1;
    let whole = line.get(start..end)?;
    (whole.len() == inner + 2 && whole.starts_with('[') && whole.ends_with(']')).then_some(whole)
}

/// A value's JSON text without whitespace outside its strings: the text itself when it has
/// no whitespace at all, else written again compactly.
fn compact(raw: &RawValue) -> String {
    let text = raw.get();
    if is_compact(text) {
        return text.to_string();
    }
    serde_json::from_str::<serde_json::Value>(text)
        .map_or_else(|_| text.to_string(), |v| v.to_string())
}

/// [`compact`] of a list from its items.
fn compact_list(items: &[&RawValue]) -> String {
    let mut out = String::with_capacity(items.iter().map(|a| a.get().len() + 1).sum::<usize>() + 2);
    out.push('[');
    for (k, item) in items.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        out.push_str(&compact(item));
    }
    out.push(']');
    out
}

/// Why `args` is not a valid argument list for `spec`, read from the JSON text of its items
/// without building their values.
fn args_problem(list: &[&RawValue], spec: &super::exercise::FunctionSpec) -> Option<String> {
    if spec.design {
        let ops = list
            .first()
            .and_then(|v| serde_json::from_str::<Vec<&RawValue>>(v.get()).ok());
        let op_args = list
            .get(1)
            .and_then(|v| serde_json::from_str::<Vec<&RawValue>>(v.get()).ok());
        let (Some(ops), Some(op_args)) = (ops, op_args) else {
            return Some("a design case's `args` must be [operations, arguments]".into());
        };
        if list.len() != 2 || ops.len() != op_args.len() || ops.is_empty() {
            return Some(
                "operations and arguments must be two lists of the same, non-zero length".into(),
            );
        }
        let names: Vec<Option<String>> = ops
            .iter()
            .map(|o| serde_json::from_str::<String>(o.get()).ok())
            .collect();
        if names[0].as_deref() != Some(spec.entry.as_str()) {
            return Some(format!(
                "the first operation must be the class name `{}`",
                spec.entry
            ));
        }
        if !names.iter().all(Option::is_some) || !op_args.iter().all(|a| a.get().starts_with('[')) {
            return Some("operations must be strings and each argument entry a list".into());
        }
    } else if !spec.params.is_empty() && spec.params.len() != list.len() {
        return Some(format!(
            "`args` has {} argument(s) but [function] params lists {}",
            list.len(),
            spec.params.len()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::exercise::{FunctionSpec, ValueType};

    fn spec(design: bool, params: usize) -> FunctionSpec {
        FunctionSpec {
            entry: "Counter".into(),
            design,
            params: vec![ValueType::Any; params],
            returns: ValueType::Any,
            checker: crate::checker::ValueOptions::default(),
        }
    }

    fn load(lines: &str, spec: &FunctionSpec) -> (Vec<ValueCase>, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("hidden.jsonl"), lines).unwrap();
        let files = Files::Disk(dir.path().to_path_buf());
        let mut problems = Problems::default();
        let cases = value_cases(&files, "hidden.jsonl", false, spec, &mut problems);
        (cases, problems.0)
    }

    #[test]
    fn values_are_kept_as_compact_json_text() {
        let (cases, problems) = load(
            "{\"args\":[[1,2,3],9],\"expected\":[0,1]}\n\
             { \"name\": \"hidden-big\", \"args\": [ [1, 2], \"a b\\\" c\" ],\n\
             \"expected\": {\"k\": [1.50, 10000000000000000000001]} }\n",
            &spec(false, 2),
        );
        // The second object spans two lines, so it is two invalid lines.
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(cases.len(), 1);
        assert_eq!(cases[0].args, "[[1,2,3],9]");

        let (cases, problems) = load(
            "{ \"name\": \"hidden-big\", \"args\": [ [1, 2], \"a b\\\" c\" ], \"expected\": {\"k\": [1.50, 10000000000000000000001]} }\n",
            &spec(false, 2),
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(cases[0].name, "hidden/big");
        // Whitespace outside strings goes, inside strings it stays; numbers keep their text.
        assert_eq!(cases[0].args, "[[1,2],\"a b\\\" c\"]");
        assert_eq!(cases[0].expected, "{\"k\":[1.50,10000000000000000000001]}");
        assert_eq!(
            cases[0].expected_value(),
            serde_json::from_str::<serde_json::Value>("{\"k\": [1.50, 10000000000000000000001]}")
                .unwrap()
        );
    }

    #[test]
    fn bad_lines_are_named_and_skipped() {
        let (cases, problems) = load(
            "[1, 2]\n\
             {\"args\": [1, 2], \"expected\": 1, \"extra\": 0}\n\
             {\"args\": 5, \"expected\": 1}\n\
             {\"args\": [1, 2]}\n\
             {\"args\": [1, 2], \"expected\": nul}\n\
             {\"args\": [1, 2], \"expected\": 3}\n\
             {\"args\": [1], \"expected\": 1}\n",
            &spec(false, 2),
        );
        assert_eq!(cases.len(), 1);
        assert_eq!(cases[0].name, "hidden/1");
        assert_eq!(problems.len(), 6, "{problems:?}");
        let all = problems.join("\n");
        for (line, what) in [
            (1, "must be a JSON object"),
            (
                2,
                "unknown key `extra`: use `args`, `expected` and optionally `name`",
            ),
            (3, "`args` must be a list"),
            (4, "needs both `args`"),
            (5, "invalid JSON"),
            (7, "`args` has 1 argument(s) but [function] params lists 2"),
        ] {
            assert!(
                problems
                    .iter()
                    .any(|p| p.contains(&format!("line {line}:")) && p.contains(what)),
                "line {line}: {what}\n{all}"
            );
        }
    }

    #[test]
    fn design_cases_are_checked_from_the_text() {
        let s = spec(true, 0);
        let (cases, problems) = load(
            "{\"args\": [[\"Counter\", \"add\"], [[], [1]]], \"expected\": [null, 1]}\n\
             {\"args\": [[\"Other\", \"add\"], [[], [1]]], \"expected\": [null, 1]}\n\
             {\"args\": [[\"Counter\", 3], [[], [1]]], \"expected\": [null, 1]}\n\
             {\"args\": [[\"Counter\", \"add\"], [[], 1]], \"expected\": [null, 1]}\n\
             {\"args\": [[\"Counter\"], [[], [1]]], \"expected\": [null, 1]}\n",
            &s,
        );
        assert_eq!(cases.len(), 1, "{problems:?}");
        assert!(problems[0].contains("line 2:") && problems[0].contains("class name `Counter`"));
        assert!(problems[1].contains("line 3:") && problems[1].contains("must be strings"));
        assert!(problems[2].contains("line 4:") && problems[2].contains("must be strings"));
        assert!(problems[3].contains("line 5:") && problems[3].contains("same, non-zero length"));
    }
}
