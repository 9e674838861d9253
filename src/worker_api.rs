//! The functions the workbench's Web Worker calls (`public/atelier-worker.js` loads this same
//! bundle in the worker, where `main` does not mount the app). Each returns JSON text that
//! the page reads back into the view crate's types; the page calls them directly when no
//! worker can be started.

use en_action_core::check::check_territory;
use en_action_core::territory::Territory;
use en_action_view::workbench::checking::{check_file, import_file};
use wasm_bindgen::prelude::*;

/// The territory from its bytes, or why there is none: a problem listed among the checker's
/// messages, in French like them (the worker does not know the page's language).
fn territory_of(bytes: &[u8]) -> Result<Territory, String> {
    check_territory("territory.json", bytes).map(|a| a.value).map_err(|r| {
        format!("le fichier du territoire a {} ; corrigez-le d'abord", en_action_core::diagnostic::count(r.diagnostics.iter().filter(|d| d.is_error()).count(), "erreur", "erreurs"))
    })
}

/// Checks one file against the territory file `territory`; the JSON of a `CheckedFile`.
#[wasm_bindgen]
pub fn workbench_check(name: &str, bytes: &[u8], territory: &[u8]) -> String {
    let territory = territory_of(territory);
    let checked = check_file(name, bytes, territory.as_ref().map_err(String::as_str));
    serde_json::to_string(&checked).unwrap_or_default()
}

/// Imports the CSV `name` with the metadata of the indicator file `template`; the JSON of an
/// `ImportResult`.
#[wasm_bindgen]
pub fn workbench_import(name: &str, bytes: &[u8], template: &[u8], territory: &[u8]) -> String {
    let territory = territory_of(territory);
    let result = import_file(name, bytes, template, territory.as_ref().map_err(String::as_str));
    serde_json::to_string(&result).unwrap_or_default()
}
