//! Registers the service worker and takes a new version all at once: a version that is
//! ready when a page opens is taken at once (one reload, then « mis à jour »); one that
//! becomes ready later is taken at once on the ordinary pages, and offered with a button
//! where a reload would interrupt someone (a presentation, the workbench).

use en_action_view::url::{Page, ViewState};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use super::{session, Notice, Offline, UPDATED_KEY};

/// The worker's file, relative to the page (so the site works under any sub-path).
const WORKER: &str = "sw.js";
/// The message that makes a waiting version take over.
const TAKE_OVER: &str = "prendre-la-main";

fn workers() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

pub fn register(offline: Offline) {
    let Some(container) = workers() else { return };
    spawn_local(async move {
        // Some browsers (and test harnesses) refuse workers: then the dashboard works online only.
        let Ok(registration) = JsFuture::from(container.register(WORKER)).await else { return };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
        if registration.waiting().is_some() && container.controller().is_some() {
            take_over();
            return;
        }
        let r = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = r.installing() else { return };
            let watched = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                let replacing = workers().and_then(|c| c.controller()).is_some();
                if watched.state() == ServiceWorkerState::Installed && replacing {
                    if interrupting() {
                        offline.notice.set(Some(Notice::UpdateReady));
                    } else {
                        take_over();
                    }
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Whether a reload now would interrupt someone.
fn interrupting() -> bool {
    let page = ViewState::from_query(&window().location().search().unwrap_or_default()).page;
    matches!(page, Page::Presentation | Page::Workbench)
}

/// Tells the waiting version to take over, and reloads once it has.
pub fn take_over() {
    let Some(container) = workers() else { return };
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else { return };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
        let Some(waiting) = registration.waiting() else { return };
        let on_change = Closure::once_into_js(move || {
            if let Some(s) = session() {
                let _ = s.set_item(UPDATED_KEY, "1");
            }
            let _ = window().location().reload();
        });
        container.set_oncontrollerchange(Some(on_change.unchecked_ref()));
        let _ = waiting.post_message(&JsValue::from_str(TAKE_OVER));
    });
}
