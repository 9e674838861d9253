//! Reads a CSV export into commune → year → value tables, reporting every problem with its
//! line and column.

use std::collections::{BTreeMap, BTreeSet};

use super::commune_match::{CommuneMatcher, MatchFault};
use super::encoding::decode;
use super::layout::{detect, Layout};
use super::number::{parse_cell, Decimal};
use super::problem::ImportProblem;
use crate::cell::{Cell, CommuneRows};
use crate::check::YEARS;
use crate::code::CommuneCode;
use crate::diagnostic::{Diagnostic, JsonPath, Position, Problem, Severity};
use crate::fold::fold;
use crate::series::Year;
use crate::territory::Territory;

type Values = BTreeMap<CommuneCode, BTreeMap<Year, f64>>;

/// The values read from one CSV file.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub values: Values,
    /// The denominator, from a `numérateur;dénominateur` layout.
    pub denominator: Option<Values>,
    /// A row for the territory itself (rule `not_aggregable`).
    pub territory_row: Option<BTreeMap<Year, f64>>,
    years: BTreeSet<Year>,
    pub notes: Vec<String>,
}

impl Table {
    pub fn years(&self) -> Vec<Year> {
        self.years.iter().copied().collect()
    }

    /// One row per commune of the territory (sorted by code), one cell per year.
    pub fn rows(&self, values: &Values, years: &[Year], territory: &Territory) -> CommuneRows {
        let rows = territory
            .communes
            .iter()
            .map(|c| {
                let row = values.get(&c.code);
                let cells = years.iter().map(|y| row.and_then(|r| r.get(y)).map_or(Cell::Missing, |v| Cell::Number(*v))).collect();
                (c.code.to_string(), cells)
            })
            .collect();
        CommuneRows(rows)
    }

    /// The names of the territory's communes that have no row.
    pub fn missing_communes(&self, territory: &Territory) -> Vec<String> {
        territory.communes.iter().filter(|c| !self.values.contains_key(&c.code)).map(|c| c.name.clone()).collect()
    }
}

/// The most metadata lines read past before the header.
const MAX_PREAMBLE: usize = 40;

/// Reads the CSV `bytes` (named `file` in messages).
pub fn read_table(file: &str, bytes: &[u8], territory: &Territory) -> Result<Table, Vec<Diagnostic>> {
    let (text, encoding) = decode(bytes);
    let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let mut reader = Reader { file, text: &text, line_starts, delimiter: b';', diagnostics: Vec::new() };
    let Some(first) = text.lines().find(|l| !l.trim().is_empty()) else {
        return Err(vec![reader.diagnostic(None, ImportProblem::Empty)]);
    };
    // The delimiter most used in the first line, unless another one gives a header in a
    // documented layout (a metadata line may hold more commas than semicolons).
    let preferred = detect_delimiter(first);
    let mut found = None;
    for delimiter in std::iter::once(preferred).chain([b';', b'\t', b','].into_iter().filter(|&d| d != preferred)) {
        reader.diagnostics.clear();
        let records = reader.records(delimiter);
        if let Some((index, layout)) = header_of(&records) {
            found = Some((delimiter, records, index, layout));
            break;
        }
    }
    let Some((delimiter, records, header_index, layout)) = found else {
        let records = reader.records(preferred);
        let Some((line, record)) = records.first() else {
            return Err(vec![reader.diagnostic(None, ImportProblem::Empty)]);
        };
        let found = record.join(&char::from(preferred).to_string());
        let position = Some(Position { line: *line, column: 1 });
        return Err(vec![reader.diagnostic(position, ImportProblem::UnknownLayout(found.chars().take(80).collect()))]);
    };
    let data = &records[header_index + 1..];
    let decimal = if delimiter == b',' || !data.iter().flatten_cells().any(|c| has_decimal_comma(c)) { Decimal::Point } else { Decimal::Comma };
    let mut table = Table::default();
    if let Layout::Wide { years, .. } = &layout {
        table.years.extend(years.iter().map(|(_, y)| *y));
    }
    if matches!(layout, Layout::LongRatio { .. }) {
        table.denominator = Some(Values::new());
    }
    let matcher = CommuneMatcher::new(territory);
    let territory_names = [fold(&territory.short_name), fold(&territory.name), "territoire".to_owned(), "ensemble".to_owned()];
    for (line, record) in data {
        reader.row(&mut table, &layout, decimal, &matcher, &territory_names, *line, record);
    }
    if !reader.diagnostics.is_empty() {
        return Err(reader.diagnostics);
    }
    table.notes = vec![
        format!("encodage {}", encoding.label_fr()),
        format!("séparateur « {} »", if delimiter == b'\t' { "tabulation".to_owned() } else { char::from(delimiter).to_string() }),
        match decimal {
            Decimal::Comma => "virgule décimale".to_owned(),
            Decimal::Point => "point décimal".to_owned(),
        },
        format!("format {}", layout.label_fr()),
        format!("{} ligne(s) de données", data.len()),
    ];
    Ok(table)
}

