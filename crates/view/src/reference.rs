//! What the communes of a ranking or a map are compared with. A rate or a mean of the
//! territory is on the communes' scale; a total is not (the territory's count of jobs dwarfs
//! any commune's): counts are compared per 1,000 inhabitants where the file allows it, and
//! otherwise with the median commune, said in words.

use en_action_core::indicator::Aggregation;
use en_action_core::stats::median;

/// The reference line of a ranking: its label and value.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// « CALL », « médiane des communes ».
    pub label: String,
    pub value: f64,
}

/// The reference for communes' `values` of an indicator aggregated by `aggregation`, shown
/// per 1,000 inhabitants or not; `territory` is the territory's (name, value) on the same
/// measure.
pub fn reference(aggregation: Aggregation, per_capita: bool, territory: Option<(String, f64)>, values: &[f64]) -> Option<Reference> {
    if aggregation == Aggregation::Sum && !per_capita {
        return median(values).map(|value| Reference { label: crate::i18n::t().indicator().median_commune.to_owned(), value });
    }
    territory.filter(|(_, v)| v.is_finite()).map(|(label, value)| Reference { label, value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_compared_with_the_median_commune_unless_per_capita() {
        let values = [1200.0, 300.0, 90.0, 40.0];
        let territory = Some(("CALL".to_owned(), 1630.0));
        let median = reference(Aggregation::Sum, false, territory.clone(), &values).expect("median");
        assert_eq!((median.label.as_str(), median.value), ("médiane des communes", 195.0));
        let english = crate::i18n::with_lang(crate::i18n::Lang::En, || reference(Aggregation::Sum, false, territory.clone(), &values));
        assert_eq!(english.map(|r| r.label).as_deref(), Some("median commune"));
        let per_capita = reference(Aggregation::Sum, true, Some(("CALL".to_owned(), 6.7)), &values).expect("territory");
        assert_eq!((per_capita.label.as_str(), per_capita.value), ("CALL", 6.7));
        for rule in [Aggregation::Ratio, Aggregation::WeightedMean, Aggregation::NotAggregable] {
            assert_eq!(reference(rule, false, territory.clone(), &values).map(|r| r.value), Some(1630.0), "{rule:?}");
        }
        assert_eq!(reference(Aggregation::Sum, false, territory, &[]), None);
        assert_eq!(reference(Aggregation::Ratio, false, Some(("CALL".into(), f64::NAN)), &values), None);
    }
}
