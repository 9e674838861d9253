//! A strict, hand-written reader for the big commune tables (`{"62498": [1, null, 2.5], …}`),
//! the bulk of a national file: one pass over the bytes, no allocation per row or value.
//!
//! It accepts only the plain shape that serde_json reads without question — keys without
//! escapes, rows of `null` and of numbers written `-?(0|[1-9][0-9]*)(.[0-9]+)?` with at most
//! [`MAX_DIGITS`] digits, JSON whitespace — and gives the very values serde_json gives for them
//! (below 2⁵³, `digits / 10^decimals` is one correctly rounded division, as in serde_json).
//! Anything else (an exponent, a long number, a string, an escape, a trailing comma, `NaN`…)
//! makes it answer `None`: the caller then reads the file with serde, whose diagnostics are
//! the reference.

use crate::columns::{Columns, KeyPlace};

// The small steps of the scanner are forced inline: the release profile optimises for size,
// and a call per byte would cost more than the work.

/// The most digits of a number read here: 10¹⁵ < 2⁵³, so every such integer is exact.
pub const MAX_DIGITS: usize = 15;

/// Exact powers of ten (up to 10²², every one is an `f64` exactly).
const POW10: [f64; MAX_DIGITS + 1] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/// Reads the table object under the cursor (after whitespace) into `table` (empty), with the
/// place of each row's key, the cursor left just after the closing `}`; `None` on anything
/// outside the plain shape.
pub fn table(cursor: &mut Cursor, table: &mut Columns) -> Option<()> {
    cursor.expect(b'{')?;
    if cursor.peek()? == b'}' {
        cursor.at += 1;
        return Some(());
    }
    loop {
        cursor.skip_whitespace();
        let place = cursor.place();
        let key = cursor.plain_string()?;
        cursor.expect(b':')?;
        let row = table.begin_row(key, place);
        cursor.row(|value| table.push_number(value))?;
        table.end_row(row);
        match cursor.next_byte()? {
            b',' => {}
            b'}' => return Some(()),
            _ => return None,
        }
    }
}

/// A reading position in a text, with the line it is on.
pub struct Cursor<'a> {
    /// The text, to hand out its strings without checking their UTF-8 again.
    text: &'a str,
    pub(crate) bytes: &'a [u8],
    pub(crate) at: usize,
    /// The line of `at`, from 1, and where that line starts: kept up to date by whoever moves
    /// the cursor over a line feed.
    pub(crate) line: usize,
    pub(crate) line_start: usize,
}

