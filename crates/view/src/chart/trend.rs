//! The trend chart: the territory as a thick reference line, chosen communes in colour with
//! their names at the line ends, the target as a dashed path, events and series breaks
//! marked, missing years never joined.

use charming::component::{Axis, Grid};
use charming::element::{AxisType, LineStyle, LineStyleType, Symbol, Tooltip, Trigger};
use charming::series::Line;
use serde_json::{json, Value};

use super::{OptionBuilder, first_mut, palette, set, FORMAT_NUMBER, FORMAT_VALUE, FORMAT_YEAR, FORMAT_YEAR_EVERY};
use en_action_core::Year;

/// One line of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLine {
    pub name: String,
    /// Aligned with [`TrendSpec::years`].
    pub values: Vec<Option<f64>>,
}

impl ChartLine {
    /// The line's latest known (year, value), `years` being the chart's.
    pub fn latest(&self, years: &[Year]) -> Option<(Year, f64)> {
        years.iter().zip(&self.values).rev().find_map(|(y, v)| v.map(|v| (*y, v)))
    }
}

/// Everything the trend chart shows, already computed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrendSpec {
    pub years: Vec<Year>,
    pub territory: Option<ChartLine>,
    pub communes: Vec<ChartLine>,
    /// (year, value, label) of the target, drawn from the territory's latest value.
    pub target: Option<(Year, f64, String)>,
    /// (fractional year, label).
    pub events: Vec<(f64, String)>,
    /// (first year after the break, label).
    pub breaks: Vec<(Year, String)>,
    /// Whether the chart may animate (off when the reader prefers reduced motion).
    pub animate: bool,
    /// A narrow screen (a phone): the lines' names in a legend under the plot instead of at
    /// their ends, so that the plot takes the width.
    pub narrow: bool,
}

/// Right margin kept for the names at the lines' ends, in pixels.
const END_LABEL_ROOM: i32 = 150;
/// Right margin on a narrow screen, where names go to the legend.
const NARROW_ROOM: i32 = 16;
/// The plot's left and top margins (the axis labels inside them), in pixels.
pub(super) const GRID_LEFT: i32 = 8;
pub(super) const GRID_TOP: i32 = 40;

/// The margin right of the plot: room for the lines' names, or little on a phone.
pub(super) fn right_room(narrow: bool) -> i32 {
    if narrow { NARROW_ROOM } else { END_LABEL_ROOM }
}

/// The longest target name that fits after its point in the room right of the plot (about
/// 5.7 px a character at 13 px: « Objectif 2030 : 12,0 % » fits, « Objectif 2030 :
/// 10 000 000 voyages » does not).
const TARGET_LABEL_CHARS: usize = 24;

/// Whether the target's name goes above its point, inside the plot, rather than after it: on
/// a phone, and when it is too long for the room right of the plot (it would be cut).
pub(super) fn target_label_above(narrow: bool, label: &str) -> bool {
    narrow || label.chars().count() > TARGET_LABEL_CHARS
}

/// The margin under the plot (the axis labels inside it): more on a phone, for the legend.
pub(super) fn bottom_room(narrow: bool) -> i32 {
    if narrow { 56 } else { 30 }
}

impl TrendSpec {
    pub(super) fn x_range(&self) -> Option<(Year, Year)> {
        let first = *self.years.first()?;
        let last = (*self.years.last()?).max(self.target.as_ref().map_or(Year::MIN, |t| t.0));
        Some((first, last))
    }
}

/// `[year, value]` points; a `null` point is inserted just before each break so the line is
/// not joined across it, and missing years are `null` (never joined). Missing years before
/// the first value and after the last are left out (the axis range is set apart): ECharts
/// cannot place a series' end label when the series starts with nulls.
fn points(years: &[Year], values: &[Option<f64>], breaks: &[(Year, String)]) -> Vec<Value> {
    let first = values.iter().position(Option::is_some).unwrap_or(values.len());
    let last = values.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
    let mut out = Vec::with_capacity(years.len() + breaks.len());
    for (&year, value) in years.iter().zip(values).take(last).skip(first) {
        if breaks.iter().any(|(b, _)| *b == year) && !out.is_empty() {
            out.push(json!([f64::from(year) - 0.5, null]));
        }
        out.push(json!([year, value]));
    }
    out
}

