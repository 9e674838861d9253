//! Validation of the data files: every problem is collected, located and worded in French;
//! a file is accepted (possibly with warnings) or rejected with at least one error.

mod action;
mod actions;
mod commune_index;
mod communes;
mod deck;
mod hint;
mod indicator;
mod publisher;
mod report;
mod row_length;
mod rows;
mod source;
mod text;
mod territory;

pub use actions::check_actions;
pub use deck::check_deck;
pub use hint::{indicator_hint, FileHint};
pub use indicator::{check_indicator, check_unique_ids, id_of_file, indicator_ids};
pub use report::{Accepted, Checked, Rejected};
pub use rows::YEARS;
pub use territory::check_territory;
