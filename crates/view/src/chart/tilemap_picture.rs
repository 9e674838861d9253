//! The tile map as a [`Picture`], drawn by the page when the reader turns to the map (or opens
//! it first) before ECharts is there, as the trend and the ranking are. It shows what
//! [`super::tilemap::tilemap_option`] shows, laid out as ECharts lays out its heatmap: a cell
//! per tile inside the 2 px margin, white borders that make the gaps, highlighted tiles last
//! with their dark frame, each name centred in the colour that contrasts with its tile, tiles
//! without a value grey and hatched (their name on a plain box).

use super::picture::{name_width, px, rectangle, Anchor, Picture, Shape};
use super::tilemap::{TileMapSpec, GAP, HIGHLIGHT_BORDER, MARGIN, MISSING_LABEL_PADDING};
use crate::classes::{text_colour_on, DARK_TEXT, HATCH_COLOUR, MISSING_COLOUR};

/// The hatching of tiles without a value (the option's decal): lines 2 px thick every 6 px,
/// rising to the right.
const HATCH_WIDTH: f64 = 2.0;
const HATCH_PERIOD: f64 = 6.0;
/// A line of text's height for its size (ECharts' default line height).
const LINE_HEIGHT: f64 = 1.2;

/// The picture of `spec` in a box of `width` × `height` pixels; `None` when there is no tile.
pub fn tilemap_picture(spec: &TileMapSpec, width: f64, height: f64) -> Option<Picture> {
    if spec.tiles.is_empty() || width <= 0.0 || height <= 0.0 {
        return None;
    }
    let (cols, rows) = spec.size();
    let margin = f64::from(MARGIN);
    let cell = ((width - 2.0 * margin) / f64::from(cols), (height - 2.0 * margin) / f64::from(rows));
    let (fit, names) = spec.names(spec.tile_px_at(width));
    let mut shapes = Vec::new();
    let mut texts = Vec::new();
    for i in spec.drawing_order() {
        let tile = &spec.tiles[i];
        let (class, colour) = spec.class_colour(tile);
        let highlighted = spec.is_highlighted(tile);
        let (x0, y0) = (margin + f64::from(tile.col) * cell.0, margin + f64::from(tile.row) * cell.1);
        let (x1, y1) = (x0 + cell.0, y0 + cell.1);
        let (stroke, border) = if highlighted { (DARK_TEXT, HIGHLIGHT_BORDER) } else { ("#ffffff", GAP) };
        shapes.push(rect("picture__tile", (x0, y0, x1, y1), Some(colour), Some((stroke, border))));
        if class.is_none() {
            let inset = border / 2.0;
            shapes.push(hatching((x0 + inset, y0 + inset, x1 - inset, y1 - inset)));
        }
        let name = &names[i];
        if name.is_empty() {
            continue;
        }
        let centre = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        if class.is_none() {
            // A plain box keeps the name clear of the hatching.
            let [vertical, horizontal] = MISSING_LABEL_PADDING.map(f64::from);
            let half_width = name_width(name, fit.font_size) / 2.0 + horizontal;
            let half_height = fit.font_size * LINE_HEIGHT / 2.0 + vertical;
            texts.push(rect("picture__label-box", (centre.0 - half_width, centre.1 - half_height, centre.0 + half_width, centre.1 + half_height), Some(MISSING_COLOUR), None));
        }
        texts.push(Shape::Text {
            class: "picture__tile-name",
            x: px(centre.0),
            y: px(centre.1),
            text: name.clone(),
            fill: text_colour_on(colour).to_owned(),
            size: fit.font_size,
            bold: highlighted,
            anchor: Anchor::Middle,
            vertical: false,
        });
    }
    // Names over every tile: a highlighted tile's frame never covers a neighbour's name.
    shapes.extend(texts);
    Some(Picture { width, height, shapes })
}

/// A rectangle from (x0, y0) to (x1, y1), filled and stroked as asked.
fn rect(class: &'static str, (x0, y0, x1, y1): (f64, f64, f64, f64), fill: Option<&str>, stroke: Option<(&str, f64)>) -> Shape {
    Shape::Path {
        class,
        d: rectangle((x0, y0), (x1, y1)),
        stroke: stroke.map(|(colour, _)| colour.to_owned()),
        fill: fill.map(str::to_owned),
        width: stroke.map_or(0.0, |(_, width)| width),
        dash: None,
    }
}

