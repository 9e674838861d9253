//! The data files a deck needs offline (« Préparer la présentation hors ligne »): the
//! territory file, the deck file, each indicator slide's file, every indicator file for the
//! home, axis and commune slides (which show them all), and the commune boundaries for maps.

use en_action_core::check::id_of_file;
use en_action_core::territory::Territory;

use super::DeckModel;
use crate::url::{IndicatorView, Page};

/// The paths, relative to the data folder, in a stable order and without repeats.
pub fn deck_files(territory: &Territory, deck: &DeckModel, deck_file: Option<&str>) -> Vec<String> {
    let mut files = vec![en_action_core::file_kind::TERRITORY_FILE.to_owned()];
    let mut push = |path: &str| {
        if !files.iter().any(|f| f == path) {
            files.push(path.to_owned());
        }
    };
    if let Some(path) = deck_file {
        push(path);
    }
    for slide in &deck.slides {
        let view = &slide.view;
        match view.page {
            Page::Indicator => {
                let id = view.indicator.as_deref().unwrap_or_default();
                if let Some(file) = territory.indicators.iter().find(|f| id_of_file(f) == id) {
                    push(file.as_str());
                }
                if view.view == IndicatorView::Map {
                    if let Some(boundaries) = &territory.boundaries {
                        push(boundaries.as_str());
                    }
                }
            }
            Page::Actions => territory.actions.iter().for_each(|f| push(f.as_str())),
            _ => territory.indicators.iter().for_each(|f| push(f.as_str())),
        }
    }
    files
}

/// Every data file of the dashboard.
pub fn all_files(territory: &Territory) -> Vec<String> {
    let mut files = vec![en_action_core::file_kind::TERRITORY_FILE.to_owned()];
    files.extend(territory.indicators.iter().map(|f| f.as_str().to_owned()));
    files.extend(territory.decks.iter().map(|f| f.as_str().to_owned()));
    files.extend(territory.boundaries.iter().map(|f| f.as_str().to_owned()));
    files.extend(territory.actions.iter().map(|f| f.as_str().to_owned()));
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::SlideSpec;
    use crate::url::ViewState;
    use en_action_core::check::check_territory;

    fn territory() -> Territory {
        let bytes = std::fs::read(format!("{}/../../indicators/territory.json", env!("CARGO_MANIFEST_DIR"))).expect("file");
        check_territory("territory.json", &bytes).expect("valid").value
    }

    #[test]
    fn an_indicator_deck_needs_its_files_only() {
        let t = territory();
        let deck = DeckModel {
            title: "t".into(),
            slides: vec![
                SlideSpec::of(ViewState::indicator("no2")),
                SlideSpec::of(ViewState::indicator("chomage").with_view(IndicatorView::Map)),
                SlideSpec::of(ViewState::indicator("no2").with_view(IndicatorView::Ranking)),
                SlideSpec::of(ViewState::indicator("inconnu")),
            ],
        };
        let files = deck_files(&t, &deck, Some("decks/conseil.json"));
        let mut expected = vec!["territory.json".to_owned(), "decks/conseil.json".into(), "respirer/no2.json".into(), "travailler/chomage.json".into()];
        expected.extend(t.boundaries.iter().map(|b| b.as_str().to_owned()));
        assert_eq!(files, expected);
    }

    #[test]
    fn maps_need_the_boundaries_when_the_territory_has_them() {
        let mut t = territory();
        t.boundaries = Some(en_action_core::data_path::DataPath::parse("communes.geojson", &[".geojson"]).expect("a path"));
        let deck = |view: IndicatorView| DeckModel { title: "t".into(), slides: vec![SlideSpec::of(ViewState::indicator("no2").with_view(view))] };
        assert_eq!(deck_files(&t, &deck(IndicatorView::Map), None), ["territory.json", "respirer/no2.json", "communes.geojson"]);
        assert_eq!(deck_files(&t, &deck(IndicatorView::Ranking), None), ["territory.json", "respirer/no2.json"]);
    }

    #[test]
    fn home_axis_and_commune_slides_need_every_indicator() {
        let t = territory();
        let deck = DeckModel { title: "t".into(), slides: vec![SlideSpec::of(ViewState::commune("62510")), SlideSpec::of(ViewState::axis("bouger"))] };
        let files = deck_files(&t, &deck, None);
        assert_eq!(files.len(), 1 + t.indicators.len());
        assert_eq!(all_files(&t).len(), 1 + t.indicators.len() + t.decks.len() + usize::from(t.boundaries.is_some()) + usize::from(t.actions.is_some()));
        assert!(all_files(&t).iter().any(|f| f == "actions.json"));
    }

    #[test]
    fn an_actions_slide_needs_the_actions_file_only() {
        let t = territory();
        let deck = DeckModel { title: "t".into(), slides: vec![SlideSpec::of(ViewState::actions_of_axis("bouger"))] };
        assert_eq!(deck_files(&t, &deck, None), ["territory.json", "actions.json"]);
    }
}
