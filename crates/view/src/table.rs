//! The change table of the indicator page: for the territory and each commune, the first and
//! last values of the period, the absolute change, the percent change and the compound annual
//! growth rate; sortable by any column.

use std::cmp::Ordering;

use en_action_core::fold::fold;
use en_action_core::stats::change_over;

use crate::format;
use en_action_core::{Series, Year};

/// One row of the change table.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRow {
    /// INSEE code of the commune; `None` for the territory.
    pub code: Option<String>,
    pub name: String,
    /// First present value within the period.
    pub start: Option<(Year, f64)>,
    /// Last present value within the period (equal to `start` with a single value).
    pub end: Option<(Year, f64)>,
    /// `end - start`; `None` with fewer than two values.
    pub absolute: Option<f64>,
    /// `(end - start) / |start|` as a fraction (0.123 = +12,3 %); `None` with fewer than two
    /// values or when `start` is 0.
    pub percent: Option<f64>,
    /// Compound annual growth rate as a fraction; `None` unless both values are `> 0`.
    pub cagr: Option<f64>,
}

/// The rows of the change table over `from..=to` (inclusive), one per line, in the same
/// order. Lines are (code, `None` for the territory; name; series). Start and end are the
/// first and last present values within the period; with a single value, `start == end`
/// and there is no change; with none, everything is `None`.
pub fn change_rows(
    lines: &[(Option<String>, String, Series)],
    from: Year,
    to: Year,
) -> Vec<ChangeRow> {
    lines
        .iter()
        .map(|(code, name, series)| {
            let period = series.between(from, to);
            let change = change_over(&period);
            ChangeRow {
                code: code.clone(),
                name: name.clone(),
                start: period.first(),
                end: period.last(),
                absolute: change.map(|c| c.absolute),
                percent: change.and_then(|c| c.percent).map(|p| p / 100.0),
                cagr: change.and_then(|c| c.cagr),
            }
        })
        .collect()
}

/// The cells of a change row as text: « – » where a value is missing, « non calculable »
/// with its reason where a computation has no finite result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeCells {
    pub start: String,
    pub end: String,
    pub absolute: String,
    pub percent: String,
    pub cagr: String,
}

/// Formats `row` over the period `from..=to`: a start or end value from another year than the
/// period's bound carries its year; changes of a percentage are in points.
pub fn change_cells(row: &ChangeRow, (from, to): (Year, Year), decimals: u8, unit: &str) -> ChangeCells {
    let point = |p: Option<(Year, f64)>| match p {
        Some((y, v)) if y == from || y == to => format::number(v, decimals),
        Some((y, v)) => format!("{} ({y})", format::number(v, decimals)),
        None => MISSING.to_owned(),
    };
    let two_values = row.absolute.is_some();
    let start = row.start.map_or(0.0, |(_, v)| v);
    let end = row.end.map_or(0.0, |(_, v)| v);
    let fraction = |value: Option<f64>, why: &str| match value {
        Some(v) if v.is_finite() => format::percent_change(v),
        _ if two_values => format!("{} ({why})", format::not_computable()),
        _ => MISSING.to_owned(),
    };
    let text = crate::i18n::t().indicator();
    let cagr_reason = if start <= 0.0 || end <= 0.0 { text.zero_or_negative } else { text.overflow };
    ChangeCells {
        start: point(row.start),
        end: point(row.end),
        absolute: match row.absolute {
            Some(a) if unit == "%" => format!("{}{}{}", format::signed(a, decimals), format::NBSP, text.points_short),
            Some(a) => format::signed(a, decimals),
            None => MISSING.to_owned(),
        },
        percent: fraction(row.percent, if start == 0.0 { text.zero_start } else { text.overflow }),
        cagr: fraction(row.cagr, cagr_reason),
    }
}

/// A missing value in a table cell.
const MISSING: &str = "–";

/// The column a change table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortKey {
    #[default]
    Name,
    Start,
    End,
    Absolute,
    Percent,
    Cagr,
}

