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
    // A checked file's problems are the checker's, in French; a failed download's are not.
    let problems_lang = failure.summary.is_some().then_some("fr");
    view! {
        <div class="error-card" role="alert">
            <h3>{title}</h3>
            <p>{text.error_file}" "<code>{failure.file.clone()}</code></p>
            // The checker's words are French (for the staff): tagged so on an English page.
            {failure.summary.clone().map(|s| view! { <p class="problems-summary" lang="fr">{s}</p> })}
            <ul>
                {failure.problems.iter().take(SHOWN).map(|p| view! { <li lang=problems_lang>{p.clone()}</li> }).collect_view()}
                {(more > 0).then(|| view! { <li>{text.error_more_problems.of(more)}</li> })}
            </ul>
        </div>
    }
}
