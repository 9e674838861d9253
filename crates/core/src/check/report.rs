//! Collects the diagnostics of one file and decides whether it is accepted.

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
    file: &'a str,
    text: &'a str,
    /// Places of the text, indexed on the first problem.
    locator: Locator<'a>,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Report<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Report { file, text, locator: Locator::new(text), diagnostics: Vec::new() }
    }

    fn push(&mut self, severity: Severity, path: JsonPath, problem: Problem) {
        let position = self.locator.locate(&path);
        self.diagnostics.push(Diagnostic { severity, file: self.file.to_owned(), position, path, problem });
    }

    /// An error at a byte offset of the text found by the caller (finer than the path's).
    pub fn error_at(&mut self, offset: usize, path: JsonPath, problem: Problem) {
        let position = Some(self.locator.position(offset));
        self.diagnostics.push(Diagnostic { severity: Severity::Error, file: self.file.to_owned(), position, path, problem });
    }

    /// A warning at a place of the text known to the caller (where the path would be found,
    /// without searching): its line, and its column counted in characters from the line start.
    pub fn warning_at(&mut self, place: KeyPlace, path: JsonPath, problem: Problem) {
        let column = self.text.get(place.line_start..place.offset).map_or(0, |t| t.chars().count()) + 1;
        let position = Some(Position { line: place.line, column });
        self.diagnostics.push(Diagnostic { severity: Severity::Warning, file: self.file.to_owned(), position, path, problem });
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

    /// Errors first, then warnings; each by position.
    fn sort(&mut self) {
        self.diagnostics.sort_by_key(|d| (d.severity, d.position.is_none(), d.position));
    }
}

/// Years as a French list: « 2017, 2018 et 2020 » (written in one string: a national file
/// may have thousands of these).
pub(crate) fn list_years(years: &[crate::series::Year]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(years.len() * 6);
    for (i, year) in years.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == years.len() { " et " } else { ", " });
        }
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
    fn years_are_listed_in_french() {
        assert_eq!(list_years(&[]), "");
        assert_eq!(list_years(&[2017]), "2017");
        assert_eq!(list_years(&[2017, 2018]), "2017 et 2018");
        assert_eq!(list_years(&[2017, 2018, 2020, 2024]), "2017, 2018, 2020 et 2024");
    }
}
