//! The ranking chart as a [`Picture`], drawn by the page when the reader turns to the ranking
//! (or opens it first) before ECharts is there, as the trend is ([`super::trend_picture`]).
//! It shows what [`super::ranking::ranking_option`] shows, laid out as ECharts lays it out:
//! the same grid (names on the left inside it, value labels room on the right), ECharts'
//! « nice » value ticks from zero, a band per row with its bar (16 px at most, 80 % of the
//! band), highlighted communes in the axis colour with bold names and values, folded rows in
//! italics, the reference as a dashed line named above the plot.

use super::picture::{name_width, nice_axis, px, rectangle, scale, segment, Anchor, Picture, Shape};
use super::ranking::{gap_label, highlight_colour, reference_label, right_room, value_labels, RankingSpec, BAR_GREY, GREY_TEXT, GRID_BOTTOM, GRID_LEFT, GRID_TOP, SPLIT_LINE};
use super::ranking_rows::Row;
use super::palette;
use crate::classes::DARK_TEXT;
use crate::format;

/// Font size of every text, as in the option.
const LABEL_PX: f64 = 12.0;
/// Gap between an axis and its labels (ECharts' `axisLabel.margin`).
const LABEL_GAP: f64 = 8.0;
/// Room of the value axis's labels under the plot, and their centre below it (as ECharts
/// lays them out, measured on its drawing).
const TICKS_ROOM: f64 = 14.0;
const TICKS_CENTRE: f64 = 11.0;
/// Gap between a bar's end and its value (the option's `label.distance`).
const VALUE_GAP: f64 = 4.0;
/// Widest bar (`barMaxWidth`), and its share of the band (ECharts' 20 % category gap).
const BAR_MAX: f64 = 16.0;
const BAR_SHARE: f64 = 0.8;
/// ECharts' default axis line colour.
const AXIS: &str = "#6E7079";

fn text(class: &'static str, (x, y): (f64, f64), text: String, fill: &str, bold: bool, anchor: Anchor) -> Shape {
    Shape::Text { class, x: px(x), y: px(y), text, fill: fill.to_owned(), size: LABEL_PX, bold, anchor, vertical: false }
}

