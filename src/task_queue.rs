//! Work spread over the event loop: jobs queued here run one macrotask after another (a
//! `setTimeout(0)` each, several in one task while they stay under a few milliseconds), so
//! the page keeps answering while, say, the overview's sixteen charts are drawn for the first
//! time, instead of blocking the main thread in one long task.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::time::Duration;

use leptos::prelude::set_timeout;

/// A task that ran past this many milliseconds hands over to the browser before the next job.
const SLICE_MS: f64 = 12.0;

/// A queued job, and whether it ends its task (its real work comes after it returns).
struct Job {
    run: Box<dyn FnOnce()>,
    alone: bool,
}

thread_local! {
    static QUEUE: RefCell<VecDeque<Job>> = RefCell::new(VecDeque::new());
}

/// Queues `job` after the jobs already queued.
pub fn later(job: impl FnOnce() + 'static) {
    push(Job { run: Box::new(job), alone: false });
}

/// Queues `job`, which starts asynchronous work (a fetch, whose start runs in the microtasks
/// after it): the task ends after it, so that such starts are not all taken in one task.
pub fn later_alone(job: impl FnOnce() + 'static) {
    push(Job { run: Box::new(job), alone: true });
}

fn push(job: Job) {
    let first = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        q.push_back(job);
        q.len() == 1
    });
    if first {
        set_timeout(run, Duration::ZERO);
    }
}

/// Runs queued jobs until the slice is spent, then schedules itself again if any remain.
fn run() {
    let start = now();
    loop {
        let Some(job) = QUEUE.with(|q| q.borrow_mut().pop_front()) else { return };
        (job.run)();
        if job.alone || now() - start > SLICE_MS {
            break;
        }
    }
    if QUEUE.with(|q| !q.borrow().is_empty()) {
        set_timeout(run, Duration::ZERO);
    }
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
