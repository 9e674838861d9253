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

/// Every text of the interface, in one language.
#[derive(Debug, Serialize)]
pub struct Catalogue {
    /// Words every area uses: numbers that cannot be computed, months, sizes.
    pub common: Common,
    /// The frame of every page: skip link, header, navigation, language switch, footer, loading.
    pub shell: Shell,
    /// The overview, the indicator page, its views (trend, ranking, map, table) and their charts.
    pub indicator: Indicator,
    /// The commune profile, embedding, exports and downloads, sharing, offline use, errors.
    pub commune: Commune,
    /// The actions' summary, list and pages, and the actions shown on other pages.
    pub actions: Actions,
    /// The footer's pages: accessibility statement, legal notices, site map, about the data.
    pub site: Site,
    /// The presentation: decks, slides, presenter view, help.
    pub presentation: Presentation,
    /// The data workbench (« Atelier des données ») for the staff.
    pub workbench: Workbench,
}
