//! Validation of an indicator file against its territory.

use std::collections::HashMap;

use super::commune_index::CommuneIndex;
use super::report::{Checked, Report};
use super::rows::{check_cells, check_range, check_rows, check_year, check_years, warn_gaps, RowYears};
use super::text::{check_text, LONG_TEXT, SHORT_TEXT};
use super::source::check_source;
use crate::columns::Columns;
use crate::diagnostic::{Diagnostic, JsonPath, Problem, Severity};
use crate::indicator::{Aggregation, English, IndicatorData, Indicator, IndicatorFile, Range, MAX_MAGNITUDE, MAX_SCALE};
use crate::fast_parse::parse_indicator;
use crate::territory::{Territory, FORMAT_VERSION};

/// The most decimals an indicator may show (more would be noise, and long to print).
pub const MAX_DECIMALS: u8 = 6;

/// The id an indicator file must have: its name without folder and `.json`
/// (`travailler/chomage.json` → `chomage`).
pub fn id_of_file(file: &str) -> &str {
    let name = file.rsplit('/').next().unwrap_or(file);
    name.strip_suffix(".json").unwrap_or(name)
}

/// The ids of the territory's indicators: the names of the files it lists (each file's id must
/// be its name, which its own check says). What the actions file's indicators are checked
/// against.
pub fn indicator_ids(territory: &Territory) -> Vec<&str> {
    territory.indicators.iter().map(|p| id_of_file(p.as_str())).collect()
}

/// Parses and validates the indicator file `file` (its path, used in messages and to check
/// that the id matches the file name).
pub fn check_indicator(file: &str, bytes: &[u8], territory: &Territory) -> Checked<Indicator> {
    let (raw, text) = parse_indicator(file, bytes)?;
    let mut report = Report::new(file, text);
    let root = JsonPath::root();
    if raw.format != FORMAT_VERSION {
        report.error(root.key("format"), Problem::UnsupportedFormat { found: raw.format, expected: FORMAT_VERSION });
    }
    let stem = id_of_file(file);
    if raw.id != stem {
        report.error(root.key("id"), Problem::IdMismatch { id: raw.id.clone(), expected: stem.to_owned() });
    }
    if territory.axis(&raw.axis).is_none() {
        let known = territory.axes.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", ");
        report.error(root.key("axis"), Problem::UnknownAxis { found: raw.axis.clone(), known });
    }
    check_source(&mut report, &root.key("source"), &raw.source);
    check_texts(&mut report, &raw);
    if raw.decimals > MAX_DECIMALS {
        report.error(root.key("decimals"), Problem::TooManyDecimals { found: raw.decimals, max: MAX_DECIMALS });
    }
    check_years(&mut report, &root.key("years"), &raw.years);
    let years = &raw.years;
    let range = raw.range.unwrap_or_default();
    check_own_range(&mut report, range);
    if let Some(scale) = raw.scale {
        if !(scale > 0.0 && scale <= MAX_SCALE) {
            report.error(root.key("scale"), Problem::OutOfRange { value: scale, min: 0.0, max: MAX_SCALE });
        }
    }

    let data = check_data(&mut report, &raw, range, territory);
    if let Some(last_year) = data.as_ref().and_then(last_data_year) {
        for (i, target) in raw.targets.iter().enumerate() {
            if !check_year(&mut report, || root.key("targets").index(i).key("year"), target.year) {
                continue;
            }
            if target.year <= last_year {
                report.error(root.key("targets").index(i).key("year"), Problem::TargetBeforeData { target_year: target.year, last_year });
            }
            check_range(&mut report, || root.key("targets").index(i).key("value"), target.value, range);
        }
    }
    for (i, b) in raw.breaks.iter().enumerate() {
        if !years.contains(&b.year) {
            report.warning(root.key("breaks").index(i).key("year"), Problem::BreakOutsideYears { year: b.year });
        }
    }
    let Some(data) = data else {
        return Err(report.reject());
    };
    report.finish(|| Indicator {
        id: raw.id,
        axis: raw.axis,
        title: raw.title,
        unit: raw.unit,
        decimals: raw.decimals,
        definition: raw.definition,
        english: English { title: raw.title_en, unit: raw.unit_en, definition: raw.definition_en },
        source: raw.source,
        illustrative: raw.illustrative,
        aggregation: raw.aggregation,
        direction: raw.direction,
        per_capita: raw.per_capita,
        targets: raw.targets,
        breaks: raw.breaks,
        years: raw.years,
        data,
    })
}

