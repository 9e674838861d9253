//! The quick way to read a territory file: its `communes` list (35,000 entries at national
//! scale) by the strict scanner of [`crate::scan`], the rest — axes, sources, lists of files:
//! the list cut out and replaced by `[]` — by serde.
//!
//! The scanner takes only the plain shape serde reads without question: each commune an
//! object with `code` (a valid INSEE code) and `name`, strings without escapes, `population`
//! (a list of `null` and plain numbers, see [`crate::scan`]) and, if any, `tile` (`col` and
//! `row`, plain whole numbers), each once, in any order. Anything else — an escape, an unknown
//! or repeated key, a code serde would refuse, an exponent, a `null` tile — sends the whole
//! file to [`parse_json`], the reference; so does any error of serde on the rest. The quick
//! way thus only ever returns what `parse_json` would, and a refused file gets exactly the
//! same located diagnostic.

use crate::cell::Cell;
use crate::code::CommuneCode;
use crate::diagnostic::Diagnostic;
use crate::parse::parse_json;
use crate::scan::Cursor;
use crate::territory::{CommuneEntry, TerritoryFile, Tile};
use crate::walk::{members, skip_value, without};

/// Parses a territory file as `parse_json::<TerritoryFile>` does.
#[allow(clippy::result_large_err)] // As parse_json.
pub fn parse_territory<'a>(file: &str, bytes: &'a [u8]) -> Result<(TerritoryFile, &'a str), Diagnostic> {
    match quick_territory(bytes) {
        Some(parsed) => Ok(parsed),
        None => parse_json(file, bytes),
    }
}

/// The quick way alone: `None` where it leaves the file to the reference reader (tests tell
/// this way which files take it).
pub fn quick_territory(bytes: &[u8]) -> Option<(TerritoryFile, &str)> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut cursor = Cursor::new(text);
    let mut found = None;
    members(&mut cursor, &mut |cursor, key| {
        if key != "communes" {
            return skip_value(cursor);
        }
        // Twice: serde refuses the file (« en double »), and says where.
        if found.is_some() {
            return None;
        }
        cursor.skip_whitespace();
        let start = cursor.at;
        let communes = communes(cursor)?;
        found = Some((start..cursor.at, communes));
        Some(())
    })?;
    if cursor.peek().is_some() {
        return None;
    }
    let (range, communes) = found?;
    let rest = without(text, [range], "[]")?;
    // Through `parse_json` too: one copy of serde's reader in the Wasm, not two.
    let (mut raw, _) = parse_json::<TerritoryFile>("", rest.as_bytes()).ok()?;
    raw.communes = communes;
    Some((raw, text))
}

/// The list `[{…}, …]` under the cursor (after whitespace), the cursor left after its `]`.
fn communes(cursor: &mut Cursor) -> Option<Vec<CommuneEntry>> {
    let mut communes = Vec::new();
    cursor.expect(b'[')?;
    if cursor.peek()? == b']' {
        cursor.at += 1;
        return Some(communes);
    }
    loop {
        communes.push(commune(cursor)?);
        match cursor.next_byte()? {
            b',' => {}
            b']' => return Some(communes),
            _ => return None,
        }
    }
}

/// One commune: its four members at most, each once.
fn commune(cursor: &mut Cursor) -> Option<CommuneEntry> {
    let (mut code, mut name, mut population, mut tile) = (None, None, None, None);
    members(cursor, &mut |cursor, key| {
        cursor.skip_whitespace();
        match key {
            "code" if code.is_none() => code = Some(CommuneCode::parse(cursor.plain_string()?)?),
            "name" if name.is_none() => name = Some(cursor.plain_string()?.to_owned()),
            "population" if population.is_none() => population = Some(cells(cursor)?),
            "tile" if tile.is_none() => tile = Some(tile_at(cursor)?),
            _ => return None,
        }
        Some(())
    })?;
    Some(CommuneEntry { code: code?, name: name?, population: population?, tile })
}

/// A list of `null` and plain numbers, as [`Cell`]s.
fn cells(cursor: &mut Cursor) -> Option<Vec<Cell>> {
    let mut cells = Vec::new();
    cursor.row(|value| cells.push(value.map_or(Cell::Missing, Cell::Number)))?;
    Some(cells)
}

/// `{"col": …, "row": …}`, in either order.
fn tile_at(cursor: &mut Cursor) -> Option<Tile> {
    let (mut col, mut row) = (None, None);
    members(cursor, &mut |cursor, key| {
        cursor.skip_whitespace();
        match key {
            "col" if col.is_none() => col = Some(cursor.small_whole()?),
            "row" if row.is_none() => row = Some(cursor.small_whole()?),
            _ => return None,
        }
        Some(())
    })?;
    Some(Tile { col: col?, row: row? })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<Vec<CommuneEntry>> {
        let mut cursor = Cursor::new(text);
        let communes = communes(&mut cursor)?;
        (cursor.at == text.len()).then_some(communes)
    }

    #[test]
    fn reads_plain_communes_in_any_key_order() {
        let text = "[{\"code\": \"62001\", \"name\": \"Ablain\", \"population\": [1, null, 2.5]},\n {\"tile\": {\"row\": 2, \"col\": 0}, \"population\": [], \"name\": \"Liévin\", \"code\": \"2A004\"}]";
        let communes = read(text).expect("plain");
        assert_eq!(communes.len(), 2);
        assert_eq!((communes[0].code.as_str(), communes[0].name.as_str(), communes[0].tile), ("62001", "Ablain", None));
        assert_eq!(communes[0].population, [Cell::Number(1.0), Cell::Missing, Cell::Number(2.5)]);
        assert_eq!((communes[1].code.as_str(), communes[1].name.as_str()), ("2A004", "Liévin"));
        assert_eq!(communes[1].tile, Some(Tile { col: 0, row: 2 }));
        assert_eq!(read("[ ]").map(|c| c.len()), Some(0));
    }

    #[test]
    fn leaves_anything_unusual_to_serde() {
        let unusual = [
            "[{\"code\": \"62001\", \"name\": \"A\"}]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1], \"code\": \"62002\"}]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1], \"extra\": 1}]",
            "[{\"code\": \"6200\", \"name\": \"A\", \"population\": [1]}]",
            "[{\"code\": \"62\\u0030001\", \"name\": \"A\", \"population\": [1]}]",
            "[{\"code\": \"62001\", \"name\": \"A\\\"\", \"population\": [1]}]",
            "[{\"code\": 62001, \"name\": \"A\", \"population\": [1]}]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1e3]}]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [\"1\"]}]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1], \"tile\": null}]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1], \"tile\": {\"col\": 1}}]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1], \"tile\": {\"col\": 1, \"row\": 1.5}}]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1], \"tile\": {\"col\": -1, \"row\": 1}}]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1], \"tile\": {\"col\": 1, \"row\": 1, \"row\": 1}}]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1]},]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1]}",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1]} {}]",
            "[{\"code\": \"62001\", \"name\": \"A\", \"population\": [1],}]",
            "[null]",
            "{}",
        ];
        for text in unusual {
            assert!(read(text).is_none(), "{text}");
        }
    }
}
