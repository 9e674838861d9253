//! An indicator's territory series, computed from its communes by the indicator's rule.

use crate::aggregate::{ratio_of_sums, sum, weighted_mean, Aggregate, AggregateError};
use crate::indicator::{Indicator, IndicatorData};
use crate::series::{Series, Year};
use crate::stats::nearest_census;
use crate::territory::{Commune, Territory};

/// The territory series of `indicator` with its coverage per year:
/// sum of counts, ratio of sums for rates, population-weighted mean for exposures, or the
/// value given in the file when the indicator does not aggregate.
pub fn territory_series(indicator: &Indicator, territory: &Territory) -> Result<Aggregate, AggregateError> {
    match &indicator.data {
        IndicatorData::Sum(table) => sum(&table.series()),
        IndicatorData::Ratio { numerator, denominator, scale, .. } => ratio_of_sums(&numerator.series(), &denominator.series(), *scale),
        IndicatorData::WeightedMean(table) => {
            let weights: Vec<Series> = table
                .0
                .iter()
                .map(|(code, _)| {
                    let commune = territory.commune(code);
                    population_on(commune, &indicator.years)
                })
                .collect();
            weighted_mean(&table.series(), &weights.iter().collect::<Vec<_>>())
        }
        IndicatorData::Given { territory: given, .. } => Ok(Aggregate { series: given.clone(), coverage: Vec::new() }),
    }
}

/// A commune's population on `years`, each year taking the nearest census year
/// (see [`crate::stats::per_capita`]); missing when the commune is unknown.
pub fn population_on(commune: Option<&Commune>, years: &[Year]) -> Series {
    let values = years
        .iter()
        .map(|&y| commune.and_then(|c| nearest_census(&c.population, y)).map(|(_, p)| p))
        .collect();
    Series::new(years.to_vec(), values).unwrap_or_default()
}

/// The territory's population on `years` (sum of communes, nearest census year).
pub fn territory_population_on(territory: &Territory, years: &[Year]) -> Series {
    let values = years
        .iter()
        .map(|&y| nearest_census(&territory.population(), y).map(|(_, p)| p))
        .collect();
    Series::new(years.to_vec(), values).unwrap_or_default()
}
