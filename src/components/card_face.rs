//! The face of an indicator card, the same on the overview and on an action's page: its title
//! as a link to the indicator, the illustrative badge, the latest value and year, the change
//! in words and the sparkline.

use en_action_view::card::Card;
use en_action_view::i18n::data::Localised;
use en_action_view::i18n::{self, fill};
use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::components::localised::LocalisedText;
use crate::components::sparkline::Sparkline;
use crate::route::Link;

/// `title`: the indicator's title in the page's language (`i18n::data::title`; a plain
/// `String` is taken as already in it).
#[component]
pub fn CardFace(id: String, #[prop(into)] title: Localised, illustrative: bool, model: Card) -> impl IntoView {
    let text = i18n::t().indicator();
    view! {
        <h3><Link to=ViewState::indicator(&id)><LocalisedText text=title/></Link></h3>
        {illustrative.then(|| view! { <span class="badge badge--illustrative">{text.illustrative}</span> })}
        <p class="card__value">
            {model.latest.clone().unwrap_or_else(|| "–".to_owned())}
            " " <small>{model.latest_year.map(|y| fill(text.in_year, &[("year", &y.to_string())])).unwrap_or_default()}</small>
        </p>
        {model.change.clone().map(|c| view! { <p class="card__change">{c}</p> })}
        <Sparkline model=model.sparkline.clone() label=model.finding.clone()/>
    }
}
