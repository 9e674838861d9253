//! CSV import: the documented layouts, delimiters, decimal separators and encodings, communes by
//! code or name, located French errors, and a round trip CSV → JSON → CSV that keeps every
//! value.

use std::path::PathBuf;

use en_action_core::cell::Cell;
use en_action_core::check::check_territory;
use en_action_core::import::{import_csv, ImportOptions};
use en_action_core::indicator::{Aggregation, IndicatorFile};
use en_action_core::territory::Territory;
use proptest::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn territory() -> Territory {
    let bytes = std::fs::read(root().join("indicators/territory.json")).expect("territory");
    check_territory("territory.json", &bytes).expect("valid").value
}

fn indicator(relative: &str) -> IndicatorFile {
    serde_json::from_slice(&std::fs::read(root().join("indicators").join(relative)).expect("file")).expect("json")
}

fn options(template: IndicatorFile) -> ImportOptions {
    ImportOptions { template, denominator: None }
}

fn numbers(rows: &[(String, Vec<Cell>)]) -> Vec<(String, Vec<Option<f64>>)> {
    let mut out: Vec<_> = rows
        .iter()
        .map(|(code, cells)| (code.clone(), cells.iter().map(|c| if let Cell::Number(v) = c { Some(*v) } else { None }).collect()))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn an_excel_export_in_windows_1252_with_names_and_decimal_commas_gives_the_shipped_file() {
    let expected = indicator("respirer/no2.json");
    let bytes = std::fs::read(root().join("tests/fixtures/csv/no2-excel-large.csv")).expect("csv");
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture is Windows-1252");
    let imported = import_csv("no2-excel-large.csv", &bytes, &options(expected.clone()), &territory()).expect("imported");
    assert_eq!(imported.file.years, expected.years);
    assert_eq!(numbers(&imported.file.values.as_ref().unwrap().0), numbers(&expected.values.as_ref().unwrap().0));
    assert_eq!(imported.notes[..4], ["encodage Windows-1252 (Excel)", "séparateur « ; »", "virgule décimale", "format large (une colonne par année)"]);
    // One line per commune, as the shipped files.
    assert!(imported.json.contains("\n    \"62498\": [22.1, 21.1, 20.2, 19.3, 17.9, 14.9, 16.6, 15.6, 16.4, 15.4],\n"), "{}", &imported.json[..600]);
}

#[test]
fn a_long_ratio_export_with_codes_and_commas_gives_the_shipped_rates() {
    let expected = indicator("travailler/chomage.json");
    let bytes = std::fs::read(root().join("tests/fixtures/csv/chomage-long.csv")).expect("csv");
    let imported = import_csv("chomage-long.csv", &bytes, &options(expected.clone()), &territory()).expect("imported");
    assert_eq!(imported.file.aggregation, Aggregation::Ratio);
    assert_eq!(numbers(&imported.file.numerator.as_ref().unwrap().values.0), numbers(&expected.numerator.as_ref().unwrap().values.0));
    assert_eq!(numbers(&imported.file.denominator.as_ref().unwrap().values.0), numbers(&expected.denominator.as_ref().unwrap().values.0));
    assert!(imported.notes.contains(&"séparateur « , »".to_owned()));
    assert!(imported.notes.contains(&"format long avec numérateur et dénominateur".to_owned()));
}

#[test]
fn a_ratio_in_two_wide_files() {
    let expected = indicator("travailler/chomage.json");
    let wide = |component: &str| {
        let part = if component == "numerator" { &expected.numerator } else { &expected.denominator };
        let rows = &part.as_ref().expect("component").values.0;
        let mut text = format!("commune\t{}\n", expected.years.iter().map(ToString::to_string).collect::<Vec<_>>().join("\t"));
        for (code, cells) in rows {
            let cells: Vec<String> = cells.iter().map(|c| if let Cell::Number(v) = c { v.to_string() } else { String::new() }).collect();
            text.push_str(&format!("{code}\t{}\n", cells.join("\t")));
        }
        text.into_bytes()
    };
    let mut opts = options(expected.clone());
    opts.denominator = Some(("actifs.csv".to_owned(), wide("denominator")));
    let imported = import_csv("chomeurs.csv", &wide("numerator"), &opts, &territory()).expect("imported");
    assert_eq!(numbers(&imported.file.denominator.as_ref().unwrap().values.0), numbers(&expected.denominator.as_ref().unwrap().values.0));
    assert!(imported.notes.iter().any(|n| n == "séparateur « tabulation »"), "{:?}", imported.notes);
}

#[test]
fn names_without_accents_or_case_and_utf8_bom_and_missing_markers() {
    let mut text = String::from("\u{feff}Commune;Année;Valeur\r\n");
    for (name, value) in [("LIEVIN", "15,9"), ("lens", "n.d."), ("noyelles sous lens", "1 234,5"), ("Éleu dit Leauwette", "")] {
        text.push_str(&format!("{name};2024;{value}\r\n"));
    }
    let mut template = indicator("respirer/no2.json");
    template.range = None;
    let imported = import_csv("x.csv", text.as_bytes(), &options(template), &territory()).expect("imported");
    let rows = numbers(&imported.file.values.as_ref().unwrap().0);
    let value = |code: &str| rows.iter().find(|(c, _)| c == code).map(|(_, v)| v[0]);
    assert_eq!(value("62510"), Some(Some(15.9)));
    assert_eq!(value("62498"), Some(None));
    assert_eq!(value("62628"), Some(Some(1234.5)), "{rows:?}");
    assert_eq!(imported.notes[0], "encodage UTF-8 avec BOM");
    assert!(imported.notes.iter().any(|n| n.starts_with("32 commune(s) absente(s) du CSV")), "{:?}", imported.notes);
}

#[test]
fn unknown_names_bad_numbers_and_years_are_located() {
    let text = "commune;annee;valeur\nLiévin;2024;12\nLievin-Nord;2024;3\nLens;2024;12,5,3\nLens;20x4;1\n";
    let errors = import_csv("x.csv", text.as_bytes(), &options(indicator("respirer/no2.json")), &territory()).unwrap_err();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(shown, [
        "x.csv, ligne 3, colonne 1 : « Lievin-Nord » n'est pas une commune du territoire (ni un code INSEE, ni un nom connu)",
        "x.csv, ligne 4, colonne 11 : valeur « 12,5,3 » illisible ; attendu : un nombre comme 12,5 ou 12.5, ou une case vide si la donnée manque",
        "x.csv, ligne 5, colonne 6 : année « 20x4 » illisible ; attendu : une année comme 2023",
    ]);
    // The same with Excel's CRLF line ends, a blank line and a metadata preamble: the lines an
    // editor shows.
    let crlf = format!("Indicateur;NO2\r\n\r\n{}", text.replace('\n', "\r\n").replacen("Liévin;2024;12\r\n", "Liévin;2024;12\r\n\r\n", 1));
    let errors = import_csv("x.csv", crlf.as_bytes(), &options(indicator("respirer/no2.json")), &territory()).unwrap_err();
    let places: Vec<_> = errors.iter().map(|e| e.position.map(|p| (p.line, p.column))).collect();
    assert_eq!(places, [Some((6, 1)), Some((7, 11)), Some((8, 6))]);
    let errors = import_csv("y.csv", b"nom;total\nLens;3\n", &options(indicator("respirer/no2.json")), &territory()).unwrap_err();
    assert!(errors[0].to_string().starts_with("y.csv, ligne 1, colonne 1 : en-tête non reconnu : « nom;total »"), "{}", errors[0]);
    assert!(import_csv("z.csv", b"", &options(indicator("respirer/no2.json")), &territory()).unwrap_err()[0].to_string().contains("vide"));
}

#[test]
fn ambiguous_names_ask_for_the_code() {
    let text = std::fs::read_to_string(root().join("indicators/territory.json")).expect("territory");
    let text = text.replacen("\"name\": \"Lens\"", "\"name\": \"Liévin\"", 1);
    let twins = check_territory("t.json", text.as_bytes()).expect("valid").value;
    let errors = import_csv("x.csv", "commune;2024\nLIEVIN;3\n".as_bytes(), &options(indicator("respirer/no2.json")), &twins).unwrap_err();
    assert_eq!(errors[0].to_string(), "x.csv, ligne 2, colonne 1 : commune « LIEVIN » ambiguë : Liévin (62498) ou Liévin (62510) ? Écrivez son code INSEE");
}

#[test]
fn a_ratio_without_its_denominator_is_refused() {
    let errors = import_csv("x.csv", b"commune;2024\n62498;3\n", &options(indicator("travailler/chomage.json")), &territory()).unwrap_err();
    assert!(errors[0].to_string().contains("la règle « ratio » demande le numérateur et le dénominateur"), "{}", errors[0]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Values written in a wide CSV with decimal commas come back exactly, and written back
    /// to CSV give the same text.
    #[test]
    fn csv_to_json_to_csv_keeps_every_value(values in prop::collection::vec(prop::option::of(0u32..10_000_000u32), 36 * 3)) {
        let t = territory();
        let years = [2021, 2022, 2023];
        let cell = |v: Option<u32>| v.map(|v| format!("{},{:02}", v / 100, v % 100)).unwrap_or_default();
        let mut csv = String::from("commune;2021;2022;2023\r\n");
        for (i, commune) in t.communes.iter().enumerate() {
            let row: Vec<String> = (0..3).map(|j| cell(values[i * 3 + j])).collect();
            csv.push_str(&format!("{};{}\r\n", commune.code, row.join(";")));
        }
        let mut template = indicator("respirer/espaces_verts.json");
        template.targets.clear();
        template.breaks.clear();
        let imported = import_csv("x.csv", csv.as_bytes(), &options(template), &t).expect("imported");
        prop_assert_eq!(&imported.file.years, &years.to_vec());
        let rows = &imported.file.values.as_ref().expect("values").0;
        let mut back = String::from("commune;2021;2022;2023\r\n");
        for (code, cells) in rows {
            let row: Vec<String> = cells.iter().map(|c| match c {
                Cell::Number(v) => cell(Some((v * 100.0).round() as u32)),
                _ => String::new(),
            }).collect();
            back.push_str(&format!("{code};{}\r\n", row.join(";")));
        }
        prop_assert_eq!(back, csv);
        // Exactly the values written: v / 100 parsed from « v/100,v%100 ».
        for (i, (_, cells)) in rows.iter().enumerate() {
            for j in 0..3 {
                let expected = values[i * 3 + j].map(|v| format!("{}.{:02}", v / 100, v % 100).parse::<f64>().unwrap());
                let found = if let Cell::Number(v) = cells[j] { Some(v) } else { None };
                prop_assert_eq!(found, expected);
            }
        }
    }
}

#[test]
fn decimal_points_in_a_semicolon_file_and_a_header_after_a_comma_heavy_title() {
    // The first line holds more commas than semicolons: the header is still read with `;`.
    let text = "Dioxyde d'azote, moyenne annuelle, en µg/m³, par commune\nCommune;2023;2024\nLiévin;15.9;14.25\nLens;16;\n";
    let mut template = indicator("respirer/no2.json");
    template.range = None;
    let imported = import_csv("x.csv", text.as_bytes(), &options(template), &territory()).expect("imported");
    let rows = numbers(&imported.file.values.as_ref().unwrap().0);
    let value = |code: &str| rows.iter().find(|(c, _)| c == code).map(|(_, v)| v.clone());
    assert_eq!(value("62510"), Some(vec![Some(15.9), Some(14.25)]), "decimal points kept as points");
    assert_eq!(value("62498"), Some(vec![Some(16.0), None]));
    assert!(imported.notes.iter().any(|n| n == "séparateur « ; »"), "{:?}", imported.notes);
    assert!(imported.notes.iter().any(|n| n == "point décimal"), "{:?}", imported.notes);
}

#[test]
fn the_territory_row_is_left_out_and_a_row_without_commune_is_an_error() {
    let mut template = indicator("respirer/no2.json");
    template.range = None;
    // The territory named in the commune column: not a commune (it is said twice: an error).
    let twice = "Commune;2023;2024\nCALL;14,8;13,7\nTerritoire;1;1\n";
    let errors = import_csv("x.csv", twice.as_bytes(), &options(template.clone()), &territory()).unwrap_err();
    assert!(errors[0].to_string().contains("Territoire a deux valeurs pour 2023"), "{}", errors[0]);
    let text = "Commune;2023;2024\nCALL;14,8;13,7\nLiévin;15,9;14,2\n";
    let imported = import_csv("x.csv", text.as_bytes(), &options(template.clone()), &territory()).expect("imported");
    let rows = numbers(&imported.file.values.as_ref().unwrap().0);
    assert_eq!(rows.iter().filter(|(_, v)| v.iter().any(Option::is_some)).count(), 1, "only Liévin among the communes: {rows:?}");
    // A row with no commune and no territory name is not silently left out.
    let text = "Commune;2023;2024\n;14,8;13,7\nLiévin;15,9;14,2\n";
    let errors = import_csv("x.csv", text.as_bytes(), &options(template), &territory()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].to_string(), "x.csv, ligne 2, colonne 1 : commune manquante : la case est vide ; attendu : le nom ou le code INSEE d'une commune");
}
