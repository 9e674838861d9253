//! Finds where a JSON path sits in a document's text, to give line and column to problems
//! found after parsing. Only runs when there is a problem to report, so parsing stays fast.

use std::collections::HashMap;

use crate::diagnostic::{JsonPath, Position, Segment};

/// The position of the value at `path` (for an object member: of its key).
/// `None` if the path is not in the document or the text is not valid JSON up to it.
pub fn locate(text: &str, path: &JsonPath) -> Option<Position> {
    locate_offset(text, path).map(|offset| Position::at_offset(text, offset))
}

/// The byte offset of the value at `path` (for an object member: of its key).
pub fn locate_offset(text: &str, path: &JsonPath) -> Option<usize> {
    Scanner { bytes: text.as_bytes(), at: 0 }.find(path.segments())
}

/// The path of the innermost value being read at byte `offset`: the reverse of [`locate`], to
/// name the place of a parse error from its position.
pub fn path_at(text: &str, offset: usize) -> JsonPath {
    enum Frame {
        Object(Option<String>),
        Array(usize),
    }
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut expect_key = false;
    let mut at = 0;
    while at < end {
        match bytes[at] {
            b'{' => {
                stack.push(Frame::Object(None));
                expect_key = true;
            }
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(key)) => {
                    *key = None;
                    expect_key = true;
                }
                None => {}
            },
            b'"' => {
                let start = at + 1;
                at = start;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                if let (true, Some(Frame::Object(key))) = (expect_key, stack.last_mut()) {
                    *key = text.get(start..at.min(text.len())).map(str::to_owned);
                    expect_key = false;
                }
            }
            _ => {}
        }
        at += 1;
    }
    // Built in one pass (a path of n steps once cost n² copies: a truncated file of 64,000
    // nested brackets took 20 s), and cut at MAX_DEPTH steps: no real place is deeper.
    let segments = stack
        .into_iter()
        .filter_map(|frame| match frame {
            Frame::Object(Some(key)) => Some(Segment::Key(key)),
            Frame::Object(None) => None,
            Frame::Array(index) => Some(Segment::Index(index)),
        })
        .take(MAX_DEPTH)
        .collect();
    JsonPath(segments)
}

/// Places of one document for many lookups: the offset of every object member's key (one
/// pass over the text, built on first use) and the start of every line. A file with 27,000
/// problems is located in one pass instead of one scan per problem.
pub struct Locator<'a> {
    text: &'a str,
    /// Object member paths (keys only, joined by NUL) → offset of the key.
    members: Option<HashMap<String, usize>>,
    line_starts: Option<Vec<usize>>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Locator { text, members: None, line_starts: None }
    }

    /// The position of the value at `path` (for an object member: of its key), as
    /// [`locate`] gives it.
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
        let keys = segments.iter().take_while(|s| matches!(s, Segment::Key(_))).count();
        for length in (1..=keys).rev() {
            let Some(&key_start) = members.get(&joined(&segments[..length])) else { continue };
            let rest = &segments[length..];
            if rest.is_empty() {
                return Some(key_start);
            }
            let mut scanner = Scanner { bytes: text.as_bytes(), at: key_start };
            scanner.string()?;
            scanner.eat(b':')?;
            return scanner.find(rest);
        }
        locate_offset(text, path)
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

fn joined(keys: &[Segment]) -> String {
    let mut out = String::new();
    for (i, segment) in keys.iter().enumerate() {
        if i > 0 {
            out.push('\0');
        }
        if let Segment::Key(key) = segment {
            out.push_str(key);
        }
    }
    out
}

/// The offset of every object member's key reachable through objects only.
fn index_members(text: &str) -> HashMap<String, usize> {
    fn walk(scanner: &mut Scanner, prefix: &str, depth: usize, out: &mut HashMap<String, usize>) -> Option<()> {
        if scanner.peek()? != b'{' || depth >= MAX_DEPTH {
            return scanner.skip_value();
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
                    let key = String::from_utf8_lossy(scanner.string()?);
                    scanner.eat(b':')?;
                    let path = if prefix.is_empty() { key.into_owned() } else { format!("{prefix}\0{key}") };
                    walk(scanner, &path, depth + 1, out)?;
                    out.entry(path).or_insert(key_start);
                }
            }
        }
    }
    let mut out = HashMap::new();
    let _ = walk(&mut Scanner { bytes: text.as_bytes(), at: 0 }, "", 0, &mut out);
    out
}

