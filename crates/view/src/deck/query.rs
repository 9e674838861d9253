//! The parameters of the presentation page (`?v=1&page=presentation&…`), beside those of
//! [`crate::url`] (same version, same rules: unknown parameters and invalid values are
//! ignored, never an error).
//!
//! | name           | meaning                                        | values                        | default  |
//! |----------------|------------------------------------------------|-------------------------------|----------|
//! | `axe`          | the built-in deck of this axis                 | an axis id, e.g. `bouger`     | none     |
//! | `fichier`      | the deck file of this id (listed in `decks`)   | a deck id                     | none     |
//! | `d`            | one slide of a deck carried in the link        | a view's query, encoded; repeated | none |
//! | `titre`        | the title of a deck carried in the link        | text                          | none     |
//! | `diapo`        | the slide shown                                | from 1                        | 1        |
//! | `theme`        | the projector theme                            | `clair`, `sombre`             | `clair`  |
//! | `auto`         | kiosk: seconds per slide, looping              | 3 to 3600                     | none     |
//! | `commune`      | the commune the whole deck follows             | an INSEE code                 | none     |
//! | `presentateur` | the presenter view (notes, next slide, clock)  | `1`                           | none     |
//!
//! The deck is, in this order: the slides `d` when there are any, else the deck file
//! `fichier`, else the axis deck `axe`, else the project's deck.

use en_action_core::code::CommuneCode;
use en_action_core::deck::MAX_SLIDES;

use crate::url::{decode, encode, push_lang, push_param, ViewState, URL_VERSION};

/// Where the slides come from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DeckSource {
    /// The whole project: home, then each axis and its indicators.
    #[default]
    Project,
    /// One axis: its overview, then its indicators.
    Axis(String),
    /// A deck file of the data folder, by id.
    File(String),
    /// Slides carried in the link (« Ajouter à la présentation »).
    Inline { title: Option<String>, slides: Vec<ViewState> },
}

/// The projector theme: dark text on white, or light text on black.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// Kiosk intervals, in seconds.
pub const AUTO_SECONDS: std::ops::RangeInclusive<u32> = 3..=3600;

/// Everything the presentation's link says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PresentationQuery {
    pub source: DeckSource,
    /// The slide shown, from 0.
    pub slide: usize,
    pub theme: Theme,
    /// Seconds per slide in kiosk mode.
    pub auto: Option<u32>,
    /// The commune the deck follows.
    pub commune: Option<String>,
    pub presenter: bool,
}

impl PresentationQuery {
    /// A presentation of `source` from its first slide.
    pub fn of(source: DeckSource) -> PresentationQuery {
        PresentationQuery { source, ..PresentationQuery::default() }
    }

    /// Reads the presentation's parameters from a query string (with or without `?`).
    pub fn from_query(query: &str) -> PresentationQuery {
        let query = query.strip_prefix('?').unwrap_or(query);
        let query = query.split('#').next().unwrap_or_default();
        let mut q = PresentationQuery::default();
        let (mut axis, mut file, mut title, mut slides) = (None, None, None, Vec::new());
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            let trimmed = value.trim();
            match decode(name).as_str() {
                "axe" if !trimmed.is_empty() => axis = Some(trimmed.to_owned()),
                "fichier" if !trimmed.is_empty() => file = Some(trimmed.to_owned()),
                "titre" if !trimmed.is_empty() => title = Some(trimmed.chars().take(200).collect()),
                "d" if slides.len() < MAX_SLIDES => {
                    let view = ViewState { embed: false, ..ViewState::from_query(&value) };
                    if crate::deck::mine::is_slide(&view) {
                        slides.push(view);
                    }
                }
                "diapo" => q.slide = trimmed.parse::<usize>().ok().filter(|n| *n >= 1).map_or(0, |n| n - 1),
                "theme" => q.theme = if trimmed == "sombre" { Theme::Dark } else { Theme::Light },
                "auto" => q.auto = trimmed.parse::<u32>().ok().filter(|s| AUTO_SECONDS.contains(s)),
                "commune" => q.commune = CommuneCode::parse(trimmed).map(|c| c.as_str().to_owned()),
                "presentateur" => q.presenter = trimmed == "1",
                _ => {}
            }
        }
        q.source = match (slides.is_empty(), file, axis) {
            (false, _, _) => DeckSource::Inline { title, slides },
            (true, Some(id), _) => DeckSource::File(id),
            (true, None, Some(id)) => DeckSource::Axis(id),
            (true, None, None) => DeckSource::Project,
        };
        q
    }

    /// The link of this presentation: `?v=1&page=presentation` then its parameters, in the
    /// order of the table, defaults left out.
    pub fn to_query(&self) -> String {
        let mut query = format!("?v={URL_VERSION}&page=presentation");
        let mut push = |name: &str, value: &str| push_param(&mut query, name, value);
        match &self.source {
            DeckSource::Project => {}
            DeckSource::Axis(id) => push("axe", &encode(id)),
            DeckSource::File(id) => push("fichier", &encode(id)),
            DeckSource::Inline { title, slides } => {
                for view in slides {
                    push("d", &encode(&slide_param(view)));
                }
                if let Some(title) = title {
                    push("titre", &encode(title));
                }
            }
        }
        if self.slide > 0 {
            push("diapo", &(self.slide + 1).to_string());
        }
        if self.theme == Theme::Dark {
            push("theme", "sombre");
        }
        if let Some(seconds) = self.auto {
            push("auto", &seconds.to_string());
        }
        if let Some(code) = &self.commune {
            push("commune", code);
        }
        if self.presenter {
            push("presentateur", "1");
        }
        push_lang(&mut query);
        query
    }
}

