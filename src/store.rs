//! The data the dashboard shows, loaded once per file and shared through context.
//! Each indicator file is fetched only when a view asks for it, validated by the core and
//! computed once; a file that fails becomes an error card, never a blank page.

use std::collections::HashMap;
use std::sync::Arc;

use en_action_core::aggregate::Aggregate;
use en_action_core::diagnostic::summary;
use en_action_core::data_path::DataPath;
use en_action_core::actions::Actions;
use en_action_core::check::{check_actions, check_indicator, check_territory, indicator_hint, indicator_ids, FileHint, Rejected};
use en_action_core::indicator::Indicator;
use en_action_core::rollup::territory_series;
use en_action_core::territory::Territory;
use leptos::prelude::*;
use en_action_view::fetch_policy::progress_text;
use en_action_view::i18n::{self, fill};
use leptos::task::spawn_local;

use crate::fetch::fetch_bytes;

/// Where the data files are, relative to the page (so the site works under any sub-path).
pub const DATA_DIR: &str = "indicators";
const TERRITORY_FILE: &str = "territory.json";

/// The path of the territory file, relative to the page.
pub fn territory_path() -> String {
    format!("{DATA_DIR}/{TERRITORY_FILE}")
}

/// A file that could not be used, with every problem found (the checker's in French, the
/// others in the page's language).
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
    pub fn new(file: &str, problems: Vec<String>) -> Self {
        Failure { file: file.to_owned(), summary: None, problems, hint: FileHint::default() }
    }

    pub fn rejected(file: &str, rejected: Rejected) -> Self {
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

impl<T> Loaded<T> {
    /// The ready value turned by `f`; loading and failure kept.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Loaded<U> {
        match self {
            Loaded::Loading => Loaded::Loading,
            Loaded::Ready(t) => Loaded::Ready(f(t)),
            Loaded::Failed(failure) => Loaded::Failed(failure),
        }
    }
}

/// An indicator ready to show: validated, with its territory series computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    pub file: String,
    pub indicator: Indicator,
    pub territory: Aggregate,
    pub warnings: Vec<String>,
}

/// Files shown in place of the published ones (the workbench's preview): in this tab's
/// memory only, never sent anywhere.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Preview {
    /// Content by path relative to the data folder (`respirer/no2.json`).
    pub files: HashMap<String, Arc<Vec<u8>>>,
    /// Indicator files that the territory file does not list yet, added to its list.
    pub new_indicators: Vec<String>,
}

#[derive(Clone, Copy)]
pub struct Store {
    pub territory: RwSignal<Loaded<Arc<Territory>>>,
    indicators: RwSignal<HashMap<String, Loaded<Arc<Computed>>>>,
    /// « Chargement : 3,2 Mo sur 11,5 Mo » for each large file on its way, by path.
    pub progress: RwSignal<HashMap<String, String>>,
    /// The workbench's preview, when one is shown.
    pub preview: RwSignal<Option<Arc<Preview>>>,
    /// The project's actions file: `None` until a view asks for it (see [`Store::actions`]).
    actions: RwSignal<Option<Loaded<Arc<Actions>>>>,
}

impl Store {
    /// Creates the store and starts loading the territory file.
    pub fn new() -> Self {
        let store = Store {
            territory: RwSignal::new(Loaded::Loading),
            indicators: RwSignal::new(HashMap::new()),
            progress: RwSignal::new(HashMap::new()),
            preview: RwSignal::new(None),
            actions: RwSignal::new(None),
        };
        store.load_territory();
        store
    }

    fn load_territory(self) {
        spawn_local(async move {
            let path = territory_path();
            let state = match self.read(&path).await {
                Err(problem) => Loaded::Failed(Failure::new(&path, vec![problem])),
                Ok(bytes) => match check_territory(&path, &bytes) {
                    Ok(accepted) => Loaded::Ready(Arc::new(self.with_new_indicators(accepted.value))),
                    Err(rejected) => Loaded::Failed(Failure::rejected(&path, rejected)),
                },
            };
            crate::timing::mark("territory-checked");
            // The page drawn from it in a task of its own (the check and the page's first
            // build were one task of ~25 ms).
            crate::fetch::next_task().await;
            self.territory.set(state);
        });
    }

    /// Shows the dashboard with `preview`'s files in place of the published ones, or (with
    /// `None`) the published data again: every file is read afresh.
    pub fn set_preview(self, preview: Option<Preview>) {
        self.preview.set(preview.map(Arc::new));
        self.indicators.set(HashMap::new());
        self.actions.set(None);
        self.territory.set(Loaded::Loading);
        self.load_territory();
    }

