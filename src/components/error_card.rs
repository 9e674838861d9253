//! A file that could not be used: its name and every problem, in French. The rest of the
//! dashboard keeps working.

use leptos::prelude::*;

use crate::store::Failure;

#[component]
pub fn ErrorCard(failure: Failure, #[prop(into)] title: String) -> impl IntoView {
    const SHOWN: usize = 20;
    let more = failure.problems.len().saturating_sub(SHOWN);
    view! {
        <div class="error-card" role="alert">
            <h3>{title}</h3>
            <p>"Fichier : " <code>{failure.file.clone()}</code></p>
            {failure.summary.clone().map(|s| view! { <p class="problems-summary">{s}</p> })}
            <ul>
                {failure.problems.iter().take(SHOWN).map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                {(more > 0).then(|| view! { <li>{format!("… et {more} autre(s) problème(s)")}</li> })}
            </ul>
        </div>
    }
}
