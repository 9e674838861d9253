//! Checks of the text fields of a file: the app renders them as text (never as markup), and
//! these checks keep them plausible: not absurdly long (a page must not break on a 1 MB
//! title), and free of invisible characters that could disguise what a reader sees (control
//! characters, bidirectional overrides as in « Trojan Source »).

use super::report::Report;
use crate::diagnostic::{JsonPath, Problem};

/// The longest a short text may be: titles, names, labels, units, licences.
pub const SHORT_TEXT: usize = 200;
/// The longest a long text may be: definitions, descriptions.
pub const LONG_TEXT: usize = 2_000;

/// A character that may not appear in a text: C0/C1 controls other than a line break, and the
/// bidirectional embedding, override and isolate controls.
fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

pub(crate) fn check_text(report: &mut Report, path: impl Fn() -> JsonPath, text: &str, max: usize) {
    let length = text.chars().count();
    if length > max {
        report.error(path(), Problem::TextTooLong { length, max });
    }
    if let Some(c) = text.chars().find(|&c| is_invisible(c)) {
        report.error(path(), Problem::InvisibleCharacter { code_point: u32::from(c) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_of_exactly_the_limit_is_accepted() {
        let mut report = Report::new("f.json", "{}");
        check_text(&mut report, JsonPath::root, &"é".repeat(SHORT_TEXT), SHORT_TEXT);
        assert!(!report.has_errors(), "200 characters (400 bytes) are allowed");
        check_text(&mut report, JsonPath::root, &"é".repeat(SHORT_TEXT + 1), SHORT_TEXT);
        assert!(report.has(&JsonPath::root(), &Problem::TextTooLong { length: SHORT_TEXT + 1, max: SHORT_TEXT }));
    }

    #[test]
    fn invisible_characters() {
        for c in ['\0', '\t', '\r', '\u{7f}', '\u{85}', '\u{202e}', '\u{2066}', '\u{200f}'] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in ['\n', ' ', '\u{a0}', 'é', '«', '€', '²'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }
}
