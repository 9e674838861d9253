//! The projected screen: the current slide, full screen, with its counter, the territory
//! or commune in a corner, previous and next buttons for touch screens, black and white
//! screens, the commune picker, and the keys of clickers and keyboards.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::deck::navigator::{Effect, Screen};
use en_action_view::deck::projector::Projection;
use en_action_view::deck::query::Theme;
use en_action_view::deck::DeckModel;
use en_action_view::i18n::{self, data, fill};
use leptos::prelude::*;

use super::controller::Presentation;
use super::keyboard::{focus, listen_keys};
use super::help::Help;
use super::prepare::PrepareOffline;
use en_action_view::offline::offline_text;
use super::kiosk::Kiosk;
use super::slide::Slide;
use crate::components::commune_picker::CommunePicker;
use crate::components::views::window_width;
use crate::route::Route;
use crate::store::{Loaded, Store};

/// Chart text at 1,920 pixels wide: 24 px, in proportion above; never below 22 px (a
/// 1280 × 720 projector is read from as far as a larger one).
const MIN_CHART_TEXT: f64 = 22.0;
const CHART_TEXT_PER_PX: f64 = 24.0 / 1920.0;

#[component]
pub fn Stage(territory: Arc<Territory>, deck: Arc<DeckModel>, deck_file: Option<String>, presentation: Presentation) -> impl IntoView {
    let route = expect_context::<Route>();
    let title = deck.title.clone();
    let stage = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(window_width());
    let resize = window_event_listener(leptos::ev::resize, move |_| width.set(window_width()));
    on_cleanup(move || resize.remove());
    let theme = Memo::new(move |_| presentation.query.with(|q| q.theme));
    let projection = Signal::derive(move || Projection { text_px: (width.get() * CHART_TEXT_PER_PX).clamp(MIN_CHART_TEXT, 48.0).round(), theme: theme.get() });
    let d = deck.clone();
    let leave = Callback::new(move |()| {
        let index = presentation.nav.with_untracked(|n| n.index);
        let commune = presentation.query.with_untracked(|q| q.commune.clone());
        if let Some(slide) = d.slides.get(index) {
            route.go(slide.following(commune.as_deref()));
        }
    });
    listen_keys(presentation, stage, move |effect| match effect {
        Effect::Fullscreen => toggle_fullscreen(),
        Effect::Leave => leave.run(()),
        _ => {}
    });

    let d = deck.clone();
    let t = territory.clone();
    let current = Memo::new(move |_| (presentation.nav.with(|n| n.index), presentation.query.with(|q| q.commune.clone())));
    let slide = move || {
        let (index, commune) = current.get();
        d.slides.get(index).map(|s| {
            let view = s.following(commune.as_deref());
            view! { <Slide territory=t.clone() view=view title=s.title.clone() projection=projection/> }
        })
    };
    let t = territory.clone();
    let corner = move || match presentation.query.with(|q| q.commune.clone()).and_then(|c| t.commune_by_code(&c).map(|c| c.name.clone())) {
        Some(name) => name,
        None => t.short_name.clone(),
    };
    let d = deck.clone();
    let t = territory.clone();
    let announcement = move || {
        let (index, _) = current.get();
        let label = d.slides.get(index).map(|s| s.title.clone().unwrap_or_else(|| slide_label(&t, &s.view))).unwrap_or_default();
        presentation.nav.with_untracked(|n| n.announcement(&label))
    };
    let help_deck = deck.clone();
    let prepare_deck = deck.clone();
    let offline = expect_context::<crate::offline::Offline>();
    let idle = RwSignal::new(false);
    let auto = presentation.query.with_untracked(|q| q.auto);
    let screen = move || presentation.nav.with(|n| n.screen);
    let t = territory.clone();
    let pick = Callback::new(move |code: String| {
        presentation.follow(Some(code));
        presentation.picking.set(false);
        focus(stage);
    });
    let presenter_link = move || presentation.query.with(|q| en_action_view::deck::query::PresentationQuery { presenter: true, ..q.clone() }.to_query());
    let text = i18n::t().presentation();
    let open_presenter = move |_| {
        let _ = window().open_with_url_and_target_and_features(&presenter_link(), "en-action-presentateur", "popup,width=1280,height=800");
    };
    view! {
        <div class="presentation" class:presentation--dark=move || theme.get() == Theme::Dark class:presentation--idle=move || idle.get()
            node_ref=stage tabindex="-1" aria-roledescription=text.roledescription aria-label=title>
            <div class="presentation__slide">{slide}</div>
            <p class="presentation__corner">{corner}</p>
            <p class="presentation__counter" aria-hidden="true">
                {move || presentation.nav.with(|n| n.counter())}
                {move || presentation.nav.with(|n| (!n.typed.is_empty()).then(|| format!(" → {}", n.typed)))}
            </p>
            <nav class="presentation__bar" aria-label=text.controls>
                <button type="button" on:click=move |_| { presentation.command(en_action_view::deck::keys::Command::Previous); } aria-label=text.previous_slide>"‹"</button>
                <button type="button" on:click=move |_| { presentation.command(en_action_view::deck::keys::Command::Next); } aria-label=text.next_slide>"›"</button>
                <button type="button" on:click=move |_| toggle_fullscreen()>{text.fullscreen}</button>
                <button type="button" on:click=move |_| presentation.picking.set(true)>{text.commune}</button>
                <button type="button" aria-pressed=move || (theme.get() == Theme::Dark).to_string()
                    on:click=move |_| presentation.set_query(|q| q.theme = if q.theme == Theme::Dark { Theme::Light } else { Theme::Dark })>{text.dark_theme}</button>
                <button type="button" on:click=open_presenter>{text.presenter_view}</button>
                <button type="button" on:click=move |_| presentation.preparing.set(true)>{text.offline}</button>
                <button type="button" on:click=move |_| presentation.help.set(true)>{text.help}</button>
                <button type="button" on:click=move |_| leave.run(())>{text.leave}</button>
            </nav>
            <div class="presentation__blank presentation__blank--black" class:is-shown=move || screen() == Screen::Black aria-hidden="true"></div>
            <div class="presentation__blank presentation__blank--white" class:is-shown=move || screen() == Screen::White aria-hidden="true"></div>
            <p class="visually-hidden" role="status" aria-live="polite">{announcement}</p>
            {auto.map(|seconds| view! { <Kiosk presentation=presentation seconds=seconds idle=idle/> })}
            {move || presentation.picking.get().then(|| view! {
                <div class="presentation-dialog" role="dialog" aria-modal="true" aria-label=text.follow_label>
                    <h2>{text.follow_title}</h2>
                    <p>{text.follow_lead}</p>
                    <CommunePicker territory=t.clone() selected=Signal::derive(move || presentation.query.with(|q| q.commune.clone().into_iter().collect::<Vec<_>>()))
                        on_pick=pick label=text.commune id="presentation-commune"/>
                    <div class="presentation-dialog__actions">
                        <button type="button" on:click=move |_| { presentation.follow(None); presentation.picking.set(false); focus(stage); }>{text.whole_territory}</button>
                        <button type="button" on:click=move |_| { presentation.picking.set(false); focus(stage); }>{text.close}</button>
                    </div>
                </div>
            })}
            {let (t, d) = (territory.clone(), help_deck.clone()); move || presentation.help.get().then(|| view! { <Help territory=t.clone() deck=d.clone() presentation=presentation/> })}
            {move || presentation.preparing.get().then(|| view! { <PrepareOffline territory=territory.clone() deck=prepare_deck.clone() deck_file=deck_file.clone() presentation=presentation/> })}
            {move || (!offline.online.get()).then(|| view! { <p class="presentation__offline" role="status">{offline_text(offline.stamp.get().as_deref())}</p> })}
        </div>
    }
}

