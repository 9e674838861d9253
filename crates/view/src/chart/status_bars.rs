//! The actions chart: one horizontal bar per axis, stacked by status in the order of an
//! action's life, each segment labelled with its number in a text colour that reads on it
//! (4.5:1 at least), segments parted by a white line, the statuses named in the legend. The
//! same numbers are in the table beside it.

use charming::component::{Axis, Grid};
use charming::element::{AxisType, Tooltip, Trigger};
use charming::series::Bar;
use en_action_core::actions::{Status, StatusCounts};
use serde_json::{json, Value};

use super::{first_mut, set, OptionBuilder};
use crate::actions::text::{counts_phrase, status_heading};
use crate::i18n::{self, t};
use crate::classes::text_colour_on;

/// The fill of each status, every one dark enough for white text (4.5:1).
pub fn status_colour(status: Status) -> &'static str {
    match status {
        Status::ALEtude => "#6b6b6b",
        Status::Engagee => "#6a3d9a",
        Status::EnCours => "#0066a1",
        Status::Realisee => "#00704f",
        Status::Reportee => "#a34700",
        Status::Abandonnee => "#8b1e3f",
    }
}

/// Vertical space of one bar, in pixels.
const BAR_STEP: u32 = 44;
/// Space for the legend above and the value axis below.
const MARGINS: u32 = 90;

/// Height of the chart for `rows` bars.
pub fn status_bars_height(rows: usize) -> u32 {
    u32::try_from(rows.max(1)).unwrap_or(20).min(50) * BAR_STEP + MARGINS
}

