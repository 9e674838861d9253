//! One meaning of rank everywhere (the ranking view, its table, the commune profile): rank 1
//! is the most favourable situation in the indicator's good direction; for a raw count,
//! which depends on the commune's size, rank 1 is the largest. The meaning is said beside
//! every rank.

use en_action_core::direction::Direction;
use en_action_core::indicator::{Aggregation, Indicator};
use en_action_core::stats::Order;

/// Whether values of `indicator` are raw counts (a count not per 1,000 inhabitants).
pub fn raw_counts(indicator: &Indicator, per_capita: bool) -> bool {
    indicator.aggregation == Aggregation::Sum && !per_capita
}

/// The order of the ranks.
pub fn order(indicator: &Indicator, per_capita: bool) -> Order {
    if raw_counts(indicator, per_capita) {
        Order::HighestFirst
    } else {
        Order::for_direction(indicator.direction)
    }
}

/// « Rang 1 : la situation la plus favorable (la valeur la plus basse). »
pub fn meaning(indicator: &Indicator, per_capita: bool) -> &'static str {
    let text = crate::i18n::t().indicator();
    if raw_counts(indicator, per_capita) {
        return text.rank_one_largest;
    }
    match indicator.direction {
        Direction::Up => text.rank_one_highest,
        Direction::Down => text.rank_one_lowest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use en_action_core::check::{check_indicator, check_territory};

    fn read(path: &str) -> Vec<u8> {
        std::fs::read(format!("{}/../../indicators/{path}", env!("CARGO_MANIFEST_DIR"))).expect("file")
    }

    fn indicator(path: &str) -> Indicator {
        let territory = check_territory("territory.json", &read("territory.json")).expect("valid").value;
        check_indicator(path, &read(path), &territory).expect("valid").value
    }

    #[test]
    fn rank_one_is_the_most_favourable_or_the_largest_total() {
        let vacancy = indicator("habiter/vacance.json");
        assert_eq!(order(&vacancy, false), Order::LowestFirst);
        assert_eq!(meaning(&vacancy, false), "Rang 1 : la situation la plus favorable (la valeur la plus basse).");
        let jobs = indicator("travailler/emplois.json");
        assert_eq!(order(&jobs, true), Order::HighestFirst);
        assert_eq!(meaning(&jobs, true), "Rang 1 : la situation la plus favorable (la valeur la plus élevée).");
        assert!(raw_counts(&jobs, false) && !raw_counts(&jobs, true) && !raw_counts(&vacancy, false));
        assert_eq!(order(&jobs, false), Order::HighestFirst);
        assert!(meaning(&jobs, false).starts_with("Rang 1 : le plus grand nombre"));
        crate::i18n::with_lang(crate::i18n::Lang::En, || {
            assert_eq!(meaning(&vacancy, false), "Rank 1: the most favourable situation (the lowest value).");
            assert!(meaning(&jobs, false).starts_with("Rank 1: the largest number"));
        });
    }
}
