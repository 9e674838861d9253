//! Every view is a link: the state of the page lives in the query string, so a view can be
//! bookmarked, shared and reopened as it was.
//!
//! # Parameters (version 1)
//!
//! | name       | meaning                                   | values                                   | default   |
//! |------------|-------------------------------------------|------------------------------------------|-----------|
//! | `v`        | version of the link format                | a whole number                           | 1         |
//! | `page`     | the page                                  | `accueil`, `indicateur`, `commune`, `atelier`, `presentation`, `actions`, `action`, `accessibilite`, `mentions-legales`, `plan-du-site`, `donnees` | `accueil` |
//! | `axe`      | the axis shown alone on the home page     | an axis id, e.g. `bouger`                | none      |
//! | `id`       | the indicator                             | an indicator id, e.g. `chomage`          | none      |
//! | `communes` | chosen communes, in order                 | INSEE codes separated by commas          | none      |
//! | `de`, `a`  | first and last year of the period         | four-digit years                         | none      |
//! | `vue`      | the view of the indicator page            | `tendance`, `classement`, `carte`, `tableau` | `tendance` |
//! | `hab`      | values per 1,000 inhabitants              | `1` or `0`                               | `0`       |
//! | `base100`  | index base 100 at the first year          | `1` or `0`                               | `0`       |
//! | `annee`    | the year of the ranking and the map       | a four-digit year                        | none      |
//! | `integrer` | the embed layout (for an `<iframe>`)      | `1` or `0`                               | `0`       |
//! | `statut`, `commune`, `q` | the actions list's filters (status, commune, search) | see [`crate::actions::query`] | none |
//! | `lang`     | the interface's language (read once per page load, [`lang_param`]) | `fr` or `en` | see [`crate::i18n::choose`] |
//!
//! On `page=actions`, `axe` filters the list by axis; on `page=action`, `id` is the action's id
//! (kept in [`ActionQuery::id`], not in [`ViewState::indicator`]).
//!
//! [`ViewState::to_query`] writes `v` first, then only the parameters that differ from their
//! default, always in the order of the table. [`ViewState::from_query`] never fails: unknown
//! parameters and invalid values are ignored (the value keeps its default), malformed
//! commune codes are dropped, repeated communes are kept once and at most
//! [`MAX_COMMUNES`] are kept.
//!
//! # Versioning
//!
//! A published link must keep working. The rule:
//!
//! - Adding a parameter, or a new value of an existing parameter, does **not** change the
//!   version: older readers ignore what they do not know.
//! - Renaming a parameter, or changing the meaning of a value, **does**: bump
//!   [`URL_VERSION`] and add a step to [`migrate`] that rewrites the parameters of the
//!   previous version into the new ones (e.g. a future version 2 renaming `hab` into
//!   `par_hab` would map `hab` → `par_hab` for links with `v=1`). A removed name is never
//!   reused with another meaning.
//! - A link without `v` (or with an unreadable `v`, or `v=0`) is read as version 1, the
//!   first published format.
//! - A link from a *newer* version than this code knows is read as best effort: the
//!   parameters that still have their version-1 meaning are used, the others are ignored.

use en_action_core::code::CommuneCode;
use en_action_core::Year;

use crate::i18n;

mod encoding;
mod page;
mod values;
mod version;

pub use crate::actions::query::ActionQuery;
pub(crate) use encoding::{decode, encode, push_param};
pub use page::{IndicatorView, Page};
use values::{parse_choice, parse_flag, parse_year, valid_id};
pub use version::migrate;

/// The version of the link format written by [`ViewState::to_query`].
pub const URL_VERSION: u32 = 1;

