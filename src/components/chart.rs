//! An ECharts chart bound to a reactive option. The chart is a picture for sighted readers;
//! its text alternative is the one-sentence finding given as `label`, and the same numbers
//! are always in a table next to it.

use leptos::html::Div;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsCast;

use crate::components::presenting::Presenting;
use crate::echarts::{self, Instance, NumberFormat};
use crate::task_queue;

/// A printed chart: 17 × 9 cm at 96 px per inch.
const PRINT_WIDTH_PX: u32 = 642;
const PRINT_HEIGHT_PX: u32 = 340;

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
    /// When given, ECharts is neither loaded nor drawn before this holds `true`; `children`
    /// (the chart's picture) stand for it meanwhile.
    #[prop(optional, into)]
    until: Option<Signal<bool>>,
    /// What the chart's box shows before ECharts draws in it.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let instance: StoredValue<Option<Instance>, LocalStorage> = StoredValue::new_local(None);
    // On a slide, the same option made for the projector.
    let presenting = use_context::<Presenting>();
    let at_once = use_context::<DrawAtOnce>().is_some_and(|d| d.0.get_value());
    // ECharts (downloaded by the boot script) runs now, in a task of its own, while the page
    // around the chart is still being rendered: the drawing below then only draws.
    if !echarts::loaded() && until.is_none_or(|u| u.get_untracked()) {
        leptos::task::spawn_local(async {
            echarts::ready().await;
        });
    }
    Effect::new(move |_| {
        if until.is_some_and(|u| !u.get()) {
            return;
        }
        let mut option = match presenting {
            Some(p) => en_action_view::deck::projector::project(&option.get(), p.projection.get()),
            None => option.get(),
        };
        let format = format.get();
        let Some(element) = node.get() else { return };
        let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() else { return };
        let drawn = instance.with_value(Option::is_some);
        // Taking a picture's place, the lines are already there: no animation draws them again.
        if until.is_some() && !drawn && presenting.is_none() {
            if let Some(o) = option.as_object_mut() {
                o.insert("animation".into(), false.into());
            }
        }
        let draw = move || {
            // Gone meanwhile (the page changed before the queue came to it): nothing to draw.
            let Some(()) = instance.try_update_value(|slot| {
                crate::timing::mark("chart-draw");
                let chart = slot.get_or_insert_with(|| echarts::init(&element));
                echarts::set_option(chart, &option, &format);
                crate::timing::mark("chart-drawn");
            }) else { return };
            if let Some(callback) = on_instance {
                callback.run(Some(SendInstance(instance)));
            }
        };
        // The first drawing waits its turn (many charts come at once: the overview's cards);
        // later changes, and a chart that answers an interaction (a new view), are drawn at
        // once when ECharts is there (it may still be loading: then it waits for it).
        if drawn || (at_once && echarts::loaded()) {
            draw();
        } else {
            // Drawn inside the job when ECharts is there, so that the queue's clock counts it.
            task_queue::later(move || {
                if echarts::loaded() {
                    draw();
                } else {
                    leptos::task::spawn_local(async move {
                        if echarts::ready().await {
                            draw();
                        }
                    })
                }
            });
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        instance.with_value(|i| {
            if let Some(i) = i {
                i.resize();
            }
        })
    });
    // Printed, a chart takes the printed page's width (17 cm: A4 in either orientation), and
    // the screen's again after.
    // Sparklines keep their size; rankings and maps keep their height (their rows, their tiles).
    let printed = !class.contains("chart--spark");
    let keeps_height = class.contains("chart--fill") || class.contains("chart--map");
    let print = move |printing: bool| {
        instance.with_value(|i| match i {
            Some(i) if printing && printed => {
                let height = if keeps_height { echarts::size(i).1 } else { PRINT_HEIGHT_PX };
                echarts::resize_to(i, PRINT_WIDTH_PX, height);
            }
            Some(i) => i.resize(),
            None => {}
        })
    };
    let before = window_event_listener_untyped("beforeprint", move |_| print(true));
    let after = window_event_listener_untyped("afterprint", move |_| print(false));
    let media = window().match_media("print").ok().flatten();
    let on_media = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(move |e: web_sys::MediaQueryListEvent| print(e.matches()));
    if let Some(m) = &media {
        let _ = m.add_event_listener_with_callback("change", on_media.as_ref().unchecked_ref());
    }
    let on_media = StoredValue::new_local(Some(on_media));
    on_cleanup(move || {
        before.remove();
        after.remove();
        if let (Some(m), Some(f)) = (&media, on_media.try_update_value(Option::take).flatten()) {
            let _ = m.remove_event_listener_with_callback("change", f.as_ref().unchecked_ref());
        }
        resize.remove();
        instance.update_value(|i| {
            if let Some(i) = i.take() {
                i.dispose();
            }
        });
    });
    view! {
        <div class=format!("chart {class}") node_ref=node role="img" aria-label=move || label.get()>{children.map(|c| c())}</div>
    }
}

/// Provided where charts answer an interaction (a view chosen on a page already shown):
/// when it holds `true`, a new chart is drawn at once instead of waiting its turn.
#[derive(Clone, Copy)]
pub struct DrawAtOnce(pub StoredValue<bool>);

/// A handle to a chart's instance that can cross into callbacks.
#[derive(Clone, Copy)]
pub struct SendInstance(pub StoredValue<Option<Instance>, LocalStorage>);
