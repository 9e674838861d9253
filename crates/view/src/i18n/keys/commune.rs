//! The commune profile, embedding, exports and downloads, sharing, offline use, errors.

use serde::Serialize;

#[allow(unused_imports)]
use crate::i18n::Plural;

#[derive(Debug, Serialize)]
pub struct Commune {
}
