//! The actions' own page (`page=actions`) and their slide.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::actions::text;
use en_action_view::url::ViewState;
use leptos::prelude::*;

use super::list::ActionList;
use super::summary::ActionsSummary;
use super::actions_state;
use crate::components::error_card::ErrorCard;
use crate::store::Loaded;
use en_action_core::actions::Actions;
use crate::components::add_to_deck::AddToDeck;
use crate::route::Link;

/// `ready` once the actions are read (the actions' own pages, full edition); else the loading text, the error card, or a sentence
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