/// The most communes a view compares (more would make the chart unreadable).
pub const MAX_COMMUNES: usize = 12;
/// Everything a link says about the view. The default is the home page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub page: Page,
    /// On the home page, the one axis shown (its id); every axis when `None`.
    pub axis: Option<String>,
    /// The indicator id (file name without `.json`).
    pub indicator: Option<String>,
    /// INSEE codes of the chosen communes, in the order chosen, without duplicates, at most
    /// [`MAX_COMMUNES`].
    pub communes: Vec<String>,
    /// First year of the period (inclusive).
    pub from: Option<Year>,
    /// Last year of the period (inclusive).
    pub to: Option<Year>,
    pub view: IndicatorView,
    /// Values per 1,000 inhabitants, as chosen (`hab=1` or `hab=0`); when not chosen, see
    /// [`ViewState::shows_per_capita`].
    pub per_capita: Option<bool>,
    /// Index base 100 at the first year of the period.
    pub index100: bool,
    /// The year of the ranking and of the map (the latest when `None`).
    pub year: Option<Year>,
    /// The embed layout: the chart, its finding, its source and a link to the full view,
    /// without header or footer (for an `<iframe>` on another site).
    pub embed: bool,
    /// The actions views' parameters (`statut`, `commune`, `q`; the action's `id`).
    pub actions: ActionQuery,
}

impl ViewState {
    /// The home page.
    pub fn overview() -> ViewState {
        ViewState::default()
    }

    /// Whether values are shown per 1,000 inhabitants, for an indicator that `allows` it (a
    /// count): as chosen, else in the ranking and the map, where communes of every size are
    /// compared and raw counts would rank them by population.
    pub fn shows_per_capita(&self, allows: bool) -> bool {
        allows && self.per_capita.unwrap_or(matches!(self.view, IndicatorView::Ranking | IndicatorView::Map))
    }

    /// Chooses per 1,000 inhabitants or not: kept in the URL only when it differs from the
    /// view's default, so links stay short.
    pub fn set_per_capita(&mut self, on: bool) {
        let default = matches!(self.view, IndicatorView::Ranking | IndicatorView::Map);
        self.per_capita = (on != default).then_some(on);
    }

    /// The home page with axis `id` alone.
    pub fn axis(id: &str) -> ViewState {
        ViewState { axis: valid_id(id).then(|| id.to_owned()), ..ViewState::default() }
    }

    /// Page `page` with nothing else (e.g. a page of the footer, [`Page::SITE`]).
    pub fn page(page: Page) -> ViewState {
        ViewState { page, ..ViewState::default() }
    }

    /// The staff workbench.
    pub fn workbench() -> ViewState {
        ViewState { page: Page::Workbench, ..ViewState::default() }
    }

    /// The page of indicator `id`, in its default view.
    pub fn indicator(id: &str) -> ViewState {
        ViewState {
            page: Page::Indicator,
            indicator: valid_id(id).then(|| id.to_owned()),
            ..ViewState::default()
        }
    }

    /// The page of commune `code`; a malformed code gives a commune page without a commune
    /// (the app shows the commune picker).
    pub fn commune(code: &str) -> ViewState {
        ViewState {
            page: Page::Commune,
            communes: CommuneCode::parse(code)
                .map(|c| vec![c.as_str().to_owned()])
                .unwrap_or_default(),
            ..ViewState::default()
        }
    }

    /// The same state in another indicator view.
    pub fn with_view(mut self, view: IndicatorView) -> ViewState {
        self.view = view;
        self
    }

    /// Adds commune `code` at the end of the chosen communes, or removes it if it was
    /// chosen. A malformed code, or a new code when [`MAX_COMMUNES`] are already chosen,
    /// changes nothing. Returns whether the commune is chosen afterwards.
    pub fn toggle_commune(&mut self, code: &str) -> bool {
        if let Some(i) = self.communes.iter().position(|c| c == code) {
            self.communes.remove(i);
            return false;
        }
        if CommuneCode::parse(code).is_none() || self.communes.len() >= MAX_COMMUNES {
            return false;
        }
        self.communes.push(code.to_owned());
        true
    }

