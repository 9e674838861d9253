//! Chart options made for a projector: every text at least the slide's chart text size,
//! margins and lines grown with it, and grey text in the theme's high-contrast colour (at
//! least 7:1); in the dark theme, the neutral greys of lines and text turned over.
//!
//! The option builders of [`crate::chart`] stay sized for a screen at arm's length; this
//! walks any of their options, so every chart type is projected the same way.

use serde_json::{Map, Value};

use super::query::Theme;

/// ECharts' own text size, which the builders assume.
const SCREEN_TEXT_PX: f64 = 12.0;
/// Text in the light theme: #1a1a1a on white, 17.4:1.
pub const LIGHT_TEXT: &str = "#1a1a1a";
/// Text in the dark theme: #f2f2f2 on #0d0d0d, 17.2:1.
pub const DARK_TEXT: &str = "#f2f2f2";
/// Light greys (grid lines, borders) in the dark theme.
const DARK_LINE: &str = "#4d4d4d";
/// Middle greys (bars of the other communes, the target) in the dark theme: 8.4:1 on #0d0d0d.
const DARK_MIDDLE: &str = "#a6a6a6";

/// Objects that hold text styles.
const TEXT_KEYS: [&str; 6] = ["axisLabel", "nameTextStyle", "label", "endLabel", "textStyle", "upperLabel"];
/// Objects whose text colour ECharts defaults to a low-contrast grey.
const DEFAULT_GREY_KEYS: [&str; 2] = ["axisLabel", "nameTextStyle"];
/// Series whose colours encode data (tiles, areas): never recoloured.
const DATA_COLOURED: [&str; 2] = ["heatmap", "map"];
/// Grid margins grown with the text.
const MARGINS: [&str; 4] = ["left", "right", "top", "bottom"];

/// How the slide shows charts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    /// The smallest chart text, in CSS pixels.
    pub text_px: f64,
    pub theme: Theme,
}

impl Projection {
    fn text_colour(self) -> &'static str {
        match self.theme {
            Theme::Light => LIGHT_TEXT,
            Theme::Dark => DARK_TEXT,
        }
    }

    fn ratio(self) -> f64 {
        (self.text_px / SCREEN_TEXT_PX).max(1.0)
    }
}

/// `option` for the projector.
pub fn project(option: &Value, projection: Projection) -> Value {
    let mut option = option.clone();
    walk(&mut option, None, projection);
    if let Value::Object(root) = &mut option {
        let style = root.entry("textStyle").or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(style) = style {
            style.insert("fontSize".into(), projection.text_px.into());
            style.insert("color".into(), projection.text_colour().into());
        }
        root.insert("backgroundColor".into(), "transparent".into());
        for key in ["xAxis", "yAxis"] {
            for axis in objects_mut(root.get_mut(key)) {
                for text in DEFAULT_GREY_KEYS {
                    let style = object_at(axis, &[text]);
                    style.entry("color").or_insert_with(|| projection.text_colour().into());
                    raise_font(style, projection.text_px);
                }
                if projection.theme == Theme::Dark {
                    // ECharts' own pale grid lines and dark axis lines, where the option keeps them.
                    object_at(axis, &["splitLine", "lineStyle"]).entry("color").or_insert_with(|| DARK_LINE.into());
                    object_at(axis, &["axisLine", "lineStyle"]).entry("color").or_insert_with(|| DARK_MIDDLE.into());
                }
            }
        }
        for grid in objects_mut(root.get_mut("grid")) {
            for margin in MARGINS {
                if let Some(px) = grid.get(margin).and_then(Value::as_f64) {
                    grid.insert(margin.into(), (px * projection.ratio()).round().into());
                }
            }
        }
        for legend in objects_mut(root.get_mut("legend")) {
            for size in ["itemWidth", "itemHeight"] {
                let px = legend.get(size).and_then(Value::as_f64).unwrap_or(if size == "itemWidth" { 25.0 } else { 14.0 });
                legend.insert(size.into(), (px * projection.ratio()).round().into());
            }
        }
    }
    option
}

