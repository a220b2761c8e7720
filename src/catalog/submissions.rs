//! Labelled submissions (`submissions/<verdict>/*`), in both formats: a native exercise's
//! and a Kattis package's, which `grind verify` proves get their labels.

use super::error::{LoadError, Problems};
use super::exercise::{Kind, Submission};
use super::files::Files;
use crate::verdict::Verdict;

/// Loads labelled submissions from `submissions/<verdict>/`. In a native exercise an unknown
/// verdict directory is an error; a Kattis package may carry others (for other tools), which
/// are skipped.
pub fn load(files: &Files, kind: Kind, strict: bool) -> Result<Vec<Submission>, LoadError> {
    let mut problems = Problems::default();
    let mut out = Vec::new();
    for dir in files.list("submissions") {
        if !dir.is_dir {
            continue;
        }
        let Some(verdict) = Verdict::from_dir_name(&dir.name) else {
            if !strict {
                continue;
            }
            problems.push(format!(
                "`{}`: unknown verdict directory: use one of {}",
                files.display(&format!("submissions/{}", dir.name)),
                Verdict::ALL
                    .iter()
                    .map(|v| format!("`{v}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            continue;
        };
        for f in files.list(&format!("submissions/{}", dir.name)) {
            let ok_ext = match kind {
                Kind::Predict => f.name.ends_with(".txt"),
                Kind::Sql => f.name.ends_with(".sql"),
                _ => f.name.ends_with(".py") || f.name.ends_with(".py3"),
            };
            if f.is_dir || !ok_ext {
                continue;
            }
            let rel = format!("submissions/{}/{}", dir.name, f.name);
            if let Ok(Some(source)) = files.read(&rel) {
                out.push(Submission {
                    expected: verdict,
                    name: format!("{}/{}", dir.name, f.name),
                    source,
                });
            }
        }
    }
    problems.into_result(files.display_root(), out)
}