    /// The territory with the preview's new indicator files added to its list.
    fn with_new_indicators(self, mut territory: Territory) -> Territory {
        if let Some(preview) = self.preview.get_untracked() {
            for path in &preview.new_indicators {
                let listed = territory.indicators.iter().any(|p| p.as_str() == path);
                if let (false, Ok(path)) = (listed, DataPath::parse(path, &[".json"])) {
                    territory.indicators.push(path);
                }
            }
        }
        territory
    }

    /// The bytes of the data file at `path` (relative to the page): the preview's when it
    /// has this file, else fetched.
    pub async fn read(self, path: &str) -> Result<Vec<u8>, String> {
        let relative = path.strip_prefix(DATA_DIR).and_then(|p| p.strip_prefix('/'));
        let previewed = self.preview.with_untracked(|p| p.as_ref().and_then(|p| relative.and_then(|r| p.files.get(r).cloned())));
        match previewed {
            Some(bytes) => Ok(bytes.as_ref().clone()),
            None => fetch_data(path, self.progress).await,
        }
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
        let started_with = store.preview.get_untracked();
        // Each file's request starts in a task of its own: the overview's twenty `fetch` calls
        // would otherwise make one long task (about 1.5 ms each on a slow machine).
        crate::task_queue::later_request(move || spawn_local(async move {
            let state = load_indicator(store, &territory, &name).await;
            crate::timing::mark(&format!("computed {name}"));
            // The page it completes is drawn in a task of its own.
            crate::fetch::next_task().await;
            // A file read before the preview started or ended is not kept.
            let same = |now: &Option<Arc<Preview>>| match (now, &started_with) {
                (None, None) => true,
                (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                _ => false,
            };
            if store.preview.with_untracked(same) {
                store.indicators.update(|m| {
                    m.insert(name, state);
                });
            }
        }));
        Loaded::Loading
    }

    /// The state of the actions file the territory lists (`actions`), checked with the
    /// territory and its indicator ids; starts loading it on first request (never before a
    /// view needs it). `None` when the territory lists no actions file. Reactive.
    pub fn actions(&self, territory: &Arc<Territory>) -> Option<Loaded<Arc<Actions>>> {
        let file = territory.actions.as_ref()?.as_str().to_owned();
        if let Some(state) = self.actions.get() {
            return Some(state);
        }
        self.actions.update_untracked(|a| *a = Some(Loaded::Loading));
        let (store, territory) = (*self, territory.clone());
        spawn_local(async move {
            let path = format!("{DATA_DIR}/{file}");
            let state = match store.read(&path).await {
                Err(problem) => Loaded::Failed(Failure::new(&path, vec![problem])),
                Ok(bytes) => {
                    // The read's end, the check and the sections drawn from it: three tasks
                    // (together, 15-25 ms after a page's first view).
                    crate::fetch::next_task().await;
                    let state = match check_actions(&path, &bytes, &territory, Some(&indicator_ids(&territory))) {
                        Ok(accepted) => Loaded::Ready(Arc::new(accepted.value)),
                        Err(rejected) => Loaded::Failed(Failure::rejected(&path, rejected)),
                    };
                    crate::fetch::next_task().await;
                    state
                }
            };
            // Not kept when the preview started or ended meanwhile (the state was reset).
            if store.actions.with_untracked(Option::is_some) {
                store.actions.set(Some(state));
            }
        });
        Some(Loaded::Loading)
    }

    /// Whether a file the page asked for is still on its way or being checked. Reactive.
    pub fn busy(&self) -> bool {
        self.territory.with(|t| matches!(t, Loaded::Loading))
            || self.indicators.with(|m| m.values().any(|s| matches!(s, Loaded::Loading)))
            || self.actions.with(|a| matches!(a, Some(Loaded::Loading)))
    }

    /// The progress text of the file at `path`, if it is large and on its way. Reactive.
    pub fn progress_of(&self, path: &str) -> Option<String> {
        self.progress.with(|m| m.get(path).cloned())
    }
}

async fn load_indicator(store: Store, territory: &Territory, name: &str) -> Loaded<Arc<Computed>> {
    let path = format!("{DATA_DIR}/{name}");
    let bytes = match store.read(&path).await {
        Ok(bytes) => {
            crate::timing::mark(&format!("read {name}"));
            bytes
        }
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
            Err(e) => {
                let problem = fill(i18n::t().commune().error_computation, &[("error", &e.to_string())]);
                Loaded::Failed(Failure::new(&path, vec![problem]).with_hint(territory, Some(&bytes)))
            }
        },
    }
}

/// Fetches a file of the data folder; a failure becomes a message naming it. The
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
    // Only a large file had a progress text: a small one's end tells no reader anything.
    if progress.with_untracked(|m| m.contains_key(path)) {
        progress.update(|m| {
            m.remove(path);
        });
    }
    if result.is_ok() {
        crate::offline::mark_data_read();
    }
    result.map_err(|e| fill(i18n::t().commune().error_file_problem, &[("path", path), ("error", &e.to_string())]))
}
