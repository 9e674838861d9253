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
