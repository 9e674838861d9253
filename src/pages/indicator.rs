//! The indicator page: one indicator seen as a trend, a ranking, a map or a table, with
//! commune choice, year range and display options, all held in the URL.

use std::sync::Arc;

use en_action_core::check::id_of_file;
use en_action_core::territory::Territory;
use en_action_view::i18n::{self, data, fill};
use en_action_view::lines::{measure, shown_lines, year_range, Transform};
use en_action_view::url::{IndicatorView, ViewState};
use en_action_view::year_values::YearValuesCache;
use leptos::prelude::*;

use crate::components::about::About;
use crate::components::chart::DrawAtOnce;
use crate::components::add_to_deck::AddToDeck;
use crate::components::embed_snippet::EmbedSnippet;
use crate::components::verdict::Verdicts;
use crate::components::error_card::ErrorCard;
use crate::components::indicator_controls::Controls;
use crate::components::later::Later;
use crate::components::localised::LocalisedText;
use crate::components::views::{ChangeTableView, MapView, RankingView, TrendView};
use crate::route::{Link, Route};
use crate::store::{Computed, Loaded, Store, DATA_DIR};

#[component]
pub fn IndicatorPage(territory: Arc<Territory>) -> impl IntoView {
    let store = expect_context::<Store>();
    let route = expect_context::<Route>();
    let id = Memo::new(move |_| route.state.with(|s| s.indicator.clone().unwrap_or_default()));
    // The state of this indicator's file only: other files arriving do not rebuild the page.
    let t = territory.clone();
    let state = Memo::new(move |_| {
        let id = id.get();
        t.indicators.iter().find(|f| id_of_file(f) == id).map(|file| store.indicator(&t, file))
    });
    let text = i18n::t().indicator();
    move || {
        let state = state.get();
        // The static shell's header stays while the file is read; this page's replaces it.
        if !matches!(state, Some(Loaded::Loading)) {
            crate::shell_indicator::drop_header();
        }
        match state {
            None => view! {
                <h1 tabindex="-1">{text.not_found}</h1>
                <p>{fill(text.not_found_text, &[("id", &id.get_untracked())])}" "<Link to=ViewState::overview()>{text.back_to_overview}</Link></p>
            }
            .into_any(),
            Some(Loaded::Loading) => {
                let path = territory.indicators.iter().find(|f| id_of_file(f) == id.get_untracked()).map(|f| format!("{DATA_DIR}/{f}")).unwrap_or_default();
                let status = move || store.progress_of(&path).unwrap_or_else(|| text.loading_indicator.to_owned());
                view! { <p class="loading" role="status">{status}</p> }.into_any()
            }
            Some(Loaded::Failed(failure)) => view! {
                <h1 tabindex="-1">{text.unavailable}</h1>
                <ErrorCard failure=failure title=text.file_unreadable/>
                <p><Link to=ViewState::overview()>{text.back_to_overview}</Link></p>
            }
            .into_any(),
            Some(Loaded::Ready(computed)) => view! { <IndicatorBody territory=territory.clone() computed=computed/> }.into_any(),
        }
    }
}

/// What every view of the page shares, derived from the URL.
#[derive(Clone, PartialEq)]
pub struct PageModel {
    pub lines: Vec<en_action_view::lines::ShownLine>,
    pub range: (i32, i32),
    pub transform: Transform,
    pub measure: en_action_view::lines::Measure,
    pub communes: Vec<String>,
}

/// The page's model for `computed`, following `route`'s state.
pub fn page_model(route: Route, territory: Arc<Territory>, computed: Arc<Computed>) -> Memo<PageModel> {
    Memo::new(move |_| {
        route.state.with(|s| {
            let c = &computed;
            let range = year_range(&c.indicator, s.from, s.to);
            let transform = Transform { per_capita: s.shows_per_capita(c.indicator.per_capita), index100: s.index100 && s.view == IndicatorView::Trend };
            PageModel {
                lines: shown_lines(&c.indicator, &c.territory, &territory, &s.communes, range, transform),
                range,
                transform,
                measure: measure(&c.indicator, transform, range.0),
                communes: s.communes.clone(),
            }
        })
    })
}

