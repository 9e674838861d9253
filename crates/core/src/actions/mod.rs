//! The actions of the territorial project « en action » (5 axes, 23 ambitions, 51 objectives,
//! 124 actions, 2020-2030): the file format ([`ActionsFile`], listed in the territory file's
//! `actions`), the validated tree ([`Actions`], built by
//! [`check_actions`](crate::check::check_actions)), statuses, and the counts and filters the
//! views need.

mod counts;
mod file;
mod id;
mod status;
mod tree;

pub use counts::{status_phrase, StatusCounts};
pub use file::{ActionEntry, ActionsFile, AmbitionEntry, AxisEntry, CommunesField, ObjectiveEntry, WholeTerritory};
pub use id::{is_valid_id, ActionId, AmbitionId, AxisId, IndicatorId, ObjectiveId, MAX_ID_LENGTH};
pub use status::Status;
pub use tree::{Action, ActionAxis, ActionPlace, Actions, Ambition, Objective, Scope};

/// The current version of the actions file format.
pub const ACTIONS_FORMAT: u32 = 1;

/// The most actions a file may hold (the project has 124; the cap stops a runaway file).
pub const MAX_ACTIONS: usize = 2_000;

/// The largest plausible budget of one action, in euros (10 billion).
pub const MAX_BUDGET: f64 = 1e10;

/// The usual name of the actions file in the data folder.
pub const ACTIONS_FILE: &str = "actions.json";

/// Whether a data file is an actions file: named `actions.json`, or a JSON object with `axes`
/// but no `communes` (a territory file has both). Not a [`FileKind`](crate::file_kind::FileKind)
/// variant yet: the workbench matches those exhaustively and will learn it with the views.
pub fn is_actions_file(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_lowercase();
    let base = lower.rsplit(['/', '\\']).next().unwrap_or(&lower);
    if base == ACTIONS_FILE {
        return true;
    }
    #[derive(serde::Deserialize)]
    struct Keys {
        axes: Option<serde::de::IgnoredAny>,
        communes: Option<serde::de::IgnoredAny>,
    }
    matches!(serde_json::from_slice::<Keys>(bytes), Ok(Keys { axes: Some(_), communes: None }))
}

#[cfg(test)]
mod tests {
    use super::is_actions_file;

    #[test]
    fn actions_files_by_name_or_fields() {
        assert!(is_actions_file("indicators/actions.json", b"garbage"));
        assert!(is_actions_file("Actions.JSON", b""));
        assert!(is_actions_file("projet.json", br#"{"format": 1, "axes": []}"#));
        assert!(!is_actions_file("territory.json", br#"{"axes": [], "communes": []}"#));
        assert!(!is_actions_file("no2.json", br#"{"id": "no2", "axis": "respirer"}"#));
        assert!(!is_actions_file("no2.json", b"{ truncated"));
    }
}
