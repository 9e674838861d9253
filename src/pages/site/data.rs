//! `page=donnees`: the populations' source, then each indicator file's source, licence and
//! aggregation rule, read through the store like the other pages (a failed file shows its
//! problems in its place).

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::i18n;
use en_action_view::site::data::{document, failed_title, indicator_section};
use leptos::prelude::*;

use crate::components::error_card::ErrorCard;
use crate::store::{Loaded, Store};

#[component]
pub fn AboutData(territory: Arc<Territory>) -> impl IntoView {
    let store = expect_context::<Store>();
    let words = i18n::t().site();
    let files = territory.indicators.iter().map(|file| {
        let (file, t) = (file.as_str().to_owned(), territory.clone());
        move || match store.indicator(&t, &file) {
            Loaded::Loading => view! { <p class="loading" role="status">{words.data_loading}</p> }.into_any(),
            Loaded::Failed(failure) => {
                let title = failed_title(&failure.file);
                view! { <ErrorCard failure=failure title=title/> }.into_any()
            }
            Loaded::Ready(c) => super::section(indicator_section(&c.indicator, &c.file, &t), 3),
        }
    });
    view! {
        {super::render(document(&territory))}
        <section class="site-section">
            <h2 id="indicateurs">{words.data_indicators_heading}</h2>
            {files.collect_view()}
        </section>
    }
}
