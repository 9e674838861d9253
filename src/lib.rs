//! En action: the indicator dashboard of the territory, a client-side Leptos app.
//! Data files are fetched at run time, validated and computed by the core crate; the view
//! crate turns them into what each page shows; the components here only render it.
//!
//! Two editions are built from these sources (see [`edition`]): the first-view one
//! (`src/main.rs`: overview, indicator, commune and embedded pages) and the full one
//! (`src/full.rs`, feature `full`: also the presentation, the data workbench and the actions'
//! own pages). `index.html`'s boot script loads the one the page needs.

mod app;
mod components;
pub mod edition;
mod download;
mod echarts;
mod fetch;
mod language;
mod offline;
mod pages;
mod route;
mod shell_indicator;
mod shell_intro;
mod static_shell;
mod store;
mod task_queue;
mod timing;
#[cfg(feature = "full")]
mod workbench;
#[cfg(feature = "full")]
mod worker;
#[cfg(feature = "full")]
mod worker_api;

/// Mounts the app (or, in the workbench's Web Worker, does nothing: the bundle there only
/// serves `worker_api`).
pub fn start() {
    use wasm_bindgen::JsCast;
    console_error_panic_hook::set_once();
    timing::mark("start");
    // In the workbench's Web Worker, this bundle only serves `worker_api`: no page to mount.
    if web_sys::window().is_none() {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    // The boot script starts the bundle from <head>: the shell may not be parsed yet.
    if document.ready_state() == "loading" {
        let mount = wasm_bindgen::closure::Closure::once_into_js(after_next_paint);
        let _ = document.add_event_listener_with_callback("DOMContentLoaded", mount.unchecked_ref());
    } else {
        after_next_paint();
    }
}

/// Mounts once the page read whole has been painted (a frame, then a task), or after
/// [`PAINT_WAIT_MS`] if no frame comes (a hidden tab): the static shell's introduction, shown
/// once the page is read (`shell_intro`), is painted before the app takes it.
fn after_next_paint() {
    use std::cell::Cell;
    use std::rc::Rc;
    use std::time::Duration;
    use wasm_bindgen::JsCast;
    let once = Rc::new(Cell::new(true));
    let run = move || {
        if once.replace(false) {
            mount();
        }
    };
    let after_frame = run.clone();
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || leptos::prelude::set_timeout(after_frame, Duration::ZERO));
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(frame.unchecked_ref());
    }
    leptos::prelude::set_timeout(run, Duration::from_millis(PAINT_WAIT_MS));
}

/// How long the mount waits for a frame at most.
const PAINT_WAIT_MS: u64 = 100;

fn mount() {
    language::choose();
    static_shell::remove();
    leptos::mount::mount_to_body(app::App);
    timing::mark("mounted");
}

