//! The help of the presentation (H or ?): its keys, and the other decks it can show.

use std::sync::Arc;

use en_action_core::check::id_of_file;
use en_action_core::territory::Territory;
use en_action_view::deck::keys::HELP;
use en_action_view::deck::file::{id_for, to_file};
use en_action_view::deck::query::{DeckSource, PresentationQuery};
use en_action_view::deck::DeckModel;
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
    let mut decks = vec![(link(DeckSource::Project), "Tout le projet".to_owned())];
    decks.extend(territory.axes.iter().map(|a| (link(DeckSource::Axis(a.id.clone())), format!("Axe « {} »", a.label))));
    decks.extend(territory.decks.iter().map(|f| (link(DeckSource::File(id_of_file(f).to_owned())), format!("Présentation « {} »", id_of_file(f)))));
    view! {
        <div class="presentation-dialog" role="dialog" aria-modal="true" aria-labelledby="aide-titre">
            <h2 id="aide-titre">"Présenter"</h2>
            <div class="presentation-dialog__columns">
                <section aria-labelledby="aide-touches">
                    <h3 id="aide-touches">"Touches"</h3>
                    <dl class="keys">
                        {HELP.iter().map(|(keys, what)| view! { <dt>{*keys}</dt><dd>{*what}</dd> }).collect_view()}
                        <dt>"H ou ?"</dt><dd>"cette aide"</dd>
                    </dl>
                </section>
                <section aria-labelledby="aide-jeux">
                    <h3 id="aide-jeux">"Autres présentations"</h3>
                    <ul>{decks.into_iter().map(|(href, label)| view! { <li><a href=href rel="external">{label}</a></li> }).collect_view()}</ul>
                    <p>"Pour un affichage en continu, ajoutez « &auto=20 » au lien (20 secondes par diapositive)."</p>
                    <button type="button" on:click=move |_| {
                        let id = id_for(&deck.title);
                        crate::download::text(&format!("{id}.json"), "application/json", &to_file(&deck, &id));
                    }>"Télécharger cette présentation"</button>
                    <p class="presentation-dialog__hint">"Le fichier se dépose dans le dossier « indicators/decks » ; ajoutez son chemin à la liste « decks » du fichier du territoire, puis vérifiez-le dans l'atelier des données."</p>
                </section>
            </div>
            <button type="button" node_ref=close on:click=move |_| presentation.help.set(false)>"Fermer"</button>
        </div>
    }
}