/// Walks `value`, which sits under `key`.
fn walk(value: &mut Value, key: Option<&str>, projection: Projection) {
    match value {
        Value::Object(map) => {
            // Stacked bars (the actions by status) are coloured by their data too, with labels
            // inside in a colour chosen for their fill.
            let stacked = map.get("type").and_then(Value::as_str) == Some("bar") && map.contains_key("stack");
            if map.get("type").and_then(Value::as_str).is_some_and(|t| DATA_COLOURED.contains(&t)) || key == Some("visualMap") || stacked {
                raise_labels(map, projection.text_px);
                return;
            }
            if key.is_some_and(|k| TEXT_KEYS.contains(&k)) {
                raise_font(map, projection.text_px);
                // Grey text, and the names at the lines' ends (a line's colour is 3:1, not
                // the 7:1 of projected text; the name's place tells its line), in the
                // theme's text colour.
                let grey_text = map.get("color").and_then(Value::as_str).is_some_and(|c| grey(c).is_some());
                if grey_text || key == Some("endLabel") {
                    map.insert("color".into(), projection.text_colour().into());
                }
                // Offsets that keep close names apart grow with the text.
                if let Some(Value::Array(offset)) = map.get_mut("offset") {
                    for d in offset.iter_mut() {
                        if let Some(px) = d.as_f64() {
                            *d = (px * projection.ratio()).round().into();
                        }
                    }
                }
            } else if projection.theme == Theme::Dark {
                for colour_key in ["color", "borderColor"] {
                    if let Some(turned) = map.get(colour_key).and_then(Value::as_str).and_then(turn_over) {
                        map.insert(colour_key.into(), turned.into());
                    }
                }
            }
            if key == Some("lineStyle") {
                if let Some(width) = map.get("width").and_then(Value::as_f64) {
                    map.insert("width".into(), (width * 1.5).into());
                }
            }
            for (k, child) in map.iter_mut() {
                walk(child, Some(k.as_str()), projection);
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, key, projection);
            }
        }
        _ => {}
    }
}

