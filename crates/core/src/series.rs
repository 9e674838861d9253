//! A yearly series: values aligned with ascending, unique years; missing years stay `None`.

use std::sync::Arc;

/// A calendar year (e.g. 2023).
pub type Year = i32;

/// A yearly series. Invariant: `years` is strictly ascending and `values.len() == years.len()`.
/// A missing value is `None` and is never interpolated.
///
/// The years are held behind a shared pointer: the rows of one table (35,000 communes on the
/// same 15 years) share one list instead of copying it each (see [`Series::with_values`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Series {
    years: Arc<[Year]>,
    values: Vec<Option<f64>>,
}

impl Series {
    /// Builds a series from aligned years and values.
    /// Returns `None` when lengths differ or years are not strictly ascending.
    pub fn new(years: Vec<Year>, values: Vec<Option<f64>>) -> Option<Self> {
        let ascending = years.windows(2).all(|w| w[0] < w[1]);
        (ascending && years.len() == values.len()).then(|| Self { years: years.into(), values })
    }

    /// A series on the same years as this one (sharing them, not copying them) with `values`;
    /// `None` when the lengths differ.
    pub fn with_values(&self, values: Vec<Option<f64>>) -> Option<Self> {
        (values.len() == self.years.len()).then(|| Self { years: Arc::clone(&self.years), values })
    }

    /// Builds a series from `(year, value)` points; `None` if years are not strictly ascending.
    pub fn from_points(points: impl IntoIterator<Item = (Year, Option<f64>)>) -> Option<Self> {
        let (years, values) = points.into_iter().unzip();
        Self::new(years, values)
    }

    pub fn years(&self) -> &[Year] {
        &self.years
    }

    /// Whether the series is on exactly `years`. Series sharing their years (see
    /// [`Series::with_values`]) answer without reading them; others compare year by year: tens
    /// of thousands of rows are checked this way, and a byte comparison is a slow loop in
    /// WebAssembly.
    pub fn has_years(&self, years: &[Year]) -> bool {
        self.years.len() == years.len()
            && (std::ptr::eq(self.years.as_ptr(), years.as_ptr()) || self.years.iter().zip(years).all(|(a, b)| a == b))
    }

    pub fn values(&self) -> &[Option<f64>] {
        &self.values
    }

    pub fn len(&self) -> usize {
        self.years.len()
    }

    pub fn is_empty(&self) -> bool {
        self.years.is_empty()
    }

    /// The value of `year`, if the year is in the series and not missing.
    pub fn get(&self, year: Year) -> Option<f64> {
        self.years
            .binary_search(&year)
            .ok()
            .and_then(|i| self.values[i])
    }

    /// Every year with a value, in ascending order.
    pub fn points(&self) -> impl DoubleEndedIterator<Item = (Year, f64)> + '_ {
        self.years
            .iter()
            .zip(&self.values)
            .filter_map(|(&y, v)| v.map(|v| (y, v)))
    }

    /// The first year with a value.
    pub fn first(&self) -> Option<(Year, f64)> {
        self.points().next()
    }

    /// The last year with a value.
    pub fn last(&self) -> Option<(Year, f64)> {
        self.points().next_back()
    }

    /// The same series restricted to `from..=to` (inclusive).
    pub fn between(&self, from: Year, to: Year) -> Series {
        let (years, values) = self
            .years
            .iter()
            .zip(&self.values)
            .filter(|(&y, _)| y >= from && y <= to)
            .map(|(&y, &v)| (y, v))
            .unzip();
        Series { years: Vec::into(years), values }
    }

    /// Applies `f` to every present value; missing values stay missing.
    pub fn map(&self, mut f: impl FnMut(Year, f64) -> Option<f64>) -> Series {
        let values = self
            .years
            .iter()
            .zip(&self.values)
            .map(|(&y, v)| v.and_then(|v| f(y, v)))
            .collect();
        Series { years: Arc::clone(&self.years), values }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_unsorted_or_misaligned() {
        assert!(Series::new(vec![2020, 2019], vec![None, None]).is_none());
        assert!(Series::new(vec![2020, 2020], vec![None, None]).is_none());
        assert!(Series::new(vec![2020], vec![]).is_none());
    }

    #[test]
    fn first_last_skip_missing() {
        let s = Series::new(vec![2015, 2016, 2017, 2018], vec![None, Some(1.0), Some(2.0), None]).unwrap();
        assert_eq!(s.first(), Some((2016, 1.0)));
        assert_eq!(s.last(), Some((2017, 2.0)));
        assert_eq!(s.get(2018), None);
        assert_eq!(s.get(2017), Some(2.0));
        assert_eq!(s.between(2016, 2017).len(), 2);
    }

    #[test]
    fn rows_share_their_years() {
        let years = Series::new(vec![2015, 2016], vec![None, None]).unwrap();
        let row = years.with_values(vec![Some(1.0), None]).unwrap();
        assert_eq!(row, Series::new(vec![2015, 2016], vec![Some(1.0), None]).unwrap());
        assert!(std::ptr::eq(row.years().as_ptr(), years.years().as_ptr()), "shared, not copied");
        assert!(row.has_years(years.years()) && row.has_years(&[2015, 2016]));
        assert!(!row.has_years(&[2015, 2017]) && !row.has_years(&[2015]));
        assert_eq!(years.with_values(vec![Some(1.0)]), None, "one value for two years");
        assert_eq!(format!("{row:?}"), "Series { years: [2015, 2016], values: [Some(1.0), None] }");
    }
}