/// The picture of `spec` in a box of `width` × `height` pixels; `None` when there is no bar.
pub fn ranking_picture(spec: &RankingSpec, width: f64, height: f64) -> Option<Picture> {
    if spec.bars.is_empty() {
        return None;
    }
    let rows = spec.rows();
    let labels = value_labels(spec, &rows);
    let highlight = highlight_colour(spec);
    // The value axis holds zero, the bars and the reference (the option's invisible point).
    let values = spec.bars.iter().map(|b| b.value).chain(spec.territory.as_ref().map(|t| t.1));
    let (min, max) = values.fold((0.0_f64, 0.0_f64), |(a, b), v| (a.min(v), b.max(v)));
    let (low, high, step) = nice_axis(min, max, f64::from(spec.value_splits()));
    let ticks: Vec<f64> = (0..=((high - low) / step).round() as i64).map(|k| low + k as f64 * step).collect();
    let tick_labels: Vec<String> = ticks.iter().map(|&t| format::tick(t, spec.decimals)).collect();
    let names: Vec<(String, bool, bool)> = rows
        .iter()
        .map(|row| match row {
            Row::Bar(bar) => (bar.name.clone(), spec.highlighted.contains(&bar.code), false),
            Row::Gap(n) => (gap_label(*n), false, true),
        })
        .collect();
    let names_width = names.iter().map(|(n, bold, _)| name_width(n, LABEL_PX) * if *bold { 1.08 } else { 1.0 }).fold(0.0, f64::max);
    // ECharts keeps the axes' labels inside the grid (`containLabel`).
    let left = f64::from(GRID_LEFT) + names_width + LABEL_GAP;
    // … and half the last tick's label past the plot's right end.
    let half_last = tick_labels.last().map_or(0.0, |l| name_width(l, LABEL_PX) / 2.0);
    let right = (width - f64::from(right_room(&labels)) - half_last).max(left + 1.0);
    let top = f64::from(GRID_TOP);
    let bottom = (height - f64::from(GRID_BOTTOM) - TICKS_ROOM).max(top + 1.0);
    let x = scale(low, high, left, right);
    let band = (bottom - top) / rows.len() as f64;
    let thickness = (band * BAR_SHARE).min(BAR_MAX);
    let mut shapes = Vec::new();
    let path = |class, d, stroke: &str, width, dash: Option<&str>| Shape::Path { class, d, stroke: Some(stroke.to_owned()), fill: None, width, dash: dash.map(str::to_owned) };

    // The grid: a split line and a label per tick; the names' axis on zero.
    for (&t, label) in ticks.iter().zip(tick_labels) {
        shapes.push(path("picture__split", segment((x(t), top), (x(t), bottom)), SPLIT_LINE, 1.0, None));
        shapes.push(text("picture__tick", (x(t), bottom + TICKS_CENTRE), label, GREY_TEXT, false, Anchor::Middle));
    }
    shapes.push(path("picture__axis", segment((x(0.0), top), (x(0.0), bottom)), AXIS, 1.0, None));

    // Each row: its name, and for a commune its bar and value.
    for (i, (row, ((name, bold, gap), value))) in rows.iter().zip(names.into_iter().zip(labels)).enumerate() {
        let centre = top + (i as f64 + 0.5) * band;
        let (class, fill) = if gap { ("picture__gap", GREY_TEXT) } else { ("picture__name", DARK_TEXT) };
        shapes.push(text(class, (left - LABEL_GAP, centre), name, fill, bold, Anchor::End));
        let Row::Bar(bar) = row else { continue };
        let (from, to) = (x(0.0).min(x(bar.value)), x(0.0).max(x(bar.value)));
        let colour = if bold { highlight } else { BAR_GREY };
        shapes.push(bar_shape(from, to, centre, thickness, colour));
        shapes.push(text("picture__value", (to + VALUE_GAP, centre), value, DARK_TEXT, bold, Anchor::Start));
    }

    // The reference, over the bars, named above the plot.
    if let (Some((_, value)), Some(label)) = (&spec.territory, reference_label(spec)) {
        let at = x(*value);
        shapes.push(path("picture__reference", segment((at, top), (at, bottom)), palette::TERRITORY, 2.0, Some("8 4")));
        shapes.push(text("picture__reference-label", (at, top - 8.0), label, palette::TERRITORY, true, Anchor::Middle));
    }
    Some(Picture { width, height, shapes })
}

