//! The tile map: one square per commune on a grid that keeps the rough geography (row 0 in
//! the north), coloured by class, each tile named in text that contrasts with its colour,
//! highlighted communes framed by a thick dark border, missing values hatched. Tiles are
//! square (the chart's box takes the grid's proportions, [`TileMapSpec::aspect_ratio`]); names
//! are sized to the tiles and unique ([`super::tile_labels`]), or left out when tiles are too
//! small to hold them (the table below the map has them all).

use charming::component::{Axis, Grid};
use charming::element::{AxisType, Tooltip, Trigger};
use charming::series::Heatmap;
use serde_json::{json, Value};

use super::tile_labels::{fit, tile_labels, LabelFit};
use super::{OptionBuilder, first_mut, set};
use crate::classes::{self, missing_label, Class, DARK_TEXT, MISSING_COLOUR};
use crate::format;
use crate::i18n::{self, fill};

/// Margin around the tiles, in pixels.
pub(super) const MARGIN: u32 = 2;
/// The white gap between tiles (border width of ordinary tiles).
pub(super) const GAP: f64 = 3.0;
/// The border of highlighted tiles.
pub(super) const HIGHLIGHT_BORDER: f64 = 4.0;
/// The padding of a name on a hatched tile (its plain box), vertical and horizontal.
pub(super) const MISSING_LABEL_PADDING: [u32; 2] = [1, 3];
/// Tiles that hold fewer characters than this are not labelled (three letters at 9 px tell
/// nobody anything).
const MIN_LABEL_CHARS: usize = 4;
/// The tile size assumed before the chart is measured, in pixels.
const DEFAULT_TILE_PX: f64 = 60.0;

/// One commune of the tile map.
#[derive(Debug, Clone, PartialEq)]
pub struct TileValue {
    pub code: String,
    pub name: String,
    pub col: u32,
    /// Row 0 is the north, at the top.
    pub row: u32,
    pub value: Option<f64>,
}

/// Everything the tile map shows, already computed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TileMapSpec {
    pub cols: u32,
    pub rows: u32,
    pub tiles: Vec<TileValue>,
    pub classes: Vec<Class>,
    /// Codes of the communes to highlight.
    pub highlighted: Vec<String>,
    pub unit: String,
    pub decimals: u8,
    /// Whether the chart may animate (off when the reader prefers reduced motion).
    pub animate: bool,
    /// The chart's width in pixels, once measured (0 before).
    pub width: f64,
    /// The smallest text of the tiles' names, in pixels (0: sized by the tiles alone).
    pub font_floor: f64,
}

impl TileMapSpec {
    /// The width-to-height ratio of the chart's box that makes the tiles square (a CSS
    /// `aspect-ratio` number).
    pub fn aspect_ratio(&self) -> String {
        let (cols, rows) = self.size();
        format!("{:.4}", f64::from(cols) / f64::from(rows))
    }

    /// The width of one tile in pixels.
    pub fn tile_px(&self) -> f64 {
        self.tile_px_at(self.width)
    }

    /// The width of one tile in a chart `width` pixels wide.
    pub(super) fn tile_px_at(&self, width: f64) -> f64 {
        if width <= 0.0 {
            return DEFAULT_TILE_PX;
        }
        let (cols, _) = self.size();
        (width - f64::from(2 * MARGIN)) / f64::from(cols)
    }

    /// Whether the tiles are large enough to carry names.
    pub fn labelled(&self) -> bool {
        carries_names(fit(self.tile_px(), self.font_floor))
    }

    /// Each tile's name on tiles `tile_px` wide (in the order of `tiles`; empty strings when
    /// the tiles are too small to carry names), and the text's fit.
    pub(super) fn names(&self, tile_px: f64) -> (LabelFit, Vec<String>) {
        let fit = fit(tile_px, self.font_floor);
        if !carries_names(fit) {
            return (fit, vec![String::new(); self.tiles.len()]);
        }
        let names: Vec<String> = self.tiles.iter().map(|t| t.name.clone()).collect();
        (fit, tile_labels(&names, fit.max_chars))
    }

    /// Whether `tile` is one of the highlighted communes.
    pub(super) fn is_highlighted(&self, tile: &TileValue) -> bool {
        self.highlighted.contains(&tile.code)
    }