impl SortKey {
    /// The value of `row` for this key (`None` for [`SortKey::Name`] or a missing value).
    fn value(self, row: &ChangeRow) -> Option<f64> {
        let value = match self {
            SortKey::Name => None,
            SortKey::Start => row.start.map(|(_, v)| v),
            SortKey::End => row.end.map(|(_, v)| v),
            SortKey::Absolute => row.absolute,
            SortKey::Percent => row.percent,
            SortKey::Cagr => row.cagr,
        };
        value.filter(|v| !v.is_nan())
    }
}

/// Compares names as a French reader expects: accents and case ignored first
/// (« Éleu » between « Drocourt » and « Estevelles »), then exactly, so the order is total.
pub fn compare_names(a: &str, b: &str) -> Ordering {
    fold(a).cmp(&fold(b)).then_with(|| a.cmp(b))
}

/// Sorts the change table by `key`:
///
/// - the territory rows (`code == None`) always stay first, in their order;
/// - rows without a value for `key` always come last, whatever the direction, by name;
/// - ties are broken by name (ascending), then by code, so the order does not depend on the
///   previous one;
/// - names are compared with [`compare_names`].
pub fn sort_rows(rows: &mut [ChangeRow], key: SortKey, ascending: bool) {
    let by_name = |a: &ChangeRow, b: &ChangeRow| {
        compare_names(&a.name, &b.name).then_with(|| a.code.cmp(&b.code))
    };
    rows.sort_by(|a, b| {
        let territory = b.code.is_none().cmp(&a.code.is_none());
        if territory != Ordering::Equal || a.code.is_none() {
            return territory;
        }
        let directed = |o: Ordering| if ascending { o } else { o.reverse() };
        if key == SortKey::Name {
            return directed(by_name(a, b));
        }
        match (key.value(a), key.value(b)) {
            (Some(x), Some(y)) => directed(x.total_cmp(&y)).then_with(|| by_name(a, b)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => by_name(a, b),
        }
    });
}


#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn s(points: &[(Year, Option<f64>)]) -> Series {
        Series::from_points(points.iter().copied()).unwrap()
    }

    fn approx(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-12)
    }


    fn lines() -> Vec<(Option<String>, String, Series)> {
        vec![
            (
                None,
                "CALL".into(),
                s(&[
                    (2014, Some(1.0)),
                    (2015, Some(20.0)),
                    (2020, Some(25.0)),
                    (2023, Some(30.0)),
                ]),
            ),
            (
                Some("62498".into()),
                "Lens".into(),
                s(&[
                    (2015, None),
                    (2016, Some(10.0)),
                    (2020, Some(12.1)),
                    (2023, None),
                ]),
            ),
            (
                Some("62510".into()),
                "Liévin".into(),
                s(&[(2015, Some(0.0)), (2020, Some(5.0))]),
            ),
            (
                Some("62001".into()),
                "Ablain".into(),
                s(&[(2015, None), (2020, Some(7.0))]),
            ),
            (
                Some("62002".into()),
                "Éleu".into(),
                s(&[(2015, None), (2020, None)]),
            ),
        ]
    }

    #[test]
    fn rows_use_first_and_last_values_of_the_period() {
        let rows = change_rows(&lines(), 2015, 2020);
        // CALL: 20 (2015) -> 25 (2020): +5, +25 %, cagr 1.25^(1/5) - 1.
        assert_eq!(rows[0].code, None);
        assert_eq!(
            (rows[0].start, rows[0].end),
            (Some((2015, 20.0)), Some((2020, 25.0)))
        );
        assert_eq!(rows[0].absolute, Some(5.0));
        assert!(approx(rows[0].percent, 0.25));
        assert!(approx(rows[0].cagr, 1.25f64.powf(0.2) - 1.0));
        // Lens: 2015 missing, so 10 (2016) -> 12.1 (2020): +2.1, +21 %, cagr 1.21^(1/4) - 1 = 0.1^(…).
        assert_eq!(rows[1].start, Some((2016, 10.0)));
        assert!(approx(rows[1].absolute, 2.1));
        assert!(approx(rows[1].percent, 0.21));
        assert!(approx(rows[1].cagr, 1.21f64.powf(0.25) - 1.0));
        // Liévin: from 0, no percent, no cagr.
        assert_eq!(
            (rows[2].absolute, rows[2].percent, rows[2].cagr),
            (Some(5.0), None, None)
        );
        // Ablain: one value, start = end, no change.
        assert_eq!(rows[3].start, Some((2020, 7.0)));
        assert_eq!(rows[3].end, Some((2020, 7.0)));
        assert_eq!(
            (rows[3].absolute, rows[3].percent, rows[3].cagr),
            (None, None, None)
        );
        // Éleu: nothing.
        assert_eq!(
            (rows[4].start, rows[4].end, rows[4].absolute),
            (None, None, None)
        );
        // An empty or reversed period.
        assert!(change_rows(&lines(), 2021, 2015)
            .iter()
            .all(|r| r.start.is_none()));
    }

    fn names(rows: &[ChangeRow]) -> Vec<&str> {
        rows.iter().map(|r| r.name.as_str()).collect()
    }

    #[test]
    fn sorts_with_territory_first_and_missing_last() {
        let mut rows = change_rows(&lines(), 2015, 2020);
        sort_rows(&mut rows, SortKey::Name, true);
        assert_eq!(names(&rows), ["CALL", "Ablain", "Éleu", "Lens", "Liévin"]);
        sort_rows(&mut rows, SortKey::Name, false);
        assert_eq!(names(&rows), ["CALL", "Liévin", "Lens", "Éleu", "Ablain"]);
        // End values: Lens 12.1, Liévin 5, Ablain 7, Éleu none.
        sort_rows(&mut rows, SortKey::End, true);
        assert_eq!(names(&rows), ["CALL", "Liévin", "Ablain", "Lens", "Éleu"]);
        sort_rows(&mut rows, SortKey::End, false);
        assert_eq!(names(&rows), ["CALL", "Lens", "Ablain", "Liévin", "Éleu"]);
        // Percent: only Lens; the others last by name.
        sort_rows(&mut rows, SortKey::Percent, false);
        assert_eq!(names(&rows), ["CALL", "Lens", "Ablain", "Éleu", "Liévin"]);
        sort_rows(&mut rows, SortKey::Percent, true);
        assert_eq!(names(&rows), ["CALL", "Lens", "Ablain", "Éleu", "Liévin"]);
        // Absolute: Liévin +5, Lens +2.1.
        sort_rows(&mut rows, SortKey::Absolute, true);
        assert_eq!(names(&rows), ["CALL", "Lens", "Liévin", "Ablain", "Éleu"]);
        sort_rows(&mut rows, SortKey::Cagr, true);
        assert_eq!(names(&rows), ["CALL", "Lens", "Ablain", "Éleu", "Liévin"]);
        // Start: Liévin 0, Ablain 7, Lens 10.
        sort_rows(&mut rows, SortKey::Start, true);
        assert_eq!(names(&rows), ["CALL", "Liévin", "Ablain", "Lens", "Éleu"]);
    }

    #[test]
    fn territory_stays_first_even_when_not_given_first() {
        let mut rows = change_rows(&lines(), 2015, 2020);
        rows.rotate_left(2);
        sort_rows(&mut rows, SortKey::End, false);
        assert_eq!(rows[0].code, None);
        // Ties on the value are broken by name.
        let tied = vec![
            (Some("62002".into()), "b".into(), s(&[(2020, Some(1.0))])),
            (Some("62001".into()), "A".into(), s(&[(2020, Some(1.0))])),
        ];
        let mut rows = change_rows(&tied, 2020, 2020);
        sort_rows(&mut rows, SortKey::End, false);
        assert_eq!(names(&rows), ["A", "b"]);
        assert_eq!(compare_names("école", "Ecole"), Ordering::Greater);
        assert_eq!(compare_names("Éleu", "Estevelles"), Ordering::Less);
    }

    proptest! {
        #[test]
        fn sorting_keeps_rows_and_invariants(
            values in prop::collection::vec((prop::option::of(-1e6..1e6f64), prop::option::of(-1e6..1e6f64), "[a-zA-Zéè]{0,6}"), 0..10),
            key in prop::sample::select(vec![SortKey::Name, SortKey::Start, SortKey::End, SortKey::Absolute, SortKey::Percent, SortKey::Cagr]),
            ascending in any::<bool>(),
            with_territory in any::<bool>(),
        ) {
            let mut lines: Vec<(Option<String>, String, Series)> = values
                .iter()
                .enumerate()
                .map(|(i, (a, b, name))| (Some(format!("62{i:03}")), name.clone(), s(&[(2015, *a), (2020, *b)])))
                .collect();
            if with_territory {
                lines.push((None, "CALL".into(), s(&[(2015, Some(1.0)), (2020, Some(2.0))])));
            }
            let mut rows = change_rows(&lines, 2015, 2020);
            sort_rows(&mut rows, key, ascending);
            prop_assert_eq!(rows.len(), lines.len());
            prop_assert_eq!(rows.first().is_some_and(|r| r.code.is_none()), with_territory);
            let present: Vec<bool> = rows.iter().filter(|r| r.code.is_some()).map(|r| key == SortKey::Name || key.value(r).is_some()).collect();
            prop_assert!(present.windows(2).all(|w| w[0] || !w[1]), "missing values last");
        }
    }

    #[test]
    fn an_overflowing_rate_says_so() {
        // Positive values whose rate does not fit a float: « dépassement », not « nulle ».
        let row = ChangeRow {
            code: None,
            name: "CALL".into(),
            start: Some((2015, 1.0)),
            end: Some((2020, 2.0)),
            absolute: Some(1.0),
            percent: Some(f64::INFINITY),
            cagr: Some(f64::NAN),
        };
        let cells = change_cells(&row, (2015, 2020), 1, "");
        assert_eq!(cells.percent, "non calculable (dépassement)");
        assert_eq!(cells.cagr, "non calculable (dépassement)");
    }

    #[test]
    fn cells_say_why_a_change_cannot_be_computed() {
        let row = |start: f64, end: f64| {
            let lines = vec![(None, "CALL".to_owned(), s(&[(2015, Some(start)), (2020, Some(end))]))];
            change_rows(&lines, 2015, 2020).remove(0)
        };
        let cells = change_cells(&row(0.0, 12.0), (2015, 2020), 0, "logements");
        assert_eq!(cells.start, "0");
        assert_eq!(cells.absolute, "+12");
        assert_eq!(cells.percent, "non calculable (valeur de départ nulle)");
        assert_eq!(cells.cagr, "non calculable (valeur nulle ou négative)");
        let cells = change_cells(&row(20.0, 25.0), (2015, 2020), 1, "%");
        assert_eq!(cells.absolute, "+5,0\u{a0}pt");
        assert_eq!(cells.percent, "+25,0\u{a0}%");
        assert_eq!(cells.cagr, "+4,6\u{a0}%");
        let lines = vec![(None, "CALL".to_owned(), s(&[(2017, Some(3.0)), (2020, None)]))];
        let one = change_rows(&lines, 2015, 2020).remove(0);
        let cells = change_cells(&one, (2015, 2020), 0, "");
        assert_eq!((cells.start.as_str(), cells.percent.as_str(), cells.cagr.as_str()), ("3 (2017)", "–", "–"));
        crate::i18n::with_lang(crate::i18n::Lang::En, || {
            let cells = change_cells(&row(0.0, 12.0), (2015, 2020), 0, "dwellings");
            assert_eq!(cells.percent, "not computable (starting value of zero)");
            assert_eq!(cells.cagr, "not computable (zero or negative value)");
            let cells = change_cells(&row(20.0, 25.0), (2015, 2020), 1, "%");
            assert_eq!((cells.absolute.as_str(), cells.percent.as_str()), ("+5.0\u{a0}pp", "+25.0%"));
        });
    }
}
