//! A commune against its territory.

use std::cmp::Ordering;

use crate::direction::Direction;

/// How a commune's value compares with the territory's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    pub commune: f64,
    pub territory: f64,
    /// `commune - territory`.
    pub gap: f64,
    /// `commune / territory`; `None` when the territory value is 0 (or the ratio is not finite).
    pub ratio: Option<f64>,
    /// `Some(true)` when the commune does better than the territory given the good
    /// direction, `Some(false)` when worse, `None` when equal (or not comparable, e.g. NaN).
    pub better: Option<bool>,
}

/// Compares `commune` with `territory`; `direction` says which way is good.
pub fn compare(commune: f64, territory: f64, direction: Direction) -> Comparison {
    let gap = commune - territory;
    let ratio = Some(commune / territory).filter(|r| territory != 0.0 && r.is_finite());
    let better = match (direction.sign() * gap).partial_cmp(&0.0) {
        Some(Ordering::Greater) => Some(true),
        Some(Ordering::Less) => Some(false),
        Some(Ordering::Equal) | None => None,
    };
    Comparison {
        commune,
        territory,
        gap,
        ratio,
        better,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn higher_is_better() {
        // 12 vs 8: gap 4, ratio 1.5, better when Up.
        let c = compare(12.0, 8.0, Direction::Up);
        assert_eq!((c.gap, c.ratio, c.better), (4.0, Some(1.5), Some(true)));
        assert_eq!(compare(12.0, 8.0, Direction::Down).better, Some(false));
    }

    #[test]
    fn lower_is_better() {
        // Unemployment 9 % vs territory 12 %: gap -3, ratio 0.75, better when Down.
        let c = compare(9.0, 12.0, Direction::Down);
        assert_eq!((c.gap, c.ratio, c.better), (-3.0, Some(0.75), Some(true)));
    }

    #[test]
    fn equal_zero_and_nan() {
        assert_eq!(compare(5.0, 5.0, Direction::Up).better, None);
        let c = compare(3.0, 0.0, Direction::Up);
        assert_eq!((c.gap, c.ratio, c.better), (3.0, None, Some(true)));
        let c = compare(f64::NAN, 1.0, Direction::Down);
        assert_eq!((c.ratio, c.better), (None, None));
    }
}
