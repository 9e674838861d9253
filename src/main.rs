//! The first-view edition of the dashboard: the overview, indicator, commune and embedded
//! pages (see `src/lib.rs` and `edition`). Loaded by `index.html` for those pages.

fn main() {
    en_action_app::start();
}
