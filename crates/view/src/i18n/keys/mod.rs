//! The keys of the catalogues: one struct per area of the interface, each field one text
//! (with its French text in a doc comment where the name does not say it). Texts with
//! `{name}` placeholders are filled with [`super::fill`]; texts that depend on a count are a
//! [`super::Plural`].

pub mod common;
pub mod shell;
pub mod indicator;
pub mod commune;
pub mod actions;
pub mod site;
pub mod presentation;
pub mod workbench;

pub use common::Common;
pub use shell::Shell;
pub use indicator::Indicator;
pub use commune::Commune;
pub use actions::Actions;
pub use site::Site;
pub use presentation::Presentation;
pub use workbench::Workbench;

use serde::Serialize;

/// Every text of the interface, in one language (for the tests and tools that read a whole
/// catalogue; the interface reads one area at a time through [`super::t`], so that an edition
/// of the app keeps only the areas it shows).
#[derive(Debug, Serialize)]
pub struct Catalogue {
    /// Words every area uses: numbers that cannot be computed, months, sizes.
    pub common: &'static Common,
    /// The frame of every page: skip link, header, navigation, language switch, footer, loading.
    pub shell: &'static Shell,
    /// The overview, the indicator page, its views (trend, ranking, map, table) and their charts.
    pub indicator: &'static Indicator,
    /// The commune profile, embedding, exports and downloads, sharing, offline use, errors.
    pub commune: &'static Commune,
    /// The actions' summary, list and pages, and the actions shown on other pages.
    pub actions: &'static Actions,
    /// The footer's pages: accessibility statement, legal notices, site map, about the data.
    pub site: &'static Site,
    /// The presentation: decks, slides, presenter view, help.
    pub presentation: &'static Presentation,
    /// The data workbench (« Atelier des données ») for the staff.
    pub workbench: &'static Workbench,
}
