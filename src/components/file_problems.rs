//! The files of the territory as they arrive: a loading status while some are on their way,
//! an error card for each file that failed, and the ready indicators of an axis.

use std::sync::Arc;

use en_action_core::territory::Territory;
use leptos::prelude::*;

use crate::components::error_card::ErrorCard;
use crate::store::{Computed, Loaded, Store};

/// Loading status and error cards for the indicator files (requests every file).
#[component]
pub fn FileProblems(territory: Arc<Territory>) -> impl IntoView {
    let store = expect_context::<Store>();
    let states = move || territory.indicators.iter().map(|f| store.indicator(&territory, f)).collect::<Vec<_>>();
    let states = Memo::new(move |_| states());
    let loading = move || {
        let (total, waiting) = states.with(|s| (s.len(), s.iter().filter(|l| matches!(l, Loaded::Loading)).count()));
        (waiting > 0).then(|| view! { <p class="loading" role="status">{format!("Chargement des indicateurs : {} sur {total}…", total - waiting)}</p> })
    };
    let failures = move || {
        states.with(|s| {
            s.iter()
                .filter_map(|l| match l {
                    Loaded::Failed(f) => Some(f.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div aria-live="polite">{loading}</div>
        <For each=failures key=|f| f.file.clone() let(failure)>
            <ErrorCard failure=failure title="Un indicateur n'a pas pu être affiché"/>
        </For>
    }
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
