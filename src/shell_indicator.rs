//! An indicator page's breadcrumb and heading, drawn by `index.html`'s boot script from the
//! data files before the WebAssembly came (the page's largest paint), and kept on the screen
//! until the page draws its own in the same place and the same frame: the heading never
//! blinks out while the app starts and reads the files. Gone for good once the page is drawn,
//! failed, or left.

use std::cell::RefCell;

use crate::static_shell;

thread_local! {
    static HEADER: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Takes the drawn header out of the static shell (before the shell is removed).
pub fn keep(document: &web_sys::Document) {
    HEADER.with(|h| *h.borrow_mut() = static_shell::take(document, ".shell-indicator"));
}

/// Puts the kept header first in `main` if it is the header of indicator `id` (else drops it).
pub fn show(main: &web_sys::Element, id: Option<&str>) {
    match HEADER.with(|h| h.borrow().clone()) {
        Some(header) if header.get_attribute("data-indicator").as_deref() == id => static_shell::put_first(main, &header),
        _ => drop_header(),
    }
}

/// Removes the kept header from the page, for good (the page draws its own, or another page).
pub fn drop_header() {
    if let Some(header) = HEADER.with(|h| h.borrow_mut().take()) {
        header.remove();
    }
}
