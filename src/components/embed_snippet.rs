//! « Intégrer ce graphique »: the `<iframe>` code of the view shown, to copy into another
//! site.

use en_action_view::embed::iframe_snippet;
use en_action_view::i18n;
use en_action_view::url::ViewState;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::route::Route;

#[component]
pub fn EmbedSnippet(title: String) -> impl IntoView {
    let words = i18n::t().commune();
    let route = expect_context::<Route>();
    let code = Memo::new(move |_| {
        let query = route.state.with(|s| ViewState { embed: true, ..s.clone() }.to_query());
        let location = window().location();
        let url = format!("{}{}{query}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
        iframe_snippet(&url, &title)
    });
    let said = RwSignal::new("");
    let copy = move |_| {
        let text = code.get_untracked();
        leptos::task::spawn_local(async move {
            let copied = JsFuture::from(window().navigator().clipboard().write_text(&text)).await.is_ok();
            said.set(if copied { words.share_embed_copied } else { words.share_embed_refused });
        });
    };
    view! {
        <details class="embed-snippet">
            <summary>{words.share_embed_summary}</summary>
            <label for="code-integration">{words.share_embed_label}</label>
            <textarea id="code-integration" readonly rows="4" prop:value=move || code.get()></textarea>
            <button type="button" on:click=copy>{words.share_embed_copy}</button>
            <span role="status">{move || said.get()}</span>
        </details>
    }
}
