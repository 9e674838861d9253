//! The 2030 verdict where a shared link lands, the indicator page: for the territory and for
//! each commune shown, the status in words and the year the current pace reaches the target
//! (the same measure as the overview cards: Open SDG's thresholds, a linear trend from the
//! project's baseline year).

use en_action_core::indicator::{Aggregation, Indicator};
use en_action_core::series::Series;
use en_action_core::stats::{progress, ProgressStatus, Target};
use en_action_core::Year;

use crate::finding::{baseline, goal_sentence, progress_status};
use crate::i18n::{self, data};

/// One place's verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// « CALL », « Liévin ».
    pub place: String,
    /// `None` when the target does not apply to the place (a commune, for a count).
    pub status: Option<ProgressStatus>,
    /// « Progrès modéré : au rythme actuel, l'objectif serait atteint en 2035. »
    pub text: String,
}

/// The verdicts of the territory (first) and of `communes` (name, raw series), for
/// `indicator`'s target; empty without a target.
pub fn verdicts(indicator: &Indicator, territory: (&str, &Series), communes: &[(&str, &Series)], baseline_year: Option<Year>) -> Vec<Verdict> {
    let Some(target) = indicator.target() else { return Vec::new() };
    let target = Target { year: target.year, value: target.value };
    let text = i18n::t().indicator();
    let judge = |place: &str, series: &Series| {
        let p = baseline(series, baseline_year).and_then(|(from, _)| progress(series, from, target, indicator.direction));
        match p {
            Some(p) => Verdict { place: place.to_owned(), status: Some(p.status), text: progress_status(&p) },
            None => Verdict { place: place.to_owned(), status: Some(ProgressStatus::NotEnoughData), text: text.not_enough_data.to_owned() },
        }
    };
    let mut out = vec![judge(territory.0, territory.1)];
    for (name, series) in communes {
        out.push(if indicator.aggregation == Aggregation::Sum {
            // A count's target is the territory's total: it has no share per commune.
            Verdict { place: (*name).to_owned(), status: None, text: text.target_total_only.to_owned() }
        } else {
            judge(name, series)
        });
    }
    out
}

/// The goal, said once above the verdicts: « Objectif 2030 : 12,0 %. »
pub fn goal(indicator: &Indicator) -> Option<String> {
    let t = indicator.target()?;
    Some(goal_sentence(t.year, t.value, data::unit(indicator), indicator.decimals))
}

#[cfg(test)]
mod tests {
    use super::*;
    use en_action_core::direction::Direction;
    use en_action_core::indicator::{IndicatorData, Target as FileTarget};
    use en_action_core::source::Source;

    fn indicator(aggregation: Aggregation, target: Option<f64>) -> Indicator {
        Indicator {
            id: "chomage".into(),
            axis: "travailler".into(),
            title: "Taux de chômage".into(),
            unit: "%".into(),
            decimals: 1,
            definition: String::new(),
            english: Default::default(),
            source: Source { name: "s".into(), url: None, licence: "l".into(), retrieved: "2026-01-01".into() },
            illustrative: true,
            aggregation,
            direction: Direction::Down,
            per_capita: false,
            targets: target.map(|v| vec![FileTarget { year: 2030, value: v, label: None, label_en: None }]).unwrap_or_default(),
            breaks: vec![],
            years: (2018..=2024).collect(),
            data: IndicatorData::Given { territory: series(&[21.0]), communes: None },
        }
    }

    /// Values from 2018 on.
    fn series(values: &[f64]) -> Series {
        Series::new((2018..2018 + values.len() as Year).collect(), values.iter().map(|v| Some(*v)).collect()).expect("series")
    }

    #[test]
    fn the_territory_and_each_commune_against_the_target() {
        let ind = indicator(Aggregation::Ratio, Some(12.0));
        // From the 2020 baseline: 20 → 16 in 4 years, 12 wanted by 2030 (10 years).
        // Observed (16/20)^(1/4) − 1 = −5,43 %/an, required (12/20)^(1/10) − 1 = −4,98 %/an:
        // ratio 1,09, substantial; the straight line (−1 a year) reaches 12 in 2028.
        // (2018 and 2019, before the baseline, fall fast: counted, they would move the trend.)
        let call = series(&[30.0, 25.0, 20.0, 19.0, 18.0, 17.0, 16.0]);
        // 25 → 24: (24/25)^(1/4) − 1 = −1,02 %/an against (12/25)^(1/10) − 1 = −7,08 %/an:
        // ratio 0,14, limited; −0,25 a year reaches 12 in 2024 + 48 = 2072.
        let lievin = series(&[25.5, 25.25, 25.0, 24.75, 24.5, 24.25, 24.0]);
        let v = verdicts(&ind, ("CALL", &call), &[("Liévin", &lievin)], Some(2020));
        assert_eq!(v.len(), 2);
        assert_eq!((v[0].place.as_str(), v[0].status), ("CALL", Some(ProgressStatus::Substantial)));
        assert_eq!(v[0].text, "Progrès important : au rythme actuel, l'objectif serait atteint en 2028.");
        assert_eq!((v[1].place.as_str(), v[1].status), ("Liévin", Some(ProgressStatus::Limited)));
        assert_eq!(v[1].text, "Progrès limité : au rythme actuel, l'objectif serait atteint en 2072.");
        assert_eq!(goal(&ind).as_deref(), Some("Objectif 2030 : 12,0\u{a0}%."));
    }

    #[test]
    fn achieved_missing_data_counts_and_no_target() {
        let ind = indicator(Aggregation::Ratio, Some(12.0));
        let v = verdicts(&ind, ("CALL", &series(&[14.0, 11.5])), &[("Lens", &series(&[13.0]))], None);
        assert_eq!((v[0].status, v[0].text.as_str()), (Some(ProgressStatus::Achieved), "Objectif atteint."));
        assert_eq!((v[1].status, v[1].text.as_str()), (Some(ProgressStatus::NotEnoughData), "Données insuffisantes pour mesurer le progrès."));
        let counts = indicator(Aggregation::Sum, Some(12.0));
        let v = verdicts(&counts, ("CALL", &series(&[20.0, 18.0])), &[("Lens", &series(&[3.0, 2.0]))], None);
        assert_eq!(v[1].status, None);
        assert!(v[1].text.contains("total du territoire"), "{}", v[1].text);
        i18n::with_lang(i18n::Lang::En, || {
            let v = verdicts(&counts, ("CALL", &series(&[20.0, 18.0])), &[("Lens", &series(&[3.0, 2.0]))], None);
            assert_eq!(v[1].text, "the target applies to the territory's total, not to each commune.");
            assert_eq!(goal(&ind).as_deref(), Some("Target for 2030: 12.0%."));
            let v = verdicts(&ind, ("CALL", &series(&[14.0, 11.5])), &[("Lens", &series(&[13.0]))], None);
            assert_eq!((v[0].text.as_str(), v[1].text.as_str()), ("Target achieved.", "Not enough data to measure progress."));
        });
        assert!(verdicts(&indicator(Aggregation::Ratio, None), ("CALL", &series(&[1.0])), &[], None).is_empty());
        assert_eq!(goal(&indicator(Aggregation::Ratio, None)), None);
    }
}
