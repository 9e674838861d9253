//! Golden tests on the shipped sample (`indicators/`): the territory and every listed indicator
//! file are accepted, and a few territory values are recomputed here, independently of the
//! core, straight from the JSON of the files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use en_action_core::data_path::DataPath;
use en_action_core::check::{check_indicator, check_territory, check_unique_ids};
use en_action_core::indicator::{Aggregation, Indicator, IndicatorData};
use en_action_core::rollup::territory_series;
use en_action_core::territory::Territory;
use en_action_core::Series;
use serde_json::Value;

/// The census years of the sample territory.
const CENSUS_YEARS: [i32; 6] = [2016, 2019, 2020, 2021, 2022, 2023];

fn sample_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../indicators")
}

fn read(relative: &str) -> Vec<u8> {
    let path = sample_dir().join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{} : {e}", path.display()))
}

fn json(relative: &str) -> Value {
    serde_json::from_slice(&read(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// The name under which a file is checked (its path from the project root, like the CLI).
fn shown(relative: &str) -> String {
    format!("indicators/{relative}")
}

fn territory() -> Territory {
    match check_territory("indicators/territory.json", &read("territory.json")) {
        Ok(accepted) => {
            assert!(
                accepted.warnings.is_empty(),
                "territory warnings: {:?}",
                accepted.warnings
            );
            accepted.value
        }
        Err(rejected) => panic!("territory rejected:\n{}", lines(&rejected.diagnostics)),
    }
}

fn lines(diagnostics: &[en_action_core::diagnostic::Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

fn indicator(relative: &str, territory: &Territory) -> Indicator {
    match check_indicator(&shown(relative), &read(relative), territory) {
        Ok(accepted) => accepted.value,
        Err(rejected) => panic!("{relative} rejected:\n{}", lines(&rejected.diagnostics)),
    }
}

/// The relative path of the indicator with this id, as listed in the territory file.
fn listed(territory: &Territory, id: &str) -> String {
    territory
        .indicators
        .iter()
        .find(|f| Path::new(f).file_stem().is_some_and(|s| s == id))
        .unwrap_or_else(|| panic!("{id} is not listed in territory.json"))
        .to_string()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

fn assert_series_close(id: &str, actual: &Series, expected: &[(i32, Option<f64>)]) {
    assert_eq!(actual.len(), expected.len(), "{id}: number of years");
    for (&year, (&(expected_year, want), got)) in actual
        .years()
        .iter()
        .zip(expected.iter().zip(actual.values()))
    {
        assert_eq!(year, expected_year, "{id}: years");
        match (want, got) {
            (Some(w), Some(g)) => assert!(close(*g, w), "{id} {year}: core {g}, expected {w}"),
            (None, None) => {}
            _ => panic!("{id} {year}: core {got:?}, expected {want:?}"),
        }
    }
}

/// `years` of a raw indicator file.
fn years_of(file: &Value) -> Vec<i32> {
    file["years"]
        .as_array()
        .expect("years")
        .iter()
        .map(|y| y.as_i64().expect("year") as i32)
        .collect()
}

/// A `{ code: [values] }` table of a raw file, as numbers (`None` for null).
fn rows_of(table: &Value) -> BTreeMap<String, Vec<Option<f64>>> {
    table
        .as_object()
        .expect("rows object")
        .iter()
        .map(|(code, row)| {
            (
                code.clone(),
                row.as_array()
                    .expect("row")
                    .iter()
                    .map(Value::as_f64)
                    .collect(),
            )
        })
        .collect()
}

/// Population of each commune by census year, from the raw territory file.
fn raw_populations() -> BTreeMap<String, BTreeMap<i32, f64>> {
    let file = json("territory.json");
    let census: Vec<i32> = file["census_years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y.as_i64().unwrap() as i32)
        .collect();
    assert_eq!(census, CENSUS_YEARS);
    file["communes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let pop = census
                .iter()
                .zip(c["population"].as_array().unwrap())
                .filter_map(|(&y, v)| v.as_f64().map(|v| (y, v)))
                .collect();
            (c["code"].as_str().unwrap().to_owned(), pop)
        })
        .collect()
}

/// The census year used for `year`: the nearest one, ties going to the earlier census.
fn census_year_for(year: i32, census: &[i32]) -> i32 {
    let mut best = census[0];
    for &c in census {
        if (c - year).abs() < (best - year).abs() {
            best = c;
        }
    }
    best
}

#[test]
fn territory_has_36_communes_and_242013_inhabitants_in_2023() {
    let t = territory();
    assert_eq!(t.communes.len(), 36);
    assert_eq!(t.population().get(2023), Some(242_013.0));
    let raw: f64 = raw_populations().values().map(|p| p[&2023]).sum();
    assert_eq!(raw, 242_013.0);
    assert_eq!(t.short_name, "CALL");
    assert_eq!(t.of_short_name, "de la CALL");
    assert_eq!(t.axes.len(), 5);
    assert_eq!(t.indicators.len(), 20);
    let codes: BTreeSet<&str> = t.communes.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes.len(), 36, "codes are unique");
    assert!(
        codes.contains("62498") && codes.contains("62510"),
        "Lens and Liévin are in the territory"
    );
}

#[test]
fn census_rule_of_the_test_matches_the_documented_rule() {
    assert_eq!(census_year_for(2015, &CENSUS_YEARS), 2016);
    assert_eq!(census_year_for(2017, &CENSUS_YEARS), 2016);
    assert_eq!(census_year_for(2018, &CENSUS_YEARS), 2019);
    assert_eq!(census_year_for(2024, &CENSUS_YEARS), 2023);
    assert_eq!(
        census_year_for(2018, &[2016, 2020]),
        2016,
        "tie -> earlier census"
    );
}

#[test]
fn every_listed_indicator_is_accepted_and_aggregates() {
    let t = territory();
    let mut ids = Vec::new();
    for relative in &t.indicators {
        let file = shown(relative);
        let accepted = check_indicator(&file, &read(relative), &t).unwrap_or_else(|rejected| {
            panic!("{relative} rejected:\n{}", lines(&rejected.diagnostics))
        });
        assert!(accepted.warnings.iter().all(|w| !w.is_error()));
        let indicator = accepted.value;
        assert!(t.axis(&indicator.axis).is_some(), "{relative}: axis");
        assert_eq!(
            Path::new(relative).parent().and_then(Path::to_str),
            Some(indicator.axis.as_str()),
            "{relative}: folder = axis"
        );
        let aggregate =
            territory_series(&indicator, &t).unwrap_or_else(|e| panic!("{relative}: {e}"));
        assert_eq!(
            aggregate.series.years(),
            indicator.years.as_slice(),
            "{relative}"
        );
        assert!(
            aggregate.series.last().is_some(),
            "{relative}: the territory series has values"
        );
        ids.push((file, indicator.id));
    }
    let duplicates = check_unique_ids(ids.iter().map(|(f, id)| (f.as_str(), id.as_str())));
    assert!(duplicates.is_empty(), "{}", lines(&duplicates));
}

#[test]
fn every_indicator_file_in_the_axis_folders_is_listed() {
    let t = territory();
    let listed: BTreeSet<&str> = t.indicators.iter().map(DataPath::as_str).collect();
    let mut found = BTreeSet::new();
    for axis in &t.axes {
        for entry in std::fs::read_dir(sample_dir().join(&axis.id)).expect("axis folder") {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if name.ends_with(".json") {
                found.insert(format!("{}/{name}", axis.id));
            }
        }
    }
    let found: BTreeSet<&str> = found.iter().map(String::as_str).collect();
    assert_eq!(found, listed);
}

#[test]
fn the_sample_covers_every_axis_and_rule() {
    let t = territory();
    let indicators: Vec<Indicator> = t.indicators.iter().map(|f| indicator(f, &t)).collect();
    assert!(indicators.len() >= 15, "{} indicators", indicators.len());
    for axis in &t.axes {
        let n = indicators.iter().filter(|i| i.axis == axis.id).count();
        assert!(n >= 3, "axis {}: {n} indicators", axis.id);
    }
    for rule in [
        Aggregation::Sum,
        Aggregation::Ratio,
        Aggregation::WeightedMean,
        Aggregation::NotAggregable,
    ] {
        assert!(
            indicators.iter().any(|i| i.aggregation == rule),
            "no {} indicator",
            rule.name()
        );
    }
    assert!(
        indicators.iter().any(|i| !i.breaks.is_empty()),
        "no series break"
    );
    let with_2030 = indicators
        .iter()
        .filter(|i| i.target().is_some_and(|t| t.year == 2030))
        .count();
    assert!(with_2030 >= 5, "{with_2030} indicators with a 2030 target");
    assert!(
        indicators.iter().any(|i| !i.has_communes()),
        "no territory-only indicator"
    );
    assert!(
        indicators.iter().any(|i| i.per_capita),
        "no per-capita indicator"
    );
    // The break of demandeurs_emploi is in its years and later than its first year.
    let jobseekers = indicators
        .iter()
        .find(|i| i.id == "demandeurs_emploi")
        .unwrap();
    assert_eq!(jobseekers.breaks.len(), 1);
    assert!(jobseekers.years.contains(&jobseekers.breaks[0].year));
}

#[test]
fn every_file_is_illustrative_and_names_its_schema() {
    let t = territory();
    let territory_file = json("territory.json");
    let schema = territory_file["$schema"]
        .as_str()
        .expect("territory $schema");
    assert!(
        sample_dir().join(schema).is_file(),
        "territory $schema {schema} points to no file"
    );
    for relative in &t.indicators {
        let raw = json(relative);
        assert_eq!(
            raw["illustrative"],
            Value::Bool(true),
            "{relative}: illustrative"
        );
        let schema = raw["$schema"]
            .as_str()
            .unwrap_or_else(|| panic!("{relative}: no $schema"));
        assert_eq!(schema, "../schema/indicator.schema.json", "{relative}");
        let folder = sample_dir().join(relative);
        assert!(
            folder.parent().unwrap().join(schema).is_file(),
            "{relative}: $schema points to no file"
        );
        assert!(indicator(relative, &t).illustrative, "{relative}");
    }
}

/// Sum: the territory value of a year is the sum of the year's column, and only exists when
/// every commune has a value.
#[test]
fn sum_indicators_are_column_sums() {
    let t = territory();
    for id in [
        "amenagements_cyclables",
        "logements_commences",
        "maprimerenov",
        "arbres_plantes",
        "emplois",
    ] {
        let relative = listed(&t, id);
        let raw = json(&relative);
        assert_eq!(raw["aggregation"], "sum", "{id}");
        let years = years_of(&raw);
        let rows = rows_of(&raw["values"]);
        assert_eq!(rows.len(), 36, "{id}");
        let expected: Vec<(i32, Option<f64>)> = years
            .iter()
            .enumerate()
            .map(|(i, &y)| (y, rows.values().map(|row| row[i]).sum::<Option<f64>>()))
            .collect();
        let series = territory_series(&indicator(&relative, &t), &t)
            .unwrap()
            .series;
        assert_series_close(id, &series, &expected);
    }
    // maprimerenov did not exist before 2020: no territory value, not a zero.
    let series = territory_series(&indicator(&listed(&t, "maprimerenov"), &t), &t)
        .unwrap()
        .series;
    assert_eq!(series.get(2019), None);
    assert!(series.get(2020).is_some());
}

/// Ratio: Σ numerators / Σ denominators × scale, never the mean of the commune rates.
#[test]
fn chomage_is_a_ratio_of_sums() {
    let t = territory();
    let relative = listed(&t, "chomage");
    let raw = json(&relative);
    assert_eq!(raw["aggregation"], "ratio");
    let scale = raw["scale"].as_f64().unwrap();
    assert_eq!(scale, 100.0);
    let years = years_of(&raw);
    let num = rows_of(&raw["numerator"]["values"]);
    let den = rows_of(&raw["denominator"]["values"]);
    let expected: Vec<(i32, Option<f64>)> = years
        .iter()
        .enumerate()
        .map(|(i, &y)| {
            let (mut n, mut d) = (0.0, 0.0);
            for (code, row) in &num {
                if let (Some(a), Some(b)) = (row[i], den[code][i]) {
                    n += a;
                    d += b;
                }
            }
            (y, (d > 0.0).then(|| scale * n / d))
        })
        .collect();
    let chomage = indicator(&relative, &t);
    let series = territory_series(&chomage, &t).unwrap().series;
    assert_series_close("chomage", &series, &expected);

    // The territory rate is not the mean of the commune rates.
    let last = years.len() - 1;
    let mean_of_rates = num
        .iter()
        .map(|(c, row)| scale * row[last].unwrap() / den[c][last].unwrap())
        .sum::<f64>()
        / num.len() as f64;
    assert!((series.values()[last].unwrap() - mean_of_rates).abs() > 0.01);

    // A commune's own series is its rate.
    let lens = t.commune_by_code("62498").unwrap();
    let own = chomage.commune_series(&lens.code).unwrap();
    let expected_lens = scale * num["62498"][last].unwrap() / den["62498"][last].unwrap();
    assert!(close(own.values()[last].unwrap(), expected_lens));
}

#[test]
fn every_ratio_indicator_is_a_ratio_of_sums() {
    let t = territory();
    for relative in &t.indicators {
        let raw = json(relative);
        if raw["aggregation"] != "ratio" {
            continue;
        }
        let scale = raw["scale"].as_f64().unwrap_or(1.0);
        let num = rows_of(&raw["numerator"]["values"]);
        let den = rows_of(&raw["denominator"]["values"]);
        let expected: Vec<(i32, Option<f64>)> = years_of(&raw)
            .iter()
            .enumerate()
            .map(|(i, &y)| {
                let pairs: Vec<(f64, f64)> = num
                    .iter()
                    .filter_map(|(c, row)| Some((row[i]?, den[c][i]?)))
                    .collect();
                let (n, d) = pairs
                    .iter()
                    .fold((0.0, 0.0), |(n, d), (a, b)| (n + a, d + b));
                (y, (!pairs.is_empty() && d != 0.0).then(|| scale * n / d))
            })
            .collect();
        let series = territory_series(&indicator(relative, &t), &t)
            .unwrap()
            .series;
        assert_series_close(relative, &series, &expected);
    }
}

/// Weighted mean: communes weighted by the population of the nearest census year
/// (2016, 2019…2023; ties to the earlier census).
#[test]
fn no2_is_a_population_weighted_mean() {
    let t = territory();
    let populations = raw_populations();
    for id in ["no2", "temps_acces_equipements"] {
        let relative = listed(&t, id);
        let raw = json(&relative);
        assert_eq!(raw["aggregation"], "weighted_mean", "{id}");
        let values = rows_of(&raw["values"]);
        let expected: Vec<(i32, Option<f64>)> = years_of(&raw)
            .iter()
            .enumerate()
            .map(|(i, &y)| {
                let census = census_year_for(y, &CENSUS_YEARS);
                let (mut weighted, mut total) = (0.0, 0.0);
                for (code, row) in &values {
                    if let Some(v) = row[i] {
                        let w = populations[code][&census];
                        weighted += w * v;
                        total += w;
                    }
                }
                (y, (total > 0.0).then(|| weighted / total))
            })
            .collect();
        let series = territory_series(&indicator(&relative, &t), &t)
            .unwrap()
            .series;
        assert_series_close(id, &series, &expected);
    }
    // The weighted mean differs from the plain mean (Lens and Liévin weigh more than Gouy-Servins).
    let raw = json(&listed(&t, "no2"));
    let values = rows_of(&raw["values"]);
    let plain = values.values().map(|r| r[0].unwrap()).sum::<f64>() / values.len() as f64;
    let series = territory_series(&indicator(&listed(&t, "no2"), &t), &t)
        .unwrap()
        .series;
    assert!((series.values()[0].unwrap() - plain).abs() > 1e-6);
}

/// A territory-only series is returned as given, missing years included.
#[test]
fn frequentation_bulles_is_returned_as_given() {
    let t = territory();
    for id in [
        "frequentation_bulles",
        "visiteurs_louvre_lens",
        "revenu_median",
    ] {
        let relative = listed(&t, id);
        let raw = json(&relative);
        assert_eq!(raw["aggregation"], "not_aggregable", "{id}");
        let given: Vec<(i32, Option<f64>)> = years_of(&raw)
            .into_iter()
            .zip(
                raw["territory"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(Value::as_f64),
            )
            .collect();
        let checked = indicator(&relative, &t);
        let aggregate = territory_series(&checked, &t).unwrap();
        assert_series_close(id, &aggregate.series, &given);
        assert!(
            aggregate.coverage.is_empty(),
            "{id}: a given series has no coverage"
        );
        assert!(matches!(checked.data, IndicatorData::Given { .. }));
    }
    let bulles = indicator(&listed(&t, "frequentation_bulles"), &t);
    let series = territory_series(&bulles, &t).unwrap().series;
    // The Bulles lines opened in April 2019: nothing before.
    assert_eq!(series.get(2018), None);
    assert_eq!(series.first().map(|(y, _)| y), Some(2019));
    assert!(!bulles.has_communes());
    // revenu_median also has commune values, shown but not aggregated.
    let median = indicator(&listed(&t, "revenu_median"), &t);
    assert!(median.has_communes());
    assert_eq!(median.commune_codes().len(), 36);
}