/// A bar from `from` to `to` (pixels), centred on `centre`.
fn bar_shape(from: f64, to: f64, centre: f64, thickness: f64, colour: &str) -> Shape {
    let d = rectangle((from, centre - thickness / 2.0), (to.max(from + 0.5), centre + thickness / 2.0));
    Shape::Path { class: "picture__bar", d, stroke: None, fill: Some(colour.to_owned()), width: 0.0, dash: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::ranking::tests::{bar, spec};
    use crate::chart::ranking::Bar;

    /// The `nth` bar of `picture`: (left, right) in pixels.
    fn bar_ends(picture: &Picture, nth: usize) -> (f64, f64) {
        let bars: Vec<&String> = picture.shapes.iter().filter_map(|s| match s {
            Shape::Path { class: "picture__bar", d, .. } => Some(d),
            _ => None,
        }).collect();
        let numbers: Vec<f64> = bars[nth].split(|c: char| c.is_ascii_alphabetic() || c == ' ').filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect();
        (numbers[0], numbers[2])
    }

    fn texts(p: &Picture, class: &str) -> Vec<(String, bool)> {
        p.shapes.iter().filter_map(|s| match s {
            Shape::Text { class: c, text, bold, .. } if *c == class => Some((text.clone(), *bold)),
            _ => None,
        }).collect()
    }

    #[test]
    fn bars_values_and_names_as_the_option_has_them() {
        let p = ranking_picture(&spec(), 800.0, 142.0).unwrap();
        assert_eq!(texts(&p, "picture__name"), [("Lens".into(), false), ("Liévin".into(), true), ("Avion".into(), false)]);
        let values: Vec<String> = texts(&p, "picture__value").into_iter().map(|t| t.0).collect();
        assert_eq!(values, ["24,1\u{a0}%", "18,3\u{a0}%", "12,0\u{a0}%"]);
        // Ticks from zero, ECharts' nice step of 5 up to 25, with the measure's decimals.
        let ticks: Vec<String> = texts(&p, "picture__tick").into_iter().map(|t| t.0).collect();
        assert_eq!(ticks, ["0,0", "5,0", "10,0", "15,0", "20,0", "25,0"]);
        // The longest bar is the first, from the zero line; the highlighted one in the axis colour.
        let (l0, r0) = bar_ends(&p, 0);
        let (l1, r1) = bar_ends(&p, 1);
        assert_eq!(l0, l1);
        assert!(r0 > r1 && r1 > l1, "{r0} {r1} {l1}");
        let fills: Vec<&str> = p.shapes.iter().filter_map(|s| match s {
            Shape::Path { class: "picture__bar", fill, .. } => fill.as_deref(),
            _ => None,
        }).collect();
        assert_eq!(fills, ["#8a8a8a", "#0072B2", "#8a8a8a"]);
        // The reference, named with its value.
        assert_eq!(texts(&p, "picture__reference-label"), [("CALL\u{a0}: 14,8\u{a0}%".into(), true)]);
    }

    #[test]
    fn the_plot_keeps_room_for_names_and_values() {
        let p = ranking_picture(&spec(), 800.0, 142.0).unwrap();
        // « Liévin » in bold is the widest name: the zero line starts past it.
        let (left, _) = bar_ends(&p, 0);
        assert!(left > 8.0 + name_width("Liévin", LABEL_PX) + LABEL_GAP - 1.0, "{left}");
        // The longest bar ends before the value labels' room (6 characters: 58 px).
        let (_, right) = bar_ends(&p, 0);
        assert!(right <= 800.0 - 58.0, "{right}");
    }

    #[test]
    fn negative_values_grow_left_of_zero() {
        let s = RankingSpec { bars: vec![bar("a", "A", 3.0, 1), bar("b", "B", -2.0, 2)].into(), territory: None, ..spec() };
        let p = ranking_picture(&s, 600.0, 120.0).unwrap();
        let (l0, _) = bar_ends(&p, 0);
        let (l1, r1) = bar_ends(&p, 1);
        assert_eq!(r1, l0, "the negative bar ends on zero");
        assert!(l1 < r1);
    }

    #[test]
    fn a_folded_ranking_names_its_gap_in_italics() {
        let bars: Vec<Bar> = (0..50).map(|i| bar(&format!("c{i}"), &format!("Commune {i}"), 50.0 - f64::from(i), (i + 1) as usize)).collect();
        let p = ranking_picture(&RankingSpec { bars: bars.into(), highlighted: vec![], ..spec() }, 800.0, 800.0).unwrap();
        assert_eq!(texts(&p, "picture__gap"), [("… 20 autres communes …".into(), false)]);
        assert_eq!(texts(&p, "picture__value").len(), 30);
    }

    #[test]
    fn on_a_phone_fewer_value_ticks_as_the_option_asks() {
        let s = RankingSpec { bars: vec![bar("a", "Carency", 24_430.0, 1), bar("b", "Lens", 17_230.0, 2)].into(), territory: None, unit: "€".into(), decimals: 0, narrow: true, ..spec() };
        let option = crate::chart::ranking::ranking_option(&s);
        let axis = option["xAxis"].get(0).unwrap_or(&option["xAxis"]);
        assert_eq!(axis["splitNumber"], 3);
        let p = ranking_picture(&s, 358.0, 120.0).unwrap();
        let ticks: Vec<String> = texts(&p, "picture__tick").into_iter().map(|t| t.0).collect();
        assert_eq!(ticks, ["0", "10\u{a0}000", "20\u{a0}000", "30\u{a0}000"]);
        let wide = ranking_picture(&RankingSpec { narrow: false, ..s }, 958.0, 120.0).unwrap();
        assert_eq!(texts(&wide, "picture__tick").len(), 6);
    }

    #[test]
    fn nothing_to_draw_without_bars() {
        assert!(ranking_picture(&RankingSpec { bars: Vec::new().into(), ..spec() }, 800.0, 100.0).is_none());
    }
}
