//! A chart's picture (`en_action_view::chart::picture`) drawn as inline SVG, in place of a
//! chart whose ECharts instance is not there yet. It fills its chart's box, measures it, and
//! asks `draw` for the picture at that size (again when the box is resized); a picture of a
//! kind already measured on the page is drawn at once at the size it had. Reaching for
//! it (a mouse over it, a finger on it) calls `on_reach`: the live chart then takes its place.
//! Hidden from screen readers: the chart's box carries the text alternative.

use std::cell::{Cell, RefCell};

use en_action_view::chart::picture::{is_italic, Picture, Shape};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    /// The width last measured of a picture's box (the page's column: every picture's).
    static LAST_WIDTH: Cell<Option<f64>> = const { Cell::new(None) };
    /// The height last measured of each kind of picture.
    static LAST_HEIGHT: RefCell<Vec<(&'static str, f64)>> = const { RefCell::new(Vec::new()) };
}

/// The size a new picture of `kind` will most likely have: the column's width last measured,
/// and `height` or the last height of its kind (`None` before any measure: a page's first
/// picture waits for its box's).
fn likely_size(kind: &'static str, height: Option<f64>) -> Option<(f64, f64)> {
    let height = height.or_else(|| LAST_HEIGHT.with(|h| h.borrow().iter().find(|(k, _)| *k == kind).map(|(_, v)| *v)))?;
    Some((LAST_WIDTH.with(Cell::get)?, height))
}

fn remember(kind: &'static str, (width, height): (f64, f64)) {
    LAST_WIDTH.with(|w| w.set(Some(width)));
    LAST_HEIGHT.with(|h| {
        let mut h = h.borrow_mut();
        h.retain(|(k, _)| *k != kind);
        h.push((kind, height));
    });
}

#[component]
pub fn PictureBox(
    /// The picture for a box of (width, height) pixels; `None`: nothing to draw.
    draw: Callback<(f64, f64), Option<Picture>>,
    /// Called when the reader reaches for the picture.
    on_reach: Callback<()>,
    /// The kind of chart (`"trend"`, `"ranking"`): a picture drawn again on the page (a view
    /// the reader turns to or back to) is drawn at once, in the task that builds it, at the
    /// size its kind had, instead of a frame later when its box is measured (that measure
    /// then only confirms it, or redraws it at its true size).
    kind: &'static str,
    /// The box's height when the page sets it (a ranking's, from its rows).
    #[prop(optional)]
    height: Option<f64>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let size = RwSignal::new(likely_size(kind, height));
    // Measured by a ResizeObserver: told after the browser's own layout, never forcing one
    // (reading `clientWidth` while the page is being built did: ~45 ms at CPU 4×), and again
    // whenever the box changes size (window, rotation, print).
    let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>().ok() else { return };
        let rect = entry.content_rect();
        let measured = Some((rect.width().round(), rect.height().round())).filter(|(w, h)| *w > 0.0 && *h > 0.0);
        if let Some(measured) = measured {
            remember(kind, measured);
        }
        if measured != size.get_untracked() {
            let _ = size.try_set(measured);
        }
    });
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    Effect::new({
        let observer = observer.clone();
        move |_| {
            if let (Some(el), Some(o)) = (node.get(), &observer) {
                o.observe(&el);
            }
        }
    });
    let observer = StoredValue::new_local((observer, Some(on_resize)));
    on_cleanup(move || {
        observer.update_value(|(o, closure)| {
            if let Some(o) = o {
                o.disconnect();
            }
            closure.take();
        })
    });
    view! {
        <div class="picture" node_ref=node aria-hidden="true" on:pointerenter=move |_| on_reach.run(())>
            {move || size.get().and_then(|(w, h)| draw.run((w, h))).map(svg)}
        </div>
    }
}

fn svg(picture: Picture) -> impl IntoView {
    view! {
        <svg viewBox=format!("0 0 {} {}", picture.width, picture.height) focusable="false">
            {picture.shapes.into_iter().map(shape).collect_view()}
        </svg>
    }
}

fn shape(shape: Shape) -> AnyView {
    match shape {
        Shape::Path { class, d, stroke, fill, width, dash } => view! {
            <path class=class d=d stroke=stroke fill=fill.unwrap_or_else(|| "none".to_owned()) stroke-width=width stroke-dasharray=dash/>
        }
        .into_any(),
        Shape::Dot { x, y, r, fill } => view! { <circle cx=x cy=y r=r fill=fill/> }.into_any(),
        Shape::Text { class, x, y, text, fill, size, bold, anchor, vertical } => view! {
            <text class=class x=x y=y fill=fill font-size=size font-weight=bold.then_some("bold") font-style=is_italic(class).then_some("italic") text-anchor=anchor.svg()
                dominant-baseline="central" transform=vertical.then(|| format!("rotate(-90 {x} {y})"))>{text}</text>
        }
        .into_any(),
    }
}
