//! The table view: every commune and the territory, start and end values, absolute and
//! percent change, compound annual growth rate; sortable by any column.

use std::sync::Arc;

use en_action_view::i18n::{self, data, fill};
use en_action_view::lines::all_lines;
use en_action_view::table::{change_cells, change_rows, sort_rows, ChangeRow, SortKey};
use leptos::prelude::*;

use super::qualified_title;
use crate::pages::indicator::PageModel;
use crate::store::Computed;

#[component]
pub fn ChangeTableView(computed: Arc<Computed>, model: Memo<PageModel>) -> impl IntoView {
    let store_territory = expect_context::<crate::store::Store>().territory;
    let sort = RwSignal::new((SortKey::Name, true));
    let text = i18n::t().indicator();
    let c = computed.clone();
    let rows = Memo::new(move |_| {
        let m = model.get();
        let crate::store::Loaded::Ready(territory) = store_territory.get() else { return Vec::new() };
        let lines: Vec<_> = all_lines(&c.indicator, &c.territory, &territory, m.range, m.transform)
            .into_iter()
            .map(|l| (l.code, l.name, l.series))
            .collect();
        let mut rows = change_rows(&lines, m.range.0, m.range.1);
        let (key, ascending) = sort.get();
        sort_rows(&mut rows, key, ascending);
        rows
    });
    let header = move |key: SortKey, label: &'static str| {
        let aria = move || match sort.get() {
            (k, true) if k == key => "ascending",
            (k, false) if k == key => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="sort" on:click=move |_| sort.update(|(k, asc)| {
                    if *k == key { *asc = !*asc } else { *k = key; *asc = key == SortKey::Name }
                })>{label}</button>
            </th>
        }
    };
    let c = computed.clone();
    let download = move |_| {
        let m = model.get_untracked();
        let table = en_action_view::downloads::change_table(&c.indicator, &m.measure, m.range, &rows.get_untracked());
        crate::download::text(&format!("{}-tableau.csv", c.indicator.id), en_action_view::csv::CSV_MEDIA_TYPE, &en_action_view::csv::to_csv(&table));
    };
    let table = move || {
        let m = model.get();
        let unit = m.measure.unit.clone();
        let row = |r: &ChangeRow| {
            let class = if r.code.is_none() { "row--territory" } else if r.code.as_ref().is_some_and(|c| m.communes.contains(c)) { "row--highlight" } else { "" };
            let cells = change_cells(r, m.range, m.measure.decimals, &unit);
            view! {
                <tr class=class>
                    <th scope="row">{r.name.clone()}</th>
                    <td>{cells.start}</td>
                    <td>{cells.end}</td>
                    <td>{cells.absolute}</td>
                    <td>{cells.percent}</td>
                    <td>{cells.cagr}</td>
                </tr>
            }
        };
        let title = qualified_title(&data::title(&computed.indicator).plain(), &m.measure);
        let shown_unit = if unit.is_empty() { text.index_unit } else { unit.as_str() };
        let caption = fill(text.changes_caption, &[("title", &title), ("from", &m.range.0.to_string()), ("to", &m.range.1.to_string()), ("unit", shown_unit)]);
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=text.changes_table>
                <table class="change-table">
                    <caption>{caption}</caption>
                    <thead><tr>
                        {header(SortKey::Name, text.commune)}
                        {header(SortKey::Start, text.column_start)}
                        {header(SortKey::End, text.column_end)}
                        {header(SortKey::Absolute, text.column_change)}
                        {header(SortKey::Percent, text.column_change_percent)}
                        {header(SortKey::Cagr, text.column_annual_rate)}
                    </tr></thead>
                    <tbody>{rows.get().iter().map(row).collect_view()}</tbody>
                </table>
            </div>
        }
    };
    view! {
        {table}
        <div class="downloads" role="group" aria-label=text.download>
            <button type="button" on:click=download>{text.download_table}</button>
        </div>
    }
}
