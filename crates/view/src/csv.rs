//! Downloads that open right in a spreadsheet of the page's language (Excel, LibreOffice): in
//! French a `;` separator and a decimal comma, in English a `,` separator and a decimal point;
//! UTF-8 with a byte order mark (so Excel reads the accents), CRLF line ends; a field holding
//! the separator, `"`, CR or LF is quoted, its quotes doubled (RFC 4180).
//!
//! The file starts with the indicator's metadata (one `key;value` line each: title,
//! definition, source, licence…), then an empty line, the header and the rows, so the data
//! never travels without its source.
//!
//! Headings and metadata are in the page's language, and every heading stays one the
//! workbench's import (which finds the separator and the decimal mark itself) reads back
//! (« Code INSEE » or « Commune » for the commune column — in English the import finds
//! « Commune », the name —, « Année » or « Year », « Numérateur » or « Numerator »…).

use crate::lines::{aggregation_explanation, Measure};
use en_action_core::date::Date;
use en_action_core::indicator::{Indicator, IndicatorData};
use en_action_core::{Series, Year};

use crate::format::{self, csv_number};
use crate::i18n::{self, data};

/// The media type of the downloads.
pub const CSV_MEDIA_TYPE: &str = "text/csv;charset=utf-8";

/// The byte order mark that tells Excel the file is UTF-8.
const BOM: char = '\u{feff}';

/// One cell of a CSV table.
#[derive(Debug, Clone, PartialEq)]
pub enum CsvCell {
    Text(String),
    /// A value and its number of decimals, written with a decimal comma (« 1234,5 »);
    /// a non-finite value is written as an empty cell.
    Number(f64, u8),
    /// A value at full precision (the shortest decimal that reads back to the same number),
    /// with a decimal comma; a non-finite value is an empty cell.
    Exact(f64),
    /// A missing value: an empty cell (never 0).
    Empty,
}

/// A table to download: metadata lines, then a header and rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CsvTable {
    /// (key, value) lines written before the table, e.g. (« Source », « INSEE »).
    pub metadata: Vec<(String, String)>,
    pub header: Vec<String>,
    pub rows: Vec<Vec<CsvCell>>,
}

/// The field separator of the page's language's spreadsheets: `;` in French (where the comma
/// is the decimal mark), `,` in English.
fn separator() -> u8 {
    match i18n::lang() {
        i18n::Lang::Fr => b';',
        i18n::Lang::En => b',',
    }
}

/// The text of a cell: the language's decimal mark, no grouping, no « −0 »; empty when
/// missing.
fn cell(cell: &CsvCell) -> String {
    match cell {
        CsvCell::Text(text) => text.clone(),
        CsvCell::Number(value, decimals) if value.is_finite() => {
            let text = csv_number(*value, *decimals);
            match text.strip_prefix('-') {
                Some(rest) if rest.bytes().all(|b| b == b'0' || b == b',' || b == b'.') => rest.to_owned(),
                _ => text,
            }
        }
        CsvCell::Exact(value) if value.is_finite() => {
            let text = csv_number_exact(*value);
            if text == "-0" { "0".to_owned() } else { text }
        }
        CsvCell::Number(..) | CsvCell::Exact(_) | CsvCell::Empty => String::new(),
    }
}

/// A number at full precision, with the language's decimal mark.
fn csv_number_exact(value: f64) -> String {
    format!("{value}").replace('.', format::decimal_mark())
}

/// Writes records with the `csv` crate: the language's separator, CRLF, fields quoted only
/// when they hold the separator, `"`, CR or LF (quotes doubled, RFC 4180); records of any
/// length.
fn write_records<I, R>(out: &mut Vec<u8>, records: I)
where
    I: IntoIterator<Item = R>,
    R: IntoIterator<Item = String>,
{
    let mut writer = csv::WriterBuilder::new()
        .delimiter(separator())
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(out);
    // Writing to memory cannot fail.
    for record in records {
        let _ = writer.write_record(record);
    }
    let _ = writer.flush();
}

