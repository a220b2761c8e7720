//! Kattis/ICPC problem packages, read as they are: `problem.yaml`, `data/sample`,
//! `data/secret` (nested groups too), `submissions/<verdict>/`, the default output validator's
//! flags, and the time limit from `--time-limit`, `limits.time_limit` or `.timelimit`.

use std::time::Duration;

// `problem.yaml` is read into a JSON value: the package's settings are looked up leniently,
// field by field, as the Kattis tools do, and unknown ones are ignored.
use serde_json::Value as Yaml;

use super::error::{LoadError, Problems};
use super::exercise::{Calibration, Exercise, Format, Spec, Tests, TextCase};
use super::files::Files;
use super::native::text_cases;
use crate::checker::{TextChecker, TokenOptions};
use crate::limits::Limits;

/// Time limit used when a package states none and no accepted submission can be measured.
const DEFAULT_TIME_LIMIT: f64 = 2.0;
/// Kattis' default `limits.time_multiplier`.
const DEFAULT_TIME_MULTIPLIER: f64 = 5.0;

/// Loads a Kattis package; `time_limit` (seconds, from `--time-limit`) overrides the package's.
pub fn load(files: Files, time_limit: Option<f64>) -> Result<Exercise, LoadError> {
    let root = files.display_root();
    let yaml_path = files.display("problem.yaml");
    let mut problems = Problems::default();
    let text = files
        .read("problem.yaml")
        .ok()
        .flatten()
        .unwrap_or_default();
    let yaml: Yaml = if text.iter().all(u8::is_ascii_whitespace) {
        Yaml::Null // an empty problem.yaml is valid: every setting takes its default
    } else {
        match serde_saphyr::from_slice(&text) {
            Ok(y) => y,
            Err(e) => {
                problems.push(format!("failed to parse `{yaml_path}`: {e}"));
                Yaml::Null
            }
        }
    };
    let name = files.root_name();
    let title = match yaml.get("name") {
        Some(Yaml::String(s)) => s.clone(),
        Some(Yaml::Object(m)) => m
            .get("en")
            .or_else(|| m.values().next())
            .and_then(Yaml::as_str)
            .unwrap_or(&name)
            .to_string(),
        _ => name.clone(),
    };
    let validation = yaml
        .get("validation")
        .and_then(Yaml::as_str)
        .unwrap_or("default");
    if validation.split_whitespace().next() != Some("default") {
        problems.push(format!(
            "`{yaml_path}`: `validation: {validation}` needs a custom output validator, which grind does not run yet: only `validation: default` packages are supported"
        ));
    }
    let flags = validator_flags(&yaml);
    let checker = parse_flags(&flags, &yaml_path, &mut problems);
    let (limits, calibration) = limits(&yaml, &files, time_limit, &yaml_path, &mut problems);
    let topics = yaml
        .get("keywords")
        .and_then(Yaml::as_str)
        .map(|k| k.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    if !files.exists("data") {
        problems.push(format!(
            "`{root}` has no `data/` directory: add `data/sample` and `data/secret`"
        ));
    }
    let exercise = Exercise {
        name,
        title,
        format: Format::Kattis,
        difficulty: None,
        topics,
        target_minutes: None,
        hints: Vec::new(),
        limits,
        calibration,
        spec: Spec::Stdio {
            checker: TextChecker::Tokens(checker),
        },
        files,
        min_python: None,
    };
    problems.into_result(root, exercise)
}

fn validator_flags(yaml: &Yaml) -> String {
    let raw = yaml.get("validator_flags").or_else(|| {
        yaml.get("validation")
            .and_then(|_| yaml.get("output_validator_flags"))
    });
    match raw {
        Some(Yaml::String(s)) => s.clone(),
        Some(Yaml::Array(items)) => items
            .iter()
            .filter_map(|v| match v {
                Yaml::String(s) => Some(s.clone()),
                Yaml::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

/// Parses default-validator flags (`case_sensitive float_tolerance 1e-6 ...`).
pub fn parse_flags(flags: &str, file: &str, problems: &mut Problems) -> TokenOptions {
    let mut opts = TokenOptions::default();
    let mut it = flags.split_whitespace();
    while let Some(flag) = it.next() {
        match flag {
            "case_sensitive" => opts.case_sensitive = true,
            "space_change_sensitive" => opts.space_change_sensitive = true,
            "float_tolerance" | "float_absolute_tolerance" | "float_relative_tolerance" => {
                let Some(v) = it.next().and_then(|v| v.parse::<f64>().ok()) else {
                    problems.push(format!("`{file}`: validator flag `{flag}` needs a number after it, e.g. `{flag} 1e-6`"));
                    continue;
                };
                match flag {
                    "float_tolerance" => opts = opts.with_float_tolerance(v),
                    "float_absolute_tolerance" => opts.float_absolute_tolerance = Some(v),
                    _ => opts.float_relative_tolerance = Some(v),
                }
            }
            other => problems.push(format!(
                "`{file}`: unknown validator flag `{other}`: the default validator takes case_sensitive, space_change_sensitive, float_tolerance, float_absolute_tolerance, float_relative_tolerance"
            )),
        }
    }
    opts
}

fn limits(
    yaml: &Yaml,
    files: &Files,
    over: Option<f64>,
    file: &str,
    problems: &mut Problems,
) -> (Limits, Option<Calibration>) {
    let section = yaml.get("limits");
    let num = |key: &str| section.and_then(|s| s.get(key)).and_then(Yaml::as_f64);
    let dotfile = files
        .read(".timelimit")
        .ok()
        .flatten()
        .and_then(|b| String::from_utf8_lossy(&b).trim().parse::<f64>().ok());
    let fixed = over.or_else(|| num("time_limit")).or(dotfile);
    // Without a stated limit, do what Kattis does: a multiple (default 5) of the slowest
    // accepted submission, measured on this machine (2 s if nothing can be measured).
    let calibration = fixed.is_none().then(|| Calibration {
        multiplier: num("time_multiplier").unwrap_or(DEFAULT_TIME_MULTIPLIER),
        minimum: Duration::from_secs(1),
    });
    let time = fixed.unwrap_or(DEFAULT_TIME_LIMIT);
    let mut limits = Limits::default().with_cpu(Duration::from_secs_f64(time.clamp(0.05, 600.0)));
    for (key, slot) in [
        ("memory", &mut limits.memory),
        ("output", &mut limits.output),
    ] {
        if let Some(v) = num(key) {
            if v >= 1.0 {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                {
                    *slot = (v as u64) * 1024 * 1024;
                }
            } else {
                problems.push(format!(
                    "`{file}`: `limits.{key}` must be at least 1 (MiB), found {v}"
                ));
            }
        }
    }
    (limits, calibration)
}

/// Loads `data/sample` and every group under `data/secret`, depth first in name order.
pub fn load_tests(files: &Files) -> Result<Tests, LoadError> {
    let mut problems = Problems::default();
    let mut cases = text_cases(files, "data/sample", true, &mut problems);
    secret_cases(files, "data/secret", &mut cases, &mut problems);
    if cases.is_empty() && problems.is_empty() {
        problems.push(format!(
            "`{}` has no test data under `data/`",
            files.display_root()
        ));
    }
    problems.into_result(files.display_root(), Tests::Text(cases))
}

fn secret_cases(files: &Files, dir: &str, out: &mut Vec<TextCase>, problems: &mut Problems) {
    for mut case in text_cases(files, dir, false, problems) {
        // Name hidden cases by their path under data/, e.g. `secret/group1/03`.
        let stem = case.name.rsplit('/').next().unwrap_or_default().to_string();
        case.name = format!("{}/{stem}", dir.trim_start_matches("data/"));
        out.push(case);
    }
    for e in files.list(dir) {
        if e.is_dir {
            secret_cases(files, &format!("{dir}/{}", e.name), out, problems);
        }
    }
}

/// The statement of a package, if it ships one we can show as text.
pub fn statement(files: &Files) -> Option<String> {
    for rel in [
        "problem_statement/problem.en.md",
        "problem_statement/problem.md",
        "statement/problem.en.md",
        "problem_statement/problem.en.tex",
        "problem_statement/problem.tex",
    ] {
        if let Ok(Some(b)) = files.read(rel) {
            return Some(String::from_utf8_lossy(&b).into_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Loads a package made of `yaml` and an empty `data/`.
    fn package(yaml: &str) -> Result<Exercise, LoadError> {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("pkg");
        std::fs::create_dir_all(root.join("data")).unwrap();
        std::fs::write(root.join("problem.yaml"), yaml).unwrap();
        load(Files::Disk(root), None)
    }

    #[test]
    fn problem_yaml_table() {
        type Row<'a> = (&'a str, &'a str, Option<f64>, TokenOptions, &'a str);
        let rows: &[Row] = &[
            (
                "",
                "pkg",
                None,
                TokenOptions::default(),
                "empty: every default",
            ),
            (
                "# only a comment\n",
                "pkg",
                None,
                TokenOptions::default(),
                "comments only",
            ),
            (
                "name: Hello\n",
                "Hello",
                None,
                TokenOptions::default(),
                "a name",
            ),
            (
                "name:\n  de: Hallo\n  en: Hello\n",
                "Hello",
                None,
                TokenOptions::default(),
                "names by language: English first",
            ),
            (
                "name:\n  de: Hallo\n",
                "Hallo",
                None,
                TokenOptions::default(),
                "else the first",
            ),
            (
                "name: 42\n",
                "pkg",
                None,
                TokenOptions::default(),
                "a name that is no text",
            ),
            (
                "limits:\n  time_limit: 2\n  memory: 64\n",
                "pkg",
                Some(2.0),
                TokenOptions::default(),
                "an integer time limit",
            ),
            (
                "validator_flags: [float_tolerance, 1e-6]\nlimits: {time_limit: 0.5}\n",
                "pkg",
                Some(0.5),
                TokenOptions::default().with_float_tolerance(1e-6),
                "flags as a list, with a number",
            ),
            (
                "validation: default\noutput_validator_flags: case_sensitive\n",
                "pkg",
                None,
                TokenOptions {
                    case_sensitive: true,
                    ..TokenOptions::default()
                },
                "the newer spelling of the flags",
            ),
        ];
        for (yaml, title, time, checker, msg) in rows {
            let ex = package(yaml).unwrap_or_else(|e| panic!("{msg}: {e}"));
            assert_eq!(ex.title, *title, "{msg}");
            assert_eq!(ex.calibration.is_none(), time.is_some(), "{msg}");
            if let Some(t) = time {
                assert_eq!(ex.limits.cpu, Duration::from_secs_f64(*t), "{msg}");
            }
            assert_eq!(
                ex.spec,
                Spec::Stdio {
                    checker: TextChecker::Tokens(*checker)
                },
                "{msg}"
            );
        }
        let e = package("name: [unclosed\n").unwrap_err();
        assert!(
            e.problems[0].starts_with("failed to parse `")
                && e.problems[0].contains("problem.yaml`: "),
            "{e}"
        );
        let e = package("validation: custom\n").unwrap_err();
        assert!(
            e.problems[0].contains("needs a custom output validator"),
            "{e}"
        );
    }

    #[test]
    fn flags_table() {
        let rows: &[(&str, TokenOptions, usize, &str)] = &[
            ("", TokenOptions::default(), 0, "no flags"),
            (
                "case_sensitive",
                TokenOptions {
                    case_sensitive: true,
                    ..TokenOptions::default()
                },
                0,
                "case",
            ),
            (
                "float_tolerance 1e-6",
                TokenOptions::default().with_float_tolerance(1e-6),
                0,
                "both tolerances",
            ),
            (
                "float_relative_tolerance 0.5 space_change_sensitive",
                TokenOptions {
                    space_change_sensitive: true,
                    float_relative_tolerance: Some(0.5),
                    ..TokenOptions::default()
                },
                0,
                "relative + space",
            ),
            (
                "float_tolerance",
                TokenOptions::default(),
                1,
                "missing number",
            ),
            ("ignore_case", TokenOptions::default(), 1, "unknown flag"),
        ];
        for (flags, want, n_problems, msg) in rows {
            let mut p = Problems::default();
            assert_eq!(parse_flags(flags, "p.yaml", &mut p), *want, "{msg}");
            assert_eq!(p.0.len(), *n_problems, "{msg}: {:?}", p.0);
        }
    }
}
