//! Checking a dropped file, and importing a dropped CSV: the work the workbench's Web Worker
//! does (the same core as the command line), with results the page can show.

use en_action_core::check::{check_actions, check_deck, check_indicator, check_territory, indicator_ids, Checked};
use en_action_core::diagnostic::{Diagnostic, JsonPath, Problem, Severity};
use en_action_core::file_kind::FileKind;
use en_action_core::import::{import_csv, ImportOptions};
use en_action_core::indicator::IndicatorFile;
use en_action_core::territory::Territory;
use serde::{Deserialize, Serialize};

use super::preview::Dropped;
use super::report::FileReport;

/// A checked file: its report, and what placing it in the preview needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckedFile {
    pub report: FileReport,
    /// The indicator's `id` and `axis` when they can be read.
    pub id: Option<String>,
    pub axis: Option<String>,
}

impl CheckedFile {
    pub fn dropped(&self) -> Dropped {
        Dropped { name: self.report.name.clone(), kind: self.report.kind, id: self.id.clone(), axis: self.axis.clone() }
    }
}

/// The territory to check against: the dropped one when there is one, else the published one.
/// `Err` holds why there is none (its file has errors).
pub type TerritoryFor<'a> = Result<&'a Territory, &'a str>;

/// Checks the file `name` with content `bytes`.
pub fn check_file(name: &str, bytes: &[u8], territory: TerritoryFor) -> CheckedFile {
    let kind = FileKind::of(name, bytes);
    let json: Option<serde_json::Value> = (kind == FileKind::Indicator).then(|| serde_json::from_slice(bytes).ok()).flatten();
    let field = |key: &str| json.as_ref().and_then(|v| v.get(key)).and_then(|v| v.as_str()).map(str::to_owned);
    let (id, axis) = (field("id"), field("axis"));
    let diagnostics = match (kind, territory) {
        (FileKind::Territory, _) => diagnostics_of(check_territory(name, bytes)),
        (FileKind::Csv, _) => Vec::new(),
        (_, Err(why)) => vec![whole_file(name, format!("vérification impossible : {why}"))],
        (FileKind::Indicator, Ok(territory)) => diagnostics_of(check_indicator(name, bytes, territory)),
        (FileKind::Deck, Ok(territory)) => diagnostics_of(check_deck(name, bytes, territory)),
        (FileKind::Actions, Ok(territory)) => diagnostics_of(check_actions(name, bytes, territory, Some(&indicator_ids(territory)))),
    };
    // A CSV's advice is written by the page, in its language ([`FileReport::advice`]).
    CheckedFile { report: FileReport::new(name, kind, &diagnostics), id, axis }
}

/// A CSV import: the report (what was detected, or the problems) and the JSON file made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportResult {
    pub report: FileReport,
    /// The indicator file, named after its id, when the import succeeded.
    pub file: Option<(String, String)>,
}

/// Imports the CSV `name` with the metadata of the indicator file `template`.
pub fn import_file(name: &str, bytes: &[u8], template: &[u8], territory: TerritoryFor) -> ImportResult {
    let failed = |diagnostics: Vec<Diagnostic>| ImportResult { report: FileReport::new(name, FileKind::Csv, &diagnostics), file: None };
    let territory = match territory {
        Ok(territory) => territory,
        Err(why) => return failed(vec![whole_file(name, format!("import impossible : {why}"))]),
    };
    let template: IndicatorFile = match serde_json::from_slice(template) {
        Ok(template) => template,
        Err(e) => return failed(vec![whole_file(name, format!("modèle illisible ({e})"))]),
    };
    let options = ImportOptions { template, denominator: None };
    match import_csv(name, bytes, &options, territory) {
        Err(diagnostics) => failed(diagnostics),
        Ok(imported) => {
            let mut report = FileReport::new(name, FileKind::Csv, &imported.warnings);
            report.notes = imported.notes;
            ImportResult { report, file: Some((format!("{}.json", imported.file.id), imported.json)) }
        }
    }
}

