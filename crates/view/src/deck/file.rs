//! Deck files (checked by the core) turned into decks, and decks written back as deck files
//! (« Télécharger la présentation »), so that a deck composed in the browser can be
//! published under the data folder.

use en_action_core::deck::{Deck, DeckFile, Slide, SlideIndicatorView, SlidePage, SlideView, DECK_FORMAT};

use super::{DeckModel, SlideSpec};
use crate::url::{IndicatorView, Page, ViewState};

/// The deck of a checked deck file.
pub fn from_file(deck: &Deck) -> DeckModel {
    DeckModel {
        title: deck.title.clone(),
        slides: deck
            .slides
            .iter()
            .map(|s| SlideSpec { title: s.title.clone(), notes: s.notes.clone(), view: view_of(&s.view) })
            .collect(),
    }
}

/// The dashboard view a slide of a deck file names.
pub fn view_of(slide: &SlideView) -> ViewState {
    let base = match slide.page {
        SlidePage::Accueil => return ViewState::overview(),
        SlidePage::Axe => return ViewState::axis(slide.axe.as_deref().unwrap_or_default()),
        SlidePage::Commune => return ViewState::commune(slide.communes.first().map(String::as_str).unwrap_or_default()),
        SlidePage::Actions => return slide.axe.as_deref().map_or_else(ViewState::actions_list, ViewState::actions_of_axis),
        SlidePage::Indicateur => ViewState::indicator(slide.id.as_deref().unwrap_or_default()),
    };
    let mut view = ViewState {
        from: slide.de,
        to: slide.a,
        view: slide.vue.map(indicator_view).unwrap_or_default(),
        index100: slide.base100,
        year: slide.annee,
        ..base
    };
    for code in &slide.communes {
        view.toggle_commune(code);
    }
    if slide.hab {
        view.set_per_capita(true);
    }
    view
}

/// The id of a deck file for a deck titled `title`: lower case, without accents, words
/// joined by hyphens (« Conseil du 12 décembre » → `conseil-du-12-decembre`).
pub fn id_for(title: &str) -> String {
    let folded = en_action_core::fold::fold(title);
    let words: Vec<String> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let id = words.join("-").chars().take(60).collect::<String>().trim_end_matches('-').to_owned();
    if id.is_empty() { "presentation".to_owned() } else { id }
}

