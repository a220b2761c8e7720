//! Comparison of the rows a `sql` query returned with the expected rows.
//!
//! Values are typed as `SQLite` types them: `NULL`, integers, reals, text and blobs. Two
//! integers compare exactly; an integer and a real, or two reals, compare as numbers within
//! the tolerance (relative or absolute, as Python's `math.isclose(a, b, rel_tol=t,
//! abs_tol=t)`); text and blobs compare exactly; `NULL` equals only `NULL`. Rows compare as a
//! multiset unless the exercise asks for their order. The number of columns must match; their
//! names (case-insensitively) only when the exercise asks.

use std::cmp::Ordering;

use serde_json::Value;

use super::mismatch::Mismatch;

/// One value of a result row.
#[derive(Debug, Clone, PartialEq)]
pub enum SqlValue {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// A result: column names and rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<SqlValue>>,
}

/// How rows are compared (`[checker]` of a `sql` exercise).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RowOptions {
    /// Rows must come in the expected order (`order = "exact"`).
    pub exact_order: bool,
    /// Column names must match (`column_names = true`).
    pub column_names: bool,
    pub float_tolerance: f64,
}

impl Default for RowOptions {
    fn default() -> Self {
        Self {
            exact_order: false,
            column_names: false,
            float_tolerance: 1e-6,
        }
    }
}

impl SqlValue {
    /// Reads a value as the SQL runner and the expected files write it: JSON `null`, numbers
    /// and strings, `{"blob": "<hex>"}`, `{"real": "nan" | "inf" | "-inf"}`.
    pub fn from_json(v: &Value) -> Result<Self, String> {
        match v {
            Value::Null => Ok(SqlValue::Null),
            Value::Number(n) => n.as_i64().map(SqlValue::Integer).map_or_else(
                || {
                    n.as_f64()
                        .map(SqlValue::Real)
                        .ok_or_else(|| format!("the number {n} is out of range"))
                },
                Ok,
            ),
            Value::String(s) => Ok(SqlValue::Text(s.clone())),
            Value::Object(o) if o.len() == 1 => {
                if let Some(hex) = o.get("blob").and_then(Value::as_str) {
                    return unhex(hex)
                        .map(SqlValue::Blob)
                        .ok_or_else(|| format!("`{hex}` is not hexadecimal"));
                }
                match o.get("real").and_then(Value::as_str) {
                    Some("nan") => Ok(SqlValue::Real(f64::NAN)),
                    Some("inf") => Ok(SqlValue::Real(f64::INFINITY)),
                    Some("-inf") => Ok(SqlValue::Real(f64::NEG_INFINITY)),
                    _ => Err(format!("`{v}` is not a value")),
                }
            }
            other => Err(format!(
                "`{other}` is not a value: use null, a number, a string or {{\"blob\": \"<hex>\"}}"
            )),
        }
    }

    fn rank(&self) -> u8 {
        match self {
            SqlValue::Null => 0,
            SqlValue::Integer(_) | SqlValue::Real(_) => 1,
            SqlValue::Text(_) => 2,
            SqlValue::Blob(_) => 3,
        }
    }

    #[allow(clippy::cast_precision_loss)]
    fn number(&self) -> Option<f64> {
        match self {
            SqlValue::Integer(i) => Some(*i as f64),
            SqlValue::Real(r) => Some(*r),
            _ => None,
        }
    }

    /// A total order: NULL, numbers by value, text, blobs (the canonical order of unordered
    /// rows).
    fn order(&self, other: &Self) -> Ordering {
        self.rank()
            .cmp(&other.rank())
            .then_with(|| match (self, other) {
                (SqlValue::Integer(a), SqlValue::Integer(b)) => a.cmp(b),
                (SqlValue::Text(a), SqlValue::Text(b)) => a.cmp(b),
                (SqlValue::Blob(a), SqlValue::Blob(b)) => a.cmp(b),
                (a, b) => match (a.number(), b.number()) {
                    (Some(x), Some(y)) => x.total_cmp(&y),
                    _ => Ordering::Equal,
                },
            })
    }

    /// Whether two values match: see the module docs.
    pub fn matches(&self, other: &Self, tolerance: f64) -> bool {
        match (self, other) {
            (SqlValue::Null, SqlValue::Null) => true,
            (SqlValue::Integer(a), SqlValue::Integer(b)) => a == b,
            (SqlValue::Text(a), SqlValue::Text(b)) => a == b,
            (SqlValue::Blob(a), SqlValue::Blob(b)) => a == b,
            (a, b) => match (a.number(), b.number()) {
                (Some(x), Some(y)) => close(x, y, tolerance),
                _ => false,
            },
        }
    }

