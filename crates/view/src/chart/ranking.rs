//! The ranking chart: one horizontal bar per commune, rank 1 at the top, each bar labelled
//! with its value, highlighted communes in the axis colour *and* with a bold name, the
//! reference (the territory, or for counts the median commune) as a dashed vertical line named
//! in words. A long ranking is folded (see [`super::ranking_rows`]).

use std::sync::Arc;

use charming::component::{Axis, Grid};
use charming::element::{AxisType, Tooltip, Trigger};
use charming::series::Bar as BarSeries;
use serde_json::{json, Value};

use super::ranking_rows::{shown_rows, Fold, Row};
use super::{OptionBuilder, first_mut, palette, set, FORMAT_NUMBER};
use crate::classes::{contrast_ratio, DARK_TEXT};
use crate::format;
use crate::i18n::fill;
use en_action_core::Year;

/// Bars of communes not highlighted: a neutral grey, 3.4:1 against white.
pub const BAR_GREY: &str = "#8a8a8a";
/// The value axis's labels and the folded rows' names.
pub const GREY_TEXT: &str = "#4d4d4d";
/// The value axis's split lines.
pub const SPLIT_LINE: &str = "#e3e3e3";
/// Vertical space of one bar, in pixels.
const BAR_STEP: u32 = 22;
/// Space above the first bar (the territory label) and below the last (the value axis).
const MARGINS: u32 = 76;
/// The grid's margins (the picture draws the same).
pub const GRID_LEFT: u32 = 8;
pub const GRID_TOP: u32 = 34;
pub const GRID_BOTTOM: u32 = 8;

/// One commune of the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub code: String,
    pub name: String,
    pub value: f64,
    pub rank: usize,
}

/// Everything the ranking shows, already computed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RankingSpec {
    pub year: Year,
    /// Already sorted, rank 1 first; shared with the view's values, not copied.
    pub bars: Arc<[Bar]>,
    /// (label, value) of the reference, drawn as a vertical line: the territory, or for
    /// counts the median commune (see [`crate::reference`]).
    pub territory: Option<(String, f64)>,
    /// Codes of the communes to highlight.
    pub highlighted: Vec<String>,
    /// Colour of highlighted bars (the indicator's axis colour), at least 3:1 on white;
    /// a colour below that is replaced by the first commune colour.
    pub colour: String,
    pub unit: String,
    pub decimals: u8,
    /// Whether the chart may animate (off when the reader prefers reduced motion).
    pub animate: bool,
    /// How a long ranking is folded.
    pub fold: Fold,
    /// On a phone: fewer value ticks (five labels of « 20 000 » run into each other there).
    pub narrow: bool,
}

impl RankingSpec {
    /// The rows drawn: every bar, or a folded long ranking.
    pub fn rows(&self) -> Vec<Row<'_>> {
        shown_rows(&self.bars, &self.highlighted, self.fold)
    }

    /// How many splits the value axis aims at (ECharts' `splitNumber`).
    pub fn value_splits(&self) -> u32 {
        if self.narrow { 3 } else { 5 }
    }
}

/// A folded row's name: « … 120 autres communes … ».
pub fn gap_label(n: usize) -> String {
    format!("… {} …", crate::i18n::t().indicator().other_communes.of(n))
}

/// The reference line's label: « CALL : 14,8 % ».
pub fn reference_label(spec: &RankingSpec) -> Option<String> {
    let (name, value) = spec.territory.as_ref()?;
    Some(fill(crate::i18n::t().indicator().name_value, &[("name", name), ("value", &format::with_unit(*value, spec.decimals, &spec.unit))]))
}

/// Height of the chart in pixels for `bars` rows.
pub fn ranking_height(bars: usize) -> u32 {
    let bars = u32::try_from(bars.max(1)).unwrap_or(u32::MAX / BAR_STEP);
    bars.saturating_mul(BAR_STEP).saturating_add(MARGINS)
}

/// Each row's value label (empty for a folded gap).
pub fn value_labels(spec: &RankingSpec, rows: &[Row]) -> Vec<String> {
    rows.iter()
        .map(|row| match row {
            Row::Bar(b) => format::with_unit(b.value, spec.decimals, &spec.unit),
            Row::Gap(_) => String::new(),
        })
        .collect()
}

/// The grid's right margin: value labels sit right of the bars, room for the longest one.
pub fn right_room(labels: &[String]) -> u32 {
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    u32::try_from(longest).unwrap_or(40).min(40) * 7 + 16
}

