//! The static shell of `index.html` (every `[data-shell]` element: painted before the
//! WebAssembly runs), removed when the app mounts. Some of its elements are kept on the
//! screen instead of drawn anew ([`crate::shell_intro`], [`crate::shell_indicator`]).

/// Removes the static shell, in the same task as the mount, so the browser never paints a page
/// without header; the elements kept are taken out of it first.
pub fn remove() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    crate::shell_intro::keep(&document);
    crate::shell_indicator::keep(&document);
    let Ok(nodes) = document.query_selector_all("[data-shell]") else { return };
    for i in 0..nodes.length() {
        if let Some(node) = nodes.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
}

/// Takes the element of `selector` out of the shell, to keep it.
pub fn take(document: &web_sys::Document, selector: &str) -> Option<web_sys::Element> {
    let element = document.query_selector(selector).ok()??;
    element.remove();
    Some(element)
}

/// Puts a kept `element` first in `main` (where it is already: nothing moves).
pub fn put_first(main: &web_sys::Element, element: &web_sys::Element) {
    if main.first_child().as_ref() != Some(element.as_ref()) {
        let _ = main.insert_before(element, main.first_child().as_ref());
    }
}
