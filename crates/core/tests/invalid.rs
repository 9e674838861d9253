//! One test per validation error: each bad file under `tests/fixtures/invalid/` is rejected
//! with a French message, the line and column of the problem and its JSON path. Indicator
//! files are checked against `tests/fixtures/territory-mini.json` (three communes, two axes).
//! Then: a file with several problems reports all of them, warnings do not reject a file,
//! and no input makes the checker panic.

use std::path::PathBuf;
use std::sync::OnceLock;

use en_action_core::check::{check_indicator, check_territory, Checked, Rejected};
use en_action_core::diagnostic::{Diagnostic, Position, Severity};
use en_action_core::direction::Direction;
use en_action_core::indicator::Indicator;
use en_action_core::rollup::territory_series;
use en_action_core::stats;
use en_action_core::territory::Territory;
use proptest::prelude::*;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn read(relative: &str) -> Vec<u8> {
    let path = fixtures().join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{} : {e}", path.display()))
}

/// The mini territory (checked once).
fn mini() -> &'static Territory {
    static MINI: OnceLock<Territory> = OnceLock::new();
    MINI.get_or_init(|| {
        match check_territory(
            "tests/fixtures/territory-mini.json",
            &read("territory-mini.json"),
        ) {
            Ok(accepted) => {
                assert!(accepted.warnings.is_empty(), "{:?}", accepted.warnings);
                accepted.value
            }
            Err(rejected) => panic!("the mini territory is rejected: {:?}", rejected.diagnostics),
        }
    })
}

fn shown(name: &str) -> String {
    format!("tests/fixtures/invalid/{name}")
}

fn rejected<T>(name: &str, checked: Checked<T>) -> Rejected {
    match checked {
        Ok(_) => panic!("{name} was accepted"),
        Err(rejected) => {
            assert!(
                rejected.errors().count() >= 1,
                "{name}: a rejection has at least one error"
            );
            assert!(
                rejected.diagnostics.iter().all(|d| *d.file == *shown(name)),
                "{name}: file name"
            );
            rejected
        }
    }
}

/// Checks the indicator fixture `name` against the mini territory; it must be rejected.
fn indicator_diagnostics(name: &str) -> Vec<Diagnostic> {
    rejected(
        name,
        check_indicator(&shown(name), &read(&format!("invalid/{name}")), mini()),
    )
    .diagnostics
}

/// Checks the territory fixture `name`; it must be rejected.
fn territory_diagnostics(name: &str) -> Vec<Diagnostic> {
    rejected(
        name,
        check_territory(&shown(name), &read(&format!("invalid/{name}"))),
    )
    .diagnostics
}

/// The only error among `diagnostics` (other diagnostics must be warnings).
fn single_error(diagnostics: &[Diagnostic]) -> &Diagnostic {
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert_eq!(
        errors.len(),
        1,
        "expected exactly one error, got:\n{}",
        lines(diagnostics)
    );
    errors[0]
}

