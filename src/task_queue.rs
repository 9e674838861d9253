//! Work spread over the event loop: jobs queued here run one macrotask after another (several
//! in one task while they stay under a few milliseconds), so the page keeps answering while,
//! say, the overview's sixteen charts are drawn for the first time, instead of blocking the
//! main thread in one long task. A job that draws waits for a timer (`setTimeout(0)`), which
//! lets the browser paint what came before it; a job that only starts a request goes by a
//! message on a `MessageChannel`, at once (a chain of timers is held back 4 ms a step from
//! the fifth: the overview's twenty files lost 60-80 ms to it).
//!
//! A job whose work runs after it returns (a signal it sets renders in the microtasks that
//! follow; a request starts there) ends its task: measured by the clock, it would look free,
//! and the jobs after it would join the same task (the indicator page's parts were built in
//! one task of 50-70 ms instead of four).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// A task that ran past this many milliseconds hands over to the browser before the next job.
const SLICE_MS: f64 = 12.0;

/// A queued job and what it does.
struct Job {
    run: Box<dyn FnOnce()>,
    kind: Kind,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// Draws while it runs: the clock measures it.
    Draws,
    /// Sets what renders in the microtasks after it: ends its task.
    Renders,
    /// Starts a request in the microtasks after it: ends its task, and the next one comes at once.
    Requests,
}

thread_local! {
    static QUEUE: RefCell<VecDeque<Job>> = RefCell::new(VecDeque::new());
    /// The channel whose messages run the queue (none where it cannot be made: timers then).
    static CHANNEL: Option<(web_sys::MessageChannel, Closure<dyn FnMut()>)> = channel();
}

fn channel() -> Option<(web_sys::MessageChannel, Closure<dyn FnMut()>)> {
    let channel = web_sys::MessageChannel::new().ok()?;
    let on_message = Closure::<dyn FnMut()>::new(run);
    channel.port1().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    Some((channel, on_message))
}

/// Runs the queue in a task of its own: after a paint if its next job draws, at once if it
/// starts a request.
fn schedule() {
    let request_next = QUEUE.with(|q| q.borrow().front().is_some_and(|job| job.kind == Kind::Requests));
    let posted = request_next && CHANNEL.with(|c| c.as_ref().is_some_and(|(channel, _)| channel.port2().post_message(&JsValue::NULL).is_ok()));
    if !posted {
        set_timeout(run, Duration::ZERO);
    }
}

/// Whether no job is waiting.
pub fn is_empty() -> bool {
    QUEUE.with(|q| q.borrow().is_empty())
}

/// Queues `job`, which draws while it runs, after the jobs already queued.
pub fn later(job: impl FnOnce() + 'static) {
    push(Job { run: Box::new(job), kind: Kind::Draws });
}

/// Queues `job`, which sets what the page renders after it (a signal): its task ends there.
pub fn later_render(job: impl FnOnce() + 'static) {
    push(Job { run: Box::new(job), kind: Kind::Renders });
}

/// Queues `job`, which starts asynchronous work (a fetch, whose start runs in the microtasks
/// after it): the task ends after it, so that such starts are not all taken in one task.
pub fn later_request(job: impl FnOnce() + 'static) {
    push(Job { run: Box::new(job), kind: Kind::Requests });
}

fn push(job: Job) {
    let first = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        q.push_back(job);
        q.len() == 1
    });
    if first {
        schedule();
    }
}

/// Runs queued jobs until the slice is spent, then schedules itself again if any remain.
fn run() {
    let start = now();
    loop {
        let Some(job) = QUEUE.with(|q| q.borrow_mut().pop_front()) else { return };
        (job.run)();
        if job.kind != Kind::Draws || now() - start > SLICE_MS {
            break;
        }
    }
    if QUEUE.with(|q| !q.borrow().is_empty()) {
        schedule();
    }
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
