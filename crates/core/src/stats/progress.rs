//! Progress toward a target, in the manner of Open SDG's progress measure (Statistics Canada
//! method, inspired by Eurostat).
//!
//! # Method
//!
//! Only present, finite values at or after the baseline year are used. The *baseline* is the
//! first of them (the baseline year itself when observed), the *latest* is the last one.
//! `d` is the good direction (+1 up, -1 down); a value *meets* the target when
//! `d * (value - target) >= 0`. The status is decided in this order:
//!
//! 1. **Achieved** when the latest value meets the target (one observation is enough).
//! 2. **NotEnoughData** with fewer than two points from the baseline on, or when no rate can
//!    be computed (non-finite target, degenerate values).
//! 3. **Deterioration** when the baseline already met the target but the latest value no
//!    longer does (Open SDG's "edge case where the base value achieves the target"); `ratio`
//!    is `None` since no growth is required.
//! 4. Otherwise the observed and required annual growth rates are compared,
//!    `ratio = CR_a / CR_r`, with the compound rates of Open SDG
//!    `CR_a = (latest / baseline)^(1 / (t_latest - t_base)) - 1` and
//!    `CR_r = (target / baseline)^(1 / (t_target - t_base)) - 1`, valid when the baseline,
//!    latest and target values are all `> 0`. Otherwise (a value `<= 0`) linear rates are
//!    used instead: `((latest - baseline) / (t_latest - t_base)) /
//!    ((target - baseline) / (t_target - t_base))`. The ratio is signed so that moving in the
//!    good direction gives a positive ratio whatever the direction.
//!    - `ratio >= 0.95` **Substantial**, `0.5 <= ratio < 0.95` **Moderate**,
//!      `0 <= ratio < 0.5` **Limited**, `ratio < 0` **Deterioration**.
//! 5. **Deadline reached or passed** (target year `<=` latest year) without the target met:
//!    the target is missed, so no pace can be "on track". The status is **Deterioration**
//!    when the latest value is worse than the baseline, **Limited** otherwise (some or no
//!    movement in the good direction, but not enough). `ratio` is still reported when the
//!    target year is after the baseline year, for information.
//!
//! Note: the thresholds are Open SDG's historical defaults (0.95 / 0.5); the current
//! Statistics Canada documentation uses 0.6 for the moderate threshold.
//!
//! `projected_year` is the year at which the least-squares linear trend
//! ([`least_squares`], fitted on the points from the baseline on) reaches the target value,
//! rounded up to a whole year, when its slope goes in the good direction; `None` otherwise,
//! and `None` once the target is achieved. Being a trend, it can fall at or before the latest
//! year when the line has crossed the target but the latest observation has not.

use crate::direction::Direction;
use crate::series::{Series, Year};
use crate::stats::trend::least_squares;

/// Minimum ratio of observed to required growth for [`ProgressStatus::Substantial`].
pub const SUBSTANTIAL_RATIO: f64 = 0.95;
/// Minimum ratio of observed to required growth for [`ProgressStatus::Moderate`].
pub const MODERATE_RATIO: f64 = 0.5;

/// A quantitative target: reach `value` by `year`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Target {
    pub year: Year,
    pub value: f64,
}

/// Progress category (see module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProgressStatus {
    Achieved,
    Substantial,
    Moderate,
    Limited,
    Deterioration,
    NotEnoughData,
}

impl ProgressStatus {
    /// The French label shown in the dashboard.
    pub fn label_fr(&self) -> &'static str {
        match self {
            ProgressStatus::Achieved => "Objectif atteint",
            ProgressStatus::Substantial => "Progrès important",
            ProgressStatus::Moderate => "Progrès modéré",
            ProgressStatus::Limited => "Progrès limité",
            ProgressStatus::Deterioration => "Dégradation",
            ProgressStatus::NotEnoughData => "Données insuffisantes",
        }
    }

    /// The category of a ratio of observed to required growth; NaN gives `NotEnoughData`.
    pub fn from_ratio(ratio: f64) -> Self {
        if ratio >= SUBSTANTIAL_RATIO {
            ProgressStatus::Substantial
        } else if ratio >= MODERATE_RATIO {
            ProgressStatus::Moderate
        } else if ratio >= 0.0 {
            ProgressStatus::Limited
        } else if ratio < 0.0 {
            ProgressStatus::Deterioration
        } else {
            ProgressStatus::NotEnoughData
        }
    }
}

