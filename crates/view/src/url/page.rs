//! The pages of the site and the views of the indicator page, as the `page` and `vue`
//! parameters name them.

/// The page shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Page {
    /// The home page: every axis and its indicators.
    #[default]
    Overview,
    /// One indicator, in one of its [`IndicatorView`]s.
    Indicator,
    /// One commune: all its indicators (the commune is the first of [`ViewState::communes`]).
    Commune,
    /// The staff workbench (« Atelier des données »): check, preview and import files.
    Workbench,
    /// A deck of views shown full screen, one slide at a time (its own parameters:
    /// [`crate::deck::query`]).
    Presentation,
    /// The project's actions: the summary by status and axis, and the list with its filters
    /// ([`ViewState::actions`]; `axe` filters by axis).
    Actions,
    /// One action (its id in [`ActionQuery::id`]).
    Action,
    /// The accessibility statement (« Déclaration d'accessibilité », [`crate::site`]).
    Accessibility,
    /// The legal notice (« Mentions légales »).
    Legal,
    /// The site map (« Plan du site »).
    Sitemap,
    /// About the data (« À propos des données »): sources, licences, aggregation rules.
    Data,
}

impl Page {
    /// The value of the `page` parameter.
    pub fn param(self) -> &'static str {
        match self {
            Page::Overview => "accueil",
            Page::Indicator => "indicateur",
            Page::Commune => "commune",
            Page::Workbench => "atelier",
            Page::Presentation => "presentation",
            Page::Actions => "actions",
            Page::Action => "action",
            Page::Accessibility => "accessibilite",
            Page::Legal => "mentions-legales",
            Page::Sitemap => "plan-du-site",
            Page::Data => "donnees",
        }
    }

    /// The pages of the site's footer, in its order (see [`crate::site`]).
    pub const SITE: [Page; 4] = [Page::Accessibility, Page::Legal, Page::Sitemap, Page::Data];

    /// Reads the value of the `page` parameter.
    pub fn from_param(value: &str) -> Option<Page> {
        [Page::Overview, Page::Indicator, Page::Commune, Page::Workbench, Page::Presentation, Page::Actions, Page::Action]
            .into_iter()
            .chain(Page::SITE)
            .find(|p| p.param() == value)
    }
}

/// The view of the indicator page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum IndicatorView {
    /// Values over time.
    #[default]
    Trend,
    /// Communes ranked for one year.
    Ranking,
    /// Communes on the map for one year.
    Map,
    /// The change table.
    Table,
}

impl IndicatorView {
    /// Every view, in the order of the tabs.
    pub const ALL: [IndicatorView; 4] = [
        IndicatorView::Trend,
        IndicatorView::Ranking,
        IndicatorView::Map,
        IndicatorView::Table,
    ];

    /// The value of the `vue` parameter.
    pub fn param(self) -> &'static str {
        match self {
            IndicatorView::Trend => "tendance",
            IndicatorView::Ranking => "classement",
            IndicatorView::Map => "carte",
            IndicatorView::Table => "tableau",
        }
    }

    /// Reads the value of the `vue` parameter.
    pub fn from_param(value: &str) -> Option<IndicatorView> {
        Self::ALL.into_iter().find(|v| v.param() == value)
    }
}
