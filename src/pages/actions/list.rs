//! The searchable list of actions: a search (title and lead) and filters by status, axis and
//! commune, all kept in the link; the number of results is announced in a live region.

use std::sync::Arc;

use en_action_core::actions::{Actions, Status};
use en_action_core::code::CommuneCode;
use en_action_core::fold::fold;
use en_action_core::territory::Territory;
use en_action_view::actions::list::action_list;
use en_action_view::actions::query::clean_search;
use en_action_view::actions::text;
use en_action_view::i18n::{self, data};
use en_action_view::url::ViewState;
use leptos::html::Input;
use leptos::prelude::*;

use super::row::ActionRow;
use crate::route::{Link, Route};

#[component]
pub fn ActionList(territory: Arc<Territory>, actions: Arc<Actions>) -> impl IntoView {
    let route = expect_context::<Route>();
    let t = territory.clone();
    let list = Memo::new(move |_| route.state.with(|s| action_list(&actions, &t, s)));
    let filtered = move || route.state.with(|s| s.actions.is_filtered() || s.axis.is_some());
    let words = i18n::t().actions();
    view! {
        <section class="actions-list" aria-labelledby="actions-liste">
            <h2 id="actions-liste">{words.list_title}</h2>
            <Filters territory=territory/>
            {move || filtered().then(|| view! { <p><Link to=ViewState::actions_list()>{words.clear_filters}</Link></p> })}
            <p class="actions-results" role="status" aria-live="polite">{move || list.with(|l| l.results.clone())}</p>
            <ul class="action-list">
                {move || list.with(|l| l.rows.iter().cloned().map(|row| view! { <ActionRow row=row/> }).collect_view())}
            </ul>
        </section>
    }
}

/// The form: search, status, axis, commune. Lists apply at once; the search on Enter or
/// « Rechercher ».
#[component]
fn Filters(territory: Arc<Territory>) -> impl IntoView {
    let route = expect_context::<Route>();
    let words = i18n::t().actions();
    let input = NodeRef::<Input>::new();
    let search = move || route.state.with(|s| s.actions.search.clone().unwrap_or_default());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = input.get().map(|i| i.value()).unwrap_or_default();
        route.update(|s| s.actions.search = clean_search(&value));
    };
    let status = move || route.state.with(|s| s.actions.status.map(|s| s.key()).unwrap_or_default().to_owned());
    let axis = move || route.state.with(|s| s.axis.clone().unwrap_or_default());
    let commune = move || route.state.with(|s| s.actions.commune.clone().unwrap_or_default());
    let mut communes: Vec<(String, String)> = territory.communes.iter().map(|c| (c.code.to_string(), c.name.clone())).collect();
    communes.sort_by_key(|(_, name)| fold(name));
    // An option holds plain text: an axis's French label carries its « (in French) ».
    let axes: Vec<(String, String)> = territory.axes.iter().map(|a| (a.id.clone(), data::axis_label(a).plain())).collect();
    let statuses: Vec<(String, String)> = Status::ALL.into_iter().map(|s| (s.key().to_owned(), text::status_capitalised(s).to_owned())).collect();
    view! {
        <form class="controls actions-filters" role="search" aria-label=words.list_title on:submit=submit>
            <div class="control actions-filters__search">
                <label for="actions-q">{words.search_label}</label>
                <div class="actions-filters__row">
                    <input id="actions-q" type="search" name="q" node_ref=input prop:value=search autocomplete="off"/>
                    <button type="submit">{words.search_button}</button>
                </div>
            </div>
            <Select id="actions-statut" label=words.status_label any=words.any_status options=statuses current=Signal::derive(status)
                on_pick=Callback::new(move |v: String| route.update(|s| s.actions.status = Status::from_key(&v)))/>
            <Select id="actions-axe" label=words.axis_label any=words.any_axis options=axes current=Signal::derive(axis)
                on_pick=Callback::new(move |v: String| route.update(|s| s.axis = (!v.is_empty()).then_some(v)))/>
            <Select id="actions-commune" label=words.commune_label any=words.any_commune options=communes current=Signal::derive(commune)
                on_pick=Callback::new(move |v: String| route.update(|s| s.actions.commune = CommuneCode::parse(&v).map(|c| c.as_str().to_owned())))/>
        </form>
    }
}

/// A labelled list whose first choice is « all ».
#[component]
fn Select(id: &'static str, label: &'static str, any: &'static str, options: Vec<(String, String)>, current: Signal<String>, on_pick: Callback<String>) -> impl IntoView {
    view! {
        <div class="control">
            <label for=id>{label}</label>
            <select id=id prop:value=current on:change=move |ev| on_pick.run(event_target_value(&ev))>
                <option value="" prop:selected=move || current.get().is_empty()>{any}</option>
                {options.into_iter().map(|(value, name)| {
                    let v = value.clone();
                    view! { <option value=value prop:selected=move || current.get() == v>{name}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
