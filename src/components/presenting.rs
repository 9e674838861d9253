//! The context a slide gives to the views it shows (in every edition: the views ask for it;
//! only the full edition's presentation provides it).

use en_action_view::deck::projector::Projection;
use leptos::prelude::*;

/// Given to the components of a slide: charts are drawn for the projector, rankings fold
/// sooner, tables and controls are left out.
#[derive(Clone, Copy)]
pub struct Presenting {
    pub projection: Signal<Projection>,
}