pub fn ranking_option(spec: &RankingSpec) -> Value {
    let rows = spec.rows();
    let labels = value_labels(spec, &rows);
    let chart = OptionBuilder::new()
        .animation(spec.animate)
        .grid(
            Grid::new()
                .left(i64::from(GRID_LEFT))
                .right(i64::from(right_room(&labels)))
                .top(i64::from(GRID_TOP))
                .bottom(i64::from(GRID_BOTTOM))
                .contain_label(true),
        )
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(Axis::new().type_(AxisType::Value))
        .y_axis(Axis::new().type_(AxisType::Category).inverse(true))
        .series(BarSeries::new().name("Classement"));
    let mut option = chart.build();
    finish(&mut option, spec, &rows, &labels);
    option
}

/// The highlighted bars' colour (the others are [`BAR_GREY`]).
pub fn highlight_colour(spec: &RankingSpec) -> &str {
    match contrast_ratio(&spec.colour, "#ffffff") {
        Some(ratio) if ratio >= 3.0 => &spec.colour,
        _ => palette::commune_colour(0),
    }
}

/// The parts charming 0.6 does not express: per-bar colours, labels and tooltips, bold
/// category labels, the territory line.
fn finish(option: &mut Value, spec: &RankingSpec, rows: &[Row], labels: &[String]) {
    let colour = highlight_colour(spec);
    let count = spec.bars.len();
    let text = crate::i18n::t().indicator();
    let is_highlighted = |bar: &Bar| spec.highlighted.contains(&bar.code);
    let names: Vec<Value> = rows
        .iter()
        .map(|row| match row {
            Row::Gap(n) => json!({ "value": gap_label(*n), "textStyle": { "fontStyle": "italic", "color": GREY_TEXT } }),
            Row::Bar(bar) if is_highlighted(bar) => json!({ "value": bar.name, "textStyle": { "fontWeight": "bold", "color": DARK_TEXT } }),
            Row::Bar(bar) => json!(bar.name),
        })
        .collect();
    let data: Vec<Value> = rows
        .iter()
        .zip(labels)
        .map(|(row, label)| {
            let Row::Bar(bar) = row else {
                return json!({ "value": "-", "label": { "show": false }, "tooltip": { "show": false } });
            };
            let highlighted = is_highlighted(bar);
            let tooltip = fill(
                text.bar_tooltip,
                &[("name", &bar.name), ("value", label), ("year", &spec.year.to_string()), ("rank", &bar.rank.to_string()), ("count", &count.to_string())],
            );
            json!({
                "value": bar.value,
                "itemStyle": { "color": if highlighted { colour } else { BAR_GREY } },
                "label": {
                    "formatter": label,
                    // Right of the bar's right end: past the value of positive bars, next to
                    // zero for negative ones (left of them, it would cover the names).
                    "position": "right",
                    "fontWeight": if highlighted { "bold" } else { "normal" },
                },
                "tooltip": { "formatter": tooltip },
            })
        })
        .collect();
    if let Some(axis) = first_mut(option, "yAxis") {
        set(axis, &["data"], Value::Array(names));
        set(axis, &["axisTick"], json!({ "show": false }));
        set(
            axis,
            &["axisLabel"],
            json!({ "interval": 0, "color": DARK_TEXT, "fontSize": 12 }),
        );
    }
    if let Some(axis) = first_mut(option, "xAxis") {
        set(
            axis,
            &["axisLabel"],
            json!({ "formatter": FORMAT_NUMBER, "color": GREY_TEXT, "fontSize": 12 }),
        );
        set(axis, &["splitNumber"], json!(spec.value_splits()));
        set(
            axis,
            &["splitLine"],
            json!({ "lineStyle": { "color": SPLIT_LINE } }),
        );
    }
    let Some(series) = option.get_mut("series").and_then(Value::as_array_mut) else {
        return;
    };
    if let Some(bars) = series.first_mut() {
        set(bars, &["data"], Value::Array(data));
        set(
            bars,
            &["label"],
            json!({ "show": true, "color": DARK_TEXT, "fontSize": 12, "distance": 4 }),
        );
        set(bars, &["barMaxWidth"], json!(16));
        set(bars, &["emphasis"], json!({ "focus": "none" }));
        if let (Some((name, value)), Some(label)) = (&spec.territory, reference_label(spec)) {
            // With the category axis inverted, the line starts at the top of the grid:
            // `start` puts the label above the first bar.
            set(
                bars,
                &["markLine"],
                json!({
                    "symbol": "none", "silent": true, "animation": false,
                    "data": [{
                        "name": name, "xAxis": value,
                        "label": { "formatter": label, "position": "start", "color": palette::TERRITORY, "fontSize": 12, "fontWeight": "bold" },
                        "lineStyle": { "color": palette::TERRITORY, "type": "dashed", "width": 2 },
                    }],
                }),
            );
        }
    }
    // Markers do not widen the value axis: an invisible point does when the territory
    // lies beyond the bars.
    if let (Some((_, value)), Some(first)) = (&spec.territory, spec.bars.first()) {
        let low = spec.bars.iter().map(|b| b.value).fold(0.0, f64::min);
        let high = spec.bars.iter().map(|b| b.value).fold(0.0, f64::max);
        if *value < low || *value > high {
            series.push(json!({
                "type": "line", "name": "Étendue", "data": [[value, first.name]],
                "symbol": "none", "silent": true, "tooltip": { "show": false },
                "lineStyle": { "opacity": 0 }, "label": { "show": false },
            }));
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(crate) fn bar(code: &str, name: &str, value: f64, rank: usize) -> Bar {
        Bar {
            code: code.into(),
            name: name.into(),
            value,
            rank,
        }
    }

    /// Three communes, Liévin highlighted, the territory at 14.8 % (shared with the picture's tests).
    pub(crate) fn spec() -> RankingSpec {
        RankingSpec {
            year: 2021,
            bars: vec![
                bar("62498", "Lens", 24.1, 1),
                bar("62510", "Liévin", 18.26, 2),
                bar("62065", "Avion", 12.0, 3),
            ]
            .into(),
            territory: Some(("CALL".into(), 14.8)),
            highlighted: vec!["62510".into()],
            colour: "#0072B2".into(),
            unit: "%".into(),
            decimals: 1,
            animate: false,
            fold: Fold::Page,
            narrow: false,
        }
    }

    #[test]
    fn room_for_value_labels_and_colours_that_read() {
        // « 24,1 % » is 6 characters: 6 × 7 + 16 px on the right.
        assert_eq!(ranking_option(&spec())["grid"]["right"], 58);
        // An axis colour with 3:1 against white is kept.
        let brown = ranking_option(&RankingSpec { colour: "#B34700".into(), ..spec() });
        assert_eq!(brown["series"][0]["data"][1]["itemStyle"]["color"], "#B34700");
        // A height for any count, even one beyond u32.
        assert!(ranking_height(usize::MAX) > 1_000_000);
    }

    #[test]
    fn the_reference_widens_the_axis_only_beyond_the_bars() {
        let at = |value: f64| ranking_option(&RankingSpec { territory: Some(("CALL".into(), value)), ..spec() })["series"].as_array().map(Vec::len);
        assert_eq!(at(24.1), Some(1), "at the largest bar");
        assert_eq!(at(0.0), Some(1), "at zero, the axis start");
        assert_eq!(at(24.2), Some(2));
        assert_eq!(at(-0.1), Some(2));
    }

    #[test]
    fn a_long_ranking_folds_its_middle_into_a_row() {
        let bars: Vec<Bar> = (0..150).map(|i| bar(&format!("{:05}", i), &format!("C{i}"), 150.0 - i as f64, i + 1)).collect();
        let long = RankingSpec { bars: bars.into(), ..spec() };
        let option = ranking_option(&long);
        let names = option["yAxis"]["data"].as_array().unwrap();
        assert_eq!(names.len(), 31);
        assert_eq!(names[15]["value"], "… 120 autres communes …");
        assert_eq!(option["series"][0]["data"][15]["value"], "-");
        assert_eq!(option["series"][0]["data"][16]["value"], 15.0);
        assert_eq!(option["series"][0]["data"][16]["tooltip"]["formatter"], "C135\u{a0}: 15,0\u{a0}% en 2021 (rang 136 sur 150)");
        let english = crate::i18n::with_lang(crate::i18n::Lang::En, || ranking_option(&long));
        assert_eq!(english["yAxis"]["data"][15]["value"], "… 120 other communes …");
        assert_eq!(english["series"][0]["data"][16]["tooltip"]["formatter"], "C135: 15.0% in 2021 (rank 136 of 150)");
        assert_eq!(english["series"][0]["markLine"]["data"][0]["label"]["formatter"], "CALL: 14.8%");
        let whole = ranking_option(&RankingSpec { fold: Fold::Whole, ..long });
        assert_eq!(whole["yAxis"]["data"].as_array().unwrap().len(), 150);
    }

    #[test]
    fn horizontal_bars_rank_one_on_top() {
        let option = ranking_option(&spec());
        assert_eq!(option["animation"], false);
        assert_eq!(option["yAxis"]["type"], "category");
        assert_eq!(option["yAxis"]["inverse"], true);
        assert_eq!(option["yAxis"]["axisLabel"]["interval"], 0);
        assert_eq!(option["yAxis"]["data"][0], "Lens");
        assert_eq!(option["xAxis"]["type"], "value");
        assert_eq!(option["xAxis"]["axisLabel"]["formatter"], FORMAT_NUMBER);
        let series = option["series"].as_array().unwrap();
        assert_eq!(series.len(), 1);
        assert_eq!(series[0]["type"], "bar");
        let data = series[0]["data"].as_array().unwrap();
        assert_eq!(data.len(), 3);
        assert_eq!(data[0]["value"], 24.1);
        assert_eq!(data[0]["label"]["formatter"], "24,1\u{a0}%");
        assert_eq!(data[2]["label"]["formatter"], "12,0\u{a0}%");
        assert_eq!(
            data[1]["tooltip"]["formatter"],
            "Liévin\u{a0}: 18,3\u{a0}% en 2021 (rang 2 sur 3)"
        );
        assert_eq!(series[0]["label"]["show"], true);
        assert!(
            ranking_option(&RankingSpec {
                animate: true,
                ..spec()
            })["animation"]
                == true
        );
    }

    #[test]
    fn highlighted_communes_have_the_axis_colour_and_a_bold_name() {
        let option = ranking_option(&spec());
        let data = &option["series"][0]["data"];
        assert_eq!(data[0]["itemStyle"]["color"], BAR_GREY);
        assert_eq!(data[1]["itemStyle"]["color"], "#0072B2");
        assert_eq!(data[1]["label"]["fontWeight"], "bold");
        assert_eq!(option["yAxis"]["data"][1]["value"], "Liévin");
        assert_eq!(
            option["yAxis"]["data"][1]["textStyle"]["fontWeight"],
            "bold"
        );
        assert!(contrast_ratio(BAR_GREY, "#ffffff").unwrap() >= 3.0);
        // A colour too pale for bars is replaced.
        let pale = ranking_option(&RankingSpec {
            colour: "#ffee99".into(),
            ..spec()
        });
        assert_eq!(
            pale["series"][0]["data"][1]["itemStyle"]["color"],
            palette::commune_colour(0)
        );
    }

    #[test]
    fn the_territory_is_a_labelled_vertical_line() {
        let option = ranking_option(&spec());
        let mark = &option["series"][0]["markLine"];
        assert_eq!(mark["data"][0]["xAxis"], 14.8);
        assert_eq!(
            mark["data"][0]["label"]["formatter"],
            "CALL\u{a0}: 14,8\u{a0}%"
        );
        assert_eq!(mark["data"][0]["label"]["position"], "start");
        assert_eq!(mark["symbol"], "none");
        // Beyond the bars, an invisible point widens the axis.
        let beyond = ranking_option(&RankingSpec {
            territory: Some(("CALL".into(), 30.0)),
            ..spec()
        });
        assert_eq!(beyond["series"].as_array().unwrap().len(), 2);
        assert_eq!(beyond["series"][1]["data"][0][0], 30.0);
        let none = ranking_option(&RankingSpec {
            territory: None,
            ..spec()
        });
        assert!(none["series"][0].get("markLine").is_none());
    }

    #[test]
    fn negative_values_and_empty_rankings() {
        let mut s = spec();
        let mut bars = s.bars.to_vec();
        bars[2].value = -3.5;
        s.bars = bars.into();
        let option = ranking_option(&s);
        assert_eq!(option["series"][0]["data"][2]["label"]["position"], "right");
        assert_eq!(
            option["series"][0]["data"][2]["label"]["formatter"],
            "\u{2212}3,5\u{a0}%"
        );
        let empty = ranking_option(&RankingSpec::default());
        assert_eq!(
            empty["series"][0]["data"]
                .as_array()
                .map(Vec::len)
                .unwrap_or(0),
            0
        );
        assert_eq!(ranking_height(0), ranking_height(1));
        assert_eq!(ranking_height(36), 36 * 22 + 76);
    }
}
