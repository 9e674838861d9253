//! The data workbench (« Atelier des données ») for the staff.

use serde::Serialize;

#[allow(unused_imports)]
use crate::i18n::Plural;

#[derive(Debug, Serialize)]
pub struct Workbench {
}
