//! A text of a data file in the page's language (`view::i18n::data`): when it is shown in
//! French on an English page, it is tagged `lang="fr"` and followed by « (in French) ».

use en_action_view::i18n::data::Localised;
use leptos::prelude::*;

#[component]
pub fn LocalisedText(text: Localised) -> impl IntoView {
    if text.in_french {
        let marker = en_action_view::i18n::t().common().in_french;
        view! { <span lang="fr">{text.text}</span>" "<span class="in-french">"("{marker}")"</span> }.into_any()
    } else {
        text.text.into_any()
    }
}
