//! Commune series -> territory series.
//!
//! Every function takes commune series that share exactly the same `years` and returns an
//! [`Aggregate`]: the territory series plus, for every year, how many communes reported.
//!
//! Rules (a territory figure must never be silently wrong):
//! - [`sum`]: a year has a territory value only when *every* commune has a value, because a
//!   sum with a missing commune would be too low.
//! - [`ratio_of_sums`]: a territory rate is `scale * Σnum / Σden` over the communes reporting
//!   both terms, never the mean of commune rates.
//! - [`weighted_mean`]: a (population-)weighted mean over the communes reporting both a
//!   value and a weight.
//!
//! Missing values are never interpolated.

use crate::series::{Series, Year};

/// Why communes could not be aggregated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AggregateError {
    /// No commune series was given.
    #[error("no commune series to aggregate")]
    Empty,
    /// Two lists that must be aligned commune by commune have different lengths.
    #[error("{left} series cannot be paired with {right} series")]
    CountMismatch { left: usize, right: usize },
    /// A series does not have exactly the same years as the first one.
    #[error("series #{index} does not have the same years as series #0")]
    YearsMismatch { index: usize },
}

/// How many communes contributed to the territory value of one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    pub year: Year,
    /// Communes that had the data needed for this year.
    pub reporting: usize,
    /// Communes in the territory.
    pub expected: usize,
}

impl Coverage {
    /// Every commune reported.
    pub fn is_complete(&self) -> bool {
        self.reporting >= self.expected
    }

    /// Some, but not all, communes reported.
    pub fn is_partial(&self) -> bool {
        self.reporting > 0 && !self.is_complete()
    }
}

/// A territory series with its per-year coverage (same years, same order).
#[derive(Debug, Clone, PartialEq)]
pub struct Aggregate {
    pub series: Series,
    pub coverage: Vec<Coverage>,
}

impl Aggregate {
    /// Years where some but not all communes reported (0 < reporting < expected), for warnings.
    /// Years where no commune reported are simply missing and are not listed.
    pub fn partial_years(&self) -> Vec<Year> {
        self.coverage
            .iter()
            .filter(|c| c.is_partial())
            .map(|c| c.year)
            .collect()
    }
}

/// Checks that `series` is non-empty and that every series has the years of the first (the
/// index of a mismatch counts in the order given).
fn common_years<'a>(mut series: impl Iterator<Item = &'a Series>) -> Result<Vec<Year>, AggregateError> {
    let first = series.next().ok_or(AggregateError::Empty)?;
    match series.position(|s| !s.has_years(first.years())) {
        Some(index) => Err(AggregateError::YearsMismatch { index: index + 1 }),
        None => Ok(first.years().to_vec()),
    }
}

/// Checks two commune-aligned lists: same length, and all series share the same years.
fn paired_years(left: &[&Series], right: &[&Series]) -> Result<Vec<Year>, AggregateError> {
    if left.len() != right.len() {
        return Err(AggregateError::CountMismatch {
            left: left.len(),
            right: right.len(),
        });
    }
    common_years(left.iter().chain(right).copied())
}

/// Builds an aggregate from per-year totals: `year_value(i)` gives the territory value (if
/// any) and the number of reporting communes of year index `i`.
fn build(
    years: Vec<Year>,
    expected: usize,
    mut year_value: impl FnMut(usize) -> (Option<f64>, usize),
) -> Aggregate {
    let mut values = Vec::with_capacity(years.len());
    let mut coverage = Vec::with_capacity(years.len());
    for (i, &year) in years.iter().enumerate() {
        let (value, reporting) = year_value(i);
        values.push(value);
        coverage.push(Coverage {
            year,
            reporting,
            expected,
        });
    }
    // `years` comes from a valid series, so it is strictly ascending and aligned.
    let series = Series::new(years, values).unwrap_or_default();
    Aggregate { series, coverage }
}

/// Per-year running totals of two terms and the number of communes counted, filled commune
/// by commune: each commune's row is read once, in memory order, instead of once per year
/// (35,000 rows scattered in memory). Each year's total adds its communes in the same order
/// as a loop per year would, so the sums are the same to the bit.
struct Totals {
    first: Vec<f64>,
    second: Vec<f64>,
    reporting: Vec<usize>,
}

impl Totals {
    /// Totals of `years` values, starting from `zero` (the neutral element of the sum).
    fn new(years: usize, zero: f64) -> Self {
        Totals { first: vec![zero; years], second: vec![zero; years], reporting: vec![0; years] }
    }

