//! The presenter view (« Vue présentateur »), opened in a second window: the current and
//! the next slide, the speaker's notes, the time since the start and the clock. Keys work
//! here as on the projector, and both windows stay in step.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::deck::keys::Command;
use en_action_view::deck::navigator::Screen;
use en_action_view::deck::projector::Projection;
use en_action_view::deck::DeckModel;
use en_action_view::i18n::{self, fill};
use leptos::prelude::*;

use super::controller::Presentation;
use super::keyboard::listen_keys;
use super::slide::Slide;

#[component]
pub fn Presenter(territory: Arc<Territory>, deck: Arc<DeckModel>, presentation: Presentation) -> impl IntoView {
    let home = NodeRef::<leptos::html::Div>::new();
    listen_keys(presentation, home, |_| {});
    let started = StoredValue::new(js_sys::Date::now());
    let now = RwSignal::new(js_sys::Date::now());
    let tick = set_interval_with_handle(move || now.set(js_sys::Date::now()), std::time::Duration::from_millis(500)).ok();
    on_cleanup(move || {
        if let Some(t) = tick {
            t.clear();
        }
    });
    let elapsed = move || {
        let seconds = ((now.get() - started.get_value()) / 1000.0).max(0.0) as u64;
        format!("{:02}:{:02}", seconds / 60, seconds % 60)
    };
    let clock = move || {
        now.track();
        let date = js_sys::Date::new_0();
        format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
    };
    let theme = presentation.query.with_untracked(|q| q.theme);
    let small = Signal::stored(Projection { text_px: 12.0, theme });
    let index = Memo::new(move |_| presentation.nav.with(|n| n.index));
    let commune = Memo::new(move |_| presentation.query.with(|q| q.commune.clone()));
    let (d, t) = (deck.clone(), territory.clone());
    let slide_at = move |i: usize| {
        d.slides.get(i).map(|s| view! { <Slide territory=t.clone() view=s.following(commune.get().as_deref()) title=s.title.clone() projection=small/> })
    };
    let next_at = slide_at.clone();
    let d = deck.clone();
    let text = i18n::t().presentation();
    let notes = move || d.slides.get(index.get()).and_then(|s| s.notes.clone()).unwrap_or_else(|| text.presenter_no_notes.to_owned());
    let last = deck.slides.len().saturating_sub(1);
    view! {
        <div class="presenter" node_ref=home tabindex="-1">
            <header class="presenter__bar">
                <h1>{fill(text.presenter_title, &[("title", &deck.title)])}</h1>
                <p><span class="presenter__counter">{move || presentation.nav.with(|n| n.counter())}</span>
                   " · "{text.presenter_elapsed}" " <span class="presenter__elapsed">{elapsed}</span>
                   " · " <span class="presenter__clock">{clock}</span>
                   <span class="presenter__screen">{move || match presentation.nav.with(|n| n.screen) {
                       Screen::Black => format!(" · {}", text.presenter_black),
                       Screen::White => format!(" · {}", text.presenter_white),
                       Screen::Slide => String::new(),
                   }}</span></p>
                <div class="presenter__buttons">
                    <button type="button" on:click=move |_| { presentation.command(Command::Previous); }>{text.presenter_previous}</button>
                    <button type="button" on:click=move |_| { presentation.command(Command::Next); }>{text.presenter_next}</button>
                    <button type="button" on:click=move |_| started.set_value(js_sys::Date::now())>{text.presenter_reset}</button>
                </div>
            </header>
            <section class="presenter__current" aria-label=text.presenter_current>{move || slide_at(index.get())}</section>
            <section class="presenter__next" aria-labelledby="presenter-next">
                <h2 id="presenter-next">{text.presenter_next_heading}</h2>
                <div class="presenter__preview">
                    {move || if index.get() >= last { view! { <p>{text.presenter_end}</p> }.into_any() } else { next_at(index.get() + 1).into_any() }}
                </div>
            </section>
            <section class="presenter__notes" aria-labelledby="presenter-notes">
                <h2 id="presenter-notes">{text.presenter_notes}</h2>
                <p>{notes}</p>
            </section>
        </div>
    }
}