impl<'a> Cursor<'a> {
    /// At the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Cursor { text, bytes: text.as_bytes(), at: 0, line: 1, line_start: 0 }
    }

    /// Where the cursor is.
    pub(crate) fn place(&self) -> KeyPlace {
        KeyPlace { offset: self.at, line: self.line, line_start: self.line_start }
    }

    /// Counts the line feed at `at` (the caller moves past it).
    #[inline(always)]
    pub(crate) fn new_line(&mut self) {
        self.line += 1;
        self.line_start = self.at + 1;
    }

    /// Skips JSON whitespace (space, tab, line feed, carriage return: not form feed).
    #[inline(always)]
    pub(crate) fn skip_whitespace(&mut self) {
        loop {
            match self.bytes.get(self.at) {
                Some(b' ') => self.at += self.spaces(),
                Some(b'\n') => {
                    self.new_line();
                    self.at += 1;
                }
                Some(b'\r' | b'\t') => self.at += 1,
                _ => return,
            }
        }
    }

    /// How many spaces start at `at` (one at least, as the caller saw), up to eight read at
    /// once: the indentation of a pretty-printed file costs a step, not a step per space.
    #[inline(always)]
    fn spaces(&self) -> usize {
        let Some(eight) = self.bytes.get(self.at..self.at + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) else {
            return 1;
        };
        // Zero bytes where there are spaces; the first other byte is the lowest non-zero one.
        let others = u64::from_le_bytes(eight) ^ u64::from_le_bytes([b' '; 8]);
        if others == 0 {
            8
        } else {
            (others.trailing_zeros() / 8) as usize
        }
    }

    /// The next byte after whitespace, not consumed.
    #[inline(always)]
    pub(crate) fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.bytes.get(self.at).copied()
    }

    /// The next byte after whitespace, consumed.
    #[inline(always)]
    pub(crate) fn next_byte(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    #[inline(always)]
    pub(crate) fn expect(&mut self, byte: u8) -> Option<()> {
        (self.next_byte()? == byte).then_some(())
    }

    /// A string without escapes nor control characters (cursor on its `"`, after whitespace):
    /// its text, read as serde_json would borrow it.
    pub(crate) fn plain_string(&mut self) -> Option<&'a str> {
        if self.bytes.get(self.at) != Some(&b'"') {
            return None;
        }
        let start = self.at + 1;
        let length = self.bytes.get(start..)?.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        let end = start + length;
        if self.bytes[end] != b'"' {
            return None;
        }
        self.at = end + 1;
        // Between two quotes: character boundaries, so no UTF-8 to check again.
        self.text.get(start..end)
    }

    /// A row `[cell, …]` of `null` and plain numbers, each value given to `push`.
    #[inline(always)]
    pub(crate) fn row(&mut self, mut push: impl FnMut(Option<f64>)) -> Option<()> {
        self.expect(b'[')?;
        if self.peek()? == b']' {
            self.at += 1;
            return Some(());
        }
        loop {
            self.skip_whitespace();
            let value = self.cell()?;
            push(value);
            match self.next_byte()? {
                b',' => {}
                b']' => return Some(()),
                _ => return None,
            }
        }
    }

    /// `null` or a plain number (cursor on its first byte).
    #[inline(always)]
    fn cell(&mut self) -> Option<Option<f64>> {
        // Byte by byte: comparing slices would call `memcmp`, a loop in WebAssembly.
        if let Some([b'n', b'u', b'l', b'l']) = self.bytes.get(self.at..self.at + 4) {
            self.at += 4;
            return Some(None);
        }
        self.number().map(Some)
    }

    /// A plain number; `None` for any other form (see the module's doc).
    #[inline(always)]
    fn number(&mut self) -> Option<f64> {
        let negative = self.bytes.get(self.at) == Some(&b'-');
        if negative {
            self.at += 1;
        }
        let int_start = self.at;
        let (mut digits, int_length) = self.digits();
        if int_length == 0 || (int_length > 1 && self.bytes[int_start] == b'0') {
            return None;
        }
        let mut decimals = 0;
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            let (fraction, length) = self.digits();
            if length == 0 || int_length + length > MAX_DIGITS {
                return None;
            }
            digits = digits * pow10_int(length) + fraction;
            decimals = length;
        }
        if int_length > MAX_DIGITS || matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            return None;
        }
        // As serde_json: an integer is converted as u64 (or i64 when negative, except -0 which
        // is a float), a decimal is digits / 10^decimals; the sign is applied last.
        let magnitude = if decimals == 0 { digits as f64 } else { digits as f64 / POW10[decimals] };
        Some(if negative { -magnitude } else { magnitude })
    }

    /// A whole number written plainly (`0` or `[1-9][0-9]*`) below 10⁹, as a `u32` (cursor on
    /// its first byte); `None` for any other form, even one serde would take.
    pub(crate) fn small_whole(&mut self) -> Option<u32> {
        let start = self.at;
        let (value, length) = self.digits();
        let plain = (1..=9).contains(&length) && (length == 1 || self.bytes[start] != b'0');
        plain.then(|| u32::try_from(value).ok()).flatten()
    }

    /// A run of ASCII digits: its value (up to [`MAX_DIGITS`] digits; beyond, garbage that the
    /// caller rejects by the length) and its length.
    #[inline(always)]
    fn digits(&mut self) -> (u64, usize) {
        let start = self.at;
        let mut value: u64 = 0;
        while let Some(&b @ b'0'..=b'9') = self.bytes.get(self.at) {
            value = value.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
            self.at += 1;
        }
        (value, self.at - start)
    }
}

