//! The help of the presentation (H or ?): its keys, and the other decks it can show.

use std::sync::Arc;

use en_action_core::check::id_of_file;
use en_action_core::territory::Territory;
use en_action_view::deck::keys;
use en_action_view::deck::file::{id_for, to_file};
use en_action_view::deck::query::{DeckSource, PresentationQuery};
use en_action_view::deck::DeckModel;
use en_action_view::i18n::{self, data, fill};
use leptos::prelude::*;

use super::controller::Presentation;

#[component]
pub fn Help(territory: Arc<Territory>, deck: Arc<DeckModel>, presentation: Presentation) -> impl IntoView {
    let close = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = close.get() {
            let _ = button.focus();
        }
    });
    let link = |source: DeckSource| {
        let theme = presentation.query.with_untracked(|q| q.theme);
        PresentationQuery { theme, ..PresentationQuery::of(source) }.to_query()
    };
    let text = i18n::t().presentation();
    let mut decks = vec![(link(DeckSource::Project), text.help_whole_project.to_owned())];
    decks.extend(territory.axes.iter().map(|a| (link(DeckSource::Axis(a.id.clone())), fill(text.axis_title, &[("label", &data::axis_label(a).plain())]))));
    decks.extend(territory.decks.iter().map(|f| (link(DeckSource::File(id_of_file(f).to_owned())), fill(text.help_file_deck, &[("id", id_of_file(f))]))));
    view! {
        <div class="presentation-dialog" role="dialog" aria-modal="true" aria-labelledby="aide-titre">
            <h2 id="aide-titre">{text.help_title}</h2>
            <div class="presentation-dialog__columns">
                <section aria-labelledby="aide-touches">
                    <h3 id="aide-touches">{text.help_keys_heading}</h3>
                    <dl class="keys">
                        {keys::help().iter().map(|(keys, what)| view! { <dt>{*keys}</dt><dd>{*what}</dd> }).collect_view()}
                        <dt>{text.help_key}</dt><dd>{text.help_key_does}</dd>
                    </dl>
                </section>
                <section aria-labelledby="aide-jeux">
                    <h3 id="aide-jeux">{text.help_other_decks}</h3>
                    <ul>{decks.into_iter().map(|(href, label)| view! { <li><a href=href rel="external">{label}</a></li> }).collect_view()}</ul>
                    <p>{text.help_kiosk}</p>
                    <button type="button" on:click=move |_| {
                        let id = id_for(&deck.title);
                        crate::download::text(&format!("{id}.json"), "application/json", &to_file(&deck, &id));
                    }>{text.help_download}</button>
                    <p class="presentation-dialog__hint">{text.help_download_hint}</p>
                </section>
            </div>
            <button type="button" node_ref=close on:click=move |_| presentation.help.set(false)>{text.close}</button>
        </div>
    }
}
