//! What can still be said of an indicator file that failed: its axis and title, read
//! leniently, so that the public overview shows the indicator in its place in its axis
//! (« momentanément indisponible ») instead of losing it.

use crate::territory::Territory;

use super::text::SHORT_TEXT;

/// The axis and title of a failed indicator file, when they can be told.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileHint {
    /// A known axis id of the territory.
    pub axis: Option<String>,
    /// A plausible title (short, no control characters).
    pub title: Option<String>,
}

/// Reads `axis` and `title` from `bytes` when they are valid JSON (even if the file is
/// otherwise wrong); else takes the axis from the file's folders (`…/travailler/x.json`).
pub fn indicator_hint(file: &str, bytes: Option<&[u8]>, territory: &Territory) -> FileHint {
    let json: Option<serde_json::Value> = bytes.and_then(|b| serde_json::from_slice(b).ok());
    let field = |key: &str| json.as_ref().and_then(|v| v.get(key)).and_then(|v| v.as_str()).map(str::to_owned);
    let axis = field("axis")
        .filter(|a| territory.axis(a).is_some())
        .or_else(|| file.split('/').find(|segment| territory.axis(segment).is_some()).map(str::to_owned));
    let title = field("title").filter(|t| !t.trim().is_empty() && t.chars().count() <= SHORT_TEXT && !t.chars().any(char::is_control));
    FileHint { axis, title }
}
