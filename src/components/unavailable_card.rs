//! An indicator whose file could not be used, in its place on the overview: a plain message
//! for citizens, the technical details for the staff behind a disclosure.

use en_action_core::check::id_of_file;
use leptos::prelude::*;

use crate::store::Failure;

/// Beyond this many problems, the details say how many more there are.
const SHOWN: usize = 20;

#[component]
pub fn UnavailableCard(failure: Failure) -> impl IntoView {
    let title = failure.hint.title.clone().unwrap_or_else(|| "Indicateur".to_owned());
    let more = failure.problems.len().saturating_sub(SHOWN);
    view! {
        <li class="card card--unavailable" data-indicator=id_of_file(&failure.file).to_owned()>
            <h3>{title}</h3>
            <p class="card__unavailable">"Cet indicateur est momentanément indisponible."</p>
            <details class="team-details">
                <summary>"Détails pour l'équipe"</summary>
                <p>"Fichier : " <code>{failure.file.clone()}</code></p>
            {failure.summary.clone().map(|s| view! { <p class="problems-summary">{s}</p> })}
                <ul>
                    {failure.problems.iter().take(SHOWN).map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                    {(more > 0).then(|| view! { <li>{format!("… et {more} autre(s) problème(s)")}</li> })}
                </ul>
            </details>
        </li>
    }
}
