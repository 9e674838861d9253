//! Validation of one action of the actions file: dates, lead, communes, indicators, budget,
//! link and texts (see [`check_actions`](super::check_actions) for the tree around it).

use std::collections::HashSet;

use super::report::Report;
use super::rows::check_year;
use super::text::{check_markup, check_text, LONG_TEXT, SHORT_TEXT};
use crate::actions::{is_valid_id, Action, ActionEntry, ActionId, CommunesField, IndicatorId, Scope, Status, MAX_BUDGET};
use crate::code::{closest, CommuneCode};
use crate::date::Date;
use crate::diagnostic::{JsonPath, Problem};
use crate::link::check_link;
use crate::territory::Territory;

/// Checks the action at `path`; `None` when a problem leaves no action to build (an error is
/// then reported). `indicators` lists the known indicator ids, if the caller knows them.
pub(super) fn check_action(report: &mut Report, path: &JsonPath, raw: &ActionEntry, territory: &Territory, indicators: Option<&[&str]>) -> Option<Action> {
    check_title(report, path, "title", "intitulé", &raw.title);
    check_optional(report, path, "title_en", raw.title_en.as_deref(), SHORT_TEXT);
    check_optional(report, path, "description", raw.description.as_deref(), LONG_TEXT);
    check_optional(report, path, "description_en", raw.description_en.as_deref(), LONG_TEXT);
    check_title(report, path, "lead", "porteur", &raw.lead);
    let start = date(report, path.key("start"), &raw.start);
    let end = raw.end.as_deref().map(|end| date(report, path.key("end"), end));
    if let (Some(start), Some(Some(end))) = (start, end) {
        if ends_before(end, start) {
            report.error(path.key("end"), Problem::EndBeforeStart { start: start.to_french(), end: end.to_french() });
        }
    }
    if raw.status == Status::Realisee && raw.end.is_none() {
        report.warning(path.key("status"), Problem::DoneWithoutEnd);
    }
    let communes = check_communes(report, &path.key("communes"), &raw.communes, territory);
    let known = check_indicators(report, &path.key("indicators"), &raw.indicators, indicators);
    if let Some(budget) = raw.budget {
        if !(0.0..=MAX_BUDGET).contains(&budget) {
            report.error(path.key("budget"), Problem::ImplausibleBudget { value: budget });
        }
    }
    if let Some(link) = &raw.link {
        if let Err(fault) = check_link(link) {
            report.error(path.key("link"), Problem::UnsafeLink { found: link.clone(), fault });
        }
    }
    Some(Action {
        id: ActionId::new(raw.id.clone()),
        title: raw.title.clone(),
        title_en: raw.title_en.clone(),
        description: raw.description.clone(),
        description_en: raw.description_en.clone(),
        status: raw.status,
        start: start?,
        end: end.flatten(),
        lead: raw.lead.clone(),
        communes,
        indicators: known,
        budget: raw.budget,
        link: raw.link.clone(),
        illustrative: raw.illustrative,
    })
}

/// A required short text: not blank, plausible, without markup.
pub(super) fn check_title(report: &mut Report, path: &JsonPath, key: &str, field: &'static str, text: &str) {
    if text.trim().is_empty() {
        report.error(path.key(key), Problem::MissingText { field });
    }
    check_text(report, || path.key(key), text, SHORT_TEXT);
    check_markup(report, || path.key(key), text);
}

/// An optional text: plausible, without markup.
pub(super) fn check_optional(report: &mut Report, path: &JsonPath, key: &str, text: Option<&str>, max: usize) {
    if let Some(text) = text {
        check_text(report, || path.key(key), text, max);
        check_markup(report, || path.key(key), text);
    }
}

fn date(report: &mut Report, path: JsonPath, text: &str) -> Option<Date> {
    let Some(date) = Date::parse(text) else {
        report.error(path, Problem::InvalidDate { found: text.to_owned() });
        return None;
    };
    check_year(report, || path, date.year).then_some(date)
}

/// Whether `end` is before `start`, compared at the precision both give (an action started in
/// May 2020 may end « 2020 »).
fn ends_before(end: Date, start: Date) -> bool {
    let month = |d: Date, other: Date| d.month.filter(|_| other.month.is_some());
    let day = |d: Date, other: Date| d.day.filter(|_| other.day.is_some() && d.month == other.month);
    (end.year, month(end, start), day(end, start)) < (start.year, month(start, end), day(start, end))
}

fn check_communes(report: &mut Report, path: &JsonPath, communes: &CommunesField, territory: &Territory) -> Scope {
    let codes = match communes {
        CommunesField::Whole(_) => return Scope::WholeTerritory,
        CommunesField::List(codes) if codes.is_empty() => return Scope::WholeTerritory,
        CommunesField::List(codes) => codes,
    };
    let mut seen = HashSet::new();
    let mut valid = Vec::with_capacity(codes.len());
    for (i, text) in codes.iter().enumerate() {
        let Some(code) = CommuneCode::parse(text) else {
            report.error(path.index(i), Problem::InvalidCommuneCode { found: text.clone() });
            continue;
        };
        if territory.commune(&code).is_none() {
            let suggestion = closest(code.as_str(), territory.codes()).map(ToString::to_string);
            report.error(path.index(i), Problem::UnknownCommune { code: code.to_string(), suggestion });
        } else if !seen.insert(code.clone()) {
            report.error(path.index(i), Problem::DuplicateCommune { code: code.to_string() });
        } else {
            valid.push(code);
        }
    }
    Scope::Communes(valid)
}

fn check_indicators(report: &mut Report, path: &JsonPath, ids: &[String], known: Option<&[&str]>) -> Vec<IndicatorId> {
    let mut valid = Vec::with_capacity(ids.len());
    for (i, id) in ids.iter().enumerate() {
        match known {
            Some(known) if !known.contains(&id.as_str()) => report.error(path.index(i), Problem::UnknownIndicator { id: id.clone() }),
            None if !is_valid_id(id) => report.error(path.index(i), Problem::InvalidId { found: id.clone() }),
            _ if valid.iter().any(|v: &IndicatorId| v == id.as_str()) => {
                report.warning(path.index(i), Problem::Structure(format!("indicateur « {id} » en double dans la liste")));
            }
            _ => valid.push(IndicatorId::new(id.clone())),
        }
    }
    valid
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_end_is_compared_at_the_common_precision() {
        let d = |s| Date::parse(s).unwrap();
        assert!(!ends_before(d("2020"), d("2020-05")));
        assert!(!ends_before(d("2020-05"), d("2020-05-12")));
        assert!(!ends_before(d("2020-05-12"), d("2020-05-12")));
        assert!(ends_before(d("2020-04"), d("2020-05-12")));
        assert!(ends_before(d("2020-05-11"), d("2020-05-12")));
        assert!(ends_before(d("2019"), d("2020-05")));
        assert!(!ends_before(d("2021-01"), d("2020-12-31")));
    }
}
