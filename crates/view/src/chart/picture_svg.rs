//! A [`Picture`] as a standalone SVG document: the image exported from a chart still shown as
//! a picture (no ECharts to load for it, and none needed when it cannot load). Every text and
//! attribute is escaped: names come from the data files.

use super::picture::{is_italic, Picture, Shape};
use crate::markup::escape;

/// The SVG document of `picture`, on white, at its size, in a sans-serif font.
pub fn svg_document(picture: &Picture) -> String {
    let (w, h) = (picture.width, picture.height);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"sans-serif\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
    );
    for shape in &picture.shapes {
        write_shape(&mut out, shape);
    }
    out.push_str("</svg>");
    out
}

/// `name="value"` (escaped), with a space before it.
fn attribute(out: &mut String, name: &str, value: &str) {
    out.push_str(&format!(" {name}=\"{}\"", escape(value)));
}

fn write_shape(out: &mut String, shape: &Shape) {
    match shape {
        Shape::Path { d, stroke, fill, width, dash, .. } => {
            out.push_str("<path");
            attribute(out, "d", d);
            attribute(out, "fill", fill.as_deref().unwrap_or("none"));
            if let Some(stroke) = stroke {
                attribute(out, "stroke", stroke);
                attribute(out, "stroke-width", &width.to_string());
            }
            if let Some(dash) = dash {
                attribute(out, "stroke-dasharray", dash);
            }
            out.push_str("/>");
        }
        Shape::Dot { x, y, r, fill } => {
            out.push_str(&format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\""));
            attribute(out, "fill", fill);
            out.push_str("/>");
        }
        Shape::Text { class, x, y, text, fill, size, bold, anchor, vertical } => {
            out.push_str(&format!("<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" text-anchor=\"{}\" dominant-baseline=\"central\"", anchor.svg()));
            attribute(out, "fill", fill);
            if *bold {
                out.push_str(" font-weight=\"bold\"");
            }
            if is_italic(class) {
                out.push_str(" font-style=\"italic\"");
            }
            if *vertical {
                out.push_str(&format!(" transform=\"rotate(-90 {x} {y})\""));
            }
            out.push('>');
            out.push_str(&escape(text));
            out.push_str("</text>");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::picture::Anchor;

    fn text(class: &'static str, text: &str, bold: bool) -> Shape {
        Shape::Text { class, x: 10.0, y: 20.5, text: text.into(), fill: "#1a1a1a".into(), size: 12.0, bold, anchor: Anchor::End, vertical: false }
    }

    #[test]
    fn every_shape_is_written_at_the_pictures_size() {
        let picture = Picture {
            width: 400.0,
            height: 300.0,
            shapes: vec![
                Shape::Path { class: "picture__line", d: "M0 0L10 10".into(), stroke: Some("#0a7".into()), fill: None, width: 2.0, dash: Some("8 4".into()) },
                Shape::Dot { x: 1.0, y: 2.0, r: 3.0, fill: "#123456".into() },
                text("picture__name", "Lens", true),
                text("picture__gap", "… 20 communes", false),
            ],
        };
        let svg = svg_document(&picture);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\" viewBox=\"0 0 400 300\" font-family=\"sans-serif\"><rect"));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains("<path d=\"M0 0L10 10\" fill=\"none\" stroke=\"#0a7\" stroke-width=\"2\" stroke-dasharray=\"8 4\"/>"), "{svg}");
        assert!(svg.contains("<circle cx=\"1\" cy=\"2\" r=\"3\" fill=\"#123456\"/>"));
        assert!(svg.contains("<text x=\"10\" y=\"20.5\" font-size=\"12\" text-anchor=\"end\" dominant-baseline=\"central\" fill=\"#1a1a1a\" font-weight=\"bold\">Lens</text>"), "{svg}");
        assert!(svg.contains("font-style=\"italic\">… 20 communes</text>"));
    }

    #[test]
    fn names_from_the_files_stay_text() {
        let picture = Picture { width: 10.0, height: 10.0, shapes: vec![text("picture__name", "<script>alert(1)</script> & \"co\"", false)] };
        let svg = svg_document(&picture);
        assert!(svg.contains(">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;</text>"), "{svg}");
        assert!(!svg.contains("<script"));
        let hostile = Picture { width: 10.0, height: 10.0, shapes: vec![Shape::Dot { x: 0.0, y: 0.0, r: 1.0, fill: "red\" onload=\"x".into() }] };
        assert!(svg_document(&hostile).contains("fill=\"red&quot; onload=&quot;x\""));
    }
}
