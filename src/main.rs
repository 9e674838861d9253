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
mod workbench;
mod worker;
mod worker_api;

fn main() {
    console_error_panic_hook::set_once();
    // In the workbench's Web Worker, this bundle only serves `worker_api`: no page to mount.
    if web_sys::window().is_none() {
        return;
    }
    leptos::mount::mount_to_body(app::App);
}