/// 10^n as an integer, for n ≤ [`MAX_DIGITS`].
fn pow10_int(n: usize) -> u64 {
    10u64.pow(n as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str) -> Option<f64> {
        let mut cursor = Cursor::new(text);
        let value = cursor.number()?;
        (cursor.at == text.len()).then_some(value)
    }

    #[test]
    fn reads_plain_numbers_as_serde_json_does() {
        for text in ["0", "7", "-3", "12.5", "-0.25", "1.50", "0.1", "123456789012345", "0.30000000000000", "99999.99999", "-0", "-0.0", "9.87654321012345"] {
            let serde: f64 = serde_json::from_str(text).unwrap();
            let ours = number(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(ours.to_bits(), serde.to_bits(), "{text}");
        }
    }

    #[test]
    fn leaves_every_other_form_to_serde() {
        for text in ["01", "-", "1.", ".5", "+1", "1e5", "1E5", "2.5e-3", "1234567890123456", "0.1234567890123456", "NaN", "Infinity", "-Infinity", "--1", "1e400"] {
            let mut cursor = Cursor::new(text);
            let read = cursor.number().filter(|_| cursor.at == text.len() || matches!(text.as_bytes()[cursor.at], b',' | b']'));
            assert_eq!(read, None, "{text}");
        }
    }

    #[test]
    fn skips_whitespace_counting_lines() {
        for (text, at, line) in [("x", 0, 1), ("  x", 2, 1), (" \t\r\n  \n\n x", 9, 4), (&format!("{}x", " ".repeat(21)), 21, 1), (&format!("\n{}\n {}", " ".repeat(8), " ".repeat(7)), 18, 3), ("   ", 3, 1)] {
            let mut cursor = Cursor::new(text);
            cursor.skip_whitespace();
            assert_eq!((cursor.at, cursor.line), (at, line), "{text:?}");
            assert_eq!(cursor.line_start, text[..at].rfind('\n').map_or(0, |i| i + 1), "{text:?}");
        }
    }

    #[test]
    fn reads_small_whole_numbers_only() {
        for (text, expected) in [("0", Some(0)), ("7", Some(7)), ("123456789", Some(123_456_789)), ("1234567890", None), ("01", None), ("-1", None), ("", None), ("x", None)] {
            assert_eq!(Cursor::new(text).small_whole(), expected, "{text}");
        }
    }

    #[test]
    fn reads_a_table_with_key_offsets() {
        let text = "{\"62001\": [1, null, 2.5],\n \"62002\":[ ] }";
        let mut cursor = Cursor::new(text);
        let mut table = Columns::default();
        super::table(&mut cursor, &mut table).unwrap();
        assert_eq!(cursor.at, text.len());
        let rows: Vec<_> = table.rows().map(|r| (r.key, r.values.to_vec(), r.place)).collect();
        let place = |offset, line, line_start| Some(KeyPlace { offset, line, line_start });
        assert_eq!(rows, [("62001", vec![Some(1.0), None, Some(2.5)], place(1, 1, 0)), ("62002", vec![], place(27, 2, 26))]);
    }

    #[test]
    fn refuses_anything_unusual() {
        for text in ["{\"a\": [1,]}", "{\"a\": [1],}", "{\"a\\u0030\": [1]}", "{\"a\": [\"1\"]}", "{\"a\": [nul]}", "{\"a\": [nullx]}", "{\"a\": [[1]]}", "{\"a\": 1}", "{\"a\": [1]", "{\"a\": [1 2]}", "{\"a\"  [1]}", "{a: [1]}", "{\"a\": [1]\u{c}}", "{\"a\": [1.5.2]}", "{\"a\":[true]}"] {
            assert_eq!(table(&mut Cursor::new(text), &mut Columns::default()), None, "{text}");
        }
    }
}
