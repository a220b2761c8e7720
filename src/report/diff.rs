//! Line diffs between expected and actual output, with whitespace made visible, for the
//! report to colour.

use similar::{ChangeTag, TextDiff};

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffLine {
    pub tag: Tag,
    pub text: String,
}

/// Where a diff line comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Same,
    Expected,
    Actual,
}

/// Makes whitespace visible: spaces as `·`, tabs as `→`, carriage returns as `␍`, and a `⏎`
/// at a line end only when the line had trailing whitespace (so `a ` and `a` look different).
pub fn visible(line: &str) -> String {
    let body = line.strip_suffix('\n').unwrap_or(line);
    let trailing = body.len() != body.trim_end().len();
    let mut out = String::with_capacity(body.len() + 2);
    for c in body.chars() {
        match c {
            ' ' => out.push('·'),
            '\t' => out.push('→'),
            '\r' => out.push('␍'),
            c => out.push(c),
        }
    }
    if trailing {
        out.push('⏎');
    }
    out
}

/// A line diff of `expected` against `actual`, at most `max_lines` lines long.
pub fn diff_lines(expected: &str, actual: &str, max_lines: usize) -> Vec<DiffLine> {
    let diff = TextDiff::from_lines(expected, actual);
    let mut out = Vec::new();
    for change in diff.iter_all_changes() {
        if out.len() == max_lines {
            out.push(DiffLine {
                tag: Tag::Same,
                text: "…".into(),
            });
            break;
        }
        let tag = match change.tag() {
            ChangeTag::Equal => Tag::Same,
            ChangeTag::Delete => Tag::Expected,
            ChangeTag::Insert => Tag::Actual,
        };
        let text = visible(change.value());
        out.push(DiffLine { tag, text });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_is_visible() {
        assert_eq!(visible("a b\n"), "a·b");
        assert_eq!(visible("a\tb"), "a→b");
        assert_eq!(visible("a \n"), "a·⏎");
        assert_eq!(visible("x\r\n"), "x␍⏎");
    }

    #[test]
    fn diff_marks_changed_lines() {
        let d = diff_lines("1\n2\n3\n", "1\n5\n3\n", 50);
        let tags: Vec<Tag> = d.iter().map(|l| l.tag).collect();
        assert_eq!(tags, [Tag::Same, Tag::Expected, Tag::Actual, Tag::Same]);
        assert_eq!(d[1].text, "2");
        assert_eq!(d[2].text, "5");
    }

    #[test]
    fn diff_is_capped() {
        let exp: String = (0..100).map(|i| format!("{i}\n")).collect();
        let d = diff_lines(&exp, "", 10);
        assert_eq!(d.len(), 11);
        assert_eq!(d[10].text, "…");
    }
}
