//! The banner over every page while the dashboard shows the workbench's files: which files, a
//! way back to the workbench, and a way out to the published data.

use en_action_view::i18n::{self, fill};
use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::route::Link;
use crate::store::Store;

#[component]
pub fn PreviewBanner() -> impl IntoView {
    let store = expect_context::<Store>();
    let text = i18n::t().workbench();
    move || {
        store.preview.get().map(|preview| {
            let mut names: Vec<String> = preview.files.keys().cloned().collect();
            names.sort();
            view! {
                <div class="preview-banner" role="region" aria-label=text.preview>
                    <p>
                        <strong>{text.banner_title}</strong>
                        " "{fill(text.banner_text, &[("files", &names.join(", "))])}
                    </p>
                    <p class="preview-banner__actions">
                        <Link to=ViewState::workbench()>{text.back_to_workbench}</Link>
                        <button type="button" on:click=move |_| store.set_preview(None)>{text.leave_preview}</button>
                    </p>
                </div>
            }
        })
    }
}
