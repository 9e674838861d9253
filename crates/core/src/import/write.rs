//! An indicator file as the shipped files are written: two-space indentation, and each row of
//! values on one line (`"62498": [1520.0, 1498.0, null]`), easy to read and to diff.

use serde_json::Value;

use crate::indicator::IndicatorFile;

/// The JSON text of `file`, ending with a line break.
pub fn to_json(file: &IndicatorFile) -> String {
    let value = serde_json::to_value(file).unwrap_or(Value::Null);
    let mut out = String::new();
    write(&mut out, &value, 0);
    out.push('\n');
    out
}

fn write(out: &mut String, value: &Value, depth: usize) {
    let indent = |out: &mut String, depth: usize| out.extend(std::iter::repeat_n("  ", depth));
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push_str("{\n");
            for (i, (key, child)) in map.iter().enumerate() {
                indent(out, depth + 1);
                out.push_str(&Value::from(key.as_str()).to_string());
                out.push_str(": ");
                write(out, child, depth + 1);
                out.push_str(if i + 1 < map.len() { ",\n" } else { "\n" });
            }
            indent(out, depth);
            out.push('}');
        }
        Value::Array(items) if items.iter().any(|v| v.is_object() || v.is_array()) => {
            out.push_str("[\n");
            for (i, child) in items.iter().enumerate() {
                indent(out, depth + 1);
                write(out, child, depth + 1);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            indent(out, depth);
            out.push(']');
        }
        Value::Array(items) => {
            let cells: Vec<String> = items.iter().map(Value::to_string).collect();
            out.push('[');
            out.push_str(&cells.join(", "));
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}
