//! The chart as an image that can travel alone (a slide, a report, a social post): the
//! chart at a fixed size, framed by its title and finding above, and below its unit, source,
//! licence, date of the data, the illustrative notice when it applies, and where it comes
//! from. Written as one SVG document (downloaded as is, or drawn on a canvas for PNG).

use crate::i18n::{self, fill};
use crate::markup::escape;

/// Width of the exported image, in pixels.
pub const EXPORT_WIDTH: u32 = 1200;
/// Height of the chart inside it.
pub const CHART_HEIGHT: u32 = 560;
const MARGIN: u32 = 32;
/// The chart's width inside the framed image (its margins left out).
pub const CHART_WIDTH: u32 = EXPORT_WIDTH - 2 * MARGIN;
const TITLE_PX: u32 = 28;
const FINDING_PX: u32 = 18;
const NOTE_PX: u32 = 14;
/// An average character of the export's sans-serif font, in ems.
const CHAR_EM: f64 = 0.52;

/// What frames the chart.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportMeta {
    pub title: String,
    pub finding: String,
    pub unit: String,
    pub source: String,
    pub licence: String,
    /// « 15 novembre 2026 ».
    pub retrieved: String,
    pub illustrative: bool,
    /// « Tableau de bord « En action », CA de Lens-Liévin ».
    pub made_by: String,
}

/// The framed image: an SVG document of [`EXPORT_WIDTH`] × the returned height, holding the
/// chart (an SVG data URL drawn at [`EXPORT_WIDTH`] − margins × [`CHART_HEIGHT`]).
pub fn framed_svg(chart_url: &str, meta: &ExportMeta) -> (String, u32) {
    let inner = CHART_WIDTH;
    let mut body = String::new();
    let mut y = MARGIN;
    for line in wrap(&meta.title, inner, TITLE_PX) {
        y += TITLE_PX;
        body.push_str(&text(MARGIN, y, TITLE_PX, "700", "#1a1a1a", &line));
        y += 6;
    }
    y += 4;
    for line in wrap(&meta.finding, inner, FINDING_PX) {
        y += FINDING_PX + 4;
        body.push_str(&text(MARGIN, y, FINDING_PX, "400", "#1a1a1a", &line));
    }
    y += 16;
    body.push_str(&format!(
        "<image x=\"{MARGIN}\" y=\"{y}\" width=\"{inner}\" height=\"{CHART_HEIGHT}\" href=\"{}\"/>",
        escape(chart_url)
    ));
    y += CHART_HEIGHT + 8;
    let words = i18n::t().commune();
    let mut notes = vec![
        fill(words.file_image_unit, &[("unit", &meta.unit)]),
        fill(words.file_image_source, &[("source", &meta.source), ("licence", &meta.licence), ("retrieved", &meta.retrieved)]),
    ];
    if meta.illustrative {
        notes.push(words.file_image_illustrative.to_owned());
    }
    notes.push(meta.made_by.clone());
    for note in notes {
        for line in wrap(&note, inner, NOTE_PX) {
            y += NOTE_PX + 5;
            body.push_str(&text(MARGIN, y, NOTE_PX, "400", "#333333", &line));
        }
    }
    let height = y + MARGIN;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{EXPORT_WIDTH}\" height=\"{height}\" viewBox=\"0 0 {EXPORT_WIDTH} {height}\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{body}</svg>"
    );
    (svg, height)
}

fn text(x: u32, y: u32, px: u32, weight: &str, colour: &str, content: &str) -> String {
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-family=\"system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif\" font-size=\"{px}\" font-weight=\"{weight}\" fill=\"{colour}\">{}</text>",
        escape(content)
    )
}