/// The CSV text: byte order mark, metadata lines `key;value`, an empty line (only when
/// there is metadata), the header, then the rows; every line ends with CRLF.
pub fn to_csv(table: &CsvTable) -> String {
    let mut out = BOM.to_string().into_bytes();
    if !table.metadata.is_empty() {
        write_records(&mut out, table.metadata.iter().map(|(k, v)| [k.clone(), v.clone()]));
        out.extend_from_slice(b"\r\n");
    }
    if table.header.is_empty() {
        out.extend_from_slice(b"\r\n");
    } else {
        write_records(&mut out, [table.header.clone()]);
    }
    write_records(&mut out, table.rows.iter().map(|row| row.iter().map(cell).collect::<Vec<_>>()));
    // Every field came from a `String`: the bytes are UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// The metadata lines of an indicator, in the page's language: « Indicateur »,
/// « Définition », « Unité » (when there is one), « Source », « Adresse » (when known),
/// « Licence », « Données récupérées le » (« 1er mars 2024 » when the date reads), « Données
/// illustratives » (« oui », only for illustrative data) and « Règle d'agrégation ». In
/// English the file's English title, definition and unit when it gives them (else the French
/// ones, marked « (in French) »).
pub fn indicator_metadata(ind: &Indicator) -> Vec<(String, String)> {
    let text = i18n::t().commune();
    let mut lines: Vec<(&str, String)> = vec![(text.file_indicator, data::title(ind).plain()), (text.file_definition, data::definition(ind).plain())];
    let unit = data::unit(ind);
    if !unit.is_empty() {
        lines.push((text.file_unit, unit.to_owned()));
    }
    lines.push((text.file_source, ind.source.name.clone()));
    if let Some(url) = &ind.source.url {
        lines.push((text.file_address, url.clone()));
    }
    lines.push((text.file_licence, ind.source.licence.clone()));
    let retrieved = Date::parse(&ind.source.retrieved).map(format::date).unwrap_or_else(|| ind.source.retrieved.clone());
    lines.push((text.file_retrieved, retrieved));
    if ind.illustrative {
        lines.push((text.file_illustrative, text.file_yes.to_owned()));
    }
    lines.push((text.file_aggregation, aggregation_explanation(ind.aggregation).to_owned()));
    lines.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// The table of values of an indicator: the metadata of [`indicator_metadata`], columns
/// « Code INSEE », « Commune », then one column per year of `years` (headed by the year).
/// `lines` are (code, empty for the territory; name; series), written in the given order;
/// values at full precision (what is shown is rounded, what is downloaded is not), a missing
/// value is an empty cell.
pub fn series_table(
    ind: &Indicator,
    measure: &Measure,
    years: &[Year],
    lines: &[(String, String, Series)],
) -> CsvTable {
    let text = i18n::t().commune();
    let mut header = vec![text.file_code.to_owned(), text.file_commune.to_owned()];
    header.extend(years.iter().map(Year::to_string));
    let rows = lines
        .iter()
        .map(|(code, name, series)| {
            let mut row = Vec::with_capacity(years.len() + 2);
            row.push(if code.is_empty() {
                CsvCell::Empty
            } else {
                CsvCell::Text(code.clone())
            });
            row.push(CsvCell::Text(name.clone()));
            row.extend(years.iter().map(|&y| match series.get(y) {
                Some(v) => CsvCell::Exact(v),
                None => CsvCell::Empty,
            }));
            row
        })
        .collect();
    let mut metadata = indicator_metadata(ind);
    // What the numbers are once transformed (per 1,000 inhabitants, index base 100).
    for (key, value) in &mut metadata {
        if key == text.file_indicator {
            if let Some(q) = &measure.qualifier {
                *value = format!("{value}, {q}");
            }
        } else if key == text.file_unit {
            value.clone_from(&measure.unit);
        }
    }
    metadata.retain(|(key, value)| key != text.file_unit || !value.is_empty());
    CsvTable { metadata, header, rows }
}

/// The whole of a ratio indicator with what it is made of, one line per commune and year:
/// « Code INSEE ; Commune ; Année ; Numérateur ; Dénominateur ; Valeur » (the layout the
/// workbench's import reads back), the territory's totals first. `None` for another rule.
pub fn ratio_table(ind: &Indicator, communes: &[(String, String)], territory_name: &str) -> Option<CsvTable> {
    let IndicatorData::Ratio { numerator, denominator, numerator_label, denominator_label, scale } = &ind.data else { return None };
    let text = i18n::t().commune();
    let header = [text.file_code, text.file_commune, text.file_year, text.file_numerator, text.file_denominator, text.file_value].map(str::to_owned).to_vec();
    let sum = |table: &en_action_core::indicator::CommuneTable, year: Year| -> Option<f64> {
        let values: Vec<f64> = table.0.iter().filter_map(|(_, s)| s.get(year)).collect();
        (!values.is_empty()).then(|| values.iter().sum())
    };
    let value = |n: Option<f64>, d: Option<f64>| match (n, d) {
        (Some(n), Some(d)) if d != 0.0 => CsvCell::Exact(n / d * scale),
        _ => CsvCell::Empty,
    };
    let cell = |v: Option<f64>| v.map_or(CsvCell::Empty, CsvCell::Exact);
    let mut rows = Vec::new();
    for &year in &ind.years {
        let (n, d) = (sum(numerator, year), sum(denominator, year));
        rows.push(vec![CsvCell::Empty, CsvCell::Text(territory_name.to_owned()), CsvCell::Text(year.to_string()), cell(n), cell(d), value(n, d)]);
    }
    for (code, name) in communes {
        let Some(parsed) = en_action_core::code::CommuneCode::parse(code) else { continue };
        let (Some(num), Some(den)) = (numerator.get(&parsed), denominator.get(&parsed)) else { continue };
        for &year in &ind.years {
            let (n, d) = (num.get(year), den.get(year));
            rows.push(vec![CsvCell::Text(code.clone()), CsvCell::Text(name.clone()), CsvCell::Text(year.to_string()), cell(n), cell(d), value(n, d)]);
        }
    }
    let mut metadata = indicator_metadata(ind);
    metadata.push((text.file_numerator.to_owned(), numerator_label.clone()));
    metadata.push((text.file_denominator.to_owned(), denominator_label.clone()));
    Some(CsvTable { metadata, header, rows })
}

#[cfg(test)]
mod tests {
    use super::*;
    use en_action_core::indicator::{Aggregation, IndicatorData};
    use en_action_core::source::Source;
    use en_action_core::Direction;

    fn indicator() -> Indicator {
        Indicator {
            id: "chomage".into(),
            axis: "travailler".into(),
            title: "Taux de chômage des 15-64 ans".into(),
            unit: "%".into(),
            decimals: 1,
            definition: "Part des chômeurs; au sens du \"recensement\".".into(),
            english: Default::default(),
            source: Source {
                name: "INSEE, recensement de la population".into(),
                url: Some("https://www.insee.fr/fr/statistiques".into()),
                licence: "Licence Ouverte 2.0".into(),
                retrieved: "2024-03-01".into(),
            },
            illustrative: true,
            aggregation: Aggregation::Sum,
            direction: Direction::Down,
            per_capita: false,
            targets: vec![],
            breaks: vec![],
            years: vec![2015, 2016],
            data: IndicatorData::Given {
                territory: Series::default(),
                communes: None,
            },
        }
    }

    #[test]
    fn quotes_only_when_needed() {
        let one = |text: &str| {
            let table = CsvTable { header: vec![text.into(), "x".into()], ..CsvTable::default() };
            to_csv(&table).trim_start_matches(BOM).trim_end_matches("\r\n").to_owned()
        };
        assert_eq!(one("Lens"), "Lens;x");
        assert_eq!(one("a;b"), "\"a;b\";x");
        assert_eq!(one("dit \"bon\""), "\"dit \"\"bon\"\"\";x");
        assert_eq!(one("deux\nlignes"), "\"deux\nlignes\";x");
        assert_eq!(one("retour\r"), "\"retour\r\";x");
        assert_eq!(one("virgule, point."), "virgule, point.;x");
    }

    #[test]
    fn numbers_use_a_decimal_comma() {
        assert_eq!(cell(&CsvCell::Number(1234.56, 1)), "1234,6");
        assert_eq!(cell(&CsvCell::Number(-3.25, 2)), "-3,25");
        assert_eq!(cell(&CsvCell::Number(-0.04, 1)), "0,0");
        assert_eq!(cell(&CsvCell::Number(-0.4, 0)), "0");
        assert_eq!(cell(&CsvCell::Number(12.0, 0)), "12");
        assert_eq!(cell(&CsvCell::Number(f64::NAN, 1)), "");
        assert_eq!(cell(&CsvCell::Number(f64::INFINITY, 1)), "");
        assert_eq!(cell(&CsvCell::Empty), "");
    }

    #[test]
    fn writes_bom_metadata_blank_line_header_rows_with_crlf() {
        let table = CsvTable {
            metadata: vec![("Indicateur".into(), "Chômage; 15-64 ans".into())],
            header: vec!["Commune".into(), "2015".into()],
            rows: vec![
                vec![CsvCell::Text("Lens".into()), CsvCell::Number(18.75, 1)],
                vec![CsvCell::Text("Liévin".into()), CsvCell::Empty],
            ],
        };
        assert_eq!(
            to_csv(&table),
            "\u{feff}Indicateur;\"Chômage; 15-64 ans\"\r\n\r\nCommune;2015\r\nLens;18,8\r\nLiévin;\r\n"
        );
        let bare = CsvTable {
            header: vec!["a".into()],
            ..CsvTable::default()
        };
        assert_eq!(to_csv(&bare), "\u{feff}a\r\n");
        assert_eq!(to_csv(&CsvTable::default()), "\u{feff}\r\n");
    }

    #[test]
    fn indicator_metadata_in_french() {
        let ind = indicator();
        let meta = indicator_metadata(&ind);
        let keys: Vec<&str> = meta.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "Indicateur",
                "Définition",
                "Unité",
                "Source",
                "Adresse",
                "Licence",
                "Données récupérées le",
                "Données illustratives",
                "Règle d'agrégation"
            ]
        );
        assert_eq!(meta[6].1, "1er mars 2024");
        assert_eq!(meta[7].1, "oui");
        assert_eq!(
            meta[8].1,
            "La valeur du territoire est la somme des valeurs des communes."
        );
        // No unit, no address, real data, unreadable date kept as written.
        let mut ind = indicator();
        ind.unit.clear();
        ind.source.url = None;
        ind.illustrative = false;
        ind.source.retrieved = "mars 2024".into();
        let meta = indicator_metadata(&ind);
        let keys: Vec<&str> = meta.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "Indicateur",
                "Définition",
                "Source",
                "Licence",
                "Données récupérées le",
                "Règle d'agrégation"
            ]
        );
        assert_eq!(meta[4].1, "mars 2024");
    }

    #[test]
    fn indicator_metadata_in_english() {
        use crate::i18n::{with_lang, Lang};
        let mut ind = indicator();
        ind.english.title = Some("Unemployment rate (15-64)".into());
        ind.english.unit = Some("pct".into());
        let meta = with_lang(Lang::En, || indicator_metadata(&ind));
        let pairs: Vec<(&str, &str)> = meta.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(pairs[0], ("Indicator", "Unemployment rate (15-64)"));
        assert_eq!(pairs[1], ("Definition", "Part des chômeurs; au sens du \"recensement\". (in French)"), "no English definition: the French one, marked");
        assert_eq!(pairs[2], ("Unit", "pct"));
        assert_eq!(&pairs[4..], [
            ("Web address", "https://www.insee.fr/fr/statistiques"),
            ("Licence", "Licence Ouverte 2.0"),
            ("Data retrieved on", "1 March 2024"),
            ("Illustrative data", "yes"),
            ("Aggregation rule", "The territory's value is the sum of the communes' values."),
        ]);
        let measure = crate::lines::measure(&ind, Default::default(), 2015);
        let table = with_lang(Lang::En, || series_table(&ind, &measure, &[2015], &[]));
        assert_eq!(table.header, ["INSEE code", "Commune", "2015"]);
    }

    #[test]
    fn transformed_values_keep_their_decimals_and_unit() {
        let mut ind = indicator();
        ind.per_capita = true;
        let measure = crate::lines::measure(&ind, crate::lines::Transform { per_capita: true, index100: false }, 2015);
        let lens = Series::from_points([(2015, Some(2.234))]).unwrap();
        let table = series_table(&ind, &measure, &[2015], &[("62498".into(), "Lens".into(), lens)]);
        // At full precision: the page shows 2,23 (two decimals per 1,000 inhabitants), the
        // download keeps 2,234.
        assert_eq!(table.rows[0][2], CsvCell::Exact(2.234));
        assert_eq!(cell(&table.rows[0][2]), "2,234");
        assert!(table.metadata.contains(&("Unité".into(), "/ 1 000 hab.".into())));
        assert!(table.metadata.contains(&("Indicateur".into(), "Taux de chômage des 15-64 ans, pour 1 000 habitants".into())));
        // An index has no unit: no « Unité » line, every other line kept.
        let index = crate::lines::measure(&ind, crate::lines::Transform { per_capita: false, index100: true }, 2015);
        let table = series_table(&ind, &index, &[2015], &[]);
        let keys: Vec<&str> = table.metadata.iter().map(|(k, _)| k.as_str()).collect();
        assert!(!keys.contains(&"Unité"), "{keys:?}");
        assert_eq!(keys.len(), indicator_metadata(&ind).len() - 1, "{keys:?}");
    }

    #[test]
    fn series_table_has_one_column_per_year() {
        let ind = indicator();
        let lens =
            Series::from_points([(2015, Some(18.75)), (2016, None), (2017, Some(17.0))]).unwrap();
        let call = Series::from_points([(2016, Some(14.8))]).unwrap();
        let measure = crate::lines::measure(&ind, Default::default(), 2015);
        let table = series_table(
            &ind,
            &measure,
            &[2015, 2016, 2017],
            &[
                ("".into(), "CALL".into(), call),
                ("62498".into(), "Lens".into(), lens),
            ],
        );
        assert_eq!(
            table.header,
            ["Code INSEE", "Commune", "2015", "2016", "2017"]
        );
        assert_eq!(
            table.rows[0],
            [
                CsvCell::Empty,
                CsvCell::Text("CALL".into()),
                CsvCell::Empty,
                CsvCell::Exact(14.8),
                CsvCell::Empty
            ]
        );
        let csv = to_csv(&table);
        assert!(csv.starts_with(
            "\u{feff}Indicateur;Taux de chômage des 15-64 ans\r\n\
             Définition;\"Part des chômeurs; au sens du \"\"recensement\"\".\"\r\n\
             Unité;%\r\n"
        ));
        // Full precision: 18,75 (not the 18,8 shown), 17 (not 17,0).
        assert!(
            csv.ends_with("\r\n\r\nCode INSEE;Commune;2015;2016;2017\r\n;CALL;;14,8;\r\n62498;Lens;18,75;;17\r\n"),
            "{csv}"
        );
    }
}