/// Checks that the data present matches the aggregation rule, then checks the data itself.
fn check_data(report: &mut Report, raw: &IndicatorFile<Columns>, range: Range, territory: &Territory) -> Option<IndicatorData> {
    let root = JsonPath::root();
    let rule = raw.aggregation.name();
    let years = &raw.years;
    let mut unexpected = |present: bool, found: &'static str| {
        if present {
            report.error(root.key(found), Problem::UnexpectedData { rule, found });
        }
    };
    match raw.aggregation {
        Aggregation::Ratio => {
            unexpected(raw.values.is_some(), "values");
            unexpected(raw.territory.is_some(), "territory");
        }
        Aggregation::NotAggregable => {
            unexpected(raw.numerator.is_some(), "numerator");
            unexpected(raw.denominator.is_some(), "denominator");
            unexpected(raw.scale.is_some(), "scale");
        }
        Aggregation::Sum | Aggregation::WeightedMean => {
            unexpected(raw.numerator.is_some(), "numerator");
            unexpected(raw.denominator.is_some(), "denominator");
            unexpected(raw.territory.is_some(), "territory");
            unexpected(raw.scale.is_some(), "scale");
        }
    }
    // Every row of every table shares the years, and finds its commune in one index.
    let row_years = RowYears::new(years);
    let communes = CommuneIndex::new(territory);
    let table = |report: &mut Report, path: JsonPath, rows, range| {
        let checked = check_rows(report, &root.key("years"), &path, rows, &row_years, range, &communes);
        // Rows of the wrong length leave years empty: one error says it, not a warning per row.
        if !checked.length_fault {
            warn_gaps(report, &path, &checked.table, &checked.places, row_years.years());
        }
        checked.table
    };
    match raw.aggregation {
        Aggregation::Sum | Aggregation::WeightedMean => {
            let Some(values) = &raw.values else {
                report.error(root.clone(), Problem::MissingData { rule, expected: "values" });
                return None;
            };
            let t = table(report, root.key("values"), values, range);
            Some(if raw.aggregation == Aggregation::Sum { IndicatorData::Sum(t) } else { IndicatorData::WeightedMean(t) })
        }
        Aggregation::Ratio => {
            let (numerator, denominator) = match (&raw.numerator, &raw.denominator) {
                (Some(n), Some(d)) => (n, d),
                (Some(_), None) => return error(report, root.key("numerator"), Problem::NumeratorWithoutDenominator),
                (None, Some(_)) => return error(report, root.key("denominator"), Problem::DenominatorWithoutNumerator),
                (None, None) => return error(report, root.key("aggregation"), Problem::MissingData { rule, expected: "numerator et denominator" }),
            };
            let counts = Range::default();
            let num = table(report, root.key("numerator").key("values"), &numerator.values, counts);
            let den = table(report, root.key("denominator").key("values"), &denominator.values, counts);
            let scale = raw.scale.unwrap_or(1.0);
            let data = IndicatorData::Ratio {
                numerator: num,
                numerator_label: numerator.label.clone(),
                denominator: den,
                denominator_label: denominator.label.clone(),
                scale,
            };
            check_rates(report, &data, range);
            Some(data)
        }
        Aggregation::NotAggregable => {
            let Some(cells) = &raw.territory else {
                report.error(root.clone(), Problem::MissingData { rule, expected: "territory" });
                return None;
            };
            let territory_series = check_cells(report, || root.key("territory"), cells, &row_years, range);
            let communes = raw.values.as_ref().map(|rows| table(report, root.key("values"), rows, range));
            Some(IndicatorData::Given { territory: territory_series, communes })
        }
    }
}