    /// The query string of this state, starting with `?`, e.g.
    /// `?v=1&page=indicateur&id=chomage&communes=62498,62510&de=2015&a=2023&vue=classement`.
    /// The home page without anything else is `?v=1`.
    pub fn to_query(&self) -> String {
        let mut query = format!("?v={URL_VERSION}");
        let mut push = |name: &str, value: &str| push_param(&mut query, name, value);
        if self.page != Page::Overview {
            push("page", self.page.param());
        }
        if let Some(axis) = &self.axis {
            push("axe", &encode(axis));
        }
        if let Some(id) = self.indicator.as_ref().or(self.actions.id.as_ref().filter(|_| self.page == Page::Action)) {
            push("id", &encode(id));
        }
        if !self.communes.is_empty() {
            let codes: Vec<String> = self.communes.iter().map(|c| encode(c)).collect();
            push("communes", &codes.join(","));
        }
        if let Some(from) = self.from {
            push("de", &from.to_string());
        }
        if let Some(to) = self.to {
            push("a", &to.to_string());
        }
        if self.view != IndicatorView::Trend {
            push("vue", self.view.param());
        }
        if let Some(on) = self.per_capita {
            push("hab", if on { "1" } else { "0" });
        }
        if self.index100 {
            push("base100", "1");
        }
        if let Some(year) = self.year {
            push("annee", &year.to_string());
        }
        if self.embed {
            push("integrer", "1");
        }
        self.actions.write(&mut query);
        push_lang(&mut query);
        query
    }

    /// Reads a query string, with or without its leading `?` (see the module doc for the
    /// rules). Never fails: what cannot be read keeps its default.
    pub fn from_query(query: &str) -> ViewState {
        let query = query.strip_prefix('?').unwrap_or(query);
        let query = query.split('#').next().unwrap_or_default();
        let mut version = None;
        let mut params = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (name, value) = (decode(name), decode(value));
            if name == "v" {
                version = value.trim().parse::<u32>().ok();
            } else {
                params.push((name, value));
            }
        }
        let mut state = ViewState::default();
        for (name, value) in migrate(version.unwrap_or(1), params) {
            let raw = value.as_str();
            let value = raw.trim();
            match name.as_str() {
                "page" => state.page = Page::from_param(value).unwrap_or_default(),
                "id" => state.indicator = valid_id(raw).then(|| raw.to_owned()),
                "axe" => state.axis = valid_id(raw).then(|| raw.to_owned()),
                "communes" => {
                    for code in value.split(',').map(str::trim) {
                        let known = state.communes.iter().any(|c| c == code);
                        if !known
                            && state.communes.len() < MAX_COMMUNES
                            && CommuneCode::parse(code).is_some()
                        {
                            state.communes.push(code.to_owned());
                        }
                    }
                }
                "de" => state.from = parse_year(value),
                "a" => state.to = parse_year(value),
                "vue" => state.view = IndicatorView::from_param(value).unwrap_or_default(),
                "hab" => state.per_capita = parse_choice(value),
                "base100" => state.index100 = parse_flag(value),
                "annee" => state.year = parse_year(value),
                "integrer" => state.embed = parse_flag(value),
                other => state.actions.read(other, raw),
            }
        }
        if state.page == Page::Action {
            state.actions.id = state.indicator.take().filter(|id| en_action_core::actions::is_valid_id(id));
        }
        state
    }
}
/// Appends `&lang=…` when links must carry the page's language ([`i18n::link_param`]): every
/// link the dashboard writes ends with it.
pub fn push_lang(query: &mut String) {
    if let Some(lang) = i18n::link_param() {
        push_param(query, "lang", lang.code());
    }
}

