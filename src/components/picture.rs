//! A chart's picture (`en_action_view::chart::picture`) drawn as inline SVG, in place of a
//! chart whose ECharts instance is not there yet. It fills its chart's box, measures it, and
//! asks `draw` for the picture at that size (again when the window is resized). Reaching for
//! it (a mouse over it, a finger on it) calls `on_reach`: the live chart then takes its place.
//! Hidden from screen readers: the chart's box carries the text alternative.

use en_action_view::chart::picture::{Picture, Shape};
use leptos::html::Div;
use leptos::prelude::*;

#[component]
pub fn PictureBox(
    /// The picture for a box of (width, height) pixels; `None`: nothing to draw.
    draw: Callback<(f64, f64), Option<Picture>>,
    /// Called when the reader reaches for the picture.
    on_reach: Callback<()>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let size = RwSignal::new(None::<(f64, f64)>);
    let measure = move || {
        if let Some(el) = node.get_untracked() {
            let (w, h) = (f64::from(el.client_width()), f64::from(el.client_height()));
            if w > 0.0 && h > 0.0 && size.get_untracked() != Some((w, h)) {
                size.set(Some((w, h)));
            }
        }
    };
    Effect::new(move |_| {
        if node.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
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
            <text class=class x=x y=y fill=fill font-size=size font-weight=bold.then_some("bold") text-anchor=anchor.svg()
                dominant-baseline="central" transform=vertical.then(|| format!("rotate(-90 {x} {y})"))>{text}</text>
        }
        .into_any(),
    }
}
