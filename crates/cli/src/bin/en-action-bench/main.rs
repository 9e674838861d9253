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
//! Each size is timed clean, then with 2 % of the indicator values `null` (each commune with a
//! gap gets a warning): the « warnings cost » lines compare the two, which should be close.
//!
//! Run with `make bench` (`cargo run --profile bench-native -p en-action-cli --bin en-action-bench`).
//! `en-action-bench --write DIR` writes the same files instead, one data folder per size and
//! share of missing values (`DIR/35000-2/territory.json` and the indicator files it lists),
//! for a browser benchmark to serve.

mod generate;
mod table;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use en_action_core::check::{check_indicator, check_territory};
use en_action_core::indicator::Indicator;
use en_action_core::rollup::territory_series;
use en_action_core::stats::{self, Order};
use en_action_core::territory::Territory;
use en_action_core::Series;

use generate::{Data, File, Random, CENSUS_YEARS, FIRST_YEAR, RATIO_FILE, SUM_FILE, YEARS};
use table::{print, Row};

/// Territory sizes: the sample's 36 communes, a large agglomeration, about every French commune.
const SIZES: [usize; 3] = [36, 1_000, 35_000];
/// Percent of the indicator values written `null` (each one a gap in coverage).
const MISSING: [u32; 2] = [0, 2];

/// Repetitions per measure (the median is reported): fewer on the largest files.
fn repetitions(communes: usize) -> usize {
    match communes {
        0..=100 => 51,
        101..=5_000 => 21,
        _ => 7,
    }
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
    // Each commune's value in the last year, read from one column as the app does.
    let entries: Vec<(&str, f64)> =
        indicator.commune_values_in(last_year).into_iter().filter_map(|(code, v)| Some((code.as_str(), v?))).collect();
    stats::rank(&entries, Order::for_direction(indicator.direction)).len()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => bench(),
        [flag, dir] if flag == "--write" => write(Path::new(dir)),
        _ => {
            eprintln!("usage : en-action-bench [--write DOSSIER]");
            ExitCode::FAILURE
        }
    }
}

/// Writes the generated files, one data folder per size and share of missing values:
/// `DIR/<communes>-<missing>/territory.json` and the indicator files it lists.
fn write(dir: &Path) -> ExitCode {
    let mut random = Random(SEED);
    for communes in SIZES {
        let data = Data::new(communes, &mut random);
        for missing in MISSING {
            let folder = dir.join(format!("{communes}-{missing}"));
            let files = [("territory.json", data.territory.clone()), (SUM_FILE, data.sum_file(missing).text), (RATIO_FILE, data.ratio_file(missing).text)];
            for (name, text) in files {
                let path: PathBuf = folder.join(name);
                let written = path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, text));
                if let Err(e) = written {
                    eprintln!("{} : écriture impossible : {e}", path.display());
                    return ExitCode::FAILURE;
                }
            }
            println!("{}", folder.display());
        }
    }
    ExitCode::SUCCESS
}

const SEED: u64 = 0x5EED_CA11_2026_0001;

fn bench() -> ExitCode {
    let mut random = Random(SEED);
    let mut table = Vec::new();
    let started = Instant::now();
    for communes in SIZES {
        let repetitions = repetitions(communes);
        let data = Data::new(communes, &mut random);
        let territory_bytes = data.territory.as_bytes();
        let territory = match check_territory("synthetique/territory.json", territory_bytes) {
            Ok(accepted) if accepted.warnings.is_empty() => accepted.value,
            other => {
                eprintln!("territoire synthétique refusé ({communes} communes) : {:?}", other.err().map(|r| r.diagnostics));
                return ExitCode::FAILURE;
            }
        };
        table.push(Row {
            communes,
            missing: 0,
            file: "territory",
            bytes: territory_bytes.len(),
            values: communes * CENSUS_YEARS.len(),
            warnings: 0,
            parse: median(repetitions, || check_territory("synthetique/territory.json", territory_bytes).is_ok()),
            aggregate: None,
            trends: None,
        });
        for missing in MISSING {
            for (kind, file, tables) in [("sum", SUM_FILE, 1), ("ratio", RATIO_FILE, 2)] {
                let generated = if kind == "sum" { data.sum_file(missing) } else { data.ratio_file(missing) };
                let path = format!("synthetique/{file}");
                match measure(&path, &generated, &territory, repetitions) {
                    Ok((warnings, parse, aggregate, trends)) => table.push(Row {
                        communes,
                        missing,
                        file: kind,
                        bytes: generated.text.len(),
                        values: communes * YEARS * tables,
                        warnings,
                        parse,
                        aggregate: Some(aggregate),
                        trends: Some(trends),
                    }),
                    Err(message) => {
                        eprintln!("{path} ({communes} communes, {missing} % manquantes) : {message}");
                        return ExitCode::FAILURE;
                    }
                }
            }
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

/// Checks that the file is read right, then times it: the number of warnings, and the
/// median durations of parse + validate, aggregate and trends.
fn measure(path: &str, generated: &File, territory: &Territory, repetitions: usize) -> Result<(usize, Duration, Duration, Duration), String> {
    let bytes = generated.text.as_bytes();
    let (indicator, warnings) = match check_indicator(path, bytes, territory) {
        Ok(accepted) if generated.nulls == 0 && !accepted.warnings.is_empty() => {
            return Err(format!("{} avertissement(s) sur un fichier complet, dont {}", accepted.warnings.len(), accepted.warnings[0]));
        }
        Ok(accepted) if generated.nulls > 0 && accepted.warnings.is_empty() => return Err("aucun avertissement pour les valeurs manquantes".to_owned()),
        Ok(accepted) => (accepted.value, accepted.warnings.len()),
        Err(rejected) => return Err(format!("refusé : {} problème(s), dont {:?}", rejected.diagnostics.len(), rejected.diagnostics.first().map(ToString::to_string))),
    };
    // The figures must be right before they are fast.
    let series = territory_series(&indicator, territory).map(|a| a.series).unwrap_or_default();
    if let Some(expected) = generated.expected_last {
        let last = series.last();
        if !last.is_some_and(|(_, v)| (v - expected).abs() <= 1e-9 * expected.abs().max(1.0)) {
            return Err(format!("valeur du territoire {last:?}, attendu {expected}"));
        }
        if trends(&indicator, &series) != territory.communes.len() {
            return Err("classement incomplet".to_owned());
        }
    }
    let parse = median(repetitions, || check_indicator(path, bytes, territory).is_ok());
    let aggregate = median(repetitions, || territory_series(&indicator, territory).is_ok());
    let trends = median(repetitions, || trends(&indicator, &series));
    Ok((warnings, parse, aggregate, trends))
}
