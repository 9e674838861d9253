//! The actions' own page (`page=actions`) and their slide.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::actions::text;
use en_action_view::i18n::{self, data};
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
    let words = i18n::t().actions();
    move || match state.get() {
        None => view! { <p>{words.no_file}</p> }.into_any(),
        Some(Loaded::Loading) => view! { <p class="loading" role="status">{words.loading}</p> }.into_any(),
        Some(Loaded::Failed(failure)) => view! { <ErrorCard failure=failure title=words.error_title/> }.into_any(),
        Some(Loaded::Ready(actions)) => ready(actions).into_any(),
    }
}

/// `page=actions`: the summary, then the list with its filters.
#[component]
pub fn ActionsPage(territory: Arc<Territory>) -> impl IntoView {
    let state = actions_state(&territory);
    let words = i18n::t().actions();
    let body = with_actions(state, move |actions| {
        view! {
            <ActionsSummary territory=territory.clone() actions=actions.clone()/>
            <AddToDeck share=words.summary_title.to_owned()/>
            <ActionList territory=territory.clone() actions=actions/>
        }
    });
    view! {
        <nav class="breadcrumb" aria-label=i18n::t().common().breadcrumb>
            <ol>
                <li><Link to=ViewState::overview()>{i18n::t().shell().nav_overview}</Link></li>
                <li aria-current="page">{words.nav}</li>
            </ol>
        </nav>
        <h1 tabindex="-1">{words.summary_title}</h1>
        {body}
    }
}

/// A slide: the actions of the project (or of axis `axis`) by status, the chart and its table.
#[component]
pub fn ActionsSlide(territory: Arc<Territory>, axis: Option<String>, title: Option<String>) -> impl IntoView {
    let state = actions_state(&territory);
    let label = axis.as_ref().and_then(|a| territory.axis(a)).map(|a| data::axis_label(a).plain());
    let heading = title.unwrap_or_else(|| text::slide_title(label.as_deref()));
    view! {
        <h2 class="slide__title">{heading}</h2>
        <div class="slide__actions">
            {with_actions(state, move |actions| view! { <ActionsSummary territory=territory.clone() actions=actions on_slide=true/> })}
        </div>
    }
}
