//! `page=action`: one action, where it sits in the project, its facts, and the trend of each
//! indicator it aims at.

use std::sync::Arc;

use en_action_core::check::id_of_file;
use en_action_core::territory::Territory;
use en_action_view::actions::detail::{action_page, ActionPage as Model};
use en_action_view::actions::text;
use en_action_view::card::card;
use en_action_view::url::ViewState;
use leptos::prelude::*;

use super::actions_state;
use super::page::with_actions;
use crate::components::card_face::CardFace;
use crate::route::{Link, Route};
use crate::store::{Loaded, Store};

#[component]
pub fn ActionPage(territory: Arc<Territory>) -> impl IntoView {
    let route = expect_context::<Route>();
    let state = actions_state(&territory);
    let id = Memo::new(move |_| route.state.with(|s| s.actions.id.clone().unwrap_or_default()));
    with_actions(state, move |actions| {
        let territory = territory.clone();
        move || match action_page(&actions, &territory, &id.get()) {
            Some(model) => view! { <ActionBody territory=territory.clone() model=model/> }.into_any(),
            None => view! {
                <h1 tabindex="-1">{text::NOT_FOUND_TITLE}</h1>
                <p>{text::not_found(&id.get_untracked())}<Link to=ViewState::actions_list()>{text::BACK_TO_LIST}</Link></p>
            }
            .into_any(),
        }
    })
}

#[component]
fn ActionBody(territory: Arc<Territory>, model: Model) -> impl IntoView {
    let (axis_label, axis_link) = model.axis.clone();
    let axis_words = format!(" · Axe « {axis_label} »");
    view! {
        <nav class="breadcrumb" aria-label="Fil d'Ariane">
            <ol>
                <li><Link to=ViewState::actions_list()>{text::NAV}</Link></li>
                <li><Link to=axis_link>{axis_label.clone()}</Link></li>
                <li aria-current="page">{model.title.clone()}</li>
            </ol>
        </nav>
        <div class="axis__header" style=("--axis-colour", model.axis_colour.clone())>
            <h1 tabindex="-1">{model.title.clone()}</h1>
            <p>
                <span class=model.status_class.clone()>{model.status.clone()}</span>
                {axis_words}
                {model.illustrative.then(|| view! { " " <span class="badge badge--illustrative">{text::ILLUSTRATIVE}</span> })}
            </p>
        </div>
        <div class="action-layout">
            <div>
                {model.description.clone().map(|d| view! { <p class="action-description">{d}</p> })}
                {model.link.clone().map(|href| view! { <p><a href=href rel="noopener noreferrer" target="_blank">{text::LINK_TERM}<span class="visually-hidden">" (nouvel onglet)"</span></a></p> })}
                <dl class="action-facts">
                    {model.place.iter().chain(&model.facts).map(|f| view! { <dt>{f.term}</dt><dd>{f.value.clone()}</dd> }).collect_view()}
                    <dt>{text::COMMUNES_TERM}</dt>
                    <dd>{match model.communes.clone() {
                        None => view! { {text::WHOLE_TERRITORY} }.into_any(),
                        Some(list) => view! { <ul class="inline-list">{list.into_iter().map(|c| view! { <li><Link to=c.link>{c.name}</Link></li> }).collect_view()}</ul> }.into_any(),
                    }}</dd>
                </dl>
            </div>
        </div>
        <section class="action-indicators" aria-labelledby="action-indicateurs">
            <h2 id="action-indicateurs">{text::INDICATORS_TITLE}</h2>
            {if model.indicators.is_empty() {
                view! { <p>{text::NO_INDICATOR}</p> }.into_any()
            } else {
                view! { <ul class="cards">{model.indicators.iter().map(|id| view! { <IndicatorTrend territory=territory.clone() id=id.clone()/> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <p><Link to=ViewState::actions_list()>{text::BACK_TO_LIST}</Link></p>
    }
}

/// An indicator the action aims at: its latest value, its change and its sparkline.
#[component]
fn IndicatorTrend(territory: Arc<Territory>, id: String) -> impl IntoView {
    let store = expect_context::<Store>();
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
                    <CardFace id=ind.id.clone() title=ind.title.clone() illustrative=ind.illustrative model=model/>
                </li>
            }
            .into_any()
        }
        Some(Loaded::Loading) => view! { <li class="card"><h3>{id.clone()}</h3><p class="loading" role="status">"Chargement de l'indicateur…"</p></li> }.into_any(),
        _ => view! { <li class="card card--unavailable" data-indicator=id.clone()><h3>{id.clone()}</h3><p>{text::INDICATOR_UNAVAILABLE}</p></li> }.into_any(),
    }
}
