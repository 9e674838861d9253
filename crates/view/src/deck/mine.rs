//! « Ma présentation »: the views a reader added with « Ajouter à la présentation », kept in
//! the browser between visits (one view's query per line) and shown as a deck carried in a
//! link ([`super::query::inline_link`]).

use en_action_core::deck::MAX_SLIDES;

use crate::url::{Page, ViewState};

/// The views as stored: one query per line.
pub fn to_storage(views: &[ViewState]) -> String {
    views.iter().map(ViewState::to_query).collect::<Vec<_>>().join("\n")
}

/// The views stored in `text`: lines that are not a view of the dashboard are dropped, and
/// at most [`MAX_SLIDES`] are kept.
pub fn from_storage(text: &str) -> Vec<ViewState> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('?'))
        .map(ViewState::from_query)
        .filter(is_slide)
        .take(MAX_SLIDES)
        .collect()
}

/// Whether `view` can be a slide (the home page, an axis, an indicator, a commune or the
/// actions summary).
pub fn is_slide(view: &ViewState) -> bool {
    matches!(view.page, Page::Overview | Page::Indicator | Page::Commune | Page::Actions)
}

/// Adds `view` at the end, unless it is already the last slide or the deck is full.
/// Returns whether it was added.
pub fn add(views: &mut Vec<ViewState>, view: ViewState) -> bool {
    if !is_slide(&view) || views.last() == Some(&view) || views.len() >= MAX_SLIDES {
        return false;
    }
    views.push(view);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::IndicatorView;

    #[test]
    fn stored_views_read_back() {
        let views = vec![ViewState::indicator("chomage").with_view(IndicatorView::Map), ViewState::commune("62510"), ViewState::axis("bouger")];
        let text = to_storage(&views);
        assert_eq!(text, "?v=1&page=indicateur&id=chomage&vue=carte\n?v=1&page=commune&communes=62510\n?v=1&axe=bouger");
        assert_eq!(from_storage(&text), views);
        assert_eq!(from_storage("n'importe quoi\n?v=1&page=atelier\n\n  ?v=1&page=commune&communes=62510  "), vec![ViewState::commune("62510")]);
        assert_eq!(from_storage(&"?v=1\n".repeat(MAX_SLIDES + 3)).len(), MAX_SLIDES);
    }

    #[test]
    fn adding_a_view() {
        let mut views = Vec::new();
        assert!(add(&mut views, ViewState::indicator("no2")));
        assert!(!add(&mut views, ViewState::indicator("no2")), "not twice in a row");
        assert!(add(&mut views, ViewState::overview()));
        assert!(add(&mut views, ViewState::indicator("no2")), "again later");
        assert!(!add(&mut views, ViewState::workbench()), "the workbench is not a slide");
        assert_eq!(views.len(), 3);
        let mut full = vec![ViewState::overview(); MAX_SLIDES];
        assert!(!add(&mut full, ViewState::commune("62510")));
    }
}
