//! View models of the project's actions (`indicators/actions.json`, validated by the core):
//! the summary by status and axis ([`summary`]), the filtered list ([`list`]), the page of one
//! action ([`detail`]), the sections on an indicator page and a commune profile
//! ([`sections`]), and the link parameters of these views ([`query`]). Their words come from
//! the catalogue (`i18n::t().actions()`), their sentences from [`text`]; the titles of the
//! actions file in the page's language from [`pick`].

pub mod detail;
pub mod list;
pub mod query;
pub mod sections;
pub mod summary;
pub mod text;

use en_action_core::actions::{ActionPlace, Status};
use en_action_core::territory::Territory;

use crate::i18n::data::{self, pick, Localised};
use crate::url::ViewState;

/// An action as a line of a list: its link, title, status and axis.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionLink {
    pub id: String,
    pub title: Localised,
    pub status: Status,
    /// « en cours », « réalisée »…
    pub status_label: &'static str,
    /// The axis's label (« Bouger »), or its id when the territory does not name it.
    pub axis: Localised,
    pub lead: String,
    pub illustrative: bool,
    pub link: ViewState,
}

impl ActionLink {
    pub fn of(place: &ActionPlace<'_>, territory: &Territory) -> ActionLink {
        let action = place.action;
        ActionLink {
            id: action.id.to_string(),
            title: pick(&action.title, action.title_en.as_deref()),
            status: action.status,
            status_label: text::status_label(action.status),
            axis: axis_label(territory, place.axis.id.as_str()),
            lead: action.lead.clone(),
            illustrative: action.illustrative,
            link: ViewState::action(action.id.as_str()),
        }
    }
}

/// The label of axis `id` (« Bouger »), or the id itself.
pub fn axis_label(territory: &Territory, id: &str) -> Localised {
    territory.axis(id).map(data::axis_label).unwrap_or_else(|| Localised { text: id.to_owned(), in_french: false })
}

/// The CSS class of a status badge: `status-badge status-badge--en_cours`.
pub fn status_class(status: Status) -> String {
    format!("status-badge status-badge--{}", status.key())
}

#[cfg(test)]
pub(crate) mod fixture {
    //! The shipped data, read once per test.
    use en_action_core::actions::Actions;
    use en_action_core::check::{check_actions, check_territory, id_of_file};
    use en_action_core::territory::Territory;

    fn read(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/../../indicators/{name}", env!("CARGO_MANIFEST_DIR"))).expect("data file")
    }

    pub fn territory() -> Territory {
        check_territory("territory.json", &read("territory.json")).expect("valid").value
    }

    pub fn actions(territory: &Territory) -> Actions {
        let ids: Vec<String> = territory.indicators.iter().map(|f| id_of_file(f).to_owned()).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        check_actions("actions.json", &read("actions.json"), territory, Some(&ids)).expect("valid").value
    }
}
