//! The dashboard's own CSV download (metadata lines, « Code INSEE;Commune;years », decimal
//! comma, UTF-8 with BOM) reads back through the CSV import to the same values.

use std::path::PathBuf;

use en_action_core::cell::Cell;
use en_action_core::check::{check_indicator, check_territory};
use en_action_core::import::{import_csv, ImportOptions};
use en_action_core::indicator::IndicatorFile;
use en_action_view::csv::{series_table, to_csv};
use en_action_view::lines::Measure;

fn read(relative: &str) -> Vec<u8> {
    std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../indicators").join(relative)).expect("sample file")
}

#[test]
fn a_downloaded_table_imports_back_to_the_same_values() {
    let territory = check_territory("territory.json", &read("territory.json")).expect("territory").value;
    let bytes = read("respirer/no2.json");
    let indicator = check_indicator("no2.json", &bytes, &territory).expect("no2").value;
    let lines: Vec<(String, String, _)> = territory
        .communes
        .iter()
        .filter_map(|c| indicator.commune_series(&c.code).map(|s| (c.code.to_string(), c.name.clone(), s)))
        .collect();
    assert_eq!(lines.len(), 36);
    let measure = Measure { unit: indicator.unit.clone(), decimals: indicator.decimals, qualifier: None };
    let csv = to_csv(&series_table(&indicator, &measure, &indicator.years, &lines));
    assert!(csv.starts_with("\u{feff}Indicateur;"), "the download starts with its metadata");

    let template: IndicatorFile = serde_json::from_slice(&bytes).expect("template");
    let options = ImportOptions { template: template.clone(), denominator: None };
    let imported = import_csv("no2-telechargement.csv", csv.as_bytes(), &options, &territory).expect("imported");
    assert_eq!(imported.file.years, template.years);
    let sorted = |file: &IndicatorFile| {
        let mut rows: Vec<(String, Vec<Cell>)> = file.values.as_ref().expect("values").0.clone();
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        rows
    };
    assert_eq!(sorted(&imported.file), sorted(&template));
}

#[test]
fn a_ratio_downloaded_whole_imports_back_with_its_numerator_and_denominator() {
    use en_action_view::csv::ratio_table;
    let territory = check_territory("territory.json", &read("territory.json")).expect("territory").value;
    let bytes = read("travailler/chomage.json");
    let indicator = check_indicator("chomage.json", &bytes, &territory).expect("chomage").value;
    let communes: Vec<(String, String)> = territory.communes.iter().map(|c| (c.code.to_string(), c.name.clone())).collect();
    let table = ratio_table(&indicator, &communes, &territory.short_name).expect("a ratio");
    assert_eq!(table.header, ["Code INSEE", "Commune", "Année", "Numérateur", "Dénominateur", "Valeur"]);
    assert_eq!(table.rows.len(), indicator.years.len() * 37, "the territory and 36 communes, every year");
    let csv = to_csv(&table);
    assert!(csv.contains("\r\nNumérateur;"), "the numerator is named in the metadata");

    let template: IndicatorFile = serde_json::from_slice(&bytes).expect("template");
    let options = ImportOptions { template: template.clone(), denominator: None };
    let imported = import_csv("chomage-complet.csv", csv.as_bytes(), &options, &territory).expect("imported");
    let rows = |t: &Option<en_action_core::indicator::Component>| {
        let mut rows = t.as_ref().expect("part").values.0.clone();
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        rows
    };
    assert_eq!(rows(&imported.file.numerator), rows(&template.numerator));
    assert_eq!(rows(&imported.file.denominator), rows(&template.denominator));
    assert!(ratio_table(&check_indicator("no2.json", &read("respirer/no2.json"), &territory).expect("no2").value, &communes, "CALL").is_none());
}

#[test]
fn an_english_download_imports_back_too() {
    // In English the headings are English (« INSEE code,Commune,2015… », « Year »,
    // « Numerator »…) and the format an English spreadsheet's (`,`, decimal point): the import
    // finds the separator and the decimal mark, the commune by its name (« Commune »), and
    // reads the English names of the long layout.
    use en_action_view::csv::ratio_table;
    use en_action_view::i18n::{with_lang, Lang};
    let territory = check_territory("territory.json", &read("territory.json")).expect("territory").value;
    let communes: Vec<(String, String)> = territory.communes.iter().map(|c| (c.code.to_string(), c.name.clone())).collect();

    let bytes = read("respirer/no2.json");
    let indicator = check_indicator("no2.json", &bytes, &territory).expect("no2").value;
    let lines: Vec<(String, String, _)> = territory
        .communes
        .iter()
        .filter_map(|c| indicator.commune_series(&c.code).map(|s| (c.code.to_string(), c.name.clone(), s)))
        .collect();
    let measure = Measure { unit: indicator.unit.clone(), decimals: indicator.decimals, qualifier: None };
    let csv = with_lang(Lang::En, || to_csv(&series_table(&indicator, &measure, &indicator.years, &lines)));
    assert!(csv.starts_with("\u{feff}Indicator,"), "{csv}");
    assert!(csv.contains("\r\nINSEE code,Commune,"), "{csv}");
    assert!(!csv.lines().skip_while(|l| !l.starts_with("INSEE")).any(|l| l.contains(';')), "no French separator in the table");
    let template: IndicatorFile = serde_json::from_slice(&bytes).expect("template");
    let options = ImportOptions { template: template.clone(), denominator: None };
    let imported = import_csv("no2-download.csv", csv.as_bytes(), &options, &territory).expect("imported");
    let sorted = |file: &IndicatorFile| {
        let mut rows: Vec<(String, Vec<Cell>)> = file.values.as_ref().expect("values").0.clone();
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        rows
    };
    assert_eq!(sorted(&imported.file), sorted(&template));

    let bytes = read("travailler/chomage.json");
    let indicator = check_indicator("chomage.json", &bytes, &territory).expect("chomage").value;
    let table = with_lang(Lang::En, || ratio_table(&indicator, &communes, &territory.short_name)).expect("a ratio");
    assert_eq!(table.header, ["INSEE code", "Commune", "Year", "Numerator", "Denominator", "Value"]);
    let template: IndicatorFile = serde_json::from_slice(&bytes).expect("template");
    let options = ImportOptions { template: template.clone(), denominator: None };
    let csv = with_lang(Lang::En, || to_csv(&table));
    assert!(csv.contains(".") && csv.contains("\r\nINSEE code,Commune,Year,Numerator,Denominator,Value\r\n"), "{csv}");
    let imported = import_csv("chomage-full.csv", csv.as_bytes(), &options, &territory).expect("imported");
    let rows = |t: &Option<en_action_core::indicator::Component>| {
        let mut rows = t.as_ref().expect("part").values.0.clone();
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        rows
    };
    assert_eq!(rows(&imported.file.numerator), rows(&template.numerator));
    assert_eq!(rows(&imported.file.denominator), rows(&template.denominator));
}
