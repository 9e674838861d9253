//! The deck a presentation link names, made ready: built-in decks once every indicator file
//! has been read (so that the counter does not change under the presenter), deck files
//! read and checked with the same located French messages as indicator files.

use std::sync::Arc;

use en_action_core::check::{check_deck, id_of_file};
use en_action_core::territory::Territory;
use en_action_view::deck::builtin::{axis_deck, project_deck, Listed};
use en_action_view::deck::file::from_file;
use en_action_view::deck::query::DeckSource;
use en_action_view::deck::{DeckModel, SlideSpec};
use en_action_view::i18n::{self, fill};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::store::{Failure, Loaded, Store, DATA_DIR};

/// The deck of `source`. Reactive.
pub fn deck_of(territory: Arc<Territory>, source: DeckSource) -> Signal<Loaded<Arc<DeckModel>>> {
    let store = expect_context::<Store>();
    match source {
        DeckSource::Inline { title, slides } => {
            let deck = DeckModel { title: title.unwrap_or_else(|| i18n::t().presentation().my_deck.to_owned()), slides: slides.into_iter().map(SlideSpec::of).collect() };
            Signal::stored(Loaded::Ready(Arc::new(deck)))
        }
        DeckSource::File(id) => {
            let state = RwSignal::new(Loaded::Loading);
            spawn_local(async move { state.set(read_deck_file(store, &territory, &id).await) });
            state.into()
        }
        DeckSource::Project => Signal::derive(move || listed(store, &territory).map(|l| Arc::new(project_deck(&territory, &l)))),
        DeckSource::Axis(id) => Signal::derive(move || match listed(store, &territory) {
            Loaded::Ready(l) => match axis_deck(&territory, &id, &l) {
                Some(deck) => Loaded::Ready(Arc::new(deck)),
                None => Loaded::Failed(Failure::new("territory.json", vec![fill(i18n::t().presentation().no_axis, &[("id", &id)])])),
            },
            Loaded::Loading => Loaded::Loading,
            Loaded::Failed(f) => Loaded::Failed(f),
        }),
    }
}

/// Every indicator file with its axis, once none is loading. Reactive.
fn listed(store: Store, territory: &Arc<Territory>) -> Loaded<Vec<Listed>> {
    // Every file is asked for before any answer is looked at: returning at the first one still
    // loading would fetch the files one after another.
    let states: Vec<_> = territory.indicators.iter().map(|file| (file, store.indicator(territory, file))).collect();
    let mut listed = Vec::new();
    for (file, state) in states {
        let axis = match state {
            Loaded::Loading => return Loaded::Loading,
            Loaded::Ready(c) => Some(c.indicator.axis.clone()),
            Loaded::Failed(f) => f.hint.axis,
        };
        listed.push(Listed { id: id_of_file(file).to_owned(), axis });
    }
    Loaded::Ready(listed)
}

async fn read_deck_file(store: Store, territory: &Territory, id: &str) -> Loaded<Arc<DeckModel>> {
    let Some(file) = territory.decks.iter().find(|f| id_of_file(f) == id) else {
        let text = i18n::t().presentation();
        let known: Vec<&str> = territory.decks.iter().map(|f| id_of_file(f)).collect();
        let mut problem = fill(text.no_deck, &[("id", id)]);
        if !known.is_empty() {
            problem.push(' ');
            problem.push_str(&fill(text.available_decks, &[("list", &known.join(", "))]));
        }
        return Loaded::Failed(Failure::new("territory.json", vec![problem]));
    };
    let path = format!("{DATA_DIR}/{file}");
    match store.read(&path).await {
        Err(problem) => Loaded::Failed(Failure::new(&path, vec![problem])),
        Ok(bytes) => match check_deck(&path, &bytes, territory) {
            Ok(accepted) => Loaded::Ready(Arc::new(from_file(&accepted.value))),
            Err(rejected) => Loaded::Failed(Failure::rejected(&path, rejected)),
        },
    }
}