/// A view's query without the version nor the language (the presentation's link carries it
/// once): `page=indicateur&id=chomage`.
fn slide_param(view: &ViewState) -> String {
    let mut query = view.to_query();
    // `to_query` ends with the language when links carry it.
    let mut lang = String::new();
    push_lang(&mut lang);
    if !lang.is_empty() && query.ends_with(&lang) {
        query.truncate(query.len() - lang.len());
    }
    // `to_query` starts with `?v=1`; what follows is the view (empty for the home page).
    let version = format!("?v={URL_VERSION}");
    query.strip_prefix(&version).unwrap_or(&query).trim_start_matches('&').to_owned()
}

/// The link of a presentation of `views`, for « Ma présentation ».
pub fn inline_link(views: &[ViewState]) -> String {
    PresentationQuery::of(DeckSource::Inline { title: None, slides: views.to_vec() }).to_query()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::IndicatorView;

    #[test]
    fn reads_and_writes_every_parameter() {
        let q = PresentationQuery {
            source: DeckSource::File("conseil-communautaire".into()),
            slide: 2,
            theme: Theme::Dark,
            auto: Some(10),
            commune: Some("62498".into()),
            presenter: true,
        };
        let link = q.to_query();
        assert_eq!(link, "?v=1&page=presentation&fichier=conseil-communautaire&diapo=3&theme=sombre&auto=10&commune=62498&presentateur=1");
        assert_eq!(PresentationQuery::from_query(&link), q);
        assert_eq!(PresentationQuery::of(DeckSource::Project).to_query(), "?v=1&page=presentation");
        assert_eq!(PresentationQuery::from_query("?v=1&page=presentation"), PresentationQuery::default());
        assert_eq!(PresentationQuery::from_query("page=presentation&axe=bouger").source, DeckSource::Axis("bouger".into()));
    }

    #[test]
    fn a_deck_carried_in_the_link() {
        let views = vec![
            ViewState::overview(),
            ViewState::indicator("chomage").with_view(IndicatorView::Ranking),
            ViewState::commune("62510"),
        ];
        let link = inline_link(&views);
        assert_eq!(link, "?v=1&page=presentation&d=&d=page%3Dindicateur%26id%3Dchomage%26vue%3Dclassement&d=page%3Dcommune%26communes%3D62510");
        let q = PresentationQuery::from_query(&link);
        assert_eq!(q.source, DeckSource::Inline { title: None, slides: views });
        // Slides take precedence over a file or an axis; pages that are not views are dropped.
        let q = PresentationQuery::from_query("d=page%3Dcommune%26communes%3D62510&titre=+");
        assert_eq!(q.source, DeckSource::Inline { title: None, slides: vec![ViewState::commune("62510")] }, "a blank title is no title");
        let q = PresentationQuery::from_query("d=page%3Dindicateur%26id%3Dno2%26integrer%3D1");
        assert_eq!(q.source, DeckSource::Inline { title: None, slides: vec![ViewState::indicator("no2")] }, "a slide is never in the embed layout");
        let q = PresentationQuery::from_query("fichier=x&axe=bouger&d=page%3Datelier&d=page%3Dcommune%26communes%3D62510&titre=Mon+conseil");
        assert_eq!(q.source, DeckSource::Inline { title: Some("Mon conseil".into()), slides: vec![ViewState::commune("62510")] });
        let many = "d=page%3Dcommune%26communes%3D62510&".repeat(MAX_SLIDES + 5);
        match PresentationQuery::from_query(&many).source {
            DeckSource::Inline { slides, .. } => assert_eq!(slides.len(), MAX_SLIDES),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn links_carry_the_language_once() {
        use crate::i18n::{with_lang, Lang};
        with_lang(Lang::En, || {
            let q = PresentationQuery { slide: 2, ..PresentationQuery::of(DeckSource::Axis("bouger".into())) };
            assert_eq!(q.to_query(), "?v=1&page=presentation&axe=bouger&diapo=3&lang=en");
            assert_eq!(PresentationQuery::from_query(&q.to_query()), q, "the language is not the presentation's");
            let link = inline_link(&[ViewState::overview(), ViewState::commune("62510")]);
            assert_eq!(link, "?v=1&page=presentation&d=&d=page%3Dcommune%26communes%3D62510&lang=en", "not in each slide");
        });
        assert_eq!(PresentationQuery::of(DeckSource::Project).to_query(), "?v=1&page=presentation");
    }

    #[test]
    fn invalid_values_keep_their_defaults() {
        let q = PresentationQuery::from_query("diapo=0&theme=rose&auto=1&commune=abc&presentateur=oui&axe=+&fichier=");
        assert_eq!(q, PresentationQuery::default());
        assert_eq!(PresentationQuery::from_query("diapo=x").slide, 0);
        assert_eq!(PresentationQuery::from_query("diapo=1").slide, 0);
        assert_eq!(PresentationQuery::from_query("diapo=12").slide, 11);
        assert_eq!(PresentationQuery::from_query("auto=3").auto, Some(3));
        assert_eq!(PresentationQuery::from_query("auto=3600").auto, Some(3600));
        assert_eq!(PresentationQuery::from_query("auto=3601").auto, None);
        assert_eq!(PresentationQuery::from_query("theme=clair&theme=sombre").theme, Theme::Dark);
    }
}
