//! « Atelier des données »: staff check their files before publishing, see the dashboard with
//! them (the preview), and convert spreadsheet exports. Nothing leaves the browser.

use en_action_view::i18n::{self, fill};
use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::components::workbench::file_picker::FilePicker;
use crate::components::workbench::file_report::FileReportCard;
use crate::route::Route;
use crate::store::Store;
use crate::workbench::Workbench;

#[component]
pub fn WorkbenchPage() -> impl IntoView {
    let workbench = expect_context::<Workbench>();
    let store = expect_context::<Store>();
    let route = expect_context::<Route>();
    let entries = workbench.entries;
    let text = i18n::t().workbench();
    let status = move || {
        entries.with(|entries| {
            let pending = entries.iter().filter(|e| e.checked.is_none()).count();
            let errors: usize = entries.iter().filter_map(|e| e.checked.as_ref()).map(|c| c.report.errors).sum();
            match (entries.len(), pending) {
                (0, _) => String::new(),
                (_, 0) => fill(text.status_done, &[("files", &text.files_checked.of(entries.len())), ("errors", &text.errors.of(errors))]),
                (_, n) => fill(text.status_pending, &[("files", &text.files_left.of(n))]),
            }
        })
    };
    let has_json = move || entries.with(|e| e.iter().any(|e| e.checked.is_some() && e.kind != en_action_core::file_kind::FileKind::Csv));
    let show_preview = move |_| {
        if let Some(preview) = workbench.preview() {
            store.set_preview(Some(preview));
            route.go(ViewState::overview());
        }
    };
    view! {
        <div class="workbench">
            <h1>{text.title}</h1>
            <p class="workbench__intro">{text.intro}</p>
            <FilePicker/>
            <p class="workbench__status" role="status" aria-live="polite">{status}</p>
            <div class="workbench__files">
                <For each=move || entries.get() key=|e| (e.id, e.checked.is_some(), e.import.is_some()) let:entry>
                    <FileReportCard entry=entry/>
                </For>
            </div>
            <section class="workbench__preview" aria-labelledby="apercu-titre">
                <h2 id="apercu-titre">{text.preview}</h2>
                <p>{text.preview_lead}</p>
                <button type="button" class="button--primary" on:click=show_preview disabled=move || !has_json()>{text.preview_button}</button>
                {move || (!entries.with(Vec::is_empty)).then(|| view! {
                    <button type="button" class="button--quiet" on:click=move |_| workbench.clear()>{text.remove_all}</button>
                })}
            </section>
        </div>
    }
}
