//! An ECharts chart bound to a reactive option. The chart is a picture for sighted readers;
//! its text alternative is the one-sentence finding given as `label`, and the same numbers
//! are always in a table next to it.

use leptos::html::Div;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsCast;

use crate::components::presentation::Presenting;
use crate::echarts::{self, Instance, NumberFormat};

#[component]
pub fn Chart(
    /// The ECharts option, as built by `en_action_view::chart`.
    #[prop(into)]
    option: Signal<Value>,
    /// How numbers are written in axes and tooltips.
    #[prop(into)]
    format: Signal<NumberFormat>,
    /// The text alternative: the finding the chart shows, in one sentence.
    #[prop(into)]
    label: Signal<String>,
    /// Extra CSS class (`chart--small`, `chart--tall`…).
    #[prop(optional, into)]
    class: String,
    /// Receives the ECharts instance once created (for image export).
    #[prop(optional)]
    on_instance: Option<Callback<Option<SendInstance>>>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let instance: StoredValue<Option<Instance>, LocalStorage> = StoredValue::new_local(None);
    // On a slide, the same option made for the projector.
    let presenting = use_context::<Presenting>();
    Effect::new(move |_| {
        let option = match presenting {
            Some(p) => en_action_view::deck::projector::project(&option.get(), p.projection.get()),
            None => option.get(),
        };
        let format = format.get();
        let Some(element) = node.get() else { return };
        let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() else { return };
        instance.update_value(|slot| {
            let chart = slot.get_or_insert_with(|| echarts::init(&element));
            echarts::set_option(chart, &option, &format);
        });
        if let Some(callback) = on_instance {
            callback.run(Some(SendInstance(instance)));
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        instance.with_value(|i| {
            if let Some(i) = i {
                i.resize();
            }
        })
    });
    on_cleanup(move || {
        resize.remove();
        instance.update_value(|i| {
            if let Some(i) = i.take() {
                i.dispose();
            }
        });
    });
    view! {
        <div class=format!("chart {class}") node_ref=node role="img" aria-label=move || label.get()></div>
    }
}

/// A handle to a chart's instance that can cross into callbacks.
#[derive(Clone, Copy)]
pub struct SendInstance(pub StoredValue<Option<Instance>, LocalStorage>);
