//! The tests of a `sql` exercise: `schema.sql`, and per test `tests/<group>/<case>.sql` (the
//! rows it inserts) with `tests/<group>/<case>.json` (the rows expected).

use serde_json::Value;

use super::error::Problems;
use super::exercise::{SqlCase, SqlTests};
use super::files::Files;
use super::text::read_text;
use crate::checker::Rows;

/// Loads the schema and every test, recording each problem.
pub fn load_tests(files: &Files, problems: &mut Problems) -> SqlTests {
    let schema = read_text(files, "schema.sql", problems).unwrap_or_default();
    let mut cases = cases(files, "sample", problems);
    cases.extend(self::cases(files, "hidden", problems));
    if cases.is_empty() && problems.is_empty() {
        problems.push(format!(
            "`{}` has no tests: add `tests/sample/<case>.sql` + `<case>.json` and `tests/hidden/...`",
            files.display_root()
        ));
    }
    SqlTests { schema, cases }
}

fn cases(files: &Files, group: &str, problems: &mut Problems) -> Vec<SqlCase> {
    let dir = format!("tests/{group}");
    let entries = files.list(&dir);
    let mut out = Vec::new();
    for e in entries.iter().filter(|e| !e.is_dir) {
        let shown = files.display(&format!("{dir}/{}", e.name));
        if let Some(stem) = e.name.strip_suffix(".sql") {
            let json = format!("{dir}/{stem}.json");
            let data = read_text(files, &format!("{dir}/{}", e.name), problems);
            let Ok(Some(bytes)) = files.read(&json) else {
                problems.push(format!(
                    "`{shown}` has no `{stem}.json`: generate the expected rows with the reference query"
                ));
                continue;
            };
            let expected = serde_json::from_slice::<Value>(&bytes)
                .map_err(|e| format!("invalid JSON: {e}"))
                .and_then(|v| Rows::from_json(&v));
            match (data, expected) {
                (Some(data), Ok(expected)) => out.push(SqlCase {
                    name: format!("{group}/{stem}"),
                    sample: group == "sample",
                    data,
                    expected,
                }),
                (_, Err(why)) => problems.push(format!("`{}`: {why}", files.display(&json))),
                (None, Ok(_)) => {}
            }
        } else if let Some(stem) = e.name.strip_suffix(".json") {
            if !entries.iter().any(|x| x.name == format!("{stem}.sql")) {
                problems.push(format!(
                    "`{shown}` has no matching `{stem}.sql`: add the test's data or remove the expected rows"
                ));
            }
        } else {
            problems.push(format!(
                "`{shown}`: a test is `<case>.sql` (its data) and `<case>.json` (the rows expected): rename or remove this file"
            ));
        }
    }
    out
}