/// The deck file of `deck`, with id `id`, as pretty JSON (for `indicators/decks/<id>.json`).
pub fn to_file(deck: &DeckModel, id: &str) -> String {
    let file = DeckFile {
        schema: Some("../schema/deck.schema.json".to_owned()),
        format: DECK_FORMAT,
        id: id.to_owned(),
        title: deck.title.clone(),
        slides: deck.slides.iter().map(|s| Slide { title: s.title.clone(), notes: s.notes.clone(), view: slide_view(&s.view) }).collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

/// The slide view of a dashboard view (the inverse of [`view_of`]).
pub fn slide_view(view: &ViewState) -> SlideView {
    match view.page {
        Page::Indicator => SlideView {
            page: SlidePage::Indicateur,
            id: view.indicator.clone(),
            communes: view.communes.clone(),
            de: view.from,
            a: view.to,
            vue: (view.view != IndicatorView::Trend).then(|| slide_indicator_view(view.view)),
            hab: view.per_capita == Some(true),
            base100: view.index100,
            annee: view.year,
            ..SlideView::default()
        },
        Page::Commune => SlideView { page: SlidePage::Commune, communes: view.communes.iter().take(1).cloned().collect(), ..SlideView::default() },
        Page::Actions => SlideView { page: SlidePage::Actions, axe: view.axis.clone(), ..SlideView::default() },
        _ => match &view.axis {
            Some(axis) => SlideView { page: SlidePage::Axe, axe: Some(axis.clone()), ..SlideView::default() },
            None => SlideView::default(),
        },
    }
}

fn indicator_view(view: SlideIndicatorView) -> IndicatorView {
    match view {
        SlideIndicatorView::Tendance => IndicatorView::Trend,
        SlideIndicatorView::Classement => IndicatorView::Ranking,
        SlideIndicatorView::Carte => IndicatorView::Map,
        SlideIndicatorView::Tableau => IndicatorView::Table,
    }
}

fn slide_indicator_view(view: IndicatorView) -> SlideIndicatorView {
    match view {
        IndicatorView::Trend => SlideIndicatorView::Tendance,
        IndicatorView::Ranking => SlideIndicatorView::Classement,
        IndicatorView::Map => SlideIndicatorView::Carte,
        IndicatorView::Table => SlideIndicatorView::Tableau,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator_slide() -> SlideView {
        SlideView {
            page: SlidePage::Indicateur,
            id: Some("chomage".into()),
            communes: vec!["62498".into(), "62510".into()],
            de: Some(2015),
            a: Some(2023),
            vue: Some(SlideIndicatorView::Tendance),
            hab: true,
            base100: true,
            annee: Some(2022),
            ..SlideView::default()
        }
    }

    #[test]
    fn a_slide_names_the_view_a_link_would() {
        let view = view_of(&indicator_slide());
        assert_eq!(view.to_query(), "?v=1&page=indicateur&id=chomage&communes=62498,62510&de=2015&a=2023&hab=1&base100=1&annee=2022");
        assert_eq!(view_of(&SlideView::default()), ViewState::overview());
        let axis = SlideView { page: SlidePage::Axe, axe: Some("bouger".into()), ..SlideView::default() };
        assert_eq!(view_of(&axis), ViewState::axis("bouger"));
        let commune = SlideView { page: SlidePage::Commune, communes: vec!["62510".into(), "62498".into()], ..SlideView::default() };
        let actions = SlideView { page: SlidePage::Actions, axe: Some("bouger".into()), ..SlideView::default() };
        assert_eq!(view_of(&actions).to_query(), "?v=1&page=actions&axe=bouger");
        assert_eq!(view_of(&SlideView { page: SlidePage::Actions, ..SlideView::default() }), ViewState::actions_list());
        assert_eq!(view_of(&commune), ViewState::commune("62510"));
        // In the ranking, per 1,000 inhabitants is the default: `hab` adds nothing to the link.
        let ranking = SlideView { vue: Some(SlideIndicatorView::Classement), ..indicator_slide() };
        assert_eq!(view_of(&ranking).per_capita, None);
        assert!(view_of(&ranking).shows_per_capita(true));
    }

    #[test]
    fn written_slides_read_back_as_the_same_views() {
        let views = [
            view_of(&indicator_slide()),
            ViewState::overview(),
            ViewState::axis("respirer"),
            ViewState::commune("62510"),
            ViewState::indicator("vacance").with_view(IndicatorView::Map),
            ViewState::actions_list(),
            ViewState::actions_of_axis("habiter"),
        ];
        for view in views {
            assert_eq!(view_of(&slide_view(&view)), view, "{}", view.to_query());
        }
    }

    #[test]
    fn ids_from_titles() {
        assert_eq!(id_for("Conseil du 12 décembre"), "conseil-du-12-decembre");
        assert_eq!(id_for("  Œuvres : l'été à Liévin !"), "oeuvres-l-ete-a-lievin");
        assert_eq!(id_for("« »"), "presentation");
        assert!(id_for(&"mot ".repeat(40)).len() <= 60);
        assert!(!id_for(&"ab ".repeat(40)).ends_with('-'));
    }

    #[test]
    fn a_deck_file_is_written_with_its_schema_and_format() {
        let deck = DeckModel {
            title: "Conseil du 12 décembre".into(),
            slides: vec![SlideSpec { title: Some("Ouverture".into()), notes: Some("Bonjour".into()), view: ViewState::overview() }],
        };
        let text = to_file(&deck, "conseil");
        let file: DeckFile = serde_json::from_str(&text).expect("a deck file");
        assert_eq!(file.schema.as_deref(), Some("../schema/deck.schema.json"));
        assert_eq!((file.format, file.id.as_str(), file.title.as_str()), (DECK_FORMAT, "conseil", "Conseil du 12 décembre"));
        assert_eq!(file.slides[0].title.as_deref(), Some("Ouverture"));
        assert_eq!(file.slides[0].view.page, SlidePage::Accueil);
        let deck_back = from_file(&Deck { id: file.id, title: file.title, slides: file.slides });
        assert_eq!(deck_back, deck);
    }
}
