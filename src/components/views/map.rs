//! The map view: communes coloured by value, with a legend in words. A tile map from the
//! territory file's tile positions, or a real choropleth when the territory provides a
//! commune boundary GeoJSON file.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::chart::choropleth::{choropleth_option, ChoroplethSpec};
use en_action_view::chart::tilemap::{legend_items, tilemap_option, TileMapSpec, TileValue};
use en_action_view::chart::tilemap_picture::tilemap_picture;
use en_action_view::classes::classes;
use en_action_view::i18n::{self, fill};
use en_action_view::year_values::YearValuesCache;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::downloads::Downloads;
use super::ranking::{year_finding, year_values_memo, RankMeaning, RankTable};
use super::{number_format, prefers_reduced_motion};
use crate::components::chart::{Chart, SendInstance};
use crate::components::picture::PictureBox;
use crate::components::presenting::Presenting;
use crate::echarts;
use crate::pages::indicator::PageModel;
use crate::store::{fetch_data, Computed, Store, DATA_DIR};

/// Name under which the boundaries are registered in ECharts.
const MAP_NAME: &str = "communes";

/// Whether the boundary file is usable: not asked, loading, registered, or failed (message).
#[derive(Clone, PartialEq)]
enum Boundaries {
    None,
    Loading,
    Ready,
    Failed(String),
}

