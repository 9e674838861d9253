//! The search form of names, shared by the commune picker, the sorting of tables and the
//! matching of commune names in imported spreadsheets.

/// The search form of a name: lowercase, accents removed (« é » → « e », « ç » → « c »…),
/// « œ » → « oe », « æ » → « ae », « ß » → « ss », apostrophes and hyphens turned into
/// spaces, runs of spaces collapsed and ends trimmed. `fold("Éleu-dit-Leauwette")` is
/// `"eleu dit leauwette"`, so typing « eleu dit » finds it.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() || is_separator(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if ('\u{300}'..='\u{36f}').contains(&c) {
            // Combining accents of decomposed text (« e » + U+0301).
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match fold_char(c) {
            Some(folded) => out.push_str(folded),
            None => out.push(c),
        }
    }
    out
}

/// Apostrophes and hyphens, read as word separators.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{b4}' | '-' | '\u{2010}'
            ..='\u{2015}' | '\u{2212}'
    )
}

/// The unaccented form of a lowercase Latin letter; `None` when it has none.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_accented_letter_folds_to_its_base() {
        // One line per group of the table: each accented letter, then what it folds to.
        for (accented, plain) in [
            ("àáâãäåāăą", "aaaaaaaaa"),
            ("æ", "ae"),
            ("çćĉċč", "ccccc"),
            ("ďđ", "dd"),
            ("èéêëēĕėęě", "eeeeeeeee"),
            ("ĝğġģ", "gggg"),
            ("ĥħ", "hh"),
            ("ìíîïĩīĭįı", "iiiiiiiii"),
            ("ĵ", "j"),
            ("ķ", "k"),
            ("ĺļľŀł", "lllll"),
            ("ñńņň", "nnnn"),
            ("òóôõöøōŏő", "ooooooooo"),
            ("œ", "oe"),
            ("ŕŗř", "rrr"),
            ("śŝşš", "ssss"),
            ("ß", "ss"),
            ("ţťŧ", "ttt"),
            ("ùúûüũūŭůűų", "uuuuuuuuuu"),
            ("ŵ", "w"),
            ("ýÿŷ", "yyy"),
            ("źżž", "zzz"),
        ] {
            assert_eq!(fold(accented), plain, "{accented}");
        }
    }

    #[test]
    fn folds_names() {
        assert_eq!(fold("Liévin"), "lievin");
        assert_eq!(fold("Bénifontaine"), "benifontaine");
        assert_eq!(fold("Éleu-dit-Leauwette"), "eleu dit leauwette");
        assert_eq!(fold("Sains-en-Gohelle"), "sains en gohelle");
        assert_eq!(fold("L'Œuvre d’Ætius"), "l oeuvre d aetius");
        assert_eq!(fold("  Grenay -- Ça  "), "grenay ca");
        // Decomposed accents (e + U+0301).
        assert_eq!(fold("Lie\u{301}vin"), "lievin");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold(""), "");
        assert_eq!(fold("-'"), "");
    }
}
