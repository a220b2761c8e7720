//! What goes wrong loading an exercise: every problem found ([`Problems`], collected so a
//! single run reports them all), the error that lists them ([`LoadError`]), and the typo
//! suggestions that make them actionable.

/// Every problem found in one exercise directory.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid exercise `{root}` ({}){}", count(.problems), list(.problems))]
pub struct LoadError {
    /// The exercise directory as shown to the user.
    pub root: String,
    /// One message per problem, each naming the file, the field and the fix.
    pub problems: Vec<String>,
}

/// `1 problem`, `3 problems`.
fn count(problems: &[String]) -> String {
    match problems.len() {
        1 => "1 problem".to_string(),
        n => format!("{n} problems"),
    }
}

/// One problem per line, as a list under the first line.
fn list(problems: &[String]) -> String {
    problems.iter().map(|p| format!("\n  - {p}")).collect()
}

/// Accumulates problems for one exercise.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<String>);

impl Problems {
    pub fn push(&mut self, msg: impl Into<String>) {
        self.0.push(msg.into());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_result<T>(self, root: String, value: T) -> Result<T, LoadError> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(LoadError {
                root,
                problems: self.0,
            })
        }
    }
}

/// The known name closest to `unknown`, if it is plausibly a typo.
pub fn suggest<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (edit_distance(unknown, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len().max(unknown.len()) / 2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{LoadError, suggest};

    #[test]
    fn a_load_error_lists_every_problem() {
        let e = LoadError {
            root: "exercises/x".into(),
            problems: vec!["a".into(), "b".into()],
        };
        assert_eq!(
            e.to_string(),
            "invalid exercise `exercises/x` (2 problems)\n  - a\n  - b"
        );
        let one = LoadError {
            problems: vec!["a".into()],
            ..e
        };
        assert_eq!(
            one.to_string(),
            "invalid exercise `exercises/x` (1 problem)\n  - a"
        );
    }

    #[test]
    fn suggestions() {
        let known = ["time", "memory", "output"];
        assert_eq!(suggest("timout", &["timeout", "memory"]), Some("timeout"));
        assert_eq!(suggest("tme", &known), Some("time"));
        assert_eq!(suggest("memroy", &known), Some("memory"));
        assert_eq!(suggest("colour", &known), None);
    }
}
