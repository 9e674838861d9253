//! The series an indicator page shows: the territory and the chosen communes, on the chosen
//! years, optionally per 1,000 inhabitants or as an index (base 100 at the first year).

use en_action_core::aggregate::Aggregate;
use en_action_core::indicator::{Aggregation, Indicator};
use en_action_core::rollup::{population_on, territory_population_on};
use en_action_core::stats::{index_base_100, per_inhabitants};
use en_action_core::territory::Territory;
use en_action_core::{Series, Year};

use crate::i18n::{self, data, fill};

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
/// The unit is the file's in the page's language (`unit_en` on an English page, when given).
pub fn measure(indicator: &Indicator, transform: Transform, base_year: Year) -> Measure {
    let text = i18n::t().indicator();
    if transform.index100 {
        Measure { unit: String::new(), decimals: 1, qualifier: Some(fill(text.index_qualifier, &[("year", &base_year.to_string())])) }
    } else if transform.per_capita && indicator.per_capita {
        Measure { unit: text.per_thousand_unit.to_owned(), decimals: indicator.decimals + 1, qualifier: Some(text.per_thousand_qualifier.to_owned()) }
    } else {
        Measure { unit: data::unit(indicator).to_owned(), decimals: indicator.decimals, qualifier: None }
    }
}

/// How the territory's value is made from the communes', in words (« La valeur du territoire
/// est la somme des valeurs des communes. »).
pub fn aggregation_explanation(aggregation: Aggregation) -> &'static str {
    let [sum, ratio, weighted_mean, not_aggregable] = i18n::t().common().aggregation;
    match aggregation {
        Aggregation::Sum => sum,
        Aggregation::Ratio => ratio,
        Aggregation::WeightedMean => weighted_mean,
        Aggregation::NotAggregable => not_aggregable,
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

#[cfg(test)]
mod tests {
    use super::*;
    use en_action_core::check::{check_indicator, check_territory};

    fn read(path: &str) -> Vec<u8> {
        std::fs::read(format!("{}/../../indicators/{path}", env!("CARGO_MANIFEST_DIR"))).expect("file")
    }

    #[test]
    fn measures_are_said_in_the_pages_language() {
        let territory = check_territory("territory.json", &read("territory.json")).expect("valid").value;
        let jobs = check_indicator("travailler/emplois.json", &read("travailler/emplois.json"), &territory).expect("valid").value;
        let per_capita = Transform { per_capita: true, index100: false };
        let index = Transform { per_capita: false, index100: true };
        let fr = measure(&jobs, per_capita, 2015);
        assert_eq!((fr.unit.as_str(), fr.qualifier.as_deref()), ("/ 1 000 hab.", Some("pour 1 000 habitants")));
        assert_eq!(measure(&jobs, index, 2015).qualifier.as_deref(), Some("indice base 100 en 2015"));
        assert_eq!(measure(&jobs, Transform::default(), 2015).unit, jobs.unit);
        i18n::with_lang(i18n::Lang::En, || {
            let en = measure(&jobs, per_capita, 2015);
            assert_eq!((en.unit.as_str(), en.qualifier.as_deref()), ("per 1,000 inhab.", Some("per 1,000 inhabitants")));
            assert_eq!(measure(&jobs, index, 2015).qualifier.as_deref(), Some("index, base 100 in 2015"));
            assert_eq!(measure(&jobs, Transform::default(), 2015).unit, data::unit(&jobs));
            assert!(aggregation_explanation(Aggregation::Sum).starts_with("The territory's value is the sum"));
        });
        for rule in [Aggregation::Sum, Aggregation::Ratio, Aggregation::WeightedMean, Aggregation::NotAggregable] {
            assert_eq!(aggregation_explanation(rule), rule.explanation_fr());
        }
    }
}
