//! Converting a dropped CSV into an indicator file: the indicator it updates is chosen from the
//! published ones (its metadata is kept), the result is checked, added to the workbench and
//! offered for download.

use std::sync::Arc;

use en_action_core::check::id_of_file;
use leptos::prelude::*;

use super::problem_group::ProblemGroupView;
use crate::download;
use crate::store::{Loaded, Store};
use super::short_form::ShortFormFields;
use crate::workbench::{Entry, Template, Workbench};
use en_action_view::i18n::{self, fill};
use en_action_view::workbench::form::ShortForm;
use en_action_view::i18n::around;

/// The option of the template list that opens the short form.
const NEW: &str = "nouveau";

#[component]
pub fn CsvImport(entry: Entry) -> impl IntoView {
    let workbench = expect_context::<Workbench>();
    let store = expect_context::<Store>();
    let paths: Vec<String> = match store.territory.get_untracked() {
        Loaded::Ready(t) => t.indicators.iter().map(|p| p.as_str().to_owned()).collect(),
        _ => Vec::new(),
    };
    // The indicator whose id begins the CSV's name (« no2-2024.csv » → no2), if any.
    let stem = entry.name.rsplit('/').next().unwrap_or(&entry.name).to_lowercase();
    let guess = paths.iter().filter(|p| stem.starts_with(id_of_file(p))).max_by_key(|p| id_of_file(p).len()).cloned();
    let template = RwSignal::new(guess.unwrap_or_default());
    let select_id = format!("modele-{}", entry.id);
    let id = entry.id;
    let form = RwSignal::new(ShortForm { aggregation: "sum".into(), higher_is_better: true, licence: "Licence Ouverte 2.0".into(), decimals: 1, ..ShortForm::default() });
    let convert = move |_| match template.get_untracked().as_str() {
        "" => {}
        NEW => workbench.import(id, Template::Form(form.get_untracked())),
        chosen => workbench.import(id, Template::Published(chosen.to_owned())),
    };
    let prefix = format!("nouveau-{}", entry.id);
    let source = Arc::new(String::from_utf8_lossy(&entry.bytes).into_owned());
    let text = i18n::t().workbench();
    let result = entry.import.clone().map(|result| {
        let made = result.file.clone();
        view! {
            <div class="csv-import__result" role="status">
                {match made {
                    Some((name, json)) => view! {
                        <p>{fill(text.csv_converted, &[("name", &name)])}</p>
                        <button type="button" on:click=move |_| download::text(&name, "application/json", &json)>{fill(text.csv_download, &[("name", &name)])}</button>
                    }.into_any(),
                    None => view! { <p>{fill(text.csv_failed, &[("summary", &result.report.summary())])}</p> }.into_any(),
                }}
                {(!result.report.notes.is_empty()).then(|| {
                    // The core's notes, in French.
                    let (before, after) = around(text.csv_read, "notes");
                    view! { <p>{before}<span lang="fr">{result.report.notes.join(", ")}</span>{after}</p> }
                })}
                {result.report.groups.clone().into_iter().map(|g| view! { <ProblemGroupView group=g source=source.clone()/> }).collect_view()}
            </div>
        }
    });
    view! {
        <div class="csv-import">
            <label for=select_id.clone()>{text.csv_template}</label>
            <select id=select_id on:change=move |ev| template.set(event_target_value(&ev)) prop:value=template>
                <option value="">{text.csv_choose}</option>
                {paths.into_iter().map(|p| view! { <option value=p.clone()>{p.clone()}</option> }).collect_view()}
                <option value=NEW>{text.csv_new}</option>
            </select>
            {move || (template.get() == NEW).then(|| view! { <ShortFormFields form=form prefix=prefix.clone()/> })}
            <button type="button" on:click=convert>{text.csv_convert}</button>
            {result}
        </div>
    }
}
