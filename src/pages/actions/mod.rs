//! The project's actions: the summary by status and axis with the searchable list
//! (`page=actions`), one action (`page=action`), and the sections that other pages show
//! (`sections`). The actions file is read only when one of these views needs it; a file that
//! fails shows a located error card here, and nothing elsewhere.

// The pages of their own come with the full edition (see `crate::edition`); the sections
// that the indicator and commune pages show are in every edition.
#[cfg(feature = "full")]
mod action;
#[cfg(feature = "full")]
mod list;
#[cfg(feature = "full")]
mod page;
mod row;
pub mod sections;
#[cfg(feature = "full")]
mod summary;

use std::sync::Arc;

use en_action_core::actions::Actions;
use en_action_core::territory::Territory;
use leptos::prelude::*;

#[cfg(feature = "full")]
pub use action::ActionPage;
#[cfg(feature = "full")]
pub use page::{ActionsPage, ActionsSlide};

use crate::store::{Loaded, Store};

/// The actions file's state (`None`: the territory lists none); asks the store for it.
pub fn actions_state(territory: &Arc<Territory>) -> Memo<Option<Loaded<Arc<Actions>>>> {
    let store = expect_context::<Store>();
    let t = territory.clone();
    Memo::new(move |_| store.actions(&t))
}
