//! `en-action-bench`: how fast the core reads, checks, aggregates and analyses indicator files.
//!
//! Generates synthetic data in memory, in the real file format (a territory, a `sum` indicator
//! and a `ratio` indicator with numerator and denominator), for 36, 1,000 and 35,000 communes
//! over 15 years, then times each step and prints the median of several repetitions:
//!
//! - parse + validate: `check_indicator` on the file's bytes;
//! - aggregate: `territory_series` (sum, or ratio of sums);
//! - trends: `change_over`, `least_squares` and `progress` on the territory series, and the
//!   ranking of the communes on the last year.
//!
//! Run with `make bench` (`cargo run --release -p en-action-cli --bin en-action-bench`).

use std::fmt::Write as _;
use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use en_action_core::check::{check_indicator, check_territory};
use en_action_core::indicator::Indicator;
use en_action_core::rollup::territory_series;
use en_action_core::stats::{self, Order};
use en_action_core::Series;

/// Territory sizes: the sample's 36 communes, a large agglomeration, about every French commune.
const SIZES: [usize; 3] = [36, 1_000, 35_000];
const FIRST_YEAR: i32 = 2010;
const YEARS: usize = 15;
const CENSUS_YEARS: [i32; 6] = [2016, 2019, 2020, 2021, 2022, 2023];

/// Repetitions per measure (the median is reported): fewer on the largest files.
fn repetitions(communes: usize) -> usize {
    match communes {
        0..=100 => 51,
        101..=5_000 => 21,
        _ => 7,
    }
}

/// A small deterministic generator (xorshift64*), so that every run times the same data.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `[low, high)`.
    fn between(&mut self, low: f64, high: f64) -> f64 {
        let unit = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        low + unit * (high - low)
    }
}

/// `count` distinct INSEE-form codes: department 01 to 95 (without 20, split into 2A/2B),
/// then a three-digit number.
fn codes(count: usize) -> Vec<String> {
    let departments: Vec<u32> = (1..=95).filter(|&d| d != 20).collect();
    let per_department = count.div_ceil(departments.len());
    assert!(
        per_department <= 999,
        "too many communes for the code space"
    );
    (0..count)
        .map(|i| {
            format!(
                "{:02}{:03}",
                departments[i % departments.len()],
                1 + i / departments.len()
            )
        })
        .collect()
}

fn years() -> Vec<i32> {
    (0..YEARS as i32).map(|i| FIRST_YEAR + i).collect()
}

