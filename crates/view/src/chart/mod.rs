//! Chart options, built with charming from view models and finished as JSON where charming
//! 0.6 lacks an ECharts option. The browser only hands the result to ECharts.
//!
//! Numbers are formatted by the app: formatter slots hold markers (`@number`, `@year`,
//! `@value`) that it replaces with functions of [`crate::format`] (the page's language). Texts
//! (labels, tooltips) come from the catalogue, `i18n::t().indicator()`.

pub mod palette;
pub mod trend;
pub mod picture;
pub mod picture_svg;
pub mod trend_picture;
pub mod ranking;
pub mod ranking_rows;
pub mod ranking_picture;
pub mod tilemap;
pub mod tile_labels;
pub mod tilemap_picture;
pub mod choropleth;
pub mod sparkline;
pub mod status_bars;

use serde_json::Value;

/// Formatter marker: an axis tick, no unit: the indicator's decimals, more when a tick needs
/// them so that two ticks never read the same (see `format::tick`).
pub const FORMAT_NUMBER: &str = "@number";
/// Formatter marker: a whole year without grouping (« 2015 »).
pub const FORMAT_YEAR: &str = "@year";
/// Formatter marker prefix: a year labelled only when it is a multiple of the number that
/// follows (« @year/5 »: 2015, 2020, 2025…), so that the labels fall on round years.
pub const FORMAT_YEAR_EVERY: &str = "@year/";
/// Formatter marker: a number with decimals and unit (tooltips).
pub const FORMAT_VALUE: &str = "@value";

/// An ECharts option assembled from charming's typed parts, mirroring `charming::Chart`'s
/// builder. Each part is serialised on its own: serialising a whole `charming::Chart` links
/// the serialisation code of every chart type charming knows into the Wasm (about 70 kB).
#[derive(Default)]
pub(crate) struct OptionBuilder(serde_json::Map<String, Value>);

impl OptionBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    fn put(mut self, key: &str, part: impl serde::Serialize) -> Self {
        self.0.insert(key.to_owned(), serde_json::to_value(part).unwrap_or(Value::Null));
        self
    }

    fn push(mut self, key: &str, part: impl serde::Serialize) -> Self {
        let part = serde_json::to_value(part).unwrap_or(Value::Null);
        match self.0.entry(key.to_owned()).or_insert_with(|| Value::Array(Vec::new())) {
            Value::Array(items) => items.push(part),
            other => *other = Value::Array(vec![part]),
        }
        self
    }

    pub fn animation(self, on: bool) -> Self {
        self.put("animation", on)
    }

    pub fn grid(self, grid: charming::component::Grid) -> Self {
        self.push("grid", grid)
    }

    /// The tooltip, drawn by ECharts as SVG text (`renderMode: richText`) rather than as
    /// HTML: HTML tooltips carry inline `style` attributes that the Content Security Policy
    /// blocks, and they would parse text from the data files as markup.
    pub fn tooltip(mut self, tooltip: charming::element::Tooltip) -> Self {
        let mut value = serde_json::to_value(tooltip).unwrap_or(Value::Null);
        set(&mut value, &["renderMode"], Value::from("richText"));
        self.0.insert("tooltip".to_owned(), value);
        self
    }

    pub fn x_axis(self, axis: charming::component::Axis) -> Self {
        self.push("xAxis", axis)
    }

    pub fn y_axis(self, axis: charming::component::Axis) -> Self {
        self.push("yAxis", axis)
    }

    /// A series of one chart type (`charming::series::Line`, `Bar`, `Heatmap`, `Map`…).
    pub fn series(self, series: impl serde::Serialize) -> Self {
        self.push("series", series)
    }

    /// The option; like charming, a component given once is an object, not a list.
    pub fn build(mut self) -> Value {
        for (key, value) in self.0.iter_mut() {
            if let (false, Value::Array(items)) = (key == "series", &mut *value) {
                if items.len() == 1 {
                    *value = items.pop().unwrap_or(Value::Null);
                }
            }
        }
        Value::Object(self.0)
    }
}

/// Sets `path` (object keys) in `value` to `new`, creating objects on the way.
pub(crate) fn set(value: &mut Value, path: &[&str], new: Value) {
    let mut at = value;
    for key in path {
        if !at.is_object() {
            *at = Value::Object(Default::default());
        }
        let Value::Object(object) = at else { return };
        at = object.entry(key.to_string()).or_insert(Value::Null);
    }
    *at = new;
}

/// The first element of an option component that ECharts accepts as an object or an array
/// (`xAxis`, `yAxis`, `series`…).
pub(crate) fn first_mut<'a>(option: &'a mut Value, key: &str) -> Option<&'a mut Value> {
    match option.get_mut(key)? {
        Value::Array(items) => items.first_mut(),
        other => Some(other),
    }
}
