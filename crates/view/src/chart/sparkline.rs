//! The sparkline of an indicator card: a tiny line without axes, grid, tooltip or
//! animation, gaps never joined, the latest value as a dot and the target as a diamond.
//! It is decorative: the card says the same in words.

use charming::component::{Axis, Grid};
use charming::element::AxisType;
use charming::series::Line;
use serde_json::{json, Value};

use super::{OptionBuilder, first_mut, palette, set};
use en_action_core::Year;

/// Size of the dot on the latest value.
const LAST_DOT: f64 = 6.0;
/// Size of the dots on values without neighbours (drawn, as no segment shows them).
const LONE_DOT: f64 = 4.0;
/// Size of the target's diamond.
const TARGET_DIAMOND: f64 = 9.0;

/// `[year, value]` points, `null` for missing values (never joined); the latest value and
/// values without neighbours carry a dot.
fn points(years: &[Year], values: &[Option<f64>]) -> Vec<Value> {
    let last = years.iter().zip(values).rposition(|(_, v)| v.is_some());
    let present = |i: Option<usize>| i.and_then(|i| values.get(i)).is_some_and(Option::is_some);
    years
        .iter()
        .zip(values)
        .enumerate()
        .map(|(i, (&year, value))| {
            let lone = value.is_some() && !present(i.checked_sub(1)) && !present(Some(i + 1));
            match value {
                Some(v) if Some(i) == last => {
                    json!({ "value": [year, v], "symbol": "circle", "symbolSize": LAST_DOT })
                }
                Some(v) if lone => {
                    json!({ "value": [year, v], "symbol": "circle", "symbolSize": LONE_DOT })
                }
                _ => json!([year, value]),
            }
        })
        .collect()
}

pub fn sparkline_option(
    years: &[Year],
    values: &[Option<f64>],
    colour: &str,
    target: Option<(Year, f64)>,
) -> Value {
    let ends = [years.first(), years.last()]
        .into_iter()
        .flatten()
        .copied()
        .chain(target.map(|t| t.0));
    let (first, last) = (ends.clone().min(), ends.max());
    let mut x_axis = Axis::new().type_(AxisType::Value).show(false);
    if let (Some(first), Some(last)) = (first, last) {
        x_axis = x_axis.min(first).max(last);
    }
    let chart = OptionBuilder::new()
        .animation(false)
        .grid(Grid::new().left(5).right(6).top(6).bottom(6))
        .x_axis(x_axis)
        .y_axis(Axis::new().type_(AxisType::Value).show(false).scale(true))
        .series(Line::new().name("Série").data(vec![0.0_f64; 0]));
    let mut option = chart.build();
    set(&mut option, &["tooltip"], json!({ "show": false }));
    for key in ["xAxis", "yAxis"] {
        if let Some(axis) = first_mut(&mut option, key) {
            set(axis, &["splitLine"], json!({ "show": false }));
        }
    }
    let Some(series) = option.get_mut("series").and_then(Value::as_array_mut) else {
        return option;
    };
    if let Some(line) = series.first_mut() {
        set(line, &["data"], Value::Array(points(years, values)));
        set(line, &["connectNulls"], json!(false));
        set(line, &["symbol"], json!("none"));
        set(line, &["showSymbol"], json!(true));
        set(line, &["silent"], json!(true));
        set(line, &["emphasis"], json!({ "disabled": true }));
        set(line, &["lineStyle"], json!({ "color": colour, "width": 2 }));
        set(line, &["itemStyle"], json!({ "color": colour }));
    }
    if let Some((year, value)) = target {
        series.push(json!({
            "type": "line", "name": "Objectif", "silent": true, "emphasis": { "disabled": true },
            "data": [{ "value": [year, value], "symbol": "diamond", "symbolSize": TARGET_DIAMOND }],
            "itemStyle": { "color": palette::TARGET },
        }));
    }
    option
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tiny_silent_line_with_gaps() {
        let option = sparkline_option(
            &[2018, 2019, 2020, 2021],
            &[Some(1.0), None, Some(2.0), Some(3.0)],
            "#0072B2",
            None,
        );
        assert_eq!(option["animation"], false);
        assert_eq!(option["tooltip"]["show"], false);
        assert_eq!(option["xAxis"]["show"], false);
        assert_eq!(option["yAxis"]["show"], false);
        assert_eq!(option["xAxis"]["splitLine"]["show"], false);
        assert_eq!(
            (
                option["xAxis"]["min"].as_f64(),
                option["xAxis"]["max"].as_f64()
            ),
            (Some(2018.0), Some(2021.0))
        );
        let series = option["series"].as_array().unwrap();
        assert_eq!(series.len(), 1);
        let line = &series[0];
        assert_eq!(line["type"], "line");
        assert_eq!(line["silent"], true);
        assert_eq!(line["connectNulls"], false);
        assert_eq!(line["lineStyle"]["color"], "#0072B2");
        let data = line["data"].as_array().unwrap();
        assert_eq!(data.len(), 4);
        assert_eq!(data[1], json!([2019, null]));
        assert_eq!(data[2], json!([2020, 2.0]));
        // The latest value is a dot; a value between gaps too.
        assert_eq!(
            data[3],
            json!({ "value": [2021, 3.0], "symbol": "circle", "symbolSize": LAST_DOT })
        );
        assert_eq!(data[0]["symbolSize"], LONE_DOT);
    }

    #[test]
    fn the_latest_known_value_is_marked_and_the_target_extends_the_axis() {
        let option = sparkline_option(
            &[2018, 2019, 2020],
            &[Some(1.0), Some(2.0), None],
            "#333333",
            Some((2030, 0.5)),
        );
        let data = option["series"][0]["data"].as_array().unwrap();
        assert_eq!(data[1]["symbol"], "circle");
        assert_eq!(data[2], json!([2020, null]));
        assert_eq!(option["xAxis"]["max"].as_f64(), Some(2030.0));
        let target = &option["series"][1];
        assert_eq!(target["data"][0]["value"], json!([2030, 0.5]));
        assert_eq!(target["data"][0]["symbol"], "diamond");
        assert_eq!(target["itemStyle"]["color"], palette::TARGET);
    }

    #[test]
    fn empty_inputs() {
        let option = sparkline_option(&[], &[], "#333333", None);
        assert_eq!(
            option["series"][0]["data"]
                .as_array()
                .map(Vec::len)
                .unwrap_or(0),
            0
        );
        assert!(option["xAxis"].get("min").is_none());
        let only_target = sparkline_option(&[], &[], "#333333", Some((2030, 1.0)));
        assert_eq!(only_target["xAxis"]["min"].as_f64(), Some(2030.0));
        let all_missing = sparkline_option(&[2020, 2021], &[None, None], "#333333", None);
        assert_eq!(
            all_missing["series"][0]["data"],
            json!([[2020, null], [2021, null]])
        );
        // Fewer values than years.
        let short = sparkline_option(&[2020, 2021], &[Some(1.0)], "#333333", None);
        assert_eq!(short["series"][0]["data"].as_array().unwrap().len(), 1);
    }
}
