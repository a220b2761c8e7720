//! A verdict as the store keeps it. A store may hold names this build does not know (written
//! by a newer `grind`); they are kept as they are, never lost or rejected.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::verdict::Verdict;

/// A recorded verdict: one this build knows, or the name another build wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordedVerdict {
    Known(Verdict),
    Other(String),
}

impl RecordedVerdict {
    pub fn is_accepted(&self) -> bool {
        *self == RecordedVerdict::Known(Verdict::Accepted)
    }

    /// The name in the store and in JSON (`accepted`, `wrong_answer`, ...).
    pub fn as_str(&self) -> &str {
        match self {
            RecordedVerdict::Known(v) => v.as_str(),
            RecordedVerdict::Other(name) => name,
        }
    }
}

impl From<Verdict> for RecordedVerdict {
    fn from(v: Verdict) -> Self {
        RecordedVerdict::Known(v)
    }
}

impl From<&str> for RecordedVerdict {
    fn from(name: &str) -> Self {
        Verdict::from_name(name)
            .map_or_else(|| RecordedVerdict::Other(name.to_string()), Self::Known)
    }
}

impl fmt::Display for RecordedVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RecordedVerdict {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RecordedVerdict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(RecordedVerdict::from(String::deserialize(d)?.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_known_or_not() {
        for name in ["accepted", "time_limit_exceeded", "partially_accepted", ""] {
            let v: RecordedVerdict = serde_json::from_str(&format!("\"{name}\"")).unwrap();
            assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{name}\""));
            assert_eq!(v.to_string(), name);
        }
        assert_eq!(
            RecordedVerdict::from("wrong_answer"),
            RecordedVerdict::Known(Verdict::WrongAnswer)
        );
        assert_eq!(
            RecordedVerdict::from("runtime_error"),
            RecordedVerdict::Other("runtime_error".into()),
            "the store only ever held the JSON names"
        );
        assert!(RecordedVerdict::from("accepted").is_accepted());
        assert!(!RecordedVerdict::from("Accepted").is_accepted());
    }
}
