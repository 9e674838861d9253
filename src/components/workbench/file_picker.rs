//! Files in: a file input (several at once), a drop zone around it, and pasted text. Files
//! are read in the browser; beyond the size cap they are not read at all.

use en_action_core::limits::MAX_FILE_BYTES;
use en_action_view::format::bytes;
use en_action_view::i18n::{self, fill};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, FileList};

use crate::workbench::Workbench;

#[component]
pub fn FilePicker() -> impl IntoView {
    let workbench = expect_context::<Workbench>();
    let input = NodeRef::<leptos::html::Input>::new();
    let over = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<String>::new());
    let on_change = move |_| {
        if let Some(input) = input.get() {
            if let Some(files) = input.files() {
                add_files(workbench, &files, refused);
            }
            input.set_value("");
        }
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        over.set(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            add_files(workbench, &files, refused);
        }
    };
    let on_dragover = move |ev: DragEvent| {
        ev.prevent_default();
        over.set(true);
    };
    let text = i18n::t().workbench();
    view! {
        <div class="drop-zone" class:drop-zone--over=over on:dragover=on_dragover on:dragleave=move |_| over.set(false) on:drop=on_drop>
            <label for="atelier-fichiers" class="drop-zone__button">{text.choose_files}</label>
            <input id="atelier-fichiers" class="visually-hidden" type="file" multiple accept=".json,.csv,.tsv,.txt,application/json,text/csv" node_ref=input on:change=on_change/>
            <p class="drop-zone__hint">{text.drop_hint}</p>
            {move || {
                let refused = refused.get();
                (!refused.is_empty()).then(|| view! {
                    <ul class="drop-zone__refused" role="alert">{refused.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                })
            }}
        </div>
        <PastedText/>
    }
}

/// Reads each file and adds it to the workbench.
fn add_files(workbench: Workbench, files: &FileList, refused: RwSignal<Vec<String>>) {
    refused.set(Vec::new());
    let text = i18n::t().workbench();
    for file in (0..files.length()).filter_map(|i| files.get(i)) {
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            refused.update(|r| r.push(fill(text.too_big, &[("name", &name), ("size", &bytes(file.size() as u64)), ("limit", &bytes(MAX_FILE_BYTES))])));
            continue;
        }
        spawn_local(async move {
            match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => workbench.add(name, js_sys::Uint8Array::new(&buffer).to_vec()),
                Err(_) => refused.update(|r| r.push(fill(text.unreadable, &[("name", &name)]))),
            }
        });
    }
}

/// Text pasted from an editor or a spreadsheet, checked under a file name.
#[component]
fn PastedText() -> impl IntoView {
    let workbench = expect_context::<Workbench>();
    let text = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let check = move |_| {
        let content = text.get_untracked();
        if content.trim().is_empty() {
            return;
        }
        let given = name.get_untracked().trim().to_owned();
        let default = if content.trim_start().starts_with('{') { "texte-colle.json" } else { "texte-colle.csv" };
        workbench.add(if given.is_empty() { default.to_owned() } else { given }, content.into_bytes());
    };
    let labels = i18n::t().workbench();
    view! {
        <details class="pasted">
            <summary>{labels.paste}</summary>
            <label for="atelier-nom">{labels.paste_name}</label>
            <input id="atelier-nom" type="text" prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
            <label for="atelier-texte">{labels.paste_content}</label>
            <textarea id="atelier-texte" rows="8" spellcheck="false" prop:value=text on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <button type="button" on:click=check>{labels.paste_check}</button>
        </details>
    }
}
