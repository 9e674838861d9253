//! `page=plan-du-site`: every page of the dashboard, once the indicator files are read (their
//! titles and axes come from them; an unreadable file is listed by its id).

use std::sync::Arc;

use en_action_core::check::id_of_file;
use en_action_core::territory::Territory;
use en_action_view::i18n::{self, data};
use en_action_view::site::{self, sitemap::{document, IndicatorEntry}};
use en_action_view::url::Page;
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
                    Loaded::Ready(c) => Some(IndicatorEntry { id, title: Some(data::title(&c.indicator).plain()), axis: Some(c.indicator.axis.clone()) }),
                    // A file that fails gives only its French title.
                    Loaded::Failed(f) => Some(IndicatorEntry { id, title: f.hint.title.as_deref().map(|t| data::pick(t, None).plain()), axis: f.hint.axis.clone() }),
                }
            })
            // Collected before the `Option`: every file is asked for at once, not one by one.
            .collect::<Vec<_>>()
            .into_iter()
            .collect::<Option<Vec<_>>>()
    });
    move || match entries.get() {
        Some(entries) => super::render(document(&territory, &entries)).into_any(),
        None => view! {
            <h1 tabindex="-1">{site::title(Page::Sitemap)}</h1>
            <p class="loading" role="status">{i18n::t().site().map_loading}</p>
        }
        .into_any(),
    }
}
