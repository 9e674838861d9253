//! Runs the workbench's checks in a Web Worker (`public/atelier-worker.js`), one call at a
//! time, so the page stays responsive; where no worker can start (the bundle's URLs are not
//! found, or workers are refused), the same functions run on the page after a frame.

use std::cell::RefCell;

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::fetch::sleep;
use crate::worker_api::{workbench_check, workbench_import};

const WORKER_SCRIPT: &str = "public/atelier-worker.js";

/// The worker and the bundle's URLs, made on first use; `None` when it cannot be.
struct Started {
    worker: Worker,
    module: String,
    wasm: String,
}

thread_local! {
    static WORKER: RefCell<Option<Option<std::rc::Rc<Started>>>> = const { RefCell::new(None) };
}

fn started() -> Option<std::rc::Rc<Started>> {
    WORKER.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| start().map(std::rc::Rc::new))
            .clone()
    })
}

/// The `href` of the first element matching `selector`.
fn href(selector: &str) -> Option<String> {
    let element = leptos::prelude::document().query_selector(selector).ok()??;
    element.get_attribute("href").filter(|h| !h.is_empty())
}

fn start() -> Option<Started> {
    // Trunk preloads the bundle's script and Wasm with these links.
    let module = href("link[rel=modulepreload]")?;
    let wasm = href("link[rel=preload][href$='.wasm']")?;
    let base = leptos::prelude::document().base_uri().ok()??;
    let absolute = |path: &str| web_sys::Url::new_with_base(path, &base).ok().map(|u| u.href());
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(WORKER_SCRIPT, &options).ok()?;
    Some(Started { worker, module: absolute(&module)?, wasm: absolute(&wasm)? })
}

/// A call to one of the worker's functions.
pub enum Call<'a> {
    Check { name: &'a str, bytes: &'a [u8], territory: &'a [u8] },
    Import { name: &'a str, bytes: &'a [u8], template: &'a [u8], territory: &'a [u8] },
}

impl Call<'_> {
    fn name(&self) -> &'static str {
        match self {
            Call::Check { .. } => "workbench_check",
            Call::Import { .. } => "workbench_import",
        }
    }

    fn args(&self) -> Array {
        let bytes = |b: &[u8]| JsValue::from(Uint8Array::from(b));
        match self {
            Call::Check { name, bytes: b, territory } => Array::of3(&JsValue::from_str(name), &bytes(b), &bytes(territory)),
            Call::Import { name, bytes: b, template, territory } => Array::of4(&JsValue::from_str(name), &bytes(b), &bytes(template), &bytes(territory)),
        }
    }

    fn run_here(&self) -> String {
        match self {
            Call::Check { name, bytes, territory } => workbench_check(name, bytes, territory),
            Call::Import { name, bytes, template, territory } => workbench_import(name, bytes, template, territory),
        }
    }
}

/// The JSON text the call returns.
pub async fn run(call: Call<'_>) -> String {
    if let Some(started) = started() {
        match in_worker(&started, &call).await {
            Ok(text) => return text,
            Err(e) => leptos::logging::warn!("atelier : le worker a échoué ({e:?}) ; vérification dans la page"),
        }
        // A worker that failed once is not used again.
        WORKER.with(|cell| *cell.borrow_mut() = Some(None));
    }
    // Let the page paint « Vérification… » first.
    sleep(16).await;
    call.run_here()
}

async fn in_worker(started: &Started, call: &Call<'_>) -> Result<String, JsValue> {
    let message = Object::new();
    Reflect::set(&message, &"module".into(), &started.module.as_str().into())?;
    Reflect::set(&message, &"wasm".into(), &started.wasm.as_str().into())?;
    Reflect::set(&message, &"call".into(), &call.name().into())?;
    Reflect::set(&message, &"args".into(), &call.args())?;
    let worker = started.worker.clone();
    let answer = Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        let on_error = Closure::once_into_js(move |event: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &event);
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    started.worker.post_message(&message)?;
    let data = JsFuture::from(answer).await?;
    if let Some(result) = Reflect::get(&data, &"result".into())?.as_string() {
        return Ok(result);
    }
    Err(Reflect::get(&data, &"error".into())?)
}
