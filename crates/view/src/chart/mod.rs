//! Chart options, built with charming from view models and finished as JSON where charming
//! 0.6 lacks an ECharts option. The browser only hands the result to ECharts.
//!
//! Number formatting stays French: formatter slots hold markers (`@number`, `@year`,
//! `@value`) that the app replaces with French formatting functions.

pub mod palette;
pub mod trend;
pub mod ranking;
pub mod tilemap;
pub mod choropleth;
pub mod sparkline;

use serde_json::Value;

/// Formatter marker: a number with the indicator's decimals, no unit (axis labels).
pub const FORMAT_NUMBER: &str = "@number";
/// Formatter marker: a whole year without grouping (« 2015 »).
pub const FORMAT_YEAR: &str = "@year";
/// Formatter marker: a number with decimals and unit (tooltips).
pub const FORMAT_VALUE: &str = "@value";

/// Serialises a charming chart into an ECharts option.
pub(crate) fn to_value(chart: &charming::Chart) -> Value {
    serde_json::to_value(chart).unwrap_or(Value::Null)
}

/// Sets `path` (object keys) in `value` to `new`, creating objects on the way.
pub(crate) fn set(value: &mut Value, path: &[&str], new: Value) {
    let mut at = value;
    for key in path {
        if !at.is_object() {
            *at = Value::Object(Default::default());
        }
        at = at
            .as_object_mut()
            .map(|o| o.entry(key.to_string()).or_insert(Value::Null))
            .expect("made an object above");
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
