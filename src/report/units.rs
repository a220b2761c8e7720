//! Units as the reports show them.

use std::time::Duration;

/// Human-readable bytes (`12.3 MiB`).
/// `1 test`, `3 tests`: a count and its noun, plural when it is not 1.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

pub fn mib(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)]
    let m = bytes as f64 / (1024.0 * 1024.0);
    format!("{m:.1} MiB")
}

/// Milliseconds, rounded down.
pub fn ms(d: Duration) -> u128 {
    d.as_millis()
}

/// Text a program produced, made safe for a terminal: control characters become visible
/// instead of acting (an escape sequence could clear the screen, fake a verdict, set the
/// window title or switch screens). C0 controls (but newline and tab) show as their Unicode
/// control pictures (`␛`, `␀`, `␇`), DEL as `␡`, C1 controls and the bidirectional overrides
/// (which reorder what follows on screen) as `\u{..}`.
pub fn safe(text: &str) -> String {
    if !text.chars().any(needs_escape) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            c if (c as u32) < 0x20 => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
            '\u{7f}' => out.push('␡'),
            c if needs_escape(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn needs_escape(c: char) -> bool {
    matches!(c,
        '\0'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{61c}')
}

#[cfg(test)]
mod tests {
    use super::safe;

    #[test]
    fn control_characters_become_visible() {
        let rows: &[(&str, &str, &str)] = &[
            (
                "plain text\n\tok",
                "plain text\n\tok",
                "newline and tab stay",
            ),
            ("\x1b[2J\x1b[H", "␛[2J␛[H", "escape sequences cannot act"),
            (
                "\x1b]0;TITLE\x07",
                "␛]0;TITLE␇",
                "a window title sequence is shown, not set",
            ),
            ("NO\0", "NO␀", "NUL"),
            ("a\rb", "a␍b", "a carriage return cannot overwrite the line"),
            ("x\u{7f}", "x␡", "DEL"),
            (
                "\u{9b}31m",
                "\\u{9b}31m",
                "a C1 control sequence introducer",
            ),
            (
                "abc\u{202e}def",
                "abc\\u{202e}def",
                "a right-to-left override cannot reorder the line",
            ),
            ("héllo ✓", "héllo ✓", "other Unicode is untouched"),
        ];
        for (input, want, why) in rows {
            assert_eq!(safe(input), *want, "{why}");
        }
    }
}
