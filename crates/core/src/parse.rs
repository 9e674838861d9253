//! Bytes to typed file, with every failure turned into a located French diagnostic:
//! not UTF-8, empty, truncated, bad JSON, wrong structure.

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, JsonPath, Position, Problem, Severity};
use crate::locate::path_at;

/// Parses `bytes` (the content of `file`) as JSON into `T`.
#[allow(clippy::result_large_err)] // A diagnostic is built once per rejected file.
/// On success also returns the text, to locate later problems.
pub fn parse_json<'a, T: DeserializeOwned>(file: &str, bytes: &'a [u8]) -> Result<(T, &'a str), Diagnostic> {
    let error = |position, path, problem| Diagnostic { severity: Severity::Error, file: file.into(), position, path, problem };
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        error(Some(Position::at_offset(valid, valid.len())), JsonPath::root(), Problem::NotUtf8)
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(first) = text.trim_start().chars().next() else {
        return Err(error(None, JsonPath::root(), Problem::Empty));
    };
    if first != '{' {
        let offset = text.len() - text.trim_start().len();
        return Err(error(Some(Position::at_offset(text, offset)), JsonPath::root(), Problem::NotAnObject { found: first }));
    }
    // The path of an error is found from its position (see `path_at`): cheaper in code size
    // than tracking the path while deserialising.
    match serde_json::from_str(text) {
        Ok(value) => Ok((value, text)),
        Err(inner) => {
            let inner = &inner;
            let path = path_at(text, byte_offset(text, inner.line(), inner.column()));
            let position = (inner.line() > 0).then(|| character_position(text, inner.line(), inner.column()));
            let problem = match inner.classify() {
                serde_json::error::Category::Eof => Problem::Truncated,
                serde_json::error::Category::Syntax => Problem::Syntax(translate(&message(inner))),
                serde_json::error::Category::Data => Problem::Structure(translate(&message(inner))),
                serde_json::error::Category::Io => Problem::Unreadable(message(inner)),
            };
            Err(error(position, path, problem))
        }
    }
}

/// serde_json counts columns in bytes, and 0 when the error comes at the very start of a line;
/// diagnostics count characters from 1 (see [`Position`]).
fn character_position(text: &str, line: usize, byte_column: usize) -> Position {
    let line_text = text.split('\n').nth(line - 1).unwrap_or_default();
    let before = &line_text.as_bytes()[..byte_column.min(line_text.len())];
    // Characters started in the first `byte_column` bytes (UTF-8 continuation bytes are 10xxxxxx).
    let column = before.iter().filter(|&&b| b & 0xC0 != 0x80).count().max(1);
    Position { line, column }
}

/// The byte offset of serde_json's (line, byte column) position.
fn byte_offset(text: &str, line: usize, byte_column: usize) -> usize {
    let line_start: usize = text.split('\n').take(line.saturating_sub(1)).map(|l| l.len() + 1).sum();
    (line_start + byte_column).min(text.len())
}

