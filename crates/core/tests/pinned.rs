//! Numbers and checks pinned from their definitions, with hand-computed cases: each test
//! names the mistake it would catch (found by mutation testing, `make mutants`).

use std::path::PathBuf;

use en_action_core::check::{check_indicator, check_territory, check_unique_ids};
use en_action_core::diagnostic::Problem;
use en_action_core::rollup::territory_population_on;
use en_action_core::series::Series;
use en_action_core::stats::{progress, ProgressStatus, Target};
use en_action_core::territory::Territory;
use en_action_core::Direction;

fn read(relative: &str) -> String {
    std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../indicators").join(relative)).expect("sample")
}

fn territory() -> Territory {
    check_territory("territory.json", read("territory.json").as_bytes()).expect("valid").value
}

fn series(points: &[(i32, f64)]) -> Series {
    Series::from_points(points.iter().map(|&(y, v)| (y, Some(v)))).expect("series")
}

// --- progress (Open SDG's measure) -----------------------------------------------------

#[test]
fn a_value_exactly_at_a_downward_target_is_achieved() {
    // Lower is better, the latest value equals the target: d·(v − t) = 0 ≥ 0, achieved.
    let p = progress(&series(&[(2015, 20.0), (2020, 15.0)]), 2015, Target { year: 2030, value: 15.0 }, Direction::Down).expect("progress");
    assert_eq!(p.status, ProgressStatus::Achieved);
    assert_eq!(p.projected_year, None, "no projection once achieved");
}

#[test]
fn one_value_is_not_enough_even_past_the_deadline() {
    // Fewer than two points from the baseline on: not enough data (rule 2 comes before the
    // deadline rule 5).
    let p = progress(&series(&[(2024, 20.0)]), 2015, Target { year: 2022, value: 10.0 }, Direction::Down).expect("progress");
    assert_eq!(p.status, ProgressStatus::NotEnoughData);
}

#[test]
fn no_movement_by_the_deadline_is_limited_not_deterioration() {
    // Deadline passed without the target; the latest equals the baseline: not worse, so
    // Limited (Deterioration only when the latest is worse than the baseline).
    let p = progress(&series(&[(2015, 20.0), (2020, 18.0), (2024, 20.0)]), 2015, Target { year: 2022, value: 10.0 }, Direction::Down).expect("progress");
    assert_eq!(p.status, ProgressStatus::Limited);
    let worse = progress(&series(&[(2015, 20.0), (2024, 21.0)]), 2015, Target { year: 2022, value: 10.0 }, Direction::Down).expect("progress");
    assert_eq!(worse.status, ProgressStatus::Deterioration);
}

#[test]
fn a_target_of_zero_uses_linear_rates() {
    // Compound rates need every value > 0. Baseline 100 (2015), latest 50 (2016), target 0 in
    // 2019: linear observed −50 / year, required −25 / year, ratio 2.0 (compound would give
    // (0.5 − 1) / (0 − 1) = 0.5).
    let p = progress(&series(&[(2015, 100.0), (2016, 50.0)]), 2015, Target { year: 2019, value: 0.0 }, Direction::Down).expect("progress");
    assert!((p.ratio.expect("ratio") - 2.0).abs() < 1e-12, "{:?}", p.ratio);
    assert_eq!(p.status, ProgressStatus::Substantial);
}

#[test]
fn a_latest_value_of_zero_uses_linear_rates() {
    // Baseline 100 (2015), latest 0 (2016), target 10 in 2019 (down): linear observed −100 a
    // year, required −22.5, ratio 40/9 (compound would give −1 / (0.1^(1/4) − 1) ≈ 2.28).
    let p = progress(&series(&[(2015, 100.0), (2016, 0.0)]), 2015, Target { year: 2019, value: 10.0 }, Direction::Down).expect("progress");
    assert!((p.ratio.expect("ratio") - 40.0 / 9.0).abs() < 1e-12, "{:?}", p.ratio);
}

#[test]
fn compound_rates_when_every_value_is_positive() {
    // Baseline 100, latest 121 two years later: CR_a = 1.21^(1/2) − 1 = 0.1; target 133.1 in
    // 2018: CR_r = 1.331^(1/3) − 1 = 0.1; ratio 1.0 (linear rates would give 10.5 / 11.03).
    let p = progress(&series(&[(2015, 100.0), (2017, 121.0)]), 2015, Target { year: 2018, value: 133.1 }, Direction::Up).expect("progress");
    assert!((p.ratio.expect("ratio") - 1.0).abs() < 1e-9, "{:?}", p.ratio);
}

