//! Under the header: « Hors ligne : données du … » while the network is away, and what
//! happened to the version (updated, or a new one ready to take).

use en_action_view::i18n;
use en_action_view::offline::offline_text;
use leptos::prelude::*;

use crate::offline::{Notice, Offline};

#[component]
pub fn OfflineNotice() -> impl IntoView {
    let text = i18n::t().commune();
    let offline = expect_context::<Offline>();
    view! {
        {move || (!offline.online.get()).then(|| view! {
            <p class="offline-notice" role="status">{offline_text(offline.stamp.get().as_deref())}</p>
        })}
        {move || offline.notice.get().map(|notice| match notice {
            Notice::Updated => view! {
                <p class="offline-notice offline-notice--updated" role="status">{text.offline_updated}
                    <button type="button" on:click=move |_| offline.notice.set(None)>{text.offline_close}</button></p>
            }.into_any(),
            Notice::UpdateReady => view! {
                <p class="offline-notice" role="status">{text.offline_update_ready}
                    <button type="button" on:click=move |_| offline.take_new_version()>{text.offline_reload}</button></p>
            }.into_any(),
        })}
    }
}
