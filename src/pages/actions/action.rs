//! `page=action`: one action, where it sits in the project, its facts, and the trend of each
//! indicator it aims at.

use std::sync::Arc;

use en_action_core::check::id_of_file;
use en_action_core::territory::Territory;
use en_action_view::actions::detail::{action_page, ActionPage as Model};
use en_action_view::actions::text;
use en_action_view::card::card;
use en_action_view::i18n;
use en_action_view::url::ViewState;
use leptos::prelude::*;

use super::actions_state;
use super::page::with_actions;
use crate::components::card_face::CardFace;
use crate::components::localised::LocalisedText;
use crate::route::{Link, Route};
use crate::store::{Loaded, Store};

#[component]
pub fn ActionPage(territory: Arc<Territory>) -> impl IntoView {
    let route = expect_context::<Route>();
    let state = actions_state(&territory);
    let id = Memo::new(move |_| route.state.with(|s| s.actions.id.clone().unwrap_or_default()));
    let words = i18n::t().actions();
    with_actions(state, move |actions| {
        let territory = territory.clone();
        move || match action_page(&actions, &territory, &id.get()) {
            Some(model) => view! { <ActionBody territory=territory.clone() model=model/> }.into_any(),
            None => view! {
                <h1 tabindex="-1">{words.not_found_title}</h1>
                <p>{text::not_found(&id.get_untracked())}<Link to=ViewState::actions_list()>{words.back_to_list}</Link></p>
            }
            .into_any(),
        }
    })
}

#[component]
fn ActionBody(territory: Arc<Territory>, model: Model) -> impl IntoView {
    let words = i18n::t().actions();
    let (axis_label, axis_link) = model.axis.clone();
    let axis_in_header = axis_label.clone();
    // « Axe « Bouger » »: the axis's label in its place in the template, tagged when French.
    let (before, after) = words.axis_of_action.split_once("{axis}").unwrap_or((words.axis_of_action, ""));
    view! {
        <nav class="breadcrumb" aria-label=i18n::t().common().breadcrumb>
            <ol>
                <li><Link to=ViewState::actions_list()>{words.nav}</Link></li>
                <li><Link to=axis_link><LocalisedText text=axis_label/></Link></li>
                <li aria-current="page"><LocalisedText text=model.title.clone()/></li>
            </ol>
        </nav>
        <div class="axis__header" style=("--axis-colour", model.axis_colour.clone())>
            <h1 tabindex="-1"><LocalisedText text=model.title.clone()/></h1>
            <p>
                <span class=model.status_class.clone()>{model.status}</span>
                {format!(" · {before}")}<LocalisedText text=axis_in_header/>{after}
                {model.illustrative.then(|| view! { " " <span class="badge badge--illustrative">{words.illustrative}</span> })}
            </p>
        </div>
        <div class="action-layout">
            <div>
                {model.description.clone().map(|d| view! { <p class="action-description"><LocalisedText text=d/></p> })}
                {model.link.clone().map(|href| view! { <p><a href=href rel="noopener noreferrer" target="_blank">{words.link_term}<span class="visually-hidden">{format!(" ({})", words.new_tab)}</span></a></p> })}
                <dl class="action-facts">
                    {model.place.iter().chain(&model.facts).map(|f| view! { <dt>{f.term}</dt><dd><LocalisedText text=f.value.clone()/></dd> }).collect_view()}
                    <dt>{words.communes_term}</dt>
                    <dd>{match model.communes.clone() {
                        None => view! { {words.whole_territory} }.into_any(),
                        Some(list) => view! { <ul class="inline-list">{list.into_iter().map(|c| view! { <li><Link to=c.link>{c.name}</Link></li> }).collect_view()}</ul> }.into_any(),
                    }}</dd>
                </dl>
            </div>
        </div>
        <section class="action-indicators" aria-labelledby="action-indicateurs">
            <h2 id="action-indicateurs">{words.indicators_title}</h2>
            {if model.indicators.is_empty() {
                view! { <p>{words.no_indicator}</p> }.into_any()
            } else {
                view! { <ul class="cards">{model.indicators.iter().map(|id| view! { <IndicatorTrend territory=territory.clone() id=id.clone()/> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <p><Link to=ViewState::actions_list()>{words.back_to_list}</Link></p>
    }
}

/// An indicator the action aims at: its latest value, its change and its sparkline.
#[component]
fn IndicatorTrend(territory: Arc<Territory>, id: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let words = i18n::t().actions();
    let file = territory.indicators.iter().find(|f| id_of_file(f) == id).map(|f| f.as_str().to_owned());
    let t = territory.clone();
    let state = Memo::new(move |_| file.as_ref().map(|f| store.indicator(&t, f)));
    move || match state.get() {
        Some(Loaded::Ready(computed)) => {
            let ind = computed.indicator.clone();
            let colour = territory.axis(&ind.axis).map(|a| a.colour.clone()).unwrap_or_default();
            let model = card(&ind, &computed.territory, &territory.short_name, &colour, territory.baseline_year);
            view! {
                <li class="card" data-indicator=ind.id.clone() style=("--axis-colour", colour)>
                    <CardFace id=ind.id.clone() title=i18n::data::title(&ind) illustrative=ind.illustrative model=model/>
                </li>
            }
            .into_any()
        }
        Some(Loaded::Loading) => view! { <li class="card"><h3>{id.clone()}</h3><p class="loading" role="status">{words.indicator_loading}</p></li> }.into_any(),
        _ => view! { <li class="card card--unavailable" data-indicator=id.clone()><h3>{id.clone()}</h3><p>{words.indicator_unavailable}</p></li> }.into_any(),
    }
}
