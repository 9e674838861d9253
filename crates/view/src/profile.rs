//! The commune profile: one commune against the territory on an indicator, with its rank.

use en_action_core::aggregate::Aggregate;
use en_action_core::code::CommuneCode;
use en_action_core::indicator::Indicator;
use en_action_core::stats::{compare, rank, Comparison, Order};
use en_action_core::Year;

/// A line of the profile table.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileRow {
    /// The commune's latest year with a value.
    pub year: Option<Year>,
    pub commune: Option<f64>,
    /// The territory's value the same year.
    pub territory: Option<f64>,
    pub comparison: Option<Comparison>,
    /// (rank, out of, tied), rank 1 being the best in the indicator's good direction.
    pub rank: Option<(usize, usize, bool)>,
}

pub fn profile_row(indicator: &Indicator, aggregate: &Aggregate, code: &CommuneCode) -> ProfileRow {
    let series = indicator.commune_series(code);
    let latest = series.as_ref().and_then(|s| s.last());
    let Some((year, value)) = latest else {
        return ProfileRow { year: None, commune: None, territory: aggregate.series.last().map(|(_, v)| v), comparison: None, rank: None };
    };
    let territory = aggregate.series.get(year);
    let entries: Vec<(CommuneCode, f64)> = indicator
        .commune_codes()
        .into_iter()
        .filter_map(|c| Some((c.clone(), indicator.commune_series(c)?.get(year)?)))
        .collect();
    let ranked = rank(&entries, Order::for_direction(indicator.direction));
    let rank = ranked.iter().find(|r| &r.key == code).map(|r| (r.rank, ranked.len(), r.tied));
    ProfileRow {
        year: Some(year),
        commune: Some(value),
        territory,
        comparison: territory.map(|t| compare(value, t, indicator.direction)),
        rank,
    }
}

/// « 1re », « 3e » (rank 1 of a feminine noun: la 1re commune), « 5e ex æquo ».
pub fn ordinal(rank: usize, tied: bool) -> String {
    let base = if rank == 1 { "1re".to_owned() } else { format!("{rank}e") };
    if tied {
        format!("{base} ex æquo")
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_in_french() {
        assert_eq!(ordinal(1, false), "1re");
        assert_eq!(ordinal(3, false), "3e");
        assert_eq!(ordinal(5, true), "5e ex æquo");
    }
}
