//! The set of exercises `grind` knows: the embedded catalog or another directory, plus
//! resolution of a command-line `NAME|PATH` to one exercise.

use std::path::{Path, PathBuf};

use super::error::LoadError;
use super::exercise::{Exercise, Format, Kind, Submission, Tests};
use super::files::Files;
use super::{kattis, native, submissions};

/// All exercises of one pack, and the ones that failed to load.
#[derive(Debug)]
pub struct Catalog {
    /// Where the pack lives, for messages.
    pub root: String,
    pub exercises: Vec<Exercise>,
    pub errors: Vec<LoadError>,
}

/// Whether directory `p` holds an exercise (`exercise.toml` or a Kattis `problem.yaml`).
pub fn is_exercise_dir(p: &Path) -> bool {
    p.join("exercise.toml").exists() || p.join("problem.yaml").exists()
}

/// The names of the embedded exercises, read without loading any of them.
pub fn embedded_names() -> impl Iterator<Item = &'static str> {
    super::embedded::dirs().iter().map(|d| d.name)
}

impl Catalog {
    /// The catalog built into the binary.
    pub fn embedded() -> Self {
        let dirs = super::embedded::dirs()
            .iter()
            .map(Files::Embedded)
            .collect();
        Self::from_files("exercises (embedded)".into(), dirs)
    }

    /// The embedded exercise named `name`, loaded alone: no other exercise's metadata is
    /// read. `None` when the catalog has no directory of that name.
    pub fn embedded_named(name: &str) -> Option<Result<Exercise, LoadError>> {
        super::embedded::dirs()
            .iter()
            .find(|d| d.name == name)
            .map(|d| load_dir(Files::Embedded(d), None))
    }

    /// A pack on disk: every subdirectory holding `exercise.toml` or `problem.yaml`.
    pub fn from_dir(path: &Path) -> std::io::Result<Self> {
        let mut dirs = Vec::new();
        for entry in std::fs::read_dir(path)? {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                let p = entry.path();
                if is_exercise_dir(&p) {
                    dirs.push(Files::Disk(p));
                }
            }
        }
        Ok(Self::from_files(path.display().to_string(), dirs))
    }

    fn from_files(root: String, mut dirs: Vec<Files>) -> Self {
        dirs.sort_by_key(Files::root_name);
        let mut exercises = Vec::new();
        let mut errors = Vec::new();
        for files in dirs {
            match load_dir(files, None) {
                Ok(e) => exercises.push(e),
                Err(e) => errors.push(e),
            }
        }
        Self {
            root,
            exercises,
            errors,
        }
    }

    /// Finds an exercise by name.
    pub fn find(&self, name: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.name == name)
    }

    /// The load error of an exercise named `name`, if it exists but is broken.
    pub fn error_for(&self, name: &str) -> Option<&LoadError> {
        self.errors
            .iter()
            .find(|e| e.root.rsplit('/').next() == Some(name))
    }

    /// The exercise named `name`, or why there is none: it does not load, or no exercise
    /// has that name (with the names it might be a typo of).
    pub fn resolve(&self, name: &str) -> Result<Exercise, LookupError> {
        if let Some(ex) = self.find(name) {
            return Ok(ex.clone());
        }
        if let Some(err) = self.error_for(name) {
            return Err(LookupError::Invalid(err.clone()));
        }
        let close = self
            .exercises
            .iter()
            .map(|e| e.name.as_str())
            .filter(|n| n.contains(name) || name.contains(*n))
            .take(3)
            .map(str::to_string)
            .collect();
        Err(LookupError::Unknown {
            name: name.to_string(),
            root: self.root.clone(),
            close,
        })
    }
}

/// Why a name does not give an exercise.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LookupError {
    /// The exercise exists but does not load.
    #[error(transparent)]
    Invalid(LoadError),
    /// No exercise has that name; `close` holds names it might be a typo of.
    #[error("unknown exercise `{name}` in {root}: {}", did_you_mean(.close))]
    Unknown {
        name: String,
        root: String,
        close: Vec<String>,
    },
}

