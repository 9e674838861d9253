//! Following a document's structure with the scanner's [`Cursor`], for the quick readers
//! ([`crate::fast_parse`], [`crate::fast_territory`]): the members of an object, a value
//! skipped, and the text with the parts the scanner read cut out for serde to read the rest.

use std::ops::Range;

use crate::scan::Cursor;

/// Walks the members of the object under the cursor, calling `member` with the cursor on each
/// value (keys must be plain strings). One copy for every caller (`dyn`): a few calls per
/// commune at most, and less Wasm.
pub(crate) fn members(cursor: &mut Cursor, member: &mut dyn FnMut(&mut Cursor, &str) -> Option<()>) -> Option<()> {
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
pub(crate) fn skip_value(cursor: &mut Cursor) -> Option<()> {
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

/// `text` with each of `cuts` (in order, not overlapping) replaced by `placeholder` (`{}` or
/// `[]`): the small rest of a document, for serde.
pub(crate) fn without(text: &str, cuts: impl IntoIterator<Item = Range<usize>>, placeholder: &str) -> Option<String> {
    let mut rest = String::with_capacity(1024);
    let mut from = 0;
    for cut in cuts {
        rest.push_str(text.get(from..cut.start)?);
        rest.push_str(placeholder);
        from = cut.end;
    }
    rest.push_str(text.get(from..)?);
    Some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_are_replaced_in_order() {
        let text = "{\"a\": [1, 2], \"b\": {\"c\": 3}, \"d\": 4}";
        let a = text.find('[').unwrap()..text.find(']').unwrap() + 1;
        let b = text.find("{\"c").unwrap()..text.find('}').unwrap() + 1;
        assert_eq!(without(text, [a.clone(), b], "[]").as_deref(), Some("{\"a\": [], \"b\": [], \"d\": 4}"));
        assert_eq!(without(text, [], "{}").as_deref(), Some(text));
        assert_eq!(without("é", Some(1..2), "{}"), None, "not on a character boundary");
    }

    #[test]
    fn members_and_skipped_values() {
        let text = "{\"a\": [1, {\"x\": \"]\"}], \"b\" : \"}\\\"\" ,\n\"c\": {}}";
        let mut cursor = Cursor::new(text);
        let mut keys = Vec::new();
        members(&mut cursor, &mut |cursor, key| {
            keys.push(key.to_owned());
            skip_value(cursor)
        })
        .unwrap();
        assert_eq!(keys, ["a", "b", "c"]);
        assert_eq!((cursor.at, cursor.line), (text.len(), 2));
        for broken in ["{\"a\": 1,}", "{\"a\" 1}", "{a: 1}", "{\"a\": 1", "[1]"] {
            assert_eq!(members(&mut Cursor::new(broken), &mut |c, _| skip_value(c)), None, "{broken}");
        }
    }
}
