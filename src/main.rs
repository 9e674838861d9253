//! En action: the indicator dashboard of the territory, a client-side Leptos app.
//! Data files are fetched at run time, validated and computed by the core crate; the view
//! crate turns them into what each page shows; the components here only render it.

mod app;
mod components;
mod download;
mod echarts;
mod fetch;
mod pages;
mod route;
mod store;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
