//! Parsing and validating `exercise.toml` into checked settings.
//!
//! The file is read as a TOML table and every field is checked by hand rather than through
//! `serde(deny_unknown_fields)`, so that one pass reports every unknown field, wrong type and
//! bad value, each with a fix.

use toml::Table;

use super::error::Problems;
use super::exercise::{
    Calibration, Difficulty, FunctionSpec, Kind, ModuleSpec, Spec, SqlSpec, ValueType,
};
use super::fields::Fields;
use crate::checker::{Order, RowOptions, TextChecker, TokenOptions, ValueOptions};
use crate::limits::Limits;

/// The validated contents of `exercise.toml`.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub title: String,
    pub difficulty: Difficulty,
    pub topics: Vec<String>,
    pub target_minutes: u32,
    pub hints: Vec<String>,
    pub limits: Limits,
    pub calibration: Option<Calibration>,
    pub spec: Spec,
    pub min_python: Option<(u32, u32)>,
}

const TOP: &[&str] = &[
    "title",
    "kind",
    "difficulty",
    "topics",
    "target_minutes",
    "hints",
    "limits",
    "function",
    "module",
    "sql",
    "checker",
    "min_python",
];
const LIMITS: &[&str] = &["time", "time_multiplier", "memory", "output"];
const FUNCTION: &[&str] = &["name", "class", "params", "returns"];
const CHECKER_STDIO: &[&str] = &[
    "mode",
    "case_sensitive",
    "space_change_sensitive",
    "float_tolerance",
    "float_absolute_tolerance",
    "float_relative_tolerance",
];
const CHECKER_FUNCTION: &[&str] = &["order", "float_tolerance"];
const MODULE: &[&str] = &["name"];
const SQL: &[&str] = &["check"];
const CHECKER_SQL: &[&str] = &["order", "column_names", "float_tolerance"];

/// Parses `exercise.toml` text; `file` is the path shown in messages.
pub fn parse(text: &str, file: &str, problems: &mut Problems) -> Option<Manifest> {
    let table: Table = match text.parse() {
        Ok(t) => t,
        Err(e) => {
            let msg = e.message().to_string();
            let at = e
                .span()
                .map(|s| line_of(text, s.start))
                .map_or(String::new(), |l| format!(" (line {l})"));
            problems.push(format!("failed to parse `{file}`{at}: {msg}"));
            return None;
        }
    };
    let mut f = Fields {
        table: &table,
        section: "",
        file,
        problems,
    };
    f.unknown(TOP);
    let title = f.string("title");
    if title.is_none() && !table.contains_key("title") {
        f.missing("title", "\"Two Sum\"");
    }
    let kind = if let Some(k) = f.string("kind") {
        Kind::parse(&k).or_else(|| {
            f.bad_value("kind", &k, &Kind::ALL.map(Kind::as_str));
            None
        })
    } else {
        if !table.contains_key("kind") {
            f.missing("kind", "\"function\"");
        }
        None
    };
    let difficulty = if let Some(d) = f.string("difficulty") {
        Difficulty::parse(&d).or_else(|| {
            f.bad_value("difficulty", &d, &Difficulty::ALL.map(Difficulty::as_str));
            None
        })
    } else {
        if !table.contains_key("difficulty") {
            f.missing("difficulty", "\"easy\"");
        }
        None
    };
    let topics = f.strings("topics").unwrap_or_default();
    if topics.is_empty() && !table.contains_key("topics") {
        f.missing("topics", "[\"array\", \"hashing\"]");
    }
    for t in topics.iter().filter(|t| !super::topics::is_topic(t)) {
        f.unknown_topic(t);
    }
    let target = f.uint("target_minutes");
    if !table.contains_key("target_minutes") {
        f.missing("target_minutes", "20");
    }
    let hints = f.strings("hints").unwrap_or_default();
    let min_python = f.string("min_python").and_then(|v| {
        let parsed = v
            .split_once('.')
            .and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?)))
            .filter(|&(a, b)| a == 3 && b >= 8);
        if parsed.is_none() {
            f.bad_value("min_python", &v, &["3.9", "3.10", "3.11", "3.12", "3.13"]);
        }
        parsed.filter(|&v| v > (3, 8))
    });
    let limits_table = f.sub("limits");
    let function_table = f.sub("function");
    let module_table = f.sub("module");
    let sql_table = f.sub("sql");
    let checker_table = f.sub("checker");

    let (limits, calibration) = parse_limits(limits_table.as_ref(), file, problems);
    let spec = kind.and_then(|k| {
        for (section, table, owner) in [
            ("module", &module_table, Kind::Module),
            ("sql", &sql_table, Kind::Sql),
        ] {
            if k != owner && table.is_some() {
                problems.push(format!(
                    "`{file}`: [{section}] is only for kind = \"{section}\": remove it"
                ));
            }
        }
        if matches!(k, Kind::Module | Kind::Sql) && function_table.is_some() {
            problems.push(format!(
                "`{file}`: [function] is only for kind = \"function\": remove it"
            ));
        }
        match k {
            Kind::Module => Some(parse_module(
                module_table.as_ref(),
                checker_table.as_ref(),
                file,
                problems,
            )),
            Kind::Sql => Some(parse_sql(
                sql_table.as_ref(),
                checker_table.as_ref(),
                file,
                problems,
            )),
            _ => parse_spec(
                k,
                function_table.as_ref(),
                checker_table.as_ref(),
                file,
                problems,
            ),
        }
    });
    Some(Manifest {
        title: title?,
        difficulty: difficulty?,
        topics,
        target_minutes: u32::try_from(target?).unwrap_or(u32::MAX),
        hints,
        limits,
        calibration,
        spec: spec?,
        min_python,
    })
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn parse_limits(
    t: Option<&Table>,
    file: &str,
    problems: &mut Problems,
) -> (Limits, Option<Calibration>) {
    let mut limits = Limits::default();
    let Some(t) = t else { return (limits, None) };
    let mut f = Fields {
        table: t,
        section: "limits",
        file,
        problems,
    };
    f.unknown(LIMITS);
    if let Some(time) = f.float("time") {
        if time > 0.0 && time <= 60.0 {
            limits = limits.with_cpu(std::time::Duration::from_secs_f64(time));
        } else {
            let msg = format!(
                "`{file}`: field `time` in [limits] is {time}: use seconds between 0 and 60"
            );
            f.problems.push(msg);
        }
    }
    let mut calibration = None;
    if let Some(m) = f.float("time_multiplier") {
        if (1.0..=100.0).contains(&m) {
            let minimum = if t.contains_key("time") {
                limits.cpu
            } else {
                std::time::Duration::from_secs(1)
            };
            calibration = Some(Calibration {
                multiplier: m,
                minimum,
            });
        } else {
            let msg = format!(
                "`{file}`: field `time_multiplier` in [limits] is {m}: use a factor between 1 and 100"
            );
            f.problems.push(msg);
        }
    }
    if let Some(m) = f.uint("memory") {
        limits.memory = m * 1024 * 1024;
    }
    if let Some(o) = f.uint("output") {
        limits.output = o * 1024 * 1024;
    }
    (limits, calibration)
}

