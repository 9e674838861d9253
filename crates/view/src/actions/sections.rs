//! The actions shown on other pages: on an indicator page, the actions that aim at it; on a
//! commune profile, the actions led in that commune (the whole territory's are counted, and
//! the list filtered on the commune is one link away).

use en_action_core::actions::{Actions, Scope, Status, StatusCounts};
use en_action_core::territory::Territory;

use super::{text, ActionLink};
use crate::i18n::t;
use crate::url::ViewState;

#[derive(Debug, Clone, PartialEq)]
pub struct ActionSection {
    pub title: &'static str,
    pub lead: String,
    pub rows: Vec<ActionLink>,
    /// A link to more (the list filtered on the commune) and its text.
    pub more: Option<(String, ViewState)>,
}

/// « Les actions qui visent cet indicateur ».
pub fn indicator_section(actions: &Actions, territory: &Territory, indicator: &str) -> ActionSection {
    let places = actions.aiming_at(indicator);
    let counts = StatusCounts::of(places.iter().map(|p| p.action));
    ActionSection {
        title: t().actions().indicator_section_title,
        lead: text::indicator_section_lead(places.len(), counts.get(Status::Realisee)),
        rows: places.iter().map(|p| ActionLink::of(p, territory)).collect(),
        more: None,
    }
}

/// « Les actions dans cette commune »: those that name commune `code`; `None` for a code the
/// territory does not know.
pub fn commune_section(actions: &Actions, territory: &Territory, code: &str) -> Option<ActionSection> {
    let commune = territory.commune_by_code(code)?;
    let places = actions.concerning(&commune.code);
    let (local, whole): (Vec<_>, Vec<_>) = places.into_iter().partition(|p| matches!(p.action.communes, Scope::Communes(_)));
    Some(ActionSection {
        title: t().actions().commune_section_title,
        lead: text::commune_section_lead(&commune.name, local.len(), whole.len()),
        rows: local.iter().map(|p| ActionLink::of(p, territory)).collect(),
        more: Some((text::commune_list_link(&commune.name), ViewState::actions_in_commune(code))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::fixture;

    #[test]
    fn an_indicator_lists_the_actions_aiming_at_it() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        let s = indicator_section(&a, &t, "couverture_bulles");
        assert_eq!(s.title, "Les actions qui visent cet indicateur");
        assert_eq!(s.rows.len(), 3);
        assert_eq!(s.rows[0].id, "bouger-1-1-1");
        assert!(s.lead.starts_with("3 actions du projet visent cet indicateur : "), "{}", s.lead);
        assert_eq!(indicator_section(&a, &t, "espaces_verts").rows.len(), 12);
        let none = indicator_section(&a, &t, "inconnu");
        assert!(none.rows.is_empty() && none.lead.starts_with("Aucune action"));
    }

    #[test]
    fn a_commune_lists_its_own_actions_and_counts_the_others() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        let s = commune_section(&a, &t, "62498").expect("Lens");
        assert_eq!(s.title, "Les actions dans cette commune");
        assert!(s.rows.iter().any(|r| r.id == "bouger-3-2-2"));
        assert!(s.lead.starts_with(&format!("{} actions menées dans Lens, et 73 actions pour tout le territoire", s.rows.len())), "{}", s.lead);
        let (text, link) = s.more.expect("a link");
        assert_eq!(text, "Voir toutes les actions qui concernent Lens");
        assert_eq!(link.to_query(), "?v=1&page=actions&commune=62498");
        assert_eq!(commune_section(&a, &t, "99999"), None);
    }

    #[test]
    fn in_english() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        crate::i18n::with_lang(crate::i18n::Lang::En, || {
            let s = indicator_section(&a, &t, "couverture_bulles");
            assert_eq!(s.title, "The actions aiming at this indicator");
            assert!(s.lead.starts_with("3 actions of the project aim at this indicator: "), "{}", s.lead);
            let s = commune_section(&a, &t, "62498").expect("Lens");
            assert_eq!(s.title, "The actions in this commune");
            assert!(s.lead.ends_with(" actions led in Lens, and 73 actions for the whole territory."), "{}", s.lead);
            assert_eq!(s.more.map(|(text, _)| text).as_deref(), Some("See every action concerning Lens"));
        });
    }
}
