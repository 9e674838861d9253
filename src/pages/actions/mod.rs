//! The project's actions: the summary by status and axis with the searchable list
//! (`page=actions`), one action (`page=action`), and the sections that other pages show
//! (`sections`). The actions file is read only when one of these views needs it; a file that
//! fails shows a located error card here, and nothing elsewhere.

mod action;
mod list;
pub mod sections;
mod summary;

use std::sync::Arc;

use en_action_core::actions::Actions;
use en_action_core::territory::Territory;
use en_action_view::actions::text;
use en_action_view::url::ViewState;
use leptos::prelude::*;

pub use action::ActionPage;
pub use summary::ActionsSummary;

use crate::components::add_to_deck::AddToDeck;
use crate::components::error_card::ErrorCard;
use crate::route::Link;
use crate::store::{Loaded, Store};
use list::ActionList;

/// The actions file's state (`None`: the territory lists none); asks the store for it.
pub fn actions_state(territory: &Arc<Territory>) -> Memo<Option<Loaded<Arc<Actions>>>> {
    let store = expect_context::<Store>();
    let t = territory.clone();
    Memo::new(move |_| store.actions(&t))
}

/// `ready` once the actions are read; else the loading text, the error card, or a sentence
/// saying that the dashboard publishes no actions.
pub fn with_actions<V: IntoView + 'static>(state: Memo<Option<Loaded<Arc<Actions>>>>, ready: impl Fn(Arc<Actions>) -> V + Send + Sync + 'static) -> impl IntoView {
    move || match state.get() {
        None => view! { <p>{text::NO_FILE}</p> }.into_any(),
        Some(Loaded::Loading) => view! { <p class="loading" role="status">{text::LOADING}</p> }.into_any(),
        Some(Loaded::Failed(failure)) => view! { <ErrorCard failure=failure title=text::ERROR_TITLE/> }.into_any(),
        Some(Loaded::Ready(actions)) => ready(actions).into_any(),
    }
}

/// `page=actions`: the summary, then the list with its filters.
#[component]
pub fn ActionsPage(territory: Arc<Territory>) -> impl IntoView {
    let state = actions_state(&territory);
    let body = with_actions(state, move |actions| {
        view! {
            <ActionsSummary territory=territory.clone() actions=actions.clone()/>
            <AddToDeck share=text::SUMMARY_TITLE.to_owned()/>
            <ActionList territory=territory.clone() actions=actions/>
        }
    });
    view! {
        <nav class="breadcrumb" aria-label="Fil d'Ariane">
            <ol>
                <li><Link to=ViewState::overview()>"Vue d'ensemble"</Link></li>
                <li aria-current="page">{text::NAV}</li>
            </ol>
        </nav>
        <h1 tabindex="-1">{text::SUMMARY_TITLE}</h1>
        {body}
    }
}

/// A slide: the actions of the project (or of axis `axis`) by status, the chart and its table.
#[component]
pub fn ActionsSlide(territory: Arc<Territory>, axis: Option<String>, title: Option<String>) -> impl IntoView {
    let state = actions_state(&territory);
    let label = axis.as_ref().and_then(|a| territory.axis(a)).map(|a| a.label.clone());
    let heading = title.unwrap_or_else(|| text::slide_title(label.as_deref()));
    view! {
        <h2 class="slide__title">{heading}</h2>
        <div class="slide__actions">
            {with_actions(state, move |actions| view! { <ActionsSummary territory=territory.clone() actions=actions on_slide=true/> })}
        </div>
    }
}