fn parse_spec(
    kind: Kind,
    function: Option<&Table>,
    checker: Option<&Table>,
    file: &str,
    problems: &mut Problems,
) -> Option<Spec> {
    if kind != Kind::Function && function.is_some() {
        problems.push(format!(
            "`{file}`: [function] is only for kind = \"function\": remove it"
        ));
    }
    match kind {
        Kind::Module | Kind::Sql => None,
        Kind::Predict => {
            if checker.is_some() {
                problems.push(format!(
                    "`{file}`: [checker] does not apply to kind = \"predict\": remove it"
                ));
            }
            Some(Spec::Predict)
        }
        Kind::Stdio => Some(Spec::Stdio {
            checker: parse_text_checker(checker, file, problems),
        }),
        Kind::Function => {
            let empty = Table::new();
            let mut f = Fields {
                table: function.unwrap_or(&empty),
                section: "function",
                file,
                problems,
            };
            if function.is_none() {
                let msg = format!(
                    "`{file}`: kind = \"function\" needs a [function] table with `name` (or `class`)"
                );
                f.problems.push(msg);
                return None;
            }
            f.unknown(FUNCTION);
            let name = f.string("name");
            let class = f.string("class");
            let (entry, design) = match (name, class) {
                (Some(n), None) => (n, false),
                (None, Some(c)) => (c, true),
                (Some(_), Some(_)) => {
                    let msg = format!("`{file}`: [function] has both `name` and `class`: keep one");
                    f.problems.push(msg);
                    return None;
                }
                (None, None) => {
                    f.missing("name", "\"two_sum\"");
                    return None;
                }
            };
            let mut params = Vec::new();
            for p in f.strings("params").unwrap_or_default() {
                match ValueType::parse(&p) {
                    Some(t) => params.push(t),
                    None => f.bad_value("params", &p, &ValueType::ALL.map(ValueType::as_str)),
                }
            }
            let returns = match f.string("returns") {
                Some(r) => ValueType::parse(&r).unwrap_or_else(|| {
                    f.bad_value("returns", &r, &ValueType::ALL.map(ValueType::as_str));
                    ValueType::Any
                }),
                None => ValueType::Any,
            };
            if design && (!params.is_empty() || returns != ValueType::Any) {
                let msg = format!(
                    "`{file}`: `params`/`returns` do not apply to a design problem (`class`): remove them"
                );
                f.problems.push(msg);
            }
            Some(Spec::Function(FunctionSpec {
                entry,
                design,
                params,
                returns,
                checker: parse_value_checker(checker, file, problems),
            }))
        }
    }
}

