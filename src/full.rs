//! The full edition of the dashboard (feature `full`): every page, with the presentation, the
//! data workbench and the actions' own pages (see `src/lib.rs` and `edition`). Loaded by
//! `index.html` for those pages, and by the workbench's Web Worker.

fn main() {
    en_action_app::start();
}