/// The header (the first record in a documented layout, past at most [`MAX_PREAMBLE`]
/// metadata lines, as in the dashboard's own downloads) and its layout.
fn header_of(records: &[(usize, Vec<String>)]) -> Option<(usize, Layout)> {
    records.iter().take(MAX_PREAMBLE + 1).enumerate().find_map(|(i, (_, record))| detect(record).map(|layout| (i, layout)))
}

/// The delimiter most used in the header line (`;` first on a tie, then tab, then `,`).
fn detect_delimiter(line: &str) -> u8 {
    let count = |d: char| line.chars().filter(|&c| c == d).count();
    [b';', b'\t', b','].into_iter().max_by_key(|&d| (count(char::from(d)), match d { b';' => 2, b'\t' => 1, _ => 0 })).unwrap_or(b';')
}

fn has_decimal_comma(cell: &str) -> bool {
    let bytes = cell.as_bytes();
    bytes.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b',' && w[2].is_ascii_digit())
}

trait FlattenCells<'a> {
    fn flatten_cells(self) -> impl Iterator<Item = &'a String>;
}

impl<'a, I: Iterator<Item = &'a (usize, Vec<String>)>> FlattenCells<'a> for I {
    fn flatten_cells(self) -> impl Iterator<Item = &'a String> {
        self.flat_map(|(_, cells)| cells.iter().skip(1))
    }
}

struct Reader<'a> {
    file: &'a str,
    text: &'a str,
    /// The byte offset where each line starts.
    line_starts: Vec<usize>,
    delimiter: u8,
    diagnostics: Vec<Diagnostic>,
}