/// Titles, units, definitions and labels: plausible lengths, no invisible characters.
fn check_texts(report: &mut Report, raw: &IndicatorFile<Columns>) {
    let root = JsonPath::root();
    check_text(report, || root.key("title"), &raw.title, SHORT_TEXT);
    check_text(report, || root.key("unit"), &raw.unit, UNIT_TEXT);
    check_text(report, || root.key("definition"), &raw.definition, LONG_TEXT);
    for (key, text, max) in [("title_en", &raw.title_en, SHORT_TEXT), ("unit_en", &raw.unit_en, UNIT_TEXT), ("definition_en", &raw.definition_en, LONG_TEXT)] {
        if let Some(text) = text {
            check_text(report, || root.key(key), text, max);
        }
    }
    for (i, target) in raw.targets.iter().enumerate() {
        if let Some(label) = &target.label {
            check_text(report, || root.key("targets").index(i).key("label"), label, SHORT_TEXT);
        }
        if let Some(label) = &target.label_en {
            check_text(report, || root.key("targets").index(i).key("label_en"), label, SHORT_TEXT);
        }
    }
    for (i, b) in raw.breaks.iter().enumerate() {
        check_text(report, || root.key("breaks").index(i).key("label"), &b.label, SHORT_TEXT);
        if let Some(label) = &b.label_en {
            check_text(report, || root.key("breaks").index(i).key("label_en"), label, SHORT_TEXT);
        }
    }
    for (key, component) in [("numerator", &raw.numerator), ("denominator", &raw.denominator)] {
        if let Some(component) = component {
            check_text(report, || root.key(key).key("label"), &component.label, SHORT_TEXT);
        }
    }
}

/// A unit is a word or a symbol.
const UNIT_TEXT: usize = 40;

/// The file's own range: plausible bounds, and not empty.
fn check_own_range(report: &mut Report, range: Range) {
    let path = || JsonPath::root().key("range");
    for (key, bound) in [("min", Some(range.min)), ("max", range.max)] {
        if let Some(bound) = bound.filter(|b| !(b.abs() <= MAX_MAGNITUDE)) {
            report.error(path().key(key), Problem::Implausible { value: bound, limit: MAX_MAGNITUDE });
        }
    }
    if range.max.is_some_and(|max| max < range.min) {
        report.error(path(), Problem::Structure(format!("intervalle vide : « max » ({}) est inférieur à « min » ({})", range.max.unwrap_or_default(), range.min)));
    }
}

fn error(report: &mut Report, path: JsonPath, problem: Problem) -> Option<IndicatorData> {
    report.error(path, problem);
    None
}

/// A commune rate (scale × numerator / denominator) must lie in the indicator's range.
/// Both tables are sorted by code: one walk pairs their rows.
fn check_rates(report: &mut Report, data: &IndicatorData, range: Range) {
    let IndicatorData::Ratio { numerator, scale, denominator, .. } = data else { return };
    let mut dens = denominator.0.iter().peekable();
    for (code, num) in &numerator.0 {
        while dens.next_if(|(d, _)| d < code).is_some() {}
        let Some((_, den)) = dens.peek().filter(|(d, _)| d == code) else { continue };
        let aligned = num.has_years(den.years());
        for (i, (&year, value)) in num.years().iter().zip(num.values()).enumerate() {
            let den_value = if aligned { den.values()[i] } else { den.get(year) };
            if let (Some(n), Some(d)) = (value, den_value) {
                if d > 0.0 {
                    check_range(report, || JsonPath::root().key("numerator").key("values").key(code.as_str()).index(i), scale * n / d, range);
                } else if *n > 0.0 {
                    report.error(JsonPath::root().key("denominator").key("values").key(code.as_str()).index(i), Problem::ZeroDenominator { year, numerator: *n });
                }
            }
        }
    }
}

/// The last year with any value.
fn last_data_year(data: &IndicatorData) -> Option<i32> {
    let tables = match data {
        IndicatorData::Sum(t) | IndicatorData::WeightedMean(t) => vec![t],
        IndicatorData::Ratio { numerator, .. } => vec![numerator],
        IndicatorData::Given { territory, communes } => {
            let own = territory.last().map(|(y, _)| y);
            let communes = communes.as_ref().and_then(|t| t.0.iter().filter_map(|(_, s)| s.last().map(|(y, _)| y)).max());
            return own.max(communes);
        }
    };
    tables.iter().flat_map(|t| t.0.iter()).filter_map(|(_, s)| s.last().map(|(y, _)| y)).max()
}

/// Across files: each indicator id is used once. Returns an error per duplicate.
pub fn check_unique_ids<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<Diagnostic> {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let mut out = Vec::new();
    for (file, id) in files {
        if let Some(other) = seen.insert(id, file) {
            out.push(Diagnostic {
                severity: Severity::Error,
                file: file.into(),
                position: None,
                path: JsonPath::root().key("id"),
                problem: Problem::DuplicateIndicator { id: id.to_owned(), other: other.to_owned() },
            });
        }
    }
    out
}
