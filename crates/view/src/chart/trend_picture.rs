//! The trend chart as a [`Picture`], drawn by the page before ECharts is there (and instead of
//! it if ECharts never comes: a bad connection in a meeting room). It shows what
//! [`super::trend::trend_option`] shows, laid out as ECharts lays it out, so that the swap is
//! hardly seen: the same margins, the same rounded y scale (ECharts' « nice » ticks, about five
//! of them), a tick every year labelled on round years, the lines with their dots, dashes and
//! end labels (a legend on a phone), the target's path, events and series breaks; a gap in
//! the data is never joined.

use en_action_core::Year;

use super::palette;
use super::picture::{nice_axis, polyline, px, scale, segment, text_width, Anchor, Picture, Shape};
use super::trend::{bottom_room, end_label_offsets, right_room, target_label_above, year_step, ChartLine, TrendSpec, GRID_LEFT, GRID_TOP};
use crate::format;

/// ECharts' default colours for axes and split lines.
const AXIS: &str = "#6E7079";
const SPLIT: &str = "#E0E6F1";
/// Font sizes and gaps, as in the option.
const LABEL_PX: f64 = 13.0;
const MARK_PX: f64 = 11.0;
const LABEL_GAP: f64 = 8.0;
const END_GAP: f64 = 6.0;

/// The plot's rectangle, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Plot {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