    /// The tiles' indices in drawing order: highlighted tiles last, so no neighbour's white
    /// border covers their frame.
    pub(super) fn drawing_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.tiles.len()).collect();
        order.sort_by_key(|&i| self.is_highlighted(&self.tiles[i]));
        order
    }

    /// A tile's class (`None`: no value, or outside every class) and colour.
    pub(super) fn class_colour(&self, tile: &TileValue) -> (Option<usize>, &'static str) {
        let class = tile.value.and_then(|v| classes::class_of(&self.classes, v));
        (class, class.map_or(MISSING_COLOUR, |i| self.classes[i].colour))
    }

    /// Columns and rows, grown to hold every tile.
    pub(super) fn size(&self) -> (u32, u32) {
        let cols = self
            .tiles
            .iter()
            .map(|t| t.col.saturating_add(1))
            .fold(self.cols, u32::max);
        let rows = self
            .tiles
            .iter()
            .map(|t| t.row.saturating_add(1))
            .fold(self.rows, u32::max);
        (cols.max(1), rows.max(1))
    }
}

/// Whether tiles where `fit` holds carry names (enough characters to tell anyone anything).
fn carries_names(fit: LabelFit) -> bool {
    fit.max_chars >= MIN_LABEL_CHARS
}

/// The legend in words: each class's colour and label, then « pas de donnée ».
pub fn legend_items(classes: &[Class]) -> Vec<(&'static str, String)> {
    classes
        .iter()
        .map(|c| (c.colour, c.label.clone()))
        .chain([(MISSING_COLOUR, missing_label().to_owned())])
        .collect()
}

/// The tooltip of a commune: « Lens : 24,1 % », « Lens : pas de donnée ».
pub(crate) fn value_text(name: &str, value: Option<f64>, decimals: u8, unit: &str) -> String {
    let value = match value {
        Some(v) if v.is_finite() => format::with_unit(v, decimals, unit),
        _ => missing_label().to_owned(),
    };
    fill(i18n::t().indicator().name_value, &[("name", name), ("value", &value)])
}

pub fn tilemap_option(spec: &TileMapSpec) -> Value {
    let (cols, rows) = spec.size();
    let chart = OptionBuilder::new()
        .animation(spec.animate)
        .grid(
            Grid::new()
                .left(i64::from(MARGIN))
                .right(i64::from(MARGIN))
                .top(i64::from(MARGIN))
                .bottom(i64::from(MARGIN)),
        )
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .show(false)
                .data((0..cols).map(|c| c.to_string()).collect()),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .show(false)
                .inverse(true)
                .data((0..rows).map(|r| r.to_string()).collect()),
        )
        .series(Heatmap::new().name("Carte"));
    let mut option = chart.build();
    finish(&mut option, spec);
    option
}

