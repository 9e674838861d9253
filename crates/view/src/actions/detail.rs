//! The page of one action: where it sits in the project (axis › ambition › objective), its
//! facts as a list of terms (status, dates, lead, communes, budget in euros), its description,
//! its link when safe, and the indicators it aims at.

use en_action_core::actions::{Actions, Scope};
use en_action_core::link::safe_href;
use en_action_core::territory::Territory;

use super::{axis_label, status_class, text};
use crate::format;
use crate::i18n::data::{pick, Localised};
use crate::i18n::t;
use crate::url::ViewState;

/// One fact of the action: a term and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub term: &'static str,
    /// A text of the file (a title) or of the page (a status, a date).
    pub value: Localised,
}

impl Fact {
    /// A fact whose value is written by the page, in its language.
    fn said(term: &'static str, value: String) -> Fact {
        Fact { term, value: Localised { text: value, in_french: false } }
    }
}

/// A commune the action concerns, with a link to its profile.
#[derive(Debug, Clone, PartialEq)]
pub struct CommuneLink {
    pub name: String,
    pub link: ViewState,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionPage {
    pub id: String,
    pub title: Localised,
    /// « Réalisée ».
    pub status: &'static str,
    pub status_class: String,
    pub axis: (Localised, ViewState),
    pub axis_colour: String,
    /// (term, title): the ambition and the objective.
    pub place: Vec<Fact>,
    /// Status, start, end, lead, budget (communes apart).
    pub facts: Vec<Fact>,
    /// `None`: the whole territory.
    pub communes: Option<Vec<CommuneLink>>,
    pub description: Option<Localised>,
    /// Only a safe `https:`, `http:` or `mailto:` address.
    pub link: Option<String>,
    pub illustrative: bool,
    /// Ids of the indicators the action aims at, in the file's order.
    pub indicators: Vec<String>,
}

/// The page of action `id`, `None` when the file has none.
pub fn action_page(actions: &Actions, territory: &Territory, id: &str) -> Option<ActionPage> {
    let text = t().actions();
    let place = actions.find(id)?;
    let action = place.action;
    let mut facts = vec![Fact::said(text.status_term, text::status_capitalised(action.status).to_owned()), Fact::said(text.start_term, format::date(action.start))];
    if let Some(end) = action.end {
        let term = if action.status.is_closed() { text.end_term } else { text.planned_end_term };
        facts.push(Fact::said(term, format::date(end)));
    }
    // The lead is a name (« Artois Mobilités », « CALL »): it is not translated.
    facts.push(Fact::said(text.lead_term, action.lead.clone()));
    if let Some(budget) = action.budget.filter(|b| b.is_finite()) {
        facts.push(Fact::said(text.budget_term, text::euros(budget)));
    }
    let communes = match &action.communes {
        Scope::WholeTerritory => None,
        Scope::Communes(codes) => Some(
            codes
                .iter()
                .map(|c| CommuneLink { name: territory.commune_by_code(c.as_str()).map(|x| x.name.clone()).unwrap_or_else(|| c.to_string()), link: ViewState::commune(c.as_str()) })
                .collect(),
        ),
    };
    let axis_id = place.axis.id.as_str();
    let description = action.description.as_deref().filter(|d| !d.trim().is_empty()).map(|d| pick(d, action.description_en.as_deref()));
    Some(ActionPage {
        id: action.id.to_string(),
        title: pick(&action.title, action.title_en.as_deref()),
        status: text::status_capitalised(action.status),
        status_class: status_class(action.status),
        axis: (axis_label(territory, axis_id), ViewState::actions_of_axis(axis_id)),
        axis_colour: territory.axis(axis_id).map(|a| a.colour.clone()).unwrap_or_default(),
        place: vec![
            Fact { term: text.ambition_term, value: pick(&place.ambition.title, place.ambition.title_en.as_deref()) },
            Fact { term: text.objective_term, value: pick(&place.objective.title, place.objective.title_en.as_deref()) },
        ],
        facts,
        communes,
        description,
        link: action.link.as_deref().and_then(safe_href).map(str::to_owned),
        illustrative: action.illustrative,
        indicators: action.indicators.iter().map(ToString::to_string).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::fixture;

    #[test]
    fn the_first_action_of_the_file() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        let page = action_page(&a, &t, "bouger-1-1-1").expect("action");
        assert_eq!(page.title.text, "Mettre en service les sept lignes de bus à haut niveau de service Bulles");
        assert_eq!(page.status, "Réalisée");
        assert_eq!(page.status_class, "status-badge status-badge--realisee");
        let facts: Vec<(&str, &str)> = page.facts.iter().map(|f| (f.term, f.value.text.as_str())).collect();
        assert_eq!(facts, [("État d'avancement", "Réalisée"), ("Début", "avril 2019"), ("Fin", "avril 2019"), ("Porteur", "Artois Mobilités")]);
        assert_eq!(page.communes, None, "the whole territory");
        assert_eq!(page.indicators, ["couverture_bulles", "frequentation_bulles"]);
        assert_eq!(page.axis.0.text, "Bouger");
        assert_eq!(page.axis.1.to_query(), "?v=1&page=actions&axe=bouger");
        assert_eq!(page.place[0].term, "Ambition");
        assert!(!page.illustrative);
        assert!(page.description.is_some());
        assert_eq!(action_page(&a, &t, "nulle-part"), None);
    }

    #[test]
    fn communes_budget_and_links() {
        let t = fixture::territory();
        let mut a = fixture::actions(&t);
        let page = action_page(&a, &t, "bouger-3-2-2").expect("action");
        let communes = page.communes.expect("a list");
        assert_eq!(communes.len(), 1);
        assert_eq!(communes[0].name, "Lens");
        assert_eq!(communes[0].link.to_query(), "?v=1&page=commune&communes=62498");
        // A budget in euros; a link only when safe (the checker already refuses others).
        let action = a.axes[0].ambitions[0].objectives[0].actions.get_mut(0).expect("action");
        action.budget = Some(12_500_000.0);
        action.link = Some("javascript:alert(1)".into());
        action.status = en_action_core::actions::Status::EnCours;
        let page = action_page(&a, &t, "bouger-1-1-1").expect("action");
        assert!(page.facts.iter().any(|f| f.term == "Budget" && f.value.text == "12\u{a0}500\u{a0}000\u{a0}€"));
        assert!(page.facts.iter().any(|f| f.term == "Fin prévue"), "not over yet");
        assert_eq!(page.link, None);
        let action = a.axes[0].ambitions[0].objectives[0].actions.get_mut(0).expect("action");
        action.link = Some("https://www.agglo-lenslievin.fr/".into());
        assert_eq!(action_page(&a, &t, "bouger-1-1-1").and_then(|p| p.link).as_deref(), Some("https://www.agglo-lenslievin.fr/"));
    }

    #[test]
    fn in_english_the_file_s_english_texts_or_the_french_ones_marked() {
        let t = fixture::territory();
        let a = fixture::actions(&t);
        crate::i18n::with_lang(crate::i18n::Lang::En, || {
            let page = action_page(&a, &t, "bouger-1-1-1").expect("action");
            assert!(!page.title.in_french, "a real action has its English title");
            assert!(page.description.as_ref().is_some_and(|d| !d.in_french));
            assert_eq!(page.status, "Completed");
            let facts: Vec<(&str, &str)> = page.facts.iter().map(|f| (f.term, f.value.text.as_str())).collect();
            assert_eq!(facts, [("Status", "Completed"), ("Start", "April 2019"), ("End", "April 2019"), ("Led by", "Artois Mobilités")]);
            assert_eq!(page.place[0].value.text, "A high-performing public transport network");
            let illustrative = action_page(&a, &t, "bouger-1-1-3").expect("action");
            assert_eq!(illustrative.title, Localised { text: "Renforcer la fréquence des lignes Bulles le samedi".into(), in_french: true });
            assert_eq!(illustrative.facts[1].value.text, "2024");
        });
    }
}
