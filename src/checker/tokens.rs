//! The Kattis/ICPC default output validator.
//!
//! Semantics follow problemtools' `default_validator`: whitespace-separated tokens, compared
//! case-insensitively (ASCII) unless `case_sensitive`; whitespace ignored unless
//! `space_change_sensitive`, in which case every whitespace byte of the answer must be matched
//! exactly and the output may have no other; with a float tolerance, an answer token that is a
//! finite C double needs an output token that is one too, within the absolute *or* relative
//! tolerance. Without a tolerance numbers are plain strings.

use super::float::parse_finite;
use super::mismatch::Mismatch;

/// Flags of the default validator.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct TokenOptions {
    pub case_sensitive: bool,
    pub space_change_sensitive: bool,
    pub float_absolute_tolerance: Option<f64>,
    pub float_relative_tolerance: Option<f64>,
}

impl TokenOptions {
    /// Sets both tolerances, as `float_tolerance E` does.
    pub fn with_float_tolerance(mut self, tol: f64) -> Self {
        self.float_absolute_tolerance = Some(tol);
        self.float_relative_tolerance = Some(tol);
        self
    }

    fn uses_floats(&self) -> bool {
        self.float_absolute_tolerance.is_some() || self.float_relative_tolerance.is_some()
    }
}

/// C's `isspace` in the "C" locale.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// A cursor over one side, tracking the line number for messages.
struct Cursor<'a> {
    text: &'a [u8],
    pos: usize,
    line: usize,
    /// The 1-based position of the last token read on its line.
    column: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a [u8]) -> Self {
        Self {
            text,
            pos: 0,
            line: 1,
            column: 0,
        }
    }

    fn peek_space(&self) -> Option<u8> {
        self.text.get(self.pos).copied().filter(|&b| is_space(b))
    }

    fn bump(&mut self) -> u8 {
        let b = self.text[self.pos];
        self.pos += 1;
        if b == b'\n' {
            self.line += 1;
            self.column = 0;
        }
        b
    }

    fn skip_space(&mut self) {
        while self.peek_space().is_some() {
            self.bump();
        }
    }

    fn token(&mut self) -> Option<&'a [u8]> {
        self.skip_space();
        if self.pos < self.text.len() {
            self.column += 1;
        }
        let start = self.pos;
        while self.pos < self.text.len() && !is_space(self.text[self.pos]) {
            self.pos += 1;
        }
        (self.pos > start).then(|| &self.text[start..self.pos])
    }
}

fn show(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn space_name(b: Option<u8>) -> String {
    match b {
        None => "end of output".into(),
        Some(b' ') => "a space".into(),
        Some(b'\n') => "a newline".into(),
        Some(b'\t') => "a tab".into(),
        Some(b'\r') => "a carriage return".into(),
        Some(c) if is_space(c) => format!("whitespace byte {c:#04x}"),
        Some(c) => format!("`{}`", c as char),
    }
}

/// Where two tokens compared: `line 3` when both are alone on the same line, `line 3, token
/// 2` when on the same line among others, else both places (`line 2, token 1 of the expected
/// output; line 1, token 2 of yours`).
fn at(judge: &Cursor<'_>, team: &Cursor<'_>) -> String {
    let alone = |c: &Cursor<'_>| {
        c.column == 1
            && c.text[c.pos..]
                .iter()
                .take_while(|&&b| b != b'\n')
                .all(|&b| is_space(b))
    };
    if judge.line == team.line && judge.column == team.column {
        if alone(judge) && alone(team) {
            format!("line {}", team.line)
        } else {
            format!("line {}, token {}", team.line, team.column)
        }
    } else {
        format!(
            "line {}, token {} of the expected output; line {}, token {} of yours",
            judge.line, judge.column, team.line, team.column
        )
    }
}

/// Checks `output` against the judge's `answer`.
pub fn check_tokens(answer: &[u8], output: &[u8], opts: &TokenOptions) -> Result<(), Mismatch> {
    let mut judge = Cursor::new(answer);
    let mut team = Cursor::new(output);
    let mut index = 0usize;
    loop {
        while judge.peek_space().is_some() {
            let c = judge.bump();
            if opts.space_change_sensitive {
                let got = team.text.get(team.pos).copied();
                if got != Some(c) {
                    return Err(Mismatch(format!(
                        "line {}: space change: expected {}, got {}",
                        team.line,
                        space_name(Some(c)),
                        space_name(got)
                    )));
                }
                team.bump();
            }
        }
        if let Some(d) = team.peek_space() {
            if opts.space_change_sensitive {
                return Err(Mismatch(format!(
                    "line {}: space change: unexpected {}",
                    team.line,
                    space_name(Some(d))
                )));
            }
            team.skip_space();
        }
        let Some(j) = judge.token() else { break };
        let Some(t) = team.token() else {
            let what = if index == 0 {
                "output is empty"
            } else {
                "output ended early"
            };
            return Err(Mismatch(format!("{what}: expected `{}` next", show(j))));
        };
        index += 1;
        compare_token(j, t, opts)
            .map_err(|why| Mismatch(format!("{}: {why}", at(&judge, &team))))?;
    }
    if let Some(t) = team.token() {
        return Err(Mismatch(format!(
            "line {}: unexpected extra output `{}`",
            team.line,
            show(t)
        )));
    }
    Ok(())
}

