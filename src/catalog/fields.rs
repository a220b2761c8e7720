//! Typed access to one TOML table that records a problem for every unknown field, wrong type
//! or bad value instead of failing at the first, so one pass reports them all.

use toml::{Table, Value};

use super::error::{Problems, suggest};

/// Field access on one table that records problems instead of failing.
pub struct Fields<'a> {
    pub table: &'a Table,
    /// The `[section]`, empty at the top level.
    pub section: &'a str,
    /// The file as shown in messages.
    pub file: &'a str,
    pub problems: &'a mut Problems,
}

impl Fields<'_> {
    fn field(&self, key: &str) -> String {
        if self.section.is_empty() {
            format!("`{key}`")
        } else {
            format!("`{key}` in [{}]", self.section)
        }
    }

    pub fn unknown(&mut self, known: &[&str]) {
        for key in self.table.keys() {
            if !known.contains(&key.as_str()) {
                let hint = suggest(key, known).map_or_else(
                    || format!("known fields: {}", known.join(", ")),
                    |s| format!("did you mean `{s}`?"),
                );
                let msg = format!("`{}`: unknown field {}: {hint}", self.file, self.field(key));
                self.problems.push(msg);
            }
        }
    }

    fn wrong(&mut self, key: &str, want: &str, got: &Value) {
        let msg = format!(
            "`{}`: field {} must be {want}, found {} `{got}`",
            self.file,
            self.field(key),
            got.type_str()
        );
        self.problems.push(msg);
    }

    pub fn missing(&mut self, key: &str, example: &str) {
        let msg = format!(
            "`{}`: missing field {}: add e.g. `{key} = {example}`",
            self.file,
            self.field(key)
        );
        self.problems.push(msg);
    }

    pub fn string(&mut self, key: &str) -> Option<String> {
        match self.table.get(key)? {
            Value::String(s) => Some(s.clone()),
            other => {
                self.wrong(key, "a string", &other.clone());
                None
            }
        }
    }

    pub fn strings(&mut self, key: &str) -> Option<Vec<String>> {
        let v = self.table.get(key)?.clone();
        let strings = v
            .as_array()
            .and_then(|a| a.iter().map(|x| x.as_str().map(str::to_string)).collect());
        if strings.is_none() {
            self.wrong(key, "a list of strings", &v);
        }
        strings
    }

    pub fn float(&mut self, key: &str) -> Option<f64> {
        let v = self.table.get(key)?.clone();
        match v {
            #[allow(clippy::cast_precision_loss)]
            Value::Integer(i) => Some(i as f64),
            Value::Float(f) => Some(f),
            other => {
                self.wrong(key, "a number", &other);
                None
            }
        }
    }

    pub fn uint(&mut self, key: &str) -> Option<u64> {
        let v = self.table.get(key)?.clone();
        match v {
            Value::Integer(i) if i > 0 => u64::try_from(i).ok(),
            other => {
                self.wrong(key, "a positive integer", &other);
                None
            }
        }
    }

    pub fn boolean(&mut self, key: &str) -> Option<bool> {
        let v = self.table.get(key)?.clone();
        match v {
            Value::Boolean(b) => Some(b),
            other => {
                self.wrong(key, "true or false", &other);
                None
            }
        }
    }

    pub fn bad_value(&mut self, key: &str, value: &str, allowed: &[&str]) {
        let msg = format!(
            "`{}`: field {} is `{value}`: use one of {}",
            self.file,
            self.field(key),
            allowed
                .iter()
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        self.problems.push(msg);
    }

    /// A topic outside the vocabulary (`catalog::topics`).
    pub fn unknown_topic(&mut self, topic: &str) {
        let hint = super::topics::resolve(topic)
            .or_else(|| super::topics::closest(topic))
            .map_or(String::new(), |t| format!(": did you mean `{t}`?"));
        let msg = format!(
            "`{}`: field {} has `{topic}`, which is not a topic{hint} (the topics are listed in docs/FORMAT.md)",
            self.file,
            self.field("topics"),
        );
        self.problems.push(msg);
    }

    pub fn sub(&mut self, key: &str) -> Option<Table> {
        match self.table.get(key)? {
            Value::Table(t) => Some(t.clone()),
            other => {
                self.wrong(key, "a table", &other.clone());
                None
            }
        }
    }
}