/// Lines rising to the right across the box (x0, y0)-(x1, y1), cut at its edges: on the
/// lines x + y = c, one every [`HATCH_PERIOD`] pixels apart.
fn hatching((x0, y0, x1, y1): (f64, f64, f64, f64)) -> Shape {
    let step = HATCH_PERIOD * std::f64::consts::SQRT_2;
    let mut d = String::new();
    let mut c = x0 + y0 + step / 2.0;
    while c < x1 + y1 {
        // Where x + y = c enters the box (lowest x) and leaves it (highest x).
        let (from_x, to_x) = ((c - y1).max(x0), (c - y0).min(x1));
        if to_x > from_x {
            d.push_str(&format!("M{} {}L{} {}", px(from_x), px(c - from_x), px(to_x), px(c - to_x)));
        }
        c += step;
    }
    Shape::Path { class: "picture__hatch", d, stroke: Some(HATCH_COLOUR.to_owned()), fill: None, width: HATCH_WIDTH, dash: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::tilemap::tests::spec;
    use crate::classes::{LIGHT_TEXT, RAMP};

    fn tiles(picture: &Picture) -> Vec<(&str, &str, Option<&str>, f64)> {
        picture
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Path { class: "picture__tile", d, fill, stroke, width, .. } => Some((d.as_str(), fill.as_deref().unwrap_or(""), stroke.as_deref(), *width)),
                _ => None,
            })
            .collect()
    }

    fn names(picture: &Picture) -> Vec<(&str, &str, bool, f64, f64)> {
        picture
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, fill, bold, x, y, .. } => Some((text.as_str(), fill.as_str(), *bold, *x, *y)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_cell_per_tile_inside_the_margin_highlighted_last() {
        // 2 × 2 tiles in 404 × 404: cells of 200 px from 2 px.
        let picture = tilemap_picture(&spec(), 404.0, 404.0).unwrap();
        let tiles = tiles(&picture);
        assert_eq!(tiles.len(), 4);
        // Lens (col 1, row 0, highlighted) drawn last, framed dark and thick.
        assert_eq!(tiles[3], ("M202 2H402V202H202Z", RAMP[4], Some(DARK_TEXT), HIGHLIGHT_BORDER));
        // Liévin (col 0, row 1): white gaps.
        assert!(tiles.contains(&("M2 202H202V402H2Z", RAMP[2], Some("#ffffff"), GAP)));
    }

    #[test]
    fn names_centred_in_contrast_bold_when_highlighted() {
        let picture = tilemap_picture(&spec(), 404.0, 404.0).unwrap();
        let names = names(&picture);
        assert!(names.contains(&("Lens", LIGHT_TEXT, true, 302.0, 102.0)), "{names:?}");
        assert!(names.contains(&("Avion", DARK_TEXT, false, 302.0, 302.0)));
        // Names come after every tile: no frame covers one.
        let last_tile = picture.shapes.iter().rposition(|s| matches!(s, Shape::Path { class: "picture__tile", .. })).unwrap();
        let first_name = picture.shapes.iter().position(|s| matches!(s, Shape::Text { .. })).unwrap();
        assert!(first_name > last_tile);
        // The same names as the option at this width: cut when tiles are small, none when tiny.
        let small = tilemap_picture(&spec(), 124.0, 124.0).unwrap();
        assert!(self::names(&small).iter().any(|n| n.0 == "Sains"));
        assert!(self::names(&tilemap_picture(&spec(), 40.0, 40.0).unwrap()).is_empty());
    }

    #[test]
    fn missing_values_are_grey_hatched_inside_the_tile_their_name_on_a_plain_box() {
        let picture = tilemap_picture(&spec(), 404.0, 404.0).unwrap();
        // Sains-en-Gohelle (col 0, row 0) has no value.
        assert!(tiles(&picture).contains(&("M2 2H202V202H2Z", MISSING_COLOUR, Some("#ffffff"), GAP)));
        let hatch = picture.shapes.iter().find_map(|s| match s {
            Shape::Path { class: "picture__hatch", d, stroke, width, .. } => Some((d.clone(), stroke.clone(), *width)),
            _ => None,
        });
        let (d, stroke, width) = hatch.expect("a hatching");
        assert_eq!((stroke.as_deref(), width), (Some(HATCH_COLOUR), HATCH_WIDTH));
        let numbers: Vec<f64> = d.split(|c: char| c == 'M' || c == 'L' || c == ' ').filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect();
        // Lines about 8.5 px apart along the diagonal: some 45 across a 197 px square …
        assert!((40..=50).contains(&(numbers.len() / 4)), "{} lines", numbers.len() / 4);
        // … within the tile, inside its white border.
        assert!(numbers.iter().all(|&v| (3.5..=200.5).contains(&v)), "{numbers:?}");
        let label_box = picture.shapes.iter().any(|s| matches!(s, Shape::Path { class: "picture__label-box", fill: Some(f), .. } if f == MISSING_COLOUR));
        assert!(label_box);
        assert!(names(&picture).contains(&("Sains-en-Gohelle", DARK_TEXT, false, 102.0, 102.0)));
    }

    #[test]
    fn nothing_without_tiles() {
        assert_eq!(tilemap_picture(&TileMapSpec::default(), 400.0, 400.0), None);
        assert_eq!(tilemap_picture(&spec(), 0.0, 0.0), None);
    }
}
