//! The overview, the indicator page, its views (trend, ranking, map, table) and their charts.

use serde::Serialize;

#[allow(unused_imports)]
use crate::i18n::Plural;

#[derive(Debug, Serialize)]
pub struct Indicator {
}
