//! « Préparer la présentation hors ligne »: every data file a deck needs (or all of them)
//! read from the network and kept in the cache the service worker answers from offline,
//! with the progress and the total size; done once the application itself is kept too.

use en_action_view::i18n::{self, fill};
use en_action_view::offline::{progress_text, ready_text};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response};

use crate::store::DATA_DIR;

/// The cache of data files (the same name as in `scripts/sw.js`).
const DATA_CACHE: &str = "en-action-donnees";
/// The application's caches start with this (then the version).
const APP_CACHE_PREFIX: &str = "en-action-app-";

/// Where the preparation stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Preparing {
    #[default]
    Idle,
    Running { text: String, done: usize, total: usize },
    Done(String),
    Failed(String),
}

/// Keeps `paths` (relative to the data folder) for offline use, telling `state` as it goes.
pub async fn prepare(paths: Vec<String>, state: RwSignal<Preparing>) {
    match run(&paths, state).await {
        Ok(text) => state.set(Preparing::Done(text)),
        Err(e) => state.set(Preparing::Failed(fill(i18n::t().commune().offline_failed, &[("error", &e)]))),
    }
}

async fn run(paths: &[String], state: RwSignal<Preparing>) -> Result<String, String> {
    let caches = window().caches().map_err(|_| i18n::t().commune().offline_no_storage.to_owned())?;
    let cache: Cache = promised(caches.open(DATA_CACHE)).await?;
    let total = paths.len();
    let (mut bytes, mut failed) = (0_u64, Vec::new());
    state.set(Preparing::Running { text: progress_text(0, total, 0), done: 0, total });
    for (i, path) in paths.iter().enumerate() {
        let url = format!("{DATA_DIR}/{path}");
        match keep(&cache, &url).await {
            Ok(size) => bytes += size,
            Err(_) => failed.push(path.clone()),
        }
        state.set(Preparing::Running { text: progress_text(i + 1, total, bytes), done: i + 1, total });
    }
    let app = app_bytes().await;
    Ok(ready_text(total - failed.len(), bytes, app, &failed))
}

/// Fetches `url` afresh and keeps it; returns its size.
async fn keep(cache: &Cache, url: &str) -> Result<u64, String> {
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response: Response = promised(window().fetch_with_str_and_init(url, &init)).await?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let copy = response.clone().map_err(|_| i18n::t().commune().offline_copy_failed.to_owned())?;
    promised::<JsValue>(cache.put_with_str(url, &copy)).await?;
    let body: js_sys::ArrayBuffer = promised(response.array_buffer().map_err(|_| i18n::t().commune().offline_read_failed.to_owned())?).await?;
    Ok(u64::from(body.byte_length()))
}

/// The size of the application as kept by the service worker, once it is kept (at most a
/// few seconds after the first visit); `None` if it is not.
async fn app_bytes() -> Option<u64> {
    let container = window().navigator().service_worker();
    within(JsFuture::from(container.ready().ok()?), crate::fetch::sleep(10_000)).await?.ok()?;
    let caches = window().caches().ok()?;
    let names: js_sys::Array = promised(caches.keys()).await.ok()?;
    let name = names.iter().filter_map(|n| n.as_string()).find(|n| n.starts_with(APP_CACHE_PREFIX))?;
    let cache: Cache = promised(caches.open(&name)).await.ok()?;
    let requests: js_sys::Array = promised(cache.keys()).await.ok()?;
    let mut bytes = 0;
    for request in requests.iter() {
        let request: web_sys::Request = request.unchecked_into();
        let Ok(response) = promised::<JsValue>(cache.match_with_request(&request)).await else { continue };
        let Ok(response) = response.dyn_into::<Response>() else { continue };
        let Ok(promise) = response.array_buffer() else { continue };
        if let Ok(body) = promised::<js_sys::ArrayBuffer>(promise).await {
            bytes += u64::from(body.byte_length());
        }
    }
    Some(bytes)
}

/// The output of `future`, or `None` when `timeout` ends first.
async fn within<F: std::future::Future>(future: F, timeout: impl std::future::Future<Output = ()>) -> Option<F::Output> {
    use std::task::Poll;
    let mut future = std::pin::pin!(future);
    let mut timeout = std::pin::pin!(timeout);
    std::future::poll_fn(move |cx| {
        if let Poll::Ready(value) = future.as_mut().poll(cx) {
            return Poll::Ready(Some(value));
        }
        if timeout.as_mut().poll(cx).is_ready() {
            return Poll::Ready(None);
        }
        Poll::Pending
    })
    .await
}

/// Awaits a promise and casts its value.
async fn promised<T: JsCast>(promise: js_sys::Promise) -> Result<T, String> {
    let text = i18n::t().commune();
    let value = JsFuture::from(promise).await.map_err(|e| e.as_string().unwrap_or_else(|| text.offline_browser_error.to_owned()))?;
    value.dyn_into::<T>().map_err(|_| text.offline_unexpected_answer.to_owned())
}