#[test]
fn the_projected_year_is_where_the_linear_trend_meets_the_target() {
    // 100, 96, 92, 88 from 2015: the line 100 − 4 (y − 2015) reaches 70 at 2022.5 → 2023.
    let p = progress(&series(&[(2015, 100.0), (2016, 96.0), (2017, 92.0), (2018, 88.0)]), 2015, Target { year: 2030, value: 70.0 }, Direction::Down).expect("progress");
    assert_eq!(p.projected_year, Some(2023));
    // Reaching 72 exactly in 2022: not pushed to 2023 by rounding noise.
    let q = progress(&series(&[(2015, 100.0), (2016, 96.0), (2017, 92.0), (2018, 88.0)]), 2015, Target { year: 2030, value: 72.0 }, Direction::Down).expect("progress");
    assert_eq!(q.projected_year, Some(2022));
    // A trend going the wrong way projects nothing.
    let r = progress(&series(&[(2015, 88.0), (2018, 100.0)]), 2015, Target { year: 2030, value: 70.0 }, Direction::Down).expect("progress");
    assert_eq!(r.projected_year, None);
}

// --- checks ------------------------------------------------------------------------------

/// The shipped `chomage.json` (ratio, scale 100, range 0-100) with commune 62001's first
/// numerator and denominator replaced.
fn chomage_with(numerator: &str, denominator: &str) -> Vec<Problem> {
    let mut file: serde_json::Value = serde_json::from_str(&read("travailler/chomage.json")).expect("json");
    file["numerator"]["values"]["62001"][0] = serde_json::from_str(numerator).expect("n");
    file["denominator"]["values"]["62001"][0] = serde_json::from_str(denominator).expect("d");
    let text = serde_json::to_string_pretty(&file).expect("text");
    match check_indicator("chomage.json", text.as_bytes(), &territory()) {
        Ok(_) => Vec::new(),
        Err(rejected) => rejected.errors().map(|d| d.problem.clone()).collect(),
    }
}

#[test]
fn rates_are_checked_against_the_range() {
    assert_eq!(chomage_with("50", "100"), Vec::new(), "50 % is in 0-100");
    assert_eq!(chomage_with("100", "100"), Vec::new(), "100 % is the bound, allowed");
    let over = chomage_with("150", "100");
    assert!(matches!(over.as_slice(), [Problem::OutOfRange { value, .. }] if (*value - 150.0).abs() < 1e-9), "{over:?}");
    // A zero denominator under a positive numerator is its own error; 0 / 0 is no rate at all.
    assert!(matches!(chomage_with("5", "0").as_slice(), [Problem::ZeroDenominator { year: 2015, .. }]), "{:?}", chomage_with("5", "0"));
    assert_eq!(chomage_with("0", "0"), Vec::new());
}

#[test]
fn two_files_with_one_id_are_an_error() {
    let found = check_unique_ids([("a/chomage.json", "chomage"), ("b/emplois.json", "emplois"), ("c/chomage.json", "chomage")]);
    assert_eq!(found.len(), 1);
    assert_eq!(&*found[0].file, "c/chomage.json");
    assert_eq!(found[0].problem, Problem::DuplicateIndicator { id: "chomage".into(), other: "a/chomage.json".into() });
    assert!(check_unique_ids([("a.json", "a"), ("b.json", "b")]).is_empty());
}

#[test]
fn axis_colours_are_hash_and_six_hex_digits() {
    let with_colour = |colour: &str| {
        let text = read("territory.json").replacen("\"colour\": \"#0072B2\"", &format!("\"colour\": \"{colour}\""), 1);
        check_territory("territory.json", text.as_bytes()).err().map(|r| r.errors().map(|d| d.problem.clone()).collect::<Vec<_>>())
    };
    assert_eq!(with_colour("#abcdeF"), None);
    for bad in ["x0072B2", "#0072B", "#0072B2F", "#0072G2", "0072B2"] {
        let problems = with_colour(bad).unwrap_or_default();
        assert!(matches!(problems.as_slice(), [Problem::InvalidColour { found }] if found == bad), "{bad}: {problems:?}");
    }
}

