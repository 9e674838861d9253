//! The series an indicator page shows: the territory and the chosen communes, on the chosen
//! years, optionally per 1,000 inhabitants or as an index (base 100 at the first year).

use en_action_core::aggregate::Aggregate;
use en_action_core::indicator::Indicator;
use en_action_core::rollup::{population_on, territory_population_on};
use en_action_core::stats::{index_base_100, per_inhabitants};
use en_action_core::territory::Territory;
use en_action_core::{Series, Year};

/// How values are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Transform {
    /// Per 1,000 inhabitants (population of the nearest census year).
    pub per_capita: bool,
    /// Index, base 100 at the first year of the range.
    pub index100: bool,
}

/// One line: the territory (`code: None`) or a commune.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownLine {
    pub code: Option<String>,
    pub name: String,
    pub series: Series,
}

/// What the lines measure after the transform.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    pub unit: String,
    pub decimals: u8,
    /// Appended to the title, e.g. « pour 1 000 habitants ».
    pub qualifier: Option<String>,
}

/// The years of the indicator within `from..=to` (defaults: all).
pub fn year_range(indicator: &Indicator, from: Option<Year>, to: Option<Year>) -> (Year, Year) {
    let first = indicator.years.first().copied().unwrap_or_default();
    let last = indicator.years.last().copied().unwrap_or_default();
    let from = from.filter(|y| (first..=last).contains(y)).unwrap_or(first);
    let to = to.filter(|y| (from..=last).contains(y)).unwrap_or(last);
    (from, to)
}

/// The indicator's years within `from..=to`.
pub fn years_in(indicator: &Indicator, (from, to): (Year, Year)) -> Vec<Year> {
    indicator.years.iter().copied().filter(|y| (from..=to).contains(y)).collect()
}

/// The measure shown under `transform`.
pub fn measure(indicator: &Indicator, transform: Transform, base_year: Year) -> Measure {
    if transform.index100 {
        Measure { unit: String::new(), decimals: 1, qualifier: Some(format!("indice base 100 en {base_year}")) }
    } else if transform.per_capita && indicator.per_capita {
        Measure { unit: "/ 1 000 hab.".to_owned(), decimals: indicator.decimals + 1, qualifier: Some("pour 1 000 habitants".to_owned()) }
    } else {
        Measure { unit: indicator.unit.clone(), decimals: indicator.decimals, qualifier: None }
    }
}

/// The territory line then one line per commune in `communes` (codes; unknown ones skipped),
/// restricted to `from..=to` and transformed.
pub fn shown_lines(
    indicator: &Indicator,
    aggregate: &Aggregate,
    territory: &Territory,
    communes: &[String],
    (from, to): (Year, Year),
    transform: Transform,
) -> Vec<ShownLine> {
    let mut lines = vec![ShownLine {
        code: None,
        name: territory.short_name.clone(),
        series: apply(&aggregate.series, || territory_population_on(territory, &indicator.years), indicator, (from, to), transform),
    }];
    for code in communes {
        let Some(commune) = territory.commune_by_code(code) else { continue };
        let Some(series) = indicator.commune_series(&commune.code) else { continue };
        lines.push(ShownLine {
            code: Some(code.clone()),
            name: commune.name.clone(),
            series: apply(&series, || population_on(Some(commune), &indicator.years), indicator, (from, to), transform),
        });
    }
    lines
}

/// Every commune with data, then the territory first: for rankings, maps and full downloads.
pub fn all_lines(indicator: &Indicator, aggregate: &Aggregate, territory: &Territory, range: (Year, Year), transform: Transform) -> Vec<ShownLine> {
    let codes: Vec<String> = indicator.commune_codes().iter().map(|c| c.to_string()).collect();
    shown_lines(indicator, aggregate, territory, &codes, range, transform)
}

fn apply(series: &Series, population: impl FnOnce() -> Series, indicator: &Indicator, (from, to): (Year, Year), transform: Transform) -> Series {
    let series = if transform.per_capita && indicator.per_capita && !transform.index100 {
        per_inhabitants(series, &population(), 1000.0)
    } else {
        series.clone()
    };
    let series = series.between(from, to);
    if transform.index100 {
        index_base_100(&series, from).unwrap_or_else(|| series.map(|_, _| None))
    } else {
        series
    }
}
