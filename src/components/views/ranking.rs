//! The ranking view: the communes sorted for a chosen year, the territory as a reference,
//! chosen communes highlighted; and the map view shares its year and values.

use std::sync::Arc;

use en_action_core::stats::rank;
use en_action_core::territory::Territory;
use en_action_core::Year;
use en_action_view::chart::ranking::{ranking_height, ranking_option, Bar, RankingSpec};
use en_action_view::chart::ranking_rows::{is_long, Fold};
use en_action_view::reference::{reference, Reference};
use en_action_view::finding::ranking_finding;
use en_action_view::format;
use en_action_view::lines::{all_lines, year_range, Transform};
use leptos::prelude::*;

use super::downloads::Downloads;
use super::{number_format, prefers_reduced_motion, qualified_title};
use crate::components::chart::{Chart, SendInstance};
use crate::components::presenting::Presenting;
use crate::pages::indicator::PageModel;
use crate::route::Route;
use crate::store::Computed;

/// The communes' values for one year, highest first, with the territory's and the reference
/// they are compared with.
#[derive(Clone, PartialEq)]
pub struct YearValues {
    pub year: Year,
    pub bars: Vec<Bar>,
    pub territory: Option<(String, f64)>,
    pub reference: Option<Reference>,
}

/// The values of `year` (or, by default, of the latest year with commune values).
pub fn year_values(territory: &Territory, computed: &Computed, year: Option<Year>, transform: Transform) -> YearValues {
    let ind = &computed.indicator;
    let full = year_range(ind, None, None);
    let lines = all_lines(ind, &computed.territory, territory, full, Transform { index100: false, ..transform });
    let latest = lines.iter().skip(1).filter_map(|l| l.series.last().map(|(y, _)| y)).max();
    let year = year.filter(|y| ind.years.contains(y)).or(latest).unwrap_or(full.1);
    let entries: Vec<(String, f64)> = lines.iter().skip(1).filter_map(|l| Some((l.code.clone()?, l.series.get(year)?))).collect();
    let names: std::collections::HashMap<&str, &str> = lines.iter().filter_map(|l| Some((l.code.as_deref()?, l.name.as_str()))).collect();
    // Rank 1 is the most favourable (or, for a raw count, the largest): the same meaning as
    // in the commune profile, said under the chart.
    let bars = rank(&entries, en_action_view::rank::order(ind, transform.per_capita))
        .into_iter()
        .map(|r| Bar { name: names.get(r.key.as_str()).copied().unwrap_or_default().to_owned(), code: r.key, value: r.value, rank: r.rank })
        .collect();
    let territory_value = lines.first().and_then(|l| Some((l.name.clone(), l.series.get(year)?)));
    let values: Vec<f64> = entries.iter().map(|(_, v)| *v).collect();
    let reference = reference(ind.aggregation, transform.per_capita, territory_value.clone(), &values);
    YearValues { year, bars, territory: territory_value, reference }
}

