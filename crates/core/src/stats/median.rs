//! The median of a set of values: the middle value, or the mean of the two middle values.

/// The median of the finite values of `values`; `None` when there is none.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if finite.is_empty() {
        return None;
    }
    finite.sort_by(f64::total_cmp);
    let middle = finite.len() / 2;
    Some(if finite.len() % 2 == 1 { finite[middle] } else { (finite[middle - 1] + finite[middle]) / 2.0 })
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn middle_value_or_mean_of_the_two_middle_ones() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[f64::NAN]), None);
        assert_eq!(median(&[7.0]), Some(7.0));
        assert_eq!(median(&[9.0, 1.0, 5.0]), Some(5.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 100.0]), Some(3.5));
        assert_eq!(median(&[2.0, f64::INFINITY, 1.0, 3.0]), Some(2.0));
        assert_eq!(median(&[-1.0, -3.0]), Some(-2.0));
    }
}