/// The progress of a series toward a target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// First present value at or after the requested baseline year.
    pub baseline: (Year, f64),
    /// Last present value (equal to `baseline` when there is a single point).
    pub latest: (Year, f64),
    pub target_year: Year,
    pub target_value: f64,
    pub status: ProgressStatus,
    /// Observed / required annual growth, when computable (see module doc).
    pub ratio: Option<f64>,
    /// Year the linear trend reaches the target, if it goes the good way and it is not achieved.
    pub projected_year: Option<Year>,
}

/// Ratio of observed to required annual growth: compound rates when all values are `> 0`,
/// linear rates otherwise. `None` when the target year is not after the baseline year or the
/// ratio is not finite.
fn growth_ratio(baseline: (Year, f64), latest: (Year, f64), target: Target) -> Option<f64> {
    let elapsed = f64::from(latest.0) - f64::from(baseline.0);
    let horizon = f64::from(target.year) - f64::from(baseline.0);
    if elapsed <= 0.0 || horizon <= 0.0 {
        return None;
    }
    let (base, last, goal) = (baseline.1, latest.1, target.value);
    if base > 0.0 && last > 0.0 && goal > 0.0 {
        let observed = (last / base).powf(1.0 / elapsed) - 1.0;
        let required = (goal / base).powf(1.0 / horizon) - 1.0;
        let ratio = observed / required;
        if ratio.is_finite() {
            return Some(ratio);
        }
    }
    let ratio = ((last - base) / elapsed) / ((goal - base) / horizon);
    ratio.is_finite().then_some(ratio)
}

/// Year (rounded up) at which the linear trend from the baseline on reaches `goal`, when the
/// slope goes in the good direction.
fn projected_year(series: &Series, from: Year, goal: f64, direction: Direction) -> Option<Year> {
    let fit = least_squares(&series.between(from, Year::MAX))?;
    if direction.sign() * fit.slope <= 0.0 {
        return None;
    }
    // A tiny tolerance so that rounding noise on an exact year does not push it one year later.
    let year = (fit.year_at(goal)? - 1e-9).ceil();
    (f64::from(Year::MIN)..=f64::from(Year::MAX))
        .contains(&year)
        .then_some(year as Year)
}

