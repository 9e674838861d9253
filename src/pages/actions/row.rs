//! One action in a list (the actions' list, and the sections of the indicator and commune
//! pages): its title as a link, its status, axis and lead.

use en_action_view::actions::{status_class, ActionLink};
use en_action_view::i18n;
use leptos::prelude::*;

use crate::components::localised::LocalisedText;
use crate::route::Link;

/// One action of the list.
#[component]
pub fn ActionRow(row: ActionLink) -> impl IntoView {
    view! {
        <li>
            <Link to=row.link.clone()><LocalisedText text=row.title.clone()/></Link>
            <span class="action-list__meta">
                <span class=status_class(row.status)>{row.status_label}</span>
                " " <LocalisedText text=row.axis.clone()/>" · "
                // The lead is a body's name (« Département du Pas-de-Calais »): read as French.
                <span lang="fr">{row.lead}</span>
                {row.illustrative.then(|| view! { " " <span class="badge badge--illustrative">{i18n::t().actions().illustrative_short}</span> })}
            </span>
        </li>
    }
}
