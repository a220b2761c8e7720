//! Loading exercises in the native format (`exercise.toml` + files), embedded or on disk.

use serde_json::Value;

use super::error::{LoadError, Problems};
use super::exercise::{Exercise, Format, Kind, Spec, Tests, TextCase, ValueCase};
use super::files::Files;
use super::manifest;
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
                    input,
                    answer,
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
    let text = String::from_utf8_lossy(&bytes);
    let shown = files.display(rel);
    let group = if sample { "sample" } else { "hidden" };
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("`{shown}` line {}", i + 1);
        let mut obj = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(o)) => o,
            Ok(_) => {
                problems.push(format!(
                    "{at}: each line must be a JSON object {{\"args\": [...], \"expected\": ...}}"
                ));
                continue;
            }
            Err(e) => {
                problems.push(format!("{at}: invalid JSON: {e}"));
                continue;
            }
        };
        for key in obj.keys() {
            if !["args", "expected", "name"].contains(&key.as_str()) {
                problems.push(format!(
                    "{at}: unknown key `{key}`: use `args`, `expected` and optionally `name`"
                ));
            }
        }
        let (Some(args), Some(_)) = (obj.get("args"), obj.get("expected")) else {
            problems.push(format!(
                "{at}: needs both `args` (a list of arguments) and `expected`"
            ));
            continue;
        };
        if let Some(why) = args_problem(args, spec) {
            problems.push(format!("{at}: {why}"));
            continue;
        }
        let name = obj.get("name").and_then(Value::as_str).map_or_else(
            || format!("{group}/{}", cases.len() + 1),
            // A name like `sample-2` in sample.jsonl is shown as `sample/2`, not `sample/sample-2`.
            |n| {
                let short = n
                    .strip_prefix(group)
                    .and_then(|r| r.strip_prefix(['-', '_', '/']))
                    .unwrap_or(n);
                format!("{group}/{short}")
            },
        );
        // Moved out, not cloned: the test data of a large exercise is megabytes.
        let args = obj.remove("args").unwrap_or_default();
        let expected = obj.remove("expected").unwrap_or_default();
        cases.push(ValueCase {
            name,
            sample,
            args,
            expected,
        });
    }
    cases
}

fn args_problem(args: &Value, spec: &super::exercise::FunctionSpec) -> Option<String> {
    let Some(list) = args.as_array() else {
        return Some("`args` must be a list of positional arguments".into());
    };
    if spec.design {
        let ops = list.first().and_then(Value::as_array);
        let op_args = list.get(1).and_then(Value::as_array);
        let (Some(ops), Some(op_args)) = (ops, op_args) else {
            return Some("a design case's `args` must be [operations, arguments]".into());
        };
        if list.len() != 2 || ops.len() != op_args.len() || ops.is_empty() {
            return Some(
                "operations and arguments must be two lists of the same, non-zero length".into(),
            );
        }
        if ops[0].as_str() != Some(spec.entry.as_str()) {
            return Some(format!(
                "the first operation must be the class name `{}`",
                spec.entry
            ));
        }
        if !ops.iter().all(Value::is_string) || !op_args.iter().all(Value::is_array) {
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
