//! The JavaScript surface of ECharts the dashboard uses, bound here and nowhere else:
//! `init` with the SVG renderer and the page's locale, `setOption`, `resize`, `dispose`,
//! `getDataURL` for image export and `registerMap` for commune boundaries.

use serde_json::Value;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance.
    pub type Instance;

    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    fn init_raw(element: &web_sys::HtmlElement, theme: &JsValue, options: &JsValue) -> Instance;

    #[wasm_bindgen(js_namespace = echarts, js_name = registerMap)]
    fn register_map_raw(name: &str, geo_json: &JsValue);

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option_raw(this: &Instance, option: &JsValue, not_merge: bool);

    #[wasm_bindgen(method)]
    pub fn resize(this: &Instance);

    #[wasm_bindgen(method, js_name = resize)]
    fn resize_with(this: &Instance, options: &JsValue);

    #[wasm_bindgen(method)]
    pub fn dispose(this: &Instance);

    #[wasm_bindgen(method, js_name = getWidth)]
    fn get_width(this: &Instance) -> f64;

    #[wasm_bindgen(method, js_name = getHeight)]
    fn get_height(this: &Instance) -> f64;

    #[wasm_bindgen(method, js_name = getDataURL)]
    fn get_data_url_raw(this: &Instance, options: &JsValue) -> String;
}

/// The `<meta>` naming the hashed ECharts script (written at build time by
/// `scripts/asset-names.mjs`); the boot script of `index.html` preloads it on pages that will
/// draw charts as soon as the WebAssembly runs, and [`ready`] adds the `<script data-echarts>`.
const SCRIPT_META: &str = "meta[name='en-action-echarts']";

thread_local! {
    /// The loading of ECharts, once per page (a shared promise).
    static LOADING: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
}

/// Whether ECharts is there (run by [`ready`]).
pub fn loaded() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::get(&w, &"echarts".into()).is_ok_and(|e| !e.is_undefined()))
}

/// The hashed address of the ECharts script, from its `<meta>`.
fn script_src(document: &web_sys::Document) -> Option<String> {
    document.query_selector(SCRIPT_META).ok().flatten()?.get_attribute("content")
}

/// Downloads ECharts into the browser's cache without running it (`<link rel="prefetch">`),
/// once: a page that shows pictures first asks for it once its first view is there, so that
/// the live chart or another view comes at once when the reader asks for it.
pub fn prefetch() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let asked = document.query_selector("script[data-echarts], link[data-echarts]").ok().flatten().is_some();
    if loaded() || asked {
        return;
    }
    let Some(src) = script_src(&document) else { return };
    let Ok(link) = document.create_element("link") else { return };
    let _ = link.set_attribute("rel", "prefetch");
    let _ = link.set_attribute("href", &src);
    let _ = link.set_attribute("data-echarts", "");
    if let Some(head) = document.head() {
        let _ = head.append_child(&link);
    }
}

/// How long after a picture's first view ECharts is prefetched.
const PREFETCH_AFTER_MS: u64 = 3_000;

/// Prefetches ECharts a while after a view drawn as a picture (not part of the first view):
/// the live chart, or another view, then needs no download when the reader asks.
pub fn prefetch_soon() {
    leptos::prelude::set_timeout(prefetch, std::time::Duration::from_millis(PREFETCH_AFTER_MS));
}

/// Waits until ECharts is there, loading it on first need (the overview draws its sparklines
/// without it, so its first view never loads it). False if it cannot be loaded: the chart
/// then stays empty, its text alternative and table still say everything.
pub async fn ready() -> bool {
    if loaded() {
        return true;
    }
    let promise = LOADING.with(|l| l.borrow_mut().get_or_insert_with(load).clone());
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() && loaded()
}

/// The promise of the `<script data-echarts>` loaded (added now if not there yet).
fn load() -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            let _ = reject.call0(&JsValue::NULL);
            return;
        };
        let script = document.query_selector("script[data-echarts]").ok().flatten().or_else(|| {
            let src = script_src(&document)?;
            let script = document.create_element("script").ok()?;
            script.set_attribute("src", &src).ok()?;
            script.set_attribute("data-echarts", "").ok()?;
            document.head()?.append_child(&script).ok()?;
            Some(script)
        });
        let Some(script) = script else {
            let _ = reject.call0(&JsValue::NULL);
            return;
        };
        // Loaded before we listened: nothing more will come.
        if loaded() {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        }
        let _ = script.add_event_listener_with_callback("load", &resolve);
        let _ = script.add_event_listener_with_callback("error", &reject);
    })
}

