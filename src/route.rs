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
    /// Reads the state from the address bar and follows back/forward. Coming back to a view,
    /// its scroll position and the link that was followed are restored (kept in the history
    /// entry when leaving it).
    pub fn new() -> Self {
        let route = Route { state: RwSignal::new(ViewState::from_query(&current_query())) };
        let listener = window_event_listener(leptos::ev::popstate, move |event| {
            route.state.set(ViewState::from_query(&current_query()));
            if let Some(place) = Place::read(&event.state()) {
                place.restore();
            }
        });
        on_cleanup(move || listener.remove());
        route
    }

    /// Shows `state` and records it as a new history entry.
    pub fn go(&self, state: ViewState) {
        if state == self.state.get_untracked() {
            return;
        }
        // A page of the full edition, from the first-view one: a full navigation (the boot
        // script of index.html loads the full edition).
        if !crate::edition::shows(state.page) {
            let _ = window().location().assign(&state.to_query());
            return;
        }
        let page_changed = state.page != self.state.with_untracked(|s| s.page)
            || state.indicator != self.state.with_untracked(|s| s.indicator.clone());
        if let Ok(history) = window().history() {
            let _ = history.replace_state(&Place::here().to_js(), "");
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

/// Where the reader was on a view: the scroll position and the link that had the focus.
struct Place {
    scroll_y: f64,
    focus: Option<String>,
}

impl Place {
    fn here() -> Place {
        let focus = document().active_element().filter(|e| e.tag_name() == "A").and_then(|e| e.get_attribute("href"));
        Place { scroll_y: window().scroll_y().unwrap_or_default(), focus }
    }

    fn to_js(&self) -> wasm_bindgen::JsValue {
        let object = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&object, &"defilement".into(), &self.scroll_y.into());
        if let Some(href) = &self.focus {
            let _ = js_sys::Reflect::set(&object, &"focus".into(), &href.into());
        }
        object.into()
    }

    fn read(state: &wasm_bindgen::JsValue) -> Option<Place> {
        let scroll_y = js_sys::Reflect::get(state, &"defilement".into()).ok()?.as_f64()?;
        let focus = js_sys::Reflect::get(state, &"focus".into()).ok().and_then(|f| f.as_string());
        Some(Place { scroll_y, focus })
    }

    /// Once the view is drawn again (next frames): scroll back, and focus the link followed
    /// without scrolling it away.
    fn restore(self) {
        leptos::task::spawn_local(async move {
            for _ in 0..3 {
                crate::fetch::sleep(16).await;
            }
            window().scroll_to_with_x_and_y(0.0, self.scroll_y);
            let link = self.focus.as_ref().and_then(|href| {
                let links = document().query_selector_all("main a[href]").ok()?;
                (0..links.length()).filter_map(|i| links.item(i)).find_map(|n| {
                    let e: web_sys::HtmlElement = wasm_bindgen::JsCast::dyn_into(n).ok()?;
                    (e.get_attribute("href").as_deref() == Some(href.as_str())).then_some(e)
                })
            });
            if let Some(link) = link {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = link.focus_with_options(&options);
            }
        });
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
