//! The workbench's files: what staff dropped, picked or pasted, each checked in the Web
//! Worker (one at a time, in the order added), kept while they move between the workbench
//! and the preview. Nothing here leaves the browser.

use std::collections::HashMap;
use std::sync::Arc;

use en_action_core::check::check_territory;
use en_action_core::file_kind::FileKind;
use en_action_view::workbench::checking::{CheckedFile, ImportResult};
use en_action_view::workbench::form::ShortForm;
use en_action_view::workbench::preview::place;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::store::{territory_path, Loaded, Preview, Store};
use crate::worker::{run, Call};

/// A file on the workbench.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: u32,
    pub name: String,
    /// Told once, when it is added.
    pub kind: FileKind,
    pub bytes: Arc<Vec<u8>>,
    /// `None` while it is being checked.
    pub checked: Option<Arc<CheckedFile>>,
    /// How long the check took, in milliseconds.
    pub millis: Option<f64>,
    /// For a CSV: the last import tried.
    pub import: Option<Arc<ImportResult>>,
}

/// Where a CSV import takes its metadata from.
pub enum Template {
    /// A published indicator file, by path relative to the data folder.
    Published(String),
    /// The short form of a new indicator.
    Form(ShortForm),
}

#[derive(Clone, Copy)]
pub struct Workbench {
    store: Store,
    pub entries: RwSignal<Vec<Entry>>,
    next_id: StoredValue<u32>,
    busy: StoredValue<bool>,
}

impl Workbench {
    pub fn new(store: Store) -> Self {
        Workbench { store, entries: RwSignal::new(Vec::new()), next_id: StoredValue::new(1), busy: StoredValue::new(false) }
    }

    /// Adds a file (replacing one of the same name) and checks it; a territory file makes
    /// every other file be checked again against it.
    pub fn add(self, name: String, bytes: Vec<u8>) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        let kind = FileKind::of(&name, &bytes);
        let is_territory = kind == FileKind::Territory;
        self.entries.update(|entries| {
            entries.retain(|e| e.name != name);
            if is_territory {
                for entry in entries.iter_mut() {
                    entry.checked = None;
                }
            }
            entries.push(Entry { id, name, kind, bytes: Arc::new(bytes), checked: None, millis: None, import: None });
        });
        self.check_pending();
    }

    pub fn remove(self, id: u32) {
        self.entries.update(|entries| entries.retain(|e| e.id != id));
    }

    pub fn clear(self) {
        self.entries.set(Vec::new());
    }

    /// The bytes of the territory to check against: the dropped one, else the published one.
    async fn territory_bytes(self) -> Vec<u8> {
        let dropped = self.entries.with_untracked(|entries| {
            entries.iter().find(|e| e.kind == FileKind::Territory).map(|e| e.bytes.as_ref().clone())
        });
        match dropped {
            Some(bytes) => bytes,
            None => self.store.read(&territory_path()).await.unwrap_or_default(),
        }
    }

    /// Checks the files not checked yet, one at a time.
    fn check_pending(self) {
        if self.busy.get_value() {
            return;
        }
        self.busy.set_value(true);
        spawn_local(async move {
            loop {
                let next = self.entries.with_untracked(|entries| entries.iter().find(|e| e.checked.is_none()).map(|e| (e.id, e.name.clone(), e.kind, e.bytes.clone())));
                let Some((id, name, kind, bytes)) = next else { break };
                let territory = self.territory_bytes().await;
                let start = now();
                let text = run(Call::Check { name: &name, bytes: &bytes, territory: &territory }).await;
                let millis = now() - start;
                let checked: Option<CheckedFile> = serde_json::from_str(&text).ok();
                self.entries.update(|entries| {
                    if let Some(entry) = entries.iter_mut().find(|e| e.id == id) {
                        entry.checked = Some(Arc::new(checked.unwrap_or_else(|| failed_check(&name, kind))));
                        entry.millis = Some(millis);
                    }
                });
            }
            self.busy.set_value(false);
        });
    }

    /// Imports the CSV of entry `id` with the metadata of `template`; a success adds the JSON
    /// file to the workbench.
    pub fn import(self, id: u32, template: Template) {
        let store = self.store;
        spawn_local(async move {
            let Some((name, bytes)) = self.entries.with_untracked(|entries| entries.iter().find(|e| e.id == id).map(|e| (e.name.clone(), e.bytes.clone()))) else { return };
            let template = match template {
                Template::Published(path) => store.read(&format!("{}/{path}", crate::store::DATA_DIR)).await.unwrap_or_default(),
                Template::Form(form) => serde_json::to_vec(&form.template()).unwrap_or_default(),
            };
            let territory = self.territory_bytes().await;
            let text = run(Call::Import { name: &name, bytes: &bytes, template: &template, territory: &territory }).await;
            let Ok(result) = serde_json::from_str::<ImportResult>(&text) else { return };
            let made = result.file.clone();
            self.entries.update(|entries| {
                if let Some(entry) = entries.iter_mut().find(|e| e.id == id) {
                    entry.import = Some(Arc::new(result));
                }
            });
            if let Some((file, json)) = made {
                self.add(file, json.into_bytes());
            }
        });
    }

    /// The preview of the JSON files on the workbench, placed where they go; `None` when there
    /// is none or no territory to place them in.
    pub fn preview(self) -> Option<Preview> {
        let store = self.store;
        let entries = self.entries.get_untracked();
        let dropped_territory = entries.iter().find(|e| e.kind == FileKind::Territory).and_then(|e| check_territory("territory.json", &e.bytes).ok()).map(|a| Arc::new(a.value));
        let territory = dropped_territory.or_else(|| match store.territory.get_untracked() {
            Loaded::Ready(t) => Some(t),
            _ => None,
        })?;
        let mut preview = Preview { files: HashMap::new(), new_indicators: Vec::new() };
        for entry in &entries {
            let Some(checked) = &entry.checked else { continue };
            let Some((path, replaces)) = place(&territory, &checked.dropped()) else { continue };
            if !replaces && checked.report.kind == FileKind::Indicator {
                preview.new_indicators.push(path.clone());
            }
            preview.files.insert(path, entry.bytes.clone());
        }
        (!preview.files.is_empty()).then_some(preview)
    }
}

/// The report of a file whose check gave no readable answer (the kind told when it was added).
fn failed_check(name: &str, kind: FileKind) -> CheckedFile {
    let report = en_action_view::workbench::report::FileReport::new(name, kind, &[]);
    CheckedFile { report, id: None, axis: None }
}

/// Milliseconds since the page opened.
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}
