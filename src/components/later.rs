//! Part of a page rendered one task after the rest (through [`crate::task_queue`]): the
//! heading and what sits above the fold are painted first, and the heavier parts below (the
//! indicator page's views and side column, the overview's further axes) come in tasks of
//! their own instead of one long task that holds back the first paint and every input.
//!
//! Only for parts that nothing already painted sits below (they are appended, so nothing
//! visible moves when they come: no layout shift).

use leptos::prelude::*;

use crate::task_queue;

#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    // Gone meanwhile (the page changed before the queue came to it): nothing to render.
    task_queue::later_render(move || {
        let _ = ready.try_set(true);
    });
    move || ready.get().then(|| children())
}
