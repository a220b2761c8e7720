//! Structural comparison of the JSON values returned by `function` solutions.
//!
//! Integers, strings, booleans and `null` compare exactly (`true` is not `1`, `1` is not
//! `"1"`, and a float is not an integer: `1.0` where `1` is expected is wrong, and the message
//! names both types). Where the expected value is a float, the returned number (a float or an
//! integer) compares within a tolerance; an exercise that accepts either type for a number
//! writes its expected value as a float. Lists compare in order unless the exercise says order does not matter.

use serde_json::Value;

use super::mismatch::Mismatch;

/// Whether list order matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Lists must match element by element.
    #[default]
    Exact,
    /// The top-level list may be in any order (e.g. "return all pairs").
    Unordered,
    /// Every list at every depth may be in any order (e.g. "group anagrams").
    UnorderedNested,
}

/// Options of the value checker.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ValueOptions {
    pub order: Order,
    pub float_tolerance: f64,
}

impl Default for ValueOptions {
    fn default() -> Self {
        Self {
            order: Order::Exact,
            float_tolerance: 1e-6,
        }
    }
}

/// Compares a returned value with the expected one.
pub fn check_value(expected: &Value, actual: &Value, opts: &ValueOptions) -> Result<(), Mismatch> {
    let (e, a) = match opts.order {
        Order::Exact => (expected.clone(), actual.clone()),
        Order::Unordered => (sort_top(expected), sort_top(actual)),
        Order::UnorderedNested => (sort_deep(expected), sort_deep(actual)),
    };
    compare(&e, &a, opts.float_tolerance, &mut String::new()).map_err(|m| {
        // In any order, a position means nothing to the user: say what is missing and extra.
        match (opts.order, &e, &a) {
            (Order::Unordered | Order::UnorderedNested, Value::Array(xs), Value::Array(ys)) => {
                Mismatch(set_difference(xs, ys).unwrap_or(m))
            }
            _ => Mismatch(m),
        }
    })
}

/// `missing [1,3]; unexpected [2] (7 of 8 elements right, in any order)`, matching elements
/// one for one by their canonical JSON; `None` when every element has a match (a float
/// within tolerance, say: the positional message says more then).
fn set_difference(xs: &[Value], ys: &[Value]) -> Option<String> {
    // Elements match by their canonical text, in linear time (results can be large).
    let mut pool: std::collections::HashMap<String, Vec<&Value>> = std::collections::HashMap::new();
    for y in ys {
        pool.entry(canonical(y)).or_default().push(y);
    }
    let mut missing = Vec::new();
    for x in xs {
        match pool.get_mut(&canonical(x)).and_then(Vec::pop) {
            Some(_) => {}
            None => missing.push(x),
        }
    }
    let mut unmatched: Vec<&Value> = pool.into_values().flatten().collect();
    unmatched.sort_by_cached_key(|v| canonical(v));
    if missing.is_empty() && unmatched.is_empty() {
        return None;
    }
    // Only the first few go into the message.
    let list = |v: &[&Value]| {
        brief(&Value::Array(
            v.iter().take(8).map(|x| (*x).clone()).collect(),
        ))
    };
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("missing {}", list(&missing)));
    }
    if !unmatched.is_empty() {
        parts.push(format!("unexpected {}", list(&unmatched)));
    }
    Some(format!(
        "{} ({} of {} elements right, in any order)",
        parts.join("; "),
        xs.len() - missing.len(),
        xs.len()
    ))
}

fn sort_top(v: &Value) -> Value {
    match v {
        Value::Array(items) => {
            let mut items = items.clone();
            items.sort_by_cached_key(canonical);
            Value::Array(items)
        }
        other => other.clone(),
    }
}

fn sort_deep(v: &Value) -> Value {
    match v {
        Value::Array(items) => {
            let mut items: Vec<Value> = items.iter().map(sort_deep).collect();
            items.sort_by_cached_key(canonical);
            Value::Array(items)
        }
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), sort_deep(v))).collect())
        }
        other => other.clone(),
    }
}

fn canonical(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if is_float(n) => "a float",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a dict",
    }
}

fn is_float(n: &serde_json::Number) -> bool {
    n.as_str().contains(['.', 'e', 'E'])
}

/// Short rendering of a value for messages.
pub fn brief(v: &Value) -> String {
    let s = canonical(v);
    if s.chars().count() > 80 {
        let head: String = s.chars().take(77).collect();
        format!("{head}...")
    } else {
        s
    }
}

fn at(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" at {path}")
    }
}

