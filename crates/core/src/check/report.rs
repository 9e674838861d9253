//! Collects the diagnostics of one file and decides whether it is accepted.

use std::sync::Arc;

use crate::columns::KeyPlace;
use crate::diagnostic::{Diagnostic, JsonPath, Position, Problem, Severity};
use crate::locate::Locator;

/// A file that passed validation, with its warnings.
#[derive(Debug, Clone)]
pub struct Accepted<T> {
    pub value: T,
    pub warnings: Vec<Diagnostic>,
}

/// A file that did not pass: at least one diagnostic is an error.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    pub diagnostics: Vec<Diagnostic>,
}

impl Rejected {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
}

impl From<Diagnostic> for Rejected {
    fn from(d: Diagnostic) -> Self {
        Rejected { diagnostics: vec![d] }
    }
}

pub type Checked<T> = Result<Accepted<T>, Rejected>;

pub(crate) struct Report<'a> {
    /// The file's name, shared by its diagnostics.
    file: Arc<str>,
    text: &'a str,
    /// Places of the text, indexed on the first problem.
    locator: Locator<'a>,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Report<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Report { file: file.into(), text, locator: Locator::new(text), diagnostics: Vec::new() }
    }

    fn push(&mut self, severity: Severity, path: JsonPath, problem: Problem) {
        let position = self.locator.locate(&path);
        self.diagnostics.push(Diagnostic { severity, file: self.file.clone(), position, path, problem });
    }

    /// An error at a byte offset of the text found by the caller (finer than the path's).
    pub fn error_at(&mut self, offset: usize, path: JsonPath, problem: Problem) {
        let position = Some(self.locator.position(offset));
        self.diagnostics.push(Diagnostic { severity: Severity::Error, file: self.file.clone(), position, path, problem });
    }

    /// A warning at a place of the text known to the caller (where the path would be found,
    /// without searching): its line, and its column counted in characters from the line start.
    pub fn warning_at(&mut self, place: KeyPlace, path: JsonPath, problem: Problem) {
        let column = self.text.get(place.line_start..place.offset).map_or(0, |t| t.chars().count()) + 1;
        let position = Some(Position { line: place.line, column });
        self.diagnostics.push(Diagnostic { severity: Severity::Warning, file: self.file.clone(), position, path, problem });
    }

    /// Whether this exact problem was already reported at `path` (e.g. by the other table of a
    /// ratio): the same mistake is said once.
    pub fn has(&self, path: &JsonPath, problem: &Problem) -> bool {
        self.diagnostics.iter().any(|d| &d.path == path && &d.problem == problem)
    }

    /// The text of the file, to look closer at a place.
    pub fn text(&self) -> &'a str {
        self.text
    }

    pub fn error(&mut self, path: JsonPath, problem: Problem) {
        self.push(Severity::Error, path, problem);
    }

    pub fn warning(&mut self, path: JsonPath, problem: Problem) {
        self.push(Severity::Warning, path, problem);
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Accepts `value` if no error was reported. Diagnostics are sorted: errors first, then by
    /// position.
    pub fn finish<T>(mut self, value: impl FnOnce() -> T) -> Checked<T> {
        if self.has_errors() {
            Err(self.reject())
        } else {
            self.sort();
            Ok(Accepted { value: value(), warnings: self.diagnostics })
        }
    }

    /// Rejects the file; only to be called after an error was reported.
    pub fn reject(mut self) -> Rejected {
        debug_assert!(self.has_errors());
        self.sort();
        Rejected { diagnostics: self.diagnostics }
    }

    /// Errors first, then warnings; each by position, the unplaced last; stable. The keys are
    /// sorted with their index, and the diagnostics (152 bytes each) moved once: a national
    /// file has tens of thousands of warnings, found table by table and commune by commune,
    /// not in file order (sorting the diagnostics themselves was about a quarter of the
    /// instructions its warnings cost).
    fn sort(&mut self) {
        let key = |d: &Diagnostic| (d.severity, d.position.is_none(), d.position);
        if self.diagnostics.is_sorted_by_key(key) {
            return;
        }
        let mut order: Vec<_> = self.diagnostics.iter().enumerate().map(|(i, d)| (key(d), i)).collect();
        order.sort_unstable();
        let mut slots: Vec<Option<Diagnostic>> = std::mem::take(&mut self.diagnostics).into_iter().map(Some).collect();
        self.diagnostics = order.into_iter().filter_map(|(_, i)| slots[i].take()).collect();
    }
}

/// Years as a French list: « 2017, 2018 et 2020 » (written in one string, from an iterator:
/// a national file may have tens of thousands of these, and no list of years is made for each).
pub(crate) fn list_years(years: impl IntoIterator<Item = crate::series::Year>) -> String {
    use std::fmt::Write as _;
    let mut years = years.into_iter().peekable();
    let mut out = String::with_capacity(16);
    let mut first = true;
    while let Some(year) = years.next() {
        if !first {
            out.push_str(if years.peek().is_none() { " et " } else { ", " });
        }
        first = false;
        let _ = write!(out, "{year}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_needs_the_same_place_and_the_same_problem() {
        let mut report = Report::new("f.json", "{}");
        let here = JsonPath::root().key("years");
        let there = JsonPath::root().key("values");
        report.error(here.clone(), Problem::Empty);
        assert!(report.has(&here, &Problem::Empty));
        assert!(!report.has(&there, &Problem::Empty), "same problem, other place");
        assert!(!report.has(&here, &Problem::LengthMismatch { expected: 2, found: 3 }), "same place, other problem");
    }

    #[test]
    fn diagnostics_come_errors_first_then_by_place_in_a_stable_order() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}";
        let at = |line: usize| {
            let line_start = text.split('\n').take(line - 1).map(|l| l.len() + 1).sum();
            KeyPlace { offset: line_start + 2, line, line_start }
        };
        let mut report = Report::new("f.json", text);
        let problem = |n: usize| Problem::LengthMismatch { expected: n, found: 0 };
        report.warning_at(at(4), JsonPath::root().key("c"), problem(1));
        report.error(JsonPath::root().key("absent"), problem(2));
        report.warning_at(at(2), JsonPath::root().key("a"), problem(3));
        report.warning_at(at(4), JsonPath::root().key("c"), problem(4));
        report.error_at(text.find("\"b\"").unwrap_or_default(), JsonPath::root().key("b"), problem(5));
        report.warning(JsonPath::root().key("absent"), problem(6));
        let order: Vec<(Severity, Option<usize>, usize)> = report
            .reject()
            .diagnostics
            .iter()
            .map(|d| (d.severity, d.position.map(|p| p.line), match d.problem { Problem::LengthMismatch { expected, .. } => expected, _ => 0 }))
            .collect();
        use Severity::{Error, Warning};
        assert_eq!(order, [(Error, Some(3), 5), (Error, None, 2), (Warning, Some(2), 3), (Warning, Some(4), 1), (Warning, Some(4), 4), (Warning, None, 6)]);
    }

    #[test]
    fn years_are_listed_in_french() {
        assert_eq!(list_years([]), "");
        assert_eq!(list_years([2017]), "2017");
        assert_eq!(list_years([2017, 2018]), "2017 et 2018");
        assert_eq!(list_years([2017, 2018, 2020, 2024]), "2017, 2018, 2020 et 2024");
    }
}
