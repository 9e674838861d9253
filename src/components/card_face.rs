//! The face of an indicator card, the same on the overview and on an action's page: its title
//! as a link to the indicator, the illustrative badge, the latest value and year, the change
//! in words and the sparkline.

use en_action_view::card::Card;
use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::components::sparkline::Sparkline;
use crate::route::Link;

#[component]
pub fn CardFace(id: String, title: String, illustrative: bool, model: Card) -> impl IntoView {
    view! {
        <h3><Link to=ViewState::indicator(&id)>{title}</Link></h3>
        {illustrative.then(|| view! { <span class="badge badge--illustrative">"Données illustratives"</span> })}
        <p class="card__value">
            {model.latest.clone().unwrap_or_else(|| "–".to_owned())}
            " " <small>{model.latest_year.map(|y| format!("en {y}")).unwrap_or_default()}</small>
        </p>
        {model.change.clone().map(|c| view! { <p class="card__change">{c}</p> })}
        <Sparkline model=model.sparkline.clone() label=model.finding.clone()/>
    }
}