#[component]
pub fn MapView(territory: Arc<Territory>, computed: Arc<Computed>, model: Memo<PageModel>, cache: StoredValue<YearValuesCache>) -> impl IntoView {
    let text = i18n::t().indicator();
    if !computed.indicator.has_communes() {
        return view! { <p class="notice">{text.no_map}</p> }.into_any();
    }
    let animate = !prefers_reduced_motion();
    let boundaries = RwSignal::new(Boundaries::None);
    if let Some(file) = territory.boundaries.clone() {
        boundaries.set(Boundaries::Loading);
        let progress = expect_context::<Store>().progress;
        spawn_local(async move {
            let url = format!("{DATA_DIR}/{file}");
            let ready = echarts::ready().await;
            let registered = fetch_data(&url, progress)
                .await
                .and_then(|bytes| if ready { Ok(bytes) } else { Err(fill(text.charts_unavailable, &[("url", &url)])) })
                .and_then(|bytes| String::from_utf8(bytes).map_err(|_| fill(text.not_utf8, &[("url", &url)])))
                .and_then(|geojson| echarts::register_map(MAP_NAME, &geojson).map_err(|e| fill(text.file_error, &[("url", &url), ("error", &e)])));
            let state = match registered {
                Ok(()) => Boundaries::Ready,
                Err(e) => Boundaries::Failed(fill(text.tiles_instead, &[("error", &e)])),
            };
            boundaries.set(state);
        });
    }
    let values = year_values_memo(territory.clone(), computed.clone(), model, cache);
    let class_list = Memo::new(move |_| {
        let m = model.get();
        let numbers: Vec<f64> = values.with(|v| v.bars.iter().map(|b| b.value).collect());
        classes(&numbers, 5, m.measure.decimals, &m.measure.unit)
    });
    let t = territory.clone();
    let presenting = use_context::<Presenting>();
    // The box's width, measured, sizes the tiles' names.
    let boxed = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(0.0);
    let measure = move || {
        if let Some(element) = boxed.get_untracked() {
            width.set(f64::from(element.client_width()));
        }
    };
    Effect::new(move |_| {
        if boxed.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let tile_spec = {
        let t = territory.clone();
        Memo::new(move |_| {
            let v = values.get();
            let m = model.get();
            let by_code = value_map(&v);
            let value_of = |code: &str| by_code.get(code).copied();
            let grid = t.tile_grid.unwrap_or(en_action_core::territory::TileGrid { cols: 1, rows: 1 });
            TileMapSpec {
                cols: grid.cols,
                rows: grid.rows,
                tiles: t
                    .communes
                    .iter()
                    .filter_map(|c| {
                        let tile = c.tile?;
                        Some(TileValue { code: c.code.to_string(), name: c.name.clone(), col: tile.col, row: tile.row, value: value_of(c.code.as_str()) })
                    })
                    .collect(),
                classes: class_list.get(),
                highlighted: m.communes.clone(),
                unit: m.measure.unit.clone(),
                decimals: m.measure.decimals,
                animate,
                width: width.get(),
                font_floor: presenting.map_or(0.0, |p| p.projection.get().text_px),
            }
        })
    };
    let option = Signal::derive(move || {
        let v = values.get();
        let m = model.get();
        let by_code = value_map(&v);
        let value_of = |code: &str| by_code.get(code).copied();
        if boundaries.get() == Boundaries::Ready {
            return choropleth_option(&ChoroplethSpec {
                map_name: MAP_NAME.to_owned(),
                areas: t.communes.iter().map(|c| (c.code.to_string(), c.name.clone(), value_of(c.code.as_str()))).collect(),
                classes: class_list.get(),
                highlighted: m.communes.clone(),
                unit: m.measure.unit.clone(),
                decimals: m.measure.decimals,
                animate,
            });
        }
        tile_spec.with(tilemap_option)
    });
    let tiles = move || boundaries.get() != Boundaries::Ready;
    let aspect = Signal::derive(move || tile_spec.with(TileMapSpec::aspect_ratio));
    let unlabelled = move || tiles() && !tile_spec.with(TileMapSpec::labelled);
    let finding = year_finding(computed.clone(), model, values);
    let format = number_format(model);
    let instance = RwSignal::new(None::<SendInstance>);
    // First a picture of the tiles, as the trend's and the ranking's (no ECharts to load when
    // the reader turns to the map); the live chart comes when the reader reaches for it. Live
    // at once on a slide, and with boundaries (ECharts draws the real map).
    let pictured = presenting.is_none() && territory.boundaries.is_none();
    let live = RwSignal::new(!pictured);
    // (No picture of tiles for an image of the boundaries' map.)
    let picture = Callback::new(move |(w, h): (f64, f64)| if pictured { tile_spec.with(|s| tilemap_picture(s, w, h)) } else { None });
    let reach = Callback::new(move |()| live.set(true));
    if pictured {
        echarts::prefetch_soon();
    }
    let has_tiles = territory.tile_grid.is_some() || territory.boundaries.is_some();
    view! {
        <p class="finding">{finding}</p>
        {move || match boundaries.get() {
            Boundaries::Failed(message) => Some(view! { <p class="error-card" role="alert">{message}</p> }.into_any()),
            Boundaries::Loading => Some(view! { <p class="loading" role="status">{text.loading_boundaries}</p> }.into_any()),
            _ => None,
        }}
        {has_tiles.then(|| view! {
            // Tiles are square: the box takes the grid's proportions (set through the CSSOM, as
            // the CSP forbids inline styles).
            <div class="map-box" class:map-box--tiles=tiles node_ref=boxed style=("--tile-ratio", aspect)>
                <Chart option=option format=format label=finding class="chart--map" on_instance=Callback::new(move |i| instance.set(i)) until=live>
                    {move || (pictured && instance.with(Option::is_none)).then(|| view! { <PictureBox draw=picture on_reach=reach kind="map"/> })}
                </Chart>
            </div>
            {move || unlabelled().then(|| view! {
                <p class="notice">{text.tiles_too_small}</p>
            })}
        })}
        <ul class="legend" aria-label=text.map_legend>
            {move || legend_items(&class_list.get()).into_iter().map(|(colour, label)| view! {
                <li><span class="legend__swatch" style=("background", colour) aria-hidden="true"></span>{label}</li>
            }).collect_view()}
        </ul>
        <RankMeaning computed=computed.clone() model=model/>
        <RankTable computed=computed.clone() model=model values=values/>
        <Downloads territory=territory computed=computed model=model instance=instance view_name="carte" finding=finding picture=picture/>
    }
    .into_any()
}

/// Each commune's value by code (one lookup per tile, not a search through every bar).
fn value_map(values: &en_action_view::year_values::YearValues) -> std::collections::HashMap<&str, f64> {
    values.bars.iter().map(|b| (b.code.as_str(), b.value)).collect()
}
