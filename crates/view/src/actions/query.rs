//! The link parameters of the actions views, read and written by [`crate::url`]:
//!
//! | name      | meaning                                    | values                                  |
//! |-----------|--------------------------------------------|-----------------------------------------|
//! | `statut`  | the list's status filter                   | `a_l_etude`, `engagee`, `en_cours`, `realisee`, `reportee`, `abandonnee` |
//! | `commune` | the list's commune filter                  | an INSEE code (whole-territory actions included) |
//! | `q`       | the list's search (title and lead)         | text, at most [`MAX_SEARCH`] characters |
//!
//! `page=actions&axe=bouger` filters by axis; `page=action&id=bouger-1-1-1` is one action.
//! Invalid values are ignored, as everywhere in links.

use en_action_core::actions::{is_valid_id, Status};
use en_action_core::code::CommuneCode;

use crate::url::{encode, push_param, Page, ViewState};

/// The longest search kept from a link.
pub const MAX_SEARCH: usize = 100;

/// What the actions views read from a link.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActionQuery {
    /// On `page=action`: the action shown (the link's `id`).
    pub id: Option<String>,
    pub status: Option<Status>,
    /// An INSEE code.
    pub commune: Option<String>,
    /// Trimmed, without control characters, never empty.
    pub search: Option<String>,
}

impl ActionQuery {
    /// Reads parameter `name` (already decoded); other names are ignored.
    pub(crate) fn read(&mut self, name: &str, raw: &str) {
        let value = raw.trim();
        match name {
            "statut" => self.status = Status::from_key(value),
            "commune" => self.commune = CommuneCode::parse(value).map(|c| c.as_str().to_owned()),
            "q" => self.search = clean_search(raw),
            _ => {}
        }
    }

    /// Appends the parameters that are set, in the order of the table.
    pub(crate) fn write(&self, query: &mut String) {
        if let Some(status) = self.status {
            push_param(query, "statut", status.key());
        }
        if let Some(code) = &self.commune {
            push_param(query, "commune", &encode(code));
        }
        if let Some(search) = &self.search {
            push_param(query, "q", &encode(search));
        }
    }

    /// Whether the list is narrowed by a status, a commune or a search.
    pub fn is_filtered(&self) -> bool {
        self.status.is_some() || self.commune.is_some() || self.search.is_some()
    }
}

/// The search as kept: control characters removed, trimmed, at most [`MAX_SEARCH`]
/// characters; `None` when nothing is left.
pub fn clean_search(text: &str) -> Option<String> {
    let kept: String = text.chars().filter(|c| !c.is_control()).collect();
    let kept: String = kept.trim().chars().take(MAX_SEARCH).collect();
    let kept = kept.trim_end().to_owned();
    (!kept.is_empty()).then_some(kept)
}

impl ViewState {
    /// The actions page: the summary and the whole list.
    pub fn actions_list() -> ViewState {
        ViewState { page: Page::Actions, ..ViewState::default() }
    }

    /// The actions page with axis `id` alone.
    pub fn actions_of_axis(id: &str) -> ViewState {
        ViewState { axis: ViewState::axis(id).axis, ..ViewState::actions_list() }
    }

    /// The actions page filtered on commune `code` (whole-territory actions included).
    pub fn actions_in_commune(code: &str) -> ViewState {
        let mut view = ViewState::actions_list();
        view.actions.read("commune", code);
        view
    }

    /// The page of action `id` (a malformed id gives the « introuvable » page).
    pub fn action(id: &str) -> ViewState {
        let mut view = ViewState { page: Page::Action, ..ViewState::default() };
        view.actions.id = is_valid_id(id).then(|| id.to_owned());
        view
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_list_keeps_its_filters_in_the_link() {
        let mut view = ViewState::actions_of_axis("bouger");
        view.actions.status = Some(Status::EnCours);
        view.actions.commune = Some("62498".into());
        view.actions.search = Some("parc des îles".into());
        let query = view.to_query();
        assert_eq!(query, "?v=1&page=actions&axe=bouger&statut=en_cours&commune=62498&q=parc%20des%20%C3%AEles");
        assert_eq!(ViewState::from_query(&query), view);
        assert_eq!(ViewState::from_query("?v=1&page=actions&axe=bouger&statut=en_cours&commune=62498&q=parc+des+%C3%AEles"), view);
        assert_eq!(ViewState::actions_list().to_query(), "?v=1&page=actions");
        assert_eq!(ViewState::actions_in_commune("62510").to_query(), "?v=1&page=actions&commune=62510");
        assert!(view.actions.is_filtered() && !ViewState::actions_of_axis("bouger").actions.is_filtered());
    }

    #[test]
    fn invalid_filters_are_ignored() {
        let view = ViewState::from_query("?v=1&page=actions&statut=en%20cours&commune=6249&q=%20%20");
        assert_eq!(view, ViewState::actions_list());
        assert_eq!(ViewState::from_query("?page=actions&statut=REALISEE").actions.status, None);
        assert_eq!(clean_search(" parc\u{7}\n "), Some("parc".into()));
        assert_eq!(clean_search(&"é".repeat(300)).map(|s| s.chars().count()), Some(MAX_SEARCH));
    }

    #[test]
    fn an_action_is_named_by_id() {
        let view = ViewState::action("bouger-1-1-1");
        assert_eq!(view.to_query(), "?v=1&page=action&id=bouger-1-1-1");
        assert_eq!(ViewState::from_query("?v=1&page=action&id=bouger-1-1-1"), view);
        // Parameters in any order; the id is the action's, not an indicator's.
        let read = ViewState::from_query("?id=bouger-1-1-1&v=1&page=action");
        assert_eq!((read.actions.id.as_deref(), read.indicator), (Some("bouger-1-1-1"), None));
        assert_eq!(ViewState::from_query("?page=action&id=Bouger%201").actions.id, None);
        assert_eq!(ViewState::action("<script>").actions.id, None);
        // Old links keep their meaning.
        assert_eq!(ViewState::from_query("?v=1&page=indicateur&id=chomage"), ViewState::indicator("chomage"));
        assert_eq!(ViewState::from_query("?v=1&page=commune&communes=62498&commune=62510").communes, vec!["62498"]);
    }

    proptest! {
        #[test]
        fn roundtrip(status in prop::option::of(prop::sample::select(Status::ALL.to_vec())),
                     commune in prop::option::of("[0-9]{5}"),
                     search in prop::option::of("\\PC{1,30}"),
                     axis in prop::option::of("[a-z]{1,10}")) {
            let mut view = ViewState { axis, ..ViewState::actions_list() };
            view.actions = ActionQuery { id: None, status, commune, search: search.and_then(|s| clean_search(&s)) };
            prop_assert_eq!(ViewState::from_query(&view.to_query()), view);
        }
    }
}
