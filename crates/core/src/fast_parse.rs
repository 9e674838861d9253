//! The quick way to read an indicator file: its commune tables (`values`,
//! `numerator.values`, `denominator.values`) by the strict scanner of [`crate::scan`], the
//! rest — a few hundred bytes of metadata, the tables cut out and replaced by `{}` — by serde.
//!
//! Any doubt sends the whole file to [`parse_json`], the reference: a table the scanner does
//! not take, a structure it does not follow, or any error of serde on the metadata. So the
//! quick way only ever returns what `parse_json` would (the tables equal, each row also
//! knowing where its key is), and every refused file gets exactly the same diagnostic.

use std::ops::Range;

use crate::columns::Columns;
use crate::diagnostic::Diagnostic;
use crate::indicator::IndicatorFile;
use crate::parse::parse_json;
use crate::scan::{self, Cursor};

/// Which table of the file a cut held.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Place {
    Values,
    Numerator,
    Denominator,
}

/// Parses an indicator file as `parse_json::<IndicatorFile<Columns>>` does.
#[allow(clippy::result_large_err)] // As parse_json.
pub fn parse_indicator<'a>(file: &str, bytes: &'a [u8]) -> Result<(IndicatorFile<Columns>, &'a str), Diagnostic> {
    match quick(bytes) {
        Some(parsed) => Ok(parsed),
        None => parse_json(file, bytes),
    }
}

/// The quick way, or `None` to take the reference one.
fn quick(bytes: &[u8]) -> Option<(IndicatorFile<Columns>, &str)> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let cuts = find_tables(text.as_bytes())?;
    let mut metadata = String::with_capacity(1024);
    let mut from = 0;
    for (_, range, _) in &cuts {
        metadata.push_str(text.get(from..range.start)?);
        metadata.push_str("{}");
        from = range.end;
    }
    metadata.push_str(text.get(from..)?);
    let mut raw: IndicatorFile<Columns> = serde_json::from_str(&metadata).ok()?;
    for (place, _, table) in cuts {
        let slot = match place {
            Place::Values => raw.values.as_mut()?,
            Place::Numerator => &mut raw.numerator.as_mut()?.values,
            Place::Denominator => &mut raw.denominator.as_mut()?.values,
        };
        *slot = table;
    }
    Some((raw, text))
}

/// The tables of the document, read, with their byte ranges; `None` when a table is not
/// plain or the document's structure is not followed (the reference reader then decides).
fn find_tables(bytes: &[u8]) -> Option<Vec<(Place, Range<usize>, Columns)>> {
    let mut cursor = Cursor::new(bytes);
    let mut cuts = Vec::new();
    members(&mut cursor, |cursor, key| match key {
        "values" => read_table(cursor, Place::Values, &mut cuts),
        "numerator" | "denominator" => {
            let place = if key == "numerator" { Place::Numerator } else { Place::Denominator };
            members(cursor, |cursor, key| if key == "values" { read_table(cursor, place, &mut cuts) } else { skip_value(cursor) })
        }
        _ => skip_value(cursor),
    })?;
    (cursor.peek().is_none()).then_some(cuts)
}

fn read_table(cursor: &mut Cursor, place: Place, cuts: &mut Vec<(Place, Range<usize>, Columns)>) -> Option<()> {
    cursor.skip_whitespace();
    let start = cursor.at;
    let table = scan::table(cursor)?;
    cuts.push((place, start..cursor.at, table));
    Some(())
}

/// Walks the members of the object under the cursor, calling `member` with the cursor on each
/// value (keys must be plain strings).
fn members(cursor: &mut Cursor, mut member: impl FnMut(&mut Cursor, &str) -> Option<()>) -> Option<()> {
    cursor.expect(b'{')?;
    if cursor.peek()? == b'}' {
        cursor.at += 1;
        return Some(());
    }
    loop {
        cursor.skip_whitespace();
        let key = cursor.plain_string()?;
        cursor.expect(b':')?;
        member(cursor, key)?;
        match cursor.next_byte()? {
            b',' => {}
            b'}' => return Some(()),
            _ => return None,
        }
    }
}

/// Skips the value under the cursor: brackets counted, strings jumped. It need not be strict
/// (serde reads these bytes again), only find the value's end as serde would.
fn skip_value(cursor: &mut Cursor) -> Option<()> {
    cursor.skip_whitespace();
    let bytes = cursor.bytes;
    let mut depth = 0usize;
    loop {
        match *bytes.get(cursor.at)? {
            b'[' | b'{' => depth += 1,
            b']' | b'}' if depth == 0 => return Some(()),
            b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    cursor.at += 1;
                    return Some(());
                }
            }
            b',' if depth == 0 => return Some(()),
            b'\n' => cursor.new_line(),
            b'"' => {
                cursor.at += 1;
                loop {
                    match *bytes.get(cursor.at)? {
                        b'\\' => cursor.at += 2,
                        b'"' => break,
                        // Invalid in a string (serde will refuse it), but counted all the same.
                        b'\n' => {
                            cursor.new_line();
                            cursor.at += 1;
                        }
                        _ => cursor.at += 1,
                    }
                }
            }
            _ => {}
        }
        cursor.at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_the_three_tables_and_skips_the_rest() {
        let text = "{\"a\": [1, {\"values\": {}}], \"values\": {\"x\": [1]}, \"s\": \"}\\\"{\", \"numerator\": {\"label\": \"n\", \"values\": {\"y\": [2]}}, \"denominator\": {\"values\": {}}}";
        let cuts = find_tables(text.as_bytes()).unwrap();
        let places: Vec<_> = cuts.iter().map(|(p, r, t)| (*p, &text[r.clone()], t.len())).collect();
        assert_eq!(places, [(Place::Values, "{\"x\": [1]}", 1), (Place::Numerator, "{\"y\": [2]}", 1), (Place::Denominator, "{}", 0)]);
    }

    #[test]
    fn gives_up_on_what_it_does_not_follow() {
        for text in ["{\"values\": {\"x\": [1e3]}}", "{\"values\": [1]}", "{\"a\": 1} x", "{\"a\\n\": 1}", "{\"a\": [1}", "{\"numerator\": null}", "{\"a\": 1,}"] {
            assert!(find_tables(text.as_bytes()).is_none(), "{text}");
        }
    }
}