fn compare(e: &Value, a: &Value, tol: f64, path: &mut String) -> Result<(), String> {
    match (e, a) {
        (Value::Number(x), Value::Number(y)) => {
            if is_float(x) {
                let (fx, fy) = (x.as_str().parse::<f64>(), y.as_str().parse::<f64>());
                if let (Ok(fx), Ok(fy)) = (fx, fy) {
                    let d = (fx - fy).abs();
                    if d <= tol || d <= tol * fx.abs() {
                        return Ok(());
                    }
                }
            } else if is_float(y) {
                return Err(format!(
                    "expected an integer ({x}), got a float ({y}){}",
                    at(path)
                ));
            } else if x.as_str() == y.as_str() {
                return Ok(());
            }
            Err(format!("expected {x}, got {y}{}", at(path)))
        }
        (Value::Array(xs), Value::Array(ys)) => {
            for (i, (x, y)) in xs.iter().zip(ys).enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                compare(x, y, tol, path)?;
                path.truncate(len);
            }
            if xs.len() == ys.len() {
                Ok(())
            } else {
                Err(format!(
                    "expected a list of length {}, got length {}{}",
                    xs.len(),
                    ys.len(),
                    at(path)
                ))
            }
        }
        (Value::Object(xm), Value::Object(ym)) => {
            for (k, x) in xm {
                let Some(y) = ym.get(k) else {
                    return Err(format!("missing key {k:?}{}", at(path)));
                };
                let len = path.len();
                path.push_str(&format!("[{k:?}]"));
                compare(x, y, tol, path)?;
                path.truncate(len);
            }
            if let Some(k) = ym.keys().find(|k| !xm.contains_key(*k)) {
                return Err(format!("unexpected key {k:?}{}", at(path)));
            }
            Ok(())
        }
        _ if std::mem::discriminant(e) == std::mem::discriminant(a) => {
            if e == a {
                Ok(())
            } else {
                Err(format!(
                    "expected {}, got {}{}",
                    brief(e),
                    brief(a),
                    at(path)
                ))
            }
        }
        _ => Err(format!(
            "expected {} ({}), got {} ({}){}",
            kind(e),
            brief(e),
            kind(a),
            brief(a),
            at(path)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Value {
        serde_json::from_str(s).unwrap()
    }

    #[test]
    fn value_table() {
        let exact = ValueOptions::default();
        let unordered = ValueOptions {
            order: Order::Unordered,
            ..exact
        };
        let nested = ValueOptions {
            order: Order::UnorderedNested,
            ..exact
        };
        let rows: &[(&str, &str, ValueOptions, bool, &str)] = &[
            ("[0,1]", "[0,1]", exact, true, "same list"),
            ("[0,1]", "[1,0]", exact, false, "order matters by default"),
            ("[0,1]", "[1,0]", unordered, true, "unordered top level"),
            (
                "[[1,2],[3]]",
                "[[3],[2,1]]",
                unordered,
                false,
                "inner order still matters",
            ),
            (
                "[[1,2],[3]]",
                "[[3],[2,1]]",
                nested,
                true,
                "unordered at every depth",
            ),
            ("1", "true", exact, false, "true is not 1"),
            ("true", "1", exact, false, "1 is not true"),
            ("1", "\"1\"", exact, false, "string is not int"),
            ("1", "1.0", exact, false, "a float is not an integer"),
            ("[0,1]", "[0.0,1.0]", exact, false, "nor inside a list"),
            (
                "1.0",
                "1",
                exact,
                true,
                "an integer where a float is expected",
            ),
            ("2.0", "2.0000001", exact, true, "float within tolerance"),
            ("2.5", "2.5000001", exact, true, "float tolerance"),
            ("2.5", "2.6", exact, false, "float outside tolerance"),
            (
                "1e20",
                "100000000000000000000.0",
                exact,
                true,
                "relative tolerance for big floats",
            ),
            (
                "123456789012345678901234567890",
                "123456789012345678901234567890",
                exact,
                true,
                "big ints exact",
            ),
            (
                "123456789012345678901234567890",
                "123456789012345678901234567891",
                exact,
                false,
                "big ints differ",
            ),
            ("null", "[]", exact, false, "null is not empty list"),
            ("[]", "null", exact, false, "empty list is not null"),
            ("[1,2]", "[1,2,3]", exact, false, "longer list"),
            ("{\"a\":1}", "{\"a\":1}", exact, true, "same dict"),
            ("{\"a\":1}", "{\"a\":1,\"b\":2}", exact, false, "extra key"),
            ("\"abc\"", "\"abd\"", exact, false, "different string"),
        ];
        for (e, a, opts, ok, msg) in rows {
            let got = check_value(&v(e), &v(a), opts);
            assert_eq!(got.is_ok(), *ok, "{msg}: {got:?}");
        }
    }

    #[test]
    fn a_large_any_order_mismatch_is_described_quickly() {
        let nested = ValueOptions {
            order: Order::UnorderedNested,
            ..ValueOptions::default()
        };
        let e: Vec<Value> = (0..20_000)
            .map(|i| serde_json::json!([format!("w{i}")]))
            .collect();
        let mut a = e.clone();
        a[7] = serde_json::json!(["x"]);
        let t = std::time::Instant::now();
        let err = check_value(&Value::Array(e), &Value::Array(a), &nested).unwrap_err();
        assert!(err.0.contains("19999 of 20000"), "{}", err.0);
        assert!(
            t.elapsed() < std::time::Duration::from_secs(5),
            "{:?}",
            t.elapsed()
        );
    }

    #[test]
    fn messages_name_the_path() {
        let err = check_value(
            &v("[[1,2],[3,4]]"),
            &v("[[1,2],[3,5]]"),
            &ValueOptions::default(),
        );
        assert_eq!(err.unwrap_err().0, "expected 4, got 5 at [1][1]");
        let unordered = ValueOptions {
            order: Order::UnorderedNested,
            ..ValueOptions::default()
        };
        let err = check_value(
            &v("[[],[1],[3],[1,3]]"),
            &v("[[3],[],[1],[1,2]]"),
            &unordered,
        );
        assert_eq!(
            err.unwrap_err().0,
            "missing [[1,3]]; unexpected [[1,2]] (3 of 4 elements right, in any order)"
        );
        let err = check_value(&v("[0,1]"), &v("[0.0,1.0]"), &ValueOptions::default());
        assert_eq!(
            err.unwrap_err().0,
            "expected an integer (0), got a float (0.0) at [0]"
        );
        let err = check_value(&v("[0,1]"), &v("null"), &ValueOptions::default());
        assert_eq!(
            err.unwrap_err().0,
            "expected a list ([0,1]), got null (null)"
        );
    }
}
