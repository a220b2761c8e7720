//! A failing `sql` test's rows: the expected and the actual table one above the other, the
//! same column widths in both (the judge lays them out), and the rows that differ marked
//! `-` (expected, missing from yours) and `+` (yours, not expected).

use std::io::{self, Write};

use similar::{ChangeTag, TextDiff};

use super::style::Style;

/// Which lines of `expected` and of `actual` have no counterpart in the other.
fn marks(expected: &str, actual: &str) -> (Vec<bool>, Vec<bool>) {
    let mut e = vec![false; expected.lines().count()];
    let mut a = vec![false; actual.lines().count()];
    for change in TextDiff::from_lines(expected, actual).iter_all_changes() {
        match change.tag() {
            ChangeTag::Equal => {}
            ChangeTag::Delete => {
                if let Some(i) = change.old_index().and_then(|i| e.get_mut(i)) {
                    *i = true;
                }
            }
            ChangeTag::Insert => {
                if let Some(i) = change.new_index().and_then(|i| a.get_mut(i)) {
                    *i = true;
                }
            }
        }
    }
    (e, a)
}

/// Both tables, marked; the header and rule lines (the first two) are never marked.
pub fn render(out: &mut dyn Write, expected: &str, actual: &str, s: Style) -> io::Result<()> {
    let (me, ma) = marks(expected, actual);
    for (label, text, marked, sign) in [
        ("expected:", expected, me, '-'),
        ("yours:", actual, ma, '+'),
    ] {
        writeln!(out, "  {}", s.dim(label))?;
        for (i, line) in text.lines().enumerate() {
            if i >= 2 && marked.get(i).copied().unwrap_or(false) {
                let text = format!("  {sign} {line}");
                let text = if sign == '-' {
                    s.green(&text)
                } else {
                    s.red(&text)
                };
                writeln!(out, "  {text}")?;
            } else {
                writeln!(out, "      {line}")?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differing_rows_are_marked() {
        let e = "id | n\n---+--\n1  | a\n2  | b\n";
        let a = "id | n\n---+--\n1  | a\n2  | c\n3  | d\n";
        let mut out = Vec::new();
        render(&mut out, e, a, Style::new(false)).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "  expected:\n      id | n\n      ---+--\n      1  | a\n    - 2  | b\n  yours:\n      id | n\n      ---+--\n      1  | a\n    + 2  | c\n    + 3  | d\n"
        );
    }
}
