//! The banner over every page while the dashboard shows the workbench's files: which files, a
//! way back to the workbench, and a way out to the published data.

use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::route::Link;
use crate::store::Store;

#[component]
pub fn PreviewBanner() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        store.preview.get().map(|preview| {
            let mut names: Vec<String> = preview.files.keys().cloned().collect();
            names.sort();
            view! {
                <div class="preview-banner" role="region" aria-label="Aperçu">
                    <p>
                        <strong>"Aperçu : fichiers non publiés"</strong>
                        " — ce tableau de bord montre vos fichiers, dans cet onglet seulement : "
                        {names.join(", ")}
                    </p>
                    <p class="preview-banner__actions">
                        <Link to=ViewState::workbench()>"Retour à l'atelier"</Link>
                        <button type="button" on:click=move |_| store.set_preview(None)>"Quitter l'aperçu"</button>
                    </p>
                </div>
            }
        })
    }
}