    /// How the value shows in a table cell: `NULL`, `3`, `2.5`, `abc`, `x'00ff'`.
    pub fn cell(&self) -> String {
        match self {
            SqlValue::Null => "NULL".into(),
            SqlValue::Integer(i) => i.to_string(),
            SqlValue::Real(r) if r.is_finite() && r.fract() == 0.0 && r.abs() < 1e16 => {
                format!("{r:.1}")
            }
            SqlValue::Real(r) => r.to_string(),
            SqlValue::Text(s) => s.clone(),
            SqlValue::Blob(b) => {
                let mut s = String::from("x'");
                for byte in b {
                    s.push_str(&format!("{byte:02x}"));
                }
                s.push('\'');
                s
            }
        }
    }

    /// How the value shows in a message: text quoted, the rest as in a cell.
    fn literal(&self) -> String {
        match self {
            SqlValue::Text(s) => format!("'{}'", s.replace('\'', "''")),
            other => other.cell(),
        }
    }
}

#[allow(clippy::float_cmp)] // equal values (infinities too) are close whatever the tolerance
fn close(x: f64, y: f64, tol: f64) -> bool {
    if x == y {
        return true;
    }
    if x.is_nan() && y.is_nan() {
        return true;
    }
    if !x.is_finite() || !y.is_finite() {
        return false;
    }
    (x - y).abs() <= (tol * x.abs().max(y.abs())).max(tol)
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

impl Rows {
    /// Reads `{"columns": [...], "rows": [[...], ...]}`, every row as wide as the columns.
    pub fn from_json(v: &Value) -> Result<Self, String> {
        let obj = v
            .as_object()
            .ok_or("must be a JSON object {\"columns\": [...], \"rows\": [[...], ...]}")?;
        for key in obj.keys() {
            if key != "columns" && key != "rows" {
                return Err(format!(
                    "unknown key `{key}`: use `columns` and `rows` only"
                ));
            }
        }
        let columns: Vec<String> = obj
            .get("columns")
            .and_then(Value::as_array)
            .and_then(|a| a.iter().map(|c| c.as_str().map(str::to_string)).collect())
            .ok_or("`columns` must be a list of column names")?;
        let raw = obj
            .get("rows")
            .and_then(Value::as_array)
            .ok_or("`rows` must be a list of rows (lists of values)")?;
        let mut rows = Vec::with_capacity(raw.len());
        for (i, r) in raw.iter().enumerate() {
            let cells = r
                .as_array()
                .ok_or_else(|| format!("row {} is not a list", i + 1))?;
            if cells.len() != columns.len() {
                return Err(format!(
                    "row {} has {} value(s) but there are {} column(s)",
                    i + 1,
                    cells.len(),
                    columns.len()
                ));
            }
            let row = cells
                .iter()
                .map(SqlValue::from_json)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| format!("row {}: {e}", i + 1))?;
            rows.push(row);
        }
        Ok(Self { columns, rows })
    }

    /// The rows in canonical order (for unordered comparison and display).
    fn sorted(&self) -> Vec<Vec<SqlValue>> {
        let mut rows = self.rows.clone();
        rows.sort_by(|a, b| row_order(a, b));
        rows
    }
}

fn row_order(a: &[SqlValue], b: &[SqlValue]) -> Ordering {
    a.iter()
        .zip(b)
        .map(|(x, y)| x.order(y))
        .find(|o| o.is_ne())
        .unwrap_or_else(|| a.len().cmp(&b.len()))
}

fn row_matches(a: &[SqlValue], b: &[SqlValue], tol: f64) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.matches(y, tol))
}

fn show_row(r: &[SqlValue]) -> String {
    let cells: Vec<String> = r.iter().map(SqlValue::literal).collect();
    format!("({})", cells.join(", "))
}

