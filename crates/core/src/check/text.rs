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
    // Plain ASCII (most names): a character per byte, and the only invisible ones are the
    // controls; one quick pass each instead of decoding characters (35,000 commune names).
    let (length, invisible) = if text.is_ascii() {
        (text.len(), text.bytes().find(|&b| (b < 0x20 && b != b'\n') || b == 0x7f).map(char::from))
    } else {
        (text.chars().count(), text.chars().find(|&c| is_invisible(c)))
    };
    if length > max {
        report.error(path(), Problem::TextTooLong { length, max });
    }
    if let Some(c) = invisible {
        report.error(path(), Problem::InvisibleCharacter { code_point: u32::from(c) });
    }
}

/// The first HTML tag (`<b>`, `</a>`, `<!--`) or character reference (`&amp;`, `&#39;`) in
/// `text`: the app shows it as typed, so it is most likely pasted from a web page.
pub(crate) fn markup_in(text: &str) -> Option<&str> {
    for (i, c) in text.char_indices() {
        // `<` and `&` are one byte: `rest[1..]` is what follows them.
        let rest = &text[i..];
        let end = match c {
            '<' if rest[1..].starts_with(|a: char| a.is_ascii_alphabetic() || a == '/' || a == '!') => rest.find('>').map(|e| e + 1),
            '&' => rest[1..].find(';').filter(|&e| (1..=8).contains(&e) && rest[1..=e].chars().all(|c| c.is_ascii_alphanumeric() || c == '#')).map(|e| e + 2),
            _ => None,
        };
        if let Some(end) = end {
            return Some(&rest[..end]);
        }
    }
    None
}

/// A warning when `text` holds markup (see [`markup_in`]).
pub(crate) fn check_markup(report: &mut Report, path: impl FnOnce() -> JsonPath, text: &str) {
    if let Some(found) = markup_in(text) {
        report.warning(path(), Problem::MarkupInText { found: found.to_owned() });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_found() {
        assert_eq!(markup_in("Les <b>Bulles</b>"), Some("<b>"));
        assert_eq!(markup_in("fin</a>"), Some("</a>"));
        assert_eq!(markup_in("Lens &amp; Liévin"), Some("&amp;"));
        assert_eq!(markup_in("l&#39;eau"), Some("&#39;"));
        assert_eq!(markup_in("é<i>é"), Some("<i>"), "after a multi-byte character");
        for plain in ["Lens & Liévin", "éàü", "é&é;", "x < 3 et y > 2", "a <3", "R&D ; essais", "<b sans fin", "&;"] {
            assert_eq!(markup_in(plain), None, "{plain}");
        }
    }

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
        // The plain ASCII way finds the same first invisible character as the other.
        for text in ["a\tb\u{7}", "ok\n", "x\u{7f}", "é\u{1}"] {
            let mut report = Report::new("f.json", "{}");
            check_text(&mut report, JsonPath::root, text, SHORT_TEXT);
            match text.chars().find(|&c| is_invisible(c)).map(u32::from) {
                Some(code_point) => assert!(report.has(&JsonPath::root(), &Problem::InvisibleCharacter { code_point }), "{text:?}"),
                None => assert!(!report.has_errors(), "{text:?}"),
            }
        }
    }
}