pub fn trend_option(spec: &TrendSpec) -> Value {
    let Some((first, last)) = spec.x_range() else {
        return Value::Null;
    };
    let mut chart = OptionBuilder::new()
        .animation(spec.animate)
        .grid(Grid::new().left(GRID_LEFT).right(right_room(spec.narrow)).top(GRID_TOP).bottom(bottom_room(spec.narrow)).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Axis).value_formatter(FORMAT_VALUE))
        .x_axis(Axis::new().type_(AxisType::Value).min(first).max(last).interval(1.0))
        .y_axis(Axis::new().type_(AxisType::Value).scale(true));
    for (i, line) in spec.communes.iter().enumerate() {
        chart = chart.series(
            Line::new()
                .name(line.name.as_str())
                .symbol(Symbol::Circle)
                .symbol_size(6.0)
                .line_style(LineStyle::new().width(2.5).type_(dash(i)).color(palette::commune_colour(i)))
                .data(vec![0.0_f64; 0]),
        );
    }
    if let Some(territory) = &spec.territory {
        chart = chart.series(
            Line::new()
                .name(territory.name.as_str())
                .symbol(Symbol::Circle)
                .symbol_size(8.0)
                .z(10)
                .line_style(LineStyle::new().width(5).color(palette::TERRITORY))
                .data(vec![0.0_f64; 0]),
        );
    }
    let mut option = chart.build();
    finish(&mut option, spec);
    option
}

/// The years between two labels of the x axis: 1, 2, 5 or 10, the smallest that gives at
/// most 12 labels (5 on a narrow screen) over `span` years. The axis has a tick every year;
/// only the multiples of the step are labelled, so labels fall on round years (2015, 2020,
/// 2025…) whatever the first year.
pub(super) fn year_step(span: Year, narrow: bool) -> Year {
    let most = if narrow { 5 } else { 12 };
    [1, 2, 5, 10, 20, 50].into_iter().find(|step| span / step + 1 <= most).unwrap_or(100)
}

/// The name of the dashed line from the latest value to the target: « Trajectoire vers
/// l'objectif ».
pub fn target_path() -> &'static str {
    crate::i18n::t().indicator().target_path
}

fn dash(i: usize) -> LineStyleType {
    match palette::DASHES[(i / palette::COMMUNES.len()) % palette::DASHES.len()] {
        "dashed" => LineStyleType::Dashed,
        "dotted" => LineStyleType::Dotted,
        _ => LineStyleType::Solid,
    }
}

/// Approximate height of the plotting area, and the least vertical gap between two end labels,
/// in pixels: ECharts' label layout does not move end labels apart.
const PLOT_HEIGHT: f64 = 330.0;
const LABEL_GAP: f64 = 15.0;

/// Vertical offsets (pixels, downwards) for the end labels of lines that end the same year
/// with close values, so that their names do not overlap.
pub(super) fn end_label_offsets(lines: &[&ChartLine], years: &[Year]) -> Vec<f64> {
    let all = lines.iter().flat_map(|l| l.values.iter().flatten().copied());
    let (min, max) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(v), b.max(v)));
    let per_unit = if max > min { PLOT_HEIGHT / (max - min) } else { 0.0 };
    let mut offsets = vec![0.0; lines.len()];
    let mut ends: Vec<(usize, Year, f64)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.latest(years).map(|(y, v)| (i, y, (max - v) * per_unit)))
        .collect();
    // By end year, then from the top of the chart down.
    ends.sort_by(|a, b| a.1.cmp(&b.1).then(a.2.total_cmp(&b.2)));
    for pair in 1..ends.len() {
        let ((_, prev_year, prev_at), (i, year, at)) = (ends[pair - 1], ends[pair]);
        if year == prev_year && at < prev_at + LABEL_GAP {
            ends[pair].2 = prev_at + LABEL_GAP;
            offsets[i] = ends[pair].2 - at;
        }
    }
    offsets
}

