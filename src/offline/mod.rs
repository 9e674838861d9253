//! Offline after one visit: the service worker (`sw.js`, written at build time by
//! `scripts/service-worker.mjs` from `scripts/sw.js`) keeps the application; data files are
//! kept as they are read, or all at once ([`prepare`]). This module registers the worker,
//! takes a new version all at once, and tells the reader when the dashboard is offline or
//! was updated.

// Preparing a deck offline is the presentation's (full edition).
#[cfg(feature = "full")]
pub mod prepare;
mod worker;

use en_action_view::offline::stamp;
use leptos::prelude::*;

use crate::store::Store;

/// Where the time of the last data read from the network is kept.
const STAMP_KEY: &str = "en-action.donnees-du";
/// Set just before the reload that takes a new version, to say so after it.
const UPDATED_KEY: &str = "en-action.mis-a-jour";

/// What the dashboard tells about its version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// This visit took a new version.
    Updated,
    /// A new version is ready; the reader chooses when to reload (presentation, workbench).
    UpdateReady,
}

#[derive(Clone, Copy)]
pub struct Offline {
    pub online: RwSignal<bool>,
    pub notice: RwSignal<Option<Notice>>,
    /// When data was last read from the network (`2026-12-01T11:05`).
    pub stamp: RwSignal<Option<String>>,
}

impl Offline {
    /// Follows the network state and registers the service worker (on a first visit, once
    /// `store`'s first view is in: see `worker::register`).
    pub fn start(store: Store) -> Offline {
        let offline = Offline {
            online: RwSignal::new(navigator_online()),
            notice: RwSignal::new(None),
            stamp: RwSignal::new(read(STAMP_KEY)),
        };
        let going = window_event_listener(leptos::ev::offline, move |_| {
            offline.stamp.set(read(STAMP_KEY));
            offline.online.set(false);
        });
        let coming = window_event_listener(leptos::ev::online, move |_| offline.online.set(true));
        on_cleanup(move || {
            going.remove();
            coming.remove();
        });
        if session().and_then(|s| s.get_item(UPDATED_KEY).ok().flatten()).is_some() {
            if let Some(s) = session() {
                let _ = s.remove_item(UPDATED_KEY);
            }
            offline.notice.set(Some(Notice::Updated));
        }
        worker::register(offline, store);
        offline
    }

    /// Reloads with the new version waiting (all files of one version together).
    pub fn take_new_version(self) {
        worker::take_over();
    }
}

/// Notes that data files were just read from the network (called on each success).
pub fn mark_data_read() {
    if !navigator_online() {
        return;
    }
    let now = js_sys::Date::new_0();
    let text = stamp(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8, now.get_hours() as u8, now.get_minutes() as u8);
    // Written once a minute at most: a page reads twenty files at once, and each storage write
    // is synchronous (about a millisecond each, on the path to the first chart).
    thread_local! {
        static WRITTEN: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    if WRITTEN.with(|w| *w.borrow() == text) {
        return;
    }
    if let Some(s) = window().local_storage().ok().flatten() {
        let _ = s.set_item(STAMP_KEY, &text);
    }
    WRITTEN.with(|w| *w.borrow_mut() = text);
}

fn read(key: &str) -> Option<String> {
    window().local_storage().ok().flatten().and_then(|s| s.get_item(key).ok().flatten())
}

fn session() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

fn navigator_online() -> bool {
    window().navigator().on_line()
}
