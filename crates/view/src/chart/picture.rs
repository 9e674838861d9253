//! A chart as plain shapes (paths, dots, texts) in pixels, drawn by the page as inline SVG
//! without a chart library. The trend and ranking charts are first shown so
//! ([`super::trend_picture`], [`super::ranking_picture`]): the indicator page's first view
//! then needs no ECharts at all (issue 9), which comes only when the reader reaches for the
//! chart (hover, touch, an image export).
//!
//! Texts are plain strings: the page puts them in the SVG as text nodes, never as markup.

/// How a text is placed on its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// One shape, in pixels of the chart's box (y downwards).
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A path: stroked (`stroke`), filled (`fill`) or both.
    Path { class: &'static str, d: String, stroke: Option<String>, fill: Option<String>, width: f64, dash: Option<String> },
    /// A filled dot.
    Dot { x: f64, y: f64, r: f64, fill: String },
    /// A line of text, centred vertically on `y`; `vertical` texts read upwards, rotated
    /// about their point.
    Text { class: &'static str, x: f64, y: f64, text: String, fill: String, size: f64, bold: bool, anchor: Anchor, vertical: bool },
}

/// A chart's picture: its box and its shapes, drawn in order (later ones on top).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Picture {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
}

/// Whether the texts of `class` are set in italics (a folded ranking's gap).
pub fn is_italic(class: &str) -> bool {
    class == "picture__gap"
}

/// Pixels with one decimal: plenty on any screen, and short SVG.
pub fn px(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// An `M … L …` path through `points` (empty for no point).
pub fn polyline(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { "L" });
        d.push_str(&format!("{} {}", px(*x), px(*y)));
    }
    d
}

/// A straight segment.
pub fn segment(from: (f64, f64), to: (f64, f64)) -> String {
    polyline(&[from, to])
}

/// A closed rectangle from (x0, y0) to (x1, y1).
pub fn rectangle((x0, y0): (f64, f64), (x1, y1): (f64, f64)) -> String {
    let (x0, y0, x1, y1) = (px(x0), px(y0), px(x1), px(y1));
    format!("M{x0} {y0}H{x1}V{y1}H{x0}Z")
}

/// A linear map of `[low, high]` onto `[from, to]`; a single value goes to the middle.
pub fn scale(low: f64, high: f64, from: f64, to: f64) -> impl Fn(f64) -> f64 {
    move |v| if high > low { from + (v - low) / (high - low) * (to - from) } else { (from + to) / 2.0 }
}

/// ECharts' `nice` (rounding): 1, 2, 3, 5 or 10 times a power of ten. The power is found by
/// steps of ten (no `log10`, `powf`: each links kilobytes of maths into the WebAssembly).
pub fn nice(value: f64) -> f64 {
    if !(value.is_finite() && value > 0.0) {
        return 1.0;
    }
    let mut exponent = 0;
    while value >= 10f64.powi(exponent + 1) {
        exponent += 1;
    }
    while value < 10f64.powi(exponent) {
        exponent -= 1;
    }
    let f = value / 10f64.powi(exponent);
    let n = if f < 1.5 { 1.0 } else if f < 2.5 { 2.0 } else if f < 4.0 { 3.0 } else if f < 7.0 { 5.0 } else { 10.0 };
    // 0.1, not 0.30000000000000004 / 3: a whole number of the power's digits.
    if exponent < 0 { n / 10f64.powi(-exponent) } else { n * 10f64.powi(exponent) }
}

/// The value axis ECharts draws for values in `[min, max]` aiming at `splits` intervals (its
/// `splitNumber`; the extent is the data's, so a caller that wants zero in it passes it):
/// (low, high, step), low and high whole multiples of the step.
pub fn nice_axis(min: f64, max: f64, splits: f64) -> (f64, f64, f64) {
    let (min, max) = match (min, max) {
        (a, b) if a < b => (a, b),
        (a, _) if a != 0.0 => (a - a.abs() / 2.0, a + a.abs() / 2.0),
        _ => (0.0, 1.0),
    };
    let step = nice((max - min) / splits);
    ((min / step).floor() * step, (max / step).ceil() * step, step)
}

/// The rough width of a name (proportional letters: narrow `i`, `l`, `-`, wide `m`, capitals)
/// at `size` pixels in a sans-serif font, as ECharts measures its labels: close enough to lay a
/// plot out where ECharts would (a ranking's names), never used to clip them.
pub fn name_width(text: &str, size: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | 't' | 'f' | 'r' | 'I' | '-' | '.' | ',' | '\'' | '’' | 'í' | 'ï' | 'î' => 0.3,
            ' ' => 0.32,
            'm' | 'w' | 'M' | 'W' => 0.85,
            '0'..='9' => 0.64,
            c if c.is_uppercase() => 0.68,
            _ => 0.55,
        })
        .sum();
    em * size
}

/// The rough width of `text` at `size` pixels in the page's sans-serif font: enough to keep
/// labels clear of the plot, never used to clip them.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * 0.55
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_scales_as_echarts() {
        // 12 to 18.9 (the unemployment sample with its target): steps of 1, from 12 to 19.
        assert_eq!(nice_axis(12.0, 18.9, 5.0), (12.0, 19.0, 1.0));
        // 0.31 to 0.74: a step of 0.1 (not 0.10000000000000001).
        assert_eq!(nice_axis(0.31, 0.74, 5.0), (0.30000000000000004, 0.8, 0.1));
        assert_eq!(nice(0.086), 0.1);
        assert_eq!(nice(2.4), 2.0);
        assert_eq!(nice(3.9), 3.0);
        assert_eq!(nice(6.9), 5.0);
        assert_eq!(nice(7.0), 10.0);
        assert_eq!(nice(1234.0), 1000.0);
        // One value: half its size either way; zero: 0 to 1.
        assert_eq!(nice_axis(10.0, 10.0, 5.0), (4.0, 16.0, 2.0));
        assert_eq!(nice_axis(0.0, 0.0, 5.0), (0.0, 1.0, 0.2));
    }

    #[test]
    fn paths_are_short_and_rounded() {
        assert_eq!(polyline(&[(1.0, 2.04), (3.16, 4.0)]), "M1 2L3.2 4");
        assert_eq!(polyline(&[]), "");
        assert_eq!(segment((0.0, 0.0), (10.0, 0.0)), "M0 0L10 0");
    }

    #[test]
    fn names_are_measured_letter_by_letter() {
        // ECharts measures « Ablain-Saint-Nazaire » at 12 px sans-serif 110 px wide.
        let w = name_width("Ablain-Saint-Nazaire", 12.0);
        assert!((w - 110.0).abs() < 6.0, "{w}");
        assert!(name_width("Mmmm", 12.0) > name_width("Illl", 12.0));
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        assert_eq!(text_width("19,0", 10.0), 22.0);
        assert!(text_width("Liévin", 13.0) > text_width("Lens", 13.0));
    }
}
