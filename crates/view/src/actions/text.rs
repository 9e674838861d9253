//! The sentences of the actions views, built from the catalogue of the page's language
//! (`i18n::t().actions()`, keys in `i18n::keys::Actions`). The core keeps its French labels and
//! phrases ([`Status::label_fr`], `status_phrase`) for the checker; the views take theirs
//! from here.

use en_action_core::actions::{Status, StatusCounts};

use crate::i18n::{self, fill};

/// The position of `status` in [`Status::ALL`], the order of the catalogue's arrays.
fn index(status: Status) -> usize {
    Status::ALL.iter().position(|&s| s == status).unwrap_or_default()
}

/// « en cours », « réalisée »: the status after « 1 action ».
pub fn status_label(status: Status) -> &'static str {
    i18n::t().actions().status[index(status)]
}

/// « Réalisée », « En cours »: a badge, a fact, a choice of the filter.
pub fn status_capitalised(status: Status) -> &'static str {
    i18n::t().actions().status_badge[index(status)]
}

/// The status as a column header or a legend entry: « À l'étude », « Réalisées ».
pub fn status_heading(status: Status) -> &'static str {
    i18n::t().actions().status_heading[index(status)]
}

/// « 5 engagées »: `n` actions with `status`.
pub fn status_count(status: Status, n: usize) -> String {
    i18n::t().actions().status_count[index(status)].of(n)
}

/// « 22 actions réalisées sur 124 ».
pub fn status_phrase(n: usize, status: Status, total: usize) -> String {
    let form = i18n::t().actions().status_phrase[index(status)].of(n);
    fill(&form, &[("total", &crate::format::number(total as f64, 0))])
}

/// [`status_phrase`] for `status` among `counts`.
pub fn counts_phrase(counts: &StatusCounts, status: Status) -> String {
    status_phrase(counts.get(status), status, counts.total())
}

/// « Le projet de territoire « en action » compte 124 actions réparties en 5 axes, … ».
pub fn summary_lead(actions: usize, axes: usize, ambitions: usize, objectives: usize) -> String {
    let text = i18n::t().actions();
    fill(text.summary_lead, &[
        ("actions", &text.count_actions.of(actions)),
        ("axes", &text.count_axes.of(axes)),
        ("ambitions", &text.count_ambitions.of(ambitions)),
        ("objectives", &text.count_objectives.of(objectives)),
    ])
}

/// The chart's text alternative from its rows (axis, total, done): « Actions par axe et par
/// état d'avancement. Bouger : 26 actions, dont 5 réalisées ; … ».
pub fn chart_label(rows: &[(String, usize, usize)]) -> String {
    let text = i18n::t().actions();
    let parts: Vec<String> = rows
        .iter()
        .map(|(axis, total, done)| fill(text.chart_label_row, &[("axis", axis), ("actions", &text.count_actions.of(*total)), ("done", &status_count(Status::Realisee, *done))]))
        .collect();
    fill(text.chart_label, &[("rows", &parts.join(text.chart_label_separator))])
}

/// « Voir les 26 actions de l'axe ».
pub fn see_axis_actions(n: usize) -> String {
    i18n::t().actions().see_axis_actions.of(n)
}

/// The live region's sentence: « 12 actions sur 124 correspondent… », « Aucune action… ».
pub fn results(shown: usize, total: usize) -> String {
    let text = i18n::t().actions();
    match shown {
        0 => text.results_none.to_owned(),
        _ if shown == total => text.results_all.of(total),
        _ => fill(&text.results_some.of(shown), &[("total", &crate::format::number(total as f64, 0))]),
    }
}

/// « Aucune action « x » dans le projet. »
pub fn not_found(id: &str) -> String {
    fill(i18n::t().actions().not_found, &[("id", id)])
}

/// « 12 500 000 € », « €12,500,000 ».
pub fn euros(amount: f64) -> String {
    fill(i18n::t().actions().euros, &[("amount", &crate::format::number(amount, 0))])
}

/// « 3 actions du projet visent cet indicateur, dont 1 réalisée. »
pub fn indicator_section_lead(n: usize, done: usize) -> String {
    let text = i18n::t().actions();
    match n {
        0 => text.indicator_lead_none.to_owned(),
        1 if done == 1 => text.indicator_lead_one_done.to_owned(),
        1 => text.indicator_lead_one_open.to_owned(),
        _ => fill(text.indicator_lead_many, &[("n", &crate::format::number(n as f64, 0)), ("done", &status_phrase(done, Status::Realisee, n))]),
    }
}

/// « 9 actions menées dans Liévin, et 73 actions pour tout le territoire. »
pub fn commune_section_lead(commune: &str, local: usize, whole: usize) -> String {
    let text = i18n::t().actions();
    let local = match local {
        0 => fill(text.commune_lead_none, &[("commune", commune)]),
        _ => fill(&text.commune_lead_local.of(local), &[("commune", commune)]),
    };
    fill(text.commune_lead, &[("local", &local), ("whole", &text.count_actions.of(whole))])
}

/// « Voir toutes les actions qui concernent Liévin ».
pub fn commune_list_link(commune: &str) -> String {
    fill(i18n::t().actions().commune_list_link, &[("commune", commune)])
}

