//! Under the header: « Hors ligne : données du … » while the network is away, and what
//! happened to the version (updated, or a new one ready to take).

use en_action_view::offline::offline_text;
use leptos::prelude::*;

use crate::offline::{Notice, Offline};

#[component]
pub fn OfflineNotice() -> impl IntoView {
    let offline = expect_context::<Offline>();
    view! {
        {move || (!offline.online.get()).then(|| view! {
            <p class="offline-notice" role="status">{offline_text(offline.stamp.get().as_deref())}</p>
        })}
        {move || offline.notice.get().map(|notice| match notice {
            Notice::Updated => view! {
                <p class="offline-notice offline-notice--updated" role="status">"Le tableau de bord a été mis à jour : nouvelle version installée."
                    <button type="button" on:click=move |_| offline.notice.set(None)>"Fermer"</button></p>
            }.into_any(),
            Notice::UpdateReady => view! {
                <p class="offline-notice" role="status">"Une nouvelle version du tableau de bord est prête."
                    <button type="button" on:click=move |_| offline.take_new_version()>"Recharger"</button></p>
            }.into_any(),
        })}
    }
}