fn lines(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts the place (line, column, JSON path) and the French message of a diagnostic.
#[track_caller]
fn assert_diagnostic(d: &Diagnostic, line: usize, column: usize, path: &str, message: &str) {
    assert_eq!(
        d.position,
        Some(Position { line, column }),
        "position of « {d} »"
    );
    assert_eq!(d.path.to_string(), path, "path of « {d} »");
    assert_eq!(d.problem.to_string(), message, "message of « {d} »");
}

/// The one error of an indicator fixture, with no warning beside it.
fn only_problem(name: &str) -> Diagnostic {
    let diagnostics = indicator_diagnostics(name);
    assert_eq!(diagnostics.len(), 1, "{name}:\n{}", lines(&diagnostics));
    diagnostics[0].clone()
}

fn only_territory_problem(name: &str) -> Diagnostic {
    let diagnostics = territory_diagnostics(name);
    assert_eq!(diagnostics.len(), 1, "{name}:\n{}", lines(&diagnostics));
    diagnostics[0].clone()
}

// ---------------------------------------------------------------------------------------------
// Commune codes and rows

#[test]
fn unknown_commune_code_suggests_the_closest() {
    let d = only_problem("unknown_commune.json");
    assert_diagnostic(
        &d,
        19,
        5,
        "values.62029",
        "code commune inconnu 62029 ; la commune la plus proche est 62019 ?",
    );
    assert_eq!(
        d.to_string(),
        "tests/fixtures/invalid/unknown_commune.json, ligne 19, colonne 5 (values.62029) : code commune inconnu 62029 ; la commune la plus proche est 62019 ?"
    );
}

#[test]
fn missing_commune() {
    let d = only_problem("missing_commune.json");
    assert_diagnostic(&d, 15, 3, "values", "commune 62003 (Acheville) absente ; attendu : une ligne pour chacune des communes du territoire");
}

#[test]
fn invalid_commune_code_format() {
    let d = only_problem("invalid_code.json");
    assert_diagnostic(
        &d,
        19,
        5,
        "values.6201",
        "code commune « 6201 » invalide : un code INSEE a 5 caractères, comme 62498",
    );
}

#[test]
fn duplicate_commune() {
    let d = only_problem("duplicate_commune.json");
    // The path `values.62003` names both rows; the position is that of the first one (line 17),
    // the duplicate being on line 19.
    assert_diagnostic(&d, 17, 5, "values.62003", "commune 62003 en double");
}

#[test]
fn row_of_the_wrong_length() {
    let diagnostics = indicator_diagnostics("row_length.json");
    let d = single_error(&diagnostics);
    assert_diagnostic(
        d,
        17,
        5,
        "values.62003",
        "2 valeurs pour 3 années ; attendu : une valeur (ou null) par année de « years »",
    );
    // One mistake, one line: a row of the wrong length does not also give coverage warnings.
    assert_eq!(diagnostics.len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Years

#[test]
fn duplicate_year() {
    let d = only_problem("duplicate_year.json");
    assert_diagnostic(&d, 14, 25, "years[2]", "année 2020 en double");
}

#[test]
fn unsorted_years() {
    let d = only_problem("unsorted_years.json");
    assert_diagnostic(
        &d,
        14,
        25,
        "years[2]",
        "années dans le désordre : 2020 après 2021 ; attendu : des années croissantes",
    );
}

#[test]
fn target_year_before_the_data() {
    let d = only_problem("target_before_data.json");
    assert_diagnostic(
        &d,
        14,
        16,
        "targets[0].year",
        "objectif 2020 antérieur à la dernière donnée (2021) ; attendu : une année d'objectif postérieure aux données",
    );
}

// ---------------------------------------------------------------------------------------------
// Values

#[test]
fn non_numeric_value_with_a_decimal_comma() {
    let diagnostics = indicator_diagnostics("not_numeric.json");
    let d = single_error(&diagnostics);
    assert_diagnostic(
        d,
        17,
        20,
        "values.62003[1]",
        "valeur non numérique « 12,5 » ; attendu : un nombre avec un point décimal, ou null si la donnée manque",
    );
    // The bad value is not counted as a number: 2020 is a gap for 62003 (a warning).
    let warning = diagnostics
        .iter()
        .find(|d| !d.is_error())
        .expect("a coverage warning");
    assert_diagnostic(
        warning,
        17,
        5,
        "values.62003",
        "aucune valeur pour 2020 ; la couverture est incomplète",
    );
}

#[test]
fn non_finite_number_is_reported_by_the_parser_with_its_place() {
    // 1e999 does not fit in a 64-bit float: the JSON parser refuses it.
    let d = only_problem("non_finite.json");
    assert_diagnostic(
        &d,
        17,
        24,
        "values.62003[1]",
        "JSON invalide : nombre hors limites",
    );
}

#[test]
fn negative_value() {
    let d = only_problem("negative.json");
    assert_diagnostic(
        &d,
        17,
        20,
        "values.62003[1]",
        "valeur négative -0.5 ; attendu : une valeur positive ou nulle",
    );
}

#[test]
fn rate_outside_its_range() {
    // 100 × 60 / 50 = 120 % for Acheville in 2020.
    let d = only_problem("rate_out_of_range.json");
    assert_diagnostic(
        &d,
        21,
        21,
        "numerator.values.62003[1]",
        "valeur 120 hors de l'intervalle attendu [0 ; 100]",
    );
}

// ---------------------------------------------------------------------------------------------
// Metadata and rules

#[test]
fn unknown_axis() {
    let d = only_problem("unknown_axis.json");
    assert_diagnostic(
        &d,
        5,
        3,
        "axis",
        "axe inconnu « bougre » ; axes du territoire : bouger, respirer",
    );
}

#[test]
fn unknown_aggregation_rule() {
    let d = only_problem("unknown_rule.json");
    assert_diagnostic(
        &d,
        12,
        26,
        "aggregation",
        "valeur inconnue « average » ; attendu : sum, ratio, weighted_mean, not_aggregable",
    );
}

#[test]
fn numerator_without_denominator() {
    let d = only_problem("numerator_without_denominator.json");
    // Placed at the numerator, which has no denominator to go with it.
    assert_diagnostic(&d, 17, 3, "numerator", "numérateur sans dénominateur : la règle « ratio » demande « numerator » et « denominator »");
}

#[test]
fn unknown_field_typo() {
    let d = only_problem("unknown_field.json");
    assert_diagnostic(
        &d,
        6,
        9,
        "titel",
        "champ inconnu « titel » ; champs possibles : $schema, format, id, axis, title, title_en, unit, unit_en, decimals, definition, definition_en, source, \
         illustrative, aggregation, scale, direction, per_capita, range, targets, breaks, years, values, numerator, denominator, territory",
    );
}

#[test]
fn missing_field() {
    // serde notices the missing field at the end of the object: the closing brace, line 19.
    let d = only_problem("missing_field.json");
    assert_diagnostic(&d, 19, 1, "", "champ « unit » manquant");
}

// ---------------------------------------------------------------------------------------------
// Bytes: encoding, emptiness, truncation

#[test]
fn file_not_in_utf8() {
    // « Aménagements » saved in Latin-1: é is the single byte 0xE9, line 6 column 15.
    let bytes = read("invalid/not_utf8.json");
    assert!(bytes.contains(&0xE9));
    let d = only_problem("not_utf8.json");
    assert_diagnostic(
        &d,
        6,
        15,
        "",
        "le fichier n'est pas encodé en UTF-8 (octet invalide) ; enregistrez-le en UTF-8",
    );
}

#[test]
fn empty_file() {
    assert!(read("invalid/empty.json").is_empty());
    let d = only_problem("empty.json");
    // No line to point to: the message stands for the whole file.
    assert_eq!(d.position, None);
    assert_eq!(d.path.to_string(), "");
    assert_eq!(
        d.problem.to_string(),
        "le fichier est vide ; attendu : un objet JSON"
    );
    assert_eq!(
        d.to_string(),
        "tests/fixtures/invalid/empty.json : le fichier est vide ; attendu : un objet JSON"
    );
    // Blank is as empty as empty.
    let blank = check_indicator("blank.json", b" \n\t\n", mini()).unwrap_err();
    assert_eq!(
        blank.diagnostics[0].problem.to_string(),
        "le fichier est vide ; attendu : un objet JSON"
    );
}

#[test]
fn truncated_file() {
    let d = only_problem("truncated.json");
    assert_diagnostic(
        &d,
        17,
        23,
        // The file stops after « 0.5, »: where the third value should be.
        "values.62003[2]",
        "le fichier est tronqué : le JSON s'arrête avant la fin de l'objet (crochet ou accolade fermante manquant)",
    );
}

/// The parser counts columns in bytes and from 0; diagnostics count characters from 1, so
/// accented letters before a problem do not shift its column.
#[test]
fn parser_errors_are_placed_in_characters_from_column_1() {
    let text = String::from_utf8(read("valid/coverage_gap.json")).unwrap();
    let text = text
        .replace(r#"{"name": "Essai""#, r#"{"name": "Énergie à Liévin""#)
        .replace(r#""retrieved": "2024"#, r#""retreived": "2024"#);
    let line = text.lines().nth(8).unwrap();
    assert_eq!(
        line,
        r#"  "source": {"name": "Énergie à Liévin", "licence": "Licence Ouverte / Etalab 2.0", "retreived": "2024-01-15"},"#
    );
    let d = check_indicator("coverage_gap.json", text.as_bytes(), mini())
        .unwrap_err()
        .diagnostics;
    assert_eq!(d.len(), 1);
    // The closing quote of "retreived" is the 95th character of the line (its 98th byte).
    assert_diagnostic(
        &d[0],
        9,
        95,
        "source.retreived",
        "champ inconnu « retreived » ; champs possibles : name, url, licence, retrieved",
    );
    // A file cut just after a line break ends at column 1 of the next line (the parser says 0).
    let cut = &text[..text.find("  \"unit\"").unwrap()];
    let d = check_indicator("coverage_gap.json", cut.as_bytes(), mini())
        .unwrap_err()
        .diagnostics;
    assert_eq!(d[0].position, Some(Position { line: 7, column: 1 }));
    assert_eq!(d[0].problem.to_string(), "le fichier est tronqué : le JSON s'arrête avant la fin de l'objet (crochet ou accolade fermante manquant)");
}

// ---------------------------------------------------------------------------------------------
// Territory file

#[test]
fn territory_duplicate_commune_code() {
    let d = only_territory_problem("territory_duplicate_code.json");
    assert_diagnostic(&d, 11, 6, "communes[2].code", "commune 62003 en double");
}

#[test]
fn territory_invalid_commune_code() {
    let d = only_territory_problem("territory_invalid_code.json");
    assert_diagnostic(
        &d,
        10,
        20,
        "communes[1].code",
        "code commune « 62-03 » invalide : un code INSEE a 5 caractères, comme 62498",
    );
}

#[test]
fn territory_tile_outside_the_grid() {
    let d = only_territory_problem("territory_tile_outside_grid.json");
    assert_diagnostic(
        &d,
        11,
        75,
        "communes[2].tile",
        "position de tuile (0, 2) hors de la grille 2 × 2",
    );
}

#[test]
fn territory_invalid_colour() {
    let d = only_territory_problem("territory_invalid_colour.json");
    assert_diagnostic(
        &d,
        16,
        80,
        "axes[1].colour",
        "couleur « vert » invalide ; attendu : une couleur hexadécimale comme #1f6f8b",
    );
}

#[test]
fn territory_invalid_event_date() {
    let d = only_territory_problem("territory_invalid_date.json");
    assert_diagnostic(
        &d,
        20,
        6,
        "events[0].date",
        "date « 2019-13 » invalide ; attendu : AAAA-MM-JJ, AAAA-MM ou AAAA",
    );
}

/// Dates that look like dates but are not: a sign in the month, a day the month does not have.
#[test]
fn territory_event_dates_are_real_calendar_dates() {
    let text = String::from_utf8(read("territory-mini.json")).unwrap();
    let with_date =
        |date: &str| text.replace(r#""date": "2019-04""#, &format!(r#""date": "{date}""#));
    for bad in [
        "2019-+4",
        "2019-04-+1",
        "2019-02-29",
        "2019-04-31",
        "2019-4",
        "2019-00",
        "19-04",
        "2019-04-01-",
        "2019/04",
    ] {
        let diagnostics = check_territory("territory-mini.json", with_date(bad).as_bytes())
            .unwrap_err()
            .diagnostics;
        assert_eq!(diagnostics.len(), 1, "{bad}");
        assert_diagnostic(
            &diagnostics[0],
            20,
            6,
            "events[0].date",
            &format!("date « {bad} » invalide ; attendu : AAAA-MM-JJ, AAAA-MM ou AAAA"),
        );
    }
    for good in ["2020-02-29", "2000-02-29", "2019-12-31", "2019-04", "2019"] {
        let territory = check_territory("territory-mini.json", with_date(good).as_bytes());
        assert!(territory.is_ok(), "{good}: {:?}", territory.err());
    }
    assert!(
        check_territory("territory-mini.json", with_date("1900-02-29").as_bytes()).is_err(),
        "1900 is not a leap year"
    );
}

// ---------------------------------------------------------------------------------------------
// Several problems, warnings

#[test]
fn a_file_with_several_problems_reports_all_of_them_in_order() {
    let diagnostics = indicator_diagnostics("several_problems.json");
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert_eq!(errors.len(), 6, "{}", lines(&diagnostics));
    let expected = [
        (5, 3, "axis", "axe inconnu « circuler » ; axes du territoire : bouger, respirer"),
        (10, 74, "source.retrieved", "date « 15/01/2024 » invalide ; attendu : AAAA-MM-JJ, AAAA-MM ou AAAA"),
        (14, 16, "targets[0].year", "objectif 2021 antérieur à la dernière donnée (2021) ; attendu : une année d'objectif postérieure aux données"),
        (17, 20, "values.62001[1]", "valeur non numérique « 2,75 » ; attendu : un nombre avec un point décimal, ou null si la donnée manque"),
        (18, 20, "values.62003[1]", "valeur négative -0.5 ; attendu : une valeur positive ou nulle"),
        // 62029 is one typing step from the missing 62019: one mistake, one error.
        (19, 5, "values.62029", "62029 est sans doute 62019 (Aix-Noulette), absent du fichier ; corrigez le code"),
    ];
    for (d, (line, column, path, message)) in errors.iter().zip(expected) {
        assert_diagnostic(d, line, column, path, message);
    }
    // Plus the coverage warning of the non-numeric value, after every error; errors sorted
    // by position, then warnings.
    assert_eq!(diagnostics.len(), 7);
    assert!(diagnostics[6].severity == Severity::Warning, "{}", lines(&diagnostics));
    let positions: Vec<Position> = diagnostics[..6]
        .iter()
        .map(|d| d.position.expect("every problem is located"))
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] <= w[1]),
        "sorted by position: {positions:?}"
    );
}

#[test]
fn coverage_gaps_are_warnings_and_do_not_reject_the_file() {
    let file = "tests/fixtures/valid/coverage_gap.json";
    let accepted = check_indicator(file, &read("valid/coverage_gap.json"), mini())
        .unwrap_or_else(|r| panic!("rejected:\n{}", lines(&r.diagnostics)));
    let warnings = &accepted.warnings;
    assert_eq!(warnings.len(), 2, "{}", lines(warnings));
    assert!(warnings.iter().all(|w| w.severity == Severity::Warning));
    assert_diagnostic(
        &warnings[0],
        15,
        3,
        "values",
        "aucune valeur pour 2020 (aucune commune) ; la couverture est incomplète",
    );
    assert_diagnostic(
        &warnings[1],
        17,
        5,
        "values.62003",
        "aucune valeur pour 2021 ; la couverture est incomplète",
    );
    assert_eq!(
        warnings[1].to_string(),
        "tests/fixtures/valid/coverage_gap.json, ligne 17, colonne 5 (values.62003) : avertissement : aucune valeur pour 2021 ; la couverture est incomplète"
    );
    // The gaps stay gaps: no territory value where a commune is missing, none is invented.
    let series = territory_series(&accepted.value, mini()).unwrap().series;
    assert_eq!(series.values(), &[Some(240.0 + 31.0 + 198.0), None, None]);
}

#[test]
fn every_fixture_is_rejected() {
    let mut count = 0;
    for entry in std::fs::read_dir(fixtures().join("invalid")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.starts_with("territory") {
            territory_diagnostics(&name);
        } else {
            indicator_diagnostics(&name);
        }
        count += 1;
    }
    assert!(count >= 26, "{count} fixtures");
}

// ---------------------------------------------------------------------------------------------
// No panic on any input

/// A valid file cut anywhere before its end is rejected, with a located error.
#[test]
fn every_truncation_of_a_valid_file_is_rejected() {
    let bytes = read("valid/coverage_gap.json");
    let end = bytes.iter().rposition(|&b| b == b'}').unwrap();
    for cut in 0..=end {
        let name = format!("cut at {cut}");
        let rejected = rejected_or_panic(&name, check_indicator(&name, &bytes[..cut], mini()));
        let errors: Vec<&Diagnostic> = rejected.errors().collect();
        assert_eq!(errors.len(), 1, "{name}: {:?}", rejected.diagnostics);
        if bytes[..cut].iter().any(|b| !b.is_ascii_whitespace()) {
            assert!(errors[0].position.is_some(), "{name}: {}", errors[0]);
        }
    }
}

fn rejected_or_panic<T>(name: &str, checked: Checked<T>) -> Rejected {
    match checked {
        Ok(_) => panic!("{name}: accepted"),
        Err(r) => r,
    }
}

fn sample(relative: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../indicators")
        .join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{} : {e}", path.display()))
}

struct Samples {
    territory: Territory,
    territory_bytes: Vec<u8>,
    /// (file name, bytes) of sample indicators, one per aggregation rule.
    indicators: Vec<(String, Vec<u8>)>,
}

fn samples() -> &'static Samples {
    static SAMPLES: OnceLock<Samples> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let territory_bytes = sample("territory.json");
        let territory = check_territory("indicators/territory.json", &territory_bytes)
            .expect("sample territory")
            .value;
        let indicators = [
            "travailler/chomage.json",
            "respirer/no2.json",
            "habiter/maprimerenov.json",
            "habiter/revenu_median.json",
        ]
        .iter()
        .map(|f| (format!("indicators/{f}"), sample(f)))
        .collect();
        Samples {
            territory,
            territory_bytes,
            indicators,
        }
    })
}