fn diagnostics_of<T>(checked: Checked<T>) -> Vec<Diagnostic> {
    match checked {
        Ok(accepted) => accepted.warnings,
        Err(rejected) => rejected.diagnostics,
    }
}

/// A problem of the whole file, in French like the checker's own messages (it runs in the Web
/// Worker, which does not know the page's language, and is listed among them).
fn whole_file(name: &str, message: String) -> Diagnostic {
    Diagnostic { severity: Severity::Error, file: name.into(), position: None, path: JsonPath::root(), problem: Problem::Structure(message) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(relative: &str) -> Vec<u8> {
        std::fs::read(format!("{}/../../{relative}", env!("CARGO_MANIFEST_DIR"))).expect("file")
    }

    fn territory() -> Territory {
        check_territory("territory.json", &read("indicators/territory.json")).expect("valid").value
    }

    #[test]
    fn files_are_checked_by_kind() {
        let t = territory();
        let ok = check_file("no2.json", &read("indicators/respirer/no2.json"), Ok(&t));
        assert_eq!((ok.report.kind, ok.report.errors, ok.id.as_deref(), ok.axis.as_deref()), (FileKind::Indicator, 0, Some("no2"), Some("respirer")));
        let text = String::from_utf8(read("indicators/respirer/no2.json")).expect("utf-8").replacen("14.0, 13.0", "14,0, 13.0", 1);
        let comma = check_file("no2.json", text.as_bytes(), Ok(&t));
        assert_eq!(comma.report.errors, 1);
        assert_eq!(comma.report.groups[0].kind, "decimal_comma");
        assert_eq!(check_file("territory.json", &read("indicators/territory.json"), Err("x")).report.errors, 0);
        let deck = check_file("conseil-communautaire.json", &read("indicators/decks/conseil-communautaire.json"), Ok(&t));
        assert_eq!((deck.report.kind, deck.report.errors), (FileKind::Deck, 0));
        // The actions file, checked against the territory and its indicators.
        let actions = check_file("actions (1).json", &read("indicators/actions.json"), Ok(&t));
        assert_eq!((actions.report.kind, actions.report.errors), (FileKind::Actions, 0));
        let text = String::from_utf8(read("indicators/actions.json")).expect("utf-8").replacen("\"format\": 1", "\"format\": 9", 1);
        let wrong = check_file("actions.json", text.as_bytes(), Ok(&t));
        assert_eq!((wrong.report.kind, wrong.report.errors, wrong.report.groups[0].items[0].line), (FileKind::Actions, 1, Some(3)));
        let blocked = check_file("no2.json", b"{}", Err("territory.json a 2 erreurs"));
        assert_eq!(blocked.report.groups[0].items[0].message, "vérification impossible : territory.json a 2 erreurs");
        let csv = check_file("export.csv", b"commune;2019\n", Ok(&t));
        assert_eq!((csv.report.kind, csv.report.errors, csv.report.notes.len()), (FileKind::Csv, 0, 0));
        assert!(csv.report.advice().is_some(), "the page says what to do with it");
    }

    #[test]
    fn a_csv_imports_with_a_template() {
        let t = territory();
        let result = import_file("no2.csv", &read("tests/fixtures/csv/no2-excel-large.csv"), &read("indicators/respirer/no2.json"), Ok(&t));
        let (name, json) = result.file.expect("imported");
        assert_eq!(name, "no2.json");
        assert!(json.contains("\"62498\": [22.1, 21.1"));
        assert!(result.report.notes.iter().any(|n| n == "virgule décimale"));
        let bad = import_file("x.csv", b"commune;2023\nNulle-part;3\n", &read("indicators/respirer/no2.json"), Ok(&t));
        assert!(bad.file.is_none());
        assert_eq!((bad.report.errors, bad.report.groups[0].items[0].line), (1, Some(2)));
    }
}