fn parse_module(
    module: Option<&Table>,
    checker: Option<&Table>,
    file: &str,
    problems: &mut Problems,
) -> Spec {
    if checker.is_some() {
        problems.push(format!(
            "`{file}`: [checker] does not apply to kind = \"module\" (the tests decide): remove it"
        ));
    }
    let mut name = "solution".to_string();
    if let Some(t) = module {
        let mut f = Fields {
            table: t,
            section: "module",
            file,
            problems,
        };
        f.unknown(MODULE);
        if let Some(n) = f.string("name") {
            let reserved =
                n.starts_with("grind") || n.starts_with("_grind") || n.starts_with("tests_");
            let identifier = n
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if identifier && !reserved {
                name = n;
            } else {
                let msg = format!(
                    "`{file}`: field `name` in [module] is `{n}`: use a Python identifier (letters, digits, `_`) that does not start with `grind` or `tests_`"
                );
                f.problems.push(msg);
            }
        }
    }
    Spec::Module(ModuleSpec { name })
}

fn parse_sql(
    sql: Option<&Table>,
    checker: Option<&Table>,
    file: &str,
    problems: &mut Problems,
) -> Spec {
    let mut check = None;
    if let Some(t) = sql {
        let mut f = Fields {
            table: t,
            section: "sql",
            file,
            problems,
        };
        f.unknown(SQL);
        if let Some(c) = f.string("check") {
            if c.trim().is_empty() {
                let msg = format!(
                    "`{file}`: field `check` in [sql] is empty: give the query whose rows are judged, e.g. `check = \"SELECT * FROM person ORDER BY id\"`"
                );
                f.problems.push(msg);
            } else {
                check = Some(c);
            }
        }
    }
    let mut opts = RowOptions::default();
    if let Some(t) = checker {
        let mut f = Fields {
            table: t,
            section: "checker",
            file,
            problems,
        };
        f.unknown(CHECKER_SQL);
        if let Some(x) = f.float("float_tolerance") {
            opts.float_tolerance = x;
        }
        if let Some(b) = f.boolean("column_names") {
            opts.column_names = b;
        }
        match f.string("order").as_deref() {
            None | Some("unordered") => {}
            Some("exact") => opts.exact_order = true,
            Some(other) => f.bad_value("order", other, &["unordered", "exact"]),
        }
    }
    Spec::Sql(SqlSpec {
        check,
        checker: opts,
    })
}

fn parse_text_checker(t: Option<&Table>, file: &str, problems: &mut Problems) -> TextChecker {
    let mut opts = TokenOptions {
        case_sensitive: true,
        ..TokenOptions::default()
    };
    let Some(t) = t else {
        return TextChecker::Tokens(opts);
    };
    let mut f = Fields {
        table: t,
        section: "checker",
        file,
        problems,
    };
    f.unknown(CHECKER_STDIO);
    if let Some(b) = f.boolean("case_sensitive") {
        opts.case_sensitive = b;
    }
    if let Some(b) = f.boolean("space_change_sensitive") {
        opts.space_change_sensitive = b;
    }
    if let Some(x) = f.float("float_tolerance") {
        opts = opts.with_float_tolerance(x);
    }
    if let Some(x) = f.float("float_absolute_tolerance") {
        opts.float_absolute_tolerance = Some(x);
    }
    if let Some(x) = f.float("float_relative_tolerance") {
        opts.float_relative_tolerance = Some(x);
    }
    match f.string("mode").as_deref() {
        None | Some("tokens") => TextChecker::Tokens(opts),
        Some("lines") => TextChecker::Lines,
        Some(other) => {
            f.bad_value("mode", other, &["tokens", "lines"]);
            TextChecker::Tokens(opts)
        }
    }
}

fn parse_value_checker(t: Option<&Table>, file: &str, problems: &mut Problems) -> ValueOptions {
    let mut opts = ValueOptions::default();
    let Some(t) = t else { return opts };
    let mut f = Fields {
        table: t,
        section: "checker",
        file,
        problems,
    };
    f.unknown(CHECKER_FUNCTION);
    if let Some(x) = f.float("float_tolerance") {
        opts.float_tolerance = x;
    }
    match f.string("order").as_deref() {
        None | Some("exact") => {}
        Some("unordered") => opts.order = Order::Unordered,
        Some("unordered-nested") => opts.order = Order::UnorderedNested,
        Some(other) => f.bad_value("order", other, &["exact", "unordered", "unordered-nested"]),
    }
    opts
}

#[cfg(test)]
mod tests;