    /// Adds, for each year, `terms` of one commune (if it counts that year).
    fn add(&mut self, rows: (&Series, &Series), mut terms: impl FnMut(Option<f64>, Option<f64>) -> Option<(f64, f64)>) {
        let (a, b) = (rows.0.values(), rows.1.values());
        for (i, ((first, second), reporting)) in self.first.iter_mut().zip(&mut self.second).zip(&mut self.reporting).enumerate() {
            if let Some((x, y)) = terms(a[i], b[i]) {
                *first += x;
                *second += y;
                *reporting += 1;
            }
        }
    }
}

/// Territory total: the sum of the communes for the years where *every* commune has a value.
///
/// Errors when `communes` is empty or the series do not share the same years.
pub fn sum(communes: &[&Series]) -> Result<Aggregate, AggregateError> {
    let years = common_years(communes.iter().copied())?;
    // As `Iterator::sum` would: from its neutral element, in commune order.
    let mut totals = Totals::new(years.len(), std::iter::empty::<f64>().sum());
    for series in communes {
        totals.add((series, series), |v, _| v.map(|v| (v, 0.0)));
    }
    Ok(build(years, communes.len(), |i| {
        let reporting = totals.reporting[i];
        ((reporting == communes.len()).then_some(totals.first[i]), reporting)
    }))
}

/// Territory rate: `scale * Σnum / Σden` over the communes having *both* a numerator and a
/// denominator that year (`scale` = 100 for a percentage). `None` when no commune reports or
/// `Σden == 0`. `numerators[k]` and `denominators[k]` belong to the same commune.
///
/// Errors when the lists are empty, have different lengths, or do not share the same years.
pub fn ratio_of_sums(
    numerators: &[&Series],
    denominators: &[&Series],
    scale: f64,
) -> Result<Aggregate, AggregateError> {
    let years = paired_years(numerators, denominators)?;
    let mut totals = Totals::new(years.len(), 0.0);
    for (n, d) in numerators.iter().zip(denominators) {
        totals.add((n, d), |n, d| n.zip(d));
    }
    Ok(build(years, numerators.len(), |i| {
        let (num, den, reporting) = (totals.first[i], totals.second[i], totals.reporting[i]);
        let value = (reporting > 0 && den != 0.0).then(|| scale * num / den);
        (value, reporting)
    }))
}

