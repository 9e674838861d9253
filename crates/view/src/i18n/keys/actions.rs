//! The actions' summary, list and pages, and the actions shown on other pages.

use serde::Serialize;

#[allow(unused_imports)]
use crate::i18n::Plural;

#[derive(Debug, Serialize)]
pub struct Actions {
}
