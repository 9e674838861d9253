//! The footer's pages: accessibility statement, legal notices, site map, about the data.

use serde::Serialize;

#[allow(unused_imports)]
use crate::i18n::Plural;

#[derive(Debug, Serialize)]
pub struct Site {
}
