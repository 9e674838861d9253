//! The sparkline of an indicator card: a tiny line without axes, gaps never joined, the latest
//! value as a dot, values without neighbours as smaller dots and the target as a ring. It is
//! decorative: the card says the same in words.
//!
//! It is plain SVG geometry, drawn by the page without a chart library: the overview's first
//! view then needs no ECharts at all (issue 9: first-view weight and blocking time). The box is
//! [`WIDTH`] × [`HEIGHT`] user units, stretched to the card's width
//! (`preserveAspectRatio="none"`); lines and dots keep their size in pixels
//! (`vector-effect: non-scaling-stroke`, dots are round caps of zero-length segments).

use en_action_core::Year;

use super::palette;

/// The box, in user units.
pub const WIDTH: f64 = 100.0;
pub const HEIGHT: f64 = 40.0;
/// Room around the line for the dots' radius, in user units.
const PAD_X: f64 = 4.0;
const PAD_Y: f64 = 6.0;

/// Stroke widths in pixels: the line, the latest value's dot, a lone value's dot, the target's
/// ring (outer and inner).
pub const LINE_PX: f64 = 2.0;
pub const LAST_DOT_PX: f64 = 7.0;
pub const LONE_DOT_PX: f64 = 5.0;
pub const TARGET_RING_PX: f64 = 9.0;
pub const TARGET_HOLE_PX: f64 = 4.0;

/// A point of the box, in user units (y downwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    /// A zero-length segment at the point: drawn with a round cap, a dot.
    pub fn dot(self) -> String {
        format!("M{} {}h0", round(self.x), round(self.y))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sparkline {
    /// The line: one `M … L …` run per stretch of consecutive values (empty: nothing to draw).
    pub path: String,
    /// Values without a neighbour (no segment shows them).
    pub lone: Vec<Point>,
    /// The latest known value.
    pub last: Option<Point>,
    /// The target.
    pub target: Option<Point>,
    /// The line's colour (the axis colour); the target's is [`palette::TARGET`].
    pub colour: String,
    pub target_colour: &'static str,
}

/// Two decimals are plenty for a 100-unit box.
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The linear map of `[low, high]` onto `[from, to]`; a single value goes to the middle.
fn scale(low: f64, high: f64, from: f64, to: f64) -> impl Fn(f64) -> f64 {
    move |v| if high > low { from + (v - low) / (high - low) * (to - from) } else { (from + to) / 2.0 }
}

pub fn sparkline(years: &[Year], values: &[Option<f64>], colour: &str, target: Option<(Year, f64)>) -> Sparkline {
    let known: Vec<(usize, Year, f64)> = years.iter().zip(values).enumerate().filter_map(|(i, (&y, v))| v.map(|v| (i, y, v))).collect();
    // Every year of the file, known or not: a missing last year shows as room after the line.
    let xs = years.iter().copied().chain(target.map(|t| t.0));
    let ys = known.iter().map(|&(_, _, v)| v).chain(target.map(|t| t.1));
    let (x_low, x_high) = xs.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    let (y_low, y_high) = ys.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let x = scale(f64::from(x_low), f64::from(x_high), PAD_X, WIDTH - PAD_X);
    // Higher values higher up: the y axis points down.
    let y = scale(y_low, y_high, HEIGHT - PAD_Y, PAD_Y);
    let at = |year: Year, value: f64| Point { x: round(x(f64::from(year))), y: round(y(value)) };

    let mut path = String::new();
    let mut lone = Vec::new();
    for (k, &(i, year, value)) in known.iter().enumerate() {
        let p = at(year, value);
        let joined_before = k > 0 && known[k - 1].0 + 1 == i;
        let joined_after = known.get(k + 1).is_some_and(|next| next.0 == i + 1);
        if joined_before {
            path.push_str(&format!("L{} {}", p.x, p.y));
        } else if joined_after {
            path.push_str(&format!("M{} {}", p.x, p.y));
        } else {
            lone.push(p);
        }
    }
    Sparkline {
        path,
        lone,
        last: known.last().map(|&(_, year, value)| at(year, value)),
        target: target.map(|(year, value)| at(year, value)),
        colour: colour.to_owned(),
        target_colour: palette::TARGET,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_in_the_box_with_its_gaps() {
        let s = sparkline(&[2018, 2019, 2020, 2021, 2022], &[Some(1.0), Some(3.0), None, Some(2.0), Some(5.0)], "#0072B2", None);
        // x: 2018 → 4, 2022 → 96 (23 units a year); y: 1 → 34, 5 → 6 (7 units per 1).
        assert_eq!(s.path, "M4 34L27 20M73 27L96 6");
        assert!(s.lone.is_empty());
        assert_eq!(s.last, Some(Point { x: 96.0, y: 6.0 }));
        assert_eq!(s.target, None);
        assert_eq!(s.colour, "#0072B2");
        assert_eq!(s.target_colour, palette::TARGET);
    }

    #[test]
    fn values_without_neighbours_are_dots() {
        let s = sparkline(&[2018, 2019, 2020, 2021], &[Some(1.0), None, Some(2.0), None], "#333333", None);
        assert_eq!(s.path, "");
        assert_eq!(s.lone, vec![Point { x: 4.0, y: 34.0 }, Point { x: 65.33, y: 6.0 }]);
        assert_eq!(s.last, Some(Point { x: 65.33, y: 6.0 }));
        assert_eq!(s.lone[1].dot(), "M65.33 6h0");
    }

    #[test]
    fn the_target_widens_both_scales() {
        let s = sparkline(&[2020, 2021], &[Some(10.0), Some(20.0)], "#333333", Some((2030, 0.0)));
        // x: 2020 → 4, 2030 → 96; y: 0 → 34, 20 → 6.
        assert_eq!(s.path, "M4 20L13.2 6");
        assert_eq!(s.target, Some(Point { x: 96.0, y: 34.0 }));
        assert_eq!(s.last, Some(Point { x: 13.2, y: 6.0 }));
    }

    #[test]
    fn flat_single_and_empty_series() {
        let flat = sparkline(&[2020, 2021], &[Some(5.0), Some(5.0)], "#333333", None);
        assert_eq!(flat.path, "M4 20L96 20");
        let single = sparkline(&[2020], &[Some(5.0)], "#333333", None);
        assert_eq!(single.lone, vec![Point { x: 50.0, y: 20.0 }]);
        let empty = sparkline(&[], &[], "#333333", None);
        assert_eq!((empty.path.as_str(), empty.lone.len(), empty.last, empty.target), ("", 0, None, None));
        let only_target = sparkline(&[2020, 2021], &[None, None], "#333333", Some((2030, 1.0)));
        assert_eq!(only_target.target, Some(Point { x: 96.0, y: 20.0 }));
        assert_eq!(only_target.last, None);
        // Fewer values than years: the missing ones are not drawn.
        let short = sparkline(&[2020, 2021, 2022], &[Some(1.0), Some(2.0)], "#333333", None);
        assert_eq!(short.path, "M4 34L50 6");
    }

    #[test]
    fn coordinates_are_rounded_to_hundredths() {
        let s = sparkline(&[2020, 2021, 2022], &[Some(0.0), Some(1.0), Some(3.0)], "#333333", None);
        assert_eq!(s.path, "M4 34L50 24.67L96 6");
        assert_eq!(Point { x: 1.0 / 3.0, y: 2.0 / 3.0 }.dot(), "M0.33 0.67h0");
    }
}
