//! Bytes of a spreadsheet export to text: UTF-8 with or without a byte order mark, else
//! Windows-1252 as Excel writes it in France (decoded by hand: Latin-1 plus the 0x80-0x9F
//! table, no large decoding library in the Wasm).

/// The encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Windows1252,
}

impl Encoding {
    pub fn label_fr(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 avec BOM",
            Encoding::Windows1252 => "Windows-1252 (Excel)",
        }
    }
}

/// Windows-1252 characters for bytes 0x80-0x9F (undefined bytes become U+FFFD).
const HIGH: [char; 32] = [
    '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž', '\u{fffd}',
    '\u{fffd}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{fffd}', 'ž', 'Ÿ',
];

/// Decodes `bytes`: valid UTF-8 is UTF-8 (its BOM dropped), anything else Windows-1252.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        if let Ok(text) = std::str::from_utf8(rest) {
            return (text.to_owned(), Encoding::Utf8Bom);
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_owned(), Encoding::Utf8);
    }
    let text = bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect();
    (text, Encoding::Windows1252)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_and_without_bom_and_windows_1252() {
        assert_eq!(decode("Liévin".as_bytes()), ("Liévin".to_owned(), Encoding::Utf8));
        assert_eq!(decode(b"\xef\xbb\xbfLi\xc3\xa9vin"), ("Liévin".to_owned(), Encoding::Utf8Bom));
        assert_eq!(decode(b"Li\xe9vin"), ("Liévin".to_owned(), Encoding::Windows1252));
        assert_eq!(decode(b"\x80 \x9c\x92"), ("€ œ’".to_owned(), Encoding::Windows1252));
        assert_eq!(decode(b"\x81"), ("\u{fffd}".to_owned(), Encoding::Windows1252));
    }
}
