//! Registers the service worker and takes a new version all at once: a version that is
//! ready when a page opens is taken at once (one reload, then « mis à jour »); one that
//! becomes ready later is taken at once on the ordinary pages, and offered with a button
//! where a reload would interrupt someone (a presentation, the workbench).

use std::cell::RefCell;
use std::rc::Rc;

use en_action_view::url::{Page, ViewState};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use super::{session, Notice, Offline, UPDATED_KEY};
use crate::store::Store;

/// The worker's file, relative to the page (so the site works under any sub-path).
const WORKER: &str = "sw.js";
/// The message that makes a waiting version take over.
const TAKE_OVER: &str = "prendre-la-main";

fn workers() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

/// Registers the worker. A returning visitor's worker is already installed: registering costs
/// nothing, and a waiting version is taken before the reader starts reading. On a first visit
/// the install downloads the whole application (both editions and ECharts, about 1 MB
/// compressed) and writes it to the cache: that waits until the first view is in and the
/// page is idle, so that it takes neither the network nor the processor from the page (at
/// mount, it made the overview's first chart about 130 ms later at CPU 4x, median of 7).
pub fn register(offline: Offline, store: Store) {
    let Some(container) = workers() else { return };
    if container.controller().is_some() {
        register_now(container, offline);
    } else {
        after_first_view(store, move || register_now(container, offline));
    }
}

/// Runs `then` once nothing the page asked for is loading, no rendering job is queued
/// (`task_queue`) and the browser has an idle moment (each wait for one bounded by
/// [`IDLE_WAIT_MS`]).
fn after_first_view(store: Store, then: impl FnOnce() + 'static) {
    let then = Rc::new(RefCell::new(Some(then)));
    Effect::new(move |_| {
        // Once run, the effect reads no signal and so never runs again.
        if then.borrow().is_none() || store.busy() {
            return;
        }
        let then = then.clone();
        when_idle(Rc::new(move || {
            if store.busy() {
                return; // A file asked for meanwhile: the effect runs again once it is in.
            }
            if let Some(then) = then.borrow_mut().take() {
                then();
            }
        }));
    });
}

/// How long an idle moment is waited for at most.
const IDLE_WAIT_MS: u32 = 5_000;

/// Runs `job` in the browser's first idle moment (`requestIdleCallback`; a timer where there is
/// none) that finds no rendering job queued.
fn when_idle(job: Rc<dyn Fn()>) {
    let run = Closure::once_into_js(move || {
        if crate::task_queue::is_empty() {
            job();
        } else {
            when_idle(job);
        }
    });
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(IDLE_WAIT_MS);
    if window().request_idle_callback_with_options(run.unchecked_ref(), &options).is_err() {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 500);
    }
}

fn register_now(container: ServiceWorkerContainer, offline: Offline) {
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
