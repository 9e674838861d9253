//! The choropleth: commune boundaries (a GeoJSON the app registers with
//! `echarts.registerMap(map_name, geojson)`, features named by `properties.code`, the INSEE
//! code) coloured by class, highlighted communes framed in dark and named, missing values
//! hatched, each commune's name and value in its tooltip.

use charming::element::{Tooltip, Trigger};
use serde_json::{json, Value};

use super::tilemap::value_text;
use super::OptionBuilder;
use crate::classes::{self, Class, DARK_TEXT, MISSING_COLOUR};

/// Latitude of the territory's centre (Lens), in degrees.
pub const LATITUDE: f64 = 50.43;
/// Borders between communes.
const BORDER: f64 = 1.0;
/// Borders of highlighted communes.
const HIGHLIGHT_BORDER: f64 = 3.0;

/// Everything the choropleth shows, already computed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChoroplethSpec {
    /// The name the boundaries were registered under.
    pub map_name: String,
    /// (INSEE code, name, value) of each commune.
    pub areas: Vec<(String, String, Option<f64>)>,
    pub classes: Vec<Class>,
    /// Codes of the communes to highlight.
    pub highlighted: Vec<String>,
    pub unit: String,
    pub decimals: u8,
    /// Whether the chart may animate (off when the reader prefers reduced motion).
    pub animate: bool,
}

/// ECharts draws GeoJSON longitudes and latitudes as plain x and y, then multiplies the
/// width/height ratio by `aspectScale`: a degree of longitude spans cos(latitude) of a degree
/// of latitude on the ground, so cos(50.4°) ≈ 0.64 keeps the communes' true shapes (the
/// default 0.75 suits latitudes near 41°).
pub fn aspect_scale() -> f64 {
    LATITUDE.to_radians().cos()
}

pub fn choropleth_option(spec: &ChoroplethSpec) -> Value {
    let chart = OptionBuilder::new()
        .animation(spec.animate)
        .tooltip(Tooltip::new().trigger(Trigger::Item));
    let mut option = chart.build();
    let data: Vec<Value> = spec
        .areas
        .iter()
        .map(|(code, name, value)| area(spec, code, name, *value))
        .collect();
    let series = json!({
        "type": "map",
        "name": "Carte",
        "map": spec.map_name,
        "nameProperty": "code",
        "roam": false,
        "aspectScale": aspect_scale(),
        "layoutCenter": ["50%", "50%"],
        "layoutSize": "96%",
        "selectedMode": false,
        "select": { "disabled": true },
        // Communes missing from `areas` stay plain grey.
        "itemStyle": { "areaColor": MISSING_COLOUR, "borderColor": "#ffffff", "borderWidth": BORDER },
        "label": { "show": false },
        "emphasis": { "label": { "show": false } },
        "data": data,
    });
    if let Some(map) = option.as_object_mut() {
        map.insert("series".to_owned(), Value::Array(vec![series]));
    }
    option
}

