//! The actions on other pages: « Les actions qui visent cet indicateur » on an indicator
//! page, « Les actions dans cette commune » on a commune profile. Nothing is shown while the
//! file loads or when it fails (the actions page shows the error).

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::actions::sections::{commune_section, indicator_section, ActionSection};
use leptos::prelude::*;

use super::actions_state;
use super::row::ActionRow;
use crate::route::Link;
use crate::store::Loaded;

#[component]
pub fn IndicatorActions(territory: Arc<Territory>, id: String) -> impl IntoView {
    let state = actions_state(&territory);
    move || match state.get() {
        Some(Loaded::Ready(actions)) => Some(view! { <SectionView section=indicator_section(&actions, &territory, &id) anchor="actions-indicateur"/> }),
        _ => None,
    }
}

#[component]
pub fn CommuneActions(territory: Arc<Territory>, code: String) -> impl IntoView {
    let state = actions_state(&territory);
    move || match state.get() {
        Some(Loaded::Ready(actions)) => commune_section(&actions, &territory, &code).map(|s| view! { <SectionView section=s anchor="actions-commune"/> }),
        _ => None,
    }
}

#[component]
fn SectionView(section: ActionSection, anchor: &'static str) -> impl IntoView {
    view! {
        <section class="actions-section" aria-labelledby=anchor>
            <h2 id=anchor>{section.title}</h2>
            <p>{section.lead}</p>
            {(!section.rows.is_empty()).then(|| view! {
                <ul class="action-list">{section.rows.into_iter().map(|row| view! { <ActionRow row=row/> }).collect_view()}</ul>
            })}
            {section.more.map(|(label, to)| view! { <p><Link to=to>{label}</Link></p> })}
        </section>
    }
}