fn join_years(years: &[i32]) -> String {
    years
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

const SOURCE: &str = r#"{"name": "Données synthétiques du banc d'essai", "licence": "Licence Ouverte / Etalab 2.0", "retrieved": "2026-01-01"}"#;

/// The territory file with `codes.len()` communes.
fn territory_json(codes: &[String], random: &mut Random) -> String {
    let mut out = String::with_capacity(codes.len() * 80 + 1_000);
    out.push_str("{\n  \"format\": 1,\n  \"name\": \"Territoire synthétique\",\n  \"short_name\": \"Synthèse\",\n");
    let _ = writeln!(out, "  \"census_years\": [{}],", join_years(&CENSUS_YEARS));
    let _ = writeln!(out, "  \"population_source\": {SOURCE},");
    out.push_str("  \"communes\": [\n");
    for (i, code) in codes.iter().enumerate() {
        let base = random.between(200.0, 40_000.0);
        let population: Vec<String> = CENSUS_YEARS
            .iter()
            .map(|_| format!("{}", (base * random.between(0.97, 1.03)).round()))
            .collect();
        let comma = if i + 1 < codes.len() { "," } else { "" };
        let _ = writeln!(
            out,
            "    {{\"code\": \"{code}\", \"name\": \"Commune {i}\", \"population\": [{}]}}{comma}",
            population.join(", ")
        );
    }
    out.push_str("  ],\n");
    out.push_str("  \"axes\": [\n    {\"id\": \"bouger\", \"label\": \"Bouger\", \"colour\": \"#0072B2\"},\n");
    out.push_str(
        "    {\"id\": \"travailler\", \"label\": \"Travailler\", \"colour\": \"#B34700\"}\n  ],\n",
    );
    out.push_str("  \"indicators\": [\"bouger/somme.json\", \"travailler/taux.json\"]\n}\n");
    out
}

/// The head of an indicator file, up to and including `years`.
fn head(id: &str, axis: &str, aggregation: &str, extra: &str, target: f64) -> String {
    let mut out = String::new();
    out.push_str("{\n  \"$schema\": \"../schema/indicator.schema.json\",\n  \"format\": 1,\n");
    let _ = writeln!(out, "  \"id\": \"{id}\",\n  \"axis\": \"{axis}\",");
    let _ = writeln!(out, "  \"title\": \"Indicateur synthétique ({aggregation})\",\n  \"unit\": \"u\",\n  \"decimals\": 1,");
    let _ = writeln!(out, "  \"definition\": \"Données générées pour mesurer les temps de calcul.\",\n  \"source\": {SOURCE},");
    let _ = writeln!(out, "  \"illustrative\": true,\n  \"aggregation\": \"{aggregation}\",{extra}\n  \"direction\": \"up\",");
    let _ = writeln!(
        out,
        "  \"targets\": [{{\"year\": 2030, \"value\": {target:.1}}}],"
    );
    let _ = writeln!(out, "  \"years\": [{}],", join_years(&years()));
    out
}

/// Rows `"code": [v, v, …]` of a commune table, one per line.
fn rows(
    out: &mut String,
    indent: &str,
    codes: &[String],
    mut row: impl FnMut(usize) -> Vec<String>,
) {
    for (i, code) in codes.iter().enumerate() {
        let comma = if i + 1 < codes.len() { "," } else { "" };
        let _ = writeln!(out, "{indent}\"{code}\": [{}]{comma}", row(i).join(", "));
    }
}

/// A `sum` indicator (counts with one decimal, every value present) and its expected last
/// territory value.
fn sum_json(codes: &[String], random: &mut Random) -> (String, f64) {
    let table: Vec<Vec<f64>> = codes
        .iter()
        .map(|_| {
            let base = random.between(1.0, 500.0);
            (0..YEARS)
                .map(|y| {
                    (10.0 * base * (1.0 + 0.02 * y as f64) * random.between(0.9, 1.1)).round()
                        / 10.0
                })
                .collect()
        })
        .collect();
    let last: f64 = table.iter().map(|row| row[YEARS - 1]).sum();
    let mut out = head("somme", "bouger", "sum", "", last * 1.3);
    out.push_str("  \"values\": {\n");
    rows(&mut out, "    ", codes, |i| {
        table[i].iter().map(|v| format!("{v:.1}")).collect()
    });
    out.push_str("  }\n}\n");
    (out, last)
}

/// A `ratio` indicator (percentage, numerator ≤ denominator) and its expected last territory rate.
fn ratio_json(codes: &[String], random: &mut Random) -> (String, f64) {
    let mut numerators = Vec::with_capacity(codes.len());
    let mut denominators = Vec::with_capacity(codes.len());
    for _ in codes {
        let den_base = random.between(100.0, 20_000.0);
        let rate = random.between(0.05, 0.30);
        let den: Vec<f64> = (0..YEARS)
            .map(|_| (den_base * random.between(0.98, 1.02)).round())
            .collect();
        let num: Vec<f64> = den
            .iter()
            .enumerate()
            .map(|(y, d)| (d * rate * (1.0 - 0.01 * y as f64)).round())
            .collect();
        numerators.push(num);
        denominators.push(den);
    }
    let sum_last = |table: &[Vec<f64>]| table.iter().map(|row| row[YEARS - 1]).sum::<f64>();
    let last = 100.0 * sum_last(&numerators) / sum_last(&denominators);
    let extra = "\n  \"scale\": 100,\n  \"range\": {\"min\": 0, \"max\": 100},";
    let mut out = head(
        "taux",
        "travailler",
        "ratio",
        extra,
        (last * 1.2).min(100.0),
    );
    let integers = |row: &Vec<f64>| row.iter().map(|v| format!("{v}")).collect::<Vec<_>>();
    out.push_str("  \"numerator\": {\n    \"label\": \"Numérateur\",\n    \"values\": {\n");
    rows(&mut out, "      ", codes, |i| integers(&numerators[i]));
    out.push_str(
        "    }\n  },\n  \"denominator\": {\n    \"label\": \"Dénominateur\",\n    \"values\": {\n",
    );
    rows(&mut out, "      ", codes, |i| integers(&denominators[i]));
    out.push_str("    }\n  }\n}\n");
    (out, last)
}

/// The median duration of `repetitions` runs of `f` (after one warm-up run).
fn median<T>(repetitions: usize, mut f: impl FnMut() -> T) -> Duration {
    black_box(f());
    let mut times: Vec<Duration> = (0..repetitions)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// Trends of the territory series (change, linear fit, progress towards the target) and the
/// ranking of the communes on the last year; returns the number of communes ranked.
fn trends(indicator: &Indicator, series: &Series) -> usize {
    let change = stats::change_over(series);
    let fit = stats::least_squares(series);
    let progress = match (indicator.target(), series.first()) {
        (Some(target), Some((baseline, _))) => stats::progress(
            series,
            baseline,
            stats::Target {
                year: target.year,
                value: target.value,
            },
            indicator.direction,
        ),
        _ => None,
    };
    black_box((change, fit, progress));
    let last_year = *indicator.years.last().unwrap_or(&FIRST_YEAR);
    let entries: Vec<(&str, f64)> = indicator
        .commune_codes()
        .into_iter()
        .filter_map(|code| {
            Some((
                code.as_str(),
                indicator.commune_series(code)?.get(last_year)?,
            ))
        })
        .collect();
    stats::rank(&entries, Order::for_direction(indicator.direction)).len()
}

struct Row {
    communes: usize,
    file: &'static str,
    bytes: usize,
    values: usize,
    parse: Duration,
    aggregate: Option<Duration>,
    trends: Option<Duration>,
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1e3)
}

fn main() -> ExitCode {
    let mut random = Random(0x5EED_CA11_2026_0001);
    let mut table = Vec::new();
    let started = Instant::now();
    for communes in SIZES {
        let repetitions = repetitions(communes);
        let codes = codes(communes);
        let territory_bytes = territory_json(&codes, &mut random).into_bytes();
        let territory = match check_territory("synthetique/territory.json", &territory_bytes) {
            Ok(accepted) if accepted.warnings.is_empty() => accepted.value,
            other => {
                eprintln!(
                    "territoire synthétique refusé ({communes} communes) : {:?}",
                    other.err().map(|r| r.diagnostics)
                );
                return ExitCode::FAILURE;
            }
        };
        table.push(Row {
            communes,
            file: "territory",
            bytes: territory_bytes.len(),
            values: communes * CENSUS_YEARS.len(),
            parse: median(repetitions, || {
                check_territory("synthetique/territory.json", &territory_bytes).is_ok()
            }),
            aggregate: None,
            trends: None,
        });
        let (sum, sum_last) = sum_json(&codes, &mut random);
        let (ratio, ratio_last) = ratio_json(&codes, &mut random);
        let files = [
            ("sum", "synthetique/bouger/somme.json", sum, sum_last, 1),
            (
                "ratio",
                "synthetique/travailler/taux.json",
                ratio,
                ratio_last,
                2,
            ),
        ];
        for (kind, file, text, expected_last, tables) in files {
            let bytes = text.into_bytes();
            let indicator = match check_indicator(file, &bytes, &territory) {
                Ok(accepted) if accepted.warnings.is_empty() => accepted.value,
                other => {
                    let problems = other.map_or_else(|r| r.diagnostics, |a| a.warnings);
                    eprintln!(
                        "{file} ({communes} communes) : {} problème(s), dont {:?}",
                        problems.len(),
                        problems.first().map(ToString::to_string)
                    );
                    return ExitCode::FAILURE;
                }
            };
            // The figures must be right before they are fast.
            let series = territory_series(&indicator, &territory)
                .map(|a| a.series)
                .unwrap_or_default();
            let last = series.last();
            if !last.is_some_and(|(_, v)| {
                (v - expected_last).abs() <= 1e-9 * expected_last.abs().max(1.0)
            }) {
                eprintln!("{file} ({communes} communes) : valeur du territoire {last:?}, attendu {expected_last}");
                return ExitCode::FAILURE;
            }
            if trends(&indicator, &series) != communes {
                eprintln!("{file} ({communes} communes) : classement incomplet");
                return ExitCode::FAILURE;
            }
            table.push(Row {
                communes,
                file: kind,
                bytes: bytes.len(),
                values: communes * YEARS * tables,
                parse: median(repetitions, || {
                    check_indicator(file, &bytes, &territory).is_ok()
                }),
                aggregate: Some(median(repetitions, || {
                    territory_series(&indicator, &territory).is_ok()
                })),
                trends: Some(median(repetitions, || trends(&indicator, &series))),
            });
        }
    }
    print(&table);
    println!(
        "\n{YEARS} years per file; median of {}/{}/{} repetitions; whole run {:.1} s.",
        repetitions(SIZES[0]),
        repetitions(SIZES[1]),
        repetitions(SIZES[2]),
        started.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}

fn print(rows: &[Row]) {
    let header = [
        "communes",
        "file",
        "size (bytes)",
        "values",
        "parse+validate ms",
        "aggregate ms",
        "trends ms",
        "total ms",
        "values/s",
    ];
    let lines: Vec<[String; 9]> = rows
        .iter()
        .map(|r| {
            let total = r.parse + r.aggregate.unwrap_or_default() + r.trends.unwrap_or_default();
            let per_second = r.values as f64 / total.as_secs_f64().max(1e-12);
            [
                thousands(r.communes as u64),
                r.file.to_owned(),
                thousands(r.bytes as u64),
                thousands(r.values as u64),
                ms(r.parse),
                r.aggregate.map_or_else(|| "-".to_owned(), ms),
                r.trends.map_or_else(|| "-".to_owned(), ms),
                ms(total),
                thousands(per_second.round() as u64),
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            lines
                .iter()
                .map(|l| l[i].chars().count())
                .chain([header[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let render = |cells: &[String]| {
        cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                if i == 1 {
                    format!("{c:<w$}")
                } else {
                    format!("{c:>w$}")
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
    };
    println!("{}", render(&header.map(str::to_owned)));
    println!(
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    );
    for line in &lines {
        println!("{}", render(line));
    }
}

/// 1234567 -> "1,234,567".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
