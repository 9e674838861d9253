//! The page's language, chosen once before the app mounts (`lang=` in the URL, then the
//! preference saved by the switch, then the browser's languages: `view::i18n::choose`), and
//! the switch in the header, which saves the other language and loads the page in it.

use en_action_view::i18n::{self, Choice, Lang, Source};
use en_action_view::url::{lang_param, ViewState};
use leptos::prelude::*;

use crate::route::Route;

/// The key of the saved preference in `localStorage` (also read by `index.html`'s boot script).
const SAVED: &str = "en-action-langue";

/// Chooses the language of this page load and writes it into `<html lang>`.
pub fn choose() {
    let Some(window) = web_sys::window() else { return };
    let url = lang_param(&window.location().search().unwrap_or_default());
    let saved = window.local_storage().ok().flatten().and_then(|s| s.get_item(SAVED).ok().flatten());
    let browser: Vec<String> = window.navigator().languages().iter().filter_map(|l| l.as_string()).collect();
    let choice = i18n::choose(url.as_deref(), saved.as_deref(), &browser);
    i18n::set(choice);
    // (The tab's title is index.html's, set in English by its boot script.)
    if let Some(html) = window.document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", choice.lang.code());
    }
}

/// The link to the page in the other language: saves that language as the preference, then
/// loads the page (the language is chosen once per load).
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let route = expect_context::<Route>();
    let other = i18n::lang().other();
    let href = move || route.state.with(|s| query_in(s, other));
    let save = move |_| {
        if let Some(storage) = window().local_storage().ok().flatten() {
            let _ = storage.set_item(SAVED, other.code());
        }
    };
    view! {
        <a class="language-switch" href=href lang=other.code() hreflang=other.code()
            aria-label=i18n::t().shell().switch_language on:click=save>
            {other.own_name()}
        </a>
    }
}

/// The query of `state` with `lang=` naming `lang` (explicitly, even French: the link must
/// show that language whatever the browser says).
fn query_in(state: &ViewState, lang: Lang) -> String {
    let before = i18n::choice();
    i18n::set(Choice { lang, source: Source::Url });
    let query = state.to_query();
    i18n::set(before);
    query
}
