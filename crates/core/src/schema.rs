//! JSON Schemas of the file formats, generated from the Rust types, so that editors complete
//! and check the files (each file names its schema in `$schema`).

use crate::actions::ActionsFile;
use crate::deck::DeckFile;
use crate::indicator::IndicatorFile;
use crate::territory::TerritoryFile;

/// `(file name, schema as pretty JSON)` for every file format, as committed in
/// `indicators/schema/`.
pub fn schemas() -> Vec<(&'static str, String)> {
    let pretty = |schema: schemars::Schema| serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n";
    vec![
        ("territory.schema.json", pretty(schemars::schema_for!(TerritoryFile))),
        ("indicator.schema.json", pretty(schemars::schema_for!(IndicatorFile))),
        ("deck.schema.json", pretty(schemars::schema_for!(DeckFile))),
        ("actions.schema.json", pretty(schemars::schema_for!(ActionsFile))),
    ]
}