/// Compares the rows a query returned with the expected ones.
pub fn check_rows(expected: &Rows, actual: &Rows, opts: &RowOptions) -> Result<(), Mismatch> {
    let tol = opts.float_tolerance;
    if expected.columns.len() != actual.columns.len() {
        return Err(Mismatch(format!(
            "expected {} column(s) ({}), got {} ({})",
            expected.columns.len(),
            expected.columns.join(", "),
            actual.columns.len(),
            actual.columns.join(", ")
        )));
    }
    if opts.column_names {
        let same = expected
            .columns
            .iter()
            .zip(&actual.columns)
            .all(|(e, a)| e.eq_ignore_ascii_case(a));
        if !same {
            return Err(Mismatch(format!(
                "expected the columns to be named ({}), got ({})",
                expected.columns.join(", "),
                actual.columns.join(", ")
            )));
        }
    }
    if opts.exact_order {
        for (i, (e, a)) in expected.rows.iter().zip(&actual.rows).enumerate() {
            if !row_matches(e, a, tol) {
                return Err(Mismatch(format!(
                    "row {}: expected {}, got {}",
                    i + 1,
                    show_row(e),
                    show_row(a)
                )));
            }
        }
        return match expected.rows.len().cmp(&actual.rows.len()) {
            Ordering::Equal => Ok(()),
            _ => Err(Mismatch(format!(
                "expected {} row(s), got {}",
                expected.rows.len(),
                actual.rows.len()
            ))),
        };
    }
    let (e, a) = (expected.sorted(), actual.sorted());
    if e.len() == a.len() && e.iter().zip(&a).all(|(x, y)| row_matches(x, y, tol)) {
        return Ok(());
    }
    // Walk both sorted lists: what is in one and not the other.
    let (mut missing, mut extra) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < e.len() || j < a.len() {
        match (e.get(i), a.get(j)) {
            (Some(x), Some(y)) if row_matches(x, y, tol) => {
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if row_order(x, y).is_lt() => {
                missing.push(x);
                i += 1;
            }
            (Some(_) | None, Some(y)) => {
                extra.push(y);
                j += 1;
            }
            (Some(x), None) => {
                missing.push(x);
                i += 1;
            }
            (None, None) => break,
        }
    }
    let mut parts = Vec::new();
    if e.len() != a.len() {
        parts.push(format!("expected {} row(s), got {}", e.len(), a.len()));
    }
    if let Some(first) = missing.first() {
        parts.push(format!(
            "{} expected row(s) missing, such as {}",
            missing.len(),
            show_row(first)
        ));
    }
    if let Some(first) = extra.first() {
        parts.push(format!(
            "{} unexpected row(s), such as {}",
            extra.len(),
            show_row(first)
        ));
    }
    if parts.is_empty() {
        parts.push("the rows differ".into());
    }
    Err(Mismatch(parts.join("; ")))
}

/// Most rows a table shows.
const TABLE_ROWS: usize = 100;

/// The expected and the actual rows as two text tables with the same column widths (so a line
/// diff of the two marks exactly the rows that differ), in canonical order unless the order
/// is judged.
pub fn tables(expected: &Rows, actual: &Rows, opts: &RowOptions) -> (String, String) {
    let order = |r: &Rows| {
        if opts.exact_order {
            r.rows.clone()
        } else {
            r.sorted()
        }
    };
    let (e, a) = (order(expected), order(actual));
    let cells = |rows: &[Vec<SqlValue>]| -> Vec<Vec<String>> {
        rows.iter()
            .take(TABLE_ROWS)
            .map(|r| r.iter().map(|v| one_line(&v.cell())).collect())
            .collect()
    };
    let (ec, ac) = (cells(&e), cells(&a));
    let mut widths: Vec<usize> = Vec::new();
    let mut widen = |row: &[String]| {
        for (k, c) in row.iter().enumerate() {
            let w = c.chars().count();
            if k >= widths.len() {
                widths.push(w);
            } else {
                widths[k] = widths[k].max(w);
            }
        }
    };
    widen(&expected.columns);
    widen(&actual.columns);
    for r in ec.iter().chain(&ac) {
        widen(r);
    }
    let render = |columns: &[String], rows: &[Vec<String>], total: usize| {
        let mut out = line(columns, &widths);
        let rule: Vec<String> = widths
            .iter()
            .take(columns.len())
            .map(|w| "-".repeat(*w))
            .collect();
        out.push_str(&rule.join("-+-"));
        out.push('\n');
        for r in rows {
            out.push_str(&line(r, &widths));
        }
        if total > rows.len() {
            out.push_str(&format!("... ({} more rows)\n", total - rows.len()));
        }
        if total == 0 {
            out.push_str("(no rows)\n");
        }
        out
    };
    (
        render(&expected.columns, &ec, e.len()),
        render(&actual.columns, &ac, a.len()),
    )
}

fn one_line(s: &str) -> String {
    s.replace('\n', "\\n")
        .replace('\r', "\\r")
        .replace('\t', " ")
}

fn line(cells: &[String], widths: &[usize]) -> String {
    let padded: Vec<String> = cells
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let w = widths.get(k).copied().unwrap_or(0);
            let pad = w.saturating_sub(c.chars().count());
            format!("{c}{}", " ".repeat(pad))
        })
        .collect();
    let mut s = padded.join(" | ").trim_end().to_string();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn rows(v: &Value) -> Rows {
        Rows::from_json(v).expect("valid rows")
    }

    fn unordered() -> RowOptions {
        RowOptions::default()
    }

    fn exact() -> RowOptions {
        RowOptions {
            exact_order: true,
            ..RowOptions::default()
        }
    }

    #[test]
    fn values_match_by_type() {
        use SqlValue::{Blob, Integer, Null, Real, Text};
        let rows: &[(SqlValue, SqlValue, bool, &str)] = &[
            (Null, Null, true, "NULL equals NULL"),
            (Null, Integer(0), false, "NULL is not 0"),
            (Null, Text(String::new()), false, "NULL is not ''"),
            (Integer(3), Integer(3), true, "equal integers"),
            (
                Integer(999_999_999),
                Integer(999_999_998),
                false,
                "integers are exact",
            ),
            (Integer(3), Real(3.0), true, "an integer and an equal real"),
            (
                Real(0.1 + 0.2),
                Real(0.3),
                true,
                "reals within the tolerance",
            ),
            (
                Real(2.5),
                Real(2.50001),
                false,
                "reals outside the tolerance",
            ),
            (
                Real(1e9),
                Real(1e9 + 1.0),
                true,
                "a relative tolerance for large reals",
            ),
            (Real(f64::NAN), Real(f64::NAN), true, "NaN matches NaN"),
            (Real(f64::INFINITY), Real(f64::INFINITY), true, "infinities"),
            (
                Real(f64::INFINITY),
                Real(1e308),
                false,
                "infinity is not large",
            ),
            (Text("a".into()), Text("a".into()), true, "equal text"),
            (
                Text("a".into()),
                Text("A".into()),
                false,
                "text is case-sensitive",
            ),
            (Text("1".into()), Integer(1), false, "text is not a number"),
            (Blob(vec![1]), Blob(vec![1]), true, "equal blobs"),
            (
                Blob(vec![1]),
                Text("\u{1}".into()),
                false,
                "a blob is not text",
            ),
        ];
        for (a, b, want, why) in rows {
            assert_eq!(a.matches(b, 1e-6), *want, "{why}");
            assert_eq!(b.matches(a, 1e-6), *want, "{why} (swapped)");
        }
    }

    #[test]
    fn values_read_from_json() {
        let rows: &[(Value, Result<SqlValue, ()>)] = &[
            (json!(null), Ok(SqlValue::Null)),
            (json!(7), Ok(SqlValue::Integer(7))),
            (json!(-7), Ok(SqlValue::Integer(-7))),
            (json!(2.5), Ok(SqlValue::Real(2.5))),
            (json!("x"), Ok(SqlValue::Text("x".into()))),
            (json!({"blob": "00ff"}), Ok(SqlValue::Blob(vec![0, 255]))),
            (
                json!({"real": "-inf"}),
                Ok(SqlValue::Real(f64::NEG_INFINITY)),
            ),
            (json!({"blob": "0"}), Err(())),
            (json!({"blob": "zz"}), Err(())),
            (json!(true), Err(())),
            (json!([1]), Err(())),
            (json!({"x": 1}), Err(())),
        ];
        for (v, want) in rows {
            assert_eq!(SqlValue::from_json(v).map_err(|_| ()), *want, "{v}");
        }
    }

    #[test]
    fn results_read_from_json() {
        let bad: &[(Value, &str)] = &[
            (json!([]), "JSON object"),
            (json!({"columns": ["a"]}), "`rows`"),
            (json!({"rows": []}), "`columns`"),
            (
                json!({"columns": ["a"], "rows": [[1, 2]]}),
                "row 1 has 2 value(s)",
            ),
            (
                json!({"columns": ["a"], "rows": [1]}),
                "row 1 is not a list",
            ),
            (
                json!({"columns": ["a"], "rows": [], "order": 1}),
                "unknown key `order`",
            ),
            (json!({"columns": [1], "rows": []}), "`columns`"),
        ];
        for (v, want) in bad {
            let err = Rows::from_json(v).unwrap_err();
            assert!(err.contains(want), "{v}: {err}");
        }
    }

    #[test]
    fn comparisons() {
        let base = json!({"columns": ["id", "name"], "rows": [[1, "a"], [2, "b"], [2, "b"]]});
        let table: &[(Value, RowOptions, Option<&str>, &str)] = &[
            (base.clone(), unordered(), None, "the same rows"),
            (
                json!({"columns": ["x", "y"], "rows": [[2, "b"], [1, "a"], [2, "b"]]}),
                unordered(),
                None,
                "any order, other names",
            ),
            (
                json!({"columns": ["x", "y"], "rows": [[2, "b"], [1, "a"], [2, "b"]]}),
                exact(),
                Some("row 1: expected (1, 'a'), got (2, 'b')"),
                "exact order",
            ),
            (
                json!({"columns": ["id", "name"], "rows": [[1, "a"], [2, "b"]]}),
                unordered(),
                Some("expected 3 row(s), got 2; 1 expected row(s) missing, such as (2, 'b')"),
                "a duplicate row is a row",
            ),
            (
                json!({"columns": ["id", "name"], "rows": [[1, "a"], [2, "b"]]}),
                exact(),
                Some("expected 3 row(s), got 2"),
                "exact order, fewer rows",
            ),
            (
                json!({"columns": ["id"], "rows": [[1], [2], [2]]}),
                unordered(),
                Some("expected 2 column(s) (id, name), got 1 (id)"),
                "column count",
            ),
            (
                json!({"columns": ["id", "name"], "rows": [[1, "a"], [2, "b"], [3, "c"]]}),
                unordered(),
                Some(
                    "1 expected row(s) missing, such as (2, 'b'); 1 unexpected row(s), such as (3, 'c')",
                ),
                "a row differs",
            ),
            (
                json!({"columns": ["id", "name"], "rows": [[1, "a"], [2, "b"], [2, null]]}),
                unordered(),
                Some(
                    "1 expected row(s) missing, such as (2, 'b'); 1 unexpected row(s), such as (2, NULL)",
                ),
                "NULL is not a value",
            ),
            (
                json!({"columns": ["id", "name"], "rows": [[1.000_000_000_1, "a"], [2.0, "b"], [2, "b"]]}),
                unordered(),
                None,
                "numbers within the tolerance",
            ),
        ];
        let expected = rows(&base);
        for (actual, opts, want, why) in table {
            let got = check_rows(&expected, &rows(actual), opts).map_err(|m| m.0);
            assert_eq!(got.err().as_deref(), *want, "{why}");
        }
    }

    #[test]
    fn column_names_only_when_asked() {
        let e = rows(&json!({"columns": ["Total"], "rows": [[1]]}));
        let a = rows(&json!({"columns": ["sum"], "rows": [[1]]}));
        let named = RowOptions {
            column_names: true,
            ..RowOptions::default()
        };
        assert!(check_rows(&e, &a, &RowOptions::default()).is_ok());
        let err = check_rows(&e, &a, &named).unwrap_err().0;
        assert_eq!(err, "expected the columns to be named (Total), got (sum)");
        let b = rows(&json!({"columns": ["total"], "rows": [[1]]}));
        assert!(check_rows(&e, &b, &named).is_ok(), "names ignore case");
    }

    #[test]
    fn tables_share_their_widths() {
        let e = rows(&json!({"columns": ["id", "name"], "rows": [[2, "bob"], [10, "al"]]}));
        let a = rows(
            &json!({"columns": ["id", "n"], "rows": [[10, "al"], [2, null], [3.5, {"blob": "ff"}]]}),
        );
        let (te, ta) = tables(&e, &a, &unordered());
        assert_eq!(te, "id  | name\n----+------\n2   | bob\n10  | al\n");
        assert_eq!(
            ta,
            "id  | n\n----+------\n2   | NULL\n3.5 | x'ff'\n10  | al\n"
        );
        let empty = rows(&json!({"columns": ["x"], "rows": []}));
        let (te, _) = tables(&empty, &empty, &exact());
        assert_eq!(te, "x\n-\n(no rows)\n");
    }
}
