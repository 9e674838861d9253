//! Finds where a JSON path sits in a document's text, to give line and column to problems
//! found after parsing. Only runs when there is a problem to report, so parsing stays fast.

use crate::diagnostic::{JsonPath, Position, Segment};

/// Kept here for the callers that locate many paths of one document.
pub use crate::locator::Locator;

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
            Frame::Object(Some(key)) => Some(Segment::Key(key.into())),
            Frame::Object(None) => None,
            Frame::Array(index) => Some(Segment::Index(index)),
        })
        .take(MAX_DEPTH)
        .collect();
    JsonPath(segments)
}

/// The deepest JSON path reported.
pub(crate) const MAX_DEPTH: usize = 32;

pub(crate) struct Scanner<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) at: usize,
}

impl<'a> Scanner<'a> {
    pub(crate) fn skip_whitespace(&mut self) {
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    pub(crate) fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.bytes.get(self.at).copied()
    }

    pub(crate) fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// Offset of the value at `path`, starting from the value under the cursor.
    pub(crate) fn find(&mut self, path: &[Segment]) -> Option<usize> {
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
    pub(crate) fn string(&mut self) -> Option<&'a [u8]> {
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

    pub(crate) fn skip_value(&mut self) -> Option<()> {
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
