//! The territory file: the communes and their populations, the axes of the project, the list
//! of indicator files and the events to annotate. Nothing about a particular territory is
//! hard-wired in the code: another agglomeration is another territory file.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::cell::Cell;
use crate::code::CommuneCode;
use crate::data_path::DataPath;
use crate::date::Date;
use crate::series::{Series, Year};
use crate::source::Source;

/// The current version of the file format.
pub const FORMAT_VERSION: u32 = 1;

/// Le fichier du territoire (`indicators/territory.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Territoire « en action »")]
pub struct TerritoryFile {
    /// Adresse du schéma JSON, pour l'autocomplétion dans l'éditeur.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Version du format de fichier (actuellement 1).
    pub format: u32,
    /// Nom complet, ex. « Communauté d'agglomération de Lens-Liévin ».
    pub name: String,
    /// Nom court pour les titres, ex. « CALL ».
    pub short_name: String,
    /// Le nom court après « de », avec son article, pour les phrases : « de la CALL »,
    /// « du Grand Lens », « d'Artois Comm. » (facultatif ; à défaut : « du territoire (CALL) »).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of_short_name: Option<String>,
    /// Années de recensement des colonnes « population » de chaque commune.
    pub census_years: Vec<Year>,
    /// Source des populations.
    pub population_source: Source,
    /// Les communes, avec leur population par année de recensement.
    pub communes: Vec<CommuneEntry>,
    /// Taille de la carte en tuiles (colonnes, lignes), si les communes ont une tuile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tile_grid: Option<TileGrid>,
    /// Fichier GeoJSON facultatif des limites communales (propriété « code » = code INSEE).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boundaries: Option<String>,
    /// Les axes du projet.
    pub axes: Vec<Axis>,
    /// Les fichiers d'indicateurs, relatifs au dossier du fichier du territoire.
    pub indicators: Vec<String>,
    /// Les présentations (fichiers de diapositives), relatives au dossier du fichier du territoire.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decks: Vec<String>,
    /// Le fichier des actions du projet (facultatif), relatif au dossier du fichier du territoire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<String>,
    /// Année de référence du projet : les évolutions et les progrès vers les objectifs sont
    /// mesurés depuis cette année (à défaut, depuis la première année de chaque indicateur).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline_year: Option<Year>,
    /// Événements à annoter sur les graphiques.
    #[serde(default)]
    pub events: Vec<Event>,
    /// L'éditeur du site, pour les mentions légales et la déclaration d'accessibilité
    /// (facultatif : les champs absents s'affichent « à compléter par l'éditeur »).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Publisher>,
}

/// Une commune du territoire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CommuneEntry {
    pub code: CommuneCode,
    pub name: String,
    /// Population municipale, une valeur (ou null) par année de « census_years ».
    pub population: Vec<Cell>,
    /// Position sur la carte en tuiles (colonne, ligne ; ligne 0 = nord).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tile: Option<Tile>,
}

/// Une case de la carte en tuiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tile {
    pub col: u32,
    pub row: u32,
}

/// La taille de la carte en tuiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TileGrid {
    pub cols: u32,
    pub rows: u32,
}

/// Un axe du projet de territoire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Axis {
    /// Identifiant court, en minuscules, ex. « bouger ».
    pub id: String,
    /// Libellé affiché, ex. « Bouger ».
    pub label: String,
    /// Libellé en anglais, ex. « Getting around » (facultatif).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    /// Ce que recouvre l'axe, en une phrase.
    #[serde(default)]
    pub description: String,
    /// La description en anglais (facultative).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// Couleur de l'axe (#rrggbb), lisible sur fond blanc (contraste 3:1 au moins).
    pub colour: String,
}

/// Un événement à annoter sur les graphiques.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Date (AAAA-MM-JJ, AAAA-MM ou AAAA).
    pub date: String,
    /// Libellé court.
    pub label: String,
    /// Libellé en anglais (facultatif).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    /// Axes concernés (vide : tous).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub axes: Vec<String>,
}