/// The parts charming 0.6 does not express: `[x, y|null]` data, end labels, colours of
/// points, formatter markers, annotations and the target path.
fn finish(option: &mut Value, spec: &TrendSpec) {
    let lines: Vec<(&ChartLine, &str)> = spec
        .communes
        .iter()
        .enumerate()
        .map(|(i, l)| (l, palette::commune_colour(i)))
        .chain(spec.territory.iter().map(|l| (l, palette::TERRITORY)))
        .collect();
    let offsets = end_label_offsets(&lines.iter().map(|(l, _)| *l).collect::<Vec<_>>(), &spec.years);
    if let Some(series) = option.get_mut("series").and_then(Value::as_array_mut) {
        for ((s, (line, colour)), dy) in series.iter_mut().zip(&lines).zip(&offsets) {
            set(s, &["data"], Value::Array(points(&spec.years, &line.values, &spec.breaks)));
            set(s, &["connectNulls"], json!(false));
            set(s, &["itemStyle"], json!({ "color": colour }));
            set(s, &["endLabel"], json!({ "show": !spec.narrow, "formatter": "{a}", "color": colour, "fontSize": 13, "fontWeight": "bold", "distance": 6, "offset": [0, dy] }));
            set(s, &["labelLayout"], json!({ "moveOverlap": "shiftY" }));
            set(s, &["emphasis"], json!({ "focus": "series" }));
        }
        let mut marks: Vec<Value> = spec
            .events
            .iter()
            .filter(|(x, _)| *x >= f64::from(spec.years[0]))
            .map(|(x, label)| {
                json!({ "xAxis": x, "name": label, "label": { "formatter": label, "position": "insideEndTop", "color": palette::ANNOTATION, "fontSize": 11 },
                        "lineStyle": { "color": palette::ANNOTATION, "type": "dotted", "width": 1.5 } })
            })
            .collect();
        marks.extend(spec.breaks.iter().map(|(year, label)| {
            json!({ "xAxis": f64::from(*year) - 0.5, "name": label, "label": { "formatter": crate::i18n::fill(crate::i18n::t().indicator().series_break, &[("label", label)]), "position": "insideStartTop", "color": palette::TARGET, "fontSize": 11 },
                    "lineStyle": { "color": palette::TARGET, "type": "solid", "width": 2 } })
        }));
        if !marks.is_empty() {
            series.push(json!({
                "type": "line", "name": "Repères", "data": [], "silent": true, "tooltip": { "show": false },
                "markLine": { "symbol": "none", "silent": true, "data": marks, "animation": false }
            }));
        }
        if let (Some((year, value, label)), Some(territory)) = (&spec.target, &spec.territory) {
            if let Some((from_year, from_value)) = territory.latest(&spec.years) {
                // The path the target asks for, not a forecast: named so in the legend and
                // the tooltip leaves it out (its first point is the latest value).
                // On a narrow screen, or when too long for the room right of the plot, the
                // target's name sits above its point, inside the plot.
                let above = target_label_above(spec.narrow, label);
                let end = if above {
                    json!({ "value": [year, value], "label": { "show": true, "position": "top", "align": "right", "formatter": label, "color": palette::TARGET, "fontSize": 12 } })
                } else {
                    json!([year, value])
                };
                series.push(json!({
                    "type": "line", "name": target_path(), "z": 5, "tooltip": { "show": false },
                    "data": [[from_year, from_value], end],
                    "symbol": ["none", "diamond"], "symbolSize": 12,
                    "lineStyle": { "type": "dashed", "width": 2, "color": palette::TARGET },
                    "itemStyle": { "color": palette::TARGET },
                    "endLabel": { "show": !above, "formatter": label, "color": palette::TARGET, "fontSize": 13 }
                }));
            }
        }
    }
    if spec.narrow {
        // The lines' names under the plot (the marks series has no name to show).
        let names: Vec<&str> = lines.iter().map(|(l, _)| l.name.as_str()).collect();
        set(option, &["legend"], json!({ "show": true, "bottom": 0, "left": 0, "data": names, "itemGap": 12, "textStyle": { "fontSize": 13 } }));
    }
    if let Some(axis) = first_mut(option, "xAxis") {
        // Years at the spacing ECharts chooses for the width (whole years), and any label that
        // would still touch its neighbour left out: never a pile of years on a phone.
        let step = spec.x_range().map_or(1, |(first, last)| year_step(last - first, spec.narrow));
        let formatter = if step == 1 { FORMAT_YEAR.to_owned() } else { format!("{FORMAT_YEAR_EVERY}{step}") };
        set(axis, &["axisLabel"], json!({ "formatter": formatter, "fontSize": 13, "hideOverlap": true }));
        set(axis, &["axisPointer"], json!({ "label": { "formatter": FORMAT_YEAR } }));
    }
    if let Some(axis) = first_mut(option, "yAxis") {
        set(axis, &["axisLabel"], json!({ "formatter": FORMAT_NUMBER, "fontSize": 13 }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_year_steps() {
        // 2015-2030 (15 years): every 2 years (8 labels), every 5 on a phone (4 labels).
        assert_eq!(year_step(15, false), 2);
        assert_eq!(year_step(15, true), 5);
        // 11 years: every year (12 labels); 12 years: every 2.
        assert_eq!(year_step(11, false), 1);
        assert_eq!(year_step(12, false), 2);
        // On a phone: 4 years every year (5 labels), 5 years every 2, 24 years every 5 (5
        // labels), 25 every 10.
        assert_eq!(year_step(4, true), 1);
        assert_eq!(year_step(5, true), 2);
        assert_eq!(year_step(24, true), 5);
        assert_eq!(year_step(25, true), 10);
        assert_eq!(year_step(1000, false), 100);
    }

    #[test]
    fn lines_differ_by_dash_once_the_colours_run_out() {
        // Six colours, then the same colours dashed, then dotted, then solid again.
        assert_eq!(dash(0), LineStyleType::Solid);
        assert_eq!(dash(5), LineStyleType::Solid);
        assert_eq!(dash(6), LineStyleType::Dashed);
        assert_eq!(dash(12), LineStyleType::Dotted);
        assert_eq!(dash(18), LineStyleType::Solid);
    }

    #[test]
    fn gaps_stay_null_and_edges_are_trimmed() {
        let years = [2015, 2016, 2017, 2018, 2019];
        let values = [None, Some(1.0), None, Some(3.0), None];
        let p = points(&years, &values, &[]);
        assert_eq!(p, vec![json!([2016, 1.0]), json!([2017, null]), json!([2018, 3.0])]);
    }

    #[test]
    fn a_break_is_never_joined() {
        let years = [2023, 2024, 2025];
        let values = [Some(1.0), Some(2.0), Some(3.0)];
        let p = points(&years, &values, &[(2025, "RSA".into())]);
        assert_eq!(p[2], json!([2024.5, null]));
        assert_eq!(p.len(), 4);
    }

    #[test]
    fn close_end_labels_are_moved_apart() {
        let line = |name: &str, values: Vec<Option<f64>>| ChartLine { name: name.into(), values };
        let a = line("CALL", vec![Some(10.0), Some(14.8)]);
        let b = line("Liévin", vec![Some(12.0), Some(14.6)]);
        let c = line("Lens", vec![Some(20.0), None]);
        let offsets = end_label_offsets(&[&a, &b, &c], &[2022, 2023]);
        // Range 10..20 over 330 px: 33 px per unit. CALL ends at 171,6 px, Liévin at 178,2 px:
        // 6,6 px apart, so Liévin moves down to 186,6 px (+8,4 px). Lens ends a year earlier.
        assert_eq!(offsets[0], 0.0);
        assert!((offsets[1] - 8.4).abs() < 1e-9, "{offsets:?}");
        assert_eq!(offsets[2], 0.0);
    }

    #[test]
    fn end_labels_far_apart_or_on_other_years_stay_put() {
        let line = |name: &str, values: Vec<Option<f64>>| ChartLine { name: name.into(), values };
        // 92 px apart: no move.
        let a = line("CALL", vec![Some(10.0), Some(14.8)]);
        let b = line("Liévin", vec![Some(20.0), Some(12.0)]);
        assert_eq!(end_label_offsets(&[&a, &b], &[2022, 2023]), [0.0, 0.0]);
        // Close values, but one line ends a year earlier: its label is elsewhere.
        let c = line("Lens", vec![Some(14.7), None]);
        assert_eq!(end_label_offsets(&[&a, &b, &c], &[2022, 2023]), [0.0, 0.0, 0.0]);
        // Flat identical lines: the second label goes one gap below the first.
        let d = line("A", vec![Some(5.0), Some(5.0)]);
        let e = line("B", vec![Some(5.0), Some(5.0)]);
        assert_eq!(end_label_offsets(&[&d, &e], &[2022, 2023]), [0.0, LABEL_GAP]);
    }

    #[test]
    fn breaks_and_the_target_path_in_english() {
        let spec = TrendSpec {
            years: vec![2019, 2020],
            territory: Some(ChartLine { name: "CALL".into(), values: vec![Some(10.0), Some(12.0)] }),
            target: Some((2030, 15.0, "Target for 2030".into())),
            breaks: vec![(2020, "New survey".into())],
            ..TrendSpec::default()
        };
        let o = crate::i18n::with_lang(crate::i18n::Lang::En, || trend_option(&spec));
        let series = o["series"].as_array().unwrap();
        assert!(series.iter().any(|s| s["name"] == "Path to the target"));
        let marks = series.iter().find(|s| s["name"] == "Repères").unwrap();
        assert_eq!(marks["markLine"]["data"][0]["label"]["formatter"], "Series break: New survey");
        let o = trend_option(&spec);
        let marks = o["series"].as_array().unwrap().iter().find(|s| s["name"] == "Repères").cloned().unwrap();
        assert_eq!(marks["markLine"]["data"][0]["label"]["formatter"], "Rupture de série : New survey");
    }

    #[test]
    fn a_long_target_name_goes_above_its_point() {
        let spec = |label: &str| TrendSpec {
            years: vec![2019, 2020],
            territory: Some(ChartLine { name: "CALL".into(), values: vec![Some(5.0), Some(8.0)] }),
            target: Some((2030, 10.0, label.into())),
            ..TrendSpec::default()
        };
        let target = |o: &Value| o["series"].as_array().unwrap().iter().find(|s| s["name"] == target_path()).cloned().unwrap();
        let short = target(&trend_option(&spec("Objectif 2030 : 12,0 %")));
        assert_eq!(short["endLabel"]["show"], true);
        let long = target(&trend_option(&spec("Objectif 2030 : 10 000 000 voyages")));
        assert_eq!(long["endLabel"]["show"], false, "it would be cut at the chart's edge");
        assert_eq!(long["data"][1]["label"]["position"], "top");
        assert_eq!(long["data"][1]["label"]["formatter"], "Objectif 2030 : 10 000 000 voyages");
    }

    #[test]
    fn territory_target_and_annotations() {
        let spec = TrendSpec {
            years: vec![2019, 2020],
            territory: Some(ChartLine { name: "CALL".into(), values: vec![Some(10.0), Some(12.0)] }),
            communes: vec![ChartLine { name: "Lens".into(), values: vec![Some(20.0), None] }],
            target: Some((2030, 15.0, "Objectif 2030".into())),
            events: vec![(2019.25, "Bulles".into())],
            breaks: vec![],
            animate: false,
            narrow: false,
        };
        let o = trend_option(&spec);
        let series = o["series"].as_array().unwrap();
        assert_eq!(series[0]["name"], "Lens");
        assert_eq!(series[1]["name"], "CALL");
        assert_eq!(series[1]["lineStyle"]["width"], 5.0);
        let target = series.iter().find(|s| s["name"] == "Trajectoire vers l'objectif").unwrap();
        assert_eq!(target["data"], json!([[2020, 12.0], [2030, 15.0]]));
        assert_eq!(target["endLabel"]["formatter"], "Objectif 2030", "the target is labelled as the target");
        assert_eq!(target["tooltip"]["show"], false, "the path is not a value of 2020");
        assert_eq!(o["xAxis"]["axisLabel"]["hideOverlap"], true);
        assert_eq!(o["xAxis"]["interval"], 1.0, "a tick every year");
        assert_eq!(o["xAxis"]["axisLabel"]["formatter"], FORMAT_YEAR, "2019 to 2030: every year labelled (12 labels)");
        assert_eq!(o["xAxis"]["axisPointer"]["label"]["formatter"], FORMAT_YEAR);
        let marks = series.iter().find(|s| s["name"] == "Repères").unwrap();
        assert_eq!(marks["markLine"]["data"][0]["xAxis"], 2019.25);
        assert_eq!(o["xAxis"]["max"], 2030);
        assert_eq!(o["animation"], false);
        assert!(o.get("legend").is_none_or(|l| l["show"] != true), "names at the lines' ends");
        assert_eq!(o["grid"]["right"], 150);

        // On a phone: the names in a legend under the plot, which takes the width.
        let o = trend_option(&TrendSpec { narrow: true, ..spec });
        assert_eq!(o["legend"]["data"], json!(["Lens", "CALL"]));
        assert_eq!(o["legend"]["bottom"], 0);
        assert_eq!(o["grid"]["right"], 16);
        assert_eq!(o["xAxis"]["axisLabel"]["formatter"], "@year/5", "on a phone, labels on 2020, 2025, 2030");
        let series = o["series"].as_array().unwrap();
        assert!(series.iter().all(|s| s["endLabel"].is_null() || s["endLabel"]["show"] == false), "no end label");
        let target = series.iter().find(|s| s["name"] == target_path()).unwrap();
        assert_eq!(target["data"][1]["label"]["formatter"], "Objectif 2030", "the target named above its point");
        assert_eq!(target["data"][1]["value"], json!([2030, 15.0]));
    }
}
