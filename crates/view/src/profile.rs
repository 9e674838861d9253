//! The commune profile: one commune against the territory on an indicator, with its rank.
//! Counts are not compared as such (a commune always has fewer jobs than its territory):
//! they are compared per 1,000 inhabitants when that makes sense, otherwise the commune's
//! share of the territory total is given.

use en_action_core::aggregate::Aggregate;
use en_action_core::code::CommuneCode;
use en_action_core::indicator::{Aggregation, Indicator};
use en_action_core::rollup::{population_on, territory_population_on};
use en_action_core::stats::{change, compare, per_inhabitants, rank, Change, Comparison};
use en_action_core::territory::Territory;
use en_action_core::{Series, Year};

use crate::i18n::{self, fill, Lang};

/// What the profile's numbers are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Basis {
    /// The indicator's own values (rates, means, medians).
    Value,
    /// A count per 1,000 inhabitants.
    PerThousand,
    /// A count; `share` is the commune's fraction of the territory total.
    Count { share: Option<f64> },
}

/// A line of the profile table.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileRow {
    pub basis: Basis,
    /// The commune's latest year with a value.
    pub year: Option<Year>,
    pub commune: Option<f64>,
    /// The territory's value the same year.
    pub territory: Option<f64>,
    /// Only when commune and territory are comparable (not for raw counts).
    pub comparison: Option<Comparison>,
    /// (rank, out of, tied), rank 1 being the best in the indicator's good direction
    /// (for raw counts: the largest).
    pub rank: Option<(usize, usize, bool)>,
    /// The commune's own trend: from its first value at or after the project's baseline
    /// year (else its first value) to its latest; `None` with a single value.
    pub change: Option<Change>,
}

pub fn profile_row(indicator: &Indicator, aggregate: &Aggregate, territory: &Territory, code: &CommuneCode) -> ProfileRow {
    let counts = indicator.aggregation == Aggregation::Sum;
    let basis = match (counts, indicator.per_capita) {
        (true, true) => Basis::PerThousand,
        (true, false) => Basis::Count { share: None },
        _ => Basis::Value,
    };
    let per_thousand = basis == Basis::PerThousand;
    let commune_series = |c: &CommuneCode| -> Option<Series> {
        let series = indicator.commune_series(c)?;
        Some(if per_thousand { per_inhabitants(&series, &population_on(territory.commune(c), &indicator.years), 1000.0) } else { series })
    };
    let territory_series =
        if per_thousand { per_inhabitants(&aggregate.series, &territory_population_on(territory, &indicator.years), 1000.0) } else { aggregate.series.clone() };
    let Some((year, value)) = commune_series(code).and_then(|s| s.last()) else {
        return ProfileRow { basis, year: None, commune: None, territory: territory_series.last().map(|(_, v)| v), comparison: None, rank: None, change: None };
    };
    let own = commune_series(code);
    let from = own.as_ref().and_then(|s| crate::finding::baseline(s, territory.baseline_year));
    let change = match (own.as_ref(), from) {
        (Some(s), Some((from, _))) if from < year => change(s, from, year),
        _ => None,
    };
    let territory_value = territory_series.get(year);
    let entries: Vec<(CommuneCode, f64)> =
        indicator.commune_codes().into_iter().filter_map(|c| Some((c.clone(), commune_series(c)?.get(year)?))).collect();
    let ranked = rank(&entries, crate::rank::order(indicator, per_thousand));
    let basis = match basis {
        Basis::Count { .. } => Basis::Count { share: territory_value.filter(|t| *t != 0.0).map(|t| value / t) },
        other => other,
    };
    ProfileRow {
        basis,
        year: Some(year),
        commune: Some(value),
        territory: territory_value,
        comparison: match basis {
            Basis::Count { .. } => None,
            _ => territory_value.map(|t| compare(value, t, indicator.direction)),
        },
        rank: ranked.iter().find(|r| &r.key == code).map(|r| (r.rank, ranked.len(), r.tied)),
        change,
    }
}

