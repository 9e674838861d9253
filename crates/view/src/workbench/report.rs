//! A checked file as the workbench shows it: a summary line, then its problems grouped by kind
//! (errors first), each group with a headline (« 27 371 communes ont des années sans valeur,
//! par exemple … ») and every item with its line, column, JSON path and French message.
//! Serializable: the Web Worker that checks files sends it to the page. The worker's texts are
//! the core's French messages only; every text around them (summary, headlines, places, notes)
//! is written on the page, in its language, by the methods here.

use en_action_core::diagnostic::{Diagnostic, Severity};
use en_action_core::file_kind::FileKind;
use serde::{Deserialize, Serialize};

use crate::i18n::{fill, t};

/// One problem.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The JSON path, e.g. `values.62498[3]` (empty for the whole file).
    pub path: String,
    /// The French message, without the file name.
    pub message: String,
}

impl Item {
    /// « ligne 14, colonne 9 (values.62498[3]) », or what is known of it.
    pub fn place(&self) -> String {
        let text = t().workbench();
        let at = match (self.line, self.column) {
            (Some(line), Some(column)) => fill(text.line_column, &[("line", &line.to_string()), ("column", &column.to_string())]),
            _ => String::new(),
        };
        match (at.is_empty(), self.path.is_empty()) {
            (true, true) => text.whole_file.to_owned(),
            (false, true) => at,
            (true, false) => self.path.clone(),
            (false, false) => format!("{at} ({})", self.path),
        }
    }

    /// A line of the full list: « ligne 14, colonne 9 (values.62001) : {message} ».
    pub fn full_line(&self) -> String {
        fill(t().workbench().full_list_line, &[("place", &self.place()), ("message", &self.message)])
    }
}

/// Problems of one kind and severity in one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemGroup {
    pub error: bool,
    /// The kind in snake_case (`unknown_commune`).
    pub kind: String,
    pub items: Vec<Item>,
}

impl ProblemGroup {
    /// For several problems, what they are, counted (« 27 371 communes ont des années sans
    /// valeur »); `None` for one (its message is the headline).
    pub fn counted(&self) -> Option<String> {
        let n = self.items.len();
        if n < 2 {
            return None;
        }
        let text = t().workbench();
        let what = match self.kind.as_str() {
            "coverage_gap" => text.coverage_gap,
            "unknown_commune" | "mistyped_code" => text.unknown_codes,
            "missing_commune" => text.missing_communes,
            "not_numeric" => text.not_numeric,
            "out_of_range" => text.out_of_range,
            "negative" => text.negative,
            "implausible" => text.implausible,
            "length_mismatch" => text.length_mismatch,
            "zero_denominator" => text.zero_denominator,
            "decimal_comma" => text.decimal_comma,
            "too_many_decimals" => text.too_many_decimals,
            _ if self.error => text.other_errors,
            _ => text.other_warnings,
        };
        Some(what.of(n))
    }

    /// The headline as plain text: the message for one problem; for several, what they are,
    /// counted, and the first one as an example (« …, par exemple : {first} »).
    pub fn headline(&self) -> String {
        let first = self.items.first().map(|i| i.message.as_str()).unwrap_or_default();
        match self.counted() {
            None => first.to_owned(),
            Some(what) => fill(t().workbench().several, &[("what", &what), ("first", first)]),
        }
    }
}

/// A checked file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileReport {
    pub name: String,
    pub kind: FileKind,
    pub errors: usize,
    pub warnings: usize,
    pub groups: Vec<ProblemGroup>,
    /// What was detected or done (for a CSV import: encoding, separator, layout…), in French
    /// (the core's words).
    pub notes: Vec<String>,
}

impl FileReport {
    /// The report of `diagnostics` about the file `name`.
    pub fn new(name: &str, kind: FileKind, diagnostics: &[Diagnostic]) -> Self {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        FileReport { name: name.to_owned(), kind, errors, warnings: diagnostics.len() - errors, groups: groups(diagnostics), notes: Vec::new() }
    }

    pub fn is_accepted(&self) -> bool {
        self.errors == 0
    }

    /// « 2 erreurs, 1 avertissement ».
    pub fn summary(&self) -> String {
        let text = t().workbench();
        format!("{}, {}", text.errors.of(self.errors), text.warnings.of(self.warnings))
    }

