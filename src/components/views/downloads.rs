//! Downloads of the indicator page: the data shown and the whole indicator as CSV (for
//! French spreadsheets, with source, licence and definition), the chart as PNG and SVG.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::csv::{series_table, to_csv};
use en_action_view::lines::{all_lines, measure, year_range, years_in, ShownLine, Transform};
use leptos::prelude::*;

use crate::components::chart::SendInstance;
use crate::download;
use crate::echarts;
use crate::pages::indicator::PageModel;
use crate::store::Computed;

fn csv_lines(lines: &[ShownLine]) -> Vec<(String, String, en_action_core::Series)> {
    lines.iter().map(|l| (l.code.clone().unwrap_or_default(), l.name.clone(), l.series.clone())).collect()
}

#[component]
pub fn Downloads(
    territory: Arc<Territory>,
    computed: Arc<Computed>,
    model: Memo<PageModel>,
    instance: RwSignal<Option<SendInstance>>,
    view_name: &'static str,
) -> impl IntoView {
    let id = computed.indicator.id.clone();
    let c = computed.clone();
    let shown_id = id.clone();
    let csv_shown = move |_| {
        let m = model.get_untracked();
        let years = years_in(&c.indicator, m.range);
        let table = series_table(&c.indicator, &m.measure, &years, &csv_lines(&m.lines));
        download::text(&format!("{shown_id}-{view_name}.csv"), "text/csv;charset=utf-8", &to_csv(&table));
    };
    let c = computed.clone();
    let full_id = id.clone();
    let csv_full = move |_| {
        let ind = &c.indicator;
        let range = year_range(ind, None, None);
        let lines = all_lines(ind, &c.territory, &territory, range, Transform::default());
        let table = series_table(ind, &measure(ind, Transform::default(), range.0), &ind.years, &csv_lines(&lines));
        download::text(&format!("{full_id}-complet.csv"), "text/csv;charset=utf-8", &to_csv(&table));
    };
    let image = StoredValue::new(id);
    let image = move |png: bool| {
        let id = image.get_value();
        let Some(SendInstance(stored)) = instance.get_untracked() else { return };
        let name = format!("{id}-{view_name}.{}", if png { "png" } else { "svg" });
        stored.with_value(|i| {
            if let Some(i) = i {
                let url = echarts::svg_data_url(i);
                if png {
                    let (w, h) = echarts::size(i);
                    download::svg_as_png(&name, &url, w, h);
                } else {
                    download::url_as_file(&name, &url);
                }
            }
        });
    };
    view! {
        <div class="downloads" role="group" aria-label="Télécharger">
            <button type="button" on:click=csv_shown>"Données affichées (CSV)"</button>
            <button type="button" on:click=csv_full>"Indicateur complet (CSV)"</button>
            {move || instance.get().is_some().then(|| view! {
                <button type="button" on:click=move |_| image(true)>"Graphique (PNG)"</button>
                <button type="button" on:click=move |_| image(false)>"Graphique (SVG)"</button>
            })}
        </div>
    }
}
