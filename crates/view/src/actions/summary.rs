//! The summary of the actions: how many actions have each status, for the whole project (or
//! one axis) and per axis, in words (« 22 actions réalisées sur 124 ») and as a chart whose
//! numbers are also in a table.

use en_action_core::actions::{Actions, Status, StatusCounts};
use en_action_core::territory::Territory;
use serde_json::Value;

use super::{axis_label, text};
use crate::chart::status_bars::{status_bars_height, status_bars_option};
use crate::i18n::data::Localised;
use crate::url::ViewState;

/// One axis of the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct AxisSummary {
    pub id: String,
    pub label: Localised,
    /// The axis colour of the territory file (for the heading's stripe).
    pub colour: String,
    pub counts: StatusCounts,
    /// « 5 actions réalisées sur 26 ».
    pub phrase: String,
    /// « 12 en cours, 6 engagées, 3 à l'étude ».
    pub breakdown: String,
    /// The list filtered on this axis.
    pub link: ViewState,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// « Le projet de territoire « en action » compte 124 actions réparties en… ».
    pub lead: String,
    pub counts: StatusCounts,
    /// « 22 actions réalisées sur 124 ».
    pub phrase: String,
    pub breakdown: String,
    pub axes: Vec<AxisSummary>,
    pub chart: Value,
    pub chart_height: u32,
    /// The chart's text alternative.
    pub chart_label: String,
}

/// The summary of every axis, or of axis `only` when it is one of the file's.
pub fn summary(actions: &Actions, territory: &Territory, only: Option<&str>, animate: bool) -> Summary {
    let axes: Vec<AxisSummary> = actions
        .counts_by_axis()
        .into_iter()
        .filter(|(id, _)| only.is_none_or(|o| actions.axis(o).is_none() || id.as_str() == o))
        .map(|(id, counts)| AxisSummary {
            id: id.to_string(),
            label: axis_label(territory, id.as_str()),
            colour: territory.axis(id.as_str()).map(|a| a.colour.clone()).unwrap_or_default(),
            counts,
            phrase: text::counts_phrase(&counts, Status::Realisee),
            breakdown: breakdown(&counts),
            link: ViewState::actions_of_axis(id.as_str()),
        })
        .collect();
    let mut counts = StatusCounts::default();
    for axis in &axes {
        for (status, n) in axis.counts.iter() {
            (0..n).for_each(|_| counts.add(status));
        }
    }
    let rows: Vec<(String, StatusCounts)> = axes.iter().map(|a| (a.label.plain(), a.counts)).collect();
    let label_rows: Vec<(String, usize, usize)> = axes.iter().map(|a| (a.label.plain(), a.counts.total(), a.counts.get(Status::Realisee))).collect();
    Summary {
        lead: text::summary_lead(actions.actions().count(), actions.axes.len(), actions.ambitions().count(), actions.objectives().count()),
        counts,
        phrase: text::counts_phrase(&counts, Status::Realisee),
        breakdown: breakdown(&counts),
        chart: status_bars_option(&rows, animate),
        chart_height: status_bars_height(rows.len()),
        chart_label: text::chart_label(&label_rows),
        axes,
    }
}

/// The other statuses in words, those with at least one action: « 53 en cours, 25 engagées,
/// 14 à l'étude, 6 reportées, 4 abandonnées ».
pub fn breakdown(counts: &StatusCounts) -> String {
    const ORDER: [Status; 5] = [Status::EnCours, Status::Engagee, Status::ALEtude, Status::Reportee, Status::Abandonnee];
    let parts: Vec<String> = ORDER
        .into_iter()
        .filter(|&s| counts.get(s) > 0)
        .map(|s| text::status_count(s, counts.get(s)))
        .collect();
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::fixture;

    #[test]
    fn the_shipped_project_in_words() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        let s = summary(&a, &t, None, false);
        assert_eq!(s.counts.total(), 124);
        assert_eq!(s.phrase, "22 actions réalisées sur 124");
        assert_eq!(s.breakdown, "53 en cours, 25 engagées, 14 à l'étude, 6 reportées, 4 abandonnées");
        assert_eq!(s.lead, "Le projet de territoire « en action » compte 124 actions réparties en 5 axes, 23 ambitions et 51 objectifs opérationnels, de 2020 à 2030.");
        let totals: Vec<(&str, usize)> = s.axes.iter().map(|a| (a.id.as_str(), a.counts.total())).collect();
        assert_eq!(totals, [("bouger", 26), ("travailler", 27), ("rassembler", 24), ("habiter", 25), ("respirer", 22)]);
        assert_eq!(s.axes[0].label.text, "Bouger");
        assert!(s.axes[0].phrase.ends_with(" sur 26"), "{}", s.axes[0].phrase);
        assert_eq!(s.axes[0].link.to_query(), "?v=1&page=actions&axe=bouger");
        assert_eq!(s.chart["series"].as_array().map(Vec::len), Some(6));
        assert_eq!(s.chart["yAxis"]["data"][4], "Respirer");
        assert!(s.chart_label.starts_with("Actions par axe et par état d'avancement. Bouger : 26 actions, dont "), "{}", s.chart_label);
    }

    #[test]
    fn one_axis_alone_or_every_axis_for_an_unknown_one() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        let s = summary(&a, &t, Some("respirer"), false);
        assert_eq!(s.axes.len(), 1);
        assert_eq!(s.counts.total(), 22);
        assert!(s.phrase.ends_with(" sur 22"));
        assert_eq!(summary(&a, &t, Some("voler"), false).axes.len(), 5);
    }

    #[test]
    fn breakdown_agrees_in_number_and_skips_zeros() {
        let mut c = StatusCounts::default();
        c.add(Status::EnCours);
        c.add(Status::Engagee);
        c.add(Status::Engagee);
        c.add(Status::Realisee);
        assert_eq!(breakdown(&c), "1 en cours, 2 engagées");
        assert_eq!(breakdown(&StatusCounts::default()), "");
    }

    #[test]
    fn in_english() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        crate::i18n::with_lang(crate::i18n::Lang::En, || {
            let s = summary(&a, &t, None, false);
            assert_eq!(s.phrase, "22 actions completed out of 124");
            assert_eq!(s.breakdown, "53 in progress, 25 committed, 14 under study, 6 postponed, 4 abandoned");
            assert!(s.lead.starts_with("The “en action” territorial project has 124 actions across 5 axes"), "{}", s.lead);
            assert!(s.chart_label.starts_with("Actions by axis and status. Getting around: 26 actions, of which 4 completed;"), "{}", s.chart_label);
            assert_eq!(s.chart["legend"]["data"][3], "Completed");
        });
    }
}
