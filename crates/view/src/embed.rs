//! The `<iframe>` code offered under each indicator (« Intégrer ce graphique »), for other
//! sites (a commune's website, an article) to show the chart in the embed layout.

use crate::markup::escape;

/// Height of the frame, in pixels: the chart, its finding and the link fit.
pub const FRAME_HEIGHT: u32 = 520;

/// The HTML of a frame showing `url` (already the embed layout's link), titled `title`.
pub fn iframe_snippet(url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{FRAME_HEIGHT}\" style=\"border:0\" loading=\"lazy\"></iframe>",
        escape(url),
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_with_its_title_escaped() {
        assert_eq!(
            iframe_snippet("https://exemple.fr/en-action/?v=1&page=indicateur&id=no2&integrer=1", "Dioxyde d'azote (NO₂) dans l'air"),
            "<iframe src=\"https://exemple.fr/en-action/?v=1&amp;page=indicateur&amp;id=no2&amp;integrer=1\" title=\"Dioxyde d'azote (NO₂) dans l'air\" width=\"100%\" height=\"520\" style=\"border:0\" loading=\"lazy\"></iframe>"
        );
        let hostile = iframe_snippet("https://x/?a=\"><script>", "\"><script>alert(1)</script>\u{7}");
        assert!(!hostile.contains("<script>"), "{hostile}");
        assert_eq!(hostile.matches('"').count(), 12, "only the snippet's own quotes: {hostile}");
        assert!(!hostile.chars().any(char::is_control), "no control character: {hostile:?}");
    }
}