fn compare_token(j: &[u8], t: &[u8], opts: &TokenOptions) -> Result<(), String> {
    if opts.uses_floats()
        && let Some(jv) = std::str::from_utf8(j).ok().and_then(parse_finite)
    {
        let Some(tv) = std::str::from_utf8(t).ok().and_then(parse_finite) else {
            return Err(format!(
                "expected a number like `{}`, got `{}`",
                show(j),
                show(t)
            ));
        };
        let diff = (jv - tv).abs();
        let abs_ok = opts.float_absolute_tolerance.is_some_and(|a| diff <= a);
        let rel_ok = opts
            .float_relative_tolerance
            .is_some_and(|r| diff <= r * jv.abs());
        if abs_ok || rel_ok {
            return Ok(());
        }
        return Err(format!(
            "expected `{}`, got `{}` (difference {diff:e} exceeds the tolerance)",
            show(j),
            show(t)
        ));
    }
    let same = if opts.case_sensitive {
        j == t
    } else {
        j.eq_ignore_ascii_case(t)
    };
    if same {
        Ok(())
    } else {
        Err(format!("expected `{}`, got `{}`", show(j), show(t)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(flags: &str) -> TokenOptions {
        let mut o = TokenOptions::default();
        let mut it = flags.split_whitespace();
        while let Some(f) = it.next() {
            match f {
                "case_sensitive" => o.case_sensitive = true,
                "space_change_sensitive" => o.space_change_sensitive = true,
                "float_tolerance" => {
                    o = o.with_float_tolerance(it.next().unwrap().parse().unwrap());
                }
                "float_absolute_tolerance" => {
                    o.float_absolute_tolerance = Some(it.next().unwrap().parse().unwrap());
                }
                "float_relative_tolerance" => {
                    o.float_relative_tolerance = Some(it.next().unwrap().parse().unwrap());
                }
                _ => panic!("unknown flag {f}"),
            }
        }
        o
    }

    /// Golden cases: judge answer, user output, validator flags, accepted?, what it shows.
    #[test]
    fn default_validator_golden() {
        let rows: &[(&str, &str, &str, bool, &str)] = &[
            ("1 2 3\n", "1 2 3\n", "", true, "identical"),
            ("1 2 3\n", "1\n2\n3", "", true, "newlines vs spaces ignored"),
            (
                "1 2 3\n",
                "   1 2 3   \n\n\n",
                "",
                true,
                "leading/trailing space ignored",
            ),
            (
                "1 2 3\n",
                "1\t2\x0b3\x0c\r\n",
                "",
                true,
                "all C whitespace counts",
            ),
            ("", "", "", true, "both empty"),
            ("", "\n \n", "", true, "empty answer, blank output"),
            ("", "x", "", false, "empty answer, a token in output"),
            ("1", "", "", false, "empty output"),
            ("1 2", "1", "", false, "missing token"),
            ("1", "1 2", "", false, "trailing token"),
            ("Yes", "yes", "", true, "case-insensitive by default"),
            ("Yes", "YES", "case_sensitive", false, "case_sensitive"),
            (
                "Yes",
                "Yes",
                "case_sensitive",
                true,
                "case_sensitive same case",
            ),
            ("ÄB", "äb", "", false, "only ASCII case folds"),
            ("1.0", "1", "", false, "no tolerance: numbers are strings"),
            (
                "1.0",
                "1.00",
                "",
                false,
                "no tolerance: trailing zero differs",
            ),
            (
                "1.0",
                "1",
                "float_tolerance 1e-6",
                true,
                "tolerance: 1 == 1.0",
            ),
            (
                "1.0",
                "1.0000001",
                "float_tolerance 1e-6",
                true,
                "within tolerance",
            ),
            (
                "1.0",
                "1.00001",
                "float_tolerance 1e-6",
                false,
                "outside tolerance",
            ),
            (
                "1000000",
                "1000000.5",
                "float_relative_tolerance 1e-6",
                true,
                "relative ok",
            ),
            (
                "1000000",
                "1000000.5",
                "float_absolute_tolerance 1e-6",
                false,
                "absolute fails",
            ),
            (
                "0",
                "1e-7",
                "float_relative_tolerance 1e-6",
                false,
                "relative at zero",
            ),
            (
                "0",
                "1e-7",
                "float_absolute_tolerance 1e-6",
                true,
                "absolute at zero",
            ),
            (
                "1e3",
                "1000",
                "float_tolerance 1e-9",
                true,
                "exponent in answer",
            ),
            (
                "1000",
                "1E3",
                "float_tolerance 1e-9",
                true,
                "exponent in output",
            ),
            (
                "0.25",
                "0x1p-2",
                "float_tolerance 1e-9",
                true,
                "hex float in output",
            ),
            (
                "1.5",
                "abc",
                "float_tolerance 1e-6",
                false,
                "word where a float is due",
            ),
            (
                "1.5",
                "1.5x",
                "float_tolerance 1e-6",
                false,
                "junk after float",
            ),
            (
                "1.5",
                "nan",
                "float_tolerance 1e-6",
                false,
                "nan is not a float",
            ),
            (
                "1.5",
                "inf",
                "float_tolerance 1e-6",
                false,
                "inf is not a float",
            ),
            (
                "inf",
                "INF",
                "float_tolerance 1e-6",
                true,
                "judge inf compares as string",
            ),
            (
                "inf",
                "INF",
                "float_tolerance 1e-6 case_sensitive",
                false,
                "inf case-sensitive",
            ),
            (
                "nan",
                "NaN",
                "float_tolerance 1e-6",
                true,
                "judge nan compares as string",
            ),
            (
                "abc",
                "ABC",
                "float_tolerance 1e-6",
                true,
                "words still compare as strings",
            ),
            (
                "1.5",
                "1.5",
                "float_tolerance 0",
                true,
                "zero tolerance exact",
            ),
            (
                "1.5",
                "1.50000001",
                "float_tolerance 0",
                false,
                "zero tolerance inexact",
            ),
            ("-0", "0", "float_tolerance 0", true, "negative zero"),
            (
                "1 2\n",
                "1 2\n",
                "space_change_sensitive",
                true,
                "space sensitive exact",
            ),
            (
                "1 2\n",
                "1  2\n",
                "space_change_sensitive",
                false,
                "extra inner space",
            ),
            (
                "1 2\n",
                "1\n2\n",
                "space_change_sensitive",
                false,
                "newline for space",
            ),
            (
                "1 2\n",
                "1 2",
                "space_change_sensitive",
                false,
                "missing final newline",
            ),
            (
                "1 2\n",
                "1 2\n\n",
                "space_change_sensitive",
                false,
                "extra final newline",
            ),
            (
                "1 2\n",
                " 1 2\n",
                "space_change_sensitive",
                false,
                "leading space",
            ),
            (
                "1 2",
                "1 2\n",
                "space_change_sensitive",
                false,
                "trailing newline not in answer",
            ),
            (
                "a b\n",
                "A B\n",
                "space_change_sensitive",
                true,
                "space sensitive, case-insensitive",
            ),
        ];
        for (ans, out, flags, ok, msg) in rows {
            let got = check_tokens(ans.as_bytes(), out.as_bytes(), &opts(flags));
            assert_eq!(got.is_ok(), *ok, "{msg}: {got:?}");
        }
    }

    #[test]
    fn messages_point_at_the_line() {
        let err = check_tokens(b"1\n2\n3\n", b"1\n2\n4\n", &opts("")).unwrap_err();
        assert_eq!(err.0, "line 3: expected `3`, got `4`");
        let err = check_tokens(b"1 2", b"1", &opts("")).unwrap_err();
        assert_eq!(err.0, "output ended early: expected `2` next");
        let err = check_tokens(b"1", b"", &opts("")).unwrap_err();
        assert_eq!(err.0, "output is empty: expected `1` next");
        let err = check_tokens(b"1", b"1\n7", &opts("")).unwrap_err();
        assert_eq!(err.0, "line 2: unexpected extra output `7`");
        let err = check_tokens(b"1 5\n6 9\n", b"1 5\n6 8\n", &opts("")).unwrap_err();
        assert_eq!(err.0, "line 2, token 2: expected `9`, got `8`");
        let err = check_tokens(b"YES\nNO\nNO\n", b"YES YES YES\n", &opts("")).unwrap_err();
        assert_eq!(
            err.0,
            "line 2, token 1 of the expected output; line 1, token 2 of yours: expected `NO`, got `YES`"
        );
    }
}
