//! The overview: the five axes of the project, each with its indicators as cards.

use std::sync::Arc;

use en_action_core::stats::ProgressStatus;
use en_action_core::territory::{Axis, Territory};
use en_action_view::card::card;
use en_action_view::i18n::{self, data};
use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::components::add_to_deck::AddToDeck;
use crate::components::card_face::CardFace;
use crate::components::later::Later;
use crate::components::file_problems::{slots_on_axis, FileProblems, Slot};
use crate::components::localised::LocalisedText;
use crate::components::unavailable_card::UnavailableCard;
use crate::route::{Link, Route};
use crate::store::{Computed, Loaded, Store};

#[component]
pub fn Overview(territory: Arc<Territory>) -> impl IntoView {
    // `?axe=bouger`: that axis alone (an unknown axis shows them all).
    let route = expect_context::<Route>();
    let t = territory.clone();
    let axes = Memo::new(move |_| {
        let only = route.state.with(|s| s.axis.clone());
        let one: Vec<Axis> = t.axes.iter().filter(|a| only.as_deref() == Some(a.id.as_str())).cloned().collect();
        if one.is_empty() { t.axes.clone() } else { one }
    });
    let many = territory.axes.len() > 1;
    let alone = move || many && axes.with(Vec::len) == 1;
    let t = territory.clone();
    let shown = all_cards_or_timeout(&territory);
    let text = i18n::t().indicator();
    // The heading and introduction above are the shell's (`crate::app`): made once.
    view! {
        {move || alone().then(|| view! { <p><Link to=ViewState::overview()>{text.show_all_axes}</Link></p> })}
        <AddToDeck/>
        {move || if shown.get() {
            view! {
                <FileProblems territory=t.clone() in_place=true/>
                // The first axis comes with the heading; each further one in a task of its own,
                // below it (one long task would hold back every input).
                {let t = t.clone(); move || axes.get().into_iter().enumerate().map(|(i, axis)| {
                    let t = t.clone();
                    if i == 0 {
                        view! { <AxisSection territory=t axis=axis/> }.into_any()
                    } else {
                        view! { <Later><AxisSection territory=t.clone() axis=axis.clone()/></Later> }.into_any()
                    }
                }).collect_view()}
                {let t = t.clone(); view! { <Later><Unplaced territory=t.clone()/></Later> }}
            }.into_any()
        } else {
            view! { <p class="loading" role="status">{text.loading_indicators}</p> }.into_any()
        }}
    }
}

/// The overview's heading and introduction. The same text is in the static shell of
/// `index.html` (shown on the overview before the WebAssembly runs); the app makes it once,
/// above the territory's loading and the overview (`crate::app`): it depends on no data, so
/// it is painted at once and never moves or changes.
#[component]
pub fn OverviewIntro() -> impl IntoView {
    let shell = en_action_view::i18n::t().shell();
    view! {
        <h1 tabindex="-1">{shell.overview_title}</h1>
        <p class="lead">{shell.overview_lead}</p>
    }
}

/// How long the overview waits for every indicator file before showing what is there.
const WAIT_FOR_ALL_MS: u32 = 2_500;

/// True once every indicator file of the territory is read (or failed), or after
/// [`WAIT_FOR_ALL_MS`]: the cards then come in one piece, and nothing on the screen moves as
/// files arrive (cumulative layout shift). A slow file past the wait comes in its own time.
fn all_cards_or_timeout(territory: &Arc<Territory>) -> Signal<bool> {
    let store = expect_context::<Store>();
    let waited = RwSignal::new(false);
    set_timeout(move || waited.set(true), std::time::Duration::from_millis(WAIT_FOR_ALL_MS.into()));
    let t = territory.clone();
    // Every file is asked for on the first run (`filter` + `count`, not `all`, which would stop
    // at the first file still loading and so fetch the files one after another).
    let settled = Memo::new(move |_| t.indicators.iter().filter(|f| matches!(store.indicator(&t, f), Loaded::Loading)).count() == 0);
    Signal::derive(move || settled.get() || waited.get())
}

/// Failed indicators whose axis cannot be told, after the axes (rare: a missing file outside
/// an axis folder).
#[component]
fn Unplaced(territory: Arc<Territory>) -> impl IntoView {
    let slots = Memo::new(move |_| slots_on_axis(&territory, None));
    move || {
        (!slots.with(Vec::is_empty)).then(|| view! {
            <section class="axis" aria-labelledby="axe-autres">
                <div class="axis__header"><h2 id="axe-autres">{i18n::t().indicator().other_indicators}</h2></div>
                <ul class="cards">
                    {slots.get().into_iter().filter_map(|s| match s { Slot::Unavailable(f) => Some(view! { <UnavailableCard failure=f/> }), Slot::Ready(_) => None }).collect_view()}
                </ul>
            </section>
        })
    }
}

/// One axis: its header and its indicators as cards.
#[component]
pub fn AxisSection(territory: Arc<Territory>, axis: Axis) -> impl IntoView {
    let heading = format!("axe-{}", axis.id);
    let heading_label = heading.clone();
    let axis_id = axis.id.clone();
    let t = territory.clone();
    let colour = axis.colour.clone();
    let cards = move || slots_on_axis(&t, Some(&axis_id));
    view! {
        <section class="axis" aria-labelledby=heading_label style=("--axis-colour", axis.colour.clone())>
            <div class="axis__header">
                <h2 id=heading><LocalisedText text=data::axis_label(&axis)/></h2>
                // An axis may have no description: no « (in French) » marker on nothing.
                <p>{(!axis.description.trim().is_empty()).then(|| view! { <LocalisedText text=data::axis_description(&axis)/> })}</p>
            </div>
            <ul class="cards">
                <For each=cards key=|s| s.file().to_owned() let(slot)>
                    {match slot {
                        Slot::Ready(computed) => view! { <IndicatorCard territory=territory.clone() computed=computed colour=colour.clone()/> }.into_any(),
                        Slot::Unavailable(failure) => view! { <UnavailableCard failure=failure/> }.into_any(),
                    }}
                </For>
            </ul>
        </section>
    }
}

#[component]
fn IndicatorCard(territory: Arc<Territory>, computed: Arc<Computed>, colour: String) -> impl IntoView {
    let ind = &computed.indicator;
    let model = card(ind, &computed.territory, &territory.short_name, &colour, territory.baseline_year);
    let status_class = |s: ProgressStatus| match s {
        ProgressStatus::Achieved | ProgressStatus::Substantial => "status status--good",
        ProgressStatus::Deterioration => "status status--bad",
        _ => "status",
    };
    let (id, title, illustrative) = (ind.id.clone(), data::title(ind), ind.illustrative);
    view! {
        <li class="card" data-indicator=id.clone()>
            <CardFace id=id.clone() title=title illustrative=illustrative model=model.clone()/>
            {model.progress.clone().map(|p| view! {
                <p class="card__progress"><span class=status_class(p.status)>{p.label}</span> " · " {p.sentence}</p>
            })}
        </li>
    }
}
