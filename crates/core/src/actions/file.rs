//! The actions file as written (`indicators/actions.json`), before validation: the tree axes →
//! ambitions → objectives → actions. Texts, dates, codes and ids are kept as written so that
//! the checker reports every problem at its place (see `check::check_actions`).

use schemars::JsonSchema;
use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::status::Status;

/// Le fichier des actions du projet de territoire (`actions.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Actions du projet « en action »")]
pub struct ActionsFile {
    /// Adresse du schéma JSON, pour l'autocomplétion dans l'éditeur.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Version du format (actuellement 1).
    pub format: u32,
    /// Titre, ex. « Projet de territoire « en action » 2020-2030 ».
    pub title: String,
    /// Titre en anglais (facultatif).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Les axes du projet, identifiés comme dans le fichier du territoire.
    pub axes: Vec<AxisEntry>,
}

/// Un axe et ses ambitions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AxisEntry {
    /// Identifiant d'un axe du fichier du territoire, ex. « bouger ».
    pub id: String,
    pub ambitions: Vec<AmbitionEntry>,
}

/// Une ambition et ses objectifs opérationnels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AmbitionEntry {
    /// Identifiant unique dans le fichier (minuscules sans accent, chiffres, « - », « _ »).
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    pub objectives: Vec<ObjectiveEntry>,
}

/// Un objectif opérationnel et ses actions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ObjectiveEntry {
    /// Identifiant unique dans le fichier.
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    pub actions: Vec<ActionEntry>,
}

/// Une action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionEntry {
    /// Identifiant unique dans le fichier.
    pub id: String,
    /// Intitulé, ex. « Mettre en service les lignes Bulles ».
    pub title: String,
    /// Intitulé en anglais (facultatif).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Description en quelques phrases (facultative).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// État : a_l_etude, engagee, en_cours, realisee, reportee ou abandonnee.
    pub status: Status,
    /// Début (AAAA-MM-JJ, AAAA-MM ou AAAA).
    #[schemars(regex(pattern = r"^\d{4}(-\d{2}(-\d{2})?)?$"))]
    pub start: String,
    /// Fin, prévue ou réelle (AAAA-MM-JJ, AAAA-MM ou AAAA) ; attendue pour une action réalisée.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^\d{4}(-\d{2}(-\d{2})?)?$"))]
    pub end: Option<String>,
    /// Le porteur de l'action, ex. « CALL », « Artois Mobilités ».
    pub lead: String,
    /// Les communes concernées : « territoire » (ou une liste vide) pour tout le territoire,
    /// sinon la liste de leurs codes INSEE.
    #[serde(default)]
    pub communes: CommunesField,
    /// Les indicateurs que l'action vise à faire évoluer (identifiants des fichiers d'indicateurs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
    /// Budget en euros (facultatif).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<f64>,
    /// Lien vers une page de l'action (https:, http: ou mailto:).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Vrai pour une action inventée pour l'exemple (affichée comme illustrative).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
}

/// « territoire » ou une liste de codes INSEE.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum CommunesField {
    /// Tout le territoire.
    Whole(WholeTerritory),
    /// Des communes (liste vide : tout le territoire).
    List(Vec<String>),
}

impl Default for CommunesField {
    fn default() -> Self {
        CommunesField::List(Vec::new())
    }
}

/// Le mot « territoire ».
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum WholeTerritory {
    #[serde(rename = "territoire")]
    Territoire,
}

/// What `communes` may hold, as said in messages.
const EXPECTED_COMMUNES: &str = "« territoire » ou une liste de codes INSEE";

impl<'de> Deserialize<'de> for CommunesField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Communes;
        impl<'de> Visitor<'de> for Communes {
            type Value = CommunesField;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(EXPECTED_COMMUNES)
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<CommunesField, E> {
                if text == "territoire" {
                    Ok(CommunesField::Whole(WholeTerritory::Territoire))
                } else {
                    Err(E::invalid_value(de::Unexpected::Str(text), &self))
                }
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<CommunesField, A::Error> {
                let mut codes = Vec::new();
                while let Some(code) = seq.next_element::<String>()? {
                    codes.push(code);
                }
                Ok(CommunesField::List(codes))
            }
        }
        deserializer.deserialize_any(Communes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn communes_are_the_whole_territory_or_a_list() {
        let read = |json: &str| serde_json::from_str::<CommunesField>(json);
        assert_eq!(read("\"territoire\"").unwrap(), CommunesField::Whole(WholeTerritory::Territoire));
        assert_eq!(read("[\"62498\"]").unwrap(), CommunesField::List(vec!["62498".into()]));
        assert_eq!(read("[]").unwrap(), CommunesField::List(vec![]));
        assert!(read("\"tout\"").unwrap_err().to_string().contains(EXPECTED_COMMUNES));
        assert!(read("3").is_err());
        assert!(read("[3]").is_err());
        assert_eq!(serde_json::to_string(&CommunesField::Whole(WholeTerritory::Territoire)).unwrap(), "\"territoire\"");
    }
}