/// Territory weighted mean `Σ(w·v) / Σw` over the communes having both a value and a weight
/// that year (weights are typically populations). Negative or non-finite weights are
/// ignored (the commune counts as not reporting). `None` when no commune reports or the total
/// weight is 0.
///
/// Errors when the lists are empty, have different lengths, or do not share the same years.
pub fn weighted_mean(values: &[&Series], weights: &[&Series]) -> Result<Aggregate, AggregateError> {
    let years = paired_years(values, weights)?;
    let mut totals = Totals::new(years.len(), 0.0);
    for (v, w) in values.iter().zip(weights) {
        totals.add((v, w), |v, w| v.zip(w).filter(|(_, w)| w.is_finite() && *w >= 0.0).map(|(v, w)| (w * v, w)));
    }
    Ok(build(years, values.len(), |i| {
        let (weighted, total, reporting) = (totals.first[i], totals.second[i], totals.reporting[i]);
        let value = (reporting > 0 && total > 0.0).then(|| weighted / total);
        (value, reporting)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const YEARS: [Year; 3] = [2019, 2020, 2021];

    fn s(values: [Option<f64>; 3]) -> Series {
        Series::new(YEARS.to_vec(), values.to_vec()).unwrap()
    }

    #[test]
    fn sum_requires_every_commune() {
        let a = s([Some(10.0), Some(20.0), None]);
        let b = s([Some(5.0), None, None]);
        let c = s([Some(1.0), Some(2.0), None]);
        let agg = sum(&[&a, &b, &c]).unwrap();
        // 2019: 10 + 5 + 1 = 16; 2020: b missing -> None; 2021: nobody -> None.
        assert_eq!(agg.series.values(), &[Some(16.0), None, None]);
        assert_eq!(
            agg.coverage.iter().map(|c| c.reporting).collect::<Vec<_>>(),
            vec![3, 2, 0]
        );
        assert!(agg.coverage[0].is_complete());
        assert!(!agg.coverage[1].is_complete());
        // 2020 is partial (2 of 3); 2021 has no data at all, so it is not "partial".
        assert_eq!(agg.partial_years(), vec![2020]);
    }

    #[test]
    fn ratio_of_sums_is_not_mean_of_rates() {
        // Commune A: 10 jobseekers / 100 active = 10 %; commune B: 90 / 300 = 30 %.
        // Mean of rates would be 20 %; ratio of sums = 100 * (10 + 90) / (100 + 300) = 25 %.
        let num_a = s([Some(10.0), Some(10.0), None]);
        let num_b = s([Some(90.0), None, Some(0.0)]);
        let den_a = s([Some(100.0), Some(100.0), Some(50.0)]);
        let den_b = s([Some(300.0), Some(300.0), Some(0.0)]);
        let agg = ratio_of_sums(&[&num_a, &num_b], &[&den_a, &den_b], 100.0).unwrap();
        // 2020: only A reports both -> 100 * 10 / 100 = 10.
        // 2021: only B reports both, with den 0 -> None.
        assert_eq!(agg.series.values(), &[Some(25.0), Some(10.0), None]);
        assert_eq!(agg.partial_years(), vec![2020, 2021]);
    }

    #[test]
    fn weighted_mean_uses_weights() {
        // (1000 * 20 + 3000 * 40) / (1000 + 3000) = (20000 + 120000) / 4000 = 35.
        let va = s([Some(20.0), Some(20.0), Some(1.0)]);
        let vb = s([Some(40.0), None, Some(2.0)]);
        let wa = s([Some(1000.0), Some(1000.0), Some(0.0)]);
        let wb = s([Some(3000.0), Some(3000.0), Some(0.0)]);
        let agg = weighted_mean(&[&va, &vb], &[&wa, &wb]).unwrap();
        // 2020: only A -> 20. 2021: total weight 0 -> None.
        assert_eq!(agg.series.values(), &[Some(35.0), Some(20.0), None]);
        assert_eq!(agg.coverage[2].reporting, 2);
    }

    #[test]
    fn negative_weight_is_ignored() {
        let va = s([Some(10.0), None, None]);
        let vb = s([Some(99.0), None, None]);
        let wa = s([Some(2.0), None, None]);
        let wb = s([Some(-5.0), None, None]);
        let agg = weighted_mean(&[&va, &vb], &[&wa, &wb]).unwrap();
        // Only A counts: 2 * 10 / 2 = 10.
        assert_eq!(agg.series.get(2019), Some(10.0));
        assert_eq!(agg.coverage[0].reporting, 1);
    }

    #[test]
    fn errors() {
        let a = s([Some(1.0), None, None]);
        let other = Series::new(vec![2019, 2020], vec![Some(1.0), None]).unwrap();
        assert_eq!(sum(&[]), Err(AggregateError::Empty));
        assert_eq!(
            sum(&[&a, &other]),
            Err(AggregateError::YearsMismatch { index: 1 })
        );
        assert_eq!(
            ratio_of_sums(&[&a], &[&a, &a], 1.0),
            Err(AggregateError::CountMismatch { left: 1, right: 2 })
        );
        assert_eq!(
            weighted_mean(&[&a], &[&other]),
            Err(AggregateError::YearsMismatch { index: 1 })
        );
        assert_eq!(ratio_of_sums(&[], &[], 1.0), Err(AggregateError::Empty));
    }

    #[test]
    fn empty_years_are_fine() {
        let e = Series::default();
        let agg = sum(&[&e, &e]).unwrap();
        assert!(agg.series.is_empty());
        assert!(agg.coverage.is_empty());
    }

    fn one_year(v: f64) -> Series {
        Series::new(vec![2020], vec![Some(v)]).unwrap()
    }

    fn close_within(x: f64, lo: f64, hi: f64) -> bool {
        let eps = 1e-9 * (1.0 + lo.abs().max(hi.abs()));
        x >= lo - eps && x <= hi + eps
    }

    /// The rules as first written: a pass over every commune per year.
    fn per_year(communes: &[&Series], others: &[&Series], rule: &str) -> Vec<(Option<f64>, usize)> {
        (0..communes[0].len())
            .map(|i| match rule {
                "sum" => {
                    let present: Vec<f64> = communes.iter().filter_map(|s| s.values()[i]).collect();
                    ((present.len() == communes.len()).then(|| present.iter().sum()), present.len())
                }
                "ratio" => {
                    let (mut num, mut den, mut reporting) = (0.0, 0.0, 0);
                    for (n, d) in communes.iter().zip(others) {
                        if let (Some(n), Some(d)) = (n.values()[i], d.values()[i]) {
                            num += n;
                            den += d;
                            reporting += 1;
                        }
                    }
                    ((reporting > 0 && den != 0.0).then(|| 100.0 * num / den), reporting)
                }
                _ => {
                    let (mut weighted, mut total, mut reporting) = (0.0, 0.0, 0);
                    for (v, w) in communes.iter().zip(others) {
                        if let (Some(v), Some(w)) = (v.values()[i], w.values()[i]) {
                            if w.is_finite() && w >= 0.0 {
                                weighted += w * v;
                                total += w;
                                reporting += 1;
                            }
                        }
                    }
                    ((reporting > 0 && total > 0.0).then(|| weighted / total), reporting)
                }
            })
            .collect()
    }

    /// Values as bits (`-0.0` is not `0.0`), with the reporting counts.
    fn bits(aggregate: &Aggregate) -> Vec<(Option<u64>, usize)> {
        aggregate.series.values().iter().zip(&aggregate.coverage).map(|(v, c)| (v.map(f64::to_bits), c.reporting)).collect()
    }

    /// A value of a commune: missing, a zero of either sign, or any number.
    fn cell() -> impl Strategy<Value = Option<f64>> {
        prop_oneof![Just(None), Just(Some(0.0)), Just(Some(-0.0)), (-1e6..1e6f64).prop_map(Some), (0.0..1e-300f64).prop_map(Some)]
    }

    proptest! {
        #[test]
        fn the_same_to_the_bit_as_a_pass_per_year(
            rows in prop::collection::vec((prop::collection::vec(cell(), 3), prop::collection::vec(cell(), 3)), 1..30),
        ) {
            let firsts: Vec<Series> = rows.iter().map(|(a, _)| s([a[0], a[1], a[2]])).collect();
            let seconds: Vec<Series> = rows.iter().map(|(_, b)| s([b[0], b[1], b[2]])).collect();
            let (a, b): (Vec<&Series>, Vec<&Series>) = (firsts.iter().collect(), seconds.iter().collect());
            let expected = |rule| per_year(&a, &b, rule).into_iter().map(|(v, r)| (v.map(f64::to_bits), r)).collect::<Vec<_>>();
            prop_assert_eq!(bits(&sum(&a).unwrap()), expected("sum"));
            prop_assert_eq!(bits(&ratio_of_sums(&a, &b, 100.0).unwrap()), expected("ratio"));
            prop_assert_eq!(bits(&weighted_mean(&a, &b).unwrap()), expected("weighted"));
        }

        #[test]
        fn complete_sum_equals_sum_of_communes(vals in prop::collection::vec(-1e6..1e6f64, 1..20)) {
            let series: Vec<Series> = vals.iter().map(|&v| one_year(v)).collect();
            let refs: Vec<&Series> = series.iter().collect();
            let agg = sum(&refs).unwrap();
            let expected: f64 = vals.iter().sum();
            prop_assert_eq!(agg.series.get(2020), Some(expected));
            prop_assert!(agg.coverage[0].is_complete());
        }

        #[test]
        fn ratio_of_sums_between_commune_rates(
            pairs in prop::collection::vec((0.0..1e6f64, 1e-3..1e6f64), 1..20),
        ) {
            let nums: Vec<Series> = pairs.iter().map(|p| one_year(p.0)).collect();
            let dens: Vec<Series> = pairs.iter().map(|p| one_year(p.1)).collect();
            let agg = ratio_of_sums(
                &nums.iter().collect::<Vec<_>>(),
                &dens.iter().collect::<Vec<_>>(),
                100.0,
            ).unwrap();
            let rates: Vec<f64> = pairs.iter().map(|(n, d)| 100.0 * n / d).collect();
            let lo = rates.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = rates.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let r = agg.series.get(2020).unwrap();
            prop_assert!(close_within(r, lo, hi), "{} not in [{}, {}]", r, lo, hi);
        }

        #[test]
        fn weighted_mean_between_min_and_max(
            pairs in prop::collection::vec((-1e6..1e6f64, 1e-3..1e6f64), 1..20),
        ) {
            let vals: Vec<Series> = pairs.iter().map(|p| one_year(p.0)).collect();
            let wts: Vec<Series> = pairs.iter().map(|p| one_year(p.1)).collect();
            let agg = weighted_mean(
                &vals.iter().collect::<Vec<_>>(),
                &wts.iter().collect::<Vec<_>>(),
            ).unwrap();
            let lo = pairs.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
            let hi = pairs.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
            let m = agg.series.get(2020).unwrap();
            prop_assert!(close_within(m, lo, hi), "{} not in [{}, {}]", m, lo, hi);
        }
    }
}