/// « 1re », « 3e » (rank 1 of a feminine noun: la 1re commune), « 5e ex æquo »; in English
/// « 1st », « 22nd », « 13th », « joint 5th ».
pub fn ordinal(rank: usize, tied: bool) -> String {
    let text = i18n::t().commune();
    let form = match i18n::lang() {
        Lang::Fr if rank == 1 => text.profile_ordinal_one,
        Lang::Fr => text.profile_ordinal_other,
        Lang::En => match (rank % 10, rank % 100) {
            (_, 11..=13) => text.profile_ordinal_other,
            (1, _) => text.profile_ordinal_one,
            (2, _) => text.profile_ordinal_two,
            (3, _) => text.profile_ordinal_three,
            _ => text.profile_ordinal_other,
        },
    };
    let base = fill(form, &[("n", &rank.to_string())]);
    if tied {
        fill(text.profile_tied, &[("rank", &base)])
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use en_action_core::check::{check_indicator, check_territory};
    use en_action_core::rollup::territory_series;

    fn territory() -> Territory {
        let bytes = include_bytes!("../../../tests/fixtures/territory-mini.json");
        check_territory("territory-mini.json", bytes).unwrap().value
    }

    fn row(rule: &str, per_capita: bool, data: &str) -> ProfileRow {
        row_over(rule, per_capita, "[2021]", data)
    }

    fn row_over(rule: &str, per_capita: bool, years: &str, data: &str) -> ProfileRow {
        let t = territory();
        let text = format!(
            r#"{{"format": 1, "id": "x", "axis": "bouger", "title": "X", "unit": "u", "definition": "d",
                "source": {{"name": "s", "licence": "l", "retrieved": "2024-01-01"}},
                "aggregation": "{rule}", "direction": "up", "per_capita": {per_capita}, "years": {years}, {data}}}"#
        );
        let ind = check_indicator("x.json", text.as_bytes(), &t).unwrap().value;
        let aggregate = territory_series(&ind, &t).unwrap();
        profile_row(&ind, &aggregate, &t, &CommuneCode::parse("62003").unwrap())
    }

    const COUNTS: &str = r#""values": {"62001": [20], "62003": [10], "62019": [40]}"#;

    #[test]
    fn counts_are_compared_per_thousand_inhabitants() {
        let r = row("sum", true, COUNTS);
        assert_eq!(r.basis, Basis::PerThousand);
        // Acheville: 10 / 589 × 1000 = 16,98; territory: 70 / 6441 × 1000 = 10,87.
        assert!((r.commune.unwrap() - 10.0 / 589.0 * 1000.0).abs() < 1e-9);
        assert!((r.territory.unwrap() - 70.0 / 6441.0 * 1000.0).abs() < 1e-9);
        assert_eq!(r.comparison.and_then(|c| c.better), Some(true));
        // Per inhabitant Acheville is first (16,98 > 10,65 > 10,22).
        assert_eq!(r.rank, Some((1, 3, false)));
    }

    #[test]
    fn other_counts_give_a_share_of_the_total_not_a_comparison() {
        let r = row("sum", false, COUNTS);
        assert_eq!(r.basis, Basis::Count { share: Some(10.0 / 70.0) });
        assert_eq!(r.comparison, None);
        assert_eq!(r.rank, Some((3, 3, false)));
    }

    #[test]
    fn rates_are_compared_as_they_are() {
        let r = row("weighted_mean", false, r#""values": {"62001": [20], "62003": [10], "62019": [40]}"#);
        assert_eq!(r.basis, Basis::Value);
        assert_eq!(r.commune, Some(10.0));
        assert_eq!(r.comparison.and_then(|c| c.better), Some(false));
    }

    #[test]
    fn the_commune_own_trend_from_its_first_value() {
        let r = row_over("weighted_mean", false, "[2019, 2020, 2021]", r#""values": {"62001": [1, 2, 3], "62003": [null, 9, 12], "62019": [4, 5, 6]}"#);
        // Acheville's first value is 2020 (9), its latest 2021 (12): +3, +33,3 %.
        let c = r.change.expect("a trend");
        assert_eq!((c.from_year, c.to_year, c.absolute), (2020, 2021, 3.0));
        assert_eq!(row("weighted_mean", false, r#""values": {"62001": [20], "62003": [10], "62019": [40]}"#).change, None, "a single value has no trend");
    }

    #[test]
    fn ordinals_in_french() {
        assert_eq!(ordinal(1, false), "1re");
        assert_eq!(ordinal(3, false), "3e");
        assert_eq!(ordinal(5, true), "5e ex æquo");
        assert_eq!(ordinal(21, false), "21e");
    }

    #[test]
    fn ordinals_in_english() {
        i18n::with_lang(Lang::En, || {
            let ranks: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 36, 101, 111].iter().map(|&r| ordinal(r, false)).collect();
            assert_eq!(ranks, ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "36th", "101st", "111th"]);
            assert_eq!(ordinal(5, true), "joint 5th");
        });
    }
}
