//! One group of problems: its headline, the first few with their place and the source line
//! under a caret, and the full list one click away (built only when opened).

use std::sync::Arc;

use en_action_view::workbench::excerpt::Source;
use en_action_view::workbench::report::{Item, ProblemGroup};
use leptos::prelude::*;

/// Problems shown in full (with their source line) before the « Voir les N problèmes » list.
const SHOWN: usize = 3;

#[component]
pub fn ProblemGroupView(group: ProblemGroup, source: Arc<String>) -> impl IntoView {
    let n = group.items.len();
    let single = n == 1;
    let lines = Source::new(&source);
    let shown: Vec<_> = group
        .items
        .iter()
        .take(SHOWN)
        .map(|item| {
            let excerpt = item.line.zip(item.column).and_then(|(l, c)| lines.excerpt(l, c)).map(|e| e.render());
            view! {
                <li>
                    <p class="problem__place">{item.place()}</p>
                    {(!single).then(|| view! { <p class="problem__message">{item.message.clone()}</p> })}
                    {excerpt.map(|text| view! { <pre class="problem__excerpt" tabindex="0" aria-label="Ligne du fichier, le signe ^ marque l'endroit"><code>{text}</code></pre> })}
                </li>
            }
        })
        .collect_view();
    let open = RwSignal::new(false);
    let items = group.items.clone();
    let full = move || open.get().then(|| view! { <pre class="problem__all" tabindex="0" aria-label="Liste complète">{full_list(&items)}</pre> });
    let class = if group.error { "problem-group problem-group--error" } else { "problem-group problem-group--warning" };
    let label = if group.error { "Erreur" } else { "Avertissement" };
    view! {
        <section class=class>
            <h3><span class="problem-group__label">{label}" : "</span>{group.headline.clone()}</h3>
            <ol class="problem-group__items">{shown}</ol>
            {(n > SHOWN).then(|| view! {
                <details on:toggle=move |_| open.set(true)>
                    <summary>{format!("Voir les {} problèmes de ce type", en_action_core::diagnostic::count(n, "", "").trim())}</summary>
                    {full}
                </details>
            })}
        </section>
    }
}

/// Every problem of the group, one per line: « ligne 14, colonne 9 (values.62001) : … ».
fn full_list(items: &[Item]) -> String {
    let mut out = String::with_capacity(items.len() * 100);
    for item in items {
        out.push_str(&item.place());
        out.push_str(" : ");
        out.push_str(&item.message);
        out.push('\n');
    }
    out
}