/// L'éditeur du site et son hébergeur, pour les mentions légales et la déclaration
/// d'accessibilité. Chaque champ est facultatif : un champ absent s'affiche « à compléter par
/// l'éditeur ».
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    /// Raison sociale de l'éditeur, ex. « Communauté d'agglomération de Lens-Liévin ».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Adresse postale de l'éditeur.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Téléphone de l'éditeur.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Directeur ou directrice de la publication (nom et fonction).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub director: Option<String>,
    /// Contact pour le site et son accessibilité : adresse « mailto: » ou page de formulaire
    /// (https:).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// Page du schéma pluriannuel de mise en accessibilité et du plan d'action de l'année
    /// (https:).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility_plan: Option<String>,
    /// L'hébergeur du site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<Host>,
    /// Crédits : conception, réalisation, photographies…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<String>,
}

/// L'hébergeur du site.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Host {
    /// Raison sociale de l'hébergeur.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Adresse postale de l'hébergeur.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Téléphone de l'hébergeur.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// A commune of a validated territory.
#[derive(Debug, Clone, PartialEq)]
pub struct Commune {
    pub code: CommuneCode,
    pub name: String,
    /// Population by census year.
    pub population: Series,
    pub tile: Option<Tile>,
}

/// A validated event.
#[derive(Debug, Clone, PartialEq)]
pub struct TerritoryEvent {
    pub date: Date,
    pub label: String,
    pub label_en: Option<String>,
    pub axes: Vec<String>,
}

/// A validated territory: codes are unique, populations aligned with census years,
/// axes known, dates parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Territory {
    pub name: String,
    pub short_name: String,
    /// The short name after « de », with its article (« de la CALL »): no phrase is built
    /// with a fixed article. See [`of_short_name`].
    pub of_short_name: String,
    pub population_source: Source,
    /// Sorted by code.
    pub communes: Vec<Commune>,
    pub tile_grid: Option<TileGrid>,
    /// Inside the data folder (checked).
    pub boundaries: Option<DataPath>,
    pub axes: Vec<Axis>,
    /// Inside the data folder (checked).
    pub indicators: Vec<DataPath>,
    /// Inside the data folder (checked).
    pub decks: Vec<DataPath>,
    /// The actions file, inside the data folder (checked).
    pub actions: Option<DataPath>,
    pub baseline_year: Option<Year>,
    pub events: Vec<TerritoryEvent>,
    /// The publisher's block, as written (texts checked; links are `https:`, `http:` or
    /// `mailto:`).
    pub publisher: Option<Publisher>,
}

impl Territory {
    pub fn commune(&self, code: &CommuneCode) -> Option<&Commune> {
        self.communes
            .binary_search_by(|c| c.code.cmp(code))
            .ok()
            .map(|i| &self.communes[i])
    }

    /// Finds a commune by its code written as text.
    pub fn commune_by_code(&self, code: &str) -> Option<&Commune> {
        CommuneCode::parse(code).and_then(|c| self.commune(&c))
    }

    pub fn axis(&self, id: &str) -> Option<&Axis> {
        self.axes.iter().find(|a| a.id == id)
    }

    pub fn codes(&self) -> impl Iterator<Item = &CommuneCode> {
        self.communes.iter().map(|c| &c.code)
    }

    /// The territory's population by census year (sum over communes, years where all report).
    pub fn population(&self) -> Series {
        let Some(first) = self.communes.first() else {
            return Series::default();
        };
        let years = first.population.years().to_vec();
        let values = years
            .iter()
            .map(|&y| self.communes.iter().map(|c| c.population.get(y)).sum::<Option<f64>>())
            .collect();
        Series::new(years, values).unwrap_or_default()
    }
}

/// « de la CALL » as the territory file writes it, or, when it does not, a phrase right for
/// any name: « du territoire (CALL) ».
pub fn of_short_name(given: Option<&str>, short_name: &str) -> String {
    match given.map(str::trim) {
        Some(phrase) if !phrase.is_empty() => phrase.to_owned(),
        _ => format!("du territoire ({short_name})"),
    }
}

#[cfg(test)]
mod of_short_name_tests {
    use super::of_short_name;

    #[test]
    fn the_file_s_phrase_or_one_without_article() {
        assert_eq!(of_short_name(Some("de la CALL"), "CALL"), "de la CALL");
        assert_eq!(of_short_name(Some(" du Grand Lens "), "Grand Lens"), "du Grand Lens");
        assert_eq!(of_short_name(None, "CALL"), "du territoire (CALL)");
        assert_eq!(of_short_name(Some("  "), "CALL"), "du territoire (CALL)");
    }
}
