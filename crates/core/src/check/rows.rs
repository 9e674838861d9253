//! Checks of the columnar parts shared by every file: year lists and value rows.

use std::collections::HashSet;

use super::commune_index::CommuneIndex;
use super::report::{list_years, Report};
use super::row_length::check_row_lengths;
use crate::cell::Cell;
use crate::code::{closest, typo_distance, CommuneCode};
use crate::columns::{Columns, KeyPlace, Row};
use crate::diagnostic::{JsonPath, Problem};
use crate::indicator::{CommuneTable, Range, MAX_MAGNITUDE};
use crate::series::{Series, Year};
use crate::territory::Commune;

/// The plausible years of any data, census or target.
pub const YEARS: std::ops::RangeInclusive<Year> = 1800..=2200;

/// Reports a year outside [`YEARS`].
pub(crate) fn check_year(report: &mut Report, path: impl FnOnce() -> JsonPath, year: Year) -> bool {
    let plausible = YEARS.contains(&year);
    if !plausible {
        report.error(path(), Problem::ImplausibleYear { year, min: *YEARS.start(), max: *YEARS.end() });
    }
    plausible
}

/// Years must be plausible and strictly ascending: reports duplicates and disorder.
pub(crate) fn check_years(report: &mut Report, path: &JsonPath, years: &[Year]) {
    if years.is_empty() {
        report.error(path.clone(), Problem::EmptyList { what: "liste des années" });
    }
    let mut seen = HashSet::new();
    for (i, &year) in years.iter().enumerate() {
        if !check_year(report, || path.index(i), year) {
            continue;
        }
        if !seen.insert(year) {
            report.error(path.index(i), Problem::DuplicateYear { year });
        } else if i > 0 && years[i - 1] > year {
            report.error(path.index(i), Problem::UnsortedYears { previous: years[i - 1], year });
        }
    }
}

/// The years of a file's rows, held once: every row's series shares them (a national table
/// has 35,000 rows on the same years).
pub(crate) struct RowYears<'a> {
    years: &'a [Year],
    /// A series on `years` whose years the rows share; `None` when the years are not strictly
    /// ascending (reported by [`check_years`]): the rows are then empty series.
    shared: Option<Series>,
}

impl<'a> RowYears<'a> {
    pub fn new(years: &'a [Year]) -> Self {
        RowYears { years, shared: Series::new(years.to_vec(), vec![None; years.len()]) }
    }

    /// The years, as the rows' series hold them.
    pub fn years(&self) -> &[Year] {
        self.shared.as_ref().map_or(self.years, Series::years)
    }

    /// The series of a row of values, one per year.
    fn series(&self, values: Vec<Option<f64>>) -> Series {
        self.shared.as_ref().and_then(|s| s.with_values(values)).unwrap_or_default()
    }
}

/// Turns one row of cells into a series, reporting non-numeric and out-of-range values
/// and a length that does not match the years.
/// The path is only built for a problem.
pub(crate) fn check_cells(report: &mut Report, path: impl Fn() -> JsonPath, cells: &[Cell], years: &RowYears, range: Range) -> Series {
    if cells.len() != years.years.len() {
        report.error(path(), Problem::LengthMismatch { expected: years.years.len(), found: cells.len() });
    }
    row_series(report, path, cells, years, range)
}

/// The series of a row, reporting non-numeric and out-of-range values (not its length).
fn row_series(report: &mut Report, path: impl Fn() -> JsonPath, cells: &[Cell], years: &RowYears, range: Range) -> Series {
    let values = (0..years.years.len())
        .map(|i| match cells.get(i)? {
            Cell::Number(v) => {
                check_range(report, || path().index(i), *v, range);
                Some(*v)
            }
            Cell::Missing => None,
            Cell::Invalid(found) => {
                report.error(path().index(i), Problem::NotNumeric { found: found.clone() });
                None
            }
        })
        .collect();
    years.series(values)
}

/// Reports `value` if it is beyond the plausible magnitude ([`MAX_MAGNITUDE`]) or outside
/// `range`; the path is only built when there is a problem, so
/// checking millions of good values costs no allocation.
pub(crate) fn check_range(report: &mut Report, path: impl FnOnce() -> JsonPath, value: f64, range: Range) {
    if !(value.abs() <= MAX_MAGNITUDE) {
        report.error(path(), Problem::Implausible { value, limit: MAX_MAGNITUDE });
    } else if value < range.min && range.min == 0.0 {
        report.error(path(), Problem::Negative { value });
    } else if value < range.min || range.max.is_some_and(|max| value > max) {
        report.error(path(), Problem::OutOfRange { value, min: range.min, max: range.max.unwrap_or(f64::INFINITY) });
    }
}

/// A commune table as checked, and whether some rows had the wrong length.
pub(crate) struct CheckedRows {
    pub table: CommuneTable,
    /// Per row of `table`, where its key is in the file, if the reader knew it.
    pub places: Vec<Option<KeyPlace>>,
    pub length_fault: bool,
}

