//! The four views of the indicator page and what they share.

mod change_table;
mod data_table;
mod downloads;
mod map;
mod rank_table;
mod ranking;
mod trend;

pub use change_table::ChangeTableView;
pub use map::MapView;
pub use ranking::RankingView;
pub use trend::TrendView;

/// Whether the reader asked the system for reduced motion (charts then do not animate).
pub fn prefers_reduced_motion() -> bool {
    leptos::prelude::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// The width of the window in CSS pixels.
pub fn window_width() -> f64 {
    leptos::prelude::window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1280.0)
}

/// Whether the window is a phone's (below 640 px, following its resizes; never on a slide):
/// a trend's names go to a legend, a ranking's value axis has fewer ticks.
pub fn narrow_screen(presenting: bool) -> leptos::prelude::Memo<bool> {
    use leptos::prelude::*;
    const NARROW_PX: f64 = 640.0;
    let width = RwSignal::new(window_width());
    let resize = window_event_listener(leptos::ev::resize, move |_| width.set(window_width()));
    on_cleanup(move || resize.remove());
    Memo::new(move |_| !presenting && width.get() < NARROW_PX)
}

/// The title with the measure's qualifier: « Logements commencés, pour 1 000 habitants ».
pub fn qualified_title(title: &str, measure: &en_action_view::lines::Measure) -> String {
    match &measure.qualifier {
        Some(q) => format!("{title}, {q}"),
        None => title.to_owned(),
    }
}

/// How the page's numbers are written in chart axes and tooltips.
pub fn number_format(model: leptos::prelude::Memo<crate::pages::indicator::PageModel>) -> leptos::prelude::Signal<crate::echarts::NumberFormat> {
    use leptos::prelude::*;
    Signal::derive(move || model.with(|m| crate::echarts::NumberFormat { decimals: m.measure.decimals, unit: m.measure.unit.clone() }))
}
