//! A chart as plain shapes (paths, dots, texts) in pixels, drawn by the page as inline SVG
//! without a chart library. The trend chart is first shown so ([`super::trend_picture`]):
//! the indicator page's first view then needs no ECharts at all (issue 9), which comes only
//! when the reader reaches for the chart (hover, touch, an image export).
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

/// The rough width of `text` at `size` pixels in the page's sans-serif font: enough to keep
/// labels clear of the plot, never used to clip them.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * 0.55
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_short_and_rounded() {
        assert_eq!(polyline(&[(1.0, 2.04), (3.16, 4.0)]), "M1 2L3.2 4");
        assert_eq!(polyline(&[]), "");
        assert_eq!(segment((0.0, 0.0), (10.0, 0.0)), "M0 0L10 0");
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        assert_eq!(text_width("19,0", 10.0), 22.0);
        assert!(text_width("Liévin", 13.0) > text_width("Lens", 13.0));
    }
}