/// serde_json's message without its trailing « at line L column C ».
fn message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// Puts serde's English messages into French; messages already in French pass unchanged.
fn translate(message: &str) -> String {
    let names = |list: &str| list.replace('`', "").replace(" or ", ", ");
    if let Some(field) = between(message, "missing field `", "`") {
        return format!("champ « {field} » manquant");
    }
    if let Some(field) = between(message, "duplicate field `", "`") {
        return format!("champ « {field} » en double");
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let expected = expected.trim_start_matches(", expected one of ").trim_start_matches(", expected ");
        return format!("champ inconnu « {field} » ; champs possibles : {}", names(expected));
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (found, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let expected = expected.trim_start_matches(", expected one of ").trim_start_matches(", expected ");
        return format!("valeur inconnue « {found} » ; attendu : {}", names(expected));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("type invalide : {} ; attendu : {}", kind(found), kind(expected));
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("valeur invalide : {} ; attendu : {}", kind(found), kind(expected));
    }
    let syntax = [
        ("trailing comma", "virgule en trop avant la fin d'une liste ou d'un objet"),
        ("trailing characters", "caractères en trop après la fin du JSON"),
        ("key must be a string", "une clé doit être un texte entre guillemets"),
        ("expected value", "valeur attendue (nombre, texte entre guillemets, true, false, null, liste ou objet)"),
        ("expected ident", "mot inconnu ; attendu : true, false ou null"),
        ("expected `,` or `]`", "attendu : « , » ou « ] »"),
        ("expected `,` or `}`", "attendu : « , » ou « } »"),
        ("expected `:`", "attendu : « : » après la clé"),
        ("number out of range", "nombre hors limites"),
        ("invalid number", "nombre invalide"),
        ("invalid escape", "séquence d'échappement invalide dans un texte"),
        ("control character (\\u0000-\\u001F) found while parsing a string", "caractère de contrôle (retour à la ligne, tabulation) dans un texte"),
        ("recursion limit exceeded", "imbrication trop profonde"),
    ];
    syntax
        .iter()
        .find(|(en, _)| message == *en)
        .map_or_else(|| message.to_owned(), |(_, fr)| (*fr).to_owned())
}

/// French name of a serde type description (« string "x" », « a sequence », « u32 »…).
fn kind(text: &str) -> String {
    let text = text.trim();
    if let Some(s) = text.strip_prefix("string ") {
        return format!("le texte « {} »", s.trim_matches('"'));
    }
    for (prefix, name) in [("integer ", "le nombre"), ("floating point ", "le nombre"), ("boolean ", "")] {
        if let Some(v) = text.strip_prefix(prefix) {
            return format!("{name} {}", v.trim_matches('`')).trim().to_owned();
        }
    }
    let known = [
        ("a string", "un texte entre guillemets"),
        ("a sequence", "une liste [ … ]"),
        ("sequence", "une liste [ … ]"),
        ("map", "un objet { … }"),
        ("a map", "un objet { … }"),
        ("null", "null"),
        ("unit value", "null"),
        ("a boolean", "true ou false"),
        ("f64", "un nombre"),
        ("u8", "un nombre entier positif"),
        ("u32", "un nombre entier positif"),
        ("i32", "un nombre entier (une année)"),
    ];
    if let Some((_, fr)) = known.iter().find(|(en, _)| *en == text) {
        return (*fr).to_owned();
    }
    if text.starts_with("struct ") || text.starts_with("a map") {
        return "un objet { … }".to_owned();
    }
    text.to_owned()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(start)?;
    rest.split_once(end).map(|(v, _)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        years: Vec<i32>,
    }

    fn problem(text: &[u8]) -> Diagnostic {
        parse_json::<Doc>("f.json", text).unwrap_err()
    }

    #[test]
    fn reports_encoding_emptiness_and_truncation() {
        assert_eq!(problem(b"{\"name\": \"L\xe9ns\"}").problem, Problem::NotUtf8);
        assert_eq!(problem(b"{\"name\": \"L\xe9ns\"}").position, Some(Position { line: 1, column: 12 }));
        assert_eq!(problem(b"  \n").problem, Problem::Empty);
        assert_eq!(problem(b"{\"name\": \"x\", \"years\": [2015,").problem, Problem::Truncated);
    }

    #[test]
    fn structure_errors_are_french_with_path() {
        let d = problem(b"{\"name\": \"x\",\n \"years\": [2015, \"2016\"]}");
        assert_eq!(d.path.to_string(), "years[1]");
        assert_eq!(d.problem.to_string(), "type invalide : le texte « 2016 » ; attendu : un nombre entier (une année)");
        assert_eq!(d.position.map(|p| p.line), Some(2));
        let d = problem(b"{\"name\": \"x\", \"years\": [], \"titel\": 1}");
        assert_eq!(d.problem.to_string(), "champ inconnu « titel » ; champs possibles : name, years");
        let d = problem(b"{\"name\": \"x\"}");
        assert_eq!(d.problem.to_string(), "champ « years » manquant");
        let d = problem(b"{\"name\": \"x\", \"years\": [1,]}");
        assert!(d.problem.to_string().contains("virgule en trop"), "{}", d.problem);
        let d = problem(b"{\"name\": \"x\", \"years\": []} x");
        assert!(d.problem.to_string().contains("caractères en trop"), "{}", d.problem);
    }

    #[test]
    fn parser_columns_count_characters_from_1() {
        // serde_json says byte 18 for the closing quote of "x" (character 17, after « é »), and
        // column 0 at the start of a line.
        let d = problem("{\"name\": \"é\", \"x\": 1}".as_bytes());
        assert_eq!(d.position, Some(Position { line: 1, column: 17 }));
        let d = problem(b"{\"name\": \"x\",\n");
        assert_eq!(d.position, Some(Position { line: 2, column: 1 }));
    }

    #[test]
    fn accepts_a_byte_order_mark() {
        let (doc, _) = parse_json::<Doc>("f.json", "\u{feff}{\"name\": \"x\", \"years\": [1]}".as_bytes()).unwrap();
        assert_eq!(doc.years, [1]);
    }
}
