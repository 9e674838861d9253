//! The usual mistakes of staff editing a correct sample file, each reported as the mistake
//! (one diagnostic, its wording and its place), not as its symptoms.

use std::path::PathBuf;

use en_action_core::check::{check_indicator, check_territory};
use en_action_core::diagnostic::{Diagnostic, Position, Severity};
use en_action_core::territory::Territory;

fn sample(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../indicators").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn territory() -> Territory {
    check_territory("indicators/territory.json", sample("territory.json").as_bytes()).expect("sample territory").value
}

/// Checks `text` as the sample file `relative`; returns every diagnostic (it must be rejected).
fn rejected(relative: &str, text: &str) -> Vec<Diagnostic> {
    let file = format!("indicators/{relative}");
    match check_indicator(&file, text.as_bytes(), &territory()) {
        Ok(_) => panic!("{relative} accepted"),
        Err(r) => r.diagnostics,
    }
}

/// The 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("needle")].matches('\n').count() + 1
}

fn all(diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

#[test]
fn a_mistyped_code_is_one_error_naming_the_missing_commune() {
    let good = sample("respirer/no2.json");
    let bad = good.replacen("\"62510\":", "\"62501\":", 1);
    let diagnostics = rejected("respirer/no2.json", &bad);
    assert_eq!(diagnostics.len(), 1, "{}", all(&diagnostics));
    let d = &diagnostics[0];
    assert_eq!(d.path.to_string(), "values.62501");
    assert_eq!(d.position.map(|p| p.line), Some(line_of(&bad, "\"62501\"")));
    assert_eq!(d.problem.to_string(), "62501 est sans doute 62510 (Liévin), absent du fichier ; corrigez le code");
}

#[test]
fn an_unknown_code_far_from_any_missing_commune_keeps_both_messages() {
    let good = sample("respirer/no2.json");
    let bad = good.replacen("\"62510\":", "\"59350\":", 1);
    let text = all(&rejected("respirer/no2.json", &bad));
    assert!(text.contains("code commune inconnu 59350"), "{text}");
    assert!(text.contains("commune 62510 (Liévin) absente"), "{text}");
}

#[test]
fn a_year_added_without_values_is_one_error_at_years() {
    let good = sample("respirer/no2.json");
    let bad = good.replacen("2023, 2024],", "2023, 2024, 2025],", 1);
    let diagnostics = rejected("respirer/no2.json", &bad);
    assert_eq!(diagnostics.len(), 1, "{}", all(&diagnostics));
    let d = &diagnostics[0];
    assert_eq!(d.path.to_string(), "years");
    assert_eq!(d.position.map(|p| p.line), Some(line_of(&bad, "\"years\"")));
    assert_eq!(
        d.problem.to_string(),
        "les 36 lignes ont 10 valeurs pour 11 années : une année a sans doute été ajoutée à « years » sans ses valeurs (la dernière est 2025) ; ajoutez une valeur (ou null) à chaque ligne, ou retirez l'année"
    );
}

#[test]
fn a_year_added_to_a_ratio_is_said_once_for_both_tables() {
    let good = sample("habiter/vacance.json");
    let bad = good.replacen("2022, 2023],", "2022, 2023, 2024],", 1);
    let diagnostics = rejected("habiter/vacance.json", &bad);
    assert_eq!(diagnostics.len(), 1, "{}", all(&diagnostics));
    assert_eq!(diagnostics[0].path.to_string(), "years");
}

#[test]
fn a_year_missing_from_years_is_one_error_at_years() {
    let good = sample("respirer/no2.json");
    let bad = good.replacen("[2015, 2016, 2017,", "[2016, 2017,", 1);
    let diagnostics = rejected("respirer/no2.json", &bad);
    assert_eq!(diagnostics.len(), 1, "{}", all(&diagnostics));
    assert!(diagnostics[0].problem.to_string().starts_with("les 36 lignes ont 10 valeurs pour 9 années : il manque sans doute une année"), "{}", diagnostics[0]);
}

#[test]
fn a_decimal_comma_is_named_at_its_column_with_the_fix() {
    let good = sample("respirer/no2.json");
    let bad = good.replacen("[21.4, 21.3,", "[21,4, 21.3,", 1);
    let diagnostics = rejected("respirer/no2.json", &bad);
    assert_eq!(diagnostics.len(), 1, "{}", all(&diagnostics));
    let d = &diagnostics[0];
    assert_eq!(d.path.to_string(), "values.62510");
    let line = line_of(&bad, "[21,4");
    let column = bad.lines().nth(line - 1).and_then(|l| l.find("21,4")).map(|c| c + 1);
    assert_eq!(d.position, column.map(|column| Position { line, column }));
    assert_eq!(
        d.problem.to_string(),
        "virgule décimale dans « 21,4 » : en JSON la virgule sépare les valeurs, la ligne a donc une valeur de trop ; remplacez 21,4 par 21.4"
    );
}

#[test]
fn a_single_short_row_is_reported_at_its_row() {
    let good = sample("respirer/no2.json");
    let bad = good.replacen("[21.4, 21.3,", "[21.3,", 1);
    let diagnostics = rejected("respirer/no2.json", &bad);
    assert_eq!(diagnostics.len(), 1, "{}", all(&diagnostics));
    assert_eq!(diagnostics[0].path.to_string(), "values.62510");
    assert_eq!(diagnostics[0].problem.to_string(), "9 valeurs pour 10 années ; attendu : une valeur (ou null) par année de « years »");
}

#[test]
fn errors_come_before_warnings() {
    let good = sample("respirer/no2.json");
    // A warning (a commune without its 2015 value) at line 36, an error further down.
    let bad = good.replacen("[22.1, 21.1,", "[null, 21.1,", 1).replacen("[21.4, 21.3,", "[21.4, -21.3,", 1);
    let diagnostics = rejected("respirer/no2.json", &bad);
    let severities: Vec<Severity> = diagnostics.iter().map(|d| d.severity).collect();
    assert!(severities.len() >= 2, "{}", all(&diagnostics));
    assert_eq!(severities[0], Severity::Error, "{}", all(&diagnostics));
    assert!(severities.windows(2).all(|w| w[0] <= w[1]), "{}", all(&diagnostics));
}

#[test]
fn a_failed_file_still_tells_its_axis_and_title() {
    use en_action_core::check::indicator_hint;
    let t = territory();
    let good = sample("respirer/no2.json");
    let hint = indicator_hint("indicators/respirer/no2.json", Some(good.replace("\"62498\"", "\"62999\"").as_bytes()), &t);
    assert_eq!(hint.axis.as_deref(), Some("respirer"));
    assert!(hint.title.as_deref().is_some_and(|title| title.contains("NO")), "{hint:?}");
    // Truncated: no JSON, the folder tells the axis.
    let hint = indicator_hint("indicators/travailler/chomage.json", Some(&good.as_bytes()[..100]), &t);
    assert_eq!((hint.axis.as_deref(), hint.title), (Some("travailler"), None));
    // Missing file, folder not an axis: nothing to tell.
    assert_eq!(indicator_hint("indicators/autres/x.json", None, &t), Default::default());
    // An overlong title is not shown.
    let hint = indicator_hint("x.json", Some(format!("{{\"axis\": \"bouger\", \"title\": \"{}\"}}", "A".repeat(500)).as_bytes()), &t);
    assert_eq!((hint.axis.as_deref(), hint.title), (Some("bouger"), None));
}
