//! JSON output (`--format json`), for a publication pipeline. One document on stdout:
//!
//! ```json
//! {"version": 1,
//!  "summary": {"errors": 2, "warnings": 1, "files": 21},
//!  "diagnostics": [{"severity": "error", "file": "indicators/x.json", "line": 14,
//!                   "column": 9, "path": "values.62999", "kind": "unknown_commune",
//!                   "message": "code commune inconnu 62999 ; …"}]}
//! ```
//!
//! Errors come first, then warnings; never grouped. `line` and `column` (from 1, columns in
//! characters) are `null` for a problem of the whole file; `path` is `""` for the root.

use en_action_core::diagnostic::{Diagnostic, Severity};
use serde_json::{json, Value};

use super::{kind, ordered};

pub fn render(diagnostics: &[Diagnostic], files: usize) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let items: Vec<Value> = ordered(diagnostics)
        .into_iter()
        .map(|d| {
            json!({
                "severity": if d.severity == Severity::Error { "error" } else { "warning" },
                "file": &*d.file,
                "line": d.position.map(|p| p.line),
                "column": d.position.map(|p| p.column),
                "path": d.path.to_string(),
                "kind": kind(&d.problem),
                "message": d.problem.to_string(),
            })
        })
        .collect();
    let document = json!({
        "version": 1,
        "summary": { "errors": errors, "warnings": diagnostics.len() - errors, "files": files },
        "diagnostics": items,
    });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}
