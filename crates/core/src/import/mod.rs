//! Spreadsheet exports to indicator files. A CSV file (`;`, `,` or tab; decimal comma or
//! point; UTF-8 with or without BOM, or Windows-1252; CRLF or LF) in one of the documented
//! layouts (see [`layout`]) becomes a format-1 indicator file with the metadata of a template
//! (an existing indicator file, or one made from a short form). Communes are matched by INSEE
//! code or by name; every problem is a located French diagnostic; the result is checked by
//! the same checker as any indicator file.

pub mod commune_match;
pub mod encoding;
pub mod layout;
pub mod number;
mod problem;
mod table;
mod write;

pub use problem::ImportProblem;
pub use table::{read_table, Table};
pub use write::to_json;

use crate::cell::Cell;
use crate::check::check_indicator;
use crate::diagnostic::{Diagnostic, JsonPath, Problem, Severity};
use crate::indicator::{Aggregation, Component, IndicatorFile};
use crate::territory::Territory;

/// What to build: the template's metadata, and the denominator's file when a ratio comes as
/// two wide files.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub template: IndicatorFile,
    /// (file name, bytes) of the denominator, for a ratio in two wide files.
    pub denominator: Option<(String, Vec<u8>)>,
}

/// An imported indicator: the file, its JSON text, what was detected and the checker's
/// warnings.
#[derive(Debug, Clone)]
pub struct Imported {
    pub file: IndicatorFile,
    pub json: String,
    /// « encodage Windows-1252 (Excel), séparateur « ; », virgule décimale, format large, 36 lignes »…
    pub notes: Vec<String>,
    pub warnings: Vec<Diagnostic>,
}

/// Imports the CSV `bytes` (named `file` in messages) for `territory`.
pub fn import_csv(file: &str, bytes: &[u8], options: &ImportOptions, territory: &Territory) -> Result<Imported, Vec<Diagnostic>> {
    let main = read_table(file, bytes, territory)?;
    let mut notes = main.notes.clone();
    let mut out = options.template.clone();
    out.values = None;
    out.numerator = None;
    out.denominator = None;
    out.territory = None;
    let years = main.years();
    let error = |problem: ImportProblem| vec![whole_file(file, problem)];
    match out.aggregation {
        Aggregation::Ratio => {
            let (numerator, denominator) = match (&main.denominator, &options.denominator) {
                (Some(den), _) => (main.rows(&main.values, &years, territory), main.rows(den, &years, territory)),
                (None, Some((den_file, den_bytes))) => {
                    let den = read_table(den_file, den_bytes, territory)?;
                    notes.extend(den.notes.iter().map(|n| format!("{den_file} : {n}")));
                    (main.rows(&main.values, &years, territory), den.rows(&den.values, &years, territory))
                }
                (None, None) => return Err(error(ImportProblem::RatioNeedsBoth)),
            };
            let label = |c: &Option<Component>, default: &str| c.as_ref().map_or_else(|| default.to_owned(), |c| c.label.clone());
            out.numerator = Some(Component { label: label(&options.template.numerator, "Numérateur"), values: numerator });
            out.denominator = Some(Component { label: label(&options.template.denominator, "Dénominateur"), values: denominator });
        }
        Aggregation::NotAggregable => {
            let Some(series) = &main.territory_row else {
                return Err(error(ImportProblem::TerritoryRowMissing(territory.short_name.clone())));
            };
            out.territory = Some(years.iter().map(|y| series.get(y).map_or(Cell::Missing, |v| Cell::Number(*v))).collect());
            out.values = Some(main.rows(&main.values, &years, territory));
        }
        Aggregation::Sum | Aggregation::WeightedMean => out.values = Some(main.rows(&main.values, &years, territory)),
    }
    out.years = years;
    let missing = main.missing_communes(territory);
    if !missing.is_empty() {
        notes.push(format!("{} commune(s) absente(s) du CSV, laissées sans valeur : {}", missing.len(), missing.join(", ")));
    }
    let json = to_json(&out);
    let target = format!("{}.json", out.id);
    match check_indicator(&target, json.as_bytes(), territory) {
        Ok(accepted) => Ok(Imported { file: out, json, notes, warnings: accepted.warnings }),
        Err(rejected) => Err(rejected.diagnostics),
    }
}

/// A diagnostic about the whole CSV file.
fn whole_file(file: &str, problem: ImportProblem) -> Diagnostic {
    Diagnostic { severity: Severity::Error, file: file.into(), position: None, path: JsonPath::root(), problem: Problem::Structure(problem.to_string()) }
}