/// The option: `rows` are (axis label, counts), drawn top to bottom.
pub fn status_bars_option(rows: &[(String, StatusCounts)], animate: bool) -> Value {
    let names: Vec<String> = rows.iter().map(|(label, _)| label.clone()).collect();
    let mut chart = OptionBuilder::new()
        .animation(animate)
        .grid(Grid::new().left(8).right(16).top(48).bottom(8).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(Axis::new().type_(AxisType::Value).min_interval(1))
        .y_axis(Axis::new().type_(AxisType::Category).inverse(true).data(names));
    for status in Status::ALL {
        chart = chart.series(Bar::new().name(status_heading(status)).stack("actions"));
    }
    let mut option = chart.build();
    let legend: Vec<&str> = Status::ALL.into_iter().map(status_heading).collect();
    set(&mut option, &["legend"], json!({ "show": true, "top": 0, "left": 0, "data": legend, "itemGap": 14, "textStyle": { "fontSize": 13, "color": "#1a1a1a" } }));
    if let Some(axis) = first_mut(&mut option, "yAxis") {
        set(axis, &["axisLabel"], json!({ "fontSize": 14, "color": "#1a1a1a" }));
    }
    if let Some(series) = option.get_mut("series").and_then(Value::as_array_mut) {
        for (item, status) in series.iter_mut().zip(Status::ALL) {
            let fill = status_colour(status);
            let data: Vec<Value> = rows
                .iter()
                .map(|(axis, counts)| {
                    let n = counts.get(status);
                    let words = i18n::fill(t().actions().chart_tooltip, &[("axis", axis), ("phrase", &counts_phrase(counts, status))]);
                    json!({ "value": n, "label": { "show": n > 0 }, "tooltip": { "formatter": words } })
                })
                .collect();
            set(item, &["data"], Value::Array(data));
            set(item, &["itemStyle"], json!({ "color": fill, "borderColor": "#ffffff", "borderWidth": 1 }));
            set(item, &["label"], json!({ "show": true, "position": "inside", "color": text_colour_on(fill), "fontSize": 13, "fontWeight": "bold" }));
            set(item, &["barWidth"], json!(28));
        }
    }
    option
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classes::contrast_ratio;

    fn counts(list: &[(Status, usize)]) -> StatusCounts {
        let mut c = StatusCounts::default();
        for &(s, n) in list {
            (0..n).for_each(|_| c.add(s));
        }
        c
    }

    #[test]
    fn every_status_reads_with_its_label_colour() {
        for status in Status::ALL {
            let fill = status_colour(status);
            let text = text_colour_on(fill);
            let ratio = contrast_ratio(text, fill).expect("colours");
            assert!(ratio >= 4.5, "{status:?}: {ratio}");
            assert!(contrast_ratio(fill, "#ffffff").expect("colours") >= 3.0, "{status:?} against the page");
        }
        let mut fills: Vec<&str> = Status::ALL.iter().map(|&s| status_colour(s)).collect();
        fills.dedup();
        assert_eq!(fills.len(), 6);
    }

    #[test]
    fn one_stacked_series_per_status_one_bar_per_axis() {
        let rows = vec![
            ("Bouger".to_owned(), counts(&[(Status::Realisee, 5), (Status::EnCours, 12)])),
            ("Habiter".to_owned(), counts(&[(Status::ALEtude, 1)])),
        ];
        let o = status_bars_option(&rows, false);
        assert_eq!(o["yAxis"]["data"], json!(["Bouger", "Habiter"]));
        assert_eq!(o["yAxis"]["inverse"], true);
        let series = o["series"].as_array().expect("series");
        assert_eq!(series.len(), 6);
        assert!(series.iter().all(|s| s["type"] == "bar" && s["stack"] == "actions"));
        let names: Vec<&str> = series.iter().map(|s| s["name"].as_str().unwrap_or_default()).collect();
        assert_eq!(names, ["À l'étude", "Engagées", "En cours", "Réalisées", "Reportées", "Abandonnées"]);
        assert_eq!(series[3]["data"][0]["value"], 5);
        assert_eq!(series[3]["data"][0]["tooltip"]["formatter"], "Bouger : 5 actions réalisées sur 17");
        assert_eq!(series[3]["data"][1]["label"]["show"], false, "no label on an empty segment");
        assert_eq!(series[0]["data"][1]["value"], 1);
        assert_eq!(series[3]["label"]["color"], "#ffffff");
        assert_eq!(o["legend"]["data"][0], "À l'étude");
        assert_eq!(o["tooltip"]["renderMode"], "richText");
        assert_eq!(status_bars_height(5), 5 * 44 + 90);
    }

    #[test]
    fn in_english() {
        let rows = vec![("Bouger".to_owned(), counts(&[(Status::Realisee, 1), (Status::EnCours, 1200)]))];
        let o = crate::i18n::with_lang(crate::i18n::Lang::En, || status_bars_option(&rows, false));
        assert_eq!(o["series"][3]["name"], "Completed");
        assert_eq!(o["series"][3]["data"][0]["tooltip"]["formatter"], "Bouger: 1 action completed out of 1,201");
        assert_eq!(o["series"][2]["data"][0]["tooltip"]["formatter"], "Bouger: 1,200 actions in progress out of 1,201");
        assert_eq!(o["legend"]["data"][0], "Under study");
    }
}

#[cfg(test)]
mod projected {
    use super::*;
    use crate::deck::projector::{project, Projection};
    use crate::deck::query::Theme;

    #[test]
    fn on_a_slide_the_labels_keep_the_colour_that_reads_on_their_fill() {
        let mut c = StatusCounts::default();
        c.add(Status::Realisee);
        let option = status_bars_option(&[("Bouger".to_owned(), c)], false);
        for theme in [Theme::Light, Theme::Dark] {
            let projection = Projection { text_px: 22.0, theme };
            let o = project(&option, projection);
            assert_eq!(o["series"][3]["label"]["color"], "#ffffff");
            assert_eq!(o["series"][3]["itemStyle"]["color"], status_colour(Status::Realisee));
            assert!(o["series"][3]["label"]["fontSize"].as_f64().unwrap_or_default() >= 22.0);
        }
    }
}
