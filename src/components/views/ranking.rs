//! The ranking view: the communes sorted for a chosen year, the territory as a reference,
//! chosen communes highlighted; and the map view shares its year and values.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::chart::ranking::{ranking_height, ranking_option, RankingSpec};
use en_action_view::chart::ranking_picture::ranking_picture;
use en_action_view::chart::ranking_rows::{can_unfold, Fold};
use en_action_view::finding::ranking_finding;
use en_action_view::i18n::{self, data};
use en_action_view::year_values::{year_values, YearValues, YearValuesCache};
use leptos::prelude::*;

use super::downloads::Downloads;
use super::{narrow_screen, number_format, prefers_reduced_motion, qualified_title};
use crate::components::chart::{Chart, SendInstance};
use crate::components::later::Later;
use crate::components::picture::PictureBox;
use crate::components::presenting::Presenting;
use crate::pages::indicator::PageModel;
use crate::route::Route;
use crate::store::Computed;

pub use super::rank_table::RankTable;

/// The year values the ranking and the map show: the year the URL names on the page's
/// measure, recomputed only when one of those changes and not already in `cache`.
pub fn year_values_memo(territory: Arc<Territory>, computed: Arc<Computed>, model: Memo<PageModel>, cache: StoredValue<YearValuesCache>) -> Memo<YearValues> {
    let route = expect_context::<Route>();
    let key = Memo::new(move |_| (route.state.with(|s| s.year), model.with(|m| m.transform.per_capita)));
    Memo::new(move |_| {
        let key = key.get();
        let compute = || year_values(&computed.indicator, &computed.territory, &territory, key.0, key.1);
        cache.try_update_value(|c| c.get_or_compute(key, compute)).unwrap_or_else(|| year_values(&computed.indicator, &computed.territory, &territory, key.0, key.1))
    })
}

#[component]
pub fn RankingView(territory: Arc<Territory>, computed: Arc<Computed>, model: Memo<PageModel>, cache: StoredValue<YearValuesCache>) -> impl IntoView {
    let text = i18n::t().indicator();
    if !computed.indicator.has_communes() {
        return view! { <p class="notice">{text.no_ranking}</p> }.into_any();
    }
    let animate = !prefers_reduced_motion();
    let colour = territory.axis(&computed.indicator.axis).map(|a| a.colour.clone()).unwrap_or_default();
    let values = year_values_memo(territory.clone(), computed.clone(), model, cache);
    let expanded = RwSignal::new(false);
    let presenting = use_context::<Presenting>().is_some();
    let narrow = narrow_screen(presenting);
    let spec = Memo::new(move |_| {
        let v = values.get();
        model.with(|m| RankingSpec {
            year: v.year,
            bars: v.bars,
            territory: v.reference.map(|r| (r.label, r.value)),
            highlighted: m.communes.clone(),
            colour: colour.clone(),
            animate,
            unit: m.measure.unit.clone(),
            decimals: m.measure.decimals,
            narrow: narrow.get(),
            fold: match (presenting, expanded.get()) {
                (true, _) => Fold::Slide,
                (false, true) => Fold::Whole,
                (false, false) => Fold::Page,
            },
        })
    });
    let option = Signal::derive(move || spec.with(ranking_option));
    let finding = year_finding(computed.clone(), model, values);
    let format = number_format(model);
    // Set through the CSSOM (a tuple), not as a style attribute: the CSP forbids inline styles.
    // On a slide, the chart fills the slide's height.
    let rows = Memo::new(move |_| spec.with(|s| s.rows().len()));
    let height = Signal::derive(move || if presenting { "100%".to_owned() } else { format!("{}px", ranking_height(rows.get())) });
    let count = move || values.with(|v| v.bars.len());
    let toggle = move || {
        (can_unfold(count()) && !presenting).then(|| {
            let label = move || if expanded.get() { text.collapse_ranking.to_owned() } else { text.expand_ranking.of(count()) };
            view! { <button type="button" class="ranking__toggle" aria-expanded=move || expanded.get().to_string() on:click=move |_| expanded.update(|e| *e = !*e)>{label}</button> }
        })
    };
    let instance = RwSignal::new(None::<SendInstance>);
    // First a picture drawn here, as the trend's (no ECharts to load, init and lay out when
    // the reader turns to the ranking: it is painted within the frame); the live chart, with
    // its tooltips, comes when the reader reaches for it. Live at once on a slide.
    let live = RwSignal::new(presenting);
    let picture = Callback::new(move |(w, h): (f64, f64)| spec.with(|s| ranking_picture(s, w, h)));
    let reach = Callback::new(move |()| live.set(true));
    if !presenting {
        crate::echarts::prefetch_soon();
    }
    view! {
        <p class="finding">{finding}</p>
        <div class="ranking-box" style=("height", height)>
            <Chart option=option format=format label=finding class="chart--fill" on_instance=Callback::new(move |i| instance.set(i)) until=live>
                {move || (!presenting && instance.with(Option::is_none)).then(|| view! { <PictureBox draw=picture on_reach=reach kind="ranking" height=f64::from(ranking_height(rows.get_untracked()))/> })}
            </Chart>
        </div>
        {toggle}
        // Below the chart, a task later: a change of view paints the chart first.
        <Later>
            <RankMeaning computed=computed.clone() model=model/>
            <RankTable computed=computed.clone() model=model values=values/>
            <Downloads territory=territory.clone() computed=computed.clone() model=model instance=instance view_name="classement" finding=finding picture=picture/>
        </Later>
    }
    .into_any()
}

/// The one-sentence finding of a year's values: highest, lowest, territory (a memo: the
/// paragraph and the chart's label read it, computed once).
pub fn year_finding(computed: Arc<Computed>, model: Memo<PageModel>, values: Memo<YearValues>) -> Signal<String> {
    Memo::new(move |_| {
        values.with(|v| {
            model.with(|m| {
                let best_first: Vec<(&str, f64)> = v.bars.iter().map(|b| (b.name.as_str(), b.value)).collect();
                let title = qualified_title(&data::title(&computed.indicator).plain(), &m.measure);
                ranking_finding(&title, &m.measure.unit, m.measure.decimals, v.year, &best_first, v.reference.as_ref().map(|r| (r.label.as_str(), r.value)))
            })
        })
    })
    .into()
}

/// What rank 1 means for this indicator and measure.
#[component]
pub fn RankMeaning(computed: Arc<Computed>, model: Memo<PageModel>) -> impl IntoView {
    move || view! { <p class="rank-meaning">{en_action_view::rank::meaning(&computed.indicator, model.with(|m| m.transform.per_capita))}</p> }
}
