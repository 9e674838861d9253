//! Change between two years: absolute, percent and compound annual growth rate (CAGR).
//!
//! Percentages divide by the *absolute value* of the starting value, so a positive percent
//! always means the value went up (e.g. from -10 to -5 is +50 %).

use crate::series::{Series, Year};

/// The change of a series between two observed years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    pub from_year: Year,
    pub from_value: f64,
    pub to_year: Year,
    pub to_value: f64,
    /// `to_value - from_value`.
    pub absolute: f64,
    /// `100 * (to - from) / |from|`; `None` when `from_value == 0`.
    pub percent: Option<f64>,
    /// Compound annual growth rate as a fraction (0.02 = +2 % a year):
    /// `(to / from)^(1 / (to_year - from_year)) - 1`.
    /// `None` unless `to_year > from_year` and both values are `> 0`.
    pub cagr: Option<f64>,
}

/// Percent change `100 * (to - from) / |from|`, `None` when `from == 0`.
fn percent(from: f64, to: f64) -> Option<f64> {
    (from != 0.0).then(|| 100.0 * (to - from) / from.abs())
}

fn build(from_year: Year, from_value: f64, to_year: Year, to_value: f64) -> Change {
    let years = f64::from(to_year) - f64::from(from_year);
    let cagr = (years > 0.0 && from_value > 0.0 && to_value > 0.0)
        .then(|| (to_value / from_value).powf(1.0 / years) - 1.0);
    Change {
        from_year,
        from_value,
        to_year,
        to_value,
        absolute: to_value - from_value,
        percent: percent(from_value, to_value),
        cagr,
    }
}

/// Change between the values at exactly `from` and `to`; `None` if either is missing.
pub fn change(series: &Series, from: Year, to: Year) -> Option<Change> {
    Some(build(from, series.get(from)?, to, series.get(to)?))
}

/// Change from the first to the last present value; `None` with fewer than two present values.
pub fn change_over(series: &Series) -> Option<Change> {
    let (from_year, from_value) = series.first()?;
    let (to_year, to_value) = series.last()?;
    (to_year > from_year).then(|| build(from_year, from_value, to_year, to_value))
}

/// Difference with the previous *calendar* year (`v(y) - v(y - 1)`); `None` when year `y - 1`
/// is absent from the series or missing. Same years as `series`.
pub fn year_on_year(series: &Series) -> Series {
    series.map(|y, v| Some(v - series.get(y.checked_sub(1)?)?))
}

/// Percent change with the previous *calendar* year (`100 * (v(y) - v(y-1)) / |v(y-1)|`);
/// `None` when year `y - 1` is absent, missing or zero. Same years as `series`.
pub fn year_on_year_percent(series: &Series) -> Series {
    series.map(|y, v| percent(series.get(y.checked_sub(1)?)?, v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn approx(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn series() -> Series {
        // 2015: 100, 2016: missing, 2017: 121, 2018: 110, 2020: 0 (2019 absent).
        Series::from_points([
            (2015, Some(100.0)),
            (2016, None),
            (2017, Some(121.0)),
            (2018, Some(110.0)),
            (2020, Some(0.0)),
        ])
        .unwrap()
    }

    #[test]
    fn change_between_years() {
        let c = change(&series(), 2015, 2017).unwrap();
        // 121 - 100 = 21; 100 * 21 / 100 = 21 %; (121/100)^(1/2) - 1 = 1.1 - 1 = 0.1.
        assert_eq!(c.absolute, 21.0);
        assert!(approx(c.percent.unwrap(), 21.0));
        assert!(approx(c.cagr.unwrap(), 0.1));
        assert_eq!(change(&series(), 2015, 2016), None);
        assert_eq!(change(&series(), 2014, 2017), None);
    }

    #[test]
    fn change_edge_cases() {
        // From 2020 (0) to 2018 (110): percent undefined, backwards years -> no CAGR.
        let c = change(&series(), 2020, 2018).unwrap();
        assert_eq!(c.absolute, 110.0);
        assert_eq!(c.percent, None);
        assert_eq!(c.cagr, None);
        // Same year: absolute 0, percent 0, no CAGR.
        let c = change(&series(), 2015, 2015).unwrap();
        assert_eq!((c.absolute, c.percent, c.cagr), (0.0, Some(0.0), None));
        // Negative start: -10 -> -5 = +5 absolute, 100 * 5 / 10 = +50 %, no CAGR.
        let neg = Series::from_points([(2000, Some(-10.0)), (2001, Some(-5.0))]).unwrap();
        let c = change_over(&neg).unwrap();
        assert_eq!((c.absolute, c.percent, c.cagr), (5.0, Some(50.0), None));
        // From 0 forwards: no percent and no CAGR (a growth rate from nothing is infinite).
        let from_zero = Series::from_points([(2000, Some(0.0)), (2002, Some(4.0))]).unwrap();
        let c = change_over(&from_zero).unwrap();
        assert_eq!((c.absolute, c.percent, c.cagr), (4.0, None, None));
        // To 0: −100 %, and no CAGR either.
        let to_zero = Series::from_points([(2000, Some(4.0)), (2002, Some(0.0))]).unwrap();
        let c = change_over(&to_zero).unwrap();
        assert_eq!((c.absolute, c.percent, c.cagr), (-4.0, Some(-100.0), None));
    }

    #[test]
    fn change_over_first_to_last() {
        let c = change_over(&series()).unwrap();
        // 100 (2015) -> 0 (2020): -100, -100 %, no CAGR since the end value is 0.
        assert_eq!((c.from_year, c.to_year), (2015, 2020));
        assert_eq!(
            (c.absolute, c.percent, c.cagr),
            (-100.0, Some(-100.0), None)
        );
        let single = Series::from_points([(2015, Some(3.0)), (2016, None)]).unwrap();
        assert_eq!(change_over(&single), None);
        assert_eq!(change_over(&Series::default()), None);
    }

    #[test]
    fn year_on_year_uses_calendar_years() {
        let d = year_on_year(&series());
        // 2015: no 2014; 2016: missing; 2017: 2016 missing; 2018: 110 - 121 = -11;
        // 2020: 2019 absent from the series.
        assert_eq!(d.years(), series().years());
        assert_eq!(d.values(), &[None, None, None, Some(-11.0), None]);
        let p = year_on_year_percent(&series());
        // 2018: 100 * -11 / 121 = -9.0909...
        assert!(approx(p.get(2018).unwrap(), -1100.0 / 121.0));
        assert_eq!(p.values().iter().filter(|v| v.is_some()).count(), 1);
        let zero = Series::from_points([(2000, Some(0.0)), (2001, Some(4.0))]).unwrap();
        assert_eq!(year_on_year_percent(&zero).get(2001), None);
        assert_eq!(year_on_year(&zero).get(2001), Some(4.0));
    }

    #[test]
    fn extreme_year_does_not_overflow() {
        let s = Series::from_points([(i32::MIN, Some(1.0)), (i32::MAX, Some(2.0))]).unwrap();
        assert_eq!(year_on_year(&s).values(), &[None, None]);
        assert!(change_over(&s).unwrap().cagr.is_some());
    }

    proptest! {
        #[test]
        fn cagr_of_constant_series_is_zero(
            value in 1e-6..1e9f64,
            start in 1900..2100i32,
            len in 2..40usize,
        ) {
            let s = Series::from_points((0..len).map(|i| (start + i as i32, Some(value)))).unwrap();
            let cagr = change_over(&s).unwrap().cagr.unwrap();
            prop_assert!(cagr.abs() < 1e-12);
        }
    }
}
