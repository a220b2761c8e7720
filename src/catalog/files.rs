//! Read-only access to an exercise's files, wherever they live: embedded in the binary or on
//! disk. Loaders only see this interface, so the same code validates both.

use std::fmt;
use std::path::{Path, PathBuf};

use super::embedded;

/// A directory tree of exercise files.
#[derive(Clone)]
pub enum Files {
    /// A directory of the catalog packed into the binary by `build.rs`.
    Embedded(&'static embedded::Dir),
    /// A directory on disk.
    Disk(PathBuf),
}

impl fmt::Debug for Files {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Files({})", self.display_root())
    }
}

/// One entry of a directory listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub is_dir: bool,
}

impl Files {
    /// How the root is shown in messages (`exercises/two-sum` or a disk path).
    pub fn display_root(&self) -> String {
        match self {
            Files::Embedded(d) => format!("exercises/{}", d.name),
            Files::Disk(p) => p.display().to_string(),
        }
    }

    /// How a file inside the root is shown in messages.
    pub fn display(&self, rel: &str) -> String {
        format!("{}/{rel}", self.display_root())
    }

    /// Reads a file, `None` if it does not exist.
    pub fn read(&self, rel: &str) -> std::io::Result<Option<Vec<u8>>> {
        match self {
            Files::Embedded(d) => d.file(rel).map(embedded::File::contents).transpose(),
            Files::Disk(p) => match std::fs::read(p.join(rel)) {
                Ok(b) => Ok(Some(b)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// Whether a file or directory exists.
    pub fn exists(&self, rel: &str) -> bool {
        match self {
            Files::Embedded(d) => d.file(rel).is_some() || d.is_dir(rel),
            Files::Disk(p) => p.join(rel).exists(),
        }
    }

    /// Lists a directory (empty if it does not exist), sorted in natural order.
    pub fn list(&self, rel: &str) -> Vec<Entry> {
        let mut out: Vec<Entry> = match self {
            Files::Embedded(d) => d
                .list(rel)
                .into_iter()
                .map(|(name, is_dir)| Entry { name, is_dir })
                .collect(),
            Files::Disk(p) => std::fs::read_dir(p.join(rel))
                .map(|rd| {
                    rd.filter_map(Result::ok)
                        .map(|e| Entry {
                            name: e.file_name().to_string_lossy().into_owned(),
                            is_dir: e.file_type().is_ok_and(|t| t.is_dir()),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        };
        out.sort_by(|a, b| natural_cmp(&a.name, &b.name));
        out
    }

    /// The directory name of the root.
    pub fn root_name(&self) -> String {
        match self {
            Files::Embedded(d) => d.name.to_string(),
            Files::Disk(p) => {
                let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
                file_name(&abs)
            }
        }
    }
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Natural order: runs of digits compare by value, so `2` sorts before `10`.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let (mut x, mut y) = (a.as_bytes(), b.as_bytes());
    loop {
        match (x.first(), y.first()) {
            (None, None) => return a.cmp(b),
            (None, _) => return std::cmp::Ordering::Less,
            (_, None) => return std::cmp::Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let n = x.iter().take_while(|c| c.is_ascii_digit()).count();
                let m = y.iter().take_while(|c| c.is_ascii_digit()).count();
                let (p, q) = (trim_zeros(&x[..n]), trim_zeros(&y[..m]));
                let ord = p.len().cmp(&q.len()).then_with(|| p.cmp(q));
                if ord != std::cmp::Ordering::Equal {
                    return ord;
                }
                x = &x[n..];
                y = &y[m..];
            }
            (Some(c), Some(d)) => {
                if c != d {
                    return c.cmp(d);
                }
                x = &x[1..];
                y = &y[1..];
            }
        }
    }
}

fn trim_zeros(d: &[u8]) -> &[u8] {
    let k = d.iter().take_while(|&&c| c == b'0').count();
    &d[k.min(d.len().saturating_sub(1))..]
}

#[cfg(test)]
mod tests {
    use super::natural_cmp;

    #[test]
    fn natural_order() {
        let mut v = vec!["10.in", "2.in", "1.in", "01b.in", "a", "B"];
        v.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(v, ["1.in", "01b.in", "2.in", "10.in", "B", "a"]);
    }
}
