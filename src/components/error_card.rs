//! A file that could not be used: its name and every problem (the checker's problems are in
//! French, for the staff). The rest of the dashboard keeps working.

use en_action_view::i18n;
use leptos::prelude::*;

use crate::store::Failure;

#[component]
pub fn ErrorCard(failure: Failure, #[prop(into)] title: String) -> impl IntoView {
    const SHOWN: usize = 20;
    let text = i18n::t().commune();
    let more = failure.problems.len().saturating_sub(SHOWN);
    view! {
        <div class="error-card" role="alert">
            <h3>{title}</h3>
            <p>{text.error_file}" "<code>{failure.file.clone()}</code></p>
            {failure.summary.clone().map(|s| view! { <p class="problems-summary">{s}</p> })}
            <ul>
                {failure.problems.iter().take(SHOWN).map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                {(more > 0).then(|| view! { <li>{text.error_more_problems.of(more)}</li> })}
            </ul>
        </div>
    }
}