/// The invariants of a check: a rejection has at least one error, an acceptance none; every
/// diagnostic names the file, has a sane position and displays.
fn assert_sound<T>(file: &str, checked: &Checked<T>) -> Result<(), TestCaseError> {
    let diagnostics = match checked {
        Ok(accepted) => {
            prop_assert!(
                accepted.warnings.iter().all(|d| !d.is_error()),
                "an accepted file has an error"
            );
            &accepted.warnings
        }
        Err(rejected) => {
            prop_assert!(
                rejected.errors().count() >= 1,
                "a rejection without error: {:?}",
                rejected.diagnostics
            );
            &rejected.diagnostics
        }
    };
    for d in diagnostics {
        prop_assert_eq!(&*d.file, file);
        if let Some(p) = d.position {
            prop_assert!(p.line >= 1 && p.column >= 1, "{:?}", p);
        }
        prop_assert!(!d.to_string().is_empty());
    }
    Ok(())
}

/// An accepted indicator must aggregate, and the trend statistics must not panic on it.
fn exercise(indicator: &Indicator, territory: &Territory) -> Result<(), TestCaseError> {
    let aggregate = territory_series(indicator, territory);
    prop_assert!(
        aggregate.is_ok(),
        "an accepted indicator does not aggregate: {:?}",
        aggregate
    );
    let series = aggregate.unwrap().series;
    let _ = stats::change_over(&series);
    let _ = stats::least_squares(&series);
    if let (Some(target), Some((first, _))) = (indicator.target(), series.first()) {
        let target = stats::Target {
            year: target.year,
            value: target.value,
        };
        let _ = stats::progress(&series, first, target, indicator.direction);
    }
    if let Some(&year) = indicator.years.last() {
        let entries: Vec<(String, f64)> = indicator
            .commune_codes()
            .into_iter()
            .filter_map(|c| Some((c.to_string(), indicator.commune_series(c)?.get(year)?)))
            .collect();
        let _ = stats::rank(&entries, stats::Order::for_direction(Direction::Up));
    }
    Ok(())
}

