//! The data the dashboard shows, loaded once per file and shared through context.
//! Each indicator file is fetched only when a view asks for it, validated by the core and
//! computed once; a file that fails becomes an error card, never a blank page.

use std::collections::HashMap;
use std::sync::Arc;

use en_action_core::aggregate::Aggregate;
use en_action_core::diagnostic::summary;
use en_action_core::check::{check_indicator, check_territory, indicator_hint, FileHint, Rejected};
use en_action_core::indicator::Indicator;
use en_action_core::rollup::territory_series;
use en_action_core::territory::Territory;
use leptos::prelude::*;
use en_action_view::fetch_policy::progress_text;
use leptos::task::spawn_local;

use crate::fetch::fetch_bytes;

/// Where the data files are, relative to the page (so the site works under any sub-path).
pub const DATA_DIR: &str = "indicators";
const TERRITORY_FILE: &str = "territory.json";

/// The path of the territory file, relative to the page.
pub fn territory_path() -> String {
    format!("{DATA_DIR}/{TERRITORY_FILE}")
}

/// A file that could not be used, with every problem found, in French.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub file: String,
    /// « 2 erreurs, 1 avertissement », for a file that was read and checked.
    pub summary: Option<String>,
    /// Errors first, then warnings.
    pub problems: Vec<String>,
    /// For an indicator file: its axis and title when they can still be told, so the
    /// overview shows it in its place.
    pub hint: FileHint,
}

impl Failure {
    fn new(file: &str, problems: Vec<String>) -> Self {
        Failure { file: file.to_owned(), summary: None, problems, hint: FileHint::default() }
    }

    fn rejected(file: &str, rejected: Rejected) -> Self {
        let problems = rejected.diagnostics.iter().map(ToString::to_string).collect();
        Failure { summary: Some(summary(&rejected.diagnostics)), ..Failure::new(file, problems) }
    }

    fn with_hint(mut self, territory: &Territory, bytes: Option<&[u8]>) -> Self {
        self.hint = indicator_hint(&self.file, bytes, territory);
        self
    }
}

/// The state of a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    Loading,
    Ready(T),
    Failed(Failure),
}

/// An indicator ready to show: validated, with its territory series computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    pub file: String,
    pub indicator: Indicator,
    pub territory: Aggregate,
    pub warnings: Vec<String>,
}

#[derive(Clone, Copy)]
pub struct Store {
    pub territory: RwSignal<Loaded<Arc<Territory>>>,
    indicators: RwSignal<HashMap<String, Loaded<Arc<Computed>>>>,
    /// « Chargement : 3,2 Mo sur 11,5 Mo » for each large file on its way, by path.
    pub progress: RwSignal<HashMap<String, String>>,
}

impl Store {
    /// Creates the store and starts loading the territory file.
    pub fn new() -> Self {
        let store = Store { territory: RwSignal::new(Loaded::Loading), indicators: RwSignal::new(HashMap::new()), progress: RwSignal::new(HashMap::new()) };
        spawn_local(async move {
            let path = territory_path();
            let state = match fetch_data(&path, store.progress).await {
                Err(problem) => Loaded::Failed(Failure::new(&path, vec![problem])),
                Ok(bytes) => match check_territory(&path, &bytes) {
                    Ok(accepted) => Loaded::Ready(Arc::new(accepted.value)),
                    Err(rejected) => Loaded::Failed(Failure::rejected(&path, rejected)),
                },
            };
            store.territory.set(state);
        });
        store
    }

    /// The state of indicator file `name` (as listed in the territory file); starts loading
    /// it on first request. Reactive.
    pub fn indicator(&self, territory: &Arc<Territory>, name: &str) -> Loaded<Arc<Computed>> {
        if let Some(state) = self.indicators.with(|m| m.get(name).cloned()) {
            return state;
        }
        self.indicators.update_untracked(|m| {
            m.insert(name.to_owned(), Loaded::Loading);
        });
        let (store, territory, name) = (*self, territory.clone(), name.to_owned());
        spawn_local(async move {
            let state = load_indicator(&territory, &name, store.progress).await;
            store.indicators.update(|m| {
                m.insert(name, state);
            });
        });
        Loaded::Loading
    }

    /// The progress text of the file at `path`, if it is large and on its way. Reactive.
    pub fn progress_of(&self, path: &str) -> Option<String> {
        self.progress.with(|m| m.get(path).cloned())
    }
}

async fn load_indicator(territory: &Territory, name: &str, progress: RwSignal<HashMap<String, String>>) -> Loaded<Arc<Computed>> {
    let path = format!("{DATA_DIR}/{name}");
    let bytes = match fetch_data(&path, progress).await {
        Ok(bytes) => bytes,
        Err(problem) => return Loaded::Failed(Failure::new(&path, vec![problem]).with_hint(territory, None)),
    };
    match check_indicator(&path, &bytes, territory) {
        Err(rejected) => Loaded::Failed(Failure::rejected(&path, rejected).with_hint(territory, Some(&bytes))),
        Ok(accepted) => match territory_series(&accepted.value, territory) {
            Ok(aggregate) => Loaded::Ready(Arc::new(Computed {
                file: path,
                indicator: accepted.value,
                territory: aggregate,
                warnings: accepted.warnings.iter().map(ToString::to_string).collect(),
            })),
            Err(e) => Loaded::Failed(Failure::new(&path, vec![format!("calcul impossible : {e}")]).with_hint(territory, Some(&bytes))),
        },
    }
}

/// Fetches a file of the data folder; a failure becomes a French message naming it. The
/// progress of a large file is kept in `progress` (by path) while it arrives.
pub async fn fetch_data(path: &str, progress: RwSignal<HashMap<String, String>>) -> Result<Vec<u8>, String> {
    let report = |received: u64, total: Option<u64>| {
        if let Some(text) = progress_text(received, total) {
            progress.update(|m| {
                m.insert(path.to_owned(), text);
            });
        }
    };
    let result = fetch_bytes(path, &report).await;
    progress.update(|m| {
        m.remove(path);
    });
    result.map_err(|e| format!("{path} : {e}"))
}
