//! The application shell: header, the page chosen by the URL, footer.

use leptos::prelude::*;

use crate::pages::overview::Overview;
use crate::store::{Loaded, Store};

#[component]
pub fn App() -> impl IntoView {
    let store = Store::new();
    provide_context(store);
    view! {
        <header class="site-header">
            <p class="site-title">"En action"</p>
        </header>
        <main id="contenu" class="page">
            {move || match store.territory.get() {
                Loaded::Loading => view! { <p class="loading" role="status">"Chargement des données…"</p> }.into_any(),
                Loaded::Failed(f) => view! {
                    <div class="error-card" role="alert">
                        <h2>"Le fichier du territoire n'a pas pu être lu"</h2>
                        <ul>{f.problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </div>
                }.into_any(),
                Loaded::Ready(territory) => view! { <Overview territory=territory/> }.into_any(),
            }}
        </main>
    }
}
