//! Bench only: runs the core's pipeline on a territory file and a ratio (or sum) indicator file,
//! as the dashboard does, so that scripts/bench/compute.mjs can time it in the same page as
//! plain JavaScript and arquero on the same bytes.
//!
//! Steps, as in `en-action-bench`: `check_territory` + `check_indicator` (parse + validate),
//! `territory_series` (aggregate), `change_over` + `least_squares` (trends), then the ranking
//! of the communes on the last year (`stats::rank`).

use en_action_core::check::{check_indicator, check_territory};
use en_action_core::rollup::territory_series;
use en_action_core::stats::{self, Order};
use wasm_bindgen::prelude::*;

/// Runs the whole pipeline and returns a small summary as JSON, for the page to check that
/// the implementations agree: `{"last": territory value of the last year, "slope": slope of
/// the least-squares fit, "change": change over the period, "first": code of the first-ranked
/// commune, "ranked": communes ranked, "warnings": warnings of both checks}`, or
/// `{"error": "..."}` when a file is refused. `indicator_file` is the indicator's path below
/// the data folder (e.g. `travailler/taux.json`): the check compares its name with the id.
#[wasm_bindgen]
pub fn run(territory: &[u8], indicator: &[u8], indicator_file: &str) -> String {
    let territory = match check_territory("territory.json", territory) {
        Ok(accepted) => accepted,
        Err(rejected) => {
            return error(&format!(
                "territory: {:?}",
                rejected.diagnostics.first().map(ToString::to_string)
            ))
        }
    };
    let mut warnings = territory.warnings.len();
    let territory = territory.value;
    let indicator = match check_indicator(indicator_file, indicator, &territory) {
        Ok(accepted) => accepted,
        Err(rejected) => {
            return error(&format!(
                "indicator: {:?}",
                rejected.diagnostics.first().map(ToString::to_string)
            ))
        }
    };
    warnings += indicator.warnings.len();
    let indicator = indicator.value;
    let series = match territory_series(&indicator, &territory) {
        Ok(aggregate) => aggregate.series,
        Err(e) => return error(&format!("aggregate: {e}")),
    };
    let last = series.last().map_or(f64::NAN, |(_, v)| v);
    let change = stats::change_over(&series).map_or(f64::NAN, |c| c.absolute);
    let slope = stats::least_squares(&series).map_or(f64::NAN, |fit| fit.slope);
    let last_year = indicator.years.last().copied();
    // Each commune's value in the last year, read from one column as the app does.
    let entries: Vec<(&str, f64)> = last_year
        .map(|year| indicator.commune_values_in(year).into_iter().filter_map(|(code, v)| Some((code.as_str(), v?))).collect())
        .unwrap_or_default();
    let ranked = stats::rank(&entries, Order::for_direction(indicator.direction));
    let first = ranked.first().map_or("", |r| r.key);
    format!(
        "{{\"last\":{},\"change\":{},\"slope\":{},\"first\":\"{first}\",\"ranked\":{},\"warnings\":{warnings}}}",
        number(last),
        number(change),
        number(slope),
        ranked.len()
    )
}

fn number(x: f64) -> String {
    if x.is_finite() {
        format!("{x:?}")
    } else {
        "null".to_owned()
    }
}

fn error(message: &str) -> String {
    format!("{{\"error\":{:?}}}", message)
}
