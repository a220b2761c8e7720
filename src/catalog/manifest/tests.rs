//! `exercise.toml`: a good manifest, and one row per problem it can have.

use toml::Value;

use super::*;

const GOOD: &str = r#"
title = "Two Sum"
kind = "function"
difficulty = "easy"
topics = ["array"]
target_minutes = 15
hints = ["a", "b"]
[limits]
time = 1.5
[function]
name = "two_sum"
"#;

fn problems_of(text: &str) -> Vec<String> {
    let mut p = Problems::default();
    let _ = parse(text, "ex/exercise.toml", &mut p);
    p.0
}

#[test]
fn good_manifest_parses() {
    let mut p = Problems::default();
    let m = parse(GOOD, "ex/exercise.toml", &mut p).expect("parses");
    assert!(p.is_empty(), "{:?}", p.0);
    assert_eq!(m.title, "Two Sum");
    assert_eq!(m.limits.cpu, std::time::Duration::from_millis(1500));
    assert!(matches!(m.spec, Spec::Function(ref f) if f.entry == "two_sum" && !f.design));
}

#[test]
fn problem_table() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "[limits]\ntimout = 2",
            "unknown field `timout` in [limits]: did you mean `time`?",
            "typo in limits",
        ),
        (
            "titel = \"x\"",
            "unknown field `titel`: did you mean `title`?",
            "typo at top",
        ),
        (
            "kind = \"stdin\"",
            "field `kind` is `stdin`: use one of `stdio`, `function`, `predict`",
            "bad kind",
        ),
        (
            "difficulty = \"brutal\"",
            "use one of `easy`, `medium`, `hard`",
            "bad difficulty",
        ),
        (
            "topics = \"array\"",
            "field `topics` must be a list of strings, found string",
            "topics type",
        ),
        (
            "[limits]\ntime = -1",
            "use seconds between 0 and 60",
            "negative time",
        ),
        (
            "[function]\nname = \"f\"\nclass = \"C\"",
            "has both `name` and `class`",
            "name and class",
        ),
        (
            "[function]\nparams = [\"linked\"]\nname = \"f\"",
            "field `params` in [function] is `linked`",
            "bad param type",
        ),
        (
            "[checker]\norder = \"random\"",
            "use one of `exact`, `unordered`, `unordered-nested`",
            "bad order",
        ),
    ];
    for (patch, want, msg) in rows {
        let text = patch_manifest(patch);
        let problems = problems_of(&text);
        assert!(
            problems.iter().any(|p| p.contains(want)),
            "{msg}: {problems:?}"
        );
        assert!(
            problems.iter().all(|p| p.contains("ex/exercise.toml")),
            "{msg}: names the file"
        );
    }
}

/// Applies `patch` on top of GOOD: top-level keys replace GOOD's, tables merge.
fn patch_manifest(patch: &str) -> String {
    let mut base: Table = GOOD.parse().unwrap();
    let extra: Table = patch.parse().unwrap();
    for (k, v) in extra {
        match (base.get_mut(&k), v) {
            (Some(Value::Table(b)), Value::Table(e)) => b.extend(e),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
    toml::to_string(&base).unwrap()
}

#[test]
fn all_problems_reported_at_once() {
    let text = "title = 3\nkind = \"x\"\ncolour = 1\n[limits]\nmemroy = 2\n";
    let problems = problems_of(text);
    assert!(problems.len() >= 5, "{problems:?}");
}

#[test]
fn syntax_error_names_the_line() {
    let problems = problems_of("title = \"x\"\nkind = \n");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("failed to parse `ex/exercise.toml` (line 2)"),
        "{problems:?}"
    );
}
