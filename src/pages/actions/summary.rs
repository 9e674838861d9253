//! The summary of the actions: the headline in words, then per axis a stacked bar chart and
//! the same numbers in a table, and each axis's status in words.

use std::sync::Arc;

use en_action_core::actions::{Actions, Status};
use en_action_core::territory::Territory;
use en_action_view::actions::summary::{summary, Summary};
use en_action_view::actions::text;
use en_action_view::i18n;
use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::components::chart::Chart;
use crate::components::localised::LocalisedText;
use crate::components::views::prefers_reduced_motion;
use crate::echarts::NumberFormat;
use crate::route::{Link, Route};

/// The summary of the axis the link names (`axe`), or of every axis.
#[component]
pub fn ActionsSummary(territory: Arc<Territory>, actions: Arc<Actions>, #[prop(optional)] on_slide: bool) -> impl IntoView {
    let route = expect_context::<Route>();
    let animate = !prefers_reduced_motion();
    let t = territory.clone();
    let model = Memo::new(move |_| route.state.with(|s| summary(&actions, &t, s.axis.as_deref(), animate)));
    let alone = move || model.with(|m| m.axes.len() == 1) && territory.axes.len() > 1;
    let words = i18n::t().actions();
    move || {
        let m: Summary = model.get();
        let chart_label = m.chart_label.clone();
        view! {
            {(!on_slide).then(|| view! { <p class="lead">{m.lead.clone()}</p> })}
            {(alone() && !on_slide).then(|| view! { <p><Link to=ViewState::actions_list()>{words.see_all_axes}</Link></p> })}
            <p class="actions-headline"><strong>{m.phrase.clone()}</strong>{words.semicolon}{m.breakdown.clone()} "."</p>
            <section class="actions-summary" aria-labelledby="actions-par-axe">
                <h2 id="actions-par-axe" class=on_slide.then_some("visually-hidden")>{words.by_axis_title}</h2>
                <Chart option=Signal::stored(m.chart.clone()) format=Signal::stored(NumberFormat { decimals: 0, unit: String::new() })
                    label=Signal::stored(chart_label) class="chart--actions"/>
                <SummaryTable summary=m.clone()/>
                {(!on_slide).then(|| view! {
                    <ul class="actions-axes">
                        {m.axes.clone().into_iter().map(|a| view! {
                            <li style=("--axis-colour", a.colour.clone())>
                                <h3><LocalisedText text=a.label.clone()/></h3>
                                <p><strong>{a.phrase.clone()}</strong>{(!a.breakdown.is_empty()).then(|| format!("{}{}.", words.semicolon, a.breakdown))}</p>
                                <p><Link to=a.link.clone()>{text::see_axis_actions(a.counts.total())}</Link></p>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
            </section>
        }
    }
}

/// The chart's numbers: one row per axis, one column per status, and the total.
#[component]
fn SummaryTable(summary: Summary) -> impl IntoView {
    let many = summary.axes.len() > 1;
    let words = i18n::t().actions();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=words.chart_table_caption>
            <table class="actions-table">
                <caption>{words.chart_table_caption}</caption>
                <thead><tr>
                    <th scope="col">{words.axis_column}</th>
                    {Status::ALL.into_iter().map(|s| view! { <th scope="col" class="num">{text::status_heading(s)}</th> }).collect_view()}
                    <th scope="col" class="num">{words.total_column}</th>
                </tr></thead>
                <tbody>
                    {summary.axes.iter().map(|a| view! {
                        <tr>
                            <th scope="row"><LocalisedText text=a.label.clone()/></th>
                            {a.counts.iter().map(|(s, n)| view! { <td class="num" data-label=text::status_heading(s)>{n}</td> }).collect_view()}
                            <td class="num" data-label=words.total_column>{a.counts.total()}</td>
                        </tr>
                    }).collect_view()}
                    {many.then(|| view! {
                        <tr class="actions-table__total">
                            <th scope="row">{words.all_axes_row}</th>
                            {summary.counts.iter().map(|(s, n)| view! { <td class="num" data-label=text::status_heading(s)>{n}</td> }).collect_view()}
                            <td class="num" data-label=words.total_column>{summary.counts.total()}</td>
                        </tr>
                    })}
                </tbody>
            </table>
        </div>
    }
}
