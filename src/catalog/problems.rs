//! Collecting every problem found while loading an exercise, so a single run reports them all.

use std::fmt;

/// Every problem found in one exercise directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The exercise directory as shown to the user.
    pub root: String,
    /// One message per problem, each naming the file, the field and the fix.
    pub problems: Vec<String>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "invalid exercise `{}` ({n} problem{})",
            self.root,
            if n == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            write!(f, "\n  - {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

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
    use super::suggest;

    #[test]
    fn suggestions() {
        let known = ["time", "memory", "output"];
        assert_eq!(suggest("timout", &["timeout", "memory"]), Some("timeout"));
        assert_eq!(suggest("tme", &known), Some("time"));
        assert_eq!(suggest("memroy", &known), Some("memory"));
        assert_eq!(suggest("colour", &known), None);
    }
}
