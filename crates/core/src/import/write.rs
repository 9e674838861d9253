//! An indicator file as the shipped files are written: the fields in the format's order,
//! two-space indentation, and each row of values on one line (`"62498": [1520.0, 1498.0,
//! null]`), easy to read and to diff.

use crate::indicator::IndicatorFile;

/// The JSON text of `file`, ending with a line break.
pub fn to_json(file: &IndicatorFile) -> String {
    // Serializing a plain data structure to memory cannot fail.
    let pretty = serde_json::to_string_pretty(file).unwrap_or_default();
    let mut out = collapse(&pretty);
    out.push('\n');
    out
}

/// A short object or list of short objects goes on one line up to this many characters.
const SHORT_LINE: usize = 240;

/// Puts each array of numbers, strings or nulls on the line that opens it, and each short
/// object (the source, a target) on one line, innermost first. In pretty JSON a line ending
/// with `[` or `{` opens an array or object (a string cannot end a line: it is quoted).
fn collapse(pretty: &str) -> String {
    let mut lines: Vec<String> = pretty.lines().map(str::to_owned).collect();
    loop {
        let mut changed = false;
        let mut out: Vec<String> = Vec::with_capacity(lines.len());
        let mut i = 0;
        while i < lines.len() {
            let line = &lines[i];
            match collapsible(&lines, i) {
                Some(end) => {
                    let items: Vec<&str> = lines[i + 1..end].iter().map(|l| l.trim()).collect();
                    out.push(format!("{line}{}{}", items.join(" "), lines[end].trim_start()));
                    changed = true;
                    i = end + 1;
                }
                None => {
                    out.push(line.clone());
                    i += 1;
                }
            }
        }
        lines = out;
        if !changed {
            return lines.join("\n");
        }
    }
}

/// The index of the line closing the array or object opened at line `open`, when all its
/// items are on one line each and, but for an array of scalars, the result is short.
fn collapsible(lines: &[String], open: usize) -> Option<usize> {
    let opener = lines[open].trim_end();
    let closer = match opener.chars().last()? {
        '[' => ']',
        '{' => '}',
        _ => return None,
    };
    let mut length = opener.len();
    let mut scalars = closer == ']';
    for (j, line) in lines.iter().enumerate().skip(open + 1) {
        let item = line.trim();
        if item.starts_with(closer) {
            return (scalars || length + item.len() <= SHORT_LINE).then_some(j);
        }
        if item.ends_with('[') || item.ends_with('{') {
            return None;
        }
        scalars &= !item.starts_with('{') && !item.starts_with('[');
        length += item.len() + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::collapse;

    #[test]
    fn arrays_of_scalars_and_short_objects_go_on_one_line() {
        let pretty = "{\n  \"years\": [\n    2019,\n    2020\n  ],\n  \"targets\": [\n    {\n      \"year\": 2030,\n      \"value\": 1.5\n    }\n  ],\n  \"v\": {\n    \"62001\": [\n      1.0,\n      null\n    ]\n  }\n}";
        assert_eq!(collapse(pretty), "{\"years\": [2019, 2020], \"targets\": [{\"year\": 2030, \"value\": 1.5}], \"v\": {\"62001\": [1.0, null]}}");
        let long = format!("{{\n  \"a\": \"{}\",\n  \"v\": {{\n    \"62001\": [\n      1.0\n    ]\n  }}\n}}", "x".repeat(300));
        assert_eq!(collapse(&long), format!("{{\n  \"a\": \"{}\",\n  \"v\": {{\"62001\": [1.0]}}\n}}", "x".repeat(300)));
    }

    /// `{"s": {"a": "x…x", "b": 1}}` with `n` x: the object's line is 8 (`  "s": {`) + (n + 8 + 1)
    /// + (6 + 1) + 1 (`}`) = n + 25 characters.
    fn object_of(n: usize) -> String {
        format!("{{\n  \"s\": {{\n    \"a\": \"{}\",\n    \"b\": 1\n  }}\n}}", "x".repeat(n))
    }

    #[test]
    fn an_object_goes_on_one_line_up_to_240_characters() {
        assert!(collapse(&object_of(215)).starts_with("{\"s\": {\"a\": "), "240 characters: one line");
        assert!(collapse(&object_of(216)).starts_with("{\n  \"s\": {\n"), "241 characters: kept on several lines");
    }

    #[test]
    fn a_row_of_values_stays_on_one_line_however_long() {
        let values: Vec<String> = (0..100).map(|i| format!("{i}.5")).collect();
        let pretty = format!("{{\n  \"62001\": [\n    {}\n  ]\n}}", values.join(",\n    "));
        // The row on one line (over 240 characters); the object around it, too long, is not.
        assert_eq!(collapse(&pretty), format!("{{\n  \"62001\": [{}]\n}}", values.join(", ")));
    }

    #[test]
    fn a_long_list_of_objects_keeps_one_object_a_line() {
        let target = "    {\n      \"year\": 2030,\n      \"value\": 1.5\n    }";
        let pretty = format!("{{\n  \"t\": [\n{}\n  ]\n}}", vec![target; 10].join(",\n"));
        let lines: Vec<String> = collapse(&pretty).lines().map(str::to_owned).collect();
        assert_eq!(lines.len(), 14, "{lines:?}");
        assert_eq!(lines[2], "    {\"year\": 2030, \"value\": 1.5},");
        let short = format!("{{\n  \"t\": [\n{}\n  ]\n}}", vec![target; 2].join(",\n"));
        assert_eq!(collapse(&short), "{\"t\": [{\"year\": 2030, \"value\": 1.5}, {\"year\": 2030, \"value\": 1.5}]}");
    }
}