#[component]
pub fn RankingView(territory: Arc<Territory>, computed: Arc<Computed>, model: Memo<PageModel>) -> impl IntoView {
    if !computed.indicator.has_communes() {
        return view! { <p class="notice">"Cet indicateur n'existe qu'à l'échelle du territoire : il n'y a pas de classement des communes."</p> }.into_any();
    }
    let route = expect_context::<Route>();
    let animate = !prefers_reduced_motion();
    let colour = territory.axis(&computed.indicator.axis).map(|a| a.colour.clone()).unwrap_or_default();
    let (t, c) = (territory.clone(), computed.clone());
    let values = Memo::new(move |_| {
        let m = model.get();
        year_values(&t, &c, route.state.with(|s| s.year), m.transform)
    });
    let expanded = RwSignal::new(false);
    let presenting = use_context::<Presenting>().is_some();
    let spec = Memo::new(move |_| {
        let v = values.get();
        let m = model.get();
        RankingSpec {
            year: v.year,
            bars: v.bars,
            territory: v.reference.map(|r| (r.label, r.value)),
            highlighted: m.communes.clone(),
            colour: colour.clone(),
            animate,
            unit: m.measure.unit.clone(),
            decimals: m.measure.decimals,
            fold: match (presenting, expanded.get()) {
                (true, _) => Fold::Slide,
                (false, true) => Fold::Whole,
                (false, false) => Fold::Page,
            },
        }
    });
    let option = Signal::derive(move || spec.with(ranking_option));
    let finding = year_finding(computed.clone(), model, values);
    let format = number_format(model);
    // Set through the CSSOM (a tuple), not as a style attribute: the CSP forbids inline styles.
    // On a slide, the chart fills the slide's height.
    let height = Signal::derive(move || if presenting { "100%".to_owned() } else { format!("{}px", ranking_height(spec.with(|s| s.rows().len()))) });
    let count = move || values.with(|v| v.bars.len());
    let toggle = move || {
        (is_long(count()) && !presenting).then(|| {
            let text = move || if expanded.get() { "Replier le classement".to_owned() } else { format!("Voir les {}", en_action_core::diagnostic::count(count(), "commune", "communes")) };
            view! { <button type="button" class="ranking__toggle" aria-expanded=move || expanded.get().to_string() on:click=move |_| expanded.update(|e| *e = !*e)>{text}</button> }
        })
    };
    let instance = RwSignal::new(None::<SendInstance>);
    view! {
        <p class="finding">{finding}</p>
        <div class="ranking-box" style=("height", height)>
            <Chart option=option format=format label=finding class="chart--fill" on_instance=Callback::new(move |i| instance.set(i))/>
        </div>
        {toggle}
        <RankMeaning computed=computed.clone() model=model/>
        <RankTable computed=computed.clone() model=model values=values/>
        <Downloads territory=territory computed=computed model=model instance=instance view_name="classement" finding=finding/>
    }
    .into_any()
}

/// The one-sentence finding of a year's values: highest, lowest, territory.
pub fn year_finding(computed: Arc<Computed>, model: Memo<PageModel>, values: Memo<YearValues>) -> Signal<String> {
    Signal::derive(move || {
        let v = values.get();
        let m = model.get();
        let best_first: Vec<(String, f64)> = v.bars.iter().map(|b| (b.name.clone(), b.value)).collect();
        let title = qualified_title(&computed.indicator.title, &m.measure);
        ranking_finding(&title, &m.measure.unit, m.measure.decimals, v.year, &best_first, v.reference.as_ref().map(|r| (r.label.as_str(), r.value)))
    })
}

/// What rank 1 means for this indicator and measure.
#[component]
pub fn RankMeaning(computed: Arc<Computed>, model: Memo<PageModel>) -> impl IntoView {
    move || view! { <p class="rank-meaning">{en_action_view::rank::meaning(&computed.indicator, model.with(|m| m.transform.per_capita))}</p> }
}

/// The communes of one year, as a table: rank, commune, value; the territory first.
#[component]
pub fn RankTable(computed: Arc<Computed>, model: Memo<PageModel>, values: Memo<YearValues>) -> impl IntoView {
    move || {
        let v = values.get();
        let m = model.get();
        let value = |x: f64| format::with_unit(x, m.measure.decimals, &m.measure.unit);
        let caption = format!("{} en {} : classement des communes", qualified_title(&computed.indicator.title, &m.measure), v.year);
        view! {
            // A long list scrolls inside its box (keyboard too: the box takes the focus), so the
            // page keeps a bounded height.
            <div class="table-wrap" class:table-wrap--long=is_long(v.bars.len()) tabindex="0" role="region" aria-label="Tableau du classement">
                <table>
                    <caption>{caption}</caption>
                    <thead><tr><th scope="col">"Commune"</th><th scope="col">"Rang"</th><th scope="col">"Valeur"</th></tr></thead>
                    <tbody>
                        {v.territory.clone().map(|(name, x)| view! { <tr class="row--territory"><th scope="row">{name}</th><td>"–"</td><td>{value(x)}</td></tr> })}
                        {v.bars.iter().map(|b| {
                            let class = if m.communes.contains(&b.code) { "row--highlight" } else { "" };
                            view! { <tr class=class><th scope="row">{b.name.clone()}</th><td>{b.rank}</td><td>{value(b.value)}</td></tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    }
}
