//! One slide: the view a slide names, rendered by the dashboard's own components inside a
//! route of its own (so that they read the slide's view, not the address bar), with charts
//! made for the projector.

use std::sync::Arc;

use en_action_core::check::id_of_file;
use en_action_core::territory::Territory;
use en_action_view::deck::projector::Projection;
use en_action_view::format;
use en_action_view::i18n::{self, data, fill};
use en_action_view::url::{Page, ViewState};
use leptos::prelude::*;

use super::Presenting;
use crate::components::error_card::ErrorCard;
use crate::components::file_problems::ready_on_axis;
use crate::components::localised::LocalisedText;
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
                <h2 class="slide__title">{match title.clone() {
                    Some(title) => title.into_any(),
                    None => axis_title(&axis).into_any(),
                }}</h2>
                <p class="slide__lead"><LocalisedText text=data::axis_description(&axis)/></p>
                <div class="slide__cards"><AxisSection territory=territory.clone() axis=axis/></div>
            }
            .into_any(),
            None => view! { <ProjectSlide territory=territory.clone() title=title.clone()/> }.into_any(),
        },
    };
    view! { <div class="slide">{body}</div> }
}

/// « Axe « Bouger » », the label tagged in French when it has no English version.
fn axis_title(axis: &en_action_core::territory::Axis) -> impl IntoView {
    let (before, after) = i18n::around(i18n::t().presentation().axis_title, "label");
    view! { {before}<LocalisedText text=data::axis_label(axis)/>{after} }
}

/// The home slide: the project in figures, and its five axes with their indicators.
#[component]
fn ProjectSlide(territory: Arc<Territory>, title: Option<String>) -> impl IntoView {
    let population = territory.population().last().map(|(_, p)| p).unwrap_or_default();
    let t = territory.clone();
    let indicators = move || t.axes.iter().map(|a| ready_on_axis(&t, &a.id).len()).sum::<usize>();
    let t = territory.clone();
    let text = i18n::t().presentation();
    view! {
        <h2 class="slide__title">{title.unwrap_or_else(|| text.project_slide_title.to_owned())}</h2>
        <p class="slide__lead">{fill(text.project_slide_lead, &[("name", &territory.name)])}</p>
        <div class="slide__figures">
            <div><strong>{territory.communes.len()}</strong>{text.figure_communes}</div>
            <div><strong>{format::number(population, 0)}</strong>{text.figure_inhabitants}</div>
            <div><strong>{indicators}</strong>{text.figure_indicators}</div>
        </div>
        <ul class="slide__axes">
            {territory.axes.iter().map(|a| {
                let (t, id) = (t.clone(), a.id.clone());
                let titles = move || ready_on_axis(&t, &id).into_iter().map(|c| view! { <li><LocalisedText text=data::title(&c.indicator)/></li> }).collect_view();
                view! {
                    <li style=("--axis-colour", a.colour.clone())>
                        <strong><LocalisedText text=data::axis_label(a)/></strong>
                        <span><LocalisedText text=data::axis_description(a)/></span>
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
    let text = i18n::t().presentation();
    move || match state.get() {
        None => view! { <h2 class="slide__title">{text.indicator_not_found}</h2><p class="slide__lead">{fill(text.no_indicator, &[("id", &id)])}</p> }.into_any(),
        Some(Loaded::Loading) => view! { <p class="loading" role="status">{text.loading_indicator}</p> }.into_any(),
        Some(Loaded::Failed(failure)) => view! {
            <h2 class="slide__title">{text.indicator_unavailable}</h2>
            <ErrorCard failure=failure title=text.indicator_failed/>
        }
        .into_any(),
        Some(Loaded::Ready(computed)) => {
            let ind = &computed.indicator;
            let axis = territory.axis(&ind.axis).cloned();
            let axis_label = axis.as_ref().map(|a| view! { <LocalisedText text=data::axis_label(a)/>" · " });
            let heading = match title.clone() {
                Some(title) => title.into_any(),
                None => view! { <LocalisedText text=data::title(ind)/> }.into_any(),
            };
            let model = page_model(route, territory.clone(), computed.clone());
            view! {
                <div class="slide__indicator" style=("--axis-colour", axis.map(|a| a.colour).unwrap_or_default())>
                    <h2 class="slide__eyebrow">{axis_label}{heading}
                        {ind.illustrative.then(|| view! { " " <span class="badge badge--illustrative">{text.illustrative}</span> })}
                    </h2>
                    <ViewBody territory=territory.clone() computed=computed.clone() model=model/>
                    <p class="slide__source">{fill(text.source, &[("name", &ind.source.name)])}</p>
                </div>
            }
            .into_any()
        }
    }
}

/// A commune slide: the commune against the territory, every indicator in one table.
#[component]
fn CommuneSlide(territory: Arc<Territory>, code: String, title: Option<String>) -> impl IntoView {
    let text = i18n::t().presentation();
    let Some(commune) = territory.commune_by_code(&code).cloned() else {
        return view! { <h2 class="slide__title">{text.commune_not_found}</h2><p class="slide__lead">{fill(text.no_commune, &[("code", &code)])}</p> }.into_any();
    };
    let population = commune
        .population
        .last()
        .map(|(y, p)| fill(text.commune_lead, &[("population", &format::number(p, 0)), ("year", &y.to_string()), ("territory", &territory.short_name)]))
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
            <caption class="visually-hidden">{fill(text.commune_caption, &[("commune", &commune.name), ("territory", &territory.short_name)])}</caption>
            <thead><tr>
                <th scope="col">{text.column_indicator}</th>
                <th scope="col">{commune.name.clone()}</th>
                <th scope="col">{territory.short_name.clone()}</th>
                <th scope="col">{text.column_gap}</th>
                <th scope="col">{text.column_rank}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
