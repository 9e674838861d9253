//! The built-in decks, made from the territory file and its indicators: one per axis (the
//! axis overview, then one slide per indicator of the axis, then the axis's actions when the
//! territory publishes an actions file) and one for the whole project (the home page, every
//! axis overview and its indicators in the territory file's order, then the actions summary).

use en_action_core::territory::Territory;

use super::{DeckModel, SlideSpec};
use crate::i18n::{self, data, fill};
use crate::url::ViewState;

/// An indicator file as the deck sees it: its id and, when it could be read, its axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub axis: Option<String>,
}

/// The deck of axis `axis_id`; `None` when the territory has no such axis.
pub fn axis_deck(territory: &Territory, axis_id: &str, indicators: &[Listed]) -> Option<DeckModel> {
    let axis = territory.axis(axis_id)?;
    let mut slides = axis_slides(axis_id, indicators);
    if territory.actions.is_some() {
        slides.push(SlideSpec::of(ViewState::actions_of_axis(axis_id)));
    }
    Some(DeckModel { title: fill(i18n::t().presentation().axis_title, &[("label", &data::axis_label(axis).plain())]), slides })
}

/// The deck of the whole project.
pub fn project_deck(territory: &Territory, indicators: &[Listed]) -> DeckModel {
    let mut slides = vec![SlideSpec::of(ViewState::overview())];
    for axis in &territory.axes {
        slides.extend(axis_slides(&axis.id, indicators));
    }
    if territory.actions.is_some() {
        slides.push(SlideSpec::of(ViewState::actions_list()));
    }
    DeckModel { title: project_title(territory), slides }
}

/// The project deck's title: « Le projet « en action » de la CALL », “CALL's “en action”
/// project” (French names the territory after « de », English by its short name).
pub fn project_title(territory: &Territory) -> String {
    fill(i18n::t().presentation().project_title, &[("territory", data::of_territory(territory))])
}

fn axis_slides(axis_id: &str, indicators: &[Listed]) -> Vec<SlideSpec> {
    let mut slides = vec![SlideSpec::of(ViewState::axis(axis_id))];
    slides.extend(
        indicators
            .iter()
            .filter(|l| l.axis.as_deref() == Some(axis_id))
            .map(|l| SlideSpec::of(ViewState::indicator(&l.id))),
    );
    slides
}

#[cfg(test)]
mod tests {
    use super::*;
    use en_action_core::check::check_territory;

    /// The shipped territory: five axes, bouger first.
    fn territory() -> Territory {
        let bytes = std::fs::read(format!("{}/../../indicators/territory.json", env!("CARGO_MANIFEST_DIR"))).expect("file");
        check_territory("territory.json", &bytes).expect("valid").value
    }

    fn listed(id: &str, axis: Option<&str>) -> Listed {
        Listed { id: id.into(), axis: axis.map(Into::into) }
    }

    #[test]
    fn an_axis_deck_is_its_overview_then_its_indicators_in_file_order() {
        let t = territory();
        let indicators = [listed("a", Some("bouger")), listed("b", Some("habiter")), listed("x", None), listed("c", Some("bouger"))];
        let deck = axis_deck(&t, "bouger", &indicators).expect("axis");
        assert_eq!(deck.title, format!("Axe « {} »", t.axes[0].label));
        let views: Vec<ViewState> = deck.slides.into_iter().map(|s| s.view).collect();
        assert_eq!(views, vec![ViewState::axis("bouger"), ViewState::indicator("a"), ViewState::indicator("c"), ViewState::actions_of_axis("bouger")]);
        assert_eq!(axis_deck(&t, "voler", &indicators), None);
        let without = Territory { actions: None, ..t.clone() };
        assert_eq!(axis_deck(&without, "bouger", &indicators).map(|d| d.slides.len()), Some(3), "no actions file, no actions slide");
    }

    #[test]
    fn the_project_deck_opens_on_the_home_page_then_every_axis() {
        let t = territory();
        let indicators = [listed("a", Some("bouger")), listed("b", Some("habiter")), listed("c", Some("bouger"))];
        let deck = project_deck(&t, &indicators);
        assert_eq!(deck.title, format!("Le projet « en action » {}", t.of_short_name));
        let views: Vec<ViewState> = deck.slides.into_iter().map(|s| s.view).collect();
        let mut expected = vec![ViewState::overview(), ViewState::axis("bouger"), ViewState::indicator("a"), ViewState::indicator("c")];
        for axis in t.axes.iter().skip(1) {
            expected.push(ViewState::axis(&axis.id));
            if axis.id == "habiter" {
                expected.push(ViewState::indicator("b"));
            }
        }
        expected.push(ViewState::actions_list());
        assert_eq!(views, expected);
    }

    #[test]
    fn titles_in_english() {
        let t = territory();
        crate::i18n::with_lang(crate::i18n::Lang::En, || {
            assert_eq!(project_deck(&t, &[]).title, format!("{}'s “en action” project", t.short_name));
            let label = data::axis_label(&t.axes[0]).plain();
            assert_eq!(axis_deck(&t, "bouger", &[]).map(|d| d.title), Some(format!("Axis “{label}”")));
            let english = Territory { axes: t.axes.iter().map(|a| en_action_core::territory::Axis { label_en: Some("Getting around".into()), ..a.clone() }).collect(), ..t.clone() };
            assert_eq!(axis_deck(&english, "bouger", &[]).map(|d| d.title), Some("Axis “Getting around”".to_owned()));
        });
    }
}
