//! One group of problems: its headline, the first few with their place and the source line
//! under a caret, and the full list one click away (built only when opened).

use std::sync::Arc;

use en_action_view::format::number;
use en_action_view::i18n::{self, fill};
use en_action_view::workbench::excerpt::Source;
use en_action_view::i18n::around;
use en_action_view::workbench::report::{Item, ProblemGroup};
use leptos::prelude::*;

/// Problems shown in full (with their source line) before the « Voir les N problèmes » list.
const SHOWN: usize = 3;

#[component]
pub fn ProblemGroupView(group: ProblemGroup, source: Arc<String>) -> impl IntoView {
    let text = i18n::t().workbench();
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
                    {(!single).then(|| view! { <p class="problem__message" lang="fr">{item.message.clone()}</p> })}
                    {excerpt.map(|code| view! { <pre class="problem__excerpt" tabindex="0" aria-label=text.excerpt_label><code>{code}</code></pre> })}
                </li>
            }
        })
        .collect_view();
    let open = RwSignal::new(false);
    let items = group.items.clone();
    let full = move || open.get().then(|| view! { <pre class="problem__all" tabindex="0" aria-label=text.full_list>{full_list(&items)}</pre> });
    let class = if group.error { "problem-group problem-group--error" } else { "problem-group problem-group--warning" };
    let label = if group.error { text.error_label } else { text.warning_label };
    // The first message is the core's, in French.
    let first = group.items.first().map(|i| i.message.clone()).unwrap_or_default();
    let headline = match group.counted() {
        None => view! { <span lang="fr">{first}</span> }.into_any(),
        Some(what) => {
            let (before, after) = around(text.several, "first");
            view! { {fill(before, &[("what", &what)])}<span lang="fr">{first}</span>{after} }.into_any()
        }
    };
    view! {
        <section class=class>
            <h3><span class="problem-group__label">{label}" "</span>{headline}</h3>
            <ol class="problem-group__items">{shown}</ol>
            {(n > SHOWN).then(|| view! {
                <details on:toggle=move |_| open.set(true)>
                    <summary>{fill(text.see_all, &[("n", &number(n as f64, 0))])}</summary>
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
        out.push_str(&item.full_line());
        out.push('\n');
    }
    out
}
