//! The overview card of an indicator: latest value, change since the baseline in words and
//! numbers, progress toward the target with its status in words, and a sparkline.

use en_action_core::aggregate::Aggregate;
use en_action_core::indicator::Indicator;
use en_action_core::stats::{change, progress, ProgressStatus, Target};
use en_action_core::Year;

use crate::chart::sparkline::{sparkline, Sparkline};
use crate::finding::{capitalise, change_direction_word, change_in_words, progress_goal, progress_outlook, status_label, trend_finding};
use crate::format;
use crate::i18n::{self, data, fill};

/// Progress toward the target, for the card.
#[derive(Debug, Clone, PartialEq)]
pub struct CardProgress {
    pub status: ProgressStatus,
    /// « Progrès modéré », « Objectif atteint »…
    pub label: &'static str,
    /// « Objectif 2030 : 12,0 %. Au rythme actuel, … » (the label is apart)
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// « 14,8 % »
    pub latest: Option<String>,
    pub latest_year: Option<Year>,
    /// « En baisse : −4,0 points depuis 2020 »
    pub change: Option<String>,
    pub progress: Option<CardProgress>,
    pub sparkline: Sparkline,
    /// The one-sentence finding, the sparkline's text alternative.
    pub finding: String,
}

/// The card of `indicator` whose territory series is `aggregate`; `baseline_year` is the
/// project's reference year (changes and progress are measured from the first value at or
/// after it, or from the first value).
pub fn card(indicator: &Indicator, aggregate: &Aggregate, place: &str, colour: &str, baseline_year: Option<Year>) -> Card {
    let series = &aggregate.series;
    let latest = series.last();
    let baseline = crate::finding::baseline(series, baseline_year).filter(|(y, _)| latest.is_some_and(|(l, _)| l > *y));
    let change = match (baseline, latest) {
        (Some((from, _)), Some((to, _))) => change(series, from, to),
        _ => None,
    };
    let unit = data::unit(indicator);
    let change_text = change.as_ref().map(|c| {
        let direction = capitalise(change_direction_word(c, indicator.decimals));
        let change = change_in_words(c, unit, indicator.decimals, indicator.direction);
        fill(i18n::t().indicator().card_change, &[("direction", &direction), ("change", &change)])
    });
    let target = indicator.target();
    let progress = target.and_then(|t| {
        let from = baseline.map(|(y, _)| y).or(baseline_year)?;
        let p = progress(series, from, Target { year: t.year, value: t.value }, indicator.direction)?;
        Some(CardProgress {
            status: p.status,
            label: status_label(p.status),
            sentence: match p.status {
                // The label already says it all.
                ProgressStatus::Achieved | ProgressStatus::NotEnoughData => progress_goal(&p, unit, indicator.decimals),
                _ => format!("{} {}", progress_goal(&p, unit, indicator.decimals), progress_outlook(&p)),
            },
        })
    });
    Card {
        // A word unit may go to the next line on narrow screens (« 20 901 / demandeurs »).
        latest: latest.map(|(_, v)| match unit.chars().next() {
            Some(c) if c.is_alphabetic() => format!("{} {unit}", format::number(v, indicator.decimals)),
            _ => format::with_unit(v, indicator.decimals, unit),
        }),
        latest_year: latest.map(|(y, _)| y),
        change: change_text,
        progress,
        sparkline: sparkline(series.years(), series.values(), colour, target.map(|t| (t.year, t.value))),
        finding: trend_finding(&data::title(indicator).plain(), place, unit, indicator.decimals, series, indicator.direction),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use en_action_core::aggregate::sum;
    use en_action_core::code::CommuneCode;
    use en_action_core::direction::Direction;
    use en_action_core::indicator::{Aggregation, CommuneTable, IndicatorData, Target as FileTarget};
    use en_action_core::source::Source;
    use en_action_core::Series;

    fn indicator(values: Vec<Option<f64>>, target: Option<f64>) -> (Indicator, Aggregate) {
        let years: Vec<Year> = (2015..2015 + values.len() as Year).collect();
        let series = Series::new(years.clone(), values).unwrap();
        let table = CommuneTable(vec![(CommuneCode::parse("62498").unwrap(), series.clone())]);
        let aggregate = sum(&[&series]).unwrap();
        let ind = Indicator {
            id: "x".into(),
            axis: "habiter".into(),
            title: "Logements commencés".into(),
            unit: "logements".into(),
            decimals: 0,
            definition: String::new(),
            english: Default::default(),
            source: Source { name: "s".into(), url: None, licence: "l".into(), retrieved: "2026-01-01".into() },
            illustrative: true,
            aggregation: Aggregation::Sum,
            direction: Direction::Up,
            per_capita: true,
            targets: target.map(|v| vec![FileTarget { year: 2030, value: v, label: None, label_en: None }]).unwrap_or_default(),
            breaks: vec![],
            years,
            data: IndicatorData::Sum(table),
        };
        (ind, aggregate)
    }

    #[test]
    fn latest_value_change_since_baseline_and_progress() {
        // 2015..2024: 100, 110, …, 190. Baseline 2020 = 150, latest 2024 = 190.
        let (ind, agg) = indicator((0..10).map(|i| Some(100.0 + 10.0 * f64::from(i))).collect(), Some(350.0));
        let c = card(&ind, &agg, "CALL", "#0072B2", Some(2020));
        assert_eq!(c.latest.as_deref(), Some("190 logements"));
        assert_eq!(c.latest_year, Some(2024));
        // (190 − 150) / 150 = +26,7 %
        assert_eq!(c.change.as_deref(), Some("En hausse : +26,7\u{a0}% depuis 2020"));
        let p = c.progress.unwrap();
        // Observed (190/150)^(1/4) − 1 = 6,09 %/an; required (350/150)^(1/10) − 1 = 8,85 %/an;
        // ratio 0,69: moderate progress.
        assert_eq!(p.status, ProgressStatus::Moderate);
        assert!(p.sentence.starts_with("Objectif 2030 : 350\u{a0}logements."), "{}", p.sentence);
        assert!(!p.sentence.contains(p.label), "the label is not repeated: {}", p.sentence);
        assert!(c.finding.contains("190\u{a0}logements en 2024"), "{}", c.finding);
    }

    #[test]
    fn in_english_with_the_files_english_texts() {
        let (mut ind, agg) = indicator((0..10).map(|i| Some(100.0 + 10.0 * f64::from(i))).collect(), Some(350.0));
        ind.english.unit = Some("dwellings".into());
        let c = i18n::with_lang(i18n::Lang::En, || card(&ind, &agg, "CALL", "#0072B2", Some(2020)));
        assert_eq!(c.latest.as_deref(), Some("190 dwellings"));
        assert_eq!(c.change.as_deref(), Some("Up: +26.7% since 2020"));
        let p = c.progress.unwrap();
        assert_eq!(p.label, "Moderate progress");
        assert!(p.sentence.starts_with("Target for 2030: 350\u{a0}dwellings. At the current pace"), "{}", p.sentence);
        // No English title in the file: the French one, marked.
        assert!(c.finding.starts_with("Logements commencés (in French), CALL: 190\u{a0}dwellings in 2024"), "{}", c.finding);
    }

    #[test]
    fn achieved_target_and_no_baseline() {
        let (ind, agg) = indicator(vec![Some(100.0), Some(300.0)], Some(250.0));
        let c = card(&ind, &agg, "CALL", "#0072B2", None);
        let p = c.progress.unwrap();
        assert_eq!(p.status, ProgressStatus::Achieved);
        assert_eq!(p.sentence, "Objectif 2030 : 250\u{a0}logements.");
        let (ind, agg) = indicator(vec![None, None], None);
        let c = card(&ind, &agg, "CALL", "#0072B2", Some(2020));
        assert_eq!((c.latest, c.change, c.progress), (None, None, None));
    }
}