    /// What the file is: « fichier d'indicateur ».
    pub fn kind_label(&self) -> &'static str {
        let text = t().workbench();
        match self.kind {
            FileKind::Territory => text.kind_territory,
            FileKind::Indicator => text.kind_indicator,
            FileKind::Deck => text.kind_deck,
            FileKind::Actions => text.kind_actions,
            FileKind::Csv => text.kind_csv,
        }
    }

    /// What to do with the file when it is not a data file yet: for a CSV, « export de
    /// tableur : choisissez l'indicateur qu'il met à jour, puis « Convertir en fichier JSON » ».
    pub fn advice(&self) -> Option<&'static str> {
        (self.kind == FileKind::Csv).then_some(t().workbench().csv_note)
    }
}

/// Groups by severity (errors first) and kind, in the order first found.
fn groups(diagnostics: &[Diagnostic]) -> Vec<ProblemGroup> {
    let mut out: Vec<ProblemGroup> = Vec::new();
    for severity in [Severity::Error, Severity::Warning] {
        let start = out.len();
        for d in diagnostics.iter().filter(|d| d.severity == severity) {
            let kind = d.problem.kind();
            let item = Item {
                line: d.position.map(|p| p.line),
                column: d.position.map(|p| p.column),
                path: d.path.to_string(),
                message: d.problem.to_string(),
            };
            match out[start..].iter_mut().find(|g| g.kind == kind) {
                Some(group) => group.items.push(item),
                None => out.push(ProblemGroup { error: severity == Severity::Error, kind, items: vec![item] }),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use en_action_core::diagnostic::{JsonPath, Position, Problem};

    fn diagnostic(severity: Severity, line: usize, code: &str, problem: Problem) -> Diagnostic {
        Diagnostic { severity, file: "f.json".into(), position: Some(Position { line, column: 5 }), path: JsonPath::root().key("values").key(code), problem }
    }

    #[test]
    fn groups_by_kind_errors_first_with_counted_headlines() {
        let gap = |line, code: &str| diagnostic(Severity::Warning, line, code, Problem::CoverageGap { years: "2019".into() });
        let mut diagnostics: Vec<Diagnostic> = (0..1234).map(|i| gap(10 + i, &format!("62{i:03}"))).collect();
        diagnostics.push(diagnostic(Severity::Error, 3, "62999", Problem::UnknownCommune { code: "62999".into(), suggestion: None }));
        diagnostics.push(diagnostic(Severity::Error, 4, "62998", Problem::NotNumeric { found: "abc".into() }));
        diagnostics.push(diagnostic(Severity::Error, 5, "62997", Problem::NotNumeric { found: "x".into() }));
        let report = FileReport::new("f.json", FileKind::Indicator, &diagnostics);
        assert_eq!(report.summary(), "3 erreurs, 1\u{a0}234 avertissements");
        assert_eq!((report.errors, report.warnings), (3, 1234));
        let kinds: Vec<(&str, bool, usize)> = report.groups.iter().map(|g| (g.kind.as_str(), g.error, g.items.len())).collect();
        assert_eq!(kinds, [("unknown_commune", true, 1), ("not_numeric", true, 2), ("coverage_gap", false, 1234)]);
        assert!(report.groups[0].headline().starts_with("code commune inconnu 62999"), "{}", report.groups[0].headline());
        assert!(report.groups[1].headline().starts_with("2 valeurs illisibles, par exemple : "), "{}", report.groups[1].headline());
        assert!(report.groups[2].headline().starts_with("1\u{a0}234 communes ont des années sans valeur, par exemple : aucune valeur pour 2019"), "{}", report.groups[2].headline());
        assert_eq!(report.groups[2].items[1].place(), "ligne 11, colonne 5 (values.62001)");
        assert!(!report.is_accepted());
    }

    #[test]
    fn each_kind_of_repeated_problem_is_counted_in_words() {
        let twice = |severity: Severity, problem: Problem| {
            let report = FileReport::new("f.json", FileKind::Indicator, &[diagnostic(severity, 1, "62001", problem.clone()), diagnostic(severity, 2, "62003", problem)]);
            report.groups[0].headline().split(", par exemple").next().unwrap_or_default().to_owned()
        };
        let e = Severity::Error;
        let cases = [
            (twice(e, Problem::UnknownCommune { code: "1".into(), suggestion: None }), "2 codes communes inconnus"),
            (twice(e, Problem::MistypedCode { found: "62501".into(), expected: "62510".into(), name: "Liévin".into() }), "2 codes communes inconnus"),
            (twice(e, Problem::MissingCommune { code: "62001".into(), name: "Ablain".into() }), "2 communes manquantes"),
            (twice(e, Problem::OutOfRange { value: 120.0, min: 0.0, max: 100.0 }), "2 valeurs hors de l'intervalle permis"),
            (twice(e, Problem::Negative { value: -1.0 }), "2 valeurs négatives"),
            (twice(e, Problem::Implausible { value: 1e16, limit: 1e15 }), "2 valeurs invraisemblables"),
            (twice(e, Problem::LengthMismatch { expected: 10, found: 9 }), "2 lignes n'ont pas autant de valeurs que d'années"),
            (twice(e, Problem::ZeroDenominator { year: 2020, numerator: 3.0 }), "2 dénominateurs nuls"),
            (twice(e, Problem::DecimalComma { found: "12,5".into(), fixed: "12.5".into() }), "2 virgules décimales"),
            (twice(e, Problem::TooManyDecimals { found: 9, max: 6 }), "2 valeurs ont trop de décimales"),
            (twice(e, Problem::Structure("x".into())), "2 erreurs du même type"),
            (twice(Severity::Warning, Problem::Structure("x".into())), "2 avertissements du même type"),
        ];
        for (found, expected) in cases {
            assert_eq!(found, expected);
        }
    }

    #[test]
    fn places_say_what_is_known() {
        let item = |line, column, path: &str| Item { line, column, path: path.into(), message: String::new() };
        assert_eq!(item(None, None, "").place(), "tout le fichier");
        assert_eq!(item(Some(2), Some(3), "").place(), "ligne 2, colonne 3");
        assert_eq!(item(None, None, "years").place(), "years");
        let report = FileReport::new("ok.json", FileKind::Deck, &[]);
        assert_eq!(report.summary(), "0 erreur, 0 avertissement");
        assert!(report.is_accepted() && report.groups.is_empty());
    }

    #[test]
    fn the_page_writes_the_texts_around_the_french_messages_in_its_language() {
        use crate::i18n::{with_lang, Lang};
        let gap = |line, code: &str| diagnostic(Severity::Warning, line, code, Problem::CoverageGap { years: "2019".into() });
        let mut diagnostics: Vec<Diagnostic> = (0..1234).map(|i| gap(10 + i, &format!("62{i:03}"))).collect();
        diagnostics.push(diagnostic(Severity::Error, 3, "62999", Problem::NotNumeric { found: "abc".into() }));
        let report = FileReport::new("f.json", FileKind::Indicator, &diagnostics);
        let csv = FileReport::new("x.csv", FileKind::Csv, &[]);
        assert_eq!(report.kind_label(), "fichier d'indicateur");
        assert_eq!(report.advice(), None);
        assert!(csv.advice().is_some_and(|a| a.starts_with("export de tableur : ")));
        assert_eq!(report.groups[1].items[0].full_line(), "ligne 10, colonne 5 (values.62000) : aucune valeur pour 2019 ; la couverture est incomplète");
        with_lang(Lang::En, || {
            assert_eq!(report.summary(), "1 error, 1,234 warnings");
            assert_eq!(FileReport::new("ok.json", FileKind::Deck, &[]).summary(), "0 errors, 0 warnings");
            assert_eq!(report.groups[0].counted(), None, "one problem: its message");
            assert_eq!(report.groups[1].counted().as_deref(), Some("1,234 communes have years without a value"));
            assert_eq!(report.groups[1].headline(), "1,234 communes have years without a value, for example: aucune valeur pour 2019 ; la couverture est incomplète");
            assert_eq!(report.groups[1].items[0].place(), "line 10, column 5 (values.62000)");
            assert_eq!(report.groups[1].items[0].full_line(), "line 10, column 5 (values.62000): aucune valeur pour 2019 ; la couverture est incomplète");
            let whole = Item { line: None, column: None, path: String::new(), message: String::new() };
            assert_eq!(whole.place(), "the whole file");
            assert_eq!((report.kind_label(), csv.kind_label()), ("indicator file", "spreadsheet export (CSV)"));
            assert!(csv.advice().is_some_and(|a| a.contains("“Convert to a JSON file”")));
        });
    }
}
