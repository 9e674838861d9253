//! The overview's heading and introduction, taken from the static shell of `index.html` and
//! kept by the app instead of made anew: the shell paints them before the WebAssembly runs,
//! and the same elements stay on the screen (the browser counts a new element, or one first
//! painted half-read, as a later "largest paint" when the app mounts; Lighthouse then times
//! the page's largest paint after the WebAssembly). In the page on the overview only
//! ([`show`]; the style sheet shows it under `html[data-accueil]`, which the boot script sets
//! on the overview's first view). The texts are the catalogue's (`shell.overview_title`,
//! `shell.overview_lead`: a native test holds the shell to them).

use std::cell::RefCell;

use crate::static_shell;

thread_local! {
    static INTRO: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Takes the shell's introduction out of the static shell (before the shell is removed).
pub fn keep(document: &web_sys::Document) {
    INTRO.with(|i| *i.borrow_mut() = static_shell::take(document, ".shell-intro"));
}

/// Whether the shell's introduction was kept (else the app makes its own).
pub fn kept() -> bool {
    INTRO.with(|i| i.borrow().is_some())
}

/// Puts the kept introduction first in `main` (on the overview), or takes it out of the page
/// (elsewhere).
pub fn show(main: &web_sys::Element, on: bool) {
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.toggle_attribute_with_force("data-accueil", on);
    }
    INTRO.with(|i| {
        let Some(intro) = i.borrow().clone() else { return };
        if !on {
            intro.remove();
        } else {
            static_shell::put_first(main, &intro);
        }
    });
}
