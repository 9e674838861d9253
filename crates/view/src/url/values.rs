//! How the parameters' values are read: ids, years, choices and flags. What cannot be read
//! is ignored (the parameter keeps its default).

use en_action_core::Year;

/// An indicator id is any text that is not blank and has no control characters (kept as is).
pub(super) fn valid_id(id: &str) -> bool {
    !id.trim().is_empty() && !id.chars().any(char::is_control)
}

/// A year of four digits; anything else is ignored.
pub(super) fn parse_year(value: &str) -> Option<Year> {
    (value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()))
        .then(|| value.parse().ok())
        .flatten()
}

/// `1`/`0` (or `true`/`false`, `oui`/`non`); anything else is no choice.
pub(super) fn parse_choice(value: &str) -> Option<bool> {
    match value {
        "1" | "true" | "oui" => Some(true),
        "0" | "false" | "non" => Some(false),
        _ => None,
    }
}

/// `1` (or `true`, `oui`) is true; anything else is false.
pub(super) fn parse_flag(value: &str) -> bool {
    matches!(value, "1" | "true" | "oui")
}