impl Reader<'_> {
    fn diagnostic(&self, position: Option<Position>, problem: ImportProblem) -> Diagnostic {
        Diagnostic { severity: Severity::Error, file: self.file.into(), position, path: JsonPath::root(), problem: Problem::Structure(problem.to_string()) }
    }

    fn error(&mut self, line: usize, field: usize, problem: ImportProblem) {
        let column = self.column(line, field);
        self.diagnostics.push(self.diagnostic(Some(Position { line, column }), problem));
    }

    /// The line (from 1) of the record starting at byte `byte`. The CSV reader may place a
    /// record at the line break ending the previous one (CRLF): line breaks are skipped.
    fn line_at(&self, byte: usize) -> usize {
        let skipped = self.text.get(byte..).map_or(0, |rest| rest.len() - rest.trim_start_matches(['\r', '\n']).len());
        self.line_starts.partition_point(|&start| start <= byte + skipped)
    }

    /// The character column where field `field` of line `line` starts (quotes ignored).
    fn column(&self, line: usize, field: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else { return 1 };
        let raw = self.text[start..].lines().next().unwrap_or_default();
        let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
        let delimiter = char::from(self.delimiter);
        let mut column = 1;
        let mut seen = 0;
        for c in raw.chars() {
            if seen == field {
                break;
            }
            if c == delimiter {
                seen += 1;
            }
            column += 1;
        }
        column
    }

    /// The non-empty records with their line numbers; unreadable CSV is reported.
    fn records(&mut self, delimiter: u8) -> Vec<(usize, Vec<String>)> {
        self.delimiter = delimiter;
        let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(self.text.as_bytes());
        let mut out = Vec::new();
        for result in reader.records() {
            match result {
                Ok(record) => {
                    let line = record.position().map_or(0, |p| self.line_at(p.byte() as usize));
                    let cells: Vec<String> = record.iter().map(|c| c.trim_start_matches('\u{feff}').trim().to_owned()).collect();
                    if cells.iter().any(|c| !c.is_empty()) {
                        out.push((line, cells));
                    }
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| self.line_at(p.byte() as usize));
                    let message = ImportProblem::NotANumber(format!("CSV illisible : {e}"));
                    self.diagnostics.push(self.diagnostic(Some(Position { line, column: 1 }), message));
                }
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn row(&mut self, table: &mut Table, layout: &Layout, decimal: Decimal, matcher: &CommuneMatcher, territory_names: &[String], line: usize, record: &[String]) {
        let cell = |i: usize| record.get(i).map_or("", String::as_str);
        let commune_column = match layout {
            Layout::Wide { commune, .. } | Layout::Long { commune, .. } | Layout::LongRatio { commune, .. } => *commune,
        };
        let name = cell(commune_column);
        // The territory's row: named in the commune column, or (in the dashboard's downloads,
        // « Code INSEE;Commune;… ») an empty code beside the territory's name.
        let is_territory = territory_names.contains(&fold(name)) || (name.is_empty() && record.iter().any(|c| territory_names.contains(&fold(c))));
        let code = if is_territory {
            None
        } else {
            match matcher.find(name) {
                Ok(commune) => Some(commune.code.clone()),
                Err(MatchFault::Unknown) if name.trim().is_empty() => return self.error(line, commune_column, ImportProblem::MissingCommune),
                Err(MatchFault::Unknown) => return self.error(line, commune_column, ImportProblem::UnknownCommune(name.to_owned())),
                Err(MatchFault::Ambiguous(candidates)) => return self.error(line, commune_column, ImportProblem::AmbiguousCommune { name: name.to_owned(), candidates }),
            }
        };
        let number = |reader: &mut Self, i: usize| match parse_cell(cell(i), decimal) {
            Ok(v) => v,
            Err(()) => {
                reader.error(line, i, ImportProblem::NotANumber(cell(i).to_owned()));
                None
            }
        };
        let mut cells: Vec<(Year, Option<f64>, Option<f64>)> = Vec::new();
        match layout {
            Layout::Wide { years, .. } => cells.extend(years.iter().map(|&(i, year)| (year, number(self, i), None))),
            Layout::Long { year, value, .. } | Layout::LongRatio { year, numerator: value, .. } => {
                let Some(y) = cell(*year).parse::<Year>().ok().filter(|y| YEARS.contains(y)) else {
                    return self.error(line, *year, ImportProblem::NotAYear(cell(*year).to_owned()));
                };
                table.years.insert(y);
                let den = match layout {
                    Layout::LongRatio { denominator, .. } => number(self, *denominator),
                    _ => None,
                };
                cells.push((y, number(self, *value), den));
            }
        }
        for (year, value, den) in cells {
            let target = match &code {
                None => table.territory_row.get_or_insert_with(BTreeMap::new),
                Some(code) => table.values.entry(code.clone()).or_default(),
            };
            if let Some(v) = value {
                if target.insert(year, v).is_some() {
                    self.error(line, commune_column, ImportProblem::Duplicate { commune: name.to_owned(), year });
                }
            }
            if let (Some(d), Some(code), Some(denominators)) = (den, &code, table.denominator.as_mut()) {
                denominators.entry(code.clone()).or_default().insert(year, d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_most_used_in_the_first_line() {
        assert_eq!(detect_delimiter("commune;2019;2020"), b';');
        assert_eq!(detect_delimiter("commune\t2019\t2020"), b'\t');
        assert_eq!(detect_delimiter("commune,2019,2020"), b',');
        // Ties: `;` first, then tab, then `,`.
        assert_eq!(detect_delimiter("a;b\tc"), b';');
        assert_eq!(detect_delimiter("a\tb,c"), b'\t');
        assert_eq!(detect_delimiter("a,b;c"), b';');
        assert_eq!(detect_delimiter("commune"), b';');
    }

    #[test]
    fn a_decimal_comma_is_a_comma_between_digits() {
        assert!(has_decimal_comma("12,5"));
        assert!(has_decimal_comma("-0,25"));
        for cell in ["12, 5", ",5", "5,", "a,b", "12.5", ""] {
            assert!(!has_decimal_comma(cell), "{cell:?}");
        }
    }

    fn records(lines: &[&str]) -> Vec<(usize, Vec<String>)> {
        lines.iter().enumerate().map(|(i, l)| (i + 1, l.split(';').map(str::to_owned).collect())).collect()
    }

    #[test]
    fn the_header_comes_after_at_most_forty_metadata_lines() {
        let header = "commune;2019;2020";
        assert_eq!(header_of(&records(&[header, "Lens;1;2"])).map(|(i, _)| i), Some(0));
        let mut lines = vec!["Titre;Taux de chômage"; MAX_PREAMBLE];
        lines.push(header);
        assert_eq!(header_of(&records(&lines)).map(|(i, _)| i), Some(MAX_PREAMBLE), "40 metadata lines, then the header");
        lines.insert(0, "Source;INSEE");
        assert_eq!(header_of(&records(&lines)), None, "41 are too many");
    }
}