/// The `lang` parameter of a query string, as written (the language is chosen from it once,
/// at load: [`crate::i18n::choose`]).
pub fn lang_param(query: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let query = query.split('#').next().unwrap_or_default();
    query.split('&').find_map(|pair| pair.split_once('=').filter(|(name, _)| *name == "lang").map(|(_, value)| decode(value)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn full() -> ViewState {
        ViewState {
            page: Page::Indicator,
            axis: None,
            indicator: Some("chomage".into()),
            communes: vec!["62498".into(), "62510".into()],
            from: Some(2015),
            to: Some(2023),
            view: IndicatorView::Ranking,
            per_capita: Some(true),
            index100: true,
            year: Some(2022),
            embed: false,
            actions: ActionQuery::default(),
        }
    }

    #[test]
    fn counts_are_per_capita_by_default_in_the_ranking_and_the_map_only() {
        let at = |view, per_capita| ViewState { view, per_capita, ..ViewState::indicator("emplois") };
        assert!(at(IndicatorView::Ranking, None).shows_per_capita(true));
        assert!(at(IndicatorView::Map, None).shows_per_capita(true));
        assert!(!at(IndicatorView::Trend, None).shows_per_capita(true));
        assert!(!at(IndicatorView::Table, None).shows_per_capita(true));
        assert!(!at(IndicatorView::Ranking, Some(false)).shows_per_capita(true));
        assert!(at(IndicatorView::Trend, Some(true)).shows_per_capita(true));
        assert!(!at(IndicatorView::Ranking, None).shows_per_capita(false), "not for a rate");
        let mut trend = at(IndicatorView::Trend, None);
        trend.set_per_capita(true);
        assert_eq!(trend.per_capita, Some(true));
        trend.set_per_capita(false);
        assert_eq!(trend.per_capita, None);
        let mut ranking = at(IndicatorView::Ranking, None);
        ranking.set_per_capita(false);
        assert_eq!(ranking.per_capita, Some(false));
        ranking.set_per_capita(true);
        assert_eq!(ranking.per_capita, None);
        assert_eq!(ViewState::from_query("?v=1&hab=0").per_capita, Some(false));
        assert_eq!(ViewState::from_query("?v=1&hab=1").per_capita, Some(true));
        assert_eq!(ViewState::from_query("?v=1").per_capita, None);
        assert_eq!(at(IndicatorView::Ranking, Some(false)).to_query(), "?v=1&page=indicateur&id=emplois&vue=classement&hab=0");
    }

    #[test]
    fn writes_french_parameters_in_order() {
        assert_eq!(
            full().to_query(),
            "?v=1&page=indicateur&id=chomage&communes=62498,62510&de=2015&a=2023\
             &vue=classement&hab=1&base100=1&annee=2022"
        );
    }

    #[test]
    fn omits_defaults() {
        assert_eq!(ViewState::default().to_query(), "?v=1");
        assert_eq!(ViewState::overview().to_query(), "?v=1");
        assert_eq!(
            ViewState::indicator("chomage").to_query(),
            "?v=1&page=indicateur&id=chomage"
        );
        assert_eq!(
            ViewState::indicator("logements_vacants")
                .with_view(IndicatorView::Map)
                .to_query(),
            "?v=1&page=indicateur&id=logements_vacants&vue=carte"
        );
        assert_eq!(
            ViewState::commune("62498").to_query(),
            "?v=1&page=commune&communes=62498"
        );
        assert_eq!(
            ViewState::indicator("x")
                .with_view(IndicatorView::Table)
                .to_query(),
            "?v=1&page=indicateur&id=x&vue=tableau"
        );
    }

    #[test]
    fn reads_with_or_without_question_mark() {
        let query = "v=1&page=indicateur&id=chomage&communes=62498,62510&de=2015&a=2023\
                     &vue=classement&hab=1&base100=1&annee=2022";
        assert_eq!(ViewState::from_query(query), full());
        assert_eq!(ViewState::from_query(&format!("?{query}")), full());
        assert_eq!(ViewState::from_query(""), ViewState::default());
        assert_eq!(ViewState::from_query("?"), ViewState::default());
        assert_eq!(ViewState::from_query("?v=1"), ViewState::default());
    }

    #[test]
    fn percent_decodes() {
        let s =
            ViewState::from_query("?page=indicateur&id=qualit%C3%A9+air&communes=62498%2C62510");
        assert_eq!(s.indicator.as_deref(), Some("qualité air"));
        assert_eq!(s.communes, vec!["62498", "62510"]);
        // Encoded parameter names too; a lone or bad `%` is kept literally.
        assert_eq!(ViewState::from_query("?v=1&page=atelier"), ViewState::workbench());
        assert_eq!(ViewState::workbench().to_query(), "?v=1&page=atelier");
        let s = ViewState::from_query("%69d=a%&%70age=commune");
        assert_eq!(s.indicator.as_deref(), Some("a%"));
        assert_eq!(s.page, Page::Commune);
        assert_eq!(
            ViewState::from_query("id=%zz%4").indicator.as_deref(),
            Some("%zz%4")
        );
        // Invalid UTF-8 does not panic.
        assert_eq!(
            ViewState::from_query("id=%FF").indicator.as_deref(),
            Some("\u{fffd}")
        );
        // Non-ASCII ids are encoded when written.
        let s = ViewState::indicator("qualité air");
        assert_eq!(s.to_query(), "?v=1&page=indicateur&id=qualit%C3%A9%20air");
        assert_eq!(ViewState::from_query(&s.to_query()), s);
    }

    #[test]
    fn ignores_unknown_parameters_and_invalid_values() {
        let s = ViewState::from_query(
            "?utm_source=x&page=inconnue&vue=camembert&de=20x5&a=23&annee=-2022&hab=2&base100=oui&id=",
        );
        let expected = ViewState {
            index100: true,
            ..ViewState::default()
        };
        assert_eq!(s, expected);
        // Parameters without `=`, empty pairs and a fragment.
        let s = ViewState::from_query("?&&hab&vue=carte&&#annee=2020");
        assert_eq!(s, ViewState::default().with_view(IndicatorView::Map));
        // The last occurrence of a single-valued parameter wins.
        assert_eq!(ViewState::from_query("de=2010&de=2012").from, Some(2012));
        assert_eq!(ViewState::from_query("de=2010&de=x").from, None);
    }

    #[test]
    fn keeps_well_formed_unique_communes_in_order_up_to_twelve() {
        let s = ViewState::from_query("communes=62510,6249,62498,,62510,2A004,abcde,62 498");
        assert_eq!(s.communes, vec!["62510", "62498", "2A004"]);
        // Repeated parameters add up.
        let s = ViewState::from_query("communes=62510&communes=62498,62510");
        assert_eq!(s.communes, vec!["62510", "62498"]);
        let many: Vec<String> = (0..20).map(|i| format!("62{i:03}")).collect();
        let s = ViewState::from_query(&format!("communes={}", many.join(",")));
        assert_eq!(s.communes.len(), MAX_COMMUNES);
        assert_eq!(s.communes[11], "62011");
    }

    #[test]
    fn versions() {
        // No `v`, `v=0` or an unreadable `v`: version 1.
        for query in [
            "page=commune&communes=62498",
            "v=0&page=commune&communes=62498",
            "v=abc&page=commune&communes=62498",
        ] {
            assert_eq!(
                ViewState::from_query(query),
                ViewState::commune("62498"),
                "{query}"
            );
        }
        // A newer version: best effort on the parameters still known, the others ignored.
        let s =
            ViewState::from_query("?v=7&page=indicateur&id=chomage&nouveau=3&vue=globe&de=2016");
        let expected = ViewState {
            from: Some(2016),
            ..ViewState::indicator("chomage")
        };
        assert_eq!(s, expected);
        let params = vec![("hab".to_owned(), "1".to_owned())];
        assert_eq!(migrate(1, params.clone()), params);
        assert_eq!(migrate(0, params.clone()), params);
        assert_eq!(migrate(99, params.clone()), params);
    }

    #[test]
    fn helpers() {
        let mut s = ViewState::indicator("chomage");
        assert!(s.toggle_commune("62498"));
        assert!(s.toggle_commune("62510"));
        assert!(!s.toggle_commune("6251"));
        assert_eq!(s.communes, vec!["62498", "62510"]);
        assert!(!s.toggle_commune("62498"));
        assert_eq!(s.communes, vec!["62510"]);
        for i in 0..20 {
            s.toggle_commune(&format!("62{i:03}"));
        }
        assert_eq!(s.communes.len(), MAX_COMMUNES);
        assert!(!s.toggle_commune("62999"));
        assert_eq!(ViewState::commune("x").communes, Vec::<String>::new());
        assert_eq!(ViewState::indicator("").indicator, None);
        assert_eq!(ViewState::overview(), ViewState::default());
        assert_eq!(IndicatorView::from_param("carte"), Some(IndicatorView::Map));
        assert_eq!(Page::from_param("accueil"), Some(Page::Overview));
        assert_eq!(Page::from_param("presentation"), Some(Page::Presentation));
        assert_eq!(ViewState::axis("bouger").to_query(), "?v=1&axe=bouger");
        assert_eq!(ViewState::from_query("axe=bouger"), ViewState::axis("bouger"));
        assert_eq!(ViewState::axis(" ").axis, None);
        let embedded = ViewState::from_query("page=indicateur&id=no2&integrer=1");
        assert!(embedded.embed);
        assert_eq!(embedded.to_query(), "?v=1&page=indicateur&id=no2&integrer=1");
    }

    #[test]
    fn the_site_pages_have_their_own_links() {
        let expected = [
            (Page::Accessibility, "?v=1&page=accessibilite"),
            (Page::Legal, "?v=1&page=mentions-legales"),
            (Page::Sitemap, "?v=1&page=plan-du-site"),
            (Page::Data, "?v=1&page=donnees"),
        ];
        assert_eq!(Page::SITE.to_vec(), expected.iter().map(|(p, _)| *p).collect::<Vec<_>>());
        for (page, query) in expected {
            assert_eq!(ViewState::page(page).to_query(), query);
            assert_eq!(ViewState::from_query(query), ViewState::page(page));
            assert_eq!(ViewState::from_query(&query[1..].replace("v=1&", "")).page, page, "a link without v");
            assert_eq!(Page::from_param(page.param()), Some(page));
        }
        // Older pages read as before; an unknown page is the home page.
        assert_eq!(ViewState::from_query("?v=1&page=actions").page, Page::Actions);
        assert_eq!(ViewState::from_query("?v=1&page=mentions").page, Page::Overview);
        assert_eq!(ViewState::from_query("?v=1&page=indicateur&id=chomage"), ViewState::indicator("chomage"));
    }

    fn code() -> impl Strategy<Value = String> {
        prop_oneof!["[0-9]{5}", "2[AB][0-9]{3}",]
    }

    fn state() -> impl Strategy<Value = ViewState> {
        let page = prop_oneof![
            Just(Page::Overview),
            Just(Page::Indicator),
            Just(Page::Commune),
            Just(Page::Workbench),
            Just(Page::Presentation),
            prop::sample::select(Page::SITE.to_vec())
        ];
        let view = prop::sample::select(IndicatorView::ALL.to_vec());
        let any_id = "[^\\p{Cc}]{1,12}".prop_filter("not blank", |id| !id.trim().is_empty());
        let id = prop::option::of(prop_oneof!["[a-z0-9_-]{1,20}".boxed(), any_id.boxed()]);
        let communes = prop::collection::vec(code(), 0..16).prop_map(|codes| {
            let mut unique: Vec<String> = Vec::new();
            for c in codes {
                if !unique.contains(&c) && unique.len() < MAX_COMMUNES {
                    unique.push(c);
                }
            }
            unique
        });
        let year = || prop::option::of(1000..=9999i32);
        (
            (page, prop::option::of("[a-z]{1,10}")),
            id,
            communes,
            year(),
            year(),
            view,
            prop::option::of(any::<bool>()),
            any::<bool>(),
            (year(), any::<bool>()),
        )
            .prop_map(
                |((page, axis), indicator, communes, from, to, view, per_capita, index100, (year, embed))| {
                    ViewState {
                        page,
                        axis,
                        indicator,
                        communes,
                        from,
                        to,
                        view,
                        per_capita,
                        index100,
                        year,
                        embed,
                        actions: ActionQuery::default(),
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn roundtrip(s in state()) {
            prop_assert_eq!(ViewState::from_query(&s.to_query()), s);
        }

        #[test]
        fn never_panics_and_stays_valid(query in "\\PC{0,60}|[a-z=&%,0-9?+]{0,60}") {
            let s = ViewState::from_query(&query);
            prop_assert!(s.communes.len() <= MAX_COMMUNES);
            prop_assert!(s.communes.iter().all(|c| CommuneCode::parse(c).is_some()));
            // What was read is written back and read identically.
            prop_assert_eq!(ViewState::from_query(&s.to_query()), s);
        }
    }

    #[test]
    fn links_keep_the_language_of_the_page() {
        let state = ViewState::indicator("chomage");
        assert_eq!(state.to_query(), "?v=1&page=indicateur&id=chomage");
        i18n::with_lang(i18n::Lang::En, || assert_eq!(state.to_query(), "?v=1&page=indicateur&id=chomage&lang=en"));
        assert_eq!(ViewState::from_query("?v=1&page=indicateur&id=chomage&lang=en"), state);
        assert_eq!(lang_param("?v=1&lang=en#x").as_deref(), Some("en"));
        assert_eq!(lang_param("v=1&page=commune"), None);
    }
}