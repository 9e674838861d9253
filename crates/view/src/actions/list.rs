//! The list of actions with the filters of the link: axis, status, commune (whole-territory
//! actions included) and a search in the title and the lead that ignores case and accents.

use en_action_core::actions::{ActionPlace, Actions};
use en_action_core::code::CommuneCode;
use en_action_core::fold::fold;
use en_action_core::territory::Territory;

use super::{text, ActionLink};
use crate::i18n::{lang, Lang};
use crate::url::ViewState;

/// The filtered list.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionList {
    pub rows: Vec<ActionLink>,
    /// Every action of the file.
    pub total: usize,
    /// The live region's sentence: « 12 actions sur 124 correspondent à ces filtres. »
    pub results: String,
}

/// Whether `place` passes the filters of `view` (its axis, status, commune and search; an
/// English page also searches the English titles).
pub fn matches(place: &ActionPlace<'_>, view: &ViewState, search: Option<&str>) -> bool {
    let q = &view.actions;
    let action = place.action;
    let english = || if lang() == Lang::En { action.title_en.as_deref() } else { None };
    view.axis.as_deref().is_none_or(|a| place.axis.id.as_str() == a)
        && q.status.is_none_or(|s| action.status == s)
        && q.commune.as_deref().and_then(CommuneCode::parse).is_none_or(|c| action.concerns(&c))
        && search.is_none_or(|s| fold(&action.title).contains(s) || fold(&action.lead).contains(s) || english().is_some_and(|t| fold(t).contains(s)))
}

/// The actions of the file passing the filters of `view`, in the file's order.
pub fn action_list(actions: &Actions, territory: &Territory, view: &ViewState) -> ActionList {
    let search = view.actions.search.as_deref().map(fold).filter(|s| !s.is_empty());
    let rows: Vec<ActionLink> = actions.places().filter(|p| matches(p, view, search.as_deref())).map(|p| ActionLink::of(&p, territory)).collect();
    let total = actions.actions().count();
    ActionList { results: text::results(rows.len(), total), rows, total }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::fixture;
    use en_action_core::actions::Status;

    fn ids(list: &ActionList) -> Vec<&str> {
        list.rows.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn no_filter_lists_every_action_in_file_order() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        let list = action_list(&a, &t, &ViewState::actions_list());
        assert_eq!((list.rows.len(), list.total), (124, 124));
        assert_eq!(list.rows[0].id, "bouger-1-1-1");
        assert_eq!(list.rows[0].axis.text, "Bouger");
        assert_eq!(list.rows[0].status_label, "réalisée");
        assert_eq!(list.rows[0].link.to_query(), "?v=1&page=action&id=bouger-1-1-1");
        assert_eq!(list.results, "124 actions : toutes les actions du projet.");
    }

    #[test]
    fn filters_add_up() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        let mut view = ViewState::actions_of_axis("bouger");
        assert_eq!(action_list(&a, &t, &view).rows.len(), 26);
        view.actions.status = Some(Status::EnCours);
        let bouger_en_cours = action_list(&a, &t, &view);
        assert!(bouger_en_cours.rows.iter().all(|r| r.status == Status::EnCours && r.axis.text == "Bouger"));
        let expected = a.axis("bouger").map(|x| x.actions().filter(|y| y.status == Status::EnCours).count());
        assert_eq!(Some(bouger_en_cours.rows.len()), expected);
        assert_eq!(action_list(&a, &t, &ViewState::actions_list()).rows.iter().filter(|r| r.status == Status::Realisee).count(), 22);
    }

    #[test]
    fn a_commune_sees_its_own_and_the_whole_territory_actions() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        let lens = action_list(&a, &t, &ViewState::actions_in_commune("62498"));
        let whole = a.actions().filter(|x| matches!(x.communes, en_action_core::actions::Scope::WholeTerritory)).count();
        assert!(lens.rows.len() > whole, "Lens has actions of its own");
        assert!(ids(&lens).contains(&"bouger-3-2-2"));
        assert!(!ids(&lens).contains(&"bouger-1-2-3"), "an action in two other communes");
        assert_eq!(lens.results, format!("{} actions sur 124 correspondent à ces filtres.", lens.rows.len()));
    }

    #[test]
    fn search_ignores_case_and_accents_in_title_and_lead() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        let mut view = ViewState::actions_list();
        view.actions.search = Some("PARC".into());
        let parc = action_list(&a, &t, &view);
        assert!(!parc.rows.is_empty() && parc.rows.iter().all(|r| fold(&r.title.text).contains("parc") || fold(&r.lead).contains("parc")));
        view.actions.search = Some("artois mobilites".into());
        let lead = action_list(&a, &t, &view);
        let by_lead = a.actions().filter(|x| x.lead == "Artois Mobilités").count();
        assert!(lead.rows.len() >= by_lead && by_lead == 12, "the lead « Artois Mobilités », and titles naming it");
        view.actions.search = Some("zzzz".into());
        let none = action_list(&a, &t, &view);
        assert_eq!((none.rows.len(), none.results.as_str()), (0, "Aucune action ne correspond à ces filtres."));
    }

    #[test]
    fn in_english_the_count_and_the_english_titles() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        crate::i18n::with_lang(Lang::En, || {
            let list = action_list(&a, &t, &ViewState::actions_list());
            assert_eq!(list.results, "124 actions: every action of the project.");
            assert_eq!(list.rows[0].status_label, "completed");
            let mut view = ViewState::actions_list();
            view.actions.search = Some("rapid transit".into());
            let found = action_list(&a, &t, &view);
            assert_eq!(found.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["bouger-1-1-1"], "{}", found.results);
            assert_eq!(found.results, "1 action out of 124 matches these filters.");
        });
        let mut view = ViewState::actions_list();
        view.actions.search = Some("rapid transit".into());
        assert!(action_list(&a, &t, &view).rows.is_empty(), "a French page searches the French titles");
    }
}
