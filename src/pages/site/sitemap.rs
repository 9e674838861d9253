//! `page=plan-du-site`: every page of the dashboard, once the indicator files are read (their
//! titles and axes come from them; an unreadable file is listed by its id).

use std::sync::Arc;

use en_action_core::check::id_of_file;
use en_action_core::territory::Territory;
use en_action_view::site::sitemap::{document, IndicatorEntry};
use leptos::prelude::*;

use crate::store::{Loaded, Store};

#[component]
pub fn Sitemap(territory: Arc<Territory>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = territory.clone();
    // None while a file is on its way.
    let entries = Memo::new(move |_| {
        t.indicators
            .iter()
            .map(|file| {
                let file = file.as_str();
                let id = id_of_file(file).to_owned();
                match store.indicator(&t, file) {
                    Loaded::Loading => None,
                    Loaded::Ready(c) => Some(IndicatorEntry { id, title: Some(c.indicator.title.clone()), axis: Some(c.indicator.axis.clone()) }),
                    Loaded::Failed(f) => Some(IndicatorEntry { id, title: f.hint.title.clone(), axis: f.hint.axis.clone() }),
                }
            })
            .collect::<Option<Vec<_>>>()
    });
    move || match entries.get() {
        Some(entries) => super::render(document(&territory, &entries)).into_any(),
        None => view! {
            <h1 tabindex="-1">{en_action_view::site::sitemap::TITLE}</h1>
            <p class="loading" role="status">"Chargement des indicateurs…"</p>
        }
        .into_any(),
    }
}