/// The view the URL names (trend, ranking, map or table), with its finding and chart.
#[component]
pub fn ViewBody(territory: Arc<Territory>, computed: Arc<Computed>, model: Memo<PageModel>) -> impl IntoView {
    let route = expect_context::<Route>();
    let view_kind = Memo::new(move |_| route.state.with(|s| s.view));
    // The ranking's and the map's year values outlive a view: going back to one is free.
    let cache = StoredValue::new(YearValuesCache::default());
    // The first view's chart waits its turn like any first drawing; a view chosen afterwards
    // answers the reader: its chart is drawn at once.
    let at_once = StoredValue::new(false);
    provide_context(DrawAtOnce(at_once));
    move || {
        let shown = match view_kind.get() {
            IndicatorView::Trend => view! { <TrendView territory=territory.clone() computed=computed.clone() model=model/> }.into_any(),
            IndicatorView::Ranking => view! { <RankingView territory=territory.clone() computed=computed.clone() model=model cache=cache/> }.into_any(),
            IndicatorView::Map => view! { <MapView territory=territory.clone() computed=computed.clone() model=model cache=cache/> }.into_any(),
            IndicatorView::Table => view! { <ChangeTableView computed=computed.clone() model=model/> }.into_any(),
        };
        at_once.set_value(true);
        shown
    }
}

#[component]
fn IndicatorBody(territory: Arc<Territory>, computed: Arc<Computed>) -> impl IntoView {
    let route = expect_context::<Route>();
    let ind = computed.indicator.clone();
    let axis = territory.axis(&ind.axis).cloned();
    let model = page_model(route, territory.clone(), computed.clone());
    // One copy for each part rendered later (see `Later`).
    let (territory_side, computed_side, id) = (territory.clone(), computed.clone(), ind.id.clone());
    let territory_for_actions = territory.clone();
    let (territory_view, computed_view) = (territory.clone(), computed.clone());
    let view_kind = Memo::new(move |_| route.state.with(|s| s.view));
    let tab = move |v: IndicatorView, label: &'static str| {
        let to = Signal::derive(move || route.state.with(|s| s.clone().with_view(v)));
        view! { <li><Link to=to current=Signal::derive(move || view_kind.get() == v)>{label}</Link></li> }
    };
    let axis_style = ("--axis-colour", axis.as_ref().map(|a| a.colour.clone()).unwrap_or_default());
    let text = i18n::t().indicator();
    let title = data::title(&ind);
    let title_side = title.clone();
    view! {
        <nav class="breadcrumb" aria-label=i18n::t().common().breadcrumb>
            <ol>
                <li><Link to=ViewState::overview()>{text.overview}</Link></li>
                <li>{axis.clone().map(|a| view! { <Link to=ViewState::axis(&a.id)><LocalisedText text=data::axis_label(&a)/></Link> })}</li>
                <li aria-current="page"><LocalisedText text=title.clone()/></li>
            </ol>
        </nav>
        <div class="axis__header" style=axis_style>
            <h1 tabindex="-1"><LocalisedText text=title.clone()/></h1>
            <p>
                {axis.as_ref().map(|a| format!("{} · ", fill(text.axis_of, &[("axis", &data::axis_label(a).plain())]))).unwrap_or_default()}
                {fill(text.unit_of, &[("unit", data::unit(&ind))])}
                {ind.illustrative.then(|| view! { " " <span class="badge badge--illustrative">{text.illustrative}</span> })}
            </p>
        </div>
        <nav aria-label=text.views>
            <ul class="tabs">
                {tab(IndicatorView::Trend, text.view_trend)}
                {tab(IndicatorView::Ranking, text.view_ranking)}
                {tab(IndicatorView::Map, text.view_map)}
                {tab(IndicatorView::Table, text.view_table)}
            </ul>
        </nav>
        <AddToDeck share=title.plain()/>
        // The heading above is painted first; the views, the side column and the actions
        // come in tasks of their own (each below or beside what is already there).
        <div class="indicator-layout">
            <div>
                <Later>
                    <Controls territory=territory.clone() computed=computed.clone()/>
                    <Verdicts territory=territory.clone() computed=computed.clone() model=model/>
                </Later>
                <Later>
                    <ViewBody territory=territory_view.clone() computed=computed_view.clone() model=model/>
                </Later>
            </div>
            <div class="indicator-side">
                <Later>
                    <About territory=territory_side.clone() computed=computed_side.clone()/>
                    <EmbedSnippet title=title_side.plain()/>
                </Later>
            </div>
        </div>
        <Later>
            <crate::pages::actions::sections::IndicatorActions territory=territory_for_actions.clone() id=id.clone()/>
        </Later>
    }
}
