//! Index with base 100 at a chosen year.

use crate::series::{Series, Year};

/// `100 * v / v(base_year)` for every present value (missing values stay missing).
///
/// `None` when the base year is absent, missing, zero or not finite. With a negative base
/// the signs flip, so callers should only index quantities that are positive by nature.
pub fn index_base_100(series: &Series, base_year: Year) -> Option<Series> {
    let base = series
        .get(base_year)
        .filter(|b| *b != 0.0 && b.is_finite())?;
    Some(series.map(|_, v| Some(100.0 * v / base)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rebases_on_base_year() {
        let s =
            Series::from_points([(2015, Some(80.0)), (2016, None), (2017, Some(100.0))]).unwrap();
        let idx = index_base_100(&s, 2015).unwrap();
        // 100 * 80 / 80 = 100; 100 * 100 / 80 = 125.
        assert_eq!(idx.values(), &[Some(100.0), None, Some(125.0)]);
        // 100 * 80 / 100 = 80.
        assert_eq!(index_base_100(&s, 2017).unwrap().get(2015), Some(80.0));
    }

    #[test]
    fn missing_or_zero_base() {
        let s = Series::from_points([(2015, Some(0.0)), (2016, None), (2017, Some(2.0))]).unwrap();
        assert_eq!(index_base_100(&s, 2015), None);
        assert_eq!(index_base_100(&s, 2016), None);
        assert_eq!(index_base_100(&s, 1990), None);
        assert_eq!(index_base_100(&Series::default(), 2015), None);
    }
}
