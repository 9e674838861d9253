//! The keys of a presentation window (projector or presenter view): each key's command is
//! applied to the shared state; what the window must do beyond (full screen, leave) is
//! given to `on_effect`. Dialogs (commune, help) take the keys while open; Esc closes them.

use en_action_view::deck::keys::command;
use en_action_view::deck::navigator::Effect as Then;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::controller::Presentation;

pub fn listen_keys(presentation: Presentation, home: NodeRef<Div>, on_effect: impl Fn(Then) + 'static) {
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        if presentation.in_dialog() {
            if event.key() == "Escape" {
                presentation.close_dialogs();
                focus(home);
            }
            return;
        }
        // Enter and Space on a button or a link press it.
        let on_control = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "BUTTON" | "A" | "INPUT" | "SELECT" | "TEXTAREA"));
        if on_control && matches!(event.key().as_str(), "Enter" | " ") {
            return;
        }
        let Some(cmd) = command(&event.key(), event.ctrl_key() || event.alt_key() || event.meta_key()) else { return };
        event.prevent_default();
        match presentation.command(cmd) {
            Then::PickCommune => presentation.picking.set(true),
            Then::Help => presentation.help.set(true),
            effect => on_effect(effect),
        }
    });
    on_cleanup(move || keys.remove());
    Effect::new(move |_| focus(home));
}

/// Gives the keyboard focus back to the window's main element.
pub fn focus(home: NodeRef<Div>) {
    if let Some(element) = home.get_untracked() {
        let _ = element.focus();
    }
}
