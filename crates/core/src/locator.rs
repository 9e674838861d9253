//! Places of one document for many lookups: the offset of every object member's key (one
//! pass over the text, built on the first problem) and the start of every line (built on the
//! first position asked). A file with 27,000 problems is located in one pass plus a hash
//! lookup and a binary search per problem, never a scan of the text per problem.

use std::collections::HashMap;

use crate::diagnostic::{JsonPath, Position, Segment};
use crate::locate::{locate_offset, Scanner, MAX_DEPTH};

/// Member index: (id of the parent object's member, raw key as written) → (id of this member,
/// offset of its key). Id 0 is the document itself. Keys borrow the text: indexing allocates
/// nothing per member.
/// Keyed hashing (the keys come from the file): no crafted file makes the index quadratic.
type Members<'a> = HashMap<(u32, &'a [u8]), (u32, usize)>;

pub struct Locator<'a> {
    text: &'a str,
    members: Option<Members<'a>>,
    line_starts: Option<Vec<usize>>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Locator { text, members: None, line_starts: None }
    }

    /// The position of the value at `path` (for an object member: of its key), as
    /// [`crate::locate::locate`] gives it.
    pub fn locate(&mut self, path: &JsonPath) -> Option<Position> {
        let offset = self.offset(path)?;
        Some(self.position(offset))
    }

    /// The byte offset of the value at `path`, as [`locate_offset`] gives it.
    pub fn offset(&mut self, path: &JsonPath) -> Option<usize> {
        let text = self.text;
        let members = self.members.get_or_insert_with(|| index_members(text));
        let segments = path.segments();
        // The longest prefix made of keys only is in the index; the rest is read from there.
        let mut found = None;
        let mut parent = 0;
        for (length, segment) in segments.iter().enumerate() {
            let Segment::Key(key) = segment else { break };
            let Some(&(id, key_start)) = members.get(&(parent, key.as_bytes())) else { break };
            found = Some((length + 1, key_start));
            parent = id;
        }
        let Some((length, key_start)) = found else {
            return locate_offset(text, path);
        };
        let rest = &segments[length..];
        if rest.is_empty() {
            return Some(key_start);
        }
        let mut scanner = Scanner { bytes: text.as_bytes(), at: key_start };
        scanner.string()?;
        scanner.eat(b':')?;
        scanner.find(rest)
    }

    /// The line and column of byte `offset`, as [`Position::at_offset`] gives them.
    pub fn position(&mut self, offset: usize) -> Position {
        let text = self.text;
        let starts = self.line_starts.get_or_insert_with(|| std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect());
        let offset = offset.min(text.len());
        let line = starts.partition_point(|&s| s <= offset);
        let start = starts[line - 1];
        let column = text.get(start..offset).map_or(offset - start, |t| t.chars().count()) + 1;
        Position { line, column }
    }
}

/// The offset of every object member's key reachable through objects only; of two members
/// with the same path, the first.
fn index_members(text: &str) -> Members<'_> {
    fn walk<'a>(scanner: &mut Scanner<'a>, parent: u32, depth: usize, out: &mut Members<'a>) -> Option<()> {
        match scanner.peek()? {
            b'[' => return skip_container(scanner),
            b'{' if depth >= MAX_DEPTH => return skip_container(scanner),
            b'{' => {}
            _ => return scanner.skip_value(),
        }
        scanner.at += 1;
        loop {
            match scanner.peek()? {
                b'}' => {
                    scanner.at += 1;
                    return Some(());
                }
                b',' => scanner.at += 1,
                _ => {
                    let key_start = scanner.at;
                    let key = scanner.string()?;
                    scanner.eat(b':')?;
                    let next = u32::try_from(out.len() + 1).ok()?;
                    let &mut (id, _) = out.entry((parent, key)).or_insert((next, key_start));
                    walk(scanner, id, depth + 1, out)?;
                }
            }
        }
    }
    let mut out = Members::default();
    let _ = walk(&mut Scanner { bytes: text.as_bytes(), at: 0 }, 0, 0, &mut out);
    out
}

/// Skips the array or object under the cursor in one tight loop: brackets counted, strings
/// jumped (the big arrays of values are most of a file, and hold no member to index).
fn skip_container(scanner: &mut Scanner) -> Option<()> {
    let bytes = scanner.bytes;
    let mut depth = 0usize;
    let mut at = scanner.at;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    scanner.at = at + 1;
                    return Some(());
                }
            }
            b'"' => {
                at += 1;
                while let Some(&c) = bytes.get(at) {
                    match c {
                        b'\\' => at += 2,
                        b'"' => break,
                        _ => at += 1,
                    }
                }
            }
            _ => {}
        }
        at += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"title\": \"a \\\"b\\\"\",\n  \"nested\": {\"x\": [1, {\"y\": 2}]},\n  \"values\": {\n    \"62498\": [1, null, 3.5],\n    \"62999\": [4, 5, 6]\n  }\n}";

    /// The offset of the member at `keys`, following the index from the document.
    fn at(index: &Members, keys: &[&str]) -> Option<usize> {
        let mut parent = 0;
        let mut offset = None;
        for key in keys {
            let &(id, key_start) = index.get(&(parent, key.as_bytes()))?;
            (parent, offset) = (id, Some(key_start));
        }
        offset
    }

    #[test]
    fn the_index_holds_every_object_member_by_its_key_path() {
        let index = index_members(DOC);
        assert_eq!(at(&index, &["title"]), DOC.find("\"title\""));
        assert_eq!(at(&index, &["nested", "x"]), DOC.find("\"x\""));
        assert_eq!(at(&index, &["values", "62999"]), DOC.find("\"62999\""));
        assert_eq!(at(&index, &["x"]), None, "x is under nested");
        assert_eq!(index.len(), 6, "title, nested, nested.x, values and its 2 communes (y sits in an array): {index:?}");
    }

    #[test]
    fn members_after_arrays_with_brackets_in_strings_are_found() {
        let text = "{\"a\": [1, \"]\\\"}\", [{\"z\": 1}]], \"b\": {\"c\": [[]]}, \"d\": 2}";
        let index = index_members(text);
        assert_eq!(at(&index, &["b", "c"]), text.find("\"c\""));
        assert_eq!(at(&index, &["d"]), text.find("\"d\""));
        assert_eq!(at(&index, &["z"]), None, "inside an array");
        assert_eq!(index.len(), 4, "{index:?}");
    }

    #[test]
    fn of_two_members_with_one_path_the_first_wins_and_their_children_merge() {
        let text = "{\"a\": {\"b\": 1}, \"a\": {\"b\": 2, \"c\": 3}}";
        let index = index_members(text);
        assert_eq!(at(&index, &["a"]), Some(1));
        assert_eq!(at(&index, &["a", "b"]), Some(7));
        assert_eq!(at(&index, &["a", "c"]), text.find("\"c\""));
    }

    #[test]
    fn many_problems_are_located_without_rescanning() {
        // 20,000 rows, a problem on each: one index, then a lookup each (a scan per problem
        // would take minutes in debug builds).
        let rows: Vec<String> = (0..20_000).map(|i| format!("\"{i:05}\": [1, null]")).collect();
        let text = format!("{{\"values\": {{\n{}\n}}}}", rows.join(",\n"));
        let mut locator = Locator::new(&text);
        for i in (0..20_000).rev() {
            let path = JsonPath::root().key("values").key(format!("{i:05}")).index(1);
            assert_eq!(locator.locate(&path), Some(Position { line: i + 2, column: 14 }), "{path}");
        }
    }
}
