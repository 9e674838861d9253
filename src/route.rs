//! The URL is the state: the view shown is read from the query string, every change is a
//! new history entry, and back/forward restore the view. Links are relative query strings
//! (`?v=1&page=…`), so the site works from any static host and under any sub-path.

use en_action_view::url::ViewState;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Route {
    pub state: RwSignal<ViewState>,
}

impl Route {
    /// Reads the state from the address bar and follows back/forward.
    pub fn new() -> Self {
        let route = Route { state: RwSignal::new(ViewState::from_query(&current_query())) };
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            route.state.set(ViewState::from_query(&current_query()));
        });
        on_cleanup(move || listener.remove());
        route
    }

    /// Shows `state` and records it as a new history entry.
    pub fn go(&self, state: ViewState) {
        if state == self.state.get_untracked() {
            return;
        }
        let page_changed = state.page != self.state.with_untracked(|s| s.page)
            || state.indicator != self.state.with_untracked(|s| s.indicator.clone());
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&state.to_query()));
        }
        self.state.set(state);
        if page_changed {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Changes the state with `f` and records it.
    pub fn update(&self, f: impl FnOnce(&mut ViewState)) {
        let mut state = self.state.get_untracked();
        f(&mut state);
        self.go(state);
    }
}

fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// A link to another view: a real `href` (open in a new tab, copy) that navigates in place
/// on a plain click.
#[component]
pub fn Link(
    #[prop(into)] to: Signal<ViewState>,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] current: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let route = expect_context::<Route>();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
            ev.prevent_default();
            route.go(to.get_untracked());
        }
    };
    view! {
        <a href=move || to.get().to_query() class=class on:click=on_click
            aria-current=move || current.get().then_some("page")>
            {children()}
        </a>
    }
}
