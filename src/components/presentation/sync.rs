//! Keeps the windows of one presentation in step (the projector's and the presenter
//! view's): each change of slide, screen or commune is posted on a BroadcastChannel of the
//! same origin, whichever window received the key.

use wasm_bindgen::prelude::*;
use web_sys::{BroadcastChannel, MessageEvent};

/// The channel's name (one per origin: one presentation at a time).
const CHANNEL: &str = "en-action-presentation";

/// What a window tells the others.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    /// The slide shown, from 0.
    pub slide: usize,
    /// `diapo`, `noir` or `blanc`.
    pub screen: String,
    pub commune: Option<String>,
}

/// An open channel; closed when dropped.
pub struct Sync {
    channel: BroadcastChannel,
    _listener: Closure<dyn Fn(MessageEvent)>,
}

impl Sync {
    /// Opens the channel; `on_step` receives the other windows' steps. `None` where the
    /// browser has no BroadcastChannel (the presentation then works alone).
    pub fn open(on_step: impl Fn(Step) + 'static) -> Option<Sync> {
        let channel = BroadcastChannel::new(CHANNEL).ok()?;
        let listener = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(step) = event.data().as_string().and_then(|text| serde_json::from_str::<Step>(&text).ok()) {
                on_step(step);
            }
        });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        Some(Sync { channel, _listener: listener })
    }

    /// Tells the other windows.
    pub fn post(&self, step: &Step) {
        if let Ok(text) = serde_json::to_string(step) {
            let _ = self.channel.post_message(&JsValue::from_str(&text));
        }
    }
}

impl Drop for Sync {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}
