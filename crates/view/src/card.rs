//! The overview card of an indicator: latest value, change since the baseline in words and
//! numbers, progress toward the target with its status in words, and a sparkline.

use en_action_core::aggregate::Aggregate;
use en_action_core::indicator::Indicator;
use en_action_core::stats::{change, progress, ProgressStatus, Target};
use en_action_core::Year;
use serde_json::Value;

use crate::chart::sparkline::sparkline_option;
use crate::finding::{change_direction_word, change_in_words, progress_sentence, trend_finding};
use crate::format;

/// Progress toward the target, for the card.
#[derive(Debug, Clone, PartialEq)]
pub struct CardProgress {
    pub status: ProgressStatus,
    /// « Progrès modéré », « Objectif atteint »…
    pub label: &'static str,
    /// « Objectif 2030 : 12,0 %. Au rythme actuel, … »
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
    pub sparkline: Value,
    /// The one-sentence finding, the sparkline's text alternative.
    pub finding: String,
}

/// The card of `indicator` whose territory series is `aggregate`; `baseline_year` is the
/// project's reference year (changes and progress are measured from the first value at or
/// after it, or from the first value).
pub fn card(indicator: &Indicator, aggregate: &Aggregate, place: &str, colour: &str, baseline_year: Option<Year>) -> Card {
    let series = &aggregate.series;
    let latest = series.last();
    let baseline = baseline_year
        .and_then(|b| series.points().find(|(y, _)| *y >= b))
        .or_else(|| series.first())
        .filter(|(y, _)| latest.is_some_and(|(l, _)| l > *y));
    let change = match (baseline, latest) {
        (Some((from, _)), Some((to, _))) => change(series, from, to),
        _ => None,
    };
    let change_text = change.as_ref().map(|c| {
        let word = change_direction_word(c, indicator.decimals);
        let mut word = word.to_owned();
        if let Some(first) = word.get(..1) {
            word.replace_range(..1, &first.to_uppercase());
        }
        format!("{word} : {}", change_in_words(c, &indicator.unit, indicator.decimals, indicator.direction))
    });
    let target = indicator.target();
    let progress = target.and_then(|t| {
        let from = baseline.map(|(y, _)| y).or(baseline_year)?;
        let p = progress(series, from, Target { year: t.year, value: t.value }, indicator.direction)?;
        Some(CardProgress { status: p.status, label: p.status.label_fr(), sentence: progress_sentence(&p, &indicator.unit, indicator.decimals) })
    });
    Card {
        latest: latest.map(|(_, v)| format::with_unit(v, indicator.decimals, &indicator.unit)),
        latest_year: latest.map(|(y, _)| y),
        change: change_text,
        progress,
        sparkline: sparkline_option(series.years(), series.values(), colour, target.map(|t| (t.year, t.value))),
        finding: trend_finding(&indicator.title, place, &indicator.unit, indicator.decimals, series, indicator.direction),
    }
}
