//! The architecture, checked: reads `src/` and fails when an import goes against the flow, so
//! the cycles the layout removed cannot come back. The layers, top to bottom:
//!
//! ```text
//! main, lib → commands → context → cli, exit → report → progress → judge → catalog
//!                                                        judge → python, sandbox, pool
//!                               catalog → checker, limits, verdict;  sandbox → limits
//! ```
//!
//! Each top-level module may name only the modules in its row of [`ALLOWED`]; the leaves name
//! nothing. A few crate-wide rules ride along: where the environment is read, where `anyhow`
//! and `unsafe` may appear, which file embeds the Python scripts, and that only `report/`
//! writes output.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Top-level module → the top-level modules it may name (`crate::X`).
const ALLOWED: &[(&str, &[&str])] = &[
    ("verdict", &[]),
    ("limits", &[]),
    ("checker", &[]),
    ("pool", &[]),
    ("python", &[]),
    ("sandbox", &["limits"]),
    ("catalog", &["checker", "limits", "verdict"]),
    (
        "judge",
        &[
            "catalog", "checker", "limits", "pool", "python", "sandbox", "verdict",
        ],
    ),
    ("progress", &["catalog", "limits", "verdict"]),
    (
        "report",
        &[
            "catalog", "checker", "judge", "limits", "progress", "python", "sandbox", "verdict",
        ],
    ),
    ("cli", &["catalog"]),
    ("exit", &["catalog", "python"]),
    (
        "context",
        &[
            "catalog", "checker", "cli", "exit", "judge", "limits", "progress", "python", "report",
            "sandbox", "verdict",
        ],
    ),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/`, with its path relative to `src/` and its text.
fn sources() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, String>) {
        for e in std::fs::read_dir(dir).expect("read src") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let rel = p
                    .strip_prefix(src())
                    .expect("under src")
                    .display()
                    .to_string();
                out.insert(rel, std::fs::read_to_string(&p).expect("read"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&src(), &mut out);
    out
}

/// The top-level module a file belongs to (`judge` for `judge/batch.rs`, `verdict` for
/// `verdict.rs`); `None` for `lib.rs` and `main.rs`, which may name anything.
fn module_of(rel: &str) -> Option<&str> {
    let first = rel.split('/').next()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib" && name != "main").then_some(name)
}

/// The code of a file without its comments.
fn code(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules a file names as `crate::X`, including inside `use crate::{X, ..}`.
fn named_modules(text: &str) -> Vec<String> {
    let code = code(text);
    let mut out = Vec::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = true;
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && (c.is_alphanumeric() || c == '_') => {
                        out.push(ident(&group[j..]));
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            out.push(ident(rest));
        }
    }
    out
}

#[test]
fn imports_follow_the_layers() {
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let mut wrong = Vec::new();
    for (rel, text) in sources() {
        let Some(module) = module_of(&rel) else {
            continue;
        };
        if module == "commands" {
            continue; // the top: commands may name anything below them
        }
        let Some(ok) = allowed.get(module) else {
            wrong.push(format!("`{rel}`: module `{module}` has no row in ALLOWED"));
            continue;
        };
        for named in named_modules(&text) {
            if named != module && !ok.contains(&named.as_str()) {
                wrong.push(format!("`{rel}` names `crate::{named}`"));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

/// Files (relative to `src/`) that `keep` selects and whose code contains `needle`.
fn files_with(needle: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
    sources()
        .into_iter()
        .filter(|(rel, text)| keep(rel) && code(text).contains(needle))
        .map(|(rel, _)| rel)
        .collect()
}

#[test]
fn inside_judge_and_sandbox_nothing_imports_the_hub() {
    // `calibrate` is a client of the judge (it times the reference); the dispatcher never
    // calls it.
    let judge = files_with("runner::", |rel| {
        rel.starts_with("judge/") && !["judge/mod.rs", "judge/calibrate.rs"].contains(&rel)
    });
    assert!(
        judge.is_empty(),
        "judge files that import the dispatcher: {judge:?}"
    );
    let sandbox = files_with("spawn::", |rel| {
        rel.starts_with("sandbox/") && rel != "sandbox/mod.rs"
    });
    assert!(
        sandbox.is_empty(),
        "sandbox files that import spawn: {sandbox:?}"
    );
}

#[test]
fn the_environment_is_read_in_context_only() {
    let readers = files_with("std::env::var", |_| true);
    assert_eq!(
        readers,
        ["context.rs", "sandbox/keeper.rs"],
        "only Context reads configuration (the keeper reads its own spec)"
    );
}

#[test]
fn anyhow_stops_at_the_commands() {
    let users = files_with("anyhow", |rel| {
        !rel.starts_with("commands/")
            && !["commands.rs", "context.rs", "exit.rs", "lib.rs", "main.rs"].contains(&rel)
    });
    assert!(
        users.is_empty(),
        "typed errors below the commands: {users:?}"
    );
}

#[test]
fn only_report_writes() {
    // `write!(f, ..)` into a formatter (a `Debug` impl) is no output.
    let writers: Vec<String> = ["writeln!", "println!", "print!(", "eprint", "write!(out"]
        .iter()
        .flat_map(|m| files_with(m, |rel| !rel.starts_with("report/") && rel != "main.rs"))
        .collect();
    assert!(
        writers.is_empty(),
        "output written outside report/: {writers:?}"
    );
}

#[test]
fn unsafe_code_stays_in_the_sandbox() {
    let users = files_with("unsafe", |rel| {
        !rel.starts_with("sandbox/") && rel != "commands/watch/keys.rs"
    });
    assert!(users.is_empty(), "unsafe outside the sandbox: {users:?}");
}

#[test]
fn one_file_embeds_the_python_scripts() {
    let embedders: Vec<String> = sources()
        .into_iter()
        .filter(|(_, text)| {
            let code = code(text);
            ["include_str!(\"", "include_bytes!(\""].iter().any(|m| {
                code.split(m)
                    .skip(1)
                    .any(|rest| rest.split('"').next().is_some_and(|p| p.ends_with(".py")))
            })
        })
        .map(|(rel, _)| rel)
        .collect();
    assert_eq!(embedders, ["python/scripts.rs"]);
}

#[test]
fn mod_files_hold_docs_mod_lines_and_re_exports_only() {
    for (rel, text) in sources() {
        if !rel.ends_with("mod.rs") {
            continue;
        }
        // Inside a re-export that rustfmt broke over several lines.
        let mut in_use = false;
        for line in code(&text).lines().map(str::trim) {
            let starts_use = line.starts_with("pub use ") || line.starts_with("pub(crate) use ");
            let ok = in_use
                || starts_use
                || line.is_empty()
                || line.starts_with("mod ")
                || line.starts_with("pub mod ")
                || line.starts_with("#[")
                || line.starts_with("#![");
            assert!(
                ok,
                "`{rel}` holds more than docs, mod lines and re-exports: {line}"
            );
            if starts_use || in_use {
                in_use = !line.ends_with(';');
            }
        }
    }
}

#[test]
fn the_scanner_reads_grouped_imports() {
    assert_eq!(
        named_modules("use crate::{checker::{A, B}, limits::L};\nlet x = crate::pool::in_order;"),
        ["checker", "limits", "pool"]
    );
    assert!(named_modules("// use crate::judge::X;").is_empty());
}
