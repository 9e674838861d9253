//! The JSON Schemas committed in `indicators/schema/` must be exactly the ones generated from
//! the Rust types, so that editors check the files against the format the code reads.

use std::path::PathBuf;

use en_action_core::schema::schemas;

const REGENERATE: &str = "cargo run -p en-action-cli -- schema indicators";

fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../indicators/schema")
}

#[test]
fn committed_schemas_match_the_types() {
    let dir = schema_dir();
    let generated = schemas();
    assert!(!generated.is_empty(), "schemas() returned no schema");
    let mut stale = Vec::new();
    for (name, expected) in &generated {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(committed) if committed.replace("\r\n", "\n") == *expected => {}
            Ok(committed) => {
                let line = committed
                    .lines()
                    .zip(expected.lines())
                    .position(|(a, b)| a != b)
                    .map_or_else(
                        || committed.lines().count().min(expected.lines().count()) + 1,
                        |i| i + 1,
                    );
                stale.push(format!(
                    "{} differs from the generated schema (first difference at line {line})",
                    path.display()
                ));
            }
            Err(e) => stale.push(format!("{} cannot be read ({e})", path.display())),
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nThe committed JSON Schemas are out of date: run `{REGENERATE}` and commit the result.",
        stale.join("\n")
    );
}

#[test]
fn every_committed_schema_is_generated() {
    let names: Vec<&str> = schemas().iter().map(|(n, _)| *n).collect();
    let mut extra = Vec::new();
    for entry in std::fs::read_dir(schema_dir()).expect("indicators/schema/ is readable") {
        let name = entry
            .expect("directory entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".schema.json") && !names.contains(&name.as_str()) {
            extra.push(name);
        }
    }
    assert!(extra.is_empty(), "indicators/schema/ holds schemas that schemas() does not generate: {extra:?}; delete them and run `{REGENERATE}`");
}

#[test]
fn schemas_are_valid_json_and_name_their_format() {
    for (name, text) in schemas() {
        let value: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(value["type"], "object", "{name}");
        assert!(
            value["title"]
                .as_str()
                .is_some_and(|t| t.contains("en action")),
            "{name}"
        );
        assert!(text.ends_with('\n'), "{name} ends with a newline");
    }
}
