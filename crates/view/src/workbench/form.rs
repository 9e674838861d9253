//! The short form that gives a new indicator's metadata when a CSV has no published file to
//! take them from: what a staff member knows about the figures, nothing more.

use en_action_core::indicator::{Aggregation, IndicatorFile};
use en_action_core::source::Source;
use en_action_core::Direction;

/// The fields of the form, as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShortForm {
    pub id: String,
    pub axis: String,
    pub title: String,
    pub unit: String,
    pub decimals: u8,
    pub definition: String,
    /// `sum`, `ratio`, `weighted_mean` or `not_aggregable`.
    pub aggregation: String,
    /// A higher value is better.
    pub higher_is_better: bool,
    pub source: String,
    pub licence: String,
    /// AAAA-MM-JJ.
    pub retrieved: String,
}

impl ShortForm {
    /// The template indicator file (no data yet): a ratio is a percentage (scale 100), a count
    /// may be shown per 1,000 inhabitants. Mistakes (an id that is not a file name, an unknown
    /// axis, a date that does not read) are reported by the checker on the imported file.
    pub fn template(&self) -> IndicatorFile {
        let aggregation = match self.aggregation.as_str() {
            "ratio" => Aggregation::Ratio,
            "weighted_mean" => Aggregation::WeightedMean,
            "not_aggregable" => Aggregation::NotAggregable,
            _ => Aggregation::Sum,
        };
        IndicatorFile {
            schema: Some("../schema/indicator.schema.json".to_owned()),
            format: 1,
            id: self.id.trim().to_owned(),
            axis: self.axis.trim().to_owned(),
            title: self.title.trim().to_owned(),
            title_en: None,
            unit: self.unit.trim().to_owned(),
            unit_en: None,
            decimals: self.decimals,
            definition: self.definition.trim().to_owned(),
            definition_en: None,
            source: Source { name: self.source.trim().to_owned(), url: None, licence: self.licence.trim().to_owned(), retrieved: self.retrieved.trim().to_owned() },
            illustrative: false,
            aggregation,
            scale: (aggregation == Aggregation::Ratio).then_some(100.0),
            direction: if self.higher_is_better { Direction::Up } else { Direction::Down },
            per_capita: aggregation == Aggregation::Sum,
            range: None,
            targets: Vec::new(),
            breaks: Vec::new(),
            years: Vec::new(),
            values: None,
            numerator: None,
            denominator: None,
            territory: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::checking::import_file;
    use en_action_core::check::check_territory;

    fn form(aggregation: &str) -> ShortForm {
        ShortForm {
            id: "pistes".into(),
            axis: "bouger".into(),
            title: " Pistes cyclables ".into(),
            unit: "km".into(),
            decimals: 1,
            definition: "Longueur des aménagements cyclables.".into(),
            aggregation: aggregation.into(),
            higher_is_better: true,
            source: "CALL, service mobilité".into(),
            licence: "Licence Ouverte 2.0".into(),
            retrieved: "2026-11-30".into(),
        }
    }

    #[test]
    fn a_short_form_gives_a_template_that_imports() {
        let t = form("sum").template();
        assert_eq!((t.title.as_str(), t.aggregation, t.direction, t.per_capita, t.scale), ("Pistes cyclables", Aggregation::Sum, Direction::Up, true, None));
        let rate = ShortForm { higher_is_better: false, ..form("ratio") }.template();
        assert_eq!((rate.aggregation, rate.scale, rate.direction, rate.per_capita), (Aggregation::Ratio, Some(100.0), Direction::Down, false));
        assert_eq!(form("weighted_mean").template().aggregation, Aggregation::WeightedMean);
        assert_eq!(form("not_aggregable").template().aggregation, Aggregation::NotAggregable);

        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../indicators/territory.json")).expect("territory");
        let territory = check_territory("territory.json", &bytes).expect("valid").value;
        let template = serde_json::to_vec(&form("sum").template()).expect("json");
        let result = import_file("pistes.csv", "commune;2024;2025\nLens;12,5;13\nLiévin;8;9,5\n".as_bytes(), &template, Ok(&territory));
        let (name, json) = result.file.expect("imported");
        assert_eq!(name, "pistes.json");
        assert!(json.contains("\"title\": \"Pistes cyclables\"") && json.contains("[12.5, 13.0]"), "{json}");
    }
}