/// Progress of `series` from `baseline_year` toward `target` (see module doc for the method).
///
/// `None` when the series has no present, finite value at or after `baseline_year`.
pub fn progress(
    series: &Series,
    baseline_year: Year,
    target: Target,
    direction: Direction,
) -> Option<Progress> {
    let mut points = series
        .points()
        .filter(|&(y, v)| y >= baseline_year && v.is_finite());
    let baseline = points.next()?;
    let latest = points.next_back().unwrap_or(baseline);
    let enough = latest.0 > baseline.0;
    let meets = |v: f64| direction.sign() * (v - target.value) >= 0.0;
    let achieved = meets(latest.1);
    let baseline_met = meets(baseline.1);

    let ratio = if enough && !baseline_met {
        growth_ratio(baseline, latest, target)
    } else {
        None
    };
    let status = if achieved {
        ProgressStatus::Achieved
    } else if !enough || !target.value.is_finite() {
        ProgressStatus::NotEnoughData
    } else if baseline_met {
        ProgressStatus::Deterioration
    } else if target.year <= latest.0 {
        if direction.sign() * (latest.1 - baseline.1) < 0.0 {
            ProgressStatus::Deterioration
        } else {
            ProgressStatus::Limited
        }
    } else {
        ratio.map_or(ProgressStatus::NotEnoughData, ProgressStatus::from_ratio)
    };
    let projected_year = if achieved {
        None
    } else {
        projected_year(series, baseline.0, target.value, direction)
    };
    Some(Progress {
        baseline,
        latest,
        target_year: target.year,
        target_value: target.value,
        status,
        ratio,
        projected_year,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ProgressStatus::*;

    fn s(points: &[(Year, f64)]) -> Series {
        Series::from_points(points.iter().map(|&(y, v)| (y, Some(v)))).unwrap()
    }

    fn run(points: &[(Year, f64)], target: (Year, f64), direction: Direction) -> Progress {
        let t = Target {
            year: target.0,
            value: target.1,
        };
        progress(&s(points), 2015, t, direction).unwrap()
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    // Up: baseline 2015 = 100, target 144 in 2017.
    // Required CR_r = (144/100)^(1/2) - 1 = 1.2 - 1 = 0.2. Latest in 2016: CR_a = latest/100 - 1.
    const UP_TARGET: (Year, f64) = (2017, 144.0);

    #[test]
    fn up_achieved() {
        // 150 >= 144. (CR_a = 0.5, ratio 0.5 / 0.2 = 2.5, still reported.)
        let p = run(&[(2015, 100.0), (2016, 150.0)], UP_TARGET, Direction::Up);
        assert_eq!(p.status, Achieved);
        assert!(close(p.ratio, 2.5));
        assert_eq!(p.projected_year, None);
    }

    #[test]
    fn up_substantial() {
        // 120: CR_a = 0.2, ratio 0.2 / 0.2 = 1.0 >= 0.95.
        // Trend: slope 20, reaches 144 at 2015 + 44/20 = 2017.2 -> 2018.
        let p = run(&[(2015, 100.0), (2016, 120.0)], UP_TARGET, Direction::Up);
        assert_eq!(p.status, Substantial);
        assert!(close(p.ratio, 1.0));
        assert_eq!(p.projected_year, Some(2018));
        assert_eq!((p.baseline, p.latest), ((2015, 100.0), (2016, 120.0)));
    }

    #[test]
    fn up_moderate() {
        // 114: CR_a = 0.14, ratio 0.14 / 0.2 = 0.7. Trend slope 14: 2015 + 44/14 = 2018.14 -> 2019.
        let p = run(&[(2015, 100.0), (2016, 114.0)], UP_TARGET, Direction::Up);
        assert_eq!(p.status, Moderate);
        assert!(close(p.ratio, 0.7));
        assert_eq!(p.projected_year, Some(2019));
    }

    #[test]
    fn up_limited() {
        // 104: CR_a = 0.04, ratio 0.04 / 0.2 = 0.2. Trend slope 4: 2015 + 44/4 = 2026 exactly.
        let p = run(&[(2015, 100.0), (2016, 104.0)], UP_TARGET, Direction::Up);
        assert_eq!(p.status, Limited);
        assert!(close(p.ratio, 0.2));
        assert_eq!(p.projected_year, Some(2026));
    }

    #[test]
    fn up_deterioration() {
        // 90: CR_a = -0.1, ratio -0.1 / 0.2 = -0.5. Trend goes down -> no projection.
        let p = run(&[(2015, 100.0), (2016, 90.0)], UP_TARGET, Direction::Up);
        assert_eq!(p.status, Deterioration);
        assert!(close(p.ratio, -0.5));
        assert_eq!(p.projected_year, None);
    }

    #[test]
    fn up_multi_year_with_gap() {
        // 2015: 100, 2016 missing, 2017: 121; target 146.41 in 2019.
        // CR_a = (1.21)^(1/2) - 1 = 0.1; CR_r = (1.4641)^(1/4) - 1 = 0.1; ratio 1.
        let series = Series::from_points([(2015, Some(100.0)), (2016, None), (2017, Some(121.0))]);
        let t = Target {
            year: 2019,
            value: 146.41,
        };
        let p = progress(&series.unwrap(), 2015, t, Direction::Up).unwrap();
        assert_eq!(p.status, Substantial);
        assert!(close(p.ratio, 1.0));
    }

    // Down: baseline 2015 = 100, target 64 in 2017.
    // Required CR_r = (64/100)^(1/2) - 1 = 0.8 - 1 = -0.2.
    const DOWN_TARGET: (Year, f64) = (2017, 64.0);

    #[test]
    fn down_statuses() {
        // (latest 2016, status, ratio = (latest/100 - 1) / -0.2, projected year)
        // 60 <= 64: achieved.
        // 80: -0.2 / -0.2 = 1.0; slope -20: 2015 + 36/20 = 2016.8 -> 2017.
        // 88: -0.12 / -0.2 = 0.6; slope -12: 2015 + 36/12 = 2018.
        // 98: -0.02 / -0.2 = 0.1; slope -2: 2015 + 36/2 = 2033.
        // 110: 0.1 / -0.2 = -0.5; slope up -> none.
        let cases = [
            (60.0, Achieved, Some(2.0), None),
            (80.0, Substantial, Some(1.0), Some(2017)),
            (88.0, Moderate, Some(0.6), Some(2018)),
            (98.0, Limited, Some(0.1), Some(2033)),
            (110.0, Deterioration, Some(-0.5), None),
        ];
        for (latest, status, ratio, projected) in cases {
            let p = run(
                &[(2015, 100.0), (2016, latest)],
                DOWN_TARGET,
                Direction::Down,
            );
            assert_eq!(p.status, status, "latest {latest}");
            assert!(
                close(p.ratio, ratio.unwrap()),
                "latest {latest}: {:?}",
                p.ratio
            );
            assert_eq!(p.projected_year, projected, "latest {latest}");
        }
    }

    #[test]
    fn linear_fallback_when_a_value_is_zero_or_negative() {
        // Up from 0: observed (3 - 0) / 2 = 1.5 a year; required (10 - 0) / 5 = 2; ratio 0.75.
        // Trend: 0 + 1.5 (y - 2015) = 10 at 2021.67 -> 2022.
        let p = run(&[(2015, 0.0), (2017, 3.0)], (2020, 10.0), Direction::Up);
        assert_eq!(p.status, Moderate);
        assert!(close(p.ratio, 0.75));
        assert_eq!(p.projected_year, Some(2022));
        // Down with negatives: observed (-3 - -2) / 1 = -1; required (-8 - -2) / 3 = -2;
        // ratio 0.5 (boundary -> Moderate). Trend -2 - (y - 2015) = -8 at 2021.
        let p = run(&[(2015, -2.0), (2016, -3.0)], (2018, -8.0), Direction::Down);
        assert_eq!(p.status, Moderate);
        assert!(close(p.ratio, 0.5));
        assert_eq!(p.projected_year, Some(2021));
    }

    #[test]
    fn not_enough_data() {
        let p = run(&[(2015, 100.0)], UP_TARGET, Direction::Up);
        assert_eq!(
            (p.status, p.ratio, p.projected_year),
            (NotEnoughData, None, None)
        );
        assert_eq!(p.baseline, p.latest);
        // A single point that already meets the target is enough to say "achieved".
        assert_eq!(
            run(&[(2015, 150.0)], UP_TARGET, Direction::Up).status,
            Achieved
        );
        // Nothing at or after the baseline year.
        let t = Target {
            year: 2030,
            value: 1.0,
        };
        assert_eq!(progress(&s(&[(2010, 5.0)]), 2015, t, Direction::Up), None);
        assert_eq!(progress(&Series::default(), 2015, t, Direction::Up), None);
        // Non-finite target.
        let p = run(&[(2015, 1.0), (2016, 2.0)], (2030, f64::NAN), Direction::Up);
        assert_eq!(p.status, NotEnoughData);
    }

    #[test]
    fn baseline_is_first_value_at_or_after_baseline_year() {
        let series = s(&[(2013, 50.0), (2016, 100.0), (2017, 120.0)]);
        let t = Target {
            year: 2018,
            value: 144.0,
        };
        let p = progress(&series, 2015, t, Direction::Up).unwrap();
        // Baseline 2016 = 100; CR_a = 0.2; CR_r = (1.44)^(1/2) - 1 = 0.2 -> ratio 1.
        assert_eq!(p.baseline, (2016, 100.0));
        assert!(close(p.ratio, 1.0));
    }

    #[test]
    fn baseline_already_met_then_lost() {
        // Up, target 90 in 2020: baseline 100 met it, latest 85 no longer does.
        let p = run(&[(2015, 100.0), (2016, 85.0)], (2020, 90.0), Direction::Up);
        assert_eq!(
            (p.status, p.ratio, p.projected_year),
            (Deterioration, None, None)
        );
        // Down, target 50: baseline 40 met it, latest 55 no longer does.
        let p = run(&[(2015, 40.0), (2016, 55.0)], (2020, 50.0), Direction::Down);
        assert_eq!(p.status, Deterioration);
    }

    #[test]
    fn deadline_passed_without_target() {
        // Up, target 150 in 2019, latest 2020 = 110: missed but improved -> Limited.
        // ratio = (1.1^(1/5) - 1) / (1.5^(1/4) - 1) = 0.0192449 / 0.1066819 = 0.1803949.
        let p = run(
            &[(2015, 100.0), (2020, 110.0)],
            (2019, 150.0),
            Direction::Up,
        );
        assert_eq!(p.status, Limited);
        assert!(p.ratio.is_some_and(|r| (r - 0.180_394_921).abs() < 1e-8));
        // Worse than the baseline -> Deterioration.
        let p = run(&[(2015, 100.0), (2020, 95.0)], (2019, 150.0), Direction::Up);
        assert_eq!(p.status, Deterioration);
        // Target year at the latest year, Down, improved but not enough -> Limited.
        let p = run(
            &[(2015, 100.0), (2020, 90.0)],
            (2020, 50.0),
            Direction::Down,
        );
        assert_eq!(p.status, Limited);
        // Target year before the baseline: no ratio.
        let p = run(
            &[(2015, 100.0), (2020, 110.0)],
            (2010, 150.0),
            Direction::Up,
        );
        assert_eq!((p.status, p.ratio), (Limited, None));
    }

    #[test]
    fn thresholds_and_labels() {
        assert_eq!(ProgressStatus::from_ratio(0.95), Substantial);
        assert_eq!(ProgressStatus::from_ratio(0.949), Moderate);
        assert_eq!(ProgressStatus::from_ratio(0.5), Moderate);
        assert_eq!(ProgressStatus::from_ratio(0.0), Limited);
        assert_eq!(ProgressStatus::from_ratio(-0.01), Deterioration);
        assert_eq!(ProgressStatus::from_ratio(f64::NAN), NotEnoughData);
        assert_eq!(Achieved.label_fr(), "Objectif atteint");
        assert_eq!(NotEnoughData.label_fr(), "Données insuffisantes");
        assert_eq!(Deterioration.label_fr(), "Dégradation");
    }

    proptest! {
        #[test]
        fn never_panics(
            values in prop::collection::vec(prop::option::of(-1e3..1e3f64), 0..8),
            target_year in 2000..2040i32,
            target_value in -1e3..1e3f64,
            baseline_year in 2000..2020i32,
            up in any::<bool>(),
        ) {
            let series = Series::from_points(
                values.iter().enumerate().map(|(i, &v)| (2010 + i as i32, v)),
            ).unwrap();
            let direction = if up { Direction::Up } else { Direction::Down };
            let t = Target { year: target_year, value: target_value };
            if let Some(p) = progress(&series, baseline_year, t, direction) {
                prop_assert!(p.baseline.0 <= p.latest.0);
                prop_assert!(p.ratio.is_none_or(f64::is_finite));
            }
        }
    }
}