#[test]
fn territory_names_and_labels_are_checked_as_texts() {
    let long = "L".repeat(250);
    let text = read("territory.json").replacen("\"name\": \"Acheville\"", &format!("\"name\": \"{long}\""), 1).replacen("\"label\": \"Bouger\"", "\"label\": \"Bou\u{202e}ger\"", 1);
    let rejected = check_territory("territory.json", text.as_bytes()).expect_err("refused");
    let places: Vec<(String, String)> = rejected.errors().map(|d| (d.path.to_string(), d.problem.kind())).collect();
    assert!(places.contains(&("communes[1].name".to_owned(), "text_too_long".to_owned())), "{places:?}");
    assert!(places.contains(&("axes[0].label".to_owned(), "invisible_character".to_owned())), "{places:?}");
}

#[test]
fn the_territory_population_on_a_year_is_the_sum_at_the_nearest_census() {
    let t = territory();
    let sum = |year: i32| t.communes.iter().map(|c| c.population.get(year).expect("census")).sum::<f64>();
    let on = territory_population_on(&t, &[2015, 2018, 2024]);
    // 2015 → 2016 census, 2018 → 2019 (nearer than 2016), 2024 → 2023.
    assert_eq!(on.get(2015), Some(sum(2016)));
    assert_eq!(on.get(2018), Some(sum(2019)));
    assert_eq!(on.get(2024), Some(sum(2023)));
    assert!(sum(2023) > 240_000.0 && sum(2023) < 245_000.0, "about 242,000 inhabitants");
}

#[test]
fn commune_values_as_a_list_say_what_is_expected() {
    let text = read("respirer/no2.json");
    let start = text.find("\"values\": {").expect("values");
    let broken = format!("{}\"values\": [1, 2]\n}}\n", &text[..start]);
    let rejected = check_indicator("no2.json", broken.as_bytes(), &territory()).expect_err("refused");
    let message = rejected.errors().next().expect("error").problem.to_string();
    assert!(message.contains("une liste") && message.contains("attendu : un objet { \"code commune\": [valeurs par année] }"), "{message}");
}

#[test]
fn the_suggested_code_is_the_numerically_nearest_among_equal_typos() {
    use en_action_core::code::{closest, CommuneCode};
    // 62599 is one keystroke from both; 62598 is 1 away in number, 62589 is 10 away.
    let known: Vec<CommuneCode> = ["62589", "62598"].iter().map(|c| CommuneCode::parse(c).expect("code")).collect();
    assert_eq!(closest("62599", &known).map(CommuneCode::as_str), Some("62598"));
    // Three differing characters: no suggestion.
    assert_eq!(closest("62123", &known), None);
}

#[test]
fn aggregation_rules_are_named_as_in_the_files_and_explained() {
    use en_action_core::indicator::Aggregation;
    for (rule, key) in [(Aggregation::Sum, "somme"), (Aggregation::Ratio, "somme des numérateurs divisée par la somme des dénominateurs"), (Aggregation::WeightedMean, "pondérée par leur population"), (Aggregation::NotAggregable, "publiée par la source")] {
        assert_eq!(serde_json::to_value(rule).expect("json"), serde_json::Value::from(rule.name()), "the name is the file's");
        assert!(rule.explanation_fr().contains(key), "{rule:?}: {}", rule.explanation_fr());
    }
}

#[test]
fn parse_errors_are_placed_and_translated() {
    use en_action_core::diagnostic::Position;
    // Not an object: placed at the first character after the spaces.
    let rejected = check_indicator("no2.json", b"  \n  [1, 2]", &territory()).expect_err("refused");
    let first = rejected.errors().next().expect("error");
    assert_eq!(first.position, Some(Position { line: 2, column: 3 }));
    assert!(matches!(first.problem, Problem::NotAnObject { found: '[' }));
    // A text where an object is expected: « attendu : un objet { … } ».
    let text = read("respirer/no2.json");
    let start = text.find("\"source\": {").expect("source");
    let end = start + text[start..].find('}').expect("end") + 1;
    let broken = format!("{}\"source\": \"Atmo\"{}", &text[..start], &text[end..]);
    let message = check_indicator("no2.json", broken.as_bytes(), &territory()).expect_err("refused").errors().next().expect("error").problem.to_string();
    assert!(message.contains("un objet { … }"), "{message}");
}