/// The deepest JSON path reported.
const MAX_DEPTH: usize = 32;

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Scanner<'a> {
    fn skip_whitespace(&mut self) {
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// Offset of the value at `path`, starting from the value under the cursor.
    fn find(&mut self, path: &[Segment]) -> Option<usize> {
        self.skip_whitespace();
        let Some((first, rest)) = path.split_first() else {
            return Some(self.at);
        };
        match (first, self.peek()?) {
            (Segment::Key(wanted), b'{') => {
                self.at += 1;
                loop {
                    if self.peek()? == b'}' {
                        return None;
                    }
                    let key_start = self.at;
                    let key = self.string()?;
                    self.eat(b':')?;
                    if key == wanted.as_bytes() {
                        return if rest.is_empty() { Some(key_start) } else { self.find(rest) };
                    }
                    self.skip_value()?;
                    self.eat(b',')?;
                }
            }
            (Segment::Index(wanted), b'[') => {
                self.at += 1;
                for _ in 0..*wanted {
                    self.skip_value()?;
                    self.eat(b',')?;
                }
                if self.peek()? == b']' {
                    return None;
                }
                self.find(rest)
            }
            _ => None,
        }
    }

    /// Reads a string and returns its raw content (escapes left as written).
    fn string(&mut self) -> Option<&'a [u8]> {
        self.eat(b'"')?;
        let start = self.at;
        loop {
            match *self.bytes.get(self.at)? {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    let bytes: &'a [u8] = self.bytes;
                    return bytes.get(start..self.at - 1);
                }
                _ => self.at += 1,
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.at += 1;
                loop {
                    match self.peek()? {
                        b if b == close => {
                            self.at += 1;
                            return Some(());
                        }
                        b',' | b':' => self.at += 1,
                        _ => self.skip_value()?,
                    }
                }
            }
            _ => {
                while self
                    .bytes
                    .get(self.at)
                    .is_some_and(|b| !matches!(b, b',' | b']' | b'}') && !b.is_ascii_whitespace())
                {
                    self.at += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"title\": \"a \\\"b\\\"\",\n  \"nested\": {\"x\": [1, {\"y\": 2}]},\n  \"values\": {\n    \"62498\": [1, null, 3.5],\n    \"62999\": [4, 5, 6]\n  }\n}";

    fn at(path: JsonPath) -> Option<(usize, usize)> {
        locate(DOC, &path).map(|p| (p.line, p.column))
    }

    #[test]
    fn finds_keys_and_elements() {
        let root = JsonPath::root();
        assert_eq!(at(root.key("title")), Some((2, 3)));
        assert_eq!(at(root.key("values").key("62999")), Some((6, 5)));
        assert_eq!(at(root.key("values").key("62498").index(2)), Some((5, 24)));
        assert_eq!(at(root.key("nested").key("x").index(1).key("y")), Some((3, 24)));
    }

    #[test]
    fn paths_at_offsets() {
        let at = |needle: &str| path_at(DOC, DOC.find(needle).unwrap() + needle.len()).to_string();
        assert_eq!(at("\"title\": \"a"), "title");
        assert_eq!(at("{\"y\": 2"), "nested.x[1].y");
        assert_eq!(at("[4, 5"), "values.62999[1]");
        assert_eq!(path_at(DOC, 0).to_string(), "");
        assert_eq!(path_at(DOC, DOC.len()).to_string(), "");
    }

    #[test]
    fn the_locator_agrees_with_locate_everywhere() {
        let paths = [
            JsonPath::root().key("title"),
            JsonPath::root().key("nested").key("x").index(1).key("y"),
            JsonPath::root().key("values").key("62498").index(2),
            JsonPath::root().key("values").key("62999"),
            JsonPath::root().key("values").key("00000"),
            JsonPath::root().key("nested").key("x").index(7),
            JsonPath::root(),
        ];
        let mut locator = Locator::new(DOC);
        for path in &paths {
            assert_eq!(locator.locate(path), locate(DOC, path), "{path}");
        }
        for offset in [0, 1, 5, 30, DOC.len(), DOC.len() + 10] {
            assert_eq!(locator.position(offset), Position::at_offset(DOC, offset), "{offset}");
        }
        // Duplicate keys: the first one, as the scan finds it.
        let mut twice = Locator::new("{\"a\": 1, \"a\": 2}");
        assert_eq!(twice.offset(&JsonPath::root().key("a")), Some(1));
    }

    #[test]
    fn the_index_holds_every_object_member_by_its_key_path() {
        let index = index_members(DOC);
        let at = |key: &str| index.get(key).copied();
        assert_eq!(at("title"), DOC.find("\"title\""));
        assert_eq!(at("nested\0x"), DOC.find("\"x\""));
        assert_eq!(at("values\u{0}62999"), DOC.find("\"62999\""));
        assert_eq!(index.len(), 6, "title, nested, nested.x, values and its 2 communes (y sits in an array): {index:?}");
        assert_eq!(joined(&[Segment::Key("a".into()), Segment::Key("b".into()), Segment::Key("c".into())]), "a\0b\0c");
        assert_eq!(joined(&[Segment::Key("a".into())]), "a");
    }

    #[test]
    fn a_position_inside_a_character_counts_bytes_from_the_line_start() {
        let text = "{\n\"é\": 1}";
        let mut locator = Locator::new(text);
        // Byte 4 is inside « é » (bytes 3-4): the column counts the bytes from the line start.
        assert_eq!(locator.position(4), Position { line: 2, column: 3 });
        assert_eq!(locator.position(5), Position { line: 2, column: 3 }, "after « é », one character");
    }

    #[test]
    fn missing_paths_are_none() {
        let root = JsonPath::root();
        assert_eq!(at(root.key("absent")), None);
        assert_eq!(at(root.key("values").key("62498").index(3)), None);
        assert_eq!(at(root.index(0)), None);
        assert_eq!(locate("{\"a\": [1, 2", &root.key("a").index(5)), None);
    }
}
