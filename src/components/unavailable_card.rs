//! An indicator whose file could not be used, in its place on the overview: a plain message
//! for citizens, the technical details for the staff behind a disclosure.

use en_action_core::check::id_of_file;
use en_action_view::i18n;
use leptos::prelude::*;

use crate::store::Failure;

/// Beyond this many problems, the details say how many more there are.
const SHOWN: usize = 20;

#[component]
pub fn UnavailableCard(failure: Failure) -> impl IntoView {
    let text = i18n::t().indicator();
    // The title the broken file still tells (in French: an English title cannot be told).
    let title_lang = failure.hint.title.is_some().then_some("fr");
    let title = failure.hint.title.clone().unwrap_or_else(|| text.unavailable_title.to_owned());
    let more = failure.problems.len().saturating_sub(SHOWN);
    // A checked file's problems are the checker's, in French; a failed download's are not.
    let problems_lang = failure.summary.is_some().then_some("fr");
    view! {
        <li class="card card--unavailable" data-indicator=id_of_file(&failure.file).to_owned()>
            <h3 lang=title_lang>{title}</h3>
            <p class="card__unavailable">{text.unavailable_text}</p>
            <details class="team-details">
                <summary>{text.team_details}</summary>
                <p>{text.file}" " <code>{failure.file.clone()}</code></p>
                // The checker's words are French (for the staff): tagged so on an English page.
                {failure.summary.clone().map(|s| view! { <p class="problems-summary" lang="fr">{s}</p> })}
                <ul>
                    {failure.problems.iter().take(SHOWN).map(|p| view! { <li lang=problems_lang>{p.clone()}</li> }).collect_view()}
                    {(more > 0).then(|| view! { <li>{text.more_problems.of(more)}</li> })}
                </ul>
            </details>
        </li>
    }
}