/// What a slide shows, in a few words (announced when the deck gives no title).
fn slide_label(territory: &Arc<Territory>, view: &en_action_view::url::ViewState) -> String {
    use en_action_view::url::Page;
    match view.page {
        Page::Indicator => {
            let id = view.indicator.as_deref().unwrap_or_default();
            let store = expect_context::<Store>();
            let file = territory.indicators.iter().find(|f| en_action_core::check::id_of_file(f) == id);
            match file.map(|f| store.indicator(territory, f)) {
                Some(Loaded::Ready(c)) => data::title(&c.indicator).plain(),
                _ => id.to_owned(),
            }
        }
        Page::Commune => view.communes.first().and_then(|c| territory.commune_by_code(c)).map(|c| c.name.clone()).unwrap_or_default(),
        Page::Actions => en_action_view::actions::text::slide_title(view.axis.as_ref().and_then(|a| territory.axis(a)).map(|a| data::axis_label(a).plain()).as_deref()),
        _ => match view.axis.as_ref().and_then(|a| territory.axis(a)) {
            Some(axis) => fill(i18n::t().presentation().label_axis, &[("label", &data::axis_label(axis).plain())]),
            None => i18n::t().presentation().label_project.to_owned(),
        },
    }
}

/// Enters or leaves full screen (F).
pub fn toggle_fullscreen() {
    let document = document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}
