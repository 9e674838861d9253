//! Progress toward a target in words: the goal, the status, what the current pace implies.

use en_action_core::stats::{Progress, ProgressStatus};
use en_action_core::Year;

use super::sentence;
use crate::format::with_unit;
use crate::i18n::{self, fill};

/// Progress toward the target, in two sentences:
///
/// - « Objectif 2030 : 12,0 %. Progrès modéré : au rythme actuel, l'objectif serait atteint
///   en 2034. »
/// - without a projected year: « … Progrès limité : au rythme actuel, l'objectif ne serait
///   pas atteint. »
/// - a projected year not after the latest observed year (the trend line has crossed the
///   target, the observations not yet): « … l'objectif serait bientôt atteint. »
/// - « Objectif 2030 : 12,0 %. Objectif atteint. »
/// - « Objectif 2030 : 12,0 %. Données insuffisantes pour mesurer le progrès. »
pub fn progress_sentence(progress: &Progress, unit: &str, decimals: u8) -> String {
    format!("{} {}", progress_goal(progress, unit, decimals), progress_status(progress))
}

/// The status in words: « Progrès modéré », « Objectif atteint » (« Moderate progress »).
pub fn status_label(status: ProgressStatus) -> &'static str {
    let text = i18n::t().indicator();
    match status {
        ProgressStatus::Achieved => text.status_achieved,
        ProgressStatus::Substantial => text.status_substantial,
        ProgressStatus::Moderate => text.status_moderate,
        ProgressStatus::Limited => text.status_limited,
        ProgressStatus::Deterioration => text.status_deterioration,
        ProgressStatus::NotEnoughData => text.status_not_enough_data,
    }
}

/// The status and what the current pace implies: « Progrès modéré : au rythme actuel,
/// l'objectif serait atteint en 2034. », « Objectif atteint. »
pub fn progress_status(progress: &Progress) -> String {
    match progress.status {
        ProgressStatus::Achieved | ProgressStatus::NotEnoughData => progress_outlook(progress),
        status => fill(
            i18n::t().indicator().status_outlook,
            &[("status", status_label(status)), ("outlook", &lowercase_first(&progress_outlook(progress)))],
        ),
    }
}

/// « Objectif 2030 : 12,0 %. »
pub fn progress_goal(progress: &Progress, unit: &str, decimals: u8) -> String {
    goal_sentence(progress.target_year, progress.target_value, unit, decimals)
}

/// « Objectif 2030 : 12,0 % », the target of `value` in `year` (no full stop: a chart's label).
pub fn goal_label(year: Year, value: f64, unit: &str, decimals: u8) -> String {
    let text = i18n::t().indicator();
    fill(text.goal, &[("year", &year.to_string()), ("value", &with_unit(value, decimals, unit))])
}

/// « Objectif 2030 : 12,0 %. » for a target of `value` in `year`.
pub fn goal_sentence(year: Year, value: f64, unit: &str, decimals: u8) -> String {
    if value.is_finite() {
        sentence(goal_label(year, value, unit, decimals))
    } else {
        sentence(fill(i18n::t().indicator().goal_year, &[("year", &year.to_string())]))
    }
}

/// What the current pace implies, without the status label: « Au rythme actuel, l'objectif
/// serait atteint en 2034. », « Objectif atteint. »
pub fn progress_outlook(progress: &Progress) -> String {
    let text = i18n::t().indicator();
    match progress.status {
        ProgressStatus::Achieved => text.target_achieved.to_owned(),
        ProgressStatus::NotEnoughData => text.not_enough_data.to_owned(),
        _ => match progress.projected_year {
            Some(year) if year > progress.latest.0 => fill(text.outlook_in, &[("year", &year.to_string())]),
            Some(_) => text.outlook_soon.to_owned(),
            None => text.outlook_never.to_owned(),
        },
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

