//! Kiosk mode (`auto=N`): the deck advances every N seconds and loops; any interaction
//! (keys, pointer, touch, wheel) pauses it until the room has been idle for a while, and a
//! thin bar shows the time left on the slide.

use en_action_view::format::number;
use en_action_view::i18n::{self, fill};
use leptos::prelude::*;

use super::controller::Presentation;

/// Without interaction for this long, the kiosk resumes.
const IDLE_MS: f64 = 8_000.0;
/// The tick of the kiosk's clock.
const TICK_MS: u64 = 100;

/// Runs the kiosk; `idle` is true while it advances on its own (the cursor is then hidden).
#[component]
pub fn Kiosk(presentation: Presentation, seconds: u32, idle: RwSignal<bool>) -> impl IntoView {
    let total = f64::from(seconds) * 1000.0;
    let elapsed = RwSignal::new(0.0_f64);
    let last_input = StoredValue::new(f64::NEG_INFINITY);
    let touched = move || {
        last_input.set_value(now());
        idle.set(false);
    };
    let listeners = [
        window_event_listener(leptos::ev::pointermove, move |_| touched()),
        window_event_listener(leptos::ev::pointerdown, move |_| touched()),
        window_event_listener(leptos::ev::wheel, move |_| touched()),
        window_event_listener(leptos::ev::touchstart, move |_| touched()),
        window_event_listener(leptos::ev::keydown, move |_| touched()),
    ];
    // A slide changed by hand starts its full time.
    Effect::new(move |_| {
        presentation.nav.with(|n| n.index);
        elapsed.set(0.0);
    });
    let tick = set_interval_with_handle(
        move || {
            if now() - last_input.get_value() < IDLE_MS {
                idle.set(false);
                return;
            }
            idle.set(true);
            let next = elapsed.get_untracked() + TICK_MS as f64;
            if next >= total {
                presentation.advance();
                elapsed.set(0.0);
            } else {
                elapsed.set(next);
            }
        },
        std::time::Duration::from_millis(TICK_MS),
    )
    .ok();
    on_cleanup(move || {
        for l in listeners {
            l.remove();
        }
        if let Some(t) = tick {
            t.clear();
        }
    });
    let scale = move || format!("scaleX({:.3})", (elapsed.get() / total).clamp(0.0, 1.0));
    view! {
        <div class="kiosk-progress" aria-hidden="true"><span style=("transform", scale)></span></div>
        <p class="kiosk-state" role="status">
            {move || if idle.get() { String::new() } else { fill(i18n::t().presentation().kiosk_paused, &[("seconds", &number(IDLE_MS / 1000.0, 0))]) }}
        </p>
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}