/// How the formatter markers of an option are turned into text.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberFormat {
    pub decimals: u8,
    pub unit: String,
}

/// Starts ECharts on `element`: SVG renderer (crisp on projectors, exportable), the page's
/// locale (French registered by `scripts/echarts-entry.js`, English built in).
pub fn init(element: &web_sys::HtmlElement) -> Instance {
    let locale = match en_action_view::i18n::lang() {
        en_action_view::i18n::Lang::Fr => "FR",
        en_action_view::i18n::Lang::En => "EN",
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"renderer".into(), &"svg".into());
    let _ = js_sys::Reflect::set(&options, &"locale".into(), &locale.into());
    init_raw(element, &JsValue::NULL, &options)
}

/// Replaces the chart's option, with the page's number formatters in place of the markers.
pub fn set_option(instance: &Instance, option: &Value, format: &NumberFormat) {
    let Ok(js) = js_sys::JSON::parse(&option.to_string()) else { return };
    install_formatters(&js, option, format);
    instance.set_option_raw(&js, true);
}

/// The chart as an SVG document.
pub fn svg_data_url(instance: &Instance) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"svg".into());
    let _ = js_sys::Reflect::set(&options, &"backgroundColor".into(), &"#ffffff".into());
    instance.get_data_url_raw(&options)
}

/// Resizes the chart to `width` × `height` CSS pixels at once (for print and export).
pub fn resize_to(instance: &Instance, width: u32, height: u32) {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"width".into(), &width.into());
    let _ = js_sys::Reflect::set(&options, &"height".into(), &height.into());
    let still = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&still, &"duration".into(), &0.into());
    let _ = js_sys::Reflect::set(&options, &"animation".into(), &still);
    instance.resize_with(&options);
}

/// The chart's size in CSS pixels.
pub fn size(instance: &Instance) -> (u32, u32) {
    (instance.get_width().max(1.0) as u32, instance.get_height().max(1.0) as u32)
}

/// Registers a GeoJSON map under `name` for `map` series.
pub fn register_map(name: &str, geo_json: &str) -> Result<(), String> {
    let js = js_sys::JSON::parse(geo_json).map_err(|_| en_action_view::i18n::t().commune().error_geojson.to_owned())?;
    register_map_raw(name, &js);
    Ok(())
}

/// Walks the option (as JSON and as its JavaScript twin) and sets a function wherever a
/// formatter holds a marker such as `@value`.
fn install_formatters(js: &JsValue, value: &Value, format: &NumberFormat) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let Ok(js_child) = js_sys::Reflect::get(js, &JsValue::from_str(key)) else { continue };
                match child.as_str() {
                    Some(marker) if marker.starts_with('@') => {
                        let function = formatter(marker, format.clone());
                        let _ = js_sys::Reflect::set(js, &JsValue::from_str(key), &function);
                    }
                    _ => install_formatters(&js_child, child, format),
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                if let Ok(js_child) = js_sys::Reflect::get_u32(js, i as u32) {
                    install_formatters(&js_child, child, format);
                }
            }
        }
        _ => {}
    }
}

fn formatter(marker: &str, format: NumberFormat) -> JsValue {
    use en_action_view::chart::{FORMAT_NUMBER, FORMAT_VALUE, FORMAT_YEAR, FORMAT_YEAR_EVERY};
    use en_action_view::format;
    let marker = marker.to_owned();
    Closure::<dyn Fn(JsValue) -> String>::new(move |v: JsValue| {
        // A number, a `[x, y]` point, or an axis pointer's `{ value }`.
        let number = v
            .as_f64()
            .or_else(|| js_sys::Reflect::get_u32(&v, 1).ok().and_then(|x| x.as_f64()))
            .or_else(|| js_sys::Reflect::get(&v, &JsValue::from_str("value")).ok().and_then(|x| x.as_f64()));
        match (marker.as_str(), number) {
            (_, None) => "–".to_owned(),
            (m, Some(x)) if m == FORMAT_YEAR => format!("{}", x.round() as i64),
            (m, Some(x)) if m.starts_with(FORMAT_YEAR_EVERY) => {
                let step = m[FORMAT_YEAR_EVERY.len()..].parse::<i64>().unwrap_or(1).max(1);
                let year = x.round() as i64;
                if year % step == 0 { year.to_string() } else { String::new() }
            }
            (m, Some(x)) if m == FORMAT_NUMBER => format::tick(x, format.decimals),
            (m, Some(x)) if m == FORMAT_VALUE => format::with_unit(x, format.decimals, &format.unit),
            (_, Some(x)) => format::number(x, format.decimals),
        }
    })
    .into_js_value()
}
