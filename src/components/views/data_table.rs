//! The numbers of the trend chart as a table: one row per year, one column per line. It is
//! the chart's accessible alternative and shows every plotted year.

use std::sync::Arc;

use en_action_view::format;
use en_action_view::i18n::{self, data, fill};
use en_action_view::lines::years_in;
use leptos::prelude::*;

use super::qualified_title;
use crate::pages::indicator::PageModel;
use crate::store::Computed;

#[component]
pub fn YearTable(computed: Arc<Computed>, model: Memo<PageModel>) -> impl IntoView {
    move || {
        let m = model.get();
        let ind = &computed.indicator;
        let years = years_in(ind, m.range);
        let text = i18n::t().indicator();
        let title = qualified_title(&data::title(ind).plain(), &m.measure);
        let unit = if m.measure.unit.is_empty() { text.index_unit } else { m.measure.unit.as_str() };
        let caption = fill(text.values_caption, &[("title", &title), ("unit", unit), ("from", &m.range.0.to_string()), ("to", &m.range.1.to_string())]);
        let cell = |v: Option<f64>| v.map(|v| format::number(v, m.measure.decimals)).unwrap_or_else(|| "–".to_owned());
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=text.values_table>
                <table class="data-table">
                    <caption>{caption}</caption>
                    <thead><tr>
                        <th scope="col">{text.year}</th>
                        {m.lines.iter().map(|l| view! { <th scope="col">{l.name.clone()}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {years.iter().map(|&y| view! {
                            <tr>
                                <th scope="row">{y}</th>
                                {m.lines.iter().map(|l| view! { <td>{cell(l.series.get(y))}</td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    }
}