/// The parts charming 0.6 does not express: per-tile colours, borders, labels, tooltips, and
/// the hidden visual map ECharts asks of a heatmap (its pieces repeat the class colours).
fn finish(option: &mut Value, spec: &TileMapSpec) {
    let (fit, labels) = spec.names(spec.tile_px());
    let data: Vec<Value> = spec
        .drawing_order()
        .into_iter()
        .map(|i| {
            let (tile, label) = (&spec.tiles[i], &labels[i]);
            let (class, colour) = spec.class_colour(tile);
            let class_index = class.map_or(-1, |i| i64::try_from(i).unwrap_or(-1));
            let mut item_style = json!({ "color": colour });
            if class.is_none() {
                set(&mut item_style, &["decal"], classes::missing_decal());
            }
            let highlighted = spec.is_highlighted(tile);
            if highlighted {
                set(&mut item_style, &["borderColor"], json!(DARK_TEXT));
                set(&mut item_style, &["borderWidth"], json!(HIGHLIGHT_BORDER));
            }
            let mut label = json!({
                "formatter": label,
                "color": classes::text_colour_on(colour),
                "fontWeight": if highlighted { "bold" } else { "normal" },
            });
            if class.is_none() {
                // A plain box keeps the name clear of the hatching.
                set(&mut label, &["backgroundColor"], json!(MISSING_COLOUR));
                set(&mut label, &["padding"], json!(MISSING_LABEL_PADDING));
            }
            let mut item = json!({
                "name": tile.name,
                "value": [tile.col, tile.row, class_index],
                "itemStyle": item_style,
                "label": label,
                "tooltip": { "formatter": value_text(&tile.name, tile.value, spec.decimals, &spec.unit) },
            });
            if highlighted {
                set(&mut item, &["emphasis"], json!({ "itemStyle": { "borderColor": DARK_TEXT, "borderWidth": HIGHLIGHT_BORDER } }));
            }
            item
        })
        .collect();
    let pieces: Vec<Value> = std::iter::once(json!({ "value": -1, "color": MISSING_COLOUR }))
        .chain(
            spec.classes
                .iter()
                .enumerate()
                .map(|(i, c)| json!({ "value": i, "color": c.colour })),
        )
        .collect();
    set(
        option,
        &["visualMap"],
        json!({
            "type": "piecewise", "show": false, "seriesIndex": 0, "dimension": 2,
            "pieces": pieces, "outOfRange": { "color": MISSING_COLOUR },
        }),
    );
    for key in ["xAxis", "yAxis"] {
        if let Some(axis) = first_mut(option, key) {
            set(axis, &["splitArea"], json!({ "show": false }));
        }
    }
    if let Some(series) = first_mut(option, "series") {
        set(series, &["data"], Value::Array(data));
        set(
            series,
            &["itemStyle"],
            json!({ "borderColor": "#ffffff", "borderWidth": GAP }),
        );
        set(series, &["label"], json!({ "show": spec.labelled(), "fontSize": fit.font_size }));
        set(
            series,
            &["emphasis"],
            json!({ "itemStyle": { "borderColor": DARK_TEXT, "borderWidth": 2 } }),
        );
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::classes::{classes, LIGHT_TEXT, RAMP};

    fn tile(code: &str, name: &str, col: u32, row: u32, value: Option<f64>) -> TileValue {
        TileValue {
            code: code.into(),
            name: name.into(),
            col,
            row,
            value,
        }
    }

    pub(crate) fn spec() -> TileMapSpec {
        let tiles = vec![
            tile("62498", "Lens", 1, 0, Some(24.1)),
            tile("62510", "Liévin", 0, 1, Some(18.0)),
            tile("62065", "Avion", 1, 1, Some(12.0)),
            tile("62771", "Sains-en-Gohelle", 0, 0, None),
        ];
        TileMapSpec {
            cols: 2,
            rows: 2,
            classes: classes(&[24.1, 18.0, 12.0], 3, 1, "%"),
            tiles,
            highlighted: vec!["62498".into()],
            unit: "%".into(),
            decimals: 1,
            animate: false,
            width: 0.0,
            font_floor: 0.0,
        }
    }

    fn item<'a>(option: &'a Value, name: &str) -> &'a Value {
        option["series"][0]["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["name"] == name)
            .unwrap()
    }

    #[test]
    fn square_tiles_with_labels_sized_to_them() {
        let mut s = spec();
        assert_eq!(s.aspect_ratio(), "1.0000");
        s.width = 404.0;
        assert_eq!(s.tile_px(), 200.0);
        let option = tilemap_option(&s);
        assert_eq!(option["series"][0]["label"]["show"], true);
        assert_eq!(value_text("Lens", Some(f64::NAN), 1, "%"), "Lens\u{a0}: pas de donnée");
        assert_eq!(item(&option, "Sains-en-Gohelle")["value"][2], -1, "a missing value is outside every class");
        assert_eq!(option["series"][0]["label"]["fontSize"], 14.0);
        assert_eq!(item(&option, "Sains-en-Gohelle")["label"]["formatter"], "Sains-en-Gohelle");
        s.width = 124.0;
        let option = tilemap_option(&s);
        assert_eq!(option["series"][0]["label"]["fontSize"], 12.0);
        assert_eq!(item(&option, "Sains-en-Gohelle")["label"]["formatter"], "Sains");
        s.width = 40.0;
        assert!(!s.labelled());
        assert_eq!(tilemap_option(&s)["series"][0]["label"]["show"], false);
    }

    #[test]
    fn a_heatmap_on_hidden_category_axes_row_zero_on_top() {
        let option = tilemap_option(&spec());
        assert_eq!(option["animation"], false);
        assert_eq!(option["xAxis"]["type"], "category");
        assert_eq!(option["xAxis"]["show"], false);
        assert_eq!(option["xAxis"]["data"], json!(["0", "1"]));
        assert_eq!(option["yAxis"]["inverse"], true);
        assert_eq!(option["yAxis"]["show"], false);
        let series = &option["series"][0];
        assert_eq!(series["type"], "heatmap");
        assert_eq!(series["data"].as_array().unwrap().len(), 4);
        assert_eq!(series["itemStyle"]["borderColor"], "#ffffff");
        assert_eq!(item(&option, "Liévin")["value"], json!([0, 1, 1]));
        assert_eq!(option["visualMap"]["show"], false);
        assert_eq!(
            option["visualMap"]["pieces"][0],
            json!({ "value": -1, "color": MISSING_COLOUR })
        );
        assert_eq!(
            option["visualMap"]["pieces"][3],
            json!({ "value": 2, "color": RAMP[4] })
        );
    }

    #[test]
    fn tiles_are_coloured_by_class_and_labelled_in_contrast() {
        let option = tilemap_option(&spec());
        let avion = item(&option, "Avion");
        assert_eq!(avion["itemStyle"]["color"], RAMP[0]);
        assert_eq!(avion["label"]["color"], DARK_TEXT);
        assert_eq!(avion["tooltip"]["formatter"], "Avion\u{a0}: 12,0\u{a0}%");
        let lens = item(&option, "Lens");
        assert_eq!(lens["itemStyle"]["color"], RAMP[4]);
        assert_eq!(lens["label"]["color"], LIGHT_TEXT);
        assert_eq!(lens["label"]["formatter"], "Lens");
        // Highlighted: thick dark border, bold name, drawn last.
        assert_eq!(lens["itemStyle"]["borderColor"], DARK_TEXT);
        assert_eq!(lens["itemStyle"]["borderWidth"], HIGHLIGHT_BORDER);
        assert_eq!(lens["label"]["fontWeight"], "bold");
        assert_eq!(
            lens["emphasis"]["itemStyle"]["borderWidth"],
            HIGHLIGHT_BORDER
        );
        assert_eq!(option["series"][0]["data"][3]["name"], "Lens");
        assert!(avion["itemStyle"].get("borderWidth").is_none());
    }

    #[test]
    fn missing_values_are_grey_and_hatched() {
        let option = tilemap_option(&spec());
        let sains = item(&option, "Sains-en-Gohelle");
        assert_eq!(sains["itemStyle"]["color"], MISSING_COLOUR);
        assert_eq!(sains["itemStyle"]["decal"], classes::missing_decal());
        assert_eq!(sains["value"], json!([0, 0, -1]));
        assert_eq!(sains["label"]["formatter"], "Sains");
        assert_eq!(sains["label"]["color"], DARK_TEXT);
        assert_eq!(sains["label"]["backgroundColor"], MISSING_COLOUR);
        assert_eq!(
            sains["tooltip"]["formatter"],
            "Sains-en-Gohelle\u{a0}: pas de donnée"
        );
    }

    #[test]
    fn legend_sizes_and_empty_maps() {
        let s = spec();
        let legend = legend_items(&s.classes);
        assert_eq!(legend.len(), 4);
        assert_eq!(legend[0], (RAMP[0], "moins de 18,0\u{a0}%".to_owned()));
        assert_eq!(legend[3], (MISSING_COLOUR, "pas de donnée".to_owned()));
        assert_eq!(TileMapSpec { rows: 4, ..s.clone() }.aspect_ratio(), "0.5000", "two columns, four rows");
        // Tiles beyond the declared size grow the grid.
        let grown = tilemap_option(&TileMapSpec {
            tiles: vec![tile("1", "A", 3, 5, None)],
            ..s
        });
        assert_eq!(grown["xAxis"]["data"].as_array().unwrap().len(), 4);
        assert_eq!(grown["yAxis"]["data"].as_array().unwrap().len(), 6);
        let empty = tilemap_option(&TileMapSpec::default());
        assert_eq!(empty["series"][0]["data"], json!([]));
        assert_eq!(legend_items(&[]).len(), 1);
        i18n::with_lang(i18n::Lang::En, || {
            assert_eq!(legend_items(&[]), [(MISSING_COLOUR, "no data".to_owned())]);
            assert_eq!(value_text("Lens", Some(24.1), 1, "%"), "Lens: 24.1%");
            assert_eq!(value_text("Lens", None, 1, "%"), "Lens: no data");
        });
    }
}
