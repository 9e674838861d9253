//! Decks for public meetings: an ordered list of slides, each a saved view of the dashboard
//! (the same [`ViewState`] that links carry) with an optional title and speaker notes.
//!
//! Three sources ([`query::DeckSource`]): the built-in decks ([`builtin`]), the deck files
//! staff write under the data folder ([`file`]), and the deck a reader composes with
//! « Ajouter à la présentation », carried in the link itself ([`query`]).

pub mod builtin;
pub mod file;
pub mod files;
pub mod keys;
pub mod mine;
pub mod navigator;
pub mod projector;
pub mod query;

use crate::url::{Page, ViewState};

/// One slide: the view shown, its title (else the view's finding) and the speaker's notes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SlideSpec {
    pub title: Option<String>,
    pub notes: Option<String>,
    pub view: ViewState,
}

impl SlideSpec {
    /// A slide showing `view`, without title or notes.
    pub fn of(view: ViewState) -> SlideSpec {
        SlideSpec { title: None, notes: None, view }
    }

    /// The view shown when the whole deck follows commune `code` (chosen with C during the
    /// presentation): indicator slides compare that commune with the territory, commune
    /// slides show it; the home and axis slides are the same for every commune.
    pub fn following(&self, code: Option<&str>) -> ViewState {
        let mut view = self.view.clone();
        if let Some(code) = code {
            if matches!(view.page, Page::Indicator | Page::Commune) {
                view.communes = vec![code.to_owned()];
            }
        }
        view
    }
}

/// A deck ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeckModel {
    pub title: String,
    pub slides: Vec<SlideSpec>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn following_a_commune_changes_indicator_and_commune_slides_only() {
        let mut indicator = ViewState::indicator("chomage");
        indicator.communes = vec!["62498".into(), "62510".into()];
        let slide = SlideSpec::of(indicator);
        assert_eq!(slide.following(Some("62001")).communes, vec!["62001"]);
        assert_eq!(slide.following(None).communes, vec!["62498", "62510"]);
        assert_eq!(SlideSpec::of(ViewState::commune("62498")).following(Some("62001")), ViewState::commune("62001"));
        let axis = SlideSpec::of(ViewState::axis("bouger"));
        assert_eq!(axis.following(Some("62001")), ViewState::axis("bouger"));
        assert_eq!(SlideSpec::of(ViewState::overview()).following(Some("62001")), ViewState::overview());
    }
}
