//! « Partager » and « Ajouter à la présentation »: any view of the dashboard can be shared as
//! a link, and becomes a slide of « Ma présentation », kept in this browser (local storage)
//! and opened as a deck carried in a link, which can be sent to others as it is.

use en_action_view::deck::mine::{add, from_storage, to_storage};
use en_action_view::deck::query::inline_link;
use en_action_view::i18n::{self, fill};
use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::components::share::ShareButton;
use crate::route::Route;

/// Where « Ma présentation » is kept.
const STORAGE_KEY: &str = "en-action.ma-presentation";

/// The reader's own deck, shared through context.
#[derive(Clone, Copy)]
pub struct MyDeck {
    pub views: RwSignal<Vec<ViewState>>,
}

impl MyDeck {
    /// Reads the deck kept in this browser (none when storage is refused).
    pub fn load() -> MyDeck {
        let text = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).unwrap_or_default();
        MyDeck { views: RwSignal::new(from_storage(&text)) }
    }

    fn save(self) {
        if let Some(s) = storage() {
            let _ = s.set_item(STORAGE_KEY, &self.views.with_untracked(|v| to_storage(v)));
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The button and, once the deck has slides, the link to present them.
#[component]
pub fn AddToDeck(
    /// Also offers « Partager » for the view, titled so.
    #[prop(optional, into)]
    share: Option<String>,
) -> impl IntoView {
    let text = i18n::t().commune();
    let route = expect_context::<Route>();
    let deck = expect_context::<MyDeck>();
    let said = RwSignal::new(String::new());
    let on_add = move |_| {
        let view = route.state.get_untracked();
        let added = deck.views.try_update(|v| add(v, view)).unwrap_or(false);
        deck.save();
        let count = deck.views.with_untracked(Vec::len);
        said.set(if added { fill(text.share_added, &[("n", &count.to_string())]) } else { text.share_already_last.to_owned() });
    };
    let on_clear = move |_| {
        deck.views.set(Vec::new());
        deck.save();
        said.set(text.share_emptied.to_owned());
    };
    let count = move || deck.views.with(Vec::len);
    view! {
        <div class="deck-tools">
            {share.map(|title| view! { <ShareButton title=title/> })}
            <button type="button" on:click=on_add>{text.share_add}</button>
            {move || (count() > 0).then(|| view! {
                <a href=move || deck.views.with(|v| inline_link(v))>{move || fill(text.share_my_deck, &[("n", &count().to_string())])}</a>
                <button type="button" class="deck-tools__clear" on:click=on_clear>{text.share_clear}</button>
            })}
            <span class="deck-tools__said" role="status">{move || said.get()}</span>
        </div>
    }
}
