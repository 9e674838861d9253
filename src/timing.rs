//! User Timing marks (`performance.mark`) at the steps of a page's first view: the
//! benchmarks (`scripts/bench/`) and the browser's performance panel read them to tell where
//! the time to the first chart goes. Names start with `en-action:`.

/// Marks `step` now (nothing when the browser has no performance timeline).
pub fn mark(step: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(&format!("en-action:{step}"));
    }
}