fn did_you_mean(close: &[String]) -> String {
    if close.is_empty() {
        "run `grind list` to see them".to_string()
    } else {
        let names: Vec<String> = close.iter().map(|c| format!("`{c}`")).collect();
        format!("did you mean {}?", names.join(", "))
    }
}

/// Loads one exercise directory in whichever format it is.
pub fn load_dir(files: Files, time_limit: Option<f64>) -> Result<Exercise, LoadError> {
    if files.exists("problem.yaml") {
        kattis::load(files, time_limit)
    } else {
        native::load(files)
    }
}

/// Whether a command-line argument names a directory rather than a catalog exercise.
pub fn looks_like_path(arg: &str) -> bool {
    arg.contains('/') || arg == "." || arg == ".." || Path::new(arg).join("problem.yaml").exists()
}

/// Loads the exercise directory at `path` (native or Kattis).
pub fn load_path(path: &Path, time_limit: Option<f64>) -> Result<Exercise, LoadError> {
    if !path.is_dir() {
        return Err(LoadError {
            root: path.display().to_string(),
            problems: vec![format!("`{}` is not a directory", path.display())],
        });
    }
    load_dir(Files::Disk(PathBuf::from(path)), time_limit)
}

impl Exercise {
    /// The statement to show (`prompt.md`, or a Kattis package's statement).
    pub fn prompt(&self) -> String {
        let text = match self.format {
            Format::Native => self
                .files
                .read("prompt.md")
                .ok()
                .flatten()
                .map(|b| String::from_utf8_lossy(&b).into_owned()),
            Format::Kattis => kattis::statement(&self.files),
        };
        text.unwrap_or_else(|| format!("# {}\n\n(no statement found)\n", self.title))
    }

    /// The starter the user begins from (the snippet, for `predict`; `starter.sql` for `sql`).
    pub fn starter(&self) -> Option<Vec<u8>> {
        let file = if self.kind() == Kind::Sql {
            "starter.sql"
        } else {
            "starter.py"
        };
        self.files.read(file).ok().flatten()
    }

    /// The reference: `solution.py`, `expected.txt` for `predict`, `solution.sql` for `sql`, or a Kattis package's first
    /// accepted Python submission.
    pub fn reference(&self) -> Option<Vec<u8>> {
        match (self.format, self.kind()) {
            (Format::Native, Kind::Predict) => self.files.read("expected.txt").ok().flatten(),
            (Format::Native, Kind::Sql) => self.files.read("solution.sql").ok().flatten(),
            (Format::Native, _) => self.files.read("solution.py").ok().flatten(),
            (Format::Kattis, _) => self
                .submissions()
                .ok()?
                .into_iter()
                .find(|s| s.expected == crate::verdict::Verdict::Accepted)
                .map(|s| s.source),
        }
    }

    /// Loads and validates the test data.
    pub fn tests(&self) -> Result<Tests, LoadError> {
        match self.format {
            Format::Native => native::load_tests(self),
            Format::Kattis => kattis::load_tests(&self.files),
        }
    }

    /// Loads the labelled submissions.
    pub fn submissions(&self) -> Result<Vec<Submission>, LoadError> {
        submissions::load(&self.files, self.kind(), self.format == Format::Native)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_exercise_and_its_tests_load() {
        let cat = Catalog::embedded();
        assert!(cat.errors.is_empty(), "{:?}", cat.errors);
        assert_eq!(cat.exercises.len(), embedded_names().count());
        for ex in &cat.exercises {
            let tests = ex.tests().unwrap_or_else(|e| panic!("{}: {e}", ex.name));
            assert!(tests.len() > 0, "{} has no tests", ex.name);
            let alone = Catalog::embedded_named(&ex.name)
                .expect("found")
                .expect("loads");
            assert_eq!(alone.name, ex.name);
        }
        assert!(Catalog::embedded_named("no-such-exercise").is_none());
    }
}
