//! A card's sparkline, drawn as plain SVG from its geometry (`en_action_view::chart::sparkline`):
//! no chart library, so the overview's first view needs none. Decorative for screen readers
//! beyond its one-sentence text alternative (the card says the same in words).

use en_action_view::chart::sparkline::{Point, Sparkline as Model, HEIGHT, LAST_DOT_PX, LINE_PX, LONE_DOT_PX, TARGET_HOLE_PX, TARGET_RING_PX, WIDTH};
use leptos::prelude::*;

#[component]
pub fn Sparkline(model: Model, label: String) -> impl IntoView {
    let dot = move |p: Point, px: f64, colour: &str, class: &'static str| {
        view! { <path class=class d=p.dot() stroke=colour.to_owned() stroke-width=px stroke-linecap="round" vector-effect="non-scaling-stroke"/> }
    };
    let colour = model.colour.clone();
    view! {
        <div class="chart chart--spark" role="img" aria-label=label>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <path class="spark__line" d=model.path.clone() fill="none" stroke=colour.clone() stroke-width=LINE_PX stroke-linejoin="round" vector-effect="non-scaling-stroke"/>
                {model.lone.iter().map(|&p| dot(p, LONE_DOT_PX, &colour, "spark__dot")).collect_view()}
                {model.target.map(|p| view! {
                    {dot(p, TARGET_RING_PX, model.target_colour, "spark__target")}
                    {dot(p, TARGET_HOLE_PX, "#ffffff", "spark__target-hole")}
                })}
                {model.last.map(|p| dot(p, LAST_DOT_PX, &colour, "spark__dot spark__last"))}
            </svg>
        </div>
    }
}