/// `text` in lines of at most `width` pixels at `px`, cut between words.
fn wrap(text: &str, width: u32, px: u32) -> Vec<String> {
    let per_line = ((f64::from(width) / (f64::from(px) * CHAR_EM)).floor() as usize).max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > per_line {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(illustrative: bool) -> ExportMeta {
        ExportMeta {
            title: "Taux de chômage des 15-64 ans".into(),
            finding: "Taux de chômage des 15-64 ans, CALL : 14,8 % en 2023, en baisse de 4,0 points depuis 2015 (18,8 %), une évolution favorable.".into(),
            unit: "%".into(),
            source: "INSEE, recensement de la population".into(),
            licence: "Licence Ouverte / Etalab 2.0".into(),
            retrieved: "15 novembre 2026".into(),
            illustrative,
            made_by: "Tableau de bord « En action », CA de Lens-Liévin".into(),
        }
    }

    #[test]
    fn the_chart_framed_by_everything_it_needs_to_travel_alone() {
        let (svg, height) = framed_svg("data:image/svg+xml;charset=UTF-8,%3Csvg%3E", &meta(true));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\""), "{svg}");
        for part in ["Taux de chômage des 15-64 ans</text>", "en baisse de 4,0 points", "Unité : %", "Source : INSEE, recensement de la population ; licence : Licence Ouverte / Etalab 2.0 ; données récupérées le 15 novembre 2026.", "Données illustratives", "« En action »"] {
            assert!(svg.contains(part), "{part} in {svg}");
        }
        assert!(svg.contains("href=\"data:image/svg+xml;charset=UTF-8,%3Csvg%3E\""));
        assert!(svg.contains(&format!("height=\"{height}\"")));
        // Title (1 line), finding (2 lines at 18 px: 125 characters), chart, 4 notes.
        assert!(height > CHART_HEIGHT + 200 && height < CHART_HEIGHT + 330, "{height}");
        let (plain, _) = framed_svg("x", &meta(false));
        assert!(!plain.contains("Données illustratives"));
    }

    #[test]
    fn the_notes_in_english() {
        let (svg, _) = i18n::with_lang(i18n::Lang::En, || framed_svg("c", &meta(true)));
        for part in ["Unit: %", "Source: INSEE, recensement de la population; licence: Licence Ouverte / Etalab 2.0; data retrieved on 15 novembre 2026.", "Illustrative data: they show how the dashboard works"] {
            assert!(svg.contains(part), "{part} in {svg}");
        }
    }

    #[test]
    fn the_layout_in_pixels() {
        // Title at 32 + 28 = 60; 6 + 4 below it; the finding's two lines at 92 and 114 (18 px
        // + 4); 16 below, the chart at 130, 1136 × 560; 8 below it, four notes every 19 px
        // (14 + 5) from 717 to 774; 32 of margin: 806.
        let (svg, height) = framed_svg("c", &meta(true));
        for part in ["<text x=\"32\" y=\"60\"", "y=\"92\"", "y=\"114\"", "<image x=\"32\" y=\"130\" width=\"1136\" height=\"560\"", "y=\"717\"", "y=\"736\"", "y=\"755\"", "y=\"774\""] {
            assert!(svg.contains(part), "{part} in {svg}");
        }
        assert_eq!(height, 806);
    }

    #[test]
    fn a_line_holds_exactly_what_fits() {
        // 73 px at 14 px: 73 / 7,28 = 10 characters a line.
        assert_eq!(wrap("abcd efghi", 73, 14), ["abcd efghi"]);
        assert_eq!(wrap("abcd efghij", 73, 14), ["abcd", "efghij"]);
    }

    #[test]
    fn text_is_escaped_and_wrapped_between_words() {
        let hostile = ExportMeta { title: "<script>alert(\"x\")</script> & co\u{7}".into(), ..meta(false) };
        let (svg, _) = framed_svg("\"><script>", &hostile);
        assert!(!svg.contains("<script>"), "{svg}");
        assert!(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</text>"), "{svg}");
        assert!(!svg.chars().any(char::is_control));
        // 1136 px at 14 px: 156 characters a line.
        let lines = wrap(&"mot ".repeat(100), 1136, 14);
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines.iter().all(|l| l.chars().count() <= 156 && !l.ends_with(' ')));
        assert_eq!(wrap("", 100, 14), Vec::<String>::new());
        assert_eq!(wrap("anticonstitutionnellement", 10, 14), vec!["anticonstitutionnellement"], "a long word is kept whole");
    }
}