/// The summary slide's title (« Les actions du projet »), or an axis's (« Axe « Bouger » :
/// les actions »); `axis` is the axis's label as shown.
pub fn slide_title(axis: Option<&str>) -> String {
    let text = i18n::t().actions();
    match axis {
        Some(label) => fill(text.slide_title_axis, &[("axis", label)]),
        None => text.summary_title.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{with_lang, Lang};

    #[test]
    fn sentences() {
        assert_eq!(summary_lead(124, 5, 23, 51), "Le projet de territoire « en action » compte 124 actions réparties en 5 axes, 23 ambitions et 51 objectifs opérationnels, de 2020 à 2030.");
        assert_eq!(results(0, 124), "Aucune action ne correspond à ces filtres.");
        assert_eq!(results(124, 124), "124 actions : toutes les actions du projet.");
        assert_eq!(results(1, 124), "1 action sur 124 correspond à ces filtres.");
        assert_eq!(results(12, 124), "12 actions sur 124 correspondent à ces filtres.");
        assert_eq!(euros(12_500_000.0), "12\u{a0}500\u{a0}000\u{a0}€");
        assert_eq!(status_heading(Status::ALEtude), "À l'étude");
        assert_eq!(status_heading(Status::Realisee), "Réalisées");
        assert_eq!(status_capitalised(Status::EnCours), "En cours");
        assert_eq!(see_axis_actions(26), "Voir les 26 actions de l'axe");
        assert_eq!(see_axis_actions(1), "Voir 1 action de l'axe");
        assert_eq!(indicator_section_lead(0, 0), "Aucune action du projet ne vise cet indicateur pour l'instant.");
        assert_eq!(indicator_section_lead(1, 1), "1 action du projet vise cet indicateur ; elle est réalisée.");
        assert_eq!(indicator_section_lead(3, 1), "3 actions du projet visent cet indicateur : 1 action réalisée sur 3.");
        assert_eq!(commune_section_lead("Liévin", 9, 73), "9 actions menées dans Liévin, et 73 actions pour tout le territoire.");
        assert_eq!(commune_section_lead("Ablain-Saint-Nazaire", 0, 73), "Aucune action n'est menée dans Ablain-Saint-Nazaire seulement, et 73 actions pour tout le territoire.");
        assert_eq!(slide_title(Some("Bouger")), "Axe « Bouger » : les actions");
        assert_eq!(not_found("x"), "Aucune action « x » dans le projet. ");
        assert_eq!(chart_label(&[("Bouger".into(), 26, 5), ("Habiter".into(), 1, 1)]), "Actions par axe et par état d'avancement. Bouger : 26 actions, dont 5 réalisées ; Habiter : 1 action, dont 1 réalisée. Les nombres sont dans le tableau qui suit.");
    }

    #[test]
    fn the_statuses_say_what_the_core_says_in_french() {
        // The checker keeps the core's French labels and phrases; the views read the catalogue:
        // both must agree.
        for status in Status::ALL {
            assert_eq!(status_label(status), status.label_fr());
            for (n, total) in [(0, 3), (1, 124), (2, 3), (1200, 1300)] {
                assert_eq!(status_phrase(n, status, total), en_action_core::actions::status_phrase(n, status, total), "{status:?} {n}");
            }
        }
    }

    #[test]
    fn sentences_in_english() {
        with_lang(Lang::En, || {
            assert_eq!(summary_lead(124, 5, 23, 51), "The “en action” territorial project has 124 actions across 5 axes, 23 ambitions and 51 operational objectives, from 2020 to 2030.");
            assert_eq!(results(0, 124), "No action matches these filters.");
            assert_eq!(results(1200, 1200), "1,200 actions: every action of the project.");
            assert_eq!(results(1, 124), "1 action out of 124 matches these filters.");
            assert_eq!(results(12, 1240), "12 actions out of 1,240 match these filters.");
            assert_eq!(status_phrase(22, Status::Realisee, 124), "22 actions completed out of 124");
            assert_eq!(status_phrase(0, Status::EnCours, 5), "0 actions in progress out of 5");
            assert_eq!(status_phrase(1, Status::ALEtude, 5), "1 action under study out of 5");
            assert_eq!(euros(12_500_000.0), "€12,500,000");
            assert_eq!(status_heading(Status::Realisee), "Completed");
            assert_eq!(see_axis_actions(1), "See the 1 action in this axis");
            assert_eq!(indicator_section_lead(3, 1), "3 actions of the project aim at this indicator: 1 action completed out of 3.");
            assert_eq!(commune_section_lead("Liévin", 9, 1), "9 actions led in Liévin, and 1 action for the whole territory.");
            assert_eq!(commune_section_lead("Lens", 0, 73), "No action is led in Lens alone, and 73 actions for the whole territory.");
            assert_eq!(commune_list_link("Lens"), "See every action concerning Lens");
            assert_eq!(slide_title(Some("Bouger")), "Axis “Bouger”: the actions");
            assert_eq!(not_found("x"), "There is no action “x” in the project. ");
            assert_eq!(chart_label(&[("Bouger".into(), 26, 5)]), "Actions by axis and status. Bouger: 26 actions, of which 5 completed. The numbers are in the table that follows.");
        });
    }
}