/// Checks the rows of a commune table: codes well formed, known, unique, every commune of
/// the territory present, every row aligned with the years (`years_path`) and numeric. An
/// unknown code one typing step from a missing commune is reported as that commune mistyped.
/// Paths are only built for problems: a clean row costs its code and its series.
pub(crate) fn check_rows(report: &mut Report, years_path: &JsonPath, path: &JsonPath, rows: &Columns, years: &RowYears, range: Range, communes: &CommuneIndex) -> CheckedRows {
    let territory = communes.territory;
    let length_fault = check_row_lengths(report, years_path, path, rows, years.years);
    // Each row at the place of its commune in the territory (which is in code order): the
    // table comes out sorted whatever the file's order, and a taken place is a duplicate.
    let mut placed: Vec<Option<(CommuneCode, Option<KeyPlace>, Series)>> = vec![None; territory.communes.len()];
    let mut unknown = Vec::new();
    // Rows usually come in the territory's order: the commune after the last one found is
    // tried before searching.
    let mut next = 0;
    for row in rows.rows() {
        let row_path = || path.key(row.key);
        let Some(code) = CommuneCode::parse(row.key) else {
            report.error(row_path(), Problem::InvalidCommuneCode { found: row.key.to_owned() });
            continue;
        };
        let Some(index) = communes.find(&code, next) else {
            unknown.push((row.key, row_path()));
            column_series(report, &row_path, rows, row, years, range);
            continue;
        };
        if placed[index].is_some() {
            report.error(row_path(), Problem::DuplicateCommune { code: row.key.to_owned() });
            continue;
        }
        next = index + 1;
        placed[index] = Some((code, row.place, column_series(report, &row_path, rows, row, years, range)));
    }
    let mut missing: Vec<&Commune> = territory.communes.iter().zip(&placed).filter(|(_, row)| row.is_none()).map(|(c, _)| c).collect();
    for (key, row_path) in unknown {
        let typo = missing
            .iter()
            .enumerate()
            .map(|(i, c)| (typo_distance(key, c.code.as_str()), i))
            .filter(|(distance, _)| *distance <= 1)
            .min();
        match typo {
            Some((_, i)) => {
                let commune = missing.remove(i);
                report.error(row_path, Problem::MistypedCode { found: key.to_owned(), expected: commune.code.to_string(), name: commune.name.clone() });
            }
            None => {
                let suggestion = closest(key, territory.codes()).map(ToString::to_string);
                report.error(row_path, Problem::UnknownCommune { code: key.to_owned(), suggestion });
            }
        }
    }
    for commune in missing {
        report.error(path.clone(), Problem::MissingCommune { code: commune.code.to_string(), name: commune.name.clone() });
    }
    let found = rows.len().min(territory.communes.len());
    let (mut table, mut places) = (Vec::with_capacity(found), Vec::with_capacity(found));
    for (code, place, series) in placed.into_iter().flatten() {
        table.push((code, series));
        places.push(place);
    }
    CheckedRows { table: CommuneTable(table), places, length_fault }
}

/// The series of a row of `table`, reporting non-numeric and out-of-range values (not its
/// length), as [`row_series`] does for cells.
fn column_series(report: &mut Report, path: &impl Fn() -> JsonPath, table: &Columns, row: Row, years: &RowYears, range: Range) -> Series {
    let values = (0..years.years.len())
        .map(|i| match *row.values.get(i)? {
            Some(v) => {
                check_range(report, || path().index(i), v, range);
                Some(v)
            }
            None => {
                if let Some(found) = table.invalid_at(row.first + i) {
                    report.error(path().index(i), Problem::NotNumeric { found: found.to_owned() });
                }
                None
            }
        })
        .collect();
    years.series(values)
}

/// The values of `series` on each of `years` (the years its table was built on).
fn values_on<'a>(series: &'a Series, years: &'a [Year]) -> impl Iterator<Item = Option<f64>> + 'a {
    let aligned = series.has_years(years);
    years.iter().enumerate().map(move |(i, &y)| if aligned { series.values()[i] } else { series.get(y) })
}

/// Warns about gaps in coverage: years where no commune reports, and communes missing years
/// that the others report. Missing values are never filled in.
/// `places` (per row, where its key is, if known) spares searching the text for each warning.
pub(crate) fn warn_gaps(report: &mut Report, path: &JsonPath, table: &CommuneTable, places: &[Option<KeyPlace>], years: &[Year]) {
    let mut reported = vec![false; years.len()];
    for (_, series) in &table.0 {
        for (r, value) in reported.iter_mut().zip(values_on(series, years)) {
            *r = *r || value.is_some();
        }
    }
    let empty: Vec<Year> = years.iter().zip(&reported).filter(|(_, r)| !**r).map(|(y, _)| *y).collect();
    if !empty.is_empty() && empty.len() < years.len() {
        report.warning(path.clone(), Problem::CoverageGap { years: format!("{} (aucune commune)", list_years(empty.iter().copied())) });
    }
    for (row, (code, series)) in table.0.iter().enumerate() {
        let mut gaps = values_on(series, years).zip(&reported).zip(years).filter(|((v, r), _)| **r && v.is_none()).map(|(_, y)| *y).peekable();
        if gaps.peek().is_none() {
            continue;
        }
        let problem = Problem::CoverageGap { years: list_years(gaps) };
        match places.get(row).copied().flatten() {
            Some(place) => report.warning_at(place, path.key(code.as_str()), problem),
            None => report.warning(path.key(code.as_str()), problem),
        }
    }
}
