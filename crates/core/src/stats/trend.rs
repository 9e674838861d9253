//! Ordinary least-squares linear trend `value = intercept + slope * year` over present values.

use crate::series::{Series, Year};

/// A fitted line `value = intercept + slope * year` (intercept at year 0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearFit {
    /// Change per year.
    pub slope: f64,
    /// Value of the line at year 0.
    pub intercept: f64,
}

impl LinearFit {
    /// The value of the line at `year`.
    pub fn value_at(&self, year: Year) -> f64 {
        self.intercept + self.slope * f64::from(year)
    }

    /// The (fractional) year at which the line reaches `value`; `None` for a flat line.
    pub fn year_at(&self, value: f64) -> Option<f64> {
        let year = (value - self.intercept) / self.slope;
        (self.slope != 0.0 && year.is_finite()).then_some(year)
    }
}

/// Least-squares fit over the present, finite values of `series`.
/// `None` with fewer than two such points (years are distinct by construction).
pub fn least_squares(series: &Series) -> Option<LinearFit> {
    let points: Vec<(f64, f64)> = series
        .points()
        .filter(|(_, v)| v.is_finite())
        .map(|(y, v)| (f64::from(y), v))
        .collect();
    if points.len() < 2 {
        return None;
    }
    let n = points.len() as f64;
    let mean_x = points.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / n;
    // Centred sums avoid the cancellation of Σx² - n·x̄² with years around 2000.
    let (sxy, sxx) = points.iter().fold((0.0, 0.0), |(sxy, sxx), &(x, y)| {
        let dx = x - mean_x;
        (sxy + dx * (y - mean_y), sxx + dx * dx)
    });
    let slope = sxy / sxx;
    let fit = LinearFit {
        slope,
        intercept: mean_y - slope * mean_x,
    };
    (fit.slope.is_finite() && fit.intercept.is_finite()).then_some(fit)
}

/// The least-squares slope (change per year) of `series`; `None` with fewer than two points.
pub fn slope(series: &Series) -> Option<f64> {
    least_squares(series).map(|f| f.slope)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn approx(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn exact_line() {
        // 2015: 100, 2016: missing, 2017: 120, 2018: 130 -> slope 10, 100 - 10 * 2015 = -20050.
        let s = Series::from_points([
            (2015, Some(100.0)),
            (2016, None),
            (2017, Some(120.0)),
            (2018, Some(130.0)),
        ])
        .unwrap();
        let fit = least_squares(&s).unwrap();
        assert!(approx(fit.slope, 10.0));
        assert!(approx(fit.intercept, -20050.0));
        assert!(approx(fit.value_at(2016), 110.0));
        assert!(approx(fit.year_at(200.0).unwrap(), 2025.0));
    }

    #[test]
    fn noisy_points() {
        // x = 0, 1, 2, 3 (years 2000..2003); y = 1, 3, 2, 6.
        // x̄ = 1.5, ȳ = 3; dx = -1.5, -0.5, 0.5, 1.5; dy = -2, 0, -1, 3.
        // Σdx·dy = 3 + 0 - 0.5 + 4.5 = 7; Σdx² = 2.25 + 0.25 + 0.25 + 2.25 = 5.
        // slope = 7 / 5 = 1.4; value at 2000 = 3 - 1.4 * 1.5 = 0.9.
        let s =
            Series::from_points((0..4).map(|i| (2000 + i, Some([1.0, 3.0, 2.0, 6.0][i as usize]))))
                .unwrap();
        let fit = least_squares(&s).unwrap();
        assert!(approx(fit.slope, 1.4));
        assert!(approx(fit.value_at(2000), 0.9));
        assert!(approx(slope(&s).unwrap(), 1.4));
    }

    #[test]
    fn too_few_points() {
        assert_eq!(least_squares(&Series::default()), None);
        let one = Series::from_points([(2000, Some(1.0)), (2001, None)]).unwrap();
        assert_eq!(slope(&one), None);
        let nan = Series::from_points([(2000, Some(1.0)), (2001, Some(f64::NAN))]).unwrap();
        assert_eq!(slope(&nan), None);
    }

    #[test]
    fn flat_line_never_reaches_another_value() {
        let s = Series::from_points([(2000, Some(5.0)), (2001, Some(5.0))]).unwrap();
        let fit = least_squares(&s).unwrap();
        assert_eq!(fit.slope, 0.0);
        assert_eq!(fit.year_at(6.0), None);
    }

    #[test]
    fn a_line_too_flat_to_reach_a_value_in_any_year_never_does() {
        // Not flat, but 1e300 / 1e-300 overflows: no year, rather than an infinite one.
        let fit = LinearFit { slope: 1e-300, intercept: 0.0 };
        assert_eq!(fit.year_at(1e300), None);
        assert_eq!(fit.year_at(2e-297), Some(2000.0));
        // A finite slope whose line at year 0 overflows: no fit rather than an infinite one.
        let steep = Series::from_points([(2000, Some(0.0)), (2001, Some(1e306))]).unwrap();
        assert_eq!(least_squares(&steep), None);
    }
}