/// The stretches of a line to draw: runs of consecutive known values, cut at each break.
fn runs(years: &[Year], values: &[Option<f64>], breaks: &[Year]) -> Vec<Vec<(Year, f64)>> {
    let mut runs: Vec<Vec<(Year, f64)>> = vec![Vec::new()];
    for (&year, value) in years.iter().zip(values) {
        let cut = value.is_none() || breaks.contains(&year);
        if cut && runs.last().is_some_and(|r| !r.is_empty()) {
            runs.push(Vec::new());
        }
        if let (Some(v), Some(run)) = (value, runs.last_mut()) {
            run.push((year, *v));
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

/// SVG dashes for ECharts' line types, proportional to the line's width.
fn dash_array(i: usize, width: f64) -> Option<String> {
    match palette::DASHES[(i / palette::COMMUNES.len()) % palette::DASHES.len()] {
        "dashed" => Some(format!("{} {}", px(4.0 * width), px(2.0 * width))),
        "dotted" => Some(format!("{} {}", px(width), px(width))),
        _ => None,
    }
}

fn text(class: &'static str, (x, y): (f64, f64), text: &str, fill: &str, size: f64, anchor: Anchor) -> Shape {
    Shape::Text { class, x: px(x), y: px(y), text: text.to_owned(), fill: fill.to_owned(), size, bold: false, anchor, vertical: false }
}

/// The picture of `spec` in a box of `width` × `height` pixels, numbers with `decimals`;
/// `None` when there is nothing to draw (no year).
pub fn trend_picture(spec: &TrendSpec, width: f64, height: f64, decimals: u8) -> Option<Picture> {
    let (first, last) = spec.x_range()?;
    let lines: Vec<(&ChartLine, &str, f64, Option<String>, f64)> = spec
        .communes
        .iter()
        .enumerate()
        .map(|(i, l)| (l, palette::commune_colour(i), 2.5, dash_array(i, 2.5), 3.0))
        .chain(spec.territory.iter().map(|l| (l, palette::TERRITORY, 5.0, None, 4.0)))
        .collect();
    let target = spec.target.as_ref().filter(|_| spec.territory.is_some());
    let values = lines.iter().flat_map(|l| l.0.values.iter().flatten().copied()).chain(target.map(|t| t.1));
    let (min, max) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(v), b.max(v)));
    let (low, high, step) = if min.is_finite() { nice_axis(min, max, 5.0) } else { (0.0, 1.0, 0.2) };
    let ticks: Vec<f64> = (0..=((high - low) / step).round() as i64).map(|k| low + k as f64 * step).collect();
    let tick_labels: Vec<String> = ticks.iter().map(|&t| format::tick(t, decimals)).collect();
    let label_width = tick_labels.iter().map(|t| text_width(t, LABEL_PX)).fold(0.0, f64::max);
    // ECharts keeps the axis labels inside the grid (`containLabel`): the y labels on the
    // left, the years below, and half the last year past the plot's right end.
    let year_every = year_step(last - first, spec.narrow);
    let last_label = if last % year_every == 0 { text_width(&last.to_string(), LABEL_PX) / 2.0 } else { 0.0 };
    let plot = Plot {
        left: f64::from(GRID_LEFT) + label_width + LABEL_GAP,
        top: f64::from(GRID_TOP),
        right: (width - f64::from(right_room(spec.narrow)) - last_label).max(f64::from(GRID_LEFT) + label_width + 2.0 * LABEL_GAP),
        bottom: (height - f64::from(bottom_room(spec.narrow)) - LABEL_PX).max(f64::from(GRID_TOP) + 1.0),
    };
    let x = scale(f64::from(first), f64::from(last), plot.left, plot.right);
    let y = scale(low, high, plot.bottom, plot.top);
    let at = |year: Year, value: f64| (x(f64::from(year)), y(value));
    let mut shapes = Vec::new();
    let path = |class, d, stroke: &str, width, dash| Shape::Path { class, d, stroke: Some(stroke.to_owned()), fill: None, width, dash };

    // The grid: a split line per tick (y) and per year (x), the x axis with its ticks.
    for (&t, label) in ticks.iter().zip(&tick_labels) {
        shapes.push(path("picture__split", segment((plot.left, y(t)), (plot.right, y(t))), SPLIT, 1.0, None));
        shapes.push(text("picture__tick", (plot.left - LABEL_GAP, y(t)), label, AXIS, LABEL_PX, Anchor::End));
    }
    for year in first..=last {
        let at_x = x(f64::from(year));
        shapes.push(path("picture__split", segment((at_x, plot.top), (at_x, plot.bottom)), SPLIT, 1.0, None));
        shapes.push(path("picture__axis", segment((at_x, plot.bottom), (at_x, plot.bottom + 5.0)), AXIS, 1.0, None));
        if year % year_every == 0 {
            shapes.push(text("picture__year", (at_x, plot.bottom + LABEL_GAP + LABEL_PX / 2.0), &year.to_string(), AXIS, LABEL_PX, Anchor::Middle));
        }
    }
    shapes.push(path("picture__axis", segment((plot.left, plot.bottom), (plot.right, plot.bottom)), AXIS, 1.0, None));

    // Events (dotted) and series breaks (solid), their names along the line.
    let in_range = |v: f64| v >= f64::from(first) - 0.5 && v <= f64::from(last) + 0.5;
    let events = spec.events.iter().filter(|(v, _)| *v >= f64::from(spec.years[0]) && in_range(*v)).map(|(v, label)| (*v, label.clone(), palette::ANNOTATION, Some("1.5 3".to_owned()), 1.5, true));
    let breaks = spec.breaks.iter().map(|(year, label)| {
        let label = crate::i18n::fill(crate::i18n::t().indicator().series_break, &[("label", label)]);
        (f64::from(*year) - 0.5, label, palette::TARGET, None, 2.0, false)
    });
    for (v, label, colour, dash, width, at_top) in events.chain(breaks).filter(|m| in_range(m.0)) {
        let at_x = x(v);
        shapes.push(path("picture__mark", segment((at_x, plot.bottom), (at_x, plot.top)), colour, width, dash));
        let (at_y, anchor) = if at_top { (plot.top + 2.0, Anchor::End) } else { (plot.bottom - 2.0, Anchor::Start) };
        // Read upwards, its centre line half its size left of the mark, as ECharts places it.
        shapes.push(Shape::Text { class: "picture__mark-label", x: px(at_x - 3.0 - MARK_PX / 2.0), y: px(at_y), text: label, fill: colour.to_owned(), size: MARK_PX, bold: false, anchor, vertical: true });
    }

    // The target's path, from the territory's latest value (under the territory's line).
    let target_shapes = target.zip(spec.territory.as_ref().and_then(|t| t.latest(&spec.years))).map(|((year, value, label), (from_year, from_value))| {
        let (tx, ty) = at(*year, *value);
        let mut s = vec![path("picture__target", segment(at(from_year, from_value), (tx, ty)), palette::TARGET, 2.0, Some("8 4".to_owned()))];
        let diamond = format!("M{} {}L{} {}L{} {}L{} {}Z", px(tx), px(ty - 6.0), px(tx + 6.0), px(ty), px(tx), px(ty + 6.0), px(tx - 6.0), px(ty));
        s.push(Shape::Path { class: "picture__target", d: diamond, stroke: None, fill: Some(palette::TARGET.to_owned()), width: 0.0, dash: None });
        s.push(if target_label_above(spec.narrow, label) {
            text("picture__target-label", (tx, ty - 6.0 - LABEL_PX), label, palette::TARGET, 12.0, Anchor::End)
        } else {
            text("picture__target-label", (tx + 6.0 + END_GAP, ty), label, palette::TARGET, LABEL_PX, Anchor::Start)
        });
        s
    });

    // Each line: its stretches, its dots, its name at its end (not on a phone).
    let offsets = end_label_offsets(&lines.iter().map(|l| l.0).collect::<Vec<_>>(), &spec.years);
    let break_years: Vec<Year> = spec.breaks.iter().map(|b| b.0).collect();
    let mut drawn: Vec<Vec<Shape>> = lines
        .iter()
        .zip(&offsets)
        .map(|((line, colour, width, dash, r), dy)| {
            let mut s = Vec::new();
            for run in runs(&spec.years, &line.values, &break_years) {
                let points: Vec<(f64, f64)> = run.iter().map(|&(yr, v)| at(yr, v)).collect();
                if points.len() > 1 {
                    s.push(path("picture__line", polyline(&points), colour, *width, dash.clone()));
                }
                s.extend(points.iter().map(|&(dot_x, dot_y)| Shape::Dot { x: px(dot_x), y: px(dot_y), r: *r, fill: (*colour).to_owned() }));
            }
            if let (Some((yr, v)), false) = (line.latest(&spec.years), spec.narrow) {
                let (lx, ly) = at(yr, v);
                s.push(Shape::Text { class: "picture__end-label", x: px(lx + r + END_GAP), y: px(ly + dy), text: line.name.clone(), fill: (*colour).to_owned(), size: LABEL_PX, bold: true, anchor: Anchor::Start, vertical: false });
            }
            s
        })
        .collect();
    // The communes, then the target's path, then the territory on top (the last line).
    let territory_shapes = if spec.territory.is_some() { drawn.pop() } else { None };
    shapes.extend(drawn.into_iter().flatten());
    shapes.extend(target_shapes.into_iter().flatten());
    shapes.extend(territory_shapes.into_iter().flatten());
    if spec.narrow {
        legend(&mut shapes, &lines.iter().map(|l| (l.0.name.as_str(), l.1)).collect::<Vec<_>>(), width, height);
    }
    Some(Picture { width, height, shapes })
}

/// The lines' names under the plot, on as many rows as the width asks (a phone).
fn legend(shapes: &mut Vec<Shape>, names: &[(&str, &str)], width: f64, height: f64) {
    const ICON: f64 = 25.0;
    const GAP: f64 = 12.0;
    const ROW: f64 = 20.0;
    let mut rows: Vec<Vec<(f64, &str, &str)>> = vec![Vec::new()];
    let mut at_x = 0.0;
    for &(name, colour) in names {
        let w = ICON + 5.0 + text_width(name, LABEL_PX);
        if at_x > 0.0 && at_x + w > width {
            rows.push(Vec::new());
            at_x = 0.0;
        }
        if let Some(row) = rows.last_mut() {
            row.push((at_x, name, colour));
        }
        at_x += w + GAP;
    }
    let count = rows.len() as f64;
    for (r, row) in rows.iter().enumerate() {
        let y = height - 7.0 - (count - 1.0 - r as f64) * ROW;
        for &(x, name, colour) in row {
            shapes.push(Shape::Path { class: "picture__legend", d: segment((x, y), (x + ICON, y)), stroke: Some(colour.to_owned()), fill: None, width: 2.0, dash: None });
            shapes.push(Shape::Dot { x: px(x + ICON / 2.0), y: px(y), r: 4.0, fill: colour.to_owned() });
            shapes.push(text("picture__legend-label", (x + ICON + 5.0, y), name, "#333333", LABEL_PX, Anchor::Start));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> TrendSpec {
        TrendSpec {
            years: vec![2015, 2016, 2017, 2018],
            territory: Some(ChartLine { name: "CALL".into(), values: vec![Some(18.8), Some(18.9), None, Some(14.8)] }),
            communes: vec![ChartLine { name: "Lens".into(), values: vec![Some(20.0), Some(19.0), Some(18.0), None] }],
            target: Some((2030, 12.0, "Objectif 2030".into())),
            ..TrendSpec::default()
        }
    }

    fn texts(p: &Picture, class: &str) -> Vec<String> {
        p.shapes.iter().filter_map(|s| match s {
            Shape::Text { class: c, text, .. } if *c == class => Some(text.clone()),
            _ => None,
        }).collect()
    }

    fn paths(p: &Picture, class: &str) -> Vec<String> {
        p.shapes.iter().filter_map(|s| match s {
            Shape::Path { class: c, d, .. } if *c == class => Some(d.clone()),
            _ => None,
        }).collect()
    }

    #[test]
    fn gaps_and_breaks_cut_the_line() {
        let years = [2015, 2016, 2017, 2018, 2019, 2020];
        let values = [Some(1.0), Some(2.0), None, Some(3.0), Some(4.0), Some(5.0)];
        assert_eq!(runs(&years, &values, &[]), vec![vec![(2015, 1.0), (2016, 2.0)], vec![(2018, 3.0), (2019, 4.0), (2020, 5.0)]]);
        assert_eq!(runs(&years, &values, &[2019]), vec![vec![(2015, 1.0), (2016, 2.0)], vec![(2018, 3.0)], vec![(2019, 4.0), (2020, 5.0)]]);
        assert!(runs(&years, &[None; 6], &[]).is_empty());
    }

    #[test]
    fn the_sample_in_a_desktop_box() {
        let p = trend_picture(&spec(), 900.0, 416.0, 1).unwrap();
        // 12 to 20 (Lens reaches 20) in five splits: steps of 2; one decimal, as the indicator.
        assert_eq!(texts(&p, "picture__tick"), ["12,0", "14,0", "16,0", "18,0", "20,0"]);
        // 2015-2030: 15 years, labels every 2 years on even years.
        assert_eq!(texts(&p, "picture__year"), ["2016", "2018", "2020", "2022", "2024", "2026", "2028", "2030"]);
        // The territory: 2015-2016 joined, 2018 alone (2017 missing): one line of two points.
        let lines = paths(&p, "picture__line");
        assert_eq!(lines.len(), 2, "Lens 2015-2017 and CALL 2015-2016: {lines:?}");
        assert!(lines.iter().all(|d| d.matches('L').count() >= 1));
        // Drawn in order: Lens, the target's path, then CALL on top.
        let at = |class: &str, colour: &str| p.shapes.iter().position(|s| matches!(s, Shape::Path { class: c, stroke: Some(k), .. } if *c == class && k == colour)).unwrap();
        let (lens, target, call) = (at("picture__line", palette::commune_colour(0)), at("picture__target", palette::TARGET), at("picture__line", palette::TERRITORY));
        assert!(lens < target && target < call, "{lens} {target} {call}");
        // The names at the ends, the target named at its point.
        assert_eq!(texts(&p, "picture__end-label"), ["Lens", "CALL"]);
        assert_eq!(texts(&p, "picture__target-label"), ["Objectif 2030"]);
        // The plot leaves 150 px on the right for the names, and half of « 2030 »'s width.
        let grid_x: Vec<f64> = p.shapes.iter().filter_map(|s| match s {
            Shape::Path { class: "picture__split", d, .. } if d.contains("L") => d.split(['M', ' ', 'L']).nth(1).and_then(|v| v.parse().ok()),
            _ => None,
        }).collect();
        assert_eq!(grid_x.iter().copied().fold(f64::NEG_INFINITY, f64::max), 900.0 - 150.0 - 14.3);
    }

    #[test]
    fn on_a_phone_a_legend_and_no_end_labels() {
        let p = trend_picture(&TrendSpec { narrow: true, ..spec() }, 358.0, 416.0, 1).unwrap();
        assert!(texts(&p, "picture__end-label").is_empty());
        assert_eq!(texts(&p, "picture__legend-label"), ["Lens", "CALL"]);
        // 2015-2030 on a phone: every 5 years.
        assert_eq!(texts(&p, "picture__year"), ["2015", "2020", "2025", "2030"]);
        let Some(Shape::Text { anchor, .. }) = p.shapes.iter().find(|s| matches!(s, Shape::Text { class: "picture__target-label", .. })) else { panic!() };
        assert_eq!(*anchor, Anchor::End, "the target's name above its point, inside the plot");
    }

    #[test]
    fn a_long_target_name_sits_above_its_point() {
        let long = TrendSpec { target: Some((2030, 12.0, "Objectif 2030 : 10 000 000 voyages".into())), ..spec() };
        let p = trend_picture(&long, 900.0, 416.0, 1).unwrap();
        let Some(Shape::Text { anchor, .. }) = p.shapes.iter().find(|s| matches!(s, Shape::Text { class: "picture__target-label", .. })) else { panic!() };
        assert_eq!(*anchor, Anchor::End, "inside the plot, as the live chart puts it");
    }

    #[test]
    fn events_and_breaks_are_marked_in_range_only() {
        let s = TrendSpec { events: vec![(2016.5, "Bulles".into()), (2040.0, "Loin".into())], breaks: vec![(2017, "Nouvelle enquête".into())], ..spec() };
        let p = trend_picture(&s, 900.0, 416.0, 1).unwrap();
        assert_eq!(texts(&p, "picture__mark-label"), ["Bulles", "Rupture de série : Nouvelle enquête"]);
        assert_eq!(paths(&p, "picture__mark").len(), 2);
        // Each name reads beside its line, not across it (left of it, as in the live chart).
        let marks: Vec<f64> = paths(&p, "picture__mark").iter().map(|d| d[1..].split(' ').next().unwrap().parse().unwrap()).collect();
        let labels: Vec<(f64, f64)> = p.shapes.iter().filter_map(|s| match s {
            Shape::Text { class: "picture__mark-label", x, size, .. } => Some((*x, *size)),
            _ => None,
        }).collect();
        for ((x, size), mark) in labels.iter().zip(&marks) {
            assert!(x + size / 2.0 < *mark, "label centred at {x}, {size} px, crosses its line at {mark}");
        }
    }

    #[test]
    fn nothing_to_draw_without_years() {
        assert_eq!(trend_picture(&TrendSpec::default(), 900.0, 416.0, 1), None);
        // Years but no value at all: the axes alone.
        let empty = TrendSpec { years: vec![2015, 2016], ..TrendSpec::default() };
        let p = trend_picture(&empty, 900.0, 416.0, 0).unwrap();
        assert!(paths(&p, "picture__line").is_empty());
        assert!(!texts(&p, "picture__tick").is_empty());
    }
}
