//! The embed layout (`?v=1&page=indicateur&id=…&integrer=1`), for an `<iframe>` on another
//! site: the chart and its finding, the source, and a link to the full view; no header, no
//! footer, no controls. The chart fills the frame's height.

use std::sync::Arc;

use en_action_core::check::id_of_file;
use en_action_core::territory::Territory;
use en_action_view::i18n::{self, data, fill};
use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::components::error_card::ErrorCard;
use crate::components::localised::LocalisedText;
use crate::pages::indicator::{page_model, ViewBody};
use crate::route::Route;
use crate::store::{Loaded, Store};

#[component]
pub fn EmbedPage(territory: Arc<Territory>) -> impl IntoView {
    let text = i18n::t().commune();
    let store = expect_context::<Store>();
    let route = expect_context::<Route>();
    let id = route.state.with_untracked(|s| s.indicator.clone().unwrap_or_default());
    let file = territory.indicators.iter().find(|f| id_of_file(f) == id).cloned();
    let t = territory.clone();
    let state = Memo::new(move |_| file.as_ref().map(|f| store.indicator(&t, f)));
    // The full view, in a new tab: the same state without the embed layout.
    let full = move || {
        let query = route.state.with(|s| ViewState { embed: false, ..s.clone() }.to_query());
        let location = window().location();
        format!("{}{}{query}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
    };
    let body = move || match state.get() {
        None => view! { <p class="embed__missing">{fill(text.share_embed_missing, &[("id", &id)])}</p> }.into_any(),
        Some(Loaded::Loading) => view! { <p class="loading" role="status">{text.share_embed_loading}</p> }.into_any(),
        Some(Loaded::Failed(failure)) => view! { <ErrorCard failure=failure title=text.share_embed_failed/> }.into_any(),
        Some(Loaded::Ready(computed)) => {
            let ind = &computed.indicator;
            let model = page_model(route, territory.clone(), computed.clone());
            view! {
                <h1 class="embed__title"><LocalisedText text=data::title(ind)/>
                    {ind.illustrative.then(|| view! { " " <span class="badge badge--illustrative">{text.share_embed_illustrative}</span> })}</h1>
                <ViewBody territory=territory.clone() computed=computed.clone() model=model/>
                <p class="embed__source">{fill(text.share_embed_source, &[("source", &ind.source.name)])}</p>
            }
            .into_any()
        }
    };
    view! {
        <div class="embed__body">{body}</div>
        <p class="embed__link"><a href=full target="_blank" rel="noopener">{text.share_embed_full_view}</a></p>
    }
}
