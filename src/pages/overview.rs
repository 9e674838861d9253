//! The overview: the axes of the project and their indicators.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::chart::trend::{trend_option, ChartLine, TrendSpec};
use en_action_view::format;
use leptos::prelude::*;

use crate::components::chart::Chart;
use crate::echarts::NumberFormat;
use crate::store::{Loaded, Store};

#[component]
pub fn Overview(territory: Arc<Territory>) -> impl IntoView {
    let store = expect_context::<Store>();
    let first = territory.indicators.first().cloned();
    let featured = first.map(|name| {
        let territory = territory.clone();
        move || match store.indicator(&territory, &name) {
            Loaded::Loading => view! { <p class="loading" role="status">"Chargement…"</p> }.into_any(),
            Loaded::Failed(f) => view! { <p class="error-card" role="alert">{f.problems.join(" ; ")}</p> }.into_any(),
            Loaded::Ready(c) => {
                let spec = TrendSpec {
                    years: c.indicator.years.clone(),
                    territory: Some(ChartLine { name: territory.short_name.clone(), values: c.territory.series.values().to_vec() }),
                    ..Default::default()
                };
                let option = trend_option(&spec);
                let rows = c.territory.series.points().map(|(y, v)| view! {
                    <tr><th scope="row">{y}</th><td>{format::number(v, c.indicator.decimals)}</td></tr>
                }).collect_view();
                let fmt = NumberFormat { decimals: c.indicator.decimals, unit: c.indicator.unit.clone() };
                view! {
                    <section class="featured">
                        <h2>{c.indicator.title.clone()}</h2>
                        <Chart option=Signal::stored(option) format=Signal::stored(fmt) label=Signal::stored(c.indicator.title.clone())/>
                        <table class="data-table">
                            <caption>{format!("{} : {}", c.indicator.title, territory.short_name)}</caption>
                            <thead><tr><th scope="col">"Année"</th><th scope="col">{c.indicator.unit.clone()}</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </section>
                }.into_any()
            }
        }
    });
    view! {
        <h1>{territory.name.clone()}</h1>
        {featured}
    }
}
