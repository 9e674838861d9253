//! Where a dataset comes from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The origin of a dataset, shown beside every chart and written into every download.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Producteur et jeu de données, ex. « INSEE, recensement de la population ».
    pub name: String,
    /// Adresse de la page du jeu de données.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Licence de réutilisation, ex. « Licence Ouverte 2.0 ».
    pub licence: String,
    /// Date de récupération des données (AAAA-MM-JJ).
    pub retrieved: String,
}
