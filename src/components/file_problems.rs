//! The files of the territory as they arrive: a loading status while some are on their way,
//! an error card for each file that failed, and the ready indicators of an axis.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::i18n::{self, fill};
use leptos::prelude::*;

use crate::components::error_card::ErrorCard;
use crate::store::{Computed, Failure, Loaded, Store};

/// Loading status and, unless `in_place` (the overview shows failures in their axis), error
/// cards for the indicator files (requests every file).
#[component]
pub fn FileProblems(territory: Arc<Territory>, #[prop(optional)] in_place: bool) -> impl IntoView {
    let store = expect_context::<Store>();
    let states = move || territory.indicators.iter().map(|f| store.indicator(&territory, f)).collect::<Vec<_>>();
    let states = Memo::new(move |_| states());
    let loading = move || {
        let (total, waiting) = states.with(|s| (s.len(), s.iter().filter(|l| matches!(l, Loaded::Loading)).count()));
        let status = fill(i18n::t().indicator().loading_progress, &[("done", &(total - waiting).to_string()), ("total", &total.to_string())]);
        (waiting > 0).then(|| view! { <p class="loading" role="status">{status}</p> })
    };
    let failures = move || {
        states.with(|s| {
            s.iter()
                .filter_map(|l| match l {
                    Loaded::Failed(f) if !in_place => Some(f.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div aria-live="polite">{loading}</div>
        <For each=failures key=|f| f.file.clone() let(failure)>
            <ErrorCard failure=failure title=i18n::t().indicator().file_failed/>
        </For>
    }
}

/// An indicator of an axis on the overview: ready, or failed and shown as unavailable.
#[derive(Clone, PartialEq)]
pub enum Slot {
    Ready(Arc<Computed>),
    Unavailable(Failure),
}

impl Slot {
    pub fn file(&self) -> &str {
        match self {
            Slot::Ready(c) => &c.file,
            Slot::Unavailable(f) => &f.file,
        }
    }
}

/// The indicators of `axis` (`None`: the failed ones whose axis cannot be told), ready or
/// failed, in the territory file's order. Reactive.
pub fn slots_on_axis(territory: &Arc<Territory>, axis: Option<&str>) -> Vec<Slot> {
    let store = expect_context::<Store>();
    territory
        .indicators
        .iter()
        .filter_map(|f| match store.indicator(territory, f) {
            Loaded::Ready(c) if Some(c.indicator.axis.as_str()) == axis => Some(Slot::Ready(c)),
            Loaded::Failed(failure) if failure.hint.axis.as_deref() == axis => Some(Slot::Unavailable(failure)),
            _ => None,
        })
        .collect()
}

/// The indicators of `axis` that are ready, in the territory file's order. Reactive.
pub fn ready_on_axis(territory: &Arc<Territory>, axis: &str) -> Vec<Arc<Computed>> {
    let store = expect_context::<Store>();
    territory
        .indicators
        .iter()
        .filter_map(|f| match store.indicator(territory, f) {
            Loaded::Ready(c) if c.indicator.axis == axis => Some(c),
            _ => None,
        })
        .collect()
}
