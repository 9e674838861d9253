//! Decks: ordered lists of slides for public meetings. A slide is a saved view (the same
//! view the dashboard's links carry: page, indicator, communes, period, view, options) with
//! an optional title and speaker notes. Staff write deck files under the data folder and list
//! them in the territory file's `decks`; [`check_deck`](crate::check::check_deck) validates them
//! with the same located French messages as the other files.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::series::Year;

/// The current version of the deck format.
pub const DECK_FORMAT: u32 = 1;

/// The most slides a deck may hold (a meeting never shows more).
pub const MAX_SLIDES: usize = 200;

/// Une présentation (fichier listé dans « decks » du fichier du territoire).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Présentation « en action »")]
pub struct DeckFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Version du format (actuellement 1).
    pub format: u32,
    /// Identifiant, identique au nom du fichier sans « .json ».
    pub id: String,
    /// Titre de la présentation, ex. « Conseil communautaire du 12 décembre ».
    pub title: String,
    /// Les diapositives, dans l'ordre.
    pub slides: Vec<Slide>,
}

/// Une diapositive : une vue du tableau de bord, un titre et des notes facultatifs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Slide {
    /// Titre affiché ; à défaut, la phrase de constat de la vue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Notes de l'orateur (vue présentateur seulement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    pub view: SlideView,
}

/// La vue montrée, avec les mêmes paramètres que les liens du tableau de bord.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SlideView {
    /// « accueil », « axe », « indicateur », « commune » ou « actions ».
    pub page: SlidePage,
    /// L'axe (page « axe » ; page « actions » : les actions de cet axe seulement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub axe: Option<String>,
    /// L'indicateur (page « indicateur »).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Codes INSEE des communes montrées (la première pour la page « commune »).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub communes: Vec<String>,
    /// Première et dernière années de la période.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub de: Option<Year>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<Year>,
    /// « tendance », « classement », « carte » ou « tableau ».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vue: Option<SlideIndicatorView>,
    /// Valeurs pour 1 000 habitants.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hab: bool,
    /// Indice base 100.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub base100: bool,
    /// Année du classement et de la carte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annee: Option<Year>,
}

/// La page d'une diapositive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SlidePage {
    #[default]
    Accueil,
    Axe,
    Indicateur,
    Commune,
    /// Les actions du projet par état d'avancement (toutes, ou celles de l'axe « axe »).
    Actions,
}

/// La vue de la page d'un indicateur.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SlideIndicatorView {
    Tendance,
    Classement,
    Carte,
    Tableau,
}

/// A validated deck: ids and communes known, periods plausible.
#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    pub id: String,
    pub title: String,
    pub slides: Vec<Slide>,
}
