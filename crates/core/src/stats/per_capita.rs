//! Rates per inhabitants.
//!
//! **Rule.** The population used for year `Y` is the population of the census year *nearest*
//! to `Y` among the years where the population series has a value; on a tie (e.g. `Y` = 2018
//! with censuses 2016 and 2020) the *earlier* census year is used. Populations are never
//! interpolated, and there is no maximum distance: callers can check the census year returned
//! by [`nearest_census`] if they need one.

use crate::series::{Series, Year};

/// The census `(year, population)` nearest to `year` among present values; ties go to the
/// earlier census. `None` when the population series has no value.
pub fn nearest_census(population: &Series, year: Year) -> Option<(Year, f64)> {
    let distance = |y: Year| (i64::from(y) - i64::from(year)).unsigned_abs();
    // `points()` is ascending and `min_by_key` keeps the first minimum: ties -> earlier year.
    population.points().min_by_key(|&(y, _)| distance(y))
}

/// `per * value / population` with the population of the nearest census (see module doc);
/// `per = 1000.0` gives a rate per 1,000 inhabitants. `None` where the value is missing or the
/// population is missing, zero or not finite. Same years as `values`.
pub fn per_inhabitants(values: &Series, population: &Series, per: f64) -> Series {
    values.map(|y, v| {
        let (_, pop) = nearest_census(population, y)?;
        (pop != 0.0 && pop.is_finite()).then(|| per * v / pop)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn population() -> Series {
        // Censuses 2010, 2016 (2013 listed but missing), 2021.
        Series::from_points([
            (2010, Some(20_000.0)),
            (2013, None),
            (2016, Some(25_000.0)),
            (2021, Some(40_000.0)),
        ])
        .unwrap()
    }

    #[test]
    fn nearest_census_rule() {
        let p = population();
        // 2013 is missing: distance 3 to 2010 and to 2016 -> tie -> earlier (2010).
        assert_eq!(nearest_census(&p, 2013), Some((2010, 20_000.0)));
        // 2014: 4 from 2010, 2 from 2016 -> 2016.
        assert_eq!(nearest_census(&p, 2014), Some((2016, 25_000.0)));
        // 2018: 2 from 2016, 3 from 2021 -> 2016. 2019: 3 vs 2 -> 2021.
        assert_eq!(nearest_census(&p, 2018), Some((2016, 25_000.0)));
        assert_eq!(nearest_census(&p, 2019), Some((2021, 40_000.0)));
        // Outside the range: the nearest end.
        assert_eq!(nearest_census(&p, 1990), Some((2010, 20_000.0)));
        assert_eq!(nearest_census(&p, 2030), Some((2021, 40_000.0)));
        assert_eq!(nearest_census(&Series::default(), 2020), None);
        assert_eq!(nearest_census(&p, i32::MIN), Some((2010, 20_000.0)));
    }

    #[test]
    fn rate_per_thousand() {
        let values =
            Series::from_points([(2013, Some(50.0)), (2014, None), (2019, Some(100.0))]).unwrap();
        let r = per_inhabitants(&values, &population(), 1000.0);
        // 2013 -> 2010 census: 1000 * 50 / 20000 = 2.5. 2019 -> 2021: 1000 * 100 / 40000 = 2.5.
        assert_eq!(r.values(), &[Some(2.5), None, Some(2.5)]);
    }

    #[test]
    fn zero_or_absent_population() {
        let values = Series::from_points([(2020, Some(10.0))]).unwrap();
        let zero = Series::from_points([(2020, Some(0.0))]).unwrap();
        assert_eq!(per_inhabitants(&values, &zero, 1000.0).values(), &[None]);
        let none = Series::default();
        assert_eq!(per_inhabitants(&values, &none, 1000.0).values(), &[None]);
    }
}
