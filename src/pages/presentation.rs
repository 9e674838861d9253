//! The presentation page (`?v=1&page=presentation&…`, parameters in
//! `en_action_view::deck::query`): the deck the link names, on the projector or in the
//! presenter view.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_core::check::id_of_file;
use en_action_view::deck::query::{DeckSource, PresentationQuery};
use en_action_view::i18n::{self, fill};
use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::components::error_card::ErrorCard;
use crate::components::presentation::controller::Presentation;
use crate::components::presentation::deck_source::deck_of;
use crate::components::presentation::presenter::Presenter;
use crate::components::presentation::stage::Stage;
use crate::store::Loaded;

#[component]
pub fn PresentationPage(territory: Arc<Territory>) -> impl IntoView {
    let query = PresentationQuery::from_query(&window().location().search().unwrap_or_default());
    let presenter = query.presenter;
    // The deck file's path, for « Préparer la présentation hors ligne ».
    let deck_file = match &query.source {
        DeckSource::File(id) => territory.decks.iter().find(|f| id_of_file(f) == id.as_str()).map(|f| f.as_str().to_owned()),
        _ => None,
    };
    let source = deck_of(territory.clone(), query.source.clone());
    // Rebuilt only when the deck itself changes, not when another file arrives.
    let deck = Memo::new(move |_| source.get());
    let presentation = Presentation::new(query);
    let text = i18n::t().presentation();
    move || match deck.get() {
        Loaded::Loading => view! { <p class="loading presentation-loading" role="status">{text.preparing}</p> }.into_any(),
        Loaded::Failed(failure) => view! {
            <div class="presentation-failed">
                <h1 tabindex="-1">{text.unavailable}</h1>
                <ErrorCard failure=failure title=text.failed/>
                <p><a href=PresentationQuery::of(DeckSource::Project).to_query()>{text.present_project}</a>" · "<a href=ViewState::overview().to_query()>{text.back_to_dashboard}</a></p>
            </div>
        }
        .into_any(),
        Loaded::Ready(deck) => {
            presentation.set_count(deck.slides.len());
            document().set_title(&fill(text.tab_title, &[("title", &deck.title)]));
            if presenter {
                view! { <Presenter territory=territory.clone() deck=deck presentation=presentation/> }.into_any()
            } else {
                view! { <Stage territory=territory.clone() deck=deck deck_file=deck_file.clone() presentation=presentation/> }.into_any()
            }
        }
    }
}
