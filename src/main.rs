//! En action: the indicator dashboard of the territory, a client-side Leptos app.
//! Data files are fetched at run time, validated and computed by the core crate; the view
//! crate turns them into what each page shows; the components here only render it.

mod app;
mod components;
mod download;
mod echarts;
mod fetch;
mod offline;
mod pages;
mod route;
mod store;
mod task_queue;
mod workbench;
mod worker;
mod worker_api;

fn main() {
    console_error_panic_hook::set_once();
    // In the workbench's Web Worker, this bundle only serves `worker_api`: no page to mount.
    if web_sys::window().is_none() {
        return;
    }
    remove_static_shell();
    leptos::mount::mount_to_body(app::App);
}

/// Removes the static shell of `index.html` (every `[data-shell]` element), in the same task as
/// the mount, so the browser never paints a page without header.
fn remove_static_shell() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(nodes) = document.query_selector_all("[data-shell]") else { return };
    for i in 0..nodes.length() {
        if let Some(node) = nodes.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
}
