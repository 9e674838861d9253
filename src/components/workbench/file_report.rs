//! A file on the workbench: its name and kind, the summary line and how long the check took,
//! what was detected, then its problems grouped by kind (errors first).

use std::sync::Arc;

use en_action_core::file_kind::FileKind;
use en_action_view::format::number;
use en_action_view::i18n::{self, fill};
use leptos::prelude::*;

use super::csv_import::CsvImport;
use super::problem_group::ProblemGroupView;
use crate::workbench::{Entry, Workbench};

#[component]
pub fn FileReportCard(entry: Entry) -> impl IntoView {
    let workbench = expect_context::<Workbench>();
    let id = entry.id;
    let name = entry.name.clone();
    let text = i18n::t().workbench();
    let body = match entry.checked.clone() {
        None => view! { <p class="file-report__status" role="status">{text.checking}</p> }.into_any(),
        Some(checked) => {
            let report = checked.report.clone();
            let source = Arc::new(String::from_utf8_lossy(&entry.bytes).into_owned());
            let took = entry.millis.map(|ms| format!(" · {}", fill(text.checked_in, &[("seconds", &number(ms / 1000.0, 2))]))).unwrap_or_default();
            let verdict = match (report.kind, report.errors) {
                (FileKind::Csv, _) => text.verdict_convert,
                (_, 0) => text.verdict_ready,
                _ => text.verdict_fix,
            };
            let is_csv = report.kind == FileKind::Csv;
            let advice = report.advice();
            view! {
                <p class="file-report__summary">
                    <span class="file-report__verdict">{verdict}</span>
                    {format!("{} · {}{took}", report.kind_label(), report.summary())}
                </p>
                {(advice.is_some() || !report.notes.is_empty()).then(|| view! {
                    <ul class="file-report__notes">
                        {advice.map(|a| view! { <li>{a}</li> })}
                        {report.notes.iter().map(|n| view! { <li lang="fr">{n.clone()}</li> }).collect_view()}
                    </ul>
                })}
                {report.groups.into_iter().map(|g| view! { <ProblemGroupView group=g source=source.clone()/> }).collect_view()}
                {is_csv.then(|| view! { <CsvImport entry=entry.clone()/> })}
            }
            .into_any()
        }
    };
    view! {
        <article class="file-report" aria-label=fill(text.file_label, &[("name", &name)])>
            <header class="file-report__header">
                <h2>{name.clone()}</h2>
                <button type="button" class="button--quiet" on:click=move |_| workbench.remove(id)>{text.remove}</button>
            </header>
            {body}
        </article>
    }
}
