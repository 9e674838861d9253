//! Downloads of the indicator page: the data shown and the whole indicator as CSV (for
//! French spreadsheets, with source, licence and definition), the chart as PNG and SVG.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::csv::{ratio_table, series_table, to_csv};
use en_action_view::chart::picture::Picture;
use en_action_view::chart::picture_svg::svg_document;
use en_action_view::export::{framed_svg, ExportMeta, CHART_HEIGHT, CHART_WIDTH, EXPORT_WIDTH};
use en_action_view::i18n::{self, data, fill};
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
    /// The view's finding, written above the exported chart.
    #[prop(into)]
    finding: Signal<String>,
    /// The chart's picture (for a chart shown as one until the reader reaches for it): the
    /// image is made from it while the chart is not live, with no ECharts to load (nor any
    /// need of it when it cannot load).
    #[prop(optional)]
    picture: Option<Callback<(f64, f64), Option<Picture>>>,
) -> impl IntoView {
    let meta = {
        let ind = &computed.indicator;
        let retrieved = en_action_core::date::Date::parse(&ind.source.retrieved).map(en_action_view::format::date).unwrap_or(ind.source.retrieved.clone());
        let (title, source, licence, illustrative, territory_name) = (data::title(ind).plain(), ind.source.name.clone(), ind.source.licence.clone(), ind.illustrative, territory.name.clone());
        move || {
            let m = model.get_untracked();
            ExportMeta {
                title: crate::components::views::qualified_title(&title, &m.measure),
                finding: finding.get_untracked(),
                unit: m.measure.unit.clone(),
                source: source.clone(),
                licence: licence.clone(),
                retrieved: retrieved.clone(),
                illustrative,
                made_by: fill(i18n::t().indicator().made_by, &[("territory", &territory_name), ("url", &window().location().href().unwrap_or_default())]),
            }
        }
    };
    let meta = StoredValue::new_local(meta);
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
    let t = territory.clone();
    let csv_full = move |_| {
        let ind = &c.indicator;
        // A ratio comes with what it is made of (numerator and denominator), in the layout
        // the workbench's import reads back.
        let communes: Vec<(String, String)> = t.communes.iter().map(|c| (c.code.to_string(), c.name.clone())).collect();
        let range = year_range(ind, None, None);
        let table = ratio_table(ind, &communes, &t.short_name).unwrap_or_else(|| {
            let lines = all_lines(ind, &c.territory, &t, range, Transform::default());
            series_table(ind, &measure(ind, Transform::default(), range.0), &ind.years, &csv_lines(&lines))
        });
        download::text(&format!("{full_id}-complet.csv"), "text/csv;charset=utf-8", &to_csv(&table));
    };
    // The chart at the export's size, as an SVG data URL: from the live chart when there is
    // one, else from the picture.
    let (width, height) = (CHART_WIDTH, CHART_HEIGHT);
    let chart_url = move || -> Option<String> {
        let live = instance.get_untracked().and_then(|SendInstance(stored)| {
            stored.with_value(|i| {
                i.as_ref().map(|i| {
                    echarts::resize_to(i, width, height);
                    let url = echarts::svg_data_url(i);
                    i.resize();
                    url
                })
            })
        });
        live.or_else(|| {
            let picture = picture?.run((f64::from(width), f64::from(height)))?;
            Some(svg_url(&svg_document(&picture)))
        })
    };
    let image = StoredValue::new(id);
    let export = move |png: bool| {
        let Some(chart) = chart_url() else { return };
        let name = format!("{}-{view_name}.{}", image.get_value(), if png { "png" } else { "svg" });
        // Framed by its title, finding, unit and source.
        let (svg, height) = framed_svg(&chart, &meta.with_value(|m| m()));
        let url = svg_url(&svg);
        if png {
            download::svg_as_png(&name, &url, EXPORT_WIDTH, height);
        } else {
            download::url_as_file(&name, &url);
        }
    };
    let text = i18n::t().indicator();
    view! {
        <div class="downloads" role="group" aria-label=text.download>
            <button type="button" on:click=csv_shown>{text.download_shown}</button>
            <button type="button" on:click=csv_full>{text.download_full}</button>
            {move || (picture.is_some() || instance.with(Option::is_some)).then(|| view! {
                <button type="button" on:click=move |_| export(true)>{text.download_png}</button>
                <button type="button" on:click=move |_| export(false)>{text.download_svg}</button>
            })}
        </div>
    }
}

/// An SVG document as a data URL.
fn svg_url(svg: &str) -> String {
    format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(svg)))
}
