//! The source line under a problem, with a caret under the place, like a compiler:
//!
//! ```text
//!   14 |     "62510": [12,5, 13.1],
//!      |                  ^
//! ```
//!
//! Long lines (a minified file is one line) are cut around the place.

/// Characters kept before and after the place on a long line.
const BEFORE: usize = 40;
const AFTER: usize = 60;

/// A line of the source and where the caret goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    pub line: usize,
    /// The line as shown: tabs and control characters replaced so the caret lines up, cut
    /// with « … » when long.
    pub text: String,
    /// Characters of `text` before the caret.
    pub caret: usize,
}

impl Excerpt {
    /// The two lines of the excerpt, the line number in a margin.
    pub fn render(&self) -> String {
        let number = self.line.to_string();
        let margin = " ".repeat(number.len());
        format!("{number} | {}\n{margin} | {}^", self.text, " ".repeat(self.caret))
    }
}

/// A text with its line starts, to take excerpts from quickly.
#[derive(Debug, Clone)]
pub struct Source<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Source<'a> {
    pub fn new(text: &'a str) -> Self {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Source { text, line_starts }
    }

    /// The excerpt at 1-based `line` and character `column`, if the line exists.
    pub fn excerpt(&self, line: usize, column: usize) -> Option<Excerpt> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let raw = self.text[start..].split('\n').next().unwrap_or_default();
        let raw = raw.strip_suffix('\r').unwrap_or(raw).trim_start_matches('\u{feff}');
        let chars: Vec<char> = raw.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let place = column.saturating_sub(1).min(chars.len());
        let from = place.saturating_sub(BEFORE);
        let to = (place + AFTER).min(chars.len());
        let mut text: String = chars[from..to].iter().collect();
        let mut caret = place - from;
        if from > 0 {
            text.insert(0, '…');
            caret += 1;
        }
        if to < chars.len() {
            text.push('…');
        }
        Some(Excerpt { line, text, caret })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_caret_sits_under_the_place() {
        let source = Source::new("{\r\n  \"values\": {\r\n\t\"62510\": [12,5, 13.1]\r\n}");
        let excerpt = source.excerpt(3, 14).expect("line 3");
        assert_eq!(excerpt.text, " \"62510\": [12,5, 13.1]");
        assert_eq!(excerpt.caret, 13);
        assert_eq!(excerpt.render(), "3 |  \"62510\": [12,5, 13.1]\n  |              ^");
        assert_eq!(source.excerpt(1, 1).map(|e| (e.text, e.caret)), Some(("{".to_owned(), 0)));
        assert_eq!(source.excerpt(4, 9).map(|e| e.caret), Some(1), "a column past the end stops at the end");
        assert_eq!(source.excerpt(5, 1), None);
        assert_eq!(source.excerpt(0, 1), None);
    }

    #[test]
    fn long_lines_are_cut_around_the_place() {
        let line = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        let excerpt = Source::new(&line).excerpt(1, 501).expect("line");
        assert_eq!(excerpt.text.chars().count(), 1 + BEFORE + AFTER + 1);
        assert!(excerpt.text.starts_with('…') && excerpt.text.ends_with('…'));
        assert_eq!(excerpt.text.chars().nth(excerpt.caret), Some('X'));
        let start = Source::new(&line).excerpt(1, 1).expect("line");
        assert_eq!((start.caret, start.text.starts_with('a')), (0, true));
    }
}
