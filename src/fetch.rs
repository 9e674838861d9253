//! Fetching data files over a poor network, following `en_action_view::fetch_policy`: a
//! timeout that restarts with every chunk received (AbortController), retries with backoff on
//! transient faults, the size cap checked from `Content-Length` and again while reading the
//! body chunk by chunk, and progress reported as it comes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use en_action_view::fetch_policy::{check_size, retry_delay_ms, FetchError, ATTEMPTS, TIMEOUT_MS};
use js_sys::{Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader};

/// Fetches `url`, calling `on_progress(received, total)` as the body arrives.
pub async fn fetch_bytes(url: &str, on_progress: &dyn Fn(u64, Option<u64>)) -> Result<Vec<u8>, FetchError> {
    let mut attempt = 1;
    loop {
        sleep(retry_delay_ms(attempt)).await;
        // Offline, the service worker may still have a copy: one attempt, no retries.
        match fetch_once(url, on_progress).await {
            Err(_) if is_offline() => return Err(FetchError::Offline),
            Err(e) if e.is_transient() && attempt < ATTEMPTS => attempt += 1,
            result => return result,
        }
    }
}

async fn fetch_once(url: &str, on_progress: &dyn Fn(u64, Option<u64>)) -> Result<Vec<u8>, FetchError> {
    let early = take_early(url);
    let controller = match &early {
        Some((_, controller)) => controller.clone(),
        None => AbortController::new().map_err(|e| FetchError::Network(describe(&e)))?,
    };
    let timer = Timer::start(controller.clone());
    if early.is_some() {
        // Taken at once, the response is often already in: its reading and checking would
        // run in the task that asked for it (the app's mount, for the territory).
        next_task().await;
    }
    let response = match early {
        Some((response, _)) => JsFuture::from(response)
            .await
            .and_then(|r| r.dyn_into::<web_sys::Response>())
            .map(gloo_net::http::Response::from)
            .map_err(|e| timer.fault(describe(&e)))?,
        None => gloo_net::http::Request::get(url)
            .abort_signal(Some(&controller.signal()))
            .send()
            .await
            .map_err(|e| timer.fault(e.to_string()))?,
    };
    if !response.ok() {
        return Err(FetchError::from_status(response.status(), &response.status_text()));
    }
    let total = response.headers().get("content-length").and_then(|v| v.trim().parse::<u64>().ok());
    if let Some(total) = total {
        check_size(total)?;
    }
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(total.map_or(0, |t| usize::try_from(t).unwrap_or(0)));
    loop {
        timer.restart();
        let chunk = JsFuture::from(reader.read()).await.map_err(|e| timer.fault(describe(&e)))?;
        if Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let Ok(value) = Reflect::get(&chunk, &"value".into()) else { break };
        let array: Uint8Array = value.unchecked_into();
        let start = bytes.len();
        bytes.resize(start + array.length() as usize, 0);
        array.copy_to(&mut bytes[start..]);
        if let Err(e) = check_size(bytes.len() as u64) {
            let _ = reader.cancel();
            return Err(e);
        }
        on_progress(bytes.len() as u64, total);
    }
    Ok(bytes)
}

/// The request `index.html`'s boot script already made for `url`, if any (the first view's
/// files, asked for while the WebAssembly came; an indicator page's two read there to paint
/// its heading): its response and its controller, taken once (a retry fetches anew).
fn take_early(url: &str) -> Option<(Promise, AbortController)> {
    let early = Reflect::get(&js_sys::global(), &"__enActionEarly".into()).ok().filter(JsValue::is_object)?;
    let key = JsValue::from_str(url);
    let entry = Reflect::get(&early, &key).ok().filter(JsValue::is_object)?;
    let _ = Reflect::delete_property(early.unchecked_ref::<js_sys::Object>(), &key);
    let response = Reflect::get(&entry, &"response".into()).ok()?.dyn_into::<Promise>().ok()?;
    let controller = Reflect::get(&entry, &"controller".into()).ok()?.dyn_into::<AbortController>().ok()?;
    Some((response, controller))
}

#[wasm_bindgen]
extern "C" {
    /// The global `setTimeout` (a window's or a worker's), its id kept as the value it is:
    /// `web_sys`'s i32 would cut an id above 2³¹ (a test's fake clock gives such ids), and
    /// `clearTimeout` would then miss it and leave the timer to call a dropped closure.
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &js_sys::Function, ms: u32) -> JsValue;

    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
}

/// Aborts the request after [`TIMEOUT_MS`] without news; knows whether it fired.
struct Timer {
    fired: Rc<Cell<bool>>,
    id: RefCell<Option<JsValue>>,
    callback: Closure<dyn FnMut()>,
}

impl Timer {
    fn start(controller: AbortController) -> Timer {
        let fired = Rc::new(Cell::new(false));
        let flag = fired.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            flag.set(true);
            controller.abort();
        });
        let timer = Timer { fired, id: RefCell::new(None), callback };
        timer.restart();
        timer
    }

    fn restart(&self) {
        if let Some(id) = self.id.take() {
            clear_timeout(&id);
        }
        *self.id.borrow_mut() = Some(set_timeout(self.callback.as_ref().unchecked_ref(), TIMEOUT_MS));
    }

    /// The error of a failed request: a timeout if the timer aborted it.
    fn fault(&self, message: String) -> FetchError {
        if self.fired.get() {
            FetchError::Timeout { timeout_ms: TIMEOUT_MS }
        } else {
            FetchError::Network(message)
        }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(id) = self.id.take() {
            clear_timeout(&id);
        }
    }
}

fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// Resumes in a task of its own (a timer of 0 ms): long work cut there lets the browser paint
/// and answer in between.
pub async fn next_task() {
    timer(0).await;
}

/// Waits `ms` milliseconds (a timer, so the page can paint meanwhile); 0 does not wait.
pub async fn sleep(ms: u32) {
    if ms > 0 {
        timer(ms).await;
    }
}

/// Resolves when a timer of `ms` milliseconds fires.
async fn timer(ms: u32) {
    let promise = Promise::new(&mut |resolve, _| {
        set_timeout(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

fn describe(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| en_action_view::i18n::t().commune().error_unknown.to_owned())
}