/// How a valid file is damaged.
#[derive(Debug, Clone)]
enum Mutation {
    Truncate(prop::sample::Index),
    Flip(prop::sample::Index, u8),
    /// Replaces a byte by one that matters to JSON.
    Replace(prop::sample::Index, u8),
    Delete(prop::sample::Index, usize),
    Insert(prop::sample::Index, Vec<u8>),
}

const JSON_BYTES: &[u8] = b"{}[]\",:0123456789-+.eE nultrfa\\\n\xC3\xA9";

fn mutation() -> impl Strategy<Value = Mutation> {
    let json_byte = prop::sample::select(JSON_BYTES);
    prop_oneof![
        any::<prop::sample::Index>().prop_map(Mutation::Truncate),
        (any::<prop::sample::Index>(), 1..=255u8).prop_map(|(i, m)| Mutation::Flip(i, m)),
        (any::<prop::sample::Index>(), json_byte.clone())
            .prop_map(|(i, b)| Mutation::Replace(i, b)),
        (any::<prop::sample::Index>(), 1..64usize).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (
            any::<prop::sample::Index>(),
            prop::collection::vec(json_byte, 1..8)
        )
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
    ]
}

fn apply(bytes: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for m in mutations {
        if out.is_empty() {
            break;
        }
        match m {
            Mutation::Truncate(i) => out.truncate(i.index(out.len())),
            Mutation::Flip(i, mask) => {
                let i = i.index(out.len());
                out[i] ^= mask;
            }
            Mutation::Replace(i, b) => {
                let i = i.index(out.len());
                out[i] = *b;
            }
            Mutation::Delete(i, n) => {
                let i = i.index(out.len());
                let end = (i + n).min(out.len());
                out.drain(i..end);
            }
            Mutation::Insert(i, b) => {
                let i = i.index(out.len());
                out.splice(i..i, b.iter().copied());
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let s = samples();
        let checked = check_indicator("x.json", &bytes, &s.territory);
        assert_sound("x.json", &checked)?;
        assert_sound("territory.json", &check_territory("territory.json", &bytes))?;
    }

    #[test]
    fn json_like_text_never_panics(text in "[\\[\\]{}\",:0-9a-z .eE+-]{0,300}") {
        let s = samples();
        assert_sound("x.json", &check_indicator("x.json", text.as_bytes(), &s.territory))?;
        assert_sound("territory.json", &check_territory("territory.json", text.as_bytes()))?;
    }

    #[test]
    fn damaged_sample_indicators_never_panic(
        which in 0..4usize,
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let s = samples();
        let (file, bytes) = &s.indicators[which];
        let damaged = apply(bytes, &mutations);
        let checked = check_indicator(file, &damaged, &s.territory);
        assert_sound(file, &checked)?;
        if let Ok(accepted) = &checked {
            exercise(&accepted.value, &s.territory)?;
        }
    }

    #[test]
    fn damaged_sample_territory_never_panics(mutations in prop::collection::vec(mutation(), 1..4)) {
        let s = samples();
        let damaged = apply(&s.territory_bytes, &mutations);
        let checked = check_territory("indicators/territory.json", &damaged);
        assert_sound("indicators/territory.json", &checked)?;
        // A damaged territory that is still accepted must still carry the sample indicators.
        if let Ok(accepted) = &checked {
            let (file, bytes) = &s.indicators[0];
            let indicator = check_indicator(file, bytes, &accepted.value);
            assert_sound(file, &indicator)?;
            if let Ok(indicator) = &indicator {
                exercise(&indicator.value, &accepted.value)?;
            }
        }
    }
}