#[test]
fn a_deck_may_have_exactly_the_most_slides() {
    use en_action_core::check::check_deck;
    use en_action_core::deck::MAX_SLIDES;
    let deck = |n: usize| {
        let slides = vec![r#"{"view": {"page": "accueil"}}"#; n].join(", ");
        format!(r#"{{"format": 1, "id": "long", "title": "Longue", "slides": [{slides}]}}"#)
    };
    assert!(check_deck("long.json", deck(MAX_SLIDES).as_bytes(), &territory()).is_ok());
    assert!(check_deck("long.json", deck(MAX_SLIDES + 1).as_bytes(), &territory()).is_err());
}

#[test]
fn a_series_with_points_is_not_empty() {
    assert!(!series(&[(2020, 1.0)]).is_empty());
    assert!(Series::default().is_empty());
}

/// The kinds of the errors and warnings of `no2.json` with its top-level fields changed.
fn no2_with(changes: &[(&str, serde_json::Value)]) -> (Vec<String>, Vec<String>) {
    file_with("respirer/no2.json", changes)
}

fn file_with(relative: &str, changes: &[(&str, serde_json::Value)]) -> (Vec<String>, Vec<String>) {
    let mut file: serde_json::Value = serde_json::from_str(&read(relative)).expect("json");
    for (key, value) in changes {
        file[*key] = value.clone();
    }
    let text = serde_json::to_string_pretty(&file).expect("text");
    let name = relative.rsplit('/').next().unwrap_or(relative);
    match check_indicator(name, text.as_bytes(), &territory()) {
        Ok(accepted) => (Vec::new(), accepted.warnings.iter().map(|d| d.problem.kind()).collect()),
        Err(rejected) => (rejected.errors().map(|d| format!("{} {}", d.path, d.problem.kind())).collect(), Vec::new()),
    }
}

#[test]
fn decimals_scale_breaks_and_ranges_at_their_bounds() {
    use serde_json::json;
    assert_eq!(no2_with(&[("decimals", json!(6))]).0, Vec::<String>::new(), "6 decimals allowed");
    assert_eq!(no2_with(&[("decimals", json!(7))]).0, ["decimals too_many_decimals"]);
    // A rate's scale: more than 0, at most 1,000,000 (the range is widened to let values pass).
    let chomage = |scale: serde_json::Value| file_with("travailler/chomage.json", &[("scale", scale), ("range", json!({"min": 0}))]).0;
    assert_eq!(chomage(json!(1_000_000)), Vec::<String>::new(), "the largest scale");
    for bad in [json!(0), json!(-100), json!(1_000_001)] {
        assert!(chomage(bad.clone()).contains(&"scale out_of_range".to_owned()), "{bad}");
    }
    // A break inside the years is fine; outside, a warning.
    assert!(!no2_with(&[("breaks", json!([{"year": 2019, "label": "Nouvelle méthode"}]))]).1.contains(&"break_outside_years".to_owned()));
    assert!(no2_with(&[("breaks", json!([{"year": 2010, "label": "Nouvelle méthode"}]))]).1.contains(&"break_outside_years".to_owned()));
    // A range of one value is not empty; a max below the min is.
    let one = no2_with(&[("range", json!({"min": 10, "max": 10}))]).0;
    assert!(!one.contains(&"range structure".to_owned()), "{one:?}");
    assert!(no2_with(&[("range", json!({"min": 10, "max": 9}))]).0.contains(&"range structure".to_owned()));
}

#[test]
fn a_deck_period_of_one_year_is_allowed() {
    use en_action_core::check::check_deck;
    let deck = |de: i32, a: i32| format!(r#"{{"format": 1, "id": "d", "title": "D", "slides": [{{"view": {{"page": "indicateur", "id": "chomage", "de": {de}, "a": {a}}}}}]}}"#);
    assert!(check_deck("d.json", deck(2020, 2020).as_bytes(), &territory()).is_ok());
    assert!(check_deck("d.json", deck(2021, 2020).as_bytes(), &territory()).is_err());
}

#[test]
fn dates_in_french_and_on_a_yearly_axis() {
    use en_action_core::date::Date;
    let april = Date::parse("2019-04-01").expect("date");
    assert_eq!(april.to_french(), "1er avril 2019");
    assert_eq!(april.as_fractional_year(), 2019.25);
    let september = Date::parse("2018-09-28").expect("date");
    assert_eq!(september.to_french(), "28 septembre 2018");
    // 28 September: (8 months + 27 / 31) / 12 after the start of 2018.
    assert!((september.as_fractional_year() - (2018.0 + (8.0 + 27.0 / 31.0) / 12.0)).abs() < 1e-12);
    assert_eq!(Date::parse("2019-04").expect("date").to_french(), "avril 2019");
    assert_eq!(Date::parse("2017").expect("date").as_fractional_year(), 2017.0);
}