/// In a data-coloured series: only the size of the labels.
fn raise_labels(map: &mut Map<String, Value>, px: f64) {
    for (k, child) in map.iter_mut() {
        match child {
            Value::Object(inner) if TEXT_KEYS.contains(&k.as_str()) => raise_font(inner, px),
            Value::Object(inner) => raise_labels(inner, px),
            Value::Array(items) => {
                for item in items {
                    if let Value::Object(inner) = item {
                        raise_labels(inner, px);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Sets `fontSize` to at least `px`, and the sizes of its rich text styles.
fn raise_font(style: &mut Map<String, Value>, px: f64) {
    let size = style.get("fontSize").and_then(Value::as_f64).unwrap_or(0.0);
    if size < px {
        style.insert("fontSize".into(), px.into());
    }
    if let Some(Value::Object(rich)) = style.get_mut("rich") {
        for inner in rich.values_mut() {
            if let Value::Object(inner) = inner {
                raise_font(inner, px);
            }
        }
    }
}

/// The object at `path` under `map`, created (or replacing a non-object) where missing.
fn object_at<'a>(map: &'a mut Map<String, Value>, path: &[&str]) -> &'a mut Map<String, Value> {
    let mut here = map;
    for key in path {
        let child = here.entry(*key).or_insert_with(|| Value::Object(Map::new()));
        if !child.is_object() {
            *child = Value::Object(Map::new());
        }
        here = child.as_object_mut().expect("an object was just put here");
    }
    here
}

/// The objects of an option entry that may be one object or a list of them.
fn objects_mut(value: Option<&mut Value>) -> Vec<&mut Map<String, Value>> {
    match value {
        Some(Value::Object(map)) => vec![map],
        Some(Value::Array(items)) => items.iter_mut().filter_map(Value::as_object_mut).collect(),
        _ => Vec::new(),
    }
}

/// The lightness (0 black to 1 white) of a neutral grey `#rgb` or `#rrggbb`; `None` for a
/// colour or anything else.
fn grey(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#')?;
    let channel = |i: usize, width: usize| u8::from_str_radix(hex.get(i * width..(i + 1) * width)?, 16).ok();
    let (r, g, b) = match hex.len() {
        6 => (channel(0, 2)?, channel(1, 2)?, channel(2, 2)?),
        3 => (channel(0, 1)? * 17, channel(1, 1)? * 17, channel(2, 1)? * 17),
        _ => return None,
    };
    let (max, min) = (r.max(g).max(b), r.min(g).min(b));
    (max - min <= 24).then(|| f64::from(max) / 255.0)
}

/// A neutral grey in the dark theme: near-black (text, the territory's line) becomes
/// near-white, dark greys (other bars, the target) a light grey, light greys (grid lines) a
/// dark grey; greys already readable on black, and colours, stay.
fn turn_over(colour: &str) -> Option<&'static str> {
    let lightness = grey(colour)?;
    if lightness < 0.2 {
        Some(DARK_TEXT)
    } else if lightness < 0.5 {
        Some(DARK_MIDDLE)
    } else if lightness > 0.8 {
        Some(DARK_LINE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const LIGHT: Projection = Projection { text_px: 24.0, theme: Theme::Light };
    const DARK: Projection = Projection { text_px: 24.0, theme: Theme::Dark };

    #[test]
    fn every_text_is_at_least_the_slide_size() {
        let option = json!({
            "grid": { "left": 8, "right": 150, "top": "10%" },
            "xAxis": { "type": "category" },
            "yAxis": [{ "axisLabel": { "fontSize": 12, "color": "#6b6b6b" } }, { "axisLabel": { "fontSize": 30 } }],
            "legend": {},
            "series": [{ "type": "line", "endLabel": { "show": true, "color": "#0072B2", "offset": [0, -7] },
                         "markLine": { "label": { "fontSize": 11, "rich": { "b": { "fontSize": 10 } } } },
                         "lineStyle": { "width": 2, "color": "#1a1a1a" } }]
        });
        let p = project(&option, LIGHT);
        assert_eq!(p["textStyle"], json!({ "fontSize": 24.0, "color": LIGHT_TEXT }));
        assert_eq!(p["xAxis"]["axisLabel"], json!({ "fontSize": 24.0, "color": LIGHT_TEXT }), "ECharts' grey default replaced");
        assert_eq!(p["yAxis"][0]["axisLabel"], json!({ "fontSize": 24.0, "color": LIGHT_TEXT }), "a mid grey (5.3:1) darkened");
        assert_eq!(p["yAxis"][1]["axisLabel"]["fontSize"], 30.0, "larger text kept");
        assert_eq!(p["yAxis"][1]["axisLabel"]["color"], LIGHT_TEXT, "every axis of a list");
        let series = &p["series"][0];
        assert_eq!(series["endLabel"], json!({ "show": true, "color": LIGHT_TEXT, "fontSize": 24.0, "offset": [0.0, -14.0] }), "names at the lines' ends in 7:1 text, kept apart");
        assert_eq!(series["markLine"]["label"]["fontSize"], 24.0);
        assert_eq!(series["markLine"]["label"]["rich"]["b"]["fontSize"], 24.0);
        assert_eq!(series["lineStyle"], json!({ "width": 3.0, "color": "#1a1a1a" }), "light theme: colours kept");
        // Margins grow with the text (24 / 12 = twice); percentages stay.
        assert_eq!((p["grid"]["left"].as_f64(), p["grid"]["right"].as_f64(), &p["grid"]["top"]), (Some(16.0), Some(300.0), &json!("10%")));
        assert_eq!((p["legend"]["itemWidth"].as_f64(), p["legend"]["itemHeight"].as_f64()), (Some(50.0), Some(28.0)));
        assert_eq!(p["backgroundColor"], "transparent");
    }

    #[test]
    fn the_dark_theme_turns_neutral_greys_over_but_not_data_colours() {
        let option = json!({
            "yAxis": { "splitLine": { "lineStyle": { "color": "#e3e3e3" } }, "axisLabel": { "color": "#1a1a1a" } },
            "series": [
                { "type": "line", "lineStyle": { "color": "#1a1a1a" }, "itemStyle": { "color": "#0072B2" } },
                { "type": "bar", "data": [{ "itemStyle": { "color": "#5a5a5a" } }] },
                { "type": "heatmap", "data": [{ "label": { "color": "#1a1a1a", "fontSize": 12 } }], "itemStyle": { "borderColor": "#ffffff" },
                  "emphasis": { "label": { "fontSize": 12 } } }
            ],
            "visualMap": { "pieces": [{ "color": "#e6e6e6" }], "textStyle": { "fontSize": 12 } }
        });
        let p = project(&option, DARK);
        assert_eq!(p["textStyle"]["color"], DARK_TEXT);
        assert_eq!(p["yAxis"]["splitLine"]["lineStyle"]["color"], DARK_LINE);
        let bare = project(&json!({ "xAxis": { "type": "category" } }), DARK);
        assert_eq!(bare["xAxis"]["splitLine"]["lineStyle"]["color"], DARK_LINE, "ECharts' default grid lines darkened");
        assert_eq!(bare["xAxis"]["axisLine"]["lineStyle"]["color"], DARK_MIDDLE);
        assert!(project(&json!({ "xAxis": {} }), LIGHT)["xAxis"].get("splitLine").is_none(), "light theme: defaults kept");
        assert_eq!(p["yAxis"]["axisLabel"]["color"], DARK_TEXT);
        assert_eq!(p["series"][0]["lineStyle"]["color"], DARK_TEXT, "the territory's black line turns white");
        assert_eq!(p["series"][0]["itemStyle"]["color"], "#0072B2");
        assert_eq!(p["series"][1]["data"][0]["itemStyle"]["color"], DARK_MIDDLE, "a dark grey lightened");
        let tiles = &p["series"][2];
        assert_eq!(tiles["data"][0]["label"], json!({ "color": "#1a1a1a", "fontSize": 24.0 }), "a tile's text keeps its contrast with the tile");
        assert_eq!(tiles["itemStyle"], json!({ "borderColor": "#ffffff" }), "no text size on a style");
        assert_eq!(tiles["emphasis"]["label"]["fontSize"], 24.0, "labels found at any depth");
        assert_eq!(p["visualMap"]["pieces"][0]["color"], "#e6e6e6");
        assert_eq!(p["visualMap"]["textStyle"]["fontSize"], 24.0);
    }

    #[test]
    fn greys_are_told_from_colours() {
        assert_eq!(grey("#000000"), Some(0.0));
        assert_eq!(grey("#fff"), Some(1.0));
        assert_eq!(grey("#5a5a5a").map(|l| (l * 255.0).round()), Some(90.0));
        assert_eq!(grey("#0072B2"), None);
        assert_eq!(grey("#7A6200"), None);
        assert_eq!(grey("red"), None);
        assert_eq!(grey("#12345"), None);
        assert_eq!(turn_over("#1a1a1a"), Some(DARK_TEXT));
        assert_eq!(turn_over("#e3e3e3"), Some(DARK_LINE));
        assert_eq!(turn_over("#5a5a5a"), Some(DARK_MIDDLE));
        // At the bounds: #333 is exactly 0,2 (a dark grey, not near-black); #ccc exactly 0,8
        // (readable on black as it is).
        assert_eq!(turn_over("#333333"), Some(DARK_MIDDLE));
        assert_eq!(turn_over("#cccccc"), None);
        assert_eq!(turn_over("#8a8a8a"), None);
    }
}