fn area(spec: &ChoroplethSpec, code: &str, name: &str, value: Option<f64>) -> Value {
    let class = value.and_then(|v| classes::class_of(&spec.classes, v));
    let colour = class.map_or(MISSING_COLOUR, |i| spec.classes[i].colour);
    let highlighted = spec.highlighted.iter().any(|c| c == code);
    let (border, width) = if highlighted {
        (DARK_TEXT, HIGHLIGHT_BORDER)
    } else {
        ("#ffffff", BORDER)
    };
    let mut item_style =
        json!({ "areaColor": colour, "borderColor": border, "borderWidth": width });
    if class.is_none() {
        item_style["decal"] = classes::missing_decal();
    }
    // Hovering keeps the class colour and only outlines the commune.
    let mut emphasis = json!({ "itemStyle": { "areaColor": colour, "borderColor": DARK_TEXT, "borderWidth": HIGHLIGHT_BORDER } });
    let mut item = json!({
        "name": code,
        "value": value.filter(|v| v.is_finite()),
        "itemStyle": item_style,
        "tooltip": { "formatter": value_text(name, value, spec.decimals, &spec.unit) },
    });
    if highlighted {
        // Named on the map in dark bold text on a white box, whatever the class colour.
        let label = json!({
            "show": true, "formatter": name, "color": DARK_TEXT, "fontWeight": "bold", "fontSize": 11,
            "backgroundColor": "#ffffff", "padding": [1, 3], "borderRadius": 2,
        });
        emphasis["label"] = label.clone();
        item["label"] = label;
    }
    item["emphasis"] = emphasis;
    item
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classes::{classes, RAMP};

    fn spec() -> ChoroplethSpec {
        ChoroplethSpec {
            map_name: "call-communes".into(),
            areas: vec![
                ("62498".into(), "Lens".into(), Some(24.1)),
                ("62510".into(), "Liévin".into(), Some(18.0)),
                ("62065".into(), "Avion".into(), Some(12.0)),
                ("62771".into(), "Sains-en-Gohelle".into(), None),
            ],
            classes: classes(&[24.1, 18.0, 12.0], 3, 1, "%"),
            highlighted: vec!["62510".into()],
            unit: "%".into(),
            decimals: 1,
            animate: false,
        }
    }

    #[test]
    fn a_map_series_named_by_insee_code() {
        let option = choropleth_option(&spec());
        assert_eq!(option["animation"], false);
        assert_eq!(option["tooltip"]["trigger"], "item");
        let series = option["series"].as_array().unwrap();
        assert_eq!(series.len(), 1);
        let map = &series[0];
        assert_eq!(map["type"], "map");
        assert_eq!(map["map"], "call-communes");
        assert_eq!(map["nameProperty"], "code");
        assert_eq!(map["roam"], false);
        assert_eq!(map["label"]["show"], false);
        let aspect = map["aspectScale"].as_f64().unwrap();
        assert!((aspect - 0.637).abs() < 0.002, "{aspect}");
        let data = map["data"].as_array().unwrap();
        assert_eq!(data.len(), 4);
        assert_eq!(data[0]["name"], "62498");
        assert_eq!(data[0]["value"], 24.1);
        // The tooltip names the commune, not its code.
        assert_eq!(data[0]["tooltip"]["formatter"], "Lens\u{a0}: 24,1\u{a0}%");
    }

    #[test]
    fn areas_are_coloured_by_class_missing_ones_hatched() {
        let option = choropleth_option(&spec());
        let data = &option["series"][0]["data"];
        assert_eq!(data[0]["itemStyle"]["areaColor"], RAMP[4]);
        assert_eq!(data[1]["itemStyle"]["areaColor"], RAMP[2]);
        assert_eq!(data[2]["itemStyle"]["areaColor"], RAMP[0]);
        assert_eq!(data[2]["itemStyle"]["borderColor"], "#ffffff");
        assert_eq!(data[2]["emphasis"]["itemStyle"]["areaColor"], RAMP[0]);
        assert!(data[2]["itemStyle"].get("decal").is_none());
        assert_eq!(data[3]["value"], Value::Null);
        assert_eq!(data[3]["itemStyle"]["areaColor"], MISSING_COLOUR);
        assert_eq!(data[3]["itemStyle"]["decal"], classes::missing_decal());
        assert_eq!(
            data[3]["tooltip"]["formatter"],
            "Sains-en-Gohelle\u{a0}: pas de donnée"
        );
    }

    #[test]
    fn highlighted_areas_are_framed_and_named() {
        let option = choropleth_option(&spec());
        let lievin = &option["series"][0]["data"][1];
        assert_eq!(lievin["itemStyle"]["borderColor"], DARK_TEXT);
        assert_eq!(lievin["itemStyle"]["borderWidth"], HIGHLIGHT_BORDER);
        assert_eq!(lievin["label"]["show"], true);
        assert_eq!(lievin["label"]["formatter"], "Liévin");
        assert_eq!(lievin["label"]["fontWeight"], "bold");
        assert!(option["series"][0]["data"][0].get("label").is_none());
    }

    #[test]
    fn empty_maps() {
        let option = choropleth_option(&ChoroplethSpec::default());
        assert_eq!(option["series"][0]["data"], json!([]));
        let no_classes = choropleth_option(&ChoroplethSpec {
            classes: Vec::new(),
            ..spec()
        });
        assert_eq!(
            no_classes["series"][0]["data"][0]["itemStyle"]["areaColor"],
            MISSING_COLOUR
        );
    }
}
