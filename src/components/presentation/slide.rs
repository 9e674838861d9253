//! One slide: the view a slide names, rendered by the dashboard's own components inside a
//! route of its own (so that they read the slide's view, not the address bar), with charts
//! made for the projector.

use std::sync::Arc;

use en_action_core::check::id_of_file;
use en_action_core::territory::Territory;
use en_action_view::deck::projector::Projection;
use en_action_view::format;
use en_action_view::url::{Page, ViewState};
use leptos::prelude::*;

use super::Presenting;
use crate::components::error_card::ErrorCard;
use crate::components::file_problems::ready_on_axis;
use crate::pages::commune::ProfileLine;
use crate::pages::indicator::{page_model, ViewBody};
use crate::pages::overview::AxisSection;
use crate::route::Route;
use crate::store::{Loaded, Store};

/// The slide showing `view`, titled `title` when the deck gives one.
#[component]
pub fn Slide(territory: Arc<Territory>, view: ViewState, title: Option<String>, projection: Signal<Projection>) -> impl IntoView {
    provide_context(Route { state: RwSignal::new(view.clone()) });
    provide_context(Presenting { projection });
    let body = match view.page {
        Page::Indicator => view! { <IndicatorSlide territory=territory.clone() id=view.indicator.clone().unwrap_or_default() title=title.clone()/> }.into_any(),
        Page::Commune => view! { <CommuneSlide territory=territory.clone() code=view.communes.first().cloned().unwrap_or_default() title=title.clone()/> }.into_any(),
        Page::Actions => view! { <crate::pages::actions::ActionsSlide territory=territory.clone() axis=view.axis.clone() title=title.clone()/> }.into_any(),
        _ => match view.axis.as_ref().and_then(|id| territory.axis(id)).cloned() {
            Some(axis) => view! {
                <h2 class="slide__title">{title.clone().unwrap_or_else(|| format!("Axe « {} »", axis.label))}</h2>
                <p class="slide__lead">{axis.description.clone()}</p>
                <div class="slide__cards"><AxisSection territory=territory.clone() axis=axis/></div>
            }
            .into_any(),
            None => view! { <ProjectSlide territory=territory.clone() title=title.clone()/> }.into_any(),
        },
    };
    view! { <div class="slide">{body}</div> }
}

/// The home slide: the project in figures, and its five axes with their indicators.
#[component]
fn ProjectSlide(territory: Arc<Territory>, title: Option<String>) -> impl IntoView {
    let population = territory.population().last().map(|(_, p)| p).unwrap_or_default();
    let t = territory.clone();
    let indicators = move || t.axes.iter().map(|a| ready_on_axis(&t, &a.id).len()).sum::<usize>();
    let t = territory.clone();
    view! {
        <h2 class="slide__title">{title.unwrap_or_else(|| "Le projet de territoire « en action »".to_owned())}</h2>
        <p class="slide__lead">{format!("{} : des objectifs pour 2020-2030.", territory.name)}</p>
        <div class="slide__figures">
            <div><strong>{territory.communes.len()}</strong>"communes"</div>
            <div><strong>{format::number(population, 0)}</strong>"habitants"</div>
            <div><strong>{indicators}</strong>"indicateurs suivis"</div>
        </div>
        <ul class="slide__axes">
            {territory.axes.iter().map(|a| {
                let (t, id) = (t.clone(), a.id.clone());
                let titles = move || ready_on_axis(&t, &id).into_iter().map(|c| view! { <li>{c.indicator.title.clone()}</li> }).collect_view();
                view! {
                    <li style=("--axis-colour", a.colour.clone())>
                        <strong>{a.label.clone()}</strong>
                        <span>{a.description.clone()}</span>
                        <ul>{titles}</ul>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// An indicator slide: the view's finding as the headline, then its chart.
#[component]
fn IndicatorSlide(territory: Arc<Territory>, id: String, title: Option<String>) -> impl IntoView {
    let store = expect_context::<Store>();
    let route = expect_context::<Route>();
    let file = territory.indicators.iter().find(|f| id_of_file(f) == id).cloned();
    let t = territory.clone();
    let state = Memo::new(move |_| file.as_ref().map(|f| store.indicator(&t, f)));
    move || match state.get() {
        None => view! { <h2 class="slide__title">"Indicateur introuvable"</h2><p class="slide__lead">{format!("Aucun indicateur « {id} » dans ce tableau de bord.")}</p> }.into_any(),
        Some(Loaded::Loading) => view! { <p class="loading" role="status">"Chargement de l'indicateur…"</p> }.into_any(),
        Some(Loaded::Failed(failure)) => view! {
            <h2 class="slide__title">"Indicateur indisponible"</h2>
            <ErrorCard failure=failure title="Ce fichier d'indicateur n'a pas pu être lu"/>
        }
        .into_any(),
        Some(Loaded::Ready(computed)) => {
            let ind = &computed.indicator;
            let axis = territory.axis(&ind.axis).cloned();
            let eyebrow = format!("{}{}", axis.as_ref().map(|a| format!("{} · ", a.label)).unwrap_or_default(), title.clone().unwrap_or_else(|| ind.title.clone()));
            let model = page_model(route, territory.clone(), computed.clone());
            view! {
                <div class="slide__indicator" style=("--axis-colour", axis.map(|a| a.colour).unwrap_or_default())>
                    <h2 class="slide__eyebrow">{eyebrow}
                        {ind.illustrative.then(|| view! { " " <span class="badge badge--illustrative">"Données illustratives"</span> })}
                    </h2>
                    <ViewBody territory=territory.clone() computed=computed.clone() model=model/>
                    <p class="slide__source">{format!("Source : {}", ind.source.name)}</p>
                </div>
            }
            .into_any()
        }
    }
}

/// A commune slide: the commune against the territory, every indicator in one table.
#[component]
fn CommuneSlide(territory: Arc<Territory>, code: String, title: Option<String>) -> impl IntoView {
    let Some(commune) = territory.commune_by_code(&code).cloned() else {
        return view! { <h2 class="slide__title">"Commune introuvable"</h2><p class="slide__lead">{format!("Aucune commune de code « {code} » dans ce territoire.")}</p> }.into_any();
    };
    let population = commune
        .population
        .last()
        .map(|(y, p)| format!("{} habitants ({y}) · comparée à {} · rang 1 = la situation la plus favorable", format::number(p, 0), territory.short_name))
        .unwrap_or_default();
    let t = territory.clone();
    let c = code.clone();
    let rows = move || {
        t.axes.iter().flat_map(|a| ready_on_axis(&t, &a.id)).map(|computed| view! { <ProfileLine territory=t.clone() computed=computed code=c.clone() without_trend=true/> }).collect_view()
    };
    view! {
        <h2 class="slide__title">{title.unwrap_or_else(|| commune.name.clone())}</h2>
        <p class="slide__lead">{population}</p>
        <table class="slide__profile">
            <caption class="visually-hidden">{format!("{} et {}", commune.name, territory.short_name)}</caption>
            <thead><tr>
                <th scope="col">"Indicateur"</th>
                <th scope="col">{commune.name.clone()}</th>
                <th scope="col">{territory.short_name.clone()}</th>
                <th scope="col">"Écart ou part"</th>
                <th scope="col">"Rang"</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
