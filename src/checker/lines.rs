//! Line-wise comparison that forgives what a person cannot see: trailing whitespace on a line,
//! trailing blank lines, and `\r\n` line ends.

use super::mismatch::Mismatch;

/// Splits text into lines with trailing whitespace removed and trailing blank lines dropped.
pub fn normalized_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Compares two texts line by line after normalisation.
pub fn check_lines(expected: &[u8], output: &[u8]) -> Result<(), Mismatch> {
    let exp = String::from_utf8_lossy(expected);
    let out = String::from_utf8_lossy(output);
    let e = normalized_lines(&exp);
    let o = normalized_lines(&out);
    for (i, (a, b)) in e.iter().zip(&o).enumerate() {
        if a != b {
            return Err(Mismatch(format!(
                "line {}: expected `{a}`, got `{b}`",
                i + 1
            )));
        }
    }
    match e.len().cmp(&o.len()) {
        std::cmp::Ordering::Equal => Ok(()),
        std::cmp::Ordering::Greater => Err(Mismatch(format!(
            "output ends after {} line(s); expected {} (next: `{}`)",
            o.len(),
            e.len(),
            e[o.len()]
        ))),
        std::cmp::Ordering::Less => Err(Mismatch(format!(
            "unexpected extra output from line {}: `{}`",
            e.len() + 1,
            o[e.len()]
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::check_lines;

    #[test]
    fn lines_table() {
        let rows: &[(&str, &str, bool, &str)] = &[
            ("a\nb\n", "a\nb\n", true, "identical"),
            ("a\nb\n", "a\nb", true, "missing final newline"),
            (
                "a\nb\n",
                "a  \nb\t\n\n\n",
                true,
                "trailing spaces and blank lines",
            ),
            ("a\nb\n", "a\r\nb\r\n", true, "CRLF"),
            ("a\nb\n", "a\nc\n", false, "different line"),
            ("a b\n", "a  b\n", false, "inner spaces matter"),
            ("a\nb\n", "a\n", false, "missing line"),
            ("a\n", "a\nb\n", false, "extra line"),
            ("a\n", " a\n", false, "leading space matters"),
            ("", "\n\n", true, "empty vs blank lines"),
            ("A\n", "a\n", false, "case matters"),
        ];
        for (exp, out, ok, msg) in rows {
            assert_eq!(
                check_lines(exp.as_bytes(), out.as_bytes()).is_ok(),
                *ok,
                "{msg}"
            );
        }
    }
}
