//! « Préparer la présentation hors ligne »: keeps on this device the files of this deck, or
//! all the data, with the progress and the total size, and says when it is done.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::deck::files::{all_files, deck_files};
use en_action_view::deck::DeckModel;
use en_action_view::i18n::{self, fill};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::controller::Presentation;
use crate::offline::prepare::{prepare, Preparing};

#[component]
pub fn PrepareOffline(territory: Arc<Territory>, deck: Arc<DeckModel>, deck_file: Option<String>, presentation: Presentation) -> impl IntoView {
    let state = RwSignal::new(Preparing::Idle);
    let mine = deck_files(&territory, &deck, deck_file.as_deref());
    let all = all_files(&territory);
    let start = move |paths: Vec<String>| {
        if !matches!(state.get_untracked(), Preparing::Running { .. }) {
            spawn_local(prepare(paths, state));
        }
    };
    let (mine_count, all_count) = (mine.len(), all.len());
    let close = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = close.get() {
            let _ = button.focus();
        }
    });
    let running = move || matches!(state.get(), Preparing::Running { .. });
    let labels = i18n::t().presentation();
    view! {
        <div class="presentation-dialog" role="dialog" aria-modal="true" aria-labelledby="hors-ligne-titre">
            <h2 id="hors-ligne-titre">{labels.prepare_title}</h2>
            <p>{labels.prepare_lead}</p>
            <div class="presentation-dialog__actions">
                <button type="button" disabled=running on:click={let m = mine.clone(); move |_| start(m.clone())}>
                    {fill(labels.prepare_deck_files, &[("n", &mine_count.to_string())])}</button>
                <button type="button" disabled=running on:click={let a = all.clone(); move |_| start(a.clone())}>
                    {fill(labels.prepare_all_files, &[("n", &all_count.to_string())])}</button>
            </div>
            {move || match state.get() {
                Preparing::Idle => ().into_any(),
                Preparing::Running { text, done, total } => view! {
                    <progress class="prepare__bar" max=total.to_string() value=done.to_string() aria-label=labels.prepare_progress></progress>
                    <p role="status">{text}</p>
                }.into_any(),
                Preparing::Done(text) => view! { <p role="status" class="prepare__done">{text}</p> }.into_any(),
                Preparing::Failed(text) => view! { <p role="alert" class="error-card">{text}</p> }.into_any(),
            }}
            <div class="presentation-dialog__actions">
                <button type="button" node_ref=close on:click=move |_| presentation.preparing.set(false)>{labels.close}</button>
            </div>
        </div>
    }
}
