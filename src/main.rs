//! En action: the indicator dashboard of the territory, a client-side Leptos app.

mod app;
mod components;
mod echarts;
mod pages;
mod store;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
