//! The presentation: decks, slides, presenter view, help.

use serde::Serialize;

#[allow(unused_imports)]
use crate::i18n::Plural;

#[derive(Debug, Serialize)]
pub struct Presentation {
}
