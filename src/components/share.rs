//! « Partager »: the link of the view shown, through the system's share sheet where the
//! browser has one (phones), else copied; the result is announced to screen readers.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use en_action_view::i18n;

use crate::route::Route;

#[component]
pub fn ShareButton(#[prop(into)] title: String) -> impl IntoView {
    let text = i18n::t().commune();
    let route = expect_context::<Route>();
    let said = RwSignal::new("");
    let on_click = move |_| {
        let location = window().location();
        let url = format!("{}{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default(), route.state.with_untracked(|s| s.to_query()));
        let title = title.clone();
        leptos::task::spawn_local(async move {
            said.set(match share(&title, &url).await {
                Shared::Sheet => "",
                Shared::Copied => text.share_copied,
                Shared::Failed => text.share_failed,
            });
        });
    };
    view! {
        <button type="button" class="share" on:click=on_click>{text.share_button}</button>
        <span class="share__said" role="status">{move || said.get()}</span>
    }
}

enum Shared {
    Sheet,
    Copied,
    Failed,
}

/// The system's share sheet (`navigator.share`), else the clipboard.
async fn share(title: &str, url: &str) -> Shared {
    let navigator = window().navigator();
    let sheet = js_sys::Reflect::get(&navigator, &JsValue::from_str("share")).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(sheet) = sheet {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
        if let Ok(promise) = sheet.call1(&navigator, &data).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
            // Shared, or closed by the reader: the sheet said what happened.
            let _ = JsFuture::from(promise).await;
            return Shared::Sheet;
        }
    }
    match JsFuture::from(navigator.clipboard().write_text(url)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}
