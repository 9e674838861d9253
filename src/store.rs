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
use leptos::task::spawn_local;

/// Where the data files are, relative to the page (so the site works under any sub-path).
pub const DATA_DIR: &str = "indicators";
const TERRITORY_FILE: &str = "territory.json";

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
}

impl Store {
    /// Creates the store and starts loading the territory file.
    pub fn new() -> Self {
        let store = Store { territory: RwSignal::new(Loaded::Loading), indicators: RwSignal::new(HashMap::new()) };
        spawn_local(async move {
            let path = format!("{DATA_DIR}/{TERRITORY_FILE}");
            let state = match fetch_bytes(&path).await {
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
            let state = load_indicator(&territory, &name).await;
            store.indicators.update(|m| {
                m.insert(name, state);
            });
        });
        Loaded::Loading
    }
}

async fn load_indicator(territory: &Territory, name: &str) -> Loaded<Arc<Computed>> {
    let path = format!("{DATA_DIR}/{name}");
    let bytes = match fetch_bytes(&path).await {
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

/// Fetches a file; a network failure or an HTTP error becomes a French message.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| format!("{url} : le fichier n'a pas pu être chargé (réseau : {e})"))?;
    if !response.ok() {
        return Err(format!("{url} : le fichier n'a pas pu être chargé (erreur HTTP {} {})", response.status(), response.status_text()));
    }
    response.binary().await.map_err(|e| format!("{url} : lecture interrompue ({e})"))
}
